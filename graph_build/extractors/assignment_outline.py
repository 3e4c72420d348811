"""The outline of a notice as the assignment extractors see it.

Layout blocks are paragraphs as the PDF wrapped them. Two repairs make them
usable for responsibility markers: a block that leaves a bracket open is
joined with the block that closes it (``…（责`` ⏎ ``任单位：县教育局）``), and a
label cut in two is joined (``配合单`` ⏎ ``位：…``). Each paragraph then gets its
numbering (``一、`` ``（一）`` ``1.`` ``（1）`` ``①`` ``第一条`` ``2.1``) ranked in the
conventional order of official documents, so that a paragraph's section and
its siblings can be found.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from graph_build.extractors.assignment_cells import flat_header_columns
from graph_build.extractors.assignment_markers import bracket_depth, opens_with_label
from graph_build.extractors.assignment_units import vocab
from graph_build.layout import Block, compact
from graph_build.patterns import LazyPattern

_OPEN, _CLOSE = "(〔【[", ")〕】]"
_BRACKET = LazyPattern(r"[(〔【\[)〕】\]]")

_STYLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("cn", re.compile(r"^[一二三四五六七八九十百]{1,3}[、.]\s*")),
    ("pcn", re.compile(r"^\([一二三四五六七八九十百]{1,3}\)\s*")),
    ("article", re.compile(r"^第[一二三四五六七八九十百\d]{1,4}[条章节]\s*")),
    # (not ``9.6月底前…``: item 9, then a date; nor an amount, ``9.6万``)
    ("dotted", re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,3}(?![\d.月日号年个万亿%])\s*")),
    ("num", re.compile(r"^\d{1,2}\s*(?:、|\.(?![\d]))\s*")),  # (``1、1路公交车…``: a digit after 、 is the text's)
    ("pnum", re.compile(r"^\(\d{1,2}\)\s*")),
    ("circled", re.compile(r"^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]\s*")),
    ("annex", re.compile(r"^附\s*件\s*\d{0,2}\s*[:：]?\s*")),
)
# All the styles in one pattern, in their order: the first that matches names the style (none has a group of its own).
_NUMBERING = LazyPattern("|".join(f"(?P<{style}>{pattern.pattern})" for style, pattern in _STYLES))
# The characters a numbering starts with, besides digits (``\d`` is ``str.isdecimal``).
_NUMBER_START = frozenset("一二三四五六七八九十百(第①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳附")
# Styles that number sections (their title-only paragraphs are headings, not tasks).
SECTION_STYLES = {"cn", "pcn", "article", "dotted", "annex"}
# The conventional order of official documents: 第一条 > 一、 > （一） > 1. > （1） > ①.
# An attachment (``附件``) starts a new outline above all of them.
_RANK = {"annex": -1, "article": 0, "cn": 1, "pcn": 2, "dotted": 3, "num": 3, "pnum": 4, "circled": 5}


def concat(blocks: list[Block]) -> Block:
    """One block made of consecutive blocks (pieces keep their file offsets)."""
    if len(blocks) == 1:
        return blocks[0]
    text, starts, offsets, numbers = "", [], [], []
    for b in blocks:
        starts.extend(len(text) + s for s in b.starts)
        offsets.extend(b.offsets)
        numbers.extend(b.numbers)
        text += b.text
    return Block(
        source=blocks[0].source, text=text, starts=tuple(starts), offsets=tuple(offsets), numbers=tuple(numbers)
    )


def cut(block: Block, lo: int, hi: int) -> Block:
    """The part ``block.text[lo:hi]`` as a block of its own (its pieces keep their file offsets)."""
    first = max(0, bisect.bisect_right(block.starts, lo) - 1)
    starts, offsets, numbers = [0], [block.file_offset(lo)], [block.numbers[first]]
    for k in range(first + 1, len(block.starts)):
        if block.starts[k] >= hi:
            break
        starts.append(block.starts[k] - lo)
        offsets.append(block.offsets[k])
        numbers.append(block.numbers[k])
    return Block(source=block.source, text=block.text[lo:hi], starts=tuple(starts), offsets=tuple(offsets),
                 numbers=tuple(numbers))


# A row number a page glued between the rows of a table it flattened into one line, cells and all
# (``…县民政局牵头;县财政局配合;各乡镇人民政府落实7加强农村留守老人关爱服务…``): after a word or a sentence's
# end, before a word that is not a count's (``3个``, ``5年``), nor after a word that makes it one (``第3``, ``共5``).
_GLUED_NUMBER = LazyPattern(r"(?<=[\u4e00-\u9fff。；;)）”])(?<![第共约近超达逾计余])(\d{1,3})"
                           r"(?=[\u4e00-\u9fff“])(?![个家项年月日号人次户所座条件万亿元天周岁台辆处名批期届类种篇场轮级倍米亩吨度宗份张])")
_GLUED_ROWS_MIN = 60  # (a shorter block holds no table of three rows flattened into it)
_GLUED_RUN = 3  # row numbers in a row (n, n+1, n+2, …) that show a flattened table
_GLUED_ROW_CHARS = 12  # the least a glued row holds


def glued_rows(block: Block) -> list[tuple[Block, int]]:
    """``block`` cut into the rows of a table flattened into it with their numbers glued on, each with where its
    text starts after its number; ``[(block, 0)]`` if it holds no run of ``_GLUED_RUN`` such numbers in a row."""
    text = block.text
    best: list[re.Match[str]] = []
    run: list[re.Match[str]] = []
    for m in _GLUED_NUMBER.finditer(text):
        if run and int(m.group(1)) == int(run[-1].group(1)) + 1 and m.start() - run[-1].end() >= _GLUED_ROW_CHARS:
            run.append(m)
        else:
            run = [m]
        if len(run) > len(best):
            best = list(run)
    if len(best) < _GLUED_RUN:
        return [(block, 0)]
    head = text[: best[0].start()]
    names = _trailing_column_names(head)  # (``序号工作任务责任单位21…``: the table's column names are no paragraph)
    out = [(cut(block, 0, len(head) - names), 0)] if head[: len(head) - names].strip() else []
    for k, m in enumerate(best):
        end = best[k + 1].start() if k + 1 < len(best) else len(text)
        out.append((cut(block, m.start(), end), m.end() - m.start()))
    return out


def _trailing_column_names(head: str) -> int:
    """How many characters at the end of ``head`` are a table's column names (``…清单序号工作任务责任单位``)."""
    for k in range(len(head)):
        if flat_header_columns(compact(head[k:])) is not None:
            return len(head) - k
    return 0


