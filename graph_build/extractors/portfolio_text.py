"""Text helpers shared by the personnel extractors (appointments, portfolios), and the portfolio readers'
vocabulary (``vocab``: ``data/portfolios.yml``).

Gazettes print names with spaces (``乔 木``) and wrap lists mid-word, so the
extractors match on a *compact* view of a block span: the working copy with
all whitespace removed, plus a map from each compact character back to its
offset in the block. Every span found in the compact view can then be cited
and shown as written with ``Block.original``.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from graph_build.data_files import load_yaml
from graph_build.extractors.assignment_grid import Cell
from graph_build.layout import Block, Line
from graph_build.patterns import LazyPattern
from graph_build.source import SourceText

# Where a sentence or clause list ends inside a block (working copy: full-width forms are folded, so a
# full-width ``．`` is ``.`` here; a ``.`` after a digit or a ``.``, or before one, ends nothing: ``1.2``,
# list numbering ``1.``, ``...``). Each test on the ``.`` comes after the mark, so a search skips to the marks.
SENTENCE_END = LazyPattern(r"[。；;！？!?.](?<![\d.]\.)(?:(?<!\.)|(?![\d.]))")
# Brackets in the working copy (full-width forms fold to ASCII; keep both for safety).
OPEN = "(（[【〔"
CLOSE = ")）]】〕"
_WORDS = LazyPattern(r"\S+")  # runs of non-whitespace (``\s`` is exactly ``str.isspace``)


# The portfolios' vocabulary (``portfolios``, ``portfolio_visits``).
VOCAB_PATH = Path(__file__).resolve().parent.parent / "data" / "portfolios.yml"


@lru_cache(maxsize=1)
def vocab() -> dict[str, Any]:
    return load_yaml(VOCAB_PATH)


@dataclass(frozen=True)
class Compact:
    """A block span with whitespace removed, mapped back to block offsets."""

    block: Block
    text: str
    index: Sequence[int]  # block offset of each character of ``text`` (a range where nothing was removed)

    @classmethod
    def of(cls, block: Block, start: int = 0, end: int | None = None) -> Compact:
        end = len(block.text) if end is None else end
        part = block.text[start:end]
        if part and " " not in part and part.isprintable():  # no whitespace (every other space is unprintable)
            return cls(block=block, text=part, index=range(start, start + len(part)))
        runs = [m.span() for m in _WORDS.finditer(block.text, start, end)]
        if len(runs) == 1:
            a, b = runs[0]
            return cls(block=block, text=block.text[a:b], index=range(a, b))
        text = "".join([block.text[a:b] for a, b in runs])
        index: list[int] = []
        for a, b in runs:
            index.extend(range(a, b))
        return cls(block=block, text=text, index=tuple(index))

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Block offsets of the compact span ``[a, b)``."""
        if b <= a:
            pos = self.index[a] if a < len(self.index) else (self.index[-1] + 1 if self.index else 0)
            return pos, pos
        return self.index[a], self.index[b - 1] + 1

    def original(self, a: int, b: int) -> str:
        """The compact span as written in the file (whitespace removed); a view joined of parts that stand apart
        in the block (``join``) gives each part's characters, not what stands between them."""
        lo, hi = self.span(a, b)
        if isinstance(self.index, range) or b - a < 2:
            return self.block.original(lo, hi)
        out, k, text = [], a, self.block.text
        for j in range(a + 1, b + 1):
            if j == b or (self.index[j] != self.index[j - 1] + 1
                          and not text[self.index[j - 1] + 1 : self.index[j]].isspace()):
                out.append(self.block.original(self.index[k], self.index[j - 1] + 1))
                k = j
        return "".join(out)

    @classmethod
    def join(cls, parts: Sequence[Compact]) -> Compact:
        """One view of parts of the same block, in order (a table's cell continued on a later line)."""
        if len(parts) == 1:
            return parts[0]
        index: list[int] = []
        for p in parts:
            index.extend(p.index)
        return cls(block=parts[0].block, text="".join(p.text for p in parts), index=tuple(index))

    def within(self, start: int, end: int) -> Compact:
        """The part of a whole block's view that stands in block offsets ``[start, end)`` (``of`` that span)."""
        return self.sub(bisect.bisect_left(self.index, start), bisect.bisect_left(self.index, end))

    def sub(self, a: int, b: int) -> Compact:
        return Compact(block=self.block, text=self.text[a:b], index=self.index[a:b])


@dataclass(frozen=True)
class RowView:
    """A table row's lines as one block, and the view of each of its cells there (``column_table.Row``)."""

    whole: Compact
    base: dict[int, int]  # line number -> where the line starts in the block

    @classmethod
    def of(cls, source: SourceText, lines: Sequence[Line]) -> RowView:
        block = Block.from_lines(source, list(lines))
        return cls(Compact.of(block), {ln.number: block.starts[k] for k, ln in enumerate(lines)})

    @property
    def block(self) -> Block:
        return self.whole.block

    def cell(self, parts: Sequence[Cell]) -> Compact:
        """A cell's view, its parts on several lines joined."""
        if not parts:
            return self.whole.sub(0, 0)
        return Compact.join([self.whole.within(self.base[p.line.number] + p.start, self.base[p.line.number] + p.end)
                             for p in parts])


def sentences(block: Block) -> Iterator[tuple[int, int]]:
    """Block spans of the sentences of a block; each span includes its closing punctuation."""
    text = block.text
    lo = 0
    for m in SENTENCE_END.finditer(text):
        end = m.start()
        if end > lo and not text[lo:end].isspace():  # something other than whitespace before the end
            yield lo, m.end()
        lo = m.end()
    if lo < len(text) and not text[lo:].isspace():
        yield lo, len(text)


def trailing_brackets(text: str) -> list[tuple[int, int]]:
    """Spans (including the brackets) of the balanced bracket groups that end ``text``, left to right."""
    groups: list[tuple[int, int]] = []
    end = len(text)
    while end > 0 and text[end - 1] in CLOSE:
        depth, i = 0, end - 1
        while i >= 0:
            if text[i] in CLOSE:
                depth += 1
            elif text[i] in OPEN:
                depth -= 1
                if depth == 0:
                    break
            i -= 1
        if i <= 0:  # unbalanced, or the whole text is a bracket
            break
        groups.insert(0, (i, end))
        end = i
    return groups
