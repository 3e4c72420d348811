"""Portfolios of government leaders (领导工作分工), wherever a text introduces a leader and lists duties.

The genre comes in many layouts; they share a grammar. A leader is introduced,
then clauses follow, each opened by a relation verb (主持, 负责, 分管, 主管,
联系, 协助), until a sentence that is neither a duty nor a new leader::

    王 润同志：主持县人民政府全面工作，分管审计工作。          (a head with a colon)
    马琪彤 / 省长,主持省政府全面工作。                         (a name on a line of its own)
    常务副省长陈远宇负责省政府常务工作。负责发展改革、…方面工作。  (a run-in head)
    朱瑞德省长,主持…  李四省政府党组成员,…,分管扶贫工作。       (name, then the post)
    由…升任副省长的费高云,则分管国土资源、…等方面工作。          (news prose)
    协助县长负责科技、教育工作。分管县科技局。联系县文联。        (a single leader's page: person null)

One ``Portfolio`` per (leader, relation, target). The relation is the verb of
the clause (``协助县长负责X``, ``协助分管X`` and ``负责协助…处理X`` are 协助;
``增加分管`` is 分管; ``领导…全面工作`` is 主持; ``负责与A、B联系`` is 联系).
Targets are split on ``、``; the list's closing words (``等方面工作``,
``等单位``, ``…的落实``) are dropped, but a scope object keeps its ``工作``
(``县政府常务工作``). A list-final ``A和B`` is two fields unless it is a known
compound (``人力资源和社会保障``); an agency joined to a field
(``省政府办公厅和编制``) is two targets. A bracket after an agency is a list of
aliases (``县财政局（国有资产监督管理局）``), unless it is a note
(``（设在县委办公室）``); a bracket after a field is dropped.

Precision first: a clause introduced by a former-time word (``原来负责``,
``刚到时分管``) or a post held concurrently (``兼任…厅长``) is no portfolio, and
a target that reads as prose (``…的``, ``统筹协调…``) is refused. Clauses with
no leader count only on a page that names no leader at all, where at least
half the sentences open with a duty, using two relations or more, one of them
分管 (a single leader's page).
The vocabulary is in ``graph_build/data/portfolios.yml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from graph_build.extractors import column_table, portfolio_visits
from graph_build.extractors.assignment_cells import cut_runs
from graph_build.extractors.assignment_markers import bracket_groups
from graph_build.extractors.base import Context, sentence_bounds
from graph_build.extractors.portfolio_text import VOCAB_PATH, Compact, RowView, sentences, trailing_brackets, vocab
from graph_build.extractors.roster_lexicon import lexicon as roster_lexicon
from graph_build.layout import Block, Layout, Line, compact
from graph_build.notices import Notice
from graph_build.patterns import BULLETS, LazyPattern, alternation
from graph_build.people import clean_person, dotted_name, is_name, long_name, looks_like_person, title_like
from graph_build.records import Fact, Portfolio
from graph_build.units import UNIT_SUFFIX, split_units, top_level_split

NAME = "portfolios"
VERSION = "2"

_HAN = r"[\u4e00-\u9fff]"
_TERMINAL = "。;；.!！?？"
_NUMBERING = LazyPattern(
    r"(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．]|[①-⑳]|[" + BULLETS + "·>》-]+)"
)
# (a 的 marks a clause, not a field, but in ``党的建设``)
_BAD_TARGET = LazyPattern(r"[,，:：;；。!?！？]|交办|其他工作|^工作$|^方面$|^等$|(?<!^党)的")
_COLON = LazyPattern(r"[:：]")
_PUNCTUATION = LazyPattern(r"[,，。;；:：!?！？]")
_CONTACT = LazyPattern(r"与(?P<list>.+?)(?:等单位|等部门)?(?:的)?联系(?:工作)?$")
_HAN_RUN = LazyPattern(f"{_HAN}+")
# A résumé's sentence: ``男，汉族，…``, ``历任…``, an entry that opens with its years (``2009.03--2016.10 某局局长``,
# ``2016年10月—2021年8月，…``), or a career told by its dates (``2016年6月，王五出任某县委副书记…``).
_CAREER = LazyPattern(r"(?:男|女)[,，]|(?:历任|现任|曾任|先后任|先后在)"
                     r"|\d{4}(?:[.．]\d{1,2}|年\d{1,2}月)\s*(?:--|—|–|-|~|～|至)"
                     rf"|\d{{4}}年\d{{1,2}}月[,，]?{_HAN}{{2,4}}?(?:同志)?(?:出任|调任|升任|转任|就任|当选)")
# A web page's furniture around a leader's page (its sentences are no sentences of the page's text).
_WORDS_APART = LazyPattern(r"[，,。；;：:、]")  # what a sentence has and a menu's item or a link's title has not
_CHROME = LazyPattern(
    r"打印本页|关闭窗口|打印此页|扫一扫|当前位置|您的位置|首页[|>＞/]|【打印】|【关闭】|字号[:：]|浏览次数|阅读次数"
    r"|^原标题[:：]")  # (a reposted report's headline: its clauses are told again below)
_BIO_MARKS = ("男", "女")  # a biography's clause after the name (``_bio``)
_BIO = LazyPattern(rf"[,，—](?:{'|'.join(_BIO_MARKS)})(?!{_HAN})")
_LIST_OPENERS = ("、", ",", ":", "，", "：")  # a block that ends with one leaves its list open for the next
_COUNTED_END = set("。；;！？!?")  # a sentence that ends so is no heading's (``_PUNCTUATION``)
# A single leader's page (``_single_leader_page``) has a clause of 分管, or one that assists a leader (协助县长…):
# a text without either word (whitespace aside) has none.
_SINGLE_PAGE_RELATION = "分管"
_ASSIST = "协助"


@dataclass(frozen=True)
class Grammar:
    """The vocabulary compiled into patterns."""

    clause: re.Pattern[str]  # lead-ins, then a relation verb
    heading_titles: tuple[str, ...]  # titles of a leader on a heading line alone (``副主任  马秀芬``), longest first
    verb_anywhere: re.Pattern[str]  # where a run-in head ends: lead-ins and a verb
    verb: re.Pattern[str]  # a verb of ``verb_anywhere`` alone (a text without one has no ``verb_anywhere`` match)
    relation_verb: re.Pattern[str]  # a relation verb anywhere, or one that stands for it (``协管``, ``包联``)
    relation_label: re.Pattern[str]  # ``分管工作：``
    not_before: re.Pattern[str]
    assisted: re.Pattern[str]
    assist_verb: re.Pattern[str]
    assisted_name: re.Pattern[str]  # ``协助王润同志分管…``: a name, then a verb of the assisted work
    charge_verb: re.Pattern[str]
    label: re.Pattern[str]
    title_end: re.Pattern[str]  # a text that ends with a leader's title
    government_end: re.Pattern[str]  # a text that ends with a government leader's title
    government: re.Pattern[str]  # a government leader's title anywhere
    post: re.Pattern[str]  # a whole post phrase (``常务副省长``, ``省政府党组成员``)
    post_not: re.Pattern[str]  # a post phrase never holds these (it would be a name taking up a post)
    holds: re.Pattern[str]  # ``继续担任…副省长``
    post_ends: tuple[str, ...]  # how any post, held post or bracketed note after a name ends
    section: re.Pattern[str]
    section_line: re.Pattern[str]  # a section label alone on its line (``工作分工``, ``【工作分工】``)
    filler: re.Pattern[str]
    neutral: re.Pattern[str]
    pronouns: frozenset[str]
    name_label: re.Pattern[str]
    after_name_label: re.Pattern[str]  # a label that may follow the name on a page's line (``职务：``, ``分工：``)
    post_label: re.Pattern[str]  # ``职务：`` before a leader's post
    noun_title: re.Pattern[str]  # ``分管副县长`` is a noun: a verb followed by a government title
    not_name: re.Pattern[str]
    not_name_chars: frozenset[str]
    not_name_end: frozenset[str]
    genre: re.Pattern[str]
    not_target: re.Pattern[str]
    label_nouns: frozenset[str]  # what a list's label names (``分管部门``: 部门), no target alone
    list_end: re.Pattern[str]
    agency_end: re.Pattern[str]
    agency_then_act: re.Pattern[str]  # an agency, then what a leader did with it (no target)
    note: re.Pattern[str]
    such_as: re.Pattern[str]
    kind_then_more: re.Pattern[str]  # ``市残联等群众团体和部队``: the list's last item and its kind, then one more
    goes_on: re.Pattern[str]
    agent: str
    aliases: dict[str, str]
    full_charge_only: frozenset[str]  # aliases that stand for their relation only with ``full_charge``
    full_charge: str
    compounds: frozenset[str]
    conjunctions: tuple[str, ...]
    alias_then_conjunction: re.Pattern[str]  # ``…委员会（市物价局）及…``: an alias's bracket, then a conjunction
    after_name: frozenset[str]  # the characters that may follow a name in a head (a post's, 同志's, a bracket)
    scope: tuple[str, ...]
    # What a text must hold for a leader to be named in it (``may_name_leader``): a government title, 同志 or a
    # name label anywhere; a leader's title at the end of a head (before a verb, a colon, a clause's end); a
    # name of 2, 3 or 4 characters right after a clause's start and right before a verb or a colon.
    marks_leader: re.Pattern[str]
    title_ends_head: re.Pattern[str]
    bare_head: re.Pattern[str]  # ends where a bare head may start: a verb or a colon 2-4 Han characters on
    head_end: re.Pattern[str]  # a verb or a colon
    single_page: re.Pattern[str]  # a 分管 clause or one that assists a leader: a single leader's page needs one
    duty_starts: re.Pattern[str]  # where a clause may open with a duty: a verb after no Han character (one each)
    table_columns: dict[str, str]  # a portfolio table's column name -> its kind (column_table)
    unit_table_columns: dict[str, str]  # a table of units' column name -> its kind (column_table.unit_rows)
    relations: tuple[str, ...]  # the relations' verbs (``分管``), which open a clause
    passive: re.Pattern[str]  # ``县教育局由孙丽同志分管``: targets, 由, a leader's head and the verb that ends it
    # ``原由X同志分管的A、B，调整由Y同志分管``: the targets a former holder hands over, then the passive's 由 part
    handed: re.Pattern[str]
    # ``X同志原分管的A、B工作调整至Y同志``: a former holder's targets handed to another, under the former's verb
    handed_to: re.Pattern[str]
    # ``教育、文化等归口由X副市长负责``: a news report's topic-first sentence; its targets may be empty (then the
    # comma clauses before are the targets: ``A等宏观经济管理,B等大交通建设,均由X负责``)
    gathered: re.Pattern[str]
    given_up: tuple[str, ...]  # before a verb, words that give the portfolio up (``不再分管``)
    handed_over: tuple[str, ...]  # between a passive's targets and 由 (``…局调整由X同志分管``), longest first
    head_openers: tuple[str, ...]  # before a leader's head in an adjustment notice (``增加X同志分管…``)
    own_links: tuple[str, ...]  # a verbless duty sentence that opens so takes no column's relation (``挂钩某村``)


def _table_columns(v: dict[str, Any], key: str = "table_columns") -> dict[str, str]:
    """``table_columns``: column name -> kind, each kind the name, the post, other or one of the relations;
    ``unit_table_columns``: the unit, other or one of the relations."""
    allowed = (column_table.NAME, column_table.POST) if key == "table_columns" else (column_table.UNIT,)
    return column_table.column_kinds(v[key], (*allowed, column_table.OTHER, *v["relations"]), f"{VOCAB_PATH}: {key}")


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    v = vocab()
    verbs = alternation([*v["relations"], *v["verb_aliases"]])
    titles = alternation(v["leader_titles"])
    verb_at = rf"(?:{alternation(v['lead_ins'])})*(?:{verbs})"  # lead-ins and a verb
    not_before = rf"(?:{alternation(v['verb_not_before'])})|(?:{alternation(v['noun_endings'])})(?!{_HAN})"
    # (``协助县长``, ``协助县委书记``, ``协助党委书记``, ``协助党工委书记``, ``协助管委会主任``, ``协助办事处主任``,
    # ``协助人大主席``, ``协助人大工委主任``)
    assisted = (r"(?:(?:[县市区州旗盟乡镇]?党?委|党工委|党组|管委会|办事处|人大工委|人大|政协)?(?:常务)?(?:副)?"
                rf"(?:{alternation(v['assisted'])})(?:和|及|与|、)?){{1,3}}")
    noun_title = rf"(?:常务)?(?:副)?(?:{alternation(v['government_titles'])})"
    return Grammar(
        clause=re.compile(rf"(?:{alternation(v['lead_ins'])})*(?P<verb>{verbs})"),
        verb_anywhere=re.compile(verb_at),
        verb=re.compile(verbs),
        relation_verb=re.compile(
            alternation([*v["relations"], *(a for a in v["verb_aliases"] if a not in v["full_charge_only"])])),
        relations=tuple(v["relations"]),
        relation_label=re.compile(rf"(?:{alternation(v['relations'])})(?:工作|职责)[:：】]"),
        not_before=re.compile(not_before),
        assisted=re.compile(assisted),
        assist_verb=re.compile(alternation(v["assist_verbs"])),
        assisted_name=re.compile(rf"({_HAN}{{2,4}}?)(?:同志)?(?={alternation(v['assist_verbs'])})"),
        charge_verb=re.compile(alternation(v["charge_verbs"])),
        label=re.compile(
            rf"(?:[和及、]?(?:{alternation([*v['relations'], *v['label_verbs']])}))?(?:的)?"
            # (``分管股室（单位）：``: a note before the colon; ``分管的单位有：``, ``分管的部门是``: the list told)
            rf"(?:(?:{alternation(v['label_words'])})?(?:[(（][^()（）:：]{{1,6}}[)）])?[:：】]"
            rf"|(?<=的)(?:{alternation(v['label_words'])})(?:有|是|为|包括)[:：]?)"
        ),
        title_end=re.compile(rf"(?:{titles})$"),
        government_end=re.compile(rf"(?:{alternation(v['government_titles'])})$"),
        government=re.compile(alternation(v["government_titles"])),
        post=re.compile(rf"^(?:(?:{alternation(v['post_starts'])})[^,，。;；:：]{{0,28}}?)?(?:{titles})$"),
        post_not=re.compile(r"担任|出任|(?<![主兼责])任"),
        holds=re.compile(rf"^(?:{alternation(v['holds_post'])})[^,，。;；:：]{{0,24}}?(?:{titles})(?:职务)?$"),
        post_ends=(*v["leader_titles"], *(f"{t}职务" for t in v["leader_titles"]), ")", "）"),
        section=re.compile(rf"(?:{alternation(v['section_labels'])})[:：】]"),
        section_line=re.compile(rf"[【\[]?(?:{alternation(v['section_labels'])})[:：】\]]?"),
        filler=re.compile(alternation(v["filler_starts"])),
        neutral=re.compile(v["neutral_clause"]),
        pronouns=frozenset(v["pronouns"]),
        name_label=re.compile(rf"(?:{alternation(v['name_labels'])})[:：]"),
        after_name_label=re.compile(
            rf"(?:{alternation([*v['page_labels'], *v['post_labels'], *v['section_labels']])})[:：]"),
        post_label=re.compile(rf"(?:{alternation(v['post_labels'])})[:：]"),
        noun_title=re.compile(noun_title),
        not_name=re.compile(alternation(v["not_name_words"])),
        not_name_chars=frozenset(v["not_name_chars"]),
        not_name_end=frozenset(v["not_name_end"]),
        genre=re.compile(alternation(v["genre_words"])),
        not_target=re.compile(rf"^(?!(?:{alternation(v['verb_fields'])})$)(?:{alternation(v['not_target_starts'])})"),
        label_nouns=frozenset(v["label_nouns"]),
        list_end=re.compile(rf"(?:{alternation(v['list_ends'])})$"),
        agency_end=re.compile(rf"(?:{alternation(v['agency_ends'])})$"),
        agency_then_act=re.compile(rf"(?:{alternation(v['agency_ends'])})(?:{alternation(v['acts_after_agency'])})"),
        note=re.compile(rf"^(?:{alternation(v['note_starts'])})"),
        such_as=re.compile(rf"(?<![{v['such_as_not_after']}])等{_HAN}{{1,6}}$"),
        kind_then_more=re.compile(rf"(?P<item>{_HAN}{{2,}}?)(?<![{v['such_as_not_after']}])等{_HAN}{{1,6}}?"
                                  rf"(?:{alternation(v['list_final_conjunctions'])})(?={_HAN}{{2}})"),
        goes_on=re.compile(alternation(v["list_goes_on"])),
        agent=v["agent_marker"],
        aliases=dict(v["verb_aliases"]),
        full_charge_only=frozenset(v["full_charge_only"]),
        full_charge=v["full_charge_object"],
        compounds=frozenset(v["compound_fields"]),
        conjunctions=tuple(sorted(v["list_final_conjunctions"], key=len, reverse=True)),
        alias_then_conjunction=re.compile(
            rf"[)）](?:{alternation(v['list_final_conjunctions'])})(?=[^()（）]{{3,}}$)"),
        scope=tuple(v["scope_objects"]),
        after_name=frozenset(
            w[0] for w in [*v["post_starts"], *v["leader_titles"], *v["holds_post"], "同志", "(", "（"]
        ),
        heading_titles=tuple(sorted(v["heading_titles"], key=len, reverse=True)),
        marks_leader=re.compile(alternation([*v["government_titles"], "同志", *v["name_labels"]])),
        title_ends_head=re.compile(rf"(?:{titles})(?={verb_at}|[^\u4e00-\u9fff]|$)"),
        bare_head=re.compile(rf"(?:^|[^\u4e00-\u9fff])(?={_HAN}{{2,4}}?(?:{verb_at}|[:：]))"),
        head_end=re.compile(rf"{verb_at}|[:：]"),
        duty_starts=re.compile(rf"(?:^|[^\u4e00-\u9fff])(?={verb_at})"),
        table_columns=_table_columns(v),
        unit_table_columns=_table_columns(v, "unit_table_columns"),
        given_up=tuple(v["given_up"]),
        handed_over=tuple(sorted(v["handed_over"], key=len, reverse=True)),
        head_openers=tuple(v["head_openers"]),
        own_links=tuple(v["own_links"]),
        passive=re.compile(rf"(?P<targets>[^，,。；;:：由]{{2,80}}?)由(?P<head>[^，,。；;:：由]{{2,16}}?)"
                           rf"(?P<verb>{alternation(v['passive_verbs'])})"),
        gathered=re.compile(rf"(?P<targets>[^，,。；;:：由]{{0,80}}?)(?:{alternation(v['gathering_markers'])})"
                            rf"由(?P<head>[^，,。；;:：由]{{2,16}}?)(?P<verb>{alternation(v['gathering_verbs'])})"),
        # (``原由X分管的A，调整由Y分管``; ``X此前分管的A，现调整由Y分管``)
        handed=re.compile(rf"(?:原由[^，,。；;:：由]{{2,16}}?|[^，,。；;:：由]{{2,12}}?(?:此前|之前|原来))"
                          rf"(?:{alternation(v['passive_verbs'])})的"
                          rf"(?P<targets>[^，,。；;:：由]{{2,80}}?)[，,]?现?(?:{alternation(v['handed_over'])})?"
                          rf"由(?P<head>[^，,。；;:：由]{{2,16}}?)(?P<verb>{alternation(v['passive_verbs'])})"),
        handed_to=re.compile(rf"[^，,。；;:：]{{0,20}}?原(?P<verb>{alternation(v['passive_verbs'])})的?"
                             rf"(?P<targets>[^，,。；;:：由]{{2,80}}?)(?:工作)?(?:调整至|调整给|调整到|移交给|移交至|交给)"
                             rf"(?P<head>[^，,。；;:：由]{{2,16}}?)(?:{alternation(v['passive_verbs'])})?$"),
        single_page=re.compile(
            rf"{_SINGLE_PAGE_RELATION}(?!{not_before}|{noun_title})"  # ``分管副县长``, ``分管领导`` are nouns
            rf"|负责(?:{alternation(v['lead_ins'])})*{_SINGLE_PAGE_RELATION}"  # (the second verb is not checked)
            rf"|{_ASSIST}{assisted}"
        ),
    )


# -- leaders ---------------------------------------------------------------


def _is_name(name: str, weak: bool, alone: bool = False) -> bool:
    """A plausible personal name; ``weak`` (nothing but punctuation marks its start) also wants a surname.
    ``alone``: nothing follows the name (a line or a table cell of its own), so no conjunction can end it."""
    g = grammar()
    if not looks_like_person(name) or g.not_name.search(name) or len(clean_person(name)) != len(name):
        return False
    # ``王润和…``: a conjunction after a name; inside a three-character name (尹向东) only the last character is
    # suspect, since a two-character name and a conjunction fill all three; a name alone (温景和) has none.
    inner = "" if alone else name[-1:] if len(name) == 3 else name[1:]
    if any(ch in g.not_name_end for ch in inner) or any(ch in g.not_name_chars for ch in name):
        return False
    return is_name(name, strict=weak or len(name) == 2)  # a two-character name needs a surname (``分别``)


def _is_post(text: str) -> bool:
    """A post phrase on its own (``常务副省长``, ``副省长兼任省公安厅厅长``, ``省政府党组成员``)."""
    g = grammar()
    return bool(g.post.match(text)) and not g.relation_verb.search(text) and not g.post_not.search(text)


# 任 is a surname and the verb that takes a post; before a post that opens with a unit's level it is the verb.
_TAKES = "任"
_UNIT_LEVEL = LazyPattern(r"[县市区省州旗乡镇]")


# A name a dot sets apart at a head's start: the dot's side letters read lazily up to the post (a post that opens
# with a level, a party's or a government's word, or nothing).
_DOTTED_HEAD = LazyPattern(
    r"^(?P<name>[\u4e00-\u9fff]{2,8}[·•][\u4e00-\u9fff]{1,8}?)(?=同志|[县市区省州旗乡镇中党副常]|$|[(（])")


_PERSONAL_NOTE = LazyPattern(r"[(（](?:男|女)(?:[,，、][\u4e00-\u9fff]{1,5}族)?[)）]")


def parse_subject(h: str) -> tuple[int, int, bool] | None:
    """The name in a leader's head ``h``: (start, end, marked), marked = a post, a title or 同志 goes with it.

    ``h`` (without whitespace) is ``[P] name [Q]``: P is empty, ends with a leader's title (``常务副省长``) or with 的
    (``由…升任副省长的``); Q is empty, ``同志``, a post (``省长``, ``（副县长）``) or ``继续担任…副省长``.
    """
    g = grammar()
    if not h:
        return None
    dotted = _DOTTED_HEAD.match(h)  # ``艾尔肯·吐尔逊县委副书记、县长``: a name a dot sets apart, then its posts
    if dotted is not None and dotted_name(dotted.group("name")):
        rest = h[dotted.end("name") :].removeprefix("同志")
        if not rest or _is_post(rest) or _is_post(_without_trailing_note(rest)) or _bracketed_post(rest):
            return 0, dotted.end("name"), bool(rest) or len(h) > dotted.end("name")
    core = _without_trailing_note(h)  # ``蔡文昊管委会副主任（挂职）``: a name, a post, then a note on the post
    if core != h and core.endswith(g.post_ends) and (found := parse_subject(core)) is not None:
        return found
    if core != h and _PERSONAL_NOTE.fullmatch(h[len(core) :]) and (found := parse_subject(core)) is not None:
        return found[0], found[1], True  # ``黄丽萍（女，壮族）``: the person's sex and people mark the name
    note = _PERSONAL_NOTE.search(h) if "女" in h or "男" in h else None
    if note is not None and note.end() < len(h):  # ``马秀兰(女,回族)副县长``: the note between the name and the post
        found = parse_subject(h[: note.start()] + h[note.end() :])
        if found is not None and found[1] == note.start():
            return found[0], found[1], True
    # What follows the name ends ``h``: unless ``h`` ends as a post does, the name ends ``h`` (or its 同志).
    ends_as_post = h.endswith(g.post_ends)
    first = 2 if ends_as_post else max(2, len(h) - 2 if h.endswith("同志") else len(h))
    # Whatever stands before the name (P) names a government post, unless P is empty or Q holds a post.
    # (an office's head before 同志 names a post too: ``副主任杨烨同志分管…``)
    office_head = h.endswith("同志") and any(t in h for t in g.heading_titles)
    government = bool(g.government.search(h)) or office_head
    if first > 4 and not government:  # (then Q is empty: a name of 2 to 4 characters would have to start ``h``)
        return _long_name(h) if h.endswith("同志") else None  # (``吉克阿果同志``: no title, so only before 同志)
    if g.relation_verb.search(h):
        return None
    for b in range(first, len(h) + 1):  # the shortest name that leaves a valid post after it
        if b < len(h) and h[b] not in g.after_name:
            continue
        q = h[b:]
        marked = q.startswith("同志")
        if marked:
            q = q[2:]
        holds = bool(q) and bool(g.holds.match(q)) and bool(g.government.search(q))  # ``继续担任常务副省长``
        # (a post may carry a note, ``副市长（兼市公安局局长）``)
        posted = bool(q) and (_is_post(q) or _bracketed_post(q) or _is_post(_without_trailing_note(q)))
        noted = not posted and _bracketed(q)  # ``副县长赵敏（挂职）``
        if q and not (holds or posted or noted):
            continue
        for n in (3, 2, 4):
            a = b - n
            if a < 0 or (a > 0 and not government and not (holds and n == 3)):
                continue
            p = _without_trailing_note(h[:a])  # ``副县长（挂职）陈志宏``
            if ":" in p or "：" in p:  # ``组长：县长王润``: a roster's slot, not a leader's head
                continue
            strong = bool(p) and bool(g.title_end.search(p)) and (
                bool(g.government.search(p)) or (office_head and p.endswith(g.heading_titles)))
            # ``由…升任副省长的许峰``: an attributive that names the post
            weak = not p or (p.endswith("的") and bool(g.government.search(p))) or (holds and n == 3)
            if not (strong or weak) or (noted and not (strong or marked)):  # ``X同志（挂职）``: 同志 marks it
                continue
            if a == 0 and posted and not marked and h[0] == _TAKES and _UNIT_LEVEL.match(q):
                continue  # ``任岚泽县人民政府副县长`` (a career's line): 任 is the verb, not a surname
            # (a name that ends the head, ``副区长闵春和``, or opens it before a title or 同志, ``阮清和市长：``: its 和
            # is no conjunction)
            alone = b == len(h) or (a == 0 and ((marked and not q) or (
                bool(g.noun_title.fullmatch(q)) and not g.noun_title.fullmatch(h[b - 1] + q))))  # (not ``牟澈副|县长``)
            if _is_name(h[a:b], weak=not (strong or posted or marked), alone=alone):
                return a, b, strong or posted or holds or marked
        if (posted and 4 <= b <= 8 and long_name(h[:b]) and not g.not_name.search(h[:b])
                and not (is_name(h[:2], strict=True) or is_name(h[:3], strict=True))):
            return 0, b, True  # ``阿旺次仁　镇党委委员、武装部部长``: a long name (no name of a surname), then posts
    return _long_name(h)


def _long_name(h: str) -> tuple[int, int, bool] | None:
    """``副旗长乌兰托娅``, ``吉克阿果同志``: a long name, only right after a government leader's title or right before
    同志 at the head's start; (start, end, True) or None."""
    g = grammar()
    base = _without_trailing_note(h)  # (``…桑德才让同志（挂职）``)
    core = base.removesuffix("同志")
    comrade = len(core) < len(base)
    for a in range(len(core) - 3):
        name, p = core[a:], core[:a]
        if not long_name(name) or g.not_name.search(name):
            continue
        # (a post that names a government title, ``副县长、县公安局局长``, right before the name)
        strong = bool(p) and bool(g.title_end.search(p)) and bool(g.government.search(p))
        if strong or (not p and comrade):
            return a, len(core), True
    return None


