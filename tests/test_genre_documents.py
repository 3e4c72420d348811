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


def test_a_page_whose_title_bar_names_the_site_over_its_metadata_and_breadcrumb() -> None:
    # The page's title, then ``_`` and the site's sections; the title bar is the title, without them
    title = "某县人民政府办公室关于印发某县2023年度县本级预算执行和其他财政收支审计发现问题整改方案的通知"
    text = (f"{title}_地方法规_法律图书馆\n"
            "发布时间:2024-09-03 | 来源:某县人民政府门户网站 | 阅读:216 | 【大】【中】【小】\n"
            "当前位置:首页 > 地方法规 > 广西壮族自治区\n\n某政办函〔2024〕72号\n\n各乡镇人民政府,县直各有关单位:\n"
            "现将《整改方案》印发给你们,请认真抓好整改落实。\n某县人民政府办公室\n2024年8月30日\n")
    (doc,) = documents(text)
    assert record(doc) == ("某政办函〔2024〕72号", title, "某县人民政府办公室", "2024-08-30")
    # No 文号: the title under a breadcrumb is the title, not run together with the bar and the breadcrumb above
    plain = "某县人民政府办公室关于成立某县秸秆综合利用和露天禁烧工作专班的通知"
    repost = (f"{plain} - 政策法规 - 某某农经网\n首页 > 政策法规 > 地方政策\n{plain}\n"
              "时间:2017-10-11 来源:某县政府网 编辑:农经网\n各乡(镇)人民政府,县政府各有关部门:\n"
              "经县政府同意,决定成立某县秸秆综合利用和露天禁烧工作专班。现将有关事项通知如下:\n"
              "组 长:县委副书记、县长 于长海\n某县人民政府办公室\n2017年10月9日\n")
    (doc,) = documents(repost)
    assert doc.title == plain


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


def test_a_metadata_table_copied_with_tabs_and_labels_spaced_out() -> None:
    # A saved page's metadata table: a label's letters spaced to fill its cell, a tab before each value; the
    # title only in its field (the page's own heading not kept), or over the 文号 repeated below the table
    meta = ("索 引 号\t016110321/2017-00015\t信息分类\t政府文件\n发布机构\t某县人民政府办公室\t生成日期\t2017-02-24\n"
            "名 称\t某县人民政府关于调整县政府领导工作分工的通知\n文 号\t某政发〔2017〕15号\t主 题 词\t领导分工\n\n"
            "各镇人民政府，县政府各工作部门：\n现将县政府领导工作分工调整如下：\n")
    (doc,) = documents(meta)
    assert (doc.doc_number, doc.title) == ("某政发〔2017〕15号", "某县人民政府关于调整县政府领导工作分工的通知")
    above = ("发文字号\t某政办发〔2025〕7号\t发布日期\t2025年03月20日\n"
             "标 题\t某县人民政府办公室关于印发某县城乡环境综合整治行动实施方案的通知\n有 效 性\t有效\n\n"
             "某政办发〔2025〕7号\n\n各乡镇人民政府：\n现将《某县城乡环境综合整治行动实施方案》印发给你们。\n")
    (doc,) = documents(above)
    assert (doc.doc_number, doc.title) == (
        "某政办发〔2025〕7号", "某县人民政府办公室关于印发某县城乡环境综合整治行动实施方案的通知")


def test_a_number_after_other_fields_on_its_line_keeps_its_prefix() -> None:
    # The fields before it on the line (set apart by spaces) cut the 文号's first characters (``办发〔2024〕9号``).
    text = ("某县人民政府办公室关于调整县人民政府领导工作分工的通知\n"
            "索引号：431199-01-2024-00031    主题分类：综合政务    文号：某政办发〔2024〕9号\n"
            "各乡镇人民政府，县政府各部门：\n现将县人民政府领导工作分工通知如下。\n")
    (doc,) = documents(text)
    assert doc.doc_number == "某政办发〔2024〕9号"


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
    # The number in a page's metadata, its label's letters spaced out (``文　號``), beside another field
    page = ("首頁 > 政務公開 > 政府文件\n標　題：某縣人民政府辦公室關於成立某縣疫苗接種工作領導小組的通知\n"
            "索 引 號：TY00112-0202-2021-00019　　文　號：某政辦〔2021〕12號\n發布機構：某縣人民政府辦公室\n"
            "某縣人民政府辦公室關於成立某縣疫苗接種工作領導小組的通知\n各鄉（鎮）人民政府：\n現將名單通知如下。\n")
    (doc,) = documents(page)
    assert doc.doc_number == "某政辦〔2021〕12號"


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


def test_a_labelled_title_with_its_number_in_the_metadata_below() -> None:
    text = (
        "文件名称：某县人民政府关于做好2024年春耕生产工作的通知\n发文字号：某政〔2024〕4号\n发布日期：2024-03-05\n"
        "各乡镇人民政府：\n春耕在即，现就有关事项通知如下。\n"
    )
    (doc,) = documents(text)
    # a page's publication date is not a signing date
    assert record(doc) == ("某政〔2024〕4号", "某县人民政府关于做好2024年春耕生产工作的通知", "某县人民政府", None)


