"""Finding documents in a gazette: 文号, title, issuer, signing date; the contents page is not one."""

from __future__ import annotations

import pytest

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


def test_the_forms_fields_and_a_pages_chrome_above_a_number_are_not_its_title():
    # Two 交办单 in one file: the first form's last fields (``办结时限：…``, ``交办时间：…``) stand right above the
    # second's masthead; a saved page's breadcrumb and its 【字体】 bar stand above a title
    forms = ("某县督查室\n交办单\n某督交〔2016〕34号\n交办事项：关于某中学宿舍楼建设进度滞后问题\n承办单位：县教育局\n"
             "协办单位：县住建局、县发改局\n办结时限：2017年1月15日前完成主体封顶\n交办时间：2016年12月2日\n"
             "某县督查室\n交办单\n某督交〔2016〕35号\n交办事项：石门乡群众反映的民生问题\n承办单位：县水务局\n")
    found = [n for n in notices(forms) if n.is_document]
    assert [(n.doc_number, n.title, n.first_line) for n in found] == [
        ("某督交〔2016〕34号", "某县督查室交办单", 1), ("某督交〔2016〕35号", "某县督查室交办单", 9)]
    page = ("首页 > 政务公开 > 文件通知\n【字体：大 中 小】【打印】\n某县人民政府常务会议纪要\n某政纪〔2019〕4号\n"
            "会议研究了有关事项。\n")
    (doc,) = [n for n in notices(page) if n.is_document]
    assert doc.title == "某县人民政府常务会议纪要"


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
        "政府工作报告",
        None,
        "2023-02-16",
        "稷山县人民政府",
    )


def test_issuer_comes_from_the_signature_when_the_title_has_none():
    text = (
        "关于印发《农村自建房屋审批管理细则》的通知\n\n稷政办发〔2021〕23 号\n\n各乡（镇）人民政府：\n\n"
        "稷山县人民政府办公室\n\n2021 年 5 月 7 日\n"
    )
    (notice,) = notices(text)
    assert notice.issuer == "稷山县人民政府办公室"
    assert notice.title == "关于印发《农村自建房屋审批管理细则》的通知"


def test_a_title_that_opens_with_关于_names_no_issuer_even_where_it_names_a_government():
    text = "关于公布某省人民政府教育督导委员会组成人员的通知\n(某教督委〔2013〕1号)\n各市人民政府:\n"
    (notice,) = [n for n in notices(text) if n.is_document]
    assert notice.title == "关于公布某省人民政府教育督导委员会组成人员的通知"
    assert notice.issuer is None


def test_a_number_glued_before_the_title_and_a_title_under_a_pages_metadata_whose_body_lost_its_number():
    glued = "某政发【2023】7号关于印发某县突发事件总体应急预案的通知\n各乡镇人民政府:\n现印发给你们。\n"
    (notice,) = [n for n in notices(glued) if n.is_document]
    assert (notice.doc_number, notice.title) == ("某政发【2023】7号", "关于印发某县突发事件总体应急预案的通知")
    # the page's fields above the title give its 文号; the body's own copy of the number and date came out garbled
    page = ("[ 索引号 ] 11500/2023-00005 [ 发文字号 ] 某府发〔2023〕21号\n[ 主题分类 ] 应急管理 [ 体裁分类 ] 预案\n"
            "[ 成文日期 ] 2023-06-03\n某镇人民政府关于印发某镇自然灾害救助应急预案的通知\n某府发〔202321\n"
            "某镇人民政府\n")
    (notice,) = [n for n in notices(page) if n.is_document]
    assert (notice.doc_number, notice.title, notice.date) == (
        "某府发〔2023〕21号", "某镇人民政府关于印发某镇自然灾害救助应急预案的通知", "2023-06-03")


def test_a_pages_read_aloud_button_above_the_title_is_no_part_of_it():
    text = "朗读\n某县人民政府办公室\n关于召开全县安全生产工作会议的通知\n各乡镇人民政府:\n现将有关事项通知如下:\n"
    (notice,) = [n for n in notices(text) if n.is_document]
    assert notice.title == "某县人民政府办公室关于召开全县安全生产工作会议的通知"


def test_text_without_any_notice_is_one_unnamed_part():
    (part,) = notices("（责任单位：县财政局）\n")
    assert not part.is_document and part.doc_number is None


# -- documents without a 文号 of their own, and texts that are not documents ---------------------------


def documents(text: str):
    return [n for n in notices(text) if n.is_document]


def test_a_number_in_brackets_under_the_title():
    (doc,) = documents("某市人民政府办公室关于成立某某工作领导小组的通知\n(某政办发[2008]117号)\n各县(市、区)政府:\n")
    assert (doc.doc_number, doc.title) == ("某政办发[2008]117号", "某市人民政府办公室关于成立某某工作领导小组的通知")


