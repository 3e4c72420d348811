"""Responsibility markers as other places write them: invented snippets of the genre (bracket and label
variants, half-width and traditional forms, tables copied with pipes or tabs, markers in headings), with the
assignments they must give and the prose that gives none."""

from __future__ import annotations

from graph_build.pipeline import Extractor
from graph_build.records import Assignment


def assignments(extractor: Extractor, text: str) -> list[Assignment]:
    return [f for f in extractor.facts_from_text(text) if isinstance(f, Assignment)]


def by_task(facts: list[Assignment], prefix: str) -> Assignment:
    (hit,) = [f for f in facts if f.task.startswith(prefix)]
    return hit


def one(extractor: Extractor, text: str) -> tuple[str, tuple[str, ...], tuple[str, ...], str | None]:
    (f,) = assignments(extractor, text)
    return f.task, f.lead, f.units, f.deadline


def test_a_marker_with_units_and_a_deadline_in_one_bracket(extractor: Extractor) -> None:
    text = "（一）加强农村饮水安全保障。"
    text += "完善农村供水工程体系。（责任单位：县水利局、县卫健局，完成时限：2023年12月底前）"
    task, lead, units, deadline = one(extractor, text)
    assert task.startswith("加强农村饮水安全保障")
    assert (lead, units, deadline) == ((), ("县水利局", "县卫健局"), "2023年12月底前")


def test_lenticular_brackets_with_lead_and_support_and_a_year_target_that_is_no_deadline(extractor: Extractor) -> None:
    text = "1.推进老旧小区改造。2023年完成改造小区12个。【牵头单位：县住建局；配合单位：县财政局、县发改局】"
    task, lead, units, deadline = one(extractor, text)
    assert task.startswith("推进老旧小区改造")
    assert (lead, units, deadline) == (("县住建局",), ("县住建局", "县财政局", "县发改局"), None)


def test_half_width_labels_and_space_between_fields(extractor: Extractor) -> None:
    assert one(extractor, "2、开展校园周边环境整治。(牵头单位:县教育局 配合单位:县公安局、县市场监管局)")[1:] == (
        ("县教育局",),
        ("县教育局", "县公安局", "县市场监管局"),
        None,
    )
    assert one(extractor, "（三）强化耕地保护。严格落实耕地保护责任制。(责任单位:县自然资源局、各乡镇人民政府)")[2] == (
        "县自然资源局",
        "各乡镇人民政府",
    )


def test_tortoise_shell_brackets_and_a_label_after_the_item(extractor: Extractor) -> None:
    tortoise = "（五）加快数字政府建设。推进政务服务“一网通办”。〔责任单位：县政务服务中心〕"
    assert one(extractor, tortoise)[2] == ("县政务服务中心",)
    task, _, units, _ = one(extractor, "六、深化“放管服”改革。责任单位：县政务服务中心、县市场监管局。")
    assert task.startswith("深化“放管服”改革") and units == ("县政务服务中心", "县市场监管局")


def test_a_table_with_pipes(extractor: Extractor) -> None:
    text = (
        "| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |\n"
        "| 1 | 完成高标准农田建设2万亩 | 县农业农村局 | 县财政局、县自然资源局 | 2023年10月底前 |\n"
        "| 2 | 新建农村公路50公里 | 县交通运输局 | 各乡镇人民政府 | 2023年11月底前 |\n"
    )
    got = {(f.task, f.lead, f.units, f.deadline) for f in assignments(extractor, text)}
    assert got == {
        ("完成高标准农田建设2万亩", ("县农业农村局",), ("县农业农村局", "县财政局", "县自然资源局"), "2023年10月底前"),
        ("新建农村公路50公里", ("县交通运输局",), ("县交通运输局", "各乡镇人民政府"), "2023年11月底前"),
    }


def test_a_table_copied_as_tab_separated_text(extractor: Extractor) -> None:
    text = (
        "序号\t重点任务\t责任单位\t完成时间\n1\t建成区域医疗中心\t县卫健局\t2024年6月\n"
        "2\t新建养老服务中心\t县民政局\t2024年9月\n"
    )
    got = {(f.task, f.lead, f.units, f.deadline) for f in assignments(extractor, text)}
    assert got == {
        ("建成区域医疗中心", (), ("县卫健局",), "2024年6月"),
        ("新建养老服务中心", (), ("县民政局",), "2024年9月"),
    }


# A task table with short tasks, a leader column and a lead marked in the unit cell, as web pages and Word files
# hold it when saved as text: each row's short cells on one line, spaces between them.
LEADER_TABLE = (
    "序号 工作任务 牵头领导 责任单位 完成时限\n"
    "1 新建农村公路50公里 赵敏 县交通运输局（牵头）、县财政局 2024年10月底\n"
    "2 完成高标准农田建设2万亩 赵敏 县农业农村局 2024年12月底\n"
)
LEADER_TABLE_ROWS = {
    ("新建农村公路50公里", ("县交通运输局",), ("县交通运输局", "县财政局"), "2024年10月底", "赵敏"),
    ("完成高标准农田建设2万亩", (), ("县农业农村局",), "2024年12月底", "赵敏"),
}


def leader_rows(extractor: Extractor, text: str) -> set[tuple]:
    return {(f.task, f.lead, f.units, f.deadline, f.leader) for f in assignments(extractor, text)}


def test_a_table_of_short_tasks_with_a_leader_column_and_a_lead_marked_in_its_cell(extractor: Extractor) -> None:
    # The leader's name beside a task is the leader column's cell, not the task's last word; a task of ten
    # characters right after its 序号 is still the task; ``（牵头）`` after a unit makes it the lead.
    assert leader_rows(extractor, LEADER_TABLE) == LEADER_TABLE_ROWS


def test_the_same_table_one_cell_a_line_and_with_pipes(extractor: Extractor) -> None:
    one_a_line = "\n".join(LEADER_TABLE.replace(" ", "\n").splitlines()[5:])
    assert leader_rows(extractor, "序号 工作任务 牵头领导 责任单位 完成时限\n" + one_a_line) == LEADER_TABLE_ROWS
    pipes = "".join(" | ".join(line.split(" ")) + " |\n" for line in LEADER_TABLE.splitlines())
    assert leader_rows(extractor, pipes) == LEADER_TABLE_ROWS


def test_a_column_between_the_number_and_the_task_is_not_taken_for_a_short_task(extractor: Extractor) -> None:
    text = ("序号 重点工程 工作任务 牵头单位 完成时限\n"
            "1 清洁取暖工程 组织开展清洁取暖“回头看”，继续扩大清洁取暖覆盖面。 县能源局 4月底\n")
    (f,) = assignments(extractor, text)
    assert f.task.startswith("组织开展清洁取暖") and f.lead == ("县能源局",)


def test_a_unit_cell_that_says_who_leads_with_verbs(extractor: Extractor) -> None:
    rows = [("1", "新建农村公路50公里", "县交通运输局牵头，县财政局配合", "2024年10月底"),
            ("2", "完成高标准农田建设2万亩", "县农业农村局", "2024年12月底")]
    want = {("新建农村公路50公里", ("县交通运输局",), ("县交通运输局", "县财政局"), "2024年10月底"),
            ("完成高标准农田建设2万亩", (), ("县农业农村局",), "2024年12月底")}
    header = ("序号", "工作任务", "责任单位", "完成时限")
    for sep, end in ((" ", ""), (" | ", " |")):  # cells set apart by spaces (a web page's table), or by pipes
        text = "".join(sep.join(row) + end + "\n" for row in [header, *rows])
        assert {(f.task, f.lead, f.units, f.deadline) for f in assignments(extractor, text)} == want, sep


def test_whole_rows_on_one_line_are_read_by_column(extractor: Extractor) -> None:
    # Without 序号, with a 责任人 column, and with two task columns (the first, which names the task, is the
    # task); each row a line of short cells set apart by spaces, the completion time last.
    people = ("工作任务 责任单位 责任人 完成时限\n新建农村公路50公里 县交通运输局 张三 2024年10月底\n"
              "完成高标准农田建设2万亩 县农业农村局 李四 2024年12月底\n")
    assert {(f.task, f.units, f.persons, f.deadline) for f in assignments(extractor, people)} == {
        ("新建农村公路50公里", ("县交通运输局",), ("张三",), "2024年10月底"),
        ("完成高标准农田建设2万亩", ("县农业农村局",), ("李四",), "2024年12月底")}
    measures = ("序号 重点任务 工作措施 牵头单位 配合单位 完成时限\n"
                "1 加快交通建设 新建农村公路50公里 县交通运输局 各乡镇 2024年10月底\n")
    assert [(f.task, f.lead, f.units, f.deadline) for f in assignments(extractor, measures)] == [
        ("加快交通建设", ("县交通运输局",), ("县交通运输局", "各乡镇"), "2024年10月底")]


def test_a_short_task_with_a_space_in_it_gives_no_unit_of_its_words(extractor: Extractor) -> None:
    # ``推进政务服务 一网通办`` is one task cell: its second word is no unit (it ends like one, ``办``). With one cell
    # too many for the columns, the row is left out rather than guessed.
    text = ("序号 工作任务 责任单位 完成时限\n1 开展“双随机、一公开”监管 县市场监管局 全年\n"
            "2 推进政务服务 一网通办 县行政审批局 2024年6月底\n")
    got = [(f.task, f.units) for f in assignments(extractor, text)]
    assert got == [("开展“双随机、一公开”监管", ("县市场监管局",))]


def test_a_table_of_projects(extractor: Extractor) -> None:
    # 民生实事 / 重点项目 tables name their tasks 项目名称 and 建设内容: the name, the first task column, is the task.
    text = ("序号 项目名称 建设内容 责任单位 完成时限\n1 农村公路 新建农村公路50公里 县交通运输局 2024年10月底\n"
            "2 城区供水 新建供水管网12公里 县水利局 2024年12月底\n")
    assert [(f.task, f.units, f.deadline) for f in assignments(extractor, text)] == [
        ("农村公路", ("县交通运输局",), "2024年10月底"),
        ("城区供水", ("县水利局",), "2024年12月底")]


def test_a_marker_written_as_a_sentence_closes_its_item(extractor: Extractor) -> None:
    # ``由X牵头，Y配合，…前完成。`` and ``X负责，Y配合。`` without brackets, after the task: the item's marker, and
    # no duty of the lead whose "duty" would be the rest of the marker.
    text = (
        "1.全力推进重点项目建设，全年完成固定资产投资50亿元。由县发改局牵头，县财政局、县统计局配合，"
        "2024年12月底前完成。\n"
        "2.做好招商引资工作。县商务局负责，各乡镇配合。\n"
    )
    facts = [f for f in extractor.facts_from_text(text) if f.type in ("duty", "assignment")]
    assert [(f.type, f.task, f.lead, f.units, f.deadline) for f in facts] == [
        ("assignment", "全力推进重点项目建设，全年完成固定资产投资50亿元。", ("县发改局",),
         ("县发改局", "县财政局", "县统计局"), "2024年12月底前"),
        ("assignment", "做好招商引资工作。", (), ("县商务局", "各乡镇"), None),
    ]


def test_a_sentence_that_only_opens_like_a_marker_is_none(extractor: Extractor) -> None:
    # A duty told after the lead stays a duty; a line the PDF wrapped inside a unit's name gives no marker with
    # the name's second half (``山分局``).
    led = "（三）加大宣传力度\n\n由县委宣传部牵头，负责全县项目建设的宣传报道工作。\n"
    assert [(f.type, f.lead) for f in extractor.facts_from_text(led) if f.type in ("duty", "assignment")] == [
        ("duty", ("县委宣传部",))]
    wrapped = "第二十一条 环境风险评估由市生态环境局某某\n山分局负责。对决策可能造成的环境影响进行分析。\n"
    assert assignments(extractor, wrapped) == []


def test_verbs_of_an_unlabelled_marker_and_traditional_characters(extractor: Extractor) -> None:
    assert one(extractor, "4.落实河长制工作（县水利局牵头，县生态环境局、县农业农村局配合）。") == (
        "落实河长制工作",
        ("县水利局",),
        ("县水利局", "县生态环境局", "县农业农村局"),
        None,
    )
    own = "（四）完善社会救助体系。（县民政局负责，11月底前完成）"
    assert one(extractor, own)[1:] == ((), ("县民政局",), "11月底前")
    assert one(extractor, "3.实施城区道路提升工程（責任單位：縣住建局、縣交通局）。") == (
        "实施城区道路提升工程",
        (),
        ("縣住建局", "縣交通局"),
        None,
    )


def test_a_lead_in_a_heading_with_the_verb_it_leads_with(extractor: Extractor) -> None:
    assert one(extractor, "（六）推进乡村振兴示范村建设（由县农业农村局牵头实施）\n1.打造示范村5个。") == (
        "推进乡村振兴示范村建设",
        ("县农业农村局",),
        ("县农业农村局",),
        None,
    )
    assert one(extractor, "（七）实施农村危房改造（县住建局牵头组织实施，各乡镇配合实施）")[1:3] == (
        ("县住建局",),
        ("县住建局", "各乡镇"),
    )
    assert one(extractor, "8.推进全民健身设施建设（县文体局负责推进）")[1:3] == ((), ("县文体局",))


def test_prose_without_a_marker_gives_no_assignment(extractor: Extractor) -> None:
    exhortation = "（二）抓好安全生产。各乡镇、各部门要压实安全生产责任，坚决遏制重特大事故发生。"
    assert assignments(extractor, exhortation) == []
    assert assignments(extractor, "县政府将牵头实施一批重点项目，推动经济发展。") == []


def test_labelled_fields_on_their_own_lines_and_a_leader_written_with_his_post(extractor: Extractor) -> None:
    assert one(extractor, "（十一）强化金融服务。\n牵头单位：县金融办\n责任单位：县人民银行、各商业银行\n")[1:3] == (
        ("县金融办",),
        ("县金融办", "县人民银行", "各商业银行"),
    )
    (f,) = assignments(extractor, "（十四）加强基层治理。牵头领导：副县长王毅翔；牵头单位：县民政局。")
    assert (f.lead, f.leader) == (("县民政局",), "王毅翔")


def test_a_closing_sentence_for_a_section_gives_one_task_at_its_heading(extractor: Extractor) -> None:
    text = (
        "二、重点任务\n（一）推进项目建设。全年实施重点项目30个。\n（二）优化营商环境。深化“一件事一次办”改革。\n"
        "以上任务由县发改局牵头，各相关单位配合。\n"
    )
    assert one(extractor, text) == ("重点任务", ("县发改局",), ("县发改局", "各相关单位"), None)
    task, lead, units, _ = one(extractor, "（三）加强督查。此项工作由县督查室负责，各乡镇配合。")
    assert task.startswith("加强督查") and (lead, units) == ((), ("县督查室", "各乡镇"))
    assert assignments(extractor, "以上工作由县财政局负责为各单位提供资金保障。") == []


def test_a_lead_then_units_under_the_division_of_duties_and_a_deadline(extractor: Extractor) -> None:
    text = "17.推动消费扩容提质（县商务局牵头，县文旅局、县市场监管局按职责分工负责；2023年12月底前完成）"
    assert one(extractor, text) == (
        "推动消费扩容提质",
        ("县商务局",),
        ("县商务局", "县文旅局", "县市场监管局"),
        "2023年12月底前",
    )


def test_deadline_labels_of_other_places_and_units_set_apart_by_spaces(extractor: Extractor) -> None:
    assert one(extractor, "18.改善学校办学条件（责任单位：县教育局；时限：9月底前）")[2:] == (("县教育局",), "9月底前")
    assert one(extractor, "20.推进殡葬改革（责任单位：县民政局；完成期限：2023年10月底）")[3] == "2023年10月底"
    spaced = "21、实施饮用水源地保护。（责任单位：县生态环境局 县水利局）"
    assert one(extractor, spaced)[2] == ("县生态环境局", "县水利局")
    assert one(extractor, "22、做好信访工作。（责任单位：县人民政府 办公室）")[2] == ("县人民政府办公室",)  # spaced out
    assert one(extractor, "19.加强耕地质量建设（县农业农村局负责，持续推进）")[2:] == (("县农业农村局",), None)


def test_a_rectification_plans_marker_with_its_leader_and_its_deadline_label(extractor: Extractor) -> None:
    # ``整改时限`` is a deadline's label (it gave the unit ``整改``); the leader is the 责任领导's name.
    text = ("（二）部分矿山生态修复不到位问题。\n整改措施：全面排查历史遗留废弃矿山，分类制定修复方案，落实修复资金。\n"
            "（责任领导：副县长田慕白；牵头单位：县自然资源局；责任单位：县林业局；整改时限：2024年12月31日前）\n")
    (f,) = assignments(extractor, text)
    assert (f.lead, f.units, f.deadline, f.leader) == (
        ("县自然资源局",), ("县自然资源局", "县林业局"), "2024年12月31日前", "田慕白")


