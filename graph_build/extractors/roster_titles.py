"""Members of a task force or a coordinating committee named among a person's posts, as reports of meetings name
them.

``县委常委、常务副县长、县征兵工作领导小组组长张辉出席会议``: 张辉 is the 组长 of 县征兵工作领导小组; the posts
before it are his titles. Read so: task forces with their leading roles (``titled_bodies``, ``titled_roles`` in
data/rosters.yml), and the chairs of coordinating committees (``县安委会副主任``) and of a party committee's
commissions (``区委财经委员会主任``); never an agency called 委员会 (``市发展和改革委员会主任X`` holds a post). A
task force's office (``X指挥部办公室主任``) and a committee's office named short (``区安委办主任``: 办公室主任 of
区安委会; ``titled_offices``) count too. The name follows the role at once, or ends the run of posts that goes on
after it, a comma or a 、 away (``县安委会副主任、县应急局局长李四``, ``区人普领导小组组长，区委常委、副区长丁睿睿``),
and ends where the sentence goes on (a mark, or a word such as ``出席``); the same body's next roles may follow
with their names (``县关工委主任A、副主任B、C``), and so may more names of the same posts (``副指挥长、副市长A、B``);
a task force named by its kind alone (``专班副主任X``) is the one of that kind the text named in full before. A
person a roster of the notice names already is the roster's: the notice founding a body says who is in it; the
report of its meeting only names them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from graph_build.extractors.base import Context
from graph_build.extractors.roster_lexicon import lexicon
from graph_build.extractors.roster_prose import memberships, paragraphs
from graph_build.layout import Block
from graph_build.notices import Notice
from graph_build.patterns import LazyPattern, alternation
from graph_build.people import (
    HAN,
    PersonSpan,
    compact,
    is_name,
    long_name,
    post_ended_name,
    split_name_post,
    title_like,
)
from graph_build.records import Fact
from graph_build.units import top_level_split

_ITEM_END = "、，,。；;：:（）()"
# A sentence about posts held or given (an appointment, a removal) is the appointments' reader's.
_PERSONNEL = LazyPattern(r"任命|免去|免除|免职|辞去|聘任|解聘|不再担任|调任|原任")


# The verb of a sentence that receives a visiting body (``…在会议室接待了市政府督查组组长Y``): the body after it.
_HOST_VERB = LazyPattern(r"(?:接待|会见|陪同)了?|了")


# A party committee's commission (``区委财经委员会``, ``县委全面依法治县委员会``), not its discipline commission.
_SENTENCE_LEAD = LazyPattern(r"会上|会议上|会中|随后|最后|其中|同时")
_PARTY_COMMISSION = LazyPattern(rf"^[县市区旗州盟]委[{HAN}]{{2,16}}委员会$")
_NOT_COMMISSION = LazyPattern(r"纪律检查|常务委员会|常委会")


_OFFICE_ROLE = "办公室(?:第一|常务)?副?主任"  # a body's office's head (``…领导小组办公室主任``)


@lru_cache(maxsize=1)
def _titled() -> re.Pattern[str]:
    lex = lexicon()
    # (at least two letters before the body's kind, or a level alone: ``县联席会议总召集人``)
    forces = rf"(?P<body>(?:[^{_ITEM_END}\s]{{2,30}}?|[县市区旗州盟])(?:{alternation(lex.titled_bodies)}))"
    # (the body's office too: ``区疫情防控应急综合指挥部办公室第一主任吴华``)
    forces += rf"(?P<role>{alternation(lex.titled_roles)}|{_OFFICE_ROLE})"
    committees = rf"(?P<committee>[^{_ITEM_END}\s]{{0,30}}?(?:{alternation([*lex.titled_committees, '委员会'])}))"
    committees += rf"(?P<chair>{alternation(lex.titled_committee_roles)})"
    offices = rf"(?P<office>[^{_ITEM_END}\s]{{0,20}}?(?:{alternation([short for short, _ in lex.titled_offices])}))"
    offices += rf"(?P<office_role>{alternation(lex.titled_committee_roles)})"
    # (the body's kind alone, the body named in full before: ``专班副主任韩飞``)
    kind_roles = alternation([*lex.titled_roles, "副主任", "主任"])
    kind = rf"(?P<kind>{alternation(lex.titled_bodies)})(?P<kind_role>{kind_roles})"
    return re.compile(
        rf"(?:(?<=[{_ITEM_END}])|^)(?:{forces}|{committees}|{offices}|{kind})(?=[{HAN}]{{2,3}}|[、，,])")


@lru_cache(maxsize=1)
def _may_name() -> re.Pattern[str]:
    """A body's word right before one of its roles (``领导小组组长``, ``委员会主任``): without it, nothing to read."""
    lex = lexicon()
    offices = [short for short, _ in lex.titled_offices]
    bodies = alternation([*lex.titled_bodies, *lex.titled_committees, *offices, "委员会"])
    roles = alternation([*lex.titled_roles, *lex.titled_committee_roles])
    return re.compile(rf"(?:{bodies})(?:{roles}|{_OFFICE_ROLE})")


