"""Split a gazette into its notices (documents), each with 文号, title, issuer and date.

A gazette is a masthead, a table of contents, then one notice after another.
A notice is found by its 文号 standing on a line of its own (``稷政办发〔2023〕20 号``)
with the title on the lines above it; the table of contents never has a 文号
alone on a line, so it is never taken for a document. A speech or report
with no 文号 (``政府工作报告`` followed by ``——2023年2月16日在…会议上``) is a
document too. Everything before the first notice is the gazette's front
matter: facts found there (an editorial board) cite the gazette issue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from graph_build.layout import Block, Layout, Line, compact

DOC_NUMBER = re.compile(
    r"^(?P<prefix>[\u4e00-\u9fff]{1,12})[〔\[【(（]\s*(?P<year>\d{4})\s*[〕\]】)）]\s*(?P<seq>\d{1,4})\s*号$"
)
DATE_LINE = re.compile(r"^(?P<y>\d{4})年(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日|日)?$")
_REPORT_DATE = re.compile(r"^[—–-]{1,2}(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日在.{2,60}(?:会议|大会)上")
_ADDRESSEE = re.compile(r"[:：]$")
_ISSUER_SUFFIX = re.compile(
    r"(人民政府办公室|人民政府办公厅|人民政府|办公室|委员会|领导小组|指挥部|局|委|厅|部|中心|政府)$"
)
_PUBLIC_NOTE = re.compile(r"^[(（]此件.{0,8}[)）]$")
_MAX_TITLE_LINES = 6


@dataclass(frozen=True)
class Notice:
    """One document of a gazette, or the gazette's front matter (``is_document`` false)."""

    layout: Layout
    first_line: int
    last_line: int
    doc_number: str | None
    title: str | None
    issuer: str | None
    date: str | None
    is_document: bool = True
    number_line: int | None = None

    @cached_property
    def blocks(self) -> list[Block]:
        return self.layout.blocks_between(self.first_line, self.last_line)

    @cached_property
    def lines(self) -> list[Line]:
        return self.layout.lines_between(self.first_line, self.last_line)

    @property
    def year(self) -> int | None:
        if self.date:
            return int(self.date[:4])
        m = re.search(r"[〔\[(（](\d{4})", self.doc_number or "")
        return int(m.group(1)) if m else None


def format_date(y: str, m: str, d: str | None) -> str:
    return f"{int(y):04d}-{int(m):02d}" + (f"-{int(d):02d}" if d else "")


def _date_of(line: Line) -> str | None:
    m = DATE_LINE.match(compact(line.text))
    return format_date(m["y"], m["m"], m["d"]) if m else None


def _is_title_line(text: str) -> bool:
    t = compact(text)
    if not t or len(t) > 60 or _PUBLIC_NOTE.match(t) or DATE_LINE.match(t) or DOC_NUMBER.match(t):
        return False
    if t[-1] in "。；;:：，," or t.startswith(("附件", "-", "—")):
        return False
    return not re.search(r"\.{3,}|…\d|\t", text)


_TITLE_START = re.compile(
    r"^[\u4e00-\u9fff]{2,25}?(人民政府办公室|人民政府办公厅|人民政府|委员会|办公室|领导小组|指挥部|局)(关于|“|$)"
)


def _title_lines(lines: list[Line], idx: int, floor: int) -> list[Line]:
    """The lines above the 文号 at ``lines[idx]`` that make up the title (above ``floor``).

    Title-like lines run up from the 文号; the title starts at the one nearest
    the 文号 that begins with an issuer's name (or, failing that, with 关于), so
    that the end of the previous notice (attachment lists, table cells) is left out.
    """
    run: list[Line] = []
    j = idx - 1
    while j > floor and len(run) < _MAX_TITLE_LINES and _is_title_line(lines[j].text):
        run.insert(0, lines[j])
        j -= 1
    for pattern in (_TITLE_START, re.compile(r"^关于")):
        starts = [k for k, ln in enumerate(run) if pattern.match(compact(ln.text))]
        if starts:
            return run[starts[-1] :]
    return run


