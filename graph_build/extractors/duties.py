"""Duties: what a unit is responsible for, stated in prose or in a list of duties.

Two sources, both without a responsibility marker:

* a list of duties under a heading that says so (``五、各相关部门文物保护职责``,
  ``2.2 成员单位职责``, ``（三）职责分工``): each paragraph that opens with a unit
  (``县财政局负责安排…``, ``县应急管理局：负责…``, ``县林业局要做好…``) is one duty
  of that unit;
* a sentence elsewhere that opens with a named unit and ``负责``
  (``县财政局负责足额筹措县级配套资金``) or with ``由X牵头，…``.

Precision first: the unit must open the sentence and read as a unit; generic
phrases (``有关部门``) only count inside a duty list; paragraphs that carry a
responsibility marker are left to the assignment extractor.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph_build.extractors.assignment_markers import (
    has_bracket_marker,
    leading_units,
    marker_clause,
    opens_with_label,
)
from graph_build.extractors.assignment_outline import Para, concat, subtree_end
from graph_build.extractors.assignment_units import compact, looks_like_unit, unit_list, vocab
from graph_build.extractors.base import Context
from graph_build.notices import Notice
from graph_build.patterns import LazyPattern
from graph_build.records import Duty, Fact

NAME = "duties"
VERSION = "1"

TASK_CHARS = 30
# Verbs that open a duty after the unit's name.
_DUTY_VERB = (
    r"(?:负责|牵头|配合|协助|承担|主要负责|具体负责|要|应当|应|重点做好|做好|严厉查处|依法|督促|指导|组织|"
    r"参与|落实|抓好|加强|及时)"
)
_DUTY_VERB_RE = LazyPattern(_DUTY_VERB)
_CLAUSE_MARK = LazyPattern(r"[，,。；;：:、（(]")
_ROW_COLON = LazyPattern(r"^(?P<units>[^:：。；;，,]{2,40}?)[:：]\s*(?P<rest>\S.*)$")
_SENTENCE_END = LazyPattern(r"[。；;!！?？]")
_LED_BY = LazyPattern(r"^由(?P<unit>[^，,。；;]{2,30}?)牵头[，,]\s*(?P<rest>\S.*)$")
# Words that show a "unit" is really a clause (``同时聘请…成立…指导组``, ``指挥部下设9个工作组``).
_DIRTY = LazyPattern(r"[\d由将把对为是向]|下设|设在|成立|聘请|同时|其中|包括|本文|本方案|本办法|本预案")
# Closing formulas, not duties (``本文件由县人社局负责解读``).
_FORMULA = LazyPattern(r"^负责(解读|解释)")
_NOT_ROW = LazyPattern(r"^(职\s*责|成\s*员|组\s*长|副组长|主\s*任|副主任|地\s*址|电\s*话|联系人)")


def _is_duty_heading(p: Para) -> bool:
    """A numbered title (``（三）职责分工``), or one on a line of its own that ends with a colon
    (``各成员单位职责：``)."""
    text = p.text[p.body :].strip()
    if not p.numbered and not text.endswith(("：", ":")):
        return False
    title = text.rstrip("。：:")
    if len(title) > 30 or not p.title_only:
        return False
    # ``成员单位职责`` ``各相关部门文物保护职责`` ``职责分工``; not ``主要任务及责任分工``
    return any(w in title for w in vocab().duty_headings) and "任务" not in title


def _list_end(paras: list[Para], i: int) -> int:
    """Where the duty list under heading ``i`` ends: a numbered heading's subtree; after a heading with a colon,
    the unnumbered rows of a unit and its duties (``县林业局：负责…``) that follow it."""
    if paras[i].numbered:
        return subtree_end(paras, i)
    j = i + 1
    while j < len(paras) and not paras[j].numbered and _ROW_COLON.match(paras[j].text):
        j += 1
    return j


def extract(notice: Notice, ctx: Context) -> Iterator[Fact]:
    blocks = notice.blocks
    if not blocks:
        return
    paras = ctx.memo.outline(blocks)
    in_list: set[int] = set()
    for i, p in enumerate(paras):
        if _is_duty_heading(p):
            in_list.update(range(i + 1, _list_end(paras, i)))
    for i, p in enumerate(paras):
        if opens_with_label(p.text) or has_bracket_marker(p.text, ctx.agencies, ctx.memo.marked):
            continue
        if i in in_list:
            yield from _row_duty(notice, ctx, _whole(paras, i, ctx))
        elif _may_hold_prose_duty(paras, i):
            yield from _prose_duties(notice, ctx, _whole(paras, i, ctx))


def _may_hold_prose_duty(paras: list[Para], i: int) -> bool:
    """Might paragraph ``i``, with the pieces ``_whole`` may join to it (at most 3 more), hold a prose duty?
    Each opens with ``由X牵头`` or has its unit's 负责."""
    text = "".join([q.text for q in paras[i : i + 4]])
    return "负责" in text or "牵头" in text


