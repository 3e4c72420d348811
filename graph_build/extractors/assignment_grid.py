"""Responsibility tables whose cells stand one per line, as web pages and word processors flatten them.

Three layouts, all told apart from prose by their column names (``COLUMNS`` in ``data/assignments.yml``):

* **pipe cells**: each cell closed by ``|``, one or several to a line::

      序号 |  目标与任务 |  分管县领导 |  牵头责任单位 |  责任单位 |      <- header: one cell per column
      80 |  加大普惠性托育供给，… |  张 三 |  县教育局 |  县各有关单位 |   <- a row

  The header's cells give the columns; a row starts at a cell holding a 序号 (when the table has that
  column) or else every header-width cells. A table of a row a line whose merged cells a tool dropped (some
  rows a cell or more short: ``15.推进… |  教育局 |  刘某 |`` under a first row that has its group's cell)
  sets each short row under the columns its cells fit, from the right; the columns left of every short row
  group the rows (``_short_rows``).
* **a cell a line**: the column names one a line, then each row's cells one a line, each row opened by its 序号
  (``_line_tables``; a row whose cells do not fit their columns is left out).
* **label over value**: one record laid out vertically, each column name alone on a line and its value
  on the lines below (``具体任务`` ⏎ ``…`` ⏎ ``责任单位`` ⏎ ``卫健局、文旅局`` ⏎ ``完成时限`` ⏎ ``…``).

A row gives one assignment: ``lead`` the 牵头 column's units, ``units`` the lead, responsible and
co-operating columns in that order (a unit written ``县交通运输局（牵头）``, or a cell that says who leads with its
verbs, ``A牵头，B配合``, leads whatever its column), ``leader`` the 分管领导 column (padded two-character names run
together, ``李 明王 芳``, are two people), ``persons`` the 责任人 column, ``deadline`` the completion wording of the
完成时限 column. Of two task columns (``重点任务 | 工作措施``) the last is the task. ``row_fact`` reads a row whose
cells another reader found (``assignment_table``: whole rows on one line, set apart by spaces).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from graph_build.extractors.assignment_cells import (
    COLUMN_NOTE,
    COLUMNS,
    TASK_COLUMN,
    column_note,
    cut_across,
    cut_cells,
    cut_runs,
    tail_cut,
)
from graph_build.extractors.assignment_markers import marker_clause, names_a_verb
from graph_build.extractors.assignment_units import (
    clause_deadline,
    compact,
    field_deadline,
    lead_noted,
    looks_like_unit,
    task_deadline,
    unit_list,
)
from graph_build.extractors.base import Context
from graph_build.layout import LINE_BREAK_TAG, Block, Line
from graph_build.notices import Notice
from graph_build.patterns import LazyPattern
from graph_build.people import is_name, long_name
from graph_build.records import Assignment, Fact
from graph_build.units import top_level_split

TASK_CHARS = 30
UNIT_KINDS = ("lead", "resp", "coop")
_SEQ_MARKS = "★☆＊*▲△"  # (``2★``: a key task marked after its number)
_SEQ = LazyPattern(rf"^\d{{1,4}}(?:\.\d{{1,2}})?[{_SEQ_MARKS}]?$")  # ``3``, ``1.1`` (an item under a section row)
_CJK = LazyPattern(r"[\u4e00-\u9fff]")
_PADDED_PAIRS = LazyPattern(r"^(?:[\u4e00-\u9fff]\s+[\u4e00-\u9fff]\s*){2,}$")


@dataclass(frozen=True)
class Cell:
    line: Line
    start: int  # span in ``line.text``
    end: int

    @property
    def text(self) -> str:
        return self.line.text[self.start : self.end]


def _kind_of_names() -> dict[str, str]:
    """Each column name's kind (the first kind that lists it)."""
    out: dict[str, str] = {}
    for kind, names in COLUMNS.items():
        for name in names:
            out.setdefault(name, kind)
    return out


_KIND_OF = _kind_of_names()
_SEQ_NAMES = tuple(name for name, kind in _KIND_OF.items() if kind == "seq")


def column_kind(text: str) -> str | None:
    """The kind of a column name (``牵头责任单位`` -> ``lead``), or None if ``text`` is not one."""
    t = compact(text)
    kind = _KIND_OF.get(t) or task_named(t) or _leader_named(t) or _unit_named(t)  # (``牵头旗领导``, ``牵头办线``)
    noted = column_note(t) if kind is None else None  # ``责任股室（单位）``: a name with a note
    return _KIND_OF.get(noted[0]) if noted else kind


def task_named(text: str) -> str | None:
    """``task`` for a column name that holds a task column's name (``重点工作任务``, ``主要工作措施``), else None."""
    t = compact(text)
    if t.endswith(_CATEGORY):
        return None  # (``任务类别``: the tasks' kind, a group of rows, not the task)
    return "task" if len(t) <= 10 and TASK_COLUMN.search(t) else None


_CATEGORY = ("类别", "分类", "类型")


# A leader's column named by what the leader does and at which level, in either order (``牵头旗领导``,
# ``联系县领导``, ``县级分管领导``)
_LEADER_COLUMN = LazyPattern(
    r"(?:[县市区旗镇乡]级?)?(?:分管|责任|牵头|包联|包保|联系|挂钩|主管|挂点|包抓|督办)(?:[县市区旗镇乡]级?)?(?:责任)?领导")


# A units' column named by its part and the kind of unit (``牵头办线``, ``配合站所``, ``协办科室``)
_UNIT_COLUMN = LazyPattern(r"(?P<part>牵头|配合|协办)(?:责任)?(?:单位|部门|办线|线办|办|科室|股室|站所|处室|中心|机构)")


def _unit_named(text: str) -> str | None:
    """``lead`` or ``coop`` for a column name that says a units' part and their kind, else None."""
    m = _UNIT_COLUMN.fullmatch(text)
    return None if m is None else "lead" if m["part"] == "牵头" else "coop"


def _leader_named(text: str) -> str | None:
    """``leader`` for a column name that says a leader's part and level, else None."""
    return "leader" if _LEADER_COLUMN.fullmatch(text) else None


def extract(notice: Notice, ctx: Context, name: str, version: str) -> Iterator[tuple[Fact | None, set[int]]]:
    """Facts of the notice's cell-per-line tables, each with the line numbers its table covers."""
    lines = notice.lines
    piped = "|" in notice.text or "\t" in notice.text  # (every line of a pipe table holds one or the other)
    flats = notice.flat_lines
    numbered = any(name[0] in notice.text for name in _SEQ_NAMES)  # (a table of a cell a line opens with 序号)
    source = notice.layout.source.text
    gridded = "+-" in notice.text or "+=" in notice.text  # (a grid table's rules)
    for rows in (_grid_tables(lines) if gridded else (), _pipe_tables(lines, source) if piped else (),
                 _label_records(lines, flats), _line_tables(lines, flats, notice.layout.norm) if numbered else ()):
        for row, covered in rows:
            yield _fact(notice, ctx, row, name, version), covered


def extract_ruled(notice: Notice, ctx: Context, name: str, version: str) -> Iterator[tuple[Fact | None, set[int]]]:
    """Facts of the notice's tables ruled with dashes (``_dashed_tables``), each with the line numbers its table
    covers: read before the readers of rows set out with spaces, which would take each of its lines for a row."""
    source = notice.layout.source.text
    if "- -" not in source[notice.lines[0].start : notice.lines[-1].start] if notice.lines else True:
        return  # (a table's rule of dashes under each column: the layout drops it, the file has it)
    for row, covered in _dashed_tables(notice.lines, source):
        yield _fact(notice, ctx, row, name, version), covered


# -- pipe cells ---------------------------------------------------------------------


def split_cells(line: Line, lo: int, hi: int, seps: str, keep_empty: bool = False) -> list[Cell]:
    """The cells of ``line.text[lo:hi]`` set apart by any character of ``seps``, spaces stripped; an empty one is
    an empty span if ``keep_empty``, else left out."""
    text = line.text
    out, start = [], lo
    for i in range(lo, hi + 1):
        if i == hi or text[i] in seps:
            a, b = start, i
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if keep_empty or b > a:
                out.append(Cell(line, a, b))
            start = i + 1
    return out


def piped_cells(line: Line) -> list[Cell]:
    """A line's cells, each closed by ``|`` or set apart by a tab."""
    return split_cells(line, 0, len(line.text), "|\t")


