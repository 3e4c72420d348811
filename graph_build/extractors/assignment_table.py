"""Task lists laid out as tables whose task column comes before the unit columns.

``序号 | 十大工程 | 工作任务 | 完成时限 | 牵头单位 | 配合单位`` flattened by PDF
extraction reads::

    1                        <- 序号
    散煤清洁 / 化替代工 / 程   <- the project cell, cut across lines
    组织开展清洁取暖…，…       <- the task, over several lines
    4月 30 日前完 / 成方案     <- 完成时限
    县能源局、县住 / 建局      <- 牵头单位
    各乡（镇）人民政 / 府、…   <- 配合单位
    注重优化清洁取暖路径…      <- the next task of the same project

Cells that share a line are separated by spaces; a cell cut across lines is
glued back while it is incomplete (an open bracket, a trailing ``、``, a unit
name cut in two). The cells after a task are read in the header's column
order: the completion time until the first fragment that opens a unit, then
the lead cell, then the co-operating units. Two cells written together
without a separator (``翟店镇人民政府县住建局``) are split where one unit ends
and the next begins.

A web page's or Word table of short cells comes out one row a line
(``1 新建农村公路50公里 赵敏 县交通运输局（牵头）、县财政局 2024年10月底``): while
each line has a cell under every column of a header of known columns, the
cells are read by position (``assignment_grid.row_fact``). The table ends where
another begins, a leaders' table (``column_table``) included.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from graph_build.extractors import column_table
from graph_build.extractors.assignment_cells import (
    COLUMNS,
    Frag,
    continues_unit_cell,
    first_item,
    fragments,
    is_person_cell,
)
from graph_build.extractors.assignment_grid import SECTION_ROW, Cell, column_kind, parts_fact, row_fact
from graph_build.extractors.assignment_markers import _plausible, marker_clause, names_a_verb
from graph_build.extractors.assignment_outline import numbering
from graph_build.extractors.assignment_units import TIME_RE, compact, lead_noted, looks_like_unit, unit_list
from graph_build.extractors.base import Context
from graph_build.extractors.portfolios import grammar as portfolio_grammar
from graph_build.layout import Block, Line
from graph_build.notices import DATE_LINE, Notice
from graph_build.patterns import LazyPattern
from graph_build.people import has_surname, looks_like_person
from graph_build.records import Assignment, Fact
from graph_build.source import SourceText

TASK_CHARS = 30
_SEQ = LazyPattern(r"^\d{1,3}$")
_TABLE_END = LazyPattern(r"^(说明|注[:：]|备注|附件|抄送)")
_DEADLINE_WORDS = LazyPattern(
    r"(前|底|年|月|日|长期|常态|持续|动态|清零|坚持|按期|按项目|发现一起|完成|季度|每月|每年|立即|即时)"
)
_UNIT_START = LazyPattern(r"^(县|市|省|各|区|乡|镇|中共|中国|国网|团)")
_FULL_CELL = 6  # a unit-column fragment this wide was wrapped by the PDF (the columns hold 7-9 characters)
_TASK_PUNCT = LazyPattern(r"[，,。；;：:！!？?]")
_HAN = LazyPattern(r"[\u4e00-\u9fff]")


def is_task_first(kinds: list[str]) -> bool:
    """The task column comes before the unit columns (the row-first layout is responsibility_table's)."""
    t = kinds.index("task")
    return bool({"lead", "resp", "coop"} & set(kinds[t:]))


@dataclass
class _Row:
    task: list[Frag] = field(default_factory=list)
    cells: list[list[Frag]] = field(default_factory=list)
    open_line: Line | None = None  # the task may continue on the next line
    short: bool = False  # started by a short task right after its 序号 (a row of short cells)


def extract(notice: Notice, ctx: Context, name: str, version: str) -> Iterator[tuple[Fact | None, set[int]]]:
    """Facts of task-first tables, each with the line numbers it used (so markers skip them)."""
    lines = notice.lines
    headers = ctx.memo.headers(notice)
    for i, ln in enumerate(lines):
        kinds = headers.get(ln.number)
        # (a table of bars or tabs is assignment_grid's: its cells stand where the bars or tabs set them)
        if kinds and is_task_first(kinds) and "|" not in ln.text and "\t" not in ln.text:
            used = {ln.number}
            body = []
            for x in lines[i + 1 :]:
                if (_TABLE_END.match(x.text) or DATE_LINE.match(compact(x.text)) or x.number in headers
                        or column_table.header(x, portfolio_grammar().table_columns)):  # (a leaders' table)
                    break
                body.append(x)
                used.add(x.number)
            yield None, used
            columns = [column_kind(f.text) for f in fragments(ln)]
            aligned, read = _aligned_rows(body, ln, columns, notice.layout.source.text)
            for parts in aligned:
                yield parts_fact(notice, ctx, columns, parts, name, version), set()
            whole = _whole_rows(body[read:], columns)
            for frags in whole:
                cells = [Cell(f.line, f.start, f.end) for f in frags]
                yield row_fact(notice, ctx, columns, cells, name, version), set()
            rest = body[read + len(whole) :]
            for fact in _table(notice, ctx, rest, kinds, _task_follows_seq(ln.text), name, version):
                yield fact, set()


def _aligned_rows(
    body: list[Line], head: Line, columns: list[str | None], source: str
) -> tuple[list[list[list[Cell]]], int]:
    """The rows at the start of ``body`` of a table set out with runs of spaces under a header of known columns,
    whose cells wrapped onto lines of their own under their columns (a PDF's or a text file's table)::

        序号  重点任务                    牵头单位          配合单位
         1    推行“高效办成一件事”，年内  县行政审批        县政务服务中心、县
              实现13个重点事项集成办理    服务局            公安局、县人社局

    A row opens with a cell under the first column (its 序号) and goes on in the lines whose first cell is empty;
    each line's cells are placed under the column that starts where they start. Each row's columns as their parts
    on each line, and how many lines were read (none unless every line placed so)."""
    if len(columns) < 3 or None in columns or columns[0] != "seq":
        return [], 0
    starts = column_table.column_starts(head, source)
    if len(starts) != len(columns):
        return [], 0
    rows: list[list[list[Cell]]] = []
    read = 0
    prev = head.number
    for line in body:
        if SECTION_ROW.match(compact(line.text)):  # (``一、稳增长、调结构``: a section's row)
            read += 1
            prev = -1
            continue
        cells = column_table.under_columns(line, starts, source)
        if cells is None:
            break
        if cells[0].end > cells[0].start:
            if not _SEQ.match(compact(cells[0].text)):
                break
            rows.append([[c] for c in cells])
        elif rows and line.number == prev + 1:  # (a row goes on in the lines right under it, not after a gap)
            for parts, c in zip(rows[-1], cells, strict=True):
                if c.end > c.start:
                    parts.append(c)
        else:
            break
        read += 1
        prev = line.number
    if not any(len(parts) > 1 for row in rows for parts in row):
        return [], 0  # (rows of a line each are ``_whole_rows``')
    return rows, read


def _whole_rows(body: list[Line], columns: list[str | None]) -> list[list[Frag]]:
    """The cells of the lines at the start of ``body`` that are whole rows: a cell under each column of a header
    whose every name is a known column (a web page's or Word table with short cells, written one row a line).
    Their cells are read by position."""
    rows: list[list[Frag]] = []
    if len(columns) < 3 or None in columns:
        return rows
    for line in body:
        frags = fragments(line)
        if len(frags) != len(columns):
            break
        rows.append(frags)
    return rows


def _is_tasky(text: str, ctx: Context) -> bool:
    t = compact(text)
    if len(t) < 6:
        return False
    if _fully_units(t, ctx):
        return False
    return len(t) >= 12 or bool(_TASK_PUNCT.search(t))


def _fully_units(t: str, ctx: Context) -> bool:
    spans = unit_list(t, 0, len(t), ctx.agencies)
    return bool(spans)


def _deadline_like(text: str) -> bool:
    t = compact(text)
    return len(t) <= 12 and bool(TIME_RE.search(t) or _DEADLINE_WORDS.search(t))


def _unit_start(text: str, ctx: Context) -> bool:
    """Does a fragment open a unit name (``县能源局、县住``, ``太原铁路局侯马``)?"""
    t = compact(text)
    if _UNIT_START.match(t):
        return True
    head = first_item(t)
    return any(looks_like_unit(head[:k], ctx.agencies) for k in range(len(head), 2, -1))


def _cell_like(text: str, ctx: Context) -> bool:
    t = compact(text)
    return (len(t) <= 12 and (_deadline_like(t) or _unit_start(t, ctx))) or _fully_units(t, ctx)


def _short_task(text: str, ctx: Context) -> bool:
    """A task cell right after its 序号 (``新建农村公路50公里``), however short: four Han characters or more, and
    not a cell of another column (a unit list, a completion time, a name) standing where the task cell was left
    empty. (A short task may open like a unit, ``新建农村…``: only a whole unit list counts.)"""
    t = compact(text)
    return (len(_HAN.findall(t)) >= 4 and not _fully_units(t, ctx) and not _deadline_like(t)
            and not _name_cell(t))


def _marker_cell(text: str, ctx: Context) -> bool:
    """A unit cell that says who leads with its verbs (``县交通运输局牵头，县财政局配合``)."""
    return names_a_verb(text) and marker_clause(text, 0, len(text), ctx.agencies) is not None


def _name_cell(text: str) -> bool:
    """A leader's or 责任人's cell beside a task (``赵敏``): a personal name with a known surname, which a task's
    words never are once the table has such a column."""
    t = compact(text)
    return looks_like_person(t) and has_surname(t)


def _task_follows_seq(header: str) -> bool:
    """``序号 工作任务 …``: the header names the task column right after 序号, with no other column (``十大工程``)
    between them."""
    t = compact(header)
    for seq in COLUMNS["seq"]:
        i = t.find(seq)
        if i >= 0:
            return t.startswith(tuple(COLUMNS["task"]), i + len(seq))
    return False


def _table(
    notice: Notice, ctx: Context, lines: list[Line], kinds: list[str], seq_then_task: bool, name: str, version: str
) -> Iterator[Fact]:
    """The facts of a task-first table's ``lines``; ``seq_then_task``: the task column comes right after 序号."""
    after = kinds[len(kinds) - kinds[::-1].index("task") :]  # after the last task column (``重点任务 工作措施``)
    people = bool({"leader", "persons"} & set(after))  # a name after the task is that column's cell

    def cell_like(text: str) -> bool:
        return _cell_like(text, ctx) or (people and _name_cell(text)) or _marker_cell(text, ctx)

    row: _Row | None = None
    after_seq = False  # the fragment before was a 序号
    for ln in lines:
        frags = fragments(ln)
        for n, f in enumerate(frags):
            text = compact(f.text)
            if _SEQ.match(text):
                if row is not None:
                    yield from _emit(notice, ctx, row, after, name, version)
                row = None
                after_seq = True
                continue
            # Where the task column comes right after 序号, what follows a 序号 is the task, however short.
            short_task = after_seq and seq_then_task and _short_task(text, ctx)
            after_seq = False
            if row is not None and row.open_line is not None and n == 0 and not cell_like(text):
                row.task.append(f)  # the task goes on over the line break
                row.open_line = ln if n == len(frags) - 1 and not text.endswith("。") else None
                continue
            if row is not None and row.open_line is not None:
                row.open_line = None
            if (
                row is not None
                and row.task
                and not row.cells
                and n > 0
                and not cell_like(text)
                and frags[n - 1] in row.task
            ):
                row.task.append(f)  # a space inside the task text
                continue
            tasky = _is_tasky(text, ctx)
            starts_task = (short_task or tasky) and (row is None or row.cells or not row.task)
            if starts_task and row is not None and row.cells and not _in_units(row, ctx):
                starts_task = len(text) >= 12  # still in the completion-time cell: only a full task line
            if starts_task:
                if row is not None and row.task:
                    yield from _emit(notice, ctx, row, after, name, version)
                row = _Row(task=[f], short=short_task and not tasky)
                row.open_line = ln if n == len(frags) - 1 and not text.endswith("。") else None
                continue
            if row is None or not row.task:
                continue  # project-name cells before the first task
            _add_cell(row, f, ctx, new_line=(n == 0))
    if row is not None and row.task:
        yield from _emit(notice, ctx, row, after, name, version)


def _add_cell(row: _Row, f: Frag, ctx: Context, *, new_line: bool) -> None:
    """A fragment below a cell continues it unless it opens a new cell (cells on one line never join)."""
    if row.cells and new_line:
        cell = "".join(x.text for x in row.cells[-1])
        if _unit_start(cell, ctx) and _deadline_like(f.text) and not _unit_start(f.text, ctx):
            join = False  # a completion time after the unit columns
        elif _unit_start(cell, ctx):
            # a fragment as wide as the column was wrapped: what follows is the rest of a name
            # (``局、太原铁路局`` ⏎ ``侯马车务段稷山``) unless it opens with a whole unit
            wrapped = len(compact(row.cells[-1][-1].text)) >= _FULL_CELL
            join = continues_unit_cell(cell, f.text, ctx.agencies, persons=False) or (
                wrapped and not looks_like_unit(first_item(f.text), ctx.agencies)
            )
        else:  # the completion-time cell
            join = not _unit_start(f.text, ctx)
        if join:
            row.cells[-1].append(f)
            return
    row.cells.append([f])


def _in_units(row: _Row, ctx: Context) -> bool:
    return any(_unit_start("".join(x.text for x in c), ctx) for c in row.cells)


def _block(frags: list[Frag], source: SourceText) -> Block:
    text, starts, offsets, numbers = "", [], [], []
    for f in frags:
        starts.append(len(text))
        offsets.append(f.line.start + f.start)
        numbers.append(f.line.number)
        text += f.text
    return Block(source=source, text=text, starts=tuple(starts), offsets=tuple(offsets), numbers=tuple(numbers))


def _emit(notice: Notice, ctx: Context, row: _Row, after: list[str], name: str, version: str) -> Iterator[Fact]:
    if row.short and len(row.cells) > len(after):
        return  # more cells than columns after a short task (``推进政务服务 一网通办 县行政审批局``): which is whose?
    source = notice.layout.source
    cells = [_block(c, source) for c in row.cells]
    lead: list[str] = []
    coop: list[str] = []
    persons: list[str] = []
    leaders: list[str] = []
    people_cols = [c for c in after if c in ("leader", "persons")]
    parts: list[str] = []
    unit_cols = [c for c in after if c in ("lead", "resp", "coop")]
    col = 0
    in_deadline = False
    for cell in cells:
        if not _unit_start(cell.text, ctx):
            whole = compact(cell.original(0, len(cell.text)))
            if "deadline" in after and (in_deadline or TIME_RE.search(cell.text) or _DEADLINE_WORDS.search(cell.text)):
                parts.append(whole)
                in_deadline = True
                continue
            if people_cols and is_person_cell(cell.text):
                # the names' columns in the header's order: a leader's (分管领导), a 责任人's
                kind = people_cols[min(len(leaders) + len(persons), len(people_cols) - 1)]
                (leaders if kind == "leader" else persons).append(whole)
                continue
            if not unit_cols or col >= len(unit_cols):
                continue  # a column this parser does not read (备注, 项目名称)
        in_deadline = False
        said = marker_clause(cell.text, 0, len(cell.text), ctx.agencies) if names_a_verb(cell.text) else None
        if said is not None:  # ``县交通运输局牵头，县财政局配合``: the verbs say who leads, whatever the column
            lead += [compact(cell.original(a, b)) for a, b in said.lead]
            coop += [compact(cell.original(a, b)) for a, b in said.units if (a, b) not in said.lead]
            col += 1
            continue
        names, glued = _cell_units(cell, ctx)
        for j, part in enumerate(glued):
            if j > 0:
                col += 1  # cells written together: the next names are the next column's
            target = unit_cols[min(col, len(unit_cols) - 1)] if unit_cols else "coop"
            for p in part:
                unit, noted = lead_noted(names[p])  # ``县交通运输局（牵头）`` leads whatever its column
                (lead if noted or target == "lead" else coop).append(unit)
        col += 1
    units = tuple(dict.fromkeys(lead + coop))
    deadline = "".join(parts) or None
    if not units:
        return
    task_block = _block(row.task, source)
    number = numbering(task_block.text)  # (``1、深入开展…``: the 序号 written with the task)
    begin = number[1] if number is not None and number[0] == "num" else 0
    text = compact(task_block.original(begin, len(task_block.text)))
    if len(re.findall(r"[\u4e00-\u9fff]", text)) < 4:
        return
    whole = _block(row.task + [f for c in row.cells for f in c], source)
    prov = ctx.cite(whole, begin, len(task_block.text), name, version, evidence=(0, len(whole.text)))
    yield Assignment(
        prov=prov,
        doc_number=notice.doc_number,
        doc_title=notice.title,
        task=text[:TASK_CHARS],
        lead=tuple(dict.fromkeys(lead)),
        units=units,
        deadline=deadline,
        leader="、".join(leaders) or None,
        persons=tuple(persons),
        task_text=text,
    )


def _cell_units(cell: Block, ctx: Context) -> tuple[list[str], list[list[int]]]:
    """Names in a cell and their grouping: a new group where two units are written without a separator."""
    text = cell.text
    spans = unit_list(text, 0, len(text), ctx.agencies, lenient=True) or []
    names: list[str] = []
    groups: list[list[int]] = [[]]
    for a, b in spans:
        pieces = _unglue(text, a, b, ctx)
        for n, (x, y) in enumerate(pieces):
            if n > 0:
                groups.append([])
            nm = compact(cell.original(x, y))
            if _plausible(text[x:y], ctx.agencies) and nm not in names:
                groups[-1].append(len(names))
                names.append(nm)
    return names, [g for g in groups if g] or [[]]


def _unglue(text: str, a: int, b: int, ctx: Context) -> list[tuple[int, int]]:
    """``翟店镇人民政府县住建局`` -> two spans, split where a unit ends and a level prefix starts."""
    for k in range(a + 2, b - 2):
        left, right = text[a:k], text[k:b]
        if (
            _UNIT_START.match(right)
            and looks_like_unit(left, ctx.agencies)
            and looks_like_unit(right, ctx.agencies)
            and re.search(r"(政府|局|委|办|中心|公司|大队|管委会)$", left)
        ):
            return [(a, k), *_unglue(text, k, b, ctx)]
    return [(a, b)]