def test_a_title_under_the_number_and_page_furniture_between_title_and_number():
    (doc,) = documents("某政办发〔2021〕5号\n县人民政府办公室关于\n对重点工作进行责任分解的通知\n各镇人民政府:\n")
    assert doc.title == "县人民政府办公室关于对重点工作进行责任分解的通知"
    (doc,) = documents(
        "关于印发《某县若干规定》的通知\n来源:某县人民政府 2021-03-02 14:44\n浏览量:1 | | |\n\n某发〔2019〕4号\n"
    )
    assert (doc.first_line, doc.title) == (1, "关于印发《某县若干规定》的通知")


def test_a_decision_with_a_title_and_an_adoption_note_is_a_document():
    text = (
        "2023年5月31日上午,某市人大常委会召开会议。\n某市人民代表大会常务委员会\n关于接受张三同志辞去某市人民政府\n"
        "市长职务请求的决定\n(2023年5月31日某市第十五届人民代表大会常务委员会第七次会议通过)\n"
        "会议决定,接受张三同志辞去某市人民政府市长职务的请求。\n"
    )
    news, doc = notices(text)
    assert not news.is_document
    assert doc.first_line == 2
    assert doc.title == "某市人民代表大会常务委员会关于接受张三同志辞去某市人民政府市长职务请求的决定"
    assert (doc.issuer, doc.date) == ("某市人民代表大会常务委员会", "2023-05-31")


def test_a_personnel_list_with_a_title_is_a_document():
    text = (
        "某市人大常委会任命名单\n(2025年10月24日某市第八届人民代表大会常务委员会第二十八次会议通过)\n"
        "任命:\n李四为某市中级人民法院审判员。\n"
    )
    (doc,) = documents(text)
    assert (doc.title, doc.issuer, doc.date) == ("某市人大常委会任命名单", "某市人大常委会", "2025-10-24")


def test_a_decision_flattened_into_one_line():
    text = (
        "职务的决定 关于接受张三同志辞去某区人民政府区长职务的决定 (2021年8月2日某区人大常委会第三十二次会议通过) "
        "根据有关规定,接受张三同志辞去某区人民政府区长职务的请求。 某区人大常委会 2021年8月2日"
    )
    (doc,) = documents(text)
    assert (doc.title, doc.issuer, doc.date) == (
        "关于接受张三同志辞去某区人民政府区长职务的决定",
        "某区人大常委会",
        "2021-08-02",
    )


def test_a_signed_notice_without_title_or_number_is_an_untitled_document():
    text = (
        "各市、县、区人民政府:\n经研究决定,调整分工如下。\n副省长张三同志,分管省教育厅。\n某省人民政府\n2018年8月26日\n"
    )
    (doc,) = notices(text)
    assert doc.is_document
    assert (doc.doc_number, doc.title, doc.issuer, doc.date) == (None, None, "某省人民政府", "2018-08-26")


def test_a_covering_notice_without_title_takes_the_title_of_the_plan_it_issues():
    text = (
        "各乡镇人民政府,县直各单位:\n《优化营商环境的具体措施》已经县政府同意,现印发给你们。\n2023年6月30日\n"
        "优化营商环境的具体措施\n为深入贯彻有关部署,制定如下措施。\n"
    )
    (doc,) = notices(text)
    assert (doc.first_line, doc.title, doc.date, doc.issuer) == (1, "优化营商环境的具体措施", "2023-06-30", None)


def test_a_plan_title_opening_a_text_is_a_document_and_a_repeated_title_is_one():
    (doc,) = notices("某县安全生产监管联席会议制度\n\n为进一步加强组织协调,特制定本制度。\n")
    assert doc.is_document and doc.title == "某县安全生产监管联席会议制度"
    title = "某市人民政府办公厅关于印发某规划责任分解的通知"
    text = f"{title}\n{title}\n各县人民政府:\n"
    (doc,) = documents(text)
    assert doc.first_line == 1


def test_a_news_report_is_not_a_document_and_carries_the_number_it_quotes():
    text = (
        "某县成立水土保持委员会\n2015年3月,某县人民政府以某政发〔2015〕10号文决定成立某县水土保持委员会。\n"
        "该委员会由县长任主任。\n"
    )
    (part,) = notices(text)
    assert not part.is_document
    assert (part.doc_number, part.title) == ("某政发〔2015〕10号", None)


def test_a_news_headline_ending_like_a_plan_is_not_a_document():
    (part,) = notices("我县出台优化营商环境若干措施\n为进一步优化营商环境,我县近日出台若干措施。\n")
    assert not part.is_document


