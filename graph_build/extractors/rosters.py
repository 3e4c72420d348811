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

from graph_build.extractors import roster_prose, roster_titles
from graph_build.extractors.base import Context
from graph_build.extractors.roster_lexicon import (
    PAGE_METADATA,
    Lexicon,
    founded_start,
    generic_body,
    lexicon,
    lists_bodies,
    parse_people,
    short_for,
    title_truncated,
    unit_parts,
)
from graph_build.extractors.roster_tables import BARE_ROLE_COLUMN, MEMBER_ROLES, ROLE_COLUMN, SEQUENCE, TableReaders
from graph_build.layout import TERMINAL, Block, Line, working_copy
from graph_build.notices import Notice
from graph_build.patterns import BULLETS, NAME_LETTER, LazyPattern, alternation
from graph_build.people import (
    HAN,
    PersonSpan,
    compact,
    is_name,
    long_name,
    names,
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

_NUMBERING = LazyPattern(
    r"^(?:\d+(?:\.\d+)+\s*|\d+\s+|[(（][一二三四五六七八九十\d]+[)）]\s*|[一二三四五六七八九十]+[、.．]\s*|\d+[、.．]\s*"
    r"|第[一二三四五六七八九十\d]+[章节部分]\s*)"
)
_SLOT_END = LazyPattern(r"[；;]")  # (a slot ended on the line: its labels run in)
_RUN_IN_LABEL = LazyPattern(r"[；;][^：:；;。]{0,6}[:：]")  # ``；成员：`` on the next line
_PLACEHOLDER = LazyPattern(r"[\[【(（][\u4e00-\u9fff]{1,4}[\]】)）]")  # ``[图片]``, ``【视频】``: a page's media
_UNREAD = LazyPattern(r"[□▇■█]")  # a letter a scan could not read
_HEADED_END = LazyPattern(r"(?:主要|分管|有关)?负责(?:同志|人)$")  # units named through their heads
# A heading over a list of member units, each with its duty: ``二、成员单位及职责``, ``成员单位主要职责``.
_DUTIES_OF_MEMBERS = LazyPattern(
    r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])?成员单位(?:及其?|和)?(?:主要)?职责[:：]?$")
_UNIT_THEN_DUTY = LazyPattern(r"^\s*(?P<unit>[^：:，,。；;]{2,30}?)[:：]\s*(?:负责|承担|牵头|配合|协助|指导|做好|组织)")
_CONTENTS = LazyPattern(r"^目录$|[…．.·]{3,}\d+$")  # a gazette's contents: its heading, an entry and its page
_DECISION_OPENS = LazyPattern(r"^(?:任命|免去|聘任|聘用|解聘|免职|任免)")  # a personnel decision's item, no member
_SECTION_NUMBER = LazyPattern(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])")
_UNIT_ROLE_ENDS = ("单位", "成员")  # how every unit role ends (``unit_roles``: 成员单位, 责任单位成员)
_DUTIES_AFTER = LazyPattern(r"\s*[:：]?\s*(?:主持|负责|分管|协助|联系|主管)")  # a 分工's clause after a head
_MEMBER_UNITS = "成员单位"
_UNIT_LIST_TITLE = "名单"  # a unit list's title ends so (``X领导小组成员单位名单``)
_ADJUSTED = LazyPattern(r"^\s*(?:调整后的|调整后|新调整的)")  # words before the body's name in such a title
_ATTACHMENT = LazyPattern(r"^附\s*件\s*[\d一二三四五六七八九十]*\s*[:：]?\s*$")
_SPACE = LazyPattern(r"\s")
_PROSE_PUNCT = LazyPattern(r"[，,。；;！？!?]")
_SENTENCE_PUNCT = LazyPattern(r"[。；;！？!?]")
_LEVEL_PREFIX = LazyPattern(r"^(?:县级|市级|区级|乡级|镇级|村级|乡镇级|县|市|乡|镇)$")
_MAX_UNIT_LINES = 14
_POST_TAIL = 4  # the longest post word that a line may hold alone, the end of a title cut above it
# An excerpt may start inside a list of members: two rows of a name and a post, the first among this many lines.
_EXCERPT_START_LINES = 3
# An unlabelled line that tells a founding in prose rather than listing members (the prose reader reads it).
_PROSE_ROW = LazyPattern(
    r"由[^,，。;；]{0,30}?(?:任|担任|兼任)[^,，。;；]{0,6}[,，。;；]|为成员单位|组成[:：,，。]|共同组成"
)
_BY = LazyPattern(r"\s*由(?P<slot>[^，,。；;]+?)(?:担任|兼任)?[。；;]?\s*$")
_LEADING_VERB = LazyPattern(r"^(?:经研究|决定|同意|对|将|成立|调整|关于|现将|进行|后的)")
_PROSE_WORDS = LazyPattern(
    r"(由|组成(?!员)|担任|兼任|下设|设在|按照|根据|职责|要求|负责(?!人|同志)|(?<![主重需])要|参照|成立)")
