"""Words and spans of rosters: role labels, personal names, titles and member units.

Everything here works on the working copy of a block (simplified, NFKC-folded,
one character per original character) and returns spans into it, so callers
can cite a span and print it as written with ``Block.original``.

The vocabulary lives in ``data/rosters.yml`` and is loaded once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from graph_build.data_files import load_yaml
from graph_build.layout import working_copy
from graph_build.patterns import LazyPattern, alternation
from graph_build.people import (
    HAN,
    PersonSpan,
    _Compact,
    compact,
    is_name,
    long_name,
    names,
    read_vocabulary,
    split_glued,
    strip_span,
    title_like,
    title_spans,
)
from graph_build.units import (
    CLOSE,
    CONJUNCTIONS,
    OPEN,
    UNIT_SUFFIX,
    join_levels,
    space_split,
    split_conjunction,
    top_level,
    top_level_split,
)

if TYPE_CHECKING:
    from graph_build.nlp import AgencyRecogniser

DATA = Path(__file__).resolve().parent.parent / "data" / "rosters.yml"

_HAN_ONLY = LazyPattern(rf"^[{HAN}]+$")
# A web page's line of metadata (``2024-02-27 来源：…融媒体中心 编辑：宋琪 【字号 大 中 小】``): its labels are no
# roles, and it is no sentence of a roster.
PAGE_METADATA = LazyPattern(r"来源[:：]|发布时间|发布日期|浏览次数|点击[数量率]|阅读次数|【?字号|字体[:：]")
# Words inside a unit's short name that make it a post (``县相关领导``), never a unit.
_NOT_IN_NAME = LazyPattern(
    r"(主任|局长|书记|县长|部长|委员|成员|组长|主席|负责|同志|单位|部门|政府|工作|领导|干部|干事|科员|经理|记者|"
    r"人员|专家|常务|分管|相关|有关|各|全县|县直|乡镇|指挥|召集)"
)
# Leadership organs: a post of these is a person's post, not a unit (``县委常委``, ``县政府分管副主任``).
# Written without a place name they are the text's own government; with one (``某区政府``)
# they may be a lower government sitting as a unit among others.
_LEADERSHIP = LazyPattern(rf"^(?:[{HAN}]{{2,4}}?[县市区]|[县市区])(?:委|政府|人民政府|人大|人大常委会|政协)$")
_OWN_LEADERSHIP = LazyPattern(r"^[县市区省](?:委|政府|人民政府|人大|人大常委会|政协)$")
_COUNT = r"(?:共计|共|计)?[一二三四五六七八九十两百多几\d]+(?:个|家|名)?"
_KIND_WORDS = r"(?:相关|有关|职能|其他|成员|省直|县直|市直|区直|省级|县级|市级|区级)*"  # (before a kind of units)
_KINDS = _KIND_WORDS + r"(?:部门和单位|部门单位|单位和部门|单位|部门|方面|厅局|委办局)"
# Sections of the units listed (``…、人社局等单位相关科室``): their heads sit for the units.
_SECTION = r"(?:的)?(?:相关|有关)(?:业务)?(?:司局|科室|处室|股室)"
# A list ends with ``等单位``, ``四部门`` or ``等共计28家部门单位``, or those units' sections: drop it from the last
# unit.
_TRAIL = LazyPattern(rf"(?:等(?:等)?(?:{_COUNT})?(?:{_KINDS})?(?:{_SECTION})?|{_COUNT}{_KINDS}(?:{_SECTION})?)$")
# Where a list ends and its summary starts (``…县城乡建设局等36个县委、县政府部门…的39名领导``):
# ``等`` or ``共`` before a count; the summary is not a unit.
_LISTED_UNITS = LazyPattern(rf"..等(?:等)?(?:{_COUNT})?(?:{_KINDS})$")
_SUMMARY = LazyPattern(r"(?:等(?:共计|共|计)?|共计|共)(?=[一二三四五六七八九十两百多几\d]+(?:个|家|名))")
_NOTE = LazyPattern(r"[(（](?:简称|以下简称)[^)）]*[)）]")
_VERBS = LazyPattern(r"(由|组成(?!员)|担任|兼任|下设|设在|负责(?!人|同志))")
# Words before a unit in a list's item (``——``: a name cell left empty before a unit's head, ``——  县气象局局长``;
# ``辖区内各居委``: where the units are; not the 有 of ``有关部门``)
_LEAD = LazyPattern(
    r"^(?:由|为|是|包括|有(?!关)|即|另外|此外|同时|其中|以及|明确|确定|抽调|选派|从(?=[县市区省各])"
    r"|(?:本|所在)?辖区内?|[:：]|[—－-]+)+")  # (``抽调A、B…``, ``从县X局…``: not ``从江县``)
_TOWNSHIP_HEAD = LazyPattern(r"(?:的)?(?:乡\s*[(（]\s*镇\s*[)）]|乡镇|乡|镇)?长$")
_TOWNSHIP_UNIT = LazyPattern(r"(?:乡|镇|乡镇|[(（]镇[)）]|政府|街道|办事处)$")
_EXTRA_UNIT = LazyPattern(
    r"(?:党委|党组织|组织|村委会|居委会|两委|经开区|高新区|新区|管委会|[(（](?:镇|乡|乡镇|街道)[)）])$"
)


@dataclass(frozen=True)
class Lexicon:
    """The roster vocabulary of ``data/rosters.yml`` with the patterns built from it."""

    person_roles: tuple[str, ...]
    group_columns: tuple[str, ...]
    group_table_other: tuple[str, ...]
    post_columns: tuple[str, ...]
    contact_columns: tuple[str, ...]
    unit_roles: tuple[str, ...]
    role_columns: tuple[str, ...]
    role_modifiers: tuple[str, ...]
    bare_label_roles: tuple[str, ...]
    body_suffixes: tuple[str, ...]
    heading_tails: tuple[str, ...]
    group_suffixes: tuple[str, ...]
    head_words: tuple[str, ...]
    personnel_words: tuple[str, ...] = ()
    founding_words: tuple[str, ...] = ()
    personnel_titles: tuple[str, ...] = ()
    task_fields: tuple[str, ...] = ()
    editorial_roles: frozenset[str] = frozenset()
    editorial_bodies: tuple[str, ...] = ()
    administration_endings: tuple[str, ...] = ()
    cadre_kinds: frozenset[str] = frozenset()
    titled_bodies: tuple[str, ...] = ()
    titled_roles: tuple[str, ...] = ()
    titled_name_followers: tuple[str, ...] = ()
    titled_committees: tuple[str, ...] = ()
    titled_committee_roles: tuple[str, ...] = ()
    titled_offices: tuple[tuple[str, str | None], ...] = ()  # (office named short, its committee's short name)

    def page_credits(self, role: str, body: str | None) -> bool:
        """Is ``role`` an editorial role outside an editorial board (``编辑：覃美玲　责任编辑：黄志强``: a page's
        credits)?"""
        return compact(working_copy(role)) in self.editorial_roles and not (
            body and any(b in working_copy(body) for b in self.editorial_bodies))

    def administration(self, body: str) -> bool:
        """Is ``body`` an administration named as a committee (``某开发区管理委员会``, ``某村民委员会``): an agency
        that has leaders, no roster's body?"""
        return compact(body).endswith(self.administration_endings)

    @cached_property
    def personnel_re(self) -> re.Pattern[str]:
        """A personnel word, unless a roster's role follows it: ``向东升任副组长`` is a name then ``任副组长``."""
        role = f"(?:{alternation(self.role_modifiers)})*(?:{alternation(self.roles)})"
        return re.compile(f"(?:{alternation(self.personnel_words)})(?!{role})")

    @cached_property
    def founding_re(self) -> re.Pattern[str]:
        return re.compile(f"(?:{alternation(self.founding_words)})")

    @cached_property
    def personnel_title_re(self) -> re.Pattern[str]:
        return re.compile(f"(?:{alternation(self.personnel_titles)})")

    @cached_property
    def roles(self) -> tuple[str, ...]:
        return tuple(sorted({*self.person_roles, *self.unit_roles}, key=len, reverse=True))

    @cached_property
    def role_alt(self) -> str:
        """Alternation of the roles, each letter allowed to be spaced out (``组 长``, ``副 组 长``)."""
        return "|".join(r"\s*".join(map(re.escape, r)) for r in self.roles)

    @cached_property
    def compact_role_alt(self) -> str:
        return "|".join(map(re.escape, self.roles))

    @cached_property
    def modifier_alt(self) -> str:
        return "|".join(map(re.escape, self.role_modifiers))

    @cached_property
    def body_suffix_alt(self) -> str:
        return alternation(self.body_suffixes)

    @cached_property
    def body_re(self) -> re.Pattern[str]:
        return re.compile(f"(?:{self.body_suffix_alt})")

    @cached_property
    def tail_re(self) -> re.Pattern[str]:
        tails = alternation(self.heading_tails)
        return re.compile(f"^(?:{tails})*$")

    @cached_property
    def head_re(self) -> re.Pattern[str]:
        """A unit's head or staff after the unit: ``主要负责人``, ``分管副主任``, ``协助工作的副主任``."""
        words = alternation(self.head_words)
        mod = rf"(?:主要|分管|联系|有关|相关|协助工作的|(?:分管|协助|负责|联系)[{HAN}]{{1,8}}?工作的|党组)?"
        one = rf"{mod}(?:副|常务副|专职副|专职)?(?:{words})"
        # (a bracket after the head says it again in other words: ``苏木达（镇长）``; a count before it: ``民政厅一名
        # 副厅长``; the staff each unit sends: ``各1名业务骨干``, ``抽调工作人员``)
        sent = r"(?:各)?(?:抽调|选派|派出|明确|确定|指定)?(?:[\d一二两三四五六七八九十]+(?:名|人)|一位)?"
        staff = r"(?:业务骨干|工作人员|骨干|干部)"
        return re.compile(
            rf"^(?:的)?(?:(?:[一1]名|一位)?{one}|{sent}{staff})(?:[或和及、]{one})*(?:[(（][{HAN}]{{1,6}}[)）])?$")

    # Names and posts are the person-name reader's (graph_build/people.py, data/people.yml).

    @property
    def post_end_re(self) -> re.Pattern[str]:
        return names().post_end_re

    @property
    def post_re(self) -> re.Pattern[str]:
        return names().post_re

    @property
    def post_end_chars(self) -> frozenset[str]:
        return names().post_end_chars

    @property
    def not_names(self) -> frozenset[str]:
        return names().not_names

    @property
    def field_words(self) -> frozenset[str]:
        return names().field_words


