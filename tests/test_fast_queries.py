"""Queries changed to stay fast on a large graph give the rows of their slow references: each reference is the
query as it was before (reading every node it filters, or counting at query time), run on the same graph with
the same parameters.

- ``single_mention_agencies`` reads the merge candidates derived at build time; its reference searches every
  agency of the county for containment (exact, where the old query asked the full-text index for 200 hits);
- ``graph_overview`` reads the counties' derived counts and the documents' dates from their index;
- ``find`` and ``accountability_chain`` look for the text through text indexes instead of reading every
  agency, person, document or task;
- ``busiest_people`` and ``busiest_taskforce_members`` read each person's counts and each member's seats derived
  at build time, highest first through their indexes, instead of counting every person's links;
  ``busiest_agencies`` reads its agencies most tasks first through an index instead of sorting them all.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from neo4j import Driver

from graph_build.build import build_graph
from graph_build.graph.aggregates import (
    BATCH,
    SEARCH_TEXTS,
    derive_aggregates,
    merge_candidates,
    similar_names,
)
from graph_build.records import ExtractionReport
from queries.library.history import COVERING, HOLDER_ROW, ROLE_RANK
from queries.library.overview import NODE_COUNTS, RELATIONSHIP_COUNTS
from queries.registry import as_dict, get
from tests.test_graph_build import NOTICE_A, NOTICE_B, facts_of

pytest_plugins = ["neo4j_fixture", "graph_fixture"]


def rows(driver: Driver, name: str, cypher: str | None = None, **params: Any) -> list[dict[str, Any]]:
    """A named query's rows, or those of ``cypher`` run in its place (same parameters, same typed rows)."""
    query = get(name)
    if cypher is not None:
        query = replace(query, cypher=cypher)
    return [as_dict(r) for r in query.run(driver, **params)]


# --- single_mention_agencies -------------------------------------------------------------------------------

# Every candidate, by a scan of the county's agencies (the old query asked the full-text index instead).
SINGLES_REFERENCE = """
MATCH (a:Agency) WHERE a.count_lines = 1
  AND ($county = '' OR a.county = $county) AND NOT coalesce(a.generic, false)
MATCH (a)-[m:MENTIONED_IN]->(d:Document)
WITH a, d, m.lines[0] AS line
ORDER BY a.county, a.name, a.id
WITH collect({a: a, d: d, line: line}) AS singles
UNWIND CASE WHEN $with_similar THEN singles ELSE singles[..$limit] END AS single
WITH single.a AS a, single.d AS d, single.line AS line
CALL (a) {
  OPTIONAL MATCH (b:Agency)
  WHERE size(a.canonical) >= 2 AND b.county = a.county AND b <> a AND NOT coalesce(b.generic, false)
    AND size(b.canonical) >= 2 AND b.canonical <> a.canonical
    AND (b.canonical CONTAINS a.canonical OR a.canonical CONTAINS b.canonical)
  WITH b, COUNT { (b)-[:MENTIONED_IN]->() } AS mentions WHERE b IS NOT NULL
  ORDER BY mentions DESC, b.name, b.id LIMIT 5
  RETURN collect({id: b.id, name: b.name, mentions: mentions}) AS similar
}
WITH a, d, line, similar WHERE NOT $with_similar OR size(similar) > 0
WITH a, d, line, similar ORDER BY size(similar) = 0, a.county, a.name, a.id LIMIT $limit
RETURN a.id AS id, a.name AS name, a.county AS county, a.kind AS kind, coalesce(a.aliases, []) AS aliases,
       d.id AS doc_id, d.doc_number AS doc_number, d.title AS doc_title, line,
       COLLECT { MATCH (a)-[r]-() WHERE r.doc_id = d.id AND r.evidence IS NOT NULL
                 RETURN r.evidence ORDER BY r.line LIMIT 1 }[0] AS evidence,
       similar
ORDER BY size(similar) = 0, county, name, id
"""

