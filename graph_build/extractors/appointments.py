"""Appointments and removals (任免) from any text: notices, 任免名单 and news of 人大常委会 decisions.

One ``Appointment`` per person, action and post; the posts of one action stay
together as written (``县人民政府副县长、代理县长``). Text is read in two ways.

* **Lists** (a personnel notice, a ``…任免名单``, the lines after a heading
  ``任命：`` / ``免去：``): the heading sets the action, each item gives a person
  and a post::

      经县政府党组会议…研究决定，任命：
      乔 木同志为县人民政府办公室副主任；
      免去：
      薛建东同志县人民医院院长职务；

  Items may also be ``X任Y``, ``X兼任Y``, ``X不再担任Y职务``.

* **Decisions in prose**, anywhere: a clause counts only when a personnel verb of
  a decision leads it: ``（决定）任命X为Y``, ``（决定）免去X的Y职务``,
  ``接受X辞去Y职务的请求``, ``通过了关于X辞去Y的辞呈``, ``决定X为Y``,
  ``决定其为Y``, ``决定X（副区长）代理Y职务``, ``作出关于X代理Y的决定``, ``通过《关于X为Y的决定》``,
  ``X的Y职务相应终止``,
  ``X不再担任Y职务``, ``X因被任命为Y``, ``副省长X被免职`` and, in the report of
  a meeting that decided 任免, ``X提出辞去Y职务``. Later clauses of the sentence
  (``，`` and ``；`` up to ``。``, and the paragraphs after one that ends with ``；``) inherit the action:
  ``任命A为X，B为Y``, ``免去A的X职务；B的Y职务``, ``免去其Y职务``, ``并决定其为Y``, ``接受其辞去Y职务``.

Precision first. A clause whose lead-in says proposal, election, ceremony or
career (``提请``, ``议案``, ``拟``, ``选举``, ``增补``, ``调任``, ``出任``, ``颁发任命书``:
``not_decision_words`` in ``data/personnel.yml``) gives nothing; so do a 公示, a
roster slot (``决定由X为组长``), a headline (a line without punctuation, which
news repeats in its lead) and an item cut off by the end of an excerpt.

A remark such as ``（试用期一年）`` goes to ``note``, as does a closing
``以上新提任…试用期为一年``. Dates: a personnel notice's signing date, a list's
``（…会议通过）`` note, a document's date; in a news report only a full date in
the paragraph (``2023年5月31日上午，…``), never a dateline or a page timestamp.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from graph_build.data_files import load_yaml
from graph_build.extractors import column_table
from graph_build.extractors.assignment_cells import cut_across
from graph_build.extractors.assignment_grid import Cell
from graph_build.extractors.base import Context
from graph_build.extractors.portfolio_text import Compact, RowView, sentences, trailing_brackets
from graph_build.layout import Block, Layout, Line, compact, working_copy
from graph_build.notices import DATE_LINE, Notice, format_date
from graph_build.patterns import BULLETS, INLINE_DECISIONS, LazyPattern, alternation
from graph_build.people import (
    clean_person,
    dotted_name,
    is_name,
    long_name,
    looks_like_person,
    names,
    split_name_post,
    title_like,
)
from graph_build.records import Appointment, Fact
from graph_build.units import top_level_split

NAME = "appointments"
VERSION = "2"

APPOINT = "appoint"
REMOVE = "remove"
DECIDE = "decide"  # a heading such as ``研究决定：`` that does not say which action follows

VOCAB_PATH = Path(__file__).resolve().parent.parent / "data" / "personnel.yml"


@lru_cache(maxsize=1)
def vocab() -> dict[str, Any]:
    return load_yaml(VOCAB_PATH)


_UNIT_COLUMN = "unit"  # a table's column of the unit each row's post is in (``学校``)


@lru_cache(maxsize=4)
def table_columns(personnel: bool, decided: bool = False) -> dict[str, str]:
    """A 任免 table's column name -> its kind (``column_table``), from the vocabulary; ``personnel``: in a
    personnel notice, where bare 任职 and 免职 columns count too; ``decided``: in one that says it decided, where
    the columns of posts proposed (拟任职务) are the posts decided."""
    v = vocab()
    columns = _table_columns(v)
    if personnel:
        columns = {**columns, **_table_columns(v, "personnel_table_columns")}
    return {**columns, **_table_columns(v, "decided_table_columns")} if personnel and decided else columns


# A personnel notice that says it decided (``决定任免下列同志职务``), not that it proposes.
_DECIDES = LazyPattern(r"决定(?:任免|任命|聘任|免去|免职|解聘)")


def _table_columns(v: dict[str, Any], key: str = "table_columns") -> dict[str, str]:
    """``table_columns``: column name -> kind, each kind the name, the post, other, appoint, remove, decide or the
    unit an action's post is in."""
    kinds = (column_table.NAME, column_table.POST, column_table.OTHER, APPOINT, REMOVE, DECIDE, _UNIT_COLUMN)
    return column_table.column_kinds(v[key], kinds, f"{VOCAB_PATH}: {key}")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    v = vocab()
    alt = alternation
    return {
        "title": re.compile(alt(v["notice_title_words"])),
        "post_end": re.compile(f"(?:{alt(v['title_endings'])})$"),
        "remark": re.compile(alt(v["remark_words"])),
        "not_name": re.compile(f"^(?:{alt(v['not_name_starts'])})"),
        "role": re.compile(alt(v["not_name_words"])),
        "roster": re.compile(f"(?:^(?:{alt(v['roster_posts'])})$)|{alt(v['roster_bodies'])}"),
        "blocked": re.compile(alt(v["not_decision_words"])),
        # ``决定郑皓副区长代理某区人民政府区长职务``: a leader's title may stand between the name and 代理
        "acting": re.compile(
            rf"^(?P<pre>.*?)决定(?P<p>{_HAN}{{2,3}}?)(?:同志)?(?P<t>(?:{alt(v['titles_before_acting'])})?)"
            r"(?P<post>代理.+?)(?:的)?(?:职务)?$"),
        "meeting": re.compile(alt(v["meeting_decided"])),
    }


_HAN = r"[\u4e00-\u9fff]"
# Names with an optional 同志, separated by 、, and a count (``张三、李四同志``, ``A、B、C等18人``, ``A等``).
_COUNT = r"(?:[两二三四五六七八九十\d]+(?:位|名)(?:同志)?|等[两二三四五六七八九十\d]+(?:名|位|人)(?:同志)?|等(?:同志)?)"
# A name may carry a note in brackets: ``张三（女）``, ``李四（满族）``, ``王五（女，1980年3月生）``.
_NOTE = r"(?:[(（][\u4e00-\u9fff，,、\d.．]{1,16}[)）])"
# A name: two to four letters, or a name whose dot sets the given name apart (``古丽娜尔·吐尔逊``).
_NAME = rf"(?:{_HAN}{{2,8}}?[·•]{_HAN}{{1,8}}?|{_HAN}{{2,4}}?)"
# A longer note after a name before its verb: the post held elsewhere (``潘志宏（某厅种植业管理处一级主任科员）挂任…``).
_NOTE_LONG = r"(?:[(（][^()（）]{1,30}[)）])"
_PERSONS = rf"(?P<p>(?:{_NAME}(?:同志)?{_NOTE}?[、和])*{_NAME}{_NOTE}?)(?:同志)?{_COUNT}?"  # (``A和B``: two)
_NUMBERING = LazyPattern(r"^(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.])")
_HEADING = LazyPattern(
    rf"(?:^[{BULLETS}]?(?:会议|会上)?|[,，:：](?:会议|会上)?|决定)(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、])?(?:现|兹|特)?(?:决定|批准)?"
    r"(?P<v>任命|聘任|聘请|聘用|免去|免职|解聘)(?:以下|下列|如下)?(?:同志|人员)?(?:的)?(?:职务)?"
    # (``聘任下列同志为镇属事业单位负责人，聘期三年：``: what they are made, and their term, before the list)
    r"(?:(?<=同志|人员)为[^，,：:。；;]{2,20}?(?:[，,](?:聘期|任期)[^，,：:。；;]{1,8})?)?(?:[:：]|$)"
)
# ``研究决定：``, ``会议研究同意：``: a heading of decisions that does not say which
# (written out branch by branch, so that tests/test_appointments.py can prove each holds a ``_MAY_GIVE`` word)
_DECIDE_HEADING = LazyPattern("|".join(
    f"{lead}{tail}[:：]$" for lead in ("决定", "(?<=研究)同意", "(?<=会议)同意", "(?<=政府)同意", "(?<=[,，])同意",
                                       "(?<=会议)研究", "(?<=常委会)研究")  # (``经县委常委会研究：`` over its items)
    for tail in ("", "如下")))


def _decide_heading(t: str) -> re.Match[str] | None:
    """``_DECIDE_HEADING`` in ``t``; every branch ends the text with a colon (a cheap test first)."""
    return _DECIDE_HEADING.search(t) if t.endswith((":", "：")) else None  # (``t`` without whitespace)


# A sentence of prose is read only if it has one of these.
_PERSONNEL_WORD = LazyPattern(r"任命|免去|免除|免职|辞去|请辞|不再担任|代理|终止|聘任|解聘|决定|罢免|撤销|同意")
_APPOINT_VERBS = {
    "任命": APPOINT,
    "任职": APPOINT,
    "聘任": APPOINT,
    "聘请": APPOINT,
    "聘用": APPOINT,
    "免去": REMOVE,
    "免职": REMOVE,
    "解聘": REMOVE,
}

# Decisions, on compact clause text with trailing punctuation removed; ``pre`` is the lead-in.
# (``任命X为Y``, and ``决定任命X任Y、Z任W``)
_APPOINT_AS = LazyPattern(rf"^(?P<pre>.*?)(?:任命|聘任|聘请|聘用)(?:了)?{_PERSONS}(?:为|任(?![命职期免]))(?P<post>.+)$")
# ``任命县委副书记张三同志为县人民政府副县长``: the one appointed named after the post they hold
_TITLED_APPOINT_AS = LazyPattern(r"^(?P<pre>.*?)(?:任命|聘任)(?P<head>[^为任，,、]{4,30}?)(?:同志)?为(?P<post>.+)$")
# ``会议表决通过区政府提请的关于A同志任X，…区检察院提请的B同志任Y，以及…提请的C同志代理Z职务等人事任免事项``: the
# proposals a meeting passed, each with who proposed it
_PROPOSED_TAKES = LazyPattern(rf"^(?P<pre>.*?)提请的(?:关于)?{_PERSONS}(?:同志)?(?:(?:担任|任)(?P<post>[^命职期免].*?)"
                             r"|(?P<acting>代理.+?))(?:的)?(?:职务)?(?:等(?:人事)?任免事项|等事项)?$")
