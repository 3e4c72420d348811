"""Tables whose header names every column, one row a line: a leader's portfolio, a 任免 decision per person::

    序号 姓名 职务 分管工作 分管部门 联系单位              <- a header: every cell names a known column
    1 李明 常务副县长 负责发展改革、财政方面工作 县发改局、县财政局 县税务局

    序号 姓名 任命职务 免去职务
    1 王小明 县财政局副局长 县审计局副局长

A web page's or Word table of short cells reads like this (``graph_build/readers/tables.py`` writes a row's short
cells on one line, set apart by spaces; a table copied as text sets them apart by tabs or ``|``). Read as prose,
the cells would run together (``财政方面工作县发改局``); here each row's cells are taken by position, and only
when the row has a cell under every column (an empty cell is left out by the readers, and a row that has lost
one cannot be read by position; a tab-separated row keeps its empty cells, and those that ended it went with
the line's trailing whitespace). A table whose long cells stand on lines of their own is read as prose.

This module finds the tables and their cells; the extractors read the cells (``portfolios`` with its clause
grammar, ``appointments`` as a person's posts). The column names and each one's kind are ``table_columns`` in
``data/portfolios.yml`` and ``data/personnel.yml``: the person's name, a kind the extractor reads (a relation, an
action), or one read for nothing (the post the person holds, a 序号, a 性别).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from graph_build.extractors.assignment_cells import Frag, fragments, merge_single_chars
from graph_build.extractors.assignment_grid import Cell, bordered_cells, piped_cells, split_cells
from graph_build.layout import Line, compact, display_width

_WIDE_GAP = re.compile(r"\s{2,}")
_BETWEEN_GAPS = re.compile(r"\S+(?:\s\S+)*")  # the runs of text between gaps of two spaces or more

# The kinds of column every table may have that the extractors do not read as a fact's subject.
NAME, POST, OTHER = "name", "post", "other"


@dataclass(frozen=True)
class Row:
    """One person's row: the name cell, and each other cell with its column's kind."""

    line: Line
    name: Cell
    cells: tuple[tuple[str, Cell], ...]


def _cells(line: Line) -> list[Cell]:
    """A line's cells: set apart by tabs or by bars on each side (an empty one kept), by ``|``, or else by spaces
    between words."""
    if "\t" in line.text and "|" not in line.text:
        return _tab_cells(line)
    if "|" in line.text:
        return bordered_cells(line) or piped_cells(line)
    if _WIDE_GAP.search(line.text):  # a table set out with runs of spaces: a cell may hold a dash or a number
        frags = [Frag(line, m.start(), m.end()) for m in _BETWEEN_GAPS.finditer(line.text)]
    else:
        frags = fragments(line)
    return [Cell(line, f.start, f.end) for f in merge_single_chars(frags)]  # ``姓  名``, ``卢  燕``


def _tab_cells(line: Line) -> list[Cell]:
    """The cells of a row copied as tab-separated text, an empty cell as an empty span."""
    return split_cells(line, 0, len(line.text), "\t", keep_empty=True)


def name_columns(kinds: dict[str, str]) -> tuple[str, ...]:
    """The last character of each column name of the person's name: a header holds one of them (the cheap test
    of ``header``; a whole name may be spaced out, ``姓  名``)."""
    return tuple(sorted({n[-1] for n, kind in kinds.items() if kind == NAME}))


@lru_cache(maxsize=8)
def _hint(names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, names)))


def header(line: Line, kinds: dict[str, str], names: tuple[str, ...] | None = None) -> list[str] | None:
    """The columns' kinds if ``line`` is a table's header (``kinds``: column name -> kind; ``names``: its
    ``name_columns``, when the caller made them once): every cell a known column, one of them the name and one
    of a kind the extractor reads; else None."""
    text = line.text
    if len(text) > 80 or not any(n in text for n in (names if names is not None else name_columns(kinds))):
        return None  # (a cheap test first)
    return _columns([compact(c.text) for c in _cells(line)], kinds)


def _columns(names: list[str], kinds: dict[str, str]) -> list[str] | None:
    """The kinds of a header's column names: every one known, one of them the name, one of a fact; else None."""
    found = [_kind(n, kinds) for n in names]
    columns = [k for k in found if k is not None]
    if len(columns) < 2 or len(columns) < len(found) or columns.count(NAME) != 1:
        return None
    if not set(columns) - {NAME, POST, OTHER}:  # no column of a fact
        return None
    return columns


