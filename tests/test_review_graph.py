"""The review stage in a real Neo4j: judgements replayed on every build, statuses carried into exports, lineage."""

from __future__ import annotations

import json

import pytest
from neo4j import Driver
from review_cases import appointment, assignment, document, membership

from graph_build.build import build_graph
from graph_build.judgements import ReviewStage, read_judgements
from graph_build.judgements.keys import fact_key
from graph_build.judgements.model import parse
from graph_build.judgements.store import append
from graph_build.records import ExtractionReport
from queries.export import export_graph
from queries.library.review import FACT_TYPES, QUEUED
from queries.registry import get
from queries.subgraph import whole_graph

pytest_plugins = ["neo4j_fixture", "graph_fixture"]
AT = "2026-12-01T10:00:00Z"


def build(driver: Driver, facts, judgements=()):
    return build_graph(driver, "neo4j", facts, ExtractionReport(), review=ReviewStage(list(judgements)))


def fact_rels(driver: Driver, fact_id: str) -> list[dict]:
    records, _, _ = driver.execute_query(
        "MATCH (a)-[r {fact_id: $fid}]->(b) RETURN type(r) AS type, a.id AS a, b.id AS b, properties(r) AS p "
        "ORDER BY type", fid=fact_id)
    return [r.data() for r in records]


def exported(driver: Driver, tmp_path) -> dict:
    sub = whole_graph(driver)
    path = export_graph(sub.graph, "json", tmp_path / "graph.json").paths[0]
    return json.loads(path.read_text(encoding="utf-8"))


FACTS = [document("a.txt", "云政任〔2023〕1号", "2023-01-10"),
         appointment("a.txt", "云政任〔2023〕1号", "林远", "县水利局局长"),
         appointment("a.txt", "云政任〔2023〕1号", "苏望", "县财政局局长", line=6),
         assignment("a.txt", "云政任〔2023〕1号", "做好汛期巡查", ("县水利局", "县应急管理局"), lead=("县水利局",),
                    line=8)]


def test_a_rejected_fact_leaves_graph_and_exports_and_a_corrected_one_keeps_its_evidence(empty_graph, tmp_path):
    result = build(empty_graph, FACTS)
    rejected, corrected = FACTS[1]["id"], FACTS[2]["id"]
    assert fact_rels(empty_graph, rejected)
    assert all(r["p"]["review_status"] == "machine-only" for r in fact_rels(empty_graph, corrected))
    assert result.review is not None and sum(result.review.conflict_counts.values()) == len(result.review.conflicts)

    append(tmp_path / "j", parse({"kind": "reject", "fact": fact_key(FACTS[1]), "by": "li", "at": AT,
                                  "why": "not in the notice"}))
    append(tmp_path / "j", parse({"kind": "correct", "fact": fact_key(FACTS[2]), "set": {"post": "县审计局局长"},
                                  "by": "li", "at": AT, "why": "misread"}))
    result = build(empty_graph, FACTS, read_judgements(tmp_path / "j"))
    assert result.review.rejected == [rejected] and not result.review.orphans
    assert not fact_rels(empty_graph, rejected)
    rels = fact_rels(empty_graph, corrected)
    assert {r["b"] for r in rels} == {"post:云溪县:审计局局长"}
    for r in rels:
        assert r["p"]["review_status"] == "corrected"
        assert json.loads(r["p"]["review_original"]) == {"post": "县财政局局长"}
        assert r["p"]["evidence"] == FACTS[2]["evidence"] and r["p"]["line"] == FACTS[2]["line"]
    records, _, _ = empty_graph.execute_query("MATCH (p:Post {id: 'post:云溪县:财政局局长'}) RETURN p")
    assert not records  # the uncorrected post is gone with its only fact

    data = exported(empty_graph, tmp_path)
    edges = data["edges"]
    assert not [e for e in edges if e.get("fact_id") == rejected]
    statuses = {e["review_status"] for e in edges if e.get("fact_id") == corrected}
    assert statuses == {"corrected"}
    assert {e["review_status"] for e in edges if e.get("fact_id") == FACTS[3]["id"]} == {"machine-only"}