def bordered_cells(line: Line) -> list[Cell] | None:
    """A row of a table written with a bar on each side (``| 2 |  | 推行… |``), each cell in its place, an empty
    one as an empty span; None if the line is no such row."""
    text = line.text
    first, last = text.find("|"), text.rfind("|")
    if first < 0 or last <= first or text[:first].strip() or text[last + 1 :].strip():
        return None
    return split_cells(line, first + 1, last, "|", keep_empty=True)


_RULE = LazyPattern(r"^[\s|:\-—]+$")  # ``| --- | :---: |``: the rule under a header written in Markdown


SECTION_ROW = LazyPattern(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])[^\t|]{1,30}$")


def _pipe_runs(lines: list[Line], source: str) -> Iterator[list[Cell]]:
    run: list[Cell] = []
    for i, ln in enumerate(lines):
        if "|" in ln.text and _RULE.match(ln.text):
            continue
        if run and any("\t" in c.line.text for c in run[-3:]) and SECTION_ROW.match(ln.text):
            continue  # a section's heading between the rows of a tab-separated table (``二、重点工作任务``)
        # (a row whose first cells are empty opens with tabs, which the layout strips: ``				持续推进``)
        lead = source.count("\t", source.rfind("\n", 0, ln.start) + 1, ln.start) if run else 0
        # (a row whose last cells are empty ends with tabs, which the layout strips too: ``小计				``)
        trail = run and "\t" not in ln.text and source.startswith("\t", ln.start + len(ln.text))
        tabbed = ("\t" in ln.text or lead > 0 or trail) and "|" not in ln.text
        if tabbed and (ln.text.count("\t") >= 2 or run):  # (a row of tabs whose last cells were empty: ``1	提升…``)
            run.extend([Cell(ln, 0, 0)] * lead)
            run.extend(split_cells(ln, 0, len(ln.text), "\t", keep_empty=True))  # an empty cell keeps its place
        elif ln.text.rstrip().endswith("|") or ln.text.count("|") >= 2:
            run.extend(bordered_cells(ln) or piped_cells(ln))
        elif run and _inside_cell(lines, i, run, source):
            run.append(Cell(ln, 0, len(ln.text)))  # (a paragraph of a cell of several: ``_broken_cells`` glues it)
        elif run:
            yield run
            run = []
    if run:
        yield run


_CELL_PARAGRAPHS = 4  # the most lines without a tab that a cell of a tab-separated row holds between two with tabs


def _inside_cell(lines: list[Line], i: int, run: list[Cell], source: str) -> bool:
    """Is line ``i``, which has no tab, a paragraph of a cell of several in a tab-separated table (a Word table's
    cell copied as text: ``1	问题…	1.开展…；`` ⏎ ``2.安装…；`` ⏎ ``3.建立…。	县住建局	…``)? So where the line
    before, with tabs, ends inside a cell (no tab after its last), and a line with tabs follows within a few
    lines without tabs whose tabs, with those of the line before, make as many as the table's first line's (its
    header's)."""
    first = run[0].line
    # (the row's line with tabs before it, the cell's paragraphs already read between: ``县市场监管局`` ⏎
    # ``县人力资源社会保障局`` ⏎ ``县税务局`` ⏎ ``县医保局	2023年9月底前``)
    prev = next((c.line for c in reversed(run) if "\t" in c.line.text), None)
    if prev is None or not 0 < lines[i].number - prev.number <= _CELL_PARAGRAPHS:
        return False
    if any(c.line.number > prev.number and c.line.number != prev.number + k
           for k, c in enumerate((c for c in run if c.line.number > prev.number), start=1)):
        return False  # (the paragraphs read run on from it, line after line)
    if run[-1].line.number != lines[i].number - 1:
        return False
    end = prev.start + len(prev.text)
    if source.startswith("\t", end):
        return False  # (the line before ends with an empty cell: the row ended there)
    for k in range(i + 1, min(len(lines), i + _CELL_PARAGRAPHS + 1)):
        if lines[k].number != lines[k - 1].number + 1:
            return False  # (a blank line or a line the layout set aside: no cell goes on over it)
        opened = source.count("\t", source.rfind("\n", 0, lines[k].start) + 1, lines[k].start)  # (``	县住建局	…``)
        if "\t" in lines[k].text or opened:
            return prev.text.count("\t") + opened + lines[k].text.count("\t") == first.text.count("\t")
    return False


def _pipe_tables(lines: list[Line], source: str) -> Iterator[tuple[dict[str, list[Cell]], set[int]]]:
    for cells in _pipe_runs(lines, source):
        # the header is the first run of column names (a line of the page's metadata set apart by bars,
        # ``发布时间：… | 来源：…``, may come before it)
        start = next((i for i, c in enumerate(cells) if column_kind(c.text)), len(cells))
        k = start
        while k < len(cells) and (column_kind(cells[k].text) or _other_column(cells, start, k)):
            k += 1
        # (a column this reader does not know, on the header's line, keeps the place of those after it)
        while k < len(cells) and cells[k].line is cells[start].line:
            k += 1
        header = [column_kind(c.text) or task_named(c.text) for c in cells[start:k]]
        k = _header_below(cells, k, header)
        if "task" not in header or not set(UNIT_KINDS) & set(header):
            continue
        first, last = cells[start].line.number, cells[-1].line.number  # (a Markdown rule between them included)
        covered = {ln.number for ln in lines if first <= ln.number <= last}
        merged = _Merged(header)
        sections = [ln.number for ln in lines if first <= ln.number <= last and SECTION_ROW.match(ln.text.strip())]
        top = cells[start].line
        if all(c.line is top for c in cells[start:k]):  # (the header on one line, with the columns before it)
            full = [None] * sum(c.line is top for c in cells[:start]) + header
            aligned = _short_rows(cells[k:], full)
            if aligned is not None:
                full, rows = aligned
                merged = _Merged(full)
                for row in rows:
                    if row is not None:
                        yield merged.fill(dict(_by_kind(full, row)), row), covered
                continue
        for row in _rows(cells[k:], header):
            if sections and sections[0] < row[0].line.number:
                merged.above = {}  # (a section's row on a line of its own before this row)
                sections = [m for m in sections if m > row[0].line.number]
            # the cells read are those of the row's first line (a wrapped cell's second line after them is not
            # read), unless the row is written a cell a line; a cell that does not fit its column (``韦思远、`` ⏎
            # ``莫知秋`` wrapped in the leaders' cell puts a name under 牵头单位) shows it under the wrong columns
            used = row[: len(header)]
            if (all(c.line is used[0].line for c in used) or len({c.line.number for c in row}) == len(row)) and all(
                cell_fits(kd, compact(c.text)) for kd, c in zip(header, used, strict=False)
            ):
                wrapped = _wrapped_lines(row, header)
                if wrapped is not None:  # (a bar row whose cells went on on the lines under it)
                    yield merged.fill(_parts_by_kind(header, wrapped), used), covered
                    continue
                found = dict(_by_kind(header, row))
                yield merged.fill(found, used), covered
            elif "\t" in row[0].line.text and (
                    (parts := _broken_cells(row, len(header), source)) is not None
                    or (parts := _overlaid_cells(row, len(header))) is not None) and all(
                cell_fits(kd, "".join(compact(c.text) for c in part)) for kd, part in zip(header, parts, strict=True)
            ):
                yield _parts_by_kind(header, parts), covered
            elif any(kd in _Merged.KINDS and not _empty(c) for kd, c in zip(header, used, strict=False)):
                merged.above = {}  # (a row left unread that has a lead or leader of its own: the rows under it
                # are not the row's above)


def _other_column(cells: list[Cell], start: int, k: int) -> bool:
    """Is cell ``k`` of a header whose names stand a cell a line (from ``start``) the name of a column this reader
    does not know (``序号 |`` ⏎ ``路段名称 |`` ⏎ ``问题描述 |`` ⏎ ``责任单位 |`` ⏎ ``备注 |``): a short name after the
    first, before a name it knows or, last, before the first row's 序号?"""
    if k == start or k + 1 >= len(cells) or len({c.line.number for c in cells[start : k + 2]}) != k + 2 - start:
        return False  # (the names so far, this one and the next each on a line of its own)
    nxt = compact(cells[k + 1].text)
    return bool(_OTHER_COLUMN.fullmatch(compact(cells[k].text))) and (
        column_kind(nxt) is not None or _SEQ.match(nxt) is not None)


