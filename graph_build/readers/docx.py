"""Word .docx: paragraphs in order, each with the number Word's automatic numbering shows before it
(``graph_build.readers.word_numbering``), tables as tables (``graph_build.readers.tables``)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.document import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph

from graph_build.readers.base import assemble
from graph_build.readers.tables import paragraph_cell, render_table
from graph_build.readers.word_numbering import Numbering
from graph_build.source import Origin, SourceError, SourceText

SUFFIXES = (".docx",)


def _table_rows(table: Table, numbering: Numbering) -> list[list[list[str]]]:
    """Cells of each row; a cell merged with the one to its left or above is given once."""
    rows: list[list[list[str]]] = []
    above: list[object] = []
    for row in table.rows:
        cells: list[list[str]] = []
        seen: list[object] = []
        for i, cell in enumerate(row.cells):
            tc = cell._tc
            if tc in seen or (i < len(above) and above[i] is tc):
                cells.append([])
            else:
                cells.append(paragraph_cell([numbering.label(p) + p.text for p in cell.paragraphs]))
            seen.append(tc)
        above = seen
        rows.append(cells)
    return rows


def document_text(document: Document) -> str:
    """The body of a document: each paragraph a line (its automatic number before it), each table rendered as the
    extractors read it."""
    parts: list[str] = []
    numbering = Numbering(document)
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, document)
            parts.append(numbering.label(paragraph) + paragraph.text)
        elif tag == "tbl":
            parts.append(render_table(_table_rows(Table(child, document), numbering)))
    return "\n".join(parts)


def read(path: Path, name: str | None = None, fmt: str = "docx") -> SourceText:
    """Read ``path``; ``name`` and ``fmt`` are those of the original file when it was converted to .docx."""
    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise SourceError(name or str(path), f"not a readable Word .docx file ({exc})") from exc
    source = assemble(path, [document_text(document)], Origin(format=fmt))
    if name is None:
        return source
    return SourceText.from_string(Path(name).name, source.text, path=name, origin=source.origin)
