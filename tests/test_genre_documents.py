"""Documents as other places' sites show them: invented snippets of the genre (web-page chrome, metadata
tables, mastheads, traditional characters, titles split over lines, untitled plans), with the document
record each must give, and news that gives none."""

from __future__ import annotations

from graph_build.layout import layout
from graph_build.notices import Notice, segment
from graph_build.source import SourceText


def documents(text: str) -> list[Notice]:
    return [n for n in segment(layout(SourceText.from_string("d.txt", text))) if n.is_document]


def record(doc: Notice) -> tuple[str | None, str | None, str | None, str | None]:
    return doc.doc_number, doc.title, doc.issuer, doc.date


def test_a_page_with_breadcrumbs_and_publication_time_between_title_and_number() -> None:
    text = (
        "首页 > 政务公开 > 政策文件\n某县人民政府办公室关于印发某县城乡供水一体化实施方案的通知\n"
        "发布时间：2023-06-12 来源：县政府办 浏览次数：328\n某政办发〔2023〕18号\n各乡镇人民政府，县直各单位：\n"
        "现将《某县城乡供水一体化实施方案》印发给你们，请认真组织实施。\n某县人民政府办公室\n2023年6月9日\n（此件公开发布）\n"
    )
    (doc,) = documents(text)
    assert record(doc) == (
        "某政办发〔2023〕18号",
        "某县人民政府办公室关于印发某县城乡供水一体化实施方案的通知",
        "某县人民政府办公室",
        "2023-06-09",
    )


def test_an_issuer_line_above_a_title_without_number() -> None:
    text = (
        "某县人民政府\n关于成立某县创建国家卫生县城工作领导小组的通知\n各乡镇人民政府，县政府各部门：\n"
        "为加强领导，县政府决定成立某县创建国家卫生县城工作领导小组。\n某县人民政府\n2022年3月15日\n"
    )
    (doc,) = documents(text)
    title = "某县人民政府关于成立某县创建国家卫生县城工作领导小组的通知"
    assert record(doc) == (None, title, "某县人民政府", "2022-03-15")


def test_a_metadata_table_with_fields_sharing_lines_and_a_labelled_title() -> None:
    text = (
        "索引号：11410000-2023-00012  发文机关：某县人民政府办公室\n"
        "发文字号：某政办〔2023〕7号  成文日期：2023年02月20日\n"
        "标题：某县人民政府办公室关于调整县防汛抗旱指挥部成员的通知\n各乡镇人民政府：\n经县政府研究，决定调整县防汛抗旱指挥部成员。\n"
    )
    (doc,) = documents(text)
    assert record(doc) == (
        "某政办〔2023〕7号",
        "某县人民政府办公室关于调整县防汛抗旱指挥部成员的通知",
        "某县人民政府办公室",
        "2023-02-20",
    )


def test_traditional_characters_keep_the_issuer_as_written() -> None:
    text = (
        "某縣人民政府辦公室關於印發某縣農村人居環境整治實施方案的通知\n某政辦發〔2021〕9號\n各鄉鎮人民政府：\n"
        "現將方案印發給你們。\n某縣人民政府辦公室\n2021年4月1日\n"
    )
    (doc,) = documents(text)
    assert record(doc) == (
        "某政辦發〔2021〕9號",
        "某縣人民政府辦公室關於印發某縣農村人居環境整治實施方案的通知",
        "某縣人民政府辦公室",
        "2021-04-01",
    )


def test_a_number_with_square_brackets_above_the_title() -> None:
    text = (
        "某政发[2024]2号\n某县人民政府关于2024年度县政府重点工作责任分工的通知\n各乡镇人民政府，县政府各部门：\n"
        "现将2024年度县政府重点工作责任分工通知如下。\n某县人民政府\n2024年1月30日\n"
    )
    (doc,) = documents(text)
    title = "某县人民政府关于2024年度县政府重点工作责任分工的通知"
    assert record(doc) == ("某政发[2024]2号", title, "某县人民政府", "2024-01-30")


def test_a_masthead_above_the_number_is_not_the_title() -> None:
    text = (
        "某县人民政府办公室文件\n某政办〔2020〕33号\n某县人民政府办公室\n关于印发某县安全生产专项整治\n三年行动实施方案的通知\n"
        "各乡镇人民政府，县直各部门：\n现将实施方案印发给你们。\n某县人民政府办公室\n2020年7月1日\n"
    )
    (doc,) = documents(text)
    assert record(doc) == (
        "某政办〔2020〕33号",
        "某县人民政府办公室关于印发某县安全生产专项整治三年行动实施方案的通知",
        "某县人民政府办公室",
        "2020-07-01",
    )


def test_a_plan_without_notice_and_a_notice_dated_in_chinese_numerals() -> None:
    (plan,) = documents(
        "某县2023年国土绿化工作实施方案\n为推进国土绿化，制定本方案。\n一、目标任务\n某县自然资源局\n2023年3月2日\n"
    )
    assert record(plan) == (None, "某县2023年国土绿化工作实施方案", "某县自然资源局", "2023-03-02")
    text = (
        "某县人民政府办公室关于印发某县2023年秋冬季大气污染防治攻坚方案的通知\n各乡镇人民政府：\n"
        "现将方案印发给你们，请遵照执行。\n某县人民政府办公室\n二〇二三年十月八日\n"
    )
    (doc,) = documents(text)
    assert doc.date == "2023-10-08"


def test_a_news_report_quoting_a_notice_is_no_document_but_cites_its_number() -> None:
    text = (
        "本报讯（记者 王某）近日，某县人民政府印发《关于加快发展乡村旅游的实施意见》"
        "（某政发〔2023〕5号），明确了各项任务。\n"
    )
    parts = segment(layout(SourceText.from_string("d.txt", text)))
    assert not any(p.is_document for p in parts)
    assert parts[0].doc_number == "某政发〔2023〕5号"
