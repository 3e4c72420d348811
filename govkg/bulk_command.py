"""``govkg build --bulk``: an empty database loaded with ``neo4j-admin database import full``.

For the project's local Neo4j: the graph is written as CSV (the documents'
rows, the corpus-wide review marks and the facts store, as an online build
would write them), the server is stopped, the import writes a new store, the
server is started again, and a build of the same resolution finishes the job:
it takes the imported documents as loaded, without reading them back, and makes
constraints and indexes, tenures, aggregates and the domain checks as after any
build. For another server (docker compose, a cluster, Aura) the files are
written and the commands to run there are printed; an online build of the same
files then finds every document unchanged.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from rich.console import Console

from govkg import neo4j_local
from govkg.settings import Settings
from graph_build.build import BuildResult, build_graph, by_source, facts_to_build, facts_to_store, resolve
from graph_build.graph.bulk import BulkError, run_import, set_empty_lists, write_import_files
from graph_build.graph.loader import ensure_schema
from graph_build.judgements import ReviewStage
from graph_build.judgements.model import Judgement
from graph_build.records import ExtractionReport


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--bulk", action="store_true",
                   help="load an empty database with neo4j-admin import (the local server is stopped and restarted)")
    p.add_argument("--replace", action="store_true", help="with --bulk: replace a database that is not empty")
    p.add_argument("--bulk-dir", help="with --bulk: where to write the CSV files (default: GOVKG_DATA_DIR/bulk-import)")


def run(args: argparse.Namespace, facts: list[dict[str, Any]], report: ExtractionReport, settings: Settings,
        console: Console, judgements: list[Judgement] | None = None) -> tuple[int, BuildResult | None]:
    """Bulk-load ``facts`` with ``judgements`` applied, as the online build would; returns the exit status and,
    for the local server, the build's result."""
    started = time.monotonic()
    # Resolved as the finishing build will find them (every file's facts, in file-name order), so that it takes
    # this resolution instead of making it again.
    new = by_source(facts)
    resolved = resolve(facts_to_build({}, new, set(new) | set(report.sources), None), ReviewStage(judgements))
    documents = resolved.documents
    directory = Path(args.bulk_dir or settings.data_dir / "bulk-import")
    try:
        files = write_import_files(documents, directory, marks=resolved.review.corpus_marks,
                                   store=facts_to_store(new, report))
    except BulkError as exc:
        console.print(f"[red]error:[/] {exc}")
        return 2, None
    console.print(f"bulk: {files.rows} rows ({files.relationship_rows} relationships) of {len(documents)} "
                  f"documents written to {directory} in {time.monotonic() - started:.1f} s")
    database = settings.neo4j_database
    if not settings.is_local:
        console.print(
            f"{settings.neo4j_uri} is not the local server: on the server's machine, with database "
            f"{database!r} stopped (`STOP DATABASE {database}`), copy {directory} there and run\n\n"
            f"  {files.command_line(database)}\n\n"
            f"then `START DATABASE {database}` and run `govkg build` on the same files (or --facts) to create "
            "constraints and indexes, derive tenures and run the checks: every document is found unchanged.",
            soft_wrap=True, markup=False,
        )
        return 0, None
    from govkg.build_command import connect  # the build command's one driver, made after the restart

    driver = connect(settings, console)
    if driver is None:
        return 2, None
    try:
        records, _, _ = driver.execute_query("MATCH (n) RETURN count(n) AS n", database_=database)
    finally:
        driver.close()
    if records[0]["n"] and not args.replace:
        console.print(f"[red]error:[/] the graph at {settings.neo4j_uri} has {records[0]['n']} nodes: --bulk "
                      "writes a new database; add --replace to replace it, or build without --bulk")
        return 2, None
    try:
        seconds = bulk_import(settings, files)
    except (BulkError, neo4j_local.Neo4jLocalError) as exc:
        console.print(f"[red]error:[/] {exc}")
        return 2, None
    console.print(f"bulk: neo4j-admin import of {files.rows} rows in {seconds:.1f} s (server stopped and restarted)")
    driver = connect(settings, console)
    if driver is None:
        return 2, None
    try:
        # The import writes no index: made first (and awaited), so that the empty lists are set through the id
        # indexes rather than by scanning a label for every row (129 s instead of a few at 100×).
        ensure_schema(driver, database)
        set_empty_lists(files, driver, database)
        result = build_graph(driver, database, facts, report, review=ReviewStage(judgements), resolved=resolved,
                             imported=True)
    finally:
        driver.close()
    elapsed = time.monotonic() - started
    console.print(f"bulk: {files.relationship_rows} relationships in {elapsed:.1f} s end to end "
                  f"({files.relationship_rows / max(elapsed, 1e-9):,.0f} rel/s)")
    return (0 if result.ok else 1), result


def bulk_import(settings: Settings, files: Any) -> float:
    """Stop the local server, import ``files`` into its store, start it again. Returns the import's seconds."""
    java = neo4j_local.find_java()
    classpath = neo4j_local.ensure_built()
    neo4j_local.stop(settings)
    started = time.monotonic()
    try:
        run_import(files, settings.neo4j_home, settings.neo4j_database, classpath, java)
    finally:
        neo4j_local.start(settings)
    return time.monotonic() - started
