"""Appointments and removals from personnel notices (任免, 任命, 免去, 聘任, 解聘).

One ``Appointment`` per person per action and post. Two layouts are read:

* a heading that sets the action, then one item per line::

      经县政府党组会议…研究决定，任命：
      乔 木同志为县人民政府办公室副主任；
      免去：
      薛建东同志县人民医院院长职务；

* inline decisions, in any order: ``任命X为Y``, ``聘任X为Y``, ``X任Y``,
  ``X兼任Y`` (appoint); ``免去X的Y职务``, ``解聘X的Y职务``, ``X不再担任Y职务``,
  ``接受X辞去Y职务的请求`` (remove); ``…，免去其Y职务`` refers back to the
  person of the clause before.

Posts are kept as written without a trailing ``职务``; a remark such as
``（试用期一年）`` goes to ``note``, as does a closing ``以上新提任…试用期为一年``.
Several people sharing a post give one record each; several posts of one
person are split on ``、`` only where each part is a full post (``县A局局长、
县B中心主任``), so ``县A局党组书记、局长`` stays whole.

Only personnel notices are read (title or 文号 says so). Elsewhere a sentence
counts only when it is itself a formal decision (``经研究决定，任命X为Y``), so
rosters (``组长由X兼任``) and reports never produce appointments.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from graph_build.extractors.base import Context
from graph_build.extractors.portfolio_text import Compact, sentences, top_level_split, trailing_brackets
from graph_build.layout import Block, compact, working_copy
from graph_build.notices import DATE_LINE, Notice, format_date
from graph_build.patterns import alternation
from graph_build.people import clean_person, looks_like_person
from graph_build.records import Appointment, Fact

NAME = "appointments"
VERSION = "1"

APPOINT = "appoint"
REMOVE = "remove"
DECIDE = "decide"  # a heading such as ``研究决定：`` that does not say which action follows

VOCAB_PATH = Path(__file__).resolve().parent.parent / "data" / "personnel.yml"


@lru_cache(maxsize=1)
def vocab() -> dict[str, Any]:
    with open(VOCAB_PATH, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    v = vocab()
    alt = alternation
    return {
        "title": re.compile(alt(v["notice_title_words"])),
        "post_end": re.compile(f"(?:{alt(v['title_endings'])})$"),
        "remark": re.compile(alt(v["remark_words"])),
        "not_name": re.compile(f"^(?:{alt(v['not_name_starts'])})"),
        "role": re.compile(alt(v["not_name_words"])),
    }


_HAN = r"[\u4e00-\u9fff]"
# Names with an optional 同志, separated by 、 (``张三、李四同志``).
_PERSONS = rf"(?P<p>(?:{_HAN}{{2,4}}(?:同志)?、)*{_HAN}{{2,4}}?)(?:同志)?"
_NUMBERING = re.compile(r"^(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.])")
_HEADING = re.compile(
    r"(?:^|[,，:：]|决定)(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、])?(?:现|兹|特)?(?:决定)?"
    r"(?P<v>任命|聘任|聘请|聘用|免去|免职|解聘)(?:以下|下列|如下)?(?:同志|人员)?(?:的)?(?:职务)?(?:[:：]|$)"
)
_DECIDE_HEADING = re.compile(r"决定(?:如下)?[:：]$")
_FORMAL = re.compile(r"决定[,，:：]?(?:任命|免去|聘任|聘请|解聘)|接受.{2,16}辞去")
_APPOINT_VERBS = {
    "任命": APPOINT,
    "聘任": APPOINT,
    "聘请": APPOINT,
    "聘用": APPOINT,
    "免去": REMOVE,
    "免职": REMOVE,
    "解聘": REMOVE,
}

# Clause forms, on compact text with trailing punctuation removed.
_RESIGN = re.compile(rf"^(?:决定|同意)?接受{_PERSONS}辞去(?P<post>.+?)(?:的)?职务的(?:请求|申请|辞职请求)$")
_APPOINT_AS = re.compile(rf"^(?:决定|同意)?(?:任命|聘任|聘请|聘用|聘){_PERSONS}为(?P<post>.+)$")
_REMOVE_VERB = re.compile(r"^(?:决定|同意)?(?:免去|免除|解聘|撤销)(?P<rest>.+?)(?:的)?职务$")
_NO_LONGER = re.compile(rf"^{_PERSONS}不再担任(?P<post>.+?)(?:的)?(?:职务)?$")
_CONCURRENT = re.compile(rf"^{_PERSONS}兼任(?P<post>.+)$")
_TAKES = re.compile(rf"^{_PERSONS}(?:担任|任)(?P<post>[^命职期免].*)$")
_IS = re.compile(rf"^{_PERSONS}为(?P<post>.+)$")
_LISTED_REMOVAL = re.compile(rf"^{_PERSONS}(?:的)?(?P<post>.+?)(?:的)?职务$")
# Clauses without a subject that refer to the person of the clause before.
_ITS_REMOVAL = re.compile(r"^(?:同时)?(?:免去|免除|解聘)其(?:的)?(?P<post>.+?)(?:的)?职务$")
_ALSO_CONCURRENT = re.compile(r"^(?:同时)?兼任(?P<post>.+)$")
_ALSO_NO_LONGER = re.compile(r"^(?:同时)?不再担任(?P<post>.+?)(?:的)?(?:职务)?$")
_ABOVE_PROBATION = re.compile(r"^(?:以上|上述)[^,，]{0,30}试用期")
_PASSED = re.compile(r"[(（](\d{4})年(\d{1,2})月(\d{1,2})日[^()（）]{0,40}通过[)）]")
_SECTION_TITLE = re.compile(r"任免名单|(?:任免|任职|免职)(?:职务)?的(?:通知|决定)$|人事任免$")
_SECTION_TITLE_LINE = re.compile(r"^(.{2,40}?(?:任免名单|任免(?:职务)?的(?:通知|决定)))(?:[(（].*)?$")
_STANDALONE_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、])?(?:决定)?"
    r"(?:任命|聘任|免去|免职|解聘)(?:以下|下列)?(?:同志|人员)?(?:的)?(?:职务)?[:：]?$"
)
# ``X拟任Y`` (a proposal), ``X现任Y`` (a present post), ``X兼任Y`` (its own form): not ``X任Y``.
_NOT_BEFORE_TAKES = set("拟现原曾已将继转调升改新兼再不")
_NOT_PERSONNEL_TITLE = re.compile(r"公示|征求意见|考察预告")
_TERM_REMARK = re.compile(r"^(?:试用期|聘期|任期|聘用期)")
_UNIT_START = re.compile(rf"^(?:县|市|省|区|州|旗|乡|镇|中共|共青团|{_HAN}{{2,4}}?(?:县|市|区|州|旗|乡|镇))")
_BARE_LEADER = re.compile(r"^(?:常务)?副?(?:县|市|区|州|旗|乡|镇)长$")
_POST_BAD = re.compile(r"[,，:：;；。]|任命|免去|担任|研究|决定|同志|以上")


def is_personnel_notice(notice: Notice) -> bool:
    """Does the notice's title or 文号 say it is about appointments and removals?"""
    title = working_copy(notice.title or "")
    if _NOT_PERSONNEL_TITLE.search(title):  # 任前公示: proposals, not decisions
        return False
    if title and _patterns()["title"].search(title):
        return True
    m = re.match(r"^([\u4e00-\u9fff]{1,12})[〔\[(（]", working_copy(notice.doc_number or ""))
    return bool(m and "任" in m.group(1))