def _mapping(path: Path, key: str) -> tuple[tuple[str, str | None], ...]:
    """A vocabulary entry that maps words to words (or to nothing), as pairs."""
    raw = (load_yaml(path) or {}).get(key) or {}
    return tuple((str(k), str(v) if v is not None else None) for k, v in raw.items())


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The roster vocabulary, read once."""
    words = read_vocabulary(DATA)
    return Lexicon(
        person_roles=words("person_roles"),
        group_columns=words("group_columns"),
        group_table_other=words("group_table_other"),
        post_columns=words("post_columns"),
        contact_columns=words("contact_columns"),
        unit_roles=words("unit_roles"),
        role_columns=words("role_columns"),
        role_modifiers=words("role_modifiers"),
        bare_label_roles=words("bare_label_roles"),
        body_suffixes=words("body_suffixes"),
        heading_tails=words("heading_tails"),
        group_suffixes=words("group_suffixes"),
        head_words=words("head_words"),
        personnel_words=words("personnel_words"),
        founding_words=words("founding_words"),
        personnel_titles=words("personnel_titles"),
        task_fields=words("task_fields"),
        editorial_roles=frozenset(words("editorial_roles")),
        editorial_bodies=words("editorial_bodies"),
        administration_endings=words("administration_endings"),
        cadre_kinds=frozenset(words("cadre_kinds")),
        titled_bodies=words("titled_bodies"),
        titled_roles=words("titled_roles"),
        titled_name_followers=words("titled_name_followers"),
        titled_committees=words("titled_committees"),
        titled_committee_roles=words("titled_committee_roles"),
        titled_offices=_mapping(DATA, "titled_offices"),
    )


_GENERIC_BODY = LazyPattern(  # (``3个督查组``: a count of bodies, none named)
    r"^(?:相应|专门|本级|本单位|本部门|各级|各|其|该|乡级|村级|有关|相关|一个|工作|[\d一二两三四五六七八九十]+个)")


# The head count a founding sentence gives before the body's name (``成立13人防汛指挥所``, ``3-5人的…小组``).
_HEAD_COUNT = LazyPattern(r"(?:\d{1,3}(?:[-—~～至]\d{1,3})?|[一二两三四五六七八九十]{1,3})[人名]的?(?=[\u4e00-\u9fff])")


def founded_start(body: str) -> int:
    """Where the body's name starts in ``以张三为组长…的X领导小组`` (after the last 的), ``(调整)后的X指挥部`` or
    ``13人防汛指挥所`` (after the head count), else 0."""
    if body[:1] in "以由" and "的" in body:
        return body.rindex("的") + 1
    if body.startswith("后的"):
        return 2
    count = _HEAD_COUNT.match(body)
    return count.end() if count else 0


def short_for(short: str, body: str) -> bool:
    """Is ``short`` a short name of ``body`` (``县应急指挥部`` of ``某县重污染天气应急指挥部``)?

    Its characters appear in order in ``body``; the last ones (the kind of body) match.
    """
    s, b = compact(working_copy(short)), compact(working_copy(body))
    if s.endswith("委会") and b.endswith("委员会"):  # ``县安委会`` of ``县安全生产委员会``
        s = s[:-1]
    # ``县食安委`` of ``县食品安全委员会``, ``市防指`` of ``市防汛抗旱指挥部``: 委, 指 stand for the kind of body
    if (s.endswith("委") and b.endswith("委员会")) or (s.endswith("指") and b.endswith("指挥部")):
        b = b[:-2]
        if len(s) > len(b) or s[-1] != b[-1]:
            return False
    elif len(s) > len(b) or s[-2:] != b[-2:]:
        return False
    it = iter(b)
    return all(ch in it for ch in s)


_LISTED_BODIES = LazyPattern(r"、|[\d一二三四五六七八九十两多几若干]+[个個]|等多")
_QUOTED = LazyPattern(r"[“\"][^“”\"]*[”\"]")


def lists_bodies(name: str) -> bool:
    """Does what reads as a body's name list or count bodies instead (``宣传组、整治组2个专项工作组``,
    ``整治督查组等多个工作组``)? A list inside quotes is a name's (``“双随机、一公开”监管工作联席会议``)."""
    return _LISTED_BODIES.search(_QUOTED.sub("", name)) is not None


