"""Assignments from responsibility markers: every marker form, the task each one belongs to, and the
table whose task column comes before the 牵头单位 / 配合单位 columns.

Snippets are excerpts of the demo gazettes (blank lines and hard wraps as PDF
extraction left them); they carry no 文号 and some start mid-list.
"""

from __future__ import annotations

from graph_build.pipeline import Extractor
from graph_build.records import Assignment


def assignments(extractor: Extractor, text: str) -> list[Assignment]:
    return [f for f in extractor.facts_from_text(text) if f.type == "assignment"]


def by_task(facts: list[Assignment], prefix: str) -> Assignment:
    hits = [f for f in facts if f.task.startswith(prefix)]
    assert len(hits) == 1, [f.task for f in facts]
    return hits[0]


# -- marker forms ------------------------------------------------------------------

LABELLED = (
    "（一）增强气象科技自主创新能力\n\n"
    "1. 坚持创新驱动，加快推进气象现代化建设。认真贯彻落实省、市气象科技发展规划。"
    "（责任单位：县气象局、县科学技术协会、县农业农村局）\n\n"
    "2. 夯实创新基础，加强气象人才队伍建设。创新人才发展机制。（责任单位：县气象局、县科学技术协会）\n"
)


def test_labelled_marker_gives_units_in_order_and_no_lead(extractor: Extractor) -> None:
    facts = assignments(extractor, LABELLED)
    assert len(facts) == 2
    first = by_task(facts, "坚持创新驱动")
    assert first.units == ("县气象局", "县科学技术协会", "县农业农村局")
    assert first.lead == ()
    assert first.prov.line == 3
    assert first.task == "坚持创新驱动，加快推进气象现代化建设。认真贯彻落实省、市气象"
    assert by_task(facts, "夯实创新基础").units == ("县气象局", "县科学技术协会")


def test_responsible_department_with_deadline(extractor: Extractor) -> None:
    text = (
        "（一）生态环境综合治理工程\n\n"
        "实施稷山县湿地植被恢复项目，完成汾河稷山段沿岸栽植湿地植被面积 290 亩。"
        "（责任部门：县林业局；完成时限：2023 年 12 月底）\n"
    )
    (fact,) = assignments(extractor, text)
    assert fact.units == ("县林业局",)
    assert fact.deadline == "2023年12月底"
    assert fact.task.startswith("实施稷山县湿地植被恢复项目")


VERB_FORMS = """(一) 深入排查整治“问题气”等风险隐患

1. 对未取得许可的企业从事燃气经营的，要依法责令关停。（县住建局负责，各成员单位组织落实。以下均需各成员单位，不再列出）

2. 对管道燃气经营企业未按规定对其供气范围内的管道进行巡查维护的，要依法责令限期改正。（县住建局负责）

3. 加强危险化学品生产经营单位的安全监管。（县应急局牵头，县市场监管局按职责分工负责）

4. 对非法经营燃气的“黑窝点”，要坚决依法从重从快打击。（县公安局牵头，县市场监管局、县应急局、县住建局按职责分工负责）

5. 督促指导燃气经营企业全面落实安全生产主体责任。（县住建局、县市场监管局、县应急局按职责分工负责）

6. 落实专业经营单位出资责任。（县发改局、县财政局牵头，县住建局按职责分工负责）
"""


def test_verb_markers_fill_lead_only_for_qiantou(extractor: Extractor) -> None:
    facts = assignments(extractor, VERB_FORMS)
    assert len(facts) == 6
    assert by_task(facts, "对未取得许可").units == ("县住建局", "各成员单位")
    assert by_task(facts, "对未取得许可").lead == ()
    third = by_task(facts, "加强危险化学品")
    assert third.lead == ("县应急局",)
    assert third.units == ("县应急局", "县市场监管局")
    fourth = by_task(facts, "对非法经营燃气")
    assert fourth.lead == ("县公安局",)
    assert fourth.units == ("县公安局", "县市场监管局", "县应急局", "县住建局")
    fifth = by_task(facts, "督促指导燃气经营企业")
    assert fifth.lead == ()
    assert fifth.units == ("县住建局", "县市场监管局", "县应急局")
    assert by_task(facts, "落实专业经营单位").lead == ("县发改局", "县财政局")


