"""Assignments: tasks that name their responsible units through a marker.

A marker is a bracket such as ``（责任单位：A、B）``, ``（A牵头，B配合）``,
``（A、B按职责分工负责）`` at the end of a task, a bracket standing alone after
it, or a labelled paragraph (``责任单位：…`` / ``责任领导：…`` with ``时间节点：…``)
closing a structured item. Which text is the task follows the outline:

* a marker at the end of a paragraph belongs to that paragraph, or to the
  numbered item the paragraph continues when the item has no marker before;
* several markers inside one item each take the text since the previous one;
* a marker closing a list of items none of which has a marker of its own
  belongs to the section heading above the list, and so does one standing
  right under a heading, or one closing a section's one paragraph of measures
  set apart by semicolons;
* a unit field that hands out parts of the task (``第二项由A负责``) gives one
  record per part.

Flattened tables with 牵头单位 / 配合单位 / 完成时限 columns are read by
``assignment_table``. Notes such as ``以下均需各成员单位，不再列出`` apply to the
marker they stand in only: nothing is carried to later tasks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from graph_build.extractors import assignment_grid, assignment_spaced, assignment_table, responsibility_table
from graph_build.extractors.assignment_cells import TASK_COLUMN
from graph_build.extractors.assignment_markers import (
    Marker,
    bracket_markers,
    label_at,
    opens_with_label,
    parse_labelled,
)
from graph_build.extractors.assignment_outline import (
    Para,
    concat,
    numbering,
    owner,
    parent,
    siblings_before,
    subtree_end,
)
from graph_build.extractors.assignment_prose import (
    ProseTask,
    announces_division,
    points_back,
    prose_markers,
    told_task,
)
from graph_build.extractors.assignment_units import (
    TIME_RE,
    clause_deadline,
    compact,
    field_deadline,
    task_deadline,
    unit_list,
    vocab,
)
from graph_build.extractors.base import Context
from graph_build.layout import Block
from graph_build.notices import Notice
from graph_build.patterns import LazyPattern
from graph_build.people import split_name_post
from graph_build.records import Assignment, Fact

NAME = "assignments"
VERSION = "1"

TASK_CHARS = 30
_MIN_TASK_CJK = 4
_ROSTER_NEXT = LazyPattern(r"^\s*(成员单位|成\s*员|职\s*责|组\s*长|副组长|主要职责)\s*[:：]")
_GROUP_TITLE = LazyPattern(r"(组|专班|办公室|指挥部|委员会)$")
_NTH = LazyPattern(r"^第([一二三四五六七八九十\d]{1,3})项$")
_CN_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)}
_TRAILING_DEADLINE = LazyPattern(r"^[,，;；。\s]*(?:完成时限|完成时间)[:：为至]?(?P<t>[^。;；,，]{2,20})")
_TASK_LABEL = LazyPattern(r"^\s*(工作任务|主要任务|任务内容|工作内容|具体任务)\s*[:：]")


@dataclass
class Found:
    """A marker found in paragraph ``para`` (a bracket, or labelled paragraphs ``para..group_end``)."""

    para: int
    marker: Marker
    field: bool = False  # a labelled paragraph (group) rather than a bracket
    group_end: int = 0  # index after the last paragraph of a labelled group


def extract(notice: Notice, ctx: Context) -> Iterator[Fact]:
    blocks = notice.blocks
    if not blocks:
        return
    consumed: set[int] = responsibility_table.table_lines(notice, ctx)
    for reader in (assignment_grid.extract_ruled, assignment_spaced.extract, assignment_table.extract,
                   assignment_grid.extract):
        read_before = set(consumed)  # (a row another table reader read is not read again)
        for fact, lines in reader(notice, ctx, NAME, VERSION):
            consumed.update(lines)
            if fact is not None and fact.prov.line not in read_before:
                yield fact
    # (a table's note, ``说明：表中未注明牵头单位的，由第一责任单位牵头``: about the table, no task of its own; the
    # printer's line at a notice's foot, ``某办公室    2025年3月5日印发``)
    blocks = [b for b in blocks if not consumed.intersection(b.numbers) and not _TABLE_NOTE.match(b.text)
              and not _PRINTED.search(b.text)]
    paras = ctx.memo.outline(blocks)
    found = _find_markers(paras, ctx, notice.layout.lines[-1].number)
    prose = _prose(paras, ctx, found)
    yield from _prose_task_facts(notice, ctx, paras, prose)
    found += [Found(i, m) for i, (markers, _) in prose.items() for m in markers]
    found.sort(key=lambda f: (f.para, f.marker.start))
    marked = {f.para for f in found}
    # where each paragraph's tasks told with their own units end: a marker after one starts its task there
    told = {i: [max(t.task[1], t.marker.end) for t in tasks] for i, (_, tasks) in prose.items() if tasks}
    for k in range(len(found)):
        yield from _facts_for(notice, ctx, paras, found, k, marked, told)


_TABLE_NOTE = LazyPattern(r"^\s*(?:说明|注|备注)\s*\d?\s*[:：]")
_PRINTED = LazyPattern(r"^[^。；;，,]{2,30}\s+\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发$")


# -- finding markers -----------------------------------------------------------


def _is_field_para(p: Para) -> bool:
    return opens_with_label(p.text)


def _find_markers(paras: list[Para], ctx: Context, last_line: int) -> list[Found]:
    """The markers of the paragraphs; ``last_line`` is the text's last line (where an excerpt may be cut)."""
    out: list[Found] = []
    pending: int | None = None  # a ``时间节点：`` field (and its cut-off pieces) waiting for its unit field
    last_block = paras[-1].block if paras and paras[-1].block.numbers[-1] >= last_line else None
    i = 0
    while i < len(paras):
        p = paras[i]
        if _is_field_para(p):
            j = i
            while j < len(paras) and _is_field_para(paras[j]):
                j += 1
            j = _numbered_units_after(paras, j, ctx)
            start = pending if pending is not None else i
            marker = _field_group(paras[start:j], ctx)
            if marker is not None and _field_group_ok(paras, start, j):
                out.append(Found(start, marker, field=True, group_end=j))
                pending = None
            elif pending is None and _only_deadline(paras[i:j]):
                group = concat([q.block for q in paras[i:j]])
                alone = parse_labelled(group.text, 0, len(group.text), ctx.agencies)
                if out and out[-1].para == i - 1 and not out[-1].field and alone is not None and alone.deadline:
                    _attach_deadline(out, i, alone.deadline)
                else:
                    pending = i
            i = j
            continue
        found = []
        for m in bracket_markers(p.text, ctx.agencies, cut_off=p.block is last_block, marked=ctx.memo.marked):
            if m.names_units or m.leader or m.persons:
                found.append(m)
            elif m.deadline and not p.text[: m.start].strip(" (（〔【"):
                _attach_deadline(out, i, m.deadline)  # ``（完成时限：…）`` on its own under a marker
            elif m.deadline and found and not p.text[found[-1].end : m.start].strip():
                found[-1].deadline = found[-1].deadline or m.deadline
        found += _inline_labels(p.text, found, ctx)
        if found:
            out.extend(Found(i, m) for m in sorted(found, key=lambda m: m.start))
        if p.numbered or found:
            pending = None
        i += 1
    return out


