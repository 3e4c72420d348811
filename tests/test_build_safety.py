"""A build never destroys what it should keep (issue 8): a mistyped --prune path removes nothing, a file that
failed to read keeps its documents, a prune of most of the graph asks for --yes; a subset build gives the same
graph as the full build; the same gazette under two names is loaded once; odd paths and bad facts files get
messages, not tracebacks; Neo4j lost during a build is a message."""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import socket
import threading
from pathlib import Path

import pytest
from graph_fixture import wipe
from neo4j import Driver
from rich.console import Console
from test_build_cli import govkg
from test_build_determinism import dump, first_difference
from test_graph_build import NOTICE_A, NOTICE_B, NOTICE_OTHER_COUNTY

from govkg import build_command, export_command
from graph_build.build import PruneRefused, build_graph
from graph_build.facts_file import FactsFileError, read_facts
from graph_build.pipeline import Extractor
from graph_build.records import ExtractionReport

pytest_plugins = ["neo4j_fixture", "graph_fixture"]
DOWN = {"NEO4J_URI": "bolt://127.0.0.1:1", "GOVKG_NEO4J_PORT": ""}


def files(tmp: Path, **texts: str) -> Path:
    tmp.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (tmp / f"{name}.txt").write_text(text, encoding="utf-8")
    return tmp


def read(paths: list[Path]) -> tuple[list[dict], ExtractionReport]:
    report = ExtractionReport()
    facts = [f.to_json() for f in Extractor().run(paths, report)]
    return facts, report


def count(driver: Driver, cypher: str) -> int:
    return int(driver.execute_query(cypher).records[0][0])


# -- item 2: --prune ----------------------------------------------------------------------------------------------


def test_a_mistyped_prune_path_removes_nothing(local_neo4j, empty_graph: Driver, tmp_path):
    corpus = files(tmp_path / "corpus", a=NOTICE_A, b=NOTICE_B)
    assert govkg(local_neo4j.env, "build", str(corpus)).returncode == 0
    before = dump(empty_graph)
    done = govkg(local_neo4j.env, "build", str(tmp_path / "corpu"), "--prune")
    assert done.returncode == 2 and "no such file or directory" in done.stdout and "nothing was built" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr
    assert dump(empty_graph) == before


def test_a_prune_of_most_of_the_graph_asks_for_yes(local_neo4j, empty_graph: Driver, tmp_path):
    corpus = files(tmp_path / "corpus", a=NOTICE_A, b=NOTICE_B, c=NOTICE_OTHER_COUNTY)
    assert govkg(local_neo4j.env, "build", str(corpus)).returncode == 0
    before = dump(empty_graph)
    empty = tmp_path / "empty"
    empty.mkdir()
    for subset in (empty, corpus / "a.txt"):
        done = govkg(local_neo4j.env, "build", str(subset), "--prune")
        assert done.returncode == 2 and "--yes" in done.stdout, done.stdout
        assert dump(empty_graph) == before
    done = govkg(local_neo4j.env, "build", str(corpus / "a.txt"), "--prune", "--yes")
    assert done.returncode == 0 and "2 pruned" in done.stdout, done.stdout
    assert count(empty_graph, "MATCH (d:Document) RETURN count(d)") == 1


def test_a_prune_never_removes_a_document_whose_file_failed_to_read(empty_graph: Driver, tmp_path):
    corpus = files(tmp_path, a=NOTICE_A, b=NOTICE_B)
    facts, report = read([corpus])
    build_graph(empty_graph, "neo4j", facts, report)
    (corpus / "b.txt").write_bytes(b"")  # now unreadable as gazette text (empty)
    facts, report = read([corpus])
    assert report.failed_sources == ["b.txt"]
    result = build_graph(empty_graph, "neo4j", facts, report, prune=True)
    assert result.load.pruned == []
    assert count(empty_graph, "MATCH (d:Document) RETURN count(d)") == 2


def test_prune_refused_changes_nothing(empty_graph: Driver, tmp_path):
    facts, report = read([files(tmp_path, a=NOTICE_A, b=NOTICE_B, c=NOTICE_OTHER_COUNTY)])
    build_graph(empty_graph, "neo4j", facts, report)
    before = dump(empty_graph)
    only_a = [f for f in facts if f["source"] == "a.txt"]
    with pytest.raises(PruneRefused, match="remove 2 of the 3 documents"):
        build_graph(empty_graph, "neo4j", only_a, ExtractionReport(sources=["a.txt"]), prune=True)
    assert dump(empty_graph) == before


