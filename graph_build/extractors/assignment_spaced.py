"""Task tables a PDF's text layer sets out with runs of spaces, each cell under its column, wrapped cells on the
lines under their row::

    序号        工作任务            分管县领导    牵头单位        责任单位
     1    毫不放松抓好常态化疫情     李  明        县卫生健康局    县疾控中心、各乡镇
          防控，完善发热门诊和
          隔离场所设置
     6    推进县经济开发区扩区调     王  敏        县经济开发区    县发改局、县自然资源
          规，新建标准厂房 10 万                    管委会          和规划局

A header's names stand centred over their columns, so the columns' starts are those of the first numbered row
with a cell under every column (display widths: a CJK letter two digits wide). A line whose 序号 cell is empty goes
on with the row above (the line right under it, not one after a blank line), each of its cells under the column
it starts under. A section's row (``二、加快重点项目建设``) and the header printed again after a page break are
passed over; a line that stands under no column ends the table. A table of one row, or one with a numbered row
under no columns (cells set apart by spaces, not set out in columns), is left to the other readers; a row whose
cells do not fit their columns is left out (``assignment_grid.cell_fits``).

A word processor may print each row's 序号 in the row's middle, so the table's first line has no number::

          全面推行企业开办“一网通办”，  县市场监管局  县政务服务中心、  2023年6月
     1    将企业开办时间压缩至1个工作                 县公安局          底前
          日以内

A row of n lines then has its number on line ⌊(n−1)/2⌋+1: of the lines between two numbers, the last of the row
above stand first, and the row below opens where the line's cells start afresh (the one with the most cells).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from graph_build.extractors import column_table
from graph_build.extractors.assignment_cells import TASK_COLUMN
from graph_build.extractors.assignment_grid import (
    SECTION_ROW,
    UNIT_KINDS,
    Cell,
    cell_fits,
    column_kind,
    parts_fact,
    task_named,
)
from graph_build.extractors.base import Context
from graph_build.layout import Line, compact, display_width
from graph_build.notices import Notice
from graph_build.patterns import LazyPattern
from graph_build.records import Fact

_SEQ = LazyPattern(r"\d{1,3}")
_GAP = LazyPattern(r"\S\s{2,}\S")  # two cells set apart by a run of spaces


def extract(notice: Notice, ctx: Context, name: str, version: str) -> Iterator[tuple[Fact | None, set[int]]]:
    """Facts of the notice's tables set out with spaces, each with the line numbers its table covers."""
    if not TASK_COLUMN.search(notice.text):
        return
    source = notice.layout.source.text
    for header, parts, covered in _tables(notice.lines, source):
        yield parts_fact(notice, ctx, header, parts, name, version), covered


def _header(line: Line) -> list[str | None] | None:
    """The column kinds of a header set out with spaces (``序号  工作任务  分管县领导  牵头单位  责任单位``): the
    序号 first, a task and a unit's column among them; None for any other line."""
    if "\t" in line.text or "|" in line.text or not _GAP.search(line.text):
        return None
    return _kinds([compact(c.text) for c in column_table.line_cells(line)])


def _kinds(names: list[str]) -> list[str | None] | None:
    """The column kinds of a spaced header's names: the 序号 first, a task and a unit's column among them."""
    if len(names) < 3 or not TASK_COLUMN.search("".join(names)):
        return None
    kinds = [column_kind(n) or task_named(n) for n in names]
    if kinds[0] != "seq" or "task" not in kinds or not set(UNIT_KINDS) & set(kinds):
        return None
    return kinds


def _wrapped_header(top: Line, bottom: Line, source: str) -> list[str | None] | None:
    """The column kinds of a spaced header whose names wrapped onto the line under it, each part under the
    name it ends (``责任市`` ⏎ ``领导``); None unless the names so joined make a header."""
    if "\t" in top.text + bottom.text or "|" in top.text + bottom.text or not _GAP.search(top.text):
        return None
    cells = column_table.line_cells(top)
    starts = [column_table.indent(top, source) + display_width(top.text[: c.start]) for c in cells]
    names = [compact(c.text) for c in cells]
    for c in column_table.line_cells(bottom):
        at = column_table.indent(bottom, source) + display_width(bottom.text[: c.start])
        near = [n for n, x in enumerate(starts) if abs(x - at) <= 2]
        if len(near) != 1 or len(compact(c.text)) > 4:
            return None  # (a part under no name, or a row's cell: no wrapped name)
        names[near[0]] += compact(c.text)
    return _kinds(names)


