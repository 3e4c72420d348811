"""Assignments in layouts other than the demo gazettes': prose hand-outs, cut-off markers, verbs left in a
labelled unit field, label variants. One short snippet per layout family, with the facts it must give and
the prose that must give none.
"""

from __future__ import annotations

from graph_build.pipeline import Extractor
from graph_build.records import Assignment


def assignments(extractor: Extractor, text: str) -> list[Assignment]:
    return [f for f in extractor.facts_from_text(text) if f.type == "assignment"]


def test_clauses_led_by_a_unit_each_give_their_own_task(extractor: Extractor) -> None:
    text = (
        "细化任务强目标。组建专班,落实专人,制定方案,限时上报。县发改委牵头揽总,相关部门各司其职。"
        "推进跨区域旅游合作由县旅游局牵头负责;食用菌品牌保护由县质监局牵头负责。目前,各项工作正在实施之中。"
    )
    facts = {f.task: f for f in assignments(extractor, text)}
    assert facts["推进跨区域旅游合作"].lead == ("县旅游局",)
    assert facts["推进跨区域旅游合作"].units == ("县旅游局",)
    assert facts["食用菌品牌保护"].units == ("县质监局",)
    whole = next(f for f in facts.values() if f.task.startswith("细化任务强目标"))
    assert whole.lead == ("县发改委",)
    assert whole.units == ("县发改委", "相关部门")
    assert len(facts) == 3


def test_traditional_prose_clause_reads_like_simplified(extractor: Extractor) -> None:
    facts = assignments(extractor, "全面推進景區提檔升級由縣旅遊局牽頭負責。")
    assert [(f.task, f.units, f.lead) for f in facts] == [("全面推進景區提檔升級", ("縣旅遊局",), ("縣旅遊局",))]


def test_a_closing_sentence_gives_the_item_to_its_unit(extractor: Extractor) -> None:
    text = "(一)宣传教育组。负责对全市各类学校开展安全教育工作,部署各学校开展应急演练。此项工作由市教育局负责。\n"
    facts = assignments(extractor, text)
    assert len(facts) == 1
    assert facts[0].task.startswith("宣传教育组")
    assert facts[0].units == ("市教育局",)
    assert facts[0].lead == ()


def test_a_division_of_work_in_a_news_report_gives_one_task_per_clause(extractor: Extractor) -> None:
    text = (
        "在现场,县长分解了任务:县房管局、城关镇社区负责小区的施工改造,县住建局负责道路绿化的建设和管护,"
        "县城管执法局负责周边市容环境秩序的清理整治。"
    )
    facts = {f.task: f.units for f in assignments(extractor, text)}
    assert facts == {
        "负责小区的施工改造": ("县房管局", "城关镇社区"),
        "负责道路绿化的建设和管护": ("县住建局",),
        "负责周边市容环境秩序的清理整治。": ("县城管执法局",),
    }


def test_a_division_of_work_announced_at_a_paragraphs_end_divides_the_next(extractor: Extractor) -> None:
    text = ("在某镇调研时,县长分解了任务:\n县交通局、某镇人民政府负责镇区道路的维修,县水利局负责河道的清淤和护岸。\n"
            "县长要求,各单位都要明确专人负责这项工作。\n")
    facts = {f.task: f.units for f in assignments(extractor, text)}
    assert facts == {"负责镇区道路的维修": ("县交通局", "某镇人民政府"), "负责河道的清淤和护岸。": ("县水利局",)}


def test_prose_that_only_tells_a_duty_gives_no_assignment(extractor: Extractor) -> None:
    text = (
        "四、保障措施\n"
        "(一)保障建设用地。优先保障充电设施建设用地,由县自然资源局负责办理用地手续。\n"
        "(二)加强宣传。县融媒体中心负责做好宣传报道。\n"
        "县财政局负责足额筹措县级配套资金。\n"
    )
    assert assignments(extractor, text) == []


