"""Entity resolution: written names -> agencies, people, posts and task forces with explained merges.

Precision first: every test that shows a merge has a neighbour that shows what must stay apart.
The rules are data (graph_build/data/agency_aliases.yml, post_titles.yml) and name no county, so most
tests use a made-up county (红旗县) and the corpus test checks the real gazettes.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import pytest

from graph_build.pipeline import Extractor
from graph_build.records import Assignment, DocumentFact, ExtractionReport, Fact, Membership, Portfolio
from graph_build.resolve import AgencyRef, MergeDecision, Resolver, resolution_report

JS = "稷山县"
PS = "平顺县"
HQ = "红旗县"  # a county no rule knows
DATA = Path(__file__).resolve().parent.parent / "graph_build" / "data"


def fitted(*names: str, county: str = JS, kind: str = "agency") -> Resolver:
    r = Resolver()
    for n in names:
        r.add(county, kind, n)
    r.fit()
    return r


def ids(r: Resolver, *names: str, county: str = JS) -> set[str]:
    return {r.agency(county, n).id for n in names}


def decision(r: Resolver, written: str, kind: str = "agency", county: str | None = None) -> MergeDecision:
    prefix = f"{kind}:{county}:" if county else f"{kind}:"
    found = [d for d in r.decisions() if d.written == written and d.entity_id.startswith(prefix)]
    assert len(found) == 1, found
    return found[0]


# --- the examples ---------------------------------------------------------------------


def test_market_regulation_written_three_ways_is_one_agency() -> None:
    r = fitted("县市场监管局", "县市场局", "县市场监督管理局")
    assert ids(r, "县市场监管局", "县市场局", "县市场监督管理局") == {"agency:稷山县:市场监管局"}
    a = r.agency(JS, "县市场局")
    assert a.name == "县市场监督管理局"  # the fullest written form, as written
    assert a.aliases == ("县市场局", "县市场监督管理局", "县市场监管局")
    assert decision(r, "县市场局").rule == "alias-table:市场局=市场监管局"
    assert decision(r, "县市场监督管理局").rule == "alias-table:市场监督管理局=市场监管局"


def test_city_bureau_branch_written_three_ways_is_one_agency() -> None:
    forms = ("市生态环境局稷山分局", "市生态环境局稷山县分局", "运城市生态环境局稷山分局")
    r = fitted(*forms)
    assert len(ids(r, *forms)) == 1
    a = r.agency(JS, "市生态环境局稷山分局")
    assert a.kind == "state_branch"
    assert a.name == "运城市生态环境局稷山分局"


def test_county_level_name_of_a_city_branch_is_that_branch() -> None:
    r = fitted("市生态环境局稷山分局", "县生态环境局", "县环保局", "县生态环境分局")
    assert len(ids(r, "市生态环境局稷山分局", "县生态环境局", "县环保局", "县生态环境分局")) == 1
    d = decision(r, "县生态环境局")
    assert d.rule == "city-branch" and "市生态环境局稷山分局" in d.evidence
    # other branches: the county-level name (县供电公司, 县税务局) is the branch; a national parent alone is not
    r = fitted("国网稷山供电公司", "县供电公司", "国家统计局稷山调查队", "国家统计局", "县调查队")
    assert r.agency(JS, "县供电公司") == r.agency(JS, "国网稷山供电公司")
    assert r.agency(JS, "县调查队") == r.agency(JS, "国家统计局稷山调查队")
    assert r.agency(JS, "国家统计局") != r.agency(JS, "国家统计局稷山调查队")
    # without a branch in the county, the county bureau stays a county bureau
    alone = fitted("县生态环境局", county=HQ)
    assert alone.agency(HQ, "县生态环境局").id == "agency:红旗县:生态环境局"


def test_government_office_abbreviations_merge() -> None:
    forms = ("县政府办", "政府办", "县人民政府办公室", "稷山县人民政府办公室", "县政府办公室")
    r = fitted(*forms)
    assert ids(r, *forms) == {"agency:稷山县:政府办公室"}
    # a sub-unit keeps its parent's abbreviation rule: both spellings meet
    r = fitted("县人民政府办公室综合保障中心", "县政府办综合保障中心")
    assert len(ids(r, "县人民政府办公室综合保障中心", "县政府办综合保障中心")) == 1
    # but the office is not the government
    r = fitted("县政府办", "县人民政府", "政府")
    assert r.agency(JS, "县政府办") != r.agency(JS, "县人民政府")
    assert r.agency(JS, "政府") == r.agency(JS, "县人民政府")


def test_bracket_names_become_aliases_of_the_body() -> None:
    full = "县工业信息化和科技局（商务局、民营经济发展促进局）"
    r = fitted(full, "县工业信息化和科技局")
    a = r.agency(JS, full)
    assert a == r.agency(JS, "县工业信息化和科技局")
    assert a.name == "县工业信息化和科技局"
    assert {"商务局", "民营经济发展促进局"} <= set(a.aliases)
    assert r.agency(JS, "民营经济发展促进局") == a  # a bracket name looked up alone
    assert decision(r, full).rule == "bracket-alias"
    assert decision(r, "民营经济发展促进局").rule == "bracket-alias"


def test_bracket_name_written_as_a_unit_of_its_own_stays_apart() -> None:
    # 县商务局 is listed beside 县工科局 in the same unit lists: the gazette treats them as two units.
    full = "县工业信息化和科技局（商务局、民营经济发展促进局）"
    r = fitted(full, "县商务局")
    assert r.agency(JS, "县商务局") != r.agency(JS, full)
    assert "商务局" not in r.agency(JS, full).aliases
    assert any("kept apart: 商务局" in n for n in r.notes(JS))


def test_bracket_note_is_not_an_alias() -> None:
    r = fitted(
        "县交通局（“国三”淘汰领导小组办公室）", "县财政局（设在县政府大楼）", "县工科局（商务）", "县交通局", "县财政局"
    )
    tj = r.agency(JS, "县交通局（“国三”淘汰领导小组办公室）")
    assert tj == r.agency(JS, "县交通局")
    assert not any("领导小组办公室" in a for a in tj.aliases if a != "县交通局（“国三”淘汰领导小组办公室）")
    assert r.agency(JS, "县财政局（设在县政府大楼）") == r.agency(JS, "县财政局")
    assert r.agency(JS, "县工科局（商务）").canonical == "工科局"  # 商务 is a field, not an alias


def test_leading_county_name_and_bare_name_in_a_county_document() -> None:
    r = fitted("稷山县水利局", "县水利局", "水利局")
    assert ids(r, "稷山县水利局", "县水利局", "水利局") == {"agency:稷山县:水利局"}
    assert decision(r, "稷山县水利局").rule == "county-prefix"
    assert decision(r, "县水利局").rule == "exact"


def test_townships_with_and_without_their_government() -> None:
    r = fitted("翟店镇", "翟店镇人民政府", "翟店镇政府", "翟店镇党委", "太阳乡政府", "太阳乡")
    assert ids(r, "翟店镇", "翟店镇人民政府", "翟店镇政府") == {"agency:稷山县:翟店镇"}
    assert r.agency(JS, "翟店镇").kind == "township"
    assert decision(r, "翟店镇政府").rule == "township-suffix"
    assert r.agency(JS, "翟店镇党委") != r.agency(JS, "翟店镇")  # the party committee is another body
    assert r.agency(JS, "翟店镇党委").kind == "party"
    assert r.agency(JS, "太阳乡政府") == r.agency(JS, "太阳乡")
    # a township named after its county keeps the county's name
    r = fitted("平顺镇人民政府", "平顺镇", "平顺县人民政府", county=PS)
    assert r.agency(PS, "平顺镇人民政府") == r.agency(PS, "平顺镇")
    assert r.agency(PS, "平顺镇").id == "agency:平顺县:平顺镇" and r.agency(PS, "平顺镇").kind == "township"
    assert r.agency(PS, "平顺镇") != r.agency(PS, "平顺县人民政府")


def test_name_cut_short_merges_only_into_the_one_name_it_begins() -> None:
    r = fitted("县交通运", "县交通运输局")
    assert r.agency(JS, "县交通运") == r.agency(JS, "县交通运输局")
    assert decision(r, "县交通运").rule == "truncated-name"
    # two known names begin with it: ambiguous, kept apart
    r = fitted("县交通运", "县交通运输局", "县交通运输事业发展中心")
    assert r.agency(JS, "县交通运") not in (r.agency(JS, "县交通运输局"), r.agency(JS, "县交通运输事业发展中心"))
    assert any("县交通运" in n or "交通运" in n for n in r.notes(JS))
    # nothing begins with it: kept as written
    r = fitted("县交通运", "县水利局")
    assert r.agency(JS, "县交通运").canonical == "交通运"
    # a body name is never read as cut short, even if it begins another
    r = fitted("县财政局", "县财政局经建股")
    assert r.agency(JS, "县财政局") != r.agency(JS, "县财政局经建股")


def test_field_stem_in_a_unit_list_is_the_department() -> None:
    # ``人社、住建、公安等部门``: the department; the cut is at the unit suffix
    r = fitted("人社", "县人社局", "县人社局劳动监察大队", "住建", "县住建局")
    assert r.agency(JS, "人社") == r.agency(JS, "县人社局")
    assert r.agency(JS, "住建") == r.agency(JS, "县住建局")
    assert r.agency(JS, "县人社局劳动监察大队") != r.agency(JS, "县人社局")


ABBREVIATIONS = [
    ("县发展和改革局", "县发改局"),
    ("县人力资源和社会保障局", "县人社局"),
    ("县住房和城乡建设管理局", "县住建局"),
    ("县住房和城乡建设局", "县住建局"),
    ("县卫生健康局", "县卫健局"),
    ("县文化和旅游局", "县文旅局"),
    ("县应急管理局", "县应急局"),
    ("县医疗保障局", "县医保局"),
    ("县交通运输局", "县交通局"),
    ("县市场监督管理局", "县市场监管局"),
    ("县市场监管局", "县市场局"),
    ("县行政审批服务管理局", "县行政审批局"),
    ("县人民政府办公室", "县政府办公室"),
    ("县政府办公室", "县政府办"),
    ("县公安局交警大队", "县交警大队"),
    ("县规划和自然资源局", "县自然资源局"),
]


@pytest.mark.parametrize(("full", "short"), ABBREVIATIONS)
def test_abbreviation_rules_hold_in_any_county(full: str, short: str) -> None:
    r = fitted(full, short, county=HQ)
    assert r.agency(HQ, full) == r.agency(HQ, short)
    assert r.agency(HQ, full).id.startswith("agency:红旗县:")


def test_abbreviations_do_not_merge_different_bodies() -> None:
    forms = [
        "县卫健局",
        "县卫体局",
        "县文旅局",
        "县文物保护中心",
        "县交通局",
        "县交通运输综合行政执法队",
        "县发改局",
        "县发展改革和科学技术局",
        "县市场监管局",
        "县市场监管综合行政执法队",
        "县教育局",
        "县教育科技局",
    ]
    # 卫健局 / 卫体局 are two table abbreviations; 教育局 is a prefix of 教育科技局, not an abbreviation of it
    r = fitted(*forms, county=HQ)
    pairs = [
        ("县卫健局", "县卫体局"),
        ("县文旅局", "县文物保护中心"),
        ("县交通局", "县交通运输综合行政执法队"),
        ("县市场监管局", "县市场监管综合行政执法队"),
        ("县教育局", "县教育科技局"),
    ]
    for a, b in pairs:
        assert r.agency(HQ, a) != r.agency(HQ, b), (a, b)


def test_subsequence_abbreviation_merges_only_when_unique() -> None:
    r = fitted("县工业信息化和科技局", "县工科局", "县农村经济中心", "县农经中心", county=HQ)
    assert r.agency(HQ, "县工科局") == r.agency(HQ, "县工业信息化和科技局")
    assert r.agency(HQ, "县农经中心") == r.agency(HQ, "县农村经济中心")
    d = decision(r, "县工科局")
    assert d.rule == "abbreviation" and "工业信息化和科技局" in d.evidence
    # two bodies the short form could abbreviate: kept apart
    r = fitted("县农村经济中心", "县农业经营中心", "县农经中心", county=HQ)
    assert r.agency(HQ, "县农经中心") not in (r.agency(HQ, "县农村经济中心"), r.agency(HQ, "县农业经营中心"))
    # another first character or another suffix: no merge
    r = fitted("县工业信息化和科技局", "县科技局", "县工科中心", county=HQ)
    assert len(ids(r, "县工业信息化和科技局", "县科技局", "县工科中心", county=HQ)) == 3


def test_same_name_in_two_counties_is_two_agencies() -> None:
    r = Resolver()
    r.add(JS, "agency", "县气象局")
    r.add(PS, "agency", "县气象局")
    r.fit()
    js, ps = r.agency(JS, "县气象局"), r.agency(PS, "县气象局")
    assert js != ps
    assert js.id == "agency:稷山县:气象局" and ps.id == "agency:平顺县:气象局"
    assert js.county == JS and ps.county == PS


GENERIC = [
    "有关部门",
    "各乡（镇）人民政府",
    "各成员单位",
    "县直各单位",
    "县气象灾害应急指挥部各成员单位",
    "相关单位",
    "事发地乡（镇）人民政府",
    "属地政府",
    "村委会",
]


@pytest.mark.parametrize("name", GENERIC)
def test_generic_phrases_are_generic_agencies(name: str) -> None:
    r = fitted(name, "县气象局", "翟店镇人民政府", "县住建部门", "县住建局", "县人民政府")
    a = r.agency(JS, name)
    assert a.generic and a.kind == "generic"
    real = {r.agency(JS, n).id for n in ("县气象局", "翟店镇人民政府", "县住建部门", "县人民政府")}
    assert a.id not in real


def test_generic_spellings_meet_but_never_a_named_body() -> None:
    r = fitted(
        "各乡（镇）人民政府", "各乡(镇)人民政府", "各乡镇人民政府", "各乡镇政府", "各乡镇", "县直各单位", "县直工委"
    )
    assert len(ids(r, "各乡（镇）人民政府", "各乡(镇)人民政府", "各乡镇人民政府", "各乡镇政府")) == 1
    assert r.agency(JS, "各乡镇") != r.agency(JS, "各乡镇政府")
    assert r.agency(JS, "县直工委").kind == "party" and not r.agency(JS, "县直工委").generic


def test_county_level_city_uses_its_own_level_word() -> None:
    c = "河津市"
    names = (
        "市市场监管局",
        "市场监管局",
        "河津市市场监督管理局",
        "市政府办",
        "河津市人民政府办公室",
        "市民政局",
        "民政局",
        "市政府",
        "市容环境卫生服务中心",
    )
    r = fitted(*names, county=c)
    assert r.agency(c, "市市场监管局") == r.agency(c, "市场监管局") == r.agency(c, "河津市市场监督管理局")
    assert r.agency(c, "市政府办") == r.agency(c, "河津市人民政府办公室")
    assert r.agency(c, "市民政局") == r.agency(c, "民政局")
    assert r.agency(c, "市政府").canonical == "人民政府"
    assert r.agency(c, "市容环境卫生服务中心").canonical.startswith("市容")
    posts = fitted("副市长", "市政府副市长", "河津市人民政府副市长", county=c, kind="post")
    assert len({posts.post(c, p) for p in ("副市长", "市政府副市长", "河津市人民政府副市长")}) == 1
    # in a county, 市 is the city above it: the city's bodies are not the county's
    r = fitted("市委宣传部", "县委宣传部", "市民政局", "县民政局")
    assert r.agency(JS, "市委宣传部") != r.agency(JS, "县委宣传部")
    assert r.agency(JS, "市委宣传部").kind == "party"
    assert r.agency(JS, "市民政局") != r.agency(JS, "县民政局")
    assert r.agency(JS, "市民政局").kind == "state_branch"


# --- people, posts, task forces ------------------------------------------------------------------


def test_people_spaces_and_counties() -> None:
    r = Resolver()
    for n in ("王 润", "王润", "王润同志"):
        r.add(JS, "person", n)
    r.add(PS, "person", "王润")
    r.fit()
    assert r.person(JS, "王 润") == r.person(JS, "王润") == r.person(JS, "王润同志")
    assert r.person(JS, "王润").id == "person:稷山县:王润"
    assert r.person(PS, "王润").id == "person:平顺县:王润"
    assert decision(r, "王润", "person", JS).rule == "exact"
    assert decision(r, "王 润", "person").rule == "whitespace"
    assert decision(r, "王润同志", "person").rule == "honorific"
    assert r.person(JS, "王润").aliases == ("王 润", "王润", "王润同志")


def test_post_in_an_agency() -> None:
    r = fitted("县水利局局长", "县水利局副局长", "水利局长", county=JS, kind="post")
    p = r.post(JS, "县水利局局长")
    assert p.title == "局长" and p.is_head
    assert p.agency is not None and p.agency.id == "agency:稷山县:水利局"
    assert p.id == "post:稷山县:水利局局长"
    assert r.post(JS, "水利局长") == p  # the title repeats the unit's last character
    deputy = r.post(JS, "县水利局副局长")
    assert deputy.title == "副局长" and not deputy.is_head and deputy.agency == p.agency


def test_post_with_abbreviated_agency_is_the_same_post() -> None:
    r = Resolver()
    for post in ("住建局局长", "县住房和城乡建设管理局局长", "县人社局副局长", "县人力资源和社会保障局副局长"):
        r.add(JS, "post", post)
    r.add(JS, "agency", "县住建局")
    r.fit()
    assert r.post(JS, "住建局局长") == r.post(JS, "县住房和城乡建设管理局局长")
    assert r.post(JS, "住建局局长").agency == r.agency(JS, "县住建局")
    assert r.post(JS, "县人社局副局长") == r.post(JS, "县人力资源和社会保障局副局长")


def test_county_leadership_posts() -> None:
    forms = ("政府副县长", "县政府副县长", "副县长", "稷山县人民政府副县长", "县人民政府副县长")
    r = fitted(*forms, "政府县长", "县长", "县委常委", "稷山县委常委", "县委副书记", "局长", kind="post")
    vice = {r.post(JS, f) for f in forms}
    assert len(vice) == 1
    (p,) = vice
    assert p.canonical == "人民政府副县长" and p.id == "post:稷山县:人民政府副县长"
    assert p.agency is not None and p.agency.id == "agency:稷山县:人民政府" and p.agency.kind == "government"
    assert not p.is_head
    mayor = r.post(JS, "政府县长")
    assert mayor == r.post(JS, "县长") and mayor.is_head and mayor.agency == p.agency
    standing = r.post(JS, "县委常委")
    assert standing == r.post(JS, "稷山县委常委")
    assert standing.agency is not None and standing.agency.canonical == "县委" and standing.agency.kind == "party"
    assert r.post(JS, "县委副书记").agency == standing.agency
    bare = r.post(JS, "局长")  # a title alone names no agency
    assert bare.agency is None and bare.title == "局长"


def test_taskforces_keep_sub_groups_and_county() -> None:
    r = Resolver()
    for n in ("县抗震救灾指挥部", "稷山县抗震救灾指挥部", "抗震救灾指挥部", "县抗震救灾指挥部/交通保障组"):
        r.add(JS, "taskforce", n)
    r.add(PS, "taskforce", "县抗震救灾指挥部")
    r.fit()
    main, name = r.taskforce(JS, "县抗震救灾指挥部")
    assert main == "taskforce:稷山县:抗震救灾指挥部" and name == "稷山县抗震救灾指挥部"
    assert r.taskforce(JS, "抗震救灾指挥部")[0] == main == r.taskforce(JS, "稷山县抗震救灾指挥部")[0]
    assert r.taskforce(JS, "县抗震救灾指挥部/交通保障组") == (
        "taskforce:稷山县:抗震救灾指挥部/交通保障组",
        "县抗震救灾指挥部/交通保障组",
    )
    assert r.taskforce(PS, "县抗震救灾指挥部")[0] == "taskforce:平顺县:抗震救灾指挥部"


# --- fields of work, counties, ids, explanations ----------------------------------------------------


def test_is_unit_tells_bodies_from_fields_of_work() -> None:
    r = Resolver()
    for field in ("财税金融", "交通运输", "审计工作", "人力资源", "人社", "住建", "发展改革", "生态环保"):
        assert not r.is_unit(field), field
    for unit in (
        "县财政局",
        "县财政局（国有资产监督管理局）",
        "有关部门",
        "县人力资源和社会保障局",
        "县供销社",
        "科协",
    ):
        assert r.is_unit(unit), unit


def test_human_resources_bureau_is_one_body() -> None:
    # never split at 和, never merged with the 社会保险 centre, never the same as the field 人力资源
    r = fitted("县人力资源和社会保障局", "县人社局", "县社会保险服务中心", "人力资源和社会保障局")
    hr = r.agency(JS, "县人力资源和社会保障局")
    assert hr == r.agency(JS, "县人社局") == r.agency(JS, "人力资源和社会保障局")
    assert hr.canonical == "人社局" and hr.name == "县人力资源和社会保障局"
    assert r.agency(JS, "县社会保险服务中心") != hr
    post = fitted("县人力资源和社会保障局副局长", kind="post").post(JS, "县人力资源和社会保障局副局长")
    assert post.title == "副局长" and post.agency is not None and post.agency.canonical == "人社局"


@pytest.mark.parametrize(
    ("texts", "county"),
    [
        (("稷山县人民政府办公室",), "稷山县"),
        (("平顺县人民政府公报2023年第4期",), "平顺县"),
        ((None, "运城市稷山县人民政府关于…的通知"), "稷山县"),
        (("中共稷山县委办公室",), "稷山县"),
        (("东林县人民政府",), "东林县"),
        (("河津市人民政府办公室",), "河津市"),
        (("关于印发稷山县农村自建房屋审批管理细则的通知", "稷山县人民政府办公室"), "稷山县"),
        (("县人民政府",), None),
    ],
)
def test_county_of(texts: tuple[str | None, ...], county: str | None) -> None:
    assert Resolver().county_of(*texts) == county


NAMES = [
    "县市场监管局",
    "县市场局",
    "县市场监督管理局",
    "市生态环境局稷山分局",
    "运城市生态环境局稷山分局",
    "县生态环境局",
    "县政府办",
    "县人民政府办公室",
    "县工业信息化和科技局（商务局、民营经济发展促进局）",
    "县工科局",
    "县商务局",
    "翟店镇",
    "翟店镇政府",
    "县交通运",
    "县交通运输局",
    "有关部门",
    "各乡（镇）人民政府",
    "人社",
    "县人社局",
]


def test_ids_are_deterministic_readable_and_safe() -> None:
    first = fitted(*NAMES)
    shuffled = NAMES[:]
    random.Random(7).shuffle(shuffled)
    second = fitted(*shuffled)
    assert {n: first.agency(JS, n) for n in NAMES} == {n: second.agency(JS, n) for n in NAMES}
    assert first.decisions() == second.decisions()
    for n in NAMES:
        assert re.fullmatch(r"agency:稷山县:[^\s:\"'“”]+", first.agency(JS, n).id)


def test_every_written_form_has_an_explained_decision() -> None:
    r = fitted(*NAMES)
    decisions = r.decisions()
    assert decisions == sorted(decisions, key=lambda d: (d.entity_id, d.written, d.rule))
    written = {d.written for d in decisions}
    assert {n for n in NAMES} <= written
    for d in decisions:
        assert d.rule and d.evidence and d.entity_id.startswith(("agency:", "post:", "person:", "taskforce:"))
    d = decision(r, "县生态环境局")
    assert d.entity_id == r.agency(JS, "市生态环境局稷山分局").id


def test_unregistered_lookup_registers_the_name() -> None:
    r = fitted("县市场监督管理局")
    assert r.agency(JS, "县市场局") == r.agency(JS, "县市场监督管理局")
    assert any(d.written == "县市场局" for d in r.decisions())


def test_report_lists_merged_agencies_per_county() -> None:
    r = fitted(*NAMES)
    text = resolution_report(r)
    assert "== 稷山县 ==" in text
    assert "agency:稷山县:市场监管局" in text and "县市场局" in text
    assert "kept apart: 商务局" in text


def test_rule_data_names_no_county() -> None:
    for name in ("agency_aliases.yml", "post_titles.yml"):
        text = (DATA / name).read_text(encoding="utf-8")
        for place in ("稷山", "平顺", "运城", "长治"):
            assert place not in _data_only(text), (name, place)


def _data_only(text: str) -> str:
    """The file without its comments (comments may cite examples)."""
    return "\n".join(line.split("#", 1)[0] for line in text.splitlines())


# --- the real corpus ---------------------------------------------------------------------------------


def register_facts(r: Resolver, facts: Iterable[Fact]) -> None:
    """What a caller does: every name a fact writes, in the county of the fact's document."""
    facts = list(facts)
    by_source: dict[str, str] = {}
    by_doc: dict[tuple[str, str | None], str] = {}
    for f in facts:
        if isinstance(f, DocumentFact):
            county = r.county_of(f.issuer, f.doc_title)
            if county:
                by_doc[(f.prov.source, f.doc_number)] = county
                by_source.setdefault(f.prov.source, county)
    for f in facts:
        county = by_doc.get((f.prov.source, f.doc_number)) or by_source[f.prov.source]
        if isinstance(f, DocumentFact) and f.issuer:
            r.add(county, "agency", f.issuer)
        elif isinstance(f, Membership):
            r.add(county, "taskforce", f.body)
            r.add(county, "person", f.person)
            for t in f.titles:
                r.add(county, "post", t)
        elif isinstance(f, Portfolio):
            r.add(county, "person", f.person)
            if r.is_unit(f.target):
                r.add(county, "agency", f.target + (f"（{'、'.join(f.aliases)}）" if f.aliases else ""))
        elif isinstance(f, Assignment):  # duties too
            for u in f.units:
                r.add(county, "agency", u)
            if f.leader:
                r.add(county, "person", f.leader)
        else:
            payload = f.payload()
            if "unit" in payload:
                r.add(county, "taskforce", payload["body"])
                r.add(county, "agency", payload["unit"])
            if "post" in payload:
                r.add(county, "person", payload["person"])
                r.add(county, "post", payload["post"])


