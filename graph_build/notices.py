"""Split a text into its documents (notices), each with 文号, title, issuer and date.

A text is a gazette, a page of a 政府信息公开 site, a news report, or an excerpt of
any of them. A document is found from whatever it shows:

* a 文号 standing on a line of its own (``稷政办发〔2023〕20 号``, also in brackets
  ``（梧政办发[2008]117号）``), with its title on the lines above it or, failing
  that, below it;
* a title standing on lines of its own (``…关于…的通知``, ``…任免名单``,
  ``…实施方案``) that the next line confirms: an addressee line
  (``各乡（镇）人民政府：``), an adoption note (``（2023年5月31日…会议通过）``) or,
  for the first line of a text, a body that opens like one (``为进一步…``), as for a plan a report's lead
  quotes and gives in full (``…印发《X》。全文如下：`` ⏎ ``X`` ⏎ ``为…``); a title may stand in book-title marks
  (``《X实施细则》``) and close with a note on its years or its trial (``…方案（2019-2020年）``); a page's note
  on its force (``（已废止）``) is no part of it; its 文号 may follow it on its line (``关于X的通知（某发〔2006〕
  1号）``);
  a title that only repeats a plan quoted just above (``现将《X》印发给你们``)
  belongs to the notice that issues it;
* a speech or report with no 文号 (``政府工作报告`` then ``——2023年2月16日在…会议上``);
* a signature and date (``陕西省人民政府`` / ``2018年8月26日``) where nothing
  else is found: an untitled document (``doc_number`` and ``title`` null, unless
  the plan it issues has a title).

A gazette's table of contents never has a 文号 alone on a line and its titles are
followed by page numbers, so it is never taken for a document. The part of a text
before its first document is not a document (``is_document`` false): a gazette's
front matter (facts there cite the gazette issue), a news report (its facts carry
the 文号 it quotes, if it quotes one), or an attachment without its covering
notice (its facts carry the attachment's title).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from graph_build.data_files import load_yaml
from graph_build.layout import FULL_LINE, TERMINAL, Block, Layout, Line, compact, working_copy
from graph_build.patterns import BULLETS, LazyPattern, alternation

_NUMBER = r"(?P<prefix>[\u4e00-\u9fff]{1,12})[〔\[【(（]\s*(?P<year>\d{4})\s*[〕\]】)）]\s*(?P<seq>\d{1,4})\s*号"
DOC_NUMBER = LazyPattern(rf"^{_NUMBER}$")
# A 文号 in brackets on a line of its own, under the title: ``（梧政办发[2008]117号）``.
_BRACKETED_NUMBER = LazyPattern(rf"^[(（]{_NUMBER}[)）]$")
# A 文号 quoted in prose (a news report of a notice).
_QUOTED_NUMBER = LazyPattern(
    r"(?:(?<=[以了的和及在由将于按据为])|(?<![\u4e00-\u9fff]))[\u4e00-\u9fff]{1,8}?[〔\[【]\d{4}[〕\]】]\d{1,4}号"
)
# A date written out in full, a space allowed beside each number as many pages and PDFs set it
# (``2020年7月28日``, ``2020 年 7 月 28 日``): the groups y, m and d.
_FULL_DATE = r"(?P<y>\d{4}) ?年 ?(?P<m>\d{1,2}) ?月 ?(?P<d>\d{1,2}) ?日"
DATE_LINE = LazyPattern(r"^(?P<y>\d{4}) ?年 ?(?P<m>\d{1,2}) ?月(?: ?(?P<d>\d{1,2}) ?日|日)?$")
_REPORT_DATE = LazyPattern(
    rf"^[—–-]{{1,2}}{_FULL_DATE}在.{{2,60}}(?:会议|大会)上")
# ``（2023年5月31日…第七次会议通过）``: the date a decision or a list was adopted.
_ADOPTED_NOTE = rf"[(（]{_FULL_DATE}[^()（）]{{0,60}}?(?:通过|批准)[)）]"
ADOPTED = LazyPattern(rf"^{_ADOPTED_NOTE}$")
# The same note whose bracket and 年/月 a web page lost (``202184日某市第五届人民代表大会常务委员会…通过)``)
_GLYPHLESS_ADOPTED = LazyPattern(r"^[(（]?(?P<y>\d{4})(?P<md>\d{2,4})日[^()（）]{2,60}?(?:通过|批准)[)）]?$")
DATED_NOTE = LazyPattern(  # a title's date under it
    r"^[(（](?P<y>\d{4}) ?年 ?(?P<m>\d{1,2}) ?月(?: ?(?P<d>\d{1,2}) ?日)?[)）]$")
_PUBLIC_NOTE = LazyPattern(r"^[(（]此件.{0,8}[)）]$")
_ATTACHMENT = LazyPattern(r"^附件\d{0,2}[:：]?$")
_MAX_TITLE_LINES = 6
_MAX_TITLE_BELOW = 5

DATA_PATH = Path(__file__).resolve().parent / "data" / "documents.yml"


@lru_cache(maxsize=1)
def _vocab() -> dict[str, Any]:
    return load_yaml(DATA_PATH)


@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern[str]]:
    v = _vocab()
    nouns = alternation(v["title_nouns"])
    issuer = alternation(v["issuer_suffixes"])
    return {
        "about": re.compile(rf"^(?:(?P<issuer>.{{2,40}}?)关于|关于).{{2,}}?(?:{nouns})$"),
        "list": re.compile(rf"^(?P<issuer>.{{2,40}}?)(?:{alternation(v['list_titles'])})$"),
        "plan": re.compile(rf"^.{{4,60}}?(?:{nouns})$"),
        # (or a page's time of posting, ``2023-01-05 10:00 区人民政府办公室``: a date with a time of day, or a
        # date then another field, ``2012-11-09 点击数：``)
        "meta": re.compile(rf"^(?:{alternation(v['meta_line_starts'])})|^[|\s]*$|(?:\|.*){{2,}}"
                           rf"|^(?:{alternation(v['page_labels'])})$"
                           r"|^\d{1,4}[:：]\d{2}(?:[:：]\d{2})?$"  # (a posting time a page wrapped: ``2 14:44``)
                           r"|^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}年\d{1,2}月\d{1,2}日)"
                           r"\d{1,2}:\d{2}"
                           rf"|^\d{{4}}-\d{{1,2}}-\d{{1,2}}(?:{alternation(v['meta_line_starts'])}|\|*$)"),
        "meta_label": re.compile(rf"(?:{alternation(v['meta_line_starts'])})[\u4e00-\u9fff]{{0,4}}[:：]?"),
        "body": re.compile(rf"^(?:{alternation(v['body_starts'])})"),
        # (or a purpose clause, ``为保护环境，…``: a notice's body opens so after its title)
        "lead": re.compile(rf"^(?:{alternation(v['notice_leads'])}|为了?[^，,。；;]{{2,60}}[，,])"),
        "news": re.compile(alternation(v["news_markers"])),
        "narrates": re.compile(alternation([*v["news_verbs"], *v["news_words"]])),
        "issuer_end": re.compile(rf"(?:{issuer})$"),
        "masthead": re.compile(rf"^.{{2,30}}(?:{issuer})(?:{alternation(v['masthead_endings'])})$"),
        "title_label": re.compile(
            r"^\s*(?:" + "|".join(r"\s*".join(map(re.escape, compact(w))) for w in v["title_labels"])
            + r")(?:\s*[:：]|\t)\s*"  # (``名 称⇥X的通知``: a metadata table's cells, a tab between)
        ),
        # A notice a page flattened into one line: ``关于X的通知`` [文号] addressee``：`` and its body's first words.
        "flat": re.compile(
            rf"关于[^。：:；;，,]{{4,120}}?的(?:{nouns})\s*(?:[(（]?(?P<number>{_NUMBER})[)）]?)?\s*"
            rf"(?P<to>[^。：:\s][^。：:]{{1,150}}[:：])\s*(?:{alternation([*v['notice_leads'], *v['body_starts']])})"
        ),
        # ``…关于…的决定 （2021年8月2日…通过）`` inside a line that a web page flattened (or a personnel list,
        # ``… X人民代表大会常务委员会任命名单 （…通过） 决定任命：…``, a news page's last paragraph)
        "inline": re.compile(
            rf"(?:^|\s)(?P<title>[^\s，。,;；]{{0,40}}?关于[^\s，。,;；]{{2,80}}?(?:{nouns})"
            rf"|[^\s，。,;；]{{4,40}}?(?:{alternation(v['list_titles'])}))\s*"
            rf"[(（]{_FULL_DATE}[^()（）]{{0,60}}?通过[)）]"
        ),
        # ``… 某市X区人大常委会 2021年8月2日`` at the end of a flattened line.
        "inline_signature": re.compile(
            rf"\s(?P<issuer>[^\s，。,;；:：]{{2,30}}?(?:{issuer}))\s+(?P<date>\d{{4}}年\d{{1,2}}月\d{{1,2}}日)\s*$"
        ),
    }


@dataclass(frozen=True)
class Notice:
    """One document of a text, or a part that is not a document (``is_document`` false).

    A part that is not a document is a gazette's front matter, a news report, an
    excerpt or an attachment; its ``title`` and ``doc_number`` are what its facts
    cite (the gazette issue, the attachment's title, a 文号 the report quotes).
    """

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

    @cached_property
    def text(self) -> str:
        """The working copy from the start of the first line to the end of the last, as one slice (the blank and
        furniture lines between them included): a character that is not in it is in none of the lines."""
        lines = self.lines
        return self.layout.norm[lines[0].start : lines[-1].start + len(lines[-1].text)] if lines else ""

    @cached_property
    def flat_blocks(self) -> tuple[str, ...]:
        """Each of ``blocks`` without whitespace (``compact(block.text)``), read from the layout's."""
        return self.layout.flat_blocks[self.layout.block_range(self.first_line, self.last_line)]

    @cached_property
    def flat_lines(self) -> tuple[str, ...]:
        """Each of ``lines`` without whitespace (``compact(line.text)``), read from the layout's."""
        return self.layout.flat_lines[self.layout.line_range(self.first_line, self.last_line)]

    @property
    def year(self) -> int | None:
        if self.date:
            return int(self.date[:4])
        m = re.search(r"[〔\[(（](\d{4})", self.doc_number or "")
        return int(m.group(1)) if m else None


def format_date(y: str, m: str, d: str | None) -> str:
    return f"{int(y):04d}-{int(m):02d}" + (f"-{int(d):02d}" if d else "")


_CN_DIGITS = {ch: str(i) for i, ch in enumerate("〇一二三四五六七八九")} | dict.fromkeys("○零ＯOo", "0")
# ``二〇二三年一月五日``: a signing date in Chinese numerals (its 〇 typed as a letter O too: ``二OO八年``).
_CN_DATE = LazyPattern(
    r"^(?P<y>[〇○零ＯOo一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,2})月(?:(?P<d>[一二三四五六七八九十]{1,3})日)?$"
)


def _cn_number(s: str) -> str:
    """``十二`` -> ``12``, ``二十五`` -> ``25``, ``五`` -> ``5``."""
    if "十" not in s:
        return "".join(_CN_DIGITS[ch] for ch in s)
    tens, _, units = s.partition("十")
    return str(int(_CN_DIGITS.get(tens, "1") if tens else "1") * 10 + (int(_CN_DIGITS[units]) if units else 0))


def signing_date(text: str) -> str | None:
    """The date of a date line (``2023年1月5日``, ``2023年1月``, ``二〇二三年一月五日``) as ISO, else None."""
    t = compact(text)
    m = DATE_LINE.match(t)
    if m:
        return format_date(m["y"], m["m"], m["d"])
    m = _CN_DATE.match(t)
    if m:
        return format_date(_cn_number(m["y"]), _cn_number(m["m"]), _cn_number(m["d"]) if m["d"] else None)
    return None


def _date_of(line: Line) -> str | None:
    return signing_date(line.text)


def _number_of(text: str) -> re.Match[str] | None:
    """The 文号 a line is (``某政办发〔2023〕12号``, ``（…）``), or stands for beside a page's other fields after a
    gap (``某政办函〔2025〕8号　　发布日期：…``) or after its label (``发文字号	某府〔2025〕21号``)."""
    if "号" not in text:  # both kinds end with 号
        return None
    t = compact(text)
    if _NUMBER_LABEL.match(t):
        return None  # (a page's metadata: ``_number_from_metadata`` reads it with the title it numbers)
    m = DOC_NUMBER.match(t) or _BRACKETED_NUMBER.match(t)
    if m is not None or not _FIELDS_AFTER.search(text):
        return m
    return DOC_NUMBER.match(compact(re.split(r"\s{2,}", text.strip(), maxsplit=1)[0]))


_NUMBER_LABELS = r"(?:发文字号|发布文号|公文字号|发文号|文号|文件编号|字号)"  # a page's metadata label of the 文号
_NUMBER_LABEL = LazyPattern(rf"^{_NUMBER_LABELS}")
_FIELDS_AFTER = LazyPattern(r"号\s{2,}(?:发布日期|发布时间|成文日期|阅读次数|浏览次数|来源|签发|发文机关)")


def _number_text(raw: str) -> str:
    """The 文号 at the start of a line's text as written, without whitespace (``raw``), as ``_number_of`` reads it
    (the page's other fields after it left out)."""
    m = re.match(_NUMBER, working_copy(raw))  # (``7號    簽發人：…`` in traditional characters)
    return raw[: m.end()] if m is not None else raw


_LEADERS = LazyPattern(r"\.{3,}|…{2,}|…[(（]?\d|·{3,}|\t")  # a table of contents' dot leaders (``…（5）``), a tab


def _without_title_label(title: str, first: Line) -> str:
    """A title read from a page's metadata field without its label (``标题：``, ``名 称⇥``): ``title`` is the
    lines as written, whitespace removed, ``first`` its first line (where the label's tab still shows)."""
    label = _rx()["title_label"].match(first.text)
    return (title[len(compact(label.group())) :] if label else title).strip("|")  # (``名称：| X的通知 |``)


def _is_title_line(text: str, flat: str | None = None) -> bool:
    """Might ``text`` be a line of a title? ``flat``: ``compact(text)``, if known."""
    t = compact(text) if flat is None else flat
    if not t or len(t) > 60 or t[-1] in "。；;:：，," or t.startswith(("附件", "-", "—")):  # the cheap tests first
        return False
    if _PUBLIC_NOTE.match(t) or DATE_LINE.match(t) or _number_of(t) or _PAGE_ONLY.match(t):
        return False
    if not _ALL_HAN.search(t):
        return False  # (a time of posting a page wrapped, ``2 14:44``: every line of a title has a letter)
    return not _LEADERS.search(_rx()["title_label"].sub("", text, count=1))  # (``名称:	X的通知``: a cell's tab)


_PAGE_ONLY = LazyPattern(r"[(（]?\d{1,4}[)）]?$")  # a contents entry's page number on a line of its own: ``（19）``


def _issuer_end(text: str) -> bool:
    """Does ``text`` end like an issuing body (``…人民政府办公室``, ``…委员会``, ``…局``)?"""
    return bool(_rx()["issuer_end"].search(text))


def _is_meta(text: str) -> bool:
    """Page furniture between a title and its 文号: ``来源：…``, ``浏览量：1 | |``, a field in a list
    (``- 浏览次数：252``), a row of fields (``体裁分类：其他    主题分类：综合政务``)."""
    return bool(_rx()["meta"].search(_unbulleted(text)) or _FIELDS_ROW.match(text.strip()))


def _opens_as_field(text: str) -> bool:
    """Does ``text`` open with a label of the page's furniture (a breadcrumb: ``当前位置：首页 > 政务公开 > 通知公告``,
    which ends like a notice's title)? A site's tag before a title (``【总体预案】…``, ``[转载]…``) is no label."""
    return bool(_rx()["meta"].match(_unbulleted(_TITLE_TAG.sub("", text, count=1))))


def _unbulleted(text: str) -> str:
    """``text`` without whitespace and without the bullet of a list's item (``- 发布日期：…``, ``• 发文字号：``)."""
    return compact(text).lstrip("-•·*")


_FIELDS_ROW = LazyPattern(r"[\u4e00-\u9fff]{2,6}\s*[:：].*?(?:\s{2,}|\t)[\u4e00-\u9fff]{2,6}\s*[:：]")


_WRAP_LINES = 3  # the most lines a PDF wraps a sentence's opening over (an addressee, a lead, a quote)


def _wrapped_addressee(lines: list[Line], j: int) -> str:
    """The addressee that starts at ``lines[j]`` and goes on over the next lines until one ends with its colon
    (without whitespace); ``""`` if no line within reach ends so, or a sentence ends first."""
    text = ""
    for ln in lines[j : j + _WRAP_LINES]:
        text += compact(ln.text)
        if "。" in text:
            return ""
        if text.endswith((":", "：")):
            return text
    return ""


def _running_on(lines: list[Line], j: int) -> str:
    """``lines[j]`` without whitespace, and the lines it runs on into where a PDF wrapped it (a full line that ends
    no sentence: ``为贯彻落实关于加强和改进`` ⏎ ``工作的重要思想，…``), up to three lines in all."""
    text = compact(lines[j].text)
    for k in range(j + 1, min(j + _WRAP_LINES, len(lines))):
        if lines[k - 1].width < FULL_LINE or text[-1:] in TERMINAL:
            break
        text += compact(lines[k].text)
    return text


def _is_addressee(text: str) -> bool:
    """``各乡（镇）人民政府，县直各单位：``: the line a notice's body starts with."""
    t = compact(text)
    return (
        4 <= len(t) <= 200
        and t[-1] in ":："
        and "。" not in t
        and bool(re.search(r"^各|、|，|,|单位|部门|政府|机构", t))
    )


_TITLE_START = LazyPattern(
    r"^[\u4e00-\u9fff]{2,25}?(人民政府办公室|人民政府办公厅|人民政府|委员会|常委会|办公室|领导小组|指挥部|局)(关于|“|$)"
)


_FIELD_LINE = LazyPattern(r"^\s*[\u4e00-\u9fff][\u4e00-\u9fff\s]{1,7}[：:]")  # a labelled field (``交办时间：…``)


def _label_over(lines: list[Line], j: int) -> bool:
    """Is ``lines[j]`` the value of the metadata label alone on the line above it?"""
    return j > 0 and _is_meta_label(lines[j - 1].text)


def _title_lines(lines: list[Line], idx: int, floor: int) -> list[Line]:
    """The lines above the 文号 at ``lines[idx]`` that make up the title (above ``floor``).

    Title-like lines run up from the 文号 (page furniture such as ``来源：…`` in
    between is passed over); the title starts at the one nearest the 文号 that
    begins with an issuer's name (or, failing that, with 关于), so that the end
    of the previous notice (attachment lists, table cells) is left out.
    """
    run: list[Line] = []
    j = idx - 1
    while j > floor and not run and idx - j <= 4 and (_is_meta(lines[j].text) or _label_over(lines, j)):
        j -= 1  # (furniture; a metadata field's value under its label, ``发文机构：`` ⏎ ``县政府网站``)
    if j > floor and idx - j <= 4 and title_bar(lines[j].text) is not None:
        return [lines[j]]  # (a saved page's title bar, ``X的通知_地方法规_某某网``, over its metadata)
    while j > floor and len(run) < _MAX_TITLE_LINES and _is_title_line(lines[j].text):
        if _rx()["masthead"].search(compact(lines[j].text)):
            break  # ``某县人民政府办公室文件``: the masthead above a 文号, never its title
        if (_FIELD_LINE.match(lines[j].text) and not _rx()["title_label"].match(lines[j].text)) or _is_meta(
                lines[j].text):
            break  # ``交办时间：…``, ``【字体：大 中 小】``: a field of the form before or the page's, never a title's
        run.insert(0, lines[j])
        j -= 1
    for pattern in (_TITLE_START, re.compile(r"^关于")):
        starts = [k for k, ln in enumerate(run) if pattern.match(compact(ln.text))]
        if starts:
            return run[starts[-1] :]
    return run


def _page_title_over(above: list[Line], below: list[Line]) -> bool:
    """Are the lines ``above`` a 文号 a web page's title bar (the title, then ``_`` and the site's section:
    ``X的通知_政务公开``) over the title ``below`` it?"""
    if not below:
        return False
    up, down = "".join(compact(ln.text) for ln in above), "".join(compact(ln.text) for ln in below)
    return up.startswith(down) and up[len(down) : len(down) + 1] in _SITE_SEPARATORS


_SITE_SEPARATORS = ("_", "-", "－", "|")  # between a page's title and its site's name in a title bar


def title_bar(text: str) -> int | None:
    """Where the title ends in a web page's title bar (``X的通知_地方法规_法律图书馆``: the title, a separator,
    the site's sections), if ``text`` is one whose title reads as a notice's (``_title_kind``); else None."""
    t = compact(text)
    for sep in _SITE_SEPARATORS:
        k = t.find(sep)
        if 8 <= k <= 80 and _title_kind(t[:k]) is not None:
            return len(text) - len(text.lstrip()) + _written_index(text.strip(), k)
    return None


def _written_index(text: str, k: int) -> int:
    """The index in ``text`` of its ``k``-th character not a space."""
    seen = 0
    for i, ch in enumerate(text):
        if not ch.isspace():
            if seen == k:
                return i
            seen += 1
    return len(text)


def _issuers_only(run: list[Line]) -> bool:
    """Are the lines above a 文号 its issuers' names and nothing else (a joint masthead, ``中共某县委办公室`` ⏎
    ``某县人民政府办公室``), so that the title is the one under it?"""
    for ln in run:
        t = compact(ln.text)
        m = _TITLE_START.match(t)
        if m is None or m.end() != len(t):
            return False
    return True


def _titled(run: list[Line]) -> bool:
    """Does a run of lines open as a title does (an issuer's name, or 关于)?"""
    first = compact(run[0].text)
    return bool(_TITLE_START.match(first) or first.startswith("关于"))


# A field of a page's metadata with its label on a line of its own and its value on the next (``• 成文日期:`` ⏎
# ``2023-06-26``).
_FIELD_LABEL = LazyPattern(r"^[•·]?[\u4e00-\u9fff]{2,8}[:：]$")
_MAX_FIELDS_BELOW = 8  # such fields passed over between a 文号 and the title under them


def _field_label(flat: str) -> bool:
    """Is the line ``flat`` a metadata field's label alone (``•成文日期:``), not the addressee (``各乡镇人民政府:``)?"""
    return bool(_FIELD_LABEL.match(flat)) and (
        _rx()["meta_label"].fullmatch(flat.lstrip("•·")) is not None or not _is_addressee(flat))


def _title_below(lines: list[Line], idx: int) -> list[Line]:
    """A title under the 文号 at ``lines[idx]`` (web pages put it there, the rest of their metadata fields
    between), up to the addressee."""
    run: list[Line] = []
    k, fields = idx + 1, 0
    while fields < _MAX_FIELDS_BELOW and k + 1 < len(lines) and _field_label(compact(lines[k].text)):
        k, fields = k + 2, fields + 1
    for ln in lines[k : k + _MAX_TITLE_BELOW]:
        if not _is_title_line(ln.text) or _is_addressee(ln.text):
            break
        run.append(ln)
        joined = "".join(compact(x.text) for x in run)
        titled = _rx()["about"].match(joined) or _rx()["plan"].match(joined)
        if titled and not _title_goes_on(lines, k - 1 + len(run)):
            return run  # (a title cut before its noun goes on: ``…领导工作分工`` ⏎ ``及AB角设置的通知``)
    return []


def _title_goes_on(lines: list[Line], k: int) -> bool:
    """Is the line after ``lines[k]`` the rest of a title that line cut: a title's line that ends with its noun
    and opens with neither an issuer nor 关于 (a title of its own)?"""
    if k + 1 >= len(lines) or not _is_title_line(lines[k + 1].text):
        return False
    t = compact(lines[k + 1].text)
    return t.endswith(_title_endings()[1]) and not (_TITLE_START.match(t) or t.startswith("关于"))


def _issuer(title: str, signature: str | None) -> str | None:
    """The issuer as written (traditional characters kept), read on the working copy."""
    w = working_copy(title)
    m = re.match(r"^(.{2,30}?)关于", w)
    if m and _issuer_end(m.group(1)):
        return title[: m.end(1)]
    if signature and _issuer_end(working_copy(signature)):
        return signature
    m = _rx()["list"].match(w)
    if m and _issuer_end(m.group("issuer")):
        return title[: m.end("issuer")]
    m = re.match(r"^(?!关于)(.{2,12}?(?:人民政府办公室|人民政府))", w)  # (``关于公布某省人民政府X的通知``: none)
    return title[: m.end(1)] if m else None


def _signature(layout: Layout, lines: list[Line], start: int, stop: int) -> tuple[str | None, str | None, int | None]:
    """The first signing date after ``start`` (before ``stop``) and the issuer line just above it."""
    for j in range(start, stop):
        date = _date_of(lines[j])
        if date:
            above = layout.original(lines[j - 1]) if j > start else None
            return date, above, j
    for j in range(max(start - 1, 0), stop):  # a page that flattened the notice into one line
        m = _rx()["inline_signature"].search(lines[j].text)
        d = DATE_LINE.match(m["date"]) if m else None
        if m and d:
            at = lines[j].start
            issuer = compact(layout.source.text[at + m.start("issuer") : at + m.end("issuer")])
            return format_date(d["y"], d["m"], d["d"]), issuer, j
    return None, None, None


def _glyphless_date(y: str, md: str) -> str | None:
    """The date of ``2021`` + ``84`` (``2021年8月4日`` without its 年 and 月), where only one reading is a date."""
    splits = [(md[:k], md[k:]) for k in (1, 2) if k < len(md) <= k + 2]
    dates = [(m, d) for m, d in splits if not m.startswith("0") and 1 <= int(m) <= 12 and 1 <= int(d) <= 31]
    return format_date(y, *dates[0]) if len(dates) == 1 else None


def _adopted(lines: list[Line], start: int, stop: int) -> str | None:
    for k in range(start, min(stop, len(lines))):
        t = compact(lines[k].text)
        if t[:1] in "(（" and k + 1 < len(lines) and ")" not in t and "）" not in t:
            t += compact(lines[k + 1].text)  # (a note a PDF wrapped)
        m = re.search(_ADOPTED_NOTE, t) or DATED_NOTE.match(t)
        if m:
            return format_date(m["y"], m["m"], m["d"])
        if (g := _GLYPHLESS_ADOPTED.match(t)) or (
                k + 1 < len(lines) and (g := _GLYPHLESS_ADOPTED.match(t + compact(lines[k + 1].text)))):
            return _glyphless_date(g["y"], g["md"])
    return None


def _report_starts(lines: list[Line]) -> list[int]:
    """Indexes of title lines of reports and speeches that carry no 文号."""
    out = []
    for i, ln in enumerate(lines[:-1]):
        if not ln.text.endswith(("告", "话")):  # (a line has no whitespace at its ends)
            continue
        t = compact(ln.text)
        if 2 <= len(t) <= 20 and t.endswith(("报告", "讲话")) and _REPORT_DATE.match(compact(lines[i + 1].text)):
            out.append(i)
    return out


@dataclass
class _Head:
    """Where a document starts: ``start`` is its first line, ``end`` the last line of its header."""

    start: int
    end: int
    kind: str  # number | title | report | signature | metadata
    number: str | None = None
    title: str | None = None
    number_idx: int | None = None
    date: str | None = None  # a page's 成文日期, for a document that has no signature
    issuer: str | None = None  # a page's 发布机构, for a document that has no title and no signature


_SECTION_START = LazyPattern(  # (or a plan's first section numbered in digits, a heading alone: ``1.总则``, ``1 总则``)
    r"^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章条部分]|[(（]一[)）]|1[.、．]?[\u4e00-\u9fff]{2,8}$)")


def _opens_text(lines: list[Line], s: int) -> bool:
    """Is ``lines[s]`` where the text starts, after page chrome at most (no prose, no addressee above it)? A few
    lines of it, or more where each is short (a page's metadata, one field or value a line)."""
    above = lines[:s]
    return (s <= 6 or (s <= _CHROME_LINES and all(len(ln.text.strip()) <= _CHROME_WIDTH for ln in above))) and not any(
        re.search(r"[。；;，,]", ln.text) or (_is_addressee(ln.text) and not _is_meta_label(ln.text))
        or _number_of(ln.text) for ln in above
    )


def _is_meta_label(text: str) -> bool:
    """Is ``text`` a page's metadata label alone (``• 发布机构:``), its value on the next line?"""
    return _rx()["meta_label"].fullmatch(_unbulleted(text)) is not None


_CHROME_LINES, _CHROME_WIDTH = 24, 60  # the most lines of a page's metadata above a title, and their longest


# Minutes: their number (``〔2024〕第15期``, ``（第14次）``), the issuer's line with the date, the meeting's opening.
_MINUTES_NUMBER = LazyPattern(r"^[(（〔\[]?(?:\d{4}[)）〕\]])?第[\d一二三四五六七八九十百]+[期次号][)）]?$")
_ISSUER_DATED = LazyPattern(r"^[\u4e00-\u9fff]{2,30}?(?:办公室|人民政府|委员会)\d{4}年\d{1,2}月\d{1,2}日$")
_MINUTES_OPENING = LazyPattern(r"^\d{4}年\d{1,2}月\d{1,2}日[^。]{0,40}?(?:主持召开|召开|主持)")


def _after_title(lines: list[Line], j: int, title: str) -> int:
    """The first line from ``lines[j]`` past a title's mirrors (the title again, maybe wrapped or labelled,
    ``名称：X``) and the page's furniture (a metadata table's label alone on its line, its value below)."""
    while j < len(lines):
        if title and (mirror := _mirror(lines, j, title)):
            j += mirror
            continue
        if not _is_meta(lines[j].text):
            break
        label = _rx()["meta_label"].fullmatch(_unbulleted(lines[j].text))  # (not ``【字体:`` over the addressee)
        j += 2 if label and not (j + 1 < len(lines) and _is_addressee(lines[j + 1].text)) else 1
    return j


_PROSE_LINE = 30  # the shortest line of prose that confirms a report's title above it
_ISSUES = LazyPattern(r"印发《?(?P<plan>[^《》]{6,80}?)》?的通知$")  # a notice that issues a plan, and the plan's title
_ADDRESSEE_OPENING = LazyPattern(r"^\s*(?P<to>[\u4e00-\u9fff]{0,4}?各[^:：。\s]{2,150}[:：])\s")  # ``辖区各单位: 为…``


def _confirms(lines: list[Line], j: int, title: str, *, first: bool, kind: str, first_of_number: bool = False) -> bool:
    """Does the line after a title (``lines[j]``) show that the title heads a document? ``first_of_number``: a
    文号 stands just above the title (its document is the 文号's: minutes confirm no second one)."""
    j = _after_title(lines, j, title)
    if j >= len(lines):
        return False
    t = compact(lines[j].text)
    if DATED_NOTE.match(t) and kind == "about" and j + 1 < len(lines):
        j += 1  # (``（1960年7月）`` under the title in a collection of documents)
        t = compact(lines[j].text)
    if title.endswith("纪要") and not first_of_number:  # minutes: their number and their issuer's dated line, then
        while j + 1 < len(lines) and (_MINUTES_NUMBER.match(t) or _ISSUER_DATED.match(t)):  # the meeting told
            j += 1
            t = compact(lines[j].text)
        if _MINUTES_OPENING.match(t):
            return True
    if ADOPTED.match(t):
        return True
    if j + 1 < len(lines) and t[:1] in "(（" and ADOPTED.match(t + compact(lines[j + 1].text)):
        return True  # (the note a PDF wrapped: ``（2025年3月27日…常务委员会`` ⏎ ``第二十一次会议通过）``)
    if _GLYPHLESS_ADOPTED.match(t) or (j + 1 < len(lines) and _GLYPHLESS_ADOPTED.match(t + compact(lines[j + 1].text))):
        return True  # (the note a page lost its bracket and 年/月 from: ``202184日某市…`` ⏎ ``…会议通过)``)
    if kind == "list":
        return bool(re.match(r"^(?:任命|免去|免职|任免|聘任)[:：]?$", t))
    if kind == "about" and (issued := _ISSUES.search(title)) and _mirror(lines, j, issued["plan"]):
        return True  # (``关于印发X的通知`` ⏎ ``X``: the notice, then the plan it issues, a page without its body)
    if _is_addressee(t) or ((to := _ADDRESSEE_OPENING.match(lines[j].text)) and _is_addressee(to["to"])):
        return True  # (or the addressee opening a line that a page flattened: ``各乡镇：  为…``)
    if (kind == "about" and t.startswith("各") and _is_addressee(t + "：") and j + 1 < len(lines)
            and _rx()["body"].match(compact(lines[j + 1].text))):
        return True  # (the addressee's colon lost on a web page: ``各镇人民政府、街道办事处`` ⏎ ``为进一步…``)
    if kind == "about" and t.startswith("各") and _is_addressee(_wrapped_addressee(lines, j)):
        return True  # (``各乡镇人民政府、县直各`` ⏎ ``单位：``: the addressee a PDF wrapped)
    if kind == "about" and _rx()["lead"].match(_running_on(lines, j)):  # the addressee left out: ``现将《X》…``
        return True
    if first and title.endswith("通报") and kind == "about" and len(t) >= _PROSE_LINE and "。" in t:
        return True  # (a report of findings opening the page, its prose under it: ``关于X情况的通报`` ⏎ ``…。``)
    if first and kind == "plan" and _TASK_LIST_TITLE.search(title) and _TABLE_START.match(t):
        return True  # (a list of tasks opening the page, its table right under it: ``序号 | 重点工作 | 责任单位 |``)
    return first and kind == "plan" and bool(_rx()["body"].match(t) or _SECTION_START.match(t))


# A title of a list of tasks handed out (``2025年重点工作及责任清单``, ``…任务分解表``), and a table's header cell that
# opens the text under it (``序号``), its other cells on the line or below.
_TASK_LIST_TITLE = LazyPattern(
    r"(?:任务|工作|责任|事项)[^，,。；;]{0,8}(?:清单|分解(?:表|方案)?|分工(?:表|方案)?|台账)$")
_TABLE_START = LazyPattern(r"^序号(?:$|[|\t]|.{0,40}(?:责任单位|牵头单位|责任部门))")
_MIRROR_LINES = 4  # the most lines a title's mirror wraps over
_MIRROR_GAP = 6  # the most lines of a page's furniture between a title and its mirror
_DATE_GLYPHS = LazyPattern(r"(?<=\d)[年月日]")  # (``2023年10月`` copied as ``202310月``: read both alike)


def _mirror(lines: list[Line], j: int, title: str) -> int:
    """How many lines from ``lines[j]`` repeat ``title`` (a page's heading over the document's own title, its
    metadata field ``名称：X``, the title again wrapped, a page's copy that lost the 年/月 after a number); 0 if
    they do not."""
    text, title = "", _DATE_GLYPHS.sub("", title)
    for k in range(j, min(j + _MIRROR_LINES, len(lines))):
        t = _DATE_GLYPHS.sub("", compact(lines[k].text))
        if k == j and (label := _rx()["title_label"].match(t)):
            t = t[label.end() :]
            if t.startswith(title):  # (the metadata table's row, its next field after the title)
                return 1
        text += t
        if text == title:
            return k - j + 1
        if not title.startswith(text):
            return 0
    return 0


@lru_cache(maxsize=1)
def _title_endings() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What the ``list`` titles and the other titles (``about``, ``plan``) end with: a cheap test first."""
    v = _vocab()
    return tuple(v["list_titles"]), tuple(v["title_nouns"])


def _title_kind(text: str) -> str | None:
    """The kind of title ``text`` (without whitespace) reads as; a note on its years or its trial closes it
    (``…实施方案（2019-2020年）``, ``…办法（试行）``)."""
    lists, nouns = _title_endings()
    text = _without_note(text)
    if text.endswith(lists) and _rx()["list"].match(text):
        return "list"
    if not text.endswith(nouns):
        return None
    if _rx()["about"].match(text):
        return "about"
    if (_rx()["plan"].match(text) and not _rx()["narrates"].search(text) and "《" not in text[:1]
            and not _NUMBERED.match(text)):  # (``三、时间安排``: a section's heading of the text above)
        return "plan"
    return None


_NUMBERED = LazyPattern(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．])")
def _without_note(title: str) -> str:
    """A title without the note on its years or its trial that closes it (``…方案（2019-2020年）``)."""
    note = _TITLE_NOTE.search(title) if title.endswith((")", "）")) else None
    return title[: note.start()] if note else title


_BOOK_TITLE = LazyPattern(r"《[^《》]{6,80}》")
_STATUS = r"已废止|已失效|废止|失效|(?:草案|政策)?解读"  # a page's note on a document's force, or its reading
_STATUS_NOTE = LazyPattern(rf"[(（](?:{_STATUS})[)）]$")
_TITLE_NOTE = LazyPattern(
    rf"[(（](?:\d{{4}}(?:年)?[-—–至]\d{{4}}年?|\d{{4}}年|试行|暂行|修订|修订稿|征求意见稿|草案|{_STATUS})[)）]$")


_COMMA = LazyPattern(r"[,，]")
# A gazette's masthead, issue line or contents heading: never part of a title.
_GAZETTE_LINE = LazyPattern(r"^目录$|^\d{4}年第\d+期|公报$")


def _title_start(flat: list[str], run: list[int]) -> int:
    """Where a title that ends at ``run[-1]`` starts: at an issuer followed by 关于, at 关于, else its last line.

    ``flat``: the lines without whitespace.
    """
    e = run[-1]
    for s in run:
        if s < e and "".join(flat[s + 1 : e + 1]).endswith(flat[s]):
            continue  # (a short title, then the title in full: ``关于X的通知`` ⏎ ``某镇党委某镇人民政府关于X的通知``)
        text = "".join(flat[s : e + 1])
        m = _ISSUER_ABOUT.match(text)
        if text.startswith("关于") or (m and _issuer_end(m.group(1)) and _ALL_HAN.fullmatch(m.group(1))):
            return s
    starts = [k for k in run if _TITLE_START.match(flat[k])]
    s = starts[-1] if starts else e
    if s == e and e - 1 in run and len(flat[e]) <= _TITLE_TAIL and not flat[e - 1].startswith("附件") and (
            _title_kind(flat[e - 1]) is None):  # (``某省秸秆禁烧工`` ⏎ ``作联席会议制度``: a title cut in a word)
        return e - 1
    return s + 1 if s < e and flat[s + 1].startswith(flat[s]) else s  # (the issuer's line, then the title again)


_NUMBER_AFTER = LazyPattern(rf"[(（](?P<number>{_NUMBER})[)）]$")  # a title's 文号 after it on its line
_TITLE_TAIL = 12  # the longest last line of a title wrapped in mid-word


_ISSUER_ABOUT = LazyPattern(r"^(.{2,40}?)关于")
_ALL_HAN = LazyPattern(r"[\u4e00-\u9fff]+")


def _title_heads(layout: Layout, taken: set[int]) -> list[_Head]:
    """Documents announced by a title of their own (no 文号); ``taken``: indexes of the layout's lines that
    other heads hold."""
    heads: list[_Head] = []
    rx = _rx()
    lines, flat = list(layout.lines), layout.flat_lines  # line k and its text without whitespace
    endings = _title_endings()[0] + _title_endings()[1]
    longest = max(map(len, endings))
    above: dict[int, bool] = {}  # may line k be a title's line above its last? (asked of a line up to 3 times)

    def title_above(k: int) -> bool:
        if k not in above:
            t = flat[k]  # (the line as written is asked too: a tab sets a metadata table's cells apart)
            above[k] = (_is_title_line(lines[k].text, t) and not _COMMA.search(t) and not _GAZETTE_LINE.search(t)
                        and not _is_meta(lines[k].text) and title_bar(lines[k].text) is None)  # (nor a breadcrumb,
            # nor the page's title bar, ``X的通知 - 政策法规 - 某网``, over the title)
        return above[k]

    for e, ln in enumerate(lines):
        if e in taken:
            continue
        m = rx["inline"].search(ln.text) if "通过" in ln.text and ("关于" in ln.text or "名单" in ln.text) else None
        if m and not _is_title_line(ln.text, flat[e]):  # (``inline``'s words first)
            raw = layout.source.text[ln.start + m.start("title") : ln.start + m.end("title")]
            heads.append(_Head(e, e, "title", title=compact(raw), date=format_date(m["y"], m["m"], m["d"])))
            continue
        row = flat[e].rstrip("|")  # (a table's cell: ``关于X的意见 |``)
        numbered = _NUMBER_AFTER.search(row) if row.endswith(("号)", "号）")) else None
        last = row[: numbered.start()] if numbered else row  # (``关于X的通知（某发〔2006〕135号）``)
        if len(last) >= longest and not last.endswith(endings) and not (
                last[-1] in ")）》" and _without_note(last.removesuffix("》")).endswith(endings)):
            if "关于" in last and (bar := _bar_head(layout, lines, e)) and not (heads and heads[-1].end >= e):
                heads.append(bar)  # (``X的通知-某网``: a page's title bar, the only title it shows)
            continue  # every title ends so (``_title_kind``), and a title ends with its last line
        if not _is_title_line(ln.text, flat[e]) or _COMMA.search(ln.text) or _opens_as_field(ln.text):
            continue
        run = [e]
        for k in range(e - 1, max(-1, e - 4), -1):
            if k in taken or not title_above(k):
                break
            run.insert(0, k)
        s = _title_start(flat, run)
        text = "".join(flat[s:e]) + last
        label = rx["title_label"].match(text)  # ``标题：…`` in a page's metadata
        text = _TITLE_TAG.sub("", (text[label.end() :] if label else text).lstrip("|"), count=1)
        if "|" in text:
            continue  # (a table's head row, ``任务|责任单位|时限清单``)
        boxed = s == e and _BOOK_TITLE.fullmatch(text) is not None and _opens_text(lines, s)
        if boxed:  # (``《X实施细则》`` opening the text: the title, in book-title marks)
            text = text[1:-1]
        kind = _title_kind(text)
        if kind is None or (heads and heads[-1].end >= s) or (s > 0 and flat[s - 1] == text):
            continue
        if (heads and heads[-1].title and compact(heads[-1].title) != text and s - heads[-1].end <= _MIRROR_GAP
                and _mirror(lines, s, compact(heads[-1].title))):
            continue  # (the title again under the page's furniture, a 年 or 月 lost: the document, as titled first)
        if e + 1 < len(lines) and _number_of(lines[e + 1].text):
            continue  # the 文号 below is the document's anchor
        under_number = any(k in taken for k in range(max(0, s - 4), s))  # (minutes under their 文号's head)
        first = _opens_text(lines, s) or _given_in_full(lines, s, text)
        if _confirms(lines, e + 1, text, first=first, kind=kind, first_of_number=under_number) or _under_metadata(
                lines, s):
            title = "".join(layout.original(lines[k]) for k in range(s, e + 1))
            title = title[: len(title) - len(flat[e]) + len(last)]  # (its 文号 after it left out)
            title = _STATUS_NOTE.sub("", _without_title_label(title, lines[s]))  # (``…的通知（已废止）``: the page's)
            title = _TITLE_TAG.sub("", title, count=1)  # (``【总体预案】X应急预案``: a site's tag before it)
            title = title[1:-1] if boxed else title
            heads.append(_Head(s, e, "title", title=title, number=numbered.group("number") if numbered else None))
    return heads


_FLAT_LINE = 80  # the shortest line that may hold a whole notice a page flattened
_NUMBER_AT_END = LazyPattern(rf"{_NUMBER}$")


def _flat_heads(layout: Layout, lines: list[Line], heads: list[_Head], taken: set[int]) -> list[_Head]:
    """Documents a web page flattened into one line, title, 文号 and addressee run together
    (``某县人民政府办公室关于X的通知某政办发〔2016〕21号各镇人民政府，…：为了…``, or the 文号 first); none that
    another head already gives by its title or 文号."""
    seen = {compact(h.title) for h in heads if h.title} | {h.number for h in heads if h.number}
    out: list[_Head] = []
    for k, ln in enumerate(lines):
        if k in taken or len(ln.text) < _FLAT_LINE or "关于" not in ln.text:
            continue
        m = _rx()["flat"].search(ln.text)
        if m is None or not _is_addressee(m["to"]):
            continue
        before = ln.text[: m.start()]
        run = re.search(r"[\u4e00-\u9fff]{0,40}$", before).group()  # (its issuer just before 关于, if any, past a
        marks = [run.rfind(w) + len(w) for w in (*_vocab()["flat_labels"], "号") if w in run]  # label or a 文号)
        issuer = run[max(marks, default=0) :]
        if not _issuer_end(issuer):
            issuer = ""
        start, text = ln.start + m.start() - len(issuer), layout.source.text  # (title and 文号 as written)
        title = compact(text[start : ln.start + (m.start("number") if m["number"] else m.start("to"))]).rstrip("(（")
        number = compact(text[ln.start + m.start("number") : ln.start + m.end("number")]) if m["number"] else None
        if number is None and (glued := _NUMBER_AT_END.search(before[: len(before) - len(issuer)].rstrip())):
            number = compact(text[ln.start + glued.start() : ln.start + glued.end()])  # (the 文号 before the title:
            # ``文档介绍:某府发〔2009〕23号某区人民政府关于…``)
        if title in seen or (number and number in seen):
            continue
        seen.update(filter(None, (title, number)))  # (a page that flattens the notice twice: one document)
        out.append(_Head(k, k, "title", title=title, number=number, number_idx=k if number else None))
    return out


def _bar_head(layout: Layout, lines: list[Line], e: int) -> _Head | None:
    """A document whose title shows only in the page's title bar on line ``e`` (``关于X的通知-某网``), a notice's
    body below it; None if the page repeats the title under the bar (that line heads the document)."""
    text = lines[e].text
    cut = title_bar(text) if len(text) <= 160 and any(sep in text for sep in _SITE_SEPARATORS) else None
    if cut is None:
        return None
    title = compact(text[:cut])
    j = _after_title(lines, e + 1, "")  # (past the page's furniture only)
    if _title_kind(title) != "about" or (j < len(lines) and _mirror(lines, j, title)):
        return None
    if not _confirms(lines, e + 1, title, first=False, kind="about"):
        return None
    line = lines[e]
    return _Head(e, e, "title", title=layout.original(Line(line.number, line.start, text[:cut], line.width)))


_IN_FULL = ("如下:", "如下：")
_METADATA_ABOVE = 8  # the most lines a page's metadata table stands above the title it describes


def _under_metadata(lines: list[Line], s: int) -> bool:
    """Does a page's metadata table that gives a 文号 (``[ 发文字号 ] 某府发〔2023〕21号``) stand just above the title
    on line ``s``? The page describes that document, whatever its body's first lines lost. (A line of fields,
    ``[ 体裁分类 ] 预案``, ``标题X的通知``, is none.)"""
    if any(mark in lines[s].text for mark in "|:：[]【】") or compact(lines[s].text).startswith(
            tuple(_vocab()["title_labels"])):
        return False
    return any("号" in lines[k].text and _METADATA_NUMBER.search(_fields(lines[k].text))
               for k in range(max(0, s - _METADATA_ABOVE), s))


def _given_in_full(lines: list[Line], s: int, title: str) -> bool:
    """Does the line above a title quote it and say the text follows (``日前，某市印发《X》。全文如下：``)? The
    quote may start on a line above it, where a PDF wrapped the sentence."""
    return s > 0 and compact(lines[s - 1].text).endswith(_IN_FULL) and _is_quoted(
        title, lines, s - _WRAP_LINES, s)


def _is_quoted(title: str, lines: list[Line], lo: int, hi: int) -> bool:
    """Is ``title`` quoted in ``lines[lo:hi]`` (``现将《X》印发给你们``, also ``《X》责任分解``)?"""
    # (``title`` as written, the lines in the working copy: both compared in the working copy)
    t = compact(working_copy(title)).replace("《", "").replace("》", "")
    text = "".join(compact(ln.text) for ln in lines[max(lo, 0) : hi]).replace("》", "")
    if len(t) < 6:
        return False
    if "《" + t in text:
        return True
    # (the quote names the issuers before 关于, the title under their line does not: ``《A B关于X的意见》`` ⏎ ``A B`` ⏎
    # ``关于X的意见``)
    return t.startswith("关于") and re.search("《[^《]{2,40}?" + re.escape(t), text) is not None


def _plan_title(layout: Layout, lines: list[Line], after: int, lo: int, stop: int) -> str | None:
    """The title of the plan a notice issues: the title line just after its signature, quoted above it."""
    j = after + 1
    while j < stop and (_PUBLIC_NOTE.match(compact(lines[j].text)) or _ATTACHMENT.match(compact(lines[j].text))
                        or _date_of(lines[j])):  # (``附件1`` over the first plan's title)
        j += 1
    if j >= stop or not _is_title_line(lines[j].text) or not _is_quoted(lines[j].text, lines, lo, after):
        return None
    end, text = j, lines[j].text
    for k in range(j + 1, min(j + _MAX_TITLE_LINES, stop)):  # (the title wrapped: as long as the quote goes on)
        if not _is_title_line(lines[k].text) or not _is_quoted(text + lines[k].text, lines, lo, after):
            break
        end, text = k, text + lines[k].text
    return "".join(layout.original(lines[k]) for k in range(j, end + 1))


def _drop_quoted_plans(lines: list[Line], heads: list[_Head]) -> list[_Head]:
    """Titles that head no document of their own.

    A plan's title after the notice that issues it (``现将《X》印发给你们``) belongs to that notice;
    an entry of a table of contents (a title with its adoption note and nothing else, repeated
    later where the document really is) is no document.
    """
    out: list[_Head] = []
    last_seen = {compact(x.title): k for k, x in enumerate(heads) if x.title}  # a title's last head
    for k, h in enumerate(heads):
        if h.kind == "title" and h.title and _is_quoted(h.title, lines, h.start - 15, h.start) and not (
                k == 0 and _given_in_full(lines, h.start, h.title)):  # (a report's lead quoting it: its own)
            continue
        nxt = heads[k + 1].start if k + 1 < len(heads) else len(lines)
        bare = not any("。" in ln.text for ln in lines[h.end + 1 : nxt])  # titles and notes only
        if h.kind == "title" and h.title and bare and last_seen[compact(h.title)] > k:  # repeated later
            continue
        out.append(h)
    return out


def _is_gazette_front(layout: Layout, lines: list[Line]) -> bool:
    """A gazette's masthead and table of contents."""
    return any(compact(ln.text) == "目录" for ln in lines[:80]) or _gazette_title(layout, lines) is not None


