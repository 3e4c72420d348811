"""The load benchmark's anchor (benchmarks/load_throughput.py): it measures the server it is given, and leaves the
graph as it found it: no node, relationship or constraint of its own stays behind to show up in the next build."""

from __future__ import annotations

import sys
from pathlib import Path

from graph_build.build import rows_for
from graph_build.graph.loader import Loader
from tests.test_graph_build import NOTICE_A, facts_of, snapshot

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from load_throughput import ANCHOR_LABEL, anchor_rate

pytest_plugins = ["neo4j_fixture", "graph_fixture"]


def constraint_names(driver) -> set[str]:
    return {r["name"] for r in driver.execute_query("SHOW CONSTRAINTS YIELD name").records}


def test_the_anchor_writes_what_it_times_and_leaves_the_graph_as_it_was(empty_graph):
    Loader(empty_graph).load(rows_for(facts_of(NOTICE_A)))
    before, constraints = snapshot(empty_graph), constraint_names(empty_graph)

    rate = anchor_rate(empty_graph, "neo4j", 2_500, rounds=2)  # raises unless each round created 2,500 links

    assert rate > 0
    assert snapshot(empty_graph) == before
    assert constraint_names(empty_graph) == constraints
    left = empty_graph.execute_query(f"MATCH (n:{ANCHOR_LABEL}) RETURN count(n) AS n").records[0]["n"]
    assert left == 0
