"""Duties stated without a marker: rows of a duty list and ``县X局负责…`` sentences; precision first."""

from __future__ import annotations

from graph_build.pipeline import Extractor
from graph_build.records import Duty

DUTY_LIST = """五、各相关部门文物保护职责

县财政局负责安排文物保护利用工作资金预算、拨付，对经费实施管理和协调；

县水利局重点做好对古河道、堤坝、水渠和近现代重要水利设施的保护；

县林业局要做好林区内文物保护工作；

各乡镇负责本辖区内的文物保护工作，切实履行文物保护属地管理主体责任。

六、完善文物保护体系

1、加强文保员队伍管理。各乡镇网格员兼任文保员，明确文物保护职责。
"""

MEMBER_DUTIES = """2.2 成员单位职责

县应急管理局:负责气象灾害及其衍生灾情的收集、分析、上报工作。

县气象局:负责灾害性天气气候的监测、预警、预报的制作和发布。

移动、联通、电信分公司:负责组织协调各电信运营企业做好通信保障应急工作。

2.3 应急工作组组成及职责

指挥部下设9个应急工作组:综合协调组、监测预警组、现场抢险组。
"""


def duties(extractor: Extractor, text: str) -> list[Duty]:
    return [f for f in extractor.facts_from_text(text) if f.type == "duty"]


def test_rows_under_a_duty_heading(extractor: Extractor) -> None:
    facts = duties(extractor, DUTY_LIST)
    assert [(f.units, f.task) for f in facts] == [
        (("县财政局",), "负责安排文物保护利用工作资金预算、拨付，对经费实施管理和协调"),
        (("县水利局",), "重点做好对古河道、堤坝、水渠和近现代重要水利设施的保护"),
        (("县林业局",), "要做好林区内文物保护工作"),
        (("各乡镇",), "负责本辖区内的文物保护工作，切实履行文物保护属地管理主体责任"),
    ]
    assert facts[0].prov.line == 3
    assert all(f.lead == () and f.deadline is None for f in facts)


def test_colon_rows_of_member_duties(extractor: Extractor) -> None:
    facts = duties(extractor, MEMBER_DUTIES)
    # ``移动、联通、电信分公司`` names bodies by brand only: not read as units rather than guessed
    assert [f.units for f in facts] == [("县应急管理局",), ("县气象局",)]
    assert facts[1].task == "负责灾害性天气气候的监测、预警、预报的制作和发布"


def test_rows_under_an_unnumbered_heading_that_ends_with_a_colon(extractor: Extractor) -> None:
    # The list is the rows of a unit and its duties right after the heading; the paragraph after them is not in it.
    text = ("指挥部下设办公室，办公室设在县应急管理局。\n各成员单位职责：\n"
            "县应急管理局：负责组织协调森林火灾应急处置工作。\n"
            "县林业局：负责森林火灾预防工作，指导森林防火宣传。\n各乡镇要加强巡查。\n")
    assert [(f.units, f.task) for f in duties(extractor, text)] == [
        (("县应急管理局",), "负责组织协调森林火灾应急处置工作"),
        (("县林业局",), "负责森林火灾预防工作，指导森林防火宣传"),
    ]


def test_a_clause_is_not_a_unit(extractor: Extractor) -> None:
    """``指挥部下设9个应急工作组:`` heads a list of groups, not a duty."""
    assert not any("下设" in u for f in duties(extractor, MEMBER_DUTIES) for u in f.units)


def test_prose_duty_of_a_named_unit(extractor: Extractor) -> None:
    text = (
        "（二）资金保障。县财政局负责足额筹措县级配套资金，按要求及时进行拨付。"
        "县发改局负责指导协调全县“煤改电”运行补贴相关工作。\n"
    )
    facts = duties(extractor, text)
    assert [(f.units, f.task) for f in facts] == [
        (("县财政局",), "负责足额筹措县级配套资金，按要求及时进行拨付"),
        (("县发改局",), "负责指导协调全县“煤改电”运行补贴相关工作"),
    ]


def test_led_by_in_prose(extractor: Extractor) -> None:
    text = "（三）加大宣传力度\n\n由县委宣传部牵头，通过报纸、电视等媒体开展新闻发布、正面宣传、反面曝光。\n"
    (fact,) = duties(extractor, text)
    assert fact.lead == fact.units == ("县委宣传部",)
    assert fact.task.startswith("通过报纸、电视等媒体开展新闻发布")


def test_led_by_with_units_that_co_operate(extractor: Extractor) -> None:
    text = "会议强调，要压实安全生产责任。由县应急管理局牵头，县公安局、县交通运输局配合，开展安全生产大排查。\n"
    (fact,) = duties(extractor, text)
    assert (fact.task, fact.lead, fact.units) == (
        "开展安全生产大排查", ("县应急管理局",), ("县应急管理局", "县公安局", "县交通运输局"))


def test_units_with_their_verbs_before_a_duty_in_a_list_and_in_prose(extractor: Extractor) -> None:
    text = (
        "四、职责分工\n（一）县教育局负责，各学校配合。\n（二）县卫健局牵头，各乡镇卫生院配合，做好学校传染病防控。\n"
        "五、保障措施\n县商务局负责，各乡镇配合，做好招商引资工作。\n"
    )
    assert [(f.task, f.lead, f.units) for f in duties(extractor, text)] == [
        ("做好学校传染病防控", ("县卫健局",), ("县卫健局", "各乡镇卫生院")),
        ("做好招商引资工作", (), ("县商务局", "各乡镇")),
    ]


def test_what_is_not_a_duty(extractor: Extractor) -> None:
    text = (
        "本文件由县人社局负责解读，自印发之日起实施。\n\n"
        "领导小组办公室设在县工信局，负责日常协调工作。\n\n"
        "各乡镇负责组织实施本区域内的改造工作。\n\n"
        "县级行政事业单位负责对本单位占有、使用的国有资产申报办理资产处置事项。\n\n"
        "县主要负责人负责组织协调。\n"
    )
    assert duties(extractor, text) == []


def test_marker_paragraphs_are_left_to_assignments(extractor: Extractor) -> None:
    text = "1. 加强统筹。县财政局负责筹措资金。（县财政局牵头，县发改局配合）\n"
    facts = extractor.facts_from_text(text)
    assert [f.type for f in facts if f.type in ("duty", "assignment")] == ["assignment"]
