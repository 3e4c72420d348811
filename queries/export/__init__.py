"""Exports of subgraphs (GraphML, GEXF, node-link JSON, neo4j-admin CSV, Cypher, Popolo) and imports back into Neo4j.

Every export keeps every property, the provenance of every fact (``fact_id``, ``doc_id``, ``source``, ``line``,
``evidence``) included, and can be read back (:func:`read_graph`) and loaded into Neo4j (:func:`import_graph`):
export, then import into an empty database, gives the same nodes, labels, relationships and properties.

The graph in memory is the one :mod:`queries.subgraph` pulls out of Neo4j: nodes keyed by ``id`` with ``label``,
``name`` and their properties; edges keyed by ``"TYPE:key"`` with ``type`` and their properties.

Conventions, per format:

``json`` (node-link)
    networkx's node-link layout: nodes carry ``id``, ``label``, ``name`` and the properties; each edge ``from``,
    ``to``, ``id`` (``"TYPE:key"``), ``type`` and the properties; ``graph.node_colors`` maps labels to the
    schema's colours. The ends are ``from``/``to``, not
    ``source``/``target``, because ``source`` is a provenance property (the gazette file):
    ``nx.node_link_graph(data, edges="edges", source="from", target="to", key="id")`` reads it. Lists stay lists.
``graphml``
    The networkx attributes as they are (``label``, ``type``, ``key`` …); node ids are the ``id``s, edge ids the
    ``"TYPE:key"`` identities. GraphML holds no lists and no null: a list is written as a JSON string and the
    element's ``json_lists`` attribute names those properties (comma-separated); a None is left out. XML
    cannot hold control characters (an error) and reads a carriage return back as a line feed.
``gexf``
    As GraphML (lists as JSON strings named in ``json_lists``), but GEXF and networkx reserve some names: the
    GEXF ``label`` of a node is its name and of an edge its type (what Gephi shows), its ``viz:color`` the
    label's colour in the schema (``schema.yml``), the GEXF id is the node id
    or the ``"TYPE:key"`` identity, and the Neo4j label, type and any property named like a reserved word are
    written with a ``neo4j_`` prefix (``neo4j_label``, ``neo4j_type``, ``neo4j_key`` …).
``csv``
    A directory with ``nodes.csv`` and ``relationships.csv`` in the header format of
    ``neo4j-admin database import``: ``id:ID``, ``:LABEL``, ``:START_ID``, ``:END_ID``, ``:TYPE`` and typed
    property columns (``line:int``, ``generic:boolean``, ``aliases:string[]``, ``lines:int[]``; strings untyped).
    Arrays are ``;``-separated (``--array-delimiter``). Every value is quoted; an empty unquoted field is a
    missing property, a quoted empty field an empty string or an empty list. An array element containing the
    delimiter, or an empty string inside a list, cannot be written and is an error. Load with
    ``neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv
    --multiline-fields=true DATABASE`` (offline, empty database). neo4j-admin reads a quoted empty field in
    an array column as ``[""]``, not ``[]``: :func:`read_csv` reads it as ``[]``.
``cypher``
    A parameter-free script: the schema's constraints and indexes (IF NOT EXISTS), then ``UNWIND [literal rows]
    AS row MERGE (n:Label {id: row.id}) SET n += row.props`` per label and ``MERGE (a)-[r:TYPE {key: row.key}]->(b)``
    per relationship type, in batches; strings are single-quoted with every quote, backslash and control
    character escaped. Runs with ``cypher-shell -f`` or :func:`import_graph`.
``popolo``
    Popolo JSON: ``persons`` (Person), ``organizations`` (Agency, TaskForce; ``classification`` its kind,
    ``parent_id`` for a sub-group), ``posts`` (Post, ``organization_id`` its agency), ``areas`` (County) and
    ``memberships`` (HOLDS: person, post and the post's organization, ``start_date`` = valid_from, ``end_date`` =
    valid_to or the derived end; MEMBER_OF: person or ``member`` organization, ``role``, ``start_date`` = the
    roster's date), each with ``sources`` (``url`` = ``FILE#Lline``, a note, and the document's title, 文号,
    date, line, evidence and fact id). Each record also carries a ``govkg`` object (label or type and all
    properties) so that :func:`read_popolo` restores exactly the people, organizations, posts, areas and
    memberships. Other nodes and relationships are not part of Popolo and are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import networkx as nx
from neo4j import Driver, RoutingControl

from graph_build.graph.loader import ensure_schema
from graph_build.graph.schema import Schema, load_schema
from queries.export.common import (
    BATCH,
    CYPHER_BATCH,
    FORMATS,
    GENERATOR,
    GEXF_RESERVED,
    JSON_LISTS,
    NODES_CSV,
    POPOLO_NODES,
    POPOLO_RELS,
    RELS_CSV,
    SUFFIXES,
    ExportError,
    ExportResult,
    GraphImportError,
    ImportSummary,
    Props,
    _edges,
    check_graph,
    edge_props,
    node_colors,
    node_props,
)
from queries.export.csv_format import (
    read_csv,
    write_csv,
)
from queries.export.cypher_format import (
    _grouped,
    _node_statement,
    _rel_batches,
    _rel_statement,
    cypher_literal,
    cypher_name,
    cypher_statements,
    cypher_string,
    write_cypher,
)
from queries.export.node_link import (
    read_node_link,
    write_node_link,
)
from queries.export.popolo import (
    popolo_document,
    popolo_projection,
    read_popolo,
    write_popolo,
)
from queries.export.xml_formats import (
    read_gexf,
    read_graphml,
    write_gexf,
    write_graphml,
)

__all__ = [
    "CYPHER_BATCH",
    "FORMATS",
    "GENERATOR",
    "GEXF_RESERVED",
    "JSON_LISTS",
    "NODES_CSV",
    "POPOLO_NODES",
    "POPOLO_RELS",
    "RELS_CSV",
    "SUFFIXES",
    "ExportError",
    "ExportResult",
    "GraphImportError",
    "ImportSummary",
    "cited_documents",
    "cypher_literal",
    "cypher_name",
    "cypher_string",
    "default_path",
    "detect_format",
    "diff_graphs",
    "export_graph",
    "fetch_documents",
    "graph_signature",
    "import_graph",
    "load_graph",
    "node_colors",
    "popolo_document",
    "read_graph",
    "run_cypher_script",
]

# -- writing and reading by format --------------------------------------------------------------------------------


def fetch_documents(driver: Driver, doc_ids: Iterable[str], database: str = "neo4j") -> dict[str, dict[str, Any]]:
    """Title, 文号, date and file of the documents ``doc_ids`` (for Popolo sources)."""
    ids = sorted({d for d in doc_ids if d})
    if not ids:
        return {}
    records, _, _ = driver.execute_query(
        f"MATCH (d:{load_schema().label('Document')}) WHERE d.id IN $ids "
        "RETURN d.id AS id, d.title AS title, d.name AS name, d.doc_number AS doc_number, d.date AS date, "
        "d.source AS source",
        ids=ids, database_=database, routing_=RoutingControl.READ)
    return {r["id"]: {k: v for k, v in r.data().items() if v is not None} for r in records}


def cited_documents(g: nx.MultiDiGraph) -> set[str]:
    return {d["doc_id"] for *_, d in _edges(g) if d.get("doc_id")}


def default_path(fmt: str, stem: str) -> str:
    return stem if fmt == "csv" else stem + SUFFIXES[fmt]


def export_graph(g: nx.MultiDiGraph, fmt: str, out: str | Path, *,
                 documents: Mapping[str, Mapping[str, Any]] | None = None,
                 array_delimiter: str = ";") -> ExportResult:
    """Write ``g`` as ``fmt`` to ``out`` (a directory for csv); the paths written, and what they hold."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    out = Path(out)
    if fmt != "csv":
        out.parent.mkdir(parents=True, exist_ok=True)
    notes: list[str] = []
    nodes, rels = g.number_of_nodes(), g.number_of_edges()
    if fmt == "graphml":
        paths = [write_graphml(g, out)]
    elif fmt == "gexf":
        paths = [write_gexf(g, out)]
    elif fmt == "json":
        paths = [write_node_link(g, out)]
    elif fmt == "csv":
        paths = list(write_csv(g, out, array_delimiter))
        notes.append(f"neo4j-admin database import full --nodes={paths[0]} --relationships={paths[1]} "
                     f"--array-delimiter='{array_delimiter}' --multiline-fields=true DATABASE  "
                     "(offline, into an empty database)")
    elif fmt == "cypher":
        paths = [write_cypher(g, out)]
        notes.append(f"cypher-shell -f {out}")
    else:
        popolo = popolo_projection(g)
        nodes, rels = popolo.number_of_nodes(), popolo.number_of_edges()
        paths = [write_popolo(g, out, documents)]
        notes.append("Popolo holds people, organizations, posts, areas and memberships (HOLDS, MEMBER_OF) only")
    return ExportResult(fmt, paths, nodes, rels, notes)