def test_a_month_without_day_full_width_digits_and_a_title_over_two_lines() -> None:
    text = (
        "某县人民政府关于印发某县防汛应急预案的通知\n某政发〔2023〕9号\n各乡镇人民政府，县政府各部门：\n"
        "现将《某县防汛应急预案》印发给你们。\n某县人民政府\n2023年5月\n"
    )
    assert documents(text)[0].date == "2023-05"
    text = "某政办发〔２０２２〕１５号\n某县人民政府办公室关于进一步加强校外培训机构管理的通知\n"
    text += "各乡镇人民政府：\n某县人民政府办公室\n"
    assert documents(text)[0].doc_number == "某政办发〔２０２２〕１５号"
    text = (
        "某县人民政府办公室关于印发某县2023年度\n重点民生实事项目责任分工方案的通知\n各乡镇人民政府，县直各单位：\n"
        "现将方案印发给你们。\n某县人民政府办公室\n2023年4月12日\n"
    )
    (doc,) = documents(text)
    assert doc.title == "某县人民政府办公室关于印发某县2023年度重点民生实事项目责任分工方案的通知"


def test_a_decision_of_the_standing_committee_dated_by_its_adoption_note() -> None:
    text = (
        "某县人民代表大会常务委员会关于任命刘某某同志为某县人民政府代理县长的决定\n"
        "（2023年1月6日某县第十八届人民代表大会常务委员会第九次会议通过）\n"
        "根据有关法律规定，会议决定：任命刘某某同志为某县人民政府副县长，代理县长职务。\n"
    )
    (doc,) = documents(text)
    assert (doc.issuer, doc.date) == ("某县人民代表大会常务委员会", "2023-01-06")


def test_a_news_page_with_chrome_is_no_document() -> None:
    text = (
        "当前位置：首页 > 新闻中心 > 人大新闻\n县十九届人大常委会召开第五次会议\n"
        "发布时间：2024-05-30 09:12 来源：县人大办 【字体：大 中 小】\n"
        "5月29日，县十九届人大常委会第五次会议召开。\n会议表决通过了人事任免事项。\n责任编辑：小李\n"
    )
    assert documents(text) == []


def test_a_street_offices_masthead_is_no_title() -> None:
    title = "关于成立某某街道老旧小区改造工作领导小组的通知"
    text = (f"某区某某街道办事处文件\n某街办发〔2024〕8号\n{title}\n各社区居委会：\n决定成立领导小组。\n"
            "某某街道办事处\n2024年4月2日\n")
    (doc,) = documents(text)
    assert record(doc) == ("某街办发〔2024〕8号", title, "某某街道办事处", "2024-04-02")


def test_a_public_notice_of_cadres_to_be_appointed_is_a_document_of_its_title() -> None:
    text = ("某县人民政府门户网站\n您当前的位置：首页 > 通知公告 > 公示公告\n某县2024年第二批拟任职干部任前公示\n"
            "发布时间：2024-07-02 09:30　　来源：中共某县委组织部\n根据有关规定，现将拟任职人选予以公示。\n"
            "中共某县委组织部\n2024年7月2日\n")
    (doc,) = documents(text)
    assert record(doc) == (None, "某县2024年第二批拟任职干部任前公示", "中共某县委组织部", "2024-07-02")


def test_the_issuers_names_above_a_number_are_a_masthead_and_the_title_is_under_it() -> None:
    title = "中共某县委办公室某县人民政府办公室关于成立某县产业招商工作专班的通知"
    text = ("中共某县委办公室\n某县人民政府办公室\n某办字〔2026〕15号\n\n中共某县委办公室　某县人民政府办公室\n"
            "关于成立某县产业招商工作专班的通知\n\n各乡镇党委、人民政府：\n经研究，成立专班。\n")
    (doc,) = documents(text)
    assert (doc.doc_number, doc.title) == ("某办字〔2026〕15号", title)
    single = ("某县人民政府\n\n某政人〔2026〕14号\n\n某县人民政府\n关于李明远等同志职务任免的通知\n\n"
              "各乡镇人民政府：\n经研究，决定：\n")
    (doc,) = documents(single)
    assert (doc.doc_number, doc.title) == ("某政人〔2026〕14号", "某县人民政府关于李明远等同志职务任免的通知")


def test_a_number_beside_the_pages_other_fields_and_a_labelled_number_in_a_tab_table() -> None:
    beside = ("当前位置：首页>>政务公开>>通知公告\n某县人民政府办公室关于调整县森林草原防灭火指挥部组成人员的通知\n"
              "某政办函〔2025〕8号　　发布日期：2025-01-22　　阅读次数：236\n县森林草原防灭火指挥部各成员单位：\n"
              "　　因人事变动，对指挥部部分组成人员调整如下：\n")
    (doc,) = documents(beside)
    assert doc.doc_number == "某政办函〔2025〕8号"
    assert doc.title == "某县人民政府办公室关于调整县森林草原防灭火指挥部组成人员的通知"
    table = ("某县人民政府门户网站\n某县人民政府关于县政府领导\n工作分工的通知\n索引号\t00807512-1/2025-00066\n"
             "发文机关\t某县人民政府\n发文字号\t某府〔2025〕21号\n成文日期\t2025-02-14\n\n"
             "某县人民政府关于县政府领导工作分工的通知\n某府〔2025〕21号\n各乡镇人民政府：\n")
    assert [d.doc_number for d in documents(table)] == ["某府〔2025〕21号"]  # (not ``发文字号某府…``)


