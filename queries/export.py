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

import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
from neo4j import Driver, RoutingControl

from graph_build.graph.loader import ensure_schema
from graph_build.graph.schema import Schema, load_schema
from queries.subgraph import display_name, edge_key

FORMATS = ("graphml", "gexf", "json", "csv", "cypher", "popolo")
SUFFIXES = {"graphml": ".graphml", "gexf": ".gexf", "json": ".json", "cypher": ".cypher", "popolo": ".popolo.json"}
NODES_CSV = "nodes.csv"
RELS_CSV = "relationships.csv"
JSON_LISTS = "json_lists"
GEXF_RESERVED = frozenset({"id", "label", "type", "key", "networkx_key", "weight", "start", "end", "pid", "viz",
                           "parents", "slices", "spells"})
GENERATOR = "govkg"
BATCH = 500
CYPHER_BATCH = 200
POPOLO_NODES = {"Person": "persons", "Agency": "organizations", "TaskForce": "organizations", "Post": "posts",
                "County": "areas"}
POPOLO_RELS = ("HOLDS", "MEMBER_OF")
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_INT32 = (-(2**31), 2**31 - 1)

Props = dict[str, Any]


class ExportError(ValueError):
    """A graph that a format cannot hold as asked (a value of an unsupported type …), or a bad request."""


class GraphImportError(ValueError):
    """A file that is not a govkg export, or a graph that does not fit the schema."""


@dataclass
class ExportResult:
    format: str
    paths: list[Path]
    nodes: int
    relationships: int
    notes: list[str] = field(default_factory=list)


@dataclass
class ImportSummary:
    format: str
    nodes: int
    relationships: int


# -- the graph as elements ----------------------------------------------------------------------------------------


def node_props(attrs: Mapping[str, Any]) -> Props:
    """A node's stored properties: its attributes but ``label``, nulls dropped."""
    return {k: v for k, v in attrs.items() if k != "label" and v is not None}


def edge_props(attrs: Mapping[str, Any]) -> Props:
    """A relationship's stored properties: its attributes but ``type``, nulls dropped."""
    return {k: v for k, v in attrs.items() if k != "type" and v is not None}


def _check_value(owner: str, name: str, value: Any) -> None:
    scalar = (str, bool, int, float)
    if isinstance(value, scalar):
        return
    if isinstance(value, list | tuple) and all(isinstance(x, scalar) for x in value):
        kinds = {_scalar_type(x) for x in value}
        if len(kinds) <= 1 or kinds == {"int", "double"}:
            return
    raise ExportError(f"{owner}: property {name!r} = {value!r} is not a string, number, boolean or a list of one "
                      "kind of them")


def _scalar_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "int" if _INT32[0] <= value <= _INT32[1] else "long"
    if isinstance(value, float):
        return "double"
    return "string"


def _edges(g: nx.MultiDiGraph) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    for u, v, k, d in g.edges(keys=True, data=True):
        yield u, v, str(k), d


def check_graph(g: nx.MultiDiGraph) -> None:
    """Every node has a label, every edge a type, every value a storable type (ExportError otherwise)."""
    for n, attrs in g.nodes(data=True):
        if not attrs.get("label"):
            raise ExportError(f"node {n!r} has no label")
        if JSON_LISTS in attrs:
            raise ExportError(f"node {n!r}: the property name {JSON_LISTS!r} is reserved by the exports")
        for k, v in node_props(attrs).items():
            _check_value(f"node {n}", k, v)
    for u, v, k, attrs in _edges(g):
        if not attrs.get("type"):
            raise ExportError(f"relationship {k!r} ({u} -> {v}) has no type")
        if JSON_LISTS in attrs:
            raise ExportError(f"relationship {k!r}: the property name {JSON_LISTS!r} is reserved by the exports")
        for name, value in edge_props(attrs).items():
            _check_value(f"relationship {k}", name, value)