@dataclass
class _Item:
    """A fact being built: spans are compact offsets within one clause view."""

    person: tuple[Compact, int, int]
    action: str
    post: tuple[Compact, int, int]
    note: str | None = None


@dataclass
class _State:
    mode: str | None = None
    items: list[tuple[_Item, tuple[int, int]]] = field(default_factory=list)  # item and its evidence span


def _persons(c: Compact, a: int, b: int) -> list[tuple[int, int]] | None:
    """Spans of the people named in ``c.text[a:b]`` (``张三、李四同志``), or None if any part is not a name."""
    out = []
    for lo, hi in top_level_split(c.text[a:b], "、"):
        lo, hi = a + lo, a + hi
        if c.text[lo:hi].endswith("同志"):
            hi -= 2
        name = c.text[lo:hi]
        if not looks_like_person(name) or _patterns()["not_name"].match(name) or _patterns()["role"].search(name):
            return None
        out.append((lo, hi))
    return out or None


def _split_remarks(c: Compact, a: int, b: int) -> tuple[int, int, str | None]:
    """Trim a post span: trailing 职务/的, remark brackets (returned as the note), trailing punctuation."""
    note = None
    changed = True
    while changed and b > a:
        changed = False
        t = c.text[a:b]
        if t.endswith("职务"):
            b -= 2
            changed = True
        elif t.endswith("的") or t[-1] in "。.,，;；:：":
            b -= 1
            changed = True
        else:
            groups = trailing_brackets(t)
            if groups:
                g0, g1 = groups[-1]
                inner = t[g0 + 1 : g1 - 1]
                if _patterns()["remark"].search(inner):
                    note = c.original(a + g0 + 1, a + g1 - 1) if note is None else note
                    b = a + g0
                    changed = True
    return a, b, note


