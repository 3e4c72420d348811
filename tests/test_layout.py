"""Undoing PDF extraction: page furniture goes, wrapped lines join, offsets lead back to the file."""

from __future__ import annotations

from graph_build.layout import is_page_furniture, layout, working_copy
from graph_build.source import SourceText

# Lines 2937-2999 of the 2021 gazette (004), with a running header and a page number
# put inside the list as PDF extraction leaves them.
WRAPPED = """稷山县人民政府办公室

关于县政府领导工作分工调整的

通 知

稷政办发〔2021〕22 号

各乡（镇）人民政府，县直各单位，经开区管

委会，各人民团体，各新闻单位：

因人事变动，经县政府党组会研究，现将

县政府领导分工调整如下：

王 润同志：主持县人民政府全面工作，

分管审计工作。

南选智同志：负责县人民政府常务工作，

分管政府机关、财税金融、人力资源、交通运

输、生态环保、应急管理、供销等方面工作。

分管县政府办公室（外事办公室、台港澳

事务办公室）、县政府办综合保障中心（治超

中心、国动中心、民兵武器库）、县财政局（国

有资产监督管理局）、县国际金融和国库支付

中心、县人力资源和社会保障局、县就业服务

中心（外出务工人员服务中心）。

协助县长联系县审计局。

联系县委办公室、县委全面深化改革委员

1/2023 稷山县人民政府公报 · 人事任免 ·

- 53 -

会办公室（设在县委办公室）、政策研究中心、

县委编办、县直工委、县委机关事务服务中心

（综合场馆服务中心）、县委老干部局。
"""


def test_page_headers_and_numbers_are_furniture():
    assert is_page_furniture("1/2023 稷山县人民政府公报 · 人事任免 ·")
    assert is_page_furniture("· 政府工作报告 · 1/2023 稷山县人民政府公报")
    assert is_page_furniture("- 53 -")
    assert is_page_furniture("2016 年第 5 期（总第 41 期）")  # the issue alone, at each page's top
    assert is_page_furniture("某市人民政府公报" + " " * 34 + "2017 年第 1 期")  # however wide the gap
    assert not is_page_furniture("2016年第5期工作简报")
    assert not is_page_furniture("28")  # a table's row number stays
    assert not is_page_furniture("稷山县人民政府公报编辑委员会")
    # the gazette and the section of its pages, set apart by a gap
    assert is_page_furniture("某县人民政府公报" + " " * 23 + "县政府办公室文件")
    assert not is_page_furniture("关于转发某县人民政府公报的通知")


def test_wrapped_lines_join_across_a_page_break():
    lay = layout(SourceText.from_string("w.txt", WRAPPED))
    texts = [b.text for b in lay.blocks]
    assert texts[:3] == ["稷山县人民政府办公室", "关于县政府领导工作分工调整的", "通 知"]
    assert texts[4] == "各乡(镇)人民政府,县直各单位,经开区管委会,各人民团体,各新闻单位:"
    assert texts[7] == (
        "南选智同志:负责县人民政府常务工作,分管政府机关、财税金融、人力资源、交通运输、生态环保、应急管理、供销等方面工作。"
    )
    assert texts[-2] == "协助县长联系县审计局。"
    assert texts[-1].startswith("联系县委办公室、县委全面深化改革委员会办公室(设在县委办公室)")
    assert "公报" not in texts[-1] and "53" not in texts[-1]


def test_a_running_header_and_a_page_number_in_traditional_characters_are_furniture():
    text = ("36.鼓勵企業進行股改，給予獎勵。〔責任\n\n\n\n2/2021 某縣人民政府公報 ·縣政府辦公室文件·\n\n"
            "- 69 -\n\n單位：縣小企業發展促進中心；配合單位：縣財政局〕\n")
    lay = layout(SourceText.from_string("t.txt", text))
    assert [ln.number for ln in lay.lines] == [1, 9]


def test_a_web_pages_row_of_buttons_is_furniture_and_joins_nothing():
    assert is_page_furniture("【字体：大 中 小】 【打印】 【关闭】") and is_page_furniture("[打印本页] [关闭窗口]")
    assert not is_page_furniture("【工作分工】") and not is_page_furniture("【总体预案】某镇突发事件综合应急预案")
    lay = layout(SourceText.from_string("p.txt", "【字体：大 中 小】 【打印】 【关闭】\n\n协助县长负责科技工作。\n"))
    assert [b.text for b in lay.blocks] == ["协助县长负责科技工作。"]


