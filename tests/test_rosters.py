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


def test_units_that_take_part_in_the_body_a_report_says_was_founded(roster_extractor: Extractor) -> None:
    text = "该镇成立了镇党委书记挂帅,镇党政办、水利站、城建所等部门共同参与的防汛应急指挥部,并由党政办牵头拟定方案。\n"
    body = "防汛应急指挥部"
    assert units(roster_extractor, text) == [
        ("镇党政办", "成员", body), ("水利站", "成员", body), ("城建所", "成员", body)]


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


# -- layouts from other places -------------------------------------------------
# Short snippets in the shapes county and city texts elsewhere print rosters in
# (names and places invented).


def test_labels_on_their_own_lines_with_posts_in_brackets(roster_extractor: Extractor) -> None:
    text = (
        "市政府决定成立某市创建卫生城市工作领导小组。该领导小组由如下人员组成:\n"
        "组 长:\n刘德宁(市委常委、常务副市长)\n"
        "副组长:\n梁文东(市政府副秘书长)\n孟少华(市建设局局长)\n"
        "成 员:\n唐立明(市财政局副局长)\n谢国强(市林业局副局长)\n"
    )
    got = members(roster_extractor, text)
    body = "某市创建卫生城市工作领导小组"
    assert got == [
        ("刘德宁", "组长", body),
        ("梁文东", "副组长", body),
        ("孟少华", "副组长", body),
        ("唐立明", "成员", body),
        ("谢国强", "成员", body),
    ]
    assert by_person(roster_extractor, text)["孟少华"].titles == ("市建设局局长",)


def test_labels_without_colon_and_padded_letters(roster_extractor: Extractor) -> None:
    text = (
        "一、联席会议组成人员\n"
        "总召集人 杨红英 市政府副市长\n"
        "召 集 人 崔明康 市政府办副主任\n"
        "梁 英 市妇联主席\n"
        "成 员 刘庆丰 市教育局副局长\n"
        "赵 炎 市财政局副局长\n"
    )
    assert [(p, r) for p, r, _ in members(roster_extractor, text)] == [
        ("杨红英", "总召集人"),
        ("崔明康", "召集人"),
        ("梁英", "召集人"),
        ("刘庆丰", "成员"),
        ("赵炎", "成员"),
    ]


def test_a_role_held_concurrently_in_brackets(roster_extractor: Extractor) -> None:
    text = "某省人口普查领导小组组成人员名单\n副组长:\n郝建理 省统计局局长(兼领导小组办公室主任)\n"
    got = [(f.person, f.role, f.titles) for f in facts(roster_extractor, text) if isinstance(f, Membership)]
    assert got == [("郝建理", "副组长", ("省统计局局长",)), ("郝建理", "办公室主任", ("省统计局局长",))]


def test_prose_roster_with_ren_and_posts_before_names(roster_extractor: Extractor) -> None:
    text = (
        "近日，市政府发文，成立某市人口抽样调查领导小组。\n"
        "领导小组由市委常委、常务副市长田德福任组长，市统计局局长邓章焕、市公安局副局长刘民文任副组长；"
        "市发改委总经济师贺明雄、市统计局总统计师陶孜慧任成员。\n"
        "领导小组办公室设市统计局，市统计局总统计师陶孜慧任办公室主任。\n"
    )
    got = by_person(roster_extractor, text)
    assert (got["田德福"].role, got["田德福"].titles) == ("组长", ("市委常委", "常务副市长"))
    assert {p for p, r, _ in members(roster_extractor, text) if r == "副组长"} == {"邓章焕", "刘民文"}
    assert {p for p, r, _ in members(roster_extractor, text) if r == "成员"} == {"贺明雄", "陶孜慧"}
    assert ("陶孜慧", "办公室主任", "某市人口抽样调查领导小组") in members(roster_extractor, text)
    assert got["贺明雄"].titles == ("市发改委总经济师",)


def test_two_people_joined_by_he_and_the_body_closing_a_chain(roster_extractor: Extractor) -> None:
    text = (
        "某县同意成立由县委书记赵大宇同志任顾问，县长刘晖同志任组长的某县环境督察工作领导小组，"
        "领导小组下设办公室，由县政府副县长李珍同志兼任办公室主任，"
        "县政府办副主任曹鹏飞和县环保局局长何军雄任副主任。\n"
    )
    body = "某县环境督察工作领导小组"
    assert members(roster_extractor, text) == [
        ("赵大宇", "顾问", body),
        ("刘晖", "组长", body),
        ("李珍", "办公室主任", body),
        ("曹鹏飞", "办公室副主任", body),
        ("何军雄", "办公室副主任", body),
    ]
    assert by_person(roster_extractor, text)["曹鹏飞"].titles == ("县政府办副主任",)


def test_units_through_their_heads_after_a_post_only_slot(roster_extractor: Extractor) -> None:
    text = (
        "经市政府研究，决定成立某市高铁建设领导小组。领导小组成员名单如下:\n"
        "组 长:李卫东\n副组长:裘耀东、赵梅树\n"
        "市政府分管副秘书长，市委宣传部、市公安局、电信某市分公司和甲区政府、乙县政府主要领导为领导小组成员。\n"
    )
    got = [u for u, _, _ in units(roster_extractor, text)]
    assert got == ["市委宣传部", "市公安局", "电信某市分公司", "甲区政府", "乙县政府"]
    assert {r for _, r, _ in units(roster_extractor, text)} == {"成员"}
    assert [p for p, _, _ in members(roster_extractor, text)] == ["李卫东", "裘耀东", "赵梅树"]


def test_a_list_summary_is_not_a_unit(roster_extractor: Extractor) -> None:
    text = (
        "通知成立以县委书记杨松任组长，县委副书记、县长马凤康任第一副组长的某县河长制工作领导小组，"
        "县委督查室、组织部、发改局、环保局等共计28家部门单位主要负责同志为成员。\n"
        "领导小组——以县委分管领导为组长，县政府分管领导为副组长，县委宣传部、县民政局副局长、"
        "县城乡建设局等36个县委、县政府部门和县直单位的39名副科级以上领导为成员。\n"
    )
    got = [u for u, _, _ in units(roster_extractor, text)]
    assert got == ["县委督查室", "组织部", "发改局", "环保局", "县委宣传部", "县民政局", "县城乡建设局"]
    assert ("马凤康", "第一副组长") in [(p, r) for p, r, _ in members(roster_extractor, text)]


def test_a_body_composed_of_units_and_its_convener_through_a_head(roster_extractor: Extractor) -> None:
    text = (
        "二、聯席會議組成單位\n"
        "縣煙花爆竹安全監管聯席會議(以下簡稱聯席會議)由縣安全生產委員會辦公室、縣公安局、縣供銷社"
        "共3個部門和單位組成。\n"
        "縣安全生產委員會辦公室主要負責人擔任聯席會議召集人，各成員單位有關負責同志為聯席會議成員(名單附後)。\n"
    )
    got = units(roster_extractor, text)
    body = "縣煙花爆竹安全監管聯席會議"
    assert [(u, r) for u, r, b in got if b == body] == [
        ("縣安全生產委員會辦公室", "成员单位"),
        ("縣公安局", "成员单位"),
        ("縣供銷社", "成员单位"),
        ("縣安全生產委員會辦公室", "召集人"),
        ("各成員單位", "成員"),
    ]


def test_short_sector_names_and_collective_units(roster_extractor: Extractor) -> None:
    text = (
        "某县水土保持委员会由县长任主任，四位副县长任副主任，政务中心、水务、发改、电力等部门和全部12个乡镇、"
        "3个园区为成员单位。\n"
    )
    assert members(roster_extractor, text) == []
    got = [u for u, _, _ in units(roster_extractor, text)]
    assert got == ["政务中心", "水务", "发改", "电力", "全部12个乡镇", "3个园区"]


def test_office_director_through_the_host_unit_or_a_unit_head(roster_extractor: Extractor) -> None:
    text = (
        "决定成立全县民族工作领导小组。领导小组下设办公室，办公室设在县民族宗教事务局，"
        "由局长兼任办公室主任，副局长兼任办公室副主任。\n"
        "某县对台工作领导小组下设办公室，县台办主任兼办公室主任。\n"
    )
    got = {(u, r) for u, r, _ in units(roster_extractor, text)}
    assert got == {("县民族宗教事务局", "办公室主任"), ("县民族宗教事务局", "办公室副主任"), ("县台办", "办公室主任")}


def test_traditional_unit_list_with_stray_spaces_and_a_final_he(roster_extractor: Extractor) -> None:
    text = (
        "中共某縣縣委調整充實了對臺灣工作領導小組。\n"
        "某縣委對臺灣工作領導小組由縣委書記任組長，分管對臺工作的副書記、副縣長任副組長。"
        "另外縣委辦公室、縣委組織部、 縣經貿局、團縣委和縣臺辦5個相關職能部門的分管副職任小組成員。\n"
    )
    assert members(roster_extractor, text) == []
    got = units(roster_extractor, text)
    assert [u for u, _, _ in got] == ["縣委辦公室", "縣委組織部", "縣經貿局", "團縣委", "縣臺辦"]
    assert {b for _, _, b in got} == {"某縣委對臺灣工作領導小組"}


def test_office_members_named_through_member_units(roster_extractor: Extractor) -> None:
    text = (
        "决定成立某区办公用房管理工作领导小组。\n"
        "领导小组办公室设在区机关事务管理中心。区机关事务管理中心主任方友国兼任办公室主任，"
        "领导小组成员单位有关负责同志担任办公室成员。\n"
    )
    body = "某区办公用房管理工作领导小组"
    assert members(roster_extractor, text) == [("方友国", "办公室主任", body)]
    assert units(roster_extractor, text) == [("领导小组成员单位", "成员", body + "/办公室")]


def test_prose_roster_with_the_body_as_the_subject(roster_extractor: Extractor) -> None:
    text = (
        "县招商引资工作领导小组组长由县委副书记、县长赵立六担任，副组长由副县长钱启七担任，"
        "成员由县发改局、县商务局和县自然资源局主要负责人组成。\n"
    )
    body = "县招商引资工作领导小组"
    assert members(roster_extractor, text) == [("赵立六", "组长", body), ("钱启七", "副组长", body)]
    assert units(roster_extractor, text) == [
        ("县发改局", "成员", body),
        ("县商务局", "成员", body),
        ("县自然资源局", "成员", body),
    ]


def test_one_line_roster_separated_by_semicolons(roster_extractor: Extractor) -> None:
    text = (
        "某县乡村振兴工作领导小组\n"
        "组长：张一明（县长）；副组长：李二强（副县长）、王三丰（副县长）；成员：赵四海（县发改局局长）。\n"
    )
    assert [(p, r) for p, r, _ in members(roster_extractor, text)] == [
        ("张一明", "组长"),
        ("李二强", "副组长"),
        ("王三丰", "副组长"),
        ("赵四海", "成员"),
    ]


