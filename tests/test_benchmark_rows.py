"""The load benchmarks (benchmarks/load_throughput.py, end_to_end.py) time the rows ``govkg build`` writes:
``marked_rows`` loaded on their own give the graph that the build's load gives (reviewed rows, the corpus-wide
marks passed to the loader), but for each document's digest, which is made from its rows; and each copy the
benchmark makes carries its own marks."""

from __future__ import annotations

import sys
from pathlib import Path

from graph_build.build import resolve
from graph_build.graph.loader import Loader
from graph_build.judgements import ReviewStage
from tests.graph_fixture import wipe
from tests.test_graph_build import NOTICE_A, NOTICE_B, NOTICE_OTHER_COUNTY, facts_of, snapshot

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from load_throughput import marked_rows

pytest_plugins = ["neo4j_fixture", "graph_fixture"]


def without_digests(graph: tuple[list, list]) -> tuple[list, list]:
    nodes, rels = graph
    return [{**n, "p": {k: v for k, v in n["p"].items() if k != "rows_digest"}} for n in nodes], rels


def test_the_benchmark_loads_what_the_build_loads(empty_graph):
    facts = facts_of(NOTICE_A, NOTICE_B, NOTICE_OTHER_COUNTY)
    resolved = resolve(facts, ReviewStage())
    Loader(empty_graph).load(resolved.documents, marks=resolved.review.corpus_marks)  # as build_graph loads
    built = snapshot(empty_graph)
    wipe(empty_graph)

    Loader(empty_graph).load(marked_rows(facts))

    assert without_digests(snapshot(empty_graph)) == without_digests(built)
    assert any("review_order" in r["p"] for r in built[1])  # the marks are there to compare


def test_each_copy_of_the_benchmark_rows_has_its_own_sort_keys():
    """The review queue's sort keys name the document and the fact: a copy's keys name the copy's."""
    facts = facts_of(NOTICE_A, NOTICE_B)
    rows = marked_rows(facts, copies=2)
    ordered = [row["props"] for doc in rows for rels in doc.rels.values() for row in rels.values()
               if "review_order" in row["props"]]
    assert ordered and any(p["doc_id"].endswith("#1") for p in ordered)
    for props in ordered:
        assert props["review_order"].endswith(f"\t{props['fact_id']}")
        assert f"\t{props['doc_id']}\t" in props["review_order"]