def test_block_spans_map_back_to_the_file():
    src = SourceText.from_string("w.txt", WRAPPED)
    block = layout(src).blocks[-1]
    i = block.text.index("委员会办公室")
    start, end = block.span(i, i + len("委员会办公室"))
    assert block.original(i, i + 6) == "委员会办公室"
    assert block.line_of(i) == 41 and block.line_of(i + 3) == 47
    assert src.text[start] == "委" and src.text[end - 1] == "室"


def test_roster_lines_are_not_joined():
    text = "组长：王润 县委副书记、政府县长\n\n副组长：南选智 县委常委、政府副县长\n\n翟廷伟 县政府副县长\n"
    blocks = layout(SourceText.from_string("r.txt", text)).blocks
    assert [b.line for b in blocks] == [1, 3, 5]


def test_working_copy_folds_traditional_and_full_width_one_to_one():
    text = "（責任單位：縣財政局）〔2023〕"
    folded = working_copy(text)
    assert folded == "(责任单位:县财政局)〔2023〕"
    assert len(folded) == len(text)


def test_working_copy_keeps_a_character_whose_simplified_form_is_outside_the_basic_plane():
    # ``潕`` folds to ``𣲘`` (U+23C98) in the tables; a place's name in a 文号 must stay inside ``[\u4e00-\u9fff]``
    assert working_copy("潕政辦發〔2017〕11號") == "潕政办发〔2017〕11号"


def test_a_document_numbered_with_such_a_character_is_read(extractor):
    from graph_build.records import DocumentFact

    text = "潕陽縣人民政府辦公室關於印發工作要點的通知\n潕政辦發〔2017〕11號\n各鄉鎮人民政府：\n現印發給你們。\n"
    (doc,) = [f for f in extractor.facts_from_text(text) if isinstance(f, DocumentFact)]
    assert doc.doc_number == "潕政辦發〔2017〕11號"


def test_original_keeps_the_text_as_written():
    src = SourceText.from_string("t.txt", "（責任單位：縣財政局、王 润）\n")
    block = layout(src).blocks[0]
    i = block.text.index("县财政局")
    assert block.original(i, i + 4) == "縣財政局"
    assert block.original(0, len(block.text)) == "（責任單位：縣財政局、王润）"


def test_a_span_is_read_as_written_within_one_line_and_across_the_wrap():
    first = "一、各单位要在本月底前完成全部工作任务，并将完成情况以书面形式报送县政府办公室，" * 2 + "逾期未报的单位将"
    lines = [first, "予以通报。"]  # a line longer than any wrap column: the next goes on with it
    src = SourceText.from_string("w.txt", "\n".join(lines) + "\n")
    (block,) = layout(src).blocks
    assert block.numbers == (1, 2)
    cut = len(lines[0])
    assert block.raw(2, 5) == "各单位"  # within the first line
    assert block.raw(cut + 2, cut + 4) == "通报"  # within the second
    assert block.raw(cut - 3, cut + 2) == "单位将予以"  # across the wrap, without the line break
    assert block.raw(cut, cut) == "" and block.raw(5, 2) == ""


def test_lines_wrapped_under_indented_paragraphs_join_though_their_widths_vary():
    # Paragraphs open indented; a PDF wrapped them at no one width. A short name line is not joined.
    text = ("县政府领导工作分工\n苗春泽　县委常委、副县长\n"
            "　　负责县人民政府常务工作，负责财政、金融、国有资产管理、人力资源和\n社会保障、机构编制等方面工作。\n"
            "　　分管县人民政府办公室、县财政局、县人力资源\n和社会保障局、县金融服务中心。\n"
            "巫南星　副县长\n　　负责农业农村、水利方面工作。\n")
    blocks = layout(SourceText.from_string("t.txt", text)).blocks
    assert [b.numbers for b in blocks] == [(1,), (2,), (3, 4), (5, 6), (7,), (8,)]
    assert blocks[2].text.endswith("人力资源和社会保障、机构编制等方面工作。")


