"""Portfolios of government leaders from division-of-work notices (领导工作分工).

A notice introduces each leader, then lists what the leader does, clause by
clause, until the next leader::

    王 润同志：主持县人民政府全面工作，分管审计工作。
    南选智同志：负责县人民政府常务工作，分管政府机关、财税金融…等方面工作。
    分管县政府办公室（外事办公室、台港澳事务办公室）、县财政局（国有资产监督管理局）…
    协助县长联系县审计局。
    联系县委办公室、县委全面深化改革委员会办公室（设在县委办公室）…
    完成县长交办的其他工作。

One ``Portfolio`` per (leader, relation, target). The relation is the verb
that opens the clause (主持, 负责, 分管, 主管, 联系, 协助; ``协助县长联系X`` is
协助). Targets are split on ``、``; a list of fields closed by ``等方面工作`` loses
that phrase (``政府机关``, ``财税金融``), while a lone ``审计工作`` or
``县人民政府全面工作`` is kept whole. A bracket after a target is a list of
aliases (``县财政局（国有资产监督管理局）``), unless it is a note such as
``（设在县委办公室）``, which is dropped.

Leaders are introduced as ``王 润同志：``, ``副县长王润：``, ``王润副县长：``,
``王润（县长）：`` or ``县长：王润``. A clause in a later block than the
leader's introduction still cites its own span, and its evidence is prefixed
with the introduction so that it names the leader.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from graph_build.extractors.base import Context, sentence_bounds
from graph_build.extractors.portfolio_text import Compact, sentences, top_level_split, trailing_brackets
from graph_build.layout import Block, compact, working_copy
from graph_build.notices import Notice
from graph_build.patterns import alternation
from graph_build.people import clean_person, looks_like_person
from graph_build.records import Fact, Portfolio
from graph_build.units import split_units

NAME = "portfolios"
VERSION = "1"

VOCAB_PATH = Path(__file__).resolve().parent.parent / "data" / "portfolios.yml"
_HAN = r"[\u4e00-\u9fff]"


@lru_cache(maxsize=1)
def vocab() -> dict[str, Any]:
    with open(VOCAB_PATH, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    v = vocab()
    rel = alternation(v["relations"])
    return {
        "notice": re.compile(alternation(v["notice_words"])),
        # Patterns used with ``.match(text, pos)`` carry no ``^`` (it would not match at ``pos``).
        # A clause: optional lead-in, the verb, then an optional label such as ``部门：``.
        "clause": re.compile(
            rf"(?:同时|另外|另|并|还|受{_HAN}{{1,10}}委托)?(?P<rel>{rel})"
            r"(?:(?:的)?(?:部门|单位|领域|方面|范围|事项)?[:：])?"
        ),
        # ``协助县长联系…``: whom the leader assists, and the verb of the assisted work.
        "assist": re.compile(
            rf"(?:{_HAN}{{0,8}}?(?:县长|市长|区长|旗长|州长|书记|同志|领导))?(?:{rel}|抓好|做好|处理|开展)?"
        ),
        "leader_post": re.compile(rf"^[\u4e00-\u9fff、]{{0,24}}?(?:{alternation(v['leader_titles'])})$"),
        "note": re.compile(rf"^(?:{alternation(v['note_starts'])})"),
        "not_name": re.compile(alternation(v["not_name_words"])),
        "filler": re.compile(rf"(?:{alternation(v['filler_starts'])})"),
    }


_NUMBERING = re.compile(r"^(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．]|[①-⑳])")
_FIELD_LIST_END = re.compile(r"(?:等(?:方面|领域)?|方面|领域)(?:的)?(?:工作|事务|事项)?$|等工作$")
_AGENCY_LIST_END = re.compile(
    r"等(?:[\u4e00-\u9fff]{0,6}?(?:单位|部门|机构)(?:[和及、](?:单位|部门|机构))?)?(?:的工作)?$"
)
_BAD_TARGET = re.compile(r"[,，:：;；。]|交办|其他工作|^工作$|^方面$|^等$")
_TERMINAL = "。;；.!！?？"


def is_division_notice(notice: Notice) -> bool:
    """Does the notice divide work among government leaders (``…领导工作分工…``)?"""
    if not notice.is_document:
        return False
    title = working_copy(notice.title or "")
    if "分工" in title and _patterns()["notice"].search(title):
        return True
    opening = "".join(b.text for b in notice.blocks[:12])
    return bool(re.search(r"领导(?:同志)?(?:工作)?分工", opening))


@dataclass(frozen=True)
class Leader:
    """A leader's introduction: the name span and the whole head (for evidence)."""

    block: Block
    name: str  # as written, whitespace removed
    head: str  # the introduction as written (``王润同志：``)
    name_span: tuple[int, int]  # block offsets


def _name_ok(name: str) -> bool:
    return looks_like_person(name) and not _patterns()["not_name"].search(name)