def test_a_markdown_table_with_its_rule_and_an_empty_cell_under_a_merged_task(extractor: Extractor) -> None:
    # The empty 工作任务 cell of row 2 keeps its place (the row's cells had shifted: task ``县市场监管局``, the
    # unit ``2024年6月底前``); of two task columns the first is the task, the second where the first is empty.
    text = ("县营商环境提升行动任务清单\n| 序号 | 工作任务 | 具体措施 | 牵头单位 | 责任单位 | 完成时限 |\n"
            "| --- | --- | --- | --- | --- | --- |\n"
            "| 1 | 优化企业开办服务 | 压缩企业开办时间 | 县行政审批服务局 | 县市场监管局 | 2024年3月底前 |\n"
            "| 2 |  | 推行电子营业执照同步发放 | 县市场监管局 | 县行政审批服务局 | 2024年6月底前 |\n")
    assert [(f.task, f.lead, f.units, f.deadline) for f in assignments(extractor, text)] == [
        ("优化企业开办服务", ("县行政审批服务局",), ("县行政审批服务局", "县市场监管局"), "2024年3月底前"),
        ("推行电子营业执照同步发放", ("县市场监管局",), ("县市场监管局", "县行政审批服务局"), "2024年6月底前"),
    ]


def test_a_table_of_one_cell_a_line_whose_rows_open_with_their_number(extractor: Extractor) -> None:
    # Row 2 has two leaders on two lines: the one leaders' column holds a name a line. Row 3 has a line too many
    # among its units, none cut across lines: the lead's cell takes its first line (a lead is one unit as a rule),
    # the 责任单位 cell the rest.
    text = ("县2025年十件民生实事责任分工表\n序号\n民生实事\n分管县领导\n牵头单位\n责任单位\n完成时限\n"
            "1\n改造提升城区背街小巷18条。\n雷振邦\n县住房和城乡建设局\n县城市管理局、相关社区\n2025年10月底前\n"
            "2\n建设农村客运候车亭50个。\n雷振邦\n沈默涵\n县交通运输局\n县财政局\n2025年12月底前\n"
            "3\n新建城区公厕20座。\n沈默涵\n县城市管理局\n县财政局\n县住房和城乡建设局\n2025年9月底前\n")
    assert [(f.task, f.lead, f.units, f.deadline, f.leader) for f in assignments(extractor, text)] == [
        ("改造提升城区背街小巷18条。", ("县住房和城乡建设局",), ("县住房和城乡建设局", "县城市管理局", "相关社区"),
         "2025年10月底前", "雷振邦"),
        ("建设农村客运候车亭50个。", ("县交通运输局",), ("县交通运输局", "县财政局"), "2025年12月底前",
         "雷振邦、沈默涵"),
        ("新建城区公厕20座。", ("县城市管理局",), ("县城市管理局", "县财政局", "县住房和城乡建设局"), "2025年9月底前",
         "沈默涵")]


def test_labelled_units_that_close_a_section_of_one_paragraph_take_its_heading_as_the_task(
        extractor: Extractor) -> None:
    # ``二、研究…`` ⏎ one paragraph ⏎ ``责任单位：…`` ⏎ the next section: the units close the whole section, whose
    # heading names the task; a bracket after a section's one paragraph stays that paragraph's
    text = ("县人民政府常务会议纪要\n"
            "一、研究县城区公共停车场建设运营事项\n会议同意采用特许经营模式推进城区3个公共停车场建设。\n"
            "责任单位：县住建局、县财政局\n完成时限：2022年8月底前\n"
            "二、研究雨季地质灾害防治工作\n会议要求，要对全县地质灾害隐患点落实群测群防员。\n"
            "牵头单位：县自然资源局\n配合单位：县应急管理局\n"
            "三、以公开促服务\n深入推进公共企事业单位信息公开，制定公布主动公开事项清单。\n"
            "（县教育局、县卫健局按职责分工负责，11月底前完成）\n四、其他事项\n")
    got = [(a.task, a.lead, a.units) for a in assignments(extractor, text)]
    assert got == [("研究县城区公共停车场建设运营事项", (), ("县住建局", "县财政局")),
                   ("研究雨季地质灾害防治工作", ("县自然资源局",), ("县自然资源局", "县应急管理局")),
                   ("深入推进公共企事业单位信息公开，制定公布主动公开事项清单。", (), ("县教育局", "县卫健局"))]


def test_a_minutes_item_led_by_one_unit_that_works_with_others_会同(extractor: Extractor) -> None:
    text = ("区政府第九次常务会议纪要\n会议要求：\n(三)强化机动车尾气治理。由公安交警大队牵头,"
            "会同区环保分局、区交通运输局,开展重型柴油车限行专项执法行动,5月底前完成第一轮集中检查。\n")
    (fact,) = [a for a in assignments(extractor, text) if a.type == "assignment"]  # (the action after: a duty)
    assert (fact.task, fact.lead, fact.units) == (
        "强化机动车尾气治理。", ("公安交警大队",), ("公安交警大队", "区环保分局", "区交通运输局"))


def test_minutes_items_handed_to_a_unit_in_charge_with_helpers_and_by_具体(extractor: Extractor) -> None:
    # ``X，由A负责，B、C配合，…``: handed out, the way of doing it left out; ``具体由A牵头…``: the item just told
    text = ("区政府第九次常务会议纪要\n会议研究了城中村改造推进中存在的问题,议定:\n"
            "(二)刘家庄村改造项目拆迁遗留的12户,由光明街道办事处负责,区信访局、公安分局配合,依法依规做好群众工作。\n"
            "四、关于区二中校舍维修改造\n会议同意对区第二中学教学楼实施维修加固。具体由区教育局牵头组织实施,区财政局配合,"
            "8月20日前完工,确保秋季正常开学。\n")
    got = [(a.task, a.lead, a.units, a.deadline) for a in assignments(extractor, text) if a.type == "assignment"]
    assert got == [("刘家庄村改造项目拆迁遗留的12户", (), ("光明街道办事处", "区信访局", "公安分局"), None),
                   ("关于区二中校舍维修改造", ("区教育局",), ("区教育局", "区财政局"), "8月20日前")]
    # a duty told after 由…负责 is still none
    assert assignments(extractor, "（二）做好资金保障，由县财政局负责统筹安排项目资金。\n") == []


def test_a_task_handed_to_a_unit_with_the_time_it_is_due_by(extractor: Extractor) -> None:
    text = ("会议对2018年重点任务进行了分工。一是城中村违法建设治理由区城管执法局牵头，区住建局配合，"
            "6月底前完成存量拆除任务；二是老旧小区综合改造由区住建局负责，年底前完成32个老旧小区改造。\n")
    got = [(a.task, a.lead, a.units, a.deadline) for a in assignments(extractor, text) if a.type == "assignment"]
    assert got == [("城中村违法建设治理", ("区城管执法局",), ("区城管执法局", "区住建局"), "6月底前"),
                   ("老旧小区综合改造", (), ("区住建局",), "年底前")]


def test_a_marker_after_a_comma_that_ends_its_tasks_sentence(extractor: Extractor) -> None:
    text = ("（一）全面排查整治风险隐患。对全县小型水库逐一开展排查，5月10日前完成整改销号，"
            "由县水利局牵头，县应急管理局、县自然资源局配合。\n")
    task, lead, units, deadline = one(extractor, text)
    assert task.startswith("全面排查整治风险隐患。对全县小型水库逐一开展排查")
    assert (lead, units, deadline) == (("县水利局",), ("县水利局", "县应急管理局", "县自然资源局"), "5月10日前")
    # A duty told after 由…负责 is no marker.
    assert assignments(extractor, "（二）做好资金保障，由县财政局负责统筹安排项目资金。\n") == []


def test_a_time_set_for_an_action_after_the_units_is_a_deadline_not_a_unit(extractor: Extractor) -> None:
    text = ("2.降低用地成本，工业用地可采取长期租赁、先租后让等方式供应。"
            "（牵头单位：县自然资源局；责任单位：县工业和信息化局，12月底前出台实施细则）\n")
    _task, lead, units, deadline = one(extractor, text)
    assert (lead, units, deadline) == (("县自然资源局",), ("县自然资源局", "县工业和信息化局"), "12月底前")


def test_a_markdown_table_below_a_metadata_line_set_apart_by_bars(extractor: Extractor) -> None:
    text = ("区重点任务清单\n发布时间：2024-03-29 | 来源：区城市管理局 | 访问量：532\n"
            "| 序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限 |\n|---|---|---|---|---|\n"
            "| 1 | 新建口袋公园8个，提升改造街头绿地3处 | 区城市管理局 | 各街道办事处 | 2024年12月底前 |\n")
    assert one(extractor, text) == ("新建口袋公园8个，提升改造街头绿地3处", ("区城市管理局",),
                                    ("区城市管理局", "各街道办事处"), "2024年12月底前")


def test_a_second_marker_in_an_item_gives_a_task_without_the_first_markers_full_stop(extractor: Extractor) -> None:
    text = ("（三）保障少数民族合法权益。落实就业帮扶政策（县人力资源和社会保障局负责）。"
            "依法妥善处理矛盾纠纷，建立健全调解机制（县民族宗教事务局牵头，县司法局配合）。\n")
    second = assignments(extractor, text)[1]
    assert second.task.startswith("依法妥善处理矛盾纠纷") and second.lead == ("县民族宗教事务局",)


def test_a_rectification_table_with_bars_its_problem_and_its_measure(extractor: Extractor) -> None:
    # Of the two task columns the problem (问题描述), the first, is the task; the Markdown rule is no row.
    text = ("县督察反馈问题整改方案\n|序号|问题描述|整改措施|责任领导|牵头单位|责任单位|整改时限|\n"
            "|---|---|---|---|---|---|---|\n"
            "|1|县城污水处理厂进水浓度偏低|开展城区雨污管网排查|蒲致远|县住房和城乡建设局|县城市管理局|2024年6月底前|\n")
    (f,) = assignments(extractor, text)
    assert (f.task, f.lead, f.units, f.leader) == (
        "县城污水处理厂进水浓度偏低", ("县住房和城乡建设局",), ("县住房和城乡建设局", "县城市管理局"), "蒲致远")


def test_markers_inside_an_enumeration_of_a_meetings_tasks(extractor: Extractor) -> None:
    text = ("会议明确了近期重点工作：一是开展野外火源专项治理，由县林业局牵头，县公安局、各乡镇配合，"
            "3月底前完成第一轮排查；二是完善重点区域防火设施，由县林业局负责，4月15日前完成林区防火隔离带清理。\n")
    found = [(f.task[:10], f.lead, f.units, f.deadline) for f in assignments(extractor, text)]
    assert found == [("开展野外火源专项治理", ("县林业局",), ("县林业局", "县公安局", "各乡镇"), "3月底前"),
                     ("完善重点区域防火设施", (), ("县林业局",), "4月15日前")]


def test_a_task_led_by_a_unit_with_others_and_a_time_after_it_in_a_meeting_report(extractor: Extractor) -> None:
    text = ("会议指出，燃气安全专项整治由市城市管理局牵头负责，市市场监督管理局、市消防救援支队配合，"
            "9月底前完成全市餐饮场所燃气泄漏报警装置安装。\n")
    assert one(extractor, text) == ("燃气安全专项整治", ("市城市管理局",),
                                    ("市城市管理局", "市市场监督管理局", "市消防救援支队"), "9月底前")


def test_what_a_meeting_settled_is_not_the_tasks_first_words(extractor: Extractor) -> None:
    # ``会议议定，`` is the meeting's report, as ``会议指出，`` is
    text = ("四、关于集镇环境卫生整治\n会议议定,开展集镇主街道“三线”整治,由镇村镇规划建设服务中心牵头,"
            "镇综合行政执法队、曼伞村委会配合,12月15日前完成。\n")
    assert one(extractor, text) == ("开展集镇主街道“三线”整治", ("镇村镇规划建设服务中心",),
                                    ("镇村镇规划建设服务中心", "镇综合行政执法队", "曼伞村委会"), "12月15日前")


def test_a_unit_that_runs_into_what_it_does_is_no_unit(extractor: Extractor) -> None:
    # ``会同县环保局、县公安局组成3个督查组``: ``县公安局组成3个督查组`` is a unit and what it does, not a unit's name
    text = "(三)强化督查考核。由县农业局牵头,会同县环保局、县公安局组成3个督查组,在禁烧期间开展巡回督查。\n"
    assert all("3个" not in unit for a in assignments(extractor, text) for unit in a.units)


def test_units_responsible_where_they_govern(extractor: Extractor) -> None:
    # ``各镇(街道)按属地负责``, ``各街道办事处按照属地管理原则负责``: the units, each where it governs
    text = ("2.严格野外火源管控,落实护林员巡山制度。(市林业局负责,各镇(街道)按属地负责)\n"
            "（九）安全生产专项整治。（责任单位：区应急管理局，各街道办事处按照属地管理原则负责）\n")
    assert [a.units for a in assignments(extractor, text)] == [("市林业局", "各镇(街道)"),
                                                              ("区应急管理局", "各街道办事处")]


def test_numbered_items_each_handed_to_a_unit_with_a_few_words_of_action_and_a_time(extractor: Extractor) -> None:
    # ``Y，由X负责组织施工，10月31日前完成``: a task and its time; a duty told without one stays a duty, and a lead
    # with helpers is the marker reader's
    text = ("现将有关任务分解如下：\n1. 二期主管网铺设（约12.6公里），由县热力公司负责组织施工，10月31日前完成。\n"
            "2. 工程建设资金缺口1800万元，由县财政局负责协调解决，9月底前完成资金拨付。\n"
            "3. 供热运行保障，由县热力公司负责为用户提供优质服务。\n")
    got = [(a.task, a.units, a.deadline) for a in assignments(extractor, text)]
    assert got == [("二期主管网铺设（约12.6公里）", ("县热力公司",), "10月31日前"),
                   ("工程建设资金缺口1800万元", ("县财政局",), "9月底前")]


def test_a_closing_marker_whose_helpers_carry_it_out_by_their_duties(extractor: Extractor) -> None:
    # ``此项工作由X负责,A、B按照职责分工抓好落实``: all three units, the task the item's heading names
    text = ("二、关于防止返贫动态监测和帮扶工作\n会议要求,要坚持每月一次集中排查,做到早发现、早干预。"
            "此项工作由镇乡村振兴工作站负责,各村委会、驻村工作队按照职责分工抓好落实。\n")
    assert [(a.task, a.units) for a in assignments(extractor, text)] == [
        ("关于防止返贫动态监测和帮扶工作", ("镇乡村振兴工作站", "各村委会", "驻村工作队"))]


def test_units_that_lead_together(extractor: Extractor) -> None:
    text = "2．推行“一件事一次办”，新增集成服务事项10项。由县行政审批服务局、县政务服务中心共同牵头，相关部门配合。\n"
    _task, lead, units, _deadline = one(extractor, text)
    assert (lead, units) == (("县行政审批服务局", "县政务服务中心"), ("县行政审批服务局", "县政务服务中心", "相关部门"))


def test_a_table_of_a_cell_a_line_with_a_column_this_reader_does_not_know(extractor: Extractor) -> None:
    text = ("重点领域整治任务分解表\n序号\n整治领域\n主要任务\n牵头单位\n配合单位\n完成时限\n"
            "1\n城镇燃气\n开展燃气管网老化专项整治\n县住建局\n县市场监管局\n2022年8月底前\n")
    assert one(extractor, text) == (
        "开展燃气管网老化专项整治", ("县住建局",), ("县住建局", "县市场监管局"), "2022年8月底前")


def test_a_table_of_a_cell_a_line_whose_column_name_was_cut_onto_the_next_line(extractor: Extractor) -> None:
    # ``县级责任`` ⏎ ``领导``: one column's name (its leader), not two columns; two names each whole stay two
    text = ("某县重点任务清单\n序号\n重点任务\n县级责任\n领导\n牵头单位\n责任单位\n完成时限\n"
            "1\n落实控辍保学责任，确保义务教\n育阶段适龄儿童少年失学辍学\n动态清零。\n吴明远\n县教育局\n"
            "各乡镇（街道）\n2023年9月\n底前\n"
            "2\n巩固基本医疗有保障成果。\n吴明远\n县医疗保障局\n县卫生健康局\n2023年12月底前\n")
    got = [(a.task_text or a.task, a.leader, a.units, a.deadline) for a in assignments(extractor, text)]
    assert got == [("落实控辍保学责任，确保义务教育阶段适龄儿童少年失学辍学动态清零。", "吴明远",
                    ("县教育局", "各乡镇（街道）"), "2023年9月底前"),
                   ("巩固基本医疗有保障成果。", "吴明远", ("县医疗保障局", "县卫生健康局"), "2023年12月底前")]


def test_a_table_of_a_cell_a_line_whose_header_a_page_break_repeats_between_two_rows(extractor: Extractor) -> None:
    # the row before the repeated header is a row (the header is no cell of it); ``——`` is an empty cell, no unit
    head = "序号\n重点工作任务\n牵头单位\n责任单位\n完成时限\n"
    text = ("重点工作任务分解表\n" + head
            + "1\n新建高标准农田6万亩，粮食稳产增产。\n县农业农村局\n县财政局、各乡镇\n2024年11月底前\n—3—\n" + head
            + "2\n完成政务服务中心“一窗通办”改造。\n县行政审批局\n——\n2024年6月底前\n")
    assert [(a.task, a.lead, a.units, a.deadline) for a in assignments(extractor, text)] == [
        ("新建高标准农田6万亩，粮食稳产增产。", ("县农业农村局",), ("县农业农村局", "县财政局", "各乡镇"),
         "2024年11月底前"),
        ("完成政务服务中心“一窗通办”改造。", ("县行政审批局",), ("县行政审批局",), "2024年6月底前")]

