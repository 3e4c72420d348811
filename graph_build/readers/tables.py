"""Tables as text: a row a line, tabs between the cells, as a Word or web table copied as text.

A table read as a table (a Word table, an HTML ``<table>``, a spreadsheet's sheet, a PDF's ruled table) is
written as the table readers in ``graph_build/extractors`` read a table copied from Word: one line for each row,
a tab between two cells, a cell that is empty (merged with the one above, or left blank) an empty string between
its tabs, so every cell stays under its column. A cell of several paragraphs (or of lines a break ends) is one
cell: short items with no stop after them (``经开区`` ⏎ ``工科局``, one name a line) become a list set apart by
``、``, longer text runs on.
"""

from __future__ import annotations

from collections.abc import Sequence

from graph_build.patterns import LazyPattern

SHORT_CELL = 24  # characters: a paragraph this long or longer is text (a task), not an item of a list


def paragraph_cell(paragraphs: Sequence[str]) -> list[str]:
    """A Word or HTML cell: each paragraph stays one, and so does each line a break inside one ends (a Word
    cell's ``经开区`` ⏎ ``工科局`` typed with Shift+Enter)."""
    return [p for x in paragraphs for p in (" ".join(y.split()) for y in x.split("\n")) if p]


def cell_line(paragraphs: Sequence[str]) -> str:
    """A cell's paragraphs as the text of one cell: items of a list joined by ``、``, text run on (and so does a
    list written with its own marks that wrapped: ``县发展改革委、县`` ⏎ ``人社局``)."""
    if len(paragraphs) > 1 and all(len(p) < SHORT_CELL and not _LISTED.search(p) for p in paragraphs):
        return "、".join(paragraphs)
    return "".join(paragraphs)


_LISTED = LazyPattern(r"[。；;！？!?，,、：:]")


def render_table(rows: Sequence[Sequence[Sequence[str]]]) -> str:
    """A whole table, a row a line (``rows``: each cell's paragraphs), with a blank line around it; the empty
    cells at a row's end are left out with its trailing tabs."""
    if not rows:
        return ""
    return "\n" + "\n".join("\t".join(cell_line(c) for c in row).rstrip("\t") for row in rows) + "\n"
