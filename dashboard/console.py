"""Running an expert's Cypher read-only: a READ transaction (Neo4j refuses writes in it), a server-side timeout,
and at most ``limit`` rows fetched. Values come back as plain Python for a table.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, LiteralString, cast

from neo4j import Driver, Query, Record, Result, RoutingControl
from neo4j.exceptions import ClientError, DriverError, Neo4jError
from neo4j.graph import Node, Path, Relationship

MAX_ROWS = 5000
MAX_TIMEOUT = 120
EXAMPLES = (
    "MATCH (a:Agency {id: 'agency:稷山县:水利局'})-[r:RESPONSIBLE_FOR]->(t:Task)\n"
    "RETURN r.role AS role, t.name AS task, r.deadline AS deadline LIMIT 25",
    "MATCH (p:Person)-[o:OVERSEES]->(a:Agency)\nRETURN p.name AS leader, collect(a.name) AS agencies\n"
    "ORDER BY size(agencies) DESC LIMIT 10",
    "MATCH (n) RETURN labels(n)[0] AS label, count(*) AS nodes ORDER BY nodes DESC",
)
_REFUSED = ("AccessMode", "Forbidden", "WriteOnReadOnlyAccessDbException")
_TIMED_OUT = ("TransactionTimedOut",)


@dataclass
class ConsoleResult:
    keys: list[str] = field(default_factory=list)
    rows: list[list[Any]] = field(default_factory=list)
    truncated: bool = False
    refused: bool = False
    timed_out: bool = False
    error: str = ""


def plain(value: Any) -> Any:
    """A Neo4j value as something a table shows: nodes, relationships, paths and collections as JSON text."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return json.dumps(_jsonable(value), ensure_ascii=False, default=str)


def _jsonable(value: Any) -> Any:
    if isinstance(value, Node):
        return {"labels": sorted(value.labels), **{k: _jsonable(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        return {"type": value.type, **{k: _jsonable(v) for k, v in value.items()}}
    if isinstance(value, Path):
        return {"nodes": [_jsonable(n) for n in value.nodes],
                "relationships": [_jsonable(r) for r in value.relationships]}
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, bool | int | float | str) or value is None:
        return value
    return str(value)


def run_read(driver: Driver, text: str, *, limit: int = 200, timeout: float = 10.0,
             database: str = "neo4j") -> ConsoleResult:
    """Run ``text`` in a READ transaction with a timeout; fetch at most ``limit`` rows. Never raises for a bad
    query: the result says whether Neo4j refused a write, timed out, or failed otherwise."""
    limit = max(1, min(int(limit), MAX_ROWS))

    def first_rows(result: Result) -> tuple[list[str], list[Record]]:
        return list(result.keys()), result.fetch(limit + 1)

    query = Query(cast(LiteralString, text), timeout=max(0.1, min(float(timeout), MAX_TIMEOUT)))
    try:
        keys, records = driver.execute_query(query, database_=database, routing_=RoutingControl.READ,
                                             result_transformer_=first_rows)
    except ClientError as exc:
        code = exc.code or ""
        if any(part in code for part in _REFUSED):
            return ConsoleResult(refused=True, error=exc.message or str(exc))
        if any(part in code for part in _TIMED_OUT):
            return ConsoleResult(timed_out=True, error=exc.message or str(exc))
        return ConsoleResult(error=exc.message or str(exc))
    except (Neo4jError, DriverError) as exc:
        code = getattr(exc, "code", "") or ""
        if any(part in code for part in _TIMED_OUT):
            return ConsoleResult(timed_out=True, error=str(exc))
        return ConsoleResult(error=str(exc))
    return ConsoleResult(keys=keys, rows=[[plain(v) for v in r.values()] for r in records[:limit]],
                         truncated=len(records) > limit)
