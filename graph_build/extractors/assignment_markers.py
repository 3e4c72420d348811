"""The grammar of responsibility markers.

Two families, both read on the working copy (``（`` is ``(``, ``：`` is ``:``):

* labelled: ``责任单位：A、B``, ``牵头单位：X，配合单位：Y``, ``责任部门：X；完成时限：2023年12月底``,
  ``责任领导：王润``; a unit field may hand out parts of the task
  (``第一项由A负责；第二项由B负责，C配合``, ``散乱污由A牵头，B负责``);
* verb clauses: ``A牵头，B、C按职责分工负责，11月底前完成``, ``A负责，B，C配合``,
  ``各级各部门分别负责，年内持续推进``.

A marker is accepted only if every unit it names reads as a unit, so that a
bracket such as ``（其中稷峰镇3个、西社镇1个）`` is never taken for one.
Spans are offsets in the text given, so names can be read back as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from graph_build.extractors.assignment_units import (
    alternation,
    clause_deadline,
    compact,
    field_deadline,
    is_open_ended,
    lead_noted,
    looks_like_unit,
    timed_action,
    unit_list,
    vocab,
)
from graph_build.patterns import LazyPattern
from graph_build.people import is_name

if TYPE_CHECKING:
    from graph_build.nlp import AgencyRecogniser

Span = tuple[int, int]
_OPEN, _CLOSE = "(〔【[", ")〕】]"
_BRACKET = LazyPattern(r"[(〔【\[)〕】\]]")
_PIECE_SEP = LazyPattern(r"[,，;；。]")
_NOTE = LazyPattern(r"(下同|不再(?:单独|另行|一一)?列出|以下均|以下各|同上)")
_PURPOSE = ("确保", "力争", "切实", "做到", "实现")  # how a purpose after a task's time opens
_LATER_ITEMS = "以下"  # how a note on the items after it opens
_POINTS_BACK_BY = LazyPattern(  # (``以上两项由…``, ``上述3项任务由…``: a count of the items)
    r"(?:以上|上述|此项|该项|本项|这项)(?:各项|[一二两三四五六七八九十\d]{1,3}项)?(?:工作|任务|事项)?(?=由)")
_PROSE = LazyPattern(r"(要|应当|必须|确保|做好|加强|推进|开展|进行|根据|按照|通过|对于|以及|其中)")


@dataclass
class Clause:
    """A part of the task handed to its own units (``第二项由A负责``): subject span and its marker."""

    subject: Span
    marker: Marker


@dataclass
class Marker:
    """What one responsibility marker says."""

    start: int  # span of the whole marker in the text (brackets included)
    end: int
    lead: list[Span] = field(default_factory=list)
    units: list[Span] = field(default_factory=list)
    deadline: str | None = None
    open_ended: bool = False  # the marker says the work has no end date (年内持续推进)
    leader: Span | None = None
    persons: list[Span] = field(default_factory=list)
    clauses: list[Clause] = field(default_factory=list)
    labelled: bool = False

    @property
    def names_units(self) -> bool:
        return bool(self.units or self.clauses)

    @property
    def empty(self) -> bool:
        return not (self.units or self.clauses or self.leader or self.persons or self.deadline)

    def add(self, spans: list[Span], *, lead: bool) -> None:
        for s in spans:
            if s not in self.units:
                self.units.append(s)
            if lead and s not in self.lead:
                self.lead.append(s)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The label, the verb, and the verb of a bracket (the verbs and ``bracketed`` ones)."""
    v = vocab()
    # ``责任单位：`` or a label in square brackets, ``【责任单位】``
    # (or a field a line of a table set out the other way round, its one tab for the colon: ``牵头单位	县住建局``)
    label = re.compile(r"(?:(?P<label>" + alternation(v.all_labels) + r")(?:\s*[:：]|\t(?=[^\s\t]))|【(?P<boxed>"
                       + alternation(v.all_labels) + r")】)")
    verb, bracketed = (re.compile(r"(?P<verb>" + alternation(words) + r")(?=[,，;；。、\s)〕】]|$)")
                       for words in (v.lead_verbs + v.unit_verbs, v.lead_verbs + v.unit_verbs + v.bracketed_verbs))
    return label, verb, bracketed


