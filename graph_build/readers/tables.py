"""Tables as text in the layout the table extractors read: short cells share a line, long ones stand alone.

A PDF gazette's text layer flattens a responsibility table into lines such as
``王润 1 县直各单位 县直各单位负责人`` followed by one paragraph per task; the
extractors in ``graph_build/extractors`` read that layout. A table read as a
table (PDF ruling lines, a Word table) is written the same way, with each cell
whole: consecutive short cells joined by a space on one line, a long cell
(a task) on a line of its own after a blank line, an empty cell (merged with the one above) left out.
"""

from __future__ import annotations

from collections.abc import Sequence

SHORT_CELL = 24  # characters: a cell this long or longer is a paragraph (a task), not a name or a number


def paragraph_cell(paragraphs: Sequence[str]) -> list[str]:
    """A Word or HTML cell: each paragraph stays one."""
    return [p for p in (" ".join(x.split()) for x in paragraphs) if p]


def render_row(cells: Sequence[Sequence[str]], paragraph_columns: set[int] = frozenset()) -> list[str]:
    """Lines for one table row; ``cells`` holds each cell's paragraphs. A cell of a paragraph column (a task
    column), or any cell as long as a task, starts after a blank line; the others share a line."""
    lines: list[str] = []
    run: list[str] = []
    for column, paragraphs in enumerate(cells):
        for para in paragraphs:
            if column not in paragraph_columns and len(para) < SHORT_CELL:
                run.append(para)
                continue
            if run:
                lines.append(" ".join(run))
                run = []
            lines.extend(("", para))  # a blank line ends the cell before, as in a PDF's text layer
    if run:
        lines.append(" ".join(run))
    return lines


def render_table(rows: Sequence[Sequence[Sequence[str]]]) -> str:
    """A whole table, one row after another, with a blank line around it. The first row (the header) is one
    line; a column where any cell is as long as a task is a paragraph column."""
    if not rows:
        return ""
    paragraph_columns = {i for row in rows[1:] for i, cell in enumerate(row) if any(len(p) >= SHORT_CELL for p in cell)}
    lines = render_row(rows[0])
    for row in rows[1:]:
        lines.extend(render_row(row, paragraph_columns))
    return "\n" + "\n".join(lines) + "\n"
