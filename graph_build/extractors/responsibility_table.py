"""Responsibility tables whose rows head their tasks: 分管领导 / 序号 / 牵头单位 / 责任人 / 工作任务.

Gazettes publish the breakdown of a 政府工作报告 as a table where each row
names a lead unit and the persons in charge, then lists its tasks; the
leader's cell spans several rows. PDF extraction flattens it into lines::

    王 润 1 县直各单位          <- leader (only where it changes), 序号, first cells
    县直各单                    <- a cell cut across lines
    位负责人
    扎实开展党史学习教育，…     <- tasks, one paragraph each
    南选智                      <- the next leader, alone on a line
    2 政府办 薛高斌
    …

The parser follows the column order of the header line, not any names: a
row starts with its 序号 (in sequence), the cells before the task are units
until the first person, and every task paragraph gives one assignment with
``lead = units = [牵头单位…]`` (no lead for a 责任单位 column), ``leader`` carried down until the next leader
and ``persons`` the 责任人 cells. A row re-printed after a page break (same
序号) continues the row. Bracketed units after a unit
(``农业农村局（扶贫开发中心，畜牧兽医中心）``) are units of the row too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from graph_build.extractors.assignment_cells import (
    Frag,
    continues_unit_cell,
    fragments,
    is_person_cell,
    merge_single_chars,
)
from graph_build.extractors.assignment_markers import bracket_depth
from graph_build.extractors.assignment_units import compact, looks_like_unit, task_deadline, unit_list
from graph_build.extractors.base import Context
from graph_build.layout import Block, Line
from graph_build.notices import DATE_LINE, Notice
from graph_build.patterns import LazyPattern
from graph_build.people import looks_like_person
from graph_build.records import Assignment, Fact
from graph_build.source import SourceText

NAME = "responsibility_table"
VERSION = "1"

TASK_CHARS = 30

_ROW = LazyPattern(
    r"^(?:(?P<leader>[\u4e00-\u9fff](?:\s{0,3}[\u4e00-\u9fff]){1,3})\s+)?(?P<seq>\d{1,3})(?:\s+(?P<rest>\S.*))?$"
)
_NOT_SEQ_NEXT = LazyPattern(r"^[月日年个万亿%％.．、号项条]")
_TABLE_END = LazyPattern(r"^(说明|注[:：]|备注|附件)")
_NAME_LINE = LazyPattern(r"^[\u4e00-\u9fff](?:\s{0,3}[\u4e00-\u9fff]){1,3}$")
_TASKY = LazyPattern(r"[，,。；;：:！!？?]")


def is_row_first(kinds: list[str], line: Line) -> bool:
    """Rows that head their tasks: units and leaders come before the task column; not a table whose header sets
    its columns apart by tabs (a Word or web table copied, a spreadsheet: ``assignment_grid`` reads its rows, each
    a line, its empty cells where they stand)."""
    if "\t" in line.text:
        return False
    t = kinds.index("task")
    return any(k in ("lead", "resp", "persons", "leader") for k in kinds[:t]) and "seq" in kinds[:t]


@dataclass
class _Row:
    seq: int
    header: list[Line] = field(default_factory=list)
    cells: list[list[Frag]] = field(default_factory=list)
    scratch: list[list[Frag]] = field(default_factory=list)  # cells of a re-printed header, not used
    units: list[str] = field(default_factory=list)
    persons: list[str] = field(default_factory=list)
    closed: bool = False


@dataclass
class _Task:
    lines: list[Line]
    start: int  # offset in the first line


def _blank_before(notice: Notice, line: Line, prev: Line | None) -> bool:
    if prev is None or line.number - prev.number > 1:
        return True
    src = notice.layout.source
    raw_start = src.line_starts[line.number - 1]
    return line.start > raw_start  # indented: a new cell


def extract(notice: Notice, ctx: Context) -> Iterator[Fact]:
    lines = notice.lines
    headers = ctx.memo.headers(notice)
    for i, ln in enumerate(lines):
        kinds = headers.get(ln.number)
        if kinds and is_row_first(kinds, ln):
            yield from _table(notice, ctx, lines[i + 1 :], kinds)


def table_lines(notice: Notice, ctx: Context) -> set[int]:
    """Line numbers of row-first tables in the notice (for other extractors to leave alone)."""
    out: set[int] = set()
    lines = notice.lines
    headers = ctx.memo.headers(notice)
    for i, ln in enumerate(lines):
        kinds = headers.get(ln.number)
        if kinds and is_row_first(kinds, ln):
            out.add(ln.number)
            out.update(x.number for x in lines[i + 1 :])
    return out


def _table(notice: Notice, ctx: Context, lines: list[Line], kinds: list[str]) -> Iterator[Fact]:
    source = notice.layout.source
    has_leader = "leader" in kinds
    leader: str | None = None
    row: _Row | None = None
    task: _Task | None = None
    prev: Line | None = None

    def flush() -> Iterator[Fact]:
        nonlocal task
        if task is not None and row is not None:
            fact = _fact(notice, ctx, row, task, leader, has_lead="lead" in kinds)
            if fact is not None:
                yield fact
        task = None

    headers = ctx.memo.headers(notice)
    for ln in lines:
        text = ln.text
        if _TABLE_END.match(text) or DATE_LINE.match(compact(text)) or ln.number in headers:
            break
        m = _ROW.match(text)
        seq = int(m.group("seq")) if m else None
        if m and seq is not None and _in_sequence(row, seq) and not _NOT_SEQ_NEXT.match(m.group("rest") or ""):
            yield from flush()
            if m.group("leader") and has_leader:
                leader = compact(m.group("leader"))
            if row is None or seq != row.seq:
                row = _Row(seq)
            else:
                row.closed = True  # the row re-printed after a page break
                row.scratch = []
            row.header.append(ln)
            rest = m.start("rest") if m.group("rest") else len(text)
            frags = merge_single_chars([Frag(ln, max(f.start, rest), f.end) for f in fragments(ln) if f.end > rest])
            task = _header_frags(row, frags, ctx, source)
            prev = ln
            continue
        if row is None:
            prev = ln
            continue
        name = compact(text)
        alone = _blank_before(notice, ln, prev)
        if has_leader and task is not None and alone and looks_like_person(name) and _NAME_LINE.match(text):
            yield from flush()
            leader = name
            prev = ln
            continue
        if task is None:
            if not row.closed and row.header and ln not in row.header:
                row.header.append(ln)
            task = _header_frags(row, merge_single_chars(fragments(ln)), ctx, source)
        elif _blank_before(notice, ln, prev):
            yield from flush()
            task = _Task([ln], 0)
        else:
            task.lines.append(ln)
        prev = ln
    yield from flush()


def _in_sequence(row: _Row | None, seq: int) -> bool:
    if row is None:
        return 1 <= seq <= 3
    return row.seq <= seq <= row.seq + 3


def _header_frags(row: _Row, frags: list[Frag], ctx: Context, source: SourceText) -> _Task | None:
    """Take the row's cells from ``frags``; a fragment that reads as a task starts the task."""
    for f in frags:
        cells = row.scratch if row.closed else row.cells
        open_cell = bool(cells) and bracket_depth("".join(x.text for x in cells[-1])) > 0
        if not open_cell and _is_task_start(f.text):
            _close_cells(row, ctx, source)
            return _Task([f.line], f.start)
        if cells and _continues(cells, f, ctx):
            cells[-1].append(f)
        else:
            cells.append([f])
    return None