# Words before a label that point back to the items above (``（以上责任单位：…）``, ``上述两项牵头单位：…``).
_POINTS_BACK_LABEL = LazyPattern(r"(?:以上|上述)(?:各项|[一二两三四五六七八九十\d]{1,3}项)?(?:工作|任务|事项)?的?")


def label_at(text: str, pos: int = 0) -> re.Match[str] | None:
    """A marker label starting at ``pos`` (after spaces, and words that point back to the items above)."""
    label = _patterns()[0]
    while pos < len(text) and text[pos] in " \t　":
        pos += 1
    found = label.match(text, pos)
    if found is None and (back := _POINTS_BACK_LABEL.match(text, pos)) is not None:
        found = label.match(text, back.end())
    return found


@lru_cache(maxsize=4096)
def opens_with_label(text: str) -> bool:
    """``label_at(text) is not None``: asked of each paragraph by the assignment extractor (twice) and the duty
    extractor, answered once per paragraph text."""
    return label_at(text) is not None


def bracket_groups(text: str) -> list[Span]:
    """Top-level bracketed groups ``(…)`` ``〔…〕`` ``【…】`` as (start, end) with the brackets."""
    out, depth, start = [], 0, 0
    for m in _BRACKET.finditer(text):  # only the brackets: a paragraph has few
        i, ch = m.start(), m.group()
        if ch in _OPEN:
            if depth == 0:
                start = i
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
            if depth == 0:
                out.append((start, i + 1))
    return out


def _strip(text: str, lo: int, hi: int, chars: str = " \t　,，;；。、:：") -> Span:
    while lo < hi and text[lo] in chars:
        lo += 1
    while hi > lo and text[hi - 1] in chars:
        hi -= 1
    return lo, hi


def parse_verbs(
    text: str, lo: int, hi: int, agencies: AgencyRecogniser | None, *, bracketed: bool = False
) -> Marker | None:
    """``A牵头，B、C按职责分工负责，11月底前完成`` in ``text[lo:hi]``; None if it is not one. ``bracketed``: the text is
    a bracket's (``省财政厅主办，省税务局协办`` is a marker there)."""
    _, verb, in_brackets = _patterns()
    if bracketed:
        verb = in_brackets
    first_stop = text.find("。", lo, hi)
    stop = first_stop if first_stop >= 0 else hi
    if verb.search(text, lo, stop) is None:  # (most brackets: ``（一）``, ``（试行）``)
        return None  # no verb, no units
    lead_verbs = set(vocab().lead_verbs)
    marker = Marker(lo, hi)
    pos = lo
    for m in verb.finditer(text, lo, stop):
        a, b = _strip(text, pos, m.start())
        if a < b and not marker.units and (back := _POINTS_BACK_BY.match(text, a, b)):
            a = back.end()  # ``（以上工作由县扶贫办牵头，…）``: the units after the words that point back
        if a < b and text[a] == "由" and not marker.units:  # ``（由县财政局负责）``
            a += 1
        if a >= b:
            if not marker.units:
                return None
            pos = m.end()
            continue
        spans = unit_list(text, a, b, agencies)
        if not spans:
            if not marker.units:
                return None
            break  # the rest is prose after the marker proper
        marker.add(spans, lead=m.group("verb") in lead_verbs)
        pos = m.end()
    if not marker.units:
        return None
    _read_rest(text, pos, hi, marker)
    return marker


def names_a_verb(text: str) -> bool:
    """Does ``text`` hold a marker verb where a marker has it (``牵头``, ``配合`` … before punctuation or the end)?
    A text without one holds no ``marker_clause``."""
    return _patterns()[1].search(text) is not None


_WITH = "会同"
# ``会同A、B等部门加大…``: the units a lead works with, then the work, in one piece
_WITH_THEN = LazyPattern(
    r"会同(?P<units>[^，,。；;：:]{2,60}?)等(?:有关|相关)?(?:部门|单位)(?:和单位|和部门)?(?=[\u4e00-\u9fff])")