def _short_rows(
        cells: list[Cell], header: list[str | None]) -> tuple[list[str | None], list[list[Cell] | None]] | None:
    """The rows of a table set apart by bars, a row a line, whose merged cells a tool dropped, so that some rows
    have fewer cells than the header (``类别 | 事项名称 | 责任单位 | 分管领导 |`` over ``四、教育 | 14.改扩建… |
    教育局 | 刘某 |`` ⏎ ``15.推进… | 教育局 | 刘某 |``): each row's cells under the columns they fit, those
    dropped left empty, and None for a line whose cells fit no run of columns; with the header, its columns
    left of every short row's (merged over rows: groups, not the task, ``建设任务 | 工作事项 | 任务清单``) read
    as columns this reader does not read. None where the table is not so (a 序号 column, whose rows may run over
    lines; a line with one cell, but for a section's heading, or more than the header's; no row short). The
    header stands on one line."""
    width = len(header)
    if "seq" in header:
        return None
    lines: dict[int, list[Cell]] = {}
    for c in cells:
        lines.setdefault(c.line.number, []).append(c)
    rows = [[c for c in line_cells if not _empty(c) or c is not line_cells[-1]] for line_cells in lines.values()]
    rows = [r for r in rows if len(r) != 1 or not SECTION_ROW.match(r[0].text)]  # (``一、体系建设 |``)
    if not rows or any("|" not in r[0].line.text or not 2 <= len(r) <= width for r in rows):
        return None
    if all(len(r) == width for r in rows):
        return None
    fitted = [_fitted(r, header) for r in rows]
    inner = min((offset for offset, _ in filter(None, fitted) if offset), default=0)
    if "task" in header[inner:]:
        header = [None] * inner + header[inner:]
    return header, [f[1] if f else None for f in fitted]


def _fitted(row: list[Cell], header: list[str | None]) -> tuple[int, list[Cell]] | None:
    """``row``'s cells under the run of ``header``'s columns they fit, the rightmost first (merged cells stand
    on the left): each unit cell names a unit, a deadline cell a time, a leader cell a name, and the run has
    the task and a unit column; with empty cells in the columns left out, and the run's first column; None if
    no run fits."""
    width, n = len(header), len(row)
    for offset in range(width - n, -1, -1):
        kinds = header[offset : offset + n]
        if "task" not in kinds or not set(UNIT_KINDS) & set(kinds):
            continue
        if all(_aligns(kind, c) for kind, c in zip(kinds, row, strict=True)):
            blank = Cell(row[0].line, 0, 0)
            return offset, [blank] * offset + row + [blank] * (width - offset - n)
    return None


def _unit_parts(text: str) -> list[str]:
    return [p for p in re.split(r"[、，,；;\s]+", text.strip()) if p]


def _units_named(parts: list[str]) -> bool:
    """Do ``parts`` read as units: some look like one, and the rest are short (``村(社区)``, ``发改``)?"""
    return any(looks_like_unit(p) for p in parts) and all(looks_like_unit(p) or 2 <= len(p) <= 6 for p in parts)


def _spaced_units(text: str) -> bool:
    """Is a unit cell's text units set apart by spaces alone (``党政办 应消站``; not a padded ``县 教育局``)?"""
    parts = text.split()
    return len(parts) > 1 and all(len(p) >= 2 for p in parts) and _units_named(parts)


def _listed(text: str) -> str:
    """Units set apart by spaces as a list (``党政办 应消站`` -> ``党政办、应消站``)."""
    return re.sub(r"\s+", "、", text.strip())


def _aligns(kind: str | None, cell: Cell) -> bool:
    """Does ``cell`` read as a cell of a column of ``kind``, strictly (a short row's place is told by it)?"""
    text = compact(cell.text)
    if _empty(cell) or not cell_fits(kind, text):
        return _empty(cell)
    if kind in UNIT_KINDS:
        return _units_named(_unit_parts(cell.text))
    if kind == "deadline":
        return _deadline(cell.text) is not None
    if kind == "task":
        return len(_CJK.findall(text)) >= 4
    return True


_ROW_OWN = frozenset({"seq", "lead", "leader", "deadline"})  # cells a row's wrapped line leaves empty


def _wrapped_lines(row: list[Cell], header: list[str | None]) -> list[list[Cell]] | None:
    """Each column's parts of a row set apart by bars whose cells a tool cut onto the lines under it, each such
    line a row of its own with its 序号, lead, leader and time left empty (``| 2 | 实施…改造提升，完成 | 县住建局 |
    …锦屏街道 | 9月30日 |`` ⏎ ``|  | 46条背街小巷…改造 |  | 办事处 |  |``); None where the row is one line, or a line
    under it holds a cell of those columns (a row of its own under a merged 序号), or the parts do not fit."""
    width = len(header)
    if len(row) <= width or len(row) % width or "|" not in row[0].line.text:
        return None
    chunks = [row[k : k + width] for k in range(0, len(row), width)]
    if any(len({c.line.number for c in chunk}) != 1 for chunk in chunks):
        return None
    for chunk in chunks[1:]:
        if any(kind in _ROW_OWN and not _empty(c) for kind, c in zip(header, chunk, strict=True)):
            return None
    parts = [[c for c in column if not _empty(c)] for column in zip(*chunks, strict=True)]
    texts = ["".join(compact(c.text) for c in part) for part in parts]
    return parts if all(cell_fits(kind, text) for kind, text in zip(header, texts, strict=True)) else None


class _Merged:
    """A table's cells merged over the rows below them: a Word table copied as text (tabs or bars between the
    cells) leaves the cells under a merged one empty. Where a row's group (a column before the task that this
    reader does not read, ``类别``) is left empty, the row goes on in the group above: an empty lead or leader cell
    is the group's (a task always has a lead; the leader answers for the group); so too where a table with no
    group leaves the lead and the leader (of those it has) empty, or the lead alone under the leader of the row
    above (``刘占魁 |  | 各乡镇人民政府`` under ``刘占魁 | 县交通运输局 | …``); the person in charge (责任人) merged
    with them is the group's too; and a lead or leader whose column stands before the 序号 groups the rows (an
    empty one is the one above). Any other empty cell (配合单位) is empty; a row with no task (a section's) ends the
    cells merged above it."""

    KINDS = ("lead", "leader")  # (the cells whose being empty shows a row under merged cells)
    CARRIED = (*KINDS, "persons")

    def __init__(self, header: list[str | None], groups: bool = True):
        """``groups``: are the row's cells of columns this reader does not read (``fill``'s ``cells``) at hand?"""
        self.carried = [k for k in self.CARRIED if k in header]
        task = header.index("task")
        self.groups = [n for n, k in enumerate(header[:task]) if k is None] if groups else []
        # a column before the row's number groups the rows (``分管领导 | 序号 | 牵头单位 | …``): empty, the one above
        self.grouping = {k for k in header[: header.index("seq")] if k} if "seq" in header else set()
        self.above: dict[str, list[Cell]] = {}

    def fill(self, row: dict[str, list[Cell]], cells: list[Cell]) -> dict[str, list[Cell]]:
        if "task" not in row:
            self.above = {}  # (a section's row, or a row of notes: a merged cell reaches no further)
            return row
        in_group = all(n < len(cells) and _empty(cells[n]) for n in self.groups) if self.groups else (
            not any(k in row for k in self.KINDS))  # (merged: the lead and the leader, of those the table has, empty)
        # (the lead alone empty under the same leader as the row above: the lead's cell merged over both rows)
        same_leader = "leader" in row and _texts(row["leader"]) == _texts(self.above.get("leader", []))
        for kind in self.carried:
            if kind in row:
                self.above[kind] = row[kind]
            elif kind in self.above and (in_group or kind in self.grouping or (kind == "lead" and same_leader)):
                row[kind] = self.above[kind]
        return row


def _texts(cells: list[Cell]) -> str:
    return "".join(compact(c.text) for c in cells)


