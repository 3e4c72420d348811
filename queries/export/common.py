"""Shared by the export formats: constants, errors, checks on values, schema colours."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from graph_build.graph.schema import Schema, load_schema

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