def test_an_attachment_without_its_notice_is_cited_by_its_title():
    text = "四、经费保障\n经费由各级政府分级负担。\n附件\n某省普查领导小组组成人员名单\n组 长:\n张三 副省长\n"
    before, attachment = notices(text)
    assert not before.is_document and not attachment.is_document
    assert attachment.title == "某省普查领导小组组成人员名单" and attachment.first_line == 3


def test_contents_entries_are_not_documents():
    text = "某县人民政府关于张三等同志任免职务的通知\n某政任字〔2023〕1 号..... 53\n各乡(镇)人民政府:\n"
    assert documents(text) == []


def test_a_signing_date_in_chinese_numerals():
    text = "某政任〔2023〕2号\n各乡镇人民政府:\n经研究,决定如下。\n某县人民政府\n二〇二三年一月十五日\n"
    (doc,) = documents(text)
    assert (doc.issuer, doc.date) == ("某县人民政府", "2023-01-15")


def test_a_page_metadata_number_goes_to_the_title_below_it():
    text = (
        "索引号:000014349/2023-00012\n发文字号:某政办发〔2023〕12号\n标题:某县人民政府办公室关于成立某领导小组的通知\n"
        "某县人民政府办公室关于成立某领导小组的通知\n各乡镇人民政府:\n为加强领导,决定成立某领导小组。\n"
    )
    (doc,) = documents(text)
    assert (doc.doc_number, doc.title, doc.first_line) == (
        "某政办发〔2023〕12号",
        "某县人民政府办公室关于成立某领导小组的通知",
        4,
    )


def test_a_page_metadata_whose_labels_run_into_their_values():
    # ``发文字号某区政办函〔2023〕24号 发文时间2023-09-21``: a page's table copied without its cells' rules
    text = (
        "索引号000014349/2023-55225\n发文字号某区政办函〔2023〕24号 发文时间2023-09-21\n"
        "标题某区人民政府办公室关于印发某方案的通知\n主题分类其它 发布日期2023-09-21\n\n"
        "某区人民政府办公室关于印发某方案的通知\n"
        "各相关责任单位:\n现将方案印发给你们,请遵照执行。\n"
    )
    (doc,) = documents(text)
    assert (doc.doc_number, doc.title, doc.date) == (
        "某区政办函〔2023〕24号", "某区人民政府办公室关于印发某方案的通知", "2023-09-21")


def test_a_plan_given_in_full_after_a_reports_lead_its_title_closed_by_a_note_on_its_years():
    text = ("日前,某市印发《某市打赢蓝天保卫战实施方案(2019-2020年)》。全文如下:\n"
            "某市打赢蓝天保卫战实施方案(2019-2020年)\n"
            "为落实省的部署要求,坚决打赢蓝天保卫战,制定本方案。\n一、目标要求\n到2020年,空气质量优良天数比例达到94%。\n")
    (doc,) = documents(text)
    assert (doc.title, doc.first_line) == ("某市打赢蓝天保卫战实施方案(2019-2020年)", 2)


def test_a_title_in_book_title_marks_opening_the_text_and_a_pages_note_on_a_notices_force():
    (doc,) = documents("《关于进一步帮助市场主体纾困解难的具体实施细则》\n为深入贯彻落实省政府有关精神,制定本细则。\n"
                       "一、落实财税支持政策\n")
    assert doc.title == "关于进一步帮助市场主体纾困解难的具体实施细则"
    (doc,) = documents("【规范性文件】某县人民政府关于印发某县行动计划实施方案的通知(已废止)\n"
                       "各乡(镇)政府、县内各有关部门:\n"
                       "现将《某县行动计划实施方案》印发给你们,请认真抓好落实。\n某县人民政府\n2019年5月29日\n")
    assert (doc.title, doc.date) == ("某县人民政府关于印发某县行动计划实施方案的通知", "2019-05-29")


def test_a_title_with_its_number_after_it_and_a_title_a_line_break_cut_in_a_word():
    (doc,) = documents("关于建立某省马铃薯产业联席会议制度的通知(某农发[2006]135号)\n"
                       "根据工作需要,决定建立某省马铃薯产业联席会议制度。\n一、联席会议成员名单\n")
    assert (doc.doc_number, doc.title) == ("某农发[2006]135号", "关于建立某省马铃薯产业联席会议制度的通知")
    (doc,) = documents("某省农作物秸秆禁烧工\n作联席会议制度\n各市(地)、县(市)人民政府,省政府各直属单位:\n"
                       "按照省委、省政府的决策部署,建立本制度。\n")
    assert doc.title == "某省农作物秸秆禁烧工作联席会议制度"


