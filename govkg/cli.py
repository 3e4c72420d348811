"""The ``govkg`` command: one verb per stage.

A verb's module is imported only when that verb runs (``govkg extract`` never
imports Neo4j, Streamlit or spaCy), so the command answers in a fraction of a second.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from graph_build.records import ExtractionReport


def _write_facts(paths: list[str], out: TextIO, report: ExtractionReport, args: argparse.Namespace) -> None:
    """One process, ``--jobs N`` processes or a Dask cluster: the same bytes out."""
    from govkg.progress import FileProgress
    from graph_build.parallel import extract_to

    extract_to(paths, out, report, jobs=args.jobs, dask=args.dask, progress=FileProgress())


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def _extract(args: argparse.Namespace) -> int:
    from graph_build.readers import expand_inputs

    report = ExtractionReport()
    if args.output == "-":
        _write_facts(args.paths, sys.stdout, report, args)
    else:
        output = Path(args.output)
        # (inputs that cannot be expanded are reported by the extraction itself, with the others')
        clash = next((p for p in expand_inputs(args.paths, []) if _same_file(p, output)), None)
        if clash is not None:
            print(f"error: the output {args.output} is one of the inputs ({clash}): name another file",
                  file=sys.stderr)
            return 2
        output.parent.mkdir(parents=True, exist_ok=True)
        # Written beside the output, then renamed over it: an interrupted run never leaves half a file.
        tmp = output.with_name(f".{output.name}.{os.getpid()}.part")
        try:
            with open(tmp, "x", encoding="utf-8") as out:
                _write_facts(args.paths, out, report, args)
            os.replace(tmp, output)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    for err in report.errors:
        print(f"error: {err}", file=sys.stderr)
    if args.verbose:
        for rej in report.rejected:
            print(f"rejected: {rej}", file=sys.stderr)
    summary = ", ".join(f"{n} {t}" for t, n in sorted(report.facts.items()))
    print(f"{report.files} file(s) read, {len(report.errors)} failed: {summary or 'no facts'}", file=sys.stderr)
    return 1 if report.errors else 0


def _gold_set(spec: str) -> tuple[str, Path, Path]:
    """``[NAME=]GOLD_DIR``: the texts are the ``docs`` (or else ``corpus``) folder beside the gold folder."""
    name, _, folder = spec.rpartition("=")
    gold = Path(folder)
    docs = gold.parent / "docs"
    return (name or str(gold)), gold, docs if docs.is_dir() else gold.parent / "corpus"


def _eval(args: argparse.Namespace) -> int:
    if len(args.gold) > 1 and args.paths:
        print("error: with several --gold sets the texts are found beside each gold folder", file=sys.stderr)
        return 2
    from graph_build.evaluate import evaluate, format_report, format_table, load_gold
    from graph_build.pipeline import Extractor

    extractor = Extractor()
    evaluations = {}
    failed = False
    for spec in args.gold:
        name, gold_dir, default_docs = _gold_set(spec)
        gold = load_gold(gold_dir)
        if not gold:
            print(f"error: no gold records in {gold_dir}", file=sys.stderr)
            return 2
        report = ExtractionReport()
        pred = [f.to_json() for f in extractor.run(args.paths or [default_docs], report)]
        for err in report.errors:
            print(f"error: {err}", file=sys.stderr)
        failed = failed or bool(report.errors)
        ev = evaluate(gold, pred)
        if args.type:
            ev.scores = {t: s for t, s in ev.scores.items() if t in args.type}
        evaluations[name] = ev
    if args.json:
        payload = {n: ev.as_dict() for n, ev in evaluations.items()}
        print(json.dumps(payload if len(payload) > 1 else next(iter(payload.values())), ensure_ascii=False, indent=2))
    elif len(evaluations) == 1:
        print(format_report(next(iter(evaluations.values())), show=args.show))
    else:
        for name, ev in evaluations.items():
            if args.show:
                print(f"== {name}")
                print(format_report(ev, show=args.show).rsplit("\n\n", 1)[0])
        print(format_table(evaluations))
    return 1 if failed else 0


# Verbs whose module provides the named add-arguments function and command(s): name, module, functions, help.
_VERBS = (
    ("build", "govkg.build_command", ("add_arguments", "command"),
     "extract, resolve and load gazettes into Neo4j (NEO4J_URI …)"),
    ("query", "govkg.query_command", ("add_arguments", "command"),
     "run a named query against Neo4j (NEO4J_URI …) and print its rows"),
    ("export", "govkg.export_command", ("add_arguments", "command"),
     "write a subgraph as GraphML, GEXF, JSON, CSV, Cypher or Popolo (NEO4J_URI …)"),
    ("neo4j", "govkg.neo4j_local", ("add_arguments", "command"),
     "start, stop or check the project's local Neo4j (status also checks NEO4J_URI)"),
    ("dashboard", "govkg.dashboard_command", ("add_arguments", "command"),
     "run the dashboard (Streamlit) on http://localhost:8501"),
    ("queries", "govkg.query_command", ("add_list_arguments", "list_command"),
     "list the named queries: names, titles, descriptions and parameters"),
    ("fetch", "govkg.fetch_command", ("add_arguments", "command"),
     "download gazettes, notices and pages into a corpus folder (manifest.jsonl)"),
    ("review", "govkg.review_command", ("add_arguments", "command"),
     "list, add and check judgements (the review before publishing)"),
)


def _verb(argv: Sequence[str]) -> str:
    """The verb on the command line (the first word that is not an option), or ''."""
    return next((a for a in argv if not a.startswith("-")), "")


def positive(text: str) -> int:
    """``--jobs``: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"not a positive number: {text!r}")
    return value


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser; with ``only``, just that verb's module is imported (the others list their help line)."""
    parser = argparse.ArgumentParser(prog="govkg", description="Accountability facts from county government gazettes.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract facts from gazette text files into JSON Lines")
    p.add_argument("paths", nargs="+",
                   help="files (.txt .pdf .docx .doc .wps .html .htm .shtml .xlsx .xlsm .xls .ods) or directories")
    p.add_argument("-o", "--output", default="-", help="output file (default: standard output)")
    p.add_argument("-v", "--verbose", action="store_true", help="also list facts rejected and why")
    p.add_argument("-j", "--jobs", type=positive, default=1,
                   help="extract with N processes (with --dask: workers of the local cluster); same output")
    p.add_argument("--dask", nargs="?", const="local", metavar="ADDRESS",
                   help="run one task per file on a Dask cluster (tcp://scheduler:8786); "
                        "without ADDRESS a LocalCluster on this machine; same output")
    p.set_defaults(func=_extract)

    p = sub.add_parser("eval", help="extract and score against gold facts (precision, recall, F1)")
    p.add_argument(
        "--gold", required=True, action="append",
        help="[NAME=]directory of gold .jsonl files; repeat it to print one table across several gold sets",
    )
    p.add_argument("paths", nargs="*", help="text files or directories (default: docs/ or corpus/ beside the gold)")
    p.add_argument("--show", type=int, default=20, help="misses and false positives to list per type (0: none)")
    p.add_argument("--type", action="append", help="only this record type (repeatable)")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.set_defaults(func=_eval)

    for name, module_name, (add, run), text in _VERBS:
        p = sub.add_parser(name, help=text)
        if only is None or only == name:
            module = importlib.import_module(module_name)
            getattr(module, add)(p)
            p.set_defaults(func=getattr(module, run))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser(only=_verb(argv)).parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
