"""Files to download: a subgraph in the formats of ``queries.export`` (written to a temporary directory, read back
as bytes; CSV as a zip of nodes.csv and relationships.csv), and a query's rows as CSV or JSON."""

from __future__ import annotations

import io
import json
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd

MIME = {"graphml": "application/graphml+xml", "gexf": "application/gexf+xml", "json": "application/json",
        "csv": "application/zip", "cypher": "text/plain", "popolo": "application/json"}
NAMES = {"graphml": "GraphML", "gexf": "GEXF", "json": "JSON", "csv": "CSV", "cypher": "Cypher",
         "popolo": "Popolo"}


@dataclass(frozen=True)
class Download:
    label: str
    file_name: str
    mime: str
    data: Callable[[], bytes]


def graph_bytes(g: nx.MultiDiGraph, fmt: str, documents: dict[str, dict[str, Any]] | None = None) -> bytes:
    """``g`` in format ``fmt`` (one of ``queries.export.FORMATS``) as the bytes of one file."""
    from queries.export import export_graph

    with tempfile.TemporaryDirectory(prefix="govkg-export-") as tmp:
        out = Path(tmp) / ("graph" if fmt == "csv" else f"graph.{fmt}")
        result = export_graph(g, fmt, out, documents=documents)
        if fmt != "csv":
            return result.paths[0].read_bytes()
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in result.paths:
                archive.write(path, path.name)
            if result.notes:
                archive.writestr("README.txt", "\n".join(result.notes) + "\n")
        return buffer.getvalue()


def file_name(stem: str, fmt: str) -> str:
    from queries.export import SUFFIXES

    return f"{stem}.zip" if fmt == "csv" else stem + SUFFIXES.get(fmt, "." + fmt)


def graph_downloads(g: nx.MultiDiGraph, stem: str,
                    documents: Callable[[], dict[str, dict[str, Any]]] | None = None) -> list[Download]:
    """One download per format; each file is made only when its button is clicked."""
    from queries.export import FORMATS

    def make(fmt: str) -> Callable[[], bytes]:
        def data() -> bytes:
            return graph_bytes(g, fmt, documents() if documents and fmt == "popolo" else None)

        return data

    return [Download(NAMES.get(fmt, fmt), file_name(stem, fmt), MIME.get(fmt, "application/octet-stream"), make(fmt))
            for fmt in FORMATS]


def cell(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False, default=str) if isinstance(value, list | dict | tuple) else value


def rows_csv(rows: list[dict[str, Any]]) -> bytes:
    """Rows as CSV (UTF-8 with a BOM, so that spreadsheet programs read the Chinese); nested values as JSON."""
    frame = pd.DataFrame([{k: cell(v) for k, v in row.items()} for row in rows])
    return frame.to_csv(index=False).encode("utf-8-sig")


def rows_json(rows: list[dict[str, Any]]) -> bytes:
    return json.dumps(rows, ensure_ascii=False, indent=1, default=str).encode("utf-8")


def safe_stem(text: str) -> str:
    """A file name from an id or a query name (no path separators or reserved characters)."""
    cleaned = "".join("_" if c in '\\/:*?"<>| ' else c for c in text).strip("._")
    return cleaned[:80] or "govkg"
