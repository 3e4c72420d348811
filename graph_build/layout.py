"""Undo what PDF extraction did to the text, keeping a map back to the original.

The working copy of a file has exactly one character per original character:
traditional characters become simplified and full-width forms fold to
half-width (NFKC) only where that maps one character to one character, so
every offset in the working copy is an offset in the original file.

On top of it the layout drops page furniture (running headers such as
``1/2023 稷山县人民政府公报 · 人事任免 ·`` and page numbers ``- 53 -``) and joins
hard-wrapped lines into logical paragraphs (``Block``). A block remembers
where each of its pieces came from, so any span of a block can be cited by
file, line and character offsets, and shown as written.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

from graph_build.chinese import to_simplified
from graph_build.patterns import BULLETS, LazyPattern
from graph_build.source import SourceText

# -- the working copy ------------------------------------------------------

# (a circled number numbers an item, as ``⑩`` and above stay: not a digit run into the text, ``①有的…`` -> ``1有的…``)
_KEEP = set("〔〕、。《》“”‘’「」『』【】①②③④⑤⑥⑦⑧⑨")


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    if ch.isascii() or ch in _KEEP:
        return ch
    folded = unicodedata.normalize("NFKC", ch)
    if len(folded) != 1:
        folded = ch
    simple = to_simplified(folded)
    # (a simplified form outside the Basic Multilingual Plane, ``潕`` -> ``𣲘``, is outside every pattern's
    # ``[\u4e00-\u9fff]``: the character stays as written)
    return simple if len(simple) == 1 and (ord(simple) <= 0xFFFF or ord(folded) > 0xFFFF) else folded


class _FoldTable(dict[int, str]):
    """A ``str.translate`` table filled on first sight of each character (one C pass per file)."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLD = _FoldTable()


def working_copy(text: str) -> str:
    """Simplified, NFKC-folded text with the same length as ``text``."""
    if text.isascii():
        return text
    return text.translate(_FOLD)


# -- page furniture --------------------------------------------------------

_PAGE_NUMBER = LazyPattern(r"^[-—–－·•]{1,2}\s*\d{1,4}\s*[-—–－·•]{1,2}$")  # (``— 2 —``, ``--4--``)
_PAGE_WORDS = LazyPattern(r"第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?")  # (``第2页``, ``第 2 页 共 5 页``)
# ``1/2023 县人民政府公报``, ``公报 · 2023``, ``2024年第2期  某县人民政府公报`` (the issue beside the gazette's name)
_RUNNING_HEADER = LazyPattern(
    r"(^\d{1,2}\s*/\s*\d{4}.*公报)|(公报.*·)|(·.*公报)"
    r"|(公报\s+\d{4}\s*年\s*第\s*[\d一二三四五六七八九十]{1,3}\s*期(?:[(（][^()（）]{1,10}[)）])?$)"  # (set apart
    r"|(^\d{4}\s*年\s*第\s*[\d一二三四五六七八九十]{1,3}\s*期\s+\S*公报$)"  # by a gap; ``第二期``, ``（总第87期）``)
    r"|(^\S{2,16}公报\s{2,}\S{2,16}文件$)|(^\S{2,16}文件\s{2,}\S{2,16}公报$)"  # (the gazette and the page's section:
)  # ``某县人民政府公报        县政府办公室文件``)
_BARE_MASTHEAD = LazyPattern(r"^\S{2,12}公报$")
# A gazette's issue on a line of its own, the header of each page (``2016 年第 5 期（总第 41 期）``)
_ISSUE_LINE = LazyPattern(r"\d{4}\s*年\s*第\s*\d{1,3}\s*期\s*(?:[(（]\s*总\s*第\s*\d{1,4}\s*期\s*[)）])?")
_SECTION_HEADER = LazyPattern(r"^[·•]\s*\S{2,16}\s*[·•]$")  # a gazette's section header (``· 市政府办公室文件 ·``)
_DASHES = frozenset("-—–－·•")  # how a page number starts (``_PAGE_NUMBER``: ``- 3 -``, ``·2·``)