def _sub_header(top: Line, bottom: Line, source: str) -> list[str | None] | None:
    """The column kinds of a header of two lines set out with spaces, a column of the first named over columns
    of the second (``序号  民生实事项目  责任分工  完成时限`` ⏎ ``责任县领导  牵头单位  责任单位``): the columns in
    the order they stand, the second line's in place of the name over them; None unless they make a header."""
    if "\t" in top.text + bottom.text or "|" in top.text + bottom.text or not _GAP.search(bottom.text):
        return None
    cells = [(column_table.indent(ln, source) + display_width(ln.text[: c.start]), compact(c.text), ln is bottom)
             for ln in (top, bottom) for c in column_table.line_cells(ln)]
    named = {text: column_kind(text) or task_named(text) for _, text, _ in cells}
    if any(named[text] is None for _, text, low in cells if low):
        return None  # (every name of the second line a column's)
    subs = [at for at, _, low in cells if low]
    kept = [(at, named[text]) for at, text, low in cells
            if low or named[text] is not None or not any(at <= x for x in subs)]
    if any(kind is None for _, kind in kept) or named[cells[0][1]] != "seq" or len(kept) == len(cells):
        return None  # (the first line's 序号 first, and a name over the second line's columns)
    kinds = [kind for _, kind in sorted(kept, key=lambda c: c[0])]
    if not kinds or kinds[0] != "seq" or "task" not in kinds or not set(UNIT_KINDS) & set(kinds):
        return None
    return kinds


def _tables(
    lines: list[Line], source: str
) -> Iterator[tuple[list[str | None], list[list[Cell]], set[int]]]:
    """Each row's header, each column's parts, and the lines its table covers."""
    i, n = 0, len(lines)
    while i < n:
        header = _header(lines[i])
        below = None
        if (header is None or None in header) and i + 1 < n and lines[i + 1].number == lines[i].number + 1:
            below = _sub_header(lines[i], lines[i + 1], source) if header is None else None
            wrapped = _wrapped_header(lines[i], lines[i + 1], source)  # (``责任市`` ⏎ ``领导``: a name wrapped)
            if wrapped is not None and (header is None or wrapped.count(None) < header.count(None)):
                header, below = None, wrapped
        if header is None and below is None:
            i += 1
            continue
        heads = {compact(ln.text) for ln in lines[i : i + (1 if below is None else 2)]}
        covered = {ln.number for ln in lines[i : i + (1 if below is None else 2)]}
        header = header or below
        assert header is not None
        starts: list[float] = []
        rows: list[list[list[Cell]]] = []
        k = i + len(covered)
        centred = _centred_rows(lines, k, header, heads, source)
        if centred is not None:  # (its 序号 centred in each row: a row's first lines stand above its number)
            rows, k, more = centred
            covered |= more
        while k < n and centred is None:
            line, flat = lines[k], compact(lines[k].text)
            if flat in heads or (SECTION_ROW.match(flat) and not _GAP.search(line.text)):
                covered.add(line.number)  # (the header again after a page break; a section's row)
                k += 1
                continue
            cells = column_table.line_cells(line)
            if cells and _SEQ.fullmatch(compact(cells[0].text)) and (starts or len(cells) == len(header)):
                if not starts:
                    indent = column_table.indent(line, source)
                    starts = [indent + display_width(line.text[: c.start]) for c in cells]
                aligned = column_table.under_columns(line, starts, source)
                if aligned is None:
                    rows = []  # (a numbered row under no columns: cells set apart by spaces, not set out in columns)
                    break
                rows.append([[c] for c in aligned])
            elif rows and line.number == lines[k - 1].number + 1:  # (after a blank line: no cell's wrapped part)
                aligned = column_table.under_columns(line, starts, source)
                if aligned is None or aligned[0].end > aligned[0].start:
                    break
                for parts, c in zip(rows[-1], aligned, strict=True):
                    if c.end > c.start:
                        parts.append(c)
            else:
                break
            covered.add(line.number)
            k += 1
        for parts in rows if len(rows) > 1 else ():  # (one row shows no columns)
            if all(cell_fits(kind, "".join(compact(c.text) for c in part))
                   for kind, part in zip(header, parts, strict=True)):
                yield header, parts, covered
        i = max(k, i + 1)