def test_a_section_closed_by_a_note_that_counts_the_items_it_closes(extractor: Extractor) -> None:
    # ``以上两项由…``: the count is no part of the first unit, in brackets or in prose
    items = "1．严格施工扬尘管控。全县施工工地严格落实要求。\n2．加强道路扬尘治理。渣土车辆全部实行密闭运输。\n"
    bracketed = "（三）强化扬尘污染管控\n" + items + "（以上两项由县住建局、县城管局按照职责分工负责）\n"
    prose = "三、强化扬尘污染管控\n" + items + "以上两项由县住建局、县城管局按照职责分工负责。\n"
    for text in (bracketed, prose):
        assert one(extractor, text) == ("强化扬尘污染管控", (), ("县住建局", "县城管局"), None)

def test_a_marker_ending_an_item_the_list_goes_on_after_is_the_items(extractor: Extractor) -> None:
    # only (二) has a marker, and (三) follows it: it ends (二), not the list under 保障措施
    text = ("五、保障措施\n（一）加强组织领导。各乡镇要建立工作机制。\n"
            "（二）加大资金保障。县财政要将经费纳入年度预算，统筹安排专项资金。（县财政局负责）\n（三）严格督查考核。\n")
    assert one(extractor, text) == (
        "加大资金保障。县财政要将经费纳入年度预算，统筹安排专项资金。", (), ("县财政局",), None)

def test_a_labelled_marker_that_points_back_to_the_items_above(extractor: Extractor) -> None:
    # ``（以上责任单位：…）`` after the items of (四): the units of the whole item, as ``（责任单位：…）`` there is
    text = ("（四）整治村容村貌。\n1.开展“三清一改”村庄清洁行动，清理房前屋后杂物。\n2.拆除违章搭建。\n"
            "（以上牵头单位：镇村镇建设服务中心；配合单位：各村委会）\n")
    assert one(extractor, text) == ("整治村容村貌。", ("镇村镇建设服务中心",), ("镇村镇建设服务中心", "各村委会"), None)

def test_a_table_of_a_cell_a_line_whose_row_left_its_time_cell_empty(extractor: Extractor) -> None:
    # rows set apart by blank lines: the row of four lines has no time (the blank line after it is no cell)
    text = ("任务分解表\n序号\n重点任务\n牵头单位\n配合单位\n完成时限\n\n"
            "1\n规范行政执法行为，推行包容审慎监管。\n县司法局\n县直各行政执法部门\n\n"
            "2\n开展政务服务“好差评”，差评整改率达到100%。\n县审批服务管理局\n县直各部门\n2021年12月底前\n")
    assert [(a.task, a.lead, a.units, a.deadline) for a in assignments(extractor, text)] == [
        ("规范行政执法行为，推行包容审慎监管。", ("县司法局",), ("县司法局", "县直各行政执法部门"), None),
        ("开展政务服务“好差评”，差评整改率达到100%。", ("县审批服务管理局",), ("县审批服务管理局", "县直各部门"),
         "2021年12月底前")]

def test_a_marker_ending_the_last_of_titled_items_is_the_items_not_the_lists(extractor: Extractor) -> None:
    # items that open with a title of their own (``加强组织领导。``) are tasks, not short measures of one task
    titled = ("三、保障措施\n（一）加强组织领导。各乡镇要成立相应工作机构。\n"
              "（二）严格督查考核。县委督查室每季度开展一次专项督查。（责任单位：县委督查室、县绩效办）\n")
    assert one(extractor, titled) == (
        "严格督查考核。县委督查室每季度开展一次专项督查。", (), ("县委督查室", "县绩效办"), None)
    measures = "三、绿化工程\n1.厂区四周栽植防护林带。\n2.道路两侧栽植行道树。（责任单位：县林业局）\n"
    assert one(extractor, measures) == ("绿化工程", (), ("县林业局",), None)

def test_a_section_closed_by_units_dividing_the_duties_in_prose(extractor: Extractor) -> None:
    text = ("三、改善牧区基础设施\n5.实施嘎查通硬化路工程，新建嘎查通硬化路56公里。\n6.推进牧区饮水安全巩固提升。\n"
            "以上任务由旗交通运输局、旗水利局按照职责分工负责，各苏木镇配合。\n")
    assert one(extractor, text) == ("改善牧区基础设施", (), ("旗交通运输局", "旗水利局", "各苏木镇"), None)


def test_a_pipe_table_row_whose_wrapped_leaders_cell_would_put_a_name_under_a_unit_column(extractor: Extractor) -> None:
    text = ("县十件民生实事项目责任分解表\n"
            "| 序号 | 项目名称及建设内容 | 责任县领导 | 牵头单位 | 责任单位 | 完成时限 |\n"
            "| 1 | 新建改造农村公路120公里。 | 韦思远 | 县交通运输局 | 县财政局 | 2024年11月底 |\n"
            "| 2 | 改造城区老旧小区12个。 | 韦思远、\n莫知秋 | 县住房和城乡建设局 | 县城市管理局 | 2024年10月底 |\n")
    found = [(f.task, f.lead, f.leader) for f in assignments(extractor, text)]
    assert found == [("新建改造农村公路120公里。", ("县交通运输局",), "韦思远")]  # (row 2 is left out, not misread)


def test_tasks_told_clause_by_clause_in_news_prose(extractor: Extractor) -> None:
    # Each clause of a paragraph hands out its own task: ``Y由X牵头，Z配合，6月底前完成…`` (the lead-in ``其中，`` is
    # not the task's), a bracket after the clause before it, and ``Y由A、B按照职责分工负责``.
    text = ("某区创建工作推进情况\n　　通知明确，今年要抓好三大攻坚。其中，农贸市场提质改造由区市场监督管理局牵头，"
            "区商务局配合，6月底前完成全区14个农贸市场改造任务；背街小巷整治（区城市管理局牵头，各街道办事处配合）；"
            "未成年人思想道德建设由区教育局、团区委按照职责分工负责。\n")
    got = {(a.task, a.lead, a.units, a.deadline) for a in assignments(extractor, text)}
    assert got == {
        ("农贸市场提质改造", ("区市场监督管理局",), ("区市场监督管理局", "区商务局"), "6月底前"),
        ("背街小巷整治", ("区城市管理局",), ("区城市管理局", "各街道办事处"), None),
        ("未成年人思想道德建设", (), ("区教育局", "团区委"), None)}


def test_the_grounds_a_clause_opens_with_are_not_its_task(extractor: Extractor) -> None:
    # ``按照通知要求，`` / ``根据工作安排，``: why the work is handed out, not the work
    text = ("某区创文工作推进情况\n　　按照通知要求，背街小巷环境整治由区城管执法局牵头，区住建局配合，"
            "6月底前完成第一轮整治；根据全区工作安排，农贸市场规范提升由区市场监管局负责。\n")
    got = {(a.task, a.lead, a.units) for a in assignments(extractor, text)}
    assert got == {("背街小巷环境整治", ("区城管执法局",), ("区城管执法局", "区住建局")),
                   ("农贸市场规范提升", (), ("区市场监管局",))}


def test_a_quoted_speaker_before_a_task_and_a_marker_in_the_middle_of_a_clause(extractor: Extractor) -> None:
    # ``”X告诉记者，`` is not the task's; ``确保7月底前完成主体施工`` is a deadline; a bracket that its clause goes on
    # after (``…（责任单位：…）已同步启动``) has the clause's subject for its task, not the paragraph's start.
    text = ("某镇风貌提升工作情况\n　　“我们明确了责任人和时间节点。”骆晓芸告诉记者，"
            "沿河风貌提升工程由镇村镇建设办牵头，溪口村、花桥村配合，确保7月底前完成主体施工；农房风貌管控（责任单位：镇村镇建设办、镇综合行政执法队）已同步启动。\n")
    got = {(a.task, a.lead, a.units, a.deadline) for a in assignments(extractor, text)}
    assert got == {
        ("沿河风貌提升工程", ("镇村镇建设办",), ("镇村镇建设办", "溪口村", "花桥村"), "7月底前"),
        ("农房风貌管控", (), ("镇村镇建设办", "镇综合行政执法队"), None)}


def test_a_meetings_tasks_after_a_colon_the_last_handed_out_plainly(extractor: Extractor) -> None:
    # The lead-in before the colon and an item's number are not the task's; ``Y由X负责`` counts beside clauses that
    # hand tasks out, not alone (a plan's ``由X负责筹措`` is a duty).
    text = ("某县旅游工作会议纪要\n会议明确了下一步重点工作：景区提质工程由县文化广电和旅游局牵头，县自然资源局配合，"
            "9月底前完成游客中心改造；旅游公路建设由县交通运输局牵头负责；全域旅游宣传营销由县委宣传部、县融媒体中心负责。\n"
            "（一）工程建设领域欠薪问题治理，由县住房和城乡建设局牵头，县水利局按照职责分工负责。\n")
    got = {(a.task, a.lead, a.units, a.deadline) for a in assignments(extractor, text)}
    assert got == {
        ("景区提质工程", ("县文化广电和旅游局",), ("县文化广电和旅游局", "县自然资源局"), "9月底前"),
        ("旅游公路建设", ("县交通运输局",), ("县交通运输局",), None),
        ("全域旅游宣传营销", (), ("县委宣传部", "县融媒体中心"), None),
        ("工程建设领域欠薪问题治理", ("县住房和城乡建设局",), ("县住房和城乡建设局", "县水利局"), None)}
    assert assignments(extractor, "某县项目建设方案\n　　项目资金由县财政局负责筹措。\n") == []


def test_a_space_aligned_task_table_whose_cells_wrap_under_their_columns(extractor: Extractor) -> None:
    # Each row goes on in the lines under it whose 序号 cell is empty; a unit cut across lines (``县行政审批`` ⏎
    # ``服务局``) is one unit; a leader's name padded to the cell's width (``薛  敏``) is a name.
    text = ("某县2024年优化营商环境重点任务分解表\n"
            "序号  重点任务                          责任领导   牵头单位          配合单位              完成时限\n"
            " 1    推行“高效办成一件事”，年内       高文斌     县行政审批        县政务服务中心、县    2024年9月\n"
            "      实现13个重点事项集成办理                     服务局            公安局、县人社局      底前\n"
            " 2    开展涉企违规收费专项整治          薛  敏     县市场监督管理局  县发展和改革局、县    长期坚持\n"
            "                                                                     财政局\n")
    got = [(a.task, a.lead, a.units, a.deadline, a.leader) for a in assignments(extractor, text)]
    assert got == [
        ("推行“高效办成一件事”，年内实现13个重点事项集成办理", ("县行政审批服务局",),
         ("县行政审批服务局", "县政务服务中心", "县公安局", "县人社局"), "2024年9月底前", "高文斌"),
        ("开展涉企违规收费专项整治", ("县市场监督管理局",), ("县市场监督管理局", "县发展和改革局", "县财政局"),
         "长期坚持", "薛敏")]  # (a table's time column as written, as the demo gold has it)


def test_a_leaders_column_named_by_part_and_level_and_a_mongolian_leaders_name(extractor: Extractor) -> None:
    text = ("某旗2022年重点任务责任分工\n"
            "序号  重点任务                            牵头旗领导  牵头单位        配合单位    完成时限\n"
            "1     稳定粮食播种面积80万亩，粮食产量保  乌云其木格  旗农牧局        各苏木镇    2022年10月底\n"
            "      持在9亿斤以上。\n")
    assert [(a.task, a.units, a.leader) for a in assignments(extractor, text)] == [
        ("稳定粮食播种面积80万亩，粮食产量保持在9亿斤以上。", ("旗农牧局", "各苏木镇"), "乌云其木格")]


def test_a_tab_table_of_projects_with_amounts_a_subtotal_row_and_a_row_on_two_lines(extractor: Extractor) -> None:
    # an amount (``9000``) is no row's 序号; ``小计`` with its empty cells and a section's row go on to the next rows;
    # row 2 sets its last cells on a second line under the same columns
    rows = ["序号\t项目名称\t总投资（万元）\t责任领导\t责任单位\t配合单位\t完成时限", "一、产业项目",
            "1\t污水集中处理厂\t9000\t何伟\t市生态环境局\t市水务局\t2022年9月",
            "2\t智慧交通改造\n\t\t7800\t何伟\t市公安局交通警察大队\t市交通运输局\t2022年10月",
            "小计\t\t\t\t\t\t", "二、民生项目", "3\t市图书馆新馆\t28000\t陈惠芬\t市文化广电旅游体育局\t\t2023年12月"]
    text = "某市2022年重点项目责任分工表\n" + "\n".join(rows) + "\n"
    assert [(a.task, a.units, a.deadline) for a in assignments(extractor, text)] == [
        ("污水集中处理厂", ("市生态环境局", "市水务局"), "2022年9月"),
        ("智慧交通改造", ("市公安局交通警察大队", "市交通运输局"), "2022年10月"),
        ("市图书馆新馆", ("市文化广电旅游体育局",), "2023年12月")]


def test_a_townships_tab_table_whose_group_leader_and_lead_cells_are_merged(extractor: Extractor) -> None:
    # ``牵头办线``: a lead column; under a merged 类别 the empty 联系领导 and 牵头办线 cells are the group's, an empty
    # 配合单位 is empty; a row of a new group has its own
    rows = ["序号\t类别\t工作任务\t联系领导\t牵头办线\t配合单位\t完成时限",
            "1\t经济发展\t引进亿元以上产业项目2个\t陈思远\t镇经济发展办\t镇投资促进中心\t2023年12月底",
            "2\t\t推进小微企业园二期建设\t\t\t镇建设办\t2023年11月底",
            "3\t社会事业\t新建居家养老服务照料中心2家\t王  敏\t镇社会事务办\t\t2023年10月底"]
    text = "某镇2023年度重点工作任务清单\n" + "\n".join(rows) + "\n"
    got = [(a.task, a.lead, a.units, a.leader) for a in assignments(extractor, text)]
    assert got == [("引进亿元以上产业项目2个", ("镇经济发展办",), ("镇经济发展办", "镇投资促进中心"), "陈思远"),
                   ("推进小微企业园二期建设", ("镇经济发展办",), ("镇经济发展办", "镇建设办"), "陈思远"),
                   ("新建居家养老服务照料中心2家", ("镇社会事务办",), ("镇社会事务办",), "王敏")]


def test_a_departments_tasks_each_followed_by_labelled_lines_of_its_offices(extractor: Extractor) -> None:
    text = ("2016年全县教育重点工作任务分解\n一、推进教育均衡发展\n"
            "1.实施农村薄弱学校改造计划，完成12所学校校舍维修改造\n牵头股室：计划财务股\n配合股室：基建办、督导室\n分管领导：孙立军\n责任人：马丽娟\n完成时限：2016年9月15日前\n")
    (a,) = assignments(extractor, text)
    assert (a.lead, a.units, a.leader, a.persons, a.deadline) == (
        ("计划财务股",), ("计划财务股", "基建办", "督导室"), "孙立军", ("马丽娟",), "2016年9月15日前")


def test_an_audit_rectification_table_whose_lead_and_leader_cells_are_merged(extractor: Extractor) -> None:
    # ``审计查出问题`` is the task (the measures after it are how); a row that leaves both the lead and the leader
    # empty is under the merged cells above
    rows = ["序号\t审计查出问题\t整改措施\t责任领导\t牵头单位\t配合单位\t整改时限",
            "1\t部分非税收入未及时缴入国库\t督促及时足额上缴国库\t林志远\t区财政局\t区自然资源局\t2024年9月30日前",
            "2\t年初预算编制不够细化\t细化预算编制\t\t\t区直各预算单位\t2024年12月31日前",
            "3\t部分政府投资项目未批先建\t补办相关手续\t\t区住建局\t区自然资源局\t2024年11月30日前"]
    text = "某区审计查出问题整改任务清单\n" + "\n".join(rows) + "\n"
    got = [(a.task, a.lead, a.units, a.leader) for a in assignments(extractor, text)]
    assert got == [("部分非税收入未及时缴入国库", ("区财政局",), ("区财政局", "区自然资源局"), "林志远"),
                   ("年初预算编制不够细化", ("区财政局",), ("区财政局", "区直各预算单位"), "林志远"),
                   ("部分政府投资项目未批先建", ("区住建局",), ("区住建局", "区自然资源局"), None)]
    barred = "某区审计查出问题整改任务清单\n" + "".join(f"| {r.replace(chr(9), ' | ')} |\n" for r in rows)
    in_bars = [(a.task, a.lead, a.leader) for a in assignments(extractor, barred)]
    assert in_bars == [(task, lead, leader) for task, lead, _, leader in got]  # (the same table, bars between)