def test_a_page_metadata_set_out_a_field_a_line_numbers_the_title_below_it():
    # each label on a line of its own, its value on the next: the 文号 is the page's metadata, not a head whose
    # title would be the lines above it (``发文日期：`` ⏎ ``2021-02-24``)
    text = (
        "索引号：\nFJ00315-2021-00006\n发文日期：\n2021-02-24\n文号：\n某街〔2021〕7号\n标题：\n"
        "某街道办事处关于印发创建文明城市工作要点的通知\n某街道办事处关于印发创建文明城市工作要点的通知\n"
        "各社区居委会：\n现将工作要点印发给你们，请认真贯彻落实。\n"
    )
    (doc,) = documents(text)
    assert (doc.doc_number, doc.title, doc.first_line) == (
        "某街〔2021〕7号", "某街道办事处关于印发创建文明城市工作要点的通知", 8)  # (from the 标题 field's value)


def test_a_news_report_signed_by_an_office_is_still_not_a_document():
    text = (
        "某县召开安全生产工作会议\n5月6日,某县召开安全生产工作会议。\n会议要求,各部门要压实责任。\n"
        "某县应急管理局\n2023年5月6日\n"
    )
    assert documents(text) == []


def test_the_plan_a_notice_issues_is_part_of_that_notice_even_with_关于_in_its_title():
    text = (
        "某政办发〔2022〕48号\n各乡镇人民政府:\n现将《某县关于加强耕地保护的实施方案》印发给你们。\n某县人民政府办公室\n"
        "2022年11月4日\n某县关于加强耕地保护的实施方案\n为加强耕地保护,制定本方案。\n"
    )
    (doc,) = notices(text)
    assert (doc.doc_number, doc.title) == ("某政办发〔2022〕48号", "某县关于加强耕地保护的实施方案")


def test_a_plan_standing_alone_after_page_chrome_is_a_document():
    (doc,) = notices("某县2023年防汛工作方案\n一、总体要求\n做好防汛工作。\n")
    assert doc.is_document and doc.title == "某县2023年防汛工作方案"
    chrome, doc = notices("首页 > 政务公开\n某县2023年防汛工作方案\n为做好防汛工作,制定本方案。\n")
    assert not chrome.is_document and (doc.is_document, doc.first_line) == (True, 2)


def test_contents_of_a_congress_gazette_with_adoption_notes_are_not_documents():
    title = "某县人民代表大会常务委员会关于接受张一辞去某县人民政府县长职务的决定"
    note = "(2023年3月1日某县第十七届人民代表大会常务委员会第十次会议通过)"
    text = (
        f"某县人民代表大会常务委员会公报\n2023年第2期\n目  录\n{title}\n{note}\n"
        f"某县人民代表大会常务委员会任免名单\n{note}\n"
        f"{title}\n{note}\n会议决定:接受张一辞去某县人民政府县长职务的请求。\n"
        f"某县人民代表大会常务委员会任免名单\n{note}\n任命:\n李二为某县人民政府副县长。\n"
    )
    front, decision, names = notices(text)
    assert not front.is_document and front.title == "某县人民代表大会常务委员会公报2023年第2期"
    assert (decision.first_line, decision.title, decision.date) == (8, title, "2023-03-01")
    assert (names.first_line, names.title) == (11, "某县人民代表大会常务委员会任免名单")


def test_a_title_whose_last_word_is_broken_across_lines_is_still_a_title():
    # a line is read as a title's last only if it ends like a title, or is shorter than a title's last word
    body = "各乡（镇）人民政府，县直各单位：\n现将有关事项通知如下。\n某县人民政府办公室\n2023 年 5 月 8 日\n"
    for head, last in [
        ("某县人民政府办公室关于做好防汛工作的通", "知"),
        ("某县人民政府办公室关于印发某县防汛工作方", "案的通知"),
        ("某县人民政府办公室", "关于做好防汛工作的通知"),
    ]:
        (doc,) = notices(f"{head}\n{last}\n{body}")
        assert doc.is_document and doc.title == head + last


def test_a_notices_lines_and_blocks_without_whitespace_are_read_from_its_layout() -> None:
    text = "\n".join(["某县人民政府", "关于调整 某 工作领导小组的通知", "某政发〔2023〕5号", "各乡镇：",
                      "组  长：张 三", "副组长：李四", "", "此页无正文"])
    notices = segment(layout(SourceText.from_string("t.txt", text)))
    assert len(notices) >= 1
    for notice in notices:
        assert notice.flat_lines == tuple("".join(ln.text.split()) for ln in notice.lines)
        assert notice.flat_blocks == tuple("".join(b.text.split()) for b in notice.blocks)
        assert notice.text.startswith(notice.lines[0].text) and notice.text.endswith(notice.lines[-1].text)
        assert all(ln.text in notice.text for ln in notice.lines)
    assert "组长:张三" in notices[-1].flat_lines  # (the working copy: a full-width colon folded)