def test_a_title_behind_a_bullet_in_a_repost() -> None:
    text = ("点击蓝字 关注我们\n\n▌某县人民政府办公室关于成立某县优化营商环境工作专班的通知\n\n"
            "各镇人民政府、街道办事处，县直各部门：\n为深入推进营商环境优化提升，经县政府同意，成立专班。\n")
    titles = [d.title for d in documents(text)]
    assert titles == ["某县人民政府办公室关于成立某县优化营商环境工作专班的通知"]


def test_a_list_of_appointments_titled_with_its_people() -> None:
    text = ("某县人民代表大会常务委员会\n任免人员名单\n"
            "（2026年6月26日某县第十七届人民代表大会常务委员会第二十次会议通过）\n\n"
            "任命：\n王小明为县卫生健康局局长；\n李四为县财政局局长。\n")
    (doc,) = documents(text)
    assert (doc.title, doc.date) == ("某县人民代表大会常务委员会任免人员名单", "2026-06-26")


def test_a_list_in_a_gazette_under_its_issuers_line_with_an_adoption_note_wrapped() -> None:
    text = ("（此件公开发布）\n\n某县人民代表大会常务委员会\n某县人民代表大会常务委员会任免名单\n"
            "（2025年3月27日某县第十八届人民代表大会常务委员会\n第二十一次会议通过）\n\n"
            "　　决定任命：\n　　贾平为某县审计局局长\n　　巴特尔为某县发展和改革局局长\n")
    (doc,) = documents(text)
    assert (doc.title, doc.date) == ("某县人民代表大会常务委员会任免名单", "2025-03-27")


def test_a_reposts_byline_between_a_title_and_its_addressee() -> None:
    text = ("澜沧湾发布\n2023-02-17 18:05 发表于云南\n\n关于调整某县安全生产委员会组成人员的通知\n\n"
            "原创 某县应急管理局 澜沧湾发布\n\n各乡(镇)人民政府,县安委会各成员单位:\n因人事变动，现调整如下：\n")
    assert [d.title for d in documents(text)] == ["关于调整某县安全生产委员会组成人员的通知"]


def test_a_metadata_table_whose_labels_stand_in_brackets() -> None:
    text = ("某区人民政府\n首页 > 政务公开 > 其他文件\n"
            "[ 索引号 ] 11500126MB1604227K/2025-00077\t[ 发文字号 ] 某府办发〔2025〕33号\n"
            "[ 成文日期 ] 2025-04-02\t[ 发布日期 ] 2025-04-07\n"
            "某区人民政府办公室关于印发某区2025年城乡环境综合整治工作方案的通知\n"
            "各镇人民政府、街道办事处：\n经区政府同意，现将方案印发给你们。\n")
    (doc,) = documents(text)
    assert doc.doc_number == "某府办发〔2025〕33号"


def test_minutes_titled_over_their_number_and_dated_issuer_line() -> None:
    text = ("某县人民政府专题会议纪要\n\n〔2024〕第15期\n\n某县人民政府办公室                        2024年8月22日\n\n"
            "关于研究城区交通秩序和停车管理工作的会议纪要\n\n"
            "    2024年8月19日下午，副县长鲍建民主持召开专题会议，研究城区交通秩序有关工作。纪要如下：\n")
    assert [d.title for d in documents(text)] == ["关于研究城区交通秩序和停车管理工作的会议纪要"]
    numbered = ("某县人民政府常务会议纪要\n\n某府常纪〔2026〕6号\n\n某县人民政府第十二次常务会议纪要\n\n"
                "2026年4月16日上午，县长林佑安主持召开县人民政府第十二次常务会议。\n")
    assert [d.doc_number for d in documents(numbered)] == ["某府常纪〔2026〕6号"]  # (one document, not two)


def test_a_reposts_lead_quotes_the_number_of_the_notice_it_gives_in_full() -> None:
    text = ("近日，某县人民政府办公室印发《关于成立某县优化营商环境工作专班的通知》（某政办函〔2024〕27号），"
            "全文如下：\n\n"
            "▌某县人民政府办公室关于成立某县优化营商环境工作专班的通知\n\n各镇人民政府、街道办事处，县直各部门：\n"
            "为深入推进营商环境优化提升，经县政府同意，成立专班。\n")
    (doc,) = documents(text)
    assert doc.doc_number == "某政办函〔2024〕27号"


def test_a_plans_numbered_section_whose_heading_ends_as_a_title_does_is_no_document() -> None:
    # ``三、时间安排`` ends with 安排, as a plan's title may: a numbered heading is the section of the text above
    text = ("某县人民政府办公室\n某政办字〔2020〕41号\n某县人民政府办公室关于印发某县清洁取暖工作实施方案的通知\n"
            "各乡镇人民政府：\n现将《某县清洁取暖工作实施方案》印发给你们。\n某县人民政府办公室\n2020年9月28日\n"
            "某县清洁取暖工作实施方案\n一、工作目标\n完成改造3000户。\n三、时间安排\n各阶段工作按下表推进：\n"
            "阶段\t时间\t工作内容\n准备阶段\t9月底前\t制定工作方案\n")
    assert [d.doc_number for d in documents(text)] == ["某政办字〔2020〕41号"]


def test_an_announcement_without_a_number_after_the_text_before_it() -> None:
    # a gazette's next document: its issuer and title, then a body that opens with a purpose clause (为…，)
    text = ("（二）严格督查考核。县委督查室每季度开展一次专项督查。\n\n"
            "某县人民政府\n关于划定禁止燃放烟花爆竹区域的公告\n\n"
            "    为保护环境，保障公共安全，根据《烟花爆竹安全\n管理条例》等规定，现公告如下：\n"
            "    一、县城规划区内全年禁止燃放烟花爆竹。\n                某县人民政府\n                2019年6月10日\n")
    assert [d.title for d in documents(text)] == ["某县人民政府关于划定禁止燃放烟花爆竹区域的公告"]


