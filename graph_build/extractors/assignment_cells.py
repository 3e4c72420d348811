"""Cells of responsibility tables that PDF extraction flattened into lines.

A table row comes out as a run of short lines and fragments: cells side by
side on one line are separated by spaces, a cell too wide for its column is
cut across lines (``市生态环境`` ⏎ ``局稷山分局``, ``县能源局、县住`` ⏎ ``建局``). This
module splits lines into fragments and glues fragments back into cells.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, TypeVar

from graph_build.extractors.assignment_markers import bracket_depth
from graph_build.extractors.assignment_units import compact, looks_like_unit, vocab
from graph_build.layout import Line
from graph_build.patterns import LazyPattern
from graph_build.people import looks_like_person, title_like
from graph_build.units import HEAD_SUFFIX

if TYPE_CHECKING:
    from graph_build.nlp import AgencyRecogniser

_CJK = r"\u4e00-\u9fff"
_LEFT = LazyPattern(rf"[{_CJK}”’）)》〕】、]")
_RIGHT = LazyPattern(rf"[{_CJK}“‘（(《〔【]")
_SENTENCE_END = "。；;!！?？"
_UNIT_END = set("局委办府心队院所站司会组部")
# A completion time that opens a cell (``各乡镇 2024年10月底``, ``李四 12月底前``), after any cell; not a number
# that a PDF's text layer set apart inside a task (``完成 2021 年清洁取暖…``, ``在 10 月底前``).
_DATE_START = LazyPattern(r"\d{4}年|\d{1,2}月(?:底|份|末|中|上旬|中旬|下旬|前|\d)")
_NOT_SEQ_NEXT = LazyPattern(r"^[月日年个万亿%％.．、号项条]")
# Words that end a unit but cannot start one: a fragment opening with one continues the cell above.
_PURE_SUFFIX = LazyPattern(
    r"^(人民政府|政府|府|局|分局|委员会|管委会|委|会|中心|心|公司|司|办公室|室|办事处|大队|队|站|所|院|办|组|部|厅|社|处|段|单位|部门)$"
)
_CONTINUE_START = tuple("、,，)）〕】等")
_CONTINUE_END = tuple("、,，(（〔【")


# Column names as headers write them (compared without whitespace): ``columns`` in data/assignments.yml.
COLUMNS: dict[str, tuple[str, ...]] = vocab().columns
_LONGEST_FIRST = {kind: sorted(names, key=len, reverse=True) for kind, names in COLUMNS.items()}
TASK_COLUMN = LazyPattern("|".join(map(re.escape, COLUMNS["task"])))
_HEADER_NOT = LazyPattern(r"[，,。；;：:、！？!?]")
# A note in brackets after a column's name (``分管部门（单位）``, ``联系企业（项目）``, ``A角（分管县领导）``).
COLUMN_NOTE = LazyPattern(r"[(（][^()（）]{1,8}[)）]")


def column_note(name: str) -> tuple[str, str] | None:
    """A column name ending with a note, split into the name and the note; None without one."""
    k = max(name.rfind("("), name.rfind("（"))
    if k < 2 or COLUMN_NOTE.fullmatch(name, k) is None:
        return None
    return name[:k], name[k + 1 : -1]


def header_columns(text: str) -> list[str] | None:
    """Column kinds of a header line in order (``分管领导 序号 牵头单位 责任人 工作任务``), else None."""
    return flat_header_columns(compact(text))


def flat_header_columns(t: str) -> list[str] | None:
    """``header_columns`` of a line already without whitespace.

    Three table readers ask this of every line of a notice: ``NoticeMemo.headers`` asks it once per line.
    """
    if len(t) > 60 or not TASK_COLUMN.search(t) or _HEADER_NOT.search(t):
        return None
    found: list[tuple[int, str]] = []
    taken = [False] * len(t)
    for kind, names in _LONGEST_FIRST.items():
        for name in names:
            start = t.find(name)
            while start >= 0:
                end = start + len(name)
                if not any(taken[start:end]):
                    found.append((start, kind))
                    for k in range(start, end):
                        taken[k] = True
                start = t.find(name, end)
    kinds = [k for _, k in sorted(found)]
    if "task" not in kinds or not ({"lead", "resp", "coop"} & set(kinds)) or len(set(kinds)) < 3:
        return None
    covered = sum(taken)
    if covered < len(t) * 0.6:
        return None
    return kinds


@dataclass(frozen=True)
class Frag:
    """A fragment of a table line: ``line`` and the span ``[start, end)`` in its text."""

    line: Line
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.line.text[self.start : self.end]


def fragments(line: Line) -> list[Frag]:
    """The cells side by side on a line, split at spaces between words (not inside ``10 月底``).

    A space also separates a leading 序号 (``1 推进…``), and a cell from a completion time after it
    (``县住建局 2023年10月底``, ``县财政局配合 2023年10月底``, ``李四 12月底前``).
    """
    text = line.text
    out, lo = [], 0
    for m in re.finditer(r"\s+", text):
        left, right = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
        if not left or not right:
            continue
        seq = lo == 0 and re.fullmatch(r"\d{1,3}", text[: m.start()]) and not _NOT_SEQ_NEXT.match(right)
        unit_then_date = right.isdigit() and (left in _UNIT_END or _DATE_START.match(text, m.end()) is not None)
        if (_LEFT.match(left) and _RIGHT.match(right)) or left in _SENTENCE_END or seq or unit_then_date:
            out.append(Frag(line, lo, m.start()))
            lo = m.end()
    out.append(Frag(line, lo, len(text)))
    return [f for f in out if f.text.strip()]


def merge_single_chars(frags: list[Frag]) -> list[Frag]:
    """``王 润`` is one name: runs of one-character fragments on a line are joined."""
    out: list[Frag] = []
    run = False  # is out[-1] made of one-character fragments?
    for f in frags:
        single = bool(re.fullmatch(rf"[{_CJK}]", compact(f.text)))
        if single and out and run and out[-1].line is f.line:
            out[-1] = Frag(f.line, out[-1].start, f.end)
            continue
        out.append(f)
        run = single
    return out


def first_item(text: str) -> str:
    return re.split(r"[、,，]", compact(text), maxsplit=1)[0]


def last_item(text: str) -> str:
    """The last unit of a cell, a bracketed note after it set aside (``农业农村局（…）`` -> ``农业农村局``)."""
    t = compact(text)
    if t.endswith((")", "）")):
        depth = 0
        for k in range(len(t) - 1, -1, -1):
            if t[k] in ")）":
                depth += 1
            elif t[k] in "(（":
                depth -= 1
                if depth == 0:
                    t = t[:k]
                    break
    return re.split(r"[、,，]", t)[-1]


def continues_unit_cell(cell: str, nxt: str, agencies: AgencyRecogniser | None, *, persons: bool = True) -> bool:
    """Does fragment ``nxt`` continue the unit cell ``cell`` (rather than start the next cell)?

    ``persons``: a personal name may follow (a 责任人 column), so a name-like
    fragment ends the cell rather than being read as a cut unit name.
    """
    c, n = compact(cell), compact(nxt)
    if not c or not n:
        return False
    if cut_across(c, n):
        return True
    tail = last_item(c)
    return not (looks_like_unit(tail, agencies) or (persons and looks_like_person(tail)))


def cut_across(c: str, n: str) -> bool:
    """Is one text cut between ``c`` and ``n`` (both without whitespace), whatever the words: a bracket or a
    quotation left open, a list that goes on (``县财政局、`` ⏎ ``县审计局``, ``县教育局`` ⏎ ``、县体育局``), a unit's
    suffix alone or a unit word cut in two (``县直各单`` ⏎ ``位``)?"""
    if bracket_depth(c) > 0 or c.endswith(_CONTINUE_END) or n.startswith((*_CONTINUE_START, "(", "（")):
        return True
    if "“" in c and c.count("“") > c.count("”"):  # a quotation left open (``开办“一窗受理、并行办`` ⏎ ``理”，…``)
        return True
    if _TIME_CUT_END.search(c) and _TIME_CUT_START.match(n):  # a time cut in two (``2021年7月`` ⏎ ``底前``)
        return True
    if "、" in c and c.rpartition("、")[2] in _LEVELS:  # a list's next unit cut after its level (``…、区`` ⏎ ``…``)
        return True
    return bool(_PURE_SUFFIX.match(first_item(n))) or _word_cut(c, n)


# A time cut in two: a year, its month or a number's digits at a line's end, and the rest of the time opening the
# next (``2021年7月`` ⏎ ``底前``, ``2021年12`` ⏎ ``月底前``, ``2024年`` ⏎ ``6月30日前``).
_TIME_CUT_END = LazyPattern(r"\d{4}年(?:\d{1,2}(?:月\d{0,2})?)?$")
_TIME_CUT_START = LazyPattern(r"^(?:\d{1,2}月|月|日|号|底|前|末|中旬|上旬|下旬|份)")
# A unit's level alone (a list's next unit cut after it: ``各街道办事处、区`` ⏎ ``自然资源和规划分局``).
_LEVELS = frozenset("省市州盟县区旗乡镇")


_CUT_WORDS = (
    "单位",
    "部门",
    "负责人",
    "人民政府",
    "委员会",
    "管委会",
    "办公室",
    "中心",
    "分局",
    "大队",
    "支队",
    "中队",
)


def _word_cut(c: str, n: str) -> bool:
    """Is a unit word cut between the two fragments (``县直各单`` ⏎ ``位负责人``)?"""
    for w in _CUT_WORDS:
        for k in range(1, len(w)):
            if c.endswith(w[:k]) and n.startswith(w[k:]):
                return True
    return False


# A unit's end that names no place (``建设局``, ``镇人民政府``), the rest of a unit a line cut (``县住房和城乡`` ⏎
# ``建设局``); an item that ends a unit; what opens a unit with its place.
_PLACELESS_TAIL = LazyPattern(r"^[\u4e00-\u9fff]{1,5}(?:局|委|办|中心|公司|集团|人民政府)$")
_ENDS_A_UNIT = LazyPattern(r"(?:局|委|办|中心|公司|集团|站|所|队|院|会|部|室|厅|股|科|处|馆|政府|单位|部门)$")
_PLACE_OPENS = ("县", "市", "区", "省", "州", "旗", "各", "中共", "国网", "中国")


def tail_cut(c: str, n: str) -> bool:
    """Does ``n`` open with the rest of a unit whose start ends ``c`` (``县住房和城乡`` ⏎ ``建设局``, ``各乡`` ⏎
    ``镇人民政府``): a unit's end that names no place, after an item that ends no unit? (For a cell's parts
    under one column of a table set out with spaces, where each line's part is cut at the column's width.)"""
    tail, head = last_item(compact(c)), first_item(compact(n))
    return (len(tail) >= 2 and not _ENDS_A_UNIT.search(tail) and not head.startswith(_PLACE_OPENS)
            and bool(_PLACELESS_TAIL.match(head)))


def is_person_cell(text: str) -> bool:
    """A 责任人 cell: a personal name, or a unit's head (``县直各单位负责人``)."""
    t = compact(text)
    if looks_like_person(t):
        return True
    m = HEAD_SUFFIX.search(t)
    return bool(m and m.start() > 0)