def _without_trailing_note(p: str) -> str:
    groups = trailing_brackets(p)
    return p[: groups[0][0]] if groups else p


def _bracketed(q: str) -> bool:
    return len(q) > 2 and q[0] in "(（" and q[-1] in ")）" and not re.search(r"[()（）]", q[1:-1])


def _bracketed_post(q: str) -> bool:
    """``（党工委委员、管委会副主任）``, or its posts then a note after a comma (``（…副主任，挂职至2022年6月）``)."""
    return _bracketed(q) and bool(grammar().title_end.search(re.split(r"[,，]", q[1:-1])[0]))


@dataclass(frozen=True)
class Leader:
    """A leader's introduction; ``name`` is None on a single leader's page that never names the leader."""

    block: Block | None
    name: str | None
    head: str  # the introduction as written (``王润同志：``), for evidence
    name_span: tuple[int, int] = (0, 0)  # block offsets


def _leader(c: Compact, a: int, b: int, head_a: int, head_b: int) -> Leader:
    return Leader(block=c.block, name=clean_person(c.original(a, b)), head=c.original(head_a, head_b),
                  name_span=c.span(a, b))


# -- clauses and targets ---------------------------------------------------


@dataclass(frozen=True)
class Target:
    relation: str
    span: tuple[int, int]  # compact offsets of the target without its brackets
    aliases: tuple[str, ...]


