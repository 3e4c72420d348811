"""Leaders' links told in reports of their visits: a leader goes to the place or the firm the leader is linked to.

``县委常委、副县长张某带领…到联系的重点企业A公司、B公司等企业开展调研``: 张某 联系 A公司, B公司;
``县人大常委会副主任施某…深入联系点大明村``: 施某 联系 大明村; ``副主任何某，院长宋某到分包黄道镇调研``: both
联系 黄道镇. The link words (联系, 包联, 分包, 挂钩…) all give 联系. Only where the sentence names its people with
their posts before the visit (a post right before the name), and each target ends as a place or a firm does; a
link without names after it (``深入包联企业走访``) gives nothing. The vocabulary is ``visits`` in
``data/portfolios.yml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from graph_build.extractors.base import Context
from graph_build.extractors.portfolio_text import Compact, sentences, vocab
from graph_build.notices import Notice
from graph_build.patterns import LazyPattern, alternation
from graph_build.people import clean_person, split_name_post, title_like
from graph_build.records import Fact, Portfolio
from graph_build.units import top_level_split

NAME = "portfolio_visits"
VERSION = "1"
RELATION = "联系"


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    v = vocab()["visits"]
    return {
        "visit": re.compile(
            rf"(?:{alternation(v['go'])})(?:其)?(?:{alternation(v['links'])})(?:的)?(?:{alternation(v['kinds'])})?"
            rf"(?P<targets>[^，,。；;：:]{{2,80}}?)(?=(?:{alternation(v['purposes'])})|[，,。；;]|$)"),
        "end": re.compile(rf"(?:{alternation(v['ends'])})$"),
        "after_name": re.compile(alternation(v["after_name"])),
        "link": re.compile(alternation(v["links"])),
    }


_LEAD_IN = LazyPattern(r"^(?:\d{1,2}月\d{1,2}日|近日|日前|连日来|今年以来|近期|当天|\d{1,2}日)")
_LIST_END = LazyPattern(r"(?:等(?:企业|单位|地|村|乡镇|项目)?)$")


def _people(text: str) -> list[tuple[int, int]]:
    """The names of the people a sentence's opening items name with their posts (``县委常委、副县长张某``, ``…院长
    宋某``), before the visit; an item whose name no post comes before gives no one."""
    out = []
    for a, b in top_level_split(text, 0, len(text), seps="，,"):
        if _LEAD_IN.match(text, a):
            continue
        cut = _patterns()["after_name"].search(text, a, b)
        end = cut.start() if cut else b
        lo = max(text.rfind("、", a, end) + 1, a)
        split = split_name_post(text[lo:end])
        if split is None or split[0] == 0 or split[1] != end - lo or not title_like(text[lo : lo + split[0]]):
            continue  # (a post, then the name that ends the item)
        out.append((lo + split[0], end))
    return out


def _targets(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The places or firms listed at ``text[a:b]`` (``A公司、B公司等企业``), or none unless each ends as one."""
    m = _LIST_END.search(text, a, b)
    b = m.start() if m else b
    parts = [(x, y) for x, y in top_level_split(text, a, b, seps="、和及") if y > x]
    if not parts or not all(_patterns()["end"].search(text[x:y]) and 2 <= y - x <= 30 for x, y in parts):
        return []
    return parts


def extract(notice: Notice, ctx: Context) -> Iterator[Fact]:
    """The links of the leaders a report's sentences send to the places and firms they are linked to."""
    pats = _patterns()
    for block in notice.blocks:
        if not pats["link"].search(block.text):
            continue
        for lo, hi in sentences(block):
            c = Compact.of(block, lo, hi)
            m = pats["visit"].search(c.text)
            if m is None:
                continue
            people = _people(c.text[: m.start()])
            targets = _targets(c.text, m.start("targets"), m.end("targets"))
            for p0, p1 in people:
                for t0, t1 in targets:
                    prov = ctx.cite(block, *c.span(t0, t1), NAME, VERSION, line_at=c.span(p0, p1)[0],
                                    evidence=(lo, hi))
                    yield Portfolio(prov=prov, doc_number=notice.doc_number, doc_title=notice.title,
                                    person=clean_person(c.original(p0, p1)), relation=RELATION,
                                    target=c.original(t0, t1), aliases=())
