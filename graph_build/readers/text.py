"""Plain text files (.txt): UTF-8, GB18030/GBK or UTF-16, as ``graph_build.source`` decodes them."""

from __future__ import annotations

from pathlib import Path

from graph_build.source import SourceText, read_source

SUFFIXES = (".txt",)


def read(path: Path) -> SourceText:
    return read_source(path)