def _continues(cells: list[list[Frag]], f: Frag, ctx: Context) -> bool:
    cell = "".join(x.text for x in cells[-1])
    persons_started = any(_is_person_cell("".join(x.text for x in c), ctx) for c in cells)
    if persons_started and not _is_person_cell(cell, ctx):
        return continues_unit_cell(cell, f.text, ctx.agencies)
    if persons_started:
        n = compact(f.text)
        return not (looks_like_person(n) or looks_like_unit(n, ctx.agencies)) and len(n) <= 6
    return continues_unit_cell(cell, f.text, ctx.agencies)


def _is_person_cell(text: str, ctx: Context) -> bool:
    t = compact(text)
    if looks_like_unit(t, ctx.agencies) and not re.search(r"(负责人|负责同志|主要领导)$", t):
        return False
    return is_person_cell(t)


def _is_task_start(text: str) -> bool:
    t = compact(text)
    return len(t) >= 10 or bool(_TASKY.search(t))


def _close_cells(row: _Row, ctx: Context, source: SourceText) -> None:
    """Read the row's cells: units first, then persons (the column order of the header)."""
    if row.closed:
        return
    row.closed = True
    in_persons = False
    for cell in row.cells:
        work = compact("".join(f.text for f in cell))
        orig = compact("".join(_original(f, source) for f in cell))
        if not in_persons and _is_person_cell(work, ctx):
            in_persons = True
        if in_persons:
            row.persons.append(orig)
        else:
            row.units.extend(_row_units(work, orig, ctx))


def _original(f: Frag, source: SourceText) -> str:
    return source.text[f.line.start + f.start : f.line.start + f.end]


def _row_units(work: str, orig: str, ctx: Context) -> list[str]:
    """``农业农村局（扶贫开发中心，畜牧兽医中心）`` -> the unit and the units in its bracket."""
    m = re.match(r"^(?P<head>[^(]+)\((?P<inner>.+)\)$", work)
    if m:
        lo = m.start("inner")
        spans = unit_list(work, lo, m.end("inner"), ctx.agencies)
        if spans:
            return [orig[: m.end("head")]] + [orig[a:b] for a, b in spans]
    return [orig]


def _fact(notice: Notice, ctx: Context, row: _Row, task: _Task, leader: str | None, *, has_lead: bool) -> Fact | None:
    source = notice.layout.source
    first = task.lines[0]
    text = compact(source.text[first.start + task.start : first.start + len(first.text)])
    text += "".join(compact(source.text[ln.start : ln.start + len(ln.text)]) for ln in task.lines[1:])
    if len(re.findall(r"[\u4e00-\u9fff]", text)) < 4 or not row.units:
        return None
    header = [ln for ln in row.header if ln.number < first.number]
    block = Block.from_lines(source, header + task.lines)
    t_start = sum(len(ln.text) for ln in header) + task.start
    prov = ctx.cite(block, t_start, len(block.text), NAME, VERSION, line_at=t_start, evidence=(0, len(block.text)))
    units = tuple(dict.fromkeys(row.units))
    return Assignment(
        prov=prov,
        doc_number=notice.doc_number,
        doc_title=notice.title,
        task=text[:TASK_CHARS],
        lead=units if has_lead else (),
        units=units,
        deadline=task_deadline(text),
        leader=leader,
        persons=tuple(row.persons),
        task_text=text,
    )
