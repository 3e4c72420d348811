"""Builds are deterministic: two clean builds of the demo corpus are equal property for property, and a roster
seat given by post picks the same tenure whatever order the graph stores two tenures of the same date in."""

from __future__ import annotations

from typing import Any

from graph_fixture import wipe
from neo4j import Driver

from graph_build.build import build_graph
from graph_build.graph.seats import link_seats_by_post
from graph_build.records import ExtractionReport

pytest_plugins = ["neo4j_fixture", "graph_fixture"]


def dump(driver: Driver) -> tuple[list[Any], list[Any]]:
    """Every node (labels, properties) and relationship (type, ends, properties), sorted: a graph's content."""
    nodes = driver.execute_query(
        "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props").records
    rels = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.id, a.source) AS a, coalesce(b.id, b.source) AS b, "
        "properties(r) AS props").records
    return (sorted(repr((sorted(r["labels"]), sorted(r["props"].items()))) for r in nodes),
            sorted(repr((r["type"], r["a"], r["b"], sorted(r["props"].items()))) for r in rels))


def first_difference(a: list[Any], b: list[Any]) -> str:
    only_a, only_b = sorted(set(a) - set(b)), sorted(set(b) - set(a))
    return f"{len(only_a)} only in the first, {len(only_b)} only in the second: {only_a[:2]} / {only_b[:2]}"


def test_two_clean_builds_are_equal_property_for_property(empty_graph: Driver, demo_facts):
    build_graph(empty_graph, "neo4j", demo_facts, ExtractionReport())
    first = dump(empty_graph)
    wipe(empty_graph)
    build_graph(empty_graph, "neo4j", demo_facts, ExtractionReport())
    second = dump(empty_graph)
    assert first[0] == second[0], first_difference(first[0], second[0])
    assert first[1] == second[1], first_difference(first[1], second[1])


SEAT = """
CREATE (a:Agency {id: 'agency:县:水利局', name: '县水利局'})
CREATE (post:Post {id: 'post:县:水利局局长', name: '县水利局局长', is_head: true})-[:POST_IN]->(a)
CREATE (tf:TaskForce {id: 'tf:县:专班', name: '专班'})
CREATE (a)-[:MEMBER_OF {key: 'seat', head: '主要负责人', as_of: '2023-06-01', role: '成员', fact_id: 'f-seat',
        doc_id: 'doc', source: 's.txt', line: 1, evidence: 'e'}]->(tf)
WITH post
UNWIND $people AS name
CREATE (p:Person {id: 'person:县:' + name, name: name})
CREATE (p)-[:HOLDS {basis: 'appointment', valid_from: '2023-01-09', fact_id: 'f-' + name}]->(post)
"""


def test_a_seat_by_post_picks_the_same_tenure_whatever_the_storage_order(empty_graph: Driver):
    picked = []
    for people in (["张三", "李四"], ["李四", "张三"]):
        wipe(empty_graph)
        empty_graph.execute_query(SEAT, people=people)
        assert link_seats_by_post(empty_graph) == 1
        record = empty_graph.execute_query(
            "MATCH (p:Person)-[r:MEMBER_OF {basis: 'by_post'}]->() RETURN p.name AS name, r.via_tenure AS via"
        ).records[0]
        picked.append((record["name"], record["via"]))
    assert picked[0] == picked[1]