def _graph_meta(g: nx.MultiDiGraph) -> dict[str, Any]:
    return {"generator": GENERATOR, "format_version": 1, "nodes": g.number_of_nodes(),
            "relationships": g.number_of_edges()}


def node_colors(schema: Schema | None = None) -> dict[str, str]:
    """Label -> colour (``#rrggbb``), from the schema: the exports' styling and the dashboard's agree."""
    return {label: spec.color for label, spec in (schema or load_schema()).nodes.items()}


def _rgba(color: str) -> dict[str, Any]:
    text = color.lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    try:
        r, g, b = (int(text[i:i + 2], 16) for i in (0, 2, 4))
    except ValueError:
        r = g = b = 153
    return {"r": r, "g": g, "b": b, "a": 1.0}


# -- node-link JSON -------------------------------------------------------------------------------------------------


def write_node_link(g: nx.MultiDiGraph, path: str | Path) -> Path:
    check_graph(g)
    data = {
        "directed": True,
        "multigraph": True,
        "graph": {**_graph_meta(g), "edge_ends": ["from", "to"], "edge_id": "id", "node_colors": node_colors()},
        "nodes": [{**attrs, "id": n} for n, attrs in g.nodes(data=True)],
        "edges": [{**attrs, "from": u, "to": v, "id": k} for u, v, k, attrs in _edges(g)],
    }
    path = Path(path)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def read_node_link(path: str | Path) -> nx.MultiDiGraph:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, dict) or "nodes" not in data or "edges" not in data:
        raise GraphImportError(f"{path}: not node-link JSON (no nodes and edges)")
    g = nx.MultiDiGraph()
    for node in data["nodes"]:
        g.add_node(node["id"], **node)
    for edge in data["edges"]:
        attrs = {k: v for k, v in edge.items() if k not in ("from", "to", "id")}
        g.add_edges_from([(edge["from"], edge["to"], edge.get("id") or _edge_id(attrs), attrs)])
    return g


def _edge_id(attrs: Mapping[str, Any]) -> str:
    return edge_key(attrs.get("type", ""), attrs.get("key"))


# -- GraphML and GEXF -------------------------------------------------------------------------------------------


def _flatten(attrs: Mapping[str, Any]) -> dict[str, Any]:
    """Lists to JSON strings (named in ``json_lists``), None left out."""
    out: dict[str, Any] = {}
    lists = []
    for k, v in attrs.items():
        if v is None:
            continue
        if isinstance(v, list | tuple):
            out[k] = json.dumps(list(v), ensure_ascii=False)
            lists.append(k)
        else:
            out[k] = v
    if lists:
        out[JSON_LISTS] = ",".join(sorted(lists))
    return out


