"""Latency of every named query (p50 / p95) on the demo graph and on a graph N times larger, in one run.

    python benchmarks/query_latency.py ../shared/corpus [--scale 100] [--runs 20] [--warmup 3]

Needs a running Neo4j (``govkg neo4j start``; NEO4J_URI etc. point elsewhere). It builds the demo graph
(``govkg build PATH --prune``), times every query with the parameters of ``queries/library/examples.py``,
then WIPES the database given by NEO4J_DATABASE and loads the demo corpus's rows ``--scale`` times under
distinct ids (``load_throughput.renamed``: copy 0 keeps the demo ids, so the same parameters answer), each
copy's facts marked for review as a build marks them; derives tenures, seats, aggregates and the whole-graph
checks' findings, times every query again, and finally wipes and rebuilds the demo graph — also after an
error or Ctrl-C. The copies keep their county names, so a county-wide query sees ``--scale`` times the data.
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
import time
from dataclasses import dataclass, field

from load_throughput import renamed, renamed_marks, wipe
from neo4j import Driver, GraphDatabase

from govkg.settings import Settings
from graph_build.build import build_graph, document_rows, extract_facts
from graph_build.graph.aggregates import derive_aggregates
from graph_build.graph.findings import record_findings
from graph_build.graph.loader import Loader, ensure_schema, graph_counts
from graph_build.graph.seats import link_seats_by_post
from graph_build.graph.tenures import derive_tenures
from graph_build.judgements import ReviewStage
from graph_build.records import ExtractionReport
from queries.library.examples import example
from queries.registry import Query, all_queries


@dataclass
class Timing:
    rows: int = 0
    seconds: list[float] = field(default_factory=list)

    def percentile(self, p: float) -> float:
        """The p-th percentile (nearest rank) in milliseconds."""
        ordered = sorted(self.seconds)
        rank = max(1, min(len(ordered), math.ceil(p / 100 * len(ordered))))
        return ordered[rank - 1] * 1000

    @property
    def p50(self) -> float:
        return statistics.median(self.seconds) * 1000

    @property
    def p95(self) -> float:
        return self.percentile(95)


def time_queries(driver: Driver, database: str, queries: list[Query], runs: int, warmup: int) -> dict[str, Timing]:
    out: dict[str, Timing] = {}
    for query in queries:
        params = example(query.name)
        timing = Timing()
        for i in range(warmup + runs):
            t0 = time.perf_counter()
            rows = query.run(driver, database=database, **params)
            elapsed = time.perf_counter() - t0
            if i >= warmup:
                timing.seconds.append(elapsed)
        timing.rows = len(rows)
        out[query.name] = timing
        print(f"  {query.name:<28} p50 {timing.p50:8.1f} ms  p95 {timing.p95:8.1f} ms  ({timing.rows} rows)",
              file=sys.stderr)
    return out


def load_scaled(driver: Driver, database: str, facts: list[dict], scale: int) -> float:
    """Wipe, then load ``scale`` copies of the demo rows and derive what a build derives. Returns seconds."""
    review = ReviewStage()  # as a build does: every fact marked for the review queue
    base = document_rows(review.facts(facts))[0]
    review.rows(base)
    wipe(driver, database)
    ensure_schema(driver, database)
    loader = Loader(driver, database)
    t0 = time.perf_counter()
    for copy_no in range(scale):
        loader.load(renamed(base, copy_no), marks=renamed_marks(review.corpus_marks, copy_no))
        if (copy_no + 1) % 10 == 0 or copy_no + 1 == scale:
            print(f"  loaded {copy_no + 1}/{scale} copies ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
    derive_tenures(driver, database)
    link_seats_by_post(driver, database)
    derive_aggregates(driver, database)
    record_findings(driver, database)
    return time.perf_counter() - t0


def build_demo(driver: Driver, database: str, facts: list[dict]) -> None:
    """The demo graph, as ``govkg build PATH --prune`` leaves it."""
    build_graph(driver, database, facts, ExtractionReport(), prune=True, confirmed=True)


def size(driver: Driver, database: str) -> str:
    nodes, rels = graph_counts(driver, database)
    return f"{sum(nodes.values()):,} nodes, {sum(rels.values()):,} relationships"


def report(queries: list[Query], demo: dict[str, Timing], big: dict[str, Timing], scale: int) -> str:
    head = (f"{'query':<28} {'demo p50':>9} {'demo p95':>9} {'rows':>5}   {f'{scale}x p50':>9} {f'{scale}x p95':>9} "
            f"{'rows':>6}")
    lines = [head, "-" * len(head)]
    for q in queries:
        d, b = demo[q.name], big[q.name]
        lines.append(f"{q.name:<28} {d.p50:9.1f} {d.p95:9.1f} {d.rows:5d}   {b.p50:9.1f} {b.p95:9.1f} {b.rows:6d}")
    lines.append("(milliseconds per call, client side: Bolt round trip, READ transaction, typed rows)")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", help="the demo corpus (files or directories)")
    parser.add_argument("--scale", type=int, default=100, help="copies of the demo graph in the large graph")
    parser.add_argument("--runs", type=int, default=20, help="timed runs per query (default 20)")
    parser.add_argument("--warmup", type=int, default=3, help="untimed runs first (plans, caches)")
    args = parser.parse_args()
    settings = Settings.from_env()
    db = settings.neo4j_database
    queries = list(all_queries())
    facts = extract_facts(args.paths, ExtractionReport())
    with GraphDatabase.driver(settings.neo4j_uri, auth=settings.auth) as driver:
        driver.verify_connectivity()
        try:
            build_demo(driver, db, facts)
            demo_size = size(driver, db)
            print(f"demo graph: {demo_size}", file=sys.stderr)
            demo = time_queries(driver, db, queries, args.runs, args.warmup)
            print(f"loading {args.scale} copies …", file=sys.stderr)
            seconds = load_scaled(driver, db, facts, args.scale)
            big_size = size(driver, db)
            print(f"{args.scale}x graph: {big_size} (loaded in {seconds:.0f} s)", file=sys.stderr)
            big = time_queries(driver, db, queries, args.runs, args.warmup)
        finally:
            print("restoring the demo graph …", file=sys.stderr)
            wipe(driver, db)
            build_demo(driver, db, facts)
            print(f"restored: {size(driver, db)}", file=sys.stderr)
    print(f"demo graph: {demo_size}")
    print(f"{args.scale}x graph: {big_size} (loaded in {seconds:.0f} s)")
    print(f"{len(queries)} queries, {args.runs} timed runs each after {args.warmup} warm-up runs, Neo4j at "
          f"{settings.neo4j_uri}")
    print(report(queries, demo, big, args.scale))


if __name__ == "__main__":
    main()