def _issuer(title: str, signature: str | None) -> str | None:
    m = re.match(r"^(.{2,30}?)关于", title)
    if m and _ISSUER_SUFFIX.search(m.group(1)):
        return m.group(1)
    if signature and _ISSUER_SUFFIX.search(signature):
        return signature
    m = re.match(r"^(.{2,12}?(?:人民政府办公室|人民政府))", title)
    return m.group(1) if m else None


def _signature(
    layout: Layout, lines: list[Line], start: int, stop: int
) -> tuple[str | None, str | None, int | None]:
    """The first signing date after ``start`` (before ``stop``) and the issuer line just above it."""
    for j in range(start, stop):
        date = _date_of(lines[j])
        if date:
            above = layout.original(lines[j - 1]) if j > start else None
            return date, above, j
    return None, None, None


def _report_starts(lines: list[Line]) -> list[int]:
    """Indexes of title lines of reports and speeches that carry no 文号."""
    out = []
    for i, ln in enumerate(lines[:-1]):
        t = compact(ln.text)
        if 2 <= len(t) <= 20 and t.endswith(("报告", "讲话")) and _REPORT_DATE.match(compact(lines[i + 1].text)):
            out.append(i)
    return out


def segment(layout: Layout) -> list[Notice]:
    """The notices of a gazette, in order, covering the file from first to last line."""
    lines = list(layout.lines)
    if not lines:
        return []
    heads: list[tuple[int, int, str | None]] = []  # (title start idx, 文号 idx or report idx, doc number)
    floor = -1
    starts: list[tuple[int, str]] = [(i, "number") for i, ln in enumerate(lines) if DOC_NUMBER.match(compact(ln.text))]
    starts += [(i, "report") for i in _report_starts(lines)]
    for idx, kind in sorted(starts):
        if kind == "report":
            heads.append((idx, idx, None))
            floor = idx
            continue
        title = _title_lines(lines, idx, floor)  # the lines just above idx
        heads.append((idx - len(title), idx, layout.original(lines[idx])))
        floor = idx
    notices: list[Notice] = []
    if heads and heads[0][0] > 0:
        notices.append(
            Notice(
                layout=layout,
                first_line=lines[0].number,
                last_line=lines[heads[0][0] - 1].number,
                doc_number=None,
                title=_gazette_title(layout, lines[: heads[0][0]]),
                issuer=None,
                date=None,
                is_document=False,
            )
        )
    for k, (first, anchor, number) in enumerate(heads):
        stop = heads[k + 1][0] if k + 1 < len(heads) else len(lines)
        if number is None:  # a report: title, then the dated line
            title = layout.original(lines[first])
            m = _REPORT_DATE.match(compact(lines[first + 1].text))
            date = format_date(m["y"], m["m"], m["d"]) if m else None
            speaker = compact(lines[first + 2].text) if first + 2 < stop else ""
            im = re.match(r"^(.{2,15}?人民政府)", speaker)
            issuer = im.group(1) if im else None
        else:
            title = "".join(layout.original(ln) for ln in lines[first:anchor]) or None
            date, signature, _ = _signature(layout, lines, anchor + 1, stop)
            issuer = _issuer(title or "", signature)
        notices.append(
            Notice(
                layout=layout,
                first_line=lines[first].number,
                last_line=lines[stop - 1].number,
                doc_number=number,
                title=title,
                issuer=issuer,
                date=date,
                number_line=lines[anchor].number,
            )
        )
    if not notices:
        notices.append(
            Notice(layout, lines[0].number, lines[-1].number, None, None, None, None, is_document=False)
        )
    return notices


def _gazette_title(layout: Layout, lines: list[Line]) -> str | None:
    """``稷山县人民政府公报2022年第4期（总第8期）``: masthead name plus the issue line."""
    name = None
    for raw in layout.source.text.split("\n")[: lines[-1].number if lines else 0]:
        t = compact(raw)
        if name is None and t.endswith("公报") and len(t) <= 14:
            name = t
        elif re.match(r"^\d{4}年第\d+期", t):
            return (name or "") + t
    return name