_MARKER_LABELS = "|".join(vocab().marker_labels)
# A sentence's end, then a label: the marker starts at the match's end. (The mark is matched, not looked behind
# for, so that a search skips to the marks.)
_INLINE_LABEL = LazyPattern(r"[。;；，,]\s*(?=(?:" + _MARKER_LABELS + r")\s*[:：]|【(?:" + _MARKER_LABELS + ")】)")


def _inline_labels(text: str, brackets: list[Marker], ctx: Context) -> list[Marker]:
    """``……工作。责任单位：县发改局；完成时限：2023年底`` written after the task without brackets; in a page that
    flattened a numbered list into one line, one after each item (``1.… 责任单位:A 2.… 责任单位:B``)."""
    found: list[Marker] = []
    for m in _INLINE_LABEL.finditer(text):
        start = m.end()
        if any(b.start <= start < b.end for b in [*brackets, *found]):
            continue
        marker = parse_labelled(text, start, _fields_end(text, start), ctx.agencies)
        if marker is not None and (marker.names_units or marker.leader):
            found.append(marker)
            if _FLAT_ITEM.search(text, marker.end) is None:
                break  # (no item after it: the paragraph's one marker, as it always was)
    return found


# The next item of a numbered list a page flattened into one line, after a space (``… 2.落实…``, ``… 二、…``).
_FLAT_ITEM = LazyPattern(r"\s+(?:\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]{1,3}、)(?=[\u4e00-\u9fff])")


def _fields_end(text: str, start: int) -> int:
    """Where the labelled fields from ``start`` end: at the end of a sentence that no other label follows
    (``牵头单位:市民政局。其中,…进度较慢的为霍邱县。``: the sentence after is the report's, not the marker's), or
    where a flattened list's next item starts (``责任单位:县财政局 2.落实…``)."""
    item = _FLAT_ITEM.search(text, start)
    if item is not None and item.start() > start and _cjk(text[start : item.start()]):
        return item.start()
    end = text.find("。", start)
    while end >= 0:
        if label_at(text, end + 1) is None:
            return end + 1
        end = text.find("。", end + 1)
    return len(text)


_UNIT_ITEM_END = LazyPattern(r"[；;。.，,]?$")