def _header_below(cells: list[Cell], k: int, header: list[str | None]) -> int:
    """A header's second line under a column it splits (``责任单位`` over ``牵头单位 | 配合单位``, the cells beside
    them empty): each of its column names gives its column's kind (``header`` is changed in place); returns where
    the rows start (``k``: after the first line)."""
    if k >= len(cells):
        return k
    line = cells[k].line
    end = k
    while end < len(cells) and cells[end].line is line:
        end += 1
    lower = [compact(c.text) for c in cells[k:end]]  # (its empty first cells too: ``_pipe_runs`` reads its tabs)
    lower += [""] * (len(header) - len(lower))
    kinds = [column_kind(t) if t else None for t in lower]
    if len(lower) != len(header) or not any(kinds):
        return k
    if any(t and kind is None for t, kind in zip(lower, kinds, strict=True)):
        return k  # (a name the reader does not know: a row, not the header's second line)
    header[:] = [kind or upper for kind, upper in zip(kinds, header, strict=True)]
    return end


def _broken_cells(row: list[Cell], width: int, source: str) -> list[list[Cell]] | None:
    """The cells of a tab-separated row that a line break cut inside a cell (a Word table's cell of two lines,
    copied as text: ``1	全面推行…	县数据资源局	县政务服务中心`` ⏎ ``各相关部门	邹明杰	2026年10月底前``): where a line
    ends without a tab (``source``: the file's text) its last cell goes on in the next line's first; one part
    list per column, None unless they make one per column."""
    parts = [[row[0]]]
    for prev, c in pairwise(row):
        if c.line is not prev.line:
            end = prev.line.start + len(prev.line.text)
            stop = source.find("\n", end)
            if "\t" not in source[end : stop if stop >= 0 else len(source)]:
                parts[-1].append(c)  # (the line broke inside the cell)
                continue
        parts.append([c])
    return parts if len(parts) == width else None


def _overlaid_cells(row: list[Cell], width: int) -> list[list[Cell]] | None:
    """The cells of a tab-separated row set out on two lines, the second under the same columns with the first's
    cells left empty (a row's 序号, project and content on one line, its amounts, units and time on the next after
    three tabs): each column's cell from either line (both where both hold one); None unless the second line has a
    cell under every column."""
    first = [c for c in row if c.line is row[0].line]
    second = [c for c in row[len(first) :] if c.line is row[len(first)].line] if len(first) < len(row) else []
    if len(first) >= width or len(second) != width:
        return None  # (a line after the two, ``小计``, is no cell of the row: as a row's cells after its columns)
    return [[c for c in (first[j] if j < len(first) else None, second[j]) if c is not None and not _empty(c)]
            or [second[j]] for j in range(width)]


def _parts_by_kind(header: list[str | None], parts: list[list[Cell]]) -> dict[str, list[Cell]]:
    """Each column's parts under its kind (as ``_by_kind``: of two task columns the first; an empty cell nothing)."""
    out: dict[str, list[Cell]] = {}
    for kind, part in zip(header, parts, strict=False):
        cells = [c for c in part if not _empty(c)]
        if kind and cells and kind not in out:
            out[kind] = cells
    return out


def _rows(cells: list[Cell], header: list[str | None]) -> Iterator[list[Cell]]:
    width = len(header)
    if header[0] == "seq":
        # a row starts at its 序号: the next number (or a section's first, or an item's ``1.2``), or a number that
        # opens a line after a whole row (a number repeated); not an amount in a row's cell (``9000``, ``2022``)
        row: list[Cell] = []
        last = 0
        for c in cells:
            t = compact(c.text).rstrip(_SEQ_MARKS)
            if _SEQ.match(t) and row and (
                    "." in t or int(t) in (last + 1, 1) or (c.line is not row[-1].line and len(row) >= width)):
                yield row
                row = []
            if not row and _SEQ.match(t) and "." not in t:
                last = int(t)
            row.append(c)
        if row:
            yield row
        return
    for i in range(0, len(cells) - width + 1, width):
        yield cells[i : i + width]


NO_CELL = LazyPattern(r"[-—–－/／]+|无")  # a cell that says it is empty (also ``column_table``'s)


def _empty(cell: Cell) -> bool:
    """Is ``cell`` empty, or does it say so (``—``, ``无``)?"""
    return cell.end <= cell.start or NO_CELL.fullmatch(cell.text.strip()) is not None


def _by_kind(header: list[str | None], row: list[Cell]) -> Iterator[tuple[str, list[Cell]]]:
    """Each cell under its column's kind; of two task columns (``项目名称 | 建设内容``, ``反馈问题 | 整改措施``) the
    first, which names the task, is the task."""
    seen: set[str] = set()
    for kind, cell in zip(header, row, strict=False):
        if kind and not _empty(cell) and not (kind == "task" and kind in seen):  # (an empty cell: nothing)
            seen.add(kind)
            yield kind, [cell]


def row_fact(notice: Notice, ctx: Context, header: list[str | None], row: list[Cell], name: str,
             version: str) -> Fact | None:
    """The assignment of one row whose cells stand under the ``header``'s columns, one for one."""
    return _fact(notice, ctx, dict(_by_kind(header, row)), name, version)


def parts_fact(notice: Notice, ctx: Context, header: list[str | None], row: list[list[Cell]], name: str,
               version: str) -> Fact | None:
    """The assignment of one row whose cells wrapped onto lines of their own: each column's parts, in order."""
    return _fact(notice, ctx, _parts_by_kind(header, row), name, version)


# -- grid tables ---------------------------------------------------------------------

# A grid table's rule (``+------+------+``); a cell merged with the row below leaves its bars in the rule
# (``+------+------+          |``).
_GRID_RULE = LazyPattern(r"\+[-=]+(?:\+[-=]+|\+?\s+\|)*\+?")


def _grid_tables(lines: list[Line]) -> Iterator[tuple[dict[str, list[Cell]], set[int]]]:
    """Tables drawn as grids (``+------+------+`` between rows, ``|`` between cells): a row's cells may wrap onto
    the lines below up to the next rule, each column's parts on those lines making its cell. The first row names
    the columns; a row of one cell (``一、审批服务便利化``) is a section's heading."""
    i = 0
    while i < len(lines):
        if not _GRID_RULE.fullmatch(lines[i].text):
            i += 1
            continue
        groups: list[list[Line]] = []  # the lines between each two rules
        first = i
        while i < len(lines) and (_GRID_RULE.fullmatch(lines[i].text) or lines[i].text.startswith("|")):
            if _GRID_RULE.fullmatch(lines[i].text):
                groups.append([])
            else:
                groups[-1].append(lines[i])
            i += 1
        rows = [_grid_row(g) for g in groups if g]
        if not rows or rows[0] is None:
            continue
        header = [column_kind("".join(compact(c.text) for c in col)) or task_named(
            "".join(compact(c.text) for c in col)) for col in rows[0]]
        if "task" not in header or not set(UNIT_KINDS) & set(header):
            continue
        covered = {ln.number for ln in lines[first:i]}
        for parts in rows[1:]:
            if parts is not None and len(parts) == len(header):
                yield _parts_by_kind(header, parts), covered


def _grid_row(group: list[Line]) -> list[list[Cell]] | None:
    """Each column's parts, on the lines of one grid row; None unless every line has as many cells."""
    by_line = [bordered_cells(ln) for ln in group]
    if any(cells is None for cells in by_line) or len({len(cells) for cells in by_line if cells}) != 1:
        return None
    width = len(by_line[0] or [])
    return [[cells[k] for cells in by_line if cells and cells[k].end > cells[k].start] for k in range(width)]


# -- tables ruled with dashes ---------------------------------------------------------

_COLUMN_RULE = LazyPattern(r"-{2,}(?:\s+-{2,}){2,}")  # ``---- ------------ --------``: a run of dashes a column
_FULL_RULE = LazyPattern(r"-{6,}")