def _closes_within(text: str, depth: int, limit: int = 240) -> bool:
    for ch in _BRACKET.findall(text, 0, limit):
        if ch in _OPEN:
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return True
    return False


@cache
def _label_splits() -> dict[str, tuple[str, ...]]:
    """Every way to cut a marker label in two: the head that ends a line -> the tails that may start the next."""
    splits: dict[str, set[str]] = {}
    for label in vocab().all_labels:
        for k in range(1, len(label)):
            splits.setdefault(label[:k], set()).add(label[k:])
    return {head: tuple(sorted(tails)) for head, tails in splits.items()}


@cache
def _longest_head() -> int:
    return max((len(head) for head in _label_splits()), default=0)


def _label_cut(a: str, b: str) -> bool:
    """Is a marker label split between the end of ``a`` and the start of ``b``?"""
    if ":" not in b and "：" not in b:
        return False  # (a cut label's tail is followed by its colon)
    a, b = a.rstrip(), b.lstrip()
    splits = _label_splits()
    for k in range(1, min(_longest_head(), len(a)) + 1):
        for tail in splits.get(a[-k:], ()):
            if b.startswith(tail) and b[len(tail) :].lstrip()[:1] in (":", "："):
                return True
    return False


def _title_cut(a: str, b: str) -> bool:
    """A section title the PDF wrapped (``（三）以财政信息及公共资源交易信息公`` ⏎ ``开促廉政``)."""
    num = numbering(a)
    if num is None or num[0] not in SECTION_STYLES or numbering(b) is not None:
        return False
    head, tail = a[num[1] :].strip(), b.strip()
    if not head or head.endswith(_TITLE_END) or _SENTENCE.search(head) or "," in head:
        return False
    core = tail[:-1] if tail.endswith(("。", ".")) else tail
    # (``（一）X`` ⏎ ``责任单位：Y``: the task's field, not the rest of its title)
    return 0 < len(core) <= 12 and not _SENTENCE.search(core) and "," not in core and not opens_with_label(tail)


_TITLE_END = tuple("。;；:：!！?？")