def _centred_rows(
    lines: list[Line], k: int, header: list[str | None], heads: set[str], source: str
) -> tuple[list[list[list[Cell]]], int, set[int]] | None:
    """The rows of a table from line ``k`` (under its header) whose 序号 stands centred in each row, as a word
    processor prints it: a row of n lines has its number on line ⌊(n−1)/2⌋+1, so a line without one stands above
    or below a number. Each row's parts by column, the index of the line after the table, and the lines read.
    None unless the table's first line has no number (a table numbered on each row's first line is not this)."""
    found = _table_lines(lines, k, heads)
    if found is None:
        return None
    region, end, covered = found
    seqs = [_SEQ.fullmatch(compact(column_table.line_cells(ln)[0].text)) is not None for ln in region]
    if not region or seqs[0] or not any(seqs):
        return None
    full = next((ln for ln, numbered in zip(region, seqs, strict=True)
                 if numbered and len(column_table.line_cells(ln)) == len(header)), None)
    if full is None:
        return None
    indent = column_table.indent(full, source)
    starts = [indent + display_width(full.text[: c.start]) for c in column_table.line_cells(full)]
    aligned: list[list[Cell]] = []
    for ln in region:
        cells = column_table.under_columns(ln, starts, source)
        if cells is None:
            return None  # (a line under no column: no such table)
        aligned.append(cells)
    anchors = [q for q, numbered in enumerate(seqs) if numbered]
    firsts = [0]  # each row's first line
    before = anchors[0]
    for here, there in pairwise(anchors):
        gap = there - here - 1
        options = [after for after in (before, before + 1) if after <= gap]
        if not options:
            return None  # (numbers that stand no row's middle)
        # the row below opens at the line with the most cells filled (its cells start at its top)
        after = max(options, key=lambda a: (_filled(aligned[here + 1 + a]), -a))
        firsts.append(here + 1 + after)
        before = gap - after
    last = min(len(region), anchors[-1] + before + 2)
    rows = []
    for top, bottom in zip(firsts, [*firsts[1:], last], strict=True):
        parts: list[list[Cell]] = [[] for _ in header]
        for cells in aligned[top:bottom]:
            for column, c in zip(parts, cells, strict=True):
                if c.end > c.start:
                    column.append(c)
        rows.append(parts)
    covered |= {ln.number for ln in region[:last]}
    return rows, lines.index(region[last - 1]) + 1 if last < len(region) else end, covered


def _table_lines(lines: list[Line], k: int, heads: set[str]) -> tuple[list[Line], int, set[int]] | None:
    """The lines of a table set out with spaces from line ``k``: each right under the one before, the header
    printed again after a page break passed over (and the lines it covers); the index of the line after them."""
    region: list[Line] = []
    covered: set[int] = set()
    last = lines[k - 1].number if k else 0
    while k < len(lines):
        line, flat = lines[k], compact(lines[k].text)
        if flat in heads:
            covered.add(line.number)
        elif line.number != last + 1 or (not region and not _GAP.search(line.text)):
            break
        else:
            region.append(line)
        last = line.number
        k += 1
    return (region, k, covered) if region else None


def _filled(cells: list[Cell]) -> int:
    """How many of a line's cells after its 序号 hold text."""
    return sum(c.end > c.start for c in cells[1:])