def test_verbs_left_in_a_labelled_unit_field_are_not_part_of_the_unit(extractor: Extractor) -> None:
    text = (
        "(一)为推动经济高质量发展提供法治保障。加强规范性文件备案审查工作。\n"
        "责任单位:县政府办公室、县司法局、各有关部门,乡镇人民政府按职责分工分别负责。\n"
    )
    facts = assignments(extractor, text)
    assert len(facts) == 1
    assert facts[0].units == ("县政府办公室", "县司法局", "各有关部门", "乡镇人民政府")


def test_lead_label_variants_and_a_prefecture_unit_after_及(extractor: Extractor) -> None:
    text = (
        "1.推进政务服务事项网上办。分批次推进事项网上办理。(牵头责任单位:州政务服务中心;"
        "责任单位:州司法局、州委编办及州直相关单位,6月底完成)\n"
    )
    [fact] = assignments(extractor, text)
    assert fact.lead == ("州政务服务中心",)
    assert fact.units == ("州政务服务中心", "州司法局", "州委编办", "州直相关单位")
    assert fact.deadline == "6月底"


def test_a_marker_cut_off_by_the_end_of_an_excerpt_keeps_its_complete_units(extractor: Extractor) -> None:
    text = (
        "(五)社会消费品零售总额增长16%。(牵头单位:县科经局;责任单位:各镇人民政府)\n"
        "(六)城乡居民人均可支配收入与经济增长同步。[牵头单位:县发改局(粮食局)、县农业农"
    )
    facts = {f.task: f for f in assignments(extractor, text)}
    cut = facts["城乡居民人均可支配收入与经济增长同步。"]
    assert cut.lead == ("县发改局(粮食局)",)
    assert cut.units == ("县发改局(粮食局)",)


def test_a_bracket_cut_before_any_complete_unit_gives_nothing(extractor: Extractor) -> None:
    text = "8.推进农村人居环境整治。(牵头单位:县农业农"
    assert assignments(extractor, text) == []


def test_a_table_with_one_cell_per_line_closed_by_pipes(extractor: Extractor) -> None:
    text = (
        "重点工作目标任务分解表\n序号 |\n目标与任务 |\n分 管 县领导 |\n牵头责任单位 |\n责任单位 |\n"
        "12 |\n加大普惠性托育供给,新增托位数400个以上。 |\n李 明 |\n县教育局 |\n县各有关单位 |\n"
        "13 |\n支持职业学校发展,探索职业教育赋能区域发展路径。 |\n张 伟王 芳 |\n县教育局 |\n县人社局、县财政局 |\n"
    )
    facts = assignments(extractor, text)
    assert [(f.task[:9], f.lead, f.units, f.leader, f.prov.line) for f in facts] == [
        ("加大普惠性托育供给", ("县教育局",), ("县教育局", "县各有关单位"), "李明", 8),
        ("支持职业学校发展,", ("县教育局",), ("县教育局", "县人社局", "县财政局"), "张伟、王芳", 13),
    ]


def test_a_row_laid_out_as_column_names_over_values(extractor: Extractor) -> None:
    text = (
        "具体任务\n全面完成医院升级改造,二级以上医疗机构发热门诊应设尽设,举办全县运动会。\n"
        "责任单位\n卫健局、文旅局\n配合单位\n各乡镇\n完成时限\n"
        "医院升级改造1月底前完成;其它事项12月底前取得明显成效并长期坚持\n"
    )
    [fact] = assignments(extractor, text)
    assert fact.task.startswith("全面完成医院升级改造")
    assert fact.units == ("卫健局", "文旅局", "各乡镇")
    assert fact.lead == ()
    assert fact.deadline == "1月底前"
    assert fact.prov.line == 2


def test_a_pipe_table_without_unit_columns_gives_nothing(extractor: Extractor) -> None:
    text = "序号 |\n任务 |\n备注 |\n1 |\n开展安全生产大检查 |\n无 |\n"
    assert assignments(extractor, text) == []
