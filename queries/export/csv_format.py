"""CSV in the ``neo4j-admin database import`` header format: a nodes file and a relationships file."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx

from queries.export.common import (
    NODES_CSV,
    RELS_CSV,
    ExportError,
    GraphImportError,
    Props,
    _edges,
    _scalar_type,
    check_graph,
    edge_props,
    node_props,
)
from queries.export.node_link import _edge_id
from queries.subgraph import display_name

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


