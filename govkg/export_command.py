"""``govkg export``: write a subgraph (an ego network, a county, a named query's result, the whole graph) to a file.

    govkg export --format graphml --out var/nanxuanzhi.graphml --ego person:稷山县:南选智 --hops 2
    govkg export --format csv --out var/csv --all --include-mentions
    govkg export --format popolo --out var/jishan.popolo.json --county 稷山县
    govkg export --format json --out var/search.json --query search --param text=水利局

Formats and their conventions: :mod:`queries.export`. Messages go to standard error; bad arguments, an unknown
id, county or query, or an unreachable Neo4j get a message and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
import time

from neo4j import Driver
from neo4j.exceptions import DriverError, Neo4jError
from rich.console import Console
from rich.markup import escape

from govkg.build_command import connect
from govkg.query_command import find_query, parse_params
from govkg.settings import Settings, SettingsError
from queries.export import FORMATS, ExportResult, cited_documents, export_graph, fetch_documents
from queries.subgraph import Subgraph, county_graph, ego_graph, ids_from_rows, query_subgraph, whole_graph


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", "-f", required=True, choices=FORMATS, help="the file format")
    p.add_argument("--out", "-o", required=True, help="the file to write (for csv: a directory)")
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--ego", metavar="ID", help="the network around this node id (e.g. person:稷山县:南选智)")
    target.add_argument("--county", metavar="NAME", help="one county's graph (e.g. 稷山县)")
    target.add_argument("--query", metavar="NAME", help="the nodes a named query returns (see `govkg queries`)")
    target.add_argument("--all", action="store_true", help="the whole graph")
    p.add_argument("--hops", type=int, default=None, help="with --ego: how far from the node (default 2)")
    p.add_argument("--param", action="append", default=[], metavar="KEY=VALUE", help="with --query: a parameter")
    p.add_argument("--include-mentions", action="store_true",
                   help="also the bookkeeping links MENTIONED_IN and IN_COUNTY (with --all: the graph entire)")
    p.add_argument("--label", action="append", dest="labels", metavar="LABEL", help="only nodes with this label")
    p.add_argument("--rel-type", action="append", dest="rel_types", metavar="TYPE",
                   help="only relationships of this type")
    p.add_argument("--as-of", metavar="DATE", help="only facts from documents dated on or before DATE")
    p.add_argument("--max-nodes", type=int, default=0, help="keep at most this many nodes (default 0: all)")


def _error(console: Console, message: object) -> int:
    console.print(f"[red]error:[/] {escape(str(message))}", highlight=False)
    return 2


def pull(driver: Driver, args: argparse.Namespace, database: str) -> Subgraph:
    """The subgraph the arguments ask for."""
    common = dict(labels=args.labels, rel_types=args.rel_types, as_of=args.as_of,
                  max_nodes=args.max_nodes or None, database=database, include_mentions=args.include_mentions)
    if args.ego:
        return ego_graph(driver, args.ego, hops=2 if args.hops is None else args.hops, **common)
    if args.county:
        return county_graph(driver, args.county, **common)
    if args.query:
        query = find_query(args.query)
        rows = query.run(driver, database=database, **parse_params(args.param, query))
        ids = ids_from_rows(rows)
        if not ids:
            raise ValueError(f"query {args.query!r} returned {len(rows)} row(s) with no node ids: nothing to export")
        return query_subgraph(driver, ids, **common)
    return whole_graph(driver, **common)


def _check(args: argparse.Namespace) -> str | None:
    if args.hops is not None and not args.ego:
        return "--hops goes with --ego"
    if args.hops is not None and args.hops < 0:
        return "--hops must not be negative"
    if args.param and not args.query:
        return "--param goes with --query"
    if args.max_nodes < 0:
        return "--max-nodes must not be negative"
    if args.query:
        try:
            parse_params(args.param, find_query(args.query))  # before Neo4j is contacted
        except ValueError as exc:
            return str(exc)
    return None


def command(args: argparse.Namespace) -> int:
    console = Console(stderr=True, width=None if sys.stderr.isatty() else 140)
    problem = _check(args)
    if problem:
        return _error(console, problem)
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        return _error(console, exc)
    driver = connect(settings, console)
    if driver is None:
        return 2
    started = time.perf_counter()
    try:
        sub = pull(driver, args, settings.neo4j_database)
        documents = (fetch_documents(driver, cited_documents(sub.graph), settings.neo4j_database)
                     if args.format == "popolo" else None)
        result = export_graph(sub.graph, args.format, args.out, documents=documents)
    except (ValueError, OSError) as exc:  # SubgraphError, SchemaError, QueryError, ExportError are ValueErrors
        return _error(console, exc)
    except (Neo4jError, DriverError) as exc:
        return _error(console, f"Neo4j at {settings.neo4j_uri}: {exc}")
    finally:
        driver.close()
    report(console, sub, result, time.perf_counter() - started)
    return 0


def report(console: Console, sub: Subgraph, result: ExportResult, seconds: float) -> None:
    paths = escape(", ".join(str(p) for p in result.paths))
    console.print(f"wrote {paths} ({result.format}): {result.nodes:,} nodes, {result.relationships:,} relationships "
                  f"in {seconds:.1f} s", highlight=False)
    if sub.truncated:
        console.print(f"[yellow]{escape(sub.description)}: {escape(sub.caption)}[/] (--max-nodes)", highlight=False)
    for note in result.notes:
        console.print(f"[dim]{escape(note)}[/]", highlight=False)
