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

from graph_build.readers.list_numbers import format_number

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_LEVELS = 9


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
