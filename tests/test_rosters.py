"""Rosters of task forces, leading groups, commands and boards -> membership / unit_membership facts.

Each test feeds a short snippet in the shape gazettes print it (many taken from
the demo corpus) through the extraction pipeline with only the roster extractor.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph_build import people
from graph_build.evaluate import evaluate, load_gold
from graph_build.extractors import roster_lexicon, rosters
from graph_build.layout import compact
from graph_build.nlp import Pipeline
from graph_build.pipeline import Extractor
from graph_build.records import Fact, Membership, UnitMembership


@pytest.fixture(scope="module")
def roster_extractor() -> Extractor:
    return Extractor(extractors=(rosters,))


def facts(ex: Extractor, text: str) -> list[Fact]:
    return ex.facts_from_text(text)


def members(ex: Extractor, text: str) -> list[tuple[str, str, str]]:
    """(person, role, body) of the membership facts."""
    return [(f.person, f.role, f.body) for f in facts(ex, text) if isinstance(f, Membership)]


def units(ex: Extractor, text: str) -> list[tuple[str, str, str]]:
    """(unit, role, body) of the unit_membership facts."""
    return [(f.unit, f.role, f.body) for f in facts(ex, text) if isinstance(f, UnitMembership)]


def by_person(ex: Extractor, text: str) -> dict[str, Membership]:
    return {f.person: f for f in facts(ex, text) if isinstance(f, Membership)}


TASK_FORCE = """附件 1:

稷山县“一泓清水入黄河”工作专班
人员组成

稷山县“一泓清水入黄河”工作专班机构

组长：王润 县委副书记、政府县长

副组长：南选智 县委常委、政府副县长

翟廷伟 县政府副县长

成员：付红安 县政协副主席、住建局局长

乔木 县政府办副主任

工作专班下设办公室，办公室设在县生态环境局，办公室主任由县政府办副主任、县生态环境局局长担任。

工作专班办公室成员：县发改局、县财政局、县畜牧兽医发展中心等单位负责人，各乡镇人民政府及经开区管委会相关部门负责人。

综合保障组

组长：原昌义 县生态环境局党组成员、二级主任科员

副组长：宁创杰 县财政局党组成员、副局长

成员：左欣婷 县财政局经建股股长

