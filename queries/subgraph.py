"""Subgraphs out of Neo4j, as networkx MultiDiGraphs: an ego network, a county, the whole graph, a query's result.

    from queries.subgraph import ego_graph
    sub = ego_graph(driver, "person:稷山县:南选智", hops=2, max_nodes=300)
    sub.graph            # networkx.MultiDiGraph
    sub.caption          # "showing 300 of 1,024 nodes"

The graph's nodes are keyed by the node's ``id``; their attributes are ``label`` (the node's schema label),
``name`` (``name``, else ``title``, else ``id``) and every stored property. Edges are keyed by
``"TYPE:key"`` (a relationship's identity is its type and its ``key`` property); their attributes are ``type``
and every stored property, ``key`` and the provenance (``fact_id``, ``doc_id``, ``source``, ``line``,
``evidence``) included.

Filters, the same for every kind of subgraph:

- ``labels``: only nodes with these labels (an ego network's centre is always kept);
- ``rel_types``: only these relationship types; by default every type but the bookkeeping links
  MENTIONED_IN and IN_COUNTY (``include_mentions=True`` adds them back);
- ``county``: only nodes of this county (its ``county`` property; a task by its document's county; the
  County node by its name);
- ``as_of``: only facts from documents dated on or before this date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``;
  ``2023`` means up to 2023-12-31). Undated documents are left out. Tasks and documents follow their
  document; other entities are kept when a kept document mentions them; non-fact links when both ends are kept;
- ``documents``: only facts from these documents (ids), combined with ``as_of``.

Labels and relationship types are checked against the schema before they go into Cypher; every value is a
parameter. Queries run in READ transactions.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
from neo4j import Driver, RoutingControl

from graph_build.graph.aggregates import INDEX_ONLY_PROPERTIES
from graph_build.graph.schema import Schema, load_schema
from queries.registry import as_dict

BOOKKEEPING = ("MENTIONED_IN", "IN_COUNTY")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def default_rel_types(schema: Schema, include_mentions: bool = False) -> tuple[str, ...]:
    """The types a subgraph follows unless told: facts and structure, without derived summaries (SHARES_DUTIES)
    and, unless ``include_mentions``, without the bookkeeping links."""
    return tuple(t for t in schema.relationships
                 if t not in schema.derived_rel_types and (include_mentions or t not in BOOKKEEPING))


class SubgraphError(ValueError):
    """A bad request for a subgraph (an unknown id, a bad date …): the message says what is wrong."""


@dataclass
class Subgraph:
    """A subgraph pulled out of Neo4j: ``shown_nodes`` of ``total_nodes`` (more were found than the cap)."""

    graph: nx.MultiDiGraph
    total_nodes: int
    shown_nodes: int
    truncated: bool
    description: str = ""

    @property
    def caption(self) -> str:
        n, m = self.shown_nodes, self.total_nodes
        return f"showing {n:,} of {m:,} nodes" if self.truncated else f"{n:,} nodes"

    @property
    def relationships(self) -> int:
        return self.graph.number_of_edges()


@dataclass(frozen=True)
class Filters:
    """Which nodes and relationships a subgraph keeps; build with :func:`filters`."""

    labels: tuple[str, ...] | None
    rel_types: tuple[str, ...]
    county: str | None = None
    as_of: str | None = None
    documents: tuple[str, ...] | None = None
    schema: Schema = field(default_factory=load_schema, repr=False, compare=False)

    @property
    def restricts_documents(self) -> bool:
        return self.as_of is not None or self.documents is not None


def as_of_bound(as_of: str | dt.date | None) -> str | None:
    """The last day that ``as_of`` covers, as an ISO string that compares with stored (partial) dates."""
    if as_of is None or as_of == "":
        return None
    if isinstance(as_of, dt.date):
        return as_of.isoformat()[:10]
    text = str(as_of).strip()
    if not _DATE.match(text):
        raise SubgraphError(f"as_of={as_of!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
    try:
        dt.date.fromisoformat(text if len(text) == 10 else (text + "-01-01")[:10])
    except ValueError as exc:
        raise SubgraphError(f"as_of={as_of!r} is not a date: {exc}") from None
    return {4: text + "-12-31", 7: text + "-31"}.get(len(text), text)


def filters(
    labels: Iterable[str] | None = None,
    rel_types: Iterable[str] | None = None,
    county: str | None = None,
    as_of: str | dt.date | None = None,
    documents: Iterable[str] | None = None,
    include_mentions: bool = False,
    schema: Schema | None = None,
) -> Filters:
    """Checked filters: labels and types must be in the schema (SchemaError, a ValueError, otherwise)."""
    schema = schema or load_schema()
    checked_labels = tuple(dict.fromkeys(schema.label(x) for x in labels)) if labels else None
    if rel_types:
        types = tuple(dict.fromkeys(schema.rel_type(t) for t in rel_types))
    else:
        types = default_rel_types(schema, include_mentions)
    return Filters(
        labels=checked_labels,
        rel_types=types,
        county=county or None,
        as_of=as_of_bound(as_of),
        documents=tuple(documents) if documents is not None else None,
        schema=schema,
    )


# -- Cypher pieces (labels and types from the schema only) -------------------------------------------------


def _rel_pattern(f: Filters) -> str:
    return "|".join(f.schema.rel_type(t) for t in f.rel_types)


def _node_where(f: Filters, var: str) -> str:
    """A predicate on node ``var`` for the filters (parameters: $county, $docs)."""
    s = f.schema
    parts = []
    if f.labels:
        parts.append(f"{var}:{'|'.join(s.label(x) for x in f.labels)}")
    if f.county:
        parts.append(
            f"({var}.county = $county OR ({var}:{s.label('County')} AND {var}.name = $county) OR "
            f"({var}:{s.label('Task')} AND EXISTS {{ MATCH (cd:{s.label('Document')} {{id: {var}.doc_id}}) "
            f"WHERE cd.county = $county }}))"
        )
    if f.restricts_documents:
        county, doc, task = s.label("County"), s.label("Document"), s.label("Task")
        parts.append(
            f"({var}:{county} OR ({var}:{doc} AND {var}.id IN $docs) OR ({var}:{task} AND {var}.doc_id IN $docs) "
            f"OR (NOT ({var}:{county} OR {var}:{doc} OR {var}:{task}) AND "
            f"EXISTS {{ MATCH ({var})-[:{s.rel_type('MENTIONED_IN')}]->(md:{doc}) WHERE md.id IN $docs }}))"
        )
    return " AND ".join(parts) or "true"


def _rel_where(f: Filters, var: str) -> str:
    return f"({var}.doc_id IS NULL OR {var}.doc_id IN $docs)" if f.restricts_documents else "true"


def _run(driver: Driver, database: str, cypher: str, **params: Any) -> list[dict[str, Any]]:
    records, _, _ = driver.execute_query(cypher, params, database_=database, routing_=RoutingControl.READ)
    return [r.data() for r in records]


def _params(driver: Driver, f: Filters, database: str) -> dict[str, Any]:
    """$county and $docs: the ids of the documents whose facts are kept (when dates or documents restrict)."""
    params: dict[str, Any] = {"county": f.county, "docs": None}
    if f.restricts_documents:
        rows = _run(
            driver, database,
            f"MATCH (d:{f.schema.label('Document')}) "
            "WHERE ($as_of IS NULL OR (d.date IS NOT NULL AND d.date <= $as_of)) AND ($ids IS NULL OR d.id IN $ids) "
            "RETURN d.id AS id",
            as_of=f.as_of, ids=list(f.documents) if f.documents is not None else None,
        )
        params["docs"] = sorted(r["id"] for r in rows)
    return params


def find_node(driver: Driver, node_id: str, database: str = "neo4j", schema: Schema | None = None) -> str | None:
    """The element id of the node with ``id`` = ``node_id`` (index lookups, one per schema label), or None."""
    found = _lookup(driver, [node_id], database, schema or load_schema())
    return found.get(node_id)


def _lookup(driver: Driver, ids: Sequence[str], database: str, schema: Schema) -> dict[str, str]:
    """Node id -> element id for the ids that exist, through each label's id constraint."""
    if not ids:
        return {}
    branches = " UNION ".join(f"MATCH (n:{schema.label(label)} {{id: id}}) RETURN n" for label in schema.nodes)
    rows = _run(driver, database,
                f"UNWIND $ids AS id CALL (id) {{ {branches} }} RETURN DISTINCT n.id AS id, elementId(n) AS eid",
                ids=list(dict.fromkeys(ids)))
    return {r["id"]: r["eid"] for r in rows}