def test_the_short_end_of_a_wrapped_sentence_joins_its_line():
    text = ("一、副县长甄明澈同志不再分管县商务局，增加分管县数据局、县营商环\n境服务中心。\n"
            "二、副县长虞初晴同志分管县商务局。\n（三）保障措施\n加强领导。\n")
    blocks = layout(SourceText.from_string("t.txt", text)).blocks
    assert [b.numbers for b in blocks] == [(1, 2), (3,), (4,), (5,)]


def test_a_wrapped_line_at_its_neighbours_width_joins_the_shorter_end_of_its_sentence():
    # A gazette's contents above scatter the widths, so no wrap column shows for the page; but the lines of the
    # notice wrap at one width: a line there that ends no sentence goes on in the shorter line that ends one.
    contents = ["目录", "某县人民政府关于调整县政府领导工作分工的通知……………………1",
                "某县人民政府办公室关于印发某县2025年安全生产工作要点的通知…………3", "某县人民政府任免通知……5",
                "某县人民政府办公室关于成立某县防汛抗旱指挥部的通知………………………………7", "政务动态…9",
                "某县人民政府关于表彰2024年度先进集体和先进个人的决定……………………………………………11",
                "县政府常务会议纪要……13", "某县人民政府关于公布行政规范性文件清理结果的通知………15",
                "人事任免…17", "某县人民政府办公室关于印发某县城乡环境整治提升行动方案的通知…………………………19",
                "统计信息…21"]
    notice = ["各乡（镇）人民政府，县直各单位：", "根据工作需要，经县政府研究，对县政府领导工作分工作如下", "调整：",
              "一、蒋晗同志不再分管县统计局，增加分管县医疗保障局、县", "国有资产服务中心。",
              "二、卢雪梅同志负责文化旅游、体育工作，分管县文化广电旅", "游局（县文物局），联系县文联。",
              "三、欧阳建林同志协助县长负责信访工作，增加分管县信访局。", "其他县政府领导工作分工不变。",
              "某县人民政府"]
    blocks = layout(SourceText.from_string("t.txt", "\n".join(contents + notice) + "\n")).blocks
    first = len(contents) + 1  # the notice's first line number
    assert [tuple(n - first for n in b.numbers) for b in blocks if b.numbers[0] >= first] == [
        (0,), (1,), (2,), (3, 4), (5, 6), (7,), (8,), (9,)]


def test_a_gazettes_section_header_between_dots_is_furniture():
    assert is_page_furniture("· 市政府办公室文件 ·") and is_page_furniture("·县政府文件·")
    assert not is_page_furniture("一、工作目标")


def test_a_running_header_of_the_issue_beside_the_gazettes_name_and_a_page_number_between_dots():
    assert is_page_furniture("2022年第2期　　　　　　某县人民政府公报")
    assert is_page_furniture("某区人民政府公报　　2024年第1期") and is_page_furniture("·2·")
    # the cover's issue line, which names the front matter, is no furniture
    assert not is_page_furniture("某县人民政府公报2022年第4期（总第8期）")


def test_a_line_that_ends_a_list_with_the_level_of_the_next_unit_joins_the_next():
    # ``…、县`` ⏎ ``发展和改革局、…``: the unit is cut after its level (a mobile page's or a PDF's wrap).
    text = ("分管县政府办公室（县政府研究室、县政务服务和大数据管理局）、县\n发展和改革局、县财政局、县统计局。\n"
            "联系县税务局。\n")
    blocks = layout(SourceText.from_string("t.txt", text)).blocks
    assert [b.numbers for b in blocks] == [(1, 2), (3,)]
    cut = "负责农业农村、水利、林业工作。分管农业综合服务\n中心、水利站。联系石门村。\n"  # a unit cut before its suffix
    assert [b.numbers for b in layout(SourceText.from_string("t.txt", cut)).blocks] == [(1, 2)]


def test_a_web_listings_dated_entries_and_bullets_open_their_own_paragraphs():
    # A column page: each entry's headline padded to its date, its summary indented under it.
    text = ("· 县人大常委会决定任命冷冰为县司法局局长                                  2026-11-28\n"
            "  11月27日，县人大常委会第三十次会议决定：任命冷冰为县司法局局长；免去申屠浩的县司法局局长职务.\n"
            "· 县人大常委会接受肖鹏辞去副县长职务                                      2026-07-31\n"
            "  会议接受肖鹏因工作调动辞去县人民政府副县长职务的请求，报县人民代表大会备案.\n"
            "· 岑江县人民政府关于聘任县政府法律顾问的通知                              2026-06-12\n")
    blocks = layout(SourceText.from_string("l.txt", text)).blocks
    assert [b.numbers for b in blocks] == [(1,), (2,), (3,), (4,), (5,)]


