"""Shared pieces of the assignment extractors: vocabulary, unit lists and deadlines.

Everything here works on the *working copy* of the text (simplified, NFKC
folded, one character per original character), so spans found here are spans
of the original file and names are read back with ``Block.original``.
Nothing here knows a particular county: the words come from
``data/assignments.yml`` and from the shared unit rules in ``graph_build.units``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from graph_build.data_files import load_yaml
from graph_build.patterns import LazyPattern
from graph_build.patterns import alternation as longest_first
from graph_build.units import CONJUNCTIONS, SEPARATORS, UNIT_SUFFIX, space_split, split_units, strip_head

if TYPE_CHECKING:
    from graph_build.nlp import AgencyRecogniser

VOCAB_PATH = Path(__file__).resolve().parent.parent / "data" / "assignments.yml"


@dataclass(frozen=True)
class Vocab:
    lead_labels: tuple[str, ...]
    unit_labels: tuple[str, ...]
    deadline_labels: tuple[str, ...]
    leader_labels: tuple[str, ...]
    person_labels: tuple[str, ...]
    remedy_labels: tuple[str, ...]
    lead_verbs: tuple[str, ...]
    unit_verbs: tuple[str, ...]
    bracketed_verbs: tuple[str, ...]  # unit verbs read only in brackets
    open_ended: tuple[str, ...]
    duty_headings: tuple[str, ...]
    columns: dict[str, tuple[str, ...]]
    prose: dict[str, tuple[str, ...]]

    @property
    def marker_labels(self) -> tuple[str, ...]:
        """Labels that name units or a leader: a paragraph opening with one is a marker."""
        return self.lead_labels + self.unit_labels + self.leader_labels + self.person_labels + self.remedy_labels

    @property
    def all_labels(self) -> tuple[str, ...]:
        return self.marker_labels + self.deadline_labels


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    raw = load_yaml(VOCAB_PATH)
    labels, verbs = raw["labels"], raw["verbs"]

    def longest_first(words: list[str]) -> tuple[str, ...]:
        return tuple(sorted(words, key=len, reverse=True))

    return Vocab(
        lead_labels=longest_first(labels["lead"]),
        unit_labels=longest_first(labels["units"]),
        deadline_labels=longest_first(labels["deadline"]),
        leader_labels=longest_first(labels["leader"]),
        person_labels=longest_first(labels["persons"]),
        remedy_labels=longest_first(labels["remedy"]),
        lead_verbs=longest_first(verbs["lead"]),
        unit_verbs=longest_first(verbs["units"]),
        bracketed_verbs=longest_first(verbs.get("bracketed", [])),
        open_ended=tuple(raw.get("open_ended", [])),
        duty_headings=tuple(raw.get("duty_headings", [])),
        columns={kind: tuple(names) for kind, names in raw["columns"].items()},
        prose={key: tuple(words) for key, words in raw["prose"].items()},
    )


def alternation(words: tuple[str, ...]) -> str:
    """A non-capturing group of the words, longest first."""
    return "(?:" + longest_first(words) + ")"


# -- units -------------------------------------------------------------------

_SENTENCE_PUNCT = LazyPattern(r"[。;；:：!！?？]")
_NOT_UNIT_WORDS = LazyPattern(
    r"(要|应当|必须|确保|做好|加强|推进|开展|进行|实施|根据|按照|通过|对于|以及|其中|不再|列出|下同"
    r"|\d个)"  # (a count in figures: ``县公安局组成3个督查组`` is a unit and what it does)
)
# Endings the shared suffix list leaves out but the genre uses for bodies.
_EXTRA_SUFFIX = LazyPattern(r"(开区|园区|新区|示范区|管理区|管委会|集团|联|段|火车站|车务段|监管组|分中心|服务站|所)$")
_GENERIC_TAIL = LazyPattern(r"^各?(?:有关|相关)(?:单位|部门)$")
_PLACE_LEVEL = LazyPattern(r"^[省市州盟县区旗乡镇]")  # the level a unit's name may open with (``县财政局``)


# ``县发改局（牵头）``: a note after a unit's name that marks it as the lead.
# ``（牵头）`` after a unit, or a note on the first unit that says the first one leads (``县发改局（首位单位为牵头单位，
# 下同）``)
LEAD_NOTE = LazyPattern(
    r"[(（]\s*(?:牵头|(?:首位|排在首位|排名首位|排名第一)[^()（）]{0,12}牵头[^()（）]{0,12})\s*[)）]$")


def lead_noted(name: str) -> tuple[str, bool]:
    """``县交通运输局（牵头）`` -> (``县交通运输局``, True); a name without the note -> (name, False)."""
    m = LEAD_NOTE.search(name)
    if m and m.start() > 0:
        return name[: m.start()], True
    return name, False


def compact(s: str) -> str:
    return "".join(s.split())


def looks_like_unit(name: str, agencies: AgencyRecogniser | None = None) -> bool:
    """Does ``name`` (working copy) read as a body or a generic set of bodies?"""
    n = compact(name)
    if not n or len(n) > 40 or _SENTENCE_PUNCT.search(n) or _NOT_UNIT_WORDS.search(n):
        return False
    core = re.sub(r"\([^()]*\)$", "", n)  # a bracketed note at the end: 县工科局(商务)
    if agencies is not None and (agencies.is_unit(core) or agencies.is_generic(core)):
        return True
    head = strip_head(core)
    if UNIT_SUFFIX.search(head) and len(head) >= 2:
        return True
    return bool(_EXTRA_SUFFIX.search(head)) and 2 <= len(head) <= 12


def unit_list(
    text: str, lo: int, hi: int, agencies: AgencyRecogniser | None = None, *, lenient: bool = False
) -> list[tuple[int, int]] | None:
    """Spans (in ``text``) of the units listed in ``text[lo:hi]``.

    ``None`` when a part does not read as a unit (unless ``lenient``: a labelled
    field is a unit list by declaration, so a misspelt name is still kept).
    Generic tails stay whole (``县直有关单位``), a trailing ``等`` is dropped,
    a post becomes its unit (``县工科局局长`` -> ``县工科局``).
    """
    part = _without_item_numbers(text[lo:hi])
    spans: list[tuple[int, int]] = []
    def is_unit(word: str) -> bool:
        return looks_like_unit(word, agencies)

    pieces = [p for span in split_units(part) for p in space_split(part, *span, is_unit, same_start=True)]
    for a, b in pieces:
        # split_units trims ``有关单位`` after a bare prefix (``县直有关单位`` -> ``县直``): undo that
        tail_end = b
        while tail_end < len(part) and part[tail_end] not in SEPARATORS + CONJUNCTIONS:
            tail_end += 1
        tail = compact(part[b:tail_end]).rstrip("。.")
        if tail.endswith("等"):
            tail = tail[:-1]
        if tail and _GENERIC_TAIL.match(tail) and part[b - 1 : b] != "等":
            b = tail_end
            while b > a and part[b - 1] in " \t　。.等":
                b -= 1
        name = compact(part[a:b])
        if not name:
            continue
        if not looks_like_unit(name, agencies):
            if not lenient:
                return None
            if len(_PLACE_LEVEL.sub("", name)) < 2:
                continue  # (not even a misspelt name: ``区``, a list cut off in ``县财``)
        spans.append((lo + a, lo + b))
    return spans


_ITEM_NUMBER = LazyPattern(r"(?:^|(?<=[\s；;，,、]))(\d{1,2})[.．、](?!\d)")


def _without_item_numbers(part: str) -> str:
    """A list whose units are numbered in turn (``1.县商务局 2.县发展改革局 3.县供销社``) with its numbers blanked (a
    space for each character, so spans stay those of the text); any other list as it stands."""
    found = list(_ITEM_NUMBER.finditer(part))
    if len(found) < 2 or [int(m.group(1)) for m in found] != list(range(1, len(found) + 1)):
        return part
    if part[: found[0].start()].strip():
        return part  # (a list that does not open with its first number)
    out = list(part)
    for m in found:
        out[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(out)


# -- deadlines -----------------------------------------------------------------

_TIME = (
    r"(?:\d{4}年(?:\d{1,2}月(?:\d{1,2}日|底|末|中旬|上旬|下旬|份)?|底|末|内)?"
    r"|\d{1,2}月(?:\d{1,2}日|底|末|中旬|上旬|下旬|份)?"
    r"|年底|年内|今年|本年度|年末|上半年|下半年|入冬|春节|汛期|采暖季)"
)
TIME_RE = LazyPattern(_TIME)
_CLAUSE_DEADLINE = LazyPattern(
    r"^(?:于|在|至|截至)?(?P<t>" + _TIME + r"(?:前|以前)?)(?:前)?(?:基本|全部|全面)?(?:完成|完工|办结|建成)?$"
)
_TASK_DEADLINE = LazyPattern(
    r"(?P<t>" + _TIME + r"前)[^。;；]{0,50}?(?:完成|完毕|完工|做到|建成|办结)"
    r"|(?P<u>" + _TIME + r")(?:基本|全面|全部)?(?:完成|完工|建成)"
)
_COMPLETED = LazyPattern(r"完成|完毕|完工|做到|建成|办结")
_COMPLETION_NOTE = LazyPattern(r"^(?:完成时限|完成时间|办结时限)[:：为至]?")


def clause_deadline(clause: str) -> str | None:
    """The deadline a marker clause states (``11月底前完成`` -> ``11月底前``), else None."""
    c = compact(clause).strip(",，;；。.")
    c = _COMPLETION_NOTE.sub("", c)
    m = _CLAUSE_DEADLINE.match(c)
    return m.group("t") if m else None


# ``12月底前出台实施细则``, ``确保7月底前完成主体施工``, ``6月底前完成全区14个农贸市场改造任务``
_TIMED_ACTION = LazyPattern(
    r"^(?:确保|力争|争取|务必|必须|须|要|并|于|在)?(?:于|在)?(?P<t>" + _TIME + r"(?:前|以前))"
    r"[\u4e00-\u9fff]{2}[^,，。;；:：]*$")


def timed_action(clause: str) -> str | None:
    """The time a clause after a marker's units sets for an action (``12月底前出台实施细则`` -> ``12月底前``)."""
    m = _TIMED_ACTION.match(compact(clause).strip(",，;；。."))
    return m.group("t") if m else None