def relation_at(t: str, pos: int, end: int) -> tuple[str, int, int] | None:
    """The relation of the clause ``t[pos:end]`` and the span of its target list, or None."""
    g = grammar()
    m = g.clause.match(t, pos)
    if not m or m.end() >= end:  # no verb, or a verb with nothing after it
        return None
    verb = m["verb"]
    p = m.end()
    if g.not_before.match(t, p) or (verb != "协助" and g.noun_title.match(t, p)):
        return None
    relation = g.aliases.get(verb, verb)
    if verb in g.full_charge_only:
        return (relation, p, end) if t[p:end].endswith(g.full_charge) else None
    if relation == "主持" and not t[p:end].endswith("工作"):  # ``主持会议``, ``主持召开…``
        return None
    again = g.clause.match(t, p)  # ``负责协助…``, ``负责分管…``: the second verb is the relation
    if relation == "负责" and again and again["verb"] not in g.full_charge_only:
        relation, p = g.aliases.get(again["verb"], again["verb"]), again.end()
    if relation == "负责":
        contact = _CONTACT.match(t[p:end])
        if contact:
            return "联系", p + contact.start("list"), p + contact.end("list")
        cv = g.charge_verb.match(t, p)
        if cv:
            p = cv.end()
    if relation == "协助":
        am = g.assisted.match(t, p)
        if am and am.end() < end:
            p = am.end()
        named = g.assisted_name.match(t, p, end)
        if named and _is_name(named.group(1), weak=True):  # ``协助常务副县长王润同志做好…``, ``协助王润分管…``
            p = named.end()
        sv = g.assist_verb.match(t, p)
        if sv:
            p = sv.end()
    lab = g.label.match(t, p)
    if lab:
        p = lab.end()
    return relation, p, end