def _numbered_units_after(paras: list[Para], j: int, ctx: Context) -> int:
    """Where a group of labelled paragraphs ends: after ``j`` where its last label stands alone (``责任单位：``) and
    the units follow numbered a line (``1.县商务局（牵头）；`` ⏎ ``2.县自然资源局；``): those lines are its value."""
    last = paras[j - 1].text
    m = label_at(last)
    if m is None or last[m.end() :].strip(" \t　:："):
        return j
    k = j
    while (k < len(paras) and paras[k].style is not None and paras[k].style == paras[j].style
           and re.sub(r"\D", "", paras[k].text[: paras[k].body]) == str(k - j + 1) and _unit_item(paras[k], ctx)):
        k += 1  # (items numbered 1, 2, 3 in one style: ``（二）建设乡镇商贸中心。`` after them is the next section)
    return k if k - j >= 2 else j


def _unit_item(p: Para, ctx: Context) -> bool:
    """A numbered line that is a unit and nothing else (``2.县自然资源局；``)."""
    body = p.text[p.body :].strip()
    body = body[: _UNIT_ITEM_END.search(body).start()]  # type: ignore[union-attr]
    if not body or len(body) > 30:
        return False
    spans = unit_list(body, 0, len(body), ctx.agencies)
    return spans is not None and len(spans) == 1


def _attach_deadline(out: list[Found], i: int, deadline: str) -> None:
    """A deadline bracket standing alone belongs to the marker just above it, if it ends that paragraph."""
    if out and out[-1].para == i - 1 and not out[-1].field and out[-1].marker.deadline is None:
        out[-1].marker.deadline = deadline


def _only_deadline(group: list[Para]) -> bool:
    m = label_at(group[0].text)
    return m is not None and (m.group("label") or m.group("boxed")) in vocab().deadline_labels


def _field_group(group: list[Para], ctx: Context) -> Marker | None:
    """The fields of consecutive labelled paragraphs read as one marker (offsets of the joined text)."""
    block = concat([p.block for p in group])
    marker = parse_labelled(block.text, 0, len(block.text), ctx.agencies)
    if marker is None or not (marker.names_units or marker.leader):
        return None  # a 责任人 line alone (rosters list them too) is not read as a task's marker
    return marker


def _field_group_ok(paras: list[Para], i: int, j: int) -> bool:
    """A labelled group closes a task, not a roster's sub-group (``牵头单位：…`` ``成员单位：…`` ``职责：…``)."""
    if j < len(paras) and _ROSTER_NEXT.match(paras[j].text):
        return False
    if i == 0:
        return False
    o = owner(paras, i - 1)
    if o is None:  # no numbering above: the paragraph just before must be a task
        return len(re.findall(r"[\u4e00-\u9fff]", paras[i - 1].text)) >= 8
    title = paras[o].text[paras[o].body :].strip().rstrip("。")
    if _GROUP_TITLE.search(title) and len(title) <= 20:
        return False
    body = "".join(paras[k].text[paras[k].body :] for k in range(o, i))
    return len(re.findall(r"[\u4e00-\u9fff]", body)) >= 4  # (``冷链物流园二期``: a project's name is its task)


def _prose(paras: list[Para], ctx: Context, found: list[Found]) -> dict[int, tuple[list[Marker], list[ProseTask]]]:
    """Responsibility in the prose of the paragraphs, by paragraph: markers (``此项工作由X负责`` / ``X牵头揽总，相关
    部门各司其职``) and tasks written with their units. A paragraph with markers of its own gives only tasks
    written with their units in clauses apart from its markers (``Y由X牵头，Z配合；W（责任单位：V）…``)."""
    spans: dict[int, list[tuple[int, int]]] = {}
    fields: set[int] = set()
    for f in found:
        if f.field:
            fields.add(f.para)
        else:
            spans.setdefault(f.para, []).append((f.marker.start, f.marker.end))
    out = {}
    for i, p in enumerate(paras):
        if i in fields or (i in spans and not ("由" in p.text and ("牵头" in p.text or "按" in p.text))):
            continue  # (a task told with its units beside markers is ``Y由X牵头…`` or ``由A、B按…分工负责``)
        if _is_field_para(p):
            continue
        markers, tasks = prose_markers(p.text, ctx.agencies, continues=i > 0 and _left_open(paras[i - 1]),
                                       itemized=owner(paras, i) is not None,
                                       announced=i > 0 and announces_division(paras[i - 1].text))
        if i in spans:
            markers = []
            tasks = [t for t in tasks
                     if not any(a < max(t.task[1], t.marker.end) and min(t.task[0], t.marker.start) < b
                                for a, b in spans[i])]
        out[i] = (markers, tasks)
    return out


def _left_open(p: Para) -> bool:
    """May the paragraph leave its sentence open for the next one (a line the PDF wrapped)? Not when it ends one
    (a heading without punctuation may be either)."""
    return not p.text.rstrip().endswith(_TERMINAL)