@pytest.fixture(scope="module")
def corpus_resolver(corpus_dir: Path, extractor: Extractor) -> Resolver:
    r = Resolver()
    register_facts(r, extractor.run([corpus_dir], ExtractionReport()))
    r.fit()
    return r


@pytest.mark.corpus
def test_corpus_merges(corpus_resolver: Resolver) -> None:
    r = corpus_resolver
    assert r.counties() == [PS, JS]

    def same(*names: str, county: str = JS) -> None:
        found = {n: r.agency(county, n).id for n in names}
        assert len(set(found.values())) == 1, found

    same("县市场监管局", "县市场局", "县市场监督管理局")
    same("市生态环境局稷山分局", "市生态环境局稷山县分局", "运城市生态环境局稷山分局", "县生态环境局")
    same("县政府办", "政府办", "县人民政府办公室", "稷山县人民政府办公室")
    same("县工科局", "工科局", "县工业信息化和科技局（商务局、民营经济发展促进局）")
    same("翟店镇", "翟店镇人民政府", "翟店镇政府")
    same("县交通局", "县交通运输局", "交通局")
    same("县住建局", "住建局", "县住房和城乡建设管理局")
    same("人行稷山县支行", "人行稷山支行")
    # 001 writes 县卫生健康和体育局 and 县卫健局 for the one health-and-sports bureau (unique candidate, two cuts)
    same("县卫健局", "县卫生健康和体育局")
    same("县工信局", "县工科局")
    same("县政府办", "平顺县人民政府办公室", county=PS)
    assert r.post(JS, "政府副县长") == r.post(JS, "县政府副县长") == r.post(JS, "副县长")