def _looks_like_news(lines: list[Line]) -> bool:
    """A report: ``本报讯``, ``记者``, a paragraph that opens with its day (``4月14日，…``)."""
    return any(
        _rx()["news"].search(ln.text) or re.match(r"^\d{1,2}月\d{1,2}日[,，上下]", compact(ln.text)) for ln in lines
    )


def _signature_head(layout: Layout, lines: list[Line], stop: int) -> _Head | None:
    """An untitled document before ``stop``: a date line under an issuer, or under the body of an addressed notice."""
    if stop <= 0 or _is_gazette_front(layout, lines[:stop]):
        return None
    for k in range(min(stop, _OPENS_WITHIN)):  # (a decision whose title only the page's bar showed: its adoption
        if ADOPTED.match(compact(lines[k].text)) and _opens_text(lines, k):  # note opens the text)
            return _Head(k, k, "signature")
    addressed = False
    for j in range(stop):
        t = compact(lines[j].text)
        if _is_addressee(t):
            addressed = True
        if _date_of(lines[j]) and j > 0:
            above = compact(lines[j - 1].text)
            signed = len(above) <= 30 and _issuer_end(above) and not re.search(r"[，,。:：]", above)
            if addressed or (signed and not _looks_like_news(lines[:j])):
                return _quoted_plan_head(layout, lines, j) or _Head(0, j, "signature")
    for j in range(stop):  # (a notice a page flattened into one line, signed at its end)
        if len(lines[j].text) >= _FLAT_LINE and _flat_signature(lines[j].text):
            return _Head(0, j, "signature")
    return _described_notice(layout, lines, stop)  # (unsigned: what the page's metadata says of it)