# Each agency's candidates by brute force: every pair of the county's agencies that name a body.
CANDIDATES_REFERENCE = """
MATCH (a:Agency) WHERE NOT coalesce(a.generic, false) AND size(a.canonical) >= 2
RETURN a.id AS id, COLLECT {
  MATCH (b:Agency) WHERE b.county = a.county AND NOT coalesce(b.generic, false) AND size(b.canonical) >= 2
    AND b.canonical <> a.canonical AND (b.canonical CONTAINS a.canonical OR a.canonical CONTAINS b.canonical)
  RETURN b.id ORDER BY b.id
} AS similar
"""


def stored_candidates(driver: Driver) -> dict[str, list[str] | None]:
    records, _, _ = driver.execute_query("MATCH (a:Agency) RETURN a.id AS id, a.merge_candidates AS similar")
    return {r["id"]: r["similar"] for r in records}


def brute_candidates(driver: Driver) -> dict[str, list[str]]:
    records, _, _ = driver.execute_query(CANDIDATES_REFERENCE)
    return {r["id"]: r["similar"] for r in records}


def test_similar_names_are_the_names_that_contain_or_are_contained():
    names = ["水利局", "县水利局", "水利局河湖中心", "利局", "水", "农业农村局", "农村局"]
    related = similar_names(names)
    assert "水" not in related  # one character: never a candidate
    assert related["水利局"] == {"县水利局", "水利局河湖中心", "利局"}
    assert related["利局"] == {"水利局", "县水利局", "水利局河湖中心"}
    assert related["农村局"] == {"农业农村局"}
    brute = {a: {b for b in names if len(b) >= 2 and b != a and (a in b or b in a)} for a in names if len(a) >= 2}
    assert related == brute
    # agencies of the same canonical name are not each other's candidates, and each gets the other names' ids
    assert merge_candidates([("x1", "水利局"), ("x2", "水利局"), ("y", "县水利局"), ("z", "农村局")]) == {
        "x1": ["y"], "x2": ["y"], "y": ["x1", "x2"], "z": []}


def test_the_derived_candidates_are_every_containment_in_the_county(demo_graph, neo4j_driver):
    stored = stored_candidates(neo4j_driver)
    expected = brute_candidates(neo4j_driver)
    assert any(expected.values())
    assert {k: v for k, v in stored.items() if v is not None} == expected


@pytest.mark.parametrize("county, with_similar, limit", [
    ("", False, 50), ("", True, 50), ("", False, 100_000), ("", True, 100_000), ("稷山县", False, 10),
    ("稷山县", True, 100_000), ("平顺县", False, 100_000), ("平顺县", True, 3)])
def test_single_mention_agencies_lists_what_a_scan_of_every_agency_finds(demo_graph, neo4j_driver, county,
                                                                         with_similar, limit):
    params = {"county": county, "with_similar": with_similar, "limit": limit}
    expected = rows(neo4j_driver, "single_mention_agencies", SINGLES_REFERENCE, **params)
    assert expected
    if with_similar:
        assert all(r["similar"] for r in expected)
    assert rows(neo4j_driver, "single_mention_agencies", **params) == expected


# Two notices: the second names 县水利局河湖中心, whose canonical name contains the water bureau's.
NOTICE_RIVERS = """稷山县人民政府办公室关于印发稷山县河湖保护方案的通知

稷政办发〔2023〕44号

各乡（镇）人民政府：

1.开展河湖清四乱。（责任单位：县水利局河湖中心）

稷山县人民政府办公室

2023年7月9日
"""


def test_a_later_build_updates_the_candidates_of_the_county_it_changed(empty_graph):
    build_graph(empty_graph, "neo4j", facts_of(NOTICE_A), ExtractionReport())
    before = stored_candidates(empty_graph)
    assert {k: v for k, v in before.items() if v is not None} == brute_candidates(empty_graph)

    build_graph(empty_graph, "neo4j", facts_of(NOTICE_A, NOTICE_RIVERS), ExtractionReport())  # an agency added
    added = stored_candidates(empty_graph)
    assert {k: v for k, v in added.items() if v is not None} == brute_candidates(empty_graph)
    [new] = set(added) - set(before)
    water = "agency:稷山县:水利局"
    assert new in added[water] and water in added[new]

    build_graph(empty_graph, "neo4j", facts_of(NOTICE_A), ExtractionReport(), prune=True)  # and removed again
    assert stored_candidates(empty_graph) == before
    county, _, _ = empty_graph.execute_query("MATCH (c:County {name: '稷山县'}) RETURN c.merge_basis AS basis")
    assert county[0]["basis"] == sorted(k for k, v in before.items() if v is not None)


