"""Test inputs in the formats users hold, made from plain texts: nothing is downloaded.

- ``gazette_pdf``: a text printed by headless Chromium (Playwright, /usr/bin/chromium) to an A4 PDF with a
  CJK font, a running header (``N/YYYY <masthead>``) and a page number (``- n -``) on every page.
- ``two_column_pdf``, ``table_pdf``: a page set in two columns; a responsibility table with ruling lines.
- ``rasterise_pdf``: a PDF whose every page is an image of the original page (a scan, for OCR).
- ``wrap_html``: a text inside a government site's chrome (navigation, breadcrumbs, share links, footer with
  网站标识码), in any encoding, with an optional ``<title>``.
- ``make_docx``: paragraphs and tables through python-docx; ``docx_to_doc`` converts with LibreOffice;
  ``numbered_docx``: paragraphs numbered by Word's automatic numbering (``一、``, ``（一）``, ``1.``).
- ``writer_pdf``: a plain text printed to PDF by LibreOffice Writer.
- ``make_xlsx``, ``make_xls``: a sheet of a title and a table, through openpyxl and xlwt.

Run as a script to write a sample of each into a folder:
``python -m tests.scripts.make_inputs OUT_DIR ../shared/corpus/004_….txt``.
"""

from __future__ import annotations

import datetime
import html
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
FONT = "'WenQuanYi Micro Hei', 'Noto Sans CJK SC', sans-serif"
_PAGE_CSS = f"""
@page {{ size: A4; margin: 22mm 20mm 20mm 20mm; }}
body {{ font-family: {FONT}; font-size: 11pt; line-height: 1.5; }}
.line {{ white-space: pre-wrap; min-height: 1.5em; }}
.cols {{ column-count: 2; column-gap: 12mm; }}
table {{ border-collapse: collapse; width: 100%; font-size: 10pt; }}
td, th {{ border: 1px solid #000; padding: 2pt 3pt; vertical-align: top; }}
"""