def test_a_lineage_judgement_puts_the_predecessors_tasks_in_the_successors_history(empty_graph):
    facts = [document("a.txt", "云政办发〔2018〕3号", "2018-04-01"),
             assignment("a.txt", "云政办发〔2018〕3号", "开展土地执法检查", ("县国土资源局",)),
             document("b.txt", "云政办发〔2023〕3号", "2023-04-01"),
             assignment("b.txt", "云政办发〔2023〕3号", "开展耕地保护督查", ("县自然资源局",))]
    lineage = parse({"kind": "lineage", "from": "agency:云溪县:国土资源局", "to": "agency:云溪县:自然资源局",
                     "change": "renamed", "date": "2019-03", "doc": "云政发〔2019〕1号", "by": "li", "at": AT,
                     "why": "机构改革"})
    orphan = parse({"kind": "lineage", "from": "agency:云溪县:林业局", "to": "agency:云溪县:自然资源局",
                    "change": "merged", "date": "2019-03", "doc": "云政发〔2019〕1号", "by": "li", "at": AT})
    history = get("agency_history")
    build(empty_graph, facts)
    assert [r.task for r in history.run(empty_graph, agency_id="agency:云溪县:自然资源局")] == ["开展耕地保护督查"]

    result = build(empty_graph, facts, [lineage, orphan])
    assert result.review.lineage == 1
    assert [o.judgement.id for o in result.review.orphans] == [orphan.id]
    rows = history.run(empty_graph, agency_id="agency:云溪县:自然资源局")
    assert [(r.task, r.held_by, r.steps_back) for r in rows] == [("开展耕地保护督查", "县自然资源局", 0),
                                                                 ("开展土地执法检查", "县国土资源局", 1)]
    assert len(history.run(empty_graph, agency_id="agency:云溪县:自然资源局", follow_lineage=False)) == 1
    steps = get("agency_lineage").run(empty_graph, agency_id="agency:云溪县:自然资源局")
    assert [(s.agency, s.step, s.change, s.date) for s in steps] == [("县国土资源局", -1, "renamed", "2019-03"),
                                                                    ("县自然资源局", 0, None, None)]
    build(empty_graph, facts)  # the judgement withdrawn: the edge goes
    assert len(history.run(empty_graph, agency_id="agency:云溪县:自然资源局")) == 1


def test_two_people_of_one_name_split_by_a_judgement_stay_split_on_rebuild(empty_graph):
    facts = [document("a.txt", "云政办发〔2023〕2号", "2023-05-01"),
             membership("a.txt", "云政办发〔2023〕2号", "韩宁", ("县水利局局长",)),
             document("b.txt", "云政办发〔2023〕7号", "2023-06-01"),
             membership("b.txt", "云政办发〔2023〕7号", "韩宁", ("县财政局副局长",), body="云溪县河长制工作专班")]
    split = parse({"kind": "different", "entity": "person:云溪县:韩宁", "facts": [fact_key(facts[3])], "label": "2",
                   "by": "li", "at": AT, "why": "two people"})

    def people() -> list[tuple[str, str, list[str]]]:
        records, _, _ = empty_graph.execute_query(
            "MATCH (p:Person) RETURN p.id AS id, p.name AS name, "
            "[(p)-[:HOLDS]->(post) | post.name] AS posts ORDER BY id")
        return [(r["id"], r["name"], r["posts"]) for r in records]

    build(empty_graph, facts)
    assert [(i, n, sorted(p)) for i, n, p in people()] == [("person:云溪县:韩宁", "韩宁",
                                                          sorted(["县水利局局长", "县财政局副局长"]))]
    for _ in range(2):
        result = build(empty_graph, facts, [split])
        assert not result.review.orphans
        assert people() == [("person:云溪县:韩宁", "韩宁", ["县水利局局长"]),
                            ("person:云溪县:韩宁~2", "韩宁", ["县财政局副局长"])]
    assert not result.load.loaded  # the second build with the same judgements changes nothing


def test_the_review_queue_puts_conflicts_first_and_carries_the_fact_key(empty_graph):
    facts = [document("a.txt", "云政任〔2023〕3号", "2023-03-01"),
             appointment("a.txt", "云政任〔2023〕3号", "周衡", "县财政局局长", action="remove"),
             appointment("a.txt", "云政任〔2023〕3号", "林远", "县财政局副局长", line=6),
             appointment("a.txt", "云政任〔2023〕3号", "林远", "县财政局副局长", action="remove", line=7)]
    build(empty_graph, facts)
    queue = get("review_queue").run(empty_graph, limit=10)
    assert queue[0].fact_id == facts[1]["id"]
    assert any(c.startswith("removal_without_tenure") for c in queue[0].conflicts)
    assert json.loads(queue[0].fact_key) == fact_key(facts[1])
    assert queue[0].evidence == facts[1]["evidence"] and queue[0].doc_number == "云政任〔2023〕3号"
    assert {r.fact_id for r in queue} >= {f["id"] for f in facts[1:]}


# The review queue as it was before the review order was kept: every queued fact of the graph sorted at once.
EVERY_FACT_SORTED = """
    MATCH ()-[r:""" + FACT_TYPES + """]->()
    WHERE """ + QUEUED.format(r="r") + """
    WITH r ORDER BY type(r), r.key
    WITH r.fact_id AS fact_id, head(collect(r)) AS r
    RETURN fact_id, r.doc_id AS doc_id, r.line AS line, r.confidence AS confidence, r.review_status AS status,
           coalesce(r.conflicts, []) AS conflicts
    ORDER BY size(conflicts) DESC, confidence, doc_id, line, fact_id
    LIMIT $limit
"""


@pytest.mark.parametrize("params", [{}, {"status": "all"}, {"only_flagged": True}, {"limit": 1},
                                    {"status": "all", "only_flagged": True, "limit": 500}, {"status": "confirmed"}])