def test_a_tab_table_with_no_leader_column_whose_lead_cells_are_merged_within_a_section(extractor: Extractor) -> None:
    # An HTML table copied from a browser: a lead merged over two rows leaves the second's empty; a merged cell
    # does not reach past a section's row (row 2.1's empty lead stays empty)
    rows = ["序号\t重点任务\t牵头单位\t配合单位\t完成时限", "一、财政金融政策（共2项）",
            "1.1\t加快地方政府专项债券发行使用。\t县财政局\t县发展改革局\t2022年8月底前",
            "1.2\t扩大政府性融资担保覆盖面。\t\t县金融服务中心\t2022年12月底前",
            "二、扩投资促消费政策（共1项）",
            "2.1\t开展系列促消费活动。\t\t县商务局、县文旅局\t2022年10月底前"]
    text = "某县稳住经济大盘若干措施任务清单\n" + "\n".join(rows) + "\n"
    got = [(a.task[:6], a.lead, a.units) for a in assignments(extractor, text)]
    assert got == [("加快地方政府", ("县财政局",), ("县财政局", "县发展改革局")),
                   ("扩大政府性融", ("县财政局",), ("县财政局", "县金融服务中心")),
                   ("开展系列促消", (), ("县商务局", "县文旅局"))]


def test_a_tab_table_whose_leader_column_before_the_number_groups_its_rows(extractor: Extractor) -> None:
    # A spreadsheet or Word table written a row a line: the leader before 序号 groups the rows under it (empty
    # below its first), a row's lead and 责任人 merged over its further tasks; a row left unread (its 责任人 cell
    # holds a date) does not hand its cells' neighbours above to the rows under it
    rows = ["分管领导\t序号\t牵头单位\t责任人\t工作任务",
            "南选智\t1\t财政局\t杨志军\t一般公共预算收入增长7%。",
            "\t2\t人社局\t县直各单位负责人\t城镇登记失业率控制在4.5%以内。",
            "\t\t\t\t全力做好根治农民工欠薪工作。",
            "\t3\t交通局\t2024年6月\t推进汾河北坝堤顶道路翻修改造工程。",
            "\t\t\t\t推进投资0.8亿元的四好农村路建设工程。"]
    text = "某县政府工作报告目标任务责任分解\n" + "\n".join(rows) + "\n"
    got = [(a.task[:6], a.lead, a.leader, a.persons) for a in assignments(extractor, text)]
    assert got == [("一般公共预算", ("财政局",), "南选智", ("杨志军",)),
                   ("城镇登记失业", ("人社局",), "南选智", ("县直各单位负责人",)),
                   ("全力做好根治", ("人社局",), "南选智", ("县直各单位负责人",))]


def test_a_rectification_record_of_labelled_lines_has_its_problem_for_task(extractor: Extractor) -> None:
    # ``问题 1：`` names the task; the measures under it (a line the PDF cut, an item on a line of its own) are how;
    # a numbered item over its labelled fields keeps its title as the task
    text = ("某县反馈问题整改方案\n一、整改任务\n问题 1：县城生活垃圾填埋场渗滤液处理设施不能稳定运行。\n"
            "整改目标：渗滤液处理设施稳定运行。\n整改措施：（1）对现有渗滤液处理设施实施提标改造，新增处理\n"
            "能力50立方米/日；（2）委托第三方进行应急处置；\n（3）建立填埋场运行日常巡查制度。\n"
            "责任领导：马文斌\n责任单位：县住建局（牵头），县生态环境局\n责任人：高志远 何玉兰\n"
            "完成时限：2021年12月底前\n"
            "二、重点工程\n1.散煤清洁化替代工程\n工作任务：组织开展清洁取暖回头看。\n责任单位：县能源局\n")
    got = [(a.task, a.lead, a.units) for a in assignments(extractor, text)]
    assert got == [("县城生活垃圾填埋场渗滤液处理设施不能稳定运行。", ("县住建局",), ("县住建局", "县生态环境局")),
                   ("散煤清洁化替代工程工作任务：组织开展清洁取暖回头看。", (), ("县能源局",))]
    assert assignments(extractor, text)[0].persons == ("高志远", "何玉兰")  # (names set apart by a space)


def test_a_bar_table_with_a_column_this_reader_does_not_know_between_known_ones(extractor: Extractor) -> None:
    # ``年度攻坚目标`` is no column this reader knows: it keeps its place, the columns after it are read
    text = ("某市2021年重点项目攻坚任务清单\n序号|项目名称|年度攻坚目标|挂钩市领导|牵头单位|配合单位|完成时限\n"
            "1|澜江大道二期工程|完成路基工程12公里|郑海生|市交通运输局|澜江街道、市自然资源局|2021年12月底\n")
    (a,) = assignments(extractor, text)
    assert (a.task, a.lead, a.units, a.leader, a.deadline) == (
        "澜江大道二期工程", ("市交通运输局",), ("市交通运输局", "澜江街道", "市自然资源局"), "郑海生", "2021年12月底")


def test_an_item_that_opens_with_its_problem_label_has_the_problem_for_task(extractor: Extractor) -> None:
    # An audit rectification list, one paragraph an item, its fields run in: the task starts after ``问题：``
    text = ("某县审计发现问题整改方案\n二、问题清单及整改措施\n"
            "（一）问题：部分非税收入未及时缴入国库，涉及金额1286.5万元。整改措施：督促相关单位立即缴入国库。"
            "责任领导：韦丽萍　责任单位：县财政局（牵头），县自然资源局　整改时限：2024年10月31日前\n")
    (a,) = assignments(extractor, text)
    assert a.task.startswith("部分非税收入未及时缴入国库")
    assert (a.lead, a.units, a.deadline) == (("县财政局",), ("县财政局", "县自然资源局"), "2024年10月31日前")


def test_a_pdf_table_set_out_in_columns_of_spaces_whose_cells_wrap_onto_lines_under_their_row(
        extractor: Extractor) -> None:
    # The header's names centred over their columns; a cell's wrapped part under its own column (``管委会``,
    # ``和规划局``); a section's row and the header again after a page break passed over; a 5-letter leader
    rows = ["序号        工作任务            分管县领导    牵头单位        责任单位",
            " 1    毫不放松抓好常态化疫情     吴海涛        县卫生健康局    县疾控中心、各乡镇",
            "      防控，完善发热门诊",
            "二、加快重点项目建设",
            "序号        工作任务            分管县领导    牵头单位        责任单位",
            " 2    推进县经济开发区扩区调     乌云其木格    县经济开发区    县发改局、县自然资源",
            "      规，新建标准厂房                         管委会          和规划局"]
    text = "某县政府工作报告重点工作责任分解方案\n" + "\n".join(rows) + "\n"
    got = [(a.task, a.lead, a.units, a.leader) for a in assignments(extractor, text)]
    assert got == [
        ("毫不放松抓好常态化疫情防控，完善发热门诊", ("县卫生健康局",), ("县卫生健康局", "县疾控中心", "各乡镇"),
         "吴海涛"),
        ("推进县经济开发区扩区调规，新建标准厂房", ("县经济开发区管委会",),
         ("县经济开发区管委会", "县发改局", "县自然资源和规划局"), "乌云其木格")]
    # Cells set apart by two spaces but not in columns: not read as such a table (no row reads under wrong columns)
    loose = ("某乡重点工作任务清单\n序号  重点工作任务  牵头单位  完成时限\n"
             "1  完成圩场提升改造，新建标准化摊位120个。  乡村建设综合服务中心  2024年9月30日前\n"
             "2  实施老旧小区改造1个。  乡村建设综合服务中心  2024年11月30日前\n")
    assert {a.deadline for a in assignments(extractor, loose)} == {"2024年9月30日前", "2024年11月30日前"}


def test_a_spaced_table_whose_numbers_stand_centred_in_their_rows(extractor: Extractor) -> None:
    # A word processor prints each row's 序号 in its middle: a row's first lines stand above its number, its last
    # below; the row below opens at the line whose cells start afresh (top-aligned)
    rows = ["序号  重点任务                      牵头单位      配合单位          完成时限",
            "      全面推行企业开办“一网通办”，  县市场监管局  县政务服务中心、  2023年6月",
            "1     将企业开办时间压缩至1个工作                 县公安局、县税务  底前",
            "      日以内                                      局",
            "      深化工程建设项目审批制度改革  县住建局      县自然资源局、县  2023年9月",
            "2     ，社会投资项目审批时间压减至                发改委            底前",
            "      30个工作日以内",
            "3     全面落实各项减税降费政策，确  县税务局      县财政局          2023年12月",
            "      保应享尽享                                                    底前"]
    text = "某县优化营商环境攻坚行动任务清单\n" + "\n".join(rows) + "\n"
    got = [(a.task_text, a.lead, a.units, a.deadline) for a in assignments(extractor, text)]
    assert got == [
        ("全面推行企业开办“一网通办”，将企业开办时间压缩至1个工作日以内", ("县市场监管局",),
         ("县市场监管局", "县政务服务中心", "县公安局", "县税务局"), "2023年6月底前"),
        ("深化工程建设项目审批制度改革，社会投资项目审批时间压减至30个工作日以内", ("县住建局",),
         ("县住建局", "县自然资源局", "县发改委"), "2023年9月底前"),
        ("全面落实各项减税降费政策，确保应享尽享", ("县税务局",), ("县税务局", "县财政局"), "2023年12月底前")]


def test_a_spaced_table_whose_header_names_columns_over_columns_on_a_second_line(extractor: Extractor) -> None:
    # ``责任分工`` stands over ``责任县领导  牵头单位  责任单位``: the second line's columns take its place, and both
    # lines printed again after a page break are passed over
    head = ["序号  民生实事项目                      责任分工                                      完成时限",
            "                                        责任县领导  牵头单位        责任单位"]
    rows = [*head,
            "1     新建改造农村公路60公里，完成农  陈国平      县交通运输局    各乡镇（街道）、县财  2025年11月底",
            "      村公路危桥改造8座                                           政局                  前",
            "", "                                   - 3 -", "", *head,
            "2     新建婴幼儿托育机构3家，新增普   周慧敏      县卫生健康局    县教育局、县民政局    2025年12月底",
            "      惠性托位300个                                                                     前"]
    text = "某县民生实事项目责任分解表\n" + "\n".join(rows) + "\n"
    got = [(a.task, a.lead, a.units, a.deadline, a.leader) for a in assignments(extractor, text)]
    assert got == [
        ("新建改造农村公路60公里，完成农村公路危桥改造8座", ("县交通运输局",),
         ("县交通运输局", "各乡镇（街道）", "县财政局"), "2025年11月底前", "陈国平"),
        ("新建婴幼儿托育机构3家，新增普惠性托位300个", ("县卫生健康局",),
         ("县卫生健康局", "县教育局", "县民政局"), "2025年12月底前", "周慧敏")]


def test_a_spaced_table_whose_column_name_wrapped_under_itself(extractor: Extractor) -> None:
    # ``责任市`` ⏎ ``领导``: the header's name goes on on the line under it; names spaced out (``工  作  任  务``)
    rows = ["序号  工  作  任  务                  责任市    牵头单位        责任人    配合单位",
            "                                      领导",
            "1     地区生产总值增长6%左右，一般公  周  斌    市发改委、      蒋  涛    各区镇（街道）",
            "      共预算收入增长5%                          市财政局        钱丽君",
            "2     完成工业投资200亿元以上         吴建新    市工信局        沈国良    各区镇（街道）"]
    text = "某市政府工作报告主要目标任务责任分解表\n" + "\n".join(rows) + "\n"
    got = [(a.task, a.lead, a.units, a.leader) for a in assignments(extractor, text)]
    assert got == [
        ("地区生产总值增长6%左右，一般公共预算收入增长5%", ("市发改委", "市财政局"),
         ("市发改委", "市财政局", "各区镇（街道）"), "周斌"),
        ("完成工业投资200亿元以上", ("市工信局",), ("市工信局", "各区镇（街道）"), "吴建新")]


def test_a_bar_table_whose_cells_a_tool_wrapped_onto_a_line_of_their_own(extractor: Extractor) -> None:
    # A PDF turned into text with bars: a row's task and units go on on the line under it (its 序号, lead and time
    # empty); a line under a merged 序号 that has its own time is a row of its own, not read into the one above
    text = ("某县城乡环境综合治理百日攻坚行动任务清单\n| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |\n"
            "|---|---|---|---|---|\n"
            "| 1 | 实施县城背街小巷改造提升，完成 | 县住建局 | 县财政局、锦屏街道 | 2020年9月30日 |\n"
            "|  | 46条背街小巷路面改造 |  | 办事处 |  |\n"
            "| 2 | 开展城区扬尘专项治理 | 县住建局 | 县生态环境局 | 长期坚持 |\n"
            "|  | 开展建筑工地夜间施工检查 |  | 县城管执法局 | 2020年8月31日前 |\n")
    got = [(a.task, a.units, a.deadline) for a in assignments(extractor, text)]
    assert got[0] == ("实施县城背街小巷改造提升，完成46条背街小巷路面改造", ("县住建局", "县财政局", "锦屏街道办事处"),
                      "2020年9月30日")
    assert got[1] == ("开展城区扬尘专项治理", ("县住建局", "县生态环境局"), "长期坚持")


def test_column_names_that_say_a_part_and_a_level_or_a_kind_of_unit() -> None:
    from graph_build.extractors.assignment_grid import column_kind

    assert [column_kind(n) for n in ("包保县领导", "联系县领导", "牵头旗领导", "县级分管领导")] == ["leader"] * 4
    assert [column_kind(n) for n in ("牵头办线", "牵头站所", "配合科室", "协办单位")] == [
        "lead", "lead", "coop", "coop"]
    assert [column_kind(n) for n in ("领导小组", "牵头", "审计查出问题")] == [None, None, "task"]


def test_a_markdown_task_table_whose_cell_lists_its_units_a_line_each_with_br(extractor: Extractor) -> None:
    text = ("某局2024年重点工作任务分解表\n| 序号 | 重点任务 | 牵头股室 | 配合股室（所） | 完成时限 |\n"
            "| --- | --- | --- | --- | --- |\n| 1 | 完成食品安全监督抽检2200批次 | 食品经营监管股 | "
            "食品生产监管股<br>各市场监督管理所 | 2024年11月底前 |\n")
    (a,) = assignments(extractor, text)
    assert a.units == ("食品经营监管股", "食品生产监管股", "各市场监督管理所")


def test_a_space_aligned_task_table_with_section_rows_between_its_rows(extractor: Extractor) -> None:
    text = ("某县2016年重点工作任务分解表\n"
            "序号  工作任务                          责任县领导  牵头单位        配合单位              完成时限\n"
            "一、稳增长\n"
            "1     新建标准化厂房8万平方米，年内      马建业      县工信局        县住建局、县自然资    10月底前\n"
            "      全部交付使用                                                  源局\n"
            "二、惠民生\n"
            "2     新增城镇就业2000人                 邵红英      县人社局        各乡镇                全年\n")
    got = [(a.task, a.units, a.deadline, a.leader) for a in assignments(extractor, text)]
    assert got == [("新建标准化厂房8万平方米，年内全部交付使用", ("县工信局", "县住建局", "县自然资源局"), "10月底前",
                    "马建业"),
                   ("新增城镇就业2000人", ("县人社局", "各乡镇"), "全年", "邵红英")]


def test_a_space_aligned_task_table_whose_first_column_is_the_tasks_kind(extractor: Extractor) -> None:
    # ``任务类别`` groups the rows (merged down); ``工作任务`` is each row's task
    rows = [
        "序号  任务类别      工作任务                              牵头单位          配合单位             完成时限",
        " 1    农村厕所     新建改造农村卫生户厕 2000 座，卫生厕  县农业农村局      县卫生健康局、县财   2023 年 11 月",
        "      革命         所普及率达到 75%以上                                    政局、各乡镇         底前",
        " 2                 开展农村户厕问题排查整改“回头看”，  县农业农村局      各乡镇               2023 年 9 月",
        "                   问题厕所整改率达到 100%                                                     底前",
    ]
    text = "某县农村人居环境整治提升重点任务清单\n" + "\n".join(rows) + "\n"
    got = [(a.task, a.lead) for a in assignments(extractor, text)]
    assert got == [("新建改造农村卫生户厕2000座，卫生厕所普及率达到75%以上", ("县农业农村局",)),
                   ("开展农村户厕问题排查整改“回头看”，问题厕所整改率达到100", ("县农业农村局",))]


def test_a_table_of_a_cell_a_line_whose_cells_the_pdf_cut_across_lines(extractor: Extractor) -> None:
    # Each row opens with its 序号; its lines are cut into as many cells as the columns ask, by how each line ends
    # and the next starts (a clause cut after ``，``, a unit cut mid-word, a time or a name opening a cell).
    text = ("某县义务教育优质均衡发展重点任务分解表\n序号\n重点任务\n牵头单位\n配合单位\n完成时限\n责任县领导\n"
            "1\n实施县城学校扩容工程\n，新建县第三小学，新\n增学位1800个\n县教育局\n县发展和改革局、县自\n然资源局、县住房和城\n"
            "乡建设局\n2026年12月底前\n完成\n马 德\n"
            "2\n推进乡镇寄宿制学校标\n准化建设，改善学生宿\n舍、食堂和运动场条件\n县教育局\n县财政局\n2026年9月底前\n杨润涵\n"
            "附件3\n")
    got = [(a.task, a.lead, a.units, a.deadline, a.leader) for a in assignments(extractor, text)]
    assert got == [
        ("实施县城学校扩容工程，新建县第三小学，新增学位1800个", ("县教育局",),
         ("县教育局", "县发展和改革局", "县自然资源局", "县住房和城乡建设局"), "2026年12月底前", "马德"),
        ("推进乡镇寄宿制学校标准化建设，改善学生宿舍、食堂和运动场条件", ("县教育局",), ("县教育局", "县财政局"),
         "2026年9月底前", "杨润涵")]


