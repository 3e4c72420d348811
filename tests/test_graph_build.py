"""Building the graph in a real Neo4j: idempotent rebuilds, replace-on-change, rollback, resolution, checks."""

from __future__ import annotations

from dataclasses import replace

import pytest
from neo4j import Driver

from graph_build.build import build_graph, rows_for
from graph_build.graph.loader import Loader, LoadError
from graph_build.pipeline import Extractor
from graph_build.records import ExtractionReport

pytest_plugins = ["neo4j_fixture", "graph_fixture"]

NOTICE_A = """稷山县人民政府办公室关于印发稷山县气象工作方案的通知

稷政办发〔2023〕40号

各乡（镇）人民政府：

1.建设精密气象监测系统。优化站网布局。（责任单位：县气象局、县市场监管局）

2.加强市场秩序监管。开展专项整治。（责任单位：县市场局、稷山县水利局）

稷山县人民政府办公室

2023年7月5日
"""

NOTICE_B = """稷山县人民政府办公室关于成立稷山县防汛工作专班的通知

稷政办发〔2023〕41号

各乡（镇）人民政府：

组长：王 润 县委副书记、政府县长

成员：杨志军 县财政局局长

赵 鹏 县水利局局长

稷山县人民政府办公室

2023年7月6日
"""

NOTICE_OTHER_COUNTY = """平顺县人民政府办公室关于印发平顺县气象工作方案的通知

平政办发〔2023〕42号

各乡（镇）人民政府：

1.建设气象监测系统。优化站网布局。（责任单位：县气象局、县水利局）

平顺县人民政府办公室

2023年12月12日
"""


def facts_of(*texts: str) -> list[dict]:
    extractor = Extractor()
    out = []
    for i, text in enumerate(texts):
        out += [f.to_json() for f in extractor.facts_from_text(text, name=f"g{i}.txt")]
    return out


def snapshot(driver: Driver) -> tuple[list, list]:
    """Every node and relationship with its properties, in an order that depends on them alone (nodes without
    an id, the facts store's and the findings', by their properties: the server returns those in any order)."""
    nodes, _, _ = driver.execute_query("MATCH (n) RETURN n.id AS id, properties(n) AS p")
    rels, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, r.key AS k, b.id AS b, properties(r) AS p "
        "ORDER BY a, t, k, b"
    )
    ordered = sorted((r.data() for r in nodes),
                     key=lambda n: (n["id"] is None, n["id"] or "", repr(sorted(n["p"].items()))))
    return ordered, [r.data() for r in rels]


def one(driver: Driver, cypher: str, **params):
    records, _, _ = driver.execute_query(cypher, params)
    return [r.data() for r in records]


def test_demo_corpus_loads_every_document(demo_graph):
    assert demo_graph.ok, demo_graph.load.failed
    assert demo_graph.documents >= 60
    assert demo_graph.nodes["Document"] == demo_graph.documents
    for label in ("County", "Agency", "Person", "Post", "TaskForce", "Task", "Field"):
        assert demo_graph.nodes[label] > 0, label
    assert demo_graph.relationships["RESPONSIBLE_FOR"] > 1000
    assert demo_graph.findings["facts_without_provenance"] == 0  # every fact cites a document in the graph


def test_every_fact_edge_cites_its_document_and_sentence(demo_graph, neo4j_driver):
    rows = one(neo4j_driver, """
        MATCH (p:Person {name: '南选智'})-[r:OVERSEES]->(a:Agency {name: '县审计局'})
        MATCH (d:Document {id: r.doc_id})
        RETURN r.relation AS relation, d.doc_number AS doc, r.source AS source, r.line AS line,
               r.evidence AS evidence""")
    assert len(rows) == 1
    row = rows[0]
    assert (row["relation"], row["doc"], row["source"], row["line"]) == (
        "协助", "稷政办发〔2021〕22号", "004_cdcde2bea1578bee.txt", 2985)
    assert "南选智" in row["evidence"] and "协助县长联系县审计局" in row["evidence"]