_FORCED = 10  # a cut that ``cut_across`` sees: the line surely goes on


def cut_cells(body: list[Line], cells: int, opens: re.Pattern[str]) -> list[list[Line]] | None:
    """``body``'s lines cut into ``cells`` runs of lines, a cell each: the lines that go on are those whose join
    ``_goes_on`` rates highest, which must stand clearly above the rest; None when they do not, or when there are
    fewer lines than cells."""
    if len(body) < cells or cells == 0:
        return None
    texts = [compact(ln.text) for ln in body]
    widest = max(len(t) for t in texts)
    scores = [_goes_on(texts[k], texts[k + 1], widest, opens) for k in range(len(body) - 1)]
    need = len(body) - cells  # how many joins go on
    order = sorted(range(len(scores)), key=lambda k: -scores[k])
    if need and need < len(scores) and scores[order[need - 1]] <= scores[order[need]]:
        return None  # not clear which lines go on
    if not need and scores and scores[order[0]] >= _FORCED:
        return None  # a line that surely goes on, with no cell to spare
    glued = set(order[:need])
    out = [[body[0]]]
    for k in range(len(scores)):
        if k in glued:
            out[-1].append(body[k + 1])
        else:
            out.append([body[k + 1]])
    return out


def _goes_on(prev: str, nxt: str, widest: int, opens: re.Pattern[str]) -> int:
    """How surely line ``nxt`` goes on with the cell of line ``prev`` (both without whitespace)."""
    if cut_across(prev, nxt):
        return _FORCED
    score = 0
    if len(prev) >= widest - 1:  # as wide as the row's widest line: cut at the column's edge
        score += 2
    tail = last_item(prev)
    if prev.endswith(("。", "；", ";")) or looks_like_unit(tail) or title_like(tail):
        score -= 1  # a whole word or sentence ends the line
    else:
        score += 1
    if opens.match(nxt) or looks_like_person(nxt):  # (a unit, a clause's verb, a time or a name opens a cell)
        score -= 2
    return score


class _Part(Protocol):
    @property
    def line(self) -> Line: ...

    @property
    def text(self) -> str: ...


_P = TypeVar("_P", bound=_Part)


def cut_runs(parts: Sequence[_P]) -> list[list[_P]]:
    """A table cell's parts on successive lines in runs that read as one text: a part on a later line goes on with
    the one above where a word or a list was cut between them (``县行政审批`` ⏎ ``服务局``, ``县财政局、`` ⏎
    ``县审计局``), not after a whole unit (a column of one company a line)."""
    out: list[list[_P]] = []
    for p in parts:
        if out and out[-1][-1].line is not p.line and continues_unit_cell(out[-1][-1].text, p.text, None,
                                                                         persons=False):
            out[-1].append(p)
        else:
            out.append([p])
    return out