# A rule drawn across the page (``━━━━━━``, ``------   ------``): no text; a cell that says it is empty (``—``)
# is shorter. ``_RULE_START``: how it starts.
_RULE_LINE = LazyPattern(r"[-—–=_━─═~～﹍\s]{6,}")
_RULE_START = frozenset("-—–=_━─═~～﹍")
# A web page's row of buttons: ``【字体：大 中 小】 【打印】 【关闭】``, ``[打印本页] [关闭窗口]``.
_BUTTON_ROW = LazyPattern(r"(?:[【\[]\s*(?:打印|关闭|字体|字号|收藏|分享|返回|纠错)[^【】\[\]]{0,10}[】\]]\s*)+")


_HEADER_GAP = LazyPattern(r"\s{2,}")  # the gap between a running header's parts (full-width spaces too)


def _bare_furniture(s: str) -> bool:
    """A page number (``— 2 —``, ``·2·``, ``第2页``) or an issue (``2020年第1期``) alone."""
    return (
        (s[0] in _DASHES and _PAGE_NUMBER.match(s) is not None)
        or (s[0].isdigit() and _ISSUE_LINE.fullmatch(s) is not None)
        or (s[0] == "第" and _PAGE_WORDS.fullmatch(s) is not None)
    )


def is_page_furniture(line: str) -> bool:
    """A running header, a page number, a rule or a row of buttons that PDF extraction or a web page left in the
    flow."""
    s = line.strip()
    if not s:
        return False
    if s[0] in _RULE_START and _RULE_LINE.fullmatch(s) and len(s.replace(" ", "")) >= 6:
        return True
    if s[0] in "【[" and _BUTTON_ROW.fullmatch(s):
        return True
    if "公报" not in s:  # both other kinds name the gazette (or give its issue alone); a page number names nothing
        if _bare_furniture(s) or _SECTION_HEADER.match(s) is not None:
            return True
        parts = _HEADER_GAP.split(s) if (s[0] in _DASHES or s[0].isdigit()) else []  # (``·2·      2020年第1期``)
        # (a section's header beside the page, ``·县委文件·   第2页``)
        return len(parts) == 2 and all(_bare_furniture(p) or _SECTION_HEADER.match(p) for p in parts) and any(
            _bare_furniture(p) for p in parts)
    if len("".join(s.split())) <= 40 and _RUNNING_HEADER.search(s):  # (however wide the gap between its parts)
        return True
    return bool(_BARE_MASTHEAD.match(s))


# -- lines and blocks ------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """One non-empty line of the file, in the working copy, leading/trailing space stripped."""

    number: int  # 1-based line number in the file
    start: int  # offset of text[0] in the file
    text: str
    width: float  # display width of the line as written (before folding)