def test_a_pages_time_of_posting_and_its_classification_row_between_the_title_and_the_addressee() -> None:
    title = "区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知"
    text = (f"{title}\n\n{title}\n\n2023-01-05 10:00 区人民政府办公室\n"
            "索 引 号 MB1534522/2023-05475 发文日期 2023-01-03\n发布机构 区人民政府办公室 文    号 某政办〔2023〕1号\n"
            "分   类 政务公开 有 效 性 有效\n\n"
            "各街道办事处、乡人民政府:\n\n现印发给你们,请认真贯彻执行。\n")
    (doc,) = documents(text)
    assert record(doc)[:2] == ("某政办〔2023〕1号", title)


def test_a_metadata_table_of_a_label_and_its_value_a_line_under_the_sites_section_name() -> None:
    title = "某区人民政府关于分解落实2023年区政府工作目标任务的通知"
    table = ("索引号\n011437144/2023-06550\n文件类型\n政府文件\n发文单位\n区人民政府办公室\n"
             "发文字号\n某政发〔2023〕5号\n")
    text = (f"某区人民政府\n\n政府信息公开\n\n{title}\n\n{table}发布日期\n2023年02月13日 10:53:20\n效力状态\n有效\n\n"
            "各乡镇人民政府,区政府各部门:\n\n现将目标任务分解下达给你们,请认真组织落实。\n\n2023年1月30日\n")
    (doc,) = documents(text)
    assert record(doc) == ("某政发〔2023〕5号", title, "某区人民政府", "2023-01-30")


def test_a_signed_notice_without_its_title_numbered_by_the_pages_metadata_table_over_it() -> None:
    text = ("索 引 号 | 327549014/2021-00125 | 发布机构 | 县政府办公室 | 公开日期 | 2021-08-01 |\n"
            "文 号 | 某政办发〔2021〕12号 | 分 类 | 政府文件 | ||\n各镇人民政府、街道办事处,县各直属单位:\n"
            "《某县存量土地资源盘活利用实施方案》已经县政府常务会议审议通过,现印发给你们,请认真贯彻执行。\n"
            "某县人民政府办公室\n2021年7月30日\n")
    (doc,) = documents(text)
    assert (doc.doc_number, doc.issuer, doc.date) == ("某政办发〔2021〕12号", "某县人民政府办公室", "2021-07-30")


def test_a_sites_tag_in_brackets_before_a_title_is_no_part_of_it() -> None:
    text = ("【市政府重点工作及责任分解】某市人民政府关于2020年市政府重点工作及责任分解的通知\n\n"
            "    发布时间:2020-02-03 17:29\n\n各县、市、区人民政府,市政府各部门:\n"
            "    现将2020年市政府重点工作及责任分解印发给你们,请认真贯彻落实。\n"
            "某市人民政府\n2020年1月20日\n")
    (doc,) = documents(text)
    assert doc.title == "某市人民政府关于2020年市政府重点工作及责任分解的通知"


def test_a_title_over_a_font_size_label_then_the_addressee_without_a_number() -> None:
    # ``【字体:`` a label whose choices the copy lost: the addressee right under it is no value of it
    text = ("分享到:\n某区政府办公室关于印发2021年区政府工作报告重点工作责任分工的通知\n【字体:   \n\n\n"
            "各乡镇人民政府，区直各单位：\n区人大会议审议通过的《政府工作报告》明确了全年的目标和任务。\n")
    (doc,) = documents(text)
    assert doc.doc_number is None
    assert doc.title == "某区政府办公室关于印发2021年区政府工作报告重点工作责任分工的通知"


def test_a_title_under_the_number_with_the_pages_other_fields_a_label_and_a_value_a_line_between() -> None:
    title = "某县人民政府办公室关于印发某县养老服务能力提升实施办法的通知"
    text = ("索引号: 001/2023-00815 公开方式: 主动公开\n文号: 某政办发〔2023〕9号 成文日期: 2023-06-26\n"
            "  • 文号:\n\n    某政办发〔2023〕9号\n\n  • 成文日期:\n\n    2023-06-26\n\n"
            "  • 发布单位:\n\n    县政府办\n\n  • 有效性:\n\n    有效\n\n"
            f"{title}\n\n发布时间:2023-07-05 17:10\n\n访问次数:\n\n各乡镇人民政府，县政府各部门：\n\n"
            "现将《某县养老服务能力提升实施办法》印发给你们，请认真贯彻执行。\n")
    (doc,) = documents(text)
    assert record(doc)[:3] == ("某政办发〔2023〕9号", title, "某县人民政府办公室")


def test_a_pages_time_of_update_between_the_title_and_the_addressee() -> None:
    title = "某县人民政府关于印发某县农村人居环境整治提升方案的通知"
    text = (f"{title}\n\n更新时间:2021-07-30 16:55:33来源:县政府办\n\n各乡镇人民政府，县直各部门：\n"
            "现将《某县农村人居环境整治提升方案》印发给你们，请认真贯彻落实。\n")
    (doc,) = documents(text)
    assert record(doc)[1:3] == (title, "某县人民政府")


