"""The ``govkg`` command: one verb per stage."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from govkg import build_command, dashboard_command, export_command, neo4j_local, query_command, review_command
from graph_build.evaluate import evaluate, format_report, load_gold
from graph_build.pipeline import Extractor
from graph_build.records import ExtractionReport, fact_to_line


def _write_facts(paths: list[str], out: TextIO, report: ExtractionReport) -> None:
    for fact in Extractor().run(paths, report):
        out.write(fact_to_line(fact) + "\n")


def _extract(args: argparse.Namespace) -> int:
    report = ExtractionReport()
    if args.output == "-":
        _write_facts(args.paths, sys.stdout, report)
    else:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        with open(args.output, "w", encoding="utf-8") as out:
            _write_facts(args.paths, out, report)
    for err in report.errors:
        print(f"error: {err}", file=sys.stderr)
    if args.verbose:
        for rej in report.rejected:
            print(f"rejected: {rej}", file=sys.stderr)
    summary = ", ".join(f"{n} {t}" for t, n in sorted(report.facts.items()))
    print(f"{report.files} file(s) read, {len(report.errors)} failed: {summary or 'no facts'}", file=sys.stderr)
    return 1 if report.errors else 0


def _eval(args: argparse.Namespace) -> int:
    gold = load_gold(args.gold)
    if not gold:
        print(f"error: no gold records in {args.gold}", file=sys.stderr)
        return 2
    paths = args.paths or [Path(args.gold).parent / "corpus"]
    report = ExtractionReport()
    pred = [f.to_json() for f in Extractor().run(paths, report)]
    for err in report.errors:
        print(f"error: {err}", file=sys.stderr)
    ev = evaluate(gold, pred)
    if args.type:
        ev.scores = {t: s for t, s in ev.scores.items() if t in args.type}
    if args.json:
        print(json.dumps(ev.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_report(ev, show=args.show))
    return 1 if report.errors else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="govkg", description="Accountability facts from county government gazettes.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract facts from gazette text files into JSON Lines")
    p.add_argument("paths", nargs="+", help="text files, or directories of .txt files")
    p.add_argument("-o", "--output", default="-", help="output file (default: standard output)")
    p.add_argument("-v", "--verbose", action="store_true", help="also list facts rejected and why")
    p.set_defaults(func=_extract)

    p = sub.add_parser("eval", help="extract and score against gold facts (precision, recall, F1)")
    p.add_argument("--gold", required=True, help="directory of gold .jsonl files")
    p.add_argument("paths", nargs="*", help="text files or directories (default: ../corpus beside the gold)")
    p.add_argument("--show", type=int, default=20, help="misses and false positives to list per type (0: none)")
    p.add_argument("--type", action="append", help="only this record type (repeatable)")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.set_defaults(func=_eval)

    # Verbs whose module provides add_arguments(parser) and command(args).
    for name, module, text in (
        ("build", build_command, "extract, resolve and load gazettes into Neo4j (NEO4J_URI …)"),
        ("query", query_command, "run a named query against Neo4j (NEO4J_URI …) and print its rows"),
        ("export", export_command, "write a subgraph as GraphML, GEXF, JSON, CSV, Cypher or Popolo (NEO4J_URI …)"),
        ("neo4j", neo4j_local, "start, stop or check the project's local Neo4j (status also checks NEO4J_URI)"),
        ("dashboard", dashboard_command, "run the dashboard (Streamlit) on http://localhost:8501"),
        ("review", review_command, "list, add and check judgements (the review before publishing)"),
    ):
        p = sub.add_parser(name, help=text)
        module.add_arguments(p)
        p.set_defaults(func=module.command)

    p = sub.add_parser("queries", help="list the named queries: names, titles, descriptions and parameters")
    query_command.add_list_arguments(p)
    p.set_defaults(func=query_command.list_command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
