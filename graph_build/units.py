"""Lists of units (agencies) as gazettes write them: split, trimmed, kept as written.

``县发改局、县财政局及各乡镇人民政府等单位负责人`` is three units. Splitting
respects brackets (``县财政局（国有资产监督管理局）`` stays whole) and only
splits on 和/及/与 where both sides look like units, so
``县人力资源和社会保障局`` is never cut. Functions return spans into the text
they were given, so callers can cite them and recover the original spelling.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from graph_build.data_files import load_yaml
from graph_build.patterns import LazyPattern, alternation

DATA = Path(__file__).resolve().parent / "data" / "units.yml"


def _vocabulary() -> dict[str, Any]:
    return load_yaml(DATA)


_VOCAB = _vocabulary()
# What sets the items of a list apart, and the words that may join two units.
SEPARATORS: str = _VOCAB["separators"]
CONJUNCTIONS: str = _VOCAB["conjunctions"]
# Suffixes that end an agency, office, enterprise or generic unit phrase.
UNIT_SUFFIX = LazyPattern(rf"({alternation(_VOCAB['suffixes'])})$")
# Words after a unit that name its head or staff: ``县工科局局长`` -> ``县工科局``.
HEAD_SUFFIX = LazyPattern(rf"(?:等)?(?:单位|部门)?(?:的)?(?:{alternation(_VOCAB['head_words'])})+$")
_UNIT_START = LazyPattern(
    rf"^({alternation(_VOCAB['starts'])}|[\u4e00-\u9fff]{{2,4}}(?:{alternation(_VOCAB['place_kinds'])}))"
)
_TRAIL = LazyPattern(rf"等(?:{alternation(_VOCAB['generic_tails'])})?$")

# Brackets and quotes a list item may hold separators in: ``县财政局（国资局、金融办）`` is one item.
OPEN = "(（《“〔[【"
CLOSE = ")）》”〕]】"
# The unit-list splitter has never treated 【】 as brackets; kept so its output does not change.
_UNIT_OPEN = "(（《“〔["
_UNIT_CLOSE = ")）》”〕]"


@lru_cache(maxsize=64)
def _any_of(chars: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape(chars) + "]")


def top_level(
    text: str,
    lo: int = 0,
    hi: int | None = None,
    opening: str = OPEN,
    closing: str = CLOSE,
    only: str | None = None,
) -> Iterator[int]:
    """Offsets in ``text[lo:hi]`` outside brackets and quotes (the brackets themselves excluded).

    ``only``: just the offsets of these characters (found by one regex: a text has few of them).
    """
    hi = len(text) if hi is None else hi
    if only is None:
        offsets: Iterable[int] = range(lo, hi)
    else:
        offsets = (m.start() for m in _any_of(opening + closing + only).finditer(text, lo, hi))
    depth = 0
    for i in offsets:
        ch = text[i]
        if ch in opening:
            depth += 1
        elif ch in closing:
            depth = max(0, depth - 1)
        elif depth == 0:
            yield i


def top_level_split(
    text: str,
    lo: int = 0,
    hi: int | None = None,
    seps: str = SEPARATORS,
    opening: str = OPEN,
    closing: str = CLOSE,
) -> list[tuple[int, int]]:
    """Spans of ``text[lo:hi]`` split on ``seps`` outside brackets and quotes (empty spans kept)."""
    hi = len(text) if hi is None else hi
    out, start = [], lo
    for i in top_level(text, lo, hi, opening, closing, only=seps):
        out.append((start, i))
        start = i + 1
    out.append((start, hi))
    return out


def space_split(
    text: str, lo: int, hi: int, is_unit: Callable[[str], bool], same_start: bool = False
) -> list[tuple[int, int]]:
    """``县生态环境局 县水利局``: units set apart by spaces alone are several, else ``[(lo, hi)]``.

    Every word must be 3 characters or more and pass ``is_unit`` (so ``县 发改局`` stays whole);
    with ``same_start`` each must also start like the first (a spaced-out ``县人民政府 办公室`` stays whole).
    """
    words = [(lo + m.start(), lo + m.end()) for m in re.finditer(r"\S+", text[lo:hi])]
    first = text[words[0][0]] if words else ""
    if len(words) > 1 and all(
        b - a >= 3 and (not same_start or text[a] == first) and is_unit(text[a:b]) for a, b in words
    ):
        return words
    return [(lo, hi)]


def _units_either_side(text: str, lo: int, i: int, hi: int) -> bool:
    """Does the 和/及/与 at ``i`` join two units (``县发改局和县应急管理局``)?"""
    right = text[i + 1 : hi]
    return bool(UNIT_SUFFIX.search(strip_head(text[lo:i])) and _UNIT_START.match(right) and len(right) >= 2)


def split_conjunction(
    text: str,
    lo: int,
    hi: int,
    joins: Callable[[str, int, int, int], bool] = _units_either_side,
    conj: str = CONJUNCTIONS,
    opening: str = "",
    closing: str = "",
) -> list[tuple[int, int]]:
    """Split ``text[lo:hi]`` at each conjunction that ``joins(text, lo, i, hi)`` says joins two units.

    ``县发改局和县应急管理局``, ``县交投集团以及城关镇`` -> two spans; ``县人力资源和社会保障局`` stays one.
    Conjunctions inside the brackets ``opening``/``closing`` are skipped (none by default: the unit-list splitter
    always looked inside them, and only joins units either side).
    """
    for i in top_level(text, lo, hi, opening, closing, only=conj):
        if i <= lo:
            continue
        if text[i] == "及" and text[i - 1] == "以" and i - 1 > lo:  # ``A以及B``: the text asked without its 以
            if joins(text[: i - 1] + text[i:], lo, i - 1, hi - 1):
                return [(lo, i - 1), *split_conjunction(text, i + 1, hi, joins, conj, opening, closing)]
        elif joins(text, lo, i, hi):
            return [(lo, i), *split_conjunction(text, i + 1, hi, joins, conj, opening, closing)]
    return [(lo, hi)]


def strip_head(unit: str) -> str:
    """Drop a post or head phrase after a unit name (``县应急管理局主要负责人`` -> ``县应急管理局``)."""
    m = HEAD_SUFFIX.search(unit)
    if m and m.start() > 0 and UNIT_SUFFIX.search(unit[: m.start()]):
        return unit[: m.start()]
    return unit


def trim_span(text: str, lo: int, hi: int) -> tuple[int, int]:
    """Trim whitespace, list numbering, a trailing 等 and head words from a unit span."""
    while lo < hi and text[lo] in " \t　":
        lo += 1
    while hi > lo and text[hi - 1] in " \t　。.":
        hi -= 1
    part = text[lo:hi]
    m = _TRAIL.search(part)
    if m and m.start() > 0:
        hi = lo + m.start()
        part = text[lo:hi]
    stripped = strip_head(part)
    if stripped != part:
        hi = lo + len(stripped)
    m = _TRAIL.search(text[lo:hi])
    if m and m.start() > 0:
        hi = lo + m.start()
    return lo, hi


# ``各县、市、区政府``: the levels of one generic unit, written as a list (each part a level alone, then the unit).
_LEVEL_ALONE = LazyPattern(r"\s*各?[县市区乡镇旗州盟]\s*")
_LEVEL_START = LazyPattern(r"\s*[县市区乡镇旗州盟]")
_EACH = LazyPattern(r"\s*各")


def join_levels(text: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts with a run of levels alone and the part that ends their unit made one part."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(parts):
        j = k
        while j < len(parts) - 1 and _LEVEL_ALONE.fullmatch(text, *parts[j]):
            j += 1
        if j > k and _EACH.match(text, parts[k][0]) and _LEVEL_START.match(text, parts[j][0]):
            out.append((parts[k][0], parts[j][1]))
            k = j + 1
            continue
        out.append(parts[k])
        k += 1
    return out


def split_units(text: str) -> list[tuple[int, int]]:
    """Spans of the units named in a list; empty parts are dropped."""
    spans = []
    for lo, hi in join_levels(text, top_level_split(text, opening=_UNIT_OPEN, closing=_UNIT_CLOSE)):
        for a, b in split_conjunction(text, lo, hi):
            a, b = trim_span(text, a, b)
            if b > a:
                spans.append((a, b))
    return spans


def unit_names(text: str) -> list[str]:
    """The units of a list as strings, whitespace removed."""
    return ["".join(text[a:b].split()) for a, b in split_units(text)]
