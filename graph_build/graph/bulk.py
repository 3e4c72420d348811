"""Loading an empty database fast: the graph as CSV files for ``neo4j-admin database import full``.

The files hold exactly what the online loader would write (``Loader``): the
documents' rows merged in order, a relationship only where both its ends
exist, ``id`` on nodes and ``key`` on relationships. One file per label and
one per (type, start label, end label); each label is its own ID space, so
ids never clash across labels. Property types come from the values
(``:long``, ``:double``, ``:boolean``, ``:string[]`` …); a column whose values
disagree in type is an error naming label and property. Neo4j's CSV import
cannot write an empty list: those few properties are set after the import
(:meth:`BulkFiles.empty_lists`).

The import itself runs ``org.neo4j.cli.AdminTool`` (``neo4j-admin``) from the
jars of the project's local Neo4j, so no Neo4j distribution is needed.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph_build.graph.loader import merge_documents
from graph_build.graph.rows import DocumentRows
from graph_build.graph.schema import Schema, load_schema
from graph_build.graph.store import LABEL as STORE_LABEL
from graph_build.graph.store import stored_text
from graph_build.judgements.marks import Mark, by_fact, with_marks

ARRAY_DELIMITER = "\x1f"  # never in gazette text, unlike ``;``
READ_BUFFER = 4 * 1024 * 1024  # neo4j-admin's default --read-buffer-size: a field must fit in it
EMPTY_LIST_BATCH = 5000
ADMIN_MAIN = "org.neo4j.cli.AdminTool"
Row = dict[str, Any]


class BulkError(Exception):
    """Rows that cannot be written for neo4j-admin, or an import that failed."""


@dataclass
class BulkFiles:
    directory: Path
    nodes: list[tuple[str, Path]] = field(default_factory=list)  # (label, file)
    relationships: list[tuple[str, Path]] = field(default_factory=list)  # (type, file)
    rows: int = 0  # nodes + relationships written
    relationship_rows: int = 0
    # (label, node id, property) of empty lists, and on relationships (type, start label, end label, start id,
    # end id, key, property): what the CSV import cannot write, set afterwards
    empty_lists: list[tuple[str, str, str]] = field(default_factory=list)
    empty_rel_lists: list[tuple[str, str, str, str, str, str, str]] = field(default_factory=list)
    longest: int = 0  # characters of the longest field written (the facts store's, a file's facts)

    def arguments(self, database: str) -> list[str]:
        """``neo4j-admin`` arguments after ``database import full``."""
        args = [f"--nodes={label}={path}" for label, path in self.nodes]
        args += [f"--relationships={rel_type}={path}" for rel_type, path in self.relationships]
        if self.longest * 4 > READ_BUFFER // 2:  # a character takes at most 4 bytes (UTF-8, or a quote doubled)
            args.append(f"--read-buffer-size={self.longest * 8}")
        return [*args, f"--array-delimiter={ARRAY_DELIMITER}", "--multiline-fields=true",
                f"--report-file={self.directory / 'import.report'}",  # not into the current directory
                "--overwrite-destination=true", database]

    def command_line(self, database: str) -> str:
        """The command to run on a server's machine (the array delimiter written as bash's ``$'\\x1f'``)."""
        parts = ["neo4j-admin", "database", "import", "full"]
        for arg in self.arguments(database):
            quoted = arg.replace(f"={ARRAY_DELIMITER}", "=$'\\x1f'")
            parts.append(quoted if quoted != arg else f"'{arg}'")
        return " ".join(parts)


_SCALARS = {str: "string", int: "long", float: "double", bool: "boolean"}  # by exact type: a bool is no long


def _kind(value: Any) -> str:
    kind = _SCALARS.get(type(value))
    if kind is not None:
        return kind
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list | tuple):
        kinds = {_kind(v) for v in value}
        if len(kinds) > 1 or kinds & {"string[]", "long[]", "double[]", "boolean[]"}:
            raise TypeError("a list of mixed or nested values")
        return f"{kinds.pop()}[]" if kinds else "[]"
    raise TypeError(f"a {type(value).__name__}")


def _columns(rows: list[dict[str, Any]], what: str, skip: str) -> dict[str, str]:
    """Property name -> neo4j-admin type, from the values (in first-seen order); ``skip`` is the ID or key
    property, written in its own column."""
    columns: dict[str, str] = {}
    for props in rows:
        for name, value in props.items():
            kind = _SCALARS.get(type(value))
            if kind is not None and columns.get(name) == kind:
                continue  # the common case: a value of the column's type
            if name == skip:
                continue
            try:
                kind = _kind(value)
            except TypeError as exc:
                raise BulkError(f"{what}.{name}: cannot be stored ({exc})") from exc
            known = columns.get(name)
            if known is None or known == "[]":
                columns[name] = kind
            elif kind != known and kind != "[]":
                raise BulkError(f"{what}.{name}: values of two types ({known} and {kind})")
    return columns


def _header(name: str, kind: str) -> str:
    if kind == "string":
        return name
    return f"{name}:{'string[]' if kind == '[]' else kind}"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ARRAY_DELIMITER.join(_cell(v) for v in value)
    return str(value)


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _number(value: Any) -> str:
    return '"' + str(value) + '"'


def _numbers(values: Any) -> str:
    return '"' + ARRAY_DELIMITER.join(map(str, values)) + '"'


def _strings(values: Any) -> str:
    return _quoted(ARRAY_DELIMITER.join(values))


def _any(value: Any) -> str:
    return _quoted(_cell(value))


# A column's values written as _quoted(_cell(value)) would write them, without asking each value its type (the
# column has one, ``_columns``).
_CONVERTERS: dict[str, Callable[[Any], str]] = {"string": _quoted, "long": _number, "double": _number,
                                                "string[]": _strings, "long[]": _numbers, "double[]": _numbers}


def _write(path: Path, header: list[str], columns: dict[str, str], fixed: list[list[str]],
           props: list[dict[str, Any]]) -> None:
    """A CSV file; every value quoted, an absent one left empty (neo4j-admin sets no property for it)."""
    converters = [(name, _CONVERTERS.get(kind, _any)) for name, kind in columns.items()]
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(",".join(map(_quoted, header)) + "\n")
        for lead, row in zip(fixed, props, strict=True):
            get = row.get
            cells = [_quoted(v) for v in lead]
            cells += ["" if (value := get(name)) is None else convert(value) for name, convert in converters]
            fh.write(",".join(cells) + "\n")


def _empty_lists(columns: dict[str, str], props: list[dict[str, Any]]) -> list[tuple[int, str]]:
    """(row, property) of every empty list in ``props``: only list columns hold lists."""
    lists = [name for name, kind in columns.items() if kind.endswith("[]")]
    return [(n, name) for n, row in enumerate(props) for name in lists
            if (value := row.get(name)) is not None and not value]


def write_import_files(documents: list[DocumentRows], directory: str | Path,
                       schema: Schema | None = None, marks: dict[str, list[Mark]] | None = None,
                       store: dict[str, list[Row]] | None = None) -> BulkFiles:
    """Write the graph of ``documents`` (with their digests, as the online loader stamps them) as CSV.

    ``marks`` (doc id -> the corpus-wide marks of its facts, ``ReviewStage.corpus_marks``) are written on the
    facts as the online loader writes them, and ``store`` (file name -> facts) as the
    facts store (``store_facts``), so that the build finishing an import need not write either
    (``build_graph(imported=True)``).
    """
    schema = schema or load_schema()
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    nodes, rels = merge_documents(documents)
    for rows in documents:  # what Loader stamps on each document it loads
        doc = nodes.setdefault("Document", {}).setdefault(rows.doc_id, {})
        doc.update(rows_digest=rows.digest(), facts=rows.facts)
    if marks:
        with_marks(nodes, rels, by_fact(marks))
    files = BulkFiles(directory)
    for label, by_id in sorted(nodes.items()):
        label = schema.label(label)
        ids = sorted(by_id)
        props = [by_id[i] for i in ids]
        columns = _columns(props, label, "id")
        header = [f"id:ID({label})", *(_header(n, kind) for n, kind in columns.items())]
        path = directory / f"nodes_{label}.csv"
        _write(path, header, columns, [[i] for i in ids], props)
        files.nodes.append((label, path))
        files.rows += len(ids)
        files.empty_lists += [(label, ids[n], k) for n, k in _empty_lists(columns, props)]
    for (rel_type, src, dst), by_key in sorted(rels.items()):
        schema.check_rel(rel_type, src, dst)
        src_ids, dst_ids = nodes.get(src, {}), nodes.get(dst, {})
        kept = [by_key[k] for k in sorted(by_key) if by_key[k]["from"] in src_ids and by_key[k]["to"] in dst_ids]
        if not kept:
            continue
        props = [r["props"] for r in kept]
        columns = _columns(props, rel_type, "key")
        header = [f":START_ID({schema.label(src)})", f":END_ID({schema.label(dst)})", "key",
                  *(_header(n, kind) for n, kind in columns.items())]
        path = directory / f"rels_{rel_type}_{src}_{dst}.csv"
        _write(path, header, columns, [[r["from"], r["to"], r["key"]] for r in kept], props)
        files.relationships.append((schema.rel_type(rel_type), path))
        files.rows += len(kept)
        files.relationship_rows += len(kept)
        files.empty_rel_lists += [(rel_type, src, dst, kept[n]["from"], kept[n]["to"], kept[n]["key"], k)
                                  for n, k in _empty_lists(columns, props)]
    if store is not None:
        _write_store(files, store)
    return files


def _write_store(files: BulkFiles, store: dict[str, list[Row]]) -> None:
    """The ``SourceFacts`` nodes ``store_facts`` would write: ``source`` (the ID column, as a property), the facts
    as JSON Lines, their digest and count."""
    sources = sorted(store)
    props = []
    for source in sources:
        text, digest = stored_text(store[source])
        props.append({"facts": text, "digest": digest, "count": len(store[source])})
        files.longest = max(files.longest, len(text))
    path = files.directory / f"nodes_{STORE_LABEL}.csv"
    _write(path, [f"source:ID({STORE_LABEL})", "facts", "digest", "count:long"],
           {"facts": "string", "digest": "string", "count": "long"},
           [[source] for source in sources], props)
    files.nodes.append((STORE_LABEL, path))
    files.rows += len(sources)


def run_import(files: BulkFiles, home: str | Path, database: str, classpath: str, java: str = "java",
               heap: str = "1g") -> str:
    """Run ``neo4j-admin database import full`` into the store under ``home`` (the server stopped).

    Returns the tool's report; raises :class:`BulkError` with its last lines when it fails.
    """
    with tempfile.TemporaryDirectory(prefix="govkg-admin-conf-") as conf:
        Path(conf, "neo4j.conf").write_text("", encoding="utf-8")
        env = {**os.environ, "NEO4J_HOME": str(Path(home).resolve()), "NEO4J_CONF": conf}
        cmd = [java, f"-Xmx{heap}", "-cp", classpath, ADMIN_MAIN, "database", "import", "full",
               *files.arguments(database)]
        out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    report = out.stdout + out.stderr
    if out.returncode != 0:
        tail = "\n".join(line for line in report.splitlines() if line.strip() and not line.startswith("."))
        raise BulkError(f"neo4j-admin database import failed (exit {out.returncode}):\n{tail[-3000:]}")
    return report


def set_empty_lists(files: BulkFiles, driver: Any, database: str, schema: Schema | None = None) -> None:
    """The empty-list properties the CSV import could not write: batched, each node and relationship found
    through the id index of a node (a relationship from its start node), never by scanning a type."""
    schema = schema or load_schema()
    nodes: dict[tuple[str, str], list[str]] = {}
    for label, node_id, prop in files.empty_lists:
        nodes.setdefault((label, prop), []).append(node_id)
    for (label, prop), ids in sorted(nodes.items()):
        for i in range(0, len(ids), EMPTY_LIST_BATCH):
            driver.execute_query(f"UNWIND $ids AS id MATCH (n:{schema.label(label)} {{id: id}}) SET n += $props",
                                 ids=ids[i:i + EMPTY_LIST_BATCH], props={prop: []}, database_=database)
    rels: dict[tuple[str, str, str, str], list[dict[str, str]]] = {}
    for rel_type, src, dst, start, end, key, prop in files.empty_rel_lists:
        rels.setdefault((rel_type, src, dst, prop), []).append({"from": start, "to": end, "key": key})
    for (rel_type, src, dst, prop), rows in sorted(rels.items()):
        schema.check_rel(rel_type, src, dst)
        statement = (f"UNWIND $rows AS row MATCH (a:{schema.label(src)} {{id: row.from}})"
                     f"-[r:{schema.rel_type(rel_type)} {{key: row.key}}]->(b:{schema.label(dst)} {{id: row.to}}) "
                     "SET r += $props")
        for i in range(0, len(rows), EMPTY_LIST_BATCH):
            driver.execute_query(statement, rows=rows[i:i + EMPTY_LIST_BATCH], props={prop: []},
                                 database_=database)