_OPENS_WITHIN = 6  # the lines of page furniture an untitled text may open with
# An adoption note that names the meeting's body: ``（2025年2月15日某市人民代表大会常务委员会第二十一次会议通过）``.
_ADOPTED_BY = LazyPattern(rf"^[(（]{_FULL_DATE}(?P<issuer>[^()（）]{{2,40}}?"
                         r"(?:常务委员会|常委会|人民代表大会))第[\d一二三四五六七八九十百]+次(?:全体)?会议(?:通过|批准)[)）]$")
# The issuer and the date that close a notice a page flattened into one line: ``…实施。 某市人民政府 2021年9月18日``.
_FLAT_SIGNED = LazyPattern(r"[。；;]\s*(?P<issuer>[\u4e00-\u9fff]{2,30})\s*"
                          r"(?P<date>[\d〇○零一二三四五六七八九十]{4} ?年 ?[\d一二三四五六七八九十]{1,3} ?月"
                          r" ?[\d一二三四五六七八九十]{1,3} ?日)[\s|]*$")


def _flat_signature(text: str) -> tuple[int, int, str] | None:
    """Where the issuer that closes the flattened notice ``text`` stands in it, and the date (ISO) under it."""
    tail = len(text) - min(len(text), 60)
    m = _FLAT_SIGNED.search(text, tail)
    date = signing_date(m["date"]) if m and _issuer_end(m["issuer"]) else None
    return (m.start("issuer"), m.end("issuer"), date) if m and date else None