def _named_before(text: str, kind: str) -> tuple[int, int] | None:
    """The span of the last body of ``kind`` that ``text`` names in full (``某区配合…督察工作专班``), if any."""
    found = None
    for m in re.finditer(rf"[^{_ITEM_END}\s。；;]{{2,40}}?{re.escape(kind)}", text):
        lead = _FOUNDED.match(m.group())
        start = m.start() + (lead.end() if lead else 0)
        if m.end() - start >= len(kind) + 4 and not _NO_BODY_NAME.search(text, start, m.end()):
            found = (start, m.end())
    return found


_FOUNDED = LazyPattern(r"^(?:专门|及时|迅速)?(?:成立了|成立|组建了|组建|设立了|设立)")
# (a run of a sentence, no body's name: ``…办公室专职副主任李某主持召开领导小组``)
_NO_BODY_NAME = LazyPattern(r"主持|召开|举行|会议|办公室|主任|组长|指挥长|召集人|同志")


def _office_body(office: str) -> str:
    """The body an office named short belongs to (``区安委办`` -> ``区安委会``), else the office as written."""
    for short, committee in lexicon().titled_offices:
        if committee and office.endswith(short):
            return office[: len(office) - len(short)] + committee
    return office


def _named_body(m: re.Match[str]) -> tuple[str, str] | None:
    """The match's body and role groups (``body``/``role`` or ``committee``/``chair``), None when a committee is
    neither a coordinating one nor a party committee's commission."""
    if m.group("body") is not None:
        return "body", "role"
    if m.group("office") is not None:
        return "office", "office_role"
    if m.group("kind") is not None:
        return "kind", "kind_role"
    committee = compact(m.group("committee"))
    if committee.endswith(lexicon().titled_committees) or (
            _PARTY_COMMISSION.match(committee) and not _NOT_COMMISSION.search(committee)):
        return "committee", "chair"
    return None


@lru_cache(maxsize=1)
def _after_name() -> re.Pattern[str]:
    """What may follow a name in a report: a mark, or the sentence's verb (``张辉出席会议``)."""
    return re.compile(rf"[{_ITEM_END}]|{alternation(lexicon().titled_name_followers)}|$")


def _name_after(text: str, at: int) -> int | None:
    """Where the name that starts at ``at`` ends: the length (three, else two) after which the sentence goes on
    (``王为民出席``: three; ``张辉出席``: two; ``张三以及``: two, a word of the sentence's after it)."""
    name = text[at : at + 2]
    after = _after_name().match(text, at + 2)
    if after is not None and after.end() - after.start() >= 2 and is_name(name, strict=True):
        return at + 2
    for n in (3, 2):
        name = text[at : at + n]
        if len(name) == n and is_name(name, strict=True) and _after_name().match(text, at + n):
            return at + n
    if post_ended_name(text[at : at + 3]) and _after_name().match(text, at + 3):  # (``副组长王锦长对…``)
        return at + 3
    return None


def _named_after(text: str, start: int, end: int, hi: int) -> PersonSpan | None:
    """The person whose posts include the body's role at ``text[start:end]``: named right after it, or at the end
    of the run of posts that goes on after it (``县安委会副主任、县应急局局长李四``)."""
    if text[end : end + 1] not in ("、", "，", ","):  # (``区人普领导小组组长，区委常委、副区长丁睿睿参加``)
        name_end = _name_after(text, end)
        return PersonSpan((end, name_end), _titles_before(text, start)) if name_end is not None else None
    stop = end + 1
    while stop < hi and text[stop] not in _ITEM_END[1:]:  # (the run's end: any mark but 、)
        stop += 1
    name = None
    # (the run goes on with posts, then the name, then the sentence: ``…、县公安局局长伏铭睿组织县委办、政府办…``)
    for last, item_end in top_level_split(text, end + 1, stop, seps="、"):
        for p in range(last + 3, item_end + 1):
            if not _after_name().match(text, p):
                continue
            split = split_name_post(text[last:p])
            if split is not None and split[1] == p - last and split[2] == 0 and split[3] == split[0] > 0:
                name = (last + split[0], p)
                break
        if name is not None or not title_like(text[last:item_end]):
            break
    if name is None:
        return None
    after = [(a, b) for a, b in top_level_split(text, end + 1, name[0], seps="、") if b > a]
    return PersonSpan(name, [*_titles_before(text, start), *after])


def _more_names(text: str, at: int, titles: list[tuple[int, int]]) -> list[PersonSpan]:
    """The names set apart by 、 right after a person's name, each ending where the sentence goes on: people of
    the same posts and role (``指挥部副指挥长、副市长王某、苏某参加``)."""
    out: list[PersonSpan] = []
    while text[at : at + 1] == "、":
        end = _name_after(text, at + 1)
        if end is None:  # (a name no surname list knows, ``阿瑞航远``, between two names: a name too)
            end = at + 1 + _LONG_IN_LIST
            if not (long_name(text[at + 1 : end]) and not title_like(text[at + 1 : end])
                    and text[end : end + 1] == "、" and _name_after(text, end + 1) is not None):
                break
        out.append(PersonSpan((at + 1, end), titles))
        at = end
    return out


