"""Documents: one fact per document that ``notices.segment`` found, with 文号, title, issuer and signing date.

A document without a 文号 is keyed by its title (``doc_number`` null); one with neither (a signed
notice whose title the excerpt lacks) has both null. Parts that are not documents (a news report, a
gazette's front matter, an attachment without its notice) give no record.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from graph_build.extractors.base import Context
from graph_build.layout import Block
from graph_build.notices import Notice
from graph_build.records import DocumentFact, Fact

NAME = "documents"
VERSION = "1"


def extract(notice: Notice, ctx: Context) -> Iterator[Fact]:
    if not notice.is_document:
        return
    blocks = notice.blocks
    if not blocks:
        return
    head = blocks[0]
    # The evidence is the header: the title lines and the 文号 line.
    header = [b for b in blocks if b.line <= (notice.number_line or notice.first_line)]
    first = notice.lines[0] if notice.lines else None
    if first is not None and first.number < head.line and _runs_on(notice, first.number):
        head = Block.from_lines(notice.layout.source, [first])  # (the title, in a paragraph the layout ran on
        header = [head, *header]  # from the lead above it)
    last = header[-1] if header else head
    prov = ctx.cite(head, 0, len(head.text), NAME, VERSION)
    evidence = " ".join(b.original(0, len(b.text)) for b in header) or prov.evidence
    yield DocumentFact(
        prov=replace(prov, evidence=evidence, end=last.span(0, len(last.text))[1]),
        doc_number=notice.doc_number,
        doc_title=notice.title,
        issuer=notice.issuer,
        date=notice.date,
        end_line=notice.last_line,
    )


def _runs_on(notice: Notice, number: int) -> bool:
    """Is line ``number`` inside a paragraph that starts above it?"""
    block = notice.layout.block_of(number)
    return block.line < number and number in block.numbers