def test_a_title_repeated_wrapped_under_itself_over_the_body() -> None:
    # the page's heading, then the document's own title over three lines, then its addressee
    title = "某市人民政府办公室关于成立某市加强城市地下管网建设工作领导小组的通知"
    text = (f"{title}\n某市人民政府办公室关于成立某市\n加强城市地下管网建设\n工作领导小组的通知\n"
            "各区人民政府，市政府有关部门：\n为加强我市城市地下管网建设工作，经市人民政府同意，决定成立领导小组。\n")
    (doc,) = documents(text)
    assert record(doc)[1:3] == (title, "某市人民政府办公室")


def test_a_collected_documents_title_dated_in_brackets_under_it() -> None:
    title = "某省人民委员会关于建立护林防火联络站的通知"
    text = f"{title}\n{title}\n（1960年7月）\n根据有关协定，决定在我省建立护林防火联络站。\n"
    (doc,) = documents(text)
    assert record(doc)[1:] == (title, "某省人民委员会", "1960-07")


def test_a_decision_under_its_posting_time_written_day_first() -> None:
    title = "某市人民代表大会常务委员会关于某某为某市人民政府代理市长的决定"
    text = (f"{title}\n\n03.02.2015  11:18\n\n  （2015年2月2日某市第十五届人民代表大会常务委员会第十七次会议通过）\n\n"
            "  会议决定：任命某某为某市人民政府副市长、代理市长。\n")
    (doc,) = documents(text)
    assert record(doc)[1:] == (title, "某市人民代表大会常务委员会", "2015-02-02")


def test_a_title_over_fields_in_a_list_and_a_row_of_fields() -> None:
    title = "关于调整某区区级林长及责任区域的通知"
    text = (f"{title}\n- 发布日期:2024-10-10\n- 浏览次数:252\n体裁分类:其他        主题分类:综合政务        文号:\n"
            "各街镇、区级林长制协作单位:\n根据工作需要，现将区级林长及责任区域调整如下：\n某区林长制办公室\n2024年10月10日\n")
    (doc,) = documents(text)
    assert record(doc) == (None, title, "某区林长制办公室", "2024-10-10")


def test_a_title_and_its_metadata_row_then_a_purpose_clause_quoting_a_document() -> None:
    title = "某市人民政府关于创优营商环境的实施意见"
    text = (f"{title}(某政〔2017〕101号)\n来源:某市政府网 浏览次数: 发布时间:2018-01-26 20:57:53\n\n"
            "为贯彻落实《某省人民政府关于创优“四最”营商环境的意见》(某政〔2017〕120号),深化简政放权放管结合优化服务改革,"
            "提出如下实施意见。\n一、全面落实改革。\n")
    (doc,) = documents(text)
    assert record(doc)[:2] == ("某政〔2017〕101号", title)


def test_a_labelled_metadata_row_that_repeats_the_title_and_goes_on_to_other_fields() -> None:
    title = "县人民政府关于分解落实2022年县政府重点工作任务的通知"
    text = (f"{title}\n\n索引号 : K001/2023-08370 文       号 :\n\n主题分类: 政务公开 发文单位: 某县人民政府\n\n"
            f"名       称: {title} 发布日期: 2023年03月01日\n\n有效性: 有效 发文日期:\n\n"
            "各乡镇人民政府，县政府各部门：\n现将2022年县政府重点工作任务分解如下。\n")
    (doc,) = documents(text)
    assert doc.title == title


def test_a_title_shown_only_in_the_pages_title_bar_over_the_addressee() -> None:
    title = "某市人民政府关于2021年重点工作及责任分解的通知"
    text = (f"{title}-某某网络平台\n字号:\n各县区人民政府，市政府各部门：\n"
            "现将2021年重点工作及责任分解印发给你们，请认真贯彻落实。\n")
    (doc,) = documents(text)
    assert doc.title == title


def test_a_title_bar_over_the_title_heads_no_second_document() -> None:
    title = "某市人民政府关于2021年重点工作及责任分解的通知"
    text = (f"{title}_政务公开_某市人民政府\n发布时间:2021-03-01 10:00\n{title}\n各县区人民政府，市政府各部门：\n"
            "现将2021年重点工作及责任分解印发给你们，请认真贯彻落实。\n")
    assert [d.title for d in documents(text)] == [title]


def test_a_metadata_value_under_its_label_above_the_number_is_no_title() -> None:
    text = ("  • 来源:\n\n  • 发文机构:\n\n    县政府网站\n  • 发文字号:\n\n    某政发〔2024〕7号\n"
            "  • 发文日期:\n\n    2024年04月06日 16:40\n\n各村（社区），镇直各单位：\n现将有关事项通知如下。\n")
    (doc,) = documents(text)
    assert (doc.doc_number, doc.title) == ("某政发〔2024〕7号", None)


def test_a_title_in_a_table_cell_again_under_the_furniture_over_a_flattened_addressee_and_body() -> None:
    title = "某市人民政府关于进一步做好新形势下就业创业工作的意见"
    text = (f"首页 |\n|\n{title} |\n||||\n|\n||||\n某市人民政府 关于进一步做好新形势下就业创业工作的意见\n"
            "各县(市、区)人民政府,市政府各部门: 为贯彻落实国务院有关文件精神,现提出以下意见: 一、实施就业优先战略\n")
    assert [record(d)[1:3] for d in documents(text)] == [(title, "某市人民政府")]