def test_posts_before_names_separated_by_commas_and_a_new_heading(roster_extractor: Extractor) -> None:
    text = (
        "某县创卫工作领导小组\n组长：张一明（县长）。\n"
        "某县森林防火指挥部成员名单\n指挥长：县长 孙六合\n"
        "成员：县发改局局长 周七星，县财政局局长 吴八方\n"
    )
    got = by_person(roster_extractor, text)
    assert got["孙六合"].body == "某县森林防火指挥部"
    assert (got["周七星"].role, got["周七星"].titles) == ("成员", ("县发改局局长",))
    assert (got["吴八方"].role, got["吴八方"].titles) == ("成员", ("县财政局局长",))


def test_cells_of_a_flattened_table(roster_extractor: Extractor) -> None:
    text = (
        "某县河湖长制工作领导小组\n职务 | 姓名 | 单位及职务 |\n"
        "组长 | 韩六顺 | 县委副书记、县长 |\n副组长 | 杨七巧 | 副县长 |\n"
    )
    got = by_person(roster_extractor, text)
    assert (got["韩六顺"].role, got["韩六顺"].titles) == ("组长", ("县委副书记", "县长"))
    assert got["杨七巧"].role == "副组长"
    assert len(got) == 2


def test_a_label_naming_its_body_and_a_founding_chain_in_news(roster_extractor: Extractor) -> None:
    text = (
        "该县成立了以县委书记蒋四方为组长、县长沈五湖为第一副组长的县乡村振兴战略领导小组。\n"
        "县城市管理委员会成员单位：县城管局、县公安局、\n县市场监管局等。\n"
    )
    body = "县乡村振兴战略领导小组"
    assert members(roster_extractor, text) == [("蒋四方", "组长", body), ("沈五湖", "第一副组长", body)]
    assert by_person(roster_extractor, text)["蒋四方"].titles == ("县委书记",)
    assert units(roster_extractor, text) == [
        ("县城管局", "成员单位", "县城市管理委员会"),
        ("县公安局", "成员单位", "县城市管理委员会"),
        ("县市场监管局", "成员单位", "县城市管理委员会"),
    ]


def test_comrade_before_a_bracket_and_ideographic_spaces(roster_extractor: Extractor) -> None:
    text = "某县教育督导委员会\n主　任：张三同志（县长）\n委　员：王五　县教育局局长；赵六　县财政局局长\n"
    assert [(f.person, f.role, f.titles) for f in facts(roster_extractor, text) if isinstance(f, Membership)] == [
        ("张三", "主任", ("县长",)),
        ("王五", "委员", ("县教育局局长",)),
        ("赵六", "委员", ("县财政局局长",)),
    ]


def test_units_set_apart_by_spaces(roster_extractor: Extractor) -> None:
    text = "某县河长制工作领导小组\n组长：张三\n成员：县发改局 县财政局 县教育局\n"
    assert [u for u, _, _ in units(roster_extractor, text)] == ["县发改局", "县财政局", "县教育局"]


# -- negative cases: what is not a roster ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # personnel decisions and elections told in news prose
        "某县成立安全生产委员会。会议任命王福明为县人大常委会内务司法工作委员会主任，吴军旭为副主任。\n",
        "成立某县防汛指挥部。会议选举郑一鸣为县政协主席。\n",
        # a task's lead unit, not a roster role
        "成立某县招商工作专班。经研究，明确县发改局为牵头单位，县财政局为配合单位。\n",
        # slots that name only a post
        "成立某县文物安全领导小组，县长任组长，分管副县长任副组长。\n",
        "成立某项目工作专班，专班组长由项目分管副县长担任。\n",
        # a leaders' page: names and posts in rows, with no body anywhere
        "张三 县委副书记、县长\n李四 县委常委、常务副县长\n王五 副县长\n负责县政府常务工作。分管县财政局、县审计局。\n",
        # a title quoted in 《》 founds no body of its own
        "根据《关于成立某县河长制领导小组的通知》精神，各乡镇要抓好落实。\n",
    ],
)
def test_not_a_roster(roster_extractor: Extractor, text: str) -> None:
    assert facts(roster_extractor, text) == []


def test_experts_of_fields_are_not_member_units(roster_extractor: Extractor) -> None:
    text = "某县气象灾害应急指挥部\n专家咨询组\n成员单位:气象、水利、农业、林业等方面专家\n"
    assert units(roster_extractor, text) == []


# -- the person-name reader ------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("翟立伟副县长", (0, 3, 3, 6)),
        ("县发改局局长邢民选", (6, 9, 0, 6)),
        ("市统计局总统计师陶孜慧", (8, 11, 0, 8)),
        ("项目分管副县长", None),
        ("分管副县长", None),
        ("王润", (0, 2, 2, 2)),
        # a unit first, then the name, then the post held there
        ("县应急局王五局长", (4, 6, 6, 8)),
        ("县教育局张三副局长", (4, 6, 6, 9)),
        ("县政府办公室主任", None),
        ("县应急局副局长", None),
        ("贺州市某区生态环境局局长", None),  # a city's unit through its head, no name
    ],
)
def test_split_name_post(written: str, expected: tuple[int, int, int, int] | None) -> None:
    assert people.split_name_post(written) == expected


def test_people_joined_by_he_in_a_slot() -> None:
    slot = "县政府办副主任曹鹏飞和县环保局局长何军雄"
    got = people.people_in_slot(slot, 0, len(slot))
    assert [(slot[slice(*p.name)], [slot[a:b] for a, b in p.titles]) for p in got] == [
        ("曹鹏飞", ["县政府办副主任"]),
        ("何军雄", ["县环保局局长"]),
    ]
    unit = "县人力资源和社会保障局局长张立"
    assert [unit[slice(*p.name)] for p in people.people_in_slot(unit, 0, len(unit))] == ["张立"]


def test_names_already_in_facts() -> None:
    assert people.clean_person("王 润同志") == "王润"
    assert people.looks_like_person("王润")
    assert not people.looks_like_person("县发改局")
    assert not people.is_name("项目")


# -- rows as OCR writes them: spaces lost ------------------------------------

OCR_ROSTER = """县人民政府办公室关于建立县留守儿童工作联席会议制度的通知
一、联席会议组成人员
总召集人 张建国 县政府副县长
召集 人 李文华 县政府办副主任
成员王宇珂 县教育局副局长
赵光明 县公安局副局长
孙丽区民政局副局长
周凯县长
"""


def test_a_role_glued_to_the_first_name_still_labels_the_list(roster_extractor: Extractor) -> None:
    got = {(p, r) for p, r, _body in members(roster_extractor, OCR_ROSTER)}
    assert ("王宇珂", "成员") in got and ("赵光明", "成员") in got
    assert ("李文华", "召集人") in got and not any(p == "赵光明" and r == "召集人" for p, r in got)


def test_a_name_glued_to_its_post_is_split() -> None:
    for row, name in (("孙丽区民政局副局长", "孙丽"), ("周凯县长", "周凯"), ("刘然晨区财政局副局长", "刘然晨")):
        got = roster_lexicon.parse_people(row, 0, len(row))
        assert got and row[slice(*got[0].name)] == name, row


@pytest.mark.parametrize(
    "line",
    [
        "成员如有变动 报经总召集人同意",  # prose that starts with a role: no name after it
        "组长王凯",  # no post after the name
    ],
)
def test_a_glued_role_needs_a_whole_name_and_a_post(line: str) -> None:
    assert rosters.bare_label(line) is None


def test_a_bare_unit_role_takes_units_not_a_name() -> None:
    # ``成员单位 县教育局`` is the label of units, not 成员 glued to a name ``单位``.
    label = rosters.bare_label("成员单位 县教育局")
    assert label is not None and (label.role, label.unit_only) == ("成员单位", True)
    assert rosters.bare_label("成员单位 王凯") is None


WRAPPED_UNITS = """县通信保障应急预案
一、组织机构
县应急通信保障指挥部(以下简称县指挥部)的组成:
指挥长:县政府分管副县长
成员单位:县委宣传部、县发改局、县公安局、县财政局、县自然资源局、县交通局、县水利局、
县卫健局、县应急局、县能源局、县气象局、县防震减灾中心、县供电有限公司、县通联办、
联通通信分公司、移动通信分公司、电信通信分公司、铁塔办事处等。根据实际情况,指挥长
可抽调相关县直单位分管负责人为成员。
"""


def test_a_wrapped_unit_list_ending_mid_line_keeps_its_last_units(roster_extractor: Extractor) -> None:
    got = [u for u, role, _body in units(roster_extractor, WRAPPED_UNITS) if role == "成员单位"]
    assert got[-4:] == ["联通通信分公司", "移动通信分公司", "电信通信分公司", "铁塔办事处"] and len(got) == 18
    assert not any("抽调" in u for u, _r, _b in units(roster_extractor, WRAPPED_UNITS))


# -- what a notice must hold to give a roster fact (a notice without it is not scanned) --


def _notice_of(text: str) -> object:
    from graph_build.layout import layout
    from graph_build.notices import segment
    from graph_build.source import SourceText

    return segment(layout(SourceText.from_string("t.txt", text)))[0]


def test_the_precondition_lets_through_every_kind_of_roster(roster_extractor: Extractor) -> None:
    kinds = {
        "label": "某县防汛抗旱指挥部\n组长：王 强 县长\n副组长：李 明 副县长\n",
        "bare label": "编辑委员会\n\n主任 刘林松\n\n委员 张文晓 王 林\n",
        "table bars": "某县防汛抗旱指挥部\n组|长|王强|县长|\n",
        "rows of a name and a post": "某县秸秆禁烧工作专班\n李文峰 县农业农村局局长\n\n李红武 县生态环境局局长\n",
        "prose": "成立县安全生产委员会，由县长王强任主任，县应急局局长李明任副主任。\n",
    }
    for kind, text in kinds.items():
        assert facts(roster_extractor, text), kind
        assert rosters.may_give(_notice_of(text)), kind
    assert not rosters._role_or_slot().search(kinds["rows of a name and a post"])  # let through by its posts
    plan = "一、工作目标\n到2025年，全县农村公路通达率达到百分之百。\n二、保障措施\n县交通局负责建设，各乡镇配合。\n"
    assert not rosters.may_give(_notice_of(plan))


def test_the_precondition_changes_no_fact(roster_extractor: Extractor, monkeypatch) -> None:
    from conftest import CORPUS, SHARED

    from graph_build.source import read_source

    wild = SHARED / "wild"
    dirs = [d for d in (CORPUS, wild / "leaders" / "docs", wild / "bodies" / "docs") if d.is_dir()]
    sources = [read_source(p) for d in dirs for p in sorted(d.glob("*.txt"))]
    if not sources:
        pytest.skip("no corpus")

    def all_facts() -> list[str]:
        return [f.id + f.prov.evidence for s in sources for f in roster_extractor.facts_from_source(s)]

    with_precondition = all_facts()
    monkeypatch.setattr(rosters, "may_give", lambda notice: True)
    assert all_facts() == with_precondition
    assert len(with_precondition) > 100