def joined_bodies(body: str, lex: Lexicon | None = None) -> list[str]:
    """The bodies a name joins with 和 or 及, each named in full (``某县西部开发领导小组和某县振兴领导小组``: two
    bodies that share the roster's slot), else the name alone."""
    lex = lex or lexicon()
    for m in _JOINS.finditer(body):
        left, right = body[: m.start()], body[m.end() :]
        if len(left) >= 4 and len(right) >= 4 and left.endswith(lex.body_suffixes) and right.endswith(
                lex.body_suffixes) and not _QUOTED.search(body):
            return [left, *joined_bodies(right, lex)]
    return [body]


_JOINS = LazyPattern("[和及]")


def generic_body(body: str) -> bool:
    """``相应的领导小组``, ``各级领导小组``: a kind of body, not a named one."""
    return bool(_GENERIC_BODY.match(compact(body)))


# -- names -----------------------------------------------------------------


def title_truncated(s: str, lex: Lexicon | None = None) -> bool:
    """A title cut by a line break: it ends with ``、`` or not with a post (``县政府副县长、公安局``)."""
    lex = lex or lexicon()
    t = compact(s)
    if not t:
        return False
    if t[-1] in ")）" and t.count("(") + t.count("（") == t.count(")") + t.count("）"):
        return False  # ``梁为东(市政府副秘书长)``: the bracket closes the row
    return t[-1] in "、，," or t[-1] not in lex.post_end_chars or names().post_end_re.search(t) is None


# -- lists -----------------------------------------------------------------


# -- units -----------------------------------------------------------------


def _unit_suffix(s: str, agencies: AgencyRecogniser | None) -> bool:
    if not s:
        return False
    if UNIT_SUFFIX.search(s) or _EXTRA_UNIT.search(s):
        return True
    return agencies is not None and agencies.is_unit(s)


