"""Leaders' portfolios laid out as a table whose columns say the relation, one row a line::

    姓名 职务 分管工作 分管部门 联系单位                      <- a header: every cell names a known column
    李明 常务副县长 负责发展改革、财政方面工作 县发改局、县财政局 县税务局

A web page's or Word table of short cells reads like this (``graph_build/readers/tables.py`` writes a row's short
cells on one line, set apart by spaces; a table copied as text sets them apart by tabs or ``|``). Read as prose,
the cells would run together (``财政方面工作县发改局``); here each row's cells are taken by position, and only
when the row has a cell under every column (an empty cell is left out by the readers, and a row that has lost
one cannot be read by position). A table whose long cells stand on lines of their own is read as prose.

This module finds the tables and their cells; ``portfolios`` reads the cells with its clause grammar. The
column names and the relation each gives are ``table_columns`` in ``data/portfolios.yml``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from graph_build.extractors.assignment_cells import fragments
from graph_build.extractors.assignment_grid import Cell, piped_cells
from graph_build.layout import Line, compact

# The kinds of ``table_columns`` that are not a relation.
NAME, POST = "name", "post"


@dataclass(frozen=True)
class Row:
    """One leader's row: the name cell, and each other cell with its column's kind (``post``, or the relation
    verb, such as 分管, of a list of targets)."""

    line: Line
    name: Cell
    cells: tuple[tuple[str, Cell], ...]


def _cells(line: Line) -> list[Cell]:
    """A line's cells: set apart by ``|`` or tabs when it has them, else by spaces between words."""
    if "|" in line.text or "\t" in line.text:
        return piped_cells(line)
    return [Cell(line, f.start, f.end) for f in fragments(line)]


def header(line: Line, kinds: dict[str, str]) -> list[str] | None:
    """The columns' kinds if ``line`` is the header of a portfolio table (``kinds``: column name -> kind): every
    cell a known column, one of them the name and one a relation; else None."""
    text = line.text
    if len(text) > 80 or not any(n in text for n, kind in kinds.items() if kind == NAME):  # (a cheap test first)
        return None
    found = [kinds.get(compact(c.text)) for c in _cells(line)]
    columns = [k for k in found if k is not None]
    if len(columns) < 2 or len(columns) < len(found) or columns.count(NAME) != 1 or not set(columns) - {NAME, POST}:
        return None
    return columns


def rows(lines: list[Line], kinds: dict[str, str]) -> Iterator[Row]:
    """The rows of every portfolio table among ``lines``: after a ``header``, each line with a cell under every
    column."""
    i = 0
    while i < len(lines):
        columns = header(lines[i], kinds)
        i += 1
        if columns is None:
            continue
        at = columns.index(NAME)
        while i < len(lines):
            cells = _cells(lines[i])
            if len(cells) != len(columns):
                break
            yield Row(lines[i], cells[at], tuple((k, c) for n, (k, c) in enumerate(zip(columns, cells, strict=True))
                                                 if n != at))
            i += 1