def test_a_posting_date_beside_a_hit_counter_under_a_title_in_a_cell() -> None:
    title = "某县人民政府办公室关于进一步做好政务大厅投诉办理工作的通知"
    text = (f"当前位置: 网站首页>>政府信息公开>>正文 |\n{title} | ||||||||\n2012-11-09 点击数: |\n||||||||\n"
            "各乡、镇人民政府,县级各部门: 我县政务大厅自2011年运行以来，群众反映良好。\n")
    (doc,) = documents(text)
    assert doc.title == title


def test_a_tables_head_row_ending_as_a_title_does_is_no_document() -> None:
    text = ("建设任务|工作事项|工作指标|任务清单|责任清单|时限清单|\n各乡镇：\n"
            "防汛组织|落实防汛行政首长负责制|明确防汛联络员|县应急局|4月底前|\n")
    assert documents(text) == []


def test_a_labelled_title_between_a_tables_bars_under_its_number() -> None:
    title = "市人民政府办公室关于印发某市新型基础设施建设三年行动方案(2022—2024年)的通知"
    text = ("索 引 号: | 000014349/2023-91150 | 信息分类: | |\n发布机构: | 生成日期: | 2022-12-02 08:54:33 | |\n"
            "文 号: | 某府办发〔2022〕10号 | 是否有效: | |\n"
            f"名 称: | {title} |\n各区人民政府，市人民政府各部门：\n经市人民政府同意，现将方案印发给你们。\n")
    (doc,) = documents(text)
    assert record(doc)[:2] == ("某府办发〔2022〕10号", title)


def test_an_adoption_note_under_the_pages_fields_and_the_title_again() -> None:
    title = "中共某县委人大工作联席会议制度"
    text = (f"{title}\n发布日期:2017年09月30日 点击数:1656\n{title}\n（2016年9月1日县委常委会议通过）\n"
            "为了进一步加强县委对人大工作的领导，制定本制度。\n一、联席会议由县委书记召集。\n")
    (doc,) = documents(text)
    assert record(doc)[1:] == (title, None, "2016-09-01")


def test_a_signed_notices_plan_title_wrapped_under_the_signature_is_whole() -> None:
    text = ("各市、县人民政府，自治区人民政府各组成部门：\n"
            "《防止耕地“非粮化”稳定粮食生产工作方案》已经自治区人民政府同意，现印发给你们。\n2020年12月29日\n（此件公开发布）\n防止耕地“非粮化”稳定粮食\n生产工作方案\n"
            "为切实解决耕地“非粮化”问题，制定本方案。\n一、总体要求\n")
    (doc,) = documents(text)
    assert (doc.title, doc.date) == ("防止耕地“非粮化”稳定粮食生产工作方案", "2020-12-29")


def test_a_news_headline_in_the_first_person_of_its_place_is_no_plan_title() -> None:
    text = ("您当前的位置：某市人民政府 >部门动态 > 正文内容\n\n"
            "22个职能部门助力养老服务 我市正式建立养老服务联席会议制度\n\n"
            "为贯彻落实国务院关于加快发展养老服务的重大决策部署，我市建立养老服务联席会议制度。\n")
    assert documents(text) == []


def test_a_notice_that_issues_a_plan_then_the_plans_title_without_the_notices_body() -> None:
    title = "关于印发某州全面推进紧密型县域医疗卫生共同体建设实施方案的通知"
    text = ("索引号: | 001/2024092600000171 | 发布机构: | |\n文 号: | 所属主题: | 政策文件 |\n"
            "关于印发某州全面推进紧密型县域医疗卫生 共同体建设实施方案的通知\n某州全面推进紧密型县域医疗卫生\n"
            "共同体建设实施方案\n为认真贯彻落实好省卫健委等九部门的文件精神，制定本方案。\n一、总体目标\n")
    assert [d.title for d in documents(text)] == [title]


def test_a_page_reading_a_draft_notes_its_reading_after_the_title() -> None:
    title = "某区人民政府办公室关于建立某区地名管理工作联席会议制度的通知"
    text = (f"当前位置: 首页 > 政民互动 > 意见征集\n{title}(草案解读)\n时间:2023-03-27 14:14:12来源:作者:点击:\n"
            "各街道办事处，区政府各部门：\n为进一步加强和规范地名管理工作，建立联席会议制度。\n")
    assert [d.title for d in documents(text)] == [title]


def test_an_addressee_that_lost_its_colon_and_a_number_under_another_label() -> None:
    title = "某区人民政府办公室关于建立某区物业服务管理工作联席会议制度的通知"
    text = ("索引号: 2022-0043 公开责任部门: 区政府办\n公开日期: 2022-06-23 17:12 发布文号: 某政办发〔2022〕54号\n"
            f"有效性: 有效\n{title}\n各镇人民政府、街道办事处,区政府相关工作部门\n"
            "为进一步加强我区物业服务管理工作的组织领导，经区政府同意，建立联席会议制度。\n")
    (doc,) = documents(text)
    assert record(doc)[:2] == ("某政办发〔2022〕54号", title)


def test_a_report_of_findings_opening_the_page_and_its_copy_that_lost_a_glyph() -> None:
    title = "关于2023年10月份民生实事项目进展情况的通报"
    text = (f"您当前所在位置: 首页 > 执行公开\n{title}\n访问量:\n关于202310月份民生实事项目进展情况的通报\n"
            "办好65件民生实事项目是县政府对全县人民的庄严承诺。今年以来，各乡镇、各有关部门认真贯彻落实。\n")
    assert [d.title for d in documents(text)] == [title]