def test_a_documents_masthead_repeated_at_each_pages_top_is_furniture():
    text = ("某县人民政府文件\n某政发〔2026〕4号\n成 员：祁 勇 县人民政府办公室副主任\n"
            "       封立新 县委宣传部副部长\n\n— 1 —\n\n某县人民政府文件\n       鲍 军 县公安局副局长\n"
            "— 2 —\n某县人民政府文件\n       佘 斌 县财政局副局长\n")
    lines = [ln.number for ln in layout(SourceText.from_string("m.txt", text)).lines]
    assert 1 in lines  # the masthead itself stays
    assert 8 not in lines and 11 not in lines and {9, 12} <= set(lines)
    # An issuer's name after a page number starts a notice: it stays.
    gazette = "— 3 —\n某县人民政府办公室\n关于调整某委员会成员的通知\n— 4 —\n某县人民政府办公室\n关于成立某小组的通知\n"
    assert [ln.number for ln in layout(SourceText.from_string("g.txt", gazette)).lines] == [2, 3, 5, 6]


def test_a_gazettes_running_header_that_names_each_pages_section_is_furniture():
    # ``某县人民政府公报    县政府文件`` and ``…    县政府办公室文件`` after the page numbers: the gazette's header,
    # whichever section each page names, and never a masthead (the first too)
    text = ("某县人民政府公报\n    孙晓光同志任县人力资源和社会保障局副局\n长；\n— 1 —\n"
            "某县人民政府公报　　　　县政府文件\n    赵丽娜同志任县审计局副局长；\n— 2 —\n"
            "某县人民政府公报　　　　县政府文件\n    免去李建设同志的职务。\n"
            "— 3 —\n某县人民政府公报　　　　县政府办公室文件\n    关于某事的通知\n— 4 —\n"
            "某县人民政府公报　　　　县政府办公室文件\n    各乡镇：\n")
    lines = [ln.number for ln in layout(SourceText.from_string("h.txt", text)).lines]
    assert lines == [2, 3, 6, 9, 12, 15]


def test_a_rule_across_the_page_is_furniture_and_a_dash_for_an_empty_cell_is_not():
    assert is_page_furniture("━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━")
    assert is_page_furniture("---------    ----------------------")
    assert not is_page_furniture("——")  # an empty cell
    assert is_page_furniture("- 53 -")  # (a page number stays furniture)


def test_a_gazettes_running_header_with_its_issue_in_words_or_its_running_number():
    assert is_page_furniture("岫岭县人民政府公报  2025年第二期")
    assert is_page_furniture("松漠县人民政府公报　　　　　　2023年第3期（总第27期）")
    assert not is_page_furniture("关于印发2025年第二期工作要点的通知")


def test_a_unit_cut_after_its_place_and_a_letter_or_two_goes_on_in_the_next_line():
    # ``…、县财`` ⏎ ``政局（…）、…``: the list's last unit cut where the PDF wrapped, whatever the lines' widths
    text = ("分管县人民政府办公室、县发展和改革局（县物价局）、县财\n政局（县国有资产监督管理局）、县统计局。\n"
            "联系县税务局。\n")
    blocks = layout(SourceText.from_string("u.txt", text)).blocks
    assert [b.numbers for b in blocks] == [(1, 2), (3,)]


def test_a_gazettes_column_repeated_at_a_pages_top_is_furniture():
    # ``【县政府办公室文件】`` opens the column; ``县政府办公室文件`` after a page number is its running head
    text = ("【县政府办公室文件】\n某县人民政府办公室关于印发某方案的通知\n"
            "资源，打造茶旅精品线路。（县文旅局、县农业农\n— 18 —\n县政府办公室文件\n村局按职责分工负责）\n")
    lines = [ln.number for ln in layout(SourceText.from_string("c.txt", text)).lines]
    assert lines == [1, 2, 3, 6]


