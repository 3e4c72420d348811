"""Responsibility written in prose, without brackets or labels.

News reports and work plans hand out tasks in sentences rather than markers:

* ``推进旅游合作由县旅游局牵头负责；…由县质监局牵头负责。`` — the clause before ``由X(牵头)负责`` is
  the task (one record per clause);
* ``此项工作由市教育局负责。`` closing an item — the task is the item (read through the outline like a
  bracket marker);
* ``县发改委牵头揽总，相关部门各司其职。`` — a lead and the units under it, for the text before it;
* ``由县发改局牵头，县财政局配合，12月底前完成。`` or ``县商务局负责，各乡镇配合。`` — a clause that is nothing
  but a marker (``marker_clause``): read through the outline like a bracket marker;
* ``现场分解了任务：A、B负责X，C负责Y。`` — a sentence that says it divides the work, then one
  ``units负责task`` clause per part; the task starts at ``负责``;
* ``A牵头，负责X。B牵头，负责Y。`` — two clauses or more of units that lead and what each does: one task each,
  starting at ``负责`` (one such clause alone may be a standing duty);
* ``（一）由X负责，于7月17日前完成Y`` and ``1.A、B负责，落实Y`` — a numbered decision or remedy opened by the
  units in charge: the task is what follows them (``由X负责`` needs the time at once).

Precision first: every unit must read as a unit (``unit_list`` without leniency); a ``Y由X负责`` clause
counts only with 牵头 or a demonstrative subject (plain ``由X负责…`` in a plan is a duty, see ``duties``),
and needs a task of at least four Chinese characters; plain ``X负责Y`` prose counts only after words
that announce a division of work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from graph_build.extractors.assignment_markers import Marker, leading_units, marker_clause, names_a_verb, parse_verbs
from graph_build.extractors.assignment_units import alternation, clause_deadline, timed_action, unit_list, vocab
from graph_build.patterns import BULLETS, LazyPattern
from graph_build.people import is_name

if TYPE_CHECKING:
    from graph_build.nlp import AgencyRecogniser

Span = tuple[int, int]
_CJK = LazyPattern(r"[\u4e00-\u9fff]")
_CLAUSE_END = "。;；"
_CLAUSE_END_RE = LazyPattern(r"[。;；]")
# ``由X牵头负责`` / ``由X负责`` / ``由X牵头`` (X without clause punctuation).
_LED_VERBS = ("牵头负责", "牵头落实", "负责落实", "具体负责", "牵头", "负责")


@lru_cache(maxsize=1)
def _led() -> re.Pattern[str]:
    """``由X牵头负责`` and the verbs of the division of duties (``由A、B按照职责分工负责``)."""
    divided = [w for w in vocab().unit_verbs if w.startswith("按") and ("负责" in w or "落实" in w)]
    verbs = sorted({*_LED_VERBS, *divided}, key=len, reverse=True)
    return re.compile(rf"由(?P<units>[^。;；,，:：由]{{2,60}}?)(?P<verb>{alternation(verbs)})")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    """The prose grammar, from ``prose`` in data/assignments.yml."""
    words = vocab().prose
    return {
        # ``此项工作`` / ``上述工作`` / ``以上任务``: the clause's task is the item it closes.
        "demonstrative": re.compile(  # (``以上两项``, ``上述3项任务``: a count of the items)
            r"^(?:" + alternation(words["demonstratives"]) + r")(?:各项|[一二两三四五六七八九十\d]{1,3}项)?"
            r"(?:工作|任务|事项)?$"),
        # A lead and the rest under it: ``X牵头揽总，相关部门各司其职``.
        "lead_and_rest": re.compile(
            r"(?P<lead>[^。;；,，:：]{2,40}?)(?:" + alternation(words["lead_overall"]) + r")[,，]"
            r"(?P<rest>[^。;；,，:：]{2,40}?)(?:" + alternation(words["others_follow"]) + r")(?=[。;；]|$)"
        ),
        # The words ``lead_and_rest`` needs (a text without them is not searched clause by clause).
        "lead_overall": re.compile(alternation(words["lead_overall"])),
        # Words that announce a division of work: ``分解了任务：`` ``分工如下：``.
        "division": re.compile(r"(?:" + alternation(words["division"]) + r")[:：]"),
        # (matched at a clause's start: ``match`` anchors there; an opening ``^`` would anchor at the text's start)
        "reported": re.compile(
            r"(?:[”\"’」]?[^，,。；;:：“”\"]{0,12}?(?:" + alternation(words["told"]) + r")[,，:：]\s*)?"
            r"(?:(?:" + alternation([*words["reported"], *words["lead_ins"]]) + r"|(?:"
            + alternation(words["grounds_open"]) + r")[^，,。；;:：]{0,20}?(?:" + alternation(words["grounds_close"])
            + r")|[\u4e00-\u9fff]{2,3}?(?:同志)?(?:" + alternation(words["speaker_verbs"]) + r")|(?:"
            + alternation(words["purpose_open"]) + r")[^，,。；;:：由]{2,40}?)[,，:：]\s*)?"),
    }


_DOES = LazyPattern(r"(?P<units>[^。;；,，:：]{2,60}?)(?P<verb>负责)(?=[\u4e00-\u9fff])")


@dataclass
class ProseTask:
    """A task written in the clause itself: ``task`` and ``marker`` are spans of the paragraph text."""

    task: Span
    marker: Marker


def _clauses(text: str) -> list[Span]:
    out, lo = [], 0
    for m in _CLAUSE_END_RE.finditer(text):
        out.append((lo, m.end()))
        lo = m.end()
    if lo < len(text):
        out.append((lo, len(text)))
    return out


_HELPER_VERBS = ("配合", "协助", "协同", "参与", "落实")
_HELPERS_ONLY = LazyPattern(r"[^。;；,，:：由]{2,80}?(?:" + "|".join(_HELPER_VERBS) + ")")


def _joined_markers(text: str, clauses: list[Span], agencies: AgencyRecogniser | None) -> list[Span]:
    """The clauses, a lead's and its helpers' set apart by a semicolon joined into one marker (``A牵头；B配合；``,
    ``A牵头;B配合;C落实``: one item's units, not two items')."""
    out: list[Span] = []
    chained = False  # the last span is a lead's clause joined with its helpers'
    for lo, hi in clauses:
        if out and text[out[-1][1] - 1 : out[-1][1]] in ";；":
            plo, phi = out[-1]
            a = _strip_start(text, lo, hi)
            b = hi - 1 if text[hi - 1 : hi] in _CLAUSE_END else hi
            if (_HELPERS_ONLY.fullmatch(text, a, b) and (chained or text[plo:phi - 1].rstrip().endswith(_LED_VERBS))
                    and marker_clause(text, plo, b, agencies) is not None):
                out[-1] = (plo, hi)
                chained = True
                continue
        out.append((lo, hi))
        chained = False
    return out


def _cjk(s: str) -> int:
    return len(_CJK.findall(s))


def _units(text: str, lo: int, hi: int, agencies: AgencyRecogniser | None) -> list[Span] | None:
    return unit_list(text, lo, hi, agencies) or None


def announces_division(text: str) -> bool:
    """Does ``text`` end with words that announce a division of work (``…现场分解了任务：``)?"""
    t = text.rstrip()
    return t.endswith((":", "：")) and any(m.end() == len(t) for m in _patterns()["division"].finditer(t))


def prose_markers(text: str, agencies: AgencyRecogniser | None, continues: bool = False, itemized: bool = True,
                  announced: bool = False) -> tuple[list[Marker], list[ProseTask]]:
    """Markers whose task is the item around them, and tasks written with their own units. ``continues``: the
    text may go on with a sentence the paragraph before left open (a line the PDF wrapped); then its first
    clause is a marker only when it opens with ``由`` (``山分局负责。`` is the end of ``…由市生态环境局稷`` ⏎).
    ``itemized``: the paragraph is, or stands under, a numbered item (a report's prose is not). ``announced``:
    the paragraph before ends by announcing a division of work (``…县长现场分解了任务：`` ⏎ ``A负责X，B负责Y。``)."""
    markers: list[Marker] = []
    tasks: list[ProseTask] = []
    plain: list[ProseTask] = []  # ``Y由X负责`` clauses: tasks only beside clauses that hand tasks out
    division = _patterns()["division"].search(text)
    divided = division.end() if division else 0 if announced else None  # where the divided work starts
    lead_overall = _patterns()["lead_overall"].search(text) is not None
    verbs = names_a_verb(text)
    if divided is None and not lead_overall and "由" not in text and not verbs:
        return markers, tasks  # (each clause below needs a division of work, a lead overall, a verb or ``由X负责``)
    clauses = _joined_markers(text, _clauses(text), agencies) if verbs else _clauses(text)
    duty_leads = [c for c in clauses if _LEAD_DUTY.match(text, _strip_start(text, *c), c[1])] if "牵头" in text else []
    for lo, hi in clauses:
        if len(duty_leads) >= 2 and (lo, hi) in duty_leads:
            task = _lead_duty(text, lo, hi, agencies)
            if task is not None:  # ``A牵头，负责X。B牵头，负责Y。``: a division of the work, one clause per unit
                tasks.append(task)
                continue
        if divided is not None and divided <= hi and lo <= divided:
            tasks.extend(_division_parts(text, max(lo, divided), hi, agencies))
            continue
        m = _patterns()["lead_and_rest"].search(text, lo, hi) if lead_overall else None
        if m:
            marker = _lead_and_rest(text, m, agencies)
            if marker is not None:
                marker.start, marker.end = _strip_start(text, m.start("lead"), hi), hi
                markers.append(marker)
            continue
        labelled = _TASK_LABEL.match(text, lo, hi) if verbs else None
        if labelled and _cjk(labelled.group("task")) >= 4 and not _NOT_TASK_LABEL.search(labelled.group("task")):
            said = marker_clause(text, labelled.end(), hi, agencies)
            if said is not None:  # ``▶背街小巷整治：县城管局牵头，城关街道配合，10月31日前全部整改到位``
                said.start, said.end = labelled.end(), hi
                tasks.append(ProseTask(labelled.span("task"), said))
                continue
        own = lo > 0 or not continues or text.startswith("由", _strip_start(text, lo, hi))
        led = _led_first(text, lo, hi, agencies) if verbs and own and _MAY_LEAD.search(text, lo, hi) else None
        if led is not None:  # ``会议要求，由X牵头，Y配合，于10月底前完成Z，报…``
            marker, action = led
            opening = _ITEM_NUMBER.match(text, _strip_start(text, 0, lo)) if lo == 0 else None
            told_before = itemized and _cjk(text[opening.end() if opening else 0 : lo]) >= 2
            if not told_before and action is not None:
                tasks.append(ProseTask(action, marker))  # opening its item, or in a report's prose: what is done
            else:
                markers.append(marker)  # the item's task is told before it (``一、关于X。会议要求，由…``)
            continue
        closing = marker_clause(text, lo, hi, agencies) if verbs and own else None
        if closing is not None:  # ``由X牵头，Y配合，…前完成。`` after its task: the item's marker
            closing.start, closing.end = _strip_start(text, lo, hi), hi
            markers.append(closing)
            continue
        closing = _closing_tail(text, lo, hi, agencies) if verbs and own else None
        if closing is not None:  # ``…，5月10日前完成，由X牵头，Y配合。``: the same, after a comma
            closing.end = hi
            markers.append(closing)
            continue
        person_led = _person_led(text, lo, hi, agencies) if verbs and own else None
        if person_led is not None:  # ``Y由王五牵头，九重镇落实``: a leader leads, a unit carries it out
            tasks.append(person_led)
            continue
        parallel = _parallel_parts(text, lo, hi, agencies) if "由" in text[lo:hi] else []
        if parallel:  # ``该幼儿园由A负责规划用地，B负责园舍建设``: the work divided, a part each
            tasks.extend(parallel)
            continue
        for m in _led().finditer(text, lo, hi):
            sub = parse_verbs(text, m.start("units"), m.end("verb"), agencies)
            if sub is None or not _units(text, m.start("units"), m.end("units"), agencies):
                continue
            rest = text[m.end("verb") : hi].strip(" ,，" + _CLAUSE_END)
            subject = _strip_start(text, lo, m.start())
            comma = max(text.rfind("，", subject, m.start()), text.rfind(",", subject, m.start()))
            if comma >= 0 and _patterns()["demonstrative"].match(text[comma + 1 : m.start()].strip()):
                subject = comma + 1  # ``开展宣传活动，此项工作由X负责``: the words that point back open the clause
            said = text[subject : m.start()].strip(" ,，")
            if rest and _patterns()["demonstrative"].match(said):  # ``以上任务由X牵头，Y配合。``
                end = hi
                while end > m.start() and text[end - 1] in " ,，" + _CLAUSE_END:
                    end -= 1
                whole = parse_verbs(text, m.start("units"), end, agencies) or marker_clause(
                    text, m.start("units"), hi, agencies, way_after=True)  # (its time and purpose after the units)
                if whole is not None and _units(text, m.start("units"), m.end("units"), agencies):
                    whole.start, whole.end = subject, hi
                    markers.append(whole)
                    break
            if rest:
                helped = _HELPERS.match(rest)  # ``由X负责，Y、Z配合，…``: the units that help say it is handed out
                first = re.split(r"[,，]", rest)[0]  # ``Y由X负责，年底前完成…``: so does a time it is due by
                due = bool(clause_deadline(first) or timed_action(first))
                tail = (marker_clause(text, m.start("units"), hi, agencies, way_after=True)
                        if "牵头" in m.group("verb") or due or (
                            helped and _units(text, *_span_in(text, m.end("verb"), helped), agencies)) else None)
                if tail is not None and _cjk(said) >= 4:  # ``Y由X牵头负责，Z配合，6月底前完成…``
                    tail.start, tail.end = m.start(), hi
                    tasks.append(ProseTask(told_task(text, subject, m.start()), tail))
                    break
                pieces = re.split(r"[,，]", rest)
                later = next((d for p in pieces[1:3] if (d := clause_deadline(p) or timed_action(p))), None)
                if (later and itemized and m.group("verb") == "负责" and _cjk(said) >= 4
                        and 0 < _cjk(pieces[0]) <= _SHORT_ACTION and not _HELPED.search(pieces[0])):
                    # ``1. Y，由X负责组织施工，10月31日前完成``: a numbered item's few words of action, then its time
                    sub.start, sub.end, sub.deadline = m.start(), hi, sub.deadline or later
                    tasks.append(ProseTask(told_task(text, subject, m.start()), sub))
                    break
                continue  # ``由X负责为…提供…``: a duty told in prose, not a task handed out
            if _patterns()["demonstrative"].match(said):  # ``此项工作由X负责。``: the task is the item it closes
                sub.start, sub.end = subject, hi
                markers.append(sub)
            elif ("牵头" in m.group("verb") or m.group("verb").startswith("按")) and _cjk(said) >= 4:
                # ``Y由X牵头负责``; ``Y由A、B按照职责分工负责`` (the schema's marker, written as a clause)
                sub.start, sub.end = m.start(), hi
                tasks.append(ProseTask(told_task(text, subject, m.start()), sub))
            elif _cjk(said) >= 4:  # ``Y由X负责。``: a task only among clauses that hand tasks out (below)
                sub.start, sub.end = m.start(), hi
                plain.append(ProseTask(told_task(text, subject, m.start()), sub))
            break
    if tasks and plain:  # ``A由X牵头，Y配合；B由Z负责。``: a sentence of tasks handed out, the last plainly
        tasks = sorted(tasks + plain, key=lambda t: t.task)
    return markers, tasks


# ``市公安局牵头，负责组织开展对道路交通领域的专项整治工作。``: units that lead, then what they do. One such
# clause alone may tell a standing duty; a paragraph of two or more divides the work.
_LEAD_DUTY = LazyPattern(r"(?P<units>[^。;；,，:：由]{2,60}?)牵头[,，](?P<task>负责[^。;；]{4,})")


def _lead_duty(text: str, lo: int, hi: int, agencies: AgencyRecogniser | None) -> ProseTask | None:
    m = _LEAD_DUTY.match(text, _strip_start(text, lo, hi), hi)
    if m is None:
        return None
    marker = parse_verbs(text, m.start("units"), m.start("task") - 1, agencies)
    if marker is None or not marker.lead:
        return None
    end = m.end("task")
    while end > m.start("task") and text[end - 1] in " ,，" + _CLAUSE_END:
        end -= 1
    marker.start, marker.end = m.start(), hi
    marker.deadline = marker.deadline or clause_deadline(text[m.start("task") : end])
    return ProseTask((m.start("task"), end), marker)


# ``Y由王五牵头，九重镇落实``: a task (before 由), the leader who leads it (a name), the units that carry it out.
_PERSON_LED = LazyPattern(
    r"由(?P<person>[\u4e00-\u9fff]{2,3})牵头[,，](?P<units>[^。;；,，:：由]{2,40}?)(?:具体落实|负责落实|落实|负责|实施)"
    r"(?=[,，。;；]|$)")


def _person_led(text: str, lo: int, hi: int, agencies: AgencyRecogniser | None) -> ProseTask | None:
    m = _PERSON_LED.search(text, lo, hi)
    if m is None or not is_name(m.group("person"), strict=True):
        return None
    subject = _strip_start(text, lo, m.start())
    units = _units(text, m.start("units"), m.end("units"), agencies)
    if not units or _cjk(text[subject : m.start()]) < 4:
        return None
    marker = Marker(m.start(), m.end())
    marker.add(units, lead=False)
    marker.leader = m.span("person")
    return ProseTask(told_task(text, subject, m.start()), marker)


_SHORT_ACTION = 8  # the most Chinese characters of a unit's action between 负责 and the time it is due by
_HELPED = LazyPattern(r"^[、，,]|配合|协助|协同|参与")  # (more units after the verb: not the unit's action)
_HELPERS = LazyPattern(r"(?P<units>[^。;；,，:：由]{2,60}?)(?:配合|协助|协同)(?:[,，]|$)")


def _span_in(text: str, after: int, m: re.Match[str]) -> Span:
    """The span in ``text`` of the units ``_HELPERS`` found in the rest after ``after`` (commas stripped from it)."""
    lo = after + len(text[after:]) - len(text[after:].lstrip(" ,，"))
    return lo + m.start("units"), lo + m.end("units")


def points_back(text: str, start: int) -> bool:
    """Does the marker at ``text[start:]`` hand out the item it closes by a word that points back (``此项工作由X
    牵头，Y配合``)?"""
    m = _POINTS_BACK.match(text, start)
    return m is not None and _patterns()["demonstrative"].match(m.group(1)) is not None


_POINTS_BACK = LazyPattern(r"([^，,。；;:：由]{2,6})由")


_ITEM_NUMBER = LazyPattern(  # (``一是``: a meeting's items)
    r"(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．是]|\d{1,3}[、.．])\s*")
_LEAD_IN = LazyPattern(r"[^。;；]*[:：]\s*")  # ``会议明确了下一步重点工作：`` before the task


def told_task(text: str, subject: str, end: int) -> Span:
    """The task of a ``Y由X牵头…`` clause between ``subject`` and ``end`` (where 由 is): without an item's number, a
    lead-in that ends with a colon, a meeting's report or a speaker's words (``会议指出，``, ``”X告诉记者，``), each
    left out only if four Chinese characters of task are left; the comma before 由 dropped."""
    start = subject
    for pattern in (_ITEM_NUMBER, _LEAD_IN, _patterns()["reported"]):
        m = pattern.match(text, start, end)
        if m and m.end() > start and _cjk(text[m.end() : end]) >= 4:
            start = m.end()
    while end > start and text[end - 1] in " ,，":
        end -= 1
    return start, end


# ``▶背街小巷整治：县城管局牵头…``: a task named before a colon, then nothing but a marker.
_TASK_LABEL = LazyPattern(rf"[\s{BULLETS}·\-]*(?P<task>[^：:，,。；;()（）]{{2,30}}?)[:：]")
# Words that make the text before a colon a lead-in or a label, not a task.
_NOT_TASK_LABEL = LazyPattern(r"(?:要求|指出|强调|明确|提出|决定|如下|单位|部门|时限|领导|责任人|措施)$")


_COMMA_BY = LazyPattern(r"[，,]\s*(?=由)")


def _led_first(text: str, lo: int, hi: int, agencies: AgencyRecogniser | None) -> tuple[Marker, Span | None] | None:
    """A clause that opens (after a meeting's lead-in, ``会议要求，``) with ``由X牵头，Y配合`` and goes on with what
    they do (``于10月底前完成Z，报…审议``, ``抓紧启动项目招标，确保6月底前全面开工``): the marker, from the lead-in
    on, and the span of the action without its time (``完成Z…``), None where no action follows. Only 由, 牵头 and
    units that join the lead make it: ``县发改局牵头，负责全县…`` may be a duty."""
    start = _strip_start(text, lo, hi)
    number = _ITEM_NUMBER.match(text, start, hi)  # (``1.由区住建局牵头，…``)
    if number is not None:
        start = number.end()
    at = start
    while (said := _patterns()["reported"].match(text, at, hi)) is not None and said.end() > at:
        at = said.end()  # (``为完成…目标任务，曲道凯要求，由…``: the grounds, then who said it)
    if not text.startswith("由", at) and at == start and number is None:
        return None  # (without 由, only after a meeting's words, ``会议要求，县林业局牵头，…配合，…``, or a number)
    marker, rest = leading_units(text, at, hi, agencies)
    if marker is None or rest >= hi:
        return None
    if not marker.lead or len(marker.units) <= len(marker.lead):
        # (a lead alone, ``由县委宣传部牵头，通过…开展…``, tells a duty; so does ``由X负责，…``, unless it opens a
        # numbered decision whose next words set its time: ``（一）由县林业局负责，于7月17日前完成…``)
        # (nor, without 由, ``1.县公安局、城管执法局负责，落实对流浪犬只的捕捉``: a numbered remedy handed out)
        if marker.lead or number is None:
            return None
        first = re.split("[,，]", text[rest:hi], maxsplit=1)[0]
        if text.startswith("由", at) and not (clause_deadline(first) or _TIME_FIRST.match(first)):
            return None
    end = hi
    while end > rest and text[end - 1] in " ,，" + _CLAUSE_END:
        end -= 1
    action = _strip_start(text, rest, end)
    if _cjk(text[action:end]) < 4:
        return None
    pieces = re.split("[,，]", text[action:end])
    due = clause_deadline(pieces[0]) or timed_action(pieces[0])
    if due is not None:
        timed = _TIME_FIRST.match(text, action, end)
        if timed is not None and _cjk(text[timed.end() : end]) >= 4:
            action = timed.end()  # (``10月底前完成…``: the task is what is done)
    else:  # (``做好…，确保12月1日前全面开榨``: the time a later piece sets)
        due = next((d for p in pieces[1:] if (d := clause_deadline(p) or timed_action(p))), None)
    marker.deadline = marker.deadline or due
    marker.start, marker.end = start, hi
    return marker, (action, end)


_MAY_LEAD = LazyPattern("牵头|由|负责")  # (what ``_led_first`` needs in a clause)
# A time that opens an action (``于2024年10月底前``, ``确保6月底前``), left out of the task.
_TIME_FIRST = LazyPattern(
    r"(?:确保|力争|争取|务必|要)?(?:于|在)?[^，,。；;]{0,12}?(?:底前|以前|前|底)(?=[\u4e00-\u9fff])")


def _closing_tail(text: str, lo: int, hi: int, agencies: AgencyRecogniser | None) -> Marker | None:
    """A marker that ends its task's sentence after a comma: ``…，5月10日前完成整改销号，由县水利局牵头，县应急管理局
    配合。`` (only after 由, which no duty's subject follows: ``…，县财政局负责…`` may be a duty)."""
    for m in _COMMA_BY.finditer(text, lo, hi):
        if _cjk(text[lo : m.start()]) < 4:
            continue
        marker = marker_clause(text, m.end(), hi, agencies)
        if marker is not None:
            marker.start = m.end()
            return marker
    return None


def _strip_start(text: str, lo: int, hi: int) -> int:
    while lo < hi and text[lo] in " \t　,，" + _CLAUSE_END:
        lo += 1
    return lo


def _lead_and_rest(text: str, m: re.Match[str], agencies: AgencyRecogniser | None) -> Marker | None:
    lead = _units(text, m.start("lead"), m.end("lead"), agencies)
    rest = _units(text, m.start("rest"), m.end("rest"), agencies)
    if not lead or not rest:
        return None
    marker = Marker(m.start(), m.end())
    marker.add(lead, lead=True)
    marker.add(rest, lead=False)
    return marker


# ``由A负责X，B负责Y``: the parts of a divided work, each a unit's (the first after 由) and what it does.
_PART = LazyPattern(r"(?P<units>[^。;；,，:：由]{2,40}?)(?P<verb>负责)(?P<task>[\u4e00-\u9fff][^。;；,，]{1,40})")


def _parallel_parts(text: str, lo: int, hi: int, agencies: AgencyRecogniser | None) -> list[ProseTask]:
    """``由A负责X，B负责Y`` in the clause ``text[lo:hi]``: one task per part, starting at 负责, if there are two
    parts or more, each of units; what follows the last part (``，预计年底启动``) is no part of it."""
    at = text.find("由", lo, hi)
    found: list[ProseTask] = []
    pos = at + 1
    while pos < hi:
        m = _PART.match(text, pos, hi)
        if m is None or ((end := m.end("task")) < hi and text[end] not in ",，。;；"):
            break
        spans = _units(text, m.start("units"), m.end("units"), agencies)
        if spans is None:
            break
        marker = Marker(m.start("units"), m.end("verb"))
        marker.add(spans, lead=False)
        found.append(ProseTask((m.start("verb"), end), marker))
        pos = end + 1
    return found if len(found) >= 2 else []


def _division_parts(text: str, lo: int, hi: int, agencies: AgencyRecogniser | None) -> list[ProseTask]:
    """``A、B负责X，C负责Y`` after a division-of-work phrase: one task per part, starting at 负责."""
    found = []
    starts = list(_DOES.finditer(text, lo, hi))
    for k, m in enumerate(starts):
        a = _strip_start(text, m.start("units"), m.end("units"))
        spans = _units(text, a, m.end("units"), agencies)
        if spans is None:
            continue
        end = starts[k + 1].start() if k + 1 < len(starts) else hi
        task_end = end
        while task_end > m.start("verb") and text[task_end - 1] in " ,，":
            task_end -= 1
        marker = Marker(a, m.end("verb"))
        marker.add(spans, lead=False)
        found.append(ProseTask((m.start("verb"), task_end), marker))
    return found