def _prose_task_facts(
    notice: Notice, ctx: Context, paras: list[Para], prose: dict[int, tuple[list[Marker], list[ProseTask]]]
) -> Iterator[Fact]:
    """Tasks written with their units in one clause (``Y由X牵头负责``, ``分解任务：A负责Y``)."""
    for i, (_, tasks) in prose.items():
        block = paras[i].block
        for t in tasks:
            text = block.original(*t.task)
            if len(_cjk(text)) < _MIN_TASK_CJK:
                continue
            m = t.marker
            lo, hi = min(t.task[0], m.start), max(t.task[1], m.end)
            prov = ctx.cite(block, lo, hi, NAME, VERSION, line_at=t.task[0], evidence=(lo, hi))
            yield Assignment(
                prov=prov,
                doc_number=notice.doc_number,
                doc_title=notice.title,
                task=text[:TASK_CHARS],
                lead=tuple(dict.fromkeys(block.original(a, b) for a, b in m.lead)),
                units=tuple(dict.fromkeys(block.original(a, b) for a, b in m.units)),
                deadline=m.deadline or task_deadline(text),  # (``…配合，6月底前完成…`` after the units)
                leader=_leader_name(compact(block.original(*m.leader))) if m.leader else None,
                task_text=text,
            )


# -- choosing the task -----------------------------------------------------------


def _has_marker(marked: set[int], lo: int, hi: int, skip: int | None = None) -> bool:
    return any(lo <= k < hi and k != skip for k in marked)


def _closing_parent(
    paras: list[Para], item: int, marker_para: int, marked: set[int], *, standalone: bool
) -> int | None:
    """The heading a marker belongs to when it closes a list of unmarked items, else None.

    A marker standing alone after the list closes it; a marker written at the end
    of the last item closes it only when the items before are short measures
    (``厂区四周栽植环厂防护林带。``), not tasks of their own.
    """
    sibs = siblings_before(paras, item)
    par = parent(paras, item)
    if not sibs or par is None or paras[par].style == "annex":
        return None
    if _has_marker(marked, sibs[0], marker_para, skip=marker_para):
        return None
    if not standalone and any(_item_chars(paras, s) > _SHORT_MEASURE for s in sibs):
        return None
    if not standalone and all(_titled_item(paras[s]) for s in [*sibs, item]):
        return None  # (``（一）加强组织领导。…`` ⏎ ``（二）严格督查考核。…（责任单位：…）``: titled items, tasks)
    end = subtree_end(paras, item)
    if not standalone and end < len(paras) and paras[end].rank == paras[item].rank:
        return None  # (an item the list goes on after, ``（二）…（县财政局负责）`` ⏎ ``（三）…``: no list's end)
    return par


_SHORT_MEASURE = 40
_ITEM_TITLE = LazyPattern(r"[\u4e00-\u9fff“”]{2,12}[。.．]")  # an item's title, a phrase and a full stop


def _titled_item(p: Para) -> bool:
    """Does item ``p`` open with a title of its own, then more (``加强组织领导。各乡镇要…``)?"""
    m = _ITEM_TITLE.match(p.text, p.body)
    return m is not None and len(_cjk(p.text[m.end() :])) >= 4


def _item_chars(paras: list[Para], i: int) -> int:
    end = i + 1
    while end < len(paras) and not paras[end].numbered:
        end += 1
    return sum(len(_cjk(paras[k].text[paras[k].body :])) for k in range(i, end))


@dataclass
class Task:
    start_para: int
    start: int  # offset in the start paragraph
    end_para: int  # paragraph where the task text ends (inclusive)
    end: int  # offset in the end paragraph (exclusive)