def test_a_cell_a_line_table_whose_times_and_unit_lists_the_pdf_cut_after_a_month_or_a_level(
        extractor: Extractor) -> None:
    # ``2021年7月`` ⏎ ``底前`` and ``2021年12`` ⏎ ``月底前``: one time; ``各街道办事处、区`` ⏎ ``自然资源和规划分``
    # ⏎ ``局``: the list's next unit, cut after its level
    text = ("某区老旧小区改造重点任务清单\n序号\n工作任务\n牵头单位\n责任单位\n完成时限\n"
            "1\n全面摸排2000年底前建成\n的老旧小区底数，建立改造项\n目库\n区住建局\n各街道办事处、区\n自然资源和规划分\n局\n"
            "2021年7月\n底前\n"
            "2\n完成2021年度38个老旧\n小区改造，惠及居民6200\n户\n区住建局\n各街道办事处\n2021年12\n月底前\n")
    got = [(a.task[:8], a.units, a.deadline) for a in assignments(extractor, text)]
    assert got == [("全面摸排2000", ("区住建局", "各街道办事处", "区自然资源和规划分局"), "2021年7月底前"),
                   ("完成2021年度", ("区住建局", "各街道办事处"), "2021年12月底前")]


def test_a_cell_a_line_table_of_problems_and_remedies_takes_the_problem_as_the_task(extractor: Extractor) -> None:
    # ``反馈问题 | 整改目标 | 整改措施``: the problem names the task (the remedy's column is not the task's)
    text = ("某县督察反馈问题整改清单\n序号\n反馈问题\n整改目标\n整改措施\n责任单位\n整改时限\n"
            "1\n矿区废弃矿山生态修复推进缓慢。\n完成矿山生态修复。\n编制修复方案，分年度实施复绿。\n县自然资源局\n"
            "2022年6月底前\n"
            "2\n垃圾填埋场渗滤液处理能力不足。\n处理能力提升至150吨/日。\n实施处理站扩容改造。\n县城市管理局\n"
            "2021年11月底前\n")
    got = [(a.task, a.units) for a in assignments(extractor, text)]
    assert got == [("矿区废弃矿山生态修复推进缓慢。", ("县自然资源局",)),
                   ("垃圾填埋场渗滤液处理能力不足。", ("县城市管理局",))]


def test_a_cell_a_line_table_of_undertaking_and_assisting_units_two_names_in_a_leaders_cell_a_note_after(
        extractor: Extractor) -> None:
    # ``承办单位`` is the responsible unit's column, ``协办单位`` the co-operating one's; ``黄立新`` ⏎ ``覃海燕``:
    # the one leader's column holds a name a line; a blank line after the last row ends it (``联系人：…`` is no
    # cell)
    text = ("督办事项清单\n序号\n督办事项\n承办单位\n协办单位\n责任领导\n办结时限\n"
            "1\n县城东环路二期征地拆迁扫尾工作\n县国土资源局\n城厢镇人民政府、县住建局\n黄立新\n2017年6月30日\n"
            "2\n重点项目建设用地报批\n县国土资源局\n县发改局、县林业局\n黄立新\n覃海燕\n长期\n"
            "3\n森林防火隐患排查整治\n县林业局\n各乡镇人民政府\n覃海燕\n2017年5月31日\n\n"
            "联系人：陆 敏　　联系电话：0771-7821xxx\n")
    got = [(a.task, a.lead, a.units, a.leader) for a in assignments(extractor, text)]
    assert got == [("县城东环路二期征地拆迁扫尾工作", (), ("县国土资源局", "城厢镇人民政府", "县住建局"), "黄立新"),
                   ("重点项目建设用地报批", (), ("县国土资源局", "县发改局", "县林业局"), "黄立新、覃海燕"),
                   ("森林防火隐患排查整治", (), ("县林业局", "各乡镇人民政府"), "覃海燕")]


def test_a_cell_cut_inside_a_quotation_and_a_last_row_whose_task_ends_a_sentence(extractor: Extractor) -> None:
    # ``“一窗受理、并行办`` ⏎ ``理”，…``: a quotation left open goes on; the last row's second line ends its sentence
    # (``…等行为。``) and is still a cell, the row having fewer lines than cells without it
    text = ("附件\n某县优化营商环境重点任务分解表\n序号\n重点任务\n牵头单位\n配合单位\n完成时限\n"
            "1\n全面推行企业开办“一窗受理、并行办\n理”，企业开办时间压缩至5个工作日以内。\n县市场监管局\n县公安局、县税务局\n"
            "2018年6月底前\n2\n开展损害营商环境问题专项治理，严肃\n查处吃拿卡要、推诿扯皮等行为。\n县纪委监委\n"
            "县委组织部、县政府督查室\n2018年12月底前\n")
    got = [(a.task[:13], a.lead, a.units, a.deadline) for a in assignments(extractor, text)]
    assert got == [
        ("全面推行企业开办“一窗受理", ("县市场监管局",), ("县市场监管局", "县公安局", "县税务局"), "2018年6月底前"),
        ("开展损害营商环境问题专项治", ("县纪委监委",), ("县纪委监委", "县委组织部", "县政府督查室"), "2018年12月底前")]


def test_a_tab_separated_table_of_what_is_put_right_and_its_standard(extractor: Extractor) -> None:
    # ``整治内容`` names each row's task; ``工作标准``, a column this reader does not know, is read for nothing
    text = ("某市城乡环境大整治攻坚行动任务清单\n序号\t整治内容\t工作标准\t责任单位\t完成时限\n"
            "1\t城区主次干道环境整治\t主次干道无乱堆乱放、无占道经营\t市城市管理局（牵头）、各街道办事处\t2022年6月30日前\n")
    got = [(a.task, a.lead, a.units, a.deadline) for a in assignments(extractor, text)]
    assert got == [("城区主次干道环境整治", ("市城市管理局",), ("市城市管理局", "各街道办事处"), "2022年6月30日前")]


def test_a_tab_separated_table_whose_lead_cell_is_merged_over_rows_of_one_leader(extractor: Extractor) -> None:
    # A spreadsheet's 牵头单位 merged down over rows of the same 牵头县领导: the rows under it leave it empty; under
    # another leader an empty lead stays empty
    text = ("某县重点工作任务分解表\n序号\t重点工作任务\t牵头县领导\t牵头单位\t配合单位\t完成时限\n"
            "5\t完成国道改建工程路基施工\t刘占魁\t县交通运输局\t县自然资源局\t2024年11月底前\n"
            "6\t新改建农村公路60公里\t刘占魁\t\t各乡镇人民政府\t2024年12月底前\n"
            "7\t建成县第二污水处理厂\t王雪\t\t县城市管理局\t2024年9月底前\n")
    got = [(a.task, a.lead, a.units) for a in assignments(extractor, text)]
    assert got == [("完成国道改建工程路基施工", ("县交通运输局",), ("县交通运输局", "县自然资源局")),
                   ("新改建农村公路60公里", ("县交通运输局",), ("县交通运输局", "各乡镇人民政府")),
                   ("建成县第二污水处理厂", (), ("县城市管理局",))]


def test_a_cell_a_line_table_of_projects_names_beside_their_content_takes_the_name(extractor: Extractor) -> None:
    # ``项目名称 | 建设内容及目标`` side by side: the project's name is the task, its content is said of it
    text = ("某县为民办实事项目责任分解表\n序号\n项目名称\n建设内容及目标\n挂钩县领导\n牵头单位\n责任单位\n完成时限\n"
            "1\n城区公办幼儿园扩容工程\n新建县第三实验幼儿园，新增公办学位360个\n林秀琴\n县教育局\n县住建局、城关镇\n"
            "2019年12月底\n")
    got = [(a.task, a.lead, a.units) for a in assignments(extractor, text)]
    assert got == [("城区公办幼儿园扩容工程", ("县教育局",), ("县教育局", "县住建局", "城关镇"))]


def test_a_tab_separated_table_whose_cell_holds_several_paragraphs(extractor: Extractor) -> None:
    # A Word table's cell of three paragraphs, copied as text: the lines between have no tab, and the tabs of the
    # row's first and last lines make the header's; the rows after it are read too
    text = ("某县督察反馈问题整改清单\n序号\t反馈问题\t整改措施\t牵头单位\t责任单位\t整改时限\n"
            "1\t建筑工地扬尘管控不到位。\t1.开展扬尘专项整治；\n2.安装在线监测设备；\n3.建立分级管理制度。\t县住建局\t"
            "各街道办事处\t长期坚持\n"
            "2\t部分加油站油气回收装置未正常运行。\t开展专项检查。\t县商务局\t县市场监管局\t2019年7月底前\n"
            "以上问题整改情况于每月底前报县督查室。\n")
    got = [(a.task, a.lead, a.units, a.deadline) for a in assignments(extractor, text)]
    assert got == [("建筑工地扬尘管控不到位。", ("县住建局",), ("县住建局", "各街道办事处"), "长期坚持"),
                   ("部分加油站油气回收装置未正常运行。", ("县商务局",), ("县商务局", "县市场监管局"), "2019年7月底前")]


def test_a_tab_separated_table_whose_units_cell_holds_a_unit_a_paragraph(extractor: Extractor) -> None:
    # A Word table's cell of a unit a paragraph: two lines or more without a tab between the row's lines with tabs
    text = ("某县优化营商环境重点任务清单\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
            "1\t深化“一件事一次办”改革。\t县政务服务和大数据管理局\t县市场监管局\n县人力资源社会保障局\n县税务局\n"
            "县医保局\t2023年9月底前\n"
            "2\t推行企业开办“零成本”。\t县市场监管局\t县公安局\n县财政局\t2023年6月底前\n")
    got = [(a.task, a.lead, a.units, a.deadline) for a in assignments(extractor, text)]
    assert got == [("深化“一件事一次办”改革。", ("县政务服务和大数据管理局",),
                    ("县政务服务和大数据管理局", "县市场监管局", "县人力资源社会保障局", "县税务局", "县医保局"),
                    "2023年9月底前"),
                   ("推行企业开办“零成本”。", ("县市场监管局",), ("县市场监管局", "县公安局", "县财政局"),
                    "2023年6月底前")]
    # the task's cell of two paragraphs, the row's cells after it on a line that opens with its tab
    wrapped = ("某区优化营商环境重点任务清单\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
               "1\t推进水电气网联合报装，\n实现“一站式”服务。\n\t区住房城乡建设局\t区燃气公司\t2023年8月底前\n"
               "2\t落实减税降费政策。\t区税务局\t区财政局\t持续推进\n")
    got = [(a.task, a.units, a.deadline) for a in assignments(extractor, wrapped)]
    assert got == [("推进水电气网联合报装，实现“一站式”服务。", ("区住房城乡建设局", "区燃气公司"), "2023年8月底前"),
                   ("落实减税降费政策。", ("区税务局", "区财政局"), "持续推进")]


def test_a_tab_separated_task_table_whose_header_splits_a_column_on_a_second_line(extractor: Extractor) -> None:
    # ``责任单位`` over ``牵头单位 | 配合单位``: the second line names the columns it splits (its other cells empty)
    text = ("2024年区政府重点工作任务分解方案\n序号\t工作任务\t责任单位\t\t完成时限\t责任领导\n"
            "\t\t牵头单位\t配合单位\t\t\n一、聚力产业强区\t\t\t\t\t\n"
            "1\t全年完成规上工业总产值1200亿元。\t区工信局\t区发改委、各街道\t2024年12月底前\t顾晓峰\n"
            "2\t新增国家高新技术企业60家。\t区科技局\t区财政局\t2024年11月底前\t钱振宇\n")
    got = [(a.task[:8], a.lead, a.units, a.deadline, a.leader) for a in assignments(extractor, text)]
    assert got == [("全年完成规上工业", ("区工信局",), ("区工信局", "区发改委", "各街道"), "2024年12月底前", "顾晓峰"),
                   ("新增国家高新技术", ("区科技局",), ("区科技局", "区财政局"), "2024年11月底前", "钱振宇")]


def test_a_table_a_cell_a_line_whose_split_columns_names_come_last_in_its_header(extractor: Extractor) -> None:
    # ``责任单位`` over ``牵头单位 | 配合单位``, its parts named after the other columns: in the rows they stand where
    # their column does
    text = ("2015年政府工作报告重点工作任务分解方案\n序号\n工作任务\n责任领导\n责任单位\n完成时限\n牵头单位\n配合单位\n"
            "1\n全年生产总值增长9%，地方财政收入增长8%。\n张建华\n县发改局\n县统计局、县财政局\n2015年12月底前\n"
            "2\n实施农村饮水安全工程。\n刘文斌\n县水务局\n县卫生局、各镇人民政府\n2015年11月底前\n")
    got = [(a.task[:6], a.lead, a.units, a.deadline, a.leader) for a in assignments(extractor, text)]
    assert got == [
        ("全年生产总值", ("县发改局",), ("县发改局", "县统计局", "县财政局"), "2015年12月底前", "张建华"),
        ("实施农村饮水", ("县水务局",), ("县水务局", "县卫生局", "各镇人民政府"), "2015年11月底前", "刘文斌")]


def test_a_grid_table_whose_cells_wrap_onto_the_lines_below_up_to_the_next_rule(extractor: Extractor) -> None:
    # a merged 责任领导 cell leaves its bars in the rule below the row; a row of one cell is a section's heading
    text = ("某县2023年优化营商环境攻坚行动任务清单\n"
            "+------+------------------------+--------------+------------------+----------+----------+\n"
            "| 序号 | 工作任务               | 牵头单位     | 配合单位         | 完成时限 | 责任领导 |\n"
            "+======+========================+==============+==================+==========+==========+\n"
            "| 一、审批服务便利化                                                                     |\n"
            "+------+------------------------+--------------+------------------+----------+----------+\n"
            "| 1    | 深化“最多跑一次”改革， | 县市场监管局 | 县税务局、县公安 | 2023年6月| 沈卫东   |\n"
            "|      | 推动企业开办全流程办结 |              | 局、县人力社保局 | 底前     |          |\n"
            "+------+------------------------+--------------+------------------+----------+          |\n"
            "| 2    | 推进工程建设项目审批制 | 县住建局     | 县发改局         | 2023年9月|          |\n"
            "|      | 度改革。               |              |                  | 底前     |          |\n"
            "+------+------------------------+--------------+------------------+----------+----------+\n")
    got = [(a.task[:8], a.lead, a.units, a.deadline) for a in assignments(extractor, text)]
    assert got == [
        ("深化“最多跑一次", ("县市场监管局",), ("县市场监管局", "县税务局", "县公安局", "县人力社保局"),
         "2023年6月底前"),
        ("推进工程建设项目", ("县住建局",), ("县住建局", "县发改局"), "2023年9月底前")]


def test_a_table_ruled_with_dashes_whose_cells_wrap_within_their_columns(extractor: Extractor) -> None:
    # a Word file converted to Markdown (a multiline table): each column's text stands under its run of dashes,
    # a row runs to the blank line after it; read so, not as rows set out with spaces, a line each
    text = ("三、重点任务及责任分工\n\n"
            "  -------------------------------------------------------------------\n"
            "  序号 工作任务                   牵头单位     配合单位     完成时限\n"
            "  ---- -------------------------- ------------ ------------ ----------\n"
            "  1    开展村庄清洁行动“春季战役” 乡农业农村综 各村民委员会 2025年4月3\n"
            "       ，集中清理村内垃圾、杂物和 合服务中心                0日前\n"
            "       残垣断壁。\n\n"
            "  2    推进农村生活垃圾分类收运， 乡农业农村综 乡综合行政执 2025年6月\n"
            "       完善收运体系。             合服务中心   法队         底前\n"
            "  -------------------------------------------------------------------\n")
    got = [(a.prov.line, a.task[:8], a.lead, a.units, a.deadline) for a in assignments(extractor, text)]
    lead = ("乡农业农村综合服务中心",)
    assert got == [(6, "开展村庄清洁行动", lead, (*lead, "各村民委员会"), "2025年4月30日前"),
                   (10, "推进农村生活垃圾", lead, (*lead, "乡综合行政执法队"), "2025年6月底前")]