# -- materialising --------------------------------------------------------------------------------------------


def _node_attrs(labels: list[str], props: dict[str, Any], schema: Schema) -> dict[str, Any]:
    label = next((x for x in labels if x in schema.nodes), labels[0] if labels else "")
    kept = {k: v for k, v in props.items() if k not in INDEX_ONLY_PROPERTIES}
    return {**kept, "label": label, "name": display_name(props)}


def display_name(props: dict[str, Any]) -> Any:
    """The ``name`` attribute: the stored name (even empty), else the title, else the id."""
    return props["name"] if "name" in props else (props.get("title") or props.get("id"))


def edge_key(rel_type: str, key: Any) -> str:
    """The multigraph key of a relationship: its identity, type and ``key`` property."""
    return f"{rel_type}:{key}"


def _materialise(driver: Driver, eids: list[str], f: Filters, params: dict[str, Any],
                 database: str) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    if not eids:
        return g
    rows = _run(driver, database,
                "MATCH (n) WHERE elementId(n) IN $eids RETURN elementId(n) AS eid, labels(n) AS labels, "
                "properties(n) AS props", eids=eids)
    order = {eid: i for i, eid in enumerate(eids)}
    for r in sorted(rows, key=lambda r: order[r["eid"]]):
        attrs = _node_attrs(r["labels"], r["props"], f.schema)
        g.add_node(attrs["id"], **attrs)
    if f.rel_types:
        rels = _run(
            driver, database,
            f"MATCH (a)-[r:{_rel_pattern(f)}]->(b) WHERE elementId(a) IN $eids AND elementId(b) IN $eids "
            f"AND {_rel_where(f, 'r')} "
            "RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS props, elementId(r) AS eid",
            eids=eids, **params,
        )
        for r in sorted(rels, key=lambda r: (r["type"], str(r["props"].get("key", r["eid"])), r["source"])):
            props = r["props"]
            k = edge_key(r["type"], props["key"]) if "key" in props else r["eid"]
            kept = {key: v for key, v in props.items() if key not in INDEX_ONLY_PROPERTIES}
            g.add_edges_from([(r["source"], r["target"], k, {**kept, "type": r["type"]})])
    return g