# A page's metadata field that names the issuer: ``发布机构 | 某镇 |``, ``发文机关：某县人民政府``.
_METADATA_ISSUER = LazyPattern(r"(?:^|\|)(?:发布机构|发文机关|发文单位|发文机构|成文单位)[:：|]*"
                              r"(?P<issuer>[\u4e00-\u9fff（）()]{2,30})(?:\||$)")


def _described_notice(layout: Layout, lines: list[Line], stop: int) -> _Head | None:
    """An untitled notice under the page's metadata table, which names its issuer and its date: the addressee
    opens the text right after the table (``发布机构 | 某镇 |`` ⏎ ``发文日期 | 2018-08-03 |`` ⏎ ``各村：``)."""
    issuer = date = None
    for k in range(min(stop, _METADATA_ABOVE * 3)):
        t = lines[k].text
        if _is_addressee(t) and issuer and date and k + 1 < len(lines):
            return _Head(k, k, "metadata", date=date, issuer=issuer)
        if not _is_meta(t):
            return None
        fields = _fields(t)
        if (m := _METADATA_ISSUER.search(fields)) and issuer is None and (at := t.find(m["issuer"])) >= 0:
            issuer = layout.source.text[lines[k].start + at : lines[k].start + at + len(m["issuer"])]  # (as written)
        if d := _METADATA_DATE.search(fields):
            date = date or format_date(d["y"], d["m"], d["d"])
    return None