def _unflatten(attrs: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(attrs)
    names = out.pop(JSON_LISTS, "") or ""
    for name in filter(None, str(names).split(",")):
        if name in out:
            out[name] = json.loads(out[name])
    return out


def _check_xml(g: nx.MultiDiGraph, fmt: str) -> None:
    """XML 1.0 cannot hold control characters (but tab and line ends): refuse rather than write an unreadable file."""

    def bad(value: Any) -> bool:
        values = value if isinstance(value, list | tuple) else [value]
        return any(isinstance(x, str) and _NOT_XML.search(x) for x in values)

    for n, attrs in g.nodes(data=True):
        for k, v in attrs.items():
            if bad(v) or bad(n):
                raise ExportError(f"node {n!r}: {k!r} holds a control character that {fmt} (XML) cannot hold; "
                                  "use json, csv or cypher")
    for *_, k, attrs in _edges(g):
        for name, value in attrs.items():
            if bad(value):
                raise ExportError(f"relationship {k!r}: {name!r} holds a control character that {fmt} (XML) cannot "
                                  "hold; use json, csv or cypher")


def write_graphml(g: nx.MultiDiGraph, path: str | Path) -> Path:
    check_graph(g)
    _check_xml(g, "GraphML")
    flat = nx.MultiDiGraph(**_graph_meta(g))
    flat.add_nodes_from((n, _flatten(attrs)) for n, attrs in g.nodes(data=True))
    flat.add_edges_from((u, v, k, _flatten(attrs)) for u, v, k, attrs in _edges(g))
    path = Path(path)
    nx.write_graphml(flat, path, encoding="utf-8", prettyprint=True)
    return path


def read_graphml(path: str | Path) -> nx.MultiDiGraph:
    raw = nx.read_graphml(path, force_multigraph=True)
    g = nx.MultiDiGraph()
    for n, attrs in raw.nodes(data=True):
        g.add_node(n, **_unflatten(attrs))
    for u, v, k, attrs in raw.edges(keys=True, data=True):
        data = _unflatten(attrs)
        g.add_edges_from([(u, v, str(k), data)])
    return g


def _gexf_name(name: str) -> str:
    return f"neo4j_{name}" if name in GEXF_RESERVED else name


def _gexf_unname(name: str) -> str:
    if name.startswith("neo4j_") and name[6:] in GEXF_RESERVED:
        return name[6:]
    return name


def write_gexf(g: nx.MultiDiGraph, path: str | Path) -> Path:
    check_graph(g)
    _check_xml(g, "GEXF")
    flat = nx.MultiDiGraph()
    colors = node_colors()
    for n, attrs in g.nodes(data=True):
        props = {_gexf_name(k): v for k, v in node_props(attrs).items() if k != "id"}  # the GEXF id is the id
        flat.add_node(n, **_flatten(props), neo4j_label=attrs["label"], label=str(attrs.get("name") or n),
                      viz={"color": _rgba(colors.get(attrs["label"], "#999999"))})
    for u, v, k, attrs in _edges(g):
        props = _flatten({_gexf_name(name): value for name, value in edge_props(attrs).items()})
        flat.add_edges_from([(u, v, k, {**props, "neo4j_type": attrs["type"], "label": attrs["type"], "id": k})])
    path = Path(path)
    nx.write_gexf(flat, path, encoding="utf-8", prettyprint=True)
    return path


def read_gexf(path: str | Path) -> nx.MultiDiGraph:
    raw = nx.read_gexf(path)
    g = nx.MultiDiGraph()
    for n, attrs in raw.nodes(data=True):
        # the GEXF label is the display name; viz the schema's colour
        data = _unflatten({k: v for k, v in attrs.items() if k not in ("label", "viz")})
        g.add_node(n, **{_gexf_unname(k): v for k, v in data.items()}, id=n)
    edges = raw.edges(keys=True, data=True) if raw.is_multigraph() else ((u, v, None, d) for u, v, d in
                                                                          raw.edges(data=True))
    for u, v, k, attrs in edges:
        eid = str(attrs.get("id") or k)
        data = _unflatten({name: value for name, value in attrs.items() if name not in ("id", "label")})
        g.add_edges_from([(u, v, eid, {_gexf_unname(name): value for name, value in data.items()})])
    return g


# -- CSV in the neo4j-admin import header format -----------------------------------------------------------------


def _column_types(rows: Iterable[Props], owner: str) -> dict[str, str]:
    """Property -> neo4j-admin type (``int``, ``double``, ``boolean``, ``string``, ``int[]`` …)."""
    kinds: dict[str, set[str]] = defaultdict(set)
    for props in rows:
        for k, v in props.items():
            if isinstance(v, list | tuple):
                kinds[k].add("list")
                kinds[k].update(_scalar_type(x) + "[]" for x in v)
            else:
                kinds[k].add(_scalar_type(v))
    out = {}
    for k, ks in kinds.items():
        elements = {x for x in ks if x.endswith("[]")}
        scalars = ks - elements - {"list"}
        if "list" in ks and scalars:
            raise ExportError(f"{owner} property {k!r} is a list on some elements and a {scalars.pop()} on others")
        if "list" in ks:
            ks = {x[:-2] for x in elements} or {"string"}
        out[k] = _merge_kinds(k, ks, owner) + ("[]" if "list" in kinds[k] else "")
    return out


def _merge_kinds(name: str, kinds: set[str], owner: str) -> str:
    if len(kinds) == 1:
        return next(iter(kinds))
    if kinds <= {"int", "long"}:
        return "long"
    if kinds <= {"int", "long", "double"}:
        return "double"
    raise ExportError(f"{owner} property {name!r} has values of several types ({', '.join(sorted(kinds))})")


def _with_name(props: Props, label: str, node_id: str) -> Props:
    """A node's attributes from its properties, as queries.subgraph makes them (``label``, ``name``)."""
    return {**props, "label": label, "name": display_name({"id": node_id, **props})}


def _csv_scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else {"nan": "NaN", "inf": "Infinity"}.get(repr(value), "-Infinity")
    return str(value)


def _csv_field(value: Any, delimiter: str, owner: str, name: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, list | tuple):
        parts = [_csv_scalar(x) for x in value]
        for p in parts:
            if delimiter in p:
                raise ExportError(f"{owner}: an element of {name!r} contains the array delimiter {delimiter!r}: {p!r}")
            if p == "":
                raise ExportError(f"{owner}: {name!r} holds an empty string, which a CSV array cannot")
        return delimiter.join(parts)
    return _csv_scalar(value)


def _csv_line(fields: list[str | None]) -> str:
    """Every value quoted (doubled quotes inside); a missing value is an empty unquoted field."""
    return ",".join("" if f is None else '"' + f.replace('"', '""') + '"' for f in fields) + "\n"


def _header(name: str, kind: str) -> str:
    return name if kind == "string" else f"{name}:{kind}"


def write_csv(g: nx.MultiDiGraph, directory: str | Path, array_delimiter: str = ";") -> tuple[Path, Path]:
    check_graph(g)
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    nodes = [(n, attrs["label"], node_props(attrs)) for n, attrs in g.nodes(data=True)]
    ntypes = _column_types((p for _, _, p in nodes), "node")
    ntypes.pop("id", None)
    ncols = sorted(ntypes)
    nodes_path = directory / NODES_CSV
    with open(nodes_path, "w", encoding="utf-8", newline="") as fh:
        fh.write(",".join(["id:ID", ":LABEL", *(_header(c, ntypes[c]) for c in ncols)]) + "\n")
        for n, label, props in nodes:
            fields = [str(n), label] + [_csv_field(props.get(c), array_delimiter, f"node {n}", c) for c in ncols]
            fh.write(_csv_line(fields))
    rels = [(u, v, k, attrs["type"], edge_props(attrs)) for u, v, k, attrs in _edges(g)]
    rtypes = _column_types((p for *_, p in rels), "relationship")
    rcols = sorted(rtypes)
    rels_path = directory / RELS_CSV
    with open(rels_path, "w", encoding="utf-8", newline="") as fh:
        fh.write(",".join([":START_ID", ":END_ID", ":TYPE", *(_header(c, rtypes[c]) for c in rcols)]) + "\n")
        for u, v, k, rel_type, props in rels:
            fields = [str(u), str(v), rel_type] + [_csv_field(props.get(c), array_delimiter, f"relationship {k}", c)
                                                   for c in rcols]
            fh.write(_csv_line(fields))
    return nodes_path, rels_path


def _csv_records(text: str, name: str) -> Iterator[list[tuple[str, bool]]]:
    """RFC 4180 records as (value, quoted) pairs: an unquoted empty field is a missing value."""
    i, n, number = 0, len(text), 1
    while i < n:
        record: list[tuple[str, bool]] = []
        while True:
            if i < n and text[i] == '"':
                j, buf = i + 1, []
                while True:
                    k = text.find('"', j)
                    if k < 0:
                        raise GraphImportError(f"{name}:{number}: unterminated quoted field")
                    buf.append(text[j:k])
                    if text.startswith('""', k):
                        buf.append('"')
                        j = k + 2
                        continue
                    i = k + 1
                    break
                value = "".join(buf)
                number += value.count("\n")
                if i < n and text[i] not in ",\r\n":
                    raise GraphImportError(f"{name}:{number}: text after a closing quote")
                record.append((value, True))
            else:
                j = i
                while j < n and text[j] not in ",\r\n":
                    j += 1
                record.append((text[i:j], False))
                i = j
            if i < n and text[i] == ",":
                i += 1
                continue
            break
        if text.startswith("\r", i):
            i += 1
        if text.startswith("\n", i):
            i += 1
        number += 1
        if record != [("", False)]:  # a blank line
            yield record


def _parse_header(cell: str) -> tuple[str, str]:
    name, _, kind = cell.partition(":")
    return name, (kind or "string")


_CSV_PARSERS = {
    "int": int, "long": int, "short": int, "byte": int,
    "float": float, "double": float,
    "boolean": lambda s: {"true": True, "false": False}[s.lower()],
    "string": str, "char": str,
}


def _csv_value(text: str, quoted: bool, kind: str, delimiter: str) -> Any:
    if not quoted and text == "":
        return None
    if kind.endswith("[]"):
        parse = _CSV_PARSERS[kind[:-2]]
        return [parse(x) for x in text.split(delimiter)] if text != "" else []
    return _CSV_PARSERS[kind](text)


def _read_text(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as fh:  # keep line ends inside quoted values as written
        return fh.read()


def read_csv(directory: str | Path, array_delimiter: str = ";") -> nx.MultiDiGraph:
    """The nodes and relationships files of :func:`write_csv`, read with the neo4j-admin header conventions."""
    directory = Path(directory)
    g = nx.MultiDiGraph()
    nodes_path, rels_path = directory / NODES_CSV, directory / RELS_CSV
    for path in (nodes_path, rels_path):
        if not path.is_file():
            raise GraphImportError(f"{path} not found: a CSV export is a directory with {NODES_CSV} and {RELS_CSV}")
    records = _csv_records(_read_text(nodes_path), str(nodes_path))
    header = [_parse_header(c) for c, _ in next(records)]
    for number, record in enumerate(records, start=2):
        if len(record) != len(header):
            raise GraphImportError(f"{nodes_path}:{number}: {len(record)} fields, the header has {len(header)}")
        props: Props = {}
        node_id, labels = None, []
        for (name, kind), (text, quoted) in zip(header, record, strict=True):
            if kind.startswith("ID"):
                node_id = text
                props[name or "id"] = text
            elif kind == "LABEL":
                labels = [x for x in text.split(array_delimiter) if x]
            else:
                value = _csv_value(text, quoted, kind, array_delimiter)
                if value is not None:
                    props[name] = value
        if not node_id or not labels:
            raise GraphImportError(f"{nodes_path}:{number}: a node needs an id and a label")
        g.add_node(node_id, **_with_name(props, labels[0], node_id))
    records = _csv_records(_read_text(rels_path), str(rels_path))
    header = [_parse_header(c) for c, _ in next(records)]
    for number, record in enumerate(records, start=2):
        if len(record) != len(header):
            raise GraphImportError(f"{rels_path}:{number}: {len(record)} fields, the header has {len(header)}")
        ends: dict[str, str] = {}
        props = {}
        for (name, kind), (text, quoted) in zip(header, record, strict=True):
            if kind in ("START_ID", "END_ID", "TYPE"):
                ends[kind] = text
            else:
                value = _csv_value(text, quoted, kind, array_delimiter)
                if value is not None:
                    props[name] = value
        for end in ("START_ID", "END_ID"):
            if ends.get(end) not in g:
                raise GraphImportError(f"{rels_path}:{number}: {end} {ends.get(end)!r} is not in {NODES_CSV}")
        attrs = {**props, "type": ends["TYPE"]}
        g.add_edges_from([(ends["START_ID"], ends["END_ID"], _edge_id(attrs), attrs)])
    return g


# -- Cypher script -------------------------------------------------------------------------------------------------

_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def cypher_string(text: str) -> str:
    """A single-quoted Cypher string literal; quotes, backslashes and control characters escaped."""
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or ch in "\u2028\u2029\x7f" or 0xD800 <= ord(ch) <= 0xDFFF:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "'" + "".join(out) + "'"


def cypher_name(name: str) -> str:
    """A property key, backtick-quoted unless it is a plain identifier."""
    return name if _IDENT.match(name) else "`" + name.replace("`", "``") + "`"


def cypher_literal(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "(0.0/0.0)"
        if math.isinf(value):
            return "(1.0/0.0)" if value > 0 else "(-1.0/0.0)"
        text = f"{value:.17g}".replace("e+", "e")
        return text if any(c in text for c in ".en") else text + ".0"
    if isinstance(value, str):
        return cypher_string(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(cypher_literal(x) for x in value) + "]"
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{cypher_name(str(k))}: {cypher_literal(v)}" for k, v in value.items()) + "}"
    raise ExportError(f"cannot write {value!r} as a Cypher literal")


def _grouped(g: nx.MultiDiGraph, schema: Schema, error: type[ValueError] = ExportError
             ) -> tuple[dict[str, list[Props]], dict[tuple[str, str, str], list[Props]]]:
    """Node rows per label and relationship rows per (type, source label, target label), checked on the schema."""
    nodes: dict[str, list[Props]] = defaultdict(list)
    for n, attrs in g.nodes(data=True):
        try:
            label = schema.label(attrs["label"])
        except ValueError as exc:
            raise error(f"node {n}: {exc}") from None
        nodes[label].append({"id": n, "props": {**node_props(attrs), "id": n}})
    rels: dict[tuple[str, str, str], list[Props]] = defaultdict(list)
    for u, v, k, attrs in _edges(g):
        src, dst, rel_type = g.nodes[u]["label"], g.nodes[v]["label"], attrs["type"]
        try:
            schema.check_rel(rel_type, src, dst)
        except ValueError as exc:
            raise error(f"relationship {k}: {exc}") from None
        props = edge_props(attrs)
        rels[(rel_type, src, dst)].append({"from": u, "to": v, "key": props.get("key"), "props": props})
    return nodes, rels


def _node_statement(label: str) -> str:
    return f"UNWIND {{rows}} AS row MERGE (n:{label} {{id: row.id}}) SET n += row.props"


def _rel_statement(rel_type: str, src: str, dst: str, keyed: bool) -> str:
    verb = f"MERGE (a)-[r:{rel_type} {{key: row.key}}]->(b)" if keyed else f"CREATE (a)-[r:{rel_type}]->(b)"
    return (f"UNWIND {{rows}} AS row MATCH (a:{src} {{id: row.from}}) MATCH (b:{dst} {{id: row.to}}) "
            f"{verb} SET r += row.props")


def _rel_batches(rows: list[Props]) -> Iterator[tuple[bool, list[Props]]]:
    keyed = [r for r in rows if r["key"] is not None]
    unkeyed = [r for r in rows if r["key"] is None]
    for flag, part in ((True, keyed), (False, unkeyed)):
        for i in range(0, len(part), BATCH):
            yield flag, part[i:i + BATCH]


def write_cypher(g: nx.MultiDiGraph, path: str | Path, schema: Schema | None = None) -> Path:
    check_graph(g)
    schema = schema or load_schema()
    nodes, rels = _grouped(g, schema)
    path = Path(path)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(f"// govkg export: {g.number_of_nodes()} nodes, {g.number_of_edges()} relationships.\n"
                 "// Parameter-free; MERGE on node ids and relationship keys, so running it twice changes nothing.\n"
                 "// Run: cypher-shell -f THIS_FILE (or queries.export.import_graph).\n")
        for statement in schema.constraint_statements():
            fh.write(statement + ";\n")
        for label in sorted(nodes):
            rows = nodes[label]
            for i in range(0, len(rows), CYPHER_BATCH):
                literal = "[\n" + ",\n".join(cypher_literal(r) for r in rows[i:i + CYPHER_BATCH]) + "\n]"
                fh.write(_node_statement(label).replace("{rows}", literal) + ";\n")
        for (rel_type, src, dst) in sorted(rels):
            rows = rels[(rel_type, src, dst)]
            for keyed, batch in _rel_batches(rows):
                for i in range(0, len(batch), CYPHER_BATCH):
                    part = [r if keyed else {k: v for k, v in r.items() if k != "key"}
                            for r in batch[i:i + CYPHER_BATCH]]
                    literal = "[\n" + ",\n".join(cypher_literal(r) for r in part) + "\n]"
                    fh.write(_rel_statement(rel_type, src, dst, keyed).replace("{rows}", literal) + ";\n")
    return path


def cypher_statements(text: str) -> list[str]:
    """A script split into statements at ``;`` outside strings, backticks and comments."""
    out: list[str] = []
    buf: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in "'\"`":
            j = i + 1
            while j < n and text[j] != ch:
                j += 2 if text[j] == "\\" and ch != "`" else 1
            buf.append(text[i:j + 1])
            i = j + 1
        elif text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            i = n if j < 0 else j + 2
        elif ch == ";":
            statement = "".join(buf).strip()
            if statement:
                out.append(statement)
            buf = []
            i += 1
        else:
            buf.append(ch)
            i += 1
    rest = "".join(buf).strip()
    if rest:
        out.append(rest)
    return out


# -- Popolo --------------------------------------------------------------------------------------------------------


def _source(props: Mapping[str, Any], documents: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    doc = documents.get(props.get("doc_id", ""), {})
    line = props.get("line")
    src = props.get("source") or doc.get("source") or ""
    title, number = doc.get("title") or doc.get("name"), doc.get("doc_number")
    note = " ".join(x for x in (number, f"《{title}》" if title else None) if x)
    note = f"{note}, line {line}: {props.get('evidence') or ''}".strip(", :")
    out = {"url": f"{src}#L{line}" if line is not None else src, "note": note, "doc_id": props.get("doc_id"),
           "doc_number": number, "title": title, "date": doc.get("date"), "source": src, "line": line,
           "evidence": props.get("evidence"), "fact_id": props.get("fact_id")}
    return {k: v for k, v in out.items() if v is not None}


def _dates(rel_type: str, props: Mapping[str, Any]) -> dict[str, str]:
    if rel_type == "HOLDS":
        out = {"start_date": props.get("valid_from"), "end_date": props.get("valid_to") or props.get("derived_to")}
    else:
        out = {"start_date": props.get("as_of")}
    return {k: v for k, v in out.items() if v}


def popolo_document(g: nx.MultiDiGraph, documents: Mapping[str, Mapping[str, Any]] | None = None) -> dict[str, Any]:
    """The people, organizations, posts, areas and memberships of ``g`` as a Popolo document (a dict)."""
    check_graph(g)
    docs: dict[str, Mapping[str, Any]] = dict(documents or {})
    for n, attrs in g.nodes(data=True):
        if attrs["label"] == "Document":
            docs.setdefault(n, attrs)
    parent: dict[str, str] = {}
    post_org: dict[str, str] = {}
    for u, v, _, attrs in _edges(g):
        if attrs["type"] == "SUBGROUP_OF":
            parent.setdefault(u, v)
        elif attrs["type"] == "POST_IN":
            post_org.setdefault(u, v)
    out: dict[str, Any] = {"persons": [], "organizations": [], "posts": [], "areas": [], "memberships": []}
    for n, attrs in sorted(g.nodes(data=True)):
        label = attrs["label"]
        if label not in POPOLO_NODES:
            continue
        props = node_props(attrs)
        ext = {"label": label, "properties": props}
        name = attrs.get("name") or n
        others = [{"name": a} for a in props.get("aliases") or [] if a != name]
        area = {"area_id": f"county:{props['county']}"} if props.get("county") else {}
        if label == "Person":
            record = {"id": n, "name": name, **({"other_names": others} if others else {})}
        elif label in ("Agency", "TaskForce"):
            record = {"id": n, "name": name, "classification": props.get("kind") or label.lower(),
                      **({"other_names": others} if others else {}), **area,
                      **({"parent_id": parent[n]} if n in parent else {})}
        elif label == "Post":
            org = post_org.get(n) or props.get("agency_id")
            record = {"id": n, "label": name, "role": props.get("title") or name,
                      **({"organization_id": org} if org else {}), **area}
        else:
            record = {"id": n, "name": name, "classification": "county"}
        out[POPOLO_NODES[label]].append({**record, "govkg": ext})
    for u, v, k, attrs in sorted(_edges(g), key=lambda e: e[2]):
        rel_type = attrs["type"]
        if rel_type not in POPOLO_RELS:
            continue
        props = edge_props(attrs)
        src_label = g.nodes[u]["label"]
        record: dict[str, Any] = {"id": k}
        if src_label == "Person":
            record["person_id"] = u
        else:
            record["member"] = {"@type": "Organization", "id": u}
        if rel_type == "HOLDS":
            post = g.nodes[v]
            org = post_org.get(v) or post.get("agency_id")
            record.update(post_id=v, label=post.get("name") or v, role=post.get("title") or post.get("name") or v)
            if org:
                record["organization_id"] = org
        else:
            record.update(organization_id=v, role=props.get("role") or "")
        record.update(_dates(rel_type, props))
        if props.get("fact_id") or props.get("doc_id"):
            record["sources"] = [_source(props, docs)]
        record["govkg"] = {"type": rel_type, "source": u, "target": v, "properties": props}
        out["memberships"].append(record)
    out["meta"] = {**_graph_meta(g), "standard": "Popolo (https://www.popoloproject.com/specs/)",
                   "note": "Each record's govkg object holds the graph's label or type and all properties."}
    return out


def write_popolo(g: nx.MultiDiGraph, path: str | Path,
                 documents: Mapping[str, Mapping[str, Any]] | None = None) -> Path:
    path = Path(path)
    path.write_text(json.dumps(popolo_document(g, documents), ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def read_popolo(path_or_data: str | Path | Mapping[str, Any]) -> nx.MultiDiGraph:
    """The graph of a Popolo export of govkg (from each record's ``govkg`` object)."""
    if isinstance(path_or_data, Mapping):
        data = path_or_data
    else:
        data = json.loads(Path(path_or_data).read_text(encoding="utf-8"))
    g = nx.MultiDiGraph()
    for section in ("areas", "persons", "organizations", "posts"):
        for record in data.get(section) or []:
            ext = record.get("govkg")
            if not ext:
                raise GraphImportError(f"Popolo {section} record {record.get('id')!r} has no govkg object: not a govkg "
                                   "export, cannot tell its label and properties")
            g.add_node(record["id"], **_with_name(dict(ext["properties"]), ext["label"], record["id"]))
    for record in data.get("memberships") or []:
        ext = record.get("govkg")
        if not ext:
            raise GraphImportError(f"Popolo membership {record.get('id')!r} has no govkg object")
        for end in ("source", "target"):
            if ext[end] not in g:
                raise GraphImportError(f"Popolo membership {record.get('id')!r}: {ext[end]!r} is not in the file")
        attrs = {**ext["properties"], "type": ext["type"]}
        g.add_edges_from([(ext["source"], ext["target"], record.get("id") or _edge_id(attrs), attrs)])
    return g


def popolo_projection(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The part of ``g`` that Popolo holds: people, organizations, posts, areas, and HOLDS/MEMBER_OF."""
    keep = [n for n, attrs in g.nodes(data=True) if attrs.get("label") in POPOLO_NODES]
    sub = nx.MultiDiGraph()
    sub.add_nodes_from((n, g.nodes[n]) for n in keep)
    sub.add_edges_from((u, v, k, d) for u, v, k, d in _edges(g)
                       if d.get("type") in POPOLO_RELS and u in sub and v in sub)
    return sub


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