def test_note_not_carried_to_later_tasks(extractor: Extractor) -> None:
    """``以下均需各成员单位，不再列出`` stays with its own marker (literal scope)."""
    facts = assignments(extractor, VERB_FORMS)
    assert by_task(facts, "对管道燃气经营企业").units == ("县住建局",)
    assert all("不再列出" not in u for f in facts for u in f.units)


def test_xiatong_not_carried(extractor: Extractor) -> None:
    text = (
        "1. 加强数字化监管，建立数据共享机制。（县市场监管局牵头，有关部门按照职责分工负责，下同）\n\n"
        "2. 构建包容审慎的监管制度，依法实施首违不罚。（县司法局负责）\n"
    )
    facts = assignments(extractor, text)
    assert by_task(facts, "加强数字化监管").units == ("县市场监管局", "有关部门")
    assert by_task(facts, "构建包容审慎").units == ("县司法局",)


def test_lead_and_responsible_labels(extractor: Extractor) -> None:
    text = (
        "50.压紧压实责任。各有关单位要树牢安全发展理念，确保重点任务和目标落到实处。"
        "〔牵头单位：县发改局；责任单位：县直各相关单位〕\n"
    )
    (fact,) = assignments(extractor, text)
    assert fact.lead == ("县发改局",)
    assert fact.units == ("县发改局", "县直各相关单位")


def test_responsible_and_cooperating_labels_in_tortoise_brackets(extractor: Extractor) -> None:
    text = (
        "3.提升加油站服务功能。开展成品油市场专项整治，规范加油站管理水平。〔责任单位：县商务局；配合单位：县"
        "\n市场监管局、县文旅局〕\n"
    )
    (fact,) = assignments(extractor, text)
    assert fact.lead == ()
    assert fact.units == ("县商务局", "县市场监管局", "县文旅局")


# -- which text is the task -----------------------------------------------------------

SECTION_CLOSING = """三、重点任务

（一）打造公平公正的法治环境

1.破除妨碍公平竞争的不合理限制。强化公平竞争审查制度刚性约束。

2.建立营商环境法治保障共同体。畅通政策制度设计、执行、反馈沟通渠道。

3.加强律师法律服务。建立完善“政府法律顾问专家库”。

（牵头单位：县司法局，配合单位：县行政审批

局、县市场监管局、县发改局、县财政局）

（二）打造高效便捷的政务环境

4.深化“四零服务”改革。深入开展涉企事项“四零服务”改革。（县行政审批局负责）
"""


def test_marker_closing_a_list_belongs_to_the_section_heading(extractor: Extractor) -> None:
    facts = assignments(extractor, SECTION_CLOSING)
    closing = by_task(facts, "打造公平公正的法治环境")
    assert closing.prov.line == 3  # the heading's line, not the marker's
    assert closing.lead == ("县司法局",)
    assert closing.units == ("县司法局", "县行政审批局", "县市场监管局", "县发改局", "县财政局")
    # the next section's item keeps its own marker
    assert by_task(facts, "深化“四零服务”改革").units == ("县行政审批局",)
    assert len(facts) == 2


def test_marker_closing_measures_under_a_numbered_problem(extractor: Extractor) -> None:
    text = """(一) 关于部分乡镇在审批农村宅基地时未按规定进行审批的问题。

整改措施：

1、召开全县和各乡镇宅基地工作会议，学习我县审批管理办法。

2、修改完善《农村宅基地和自建房审批表》，增加面积、地类、四至等基本要素。

（责任单位：农经中心、各乡（镇）人民政府）
"""
    (fact,) = assignments(extractor, text)
    assert fact.task.startswith("关于部分乡镇在审批农村宅基地")
    assert fact.prov.line == 1
    assert fact.units == ("农经中心", "各乡（镇）人民政府")


