"""``govkg queries`` and ``govkg query NAME --param key=value …``: the named queries from the command line.

Names and parameters are checked before Neo4j is contacted: an unknown query, a malformed ``--param``, an
unknown or bad parameter gets a message listing what is accepted (exit 2), never a traceback. Rows go to
standard output (a table, JSON or CSV); messages go to standard error.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import json
import sys
from collections.abc import Sequence
from dataclasses import fields, is_dataclass
from typing import Any, TextIO

from neo4j import Driver
from neo4j.exceptions import DriverError, Neo4jError
from rich.console import Console
from rich.table import Table
from rich.text import Text

from govkg.build_command import connect
from govkg.settings import Settings, SettingsError
from queries.registry import REGISTRY, Query, QueryError, Row, all_queries, as_dict, get

FORMATS = ("table", "json", "csv")
CELL_WIDTH = 80  # table cells are cut here; --format json or csv gives everything
LIST_ITEMS = 30  # items of a list shown in the one-row (record) view
# Keys that name the thing a nested map stands for, and keys that qualify it, for compact table cells.
NAME_KEYS = ("name", "person", "agency", "member", "task", "taskforce", "post", "target", "title", "type", "role",
             "id")
QUALIFIER_KEYS = ("role", "relation", "held", "status", "start", "end", "date", "as_of", "action", "mentions")


# -- parameters ----------------------------------------------------------------


def parse_params(pairs: Sequence[str], query: Query, limit: int | None = None) -> dict[str, Any]:
    """``key=value`` strings (and ``--limit``) as a dict of raw values, checked against the query's parameters."""
    supplied: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key = key.strip()
        if not sep or not key:
            raise QueryError(f"--param wants KEY=VALUE, got {pair!r}")
        if key in supplied:
            raise QueryError(f"parameter {key!r} is given twice")
        supplied[key] = value
    if limit is not None and any(p.name == "limit" for p in query.params):
        if "limit" in supplied:
            raise QueryError("give the limit once: --limit N or --param limit=N")
        supplied["limit"] = str(limit)
    query.bind(supplied)  # raises QueryError naming what is accepted
    return supplied


def accepted(query: Query) -> str:
    if not query.params:
        return f"query {query.name!r} takes no parameters"
    lines = [f"parameters of {query.name!r}:"] + [f"  --param {p.describe()}" for p in query.params]
    return "\n".join(lines)


def find_query(name: str) -> Query:
    try:
        return get(name)
    except QueryError as exc:
        close = difflib.get_close_matches(name, list(REGISTRY), n=3, cutoff=0.5)
        hint = f" (did you mean {', '.join(close)}?)" if close else ""
        raise QueryError(f"{exc}{hint}") from None


# -- running -------------------------------------------------------------------


def run_query(driver: Driver, database: str, query: Query, params: dict[str, Any]) -> list[Row]:
    """The query's rows (a READ transaction on ``database``)."""
    return query.run(driver, database=database, **params)


