"""Rosters written as prose.

* ``组长由县委常委、政府副县长南选智同志担任`` (a role filled by a slot);
* ``由王润县长任总指挥，南选智副县长任副总指挥，县直相关单位主要负责人为成员``
  and ``成立由…为组长、…为成员的X领导小组`` (a chain of slots and roles);
* ``成员为各乡镇、县委组织部…分管副职``, ``成员单位包括：…``, ``小组成员涉及该市宣传部、…`` (member lists);
* ``A、B、C四部门组成X小组``, ``由公安、文旅等多部门组成的X``, ``A、B等部门共同参与的X`` (bodies composed of
  units);
* ``副组长2人，分别是：A，B`` (a role counted, then its people); ``领导小组副组长为A，B`` (a role, then its people);
* ``县委宣传部、县财政局等县征兵领导小组成员单位领导参加会议`` (units a report lists as a body's members; read even
  in a sentence of attendance, which gives nothing else);
* ``办公室主任由县就业服务中心主任李昕心担任`` (the office: role ``办公室主任``).

A slot names people (with their posts) or units (through their heads); a slot
of posts alone (``分管城镇燃气工作的副县长``) gives nothing. The body is the one
the sentence founds, else the roster body in force at that line.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from graph_build.extractors.base import Context
from graph_build.extractors.roster_lexicon import (
    PAGE_METADATA,
    Lexicon,
    UnitPart,
    concurrent_role,
    founded_start,
    generic_body,
    joined_bodies,
    lexicon,
    lists_bodies,
    parse_people,
    short_for,
    unit_of,
    unit_parts,
)
from graph_build.layout import FULL_LINE, Block, Line, working_copy
from graph_build.notices import DATE_LINE, Notice
from graph_build.patterns import INLINE_DECISIONS, NAME_LETTER, LazyPattern, alternation
from graph_build.people import (
    HAN,
    LAST_ITEM_OPENERS,
    PersonSpan,
    compact,
    is_name,
    names,
    only_people,
    people_in_slot,
    strip_span,
)
from graph_build.records import Fact, Membership, UnitMembership
from graph_build.units import top_level_split

NAME = "rosters"
VERSION = "1"

_TERMINAL = set("。；;！？!?：:")
_SENTENCE = LazyPattern(r"[^。；;！？!?]+[。；;！？!?]?")
_NEW_PARAGRAPH = LazyPattern(
    r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+(?:\.\d+)*[、.．\s]|第[一二三四五六七八九十百\d]+[条章节]|附\s*件)"
)
_PUNCT = LazyPattern(r"[，,、。；;]")
# A line ending with a label run in after an earlier slot (``…陆俊；成员：``): its slot is on the next line.
_RUN_IN_SLOT = LazyPattern(r"[；;][^：:；;。]{1,6}[:：]$")
_OFFICE_ROLES = ("主任", "副主任", "常务副主任")
# A list of members that the text's end cut after its count (``…等22个单位组``): whole up to the count.
_COUNTED = r"等[\d一二三四五六七八九十]{1,3}个(?:部门|单位)"
_COUNTED_END = rf"{_COUNTED}(?:和单位)?组?$"
_COUNTED_IN = LazyPattern(_COUNTED)
_CUT_COMPOSED = LazyPattern(_COUNTED_END)
_MAX_SLOT = 160
_ANNEX_NOTE = LazyPattern(r"(?:名单|人员)(?:详)?见附件")
_COMMA = LazyPattern(r"[，,]")
_SWAPPED = LazyPattern(r"(?:调整为|更换为|变更为|调为)")  # one holder of a roster's post for another
_WHOLE_ROSTER = LazyPattern(r"组成人员|人员名单|人员见附件|人员详见附件")


_MEMBERS = "组成人员"  # a body's members told as a whole, after 为 (``…为组成人员``): 成员


class _Patterns:
    def __init__(self, lex: Lexicon):
        roles, mods, suffix = lex.compact_role_alt, lex.modifier_alt, lex.body_suffix_alt
        # Every slot pattern needs one of these: a sentence without them has no slot.
        self.any_slot = re.compile(rf"{lex.role_alt}|组成|成员|{_COUNTED_END}")  # (a role's letters may be spaced out)
        role = rf"(?P<office>办公室)?(?P<mod>{mods})?(?P<role>{roles})"  # (``办公室常务副主任``)
        slot = rf"(?P<slot>[^，,。；;：:]{{1,{_MAX_SLOT}}}?)"  # (one clause's people or units)
        # (a list's last item after a comma and 以及: ``副指挥长由A副主任，以及B局长、C主任担任``)
        joined = rf"(?P<slot>(?:[^，,。；;：:]|[，,](?=以及|还有)){{1,{_MAX_SLOT}}}?)"
        self.role_by = re.compile(rf"{role}由{joined}(?:担任|兼任|出任|组成(?=[，,。；;（(]|$))")
        # ``X同志不再担任县安委会常务副主任，由Y同志担任``: Y takes the role X leaves (the body in force, named short)
        self.takes_over = re.compile(rf"不再担任[{HAN}“”]{{0,30}}?{role}[，,]由{slot}担任(?=[。；;，,]|$)")
        # ``副组长由A同志，B同志，C同志担任``, ``副主任由县财政局副局长A，县卫健局副局长B兼任``: people set apart by
        # commas (each part read as a person, ``role_by``'s)
        self.role_by_listed = re.compile(
            rf"{role}由(?P<slot>[^。；;：:]{{1,{_MAX_SLOT}}}?)(?:同志)?(?:担任|兼任|出任)")
        # ``任组长``, ``为领导小组成员``, ``担任联席会议召集人``, ``兼办公室主任`` (not the 任 of 主任/责任, nor
        # ``各成员单位指定1名负责同志作为联络员``: a duty set, no one named).
        self.marker = re.compile(
            rf"(?P<verb>担任|兼任|出任|(?<![主责信])任|(?<!作)为|兼)"
            rf"(?:(?P<ref>[{HAN}“”\d]{{0,30}}?(?:{suffix})|[{HAN}]{{1,6}}?委会)"
            rf"|(?!(?:{mods})?(?:{roles})|办公室)(?P<short>[{HAN}]{{2,5}}?))?"
            rf"(?P<office>办公室)?(?P<mod>{mods})?(?P<role>{roles}|{_MEMBERS})(?=[，,、。.．；;的\s(（兼]|$)"
        )  # (``任领导小组副组长兼办公室主任``: a second role after 兼; ``.``: a half-width text's full stop;
        # ``short``: a short name, ``为市防指成员``, that is a marker only where it names the body in force)
        # ``印发《某局关于成立X的通知》``: the body a quoted notice founds
        self.quoted_founding = re.compile(
            rf"《[^《》]*?关于(?:成立|组建|设立)(?P<body>[{HAN}“”\d]{{2,40}}?(?:{suffix}))的(?:通知|决定)》")
        # ``X联席会议（以下简称联席会议）由A、B…共N个部门和单位组成`` (or cut where the text stops, the list whole
        # up to its count: ``…由A、B…等22个单位组``)
        self.composed = re.compile(
            rf"(?P<body>[{HAN}“”\d]{{0,50}}?(?:{suffix}))(?:[(（][^)）]{{0,20}}[)）])?[，,]?"
            r"由(?P<slot>[^。；;：:]{2,400}?)(?:组成(?=[，,。；;（(]|$)|(?=" + _COUNTED_END + "))"
        )
        # ``成员由县委宣传部、县教育局、县公`` (the end of an excerpt): the units listed up to the last 、
        self.role_by_cut = re.compile(rf"{role}由(?P<slot>[^。；;：:，,由]{{2,400}})、[^、。；;：:，,]{{0,12}}$")
        # ``X由以下单位组成：A、B、C``
        self.composed_list = re.compile(
            rf"(?P<body>[{HAN}“”\d]{{2,50}}?(?:{suffix}))(?:[(（][^)）]{{0,20}}[)）])?"
            r"由以下(?:[\d一二三四五六七八九十]+个)?(?:成员)?(?:单位|部门)(?:和单位)?(?:共同)?组成[:：]"
            r"(?P<slot>[^。；;]{2,400})"
        )
        # ``成员由下列单位负责人担任：A、B、C``: the role filled by the head of each unit listed after the colon (a
        # flattened copy may lose the 由)
        self.role_by_list = re.compile(
            rf"{role}由?(?:以下|下列)(?:[\d一二三四五六七八九十]+个)?(?:成员)?(?:单位|部门)(?:和单位)?(?:的)?"
            r"(?P<head>(?:主要|分管)?(?:负责人|负责同志|领导(?:同志)?))(?:担任|兼任|组成)[:：](?P<slot>[^。；;]{2,400})"
        )
        # ``组成人员：指挥长朱红军，副指挥长孔德明、马丽华``: a role run into the names after it; an annal runs the
        # roles on in one list (``主任A、副主任B、C、主编D``)
        next_role = rf"、(?:办公室)?(?:{mods})?(?:{roles})"
        self.run_in = re.compile(
            rf"(?<=[:：，,；;、])(?P<office>办公室)?(?P<mod>{mods})?(?P<role>{roles})"
            r"(?P<slot>(?:[^。；;:：，,为由任是包(（]|[(（][^()（）]{1,30}[)）]){2,60}?)"
            rf"(?=[。；;，,]|$|{next_role})"
        )
        # ``副组长2人，分别是：A，B``, ``成员共19人，分别是：…``: a role, its count, then its people (or units' posts);
        # the count's digits may be set apart (``共 19 人``, as a PDF's text layer has them)
        self.counted = re.compile(
            rf"(?:(?<=[，,。；;：:\s])|^){role}(?:共|有)?(?: ?\d{{1,3}} ?|[一二三四五六七八九十两]{{1,3}})"
            r"(?:人|名)[，,]?"
            r"(?:分别是|分别为|分别由|为|是|包括)[:：]?(?P<slot>[^。；;]{2,600})")
        # ``领导小组副组长为A,B;执行副组长为C``: a role of the body just named, then its people (a roster told in a
        # report); the role opens the clause or follows the body's kind
        self.role_is = re.compile(
            rf"(?:(?<=[，,。；;：:\s])|^|(?<=小组|专班|挥部)){role}为(?P<slot>[^。；;:：]{{2,{_MAX_SLOT}}}?)(?=[。；;]|$)")
        # Where the office sits: ``办公室设在县水务局``, ``下设办公室在县水务局``, ``办公室设市统计局``.
        self.host = re.compile(r"办公室[(（]?(?:设在|设于|设|在)(?P<host>[^，,。；;)）]{2,40})")
        # (or a report's units counted after them: ``专班成员单位A、B等8个单位的负责人参加了会议``)
        self.members = re.compile(
            r"(?P<office>办公室)?(?:成员|组成(?=单位))(?P<unit>单位)?(?:(?:为|包括|涉及|有(?!关))[:：]?|[:：]"
            rf"|(?=[^。；;：:，,]{{2,400}}?{_COUNTED})(?<=单位))(?P<slot>[^。；;]{{2,}})")
        # ``县委宣传部、县财政局等县征兵领导小组成员单位领导参加会议``: units the sentence lists as the body's members
        # (``A、B等成员单位分管领导参会``: the body a report named before, in the paragraph or in force)
        self.listed_members = re.compile(
            rf"等(?:[\d一二三四五六七八九十百]+余?(?:家|个))?"
            rf"(?P<body>[{HAN}“”\d]{{2,50}}?(?:{suffix})|[{HAN}]{{0,4}}?{alternation(lex.titled_committees)})?成员单位")
        self.body_named = re.compile(
            rf"(?:^|(?<=[。；;，,：:\s)）]))[^。；;，,：:\s(（、]{{2,40}}?"
            rf"(?:{suffix}|{alternation(lex.titled_committees)})")
        # (``A、B等部门共同参与的X指挥部``: units that take part, as members; not ``常委会组成人员划分为5个议事小组``,
        # 组成人员 its members)
        self.compose = re.compile(
            rf"(?:共同)?(?:组成(?!人员)|参与)(?:的)?(?P<body>[^，,。；;:：(（]{{2,40}}?(?:{suffix}))"
            r"(?=[（(，,。；;:：]|$|(?:组成人员|成员)?名单)")  # (``…组成的X领导小组成员名单``)
        # (a label's letters may be spaced out: ``组　长：``; in a flattened copy a label runs on after the post
        # before it: ``总指挥:顾涵琪市长助理副总指挥:张航翔…``)
        glued = rf"(?<=[{''.join(sorted(names().post_end_chars))}])"
        self.inline = re.compile(
            rf"(?:^|(?<=[。；;，,\s(（])|{glued}(?=(?:办公室)?(?:{mods})?(?:{roles})[:：]))"
            rf"(?P<office>办公室)?(?P<mod>{mods})?(?P<role>{lex.role_alt})\s*[:：]"
            rf"(?P<slot>[^。；;:：]*?)(?=[。；;]|$|(?:[\s，,]|{glued})(?:办公室)?(?:{mods})?(?:{roles})[:：])"
        )
        self.found = re.compile(
            rf"(?:{alternation(lex.founding_words)})+(?:了)?(?P<body>{NAME_LETTER}{{2,50}}?(?:{suffix}))"
            r"(?=[（(，,。；;:：\s]|$|以下|下设|负责|作为|成员|组成人员|人员|的通知|制度)"
        )
        self.after_de = re.compile(rf"^的(?P<body>[^，,。；;:：(（]{{2,40}}?(?:{suffix}))(?=[（(，,。；;:：]|$)")
        self.ref = re.compile(  # (not after the space a PDF sets after a digit: ``县台办 20 个…部门的副职任小组成员``)
            rf"(?<![^，,。；;：:\s—])(?<!\d )(?P<body>[{HAN}“”\d]{{0,30}}?(?:{suffix}))"
            rf"(?:[(（][^)）]{{0,20}}[)）])?(?:下设|办公室|成员|组成|由|(?:{mods})?(?:{roles})(?:由|[:：]))"
        )
        self.rules_title = re.compile(  # a document of a body's rules: ``某县人大工作联席会议制度``
            rf"^(?P<body>[^，,。；;:：《》]{{2,60}}?(?:{suffix}))(?:工作)?(?:制度|规则|议事规则|工作规则|章程)$")
        self.groups = re.compile(r"(?P<groups>[^，,。；;:：]{2,40}?(?:专班|组))设在")
        # ``领导小组办公室设在县民政局``: the body whose office the paragraph sets up (named in full or by its kind)
        self.office_of = re.compile(
            rf"(?<![^，,。；;：:\s）)])(?P<body>[{HAN}“”\d]{{0,30}}?(?:{suffix}))办公室(?:设在|设于)")
        # ``由领导小组成员调整为``: a member's role changed, the person before 由
        self.moved = re.compile(rf"由[{HAN}“”]{{0,30}}?(?:{roles})(?:调整|改任|改)")
        # A roster's change, one holder for another: ``成员中的A同志调整为B同志``, ``成员中，X局局长由A调整为B``; the
        # role (``swap_role``) may stand in a sentence before the clause (``…调整为B同志；C同志调整为D同志``)
        self.swap_role = re.compile(rf"{role}中(?:的|[，,])")
        # ``成员县财政局局长由A同志调整为B同志``: the role, then the post whose holder changes
        self.swap_role_before = re.compile(
            rf"(?:^|(?<=[、，,；;。：:\s])){role}(?=[^，,。；;]{{1,40}}?由[^，,。；;]{{1,30}}?{_SWAPPED.pattern})")
        self.swap = re.compile(
            rf"[^，,。；;：:]{{1,40}}?(?:同志)?{_SWAPPED.pattern}"
            rf"(?P<slot>[^，,。；;：:]{{1,{_MAX_SLOT}}}?)(?=[。；;，,]|$)")


_PATTERNS: _Patterns | None = None


def patterns() -> _Patterns:
    global _PATTERNS
    if _PATTERNS is None:
        _PATTERNS = _Patterns(lexicon())
    return _PATTERNS


def paragraphs(notice: Notice, skip: set[int]) -> list[list[Line]]:
    """The notice's prose as paragraphs (their lines): lines joined where a sentence runs on, skipping roster
    rows."""
    out: list[list[Line]] = []
    cur: list[Line] = []
    wrapped = notice.layout.wrapped
    for ln in notice.lines:
        if ln.number in skip:
            if cur:
                out.append(cur)
            cur = []
            continue
        if cur:
            prev = cur[-1].text
            joins = (
                (prev[-1] not in _TERMINAL or _RUN_IN_SLOT.search(prev) is not None
                 or (prev[-1] in "；;" and cur[-1].width >= FULL_LINE))  # (a full line a clause ends: the sentence
                # goes on, ``办公室主任由张一兼任；`` ⏎ ``副主任由李二兼任``)
                and not _NEW_PARAGRAPH.match(ln.text)
                and (len(cur) > 1 or _PUNCT.search(_NEW_PARAGRAPH.sub("", prev)) is not None
                     or ln.number in wrapped)  # (a first line cut before its comma: ``…由县委书记任组`` ⏎ ``长，…``)
            )
            if not joins:
                out.append(cur)
                cur = []
        cur.append(ln)
    if cur:
        out.append(cur)
    return out


@dataclass
class _Slot:
    lo: int
    hi: int
    role: str  # as written; the office's own roles are folded in (``办公室主任``)
    body: str | None  # the body the sentence names, if any
    groups: list[str]
    sub_office: bool = False  # members of the office: body ``<body>/办公室``
    loose: bool = False  # ``A、B任成员`` with no 由/成立 before it: only names or units count
    unit_role: str | None = None  # the role of units where it differs (``X由A、B组成``: 成员单位)
    subject: str | None = None  # what the clause names before ``成员单位包括`` when no body is (``县应急救援联动``)
    head: str | None = None  # the post each listed unit fills, told once for the list (``由下列单位负责人担任：A、B``)


class _Reader:
    def __init__(self, notice: Notice, ctx: Context, bodies: list[tuple[int, str]]):
        self.notice = notice
        self.ctx = ctx
        self.lex = lexicon()
        self.pats = patterns()
        self.under_office = False  # is the paragraph read under a heading of the office alone (``（一）办公室``)?
        self.under_group: str | None = None  # the sub-group whose heading it is read under (``（二）医疗救治组``)
        self.body_lines = [n for n, _ in bodies]
        self.body_names = [b for _, b in bodies]

    def body_at(self, line: int) -> str | None:
        k = bisect.bisect_right(self.body_lines, line) - 1
        return self.body_names[k] if k >= 0 else None

    def note_body(self, line: int, body: str) -> None:
        """A body founded in prose stays in force for the paragraphs after it."""
        k = bisect.bisect_right(self.body_lines, line)
        self.body_lines.insert(k, line)
        self.body_names.insert(k, body)

    def may_read(self, text: str) -> bool:
        """Might the paragraph ``text`` change anything? Not without a founding word or a slot's word."""
        return bool(self.pats.any_slot.search(text) or self.lex.founding_re.search(text))

    def read(self, block: Block) -> Iterator[Fact]:
        """The facts of a paragraph that ``may_read``."""
        text = block.text
        para_body: str | None = None
        for sm in _SENTENCE.finditer(text):
            s_lo, s_hi = sm.start(), sm.end()
            found = None
            founding = self.lex.founding_re.search(text, s_lo, s_hi) is not None  # ``found`` needs its words
            for fm in self.pats.found.finditer(text, s_lo, s_hi) if founding else ():
                if text.count("《", s_lo, fm.start()) <= text.count("》", s_lo, fm.start()):
                    found = fm  # (a title quoted in 《》 founds nothing)
            if found and _each_its_own(text, s_lo, found.start(), _DIRECTED):
                continue  # (``各村（社区）要相应成立…领导小组，由…任组长``: others told to set up their own)
            verb = self.lex.founding_re.search(text, s_lo, s_hi) if founding else None
            if verb and _each_its_own(text, s_lo, verb.start(), _EACH_OWN):
                continue  # (``各乡镇都成立了由乡镇党委书记任组长的…领导小组``: each has set up its own)
            if found and lists_bodies(found.group("body")):
                found = None  # (``设立宣传组、整治组2个专项工作组``: groups listed, no body named)
            b_lo = found.start("body") + founded_start(found.group("body")) if found else 0
            if found and not generic_body(found.group("body")) and not generic_body(text[b_lo : found.end("body")]):
                para_body = block.original(b_lo, found.end("body"))
                before = self.body_at(block.line_of(b_lo))
                if before and _RESHAPED.search(text, found.start(), b_lo) and short_for(para_body, before):
                    para_body = before  # (``调整了县志编委会``: the body founded above, named short)
                self.note_body(block.line_of(b_lo), para_body)
            elif found:
                # ``成立相应的领导小组``: no body of its own, unless the notice it quotes names it (``印发《关于成立X的
                # 通知》，成立由局主要领导挂帅的工作专班``)
                quoted = self.pats.quoted_founding.search(text, s_lo, found.start())
                para_body = block.original(*quoted.span("body")) if quoted else None
                if para_body:
                    self.note_body(block.line_of(quoted.start("body")), para_body)
            note = _ANNEX_NOTE.search(text, s_lo, s_hi)
            if note:  # ``组成人员名单详见附件``: the annex gives the whole roster, the sentence nothing
                cut = max((m.start() for m in _COMMA.finditer(text, s_lo, note.start())), default=s_lo)
                if cut == s_lo or _WHOLE_ROSTER.search(text, cut, note.end()):
                    continue
                s_hi = cut  # ``…担任召集人，成员单位及联络员名单见附件1``: the annex lists the members only
            # ``任命王五为…委员会主任``, ``X出席会议``: a personnel decision or an attendance, not a roster; the
            # units it lists as a body's members aside (``A、B等X成员单位领导参加会议``)
            personnel = self.lex.personnel_re.search(text, s_lo, s_hi) is not None and not founding
            if _NAMES_ITS_OWN.search(text, s_lo, s_hi) or _SUCCESSION.search(text, s_lo, s_hi):
                continue  # ``各成员单位要明确1名科级干部为联络员``: each member is told to name its own; no one named
            if personnel:
                slots = list(self.listed_members(text, s_lo, s_hi, block, lambda a, b: True, []))
            elif self.pats.any_slot.search(text, s_lo, s_hi) or _SWAPPED.search(text, s_lo, s_hi):
                # (``…调整为B同志；C同志调整为D同志``: its role before)
                slots = list(self.slots(text, s_lo, s_hi, block))
            else:
                slots = []
            if not slots:
                continue  # (nothing below changes without a slot)
            for sl in slots:  # ``联席会议由A、B…组成``: the body in force, named by its kind alone
                if sl.body and compact(sl.body) in self.lex.body_suffixes:
                    sl.body = None
            named = next((sl.body for sl in slots if sl.body and sl.role != "成员单位"), None)
            if named and not para_body and not found:  # ``成立由A任组长…的X领导小组``: X for the whole sentence
                para_body = named
                self.note_body(block.line_of(s_lo), named)
            # The body the sentence names as its subject (``县X领导小组组长由…``), else the one in force.
            ref = self.pats.ref.search(text, s_lo, s_hi)
            if ref and "由" in ref["body"]:  # (``办公室成员由领导小组成员单位…``: a slot's verb, not a body's name)
                ref = None
            named_here = _strip_verbs(block, ref.start("body"), ref.end("body")) if ref else None
            kind = working_copy(compact(named_here)) if named_here else ""  # (``领导小组``: a body named by its kind)
            if named_here and (kind in self.lex.body_suffixes or generic_body(named_here)):
                named_here = None
            if ref and _HEADED_OFFICE.match(text, ref.end("body")):
                named_here = None  # ``县安委会办公室主要负责人担任…``: a unit through its head, not the body
            in_force = self.body_at(block.line_of(s_lo))
            if named_here and in_force and short_for(named_here, in_force):
                named_here = None  # ``县应急指挥部成员为…``: the body in force, named short
            def sub_group(name: str, body: str = in_force or "") -> bool:
                return compact(name) not in self.lex.body_suffixes and not short_for(name, body)

            # ``宣传组由A任组长，整治组由B任组长``: the sub-groups of the body in force, each its clause's subject
            if in_force and not para_body and (named_here is None or _GROUP_NAME.fullmatch(compact(named_here))) and (
                    _group_each(text, s_lo, slots, block, sub_group)):
                named_here = None
            if named_here and not para_body and slots:
                self.note_body(block.line_of(s_lo), named_here)  # in force for the sentences after it
            default = para_body or named_here or in_force
            if default is in_force and in_force and kind in self.lex.body_suffixes:
                default = _of_kind(in_force, kind)  # (``X领导小组及Y工作组`` in force, ``领导小组成员…``: X领导小组)
            if default is None and ref:
                default = block.original(ref.start("body"), ref.end("body"))
                if compact(ref.group("body")) in self.lex.body_suffixes:  # (``领导小组成员单位：…``)
                    kind_only = compact(ref.group("body"))
                    default = (self.mentioned(block, s_lo, kind_only) or self.named_above(block.line, kind_only)
                               or default)
            if default is None and text.find("办公室", 0, s_lo) >= 0 and all(
                    working_copy(sl.role).startswith("办公室") or sl.sub_office for sl in slots):  # (as written:
                # ``辦公室主任`` in a text in traditional characters)
                # (an excerpt that starts after its title: ``领导小组办公室设在县民政局…。办公室主任由A兼任``)
                office = list(self.pats.office_of.finditer(text, 0, s_lo))
                default = _strip_verbs(block, *office[-1].span("body")) if office else None
            for slot in slots:
                body = slot.body or default or slot.subject
                if not body or generic_body(body) or self.lex.administration(body) or (
                        found and para_body is None and not slot.body):  # (``温志刚任县发展和改革委员会主任``)
                    continue
                groups = slot.groups or ([self.under_group] if self.under_group and not slot.body else [])
                bodies = [f"{whole}/{g}" for whole in joined_bodies(body, self.lex) for g in groups] or (
                    joined_bodies(body, self.lex))  # (``X担任A领导小组和B领导小组组长``: a slot of both)
                if slot.sub_office:
                    bodies = [f"{b}/办公室" for b in bodies]
                for b in bodies:
                    yield from self.facts(block, slot, b)

    # - slots -

    def slots(self, text: str, lo: int, hi: int, block: Block) -> Iterator[_Slot]:
        taken: list[tuple[int, int]] = []

        def free(a: int, b: int) -> bool:
            return all(b <= x or a >= y for x, y in taken)

        # Each pattern needs its words in the sentence: a sentence without them is not searched.
        sentence = text[lo:hi]
        by, composed = "由" in sentence, "组成" in sentence or _CUT_COMPOSED.search(sentence) is not None
        gm = self.pats.groups.search(text, lo, hi) if "设在" in sentence else None
        groups: list[str] = []
        if gm:
            g_lo, g_hi = gm.start("groups"), gm.end("groups")
            groups = [
                block.original(a, b) for a, b in _split(text, g_lo, g_hi) if compact(text[a:b]).endswith(("专班", "组"))
            ]
        for m in self.pats.role_by_list.finditer(text, lo, hi) if "下列" in sentence or "以下" in sentence else ():
            role, sub = self.role(m, block, lo)
            yield _Slot(m.start("slot"), m.end("slot"), role, None, [], sub_office=sub, head=m.group("head"))
            taken.append((m.start(), m.end()))
        for m in self.pats.role_by.finditer(text, lo, hi) if by else ():
            if not free(m.start(), m.end()):
                continue
            a, b = m.start("slot"), m.end("slot")
            role, sub = self.role(m, block, lo)
            yield _Slot(a, b, role, None, groups if not sub else [], sub_office=sub)
            taken.append((m.start(), m.end()))
        for m in self.pats.takes_over.finditer(text, lo, hi) if by and "不再" in sentence else ():
            a, b = m.start("slot"), m.end("slot")
            if free(m.start("role"), m.end()):
                role, sub = self.role(m, block, lo)
                yield _Slot(a, b, role, None, groups if not sub else [], sub_office=sub)
                taken.append((m.start("role"), m.end()))
        yield from self.swaps(text, lo, hi, block, sentence, free, taken)
        listed = by and ("，" in sentence or "," in sentence)
        for m in self.pats.role_by_listed.finditer(text, lo, hi) if listed else ():
            a, b = m.start("slot"), m.end("slot")
            if not free(m.start(), m.end()) or not _COMMA.search(text, a, b) or not _ends_with_name(text, a, b):
                continue
            if only_people(text, a, b) is None:
                continue
            role, sub = self.role(m, block, lo)
            yield _Slot(a, b, role, None, groups if not sub else [], sub_office=sub)
            taken.append((m.start(), m.end()))
        for m in self.pats.role_by_cut.finditer(text, lo, hi) if by and block.ends_excerpt(hi) else ():
            if free(m.start(), m.end()) and not self.pats.marker.search(m.group("slot")):
                role, sub = self.role(m, block, lo)
                yield _Slot(m.start("slot"), m.end("slot"), role, None, groups if not sub else [], sub_office=sub)
                taken.append((m.start(), m.end()))
        for m in self.pats.composed.finditer(text, lo, hi) if by and composed else ():
            a = m.start("slot")
            if self.pats.marker.search(m.group("slot")):
                # ``X由A任组长，B任副组长，由C、D等部门负责人组成``: the members after the roles, in a 由 of their own
                again = max(text.rfind("，由", a, m.end("slot")), text.rfind(",由", a, m.end("slot")))
                if again < 0 or self.pats.marker.search(text, again + 2, m.end("slot")):
                    continue
                a = again + 2
            if not free(a, m.end("slot")):
                continue
            body = _strip_verbs(block, m.start("body"), m.end("body"))
            yield _Slot(a, m.end("slot"), "成员", body, [], unit_role="成员单位")
            taken.append((a, m.end()))
        for m in self.pats.composed_list.finditer(text, lo, hi) if by and composed else ():
            if not free(m.start("slot"), m.end("slot")):
                continue
            body = _strip_verbs(block, m.start("body"), m.end("body"))
            yield _Slot(m.start("slot"), m.end("slot"), "成员", body, [], unit_role="成员单位")
            taken.append((m.start(), m.end()))
        yield from self.chains(text, lo, hi, block, free, taken)
        for m in self.pats.members.finditer(text, lo, hi) if "成员" in sentence or "组成单位" in sentence else ():
            end = m.end("slot")
            summary = _SUMMARY_THEN.search(text, m.start("slot"), end)
            if summary:  # ``…等28个部门和单位，各单位主要负责同志为指挥部成员``: the list ends at its summary
                end = summary.start() + 1
            elif text[m.start("slot") - 1] == "位" and (counted := _COUNTED_IN.search(text, m.start("slot"), end)):
                end = counted.start() + 1  # ``成员单位A、B等8个单位的负责人…``: the list ends where it is counted
            if not free(m.start(), end):
                continue
            lo_role = m.end("office") if m.group("office") else m.start()
            role = block.original(lo_role, m.end("unit") if m.group("unit") else lo_role + 2)  # (as written: 成員)
            subject = None
            if m.group("unit") and not m.group("office"):
                s_lo = _clause_start(text, lo, m.start())
                named = compact(text[s_lo : m.start()])
                if _SUBJECT.fullmatch(named) and not generic_body(named):
                    subject = block.original(s_lo, m.start()).strip()
            yield _Slot(m.start("slot"), end, role, None, [], sub_office=bool(m.group("office")), subject=subject)
            taken.append((m.start(), end))
        yield from self.listed_members(text, lo, hi, block, free, taken)
        for m in self.pats.role_is.finditer(text, lo, hi) if "为" in sentence else ():
            if free(m.start(), m.end()) and only_people(text, *m.span("slot")) is not None:
                role, sub = self.role(m, block, lo)
                yield _Slot(m.start("slot"), m.end("slot"), role, None, groups if not sub else [], sub_office=sub)
                taken.append((m.start(), m.end()))
        for m in self.pats.counted.finditer(text, lo, hi):
            if free(m.start(), m.end()):
                role, sub = self.role(m, block, lo)
                yield _Slot(m.start("slot"), m.end("slot"), role, None, groups if not sub else [], sub_office=sub)
                taken.append((m.start(), m.end()))
        for m in self.pats.compose.finditer(text, lo, hi) if composed or "参与" in sentence else ():
            start = _clause_start(text, lo, m.start())
            if start >= m.start() or not free(start, m.start()) or _DIRECTED.search(text, start, m.start()):
                continue  # (``各县（区）要组成专项检查组``: a body others are told to form, no roster)
            body = block.original(m.start("body"), m.end("body"))
            yield _Slot(start, m.start(), "成员", body, [])
            taken.append((start, m.end()))
        for m in self.pats.inline.finditer(text, lo, hi):
            if not free(m.start(), m.end()) or m.end("slot") <= m.start("slot"):
                continue
            role, sub = self.role(m, block, lo)
            yield _Slot(m.start("slot"), m.end("slot"), role, None, groups, sub_office=sub)
            taken.append((m.start(), m.end()))
        for m in self.pats.run_in.finditer(text, lo, hi):
            parts = top_level_split(text, *m.span("slot"), seps="、")
            names = [re.sub(r"[(（][^()（）]{1,30}[)）]$", "", compact(text[a:b])) for a, b in parts]
            if not free(m.start(), m.end()) or not all(is_name(n, strict=True) for n in names):
                continue
            role, sub = self.role(m, block, lo)
            yield _Slot(m.start("slot"), m.end("slot"), role, None, groups, sub_office=sub, loose=True)
            taken.append((m.start(), m.end()))

    def listed_members(self, text: str, lo: int, hi: int, block: Block,
                       free: Callable[[int, int], bool], taken: list[tuple[int, int]]) -> Iterator[_Slot]:
        """``县委宣传部、县财政局等县征兵领导小组成员单位领导参加会议``: the units before 等, members of the body."""
        for m in self.pats.listed_members.finditer(text, lo, hi) if "成员单位" in text[lo:hi] else ():
            start = self.units_before(text, _clause_start(text, lo, m.start()), m.start())
            if start < m.start() and free(start, m.start()):
                if m.group("body"):
                    body: str | None = _strip_verbs(block, m.start("body"), m.end("body"))
                else:
                    body = self.named_before(block, start) or self.body_at(block.line_of(start))
                if body is None:
                    continue
                yield _Slot(start, m.start(), "成员单位", body, [])
                taken.append((start, m.end()))

    def named_before(self, block: Block, before: int) -> str | None:
        """The last body the paragraph names in full before ``before`` (``某县食品安全委员会召开…会议``)."""
        found = [m for m in self.pats.body_named.finditer(block.text, 0, before) if not generic_body(m.group())]
        return _strip_verbs(block, *found[-1].span()) if found else None

    def units_before(self, text: str, lo: int, end: int) -> int:
        """Where the list of units that ends at ``end`` starts: its items read back from ``end`` while each names a
        unit; the first may follow its clause's verb (``…局长伏铭睿组织县委办、政府办``)."""
        start = end
        for a, b in reversed(top_level_split(text, lo, end, seps="、")):
            verb = max((m.end() for m in _GATHERS.finditer(text, a, b)), default=a)
            if unit_of(text, verb, b, self.ctx.agencies, self.lex) is None:
                break
            start = verb
            if verb > a:
                break
        return start

    def swaps(self, text: str, lo: int, hi: int, block: Block, sentence: str,
              free: Callable[[int, int], bool], taken: list[tuple[int, int]]) -> Iterator[_Slot]:
        """The new holders of a roster's changes (``swap``), in the role the sentence names (``成员中的``), or that a
        sentence before it in the paragraph names where only such changes stand between them."""
        if not _SWAPPED.search(sentence):
            return
        role_m = None
        found = [*self.pats.swap_role.finditer(text, 0, hi), *self.pats.swap_role_before.finditer(text, 0, hi)]
        for rm in sorted(found, key=lambda x: x.start()):
            between = text[rm.end() : lo]
            if "。" in between or not all(self.pats.swap.match(part) for part in re.split("[；;]", between) if part):
                continue  # (another kind of sentence since the role was named)
            role_m = rm
        if role_m is None:
            return
        first = max(lo, role_m.end())
        for start in [first, *(k + 1 for k in range(first, hi) if text[k] in "，,")]:
            m = self.pats.swap.match(text, start, hi)
            if m is None or not free(m.start("slot"), m.end("slot")):
                continue
            role, sub = self.role(role_m, block, lo)
            yield _Slot(m.start("slot"), m.end("slot"), role, None, [], sub_office=sub)
            taken.append((m.start("slot"), m.end("slot")))

    def role(self, m: re.Match[str], block: Block, s_lo: int) -> tuple[str, bool]:
        """The role as written; ``主任`` in a sentence about the office is ``办公室主任``."""
        lo = m.start("mod") if m.group("mod") else m.start("role")
        role = block.original(lo, m.end("role"))
        office = bool(m.group("office"))
        written = compact(m.group("role"))
        if written == _MEMBERS:  # ``A、B等单位分管领导为组成人员``: its members, no role of their own
            return "成员", office
        if office and written in _OFFICE_ROLES:
            return block.original(m.start("office"), m.end("role")), False
        if written in _OFFICE_ROLES and (
            self.under_office or "办公室" in block.text[s_lo : m.start()]
            or _SETS_UP_OFFICE.search(block.text, max(0, s_lo - 60), s_lo)  # ``…下设办公室，…。主任：X``
            or _OFFICE_ROLE.search(block.text, _clauses_start(block.text, s_lo), s_lo)  # (an office's role in a
        ):  # clause before, in the same sentence: ``办公室主任由张一兼任；常务副主任由李二兼任；副主任由王五兼任``)
            at = block.text.rfind("办公室", 0, m.start())  # (the office's name as the text writes it: ``辦公室``)
            return (block.original(at, at + 3) if at >= 0 else "办公室") + role, False
        return role, office

    def chains(
        self,
        text: str,
        lo: int,
        hi: int,
        block: Block,
        free: Callable[[int, int], bool],
        taken: list[tuple[int, int]],
    ) -> Iterator[_Slot]:
        """``由A任组长、B为成员的X``: each slot before a ``任/为/担任 ROLE`` marker."""
        chain: list[_Slot] = []
        prev_end: int | None = None

        def close(end: int | None) -> Iterator[_Slot]:
            body = None
            if end is not None:
                dm = self.pats.after_de.match(text[end:hi])
                if dm:
                    body = block.original(end + dm.start("body"), end + dm.end("body"))
            for s in chain:
                s.body = s.body or body
                yield s

        for m in self.pats.marker.finditer(text, lo, hi):
            if not free(m.start(), m.end()):
                continue
            if m.group("short") is not None:
                in_force = self.body_at(block.line_of(m.start()))
                if not (in_force and short_for(m.group("short"), in_force)):
                    continue
            if "不再" in text[max(lo, m.start() - 3) : m.start()]:  # ``A、B不再作为…成员单位``: who leaves the body
                yield from close(prev_end)
                chain, prev_end = [], None
                continue
            gap_lo = prev_end if prev_end is not None else lo
            gap = text[gap_lo : m.start()]
            slot_hi, listed = m.start(), False
            continues = (
                prev_end is not None
                and "由" not in gap
                and len(gap) <= _MAX_SLOT
                and "：" not in gap
                and not self.pats.after_de.match(text[prev_end:hi])  # ``…为成员的X领导小组，…``: X closes it
            )
            if continues and chain and m.group("verb") == "兼" and m.start() == prev_end:
                role, sub = self.role(m, block, lo)  # ``A任副组长兼办公室主任``: A's second role
                last = chain[-1]
                chain.append(_Slot(last.lo, last.hi, role, last.body, [], sub_office=sub, loose=last.loose))
                prev_end = m.end()
                taken.append((m.start(), m.end()))
                continue
            if continues:
                slot_lo = gap_lo
                while slot_lo < m.start() and text[slot_lo] in "，,、 ":
                    slot_lo += 1
            else:
                yield from close(prev_end)
                chain = []
                moved = self.pats.moved.search(text, gap_lo, m.start())
                if moved is not None and moved.end() == m.start():  # ``A由领导小组成员调整为副组长``: A, before 由
                    slot_hi = moved.start()
                starts = [k + 1 for k in range(gap_lo, slot_hi) if text[k] == "由"]
                starts += [gap_lo + fm.end() for fm in re.finditer("成立(?:了)?(?:以|由)?", text[gap_lo:slot_hi])]
                starts += [gap_lo + fm.end() for fm in re.finditer(r"(?:^|[，,:：\s—])以", text[gap_lo:slot_hi])]
                added = [gap_lo + fm.end() for fm in re.finditer("增补(?:了)?", text[gap_lo:slot_hi])]
                verb = m.group("verb")
                loose = False
                if added and (not starts or max(added) > max(starts)):  # ``增补A，B为副组长``: each added
                    slot_lo = max(added)
                    listed = only_people(text, slot_lo, slot_hi) is not None
                elif starts:
                    slot_lo = max(starts)
                else:  # ``A、B任成员``: the clause before the marker
                    slot_lo = _clause_start(text, gap_lo, slot_hi)
                    loose = verb in ("任", "为")
                    if loose and m.group("role") in self.lex.unit_roles and m.group("role") != "成员单位":
                        prev_end = None  # ``明确县发改局为牵头单位``: a task's lead, not a roster
                        continue
            comma = max(text.rfind("，", slot_lo, slot_hi), text.rfind(",", slot_lo, slot_hi))
            while comma > slot_lo and text.startswith(LAST_ITEM_OPENERS, comma + 1):  # (``A、B，以及C为成员单位``)
                comma = max(text.rfind("，", slot_lo, comma), text.rfind(",", slot_lo, comma))
            if comma >= 0 and not listed and not (continues and only_people(text, slot_lo, slot_hi)):
                slot_lo = comma + 1  # (after a slot before it, people set apart by commas, ``A（posts）B，C为副组长``)
            prev_end = m.end()
            if slot_hi - slot_lo > _MAX_SLOT or slot_hi <= slot_lo:
                continue
            role, sub = self.role(m, block, lo)
            ref = m.group("ref")
            body = block.original(m.start("ref"), m.end("ref")) if ref and ref not in self.lex.body_suffixes else None
            in_force = self.body_at(block.line_of(m.start())) if body else None
            if body and (generic_body(body) or (in_force and short_for(body, in_force))):
                body = None  # (``担任县安委会主任``: the body in force, named short)
            elif body and body.endswith("委会") and not self.lex.founding_re.search(text, lo, hi):
                continue  # (a short name that names no body in force: ``任村委会主任``, a post)
            chain.append(_Slot(slot_lo, slot_hi, role, body, [], sub_office=sub, loose=loose and not continues))
            taken.append((slot_lo, m.end()))
        yield from close(prev_end)

    # - facts -

    def _one_persons_posts(self, text: str, lo: int, hi: int) -> bool:
        """Does the slot ``text[lo:hi]`` list one person's posts: a part of it a leader's standing alone
        (``县委常委``, ``副县长``) beside the posts of units (``纪委书记``)?"""
        return any(_LEADERS_STANDING.fullmatch(compact(text[a:b])) for a, b in top_level_split(text, lo, hi, seps="、"))

    def facts(self, block: Block, slot: _Slot, body: str) -> Iterator[Fact]:
        text = block.text
        lo, hi = strip_span(text, slot.lo, slot.hi)
        if hi > lo and text[hi - 1] in ")）" and not re.search("[(（]", text[lo:hi]):
            lo, hi = strip_span(text, lo, hi - 1)  # (``（组长：X，成员：A、B）``: the bracket the slots stand in)
        if hi <= lo:
            return
        joined = _person_then_units(text, lo, hi, self.lex)
        if joined is not None:  # ``县政府副秘书长王五及县统计局、县财政局相关负责人任副组长``: a person, then units
            yield from self.facts(block, replace(slot, lo=lo, hi=joined[0]), body)
            yield from self.facts(block, replace(slot, lo=joined[1], hi=hi), body)
            return
        people = _people(text, lo, hi, self.lex)
        if people and slot.loose and not all(
                is_name(compact(text[slice(*p.name)])) or text.startswith("同志", p.name[1]) for p in people):
            return  # ``A、B任成员`` without 由: every name must be a known name, or one 同志 marks (``其其格同志``)
        if people:
            yield from memberships(self.notice, self.ctx, block, people, body, slot.role)
            return
        agencies = self.ctx.agencies
        parts = [p for a, b in _past_qualifiers(text, lo, hi) for p in unit_parts(text, a, b, agencies, self.lex)]
        if slot.loose and not all(p.known or p.headed for p in parts):
            return
        if parts and self._one_persons_posts(text, lo, hi):
            return  # ``组长由县委常委、纪委书记、监委主任担任``: one person's posts, no one named, no unit
        if not parts and self.lex.head_re.match(compact(text[lo:hi])):
            # ``办公室设在县民宗局，由局长兼任办公室主任``: the host unit, through its head
            parts = [replace(p, headed=True, head=compact(text[lo:hi])) for p in self.host(text, lo)]
        elif len(parts) == 1 and (_THIS_UNIT.fullmatch(named := compact(text[slice(*parts[0].span)]))
                                  or _KIND_ONLY.fullmatch(named)):
            # ``办公室设在市食药监局，办公室主任由该局局长兼任``: 该局 is the host unit; so is the end of its name
            # that names no unit of its own (``办公室设在市生态环境局某分局，分局局长兼任办公室主任``)
            host = self.host(text, lo)
            if _THIS_UNIT.fullmatch(named) or (host and compact(text[slice(*host[0].span)]).endswith(named)):
                parts = [replace(p, headed=True, head=parts[0].head) for p in host]
            elif _KIND_ONLY.fullmatch(named):
                parts = []  # (``分局局长`` with no host of that kind: a unit the text does not name)
        # (``县发改局、县住建局主要负责人``: the head written once, after the last unit, is each unit's)
        shared = parts[-1].head if len(parts) > 1 and parts[-1].head and not any(p.head for p in parts[:-1]) else None
        for part in parts:
            a, b = part.span
            if slot.head and _GLUED_UNITS.search(compact(text[a:b])):
                continue  # (``公安分局民政局``: two units a flattened copy ran together, neither read as a unit)
            if _EACH_UNIT.fullmatch(compact(working_copy(text[a:b]))):
                continue  # (``各单位主要负责同志为成员``: the units named before, each through its head)
            if text.startswith("该", a) and text[a + 1 : a + 2] in _LEVELS:
                a += 1  # (``该市宣传部``: the place just named, no part of the unit's name)
            yield UnitMembership(
                prov=self.ctx.cite(block, a, b, NAME, VERSION),
                doc_number=self.notice.doc_number,
                doc_title=self.notice.title,
                body=body,
                unit=block.original(a, b),
                role=slot.unit_role or slot.role,
                head=part.head or slot.head or shared,
            )

    def mentioned(self, block: Block, before: int, kind: str) -> str | None:
        """The body of the kind ``kind`` (``领导小组``) the paragraph named in full before ``before``, the sentence
        naming it by its kind alone (``县治霾工作领导小组负责统筹…。领导小组成员单位：…``); None if none."""
        found = None
        for m in _named_of_kind(kind).finditer(block.text[:before]):
            if not generic_body(m.group()):
                found = m
        return block.original(*found.span()) if found else None

    def named_above(self, line: int, kind: str) -> str | None:
        """The body of the kind ``kind`` (``专班``) the notice named in full in the lines above ``line`` (a
        report's ``某区X工作专班召开会议`` ⏎ ``专班成员单位A、B等8个单位…``): the longest such name, as words before
        the kind may be a clause's verb (``强调专班工作人员…``); None if none."""
        found = ""
        for ln in self.notice.lines:
            if ln.number >= line:
                break
            for m in _named_of_kind(kind).finditer(ln.text):
                name = compact(m.group())
                if not generic_body(name) and len(name) >= len(found):
                    found = name
        return found if len(found) > len(kind) else None

    def host(self, text: str, before: int) -> list[UnitPart]:
        """The unit the office sits in, named earlier in the paragraph."""
        found = [m for m in self.pats.host.finditer(text, 0, before)]
        if not found:
            return []
        m = found[-1]
        parts = unit_parts(text, m.start("host"), m.end("host"), self.ctx.agencies, self.lex)
        return parts[:1] if len(parts) == 1 and parts[0].known else []


