"""County-wide aggregates derived at build time: the ranking queries that read them give the same answers as
counting the graph at query time, and a rebuild keeps them up to date."""

from __future__ import annotations

import pytest

from graph_build.build import build_graph, by_source, facts_to_build, resolve
from graph_build.graph.aggregates import (
    AGENCY_COUNTS,
    BATCH,
    DELETE_STALE_PAIRS,
    LEAD_GAPS,
    LEAD_ROLES,
    MAX_INDEXED_TEXT,
    PERSON_COUNTS,
    SEARCH_TEXTS,
    SEAT_COUNTS,
    WRITE_PAIRS,
    derive_aggregates,
    derive_county_counts,
    derive_merge_candidates,
)
from graph_build.graph.orders import HOLDER_ORDERS, ROSTER_ORDERS
from graph_build.graph.schema import load_schema
from graph_build.judgements import ReviewStage
from graph_build.judgements.marks import _statement as marks_statement
from graph_build.judgements.marks import by_fact, mark_rows
from graph_build.records import ExtractionReport
from queries.registry import get
from queries.subgraph import default_rel_types
from tests.test_graph_build import NOTICE_A, NOTICE_B, facts_of

pytest_plugins = ["neo4j_fixture", "graph_fixture"]

# What top_shared_duty_pairs computed on every call before the pairs were derived at build time.
LIVE_PAIRS = """
MATCH (t:Task)
WITH t, [(a:Agency)-[r:RESPONSIBLE_FOR]->(t)
         WHERE ($county = '' OR a.county = $county) AND ($include_generic OR NOT coalesce(a.generic, false))
         | {a: a, lead: CASE r.role WHEN 'lead' THEN 1 ELSE 0 END}] AS units
WHERE size(units) > 1
UNWIND range(0, size(units) - 2) AS i
UNWIND range(i + 1, size(units) - 1) AS j
WITH CASE WHEN units[i].a.id < units[j].a.id THEN [units[i], units[j]] ELSE [units[j], units[i]] END AS pair
RETURN pair[0].a.id AS a_id, pair[1].a.id AS b_id, count(*) AS shared, sum(pair[0].lead) AS a_lead,
       sum(pair[1].lead) AS b_lead
"""

# What busiest_agencies counted on every call.
LIVE_AGENCY_COUNTS = """
MATCH (a:Agency)
WITH a, [(a)-[r:RESPONSIBLE_FOR]->(:Task) | r.role] AS roles,
     [(a)-[m:MENTIONED_IN]->(:Document) | size(m.lines)] AS mentions
RETURN a.id AS id, size(roles) AS tasks, size([x IN roles WHERE x = 'lead']) AS lead,
       size([x IN roles WHERE x = 'support']) AS support, size([x IN roles WHERE x = 'responsible']) AS responsible,
       COUNT { (a)-[:MEMBER_OF]->() } AS taskforces, size(mentions) AS documents,
       reduce(total = 0, n IN mentions | total + n) AS lines
"""


def live_pairs(driver, county: str = "", include_generic: bool = False) -> dict[tuple[str, str], tuple[int, int, int]]:
    records, _, _ = driver.execute_query(LIVE_PAIRS, county=county, include_generic=include_generic)
    return {(r["a_id"], r["b_id"]): (r["shared"], r["a_lead"], r["b_lead"]) for r in records}


def stored_pairs(driver, county: str = "", include_generic: bool = False) -> dict:
    rows = get("top_shared_duty_pairs").run(driver, county=county, include_generic=include_generic, limit=100_000)
    return {(p.a_id, p.b_id): (p.shared, p.a_lead, p.b_lead) for p in rows}


def test_the_derived_pairs_are_the_pairs_counted_at_query_time(demo_graph, neo4j_driver):
    for county, include_generic in (("", False), ("", True), ("稷山县", False), ("平顺县", True)):
        expected = live_pairs(neo4j_driver, county, include_generic)
        assert expected, (county, include_generic)
        assert stored_pairs(neo4j_driver, county, include_generic) == expected


