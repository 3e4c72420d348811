"""PDF: the text layer through PDFium, tables through pdfplumber, pages without text through OCR.

PDFium (``pypdfium2``) gives each page's text in reading order about 18x
faster than pdfminer (``benchmarks/read_formats.py``; README, "Your own
documents"), so it reads every page. Only a page drawn with enough ruling lines
to hold a table is also opened with pdfplumber, which finds the table's cells;
the table is written back in the layout the table extractors read
(``graph_build.readers.tables``) and the text above and below it comes from
PDFium. A page with no text layer (a scan, or a page that is one image) is
rendered and read by Tesseract (``graph_build.readers.ocr``).
"""

from __future__ import annotations

import contextlib
import itertools
import logging
from pathlib import Path
from typing import Any, cast

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psparser import PSException

from graph_build.layout import is_page_furniture
from graph_build.patterns import LazyPattern
from graph_build.people import is_name
from graph_build.readers import ocr
from graph_build.readers.base import assemble
from graph_build.readers.tables import SHORT_CELL, render_table
from graph_build.source import Origin, SourceError, SourceText
from graph_build.units import UNIT_SUFFIX

SUFFIXES = (".pdf",)
# A page with fewer path objects (ruling lines, cell borders) than this holds no table: the smallest table, two rows
# of two cells, takes six rules where a word processor draws each border across the table (LibreOffice's PDF of a
# Word table of 4 rows and 5 columns: 11 paths); a browser draws each cell's borders, many more.
TABLE_PATHS = 6
MIN_TEXT = 8  # characters: a page with less text than this is read by OCR if it holds an image
PROBE_SCALE = 150 / 72  # a scanned page is first rendered at 150 dpi to measure its characters
OCR_SCALES = (100 / 72, 400 / 72)  # then at the scale that gives characters ocr.GLYPH_PX high, within these


def _count(page: pdfium.PdfPage, kind: int) -> int:
    return sum(1 for _ in page.get_objects(filter=(kind,), max_depth=2))


