"""Review: the queue of facts to vouch for, and agencies followed over time through SUCCEEDED_BY (lineage).

The review stage of the build (graph_build/judgements) marks every fact-bearing relationship with
``review_status``, ``confidence``, ``doubts``, ``conflicts`` and ``fact_key``; these queries read the marks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from graph_build.graph.schema import load_schema
from queries.registry import SOURCE_LINKS, Param, Query, register

_SCHEMA = load_schema()
FACT_TYPES = "|".join(_SCHEMA.rel_type(t) for t in _SCHEMA.fact_rel_types)
STATUSES = ("machine-only", "confirmed", "corrected", "all")
MAX_STEPS = 10  # lineage steps followed
# A fact-bearing relationship that the queue lists (the review stage marked it; status and flags as asked).
QUEUED = ("{r}.fact_key IS NOT NULL AND ($status = 'all' OR {r}.review_status = $status) "
          "AND (NOT $only_flagged OR {r}.conflicts IS NOT NULL OR {r}.doubts IS NOT NULL)")
# The first facts of each type in review order, of one review status, read from that type's index of the status's
# review order (review_status_order, or review_flag_order for the flagged facts only; both set with the marks,
# graph_build/judgements/marks.py): the queue never sorts every fact of the graph, nor reads past the facts of
# other statuses or the unflagged ones. `all` reads each status in turn.
REVIEW_STATUSES = [s for s in STATUSES if s != "all"]
FIRST_FACTS = "\n          UNION ALL".join(
    f"""
          UNWIND CASE WHEN {flagged} THEN CASE $status WHEN 'all' THEN {REVIEW_STATUSES!r} ELSE [$status] END
                 ELSE [] END AS status
          CALL (status) {{""" + "\n            UNION ALL".join(
        f"""
            MATCH ()-[r:{t}]->() WHERE r.{key} STARTS WITH status + '\\t' AND r.fact_key IS NOT NULL
            WITH DISTINCT r.{key} AS key, r.review_order AS review_order, r.fact_id AS fact_id, r.doc_id AS doc_id
            ORDER BY key LIMIT $limit
            RETURN review_order, fact_id, doc_id""" for t in FACT_TYPES.split("|")) + """
          }
          RETURN review_order, fact_id, doc_id"""
    for flagged, key in (("NOT $only_flagged", "review_status_order"), ("$only_flagged", "review_flag_order")))
# The relationships of one fact: one branch per type, each found through that type's doc_id index.
FACT_LINKS = "\n          UNION ALL".join(
    f"""
          MATCH (a)-[s:{t}]->(b) WHERE s.doc_id = doc_id AND s.fact_id = fact_id AND {QUEUED.format(r="s")}
          RETURN s, a, b""" for t in FACT_TYPES.split("|"))


@dataclass(frozen=True)
class QueueItem:
    fact_id: str
    fact_key: str
    status: str | None
    confidence: float | None
    doubts: list[str]
    conflicts: list[str]
    statements: list[dict[str, Any]]
    original: str | None
    doc_id: str | None
    doc_number: str | None
    doc_title: str | None
    doc_date: str | None
    source: str | None
    line: int | None
    evidence: str | None
    page: int | None  # PDF page, when read from a PDF
    url: str | None  # the source address, when known


REVIEW_QUEUE = register(Query(
    name="review_queue",
    title="Review queue",
    description="Facts to review, conflicts first, then the least confident: one row per fact with fact_id, "
                "fact_key (the key a judgement names it by), status (machine-only, confirmed, corrected), "
                "confidence, doubts (ocr, prose, single_mention, prose_duty), conflicts, statements (what the fact "
                "says: rel, from, to, role), original (extracted values of corrected fields, JSON) and the source: "
                "doc_id, doc_number, doc_title, doc_date, source, line, evidence." + SOURCE_LINKS,
    params=(
        Param("status", "str", "only facts with this review status", "machine-only", choices=STATUSES),
        Param("only_flagged", "bool", "only facts with a conflict or a doubt", False),
        Param("limit", "int", "at most this many facts", 50),
    ),
    cypher="""
        CALL () {""" + FIRST_FACTS + """
        }
        WITH DISTINCT review_order, fact_id, doc_id ORDER BY review_order LIMIT $limit
        // what each fact says; its first relationship (by type and key) gives the row's marks and source
        CALL (fact_id, doc_id) {""" + FACT_LINKS + """
        }
        WITH fact_id, s, a, b ORDER BY type(s), s.key
        WITH fact_id, collect(s)[0] AS r,
             collect({rel: type(s), from: coalesce(a.name, a.title), to: coalesce(b.name, b.title),
                      role: coalesce(s.role, s.action, s.relation, s.basis)}) AS statements
        WITH fact_id, r, statements, coalesce(r.conflicts, []) AS conflicts
        OPTIONAL MATCH (d:Document {id: r.doc_id})
        RETURN fact_id, r.fact_key AS fact_key, r.review_status AS status, r.confidence AS confidence,
               coalesce(r.doubts, []) AS doubts, conflicts, statements, r.review_original AS original,
               r.doc_id AS doc_id, d.doc_number AS doc_number, d.title AS doc_title, d.date AS doc_date,
               r.source AS source, r.line AS line, r.evidence AS evidence, r.page AS page, r.url AS url
        ORDER BY size(conflicts) DESC, confidence, doc_id, line, fact_id
        LIMIT $limit
    """,
    result=QueueItem,
    tags=("review",),
))


@dataclass(frozen=True)
class LineageStep:
    agency_id: str
    agency: str
    step: int  # < 0: a predecessor, 0: the agency itself, > 0: a successor
    change: str | None
    date: str | None
    doc: str | None
    judgement: str | None


AGENCY_LINEAGE = register(Query(
    name="agency_lineage",
    title="Agency lineage",
    description="An agency's predecessors and successors through SUCCEEDED_BY (renamed, merged, split), from "
                "reviewers' judgements: agency_id, agency, step (negative: earlier; 0: this agency; positive: "
                "later), change, date and doc of the link nearest to this agency, judgement id.",
    params=(Param("agency_id", "str", "the agency's id, e.g. agency:稷山县:自然资源局"),),
    cypher="""
        MATCH (a:Agency {id: $agency_id})
        CALL (a) {
          RETURN a AS x, 0 AS step, null AS r
          UNION
          MATCH p = (x:Agency)-[:SUCCEEDED_BY*1..""" + str(MAX_STEPS) + """]->(a)
          RETURN x, -length(p) AS step, last(relationships(p)) AS r
          UNION
          MATCH p = (a)-[:SUCCEEDED_BY*1..""" + str(MAX_STEPS) + """]->(x:Agency)
          RETURN x, length(p) AS step, head(relationships(p)) AS r
        }
        RETURN x.id AS agency_id, x.name AS agency, step, r.change AS change, r.date AS date, r.doc AS doc,
               r.judgement AS judgement
        ORDER BY step, agency_id
    """,
    result=LineageStep,
    tags=("agency", "history"),
))


@dataclass(frozen=True)
class HistoryDuty:
    task_id: str
    task: str
    role: str | None
    held_by_id: str
    held_by: str
    steps_back: int
    review_status: str | None
    doc_id: str | None
    doc_number: str | None
    doc_date: str | None
    line: int | None
    evidence: str | None
    page: int | None  # PDF page, when read from a PDF
    url: str | None  # the source address, when known


AGENCY_HISTORY = register(Query(
    name="agency_history",
    title="An agency's tasks over time",
    description="Tasks of the agency and, following SUCCEEDED_BY back, of the agencies it succeeded (a task of "
                "县国土资源局 belongs to the history of 县自然资源局): task_id, task, role, held_by_id and held_by "
                "(the agency named in the document), steps_back (0: this agency), review_status, and the source: "
                "doc_id, doc_number, doc_date, line, evidence. Newest documents first." + SOURCE_LINKS,
    params=(
        Param("agency_id", "str", "the agency's id, e.g. agency:稷山县:自然资源局"),
        Param("follow_lineage", "bool", "include the tasks of predecessors", True),
        Param("limit", "int", "at most this many tasks", 1000),
    ),
    cypher="""
        MATCH (a:Agency {id: $agency_id})
        MATCH p = (x:Agency)-[:SUCCEEDED_BY*0..""" + str(MAX_STEPS) + """]->(a)
        WHERE $follow_lineage OR length(p) = 0
        WITH x, min(length(p)) AS steps_back
        MATCH (x)-[r:RESPONSIBLE_FOR]->(t:Task)
        OPTIONAL MATCH (d:Document {id: r.doc_id})
        RETURN t.id AS task_id, t.name AS task, r.role AS role, x.id AS held_by_id, x.name AS held_by, steps_back,
               r.review_status AS review_status, r.doc_id AS doc_id, d.doc_number AS doc_number,
               d.date AS doc_date, r.line AS line, r.evidence AS evidence, r.page AS page, r.url AS url
        ORDER BY doc_date DESC, doc_id, line, task_id
        LIMIT $limit
    """,
    result=HistoryDuty,
    tags=("agency", "history"),
))