def _is_post(text: str) -> bool:
    return 2 <= len(text) <= 45 and not _POST_BAD.search(text) and bool(_patterns()["post_end"].search(text))


def _is_full_post(text: str) -> bool:
    return (len(text) >= 3 and bool(_UNIT_START.match(text))) or bool(_BARE_LEADER.match(text))


def _posts(c: Compact, a: int, b: int) -> list[tuple[int, int, str | None]]:
    """Spans of the posts in ``c.text[a:b]`` with their notes; empty if the text is not a post."""
    a, b, note = _split_remarks(c, a, b)
    whole = c.text[a:b]
    parts = [(a + lo, a + hi) for lo, hi in top_level_split(whole, "、")]
    if len(parts) > 1:
        trimmed = [_split_remarks(c, lo, hi) for lo, hi in parts]
        if all(_is_full_post(c.text[lo:hi]) and _is_post(c.text[lo:hi]) for lo, hi, _ in trimmed):
            return [(lo, hi, n or note) for lo, hi, n in trimmed]
    return [(a, b, note)] if _is_post(whole) else []


def _name_then_post(c: Compact, a: int, b: int) -> tuple[int, int] | None:
    """Where the persons end and the post starts in ``张三同志县X局局长`` / ``张三的…`` / ``张三县X局…``."""
    t = c.text[a:b]
    m = re.match(rf"^(?P<p>(?:{_HAN}{{2,4}}(?:同志)?、)*{_HAN}{{2,4}}?)同志(?:的)?", t) or re.match(
        rf"^(?P<p>(?:{_HAN}{{2,4}}、)*{_HAN}{{2,4}}?)的", t
    )
    if m is not None:
        return a + m.end("p"), a + m.end()
    for k in (2, 3, 4):  # no separator: the post starts with a unit's level or place name
        if len(t) > k + 2 and looks_like_person(t[:k]) and _UNIT_START.match(t[k:]):
            return a + k, a + k
    return None


def _make(
    c: Compact, persons: list[tuple[int, int]], action: str, posts: list[tuple[int, int, str | None]]
) -> list[_Item]:
    return [_Item((c, pa, pb), action, (c, qa, qb), note) for pa, pb in persons for qa, qb, note in posts]