def test_a_table_of_sub_groups_set_out_with_spaces_its_lists_wrapped(roster_extractor: Extractor) -> None:
    # A header spaced out (``组    别``), a column read for nothing (主要职责), a 组长 that is a person with a post
    # or a unit's head, a 成员单位 list that wraps after ``、`` onto a line under its column.
    text = ("某县防汛抗旱指挥部组成人员及工作组名单\n指 挥 长    汲怀远    县委副书记、县长\n二、工作组\n"
            "  组    别        组    长                    成员单位                        主要职责\n"
            "  综合协调组      阙永丰（县应急管理局局长）  县应急管理局、县政府办公室、    负责汛情信息汇总上\n"
            "                                              县水利局、县气象局              报\n"
            "  后勤保障组      县发展和改革局主要负责人    县发展和改革局、县财政局        负责物资保障\n")
    body = "某县防汛抗旱指挥部"
    assert (("阙永丰", "组长", f"{body}/综合协调组")) in members(roster_extractor, text)
    assert sorted(units(roster_extractor, text)) == sorted([
        ("县应急管理局", "成员单位", f"{body}/综合协调组"), ("县政府办公室", "成员单位", f"{body}/综合协调组"),
        ("县水利局", "成员单位", f"{body}/综合协调组"), ("县气象局", "成员单位", f"{body}/综合协调组"),
        ("县发展和改革局", "组长", f"{body}/后勤保障组"), ("县发展和改革局", "成员单位", f"{body}/后勤保障组"),
        ("县财政局", "成员单位", f"{body}/后勤保障组")])


def test_a_table_of_sub_groups_with_bars_in_an_attachment_of_its_own(roster_extractor: Extractor) -> None:
    # The attachment names no body: the groups are the notice's body's; a cell that ran over its column keeps a
    # single space after it.
    text = ("关于成立某市设备更新工作专班的通知\n经市人民政府同意，成立某市设备更新工作专班。\n"
            "附件2\n专项组设置及职责分工\n"
            "专项组 | 组长 | 牵头单位 | 成员单位 | 主要职责\n"
            "设备更新组 | 鞠远帆 | 市工业和信息化局 | 市发展和改革委员会、市财政局 | 统筹推进设备更新\n")
    body = "某市设备更新工作专班/设备更新组"
    assert members(roster_extractor, text) == [("鞠远帆", "组长", body)]
    assert units(roster_extractor, text) == [
        ("市工业和信息化局", "牵头单位", body), ("市发展和改革委员会", "成员单位", body),
        ("市财政局", "成员单位", body)]
    markdown = ("关于成立某区渔港建设工作专班的通知\n成立某区渔港建设工作专班。\n专班下设工作组:\n"
                "| 工作组 | 组长 | 成员单位 |\n|---|---|---|\n| 项目推进组 | 郑国荣 | 区发改局、石码镇 |\n")
    group = "某区渔港建设工作专班/项目推进组"
    assert units(roster_extractor, markdown) == [("区发改局", "成员单位", group), ("石码镇", "成员单位", group)]
    spaced = ("某县指挥部组成人员名单\n工作组    组长    成员单位\n"
              "火场扑救组    欧明亮（县消防救援大队大队长） 县消防救援大队、县人武部\n")
    assert members(roster_extractor, spaced) == [("欧明亮", "组长", "某县指挥部/火场扑救组")]


def test_a_roster_table_of_member_units_and_their_liaisons_and_a_prose_slot_before_an_annex_note(
    roster_extractor: Extractor,
) -> None:
    # ``成员单位及联络员名单见附件1`` points to the members only: the 召集人 before it in the sentence is read. The
    # table's columns are roles (成员单位, 联络员) with the liaison's post beside; a last cell left empty.
    text = ("关于建立某县根治欠薪工作联席会议制度的通知\n"
            "　　建立某县根治欠薪工作联席会议制度（以下简称联席会议）。联席会议由县人民政府副县长麻晴川担任召集人，"
            "成员单位及联络员名单见附件1。\n附件1\n某县根治欠薪工作联席会议成员单位及联络员名单\n"
            "序号 | 成员单位 | 联络员 | 职务\n1 | 县人力资源和社会保障局 | 黎　墨 | 县劳动保障监察大队大队长\n"
            "2 | 各乡镇人民政府 | 分管负责同志 |\n")
    body = "某县根治欠薪工作联席会议"
    assert sorted(members(roster_extractor, text)) == [("麻晴川", "召集人", body), ("黎墨", "联络员", body)]
    assert by_person(roster_extractor, text)["黎墨"].titles == ("县劳动保障监察大队大队长",)
    assert units(roster_extractor, text) == [
        ("县人力资源和社会保障局", "成员单位", body), ("各乡镇人民政府", "成员单位", body)]


def test_a_body_named_by_its_kind_alone_is_the_body_in_force(roster_extractor: Extractor) -> None:
    # ``联席会议由A、B…等单位组成``: the units of the body founded before, not of a body called 联席会议.
    text = ("关于建立某市根治欠薪工作联席会议制度的通知\n建立某市根治欠薪工作联席会议制度（以下简称联席会议）。"
            "联席会议由市人力资源社会保障局、市发展改革委、市公安局等3个部门和单位组成。\n")
    body = "某市根治欠薪工作联席会议"
    assert units(roster_extractor, text) == [
        ("市人力资源社会保障局", "成员单位", body), ("市发展改革委", "成员单位", body), ("市公安局", "成员单位", body)]


def test_long_names_of_the_autonomous_regions_in_a_tab_roster_and_before_comrade_in_prose(
    roster_extractor: Extractor,
) -> None:
    # A long name in a row with a post after it; a long name before 同志 in prose; ``分管负责同志`` names no one.
    text = ("关于调整某县森林草原防灭火指挥部组成人员的通知\n现对县森林草原防灭火指挥部组成人员调整如下：\n"
            "职务\t姓名\t单位及职务\n指挥长\t泽仁多吉\t县委副书记、县长\n成员\t降央尼玛\t县林业和草原局局长\n"
            "指挥部办公室设在县应急管理局，格绒拉姆同志兼任办公室主任，各乡镇分管负责同志为联络员。\n")
    body = "某县森林草原防灭火指挥部"
    assert sorted(members(roster_extractor, text)) == sorted([
        ("泽仁多吉", "指挥长", body), ("降央尼玛", "成员", body), ("格绒拉姆", "办公室主任", body)])


def test_labels_run_in_one_after_another_in_a_paragraph_the_pdf_wrapped(roster_extractor: Extractor) -> None:
    # A slot cut across the wrap (``常务副县`` ⏎ ``长姜江兰``), a label's letters spaced out (``组　长：``) and a label
    # that ends its line (``；成员：``) with its slot on the next lines: the paragraph is read whole.
    text = ("关于成立某县领导小组的通知\n　　决定成立某县优化营商环境提升行动领导小组。现将有关事项通知如下：\n"
            "　　一、领导小组组成人员\n　　组　长：县委副书记、县人民政府县长姚俊世；副组长：县委常委、常务副县\n"
            "长姜江兰、副县长刘晓德；成员：\n"
            "县行政审批服务局局长康然宏、县数据局局长谢　玉、县住房和城乡建设局局长唐\n长卫。\n")
    body = "某县优化营商环境提升行动领导小组"
    assert members(roster_extractor, text) == [
        ("姚俊世", "组长", body), ("姜江兰", "副组长", body), ("刘晓德", "副组长", body), ("康然宏", "成员", body),
        ("谢玉", "成员", body), ("唐长卫", "成员", body)]
    assert by_person(roster_extractor, text)["姜江兰"].titles == ("县委常委", "常务副县长")


def test_members_listed_by_unit_then_name_and_post(roster_extractor: Extractor) -> None:
    text = ("关于成立某县无证明城市创建工作专班的通知\n成立某县无证明城市创建工作专班，组成如下：\n"
            "组　长：苏瑾瑜（副县长）\n副组长：县司法局　赵云帆（局长）\n成　员：\n县公安局　　孙若水（副局长）\n"
            "县民政局　李慕青　副局长\n")
    body = "某县无证明城市创建工作专班"
    assert members(roster_extractor, text) == [
        ("苏瑾瑜", "组长", body), ("赵云帆", "副组长", body), ("孙若水", "成员", body), ("李慕青", "成员", body)]
    assert by_person(roster_extractor, text)["孙若水"].titles == ("县公安局", "副局长")


def test_a_name_with_its_role_in_brackets_then_its_posts(roster_extractor: Extractor) -> None:
    text = ("关于成立某县城乡供水一体化工作专班的通知\n决定成立某县城乡供水一体化工作专班。\n一、专班组成\n"
            "王　润（组长）　县委副书记、县人民政府县长\n邵嘉禾（常务副组长）　县委常委、常务副县长\n成员：\n"
            "俞志恒　县水利局局长\n")
    body = "某县城乡供水一体化工作专班"
    assert members(roster_extractor, text) == [
        ("王润", "组长", body), ("邵嘉禾", "常务副组长", body), ("俞志恒", "成员", body)]
    assert by_person(roster_extractor, text)["王润"].titles == ("县委副书记", "县人民政府县长")


def test_member_units_listed_with_their_duties_under_a_heading(roster_extractor: Extractor) -> None:
    # ``二、成员单位及职责`` over ``X：负责…`` lines: each X a member unit; not where the members were people (then
    # the units with duties are theirs).
    head = ("关于调整县食品安全委员会组成人员的通知\n"
            "经县政府同意，现将调整后的县食品安全委员会（以下简称县食安委）组成人员通知如下：\n"
            "一、组成人员\n主　任：雍少华　县长\n")
    duties = "二、成员单位及职责\n县委宣传部：负责食品安全新闻宣传。\n县教育局：负责指导学校食堂食品安全管理。\n"
    body = "县食品安全委员会"
    assert units(roster_extractor, head + duties) == [("县委宣传部", "成员单位", body), ("县教育局", "成员单位", body)]
    with_people = head + "成　员：石海涛　县委宣传部副部长\n" + duties
    assert units(roster_extractor, with_people) == []


def test_a_prose_roster_whose_names_end_like_a_personnel_verb(roster_extractor: Extractor) -> None:
    # ``向东升任副组长``: 升任 is the end of a name and ``任副组长``, no career news; 刀 is a surname (``刀玉芬``)
    text = ("关于成立某县全域旅游示范区创建工作领导小组的通知\n某办发〔2016〕11号\n\n"
            "决定成立某县全域旅游示范区创建工作领导小组。\n"
            "领导小组由县委书记田茂林任组长，县委副书记、县长向东升任第一副组长，县委常委、常务副县长段永祥，"
            "县委常委、组织部部长刀玉芬，副县长罗兴明任副组长，成员由县委办、县财政局主要负责人组成。\n")
    body = "某县全域旅游示范区创建工作领导小组"
    assert members(roster_extractor, text) == [
        ("田茂林", "组长", body), ("向东升", "第一副组长", body), ("段永祥", "副组长", body),
        ("刀玉芬", "副组长", body), ("罗兴明", "副组长", body)]
    assert units(roster_extractor, text) == [("县委办", "成员", body), ("县财政局", "成员", body)]
    # a career move is still no roster
    news = "县委副书记张某升任县长，李某出任副县长。\n"
    assert members(roster_extractor, news) == []