# --- graph_overview ----------------------------------------------------------------------------------------

OVERVIEW_REFERENCE = """
CALL () {
  MATCH (d:Document)
  RETURN count(d) AS documents, count(d.date) AS dated, min(d.date) AS first_date, max(d.date) AS last_date
}
CALL () {
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
       sum(CASE what WHEN 'documents' THEN n ELSE 0 END) AS documents,
       min(first) AS first_date, max(last) AS last_date,
       sum(CASE what WHEN 'agencies' THEN n ELSE 0 END) AS agencies,
       sum(CASE what WHEN 'people' THEN n ELSE 0 END) AS people,
       sum(CASE what WHEN 'posts' THEN n ELSE 0 END) AS posts,
       sum(CASE what WHEN 'taskforces' THEN n ELSE 0 END) AS taskforces,
       sum(CASE what WHEN 'fields' THEN n ELSE 0 END) AS fields,
       sum(CASE what WHEN 'tasks' THEN n ELSE 0 END) AS tasks
  ORDER BY county
  RETURN collect({county: county, documents: documents, first_date: first_date, last_date: last_date,
                  agencies: agencies, people: people, posts: posts, taskforces: taskforces,
                  fields: fields, tasks: tasks}) AS counties
}
RETURN """ + NODE_COUNTS + """ AS nodes,
       """ + RELATIONSHIP_COUNTS + """ AS relationships, counties,
       documents, documents - dated AS undated_documents, first_date AS first_document_date,
       last_date AS last_document_date,
       COUNT { MATCH (a:Agency) WHERE a.generic } AS generic_agencies
"""


def test_the_overview_reads_what_counting_the_graph_gives(demo_graph, neo4j_driver):
    expected = rows(neo4j_driver, "graph_overview", OVERVIEW_REFERENCE)
    assert len(expected[0]["counties"]) == 2 and expected[0]["generic_agencies"] > 0
    assert rows(neo4j_driver, "graph_overview") == expected


def test_the_overview_follows_a_later_build(empty_graph):
    build_graph(empty_graph, "neo4j", facts_of(NOTICE_A), ExtractionReport())
    assert rows(empty_graph, "graph_overview") == rows(empty_graph, "graph_overview", OVERVIEW_REFERENCE)
    build_graph(empty_graph, "neo4j", facts_of(NOTICE_A, NOTICE_RIVERS), ExtractionReport())
    [after] = rows(empty_graph, "graph_overview")
    assert after == rows(empty_graph, "graph_overview", OVERVIEW_REFERENCE)[0]
    assert after["counties"][0]["documents"] == 2


# --- find ------------------------------------------------------------------------------------------------

FIND_BRANCHES = """
          UNION
          MATCH (node:Document) WHERE $text <> '' AND node.doc_number CONTAINS $text
          RETURN node, 0.0 AS score
          UNION
          MATCH (node:Agency) WHERE $text <> ''
            AND (node.name CONTAINS $text OR any(a IN coalesce(node.aliases, []) WHERE a CONTAINS $text))
          RETURN node, 0.0 AS score
          UNION
          MATCH (node:Person) WHERE $text <> '' AND node.name CONTAINS $text
          RETURN node, 0.0 AS score
        }"""


def find_reference() -> str:
    """``find`` with its contains-branches reading every document, agency and person (as before the text indexes)."""
    cypher = get("find").cypher
    start = cypher.index("          // the text indexes find")
    end = cypher.index("        }", start)
    return cypher[:start] + FIND_BRANCHES.lstrip("\n") + cypher[end + 10:]


@pytest.mark.parametrize("params", [
    {"text": "应急管理局"}, {"text": "水利"}, {"text": "南选智"}, {"text": "稷政办发〔2023〕20号"},
    {"text": "稷政办发", "skip": 5, "limit": 50}, {"text": "局", "label": "Agency", "limit": 1000},
    {"text": "县 水利局"}, {"text": ""}, {"text": "王", "label": "Person"}])