def test_a_tab_row_whose_first_cells_are_empty_and_a_cell_saying_it_is_empty(extractor: Extractor) -> None:
    # ``\t\t\t\t持续推进`` (the layout strips its leading tabs) goes on with the row above, and the table with the
    # rows after it; a ``—`` cell names no unit
    text = ("序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
            "7\t推进跨部门联合监管。\t市市场监管局\t联席会议各成员单位\t全年\n\t\t\t\t持续推进\n"
            "8\t建立政务服务“好差评”闭环整改机制。\t市政数局\t各政务服务事项实施单位\t2023年7月底前\n"
            "9\t开展“营商环境体验官”活动。\t市营商环境建设局\t—\t2023年4月底前\n")
    got = [(a.task[:6], a.units) for a in assignments(extractor, text)]
    assert got == [("推进跨部门联", ("市市场监管局", "联席会议各成员单位")),
                   ("建立政务服务", ("市政数局", "各政务服务事项实施单位")), ("开展“营商环", ("市营商环境建设局",))]


def test_a_table_a_cell_a_line_with_section_rows_and_a_tasks_longer_column_name(extractor: Extractor) -> None:
    # ``重点工作任务`` a task column's longer name, ``牵头站所``/``配合站所`` a township's; section rows before and
    # between the rows
    rows = ["序号", "重点工作任务", "分管领导", "牵头站所", "配合站所", "完成时限", "一、经济发展（2项）",
            "1", "完成固定资产投资3.2亿元。", "孙国强", "经济发展办公室", "财政所、自然资源所", "2024年12月底",
            "2", "推进食品产业园二期标准化厂房建设，", "年内完成主体工程。", "孙国强", "经济发展办公室", "自然资源所",
            "2024年10月底", "二、乡村振兴（1项）", "3", "完成高标准农田建设1.2万亩。", "李红梅", "农业农村服务中心",
            "财政所、各村（社区）", "2024年9月底"]
    text = "某镇2024年重点工作任务清单\n" + "\n".join(rows) + "\n"
    got = [(a.task[:6], a.lead, a.units, a.leader) for a in assignments(extractor, text)]
    assert got == [("完成固定资产", ("经济发展办公室",), ("经济发展办公室", "财政所", "自然资源所"), "孙国强"),
                   ("推进食品产业", ("经济发展办公室",), ("经济发展办公室", "自然资源所"), "孙国强"),
                   ("完成高标准农", ("农业农村服务中心",), ("农业农村服务中心", "财政所", "各村（社区）"), "李红梅")]


def test_a_tab_separated_task_table_with_section_rows_numbered_items_and_two_task_columns(extractor: Extractor) -> None:
    # A section's row (its other cells empty, or a heading between rows) gives nothing; ``1.1`` opens an item; an
    # unknown column keeps the place of the columns after it; of ``反馈问题`` and ``整改措施`` the first is the task.
    text = ("某县重点任务清单\n序号\t反馈问题\t整改措施\t县级责任领导\t牵头单位\t配合单位\t备注栏\t完成时限\n"
            "一、生态环境\n1\t提升政务服务效能\n1.1\t管网雨污混接问题突出\t实施雨污分流改造12公里\t郝文涛\t县住房和城乡建设局\t"
            "县城市管理局\t无\t2026年12月底前\n1.2\t垃圾中转站渗滤液直排\t完善渗滤液收集设施\t苏婉清\t县城市管理局\t\t\t"
            "2026年9月底前\n")
    got = [(a.task, a.lead, a.units, a.deadline, a.leader) for a in assignments(extractor, text)]
    assert got == [
        ("管网雨污混接问题突出", ("县住房和城乡建设局",), ("县住房和城乡建设局", "县城市管理局"), "2026年12月底前",
         "郝文涛"),
        ("垃圾中转站渗滤液直排", ("县城市管理局",), ("县城市管理局",), "2026年9月底前", "苏婉清")]


def test_a_working_groups_duties_labelled_under_its_members_start_at_their_label(extractor: Extractor) -> None:
    # ``成 员:…`` ends with no stop, like a line a PDF cut; ``职 责:`` opens a paragraph of its own all the same
    text = ("关于成立某乡乡村振兴工作专班的通知\n二、工作组及职责\n(一)产业发展组\n"
            "组  长:陈志强\n成  员:吴金水、李丽萍\n"
            "职  责:统筹推进特色产业发展,做好农业项目申报和实施。(乡农业农村服务中心牵头,乡财政所配合)\n")
    (a,) = assignments(extractor, text)
    assert (a.task, a.lead, a.units) == ("统筹推进特色产业发展,做好农业项目申报和实施。"[:30], ("乡农业农村服务中心",),
                                         ("乡农业农村服务中心", "乡财政所"))


def test_a_rosters_sub_group_with_its_lead_and_member_units_is_no_task(extractor: Extractor) -> None:
    text = ("关于成立某县城乡供水一体化工作专班的通知\n二、工作组设置\n"
            "（一）综合协调组。牵头单位：县水利局；成员单位：县发改局、县财政局。\n")
    assert assignments(extractor, text) == []


def test_tasks_named_before_a_colon_then_their_markers_in_bullets(extractor: Extractor) -> None:
    text = ("某县召开创建国家卫生县城攻坚推进会\n　　会议明确了攻坚阶段任务清单：\n"
            "　　▶背街小巷整治：县城管局牵头，城关街道、东岳街道配合，10月31日前全部整改到位；\n"
            "　　▶农贸市场提升：县市场监管局负责，11月15日前完成；\n　　▶健康教育进社区：各街道、各成员单位负责。\n"
            "　　责任单位：县卫健局。\n")
    got = [(a.task, a.lead, a.units, a.deadline) for a in assignments(extractor, text)]
    assert got[:3] == [
        ("背街小巷整治", ("县城管局",), ("县城管局", "城关街道", "东岳街道"), "10月31日前"),
        ("农贸市场提升", (), ("县市场监管局",), "11月15日前"),
        ("健康教育进社区", (), ("各街道", "各成员单位"), None)]
    assert all(a.task != "责任单位" for a in assignments(extractor, text))  # (a marker's label is no task)


def test_sub_items_numbered_within_an_item_or_inside_its_paragraph_own_their_markers(extractor: Extractor) -> None:
    text = ("三、深化改革攻坚\n"
            "6.推进国资国企改革。\n"
            "6.1 完成县属国有企业整合重组。【牵头单位：县财政局；责任单位：县城投公司】\n"
            "7.深化“放管服”改革。（1）拓展“跨省通办”事项20项（县数据局负责）；"
            "（2）全面落实公平竞争审查制度（县市场监管局负责）。\n")
    facts = {f.task: f.units for f in assignments(extractor, text)}
    assert facts == {
        "完成县属国有企业整合重组。": ("县财政局", "县城投公司"),  # 6.1 is under 6, not a sibling closing 三's list
        "拓展“跨省通办”事项20项": ("县数据局",),
        "全面落实公平竞争审查制度": ("县市场监管局",),
    }


def test_a_projects_short_name_is_the_task_of_the_fields_under_it(extractor: Extractor) -> None:
    text = ("一、产业类项目\n1．冷链物流园二期\n　　牵头领导：卓文澜\n　　责任单位：县商务局、县交通运输局\n"
            "2．城区中小学扩容\n　　牵头领导：戈小川\n　　责任单位：县教育局\n")
    facts = [(f.task, f.units, f.leader) for f in assignments(extractor, text)]
    assert facts == [("冷链物流园二期", ("县商务局", "县交通运输局"), "卓文澜"),
                     ("城区中小学扩容", ("县教育局",), "戈小川")]


def test_a_meetings_words_before_a_task_are_not_the_task(extractor: Extractor) -> None:
    text = ("会议要求，要抓紧编制产业发展规划，由县农业农村局牵头，县发改局、县自然资源局配合，9月底前拿出初稿；"
            "要加快中央厨房产业园建设。\n")
    (fact,) = assignments(extractor, text)
    assert fact.task == "要抓紧编制产业发展规划"
    assert fact.lead == ("县农业农村局",)


def test_a_spaced_table_whose_task_column_has_a_longer_name_and_cells_that_wrap(extractor: Extractor) -> None:
    text = ("2026年《政府工作报告》重点工作任务分解方案\n\n"
            "序号  重点工作任务                          责任单位              配合单位                    完成时限\n\n"
            "1     实施产业链招商行动，全年引进亿元以上  县商务局、县投资促进  县发展和改革局、县工业和信  2026年12月底前\n"  # noqa: E501
            "      项目不少于20个                        中心                  息化局\n\n"
            "2     新建改建农村公路60公里                县交通运输局          县财政局                    2026年10月底前\n\n"  # noqa: E501
            "      未列入上表的其他工作，由各分管县领导牵头，相关单位按照职责分工负责落实。\n")
    facts = assignments(extractor, text)
    first = by_task(facts, "实施产业链招商行动")
    assert first.task == "实施产业链招商行动，全年引进亿元以上项目不少于20个"
    assert first.units == ("县商务局", "县投资促进中心", "县发展和改革局", "县工业和信息化局")
    wrapped = text.replace("县发展和改革局、县工业和信  2026", "县发展和改革局、县住房和城乡  2026").replace(
        "中心                  息化局", "中心                  建设局")
    assert by_task(assignments(extractor, wrapped), "实施产业链招商行动").units == (
        "县商务局", "县投资促进中心", "县发展和改革局", "县住房和城乡建设局")  # (a unit the column's width cut)
    assert by_task(facts, "新建改建农村公路").task == "新建改建农村公路60公里"  # (the sentence after a gap is none of it)  # noqa: E501


def test_a_projects_card_set_out_as_a_table_of_a_field_a_line(extractor: Extractor) -> None:
    # A Word table turned the other way round, one per project: the field's name, a tab, its value
    text = ("某市人民政府关于印发2022年民生实事项目实施方案的通知\n二、项目安排及责任分工\n（一）城区老旧供热管网改造\n"
            "项目名称\t城区老旧供热管网改造\n建设内容\t改造城区老旧供热一次管网12公里。\n责任领导\t孙立群\n"
            "牵头单位\t市住房和城乡建设局\n配合单位\t市发展和改革局、市财政局\n完成时限\t2022年10月底前\n")
    (a,) = assignments(extractor, text)
    assert (a.task, a.lead, a.units, a.deadline, a.leader) == (
        "城区老旧供热管网改造", ("市住房和城乡建设局",), ("市住房和城乡建设局", "市发展和改革局", "市财政局"),
        "2022年10月底前", "孙立群")


def test_a_supervision_slip_of_boxed_labels_between_rules(extractor: Extractor) -> None:
    text = ("━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n督办事项一\n"
            "【事项内容】加快推进国道改线工程征地拆迁，确保8月份全面开工。\n【牵头单位】县交通运输局\n"
            "【责任单位】县自然资源局、龙潭镇人民政府\n【责任领导】副县长 丁海宁\n【办结时限】2024年7月31日前\n"
            "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n")
    task, lead, units, deadline = one(extractor, text)
    assert task == "加快推进国道改线工程征地拆迁，确保8月份全面开工。"
    assert (lead, units, deadline) == (("县交通运输局",), ("县交通运输局", "县自然资源局", "龙潭镇人民政府"),
                                       "2024年7月31日前")


def test_numbered_tasks_of_a_list_with_their_units_and_deadline_on_lines_below(extractor: Extractor) -> None:
    text = ("序号 工作任务 责任单位 完成时限\n\n"
            "1、深入开展安全生产治本攻坚三年行动，制定年度工作方案，建立重大\n事故隐患动态清零机制。\n"
            "县应急管理局（牵头），县安委会各成员单位\n2024年3月底前\n\n"
            "2、开展城镇燃气安全专项整治，完成老旧燃气管道更新改造12公里。\n县住房和城乡建设局\n2024年10月底前\n")
    facts = assignments(extractor, text)
    assert [f.task[:12] for f in facts] == ["深入开展安全生产治本攻坚", "开展城镇燃气安全专项整治"]  # (without 1、)
    assert facts[0].lead == ("县应急管理局",)


def test_a_meeting_hands_out_an_item_by_a_lead_and_its_partners_before_the_action(extractor: Extractor) -> None:
    text = ("纪要如下：\n    一、关于城区停车泊位规划。会议要求，由县住建局牵头，县自然资源局、县公安局交警大队配合，"
            "于2024年10月底前完成城区停车泊位专项规划编制，报县政府常务会议审议。\n"
            "    1.由区住建局牵头，区城管局、区水务局配合，10月底前完成12处重点易涝点改造。\n"
            "一是由县农业农村局牵头，县交通运输局配合，做好甘蔗砍运组织，确保12月1日前全面开榨。\n")
    facts = [(f.task, f.lead, f.units, f.deadline) for f in assignments(extractor, text)]
    assert facts == [
        ("关于城区停车泊位规划。", ("县住建局",), ("县住建局", "县自然资源局", "县公安局交警大队"), "2024年10月底前"),
        ("完成12处重点易涝点改造", ("区住建局",), ("区住建局", "区城管局", "区水务局"), "10月底前"),  # (what is done)
        ("做好甘蔗砍运组织，确保12月1日前全面开榨", ("县农业农村局",), ("县农业农村局", "县交通运输局"), "12月1日前"),
    ]
    # A lead alone, then what it does, tells a duty (the schema's), no task handed out.
    duty = "（三）加大宣传力度\n由县委宣传部牵头，通过报纸、电视等媒体开展新闻发布、正面宣传。\n"
    assert [f.type for f in assignments(extractor, duty)] == ["duty"]


def test_a_tab_table_whose_cells_a_line_break_cut(extractor: Extractor) -> None:
    # A Word table copied as text: a cell of two lines breaks its row; a line that ends with a tab ends a cell.
    text = ("序号\t重点任务\t牵头单位\t配合单位\t责任县领导\t完成时限\n"
            "1\t全面推行“高效办成一件事”，新增集成办理事项不少于15项\t县数据资源局\t县政务服务中心\n"
            "各相关部门\t邹明杰\t2026年10月底前\n"
            "2\t开展涉企违规收费专项整治，建立涉企收费目录清单\t县市场监督管理局\t县发展和改革局、县财政局\t\n"
            "谭慧敏\t2026年9月底前\n")
    facts = [(f.task[:10], f.lead, f.units, f.leader, f.deadline) for f in assignments(extractor, text)]
    assert facts == [
        ("全面推行“高效办成一", ("县数据资源局",), ("县数据资源局", "县政务服务中心", "各相关部门"), "邹明杰",
         "2026年10月底前"),
        ("开展涉企违规收费专项", ("县市场监督管理局",), ("县市场监督管理局", "县发展和改革局", "县财政局"), "谭慧敏",
         "2026年9月底前"),
    ]


def test_a_bureaus_list_of_duties_for_its_sections_and_the_townships(extractor: Extractor) -> None:
    text = ("序号  责任事项                                    牵头股室              配合股室（单位）            完成时限\n"  # noqa: E501
            "1     制定全县年度安全生产工作要点和考核细则      综合股                政策法规股                  2月底前\n"  # noqa: E501
            "\n序号  责任事项                                    责任主体            责任人              完成时限\n"
            "1     建立乡镇安全生产委员会，配齐专职安全员      各乡镇人民政府      乡镇长              3月底前\n")
    facts = [(f.task[:8], f.lead, f.units) for f in assignments(extractor, text)]
    assert facts == [("制定全县年度安全", ("综合股",), ("综合股", "政策法规股")),
                     ("建立乡镇安全生产", (), ("各乡镇人民政府",))]


def test_a_tab_table_whose_unit_column_carries_a_note(extractor: Extractor) -> None:
    text = ("序号\t重点任务\t责任股室（单位）\t完成时限\n"
            "1\t组建县域医共体临床检验、影像诊断共享中心\t医政医管股、县人民医院\t2026年9月底前\n")
    ((task, units),) = [(f.task, f.units) for f in assignments(extractor, text)]
    assert task.startswith("组建县域医共体") and units == ("医政医管股", "县人民医院")


def test_a_meetings_report_hands_out_a_task_by_its_lead_and_partners_without_by(extractor: Extractor) -> None:
    news = ("会议审议并原则通过《某县森林防灭火工作方案》。会议要求，县林业局牵头，县应急管理局、县公安局配合，"
            "10月底前完成全县防火隔离带清理；各乡镇负责抓好野外用火管控。\n")
    facts = [(f.task, f.lead, f.units, f.deadline) for f in assignments(extractor, news) if f.type == "assignment"]
    assert facts == [("完成全县防火隔离带清理", ("县林业局",), ("县林业局", "县应急管理局", "县公安局"), "10月底前")]
    # Under a meeting's numbered item, the item's own words before it are the task (as a marker's).
    item = ("三、关于县城停车难问题\n会议同意县交警大队提出的县城停车设施建设方案。由县城市管理局牵头，"
            "县自然资源局配合，年底前新增公共停车泊位1000个。\n")
    (fact,) = [f for f in assignments(extractor, item) if f.type == "assignment"]
    assert fact.task.startswith("会议同意县交警大队提出的")


