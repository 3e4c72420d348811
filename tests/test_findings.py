"""The whole-graph data checks, run by every build and kept in the graph as findings: the named queries of the
same names list what the last build found, a fact that lost its evidence or a node that nothing ties in is found
by the next build, and findings are neither entities nor rewritten when unchanged."""

from __future__ import annotations

from graph_build.build import build_graph
from graph_build.graph.findings import COLUMNS, LABEL, record_findings, scan
from graph_build.graph.loader import graph_counts
from graph_build.records import ExtractionReport
from queries.registry import get
from queries.subgraph import whole_graph
from tests.test_graph_build import NOTICE_A, facts_of

pytest_plugins = ["neo4j_fixture", "graph_fixture"]


def finding_ids(driver) -> list[str]:
    records, _, _ = driver.execute_query(f"MATCH (f:{LABEL}) RETURN elementId(f) AS id ORDER BY id")
    return [r["id"] for r in records]


def test_the_queries_list_what_the_last_build_found(demo_graph, neo4j_driver):
    assert demo_graph.findings == {"facts_without_provenance": 0, "orphan_nodes": len(scan(
        neo4j_driver, "neo4j", "orphan_nodes"))}
    orphans = get("orphan_nodes").run(neo4j_driver, limit=1000)
    assert [(o.id, o.label, o.name, o.county, o.reason) for o in orphans] == sorted(
        (f["node_id"], f["label"], f["name"], f["county"], f["reason"])
        for f in scan(neo4j_driver, "neo4j", "orphan_nodes"))


def test_a_fact_without_evidence_and_a_node_nothing_ties_in_are_found_by_the_next_build(empty_graph):
    facts = facts_of(NOTICE_A)
    result = build_graph(empty_graph, "neo4j", facts, ExtractionReport())
    assert result.findings["facts_without_provenance"] == 0
    empty_graph.execute_query("MATCH ()-[r:RESPONSIBLE_FOR]->() WITH r ORDER BY r.key LIMIT 1 REMOVE r.evidence")
    empty_graph.execute_query("CREATE (:Agency {id: 'agency:稷山县:档案馆', name: '县档案馆', county: '稷山县'})")
    assert get("facts_without_provenance").run(empty_graph) == []  # as the last build found

    counts = record_findings(empty_graph, "neo4j")  # what a build does last
    for check in ("facts_without_provenance", "orphan_nodes"):
        assert {"check", *scan(empty_graph, "neo4j", check)[0]} <= set(COLUMNS)
    assert counts["facts_without_provenance"] == 1
    [missing] = get("facts_without_provenance").run(empty_graph)
    assert (missing.kind, missing.type, missing.missing) == ("relationship", "RESPONSIBLE_FOR", ["evidence"])
    assert missing.doc_id and missing.fact_id and missing.to_id.startswith("task:")
    orphans = {(o.id, o.reason) for o in get("orphan_nodes").run(empty_graph)}
    assert ("agency:稷山县:档案馆", "no document mentions it") in orphans

    build_graph(empty_graph, "neo4j", facts, ExtractionReport())  # the load removes the orphan
    assert ("agency:稷山县:档案馆", "no document mentions it") not in {
        (o.id, o.reason) for o in get("orphan_nodes").run(empty_graph)}


def test_unchanged_findings_are_not_rewritten(demo_graph, neo4j_driver):
    before = finding_ids(neo4j_driver)
    assert before  # the demo graph has orphan tasks (no unit named)
    record_findings(neo4j_driver, "neo4j")
    assert finding_ids(neo4j_driver) == before


def test_findings_are_not_entities(demo_graph, neo4j_driver):
    nodes, _ = graph_counts(neo4j_driver)
    assert LABEL not in nodes
    everything = whole_graph(neo4j_driver).graph
    assert everything.number_of_nodes() and all(attrs["label"] != LABEL for _, attrs in everything.nodes(data=True))
