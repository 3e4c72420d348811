"""Named, parameterised queries: one registry that the CLI, the dashboard and the tests iterate over.

A query has a name, a title, a description, typed parameters, its Cypher (values always passed as
parameters, never formatted in) and a typed result row. Queries run in READ transactions.

    from queries.registry import REGISTRY, get
    rows = get("search").run(driver, text="水利局")
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

from neo4j import Driver, Record, RoutingControl
from neo4j.exceptions import Neo4jError

from queries.samples import graph_samples

Row = Any  # an instance of the query's result dataclass


class _Required:
    def __repr__(self) -> str:
        return "REQUIRED"


REQUIRED: Any = _Required()


class QueryError(ValueError):
    """An unknown query, or bad parameters: the message says what is accepted."""


def _parse_bool(text: str) -> bool:
    if text.lower() in ("1", "true", "yes", "y", "on"):
        return True
    if text.lower() in ("0", "false", "no", "n", "off"):
        return False
    raise ValueError(f"{text!r} is not true/false")


def _parse_date(text: str) -> str:
    for fmt, width in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        try:
            dt.datetime.strptime(text, fmt)
        except ValueError:
            continue
        if len(text) == width:
            return text
    raise ValueError(f"{text!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")


MAX_INT = 2**31 - 1  # some Cypher functions take 32-bit integers only (e.g. a list slice bound)


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


PARSERS: dict[str, Callable[[str], Any]] = {"str": str, "int": int, "float": float, "bool": _parse_bool,
                                            "date": _parse_date}


@dataclass(frozen=True)
class Param:
    name: str
    type: str  # str | int | float | bool | date (ISO string)
    description: str
    default: Any = REQUIRED
    choices: tuple[Any, ...] = ()

    @property
    def required(self) -> bool:
        return self.default is REQUIRED

    def parse(self, value: Any) -> Any:
        """A value from the command line or a form, checked and converted."""
        if value is None:
            if self.required:
                raise QueryError(f"parameter {self.name!r} is required ({self.description})")
            return self.default
        try:
            out = PARSERS[self.type](value) if isinstance(value, str) else value
        except ValueError as exc:
            raise QueryError(f"parameter {self.name!r}: {exc}") from exc
        if self.type == "int" and isinstance(out, int) and out < 0:
            raise QueryError(f"parameter {self.name!r} must not be negative")
        if self.type == "int" and isinstance(out, int) and out > MAX_INT:
            raise QueryError(f"parameter {self.name!r} must be at most {MAX_INT} ")
        if self.type == "float" and isinstance(out, float) and not math.isfinite(out):
            raise QueryError(f"parameter {self.name!r} must be a finite number")
        if isinstance(out, str) and not _encodable(out):
            raise QueryError(f"parameter {self.name!r} is not valid text (it holds an unpaired surrogate)")
        if self.choices and out not in self.choices:
            raise QueryError(f"parameter {self.name!r} must be one of {', '.join(map(str, self.choices))}")
        return out

    def describe(self) -> str:
        extra = "required" if self.required else f"default {self.default!r}"
        if self.choices:
            extra += f"; one of {', '.join(map(str, self.choices))}"
        return f"{self.name} ({self.type}, {extra}): {self.description}"


@dataclass(frozen=True)
class Query:
    name: str
    title: str
    description: str
    cypher: str
    result: type
    params: tuple[Param, ...] = ()
    tags: tuple[str, ...] = field(default=())
    # Optional check of the bound parameters together (e.g. "give one of a or b"); raises QueryError.
    check: Callable[[dict[str, Any]], None] | None = field(default=None, compare=False)

    def bind(self, supplied: dict[str, Any]) -> dict[str, Any]:
        """Check and convert parameters; unknown names are refused, listing the accepted ones."""
        known = {p.name: p for p in self.params}
        unknown = sorted(set(supplied) - set(known))
        if unknown:
            accepted = "; ".join(p.describe() for p in self.params) or "none"
            raise QueryError(f"query {self.name!r} has no parameter {', '.join(unknown)}; accepted: {accepted}")
        bound = {name: p.parse(supplied.get(name)) for name, p in known.items()}
        if self.check is not None:
            self.check(bound)
        return bound

    def run(self, driver: Driver, database: str = "neo4j", **params: Any) -> list[Row]:
        bound = self.bind(params)
        # A read needs no bookmark of earlier transactions: one kept across a database replaced by a bulk import
        # (whose transaction ids start lower) would make every later query wait for a version that never comes.
        records, _, _ = driver.execute_query(self.cypher, bound, database_=database, routing_=RoutingControl.READ,
                                             bookmark_manager_=None)
        names = {f.name for f in fields(self.result)} if is_dataclass(self.result) else None
        out = []
        for record in records:
            data = _record_data(record)
            if names is not None:
                missing = names - set(data)
                if missing:
                    raise QueryError(f"query {self.name!r} returned no {', '.join(sorted(missing))}")
                data = {k: v for k, v in data.items() if k in names}
            out.append(self.result(**data))
        return out


_PLAIN = (str, int, float, bool, type(None))


def _plain(value: Any) -> bool:
    """Whether ``value`` holds only text, numbers, booleans and nulls (in lists and maps)."""
    if isinstance(value, _PLAIN):
        return True
    if isinstance(value, list):
        return all(_plain(v) for v in value)
    if isinstance(value, dict):
        return all(_plain(v) for v in value.values())
    return False


def _record_data(record: Record) -> dict[str, Any]:
    """``record.data()``: what it makes of plain values is the values themselves, so a record of plain values
    (every row of most queries) is zipped with its keys instead, several times faster on a listing of thousands of
    rows; a node, relationship, path or temporal value goes through ``data()``."""
    values = record.values()
    if all(_plain(v) for v in values):
        return dict(zip(record.keys(), values, strict=True))
    return record.data()


# Said in the description of every query whose rows carry a fact's source.
SOURCE_LINKS = (" A fact read from a PDF or a web page also has page (its PDF page) and url (its source address); "
                "both are null for a text file.")

REGISTRY: dict[str, Query] = {}


def register(query: Query) -> Query:
    if query.name in REGISTRY:
        raise ValueError(f"query {query.name!r} is registered twice")
    REGISTRY[query.name] = query
    return query


def get(name: str) -> Query:
    _load_all()
    try:
        return REGISTRY[name]
    except KeyError:
        raise QueryError(f"no query named {name!r}; known queries: {', '.join(sorted(REGISTRY))}") from None


def all_queries() -> Iterator[Query]:
    _load_all()
    yield from (REGISTRY[name] for name in sorted(REGISTRY))


PLACEHOLDERS: dict[str, Any] = {"str": "-", "int": 1, "float": 0.0, "bool": False, "date": "2000-01-01"}


def placeholder_params(query: Query, every: bool = False, samples: dict[str, Any] | None = None) -> dict[str, Any]:
    """Values that bind the required parameters of ``query`` (``every``: all of them): the value ``samples`` holds
    for the parameter's name where it holds one (``queries.samples.graph_samples``), else a value of its type that
    names nothing (the first choice where it has choices); the others keep their defaults."""
    samples = samples or {}
    return {p.name: samples.get(p.name, p.choices[0] if p.choices else PLACEHOLDERS[p.type]) for p in query.params
            if p.required or every}


def prepare(driver: Driver, database: str = "neo4j") -> list[str]:
    """Run every query before anyone waits for it, so that Neo4j has planned it (a plan is kept per query text and
    parameter types, not per value) and has done the work of its rows once: planning a query is 0.1–0.9 s on a
    2-core box, and right after a restart a planned query's first run with real values still 0.1–1.2 s; running it
    again a few ms. The values are the graph's own where it has them (``queries.samples``), placeholders elsewhere
    (``warm_up_params``). Returns the names of the queries that could not be bound or run."""
    samples = graph_samples(driver, database)
    failed = []
    for query in all_queries():
        try:
            for params in warm_up_params(query, samples):
                query.run(driver, database, **params)
        except (QueryError, Neo4jError):
            failed.append(query.name)
    return failed


def warm_up_params(query: Query, samples: dict[str, Any]) -> list[dict[str, Any]]:
    """The parameters ``prepare`` runs ``query`` with: its required ones, then those with each optional one that
    ``samples`` has a value for (a county filter, a keyword: another path through the same plan), keeping the sets
    that bind; if none does (a query that needs one of some optional parameters), all its parameters at once."""
    base = placeholder_params(query, samples=samples)
    sets = [base] + [{**base, p.name: samples[p.name]} for p in query.params
                     if not p.required and p.name in samples]
    bound = [params for params in sets if _binds(query, params)]
    return bound or [placeholder_params(query, every=True, samples=samples)]


def _binds(query: Query, params: dict[str, Any]) -> bool:
    try:
        query.bind(params)
    except QueryError:
        return False
    return True


def _load_all() -> None:
    """Import the modules that register queries (once)."""
    from queries import library  # noqa: F401


def as_dict(row: Row) -> dict[str, Any]:
    return {f.name: getattr(row, f.name) for f in fields(row)} if is_dataclass(row) else dict(row)
