"""``govkg review list|add|check``: judgements from the command line (files in a judgements directory).

    govkg review list
    govkg review add reject --fact-id app-… --facts facts.jsonl --by li --why "misread name"
    govkg review add correct --fact-id app-… --facts facts.jsonl --set post=县水务局局长 --by li --why "…"
    govkg review add same --entities person:甲县:张三 person:乙县:张三 --by li --why "transfer notice 〔2023〕5号"
    govkg review add different --entity person:甲县:张三 --fact-id mem-… --facts f.jsonl --label 2 --by li
    govkg review add lineage --from agency:甲县:国土资源局 --to agency:甲县:自然资源局 --change renamed \\
        --date 2019-03 --doc 甲政发〔2019〕3号 --by li --why "机构改革"
    govkg review check ../shared/corpus      # orphans, conflicts and suggestions, without Neo4j
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from graph_build.build import extract_facts, read_facts, rows_for
from graph_build.judgements import ReviewReport, ReviewStage, default_dir, read_judgements
from graph_build.judgements.apply import Orphan
from graph_build.judgements.keys import CORRECTABLE, fact_key
from graph_build.judgements.model import KINDS, Lineage, now, parse
from graph_build.judgements.store import append
from graph_build.records import ExtractionReport

Row = dict[str, Any]


def add_arguments(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="review_command", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--judgements", help="judgements directory (default $GOVKG_JUDGEMENTS, else judgements/ "
                                             "beside the corpus or the facts file)")
    facts = argparse.ArgumentParser(add_help=False)
    facts.add_argument("paths", nargs="*", help="gazette files or directories (to find facts by id)")
    facts.add_argument("--facts", help="a JSON Lines file of `govkg extract` instead of extracting")

    q = sub.add_parser("list", parents=[common], help="list the judgements")
    q.add_argument("--kind", choices=sorted(KINDS), help="only this kind")
    q.add_argument("--json", action="store_true", help="one JSON object per line")

    q = sub.add_parser("add", parents=[common, facts], help="write a judgement (the next build applies it)")
    q.add_argument("kind", choices=sorted(KINDS))
    q.add_argument("--by", required=True, help="who decides")
    q.add_argument("--why", default="", help="why")
    q.add_argument("--fact-id", action="append", default=[], help="a fact's id (from `govkg extract` or the graph)")
    q.add_argument("--fact", action="append", default=[], help="a fact's key as JSON {type, doc, key fields}")
    q.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                   help="correct: the right value (lists: a JSON list or names separated by 、)")
    q.add_argument("--entities", nargs=2, metavar=("KEPT", "MERGED"), help="same: two entity ids")
    q.add_argument("--entity", help="different: the entity whose facts are split off")
    q.add_argument("--label", default="2", help="different: the new entity's id is ENTITY~LABEL (default 2)")
    q.add_argument("--from", dest="predecessor", help="lineage: the earlier agency's id")
    q.add_argument("--to", dest="successor", help="lineage: the later agency's id")
    q.add_argument("--change", choices=("renamed", "merged", "split"), help="lineage: what happened")
    q.add_argument("--date", help="lineage: when (YYYY, YYYY-MM or YYYY-MM-DD)")
    q.add_argument("--doc", help="lineage: the document that says so (文号 or title)")

    q = sub.add_parser("check", parents=[common, facts],
                       help="apply the judgements to the corpus without loading: orphans, conflicts, suggestions")
    q.add_argument("--show", type=int, default=5, help="examples to show per conflict kind (default 5)")


def _directory(args: argparse.Namespace) -> Path:
    if args.judgements:
        return Path(args.judgements)
    return default_dir(getattr(args, "paths", []) or [], getattr(args, "facts", None))


def _load_facts(args: argparse.Namespace, console: Console) -> list[Row]:
    if args.facts:
        return read_facts(args.facts)
    report = ExtractionReport()
    facts = extract_facts(args.paths, report)
    for err in report.errors:
        console.print(f"[red]error:[/] {err}")
    return facts


def _fact_keys(args: argparse.Namespace, console: Console) -> list[Row]:
    keys = [json.loads(text) for text in args.fact]
    if args.fact_id:
        if not args.facts and not args.paths:
            raise ValueError("--fact-id needs the facts: give --facts FILE or the gazette paths")
        by_id = {f["id"]: f for f in _load_facts(args, console)}
        missing = [i for i in args.fact_id if i not in by_id]
        if missing:
            raise ValueError(f"no fact with id {', '.join(missing)} among these facts")
        keys += [fact_key(by_id[i]) for i in args.fact_id]
    return keys


def _corrections(kind: str, pairs: list[str]) -> Row:
    out: Row = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep:
            raise ValueError(f"--set {pair!r}: expected FIELD=VALUE")
        is_list = CORRECTABLE.get(kind, {}).get(name, False)
        if is_list:
            out[name] = json.loads(value) if value.startswith("[") else [v for v in value.split("、") if v]
        else:
            out[name] = value
    return out


def _record(args: argparse.Namespace, console: Console) -> Row:
    raw: Row = {"kind": args.kind, "by": args.by, "at": now(), "why": args.why}
    if args.kind in ("reject", "confirm", "correct"):
        keys = _fact_keys(args, console)
        if len(keys) != 1:
            raise ValueError(f"{args.kind} is about one fact: give one --fact-id or --fact")
        raw["fact"] = keys[0]
        if args.kind == "correct":
            raw["set"] = _corrections(keys[0]["type"], args.set)
    elif args.kind == "same":
        raw["entities"] = args.entities
    elif args.kind == "different":
        raw.update(entity=args.entity, facts=_fact_keys(args, console), label=args.label)
    else:
        raw.update({"from": args.predecessor, "to": args.successor, "change": args.change, "date": args.date,
                    "doc": args.doc})
    return raw


def _add(args: argparse.Namespace, console: Console) -> int:  # one plain line, for scripts
    judgement = parse(_record(args, console))
    path = append(_directory(args), judgement)
    print(f"wrote {judgement.id} ({judgement.kind}) to {path}; the next `govkg build` applies it")
    return 0


def _list(args: argparse.Namespace, console: Console) -> int:
    directory = _directory(args)
    judgements = [j for j in read_judgements(directory) if not args.kind or j.kind == args.kind]
    if args.json:
        for j in judgements:
            print(j.line())
        return 0
    table = Table(title=f"{len(judgements)} judgement(s) in {directory}")
    for column in ("id", "kind", "about", "by", "at", "why"):
        table.add_column(column)
    for j in judgements:
        about = {k: v for k, v in j.to_json().items() if k not in ("kind", "by", "at", "why")}
        table.add_row(*(escape(x) for x in (j.id, j.kind, json.dumps(about, ensure_ascii=False), j.by, j.at, j.why)))
    console.print(table)
    return 0


def _check(args: argparse.Namespace, console: Console) -> int:
    if not args.paths and not args.facts:
        console.print("[red]error:[/] name gazette files or directories, or --facts FILE")
        return 2
    directory = _directory(args)
    stage = ReviewStage(read_judgements(directory))
    documents = rows_for(stage.facts(_load_facts(args, console)))
    stage.rows(documents)
    agencies = {node_id for doc in documents for node_id in doc.nodes.get("Agency", {})}
    for j in stage.judgements:
        if isinstance(j, Lineage) and not {j.predecessor, j.successor} <= agencies:
            stage.report.orphans.append(Orphan(j, f"agency {j.predecessor} or {j.successor} is not in the corpus"))
    console.print(f"judgements in {directory}")
    print_review(console, stage.report, args.show)
    return 1 if stage.report.orphans else 0


def print_review(console: Console, report: ReviewReport | None, show: int = 5) -> None:
    """What the review stage did: judgements applied, orphans, conflicts by kind, suggestions."""
    if report is None:
        return
    console.print(f"review: {report.judgements} judgement(s): {len(report.rejected)} fact(s) rejected, "
                  f"{report.confirmed} confirmed, {report.corrected} corrected, {report.merged} merge(s), "
                  f"{report.split} split(s), {report.lineage} lineage edge(s); {report.doubtful} fact(s) with doubts")
    for orphan in report.orphans:
        console.print(f"[yellow]orphaned judgement:[/] {escape(orphan.describe())}")
    table = Table(title=f"Conflicts: {len(report.conflicts)}")
    table.add_column("kind")
    table.add_column("count", justify="right")
    table.add_column("examples (facts' documents in brackets)")
    for kind, n in report.conflict_counts.items():
        examples = [c.describe() for c in report.conflicts if c.kind == kind][:show]
        table.add_row(kind, str(n), escape("\n".join(examples)))
    console.print(table)
    if report.suggestions:
        console.print(f"same person across counties? {len(report.suggestions)} suggestion(s), e.g. "
                      + escape("; ".join(s.describe() for s in report.suggestions[:show])))


def command(args: argparse.Namespace) -> int:
    console = Console(width=None if sys.stdout.isatty() else 140)
    try:
        if args.review_command == "add":
            return _add(args, console)
        if args.review_command == "list":
            return _list(args, console)
        return _check(args, console)
    except (OSError, ValueError) as exc:  # JudgementError is a ValueError naming file and line
        console.print(f"[red]error:[/] {exc}")
        return 2
