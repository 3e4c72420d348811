"""County-wide aggregates, derived after every load so that ranking queries read them instead of
recounting the whole graph on each call.

- Each agency gets its counts: ``count_tasks`` (RESPONSIBLE_FOR links), ``count_lead``,
  ``count_support``, ``count_responsible`` (those links by role), ``count_taskforces`` (MEMBER_OF
  links), ``count_documents`` (documents that mention it) and ``count_lines`` (lines that mention it,
  over all documents).
- Each task gets ``lead_gap``, why no unit answers for it, when none does: ``no unit``, ``support units only``
  (配合 without 牵头), ``only generic units`` (有关部门 …), or ``no lead (joint responsibility)`` (several
  责任单位, none leading); absent when a named unit leads. ``tasks_without_lead`` reads it through an index.
- Each task gets ``search_text``, a copy of its text (or of its name, without text) that a text index serves to
  ``accountability_chain``'s keyword: a text index refuses a value over 32 KB and would fail the write, so a
  text over ``MAX_INDEXED_TEXT`` characters gets ``long_text`` instead (indexed too; such tasks are searched
  one by one).
- Each pair of agencies that answer for the same task gets one ``SHARES_DUTIES`` relationship, from
  the agency with the smaller id to the other (every build of the same facts draws it the same way):
  ``shared`` (tasks in common), ``a_lead`` / ``b_lead`` (tasks among them that the start / end agency
  leads), ``county`` (the agencies' county, when they are of the same one) and ``generic`` (either is a
  generic phrase such as 有关部门), so that a ranking reads the relationships alone. It is a summary,
  not a fact: the tasks themselves, with their documents and lines, are what the queries cite
  (``shared_tasks``).
- Each agency that names a body (not a generic phrase, canonical name of two characters or more) gets
  ``merge_candidates``: the ids of the other agencies of its county that name a body and whose canonical name contains
  its own or is contained in it (a spelling resolution may have missed; ``single_mention_agencies`` reads it).
  A county's candidates are worked out again only when its set of such agencies changed: the county keeps the
  set it was last worked out for (``merge_basis``, the agencies' ids), so a rebuild costs one read of every
  agency's id and a containment search in the counties that changed, linear in their names.
- Each person gets the counts ``busiest_people`` ranks by: ``count_taskforces`` (distinct task forces it sits on),
  ``count_portfolios`` (agencies and fields it oversees), ``count_tasks`` (tasks it is named on) and their sum
  ``busy_score`` (range-indexed, so the ranking reads people highest score first and stops at its limit).
- Each person and agency with a seat on a task force gets what ``busiest_taskforce_members`` ranks by:
  ``seat_taskforces`` (distinct top-level task forces: a sub-group's seat counts for its parent; range-indexed),
  ``seat_count`` (MEMBER_OF links) and ``seat_leads`` (seats as 组长/总指挥/召集人 …), and ``seat_county``, the
  county of its task forces when they are all of one county; a member on task forces of several counties gets
  ``seat_mixed`` instead (the query counts such members' seats of one county at query time). A member without
  seats has none of these.
- Each county gets its counts (``count_documents``, ``count_agencies``, ``count_people``, ``count_posts``,
  ``count_taskforces``, ``count_fields``, ``count_tasks``: tasks of its documents) and the dates of its first
  and last document (``first_date``, ``last_date``), which ``graph_overview`` lists.
- Each task force and post gets the sort key of its county's listing as of a date (``graph_build/graph/orders.py``).

Like tenures, they are brought up to date on every build (online or bulk), so they always describe the graph
that the build left; nothing else writes the relationships they count.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from neo4j import Driver

from graph_build.graph.orders import derive_orders

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

# What busiest_people ranks by (every person gets them, zero included).
PERSON_COUNTS = """
MATCH (p:Person)
CALL (p) {
  WITH p, COUNT { MATCH (p)-[:MEMBER_OF]->(tf:TaskForce) RETURN DISTINCT tf } AS taskforces,
       COUNT { MATCH (p)-[:OVERSEES]->(x) WHERE x:Agency OR x:Field } AS portfolios,
       COUNT { MATCH (p)-[:OVERSEES]->(t:Task) } AS tasks
  WITH p, {count_taskforces: taskforces, count_portfolios: portfolios, count_tasks: tasks,
           busy_score: taskforces + portfolios + tasks} AS counts
  WHERE any(k IN keys(counts) WHERE p[k] IS NULL OR p[k] <> counts[k])
  SET p += counts
} IN TRANSACTIONS OF $batch ROWS
"""

# A seat that leads its task force: rank 0 of the queries' ROLE_RANK (queries/library/history.py), made from it.
LEAD_ROLES = ['组长', '第一组长', '总指挥', '指挥长', '主任', '召集人', '第一召集人', '总河长', '河长', '主编',
              '负责人', '牵头人', '队长']

# What busiest_taskforce_members ranks by, for every person and agency (null where it has no seat).
SEAT_COUNTS = """
MATCH (x) WHERE x:Person OR x:Agency
CALL (x) {
  WITH x, [(x)-[m:MEMBER_OF]->(tf:TaskForce) |
           {top: coalesce(COLLECT { MATCH (tf)-[:SUBGROUP_OF]->(up:TaskForce) RETURN up LIMIT 1 }[0], tf),
            county: tf.county, lead: CASE WHEN m.role IN $lead_roles THEN 1 ELSE 0 END}] AS seats
  WITH x, seats, reduce(cs = [], s IN [s IN seats WHERE s.county IS NOT NULL] |
                        CASE WHEN s.county IN cs THEN cs ELSE cs + s.county END) AS counties
  WITH x, CASE WHEN size(seats) = 0 THEN {seat_taskforces: null, seat_count: null, seat_leads: null,
                                          seat_county: null, seat_mixed: null}
          ELSE {seat_taskforces: size(reduce(ts = [], s IN seats |
                                             CASE WHEN s.top IN ts THEN ts ELSE ts + s.top END)),
                seat_count: size(seats), seat_leads: reduce(n = 0, s IN seats | n + s.lead),
                seat_county: CASE WHEN size(counties) = 1 AND all(s IN seats WHERE s.county IS NOT NULL)
                                  THEN counties[0] END,
                seat_mixed: CASE WHEN size(counties) > 1 OR any(s IN seats WHERE s.county IS NULL) THEN true END}
          END AS counts
  WHERE any(k IN keys(counts) WHERE coalesce(x[k] <> counts[k], x[k] IS NULL <> counts[k] IS NULL))
  SET x += counts
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

# Derived only for the queries' indexes and the derivation's own bookkeeping: a copy of the task's text, a flag,
# the ids a county's merge candidates were worked out from, the county of a member's seats (or a flag when
# they span counties), the sort keys of the listings as of a date (graph_build/graph/orders.py) and the review
# queue's per-status keys of a fact's relationships (graph_build/judgements/marks.py). Exports leave them out
# (queries/subgraph.py).
INDEX_ONLY_PROPERTIES = frozenset({"search_text", "long_text", "merge_basis", "seat_county", "seat_mixed",
                                   "roster_order", "holder_order", "review_status_order", "review_flag_order"})

# At most 4 bytes a character in UTF-8: a text of this many characters stays under the text index's 32 KB.
MAX_INDEXED_TEXT = 8000

# What a task's text is searched in: its copy when short enough to index, else a flag.
SEARCH_TEXTS = """
MATCH (t:Task)
CALL (t) {
  WITH t, coalesce(t.text, t.name) AS text
  WITH t, CASE WHEN size(text) <= $max THEN text END AS search, CASE WHEN size(text) > $max THEN true END AS long
  WHERE coalesce(t.search_text <> search, t.search_text IS NULL <> search IS NULL)
     OR coalesce(t.long_text <> long, t.long_text IS NULL <> long IS NULL)
  SET t.search_text = search, t.long_text = long
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

# The agencies that may be merge candidates (they name a body), by county in id order; only the counties whose
# set differs from the one their candidates were last worked out for (every county, on a graph never derived).
MERGE_UNIVERSE = """
MATCH (a:Agency) WHERE NOT coalesce(a.generic, false) AND size(a.canonical) >= 2
WITH a.county AS county, a.id AS id, a.canonical AS canonical
ORDER BY county, id
WITH county, collect(id) AS ids, collect(canonical) AS names
OPTIONAL MATCH (c:County {id: 'county:' + county})
RETURN county, c IS NOT NULL AS known, coalesce(c.merge_basis = ids, false) AS same,
       CASE WHEN coalesce(c.merge_basis = ids, false) THEN [] ELSE ids END AS ids,
       CASE WHEN coalesce(c.merge_basis = ids, false) THEN [] ELSE names END AS names
"""

# Counties that had such agencies and have none now.
EMPTIED_COUNTIES = """
MATCH (c:County) WHERE size(c.merge_basis) > 0 AND NOT c.name IN $counties
RETURN c.name AS county
"""

WRITE_CANDIDATES = """
UNWIND $rows AS row
MATCH (a:Agency {id: row.id})
WITH a, row WHERE coalesce(a.merge_candidates <> row.similar, true)
SET a.merge_candidates = row.similar
"""

# In the counties worked out again: agencies that no longer name a body (a generic phrase) lose their list.
CLEAR_CANDIDATES = """
MATCH (a:Agency) WHERE a.merge_candidates IS NOT NULL AND a.county IN $counties
  AND (coalesce(a.generic, false) OR NOT size(a.canonical) >= 2)
REMOVE a.merge_candidates
"""

WRITE_BASIS = """
UNWIND $rows AS row
MATCH (c:County {id: 'county:' + row.county})
SET c.merge_basis = row.ids
"""

# Per county: how many documents, agencies, people, posts, task forces, fields and tasks (of its documents), and
# the dates of its first and last document.
COUNTY_COUNTS = """
CALL () {
  MATCH (d:Document)
  RETURN d.county AS county, 'documents' AS what, count(*) AS n, min(d.date) AS first, max(d.date) AS last
  UNION ALL
  MATCH (n:Agency) RETURN n.county AS county, 'agencies' AS what, count(*) AS n, null AS first, null AS last
  UNION ALL
  MATCH (n:Person) RETURN n.county AS county, 'people' AS what, count(*) AS n, null AS first, null AS last
  UNION ALL
  MATCH (n:Post) RETURN n.county AS county, 'posts' AS what, count(*) AS n, null AS first, null AS last
  UNION ALL
  MATCH (n:TaskForce) RETURN n.county AS county, 'taskforces' AS what, count(*) AS n, null AS first, null AS last
  UNION ALL
  MATCH (n:Field) RETURN n.county AS county, 'fields' AS what, count(*) AS n, null AS first, null AS last
  UNION ALL
  MATCH (t:Task) MATCH (d:Document {id: t.doc_id})
  RETURN d.county AS county, 'tasks' AS what, count(*) AS n, null AS first, null AS last
}
WITH county,
     {count_documents: sum(CASE what WHEN 'documents' THEN n ELSE 0 END),
      first_date: min(first), last_date: max(last),
      count_agencies: sum(CASE what WHEN 'agencies' THEN n ELSE 0 END),
      count_people: sum(CASE what WHEN 'people' THEN n ELSE 0 END),
      count_posts: sum(CASE what WHEN 'posts' THEN n ELSE 0 END),
      count_taskforces: sum(CASE what WHEN 'taskforces' THEN n ELSE 0 END),
      count_fields: sum(CASE what WHEN 'fields' THEN n ELSE 0 END),
      count_tasks: sum(CASE what WHEN 'tasks' THEN n ELSE 0 END)} AS counts
WHERE county IS NOT NULL
RETURN collect({county: county, counts: counts}) AS rows
"""

# Every county gets its counts (zero and no dates when nothing is left in it), written where they changed.
WRITE_COUNTY_COUNTS = """
MATCH (c:County)
WITH c, coalesce($counts[c.name], $empty) AS counts
WHERE any(k IN keys(counts) WHERE coalesce(c[k] <> counts[k], c[k] IS NULL <> counts[k] IS NULL))
SET c += counts
RETURN count(c) AS written
"""
COUNTY_COUNT_KEYS = ("count_documents", "first_date", "last_date", "count_agencies", "count_people", "count_posts",
                     "count_taskforces", "count_fields", "count_tasks")


def derive_aggregates(driver: Driver, database: str = "neo4j") -> int:
    """Bring every agency's counts and merge candidates, every person's counts, every task force member's seats,
    every task's lead gap and search text, every county's counts, every SHARES_DUTIES pair and the listings' sort
    keys (graph_build/graph/orders.py) up to date.

    Returns how many pairs there are.
    """
    with driver.session(database=database) as session:  # CALL … IN TRANSACTIONS needs an auto-commit query
        session.run(AGENCY_COUNTS, batch=BATCH).consume()
        session.run(PERSON_COUNTS, batch=BATCH).consume()
        session.run(SEAT_COUNTS, batch=BATCH, lead_roles=LEAD_ROLES).consume()
        session.run(LEAD_GAPS, batch=BATCH).consume()
        session.run(SEARCH_TEXTS, batch=BATCH, max=MAX_INDEXED_TEXT).consume()
        session.run(WRITE_PAIRS, batch=BATCH).consume()
        session.run(DELETE_STALE_PAIRS, batch=BATCH).consume()
        pairs = int(session.run(COUNT_PAIRS).single(strict=True)["pairs"])
    derive_county_counts(driver, database)
    derive_merge_candidates(driver, database)
    derive_orders(driver, database)
    return pairs


def derive_county_counts(driver: Driver, database: str = "neo4j") -> int:
    """Bring every county's counts and first/last document dates up to date; returns how many counties changed."""
    record = driver.execute_query(COUNTY_COUNTS, database_=database).records[0]
    counts = {row["county"]: row["counts"] for row in record["rows"]}
    empty = {k: (None if k.endswith("_date") else 0) for k in COUNTY_COUNT_KEYS}
    records, _, _ = driver.execute_query(WRITE_COUNTY_COUNTS, counts=counts, empty=empty, database_=database)
    return int(records[0]["written"])


def similar_names(names: Iterable[str]) -> dict[str, set[str]]:
    """For each name, the other names that contain it or that it contains (names of two characters or more).

    Each name's substrings of two characters or more are looked up among the names: linear in the number of
    names (times the square of the longest), not quadratic.
    """
    known = {n for n in names if len(n) >= 2}
    out: dict[str, set[str]] = {n: set() for n in known}
    for name in known:
        size = len(name)
        for i in range(size - 1):
            for j in range(i + 2, size + 1 if i else size):  # a name is not its own candidate
                part = name[i:j]
                if part in known:
                    out[name].add(part)
                    out[part].add(name)
    return out


def merge_candidates(agencies: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """Agencies (id, canonical name) of one county → each one's candidates: the ids of the others whose canonical
    name contains its own or is contained in it (not those with the same canonical name), sorted."""
    by_name: dict[str, list[str]] = defaultdict(list)
    for agency_id, name in agencies:
        by_name[name].append(agency_id)
    related = similar_names(by_name)
    out: dict[str, list[str]] = {}
    for name, ids in by_name.items():
        similar = sorted(other for n in related.get(name, ()) for other in by_name[n])
        for agency_id in ids:
            out[agency_id] = similar
    return out


def derive_merge_candidates(driver: Driver, database: str = "neo4j") -> int:
    """Work out the merge candidates of every agency in the counties whose agencies changed since they were last
    worked out (see the module's description). Returns how many counties were worked out again."""
    records = driver.execute_query(MERGE_UNIVERSE, database_=database).records
    present = [r["county"] for r in records if r["known"]]
    changed: dict[str, list[tuple[str, str]]] = {
        r["county"]: list(zip(r["ids"], r["names"], strict=True)) for r in records if r["known"] and not r["same"]}
    for r in driver.execute_query(EMPTIED_COUNTIES, counties=present, database_=database).records:
        changed[r["county"]] = []
    if not changed:
        return 0
    rows: list[dict[str, Any]] = []
    for agencies in changed.values():
        rows += [{"id": k, "similar": v} for k, v in merge_candidates(agencies).items()]
    with driver.session(database=database) as session:
        for i in range(0, len(rows), BATCH):
            session.execute_write(lambda tx, batch=rows[i:i + BATCH]: tx.run(WRITE_CANDIDATES, rows=batch).consume())
        session.execute_write(lambda tx: tx.run(CLEAR_CANDIDATES, counties=list(changed)).consume())
        basis = [{"county": county, "ids": [a for a, _ in agencies]} for county, agencies in changed.items()]
        for i in range(0, len(basis), BATCH):
            session.execute_write(lambda tx, batch=basis[i:i + BATCH]: tx.run(WRITE_BASIS, rows=batch).consume())
    return len(changed)
