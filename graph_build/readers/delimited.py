"""Comma- or tab-separated tables (.csv, .tsv), and a .txt file that holds one.

A 任务分解表 saved from Excel as CSV reads, as text, like this::

    序号,工作任务,牵头单位,责任单位,完成时限
    1,"推进…项目建设，年内完成投资45亿元。",旗能源局,"旗发改委、旗自然资源局",2023年12月底
    2,"稳定牲畜存栏…，
    建设标准化养殖场30个。",旗农牧局,各苏木镇,2023年11月底

Its cells are set apart by commas (a quoted cell may hold commas and line breaks), which the table readers do not
read. Each record is written as a row of cells set apart by tabs, as a Word table copied as text is, on the line
where the record starts; a record that took several lines of the file leaves the lines after it empty, so every
fact keeps the file's line numbers (a cell's own line break becomes a space). The offsets of a fact's span are
those of this text (``Origin.format``: ``csv``).

A .txt file is read so only when it is such a table throughout: nearly every record that holds text has the same
number of cells, three or more (a spreadsheet pads its rows with empty cells), at least four records, one of
them a header that fills its cells. Prose written with half-width commas has no such shape (its lines' comma
counts differ, and most lines of a notice have none), and is read as text.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

from graph_build.source import Origin, SourceText, read_source

SUFFIXES = (".csv", ".tsv")

_MIN_CELLS = 3  # a table's header has at least this many cells
_MIN_RECORDS = 3  # and at least this many records share its width
_SENTENCE_ENDS = ("。", "；", ";", "！", "？")
_SHARE = 0.8  # of the records that hold text, the share that must have the table's width


def read(path: Path) -> SourceText:
    source = read_source(path)
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    return _as_table(source, delimiter) or source


def table_in_text(source: SourceText) -> SourceText | None:
    """``source`` read as a comma-separated table, if it is one throughout; else None."""
    head = source.text[:2000]
    if head.count(",") < _MIN_CELLS * _MIN_RECORDS or head.count("\n") < _MIN_RECORDS - 1:
        return None  # (a cheap test first: a table's first lines hold commas)
    return _as_table(source, ",")


def _as_table(source: SourceText, delimiter: str) -> SourceText | None:
    records = _records(source.text, delimiter)
    if records is None or not _tabular([cells for cells, _ in records]):
        return None
    lines: list[str] = []
    for cells, taken in records:
        lines.append("\t".join(" ".join(c.split()) for c in cells).rstrip("\t"))
        lines.extend([""] * (taken - 1))  # (the lines the record's cells took: the next record keeps its line)
    text = "\n".join(lines)
    return SourceText.from_string(source.name, text, path=source.path, encoding=source.encoding,
                                  origin=Origin(format="csv"))


def _records(text: str, delimiter: str) -> list[tuple[list[str], int]] | None:
    """Each record with the number of the file's lines it took; None if the text does not parse as one table."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    out: list[tuple[list[str], int]] = []
    seen = 0
    try:
        for cells in reader:
            out.append((cells, max(1, reader.line_num - seen)))
            seen = reader.line_num
    except csv.Error:
        return None
    return out


def _tabular(rows: list[list[str]]) -> bool:
    """Nearly every record that holds text has one width, of ``_MIN_CELLS`` or more (a spreadsheet pads its rows
    with empty cells), and one of them fills that many cells (the header)."""
    filled = [r for r in rows if any(c.strip() for c in r)]
    widths = Counter(len(r) for r in filled)
    if not widths:
        return False
    width, same = widths.most_common(1)[0]
    if width < _MIN_CELLS or same < _MIN_RECORDS + 1 or same < _SHARE * len(filled):
        return False
    if sum(1 for r in filled if r[-1].rstrip().endswith(_SENTENCE_ENDS)) * 2 >= len(filled):
        return False  # (lines of prose, each a sentence: a table's rows end with a cell, a date or a unit)
    return any(len(r) == width and sum(1 for c in r if c.strip()) >= _MIN_CELLS for r in filled)