def test_find_finds_what_reading_every_node_finds(demo_graph, neo4j_driver, params):
    reference = find_reference()
    assert "node.doc_number CONTAINS $text" in reference and "alias_text" not in reference
    expected = rows(neo4j_driver, "find", reference, **params)
    assert expected or params["text"] == ""
    assert rows(neo4j_driver, "find", **params) == expected


# --- accountability_chain ----------------------------------------------------------------------------------

CHAIN_SCAN = """
          MATCH (t:Task {id: $task_id}) RETURN t
          UNION
          MATCH (t:Task) WHERE $task_id = '' AND coalesce(t.text, t.name) CONTAINS $keyword RETURN t
        }"""


def chain_reference() -> str:
    """``accountability_chain`` finding the tasks by reading every task's text (as before the text index)."""
    cypher = get("accountability_chain").cypher
    start = cypher.index("          MATCH (t:Task {id: $task_id})")
    end = cypher.index("        }", start)
    return cypher[:start] + CHAIN_SCAN.lstrip("\n") + cypher[end + 10:]


def a_task_with_units(driver: Driver) -> str:
    records, _, _ = driver.execute_query(
        "MATCH (t:Task)<-[:RESPONSIBLE_FOR]-(a:Agency) WITH t, count(a) AS units ORDER BY units DESC, t.id LIMIT 1 "
        "RETURN t.id AS id")
    return records[0]["id"]


@pytest.mark.parametrize("params", [
    {"keyword": "四好农村路"}, {"keyword": "工作", "limit": 50}, {"keyword": "水", "limit": 1000},
    {"keyword": "县 水利局"}, {"keyword": "不存在的词语"}, {"task_id": "TASK"}, {"task_id": "TASK", "keyword": "水"}])
def test_the_chain_finds_the_tasks_that_reading_every_task_finds(demo_graph, neo4j_driver, params):
    if params.get("task_id") == "TASK":
        params = {**params, "task_id": a_task_with_units(neo4j_driver)}
    reference = chain_reference()
    assert "coalesce(t.text, t.name) CONTAINS $keyword RETURN t" in reference and "search_text" not in reference
    expected = rows(neo4j_driver, "accountability_chain", reference, **params)
    assert expected or params.get("keyword") in ("县 水利局", "不存在的词语")
    assert rows(neo4j_driver, "accountability_chain", **params) == expected


def test_a_task_whose_text_is_too_long_to_index_is_still_found(empty_graph):
    build_graph(empty_graph, "neo4j", facts_of(NOTICE_A), ExtractionReport())
    with empty_graph.session() as session:  # as if every text were over the limit
        session.run(SEARCH_TEXTS, batch=BATCH, max=5).consume()
    records, _, _ = empty_graph.execute_query(
        "MATCH (t:Task) RETURN count(t.search_text) AS indexed, count(t.long_text) AS long, count(*) AS tasks")
    assert records[0]["indexed"] == 0 and records[0]["long"] == records[0]["tasks"] > 0
    found = rows(empty_graph, "accountability_chain", keyword="气象监测")
    assert [r["task_id"] for r in found] == [r["task_id"] for r in rows(
        empty_graph, "accountability_chain", chain_reference(), keyword="气象监测")]
    assert len(found) == 1


# --- busiest_people, busiest_taskforce_members ------------------------------------------------------------