@dataclass(frozen=True)
class Block:
    """A logical paragraph: consecutive lines joined where the PDF wrapped them."""

    source: SourceText
    text: str  # working copy, lines concatenated without separators
    starts: tuple[int, ...]  # offset in ``text`` where each piece begins
    offsets: tuple[int, ...]  # offset in the file where each piece begins
    numbers: tuple[int, ...]  # line number of each piece

    @classmethod
    def from_lines(cls, source: SourceText, lines: list[Line]) -> Block:
        if len(lines) == 1:  # the most common block, made without loops
            ln = lines[0]
            return cls(source=source, text=ln.text, starts=(0,), offsets=(ln.start,), numbers=(ln.number,))
        starts, pos = [], 0
        for ln in lines:
            starts.append(pos)
            pos += len(ln.text)
        return cls(
            source=source,
            text="".join(ln.text for ln in lines),
            starts=tuple(starts),
            offsets=tuple(ln.start for ln in lines),
            numbers=tuple(ln.number for ln in lines),
        )

    @property
    def line(self) -> int:
        return self.numbers[0]

    def _piece(self, i: int) -> int:
        return max(0, bisect.bisect_right(self.starts, i) - 1)

    def file_offset(self, i: int) -> int:
        """Offset in the file of character ``i`` of the block (``len(text)`` maps past the end)."""
        if i >= len(self.text):
            k = len(self.starts) - 1
            return self.offsets[k] + (len(self.text) - self.starts[k])
        k = self._piece(i)
        return self.offsets[k] + (i - self.starts[k])

    def line_of(self, i: int) -> int:
        return self.numbers[self._piece(min(i, max(len(self.text) - 1, 0)))]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """File offsets of a block span; the end is exclusive."""
        return self.file_offset(start), self.file_offset(max(start, end - 1)) + 1

    def raw(self, start: int, end: int) -> str:
        """The span as written in the file, pieces joined without their line breaks."""
        starts = self.starts
        first = self._piece(start)
        first_end = starts[first + 1] if first + 1 < len(starts) else len(self.text)
        if end <= first_end:  # the span lies within one piece (most spans do): one slice, as the loop would take
            lo = max(start, starts[first])
            off = self.offsets[first] - starts[first]
            return self.source.text[lo + off : end + off] if lo < end else ""
        parts = []
        for k in range(first, len(starts)):  # the pieces before ``start``'s have nothing of it
            bstart = starts[k]
            if bstart >= end:
                break
            bend = starts[k + 1] if k + 1 < len(starts) else len(self.text)
            lo, hi = max(start, bstart), min(end, bend)
            if lo < hi:
                off = self.offsets[k] - bstart
                parts.append(self.source.text[lo + off : hi + off])
        return "".join(parts)

    def original(self, start: int, end: int) -> str:
        """The span as written in the file, without whitespace and without line breaks."""
        return compact(self.raw(start, end))

    def ends_excerpt(self, end: int) -> bool:
        """Does the text stop at ``end`` of the block in the middle of a sentence: the end of an excerpt (a page cut
        at its length), nothing after it in the file and no sentence's end before it?"""
        if end != len(self.text) or self.text.rstrip()[-1:] in _SENTENCE_CLOSED:
            return False
        return not self.source.text[self.file_offset(end) :].strip()


_SENTENCE_CLOSED = frozenset("。；;！？!?）)”」")  # what a complete sentence or list ends with


@dataclass(frozen=True)
class Layout:
    """A file cleaned of page furniture, as lines and as paragraphs."""

    source: SourceText
    norm: str  # working copy of the whole file, same length as source.text
    lines: tuple[Line, ...]  # non-empty content lines, furniture removed
    blocks: tuple[Block, ...]

    @cached_property
    def _block_lines(self) -> list[int]:
        return [b.line for b in self.blocks]  # ascending: blocks follow the file

    @cached_property
    def _line_numbers(self) -> list[int]:
        return [ln.number for ln in self.lines]

    @cached_property
    def flat_lines(self) -> tuple[str, ...]:
        """Each line without whitespace (``compact(line.text)``), in the order of ``lines``.

        Made once per file: the segmentation and several extractors read every line so.
        """
        return tuple(compact(ln.text) for ln in self.lines)

    @cached_property
    def flat_blocks(self) -> tuple[str, ...]:
        """Each block without whitespace (``compact(block.text)``), in the order of ``blocks``, made once per file."""
        return tuple(compact(b.text) for b in self.blocks)

    @cached_property
    def wrapped(self) -> frozenset[int]:
        """Numbers of the lines that go on with the line before in their paragraph (each block's lines after its
        first): a sentence's wrapped text, never a heading's start."""
        return frozenset(n for b in self.blocks for n in b.numbers[1:])

    def block_of(self, line_number: int) -> Block:
        """The block that holds line ``line_number`` (one of ``lines``)."""
        return self.blocks[max(0, bisect.bisect_right(self._block_lines, line_number) - 1)]

    def block_range(self, first_line: int, last_line: int) -> slice:
        """Where the blocks that start on lines ``first_line``..``last_line`` are in ``blocks`` (a bisection)."""
        lo = bisect.bisect_left(self._block_lines, first_line)
        hi = bisect.bisect_right(self._block_lines, last_line)
        return slice(lo, hi)

    def line_range(self, first_line: int, last_line: int) -> slice:
        """Where the lines ``first_line``..``last_line`` are in ``lines`` (a bisection)."""
        lo = bisect.bisect_left(self._line_numbers, first_line)
        hi = bisect.bisect_right(self._line_numbers, last_line)
        return slice(lo, hi)

    def blocks_between(self, first_line: int, last_line: int) -> list[Block]:
        """Blocks that start on lines ``first_line``..``last_line`` (linear in the result)."""
        return list(self.blocks[self.block_range(first_line, last_line)])

    def lines_between(self, first_line: int, last_line: int) -> list[Line]:
        return list(self.lines[self.line_range(first_line, last_line)])

    def original(self, line: Line) -> str:
        """The line as written in the file, without whitespace."""
        return compact(self.source.text[line.start : line.start + len(line.text)])