def detect_format(path: str | Path) -> str:
    path = Path(path)
    if path.is_dir():
        return "csv"
    suffix = path.suffix.lower()
    if suffix in (".graphml", ".xml"):
        return "graphml"
    if suffix == ".gexf":
        return "gexf"
    if suffix in (".cypher", ".cql"):
        return "cypher"
    if suffix == ".json":
        with open(path, encoding="utf-8") as fh:
            head = fh.read(4096)
        return "popolo" if re.search(r'"(persons|memberships|organizations|areas|posts)"\s*:', head) else "json"
    raise GraphImportError(f"{path}: cannot tell the format from the name; use one of {', '.join(FORMATS)}")


def read_graph(path: str | Path, fmt: str | None = None) -> nx.MultiDiGraph:
    """A file (or CSV directory) written by :func:`export_graph`, as a graph in memory (not for ``cypher``)."""
    fmt = fmt or detect_format(path)
    readers = {"graphml": read_graphml, "gexf": read_gexf, "json": read_node_link, "csv": read_csv,
               "popolo": read_popolo}
    if fmt not in readers:
        raise GraphImportError(f"cannot read {fmt!r} into memory; import_graph runs a Cypher script")
    return readers[fmt](path)


# -- import into Neo4j -----------------------------------------------------------------------------------------