# The queries as they were (a232f70): every person of the county or every seat on its task forces counted per call
# (the members' names not cut at 10: see member_rows).
PEOPLE_REFERENCE = """
MATCH (p:Person) WHERE $county = '' OR p.county = $county
WITH p, COUNT { MATCH (p)-[:MEMBER_OF]->(tf:TaskForce) RETURN DISTINCT tf } AS taskforces,
     COUNT { MATCH (p)-[:OVERSEES]->(x) WHERE x:Agency OR x:Field } AS portfolios,
     COUNT { MATCH (p)-[:OVERSEES]->(t:Task) } AS tasks
WITH p, taskforces, portfolios, tasks, taskforces + portfolios + tasks AS score
ORDER BY score DESC, taskforces DESC, p.name, p.id
LIMIT $limit
RETURN p.id AS id, p.name AS name, p.county AS county, score, taskforces,
       COUNT { MATCH (p)-[m:MEMBER_OF]->(:TaskForce)
               WHERE m.role IN ['组长', '第一组长', '总指挥', '指挥长', '召集人', '第一召集人', '总河长',
                                '主任']
               RETURN DISTINCT m.fact_id } AS leads,
       portfolios, tasks,
       COLLECT { MATCH (p)-[h:HOLDS]->(post:Post) WHERE h.basis <> 'removal'
                 WITH post, max(coalesce(h.valid_from, h.observed_on, '')) AS seen
                 RETURN post.name ORDER BY seen DESC, post.name LIMIT 3 } AS posts,
       COUNT { (p)-[:MENTIONED_IN]->() } AS documents
"""

MEMBERS_REFERENCE = """
MATCH (tf:TaskForce) WHERE $county = '' OR tf.county = $county
WITH tf, coalesce(COLLECT { MATCH (tf)-[:SUBGROUP_OF]->(up:TaskForce) RETURN up LIMIT 1 }[0], tf) AS top
MATCH (x)-[m:MEMBER_OF]->(tf)
WITH x, top, m, CASE WHEN (""" + ROLE_RANK + """) = 0 THEN 1 ELSE 0 END AS lead
WITH x, count(DISTINCT top) AS taskforces, count(m) AS seats, sum(lead) AS leads,
     collect(DISTINCT m.role) AS roles, collect(DISTINCT top) AS tops
WHERE NOT coalesce(x.generic, false)
ORDER BY taskforces DESC, seats DESC, leads DESC, x.name, x.id
LIMIT $limit
RETURN x.id AS member_id, x.name AS member, labels(x)[0] AS member_label, x.county AS county, taskforces,
       seats, leads, roles, [t IN tops | t.name] AS names
"""

RANKING_PARAMS = [{"county": "", "limit": 20}, {"county": "", "limit": 100_000}, {"county": "稷山县", "limit": 5},
                  {"county": "稷山县", "limit": 100_000}, {"county": "平顺县", "limit": 20},
                  {"county": "平顺县", "limit": 1}, {"county": "无此县", "limit": 20}]


AGENCIES_REFERENCE = """
MATCH (a:Agency)
WHERE ($county = '' OR a.county = $county) AND ($include_generic OR NOT coalesce(a.generic, false))
// the counts are derived at build time (graph_build/graph/aggregates.py)
WITH a, a.count_tasks AS tasks, a.count_lead AS lead, a.count_support AS support,
     a.count_responsible AS responsible, a.count_taskforces AS taskforces
ORDER BY tasks DESC, lead DESC, taskforces DESC, a.name, a.id
LIMIT $limit
RETURN a.id AS id, a.name AS name, a.county AS county, a.kind AS kind, tasks, lead, support, responsible,
       taskforces, COUNT { (a)<-[:OVERSEES]-() } AS overseers, COUNT { (a)-[:MENTIONED_IN]->() } AS documents
"""


@pytest.mark.parametrize("params", RANKING_PARAMS)
@pytest.mark.parametrize("include_generic", [False, True])
def test_busiest_agencies_ranks_as_sorting_every_agency_does(demo_graph, neo4j_driver, params, include_generic):
    expected = rows(neo4j_driver, "busiest_agencies", AGENCIES_REFERENCE, include_generic=include_generic, **params)
    assert expected or params["county"] == "无此县"
    assert rows(neo4j_driver, "busiest_agencies", include_generic=include_generic, **params) == expected


def member_rows(driver: Driver, cypher: str | None = None, **params: Any) -> list[dict[str, Any]]:
    """busiest_taskforce_members' rows with roles and names as sets: the old query listed them in the order its
    plan met them, and its names were the first 10 so met. Given the reference (``MEMBERS_REFERENCE``, which
    lists every name), a member's names are kept when there are 10 or fewer; with more, the query's 10 must be
    distinct names among them, and the row keeps the reference's full list."""
    out = rows(driver, "busiest_taskforce_members", cypher, **params)
    for r in out:
        r["roles"], r["names"] = sorted(r["roles"]), sorted(r["names"])
    return out