def _quoted_plan_head(layout: Layout, lines: list[Line], j: int) -> _Head | None:
    """An untitled text signed at line ``j`` that gives in full the plan its lead quotes (``印发《X方案》…`` ⏎ ``X方案``
    ⏎ ``一、…`` ⏎ … ⏎ issuer ⏎ date): the plan, from its title on; None if no such title."""
    for k in range(1, min(j, _QUOTED_PLAN_WITHIN)):
        t = compact(lines[k].text)
        if (_title_kind(t) == "plan" and _is_title_line(lines[k].text, t)
                and _is_quoted(lines[k].text, lines, 0, k)):
            return _Head(k, j, "signature", title=layout.original(lines[k]))
    return None


_QUOTED_PLAN_WITHIN = 30  # the lines of a text's lead where a plan it quotes may start


# (a label may run into its value: ``发文字号长上政办函〔2023〕24号``)
_METADATA_NUMBER = LazyPattern(rf"(?:^|\|){_NUMBER_LABELS}[:：|]*(?P<number>{_NUMBER})(?:\|*$|(?=\|))")
_METADATA_DATE = LazyPattern(
    r"(?:^|\|)(?:成文日期|成文时间|发文日期|发文时间)[:：|]*(?P<y>\d{4})(?:年|-|/|\.)(?P<m>\d{1,2})(?:月|-|/|\.)(?P<d>\d{1,2})日?"
)