def test_several_markers_in_one_item_give_several_records(extractor: Extractor) -> None:
    text = (
        "2. 完善制度建设。制定公平竞争审查实施细则。（县市场监管局负责）"
        "同步清理妨碍统一市场的规定和做法。（县司法局牵头，有关部门按照职责分工负责）\n"
    )
    facts = assignments(extractor, text)
    assert [f.task for f in facts] == ["完善制度建设。制定公平竞争审查实施细则。", "同步清理妨碍统一市场的规定和做法。"]
    assert facts[0].units == ("县市场监管局",)
    assert facts[1].lead == ("县司法局",)


def test_marker_after_continuation_paragraphs_belongs_to_the_item(extractor: Extractor) -> None:
    text = """（十一）持续做好就业见习扩量提质岗位募集工作。各单位要引导动员社会力量积极开发就业见习岗位。

同时，开展就业见习示范单位创建活动，带动全县就业见习工作提质扩规。（各乡镇、县医疗集团、经开区、县人社局等按职责分工负责）完成时限至2023年12月31日。
"""
    (fact,) = assignments(extractor, text)
    assert fact.prov.line == 1
    assert fact.task.startswith("持续做好就业见习扩量提质岗位募集工作")
    assert fact.units == ("各乡镇", "县医疗集团", "经开区", "县人社局")
    assert fact.deadline == "2023年12月31日"


def test_marker_wrapped_across_lines(extractor: Extractor) -> None:
    """``(责`` ⏎ ``任单位:县教育局)``: the marker is read across the break, the task is the item."""
    text = """（一）落实立德树人根本任务

1.强化立德树人导向。坚持党对职业教育

工作的领导，掌握学校思政工作主导权。

积极创新思政课方式方法，不断提高师生思想

水平、政治觉悟、道德品质和文化素养。(责

任单位:县教育局)

2.实施职业教育铸魂育人计划。推进职业教育领域综合改革试点工作。(责任单位:县教育局、县人社局、县

财政局)
"""
    facts = assignments(extractor, text)
    first = by_task(facts, "强化立德树人导向")
    assert first.units == ("县教育局",)
    assert first.prov.line == 3
    assert by_task(facts, "实施职业教育铸魂育人计划").units == ("县教育局", "县人社局", "县财政局")


# -- deadlines ---------------------------------------------------------------------


def test_deadlines_only_from_completion_wording(extractor: Extractor) -> None:
    text = """（一）以行政执法公开促法治

严格落实行政执法公示制度。(县司法局牵头，有关部门按照职责分工负责，11月底前完成)

全面推进“在阳光下执法”。行政执法人员要主动出示执法证件。(县司法局牵头，有关部门按照职责分工负责，年内持续推进)

县财政局牵头扩大预决算公开范围，年底前完成各级行政机关所属单位预算公开。（县财政局牵头，有关部门按照职责分工负责，年内持续推进）

稳定机关事业单位岗位规模，力争至8月底前基本完成招录计划目标。（县委组织部、县人社局、县编办等按职责分工负责）
"""
    facts = assignments(extractor, text)
    assert by_task(facts, "严格落实行政执法公示制度").deadline == "11月底前"
    assert by_task(facts, "全面推进“在阳光下执法”").deadline is None
    assert by_task(facts, "县财政局牵头扩大预决算").deadline == "年底前"
    assert by_task(facts, "稳定机关事业单位岗位规模").deadline == "8月底前"


def test_annual_target_is_not_a_deadline(extractor: Extractor) -> None:
    text = "14. 持续开展托育服务试点示范活动。2023年全县新增1所市级托育服务示范机构。（县卫健局负责）\n"
    (fact,) = assignments(extractor, text)
    assert fact.deadline is None


# -- writing variants ------------------------------------------------------------------


