"""What every extractor shares: the context it runs in and how it cites its evidence.

An extractor is a module with a ``NAME``, a ``VERSION`` and a function
``extract(notice, ctx) -> Iterator[Fact]``. It reads the notice's blocks
(paragraphs) or lines and cites each fact with ``ctx.cite``, which records
file, line, character span and the sentence around the span.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, TypeVar

from graph_build.extractors.assignment_cells import flat_header_columns
from graph_build.extractors.assignment_outline import Para, outline
from graph_build.layout import Block, Layout, compact
from graph_build.patterns import LazyPattern
from graph_build.records import Provenance

if TYPE_CHECKING:
    from graph_build.notices import Notice
    from graph_build.recogniser import AgencyRecogniser, Recogniser

# Where a sentence ends inside a block.
_SENTENCE_END = LazyPattern(r"[。！？!?；;]")


def evidence_text(s: str) -> str:
    """Evidence as shown: the text as written, each run of whitespace folded to one space."""
    return " ".join(s.split())


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of ``text`` around ``[start, end)``: from the previous to the next sentence end."""
    lo = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        lo = m.end()
    m = _SENTENCE_END.search(text, max(end - 1, start))
    hi = m.end() if m else len(text)
    return lo, max(hi, end)


T = TypeVar("T")


@dataclass
class FileMemo:
    """What extractors compute once per file and read for each of its notices.

    A notice that looks at the whole text (its genre, what an earlier part of it told) would
    otherwise cost the whole file once per notice. Only one file's values are kept: asked about
    another layout, the memo forgets the one before.
    """

    layout: Layout | None = None
    values: dict[Callable[[Layout], Any], Any] = field(default_factory=dict)

    def get(self, compute: Callable[[Layout], T], layout: Layout) -> T:
        """``compute(layout)``, computed once per file."""
        if self.layout is not layout:
            self.layout, self.values = layout, {}
        if compute not in self.values:
            self.values[compute] = compute(layout)
        return self.values[compute]


@dataclass
class NoticeMemo:
    """What one extractor reads of a notice and a later one reads again, kept for that notice only.

    The assignment and duty extractors outline the same blocks in turn, and the duty extractor skips the
    paragraphs whose brackets hold a marker, which the assignment extractor has just found. Three table
    readers look for table headers among the notice's lines.
    """

    outlined: tuple[list[Block], list[Para]] | None = None  # the last blocks outlined and their paragraphs
    marked: dict[str, bool] = field(default_factory=dict)  # paragraph text -> its brackets hold a marker
    header_kinds: dict[int, list[str]] | None = None  # line number -> column kinds, for the header lines

    def headers(self, notice: Notice) -> dict[int, list[str]]:
        """The table headers among the notice's lines (line number -> ``header_columns``), found once."""
        if self.header_kinds is None:
            lines = zip(notice.lines, notice.flat_lines, strict=True)
            found = ((ln.number, flat_header_columns(flat)) for ln, flat in lines)
            self.header_kinds = {number: kinds for number, kinds in found if kinds is not None}
        return self.header_kinds

    def outline(self, blocks: list[Block]) -> list[Para]:
        """``outline(blocks)``; the same blocks as last time give the same paragraphs."""
        last = self.outlined
        if last is not None and len(last[0]) == len(blocks) and all(map(operator.is_, last[0], blocks)):
            return list(last[1])
        paras = outline(blocks)
        self.outlined = (list(blocks), paras)
        return list(paras)


@dataclass
class Context:
    """Shared, read-only services for extractors, and the memos of the file and the notice being read."""

    agencies: AgencyRecogniser | None = None
    nlp: Recogniser | None = None  # unit names in a text: ``ctx.nlp.agency_spans(text)``
    max_evidence: int = 400
    memo: NoticeMemo = field(default_factory=NoticeMemo)
    file: FileMemo = field(default_factory=FileMemo)

    def for_file(self) -> Context:
        """The same services with fresh memos: the context for reading one file."""
        return replace(self, memo=NoticeMemo(), file=FileMemo())

    def for_notice(self) -> Context:
        """The same services and file memo with a fresh notice memo: the context for reading one notice."""
        return replace(self, memo=NoticeMemo())

    def cite(
        self,
        block: Block,
        start: int,
        end: int,
        extractor: str,
        version: str,
        *,
        line_at: int | None = None,
        evidence: tuple[int, int] | None = None,
    ) -> Provenance:
        """Provenance for the block span ``[start, end)``.

        ``line_at`` is the block offset whose line the fact reports (default: ``start``);
        ``evidence`` overrides the evidence span (default: the sentence around the span).
        """
        lo, hi = evidence or sentence_bounds(block.text, start, end)
        if hi - lo > self.max_evidence:  # a run-on list: keep the part around the span
            lo = max(lo, start - self.max_evidence // 4)
            hi = min(hi, max(end, lo + self.max_evidence))
        f_start, f_end = block.span(start, end)
        return Provenance(
            source=block.source.name,
            line=block.line_of(start if line_at is None else line_at),
            start=f_start,
            end=f_end,
            evidence=evidence_text(block.raw(lo, hi)),
            extractor=extractor,
            version=version,
        )


def check_evidence(names: list[str], evidence: str) -> list[str]:
    """Names that the evidence does not contain (compared without whitespace)."""
    ev = compact(evidence)
    return [n for n in names if compact(n) not in ev]