_SPACED_LABEL = LazyPattern(
    r"(?<![\u4e00-\u9fff])((?:发\s*文\s*字\s*号|发\s*文\s*号|文\s*号|文\s*件\s*编\s*号|成\s*文\s*日\s*期|发\s*文\s*日\s*期|成\s*文\s*时\s*间))"
    r"(?=[\s:：|])")


def _fields(text: str) -> str:
    """A metadata line's fields set apart by one ``|`` each, none inside a value; a label's letters spaced out to
    fill its cell (``文    号``) are joined first (the same length is not kept: read both copies alike); a box's
    rule (``│文号：…│成文日期：…``) sets fields apart as a bar does."""
    text = _SPACED_LABEL.sub(lambda m: compact(m.group(1)), text.strip().translate(_BOX_BARS))
    text = _BOXED_LABEL.sub(r"\1：", text)  # ``[ 发文字号 ] …``: a label in brackets
    text = _SPACED_NUMERALS.sub("", text)  # ``〔2021〕88 号``, ``2021 年 09 月 28 日``, as a PDF's text layer has them
    return re.sub(r"\s+", "|", text)


_BOX_BARS = str.maketrans("│┃｜", "|||")
_SPACED_NUMERALS = LazyPattern(r"(?<=\d) (?=[号號年月日])|(?<=[年月]) (?=\d)")  # a space inside a 文号's or a date's
_BOXED_LABEL = LazyPattern(r"[\[【]\s*([\u4e00-\u9fff]{2,6})\s*[\]】]\s*")