def _bare_unit(s: str, lex: Lexicon, agencies: AgencyRecogniser | None) -> bool:
    """A unit written alone: ends like a unit, and not like a post (``县委常委`` is a post)."""
    if len(s) < 2 or (lex.post_end_re.search(s) and not s.endswith(("委员会", "管委会", "村委会", "居委会"))):
        return False
    return _unit_suffix(s, agencies)


@dataclass
class UnitPart:
    span: tuple[int, int]  # the unit, in the text
    headed: bool  # the text named the unit's head (``…主要负责人``)
    known: bool  # ends like a unit (else a field of work such as ``公安``, ``住建``)
    head: str | None = None  # the head phrase as written (``主要负责人``, ``局长``, ``副部长``)
    leadership: bool = False  # a government or party committee named through its head (``某区政府主要领导``)


_POINTING_BACK = ("这些", "那些", "上述", "前述", "以上")


def unit_of(
    text: str, lo: int, hi: int, agencies: AgencyRecogniser | None = None, lex: Lexicon | None = None
) -> UnitPart | None:
    """The unit a list item names, with a head phrase and a trailing ``等单位`` removed.

    ``县应急管理局主要负责人`` -> ``县应急管理局``; ``县人武部副部长`` -> ``县人武部``;
    ``各乡（镇）长`` -> ``各乡（镇）``; ``分管发展改革工作副县长`` -> None (a post only).
    """
    lex = lex or lexicon()
    lo, hi = strip_span(text, lo, hi)
    if hi <= lo or "|" in text[lo:hi] or "\t" in text[lo:hi]:  # (a table's cells run together: no unit)
        return None
    c = _Compact(text, lo, hi)
    s = c.s
    m = _LEAD.match(s)
    start = m.end() if m else 0
    end = len(s)
    headed = leadership = False
    note = _NOTE.search(s, start)
    if note:  # ``村委会(简称村两委)主要负责同志``: the unit ends before the note
        rest = s[note.end() :]
        if rest and not lex.head_re.match(rest) and not _TRAIL.fullmatch(rest):
            return None
        end, headed = note.start(), bool(rest)
    for _ in range(4):  # a head, then ``等单位``, then a head again (``X等单位主要负责人``)
        part = s[start:end]
        tm = _TRAIL.search(part)
        if tm and tm.start() > 0:
            end = start + tm.start()
            continue
        cut = _strip_head(part, lex, agencies)
        if cut is None and (k := part.find("分管")) >= 2 and _unit_suffix(part[:k], agencies):
            cut = k  # (``各乡（镇）人民政府分管副乡（镇）长``: the head a bracket breaks, after the unit)
        if cut is None and part.endswith("领导") and _LISTED_UNITS.search(part[:-2]):
            cut = len(part) - 2  # (``建设局等部门领导``: the listed units' heads; a bare ``领导`` heads nothing else)
        if cut is None:
            break
        if _OWN_LEADERSHIP.match(part[:cut]):
            return None
        leadership = leadership or bool(_LEADERSHIP.match(part[:cut]))
        end, headed = start + cut, True
    part = s[start:end]
    own = part[:-2]
    if headed and part.endswith("党委") and _bare_unit(own, lex, agencies) and not _TOWNSHIP_UNIT.search(own):
        end -= 2  # (``市文化委党委书记``: the unit's own party committee heads it; ``各乡镇党委书记``: the township's)
        part = s[start:end]
    if (k := part.find("及其")) >= 2:  # (``各居委及其物业公司负责人``: the unit, and bodies of its own it names)
        end, part = start + k, part[:k]
    if (len(part) < 2 or _VERBS.search(part) or _name_after_post(part) or part.startswith(_CHARGE) or "工作的" in part
            or (part.startswith("其") and not part.startswith("其他")) or part.startswith(_POINTING_BACK)):
        # (``各居委及其物业公司负责人``: 其, the unit before it, names none of its own; ``这些部门的部长``: units named
        # before)
        return None  # (``吴睿航中央宣传部副部长杜鹰发展改革委``: people and their posts run together; ``分管副镇乡长``,
        # ``协调城建工作的市政府副秘书长``: a post by its charge)
    if lex.post_end_re.search(part) and not _bare_unit(part, lex, agencies):
        return None
    known = _bare_unit(part, lex, agencies) or bool(_TOWNSHIP_UNIT.search(part))
    if not known:
        if not (_HAN_ONLY.match(part) and len(part) <= 8) or (part in lex.not_names and part not in lex.field_words):
            return None
        if _NOT_IN_NAME.search(part) and not part.startswith("各"):
            return None
    a, b = c.span(start, end)
    head = _HEAD_LEAD.sub("", s[end:]) if headed else None
    return UnitPart(span=(a, b), headed=headed, known=known, head=head or None, leadership=leadership)


def _name_after_post(part: str) -> bool:
    """Does a name follow a post inside ``part`` (``…副部长杜鹰…``)? Then it is no unit's name."""
    return any(is_name(part[m.end() : m.end() + k], strict=True)
               for m in names().post_re.finditer(part) if m.end() + 2 <= len(part) for k in (2, 3))


_CHARGE = ("分管", "主管", "协管")  # a post named by its charge starts so, never a unit
_HEAD_LEAD = LazyPattern(r"^(?:等(?:等)?(?:[多几]个?)?(?:相关|有关|职能|其他)?(?:单位|部门)?|单位|部门|的)+")


# A letter or two in brackets inside a head's title, the other way to say it (``校（园）长``, ``副乡（镇）长``).
_ALTERNATE = LazyPattern(r"[(（][\u4e00-\u9fff]{1,2}[)）]")


