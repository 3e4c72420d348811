"""Tables whose header names every column, one row a line: a leader's portfolio, a 任免 decision per person::

    序号 姓名 职务 分管工作 分管部门 联系单位              <- a header: every cell names a known column
    1 李明 常务副县长 负责发展改革、财政方面工作 县发改局、县财政局 县税务局

    序号 姓名 任命职务 免去职务
    1 王小明 县财政局副局长 县审计局副局长

A web page's or Word table of short cells reads like this (a page's text may set them apart by spaces; a table
copied as text, or written by ``graph_build/readers/tables.py``, sets them apart by tabs or ``|``). Read as prose,
the cells would run together (``财政方面工作县发改局``); here each row's cells are taken by position, and only
when the row has a cell under every column (an empty cell is left out by the readers, and a row that has lost
one cannot be read by position; a tab-separated row keeps its empty cells, and those that ended it went with
the line's trailing whitespace). A tab-separated row whose cells wrapped onto a line of their own (its name cell
empty) is one row with the line above: each cell holds its parts on both lines.

A PDF's text layer or a web page's text may also set every cell on lines of its own, the header's column names
one a line and a cell too wide for its column cut across lines::

    姓名 ⏎ 职务 ⏎ 工作分工 ⏎ 分管部门                       <- a stacked header: each line one known column name
    李明 ⏎ 常务副县长 ⏎ 负责常务工作，分管财政、发展 ⏎ 改革 ⏎ 县财政局、县发改局

Such a row starts at a line that is a person's name (the caller says what a name is), and its lines after the
name are cut into as many cells as the columns ask: where a line ends a cell is read from the line's end and the
next line's start (a list cut after ``、``, a unit cut mid-word, a cell that opens with a unit or a clause's
verb, a line as long as the row's longest); a row whose cuts are not clear is left out.

A table may also stand the other way round, a record per person and a field a line (a leaders' page's table,
copied as tab-separated text): the field's name first, then its value; a value wrapped onto a line of its own
goes on after one tab::

    姓　　名 ⇥ 李明 ⏎ 职　　务 ⇥ 副县长 ⏎ 分管部门 ⇥ 县财政局、 ⏎ ⇥ 县审计局

This module finds the tables and their cells; the extractors read the cells (``portfolios`` with its clause
grammar, ``appointments`` as a person's posts). The column names and each one's kind are ``table_columns`` in
``data/portfolios.yml`` and ``data/personnel.yml``: the person's name, a kind the extractor reads (a relation, an
action), or one read for nothing (the post the person holds, a 序号, a 性别).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from graph_build.extractors.assignment_cells import (
    COLUMN_NOTE,
    Frag,
    column_note,
    cut_cells,
    fragments,
    merge_single_chars,
)
from graph_build.extractors.assignment_grid import NO_CELL, Cell, bordered_cells, piped_cells, split_cells
from graph_build.layout import Line, compact, display_width
from graph_build.patterns import LazyPattern
from graph_build.people import looks_like_person, title_like

_WIDE_GAP = LazyPattern(r"\s{2,}")
_RULE = LazyPattern(r"[-—=─━_|+\s]{3,}")
_GRID_RULE = LazyPattern(r"\+[-=]+(?:\+[-=]+)*\+")  # a grid table's rule between rows (``+------+------+``)
_BETWEEN_GAPS = LazyPattern(r"\S+(?:\s\S+)*")  # the runs of text between gaps of two spaces or more
_SLASH = LazyPattern(r"(?<=[A-Za-zＡ-Ｚａ-ｚ])[/／](?=[A-Za-zＡ-Ｚａ-ｚ])")  # the slash of paired letters (``A/B岗``)

# The kinds of column every table may have that the extractors do not read as a fact's subject.
NAME, POST, OTHER = "name", "post", "other"


Parts = tuple[Cell, ...]  # a cell: its part on each line it stands on, in order


@dataclass(frozen=True)
class Row:
    """One person's row: the lines it stands on, the name cell, and each other cell with its column's kind."""

    lines: tuple[Line, ...]
    name: Parts
    cells: tuple[tuple[str, Parts], ...]
    stacked: bool = False  # a table set out a cell a line: each cell's parts are the lines ``cut_cells`` found it holds


def line_cells(line: Line) -> list[Cell]:
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


def column_kinds(table: dict[str, list[str]], allowed: tuple[str, ...], where: str) -> dict[str, str]:
    """A vocabulary's table columns, written kind -> column names, as column name -> kind; a kind not ``allowed``
    is an error that names ``where`` (the file and its key)."""
    out = {}
    for kind, names in table.items():
        if kind not in allowed:
            raise ValueError(f"{where}: {kind!r} is none of the kinds this table's reader knows ({', '.join(allowed)})")
        out.update((name, kind) for name in names)
    return out


def name_columns(kinds: dict[str, str]) -> tuple[str, ...]:
    """The last character of each column name of the person's name: a header holds one of them (the cheap test
    of ``header``; a whole name may be spaced out, ``姓  名``)."""
    return tuple(sorted({n[-1] for n, kind in kinds.items() if kind == NAME}))


def _fact_names(kinds: dict[str, str]) -> tuple[str, ...]:
    """The names of the columns of a fact (not the name, the post or one read for nothing): a header holds one."""
    return tuple(n for n, kind in kinds.items() if kind not in (NAME, POST, OTHER))


def header(line: Line, kinds: dict[str, str], names: tuple[str, ...] | None = None) -> list[str] | None:
    """The columns' kinds if ``line`` is a table's header (``kinds``: column name -> kind; ``names``: its
    ``name_columns``, when the caller made them once): every cell a known column, one of them the name and one
    of a kind the extractor reads; else None."""
    text = line.text
    if not any(n in text for n in (names if names is not None else name_columns(kinds))):
        return None  # (a cheap test first)
    if len(text) > 80 and len("".join(text.split())) > 60:  # (a header set out with wide gaps is long, not wordy)
        return None
    if not longest_first(_fact_names(kinds)).search(compact(text)):
        return None  # (no column of a fact: no header)
    columns = _columns([compact(c.text) for c in line_cells(line)], kinds)
    if columns is None and _WIDE_GAP.search(text):  # ``姓  名    任  职``: names spaced out as the cells are
        spelled = spelled_names(line, longest_first(tuple(kinds)))
        columns = _columns(spelled[0], kinds) if spelled else None
    return columns


def spelled_names(line: Line, known: re.Pattern[str]) -> tuple[list[str], list[int]] | None:
    """A header's column names read as the longest known names in turn (``known``: their ``longest_first``
    alternation), whatever the spaces within and between them (``组    别``), and where each starts in the line;
    None where a word is no known name."""
    text = line.text
    chars = [(k, ch) for k, ch in enumerate(text) if not ch.isspace()]
    flat = "".join(ch for _, ch in chars)
    names: list[str] = []
    at: list[int] = []
    pos = 0
    while pos < len(flat):
        m = known.match(flat, pos)  # (the longest known name there: the alternation lists them longest first)
        if m is None:
            return None
        names.append(m.group())
        at.append(chars[pos][0])
        pos = m.end()
        note = COLUMN_NOTE.match(flat, pos)  # ``联系企业（项目）``: a note after the name
        if note is not None:
            pos = note.end()
    return names, at


@lru_cache(maxsize=32)
def longest_first(names: tuple[str, ...]) -> re.Pattern[str]:
    """An alternation of ``names``, the longest first (a match at a position is the longest name there)."""
    return re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True))))


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
    """A header of two lines set apart by tabs or bars, a column's name over its parts (``任免职务`` over ``任职 |
    免职``): each column named by the lower line where it has a name, else by the upper."""
    barred = bordered_cells(first), bordered_cells(second)  # (``| 序号 | 姓名 | 任免职务 |  |``: empty cells kept)
    if barred[0] is not None and barred[1] is not None:
        upper, lower = ([compact(c.text) for c in cells] for cells in barred)
    elif "\t" in first.text and "\t" in second.text:
        upper = [compact(c.text) for c in leading_tabs(first, source) + line_cells(first)]
        lower = [compact(c.text) for c in leading_tabs(second, source) + line_cells(second)]
    else:
        return None
    width = max(len(upper), len(lower))
    upper += [""] * (width - len(upper))
    lower += [""] * (width - len(lower))
    names: list[str] = []
    spanning = ""  # the upper name over the columns after it whose upper cells are empty (a merged cell)
    for a, b in zip(upper, lower, strict=True):
        spanning = a or spanning
        if b and (_kind(b, kinds) is not None or not (a or spanning)):
            names.append(b)
        elif a or (b and _kind(spanning, kinds) is not None):  # (``联系单位`` over ``镇（街道）| 园区``: its parts)
            names.append(a or spanning)
    return _columns(names, kinds)


def _kind(name: str, kinds: dict[str, str]) -> str | None:
    """A column's kind, its name read without a bracketed note too (``分管部门（单位）``) and without the slash of
    paired letters (``A/B岗``)."""
    noted = column_note(name)
    found = kinds.get(name) or (kinds.get(noted[0]) if noted else None)
    if found is None and ("/" in name or "／" in name):
        return kinds.get(_SLASH.sub("", name))
    return found


def rows(
    lines: list[Line],
    kinds: dict[str, str],
    text: str | None = None,
    source: str | None = None,
    is_name: Callable[[str], bool] | None = None,
    opens: tuple[str, ...] = (),
) -> Iterator[Row]:
    """The rows of every such table among ``lines``: after a ``header``, each line with a cell under every
    column. ``text``: the lines' whole text, when the caller has it (a text with no name column has no table);
    ``source``: the file's text, where a tab-separated line's leading tabs (empty cells) are seen. A tab-separated
    row whose name cell is empty goes on with the row above (a cell that wrapped): the two make one row.
    ``is_name`` (a name without whitespace): where given, tables set out a cell a line are read too, a row
    starting at a name; ``opens``: words that open a cell of such a table (a clause's verb), besides a unit."""
    names = name_columns(kinds)
    hint = longest_first(names)
    if text is not None and not hint.search(text):
        return
    i = 0
    while i < len(lines):
        # (the lines that may hold a header, found without a call per line)
        i = next((k for k in range(i, len(lines)) if hint.search(lines[k].text)), len(lines))
        if i == len(lines):
            break
        columns = header(lines[i], kinds, names)
        if source is not None and i + 1 < len(lines):  # (``任免职务`` over ``任职 | 免职``: the lower line's names)
            below = i + 2 if _RULE.fullmatch(lines[i + 1].text) and i + 2 < len(lines) else i + 1  # (a Markdown
            two = _two_line_header(lines[i], lines[below], kinds, source)  # rule between them: ``|---|---|``)
            if two is not None and two != columns:
                columns = two
                i = below  # (the header's second line)
        if columns is None and source is not None and "\t" in lines[i].text:
            record = _transposed_row(lines, i, kinds, source)
            if record is not None:  # (a table whose rows are the columns: ``姓名	李明`` ⏎ ``分管部门	县财政局``)
                yield record
                i += len(record.lines)
                continue
        if columns is None and is_name is not None:
            stacked = _stacked_header(lines, i, kinds)
            if stacked is not None:
                found, i = _stacked_rows(lines, stacked[1], stacked[0], is_name, _opener(opens), source)
                yield from found
                continue
        i += 1
        if columns is None:
            continue
        at = columns.index(NAME)
        head = lines[i - 1]
        # a table set out with runs of spaces shows where each column starts (single spaces show nothing)
        starts = column_starts(head, source)
        if starts and len(starts) != len(columns):  # (a header whose names are spaced out: where each name starts)
            spelled = spelled_names(head, longest_first(tuple(kinds)))
            starts = [indent(head, source) + display_width(head.text[:a]) for a in spelled[1]] if spelled else []
        kinds_read = [k for n, k in enumerate(columns) if n != at]
        head_tabs = "\t" in head.text
        grid = False  # rows set apart by ``+-----+-----+`` rules: every line up to the next rule is the row's
        if i < len(lines) and _RULE.fullmatch(lines[i].text):
            grid = bool(_GRID_RULE.fullmatch(lines[i].text))
            i += 1  # the rule under a header (``-----   ------``)
        row: Row | None = None  # the row being read
        short = 0  # the cells of the last line, where a tab-separated line had fewer than the columns
        while i < len(lines):
            if _GRID_RULE.fullmatch(lines[i].text):
                if row is not None:
                    yield row
                row, grid = None, True
                i += 1
                continue
            if hint.search(lines[i].text) and header(lines[i], kinds, names) is not None:
                break  # (the next table's header: ``姓名 聘任 解聘`` after ``序号 姓名 任职 免职``)
            if row is not None and short > 1 and short - 1 != at and _paragraphs_of_a_cell(
                    lines, i, short, len(columns), lambda ln: header(ln, kinds, names) is not None, source):
                # a cell's paragraphs a line each (``规划股`` ⏎ ``水资源管理股`` ⏎ ``河湖管理股	清溪镇``): the line
                # goes on with the cell the row's line ended in, as the tab-separated line after it does
                k = short - 1 - (short - 1 > at)
                grown_cells = tuple((kind, (*parts, Cell(lines[i], 0, len(lines[i].text))) if n == k else parts)
                                    for n, (kind, parts) in enumerate(row.cells))
                row = Row((*row.lines, lines[i]), row.name, grown_cells)
                i += 1
                continue
            cells = line_cells(lines[i])
            tabs = head_tabs or "\t" in lines[i].text
            lead = leading_tabs(lines[i], source) if source is not None and tabs else []
            cells = lead + cells  # (a row's empty first cells, ``\t\t\t华岳公司``: its text starts after them)
            tabbed = ("\t" in lines[i].text or bool(lead)) and "|" not in lines[i].text
            spaced = not tabbed and "|" not in lines[i].text
            raw = lines[i].text  # (the file's line: its trailing tabs, empty cells the layout strips, kept)
            if source is not None:
                end = source.find("\n", lines[i].start)
                raw = source[source.rfind("\n", 0, lines[i].start) + 1 : end if end >= 0 else len(source)]
            if tabbed and row is not None and short > 1 and len(columns) in (
                    short - 1 + len(cells), short + raw.count("\t")) and not (
                    (is_name or looks_like_person)(compact(cells[0].text))):  # (not a short row's name: ``高 静``)
                # a line break inside a cell (``主持局全面工作。`` ⏎ ``负责干部人事…工作。	人事股	县人民医院``): the
                # line goes on with the last cell of the line above, then the cells after it (its empty last
                # cells the line's trailing tabs: ``控制中心主任	县疾病预防控制中心副主任	``)
                cells = [Cell(lines[i], 0, 0)] * (short - 1) + cells
            # (a line shorter than the columns where the file's line has fewer tabs too, not only its trailing
            # empty cells stripped)
            short = len(cells) if tabbed and 1 < len(cells) < len(columns) and raw.count("\t") + 1 < len(columns) else 0
            if tabbed and 1 < len(cells) < len(columns):
                # the empty cells that ended a tab-separated row went with the line's trailing whitespace
                cells += [Cell(lines[i], len(lines[i].text), len(lines[i].text))] * (len(columns) - len(cells))
            elif spaced and starts and len(cells) < len(columns):
                # (a row short of some cells; the wrapped ends of a row's cells on a line of their own)
                opened = indent(lines[i], source)
                if (len(cells) > 1 and _WIDE_GAP.search(lines[i].text)) or opened:
                    cells = _aligned(lines[i], cells, starts, opened) or cells
            if len(cells) == 1 and len(columns) > 2 and _SECTION_ROW.fullmatch(compact(lines[i].text)):
                if row is not None:  # (``一、任命`` between the rows: a section's row, the table goes on under it)
                    yield row
                row = None
                i += 1
                continue
            if len(cells) != len(columns):
                break
            cells = [Cell(c.line, c.end, c.end) if NO_CELL.fullmatch(c.text) else c for c in cells]  # ``——``
            others = [c for n, c in enumerate(cells) if n != at]
            goes_on = not spaced or bool(starts)  # (a spaced row shows an empty cell only under its header)
            if row is not None and goes_on and (grid or cells[at].end == cells[at].start):  # goes on with the row
                grown = ((k, (*parts, c) if c.end > c.start else parts)
                         for (k, parts), c in zip(row.cells, others, strict=True))
                name = (*row.name, cells[at]) if cells[at].end > cells[at].start else row.name  # (``欧阳明`` ⏎ ``睿``)
                row = Row((*row.lines, lines[i]), name, tuple(grown))
            else:
                if row is not None:
                    yield row
                row = Row((lines[i],), (cells[at],), tuple((k, (c,)) for k, c in zip(kinds_read, others, strict=True)))
            i += 1
        if row is not None:
            yield row


def _transposed_row(lines: list[Line], i: int, kinds: dict[str, str], source: str) -> Row | None:
    """One person's record of a table set out the other way round from line ``i``: a field a line, its name in
    the first cell and its value in the second (``姓　　名	李明`` ⏎ ``职　　务	副县长`` ⏎ ``分管部门	县财政局、``
    ⏎ ``	县审计局``), a line of one cell after a tab going on with the field above; None unless line ``i`` is the
    name's field and a field of a kind the extractor reads follows."""
    field = _field(lines[i], kinds)
    if field is None or field[0] != NAME:
        return None
    name = field[1]
    cells: list[tuple[str, list[Cell]]] = []
    k = i + 1
    while k < len(lines):
        line = lines[k]
        found = _field(line, kinds)
        if found is not None and found[0] != NAME:
            cells.append((found[0], [found[1]] if not NO_CELL.fullmatch(found[1].text) else []))
        elif (found is None and cells and "\t" not in line.text
              and len(leading_tabs(line, source)) == 1):  # (the field above wrapped onto a line of its own)
            cells[-1][1].append(Cell(line, 0, len(line.text)))
        else:
            break
        k += 1
    if not any(kind not in (POST, OTHER) for kind, _ in cells):
        return None
    return Row(tuple(lines[i:k]), (name,), tuple((kind, tuple(parts)) for kind, parts in cells))


def _field(line: Line, kinds: dict[str, str]) -> tuple[str, Cell] | None:
    """A transposed table's field: a line of two tab-separated cells, a known column's name (``姓　　名``), then
    its value (not a column's name: a header of two columns is no field); its kind and its value's cell."""
    if line.text.count("\t") != 1:
        return None
    label, value = _tab_cells(line)
    kind = _kind(compact(label.text), kinds)
    if kind is None or not value.text.strip() or _kind(compact(value.text), kinds) is not None:
        return None
    return kind, value


_MOST_PARAGRAPHS = 6  # lines of a cell's paragraphs between a row's line and the line that ends the row


def _paragraphs_of_a_cell(
    lines: list[Line], i: int, short: int, width: int, is_header: Callable[[Line], bool], source: str | None = None
) -> bool:
    """Is line ``i`` (no tab) a paragraph of the cell that the row's line above ended in, its ``short`` cells
    fewer than the ``width`` columns? Only where a tab-separated line follows within a few lines whose cells
    complete the row (the cell's last paragraph, then the cells after it; ``source``: the file's text, where that
    line's leading tab shows the last paragraph empty), no section's row or table's header (``is_header``) before
    it or it."""
    if "\t" in lines[i].text:
        return False
    for j in range(i, min(i + _MOST_PARAGRAPHS, len(lines))):
        text = lines[j].text
        if "|" in text or _SECTION_ROW.fullmatch(compact(text)) or is_header(lines[j]):
            return False
        if "\t" in text:
            lead = len(leading_tabs(lines[j], source)) if source is not None else 0
            return lead + len(line_cells(lines[j])) + short - 1 == width
    return False


# A section's row between a table's rows: its number and a few words (``一、任命``, ``（二）免去``,
# ``二、市属事业单位、国有企业``).
_SECTION_ROW = LazyPattern(
    r"(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])[\u4e00-\u9fff]{1,12}(?:、[\u4e00-\u9fff]{1,12})*")


# -- tables set out a cell a line ------------------------------------------------------------------------------

_MOST_COLUMNS = 10
_HAN_NAME = LazyPattern(r"[\u4e00-\u9fff]{2,4}")  # a row's name cell, read loosely where its 序号 opens the row
_UNIT_OPENS = ("县", "市", "区", "旗", "州", "盟", "省", "乡", "镇", "人民银行", "国网", "中国", "国家", "团县委",
               "团市委")
_SECTION = LazyPattern(
    r"^(?:附件|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|\d{4}年\d{1,2}月|(?:备注|注|说明)[:：])")


@lru_cache(maxsize=8)
def _opener(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("^(?:" + "|".join(map(re.escape, sorted({*_UNIT_OPENS, *words}, key=len, reverse=True))) + ")")


def _stacked_header(lines: list[Line], i: int, kinds: dict[str, str]) -> tuple[list[str], int] | None:
    """A header whose column names stand one a line, line ``i`` among them: the columns' kinds and the index of the
    line after the header; None unless three or more such lines make a header (``_columns``)."""

    def known(k: int) -> bool:
        t = compact(lines[k].text)
        return len(t) <= 12 and _kind(t, kinds) is not None

    if not known(i):
        return None
    first, last = i, i
    while first > 0 and last - first < _MOST_COLUMNS and known(first - 1):
        first -= 1
    while last + 1 < len(lines) and last - first < _MOST_COLUMNS and known(last + 1):
        last += 1
    if last - first < 2:
        return None
    columns = _columns([compact(lines[k].text) for k in range(first, last + 1)], kinds)
    return (columns, last + 1) if columns is not None else None


# A line wider than the rows above ends the table where it reads as prose (a longer list of units does not)
_PROSE = LazyPattern(r"[，,。；;]")
_NUMBERED_HEADING = LazyPattern(r"^(?:附件|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])")


def _stacked_rows(
    lines: list[Line], j: int, columns: list[str], is_name: Callable[[str], bool], opens: re.Pattern[str],
    source: str | None = None,
) -> tuple[list[Row], int]:
    """The rows of a table set out a cell a line from line ``j`` on, and the index of the line after the table.

    A row is its cells before the name (one line each: a 序号), the name, then its lines up to the next row's,
    cut into the cells after the name (``cut_cells``). The last row ends at a section's heading or date, at a line
    wider than the table's lines once it has a line a cell, or after as many lines as the longest row above; a row
    with fewer lines than cells, or whose cuts are not clear, is left out, unless the file's empty lines inside it
    (``source``: the file's text) make up its missing cells exactly: a Word table's empty cell is an empty line
    (``李娟`` ⏎ ``县第一中学`` ⏎ ``副校长`` ⏎ ⏎ ``3``). No row is sought past a numbered heading (another table may
    follow)."""
    at = columns.index(NAME)
    after = len(columns) - at - 1
    longest = 4 * after + 2  # the most lines a row may hold
    post_next = after > 0 and columns[at + 1] == POST

    def name_at(k: int) -> bool:
        if k >= len(lines) or not is_name(compact(lines[k].text)):
            return False
        return not post_next or (k + 1 < len(lines) and title_like(lines[k + 1].text))

    def numbered_next(k: int, q: int) -> bool:
        """Does line ``q`` open the row after the row named at ``k`` with the next 序号, a name of a rare surname
        (``自国荣``) after it? (the row's first cell its number: ``8`` ⏎ ``段志强`` … ``9`` ⏎ ``自国荣``)"""
        if at != 1 or q + 1 >= len(lines):
            return False
        number, nxt, name = (compact(lines[n].text) for n in (k - 1, q, q + 1))
        return (number.isdigit() and nxt == str(int(number) + 1) and _HAN_NAME.fullmatch(name) is not None
                and not title_like(name) and (not post_next or (q + 2 < len(lines) and title_like(lines[q + 2].text))))

    def next_name(k: int) -> int:
        """The line of the next row's name after the row named at ``k``, or -1: none before a section's heading
        (``二、包村安排``: another table may follow)."""
        for q in range(k + 1, min(len(lines), k + 1 + longest + at)):
            if _NUMBERED_HEADING.match(lines[q].text):
                return -1
            if q >= k + 1 + after:
                if name_at(q + at) or numbered_next(k, q):
                    return q
            elif (source is not None and q > k + 1 and (name_at(q + at) or numbered_next(k, q))
                  and q - k - 1 + len(_empty_cells(source, lines[k : q + 1])) == after):
                return q  # (a row short of lines by its empty cells)
        return -1

    names: list[int] = []
    k = j + at if name_at(j + at) else -1
    while k >= 0:  # (``next_name`` has read the name of the row it finds)
        names.append(k)
        k = next_name(k)
        if k >= 0:
            k += at
    if not names:
        return [], j
    out: list[Row] = []
    widest = 0
    row_lines = after
    kinds_read = [c for q, c in enumerate(columns) if q != at]
    for r, n in enumerate(names):
        if r + 1 < len(names):
            end = names[r + 1] - at
        else:  # the last row
            end = n + 1
            while (end < len(lines) and end - n - 1 < row_lines and not _SECTION.match(lines[end].text)
                   and (end - n - 1 < after  # (a row has a line a cell at least, however wide)
                        or len(compact(lines[end].text)) <= max(widest, 20) + 2 or not _PROSE.search(lines[end].text))):
                end += 1
        body = list(lines[n + 1 : end])
        widest = max([widest, *(len(compact(ln.text)) for ln in body)])
        row_lines = max(row_lines, len(body))
        cut = cut_cells(body, after, opens)
        if cut is None and source is not None and len(body) < after:
            cut = _with_empty_cells(source, body, lines[n : end + 1], after)
        if cut is None:
            continue
        whole = lines[n - at : end]
        cells = [(ln,) for ln in lines[n - at : n]] + cut
        out.append(Row(
            tuple(whole),
            (Cell(lines[n], 0, len(lines[n].text)),),
            tuple((kind, tuple(Cell(ln, 0, len(ln.text)) for ln in part if not NO_CELL.fullmatch(ln.text)))
                  for kind, part in zip(kinds_read, cells, strict=True)),  # (``——``: an empty cell)
            stacked=True,
        ))
    last = names[-1]
    return out, max(last + 1, end)


def _empty_cells(source: str, run: list[Line]) -> list[int]:
    """Where the file has an empty line between two lines of ``run`` (a line of a table set out a cell a line and
    the one after it): for each empty line, the index in ``run`` of the line it follows."""
    out = []
    for k in range(len(run) - 1):
        between = source[run[k].start : run[k + 1].start].split("\n")[1:-1]  # (the lines strictly between)
        out.extend(k for piece in between if not piece.strip())
    return out


def _with_empty_cells(source: str, body: list[Line], run: list[Line], cells: int) -> list[list[Line]] | None:
    """The cells of a row's lines after its name, ``body``, one line a cell and an empty cell for each empty line
    of the file among them (``run``: the name, the body and the line after it, if any); None unless they make
    ``cells`` cells exactly."""
    empty = _empty_cells(source, run)
    if not body or len(body) + len(empty) != cells:
        return None
    out: list[list[Line]] = [[] for k in empty if k == 0]
    for k, ln in enumerate(body, start=1):
        out.append([ln])
        out.extend([] for e in empty if e == k)
    return out


def leading_tabs(line: Line, source: str) -> list[Cell]:
    """The empty cells a tab-separated line opened with (the layout strips them with the line's indentation)."""
    begin = source.rfind("\n", 0, line.start) + 1
    return [Cell(line, 0, 0)] * source.count("\t", begin, line.start)


_ALIGN = 2.0  # full-width cells a spaced row's cell may stand off its column's start


def column_starts(head: Line, source: str | None) -> list[float]:
    """Where each column of a header set out with runs of spaces starts (display columns, its indentation counted
    where ``source``, the file's text, is given); [] for a header set out otherwise (single spaces show nothing)."""
    if not _WIDE_GAP.search(head.text):
        return []
    return [indent(head, source) + display_width(head.text[: c.start]) for c in line_cells(head)]


def under_columns(line: Line, starts: list[float], source: str | None) -> list[Cell] | None:
    """The cells of a line set out under a header's columns (``column_starts``), an empty cell where none stands;
    None if a cell stands under no column."""
    return _aligned(line, line_cells(line), starts, indent(line, source))


def indent(line: Line, source: str | None) -> float:
    """The display width of the whitespace that opened ``line`` in the file (the layout strips it)."""
    if source is None:
        return 0
    return display_width(source[source.rfind("\n", 0, line.start) + 1 : line.start])


def _aligned(line: Line, cells: list[Cell], starts: list[float], indent: float = 0) -> list[Cell] | None:
    """A row set out with spaces under its header, short of some cells (left empty): each cell under the column
    that starts where it starts (``starts``: the header's cells' display columns; ``indent``: the width of the
    whitespace before the line), the others empty; None if a cell stands under no column or two under one."""
    out: list[Cell | None] = [None] * len(starts)
    last = -1
    for c in _split_across(line, cells, starts, indent):
        pos = indent + display_width(line.text[: c.start])
        j = min(range(len(starts)), key=lambda k: abs(starts[k] - pos))
        if abs(starts[j] - pos) > _ALIGN or j <= last:
            return None
        out[j], last = c, j
    return [c if c is not None else Cell(line, len(line.text), len(line.text)) for c in out]


def _split_across(line: Line, cells: list[Cell], starts: list[float], indent: float) -> list[Cell]:
    """The cells, a cell that runs on under a later column cut where that column starts (single letters spaced
    out and merged, ``海  斌   男``, run over the 性别 column: ``海  斌`` | ``男``)."""
    out: list[Cell] = []
    for c in cells:
        lo = indent + display_width(line.text[: c.start])
        hi = indent + display_width(line.text[: c.end])
        cuts = [s for s in starts if lo + _ALIGN < s <= hi - 0.5]
        if not cuts:
            out.append(c)
            continue
        words = [m.span() for m in re.finditer(r"\S+", line.text[c.start : c.end])]
        pieces: list[list[tuple[int, int]]] = [[]]
        for a, b in words:
            pos = indent + display_width(line.text[: c.start + a])
            if pieces[-1] and any(pos + _ALIGN >= s > indent + display_width(line.text[: c.start + pieces[-1][-1][1]])
                                  for s in cuts):
                pieces.append([])
            pieces[-1].append((a, b))
        out.extend(Cell(line, c.start + p[0][0], c.start + p[-1][1]) for p in pieces if p)
    return out


# -- tables of units, one a row, whose columns name the leaders who hold them -----------------------------------

UNIT = "unit"


@dataclass(frozen=True)
class UnitRow:
    """One unit's row: the lines it stands on, the unit cell, and each leader column's cell with its kind."""

    lines: tuple[Line, ...]
    unit: Parts
    cells: tuple[tuple[str, Parts], ...]


def unit_rows(lines: list[Line], kinds: dict[str, str], text: str | None = None) -> Iterator[UnitRow]:
    """The rows of every table of units whose columns name leaders (``序号 单位名称 分管县领导 联系县领导``, tabs or
    bars between the cells): after a header whose every cell is a known column (``kinds``: one of them the unit,
    one a leader's), each line with a cell under every column. A tab-separated row whose unit cell held several
    units a line (``2	县发展和改革局`` ⏎ ``县统计局	钟立群	汤瑞``) is one row, its unit cell on each line."""
    hint = longest_first(tuple(n for n, kind in kinds.items() if kind == UNIT))
    if text is not None and not hint.search(text):
        return
    i = 0
    while i < len(lines):
        head = lines[i]
        i += 1
        if ("\t" not in head.text and "|" not in head.text) or not hint.search(head.text):
            continue
        columns = [_unit_kind(compact(c.text), kinds) for c in line_cells(head)]
        if None in columns or columns.count(UNIT) != 1 or not set(columns) - {UNIT, OTHER}:
            continue
        at = columns.index(UNIT)
        while i < len(lines):
            row = _unit_row(lines, i, columns, at)
            if row is None:
                break
            yield row
            i += len(row.lines)


_MOST_UNIT_LINES = 6  # lines of one unit cell that held its units a line


def _unit_row(lines: list[Line], i: int, columns: list[str | None], at: int) -> UnitRow | None:
    """The row of a table of units that starts at line ``i``, or None where the line starts none."""
    cells = line_cells(lines[i])
    used = [lines[i]]
    unit: list[Cell] = [cells[at]] if at < len(cells) else []
    if len(cells) < len(columns) and "\t" in lines[i].text and at == len(cells) - 1:
        j = i + 1
        while j < len(lines) and j - i < _MOST_UNIT_LINES:
            nxt = line_cells(lines[j])
            if "\t" not in lines[j].text and len(nxt) == 1:  # a unit alone on its line
                unit.append(nxt[0])
            elif len(cells) - 1 + len(nxt) == len(columns):  # the line that ends the unit cell and the row
                unit.append(nxt[0])
                cells = [*cells, *nxt[1:]]
            else:
                break
            used.append(lines[j])
            j += 1
            if len(cells) == len(columns):
                break
    if len(cells) != len(columns) or not unit:
        return None
    parts: list[Parts] = [(c,) for c in cells]
    k = i + len(used)
    if at != len(columns) - 1 and k < len(lines) and "\t" not in lines[k].text and len(compact(lines[k].text)) <= 2:
        parts[-1] = (*parts[-1], Cell(lines[k], 0, len(lines[k].text)))  # the last cell's end (``骆晓`` ⏎ ``东``)
        used.append(lines[k])
    others = tuple((kind, p) for n, (kind, p) in enumerate(zip(columns, parts, strict=True))
                   if n != at and kind not in (OTHER, UNIT) and kind is not None)
    return UnitRow(tuple(used), tuple(unit), others)


def _unit_kind(name: str, kinds: dict[str, str]) -> str | None:
    """A column's kind in a table of units: its name, the note that says what it holds (``A角（分管县领导）``), or
    its name without a note."""
    noted = column_note(name)
    return kinds.get(name) or (kinds.get(noted[1]) or kinds.get(noted[0]) if noted else None)