def _masthead(text: str) -> str:
    """The first line that names a 公报: the running header's title."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    return next((ln for ln in lines if ln.endswith("公报") and len(ln) < 20), "人民政府公报")


def lines_html(text: str) -> str:
    return "\n".join(f'<div class="line">{html.escape(ln)}</div>' for ln in text.split("\n"))


def print_pdf(body: str, out: Path, header: str = "") -> Path:
    """Print an HTML body to an A4 PDF with Chromium, with ``header`` and ``- n -`` on every page."""
    from playwright.sync_api import sync_playwright

    page_html = f"<!doctype html><html><head><meta charset='utf-8'><style>{_PAGE_CSS}</style></head>" \
                f"<body>{body}</body></html>"
    style = f"font-family: {FONT}; font-size: 9pt; width: 100%; text-align: center;"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            page = browser.new_page()
            page.set_content(page_html, wait_until="load")
            page.pdf(path=str(out), format="A4", display_header_footer=True, print_background=False,
                     margin={"top": "22mm", "bottom": "20mm", "left": "20mm", "right": "20mm"},
                     header_template=f"<div style='{style}'>{html.escape(header)}</div>",
                     footer_template=f"<div style='{style}'>- <span class='pageNumber'></span> -</div>")
        finally:
            browser.close()
    return out


def gazette_pdf(text: str, out: Path) -> Path:
    """A gazette text as its PDF: its lines at 11 pt (a long line wraps at ~43 characters), paged."""
    return print_pdf(lines_html(text), out, header=f"1/2023 {_masthead(text)}")


def two_column_pdf(title: str, text: str, out: Path) -> Path:
    body = f'<div class="line">{html.escape(title)}</div><div class="cols">{lines_html(text)}</div>'
    return print_pdf(body, out, header="1/2023 人民政府公报")


def table_html(rows: Sequence[Sequence[str]], header: Sequence[str]) -> str:
    """A table; a cell given as None is merged into the cell above (rowspan)."""
    spans: dict[tuple[int, int], int] = {}
    for c in range(len(header)):
        r = 0
        while r < len(rows):
            n = 1
            while r + n < len(rows) and rows[r + n][c] is None:
                n += 1
            spans[(r, c)] = n
            r += n
    out = ["<table><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in header) + "</tr>"]
    for r, row in enumerate(rows):
        cells = []
        for c, cell in enumerate(row):
            if cell is None:
                continue
            span = spans.get((r, c), 1)
            attr = f' rowspan="{span}"' if span > 1 else ""
            cells.append(f"<td{attr}>{html.escape(cell).replace(chr(10), '<br>')}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    return "<table>" + "".join(out) + "</table>"


def table_pdf(before: str, header: Sequence[str], rows: Sequence[Sequence[str | None]], out: Path) -> Path:
    return print_pdf(lines_html(before) + table_html(rows, header), out, header="1/2023 人民政府公报")


def rasterise_pdf(pdf: Path, out: Path, dpi: int = 200) -> Path:
    """Every page of ``pdf`` as an image only (no text layer), as a scanner would give it."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    images = [doc[i].render(scale=dpi / 72).to_pil().convert("L") for i in range(len(doc))]
    doc.close()
    images[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return out


def join_pdfs(parts: Sequence[Path], out: Path) -> Path:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument.new()
    for part in parts:
        src = pdfium.PdfDocument(str(part))
        doc.import_pages(src)
        src.close()
    doc.save(str(out))
    doc.close()
    return out


SITE_TOP = """<div class="header"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/hdjl/">互动交流</a></div>
<div class="nav"><ul><li><a href="/">网站首页</a></li><li><a href="/xxgk/">政府信息公开</a></li>
<li><a href="/zcwj/">政策文件</a></li><li><a href="/bsfw/">办事服务</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开</a> &gt; 通知公告</div>"""
SITE_BOTTOM = """<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> 【打印本页】【关闭窗口】</div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/a.html">关于开展安全生产检查的通知</a></li></ul></div>
<div class="footer"><p>主办单位：人民政府办公室　承办：大数据中心</p>
<p>网站标识码：1408240001　ICP备05001234号　公网安备 14082402000123号</p></div>"""


def wrap_html(text: str, title: str | None = None, encoding: str = "utf-8", url: str | None = None,
              date: str | None = None, h1: str | None = None) -> bytes:
    """A text as a government site shows it: chrome around it, paragraphs as ``<p>``."""
    meta = f'<meta charset="{encoding}">'
    if date:
        meta += f'<meta name="PubDate" content="{date} 09:30">'
    if url:
        meta += f'<link rel="canonical" href="{html.escape(url)}">'
    title_el = f"<title>{html.escape(title)}</title>" if title else ""
    heading = f"<h1>{html.escape(h1)}</h1>" if h1 else ""
    paras = "\n".join(f"<p>{html.escape(ln)}</p>" for ln in text.split("\n") if ln.strip())
    page = (f"<!DOCTYPE html><html><head>{meta}{title_el}</head><body>{SITE_TOP}"
            f'<div class="main"><div class="article">{heading}'
            f'<div class="info">发布时间：{date or ""}　来源：本站</div>'
            f'<div class="content" id="zoom">{paras}</div></div></div>{SITE_BOTTOM}</body></html>')
    return page.encode(encoding)


def make_docx(out: Path, blocks: Sequence[str | tuple[Sequence[str], Sequence[Sequence[str | None]]]],
              ruled: bool = False) -> Path:
    """A .docx of paragraphs (str) and tables ((header, rows); a None cell is merged with the one above); ``ruled``:
    the tables drawn with a border round every cell (Word's "Table Grid")."""
    import docx

    document = docx.Document()
    for block in blocks:
        if isinstance(block, str):
            for line in block.split("\n"):
                document.add_paragraph(line)
            continue
        header, rows = block
        table = document.add_table(rows=len(rows) + 1, cols=len(header), style="Table Grid" if ruled else None)
        for c, h in enumerate(header):
            table.cell(0, c).text = h
        for r, row in enumerate(rows, start=1):
            for c, cell in enumerate(row):
                if cell is None:
                    table.cell(r - 1, c).merge(table.cell(r, c))
                else:
                    table.cell(r, c).text = cell
    document.save(str(out))
    return out


# A Chinese notice's outline as Word numbers it itself: ``一、``, ``（一）``, ``1.`` (levels 0, 1, 2), no tab after.
_OUTLINE_LEVELS = (("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3."))


def numbered_docx(out: Path, paragraphs: Sequence[tuple[int | None, str]]) -> Path:
    """A .docx whose paragraphs at an outline level (0, 1, 2; None: none) are numbered by Word's automatic
    numbering (``numbering.xml``), so that their text does not hold their numbers."""
    import docx
    from docx.oxml import parse_xml

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    levels = "".join(f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:suff w:val="nothing"/>'
                     f'<w:lvlText w:val="{text}"/></w:lvl>' for k, (fmt, text) in enumerate(_OUTLINE_LEVELS))
    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(f'<w:abstractNum {ns} w:abstractNumId="90">{levels}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {ns} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for level, text in paragraphs:
        paragraph = document.add_paragraph(text)
        if level is not None:
            num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_numId().val = 90
            num_pr.get_or_add_ilvl().val = level
    document.save(str(out))
    return out


def make_xlsx(out: Path, title: str, header: Sequence[str], rows: Sequence[Sequence[object]]) -> Path:
    """An .xlsx of one sheet: a title row merged across the table, the header, the rows (a None cell is left
    empty, as the cells under a merged 责任单位 are)."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "任务分解"
    sheet.append([title])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    book.save(str(out))
    return out


def make_xls(out: Path, title: str, header: Sequence[str], rows: Sequence[Sequence[object]]) -> Path:
    """The same sheet as ``make_xlsx`` in the Excel 97-2003 format (xlwt); a date cell has a date format."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("任务分解")
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    sheet.write(0, 0, title)
    for c, h in enumerate(header):
        sheet.write(1, c, h)
    for r, row in enumerate(rows, start=2):
        for c, v in enumerate(row):
            if isinstance(v, datetime.date):
                sheet.write(r, c, v, date_style)
            elif v is not None:
                sheet.write(r, c, v)
    book.save(str(out))
    return out


def writer_pdf(text: str, out: Path) -> Path:
    """A plain text as LibreOffice Writer prints it to PDF (A4, its default font; a long line wraps at ~47
    characters; Writer sets a narrow gap between a Han letter and a digit or Latin letter, as Word does)."""
    with tempfile.TemporaryDirectory(prefix="govkg-soffice-") as tmp:
        txt = Path(tmp) / (out.stem + ".txt")
        txt.write_text(text, encoding="utf-8")
        return writer_pdfs([txt], out.parent)[0]


def writer_pdfs(files: Sequence[Path], out_dir: Path) -> list[Path]:
    """Plain text files (UTF-8), or else Word files, printed to PDF by LibreOffice Writer in one run, as
    ``writer_pdf``: ``out_dir`` / each file's stem ``.pdf``."""
    plain = ["--infilter=Text (encoded):UTF8,LF,,,"] if all(f.suffix == ".txt" for f in files) else []
    with tempfile.TemporaryDirectory(prefix="govkg-soffice-") as tmp:
        subprocess.run(["soffice", f"-env:UserInstallation={Path(tmp).as_uri()}", "--headless", *plain,
                        "--convert-to", "pdf", "--outdir", str(out_dir), *map(str, files)],
                       check=True, capture_output=True, timeout=600)
    return [out_dir / (f.stem + ".pdf") for f in files]


def docx_to_doc(docx_path: Path, out_dir: Path) -> Path:
    """The Word 97 .doc of a .docx, converted by LibreOffice headless."""
    with tempfile.TemporaryDirectory(prefix="govkg-soffice-") as tmp:
        subprocess.run(["soffice", f"-env:UserInstallation={Path(tmp).as_uri()}", "--headless", "--convert-to",
                        "doc", "--outdir", str(out_dir), str(docx_path)], check=True, capture_output=True, timeout=180)
    return out_dir / (docx_path.stem + ".doc")


if __name__ == "__main__":
    target = Path(sys.argv[1])
    target.mkdir(parents=True, exist_ok=True)
    for name in sys.argv[2:]:
        src = Path(name)
        gazette_pdf(src.read_text(encoding="utf-8"), target / (src.stem + ".pdf"))
        print(target / (src.stem + ".pdf"))


RESPONSIBILITY_HEADER = ("分管领导", "序号", "牵头单位", "责任人", "工作任务")


def responsibility_rows(facts: Sequence[dict]) -> list[list[str | None]]:
    """Rows of a responsibility table rebuilt from the assignments a text's table gave: one row per task,
    the leader, 序号, unit and person cells merged down (None) over the tasks of one row."""
    rows: list[list[str | None]] = []
    last: tuple | None = None
    last_leader = None
    seq = 0
    for fact in facts:
        key = (fact.get("leader"), tuple(fact["lead"] or fact["units"]), tuple(fact.get("persons") or ()))
        task = fact.get("task_text") or fact["task"]
        if key == last:
            rows.append([None, None, None, None, task])
            continue
        seq += 1
        leader = None if fact.get("leader") == last_leader and rows else (fact.get("leader") or "")
        rows.append([leader, str(seq), "\n".join(key[1]), "\n".join(key[2]), task])  # one unit a line
        last, last_leader = key, fact.get("leader")
    return rows