def _bracketed_head(text: str, lex: Lexicon) -> bool:
    """Is ``text`` a unit's head read without the bracketed letters inside its title (``校（园）长``)? Not where
    the bracket opens it (``(街道)主要负责人``: the unit's)."""
    return not text.startswith(("(", "（")) and lex.head_re.match(_ALTERNATE.sub("", text)) is not None


def _splits_township(part: str, k: int) -> bool:
    """Would a cut at ``k`` split 乡镇 (``各乡镇长``: the heads of the townships, 乡镇 whole)?"""
    return part[k - 1] == "乡" and part[k : k + 1] == "镇"


def _strip_head(part: str, lex: Lexicon, agencies: AgencyRecogniser | None) -> int | None:
    """Length of the unit before a head phrase in ``part`` (None if there is none)."""
    bracketed = "）" in part or ")" in part
    for k in range(2, len(part)):
        rest = part[k:]
        if _splits_township(part, k):
            continue
        if ((lex.head_re.match(rest) or (bracketed and _bracketed_head(rest, lex))) and _unit_suffix(part[:k], agencies)
                and part[:k] not in lex.cadre_kinds):  # (``驻村干部``: cadres of a kind, no unit's)
            return k
    for k in range(2, len(part)):
        if _TOWNSHIP_HEAD.fullmatch(part[k:]) and _TOWNSHIP_UNIT.search(part[:k]) and not _splits_township(part, k):
            return k
    return None


def _joins_units(agencies: AgencyRecogniser | None, lex: Lexicon) -> Callable[[str, int, int, int], bool]:
    """A roster's test for a conjunction between two units: a known unit (or a post) before it, a unit after."""

    def joins(text: str, lo: int, i: int, hi: int) -> bool:
        left_text = compact(text[lo:i])
        if left_text.endswith("农村"):  # (``区农业农村和水务局``: 农村 is a field, no village; one bureau)
            return False
        left, right = unit_of(text, lo, i, agencies, lex), unit_of(text, i + 1, hi, agencies, lex)
        left_ok = (
            (left and left.known)
            or (left is None and lex.post_end_re.search(left_text))
            or (left is not None and _DECLARED.search(left_text) is not None)  # ``电力等部门和全部12个乡镇``
        )
        right_text = compact(text[i + 1 : hi])
        if _KINDS_ALONE.fullmatch(right_text) and _DECLARED_END.search(left_text):
            return False  # (``…等12部门和单位``: the kinds of the list's units, no unit after 和)
        return bool(left_ok and right and (right.known or right_text.startswith("各")))

    return joins


def unit_list(
    text: str,
    lo: int,
    hi: int,
    agencies: AgencyRecogniser | None = None,
    lex: Lexicon | None = None,
    labelled: bool = False,
) -> list[tuple[int, int]]:
    return [u.span for u in unit_parts(text, lo, hi, agencies, lex, labelled)]


# A kind of section alone, after ``各X`` (``局机关各股、站、中心（室）``: each section of the bureau, one unit)
_BARE_KIND = LazyPattern(r"(?:股|站|所|室|科|队|中心|办)(?:[(（][^()（）]{1,4}[)）])?")


def _join_kinds(text: str, pieces: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int]]:
    """The pieces of a list, a kind of section alone (its heads after it) joined to the ``各X`` before it
    (``各股、站、中心负责人``)."""
    out: list[tuple[int, int]] = []
    for x, y in pieces:
        t = compact(text[x:y])
        kind = _BARE_KIND.match(t)
        if (kind and out and "各" in text[out[-1][0] : out[-1][1]]
                and (kind.end() == len(t) or lex.head_re.match(t[kind.end() :]))):
            out[-1] = (out[-1][0], y)
        else:
            out.append((x, y))
    return out


def unit_parts(
    text: str,
    lo: int,
    hi: int,
    agencies: AgencyRecogniser | None = None,
    lex: Lexicon | None = None,
    labelled: bool = False,
) -> list[UnitPart]:
    """Spans of the units a list names (``县发改局、县财政局等单位负责人``), as written.

    Fields of work (``公安、市场监管等多部门``) count as units only where the list
    says they are departments or units. In a labelled list (``成员：…``) short
    names among mostly known units (``经开区``) are kept too.
    """
    lex = lex or lexicon()
    declared = bool(re.search("(部门|单位)", compact(text[lo:hi])[-12:]) or _DECLARED.search(text, lo, hi))
    hi = _summary_start(text, lo, hi)
    items: list[UnitPart] = []

    def is_unit(word: str) -> bool:
        return _bare_unit(word, lex, agencies)

    joins = _joins_units(agencies, lex)
    pieces = [p for x, y in _join_kinds(text, join_levels(text, top_level_split(text, lo, hi)), lex)
              for p in space_split(text, x, y, is_unit)]
    for a, b in pieces:
        # a roster list may also join two known units with 或
        for c, d in split_conjunction(text, a, b, joins, CONJUNCTIONS + "或", OPEN, CLOSE):
            u = unit_of(text, c, d, agencies, lex)
            if u is not None:
                items.append(u)
            elif compact(text[c:d]):
                items.append(UnitPart(span=(c, c), headed=False, known=False))
    real = [u for u in items if u.span[1] > u.span[0] and not _mixed(text, *u.span)]
    if len(real) == 1 and compact(text[real[0].span[0] : real[0].span[1]]) in _BARE_ORGANS:
        return []  # ``政府主要领导``: the government's head, a post
    real = [u for u in real if compact(text[u.span[0] : u.span[1]]) not in _PLACE_KINDS]
    if not real or all(u.leadership for u in real):
        return []  # ``XX县政府主要领导`` alone: a post of that government
    known = sum(1 for u in real if u.known)
    out = []
    for u in real:
        if u.known or declared or (labelled and known * 3 >= len(items) * 2 and known >= 2):
            out.append(u)
    return out