@pytest.mark.corpus
def test_corpus_non_merges(corpus_resolver: Resolver) -> None:
    r = corpus_resolver

    def apart(a: str, b: str, county: str = JS) -> None:
        assert r.agency(county, a) != r.agency(county, b), (a, b)

    apart("县商务局", "县工科局")  # listed side by side in six unit lists
    apart("县教育局", "教育科技局")
    apart("县体育发展中心", "县卫健局")
    apart("县财政局", "县财政局经建股")
    apart("县人社局", "县社会保险服务中心")
    apart("县委宣传部", "县融媒体中心")
    apart("县气象局", "县气象灾害应急指挥部各成员单位")
    assert r.agency(JS, "县气象局").id != r.agency(PS, "县气象局").id


@pytest.mark.corpus
def test_corpus_entities_are_consistent(corpus_resolver: Resolver) -> None:
    r = corpus_resolver
    for county in r.counties():
        agencies = r.agencies(county)
        assert len({a.id for a in agencies}) == len(agencies)
        forms: dict[str, set[str]] = defaultdict(set)
        for d in r.decisions():
            if d.entity_id.startswith(f"agency:{county}:"):
                forms[d.entity_id].add(d.written)
        for a in agencies:
            assert a.id.startswith(f"agency:{county}:") and a.county == county
            if a.generic:  # a generic entity holds generic phrases only
                assert all(r.rules.is_generic(w) for w in forms[a.id]), (a.id, forms[a.id])
            else:
                assert not any(r.rules.is_generic(w) for w in forms[a.id]), (a.id, forms[a.id])
        assert all(isinstance(a, AgencyRef) for a in agencies)
    report = resolution_report(r)
    assert "== 稷山县 ==" in report and "== 平顺县 ==" in report