def test_the_derived_agency_counts_are_the_counts_made_at_query_time(demo_graph, neo4j_driver):
    live, _, _ = neo4j_driver.execute_query(LIVE_AGENCY_COUNTS)
    stored, _, _ = neo4j_driver.execute_query(
        "MATCH (a:Agency) RETURN a.id AS id, a.count_tasks AS tasks, a.count_lead AS lead, "
        "a.count_support AS support, a.count_responsible AS responsible, a.count_taskforces AS taskforces, "
        "a.count_documents AS documents, a.count_lines AS lines")
    assert sorted(r.data().items() for r in stored) == sorted(r.data().items() for r in live)
    busiest = get("busiest_agencies").run(neo4j_driver, county="", include_generic=True, limit=5)
    counted = {r["id"]: r for r in live}
    assert [b.tasks for b in busiest] == sorted((r["tasks"] for r in live), reverse=True)[:5]
    assert all(b.lead == counted[b.id]["lead"] for b in busiest)


# A second notice in which the weather and water bureaus share one more task, the water bureau leading.
NOTICE_FLOODS = """稷山县人民政府办公室关于印发稷山县汛期气象服务方案的通知

稷政办发〔2023〕43号

各乡（镇）人民政府：

1.做好汛期气象预警。（牵头单位：县水利局；配合单位：县气象局）

稷山县人民政府办公室

2023年7月8日
"""

WEATHER_WATER = ("agency:稷山县:气象局", "agency:稷山县:水利局")


def test_a_rebuild_recounts_the_pairs(empty_graph):
    build_graph(empty_graph, "neo4j", facts_of(NOTICE_A), ExtractionReport())
    before = live_pairs(empty_graph)
    assert stored_pairs(empty_graph) == before
    build_graph(empty_graph, "neo4j", facts_of(NOTICE_A, NOTICE_FLOODS), ExtractionReport())
    after = live_pairs(empty_graph)
    assert after[WEATHER_WATER] == (before.get(WEATHER_WATER, (0, 0, 0))[0] + 1, 0, 1)
    assert stored_pairs(empty_graph) == after
    assert derive_aggregates(empty_graph) == len(live_pairs(empty_graph, include_generic=True))


def test_each_pair_carries_its_county_and_whether_it_names_a_generic_phrase(demo_graph, neo4j_driver):
    records, _, _ = neo4j_driver.execute_query(
        "MATCH (a)-[p:SHARES_DUTIES]->(b) RETURN a.county AS ca, b.county AS cb, p.county AS county, "
        "coalesce(a.generic, false) OR coalesce(b.generic, false) AS generic, p.generic AS stored")
    assert records
    for r in records:
        assert r["county"] == (r["ca"] if r["ca"] == r["cb"] else None)
        assert r["stored"] is r["generic"]
    assert any(r["stored"] for r in records) and not all(r["stored"] for r in records)


# What tasks_without_lead found on every call before the lead gaps were derived at build time.
LIVE_UNLED = """
MATCH (t:Task)
WHERE NOT EXISTS { MATCH (a:Agency)-[r:RESPONSIBLE_FOR]->(t)
                   WHERE r.role IN ['lead', 'responsible'] AND NOT coalesce(a.generic, false) }
   OR ($strict AND NOT EXISTS { MATCH (:Agency)-[:RESPONSIBLE_FOR {role: 'lead'}]->(t) })
WITH t, [(a:Agency)-[r:RESPONSIBLE_FOR]->(t) | {role: r.role, generic: coalesce(a.generic, false)}] AS units
WITH t, CASE
       WHEN size(units) = 0 THEN 'no unit'
       WHEN none(u IN units WHERE u.role IN ['lead', 'responsible']) THEN 'support units only'
       WHEN none(u IN units WHERE u.role IN ['lead', 'responsible'] AND NOT u.generic) THEN 'only generic units'
       WHEN $strict AND size(units) > 1 AND none(u IN units WHERE u.role = 'lead')
         THEN 'no lead (joint responsibility)'
     END AS reason
WHERE reason IS NOT NULL
OPTIONAL MATCH (d:Document {id: t.doc_id})
WITH t, d, reason WHERE $county = '' OR d.county = $county
RETURN t.id AS task_id, reason ORDER BY reason, d.date DESC, t.doc_id, t.line, task_id
"""


@pytest.mark.parametrize("county, strict", [("", False), ("", True), ("稷山县", True), ("平顺县", False)])
def test_tasks_nobody_leads_are_the_tasks_found_at_query_time(demo_graph, neo4j_driver, county, strict):
    records, _, _ = neo4j_driver.execute_query(LIVE_UNLED, county=county, strict=strict)
    expected = sorted((r["task_id"], r["reason"]) for r in records)
    assert expected or county == "平顺县"
    listed = get("tasks_without_lead").run(neo4j_driver, county=county, strict=strict, limit=100_000)
    assert sorted((t.task_id, t.reason) for t in listed) == expected
    if strict:
        assert "no lead (joint responsibility)" in {reason for _, reason in expected}