def test_half_width_punctuation(extractor: Extractor) -> None:
    text = "实施汾河流域(稷山段)污水厂尾水人工湿地水质净化工程。(责任单位:县生态环境局;完成时限:2024年12月)\n"
    (fact,) = assignments(extractor, text)
    assert fact.units == ("县生态环境局",)
    assert fact.deadline == "2024年12月"
    assert fact.task == "实施汾河流域(稷山段)污水厂尾水人工湿地水质净化工程。"


def test_traditional_characters_are_read_and_kept_as_written(extractor: Extractor) -> None:
    text = "1. 加強數字化監管，建立數據共享機制。（縣市場監管局牽頭，有關部門按照職責分工負責）\n"
    (fact,) = assignments(extractor, text)
    assert fact.lead == ("縣市場監管局",)
    assert fact.units == ("縣市場監管局", "有關部門")


def test_unit_list_conventions(extractor: Extractor) -> None:
    """Generic units kept as written, ``A及B`` split, trailing 等 dropped, a post becomes its unit."""
    text = "1. 加强组织领导。（县工科局局长、县财政局及县发改局、各乡（镇）人民政府、县直有关单位等按职责分工负责）\n"
    (fact,) = assignments(extractor, text)
    assert fact.units == ("县工科局", "县财政局", "县发改局", "各乡（镇）人民政府", "县直有关单位")


def test_brackets_that_are_not_markers(extractor: Extractor) -> None:
    text = (
        "1. 新建村庄小游园10个。(其中稷峰镇3个、西社镇1个、翟店镇2个)(责任单位:林业局、各乡镇政府)\n\n"
        "2. 做好全县气象灾害防御工作（包括暴雨、冰雹等灾害性天气）。\n"
    )
    (fact,) = assignments(extractor, text)
    assert fact.units == ("林业局", "各乡镇政府")
    assert fact.task.startswith("新建村庄小游园10个。(其中稷峰镇3个")


def test_roster_subgroup_is_not_an_assignment(extractor: Extractor) -> None:
    text = """2.1.1 综合保障组

牵头单位：县应急管理局

成员单位：县发改局、县财政局。

职 责：负责综合协调应急处置工作。
"""
    assert assignments(extractor, text) == []


# -- structured items: 工作任务 / 时间节点 / 责任单位 ----------------------------------------

STRUCTURED = (
    "5.清洁运输整治工程\n\n"
    "工作任务：加快推进大宗物料运输“公转铁”，年货运量 150 万吨以上工业企业涉及公路运输车辆达到国五及以上标准。"
    "依法查处散装物料运输抛洒和违反大气污染防治绿色示范区规定等行为。\n"
)
STRUCTURED += """
时间节点：大宗物料运输“公转铁”工程按项目进度完成。对散装物料运输抛洒等行为，发现一起查处一起。

责任单位：第一项由县发改局和县交通局负责；第二项由县公安交警大队负责，县交通局配合。

6.雨污分流建设改造工程

工作任务：加快雨污合流制管网改造进度，最大程度减少降雨导致的生活污水溢流直排。

时间节点：2021 年 12 月底。

责任单位：县住建局
"""


def test_structured_item_with_parts_handed_out(extractor: Extractor) -> None:
    facts = assignments(extractor, STRUCTURED)
    first = by_task(facts, "加快推进大宗物料运输")
    assert first.units == ("县发改局", "县交通局")
    assert first.prov.line == 3
    second = by_task(facts, "依法查处散装物料运输抛洒")
    assert second.units == ("县公安交警大队", "县交通局")
    assert second.deadline == "发现一起查处一起"
    whole = by_task(facts, "雨污分流建设改造工程工作任务")
    assert whole.units == ("县住建局",)
    assert whole.deadline == "2021年12月底"
    assert whole.prov.line == 9


def test_leader_field_without_units(extractor: Extractor) -> None:
    text = """1、加大劳动技能培训力度。深入推进全民技能提升工程，全年完成 10000 人次培训任务。

责任领导: 王 润
 完成时限：2021 年底前
"""
    (fact,) = assignments(extractor, text)
    assert fact.leader == "王润"
    assert fact.units == ()
    assert fact.deadline == "2021年底前"