def leading_units(text: str, lo: int, hi: int, agencies: AgencyRecogniser | None) -> tuple[Marker | None, int]:
    """The pieces that open ``text[lo:hi]`` with units and their verb, nothing else (the first may open with 由):
    ``由县应急管理局牵头，县公安局配合，开展…`` -> a marker of those units, and where the rest starts (``开展…``);
    (None, lo) when the text does not open so."""
    lo, hi = _strip(text, lo, hi)
    end = None  # where the last such piece ends
    rest = hi
    joined: list[Span] = []  # units a lead works with (``会同县环保局、县交通局``): they help it
    for n, (a, b) in enumerate(_pieces(text, lo, hi)):
        if n == 0 and text[a] == "由":
            a += 1
        if n and end is not None and text.startswith(_WITH, a) and (with_units := unit_list(text, a + 2, b, agencies)):
            joined += with_units
            continue
        if n and end is not None and not joined and (m := _WITH_THEN.match(text, a, b)) and (
                with_units := unit_list(text, *m.span("units"), agencies)):
            joined += with_units  # ``会同A、B等部门加大…力度``: the units, then the work in the same piece
            rest = m.end()
            break
        tail = None if "由" in text[a:b] else _verb_tail_re().search(text, a, b)  # (``此项工作由X负责``: prose)
        if tail is None or tail.end() != b or not unit_list(text, a, tail.start(), agencies) or joined:
            rest = a if n else lo
            break
        end = b
    if end is None:
        return None, lo
    marker = parse_verbs(text, lo, end, agencies)
    if marker is not None and joined:
        marker.add(joined, lead=False)
    return marker, rest


def marker_clause(
    text: str, lo: int, hi: int, agencies: AgencyRecogniser | None, *, way_after: bool = False
) -> Marker | None:
    """A clause that is nothing but a marker, written without brackets after the task it closes:
    ``由县发改局牵头，县财政局、县统计局配合，2024年12月底前完成`` or ``县商务局负责，各乡镇配合``.

    Units and their verbs (``leading_units``), then nothing but a completion time (``3月底前完成第一轮排查``: a time
    with the action due by it); ``县发改局牵头，负责全县…`` (a duty told after the lead) is no such clause.
    ``way_after`` (the clause hands out a task named before it, ``Y由X牵头…``): how the work is done may follow a
    lead, or a unit in charge, and the units that help it (``由县公安局牵头，各乡镇配合，实行…网格化巡查制度``,
    ``由X负责，Y配合，依法做好…``), and is left out."""
    lo, hi = _strip(text, lo, hi)
    marker, rest = leading_units(text, lo, hi, agencies)
    if marker is None:
        return None
    timed = False
    for a, b in _pieces(text, rest, hi):
        piece = compact(text[a:b])
        if clause_deadline(piece) or is_open_ended(piece) or timed_action(piece):
            timed = True
            continue
        helped = len(marker.units) > len(marker.lead) and (bool(marker.lead) or len(marker.units) >= 2)
        if (timed and piece.startswith(_PURPOSE)) or (way_after and not timed and helped
                                                       and not piece.startswith("负责")):
            # the purpose after the time (``…，10月20日前完成，确保应收尽收``), or how the work is done
            hi = _strip(text, lo, a)[1]
            break
        return None
    marker.end = hi
    _read_rest(text, rest, hi, marker)  # the completion time
    return marker


def _pieces(text: str, lo: int, hi: int) -> Iterator[Span]:
    """The spans between commas (and other piece separators) of ``text[lo:hi]``, spaces stripped, one at a time."""
    pos = lo
    for m in [*_PIECE_SEP.finditer(text, lo, hi), None]:
        end = m.start() if m else hi
        a, b = _strip(text, pos, end, " \t　")
        if a < b:
            yield a, b
        pos = end + 1


def _read_rest(text: str, lo: int, hi: int, marker: Marker) -> None:
    """Deadline and notes after the unit clauses (``，11月底前完成`` / ``，年内持续推进``)."""
    for piece in _PIECE_SEP.split(text[lo:hi]):
        p = compact(piece)
        if not p or _NOTE.search(p):
            continue
        d = clause_deadline(p) or timed_action(p)  # ``11月底前完成`` / ``3月底前完成第一轮排查``
        if d and marker.deadline is None:
            marker.deadline = d
        elif is_open_ended(p):
            marker.open_ended = True