def test_rebuilding_the_same_corpus_changes_nothing(demo_graph, neo4j_driver, demo_facts):
    before = snapshot(neo4j_driver)
    again = build_graph(neo4j_driver, "neo4j", demo_facts, ExtractionReport())
    assert again.load.loaded == [] and len(again.load.unchanged) == demo_graph.documents
    assert snapshot(neo4j_driver) == before


def test_a_changed_document_replaces_its_own_facts_and_nothing_else(empty_graph):
    build_graph(empty_graph, "neo4j", facts_of(NOTICE_A, NOTICE_B), ExtractionReport())
    roster_before = one(empty_graph, "MATCH ()-[r:MEMBER_OF]->() RETURN r.fact_id AS f, elementId(r) AS e ORDER BY f")
    changed = NOTICE_A.replace("县市场局、稷山县水利局", "县财政局")
    result = build_graph(empty_graph, "neo4j", facts_of(changed, NOTICE_B), ExtractionReport())
    assert len(result.load.loaded) == 1 and len(result.load.unchanged) == 1
    task_units = one(empty_graph, """
        MATCH (a:Agency)-[:RESPONSIBLE_FOR]->(t:Task) WHERE t.name STARTS WITH '加强市场秩序监管'
        RETURN a.canonical AS unit""")
    assert [r["unit"] for r in task_units] == ["财政局"]
    assert one(empty_graph, "MATCH ()-[r:MEMBER_OF]->() RETURN r.fact_id AS f, elementId(r) AS e ORDER BY f") \
        == roster_before
    # the water bureau is still named by the roster's posts; nothing orphaned is left behind
    assert one(empty_graph, "MATCH (n) WHERE NOT n:SourceFacts AND NOT (n)--() RETURN count(n) AS n") == [{"n": 0}]


def test_a_failing_document_is_rolled_back_and_the_others_load(empty_graph):
    docs = rows_for(facts_of(NOTICE_A, NOTICE_B))
    loader = Loader(empty_graph)
    loader.load(docs)
    before = snapshot(empty_graph)
    bad = docs[0]
    # a property value Neo4j cannot store (a map inside a list) makes the write fail half-way through
    rels = bad.rels[("RESPONSIBLE_FOR", "Agency", "Task")]
    key = sorted(rels)[-1]
    rels[key] = {**rels[key], "props": {**rels[key]["props"], "deadline": [{"not": "storable"}]}}
    with pytest.raises(LoadError) as err:
        loader.load_document(replace(bad), force=True)
    assert bad.doc_id in str(err.value)
    assert snapshot(empty_graph) == before  # nothing of the failed write is left


def test_agency_spellings_merge_within_a_county_and_not_across(empty_graph):
    build_graph(empty_graph, "neo4j", facts_of(NOTICE_A, NOTICE_B, NOTICE_OTHER_COUNTY), ExtractionReport())
    market = one(empty_graph, "MATCH (a:Agency) WHERE a.county = '稷山县' AND a.name CONTAINS '市场' "
                              "RETURN a.id AS id, a.aliases AS aliases")
    assert len(market) == 1 and {"县市场监管局", "县市场局"} <= set(market[0]["aliases"])
    water = one(empty_graph, "MATCH (a:Agency) WHERE a.canonical CONTAINS '水利局' RETURN a.county AS c ORDER BY c")
    assert [r["c"] for r in water] == ["平顺县", "稷山县"]
    weather = one(empty_graph, "MATCH (a:Agency)-[:RESPONSIBLE_FOR]->(t:Task)-[:MENTIONED_IN]->(d:Document) "
                               "WHERE a.canonical CONTAINS '气象局' RETURN a.county AS c, d.county AS dc")
    assert all(r["c"] == r["dc"] for r in weather) and len({r["c"] for r in weather}) == 2