主要职责：具体负责对接市专班和各成员单位。
"""


def test_labelled_lines_give_role_body_and_titles_split_on_dun(roster_extractor: Extractor) -> None:
    got = by_person(roster_extractor, TASK_FORCE)
    wang = got["王润"]
    assert wang.role == "组长"
    assert wang.body == "稷山县“一泓清水入黄河”工作专班"
    assert wang.titles == ("县委副书记", "政府县长")
    assert got["南选智"].role == "副组长"


def test_unlabelled_continuation_line_inherits_the_role_above(roster_extractor: Extractor) -> None:
    got = by_person(roster_extractor, TASK_FORCE)
    assert got["翟廷伟"].role == "副组长"
    assert got["乔木"].role == "成员"
    assert got["乔木"].titles == ("县政府办副主任",)


def test_sub_group_heading_gives_body_slash_group(roster_extractor: Extractor) -> None:
    got = by_person(roster_extractor, TASK_FORCE)
    assert (got["原昌义"].role, got["原昌义"].body) == ("组长", "稷山县“一泓清水入黄河”工作专班/综合保障组")
    assert got["宁创杰"].role == "副组长"
    assert got["左欣婷"].body.endswith("/综合保障组")
    assert "主要职责" not in {f.body for f in facts(roster_extractor, TASK_FORCE)}


def test_office_director_and_office_members(roster_extractor: Extractor) -> None:
    got = units(roster_extractor, TASK_FORCE)
    body = "稷山县“一泓清水入黄河”工作专班"
    assert ("县政府办", "办公室主任", body) in got
    assert ("县生态环境局", "办公室主任", body) in got
    office = {u for u, role, b in got if b == body + "/办公室" and role == "成员"}
    assert office == {"县发改局", "县财政局", "县畜牧兽医发展中心", "各乡镇人民政府", "经开区管委会相关部门"}


def test_prose_roster_with_person_and_units(roster_extractor: Extractor) -> None:
    text = (
        "为确保政策落地见效，成立县就业工作领导小组，组长由县委常委、政府副县长南选智同志担任，"
        "副组长由政府办副主任、县人社局、县发改局主要负责人担任，成员为各乡镇、县委组织部、县工科局分管副职。"
        "县就业工作领导小组下设办公室，办公室设在县人社局，办公室主任由县就业服务中心主任李昕心担任。\n"
    )
    got = by_person(roster_extractor, text)
    assert got["南选智"].role == "组长"
    assert got["南选智"].titles == ("县委常委", "政府副县长")
    assert got["南选智"].body == "县就业工作领导小组"
    assert got["李昕心"].role == "办公室主任"
    assert set(units(roster_extractor, text)) == {
        ("政府办", "副组长", "县就业工作领导小组"),
        ("县人社局", "副组长", "县就业工作领导小组"),
        ("县发改局", "副组长", "县就业工作领导小组"),
        ("各乡镇", "成员", "县就业工作领导小组"),
        ("县委组织部", "成员", "县就业工作领导小组"),
        ("县工科局", "成员", "县就业工作领导小组"),
    }


def test_prose_chain_with_name_before_post(roster_extractor: Extractor) -> None:
    text = (
        "（一）强化组织领导。成立稷山县环境整治工作指挥部，由王润县长任总指挥，南选智副县长任副总指挥，"
        "县直相关单位主要负责人为成员。指挥部下设办公室，办公室主任由县政府办主任科员崔红斌兼任，"
        "副主任由县生态环境局党组书记、局长王文奇兼任。\n"
    )
    got = by_person(roster_extractor, text)
    assert (got["王润"].role, got["王润"].titles) == ("总指挥", ("县长",))
    assert got["南选智"].role == "副总指挥"
    assert got["崔红斌"].role == "办公室主任"
    assert (got["王文奇"].role, got["王文奇"].titles) == ("办公室副主任", ("县生态环境局党组书记", "局长"))
    assert units(roster_extractor, text) == [("县直相关单位", "成员", "稷山县环境整治工作指挥部")]


def test_prose_founding_a_body_of_units(roster_extractor: Extractor) -> None:
    text = (
        "(一) 强化组织领导。成立由分管农业副县长为组长, 财政局、农经中心、农机中心等职能部门负责人"
        "和各乡(镇)长为成员的项目实施领导小组。\n"
    )
    assert members(roster_extractor, text) == []
    assert units(roster_extractor, text) == [
        ("财政局", "成员", "项目实施领导小组"),
        ("农经中心", "成员", "项目实施领导小组"),
        ("农机中心", "成员", "项目实施领导小组"),
        ("各乡(镇)", "成员", "项目实施领导小组"),
    ]


def test_fields_of_work_named_as_departments_are_units_not_people(roster_extractor: Extractor) -> None:
    text = "成立由政府分管县长牵头，由公安、市场监管、应急、消防救援、文旅等多部门组成的县级文物安全联席会议。\n"
    assert members(roster_extractor, text) == []
    assert [u for u, _, _ in units(roster_extractor, text)] == ["公安", "市场监管", "应急", "消防救援", "文旅"]


COMMAND = """2.1 县抗震救灾指挥部

指挥长：县委常委、副县长。

副指挥长：县政府办分管副主任、县应急管理局、县气象局、武警稷山中队等单位主要负责人。

成员单位：县委宣传部、县人武部、运城市生态环境局稷山分局、事发地乡（镇）人民政府及相关单位。根据震情灾情实际情况，指挥长可抽调相关县直单位分管负责人为成员。

2.2.1 综合协调组

组长：县应急管理局主要负责人。

2.2.2 军队工作组

组长：县人武部副部长。