def _parse_clause(c: Compact, mode: str | None, last: list[tuple[Compact, int, int]]) -> tuple[list[_Item], str | None]:
    """Facts of one clause, and the action that later clauses of the sentence inherit."""
    t = c.text
    n = len(t)

    def people(m: re.Match[str]) -> list[tuple[int, int]] | None:
        return _persons(c, m.start("p"), m.end("p"))

    def posts(m: re.Match[str]) -> list[tuple[int, int, str | None]]:
        return _posts(c, m.start("post"), m.end("post"))

    def build(m: re.Match[str], action: str) -> list[_Item]:
        ps, qs = people(m), posts(m)
        return _make(c, ps, action, qs) if ps and qs else []

    if m := _RESIGN.match(t):
        return build(m, REMOVE), REMOVE
    if m := _APPOINT_AS.match(t):
        return build(m, APPOINT), APPOINT
    if m := _REMOVE_VERB.match(t):
        split = _name_then_post(c, m.start("rest"), m.end("rest"))
        if split and not t[m.start("rest") :].startswith("其"):
            ps = _persons(c, m.start("rest"), split[0])
            qs = _posts(c, split[1], n)
            if ps and qs:
                return _make(c, ps, REMOVE, qs), REMOVE
    for rx, action in ((_NO_LONGER, REMOVE), (_CONCURRENT, APPOINT)):
        if m := rx.match(t):
            return build(m, action), mode
    for rx, action in ((_ITS_REMOVAL, REMOVE), (_ALSO_CONCURRENT, APPOINT), (_ALSO_NO_LONGER, REMOVE)):
        if (m := rx.match(t)) and last:
            qs = posts(m)
            return [_Item(p, action, (c, qa, qb), note) for p in last for qa, qb, note in qs], mode
    if (
        (m := _TAKES.match(t))
        and t[m.end("p") - 1] not in _NOT_BEFORE_TAKES
        and ("同志" in t[: m.start("post")] or _is_full_post(m.group("post")))  # ``X任Y``: Y must name its unit
        and (items := build(m, APPOINT))
    ):
        return items, mode
    if mode in (APPOINT, DECIDE) and (m := _IS.match(t)):
        return build(m, APPOINT), mode
    if mode == REMOVE and (m := _LISTED_REMOVAL.match(t)):
        split = _name_then_post(c, 0, n)
        if split:
            ps = _persons(c, 0, split[0])
            qs = _posts(c, split[1], n)
            if ps and qs:
                return _make(c, ps, REMOVE, qs), mode
    return [], mode


def _parse_sentence(block: Block, lo: int, hi: int, state: _State, *, formal_only: bool) -> None:
    """Read one sentence of a block; headings change ``state.mode``, items are appended to ``state.items``."""
    c = Compact.of(block, lo, hi)
    t = c.text.rstrip("。；;.")
    if not t:
        return
    if _ABOVE_PROBATION.match(t):  # 以上新提任…人员试用期为一年
        note = c.original(0, len(t))
        for item, _ in state.items:
            if item.action == APPOINT and item.note is None:
                item.note = note
        return
    if formal_only and not _FORMAL.search(t):
        return
    start = 0
    heading = None
    for m in _HEADING.finditer(t):
        heading = m
    if heading is not None and not formal_only:
        state.mode = _APPOINT_VERBS[heading.group("v")]
        start = heading.end()
    elif _DECIDE_HEADING.search(t) and not formal_only:
        state.mode = DECIDE
        return
    body = c.sub(start, len(t))
    mode = state.mode
    last: list[tuple[Compact, int, int]] = []
    last_items: list[_Item] = []
    for a, b in top_level_split(body.text, ",，:："):
        clause = body.sub(a, b)
        num = _NUMBERING.match(clause.text)
        if num:
            clause = clause.sub(num.end(), len(clause.text))
        if not clause.text:
            continue
        if _TERM_REMARK.match(clause.text):  # ``…，试用期一年`` / ``…，聘期三年``
            for item in last_items:
                if item.action == APPOINT and item.note is None:
                    item.note = clause.original(0, len(clause.text))
            continue
        items, mode = _parse_clause(clause, mode, last)
        if not items and last_items:  # ``任命X为A局局长，B办公室主任``: a second post of the same people
            posts = [q for q in _posts(clause, 0, len(clause.text)) if _is_full_post(clause.text[q[0] : q[1]])]
            items = [_Item(p, last_items[0].action, (clause, qa, qb), note) for p in last for qa, qb, note in posts]
        for item in items:
            state.items.append((item, (lo, hi)))
        if items:
            last_items = items
            last = list({(p[0].index[p[1]], p[0].index[p[2] - 1]): p for p in (i.person for i in items)}.values())


