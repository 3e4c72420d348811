"""Reading gazette files: encoding detection and clear errors for bad input."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from pathlib import Path

from graph_build.chinese import join_ocr_spacing, restore_lost_spaces, strip_glosses
from graph_build.patterns import LazyPattern

ENCODINGS = ("utf-8-sig", "gb18030")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_CONTROL = LazyPattern(r"[\x00-\x08\x0b\x0e-\x1f]")  # below 32, other than \t \n \f \r
_NEWLINE = LazyPattern(r"\n")


class SourceError(Exception):
    """A file that cannot be read as gazette text. Names the file and, when known, the line."""

    def __init__(self, path: str, reason: str, line: int | None = None):
        self.path = path
        self.reason = reason
        self.line = line
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {reason}")


@dataclass(frozen=True)
class Origin:
    """Where a text came from when it was not a plain text file: pages, address, OCR confidence."""

    format: str  # txt, pdf, docx, doc, html …
    first_lines: tuple[int, ...] = ()  # 1-based line where each page starts (PDF), in page order
    url: str | None = None  # the source address (a web page's canonical address, or the manifest's)
    ocr_pages: tuple[tuple[int, float], ...] = ()  # (page, mean word confidence 0-100) of pages read by OCR
    title: str | None = None  # a web page's <title>
    date: str | None = None  # a web page's publication date from its metadata

    def ocr_confidence(self, page: int | None) -> float | None:
        return dict(self.ocr_pages).get(page) if page is not None else None


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
    origin: Origin | None = field(default=None, repr=False)  # pages, address, OCR: for formats other than .txt

    @classmethod
    def from_string(
        cls, name: str, text: str, path: str = "", encoding: str = "utf-8", origin: Origin | None = None
    ) -> SourceText:
        """The text as read: mirror-site pinyin glosses (``區(qū)``) and the single spaces an OCR program put
        between words and marks (``杨 光 荣 为县…``) are removed; neither spans a line. No-break spaces a wrong code
        page wrote as ``?`` are spaces again (``??林长:苗宇?市委书记``)."""
        text = join_ocr_spacing(restore_lost_spaces(strip_glosses(text)))
        starts = [0, *(m.end() for m in _NEWLINE.finditer(text))]
        return cls(name=name, path=path or name, text=text, encoding=encoding, line_starts=tuple(starts),
                   origin=origin)

    def line_of(self, offset: int) -> int:
        """1-based line number of a character offset."""
        return bisect.bisect_right(self.line_starts, offset)

    def page_of(self, line: int) -> int | None:
        """1-based page of a 1-based line, where the format has pages."""
        if self.origin is None or not self.origin.first_lines:
            return None
        return max(1, bisect.bisect_right(self.origin.first_lines, line))

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Decode bytes as UTF-8 or GB18030, refusing binary and empty input."""
    if data[:2] in _UTF16_BOMS:  # Windows "Unicode" text: UTF-16 with a byte-order mark
        return _decode_utf16(data, path), "utf-16"
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
        controls = len(_CONTROL.findall(text))
        if controls > max(8, len(text) // 200):
            raise SourceError(path, "not a text file (too many control characters)")
        return text, "utf-8" if encoding == "utf-8-sig" else encoding
    assert last_error is not None
    line = data.count(b"\n", 0, last_error.start) + 1
    raise SourceError(path, f"not UTF-8 or GB18030 text (undecodable byte at offset {last_error.start})", line)


def _decode_utf16(data: bytes, path: str) -> str:
    try:
        text = data.decode("utf-16")
    except UnicodeDecodeError as exc:
        raise SourceError(path, f"not UTF-16 text despite its byte-order mark (offset {exc.start})") from exc
    if not text.strip():
        raise SourceError(path, "file is empty")
    return text


def read_source(path: str | Path) -> SourceText:
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise SourceError(str(p), f"cannot read file ({exc.strerror})") from exc
    text, encoding = decode(data, str(p))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return SourceText.from_string(p.name, text, path=str(p), encoding=encoding)


def expand_paths(
    paths: list[str | Path], suffixes: tuple[str, ...] = (".txt",), errors: list[str] | None = None
) -> list[Path]:
    """Files named on the command line; a directory means every file in it with one of ``suffixes``, sorted.

    A directory that holds no such file is an error: appended to ``errors``, or raised when it is None.
    """
    out: list[Path] = []
    for path in paths:
        p = Path(path)
        if not p.is_dir():
            out.append(p)
            continue
        found = sorted(q for q in p.iterdir() if q.suffix.lower() in suffixes and q.is_file())
        if not found:
            exc = SourceError(str(p), f"a directory with no readable file ({', '.join(suffixes)})")
            if errors is None:
                raise exc
            errors.append(str(exc))
        out.extend(found)
    return out