def _task_for(paras: list[Para], found: list[Found], k: int, marked: set[int], told: list[int]) -> Task | None:
    """The task of marker ``k``; ``told``: where the tasks its paragraph tells with their own units end."""
    f = found[k]
    i, m = f.para, f.marker
    p = paras[i]
    prev_in_para = [g for g in found[:k] if g.para == i and not g.field]
    seg_start = prev_in_para[-1].marker.end if prev_in_para else p.body
    before = [e for e in told if seg_start <= e <= m.start]
    after_told = bool(before) and not f.field  # ``Y由X牵头，Z配合；W（A牵头，B配合）``: W's task starts after Y's
    if after_told:
        seg_start = max(before)
    while seg_start < m.start and p.text[seg_start] in _SEPARATORS:  # ``（…负责）。依法…``: after the marker's 。
        seg_start += 1
    enum = _ENUMERATOR.match(p.text, seg_start, m.start)  # ``会议明确了…：一是开展…`` / ``二是完善…``: the item
    if enum:
        seg_start = enum.end()
    inline = not f.field and bool(_cjk(p.text[seg_start : m.start]))
    sub = _last_sub_item(p.text, seg_start, m.start) if inline else None
    if sub is not None:  # ``7.深化改革。（1）拓展…（县数据局负责）；（2）…``: the sub-item the marker ends
        return Task(i, sub, i, m.start)
    if inline:
        if prev_in_para or after_told:
            if (num := numbering(p.text[seg_start : m.start])) is not None:
                seg_start += num[1]  # (``…（A负责）（二）Y（B主办）``: a list run into a line)
            return Task(i, seg_start, i, m.start)
        if not p.numbered and _mid_clause(p.text, m.end):  # ``…；农房风貌管控（责任单位：X）已同步启动。``
            cut = max((c.end() for c in _CLAUSE_MARK.finditer(p.text, seg_start, m.start)), default=seg_start)
            if _cjk(p.text[cut : m.start]):
                return Task(i, told_task(p.text, cut, m.start)[0], i, m.start)
        if p.numbered:
            item = i
        else:
            o = owner(paras, i)
            if o is not None and paras[o].heading and points_back(p.text, m.start) and not _has_marker(marked, o, i):
                return Task(o, paras[o].body, o, len(paras[o].text))  # ``此项工作由X牵头``: the item its heading names
            if o is not None and paras[o].heading and _measures_closed(paras, o, i, m.start, m.end, marked):
                return Task(o, paras[o].body, o, len(paras[o].text))  # (the section's one list of measures)
            if o is None or paras[o].heading or _has_marker(marked, o, i):
                first = _broken_start(paras, i, marked)
                if first != i:
                    return Task(first, 0, i, m.start)
                return Task(i, told_task(p.text, seg_start, m.start)[0], i, m.start)  # (without ``会议要求，``)
            item = o
        return _item_task(paras, item, i, m.start, marked)
    # standalone bracket or labelled group: the task is above it
    j = i - 1
    if j < 0 or (not paras[j].numbered and len(_cjk(paras[j].text)) < 2):
        return None  # a bracket under a table of figures
    if paras[j].heading:
        return Task(j, paras[j].body, j, len(paras[j].text))
    label = _BOXED_TASK_LABEL.match(paras[j].text)
    if label and TASK_COLUMN.search(label.group(1)):  # ``【事项内容】加快推进…`` over its fields: the value
        return Task(j, label.end(), j, len(paras[j].text))
    named = _labelled_task(paras, j, marked)
    if named is not None:
        return named
    o = owner(paras, j)
    if o is None:
        return Task(_broken_start(paras, j, marked), 0, j, len(paras[j].text))
    if j != o and (paras[o].heading or _has_marker(marked, o, j + 1)):
        if j in marked:
            return None  # a second bracket after a marked paragraph: read with it
        if f.field and paras[o].heading and _closes_section(paras, o, j, f.group_end, marked):
            return Task(o, paras[o].body, o, len(paras[o].text))  # (the section's one paragraph, then its units)
        return Task(_broken_start(paras, j, marked), 0, j, len(paras[j].text))
    if j in marked:
        return None
    return _item_task(paras, o, i, None, marked)


def _measures_closed(paras: list[Para], o: int, i: int, start: int, end: int, marked: set[int]) -> bool:
    """Does the marker at ``start:end``, the end of paragraph ``i``, close the section under heading ``o`` whose one
    paragraph is a list of measures set apart by semicolons (``一、推进重大项目建设`` ⏎ ``建立…制度；…；…（A、B牵头，
    C配合）`` ⏎ ``二、…``)? Then the heading is the task."""
    text = paras[i].text
    if _cjk(text[end:]) or _broken_start(paras, i, marked) != o + 1 or _has_marker(marked, o + 1, i):
        return False
    if i + 1 < len(paras) and not paras[i + 1].numbered:
        return False
    return sum(1 for c in text[paras[i].body : start] if c in "；;") >= 2


def _closes_section(paras: list[Para], o: int, j: int, end: int, marked: set[int]) -> bool:
    """Do labelled units (``责任单位：…``, paragraphs ``j + 1`` to ``end``) close the whole section under heading ``o``,
    its one paragraph (``j``, maybe cut by the PDF) standing between them, the next section or the text's end
    after them? Then the section's heading is the task (``二、研究县城区公共停车场建设事项`` ⏎ ``会议同意…`` ⏎
    ``责任单位：…`` ⏎ ``三、…``)."""
    return _broken_start(paras, j, marked) == o + 1 and (end >= len(paras) or paras[end].numbered)


_TERMINAL = tuple("。;；!！?？:：)）〕】")
# A record's field (``问题 1：…``, ``存在问题：…``, ``整改措施：…``; ``项目名称⇥…``, a table a field a line): its
# label, and where its value starts.
_FIELD = LazyPattern(
    r"^\s*(?P<label>[\u4e00-\u9fff][\u4e00-\u9fff\s]{0,7}?)\s*(?:\d{1,3})?(?:\s*[：:]|\t(?=[^\s\t]))\s*")
_RECORD_FIELDS = 8  # the most fields a record's labelled lines hold above its units
_FIELD_ITEMS = ("pnum", "circled")  # the numbering of a field's items (``（1）``, ``①``)