_REMOVE_VERB = LazyPattern(
    r"^(?P<pre>.*?)(?:分别)?(?:免去|免除|解聘|撤销|罢免)(?P<rest>.+?)(?:的)?(?:职务|一职)(?P<tail>[(（].*[)）])?(?:的决定)?$"
)
# ``会议同意李娟任县政协经济委员会副主任``: a body that approves its own posts' holders.
_AGREED_TAKES = LazyPattern(rf"^(?P<pre>.*?)(?:同意|批准){_PERSONS}(?:担任|任(?![命职期免]))(?P<post>.+)$")
_DECIDE_AS = LazyPattern(rf"^(?P<pre>.*?)决定(?:由)?{_PERSONS}为(?P<post>.+)$")
_DECIDE_ITS = LazyPattern(r"^(?P<pre>.*?)决定(?:由)?其(?:为(?P<post>.+)|(?P<acting>代理.+?)(?:的)?(?:职务)?)$")
# A clause that is only a decision's verb: ``会议决定``, ``决定任命``, ``免去`` (the clauses after it say who).
_BARE_VERB = LazyPattern(
    r"^(?P<pre>.*?)(?:决定|批准|同意)?(?P<v>任命|免去|免职|聘任|解聘|决定)(?:以下|下列|如下)?(?:同志|人员)?(?:的)?(?:职务)?$"
)
_TERMINATED = LazyPattern(rf"^{_PERSONS}(?:的)(?P<post>.+?)职务(?:自然|相应|自行)?终止$")
_ITS_TERMINATED = LazyPattern(r"^其(?:的)?(?P<post>.+?)职务(?:自然|相应|自行)?终止$")
_NO_LONGER = LazyPattern(rf"^{_PERSONS}不再担任(?P<post>.+?)(?:的)?(?:职务)?$")
_OFFERED = LazyPattern(
    rf"^{_PERSONS}(?:因[^辞]{{1,12}})?(?:向[^辞]{{2,20}})?(?:分别)?提出辞去(?P<post>.+?)(?:的)?职务(?:的请求|的申请)?$"
)
# ``…提出辞去…职务的请求，会议决定接受其辞职``: the resignation told before is accepted.
_ACCEPTED_ITS = LazyPattern(r"(?:接受|同意)了?其(?:的)?辞")
# ``原副市长X因被任命为Y，不再担任…``: a change told as its cause, not a career (``2018年，X被任命为Y``).
_PASSIVE_APPOINT = LazyPattern(r"^(?P<pre>.+?)(?:同志)?(?:因|已经|已|日前|近日|近期|新近)被任命为(?P<post>.+)$")
_PASSIVE_REMOVE = LazyPattern(r"^(?P<pre>.+?)(?:同志)?被免职$")
# (``…职务的决定》``: the decision's title quoted)
_RESIGN_TAIL = LazyPattern(r"(?:的)?(?:职务)?(?:的)?(?:请求|申请|辞职请求|辞呈)?(?:的决定)?》?$")
# A draft decision the meeting reviews (``…辞去X职务请求的决定草案进行了审议``), and the words after it in its
# sentence that pass it (``会议一致通过``, ``表决通过``).
_DRAFT_TAIL = LazyPattern(r"(?:的)?(?:职务)?(?:的)?(?:请求|申请|辞职请求|辞呈)?的?决定"
                          r"[(（]?草案[)）]?(?:进行了?审议)?$")
_PASSED_AFTER = LazyPattern(r"(?:一致|表决|审议|会议)通过(?!后)")  # (not ``表决通过后报…``: yet to come)


def _rest_of_sentence(c: Compact) -> str:
    """The block's text after the clause ``c`` up to the end of its sentence."""
    after = c.block.text[c.index[-1] + 1 :] if len(c.index) else ""
    return re.split(r"[。；;!！?？]", after, maxsplit=1)[0]


_RESIGN_PART = LazyPattern(
    rf"^{_PERSONS}(?:因[^辞]{{1,12}})?(?:(?:提出的?|请求|申请)?辞去|请辞)(?P<post>.+?)(?:的)?(?:职务)?$")
# Clauses that continue the action of the clause before (same sentence).
_LONG_RESIGN_PART = re.compile(  # (compiled now: a match names it, ``m.re is _LONG_RESIGN_PART``)
    rf"^(?P<p>{_HAN}{{5,8}}?)(?:同志)?辞去(?P<post>.+?)(?:的)?(?:职务)?$")
_CHAIN_AS = LazyPattern(rf"^{_PERSONS}为(?P<post>.+)$")
_CHAIN_REMOVAL = LazyPattern(rf"^{_PERSONS}(?:的)(?P<post>.+?)(?:的)?职务(?P<tail>[(（].*[)）])?$")
_ITS_REMOVAL = LazyPattern(r"^(?:同时|并)?(?:免去|免除|解聘)其(?:的)?(?P<post>.+?)(?:的)?职务$")
# ``X试用期满，经考核称职，正式任命为Y``: the clause that names X, then the clause that appoints them.
_PROBATION_OVER = LazyPattern(rf"^(?P<p>{_NAME})(?:同志)?(?:的)?试用期(?:已)?(?:届满|期满|满)")
# ``村党支部书记X同志因病提出辞职``: who a later ``同意其辞去…职务`` lets go (no removal yet: a request).
_ASKS_TO_GO = LazyPattern(
    r"^(?P<pre>.+?)(?:因[^辞，,]{1,12})?(?:本人)?(?:主动)?(?:提出|申请|递交)(?:了)?辞职(?:申请|请求|报告)?$")
_FORMALLY = LazyPattern(r"^(?P<pre>.*?)正式(?:任命|聘任)为(?P<post>.+)$")
_ALSO_CONCURRENT = LazyPattern(r"^(?:同时|并)?兼任(?P<post>.+)$")
_BY_CONCURRENT = LazyPattern(r"^由(?P<head>[^由]{2,30}?)(?:兼任|担任)(?P<post>.+)$")
# ``…任命县中医院院长高某的决定``: the decision named by its post, then the name.
_APPOINTS_HOLDER = LazyPattern(r"^(?P<pre>.*?)(?:任命|聘任)(?P<head>[^为任]{4,40}?)(?:同志)?的决定》?$")
# ``作出关于李某代理某市市长的决定``, ``关于某市副市长孔某代理市长的决定``: an acting appointment named by its decision
_ABOUT_ACTING = LazyPattern(r"^(?P<pre>.*?)关于(?P<head>[^关于为]{2,40}?)(?P<post>代理[^的]{2,30}?)(?:职务)?的决定》?$")
# ``通过《关于唐某为某省人民政府代理省长的决定》``: a decision that names who takes the post
_ABOUT_AS = LazyPattern(rf"^(?P<pre>.*?)关于{_PERSONS}为(?P<post>[^的]{{2,40}}?)的决定》?$")
_ALSO_AS = LazyPattern(r"^(?:同时|并且|并)?决定(?:其)?(?:为(?P<post>.+)|(?P<acting>代理.+?)(?:的)?(?:职务)?)$")
# (the one just appointed is made this too: ``并决定为代理市长``, ``并决定代理市长``, ``…副区长、决定为代理区长``)
# ``任命侯彤彤为…副检察长，代理…检察长职务``: the acting post of the one just appointed
_ALSO_ACTING = LazyPattern(r"^(?:同时|并)?(?P<acting>代理.+?)(?:的)?职务$")
# ``表决通过了张瑞思任市人民政府副市长``: a meeting's vote on who takes a post
_VOTED_TAKES = LazyPattern(rf"^(?P<pre>.*?)(?:表决)?通过了?{_PERSONS}(?:担任|任(?![命职期免]))(?P<post>.+)$")
# ``接受了王宁宇辞去某州市市长、孙德宁辞去某州市副市长的请求``: where the next person's resignation starts
_NEXT_RESIGNATION = LazyPattern(rf"以及|、(?={_HAN}{{2,4}}(?:同志)?(?:因[^辞，,]{{1,12}})?辞去)")
_ALSO_NO_LONGER = LazyPattern(r"^(?:同时|并|且)?不再担任(?P<post>.+?)(?:的)?(?:职务)?$")
# List items (after a heading, in a personnel notice).
_CONCURRENT = LazyPattern(rf"^{_PERSONS}兼任(?P<post>.+)$")
_TITLED_CONCURRENT = LazyPattern(r"^(?P<head>[^兼]{4,30}?)(?:同志)?兼任(?P<post>[^的].+)$")  # (a post, then the name)
# ``X任Y``, ``X同志（…）挂职任Y``, ``X挂任Y``.
_TAKES = LazyPattern(rf"^{_PERSONS}{_NOTE_LONG}?(?P<v>(?:挂职|挂)?(?:担任|任))(?P<post>[^命职期免].*)$")
_IS = LazyPattern(rf"^{_PERSONS}(?:正式)?(?:聘任|聘用|任命)?为(?P<post>.+)$")  # (``X聘任为Y``, ``X同志正式任命为Y``)
_POST_NAMED = LazyPattern(rf"^(?P<post>[^:：,，]{{3,40}})[:：](?P<p>{_NAME}){_NOTE}?$")
_LISTED_REMOVAL = LazyPattern(rf"^{_PERSONS}(?:兼任)?(?:的)?(?P<post>.+?)(?:的)?职务(?:[(（][^()（）]{{1,12}}[)）])?$")
_LISTED_ACTING = LazyPattern(rf"^{_PERSONS}(?P<post>代理.+?)(?:的)?(?:职务)?$")
# ``（决定：）某市人民政府副市长王某代理市长``, ``推选区人大常委会副主任李某代理主任职务``: the post the person
# holds, the name, then the acting post
_POSTED_ACTING = LazyPattern(
    r"^(?:推选)?(?P<held>[^，,。；;:：]{4,33}?)(?:同志)?(?P<post>代理[^，,。；;]+?)(?:的)?(?:职务)?$")
_ABOVE_PROBATION = LazyPattern(r"^(?:以上|上述)[^,，]{0,30}试用期")
_PASSED = LazyPattern(r"[(（](\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?日[^()（）]{0,40}通过[)）]")
# (not a lunar date: ``（农历2022年7月10日）``)
_FULL_DATE = LazyPattern(r"(?<!农历)(?<!阴历)(?<!農曆)(?<!陰曆)(\d{4}) ?年 ?(\d{1,2}) ?月(?: ?(\d{1,2}) ?日)?")
_SECTION_TITLE = LazyPattern(r"任免名单|任命名单|免职名单|(?:任免|任职|免职)(?:职务)?的(?:通知|决定)$|人事任免$")
_SECTION_TITLE_LINE = LazyPattern(
    r"^(.{2,40}?(?:任免名单|任命名单|免职名单|任免(?:职务)?的(?:通知|决定)))(?:[(（].*)?$")
_STANDALONE_HEADING = LazyPattern(
    rf"^[{BULLETS}]?(?:会议|会上)?(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、])?(?:决定|批准)?"
    r"(?:任命|聘任|免去|免职|解聘)(?:以下|下列)?(?:同志|人员)?(?:的)?(?:职务)?[:：]?$"
)
# A list named for its action (``▍聘任名单（部分）``, ``解聘名单：``), in a news report or a page.
_NAMED_LIST = LazyPattern(
    rf"^[{BULLETS}]?(?P<v>聘任|任命|任职|解聘|免职|免去)名单(?:[(（][^()（）]{{1,8}}[)）])?[:：]?$")
# A numbered heading of a list's part that names its action and what it gives (``三、任命人民陪审员``).
_NUMBERED_ACTION = LazyPattern(r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])(?:决定)?"
                              r"(?P<v>任命|聘任|免去|免职|解聘)[^,，。；;:：、]{1,12}$")
_LIST_LEAD = LazyPattern(
    r"(?:决定|批准|会议)[,，]?(?:任命|免去|免职|任免)(?:以下|下列)?(?:同志|人员)?(?:职务)?(?:如下)?[:：]$")