def load_graph(driver: Driver, g: nx.MultiDiGraph, database: str = "neo4j", schema: Schema | None = None) -> None:
    """MERGE ``g``'s nodes (on id) and relationships (on type and key) into Neo4j, batched; labels from the schema."""
    check_graph(g)
    schema = schema or load_schema()
    nodes, rels = _grouped(g, schema, GraphImportError)
    ensure_schema(driver, database, schema)
    for label in sorted(nodes):
        rows = nodes[label]
        for i in range(0, len(rows), BATCH):
            driver.execute_query(_node_statement(label).replace("{rows}", "$rows"), rows=rows[i:i + BATCH],
                                 database_=database)
    for (rel_type, src, dst), rows in sorted(rels.items()):
        for keyed, batch in _rel_batches(rows):
            driver.execute_query(_rel_statement(rel_type, src, dst, keyed).replace("{rows}", "$rows"), rows=batch,
                                 database_=database)


def run_cypher_script(driver: Driver, path: str | Path, database: str = "neo4j") -> int:
    """Run a Cypher script statement by statement (each its own transaction), as cypher-shell would.

    Only run scripts you trust: any statement runs, writes included.
    """
    statements = cypher_statements(Path(path).read_text(encoding="utf-8"))
    with driver.session(database=database) as session:
        for statement in statements:
            session.run(statement).consume()
    return len(statements)


