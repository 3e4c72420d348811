"""The benchmarks' anchors (benchmarks/anchors.py), measured on the machine of the run: each writes what it times,
and leaves nothing behind. The load's anchor leaves the graph as it found it (no node, relationship or constraint
of its own to show up in the next build); the import's anchor leaves no store or file."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from graph_build.build import rows_for
from graph_build.graph.loader import Loader
from tests.neo4j_fixture import require_java
from tests.test_graph_build import NOTICE_A, facts_of, snapshot

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from anchors import ANCHOR_LABEL, import_anchor, load_anchor

pytest_plugins = ["neo4j_fixture", "graph_fixture"]


def constraint_names(driver) -> set[str]:
    return {r["name"] for r in driver.execute_query("SHOW CONSTRAINTS YIELD name").records}


def test_the_anchor_writes_what_it_times_and_leaves_the_graph_as_it_was(empty_graph):
    Loader(empty_graph).load(rows_for(facts_of(NOTICE_A)))
    before, constraints = snapshot(empty_graph), constraint_names(empty_graph)

    rate = load_anchor(empty_graph, "neo4j", 2_500, rounds=2)  # raises unless each round created 2,500 links

    assert rate > 0
    assert snapshot(empty_graph) == before
    assert constraint_names(empty_graph) == constraints
    left = empty_graph.execute_query(f"MATCH (n:{ANCHOR_LABEL}) RETURN count(n) AS n").records[0]["n"]
    assert left == 0


def test_the_import_anchor_imports_into_a_store_of_its_own_and_removes_it():
    require_java()

    def leftovers() -> set[Path]:
        return set(Path(tempfile.gettempdir()).glob("govkg-import-anchor-*"))

    before = leftovers()
    assert import_anchor(5_000, 500) > 0  # raises unless the tool reports 5,000 relationships imported
    assert leftovers() == before