_LIST_COUNT = LazyPattern(r"(?:等)?[两二三四五六七八九十\d]{1,3}(?:个|项)$")


def _strip_list_end(text: str) -> str:
    g = grammar()
    if text.endswith(g.scope) and len(top_level_split(text, seps="、")) == 1:
        return text
    m = g.list_end.search(text)
    if m and m.start() > 0:
        text = text[: m.start()]
        count = _LIST_COUNT.search(text)  # ``A、B、C、D四个领域工作``: how many the list holds
        if count and count.start() > 0 and len(top_level_split(text, seps="、")) > 1:
            text = text[: count.start()]
    m = g.such_as.search(text)
    if m and m.start() > 0 and len(top_level_split(text, seps="、")) > 1 and not _is_agency(text[m.start() :]):
        text = text[: m.start()]
    return text


def _is_agency(name: str) -> bool:
    return bool(UNIT_SUFFIX.search(name)) and not name.endswith(grammar().scope)


_OFFICE_END = LazyPattern(rf"{_HAN}{{1,8}}(?:局|部|办公室|办|中心|委员会)$")


def _office_named(name: str) -> bool:
    """An office whose name opens like a task's verb (``组织人事局``, ``组织部``, ``统筹协调办公室``)."""
    return len(name) <= 12 and _OFFICE_END.fullmatch(name) is not None


def _takes_aliases(name: str) -> bool:
    """A bracket after this target lists aliases: it is an agency (``县委党校``), not a field (``外事侨务``)."""
    return _is_agency(name) or (len(name) >= 3 and name[0] in vocab()["agency_starts"])


def targets_of(c: Compact, relation: str, a: int, b: int) -> list[Target]:
    """The targets listed in ``c.text[a:b]`` under ``relation``."""
    rest = c.text[a:b].rstrip(_TERMINAL + ",，、")
    rest = _strip_list_end(rest)
    items = [(a + lo, a + hi) for lo, hi in top_level_split(rest, seps="、") if hi > lo]
    out: list[Target] = []
    for k, (lo, hi) in enumerate(items):
        last = k == len(items) - 1 and len(items) > 1
        item = c.text[lo:hi]
        if len(items) > 1 and item.endswith("工作") and not item.endswith(grammar().scope):
            hi -= 2  # ``劳动和社会保障工作、质量技术监督工作``
        for plo, phi in _pieces(c, lo, hi, last):
            target = _target(c, relation, plo, phi)
            if target is not None:
                out.append(target)
    return out


def _pieces(c: Compact, lo: int, hi: int, list_final: bool) -> list[tuple[int, int]]:
    """An item split where it names two targets: ``省政府办公厅和编制``, a list-final ``A和B``, ``A局和B局``."""
    g = grammar()
    text = c.text[lo:hi]
    groups = trailing_brackets(text)
    name = text[: groups[0][0]] if groups else text
    if "(" in name or "（" in name:
        # ``市发展和改革委员会（市物价局）及市粮食和物资储备局``: an agency and its alias, then another agency
        after = g.alias_then_conjunction.search(name)
        if after is not None and _is_agency(re.split(r"[(（]", name)[0]):
            return [(lo, lo + after.start() + 1), *_pieces(c, lo + after.end(), hi, list_final)]
        return [(lo, hi)]
    more = g.kind_then_more.match(name)
    if more is not None:  # ``市残联等群众团体和部队``: 市残联 and 部队
        return [(lo, lo + more.end("item")), *_pieces(c, lo + more.end(), hi, list_final)]
    for conj in g.conjunctions:
        i = name.find(conj)
        while i > 0:
            left, right = name[:i], name[i + len(conj) :]
            if len(right) >= 2 and len(left) >= 2 and (
                (g.agency_end.search(left) and len(left) >= 3)
                or (list_final and not _is_agency(name) and name not in g.compounds)
            ):
                return [(lo, lo + i), *_pieces(c, lo + i + len(conj), hi, list_final)]
            i = name.find(conj, i + 1)
    if _is_agency(name):
        parts = split_units(name)
        if len(parts) > 1:
            return [(lo + x, lo + y) for x, y in parts[:-1]] + [(lo + parts[-1][0], hi)]
    return [(lo, hi)]


def _target(c: Compact, relation: str, a: int, b: int) -> Target | None:
    """One list item: the name before any trailing brackets; brackets after an agency are its aliases."""
    g = grammar()
    text = c.text[a:b]
    groups = trailing_brackets(text)
    end = groups[0][0] if groups else len(text)
    name = text[:end]
    aliases: list[str] = []
    if _takes_aliases(name):
        for g0, g1 in groups:
            inner = text[g0 + 1 : g1 - 1]
            if not inner or g.note.match(inner) or "设在" in inner:
                continue
            for lo, hi in top_level_split(inner, seps="、,，"):
                if hi > lo:
                    aliases.append(c.original(a + g0 + 1 + lo, a + g0 + 1 + hi))
    if (
        len(name) < 2
        or name[0] in "(（[【〔"
        or len(name) > 40
        or _BAD_TARGET.search(name)
        or g.agency_then_act.search(name)
        or (g.not_target.match(name) and not _office_named(name)
            and not (relation == "主持" and name == g.full_charge))  # (``局长X主持全面工作``: the head's charge)
        or g.clause.match(name)
        or g.holds.match(name)
        or name in g.label_nouns
    ):
        return None
    return Target(relation, (a, a + end), tuple(aliases))


# -- reading a notice ------------------------------------------------------