def numbering(text: str) -> tuple[str, int] | None:
    """The numbering style of a paragraph and where its text starts after the number."""
    if not text or not (text[0] in _NUMBER_START or text[0].isdecimal()):
        return None
    m = _NUMBERING.match(text)
    return (m.lastgroup, m.end()) if m and m.lastgroup else None


def join_paragraphs(blocks: list[Block]) -> list[Block]:
    """Blocks joined where a bracket or a label was cut across them."""
    out: list[Block] = []
    pending: list[Block] = []
    for b in blocks:
        if pending:
            joined = pending[0].text if len(pending) == 1 else "".join([p.text for p in pending])
            depth = bracket_depth(joined)
            glue = (depth > 0 and _closes_within(b.text, depth) and len(pending) < 4) or _label_cut(joined, b.text)
            last = joined.rstrip()[-1:]
            if not glue and last in (":", "：") and numbering(b.text) is None:
                glue = any(lab in joined for lab in vocab().all_labels)
            if not glue and last == "、" and numbering(b.text) is None:
                glue = True
            if not glue and len(pending) == 1:
                glue = _title_cut(pending[0].text, b.text)
            if glue:
                pending.append(b)
                continue
            out.append(concat(pending))
        pending = [b]
    if pending:
        out.append(concat(pending))
    return out


_SENTENCE = LazyPattern(r"[。;；!！?？]")


@dataclass
class Para:
    """A paragraph of a notice with its place in the outline."""

    index: int
    block: Block
    style: str | None  # numbering style, None for body text
    body: int  # offset where the text starts after the numbering
    rank: int = 99  # depth of the numbering style (0 = top); 99 for body text

    @property
    def text(self) -> str:
        return self.block.text

    @property
    def numbered(self) -> bool:
        return self.style is not None

    @property
    def title_only(self) -> bool:
        """A short title without a sentence (``（一）加强组织领导``), possibly ending in ``。``."""
        t = self.text[self.body :].strip()
        core = t[:-1] if t.endswith(("。", ".")) else t
        return bool(core) and len(core) <= 40 and not _SENTENCE.search(core) and "," not in core

    @property
    def heading(self) -> bool:
        """A section heading: a title-only paragraph numbered in a section style."""
        return self.style == "annex" or (self.style in SECTION_STYLES and self.title_only)


def outline(blocks: list[Block]) -> list[Para]:
    """The paragraphs of ``blocks`` with their numbering."""
    paras = []
    joined: list[tuple[Block, int]] = []
    for b in join_paragraphs(blocks):
        if len(b.text) >= _GLUED_ROWS_MIN:
            joined.extend(glued_rows(b))
        else:
            joined.append((b, 0))
    for i, (b, glued) in enumerate(joined):
        num = ("num", glued) if glued else numbering(b.text)
        if num and num[0] == "circled" and _INLINE_CIRCLED.search(b.text, num[1]):
            num = None  # (``①A基地、②B基地；…``: a list run on in a wrapped sentence, no item of the outline)
        if num:
            style, body = num
            rank = _RANK[style] + (b.text[:body].count(".") if style == "dotted" else 0)
            paras.append(Para(i, b, style, body, rank))
        else:
            paras.append(Para(i, b, None, 0))
    return paras


_INLINE_CIRCLED = LazyPattern(r"[、，,；;][②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]")


def owner(paras: list[Para], i: int) -> int | None:
    """The numbered paragraph whose item contains paragraph ``i`` (itself if numbered)."""
    for j in range(i, -1, -1):
        if paras[j].numbered:
            return j
    return None


def parent(paras: list[Para], i: int) -> int | None:
    """The nearest numbered paragraph above ``i`` of a higher rank."""
    rank = paras[i].rank
    for j in range(i - 1, -1, -1):
        if paras[j].numbered and paras[j].rank < rank:
            return j
    return None


def subtree_end(paras: list[Para], i: int) -> int:
    """Index after the last paragraph of item ``i`` (its body and sub-items)."""
    rank = paras[i].rank
    for j in range(i + 1, len(paras)):
        if paras[j].numbered and paras[j].rank <= rank:
            return j
    return len(paras)


def siblings_before(paras: list[Para], i: int) -> list[int]:
    """Items of the same rank under the same parent that come before item ``i``."""
    p = parent(paras, i)
    lo = (p + 1) if p is not None else 0
    rank = paras[i].rank
    return [j for j in range(lo, i) if paras[j].numbered and paras[j].rank == rank]