def _parse_head(h: str) -> tuple[int, int, bool] | None:
    """The name inside a leader's head text: (start, end, has_marker), marker = 同志 or a post."""
    post = _patterns()["leader_post"]
    if h.endswith("同志") and _name_ok(h[:-2]):
        return 0, len(h) - 2, True
    m = re.match(rf"^({_HAN}{{2,4}}?)(?:同志)?[(（]([^()（）]+)[)）]$", h)
    if m and _name_ok(m.group(1)) and post.match(m.group(2)):
        return 0, m.end(1), True
    for k in (2, 3, 4):  # post then name: 副县长王润
        if len(h) > k and post.match(h[:-k]) and _name_ok(h[-k:]):
            return len(h) - k, len(h), True
    for k in (2, 3, 4):  # name then post: 王润副县长
        if len(h) > k and post.match(h[k:]) and _name_ok(h[:k]):
            return 0, k, True
    if _name_ok(h):
        return 0, len(h), False
    return None


def _leader(block: Block, next_block: Block | None = None) -> tuple[Leader, int] | None:
    """A leader introduced at the start of ``block``, and the block offset where the clauses begin.

    A bare name (no 同志, no post) counts only when a duty or the leader's post follows it at once,
    in the same paragraph or, for a name alone on its line (``王润：``), in the next one.
    """
    c = Compact.of(block)
    t = c.text
    num = _NUMBERING.match(t)
    start = num.end() if num else 0
    colon = next((i for i in range(start, min(len(t), start + 32)) if t[i] in ":："), None)
    if colon is None:  # a head on its own line: ``副县长 王润``
        if len(t) - start > 20 or t[-1:] in _TERMINAL + ",，、":
            return None
        parsed = _parse_head(t[start:])
        if parsed is None or not parsed[2]:
            return None
        a, b = start + parsed[0], start + parsed[1]
        return _make_leader(c, a, b, start, len(t)), len(block.text)
    parsed = _parse_head(t[start:colon])
    rest = t[colon + 1 :]
    if parsed is not None:
        a, b = start + parsed[0], start + parsed[1]
        described = re.match(r"^([^。；;,，]{2,30})[。；;,，]", rest)  # ``王润：县委副书记、县长。主持…``
        alone = not rest and next_block is not None and _opens_duty(next_block)
        if not parsed[2] and not (
            alone
            or _patterns()["clause"].match(rest)
            or (described and _patterns()["leader_post"].match(described.group(1)))
        ):
            return None  # a bare name must open with a duty or a leader's post
        body = c.span(colon + 1, len(t))[0] if colon + 1 < len(t) else len(block.text)
        return _make_leader(c, a, b, start, colon + 1), body
    # ``县长：王润，主持…``
    if _patterns()["leader_post"].match(t[start:colon]):
        m = re.match(rf"^({_HAN}{{2,4}}?)(?:同志)?(?:[,，。;；]|$)", rest)
        if m and _name_ok(m.group(1)):
            a, b = colon + 1, colon + 1 + len(m.group(1))
            body = c.span(colon + 1 + m.end(), len(t))[0] if colon + 1 + m.end() < len(t) else len(block.text)
            return _make_leader(c, a, b, start, colon + 1 + m.end()), body
    return None


def _make_leader(c: Compact, a: int, b: int, head_a: int, head_b: int) -> Leader:
    return Leader(
        block=c.block,
        name=clean_person(c.original(a, b)),
        head=c.original(head_a, head_b),
        name_span=c.span(a, b),
    )


@dataclass(frozen=True)
class Target:
    relation: str
    span: tuple[int, int]  # compact offsets of the target without its brackets
    aliases: tuple[str, ...]


def _target(c: Compact, relation: str, a: int, b: int) -> Target | None:
    """One list item: the name before any trailing brackets, and the brackets' aliases."""
    text = c.text[a:b]
    aliases: list[str] = []
    groups = trailing_brackets(text)
    end = groups[0][0] if groups else len(text)
    for g0, g1 in groups:
        inner = text[g0 + 1 : g1 - 1]
        if not inner or _patterns()["note"].match(inner) or "设在" in inner:
            continue
        for lo, hi in top_level_split(inner, "、,，"):
            if hi > lo:
                aliases.append(c.original(a + g0 + 1 + lo, a + g0 + 1 + hi))
    name = text[:end]
    if len(name) < 2 or len(name) > 40 or _BAD_TARGET.search(name) or _patterns()["clause"].match(name):
        return None
    return Target(relation, (a, a + end), tuple(aliases))


def _clause_targets(c: Compact) -> list[Target]:
    """The targets of one clause (``分管县财政局、县审计局``), or none if it is not a duty clause."""
    t = c.text.rstrip(_TERMINAL + ",，、")
    num = _NUMBERING.match(t)
    m = _patterns()["clause"].match(t, num.end() if num else 0)
    if not m:
        return []
    relation = m.group("rel")
    pos = m.end()
    if relation == "协助":
        a = _patterns()["assist"].match(t, pos)
        if a:
            pos = a.end()
    return _targets(c, relation, pos)