def same_members(driver: Driver, **params: Any) -> list[dict[str, Any]]:
    """The reference's rows, after checking that the query's rows are the same (see ``member_rows``)."""
    expected = member_rows(driver, MEMBERS_REFERENCE, **params)
    got = member_rows(driver, **params)
    assert len(got) == len(expected)
    for new, old in zip(got, expected, strict=True):
        if len(old["names"]) > 10:
            assert len(new["names"]) == 10 and set(new["names"]) <= set(old["names"]), old["member_id"]
            new["names"] = old["names"]
    assert got == expected
    return expected


@pytest.mark.parametrize("params", RANKING_PARAMS)
def test_busiest_people_ranks_as_counting_every_person_does(demo_graph, neo4j_driver, params):
    expected = rows(neo4j_driver, "busiest_people", PEOPLE_REFERENCE, **params)
    assert expected or params["county"] == "无此县"
    assert rows(neo4j_driver, "busiest_people", **params) == expected


@pytest.mark.parametrize("params", RANKING_PARAMS)
def test_busiest_members_rank_as_counting_every_seat_does(demo_graph, neo4j_driver, params):
    expected = same_members(neo4j_driver, **params)
    assert expected or params["county"] in ("无此县", "平顺县")


def same_rankings(driver: Driver) -> None:
    for params in RANKING_PARAMS:
        assert rows(driver, "busiest_people", **params) == rows(driver, "busiest_people", PEOPLE_REFERENCE, **params)
        assert (rows(driver, "busiest_agencies", include_generic=True, **params)
                == rows(driver, "busiest_agencies", AGENCIES_REFERENCE, include_generic=True, **params))
        same_members(driver, **params)


# A second roster of the same county: 王润 leads it, and a person and the finance bureau sit on it.
NOTICE_DROUGHT = """稷山县人民政府办公室关于成立稷山县抗旱工作领导小组的通知

稷政办发〔2023〕45号

各乡（镇）人民政府：

组长：王 润 县委副书记、政府县长

成员：杨志军 县财政局局长

成员单位：县财政局、县气象局

稷山县人民政府办公室

2023年7月10日
"""


def seats(driver: Driver) -> dict[str, tuple]:
    records, _, _ = driver.execute_query(
        "MATCH (x) WHERE x:Person OR x:Agency RETURN x.id AS id, x.busy_score AS score, x.count_taskforces AS tf, "
        "x.seat_taskforces AS tops, x.seat_count AS seats, x.seat_leads AS leads, x.seat_county AS county")
    return {r["id"]: tuple(r.values())[1:] for r in records}


def test_a_later_build_updates_the_derived_rankings(empty_graph):
    build_graph(empty_graph, "neo4j", facts_of(NOTICE_B), ExtractionReport())
    same_rankings(empty_graph)
    before = seats(empty_graph)
    wang = "person:稷山县:王润"
    assert before[wang][2:5] == (1, 1, 1)

    build_graph(empty_graph, "neo4j", facts_of(NOTICE_B, NOTICE_DROUGHT), ExtractionReport())  # a roster added
    same_rankings(empty_graph)
    added = seats(empty_graph)
    assert added[wang][2:5] == (2, 2, 2) and added[wang][0] == before[wang][0] + 1
    [finance] = [k for k in added if k.startswith("agency:") and "财政局" in k]
    assert before.get(finance, (None,) * 6)[2:5] == (None, None, None) and added[finance][2:5] == (1, 1, 0)

    build_graph(empty_graph, "neo4j", facts_of(NOTICE_B), ExtractionReport(), prune=True)  # and removed again
    same_rankings(empty_graph)
    assert seats(empty_graph) == before