def test_a_dated_report_headline_over_its_findings() -> None:
    title = "7月19日关于市容环境综合整治情况的通报"
    text = (f"{title}\n信息来源: 作者: 发布时间:2015-07-19 18:29\n"
            "7月19日，县双创办对城区部分路段市容环境整治情况进行了巡查。从检查情况看，大部分片区整治到位。\n")
    assert [d.title for d in documents(text)] == [title]
    assert documents(f"{title}\n信息来源: 作者:\n一、城区部分\n") == []  # (no prose under it)


def test_notices_a_page_flattened_into_one_line() -> None:
    body = "为了切实加强对农业工作的宏观指导，突出产业结构调整两大重点，现将有关事项通知如下。一、加强领导"
    title = "某县人民政府办公室关于下达2016年农业重点工作任务的通知"
    (doc,) = documents(f"{title}某政办发〔2016〕21号各镇人民政府,县政府各有关工作部门:{body}\n")
    assert record(doc)[:3] == ("某政办发〔2016〕21号", title, "某县人民政府办公室")
    (doc,) = documents(f"{title}（某政办发〔2016〕21号）各镇人民政府,县政府各有关工作部门:{body}\n")  # (in brackets)
    assert record(doc)[:2] == ("某政办发〔2016〕21号", title)
    title = "某区人民政府关于2009年重点推进重大项目有关事项的通知"
    (doc,) = documents(f"文档介绍:某府发〔2009〕23号{title}各街道办事处、镇(乡)人民政府:{body}\n")
    assert record(doc)[:2] == ("某府发〔2009〕23号", title)
    title = "某市人民政府办公室关于成立某市气象灾害防御指挥部的通知"
    (doc,) = documents(f"【主题分类】机关工作,综合规定正文{title}某政办发〔2015〕88号某县人民政府,市直单位:{body}\n")
    assert record(doc)[:2] == ("某政办发〔2015〕88号", title)


def test_a_news_line_that_names_a_notice_without_its_addressee_is_no_document() -> None:
    text = ("据政府网消息，国务院办公厅公布关于成立某普查领导小组的通知，根据通知，由副总理任组长。"
            "领导小组办公室设在国土资源部，承担领导小组日常工作，各部门要积极配合。\n")
    assert documents(text) == []


def test_an_untitled_notice_flattened_into_one_line_signed_at_its_end() -> None:
    text = ("為深入貫徹落實全域全時段禁止露天焚燒秸稈的精神，特通告如下： 一、全市行政區域內禁止露天焚燒秸稈。"
            " 二、本通告自發布之日起實施。 某市人民政府 2021年9月18日 |\n")
    (doc,) = documents(text)
    assert record(doc)[1:] == (None, "某市人民政府", "2021-09-18")
    assert documents(text.replace("某市人民政府", "全体村民")) == []  # (no issuer closes it)


def test_a_decision_whose_page_opens_with_its_adoption_note_and_no_title() -> None:
    text = ("当前位置: 首页 > 代表工作 >选举任免\n(2025年2月15日某市第八届人民代表大会常务委员会第二十一次会议通过)\n"
            "根据有关规定，某市第八届人民代表大会常务委员会第二十一次会议决定：接受王某辞去某市人民政府市长职务的请求。\n")
    (doc,) = documents(text)
    assert record(doc)[1:] == (None, "某市第八届人民代表大会常务委员会", "2025-02-15")
    assert documents(text.replace("第二十一次会议通过)", "第二十一次会议通过)。会议还审议了其他事项。")) == []


def test_an_untitled_unsigned_notice_under_the_pages_metadata_table() -> None:
    table = ("索引号 | 694041623/2018-582649 | 发布机构 | 某某镇 | 发文日期 | 2018-08-03 |\n---|---|---|---|---|---|\n"
             "信息类别 | 综合政务 | 公开范围 | 全部公开 |\n")
    body = "各村(社区)、部门:\n为有效防治大气污染，改善生态环境质量，经镇党委研究，决定成立秸秆禁烧工作领导小组。\n"
    (doc,) = documents(table + body)
    assert record(doc) == (None, None, "某某镇", "2018-08-03")
    assert documents(table.replace(" 发文日期 | 2018-08-03 |", "") + body) == []  # (the table dates nothing)
    assert record(documents(table.replace("某某镇", "某某鎮") + body)[0])[2] == "某某鎮"  # (the issuer as written)


def test_a_notice_flattened_twice_under_one_文号_is_one_document() -> None:
    body = "为了切实加强对农业工作的宏观指导，突出产业结构调整两大重点，现将有关事项通知如下。一、加强领导"
    title = "某县人民政府办公室关于下达2016年农业重点工作任务的通知"
    line = f"{title}某政办发〔2016〕21号各镇人民政府,县政府各有关工作部门:{body}\n"
    assert len(documents(line + line.replace("下达", "印发"))) == 1


def test_a_decision_whose_adoption_note_lost_its_bracket_and_its_year_and_month_glyphs() -> None:
    # ``（2021年8月4日…通过）`` copied by a web page as ``202184日…通过)``: still the note under a decision's title
    text = ("某市人民代表大会常务委员会\n\n关于接受张某辞职请求的决定\n\n \n\n202184日某市第五届人民代表大会\n\n"
            "常务委员会第三十一次会议通过)\n\n因工作变动，张某提出辞去某市人民政府副市长职务。会议决定：接受张某辞去某市"
            "人民政府副市长职务的请求。\n")
    (doc,) = documents(text)
    assert record(doc) == (None, "某市人民代表大会常务委员会关于接受张某辞职请求的决定", "某市人民代表大会常务委员会",
                           "2021-08-04")


