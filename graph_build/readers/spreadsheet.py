"""Spreadsheets (.xlsx, .xlsm, .xls, .ods): each sheet a page, its rows a table (``graph_build.readers.tables``).

A 任务分解表 or a 责任清单 is often published as an Excel attachment. Each sheet is read with python-calamine
(one Rust library for every spreadsheet format: no LibreOffice needed). The rows before the table that hold one
cell at most (the sheet's title, ``填报单位：…``) are lines of their own; the rest is rendered as a Word table is,
so the same table extractors read it. A cell merged with others holds its value once (the others are empty
and left out, as a merged Word cell is). A date cell is written as the genre writes dates (``2024年6月30日``), a
whole number without ``.0``. A sheet with no text is left out; a workbook with none is an error.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from python_calamine import CalamineError, CalamineWorkbook

from graph_build.readers.base import assemble
from graph_build.readers.tables import paragraph_cell, render_table
from graph_build.source import Origin, SourceError, SourceText

SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")


def cell_text(value: object) -> str:
    """A cell's value as the sheet shows it, in the forms the extractors read."""
    if isinstance(value, dt.datetime | dt.date):
        return f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip() if value is not None else ""


def sheet_text(rows: list[list[object]]) -> str:
    """A sheet's rows as text: the leading rows of one cell as lines, then the table."""
    cells = [[paragraph_cell(cell_text(v).split("\n")) for v in row] for row in rows]
    cells = [row for row in cells if any(row)]
    lines: list[str] = []
    while cells and sum(1 for c in cells[0] if c) <= 1:  # a title above the table
        lines.extend(p for c in cells.pop(0) for p in c)
    table = render_table(cells) if cells else ""
    return "\n".join([*lines, table]).strip("\n")


def read(path: Path) -> SourceText:
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        sheets = [workbook.get_sheet_by_name(name).to_python(skip_empty_area=True) for name in workbook.sheet_names]
    except (CalamineError, OSError, ValueError) as exc:
        raise SourceError(str(path), f"not a readable spreadsheet ({exc})") from exc
    pages = [text for text in (sheet_text(rows) for rows in sheets) if text.strip()]
    return assemble(path, pages, Origin(format=path.suffix.lower().lstrip(".")), paged=True)