@lru_cache(maxsize=64)
def _named_of_kind(kind: str) -> re.Pattern[str]:
    """A body of the kind ``kind`` named in full: words that open a clause, then the kind."""
    return re.compile(rf"(?:^|(?<=[。；;，,：:\s)）]))[^。；;，,：:\s(（、]{{2,40}}?{re.escape(kind)}")


def memberships(
    notice: Notice,
    ctx: Context,
    block: Block,
    people: list[PersonSpan],
    body: str,
    role: str,
    evidence: tuple[int, int] | None = None,
) -> Iterator[Membership]:
    """One membership per person; a role held concurrently (``局长(兼办公室主任)``) gives another. A page's credits
    (``编辑：X``) give none."""
    lex = lexicon()
    if lex.page_credits(role, body):
        return
    for p in people:
        titles: list[str] = []
        extra: list[str] = []
        for a, b in p.titles:
            conc = concurrent_role(block.text, a, b, lex)
            if conc is not None:
                a, b = conc.post
                written = block.original(*conc.role)
                extra.append("办公室" + written if conc.office and compact(block.text[slice(*conc.role)]) in
                             _OFFICE_ROLES else written)
            t = block.original(a, b).rstrip("。；;，,") if b > a else ""
            if t[:1] in "(（" and t[-1:] in ")）":  # ``孟建国 (县委书记)``: the brackets are not the post
                t = t[1:-1].strip()
            if t and compact(working_copy(t)) not in ("兼", "兼任"):  # ``何五洲（兼）``: no post
                titles.append(t)
        for r in (role, *extra):
            yield Membership(
                prov=ctx.cite(block, p.name[0], p.name[1], NAME, VERSION, evidence=evidence),
                doc_number=notice.doc_number,
                doc_title=notice.title,
                body=body,
                person=block.original(*p.name),
                role=r,
                titles=tuple(titles),
            )


