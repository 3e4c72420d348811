"""``govkg build PATH...``: extract, resolve and load into Neo4j with a progress bar and a summary."""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter
from pathlib import Path

from neo4j import Driver, GraphDatabase
from neo4j.exceptions import AuthError, DriverError, Neo4jError, ServiceUnavailable
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from govkg import bulk_command
from govkg.cli import positive
from govkg.review_command import print_review
from govkg.settings import Settings, SettingsError
from graph_build.build import BuildResult, PruneRefused, build_graph, extract_facts, read_facts
from graph_build.graph.rows import DocumentRows
from graph_build.judgements import ReviewStage, default_dir, read_judgements
from graph_build.records import ExtractionReport


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="*", help="gazette text files or directories of .txt files")
    p.add_argument("--facts", help="load facts from a JSON Lines file of `govkg extract` instead of extracting")
    p.add_argument("--prune", action="store_true",
                   help="also remove documents that are in the graph but not among these files")
    p.add_argument("--yes", action="store_true",
                   help="confirm a --prune that would remove more than half of the graph's documents")
    p.add_argument("--show", type=int, default=5, help="violations to show per domain check (default 5)")
    p.add_argument("--judgements", help="judgements to apply (default $GOVKG_JUDGEMENTS, else judgements/ beside "
                                        "the corpus or the facts file)")
    p.add_argument("-j", "--jobs", type=positive, default=1,
                   help="extract with N processes (the same facts as one); default 1")
    bulk_command.add_arguments(p)


def connect(settings: Settings, console: Console) -> Driver | None:
    """The one driver of this run, or None (with a message saying how to start Neo4j)."""
    # a lost server is told within ~15 s rather than after the driver's default 30 s of retries per transaction
    driver = GraphDatabase.driver(settings.neo4j_uri, auth=settings.auth, connection_timeout=10.0,
                                  max_transaction_retry_time=15.0)
    try:
        driver.verify_connectivity()
    except ServiceUnavailable:
        hint = "start it with `govkg neo4j start`" if settings.is_local else "check NEO4J_URI"
        error(console, f"Neo4j is not reachable at {settings.neo4j_uri}: {hint}")
    except AuthError:
        error(console, f"Neo4j at {settings.neo4j_uri} refused user {settings.neo4j_user!r}: "
                       "check NEO4J_USER and NEO4J_PASSWORD")
    else:
        return driver
    driver.close()
    return None


def error(console: Console, message: str) -> None:
    """An error line; the message (file names, Neo4j's words) is text, never markup."""
    console.print(f"[red]error:[/] {escape(message)}", highlight=False)


def unreadable_paths(paths: list[str]) -> list[str]:
    """The paths named on the command line that do not exist or cannot be read, each with the reason."""
    out = []
    for path in paths:
        p = Path(path)
        if not p.exists():
            out.append(f"{path}: no such file or directory")
        elif not os.access(p, os.R_OK | (os.X_OK if p.is_dir() else 0)):
            out.append(f"{path}: cannot be read (permission denied)")
    return out