def test_a_table_a_cell_a_line_whose_group_and_role_cells_are_merged(roster_extractor: Extractor) -> None:
    # ``组别 | 专班职务 | 姓名 | 单位及职务``, a group's name and a role only on the first row that has them
    rows = ["组别", "专班职务", "姓名", "单位及职务",
            "专班领导", "组长", "黄振宇", "县委副书记、县长", "副组长", "熊国辉", "县委常委、常务副县长",
            "专班办公室", "主任", "饶建新", "县商务局局长", "成员", "曾丽华", "县商务局副局长",
            "要素保障组", "组长", "罗清华", "县发展和改革委员会主任", "成员", "万国庆", "县自然资源局局长",
            "甘  露", "县财政局局长", "国网某县供电公司", "主要负责人"]
    text = ("关于成立某县招商引资攻坚工作专班的通知\n某府办字〔2023〕27号\n\n"
            "附件\n某县招商引资攻坚工作专班组成人员名单\n"
            + "\n".join(rows) + "\n")
    body = "某县招商引资攻坚工作专班"
    assert members(roster_extractor, text) == [
        ("黄振宇", "组长", body), ("熊国辉", "副组长", body), ("饶建新", "办公室主任", body),
        ("曾丽华", "成员", f"{body}/办公室"), ("罗清华", "组长", f"{body}/要素保障组"),
        ("万国庆", "成员", f"{body}/要素保障组"), ("甘露", "成员", f"{body}/要素保障组")]
    assert units(roster_extractor, text) == [("国网某县供电公司", "成员", f"{body}/要素保障组")]
    assert by_person(roster_extractor, text)["甘露"].titles == ("县财政局局长",)


def test_a_decided_list_after_a_long_lead_is_no_roster(roster_extractor: Extractor) -> None:
    # ``X为某区监察委员会委员`` under ``会议以无记名投票方式，决定任命：`` is an appointment, not a roster's member
    text = ("某区人大常委会举行第十次会议\n会议以无记名投票方式，决定任命：\n陆晓峰为某区人民政府办公室主任；\n"
            "钱  伟为某区监察委员会委员。\n")
    assert members(roster_extractor, text) == []


def test_the_same_table_a_row_a_line_with_tabs_its_merged_cells_left_empty(roster_extractor: Extractor) -> None:
    rows = ["组别\t专班职务\t姓名\t单位及职务", "专班领导\t组长\t黄振宇\t县委副书记、县长",
            "\t副组长\t熊国辉\t县委常委、常务副县长", "专班办公室\t主任\t饶建新\t县商务局局长",
            "\t成员\t曾丽华\t县商务局副局长", "要素保障组\t组长\t罗清华\t县发展和改革委员会主任",
            "\t成员\t万国庆\t县自然资源局局长", "\t\t甘  露\t县财政局局长"]
    text = ("关于成立某县招商引资攻坚工作专班的通知\n某府办字〔2023〕27号\n\n"
            "附件\n某县招商引资攻坚工作专班组成人员名单\n" + "\n".join(rows) + "\n")
    body = "某县招商引资攻坚工作专班"
    assert members(roster_extractor, text) == [
        ("黄振宇", "组长", body), ("熊国辉", "副组长", body), ("饶建新", "办公室主任", body),
        ("曾丽华", "成员", f"{body}/办公室"), ("罗清华", "组长", f"{body}/要素保障组"),
        ("万国庆", "成员", f"{body}/要素保障组"), ("甘露", "成员", f"{body}/要素保障组")]
    assert units(roster_extractor, text) == []


def test_a_role_table_a_cell_a_line_whose_role_cells_are_merged(roster_extractor: Extractor) -> None:
    # a merged role cell stands on its first row only (the text leaves the others out): a name and its posts
    rows = ["指挥部职务", "姓  名", "单位及职务", "指挥长", "程立华", "镇党委副书记、镇长", "副指挥长", "汪海波",
            "镇党委委员、副镇长", "储建军", "镇人武部部长", "成员", "方永胜", "镇党政办主任", "何晓玲", "镇财政所所长"]
    text = ("关于成立某镇防汛抗旱指挥部的通知\n某政〔2020〕21号\n\n决定成立某镇防汛抗旱指挥部，组成人员如下：\n\n"
            + "\n".join(rows) + "\n")
    body = "某镇防汛抗旱指挥部"
    assert members(roster_extractor, text) == [
        ("程立华", "指挥长", body), ("汪海波", "副指挥长", body), ("储建军", "副指挥长", body),
        ("方永胜", "成员", body), ("何晓玲", "成员", body)]
    assert by_person(roster_extractor, text)["储建军"].titles == ("镇人武部部长",)


def test_a_role_table_whose_role_column_comes_last(roster_extractor: Extractor) -> None:
    # ``序号 姓名 单位及职务 安委会职务``, set out with spaces, a role spaced out to fill its cell
    text = ("关于调整某街道安全生产委员会组成人员的通知\n某街发〔2016〕9号\n\n一、某街道安全生产委员会组成人员\n\n"
            "序号  姓  名    单位及职务                        安委会职务\n"
            "1     孙海波    街道党工委副书记、办事处主任      主    任\n"
            "2     李红艳    街道党工委委员、办事处副主任      常务副主任\n"
            "3     王  岩    街道城建办主任                    成    员\n")
    body = "某街道安全生产委员会"
    assert members(roster_extractor, text) == [
        ("孙海波", "主任", body), ("李红艳", "常务副主任", body), ("王岩", "成员", body)]
    assert by_person(roster_extractor, text)["李红艳"].titles == ("街道党工委委员", "办事处副主任")


def test_a_role_table_a_cell_a_line_with_a_row_whose_name_cell_is_empty(roster_extractor: Extractor) -> None:
    # the empty name cell leaves the row's posts alone: the table goes on with the next role's rows
    rows = ["组内职务", "姓名", "单位及职务", "组长", "罗文斌", "区委副书记、区长", "副组长", "何静怡", "区政府副区长",
            "", "区委宣传部常务副部长", "成员", "冯  燕", "区政府办公室主任", "", "张亚军", "区住房和城乡建设局局长"]
    text = ("关于调整某区城乡环境综合治理工作领导小组成员的通知\n某府办函〔2022〕31号\n\n"
            "现将调整后的领导小组成员名单通知如下。\n" + "\n".join(rows) + "\n")
    body = "某区城乡环境综合治理工作领导小组"
    assert members(roster_extractor, text) == [
        ("罗文斌", "组长", body), ("何静怡", "副组长", body), ("冯燕", "成员", body), ("张亚军", "成员", body)]


def test_a_note_over_a_numbered_heading_makes_no_bodys_name(roster_extractor: Extractor) -> None:
    # ``（见附件）`` ⏎ ``二、领导小组职责``: two headings, not one name cut across lines
    text = ("关于成立某县土壤普查领导小组的通知\n某政办发〔2022〕56号\n\n"
            "决定成立某县土壤普查领导小组。现将有关事项通知如下：\n"
            "一、领导小组组成人员\n（见附件）\n二、领导小组职责\n负责全县土壤普查工作的组织领导。\n三、领导小组办公室\n"
            "领导小组下设办公室，办公室设在县农业农村局，办公室主任由周卫东同志兼任。\n")
    assert members(roster_extractor, text) == [("周卫东", "办公室主任", "某县土壤普查领导小组")]


def test_a_role_table_headed_职务_with_dotted_names_and_a_unit_through_its_head(roster_extractor: Extractor) -> None:
    # ``职务`` ⏎ ``姓名`` ⏎ ``单位及职务``: the first column's 职务 are the roles (the posts are the last column's);
    # ``艾尔肯·吐尔逊`` a name; a row without a name, ``县统计局主要负责人``, a member through the unit's head
    rows = ["职务", "姓名", "单位及职务", "组长", "艾尔肯·吐尔逊", "县委副书记、县长", "副组长", "周卫东",
            "县委常委、副县长", "古丽娜尔·买买提", "副县长", "成员", "马建新", "县农业农村局局长", "",
            "县统计局主要负责人", "张 勇", "县生态环境局局长"]
    text = ("关于成立某县土壤普查领导小组的通知\n某政办发〔2022〕56号\n\n附件\n\n某县土壤普查领导小组成员名单\n\n"
            + "\n".join(rows) + "\n")
    body = "某县土壤普查领导小组"
    assert members(roster_extractor, text) == [
        ("艾尔肯·吐尔逊", "组长", body), ("周卫东", "副组长", body), ("古丽娜尔·买买提", "副组长", body),
        ("马建新", "成员", body), ("张勇", "成员", body)]
    assert units(roster_extractor, text) == [("县统计局", "成员", body)]
    assert by_person(roster_extractor, text)["周卫东"].titles == ("县委常委", "副县长")


def test_a_meetings_attendance_in_news_is_no_roster(roster_extractor: Extractor) -> None:
    text = ("本期要目\n某县十六届人大常委会第十二次会议闭幕\n我县成立“最多跑一次”改革领导小组\n\n"
            "某县十六届人大常委会第十二次会议闭幕\n"
            "本报讯 3月27日，县十六届人大常委会第十二次会议闭幕。县人大常委会主任金国平主持会议，副主任周立新、叶美华，"
            "秘书长沈一平出席会议。\n")
    assert members(roster_extractor, text) == []


def test_members_with_posts_in_brackets_then_a_unit_and_numbered_sub_groups(roster_extractor: Extractor) -> None:
    # ``成员：A（…）、B（…）、县教育局主要负责人``: people, then a unit through its head, in one list;
    # ``（一）产业扶贫组　组长：…　成员单位：…``: a numbered sub-group named before its labels
    text = ("关于成立某县精准扶贫领导小组的通知\n某政发〔2016〕12号\n\n决定成立某县精准扶贫领导小组，组成人员如下：\n"
            "组　　长：周文斌（县委书记）\n"
            "成　　员：刘玉成（县政府办公室主任）、何　静（县财政局局长）、县教育局主要负责人\n"
            "领导小组下设2个专项工作组：\n（一）产业扶贫组　组长：马建军　成员单位：县农牧局、县林业局\n"
            "（二）基础设施组　组长：杨振国　成员单位：县交通运输局\n")
    body = "某县精准扶贫领导小组"
    assert members(roster_extractor, text) == [
        ("周文斌", "组长", body), ("刘玉成", "成员", body), ("何静", "成员", body),
        ("马建军", "组长", f"{body}/产业扶贫组"), ("杨振国", "组长", f"{body}/基础设施组")]
    assert units(roster_extractor, text) == [
        ("县教育局", "成员", body), ("县农牧局", "成员单位", f"{body}/产业扶贫组"),
        ("县林业局", "成员单位", f"{body}/产业扶贫组"), ("县交通运输局", "成员单位", f"{body}/基础设施组")]


def test_a_tasks_lead_and_co_operating_units_after_a_roster_are_no_members(roster_extractor: Extractor) -> None:
    text = ("成立某县优化营商环境攻坚行动工作专班，组成人员如下：\n组　长：袁国庆　县委副书记、县长\n"
            "成　员：黎志强　县政府办公室主任\n三、重点任务\n（一）优化政务服务环境\n"
            "牵头单位：县政务服务管理办公室\n配合单位：县发展和改革委员会、县数据管理局\n")
    assert units(roster_extractor, text) == []
    assert members(roster_extractor, text) == [
        ("袁国庆", "组长", "某县优化营商环境攻坚行动工作专班"), ("黎志强", "成员", "某县优化营商环境攻坚行动工作专班")]