def _dashed_tables(lines: list[Line], source: str) -> Iterator[tuple[dict[str, list[Cell]], set[int]]]:
    """Tables ruled with dashes, as a Word file converted to Markdown sets them out (a multiline table)::

          ------------------------------------------
          序号 工作任务         牵头单位     完成时限       <- the header (one line or more)
          ---- ---------------- ------------ ----------   <- each column's width, a run of dashes
          1    开展村庄清洁行动 乡农业农村综 2025年4月3      <- a row, its cells wrapped within their columns
               ，集中清理…      合服务中心   0日前
                                                          <- a blank line between rows
          2    …
          ------------------------------------------

    Each column's text is what stands under its run of dashes (display columns: a Chinese letter is two wide), a
    row the lines up to the next blank line (where no blank line parts them, each line is a row). The layout
    drops the rules as page furniture: they are read from the file's text (``source``)."""
    if not lines:
        return
    raws = source.split("\n")
    rules = [n for n in range(lines[0].number, lines[-1].number + 1) if _COLUMN_RULE.fullmatch(raws[n - 1].strip())]
    for r in rules:
        spans = _dash_spans(raws[r - 1])
        full = [n for n in range(lines[0].number, lines[-1].number + 1)
                if n != r and _FULL_RULE.fullmatch(raws[n - 1].strip())]
        top = max((n for n in full if n < r), default=r - 2)
        bottom = min((n for n in full if n > r), default=lines[-1].number + 1)
        head_lines = [ln for ln in lines if top < ln.number < r]
        header_parts = [_under(ln, spans, source) for ln in head_lines]
        names = ["".join(compact(p[k].text) for p in header_parts if p[k] is not None) for k in range(len(spans))]
        header = [column_kind(n) or task_named(n) for n in names]
        if not head_lines or "task" not in header or not set(UNIT_KINDS) & set(header):
            continue
        body: list[Line] = []
        for ln in lines:
            if r < ln.number < bottom:
                if _SECTION_START.match(ln.text):
                    break
                body.append(ln)
        blank_parted = any(b.number - a.number > 1 for a, b in pairwise(body))
        groups: list[list[Line]] = []
        for k, ln in enumerate(body):
            if not groups or not blank_parted or ln.number - body[k - 1].number > 1:
                groups.append([])
            groups[-1].append(ln)
        covered = {ln.number for ln in [*head_lines, *body]}
        for group in groups:
            cells = [_under(ln, spans, source) for ln in group]
            parts = [[c[k] for c in cells if c[k] is not None] for k in range(len(spans))]
            if parts[0] or header[0] != "seq":
                yield _parts_by_kind(header, parts), covered


_SECTION_START = LazyPattern(r"^[一二三四五六七八九十]+、")


def _dash_spans(rule: str) -> list[tuple[int, int]]:
    """The columns each run of dashes of a rule (a line as the file has it) spans."""
    return [(_columns(rule[: m.start()]), _columns(rule[: m.end()])) for m in re.finditer(r"-+", rule)]


def _columns(text: str) -> int:
    """How many columns ``text`` fills where it was set out: a wide letter two, any other one (a quotation mark
    is as wide as a Latin letter there)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _under(line: Line, spans: list[tuple[int, int]], source: str) -> list[Cell | None]:
    """The text of ``line`` under each column (``spans``: ``_columns``), None where none stands; a letter belongs
    to the column its left edge stands in, or the gap before it."""
    out: list[list[int]] = [[] for _ in spans]
    raw = source[source.rfind("\n", 0, line.start) + 1 : line.start]  # (the indentation the layout stripped)
    pos = _columns(raw)
    text = source[line.start : line.start + len(line.text)]  # (as written: the working copy folds widths)
    for k, ch in enumerate(text):
        if not ch.isspace():
            col = next((n for n in range(len(spans) - 1, -1, -1) if pos >= spans[n][0]), 0)
            out[col].append(k)
        pos += _columns(ch)
    return [Cell(line, ks[0], ks[-1] + 1) if ks else None for ks in out]


# -- a cell a line -------------------------------------------------------------------


def _line_tables(
    lines: list[Line], flats: tuple[str, ...], text: str
) -> Iterator[tuple[dict[str, list[Cell]], set[int]]]:
    """Tables whose column names stand one a line, then each row's cells one a line, the row opened by its 序号
    (1, 2, 3 in turn, or 5.1, 5.2 under one number)::

        序号 ⏎ 民生实事 ⏎ 分管县领导 ⏎ 牵头单位 ⏎ 责任单位 ⏎ 完成时限 ⏎ 1 ⏎ 改造提升… ⏎ 雷振邦 ⏎ …

    A row with a line under every column is read as it stands; a row of more lines (a PDF cut its cells across
    lines: ``实施县城学校扩容工程`` ⏎ ``，新建县第三小学，新`` ⏎ ``增学位1800个``) is cut into its cells by how each
    line ends and the next starts (``cut_cells``); a row whose cells do not fit their columns, or whose
    cuts are not clear, is left out rather than read with its cells under the wrong columns; a row of fewer lines
    is read where blank lines stand for its empty cells (``_blank_cells``), a lead and leader both left empty being
    the row's above (merged cells). The table ends where no next 序号 follows a row (``flats``: the lines without
    whitespace; ``text``: the working copy the lines' offsets point into)."""
    n, i = len(lines), 0
    while i < n:
        j = i
        # column names, and a short name this reader does not know between two it knows (``整治领域``): read for nothing
        while j < n and ((j > i and column_kind(flats[j])) or flats[j] in _KIND_OF or (
                j > i and j + 1 < n and _OTHER_COLUMN.fullmatch(flats[j]) and flats[j + 1] in _KIND_OF) or (
                j > i and COLUMN_NOTE.fullmatch(flats[j])) or (j - i >= 3 and _last_names(flats, j))):
            j += 1  # (after the first, a name with a note or a task's longer name: ``重点工作任务``)
        names = _joined_names(flats[i:j]) if j - i >= 3 else flats[i:j]
        header = _naming_task_column(names, _split_column_last([column_kind(f) for f in names]))
        if len(names) < 3 or header[0] != "seq" or "task" not in header or not set(UNIT_KINDS) & set(header):
            i = max(j, i + 1)
            continue
        width, k = len(header), j
        longest = 4 * width  # the most lines a row may hold
        covered = {ln.number for ln in lines[i:j]}
        merged = _Merged(header, groups=False)  # (only where both the lead and the leader are left empty)
        while k < n and SECTION_ROW.match(flats[k]):
            k += 1  # (a section's row before the first: ``一、经济发展（4项）``)
        labels = _next_labels("0")
        # (a table of some rows of a longer one keeps their 序号: ``6`` ⏎ … ⏎ ``52`` ⏎ … ⏎ ``53``)
        picked = k + 1 < n and flats[k] not in labels and _picked_row(flats, k, "0")
        while k < n and (flats[k] in labels or (picked and _picked_row(flats, k, "0"))):
            at, labels = flats[k], _next_labels(flats[k])
            end = next((e for e in range(k + 1, min(n, k + longest))
                        if flats[e] in labels or (picked and _picked_row(flats, e, at))), None)
            if end is not None and SECTION_ROW.match(flats[end - 1]):
                end -= 1  # (the next section's row: not this row's cell)
            last = end is None
            if last:  # the last row: up to a line no cell is (a heading, a date, the next text's title), but
                end = k + 1  # a line that ends a sentence is a cell's while the row has fewer lines than cells
                while end < min(n, k + longest) and (_cell_line(flats[end]) or (
                        end - k < width and flats[end] and not _NOT_CELL.match(flats[end]))) and not (
                        end - k >= width and lines[end].number > lines[end - 1].number + 1):
                    end += 1  # (a blank line after a cell under every column ends the table: ``联系人：…`` after it)
            again = _header_again(flats, i, j, k + 1, end) if not last else None
            if again is not None:  # (the header a word processor repeats at a page's top, between two rows)
                covered.update(ln.number for ln in lines[again : end])
            upto = again if again is not None else end
            blanks = _blank_cells(lines, k, upto, width, text)
            found = _row_cells(lines[k:upto], flats[k:upto], header) if blanks is None else _blank_row(header, blanks)
            if not found and blanks is None:
                found = _typed_row(lines[k:upto], flats[k:upto], header)
            if found:
                covered.update(ln.number for ln in lines[k:upto])
                for row in found:
                    yield merged.fill(row, []), covered
            k = end
            if last:
                break
            while k < n and SECTION_ROW.match(flats[k]):
                k += 1  # (a section's row between two: ``二、乡村振兴（4项）``)
                merged = _Merged(header, groups=False)  # (a merged cell does not reach past a section's row)
        i = max(k, j)


_WRAPPED_NAME_END = 3  # the most letters a column name's end cut onto a line of its own holds (``领导``)
_LAST_NAME = LazyPattern(r"[\u4e00-\u9fff]{2,8}")
_LAST_NAMES = 3  # the most columns this reader does not know after the last it knows