_KINDS_ALONE = LazyPattern(_KINDS)  # (a word that names the kinds of units only)
_DECLARED_END = LazyPattern(rf"等(?:{_COUNT})?(?:{_KINDS})$")
_DECLARED = LazyPattern(rf"等(?:{_COUNT})?{_KIND_WORDS}(?:部门|单位)")


def _summary_start(text: str, lo: int, hi: int) -> int:
    """Where a list's summary starts (``等36个县委、县政府部门…``, ``共16个部门和单位``), else ``hi``."""
    for i in top_level(text, lo, hi, only="等共"):
        if i > lo and _SUMMARY.match(compact(text[i:hi])):
            return i
    return hi


_BARE_ORGANS = frozenset({"政府", "党委", "人民政府", "党组"})
# ``乡镇长``: the head of whichever township, a post rather than a unit.
_PLACE_KINDS = frozenset({"乡镇", "乡", "镇", "乡(镇)", "乡（镇）", "村", "社区", "街道"})
_CONJ_LEFT_POST = LazyPattern(r"(领导|负责人|负责同志|主任|局长|县长|书记|部长)[和及与]")


def _mixed(text: str, a: int, b: int) -> bool:
    """``项目分管领导和项目推进责任单位``: a post and a unit run together, not one unit."""
    return bool(_CONJ_LEFT_POST.search(compact(text[a:b])))


# -- slots of prose ----------------------------------------------------------


@dataclass
class Concurrent:
    """``省统计局局长(兼领导小组办公室主任)``: a post with a roster role held with it."""

    post: tuple[int, int]  # ``省统计局局长`` (empty where the title is only the role)
    role: tuple[int, int]  # ``主任``, with its modifier (``常务副主任``)
    office: bool  # the role is the office's (``办公室主任``)


_POST_TOO = frozenset({"主任", "副主任", "委员", "主席", "副主席"})  # roles that are also posts of their own


def concurrent_role(text: str, lo: int, hi: int, lex: Lexicon | None = None) -> Concurrent | None:
    """The roster role a title says is held concurrently (``…局长(兼领导小组办公室主任)``, ``…兼办公室主任``)."""
    lex = lex or lexicon()
    pat = re.compile(
        rf"[(（]?兼(?:任)?(?P<body>[{HAN}“”\d]{{0,30}}?(?:{lex.body_suffix_alt}))?(?P<office>办公室)?"
        rf"(?P<role>(?:{lex.modifier_alt})?(?:{lex.compact_role_alt}))[)）]?$"
    )
    m = pat.search(text, lo, hi)
    if not m:
        return None
    if not (m.group("body") or m.group("office") or text[m.start()] in "(（") and compact(m.group("role")) in _POST_TOO:
        return None  # (``后寨村支书兼主任``: the village committee's 主任, a post, no role in the roster)
    post_lo, post_hi = strip_span(text, lo, m.start())
    return Concurrent((post_lo, post_hi), (m.start("role"), m.end("role")), bool(m.group("office")))


# -- rows of names ---------------------------------------------------------


_ROW_NUMBER = LazyPattern(r"\s*(?:[(（]?\d{1,2}[)）.、．]|[①-⑳])\s*")