def _two_line_header(first: Line, second: Line, kinds: dict[str, str], source: str) -> list[str] | None:
    """A tab-separated header of two lines, a column's name over its parts (``任免职务`` over ``任职 | 免职``):
    each column named by the lower line where it has a name, else by the upper."""
    if "\t" not in first.text or "\t" not in second.text:
        return None
    upper = [compact(c.text) for c in _leading_tabs(first, source) + _cells(first)]
    lower = [compact(c.text) for c in _leading_tabs(second, source) + _cells(second)]
    width = max(len(upper), len(lower))
    upper += [""] * (width - len(upper))
    lower += [""] * (width - len(lower))
    return _columns([b or a for a, b in zip(upper, lower, strict=True) if a or b], kinds)


def _kind(name: str, kinds: dict[str, str]) -> str | None:
    """A column's kind, its name read without a bracketed note too (``分管部门（单位）``)."""
    return kinds.get(name) or kinds.get(_NOTE.sub("", name))


_NOTE = re.compile(r"[(（][^()（）]{1,8}[)）]$")


def rows(lines: list[Line], kinds: dict[str, str], text: str | None = None, source: str | None = None) -> Iterator[Row]:
    """The rows of every such table among ``lines``: after a ``header``, each line with a cell under every
    column. ``text``: the lines' whole text, when the caller has it (a text with no name column has no table);
    ``source``: the file's text, where a tab-separated line's leading tabs (empty cells) are seen. A tab-separated
    row whose name cell is empty goes on with the row above (a cell that wrapped): it is given that row's name."""
    names = name_columns(kinds)
    hint = _hint(names)
    if text is not None and not hint.search(text):
        return
    i = 0
    while i < len(lines):
        # (the lines that may hold a header, found without a call per line)
        i = next((k for k in range(i, len(lines)) if hint.search(lines[k].text)), len(lines))
        if i == len(lines):
            break
        columns = header(lines[i], kinds, names)
        if columns is None and source is not None and i + 1 < len(lines):
            columns = _two_line_header(lines[i], lines[i + 1], kinds, source)
            i += columns is not None  # (the header's second line)
        i += 1
        if columns is None:
            continue
        at = columns.index(NAME)
        head = lines[i - 1]
        # a table set out with runs of spaces shows where each column starts (single spaces show nothing)
        starts = [display_width(head.text[: c.start]) for c in _cells(head)] if _WIDE_GAP.search(head.text) else []
        above: Cell | None = None  # the name cell of the last row read
        while i < len(lines):
            cells = _cells(lines[i])
            if source is not None and "\t" in lines[i].text:
                cells = _leading_tabs(lines[i], source) + cells
            tabbed = "\t" in lines[i].text and "|" not in lines[i].text
            spaced = "\t" not in lines[i].text and "|" not in lines[i].text
            if tabbed and 1 < len(cells) < len(columns):
                # the empty cells that ended a tab-separated row went with the line's trailing whitespace
                cells += [Cell(lines[i], len(lines[i].text), len(lines[i].text))] * (len(columns) - len(cells))
            elif spaced and starts and _WIDE_GAP.search(lines[i].text) and 1 < len(cells) < len(columns):
                cells = _aligned(lines[i], cells, starts) or cells
            if len(cells) != len(columns):
                break
            name = cells[at] if cells[at].end > cells[at].start or above is None or spaced else above
            above = name
            yield Row(lines[i], name, tuple((k, c) for n, (k, c) in enumerate(zip(columns, cells, strict=True))
                                            if n != at))
            i += 1


def _leading_tabs(line: Line, source: str) -> list[Cell]:
    """The empty cells a tab-separated line opened with (the layout strips them with the line's indentation)."""
    begin = source.rfind("\n", 0, line.start) + 1
    return [Cell(line, 0, 0)] * source.count("\t", begin, line.start)


_ALIGN = 2.0  # full-width cells a spaced row's cell may stand off its column's start


def _aligned(line: Line, cells: list[Cell], starts: list[float]) -> list[Cell] | None:
    """A row set out with spaces under its header, short of some cells (left empty): each cell under the column
    that starts where it starts (``starts``: the header's cells' display columns), the others empty; None if a
    cell stands under no column or two under one."""
    out: list[Cell | None] = [None] * len(starts)
    last = -1
    for c in cells:
        pos = display_width(line.text[: c.start])
        j = min(range(len(starts)), key=lambda k: abs(starts[k] - pos))
        if abs(starts[j] - pos) > _ALIGN or j <= last:
            return None
        out[j], last = c, j
    return [c if c is not None else Cell(line, len(line.text), len(line.text)) for c in out]