# A metadata field's label on a line of its own, its value on the line below (a page saved a field a line).
_LABEL_ALONE = LazyPattern(rf"{_NUMBER_LABELS}[:：]?")


def _label_alone(lines: list[Line], i: int) -> bool:
    """Does line ``i`` (a 文号) stand under its label alone on the line above (``文号：``)?"""
    return 0 < i < len(lines) and _LABEL_ALONE.fullmatch(compact(lines[i - 1].text)) is not None


def _number_from_metadata(layout: Layout, lines: list[Line], heads: list[_Head]) -> None:
    """A page's metadata table (``发文字号：某政办发〔2023〕12号``) numbers the document titled just below or above it
    that has no 文号 of its own; a page of several documents, each under its table, numbers each.

    Fields may share a line, set apart by spaces (``发文字号：… 成文日期：…``); a 成文日期 there dates an
    unsigned document.
    """
    for i, ln in enumerate(lines[:40]):
        fields = _fields(ln.text)
        if _label_alone(lines, i + 1):  # (``文号：`` ⏎ ``某街〔2021〕7号``: the field's value on the line below)
            ln = lines[i + 1]
            fields = _fields(f"文号：{ln.text}")
        m = _METADATA_NUMBER.search(fields)
        if not m:
            continue
        for h in heads:
            # above or just below (a table of a label and its value a line: a dozen lines)
            # (or, for a signed notice without a title, inside its head: the metadata over its body)
            if h.number is None and (i < h.start <= i + 12 or h.end < i <= h.end + 12
                                     or (h.kind in ("signature", "metadata") and h.start <= i <= h.end)):
                # (the number as written: found in the line, whose working copy is the file's letter for letter;
                # the fields' copy joined a label's spaced letters, ``文　號``, and so shifted what follows)
                at = re.search(r"\s*".join(map(re.escape, m.group("number"))), ln.text)
                raw = layout.source.text[ln.start + at.start() : ln.start + at.end()] if at else m.group("number")
                h.number = compact(raw)
                for k in range(min(i, h.start), max(h.start, i + 2)):
                    d = _METADATA_DATE.search(_fields(lines[k].text))
                    if d:
                        h.date = format_date(d["y"], d["m"], d["d"])
                break  # (a page of several documents: each metadata table numbers its own)


# A page's metadata at its foot as a table flattened to lines: a row of column labels, then the values
# (``索引号  文号  发布机构  发布日期`` ⏎ ``N000-2011-000001 某政〔2011〕7号`` ⏎ ``某市人民政府办公室 2011-03-04``).
_COLUMN_LABELS = frozenset({"索引号", "发布机构", "发文机关", "发布日期", "成文日期", "公开方式", "主题分类"})
_FOOT_LINES = 40  # how far above the end of the text a page's foot may start


def _number_from_foot(layout: Layout, lines: list[Line], heads: list[_Head]) -> None:
    """The 文号 in a metadata table at the foot of a page (column labels, then their values) numbers the page's
    only document, when it has none of its own."""
    if len(heads) != 1 or heads[0].number is not None:
        return
    for i in range(max(heads[0].end + 1, len(lines) - _FOOT_LINES), len(lines) - 1):
        if "号" not in lines[i].text:
            continue
        labels = set(_fields(lines[i].text).split("|"))
        if not (labels & {"文号", "发文字号", "发文号"} and labels & _COLUMN_LABELS):
            continue
        for ln in lines[i + 1 : i + 3]:
            m = re.search(_NUMBER, ln.text)
            if m is not None:  # (as written: ``號`` in traditional characters)
                heads[0].number = compact(layout.source.text[ln.start + m.start() : ln.start + m.end()])
                return
        return


# A repost's lead quoting the notice it reposts: ``印发《关于成立X的通知》（某政办函〔2024〕27号），全文如下``.
_QUOTED_TITLE_NUMBER = LazyPattern(rf"《(?P<title>[^《》]{{6,80}})》[(（](?P<number>{_NUMBER})[)）]")