# ``由各科室主任、护士长组成，名单如下：``, ``成员名单如下：``: the body's members, their names below with no role
_NAMES_FOLLOW = LazyPattern(r"(?:组成|成员|人员)[，,]?名单如下[:：]$")
# A line that opens with a unit's level, after one that ends with a post: a members' list of posts set one a line,
# not one list wrapped.
_UNIT_OPENS = LazyPattern(r"^(?:县|市|区|州|旗|盟|省|乡|镇|各|国网|中国|国家)")


# Letters a mirror site garbles a line into (the replacement character, bopomofo, a ? among Han characters).
_GARBLED = LazyPattern(r"[\ufffd\u3100-\u312f]|(?<=[\u4e00-\u9fff])\?")

# How many people a group has, after its name (``（7人）``).
_HEAD_COUNT = LazyPattern(r"\s*[(（](?:\d+ ?|[一二三四五六七八九十]+)[人名][)）]\s*$")  # (``（7 人）`` too)


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
            rf"^(?P<num>(?:\d+(?:[.．]\d+)+\s*|[(（]?[一二三四五六七八九十\d]+[)）.、．]\s*|第[一二三四五六七八九十百\d]+条\s*)?)"
            rf"(?P<prefix>[^\s:：，。、;；]{{0,14}}?)(?P<mod>{mods})?(?P<role>{lex.role_alt})\s*(?:为|是|包括)?\s*"
            # (``委员（按姓氏笔画排序）：``, ``成员单位（各单位…为专班成员）：``; a note on the role:
            # ``组长（召集人）：``, ``副组长（常务）：``)
            rf"(?:[(（](?:(?:按|以|各)[^)）:：]{{1,20}}|[{HAN}]{{1,6}})[)）]\s*)?[:：]"
        )
        # (in a flattened copy a label runs on after the post before it: ``组长：A县长副组长：B…``)
        glued = rf"(?<=[{''.join(sorted(names().post_end_chars))}])(?<!责任)"  # (not ``责任编辑：``)
        self.inner_label = re.compile(
            rf"(?:(?<=\s)|(?<=[，,；;。])|{glued})(?P<prefix>办公室)?(?P<mod>{mods})?(?P<role>{lex.role_alt})\s*[:：]"
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
        # (a place name's 县/市/区, not the first character of a word: ``市容环境组``, ``市场监管组``, ``区域协作组``;
        # nor the last of one: ``城市基础设施抢险组``)
        self.main_body = re.compile(
            rf"(?:^[{HAN}]{{0,6}}?(?<!城)[县市区](?!容|场|域|级|直|属|政(?!府))|领导小组|指挥部|委员会|联席会议|领导组|编委会)")
        self.found = re.compile(
            rf"(?:{alternation(lex.founding_words)})+(?:了)?(?P<body>{NAME_LETTER}{{2,50}}?(?:{lex.body_suffix_alt}))"
            r"(?=[（(，,。；;:：\s]|$|以下|下设|负责|作为|成员|组成人员|人员|的通知|制度)"
        )
        # ``…研究同意,某县教育督导委员会成立。``: a report's body founded, the verb after its name (not ``成立以来``,
        # ``成立大会``)
        self.found_after = re.compile(
            rf"(?P<body>{NAME_LETTER}{{2,50}}?(?:{lex.body_suffix_alt}))(?:正式|宣告)?成立(?=[，,。；;]|$)")
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
        # ``领导小组下设办公室。``, ``下设办公室，办公室设在县教育局。``: a sentence that sets the office up, the
        # office's slots on the lines below (a sentence that names its director is the prose reader's)
        self.office_set_up = re.compile(r"^[^:：，,。]{0,50}下设(?:一个)?办公室(?:[,，][^:：，,。]{0,40})?[。.]?$")
        self.abbrev = re.compile(  # (``现对某县安全生产委员会（以下简称县安委会）…``: the body after the verb;
            # ``调整后的X（以下简称…）组成人员如下``: after the words that say it changed)
            rf"^(?:现对|现将|对|将)?(?:调整后的?|新调整的)?(?P<body>{NAME_LETTER}{{2,50}}?(?:{lex.body_suffix_alt}))[(（]以下简称[^)）]*[)）]"
        )
        self.title_found = re.compile(
            rf"(?:成立|调整|组建)(?P<body>{NAME_LETTER}{{2,60}}?(?:{lex.body_suffix_alt}))"
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
        # ``成员刘翔睿 市精神文明办主任`` (the space lost, as OCR loses it): only a whole name with a known
        # surname right after the role, and a post after it
        if len(toks) < 2 or not is_name(toks[0], strict=True) or not title_like(toks[1]):
            return None
    role_lo = m.start("mod") if m.group("mod") else m.start("role")
    role = (m.group("mod") or "") + compact(m.group("role"))
    return Label(0, m.end(), role, False, role in lex.unit_roles, (role_lo, m.end("role")))


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


_YEAR_MONTH = LazyPattern(r"\d{4}\s*年\s*\d+\s*月")


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


# A line that announces a body's roster: what opens it (``现将调整后的``) and what follows the body's name
# (``成员名单公布如下：``).
_ANNOUNCING = LazyPattern(
    r"^(?:[一二三四五六七八九十]+、)?(?:现将|现就|现对|特将|经研究，?)?(?:调整后的?|新调整的|成立的)?")
_ANNOUNCED = LazyPattern(r"(?:的)?(?:成员|组成人员|人员)?(?:名单)?(?:调整|公布|明确|确定)?如下[:：]")


class _Scanner(TableReaders):
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
        self.wrapped = notice.layout.wrapped
        self.body: str | None = None
        self.group: str | None = None
        self.role: Label | None = None
        self.role_item: int | None = None  # the list number (``1、``) of the line the role was labelled on
        self.rows: list[_Row] = []
        self.consumed: set[int] = set()
        self.bodies: list[tuple[int, str]] = []
        self.body_numbering: str | None = None  # how the heading that named the body is numbered (``1、``)
        self.body_is_group = False  # the body in force is a group's heading (no body named above it)
        # A line's people and whether it is a row of them: the scan asks this of a line several times.
        self._line_people: dict[int, list[PersonSpan] | None] = {}
        self._person_rows: dict[int, bool] = {}
        self.office: str | None = None  # ``办公室`` as written, under a heading ``X领导小组办公室成员``
        self.group_ends = (*self.lex.group_suffixes, ")", "）")
        self.label_alone: int | None = None  # the index of a line that is a label alone (``成员单位：``)
        self.table_facts: list[Fact] = []  # the facts read whole from a row (``roster_table``, ``name_then_role``, …)
        self.person_members = False  # a row of people labelled 成员 or 委员 was read
        self.known: set[str] = set()  # the people the roster named before (``组长：其其格`` after ``其其格　副旗长``)
        self.table_starts = (*self.lex.group_columns, SEQUENCE, *self.lex.roles)  # (what such a header opens with)

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
        if not labs and text.endswith((_MEMBER_UNITS, _MEMBER_UNITS + _UNIT_LIST_TITLE)):
            lab = self._member_units_title(text)  # ``三、县防指成员单位``, ``（调整后的）X领导小组成员单位名单``
            labs = [lab] if lab is not None else []
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

    def _member_units_title(self, text: str) -> Label | None:
        """The label of a heading or title over a list of member units that names the body: ``三、县防指成员单位``,
        ``（调整后的）X领导小组成员单位名单`` (X named in full, or short for the body in force or for one the text
        defines), standing alone over its list; else None."""
        role = _MEMBER_UNITS
        p = text.rfind(role)
        if p < 0 or compact(text[p:]) not in (role, role + _UNIT_LIST_TITLE) or ":" in text or "：" in text:
            return None  # (``附件：X成员单位名单``: the annex's note, not its title)
        lead = _NUMBERING.match(text) or _ADJUSTED.match(text)
        k = lead.end() if lead else 0
        short = compact(working_copy(text[k:p]))
        if not short or not (self._unit_heading(short + role) or self.defined(short)
                             or (patterns().main_body.search(short) and short not in self.lex.body_suffixes)):
            return None
        return Label(p, len(text), role, False, True, (p, p + len(role)), body_span=(k, p))  # (the words after
        # the role, ``名单``, name no member)

    def _unit_heading(self, t: str) -> bool:
        """``成员单位``, or the body in force named short before it (``指挥部成员单位``): a heading over a unit list."""
        if t in self.lex.unit_roles:
            return True
        role = next((r for r in self.lex.unit_roles if t.endswith(r)), None)
        short = t[: len(t) - len(role)] if role else ""
        return bool(short) and (short in self.lex.body_suffixes or (
            self.body is not None and short_for(short, self.body)))

    def set_body(self, body: str, line: int) -> bool:
        """Make ``body`` the body in force; False if it names none (a generic word, the body in force named short)."""
        self.office = None
        body = compact(body)
        founded = patterns().founding_prefix.match(working_copy(body))
        if founded and founded.end() < len(body):  # ``一、成立某县森林防火指挥部``: the verb is not the name
            body = body[founded.end() :]
        if generic_body(body) or self.lex.administration(body):
            return False
        if self.body and short_for(body, self.body):
            self.group = None  # ``领导小组成员``, ``县指挥部成员``: the body in force, named short
            return False
        if body and body != self.body:
            self.body = body
            self.bodies.append((line, body))
            self.body_numbering, self.body_is_group = None, False
        self.group = None
        return bool(body)

    def heading(self, i: int) -> tuple[str, int] | None:
        """(body, lines used) if line ``i`` (with the next) is a roster heading."""
        ln = self.lines[i]
        if ln.number in self.wrapped:
            return None  # (a sentence wrapped here: ``…、县旅游局、团县委的分管副职任小组`` ⏎ ``成员``)
        if i + 1 < len(self.lines) and self.lines[i + 1].number in self.wrapped:
            return None  # (nor a sentence's first line: ``X联席会议（以下简称联席会议`` ⏎ ``）由A、B组成。``)
        t, text = self.flat[i], ln.text
        if t.endswith(":") and _NUMBERING.match(t):  # (``3、X小组：``, numbered: not ``指挥部下设2个工作组：``)
            t, text = t[:-1], text.rstrip()[:-1]
        if not _flat_heading_like(t):
            return None
        span = body_from_heading(text, self.lex)
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
        hi = len(ln.text.rstrip())
        if (count := _HEAD_COUNT.search(ln.text, lo, hi)) is not None:
            hi = count.start()  # (``1、甲界别小组（7人）``: how many it has, no part of its name)
        return Block.from_lines(self.source, [ln]).original(lo, hi)

    def body_in_prose(self, text: str) -> str | None:
        m = patterns().abbrev.match(text) if "以下简称" in text else None
        if m:
            return m.group("body")
        if not self.lex.founding_re.search(text):  # ``found`` needs a founding word
            return self.announced_body(text)
        found = None
        for fm in patterns().found.finditer(text):
            found = fm
        if found is None and "成立" in text:
            found = patterns().found_after.search(text)
        if not found or lists_bodies(found.group("body")):
            return self.announced_body(text)  # (``设立宣传组、整治组2个专项工作组``: groups listed, no body named)
        body = found.group("body")
        return body[founded_start(body) :]

    def announced_body(self, text: str) -> str | None:
        """The body a short line announces the roster of (``现将调整后的某乡森林防火工作领导小组公布如下：``)."""
        if not text.rstrip().endswith((":", "：")):  # (asked of every line: the cheap test first)
            return None
        flat = compact(text)
        if not flat.endswith(("如下:", "如下：")):
            return None
        flat = _PROSE_PUNCT.split(flat)[-1]  # (its last clause: ``因…有所变化，现将调整后的X公布如下：``)
        found = [bm for bm in self.lex.body_re.finditer(flat) if _ANNOUNCED.fullmatch(flat, bm.end())]
        if not found:
            return None
        lead = _ANNOUNCING.match(flat)
        body = flat[lead.end() if lead else 0 : found[-1].end()]
        if len(body) <= len(found[-1].group()) + 1 or lists_bodies(body) or generic_body(body):
            return None
        return body

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
        """``赵鹏 县水利局局长``: a name and a post, nothing else (not ``任命贾丽敏为…副主任；``, a decision)."""
        if _DECISION_OPENS.match(self.flat[i]) or not self.person_row(i):
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
        if (self.group_heading(i) or _ATTACHMENT.match(t) or _CONTENTS.search(t) or _SECTION_NUMBER.match(t)
                or _ITEM_NUMBER.match(t)):
            return False  # (``二、领导小组办公室``, ``2、医院感染管理部``: the next section, not a title cut short)
        if i == len(self.lines) - 1 and self._label_cut(i):
            return False  # (``组长：X`` ⏎ ``成``: the next label, cut by the end of an excerpt, no part of X's row)
        prev = compact("".join(x.text for x in row.lines))
        if prev[-1:] in "。；;" or self.heading(i):
            return False  # the row ended; ``某县森林防火指挥部成员名单`` starts another roster
        if len(row.lines) == 1 and self._ends_with_name(i - 1):  # (the row's one line, right above line ``i``)
            return False  # (``国网某县供电公司总经理　常志刚``: posts, then the name that ends the row)
        spaced = len(ln.text.split()) > 1
        if spaced and self.person_row(i):  # ``乔木 县政府办副主任``: a row of its own
            return False
        if prev[-1:] in "、，,":
            return True
        if len(t) <= _POST_TAIL and t not in self.lex.roles and self.lex.post_re.fullmatch(t):
            return True  # a post word alone, not a role: the end of the title above (``…机关纪委`` ⏎ ``书记``)
        if not title_truncated(prev, self.lex) or t.startswith(("各", "全县", "县直")):
            return False
        if self.person_row(i) and is_name(t, strict=True):
            return False
        return title_like(t) or len(t) <= 12


    def _label_cut(self, i: int) -> bool:
        """Is line ``i`` the start of a label (``成``, ``副组``) that the end of an excerpt cut?"""
        t = self.flat[i]
        ln = self.lines[i]
        return (t not in self.lex.roles and any(r.startswith(t) for r in self.lex.roles)
                and Block.from_lines(self.source, [ln]).ends_excerpt(len(ln.text)))

    def _ends_with_name(self, i: int) -> bool:
        """Does line ``i`` end with the name of a person whose posts it gave first?"""
        people = self.line_people(i)
        text = self.lines[i].text.rstrip()
        return bool(people) and people[-1].titles != [] and people[-1].titles[0][0] < people[-1].name[0] and (
            people[-1].name[1] >= len(text) or text[people[-1].name[1] :].strip() == "同志")

    def continues_list(self, i: int, row: _Row) -> bool:
        """Does line ``i`` carry on the unit list of ``row`` (``县公`` / ``安局分管负责人，…``)?"""
        prev = compact(row.lines[-1].text)
        t = self.flat[i]
        if not t or "。" in prev or self.stops_unit_list(i) or _PROSE_PUNCT.search(t[:1]):
            return False
        so_far = compact("".join(x.text for x in row.lines))
        if "由" in so_far and "组成" not in so_far and "组成" in t.split("。")[0] and "由" not in t:
            return True  # (``成员：由A、B、市住房和城乡建`` ⏎ ``设局、C分管负责人组成。``: the clause it opened ends)
        clause = t.split("。")[0]
        if clause == t and i + 1 < len(self.lines) and self.lines[i + 1].number in self.wrapped:
            clause += self.flat[i + 1][:2]  # (a word the wrap cut: ``…支行分管负责`` ⏎ ``人。``, no prose's 负责)
        if _PROSE_WORDS.search(clause):  # prose after the list's end (``…办事处等。根据…``) is cut later
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
        self.known.update(f.person for f in facts if isinstance(f, Membership))
        for row in self.rows:
            got = list(self.emit(row))
            facts.extend(got)
            self.known.update(f.person for f in got if isinstance(f, Membership))
        return ScanResult(facts=facts, consumed=self.consumed, bodies=self.bodies)

    def step(self, i: int) -> int:
        ln = self.lines[i]
        t = self.flat[i]
        if _ATTACHMENT.match(t) or _CONTENTS.search(t):  # (a gazette's contents: no roster goes on into it)
            self.body, self.group, self.role = None, None, None
            return i + 1
        numbered = "\t" in ln.text and t.startswith(SEQUENCE) and t[len(SEQUENCE) :].startswith(self.lex.group_columns)
        if (numbered or t.startswith(self.lex.group_columns)) and i + 1 < len(self.lines) and (
                "\t" in ln.text or "  " in ln.text or self.flat[i + 1] in self.lex.role_columns):
            after = self.grouped_role_table(i)
            if after is not None:
                return after
        if t.startswith(self.table_starts):
            after = self.roster_table(i)
            if after is not None:
                return after
        if t == SEQUENCE and i + 1 < len(self.lines) and self.flat[i + 1] == "姓名":
            after = self.numbered_role_table(i)
            if after is not None:
                return after
        if t in self.lex.group_columns and i + 1 < len(self.lines) and self.flat[i + 1] in self.lex.roles:
            after = self.stacked_roster_table(i)
            if after is not None:
                return after
        if t.startswith(self.lex.role_columns) or ("姓" in t and t.endswith("职务")) or (
                (t == BARE_ROLE_COLUMN or ROLE_COLUMN.fullmatch(t)) and i + 1 < len(self.lines)
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
        if self.role is not None and self.header_again(i):
            self.consumed.add(ln.number)  # (a table's header printed again after a page break: the list goes on)
            return i + 1
        labs = self.labels(i)
        if labs and labs[0].norm == "牵头单位" and self.group is None:
            labs = []
        if labs and self.run_in_labels(i):
            return i + 1  # a paragraph of labels run in, wrapped across lines: the prose reader reads it whole
        if labs:
            return self.start_row(i, labs)
        if self.role is not None and self.next_item(i):  # (``1、…副组长：X`` ⏎ ``2、区级机关各部门…``: the list's
            self.role = None  # next item, no unlabelled row under the role)
        if self.role is not None and _NUMBERING.match(t) and self.heading(i):
            self.role = None  # (``委员：X`` ⏎ ``2、某科室管理小组：``: the next body's roster, numbered)
        if self.role is not None and not self.group_heading(i):
            if self.role.unit_only or not self.person_row(i):
                if (not self.role.unit_only and _GARBLED.search(t) and i + 1 < len(self.lines)
                        and self.person_row(i + 1)):
                    return i + 1  # (a row a mirror garbled, a person's row under it: the list goes on past it)
                if self.unit_line(i):
                    return self.start_row(i, [], kind="unit")
                if not self.role.unit_only and _post_then_name(t):  # (``区政府副区长党文博``, a person a line)
                    after = self.start_row(i, [], kind="unit")
                    self.rows[-1].glued = True
                    return after
            elif self.person_row(i):
                return self.start_row(i, [], kind="person")
        elif self.body is not None and self.names_follow(i):
            self.role = Label(0, 0, "成员", False, False)  # (``由各科室主任组成，名单如下：`` ⏎ ``赵六 钱七 孙八``)
            self.consumed.add(ln.number)
            return i + 1
        elif (i < _EXCERPT_START_LINES and self.strong_person_row(i) and i + 1 < len(self.lines)
              and self.strong_person_row(i + 1)):
            # An excerpt that starts inside a list of members.
            self.role = Label(0, 0, "成员", False, False)
            return self.start_row(i, [], kind="person")
        self.role = None
        group = self.group_heading(i)
        if group:
            numbering = _numbering_style(t)
            if self.body is None or (self.body_is_group and numbering is not None
                                     and numbering == self.body_numbering):
                # (``4.6.9 治安组`` after ``4.6.8 抢险组``: the excerpt's groups side by side, no body above them)
                if self.set_body(group, ln.number):
                    self.body_numbering, self.body_is_group = numbering, True
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
        if self.body is not None and "下设" in t and patterns().office_set_up.match(t):
            self.office = "办公室"  # (``领导小组下设办公室。`` ⏎ ``主  任：X``: the office's director)
            return i + 1
        if self.office and _SECTION_NUMBER.match(t):
            self.office = None  # the next section: no longer the office's
        head = self.heading(i)
        if head:
            body, used = head
            numbering = _numbering_style(t)
            # (``应急工作组组成及职责`` keeps the body in force; ``2、某科室管理小组：`` after ``1、某委员会：`` is the
            # next body of the list, numbered alike, its roster right below: not ``二、专项小组`` ⏎ ``1.工作小组``)
            takes = self.body is None or patterns().main_body.search(body) or (
                numbering is not None and numbering == self.body_numbering and i + used < len(self.lines)
                and (self.labels(i + used) or self.names_follow(i + used)))
            if takes and self.set_body(body, ln.number):
                self.body_numbering = numbering
            for k in range(used):
                self.consumed.add(self.lines[i + k].number)
            return i + used
        lines = self.paragraph_from(i)  # (as the layout joined a PDF's wrap: ``决定成立2`` ⏎ ``008年某工作领导小组``)
        text = "".join(x.text for x in lines)
        body = self.body_in_prose(text) if lines else None  # (none: read with the line its paragraph starts at)
        if body:
            self.set_body(Block.from_lines(self.source, lines).original(*_find(text, body)), ln.number)
        return i + 1

    def paragraph_from(self, i: int) -> list[Line]:
        """Line ``i`` and the notice's lines after it that its paragraph goes on in; none if ``i`` goes on a
        paragraph of the notice's line above."""
        if self.lines[i].number not in self.wrapped and (
                i + 1 == len(self.lines) or self.lines[i + 1].number not in self.wrapped):
            return [self.lines[i]]  # (most lines: a paragraph of their own)
        numbers = self.notice.layout.block_of(self.lines[i].number).numbers
        if i > 0 and self.lines[i - 1].number in numbers and self.lines[i].number in self.wrapped:
            return []
        j = i + 1
        while j < len(self.lines) and self.lines[j].number in numbers and self.lines[j].number in self.wrapped:
            j += 1
        return self.lines[i:j]

    @cached_property
    def post_columns_longest(self) -> tuple[str, ...]:
        """The names of a roster table's posts column, longest first."""
        return tuple(sorted(self.lex.post_columns, key=len, reverse=True))

    def header_again(self, i: int) -> bool:
        """Is line ``i`` a roster table's header of column names only (``指挥部职务  姓  名  工作单位及职务``), a
        role's column, the names' and the posts' (printed again at a page's top inside a list)?"""
        t = self.flat[i]
        post = next((p for p in self.post_columns_longest if t.endswith(p)), None)
        if post is None or not t[: -len(post)].endswith("姓名"):
            return False
        role = t[: -len(post) - 2]
        return role == BARE_ROLE_COLUMN or self._role_column(role)

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
        if _DUTIES_AFTER.match(ln.text, m.end()):
            return None  # (``彭立新（主任）：主持…工作``: a leader's duties in a 分工, no roster's row)
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
            item = _ITEM_NUMBER.match(self.flat[i])
            self.role_item = int(item.group(1)) if item else None
            if labs[0].body_span:  # ``县城市管理委员会成员单位：…``, ``宣传工作组组长：…``
                named = Block.from_lines(self.source, [ln]).original(*labs[0].body_span)
                named = self.defined(named) or named  # ``县食安委`` after ``县食品安全委员会（以下简称县食安委）``
                if self.body and short_for(compact(working_copy(named)), working_copy(self.body)):
                    pass  # ``县食安委成员单位：`` under 县食品安全委员会: the body in force, named short
                elif patterns().main_body.search(flat := compact(working_copy(named))) and (
                        flat not in self.lex.body_suffixes):  # (the working copy: ``…領導小組`` too)
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
        if kind == "person" and (role.norm or role.role) in MEMBER_ROLES:
            self.person_members = True
        j = i + 1
        if kind == "person":
            while j < len(self.lines) and not self.next_item(j) and (
                    self.fragment(j, row) or self.names_wrapped(j, row)):
                row.lines.append(self.lines[j])
                self.consumed.add(self.lines[j].number)
                j += 1
        else:
            while (j < len(self.lines) and j - i < _MAX_UNIT_LINES and not self.next_item(j)
                   and self.continues_list(j, row)):
                row.lines.append(self.lines[j])
                self.consumed.add(self.lines[j].number)
                j += 1
            while j < len(self.lines) and self.ends_sentence(j, row):
                row.lines.append(self.lines[j])
                self.consumed.add(self.lines[j].number)
                j += 1
        return j

    def names_wrapped(self, i: int, row: _Row) -> bool:
        """Does line ``i`` carry on the row's list of names where the layout joined it to the row's last line (a
        PDF's wrap cut the list, a name too: ``副组长：周一、吴二、郑三`` ⏎ ``丰、钱四、孙五。``)? The row's last slot
        lists names, and line ``i`` goes on listing: no label, no prose, no space (``郝一 乡长``: a row of its own)."""
        t = self.flat[i]
        last = row.lines[-1]
        if not t or self.lines[i].number not in self.wrapped or compact(last.text)[-1:] in "。；;":
            return False
        if self.lines[i].number not in self.notice.layout.block_of(last.number).numbers:
            return False
        slot = compact(last.text)
        slot = slot[max(slot.rfind(":"), slot.rfind("：")) + 1 :]
        if len(re.findall("[、，,]", slot)) < 2 or any(ch.isspace() for ch in self.lines[i].text.strip()):
            return False
        return ":" not in t and "：" not in t and "、" in t and not _PROSE_WORDS.search(t) and not self.labels(i)

    def names_follow(self, i: int) -> bool:
        """Does line ``i`` announce the body's members as a list of names, no role labelled (``由…组成，名单如下：``
        ⏎ ``赵六 钱七 孙八``)?"""
        t = self.flat[i]
        if not t.endswith(("如下:", "如下：")) or not _NAMES_FOLLOW.search(t) or i + 1 >= len(self.lines) or (
                self.labels(i + 1)):
            return False
        return len(self.line_people(i + 1) or []) >= 2 or self.strong_person_row(i + 1)

    def next_item(self, i: int) -> bool:
        """Does line ``i`` open the next item (``2、``) of the numbered list whose item labelled the role (``1、``)?"""
        item = _ITEM_NUMBER.match(self.flat[i]) if self.role_item is not None else None
        return item is not None and int(item.group(1)) == self.role_item + 1

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
        layout = self.notice.layout  # (the working copy read, the name taken as written: ``以下簡稱`` too)
        named = "以下简称" + working_copy(short)
        definition = re.compile(rf"([{HAN}“”]{{2,40}}?)[(（]{re.escape(named)}[)）]")
        m, at = None, layout.norm.find(named)
        while m is None and at >= 0:  # (the pattern tried only where its words are: a scan of the whole text
            m = definition.search(layout.norm, max(0, at - 41), at + len(named) + 1)  # from each letter was 4%
            at = layout.norm.find(named, at + 1)  # of a corpus's extraction)
        if m is None:
            return None
        lo, hi = m.span(1)
        while lead := _LEADING_VERB.match(layout.norm[lo:hi]):
            lo += lead.end()
        body = layout.norm[lo:hi]
        found = self.lex.body_re.search(body) and short_for(working_copy(short), body)
        return layout.source.text[lo:hi] if found else None

    def fallback_body(self, i: int) -> str:
        """A body for a roster whose heading was not seen: the notice title, or a later mention."""
        m = patterns().title_found.search(compact(self.notice.title or ""))
        if m:
            return m.group("body")
        mention = re.compile(
            rf"(?P<body>[{HAN}“”\d]{{2,40}}?(?:{self.lex.body_suffix_alt}))(?=成员|组成|人员|[，,。；;:：(（]|$)"
        )
        for ln in reversed(self.lines[max(0, i - 5) : i]):  # ``决定对县防汛抗旱指挥部成员进行调整``
            found = [fm for fm in mention.finditer(ln.text) if not _IN_CHARGE.search(ln.text, 0, fm.start())]
            if found:  # (not a body a leader is in charge of: ``分管县人大常委会…、监察和司法工作委员会``)
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
            if (people is not None and len(people) == 1 and lab is not None and not _SPACE.search(
                    text, *strip_span(text, c_lo, c_hi2)) and len(run := people_in_slot(text, c_lo, c_hi2)) > 1
                    and run[0].name == people[0].name):
                people = run  # (a flattened copy's people each glued to their posts: ``成员：A县财政局局长B县…``)
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
            if not people and not unit_only and lab is not None:
                people = self._known_people(text, c_lo, c_hi2)
            if people:
                yield from self.person_facts(block, people, body, role)
            else:
                yield from self.unit_facts(block, c_lo, c_hi2, body, role)

    def _known_people(self, text: str, lo: int, hi: int) -> list[PersonSpan] | None:
        """A slot of names alone that the roster named before, posts beside them (``组长：其其格`` after
        ``副总指挥：其其格　旗委常委、常务副旗长``): names no surname list knows, which the text showed as people."""
        parts = [strip_span(text, a, b) for a, b in top_level_split(text, lo, hi, seps="、，,")]
        if not parts or not all(b > a and compact(text[a:b]) in self.known for a, b in parts):
            return None
        return [PersonSpan((a, b), []) for a, b in parts]

    def _people_before_units(self, text: str, lo: int, hi: int) -> tuple[list[PersonSpan], int] | None:
        """A row of people, then of units after a comma (or, in one list, after a 、: ``A（…）、B（…）、县教育局主要负责
        人``): the people and where the units start (the parts that read as people, one more at a time from the
        first, if what follows them reads as units)."""
        for seps in ("，,；;", "、，,；;及", "、，,；;"):  # (``…、E（…）及各村党组织书记``)
            parts = [(a, b) for a, b in top_level_split(text, lo, hi, seps=seps) if b > a]
            found = None
            for k in range(len(parts) - 1):  # (a list of units fails at its first part)
                # (names after their posts too: ``成员：市政府办公室主任A，…副主任B，市发展改革局主要负责同志``)
                people = parse_people(text, lo, parts[k][1], self.lex) or only_people(text, lo, parts[k][1])
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
        parts = unit_parts(block.text, lo, hi, self.ctx.agencies, self.lex, labelled=True)
        if parts and not parts[-1].known and parts[-1].span[1] == hi and block.ends_excerpt(hi):
            parts = parts[:-1]  # (``…、社会事务综合服务中心、农业综``: the last unit cut by the end of an excerpt)
        for part in parts:
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


# A portfolio's verb, the clause going on to the end of the text before a mention of a body.
_IN_CHARGE = LazyPattern(r"(?:分管|联系|负责|协助|主管|挂钩)[^，,。；;：:]*$")


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


_ITEM_NUMBER = LazyPattern(r"^(\d{1,2})[、.．](?!\d)")
_DASH_CELL = LazyPattern(r"(?<=\|)(\s*)([—\-－]+)(\s*)(?=\|)")  # ``| —— |``: a cell left empty


def _numbering_style(text: str) -> str | None:
    """How a line is numbered, the numbers left out: ``1、`` and ``2、`` alike, ``（一）`` apart."""
    m = _NUMBERING.match(text)
    if m is None:
        return None
    return re.sub(r"\d+", "1", re.sub(r"[一二三四五六七八九十]+", "一", m.group().strip()))


def _post_then_name(text: str) -> bool:
    """Is ``text`` (whitespace removed) one person, posts glued before the name and nothing else
    (``区委常委、常务副区长崔立新``)?"""
    if not text or _PROSE_PUNCT.search(text):
        return False
    split = split_name_post(text)
    return split is not None and split[2] == 0 and split[3] == split[0] > 0 and split[1] == len(text)


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
    prose = list(roster_prose.extract(notice, ctx, scan.consumed, scan.bodies))
    yield from scan.facts
    yield from prose
    # (a report of a meeting: its people's posts may name their task forces; the units it lists as members of one,
    # ``A、B等X成员单位领导参加会议``, name no one; a person the roster names already is the roster's)
    named = {f.person for f in (*scan.facts, *prose) if isinstance(f, Membership)}
    yield from (f for f in roster_titles.extract(notice, ctx, scan.consumed) if f.person not in named)