def _last_names(flats: tuple[str, ...], j: int) -> bool:
    """Are line ``j`` and the lines after it, up to the first row's 序号, the names of a header's last columns that
    this reader does not know (``目前完成情况`` ⏎ ``是否达到序时进度`` ⏎ ``6``), a few short names?"""
    for e in range(j, min(len(flats), j + _LAST_NAMES + 1)):
        if _SEQ.match(flats[e]):
            return e > j
        if not _LAST_NAME.fullmatch(flats[e]) or column_kind(flats[e]) is not None:
            return False
    return False


def _joined_names(names: tuple[str, ...]) -> tuple[str, ...]:
    """A header's column names a line each, a name the layout cut across two lines joined (``县级责任`` ⏎ ``领导``:
    ``县级责任领导``) where its first part names no column, its short rest (a word or two) ends it and the two
    together name one (not ``整改目标`` ⏎ ``整改措施``, two columns); a name's note on a line of its own joins the
    name above it (``责任股室`` ⏎ ``（单位）``)."""
    out = list(names)
    k = 0
    while k + 1 < len(out):
        if COLUMN_NOTE.fullmatch(out[k + 1]) or (column_kind(out[k]) is None and len(out[k + 1]) <= _WRAPPED_NAME_END
                                                and column_kind(out[k] + out[k + 1]) is not None):
            out[k : k + 2] = [out[k] + out[k + 1]]
        k += 1
    return tuple(out)


def _header_again(flats: tuple[str, ...], i: int, j: int, lo: int, hi: int) -> int | None:
    """Where the column names of lines ``i``–``j`` stand again, one a line, and nothing after them, in lines
    ``lo``–``hi`` (a row's lines up to the next row's 序号); else None."""
    names = flats[i:j]
    at = hi - len(names)
    return at if at >= lo and flats[at:hi] == names else None


def _next_labels(label: str) -> tuple[str, ...]:
    """The 序号 that may follow a row's (``4`` → ``5`` or ``5.1``; ``5.1`` → ``5.2``, ``6`` or ``6.1``)."""
    whole, _, part = label.partition(".")
    after = int(whole) + 1
    return (str(after), f"{after}.1", *((f"{whole}.{int(part) + 1}",) if part else ()))


def _blank_cells(lines: list[Line], k: int, end: int, width: int, text: str) -> list[list[Line]] | None:
    """A row of fewer lines than columns, ``lines[k:end]``, whose empty cells stand as blank lines (a table
    exported a cell a line, a merged cell left empty on the rows under it): each column's lines, a blank one's
    none. None unless blank lines make up the row exactly, from its 序号 to the next row's, and the row follows
    the line above it with no blank line between (a table whose rows are set apart by blank lines is not read so).
    ``text``: the working copy the lines' offsets point into."""
    if end - k >= width or lines[k].number != lines[k - 1].number + 1:
        return None
    first = lines[k].number
    after = lines[end].number if end < len(lines) else lines[end - 1].number + 1  # (the text's last row)
    if after - first != width:
        return None
    for a in range(k, min(end, len(lines) - 1)):
        gap = text[lines[a].start + len(lines[a].text) : lines[a + 1].start]
        if gap.strip():
            return None  # (a line the layout set aside, not a blank one)
    at = {ln.number: ln for ln in lines[k:end]}
    return [[at[m]] if m in at else [] for m in range(first, after)]


def _blank_row(header: list[str | None], parts: list[list[Line]]) -> list[dict[str, list[Cell]]]:
    """The row of ``_blank_cells``'s parts (a blank cell is no column's), if its cells fit their columns."""
    row = _as_row(header, parts)
    return [{kind: cells for kind, cells in row.items() if cells}] if row is not None else []



def _picked_row(flats: tuple[str, ...], k: int, after: str) -> bool:
    """Does line ``k`` open a row of a table that lists some rows of a longer one under their own 序号: a whole
    number above ``after``'s (a row's cell that is a number, ``2``, is below it), the row's task on the next line?"""
    return (flats[k].isdigit() and int(flats[k]) > int(after.partition(".")[0]) and k + 1 < len(flats)
            and _line_kind(flats[k + 1]) == "text" and len(_CJK.findall(flats[k + 1])) >= _TASK_LEAST)


_TASK_LEAST = 6  # the fewest Chinese letters of a task that opens a picked row


def _line_kind(flat: str) -> str:
    """What a row's line of a cell a line holds: ``time``, ``name`` (people), ``units`` or ``text``."""
    if _time_cell(flat):
        return "time"
    if all(is_name(p.removesuffix("同志"), strict=True) for p in re.split(r"[、，,]", flat)):
        return "name"  # (``王明``, ``王明、李华``)
    parts = _unit_parts(flat)
    if parts and _units_named(parts) and not _TIME.search(flat) and not re.search(r"[。；;，,：:]", flat):
        return "units"
    return "text"


_TAKES = {"deadline": ("time",), "leader": ("name",), "persons": ("name",), "lead": ("units",), "resp": ("units",),
          "coop": ("units",)}


def _typed_row(lines: list[Line], flats: tuple[str, ...], header: list[str | None]) -> list[dict[str, list[Cell]]]:
    """A row of a cell a line whose cells do not stand one under each column, read by what each line holds (a web
    table flattened with its merged cells dropped and its empty cells left out, a unit a line in one cell)::

        序号 ⏎ 指标 ⏎ 工作任务 ⏎ 完成时限 ⏎ 责任领导 ⏎ 责任股室 ⏎ 备注
        1 ⏎ 公共文化服务 ⏎ 免费开放服务人次增长15%。 ⏎ 12月底前 ⏎ 王明 ⏎ 文化股 ⏎ 文化馆
        2 ⏎ 组织开展惠民演出不少于100场。 ⏎ 文化股                      <- the 指标 and 时限 cells merged above

    Each line, in turn, stands under the first column from the last one's on that takes it: a time under the
    time's column, names under a person's column, units under the units' column (a line each; of a lead's column
    and another's after it, the lead's takes the first line and the other the rest, and a row of one unit is read
    only where the other cell is marked empty), the task's text under the task's column and a text column between
    the task's and the units' (``项目内容``); a column before the task's that the reader does not know takes a line
    only where the row has more text before its units than the columns from there to the units' take (the cell is
    merged above otherwise), one after the units' any line (``目前完成情况``). A line ``/`` is an empty cell of the
    column it stands under. Read only where the table's units' columns follow its task's and stand side by side,
    and the row has its task and units; none where a line stands under no column."""
    units = [c for c, kind in enumerate(header) if kind in UNIT_KINDS]
    if not units or len(units) > 2 or "task" not in header or header.count("task") > 1:
        return []
    task, unit = header.index("task"), units[0]
    if task > unit or (len(units) == 2 and (units[1] != unit + 1 or header[unit] != "lead")):
        return []
    kinds = ["empty" if q and f in _EMPTY_CELLS else _line_kind(f) for q, f in enumerate(flats)]
    texts = 0  # the lines before the units that a column of text takes (a task may read as a unit: ``…中小学校``)
    for q in range(1, len(kinds)):
        if kinds[q] not in ("text", "units", "name"):  # (a short cell may read as a name: ``广电``)
            break
        if kinds[q] == "text" and "units" in kinds[q + 1 :]:
            texts = q
    parts: list[list[Line]] = [[] for _ in header]
    blank: set[int] = set()  # the columns whose cell is written empty
    c = 1  # (the 序号's column holds the row's first line)
    parts[0].append(lines[0])
    for q in range(1, len(lines)):
        kind = kinds[q]
        while c < len(header):
            col = header[c]
            if c in blank:
                fits = False
            elif kind == "empty":
                fits = c > task and col is not None and not parts[c]
            elif c == task:
                fits = not parts[c] and kind in ("text", "units")
            elif col is None and task < c < unit:  # (``项目内容`` beside ``项目名称``)
                fits = not parts[c] and kind == "text" and bool(parts[task])
            elif col is None:
                fits = c > unit or (c < task and kind != "time" and not parts[c]
                                    and texts - (q - 1) > sum(1 for k in range(c + 1, unit) if header[k] in _TEXT))
            elif c == unit and len(units) == 2:
                fits = kind == "units" and not parts[c]  # (the lead's cell: one line, the others' the rest)
            else:
                fits = kind in _TAKES.get(col, ()) and (c > task or col == "deadline")
            if fits:
                break
            c += 1
        if c == len(header):
            return []
        if kind == "empty":
            blank.add(c)
        else:
            parts[c].append(lines[q])
    if not parts[task] or not any(parts[u] for u in units):
        return []
    if len(units) == 2 and not all(parts[u] or u in blank for u in units):
        return []  # (one unit under two columns, neither marked empty: which one it stands under is not clear)
    row = {kind: [Cell(ln, 0, len(ln.text)) for ln in part] for kind, part in zip(header, parts, strict=True)
           if kind and part}
    return [row]