def test_a_news_pages_sub_groups_end_at_its_next_heading_and_a_slot_of_one_persons_posts(
        roster_extractor: Extractor) -> None:
    # ``05 督查考评组`` over ``组长由县委常委、纪委书记、监委主任担任`` (one person's posts: no unit of 纪委); the list
    # ends at ``[图片]`` and ``▍下一步工作``, not in the prose after them
    text = ("决定成立某县示范区建设指挥部。\n\n05 督查考评组\n组长由县委常委、纪委书记、监委主任担任\n"
            "成员单位：县纪委监委、县委督查室、县政府督查室\n\n[图片]\n\n▍下一步工作\n\n"
            "据悉，示范区首批覆盖那岭镇、六排镇、百合乡3个乡镇，计划到2025年底建成县级乡村振兴示范区。\n")
    body = "某县示范区建设指挥部/督查考评组"
    assert units(roster_extractor, text) == [
        ("县纪委监委", "成员单位", body), ("县委督查室", "成员单位", body), ("县政府督查室", "成员单位", body)]


def test_a_grouped_role_table_set_out_with_spaces(roster_extractor: Extractor) -> None:
    # ``组别 职务 姓名 单位及职务`` with spaces: merged cells left blank, a Dai name (``岩温香``) under the names, a
    # row of units under the name's column, a post wrapped onto a line of its own
    text = ("决定成立某县疫情防控工作指挥部。县指挥部下设工作组，各工作组组成人员如下：\n\n"
            "组别            职务      姓名      单位及职务\n"
            "综合协调组      组长      杨正荣    县委常委、常务副县长\n"
            "                成员      施建国    县发展和改革局局长\n"
            "医疗救治组      组长      李春花    县人民政府副县长\n"
            "                副组长    岩温香    县卫生健康局局长\n"
            "                成员      县人民医院、县中医医院\n"
            "物资保障组      组长      赵德兴    县市场监督管理局党组书记、局\n"
            "                                    长\n")
    body = "某县疫情防控工作指挥部"
    assert members(roster_extractor, text) == [
        ("杨正荣", "组长", f"{body}/综合协调组"), ("施建国", "成员", f"{body}/综合协调组"),
        ("李春花", "组长", f"{body}/医疗救治组"), ("岩温香", "副组长", f"{body}/医疗救治组"),
        ("赵德兴", "组长", f"{body}/物资保障组")]
    assert units(roster_extractor, text) == [
        ("县人民医院", "成员", f"{body}/医疗救治组"), ("县中医医院", "成员", f"{body}/医疗救治组")]
    assert by_person(roster_extractor, text)["赵德兴"].titles == ("县市场监督管理局党组书记", "局长")


def test_dai_names_after_their_posts(roster_extractor: Extractor) -> None:
    # 岩 (men), 玉 (women), 波 and 咪 (fathers and mothers) open Dai names (``岩温``, ``玉罕``, ``波光明``)
    text = ("关于调整某市防汛抗旱指挥部组成人员的通知\n某政办通〔2020〕31号\n\n"
            "成　　员：市委宣传部副部长　岩温\n　　　　　　　市住房和城乡建设局副局长　玉罕\n"
            "　　　　　　　市林业和草原局副局长　波光明\n　　　　　　　市妇联副主席　咪香\n")
    assert [m[0] for m in members(roster_extractor, text)] == ["岩温", "玉罕", "波光明", "咪香"]


def test_a_role_table_a_cell_a_line_whose_role_column_names_the_body(roster_extractor: Extractor) -> None:
    rows = ["县安委会职务", "姓  名", "工作单位及职务", "主  任", "黄文斌", "县委副书记、县长", "副主任", "吴春生",
            "县委常委、常务副县长", "", "钟立平", "副县长", "委  员", "胡建明", "县安全生产监督管理局局长"]
    text = ("某县人民政府办公室\n关于调整县安全生产委员会组成人员的通知\n某府办字〔2017〕45号\n\n"
            "决定对县安全生产委员会组成人员进行调整。调整后的组成人员名单如下：\n" + "\n".join(rows) + "\n")
    assert [(m[0], m[1]) for m in members(roster_extractor, text)] == [
        ("黄文斌", "主任"), ("吴春生", "副主任"), ("钟立平", "副主任"), ("胡建明", "委员")]


def test_a_role_table_a_cell_a_line_with_a_column_of_telephone_numbers(roster_extractor: Extractor) -> None:
    # ``联系电话`` after the posts: each row's number (masked or not) is passed over, a role merged over rows too
    rows = ["指挥部职务", "姓名", "现任职务", "联系电话", "指 挥 长", "庞立新", "乡党委副书记、乡长", "139****6218",
            "副指挥长", "韦兰芝", "副乡长", "0771-5123456", "柯长顺", "乡武装部部长", "177****2205",
            "成  员", "石晓磊", "乡财政所所长", "152****6634"]
    text = ("关于成立某乡防汛抗旱指挥部的通知\n某政发〔2024〕8号\n"
            "决定成立某乡防汛抗旱指挥部。组成人员名单如下：\n" + "\n".join(rows) + "\n")
    assert [(m[0], m[1]) for m in members(roster_extractor, text)] == [
        ("庞立新", "指挥长"), ("韦兰芝", "副指挥长"), ("柯长顺", "副指挥长"), ("石晓磊", "成员")]

def test_a_long_name_among_names_with_their_posts_in_brackets(roster_extractor: Extractor) -> None:
    # ``A(posts)、B(posts)``: the brackets mark a long name (``乌兰其其格``) as they mark a short one
    text = ("关于调整某旗教育系统安全稳定工作领导小组的通知\n某旗教发〔2022〕31号\n"
            "组 长:庞立新(局党组书记、局长)\n副组长:韦兰芝(局党组成员、副局长)、乌兰其其格(局党组成员、副局长)\n"
            "成 员:石晓磊(局办公室主任)\n")
    assert [(m[0], m[1]) for m in members(roster_extractor, text)] == [
        ("庞立新", "组长"), ("韦兰芝", "副组长"), ("乌兰其其格", "副组长"), ("石晓磊", "成员")]

def test_a_role_taken_in_a_sentence_that_a_half_width_full_stop_ends(roster_extractor: Extractor) -> None:
    text = ("关于成立某镇人居环境整治工作领导小组的通知\n某政〔2019〕12号\n组长:庞立新(镇长)\n"
            "领导小组下设办公室,办公室设在镇村镇建设服务中心,韦兰芝同志任办公室主任.\n")
    assert [(m[0], m[1]) for m in members(roster_extractor, text)] == [("庞立新", "组长"), ("韦兰芝", "办公室主任")]

def test_units_named_through_their_heads_as_members_of_the_body_named_short(roster_extractor: Extractor) -> None:
    # ``为市防指成员``: 市防指 is the body in force named short (指 for 指挥部), not a body of its own
    text = ("关于调整市防汛抗旱指挥部组成人员的通知\n某府办字〔2025〕11号\n"
            "调整后的市防汛抗旱指挥部（以下简称市防指）组成人员如下：\n指 挥 长：庞立新　市长\n"
            "市气象局、国网某市供电公司主要负责同志为市防指成员。\n")
    assert members(roster_extractor, text) == [("庞立新", "指挥长", "市防汛抗旱指挥部")]
    assert units(roster_extractor, text) == [
        ("市气象局", "成员", "市防汛抗旱指挥部"), ("国网某市供电公司", "成员", "市防汛抗旱指挥部")]

def test_an_office_made_of_a_section_of_each_member_names_no_unit(roster_extractor: Extractor) -> None:
    # ``各成员单位业务科室``: a section of each member, no unit; ``各成员单位`` itself is read as the members
    text = ("关于成立某县全民健身工作领导小组的通知\n某政办发〔2020〕48号\n组长：庞立新　县长\n"
            "领导小组下设办公室，办公室成员由各成员单位业务科室负责人组成。\n")
    assert units(roster_extractor, text) == []
    assert members(roster_extractor, text) == [("庞立新", "组长", "某县全民健身工作领导小组")]

def test_rows_of_posts_then_names_under_a_role_a_police_instructor_among_them(roster_extractor: Extractor) -> None:
    # ``教导员`` is a post: the row under it is a row of its own, not the rest of the row above
    text = ("关于成立某县教育系统校园安全工作领导小组的通知\n某教发〔2022〕31号\n"
            "副组长：县教育局副局长  庞立新\n        县教育局副局长  韦兰芝\n        县公安局治安大队教导员  石晓磊\n")
    assert [(m[0], m[1]) for m in members(roster_extractor, text)] == [
        ("庞立新", "副组长"), ("韦兰芝", "副组长"), ("石晓磊", "副组长")]

def test_a_role_tables_row_whose_name_cell_is_empty_does_not_end_the_table(roster_extractor: Extractor) -> None:
    text = ("关于调整某镇安全生产委员会组成人员的通知\n某政〔2023〕15号\n序号\t姓名\t单位及职务\t安委会职务\n"
            "1\t庞立新\t镇党委书记\t主任\n2\t\t镇交管站站长\t成员\n3\t韦  兰\t镇党政办公室主任\t成员\n")
    assert [(m[0], m[1]) for m in members(roster_extractor, text)] == [("庞立新", "主任"), ("韦兰", "成员")]
    assert [(u[0], u[1]) for u in units(roster_extractor, text)] == [("镇交管站", "成员")]

def test_the_office_headed_by_the_head_of_the_unit_just_named(roster_extractor: Extractor) -> None:
    # ``由该局局长兼任``: 该局 is the unit the office sits in, no unit of its own
    text = ("关于调整某市食品安全委员会成员的通知\n某政办〔2017〕27号\n主任：庞立新　市长\n"
            "市食品安全委员会办公室设在市市场监督管理局，办公室主任由该局局长兼任。\n")
    assert [(u[0], u[1]) for u in units(roster_extractor, text)] == [("市市场监督管理局", "办公室主任")]

def test_mongolian_names_before_their_posts_in_a_rosters_rows(roster_extractor: Extractor) -> None:
    # ``孟和巴雅尔`` (和 is part of the name), ``包·达来`` (a one-letter name before the dot): people, no units
    text = ("关于成立某旗草原生态保护工作领导小组的通知\n某旗政办发〔2018〕45号\n\n"
            "组 长:巴特尔 旗委副书记、旗长\n成 员:那顺乌日图 旗政府办公室副主任\n孟和巴雅尔 旗财政局局长\n"
            "包·达来 旗审计局局长\n")
    assert [m[0] for m in members(roster_extractor, text)] == ["巴特尔", "那顺乌日图", "孟和巴雅尔", "包·达来"]
    assert units(roster_extractor, text) == []


def test_news_of_a_task_force_founded_by_a_quoted_notice_and_two_deputies_joined_by_和(
        roster_extractor: Extractor) -> None:
    # the sentence founds ``工作专班`` (no name of its own): the quoted notice names it
    text = ("近日，县住建局印发《某县住房和城乡建设局关于成立自建房安全专项整治工作专班的通知》（某建〔2022〕41号），"
            "成立由局主要领导挂帅的工作专班。\n"
            "据介绍，专班由局党组书记、局长林志鸿任组长，局党组成员、副局长陈宝銮和局党组成员、县房屋安全鉴定站站长黄文渊任副组长。\n")
    body = "自建房安全专项整治工作专班"
    assert members(roster_extractor, text) == [("林志鸿", "组长", body), ("陈宝銮", "副组长", body),
                                               ("黄文渊", "副组长", body)]
    assert by_person(roster_extractor, text)["陈宝銮"].titles == ("局党组成员", "副局长")


