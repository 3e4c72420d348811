"""Reading gazette files: encoding detection and clear errors for bad input."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from pathlib import Path

from graph_build.chinese import strip_glosses

ENCODINGS = ("utf-8-sig", "gb18030")


class SourceError(Exception):
    """A file that cannot be read as gazette text. Names the file and, when known, the line."""

    def __init__(self, path: str, reason: str, line: int | None = None):
        self.path = path
        self.reason = reason
        self.line = line
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {reason}")


@dataclass(frozen=True)
class SourceText:
    """The text of one file as read, with a map from character offsets to line numbers.

    Offsets (a fact's ``span``) are offsets into ``text``: the file decoded, line breaks normalised to
    ``\\n`` and mirror-site pinyin glosses removed; line numbers are the file's.
    """

    name: str  # file name, as facts cite it
    path: str
    text: str
    encoding: str
    line_starts: tuple[int, ...] = field(repr=False, default=())

    @classmethod
    def from_string(cls, name: str, text: str, path: str = "", encoding: str = "utf-8") -> SourceText:
        """The text as read: mirror-site pinyin glosses (``區(qū)``) are removed; they never span a line."""
        text = strip_glosses(text)
        starts = [0]
        for i, ch in enumerate(text):
            if ch == "\n":
                starts.append(i + 1)
        return cls(name=name, path=path or name, text=text, encoding=encoding, line_starts=tuple(starts))

    def line_of(self, offset: int) -> int:
        """1-based line number of a character offset."""
        return bisect.bisect_right(self.line_starts, offset)

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Decode bytes as UTF-8 or GB18030, refusing binary and empty input."""
    if not data.strip():
        raise SourceError(path, "file is empty")
    nul = data.find(b"\x00")
    if nul >= 0:
        line = data.count(b"\n", 0, nul) + 1
        raise SourceError(path, "not a text file (contains NUL bytes)", line)
    last_error: UnicodeDecodeError | None = None
    for encoding in ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:  # report the decoding that got furthest
            if last_error is None or exc.start > last_error.start:
                last_error = exc
            continue
        controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
        if controls > max(8, len(text) // 200):
            raise SourceError(path, "not a text file (too many control characters)")
        return text, "utf-8" if encoding == "utf-8-sig" else encoding
    assert last_error is not None
    line = data.count(b"\n", 0, last_error.start) + 1
    raise SourceError(path, f"not UTF-8 or GB18030 text (undecodable byte at offset {last_error.start})", line)


def read_source(path: str | Path) -> SourceText:
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise SourceError(str(p), f"cannot read file ({exc.strerror})") from exc
    text, encoding = decode(data, str(p))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return SourceText.from_string(p.name, text, path=str(p), encoding=encoding)


def expand_paths(paths: list[str | Path]) -> list[Path]:
    """Files named on the command line; a directory means every .txt file in it, sorted."""
    out: list[Path] = []
    for path in paths:
        p = Path(path)
        if p.is_dir():
            out.extend(sorted(q for q in p.iterdir() if q.suffix == ".txt" and q.is_file()))
        else:
            out.append(p)
    return out
