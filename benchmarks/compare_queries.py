"""Old against new: a named query's Cypher of another revision and of this tree, run back to back on one graph.

    git -C . show REV:queries/... # or, from a checkout of REV:
    PYTHONPATH=REV_CHECKOUT python benchmarks/compare_queries.py --dump old.json
    python benchmarks/compare_queries.py --old old.json --query find --params '{"text": "应急管理局"}' --runs 7

Needs a running Neo4j (NEO4J_URI etc.). For each query and parameter set the old and the new Cypher run in
turn (old, new, old, new, …) after one warm-up each, so that both see the same load on a shared machine; it
prints the min and median milliseconds of each and whether the two gave the same rows (compared as the
typed rows the registry returns, in order). Exits 1 when any rows differ.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from neo4j import GraphDatabase

from govkg.settings import Settings
from queries.library.examples import example
from queries.registry import all_queries, as_dict, get


def dump(path: Path) -> None:
    """Write every registered query's Cypher (of the tree on PYTHONPATH) to ``path`` as JSON."""
    path.write_text(json.dumps({q.name: q.cypher for q in all_queries()}, ensure_ascii=False, indent=1),
                    encoding="utf-8")


def timed(run: Any) -> tuple[float, list[dict[str, Any]]]:
    t0 = time.perf_counter()
    rows = run()
    return (time.perf_counter() - t0) * 1000, [as_dict(r) for r in rows]


def show_difference(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> None:
    for i, (a, b) in enumerate(zip(old, new, strict=False)):
        if a != b:
            keys = [k for k in a if a[k] != b.get(k)]
            print(f"  row {i}: " + "; ".join(f"{k}: {a[k]!r} -> {b.get(k)!r}" for k in keys)[:2000])
            return
    print(f"  {len(old)} rows -> {len(new)} rows")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dump", type=Path, help="write this tree's queries to a JSON file and stop")
    parser.add_argument("--old", type=Path, help="the old queries (a --dump of another revision)")
    parser.add_argument("--query", action="append", default=[], help="a query name (repeatable)")
    parser.add_argument("--params", action="append", default=[],
                        help="a JSON object of parameters (repeatable; default: the query's example)")
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each (default 7)")
    parser.add_argument("--show", action="store_true", help="print the first rows that differ")
    args = parser.parse_args()
    if args.dump:
        dump(args.dump)
        return
    if not args.old or not args.query:
        parser.error("give --old and at least one --query (or --dump)")
    old_cypher = json.loads(args.old.read_text(encoding="utf-8"))
    settings = Settings.from_env()
    differ = 0
    with GraphDatabase.driver(settings.neo4j_uri, auth=settings.auth) as driver:
        for name in args.query:
            new = get(name)
            old = replace(new, cypher=old_cypher[name])
            for params in [json.loads(p) for p in args.params] or [example(name)]:
                times: dict[str, list[float]] = {"old": [], "new": []}
                rows: dict[str, list[dict[str, Any]]] = {}
                for i in range(args.runs + 1):
                    for label, query in (("old", old), ("new", new)):
                        ms, rows[label] = timed(
                            lambda q=query, p=params: q.run(driver, settings.neo4j_database, **p))
                        if i:
                            times[label].append(ms)
                same = rows["old"] == rows["new"]
                differ += not same
                if not same and args.show:
                    show_difference(rows["old"], rows["new"])
                spread = "  ".join(f"{k} {min(t):7.1f} / {statistics.median(t):7.1f} ms" for k, t in times.items())
                print(f"{name:<26} {json.dumps(params, ensure_ascii=False):<60} {spread}"
                      + f"  rows {len(rows['old'])}/{len(rows['new'])} {'same' if same else 'DIFFER'}")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