def _clauses(text: str, lo: int, hi: int, agencies: AgencyRecogniser | None) -> list[Clause] | None:
    """``第一项由A负责；第二项由B负责，C配合`` -> one clause per part; None if not of that form."""
    out: list[Clause] = []
    pos = lo
    for m in [*re.finditer(r"[;；。]", text[lo:hi]), None]:
        end = lo + m.start() if m else hi
        a, b = _strip(text, pos, end)
        pos = end + 1
        if a >= b:
            continue
        found = None
        for k in range(a, b):
            if text[k] != "由" or k == a:
                continue
            sub = parse_verbs(text, k + 1, b, agencies)
            if sub is not None:
                found = Clause(subject=_strip(text, a, k), marker=sub)
                break
        if found is None:
            return None
        out.append(found)
    return out or None


def parse_labelled(text: str, lo: int, hi: int, agencies: AgencyRecogniser | None) -> Marker | None:
    """``责任单位：A；配合单位：B；完成时限：X`` in ``text[lo:hi]``; None if it does not open with a label."""
    label_re = _patterns()[0]
    v = vocab()
    fields = list(label_re.finditer(text, lo, hi))
    before = text[lo : fields[0].start()].strip() if fields else ""
    if not fields or (before and not _POINTS_BACK_LABEL.fullmatch(before)):
        return None
    marker = Marker(lo, hi, labelled=True)
    for k, m in enumerate(fields):
        a, b = _strip(text, m.end(), fields[k + 1].start() if k + 1 < len(fields) else hi)
        label = m.group("label") or m.group("boxed")
        if a >= b:
            continue
        if label in v.deadline_labels:
            marker.deadline = marker.deadline or field_deadline(text[a:b])
        elif label in v.leader_labels:
            marker.leader = (a, b)
        elif label in v.person_labels:
            listed = unit_list(text, a, b, None, lenient=True) or []
            marker.persons.extend(p for s in listed for p in _apart(text, *s))
        elif label in v.remedy_labels:
            for units, leads in _remedy_units(text, a, b, agencies):
                marker.add(units, lead=leads)
        else:
            clauses = _clauses(text, a, b, agencies) if "由" in text[a:b] else None
            if clauses:
                marker.clauses.extend(clauses)
                continue
            b = _cut_deadline(text, a, b, marker)
            first_leads = _FIRST_LEADS_NOTE.search(text, a, b)
            if first_leads is not None:  # (the note that the unit listed first leads: not a unit's)
                b = _strip(text, a, first_leads.start())[1]
            for k, s in enumerate(unit_list(text, a, b, agencies, lenient=True) or []):
                s, leads = _lead_note(text, s)
                s, verb_leads = _verb_tail(text, s)
                leads = leads or verb_leads or (k == 0 and first_leads is not None)
                if _plausible(text[s[0] : s[1]], agencies):
                    marker.add([s], lead=leads or label in v.lead_labels)
    return None if marker.empty else marker


# A clause of a remedy (``整改要求：由县环卫站负责清运``): the units that open it, then their verb. A word of the
# units' role may stand before them (``包片单位林业局负责清除``, ``由某路沿线包片单位县职教中心、…负责``), and the
# grounds before that (``按照先劝阻、再强制的要求，由…``).
_REMEDY_CLAUSE = LazyPattern(
    r"(?:(?:按照|根据|依据|依照)[^；;。：:]{0,40}?(?:要求|安排|部署|规定)[，,])?"
    r"由?(?:[^，,；;。：:由]{0,12}?(?:包片|包保|包联|责任|牵头|属地)(?:单位|部门))?(?P<units>[^，,；;。：:由]{2,40}?)"
    r"(?P<verb>牵头|负责|督促|配合)")


def _remedy_units(text: str, a: int, b: int, agencies: AgencyRecogniser | None) -> Iterator[tuple[list[Span], bool]]:
    """The units a remedy names (``整改要求：安监局负责清除垃圾；县环卫站负责配齐垃圾桶``), a clause at a time, each
    with whether its verb says they lead; a clause that opens with no units names none (``道路常态化做好保洁``)."""
    pos = a
    for m in [*re.finditer(r"[;；。]", text[a:b]), None]:
        end = a + m.start() if m else b
        lo, hi = _strip(text, pos, end)
        pos = end + 1
        clause = _REMEDY_CLAUSE.match(text, lo, hi)
        if clause is None:
            continue
        listed = unit_list(text, *clause.span("units"), agencies) or []
        if listed and all(looks_like_unit(compact(text[x:y]), agencies) for x, y in listed):
            yield listed, clause.group("verb") == "牵头"


