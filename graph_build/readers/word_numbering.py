"""Word's automatic numbering: the ``一、``, ``（一）``, ``1.`` a paragraph shows that its text does not hold.

A Word file keeps a numbered list's numbers out of the paragraphs: each paragraph (or its style) names a list
(``w:numId``) and its level (``w:ilvl``), and ``numbering.xml`` says how each level is written (``%1、`` in
Chinese counting, ``（%1）``, ``%1.``) and where it starts. The extractors read a notice's outline by these
numbers (``一、`` opens a section, ``（一）`` a task), so the reader writes them back before each paragraph, counted
in the order the paragraphs stand, as Word shows them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_LEVELS = 9
_CHINESE = "〇一二三四五六七八九"
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


@dataclass(frozen=True)
class _Level:
    fmt: str  # ``w:numFmt``: decimal, chineseCounting, ideographTraditional, bullet, ...
    text: str  # ``w:lvlText``: ``%1、``, ``（%1）``, ``%1.%2``
    start: int
    spaced: bool  # a space between the number and the text (``w:suff``: tab or space), not ``nothing``


def _val(element: Any, tag: str, default: str | None = None) -> str | None:
    child = element.find(_W + tag) if element is not None else None
    return child.get(_W + "val", default) if child is not None else default


def _level(lvl: Any) -> _Level:
    start = _val(lvl, "start", "1") or "1"
    return _Level(fmt=_val(lvl, "numFmt", "decimal") or "decimal", text=_val(lvl, "lvlText", "") or "",
                  start=int(start) if start.isdigit() else 1, spaced=_val(lvl, "suff", "tab") != "nothing")


def chinese_number(n: int) -> str:
    """``一`` … ``十``, ``十一``, ``二十``, ``一百零五``: a number in Chinese counting."""
    if n < 10:
        return _CHINESE[n]
    if n < 20:
        return "十" + (_CHINESE[n % 10] if n % 10 else "")
    if n < 100:
        return _CHINESE[n // 10] + "十" + (_CHINESE[n % 10] if n % 10 else "")
    rest = n % 100
    tail = "" if rest == 0 else ("零" + _CHINESE[rest] if rest < 10 else chinese_number(rest))
    return _CHINESE[n // 100] + "百" + tail


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    """``A`` … ``Z``, ``AA``, ``BB`` (Word repeats the letter)."""
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """The number ``n`` as Word writes it in the format ``fmt`` (``w:numFmt``)."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
               "chineseLegalSimplified", "koreanCounting"):
        return chinese_number(n)
    if fmt in ("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"):
        return "".join(_CHINESE[int(d)] for d in str(n))
    if fmt == "ideographTraditional":
        return _STEMS[(n - 1) % 10]
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle"):
        return _CIRCLED[n - 1] if 0 < n <= len(_CIRCLED) else str(n)
    if fmt == "decimalEnclosedParen":
        return f"({n})"
    if fmt == "decimalEnclosedFullstop":
        return f"{n}."
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("upperLetter", "lowerLetter"):
        return _letters(n) if fmt == "upperLetter" else _letters(n).lower()
    if fmt in ("upperRoman", "lowerRoman"):
        return _roman(n) if fmt == "upperRoman" else _roman(n).lower()
    return str(n)  # decimal, decimalFullWidth, decimalHalfWidth and any other


class Numbering:
    """The numbers of a document's numbered paragraphs, counted as they are asked for, in the document's order."""

    def __init__(self, document: Any):
        self._lists: dict[str, dict[int, _Level]] = {}  # numId -> level -> how it is written
        self._counts: dict[str, dict[int, int]] = {}  # numId -> level -> the last number given
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return  # (no numbering part: no paragraph is numbered)
        abstract = {a.get(_W + "abstractNumId"): {int(lvl.get(_W + "ilvl", "0")): _level(lvl)
                                                  for lvl in a.findall(_W + "lvl")}
                    for a in root.findall(_W + "abstractNum")}
        for num in root.findall(_W + "num"):
            levels = dict(abstract.get(_val(num, "abstractNumId"), {}))
            for override in num.findall(_W + "lvlOverride"):
                k = int(override.get(_W + "ilvl", "0"))
                lvl = override.find(_W + "lvl")
                start = _val(override, "startOverride")
                if lvl is not None:
                    levels[k] = _level(lvl)
                elif start is not None and start.isdigit() and k in levels:
                    levels[k] = replace(levels[k], start=int(start))
            self._lists[num.get(_W + "numId")] = levels

    def label(self, paragraph: Any) -> str:
        """The number Word shows before ``paragraph`` (a python-docx paragraph), with the space after it; ``""``
        for a paragraph outside any numbered list, or in a list of bullets."""
        found = _num_pr(paragraph)
        if found is None:
            return ""
        num_id, k = found
        levels = self._lists.get(num_id)
        if not levels or k not in levels:
            return ""
        counts = self._counts.setdefault(num_id, {})
        counts[k] = counts.get(k, levels[k].start - 1) + 1
        for deeper in [d for d in counts if d > k]:
            del counts[deeper]  # (a deeper level starts again under each new number of this one)
        lvl = levels[k]
        if lvl.fmt in ("bullet", "none") or not lvl.text:
            return ""
        text = lvl.text
        for d in range(_LEVELS):
            if f"%{d + 1}" in text:
                shown = counts.get(d, levels[d].start if d in levels else 1)
                text = text.replace(f"%{d + 1}", format_number(shown, levels[d].fmt if d in levels else "decimal"))
        return text + (" " if lvl.spaced and text[-1].isalnum() else "")


def _num_pr(paragraph: Any) -> tuple[str, int] | None:
    """The list (``numId``) and level of a paragraph, set on it or on its style (or the style it is based on)."""
    p_pr = paragraph._p.pPr
    num_pr = p_pr.numPr if p_pr is not None else None
    style = paragraph.style if num_pr is None else None
    while num_pr is None and style is not None:
        s_pr = style.element.pPr
        num_pr = s_pr.numPr if s_pr is not None else None
        style = style.base_style
    if num_pr is None or num_pr.numId is None:
        return None
    num_id = str(num_pr.numId.val)
    return (num_id, int(num_pr.ilvl.val) if num_pr.ilvl is not None else 0) if num_id != "0" else None