def compact(s: str) -> str:
    """Remove all whitespace (``王 润`` -> ``王润``)."""
    return "".join(s.split())


def display_width(s: str) -> float:
    """Width in full-width cells: CJK and full-width forms count 1, ASCII counts 1/2."""
    if not s:
        return 0
    ascii_chars = len(s.encode("ascii", "ignore"))
    return len(s) - 0.5 * ascii_chars  # exact: halves and wholes are exact in a float


# A line ending in one of these ends its paragraph.
TERMINAL = set("。！？；：!?;:")
# A line starting like this starts a paragraph of its own.
_ITEM_START = LazyPattern(
    r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．]\D|第[一二三四五六七八九十百\d]+[条章节]"
    rf"|附件|[^，。：:]{{1,8}}[：:]|【[^】]{{1,8}}】|[{BULLETS}]|·\s)"  # (a bullet opens an item; ``· `` a web
    # page's; ``【事项内容】`` a label)
)
_WINDOW = 40
_STEP = 4


_COLUMN_LINES = 3  # lines at the widest width, at least, that show a page's column
_COLUMN_SHARE = 0.25  # of the lines of a sentence's width (30 or more) that reach it, at least
_PAST_COLUMN = 0.05  # of those lines wider than it, at most


def _page_column(widths: list[float]) -> float:
    """The width of the page's column where the lines show one across the whole text, or 0: the widest width that
    several long lines reach and hardly any passes (a PDF wraps every line of a paragraph there; the lines of a
    roster or a table between its paragraphs are short). A text whose paragraphs are lines of their own (a web
    page's, a Word file's) shows none: its long lines' widths scatter, and many pass 60."""
    long = sorted(w for w in widths if w >= _SAME_WIDTH)
    within = [w for w in long if w <= 60]
    if len(within) < _COLUMN_LINES:
        return 0.0
    top = within[-1]
    at_top = len(within) - bisect.bisect_left(within, top - 1.5)
    past = len(long) - len(within)
    if at_top < _COLUMN_LINES or at_top < _COLUMN_SHARE * len(long) or past > _PAST_COLUMN * len(long):
        return 0.0
    return top


def _local_widths(lines: list[Line]) -> list[float]:
    """The wrap width around each line, or 0 where the lines show no wrap column.

    A wrap column is a width that many nearby lines reach: a high percentile of
    nearby widths that at least a third of those lines sit at. Rosters and
    headings, whose widths scatter, get none, so their lines are never joined
    on width alone.
    """
    widths = [ln.width for ln in lines]

    def estimate(near: list[float]) -> float:  # ``near``: the sample's widths in 10..60, sorted
        if len(near) < 4:
            return 0.0
        top = near[int(len(near) * 0.8)]
        at_top = bisect.bisect_right(near, top + 0.5) - bisect.bisect_left(near, top - 2)
        return top if at_top * 3 >= len(near) else 0.0

    column = _page_column(widths)
    overall = estimate(sorted(w for w in widths if 10 <= w <= 60)) or column
    out: list[float] = []
    near: list[float] = []  # the window's widths in 10..60, kept sorted as it slides (no sort per step)
    lo = hi = 0
    for i in range(0, len(lines), _STEP):  # the window moves in steps: neighbouring lines share a column
        new_lo, new_hi = max(0, i - _WINDOW), min(len(widths), i + _WINDOW)
        for w in widths[hi:new_hi]:
            if 10 <= w <= 60:
                bisect.insort(near, w)
        for w in widths[lo:new_lo]:
            if 10 <= w <= 60:
                del near[bisect.bisect_left(near, w)]
        lo, hi = new_lo, new_hi
        wrap = (estimate(near) or column) if len(near) >= 6 else overall
        out.extend([wrap] * min(_STEP, len(lines) - i))
    return out