def test_a_contents_entry_with_its_page_in_brackets_or_on_a_line_of_its_own_is_no_title():
    # ``…的通知………………（5）`` and ``（19）`` alone are the contents' entries: the 文号's title is the one under it.
    text = ("目　　录\n某县人民政府关于调整某县防汛抗旱指挥部组成人员的通知………………（17）\n"
            "某县人民政府关于成立某县人居环境整治工作专班的通知………………\n（19）\n\n"
            "　　　　　　　　某政发〔2026〕9号\n\n　　　某县人民政府关于调整某县防汛抗旱指\n"
            "　　　挥部组成人员的通知\n\n"
            "各乡镇人民政府：\n　　决定对某县防汛抗旱指挥部组成人员进行调整。\n")
    (doc,) = documents(text)
    assert (doc.doc_number, doc.title) == ("某政发〔2026〕9号", "某县人民政府关于调整某县防汛抗旱指挥部组成人员的通知")


def test_a_tables_last_row_above_a_number_whose_title_stands_under_it():
    text = ("6 支持住房消费，落实购房契税 区住房和城乡建 区财政局、区住房公 持续推进 谭 建\n"
            "补贴和公积金贷款政策 设局 积金管理中心\n\n　　　　　　　　某政办发〔2026〕24号\n\n"
            "　　　某区人民政府办公室关于成立某区提振消费专\n　　　项行动领导小组的通知\n\n"
            "各乡镇人民政府：\n　　决定成立领导小组。\n")
    (doc,) = [d for d in documents(text) if d.doc_number]
    assert doc.title == "某区人民政府办公室关于成立某区提振消费专项行动领导小组的通知"


def test_a_pages_metadata_set_out_as_a_tab_table_with_labels_spaced_out():
    # ``文    号\t…`` numbers the title under it; ``标    题\t…`` and the furniture under it are no title lines.
    text = ("当前位置：首页 > 政府信息公开 > 其他文件\n索 引 号\t113612/2026-00417\t主题分类\t安全生产监管\n"
            "发布机构\t某县人民政府办公室\t发文日期\t2026-02-09\n文    号\t某政办字〔2026〕6号\t有 效 性\t有效\n"
            "标    题\t某县人民政府办公室关于调整县食品安全委员会组成人员的通知\n字号：[大 中 小]　　视力保护色：■■\n"
            "某县人民政府办公室关于调整县食品安全委员会组成人员的通知\n各乡镇人民政府，县直各单位：\n经县政府同意，现通知如下：\n")
    (doc,) = documents(text)
    title = "某县人民政府办公室关于调整县食品安全委员会组成人员的通知"
    assert (doc.doc_number, doc.title) == ("某政办字〔2026〕6号", title)


# The documents of a saved page, a gazette's or a converted file's head: each case's text and its (文号, title).
DOCUMENT_HEADS = {
    # a page's title bar (``X_政务公开``) over the 文号 that heads the title X below it
    "title bar over the number": (
        "首页 | 政务公开\n某县人民政府关于县政府领导工作分工的通知_政务公开\n\n时间:2015-04-30 来源:某县人民政府\n"
        "某政综〔2015〕12号\n\n某县人民政府关于县政府领导工作分工的通知\n\n各乡镇人民政府，县直各单位：\n"
        "现将县政府领导工作分工通知如下：\n",
        [("某政综〔2015〕12号", "某县人民政府关于县政府领导工作分工的通知")]),
    # a ``文号:`` line between a title and its addressees
    "文号 field under the title": (
        "某区人民政府网站\n首页>>信息公开>>政府文件\n某区人民政府关于区政府领导工作分工的通知\n"
        "发布日期:2022-08-02 来源:区政府办\n文号:某区政发[2022]21号\n\n各街道办事处、镇人民政府:\n"
        "现将区政府领导工作分工通知如下:\n",
        [("某区政发[2022]21号", "某区人民政府关于区政府领导工作分工的通知")]),
    # a page's metadata fields between a title and its addressees, 文件编号 among them
    "文件编号 among the fields": (
        "某市人民政府办公室关于印发某市深化改革实施方案的通知\n信息索引号：0140xxxx/2022-00412\n信息分类：政府办文件\n"
        "发布机构：某市人民政府办公室\n生成日期：2022-06-17\n文件编号：某政办发〔2022〕41号\n公开方式：主动公开\n\n"
        "各镇人民政府、街道办事处：\n现将《某市深化改革实施方案》印发给你们，请认真贯彻执行。\n",
        [("某政办发〔2022〕41号", "某市人民政府办公室关于印发某市深化改革实施方案的通知")]),
    # a short title over the title in full
    "short title over the full one": (
        "关于调整镇领导班子成员工作分工的通知\n中共某镇委员会 某镇人民政府关于调整镇领导班子成员工作分工的通知\n"
        "各村（居）党组织，镇属各部门：\n现将镇领导班子成员工作分工调整如下：\n",
        [(None, "中共某镇委员会某镇人民政府关于调整镇领导班子成员工作分工的通知")]),
    # a boxed metadata table (``│文号：…│成文日期：…``)
    "boxed metadata table": (
        "┌──────────────────\n│索引号：000014349/2017-00026        │主题分类：人事任免\n"
        "│文号：某政任〔2017〕5号             │成文日期：2017-06-12\n└──────────────────\n"
        "某县人民政府关于次仁多吉等同志任免职务的通知\n发布时间：2017-06-14 11:32:05\n\n各乡（镇）人民政府：\n"
        "经县人民政府研究决定：\n",
        [("某政任〔2017〕5号", "某县人民政府关于次仁多吉等同志任免职务的通知")]),
    # a title under its 文号 cut before its noun
    "title cut before its noun": (
        "某市人民政府文件\n\n某政发〔2023〕9号\n\n某市人民政府关于市政府领导工作分工\n及AB角设置的通知\n\n"
        "各镇人民政府、街道办事处：\n现将市政府领导工作分工及AB角设置通知如下：\n",
        [("某政发〔2023〕9号", "某市人民政府关于市政府领导工作分工及AB角设置的通知")]),
    # a page's fields and its bracketed tools (``[字体:大 中 小] [打印]``) between a title and its addressees
    "bracketed tools": (
        "某县人民政府 > 政务公开 > 人事信息\n某县人民政府关于刘振华等同志任免职的通知\n"
        "信息索引号:014763152/2025-00412\n发布机构:某县人民政府\n文号:某府字〔2025〕18号\n主题分类:人事、任免\n"
        "[字体:大 中 小] [打印] [关闭]\n\n各乡(镇)人民政府,县政府各部门:\n经县政府研究决定:\n",
        [("某府字〔2025〕18号", "某县人民政府关于刘振华等同志任免职的通知")]),
}