def test_a_member_on_task_forces_of_two_counties_is_counted_per_county(empty_graph):
    build_graph(empty_graph, "neo4j", facts_of(NOTICE_B, NOTICE_DROUGHT), ExtractionReport())
    # No build links a member to another county's task force; written here, the query must still count it.
    empty_graph.execute_query(
        "MATCH (p:Person {id: 'person:稷山县:王润'}) MERGE (tf:TaskForce {id: 'taskforce:平顺县:测试专班'}) "
        "SET tf.name = '平顺县测试专班', tf.county = '平顺县' MERGE (p)-[:MEMBER_OF {key: 'test', role: '组长'}]->(tf)")
    derive_aggregates(empty_graph)
    assert seats(empty_graph)["person:稷山县:王润"][-1] is None
    same_rankings(empty_graph)
    assert [r["member"] for r in member_rows(empty_graph, county="平顺县", limit=5)] == ["王润"]


# --- rosters_on_date and posts_on_date -----------------------------------------------------------------------

# The two listings as they were: every task force (or post) of the county read and sorted at once.
ROSTERS_REFERENCE = """
MATCH (tf:TaskForce) WHERE tf.county = $county
CALL (tf) {
  MATCH (tf)<-[m:MEMBER_OF]-() WHERE m.as_of IS NOT NULL AND (m.as_of <= $date OR m.as_of STARTS WITH $date)
  RETURN m.doc_id AS doc_id ORDER BY m.as_of DESC, m.doc_id DESC LIMIT 1
}
WITH tf, doc_id, COLLECT { MATCH (tf)-[:SUBGROUP_OF]->(up:TaskForce) RETURN up.name LIMIT 1 }[0] AS parent
ORDER BY coalesce(parent, tf.name), parent IS NOT NULL, tf.name, tf.id
CALL (tf, doc_id) {
  MATCH (x)-[m:MEMBER_OF]->(tf) WHERE m.doc_id = doc_id
  WITH x, m, """ + ROLE_RANK + """ AS rank
  RETURN x, m ORDER BY rank, m.line, coalesce(m.basis, 'roster'), x.name
}
WITH tf, doc_id, parent, x, m LIMIT $limit
OPTIONAL MATCH (d:Document {id: doc_id})
RETURN tf.id AS taskforce_id, tf.name AS taskforce, parent, m.role AS role, x.id AS member_id,
       x.name AS member, labels(x)[0] AS member_label, m.titles AS titles, m.head AS head,
       coalesce(m.basis, 'roster') AS basis, m.via_post AS via_post, m.as_of AS as_of, m.doc_id AS doc_id,
       d.doc_number AS doc_number, d.title AS doc_title, m.line AS line, m.evidence AS evidence,
       m.page AS page, m.url AS url
"""

POSTS_REFERENCE = """
MATCH (p:Person)-[h:HOLDS]->(post:Post) WHERE post.county = $county
WITH p, h, post
""" + COVERING + """
WITH post, p, h, since
ORDER BY post.agency_id IS NULL, post.agency_id, coalesce(post.is_head, false) DESC, post.name, p.name
LIMIT $limit
""" + HOLDER_ROW

LISTING_PARAMS = [{"county": "稷山县", "date": "2023-08-01"}, {"county": "稷山县", "date": "2023-08-01", "limit": 37},
                  {"county": "稷山县", "date": "2023-08-01", "limit": 1}, {"county": "稷山县", "date": "2022"},
                  {"county": "稷山县", "date": "2023-07"}, {"county": "稷山县", "date": "2021-06-30"},
                  {"county": "平顺县", "date": "2023-12-31"}, {"county": "无此县", "date": "2023-08-01"}]


@pytest.mark.parametrize("params", LISTING_PARAMS)
def test_rosters_on_a_date_list_what_sorting_every_task_force_gives(demo_graph, neo4j_driver, params):
    expected = rows(neo4j_driver, "rosters_on_date", ROSTERS_REFERENCE, **params)
    assert expected or params["county"] == "无此县"
    assert rows(neo4j_driver, "rosters_on_date", **params) == expected


def test_the_demo_rosters_have_sub_groups_listed_after_their_parent(demo_graph, neo4j_driver):
    listed = rows(neo4j_driver, "rosters_on_date", county="稷山县", date="2023-12-31", limit=100_000)
    order = list(dict.fromkeys((r["parent"], r["taskforce"]) for r in listed))
    assert any(parent for parent, _ in order)  # the comparison above covers sub-groups
    for i, (parent, _) in enumerate(order):
        assert parent is None or (None, parent) not in order[i:]