# A Markdown heading or a line set in bold (a Word file converted to Markdown): the text inside its marks.
_MARKDOWN = LazyPattern(r"#{1,6}\s+(?P<text>\S.*)|\*\*(?P<bold>\S.*?\S|\S)\*\*")
LINE_BREAK_TAG = LazyPattern(r"<br\s*/?>", re.IGNORECASE)
_CONTINUING_MARKS = frozenset("、，,")  # what no line of its own opens with
_OPEN_END = set("，、,(（“《")
_CLAUSE_ENDS = set("，、,；;。")
_CUT_AFTER_LEVEL = LazyPattern(r"[、，,][县市区乡镇旗州]$")  # a list's next unit cut after its level
# A list's last item cut short (``、县财``: a unit's place and the start of its name, no unit's end), and what ends it
# on the next line (``政局（…）、``, ``政局。``).
_CUT_ITEM = LazyPattern(r"[、，,][县市区乡镇旗州][\u4e00-\u9fff]{1,3}$")
_ITEM_END = LazyPattern(r"[\u4e00-\u9fff]{0,4}(?:局|委|办|室|所|站|队|院|会|部|中心|公司)[、，,。；;(（]")
_SUFFIX_START = LazyPattern(r"(?:中心|局|委员会|办公室|分局|大队|支队|站|所|公司)[、，,。；;)）]")  # a unit's end
_DATED_ENTRY = LazyPattern(r"\s{4,}[\[(【]?\d{4}[-./年]\d{1,2}[-./月]\d{1,2}[\])】]?$")
# A line that opens with one letter and a colon: the end of the word a PDF cut, never a label, unless a note's
# (``注：``, ``附：``) or a dialogue's (``问：``, ``答：``).
_WORD_END_COLON = LazyPattern(r"[\u4e00-\u9fff](?<![注附按问答])[：:]")
# ``作。``, ``室、`` (not ``一、``, a number; nor ``男，``, a biography's start)
_WORD_END_START = LazyPattern(r"[\u4e00-\u9fff](?<![一二三四五六七八九十男女])[。，、；,;]")
_SAME_WIDTH = 30.0  # two lines this wide or wider, as wide as each other, are lines of a wrapped paragraph
_WIDE_LINE = 40.0  # lines this wide differ by up to 2 where a PDF's proportional font wrapped them
_GAP = LazyPattern(r"\s{2}|\t")  # a table's cells set apart
FULL_LINE = 20.0  # display width of a line the PDF wrapped where the lines show no one wrap column


def _continues(line: Line, nxt: Line, wrap: float) -> bool:
    """Did the PDF wrap ``line`` in the middle of a paragraph that ``nxt`` continues?"""
    text = line.text
    if line.width >= FULL_LINE and _WORD_END_COLON.match(nxt.text) and "\u4e00" <= text[-1] <= "\u9fff":
        return True  # a word's last letter, then the colon after it, where no label is (``…现场分解了任`` ⏎ ``务：…``)
    if text[-1] in TERMINAL or _ITEM_START.match(nxt.text):
        return False
    if nxt.text[0] in _CONTINUING_MARKS:  # no line opens with a comma: the PDF cut before it (``…（前期办）`` ⏎
        return True  # ``、县经贸局…``)
    if text[-1] == "." and not (len(text) > 1 and text[-2].isdigit()):  # a folded full stop "．"
        return False
    if _WORD_END_START.match(nxt.text) and "\u4e00" <= text[-1] <= "\u9fff":
        return True  # a word's last letter, then its clause's end: no paragraph opens so (``…全面工`` ⏎ ``作。负责…``)
    if text[-1] in _OPEN_END and (wrap or line.width > 30):
        return True
    if len(text) >= 3 and text[-2] in _CLAUSE_ENDS and "\u4e00" <= text[-1] <= "\u9fff":
        return True  # one letter after a clause's end: the wrap cut what it opens (``…总工程师；邹`` ⏎ ``海平同志为…``)
    if line.width >= FULL_LINE and (_CUT_AFTER_LEVEL.search(text) or _SUFFIX_START.match(nxt.text) or (
            _CUT_ITEM.search(text) and _ITEM_END.match(nxt.text))):
        return True  # a unit cut: ``…、县`` ⏎ ``发展和改革局、…``, ``…综合服务`` ⏎ ``中心、…``, ``…、县财`` ⏎ ``政局…``
    if text.count("(") > text.count(")"):  # a bracket left open: ``…(责`` continues on the next line
        return True
    if text[-1] in "）)" and not (wrap and line.width >= wrap - 0.5):
        return False
    if text[-1].isdigit() and _DATED_ENTRY.search(text):  # a listing's entry (``· 标题        2026-07-31``)
        return False
    if line.width > 60:  # a long line broken only by a page boundary
        return True
    slack = 2 if line.width >= _WIDE_LINE else 1  # (a proportional font's long lines differ more: ``…招商`` ⏎ ``引资``)
    if _SAME_WIDTH <= line.width <= nxt.width + slack and nxt.width <= line.width + 1 and text != nxt.text and not (
            _GAP.search(text) or _GAP.search(nxt.text)):  # (a title the page repeats is two lines)
        return True  # two full lines of one column the PDF wrapped at (``…分管县发展和改革委员`` ⏎ ``会、县财政局…``)
    if line.width >= FULL_LINE and nxt.text[-1] in TERMINAL and nxt.width * 2 <= line.width:
        return True  # the short end of a sentence the PDF wrapped (``…增加分管县数据局、县营商环`` ⏎ ``境服务中心。``)
    return bool(wrap) and line.width >= wrap - 2.5