def _cut(a: str, b: str) -> bool:
    """Is one cell cut across lines ``a`` and ``b`` (not after a sentence's end)?"""
    return (cut_across(a, b) or tail_cut(a, b)) and not a.endswith(_SENTENCE_ENDS)


_EMPTY_CELLS = frozenset({"/", "／", "-", "—", "无"})  # a cell written empty
_TEXT = (None, "task")  # the kinds of a row's columns of text
_SENTENCE_ENDS = tuple("。；;！!？?")


def _naming_task_column(names: tuple[str, ...], header: list[str | None]) -> list[str | None]:
    """Of two task columns, the one that names the task: a problem before its remedies (``反馈问题 | 整改目标 |
    整改措施``), or a project's name beside its content (``项目名称 | 建设内容及目标``); the task columns after it are
    read for nothing. (Of a project's column and its tasks' after the units, ``实事项目 | … | 工作任务``, the last is
    each row's task, as ``_as_row`` reads them.)"""
    tasks = [k for k, kind in enumerate(header) if kind == "task"]
    if len(tasks) < 2 or len(names) != len(header):
        return header
    if _PROBLEM not in names[tasks[0]] and tasks[1] != tasks[0] + 1:
        return header
    return [None if k in tasks[1:] else kind for k, kind in enumerate(header)]


_PROBLEM = "问题"


def _split_column_last(header: list[str | None]) -> list[str | None]:
    """A two-line header set out a name a line gives the names of a column's parts after all the others (``责任单位``
    … ``完成时限`` ⏎ ``牵头单位`` ⏎ ``配合单位``): the parts stand in the rows where their column does."""
    if len(header) < 5 or header[-2:] != ["lead", "coop"] or "resp" not in header[:-2]:
        return header
    at = header.index("resp")
    return [*header[:at], "lead", "coop", *header[at + 1 : -2]]


def _row_cells(lines: list[Line], flats: tuple[str, ...], header: list[str | None]) -> list[dict[str, list[Cell]]]:
    """A row of a table of a cell a line (its 序号 first) as each column's cells: one row, or one per task where
    the row's first cells were merged over several tasks (``_merged_rows``); none if it cannot be read."""
    width = len(header)
    if len(lines) == width and None in header[1 : header.index("task")]:
        typed = _typed_row(lines, flats, header)  # (a column before the task's may be merged above: read by kind)
        if typed:
            return typed
    if len(lines) == width:
        parts = [[ln] for ln in lines]
    elif len(lines) > width:
        merged = _merged_rows(lines, flats, header)
        if merged:
            return merged
        named = _names_a_line(lines, flats, header)
        if named is not None:
            row = _as_row(header, named, names_a_line=True)
            return [row] if row is not None else []
        if not any(_cut(a, b) for a, b in pairwise(flats[1:])):
            typed = _typed_row(lines, flats, header)  # (no cell cut across lines: each line one cell's)
            if typed:
                return typed
        cut = cut_cells(lines[1:], width - 1, _CELL_OPENS)
        if cut is None:
            return []
        parts = [[lines[0]], *cut]
    elif len(lines) == width - 1 and header[-1] == "deadline" and not _time_cell(flats[-1]):
        row = _as_row(header[:-1], [[ln] for ln in lines])  # (a row whose time cell was left empty: the last)
        return [row] if row is not None else []
    else:
        return []
    row = _as_row(header, parts)
    return [row] if row is not None else []


def _names_a_line(lines: list[Line], flats: tuple[str, ...], header: list[str | None]) -> list[list[Line]] | None:
    """A row one line a cell but for the table's one person's column (``责任领导``), whose cell holds a name a line
    (``黄立新`` ⏎ ``覃海燕``): each column's lines; None unless the lines over the others' count are all names
    there."""
    people = [k for k, kind in enumerate(header) if kind in ("leader", "persons")]
    extra = len(lines) - len(header)
    if len(people) != 1 or extra < 1:
        return None
    at = people[0]
    if not all(is_name(flats[q], strict=True) for q in range(at, at + extra + 1)):
        return None
    return [*([ln] for ln in lines[:at]), lines[at : at + extra + 1], *([ln] for ln in lines[at + extra + 1 :])]


def _as_row(
    header: list[str | None], parts: list[list[Line]], names_a_line: bool = False
) -> dict[str, list[Cell]] | None:
    """Each column's cells of a row whose lines ``parts`` stand under the columns of ``header``; None where a cell
    does not fit its column (``names_a_line``: a person's cell of several lines holds a name a line)."""
    for kind, part in zip(header, parts, strict=True):
        glue = "、" if names_a_line and kind in ("leader", "persons") else ""
        if not cell_fits(kind, glue.join(compact(ln.text) for ln in part)):
            return None
    return {kind: [Cell(ln, 0, len(ln.text)) for ln in part] for kind, part in zip(header, parts, strict=True) if kind}


def _merged_rows(lines: list[Line], flats: tuple[str, ...], header: list[str | None]) -> list[dict[str, list[Cell]]]:
    """A row whose first cells were merged over several tasks, each task with its own time (a Word or web table
    with merged cells, flattened a cell a line: the merged cell stands once)::

        1 ⏎ 城乡教育提升工程 ⏎ 张明 ⏎ 县教育局 ⏎ 县财政局 ⏎ 新建幼儿园3所 ⏎ 2021年8月底前 ⏎ 改造学校12所 ⏎ 10月底前

    The columns from the last task column on repeat (``工作任务 | 完成时限``, the time last): the lines after the
    first cells are read as two or more such runs, each run's last line a time and its task no time. A person's
    column among the first cells may hold a name a line (``王成`` ⏎ ``李伟``). One row per run, the first cells
    shared; none where the lines do not read so."""
    if header[-1] != "deadline" or "task" not in header:
        return []
    first = len(header) - 1 - header[::-1].index("task")  # where the columns that repeat start
    tail = len(header) - first
    if first < 2 or tail < 2:
        return []
    head: list[list[Line]] = []
    k = 0
    for kind in header[:first]:
        head.append([lines[k]])
        k += 1
        while (kind in ("leader", "persons") and k < len(lines) and is_name(flats[k], strict=True)
               and len(lines) - k - 1 >= 2 * tail):
            head[-1].append(lines[k])  # (a second name in a person's cell)
            k += 1
    rest = len(lines) - k
    if rest < 2 * tail or rest % tail:
        return []
    runs = [list(range(q, q + tail)) for q in range(k, len(lines), tail)]
    if not all(_time_cell(flats[run[-1]]) and not _time_cell(flats[run[0]]) for run in runs):
        return []
    out = [_as_row(header, head + [[lines[q]] for q in run], names_a_line=True) for run in runs]
    return [row for row in out if row is not None] if None not in out else []


_ONE_TIME = r"(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:[上中下]旬|底|末)?"
_TIME_CELL = LazyPattern(
    rf"(?:{_ONE_TIME}(?:[-—－~至到]{_ONE_TIME})?(?:前|以前|之前)?(?:完成|完工|建成|办结)?|长期|持续|长期坚持|持续推进|全年|年内|年底前|常态化)")


def _time_cell(flat: str) -> bool:
    """A line that is a time and nothing else (``2021年8月底前``, ``2021年9月底前完成``, ``长期``)."""
    return _TIME_CELL.fullmatch(flat) is not None and re.search(r"\d|[期续年化]", flat) is not None


_CELL_OPENS = LazyPattern(r"^(?:县|市|区|旗|州|盟|省|乡|镇|各|\d{4}年|\d{1,2}月|长期|持续)")
_NOT_CELL = LazyPattern(r"^(?:附件|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])|[。；;]$")


def _cell_line(flat: str) -> bool:
    """Might a line after a table's last 序号 be one of that row's cells (not a heading or a sentence after the
    table)?"""
    return bool(flat) and len(flat) <= 30 and not _NOT_CELL.search(flat)