def _cap(ranked: list[str], max_nodes: int | None) -> list[str]:
    if max_nodes is None or max_nodes <= 0:
        return ranked
    return ranked[:max_nodes]


# -- the four kinds of subgraph -------------------------------------------------------------------------------


def ego_graph(
    driver: Driver,
    node_id: str,
    hops: int = 2,
    labels: Iterable[str] | None = None,
    rel_types: Iterable[str] | None = None,
    county: str | None = None,
    as_of: str | dt.date | None = None,
    max_nodes: int | None = 300,
    database: str = "neo4j",
    *,
    include_mentions: bool = False,
    documents: Iterable[str] | None = None,
) -> Subgraph:
    """The nodes within ``hops`` of ``node_id`` (either direction) and the relationships among them.

    The walk goes hop by hop through the kept relationship types and nodes. When more than ``max_nodes`` nodes
    are reached (``None`` or 0: no cap), the nearer ones are kept first and, within a hop, those linked to
    more of the previous hop's nodes, then by id: ``total_nodes`` counts all the nodes reached.
    """
    if hops < 0:
        raise SubgraphError(f"hops must not be negative (got {hops})")
    f = filters(labels, rel_types, county, as_of, documents, include_mentions)
    centre = find_node(driver, node_id, database, f.schema)
    if centre is None:
        raise SubgraphError(f"no node with id {node_id!r}")
    params = _params(driver, f, database)
    ranked = [centre]
    seen = {centre}
    frontier = [centre]
    for _ in range(hops):
        if not frontier or not f.rel_types:
            break
        rows = _run(
            driver, database,
            f"MATCH (n) WHERE elementId(n) IN $frontier "
            f"MATCH (n)-[r:{_rel_pattern(f)}]-(m) "
            f"WHERE {_rel_where(f, 'r')} AND {_node_where(f, 'm')} "
            "RETURN elementId(m) AS eid, m.id AS id, count(DISTINCT n) AS links",
            frontier=frontier, **params,
        )
        fresh = sorted((r for r in rows if r["eid"] not in seen), key=lambda r: (-r["links"], str(r["id"])))
        frontier = [r["eid"] for r in fresh]
        seen.update(frontier)
        ranked.extend(frontier)
    kept = _cap(ranked, max_nodes)
    g = _materialise(driver, kept, f, params, database)
    return Subgraph(g, len(ranked), len(kept), len(kept) < len(ranked), f"{hops}-hop network of {node_id}")


