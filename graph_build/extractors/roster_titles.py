"""Members of a task force named among a person's posts, as news reports of meetings name them.

``县委常委、常务副县长、县征兵工作领导小组组长张辉出席会议``: 张辉 is the 组长 of 县征兵工作领导小组; the posts
before it are his titles. Only task forces and their leading roles are read this way (``…委员会主任X`` is a post,
not a roster's slot), only where a name follows the role at once and ends where the sentence goes on (a mark, or
a word such as ``出席``), and only in notices that give no roster otherwise: the notice founding a body says
who is in it; the report of its meeting only names them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from graph_build.extractors.base import Context
from graph_build.extractors.roster_lexicon import lexicon
from graph_build.extractors.roster_prose import memberships, paragraphs
from graph_build.layout import Block
from graph_build.notices import Notice
from graph_build.patterns import alternation
from graph_build.people import HAN, PersonSpan, is_name, title_like
from graph_build.records import Fact

_ITEM_END = "、，,。；;：:（）()"
# A sentence about posts held or given (an appointment, a removal) is the appointments' reader's.
_PERSONNEL = re.compile(r"任命|免去|免除|免职|辞去|聘任|解聘|不再担任|调任|原任")


@lru_cache(maxsize=1)
def _titled() -> re.Pattern[str]:
    lex = lexicon()
    return re.compile(
        rf"(?:(?<=[{_ITEM_END}])|^)(?P<body>[^{_ITEM_END}\s]{{2,30}}?(?:{alternation(lex.titled_bodies)}))"
        rf"(?P<role>{alternation(lex.titled_roles)})(?=[{HAN}]{{2,3}})"
    )


@lru_cache(maxsize=1)
def _after_name() -> re.Pattern[str]:
    """What may follow a name in a report: a mark, or the sentence's verb (``张辉出席会议``)."""
    return re.compile(rf"[{_ITEM_END}]|{alternation(lexicon().titled_name_followers)}|$")


def _name_after(text: str, at: int) -> int | None:
    """Where the name that starts at ``at`` ends: the length (three, else two) after which the sentence goes on
    (``王为民出席``: three; ``张辉出席``: two)."""
    for n in (3, 2):
        name = text[at : at + n]
        if len(name) == n and is_name(name, strict=True) and _after_name().match(text, at + n):
            return at + n
    return None


def _titles_before(text: str, start: int) -> list[tuple[int, int]]:
    """The posts written before the body's item in the same run of 、 (``县委常委、常务副县长、``)."""
    out: list[tuple[int, int]] = []
    hi = start
    while hi > 0 and text[hi - 1] == "、":
        lo = hi - 1
        while lo > 0 and text[lo - 1] not in _ITEM_END:
            lo -= 1
        lead = text.rfind("由", lo, hi - 1)  # (``会议由县人武部政委、…``: the sentence's words before the post)
        if lead >= 0:
            lo = lead + 1
        if not title_like(text[lo : hi - 1]):
            break
        out.insert(0, (lo, hi - 1))
        if lead >= 0:
            break
        hi = lo
    return out


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    for m in re.finditer(r"[^。；;！？!?]+", text):
        yield m.start(), m.end()


def extract(notice: Notice, ctx: Context, skip: set[int]) -> Iterator[Fact]:
    """Memberships named in the posts of people a report names (``…领导小组副组长王宏彬``)."""
    pattern = _titled()
    source = notice.layout.source
    for lines in paragraphs(notice, skip):
        block = Block.from_lines(source, lines)
        text = block.text
        if not pattern.search(text):
            continue
        for lo, hi in _sentences(text):
            if _PERSONNEL.search(text, lo, hi):
                continue
            for m in pattern.finditer(text, lo, hi):
                if text[m.start("body")] in "原前":  # (``原县X领导小组组长``: a post held before)
                    continue
                end = _name_after(text, m.end())
                if end is None:
                    continue
                person = PersonSpan((m.end(), end), _titles_before(text, m.start()))
                yield from memberships(notice, ctx, block, [person], block.original(*m.span("body")),
                                       block.original(*m.span("role")),
                                       evidence=(lo, hi))