def test_a_table_a_cell_a_line_whose_first_cells_were_merged_over_several_tasks(extractor: Extractor) -> None:
    # A Word table's merged cells stand once: ``工作任务 | 完成时限`` repeat under one 序号; a 责任人 cell a name a line
    rows = ["序号", "实事项目", "分管县领导", "牵头单位", "配合单位", "责任人", "工作任务", "完成时限",
            "1", "城区供暖改造工程", "邓立军", "县住房和城乡建设局", "县财政局", "范卫东", "更换老旧供热管网12公里",
            "2024年10月底前", "新建换热站3座", "2024年11月底前",
            "2", "农村道路提升工程", "邓立军", "县交通运输局", "各乡镇人民政府", "侯志强", "白雪松",
            "改造农村公路40公里", "2024年9月底前", "新增农村客运班线5条", "长期"]
    text = "某县2024年民生实事责任分解表\n" + "\n".join(rows) + "\n"
    got = [(a.task, a.units, a.deadline, a.persons) for a in assignments(extractor, text)]
    heating, roads = ("县住房和城乡建设局", "县财政局"), ("县交通运输局", "各乡镇人民政府")
    assert got == [
        ("更换老旧供热管网12公里", heating, "2024年10月底前", ("范卫东",)),
        ("新建换热站3座", heating, "2024年11月底前", ("范卫东",)),
        ("改造农村公路40公里", roads, "2024年9月底前", ("侯志强", "白雪松")),
        ("新增农村客运班线5条", roads, "长期", ("侯志强", "白雪松")),
    ]
    assert {(a.lead, a.leader) for a in assignments(extractor, text)} == {
        (("县住房和城乡建设局",), "邓立军"), (("县交通运输局",), "邓立军")}


def test_a_table_a_cell_a_line_whose_empty_cells_are_blank_lines_and_whose_rows_are_numbered_under_one(
        extractor: Extractor) -> None:
    # An export a cell a line leaves an empty cell a blank line (a merged 责任县领导 on the rows under it); rows 3.1
    # and 3.2 stand under one number. A lead and leader both empty are the ones above (merged); a leader alone is not.
    rows = ["序号", "重点任务", "责任县领导", "牵头单位", "责任单位", "完成时限",
            "1", "推行企业开办一件事集成办理。", "罗建平", "县政务服务中心", "县市场监管局", "2024年12月底前",
            "2", "推进政务服务事项网上可办。", "", "县政务服务中心", "县大数据发展中心", "2024年9月底前",
            "3.1", "规范涉企收费专项整治。", "", "", "县民政局", "2024年10月底前",
            "3.2", "加强涉企检查备案管理。", "唐秀英", "县司法局", "", "持续推进"]
    text = "某县2024年优化营商环境重点任务责任清单\n" + "\n".join(rows) + "\n"
    got = [(a.task[:6], a.lead, a.units, a.deadline, a.leader) for a in assignments(extractor, text)]
    assert got == [
        ("推行企业开办", ("县政务服务中心",), ("县政务服务中心", "县市场监管局"), "2024年12月底前", "罗建平"),
        ("推进政务服务", ("县政务服务中心",), ("县政务服务中心", "县大数据发展中心"), "2024年9月底前", None),
        ("规范涉企收费", ("县政务服务中心",), ("县政务服务中心", "县民政局"), "2024年10月底前", "罗建平"),
        ("加强涉企检查", ("县司法局",), ("县司法局",), "持续推进", "唐秀英"),
    ]


def test_a_table_a_cell_a_line_whose_rows_are_set_apart_by_blank_lines_reads_no_blank_as_a_cell(
        extractor: Extractor) -> None:
    # Blank lines between the rows: a row one cell short cannot say which cell is empty (row 2 has no lead: read
    # by its blank lines, its supporting unit would lead), so it is left out.
    rows = ["序号", "重点任务", "牵头单位", "配合单位", "",
            "1", "推行企业开办一件事集成办理。", "县政务服务中心", "县市场监管局", "",
            "2", "推进政务服务事项网上可办。", "县大数据发展中心", "",
            "3", "加强涉企检查备案管理。", "县司法局", "县公安局"]
    text = "某县2024年优化营商环境重点任务责任清单\n" + "\n".join(rows) + "\n"
    assert [a.task[:6] for a in assignments(extractor, text)] == ["推行企业开办", "加强涉企检查"]


def test_units_numbered_after_their_label_a_line_each_or_in_one_line(extractor: Extractor) -> None:
    text = ("二、重点任务\n（一）完善乡镇商业网点。\n推动乡镇商贸中心提档升级，引导商贸企业向村延伸经营网络。\n"
            "责任单位：\n1.县商务局（牵头）；\n2.县自然资源局；\n3.城关镇人民政府。\n（二）建设冷链设施。\n"
            "新建产地冷藏保鲜设施6座，完善分级包装设施。\n牵头单位：县农业农村局\n配合单位：1.县商务局 2.县供销社\n")
    got = [(a.task[:6], a.lead, a.units) for a in assignments(extractor, text)]
    assert got == [("完善乡镇商业", ("县商务局",), ("县商务局", "县自然资源局", "城关镇人民政府")),
                   ("建设冷链设施", ("县农业农村局",), ("县农业农村局", "县商务局", "县供销社"))]  # (the sections')


def test_a_table_of_key_projects_whose_key_rows_mark_their_number(extractor: Extractor) -> None:
    # ``重点项目`` names the task column; ``2★`` is the second row's 序号, a key task marked
    text = ("某县重点项目责任分解表\n序号\t重点项目\t牵头单位\t责任单位\t完成时限\n"
            "1\t城区污水管网雨污分流改造工程\t县住房和城乡建设局\t县城市管理局\t2023年11月底前\n"
            "2★\t农贸市场标准化提升改造\t县市场监管局\t县商务局、城关镇人民政府\t2023年9月底前\n")
    got = {(a.task, a.units, a.deadline) for a in assignments(extractor, text)}
    assert got == {("城区污水管网雨污分流改造工程", ("县住房和城乡建设局", "县城市管理局"), "2023年11月底前"),
                   ("农贸市场标准化提升改造", ("县市场监管局", "县商务局", "城关镇人民政府"), "2023年9月底前")}


def test_an_item_number_followed_by_a_date_is_no_dotted_number(extractor: Extractor) -> None:
    # ``9.6月底前淘汰…``: item 9, then 6月底前 (not section 9.6)
    text = ("某县人民政府办公室关于印发大气污染防治方案的通知\n某政办发〔2015〕46号\n二、重点任务\n"
            "9.6月底前淘汰黄标车420辆，县城区全天禁行。（县公安局牵头，县环保局配合）\n")
    (f,) = assignments(extractor, text)
    assert f.task == "6月底前淘汰黄标车420辆，县城区全天禁行。" and f.lead == ("县公安局",)


def test_a_task_list_whose_partners_are_labelled_主要协作单位(extractor: Extractor) -> None:
    text = ("县卫健委2021年政府工作报告任务分解\n\n1.创建国家卫生县城。\n\n牵头责任单位:县卫健委、县民政局\n\n"
            "主要协作单位:各乡镇人民政府、经济开发区管委会,县政府有关部门\n")
    task, lead, units, deadline = one(extractor, text)
    assert task.startswith("创建国家卫生县城") and deadline is None
    assert (lead, units) == (("县卫健委", "县民政局"),
                             ("县卫健委", "县民政局", "各乡镇人民政府", "经济开发区管委会", "县政府有关部门"))


def test_a_numbered_title_over_its_units_field_is_the_task(extractor: Extractor) -> None:
    # ``（一）X`` ⏎ ``责任单位：Y``: the field is no wrapped rest of the title
    text = ("一、主要预期目标\n(一)地区生产总值增长7%以上\n责任单位:区发展和改革局\n"
            "(二)规上工业增加值增长12%以上\n责任单位:区科技和经信局\n")
    facts = assignments(extractor, text)
    assert [(f.task, f.units) for f in facts] == [("地区生产总值增长7%以上", ("区发展和改革局",)),
                                                  ("规上工业增加值增长12%以上", ("区科技和经信局",))]


def test_a_task_with_its_leader_its_lead_and_its_partners_labelled_协同责任单位(extractor: Extractor) -> None:
    text = ("一、确保完成全年主要预期目标\n\n    1. 地区生产总值增长8%以上。\n\n    牵头负责领导:金力。\n\n"
            "    牵头责任单位:市发展改革委。\n\n    协同责任单位:市经信局、市商务局等,各县、市、区政府。\n")
    (f,) = assignments(extractor, text)
    assert (f.task, f.lead, f.units, f.leader) == ("地区生产总值增长8%以上。", ("市发展改革委",),
                                                   ("市发展改革委", "市经信局", "市商务局", "各县、市、区政府"), "金力")


def test_a_meetings_tasks_each_led_by_a_leader_and_carried_out_by_a_unit(extractor: Extractor) -> None:
    # ``Y由<name>牵头，<unit>落实``: the unit is responsible (no lead mark), the name is the task's leader
    text = ("会议决定:要全力做好提升工作。九重区域环境整治由王光玲牵头,九重镇落实;"
            "渠首停车场建设由周红军牵头,县交通局落实。\n")
    facts = assignments(extractor, text)
    assert [(f.task, f.lead, f.units, f.leader) for f in facts] == [
        ("九重区域环境整治", (), ("九重镇",), "王光玲"), ("渠首停车场建设", (), ("县交通局",), "周红军")]


def test_a_marker_that_says_its_first_unit_leads(extractor: Extractor) -> None:
    # ``列第一位者为牵头部门`` in the marker: its first unit leads (and ``下同`` is not carried to the next task)
    text = ("1.制订煤炭消费总量中长期控制目标。(县经信局、县发改局(县能源局)。列第一位者为牵头部门,下同)\n"
            "2.所有烧结机设备全部安装脱硫设施。(责任部门:县环保局、县经信局。列第一位的为牵头部门,"
            "其他有关部门按职责分工负责,下同)\n")
    facts = assignments(extractor, text)
    assert [(f.lead, f.units) for f in facts] == [(("县经信局",), ("县经信局", "县发改局(县能源局)")),
                                                  (("县环保局",), ("县环保局", "县经信局"))]


def test_a_label_after_a_comma_whose_marker_ends_with_its_sentence(extractor: Extractor) -> None:
    # a progress report: ``1、X,牵头单位:Y。其中,…进度较慢的为Z。`` — Z is the report's, not a unit of the task
    text = ("二、部分项目进展情况\n1、技能培训提升,牵头单位:市退役军人局。其中,技能培训进度较慢的为某区。\n"
            "2、养老服务和智慧养老,牵头单位:市民政局。其中,高龄津贴发放进度较慢的为某县、某区。\n")
    assert [(f.task, f.lead, f.units) for f in assignments(extractor, text)] == [
        ("技能培训提升", ("市退役军人局",), ("市退役军人局",)), ("养老服务和智慧养老", ("市民政局",), ("市民政局",))]


def test_a_paragraph_of_units_that_lead_and_what_each_does(extractor: Extractor) -> None:
    # ``A牵头，负责X。B牵头，负责Y。``: the work divided, one task per clause; one such clause alone is a duty
    text = ("市安全监管局牵头,负责组织开展对危险化学品和烟花爆竹领域的专项整治工作。"
            "市公安局牵头,负责组织开展对道路交通领域的专项整治工作。\n")
    assert [(f.task, f.lead) for f in assignments(extractor, text)] == [
        ("负责组织开展对危险化学品和烟花爆竹领域的专项整治工作", ("市安全监管局",)),
        ("负责组织开展对道路交通领域的专项整治工作", ("市公安局",))]
    assert assignments(extractor, "县发改局牵头,负责全县项目的统筹协调。\n") == []


def test_a_meeting_report_whose_purpose_and_speaker_open_the_sentence_before_由(extractor: Extractor) -> None:
    # ``为…目标任务，某某要求，由A牵头，B、C配合，在9月底前完成X；`` — the task is X, a party school is a unit
    text = ("为顺利完成市委下达的批而未供土地处置目标任务,王某某要求,由县发展和改革局牵头,县委党校、县自然资源局配合,"
            "在9月底前完成北海新区政务服务中心项目供地工作;由县工业园区管委会牵头,县自然资源局配合,"
            "在12月底前完成工业园区供地工作。\n")
    assert [(f.task, f.units, f.deadline) for f in assignments(extractor, text)] == [
        ("完成北海新区政务服务中心项目供地工作", ("县发展和改革局", "县委党校", "县自然资源局"), "9月底前"),
        ("完成工业园区供地工作", ("县工业园区管委会", "县自然资源局"), "12月底前")]


def test_a_meetings_numbered_decisions_each_opened_by_the_unit_in_charge_and_its_time(extractor: Extractor) -> None:
    # ``（一）由X负责，于…前完成Y``: a decision handed out; ``由X负责，参照…`` without a time at once stays a duty
    text = ("二、会议决定：\n（一）由县国土资源局负责，于7月11日前与县供电公司完成衔接工作。\n"
            "（二）由县林业局负责，参照有关移栽政策做好林地征迁工作。\n")
    assert [(f.task, f.units, f.deadline) for f in assignments(extractor, text)] == [
        ("与县供电公司完成衔接工作", ("县国土资源局",), "7月11日前")]


def test_numbered_remedies_each_opened_by_the_units_in_charge(extractor: Extractor) -> None:
    # ``1.A、B负责，do Y``: a remedy handed out, not a duty; ``…负责，C配合、支持，do Z``: C helps
    text = ("整改建议:\n1.县公安局、县城管执法局负责,落实对流浪犬只的捕捉、收容。\n"
            "2.县商务局负责,包保单位配合、支持,设置诚信建设等公益广告。\n")
    facts = extractor.facts_from_text(text)
    assert [(f.task, f.units) for f in facts if isinstance(f, Assignment)] == [
        ("落实对流浪犬只的捕捉、收容", ("县公安局", "县城管执法局")),
        ("设置诚信建设等公益广告", ("县商务局", "包保单位"))]
    assert [f for f in facts if type(f).__name__ == "Duty"] == []


def test_a_bar_table_whose_merged_cells_were_dropped_from_the_rows_under_them(extractor: Extractor) -> None:
    # A web page's table copied with bars: the group's cell, merged over three rows, stands in the first row only,
    # so the rows under it have a cell fewer and stand under the columns on the right; a section's heading row
    # has one cell; units in a cell are set apart by spaces; the item's number is not the task's.
    text = (
        "类别 | 事项名称 | 年度目标 | 责任单位 | 分管领导 | 进展情况 |\n"
        "一、教育 |\n"
        "教育文化 | 1.改扩建东山学校 | 完成两座教学楼建设。 | 县教育局 | 林一平 | 主体已完工。 |\n"
        "2.推进课后服务全覆盖 | 对全县义务教育学校实行课后服务。 | 县教育局 县财政局 | 林一平 | 已开展。 |\n"
        "3.建设乡镇托育中心 | 建成三处托育中心。 | 县卫健局 | 周二川 | 正在施工。 |\n"
    )
    got = [(a.task, a.units, a.leader) for a in assignments(extractor, text)]
    assert got == [
        ("改扩建东山学校", ("县教育局",), "林一平"),
        ("推进课后服务全覆盖", ("县教育局", "县财政局"), "林一平"),
        ("建设乡镇托育中心", ("县卫健局",), "周二川"),
    ]


def test_a_marker_closing_a_sections_one_paragraph_of_measures_gives_the_headings_task(extractor: Extractor) -> None:
    # ``一、推进重大项目建设`` ⏎ ``建立…；…；…（A、B牵头，C、各州、市人民政府配合）`` ⏎ ``二、…``: the section's
    # measures, set apart by semicolons, closed by one marker; a paragraph of one measure keeps its own task
    text = ("一、推进重大项目建设\n建立健全领导联系重点项目制度,及时解决项目推进中的困难;实施年度目标责任管理;"
            "筹措前期工作经费,确保一批重大工程项目开工建设(省发展改革委、财政厅牵头,林业厅、各州、市人民政府配合)。\n"
            "二、加强城市基础设施投入\n省财政筹措资金支持城市重大基础设施建设(财政厅负责)。\n")
    assert [(f.task, f.lead, f.units) for f in assignments(extractor, text)] == [
        ("推进重大项目建设", ("省发展改革委", "财政厅"), ("省发展改革委", "财政厅", "林业厅", "各州、市人民政府")),
        ("省财政筹措资金支持城市重大基础设施建设", (), ("财政厅",))]


def test_a_cell_a_line_table_whose_merged_and_empty_cells_were_dropped_is_read_by_what_each_line_holds(
    extractor: Extractor,
) -> None:
    # the 指标 and leader cells stand in a group's first row only, the time is left out, a unit a line, a
    # column's note cut onto a line of its own (``（单位）``); a row without units gives nothing
    text = ("某县文化旅游局重点工作任务清单\n序号\n指标\n工作任务\n完成时限\n责任领导\n责任股室\n（单位）\n备注\n"
            "1\n公共文化服务\n图书馆免费开放服务人次较上年增长15%。\n12月底前\n王明远\n文化股\n文化馆\n图书馆\n"
            "2\n全年组织开展送戏下乡演出不少于100场。\n文化馆\n"
            "3\n开展好“三下乡”活动。\n"
            "4\n广电\n完成县级应急广播系统建设。\n广电股\n")
    got = [(a.task, a.units, a.deadline, a.leader) for a in assignments(extractor, text)]
    assert got == [
        ("图书馆免费开放服务人次较上年增长15%。", ("文化股", "文化馆", "图书馆"), "12月底前", "王明远"),
        ("全年组织开展送戏下乡演出不少于100场。", ("文化馆",), None, "王明远"),
        ("完成县级应急广播系统建设。", ("广电股",), None, "王明远"),
    ]