_TERMINAL = tuple("。;；!！?？")


def _whole(paras: list[Para], i: int, ctx: Context) -> Para:
    """Paragraph ``i`` with the pieces the PDF cut from it (up to a sentence end, at most 3 more)."""
    p = paras[i]
    parts = [p.block]
    j = i + 1
    while (
        j < len(paras)
        and j <= i + 3
        and not "".join(b.text for b in parts).rstrip().endswith(_TERMINAL)
        and not paras[j].numbered
        and _ROW_COLON.match(paras[j].text) is None
        and _leading_unit(paras[j].text, 0, ctx, allow_generic=True) is None
    ):
        parts.append(paras[j].block)
        j += 1
    if len(parts) == 1:
        return p
    return Para(p.index, concat(parts), p.style, p.body, p.rank)


def _fact(
    notice: Notice,
    ctx: Context,
    p: Para,
    u_lo: int,
    units: list[tuple[int, int]],
    t_lo: int,
    t_hi: int,
    *,
    lead: bool | list[tuple[int, int]] = False,
) -> Fact | None:
    """The duty of ``units`` (spans of the paragraph) told in ``[t_lo, t_hi)``; ``lead``: all of them lead, or
    the spans of those that do."""
    block = p.block
    text = compact(block.original(t_lo, t_hi)).rstrip("；;。")
    if len(re.findall(r"[\u4e00-\u9fff]", text)) < 4 or _FORMULA.match(text):
        return None
    if any(_DIRTY.search(block.text[a:b]) for a, b in units):
        return None
    names = tuple(dict.fromkeys(compact(block.original(a, b)) for a, b in units))
    if not names:
        return None
    leads = names if lead is True else tuple(dict.fromkeys(compact(block.original(a, b)) for a, b in lead or ()))
    prov = ctx.cite(block, u_lo, t_hi, NAME, VERSION, evidence=(u_lo, t_hi))
    return Duty(
        prov=prov,
        doc_number=notice.doc_number,
        doc_title=notice.title,
        task=text[:TASK_CHARS],
        lead=leads,
        units=names,
        task_text=text,
    )


def _row_duty(notice: Notice, ctx: Context, p: Para) -> Iterator[Fact]:
    """One row of a duty list: ``县应急管理局：负责…`` or ``县财政局负责…``."""
    text = p.text
    lo = p.body
    if _NOT_ROW.match(text[lo:]):
        return
    m = _ROW_COLON.match(text, lo)
    if m:
        spans = unit_list(text, m.start("units"), m.end("units"), ctx.agencies)
        if spans:
            fact = _fact(notice, ctx, p, lo, spans, m.start("rest"), len(text))
            if fact is not None:
                yield fact
        return
    span = _leading_unit(text, lo, ctx, allow_generic=True)
    if span is not None:
        fact = _unit_duty(notice, ctx, p, lo, span, len(text))
        if fact is not None:
            yield fact