# -- flattened task-first table --------------------------------------------------------------

TASK_FIRST_TABLE = """序号 十大工程 工作任务 完成时限 牵头单位 配合单位

1

散煤清洁

化替代工

程

组织开展清洁取暖“回头看”，继续扩大清

洁取暖覆盖面，完成 2021 年清洁取暖工作

方案。

4月 30 日前完

成方案

县能源局、县住

建局

各乡（镇）人民政

府、县供电局、中

油燃气有限公司

等部门

山西永祥煤焦集团实施超低排放改造。 12 月底 县生态环境局 经开区管委会

完成翟店镇生活污水处理厂提标升级改造，

确保正常运行。
12 月底 翟店镇人民政府县住建局

清理“一高一铁五道”沿线裸露砂堆、煤堆、

渣堆、土堆、垃圾堆等各类不规范物料堆场。

8月底

属地政府、高管

局、太原铁路局

侯马车务段稷山

火车站、公路段

护路办、县直有关

单位
"""


def test_task_first_table_rows(extractor: Extractor) -> None:
    facts = assignments(extractor, TASK_FIRST_TABLE)
    assert len(facts) == 4
    first = by_task(facts, "组织开展清洁取暖")
    assert first.lead == ("县能源局", "县住建局")
    assert first.units == ("县能源局", "县住建局", "各乡（镇）人民政府", "县供电局", "中油燃气有限公司")
    assert first.deadline == "4月30日前完成方案"
    assert first.prov.line == 11
    one_line = by_task(facts, "山西永祥煤焦集团")
    assert one_line.lead == ("县生态环境局",)
    assert one_line.units == ("县生态环境局", "经开区管委会")
    assert one_line.deadline == "12月底"
    glued = by_task(facts, "完成翟店镇生活污水处理厂")
    assert glued.lead == ("翟店镇人民政府",)
    assert glued.units == ("翟店镇人民政府", "县住建局")
    wrapped = by_task(facts, "清理“一高一铁五道”")
    assert wrapped.lead == ("属地政府", "高管局", "太原铁路局侯马车务段稷山火车站", "公路段")
    assert wrapped.units[-2:] == ("护路办", "县直有关单位")


def test_prose_mentioning_column_names_is_not_a_table(extractor: Extractor) -> None:
    text = "的目标任务,各牵头单位和责任单位要及时研\n\n究，确保按时完成。\n\n各部门要落实责任。\n"
    assert assignments(extractor, text) == []


UNITS_THEN_DEADLINE_TABLE = """附件

重点任务清单

序号 工作任务 责任单位 完成时限

1 推进城区集中供热管网改造，新建管网 12 公里。 县住建局 2023年10月底

2 完成农村生活污水治理项目 5个。 县生态环境局、各乡镇人民政府 2023年12月底

3 开展校园安全专项整治行动，排查整改
隐患。 县教育局 长期坚持
"""


def test_table_with_a_responsible_column_and_the_deadline_last(extractor: Extractor) -> None:
    """A 责任单位 column names no lead; 序号 and the date share lines with the cells."""
    facts = assignments(extractor, UNITS_THEN_DEADLINE_TABLE)
    assert [(f.task, f.units, f.lead, f.deadline) for f in facts] == [
        ("推进城区集中供热管网改造，新建管网12公里。", ("县住建局",), (), "2023年10月底"),
        ("完成农村生活污水治理项目5个。", ("县生态环境局", "各乡镇人民政府"), (), "2023年12月底"),
        ("开展校园安全专项整治行动，排查整改隐患。", ("县教育局",), (), "长期坚持"),
    ]


