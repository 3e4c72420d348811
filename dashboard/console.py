"""Running an expert's Cypher read-only, by construction: before a statement runs, its plan (``EXPLAIN``) is
checked, and it runs only if every operator is a read operator (no ``LoadCSV``, no ``Show…``/``Terminate…``
commands, no writes) and every procedure it calls is on an allow-list. Then it runs in a READ transaction with a
server-side timeout, and at most ``limit`` rows are fetched. Values come back as plain Python for a table.

This holds whatever Neo4j the dashboard faces (the local one, docker compose, Aura): it does not rely on the
server's settings or on its access mode alone, since ``LOAD CSV`` and ``SHOW``/``TERMINATE TRANSACTIONS`` pass a
READ transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, LiteralString, cast

from neo4j import READ_ACCESS, Driver, NotificationMinimumSeverity, Query, Record, Result, RoutingControl
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
# Operators of read-only plans (Neo4j 5 operator names, without the ``@database`` suffix).
READ_OPERATORS = frozenset({
    "ProduceResults", "Argument", "ArgumentTracker", "EmptyRow",
    "AllNodesScan", "NodeByLabelScan", "NodeByIdSeek", "NodeByElementIdSeek", "NodeIndexScan", "NodeIndexSeek",
    "NodeIndexSeekByRange", "NodeUniqueIndexSeek", "NodeUniqueIndexSeekByRange", "NodeIndexContainsScan",
    "NodeIndexEndsWithScan", "MultiNodeIndexSeek", "IntersectionNodeByLabelsScan", "UnionNodeByLabelsScan",
    "SubtractionNodeByLabelsScan", "NodeCountFromCountStore", "RelationshipCountFromCountStore",
    *(f"{d}{op}" for d in ("Directed", "Undirected") for op in (
        "AllRelationshipsScan", "RelationshipTypeScan", "UnionRelationshipTypesScan", "RelationshipIdSeek",
        "RelationshipElementIdSeek", "RelationshipIndexScan", "RelationshipIndexSeek",
        "RelationshipIndexSeekByRange", "RelationshipIndexContainsScan", "RelationshipIndexEndsWithScan",
        "RelationshipUniqueIndexSeek", "RelationshipUniqueIndexSeekByRange")),
    "Expand(All)", "Expand(Into)", "OptionalExpand(All)", "OptionalExpand(Into)", "VarLengthExpand(All)",
    "VarLengthExpand(Into)", "VarLengthExpand(Pruning)", "VarLengthExpand(Pruning,BFS)",
    "BFSPruningVarLengthExpand(All)", "BFSPruningVarLengthExpand(Into)", "ShortestPath",
    "StatefulShortestPath(All)", "StatefulShortestPath(Into)", "Repeat(Trail)", "Trail", "NullifyMetadata",
    "ProjectEndpoints", "TriadicSelection", "TriadicBuild", "TriadicFilter",
    "Filter", "Projection", "CacheProperties", "Limit", "ExhaustiveLimit", "Skip", "Sort", "PartialSort", "Top",
    "PartialTop", "EagerAggregation", "OrderedAggregation", "Distinct", "OrderedDistinct", "Eager", "Unwind",
    "Apply", "SemiApply", "AntiSemiApply", "LetSemiApply", "LetAntiSemiApply", "SelectOrSemiApply",
    "SelectOrAntiSemiApply", "LetSelectOrSemiApply", "LetSelectOrAntiSemiApply", "ConditionalApply",
    "AntiConditionalApply", "RollUpApply", "Anti", "Optional", "CartesianProduct", "NodeHashJoin",
    "NodeLeftOuterHashJoin", "NodeRightOuterHashJoin", "ValueHashJoin", "Union", "OrderedUnion",
    "AssertSameNode", "AssertSameRelationship",
    "ProcedureCall",  # checked against ALLOWED_PROCEDURES
})
ALLOWED_PROCEDURES = frozenset({
    "db.labels", "db.relationshipTypes", "db.propertyKeys", "db.schema.visualization",
    "db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships",
})
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
    refused_what: list[str] = field(default_factory=list)


def _plan_operators(plan: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """Every operator of a plan (name without ``@database``) with its details."""
    yield str(plan.get("operatorType", "")).split("@")[0], str((plan.get("args") or {}).get("Details") or "")
    for child in plan.get("children") or []:
        yield from _plan_operators(child)


def refusals(plan: dict[str, Any]) -> list[str]:
    """What in a plan this console refuses to run: operators that are not reads, procedures not allowed."""
    out: list[str] = []
    for operator, details in _plan_operators(plan):
        if operator not in READ_OPERATORS:
            out.append(f"operator {operator}")
        elif operator == "ProcedureCall":
            procedure = details.split("(")[0].strip()
            if procedure not in ALLOWED_PROCEDURES:
                out.append(f"procedure {procedure or '(unknown)'}")
    return sorted(set(out))


def refusal_message(what: list[str]) -> str:
    return (f"refused: this console runs only reads; the statement would use {', '.join(what)}. "
            f"Procedures allowed: {', '.join(sorted(ALLOWED_PROCEDURES))}.")


def vet(driver: Driver, text: str, database: str = "neo4j") -> list[str]:
    """What the statement's plan would do that this console refuses (empty: it may run). Raises Neo4jError
    or DriverError when Neo4j cannot plan it (a syntax error, an administration command, …)."""
    with driver.session(database=database, default_access_mode=READ_ACCESS,
                        notifications_min_severity=NotificationMinimumSeverity.OFF) as session:
        summary = session.run(cast(LiteralString, "EXPLAIN " + text)).consume()
    if summary.plan is None:
        return ["a statement Neo4j gives no plan for"]
    return refusals(summary.plan)


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
    """Run ``text`` if its plan is read-only (:func:`vet`), in a READ transaction with a timeout; fetch at most
    ``limit`` rows. Never raises for a bad query: the result says whether it was refused (and for what), timed
    out, or failed otherwise."""
    limit = max(1, min(int(limit), MAX_ROWS))
    try:
        refused = vet(driver, text, database)
    except ClientError as exc:
        code = exc.code or ""
        if any(part in code for part in _REFUSED):
            return ConsoleResult(refused=True, error=exc.message or str(exc))
        return ConsoleResult(error=exc.message or str(exc))
    except (Neo4jError, DriverError) as exc:
        return ConsoleResult(error=str(exc))
    if refused:
        return ConsoleResult(refused=True, refused_what=refused, error=refusal_message(refused))

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
