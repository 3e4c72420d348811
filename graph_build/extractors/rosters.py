"""Rosters: who (or which unit) sits on a task force, leading group, command or board.

Two kinds of text name the members of a body:

* labelled rosters, one slot per line (``组长：王润 县委副书记、政府县长``),
  where unlabelled lines inherit the role above them, headings name the body
  and its sub-groups (``综合保障组``), and a slot may name units instead of people
  (``组长：县应急管理局主要负责人``, ``成员单位：A、B、C``). They are read here,
  line by line, since the PDF layout breaks their paragraphs unpredictably;
* prose (``成立…领导小组，组长由…担任``), read by ``roster_prose``.

A person gives a ``membership`` fact, a unit a ``unit_membership`` fact. A slot
that names only a post (``指挥长：县委常委、副县长``) gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from graph_build.extractors import column_table, roster_prose
from graph_build.extractors.assignment_cells import fragments, merge_single_chars
from graph_build.extractors.assignment_grid import Cell, bordered_cells
from graph_build.extractors.base import Context
from graph_build.extractors.roster_lexicon import (
    PAGE_METADATA,
    Lexicon,
    founded_start,
    generic_body,
    lexicon,
    parse_people,
    short_for,
    title_truncated,
    unit_parts,
)
from graph_build.layout import TERMINAL, Block, Line, display_width, working_copy
from graph_build.notices import Notice
from graph_build.patterns import BULLETS, alternation
from graph_build.people import (
    HAN,
    PersonSpan,
    compact,
    dotted_name,
    is_name,
    long_name,
    only_people,
    people_in_slot,
    split_name_post,
    strip_span,
    title_like,
    title_spans,
)
from graph_build.records import Fact, Membership, UnitMembership
from graph_build.units import UNIT_SUFFIX, top_level_split

NAME = "rosters"
VERSION = "1"

_NUMBERING = re.compile(
    r"^(?:\d+(?:\.\d+)+\s*|\d+\s+|[(（][一二三四五六七八九十\d]+[)）]\s*|[一二三四五六七八九十]+[、.．]\s*|\d+[、.．]\s*"
    r"|第[一二三四五六七八九十\d]+[章节部分]\s*)"
)
_LIST_SEPARATORS = ("、", "，", ",")
_SLOT_END = re.compile(r"[；;]")  # (a slot ended on the line: its labels run in)
_RUN_IN_LABEL = re.compile(r"[；;][^：:；;。]{0,6}[:：]")  # ``；成员：`` on the next line
_SEQUENCE = "序号"
_MEMBER_ROLES = ("成员", "委员")
_PLACEHOLDER = re.compile(r"[\[【(（][\u4e00-\u9fff]{1,4}[\]】)）]")  # ``[图片]``, ``【视频】``: a page's media
_MODIFIED = "常务"  # a role made senior (``常务副主任``)
_BARE_ROLE_COLUMN = "职务"
# A column of a roster's table that says each row's role in the body (``安委会职务``, ``在领导小组职务``), besides
# the vocabulary's ``role_columns``: a body's kind, then 职务.
_ROLE_COLUMN = re.compile(r"(?:在|本)?[\u4e00-\u9fff]{0,8}(?:组|委|会|部|班)(?:内|中)?职务")
_NAME_CELL = re.compile(r"[\u4e00-\u9fff]{2,4}")  # what a table's name column holds for a person
_UNREAD = re.compile(r"[□▇■█]")  # a letter a scan could not read
_LISTED_BODIES = re.compile(r"、|[\d一二三四五六七八九十两]+个")  # a list or a count of bodies, no body's name
_QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]")  # (``“双随机、一公开”监管工作联席会议``: a list inside quotes is a name's)
_HEADED_END = re.compile(r"(?:主要|分管|有关)?负责(?:同志|人)$")  # units named through their heads
_LEADERS_GROUP = "领导"  # a table's group of the body's own leaders (``专班领导``)
_OFFICE_WORD = "办公室"
_OFFICE_HEADS = ("主任", "副主任")  # the office's heads, named on the body (``办公室主任``)
# A remark that gives a member a second role, the office's head (``兼指挥部办公室主任``, ``兼任办公室副主任``).
_OFFICE_REMARK = re.compile(r"^\s*兼(?:任)?[\u4e00-\u9fff]{0,12}?(办公室(?:常务)?副?主任)\s*$")
# A row of a grouped roster table: its group and role (merged cells: those above), the row's block, and the spans in
# it of the name (or unit) and of the posts (or the unit's head).
_GroupRow = tuple[str | None, str, Block, tuple[int, int], tuple[int, int]]
# A heading over a list of member units, each with its duty: ``二、成员单位及职责``, ``成员单位主要职责``.
_DUTIES_OF_MEMBERS = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])?成员单位(?:及其?|和)?(?:主要)?职责[:：]?$")
_UNIT_THEN_DUTY = re.compile(r"^\s*(?P<unit>[^：:，,。；;]{2,30}?)[:：]\s*(?:负责|承担|牵头|配合|协助|指导|做好|组织)")
_RULE = re.compile(r"[\s|:\-—]{3,}")
_GRID_RULE = re.compile(r"\+[-=:]+(?:\+[-=:]+)*\+")  # a grid table's rule between its rows (``+------+------+``)
_CONTENTS = re.compile(r"^目录$|[…．.·]{3,}\d+$")  # a gazette's contents: its heading, an entry and its page
_SECTION_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])")
_UNIT_ROLE_ENDS = ("单位", "成员")  # how every unit role ends (``unit_roles``: 成员单位, 责任单位成员)
_ATTACHMENT = re.compile(r"^附\s*件\s*[\d一二三四五六七八九十]*\s*[:：]?\s*$")
_PROSE_PUNCT = re.compile(r"[，,。；;！？!?]")
_SENTENCE_PUNCT = re.compile(r"[。；;！？!?]")
_LEVEL_PREFIX = re.compile(r"^(?:县级|市级|区级|乡级|镇级|村级|乡镇级|县|市|乡|镇)$")
_MAX_UNIT_LINES = 14
# An excerpt may start inside a list of members: two rows of a name and a post, the first among this many lines.
_EXCERPT_START_LINES = 3
# An unlabelled line that tells a founding in prose rather than listing members (the prose reader reads it).
_PROSE_ROW = re.compile(
    r"由[^,，。;；]{0,30}?(?:任|担任|兼任)[^,，。;；]{0,6}[,，。;；]|为成员单位|组成[:：,，。]|共同组成"
)
_BY = re.compile(r"\s*由(?P<slot>[^，,。；;]+?)(?:担任|兼任)?[。；;]?\s*$")
_LEADING_VERB = re.compile(r"^(?:经研究|决定|同意|对|将|成立|调整|关于|现将|进行|后的)")
_PROSE_WORDS = re.compile(r"(由|组成(?!员)|担任|兼任|下设|设在|按照|根据|职责|要求|负责(?!人|同志))")
# A line that opens with a unit's level, after one that ends with a post: a members' list of posts set one a line,
# not one list wrapped.
_UNIT_OPENS = re.compile(r"^(?:县|市|区|州|旗|盟|省|乡|镇|各|国网|中国|国家)")


# -- labels ----------------------------------------------------------------


@dataclass
class Label:
    start: int  # where the label begins in the text
    end: int  # where its content begins
    role: str  # as labelled, without whitespace (``副组长``, ``办公室主任``)
    office: bool  # the slot belongs to the body's office (``工作专班办公室成员：``)
    unit_only: bool  # ``成员单位``, ``牵头单位``
    role_span: tuple[int, int] = (0, 0)  # the role in the line, as written (with 办公室 or 县级 if part of it)
    norm: str = ""  # the role in the working copy (simplified), for comparisons
    body_span: tuple[int, int] | None = None  # a body named before the role (``县城管委成员单位：``)
    group_span: tuple[int, int] | None = None  # a sub-group named before the labels, apart (``综合协调组    组长：``)


class _Patterns:
    def __init__(self, lex: Lexicon):
        mods = lex.modifier_alt
        self.label = re.compile(
            rf"^(?P<num>(?:[(（]?[一二三四五六七八九十\d]+[)）.、．]\s*|第[一二三四五六七八九十百\d]+条\s*)?)"
            rf"(?P<prefix>[^\s:：，。、;；]{{0,14}}?)(?P<mod>{mods})?(?P<role>{lex.role_alt})\s*(?:为|是|包括)?\s*"
            # (``委员（按姓氏笔画排序）：``, ``成员单位（各单位…为专班成员）：``)
            r"(?:[(（](?:按|以|各)[^)）:：]{1,20}[)）]\s*)?[:：]"
        )
        self.inner_label = re.compile(
            rf"(?:(?<=\s)|(?<=[，,；;。]))(?P<prefix>办公室)?(?P<mod>{mods})?(?P<role>{lex.role_alt})\s*[:：]"
        )
        bare = "|".join(r"\s*".join(map(re.escape, r)) for r in sorted(lex.bare_label_roles, key=len, reverse=True))
        self.bare_label = re.compile(rf"^\s*(?P<mod>{mods})?(?P<role>{bare})\s+(?=\S)")
        self.glued_label = re.compile(rf"^\s*(?P<mod>{mods})?(?P<role>{bare})(?=[{HAN}])")
        # The characters either of them starts with after the spaces (a cheap test before the patterns).
        self.bare_start = frozenset(w[0] for w in (*lex.role_modifiers, *lex.bare_label_roles))
        # ``王　润（组长）　县委副书记、县长``: a name, its role in brackets, its posts
        self.name_role = re.compile(
            rf"^\s*(?P<name>[{HAN}](?:[\s\u3000]?[{HAN}]){{1,3}})[(（]\s*(?P<role>(?:{mods})?(?:{lex.compact_role_alt}))"
            r"\s*[)）]")
        self.body_ref = re.compile(rf"^[{HAN}“”\d]{{0,12}}?(?:{lex.body_suffix_alt})?(?:办公室)?$")
        groups = "|".join(map(re.escape, lex.group_suffixes))
        # ``综合协调组    组长：…``, ``（一）产业扶贫组　组长：…``: a sub-group named before the labels, set apart by
        # spaces (a label must follow: ``find_labels``)
        self.group_before = re.compile(
            rf"^(?:[(（][一二三四五六七八九十\d]{{1,3}}[)）]|[一二三四五六七八九十]{{1,3}}、|\d{{1,2}}[.、．])?\s*"
            rf"(?P<group>[{HAN}]{{2,10}}(?:{groups}))\s+")
        self.group = re.compile(
            rf"^[{HAN}“”\d、]{{1,14}}?(?:{groups})(?:[(（][^)）]{{1,10}}[)）])?$"
        )
        # (a place name's 县/市/区, not the first character of a word: ``市容环境组``, ``市场监管组``, ``区域协作组``)
        self.main_body = re.compile(
            rf"(?:^[{HAN}]{{0,6}}?[县市区](?!容|场|域|级|直|属|政(?!府))|领导小组|指挥部|委员会|联席会议|领导组|编委会)")
        self.found = re.compile(
            rf"(?:{alternation(lex.founding_words)})+(?:了)?(?P<body>[^，,。；;:：(（\s]{{2,50}}?(?:{lex.body_suffix_alt}))"
            r"(?=[（(，,。；;:：\s]|$|以下|下设|负责|作为|成员|组成人员|人员|的通知|制度)"
        )
        self.founding_prefix = re.compile(rf"^(?:{alternation(lex.founding_words)})+了?")
        self.office_heading = re.compile(
            rf"^(?:[(（]?[一二三四五六七八九十\d]+[)）.、．]?)?(?P<body>[{HAN}“”\d]{{2,50}}?(?:{lex.body_suffix_alt}))"
            r"办公室(?:组成人员名单|组成人员|成员名单|人员名单|成员|人员)[:：]?$"
        )
        # ``二、专班办公室`` / ``（二）领导小组办公室``: a section of the roster for the body's office
        self.office_section = re.compile(
            rf"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])[{HAN}“”\d]{{0,40}}?"
            rf"(?:{lex.body_suffix_alt})办公室[:：]?$"
        )
        self.abbrev = re.compile(  # (``现对某县安全生产委员会（以下简称县安委会）…``: the body after the verb)
            rf"^(?:现对|现将|对|将)?(?P<body>[^，,。；;:：(（\s]{{2,50}}?(?:{lex.body_suffix_alt}))[(（]以下简称[^)）]*[)）]"
        )
        self.title_found = re.compile(
            rf"(?:成立|调整|组建)(?P<body>[^，,。；;:：(（\s]{{2,60}}?(?:{lex.body_suffix_alt}))"
            r"(?:组成人员|成员|人员)?的(?:通知|决定|批复)"
        )


_PATTERNS: _Patterns | None = None


def patterns() -> _Patterns:
    global _PATTERNS
    if _PATTERNS is None:
        _PATTERNS = _Patterns(lexicon())
    return _PATTERNS


def _label_of(m: re.Match[str], prefix: str, lex: Lexicon) -> Label | None:
    role = compact(m.group("role"))
    mod = m.group("mod") or ""
    office = prefix.endswith("办公室")
    unit_only = role in lex.unit_roles
    # a body named by its short name ends in 委 (``县食安委成员单位：``: 食品安全委员会)
    short = unit_only and prefix.endswith("委") and len(prefix) >= 3
    if (
        prefix
        and not office
        and not _LEVEL_PREFIX.match(prefix)
        and not (patterns().body_ref.match(prefix) and (lex.body_re.search(prefix) or short))
    ):
        return None
    role_lo = m.start("mod") if mod else m.start("role")
    role_hi = m.end("role")
    if office and role in ("主任", "副主任", "常务副主任"):
        return Label(m.start(), m.end(), "办公室" + mod + role, False, unit_only, (m.end("prefix") - 3, role_hi))
    if _LEVEL_PREFIX.match(prefix):
        return Label(m.start(), m.end(), prefix + mod + role, office, unit_only, (m.start("prefix"), role_hi))
    named = (m.start("prefix"), m.end("prefix")) if prefix and not office else None
    return Label(m.start(), m.end(), mod + role, office, unit_only, (role_lo, role_hi), body_span=named)


def find_labels(text: str, lex: Lexicon | None = None) -> list[Label]:
    """The roster labels of a line: one at its start, and any later ones after a space (``组长：A 副组长：B``)."""
    if ":" not in text and "：" not in text:  # every label ends with a colon
        return []
    lex = lex or lexicon()
    pats = patterns()
    m = pats.label.match(text)
    group = None
    if not m and (group := pats.group_before.match(text)) is not None:  # ``综合协调组    组长：…    成员单位：…``
        m = pats.inner_label.match(text, group.end())
    if not m:
        return []
    first = _label_of(m, m.group("prefix") or "", lex)
    if first is None:
        return []
    if group is not None:
        first.group_span = group.span("group")
    out = [first]
    for im in pats.inner_label.finditer(text, m.end()):
        lab = _label_of(im, im.group("prefix") or "", lex)
        if lab is not None:
            out.append(lab)
    return out


def bare_label(text: str, lex: Lexicon | None = None) -> Label | None:
    """``主任 刘林松``: an editorial-board role without a colon, followed by names."""
    if text.lstrip()[:1] not in patterns().bare_start:
        return None
    lex = lex or lexicon()
    m = patterns().bare_label.match(text)
    if m:
        toks = text[m.end() :].split()
        units = bool(toks) and bool(UNIT_SUFFIX.search(re.split("[、，,]", toks[0])[0]))
        if compact(m.group("role")) in lex.unit_roles:  # ``成员单位    市公安局交警大队、市交通运输局``
            if not units:
                return None
        elif not toks or not (_is_token_name(toks, 0, lex) or units):  # (``成    员    县委宣传部、…``)
            return None
    else:
        m = patterns().glued_label.match(text)
        toks = text[m.end() :].split() if m else []
        # ``成员刘庆生 市精神文明办主任`` (the space lost, as OCR loses it): only a whole name with a known
        # surname right after the role, and a post after it
        if len(toks) < 2 or not is_name(toks[0], strict=True) or not title_like(toks[1]):
            return None
    role_lo = m.start("mod") if m.group("mod") else m.start("role")
    role = (m.group("mod") or "") + compact(m.group("role"))
    return Label(0, m.end(), role, False, role in lex.unit_roles, (role_lo, m.end("role")))


@lru_cache(maxsize=1)
def _column_names(lex: Lexicon) -> re.Pattern[str]:
    names = {*lex.group_columns, *lex.roles, *lex.group_table_other, *lex.post_columns, _SEQUENCE}
    return column_table.longest_first(tuple(sorted(names)))


def _is_token_name(toks: list[str], i: int, lex: Lexicon) -> bool:
    t = toks[i]
    if len(t) == 1 and i + 1 < len(toks) and len(toks[i + 1]) == 1:
        return is_name(t + toks[i + 1], strict=True)
    # (a long name of the autonomous regions' peoples, ``泽仁多吉``, only with a post after it)
    return is_name(t, strict=True) or (long_name(t) and i + 1 < len(toks) and title_like(toks[i + 1]))


# -- the scan --------------------------------------------------------------


@dataclass
class _Row:
    lines: list[Line]
    role: str
    body: str
    group: str | None
    office: bool
    unit_only: bool
    starts: list[tuple[int, Label | None]] = field(default_factory=list)  # (line index in row, label)
    glued: bool = False  # an unlabelled line of one person, posts glued before the name (``区政府副区长党文博``)


@dataclass
class ScanResult:
    facts: list[Fact]
    consumed: set[int]  # line numbers read as roster rows or headings
    bodies: list[tuple[int, str]]  # (line number, body) in force from that line on


_YEAR_MONTH = re.compile(r"\d{4}\s*年\s*\d+\s*月")


def _heading_like(text: str) -> bool:
    return _flat_heading_like(compact(text))


def _flat_heading_like(t: str) -> bool:
    """``_heading_like`` of a line already without whitespace."""
    if not 3 <= len(t) <= 42 or _PROSE_PUNCT.search(t) or ":" in t or "：" in t:
        return False
    return not t.startswith("附件") and "关于" not in t and not ("年" in t and _YEAR_MONTH.search(t))


def body_from_heading(text: str, lex: Lexicon | None = None) -> tuple[int, int] | None:
    """The body a roster heading names: ``稷山县…工作专班人员组成`` -> ``稷山县…工作专班`` (span)."""
    lex = lex or lexicon()
    m = _NUMBERING.match(text)
    lo = m.end() if m else 0
    s = text[lo:]
    for bm in lex.body_re.finditer(s):
        rest = compact(s[bm.end() :])
        if rest.startswith("办公室"):
            return None
        if lex.tail_re.match(rest):
            if re.search("[由为是]", s[: bm.start()]):
                return None  # ``全县指挥体系由县指挥部及``: a sentence cut by a line break
            return lo, lo + bm.end()
    return None


class _Scanner:
    def __init__(self, notice: Notice, ctx: Context):
        self.notice = notice
        self.ctx = ctx
        self.lex = lexicon()
        # Cells of a flattened table (``组长 | 张三 | 县长 |``) read as spaced columns.
        self.lines = [replace(ln, text=_bars_as_spaces(ln.text)) if "|" in ln.text else ln for ln in notice.lines]
        self.flat = [_without_bars(flat) for flat in notice.flat_lines]  # each line without whitespace
        # A line opened by a bullet (``◆副指挥长：…``, ``●宣传发动组``): read without it; it still ends a list of units
        self.bulleted = {i for i, flat in enumerate(self.flat) if flat[:1] in BULLETS}
        for i in self.bulleted:
            ln = self.lines[i]
            text = ln.text.lstrip(BULLETS).lstrip()
            self.lines[i] = replace(ln, text=text, start=ln.start + len(ln.text) - len(text))
            self.flat[i] = self.flat[i].lstrip(BULLETS)
        self.source = notice.layout.source
        self.body: str | None = None
        self.group: str | None = None
        self.role: Label | None = None
        self.rows: list[_Row] = []
        self.consumed: set[int] = set()
        self.bodies: list[tuple[int, str]] = []
        # A line's people and whether it is a row of them: the scan asks this of a line several times.
        self._line_people: dict[int, list[PersonSpan] | None] = {}
        self._person_rows: dict[int, bool] = {}
        self.office: str | None = None  # ``办公室`` as written, under a heading ``X领导小组办公室成员``
        self.group_ends = (*self.lex.group_suffixes, ")", "）")
        self.label_alone: int | None = None  # the index of a line that is a label alone (``成员单位：``)
        self.table_facts: list[Fact] = []  # the facts read whole from a row (``roster_table``, ``name_then_role``, …)
        self.person_members = False  # a row of people labelled 成员 or 委员 was read
        self.table_starts = (*self.lex.group_columns, _SEQUENCE, *self.lex.roles)  # (what such a header opens with)

    # - line kinds -

    def labels(self, i: int) -> list[Label]:
        if not 0 <= i < len(self.lines):
            return []
        text = self.lines[i].text
        labs = find_labels(text, self.lex)
        if not labs:
            bare = bare_label(text, self.lex)
            labs = [bare] if bare else []
        if labs and PAGE_METADATA.search(text):
            return []
        if labs and self.lex.page_credits(labs[0].norm, self.body):
            return []  # ``编辑：覃美玲　　责任编辑：黄志强``: a news page's credits, no editorial board's roster
        if not labs and text.endswith(_UNIT_ROLE_ENDS) and self._unit_heading(_NUMBERING.sub("", compact(text), 1)):
            labs = find_labels(text + "：", self.lex)  # ``二、成员单位`` above its list: the label without its colon
        if labs:  # the role as written (``組長`` in a traditional text)
            block = Block.from_lines(self.source, [self.lines[i]])
            for lab in labs:
                lab.norm = lab.norm or lab.role
                written = block.original(*lab.role_span)
                if compact(working_copy(written)) == lab.role:
                    lab.role = written
                if self.office and not lab.office and lab.body_span is None and not lab.norm.startswith("办公室"):
                    if lab.norm in ("主任", "副主任", "常务副主任"):  # the office's director: on the main body
                        lab.role, lab.norm = self.office + lab.role, "办公室" + lab.norm
                    else:
                        lab.office = True  # a member of the office: ``<body>/办公室``
        return labs

    def _unit_heading(self, t: str) -> bool:
        """``成员单位``, or the body in force named short before it (``指挥部成员单位``): a heading over a unit list."""
        if t in self.lex.unit_roles:
            return True
        role = next((r for r in self.lex.unit_roles if t.endswith(r)), None)
        short = t[: len(t) - len(role)] if role else ""
        return bool(short) and (short in self.lex.body_suffixes or (
            self.body is not None and short_for(short, self.body)))

    def set_body(self, body: str, line: int) -> None:
        self.office = None
        body = compact(body)
        founded = patterns().founding_prefix.match(working_copy(body))
        if founded and founded.end() < len(body):  # ``一、成立某县森林防火指挥部``: the verb is not the name
            body = body[founded.end() :]
        if generic_body(body) or self.lex.administration(body):
            return
        if self.body and short_for(body, self.body):
            self.group = None  # ``领导小组成员``, ``县指挥部成员``: the body in force, named short
            return
        if body and body != self.body:
            self.body = body
            self.bodies.append((line, body))
        self.group = None

    def heading(self, i: int) -> tuple[str, int] | None:
        """(body, lines used) if line ``i`` (with the next) is a roster heading."""
        ln = self.lines[i]
        if not _flat_heading_like(self.flat[i]):
            return None
        span = body_from_heading(ln.text, self.lex)
        if span:
            return Block.from_lines(self.source, [ln]).original(*span), 1
        nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
        if (nxt and nxt.number == ln.number + 1 and _flat_heading_like(self.flat[i + 1]) and not self.labels(i + 1)
                and not _NUMBERING.match(nxt.text)):  # (``（见附件）`` ⏎ ``二、领导小组职责``: a heading of its own)
            block = Block.from_lines(self.source, [ln, self.lines[i + 1]])
            span = body_from_heading(block.text, self.lex)
            if span and span[1] > len(ln.text):
                return block.original(*span), 2
        return None

    def _role_by(self, flat: str) -> bool:
        """Does a line (without whitespace) open with a role filled in prose (``组长由…``)?"""
        role = next((r for r in self.lex.roles if flat.startswith(r)), None)
        return role is not None and flat.startswith("由", len(role))

    def office_heading(self, i: int) -> tuple[str, str] | None:
        """(body, ``办公室`` as written) if line ``i`` heads the roster of a body's office (``X领导小组办公室成员``)."""
        ln = self.lines[i]
        m = patterns().office_heading.match(self.flat[i]) if "办公室" in self.flat[i] else None
        if not m or not _heading_like(ln.text.rstrip(":：")):
            return None
        block = Block.from_lines(self.source, [ln])
        raw = compact(block.original(0, len(ln.text)))
        return raw[m.start("body") : m.end("body")], raw[m.end("body") : m.end("body") + 3]

    def group_heading(self, i: int) -> str | None:
        if not self.flat[i].endswith(self.group_ends):  # (how ``patterns().group`` ends: a cheap test first)
            return None
        ln = self.lines[i]
        m = _NUMBERING.match(ln.text)
        lo = m.end() if m else 0
        name = compact(ln.text[lo:]) if lo else self.flat[i]
        if not patterns().group.match(name) or patterns().main_body.search(name):
            return None
        # (its labels next, or its slot told in prose: ``05 督查考评组`` ⏎ ``组长由县委常委…担任``)
        if not self.labels(i + 1) and not (i + 1 < len(self.flat) and self._role_by(self.flat[i + 1])):
            return None
        return Block.from_lines(self.source, [ln]).original(lo, len(ln.text))

    def body_in_prose(self, text: str) -> str | None:
        m = patterns().abbrev.match(text) if "以下简称" in text else None
        if m:
            return m.group("body")
        if not self.lex.founding_re.search(text):  # ``found`` needs a founding word
            return None
        found = None
        for fm in patterns().found.finditer(text):
            found = fm
        if not found or _LISTED_BODIES.search(_QUOTED.sub("", found.group("body"))):
            return None  # (``设立宣传组、整治组2个专项工作组``: groups listed, no body named)
        body = found.group("body")
        return body[founded_start(body) :]

    def line_people(self, i: int) -> list[PersonSpan] | None:
        """The people of the whole line ``i`` (``parse_people``), read once; not to be changed."""
        if i not in self._line_people:
            text = self.lines[i].text
            self._line_people[i] = parse_people(text, 0, len(text), self.lex)
        return self._line_people[i]

    def person_row(self, i: int) -> bool:
        if i not in self._person_rows:
            self._person_rows[i] = self._person_row(i)
        return self._person_rows[i]

    def _person_row(self, i: int) -> bool:
        if self.labels(i):
            return False
        people = self.line_people(i)
        if not people:
            return False
        if len(people) == 1 and not people[0].titles:
            return is_name(self.flat[i], strict=True)
        return True

    def strong_person_row(self, i: int) -> bool:
        """``赵鹏 县水利局局长``: a name and a post, nothing else."""
        if not self.person_row(i):
            return False
        people = self.line_people(i) or []
        return (
            len(people) == 1
            and people[0].name[0] == 0  # the name first (``县长 王润`` heads a portfolio, not a list)
            and bool(people[0].titles)
            and bool(self.lex.post_re.search(self.flat[i]))
        )

    def fragment(self, i: int, row: _Row) -> bool:
        """A title cut by a line break (``县政府副县长、公安局`` / ``局长``)."""
        ln = self.lines[i]
        t = self.flat[i]
        if not t or len(t) > 26 or _PROSE_PUNCT.search(t[:-1]) or ":" in t or "：" in t or self.labels(i):
            return False
        if self.group_heading(i) or _ATTACHMENT.match(t) or _CONTENTS.search(t) or _SECTION_NUMBER.match(t):
            return False  # (``二、领导小组办公室``: the next section, not a title cut short)
        prev = compact("".join(x.text for x in row.lines))
        if prev[-1:] in "。；;" or self.heading(i):
            return False  # the row ended; ``某县森林防火指挥部成员名单`` starts another roster
        spaced = len(ln.text.split()) > 1
        if spaced and self.person_row(i):  # ``乔木 县政府办副主任``: a row of its own
            return False
        if prev[-1:] in "、，,":
            return True
        if not title_truncated(prev, self.lex) or t.startswith(("各", "全县", "县直")):
            return False
        if self.person_row(i) and is_name(t, strict=True):
            return False
        return title_like(t) or len(t) <= 12



    def continues_list(self, i: int, row: _Row) -> bool:
        """Does line ``i`` carry on the unit list of ``row`` (``县公`` / ``安局分管负责人，…``)?"""
        prev = compact(row.lines[-1].text)
        t = self.flat[i]
        if not t or "。" in prev or self.stops_unit_list(i) or _PROSE_PUNCT.search(t[:1]):
            return False
        if _PROSE_WORDS.search(t.split("。")[0]):  # prose after the list's end (``…办事处等。根据…``) is cut later
            return False
        if prev[-1:] in "、，,":
            return True
        if _post_then_name(prev[prev.rfind("：") + 1 :]) and _post_then_name(t):
            return False  # (``…常务副区长崔立新`` ⏎ ``区政府副区长党文博``: a person a line, posts first)
        if not title_truncated(prev, self.lex) and _UNIT_OPENS.match(t):
            return False  # a post a line (``县人民政府办公室主任`` ⏎ ``县委宣传部分管副部长``): each line one member
        if len(row.lines) == 1 and row.starts[0][1] is None and not re.search("[、，,]", prev):
            return False  # an unlabelled line naming one unit (``各乡镇人民政府乡镇长``) is complete
        return bool(re.search("[、，,]", t)) or len(t) <= 12

    def unit_line(self, i: int) -> bool:
        """An unlabelled line of units under a role (``各乡镇人民政府乡镇长``)."""
        ln = self.lines[i]
        t = ln.text
        # the first line under a label of units alone (``二、成员单位``) may hold a long list
        first = self.label_alone == i - 1 and self.role is not None and self.role.unit_only
        limit = 400 if first else 60
        if self.role is not None and not self.role.unit_only and self._headed_lists(i):
            return True
        # (the first line under a label of units alone may set groups of units apart by commas)
        punct = _SENTENCE_PUNCT if first else _PROSE_PUNCT
        if self.labels(i) or len(compact(t)) > limit or punct.search(compact(t)[:-1]) or "：" in t or ":" in t:
            return False
        if _PROSE_WORDS.search(t) or _SECTION_NUMBER.match(t):  # (``三、指挥部办公室``: the next section)
            return False
        parts = unit_parts(t, 0, len(t), self.ctx.agencies, self.lex, labelled=True)
        if self.role is not None and self.role.unit_only:
            return bool(parts)
        # Under a role of people, a line of units names their heads (``各乡镇人民政府乡镇长``)
        # or lists several; a lone unit name is more likely a heading.
        return len(parts) > 1 or any(p.headed for p in parts)

    def _headed_lists(self, i: int) -> bool:
        """Under a role of people, a line of lists of units each ending with their heads, set apart by commas
        (``县自然资源局、县水利局主要负责同志,各乡(镇)人民政府主要负责同志。``)."""
        t = self.flat[i]
        if len(t) > 300 or ":" in t or "：" in t or self.labels(i) or _SECTION_NUMBER.match(t):
            return False
        pieces = re.split(r"[,，]", t.rstrip("。；;"))
        return any("、" in p for p in pieces) and all(_HEADED_END.search(p) for p in pieces)

    def stops_unit_list(self, i: int) -> bool:
        ln = self.lines[i]
        t = self.flat[i]
        return bool(
            self.labels(i)
            or i in self.bulleted  # (``▍下一步工作``: a page's next heading)
            or _PLACEHOLDER.fullmatch(t)  # (``[图片]``: what a page showed there)
            or _ATTACHMENT.match(t)
            or _NUMBERING.match(ln.text)
            or ":" in t
            or "：" in t
            or self.group_heading(i)
            or (self.heading(i) and not _PROSE_PUNCT.search(t))
            or self.person_row(i)
        )

    # - the loop -

    def run(self) -> ScanResult:
        i, n = 0, len(self.lines)
        while i < n:
            i = self.step(i)
        facts: list[Fact] = list(self.table_facts)
        for row in self.rows:
            facts.extend(self.emit(row))
        return ScanResult(facts=facts, consumed=self.consumed, bodies=self.bodies)

    def step(self, i: int) -> int:
        ln = self.lines[i]
        t = self.flat[i]
        if _ATTACHMENT.match(t) or _CONTENTS.search(t):  # (a gazette's contents: no roster goes on into it)
            self.body, self.group, self.role = None, None, None
            return i + 1
        if t.startswith(self.lex.group_columns) and i + 1 < len(self.lines) and (
                "\t" in ln.text or "  " in ln.text or self.flat[i + 1] in self.lex.role_columns):
            after = self.grouped_role_table(i)
            if after is not None:
                return after
        if t.startswith(self.table_starts):
            after = self.roster_table(i)
            if after is not None:
                return after
        if t == _SEQUENCE and i + 1 < len(self.lines) and self.flat[i + 1] == "姓名":
            after = self.numbered_role_table(i)
            if after is not None:
                return after
        if t in self.lex.group_columns and i + 1 < len(self.lines) and self.flat[i + 1] in self.lex.roles:
            after = self.stacked_roster_table(i)
            if after is not None:
                return after
        if t.startswith(self.lex.role_columns) or ("姓" in t and t.endswith("职务")) or (
                (t == _BARE_ROLE_COLUMN or _ROLE_COLUMN.fullmatch(t)) and i + 1 < len(self.lines)
                and self.flat[i + 1] == "姓名") or (  # (``县安委会职务`` ⏎ ``姓名`` ⏎ ``工作单位及职务``)
                "\t" in ln.text and "姓名" in t and "职务" in t):  # (``序号	指挥部职务	姓名	单位及职务	备注``)
            after = self.role_table(i)
            if after is not None:
                return after
        if "(" in t or "（" in t:  # (the working copy folds full-width brackets; both kept for safety)
            after = self.name_then_role(i)
            if after is not None:
                return after
        if "职责" in t and _DUTIES_OF_MEMBERS.match(t):
            after = self.members_with_duties(i)
            if after is not None:
                return after
        labs = self.labels(i)
        if labs and labs[0].norm == "牵头单位" and self.group is None:
            labs = []
        if labs and self.run_in_labels(i):
            return i + 1  # a paragraph of labels run in, wrapped across lines: the prose reader reads it whole
        if labs:
            return self.start_row(i, labs)
        if self.role is not None and not self.group_heading(i):
            if self.role.unit_only or not self.person_row(i):
                if self.unit_line(i):
                    return self.start_row(i, [], kind="unit")
                if not self.role.unit_only and _post_then_name(t):  # (``区政府副区长党文博``, a person a line)
                    after = self.start_row(i, [], kind="unit")
                    self.rows[-1].glued = True
                    return after
            elif self.person_row(i):
                return self.start_row(i, [], kind="person")
        elif (i < _EXCERPT_START_LINES and self.strong_person_row(i) and i + 1 < len(self.lines)
              and self.strong_person_row(i + 1)):
            # An excerpt that starts inside a list of members.
            self.role = Label(0, 0, "成员", False, False)
            return self.start_row(i, [], kind="person")
        self.role = None
        group = self.group_heading(i)
        if group:
            if self.body is None:
                self.set_body(group, ln.number)
            else:
                self.group = group
            self.consumed.add(ln.number)
            return i + 1
        office = self.office_heading(i)
        if office:
            body, written = office
            if self.body is None or patterns().main_body.search(compact(body)):
                self.set_body(body, ln.number)
            self.office = written
            self.consumed.add(ln.number)
            return i + 1
        if self.body is not None and "办公室" in t and patterns().office_section.match(t):
            self.office = "办公室"  # (its ``主任：`` is the body's 办公室主任; a member is the office's)
            return i + 1
        if self.office and _SECTION_NUMBER.match(t):
            self.office = None  # the next section: no longer the office's
        head = self.heading(i)
        if head:
            body, used = head
            if self.body is None or patterns().main_body.search(body):
                self.set_body(body, ln.number)  # (``应急工作组组成及职责`` keeps the body in force)
            for k in range(used):
                self.consumed.add(self.lines[i + k].number)
            return i + used
        body = self.body_in_prose(ln.text)
        if body:
            self.set_body(Block.from_lines(self.source, [ln]).original(*_find(ln.text, body)), ln.number)
        return i + 1

    def members_with_duties(self, i: int) -> int | None:
        """Under a heading ``成员单位及职责``, each line a member unit and its duty (``县委宣传部：负责组织开展…``):
        the units' membership of the body in force (their duties are ``duties``' to read); the index of the line
        after the list, or None when no such line follows."""
        body = self.body or self.fallback_body(i)
        if not body or self.person_members:
            return None  # (a roster whose members are people: the units with duties are theirs, not members)
        k = i + 1
        while k < len(self.lines):
            text = self.lines[k].text
            m = _UNIT_THEN_DUTY.match(text)
            if m is None or not unit_parts(text, m.start("unit"), m.end("unit"), self.ctx.agencies, self.lex,
                                           labelled=True):
                break
            block = Block.from_lines(self.source, [self.lines[k]])
            self.table_facts.extend(self.unit_facts(block, m.start("unit"), m.end("unit"), body, "成员单位"))
            k += 1
        if k == i + 1:
            return None
        self.role = None
        return k

    def name_then_role(self, i: int) -> int | None:
        """A row of a name with its role in brackets after it, then the posts (``王　润（组长）　县委副书记、县长``):
        the person's membership in the body in force; the index of the next line, or None if line ``i`` is no
        such row."""
        ln = self.lines[i]
        m = patterns().name_role.match(ln.text)
        if m is None or not is_name(compact(m.group("name")), strict=False):
            return None
        body = self.body or self.fallback_body(i)
        if not body:
            return None
        block = Block.from_lines(self.source, [ln])
        person = PersonSpan(m.span("name"), title_spans(block.text, m.end(), len(block.text)))
        role = block.original(*m.span("role"))
        self.table_facts.extend(self.person_facts(block, [person], body, role))
        self.consumed.add(ln.number)
        self.role = None
        return i + 1

    def roster_table(self, i: int) -> int | None:
        """A roster set out as a table of roles by column, one row a line: a header of known column names, each a
        role or a column read for nothing, the first naming a sub-group (``工作组  组长  成员单位  主要职责``) or a
        序号 or a role (``序号 | 成员单位 | 联络员 | 职务``); then rows of as many cells, the first a group, a number or
        any text as the header says. A line set out under the header's columns with its first cell empty goes on
        with the row above (a cell's list wrapped after ``、``). Each role's cell gives its people (with the posts
        of a 职务 column right after it), or else its units, in the body in force (``<body>/<group>`` for a group).
        Returns the index of the line after the table, or None when line ``i`` is no such header or no row
        follows it."""
        found = self._table_header(self.lines[i])
        if found is None:
            return None
        head, starts = found
        main = self.body or self.fallback_body(i)  # (an attachment of its own: the notice's body)
        if not main:
            return None
        grouped = head[0] in self.lex.group_columns
        rows: list[tuple[str, list[list[Cell]]]] = []  # (the first cell's text, each column's parts)
        k = i + 1
        if k < len(self.lines) and _RULE.fullmatch(self.notice.lines[k].text):
            self.consumed.add(self.lines[k].number)
            k += 1  # the rule under a Markdown table's header (``|---|---|``)
        while k < len(self.lines):
            line = self.lines[k]
            # (a row with bars keeps its empty cells: read where they stand, the same offsets as the line's)
            written = self.notice.lines[k]
            barred = "|" in written.text
            row = [Cell(line, c.start, c.end) for c in column_table.line_cells(written if barred else line)]
            if barred and len(row) == len(head) - 1 and written.text.endswith("|"):
                row.append(Cell(line, len(line.text), len(line.text)))  # ``… | 分管负责同志 |``: the last cell empty
            if len(row) < len(head):  # a cell that ran over its column, a single space after it
                row = [Cell(f.line, f.start, f.end) for f in merge_single_chars(fragments(line))] or row
            first = compact(row[0].text) if row else ""
            if len(row) == len(head) and self._row_opens(head[0], first, grouped):
                rows.append((first, [[c] for c in row]))
            else:
                under = column_table.under_columns(line, starts, self.source.text) if starts and rows else None
                if under is None or under[0].end > under[0].start:
                    break
                for parts, c in zip(rows[-1][1][1:], under[1:], strict=True):
                    if c.end > c.start:
                        parts.append(c)
            self.consumed.add(line.number)
            k += 1
        if not rows:
            return None
        for first, columns in rows:
            body = f"{main}/{first}" if grouped else main
            for n, (column, parts) in enumerate(zip(head, columns, strict=True)):
                if column in self.lex.roles:
                    posts = columns[n + 1] if n + 1 < len(head) and head[n + 1] in self.lex.post_columns else []
                    self._table_cell(parts, body, column, posts[0] if posts else None)
        self.consumed.add(self.lines[i].number)
        self.role = None
        return k

    def stacked_roster_table(self, i: int) -> int | None:
        """A table of a roster's sub-groups (``roster_table``) set out a cell a line: the column names one a
        line (``专项工作组`` ⏎ ``组长`` ⏎ ``牵头单位`` ⏎ ``成员单位``), then each group's cells, one a line, in that
        order. The table ends at a line that opens no group where a row should start. Returns the index of the
        line after the table, or None when no row follows the header."""
        main = self.body or self.fallback_body(i)
        if not main:
            return None
        k = i + 1
        while k < len(self.lines) and self.flat[k] in (*self.lex.roles, *self.lex.group_table_other):
            k += 1
        head = self.flat[i:k]
        width = len(head)
        rows: list[list[Line]] = []
        while k + width <= len(self.lines) and self._row_opens(head[0], self.flat[k], grouped=True) and all(
                self.flat[q] not in head and not self._row_opens(head[0], self.flat[q], grouped=True)
                for q in range(k + 1, k + width)):
            rows.append(self.lines[k : k + width])
            k += width
        if not rows:
            return None
        for row in rows:
            body = f"{main}/{compact(row[0].text)}"
            for column, line in zip(head[1:], row[1:], strict=True):
                if column in self.lex.roles:
                    self._table_cell([Cell(line, 0, len(line.text))], body, column)
        self.consumed.update(ln.number for ln in self.lines[i:k])
        self.role = None
        return k

    def role_table(self, i: int) -> int | None:
        """A roster's table of one person a row whose first column says the role (``专班职务 | 姓名 | 单位及职务``),
        a row a line (tabs or bars between the cells), or set out a cell a line by a PDF: the column names one a
        line (``组内职务`` ⏎ ``姓　名`` ⏎ ``工作单位及职务``), then each row's role, name and posts one a line (a
        role cell merged over the rows below it stands only on the first: the others are a name and its posts). A
        row whose role is no role or whose name is no name ends the table. Returns the index of the line after the
        table, or None when no row follows a header."""
        main = self.body or self.fallback_body(i)
        if main is None:
            return None
        head = [compact(c.text) for c in column_table.line_cells(self.lines[i])]
        stacked = len(head) == 1
        bordered = not stacked and bordered_cells(self.notice.lines[i]) is not None  # (``| 职务 | 姓名 | … |``)
        if stacked:
            while len(head) < 3 and i + len(head) < len(self.lines) and self.flat[i + len(head)] in (
                    "姓名", *self.lex.post_columns):
                head.append(self.flat[i + len(head)])
        at_role = next((n for n, name in enumerate(head) if self._role_column(name)), None)
        if at_role is None and head[:2] == [_BARE_ROLE_COLUMN, "姓名"] and head[2:3] and (
                head[2] in self.lex.post_columns) and (stacked or bordered or "\t" in self.lines[i].text):
            at_role = 0  # (``职务`` ⏎ ``姓名`` ⏎ ``单位及职务``, a cell a line or tabs: the first column is the roles)
        if at_role is None or (stacked and at_role != 0) or "姓名" not in head:
            return None
        at_name = head.index("姓名")
        at_post = next((n for n, name in enumerate(head) if name in self.lex.post_columns and n != at_role), None)
        k = i + (len(head) if stacked else 1)
        rows: list[list[Cell]] = []
        wrapped: dict[int, list[Cell]] = {}  # a grid row's posts on the lines under it, by the row's index
        grid = False  # rows set apart by ``+-----+`` rules: a line with its posts alone is the row's above
        while k < len(self.lines):
            tabbed = False
            if stacked and rows and len(head) == 3 and at_name == 1 and self._nameless_row(k):
                # (a row whose name cell is empty: its posts alone, a role's row after them; a unit's head, a member
                # through the unit: ``县统计局主要负责人``)
                self._headed_unit(self.lines[k], rows[-1][0], main)
                k += 1
                continue
            if stacked and rows and len(head) == 3 and at_name == 1 and self._merged_role(k):
                used = self.lines[k : k + 2]  # (a role cell merged over the rows below it: the role above)
                cells = [rows[-1][0], *(Cell(ln, 0, len(ln.text)) for ln in used)]
            elif stacked:
                used = self.lines[k : k + len(head)]
                cells = [Cell(ln, 0, len(ln.text)) for ln in used]
            elif bordered and (_RULE.fullmatch(self.notice.lines[k].text) or _GRID_RULE.fullmatch(self.flat[k])):
                self.consumed.add(self.lines[k].number)  # (a rule between a Markdown or grid table's rows)
                grid = grid or _GRID_RULE.fullmatch(self.flat[k]) is not None
                k += 1
                continue
            elif bordered and (walls := bordered_cells(self.notice.lines[k])) is not None:
                used = self.lines[k : k + 1]  # (the bars keep each cell in its column, an empty one empty)
                cells, tabbed = [Cell(used[0], c.start, c.end) for c in walls], True
                if grid and rows and at_post is not None and len(cells) == len(head) and not any(
                        cells[n].text.strip() for n in range(len(head)) if n != at_post):
                    wrapped.setdefault(len(rows) - 1, []).append(cells[at_post])  # (a grid row's posts wrapped onto
                    self.consumed.add(used[0].number)  # its next line: the end of its last post)
                    k += 1
                    continue
            else:
                used = self.lines[k : k + 1]
                cells = column_table.line_cells(used[0])
                lead = column_table.leading_tabs(used[0], self.source.text) if at_role == 0 else []
                cells = lead + cells  # (the empty cells the line opened with: ``	海燕	副区长``)
                tabbed = bool(lead) or "\t" in used[0].text
            if (rows and not stacked and at_role == len(head) - 1 and len(cells) >= len(head) - 1
                    and not "".join(c.text for c in cells[at_role:]).strip("—－- ")):
                # the role column last, a row's role cell empty: merged with the role above (``18	凌志勇	…局长	``)
                cells = [*cells[:at_role], rows[-1][at_role]]
            elif (rows and not stacked and at_role < len(head) - 1 and tabbed
                    and max(at_role, at_name, at_post or 0) < len(cells) <= len(head)
                    and not cells[at_role].text.strip("—－- ")):
                # the role column first or among others (``序号	指挥部职务	姓名	…``), a row's role cell empty:
                # merged with the role above
                cells = [*cells[:at_role], rows[-1][at_role], *cells[at_role + 1 :]]
                if (at_post is not None and at_post < len(cells) and not cells[at_name].text.strip()
                        and self._headed_unit(used[0], cells[at_role], main, cells[at_post])):
                    k += 1  # (``		县消防救援大队主要负责人``: units through their heads, under the role above)
                    continue
            if not stacked and tabbed and max(at_role, at_name, at_post or 0) < len(cells) < len(head):
                cells = [*cells, *[Cell(used[0], len(used[0].text), len(used[0].text))] * (len(head) - len(cells))]
                # (the columns after the role, name and posts left empty: ``联系电话``, ``备注``)
            if len(cells) != len(head) or not cells[at_role].text.strip("—－- "):
                if rows and not stacked and len(cells) >= len(head) - 1:
                    return None  # a row that goes on under the role above (an empty role cell): ``roster_table``'s
                break
            if not self._role_row_reads(cells, at_name, at_role, at_post, office=not stacked):
                break
            rows.append(cells)
            k += len(used)
        if not rows:
            return None
        for r, cells in enumerate(rows):
            read = len(self.table_facts)
            self._role_row(cells, at_name, at_post, main, at_role)
            if r in wrapped and len(self.table_facts) > read:
                self._wrapped_posts(read, wrapped[r])
            for n, cell in enumerate(cells):
                m = None if n in (at_role, at_name, at_post) else _OFFICE_REMARK.search(cell.text)
                if m is not None:  # (a remark, ``兼指挥部办公室主任``: the person's second role)
                    self._role_row([*cells[:at_role], Cell(cell.line, cell.start + m.start(1), cell.start + m.end(1)),
                                    *cells[at_role + 1 :]], at_name, at_post, main, at_role)
        self.consumed.update(ln.number for ln in self.lines[i : k])
        self.role = None
        return k

    def numbered_role_table(self, i: int) -> int | None:
        """A role table (``role_table``) set out a cell a line whose first column is the 序号: the column names
        one a line (``序号`` ⏎ ``姓名`` ⏎ ``工作单位及职务`` ⏎ ``领导小组职务``, a name cut over two lines: ``领导小组``
        ⏎ ``职务``), then each row's number, name, posts and role one a line, the rows numbered 1, 2, 3 in turn. A
        role cell merged over the rows below it stands only on the first: a row with no line under the role is
        under the role above. A row that does not read so ends the table. Returns the index of the line after the
        table, or None when line ``i`` opens no such table or no row follows its header."""
        main = self.body or self.fallback_body(i)
        if main is None:
            return None
        n, head, k = len(self.lines), [_SEQUENCE], i + 1
        while len(head) < 4 and k < n:
            t = self.flat[k]
            if t == "姓名" or t in self.lex.post_columns or self._role_column(t):
                head.append(t)
                k += 1
            elif k + 1 < n and self._role_column(t + self.flat[k + 1]) and not self._role_column(self.flat[k + 1]):
                head.append(t + self.flat[k + 1])  # (``领导小组`` ⏎ ``职务``: one column's name)
                k += 2
            else:
                break
        at_role = next((m for m, name in enumerate(head) if self._role_column(name)), None)
        at_post = next((m for m, name in enumerate(head) if name in self.lex.post_columns), None)
        if len(head) != 4 or at_role is None or at_post is None or "姓名" not in head:
            return None
        at_name = head.index("姓名")
        rows: list[list[Cell]] = []
        while k < n and self.flat[k] == str(len(rows) + 1):
            cells = [Cell(ln, 0, len(ln.text)) for ln in self.lines[k : k + 4]]
            after = k + 4
            if len(cells) < 4 or not self._role_row_reads(cells, at_name, at_role, at_post):
                if not rows or at_role != 3:
                    break
                cells = [*cells[:3], rows[-1][at_role]]  # (the role last, its cell merged: the role above)
                after = k + 3
                if not self._role_row_reads(cells, at_name, at_role, at_post):
                    break
            rows.append(cells)
            k = after
        if not rows:
            return None
        for cells in rows:
            self._role_row(cells, at_name, at_post, main, at_role)
        self.consumed.update(ln.number for ln in self.lines[i:k])
        self.role = None
        return k

    def _wrapped_posts(self, at: int, parts: list[Cell]) -> None:
        """The member read at ``table_facts[at]`` with the end of its posts, which its grid row wrapped onto the
        lines under it (``县委常委、常务副县`` ⏎ ``长``): the last post goes on, or another follows a 、."""
        fact = self.table_facts[at]
        if not isinstance(fact, Membership) or not fact.titles:
            return
        more = "".join(compact(Block.from_lines(self.source, [c.line]).original(c.start, c.end)) for c in parts)
        titles = [*fact.titles[:-1], fact.titles[-1] + more]
        titles = [t for title in titles for t in title.split("、") if t]
        self.table_facts[at] = replace(fact, titles=tuple(titles))

    def grouped_role_table(self, i: int) -> int | None:
        """A roster's table whose first column names the sub-group and the second the role (``组别 | 专班职务 | 姓名
        | 单位及职务``), each merged over the rows below it: a group's name or a role stands only on the first row
        that has it. Set out a cell a line (``组别`` ⏎ ``专班职务`` ⏎ ``姓名`` ⏎ ``单位及职务``: a row is a name and its
        posts, or a unit and its head, ``国网某县供电公司`` ⏎ ``主要负责人``, under the last group and role above) or a
        row a line with tabs (a merged cell left empty). A group of the body's leaders (``专班领导``) is the body
        itself, its office's 主任 the body's 办公室主任. Returns the index of the line after the table, or None when
        line ``i`` opens no such table or no row follows it."""
        main = self.body or self.fallback_body(i)
        if main is None:
            return None
        head = [compact(c.text) for c in column_table.line_cells(self.lines[i])]
        tabbed = len(head) == 4
        if not tabbed:
            head = [compact(working_copy(t)) for t in self.flat[i : i + 4]]
        role_column = head[1:2] and (head[1] in self.lex.role_columns or head[1] == _BARE_ROLE_COLUMN)
        if len(head) != 4 or head[0] not in self.lex.group_columns or not role_column or (
                head[2] != "姓名" or head[3] not in self.lex.post_columns):
            return None
        if tabbed and "\t" not in self.lines[i].text:  # (set out with spaces: each cell under its column's start)
            rows = self._tabbed_group_rows(i + 1, column_table.column_starts(self.lines[i], self.source.text))
        else:
            rows = self._tabbed_group_rows(i + 1) if tabbed else self._stacked_group_rows(i + 4)
        if not rows[0]:
            return None
        for group, role, block, name, posts in rows[0]:
            body, role_name = main, role
            if group is not None and _OFFICE_WORD in group:
                if role in _OFFICE_HEADS:
                    role_name = _OFFICE_WORD + role
                else:
                    body = f"{main}/{_OFFICE_WORD}"
            elif group is not None and not group.endswith(_LEADERS_GROUP):
                body = f"{main}/{group}"
            headed = self.lex.head_re.fullmatch(compact(block.text[posts[0] : posts[1]])) is not None
            people = None if headed else parse_people(block.text, *name, self.lex)
            if not headed and not people and _NAME_CELL.fullmatch(compact(block.text[name[0] : name[1]])) and (
                    title_like(compact(block.text[posts[0] : posts[1]]))):
                people = [PersonSpan(strip_span(block.text, *name), [])]  # (``岩温香``: the name's column says so)
            if people:
                people[0].titles = title_spans(block.text, *posts)
                self.table_facts.extend(self.person_facts(block, people[:1], body, role_name))
                self.person_members |= role in _MEMBER_ROLES
            else:
                self.table_facts.extend(self.unit_facts(block, name[0], posts[1], body, role_name))
        k = rows[1]
        self.consumed.update(ln.number for ln in self.lines[i:k])
        self.role = None
        return k

    def _group_opens(self, text: str) -> bool:
        """Is ``text`` (a cell, whitespace removed) the name of a roster's sub-group (or its leaders, its office)?"""
        return len(text) <= 12 and (
            text.endswith(self.group_ends) or text.endswith(_LEADERS_GROUP) or _OFFICE_WORD in text)

    def _member_reads(self, name: str, posts: str) -> bool:
        """Does a row name a person (``posts`` beside the name), or a unit through its head? Under the name's
        column, two to four letters beside posts are a name whatever its surname (``岩温香`` of the Dai)."""
        return (self.lex.head_re.fullmatch(posts) is not None or is_name(name, strict=True)
                or long_name(name, shortest=3) or (_NAME_CELL.fullmatch(name) is not None and title_like(posts)))

    def _stacked_group_rows(self, k: int) -> tuple[list[_GroupRow], int]:
        """The rows of a grouped roster table set out a cell a line, from line ``k``, and the index after them."""
        group: str | None = None
        role: str | None = None
        rows: list[_GroupRow] = []
        while k + 1 < len(self.lines):
            t, nxt = compact(working_copy(self.flat[k])), compact(working_copy(self.flat[k + 1]))
            if t in self.lex.roles:
                role = compact(Block.from_lines(self.source, [self.lines[k]]).text)
                k += 1
                continue
            if nxt in self.lex.roles and self._group_opens(t):
                group, role = t, None
                k += 1
                continue
            if role is None or not self._member_reads(compact(self.flat[k]), compact(self.flat[k + 1])):
                break
            first, second = self.lines[k], self.lines[k + 1]
            block = Block.from_lines(self.source, [first, second])
            name, posts = (0, block.starts[0] + len(first.text)), (block.starts[1], len(block.text))
            rows.append((group, role, block, name, posts))
            k += 2
        return rows, k

    def _tabbed_group_rows(self, k: int, starts: list[float] | None = None) -> tuple[list[_GroupRow], int]:
        """The rows of a grouped roster table a row a line, set apart by tabs (or by spaces, each cell under its
        column's start: ``starts``), from line ``k`` (an empty group or role cell: the one above; a row of units
        through their heads under the name's column), and the index after them."""
        group: str | None = None
        role: str | None = None
        rows: list[_GroupRow] = []
        while k < len(self.lines):
            line = self.lines[k]
            if starts:
                cells = column_table.under_columns(line, starts, self.source.text) or []
                if len(cells) == 4 and cells[2].end > cells[2].start and cells[3].end == cells[3].start and not (
                        _NAME_CELL.fullmatch(compact(cells[2].text))):
                    cells[3] = cells[2]  # (``成员      县人民医院、县中医医院``: units, under the name's column)
            elif "\t" in line.text:
                cells = [*column_table.leading_tabs(line, self.source.text), *column_table.line_cells(line)]
            else:
                break
            if len(cells) != 4:
                break
            g, r, n, p = (compact(working_copy(c.text)) for c in cells)
            if rows and not (g or r or n) and p:  # the posts the row above wrapped (``…党组书记、局`` ⏎ ``长``)
                group_, role_, above, name, posts = rows[-1]
                lines = [*(ln for ln in self.lines if ln.number in above.numbers), line]
                block = Block.from_lines(self.source, lines)
                rows[-1] = (group_, role_, block, name, (posts[0], block.starts[-1] + cells[3].end))
                k += 1
                continue
            if g:
                if not self._group_opens(g):
                    break
                group, role = g, None
            if r:
                if r not in self.lex.roles:
                    break
                role = compact(cells[1].text)
            units = n == p and bool(unit_parts(n, 0, len(n), self.ctx.agencies, self.lex, labelled=True))
            if role is None or not (self._member_reads(n, p) or units):  # (a row of units: ``成员 县人民医院、…``)
                break
            block = Block.from_lines(self.source, [line])
            rows.append((group, role, block, (cells[2].start, cells[2].end), (cells[3].start, cells[3].end)))
            k += 1
        return rows, k

    def _nameless_row(self, k: int) -> bool:
        """Is line ``k`` of a role table set out a cell a line the posts of a row whose name cell was empty: no name
        and no role, a role's row (a role, then a name) or another row's name after it?"""
        if k + 2 >= len(self.lines):
            return False
        t, nxt = (compact(working_copy(self.flat[n])) for n in (k, k + 1))
        if self._is_role(t) or is_name(compact(self.flat[k]), strict=True) or not title_like(t):
            return False
        return (self._is_role(nxt) and is_name(compact(self.flat[k + 2]), strict=True)) or self._merged_role(k + 1)

    def _is_role(self, text: str) -> bool:
        """Is ``text`` (a cell, whitespace removed, in the working copy) a roster's role (``常务副主任`` too)?"""
        return text in self.lex.roles or text.removeprefix(_MODIFIED) in self.lex.roles

    def _headed_unit(self, line: Line, role: Cell, body: str, cell: Cell | None = None) -> bool:
        """The unit a row without a name holds through its head (``县统计局主要负责人``): the whole line, or its
        ``cell``; whether it names one."""
        block = Block.from_lines(self.source, [line])
        lo, hi = (cell.start, cell.end) if cell is not None else (0, len(block.text))
        text = compact(working_copy(block.text[lo:hi]))
        if not any(self.lex.head_re.match(text[k:]) for k in range(2, len(text) - 1)):
            return False
        role_text = compact(Block.from_lines(self.source, [role.line]).original(role.start, role.end))
        self.table_facts.extend(self.unit_facts(block, lo, hi, body, role_text))
        return True

    def _merged_role(self, k: int) -> bool:
        """Does a role table set out a cell a line go on at line ``k`` with a row that has no role cell of its own (a
        merged one, which the text leaves out): a name, then its posts?"""
        if k + 1 >= len(self.lines) or self._is_role(compact(working_copy(self.flat[k]))):
            return False
        name = compact(self.flat[k])
        return _cell_name(name, self.flat[k + 1]) and not self._is_role(compact(working_copy(self.flat[k + 1])))

    def _role_column(self, name: str) -> bool:
        """Is ``name`` the column of a role table that says each row's role (``专班职务``, ``安委会职务``)?"""
        return name in self.lex.role_columns or _ROLE_COLUMN.fullmatch(name) is not None

    def _role_row_reads(self, cells: list[Cell], at_name: int, at_role: int = 0, at_post: int | None = None,
                        office: bool = False) -> bool:
        """Is a role table's line a row: a role under the roles, a name under the names? ``office``: the office's
        heads (``办公室副主任``) are roles too (a row whose cells are set apart: no person's post read as a role)."""
        name = compact(cells[at_name].text)
        posts = compact(cells[at_post].text) if at_post is not None else ""
        role = compact(working_copy(cells[at_role].text))
        return (self._is_role(role) or (office and role.startswith(_OFFICE_WORD) and role[len(_OFFICE_WORD) :]
                                        .removeprefix(_MODIFIED) in _OFFICE_HEADS)) and _cell_name(name, posts)

    def _role_row(self, cells: list[Cell], at_name: int, at_post: int | None, body: str, at_role: int = 0) -> None:
        """The membership of a role table's row (``at_role``: the role's column)."""
        cells = [cells[at_role], *cells[:at_role], *cells[at_role + 1 :]]  # (the role first)
        at_name += at_name < at_role
        at_post = at_post + (at_post < at_role) if at_post is not None else None
        role = compact(working_copy(cells[0].text))
        post = cells[at_post] if at_post is not None else None
        lines = list(dict.fromkeys(c.line for c in (cells[at_name], *([post] if post else []))))
        block = Block.from_lines(self.source, lines)
        base = {ln.number: block.starts[n] for n, ln in enumerate(lines)}
        a = base[cells[at_name].line.number]
        people = parse_people(block.text, a + cells[at_name].start, a + cells[at_name].end, self.lex)
        if not people and (dotted_name(compact(cells[at_name].text)) or _cell_name(
                compact(cells[at_name].text), compact(post.text) if post is not None else "")):
            # (``艾尔肯·吐尔逊``, ``达瓦次仁``, ``多吉`` beside posts: the name's column says it is one)
            people = [PersonSpan(strip_span(block.text, a + cells[at_name].start, a + cells[at_name].end), [])]
        if people:
            person = people[0]
            if post is not None:  # (the posts in their own cell: read apart from the name)
                b = base[post.line.number]
                person.titles = title_spans(block.text, b + post.start, b + post.end)
            written = compact(Block.from_lines(self.source, [cells[0].line]).original(cells[0].start, cells[0].end))
            self.table_facts.extend(self.person_facts(block, [person], body, written))
            self.person_members |= role in _MEMBER_ROLES

    def _row_opens(self, column: str, first: str, grouped: bool) -> bool:
        """Does a line whose first cell is ``first`` open a row of a table whose first column is ``column``?"""
        if grouped:
            return first.endswith(self.group_ends) and len(first) <= 20
        if column == _SEQUENCE:
            return first.isdigit()
        return bool(first)

    def _table_header(self, line: Line) -> tuple[list[str], list[float]] | None:
        """The column names of a header of a roster's table, read as the longest known names in turn (a name
        may be spaced out, ``组    别``), and where each starts (display columns, for a table set out with spaces;
        [] for one set out otherwise); None unless every name is known, one of the others a role, and the first
        names the group, the 序号 or a role."""
        text = line.text
        if ":" in text or "：" in text:  # (a label's colon: no header)
            return None
        spelled = column_table.spelled_names(line, self.column_names)
        if spelled is None:
            return None
        head, at = spelled
        if len(head) < 2 or not set(head[1:]) & set(self.lex.roles) or len(set(head)) < len(head):
            return None
        if head[0] not in self.lex.group_columns and head[0] != _SEQUENCE and head[0] not in self.lex.roles:
            return None
        spaced = "\t" not in text and "|" not in line.text and "  " in text
        indent = column_table.column_starts(line, self.source.text)[:1] if spaced else []
        if not spaced or not indent:
            return head, []
        base = indent[0] - display_width(text[: at[0]])
        return head, [base + display_width(text[:a]) for a in at]

    @cached_property
    def column_names(self) -> re.Pattern[str]:
        """The names a roster table's header may hold, longest first."""
        return _column_names(self.lex)

    def _table_cell(self, parts: list[Cell], body: str, role: str, posts: Cell | None = None) -> None:
        """The people, or else the units, of a cell of a roster's table (``posts``: the cell of the people's posts
        beside it); a cell's next part is read only where a list went on after a separator (``县政府办公室、`` ⏎
        ``县水利局``), not a word cut in two."""
        for n, cell in enumerate(parts):
            if n and not compact(parts[n - 1].text).endswith(_LIST_SEPARATORS):
                break
            block = Block.from_lines(self.source, [cell.line])
            # (a person's posts in the next cell are read with the name: ``黎　墨 | 县劳动保障监察大队大队长``)
            hi = posts.end if posts is not None and posts.line is cell.line and n == 0 else cell.end
            people = None if role in self.lex.unit_roles else parse_people(block.text, cell.start, hi, self.lex)
            if people:
                self.table_facts.extend(self.person_facts(block, people, body, role))
            else:
                self.table_facts.extend(self.unit_facts(block, cell.start, cell.end, body, role))

    def run_in_labels(self, i: int) -> bool:
        """Is line ``i`` the first line of a paragraph whose labels run in one after another and which the PDF
        wrapped (``组　长：…姚俊世；副组长：县委常委、常务副县`` ⏎ ``长姜江兰、…；成员：``)? Read line by line, a slot
        cut across the wrap would be lost."""
        if i + 1 >= len(self.lines) or self.flat[i][-1:] in "。；;":
            return False
        line, nxt = self.lines[i], self.lines[i + 1]
        if nxt.number not in self.notice.layout.block_of(line.number).numbers:
            return False
        return bool(_RUN_IN_LABEL.search(self.flat[i + 1])) and bool(_SLOT_END.search(self.flat[i]))

    def start_row(self, i: int, labs: list[Label], kind: str | None = None) -> int:
        ln = self.lines[i]
        if labs:
            self.role = labs[-1]
            if labs[0].body_span:  # ``县城市管理委员会成员单位：…``, ``宣传工作组组长：…``
                named = Block.from_lines(self.source, [ln]).original(*labs[0].body_span)
                named = self.defined(named) or named  # ``县食安委`` after ``县食品安全委员会（以下简称县食安委）``
                if self.body and short_for(compact(working_copy(named)), working_copy(self.body)):
                    pass  # ``县食安委成员单位：`` under 县食品安全委员会: the body in force, named short
                elif patterns().main_body.search(compact(named)) and compact(named) not in self.lex.body_suffixes:
                    self.set_body(named, ln.number)
                elif self.body and patterns().group.match(compact(named)):
                    self.group = named
            if labs[0].group_span and self.body:  # ``综合协调组    组长：…``: a sub-group set apart before its labels
                self.group = Block.from_lines(self.source, [ln]).original(*labs[0].group_span)
        assert self.role is not None
        if self.body is None:
            self.set_body(self.fallback_body(i), ln.number)
        role = self.role
        row = _Row(
            lines=[ln],
            role=role.role,
            body=self.body or "",
            group=self.group,
            office=role.office,
            unit_only=role.unit_only,
            starts=[(0, lab) for lab in labs] or [(0, None)],
        )
        self.rows.append(row)
        self.consumed.add(ln.number)
        content = ln.text[labs[-1].end :] if labs else ln.text
        if kind is None:
            if not compact(content):
                self.label_alone = i
                return i + 1  # ``成员：`` alone: the members follow
            people = None if role.unit_only else parse_people(content, 0, len(content), self.lex)
            kind = "person" if people else "unit"
        if kind == "person" and (role.norm or role.role) in _MEMBER_ROLES:
            self.person_members = True
        j = i + 1
        if kind == "person":
            while j < len(self.lines) and self.fragment(j, row):
                row.lines.append(self.lines[j])
                self.consumed.add(self.lines[j].number)
                j += 1
        else:
            while j < len(self.lines) and j - i < _MAX_UNIT_LINES and self.continues_list(j, row):
                row.lines.append(self.lines[j])
                self.consumed.add(self.lines[j].number)
                j += 1
            while j < len(self.lines) and self.ends_sentence(j, row):
                row.lines.append(self.lines[j])
                self.consumed.add(self.lines[j].number)
                j += 1
        return j

    def ends_sentence(self, i: int, row: _Row) -> bool:
        """Is line ``i`` the rest of a sentence that follows the row's list on its last line?

        A list that ends mid-line (``…铁塔办事处等。根据实际情况，指挥长`` / ``可抽调…为成员。``) is followed by a
        sentence that the page wrapped, as the layout joined it: it belongs to the row as the rest of its line
        does in a text where the paragraph is one line (the list is cut at its ``。``).
        """
        tail = "".join(compact(ln.text) for ln in row.lines).partition("。")[2]
        if not tail or tail[-1] in TERMINAL or self.labels(i):
            return False
        prev = self.lines[i - 1].number
        return any(prev in b.numbers and self.lines[i].number in b.numbers for b in self.notice.blocks)

    def defined(self, short: str) -> str | None:
        """The body a short name stands for where the text defines it: ``县食品安全委员会（以下简称县食安委）``."""
        m = re.search(rf"([{HAN}“”]{{2,40}}?)[(（]以下简称{re.escape(short)}[)）]", self.notice.layout.source.text)
        if m is None:
            return None
        body = m.group(1)
        while lead := _LEADING_VERB.match(body):
            body = body[lead.end() :]
        return body if self.lex.body_re.search(body) and short_for(short, body) else None

    def fallback_body(self, i: int) -> str:
        """A body for a roster whose heading was not seen: the notice title, or a later mention."""
        m = patterns().title_found.search(compact(self.notice.title or ""))
        if m:
            return m.group("body")
        mention = re.compile(
            rf"(?P<body>[{HAN}“”\d]{{2,40}}?(?:{self.lex.body_suffix_alt}))(?=成员|组成|人员|[，,。；;:：(（]|$)"
        )
        for ln in reversed(self.lines[max(0, i - 5) : i]):  # ``决定对县防汛抗旱指挥部成员进行调整``
            found = list(mention.finditer(ln.text))
            if found:
                body = found[-1].group("body")
                while m := _LEADING_VERB.match(body):
                    body = body[m.end() :]
                if len(body) > 2 and not generic_body(body):
                    return Block.from_lines(self.source, [ln]).original(*_find(ln.text, body))
        for ln in self.lines[i : i + 60]:
            mm = re.search(rf"([{HAN}“”]{{0,20}}?(?:{self.lex.body_suffix_alt}))(?:下设|办公室)", ln.text)
            if mm:
                return mm.group(1)
        return ""

    # - facts -

    def emit(self, row: _Row) -> Iterator[Fact]:
        if not row.body and not row.group:
            return  # rows of names with no body anywhere (a leaders' page): not a roster
        block = Block.from_lines(self.source, row.lines)
        text = block.text
        label = row.starts[0][1]
        lo = label.start if label else 0
        labels = [lab for _, lab in row.starts if lab is not None]
        segments: list[tuple[int, int, Label | None]] = []
        if labels:
            for k, lab in enumerate(labels):
                end = labels[k + 1].start if k + 1 < len(labels) else len(text)
                segments.append((lab.end, end, lab))
        else:
            segments.append((lo, len(text), None))
        for c_lo, c_hi, lab in segments:
            role = lab.role if lab else row.role
            office = lab.office if lab else row.office
            unit_only = lab.unit_only if lab else row.unit_only
            body = row.body
            if row.group:
                body = f"{body}/{row.group}" if body else row.group
            if office:
                body = f"{body}/办公室" if body else "办公室"
            stop = text.find("。", c_lo, c_hi)
            c_hi2 = stop if stop >= 0 else c_hi
            if lab is None and _PROSE_ROW.search(text, c_lo, c_hi2):
                continue  # an unlabelled line that is a sentence (``X委员会由县长任主任，…为成员单位``), not a row
            people = None if unit_only else parse_people(text, c_lo, c_hi2, self.lex)
            by = _BY.match(text, c_lo, c_hi2)
            if not people and by and not unit_only:  # ``组长：由县长王润同志担任``
                people = people_in_slot(text, by.start("slot"), by.end("slot")) or None
                if not people:
                    c_lo, c_hi2 = by.start("slot"), by.end("slot")
            elif not people and not unit_only and (lab is not None or row.glued):  # ``组长：县委书记严建平``: posts
                people = only_people(text, c_lo, c_hi2)  # glued before each name, as prose writes a slot
            if not people and not unit_only and lab is not None:  # ``成员：A（…）、B（…），县税务局主要负责同志``
                cut = self._people_before_units(text, c_lo, c_hi2)
                if cut is not None:
                    people, c_lo = cut
                    yield from self.person_facts(block, people, body, role)
                    people = None
            if people:
                yield from self.person_facts(block, people, body, role)
            else:
                yield from self.unit_facts(block, c_lo, c_hi2, body, role)

    def _people_before_units(self, text: str, lo: int, hi: int) -> tuple[list[PersonSpan], int] | None:
        """A row of people, then of units after a comma (or, in one list, after a 、: ``A（…）、B（…）、县教育局主要负责
        人``): the people and where the units start (the parts that read as people, one more at a time from the
        first, if what follows them reads as units)."""
        for seps in ("，,；;", "、，,；;及", "、，,；;"):  # (``…、E（…）及各村党组织书记``)
            parts = [(a, b) for a, b in top_level_split(text, lo, hi, seps=seps) if b > a]
            found = None
            for k in range(len(parts) - 1):  # (a list of units fails at its first part)
                people = parse_people(text, lo, parts[k][1], self.lex)
                if not people:
                    break
                found = people, parts[k + 1][0]
            if found is not None and unit_parts(text, *strip_span(text, found[1], hi), self.ctx.agencies, self.lex,
                                                labelled=True):
                return found
        return None

    def person_facts(self, block: Block, people: list[PersonSpan], body: str, role: str) -> Iterator[Fact]:
        yield from roster_prose.memberships(
            self.notice, self.ctx, block, people, body, role, evidence=(0, len(block.text))
        )

    def unit_facts(self, block: Block, lo: int, hi: int, body: str, role: str) -> Iterator[Fact]:
        lo, hi = strip_span(block.text, lo, hi)
        for part in unit_parts(block.text, lo, hi, self.ctx.agencies, self.lex, labelled=True):
            a, b = part.span
            unit = block.original(a, b)
            if _UNREAD.search(unit):
                continue  # (``刘□生 县财政局局长``: a scan's letter not read; the row is still a row of the list)
            prov = self.ctx.cite(block, a, b, NAME, VERSION, evidence=(0, len(block.text)))
            yield UnitMembership(
                prov=prov,
                doc_number=self.notice.doc_number,
                doc_title=self.notice.title,
                body=body,
                unit=unit,
                role=role,
                head=part.head,
            )


