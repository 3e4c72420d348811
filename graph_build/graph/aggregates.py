"""County-wide aggregates, derived after every load so that ranking queries read them instead of
recounting the whole graph on each call.

- Each agency gets its counts: ``count_tasks`` (RESPONSIBLE_FOR links), ``count_lead``,
  ``count_support``, ``count_responsible`` (those links by role), ``count_taskforces`` (MEMBER_OF
  links), ``count_documents`` (documents that mention it) and ``count_lines`` (lines that mention it,
  over all documents).
- Each task gets ``lead_gap``, why no unit answers for it, when none does: ``no unit``, ``support units only``
  (配合 without 牵头), ``only generic units`` (有关部门 …), or ``no lead (joint responsibility)`` (several
  责任单位, none leading); absent when a named unit leads. ``tasks_without_lead`` reads it through an index.
- Each pair of agencies that answer for the same task gets one ``SHARES_DUTIES`` relationship, from
  the agency with the smaller id to the other (every build of the same facts draws it the same way):
  ``shared`` (tasks in common), ``a_lead`` / ``b_lead`` (tasks among them that the start / end agency
  leads), ``county`` (the agencies' county, when they are of the same one) and ``generic`` (either is a
  generic phrase such as 有关部门), so that a ranking reads the relationships alone. It is a summary,
  not a fact: the tasks themselves, with their documents and lines, are what the queries cite
  (``shared_tasks``).

Like tenures, they are brought up to date on every build (online or bulk), so they always describe the graph
that the build left; nothing else writes the relationships they count.
"""

from __future__ import annotations

from neo4j import Driver

BATCH = 2000

# Every statement writes only what changed: a rebuild of an unchanged corpus leaves the graph as it was.
AGENCY_COUNTS = """
MATCH (a:Agency)
CALL (a) {
  WITH a, [(a)-[r:RESPONSIBLE_FOR]->(:Task) | r.role] AS roles,
       [(a)-[m:MENTIONED_IN]->(:Document) | size(m.lines)] AS mentions
  WITH a, {count_tasks: size(roles),
           count_lead: size([x IN roles WHERE x = 'lead']),
           count_support: size([x IN roles WHERE x = 'support']),
           count_responsible: size([x IN roles WHERE x = 'responsible']),
           count_taskforces: COUNT { (a)-[:MEMBER_OF]->(:TaskForce) },
           count_documents: size(mentions),
           count_lines: reduce(total = 0, n IN mentions | total + n)} AS counts
  WHERE any(k IN keys(counts) WHERE a[k] IS NULL OR a[k] <> counts[k])
  SET a += counts
} IN TRANSACTIONS OF $batch ROWS
"""

# Why nobody answers for a task (the reasons of tasks_without_lead, in its order); null when a named unit leads.
LEAD_GAPS = """
MATCH (t:Task)
CALL (t) {
  WITH t, [(a:Agency)-[r:RESPONSIBLE_FOR]->(t) | {role: r.role, generic: coalesce(a.generic, false)}] AS units
  WITH t, CASE
         WHEN size(units) = 0 THEN 'no unit'
         WHEN none(u IN units WHERE u.role IN ['lead', 'responsible']) THEN 'support units only'
         WHEN none(u IN units WHERE u.role IN ['lead', 'responsible'] AND NOT u.generic) THEN 'only generic units'
         WHEN size(units) > 1 AND none(u IN units WHERE u.role = 'lead') THEN 'no lead (joint responsibility)'
       END AS gap
  WHERE coalesce(t.lead_gap <> gap, t.lead_gap IS NULL <> gap IS NULL)
  SET t.lead_gap = gap
} IN TRANSACTIONS OF $batch ROWS
"""

# One row per task with two or more units; each pair of its units counted once per task.
WRITE_PAIRS = """
MATCH (t:Task)
WITH t, [(a:Agency)-[r:RESPONSIBLE_FOR]->(t) | {a: a, lead: CASE r.role WHEN 'lead' THEN 1 ELSE 0 END}] AS units
WHERE size(units) > 1
UNWIND range(0, size(units) - 2) AS i
UNWIND range(i + 1, size(units) - 1) AS j
WITH CASE WHEN units[i].a.id < units[j].a.id THEN [units[i], units[j]]
          ELSE [units[j], units[i]] END AS pair
WITH pair[0].a AS a, pair[1].a AS b, count(*) AS shared, sum(pair[0].lead) AS a_lead, sum(pair[1].lead) AS b_lead
CALL (a, b, shared, a_lead, b_lead) {
  WITH a, b, {shared: shared, a_lead: a_lead, b_lead: b_lead,
              county: CASE WHEN a.county = b.county THEN a.county END,
              generic: coalesce(a.generic, false) OR coalesce(b.generic, false)} AS props
  MERGE (a)-[p:SHARES_DUTIES]->(b)
  WITH p, props WHERE any(k IN keys(props) WHERE coalesce(p[k] <> props[k], p[k] IS NULL <> props[k] IS NULL))
  SET p += props
} IN TRANSACTIONS OF $batch ROWS
"""

# Pairs whose agencies no longer answer for a task together (two links: a task the agency answers for twice
# pairs it with itself).
DELETE_STALE_PAIRS = """
MATCH (a:Agency)-[p:SHARES_DUTIES]->(b:Agency)
WHERE NOT EXISTS { (a)-[:RESPONSIBLE_FOR]->(:Task)<-[:RESPONSIBLE_FOR]-(b) }
CALL (p) { DELETE p } IN TRANSACTIONS OF $batch ROWS
"""

COUNT_PAIRS = "MATCH ()-[p:SHARES_DUTIES]->() RETURN count(p) AS pairs"


def derive_aggregates(driver: Driver, database: str = "neo4j") -> int:
    """Bring every agency's counts, every task's lead gap and every SHARES_DUTIES pair up to date.

    Returns how many pairs there are.
    """
    with driver.session(database=database) as session:  # CALL … IN TRANSACTIONS needs an auto-commit query
        session.run(AGENCY_COUNTS, batch=BATCH).consume()
        session.run(LEAD_GAPS, batch=BATCH).consume()
        session.run(WRITE_PAIRS, batch=BATCH).consume()
        session.run(DELETE_STALE_PAIRS, batch=BATCH).consume()
        return int(session.run(COUNT_PAIRS).single(strict=True)["pairs"])