def test_a_note_on_the_items_below_is_no_marker_of_its_own(extractor: Extractor) -> None:
    text = ("一、民生实事项目及责任分工\n(以下各项均需各乡(镇)人民政府、街道办事处配合,不再列出)\n"
            "1.实施老旧小区改造。改造老旧小区42个,11月底前完成改造任务。(牵头单位:区住建局;责任单位:区财政局)\n")
    facts = assignments(extractor, text)
    assert [(f.task[:8], f.units) for f in facts] == [("实施老旧小区改造", ("区住建局", "区财政局"))]


def test_a_list_a_cell_a_line_closed_by_bars_with_columns_the_reader_does_not_know(extractor: Extractor) -> None:
    # ``路段名称`` before the problem and ``备注`` last are no columns this reader knows: they keep their places
    text = ("某市卫生城市检查路段问题汇总表\n序号 |\n路段名称 |\n问题描述 |\n责任单位 |\n备注 |\n"
            "1 |\n人民路 |\n人民路沿线车辆乱停乱放 |\n市停车办 |\n|\n"
            "2 |\n解放路 |\n垃圾站旁杂草丛生 |\n市环卫中心 |\n已整改 |\n")
    assert [(f.task, f.units) for f in assignments(extractor, text)] == [
        ("人民路沿线车辆乱停乱放", ("市停车办",)), ("垃圾站旁杂草丛生", ("市环卫中心",))]


def test_a_rectification_list_a_cell_a_line_each_closed_by_a_bar(extractor: Extractor) -> None:
    # ``问题表现`` is the task (the row's first task column); ``具体责任人`` is a label of its own
    text = ("某镇巡察反馈意见问题整改清单\n序号 |\n问题表现 |\n整改措施 |\n责任领导 |\n责任科室 |\n整改时限 |\n"
            "1 |\n学习制度落实不到位，集体学习未达到规定要求。 |\n制定年度学习计划，建立学习台账。 |\n"
            "周 浩 |\n党建办 |\n"
            "2024年3月底前 |\n2 |\n财务管理不规范，存在白条入账等问题。 |\n开展财务专项清理。 |\n沈 洁 |\n"
            "党政办（牵头）、财政办 |\n2024年4月底前 |\n")
    facts = assignments(extractor, text)
    assert [(f.task[:6], f.lead, f.units, f.deadline) for f in facts] == [
        ("学习制度落实", (), ("党建办",), "2024年3月底前"),
        ("财务管理不规", ("党政办",), ("党政办", "财政办"), "2024年4月底前")]
    labelled = ("3.推进新材料项目建设，10月底前竣工投产。\n"
                "责任领导：刘振华  责任部门：经济发展办公室  具体责任人：张  凯  完成时限：10月底\n")
    assert [f.units for f in assignments(extractor, labelled)] == [("经济发展办公室",)]


def test_a_meeting_report_hands_out_an_item_to_a_lead_and_units_that_carry_it_out(extractor: Extractor) -> None:
    text = ("某县召开一季度经济运行调度会\n"
            "在农业生产方面，会议要求抓好春播春种，5月底前完成水稻育秧和移栽，由县农业农村局牵头负责，各乡镇（街道）抓好落实。\n")
    facts = assignments(extractor, text)
    assert [(f.lead, f.units, f.deadline) for f in facts] == [
        (("县农业农村局",), ("县农业农村局", "各乡镇（街道）"), "5月底前")]


def test_a_minutes_item_handed_out_by_a_word_that_points_back_is_its_heading(extractor: Extractor) -> None:
    # ``此项工作由X牵头``: the task is the item the heading names, not the meeting's report of it
    text = ("某县人民政府常务会议纪要\n\n一、关于城区“两违”整治工作\n"
            "会议听取了县住建局关于城区违法建设整治工作情况的汇报。会议要求，要对城区开展全面摸底排查，建立台账。"
            "此项工作由县住建局牵头，县国土资源局配合，于6月底前完成。\n\n"
            "二、关于县城区停车秩序整治问题\n会议要求，开展停车秩序专项整治，由县公安局牵头，县交通运输局配合。\n")
    facts = assignments(extractor, text)
    assert [(f.prov.line, f.task[:10], f.units) for f in facts] == [
        (3, "关于城区“两违”整治", ("县住建局", "县国土资源局")),
        (7, "开展停车秩序专项整治", ("县公安局", "县交通运输局"))]


