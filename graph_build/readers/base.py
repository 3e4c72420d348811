"""What every reader shares: pages of text become one ``SourceText`` with a page map."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from graph_build.source import Origin, SourceError, SourceText


def clean_page(text: str) -> str:
    """A page's text with Windows/Mac line ends folded, trailing spaces and blank edges removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    lines = [ln.rstrip() for ln in text.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


def assemble(
    path: Path, pages: Sequence[str], origin: Origin, encoding: str = "utf-8", paged: bool = False
) -> SourceText:
    """One text from a document's pages, each on new lines; with ``paged``, ``origin.first_lines`` is filled in."""
    parts: list[str] = []
    first_lines: list[int] = []
    line = 1
    for page in pages:
        page = clean_page(page)
        first_lines.append(line)
        parts.append(page)
        line += page.count("\n") + 1
    text = "\n".join(parts)
    if not text.strip():
        raise SourceError(str(path), "no text in the document")
    if paged:
        origin = Origin(**{**origin.__dict__, "first_lines": tuple(first_lines)})
    return SourceText.from_string(path.name, text, path=str(path), encoding=encoding, origin=origin)