@dataclass
class _Reader:
    notice: Notice
    ctx: Context
    leader: Leader | None = None
    named_seen: bool = False
    open_relation: str | None = None  # the relation of a list that the previous block left open (``…、``)
    last_relation: str | None = None  # the relation of the last clause read
    genre: bool = False  # the text names its genre (``…分工``)
    assisting: bool = False  # an unnamed clause assists a leader (``协助县长负责…``)
    sentences: int = 0  # sentences read
    duty_sentences: int = 0  # sentences that open with a duty while no leader is named
    post_headings: int = 0  # heading lines of words then a leader's title that name no one the reader knows
    may_be_single: bool = True  # the text may be a single leader's page (unnamed clauses may count)
    skip: frozenset[int] = frozenset()  # lines read already (a portfolio table's rows)
    # The leader a page introduced (a name on its own line, ``姓名：``, a biography): a section label alone on its
    # line (``工作分工：``) gives them back after sentences of a résumé ended their clauses.
    page_leader: Leader | None = None
    after_roster_row: bool = False  # the block before is a roster's labelled row (``副组长：X（…）``)
    named: list[Portfolio] = field(default_factory=list)
    anonymous: list[Portfolio] = field(default_factory=list)

    def run(self) -> list[Portfolio]:
        blocks = self.notice.blocks
        flats = self.notice.flat_blocks  # each block without whitespace
        if self.skip:
            blocks, flats = self._unread(blocks, flats)
        body_from = self.notice.number_line or 0
        # Every portfolio is a clause with a relation verb (``relation_at``), or a list its block leaves open:
        # the last block that may hold one (found from the end) is where reading may stop.
        last_relating = next(
            (i for i in range(len(blocks) - 1, -1, -1)
             if blocks[i].line > body_from and _may_relate(flats[i])),
            None,
        )
        if last_relating is None:
            return []
        self.genre = self.ctx.file.get(names_genre, self.notice.layout)  # the whole text, not this part
        body = [i for i, b in enumerate(blocks) if b.line > body_from]
        self.may_be_single = _may_be_single([blocks[i] for i in body], [flats[i] for i in body], blocks[last_relating])
        for i, block in enumerate(blocks):
            if block.line <= body_from:
                continue
            if i > last_relating and self.open_relation is None and (self.named_seen or not self.anonymous):
                break  # nothing more to emit, and the sentences left cannot change what is returned
            self.after_roster_row = not self.genre and i > 0 and _roster_label().match(flats[i - 1]) is not None
            self._block(block, flats[i], blocks[i + 1] if i + 1 < len(blocks) else None)
        dense = self.duty_sentences >= 2 and self.duty_sentences * 2 >= self.sentences
        # (two headings with posts whose names were not read: a page of several leaders, not one leader's)
        single = self.post_headings < 2 and _single_leader_page(self.anonymous, self.assisting)
        if not self.named_seen and dense and single:
            return self.named + self.anonymous
        return self.named

    def _unread(self, blocks: Sequence[Block], flats: Sequence[str]) -> tuple[list[Block], list[str]]:
        """The blocks without the lines a table was read from (``skip``); a block joined of a table's last row
        and the sentence after it keeps the sentence."""
        by_number = {ln.number: ln for ln in self.notice.lines}
        out_blocks, out_flats = [], []
        for b, f in zip(blocks, flats, strict=True):
            if not self.skip.intersection(b.numbers):
                out_blocks.append(b)
                out_flats.append(f)
                continue
            rest = [by_number[n] for n in b.numbers if n not in self.skip and n in by_number]
            if rest:
                kept = Block.from_lines(self.notice.layout.source, rest)
                out_blocks.append(kept)
                out_flats.append(compact(kept.text))
        return out_blocks, out_flats

    def _block(self, block: Block, text: str, nxt: Block | None) -> None:
        """Read ``block``; ``text`` is the block without whitespace, the compact view's text (the view, with its
        map, is made only when read)."""
        if not text:
            return
        c: Compact | None = None
        found = _heading_body(text)  # a heading's short words, or None: then no heading (and no view made yet)
        if found is not None:
            if grammar().section_line.fullmatch(text):  # ``工作分工：`` (``【工作分工】``, ``工作分工``): no sentence
                if self.leader is None and self.page_leader is not None:
                    self.leader = self.page_leader  # (after a résumé, whose sentences ended the leader's)
                return
            c = Compact.of(block)
            head = _heading(c, nxt, found) if not self.after_roster_row else None  # (a roster's next row)
            if head is not None:
                self._set(head)
                self.page_leader = head
                self.open_relation = None
                return
            # (``马文祥  一级调研员``: words set apart before a leader's title, a name the reader did not know)
            self.post_headings += bool(_NAME_THEN_POST.match(block.text) and grammar().title_end.search(found[1]))
        if self._idle(block, text):
            self.open_relation = None
            return
        if c is None:
            c = Compact.of(block)
        open_relation, self.open_relation = self.open_relation, None
        for n, (lo, hi) in enumerate(sentences(block)):
            sc = c.within(lo, hi)
            if n == 0 and open_relation is not None and not relation_at(sc.text, 0, len(sc.text)):
                self._emit(sc, targets_of(sc, open_relation, 0, len(sc.text)))
                continue
            # ``分管：经济发展局；规划建设局。``: after a semicolon, a bare list goes on with the relation before it
            listed = self.last_relation if n and block.text[lo - 1 : lo] in _SEMICOLONS else None
            t = sc.text.rstrip(_TERMINAL)
            if listed is not None and t and _continues_list(t, 0, len(t)):
                self._emit(sc, targets_of(sc, listed, 0, len(t)))
                continue
            self._sentence(sc)
        if self.last_relation is not None and block.text.rstrip()[-1:] in _LIST_OPENERS:
            self.open_relation = self.last_relation

    def _idle(self, block: Block, text: str) -> bool:
        """Can reading this block (no heading) change what ``run`` returns? Not when no leader is in force, none
        can be named in it, unnamed clauses cannot count (a leader was named before, or the text is no single
        leader's page) and it leaves no list open: then it would emit only unnamed clauses, which are dropped,
        and the relation it leaves is read by no later block (each reads its own first)."""
        return (
            self.leader is None
            and (self.named_seen or not self.may_be_single)
            and block.text.rstrip()[-1:] not in _LIST_OPENERS
            and not may_name_leader(text)
        )

    def _set(self, leader: Leader) -> None:
        self.leader = leader
        self.named_seen = True

    def _sentence(self, c: Compact) -> None:
        """One sentence: an optional head with a colon, then its comma clauses."""
        g = grammar()
        t = c.text.rstrip(_TERMINAL)
        pos = _body_start(t)
        self.last_relation = None
        head_found = False
        close = _closing_bracket(t, pos) if self.leader is not None else None
        if close is not None and g.clause.match(t, pos + 1):  # ``（分管县财政局、县审计局）``: the leader's too
            self._sentence(c.sub(pos + 1, close))
            return
        colon_m = _COLON.search(t, pos, pos + 32)
        colon = colon_m.start() if colon_m else None
        if colon is not None and not g.clause.match(t, pos):
            found = self._colon_head(c, t, pos, colon)
            if found is not None:
                self._set(found[0])
                if g.name_label.match(t, pos):
                    self.page_leader = found[0]
                pos, head_found = found[1], True
            elif colon - pos <= 6:  # a label (``职务：副县长``, ``组长：…``)
                if not g.relation_verb.search(t, pos):
                    return  # a label and its value: nothing to read, nothing ended
            elif not g.relation_verb.search(t, pos, colon) and colon + 1 < len(t):
                self.leader = None  # a lead-in (``…的分工是：``): what follows the colon is read on its own
                self._sentence(c.sub(colon + 1, len(c.text)))
                return
        if not head_found and _CHROME.search(t):
            return  # a web page's furniture (``【打印本页】``, ``当前位置：…``): no sentence of the page's text
        if (not head_found and self.leader is None and not _WORDS_APART.search(t) and not g.relation_verb.search(t)
                and g.full_charge not in t):
            return  # a page's menu and links (``网站首页``, ``县领导调研某工作``): words, no sentence
        if not head_found and (_CAREER.match(t, pos) or _CAREER.match(t)):  # (``2001.07--``: no numbering)
            return  # a résumé's sentence (``男，汉族，…``, ``历任…``, ``现任…``): no duty; the page's leader goes on
        if not head_found and ("原由" in t or _HELD_BEFORE.search(t)) and (
                handed := _passive(c, t, pos, len(t), self.genre, handed=True)):
            self.sentences += 1
            self._set(handed[0])  # ``原由X同志分管的A、B，调整由Y同志分管``: Y's, not X's
            self._clause(c, handed[1])
            return
        self.sentences += 1
        before = self.leader
        pieces = [(pos + lo, pos + hi) for lo, hi in top_level_split(t[pos:], seps=",，—") if hi > lo]
        gathered = None if head_found else _gathered_before(c, t, pieces, self.genre)
        if gathered is not None:  # ``A等宏观经济管理,B等大交通建设,均由X负责,…``
            leader, relation, k = gathered
            self._set(leader)
            for x, y in pieces[:k]:
                opener = g.goes_on.match(t, x, y)
                self._clause(c, (relation, opener.end() if opener else x, y))
            pieces, head_found = pieces[k + 1 :], True  # (what follows is the leader's: ``…,他还兼任…``)
        self._clauses(c, t, pieces, head_found)
        if (self.leader is not before and self.leader is not None and self.leader is not self.page_leader
                and _FORMER_POST.search(t)):  # (a page's biography, ``王五，男，…曾任…``, names the page's leader)
            self.leader = None  # ``…局长王五，此前为某县常务副县长。主要负责…``: what follows is the former post's

    def _clauses(self, c: Compact, t: str, pieces: list[tuple[int, int]], head_found: bool) -> None:
        """The comma clauses of a sentence: duties, a list going on, a new leader, or what ends the leader's."""
        g = grammar()
        in_run = True  # the clauses so far are duties (a leader's clauses continue)
        open_list: str | None = None  # the relation of a list that a comma may continue
        bare_names = self.genre and not _headline(c)  # a name with neither title nor post may be a head here
        for k, (a, b) in enumerate(pieces):
            first = k == 0 and not head_found
            if (handed := _handed_to(c, t, a, b)) is not None:  # ``原分管的A工作调整至Y同志``
                self._set(handed[0])
                self._clause(c, handed[1])
                self.leader, in_run, open_list = None, False, None  # (``…调整至Y同志，按程序报备``: not Y's)
                continue
            rel = relation_at(t, a, b)
            if rel is not None and _WHO_HAS_IT.match(t, rel[1], rel[2]):
                rel = None  # ``分管安全生产工作的负责人、镇党委委员王五``: the verb tells whose post, not a duty
            opener = g.goes_on.match(t, a, b)
            going_on = open_list or (self.last_relation if opener else None)  # (``…等农业口,以及移民工作``)
            if rel is None and going_on is not None and _continues_list(t, a, b):
                if self.leader is not None or in_run:  # ``分管A、B,C、D等单位``: the list goes on
                    self._clause(c, (going_on, opener.end() if opener else a, b))
                    open_list = None if g.list_end.search(t, a, b) else going_on
                continue
            open_list = rel[0] if rel is not None and not g.list_end.search(t[rel[1] : rel[2]]) else None
            if rel is not None:
                if first and self.leader is None:  # an unnamed leader's page opens its sentences with duties
                    self.duty_sentences += 1
                    self.assisting |= rel[0] == _ASSIST and bool(re.match(rf"{_ASSIST}{g.assisted.pattern}", t[a:b]))
                if self.leader is not None or in_run:
                    self._clause(c, rel)
            elif self.leader is not None and t[a] in g.pronouns and g.verb_anywhere.match(t, a + 1, b):
                rel = relation_at(t, a + 1, b)  # ``同时，他还分管…``: the leader just named
                if rel is not None:
                    self._clause(c, rel)
            elif (passive := _passive(c, t, a, b, self.genre)) is not None:  # ``县教育局由孙丽同志分管``
                self._set(passive[0])
                in_run = True
                self._clause(c, passive[1])
            elif (subject := _run_in(c, a, b, bare_names)) is not None:
                self._set(subject[0])
                in_run = True
                rel = relation_at(t, subject[1], b) if subject[1] is not None else None
                if rel is not None:
                    self._clause(c, rel)
            elif (not first or g.filler.match(t, a) or g.neutral.fullmatch(t, a, b)
                  or _is_post(re.sub(r"^兼任?", "", t[a:b]))):  # (``兼市公安局局长，负责…``: a post held too)
                in_run = in_run and first  # a filler keeps the run; a stray clause inside a sentence ends it
            elif _bio(t, a, b, pieces[k + 1 :]):  # ``王润，男，汉族，…``: the page's person
                self._set(_leader(c, a, b, a, b))
                self.page_leader = self.leader
            elif first and _named_with_post(t, a, b, pieces[k + 1 :]):  # ``王润，县委常委、副县长，负责…``
                self._set(_leader(c, a, b, a, pieces[k + 1][1]))
            else:
                self.leader = None  # a sentence that opens with neither a duty nor a leader ends the leader's
                in_run = False

    def _colon_head(self, c: Compact, t: str, pos: int, colon: int) -> tuple[Leader, int] | None:
        """``副县长王润：…``, ``王润（县长）：…`` or ``县长：王润，…``: the leader and where the clauses start."""
        h = t[pos:colon]
        rest = t[colon + 1 :]
        if grammar().name_label.match(t, pos):
            end = _labelled_name(rest)
            if end is not None:
                return _leader(c, colon + 1, colon + 1 + end, pos, colon + 1 + end), colon + 1 + end
            return None
        parsed = parse_subject(h)
        if parsed is not None:
            a, b, marked = parsed
            first = re.split(r"[,，。;；]", rest)[0]  # (``副镇长（挂职）``: a post with a note)
            if marked or relation_at(rest, 0, len(rest)) or _is_post(first) or _is_post(_without_trailing_note(first)):
                return _leader(c, pos + a, pos + b, pos, colon + 1), colon + 1
            return None
        if (self.genre and long_name(h) and not grammar().not_name.search(h) and not title_like(h)
                and relation_at(rest, 0, len(rest))):
            return _leader(c, pos, colon, pos, colon + 1), colon + 1  # ``萨仁高娃：负责…`` in a 分工 text
        # ``党工委委员、管委会副主任：王润`` in a 分工 text: a post of 16 characters at most, no verb in it
        heads_body = self.genre and h.endswith(_BODY_HEADS) and len(h) <= 16 and not grammar().verb.search(h)
        if (grammar().government_end.search(h) and (_is_post(h) or len(h) <= 6)) or heads_body:
            m = re.match(rf"({_HAN}{{2,4}}?)(?:同志)?(?:[,，]|$)", rest)
            if m and _is_name(m.group(1), weak=False):
                a = colon + 1
                return _leader(c, a, a + len(m.group(1)), pos, a + m.end()), a + m.end()
            for k in range(2, 5):  # ``局长：吴军 主持…``: the name, a space, the duties (the space is gone here)
                if _is_name(rest[:k], weak=False) and grammar().clause.match(rest, k):
                    a = colon + 1
                    return _leader(c, a, a + k, pos, a + k), a + k
        return None

    def _clause(self, c: Compact, rel: tuple[str, int, int]) -> None:
        relation, a, b = rel
        self.last_relation = relation
        self._emit(c, targets_of(c, relation, a, b))

    def _emit(self, c: Compact, targets: list[Target]) -> None:
        for target in targets:
            lo, hi = c.span(*target.span)
            if "\t" in c.block.text[lo:hi]:
                continue  # a target across a tab runs two cells of a table together (``工作	市财政局``)
            if self.leader is not None:
                self.named.append(_fact(self.notice, self.ctx, self.leader, c, target))
            elif not self.named_seen:
                self.anonymous.append(_fact(self.notice, self.ctx, None, c, target))