def test_a_notice_under_a_disclosure_pages_rows_of_fields_without_colons() -> None:
    text = ("某镇人民政府关于成立某镇创建园林街镇工作领导小组的通知\n\n索引号 XE5000000-2020-005 发布机构 某镇\n"
            "公开类别 主动公开 发布时间 2020-05-18\n   镇机关各办公室、镇属各企事业单位、各村居、相关单位:\n"
            "   为进一步夯实园林绿化工作基础，特成立某镇创建园林街镇工作领导小组。\n")
    (doc,) = documents(text)
    assert doc.title == "某镇人民政府关于成立某镇创建园林街镇工作领导小组的通知"


def test_a_notice_whose_addressee_opens_with_where_the_units_are_and_runs_into_the_body() -> None:
    text = ("关于建立某街道市容环境管理工作联席会议的通知\n来源:某区某街道办事处 发布时间:2009年2月5日\n"
            "辖区各单位: 为了进一步抓好城区建设和管理工作，建立某街道市容环境管理工作联席会议。现将有关事项通知如下:\n")
    (doc,) = documents(text)
    assert doc.title == "关于建立某街道市容环境管理工作联席会议的通知"


def test_a_plan_under_its_issuers_line_quoted_with_their_names_is_part_of_its_notice() -> None:
    text = ("某政发〔2025〕4号\n某市人民政府 某市中级人民法院印发\n关于完善府院联动机制的意见的通知\n"
            "各县（区）人民政府、法院，市政府各部门：\n"
            "《某市人民政府 某市中级人民法院关于完善府院联动机制的意见》已经市政府常务会议审议通过，现印发给你们，"
            "请认真贯彻落实。\n某市人民政府 某市中级人民法院\n2025年4月30日\n某市人民政府 某市中级人民法院\n"
            "关于完善府院联动机制的意见\n为深入推进法治政府建设，提出如下意见。\n一、指导思想\n")
    (doc,) = documents(text)
    assert doc.doc_number == "某政发〔2025〕4号"


def test_an_untitled_notice_signed_with_a_year_whose_zeros_are_typed_as_letters() -> None:
    text = ("各村，各有关单位：\n为加强农村公路管理养护工作，经研究，决定成立某镇农村公路管理养护工作领导小组。\n"
            "组 长：王一\n副组长：李二\n二OO八年六月三十日\n")
    (doc,) = documents(text)
    assert (doc.title, doc.date) == (None, "2008-06-30")


def test_a_list_of_tasks_whose_table_opens_under_its_title_is_a_document() -> None:
    text = ("2025年某开发区重点工作及责任清单\n序号 |\n重点工作 |\n责任领导 |\n责任单位 |\n1 |\n优化项目服务机制 |\n"
            "张一 |\n招商工作部 |\n")
    assert [record(d) for d in documents(text)] == [(None, "2025年某开发区重点工作及责任清单", None, None)]


def test_a_title_of_a_plan_over_a_table_of_figures_is_no_document() -> None:
    text = "2025年某县财政预算执行情况\n序号 |\n项目 |\n金额 |\n1 |\n税收收入 |\n100 |\n"
    assert [d for d in documents(text) if d.is_document] == []


def test_a_plan_whose_first_section_is_numbered_in_digits_and_a_category_tag_before_its_title() -> None:
    text = ("【总体预案】某镇突发事件综合应急预案\n1.总则\n1.1目的依据\n"
            "为切实做好某镇突发事件应对处置工作，根据有关规定，制定本预案。\n")
    (doc,) = documents(text)
    assert doc.title == "某镇突发事件综合应急预案"


def test_a_plan_title_over_a_dated_line_is_not_confirmed_by_a_digit() -> None:
    text = "某镇2023年防汛工作方案\n1月5日，镇政府召开会议部署防汛工作。\n"
    assert documents(text) == []


def test_a_task_list_under_a_page_of_metadata_one_field_a_line() -> None:
    text = ("首页\n>> 政务公开 >> 重点实事\n• 信息索引号:\n001/2024-01\n• 发布机构:\n某区人民政府\n"
            "• 成文日期:\n2024-03-29\n• 公开方式:\n主动公开\n2024年某区民生实事项目\n"
            "发布时间: 2024-03-29 12:33 信息来源: 某区人民政府\n"
            "2024年某区政府民生实事任务分解方案\n序号\n事项名称\n牵头单位\n1\n新建幼儿园3所\n区教育局\n")
    (doc,) = documents(text)
    assert doc.title == "2024年某区政府民生实事任务分解方案"


def test_a_personnel_list_a_news_page_flattened_into_its_last_paragraph() -> None:
    text = ("本网讯 7月28日上午，区六届人大常委会召开第二十六次会议。区人大常委会副主任王五出席会议。 "
            "某区人民代表大会常务委员会任命名单 （2020年7月28日某区第六届人民代表大会常务委员会第二十六次会议通过） "
            "决定任命： 张一为某区人民政府副区长。\n")
    (doc,) = documents(text)
    assert record(doc) == (None, "某区人民代表大会常务委员会任命名单", "某区人民代表大会常务委员会", "2020-07-28")