def is_open_ended(clause: str) -> bool:
    c = compact(clause)
    return any(w in c for w in vocab().open_ended)


def task_deadline(text: str) -> str | None:
    """A completion time written in the task itself (``力争至8月底前基本完成`` -> ``8月底前``)."""
    c = compact(text)
    if not _COMPLETED.search(c):  # both kinds of deadline need one of these words
        return None
    m = _TASK_DEADLINE.search(c)
    if not m or (m.group("u") and re.fullmatch(r"\d{4}年", m.group("u"))):
        return None  # ``2023年完成改造小区12个``: a year's target, not a deadline
    return m.group("t") or m.group("u")


def field_deadline(value: str) -> str | None:
    """The deadline of a ``时间节点``/``完成时限`` field: its last time, or the field if short."""
    c = compact(value).strip(",，;；。.")
    if not c:
        return None
    d = clause_deadline(c)
    if d:
        return d
    last = None
    for m in TIME_RE.finditer(c):
        end = m.end()
        if c[end : end + 1] == "起":
            continue
        if c[end : end + 1] == "前":
            end += 1
        last = c[m.start() : end]
    if last:
        return last
    if len(c) <= 12:
        return c
    tail = re.split(r"[,，]", c)[-1]  # ``对超标排放车辆…，发现一起查处一起``
    return tail if 2 <= len(tail) <= 12 else None