def test_a_notice_that_adjusts_a_roster_by_its_changes(roster_extractor: Extractor) -> None:
    # the body named short (``县安委会``) is the body in force; who leaves it is no member
    text = ("某县人民政府办公室关于调整某县安全生产委员会组成人员的通知\n某政办函〔2019〕37号\n\n"
            "因人事变动，经县人民政府同意。\n现对某县安全生产委员会（以下简称县安委会）组成人员作如下调整：\n"
            "向立群同志不再担任县安委会主任，由县委副书记、县人民政府县长覃晓舟同志担任县安委会主任。\n"
            "县安全生产监督管理局、县国土资源局不再作为县安委会成员单位；县应急管理局、县自然资源局为县安委会成员单位。\n")
    body = "某县安全生产委员会"
    assert members(roster_extractor, text) == [("覃晓舟", "主任", body)]
    assert units(roster_extractor, text) == [("县应急管理局", "成员单位", body), ("县自然资源局", "成员单位", body)]


def test_township_heads_written_post_first_close_a_list_before_the_next_section(roster_extractor: Extractor) -> None:
    # ``…苏木苏木达 NAME``, ``…镇镇长 NAME``: the post is the row's first cell; ``二、…`` opens the next section
    text = ("关于成立某旗禁牧工作领导小组的通知\n某旗政办发〔2019〕12号\n\n一、领导小组组成人员\n"
            "组 长:乌力吉 旗委副书记、旗长\n成 员:敖其尔 旗农牧局局长\n"
            "查干诺尔苏木苏木达 朝鲁门\n白音镇镇长 周立新\n二、领导小组办公室\n")
    assert [m[0] for m in members(roster_extractor, text)] == ["乌力吉", "敖其尔", "朝鲁门", "周立新"]
    assert by_person(roster_extractor, text)["周立新"].titles == ("白音镇镇长",)


def test_a_wechat_roster_whose_labels_and_sub_groups_open_with_bullets(roster_extractor: Extractor) -> None:
    text = ("关于成立某县创建国家卫生县城指挥部的通知\n某政办发〔2020〕33号\n\n"
            "◆指 挥 长：杨建华（县委副书记、县长）\n◆副指挥长：赵文涛（副县长）\n　　　　　　和丽萍（副县长）\n"
            "◆成　　员：县委宣传部、县公安局主要负责人。\n\n●宣传发动组\n组长：王晓芸（县委宣传部常务副部长）\n"
            "成员单位：县融媒体中心、团县委\n")
    body = "某县创建国家卫生县城指挥部"
    assert members(roster_extractor, text) == [("杨建华", "指挥长", body), ("赵文涛", "副指挥长", body),
                                               ("和丽萍", "副指挥长", body), ("王晓芸", "组长", f"{body}/宣传发动组")]
    assert units(roster_extractor, text) == [
        ("县委宣传部", "成员", body), ("县公安局", "成员", body),
        ("县融媒体中心", "成员单位", f"{body}/宣传发动组"), ("团县委", "成员单位", f"{body}/宣传发动组")]


def test_a_label_with_a_note_on_who_stands_for_the_units_then_the_units_a_line_each(
        roster_extractor: Extractor) -> None:
    text = ("关于成立某县低空经济发展工作专班的通知\n某府办发〔2025〕6号\n一、专班组成\n"
            "组  长：何长林  县委副书记、县长\n成员单位（各单位分管负责同志为专班成员）:\n\n"
            "县发展改革局\n县财政局\n\n二、工作职责\n")
    body = "某县低空经济发展工作专班"
    assert units(roster_extractor, text) == [("县发展改革局", "成员单位", body), ("县财政局", "成员单位", body)]


def test_a_role_table_whose_role_column_comes_last_and_whose_last_role_cell_is_merged(
        roster_extractor: Extractor) -> None:
    # the last row's role cell is empty: merged with the role above; ``闭`` and ``盘`` are Zhuang and Yao surnames,
    # ``冶`` a Hui one
    text = ("某县防汛抗旱指挥部关于调整指挥部组成人员的通知\n某汛旱指〔2025〕2号\n一、指挥部组成人员\n"
            "序号\t姓名\t单位及职务\t指挥部职务\n1\t覃志刚\t县委副书记、县长\t总指挥\n2\t闭文杰\t县农业农村局局长\t成员\n"
            "3\t冶海军\t县水利局局长\t成员\n4\t盘志勇\t县供电局局长\t\n二、指挥部办公室\n")
    assert [(m[0], m[1]) for m in members(roster_extractor, text)] == [
        ("覃志刚", "总指挥"), ("闭文杰", "成员"), ("冶海军", "成员"), ("盘志勇", "成员")]


def test_a_table_of_sub_groups_set_out_a_cell_a_line(roster_extractor: Extractor) -> None:
    text = ("关于成立某区大气污染防治攻坚工作领导小组的通知\n某政办发〔2017〕45号\n"
            "领导小组下设两个专项工作组，具体如下：\n专项工作组\n组长\n牵头单位\n成员单位\n工业污染防治组\n朱晓燕\n区经信委\n区环保局、各街道办事处\n"
            "督查考核组\n孙建平\n区政府督查室\n区委督查室\n\n领导小组主要职责：研究制定全区攻坚方案。\n")
    body = "某区大气污染防治攻坚工作领导小组"
    assert members(roster_extractor, text) == [("朱晓燕", "组长", f"{body}/工业污染防治组"),
                                               ("孙建平", "组长", f"{body}/督查考核组")]
    assert units(roster_extractor, text) == [
        ("区经信委", "牵头单位", f"{body}/工业污染防治组"), ("区环保局", "成员单位", f"{body}/工业污染防治组"),
        ("各街道办事处", "成员单位", f"{body}/工业污染防治组"), ("区政府督查室", "牵头单位", f"{body}/督查考核组"),
        ("区委督查室", "成员单位", f"{body}/督查考核组")]


def test_a_line_of_unit_lists_through_their_heads_after_the_members_by_name(roster_extractor: Extractor) -> None:
    text = ("关于成立某县重点项目建设指挥部的通知\n某政办〔2019〕12号\n一、指挥部组成人员\n"
            "指 挥 长:刘永强 县委常委、常务副县长\n成    员:赵  磊 县政府办公室主任\n         范国庆 县财政局局长\n"
            "         县自然资源局、县水利局主要负责同志,各乡(镇)人民政府、街道办事处主要负责同志。\n二、专项工作组\n")
    body = "某县重点项目建设指挥部"
    assert [m[0] for m in members(roster_extractor, text)] == ["刘永强", "赵磊", "范国庆"]
    assert units(roster_extractor, text) == [("县自然资源局", "成员", body), ("县水利局", "成员", body),
                                             ("各乡(镇)人民政府", "成员", body), ("街道办事处", "成员", body)]


def test_a_role_table_a_cell_a_line_with_tibetan_names_and_merged_role_cells(roster_extractor: Extractor) -> None:
    # names without a surname (``达瓦次仁``, ``多吉``) under the name's column, beside their posts; a merged role
    # cell left out of the text (the row under ``副组长`` is a name and its posts)
    rows = ["职务", "姓名", "现任职务", "组长", "达瓦次仁", "县委副书记、县长", "副组长", "扎西顿珠",
            "县委常委、常务副县长", "格桑旺堆", "副县长", "成员", "多吉", "县水利局局长"]
    text = "关于调整某县乡村振兴领导小组组成人员的通知\n某委办发〔2022〕21号\n" + "\n".join(rows) + "\n"
    assert [(m[0], m[1]) for m in members(roster_extractor, text)] == [
        ("达瓦次仁", "组长"), ("扎西顿珠", "副组长"), ("格桑旺堆", "副组长"), ("多吉", "成员")]


def test_a_tab_role_table_whose_role_cells_are_merged_with_a_unit_through_its_head(roster_extractor: Extractor) -> None:
    text = ("关于调整某区食品安全委员会组成人员的通知\n某政办发〔2023〕36号\n一、区食安委组成人员\n"
            "职  务\t姓  名\t单位及职务\n主  任\t马占林\t区委副书记、区长\n副主任\t杨文斌\t区委常委、常务副区长\n"
            "\t海  燕\t副区长\n秘书长\t纳金山\t区市场监督管理局局长\n委  员\t李  强\t区政府办公室副主任\n"
            "\t\t区城市管理局主要负责同志\n\t海  涛\t某海关副关长\n二、区食安委办公室\n")
    body = "某区食品安全委员会"
    assert [(m[0], m[1]) for m in members(roster_extractor, text)] == [
        ("马占林", "主任"), ("杨文斌", "副主任"), ("海燕", "副主任"), ("纳金山", "秘书长"), ("李强", "委员"),
        ("海涛", "委员")]
    assert units(roster_extractor, text) == [("区城市管理局", "委员", body)]


def test_a_heading_naming_the_body_short_over_its_member_units_and_a_bureau_joined_by_和(
        roster_extractor: Extractor) -> None:
    # ``二、指挥部成员单位`` heads the list (no colon); ``区农业农村和水务局`` is one bureau (农村 is no village)
    text = ("关于成立某乡2020年防汛抗旱指挥部的通知\n某府字〔2020〕18号\n一、指挥部组成人员\n指挥长：黎明 乡长\n"
            "二、指挥部成员单位\n乡党政办、区农业农村和水务局、乡财政所，石溪村、\n上坪村。\n三、工作任务\n")
    body = "某乡2020年防汛抗旱指挥部"
    assert units(roster_extractor, text) == [(u, "成员单位", body) for u in (
        "乡党政办", "区农业农村和水务局", "乡财政所", "石溪村", "上坪村")]


def test_a_scans_unread_letters_leave_no_fact_and_do_not_end_the_list(roster_extractor: Extractor) -> None:
    text = ("关于成立某县土地调查领导小组的通知\n某政办〔2018〕41号\n组  长：陈立衡  县委副书记、县长\n"
            "成  员：吴志坚  县政府办公室副主任\n          刘□生  县财政局局长\n          许文彬  县住建局局长\n")
    assert [m[0] for m in members(roster_extractor, text)] == ["陈立衡", "吴志坚", "许文彬"]
    assert units(roster_extractor, text) == []


def test_names_glued_to_a_provinces_posts_and_a_row_of_names_with_one_rare_surname(
        roster_extractor: Extractor) -> None:
    # ``陈芸副省长``: 副 ends no name; ``厅长`` ends a post; ``团省委`` starts one; ``虢`` is a surname no list knows,
    # but its row's other names mark it as one
    text = ("关于成立某省抽样调查领导小组的通知\n领导小组成员名单如下:\n组长:陈芸副省长\n副组长:陈安宁省财政厅副厅长\n"
            "成员:吴珂官团省委副书记\n刘平省教育厅副厅长\n陈悦安 周健 宋华\n虢琪睿 陈泽珂 李远锦\n")
    assert [(m[0], m[1]) for m in members(roster_extractor, text)] == [
        ("陈芸", "组长"), ("陈安宁", "副组长"), ("吴珂官", "成员"), ("刘平", "成员"), ("陈悦安", "成员"),
        ("周健", "成员"), ("宋华", "成员"), ("虢琪睿", "成员"), ("陈泽珂", "成员"), ("李远锦", "成员")]
    titles = by_person(roster_extractor, text)
    assert titles["陈芸"].titles == ("副省长",) and titles["吴珂官"].titles == ("团省委副书记",)


