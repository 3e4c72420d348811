"""PDF: the text layer through PDFium, tables through pdfplumber, pages without text through OCR.

PDFium (``pypdfium2``) gives each page's text in reading order about 30x
faster than pdfminer (``benchmarks/read_formats.py``; README, "Reading other
formats"), so it reads every page. Only a page drawn with enough ruling lines
to hold a table is also opened with pdfplumber, which finds the table's cells;
the table is written back in the layout the table extractors read
(``graph_build.readers.tables``) and the text above and below it comes from
PDFium. A page with no text layer (a scan, or a page that is one image) is
rendered and read by Tesseract (``graph_build.readers.ocr``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from graph_build.readers import ocr
from graph_build.readers.base import assemble
from graph_build.readers.tables import render_table, wrapped_cell
from graph_build.source import Origin, SourceError, SourceText

SUFFIXES = (".pdf",)
TABLE_PATHS = 12  # a page with fewer path objects (ruling lines, cell borders) than this holds no table
MIN_TEXT = 8  # characters: a page with less text than this is read by OCR if it holds an image
OCR_SCALE = 300 / 72  # render scanned pages at 300 dpi


def _count(page: pdfium.PdfPage, kind: int) -> int:
    return sum(1 for _ in page.get_objects(filter=(kind,), max_depth=2))


def _region_text(textpage: pdfium.PdfTextPage, height: float, width: float, top: float, bottom: float) -> str:
    """Text of a horizontal band of the page, ``top``/``bottom`` measured from the top edge."""
    if bottom - top < 1:
        return ""
    return textpage.get_text_bounded(left=0, bottom=height - bottom, right=width, top=height - top)


def _table_page(plumber: Any, index: int, page: pdfium.PdfPage, textpage: pdfium.PdfTextPage) -> str | None:
    """The page with its tables read as tables, or None when pdfplumber finds no table on it."""
    ppage = plumber.pages[index]
    tables = sorted(ppage.find_tables(), key=lambda t: t.bbox[1])
    if not tables:
        return None
    width, height = page.get_size()
    parts: list[str] = []
    cursor = 0.0
    for table in tables:
        _x0, top, _x1, bottom = table.bbox
        parts.append(_region_text(textpage, height, width, cursor, top))
        rows = [[wrapped_cell(cell) for cell in row] for row in table.extract()]
        parts.append(render_table(rows))
        cursor = bottom
    parts.append(_region_text(textpage, height, width, cursor, height))
    return "\n".join(p.strip("\n") for p in parts if p.strip())


def read(path: Path) -> SourceText:
    try:
        doc = pdfium.PdfDocument(str(path))
    except (pdfium.PdfiumError, OSError) as exc:
        raise SourceError(str(path), f"not a readable PDF ({exc})") from exc
    plumber = None
    pages: list[str] = []
    ocr_pages: list[tuple[int, float]] = []
    try:
        for index in range(len(doc)):
            page = doc[index]
            textpage = page.get_textpage()
            text = textpage.get_text_range()
            if len("".join(text.split())) < MIN_TEXT and _count(page, pdfium_c.FPDF_PAGEOBJ_IMAGE):
                image = page.render(scale=OCR_SCALE).to_pil()
                text, confidence = ocr.image_text(image, f"{path} page {index + 1}")
                ocr_pages.append((index + 1, confidence))
            elif _count(page, pdfium_c.FPDF_PAGEOBJ_PATH) >= TABLE_PATHS:
                if plumber is None:
                    import pdfplumber  # only for pages that may hold tables: pdfminer is slow to load and to run

                    plumber = pdfplumber.open(str(path))
                text = _table_page(plumber, index, page, textpage) or text
            pages.append(text)
    finally:
        if plumber is not None:
            plumber.close()
        doc.close()
    origin = Origin(format="pdf", ocr_pages=tuple(ocr_pages))
    return assemble(path, pages, origin, paged=True)