def test_subgraphs_leave_out_the_derived_pairs_unless_asked():
    schema = load_schema()
    assert schema.derived_rel_types == ["SHARES_DUTIES"]
    assert "SHARES_DUTIES" not in default_rel_types(schema)
    assert "SHARES_DUTIES" not in default_rel_types(schema, include_mentions=True)
    assert "RESPONSIBLE_FOR" in default_rel_types(schema)


def test_a_rebuild_of_the_same_facts_writes_no_aggregate(empty_graph):
    build_graph(empty_graph, "neo4j", facts_of(NOTICE_A, NOTICE_FLOODS, NOTICE_B), ExtractionReport())
    with empty_graph.session() as session:
        for statement in (AGENCY_COUNTS, PERSON_COUNTS, SEAT_COUNTS, LEAD_GAPS, SEARCH_TEXTS, WRITE_PAIRS,
                          DELETE_STALE_PAIRS, ROSTER_ORDERS, HOLDER_ORDERS):
            summary = session.run(statement, batch=BATCH, max=MAX_INDEXED_TEXT, lead_roles=LEAD_ROLES).consume()
            assert not summary.counters.contains_updates, statement
        assert derive_county_counts(empty_graph) == 0
        assert derive_merge_candidates(empty_graph) == 0
        session.run("MATCH (a:Agency) REMOVE a.count_tasks").consume()
        assert session.run(AGENCY_COUNTS, batch=BATCH).consume().counters.properties_set > 0
        session.run("MATCH (p:Person) REMOVE p.busy_score").consume()
        assert session.run(PERSON_COUNTS, batch=BATCH).consume().counters.properties_set > 0
        session.run("MATCH (x:Person) WHERE x.seat_count > 0 SET x.seat_count = 0").consume()
        assert session.run(SEAT_COUNTS, batch=BATCH, lead_roles=LEAD_ROLES).consume().counters.properties_set > 0
        session.run("MATCH (tf:TaskForce) REMOVE tf.roster_order").consume()
        assert session.run(ROSTER_ORDERS, batch=BATCH).consume().counters.properties_set > 0
        session.run("MATCH (post:Post) SET post.holder_order = 'stale'").consume()
        assert session.run(HOLDER_ORDERS, batch=BATCH).consume().counters.properties_set > 0


def test_marks_are_written_only_where_they_changed(empty_graph):
    facts = facts_of(NOTICE_A, NOTICE_FLOODS)
    build_graph(empty_graph, "neo4j", facts, ExtractionReport())
    resolved = resolve(facts_to_build({}, by_source(facts), set(), None), ReviewStage())  # as the build resolved
    marks = by_fact(resolved.review.corpus_marks)
    statement = marks_statement("RESPONSIBLE_FOR")
    # The loader wrote each fact's marks with it: the same values, nothing to set.
    _, summary, _ = empty_graph.execute_query(statement, rows=mark_rows(resolved.documents, marks))
    assert not summary.counters.contains_updates
    doc_id, fact_id = next((d.doc_id, r["props"]["fact_id"]) for d in resolved.documents
                           for r in d.rels[("RESPONSIBLE_FOR", "Agency", "Task")].values())
    marks[doc_id][fact_id] = {**marks[doc_id][fact_id], "confidence": 0.25, "doubts": ["a reviewer doubts it"]}
    before = marks_in_graph(empty_graph)
    _, summary, _ = empty_graph.execute_query(statement, rows=mark_rows(resolved.documents, marks))
    assert summary.counters.contains_updates
    after = marks_in_graph(empty_graph)
    changed = {key for key in before if before[key] != after[key]}
    assert changed and all(changed_fact == fact_id for changed_fact, _ in changed)  # that fact's links, nothing else
    assert all(after[key][:2] == (0.25, ["a reviewer doubts it"]) for key in changed)


def marks_in_graph(driver) -> dict[tuple[str, str], tuple]:
    records, _, _ = driver.execute_query(
        "MATCH ()-[r:RESPONSIBLE_FOR]->() RETURN r.fact_id AS fact_id, r.key AS key, r.confidence AS confidence, "
        "r.doubts AS doubts, r.conflicts AS conflicts")
    return {(r["fact_id"], r["key"]): (r["confidence"], r["doubts"], r["conflicts"]) for r in records}
