"""The tables of a roster: roles by column, one person a row, grouped, numbered, or set out a cell a line.

A roster published as a table (a Word file's table flattened to tabs, a PDF's cells one a line, a Markdown or grid
table, columns set out with spaces) names its members by column rather than by label: ``工作组 | 组长 | 成员单位``
(``roster_table``), ``专班职务 | 姓名 | 单位及职务`` (``role_table``), ``组别 | 专班职务 | 姓名 | 单位及职务``
(``grouped_role_table``) and their variants. ``TableReaders`` holds these readers; the roster scan (``rosters``)
is one, and calls each where a line opens its table's header. A reader returns the index of the line after its
table, or None, and adds the facts of each row to the scan's ``table_facts``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from graph_build.extractors import column_table
from graph_build.extractors.assignment_cells import fragments, merge_single_chars
from graph_build.extractors.assignment_grid import SECTION_ROW, Cell, bordered_cells
from graph_build.extractors.base import Context
from graph_build.extractors.roster_lexicon import Lexicon, parse_people, title_truncated, unit_parts
from graph_build.layout import Block, Line, display_width, working_copy
from graph_build.notices import Notice
from graph_build.patterns import LazyPattern
from graph_build.people import PersonSpan, compact, dotted_name, is_name, long_name, strip_span, title_like, title_spans
from graph_build.records import Fact, Membership
from graph_build.source import SourceText
from graph_build.units import UNIT_SUFFIX

if TYPE_CHECKING:
    from graph_build.extractors.rosters import Label

_LIST_SEPARATORS = ("、", "，", ",")
SEQUENCE = "序号"
MEMBER_ROLES = ("成员", "委员")
_MODIFIED = "常务"  # a role made senior (``常务副主任``)
BARE_ROLE_COLUMN = "职务"
# A column of a roster's table that says each row's role in the body (``安委会职务``, ``在领导小组职务``), besides
# the vocabulary's ``role_columns``: a body's kind, then 职务.
ROLE_COLUMN = LazyPattern(r"(?:在|本)?[\u4e00-\u9fff]{0,8}(?:组|委|会|部|班)(?:内|中)?职务")
_NAME_CELL = LazyPattern(r"[\u4e00-\u9fff]{2,4}")  # what a table's name column holds for a person
_REMARK_COLUMNS = ("备注",)  # a roster table's column read for nothing
_SEQ_CELL = LazyPattern(r"\d{0,3}")  # a 序号's cell (empty under a merged one)
_LEADERS_GROUP = "领导"  # a table's group of the body's own leaders (``专班领导``)
_OFFICE_WORD = "办公室"
_OFFICE_HEADS = ("主任", "副主任")  # the office's heads, named on the body (``办公室主任``)
# A remark that gives a member a second role, the office's head (``兼指挥部办公室主任``, ``兼任办公室副主任``).
_OFFICE_REMARK = LazyPattern(r"^\s*兼(?:任)?[\u4e00-\u9fff]{0,12}?(办公室(?:常务)?副?主任)\s*$")
# A row of a grouped roster table: its group and role (merged cells: those above), the row's block, and the spans in
# it of the name (or unit) and of the posts (or the unit's head).
_GroupRow = tuple[str | None, str, Block, tuple[int, int], tuple[int, int]]
_RULE = LazyPattern(r"[\s|:\-—]{3,}")
_CONTACT = LazyPattern(r"[\d*＊xX×\-－—()（）/、]{5,}")  # a telephone number, maybe masked (``139****6218``)
# A table's row that opens the body's office's part (``指挥部办公室（设在县应急管理局）``, ``办公室成员``).
_OFFICE_SECTION = LazyPattern(r"[\u4e00-\u9fff“”]{0,24}办公室(?:[(（][^()（）]{1,24}[)）])?(?:成员|组成人员)?")
_NO_NAME = " \t　—－-/／"  # what a name cell left empty holds (``—	各镇人民政府主要负责人``: units, through heads)
_GRID_RULE = LazyPattern(r"\+[-=:]+(?:\+[-=:]+)*\+")  # a grid table's rule between its rows (``+------+------+``)

# A role table's rows (each its cells), a grid row's posts wrapped onto the lines under it (by the row's index), the
# index of the line after the table, and the index of the first row under the body's office's section row (or None).
_RoleRows = tuple[list[list[Cell]], dict[int, list[Cell]], int, int | None]


@dataclass
class _RoleColumns:
    """Where a role table (``TableReaders.role_table``) has its columns: the names in its header, the role's, the
    name's and the posts' (if any) index, and how it is set out (a cell a line; bars around its cells)."""

    head: list[str]
    at_role: int
    at_name: int
    at_post: int | None
    stacked: bool
    bordered: bool
    contacts: int = 0  # (a cell a line) the contact columns after them (``联系电话``), whose cells are passed over


class TableReaders:
    """The roster scan's readers of tables. They read and change the scan's state, declared here: its lines (and
    each without whitespace), the body and role in force, the facts read whole from rows and the line numbers
    used; and they call the scan for a body when no heading named one and for the facts of a row."""

    notice: Notice
    source: SourceText
    ctx: Context
    lex: Lexicon
    lines: list[Line]
    flat: list[str]
    body: str | None
    role: Label | None
    table_facts: list[Fact]
    consumed: set[int]
    person_members: bool
    group_ends: tuple[str, ...]
    fallback_body: Callable[[int], str]
    person_facts: Callable[[Block, list[PersonSpan], str, str], Iterator[Fact]]
    unit_facts: Callable[[Block, int, int, str, str], Iterator[Fact]]

    def roster_table(self, i: int) -> int | None:
        """A roster set out as a table of roles by column, one row a line: a header of known column names, each a
        role or a column read for nothing, the first naming a sub-group (``工作组  组长  成员单位  主要职责``) or a
        序号 or a role (``序号 | 成员单位 | 联络员 | 职务``); then rows of as many cells, the first a group, a number or
        any text as the header says. A line set out under the header's columns with its first cell empty goes on
        with the row above (a cell's list wrapped after ``、``). Each role's cell gives its people (with the posts
        of a 职务 column right after it), or else its units, in the body in force (``<body>/<group>`` for a group).
        Returns the index of the line after the table, or None when line ``i`` is no such header or no row
        follows it."""
        found = self._table_header(self.lines[i])
        if found is None:
            return None
        head, starts = found
        main = self.body or self.fallback_body(i)  # (an attachment of its own: the notice's body)
        if not main:
            return None
        # the group's column first, or after a 序号 (``序号  专业委员会  主任  副主任  成员单位``)
        at_group = 0 if head[0] in self.lex.group_columns else 1 if (
            head[0] == SEQUENCE and len(head) > 2 and head[1] in self.lex.group_columns) else None
        grouped = at_group == 0
        rows: list[tuple[str, list[list[Cell]]]] = []  # (the first cell's text, each column's parts)
        k = i + 1
        if k < len(self.lines) and _RULE.fullmatch(self.notice.lines[k].text):
            self.consumed.add(self.lines[k].number)
            k += 1  # the rule under a Markdown table's header (``|---|---|``)
        while k < len(self.lines):
            line = self.lines[k]
            # (a row with bars keeps its empty cells: read where they stand, the same offsets as the line's)
            written = self.notice.lines[k]
            barred = "|" in written.text
            row = [Cell(line, c.start, c.end) for c in column_table.line_cells(written if barred else line)]
            if barred and len(row) == len(head) - 1 and written.text.endswith("|"):
                row.append(Cell(line, len(line.text), len(line.text)))  # ``… | 分管负责同志 |``: the last cell empty
            if len(row) != len(head) and starts and not barred:  # (``金  鑫    姜  涛``: cells by their columns)
                row = column_table.under_columns(line, starts, self.source.text) or row
            if len(row) < len(head):  # a cell that ran over its column, a single space after it
                row = [Cell(f.line, f.start, f.end) for f in merge_single_chars(fragments(line))] or row
            first = compact(row[0].text) if row else ""
            if len(row) == len(head) and self._row_opens(head[0], first, grouped):
                rows.append((first, [[c] for c in row]))
            else:
                right_under = rows and line.number == self.lines[k - 1].number + 1  # (not after a blank line)
                under = column_table.under_columns(line, starts, self.source.text) if starts and right_under else None
                if under is None or under[0].end > under[0].start:
                    break
                for parts, c in zip(rows[-1][1][1:], under[1:], strict=True):
                    if c.end > c.start:
                        parts.append(c)
            self.consumed.add(line.number)
            k += 1
        if not rows:
            return None
        for _, columns in rows:
            group = "".join(compact(c.text) for c in columns[at_group]) if at_group is not None else None
            body = f"{main}/{group}" if group else main  # (a group's name wrapped under its column: joined)
            for n, (column, parts) in enumerate(zip(head, columns, strict=True)):
                if column in self.lex.roles:
                    posts = columns[n + 1] if n + 1 < len(head) and head[n + 1] in self.lex.post_columns else []
                    self._table_cell(parts, body, column, posts[0] if posts else None)
        self.consumed.add(self.lines[i].number)
        self.role = None
        return k

    def stacked_roster_table(self, i: int) -> int | None:
        """A table of a roster's sub-groups (``roster_table``) set out a cell a line: the column names one a
        line (``专项工作组`` ⏎ ``组长`` ⏎ ``牵头单位`` ⏎ ``成员单位``), then each group's cells, one a line, in that
        order. The table ends at a line that opens no group where a row should start. Returns the index of the
        line after the table, or None when no row follows the header."""
        main = self.body or self.fallback_body(i)
        if not main:
            return None
        k = i + 1
        while k < len(self.lines) and self.flat[k] in (*self.lex.roles, *self.lex.group_table_other):
            k += 1
        head = self.flat[i:k]
        width = len(head)
        rows: list[list[Line]] = []
        while k + width <= len(self.lines) and self._row_opens(head[0], self.flat[k], grouped=True) and all(
                self.flat[q] not in head and not self._row_opens(head[0], self.flat[q], grouped=True)
                for q in range(k + 1, k + width)):
            rows.append(self.lines[k : k + width])
            k += width
        if not rows:
            return None
        for row in rows:
            body = f"{main}/{compact(row[0].text)}"
            for column, line in zip(head[1:], row[1:], strict=True):
                if column in self.lex.roles:
                    self._table_cell([Cell(line, 0, len(line.text))], body, column)
        self.consumed.update(ln.number for ln in self.lines[i:k])
        self.role = None
        return k

    def role_table(self, i: int) -> int | None:
        """A roster's table of one person a row whose first column says the role (``专班职务 | 姓名 | 单位及职务``),
        a row a line (tabs or bars between the cells), or set out a cell a line by a PDF: the column names one a
        line (``组内职务`` ⏎ ``姓　名`` ⏎ ``工作单位及职务``), then each row's role, name and posts one a line (a
        role cell merged over the rows below it stands only on the first: the others are a name and its posts). A
        row whose role is no role or whose name is no name ends the table. Returns the index of the line after the
        table, or None when no row follows a header."""
        main = self.body or self.fallback_body(i)
        if main is None:
            return None
        cols = self._role_columns(i)
        if cols is None:
            return None
        read = self._role_rows(i + (len(cols.head) + cols.contacts if cols.stacked else 1), cols, main)
        if read is None:
            return None
        rows, wrapped, k, office_from = read
        at_role, at_name, at_post = cols.at_role, cols.at_name, cols.at_post
        for r, cells in enumerate(rows):
            before = len(self.table_facts)
            self._role_row(cells, at_name, at_post, main, at_role, office=office_from is not None and r >= office_from)
            if r in wrapped and len(self.table_facts) > before:
                self._wrapped_posts(before, wrapped[r])
            for n, cell in enumerate(cells):
                m = None if n in (at_role, at_name, at_post) else _OFFICE_REMARK.search(cell.text)
                if m is not None:  # (a remark, ``兼指挥部办公室主任``: the person's second role)
                    self._role_row([*cells[:at_role], Cell(cell.line, cell.start + m.start(1), cell.start + m.end(1)),
                                    *cells[at_role + 1 :]], at_name, at_post, main, at_role)
        self.consumed.update(ln.number for ln in self.lines[i : k])
        self.role = None
        return k

    def _role_columns(self, i: int) -> _RoleColumns | None:
        """The columns of a role table whose header is line ``i`` (with the lines under it, for a header set out a
        cell a line), or None when it is no such header: a role column, a name column, maybe a posts column."""
        head = [compact(c.text) for c in column_table.line_cells(self.lines[i])]
        stacked = len(head) == 1
        bordered = not stacked and bordered_cells(self.notice.lines[i]) is not None  # (``| 职务 | 姓名 | … |``)
        if stacked:
            while len(head) < 3 and i + len(head) < len(self.lines) and self.flat[i + len(head)] in (
                    "姓名", *self.lex.post_columns):
                head.append(self.flat[i + len(head)])
        at_role = next((n for n, name in enumerate(head) if self._role_column(name)), None)
        if at_role is None and head[:2] == [BARE_ROLE_COLUMN, "姓名"] and head[2:3] and (
                head[2] in self.lex.post_columns) and (stacked or bordered or "\t" in self.lines[i].text):
            at_role = 0  # (``职务`` ⏎ ``姓名`` ⏎ ``单位及职务``, a cell a line or tabs: the first column is the roles)
        if at_role is None or (stacked and at_role != 0) or "姓名" not in head:
            return None
        at_post = next((n for n, name in enumerate(head) if name in self.lex.post_columns and n != at_role), None)
        contacts = 0
        while stacked and i + len(head) + contacts < len(self.lines) and (
                self.flat[i + len(head) + contacts] in self.lex.contact_columns):
            contacts += 1
        return _RoleColumns(head, at_role, head.index("姓名"), at_post, stacked, bordered, contacts)

    def _role_rows(self, k: int, cols: _RoleColumns, main: str) -> _RoleRows | None:
        """The rows of a role table from line ``k`` (``_RoleRows``); None when none reads or a row goes on under
        the role above in a way this table does not read (``roster_table``'s). Units named through their heads in
        a row without a name are read on the way (``县统计局主要负责人``)."""
        head, at_role, at_name, at_post, stacked, bordered = (
            cols.head, cols.at_role, cols.at_name, cols.at_post, cols.stacked, cols.bordered)
        rows: list[list[Cell]] = []
        wrapped: dict[int, list[Cell]] = {}
        grid = False  # rows set apart by ``+-----+`` rules: a line with its posts alone is the row's above
        office_from: int | None = None
        unit_role: Cell | None = None  # the role of the rows of units a row names (``成员单位		县委组织部``)
        while k < len(self.lines):
            tabbed = False
            if not stacked and SECTION_ROW.match(self.flat[k]) and k + 1 < len(self.lines) and (
                    "\t" in self.lines[k + 1].text or "|" in self.notice.lines[k + 1].text):
                self.consumed.add(self.lines[k].number)  # (``一、指挥部组成人员``, ``三、成员单位``: a section's row
                k += 1  # with a line of cells under it; the rows say their roles)
                continue
            if rows and cols.contacts and _CONTACT.fullmatch(self.flat[k]):
                self.consumed.add(self.lines[k].number)  # (a contact column's cell: ``139****6218``)
                k += 1
                continue
            if rows and not stacked and office_from is None and _OFFICE_SECTION.fullmatch(self.flat[k]):
                office_from = len(rows)  # (``指挥部办公室（设在县应急管理局）``: the rows under it are the office's)
                self.consumed.add(self.lines[k].number)
                k += 1
                continue
            again = self._header_again(k, head, stacked) if rows else 0
            if again:  # (the header a word processor repeats at a page's top: the table goes on under it)
                self.consumed.update(ln.number for ln in self.lines[k : k + again])
                k += again
                continue
            if stacked and rows and len(head) == 3 and at_name == 1 and self._nameless_row(k):
                # (a row whose name cell is empty: its posts alone, a role's row after them; a unit's head, a member
                # through the unit: ``县统计局主要负责人``)
                self._headed_unit(self.lines[k], rows[-1][0], main)
                k += 1
                continue
            if stacked and rows and len(head) == 3 and at_name == 1 and self._unit_then_head(k):
                # (a unit in the name's cell, its head's title in the posts': ``县供电有限公司`` ⏎ ``总经理``, a
                # member through its head under the role above)
                block = Block.from_lines(self.source, self.lines[k : k + 2])
                self.table_facts.extend(self.unit_facts(block, 0, len(block.text), main, self._written(rows[-1][0])))
                k += 2
                continue
            if stacked and rows and len(head) == 3 and at_name == 1 and self._merged_role(k):
                used = self.lines[k : k + 2]  # (a role cell merged over the rows below it: the role above)
                cells = [rows[-1][0], *(Cell(ln, 0, len(ln.text)) for ln in used)]
            elif stacked:
                used = self.lines[k : k + len(head)]
                cells = [Cell(ln, 0, len(ln.text)) for ln in used]
            elif bordered and (_RULE.fullmatch(self.notice.lines[k].text) or _GRID_RULE.fullmatch(self.flat[k])):
                self.consumed.add(self.lines[k].number)  # (a rule between a Markdown or grid table's rows)
                grid = grid or _GRID_RULE.fullmatch(self.flat[k]) is not None
                k += 1
                continue
            elif bordered and (walls := bordered_cells(self.notice.lines[k])) is not None:
                used = self.lines[k : k + 1]  # (the bars keep each cell in its column, an empty one empty)
                cells, tabbed = [Cell(used[0], c.start, c.end) for c in walls], True
                if grid and rows and at_post is not None and len(cells) == len(head) and not any(
                        cells[n].text.strip() for n in range(len(head)) if n != at_post):
                    wrapped.setdefault(len(rows) - 1, []).append(cells[at_post])  # (a grid row's posts wrapped onto
                    self.consumed.add(used[0].number)  # its next line: the end of its last post)
                    k += 1
                    continue
            elif rows and at_post is not None and self._wrapped_post_line(k, rows[0][at_post], rows[-1][at_post]):
                wrapped.setdefault(len(rows) - 1, []).append(Cell(self.lines[k], 0, len(self.lines[k].text)))
                self.consumed.add(self.lines[k].number)  # (a spaced row's posts wrapped onto a line of their own,
                k += 1  # under the posts' column: ``县文化广播电视和旅游局（县`` ⏎ ``体育局）局长``)
                continue
            else:
                used = self.lines[k : k + 1]
                cells = column_table.line_cells(used[0])
                lead = column_table.leading_tabs(used[0], self.source.text)
                cells = lead + cells  # (the empty cells the line opened with: ``	海燕	副区长``)
                tabbed = bool(lead) or "\t" in used[0].text
                if (rows and lead and at_role != 0 and len(lead) >= at_role + 1 and len(cells) == at_name + 1
                        and at_post is not None and at_name < at_post
                        and not _cell_name(compact(cells[at_name].text), "")
                        and self._headed_unit(used[0], rows[-1][at_role], main, cells[at_name])):
                    k += 1  # (two empty cells, then ``各乡镇党委书记`` under ``序号 | 职务 | 姓名``: units through
                    continue  # their heads in the name's cell, members under the role above)
            if (not stacked and tabbed and at_post is not None and max(at_role, at_name, at_post) < len(cells)
                    and not cells[at_name].text.strip(_NO_NAME) and cells[at_post].text.strip(_NO_NAME)):
                role_text = compact(working_copy(cells[at_role].text))
                if role_text in self.lex.unit_roles or (unit_role is not None and not role_text):
                    # a row of a unit in the posts' column under a role of units (``1 | 成员单位 | | 县委组织部``,
                    # then ``2 | | | 县财政局``): the unit is a member
                    unit_role = cells[at_role] if role_text else unit_role
                    assert unit_role is not None
                    block = Block.from_lines(self.source, used)
                    self.table_facts.extend(self.unit_facts(block, cells[at_post].start, cells[at_post].end, main,
                                                            self._written(unit_role)))
                    self.consumed.add(used[0].number)
                    k += 1
                    continue
            if (rows and not stacked and at_role == len(head) - 1 and len(cells) >= len(head) - 1
                    and not "".join(c.text for c in cells[at_role:]).strip("—－- ")):
                # the role column last, a row's role cell empty: merged with the role above (``18	凌志勇	…局长	``)
                cells = [*cells[:at_role], rows[-1][at_role]]
            elif (rows and not stacked and at_role < len(head) - 1 and tabbed
                    and max(at_role, at_name, at_post or 0) < len(cells) <= len(head)
                    and not cells[at_role].text.strip("—－- ")):
                # the role column first or among others (``序号	指挥部职务	姓名	…``), a row's role cell empty:
                # merged with the role above
                cells = [*cells[:at_role], rows[-1][at_role], *cells[at_role + 1 :]]
                if (at_post is not None and at_post < len(cells) and not cells[at_name].text.strip(_NO_NAME)
                        and self._headed_unit(used[0], cells[at_role], main, cells[at_post])):
                    k += 1  # (``		县消防救援大队主要负责人``: units through their heads, under the role above)
                    continue
            if not stacked and tabbed and max(at_role, at_name, at_post or 0) < len(cells) < len(head):
                cells = [*cells, *[Cell(used[0], len(used[0].text), len(used[0].text))] * (len(head) - len(cells))]
                # (the columns after the role, name and posts left empty: ``联系电话``, ``备注``)
            if len(cells) != len(head) or not cells[at_role].text.strip("—－- "):
                if rows and not stacked and len(cells) >= len(head) - 1:
                    return None  # a row that goes on under the role above (an empty role cell): ``roster_table``'s
                break
            if (rows and tabbed and not cells[at_name].text.strip(_NO_NAME) and at_post is not None
                    and cells[at_post].text.strip(_NO_NAME)):
                # a row whose name cell is empty (``16		镇交管站站长	成员``): a unit through its head where its
                # posts say one, else a post left vacant; the table goes on under it
                self._headed_unit(used[0], cells[at_role], main, cells[at_post])
                k += len(used)
                continue
            if not self._role_row_reads(cells, at_name, at_role, at_post, office=not stacked):
                break
            rows.append(cells)
            k += len(used)
        return (rows, wrapped, k, office_from) if rows else None

    def _header_again(self, k: int, head: list[str], stacked: bool) -> int:
        """How many lines from line ``k`` repeat a role table's header (``专班职务`` ⏎ ``姓名`` ⏎ ``单位及职务``, or
        its one line of cells); 0 where they do not."""
        if stacked:
            return len(head) if [compact(f) for f in self.flat[k : k + len(head)]] == head else 0
        return 1 if [compact(c.text) for c in column_table.line_cells(self.lines[k])] == head else 0

    def numbered_role_table(self, i: int) -> int | None:
        """A role table (``role_table``) set out a cell a line whose first column is the 序号: the column names
        one a line (``序号`` ⏎ ``姓名`` ⏎ ``工作单位及职务`` ⏎ ``领导小组职务``, a name cut over two lines: ``领导小组``
        ⏎ ``职务``), then each row's number, name, posts and role one a line, the rows numbered 1, 2, 3 in turn. A
        role cell merged over the rows below it stands only on the first: a row with no line under the role is
        under the role above. A row that does not read so ends the table. Returns the index of the line after the
        table, or None when line ``i`` opens no such table or no row follows its header."""
        main = self.body or self.fallback_body(i)
        if main is None:
            return None
        n, head, k = len(self.lines), [SEQUENCE], i + 1
        while len(head) < 4 and k < n:
            t = self.flat[k]
            if t == "姓名" or t in self.lex.post_columns or self._role_column(t):
                head.append(t)
                k += 1
            elif k + 1 < n and self._role_column(t + self.flat[k + 1]) and not self._role_column(self.flat[k + 1]):
                head.append(t + self.flat[k + 1])  # (``领导小组`` ⏎ ``职务``: one column's name)
                k += 2
            else:
                break
        at_role = next((m for m, name in enumerate(head) if self._role_column(name)), None)
        at_post = next((m for m, name in enumerate(head) if name in self.lex.post_columns), None)
        if len(head) != 4 or at_role is None or at_post is None or "姓名" not in head:
            return None
        at_name = head.index("姓名")
        rows: list[list[Cell]] = []
        while k < n and self.flat[k] == str(len(rows) + 1):
            cells = [Cell(ln, 0, len(ln.text)) for ln in self.lines[k : k + 4]]
            after = k + 4
            if len(cells) < 4 or not self._role_row_reads(cells, at_name, at_role, at_post):
                if not rows or at_role != 3:
                    break
                cells = [*cells[:3], rows[-1][at_role]]  # (the role last, its cell merged: the role above)
                after = k + 3
                if not self._role_row_reads(cells, at_name, at_role, at_post):
                    break
            rows.append(cells)
            k = after
        if not rows:
            return None
        for cells in rows:
            self._role_row(cells, at_name, at_post, main, at_role)
        self.consumed.update(ln.number for ln in self.lines[i:k])
        self.role = None
        return k

    def _wrapped_post_line(self, k: int, post: Cell, last: Cell) -> bool:
        """Is line ``k`` of a table set out with spaces the end of the last row's posts (``last``, cut short: ``…局
        （县``), alone on its line under the posts' column (where ``post``, the first row's posts cell, starts)?"""
        line = self.lines[k]
        if "\t" in line.text or "|" in line.text or len(column_table.line_cells(line)) != 1 or "\t" in post.line.text:
            return False
        if not title_truncated(last.text, self.lex):
            return False  # (the posts end whole: the line is another row's, ``…局局长`` ⏎ ``市生态环境局某分局``)
        src = self.source.text
        at = column_table.indent(post.line, src) + display_width(post.line.text[: post.start])
        return abs(column_table.indent(line, src) - at) <= 1

    def _wrapped_posts(self, at: int, parts: list[Cell]) -> None:
        """The member read at ``table_facts[at]`` with the end of its posts, which its grid row wrapped onto the
        lines under it (``县委常委、常务副县`` ⏎ ``长``): the last post goes on, or another follows a 、."""
        fact = self.table_facts[at]
        if not isinstance(fact, Membership) or not fact.titles:
            return
        more = "".join(self._written(c) for c in parts)
        titles = [*fact.titles[:-1], fact.titles[-1] + more]
        titles = [t for title in titles for t in title.split("、") if t]
        self.table_facts[at] = replace(fact, titles=tuple(titles))

    def grouped_role_table(self, i: int) -> int | None:
        """A roster's table whose first column names the sub-group and the second the role (``组别 | 专班职务 | 姓名
        | 单位及职务``), each merged over the rows below it: a group's name or a role stands only on the first row
        that has it. Set out a cell a line (``组别`` ⏎ ``专班职务`` ⏎ ``姓名`` ⏎ ``单位及职务``: a row is a name and its
        posts, or a unit and its head, ``国网某县供电公司`` ⏎ ``主要负责人``, under the last group and role above) or a
        row a line with tabs (a merged cell left empty). A group of the body's leaders (``专班领导``) is the body
        itself, its office's 主任 the body's 办公室主任. Returns the index of the line after the table, or None when
        line ``i`` opens no such table or no row follows it."""
        main = self.body or self.fallback_body(i)
        if main is None:
            return None
        head = [compact(c.text) for c in column_table.line_cells(self.lines[i])]
        tabbed = len(head) >= 4
        if not tabbed:
            head = [compact(working_copy(t)) for t in self.flat[i : i + 4]]
        # (a 序号 before the group's column, a phone's or a remark's after the posts': a spreadsheet's
        # ``序号 | 组别 | 职务 | 姓名 | 单位及职务 | 联系电话``, tab-separated)
        tab_separated = "\t" in self.lines[i].text
        first = 1 if tabbed and tab_separated and head[:1] == [SEQUENCE] else 0
        rest = head[first + 4 :]
        if rest and not (tab_separated and all(c in self.lex.contact_columns or c in _REMARK_COLUMNS for c in rest)):
            return None
        head = head[first : first + 4]
        role_column = head[1:2] and (head[1] in self.lex.role_columns or head[1] == BARE_ROLE_COLUMN)
        if len(head) != 4 or head[0] not in self.lex.group_columns or not role_column or (
                head[2] != "姓名" or head[3] not in self.lex.post_columns):
            return None
        if tabbed and "\t" not in self.lines[i].text:  # (set out with spaces: each cell under its column's start)
            rows = self._tabbed_group_rows(i + 1, column_table.column_starts(self.lines[i], self.source.text))
        else:
            rows = self._tabbed_group_rows(i + 1, at=first, main=main) if tabbed else self._stacked_group_rows(i + 4)
        if not rows[0]:
            return None
        for group, role, block, name, posts in rows[0]:
            body, role_name = main, role
            if self._office_role(role):
                role_name = role  # (``办公室主任`` under ``办公室``: the body's)
            elif group is not None and _OFFICE_WORD in group:
                if role in _OFFICE_HEADS:
                    role_name = _OFFICE_WORD + role
                else:
                    body = f"{main}/{_OFFICE_WORD}"
            elif group is not None and not group.endswith(_LEADERS_GROUP) and not main.endswith(group):
                body = f"{main}/{group}"  # (not ``指挥部`` of ``某镇防汛抗旱指挥部``: the body itself)
            headed = self.lex.head_re.fullmatch(compact(block.text[posts[0] : posts[1]])) is not None
            people = None if headed else parse_people(block.text, *name, self.lex)
            if not headed and not people and _NAME_CELL.fullmatch(compact(block.text[name[0] : name[1]])) and (
                    title_like(compact(block.text[posts[0] : posts[1]]))):
                people = [PersonSpan(strip_span(block.text, *name), [])]  # (``岩温香``: the name's column says so)
            if people:
                people[0].titles = title_spans(block.text, *posts)
                self.table_facts.extend(self.person_facts(block, people[:1], body, role_name))
                self.person_members |= role in MEMBER_ROLES
            else:
                self.table_facts.extend(self.unit_facts(block, name[0], posts[1], body, role_name))
        k = rows[1]
        self.consumed.update(ln.number for ln in self.lines[i:k])
        self.role = None
        return k

    def _office_role(self, text: str) -> bool:
        """Is ``text`` (a role's cell) the body's office's head (``办公室主任``, ``办公室常务副主任``)?"""
        return text.startswith(_OFFICE_WORD) and text[len(_OFFICE_WORD) :].removeprefix(_MODIFIED) in _OFFICE_HEADS

    def _group_opens(self, text: str) -> bool:
        """Is ``text`` (a cell, whitespace removed) the name of a roster's sub-group (or its leaders, its office)?"""
        return len(text) <= 12 and (
            text.endswith(self.group_ends) or text.endswith(_LEADERS_GROUP) or _OFFICE_WORD in text)

    def _member_reads(self, name: str, posts: str) -> bool:
        """Does a row name a person (``posts`` beside the name), or a unit through its head? Under the name's
        column, two to four letters beside posts are a name whatever its surname (``岩温香`` of the Dai)."""
        return (self.lex.head_re.fullmatch(posts) is not None or is_name(name, strict=True)
                or long_name(name, shortest=3) or (_NAME_CELL.fullmatch(name) is not None and title_like(posts)))

    def _stacked_group_rows(self, k: int) -> tuple[list[_GroupRow], int]:
        """The rows of a grouped roster table set out a cell a line, from line ``k``, and the index after them."""
        group: str | None = None
        role: str | None = None
        rows: list[_GroupRow] = []
        while k + 1 < len(self.lines):
            t, nxt = compact(working_copy(self.flat[k])), compact(working_copy(self.flat[k + 1]))
            if t in self.lex.roles:
                role = compact(Block.from_lines(self.source, [self.lines[k]]).text)
                k += 1
                continue
            if nxt in self.lex.roles and self._group_opens(t):
                group, role = t, None
                k += 1
                continue
            if role is None or not self._member_reads(compact(self.flat[k]), compact(self.flat[k + 1])):
                break
            first, second = self.lines[k], self.lines[k + 1]
            block = Block.from_lines(self.source, [first, second])
            name, posts = (0, block.starts[0] + len(first.text)), (block.starts[1], len(block.text))
            rows.append((group, role, block, name, posts))
            k += 2
        return rows, k

    def _tabbed_group_rows(self, k: int, starts: list[float] | None = None, at: int = 0, main: str = ""
                           ) -> tuple[list[_GroupRow], int]:
        """The rows of a grouped roster table a row a line, set apart by tabs (or by spaces, each cell under its
        column's start: ``starts``), from line ``k`` (an empty group or role cell: the one above; a row of units
        through their heads under the name's column, or in the posts' with the name's empty), and the index after
        them; ``at``: the group's column (a 序号's before it); ``main``: the body, a group of its own name its
        leaders (``指挥部``)."""
        group: str | None = None
        role: str | None = None
        rows: list[_GroupRow] = []
        while k < len(self.lines):
            line = self.lines[k]
            if starts:
                cells = column_table.under_columns(line, starts, self.source.text) or []
                if len(cells) == 4 and cells[2].end > cells[2].start and cells[3].end == cells[3].start and not (
                        _NAME_CELL.fullmatch(compact(cells[2].text))):
                    cells[3] = cells[2]  # (``成员      县人民医院、县中医医院``: units, under the name's column)
            elif "\t" in line.text:
                cells = [*column_table.leading_tabs(line, self.source.text), *column_table.line_cells(line)]
                if at and cells and not _SEQ_CELL.fullmatch(compact(cells[0].text)):
                    break
                cells = cells[at : at + 4]
            else:
                break
            if len(cells) != 4:
                break
            g, r, n, p = (compact(working_copy(c.text)) for c in cells)
            if rows and not (g or r or n) and p:  # the posts the row above wrapped (``…党组书记、局`` ⏎ ``长``)
                group_, role_, above, name, posts = rows[-1]
                lines = [*(ln for ln in self.lines if ln.number in above.numbers), line]
                block = Block.from_lines(self.source, lines)
                rows[-1] = (group_, role_, block, name, (posts[0], block.starts[-1] + cells[3].end))
                k += 1
                continue
            if g:
                if not (self._group_opens(g) or (main and main.endswith(g) and len(g) >= 2)):
                    break
                group, role = g, None
            if r:
                if not (self._is_role(r) or self._office_role(r)):
                    break
                role = compact(cells[1].text)
            units = (n == p or not n) and bool(unit_parts(p, 0, len(p), self.ctx.agencies, self.lex, labelled=True))
            if role is None or not (self._member_reads(n, p) or units):  # (a row of units: ``成员 县人民医院、…``)
                if at and role is not None and not n and p:
                    k += 1  # (a numbered row with no name whose posts name no unit this reader knows: passed over)
                    continue
                break
            block = Block.from_lines(self.source, [line])
            rows.append((group, role, block, (cells[2].start, cells[2].end), (cells[3].start, cells[3].end)))
            k += 1
        return rows, k

    def _nameless_row(self, k: int) -> bool:
        """Is line ``k`` of a role table set out a cell a line the posts of a row whose name cell was empty: no name
        and no role, a role's row (a role, then a name) or another row's name after it?"""
        if k + 2 >= len(self.lines):
            return False
        t, nxt = (compact(working_copy(self.flat[n])) for n in (k, k + 1))
        if self._is_role(t) or is_name(compact(self.flat[k]), strict=True) or not title_like(t):
            return False
        return (self._is_role(nxt) and is_name(compact(self.flat[k + 2]), strict=True)) or self._merged_role(k + 1)

    def _unit_then_head(self, k: int) -> bool:
        """Do lines ``k`` and ``k + 1`` of a role table set out a cell a line name a unit and its head's title
        (``县供电有限公司`` ⏎ ``总经理``), a row without a person's name?"""
        if k + 1 >= len(self.lines) or self._is_role(compact(working_copy(self.flat[k]))):
            return False
        unit, title = compact(self.flat[k]), compact(self.flat[k + 1])
        return (self.lex.head_re.fullmatch(title) is not None and not _cell_name(unit, title)
                and bool(unit_parts(unit, 0, len(unit), self.ctx.agencies, self.lex, labelled=True)))

    def _written(self, cell: Cell) -> str:
        """A cell's text as the file writes it (a traditional page's letters too), whitespace removed."""
        return compact(Block.from_lines(self.source, [cell.line]).original(cell.start, cell.end))

    def _is_role(self, text: str) -> bool:
        """Is ``text`` (a cell, whitespace removed, in the working copy) a roster's role (``常务副主任`` too)?"""
        return text in self.lex.roles or text.removeprefix(_MODIFIED) in self.lex.roles

    def _headed_unit(self, line: Line, role: Cell, body: str, cell: Cell | None = None) -> bool:
        """The unit a row without a name holds through its head (``县统计局主要负责人``): the whole line, or its
        ``cell``; whether it names one."""
        block = Block.from_lines(self.source, [line])
        lo, hi = (cell.start, cell.end) if cell is not None else (0, len(block.text))
        text = compact(working_copy(block.text[lo:hi]))
        if not any(self.lex.head_re.match(text[k:]) for k in range(2, len(text) - 1)):
            return False
        self.table_facts.extend(self.unit_facts(block, lo, hi, body, self._written(role)))
        return True

    def _merged_role(self, k: int) -> bool:
        """Does a role table set out a cell a line go on at line ``k`` with a row that has no role cell of its own (a
        merged one, which the text leaves out): a name, then its posts?"""
        if k + 1 >= len(self.lines) or self._is_role(compact(working_copy(self.flat[k]))):
            return False
        name = compact(self.flat[k])
        return _cell_name(name, self.flat[k + 1]) and not self._is_role(compact(working_copy(self.flat[k + 1])))

    def _role_column(self, name: str) -> bool:
        """Is ``name`` the column of a role table that says each row's role (``专班职务``, ``安委会职务``)?"""
        return name in self.lex.role_columns or ROLE_COLUMN.fullmatch(name) is not None

    def _role_row_reads(self, cells: list[Cell], at_name: int, at_role: int = 0, at_post: int | None = None,
                        office: bool = False) -> bool:
        """Is a role table's line a row: a role under the roles, a name under the names? ``office``: the office's
        heads (``办公室副主任``) are roles too (a row whose cells are set apart: no person's post read as a role)."""
        name = compact(cells[at_name].text)
        posts = compact(cells[at_post].text) if at_post is not None else ""
        role = compact(working_copy(cells[at_role].text))
        return (self._is_role(role) or (office and role.startswith(_OFFICE_WORD) and role[len(_OFFICE_WORD) :]
                                        .removeprefix(_MODIFIED) in _OFFICE_HEADS)) and _cell_name(name, posts)

    def _role_row(self, cells: list[Cell], at_name: int, at_post: int | None, body: str, at_role: int = 0,
                  office: bool = False) -> None:
        """The membership of a role table's row (``at_role``: the role's column; ``office``: a row of the body's
        office, whose heads are the body's ``办公室主任`` and its other members the office's)."""
        cells = [cells[at_role], *cells[:at_role], *cells[at_role + 1 :]]  # (the role first)
        at_name += at_name < at_role
        at_post = at_post + (at_post < at_role) if at_post is not None else None
        role = compact(working_copy(cells[0].text))
        post = cells[at_post] if at_post is not None else None
        lines = list(dict.fromkeys(c.line for c in (cells[at_name], *([post] if post else []))))
        block = Block.from_lines(self.source, lines)
        base = {ln.number: block.starts[n] for n, ln in enumerate(lines)}
        a = base[cells[at_name].line.number]
        people = parse_people(block.text, a + cells[at_name].start, a + cells[at_name].end, self.lex)
        if not people and (dotted_name(compact(cells[at_name].text)) or _cell_name(
                compact(cells[at_name].text), compact(post.text) if post is not None else "")):
            # (``艾尔肯·吐尔逊``, ``达瓦次仁``, ``多吉`` beside posts: the name's column says it is one)
            people = [PersonSpan(strip_span(block.text, a + cells[at_name].start, a + cells[at_name].end), [])]
        if people:
            person = people[0]
            if post is not None:  # (the posts in their own cell: read apart from the name)
                b = base[post.line.number]
                person.titles = title_spans(block.text, b + post.start, b + post.end)
            written = self._written(cells[0])
            if office and role.removeprefix(_MODIFIED) in _OFFICE_HEADS:
                written = _OFFICE_WORD + written
            elif office and not role.startswith(_OFFICE_WORD):
                body = f"{body}/{_OFFICE_WORD}"
            self.table_facts.extend(self.person_facts(block, [person], body, written))
            self.person_members |= role in MEMBER_ROLES

    def _row_opens(self, column: str, first: str, grouped: bool) -> bool:
        """Does a line whose first cell is ``first`` open a row of a table whose first column is ``column``?"""
        if grouped:
            return first.endswith(self.group_ends) and len(first) <= 20
        if column == SEQUENCE:
            return first.isdigit()
        return bool(first)

    def _table_header(self, line: Line) -> tuple[list[str], list[float]] | None:
        """The column names of a header of a roster's table, read as the longest known names in turn (a name
        may be spaced out, ``组    别``), and where each starts (display columns, for a table set out with spaces;
        [] for one set out otherwise); None unless every name is known, one of the others a role, and the first
        names the group, the 序号 or a role."""
        text = line.text
        if ":" in text or "：" in text:  # (a label's colon: no header)
            return None
        spelled = column_table.spelled_names(line, self.column_names)
        if spelled is None:
            return None
        head, at = spelled
        if len(head) < 2 or not set(head[1:]) & set(self.lex.roles) or len(set(head)) < len(head):
            return None
        if head[0] not in self.lex.group_columns and head[0] != SEQUENCE and head[0] not in self.lex.roles:
            return None
        spaced = "\t" not in text and "|" not in line.text and "  " in text
        indent = column_table.column_starts(line, self.source.text)[:1] if spaced else []
        if not spaced or not indent:
            return head, []
        base = indent[0] - display_width(text[: at[0]])
        return head, [base + display_width(text[:a]) for a in at]

    @cached_property
    def column_names(self) -> re.Pattern[str]:
        """The names a roster table's header may hold, longest first."""
        return _column_names(self.lex)

    def _table_cell(self, parts: list[Cell], body: str, role: str, posts: Cell | None = None) -> None:
        """The people, or else the units, of a cell of a roster's table (``posts``: the cell of the people's posts
        beside it), a part a line. A list goes on in the next part after a separator (``县政府办公室、`` ⏎ ``县水利局``,
        ``…区教育局`` ⏎ ``、区卫计局``); else a part that ends with a whole unit ends the cell (``县政府办公室`` ⏎
        ``主任``), and a unit cut in two across the parts (``区市场监`` ⏎ ``管局、公安分局``) is left out, the items
        around it read."""
        for n, cell in enumerate(parts):
            block = Block.from_lines(self.source, [cell.line])
            # (a person's posts in the next cell are read with the name: ``黎　墨 | 县劳动保障监察大队大队长``)
            hi = posts.end if posts is not None and posts.line is cell.line and n == 0 else cell.end
            people = None if role in self.lex.unit_roles else parse_people(block.text, cell.start, hi, self.lex)
            if people:
                self.table_facts.extend(self.person_facts(block, people, body, role))
                if n + 1 < len(parts) and not _goes_on_as_list(cell, parts[n + 1]):
                    break
                continue
            lo, end, last = cell.start, cell.end, False
            if n and not _goes_on_as_list(parts[n - 1], cell):
                cut = _first_separator(cell.text)  # (the rest of a unit cut in two, then the next items)
                if cut < 0:
                    continue
                lo = cell.start + cut + 1
            if n + 1 < len(parts) and not _goes_on_as_list(cell, parts[n + 1]):
                cut = _last_separator(cell.text)
                if UNIT_SUFFIX.search(compact(cell.text[cut + 1 :])):
                    last = True  # (its last item a whole unit: the cell ends here)
                elif cut < 0:
                    continue
                else:
                    end = cell.start + cut  # (its last item cut: read up to it)
            self.table_facts.extend(self.unit_facts(block, lo, end, body, role))
            if last:
                break


def _goes_on_as_list(part: Cell, nxt: Cell) -> bool:
    """Does a cell's part go on in its next part as a list does, after a separator at the end of the one or the
    start of the other (``县政府办公室、`` ⏎ ``县水利局``, ``…区教育局`` ⏎ ``、区卫计局``), not a word cut in two?"""
    return compact(part.text).endswith(_LIST_SEPARATORS) or compact(nxt.text).startswith(_LIST_SEPARATORS)


def _first_separator(text: str) -> int:
    return min((k for k in (text.find(sep) for sep in _LIST_SEPARATORS) if k >= 0), default=-1)


def _last_separator(text: str) -> int:
    return max(text.rfind(sep) for sep in _LIST_SEPARATORS)


@lru_cache(maxsize=1)
def _column_names(lex: Lexicon) -> re.Pattern[str]:
    names = {*lex.group_columns, *lex.roles, *lex.group_table_other, *lex.post_columns, SEQUENCE}
    return column_table.longest_first(tuple(sorted(names)))


def _cell_name(name: str, posts: str) -> bool:
    """Is a roster table's name cell (``name``, whitespace removed) a person's name beside the posts cell? A name
    of a surname, a dotted name, a long name (``达瓦次仁``), or two to four letters beside posts (``多吉``)."""
    return is_name(name, strict=True) or dotted_name(name) or (not title_like(name) and (  # (``包·巴特尔``)
        long_name(name, shortest=3)
        or (_NAME_CELL.fullmatch(name) is not None and bool(posts) and title_like(posts))))  # (no post: ``总经理``)