def test_a_reports_people_whose_posts_name_a_task_force_are_its_members(roster_extractor: Extractor) -> None:
    # the task force's role among a person's posts; not a standing committee's post (委员会主任), not a removal
    text = ("10月8日下午,某县召开征兵工作会议。县委常委、常务副县长、县征兵工作领导小组组长张辉,"
            "县委常委、县人武部部长、县征兵领导小组副组长王为民出席会议。會議由縣人武部政委、縣征兵工作領導小組副組長呂彤毅主持。"
            "县人大常委会教科文卫工作委员会主任李强参加会议。会议免去县征兵工作领导小组副组长赵刚的职务。\n")
    assert members(roster_extractor, text) == [
        ("张辉", "组长", "县征兵工作领导小组"), ("王为民", "副组长", "县征兵领导小组"),
        ("呂彤毅", "副組長", "縣征兵工作領導小組")]
    assert by_person(roster_extractor, text)["张辉"].titles == ("县委常委", "常务副县长")
    assert by_person(roster_extractor, text)["呂彤毅"].titles == ("縣人武部政委",)


def test_a_roster_whose_spaces_a_wrong_code_page_wrote_as_question_marks(roster_extractor: Extractor) -> None:
    text = ("关于成立县森林防火工作领导小组的通知\n??组长:张三?县长\n??副组长:李四?副县长??王五?副县长\n"
            "??成员:赵六?县水利局局长\n")
    assert [(m[0], m[1]) for m in members(roster_extractor, text)] == [
        ("张三", "组长"), ("李四", "副组长"), ("王五", "副组长"), ("赵六", "成员")]


def test_the_office_a_sentence_sets_up_over_its_director_and_its_contacts(roster_extractor: Extractor) -> None:
    # ``领导小组下设办公室。`` ⏎ ``主  任：X``: X directs the office (办公室主任); ``联络人`` are the office's
    text = ("一、领导小组成员名单\n组 长:苏瑞睿\n副组长:童毅瑞 胡瑞睿\n领导小组下设办公室。\n主 任:刘思宇\n"
            "联络人:王悦琪 韩远宇\n二、工作职责\n")
    assert [(m[0], m[1]) for m in members(roster_extractor, text)] == [
        ("苏瑞睿", "组长"), ("童毅瑞", "副组长"), ("胡瑞睿", "副组长"), ("刘思宇", "办公室主任"), ("王悦琪", "联络人"),
        ("韩远宇", "联络人")]
    assert [m[2] for m in members(roster_extractor, text)][-1] == "领导小组/办公室"


def test_a_committees_chair_roles_and_a_member_unit_of_levels_written_as_a_list(roster_extractor: Extractor) -> None:
    text = ("关于成立省支援工程建设委员会的通知\n一、委员会组成人员\n主 任 委 员: 贾泽珂 省长\n"
            "副主任委员: 陈琪思 副省长\n成 员: 陈思瑞 省政府副秘书长\n成员单位:县林业局,各乡、镇人民政府\n")
    assert [(m[0], m[1]) for m in members(roster_extractor, text)] == [
        ("贾泽珂", "主任委员"), ("陈琪思", "副主任委员"), ("陈思瑞", "成员")]
    assert [u[0] for u in units(roster_extractor, text)] == ["县林业局", "各乡、镇人民政府"]


def test_a_slot_of_a_person_then_units_joined_by_及(roster_extractor: Extractor) -> None:
    text = ("关于成立县经济普查领导小组的通知\n领导小组由县委常委、常务副县长黄安德任组长,"
            "县政府副秘书长王思远及县统计局、县财政局相关负责人任副组长。\n")
    body = "县经济普查领导小组"
    assert members(roster_extractor, text) == [("黄安德", "组长", body), ("王思远", "副组长", body)]
    assert units(roster_extractor, text) == [("县统计局", "副组长", body), ("县财政局", "副组长", body)]


def test_a_reports_chairs_of_coordinating_committees_and_a_role_before_other_posts(roster_extractor: Extractor) -> None:
    # a party committee's commission and the 安委会 are rosters; an agency called 委员会 (发改委) and the discipline
    # commission are posts; the role may come before the person's other posts (``…副主任、县应急局局长李四``)
    text = ("9月8日下午,区委书记、区委财经委员会主任李伟主持召开会议。区发展和改革委员会主任王刚、"
            "区纪律检查委员会副主任赵强出席。会上,区安委会副主任、区应急局局长李四通报情况。"
            "会议由区农业普查领导小组副组长、区府办副主任印晨晨主持。\n")
    assert members(roster_extractor, text) == [
        ("李伟", "主任", "区委财经委员会"), ("李四", "副主任", "区安委会"), ("印晨晨", "副组长", "区农业普查领导小组")]
    assert by_person(roster_extractor, text)["李四"].titles == ("区应急局局长",)


def test_a_reports_committee_roles_after_a_comma_and_the_same_bodys_next_roles(roster_extractor: Extractor) -> None:
    # ``、食安委副主任X``: a committee named short right after a post; ``主任A、副主任B、C``: the next roles of the
    # same committee and their names; ``，副秘书长D``: one more
    text = ("7月31日,某县召开食品安全委员会全体会议。县委常委、县食安委主任戴一,"
            "县政府党组成员、食安委副主任滕二出席会议。市关工委副主任于三,副秘书长孔四来县调研,县关工委主任肖五、副主任李六、孙七等领导陪同。\n")
    assert members(roster_extractor, text) == [
        ("戴一", "主任", "县食安委"), ("滕二", "副主任", "食安委"), ("于三", "副主任", "市关工委"),
        ("孔四", "副秘书长", "市关工委"), ("肖五", "主任", "县关工委"), ("李六", "副主任", "县关工委"),
        ("孙七", "副主任", "县关工委")]


def test_a_report_that_names_a_committees_roster_names_its_members_among_their_posts_too(
        roster_extractor: Extractor) -> None:
    # the sentence that names the chair gives him; a person's posts later in the report give another member
    text = ("根据区政府领导工作分工,区政府副区长张德宁为区新一届爱国卫生运动委员会主任。"
            "区爱卫会副主任、区卫计局局长李坚就全区爱国卫生工作作了部署。\n")
    assert [(m[0], m[1]) for m in members(roster_extractor, text)] == [("张德宁", "主任"), ("李坚", "副主任")]


def test_a_reports_roles_each_followed_by_为_and_its_people_with_their_posts(roster_extractor: Extractor) -> None:
    # ``领导小组副组长为A,B;执行副组长为C``: the task force just founded; people set apart by commas
    text = ("市政府日前决定成立市审批制度改革试点工作领导小组,市长陈一任组长。领导小组副组长为市委常委、常务副市长刘二,"
            "市政府秘书长李三;执行副组长为市政府副秘书长王四。\n")
    assert [(m[0], m[1]) for m in members(roster_extractor, text)] == [
        ("陈一", "组长"), ("刘二", "副组长"), ("李三", "副组长"), ("王四", "执行副组长")]
    assert by_person(roster_extractor, text)["刘二"].titles == ("市委常委", "常务副市长")


def test_a_reports_member_whose_given_name_ends_in_a_letter_that_mostly_ends_a_post(
        roster_extractor: Extractor) -> None:
    # ``副组长王锦长对…``: right after the role, the verb after it; ``组长王行长``: a post used as a name, no one
    text = ("会上,区地名普查领导小组副组长王锦长对实施方案进行了说明。县防汛领导小组组长王行长出席。\n")
    assert members(roster_extractor, text) == [("王锦长", "副组长", "区地名普查领导小组")]


def test_a_commands_chief_roles_spaced_out_and_its_political_commissars(roster_extractor: Extractor) -> None:
    text = ("关于成立市森林防灭火指挥部的通知\n总    指    挥   长:张一  市政府市长\n"
            "第一副总指挥长:丁    二  市委副书记\n副  总  指  挥 长:李三  市政府常务副市长\n"
            "政  委:王四  市委常委\n副政委:赵五  市武装部部长\n")
    assert [(m[0], m[1]) for m in members(roster_extractor, text)] == [
        ("张一", "总指挥长"), ("丁二", "第一副总指挥长"), ("李三", "副总指挥长"), ("王四", "政委"), ("赵五", "副政委")]


def test_a_reports_role_among_posts_shared_by_the_names_after_the_first(roster_extractor: Extractor) -> None:
    text = "市创卫工作指挥部副指挥长、副市长王德雅、苏然德,市检察院检察长范涵浩参加检查。\n"
    assert members(roster_extractor, text) == [
        ("王德雅", "副指挥长", "市创卫工作指挥部"), ("苏然德", "副指挥长", "市创卫工作指挥部")]


def test_a_reports_next_role_of_the_same_body_then_posts_then_the_names_sharing_them(
        roster_extractor: Extractor) -> None:
    # ``，副组长、副市长A、B``: the body's next role, the posts its people hold, then their names
    text = "市灾后重建工作领导小组常务副组长、市委副书记陈一,副组长、副市长李二、王三,市直有关部门负责同志参加会议。\n"
    body = "市灾后重建工作领导小组"
    assert members(roster_extractor, text) == [
        ("陈一", "常务副组长", body), ("李二", "副组长", body), ("王三", "副组长", body)]


def test_a_reports_task_force_named_by_its_kind_alone_after_its_full_name(roster_extractor: Extractor) -> None:
    # ``专班副主任X``: the 专班 the report named in full before; none named before, no one
    text = ("9月8日上午,某区配合省生态环境保护督察工作专班在区政府召开第一次工作会议,专班副主任韩一传达学习了通知。"
            "专班主任张二强调,要高度重视。\n")
    body = "某区配合省生态环境保护督察工作专班"
    assert members(roster_extractor, text) == [("韩一", "副主任", body), ("张二", "主任", body)]
    assert members(roster_extractor, "专班主任张二强调,要高度重视。\n") == []


def test_a_reports_members_told_with_涉及_after_the_place_just_named(roster_extractor: Extractor) -> None:
    text = "5月7日,某市成立食品药品安全领导小组。小组成员涉及该市宣传部、监察局、烹饪协会。\n"
    body = "食品药品安全领导小组"
    assert units(roster_extractor, text) == [(u, "成员", body) for u in ("市宣传部", "监察局", "烹饪协会")]


def test_a_body_others_are_told_to_form_has_no_members(roster_extractor: Extractor) -> None:
    text = ("关于开展安全生产大检查的通知\n一、加强领导\n各县(区)要组成专项检查组,对辖区范围内的安全生产工作进行检查。"
            "县交通局、县公安局组成道路检查组。\n")
    assert units(roster_extractor, text) == [("县交通局", "成员", "道路检查组"), ("县公安局", "成员", "道路检查组")]