def test_posts_have_holders_over_time_and_who_held_a_post_on_a_date_is_answerable(empty_graph):
    appoint = """稷山县人民政府关于张三等同志任免职务的通知

稷政任字〔2023〕1号

各乡（镇）人民政府：

经研究决定，任命：

张 三同志为县水利局局长；

免去：

李四同志县水利局局长职务。

稷山县人民政府

2023年1月9日
"""
    build_graph(empty_graph, "neo4j", facts_of(NOTICE_B, appoint), ExtractionReport())
    who_held = """
        MATCH (p:Person)-[h:HOLDS]->(post:Post {canonical: $post})
        WHERE h.basis <> 'removal' AND coalesce(h.valid_from, h.observed_on) <= $date
          AND (h.derived_to IS NULL OR h.derived_to > $date)
        RETURN p.name AS person, h.basis AS basis, h.status AS status ORDER BY person"""
    # 张三 was appointed on 2023-01-09; 赵鹏 sits on the roster of 2023-07-06 as 县水利局局长
    assert one(empty_graph, who_held, post="水利局局长", date="2023-03-01") == [
        {"person": "张三", "basis": "appointment", "status": "ended"}]
    assert one(empty_graph, who_held, post="水利局局长", date="2023-08-01") == [
        {"person": "赵鹏", "basis": "roster", "status": "unknown"}]
    removed = one(empty_graph, """
        MATCH (p:Person {name: '李四'})-[h:HOLDS]->(post:Post)-[:POST_IN]->(a:Agency)
        RETURN post.canonical AS post, a.canonical AS agency, h.valid_to AS until, h.status AS status""")
    assert removed == [{"post": "水利局局长", "agency": "水利局", "until": "2023-01-09", "status": "ended"}]


def test_prune_removes_documents_left_out_of_the_build_and_only_those(empty_graph):
    build_graph(empty_graph, "neo4j", facts_of(NOTICE_A, NOTICE_B), ExtractionReport())
    tasks_before = one(empty_graph, "MATCH (t:Task) RETURN t.id AS id ORDER BY id")
    kept = build_graph(empty_graph, "neo4j", facts_of(NOTICE_A), ExtractionReport(), prune=True)
    assert kept.load.pruned == ["doc:稷山县人民政府办公室:稷政办发〔2023〕41号"] and len(kept.load.unchanged) == 1
    assert one(empty_graph, "MATCH (t:Task) RETURN t.id AS id ORDER BY id") == tasks_before
    assert one(empty_graph, "MATCH ()-[r:MEMBER_OF]->() RETURN count(r) AS n") == [{"n": 0}]
    assert one(empty_graph, "MATCH (p:Person) RETURN count(p) AS n") == [{"n": 0}]


def test_a_seat_given_by_post_is_linked_to_the_person_in_that_post_on_the_date(empty_graph):
    seat = """稷山县人民政府办公室关于成立稷山县抗旱工作领导小组的通知

稷政办发〔2023〕45号

组长：县水利局主要负责人

成员单位：县财政局、县气象局

稷山县人民政府办公室

2023年8月1日
"""
    build_graph(empty_graph, "neo4j", facts_of(NOTICE_B, seat), ExtractionReport())
    linked = one(empty_graph, """
        MATCH (p:Person)-[r:MEMBER_OF {basis: 'by_post'}]->(tf:TaskForce)
        RETURN p.name AS person, r.role AS role, r.via_post AS post, tf.name AS body, r.line AS line""")
    assert linked == [{"person": "赵鹏", "role": "组长", "post": "县水利局局长", "body": "稷山县抗旱工作领导小组",
                       "line": 5}]


def test_the_facts_store_writes_a_file_again_only_when_its_facts_changed(empty_graph):
    from graph_build.graph.store import ensure_store, held_facts, store_facts

    ensure_store(empty_graph, "neo4j")
    first = {"a.txt": [{"type": "document", "n": 1}], "b.txt": [{"type": "document", "n": 2}]}
    assert store_facts(empty_graph, "neo4j", first) == 2
    assert store_facts(empty_graph, "neo4j", first) == 0  # unchanged: nothing written
    changed = {**first, "b.txt": [{"type": "document", "n": 3}]}
    assert store_facts(empty_graph, "neo4j", changed) == 1
    assert held_facts(empty_graph, "neo4j") == changed
