"""A parameter-free Cypher script of constraints and ``UNWIND … MERGE`` on ids."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from graph_build.graph.schema import Schema, load_schema
from queries.export.common import (
    _IDENT,
    BATCH,
    CYPHER_BATCH,
    ExportError,
    Props,
    _edges,
    check_graph,
    edge_props,
    node_props,
)

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