def test_the_next_item_of_a_numbered_list_is_no_row_under_the_role_above(roster_extractor: Extractor) -> None:
    text = ("关于召开创建工作会议的通知\n三、参加人员:\n1、区创建领导小组组长:张安琪,副组长:周巍、祁翔铭\n"
            "2、区级机关各部门主要领导;\n3、各镇、街道主要领导1名;\n")
    assert [(m[0], m[1]) for m in members(roster_extractor, text)] == [("张安琪", "组长"), ("周巍", "副组长"),
                                                                      ("祁翔铭", "副组长")]
    assert units(roster_extractor, text) == []


def test_a_groups_roster_in_brackets_after_its_duties(roster_extractor: Extractor) -> None:
    text = ("关于成立县疫情防控领导小组的通知\n"
            "(一)综合协调组。负责统筹协调,及时发布相关信息。(组长:郭德悦,成员:各村支部书记)\n(二)疫情防控组。负责疫情监测。(组长:张悦晨,成员:各村卫生所所长)\n")
    assert [(m[0], m[1]) for m in members(roster_extractor, text)] == [("郭德悦", "组长"), ("张悦晨", "组长")]
    assert [(u[0], u[1]) for u in units(roster_extractor, text)] == [("各村支部", "成员"), ("各村卫生所", "成员")]


def test_a_reports_political_commissars_of_a_command_and_a_body_founded_with_its_head_count(
        roster_extractor: Extractor) -> None:
    # 政委 and 副政委 lead a 指挥部 or a 指挥所 as its 指挥长 does; ``成立13人防汛指挥所``: the count is not the name
    text = ("4月27日,某水库防汛抗旱指挥部会议召开。县委常委、统战部长、某水库防汛抗旱指挥部政委武一,"
            "县人大副主任、某水库防汛抗旱指挥部副政委郑二出席会议。县政协主席、城区防汛指挥所政委王三主持。\n")
    assert members(roster_extractor, text) == [
        ("武一", "政委", "某水库防汛抗旱指挥部"), ("郑二", "副政委", "某水库防汛抗旱指挥部"),
        ("王三", "政委", "城区防汛指挥所")]
    text = "关于做好防汛工作的通知\n二、健全防汛机构。镇政府成立13人防汛指挥所。成员:曾一、郑二、范三。\n"
    assert {m[2] for m in members(roster_extractor, text)} == {"防汛指挥所"}


def test_a_reports_sentences_opened_by_首先_and_最后_are_no_rows_of_people(roster_extractor: Extractor) -> None:
    # 首 and 最 are surnames, but ``首先，`` opens a sentence: the lines are prose, and the role among the posts is read
    text = ("12月4日,某县召开森林防火工作会议。副县长周一参加了会议。\n"
            "首先,县森林防火指挥部副指挥长、县林业局局长曹二同志作工作报告,并对2019年度工作提出安排意见。\n"
            "最后,副县长周一与各森林防火责任单位签订了《某县2019年度森林防火责任书》。\n")
    assert members(roster_extractor, text) == [("曹二", "副指挥长", "县森林防火指挥部")]


def test_a_reports_committee_roles_of_first_deputies_and_a_body_the_report_says_was_founded(
        roster_extractor: Extractor) -> None:
    text = ("1月25日,县食安委第一次全体会议召开,县食安委第一副主任、县委常委、常务副县长廖一主持。"
            "县政府副县长、县残工委主任王二,县禁毒委副主任张三以及22个县直属单位领导参加了会议。\n")
    assert members(roster_extractor, text) == [
        ("廖一", "第一副主任", "县食安委"), ("王二", "主任", "县残工委"), ("张三", "副主任", "县禁毒委")]
    # ``X成立。``: the body a report says was founded is the one whose roster it gives next
    text = ("经县政府常务会议研究同意,某县人民政府教育督导委员会成立。日前,县政府教育督导委员会公布组成人员名单,"
            "由县委常委、常务副县长孙一任主任;县发展和改革局、县财政局等部门为成员单位。\n")
    body = "某县人民政府教育督导委员会"
    assert members(roster_extractor, text) == [("孙一", "主任", body)]
    assert units(roster_extractor, text) == [("县发展和改革局", "成员单位", body), ("县财政局", "成员单位", body)]


def test_a_joint_meetings_members_after_成员单位有_and_its_office_directed_by_one_of_a_departments_deputies(
        roster_extractor: Extractor) -> None:
    text = ("关于建立某省养老服务工作联席会议制度的通知\n一、组成人员\n"
            "总召集人为分管副省长,召集人为民政厅厅长,成员单位有:发展改革委、教育厅、科技厅。\n"
            "联席会议办公室设在民政厅,办公室主任由民政厅一名副厅长兼任。"
            "各成员单位指定1名负责同志作为联络员,负责日常联络工作。\n")
    body = "某省养老服务工作联席会议"
    assert units(roster_extractor, text) == [
        ("发展改革委", "成员单位", body), ("教育厅", "成员单位", body), ("科技厅", "成员单位", body),
        ("民政厅", "办公室主任", body)]


def test_a_members_row_of_people_named_after_their_posts_then_of_units(roster_extractor: Extractor) -> None:
    text = ("关于成立某市领导小组的通知\n组  长:洪一(市委副书记、市长)\n"
            "成  员:市政府办公室主任彭二,市政府办公室副主任石三,某镇政府主要负责同志,"
            "市发展改革局、市财政局主要负责同志。\n")
    assert [(m[0], m[1]) for m in members(roster_extractor, text)] == [
        ("洪一", "组长"), ("彭二", "成员"), ("石三", "成员")]
    assert by_person(roster_extractor, text)["彭二"].titles == ("市政府办公室主任",)
    assert [u[0] for u in units(roster_extractor, text)] == ["某镇政府", "市发展改革局", "市财政局"]


def test_a_reports_executive_deputy_commander_and_the_leader_of_a_visiting_inspection_team(
        roster_extractor: Extractor) -> None:
    # a team received (``接待了``) is named after the verb; ``迎接…指挥部`` keeps 迎接, part of its name
    text = ("会议由县委副书记、县扫黑除恶专项斗争指挥部常务副指挥长杨一主持。"
            "副区长梁二在区政府会议室接待了市政府督查组组长、市规划国土委副巡视员周三等8人一行。"
            "市委常委、市迎接全国文明城市测评工作指挥部副总指挥李四出席。\n")
    assert members(roster_extractor, text) == [
        ("杨一", "常务副指挥长", "县扫黑除恶专项斗争指挥部"), ("周三", "组长", "市政府督查组"),
        ("李四", "副总指挥", "市迎接全国文明城市测评工作指挥部")]


def test_a_committees_members_divided_into_groups_are_no_units_that_compose_a_body(roster_extractor: Extractor) -> None:
    text = "经主任会议研究,拟将常委会组成人员划分为5个议事小组,组长分别由市人大常委会主管副主任担任。\n"
    assert units(roster_extractor, text) == []


def test_office_roles_after_a_full_line_a_pdf_ended_with_a_semicolon(roster_extractor: Extractor) -> None:
    # (the office named in the clause before: a semicolon at a full line's end ends no sentence)
    text = ("成立某县乡村振兴工作领导小组，领导小组办公室设在\n\n县农业农村局，承担领导小组日常工作。办公室主任\n\n"
            "由县农业农村局局长、四级调研员张一同志兼任；\n\n常务副主任由县农业农村局副局长李二兼任；副主\n\n"
            "任由县财政局副局长王五兼任。\n")
    got = by_person(roster_extractor, text)
    assert (got["张一"].role, got["李二"].role, got["王五"].role) == ("办公室主任", "办公室常务副主任", "办公室副主任")
    # the third clause too, the office's setting-up far before it: a clause before it names an office's role
    got = by_person(roster_extractor, text.replace("\n\n", ""))
    assert (got["李二"].role, got["王五"].role) == ("办公室常务副主任", "办公室副主任")


def test_a_bodys_name_on_a_line_its_sentence_goes_on_from_is_no_heading(roster_extractor: Extractor) -> None:
    # (a PDF cut the sentence inside its note: ``X联席会议（以下简称联席会议`` ⏎ ``）由A、B…组成。``)
    lines = ["县道路交通安全工作联席会议由县公安局交通管理", "大队、县交通运输局、县应急管理局、县教育和体",
             "育局共4个部门和单位组成。", "县森林草原防灭火联席会议（以下简称联席会议",
             "）由县林业和草原局、县应急管理局、县公安局、县", "气象局、县消防救援大队、县自然资源局、县农业农",
             "村局共7个部门和单位组成。"]
    got = [u for u in units(roster_extractor, "\n\n".join(lines) + "\n") if u[2] == "县森林草原防灭火联席会议"]
    assert [u[0] for u in got] == ["县林业和草原局", "县应急管理局", "县公安局", "县气象局", "县消防救援大队",
                                   "县自然资源局", "县农业农村局"]


def test_a_post_word_alone_under_a_row_ends_its_title_and_the_list_goes_on(roster_extractor: Extractor) -> None:
    # (a PDF cut the title at the column's edge: ``…机关纪委`` ⏎ ``书记``; the rows under it are the list's too)
    text = ("经研究，决定成立领导小组，名单如下：\n\n组  长：张一  某省文联党组书记、主席\n\n"
            "成  员：李二  某省文联办公室主任\n\n王五  某省文联机关党委副书记、机关纪委\n\n书记\n\n"
            "赵四  某省美术馆馆长\n\n钱六  某省文艺评论中心主任\n")
    got = by_person(roster_extractor, text)
    assert got["王五"].titles == ("某省文联机关党委副书记", "机关纪委书记")
    assert (got["赵四"].role, got["钱六"].role) == ("成员", "成员")


def test_a_founding_sentence_a_pdf_wrapped_names_the_body_of_the_roster_under_it(roster_extractor: Extractor) -> None:
    # (the founding cut across lines: ``决定成`` ⏎ ``立2024年暑期学生安全工作领导小组``)
    lines = ["为进一步做好2024年暑期我县学生的安全教育工作", "，确保广大学生平安度假，经县政府同意，决定成",
             "立2024年暑期学生安全工作领导小组。现将有关事", "项通知如下：", "一、领导小组成员", "组  长：张一  县长",
             "副组长：李二  副县长"]
    got = by_person(roster_extractor, "\n\n".join(lines) + "\n")
    assert (got["张一"].body, got["李二"].role) == ("2024年暑期学生安全工作领导小组", "副组长")


def test_a_title_cut_after_a_letter_that_ends_some_posts_goes_on_in_the_next_line(roster_extractor: Extractor) -> None:
    # (``…区机关事`` ⏎ ``务服务中心主任``: 事 ends 理事 and 干事, but no post ends this title)
    text = ("决定成立某区办公用房管理工作领导小组。\n\n二、组成人员\n\n组  长：张一  区委常委、副区长\n\n"
            "成  员：王五  区政府办公室党组成员、区机关事\n\n务服务中心主任\n\n赵四  区发改局副局长\n")
    got = by_person(roster_extractor, text)
    assert got["王五"].titles == ("区政府办公室党组成员", "区机关事务服务中心主任")
    assert units(roster_extractor, text) == []