def _find(text: str, sub: str) -> tuple[int, int]:
    k = text.find(sub)
    return (k, k + len(sub)) if k >= 0 else (0, 0)


@lru_cache(maxsize=1)
def _role_or_slot() -> re.Pattern[str]:
    """A role (of a label, a bare label) or a word that every slot of the prose reader needs."""
    lex = lexicon()
    roles = alternation([*lex.roles, *lex.bare_label_roles])
    return re.compile(f"{roles}|{roster_prose.patterns().any_slot.pattern}")


def may_give(notice: Notice) -> bool:
    """Might the notice give a roster fact? Not without a role or a slot's word (whitespace and table bars aside),
    unless one of its first lines names a post.

    A row starts at a label (``find_labels``, ``bare_label``: each holds a role) or, among the first lines, at
    two rows of a name and a post (``strong_person_row``: the line holds a post word); the lines after a row
    continue it. The prose reader gives facts only from slots, and every slot holds a role, 组成 or 成员.
    """
    if _role_or_slot().search(_without_bars("".join(notice.flat_lines))):
        return True
    post = lexicon().post_re
    return any(post.search(_without_bars(flat)) for flat in notice.flat_lines[: _EXCERPT_START_LINES + 1])


_DASH_CELL = re.compile(r"(?<=\|)(\s*)([—\-－]+)(\s*)(?=\|)")  # ``| —— |``: a cell left empty