_OTHER_COLUMN = LazyPattern(r"[\u4e00-\u9fff]{2,6}")


_TIME = LazyPattern(r"\d{1,4}\s*[年月]")


def _names(text: str) -> bool:
    """A name (``乌云其木格`` too), or two-character names run together (``陆明俞悦``: padded pairs ``陆 明俞 悦``)."""
    return is_name(text, strict=False) or long_name(text, shortest=5) or (
        len(text) % 2 == 0 and all(is_name(text[i : i + 2]) for i in range(0, len(text), 2)))


def cell_fits(kind: str | None, text: str) -> bool:
    """Can ``text`` (a line without whitespace) be a cell of a column of ``kind``? A name under a unit's column,
    a unit or a small number under a date's shows that a row's cells stand under the wrong columns."""
    if kind in UNIT_KINDS:
        # (a unit this reader does not know is still a unit: only a name or a time shows a cell out of place)
        parts = [text[a:b] for a, b in top_level_split(text, seps="、，,；;")]
        return not any(_TIME.search(p) or (is_name(p) and not looks_like_unit(p)) for p in parts if p)
    if kind in ("leader", "persons"):
        return all(_names(p.removesuffix("同志")) or (kind == "persons" and _HEADS.search(p))
                   for p in re.split(r"[、，,；;]", text) if p)
    if kind == "deadline":  # (``全年`` reads as a name too: a deadline is out of place under a unit or a full name)
        return not looks_like_unit(text) and not (len(text) >= 3 and is_name(text, strict=True)) and not (
            text.isdigit() and len(text) <= 2)
    return True


# -- label over value -----------------------------------------------------------------


def _label_records(lines: list[Line], flats: tuple[str, ...]) -> Iterator[tuple[dict[str, list[Cell]], set[int]]]:
    """Records of a column name on a line of its own, its cells on the lines after; ``flats``: the lines without
    whitespace."""
    record: dict[str, list[Cell]] = {}
    covered: set[int] = set()
    kind: str | None = None

    def done() -> bool:
        return "task" in record and any(k in record for k in UNIT_KINDS)

    for ln, flat in zip(lines, flats, strict=True):
        label = _KIND_OF.get(flat)  # ``column_kind(ln.text)``
        if label:
            if label in record:  # the next record starts
                if done():
                    yield record, covered
                record, covered = {}, set()
            kind = label
            record[kind] = []
            covered.add(ln.number)
        elif kind is not None:
            record[kind].append(Cell(ln, 0, len(ln.text)))
            covered.add(ln.number)
    if done():
        yield record, covered


# -- facts ---------------------------------------------------------------------------


def _tail_runs(runs: list[list[Cell]]) -> list[list[Cell]]:
    """Runs of a cell's parts, a run whose next opens with the rest of its last unit joined to it (``县住房和城乡``
    ⏎ ``建设局``: a column's width cut the unit)."""
    out: list[list[Cell]] = []
    for run in runs:
        if out and out[-1][-1].line is not run[0].line and tail_cut(out[-1][-1].text, run[0].text):
            out[-1] = out[-1] + run
        else:
            out.append(run)
    return out


def _fact(notice: Notice, ctx: Context, row: dict[str, list[Cell]], name: str, version: str) -> Fact | None:
    task_cells = row.get("task") or []
    if not task_cells:
        return None
    cells = [c for kind in row for c in row[kind]]
    lines = sorted({c.line.number: c.line for c in cells}.values(), key=lambda ln: ln.number)
    block = Block.from_lines(notice.layout.source, lines)
    at = {ln.number: block.starts[k] for k, ln in enumerate(lines)}

    def original(c: Cell, a: int = 0, b: int | None = None) -> str:
        base = at[c.line.number] + c.start
        return block.original(base + a, base + (c.end - c.start if b is None else b))

    def raw(c: Cell) -> str:
        return block.raw(at[c.line.number] + c.start, at[c.line.number] + c.end)

    task = "".join(original(c) for c in task_cells)
    task = task[_TASK_NUMBER.match(task).end() :]  # (``14.改扩建…``: the item's number in the task's cell)
    if len(_CJK.findall(task)) < 4:
        return None
    units: dict[str, list[str]] = {k: [] for k in UNIT_KINDS}
    for kind in UNIT_KINDS:
        for run in _tail_runs(cut_runs(row.get(kind, []))):
            # a cell's text, and as written (whitespace removed from both: one character for one)
            spaced = [_spaced_units(c.text) for c in run]  # (``党政办 应消站``: units set apart by spaces)
            text = "".join(compact(_listed(c.text) if sp else c.text) for c, sp in zip(run, spaced, strict=True))
            written = "".join(as_read(compact(_listed(raw(c))) if sp else original(c))
                              for c, sp in zip(run, spaced, strict=True))
            if NO_CELL.fullmatch(text):
                continue  # (``——``: a cell that says it is empty)
            said = marker_clause(text, 0, len(text), ctx.agencies) if names_a_verb(text) else None
            if said is not None:  # ``县交通运输局牵头，县财政局配合``: the verbs say who leads
                for a, b in said.units:
                    units["lead" if (a, b) in said.lead else "coop"].append(written[a:b])
                continue
            for a, b in unit_list(text, 0, len(text), ctx.agencies, lenient=True) or []:
                unit, noted = lead_noted(written[a:b])  # ``县交通运输局（牵头）`` leads
                units["lead" if noted else kind].append(unit)
    all_units = tuple(dict.fromkeys(units["lead"] + units["resp"] + units["coop"]))
    if not all_units:
        return None
    def names(kind: str) -> list[str]:
        texts = [raw(c) for c in row.get(kind, [])]
        whole = len(texts) > 1 and all(is_name(compact(r), strict=True) for r in texts)  # (a name a line, not cut)
        return _people(("、" if whole else "").join(texts))

    leader = names("leader")
    deadline = _deadline(" ".join(c.text for c in row.get("deadline", [])))
    first = task_cells[0]
    lo = at[first.line.number] + first.start
    prov = ctx.cite(block, lo, lo + first.end - first.start, name, version, evidence=(0, len(block.text)))
    return Assignment(
        prov=prov,
        doc_number=notice.doc_number,
        doc_title=notice.title,
        task=task[:TASK_CHARS],
        lead=tuple(dict.fromkeys(units["lead"])),
        units=all_units,
        deadline=deadline,
        leader="、".join(leader) or None,
        persons=tuple(names("persons")),
        task_text=task,
    )


_TASK_NUMBER = LazyPattern(r"\s*(?:(?:\d{1,3}[.．、]|[(（]\d{1,2}[)）])(?!\d)\s*)?")


def as_read(written: str) -> str:
    """A cell as written, one character for each of the working copy's once whitespace is removed: a Markdown
    cell's ``<br>`` reads as a list's 、 (``layout``), the rest of the tag as spaces."""
    if "<" not in written:
        return written
    return compact(LINE_BREAK_TAG.sub(lambda m: "、" + " " * (len(m.group()) - 1), written))


def _people(raw: str) -> list[str]:
    """Names in a leader cell: ``李 明`` -> 李明; ``李 明王 芳`` (padded pairs run together) -> 李明, 王芳."""
    whole = compact(raw)
    if 2 <= len(whole) <= 3 and is_name(whole, strict=False):
        return [whole]  # ``薛  敏``: a name padded to the cell's width
    out = []
    for part in re.split(r"[、,，;；/]|\s{2,}", raw.strip()):
        part = part.strip()
        if not part:
            continue
        if _PADDED_PAIRS.match(part):
            chars = compact(part)
            out.extend(chars[i : i + 2] for i in range(0, len(chars), 2))
        else:
            out.append(compact(part))
    return [p for p in out if (2 <= len(p) <= 4 and _CJK.match(p)) or long_name(p, shortest=5)  # (``乌云其木格``)
            or _HEADS.search(p)]  # (``县直各单位负责人``: the heads of units, a post for a person)


_HEADS = LazyPattern(r"(?:主要)?负责(?:人|同志)$")


def _deadline(cell: str) -> str | None:
    """The completion time of a deadline cell: its completion wording first (``1月底前完成`` -> 1月底前)."""
    if not cell.strip():
        return None
    return clause_deadline(cell) or task_deadline(cell) or field_deadline(cell)