def _unit_duty(notice: Notice, ctx: Context, p: Para, lo: int, span: tuple[int, int], hi: int) -> Fact | None:
    """The duty of the unit at ``span`` (from ``lo``), told up to ``hi``. ``X负责，Y配合，<duty>``: Y's too, and the
    duty starts after them; ``X负责，Y配合。`` alone tells no duty."""
    marker, rest = leading_units(p.text, lo, hi, ctx.agencies)
    if marker is not None and rest > span[1]:
        return _fact(notice, ctx, p, lo, marker.units, rest, hi, lead=marker.lead)
    return _fact(notice, ctx, p, lo, [span], span[1], hi)


def _leading_unit(text: str, lo: int, ctx: Context, *, allow_generic: bool) -> tuple[int, int] | None:
    """The unit that opens ``text[lo:]`` right before a duty verb, if any (the longest that reads as one)."""
    best = None
    for m in _DUTY_VERB_RE.finditer(text[lo : lo + 40]):
        cand = text[lo : lo + m.start()]
        if not cand or _CLAUSE_MARK.search(cand):
            break
        if looks_like_unit(cand, ctx.agencies) and (allow_generic or not _generic(cand, ctx)):
            best = (lo, lo + m.start())
            break
    return best


def _generic(name: str, ctx: Context) -> bool:
    n = compact(name)
    if ctx.agencies is not None and ctx.agencies.is_generic(n):
        return True
    return bool(re.match(r"^(各|有关|相关|其他|其它|全体)", n))


def _closes_a_task(text: str, lo: int, hi: int, ctx: Context) -> bool:
    """``由X牵头，Y配合。`` / ``X负责，Y配合。``: a marker closing the task before it (read by the assignments),
    not a duty."""
    return marker_clause(text, lo, hi, ctx.agencies) is not None


def _prose_duties(notice: Notice, ctx: Context, p: Para) -> Iterator[Fact]:
    """Sentences that open with a named unit and 负责 (or with ``由X牵头，``)."""
    text = p.text
    pos = p.body
    for end_m in [*_SENTENCE_END.finditer(text, pos), None]:
        end = end_m.end() if end_m else len(text)
        lo = pos
        while lo < end and text[lo] in " \t　":
            lo += 1
        pos = end
        if end - lo < 6:
            continue
        led = _LED_BY.match(text[lo:end])
        if led:
            a, b = lo + led.start("unit"), lo + led.end("unit")
            if (looks_like_unit(text[a:b], ctx.agencies) and not _generic(text[a:b], ctx)
                    and not _closes_a_task(text, lo, end, ctx)):
                # ``由X牵头，Y、Z配合，开展…``: the units that co-operate are the duty's too, and the duty starts after
                marker, rest = leading_units(text, lo, end, ctx.agencies)
                if marker is not None and rest > lo + led.start("rest"):
                    fact = _fact(notice, ctx, p, lo, marker.units, rest, end, lead=marker.lead)
                else:
                    fact = _fact(notice, ctx, p, lo, [(a, b)], lo + led.start("rest"), end, lead=True)
                if fact is not None:
                    yield fact
            continue
        if "负责" not in text[lo : lo + 41]:
            continue  # (the unit ends within 40 characters, where its 负责 starts)
        span = _leading_unit(text, lo, ctx, allow_generic=False)
        if span is None or not text.startswith("负责", span[1]) or text.startswith("负责人", span[1]):
            continue
        if p.numbered and lo == p.body and text[span[1] + 2 : span[1] + 3] in ("，", ","):
            continue  # ``1.县公安局负责，落实…``: a numbered remedy handed out, the assignments' (``_led_first``)
        if re.search(r"(单位|部门)$", text[span[0] : span[1]]) or span[1] - span[0] > 20:
            continue  # a class of units (``县级行政事业单位``), not a named one
        # the recogniser must see a unit starting here (a place or level prefix): keeps out
        # subjects such as ``领导小组办公室`` whose body is named elsewhere
        seen = ctx.nlp is None or any(s.start_char == 0 for s in ctx.nlp.agency_spans(text[lo:end]))
        if not seen and not re.match(r"^(县|市|省|区|乡|镇)", text[span[0] : span[1]]):
            continue
        if _closes_a_task(text, lo, end, ctx):
            continue
        fact = _unit_duty(notice, ctx, p, lo, span, end)
        if fact is not None:
            yield fact
