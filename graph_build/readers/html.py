"""Web pages (.html, .htm, .shtml): the main text without the site's chrome, with title, date and address.

Government sites wrap a notice in navigation, breadcrumbs (当前位置), share
buttons and a footer (网站标识码, 备案号). The reader drops those elements,
keeps the element that holds most of the page's text as the main text (block
elements become lines, tables are rendered as tables), and puts the page's
``<title>`` first when the text does not already start with it: a single
leader's 分工 page often names the leader only there. The encoding is the one
declared (``gb2312`` is read as its superset GB18030) or, failing that, detected.
"""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
from lxml.etree import ParserError, _Element

from graph_build.patterns import LazyPattern
from graph_build.readers.base import assemble
from graph_build.readers.list_numbers import format_number
from graph_build.readers.tables import paragraph_cell, render_table
from graph_build.source import Origin, SourceError, SourceText, decode

SUFFIXES = (".html", ".htm", ".shtml")

_CHARSET = LazyPattern(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.I)
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "x-gbk": "gb18030"}
_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "button",
              "select", "template", "svg")
_CHROME = LazyPattern(r"(^|[-_\s])(nav|navbar|menu|breadcrumbs?|crumbs?|position|location|share|bdshare|footer|foot|"
                     r"header|head|top|bottom|sidebar|side|links?|copyright|toolbar|print|related)([-_\s]|$|\d)", re.I)
_CHROME_TEXT = LazyPattern(r"^(当前位置|您现在的位置|首页\s*[>›»]|分享到|打印本页|关闭窗口|【打印】|网站标识码|"
                          r"ICP备|主办单位|版权所有)")
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "pre",
           "blockquote", "dd", "dt", "ul", "ol", "table"}
# Elements that hold a page's parts; the main text is never looked for inside one paragraph or table cell
# (a long paragraph can hold most of a page's text while its siblings are still part of the article).
_CONTAINERS = {"div", "section", "article", "main", "center", "form", "font"}
_TITLE_SEP = LazyPattern(r"\s*[-_|－—]+\s*")
_DATE = LazyPattern(r"(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})")
_DATE_META = ("pubdate", "publishdate", "firstpublishedtime", "article:published_time", "dc.date", "date")
_TITLE_META = ("articletitle", "og:title")
_TITLE_LOOKAHEAD = 4  # lines of the text's head where the page's title may already stand
_URL_META = ("og:url", "url")


def declared_encoding(data: bytes) -> str | None:
    """The encoding a page's ``<meta>`` declares, as written (lower case)."""
    m = _CHARSET.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def page_encoding(data: bytes) -> str | None:
    """The encoding to decode a page with: the declared one, GB2312/GBK read as GB18030, which contains them."""
    name = declared_encoding(data)
    return _SUPERSETS.get(name, name) if name else None


def decode_page(data: bytes, where: str) -> tuple[str, str]:
    declared = page_encoding(data)
    if declared:
        try:
            return data.decode(declared), declared
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common: detect instead
    return decode(data, where)


def _is_chrome(el: _Element) -> bool:
    marks = f"{el.get('id', '')} {el.get('class', '')} {el.get('role', '')}"
    return bool(_CHROME.search(marks)) and el.tag not in ("body", "html")


def _strip_chrome(root: _Element) -> None:
    for el in list(root.iter(*_DROP_TAGS)):
        el.drop_tree()
    for el in [e for e in root.iter() if isinstance(e.tag, str) and _is_chrome(e) and not _is_metadata(e)]:
        if el.getparent() is not None:
            el.drop_tree()


def _text_of(el: _Element) -> str:
    return "".join(el.itertext())


def _main_element(root: _Element) -> _Element:
    """The element holding the page's text: the deepest container that still has most of the body's Chinese
    text."""
    body = root.find(".//body")
    best = body if body is not None else root
    total = len(re.findall(r"[\u4e00-\u9fff]", _text_of(best)))
    while True:
        children = [c for c in best if isinstance(c.tag, str) and c.tag in _CONTAINERS]
        counts = [(len(re.findall(r"[\u4e00-\u9fff]", _text_of(c))), c) for c in children]
        if not counts:
            return best
        n, child = max(counts, key=lambda x: x[0])
        if total == 0 or n < 0.7 * total:
            return best
        best = child