def _labelled_task(paras: list[Para], j: int, marked: set[int]) -> Task | None:
    """The task of a record of labelled lines that ends at paragraph ``j``, its units' labels below it (an
    inspection's rectification list: ``问题 1：…`` ⏎ ``整改目标：…`` ⏎ ``整改措施：…`` ⏎ ``责任单位：…``): the value
    of the first field whose label names a task (``问题``, ``存在问题``; ``整改措施`` only where no problem is
    named before it, as in a table the first task column is the task). None where ``j`` is no such field, or
    where a numbered item heads the record (its title is the task, ``_item_task``'s)."""
    first: Task | None = None
    k = j
    while k >= 0 and j - k < _RECORD_FIELDS and (k == j or k not in marked):
        if paras[k].style in _FIELD_ITEMS:
            k -= 1  # (``（3）建立…`` on a line of its own: an item of the field above, ``整改措施：（1）…``)
            continue
        m = None if paras[k].numbered else _FIELD.match(paras[k].text)
        if m is None and not paras[k].numbered and k > 0 and not paras[k - 1].text.rstrip().endswith(_TERMINAL):
            k -= 1  # (a line a PDF cut off the field above: ``整改措施：…新增处理`` ⏎ ``能力50立方米/日；…``)
            continue
        if m is None:
            break
        if _names_task(m):
            first = Task(k, m.end(), k, len(paras[k].text))
        k -= 1
    if k >= 0 and paras[k].numbered and not paras[k].heading:
        return None  # (``1.散煤清洁化替代工程`` ⏎ ``工作任务：…``: the numbered item over the fields is the task)
    return first
# A task's label in brackets before its text (``【事项内容】``).
_BOXED_TASK_LABEL = LazyPattern(r"^\s*【([^】]{2,8})】\s*")
# A task that is a group's name (not ``…重组``).
_GROUP_ONLY = LazyPattern(r"^[\u4e00-\u9fff]{1,12}(?:(?<![重改编])组|专班|小组)[。.]?$")
_CLAUSE_MARK = LazyPattern(r"[。;；]")


def _mid_clause(text: str, end: int) -> bool:
    """Does the clause go on after a marker ending at ``end`` (``（责任单位：X）已同步启动``), rather than the marker
    closing it?"""
    nxt = _CLAUSE_MARK.search(text, end)
    return bool(_cjk(text[end : nxt.start() if nxt else len(text)]))
# An item of an enumeration in prose (``一是…；二是…``), with the lead-in before the first (``会议明确了…工作：``).
_ENUMERATOR = LazyPattern(r"(?:[^。；;：:]{0,40}[：:]\s*)?[一二三四五六七八九十]+是(?=[\u4e00-\u9fff])")
# A sub-item numbered inside a paragraph, at its start or after a sentence or a colon: ``（1）`` ``(2)``. (Not ``①``:
# circled numbers inside a paragraph count what it lists, ``红色线路：①A基地、②B基地；研学线路：①C…``.)
_SUB_ITEM = LazyPattern(
    r"(?:(?<=[。；;：:])|^)\s*[（(]\d{1,2}[)）]\s*"
    r"|(?<=\s)\d{1,2}[.．、](?!\d)", re.M)  # (``… 2.落实…``: an item a page flattened into one line)


def _last_sub_item(text: str, lo: int, hi: int) -> int | None:
    """Where the task starts if ``text[lo:hi]`` holds a numbered sub-item with a task of its own, else None."""
    start = None
    for m in _SUB_ITEM.finditer(text, lo, hi):
        if len(_cjk(text[m.end() : hi])) >= 4:
            start = m.end()
    return start


# A paragraph's label of its own (``职  责：``, ``工作任务:``): the paragraph is not a PDF's cut of the one above.
_OWN_LABEL = LazyPattern(r"^\s*[\u4e00-\u9fff][\u4e00-\u9fff\s]{0,7}[：:]")
_SEPARATORS = frozenset("。;；,，、.  \u3000")


_HEADING_CHARS = 12  # the longest line of its own read as a heading or a tag
_GOES_ON = ("，", ",", "、", "(", "（", "“", "《")  # how a line a sentence goes on from ends


def _broken_start(paras: list[Para], j: int, marked: set[int]) -> int:
    """Where a body paragraph really starts: the PDF may have cut it (``…公开。11月`` ⏎ ``月底前…``); one that opens
    with a label of its own (``职 责：…``) starts where it stands."""
    while j > 0 and not _OWN_LABEL.match(paras[j].text):
        prev = paras[j - 1]
        if prev.numbered or (j - 1) in marked or _is_field_para(prev) or prev.text.rstrip().endswith(_TERMINAL):
            break
        last_line = prev.text[prev.block.starts[-1] :]
        if len(_cjk(last_line)) <= _HEADING_CHARS and not prev.text.rstrip().endswith(_GOES_ON):
            break  # (a short line last, ``关键词 教育``: a heading, a tag or a byline, not a sentence cut by a page)
        j -= 1
    return j