def command(args: argparse.Namespace) -> int:
    console = Console(width=None if sys.stdout.isatty() else 140)  # no wrapping at 80 columns in logs
    if not args.paths and not args.facts:
        error(console, "name gazette files or directories, or --facts FILE")
        return 2
    bad = unreadable_paths(args.paths)
    if bad:
        for line in bad:
            error(console, line)
        error(console, "nothing was built or pruned: check the paths")
        return 2
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        error(console, str(exc))
        return 2
    report = ExtractionReport()
    try:
        review = ReviewStage(read_judgements(args.judgements or default_dir(args.paths, args.facts)))
        with console.status("extracting facts…"):
            facts = read_facts(args.facts) if args.facts else extract_facts(args.paths, report, args.jobs)
    except (OSError, ValueError) as exc:
        error(console, str(exc))
        return 2
    for err in report.errors:
        error(console, err)
    if args.bulk:
        status, bulk_result = bulk_command.run(args, facts, report, settings, console, review.judgements)
        if bulk_result is not None:
            print_summary(console, bulk_result, settings, args.show)
        return status
    driver = connect(settings, console)
    if driver is None:
        return 2
    try:
        with Progress(TextColumn("loading documents"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      TextColumn("{task.description}", markup=False), console=console, transient=False) as bar:
            task = bar.add_task("", total=None)

            def on_rows(docs: list[DocumentRows]) -> None:
                bar.update(task, total=len(docs))

            def on_doc(rows: DocumentRows, outcome: str) -> None:
                bar.update(task, advance=1, description=f"{outcome}: {rows.title[:40]}")

            result = build_graph(driver, settings.neo4j_database, facts, report, progress=on_doc, on_rows=on_rows,
                                 prune=args.prune, confirmed=args.yes, review=review)
    except PruneRefused as exc:
        error(console, str(exc))
        return 2
    except (ServiceUnavailable, DriverError) as exc:
        error(console, f"lost Neo4j at {settings.neo4j_uri} during the build ({type(exc).__name__}: {exc}); "
                       "documents already loaded stay whole (one transaction each): run the build again")
        return 1
    except Neo4jError as exc:
        error(console, f"Neo4j at {settings.neo4j_uri} failed during the build: {exc.message or exc}")
        return 1
    finally:
        driver.close()
    print_summary(console, result, settings, args.show)
    print_review(console, result.review, args.show)
    return 0 if result.ok else 1


def _rejection_reasons(rejected: list[str]) -> Counter[str]:
    reasons: Counter[str] = Counter()
    for line in rejected:
        m = re.search(r": (\w+) rejected: (evidence lacks)", line)
        reasons[f"{m.group(1)}: {m.group(2)} its names" if m else line] += 1
    return reasons


def print_summary(console: Console, result: BuildResult, settings: Settings, show: int) -> None:
    table = Table(title=escape(f"Graph at {settings.neo4j_uri} (database {settings.neo4j_database})"))
    table.add_column("nodes")
    table.add_column("count", justify="right")
    table.add_column("relationships")
    table.add_column("count", justify="right")
    nodes = sorted(result.nodes.items())
    rels = sorted(result.relationships.items())
    for i in range(max(len(nodes), len(rels))):
        n = nodes[i] if i < len(nodes) else ("", "")
        r = rels[i] if i < len(rels) else ("", "")
        table.add_row(escape(n[0]), str(n[1]), escape(r[0]), str(r[1]))
    console.print(table)
    load = result.load
    if result.duplicates:
        console.print(f"documents found in more than one file (loaded once, all files kept as sources): "
                      f"{len(result.duplicates)}", highlight=False)
        for dup in result.duplicates[:show]:
            console.print(f"  {escape(dup.describe())}", highlight=False)
    console.print(
        f"documents: {result.documents} ({len(load.loaded)} loaded, {len(load.unchanged)} unchanged, "
        f"{len(load.failed)} failed, {len(load.pruned)} pruned); {load.orphans_removed} orphan nodes removed; "
        f"{result.tenures} tenures derived; {result.seats_by_post} roster seats linked to a post's holder; "
        f"{result.shared_duty_pairs} pairs of agencies sharing duties counted"
    )
    reasons = _rejection_reasons(result.extraction.rejected)
    if reasons or load.failed:
        rej = Table(title="Facts rejected, and why")
        rej.add_column("reason")
        rej.add_column("facts", justify="right")
        for reason, n in sorted(reasons.items()):
            rej.add_row(escape(reason), str(n))
        for err in load.failed:
            rej.add_row(escape(f"document not loaded (rolled back): {err}"), "all")
        console.print(rej)
    else:
        console.print("facts rejected: none")
    checks = Table(title="Domain checks")
    checks.add_column("check")
    checks.add_column("result")
    checks.add_column("examples")
    for res in result.checks:
        examples = escape("; ".join(", ".join(f"{v}" for v in row.values() if v is not None)
                                    for row in res.violations[:show]))
        status = "[green]ok[/]" if res.ok else f"[yellow]{len(res.violations)} violation(s)[/]"
        checks.add_row(f"{escape(res.check.name)}\n[dim]{escape(res.check.description)}[/]", status, examples)
    for name, count in result.findings.items():
        status = "[green]ok[/]" if not count else f"[yellow]{count} finding(s)[/]"
        checks.add_row(f"{escape(name)}\n[dim]kept in the graph: govkg query {escape(name)}[/]", status, "")
    console.print(checks)