def test_the_review_queue_lists_the_facts_that_sorting_every_fact_would(demo_graph, neo4j_driver, params):
    query = get("review_queue")
    bound = query.bind(params)
    expected, _, _ = neo4j_driver.execute_query(EVERY_FACT_SORTED, bound)
    queue = query.run(neo4j_driver, **params)
    assert [(q.fact_id, q.doc_id, q.line, q.confidence, q.status, q.conflicts) for q in queue] == [
        (e["fact_id"], e["doc_id"], e["line"], e["confidence"], e["status"], e["conflicts"]) for e in expected]
    assert queue or params.get("status") == "confirmed"


QUEUE_PARAMS = [{"status": s, "only_flagged": f, "limit": n} for s in ("machine-only", "confirmed", "corrected", "all")
                for f in (False, True) for n in (1, 50)]


def same_queue(driver: Driver) -> dict[str, int]:
    """The queue gives what sorting every fact gives, for every status, flag and limit; returns the rows by status."""
    listed = {}
    query = get("review_queue")
    for params in QUEUE_PARAMS:
        expected, _, _ = driver.execute_query(EVERY_FACT_SORTED, query.bind(params))
        queue = query.run(driver, **params)
        assert [(q.fact_id, q.doc_id, q.line, q.confidence, q.status, q.conflicts) for q in queue] == [
            (e["fact_id"], e["doc_id"], e["line"], e["confidence"], e["status"], e["conflicts"]) for e in expected
        ], params
        if params["limit"] == 50:
            listed[f"{params['status']}{' flagged' if params['only_flagged'] else ''}"] = len(queue)
    return listed


def test_the_queue_of_each_status_follows_the_judgements_of_a_later_build(empty_graph):
    facts = [document("a.txt", "云政任〔2023〕3号", "2023-03-01"),
             appointment("a.txt", "云政任〔2023〕3号", "周衡", "县财政局局长", action="remove"),
             appointment("a.txt", "云政任〔2023〕3号", "林远", "县财政局副局长", line=6),
             appointment("a.txt", "云政任〔2023〕3号", "苏望", "县水利局局长", line=8),
             assignment("a.txt", "云政任〔2023〕3号", "做好汛期巡查", ("县水利局", "县应急管理局"), lead=("县水利局",),
                        line=9)]
    judgements = [parse({"kind": "confirm", "fact": fact_key(facts[1]), "by": "li", "at": AT, "why": "checked"}),
                  parse({"kind": "correct", "fact": fact_key(facts[3]), "set": {"post": "县审计局局长"}, "by": "li",
                         "at": AT, "why": "misread"})]
    build(empty_graph, facts)
    machine = same_queue(empty_graph)
    assert machine["confirmed"] == machine["corrected"] == 0 and machine["machine-only flagged"] > 0

    build(empty_graph, facts, judgements)  # a confirmed fact with a conflict, and a corrected one
    judged = same_queue(empty_graph)
    assert judged["confirmed"] == judged["confirmed flagged"] == 1 and judged["corrected"] == 1
    assert judged["machine-only"] == machine["machine-only"] - 2 and judged["all"] == machine["all"]

    build(empty_graph, facts)  # the judgements withdrawn
    assert same_queue(empty_graph) == machine


def marks_of(driver: Driver) -> dict[str, dict]:
    keys = ("confidence", "doubts", "conflicts", "review_order", "review_status_order", "review_flag_order")
    records, _, _ = driver.execute_query("MATCH ()-[r]->() WHERE r.fact_id IS NOT NULL "
                                         "RETURN r.key AS key, properties(r) AS p")
    return {r["key"]: {k: r["p"].get(k) for k in keys} for r in records}


def test_a_document_left_unchanged_gets_the_conflict_a_later_document_brings(empty_graph):
    first = [document("a.txt", "云政任〔2023〕1号", "2023-01-10"),
             appointment("a.txt", "云政任〔2023〕1号", "林远", "县水利局局长")]
    later = [document("b.txt", "云政任〔2023〕9号", "2023-06-01"),
             appointment("b.txt", "云政任〔2023〕9号", "苏望", "县水利局局长")]
    build(empty_graph, first)
    appointed = first[1]["id"]  # the key of its APPOINTED_TO link
    before = marks_of(empty_graph)[appointed]
    result = build(empty_graph, first + later)
    assert result.load.unchanged == ["doc:云溪县人民政府:云政任〔2023〕1号"]  # not written again: marked after
    marks = marks_of(empty_graph)
    new = set(marks[appointed]["conflicts"]) - set(before["conflicts"] or [])
    assert len(new) == 1 and "苏望" in new.pop()
    assert marks[appointed]["review_order"] < before["review_order"]  # one more conflict: earlier in the queue
    empty_graph.execute_query("MATCH (n) DETACH DELETE n")
    build(empty_graph, first + later)  # both written with their marks
    assert marks_of(empty_graph) == marks