def _item_task(paras: list[Para], item: int, marker_para: int, marker_start: int | None, marked: set[int]) -> Task:
    """The task of numbered item ``item`` ending at the marker, or its parent's if the marker closes a list."""
    par = _closing_parent(paras, item, marker_para, marked, standalone=marker_start is None)
    if par is not None:
        return Task(par, paras[par].body, par, len(paras[par].text))
    start = _after_task_label(paras[item].text, paras[item].body)
    if marker_start is None:
        end_para = marker_para - 1
        return Task(item, start, end_para, len(paras[end_para].text))
    return Task(item, start, marker_para, marker_start)


def _after_task_label(text: str, body: int) -> int:
    """Where an item's task starts: after a label that names it (``（一）问题：部分非税收入…``), else at ``body``."""
    m = _FIELD.match(text[body:])
    if m is None or not _names_task(m):
        return body
    return body + m.end() if len(_cjk(text[body + m.end() :])) >= _MIN_TASK_CJK else body


def _names_task(field: re.Match[str]) -> bool:
    """Does a record's field (``_FIELD``) name its task: ``问题 1``, ``存在问题``, a task column's name?"""
    name = "".join(field.group("label").split())
    return name == "问题" or TASK_COLUMN.search(name) is not None


_NOT_CJK = LazyPattern(r"[^\u4e00-\u9fff]+")


def _cjk(s: str) -> str:
    """The Han characters of ``s``."""
    return _NOT_CJK.sub("", s)


# -- building facts -----------------------------------------------------------------


def _span_block(paras: list[Para], lo: int, hi: int) -> tuple[Block, list[int]]:
    """Paragraphs ``lo..hi`` as one block, with the offset of each paragraph in it."""
    offs, pos = [], 0
    for k in range(lo, hi + 1):
        offs.append(pos)
        pos += len(paras[k].text)
    return concat([paras[k].block for k in range(lo, hi + 1)]), offs


def _task_text(paras: list[Para], t: Task) -> tuple[str, list[tuple[int, int, int]]]:
    """The task as written (whitespace removed) and its pieces as (para, start, end)."""
    pieces = []
    for k in range(t.start_para, t.end_para + 1):
        p = paras[k]
        lo = t.start if k == t.start_para else p.body
        hi = t.end if k == t.end_para else len(p.text)
        if k != t.start_para and _is_field_para(p):
            continue
        if lo < hi:
            pieces.append((k, lo, hi))
    text = "".join(paras[k].block.original(a, b) for k, a, b in pieces)
    return text.strip().rstrip("，,"), pieces  # (``Y，由X牵头…``: the comma before the marker is not the task's)


def _trailing_deadline(p: Para, end: int, next_start: int) -> str | None:
    m = _TRAILING_DEADLINE.match(p.text[end:next_start])
    if not m:
        return None
    return clause_deadline(m.group("t")) or field_deadline(m.group("t"))


def _facts_for(
    notice: Notice, ctx: Context, paras: list[Para], found: list[Found], k: int, marked: set[int],
    told: dict[int, list[int]],
) -> Iterator[Fact]:
    f = found[k]
    m = f.marker
    task = _task_for(paras, found, k, marked, told.get(f.para, []))
    if task is None:
        return
    hi_para = (f.group_end - 1) if f.field else f.para
    lo_para = min(task.start_para, f.para)
    block, offs = _span_block(paras, lo_para, hi_para)
    base = offs[f.para - lo_para]
    if f.field:
        m_start, m_end = base, len(block.text)
    else:
        m_start, m_end = base + m.start, base + m.end

    def units_of(spans: list[tuple[int, int]]) -> tuple[str, ...]:
        names = []
        for a, b in spans:
            name = block.original(base + a, base + b)
            if name and name not in names:
                names.append(name)
        return tuple(names)

    leader = _leader_name(compact(block.original(base + m.leader[0], base + m.leader[1]))) if m.leader else None
    persons = units_of(m.persons)
    text, _ = _task_text(paras, task)
    if len(_cjk(text)) < _MIN_TASK_CJK or _GROUP_ONLY.match(text):
        return  # (``（一）综合协调组。牵头单位：…；成员单位：…``: a roster's sub-group, no task)
    t_line = task.start_para
    line_at = offs[t_line - lo_para] + task.start
    deadline = m.deadline
    if deadline is None and not f.field:
        nxt = [g.marker.start for g in found[k + 1 :] if g.para == f.para and not g.field]
        deadline = _trailing_deadline(paras[f.para], m.end, nxt[0] if nxt else len(paras[f.para].text))
    if deadline is None:
        deadline = task_deadline(text)

    if m.clauses:
        yield from _clause_facts(notice, ctx, paras, f, task, block, offs, lo_para, base, deadline)
        return
    prov = ctx.cite(block, m_start, m_end, NAME, VERSION, line_at=line_at, evidence=(line_at, m_end))
    yield Assignment(
        prov=prov,
        doc_number=notice.doc_number,
        doc_title=notice.title,
        task=text[:TASK_CHARS],
        lead=units_of(m.lead),
        units=units_of(m.units),
        deadline=deadline,
        leader=leader,
        persons=persons,
        task_text=text,
    )