def _tokens(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Tokens split on whitespace and on a comma after a name (``王润，县长``)."""
    return [(lo + m.start(), lo + m.end()) for m in re.finditer(r"[^\s，,]+", text[lo:hi])]


def _spaced_third(text: str, toks: list[tuple[int, int]], i: int) -> bool:
    """Do tokens ``i`` to ``i + 2`` spell a name of three letters spaced out letter by letter (``郭 卫 东``): single
    letters a single space apart, no fourth letter after them (``彭  亮  李  娜``: names of two, padded)?"""
    (a0, b0), (a1, b1), (a2, b2) = toks[i : i + 3]
    fourth = toks[i + 3] if i + 3 < len(toks) else None
    return (b0 - a0 == b1 - a1 == b2 - a2 == 1 and a1 - b0 == a2 - b1 == 1 and bool(re.match(f"[{HAN}]", text[a2]))
            and (fourth is None or fourth[1] - fourth[0] > 1))


def _names_row(text: str, toks: list[tuple[int, int]]) -> list[PersonSpan] | None:
    """``虢琪睿 陈泽珂 李远锦 姚晨宇``: a row of names alone, one of them with a surname no list knows, which its
    neighbours mark as a name (three names or more, all others with known surnames)."""
    words = [text[a:b] for a, b in toks]
    if len(words) < 3 or not all(re.fullmatch(rf"[{HAN}]{{2,3}}", w) for w in words):
        return None
    unknown = [w for w in words if not is_name(w, strict=True)]
    if len(unknown) != 1 or not is_name(unknown[0], strict=False):
        return None
    return [PersonSpan((a, b)) for a, b in toks]


def _take_name(
    text: str, toks: list[tuple[int, int]], i: int, first: bool, lex: Lexicon
) -> tuple[PersonSpan, int, bool] | None:
    """The name starting at token ``i``: (person, next token, title glued to the name)."""
    a, b = toks[i]
    t = text[a:b].rstrip("，,、；;。")
    comrade = t.endswith("同志") and len(t) >= 4
    if comrade:
        t = t[:-2]
    b = a + len(t)
    nxt = text[toks[i + 1][0] : toks[i + 1][1]] if i + 1 < len(toks) else ""
    bm = re.match(rf"^([{HAN}·•]{{2,13}}?)(?:同志)?[(（]([^)）]+)[)）]$", t)
    if bm and (
        is_name(bm.group(1), strict=not first)
        or (long_name(bm.group(1), shortest=3) and title_like(bm.group(2)))  # ``斯琴图雅（苏木党委副书记、苏木达）``
    ):
        return PersonSpan((a, a + bm.end(1)), title_spans(text, a + bm.start(2), a + bm.end(2))), i + 1, False
    if len(t) == 1 and re.match(rf"[{HAN}]", t) and nxt:
        nxt_c = nxt.rstrip("，,、；;。")
        if len(nxt_c) == 1 and i + 2 < len(toks) and _spaced_third(text, toks, i) and (
                is_name(t + nxt_c + text[toks[i + 2][0]], strict=True)):  # (``郭 卫 东``: a letter a space)
            return PersonSpan((a, toks[i + 2][0] + 1)), i + 3, False
        if len(nxt_c) == 1 and is_name(t + nxt_c, strict=not first or i + 2 >= len(toks)):
            return PersonSpan((a, toks[i + 1][0] + 1)), i + 2, False
        spaced = re.match(rf"^([{HAN}])(?:同志)?[(（]([^)）]+)[)）]$", nxt_c)  # ``林  钊（县委常委、常务副县长）``
        if spaced and is_name(t + spaced.group(1), strict=True):
            n0 = toks[i + 1][0]
            return PersonSpan((a, n0 + 1), title_spans(text, n0 + spaced.start(2), n0 + spaced.end(2))), i + 2, False
        if len(nxt_c) == 2 and is_name(t + nxt_c, strict=True) and not is_name(nxt_c, strict=True):
            return PersonSpan((a, toks[i + 1][0] + 2)), i + 2, False
        return None
    if 2 <= len(t) <= 4:
        # A rare surname passes only before a title that names a post (``淮某某 县某局股长``).
        followed_by_title = bool(nxt) and bool(lex.post_re.search(compact(nxt))) and not is_name(nxt)
        strict = not (first and followed_by_title)
        if is_name(t, strict=strict):
            return PersonSpan((a, b)), i + 1, False
    if comrade and long_name(t):  # ``格绒拉姆同志``: 同志 marks a long name
        return PersonSpan((a, b)), i + 1, False
    if first and len(t) >= 4:  # ``王凯市长``: four characters are a name only with a two-character surname
        k = split_glued(t)
        if k and not (i + 2 == len(toks) and is_name(compact(nxt), strict=True)):
            return PersonSpan((a, a + k), []), i + 1, True
        # (a post then a name and nothing else, ``陶林镇镇长 郭建平``: the post is the row's first cell, no name)
    if (first and nxt and (long_name(t) or _ROW_NAME.fullmatch(t)) and title_like(nxt)
            and lex.post_re.search(compact(nxt)) and not re.search("[，,。；;！？]", text[a : toks[-1][1]])):
        # (a row, not a sentence: ``额尔敦毕力格　旗委副书记、旗长``, ``孟和巴雅尔 旗财政局局长``,
        # ``包·达来 旗审计局局长``)
        return PersonSpan((a, b)), i + 1, False
    return None


# The first cell of a roster's row before a post: a name of the peoples whose names a surname list does not know,
# five letters or more (``孟和巴雅尔``) or set apart by a dot (``包·达来``), no unit's word in it.
_ROW_NAME = LazyPattern(
    rf"(?![{HAN}]*(?:[县市区旗州省乡镇村局委办府部厅院所站室处科股队组]|同志|工作|单位|部门))"
    rf"(?:[{HAN}]{{5,8}}|[{HAN}]{{1,8}}[·•][{HAN}]{{1,8}})")
_REPLACING = LazyPattern(r"[，,]\s*(?:接替|替换|替代|代替)")


def parse_people(text: str, lo: int, hi: int, lex: Lexicon | None = None) -> list[PersonSpan] | None:
    """The people of a roster row: ``王润 县委副书记、县长``, ``薛高斌 杨通通 兰亚露``, ``王 林``, ``王润（县长）``.

    None if the row does not start with a name.
    """
    lex = lex or lexicon()
    num = _ROW_NUMBER.match(text, lo, hi)  # ``1.张三 县发改局局长``
    if num:
        lo = num.end()
    replaced = _REPLACING.search(text, lo, hi)  # ``…，接替路振国、霍秋菊同志。``: whom they replace, no member
    if replaced:
        hi = replaced.start()
    listed = _listed_names(text, lo, hi, lex) or _comma_rows(text, lo, hi, lex)
    if listed:
        return listed
    toks = _tokens(text, lo, hi)
    row = _names_row(text, toks)
    if row:
        return row
    people: list[PersonSpan] = []
    i = 0
    if toks and _take_name(text, toks, 0, first=True, lex=lex) is None:
        return _title_first(text, toks, lex)
    while i < len(toks):
        got = _take_name(text, toks, i, first=not people, lex=lex)
        if got is not None:
            person, i, glued = got
            if glued:  # ``王润县委副书记、县长 …``: the title starts right after the name
                j = i
                while j < len(toks) and _take_name(text, toks, j, first=False, lex=lex) is None:
                    j += 1
                person.titles = title_spans(text, person.name[1], toks[j - 1][1])
                i = j
            people.append(person)
            continue
        if not people:
            return None
        # A title: up to the next token that starts a new person with a title of its own.
        j = i + 1
        while j < len(toks):
            nxt = _take_name(text, toks, j, first=False, lex=lex)
            if nxt is not None and (nxt[1] >= len(toks) or title_like(text[toks[nxt[1]][0] : toks[nxt[1]][1]])):
                break
            j += 1
        people[-1].titles.extend(title_spans(text, toks[i][0], toks[j - 1][1]))
        i = j
    return people or None


def _unit_then_name(text: str, toks: list[tuple[int, int]], lex: Lexicon) -> PersonSpan | None:
    """``县司法局　赵云帆（局长）`` or ``县司法局　赵云帆　局长``: a unit, then a name with its post in brackets or in
    the token after it; the unit and the post are the person's titles."""
    if len(toks) not in (2, 3):
        return None
    unit = text[toks[0][0] : toks[0][1]]
    if not title_like(unit) or re.search("[，,。；;:：]", unit):
        return None
    a, b = toks[1]
    bm = re.match(rf"^([{HAN}·•]{{2,13}}?)[(（]([^)）]+)[)）]$", text[a:b])
    if len(toks) == 2 and bm and (is_name(bm.group(1), strict=True) or long_name(bm.group(1), shortest=3)):
        titles = title_spans(text, *toks[0]) + title_spans(text, a + bm.start(2), a + bm.end(2))
        return PersonSpan((a, a + bm.end(1)), titles)
    post = text[toks[-1][0] : toks[-1][1]]
    if len(toks) == 3 and is_name(text[a:b], strict=True) and lex.post_re.search(compact(post)):
        return PersonSpan((a, b), title_spans(text, *toks[0]) + title_spans(text, *toks[2]))
    return None


def _comma_rows(text: str, lo: int, hi: int, lex: Lexicon) -> list[PersonSpan] | None:
    """``县发改局局长 周七星，县财政局局长 吴八方``: one person per comma-separated part."""
    parts = [strip_span(text, a, b) for a, b in top_level_split(text, lo, hi, seps="，,；;")]
    parts = [(a, b) for a, b in parts if b > a]
    if len(parts) < 2:
        return None
    out: list[PersonSpan] = []
    for a, b in parts:
        if re.search("[，,；;]", text[a:b]):
            return None
        got = parse_people(text, a, b, lex)
        if not got or len(got) != 1:
            return None
        out.extend(got)
    return out


def _listed_names(text: str, lo: int, hi: int, lex: Lexicon) -> list[PersonSpan] | None:
    """``李四、王五（副县长）``: names separated by ``、``, each possibly with posts in brackets (a long name only
    with them)."""
    if not re.search("[、，,]", text[lo:hi]):
        return None
    while hi > lo and (text[hi - 1].isspace() or text[hi - 1] in "、，,。；;"):
        hi -= 1  # (a list wrapped after its separator, or ended: ``王 青、戴国安、`` ⏎ ``孙 明、赵一民。``)
    out = []
    unknown = 0  # names of three letters whose surname no list knows (``承立东``), among names that are known
    for a, b in top_level_split(text, lo, hi, seps="、，,"):
        a, b = strip_span(text, a, b)
        c = _Compact(text, a, b)
        s = c.s
        if s.endswith("同志") and len(s) >= 4:
            s = s[:-2]
        bm = re.match(rf"^([{HAN}·•]{{2,13}}?)(?:同志)?(?:[(（]([^)）]+)[)）])?$", s)
        if bm and not bm.group(2) and len(bm.group(1)) == 3 and is_name(bm.group(1), strict=False):
            unknown += not is_name(bm.group(1), strict=True)
        elif not bm or not (
            is_name(bm.group(1), strict=True)  # (or a long name its posts in brackets mark: ``乌兰其其格（副局长）``)
            or (bm.group(2) and long_name(bm.group(1), shortest=3) and title_like(bm.group(2)))
        ):
            return None
        p = PersonSpan(c.span(0, bm.end(1)))
        if bm.group(2):
            p.titles = title_spans(text, *c.span(bm.start(2), bm.end(2)))
        out.append(p)
    if unknown and (len(out) - unknown < 3 or unknown > len(out) // 5):
        return None  # (one such name among many known ones is a name; a few alone may be anything)
    return out if len(out) > 1 else None


def _title_first(text: str, toks: list[tuple[int, int]], lex: Lexicon) -> list[PersonSpan] | None:
    """``县委副书记、县长 王润``: the posts first, the name last; or a member listed by unit, then the name with
    the post in brackets or after it (``县司法局　赵云帆（局长）``, ``县司法局　赵云帆　局长``)."""
    if len(toks) < 2:
        return None
    k = len(toks) - 1
    last = text[toks[k][0] : toks[k][1]].rstrip("，,、；;。")
    unit_first = _unit_then_name(text, toks, lex)
    if unit_first is not None:
        return [unit_first]
    start = k
    if len(last) == 1 and k >= 2 and len(text[toks[k - 1][0] : toks[k - 1][1]]) == 1:
        start = k - 1
        name = text[toks[k - 1][0] : toks[k - 1][1]] + last
    else:
        name = last
    head = text[toks[0][0] : toks[start - 1][1]]
    # a long name only on a row of posts and a name (``…嘎查达　吉日嘎拉``), never at the end of a sentence
    row = not re.search("[，,。；;！？]", text[toks[0][0] : toks[k][1]])
    if not (is_name(name, strict=True) or (row and long_name(name, shortest=3))):
        return None
    if not title_like(head) or not lex.post_re.search(compact(head)):
        return None
    return [PersonSpan((toks[start][0], toks[k][0] + len(last)), title_spans(text, toks[0][0], toks[start - 1][1]))]