成员单位：县人武部、武警稷山中队。
"""


def test_units_named_through_their_heads(roster_extractor: Extractor) -> None:
    got = units(roster_extractor, COMMAND)
    deputies = [u for u, role, _ in got if role == "副指挥长"]
    assert deputies == ["县政府办", "县应急管理局", "县气象局", "武警稷山中队"]
    assert ("县应急管理局", "组长", "县抗震救灾指挥部/综合协调组") in got
    assert ("县人武部", "组长", "县抗震救灾指挥部/军队工作组") in got


def test_member_unit_list(roster_extractor: Extractor) -> None:
    got = [u for u, role, body in units(roster_extractor, COMMAND) if role == "成员单位" and body == "县抗震救灾指挥部"]
    assert got == ["县委宣传部", "县人武部", "运城市生态环境局稷山分局", "事发地乡（镇）人民政府", "相关单位"]
    # the sentence after the list (``…分管负责人为成员``) names no roster member
    assert "相关县直单位" not in {u for u, _, _ in units(roster_extractor, COMMAND)}


def test_post_only_slots_are_not_recorded(roster_extractor: Extractor) -> None:
    assert members(roster_extractor, COMMAND) == []
    text = (
        "成立稷山县城镇燃气安全专项整治工作专班，组长由分管城镇燃气工作的副县长担任，副组长由县相关领导担任。\n\n"
        "县政府成立工程实施工作专班，县长任组长，分管水利的副县长任副组长。\n\n"
        "组  长:分管发展改革工作副县长\n"
    )
    assert facts(roster_extractor, text) == []


EDITORIAL = """稷山县人民政府公报

2022 年第 4 期（总第 8 期）

稷山县人民政府公报编辑委员会

主任：曹广杰

副主任：薛高斌 杨通通 兰亚露

成员：梁煜 薛旭通 姚丽霞

稷山县人民政府办公室
关于印发某某办法的通知
稷政办发〔2022〕49 号

各乡镇人民政府：
"""


def test_editorial_board_in_front_matter(roster_extractor: Extractor) -> None:
    got = [f for f in facts(roster_extractor, EDITORIAL) if isinstance(f, Membership)]
    assert [(f.person, f.role) for f in got] == [
        ("曹广杰", "主任"),
        ("薛高斌", "副主任"),
        ("杨通通", "副主任"),
        ("兰亚露", "副主任"),
        ("梁煜", "成员"),
        ("薛旭通", "成员"),
        ("姚丽霞", "成员"),
    ]
    assert {f.body for f in got} == {"稷山县人民政府公报编辑委员会"}
    assert {f.doc_number for f in got} == {None}
    assert {f.doc_title for f in got} == {"稷山县人民政府公报2022年第4期（总第8期）"}


def test_editorial_board_without_colons_and_names_split_by_a_space(roster_extractor: Extractor) -> None:
    text = """某县人民政府公报

编辑委员会

主任 刘林松

委员 张文晓 王 林

段彦飞 张宏波

副主编 陈冲 张永庆

杨 慧 岳晓青