@lru_cache(maxsize=1)
def _roster_label() -> re.Pattern[str]:
    """A roster's labelled row (``副组长：袁琳（…）``, whitespace removed): the name-and-post lines under it are its
    members, no leaders heading their clauses."""
    return re.compile(rf"^(?:{roster_lexicon().compact_role_alt})[:：]")


def names_genre(layout: Layout) -> bool:
    """Does the text name the genre (``…分工``) anywhere? Asked by every notice of a file, computed once."""
    return bool(grammar().genre.search(layout.norm))


_NAME_THEN_POST = LazyPattern(
    rf"\s*[{BULLETS}]?\s*[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){{1,3}}[\s\u3000]+[\u4e00-\u9fff]")
_LONG_HEAD = LazyPattern(r"(?<![\u4e00-\u9fff·•])[\u4e00-\u9fff][\u4e00-\u9fff·•]{3,12}[:：]")


def may_name_leader(text: str) -> bool:
    """Might a reading of ``text`` (a block without whitespace) name a leader? False only where it cannot.

    Every leader is a head that ``parse_subject`` accepts (a colon's, a clause's before its verb, a whole
    clause's), a heading line (``_heading``, asked of every block), a name label's (``姓名：``) or a biography's
    (``王润，男，…``). A head is accepted only if it holds a government title or 同志, ends with a leader's
    title (a post after the name, bare or in brackets), or is a name with a known surname alone; a head ends
    before a verb, a colon or a clause's end, and starts a clause, after a character that is no Han character.
    """
    g = grammar()
    if g.marks_leader.search(text) or g.title_ends_head.search(text) or _BIO.search(text):
        return True
    for m in _LONG_HEAD.finditer(text) if "：" in text or ":" in text else ():  # a long name alone before a
        if g.clause.match(text, m.end()) and long_name(text[m.start() : m.end() - 1]):  # colon and a clause
            return True
    if not (g.verb.search(text) or ":" in text or "：" in text):
        return False  # a bare head ends at a verb or a colon (``bare_head``): the text has neither
    for m in g.bare_head.finditer(text):
        a = m.end()
        for b in range(a + 2, min(a + 4, len(text)) + 1):
            if _HAN_RUN.fullmatch(text, a, b) and g.head_end.match(text, b) and _is_name(text[a:b], weak=True):
                return True
    return False


def _may_relate(text: str) -> bool:
    """Might ``relation_at`` find a relation in some span of ``text`` (whitespace removed)? Its verbs are the
    relations and their aliases (``协管``, ``包联``); ``领导`` counts only before the full-charge object
    (``全面工作``)."""
    return bool(grammar().relation_verb.search(text)) or vocab()["full_charge_object"] in text


def _may_be_single(blocks: list[Block], flats: list[str], last_read: Block) -> bool:
    """Might the reading of ``blocks`` (after the 文号; ``flats``: each without whitespace) count its unnamed
    clauses, as a single leader's page does?

    Not without a 分管 clause or one that assists a leader (``_single_leader_page``), nor where its sentences
    cannot be dense (``run``): at most one sentence opens with a duty for each place where a clause may start
    (after a character that is no Han character) with a verb, and every sentence of a block up to ``last_read``
    (always read) that is not the block's first (which may go on with a list) and has no colon is counted.
    """
    g = grammar()
    if not any((_SINGLE_PAGE_RELATION in t or _ASSIST in t) and g.single_page.search(t) for t in flats):
        return False  # (the words first: a test cheaper than the pattern)
    duties = sum(len(g.duty_starts.findall(t)) for t in flats)
    if duties < 2:
        return False
    counted = 0
    for b in blocks:
        if b.line > last_read.line:
            break
        spans = list(sentences(b))[1:]
        counted += sum(1 for lo, hi in spans if b.text[hi - 1] in _COUNTED_END and not _COLON.search(b.text, lo, hi))
    return duties * 2 >= counted


def _headline(c: Compact) -> bool:
    """A line with no punctuation at all (``山西重划分工 李四分管建设商务``): a headline, whose names are not heads."""
    return len(c.block.numbers) == 1 and not _PUNCTUATION.search(c.block.text)


# A relation's list whose first item is a person it describes (``分管安全生产工作的负责人``, ``分管农业的副县长``)
_WHO_HAS_IT = LazyPattern(
    r"[^、,，]*的(?:负责人|领导|同志|干部|人员|副职|副县长|副市长|副区长|副镇长|副乡长|副主任)(?:[、,，]|$)")


def _closing_bracket(t: str, pos: int) -> int | None:
    """Where the bracket that opens at ``pos`` closes, if it does (a sentence in brackets); else None."""
    if t[pos : pos + 1] not in ("(", "（"):
        return None
    return next((b - 1 for a, b in bracket_groups(t) if a == pos), None)


def _body_start(t: str) -> int:
    """Where a sentence's words begin: after list numbering, an opening quotation mark, a label (``工作分工：``)."""
    pos = 0
    num = _NUMBERING.match(t)
    if num:
        pos = num.end()
    if t[pos : pos + 1] in "“\"'「『":  # a sentence opening a quotation (its close is sentences away)
        pos += 1
    if t[pos : pos + 1] == "【" and "】" in t[pos : pos + 12]:  # a label in brackets: ``【分管部门】…``
        pos += 1
    sec = grammar().section.match(t, pos)
    if sec is None and t[pos : pos + 1] == "【":
        return pos
    if sec is None:  # ``分管工作：负责…`` is a section; ``分管工作：教育、卫生`` a relation's list
        lab = grammar().relation_label.match(t[pos:])
        sec = lab if lab and relation_at(t, pos + lab.end(), len(t)) else None
        return pos + sec.end() if sec else pos
    return sec.end()


_STANDS_IN = "主持"  # ``由X主持…工作``: X stands in for the leader (in 分工 notices, while the leader is away)