def page_lines(textpage: pdfium.PdfTextPage) -> str:
    """The page's text with a blank line where the vertical gap between two lines is wider than usual.

    PDFium's text gives no sign of paragraph spacing, but the table extractors and the layout read a
    blank line as the end of a cell or paragraph, as ``pdftotext`` writes them.
    """
    text = textpage.get_text_range()
    if len(text) != textpage.count_chars():
        return text
    lines = text.replace("\r\n", "\n").split("\n")
    bottoms: list[float | None] = []
    pos = 0
    for line in lines:
        first = next((i for i, ch in enumerate(line) if not ch.isspace()), None)
        bottoms.append(textpage.get_charbox(pos + first)[1] if first is not None else None)
        pos += len(line) + 2  # PDFium ends lines with "\r\n"
    pitches = [a - b for a, b in itertools.pairwise(bottoms) if a is not None and b is not None and a > b]
    if len(pitches) < 3:
        return "\n".join(lines)
    usual = sorted(pitches)[len(pitches) // 5]  # the pitch of lines within a paragraph: the low end
    out: list[str] = []
    for i, line in enumerate(lines):
        prev = bottoms[i - 1] if i else None
        here = bottoms[i]
        gap = prev is not None and here is not None and prev - here > 1.6 * usual
        if gap and not is_page_furniture(line) and not is_page_furniture(lines[i - 1]):
            out.append("")
        out.append(line)
    return "\n".join(out)


def _region_text(textpage: pdfium.PdfTextPage, height: float, width: float, top: float, bottom: float) -> str:
    """Text of a horizontal band of the page, ``top``/``bottom`` measured from the top edge."""
    if bottom - top < 1:
        return ""
    return textpage.get_text_bounded(left=0, bottom=height - bottom, right=width, top=height - top)


def _overlaps(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] - 1 and b[0] < a[2] - 1 and a[1] < b[3] - 1 and b[1] < a[3] - 1


_SENTENCE_END = tuple("。；;！!？?")


_OPEN_BRACKET = LazyPattern(r"[（(][^）)]*$")  # a bracket the line leaves open (``各村（社`` ⏎ ``区）党组织书记``)


def _digits_end(text: str) -> bool:
    """Does a line end with digits (``5月25`` ⏎ ``日前``): half-width, they leave a gap that is no line's end."""
    return text[-1:].isdigit()


def _name_kind(text: str) -> str | None:
    """Is a line of a table cell a whole name on its own: a person's (``任世英``) or a unit's (``工科局``)?"""
    if len(text) < 2:
        return None
    if UNIT_SUFFIX.search(text) or text[-1] in "区县市":
        return "unit"
    return "person" if is_name(text, strict=True) else None


def cell_paragraphs(ppage: Any, box: tuple[float, float, float, float]) -> list[str]:
    """The paragraphs of a table cell, its wrapped lines joined.

    In a cell of prose a line ends its paragraph when it ends a sentence or stops well short of the cell's
    right edge (three characters): a gap of a character or two is left by line breaking (a punctuation mark
    may not start a line). In a cell of names (no line longer than eight characters) a line that stops more
    than 1.5 characters short ends (``经开区`` / ``工科局`` written one a line in a wide column); in a column
    just as wide as the names, a break and a wrap look the same: the lines stay apart when each is a whole
    name, all of people or all of units (``经开区`` / ``工科局``, ``任世英`` / ``党孟发``), and are joined
    otherwise (``市生态`` / ``环境局`` / ``稷山分`` / ``局``; ``应急管`` / ``理局``).
    """
    chars = _cell_chars(ppage, box)
    rows: list[list[dict]] = []
    for ch in sorted(chars, key=lambda c: (round(c["top"]), c["x0"])):
        if rows and abs(rows[-1][0]["top"] - ch["top"]) < ch["size"] / 2:
            rows[-1].append(ch)
        else:
            rows.append([ch])
    lines = [("".join(c["text"] for c in sorted(r, key=lambda c: c["x0"])), max(c["x1"] for c in r), r[-1]["size"])
             for r in rows]
    names = all(len(text) <= 8 for text, _x1, _size in lines)
    kinds = {_name_kind(text) for text, _x1, _size in lines}
    if names and len(lines) > 1 and len(kinds) == 1 and None not in kinds:  # all people or all units
        return [text for text, _x1, _size in lines]
    out: list[str] = []
    joined = False
    for text, x1, size in lines:
        if out and joined:
            out[-1] += text
        else:
            out.append(text)
        gap = box[2] - x1
        short = gap > 3 * size or (names and gap > 1.5 * size)  # (a whole name's line: ``经开区`` ⏎ ``工科局``)
        ends = text.endswith(_SENTENCE_END) or (short and not _OPEN_BRACKET.search(text) and not _digits_end(text))
        joined = not ends
    return out


def _cell_chars(ppage: Any, box: tuple[float, float, float, float]) -> list[dict]:
    """The characters of a table cell: those whose middle lies in it. (Not those wholly in it: a font without its
    box, as LibreOffice's PDFs have, gives every glyph pdfminer's default box, taller than the glyph, so a cell's
    first line seems to stick out above the rule over it.)"""
    chars = getattr(ppage, "chars", None)
    if chars is None:  # (a page reduced to one cell's characters)
        return [c for c in ppage.within_bbox(box).chars if c["text"].strip()]
    x0, top, x1, bottom = box
    return [c for c in chars if c["text"].strip() and x0 <= (c["x0"] + c["x1"]) / 2 <= x1
            and top <= (c["top"] + c["bottom"]) / 2 <= bottom]


def _table_cells(ppage: Any, table: Any) -> list[list[list[str]]]:
    """Paragraphs of each cell of each row. A cell merged down across a page break has no bottom border on
    this page, so pdfplumber finds no cell there; its text is read from its column within the row it starts."""
    found = [c for row in table.rows for c in row.cells if c is not None]
    columns: dict[int, tuple[float, float]] = {}
    for row in table.rows:
        for i, cell in enumerate(row.cells):
            if cell is not None and i not in columns:
                columns[i] = (cell[0], cell[2])
    out: list[list[list[str]]] = []
    claimed: dict[int, float] = {}  # column -> bottom of the text already read from its open cell
    for row in table.rows:
        cells: list[list[str]] = []
        top = row.bbox[1]
        for i, cell in enumerate(row.cells):
            if cell is not None:
                cells.append(cell_paragraphs(ppage, cell))
                continue
            cells.append([])
            if i not in columns or top < claimed.get(i, -1.0):
                continue
            below = [c[1] for c in found if c[1] >= top + 1 and c[0] < columns[i][1] - 1 and columns[i][0] < c[2] - 1]
            box = (columns[i][0], top, columns[i][1], min(below, default=table.bbox[3]))
            if not any(_overlaps(box, c) for c in found):
                cells[-1] = cell_paragraphs(ppage, box)
                claimed[i] = box[3]
        out.append(cells)
    return out


def _find_tables(ppage: Any) -> list[Any]:
    """pdfplumber's tables; a table cut by a page break has no border on the cut, so one is added where its
    column rules end (otherwise its first or last row on the page is not found)."""
    tables = ppage.find_tables()
    cuts: list[float] = []
    for table in tables:
        x0, top, x1, bottom = table.bbox
        rules = [e for e in ppage.vertical_edges
                 if x0 - 1 <= e["x0"] <= x1 + 1 and e["bottom"] > top - 1 and e["top"] < bottom + 1]
        if rules:
            cuts += [y for y in (min(e["top"] for e in rules),) if y < top - 2]
            cuts += [y for y in (max(e["bottom"] for e in rules),) if y > bottom + 2]
    return ppage.find_tables({"explicit_horizontal_lines": cuts}) if cuts else tables


Rows = list[list[list[str]]]  # a table's rows: each cell's paragraphs


def _table_page(plumber: Any, index: int, page: pdfium.PdfPage,
                textpage: pdfium.PdfTextPage) -> list[str | Rows] | None:
    """The page as the text around its tables and the tables' rows, in order, or None when pdfplumber finds no
    table on it."""
    ppage = plumber.pages[index]
    tables = sorted(_find_tables(ppage), key=lambda t: t.bbox[1])
    if not tables:
        return None
    width, height = page.get_size()
    parts: list[str | Rows] = []
    cursor = 0.0
    for table in tables:
        _x0, top, _x1, bottom = table.bbox
        parts.append(_region_text(textpage, height, width, cursor, top))
        parts.append(_table_cells(ppage, table))
        cursor = bottom
    parts.append(_region_text(textpage, height, width, cursor, height))
    return parts


def _page_text(parts: list[str | Rows]) -> str:
    """A page's text: PDFium's as it is, or the text around its tables and the tables written as tables."""
    if len(parts) == 1 and isinstance(parts[0], str):
        return parts[0]
    return "\n".join(t.strip("\n") for t in (p if isinstance(p, str) else render_table(p) for p in parts) if t.strip())


def _furniture_only(text: str) -> bool:
    return all(is_page_furniture(ln.strip()) for ln in text.split("\n") if ln.strip())


def _cut_by_the_page(last: list[list[str]], first: list[list[str]]) -> bool:
    """Is ``first``, the first row of a page's table, the rest of ``last``, the last row of the table the page
    before ends with, that the page break cut (a Word row allowed to break across pages: ``…让阳光政府更加`` ⏎
    ``透明。``)? Each cell it fills goes on a cell of ``last`` that holds text and ends no sentence; the cells it
    leaves empty are the row's others (its number, its leader, its units)."""
    if len(first) != len(last) or not any(first):
        return False
    for cut, rest in zip(last, first, strict=True):
        if not rest:
            continue
        if not cut or cut[-1].endswith(_SENTENCE_END) or not (len(cut[-1]) >= SHORT_CELL or "，" in cut[-1]):
            return False  # (a cell of a name or a unit, or one that ended: ``县教育局局长`` ⏎ ``县公安局局长``)
    return True


def _join_cut_rows(pages: list[list[str | Rows]]) -> None:
    """Where a page's table starts with the rest of the row the page before ends with, give that rest to the row:
    each cell's text goes on in the cell above it."""
    for before, after in itertools.pairwise(pages):
        tail = next((k for k in range(len(before) - 1, -1, -1) if not isinstance(before[k], str)), None)
        head = next((k for k, p in enumerate(after) if not isinstance(p, str)), None)
        if tail is None or head is None:
            continue
        if not all(_furniture_only(p) for p in before[tail + 1 :] + after[:head]):  # (text between: no cut row)
            continue
        last_rows, first_rows = cast(Rows, before[tail]), cast(Rows, after[head])
        if last_rows and first_rows and _cut_by_the_page(last_rows[-1], first_rows[0]):
            for cut, rest in zip(last_rows[-1], first_rows.pop(0), strict=True):
                if rest:
                    cut[-1] += rest[0]
                    cut.extend(rest[1:])


def _scan_image(page: pdfium.PdfPage) -> Any:
    """The page rendered for OCR, scaled so that its characters are as high as Tesseract reads best."""
    probe = page.render(scale=PROBE_SCALE).to_pil()
    height = ocr.glyph_height(probe)
    if height is None:
        return page.render(scale=300 / 72).to_pil()
    scale = min(max(PROBE_SCALE * ocr.GLYPH_PX / height, OCR_SCALES[0]), OCR_SCALES[1])
    return page.render(scale=scale).to_pil()


def read(path: Path) -> SourceText:
    try:
        doc = pdfium.PdfDocument(str(path))
    except (pdfium.PdfiumError, OSError) as exc:
        raise SourceError(str(path), f"not a readable PDF ({exc})") from exc
    plumber = None
    pages: list[list[str | Rows]] = []
    ocr_pages: list[tuple[int, float]] = []
    try:
        for index in range(len(doc)):
            page = doc[index]
            textpage = page.get_textpage()
            text = page_lines(textpage)
            tabled: list[str | Rows] | None = None
            if len("".join(text.split())) < MIN_TEXT and _count(page, pdfium_c.FPDF_PAGEOBJ_IMAGE):
                image = _scan_image(page)
                text, confidence = ocr.image_text(image, f"{path} page {index + 1}")
                ocr_pages.append((index + 1, confidence))
            elif _count(page, pdfium_c.FPDF_PAGEOBJ_PATH) >= TABLE_PATHS:
                if plumber is None:
                    import pdfplumber  # only for pages that may hold tables: pdfminer is slow to load and to run

                    # pdfminer warns of every font whose descriptor lacks a box (LibreOffice's and Chrome's PDFs):
                    # nothing the user can act on, and the text is read all the same
                    logging.getLogger("pdfminer").setLevel(logging.ERROR)
                    plumber = pdfplumber.open(str(path))
                # Where pdfminer cannot parse what PDFium could, the page keeps PDFium's text, tables flattened.
                with contextlib.suppress(PDFSyntaxError, PSException, ValueError, KeyError, TypeError):
                    tabled = _table_page(plumber, index, page, textpage)
            pages.append(tabled or [text])
    finally:
        if plumber is not None:
            plumber.close()
        doc.close()
    _join_cut_rows(pages)
    origin = Origin(format="pdf", ocr_pages=tuple(ocr_pages))
    return assemble(path, [_page_text(parts) for parts in pages], origin, paged=True)