def _all_nodes(driver: Driver, f: Filters, params: dict[str, Any], database: str) -> list[str]:
    """Element ids of the nodes passing the filters, most connected (through kept types) first."""
    degree = f"COUNT {{ (n)-[:{_rel_pattern(f)}]-() }}" if f.rel_types else "0"
    rows = _run(driver, database,
                f"MATCH (n) WHERE n.id IS NOT NULL AND {_node_where(f, 'n')} "
                f"RETURN elementId(n) AS eid, n.id AS id, {degree} AS degree",
                **params)
    return [r["eid"] for r in sorted(rows, key=lambda r: (-r["degree"], str(r["id"])))]


def whole_graph(
    driver: Driver,
    labels: Iterable[str] | None = None,
    rel_types: Iterable[str] | None = None,
    county: str | None = None,
    as_of: str | dt.date | None = None,
    max_nodes: int | None = None,
    database: str = "neo4j",
    *,
    include_mentions: bool = False,
    documents: Iterable[str] | None = None,
) -> Subgraph:
    """Every node passing the filters and the kept relationships among them (``max_nodes``: the most connected)."""
    f = filters(labels, rel_types, county, as_of, documents, include_mentions)
    params = _params(driver, f, database)
    ranked = _all_nodes(driver, f, params, database)
    kept = _cap(ranked, max_nodes)
    g = _materialise(driver, kept, f, params, database)
    return Subgraph(g, len(ranked), len(kept), len(kept) < len(ranked), "whole graph")


def county_graph(
    driver: Driver,
    county: str,
    labels: Iterable[str] | None = None,
    rel_types: Iterable[str] | None = None,
    as_of: str | dt.date | None = None,
    max_nodes: int | None = None,
    database: str = "neo4j",
    *,
    include_mentions: bool = False,
    documents: Iterable[str] | None = None,
) -> Subgraph:
    """The graph of one county (see :func:`whole_graph`); an unknown county is an error that lists the known."""
    counties = [r["name"] for r in _run(driver, database,
                                        f"MATCH (c:{load_schema().label('County')}) RETURN c.name AS name")]
    if county not in counties:
        raise SubgraphError(f"no county named {county!r}; the graph has {', '.join(sorted(counties)) or 'none'}")
    sub = whole_graph(driver, labels, rel_types, county, as_of, max_nodes, database,
                      include_mentions=include_mentions, documents=documents)
    sub.description = f"county {county}"
    return sub


def query_subgraph(
    driver: Driver,
    ids: Iterable[str],
    labels: Iterable[str] | None = None,
    rel_types: Iterable[str] | None = None,
    county: str | None = None,
    as_of: str | dt.date | None = None,
    max_nodes: int | None = None,
    database: str = "neo4j",
    *,
    include_mentions: bool = False,
    documents: Iterable[str] | None = None,
) -> Subgraph:
    """The subgraph induced by ``ids`` (e.g. a named query's rows, see :func:`ids_from_rows`), in their order.

    Ids that name no node are skipped; ``total_nodes`` counts those found and passing the filters.
    """
    f = filters(labels, rel_types, county, as_of, documents, include_mentions)
    wanted = [i for i in dict.fromkeys(ids) if isinstance(i, str) and i]
    found = _lookup(driver, wanted, database, f.schema)
    params = _params(driver, f, database)
    eids = [found[i] for i in wanted if i in found]
    if eids and (f.labels or f.county or f.restricts_documents):
        rows = _run(driver, database,
                    f"MATCH (n) WHERE elementId(n) IN $eids AND {_node_where(f, 'n')} RETURN elementId(n) AS eid",
                    eids=eids, **params)
        passing = {r["eid"] for r in rows}
        eids = [e for e in eids if e in passing]
    kept = _cap(eids, max_nodes)
    g = _materialise(driver, kept, f, params, database)
    return Subgraph(g, len(eids), len(kept), len(kept) < len(eids), f"{len(wanted)} ids")


def ids_from_rows(rows: Iterable[Any]) -> list[str]:
    """Node ids in a named query's rows (dataclasses or dicts), in order: the values of fields named ``id``,
    ``*_id`` or ``*_ids``, also inside nested maps and lists (``units: [{id: …}]``). Ids naming no node are
    skipped later by :func:`query_subgraph`."""
    out: list[str] = []

    def walk(data: Any) -> None:
        if isinstance(data, dict):
            for name, value in data.items():
                if name == "id" or name.endswith("_id") or name.endswith("_ids"):
                    values = value if isinstance(value, list | tuple) else [value]
                    out.extend(v for v in values if isinstance(v, str) and v)
                elif isinstance(value, dict | list | tuple):
                    walk(value)
        elif isinstance(data, list | tuple):
            for item in data:
                walk(item)

    for row in rows:
        walk(as_dict(row))
    return list(dict.fromkeys(out))
