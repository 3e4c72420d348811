"""Every stage on a corpus N times the demo, in one run, printed as one table beside the anchors and targets.

    python benchmarks/end_to_end.py ../shared/corpus [--copies 100] [--jobs 2] [--workdir var/bench]

Stages: start-up of ``govkg extract`` on a one-line file; extraction in one
process, in ``--jobs`` processes and on a Dask LocalCluster (whole processes,
outputs compared byte for byte); extraction in-process on one core; resolution
(with the review stage and its marks on the rows, as the build writes them);
the online build from empty (resolve, load, tenures, checks), twice (the second
on a server that has run one), with the load stage alone, one MERGE per row
on a sample and the anchor (``anchors.load_anchor``: as many bare
relationships by batched UNWIND CREATE) in the same run; the bulk build
(neo4j-admin import) beside the tool importing as many bare nodes and
relationships; the named queries' p95. The anchors are measured in the run
(``benchmarks/anchors.py``). Peak memory is the largest
resident set of the stage's processes together, sampled every 0.1 s.

Needs the project's local Neo4j running (``govkg neo4j start``): the online
and bulk builds WIPE and replace its graph (run ``govkg build`` afterwards to
get the demo graph back). The renamed corpus is written once into ``--workdir``
(``benchmarks/corpus_copies.py``) and reused.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import logging
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psutil
from anchors import import_anchor, load_anchor, regex_rate
from corpus_copies import make_copies
from load_throughput import count_rels, load_row_by_row, marked_rows, renamed, wipe
from neo4j import GraphDatabase
from query_latency import time_queries
from rich.console import Console

from govkg import bulk_command
from govkg.settings import Settings
from graph_build.build import build_graph, read_facts
from graph_build.graph.loader import Loader, ensure_schema
from graph_build.pipeline import Extractor
from graph_build.records import ExtractionReport
from graph_build.source import read_source
from queries.registry import all_queries

PYTHON = sys.executable
ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Row:
    stage: str
    seconds: float
    throughput: str
    peak_mb: float
    anchor: str
    target: str
    met: str = ""


class PeakMemory:
    """The largest summed RSS of this process and its children (or of one child tree) while running."""

    def __init__(self, pid: int | None = None):
        self.root = psutil.Process(pid or os.getpid())
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> int:
        procs = [self.root]
        with contextlib.suppress(psutil.Error):
            procs += self.root.children(recursive=True)
        total = 0
        for p in procs:
            with contextlib.suppress(psutil.Error):
                total += p.memory_info().rss
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._sample())
            self._stop.wait(0.1)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def mb(self) -> float:
        return self.peak / 1e6


def run_process(cmd: list[str]) -> tuple[float, float, str]:
    """(wall seconds, peak MB of the process tree, stderr) of a command run to completion."""
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # start-up as installed: byte code compiled once, then reused
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    with PeakMemory(proc.pid) as mem:
        _, err = proc.communicate()
    seconds = time.perf_counter() - started
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {err[-2000:]}")
    return seconds, mem.mb, err


def in_process(fn: Callable[[], Any]) -> tuple[Any, float, float]:
    """(result, seconds, peak MB of this process) of ``fn()``."""
    with PeakMemory() as mem:
        started = time.perf_counter()
        result = fn()
        seconds = time.perf_counter() - started
    return result, seconds, mem.mb


def fmt(x: float, unit: str) -> str:
    return f"{x:,.2f} {unit}" if x < 100 else f"{x:,.0f} {unit}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("demo", help="the demo corpus directory")
    parser.add_argument("--copies", type=int, default=100)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--workdir", default="var/bench")
    parser.add_argument("--runs", type=int, default=10, help="timed runs per query")
    parser.add_argument("--skip-neo4j", action="store_true", help="extraction stages only")
    args = parser.parse_args()
    work = Path(args.workdir).resolve()
    corpus = work / f"corpus-{args.copies}"
    print(f"making {args.copies} renamed copies of {args.demo} in {corpus} …", file=sys.stderr)
    files = make_copies([args.demo], corpus, args.copies)
    mb = sum(f.stat().st_size for f in files) / 1e6
    rows: list[Row] = []

    one_line = work / "one-line.txt"
    one_line.write_text("一行\n", encoding="utf-8")
    starts = [run_process([PYTHON, "-m", "govkg.cli", "extract", str(one_line), "-o", os.devnull]) for _ in range(3)]
    best = min(starts, key=lambda s: s[0])
    rows.append(Row("start-up: govkg extract, one-line file", best[0], "", best[1], "CLI < 0.3 s", "< 0.5 s",
                    "yes" if best[0] < 0.5 else "no"))

    regex = regex_rate([f.read_text(encoding="utf-8") for f in files])
    regex_anchor = f"a vocabulary regex pass here: {regex / 1e6:,.0f} M chars/s (≈ 55 M elsewhere)"
    outputs = {}
    for name, extra in (("1 process", []), (f"{args.jobs} processes", ["--jobs", str(args.jobs)]),
                        (f"Dask LocalCluster, {args.jobs} workers", ["--dask", "--jobs", str(args.jobs)])):
        out = work / f"facts-{len(outputs)}.jsonl"
        print(f"extracting ({name}) …", file=sys.stderr)
        seconds, peak, _ = run_process([PYTHON, "-m", "govkg.cli", "extract", str(corpus), "-o", str(out), *extra])
        outputs[name] = out.read_bytes()
        target = "≥ 3 MB/s whole-process" if name == "1 process" else "same bytes as 1 process"
        same = outputs[name] == outputs["1 process"]
        met = ("yes" if mb / seconds >= 3 else "no") if name == "1 process" else ("identical" if same else "DIFFERENT")
        rows.append(Row(f"extract, {name} ({mb:.1f} MB)", seconds, fmt(mb / seconds, "MB/s"), peak,
                        regex_anchor, target, met))
    facts_path = work / "facts-0.jsonl"

    sample = sorted(Path(args.demo).glob("*.txt"))
    sources = [read_source(p) for p in sample]
    sample_mb = sum(p.stat().st_size for p in sample) / 1e6
    extractor = Extractor()
    extractor.facts_from_source(sources[0])
    if hasattr(os, "sched_setaffinity"):
        cores = os.sched_getaffinity(0)
        os.sched_setaffinity(0, {min(cores)})
    _, seconds, peak = in_process(lambda: [extractor.facts_from_source(s) for s in sources for _ in range(3)])
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, cores)
    rows.append(Row(f"extract in-process, one core ({3 * sample_mb:.1f} MB)", seconds,
                    fmt(3 * sample_mb / seconds, "MB/s"), peak, f"1.16 MB/s before; {regex_anchor}", "≥ 5 MB/s",
                    "yes" if 3 * sample_mb / seconds >= 5 else "no"))

    facts = read_facts(facts_path)
    documents, seconds, peak = in_process(lambda: marked_rows(facts))
    rels = count_rels(documents)
    rows.append(Row(f"resolve ({len(facts):,} facts → {len(documents):,} documents)", seconds,
                    fmt(len(facts) / seconds, "facts/s"), peak, "", ""))

    if not args.skip_neo4j:
        rows += neo4j_stages(args, facts, documents, rels, rows)
    print_table(rows, args, mb)


def neo4j_stages(args: argparse.Namespace, facts: list[dict], documents: list, rels: int,
                 earlier: list[Row]) -> list[Row]:
    settings = Settings.from_env()
    db = settings.neo4j_database
    out: list[Row] = []
    notes = NotificationCounter()
    logging.getLogger("neo4j.notifications").addHandler(notes)
    extract_seconds = min(r.seconds for r in earlier if r.stage.startswith("extract,"))
    with GraphDatabase.driver(settings.neo4j_uri, auth=settings.auth) as driver:
        driver.verify_connectivity()
        wipe(driver, db)
        ensure_schema(driver, db)
        sample = [d for i in range(2) for d in renamed(documents[:20], 10_000 + i)]
        sample_rels = count_rels(sample)
        naive = load_row_by_row(driver, db, sample)
        wipe(driver, db)
        print(f"loading {len(documents)} documents online …", file=sys.stderr)
        summary, seconds, peak = in_process(lambda: Loader(driver, db).load(documents))
        rate = rels / seconds
        naive_rate = sample_rels / naive
        wipe(driver, db)
        anchor = load_anchor(driver, db, rels)
        out.append(Row(f"load online ({rels:,} relationships)", seconds, fmt(rate, "rel/s"), peak,
                       f"one MERGE per row here: {naive_rate:,.0f} rel/s; bare UNWIND CREATE here: {anchor:,.0f} "
                       f"rel/s ({anchor / naive_rate:.0f}× one per row; ≈ 70 k rows/s elsewhere)",
                       "≥ 30 k rel/s (43% of the anchor) and ≥ 100× one per row",
                       f"{rate / naive_rate:.0f}× one per row, {rate / anchor:.0%} of the anchor"
                       + ("" if not summary.failed else ", FAILURES")))
        # Twice, the graph emptied before each: a server that has run one build has compiled (JIT) much of what
        # the next needs, as a long-running server has.
        for again in (False, True):
            wipe(driver, db)
            print("building online from empty" + (", again …" if again else " …"), file=sys.stderr)
            result, seconds, peak = in_process(lambda: build_graph(driver, db, facts, ExtractionReport()))
            stored = sum(result.relationships.values())
            total = seconds + extract_seconds
            stage = (f"  the same build again, graph emptied (+ extraction {extract_seconds:.0f} s)" if again
                     else f"build online from empty ({stored:,} rel; + extraction {extract_seconds:.0f} s)")
            out.append(Row(stage, total, fmt(stored / total, "rel/s"), peak, "" if again else "544 rel/s before",
                           "≥ 8 k rel/s end to end", "yes" if stored / total >= 8000 else "no"))
        timings = time_queries(driver, db, list(all_queries()), args.runs, 2)
    print("building with --bulk …", file=sys.stderr)
    bulk_args = argparse.Namespace(bulk=True, replace=True, bulk_dir=str(Path(args.workdir) / "bulk"))
    console = Console(file=io.StringIO(), width=200)
    (status, bulk), seconds, peak = in_process(
        lambda: bulk_command.run(bulk_args, facts, ExtractionReport(), settings, console))
    if status == 0 and bulk is not None:
        stored = sum(bulk.relationships.values())
        total = seconds + extract_seconds
        nodes = sum(bulk.nodes.values())
        print(f"importing {stored:,} bare relationships with neo4j-admin (the anchor) …", file=sys.stderr)
        anchor = import_anchor(stored, nodes)
        out.append(Row(f"build --bulk from empty (+ extraction {extract_seconds:.0f} s)", total,
                       fmt(stored / total, "rel/s"), peak,
                       f"neo4j-admin here, as many bare nodes and relationships: {anchor:,.0f} rel/s "
                       "(≈ 1 M rows/s elsewhere)", "≥ 200 k rel/s end to end",
                       ("yes" if stored / total >= 200_000 else "no")
                       + f", {stored / total / anchor:.0%} of the anchor"))
    worst = max(timings.items(), key=lambda kv: kv[1].p95)
    slow = [f"{name} {t.p95:.0f} ms" for name, t in sorted(timings.items(), key=lambda kv: -kv[1].p95)
            if t.p95 >= 300]
    out.append(Row(f"named queries ({len(timings)}), worst p95: {worst[0]}", worst[1].p95 / 1000, "", 0.0,
                   "5 of 25 over 300 ms at 100× before", "every query < 300 ms",
                   "yes" if not slow else "over: " + ", ".join(slow)))
    out.append(Row("driver notifications during the run", 0.0, str(notes.count), 0.0, "641 per build before",
                   "0 deprecations", "yes" if not notes.deprecations else f"{notes.deprecations} deprecations"))
    return out


class NotificationCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0
        self.deprecations = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        self.deprecations += "deprecat" in record.getMessage().lower()


def print_table(rows: list[Row], args: argparse.Namespace, mb: float) -> None:
    print(f"end-to-end benchmark: {args.copies} copies of the demo corpus ({mb:.1f} MB), --jobs {args.jobs}, "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the end")
    head = f"{'stage':<62} {'time':>9} {'throughput':>16} {'peak MB':>8}  {'met':<24} anchor / target"
    print(head)
    print("-" * len(head))
    for r in rows:
        print(f"{r.stage:<62} {r.seconds:8.2f}s {r.throughput:>16} {r.peak_mb:8.0f}  {r.met:<24} "
              f"{r.anchor} / {r.target}")


if __name__ == "__main__":
    main()
