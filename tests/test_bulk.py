"""``govkg build --bulk``: neo4j-admin import into the local server gives the same graph as the online build."""

from __future__ import annotations

import argparse
import csv
import io
from pathlib import Path

from neo4j import GraphDatabase
from rich.console import Console

from govkg import bulk_command
from govkg.settings import Settings
from graph_build import build as build_module
from graph_build.build import build_graph, by_source, rows_for
from graph_build.graph.bulk import ARRAY_DELIMITER, READ_BUFFER, write_import_files
from graph_build.graph.store import stored_text
from graph_build.judgements import ReviewStage
from graph_build.judgements.keys import fact_key
from graph_build.judgements.model import Confirm, Judgement, Reject
from graph_build.records import ExtractionReport
from queries.registry import get
from tests.test_graph_build import NOTICE_A, NOTICE_B, facts_of, snapshot

pytest_plugins = ["neo4j_fixture", "graph_fixture"]
AT = "2026-12-01T10:00:00Z"


def graph(driver) -> tuple[list, list]:
    """The snapshot of the graph, less the one property two builds may differ on whatever the path.

    A by-post roster seat names ``via_tenure``, one of two tenures starting on the same day, picked in
    arbitrary order (issue 8, item 6; graph_build/graph/seats.py): not a difference of the bulk path.
    """
    nodes, rels = snapshot(driver)
    for rel in rels:
        rel["p"].pop("via_tenure", None)
    return nodes, rels


def bulk_args(directory: Path, replace: bool = False) -> argparse.Namespace:
    return argparse.Namespace(bulk=True, replace=replace, bulk_dir=str(directory))


def judged(facts: list[dict]) -> list[Judgement]:
    """A judgement confirming the first appointment and one rejecting the first assignment: reviewed facts, whose
    marks and review orders differ from the machine's."""
    first = {kind: next(f for f in facts if f["type"] == kind) for kind in ("appointment", "assignment")}
    return [Confirm(fact=fact_key(first["appointment"]), by="test", at=AT),
            Reject(fact=fact_key(first["assignment"]), by="test", at=AT)]


def test_bulk_and_online_builds_give_the_same_graph(empty_graph, local_neo4j, demo_facts, tmp_path, monkeypatch):
    judgements = judged(demo_facts)
    online = build_graph(empty_graph, "neo4j", demo_facts, ExtractionReport(), review=ReviewStage(judgements))
    assert online.ok and online.review.confirmed == 1 and len(online.review.rejected) == 1
    expected = graph(empty_graph)
    # What the import writes that an online build sets after loading is all there to compare: the corpus-wide
    # marks with the review queue's orders (of a confirmed fact too), and the facts store.
    nodes, rels = expected
    marked = {key for rel in rels for key in rel["p"]}
    assert {"confidence", "doubts", "conflicts", "review_order", "review_status_order", "review_flag_order"} <= marked
    assert {rel["p"].get("review_status") for rel in rels} >= {"confirmed", "machine-only"}
    assert any(node["id"] is None and "facts" in node["p"] for node in nodes)
    out = io.StringIO()
    resolutions = []
    original = build_module.document_rows
    monkeypatch.setattr(build_module, "document_rows", lambda facts: (resolutions.append(1), original(facts))[1])
    status, result = bulk_command.run(bulk_args(tmp_path, replace=True), demo_facts, ExtractionReport(),
                                      local_neo4j.settings, Console(file=out, width=200), judgements)
    assert status == 0, out.getvalue()
    assert len(resolutions) == 1  # the finishing build took the resolution the files were written from
    assert result is not None and len(result.load.loaded) == online.documents and not result.load.failed
    assert result.nodes == online.nodes and result.relationships == online.relationships
    assert [c.ok for c in result.checks] == [c.ok for c in online.checks]
    # The database was replaced: a new driver, as the next command would make (the old one's bookmarks are of the
    # database that is gone).
    settings = local_neo4j.settings
    with GraphDatabase.driver(settings.neo4j_uri, auth=settings.auth) as after:
        assert graph(after) == expected
        # a later online build of the same corpus finds every document as the import left it
        again = build_graph(after, "neo4j", demo_facts, ExtractionReport(), review=ReviewStage(judgements))
        assert again.load.loaded == [] and graph(after) == expected
        # and named queries, which keep no bookmarks, still answer on a driver made before the import
        assert get("graph_overview").run(empty_graph)


def test_bulk_refuses_a_graph_that_is_not_empty_without_replace(empty_graph, local_neo4j, tmp_path):
    build_graph(empty_graph, "neo4j", facts_of(NOTICE_A), ExtractionReport())
    before = snapshot(empty_graph)
    out = io.StringIO()
    status, _ = bulk_command.run(bulk_args(tmp_path), facts_of(NOTICE_B), ExtractionReport(),
                                 local_neo4j.settings, Console(file=out, width=200))
    assert status == 2 and "--replace" in out.getvalue()
    assert snapshot(empty_graph) == before


def test_for_a_remote_server_the_files_are_written_and_the_command_printed(tmp_path):
    settings = Settings.from_env({"NEO4J_URI": "neo4j://db.example.org:7687", "NEO4J_PASSWORD": "secret-pw"})
    out = io.StringIO()
    status, result = bulk_command.run(bulk_args(tmp_path), facts_of(NOTICE_A, NOTICE_B), ExtractionReport(),
                                      settings, Console(file=out, width=400))
    assert status == 0 and result is None
    assert "neo4j-admin database import full" in out.getvalue()
    assert "--nodes=Agency=" in out.getvalue() and str(tmp_path) in out.getvalue()
    assert (tmp_path / "nodes_Document.csv").is_file()


def test_csv_cells_keep_commas_quotes_newlines_and_lists(tmp_path):
    docs = rows_for(facts_of(NOTICE_A))
    doc = docs[0]
    doc.node("Document", doc.doc_id, title='a, "quoted"\nline; two', lines=[3, 1])
    files = write_import_files(docs, tmp_path)
    with open(tmp_path / "nodes_Document.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    header, row = rows[0], rows[1]
    assert header[0] == "id:ID(Document)" and "lines:long[]" in header
    assert row[header.index("title")] == 'a, "quoted"\nline; two'
    assert row[header.index("lines:long[]")] == f"3{ARRAY_DELIMITER}1"
    assert f"--array-delimiter={ARRAY_DELIMITER}" in files.arguments("neo4j")


def test_the_facts_store_is_written_as_store_facts_keeps_it(tmp_path):
    facts = facts_of(NOTICE_A, NOTICE_B)
    store = by_source(facts)
    files = write_import_files(rows_for(facts), tmp_path, store=store)
    with open(tmp_path / "nodes_SourceFacts.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["source:ID(SourceFacts)", "facts", "digest", "count:long"]
    assert [row[0] for row in rows[1:]] == sorted(store)
    for source, text, digest, count in rows[1:]:
        assert (text, digest) == stored_text(store[source]) and int(count) == len(store[source])
    # neo4j-admin reads a field only if it fits its read buffer: a longer one gets a larger buffer
    assert not any(arg.startswith("--read-buffer-size") for arg in files.arguments("neo4j"))
    files.longest = READ_BUFFER
    assert f"--read-buffer-size={READ_BUFFER * 8}" in files.arguments("neo4j")