_LONG_IN_LIST = 4  # the letters of a name no surname list knows that a list of names may hold


@lru_cache(maxsize=2)
def _next_role(task_force: bool) -> re.Pattern[str]:
    """A role of the same body opening the item after a name (``、副主任``, ``，副组长``)."""
    lex = lexicon()
    roles = lex.titled_roles if task_force else lex.titled_committee_roles
    return re.compile(rf"[、，,](?P<role>{alternation(roles)})")


def _roles_after(text: str, at: int, hi: int, task_force: bool) -> Iterator[tuple[tuple[int, int], list[PersonSpan]]]:
    """The body's other roles named right after the person (``县关工委主任A、副主任B、C、D``, ``市关工委副主任A，
    副秘书长B``): each role and the names that follow it, set apart by 、, each name followed by a mark or the
    sentence's verb; or posts, then the names (``，副组长、副省长A、B``: people of the role and those posts)."""
    while (m := _next_role(task_force).match(text, at, hi)) is not None:
        people: list[PersonSpan] = []
        end = m.end()
        if text[end : end + 1] == "、" and (first := _named_after(text, *m.span("role"), hi)) is not None:
            people = [first, *_more_names(text, first.name[1], first.titles)]
        else:
            while (name_end := _name_after(text, end)) is not None:
                people.append(PersonSpan((end, name_end)))
                if text[name_end : name_end + 1] != "、" or _next_role(task_force).match(text, name_end, hi):
                    break
                end = name_end + 1
        if not people:
            return
        yield m.span("role"), people
        at = people[-1].name[1]


def _titles_before(text: str, start: int) -> list[tuple[int, int]]:
    """The posts written before the body's item in the same run of 、 (``县委常委、常务副县长、``)."""
    out: list[tuple[int, int]] = []
    hi = start
    while hi > 0 and text[hi - 1] == "、":
        lo = hi - 1
        while lo > 0 and text[lo - 1] not in _ITEM_END:
            lo -= 1
        lead = text.rfind("由", lo, hi - 1)  # (``会议由县人武部政委、…``: the sentence's words before the post)
        if lead >= 0:
            lo = lead + 1
        if not title_like(text[lo : hi - 1]):
            break
        out.insert(0, (lo, hi - 1))
        if lead >= 0:
            break
        hi = lo
    return out


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    for m in re.finditer(r"[^。；;！？!?]+", text):
        yield m.start(), m.end()


def extract(notice: Notice, ctx: Context, skip: set[int]) -> Iterator[Fact]:
    """Memberships named in the posts of people a report names (``…领导小组副组长王悦晨``)."""
    if not _may_name().search("".join(notice.flat_lines)):
        return
    pattern = _titled()
    source = notice.layout.source
    for lines in paragraphs(notice, skip):
        block = Block.from_lines(source, lines)
        text = block.text
        if not pattern.search(text):
            continue
        for lo, hi in _sentences(text):
            if _PERSONNEL.search(text, lo, hi):
                continue
            for m in pattern.finditer(text, lo, hi):
                groups = _named_body(m)
                if groups is None or text[m.start(groups[0])] in "原前":  # (``原县X领导小组组长``: held before)
                    continue
                person = _named_after(text, m.start(), m.end(), hi)
                if person is None:
                    continue
                b0, b1 = m.span(groups[0])
                b0 = max(b0, text.rfind("由", b0, b1) + 1)  # (``会议由区X领导小组副组长Y主持``: the body after 由)
                b0 = max([b0, *(v.end() for v in _HOST_VERB.finditer(text, b0, b1))])  # (``…接待了X督查组组长Y``)
                if lead := _SENTENCE_LEAD.match(text, b0, b1):
                    b0 = lead.end()  # (``会上区X指挥部办公室主任Y汇报``: the body after the sentence's lead)
                body, role = block.original(b0, b1), block.original(*m.span(groups[1]))
                if groups[0] == "kind":  # ``专班主任X``: the body of that kind the text named in full before
                    named = _named_before(notice.layout.norm[: block.file_offset(b0)], m.group("kind"))
                    if named is None:
                        continue
                    body = notice.layout.source.text[named[0] : named[1]]  # (as written)
                if groups[0] == "office":  # ``区安委办主任``: the 办公室主任 of 区安委会
                    body, role = _office_body(body), "办公室" + role
                people = [person, *_more_names(text, person.name[1], person.titles)]
                yield from memberships(notice, ctx, block, people, body, role, evidence=(lo, hi))
                person = people[-1]
                if groups[0] != "office":
                    for (r0, r1), people in _roles_after(text, person.name[1], hi, groups[0] == "body"):
                        yield from memberships(notice, ctx, block, people, body, block.original(r0, r1),
                                               evidence=(lo, hi))