def _date(blocks: list[Block]) -> str | None:
    """The date of a personnel section: a ``（2023年3月1日…会议通过）`` note, else its first date line."""
    for block in blocks:
        m = _PASSED.search(compact(block.text))
        if m:
            return format_date(*m.groups())
    for block in blocks:
        m = DATE_LINE.match(compact(block.text))
        if m:
            return format_date(m["y"], m["m"], m["d"])
    return None


def _opens_section(block: Block) -> bool:
    """A personnel list inside another document (a gazette's ``…任免名单`` has no 文号 of its own)."""
    t = compact(block.text)
    return bool(_SECTION_TITLE.search(t) or _STANDALONE_HEADING.match(t))


def extract(notice: Notice, ctx: Context) -> Iterator[Fact]:
    """Appointments and removals of a notice (none unless it is a personnel notice or a formal decision)."""
    blocks = notice.blocks
    personnel = notice.is_document and is_personnel_notice(notice)
    section: int | None = 0 if personnel else None  # index of the block where personnel text starts
    section_doc = (notice.doc_number, notice.title)
    state = _State()
    dated: list[bool] = []  # per item: does it belong to a personnel section (else a formal decision)?
    body_from = notice.number_line or notice.first_line
    for i, block in enumerate(blocks):
        if block.line <= body_from and notice.is_document:
            continue  # the title and 文号
        if section is None and _opens_section(block):
            section = i
            title = _SECTION_TITLE_LINE.match(compact(block.text))
            if title:  # a list with a title but no 文号 of its own: cite it by its title
                section_doc = (None, block.original(0, len(block.text))[: len(title.group(1))])
        before = len(state.items)
        for lo, hi in sentences(block):
            _parse_sentence(block, lo, hi, state, formal_only=section is None)
        dated += [section is not None] * (len(state.items) - before)
    if not state.items:
        return
    section_date = (notice.date or _date(blocks)) if personnel else _date(blocks[section or 0 :])
    for (item, (s_lo, s_hi)), in_section in zip(state.items, dated, strict=True):
        date = section_date if in_section else notice.date
        doc_number, doc_title = section_doc if in_section else (notice.doc_number, notice.title)
        pc, pa, pb = item.person
        qc, qa, qb = item.post
        block = qc.block
        p_lo, _p_hi = pc.span(pa, pb)
        q_lo, q_hi = qc.span(qa, qb)
        person = clean_person(pc.original(pa, pb))
        post = qc.original(qa, qb)
        if pc.block is block:
            ev = (min(s_lo, p_lo), max(s_hi, q_hi))
            prov = ctx.cite(block, min(p_lo, q_lo), q_hi, NAME, VERSION, line_at=p_lo, evidence=ev)
        else:  # the person was named in an earlier block: keep the name in the evidence
            prov = ctx.cite(block, q_lo, q_hi, NAME, VERSION, evidence=(s_lo, s_hi))
            prov = replace(prov, evidence=f"{pc.original(pa, pb)}… {prov.evidence}")
        yield Appointment(
            prov=prov,
            doc_number=doc_number,
            doc_title=doc_title,
            date=date,
            person=person,
            action=item.action,
            post=post,
            note=item.note,
        )