def test_a_cell_a_line_table_of_a_longer_lists_rows_keeps_their_numbers_and_a_small_number_is_no_time(
    extractor: Extractor,
) -> None:
    # a department's share of the county's list (rows 6, 52, 53), columns this reader does not know last; the
    # stray ``2`` under the time's column is no time, and no row's number (it is below the row's own)
    text = ("农业农村局承担政府重点工作完成情况\n序号\n目标任务\n牵头责任单位\n计划完成时间\n目前完成情况\n"
            "是否达到序时进度\n"
            "6\n农村常住居民人均可支配收入与经济增长同步。\n经管站\n2\n2023年底\n三季度增幅7.4%\n"
            "52\n建成高标准农田8万亩，确保粮食总产稳定。\n农田建设股\n农业股\n2023年底\n正在施工中。\n"
            "53\n完成“一村一块田”改革试验20万亩。\n经管站\n2023年底\n已完成。\n")
    got = [(a.task, a.lead, a.deadline) for a in assignments(extractor, text)]
    assert got == [
        ("农村常住居民人均可支配收入与经济增长同步。", ("经管站",), None),
        ("建成高标准农田8万亩，确保粮食总产稳定。", ("农田建设股", "农业股"), "2023年底"),
        ("完成“一村一块田”改革试验20万亩。", ("经管站",), "2023年底"),
    ]


def test_a_lead_and_its_helpers_set_apart_by_a_semicolon_are_one_items_units(extractor: Extractor) -> None:
    # ``A牵头；B配合。``: the helpers are the same item's, not a task of the heading above
    text = ("重点任务分工清单\n1.树立婚育新风。构建新型婚育文化。省委宣传部、省妇联牵头；省总工会、团省委配合。\n"
            "2.实行特别扶助制度扶助标准动态调整机制。省财政厅牵头；省民政厅配合。\n")
    assert [(a.task, a.lead, a.units) for a in assignments(extractor, text)] == [
        ("树立婚育新风。构建新型婚育文化。", ("省委宣传部", "省妇联"), ("省委宣传部", "省妇联", "省总工会", "团省委")),
        ("实行特别扶助制度扶助标准动态调整机制。", ("省财政厅",), ("省财政厅", "省民政厅")),
    ]


def test_an_activitys_record_of_labelled_lines_names_its_task_by_the_activitys_name(extractor: Extractor) -> None:
    # ``活动名称：…`` over ``主办单位：…`` (the sponsor, no field of the units), ``承办单位：…``, ``协办单位：…``
    text = ("一、总体安排\n活动名称：某县2022年促消费专项活动\n活动时间：2022年9月1日—12月30日\n"
            "主办单位：某县人民政府\n承办单位：县工信局、县财政局、各乡镇人民政府\n协办单位：县统计局、县市场监管局\n二、资金来源\n")
    assert [(a.task, a.units) for a in assignments(extractor, text)] == [
        ("某县2022年促消费专项活动", ("县工信局", "县财政局", "各乡镇人民政府", "县统计局", "县市场监管局"))]


def test_a_table_of_a_cell_a_line_whose_task_column_is_the_years_expected_targets(extractor: Extractor) -> None:
    text = ("经济社会发展预期目标任务分解表\n序号\n2022年预期目标\n责任单位\n"
            "1\n地区生产总值增长5.5%左右\n区发展改革委\n2\n工业增加值增长7%左右\n区经济信息委\n")
    assert [(a.task, a.units) for a in assignments(extractor, text)] == [
        ("地区生产总值增长5.5%左右", ("区发展改革委",)), ("工业增加值增长7%左右", ("区经济信息委",))]


def test_a_table_flattened_into_one_line_with_row_numbers_glued_on_gives_a_task_a_row(extractor: Extractor) -> None:
    # the column names, then each row's number glued to the last cell of the row before (``…落实7完善…``);
    # ``A牵头;B配合;C落实``: a lead, its helpers and the units that carry it out, one item's units
    text = ("重点任务分工清单\n序号工作任务责任单位6完善城乡养老服务网络。推进乡镇敬老院改造提升。县民政局牵头;"
            "县财政局、县卫健局配合;各乡镇人民政府落实7加强农村留守老人关爱服务,建立定期探访制度。县民政局、县妇联牵头;"
            "县公安局配合;各乡镇人民政府落实8推进医养结合,支持医疗机构开展养老服务。县卫健局牵头;县医保局配合;"
            "各乡镇人民政府落实\n")
    assert [(a.task, a.lead, a.units) for a in assignments(extractor, text)] == [
        ("完善城乡养老服务网络。推进乡镇敬老院改造提升。", ("县民政局",),
         ("县民政局", "县财政局", "县卫健局", "各乡镇人民政府")),
        ("加强农村留守老人关爱服务,建立定期探访制度。", ("县民政局", "县妇联"),
         ("县民政局", "县妇联", "县公安局", "各乡镇人民政府")),
        ("推进医养结合,支持医疗机构开展养老服务。", ("县卫健局",), ("县卫健局", "县医保局", "各乡镇人民政府")),
    ]


def test_counts_in_a_row_in_prose_are_no_glued_row_numbers(extractor: Extractor) -> None:
    # ``新建1处…改造2处…提升3处``: counts, not rows; the sentence is one task
    text = ("一、重点任务\n1.新建城区公园1处,改造社区游园2处,提升街头绿地3处,完成道路绿化4条,"
            "补植行道树5千株以上。(县住建局牵头,县自然资源局配合)\n")
    assert [(a.task[:8], a.units) for a in assignments(extractor, text)] == [
        ("新建城区公园1处", ("县住建局", "县自然资源局"))]


def test_a_host_and_co_hosts_in_a_bracket_are_the_tasks_units_and_the_next_items_number_is_no_task(
        extractor: Extractor) -> None:
    # ``（A主办，B、C协办）``: no lead (the text does not say 牵头); two items run into one line
    text = ("一、主要目标\n（一）地区生产总值增长6%左右。（县发改局负责）（二）一般公共预算收入增长5%。"
            "（县财政局主办，县税务局、县统计局协办）\n")
    assert [(a.task, a.lead, a.units) for a in assignments(extractor, text)] == [
        ("地区生产总值增长6%左右。", (), ("县发改局",)),
        ("一般公共预算收入增长5%。", (), ("县财政局", "县税务局", "县统计局")),
    ]


def test_an_event_hosted_by_agencies_in_a_sentence_is_no_task(extractor: Extractor) -> None:
    text = "本次农民丰收节由县农业农村局主办，县文化馆、县融媒体中心协办，共吸引群众2000余人参加。\n"
    assert assignments(extractor, text) == []


def test_a_news_pages_list_of_projects_each_with_its_leader_units_person_and_schedule_under_a_tag(
        extractor: Extractor) -> None:
    # a byline and a tag line close the report's paragraph; each project then has 主管领导, 责任单位, 主要责任人
    # and 进度安排 on lines of their own
    text = ("今年市政府公布的民生实事涉及教育、交通等,本报从中挑选了几项与读者密切相关的内容。 记者 张某\n"
            "关键词 交通\n新开通城区公交线路5条。\n主管领导:李明\n责任单位:市交通运输局\n主要责任人:王强\n"
            "进度安排:6月底前完成线路规划;10月底前全部开通。\n")
    (a,) = assignments(extractor, text)
    assert (a.task, a.units, a.leader, a.persons, a.deadline) == (
        "新开通城区公交线路5条。", ("市交通运输局",), "李明", ("王强",), "10月底前")


def test_work_divided_in_one_sentence_after_by_gives_a_task_a_part(extractor: Extractor) -> None:
    # ``该X由A负责Y，B负责Z，预计…``: a reply to a proposal divides the work; what follows the parts is none
    text = ("经与镇政府对接，确定新建一所公办幼儿园。该幼儿园由某某镇人民政府负责规划用地，县教育局负责园舍建设，"
            "预计年底启动建设。\n")
    assert [(a.task, a.units) for a in assignments(extractor, text)] == [
        ("负责规划用地", ("某某镇人民政府",)), ("负责园舍建设", ("县教育局",))]


def test_one_unit_in_charge_of_a_thing_in_a_sentence_is_no_divided_work(extractor: Extractor) -> None:
    text = "确定新建一所公办幼儿园。该幼儿园由县教育局负责园舍建设，预计年底启动建设。\n"
    assert assignments(extractor, text) == []


def test_a_note_after_a_unit_fields_last_unit_that_the_first_leads(extractor: Extractor) -> None:
    text = ("一、重点工作\n1.坚定不移支持企业发展。认真落实各项政策措施。\n"
            "责任单位：市经信局、市财政局、市税务局（列第一位者为工作牵头单位或汇总单位，下同）\n")
    (a,) = assignments(extractor, text)
    assert (a.lead, a.units) == (("市经信局",), ("市经信局", "市财政局", "市税务局"))


def test_an_inspection_notices_remedy_under_each_problem_names_the_units_it_asks(extractor: Extractor) -> None:
    text = ("关于市容环境综合整治情况的通报\n县双创办对城区部分路段市容环境整治情况进行了巡查。现通报如下：\n"
            "1、某商场门前地面贴有促销广告。\n整改要求：由市容环境整治联合执法组督促业主撕除。\n"
            "2、某局片区存在垃圾乱丢、野广告等问题。\n整改要求：县城管局负责清除垃圾、野广告；县环卫站负责配齐垃圾桶。\n"
            "3、西大桥东桥头入口有3处牛皮癣。\n整改要求：包片单位县林业局负责清除。\n"
            "4、中江大道路段道路积尘严重。\n整改要求：道路常态化做好保洁工作，加大冲洗频次。\n")
    facts = assignments(extractor, text)
    assert [(f.task, f.units) for f in facts] == [
        ("某商场门前地面贴有促销广告。", ("市容环境整治联合执法组",)),  # the subject of the remedy's verb
        ("某局片区存在垃圾乱丢、野广告等问题。", ("县城管局", "县环卫站")),  # one a clause
        ("西大桥东桥头入口有3处牛皮癣。", ("县林业局",)),  # (the units' role before them is no unit)
        # (a remedy that names no unit hands the problem to no one)
    ]


def test_a_web_table_a_cell_a_line_with_a_lead_and_its_partners_a_unit_a_line(extractor: Extractor) -> None:
    # 事项分类 merged over rows (stands on the group's first row only), 协同单位 a unit a line or ``/`` for none
    cells = ["序号", "事项分类", "事项名称", "项目内容", "牵头单位", "协同单位",
             "1", "打造区域教育高地", "新建一批中小学校", "实施新建中小学校5家。",
             "区教体局", "某某街道", "甲镇", "区发改局",
             "2", "中小学校阳光厨房建设", "对28所中小学校食堂安装验收平台。", "区教体局", "/",
             "3", "家门口青少年宫", "新建1个“家门口的青少年宫”。", "团区委", "各乡镇（街道）", "区教体局"]
    text = "2024年某区民生实事任务分解方案\n" + "\n\n".join(cells) + "\n"
    got = {(f.task, f.lead, f.units) for f in assignments(extractor, text)}
    assert got == {
        ("新建一批中小学校", ("区教体局",), ("区教体局", "某某街道", "甲镇", "区发改局")),
        ("中小学校阳光厨房建设", ("区教体局",), ("区教体局",)),
        ("家门口青少年宫", ("团区委",), ("团区委", "各乡镇（街道）", "区教体局"))}


def test_a_row_a_cell_a_line_with_two_units_and_a_time_is_read_by_what_each_line_holds(extractor: Extractor) -> None:
    # one more line than columns: the second unit is its cell's second line, not the task's end
    cells = ["序号", "民生实事", "责任单位", "完成时限",
             "1", "新建2座人行天桥。", "县住建局", "9月底前",
             "2", "启动县图书馆新馆建设。", "县文体广新局", "县代建中心", "12月底前"]
    text = "2016年民生实事目标任务分解表\n" + "\n".join(cells) + "\n"
    got = {(f.task, f.units, f.deadline) for f in assignments(extractor, text)}
    assert got == {("新建2座人行天桥。", ("县住建局",), "9月底前"),
                   ("启动县图书馆新馆建设。", ("县文体广新局", "县代建中心"), "12月底前")}


def test_a_marker_of_verbs_whose_bracket_the_end_of_an_excerpt_left_open(extractor: Extractor) -> None:
    # the leads' clause closed by its verb (牵头督导), the partners' clause cut before its verb and mid-unit
    text = ("（一）升级产业结构。\n2.排查整治工业企业。2019年9月底前，基本完成全市整治任务。"
            "（市生态环境局、市工业和信息化局牵头督导，市公安局、市自然资源局、市水务局、市农业")
    task, lead, units, deadline = one(extractor, text)
    assert task.startswith("排查整治工业企业") and deadline == "2019年9月底前"
    assert lead == ("市生态环境局", "市工业和信息化局")
    assert units == ("市生态环境局", "市工业和信息化局", "市公安局", "市自然资源局", "市水务局")


def test_a_problem_numbered_in_a_circle_under_the_heading_of_its_kind(extractor: Extractor) -> None:
    text = ("某乡考核反馈问题整改实施方案\n一、整改内容\n(1)贫困人口识别方面。\n\n"
            "①有的贫困户识别不精准，有的漏评错评。(牵头单位:扶贫办;责任单位:各村支部)\n\n"
            "整改措施:一是开展排查。二是建立台账。\n")
    got = assignments(extractor, text)
    assert [(a.task[:6], a.lead, a.units) for a in got] == [("有的贫困户识", ("扶贫办",), ("扶贫办", "各村支部"))]


def test_circled_numbers_that_a_wrapped_sentence_lists_open_no_item(extractor: Extractor) -> None:
    text = ("某县文旅发展工作方案\n18.推动优质旅游线路。红色教育线路：\n\n①某巷红色教育基地、②某泉红色教育基\n\n"
            "地；研学线路：①某庙、②某基地。（责任单位：县文旅局）\n")
    got = assignments(extractor, text)
    assert [(a.task[:6], a.units) for a in got] == [("推动优质旅游", ("县文旅局",))]


def test_an_item_whose_text_opens_with_a_number_after_its_own(extractor: Extractor) -> None:
    text = ("某县创文暗访督查通报\n四、公交车\n1、1路、2路公交车 - 未设置公益广告\n(责任单位:交通运输局)\n"
            "2、3路公交车 - 车内卫生差\n(责任单位:县公交公司)\n")
    got = assignments(extractor, text)
    assert [(a.task, a.units) for a in got] == [("1路、2路公交车-未设置公益广告", ("交通运输局",)),
                                                ("3路公交车-车内卫生差", ("县公交公司",))]


def test_a_remedy_that_gives_its_grounds_then_names_its_units_by_their_role_and_place(extractor: Extractor) -> None:
    text = ("某县双创办巡查问题通报\n5、某路沿线商户出店占道经营问题较为突出。\n"
            "整改要求:按照先劝阻、再强制,先教育、再处罚的要求,由某路沿线包片单位县职教中心、县消防大队、县委党校负责"
            "对各自片区出店商户开展劝阻教育。\n")
    units = ("县职教中心", "县消防大队", "县委党校")
    assert one(extractor, text) == ("某路沿线商户出店占道经营问题较为突出。", (), units, None)


def test_a_lead_that_works_together_with_units_named_before_the_work(extractor: Extractor) -> None:
    text = ("某镇秸秆禁烧工作方案\n四、建立督查问责机制\n"
            "由县住建局牵头，会同县公安局、县司法局等部门加大对禁烧工作的专项督查力度。\n")
    units = ("县住建局", "县公安局", "县司法局")
    assert {(f.type, f.task, f.lead, f.units) for f in assignments(extractor, text)} == {
        ("assignment", "加大对禁烧工作的专项督查力度", ("县住建局",), units),
        ("duty", "加大对禁烧工作的专项督查力度", ("县住建局",), units)}


def test_words_that_point_back_after_a_comma_close_the_item(extractor: Extractor) -> None:
    text = "三、重点任务\n（一）加强宣传。开展秸秆禁烧宣传活动，此项工作由县委宣传部负责。\n"
    task, lead, units, _ = one(extractor, text)
    assert task.startswith("加强宣传") and (lead, units) == ((), ("县委宣传部",))


def test_a_task_handed_to_a_unit_with_helpers_that_end_the_clause(extractor: Extractor) -> None:
    text = "三、重点任务\n（一）秸秆收储点建设由县发改局负责，县商务局、县供销社配合。\n"
    assert one(extractor, text) == ("秸秆收储点建设", (), ("县发改局", "县商务局", "县供销社"), None)


def test_a_labelled_unit_that_is_no_name_at_all_is_left_out(extractor: Extractor) -> None:
    # a labelled field keeps a misspelt name, but not a level alone nor a name the page cut off after one letter
    text = ("关于印发某县重点工作责任分解的通知\n1.全力推进项目建设。\n\n责任单位:县发改局、区\n\n"
            "2.全力防范化解财政金融等领域风险隐患。\n\n责任单位:县财")
    facts = assignments(extractor, text)
    assert [(f.task, f.units) for f in facts if f.type == "assignment"] == [("全力推进项目建设。", ("县发改局",))]