def _run_in(c: Compact, a: int, b: int, genre: bool) -> tuple[Leader, int | None] | None:
    """A leader named at the start of the clause ``c.text[a:b]`` and the offset of its verb (None: no verb, or
    one whose portfolio the leader gives up: ``赵敏同志不再分管县教育局，改为分管…``).

    A name with neither a title nor a post next to it counts only in a text of the genre (``genre``).
    """
    g = grammar()
    t = c.text
    verbs = g.verb_anywhere.finditer(t, a, b) if g.verb.search(t, a, b) else ()
    start = a + next((len(w) for w in g.head_openers if t.startswith(w, a, b)), 0)  # ``增加X同志分管…``
    # ``一、由副县长邓建军同志分管…`` in a 分工 notice: the leader that now holds it (not ``由X主持…工作``, who stands
    # in for another: ``县长外出期间，由常务副县长主持县政府工作``)
    by = genre and start == a and t.startswith(g.agent, a, b)
    start += len(g.agent) if by else 0
    of = t.find("的", a, b)
    attributive = of > a and bool(g.relation_verb.search(t, a, of)) and bool(g.government.search(t, of + 1, b))
    if attributive:  # ``此前分管教育工作的副市长伍德成…``: what the leader held, then the leader's title and name
        start = of + 1
    for m in verbs:
        if m.start() < start:
            continue
        if by and t.endswith(_STANDS_IN, m.start(), m.end()):
            return None
        h = t[start : m.start()]
        given_up = next((w for w in g.given_up if h.endswith(w)), None)  # ``赵敏同志不再分管…``: a head, no duty
        if given_up:
            h = h[: len(h) - len(given_up)]
        if h and g.agent not in h:  # ``由副县长王润负责…``: an agent, not a leader's head
            parsed = parse_subject(h)
            if parsed is not None and (parsed[2] or (genre and not attributive)):
                x, y, _ = parsed
                return _leader(c, start + x, start + y, start, start + y), None if given_up else m.start()
        if g.relation_verb.search(t, m.start(), m.end()):
            return None  # every later head holds this relation verb, and so does the whole clause: none has a name
    parsed = parse_subject(t[a:b])
    if parsed is not None:  # the verb is in a later clause: the name must start with a surname
        x, y, marked = parsed
        if (marked or (x > 0 and genre)) and (y < b - a or _is_name(t[a + x : a + y], weak=True)):
            return _leader(c, a + x, a + y, a, b), None
    return None


def _passive(c: Compact, t: str, a: int, b: int, genre: bool,
             handed: bool = False) -> tuple[Leader, tuple[str, int, int]] | None:
    """``县教育局、县科技局由孙丽同志分管``: targets, then 由, the leader and the verb that ends the clause: the
    leader and the relation with its targets' span. The leader must be a person's name, marked by a post, a
    title or 同志 unless the text names its genre (``由县发改局负责``, ``由县长负责`` name no one). ``handed``:
    the whole sentence hands a former holder's targets over (``原由X同志联系的Y，改由Z同志联系``)."""
    g = grammar()
    m = (g.handed if handed else g.passive).match(t, a, b)
    if not handed and (m is None or m.end() != b):  # ``教育、文化等归口由X副市长负责``
        m = g.gathered.match(t, a, b)
        if m is not None and len(m.group("targets")) < 2:
            return None
    if m is None or m.end() != b or g.agent not in t[a:b]:
        return None
    head = m.group("head")
    parsed = parse_subject(head)
    if parsed is None or not (parsed[2] or genre):
        return None
    x, y, _ = parsed
    h = m.start("head")
    verb = m.group("verb")
    ta, tb = m.span("targets")
    tb -= next((len(w) for w in g.handed_over if t.endswith(w, ta, tb)), 0)  # ``…局调整由…``
    held = g.relation_verb.search(t, ta, tb)
    if held is not None:  # ``X同志原分管的县文化和旅游局交由…``: the targets follow the holder's 的
        of = t.find("的", held.end(), tb)
        if of < 0:
            return None
        ta = of + 1
    return _leader(c, h + x, h + y, h, m.end("head")), (g.aliases.get(verb, verb), ta, tb)


def _handed_to(c: Compact, t: str, a: int, b: int) -> tuple[Leader, tuple[str, int, int]] | None:
    """``X同志原分管的A、B工作调整至Y同志``: Y and the relation X had with the targets, whose span is given. Y must be
    a person's name marked by a post, a title or 同志."""
    if t.find("原", a, b) < 0:
        return None
    g = grammar()
    m = g.handed_to.match(t, a, b)
    if m is None:
        return None
    parsed = parse_subject(m.group("head"))
    if parsed is None or not parsed[2]:
        return None
    x, y, _ = parsed
    h = m.start("head")
    verb = m.group("verb")
    return _leader(c, h + x, h + y, h, m.end("head")), (g.aliases.get(verb, verb), *m.span("targets"))


def _gathered_before(c: Compact, t: str, pieces: list[tuple[int, int]],
                     genre: bool) -> tuple[Leader, str, int] | None:
    """``A、B等宏观经济管理，C、D等大交通建设，以及E等专项工作，均由X负责，…``: a sentence whose comma clauses
    open with lists (naming no relation) that a later clause gathers under a leader: the leader, the relation and
    the index of the gathering clause. The leader must be marked as ``_passive``'s is; each list must end where
    its last item does (``…等工作``, not ``法制等业务关联性较强``)."""
    g = grammar()
    for k, (a, b) in enumerate(pieces):
        if g.relation_verb.search(t, a, b) is None:
            if not _continues_list(t, a, b) or not _closed_list(t[a:b]):
                return None
            continue
        m = g.gathered.match(t, a, b)
        if k == 0 or m is None or m.end() != b or m.group("targets"):
            return None
        parsed = parse_subject(m.group("head"))
        if parsed is None or not (parsed[2] or genre):
            return None
        x, y, _ = parsed
        h = m.start("head")
        verb = m.group("verb")
        return _leader(c, h + x, h + y, h, m.end("head")), g.aliases.get(verb, verb), k
    return None


def _closed_list(piece: str) -> bool:
    """Does the list ``piece`` end with its last item, or with a word that closes it (``等工作``, ``等专项工作``)?"""
    g = grammar()
    last = piece.rsplit("、", 1)[-1]
    return "等" not in last or bool(g.such_as.search(last) or g.list_end.search(last))


_SEMICOLONS = (";", "；")
_FIRST_CLAUSE = LazyPattern(r"[^,，]+")
# A sentence that names a leader by a post held before (a career told in a news report): the clauses after it
# are that post's, not a portfolio now.
_FORMER_POST = LazyPattern(r"此前为|此前任|此前担任|之前为|之前任|曾任|曾担任|原任|原为")
_HELD_BEFORE = LazyPattern(r"此前|之前|原来")  # a former holder's (``X此前分管的A，现调整由Y分管``)
# The titles of a body's heads (a development zone's 管委会主任, a street office's 主任, a 党工委书记) that a post
# before a colon ends with, in a text that names the genre, where a name follows the colon.
_BODY_HEADS = ("主任", "书记")


def _continues_list(t: str, a: int, b: int) -> bool:
    """Does the comma clause ``t[a:b]`` go on with the list before it (``…,社会管理、治安管理等工作``)?"""
    g = grammar()
    opener = g.goes_on.match(t, a, b)
    piece = t[opener.end() if opener else a : b]
    if not piece or g.relation_verb.search(piece) or g.holds.search(piece):
        return False
    items = [part for x, y in top_level_split(piece, seps="、") for part in _agencies_joined(piece[x:y])]
    if any(not 2 <= len(i) <= 20 or _BAD_TARGET.search(i) or g.not_target.match(i) for i in items[:-1]):
        return False
    return (len(items) > 1 or opener is not None or bool(g.list_end.search(piece))
            or _is_agency(_without_trailing_note(piece)))


def _agencies_joined(item: str) -> list[str]:
    """An item of two agencies joined by 及 (``市住房和城乡建设管理委员会及市城市管理行政执法局``) as the two, else
    the item."""
    k = item.find("及")
    return [item[:k], item[k + 1 :]] if k > 0 and _is_agency(item[:k]) and _is_agency(item[k + 1 :]) else [item]


def _bio(t: str, a: int, b: int, rest: list[tuple[int, int]]) -> bool:
    """A biography's opening: a name alone, then ``男`` or ``女``."""
    return bool(rest) and t[rest[0][0] : rest[0][1]] in _BIO_MARKS and _is_name(t[a:b], weak=True)


def _labelled_name(rest: str) -> int | None:
    """The end of the name that opens ``rest``, the text after ``姓名：``: the name is all of its clause, or is
    followed by another label of the page (``柏文涛职务：副县长``); a name of five letters or more
    (``艾尔肯·吐尔逊``, ``孟和巴雅尔``) is all of its clause."""
    g = grammar()
    clause = len(re.split(r"[,，。;；\s]", rest)[0])
    for k in (2, 3, 4):
        if k <= clause and (k == clause or g.after_name_label.match(rest, k)) and _is_name(rest[:k], weak=False):
            return k
    if clause > 4 and (dotted_name(rest[:clause]) or long_name(rest[:clause], shortest=5)):
        return clause
    return None


def _named_with_post(t: str, a: int, b: int, rest: list[tuple[int, int]]) -> bool:
    """A name alone, then its post alone, then a clause with a relation (news: ``王润，县委常委、副县长，负责…``)."""
    return (
        len(rest) >= 2
        and _is_post(t[rest[0][0] : rest[0][1]])
        and relation_at(t, *rest[1]) is not None
        and _is_name(t[a:b], weak=True)
    )


def _heading_body(t: str) -> tuple[int, str] | None:
    """Where a heading's words start in a block's compact text ``t``, and the words: short, with no punctuation."""
    num = _NUMBERING.match(t)
    start = num.end() if num else 0
    body = t[start:].rstrip(":：")
    core = _without_trailing_note(body)  # (a bracket after the name may hold a clause: ``（…，挂职至2022年6月）``)
    core = _PERSONAL_NOTE.sub("", core) if "(" in core or "（" in core else core  # (``马秀兰(女,回族)副县长``)
    if not core or len(core) > 24 or len(body) > 40 or _PUNCTUATION.search(core):
        return None
    return start, body


_BOXED_POST = LazyPattern(r"^【(?P<post>[^【】]{2,30})】(?P<name>[^【】]{2,12})$")