def test_a_page_number_beside_the_issue_is_furniture():
    assert is_page_furniture("·2·　　　　　　　　　　　　2020年第1期")
    assert is_page_furniture("2020年第1期　　　　— 3 —")
    assert not is_page_furniture("12  县财政局") and not is_page_furniture("2020年第1期 县人民政府")


def test_a_documents_number_repeated_at_each_pages_top_is_furniture():
    text = ("某县人民政府办公室文件\n某政办发〔2025〕15号\n    （三）加强病媒生物防制\n— 3 —\n某政办发〔2025〕15号\n"
            "    病媒生物密度控制水平达到国家标准C级以上。\n— 4 —\n某政办发〔2025〕15号\n    牵头单位：县卫生健康局\n")
    lines = [ln.number for ln in layout(SourceText.from_string("n.txt", text)).lines]
    assert 2 in lines and 5 not in lines and 8 not in lines


def test_two_full_lines_of_one_width_are_one_paragraph_where_the_pdf_shows_no_wrap_column():
    # a gazette's contents and short heading lines around the paragraphs hide the column the text wraps at: two
    # lines as wide as each other (30 full-width letters or more) are still one paragraph; a title repeated is not
    contents = "".join(f"某县人民政府关于第{n}项工作的通知\n（某政〔2019〕{n}号）……………………………… {n}\n"
                       for n in range(1, 6))
    text = ("某县人民政府公报\n\n2019年第2期\n\n目　　录\n\n" + contents + "\n— 2 —\n\n"
            "某县人民政府\n关于调整县政府领导工作分工的通知\n某政〔2019〕14号\n各乡（镇）人民政府，县人民政府各部门：\n"
            "周建峰　县长\n主持县政府全面工作。分管县审计局。\n韩立新　副县长\n"
            "负责县政府常务工作。负责发展改革、财政、税务、金融工作。分管县发展和改革委员\n"
            "会、县财政局（县国有资产管理局）、县金融工作办公室。联系县税务局、人民银行某\n"
            "县支行。\n刘　芳　副县长\n负责教育工作。\n"
            "某市人民政府办公厅关于印发某市突发事件应急体系建设规划责任分解的通知\n"
            "某市人民政府办公厅关于印发某市突发事件应急体系建设规划责任分解的通知\n")
    texts = [b.text for b in layout(SourceText.from_string("w.txt", text)).blocks]
    wrapped = next(t for t in texts if t.startswith("负责县政府常务工作"))
    assert wrapped.endswith("分管县发展和改革委员会、县财政局(县国有资产管理局)、县金融工作办公室。"
                            "联系县税务局、人民银行某县支行。")
    assert texts[-2] == texts[-1]


def test_a_page_number_in_words_alone_or_beside_a_sections_header_is_furniture():
    assert is_page_furniture("第 2 页")
    assert is_page_furniture("第2页，共5页")
    assert is_page_furniture("·县委文件·   第2页")
    assert not is_page_furniture("第2页内容")
    assert not is_page_furniture("·县委文件·   ·县政府文件·")


def test_a_page_number_between_two_dashes_a_side_is_furniture():
    assert is_page_furniture("--4--") and is_page_furniture("——3——")
    assert not is_page_furniture("--")


def test_a_line_that_ends_inside_a_word_goes_on_where_the_next_opens_with_its_last_letter_and_a_stop():
    # ``…主持镇政府全面工`` ⏎ ``作。负责…``: no paragraph opens with a letter and a full stop (but ``一、`` may)
    src = SourceText.from_string("t.txt", "陈文斌（镇长）：主持镇政府全面工\n作。负责财政工作。\n"
                                          "二、分管部门\n一、总体要求\n")
    texts = [b.text for b in layout(src).blocks]
    assert texts[0] == "陈文斌(镇长):主持镇政府全面工作。负责财政工作。"
    assert texts[1:] == ["二、分管部门", "一、总体要求"]


def test_a_bare_page_number_between_empty_lines_over_a_running_header_is_furniture():
    # ``4`` ⏎ ⏎ ``某市人民政府公报　　2015年第6期``: a page's foot and the next page's head inside a members' list
    src = SourceText.from_string("t.txt", "成  员：刘  勇  市政府办公室主任\n        王德贵  市发改局局长\n\n4\n\n"
                                          "某市人民政府公报　　　　　　　2015年第6期\n        石国华  市财政局局长\n"
                                          "序号\n3\n张三\n")
    assert [ln.text for ln in layout(src).lines][1:4] == ["王德贵  市发改局局长", "石国华  市财政局局长", "序号"]
    assert [ln.text for ln in layout(src).lines][-2] == "3"  # (a number not set apart so stays)