# -- item 3: a subset build gives the same graph as the full build -------------------------------------------------


def test_a_subset_build_gives_the_same_graph_as_the_full_build(empty_graph: Driver, demo_facts):
    sources = sorted({f["source"] for f in demo_facts})
    full = build_graph(empty_graph, "neo4j", demo_facts, ExtractionReport(sources=sources))
    assert full.ok
    after_full = dump(empty_graph)
    first = [f for f in demo_facts if f["source"] == sources[0]]
    subset = build_graph(empty_graph, "neo4j", first, ExtractionReport(sources=sources[:1]))
    assert subset.load.loaded == [] and len(subset.load.unchanged) == full.documents
    assert dump(empty_graph) == after_full, first_difference(dump(empty_graph)[0], after_full[0])
    wipe(empty_graph)  # built in two parts, in the other order: the same graph again
    for part in (sources[2:], sources[:2]):
        build_graph(empty_graph, "neo4j", [f for f in demo_facts if f["source"] in part],
                    ExtractionReport(sources=part))
    parts = dump(empty_graph)
    assert parts[0] == after_full[0], first_difference(parts[0], after_full[0])
    assert parts[1] == after_full[1], first_difference(parts[1], after_full[1])


# -- item 5: a document's identity is its content ------------------------------------------------------------------


UNNUMBERED = """稷山县人民政府办公室关于做好防汛工作的通知

各乡（镇）人民政府：

1.加强河道巡查。（责任单位：县水利局）

稷山县人民政府办公室

2023年7月8日
"""


def test_the_same_gazette_under_two_names_is_loaded_once_with_both_sources(empty_graph: Driver, tmp_path):
    once, report = read([files(tmp_path / "one", a=NOTICE_A, u=UNNUMBERED)])
    build_graph(empty_graph, "neo4j", once, report)
    single = dump(empty_graph)
    tasks = count(empty_graph, "MATCH ()-[r:RESPONSIBLE_FOR]->() RETURN count(r)")
    wipe(empty_graph)
    twice, report = read([files(tmp_path / "two", a=NOTICE_A, u=UNNUMBERED, a_copy=NOTICE_A, u_copy=UNNUMBERED)])
    result = build_graph(empty_graph, "neo4j", twice, report)
    assert result.documents == 2
    assert sorted(d.sources for d in result.duplicates) == [("a.txt", "a_copy.txt"), ("u.txt", "u_copy.txt")]
    assert all(d.same_content for d in result.duplicates)
    assert count(empty_graph, "MATCH (d:Document) RETURN count(d)") == 2
    assert count(empty_graph, "MATCH ()-[r:RESPONSIBLE_FOR]->() RETURN count(r)") == tasks
    sources = empty_graph.execute_query("MATCH (d:Document) RETURN d.sources AS s ORDER BY s").records
    assert [r["s"] for r in sources] == [["a.txt", "a_copy.txt"], ["u.txt", "u_copy.txt"]]
    assert len(dump(empty_graph)[0]) == len(single[0]) + 2  # two more SourceFacts nodes, nothing else


def test_a_copy_that_differs_is_reported_and_the_first_file_wins(empty_graph: Driver, tmp_path):
    changed = NOTICE_A.replace("开展专项整治", "开展专项检查")
    facts, report = read([files(tmp_path, a=NOTICE_A, b=changed)])
    result = build_graph(empty_graph, "neo4j", facts, report)
    (dup,) = result.duplicates
    assert dup.sources == ("a.txt", "b.txt") and not dup.same_content and "different facts" in dup.describe()
    assert count(empty_graph, "MATCH (t:Task) WHERE t.name CONTAINS '专项整治' RETURN count(t)") == 1
    assert count(empty_graph, "MATCH (t:Task) WHERE t.name CONTAINS '专项检查' RETURN count(t)") == 0


# -- item 8: paths are text, never terminal markup -----------------------------------------------------------------


def test_paths_with_brackets_are_named_as_written(tmp_path):
    env = {**os.environ, **DOWN}
    done = govkg(env, "build", str(tmp_path / "a[/]b.txt"))
    assert done.returncode == 2 and "Traceback" not in done.stdout + done.stderr
    assert "a[/]b.txt: no such file or directory" in done.stdout
    (tmp_path / "e[abc].txt").write_bytes(b"")
    done = govkg(env, "build", str(tmp_path / "e[abc].txt"))
    assert "Traceback" not in done.stdout + done.stderr
    assert "e[abc].txt" in done.stdout, done.stdout