_NEIGHBOURS = 3  # lines on each side that show a local wrap column


def _ends_at_neighbours_width(lines: list[Line], i: int) -> bool:
    """Is line ``i`` a wrapped line whose sentence ends on the next, shorter line, where no wrap column shows over
    the page (``…分管县文化广电旅`` ⏎ ``游局，联系县文联。``)? Its width is that of two or more lines around it (a
    column the nearby paragraphs wrap at); it ends no sentence, the next line does, and opens no item."""
    line, nxt = lines[i], lines[i + 1]
    if line.width < FULL_LINE or line.text[-1] in TERMINAL or nxt.text[-1] not in TERMINAL:
        return False
    if nxt.width >= line.width or _ITEM_START.match(nxt.text):
        return False
    near = lines[max(0, i - _NEIGHBOURS) : i] + lines[i + 2 : i + 2 + _NEIGHBOURS]
    return sum(abs(n.width - line.width) <= 1 for n in near) >= 2


_INDENTED_SHARE = 0.2  # of lines indented, in a text whose paragraphs open indented (``　　负责…``)


def _wrapped_under_indent(line: Line, nxt: Line, nxt_indented: bool) -> bool:
    """In a text whose paragraphs open indented, a long line that ends no sentence goes on in the unindented line
    after it (a PDF wrapped it: ``　　负责…人力资源和`` ⏎ ``社会保障、…工作。``)."""
    return (
        not nxt_indented
        and line.width >= FULL_LINE
        and line.text[-1] not in TERMINAL
        and not _ITEM_START.match(nxt.text)
    )


# A gazette's running header of two parts set apart by spaces, its name and the section of the page
# (``某县人民政府公报        县政府文件``).
_GAZETTE_HEADER = LazyPattern(r"(?P<gazette>\S{2,20}公报)[\s\u3000]{2,}\S{2,20}")
_GAZETTE_COLUMN = LazyPattern(r"【(\S{2,16}文件)】")  # a gazette's column of documents (``【县政府办公室文件】``)
# A 文号 at a page's top (``某政办发〔2025〕15号``), as a notice's pages repeat it.
_NUMBER_HEADER = LazyPattern(r"[\u4e00-\u9fff]{1,12}\s*[〔\[(（]\d{4}[〕\])）]\s*\d{1,4}\s*号")