def _post_then_name(text: str) -> bool:
    """Is ``text`` (whitespace removed) one person, posts glued before the name and nothing else
    (``区委常委、常务副区长崔立新``)?"""
    if not text or _PROSE_PUNCT.search(text):
        return False
    split = split_name_post(text)
    return split is not None and split[2] == 0 and split[3] == split[0] > 0 and split[1] == len(text)


def _cell_name(name: str, posts: str) -> bool:
    """Is a roster table's name cell (``name``, whitespace removed) a person's name beside the posts cell? A name
    of a surname, a long name (``达瓦次仁``), or two to four letters beside posts (``多吉`` of the Tibetans)."""
    return is_name(name, strict=True) or long_name(name, shortest=3) or (
        _NAME_CELL.fullmatch(name) is not None and bool(posts) and title_like(posts))


def _bars_as_spaces(text: str) -> str:
    """A table row's bars, and the dashes of a cell left empty, as spaces (same length: offsets hold)."""
    text = _DASH_CELL.sub(lambda m: m.group(1) + " " * len(m.group(2)) + m.group(3), text)
    return text.replace("|", " ")


def _without_bars(flat: str) -> str:
    """A line without whitespace, its table bars and empty cells' dashes dropped too (the scan reads a bar as a
    space)."""
    return compact(_bars_as_spaces(flat)) if "|" in flat else flat


def extract(notice: Notice, ctx: Context) -> Iterator[Fact]:
    """Membership and unit-membership facts of the rosters of one notice."""
    if not notice.lines or not may_give(notice):
        return
    scan = _Scanner(notice, ctx).run()
    yield from scan.facts
    yield from roster_prose.extract(notice, ctx, scan.consumed, scan.bodies)