# -- output --------------------------------------------------------------------


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def cell(value: Any) -> str:
    """A value as compact text: a map by its name and qualifiers, a list joined with '; '."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.3g}"
    if isinstance(value, dict):
        main = next((k for k in NAME_KEYS if value.get(k) not in (None, "", [])), None)
        if main is None:
            return ", ".join(f"{k}={cell(v)}" for k, v in value.items() if not isinstance(v, list | dict))
        extra = [cell(value[k]) for k in QUALIFIER_KEYS if k != main and value.get(k) not in (None, "", [])]
        nested = [cell(v) for v in value.values() if isinstance(v, list) and v]
        return (cell(value[main]) + (f" ({', '.join(extra)})" if extra else "")
                + "".join(f": {n}" for n in nested))
    if isinstance(value, list | tuple):
        return "; ".join(cell(v) for v in value)
    return str(value)


def _names(rows: list[Row], query: Query) -> list[str]:
    if is_dataclass(query.result):
        return [f.name for f in fields(query.result)]
    return list(as_dict(rows[0])) if rows else []


def write_json(rows: list[Row], out: TextIO) -> None:
    json.dump([as_dict(r) for r in rows], out, ensure_ascii=False, indent=2, default=str)
    out.write("\n")


def write_csv(rows: list[Row], names: list[str], out: TextIO) -> None:
    writer = csv.writer(out)
    writer.writerow(names)
    for row in rows:
        data = as_dict(row)
        writer.writerow([
            json.dumps(data[n], ensure_ascii=False, default=str) if isinstance(data[n], list | dict)
            else "" if data[n] is None else data[n]
            for n in names
        ])


def write_table(rows: list[Row], names: list[str], console: Console, title: str) -> None:
    if len(rows) == 1:  # one record (a profile): one line per field, one line per list item
        table = Table(title=title, show_header=False)
        table.add_column("field", style="bold")
        table.add_column("value", overflow="fold")
        data = as_dict(rows[0])
        for name in names:
            value = data[name]
            if isinstance(value, list) and value and isinstance(value[0], dict):
                shown = [_cut(cell(v), CELL_WIDTH) for v in value[:LIST_ITEMS]]
                if len(value) > LIST_ITEMS:
                    shown.append(f"… and {len(value) - LIST_ITEMS} more (--format json for all)")
                table.add_row(f"{name} ({len(value)})", Text("\n".join(shown)))
            else:
                table.add_row(name, Text(_cut(cell(value), CELL_WIDTH * 3)))
    else:
        table = Table(title=title)
        for name in names:
            table.add_column(name, overflow="fold")
        for row in rows:
            data = as_dict(row)
            table.add_row(*(Text(_cut(cell(data[n]), CELL_WIDTH)) for n in names))
    console.print(table)


def write_rows(rows: list[Row], query: Query, fmt: str, out: TextIO) -> None:
    names = _names(rows, query)
    if fmt == "json":
        write_json(rows, out)
    elif fmt == "csv":
        write_csv(rows, names, out)
    else:
        console = Console(file=out, width=None if out.isatty() else 200)
        write_table(rows, names, console, f"{query.title} ({len(rows)} row{'s' if len(rows) != 1 else ''})")


# -- the verbs -----------------------------------------------------------------


def add_list_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=("text", "json"), default="text", help="text (default) or JSON")


def describe_queries(fmt: str, out: TextIO) -> None:
    queries = list(all_queries())
    if fmt == "json":
        json.dump([{
            "name": q.name, "title": q.title, "description": q.description, "tags": list(q.tags),
            "params": [{"name": p.name, "type": p.type, "description": p.description, "required": p.required,
                        "default": None if p.required else p.default, "choices": list(p.choices)}
                       for p in q.params],
            "fields": [f.name for f in fields(q.result)] if is_dataclass(q.result) else [],
        } for q in queries], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    for q in queries:
        out.write(f"{q.name} — {q.title}\n  {q.description}\n")
        for p in q.params:
            out.write(f"    --param {p.describe()}\n")
        out.write("\n")
    out.write(f"{len(queries)} queries. Run one with: govkg query NAME --param key=value [--format table|json|csv]\n")


def list_command(args: argparse.Namespace) -> int:
    describe_queries(args.format, sys.stdout)
    return 0


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("name", help="the query's name (`govkg queries` lists them)")
    p.add_argument("-p", "--param", action="append", default=[], metavar="KEY=VALUE",
                   help="a parameter of the query (repeatable), e.g. --param agency_id=agency:稷山县:水利局")
    p.add_argument("--format", choices=FORMATS, default="table",
                   help=f"table (cells cut at {CELL_WIDTH} characters), json or csv (everything)")
    p.add_argument("--limit", type=int, metavar="N",
                   help="at most N rows: the query's limit parameter if it has one, else the first N rows")


def command(args: argparse.Namespace) -> int:
    err = Console(stderr=True, width=None if sys.stderr.isatty() else 140)
    try:
        query = find_query(args.name)
    except QueryError as exc:
        err.print(Text(f"error: {exc}"))
        return 2
    try:
        if args.limit is not None and args.limit < 0:
            raise QueryError("--limit must not be negative")
        params = parse_params(args.param, query, args.limit)
    except QueryError as exc:
        err.print(Text(f"error: {exc}\n{accepted(query)}"))
        return 2
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        err.print(Text(f"error: {exc}"))
        return 2
    driver = connect(settings, err)
    if driver is None:
        return 2
    try:
        rows = run_query(driver, settings.neo4j_database, query, params)
    except Neo4jError as exc:
        err.print(Text(f"error: query {query.name!r} failed in Neo4j: {exc.message or exc}"))
        return 1
    except DriverError as exc:
        err.print(Text(f"error: query {query.name!r} lost Neo4j at {settings.neo4j_uri}: {exc}"))
        return 1
    finally:
        driver.close()
    if args.limit is not None and not any(p.name == "limit" for p in query.params) and len(rows) > args.limit:
        err.print(Text(f"showing the first {args.limit} of {len(rows)} rows"))
        rows = rows[: args.limit]
    write_rows(rows, query, args.format, sys.stdout)
    return 0