@pytest.mark.parametrize("case", DOCUMENT_HEADS)
def test_the_number_and_title_of_a_pages_or_a_converted_files_document(case: str) -> None:
    text, expected = DOCUMENT_HEADS[case]
    assert [(n.doc_number, n.title) for n in notices(text) if n.is_document] == expected


_QUOTING_POST = (
    "某镇全面打响人居环境整治攻坚战！\n原创 某镇发布 2023-04-12\n\n"
    "近日，某镇印发《某镇农村人居环境整治百日攻坚行动方案》，吹响了集结号。一起来看↓↓↓\n\n"
    "某镇农村人居环境整治百日攻坚行动方案\n\n一、行动时间\n2023年4月10日至7月20日。\n"
    "二、工作措施\n清理村庄垃圾。（责任单位：镇农业农村办）\n\n某镇人民政府\n2023年4月10日\n\n阅读 1562\n"
)


def test_a_post_that_gives_in_full_the_plan_its_lead_quotes_is_that_plan():
    # a WeChat post: its lead quotes the plan (印发《X方案》), then the plan, signed and dated at its end; the
    # document is the plan, from its title on, not an untitled text from the post's first line
    (doc,) = documents(_QUOTING_POST)
    assert (doc.title, doc.first_line, doc.date) == ("某镇农村人居环境整治百日攻坚行动方案", 6, "2023-04-10")


def test_a_documents_record_cites_its_title_where_the_layout_ran_it_on_from_the_lead_above(extractor):
    from graph_build.records import DocumentFact

    # (the lead ends without a stop, ``一起来看↓↓↓``: the layout runs the title on from it)
    (doc,) = [f for f in extractor.facts_from_text(_QUOTING_POST) if isinstance(f, DocumentFact)]
    assert (doc.prov.line, doc.prov.evidence) == (6, "某镇农村人居环境整治百日攻坚行动方案")


def test_a_page_of_two_documents_each_with_its_metadata_numbers_each():
    # the second document's 文号 only in its metadata, while its body quotes another notice's 文号
    text = (
        "某县人民政府关于陈某等同志任免职务的通知\n索引号：000014349/2018-05617\n文号：某府任〔2018〕10号\n"
        "各乡镇人民政府：\n经研究，决定任命陈某为县水务局局长。\n某县人民政府\n2018年7月2日\n"
        "相关文件：\n某县人民政府关于更正部分任免职务事项的通知\n发布时间：2018-07-03 10:31:40\n"
        "索引号：000014349/2018-05618\n文号：某府任〔2018〕11号\n各乡镇人民政府：\n"
        "《关于王某等同志任免职务的通知》（某府任〔2018〕6号）部分内容有误，现更正如下。\n某县人民政府\n2018年7月2日\n"
    )
    assert [(d.doc_number, d.title) for d in documents(text)] == [
        ("某府任〔2018〕10号", "某县人民政府关于陈某等同志任免职务的通知"),
        ("某府任〔2018〕11号", "某县人民政府关于更正部分任免职务事项的通知")]