编 辑 王丽媛 程 蕙
"""
    assert members(roster_extractor, text) == [
        ("刘林松", "主任", "编辑委员会"),
        ("张文晓", "委员", "编辑委员会"),
        ("王林", "委员", "编辑委员会"),
        ("段彦飞", "委员", "编辑委员会"),
        ("张宏波", "委员", "编辑委员会"),
        ("陈冲", "副主编", "编辑委员会"),
        ("张永庆", "副主编", "编辑委员会"),
        ("杨慧", "副主编", "编辑委员会"),
        ("岳晓青", "副主编", "编辑委员会"),
        ("王丽媛", "编辑", "编辑委员会"),
        ("程蕙", "编辑", "编辑委员会"),
    ]


def test_space_split_name_before_its_titles(roster_extractor: Extractor) -> None:
    text = (
        "稷山县文物工作领导小组成员名单\n\n组 长：王 润 稷山县委副书记、县长\n副 组 长：张寒梅 稷山县委常委、宣传部长\n"
    )
    got = by_person(roster_extractor, text)
    assert (got["王润"].role, got["王润"].titles) == ("组长", ("稷山县委副书记", "县长"))
    assert got["张寒梅"].role == "副组长"
    assert got["王润"].body == "稷山县文物工作领导小组"


def test_title_wrapped_onto_the_next_line(roster_extractor: Extractor) -> None:
    text = (
        "稷山县入企服务工作领导小组组成\n人员名单\n\n"
        "副 组 长：郝 冰 县政府党组成员、稷山\n\n经开区管委会主任\n\n"
        "秦 浩 县政府副县长、公安局\n\n局长\n\n"
        "翟廷伟 县政府副县长\n"
    )
    got = by_person(roster_extractor, text)
    assert set(got) == {"郝冰", "秦浩", "翟廷伟"}
    assert got["郝冰"].titles == ("县政府党组成员", "稷山经开区管委会主任")
    assert got["秦浩"].titles == ("县政府副县长", "公安局局长")
    assert {f.role for f in got.values()} == {"副组长"}
    assert got["秦浩"].body == "稷山县入企服务工作领导小组"


def test_post_in_brackets_after_the_name(roster_extractor: Extractor) -> None:
    text = "某县防汛抗旱指挥部\n\n指挥长：王润（县委副书记、县长）\n\n副指挥长：李强(副县长)、赵刚（副县长）\n"
    got = by_person(roster_extractor, text)
    assert (got["王润"].role, got["王润"].titles) == ("指挥长", ("县委副书记", "县长"))
    assert (got["李强"].role, got["李强"].titles) == ("副指挥长", ("副县长",))
    assert got["赵刚"].role == "副指挥长"


def test_several_roles_on_one_line(roster_extractor: Extractor) -> None:
    text = "某县河长制工作领导小组\n\n总河长：张三 县委书记 副总河长：李四 县长\n\n召集人：王五；副召集人：赵六\n"
    assert members(roster_extractor, text) == [
        ("张三", "总河长", "某县河长制工作领导小组"),
        ("李四", "副总河长", "某县河长制工作领导小组"),
        ("王五", "召集人", "某县河长制工作领导小组"),
        ("赵六", "副召集人", "某县河长制工作领导小组"),
    ]


def test_half_width_punctuation(roster_extractor: Extractor) -> None:
    text = (
        "某县服务业发展领导小组\n\n组长:王润,县长\n\n成员:县委组织部,县公安局分管负责人,各乡(镇)人民政府主要负责人.\n"
    )
    assert members(roster_extractor, text) == [("王润", "组长", "某县服务业发展领导小组")]
    assert [u for u, _, _ in units(roster_extractor, text)] == ["县委组织部", "县公安局", "各乡(镇)人民政府"]


def test_traditional_characters_are_output_as_written(roster_extractor: Extractor) -> None:
    text = "某縣文物工作領導小組成員名單\n\n組  長：王 潤 縣委副書記、縣長\n成  員：趙啟勇 縣文化和旅遊局局長\n"
    got = by_person(roster_extractor, text)
    assert set(got) == {"王潤", "趙啟勇"}
    assert got["王潤"].role == "組長"
    assert got["王潤"].titles == ("縣委副書記", "縣長")
    assert got["趙啟勇"].role == "成員"
    assert got["王潤"].body == "某縣文物工作領導小組"


def test_excerpt_that_starts_inside_a_list(roster_extractor: Extractor) -> None:
    text = (
        "李文峰 县农业农村局局长\n\n李红武 县生态环境局局长\n\n赵  鹏 县水利局局长\n\n"
        "领导小组下设办公室，办公室设在县发改局，办公室主任由县发改局局长邢民选兼任。\n"
    )
    assert members(roster_extractor, text) == [
        ("李文峰", "成员", "领导小组"),
        ("李红武", "成员", "领导小组"),
        ("赵鹏", "成员", "领导小组"),
        ("邢民选", "办公室主任", "领导小组"),
    ]


def test_unit_line_under_a_person_roster(roster_extractor: Extractor) -> None:
    text = (
        "某县2022年农业生产托管试点项目\n工作领导小组\n\n"
        "成 员: 裴继汤 县财政局副局长\n\n杨义杰 县农经中心副主任\n\n全县 7 个乡(镇)的乡(镇)长\n\n"
        "领导小组下设办公室, 办公室设在县农经中心, 负责日常工作, 办公室主任由吴启选兼任。\n"
    )
    assert units(roster_extractor, text) == [("全县7个乡(镇)", "成员", "某县2022年农业生产托管试点项目工作领导小组")]
    assert ("吴启选", "办公室主任", "某县2022年农业生产托管试点项目工作领导小组") in members(roster_extractor, text)


def test_evidence_holds_the_name_and_the_line_is_the_row(roster_extractor: Extractor) -> None:
    got = [f for f in facts(roster_extractor, TASK_FORCE) if isinstance(f, Membership)]
    assert got
    for f in got:
        assert f.person in compact(f.prov.evidence)
        assert f.prov.extractor == "rosters"
    wang = next(f for f in got if f.person == "王润")
    assert wang.prov.line == TASK_FORCE.split("\n").index("组长：王润 县委副书记、政府县长") + 1


# -- the lexicon -------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "unit"),
    [
        ("县应急管理局主要负责人", "县应急管理局"),
        ("县人武部副部长", "县人武部"),
        ("县委宣传部分管负责人", "县委宣传部"),
        ("县政府办协助工作的副主任", "县政府办"),
        ("运城市生态环境局稷山分局局长", "运城市生态环境局稷山分局"),
        ("县消防救援大队等单位主要负责人", "县消防救援大队"),
        ("各乡（镇）长", "各乡（镇）"),
        ("县农业农村局科级干部", "县农业农村局"),
        ("分管发展改革工作副县长", None),
        ("县委常委", None),
        ("县政府分管副主任", None),
        ("县相关领导", None),
    ],
)
def test_unit_of_a_list_item(item: str, unit: str | None) -> None:
    agencies = Pipeline().agencies
    got = roster_lexicon.unit_of(item, 0, len(item), agencies)
    assert (item[got.span[0] : got.span[1]] if got else None) == unit


@pytest.mark.parametrize(
    ("slot", "expected"),
    [
        ("县委常委、政府副县长南选智同志", [("南选智", ["县委常委", "政府副县长"])]),
        ("王润县长", [("王润", ["县长"])]),
        ("县发改局局长邢民选", [("邢民选", ["县发改局局长"])]),
        ("县政府办副主任、县生态环境局局长", []),
        ("公安、市场监管、文旅", []),
    ],
)
def test_people_in_a_prose_slot(slot: str, expected: list[tuple[str, list[str]]]) -> None:
    got = people.people_in_slot(slot, 0, len(slot))
    assert [(slot[p.name[0] : p.name[1]], [slot[a:b] for a, b in p.titles]) for p in got] == expected


def test_names_need_two_or_three_characters_and_no_post_words() -> None:
    assert people.is_name("王润")
    assert people.is_name("欧阳明华")
    assert not people.is_name("县长")
    assert not people.is_name("全县")
    assert not people.is_name("公安")
    assert not people.is_name("王润县长")


# -- the demo corpus ---------------------------------------------------------


@pytest.mark.corpus
def test_demo_corpus_scores(roster_extractor: Extractor, corpus_dir: Path, gold_dir: Path) -> None:
    gold = load_gold(gold_dir)
    sources = {r["source"] for r in gold}
    pred = []
    for path in sorted(corpus_dir.glob("*.txt")):
        if path.name in sources:
            pred += [f.to_json() for f in roster_extractor.facts_from_text(path.read_text("utf-8"), path.name)]
    ev = evaluate(gold, pred)
    assert ev.scores["membership"].f1 >= 0.95
    assert ev.scores["unit_membership"].f1 >= 0.90