def _cut_deadline(text: str, a: int, b: int, marker: Marker) -> int:
    """Drop trailing deadline pieces from a unit field (``县住建局，2023年底前完成``), and a note on the items after it
    in a sentence of its own (``…园区管委会。以下政策措施均需各县区落实，不再单独列出``)."""
    stop = text.find("。", a, b)
    if stop > a and _NOTE.search(compact(text[stop:b])):
        b = stop
    while True:
        cut = max(text.rfind(ch, a, b) for ch in ",，;；")
        while cut >= 0 and bracket_depth(text[a:cut]):  # (``县发改局（首位单位为牵头单位，下同）、…``: a note's)
            cut = max(text.rfind(ch, a, cut) for ch in ",，;；")
        if cut < 0:
            return b
        piece = text[cut + 1 : b]
        d = clause_deadline(piece) or timed_action(piece)  # ``…，12月底前出台实施细则``
        if d:
            marker.deadline = marker.deadline or d
        elif is_open_ended(piece):
            marker.open_ended = True
        elif not _NOTE.search(compact(piece)):
            return b
        b = cut


def bracket_depth(text: str) -> int:
    """How many brackets are open at the end of ``text``."""
    depth = 0
    for ch in _BRACKET.findall(text):  # only the brackets: a paragraph has few
        if ch in _OPEN:
            depth += 1
        else:
            depth = max(0, depth - 1)
    return depth


def _lead_note(text: str, span: Span) -> tuple[Span, bool]:
    """``县发改局（牵头）`` in a unit field: the unit, marked as lead."""
    name, noted = lead_noted(text[span[0] : span[1]])
    return (span[0], span[0] + len(name)), noted


@lru_cache(maxsize=1)
def _verb_tail_re() -> re.Pattern[str]:
    v = vocab()
    manner = r"(?:按照?(?:各自)?(?:职责|职能)(?:分工)?)?(?:分别|共同|具体|各自)?"
    return re.compile(manner + "(?P<verb>" + alternation(v.lead_verbs + v.unit_verbs) + r")\s*$")


def _verb_tail(text: str, span: Span) -> tuple[Span, bool]:
    """``乡镇人民政府按职责分工分别负责`` in a unit field: the unit, and whether the verb says 牵头."""
    m = _verb_tail_re().search(text, span[0], span[1])
    if m is None or m.end() != span[1] or m.start() - span[0] < 2:
        return span, False
    return _strip(text, span[0], m.start()), m.group("verb") in vocab().lead_verbs


def _plausible(name: str, agencies: AgencyRecogniser | None) -> bool:
    """A name in a labelled field: a unit, or at least short and free of sentence words."""
    n = compact(name)
    if looks_like_unit(n, agencies):
        return True
    return 2 <= len(n) <= 15 and not re.search(r"[。，,:：]", n) and not _NOTE.search(n) and not _PROSE.search(n)


def parse_marker(text: str, lo: int, hi: int, agencies: AgencyRecogniser | None) -> Marker | None:
    """A marker in ``text[lo:hi]`` (no brackets): labelled or verb clauses."""
    lo, hi = _strip(text, lo, hi, " \t　")
    # (``（以下各项均需各乡镇配合，不再列出）``: a note on the items after it, no marker of its own)
    if lo >= hi or text.startswith(_LATER_ITEMS, lo):
        return None
    first = _FIRST_LEADS.search(text, lo, hi)
    if first is not None:  # ``（A、B。列第一位者为牵头部门，下同）``: the units, the first of them the lead
        marker = parse_marker(text, lo, first.start(), agencies)
        if marker is None and (units := unit_list(text, lo, first.start(), agencies)):
            marker = Marker(lo, hi)  # (the note says the units before it are a marker's: listed bare)
            marker.add(units, lead=False)
        if marker is not None and marker.units and not marker.lead:
            marker.lead = marker.units[:1]
        return marker
    if label_at(text, lo):
        return parse_labelled(text, lo, hi, agencies)
    return parse_verbs(text, lo, hi, agencies, bracketed=True)


