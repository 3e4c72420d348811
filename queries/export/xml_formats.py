"""GraphML and GEXF: lists as JSON strings named in ``json_lists``; GEXF-reserved names prefixed."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from queries.export.common import (
    _NOT_XML,
    GEXF_RESERVED,
    JSON_LISTS,
    ExportError,
    _edges,
    _graph_meta,
    _rgba,
    check_graph,
    edge_props,
    node_colors,
    node_props,
)

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


