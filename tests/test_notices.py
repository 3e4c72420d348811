"""Finding documents in a gazette: 文号, title, issuer, signing date; the contents page is not one."""

from __future__ import annotations

from graph_build.layout import layout
from graph_build.notices import segment
from graph_build.source import SourceText

GAZETTE = """稷山县人民政府公报

2023 年第 1 期（总第 9 期）

目 录

稷山县人民政府关于乔木等同志任免职务的通知

稷政任字〔2023〕1 号..... 53

 稷山县人民政府

关于乔木等同志任免职务的通知

稷政任字〔2023〕1 号

各乡（镇）人民政府，县直各单位：

经县政府党组会议 2023 年 1 月 日研究决定，任命：

乔 木同志为县人民政府办公室副主任；

稷山县人民政府

2023 年 1 月 日

（此件公开发布）

附件：1.评估指标体系

2.任务分解（1-2 附件见网络版）

稷山县人民政府办公室

关于印发稷山县地震应急预案的通知

稷政办发〔2023〕22号

各乡（镇）人民政府：

现将《稷山县地震应急预案》印发给你们，请认真贯彻执行。

稷山县人民政府办公室

2023年8月7日
"""


def notices(text: str):
    return segment(layout(SourceText.from_string("g.txt", text)))


def test_documents_are_found_by_their_number_and_the_contents_page_is_skipped():
    found = [n for n in notices(GAZETTE) if n.is_document]
    assert [n.doc_number for n in found] == ["稷政任字〔2023〕1号", "稷政办发〔2023〕22号"]
    assert [n.first_line for n in found] == [11, 33]


def test_title_issuer_and_partial_date():
    first = next(n for n in notices(GAZETTE) if n.is_document)
    assert first.title == "稷山县人民政府关于乔木等同志任免职务的通知"
    assert first.issuer == "稷山县人民政府"
    assert first.date == "2023-01"  # the day was left blank


def test_attachment_list_of_the_previous_notice_is_not_part_of_the_title():
    second = [n for n in notices(GAZETTE) if n.is_document][1]
    assert second.title == "稷山县人民政府办公室关于印发稷山县地震应急预案的通知"
    assert second.issuer == "稷山县人民政府办公室"
    assert second.date == "2023-08-07"


def test_front_matter_cites_the_gazette_issue():
    front = notices(GAZETTE)[0]
    assert not front.is_document
    assert front.title == "稷山县人民政府公报2023年第1期（总第9期）"


def test_a_report_without_number_is_a_document():
    text = (
        " 政府工作报告\n\n——2023 年 2 月 16 日在稷山县第十七届人民代表大会第三次会议上\n\n"
        "稷山县人民政府县长 王 润\n\n各位代表：\n"
    )
    (report,) = notices(text)
    assert (report.title, report.doc_number, report.date, report.issuer) == (
        "政府工作报告", None, "2023-02-16", "稷山县人民政府")


def test_issuer_comes_from_the_signature_when_the_title_has_none():
    text = (
        "关于印发《农村自建房屋审批管理细则》的通知\n\n稷政办发〔2021〕23 号\n\n各乡（镇）人民政府：\n\n"
        "稷山县人民政府办公室\n\n2021 年 5 月 7 日\n"
    )
    (notice,) = notices(text)
    assert notice.issuer == "稷山县人民政府办公室"
    assert notice.title == "关于印发《农村自建房屋审批管理细则》的通知"


def test_text_without_any_notice_is_one_unnamed_part():
    (part,) = notices("（责任单位：县财政局）\n")
    assert not part.is_document and part.doc_number is None