# (traditional too; a table's header cell, ``<th>发文字号</th>``, has no colon)
_META_LABEL = LazyPattern(r"(?:[发發]文字[号號]|文\s*[号號]|索\s*引\s*[号號]|成文日期)\s*[:：]?")
_META_CHARS = 600  # the most text a page's metadata block holds


def _is_metadata(el: _Element) -> bool:
    """Is ``el`` a page's metadata block (``索引号：… 发文字号：…``), whatever its class calls it (``zwgk_head``)?"""
    text = _text_of(el)
    return len(text) <= _META_CHARS and _META_LABEL.search(text) is not None


def _metadata_blocks(root: _Element, main: _Element) -> list[_Element]:
    """The page's metadata (``索引号：… 发文字号：…``, a table or a list above the article) where the main element
    does not hold it: the outermost short elements outside the main one that hold such labels, in page order."""
    skip = set(main.iter()) | set(main.iterancestors())
    found: list[_Element] = []
    for el in root.iter("table", "div", "ul", "dl"):
        if el in skip:
            continue
        if _is_metadata(el):
            found.append(el)
            skip.update(el.iter())  # (its own tables and lists are read with it)
    return found


def _lines(el: _Element, out: list[str]) -> None:
    """Text of ``el`` with a line break around each block element; tables rendered as tables."""
    if el.tag == "table" and not _is_layout(el):
        out.append(render_table(_table_rows(el)))
        if el.tail:
            out.append(el.tail)
        return
    if el.tag == "br":  # a line's end, no paragraph around it (nor the page source's line break after it)
        out.append("\n")
        if el.tail:
            out.append(el.tail.lstrip())
        return
    block = el.tag in _BLOCKS
    if block:
        out.append("\n")
    if el.tag == "li" and (number := _list_number(el)):
        out.append(number)
    if el.text:
        out.append(el.text)
    for child in el:
        if isinstance(child.tag, str):
            _lines(child, out)
        elif child.tail:
            out.append(child.tail)
    if block:
        out.append("\n")
    if el.tail:
        out.append(el.tail)