def _running_headers(raws: list[str]) -> set[int]:
    """The indexes of the lines that are a document's masthead or 文号 repeated as a running header (``某县人民政府
    文件``, ``某政办发〔2025〕15号`` at each page's top): one that stands right after half the page numbers or more,
    at least two; only those places, and never its first (the masthead or the 文号 itself); and a gazette's column
    (``【县政府办公室文件】``) repeated bare right after a page number. (An issuer's name after a page number is no
    header: a gazette's notices start on new pages.)"""
    numbers = 0
    first: dict[str, int] = {}  # where each masthead or 文号 first stands (the text's own)
    after: dict[str, list[int]] = {}  # where each stands right after a page number
    columns: set[str] = set()  # a gazette's columns (``【县政府办公室文件】``), which its pages' heads repeat bare
    column_heads: set[int] = set()
    numbered = False
    for k, raw in enumerate(raws):
        s = raw.strip()
        if not s:
            continue
        if s[0] == "【" and (column := _GAZETTE_COLUMN.fullmatch(s)):
            columns.add(column.group(1))
        if numbered and s in columns:
            column_heads.add(k)
        if len(s) <= 30 and s[-1] in "件号" and (s.endswith("文件") or _NUMBER_HEADER.fullmatch(s)):
            gazette = _GAZETTE_HEADER.fullmatch(s)
            if gazette is not None:  # (``某县人民政府公报    县政府文件``: the gazette's, whatever section it names)
                s = gazette.group("gazette")
                first.setdefault(s, -1)  # (no masthead: each such line is a running header)
            first.setdefault(s, k)
            if numbered:
                after.setdefault(s, []).append(k)
        numbered = s[0] in _DASHES and _PAGE_NUMBER.match(s) is not None
        numbers += numbered
    repeated = {k for s, ks in after.items() if len(ks) >= max(2, numbers / 2) for k in ks if k != first[s]}
    return repeated | column_heads


def _bare_page_number(raws: list[str], k: int) -> bool:
    """Is line ``k`` (digits alone) a page's number: set apart by empty lines, a running header after it
    (``4`` ⏎ ⏎ ``某市人民政府公报　　2015年第6期``), as a gazette's PDF prints a page's foot and the next one's head?"""
    if len(raws[k].strip()) > 3 or k == 0 or raws[k - 1].strip() or k + 2 >= len(raws) or raws[k + 1].strip():
        return False
    nxt = next((r.strip() for r in raws[k + 2 : k + 4] if r.strip()), "")
    return "公报" in nxt and is_page_furniture(nxt)


def layout(source: SourceText) -> Layout:
    norm = working_copy(source.text)
    if "<br" in norm:  # (a Markdown table's cell of several lines: ``县教育局<br>县卫生健康委员会``, a list)
        norm = LINE_BREAK_TAG.sub(lambda m: "、" + " " * (len(m.group()) - 1), norm)
    lines: list[Line] = []
    indented: list[bool] = []
    pos = 0
    raws = source.text.split("\n")
    folded = norm.split("\n")  # (the same lines in the working copy: page furniture is told in it, ``公報``)
    headers = _running_headers(folded) if any(d in source.text for d in _DASHES) else set()  # (no page number: none)
    for number, raw in enumerate(raws, start=1):
        stripped = raw.strip()
        if stripped and not is_page_furniture(folded[number - 1].strip()) and number - 1 not in headers and not (
                stripped.isdigit() and _bare_page_number(folded, number - 1)):
            lead = len(raw) - len(raw.lstrip())
            if stripped[0] in "#*" and (mark := _MARKDOWN.fullmatch(stripped)):  # ``## 标题``, ``**一、任免**``
                inner = mark.lastgroup or "text"
                lead += mark.start(inner)
                stripped = mark.group(inner)
            start = pos + lead
            text = norm[start : start + len(stripped)]
            lines.append(Line(number=number, start=start, text=text, width=display_width(stripped)))
            indented.append(lead > 0)
        pos += len(raw) + 1
    wraps = _local_widths(lines)
    by_indent = bool(lines) and sum(indented) >= _INDENTED_SHARE * len(lines)
    blocks: list[Block] = []
    current: list[Line] = []
    for i, ln in enumerate(lines):
        current.append(ln)
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if nxt is None or not (
            _continues(ln, nxt, wraps[i]) or (by_indent and _wrapped_under_indent(ln, nxt, indented[i + 1]))
            or _ends_at_neighbours_width(lines, i)
        ):
            blocks.append(Block.from_lines(source, current))
            current = []
    return Layout(source=source, norm=norm, lines=tuple(lines), blocks=tuple(blocks))