# Every match of ``_SECTION_TITLE``, ``_STANDALONE_HEADING`` and ``_LIST_LEAD`` holds one of these words.
_SECTION_WORD = LazyPattern(r"任免|任命|任职|免职|免去|聘任|解聘")
# A text that is no personnel notice gives an appointment only if it has one of these (``_read``): a list opens
# on a ``_SECTION_WORD`` or on ``_DECIDE_HEADING`` (决定, 同意), and a block outside a list is read only if it has
# a ``_PERSONNEL_WORD``. tests/test_appointments.py proves that each pattern's every match holds one.
_MAY_GIVE = LazyPattern(f"{_PERSONNEL_WORD.pattern}|{_SECTION_WORD.pattern}|同意[:：]|同意如下|研究[:：]|研究如下")
# ``X拟任Y`` (a proposal), ``X现任Y`` (a present post), ``X兼任Y`` (its own form): not ``X任Y``.
_NOT_BEFORE_TAKES = set("拟现原曾已将继转调升改新兼再不")
_NOT_PERSONNEL_TITLE = LazyPattern(r"公示|征求意见|考察预告|议案")
_TERM_REMARK = LazyPattern(r"^(?:试用期|聘期|任期|聘用期|挂职期限|挂职时间)")
_LEVELS = frozenset("县市省区州旗乡镇")
_ORGANS = ("中共", "共青团", "政协")  # (a post that opens with its organ: ``郑咏梅政协某市委员会…``)
_UNIT_START = LazyPattern(
    rf"^(?:县|市|省|区|州|旗|乡|镇|街道|{'|'.join(_ORGANS)}|{_HAN}{{2,4}}?(?:县|市|区|州|旗|乡|镇|街道|苏木))")
_BARE_LEADER = LazyPattern(r"^(?:常务)?副?(?:县|市|区|州|旗|乡|镇)长$")
# (``研究所``, ``教育研究培训院`` are units: 研究 marks a decision's wording only where a decision or a stop follows;
# a letter a scan could not read, ``县▇▇局``, leaves no post)
_POST_BAD = LazyPattern(r"[,，:：;；。□▇■█]|任命|免去|担任|研究(?=[决同,，。;；:：]|$)|决定|同志|以上|辞去|议案|请求")
_HEADLINE_PUNCT = LazyPattern(r"[,，。；;:：!！?？]")
_CLOSED = set("。；;.!！?？)）")

Person = tuple[Compact, int, int]


_LIST_TITLE_ENDS = ("名单", "通知", "决定")


def is_personnel_notice(notice: Notice) -> bool:
    """Does the notice's title (or a document's 文号) say it is about appointments and removals? A text with no
    document's header has its first line for a title when it is short and ends as a title does
    (``县人大常委会任免人员名单``)."""
    first = notice.lines[0].text if notice.title is None and notice.lines else ""
    titled = len(first) <= 40 and first.endswith(_LIST_TITLE_ENDS)  # (not a headline, ``X任Y``)
    title = working_copy(notice.title or (first if titled else ""))
    if _NOT_PERSONNEL_TITLE.search(title):  # 任前公示: proposals, not decisions
        return False
    if title and _patterns()["title"].search(title):
        return True
    m = re.match(r"^([\u4e00-\u9fff]{1,12})[〔\[(（]", working_copy(notice.doc_number or ""))
    return bool(notice.is_document and m and "任" in m.group(1))


@dataclass
class _Item:
    """A fact being built: spans are compact offsets within one clause view."""

    person: Person
    action: str
    post: tuple[Compact, int, int]
    note: str | None = None


@dataclass
class _State:
    mode: str | None = None  # a list's action, set by a heading (``任命：``)
    chain: str | None = None  # the action later clauses of a sentence inherit
    last: list[Person] = field(default_factory=list)  # the people of the clause before
    asked: list[Person] = field(default_factory=list)  # who asked to resign in the sentence (``X因病提出辞职``)
    last_items: list[_Item] = field(default_factory=list)
    items: list[tuple[_Item, tuple[int, int]]] = field(default_factory=list)  # item and its evidence span
    below: tuple[str, tuple[Compact, int, int]] | None = None  # ``任命下列同志为X：``: the action and post of the names
    inline: bool = False  # in a report's decisions listed after a colon, until the sentence's 。 (``任免决定：…；…。``)
    announced: bool = False  # a report read a decision out: the paragraph's next sentences are its items


# -- names and posts ---------------------------------------------------------------------------


def _reads_as_name(name: str) -> bool:
    """A personal name: two to four letters, or a long one whose dot sets the given name apart."""
    return looks_like_person(name) or dotted_name(name)


