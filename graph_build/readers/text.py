"""Plain text files (.txt): UTF-8, GB18030/GBK or UTF-16, as ``graph_build.source`` decodes them; a text that is a
comma-separated table throughout (a spreadsheet saved as CSV) is read as a table (``graph_build.readers.delimited``)."""

from __future__ import annotations

from pathlib import Path

from graph_build.readers.delimited import table_in_text
from graph_build.source import SourceText, read_source

SUFFIXES = (".txt",)


def read(path: Path) -> SourceText:
    source = read_source(path)
    return table_in_text(source) or source