def _number_from_quote(layout: Layout, lines: list[Line], heads: list[_Head]) -> None:
    """A titled document without a 文号 takes the one a lead just above quotes with the same title (a repost or a
    news page that gives the notice in full)."""
    for h in heads:
        if h.kind != "title" or h.number is not None or not h.title:
            continue
        title = compact(working_copy(h.title)).lstrip(BULLETS)
        for k in range(max(0, h.start - 6), h.start):
            t = layout.original(lines[k])
            if "《" not in t:
                continue
            for m in _QUOTED_TITLE_NUMBER.finditer(t):
                if compact(working_copy(m.group("title"))) in title:
                    h.number = m.group("number")


def _heads(layout: Layout, lines: list[Line]) -> list[_Head]:
    heads: list[_Head] = []
    taken: set[int] = set()
    floor = -1
    numbers = [i for i, ln in enumerate(lines) if _number_of(ln.text) and not _label_alone(lines, i)]
    position = {ln.start: i for i, ln in enumerate(lines)}  # a line's index, without a scan per 文号
    reports = _report_starts(lines)
    for idx in sorted(numbers + reports):
        if idx in reports:
            heads.append(_Head(idx, idx + 1, "report"))
            taken.update((idx, idx + 1))
            floor = idx
            continue
        m = _number_of(lines[idx].text)
        assert m is not None
        raw = layout.original(lines[idx])
        number = raw[1:-1] if _BRACKETED_NUMBER.match(compact(lines[idx].text)) else _number_text(raw)
        above = _title_lines(lines, idx, floor)
        below = _title_below(lines, idx) if not above or not _titled(above) or _issuers_only(above) else []
        if above and below:  # (the last lines of the text before, a table's row, above a title under the 文号)
            if _rx()["about"].match("".join(compact(ln.text) for ln in below)):
                above = []
            else:
                below = []
        if above and _page_title_over(above, below := below or _title_below(lines, idx)):
            above = []  # (a saved page's title bar, ``X_政务公开``, above the 文号 that heads the title X below it)
        title_lines = above or below
        title = "".join(layout.original(ln) for ln in title_lines) or None
        if title:  # (``标 题⇥X的通知`` in a page's metadata above the 文号)
            title = _without_title_label(title, title_lines[0])
        cut = title_bar(above[0].text) if len(above) == 1 else None
        if cut is not None:  # (the title without its site's sections)
            title = layout.original(Line(above[0].number, above[0].start, above[0].text[:cut], above[0].width))
        start = position[above[0].start] if above else idx
        end = position[below[-1].start] if below else idx
        heads.append(_Head(start, end, "number", number=number, title=title, number_idx=idx))
        taken.update(range(start, end + 1))
        floor = idx
    heads += _title_heads(layout, taken)
    heads += _flat_heads(layout, lines, heads, taken)
    heads.sort(key=lambda h: h.start)
    heads = _drop_quoted_plans(lines, heads)
    first = heads[0].start if heads else len(lines)
    sig = _signature_head(layout, lines, first)
    if sig is not None:
        heads.insert(0, sig)
    _number_from_metadata(layout, lines, heads)  # (a head without a 文号 of its own: a page's metadata numbers it)
    _number_from_foot(layout, lines, heads)
    _number_from_quote(layout, lines, heads)
    return heads


_BULLET = LazyPattern(rf"^[{BULLETS}]+\s*")
_TITLE_TAG = LazyPattern(r"^\s*[【\[][^【】\[\]]{2,30}[】\]]\s*")  # a site's tag: ``【总体预案】``, ``[转载]``
# A 文号 a page glued to the front of the title it numbers (``梁政发【2023】7号关于印发…的通知``).
_GLUED_NUMBER = LazyPattern(rf"^(?P<number>{_NUMBER})\s*(?=关于)")


def _document(layout: Layout, lines: list[Line], head: _Head, stop: int) -> Notice:
    first = head.start
    if head.kind == "report":  # a report: title, then the dated line
        title: str | None = layout.original(lines[first])
        m = _REPORT_DATE.match(compact(lines[first + 1].text))
        date = format_date(m["y"], m["m"], m["d"]) if m else None
        speaker = compact(lines[first + 2].text) if first + 2 < stop else ""
        im = re.match(r"^(.{2,15}?人民政府)", speaker)
        issuer = im.group(1) if im else None
        return Notice(
            layout,
            lines[first].number,
            lines[stop - 1].number,
            None,
            title,
            issuer,
            date,
            number_line=lines[first].number,
        )
    title = _BULLET.sub("", head.title) if head.title else head.title  # (``▌某县人民政府办公室关于…``)
    if title and (tag := _TITLE_TAG.match(title)) and _TITLE_START.match(compact(title[tag.end() :])):
        title = title[tag.end() :]  # (``【市政府重点工作】某市人民政府关于…的通知``: a site's tag before the title)
    number, number_idx = head.number, head.number_idx
    if title and number is None and (glued := _GLUED_NUMBER.match(title)):
        number, title = compact(glued.group("number")), title[glued.end() :]  # (``某政发【2023】7号关于印发…``)
        number_idx = head.start
    date, signature, sig_idx = _signature(layout, lines, head.end + 1, stop)
    if head.kind == "signature" and (note := _ADOPTED_BY.match(compact(lines[head.end].text))):
        date, sig_idx = format_date(note["y"], note["m"], note["d"]), head.end
        signature = compact(layout.original(lines[head.end]))[note.start("issuer") : note.end("issuer")]  # (as written)
    elif head.kind == "signature" and (flat := _flat_signature(lines[head.end].text)):
        at, sig_idx = lines[head.end].start, head.end
        signature, date = layout.source.text[at + flat[0] : at + flat[1]], flat[2]  # (the issuer as written)
    elif head.kind == "signature":
        date, sig_idx = _date_of(lines[head.end]), head.end
        above = compact(lines[head.end - 1].text)
        signature = layout.original(lines[head.end - 1]) if _issuer_end(above) and len(above) <= 30 else None
    if title is None and sig_idx is not None:
        title = _plan_title(layout, lines, sig_idx, first, stop)
    if date is None:
        after = _after_title(lines, head.end + 1, compact(title or ""))
        date = _adopted(lines, after, min(stop, after + 2)) or head.date
    if head.kind == "metadata":
        issuer = head.issuer
    elif head.kind == "signature":
        issuer = signature if signature and _issuer_end(compact(signature)) else None
    else:
        issuer = _issuer(compact(title or ""), signature)
    return Notice(
        layout=layout,
        first_line=lines[first].number,
        last_line=lines[stop - 1].number,
        doc_number=number,
        title=title,
        issuer=issuer,
        date=date,
        number_line=lines[number_idx].number if number_idx is not None else None,
    )


def _other_parts(layout: Layout, lines: list[Line], lo: int, hi: int) -> list[Notice]:
    """The part before the first document: front matter, a news report, an excerpt; an attachment apart."""
    if hi <= lo:
        return []
    part = lines[lo:hi]
    if lo == 0 and _is_gazette_front(layout, part):
        return [
            Notice(
                layout,
                part[0].number,
                part[-1].number,
                None,
                _gazette_title(layout, part),
                None,
                None,
                is_document=False,
            )
        ]
    cut = next(
        (
            k
            for k in range(len(part) - 1)
            if _ATTACHMENT.match(compact(part[k].text)) and _is_title_line(part[k + 1].text)
        ),
        None,
    )
    pieces = [(part, None)]
    if cut is not None:
        pieces = [(part[:cut], None), (part[cut:], layout.original(part[cut + 1]))]
    out = []
    for piece, title in pieces:
        if not piece:
            continue
        quoted = {compact(m.group(0)) for ln in piece for m in _QUOTED_NUMBER.finditer(layout.original(ln))}
        number = quoted.pop() if len(quoted) == 1 else None
        out.append(Notice(layout, piece[0].number, piece[-1].number, number, title, None, None, is_document=False))
    return out


def segment(layout: Layout) -> list[Notice]:
    """The documents of a text, in order, and the parts that are none, covering it from first to last line."""
    lines = list(layout.lines)
    if not lines:
        return []
    heads = _heads(layout, lines)
    notices = _other_parts(layout, lines, 0, heads[0].start if heads else len(lines))
    for k, head in enumerate(heads):
        stop = heads[k + 1].start if k + 1 < len(heads) else len(lines)
        notices.append(_document(layout, lines, head, stop))
    return notices


def _gazette_title(layout: Layout, lines: list[Line]) -> str | None:
    """``稷山县人民政府公报2022年第4期（总第8期）``: masthead name plus the issue line."""
    name = None
    for raw in layout.source.text.split("\n")[: lines[-1].number if lines else 0]:
        t = compact(raw)
        if name is None and t.endswith("公报") and len(t) <= 20:
            name = t
        elif re.match(r"^\d{4}年第\d+期", t):
            return (name or "") + t
    return name