# The note that the unit listed first leads (``列第一位者为牵头部门``, ``排在第一位的为牵头单位``) and what follows it
# (``…，其他有关部门按职责分工负责，下同``): what the marker says of its own units is before it. (``下同`` is not
# carried to later tasks: each marker says it again, or it does not count.)
_FIRST_CORE = r"(?:列|排)(?:在)?(?:第一位|首位|第一)(?:者|的)?(?:单位|部门)?为(?:工作)?牵头(?:单位|部门)"
_FIRST_LEADS = LazyPattern(r"[。；;，,]?\s*" + _FIRST_CORE)
# The same note in brackets after a unit field's last unit (``责任单位：A、B（列第一位者为工作牵头单位，下同）``).
_FIRST_LEADS_NOTE = LazyPattern(r"[(（][^()（）]{0,6}?" + _FIRST_CORE + r"[^()（）]{0,30}[)）]\s*$")


def bracket_markers(
    text: str, agencies: AgencyRecogniser | None, *, cut_off: bool = False, marked: dict[str, bool] | None = None
) -> list[Marker]:
    """Markers written in brackets in a paragraph, with their spans (brackets included).

    ``cut_off``: the paragraph is where the text stops (an excerpt cut mid-marker). A bracket left open
    there is read as a labelled marker without its last, unfinished unit (``[牵头单位:A、县农业农`` -> A).
    ``marked`` hears whether the brackets hold a marker (without a cut-off marker), for ``has_bracket_marker``.
    """
    out = []
    groups = bracket_groups(text)
    for a, b in groups:
        m = parse_marker(text, a + 1, b - 1, agencies)
        if m is not None and not m.empty:
            m.start, m.end = a, b
            out.append(m)
    if marked is not None:
        marked[text] = bool(out)
    if cut_off:
        m = _cut_off_marker(text, groups[-1][1] if groups else 0, agencies)
        if m is not None:
            out.append(m)
    return out


def has_bracket_marker(text: str, agencies: AgencyRecogniser | None, marked: dict[str, bool] | None = None) -> bool:
    """``bool(bracket_markers(text, agencies))``, stopping at the first marker; ``marked`` holds what
    ``bracket_markers`` found of the same text with the same recogniser."""
    known = marked.get(text) if marked is not None else None
    if known is not None:
        return known
    for a, b in bracket_groups(text):
        m = parse_marker(text, a + 1, b - 1, agencies)
        if m is not None and not m.empty:
            return True
    return False


def _cut_off_marker(text: str, after: int, agencies: AgencyRecogniser | None) -> Marker | None:
    """A marker whose bracket the end of an excerpt left open: labelled (``[牵头单位:A、县农业农`` -> A), or verb
    clauses and the units of the unfinished clause after them up to its last 、 (``（A牵头，B、C、县农业农`` -> A
    leads, B and C with it)."""
    opened = [i for i in range(after, len(text)) if text[i] in _OPEN]
    if not opened:
        return None
    o = opened[0]
    complete = max(text.rfind(ch, o) for ch in "、,，;；")
    if complete <= o:
        return None
    if label_at(text, o + 1):
        m = parse_labelled(text, o + 1, complete, agencies)
    else:
        verbs = list(_patterns()[2].finditer(text, o + 1, complete))
        clause = max((text.rfind(ch, o, complete) for ch in ",，;；"), default=-1)
        if not verbs or clause < verbs[-1].end():
            return None  # (a verb must close the clauses before the one the excerpt cut)
        m = parse_verbs(text, o + 1, clause, agencies, bracketed=True)
        rest = unit_list(text, clause + 1, complete, agencies) if m is not None and m.units else None
        if not rest:
            return None
        m.add(rest, lead=False)
    if m is None or not m.names_units:
        return None
    m.start, m.end = o, len(text)
    return m


def _apart(text: str, a: int, b: int) -> list[Span]:
    """A cell of people set apart by spaces (``高志远 何玉兰``) as each name's span; else the span whole (``王 润``, a
    name padded to its cell's width, is one name)."""
    parts = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[a:b])]
    if len(parts) > 1 and all(is_name(text[a + x : a + y], strict=True) for x, y in parts):
        return [(a + x, a + y) for x, y in parts]
    return [(a, b)]