def test_a_pages_metadata_table_at_its_foot_numbers_its_only_document():
    text = ("关于对某竞赛活动进行表彰的决定\n\n各乡镇人民政府：\n经研究，决定对先进单位予以表彰。\n\n某市人民政府\n"
            "二○一一年二月二十三日\n\n主题词：表彰 决定\n\n索  引  号 文       号 发布机构 发布日期 公开范围\n"
            "N000-2011-000001 某政〔2011〕7号\n某市人民政府办公室 2011-03-04\n面向社会 主动公开\n")
    (doc,) = documents(text)
    assert (doc.doc_number, doc.title) == ("某政〔2011〕7号", "关于对某竞赛活动进行表彰的决定")
    (doc,) = documents(text.replace("7号", "7號"))  # (as written, in traditional characters)
    assert doc.doc_number == "某政〔2011〕7號"


def test_a_covering_notice_without_title_takes_its_first_attachments_title_under_its_label():
    text = ("各区县人民政府，市府各部门：\n《重点工作责任分解》和《民生实事责任分解》已经市政府同意，现印发给你们。\n"
            "附件：1.重点工作责任分解\n2.民生实事责任分解\n某市人民政府办公室\n2020年5月22日\n附件1\n"
            "重点工作责任分解\n一、坚定不移支持企业发展。\n")
    (doc,) = documents(text)
    assert (doc.title, doc.date) == ("重点工作责任分解", "2020-05-22")


def test_a_notice_in_traditional_characters_and_the_plan_it_issues_are_one_document():
    text = ("某政發〔2025〕4號\n某市人民政府印發\n關於完善聯動機制的意見的通知\n各縣（區）人民政府：\n"
            "《某市人民政府關於完善聯動機制的意見》已經市政府同意，現印發給你們，請認真貫徹執行。\n"
            "某市人民政府\n2025年4月30日\n關於完善聯動機制的意見\n為深入推進法治政府建設，提出如下意見。\n")
    (doc,) = documents(text)
    assert (doc.doc_number, doc.title) == ("某政發〔2025〕4號", "某市人民政府印發關於完善聯動機制的意見的通知")


def test_a_number_in_traditional_characters_with_the_signer_after_it():
    text = "某區人民政府督查通知單\n\n某督字〔2020〕3 號    簽發人:張一\n\n關於對環境衛生整治工作的整改通知\n各街道：\n"
    (doc,) = documents(text)
    assert doc.doc_number == "某督字〔2020〕3號"


def test_a_pages_breadcrumb_ending_like_a_notice_is_no_title():
    text = ("首页 | 政务公开 | 政务服务\n当前位置：首页 > 政务公开 > 通知公告\n\n各乡镇人民政府，县直各单位：\n"
            "经县政府同意，现将有关事项通知如下。\n某县人民政府办公室\n2022年6月8日\n")
    (doc,) = documents(text)
    assert (doc.title, doc.issuer, doc.date) == (None, "某县人民政府办公室", "2022-06-08")
    # a site's tag before a title opens no field: the title stays one
    (doc,) = documents(text.replace("\n\n各乡镇", "\n[转载]某县人民政府办公室关于成立某领导小组的通知\n各乡镇"))
    assert doc.title is not None and doc.title.endswith("关于成立某领导小组的通知")


def test_a_title_and_its_addressee_a_pdf_wrapped_over_two_lines_each():
    # (a gazette's two columns: a blank line after every line, the addressee's colon on its second line)
    text = ("关于做好2024年县政府重点工作任务和民生实\n\n事项目落实的通知\n\n"
            "各乡镇人民政府、街道办事处，县政府各部门及有关\n\n单位：\n\n根据县政府工作安排，现将重点工作任务分解如\n\n下，请认真抓好落实。\n\n某县人民政府办公室\n\n"
            "2024年3月1日\n")
    (doc,) = documents(text)
    assert (doc.title, doc.first_line, doc.date) == ("关于做好2024年县政府重点工作任务和民生实事项目落实的通知", 1,
                                                     "2024-03-01")
    # the wrap may break the addressee before a comma
    wrapped_before_comma = text.replace("办事处，县政府各部门及有关\n\n单位：", "办事处\n\n，县政府各部门及有关单位：")
    (doc,) = documents(wrapped_before_comma)
    assert doc.title == "关于做好2024年县政府重点工作任务和民生实事项目落实的通知"