_JOINS_PERSON = LazyPattern(r"以及|及|和")


def _person_then_units(text: str, lo: int, hi: int, lex: Lexicon) -> tuple[int, int] | None:
    """Where a slot's one person (posts, then the name) ends and its units start, when 及/和 joins them."""
    for m in _JOINS_PERSON.finditer(text, lo, hi):
        people = people_in_slot(text, lo, m.start())
        if len(people) == 1 and people[0].name[1] == strip_span(text, lo, m.start())[1] and people[0].titles:
            rest = unit_parts(text, m.end(), hi, None, lex)
            if rest and all(p.known or p.headed for p in rest):
                return m.start(), m.end()
    return None


def _people(text: str, lo: int, hi: int, lex: Lexicon) -> list[PersonSpan]:
    if re.search(r"\s", text[lo:hi].strip()):
        spaced = parse_people(text, lo, hi, lex)
        if spaced and all(p.titles or len(spaced) > 1 for p in spaced):
            return spaced
    return people_in_slot(text, lo, hi)


# ``X委员会办公室主要负责人担任…``: the office of X is a unit named through its head.
# A leader's standing that names no unit (``县委常委``, ``副县长``): the slot it is in names one person's posts.
_LEADERS_STANDING = LazyPattern(r"(?:[县市区旗州盟乡镇]委)?(?:常委|副书记)|(?:常务)?副?[县市区旗州盟乡镇]长")
_HEADED_OFFICE = LazyPattern(r"办公室(?:主要|分管|有关)?(?:负责人|负责同志|领导)")
_RESHAPED = LazyPattern(r"调整|充实")  # a founding word that changes a body already there
# (or the text's own place and a verb before the body: ``我乡将领导工作小组办公室设在…``)
_VERB_LEAD = LazyPattern(
    r"^(?:决定|同意|研究)?(?:成立|组建|设立|建立|调整|充实)+(?:了)?|^我(?:县|市|区|乡|镇|旗|街道)(?:将|拟|特)")