def _list_number(li: _Element) -> str:
    """The number a browser shows before an item of a numbered list (``<ol>``: ``1. ``, ``a. ``, ``iv. ``, from its
    ``start`` or an item's ``value``), which the page's text does not hold; ``""`` for a list of bullets."""
    ol = li.getparent()
    if ol is None or ol.tag != "ol":
        return ""
    n = _number_attribute(ol.get("start"), 1) - 1
    for item in ol:
        if isinstance(item.tag, str) and item.tag == "li":
            n = _number_attribute(item.get("value"), n + 1)
            if item is li:
                break
    kind = {"a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}.get(ol.get("type") or "1")
    return f"{format_number(n, kind) if kind else n}. "


def _number_attribute(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _is_layout(table: _Element) -> bool:
    """A table that lays out a page, read as the paragraphs it holds, not as a table's rows: one of one column (the
    page's title, its date, its text with ``<br>`` between the paragraphs), or one with a table inside a cell (a
    column of links beside the article)."""
    rows = table.xpath("./tr|./tbody/tr|./thead/tr|./tfoot/tr")
    cells = [[c for c in tr if c.tag in ("td", "th")] for tr in rows]
    return bool(rows) and (all(len(row) <= 1 for row in cells)
                           or any(c.find(".//table") is not None for row in cells for c in row))


def _table_rows(table: _Element) -> list[list[list[str]]]:
    """Each row's cells, each under its column: a cell spanning rows (``rowspan``) or columns (``colspan``) stands
    once, in its first row and column, and leaves the places it covers empty, as a merged Word cell does."""
    rows: list[list[list[str]]] = []
    covered: set[tuple[int, int]] = set()  # (row, column) places a cell in a row above spans
    for r, tr in enumerate(table.iter("tr")):
        cells: list[list[str]] = []
        c = 0
        for td in (x for x in tr if x.tag in ("td", "th")):
            while (r, c) in covered:
                cells.append([])
                c += 1
            cells.append(paragraph_cell(_cell_lines(td)))
            rowspan, colspan = _span(td.get("rowspan")), _span(td.get("colspan"))
            covered.update((r + dr, c + dc) for dr in range(1, rowspan) for dc in range(colspan))
            cells.extend([] for _ in range(colspan - 1))
            c += colspan
        while (r, c) in covered:
            cells.append([])
            c += 1
        rows.append(cells)
    return rows


def _span(value: str | None) -> int:
    """A ``rowspan``/``colspan``: a number from 1 to 100, else 1."""
    try:
        return min(max(int(value or 1), 1), 100)
    except ValueError:
        return 1


def _cell_lines(td: _Element) -> list[str]:
    out: list[str] = []
    _lines(td, out)
    return "".join(out).split("\n")


def _meta(root: _Element, names: tuple[str, ...]) -> str | None:
    for meta in root.iter("meta"):
        key = (meta.get("name") or meta.get("property") or "").lower()
        if key in names and (meta.get("content") or "").strip():
            return meta.get("content").strip()
    return None


def page_title(root: _Element) -> str | None:
    """The article's title: its metadata, else ``<title>`` without the site name after a separator
    (``关于…的通知_某县人民政府``: the first part, unless it is too short to be a title)."""
    title = _meta(root, _TITLE_META)
    if title:
        return title
    el = root.find(".//title")
    if el is None or not (el.text or "").strip():
        return None
    parts = [p for p in _TITLE_SEP.split(el.text.strip()) if p]
    if not parts:
        return None
    return parts[0] if len(parts[0]) >= 2 else max(parts, key=len)


def page_date(root: _Element, text: str) -> str | None:
    found = _meta(root, _DATE_META)
    m = _DATE.search(found or "") or re.search(r"(?:发布|日期|时间)[^\d]{0,6}" + _DATE.pattern, text)
    if not m:
        return None
    y, mo, d = (int(g) for g in m.groups()[-3:])
    return f"{y:04d}-{mo:02d}-{d:02d}"


def canonical_url(root: _Element) -> str | None:
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            return link.get("href").strip()
    return _meta(root, _URL_META)


def page_text(data: bytes, where: str) -> tuple[str, str, Origin]:
    """Main text, encoding and metadata of a web page's bytes."""
    html, encoding = decode_page(data, where)
    try:
        root = lxml.html.document_fromstring(html)
    except (ParserError, ValueError) as exc:
        raise SourceError(where, f"not a readable web page ({exc})") from exc
    title = page_title(root)
    date = page_date(root, _text_of(root))
    url = canonical_url(root)
    _strip_chrome(root)
    main = _main_element(root)
    out: list[str] = []
    for meta in _metadata_blocks(root, main):  # (the page's metadata table, outside the article: its 文号)
        _lines(meta, out)
    _lines(main, out)
    lines = [" ".join(ln.split()) if not ln.strip() else ln.strip() for ln in "".join(out).split("\n")]
    lines = [ln for ln in lines if not _CHROME_TEXT.match(ln)]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    # The title goes first unless the text's head already has it (after a 发布时间/来源 line, say).
    head = "".join("".join(ln.split()) for ln in [ln for ln in lines if ln][:_TITLE_LOOKAHEAD])
    if title and "".join(title.split()) not in head:
        text = f"{title}\n\n{text}"
    return text, encoding, Origin(format="html", url=url, title=title, date=date)


def read(path: Path) -> SourceText:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(str(path), f"cannot read file ({exc.strerror})") from exc
    text, encoding, origin = page_text(data, str(path))
    return assemble(path, [text], origin, encoding=encoding)