def _and_split(text: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts, a part that joins two names with 和 (``孙红梅和刘苏社``) split in two (a name with 和 in it,
    ``张和平``, stays whole)."""
    out = []
    for lo, hi in parts:
        k = text.find("和", lo + 2, hi - 1)
        if k > 0 and not _reads_as_name(text[lo:hi]) and _reads_as_name(text[lo:k]) and _reads_as_name(
                text[k + 1 : hi]):
            out += [(lo, k), (k + 1, hi)]
        else:
            out.append((lo, hi))
    return out


def _persons(c: Compact, a: int, b: int) -> list[Person] | None:
    """The people named in ``c.text[a:b]`` (``张三、李四同志``), or None if any part is not a name."""
    out: list[Person] = []
    for lo, hi in _and_split(c.text, [(a + x, a + y) for x, y in top_level_split(c.text[a:b], seps="、")]):
        note = re.search(rf"{_NOTE}$", c.text[lo:hi])
        if note:
            hi -= len(note.group())
        if c.text[lo:hi].endswith("同志"):
            hi -= 2
            if c.text[lo:hi].endswith("等") and hi - lo >= 3:
                hi -= 1  # (``张三等同志``: 张三 and others, unnamed)
        name = c.text[lo:hi]
        if not _reads_as_name(name):
            return None
        if _patterns()["not_name"].match(name) or _patterns()["role"].search(name):
            return None
        out.append((c, lo, hi))
    return out or None


def _trailing_name(c: Compact, a: int, b: int) -> Person | None:
    """The name that ends ``c.text[a:b]``, after a title (``原副市长王安浩`` -> 王安浩)."""
    t = c.text[a:b]
    if t.endswith("同志"):
        b -= 2
        t = t[:-2]
    for k in (3, 2):
        if len(t) < k:
            continue
        head = t[: len(t) - k]
        if (head == "" or _patterns()["post_end"].search(head)) and _persons(c, b - k, b):
            return (c, b - k, b)
    return None


def _split_remarks(c: Compact, a: int, b: int) -> tuple[int, int, str | None]:
    """Trim a post span: trailing 职务/的, remark brackets (returned as the note), trailing punctuation."""
    note = None
    changed = True
    while changed and b > a:
        changed = False
        t = c.text[a:b]
        if t.endswith("职务"):
            b -= 2
            changed = True
        elif t.endswith("等"):  # ``…委员等职务``: the posts listed, all of them
            b -= 1
            changed = True
        elif t.endswith(("的决定", "的决定》")):  # ``通过了关于任命X为Y的决定``, its title quoted
            b -= 4 if t.endswith("》") else 3
            changed = True
        elif t.endswith("的") or t[-1] in "。.,，;；:：":
            b -= 1
            changed = True
        else:
            groups = trailing_brackets(t)
            if groups:
                g0, g1 = groups[-1]
                inner = t[g0 + 1 : g1 - 1]
                if _patterns()["remark"].search(inner):
                    note = c.original(a + g0 + 1, a + g1 - 1) if note is None else note
                    b = a + g0
                    changed = True
    return a, b, note


def _is_post(text: str) -> bool:
    return (
        2 <= len(text) <= 60
        and not _POST_BAD.search(text)
        and not _NEXT_PERSON_IN.search(text)
        and not (_NAME_AS.match(text) and looks_like_person(text[: text.index("为")].removesuffix("同志")))
        and not any(_patterns()["roster"].search(q) and not _STANDING_OFFICE.match(q) for q in text.split("、"))
        and bool(_patterns()["post_end"].search(text))
    )


# (``副市长（挂职）、陈玲为…``: another person's item run into the post)
_NEXT_PERSON_IN = LazyPattern(rf"、{_HAN}{{2,3}}(?:同志)?为")
# (``…职务，李四为县审计局局长``: another person's appointment, no post of the one removed)
_NAME_AS = LazyPattern(rf"^{_HAN}{{2,3}}(?:同志)?为")


# The standing office of a county's headquarters, a post of its own (``县防汛抗旱指挥部办公室副主任``), not a role in
# the body's roster (``县防汛抗旱指挥部副指挥长``).
_STANDING_OFFICE = LazyPattern(r"^[县市区旗州][\u4e00-\u9fff]{2,20}?指挥部办公室(?:常务)?副?主任$")


def _holds(posts: str, name: str) -> bool:
    """Is ``posts`` the post a person named ``name`` holds, written before the name (``某市人民政府副市长``)?"""
    return len(posts) >= 2 and is_name(name, strict=True) and title_like(posts) and posts[-1] in names().post_end_chars


def _is_full_post(text: str) -> bool:
    return (len(text) >= 3 and bool(_UNIT_START.match(text))) or bool(_BARE_LEADER.match(text))


def _post(c: Compact, a: int, b: int) -> list[tuple[int, int, str | None]]:
    """The post in ``c.text[a:b]`` (several posts joined by 、 stay one) with its note; empty if not a post."""
    a, b, note = _split_remarks(c, a, b)
    text = c.text[a:b]
    if _is_post(text) or (_POST_COMMA.search(text) and all(_is_post(p) for p in _POST_COMMA.split(text))):
        return [(a, b, note)]  # (a removal's posts set apart by commas: ``…党组成员，某区管委会主任``)
    return []


_POST_COMMA = LazyPattern("[,，]")


# A 为 or 的 after what would be the post shows the name runs on (``乌云其木格为…`` is no ``乌云`` + ``其木格为…``).
_LATER_ITEM = LazyPattern("[为的]")


def _name_then_post(c: Compact, a: int, b: int) -> tuple[int, int] | None:
    """Where the persons end and the post starts in ``张三同志县X局局长`` / ``张三的…`` / ``张三县X局…``."""
    t = c.text[a:b]
    m = re.match(rf"^(?P<p>(?:{_HAN}{{2,4}}(?:同志)?、)*{_HAN}{{2,4}}?)等?同志(?:的)?", t) or re.match(
        rf"^(?P<p>(?:{_HAN}{{2,4}}、)*{_HAN}{{2,4}}?)(?:兼任)?的", t
    ) or re.match(rf"^(?P<p>{_HAN}{{2,4}})[(（][女男][)）](?:同志)?(?:的)?", t)  # (``罗秋菊（女）	县教育局局长``)
    if m is not None:
        return a + m.end("p"), a + m.end()
    # no separator: the post starts with a unit's level or place name; where the text set them apart with a space
    # or a tab (``宿春晖	溪桥县…``), there and only there
    gaps = [k for k in (2, 3, 4) if a + k < len(c.index) and c.index[a + k] - c.index[a + k - 1] > 1]
    splits = [k for k in gaps[:1] or (2, 3, 4)
              if len(t) > k + 2 and looks_like_person(t[:k]) and _UNIT_START.match(t[k:])
              and not _LATER_ITEM.search(t, k)]
    if not splits:
        return None
    # (``董学勤棠坪县…``: of a two- and a three-letter name, the one whose post opens with a level or with a
    # two-letter place before it, and of two such, the one whose place the paragraph names elsewhere too
    # (``免去李明椿某州市…``: 某州市, not 椿某州); a four-letter name only where neither reads)
    short = [k for k in splits if k < 4] or splits
    k = min(short, key=lambda k: (0 if t[k] in _LEVELS or t.startswith(_ORGANS, k) else 1 if t[k + 2 : k + 3] in _LEVELS
                                  else 2, 0 if _place_named_again(c, t[:k], t[k:]) else 1, k))
    return a + k, a + k


def _place_named_again(c: Compact, name: str, post: str) -> bool:
    """Does the paragraph of ``c`` name the place ``post`` opens with (``某州市`` of ``某州市人民政府…``) elsewhere than
    after ``name``, or else the file does (a report's lead, the list under it)?"""
    level = next((j for j in range(2, min(len(post), 4)) if post[j] in _LEVELS), None)
    if level is None:
        return False
    place = post[: level + 1]
    return any(text.count(place) > text.count(name + place)
               for text in (c.block.text, _file_working_copy(c.block.source.text)))


@lru_cache(maxsize=2)
def _file_working_copy(text: str) -> str:
    """A whole file's working copy (``_place_named_again`` compares it with names and places read in the block's:
    a file in traditional characters names them otherwise)."""
    return working_copy(text)


def _post_text(c: Compact, m: re.Match[str]) -> str:
    """The post a match names, without its remarks (``县X局局长``)."""
    a, b, _ = _split_remarks(c, m.start("post"), m.end("post"))
    return c.text[a:b]


def _make(c: Compact, persons: list[Person], action: str, posts: list[tuple[int, int, str | None]]) -> list[_Item]:
    return [_Item(p, action, (c, qa, qb), note) for p in persons for qa, qb, note in posts]


def _build(c: Compact, m: re.Match[str], action: str) -> list[_Item]:
    ps = _persons(c, m.start("p"), m.end("p"))
    qs = _post(c, m.start("post"), m.end("post"))
    return _make(c, ps, action, qs) if ps and qs else []


def _decided(pre: str) -> bool:
    """Is a clause's lead-in one of a decision (not ``提请``, ``拟``, ``选举``, ``调任``…)?

    A request or a hearing told before the decision does not stop it: ``根据县长的提请决定任命…``.
    """
    blocked = list(_patterns()["blocked"].finditer(pre))
    if not blocked:
        return True
    last = blocked[-1]
    if any(b.group() not in vocab()["overridden_by_decision"] for b in blocked):
        return False
    return bool(re.search(r"决定|表决通过|会议通过|会议(?:任命|免去|免职|任免)", pre[last.end() :]))


# -- clauses -----------------------------------------------------------------------------------


def _resignations(c: Compact, meeting: bool, asked: list[Person] | None = None) -> list[_Item] | None:
    """``接受X辞去Y职务的请求``, ``通过了关于A辞去X以及B辞去Y的辞呈``, ``X提出辞去Y职务`` (removals);
    ``同意其辞去Y职务``: the people ``asked`` to go in the clause before (or, none asking, the ones the sentence
    just named: ``任命A为X，接受其辞去Y职务的请求``)."""
    t = c.text
    k = t.find("辞去")
    if k < 0 and (k := t.find("请辞")) < 0:  # (``同意接受X同志因到龄退休请辞Y职务``)
        return None
    if m := _OFFERED.match(t):
        return _build(c, m, REMOVE) if meeting else []
    leads = list(re.finditer(r"接受了?|同意|批准|关于", t[:k]))
    if not leads:
        return None
    lead = leads[-1]
    pre = t[: lead.start()]
    draft = _DRAFT_TAIL.search(t, k)
    passed = draft is not None and _PASSED_AFTER.search(_rest_of_sentence(c)) is not None
    if draft is not None and not passed:
        return []  # (a draft under review: no decision yet)
    if not _decided(pre + ("会议通过" if passed else "")):  # (``审议了关于…的决定草案，会议表决通过``)
        return []
    if lead.group() == "关于" and not (re.search(r"通过|同意|批准", pre) and re.search(r"辞呈|请求|决定$", t)):
        return []
    end = draft.start() if draft is not None else _RESIGN_TAIL.search(t, k).start()
    items: list[_Item] = []
    bounds = [lead.end()]
    for m in _NEXT_RESIGNATION.finditer(t, lead.end(), end):
        if m.group() != "、" or "辞去" in t[bounds[-1] : m.start()]:  # (``接受金静、夏峰辞去…``: one resignation)
            bounds += [m.start(), m.end()]
    bounds.append(end)
    for lo, hi in zip(bounds[::2], bounds[1::2], strict=True):
        part = t[lo:hi]
        if part.startswith("其辞去") and asked:
            qs = _post(c, lo + 3, hi)
            if not qs:
                return []
            items += _make(c, asked, REMOVE, qs)
            continue
        m = _RESIGN_PART.match(part) or _LONG_RESIGN_PART.match(part)
        if not m or (m.re is _LONG_RESIGN_PART and not long_name(m["p"], shortest=5)):
            return []
        if m.re is _LONG_RESIGN_PART:  # (``接受宝音德力格尔辞去…``: a name of five letters or more)
            ps = [(c, lo + m.start("p"), lo + m.end("p"))]
        else:
            ps = _persons(c, lo + m.start("p"), lo + m.end("p"))
        qs = _post(c, lo + m.start("post"), lo + m.end("post"))
        if not ps or not qs:
            return []
        items += _make(c, ps, REMOVE, qs)
    return items


def _removal(c: Compact, m: re.Match[str], state: _State) -> list[_Item]:
    rest_lo, rest_hi = m.start("rest"), m.end("rest")
    if m.group("pre").endswith("被"):  # ``X同志…被免去Y职务``: all of it is the post; X is the clause's subject
        p = _trailing_name(c, 0, m.end("pre") - 1) if m.end("pre") > 1 else None
        return _make(c, [p], REMOVE, _post(c, rest_lo, rest_hi)) if p else []
    if c.text[rest_lo:rest_hi].startswith("其"):  # ``免去其…职务``: the people of the clause before
        qs = _post(c, rest_lo + 1, rest_hi)
        return _make(c, state.last, REMOVE, qs)
    split = _name_then_post(c, rest_lo, rest_hi)
    long = _LONG_OF.match(c.text, rest_lo, rest_hi) if not split else None
    if long and _long_or_dotted(long["p"]):  # ``免去图门吉日嘎拉的…职务``: a name of five letters or more, or dotted
        return _make(c, [(c, long.start("p"), long.end("p"))], REMOVE, _post(c, long.end(), rest_hi))
    if not split:
        ps = _persons(c, 0, m.end("pre")) if state.mode is not None and m.group("pre") else None
        if ps and all(is_name(c.text[a:b]) for _, a, b in ps):  # a list's item: ``张三免去县X局局长职务``
            return _make(c, ps, REMOVE, _post(c, rest_lo, rest_hi))
        return []
    ps = _persons(c, rest_lo, split[0])
    qs = _post(c, split[1], rest_hi)
    return _make(c, ps, REMOVE, qs) if ps and qs else []


def _decision(c: Compact, state: _State, meeting: bool) -> list[_Item] | None:
    """A clause led by a decision's personnel verb; None if it has none (empty list: one, but no fact)."""
    t = c.text
    found = _resignations(c, meeting, state.asked or state.last)  # (``接受其辞去…``: the one just named)
    if found is not None:
        state.chain = REMOVE if found else None
        return found
    if (m := _APPOINT_AS.match(t)) and not m.group("pre").endswith("被"):
        state.chain = APPOINT if _decided(m.group("pre")) else None
        return _build(c, m, APPOINT) if state.chain else []
    if (m := _TITLED_APPOINT_AS.match(t)) and not m["pre"].endswith("被") and (
            p := _trailing_name(c, m.start("head"), m.end("head"))) and p[1] > m.start("head"):
        state.chain = APPOINT if _decided(m["pre"]) else None
        return _make(c, [p], APPOINT, _post(c, m.start("post"), m.end("post"))) if state.chain else []
    if "提请的" in t and (m := _PROPOSED_TAKES.match(t)) and (
            state.chain == APPOINT or ("通过" in m["pre"] and _decided(m["pre"]))):
        state.chain = APPOINT
        g = "post" if m["post"] else "acting"
        ps = _persons(c, m.start("p"), m.end("p"))
        return _make(c, ps, APPOINT, _post(c, m.start(g), m.end(g))) if ps else []
    if (m := _AGREED_TAKES.match(t)) and _decided(m["pre"]) and _is_full_post(_post_text(c, m)):
        state.chain = APPOINT
        return _build(c, m, APPOINT)
    if (m := _VOTED_TAKES.match(t)) and _decided(m["pre"]) and _is_full_post(_post_text(c, m)):
        state.chain = APPOINT
        return _build(c, m, APPOINT)
    if m := _REMOVE_VERB.match(t):
        if t[m.start("rest") :].startswith("其") and not m["pre"] and state.last:
            return _removal(c, m, state)  # (``任命A为X，免去其Y职务；B为Z``: the appointments' verb goes on)
        state.chain = REMOVE if _decided(m.group("pre")) else None
        return _removal(c, m, state) if state.chain else []
    if (m := _APPOINTS_HOLDER.match(t)) and _decided(m["pre"]):  # ``宣读了…任命某医院院长高某的决定``
        p = _trailing_name(c, m.start("head"), m.end("head"))
        if p is not None:
            return _make(c, [p], APPOINT, _post(c, m.start("head"), p[1]))
    if m := _DECIDE_ITS.match(t):  # ``并决定其为代理市长`` / ``并决定其代理县长职务``
        g = "post" if m.group("post") else "acting"
        return _make(c, state.last, APPOINT, _post(c, m.start(g), m.end(g))) if _decided(m["pre"]) else []
    if m := _patterns()["acting"].match(t):
        if not _decided(m["pre"]):
            return []
        ps = _persons(c, m.start("p"), m.end("p"))
        qs = _post(c, m.start("post"), m.end("post"))
        return _make(c, ps, APPOINT, qs) if ps and qs else []
    if (m := _ABOUT_AS.match(t)) and _decided(m["pre"]) and m["pre"].endswith("《"):  # (the decision quoted)
        return _build(c, m, APPOINT)
    if (m := _ABOUT_ACTING.match(t)) and _decided(m["pre"]):
        p = _trailing_name(c, m.start("head"), m.end("head"))
        return _make(c, [p], APPOINT, _post(c, m.start("post"), m.end("post"))) if p else []
    if m := _DECIDE_AS.match(t):
        state.chain = APPOINT if _decided(m.group("pre")) else None
        return _build(c, m, APPOINT) if state.chain else []
    if (m := _REMOVED_FOR.match(t)) and _decided(m["pre"]):
        return _removed_for(c, m.start("list"), m.end("list"))
    if m := _TERMINATED.match(t):
        return _build(c, m, REMOVE)
    if m := _ITS_TERMINATED.match(t):
        return _make(c, state.last, REMOVE, _post(c, m.start("post"), m.end("post")))
    if m := _NO_LONGER.match(t):  # (``解永年同志不再担任委员``: a roster's slot names no unit; no post left)
        return _build(c, m, REMOVE) if _is_full_post(_post_text(c, m)) else []
    if (m := _PASSIVE_APPOINT.match(t)) and _decided(m.group("pre")):
        p = _trailing_name(c, 0, m.end("pre"))
        qs = _post(c, m.start("post"), m.end("post"))
        return _make(c, [p], APPOINT, qs) if p and qs else []
    if (m := _PASSIVE_REMOVE.match(t)) and _decided(m.group("pre")):
        return _passive_removal(c, m.end("pre"))
    if (m := _BARE_VERB.match(t)) and _decided(m.group("pre")):
        state.chain = DECIDE if m.group("v") == "决定" else _APPOINT_VERBS[m.group("v")]
        return []
    return None


# ``对思蒙镇党委书记甲、镇长乙予以免职``: each post then its holder, removed (a suspension, 停职, is no removal).
_REMOVED_FOR = LazyPattern(r"^(?P<pre>.*?)对(?P<list>[^对]{4,80}?)(?:予以|给予|作)(?:免职|撤职)(?:处理|处分)?$")


def _removed_for(c: Compact, lo: int, hi: int) -> list[_Item]:
    items: list[_Item] = []
    for a, b in top_level_split(c.text, lo, hi, seps="、"):
        split = split_name_post(c.text[a:b])
        if split is None or split[2] != 0 or split[3] != split[0] or split[0] == 0 or split[1] != b - a:
            return []  # (every item a post, then its holder's name)
        items += _make(c, [(c, a + split[0], b)], REMOVE, _post(c, a, a + split[0]))
    return items


# A post of a province's organs (``某某省委常委``, ``某某省人民政府副省长``).
_PROVINCIAL_POST = LazyPattern(r"[\u4e00-\u9fff]{2,3}省(?:委|人民政府|政府|人大|政协)")


def _passive_removal(c: Compact, end: int) -> list[_Item]:
    """``分管…的副省长张浩晨被免职``: the post is the title written just before the name, with the titles set
    apart by 、 before it (``某省委常委、某市委书记张某被免职``)."""
    p = _trailing_name(c, 0, end)
    if p is None:
        return []
    head = c.text[: p[1]]
    start = head.rfind("、") + 1
    while start > 1:  # (back over the titles before, of the same person, while each is a full post)
        before = head.rfind("、", 0, start - 1) + 1
        title = head[before : start - 1]
        if not title or "的" in title or not (_is_full_post(title) or _PROVINCIAL_POST.match(title)):
            break
        start = before
    start = max(start, head.rfind("的") + 1)
    qs = _post(c, start, p[1])
    return _make(c, [p], REMOVE, qs) if start < p[1] and qs else []


def _continuation(c: Compact, state: _State) -> list[_Item] | None:
    """A clause without a verb that continues the sentence's action: ``B为Y``, ``B的Y职务``, ``免去其Y职务``."""
    t = c.text
    if (m := _FORMALLY.match(t)) and not m["pre"]:  # ``…试用期满，正式任命为Y``: the one the sentence named
        return _make(c, state.last, APPOINT, _post(c, m.start("post"), m.end("post"))) if state.last else []
    if (m := _ITS_REMOVAL.match(t)) and state.last:
        return _make(c, state.last, REMOVE, _post(c, m.start("post"), m.end("post")))
    for rx, action in ((_ALSO_CONCURRENT, APPOINT), (_ALSO_NO_LONGER, REMOVE)):
        if (m := rx.match(t)) and state.last and (action == REMOVE or state.mode is not None):
            return _make(c, state.last, action, _post(c, m.start("post"), m.end("post")))
    if state.chain == DECIDE and (m := _BY_CONCURRENT.match(t)):  # ``决定，由盟委书记X兼任旗委书记``
        p = _trailing_name(c, m.start("head"), m.end("head"))
        return _make(c, [p], APPOINT, _post(c, m.start("post"), m.end("post"))) if p else None
    if state.chain in (APPOINT, DECIDE) and state.last and (m := _ALSO_AS.match(t)):
        g = "post" if m.group("post") else "acting"
        return _make(c, state.last, APPOINT, _post(c, m.start(g), m.end(g)))  # (``并决定为代理市长``)
    if state.chain == APPOINT and state.last_items and (m := _ALSO_ACTING.match(t)):
        return _make(c, state.last, APPOINT, _post(c, m.start("acting"), m.end("acting")))
    if state.chain in (APPOINT, DECIDE) and (m := _CHAIN_AS.match(t)):
        return _build(c, m, APPOINT) or None
    if state.chain == DECIDE and (m := _LISTED_ACTING.match(t)):
        return _build(c, m, APPOINT) or None
    if state.chain is not None and (m := _POSTED_ACTING.match(t)):  # (after removals too: ``…；A代理X职务``)
        end = m.end("held")
        for n in (3, 2):  # (the name ends the post it holds: ``副市长王一鸣``, ``副主任李伟``)
            if _holds(t[m.start("held") : end - n], t[end - n : end]):
                return _make(c, _persons(c, end - n, end), APPOINT, _post(c, m.start("post"), m.end("post")))
    if state.chain in (APPOINT, DECIDE) and (m := _TAKES.match(t)) and _is_full_post(m.group("post")):
        return _build(c, m, APPOINT) or None
    if state.chain == REMOVE and (m := _CHAIN_REMOVAL.match(t)):
        return _build(c, m, REMOVE) or None
    if state.chain == REMOVE and _LISTED_REMOVAL.match(t):
        return _without_verb(c, REMOVE) or None
    return None


def _listed(c: Compact, state: _State) -> list[_Item] | None:
    """An item of a personnel list: ``X为Y``, ``X同志Y职务``, ``X任Y``, ``X兼任Y``, ``X Y`` under ``任命：``."""
    t = c.text
    mode = state.mode
    if mode != REMOVE and (m := _CONCURRENT.match(t)):  # (``X兼任的Y职务`` under ``免去：`` is a removal)
        return _build(c, m, APPOINT)
    if mode in (APPOINT, DECIDE) and (m := _TITLED_CONCURRENT.match(t)):  # ``市委常委沈某兼任…书记``
        p = _trailing_name(c, 0, m.end("head"))
        if p is not None:
            return _make(c, [p], APPOINT, _post(c, m.start("post"), m.end("post")))
    if (
        (m := _TAKES.match(t))
        and t[m.start("v") - 1] not in _NOT_BEFORE_TAKES  # (``X新任Y``; not ``房立新同志挂任Y``)
        and ("同志" in t[: m.start("post")] or _is_full_post(m.group("post")))  # ``X任Y``: Y must name its unit
        and (items := _build(c, m, APPOINT))
    ):
        return items
    if mode in (APPOINT, DECIDE) and (m := _IS.match(t)):
        return _build(c, m, APPOINT)
    if mode == DECIDE and (m := _LISTED_ACTING.match(t)):
        return _build(c, m, APPOINT)
    if mode == REMOVE and (items := _without_verb(c, REMOVE, full=not _LISTED_REMOVAL.match(t))):
        return items  # (``张三的…职务``, or under ``免职名单`` a name and a post that names its unit)
    if mode == APPOINT and not t.endswith("职务") and (items := _without_verb(c, APPOINT)):
        return items
    return _long_named(c, mode)


# An item of a list whose name has five to eight characters (``乌云其木格为…局长``, ``敖登格日勒的…职务``): names of the
# autonomous regions' peoples, longer than ``_PERSONS`` reads, taken under a list's heading only.
_LONG = rf"(?:{_HAN}{{5,8}}?|{_HAN}{{2,8}}?[·•]{_HAN}{{1,8}}?)"  # (or a dotted one, ``吾斯曼·吾买尔``)
_LONG_OF = LazyPattern(rf"(?P<p>{_LONG})(?:同志)?的")
_LONG_IS = LazyPattern(rf"^(?P<p>{_LONG})(?:同志)?为(?P<post>.+)$")
_LONG_REMOVAL = LazyPattern(rf"^(?P<p>{_LONG})(?:同志)?的(?P<post>.+?)(?:的)?职务(?:[(（][^()（）]*[)）])?$")


def _long_or_dotted(name: str) -> bool:
    return long_name(name, shortest=5) or dotted_name(name)


def _long_named(c: Compact, mode: str | None) -> list[_Item] | None:
    found = [(rx, action) for rx, action in ((_LONG_IS, APPOINT), (_LONG_REMOVAL, REMOVE))
             if mode == action or (mode == DECIDE and action == APPOINT)]
    for rx, action in found:
        m = rx.match(c.text)
        if m and _long_or_dotted(m["p"]):
            return _make(c, [(c, m.start("p"), m.end("p"))], action, _post(c, m.start("post"), m.end("post"))) or None
    return None


def _without_verb(c: Compact, action: str, full: bool = False) -> list[_Item]:
    """An item without its verb: ``张三同志县X局局长职务`` / ``张三的…职务`` under ``免去：``, ``张三 县财政局局长``
    under ``任命：`` (an appointment's post, and where ``full`` a removal's set apart from the name, must name its
    unit). A line whose first cell is empty (``\t县人民法院审判员``) is no item of its own."""
    n = len(c.text)
    if n and _empty_first_cell(c):
        return []
    split = _name_then_post(c, 0, n)
    if not split or ((action == APPOINT or full) and not _is_full_post(c.text[split[1] : n])):
        return []
    if full and c.index[split[1]] - c.index[split[0] - 1] <= 1:
        return []  # (a removal without 职务 only in a table's row: the name and the post set apart)
    ps = _persons(c, 0, split[0])
    qs = _post(c, split[1], n)
    return _make(c, ps, action, qs) if ps and qs else []


def _empty_first_cell(c: Compact) -> bool:
    """Does the text start a line of the file after a tab, a tab-separated row's empty first cell?"""
    src = c.block.source.text
    at = c.block.file_offset(c.index[0])
    return "\t" in src[src.rfind("\n", 0, at) + 1 : at]


# -- sentences and blocks ------------------------------------------------------------------------

# ``…局长、李四为…`` / ``…局长职务、李四的…`` / ``…职务、李四同志…``: a 、 that starts the next person's item, not a
# second post (``…副主任、代理主任``: the 任 of a post, no name before it).
_POST_LAST = "长任员记席官师理委表务"
_NEXT_PERSON = rf"、(?!代理|常务|副)(?={_HAN}{{2,3}}(?:同志)?(?:为|的|任(?![命职期免]))|{_HAN}{{2,3}}同志)"
_NEXT_ITEM = LazyPattern(rf"(?<=[{_POST_LAST}]){_NEXT_PERSON}")
# (``…副市长（挂职六个月）、陈玲为…``: a remark in brackets after the post, then the 、)
_NEXT_AFTER_REMARK = LazyPattern(rf"[{_POST_LAST}][(（][^()（）]{{1,20}}[)）](?={_NEXT_PERSON})")


# ``通过了《…关于接受X辞去Y职务请求的决定》和《…关于任命Z为W的决定》``: two decisions' titles, one after the other
_NEXT_TITLE = LazyPattern(r"(?<=》)(?:[、，,]?[^《》，,。]{0,8}?(?:和|及|与|、|以及))?(?=《)")  # (or none: ``》《``;
# or other items between: ``》、任命名单及《``)


def _titles_of(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The clause ``text[a:b]`` cut between the quoted titles of decisions it lists."""
    bounds = [a]
    for m in _NEXT_TITLE.finditer(text, a, b):
        bounds += [m.start(), m.end()]
    bounds.append(b)
    return list(zip(bounds[::2], bounds[1::2], strict=True))


def _items_of(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The clause ``text[a:b]`` cut where a 、 starts another person's item."""
    cuts = sorted([m.start() for m in _NEXT_ITEM.finditer(text, a, b)]
                  + [m.end() for m in _NEXT_AFTER_REMARK.finditer(text, a, b)])
    bounds = [a, *cuts, b]
    return [(lo + (1 if k else 0), hi) for k, (lo, hi) in enumerate(pairwise(bounds))]


def _list_heading(t: str, state: _State, *, listing: bool) -> int | None:
    """A heading that opens the sentence ``t`` of a list (``任命：``, ``经研究决定：``) sets ``state.mode``.

    Returns where the sentence's items start (0: no heading), None when the sentence is a heading alone.
    """
    named = (_NAMED_LIST.match(t) or _NUMBERED_ACTION.match(t)) if listing else None
    if named is not None:  # ``▍聘任名单（部分）``, ``三、任命人民陪审员``
        state.mode = _APPOINT_VERBS[named.group("v")]
        state.chain = None
        return None
    heading = None
    for m in _HEADING.finditer(t):
        heading = m
    if heading is not None and listing:
        state.mode = _APPOINT_VERBS[heading.group("v")]
        state.chain = None
        return heading.end()
    if listing and _decide_heading(t):
        state.mode = DECIDE
        return None
    return 0


def _list_headings(block: Block, state: _State) -> None:
    """Only the headings of a block in a list: all that a block gives the blocks after it but its items."""
    for lo, hi in sentences(block):
        t = Compact.of(block, lo, hi).text.rstrip("。；;.")
        if t and not _ABOVE_PROBATION.match(t):
            _list_heading(t, state, listing=True)


_GOES_ON = ("；", ";")  # a paragraph that ends so goes on with the decision's next item in the next one
_HELD_BEFORE = LazyPattern(r"^(?:此前|之前|在此之前|此前的?|原先|先前)[,，]?")
_DECIDED_WORD = LazyPattern(r"决定|任命|免去|免职|聘任|解聘|通过")  # (``此前，…会议决定任命X为Y``: a decision)


def _parse_sentence(block: Block, lo: int, hi: int, state: _State, *, listing: bool, meeting: bool, cut: bool) -> None:
    """Read one sentence; headings change ``state.mode``, facts are appended to ``state.items``.

    ``listing``: the sentence is in a personnel list; ``cut``: its last clause runs into the end of an excerpt.
    """
    c = Compact.of(block, lo, hi)
    t = c.text.rstrip("。；;.")
    if not t:
        return
    listing = listing or state.inline or state.announced
    state.inline = state.inline and not c.text.endswith(("。", "."))
    if not listing and _ANNOUNCED.search(t):  # ``宣读省委关于调整…领导的决定。`` ⏎ ``X任Y，不再担任Z职务。``
        state.announced, state.mode = True, DECIDE
        return
    if _ABOVE_PROBATION.match(t):  # 以上新提任…人员试用期为一年
        note = c.original(0, len(t))
        for item, _ in state.items:
            if item.action == APPOINT and item.note is None:
                item.note = note
        return
    if not listing and not state.chain and not _PERSONNEL_WORD.search(t):
        return
    if _HELD_BEFORE.match(t) and not _DECIDED_WORD.search(t):  # ``此前，郑国平任县交通运输局局长``: posts held
        state.chain = None
        return
    start = _list_heading(t, state, listing=listing)
    if start is None:
        return
    inline = INLINE_DECISIONS.search(t) if not listing else None
    if inline is not None:  # ``宣布…任免决定：X兼任Y；Z不再担任W职务``: the decisions listed after the colon
        state.mode, state.chain, start, listing = DECIDE, None, inline.end(), True
        state.inline = not c.text.endswith(("。", "."))
    if listing and state.mode == APPOINT and (m := _POST_NAMED.match(t)) and _is_full_post(m.group("post")):
        for item in _build(c, m, APPOINT):  # ``棠坪县第一中学校长：龚志远（原…）`` under ``聘任名单``
            state.items.append((item, (lo, hi)))
        return
    body = c.sub(start, len(t))
    clauses = [part for a, b in top_level_split(body.text, seps=",，:：") for part in _items_of(body.text, a, b)
               for part in _titles_of(body.text, *part)]
    if cut:
        clauses = clauses[:-1]
    clauses = _joined_appointed(body.text, _joined_removals(body.text, clauses))
    for k, (a, b) in enumerate(clauses):
        clause = body.sub(a, b)
        num = _NUMBERING.match(clause.text)
        if num:
            clause = clause.sub(num.end(), len(clause.text))
        if not clause.text:
            continue
        if (m := _PROBATION_OVER.match(clause.text)) and (named := _persons(clause, m.start("p"), m.end("p"))):
            state.last, state.last_items = named, []  # (who a later clause appoints)
            continue
        if (m := _ASKS_TO_GO.match(clause.text)) and (p := _trailing_name(clause, 0, m.end("pre"))):
            state.asked = [p]  # (``X同志因病提出辞职，经研究，同意其辞去…职务``)
            continue
        if _TERM_REMARK.match(clause.text):  # ``…，试用期一年`` / ``…，聘期三年``
            for item in state.last_items:
                if item.action == APPOINT and item.note is None:
                    item.note = clause.original(0, len(clause.text))
            continue
        items = _decision(clause, state, meeting)
        if not items:  # (``…等多名干部被先期免职``: a removal verb no decision of one person reads)
            items = _removed_list(body, clauses, k, clause) or items
        if items is None:
            items = _continuation(clause, state)
        if items is None and listing:
            items = _listed(clause, state)
        if items is None and state.last_items and (listing or state.chain) and (
                not _patterns()["blocked"].match(clause.text)):  # ``任命X为A局局长，B办公室主任`` (not ``，提名任Y``)
            posts = [q for q in _post(clause, 0, len(clause.text)) if _is_full_post(clause.text[q[0] : q[1]])]
            items = [
                _Item(p, state.last_items[0].action, (clause, qa, qb), note)
                for p in state.last
                for qa, qb, note in posts
            ] or None
        if not items:
            continue
        for item in items:
            state.items.append((item, (lo, hi)))
        state.last_items = items
        state.last = list({(p[0].index[p[1]], p[0].index[p[2] - 1]): p for p in (i.person for i in items)}.values())


_OPENS_REMOVAL = LazyPattern(r"不再担任|免去|免除")
_CLOSES_POSTS = LazyPattern(r"职务$")
_JOINED_CLAUSES = 4  # the most comma clauses one removal's posts run over


def _joined_removals(text: str, clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The clauses, a removal's posts that commas set apart joined into one clause up to the 职务 that closes them
    (``A同志不再担任某市人民政府党组成员，某区工委副书记、委员，某区管委会主任职务``): its posts are one."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(clauses):
        a, b = clauses[k]
        if _OPENS_REMOVAL.search(text, a, b) and not _CLOSES_POSTS.search(text[a:b]):
            for j in range(k + 1, min(k + _JOINED_CLAUSES, len(clauses))):
                part = text[clauses[j][0] : clauses[j][1]]
                if _PERSONNEL_WORD.search(part) or "为" in part:
                    break
                if _CLOSES_POSTS.search(part):
                    b, k = clauses[j][1], j
                    break
        out.append((a, b))
        k += 1
    return out


# A post in a unit named without its level (``某港经济开发区管委会主任``): the organ, then its title.
_ORGAN_POST = LazyPattern(r"(?:委员会|管委会|工委|党委|党组|政府|局|办公室|院|中心|厅)[\u4e00-\u9fff]{1,5}$")
_TAKES_POSTS = LazyPattern(r"兼任|担任|(?<![再兼担主责专])任(?![命务])")  # (not 不再担任, 主任, 责任, 任务)


def _joined_appointed(text: str, clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The clauses, with an appointment's posts that commas set apart joined into one clause (``X兼任某工委委员、
    副书记，某管委会主任``): each clause after the verb's is a post of a unit and nothing else."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(clauses):
        a, b = clauses[k]
        if _TAKES_POSTS.search(text, a, b) and not _OPENS_REMOVAL.search(text, a, b):
            while k + 1 < min(len(clauses), k + _JOINED_CLAUSES):
                part = text[clauses[k + 1][0] : clauses[k + 1][1]].rstrip("。；;")
                if (_PERSONNEL_WORD.search(part) or _TAKES_POSTS.search(part) or "为" in part
                        or not (_is_post(part) and (_UNIT_START.match(part) or _ORGAN_POST.search(part)))):
                    break
                b, k = clauses[k + 1][1], k + 1
        out.append((a, b))
        k += 1
    return out


# Decisions listed after a colon (``传达省委决定：A同志任X。``), and a sentence that goes on with the list on its own
# (``B同志任Y。``: a name with 同志, then its verb)
_DECIDED_COLON = LazyPattern(r"决定[:：]")
_NAMED_TAKES = LazyPattern(rf"^{_NAME}同志(?:任|兼任|担任|不再担任)")
# A report's sentence that reads a decision out, its items told in the sentences after it
_ANNOUNCED = LazyPattern(r"(?:宣读|宣布)了?[^。；;,，]{0,60}?(?:任免|调整|人事|任职)[^。；;,，]{0,20}?的(?:决定|通知)$")


# ``镇党委书记甲，县某局副局长、党组成员乙等多名干部被先期免职``: a report of removals after an accident or an
# inquiry, each comma's item a post then its holder, the last item closed by the removal
_LISTED_REMOVED = LazyPattern(
    r"^(?P<head>.+?)(?:同志)?(?:等(?:[\d一二三四五六七八九十]+|多)?[名位人]?(?:官员|干部|人员|同志|责任人|领导干部)?)?"
    r"(?:被|已被|均被)?(?:先期|先行|依法|立即|均)?(?:予以|作)?免职(?:处理)?$")


def _removed_list(body: Compact, clauses: list[tuple[int, int]], k: int, clause: Compact) -> list[_Item] | None:
    """The removals of ``clause``, the ``k``-th of ``body`` (``…乙等多名干部被先期免职``), and of the clauses before
    it that are each a post then its holder's name (``镇党委书记甲``), back to the first clause that is not (a
    lead-in that must not block the decision: ``拟``, ``建议``); None where the clause's own item is no post and
    name."""
    m = _LISTED_REMOVED.match(clause.text)
    if m is None or _post_then_name(m["head"]) is None:
        return None
    runs = [clause.sub(0, m.end("head"))]
    pre = ""
    for a, b in reversed(clauses[:k]):
        prev = body.sub(a, b)
        num = _NUMBERING.match(prev.text)
        prev = prev.sub(num.end(), len(prev.text)) if num else prev
        if _post_then_name(prev.text) is None:
            pre = prev.text
            break
        runs.append(prev)
    if not _decided(pre + "".join(c.text for c in reversed(runs))):
        return None  # (``县纪委拟对县某局局长甲，…免职``: a proposal)
    items: list[_Item] = []
    for c in reversed(runs):
        split = _post_then_name(c.text)
        assert split is not None
        items += _make(c, [(c, split, len(c.text))], REMOVE, _post(c, 0, split))
    return items


def _post_then_name(text: str) -> int | None:
    """Where the holder's name starts in ``县某局副局长、党组成员乙`` (a post, then a name that ends the text)."""
    split = split_name_post(text)
    if split is None or split[1] != len(text) or split[2] != 0 or split[3] != split[0] or split[0] == 0:
        return None
    return split[0] if _is_post(text[: split[0]]) else None


def _date(blocks: list[Block]) -> str | None:
    """The date of a personnel section: a ``（2023年3月1日…会议通过）`` note, else its first date line."""
    for block in blocks:
        m = _PASSED.search(compact(block.text))
        if m:
            return format_date(*m.groups())
    for block in blocks:
        m = DATE_LINE.match(compact(block.text))
        if m:
            return format_date(m["y"], m["m"], m["d"])
    return None


def _prose_date(block: Block, before: int) -> str | None:
    """A full date written in the paragraph before a decision (``2023年5月31日上午，…会议…决定…``)."""
    found = None
    for m in _FULL_DATE.finditer(compact(block.text[:before])):
        found = format_date(*m.groups())
    return found


def _opens_section(t: str) -> bool:
    """A personnel list inside another text (``t``: a block without whitespace): ``…任免名单`` (no 文号 of its
    own), ``任命：``, ``…会议决定任命：``."""
    if not _SECTION_WORD.search(t):  # every pattern below needs one of them
        return False
    if _SECTION_TITLE.search(t) or _STANDALONE_HEADING.match(t) or _NAMED_LIST.match(t):
        return True
    m = _LIST_LEAD.search(t)
    return bool(m and _decided(t[: m.end()]))  # (its 决定 overrides a request before it: ``…的提请，会议决定任命：``)


def _complete(text: str) -> bool:
    """Does a text that ends an excerpt end a sentence (or a removal item: ``…局长职务``)?"""
    t = compact(text)
    return t[-1:] in _CLOSED or t.endswith("职务")


# An item that opens a list after ``研究决定：`` (``张三同志任…``, ``王五（女，1980年3月生）任…``, ``任命张三为…``,
# ``免去…``).
_FIRST_ITEM = LazyPattern(
    rf"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、])?"
    rf"(?:任命|免去|聘任|解聘|{_HAN}{{2,4}}(?:同志{_NOTE}?|{_NOTE}(?:同志)?)(?:任|为|兼任|不再担任))"
)


# A decision about bodies that may come between ``经区委常委会研究：`` and the decisions about people
# (``撤销…工作委员会，建立…工作委员会。`` ⏎ ``张三同志任…``).
_BODY_CHANGE = LazyPattern(r"^(?:撤销|撤并|建立|设立|组建|成立|更名|合并)")


def _opens_decided_list(t: str, after: list[str]) -> bool:
    """``经县政府研究决定：`` on its own, then an item of a personnel list (``t``: the block, ``after``: the
    blocks after it, all without whitespace); the decisions about bodies told first are passed over."""
    m = _decide_heading(t)
    if not (m and _decided(t[: m.start()])):
        return False
    nxt = next((a for a in after[:3] if not _BODY_CHANGE.match(a)), "")
    return bool(_FIRST_ITEM.match(nxt))


def _is_headline(block: Block) -> bool:
    """A headline or a title line: one line, no punctuation (news repeats it in its lead)."""
    return len(block.numbers) == 1 and not _HEADLINE_PUNCT.search(block.text)


@dataclass
class _Reading:
    """What a notice's text gave: the items, whether each is in a personnel list, and the list's document."""

    state: _State
    listed: list[bool]
    section: int | None
    section_doc: tuple[str | None, str | None]
    starts: list[int]  # for each block, the number of items read before it
    section_by_next: bool = False  # the list starts at block ``section`` only because of the block after it


def _read(
    notice: Notice,
    *,
    personnel: bool,
    meeting: bool | None = None,
    acting_only: bool = False,
    skip: frozenset[int] = frozenset(),
) -> _Reading:
    """Read the blocks of a notice: lists after their headings, decisions in prose everywhere.

    ``meeting``: whether the text reports a meeting that decided (default: whether one of its blocks names one).
    ``acting_only``: only acting appointments (``代理``) are wanted; a block without the word is read for its
    list headings alone (the items of a block never depend on the items of the blocks before it, only on the
    list's mode that the headings set). ``skip``: lines already read (a table's rows); a block of them only is
    not read.
    """
    section: int | None = 0 if personnel else None  # index of the block where a personnel list starts
    section_doc = (notice.doc_number, notice.title)
    section_by_next = False
    blocks = notice.blocks
    flats = notice.flat_blocks  # each block without whitespace
    if not personnel and not _MAY_GIVE.search("".join(flats)):  # no list can open, no block would be read
        return _Reading(_State(), [], section, section_doc, [0] * len(blocks))
    if meeting is None:
        meeting = any(_patterns()["meeting"].search(t) for t in flats)
    last_block = notice.layout.blocks[-1] if notice.layout.blocks else None
    state = _State()
    listed: list[bool] = []
    starts: list[int] = []
    body_from = notice.number_line or notice.first_line
    for i, block in enumerate(blocks):
        starts.append(len(state.items))
        if notice.is_document and block.line <= body_from and (notice.doc_number or _is_headline(block)):
            continue  # the title and 文号
        if skip and all(n in skip for n in block.numbers):
            continue
        flat = flats[i]
        if state.below is not None:
            named = _named_below(block, state.below)
            if named:
                state.items += [(item, (0, len(block.text))) for item in named]
                listed += [section is not None] * len(named)
                continue
            state.below = None
        if section is None and (
            _opens_section(flat) or _opens_decided_list(flat, flats[i + 1 : i + 4])
        ):
            section = i
            section_by_next = not _opens_section(flat)
            title = _SECTION_TITLE_LINE.match(flat)
            if title:  # a list with a title but no 文号 of its own: cite it by its title
                section_doc = (None, block.original(0, len(block.text))[: len(title.group(1))])
        listing = section is not None
        if not listing and _is_headline(block):
            continue
        if acting_only and "代理" not in flat:
            if listing:
                _list_headings(block, state)
            continue
        before = len(state.items)
        if listing or not (i > 0 and flats[i - 1].endswith(_GOES_ON)):  # (a report's ``任命A为X；`` ⏎ ``B为Y；``:
            state.chain = None  # the verb goes on; a list's items are read as items)
        state.last, state.asked = [], []  # (but no one named before: ``免去其…`` names the paragraph's own)
        if not listing and not state.chain and not _PERSONNEL_WORD.search(flat) and "试用期" not in flat:
            continue  # outside a list, no sentence of the block says anything of personnel (_parse_sentence)
        accepted = meeting or bool(_ACCEPTED_ITS.search(block.text))  # (the block's: once, not per sentence)
        mode = state.mode
        colon_list = False  # the sentence before listed decisions after ``决定：`` (``传达省委决定：A同志任X。``)
        for lo, hi in sentences(block):
            cut = block is last_block and hi == len(block.text) and not _complete(block.text)
            t = compact(block.text[lo:hi])
            colon_list = colon_list and bool(_NAMED_TAKES.match(t))  # (``B同志任Y。``: the list goes on)
            if colon_list:
                state.chain = DECIDE
            had = len(state.items)
            _parse_sentence(block, lo, hi, state, listing=listing, meeting=accepted, cut=cut)
            colon_list = len(state.items) > had and (colon_list or bool(_DECIDED_COLON.search(t)))
            if block.text[hi - 1 : hi] in ("。", "!", "！", "?", "？", "."):
                state.chain, state.last, state.asked = None, [], []
        if state.announced:  # (a decision read out lists its items in its paragraph only)
            state.announced, state.mode = False, mode
        listed += [listing] * (len(state.items) - before)
        state.below = _names_below(block)
    return _Reading(state, listed, section, section_doc, starts, section_by_next)


# ``任命下列30名同志为县人民法院人民陪审员（按姓氏笔画为序）：`` over lines of names only.
_NAMES_BELOW = LazyPattern(
    r"(?P<pre>.*?)(?P<v>任命|聘任|免去|解聘)(?:下列|以下|如下)(?:[\d一二三四五六七八九十百]+[名位])?(?:同志|人员)"
    r"(?:的)?(?:为|担任)?(?P<post>[^:：,，。;；]+?)(?:的)?(?:职务)?(?:[(（][^()（）]{1,20}[)）])?[:：]$")
_NAME_GAP = LazyPattern(r"\s{2,}|\s*[、,，;；]\s*")


def _names_below(block: Block) -> tuple[str, tuple[Compact, int, int]] | None:
    """The action and post a block hands to the lines of names under it (``任命下列同志为X：``), else None."""
    if "下列" not in block.text and "以下" not in block.text and "如下" not in block.text:
        return None
    c = Compact.of(block)
    m = _NAMES_BELOW.fullmatch(c.text)
    if m is None or not _decided(_NUMBERING.sub("", m["pre"])):
        return None
    posts = _post(c, m.start("post"), m.end("post"))
    if not posts:
        return None
    a, b, _ = posts[0]
    return _APPOINT_VERBS[m["v"]], (c, a, b)


def _named_below(block: Block, below: tuple[str, tuple[Compact, int, int]]) -> list[_Item]:
    """The items of a line of names only (``丁　丽　　王小川　　王秀英``) under ``任命下列同志为X：``; none if any
    part is not a name, or is a table's column name (``序号``, ``姓名``: a table set out a cell a line follows)."""
    action, post = below
    columns = table_columns(True, True)
    items = []
    text = block.text
    lo = 0
    for m in [*_NAME_GAP.finditer(text), None]:
        hi = m.start() if m is not None else len(text)
        if hi > lo:
            c = Compact.of(block, lo, hi)
            name = c.text
            if not _reads_as_name(name) or name in columns:
                return []
            items.append(_Item((c, 0, len(name)), action, post))
        lo = m.end() if m is not None else hi
    return items


def _table_name(text: str) -> bool:
    """A line of a table set out a cell a line that opens a person's row: a name alone (``普文华``)."""
    return is_name(text, strict=True)


def _table(notice: Notice, personnel: bool) -> tuple[list[tuple[_Item, tuple[int, int]]], frozenset[int]]:
    """The items of the rows of 任免 tables (``column_table``; ``姓名 任命职务 免去职务``), each with its row as
    evidence, and the lines they were read from. A notice titled as a proposal (``公示``, ``议案``) has none;
    ``personnel``: the notice is a personnel notice."""
    if _NOT_PERSONNEL_TITLE.search(working_copy(notice.title or "")):
        return [], frozenset()
    out: list[tuple[_Item, tuple[int, int]]] = []
    used: set[int] = set()
    decided = personnel and _DECIDES.search(notice.text) is not None  # (the text: its working copy)
    columns = table_columns(personnel, decided)
    for lines in _removal_sections(notice):
        _table_rows(notice, lines, {**columns, **_held_posts_removed()}, None, out, used)
    _table_rows(notice, notice.lines, columns, notice.text, out, used)
    return out, frozenset(used)


# A section's heading over a table of removals (``二、解聘名单``, ``免职人员名单``): the posts its rows hold (原任职务)
# are the posts they are removed from.
_REMOVAL_HEADING = LazyPattern(
    r"(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])?(?:免去|免职|解聘)(?:人员)?(?:名单)?[:：]?")


def _removal_sections(notice: Notice) -> list[list[Line]]:
    """The lines under each heading of removals up to the next numbered heading, in a personnel notice's text."""
    if "免" not in notice.text and "解聘" not in notice.text:
        return []
    out: list[list[Line]] = []
    lines = notice.lines
    for k, ln in enumerate(lines):
        if _REMOVAL_HEADING.fullmatch(compact(ln.text)):
            end = next((q for q in range(k + 1, len(lines)) if _NUMBERING.match(lines[q].text)
                        and not lines[q].text[:-1].isdigit()), len(lines))  # (not a row's 序号: ``1.``)
            out.append(lines[k + 1 : end])
    return out


@lru_cache(maxsize=1)
def _held_posts_removed() -> dict[str, str]:
    """The columns of the posts a table's people hold (原任职务), read as the posts removed."""
    return {name: REMOVE for name, kind in table_columns(False).items() if kind == column_table.POST}


def _table_rows(notice: Notice, lines: list[Line], kinds: dict[str, str], text: str | None,
                out: list[tuple[_Item, tuple[int, int]]], used: set[int]) -> None:
    """Adds to ``out`` the items of the rows of the tables among ``lines`` (``text``: their whole text, if known)
    not read before (``used``), and adds their lines to ``used``."""
    source = notice.layout.source
    for row in column_table.rows(lines, kinds, text, source.text, is_name=_table_name):
        if any(ln.number in used for ln in row.lines):
            continue
        view = RowView.of(source, row.lines)
        name = view.cell(row.name)
        persons = _persons(name, 0, len(name.text))
        if not persons:
            continue
        unit = next((parts for kind, parts in row.cells if kind == _UNIT_COLUMN), ())
        for kind, parts in row.cells:
            if kind in (APPOINT, REMOVE) and parts:
                # (a table drawn with bars has no cell cut across lines: a row under the name's goes on with the
                # person's other posts, ``|  |  | 县防汛抗旱指挥部办公室副主任（兼） |  |``)
                posts = [(p,) for p in parts] if "|" in parts[0].line.text else _cut_posts(parts)
                for written in posts:
                    post = view.cell(unit + written)  # (``县第一中学`` + ``校长``)
                    for item in _make(post, persons, kind, _post(post, 0, len(post.text))):
                        out.append((item, (0, len(view.block.text))))
            elif kind == DECIDE and parts:
                cell = view.cell(parts)
                for action, a, b in _decided_posts(cell.text):
                    for item in _make(cell, persons, action, _post(cell, a, b)):
                        out.append((item, (0, len(view.block.text))))
        used.update(ln.number for ln in row.lines)


# A clause of a ``decide`` cell: the action's verb, then the post (``决定任命为X``, ``免X``, ``接受辞去X职务的请求``).
_DECIDED_CELL = LazyPattern(
    r"(?:同时|并)?(?:决定)?(?:(?P<appoint>任命为|任命|聘任为|聘任|聘为|任)|(?P<remove>免去|免|解聘)|(?P<resign>接受辞去|接受辞职))"
    r"(?:其的?)?")  # (``任县财政局副局长，免去其县审计局副局长职务``)


def _decided_posts(text: str) -> list[tuple[str, int, int]]:
    """The action and the span of the post of each clause of a cell that says its action (``任X；免Y``)."""
    out = []
    for lo, hi in top_level_split(text, seps="；;，,"):
        m = _DECIDED_CELL.match(text, lo, hi)
        if m is None:
            continue
        if m.group("resign") and text.endswith("的请求", lo, hi):
            hi -= 3
        out.append((APPOINT if m.group("appoint") else REMOVE, m.end(), hi))
    return out


def _cut_posts(parts: tuple[Cell, ...]) -> list[tuple[Cell, ...]]:
    """A post cell's parts as the posts they make: a line and the next lines while the post is cut across them
    (``县发展和改革局、`` ⏎ ``县统计局副局长``); a line under a post that starts afresh starts another
    (``县民政局副局长`` ⏎ ``县社会福利院院长（兼）``). A line that ends short of a post's title, the next not opening
    with a unit, is cut across too (``县疾病预防`` ⏎ ``控制中心主任``)."""
    out = [parts[:1]]
    for prev, part in pairwise(parts):
        c, n = compact(prev.text), compact(part.text)
        if cut_across(c, n) or (c and n and not _patterns()["post_end"].search(c) and not _UNIT_START.match(n)):
            out[-1] += (part,)
        else:
            out.append((part,))
    return out


def _acting_key(person: str, action: str, post: str) -> tuple[str, str, str]:
    """``X代理市长`` and ``代理X市长`` are one post."""
    return clean_person(working_copy(person)), action, working_copy(compact(post)).replace("代理", "")


def _acting_told(state: _State) -> list[tuple[int, tuple[str, str, str], str]]:
    """The acting appointments among the items read: (item index, key, post as written)."""
    out = []
    for k, (item, _) in enumerate(state.items):
        pc, pa, pb = item.person
        qc, qa, qb = item.post
        if "代理" in qc.text[qa:qb]:
            out.append((k, _acting_key(pc.original(pa, pb), item.action, qc.original(qa, qb)), qc.text[qa:qb]))
    return out


@dataclass
class _FileTold:
    """A whole file read as one text that is no document, once per file, for ``_told_before`` of each notice.

    Reading the blocks before a notice gives the acting appointments that reading the whole file gives for
    those blocks (a block's reading depends only on the blocks before it), with two exceptions: whether a meeting is
    named is a property of the blocks read, so the file is read once per answer; and the last block before
    the notice may open a list only because of the block after it, which a reading that stops there does
    not see (then those blocks alone are read).
    """

    layout: Layout
    block_lines: list[int]
    first_meeting: int  # index of the first block that names a meeting (the number of blocks: none)
    readings: dict[bool, tuple[_Reading, list[tuple[int, tuple[str, str, str], str]]]] = field(default_factory=dict)

    @classmethod
    def of(cls, layout: Layout) -> _FileTold:
        meeting = _patterns()["meeting"]
        first = next((i for i, t in enumerate(layout.flat_blocks) if meeting.search(t)), len(layout.blocks))
        return cls(layout, [b.line for b in layout.blocks], first)

    def before(self, first_line: int) -> dict[tuple[str, str, str], str]:
        """Acting appointments told in the blocks that start before line ``first_line``, as written."""
        blocks = self.layout.blocks
        n = bisect.bisect_left(self.block_lines, first_line)  # blocks[:n] start before the line (ascending)
        if n == 0:
            return {}
        meeting = self.first_meeting < n
        if meeting not in self.readings:
            whole = _read(_whole_text(self.layout), personnel=False, meeting=meeting, acting_only=True)
            self.readings[meeting] = (whole, _acting_told(whole.state))
        reading, acting = self.readings[meeting]
        if reading.section == n - 1 and reading.section_by_next:
            probe = replace(_whole_text(self.layout), first_line=blocks[0].line, last_line=first_line - 1)
            acting = _acting_told(_read(probe, personnel=False).state)  # (its blocks: the ``n`` before the line)
        else:
            end = reading.starts[n] if n < len(blocks) else len(reading.state.items)
            acting = acting[: bisect.bisect_left(acting, end, key=lambda a: a[0])]
        return {key: wording for _, key, wording in acting}


def _told_again(post: str, earlier: str) -> bool:
    """Is ``post`` one of the posts ``earlier`` joins, told again on its own (``某市人民政府副市长、代理市长``, then
    ``某市人民政府副市长`` and ``代理某市人民政府市长`` in the decision's own words)?"""
    parts = [compact(p).replace("代理", "") for p in earlier.split("、")]
    if len(parts) < 2:
        return False
    told = compact(post).replace("代理", "")
    return any(told == p or (told.endswith(p) and parts[0].startswith(told[: -len(p)])) for p in parts)


def _joined_posts(items: Iterable[_Item]) -> dict[tuple[str, str], list[tuple[int, str]]]:
    """(person, action) -> (line, posts) of the items that join several posts (``副县长、代理县长``)."""
    out: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for item in items:
        qc, qa, qb = item.post
        post = qc.original(qa, qb)
        if "、" in post:
            pc, pa, pb = item.person
            out.setdefault((clean_person(pc.original(pa, pb)), item.action), []).append((qc.block.line, post))
    return out


def _joined_alike(post: str, earlier: str) -> bool:
    """Are two joined posts the same posts, one with the place written before them (``县政府副县长、代理县长``, then
    ``某县人民政府副县长、代理县长``)?"""
    parts = [_OF_GOVERNMENT.sub("政府", compact(p)) for p in post.split("、")]
    before = [_OF_GOVERNMENT.sub("政府", compact(p)) for p in earlier.split("、")]
    if len(parts) < 2 or len(parts) != len(before):
        return False
    for a, b in zip(parts, before, strict=True):
        longer, shorter = (a, b) if len(a) >= len(b) else (b, a)
        extra = longer[: len(longer) - len(shorter)]
        if not longer.endswith(shorter) or not _PLACE_BEFORE.fullmatch(extra) or _POST_LETTERS.search(extra):
            return False
    return True


_OF_GOVERNMENT = LazyPattern("人民政府")
# What one of two alike posts may have before the other: a place's name (``某县``, or ``某`` before ``县政府…``), a
# few letters with no letter of a post
_PLACE_BEFORE = LazyPattern(r"[\u4e00-\u9fff]{0,8}")
_POST_LETTERS = LazyPattern(r"[长副委记任局部办厅处科组员理]")


def _whole_text(layout: Layout) -> Notice:
    """The whole text as a part that is not a document."""
    first = layout.blocks[0].line if layout.blocks else 0
    last = layout.lines[-1].number if layout.lines else 0
    return Notice(layout, first, last, doc_number=None, title=None, issuer=None, date=None, is_document=False)


def _told_before(notice: Notice, ctx: Context) -> dict[tuple[str, str, str], str]:
    """Acting appointments told earlier in the same text (a news lead before the decision it reports), as written."""
    return ctx.file.get(_FileTold.of, notice.layout).before(notice.first_line)


def extract(notice: Notice, ctx: Context) -> Iterator[Fact]:
    """Appointments and removals: personnel lists, and decisions written in prose anywhere."""
    blocks = notice.blocks
    personnel = is_personnel_notice(notice)
    table, used = _table(notice, personnel)
    reading = _read(notice, personnel=personnel, skip=used)
    state, section, section_doc = reading.state, reading.section, reading.section_doc
    if not state.items and not table:
        return
    told: dict[tuple[str, str, str], str] | None = None
    section_date = (notice.date or _date(blocks)) if personnel else _date(blocks[section or 0 :])
    notice_doc = (notice.doc_number, notice.title)
    # Each item, whether it is listed (its date the list's, not the paragraph's), the list's date, its document.
    read: list[tuple[tuple[_Item, tuple[int, int]], bool, str | None, tuple[str | None, str | None]]] = [
        (entry, in_list, section_date, section_doc if in_list else notice_doc)
        for entry, in_list in zip(state.items, reading.listed, strict=True)
    ]
    read += [(entry, True, notice.date or _date(blocks), notice_doc) for entry in table]
    joined: dict[tuple[str, str], list[tuple[int, str]]] = {}  # (person, action) -> (line, several posts) told
    all_joined = _joined_posts(entry for (entry, _), *_ in read)
    for (item, (s_lo, s_hi)), in_list, list_date, (doc_number, doc_title) in read:
        pc, pa, pb = item.person
        qc, qa, qb = item.post
        block = qc.block
        person = clean_person(pc.original(pa, pb))
        post = qc.original(qa, qb)
        told_joined = joined.setdefault((person, item.action), [])
        if "、" not in post and any(line > block.line and _told_again(post, later)
                                   for line, later in all_joined.get((person, item.action), ())):
            continue  # (a report's lead on one of the posts, the decision's own words later naming them all)
        if any(line < block.line and (_told_again(post, earlier) or _joined_alike(post, earlier))
               for line, earlier in told_joined):
            continue  # (a report's lead, then the decision's own words: one decision)
        if "、" in post:
            told_joined.append((block.line, post))
        if "代理" in post and notice.first_line > 1:  # the same decision, told before in other words
            told = _told_before(notice, ctx) if told is None else told
            wording = told.get(_acting_key(person, item.action, post))
            if wording is not None and wording != qc.text[qa:qb]:
                continue
        prose_date = notice.date if notice.is_document else _prose_date(block, qc.span(qa, qb)[0])
        date = list_date if in_list else prose_date
        p_lo, p_hi = pc.span(pa, pb)
        q_lo, q_hi = qc.span(qa, qb)
        if pc.block is block:
            ev = (min(s_lo, p_lo), max(s_hi, q_hi))
            prov = ctx.cite(block, min(p_lo, q_lo), q_hi, NAME, VERSION, line_at=p_lo, evidence=ev)
        elif pc.block.line > block.line:  # a name on a line under ``任命下列同志为X：``: cite the name's line
            prov = ctx.cite(pc.block, p_lo, p_hi, NAME, VERSION, evidence=(s_lo, s_hi))
            prov = replace(prov, evidence=f"{qc.original(qa, qb)}… {prov.evidence}")
        else:  # the person was named in an earlier block: keep the name in the evidence
            prov = ctx.cite(block, q_lo, q_hi, NAME, VERSION, evidence=(s_lo, s_hi))
            prov = replace(prov, evidence=f"{pc.original(pa, pb)}… {prov.evidence}")
        yield Appointment(
            prov=prov,
            doc_number=doc_number,
            doc_title=doc_title,
            date=date,
            person=person,
            action=item.action,
            post=post,
            note=item.note,
        )