def _of_kind(body: str, kind: str) -> str:
    """``body`` up to the end of its first ``kind`` (``X领导小组及Y工作组``, ``领导小组``: ``X领导小组``), where it
    names two bodies; else the whole."""
    wc = working_copy(body)
    k = wc.find(kind)
    return body[: k + len(kind)] if k > 0 and not wc.endswith(kind) and len(wc) == len(body) else body


# Two units a flattened copy ran together, its 、 lost (``公安分局民政局``, ``委编办区人民法院检察院``): a unit's
# 局 or 院 then more letters that end with another's (not ``市生态环境局某县分局``, a unit's branch; nor
# ``国家税务总局某县税务局``).
_GLUED_UNITS = LazyPattern(r"^(?!国家税务总局).{2,}?[局院](?!$).*?(?<!分)[局院委]$")


# Which of a unit's heads fills the role (``分管应急管理、地震监测工作的县政府办公室副主任``): words about the head,
# no unit, that a list's 、 must not split.
_QUALIFIER = LazyPattern(r"(?:分管|负责|联系|协助)[^，,。；;:：由]{1,30}?工作的(?=[县市区州旗乡镇])")


def _past_qualifiers(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of a slot ``text[lo:hi]`` around the words that qualify a unit's head (``_QUALIFIER``)."""
    out, start = [], lo
    for m in _QUALIFIER.finditer(text, lo, hi):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    return [*out, (start, hi)] if start < hi else out


def _ends_with_name(text: str, lo: int, hi: int) -> bool:
    """Does ``text[lo:hi]`` end with a person's name (``…副局长李四``, ``…李四同志``): a cheap test before a slot's
    people are read?"""
    t = compact(text[max(lo, hi - 8) : hi]).removesuffix("同志")
    return any(is_name(t[-k:], strict=True) for k in (2, 3) if len(t) >= k)


def _strip_verbs(block: Block, lo: int, hi: int) -> str:
    """A body as written, without a founding verb before it (``特建立X联席会议`` -> ``X联席会议``)."""
    m = _VERB_LEAD.match(block.text, lo, hi)
    return block.original(m.end() if m else lo, hi)


_SUMMARY_THEN = LazyPattern(r"等[\d一二三四五六七八九十两]*个?(?:部门|单位|部门和单位|单位和部门)[,，]")
# ``…等28个单位，各单位主要负责同志为成员``: the units just listed, told again; ``由各成员单位业务科室负责人组成``: a
# section of each of the body's own members, no unit named (``各成员单位`` itself is the members, read as a unit)
_LEVELS = "县市区旗州盟乡镇"
_EACH_UNIT = LazyPattern(r"各单位|各?成员单位.{1,8}")
_THIS_UNIT = LazyPattern(r"该(?:局|委|办|中心|部|单位|部门)")  # the unit just named (``由该局局长兼任``)
_KIND_ONLY = LazyPattern(r"分局|分公司|支队|大队|中队|中心|所|站")  # a unit's kind alone: the host's, ``分局局长``

_SETS_UP_OFFICE = LazyPattern(r"下设办公室|办公室设在")
_OFFICE_ROLE = LazyPattern(r"办公室(?:常务)?副?主任[由:：]")  # (``办公室主任由…``, ``办公室副主任：…``)
_SENTENCE_END = "。！？!?"


def _clauses_start(text: str, at: int) -> int:
    """Where the sentence that holds ``text[at]`` starts: after the last full stop before it (a semicolon only
    parts its clauses)."""
    return max(text.rfind(end, 0, at) for end in _SENTENCE_END) + 1
_DIRECTED = LazyPattern(r"(?:要|应|须|需|可)(?:相应|参照)?$|相应$")  # a founding others are told to do
_EACH_OWN = LazyPattern(r"(?:都|均|分别|相继|普遍)(?:已|已经)?$")  # ... or each has done (``各乡镇都成立了…``)


def _each_its_own(text: str, s_lo: int, verb: int, before: re.Pattern[str]) -> bool:
    """Does the sentence from ``s_lo`` open with 各 and say, just before the founding verb at ``verb``, that each of
    them is to found (``_DIRECTED``) or has founded (``_EACH_OWN``) a body of its own?"""
    return bool(before.search(text, max(s_lo, verb - 4), verb)) and text[s_lo:verb].lstrip(" 　").startswith("各")


_LIST_HEADING = LazyPattern(r"^(?:[一二三四五六七八九十]+、)?[^，,。；;]{0,12}[:：]$")  # ``任命：``, ``二、决定任命：``
# ``会议以无记名投票方式，决定任命：``: a decided list's lead at the end of a longer sentence
_DECIDED_LIST = LazyPattern(r"(?:决定|批准)(?:任命|免去|免职|聘任)(?:以下|下列)?(?:同志|人员)?[:：]$")


def _split(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    out = []
    start = lo
    for i in range(lo, hi):
        if text[i] in "、,，":
            out.append((start, i))
            start = i + 1
    out.append((start, hi))
    return [strip_span(text, a, b) for a, b in out]


_GROUP_NAME = LazyPattern(r"[\u4e00-\u9fff]{2,10}组")
_GROUP_SUBJECT = LazyPattern(r"(?P<group>[\u4e00-\u9fff]{2,10}组)由")


def _group_each(text: str, lo: int, slots: list[_Slot], block: Block, sub_group: Callable[[str], bool]) -> bool:
    """Give each slot of a sentence the sub-group its clause names before 由 (``宣传组由A任组长``), a slot whose
    clause names none the group before it (``，B任副组长``, ``，C、D为成员单位``); whether any was named."""
    group: str | None = None
    for slot in sorted(slots, key=lambda sl: sl.lo):
        start = max(text.rfind(ch, lo, slot.lo) for ch in "，,；;。") + 1
        m = _GROUP_SUBJECT.match(text, max(start, lo), slot.lo)
        if m is not None and m.end() == slot.lo and sub_group(block.original(*m.span("group"))):
            group = block.original(*m.span("group"))  # (not ``领导小组由…``: the body in force, named short)
        if group and not slot.body and not slot.groups:
            slot.groups = [group]
    return group is not None


def _clause_start(text: str, lo: int, end: int) -> int:
    """Where the clause that ends at ``end`` begins: after a comma, 由, or an article number."""
    k = end
    while k > lo and text[k - 1] not in "，,。；;：:":
        k -= 1
    seg = text[k:end]
    by = seg.rfind("由")
    if by >= 0:
        return k + by + 1
    am = re.match(r"^\s*第[一二三四五六七八九十百\d]+条\s*", seg)
    return k + (am.end() if am else 0)


# A clause's subject that may name a body not called by a body's kind (``县应急救援联动成员单位包括…``): a level, then
# at least four letters.
_SUBJECT = LazyPattern(r"(?:全县|全市|全区|县|市|区|旗)[\u4e00-\u9fff]{4,24}")
# The verbs after which a clause lists the units it gathers (``X组织A、B等…成员单位分管领导召开会议``).
_GATHERS = LazyPattern(r"组织|召集|邀请|带领|率领|会同|联合")
# Who fills a member's place later (``成员工作变动后，由成员单位分管相应工作的负责人继续担任``): a rule, no roster.
_SUCCESSION = LazyPattern(r"(?:变动|调整|变化|调离|离任)(?:后|的|时)[^。；;]{0,40}?(?:继续担任|替补|递补|接任)")
# Members told to name someone of their own (``各成员单位要明确1名…为联络员``, ``各有关部门要确定一名分管领导为…``).
_NAMES_ITS_OWN = LazyPattern(
    r"(?:各|有关|相关)[^，,。；;]{0,12}(?:单位|部门|乡镇|街道|成员)[^，,。；;]{0,4}要(?:明确|确定|指定|安排|落实)"
    r"[^，,。；;]{0,6}(?:\d+|[一两二三])(?:名|位|个)")


def _metadata_line(text: str) -> bool:
    """A web page's line of metadata, not prose that a page's source note follows (``…领导小组成员。  来源:…``)."""
    m = PAGE_METADATA.search(text)
    return m is not None and "。" not in text[: m.start()]


# A numbered heading alone on its line, of the body's office (``（一）办公室``, ``二、领导小组办公室``: its paragraph
# tells the office's own slots, ``主任由X担任`` is 办公室主任) or of one of its sub-groups (``（二）医疗救治组``: its
# slots are the group's).
_HEADING_NUMBER = r"(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．])"
_OFFICE_HEADING = LazyPattern(rf"{_HEADING_NUMBER}[\u4e00-\u9fff]{{0,20}}?办公室[:：]?")
_GROUP_HEADING = LazyPattern(rf"{_HEADING_NUMBER}(?P<group>[\u4e00-\u9fff]{{2,12}})[:：]?")


def _heading_group(heading: str, lex: Lexicon) -> str | None:
    """The sub-group a numbered heading names; not a section on the body itself (``一、成立领导小组``)."""
    m = _GROUP_HEADING.fullmatch(heading)
    group = m["group"] if m else ""
    if not group.endswith(lex.group_suffixes) or lex.founding_re.search(group) or group.endswith("领导小组"):
        return None
    return group


def extract(notice: Notice, ctx: Context, skip: set[int], bodies: list[tuple[int, str]]) -> Iterator[Fact]:
    """Facts of the prose rosters of a notice (lines in ``skip`` were read as roster rows)."""
    reader = _Reader(notice, ctx, bodies)
    source = notice.layout.source
    title = working_copy(notice.title or "")
    ruled = reader.pats.rules_title.match(title)
    if ruled and reader.body_at(notice.first_line) is None:  # (``X联席会议制度``: the rules of the body X, named
        reader.note_body(notice.first_line, (notice.title or "")[: ruled.end("body")])  # in full in their title)
    signed = 0  # the number of the first line after a 任免名单's signing date (what a gazette prints after it)
    if reader.lex.personnel_title_re.search(title) and not reader.lex.founding_re.search(title):
        # a 任免名单: ``X为…委员会主任`` under its heading is an appointment, not a roster slot
        dated = [ln.number for ln, flat in zip(notice.lines, notice.flat_lines, strict=True) if DATE_LINE.match(flat)]
        if not dated:
            return
        signed = dated[0] + 1
    listing = False  # under a personnel list's heading (``任命：``): its items are appointments
    paras = [lines for lines in paragraphs(notice, skip) if lines[0].number >= signed]
    index = {ln.number: k for k, ln in enumerate(notice.lines)}
    flats = notice.flat_lines  # (the lines' text is the working copy already: each line made flat once per file)
    for k, lines in enumerate(paras):
        text = "".join([ln.text for ln in lines])  # (the paragraph's text, before its block is made)
        after = paras[k + 1][0].text if k + 1 < len(paras) else ""
        flat = "".join([flats[index[ln.number]] for ln in lines])
        if (_LIST_HEADING.match(flat) or _DECIDED_LIST.search(flat)) and reader.lex.personnel_title_re.search(flat):
            listing = True
            continue
        if listing and not reader.lex.founding_re.search(flat):
            continue
        listing = False
        if INLINE_DECISIONS.search(flat):
            continue  # (``宣布…任免决定：X兼任…委员会委员``: posts given, no roster's slots)
        if any(f in text or after.startswith(f) for f in reader.lex.task_fields):
            continue  # a task's fields (``牵头单位：X`` ⏎ ``配合单位：Y``), no roster's slots
        if reader.may_read(text) and not (len(lines) == 1 and _metadata_line(text)):
            at = index[lines[0].number]
            heading = flats[at - 1] if at else ""  # (the line just above)
            reader.under_office = _OFFICE_HEADING.fullmatch(heading) is not None
            reader.under_group = _heading_group(heading, reader.lex)
            yield from reader.read(Block.from_lines(source, lines))