def test_a_title_over_a_first_sentence_a_pdf_wrapped_before_its_first_comma():
    # (no addressee: the body's lead, ``为…，``, confirms the title, its comma on the next line)
    text = ("关于成立某县驻村工作队及确定各工作队队长和联\n\n系部门的通知\n\n"
            "为贯彻落实上级关于加强和改进某项工作的重要\n\n思想，经研究，决定成立驻村工作队。\n\n一、驻村工作队\n\n队长：张一\n")
    (doc,) = documents(text)
    assert (doc.title, doc.first_line) == ("关于成立某县驻村工作队及确定各工作队队长和联系部门的通知", 1)
    # a short line is no wrapped line: a heading's ``为…`` does not run on into the text under it
    assert documents(text.replace("为贯彻落实上级关于加强和改进某项工作的重要\n\n", "为民办实事\n\n")) == []


def test_a_plan_given_in_full_under_a_quote_a_pdf_wrapped_over_two_lines():
    text = ("日前，某市印发《某市大气污染防治攻坚行动\n\n方案（2021-2022年）》。全文如下：\n\n"
            "某市大气污染防治攻坚行动方案（2021-20\n\n22年）\n\n为落实上级部署要求，推动全市环境空气质量持续\n\n"
            "改善，制定本实施方案。\n\n一、目标要求\n")
    (doc,) = documents(text)
    assert (doc.title, doc.first_line) == ("某市大气污染防治攻坚行动方案（2021-2022年）", 5)


@pytest.mark.parametrize("label", ["正文", "文章详情", "详细内容"])
def test_a_pages_label_on_the_line_over_the_title_is_no_part_of_it(label):
    text = (f"当前位置：首页 > 政务公开 >\n{label}\n某县人民政府办公室关于成立某县网络安全工作领导小组的通知\n"
            "发布时间：2022-06-14\n各乡镇人民政府，县人民政府有关部门：\n为加强网络安全工作，县政府决定成立领导小组。\n")
    (doc,) = documents(text)
    assert doc.title == "某县人民政府办公室关于成立某县网络安全工作领导小组的通知"


def test_a_posting_time_a_page_wrapped_over_the_number_is_furniture_not_a_title():
    text = ("关于印发《某县政务服务事项办理规定》的通知\n来源：某县人民政府   2022-05-1\n0 09:30\n"
            "浏览次数：12 | | |\n某办发〔2022〕6号\n各乡镇人民政府，县直各单位：\n"
            "现将《某县政务服务事项办理规定》印发给你们，请认真遵照执行。\n某县人民政府\n2022年5月10日\n")
    (doc,) = documents(text)
    assert (doc.doc_number, doc.title) == ("某办发〔2022〕6号", "关于印发《某县政务服务事项办理规定》的通知")
    # a line without a letter is never a title's, whatever stands above it
    (doc,) = documents(text.replace("0 09:30\n", "0 09:30\n2022 05 10\n"))
    assert doc.title is None or "关于" in doc.title


def test_a_pages_metadata_that_a_pdf_spaced_out_numbers_a_document_without_its_own_number():
    # A web page printed to PDF: its metadata cells hold ``36 号`` and ``2022 年 05 月 16 日`` (a space beside each
    # digit), the document below them is signed and numbers itself nowhere: the metadata's 文号 is its number.
    text = ("索引号 | 000014349/2022-00123 | 公开目录: | 县政府办文件 |\n"
            "文号 | 某政办发〔2022〕36 号 | 成文日期: | 2022 年 05 月 16 日 |\n"
            "有效性 | 有效 | 公开日期: | 2022-05-18 |\n"
            "各乡镇人民政府,县政府各部门:\n经县政府同意,现将《某县农村公路养护管理办法》印发给你们,请遵照执行。\n"
            "某县人民政府办公室\n2022 年 5 月 16 日\n某县农村公路养护管理办法\n第一条 为规范养护管理,制定本办法。\n")
    (doc,) = documents(text)
    assert (doc.doc_number, doc.date) == ("某政办发〔2022〕36号", "2022-05-16")


def test_a_personnel_list_inside_a_news_paragraph_whose_date_is_spaced_out():
    # A news page flattens the list into its paragraph, and its spacing sets a space beside each number
    # (``（2023 年 4 月 12 日…会议通过）``): the list is still a document, dated by its note.
    text = ("某区人大常委会举行第九次会议\n本网讯 4 月 12 日，区人大常委会举行第九次会议，表决通过有关人事任免"
            "事项。 某区人民代表大会常务委员会任命名单 （2023 年 4 月 12 日某区第十七届人民代表大会常务委员会第九次"
            "会议通过） 决定任命： 张一为某区人民政府副区长。\n")
    (listed,) = documents(text)
    assert (listed.title, listed.date) == ("某区人民代表大会常务委员会任命名单", "2023-04-12")