def import_graph(driver: Driver, path_or_graph: str | Path | nx.MultiDiGraph, database: str = "neo4j",
                 fmt: str | None = None) -> ImportSummary:
    """Load an export (node-link JSON, GraphML, GEXF, CSV directory, Popolo or Cypher script) or a graph into Neo4j.

    Nodes MERGE on ``id`` and relationships on (type, ``key``): importing twice changes nothing.
    """
    if isinstance(path_or_graph, nx.Graph):
        g = path_or_graph
        load_graph(driver, g, database)
        return ImportSummary("graph", g.number_of_nodes(), g.number_of_edges())
    path = Path(path_or_graph)
    if not path.exists():
        raise GraphImportError(f"{path} not found")
    fmt = fmt or detect_format(path)
    if fmt == "cypher":
        before = _counts(driver, database)
        run_cypher_script(driver, path, database)
        after = _counts(driver, database)
        return ImportSummary(fmt, after[0] - before[0], after[1] - before[1])
    g = read_graph(path, fmt)
    load_graph(driver, g, database)
    return ImportSummary(fmt, g.number_of_nodes(), g.number_of_edges())


def _counts(driver: Driver, database: str) -> tuple[int, int]:
    records, _, _ = driver.execute_query(
        "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } "
        "RETURN nodes, rels", database_=database, routing_=RoutingControl.READ)
    return int(records[0]["nodes"]), int(records[0]["rels"])


# -- comparing graphs -----------------------------------------------------------------------------------------------


def graph_signature(g: nx.MultiDiGraph) -> tuple[dict[str, tuple[str, Props]],
                                                 dict[tuple[str, str], tuple[str, str, Props]]]:
    """Nodes as id -> (label, properties) and relationships as (type, key) -> (source, target, properties)."""
    nodes = {str(n): (attrs.get("label"), _normal(node_props(attrs))) for n, attrs in g.nodes(data=True)}
    rels = {}
    for u, v, k, attrs in _edges(g):
        props = edge_props(attrs)
        rels[(attrs.get("type"), str(props.get("key", k)))] = (str(u), str(v), _normal(props))
    return nodes, rels


def _normal(props: Props) -> Props:
    return {k: list(v) if isinstance(v, tuple) else v for k, v in props.items()}


def diff_graphs(expected: nx.MultiDiGraph, actual: nx.MultiDiGraph, limit: int = 20) -> list[str]:
    """What differs between two graphs (nodes, labels, relationships, properties, value types); empty if equal."""
    en, er = graph_signature(expected)
    an, ar = graph_signature(actual)
    out: list[str] = []
    out += [f"node {n} missing" for n in sorted(en.keys() - an.keys())]
    out += [f"node {n} unexpected" for n in sorted(an.keys() - en.keys())]
    for n in sorted(en.keys() & an.keys()):
        out += _diff_item(f"node {n}", en[n], an[n])
    out += [f"relationship {r} missing" for r in sorted(er.keys() - ar.keys())]
    out += [f"relationship {r} unexpected" for r in sorted(ar.keys() - er.keys())]
    for r in sorted(er.keys() & ar.keys()):
        out += _diff_item(f"relationship {r}", er[r], ar[r])
    return out[:limit] + ([f"… and {len(out) - limit} more"] if len(out) > limit else [])


def _diff_item(what: str, expected: tuple[Any, ...], actual: tuple[Any, ...]) -> list[str]:
    out = []
    *e_head, e_props = expected
    *a_head, a_props = actual
    if e_head != a_head:
        out.append(f"{what}: {e_head} != {a_head}")
    for k in sorted(e_props.keys() | a_props.keys()):
        ev, av = e_props.get(k), a_props.get(k)
        if ev != av or type(ev) is not type(av):
            out.append(f"{what}.{k}: {ev!r} != {av!r}")
    return out