def test_export_messages_show_paths_as_written():
    out = io.StringIO()
    export_command._error(Console(file=out, width=200), "cannot write a[/]b/e[abc].json")
    assert "cannot write a[/]b/e[abc].json" in out.getvalue()


# -- item 9: messages, not tracebacks ------------------------------------------------------------------------------


GOOD = {"type": "membership", "id": "mem-1", "source": "a.txt", "line": 3, "doc_number": None,
        "body": "专班", "person": "张三", "role": "组长"}


@pytest.mark.parametrize(("change", "message"), [
    ({"type": "nonsense"}, "unknown type 'nonsense'"),
    ({"type": "__class__"}, "unknown type '__class__'"),
    ({"person": None}, "'person' must be text"),
    ({"person": {"name": "张三"}}, "'person' must be text"),
    ({"titles": "县长"}, "'titles' must be"),
    ({"line": "3"}, "'line' must be a whole number"),
    ({"line": True}, "'line' must be a whole number"),
])
def test_facts_are_checked_against_their_record_type(tmp_path, change, message):
    bad = tmp_path / "facts.jsonl"
    bad.write_text(json.dumps(GOOD, ensure_ascii=False) + "\n" + json.dumps({**GOOD, **change}) + "\n",
                   encoding="utf-8")
    with pytest.raises(FactsFileError, match=rf"facts.jsonl:2: .*{message}"):
        read_facts(bad)


def test_a_fact_missing_a_field_of_its_type_names_the_line(tmp_path):
    bad = tmp_path / "facts.jsonl"
    fact = {k: v for k, v in GOOD.items() if k != "person"}
    bad.write_text("\n" + json.dumps(fact) + "\n", encoding="utf-8")
    with pytest.raises(FactsFileError, match=r"facts.jsonl:2: membership fact lacks 'person'"):
        read_facts(bad)


def test_a_binary_facts_file_names_the_file_and_line(tmp_path):
    bad = tmp_path / "facts.bin"
    bad.write_bytes(json.dumps(GOOD).encode() + b"\n\xff\xfe\x00\x01garbage\n")
    with pytest.raises(FactsFileError, match=r"facts.bin:2: not UTF-8"):
        read_facts(bad)
    env = {**os.environ, **DOWN}
    done = govkg(env, "build", "--facts", str(bad))
    assert done.returncode == 2 and "facts.bin:2" in done.stdout and "Traceback" not in done.stdout + done.stderr


def test_every_fact_govkg_extract_writes_passes_the_check(tmp_path):
    facts, _ = read([files(tmp_path, a=NOTICE_A, b=NOTICE_B, c=UNNUMBERED)])
    out = tmp_path / "facts.jsonl"
    out.write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in facts), encoding="utf-8")
    assert read_facts(out) == facts


class _CuttingProxy:
    """A TCP proxy to Neo4j that cuts every connection, and refuses new ones, once ``limit`` bytes went up."""

    def __init__(self, target: tuple[str, int], limit: int):
        self.target, self.limit, self.sent = target, limit, 0
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.cut = threading.Event()
        self.sockets: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self.cut.is_set():
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            self.sockets += [client, server]
            threading.Thread(target=self._pipe, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pipe, args=(server, client, False), daemon=True).start()

    def _pipe(self, src: socket.socket, dst: socket.socket, upstream: bool) -> None:
        try:
            while data := src.recv(65536):
                if upstream:
                    self.sent += len(data)
                    if self.sent > self.limit:
                        self.close()
                        return
                dst.sendall(data)
        except OSError:
            pass

    def close(self) -> None:
        self.cut.set()
        for s in (self.listener, *self.sockets):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()


def test_neo4j_lost_during_a_build_is_a_message(local_neo4j, empty_graph: Driver, tmp_path, monkeypatch, capsys):
    port = int(local_neo4j.settings.neo4j_uri.rsplit(":", 1)[1])
    proxy = _CuttingProxy(("127.0.0.1", port), limit=25_000)
    corpus = files(tmp_path, a=NOTICE_A, b=NOTICE_B, c=NOTICE_OTHER_COUNTY)
    for key, value in local_neo4j.env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("NEO4J_URI", f"bolt://127.0.0.1:{proxy.port}")
    monkeypatch.setenv("GOVKG_NEO4J_PORT", str(proxy.port))
    parser = argparse.ArgumentParser()
    build_command.add_arguments(parser)
    args = parser.parse_args([str(corpus)])
    try:
        status = build_command.command(args)
    finally:
        proxy.close()
    out = capsys.readouterr().out
    assert status == 1 and "lost Neo4j" in out and "run the build again" in out, out