# -- parts of a task handed out by a unit field (``第二项由A负责``) -------------------


def _sentences(paras: list[Para], task: Task) -> list[tuple[int, int, int]]:
    """Sentences of the task body as (para, start, end), the ``工作任务：`` label skipped."""
    out = []
    for k in range(task.start_para, task.end_para + 1):
        p = paras[k]
        if k == task.start_para and p.numbered and p.title_only and task.end_para > k:
            continue  # the item's title is not one of the listed parts
        if _is_field_para(p):
            continue
        lo = task.start if k == task.start_para else p.body
        lab = _TASK_LABEL.match(p.text, lo)
        if lab:
            lo = lab.end()
        hi = task.end if k == task.end_para else len(p.text)
        pos = lo
        for m in re.finditer(r"[。;；]", p.text[lo:hi]):
            end = lo + m.end()
            if _cjk(p.text[pos:end]):
                out.append((k, pos, end))
            pos = end
        if _cjk(p.text[pos:hi]):
            out.append((k, pos, hi))
    return out


def _nth(subject: str) -> int | None:
    m = _NTH.match(compact(subject))
    if not m:
        return None
    s = m.group(1)
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + _CN_DIGITS[s[1]]
    if s.endswith("十"):
        return 10 * _CN_DIGITS[s[0]]
    return _CN_DIGITS.get(s)


def _clause_facts(
    notice: Notice,
    ctx: Context,
    paras: list[Para],
    f: Found,
    task: Task,
    block: Block,
    offs: list[int],
    lo_para: int,
    base: int,
    deadline: str | None,
) -> Iterator[Fact]:
    m = f.marker
    sentences = _sentences(paras, task)
    # one deadline per part when the time field lists as many times as there are parts
    times = _time_parts(block.text[base:])
    for n, clause in enumerate(m.clauses):
        c = clause.marker
        subject = block.text[base + clause.subject[0] : base + clause.subject[1]]
        nth = _nth(subject)
        piece: tuple[int, int, int] | None = None
        if nth is not None:
            piece = sentences[nth - 1] if nth <= len(sentences) else None
        elif len(_cjk(subject)) < 8 and len(sentences) == len(m.clauses):
            piece = sentences[n]
        if piece is not None:
            k, a, b = piece
            text = compact(paras[k].block.original(a, b))
            line_at = offs[k - lo_para] + a
        else:
            text = compact(block.original(base + clause.subject[0], base + clause.subject[1]))
            line_at = base + clause.subject[0]
        if len(_cjk(text)) < _MIN_TASK_CJK:
            continue
        if len(times) == len(m.clauses):
            part_deadline = times[n]
        elif len(times) == 1:
            part_deadline = times[0]
        else:
            part_deadline = c.deadline
        names = [block.original(base + a, base + b) for a, b in c.units]
        leads = [block.original(base + a, base + b) for a, b in c.lead]
        span_lo, span_hi = base + clause.subject[0], base + c.end
        prov = ctx.cite(block, span_lo, span_hi, NAME, VERSION, line_at=line_at, evidence=(span_lo, span_hi))
        yield Assignment(
            prov=prov,
            doc_number=notice.doc_number,
            doc_title=notice.title,
            task=text[:TASK_CHARS],
            lead=tuple(dict.fromkeys(leads)),
            units=tuple(dict.fromkeys(names)),
            deadline=part_deadline if part_deadline is not None else (deadline if len(m.clauses) == 1 else None),
            task_text=text,
        )


def _time_parts(fields_text: str) -> list[str | None]:
    """The deadline of each sentence of the ``时间节点`` field in a labelled group."""
    v = vocab()
    m = re.search("(?:" + "|".join(map(re.escape, v.deadline_labels)) + r")\s*[:：]", fields_text)
    if not m:
        return []
    rest = fields_text[m.end() :]
    stop = re.search("(?:" + "|".join(map(re.escape, v.marker_labels)) + r")\s*[:：]", rest)
    value = rest[: stop.start()] if stop else rest
    parts = [s for s in re.split(r"[。;；]", value) if _cjk(s) or TIME_RE.search(s)]
    return [field_deadline(s) for s in parts]


def _leader_name(written: str) -> str:
    """``副县长王毅翔`` -> ``王毅翔``: the leader's name without the post written with it (kept if unsure)."""
    split = split_name_post(written)
    return written[split[0] : split[1]] if split else written