def _titled_heading(body: str, nxt: Block | None) -> tuple[int, int, bool] | None:
    """``副主任马秀芬``, ``党委委员、副主任冉小平`` (a heading's words): posts ending in a title of
    ``heading_titles``, then a name, the next block opening with a relation (``负责…``); the name's span, marked."""
    titles = grammar().heading_titles
    if nxt is None or not any(t in body for t in titles):
        return None
    for at in (len(body) - 3, len(body) - 2):
        title = next((t for t in titles if body.endswith(t, 0, at)), None) if at > 0 else None
        if title is None or not is_name(body[at:], strict=True):
            continue
        before = body[: at - len(title)]
        if before and not before.endswith("、"):
            return None  # (the title alone, or after other posts: not ``办公室主任王强``, an office's head)
        n = Compact.of(nxt).text
        return (at, len(body), True) if relation_at(n, 0, len(n)) is not None else None
    return None


def _heading(c: Compact, nxt: Block | None, found: tuple[int, str]) -> Leader | None:
    """A leader on a line of its own: ``副县长 王润``, ``王润同志：``, or a bare ``马琪彤`` before ``省长,主持…``;
    ``found`` is ``_heading_body(c.text)``."""
    t = c.text
    start, body = found
    boxed = _BOXED_POST.match(body)  # ``【局党组书记、局长】蔡文博``: the post in brackets, then the name
    if boxed is not None:
        parsed = parse_subject(boxed["post"] + boxed["name"])
        if parsed is None or parsed[1] != len(boxed["post"]) + len(boxed["name"]):
            return None
        a = boxed.start("name") + parsed[0] - len(boxed["post"])
        return _leader(c, start + a, start + len(body), start, len(t))
    parsed = parse_subject(body) or _named_over_post(body, nxt) or _titled_heading(body, nxt)
    if parsed is None:
        return None
    a, b, marked = parsed
    if not marked:
        if nxt is None:
            return None
        n = Compact.of(nxt).text
        first = re.split(r"[,，。;；:：]", n)[0]
        label = grammar().post_label.match(n)
        held = _without_trailing_note(re.split(r"[,，。;；\s]", n[label.end() :])[0]) if label else ""
        # (``职务：副市长（挂职）``; the label says it is a post, however it opens: ``职务：某市委常委、副市长``)
        labelled = bool(held) and (_is_post(held) or held.endswith(grammar().post_ends))
        if not (relation_at(n, 0, len(n)) or _is_post(first) or labelled):  # ``省长,主持…``, a post on its own
            return None  # line, or ``职务：副县长``
    return _leader(c, start + a, start + b, start, len(t))


_NAME_ALONE = LazyPattern(r"[\u4e00-\u9fff]{2,4}")


def _named_over_post(body: str, nxt: Block | None) -> tuple[int, int, bool] | None:
    """A name no surname list knows alone on its line, its post alone on the next (a leaders' page: ``其木格`` ⏎
    ``副旗长`` ⏎ ``负责…``): (0, its end, True); else None."""
    if nxt is None or not _NAME_ALONE.fullmatch(body) or grammar().not_name.search(body) or title_like(body):
        return None
    if not long_name(body, shortest=2):  # (no word a name cannot hold: ``相关链接`` over a link to ``县长``)
        return None
    n = Compact.of(nxt).text
    return (0, len(body), True) if _is_post(n) and len(nxt.numbers) == 1 else None


def _single_leader_page(facts: list[Portfolio], assisting: bool) -> bool:
    """Unnamed clauses are a single leader's portfolio when they use two relations, one of them 分管, or
    one of them assists a leader (``协助区长…``)."""
    relations = {f.relation for f in facts}
    return len(relations) >= 2 and (_SINGLE_PAGE_RELATION in relations or assisting)


def _fact(notice: Notice, ctx: Context, leader: Leader | None, c: Compact, target: Target) -> Portfolio:
    block = c.block
    lo, hi = c.span(*target.span)
    prov = ctx.cite(block, lo, hi, NAME, VERSION, line_at=lo)
    if leader is not None and leader.name:
        if block is leader.block and leader.name_span[0] < lo and leader.name not in compact(prov.evidence):
            # the leader's name is earlier in the same paragraph: start the evidence there
            ev = (leader.name_span[0], sentence_bounds(block.text, lo, hi)[1])
            prov = ctx.cite(block, lo, hi, NAME, VERSION, line_at=lo, evidence=ev)
        if leader.name not in compact(prov.evidence):  # the leader was introduced in an earlier paragraph
            prov = replace(prov, evidence=f"{leader.head}… {prov.evidence}")
    return Portfolio(
        prov=prov,
        doc_number=notice.doc_number,
        doc_title=notice.title,
        person=leader.name if leader is not None else None,
        relation=target.relation,
        target=c.original(*target.span),
        aliases=target.aliases,
    )


def _table_name(text: str) -> bool:
    """A line of a table set out a cell a line that opens a leader's row: a name alone."""
    return _is_name(text, weak=False, alone=True)


def _table(notice: Notice, ctx: Context) -> tuple[list[Portfolio], frozenset[int]]:
    """The portfolios of the rows of portfolio tables (``column_table``), and the lines they were read from.

    Each cell is read as the leader's clauses when it says its own relation (``主持…。分管…。``), else as a list
    of targets of its column's relation (``县发改局、县财政局`` under 分管部门)."""
    out: list[Portfolio] = []
    used: set[int] = set()
    source = notice.layout.source
    g = grammar()
    for row in column_table.rows(notice.lines, g.table_columns, notice.text, source.text,
                                 is_name=_table_name, opens=g.relations):
        view = RowView.of(source, row.lines)
        reader = _cell_reader(notice, ctx, view.cell(row.name))
        if reader is None:
            continue
        leader = reader.leader
        for kind, parts in row.cells:
            if kind in (column_table.POST, column_table.OTHER):
                continue
            for run in [parts] if row.stacked else _clause_runs(cut_runs(parts)):
                cc = view.cell(run)
                for a, b in top_level_split(cc.text, seps=_TERMINAL):
                    part = cc.sub(a, b)
                    reader.leader = leader  # (a sentence that is no duty ends the leader's, but not the row's)
                    first = _FIRST_CLAUSE.match(part.text)  # (``主持X全面工作，负责…``: its first clause says so)
                    if relation_at(part.text, 0, first.end() if first else len(part.text)) is not None:
                        reader._sentence(part)
                    elif part.text and not part.text.startswith(g.own_links):
                        reader._emit(part, targets_of(part, kind, 0, len(part.text)))
        out += reader.named
        used.update(ln.number for ln in row.lines)
        used.update(_header_above(notice, row.lines[0], g.table_columns))
    for unit_row in column_table.unit_rows(notice.lines, g.unit_table_columns, notice.text):
        out += _unit_row_portfolios(notice, ctx, unit_row)
        used.update(ln.number for ln in unit_row.lines)
    return out, frozenset(used)


def _clause_runs(runs: list[list[column_table.Cell]]) -> list[list[column_table.Cell]]:
    """A cell's runs cut again where a part on a later line opens a clause of its own (``…水土保持工作`` ⏎
    ``负责乡村振兴驻村帮扶工作``: a row that goes on under the one above), unless the part above left a list open."""
    out: list[list[column_table.Cell]] = []
    for run in runs:
        out.append([run[0]])
        for p in run[1:]:
            if grammar().relation_verb.match(compact(p.text)) and not compact(out[-1][-1].text).endswith(_LIST_OPENERS):
                out.append([p])
            else:
                out[-1].append(p)
    return out


def _header_above(notice: Notice, first: Line, columns: dict[str, str]) -> set[int]:
    """The lines of a table's header set out a column name a line right above its row's ``first`` line (``姓名``
    ⏎ … ⏎ ``分管站所`` ⏎ ``联系村``): the table's, not clauses of their own (``分管站所`` is no 分管)."""
    lines, flats = notice.lines, notice.flat_lines
    upto = notice.layout.line_range(notice.first_line, first.number)  # (the notice's lines up to ``first``)
    k = upto.stop - upto.start - 2  # (the line above it)
    out: set[int] = set()
    while k >= 0 and flats[k] in columns:
        out.add(lines[k].number)
        k -= 1
    return out


def _cell_reader(notice: Notice, ctx: Context, name: Compact) -> _Reader | None:
    """The reader of the leader a table's cell names (``欧阳明睿``, ``古丽娜尔·吐尔逊``, or after the post:
    ``常务副县长 蒋涛``, ``副县长潘晓岚（女）``); None where the cell names no one."""
    a, b = 0, len(name.text)
    if not (_is_name(name.text, weak=False, alone=True) or dotted_name(name.text)):
        parsed = parse_subject(name.text)
        if parsed is None or not parsed[2]:  # (a name marked by a post, a title or 同志 only)
            return None
        a, b = parsed[0], parsed[1]
    return _Reader(notice, ctx, leader=_leader(name, a, b, 0, len(name.text)), named_seen=True)


def _unit_row_portfolios(notice: Notice, ctx: Context, row: column_table.UnitRow) -> list[Portfolio]:
    """A table of units' row (``县财政局 | 褚建业 | —``): each leader named under a column holds the row's units in
    the column's relation. A cell that names no one (a post, a dash) gives nothing."""
    view = RowView.of(notice.layout.source, row.lines)
    units = [view.cell(run) for run in cut_runs(row.unit)]  # (units a line: each a target; a unit cut, one)
    out: list[Portfolio] = []
    for kind, parts in row.cells:
        cell = view.cell(parts)
        for a, b in top_level_split(cell.text, seps="、，,;；"):
            reader = _cell_reader(notice, ctx, cell.sub(a, b))
            if reader is None:
                continue
            for unit in units:
                reader._emit(unit, targets_of(unit, kind, 0, len(unit.text)))
            out += reader.named
    return out


def extract(notice: Notice, ctx: Context) -> Iterator[Fact]:
    """Portfolios of the leaders that the notice (any text) introduces."""
    table, used = _table(notice, ctx)
    yield from table
    read = _Reader(notice, ctx, skip=used).run()
    yield from read
    told = {(f.person, f.target) for f in read}
    yield from (f for f in portfolio_visits.extract(notice, ctx) if (f.person, f.target) not in told)