def test_a_line_that_ends_inside_a_word_goes_on_where_the_next_opens_with_its_last_letter_and_a_colon():
    # ``…现场分解了任`` ⏎ ``务：…``: no label is one letter long, but a note's or a dialogue's (``注：``, ``答：``)
    src = SourceText.from_string("t.txt", "在某镇调研时，县长张一在现场向有关部门分解了任\n\n"
                                          "务：县交通局负责镇区道路的维修改造。\n\n某县人民政府办公室印发某某方案\n\n"
                                          "注：本表由县交通局负责解释。\n")
    texts = [b.text for b in layout(src).blocks]
    assert texts[0] == "在某镇调研时,县长张一在现场向有关部门分解了任务:县交通局负责镇区道路的维修改造。"
    assert texts[-1] == "注:本表由县交通局负责解释。"


def test_a_line_that_opens_with_a_comma_goes_on_with_the_line_above_though_a_bracket_closes_it():
    lines = ["协助县长负责县政府日常工作。负责财政、税务、金", "融、审计、统计等方面工作；分管县财政局、县审计",
             "局（县统计中心、县普查中心）", "、县税务局、县金融服务中心、县国资中心、县公共",
             "资源交易中心；联系县人民银行。", "二、副县长李二"]
    texts = [b.text for b in layout(SourceText.from_string("t.txt", "\n\n".join(lines) + "\n")).blocks]
    assert texts == [working_copy("".join(lines[:5])), "二、副县长李二"]


def test_a_line_at_the_pages_column_joins_the_next_where_a_roster_fills_the_page():
    # A PDF wraps every paragraph's line at its column (here 40 letters); the roster between them is short lines,
    # so no nearby width is common. The widest width, which several lines reach and none passes, is the column:
    # a line there that ends no sentence goes on in the next (the body's name cut: ``…成立某县`` ⏎ ``森林防火…``).
    founding = ("为切实做好全县森林防火工作，保障群众生命财产安全，经县人民政府研究，决定成立某县森林防火工作领导小组，"
                "负责全县森林防火工作的组织领导。组成人员如下：")
    units = ("教育", "财政", "公安", "民政", "水利", "交通", "农业", "商务")
    roster = [f"成　员：{n}　县{u}局局长" for n, u in zip("甲乙丙丁戊己庚辛", units, strict=True)]
    office = ("领导小组下设办公室，办公室设在县应急管理局，办公室主任由县应急管理局局长兼任，负责领导小组的日常"
              "工作，组织协调各成员单位做好森林防火的各项工作，及时向领导小组报告工作情况，提出工作建议。")
    lines = ["关于成立某县森林防火工作领导小组的通知", founding[:40], founding[40:], *roster,
             office[:40], office[40:80], office[80:]]
    assert lines[1].endswith("成立某县") and len(lines[2]) > 20 and len(lines[-2]) == 40
    blocks = layout(SourceText.from_string("p.txt", "\n".join(lines) + "\n")).blocks
    assert [b.numbers for b in blocks] == [(1,), (2, 3), *[(n,) for n in range(4, 12)], (12, 13, 14)]
    assert blocks[1].text == working_copy(founding)


def test_two_long_lines_a_proportional_font_wrapped_differ_by_two_and_are_one_paragraph():
    # A word processor's PDF in a proportional font: the full lines of a paragraph differ by a letter or two in
    # display width: lines 40 letters wide or more may differ by 2 (shorter ones by 1, as before).
    first = "负责县政府常务工作。分管县发展和改革局、县财政局、县审计局、县市场监督管理局、县行政审批"
    second = "服务局、县医疗保障局、县数据资源局，联系县税务局、人民银行某县支行和县内各金融机构。"
    assert len(first) == 44 and len(second) == 42
    blocks = layout(SourceText.from_string("p.txt", f"{first}\n{second}\n")).blocks
    assert [b.numbers for b in blocks] == [(1, 2)]
