"""Node-link JSON: networkx node-link data with edge ends ``from``/``to``."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from queries.export.common import (
    GraphImportError,
    _edges,
    _graph_meta,
    check_graph,
    node_colors,
)
from queries.subgraph import edge_key

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