def _targets(c: Compact, relation: str, pos: int) -> list[Target]:
    """The targets listed in ``c.text[pos:]`` under ``relation``."""
    rest = c.text[pos:].rstrip(_TERMINAL + ",，、")
    if not rest:
        return []
    field_end = _FIELD_LIST_END.search(rest)
    parts: list[tuple[int, int]]
    if field_end and field_end.start() > 0:
        parts = top_level_split(rest[: field_end.start()], "、")
    elif rest.endswith("工作") and len(top_level_split(rest, "、")) > 1:
        parts = top_level_split(rest[:-2], "、")
    elif rest.endswith("工作"):
        parts = [(0, len(rest))]
    else:
        agency_end = _AGENCY_LIST_END.search(rest)
        parts = split_units(rest[: agency_end.start()] if agency_end and agency_end.start() > 0 else rest)
    out = []
    for lo, hi in parts:
        target = _target(c, relation, pos + lo, pos + hi)
        if target is not None:
            out.append(target)
    return out


def _label(c: Compact) -> str | None:
    """The relation of a bare label that introduces a list on the next lines (``分管部门：``)."""
    t = c.text
    num = _NUMBERING.match(t)
    m = _patterns()["clause"].match(t, num.end() if num else 0)
    return m.group("rel") if m and m.end() == len(t) and t[-1] in ":：" else None


def _clauses(block: Block, start: int) -> Iterator[Compact]:
    """Compact views of the clauses of a block from ``start``: sentences, split at a comma before a verb."""
    for lo, hi in sentences(block):
        if hi <= start:
            continue
        c = Compact.of(block, max(lo, start), hi)
        pieces = top_level_split(c.text, ",，")
        merged: list[list[int]] = []
        for a, b in pieces:
            piece = c.text[a:b]
            if merged and not _patterns()["clause"].match(piece.lstrip("、")):
                merged[-1][1] = b
            else:
                merged.append([a, b])
        for a, b in merged:
            if b > a:
                yield c.sub(a, b)


def _opens_duty(block: Block) -> bool:
    c = Compact.of(block)
    t = c.text
    num = _NUMBERING.match(t)
    return bool(_patterns()["clause"].match(t, num.end() if num else 0))


def _is_filler(block: Block) -> bool:
    t = "".join(block.text.split())
    num = _NUMBERING.match(t)
    return bool(_patterns()["filler"].match(t, num.end() if num else 0))


def extract(notice: Notice, ctx: Context) -> Iterator[Fact]:
    """Portfolios of the leaders of a division-of-work notice (none elsewhere)."""
    if not is_division_notice(notice):
        return
    leader: Leader | None = None
    open_relation: str | None = None  # the relation of a list that the previous block left open (``…、``)
    body_from = notice.number_line or notice.first_line
    blocks = notice.blocks
    for i, block in enumerate(blocks):
        if block.line <= body_from:
            continue
        found = _leader(block, blocks[i + 1] if i + 1 < len(blocks) else None)
        continued = None
        if found is not None:
            leader, start = found
        elif leader is not None and _opens_duty(block):
            start = 0
        elif leader is not None and open_relation is not None:
            continued = open_relation  # a list the layout did not join to its first lines
        elif leader is not None and _is_filler(block):
            continue
        else:
            leader = None  # a paragraph that is neither a leader nor a duty ends the list
            continue
        open_relation = None
        relation = None
        if continued is not None:  # its first sentence continues the list; later ones are clauses of their own
            start = next(sentences(block))[1]
            clause = Compact.of(block, 0, start)
            for target in _targets(clause, continued, 0):
                yield _fact(notice, ctx, leader, clause, target)
            relation = continued
        for clause in _clauses(block, start):
            targets = _clause_targets(clause)
            relation = targets[0].relation if targets else _label(clause)
            for target in targets:
                yield _fact(notice, ctx, leader, clause, target)
        if relation is not None and block.text.rstrip()[-1:] in ("、", ",", ":"):
            open_relation = relation


def _fact(notice: Notice, ctx: Context, leader: Leader, c: Compact, target: Target) -> Portfolio:
    block = c.block
    lo, hi = c.span(*target.span)
    prov = ctx.cite(block, lo, hi, NAME, VERSION, line_at=lo)
    if block is leader.block and leader.name_span[0] < lo and leader.name not in compact(prov.evidence):
        # the leader's name is earlier in the same paragraph: start the evidence there
        ev = (leader.name_span[0], sentence_bounds(block.text, lo, hi)[1])
        prov = ctx.cite(block, lo, hi, NAME, VERSION, line_at=lo, evidence=ev)
    if leader.name not in compact(prov.evidence):  # the leader was introduced in an earlier paragraph
        prov = replace(prov, evidence=f"{leader.head}… {prov.evidence}")
    return Portfolio(
        prov=prov,
        doc_number=notice.doc_number,
        doc_title=notice.title,
        person=leader.name,
        relation=target.relation,
        target=c.original(*target.span),
        aliases=target.aliases,
    )
