"""One reader per input format, all giving a ``SourceText`` (text, line map, pages, address, OCR).

``read_document(path)`` picks the reader by the file's suffix; everything after
it (layout → notices → extractors) is the same for every format. A file named
explicitly whose suffix no reader claims is read as text, as before.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from graph_build.readers import ocr, text
from graph_build.readers.manifest import source_address
from graph_build.source import Origin, SourceError, SourceText, expand_paths

Reader = Callable[[Path], SourceText]

# The reader module of each suffix (each module's SUFFIXES; tests/test_readers.py checks they agree). A module,
# with the library it reads with (pdfium, python-docx, lxml, python-calamine), is imported when a file of its
# kind is first read: a run over text files does not pay for the others.
MODULE_OF: dict[str, str] = {
    **{suffix: "text" for suffix in text.SUFFIXES},
    ".pdf": "pdf",
    ".docx": "docx",
    ".doc": "office",
    ".wps": "office",
    ".html": "html",
    ".htm": "html",
    ".shtml": "html",
    ".xlsx": "spreadsheet",
    ".xlsm": "spreadsheet",
    ".xls": "spreadsheet",
    ".ods": "spreadsheet",
    ".csv": "delimited",
    ".tsv": "delimited",
    **{suffix: "ocr" for suffix in ocr.SUFFIXES},
}


def _reader(module: str) -> Reader:
    def read(path: Path) -> SourceText:
        reader: Reader = importlib.import_module(f"{__name__}.{module}").read
        return reader(path)

    return read


READERS: dict[str, Reader] = {suffix: _reader(module) for suffix, module in MODULE_OF.items()}
SUFFIXES: tuple[str, ...] = tuple(READERS)
# What a directory contributes: documents, not pictures (a folder of downloads holds logos; name scans explicitly).
DIRECTORY_SUFFIXES: tuple[str, ...] = tuple(s for s in SUFFIXES if s not in ocr.SUFFIXES)


def read_document(path: str | Path) -> SourceText:
    """Read any supported file; the source address from a fetch manifest is attached when known."""
    p = Path(path)
    if p.is_dir():
        raise SourceError(str(p), "is a directory, not a file")
    reader = READERS.get(p.suffix.lower(), text.read)
    source = reader(p)
    url = source_address(p)
    if url is None or (source.origin is not None and source.origin.url):
        return source
    origin = replace(source.origin, url=url) if source.origin else Origin(format="txt", url=url)
    return replace(source, origin=origin)


def expand_inputs(paths: list[str | Path], errors: list[str]) -> list[Path]:
    """Files named, and every readable file of each directory named; a directory with none is an error."""
    return expand_paths(paths, suffixes=DIRECTORY_SUFFIXES, errors=errors)


__all__ = ["DIRECTORY_SUFFIXES", "READERS", "SUFFIXES", "SourceError", "expand_inputs", "read_document"]