@pytest.mark.parametrize("params", LISTING_PARAMS)
def test_posts_on_a_date_list_what_sorting_every_tenure_gives(demo_graph, neo4j_driver, params):
    expected = rows(neo4j_driver, "posts_on_date", POSTS_REFERENCE, **params)
    assert expected or params["county"] == "无此县"
    assert rows(neo4j_driver, "posts_on_date", **params) == expected


def listings_follow_the_graph(driver: Driver) -> list[dict[str, Any]]:
    """Both listings give their references' rows on the current graph; returns the roster seats of 稷山县."""
    for params in LISTING_PARAMS[:2]:
        assert rows(driver, "posts_on_date", **params) == rows(driver, "posts_on_date", POSTS_REFERENCE, **params)
        assert (rows(driver, "rosters_on_date", **params)
                == rows(driver, "rosters_on_date", ROSTERS_REFERENCE, **params))
    return rows(driver, "rosters_on_date", county="稷山县", date="2023-08-01")


def listing_keys(driver: Driver) -> dict[str, str]:
    records, _, _ = driver.execute_query(
        "MATCH (n) WHERE n:TaskForce OR n:Post RETURN n.id AS id, coalesce(n.roster_order, n.holder_order) AS key")
    return {r["id"]: r["key"] for r in records}


def test_a_later_build_updates_the_listing_keys(empty_graph):
    build_graph(empty_graph, "neo4j", facts_of(NOTICE_B), ExtractionReport())
    before = listing_keys(empty_graph)
    assert before and all(key for key in before.values())
    assert {r["taskforce"] for r in listings_follow_the_graph(empty_graph)} == {"稷山县防汛工作专班"}

    build_graph(empty_graph, "neo4j", facts_of(NOTICE_B, NOTICE_DROUGHT), ExtractionReport())  # a roster added
    added = listings_follow_the_graph(empty_graph)
    assert added[0]["taskforce"] == "稷山县抗旱工作领导小组"  # 抗 sorts before 防
    assert set(listing_keys(empty_graph)) > set(before)

    build_graph(empty_graph, "neo4j", facts_of(NOTICE_B), ExtractionReport(), prune=True)  # and removed again
    listings_follow_the_graph(empty_graph)
    assert listing_keys(empty_graph) == before


# oversight_on_date as it was: every document of the county on or before the date checked for a division of work.
OVERSIGHT_REFERENCE = """
MATCH (d:Document) WHERE d.county = $county AND d.date IS NOT NULL
  AND (d.date <= $date OR d.date STARTS WITH $date)
  AND EXISTS { MATCH (:Person)-[o:OVERSEES {doc_id: d.id}]->(x) WHERE x:Agency OR x:Field }
WITH d ORDER BY d.date DESC, d.id DESC LIMIT 1
MATCH (p:Person)-[o:OVERSEES {doc_id: d.id}]->(x) WHERE x:Agency OR x:Field
RETURN p.id AS person_id, p.name AS person, o.relation AS relation, x.id AS target_id, x.name AS target,
       labels(x)[0] AS target_label, o.aliases AS aliases, o.as_of AS as_of, d.id AS doc_id,
       d.doc_number AS doc_number, d.title AS doc_title, o.line AS line, o.evidence AS evidence,
       o.page AS page, o.url AS url
ORDER BY line, target
"""


@pytest.mark.parametrize("params", [{"county": "稷山县", "date": d} for d in
                                    ("2022-01-01", "2023-12-31", "2021-04", "2021-04-20", "2021", "2030")]
                         + [{"county": "平顺县", "date": "2024-01-01"}, {"county": "无此县", "date": "2023"}])
def test_oversight_on_a_date_finds_the_document_that_checking_every_document_finds(demo_graph, neo4j_driver, params):
    expected = rows(neo4j_driver, "oversight_on_date", OVERSIGHT_REFERENCE, **params)
    assert expected or params["county"] != "稷山县" or params["date"] == "2021-04-20"
    assert rows(neo4j_driver, "oversight_on_date", **params) == expected