def test_a_tables_note_on_its_columns_is_no_task(extractor: Extractor) -> None:
    text = ("24\t开展城区交通秩序综合整治\t曾凡宇\t市城管执法局\t市公安局\t2022年9月底前\n"
            "说明：表中未注明牵头单位的，由第一责任单位牵头；“各镇（办、区）”指各镇人民政府、街道办事处。\n")
    assert all("第一责任单位" not in f.units for f in assignments(extractor, text))


def test_a_bracket_that_hands_out_the_items_above_names_its_units_after_the_words_that_point_back(
        extractor: Extractor) -> None:
    text = ("三、电子商务扶贫\n1．建立贫困村特色产品网销台账，推动农特产品上网销售。\n2．开展电商扶贫培训。\n"
            "（以上工作由县扶贫办牵头，县商务局、县财政局配合）\n")
    facts = assignments(extractor, text)
    assert [(f.lead, f.units) for f in facts] == [(("县扶贫办",), ("县扶贫办", "县商务局", "县财政局"))]


def test_a_meetings_items_handed_out_with_their_purpose_or_their_way_after_the_units(extractor: Extractor) -> None:
    text = ("会议对下一步工作作出部署：\n"
            "一是秸秆收储点建设由县农业农村局牵头，县发展和改革局、县财政局配合，10月20日前完成全部收储点建设，确保秸秆应收尽收。\n"
            "二是全天候巡查工作由县公安局牵头，各乡镇人民政府配合，实行县领导包乡镇、乡镇干部包村的网格化巡查制度。\n")
    got = [(f.task, f.lead, f.units, f.deadline) for f in assignments(extractor, text)]
    assert got == [("秸秆收储点建设", ("县农业农村局",), ("县农业农村局", "县发展和改革局", "县财政局"), "10月20日前"),
                   ("全天候巡查工作", ("县公安局",), ("县公安局", "各乡镇人民政府"), None)]


def test_a_numbered_list_a_page_flattened_into_one_line_gives_each_item_its_units(extractor: Extractor) -> None:
    # a note on the first unit says the first one leads; each item's label ends where the next item starts
    text = ("发布机构: | 县政府办公室 | 有效性: | 某县人民政府办公室关于印发重点工作责任分解的通知 | "
            "重点工作责任分解 一、某县长牵头重点工作 1.全县生产总值增长7.5%左右;一般公共预算收入增长8.5%。 "
            "责任单位:县发改局(首位单位为牵头单位,下同)、县财政局、县税务局 2.落实党政机关过紧日子的要求,"
            "节俭办一切事业。 责任单位:县财政局 二、某副县长牵头重点工作 1.坚持县政府常务会议集体学法。 "
            "责任单位:县司法局\n")
    got = [(f.task, f.lead, f.units) for f in assignments(extractor, text)]
    assert got == [("全县生产总值增长7.5%左右;一般公共预算收入增长8.5%。", ("县发改局",),
                    ("县发改局", "县财政局", "县税务局")),
                   ("落实党政机关过紧日子的要求,节俭办一切事业。", (), ("县财政局",)),
                   ("坚持县政府常务会议集体学法。", (), ("县司法局",))]


def test_a_note_on_the_items_after_it_in_a_markers_last_sentence_names_no_unit(extractor: Extractor) -> None:
    text = ("一、加大财税支持\n1.积极争取省级专项资金,支持中小微企业。"
            "(责任单位:市工信局、市财政局等有关部门,各县区人民政府、园区管委会。以下政策措施均需各县区人民政府、园区管委会落实,不再单独列出)\n")
    (fact,) = assignments(extractor, text)
    assert fact.units == ("市工信局", "市财政局", "各县区人民政府", "园区管委会")
