"""Roster seats given only by post (``组长：县应急管理局主要负责人``), linked to the person in that post.

A unit's seat on a task force whose head phrase names the unit's head (``主要负责人``, ``局长`` …:
``head_phrases`` in ``data/post_titles.yml``) is linked to the person who held one of the unit's head
posts (正职) on the roster's date, when the graph knows one: a tenure covering the date, or the latest
roster sighting on or before it that nothing has ended; between tenures of the same date, an appointment
before a sighting, then the smallest fact id (so two builds pick the same one). The link is a MEMBER_OF
with ``basis: by_post`` that cites the roster (its document, line, evidence) and names the post and the
tenure it went through.
Run after ``derive_tenures``; it replaces all such links each time.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from neo4j import Driver

from graph_build.data_files import load_yaml

POST_TITLES = Path(__file__).resolve().parent.parent / "data" / "post_titles.yml"

DELETE = "MATCH ()-[r:MEMBER_OF {basis: 'by_post'}]->() DELETE r"

LINK = """
MATCH (a:Agency)-[m:MEMBER_OF]->(tf:TaskForce)
WHERE m.head IN $heads AND m.as_of IS NOT NULL
MATCH (person:Person)-[h:HOLDS]->(post:Post {is_head: true})-[:POST_IN]->(a)
WHERE h.basis <> 'removal' AND coalesce(h.valid_from, h.observed_on) <= m.as_of
  AND (h.derived_to IS NULL OR h.derived_to > m.as_of)
WITH m, tf, person, post, h
ORDER BY coalesce(h.valid_from, h.observed_on) DESC, CASE h.basis WHEN 'appointment' THEN 0 ELSE 1 END,
         h.fact_id, person.id, post.id
WITH m, tf, collect({person: person, post: post, h: h})[0] AS best
WITH m, tf, best.person AS person, best.post AS post, best.h AS h
MERGE (person)-[r:MEMBER_OF {key: m.key + ':by_post'}]->(tf)
SET r.role = m.role, r.basis = 'by_post', r.as_of = m.as_of, r.via_post = post.name, r.via_tenure = h.fact_id,
    r.fact_id = m.fact_id, r.doc_id = m.doc_id, r.source = m.source, r.line = m.line, r.evidence = m.evidence
RETURN count(r) AS linked
"""


@cache
def head_phrases(path: Path = POST_TITLES) -> tuple[str, ...]:
    return tuple(load_yaml(path)["head_phrases"])


def link_seats_by_post(driver: Driver, database: str = "neo4j") -> int:
    """Replace the by-post roster links; returns how many were made."""
    driver.execute_query(DELETE, database_=database)
    records, _, _ = driver.execute_query(LINK, heads=list(head_phrases()), database_=database)
    return int(records[0]["linked"]) if records else 0
