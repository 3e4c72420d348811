"""任免 as other places publish it: invented snippets of the genre (news of 人大常委会 meetings, 任免名单,
personnel notices), with the facts they must give, and proposals, 公示, elections and careers that give none."""

from __future__ import annotations

from typing import Any

import pytest

from graph_build.extractors.appointments import _table_columns, vocab
from graph_build.pipeline import Extractor


def apps(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    return {(f.person, f.action, f.post) for f in extractor.facts_from_text(text) if f.type == "appointment"}


def records(extractor: Extractor, text: str) -> list[dict[str, Any]]:
    return [f.to_json() for f in extractor.facts_from_text(text) if f.type == "appointment"]


def test_a_meeting_report_with_chained_appointments_and_a_removal(extractor: Extractor) -> None:
    text = (
        "某县第十八届人大常委会第十二次会议闭幕\n本网讯 6月28日，县十八届人大常委会第十二次会议闭幕。"
        "会议表决通过了人事任免事项，决定任命刘海波为县人民政府副县长；任命陈晓红为县教育局局长，周建国为县财政局局长；"
        "免去王立新的县财政局局长职务。\n"
    )
    assert apps(extractor, text) == {
        ("刘海波", "appoint", "县人民政府副县长"),
        ("陈晓红", "appoint", "县教育局局长"),
        ("周建国", "appoint", "县财政局局长"),
        ("王立新", "remove", "县财政局局长"),
    }
    assert {r["date"] for r in records(extractor, text)} == {None}  # a dateline without a year gives no date


def test_a_meeting_that_appoints_a_list_on_a_leaders_request(extractor: Extractor) -> None:
    # ``根据…的提请，会议决定任命：`` and ``…的提请,会议任命:``: the meeting decides; a request alone
    # (``县长提请任命：``) decides nothing
    text = ("根据县人民政府县长蓝海峰的提请，会议决定任命：\n覃海涛为县教育局局长；\n黄丽珍为县财政局局长。\n"
            "根据县人民法院院长梁志坚的提请,会议任命:\n潘志刚为县人民法院审判员。\n")
    assert apps(extractor, text) == {("覃海涛", "appoint", "县教育局局长"), ("黄丽珍", "appoint", "县财政局局长"),
                                     ("潘志刚", "appoint", "县人民法院审判员")}
    assert apps(extractor, "县长提请任命：\n张立为县教育局局长；\n") == set()


def test_removals_of_dotted_names_in_a_list_and_in_a_sentence(extractor: Extractor) -> None:
    # ``吾斯曼·吾买尔的…职务``: a dotted name before 的, under ``免去：`` (a remark after 职务 too) or after 免去
    text = ("经研究决定：\n免去：\n吾斯曼·吾买尔的县水利局局长职务；\n"
            "塔依尔·热合曼的县交通运输局副局长职务（另有任用）。\n经研究，决定免去热汗古丽·阿不都拉的县民政局副局长职务。\n")
    assert apps(extractor, text) == {("吾斯曼·吾买尔", "remove", "县水利局局长"),
                                     ("塔依尔·热合曼", "remove", "县交通运输局副局长"),
                                     ("热汗古丽·阿不都拉", "remove", "县民政局副局长")}


def test_a_table_of_decisions_whose_rows_stand_under_sections_of_each_action(extractor: Extractor) -> None:
    # ``序号 | 姓名 | 任免职务`` with ``一、任命`` … ``四、解聘`` rows between: each cell says its own action
    text = ("经研究决定，任免下列同志职务：\n序号\t姓名\t任免职务\n一、任命\n"
            "1\t黄振华\t任县人民政府办公室副主任，免去县发展和改革局副局长职务\n二、免去\n"
            "9\t梁国栋\t免去县人民政府办公室副主任职务（另有任用）\n三、聘任\n14\t唐小平\t聘任为县规划设计室主任工程师，聘期三年\n"
            "四、解聘\n16\t覃德明\t解聘县人民医院总会计师职务\n")
    assert apps(extractor, text) == {("黄振华", "appoint", "县人民政府办公室副主任"),
                                     ("黄振华", "remove", "县发展和改革局副局长"),
                                     ("梁国栋", "remove", "县人民政府办公室副主任"),
                                     ("唐小平", "appoint", "县规划设计室主任工程师"),
                                     ("覃德明", "remove", "县人民医院总会计师")}


def test_a_table_goes_on_under_a_section_row_that_lists_kinds_of_body(extractor: Extractor) -> None:
    # ``二、市属事业单位、国有企业``: a section's row whose words hold a 、 does not end the table
    text = ("关于白云飞等同志职务任免的通知\n经市人民政府研究决定，任免下列同志职务：\n"
            "序号\t姓名\t任职\t免职\n一、市政府工作部门\n"
            "1\t白云飞\t市财政局副局长\t\n二、市属事业单位、国有企业\n2\t柯文静\t市第二人民医院院长\t市第二人民医院副院长\n")
    assert apps(extractor, text) == {("白云飞", "appoint", "市财政局副局长"),
                                     ("柯文静", "appoint", "市第二人民医院院长"),
                                     ("柯文静", "remove", "市第二人民医院副院长")}


def test_a_table_set_out_a_cell_a_line_whose_empty_cells_are_empty_lines(extractor: Extractor) -> None:
    # a Word table saved as text: one cell a line, an empty 备注 an empty line; such a row has fewer lines than cells.
    # The header's names under ``聘任下列同志为X：`` are no list of names.
    text = ("关于聘任中小学校长的通知\n经局党组研究决定，聘任下列同志为中小学校长：\n"
            "序号\n姓名\n学校\n聘任职务\n备注\n1\n陶建新\n县第一中学\n校长\n连任\n2\n葛  敏\n县第一中学\n副校长\n\n"
            "3\n尤立群\n县实验小学\n校长\n\n二、其他事项\n")
    assert apps(extractor, text) == {("陶建新", "appoint", "县第一中学校长"), ("葛敏", "appoint", "县第一中学副校长"),
                                     ("尤立群", "appoint", "县实验小学校长")}


def test_a_table_of_the_posts_held_under_a_heading_of_removals(extractor: Extractor) -> None:
    # ``二、解聘名单`` over ``姓名 学校 原任职务``: the post each row holds is the post it is removed from
    text = ("关于聘任、解聘中小学校长的通知\n经局党组研究决定：\n一、聘任名单\n序号\t姓名\t学校\t聘任职务\n"
            "1\t邝志远\t县第二中学\t校长\n二、解聘名单\n序号\t姓名\t学校\t原任职务\t备注\n"
            "1\t滕永福\t县第三中学\t校长\t到龄退休\n2\t邝志远\t县第二中学\t副校长\t\n")
    assert apps(extractor, text) == {("邝志远", "appoint", "县第二中学校长"), ("滕永福", "remove", "县第三中学校长"),
                                     ("邝志远", "remove", "县第二中学副校长")}


def test_an_accepted_resignation_and_a_post_no_longer_held(extractor: Extractor) -> None:
    assert apps(extractor, "会议经表决，接受孙国栋辞去县人民政府副县长职务的请求。") == {
        ("孙国栋", "remove", "县人民政府副县长")
    }
    no_longer = "会议决定：高志远不再担任县人民政府副县长职务。"
    assert apps(extractor, no_longer) == {("高志远", "remove", "县人民政府副县长")}


def test_a_resignation_asked_for_then_granted_to_its_asker_by_its(extractor: Extractor) -> None:
    # ``其`` is who asked to go earlier in the sentence; the request alone removes no one
    granted = "村党支部书记罗永福同志因病提出辞职，经研究，同意其辞去某村党支部书记职务。"
    assert apps(extractor, granted) == {("罗永福", "remove", "某村党支部书记")}
    assert apps(extractor, "镇长助理罗永福同志因工作调动申请辞职。") == set()


def test_a_list_with_numbered_headings_and_a_last_removal_item_without_a_full_stop(extractor: Extractor) -> None:
    text = (
        "某县人民代表大会常务委员会任免名单\n（2024年3月26日某县第十八届人民代表大会常务委员会第十五次会议通过）\n"
        "一、任命\n吴志勇为县发展和改革局局长\n郑秋菊为县民政局局长\n二、免去\n冯建华的县民政局局长职务"
    )
    recs = records(extractor, text)
    assert {(r["person"], r["action"], r["post"]) for r in recs} == {
        ("吴志勇", "appoint", "县发展和改革局局长"),
        ("郑秋菊", "appoint", "县民政局局长"),
        ("冯建华", "remove", "县民政局局长"),
    }
    assert {r["date"] for r in recs} == {"2024-03-26"}


def test_an_item_cut_by_the_end_of_an_excerpt_is_still_dropped(extractor: Extractor) -> None:
    text = "任命：\n吴志勇为县发展和改革局局长；\n郑秋菊为县民政局副"
    assert apps(extractor, text) == {("吴志勇", "appoint", "县发展和改革局局长")}


def test_half_width_headings_and_an_adoption_note_after_the_list(extractor: Extractor) -> None:
    text = (
        "任命:\n朱丽萍为县司法局局长;\n免去:\n许志明的县司法局局长职务。\n"
        "（2023年12月5日县第十七届人民代表大会常务委员会第三十次会议通过）\n"
    )
    recs = records(extractor, text)
    assert {(r["person"], r["action"], r["post"], r["date"]) for r in recs} == {
        ("朱丽萍", "appoint", "县司法局局长", "2023-12-05"),
        ("许志明", "remove", "县司法局局长", "2023-12-05"),
    }


def test_a_decision_heading_after_the_law_it_follows(extractor: Extractor) -> None:
    text = (
        "根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》的规定，决定任命：\n"
        "黄晓峰为县科学技术局局长；\n林美玲为县卫生健康局局长。\n决定免去：\n何志远的县卫生健康局局长职务。\n"
    )
    assert apps(extractor, text) == {
        ("黄晓峰", "appoint", "县科学技术局局长"),
        ("林美玲", "appoint", "县卫生健康局局长"),
        ("何志远", "remove", "县卫生健康局局长"),
    }


def test_a_government_decision_heading_then_items_of_x_tong_zhi_ren_y(extractor: Extractor) -> None:
    text = (
        "经县政府研究决定：\n董建平同志任县城市管理局局长；\n袁玉芬同志任县文化旅游局副局长（试用期一年）；\n"
        "免去蒋文华同志县城市管理局局长职务。\n"
    )
    recs = {(r["person"], r["action"], r["post"]): r for r in records(extractor, text)}
    assert set(recs) == {
        ("董建平", "appoint", "县城市管理局局长"),
        ("袁玉芬", "appoint", "县文化旅游局副局长"),
        ("蒋文华", "remove", "县城市管理局局长"),
    }
    assert recs[("袁玉芬", "appoint", "县文化旅游局副局长")]["note"] == "试用期一年"


def test_a_name_with_a_note_of_sex_and_birth_before_its_post(extractor: Extractor) -> None:
    text = "经县人民政府研究决定：\n王建华（女，1980年3月生）任县卫生健康局局长；\n刘志强（男）任县统计局副局长。\n"
    assert apps(extractor, text) == {("王建华", "appoint", "县卫生健康局局长"), ("刘志强", "appoint", "县统计局副局长")}


def test_names_and_posts_set_apart_by_a_space_under_their_headings(extractor: Extractor) -> None:
    text = ("县人民政府任免工作人员名单\n任命：\n张建国 县财政局局长\n李文华 县审计局局长\n"
            "免去：\n王宇珂 县统计局局长职务\n")
    assert apps(extractor, text) == {("张建国", "appoint", "县财政局局长"), ("李文华", "appoint", "县审计局局长"),
                                     ("王宇珂", "remove", "县统计局局长")}


def test_a_decision_heading_followed_by_prose_is_no_list(extractor: Extractor) -> None:
    assert apps(extractor, "经研究决定：\n张晓明同志任县委宣传部副部长期间，工作扎实。\n") == set()


def test_a_personnel_notice_with_its_pronoun_removal(extractor: Extractor) -> None:
    text = (
        "县人民政府关于杨立平同志职务任免的通知\n某政任〔2024〕3号\n各乡镇人民政府，县政府各部门：\n"
        "经县人民政府研究决定：\n杨立平同志任县商务局局长，免去其县粮食和物资储备中心主任职务。\n"
        "某县人民政府\n2024年4月2日\n"
    )
    recs = records(extractor, text)
    assert {(r["person"], r["action"], r["post"]) for r in recs} == {
        ("杨立平", "appoint", "县商务局局长"),
        ("杨立平", "remove", "县粮食和物资储备中心主任"),
    }
    assert {(r["doc_number"], r["date"]) for r in recs} == {("某政任〔2024〕3号", "2024-04-02")}


def test_traditional_characters_approval_and_hiring(extractor: Extractor) -> None:
    traditional = "會議表決通過了人事任免案，決定任命謝國強為縣公安局局長，免去韓振華的縣公安局局長職務。"
    assert apps(extractor, traditional) == {
        ("謝國強", "appoint", "縣公安局局長"),
        ("韓振華", "remove", "縣公安局局長"),
    }
    assert apps(extractor, "市人大常委会批准任命李建华为市人民检察院检察长。") == {
        ("李建华", "appoint", "市人民检察院检察长")
    }
    assert apps(extractor, "县政府决定：聘任严晓东为县人民医院院长，解聘唐亮的县人民医院副院长职务。") == {
        ("严晓东", "appoint", "县人民医院院长"),
        ("唐亮", "remove", "县人民医院副院长"),
    }


def test_several_people_for_one_post_and_several_posts_for_one_removal(extractor: Extractor) -> None:
    assert apps(extractor, "会议任命了曹宏伟、彭玉兰为县人民法院审判员。") == {
        ("曹宏伟", "appoint", "县人民法院审判员"),
        ("彭玉兰", "appoint", "县人民法院审判员"),
    }
    assert apps(extractor, "县人大常委会表决通过，免去刘一鸣县人民法院审判委员会委员、审判员职务。") == {
        ("刘一鸣", "remove", "县人民法院审判委员会委员、审判员")
    }


def test_a_deputy_then_acting_head_are_two_decisions(extractor: Extractor) -> None:
    assert apps(extractor, "会议决定任命王丽华为县人民政府副县长，决定王丽华为县人民政府代理县长。") == {
        ("王丽华", "appoint", "县人民政府副县长"),
        ("王丽华", "appoint", "县人民政府代理县长"),
    }


def test_a_nomination_before_the_decision_does_not_stop_it(extractor: Extractor) -> None:
    text = "根据县人民政府县长李某某的提名，会议决定任命张春生为县人民政府办公室主任。"
    assert apps(extractor, text) == {("张春生", "appoint", "县人民政府办公室主任")}


def test_proposals_public_notices_elections_and_careers_are_not_decisions(extractor: Extractor) -> None:
    proposal = (
        "县人民政府关于提请任命张立平等同志职务的议案\n县人大常委会：\n"
        "根据工作需要，提请任命张立平为县交通运输局局长，李红霞为县水利局局长。\n请予审议。\n"
    )
    assert apps(extractor, proposal) == set()
    notice = "任前公示\n经县委研究，拟任赵志刚为县农业农村局局长，拟任钱晓梅为县审计局副局长。公示期为5个工作日。"
    assert apps(extractor, notice) == set()
    assert apps(extractor, "会议选举产生了县十八届人大常委会副主任，杨立华当选为县人大常委会副主任。") == set()
    assert apps(extractor, "会议依法补选马晓东为县人大常委会委员。") == set()
    assert apps(extractor, "陈毅涵同志提名为县人民检察院检察长候选人。") == set()
    assert apps(extractor, "据悉，郭志强此前曾任县发改局局长，2020年调任县委办公室主任。") == set()


def test_a_heading_and_its_items_on_one_line_and_names_padded_with_spaces(extractor: Extractor) -> None:
    assert apps(extractor, "任命：孔令军为县审计局局长；鲍晓燕为县统计局局长。") == {
        ("孔令军", "appoint", "县审计局局长"),
        ("鲍晓燕", "appoint", "县统计局局长"),
    }
    assert apps(extractor, "任命：\n王  军为县林业局局长；\n葛 丽为县林业局副局长。\n") == {
        ("王军", "appoint", "县林业局局长"),
        ("葛丽", "appoint", "县林业局副局长"),
    }


def test_a_removal_item_with_a_remark_after_its_post(extractor: Extractor) -> None:
    (rec,) = records(extractor, "免去：\n段志明同志县农机中心主任职务（退休）。\n")
    assert (rec["person"], rec["action"], rec["post"], rec["note"]) == ("段志明", "remove", "县农机中心主任", "退休")


def test_decisions_with_their_remarks_reports_and_terms(extractor: Extractor) -> None:
    assert apps(extractor, "会议以无记名投票方式，决定任命包建平同志为县人民检察院检察员（试用期一年）。") == {
        ("包建平", "appoint", "县人民检察院检察员")
    }
    assert apps(extractor, "会议决定：接受闫志刚辞去县人民政府副县长职务的请求，报县人民代表大会备案。") == {
        ("闫志刚", "remove", "县人民政府副县长")
    }
    assert apps(extractor, "县政府常务会议研究决定，聘任卞春晖为县第一中学校长，聘期三年。") == {
        ("卞春晖", "appoint", "县第一中学校长")
    }
    assert apps(extractor, "会议任命章立新为县人民政府副县长、代理县长。") == {
        ("章立新", "appoint", "县人民政府副县长、代理县长")
    }


def test_ceremonies_counts_hearings_and_careers_are_not_decisions(extractor: Extractor) -> None:
    for text in (
        "县人大常委会副主任赵某某宣读了任命决定，并为新任命人员颁发任命书。",
        "会议还表决通过了县人民法院、县人民检察院提请的人事任免案。",
        "经县委研究，拟提名蓝海涛为县人民政府县长候选人。",
        "2022年8月，庞立新任县财政局局长；2024年3月，调任县发改局局长。",
        "此次会议共任免国家机关工作人员12名。",
        "会议听取了关于提请任命殷长江为县教育局局长的说明，并进行了审议。",
    ):
        assert apps(extractor, text) == set(), text


def test_numbered_items_after_a_decision_heading_with_a_rank_remark(extractor: Extractor) -> None:
    text = (
        "经研究决定：\n1.甘建国同志任县林业局局长；\n2.柯丽娜同志任县林业局副局长（正科级）；\n"
        "3.免去甘建国同志县林业局副局长职务。\n"
    )
    assert apps(extractor, text) == {
        ("甘建国", "appoint", "县林业局局长"),
        ("柯丽娜", "appoint", "县林业局副局长"),
        ("甘建国", "remove", "县林业局副局长"),
    }


def test_a_decision_adopted_on_a_removal_and_one_on_a_removal_then_an_appointment(extractor: Extractor) -> None:
    assert apps(extractor, "会议表决通过了关于免去郑海波县卫健局局长职务的决定。") == {
        ("郑海波", "remove", "县卫健局局长")
    }
    assert apps(extractor, "会议审议了关于免去郑海波县卫健局局长职务的议案。") == set()
    assert apps(extractor, "会议决定免去陈宏达的县人民政府副县长职务，任命赵丽君为县人民政府副县长。") == {
        ("陈宏达", "remove", "县人民政府副县长"),
        ("赵丽君", "appoint", "县人民政府副县长"),
    }


def test_public_notices_recommendations_and_oaths_are_not_decisions(extractor: Extractor) -> None:
    for text in (
        "任前公示\n房志刚，男，1980年5月生，大学学历，现任县发改局副局长，拟任县发改局局长。\n",
        "经县委研究决定，推荐俞国强为县审计局局长人选。",
        "8月20日，县人大常委会举行宪法宣誓仪式，新任命的县财政局局长薛立平进行了宪法宣誓。",
    ):
        assert apps(extractor, text) == set(), text


def test_approved_appointments_and_removals_under_their_headings(extractor: Extractor) -> None:
    text = (
        "县人大常委会任免名单\n三、批准任命\n龙海英为县人民检察院副检察长\n四、批准免去\n"
        "龙海英的县人民检察院检察员职务\n"
    )
    assert apps(extractor, text) == {
        ("龙海英", "appoint", "县人民检察院副检察长"),
        ("龙海英", "remove", "县人民检察院检察员"),
    }


def test_a_table_of_appointments_and_removals_read_by_column(extractor: Extractor) -> None:
    # A web page's or Word table, one person a row: the columns say which post is given and which taken away.
    text = (
        "某某县人民政府关于王小明等同志职务任免的通知\n经县人民政府研究，决定：\n序号 姓名 性别 任命职务 免去职务\n"
        "1 王小明 男 县财政局副局长 县审计局副局长\n2 李华（女） 女 县教育局副局长 县文化和旅游局副局长\n"
        "某某县人民政府\n2024年3月8日\n"
    )
    assert apps(extractor, text) == {
        ("王小明", "appoint", "县财政局副局长"), ("王小明", "remove", "县审计局副局长"),
        ("李华", "appoint", "县教育局副局长"), ("李华", "remove", "县文化和旅游局副局长"),
    }
    (fact,) = [r for r in records(extractor, text) if r["post"] == "县审计局副局长"]
    assert fact["evidence"] == "1 王小明 男 县财政局副局长 县审计局副局长" and fact["date"] == "2024-03-08"
    piped = text.replace("序号 姓名 性别 任命职务 免去职务", "序号|姓名|性别|任命职务|免去职务|")
    piped = piped.replace("1 王小明 男 县财政局副局长 县审计局副局长", "1|王小明|男|县财政局副局长|县审计局副局长|")
    assert ("王小明", "remove", "县审计局副局长") in apps(extractor, piped)


def test_a_tab_separated_table_keeps_its_empty_cells(extractor: Extractor) -> None:
    text = ("某某县人民政府关于张平等同志职务任免的通知\n姓名\t免去职务\t任命职务\t备注\n"
            "张平\t\t县水利局局长\t\n陈东\t县交通运输局副局长\t\t\n")
    assert apps(extractor, text) == {("张平", "appoint", "县水利局局长"), ("陈东", "remove", "县交通运输局副局长")}


def test_a_tab_table_whose_row_goes_on_with_a_second_post_and_a_table_of_聘任_and_解聘(extractor: Extractor) -> None:
    # a line under a post that starts afresh (its name cell empty) is the person's second post
    text = ("某县人民政府关于邱文等同志职务任免的通知\n序号\t姓名\t任职\t免职\n1\t邱  文\t县民政局副局长\t\n"
            "\t\t县救助管理站站长（兼）\t\n2\t蔡立新\t\t县林业局副局长\n\n姓名\t聘任\t解聘\n汪春梅\t县第二中学校长\t\n")
    assert apps(extractor, text) == {
        ("邱文", "appoint", "县民政局副局长"), ("邱文", "appoint", "县救助管理站站长"),
        ("蔡立新", "remove", "县林业局副局长"), ("汪春梅", "appoint", "县第二中学校长")}


def test_lists_named_for_their_action_as_tables_of_a_name_and_a_post(extractor: Extractor) -> None:
    # under ``免职名单`` a name and a post set apart by a tab is a removal; ``（女）`` after a name; a row whose
    # name cell is empty is no one's
    text = ("岚溪县人民代表大会常务委员会公告\n第25号\n岚溪县人大常委会第十四次会议于2023年8月29日决定任免下列人员：\n"
            "任命名单\n姓　名\t职　务\n罗秋菊（女）\t岚溪县教育局局长\n林素芬\t岚溪县人民法院审判员\n"
            "\t岚溪县人民法院庭长\n免职名单\n姓　名\t原任职务\n冯丽珍（女）\t岚溪县教育局局长\n特此公告。\n")
    assert apps(extractor, text) == {
        ("罗秋菊", "appoint", "岚溪县教育局局长"), ("林素芬", "appoint", "岚溪县人民法院审判员"),
        ("冯丽珍", "remove", "岚溪县教育局局长")}
    # a glued ``X为Y`` under a removal's heading is no removal
    assert apps(extractor, "免去：\n王国平为某市人民检察院代理检察长。\n") == set()
    assert apps(extractor, "免去：\n覃金凤（女）的某县人民检察院检察员职务。\n") == {
        ("覃金凤", "remove", "某县人民检察院检察员")}


def test_appointments_made_formal_after_probation_and_posts_held_before_a_decision(extractor: Extractor) -> None:
    text = ("某县人民政府\n关于梁思远等同志试用期满正式任职的通知\n某政干〔2023〕15号\n各乡镇人民政府：\n"
            "　　梁思远等同志试用期已满，经考核合格，县人民政府研究决定：\n"
            "　　梁思远同志正式任命为岚溪县财政局副局长；\n")
    assert apps(extractor, text) == {("梁思远", "appoint", "岚溪县财政局副局长")}
    news = ("会议决定任命吴志诚为县人民检察院检察员。\n此前，郑国平任县交通运输局局长，叶晓萍任县财政局副局长。\n"
            "此前，在5月29日召开的县人大常委会会议上，会议决定任命段丽萍为岚溪县人民政府副县长。\n")
    assert apps(extractor, news) == {("吴志诚", "appoint", "县人民检察院检察员"),
                                     ("段丽萍", "appoint", "岚溪县人民政府副县长")}


def test_a_post_in_a_unit_whose_name_holds_研究(extractor: Extractor) -> None:
    text = ("某县人民政府关于吴德明等同志职务任免的通知\n某府〔2022〕45号\n经县人民政府研究，决定：\n任命：\n"
            "吴德明为县教育局副局长、县教育研究培训院院长；\n")
    assert apps(extractor, text) == {("吴德明", "appoint", "县教育局副局长、县教育研究培训院院长")}


def test_a_post_a_scan_could_not_read_is_no_post(extractor: Extractor) -> None:
    text = "某县人民政府关于杨光荣等同志职务任免的通知\n经县人民政府研究决定：\n任命：\n石永华为县▇▇局副局长；\n"
    assert apps(extractor, text) == set()


def test_a_table_of_appointments_set_out_a_cell_a_line(extractor: Extractor) -> None:
    # A web page's table flattened one cell a line: a 序号, the name, 性别 and 民族 read for nothing, then the
    # 任职 and 免职 cells; ``/`` is an empty cell
    cells = ["序号", "姓名", "性别", "民族", "任职", "免职",
             "1", "者正华", "男", "彝族", "县教育体育局副局长", "县第一中学副校长",
             "2", "和丽萍", "女", "纳西族", "县发展和改革局副局长", "/",
             "3", "罗正兴", "男", "汉族", "/", "县教育体育局副局长",
             "4", "自国荣", "男", "彝族", "县林业和草原局副局长", "/",  # (a rare surname: its 序号 opens the row)
             "5", "字海燕", "女", "白族", "县农业农村局副局长", "/"]
    text = "某县人民政府关于者正华等同志职务任免的通知\n经研究，决定任免下列同志职务：\n" + "\n".join(cells) + "\n"
    assert apps(extractor, text) == {("者正华", "appoint", "县教育体育局副局长"),
                                     ("者正华", "remove", "县第一中学副校长"),
                                     ("和丽萍", "appoint", "县发展和改革局副局长"),
                                     ("罗正兴", "remove", "县教育体育局副局长"),
                                     ("自国荣", "appoint", "县林业和草原局副局长"),
                                     ("字海燕", "appoint", "县农业农村局副局长")}


def test_a_decided_notices_table_of_posts_proposed_gives_the_posts_decided(extractor: Extractor) -> None:
    # ``决定任免下列同志职务（详见附件）``: the attached table keeps its 拟任职务 column; a row whose post wraps onto
    # the next line, that line's empty cells kept as trailing tabs, goes on with the post it cut
    table = ("序号\t姓名\t拟任职务\t免去职务\t备注\n"
             "1\t高志远\t县人民政府办公室副主任\t县发展和改革局副局长\t试用期一年\n"
             "2\t郑红霞\t县卫生健康局副局长、县疾病预防\n控制中心主任\t县疾病预防控制中心副主任\t\n"
             "3\t冯建军\t县水利局副局长\t县水利工程管理站站长\t\n")
    decided = ("某县人民政府关于任免县直有关单位领导干部的通知\n"
               "经县政府常务会议研究，决定任免下列同志职务（详见附件）。\n附件\n" + table)
    assert apps(extractor, decided) == {
        ("高志远", "appoint", "县人民政府办公室副主任"), ("高志远", "remove", "县发展和改革局副局长"),
        ("郑红霞", "appoint", "县卫生健康局副局长、县疾病预防控制中心主任"),
        ("郑红霞", "remove", "县疾病预防控制中心副主任"),
        ("冯建军", "appoint", "县水利局副局长"), ("冯建军", "remove", "县水利工程管理站站长")}
    # without the decision, the posts proposed are no posts decided
    undecided = "某县人民政府关于任免县直有关单位领导干部的通知\n现将有关情况报告如下。\n" + table
    assert apps(extractor, undecided) == set()


def test_a_list_heading_that_says_what_the_people_are_made_and_their_term(extractor: Extractor) -> None:
    text = ("某镇人民政府关于聘任镇属事业单位负责人的通知\n"
            "经镇党委、政府研究，决定聘任下列同志为镇属事业单位负责人，聘期三年：\n"
            "刘长海同志为某镇农业综合服务中心主任；\n王  静同志为某镇文化站站长。\n")
    assert apps(extractor, text) == {("刘长海", "appoint", "某镇农业综合服务中心主任"),
                                     ("王静", "appoint", "某镇文化站站长")}


def test_a_table_of_posts_proposed_or_with_a_row_short_of_a_cell_gives_nothing(extractor: Extractor) -> None:
    # 拟任职务 is a proposal (a 公示's column); a row that lost a cell cannot say which column its post is under.
    proposed = "某某县拟任职干部任前公示\n姓名 现任职务 拟任职务\n王小明 县审计局副局长 县财政局副局长\n"
    assert apps(extractor, proposed) == set()
    short = (
        "某某县人民政府关于王小明等同志职务任免的通知\n姓名 任命职务 免去职务\n王小明 县财政局副局长\n"
    )
    assert apps(extractor, short) == set()


def test_a_list_item_whose_person_comes_before_the_removal_verb(extractor: Extractor) -> None:
    text = (
        "某某县人民政府关于王小明等同志职务任免的通知\n经县人民政府研究，决定：\n姓名 任免职务\n"
        "王小明 任县财政局副局长，免去其县审计局副局长职务\n赵刚 免去县人民医院院长职务\n"
    )
    assert apps(extractor, text) == {
        ("王小明", "appoint", "县财政局副局长"), ("王小明", "remove", "县审计局副局长"),
        ("赵刚", "remove", "县人民医院院长"),
    }
    # Outside a list, a clause led by a word that is no name gives nothing.
    assert apps(extractor, "会议指出，同时免去县人民医院院长职务的程序要依法进行。") == set()


def test_a_table_column_must_give_a_kind_the_reader_knows() -> None:
    v = vocab()
    assert _table_columns(v)["免去职务"] == "remove" and _table_columns(v)["任命职务"] == "appoint"
    with pytest.raises(ValueError, match="拟任"):
        _table_columns({**v, "table_columns": {**v["table_columns"], "拟任": ["拟任职务"]}})
    assert _table_columns(v, "personnel_table_columns") == {
        "任职": "appoint", "聘任": "appoint", "免职": "remove", "解聘": "remove"}


def test_bare_appoint_and_remove_columns_count_in_a_personnel_notice_only(extractor: Extractor) -> None:
    rows = ("序号\t姓名\t任职\t免职\t备注\n1\t杜志强\t县住建局副局长\t县城市管理局副局长\t\n"
            "3\t段文杰\t\t县统计局副局长\t退休\n")
    notice = "某某县人民政府关于杜志强等同志职务任免的通知\n某政任〔2024〕2号\n各乡镇人民政府：\n" + rows
    assert apps(extractor, notice) == {
        ("杜志强", "appoint", "县住建局副局长"), ("杜志强", "remove", "县城市管理局副局长"),
        ("段文杰", "remove", "县统计局副局长")}
    assert apps(extractor, "某某县领导干部名册\n" + rows) == set()


def test_a_table_of_space_aligned_cells_with_spaced_names(extractor: Extractor) -> None:
    text = ("某某县教育局关于聘任中小学校长的通知\n序号  姓  名    原任职务                聘任职务\n"
            "1     蒋文华    县实验小学副校长        县实验小学校长\n"
            "2     卢  燕    县城关中学副校长        县第三中学校长\n")
    assert apps(extractor, text) == {("蒋文华", "appoint", "县实验小学校长"), ("卢燕", "appoint", "县第三中学校长")}


def test_a_secondment_with_a_note_after_the_name(extractor: Extractor) -> None:
    text = ("某某县人民政府关于石宏伟等同志职务任免的通知\n经研究，决定：\n"
            "石宏伟同志（某市农业科学研究院助理研究员）挂职任县工业和信息化局局长助理，挂职期限一年；\n"
            "以上新提任同志试用期一年（挂职人员除外）。\n")
    (fact,) = records(extractor, text)
    assert (fact["person"], fact["post"], fact["note"]) == ("石宏伟", "县工业和信息化局局长助理", "挂职期限一年")


def test_a_table_set_out_with_runs_of_spaces_keeps_empty_cells_and_dashes_in_place(extractor: Extractor) -> None:
    text = ("某某县教育局关于盘海燕等同志职务任免的通知\n某教人〔2024〕15号\n各学校：\n"
            "序号  姓名      任职                  免职                  备注\n"
            "1     盘海燕    县第二高级中学校长    县民族中学副校长      试用期一年\n"
            "2     赵丹枫    县民族中学副校长      岚坳乡中心学校校长\n"
            "3     蒋青松    —                     县第二高级中学校长    退休\n")
    assert apps(extractor, text) == {
        ("盘海燕", "appoint", "县第二高级中学校长"), ("盘海燕", "remove", "县民族中学副校长"),
        ("赵丹枫", "appoint", "县民族中学副校长"), ("赵丹枫", "remove", "岚坳乡中心学校校长"),
        ("蒋青松", "remove", "县第二高级中学校长")}


def test_list_items_of_long_names_under_their_headings(extractor: Extractor) -> None:
    text = ("旗人民代表大会常务委员会任免名单\n（2024年6月28日旗第十七届人民代表大会常务委员会第十次会议通过）\n"
            "一、任命\n乌云其木格为旗教育体育局局长；\n二、免去\n敖登格日勒的旗农牧局副局长职务。\n")
    assert apps(extractor, text) == {("乌云其木格", "appoint", "旗教育体育局局长"),
                                     ("敖登格日勒", "remove", "旗农牧局副局长")}
    # Outside a list a long run of characters before 为 is no name.
    assert apps(extractor, "会议认为全面深化改革为发展注入动力。") == set()


def test_a_post_in_a_research_institute(extractor: Extractor) -> None:
    text = "经县人民政府研究，决定：\n聘任冉秋实同志为县农业科学研究所所长（聘期三年）；\n"
    (fact,) = records(extractor, text)
    assert (fact["person"], fact["post"], fact["note"]) == ("冉秋实", "县农业科学研究所所长", "聘期三年")


def test_a_list_item_whose_name_and_post_a_tab_sets_apart(extractor: Extractor) -> None:
    # Read without whitespace ``宿春晖青桥县…`` could be 宿春 + 晖青桥县…: the tab says where the name ends.
    text = ("青桥县人民代表大会常务委员会任免名单\n"
            "（2024年6月27日青桥县第十八届人民代表大会常务委员会第十九次会议通过）\n\n一、决定任命\n"
            "　　宿春晖\t青桥县人民法院审判委员会委员、审判员\n　　扈明远\t青桥县人民检察院检察员\n二、免去\n")
    assert apps(extractor, text) == {("宿春晖", "appoint", "青桥县人民法院审判委员会委员、审判员"),
                                     ("扈明远", "appoint", "青桥县人民检察院检察员")}


def test_a_tab_table_whose_header_names_the_actions_under_a_column_above_them(extractor: Extractor) -> None:
    # ``任免职务`` spans ``任职 | 免职`` on the header's second line; a row's empty cells keep their places.
    text = ("某县人民政府关于蒯明轩等同志职务任免的通知\n某政任〔2024〕5号\n各乡镇人民政府：\n"
            "序号\t姓　名\t任免职务\t\t备　注\n\t\t任　职\t免　职\t\n"
            "1\t蒯明轩\t县发展和改革局副局长\t县统计局副局长\t\n3\t满庭芳\t\t县交通运输局副局长\t到龄退出领导岗位\n")
    assert apps(extractor, text) == {("蒯明轩", "appoint", "县发展和改革局副局长"),
                                     ("蒯明轩", "remove", "县统计局副局长"), ("满庭芳", "remove", "县交通运输局副局长")}


def test_a_table_whose_one_column_says_the_action_of_each_cell(extractor: Extractor) -> None:
    # ``任免职务`` holds ``任X；免Y`` in a cell: each clause's verb says its action; 备注 is read for nothing.
    tabbed = ("某县人民政府关于任免县人民政府部分工作人员职务的通知\n某政人〔2026〕15号\n"
              "序号\t姓名\t性别\t出生年月\t任免职务\t备注\n"
              "1\t郭文斌\t男\t1985.03\t任县水利局副局长\t试用期一年\n"
              "2\t闫　浩\t男\t1979.06\t任县应急管理局副局长；免县交通运输局副局长\t\n"
              "3\t贾鹏\t男\t1976.02\t免县水利局副局长\t另有任用\n")
    assert apps(extractor, tabbed) == {
        ("郭文斌", "appoint", "县水利局副局长"), ("闫浩", "appoint", "县应急管理局副局长"),
        ("闫浩", "remove", "县交通运输局副局长"), ("贾鹏", "remove", "县水利局副局长")}
    # A 人大 list set out with spaces: a cell wraps under its column; a resignation accepted is a removal.
    spaced = ("某县人民代表大会常务委员会任免人员名单\n"
              "序号  姓  名      任免职务                                      提请人\n"
              "----  --------  --------------------------------------------  -------------\n"
              " 1    冉光荣    决定任命为县卫生健康局局长                    县长 冯立新\n"
              " 2    伍思远    任命为县人民法院民事审判第一庭副庭长、        院长 岑国华\n"
              "                审判员\n"
              " 3    郝建军    接受辞去县人民代表大会常务委员会              主任会议\n"
              "                副主任职务的请求\n")
    assert apps(extractor, spaced) == {
        ("冉光荣", "appoint", "县卫生健康局局长"), ("伍思远", "appoint", "县人民法院民事审判第一庭副庭长、审判员"),
        ("郝建军", "remove", "县人民代表大会常务委员会副主任")}
    # A cell whose clause opens with no action verb gives nothing.
    unsaid = tabbed.replace("任县水利局副局长\t试用期", "县水利局副局长\t试用期")
    assert ("郭文斌", "appoint", "县水利局副局长") not in apps(extractor, unsaid)


def test_names_listed_under_a_heading_that_gives_their_post(extractor: Extractor) -> None:
    text = ("某县人民代表大会常务委员会任免名单\n（2026年9月28日某县人民代表大会常务委员会第二十三次会议通过）\n"
            "六、任命下列5名同志为县人民法院人民陪审员（按姓氏笔画为序）：\n"
            "丁　丽　　王小川　　王秀英\n"
            "司徒敏　　古丽娜尔·吐尔逊\n"
            "七、其他事项\n")
    facts = [f for f in extractor.facts_from_text(text) if f.type == "appointment"]
    assert {(f.person, f.action, f.post) for f in facts} == {
        (name, "appoint", "县人民法院人民陪审员") for name in ("丁丽", "王小川", "王秀英", "司徒敏", "古丽娜尔·吐尔逊")}
    first = next(f for f in facts if f.person == "丁丽")
    assert first.prov.line == 4  # the name's line, its post in the evidence
    assert first.prov.evidence.startswith("县人民法院人民陪审员…")
    # A proposal's heading hands nothing to the names under it.
    proposed = text.replace("任命下列5名同志为", "拟任命下列5名同志为")
    assert not [f for f in extractor.facts_from_text(proposed) if f.type == "appointment"]


def test_a_name_set_apart_by_a_dot_a_post_held_concurrently_removed_and_a_secondment(extractor: Extractor) -> None:
    prose = "会议决定任命古丽娜尔·吐尔逊为县民族宗教事务局局长，任命汤伟为县审计局局长。"
    assert apps(extractor, prose) == {
        ("古丽娜尔·吐尔逊", "appoint", "县民族宗教事务局局长"), ("汤伟", "appoint", "县审计局局长")}
    listed = ("某县人民政府关于程俊等同志职务任免的通知\n某政干〔2026〕11号\n"
              "决定免去：\n晏国平兼任的县行政审批局局长职务\n"
              "决定：\n房立新同志挂任某工业园区管理委员会副主任（挂职两年），挂职期间不占本单位领导职数。\n")
    assert apps(extractor, listed) == {("晏国平", "remove", "县行政审批局局长"),
                                       ("房立新", "appoint", "某工业园区管理委员会副主任")}


def test_lists_named_for_their_action_in_a_news_report(extractor: Extractor) -> None:
    text = ("新学期新气象！我县中小学校长完成聘任交接\n"
            "8月28日，县教育体育局召开中小学校长聘任大会，对部分中小学校长进行了聘任和调整。\n\n"
            "▍聘任名单（部分）\n某某县第一中学校长：龚志远\n某某县第二中学校长：乔慧敏（原县实验中学副校长）\n\n"
            "▍解聘名单（部分）\n解聘董学勤某某县第一中学校长职务（到龄退休）\n")
    assert apps(extractor, text) == {
        ("龚志远", "appoint", "某某县第一中学校长"), ("乔慧敏", "appoint", "某某县第二中学校长"),
        ("董学勤", "remove", "某某县第一中学校长")}  # (a three-letter name before a two-letter place)


def test_leaving_a_committees_roster_is_no_removal(extractor: Extractor) -> None:
    text = ("某县人民政府办公室关于调整部分县级议事协调机构组成人员的通知\n"
            "县市场监督管理局局长彭伟同志任委员，解永年同志不再担任委员。\n"
            "因工作变动，黎少雄、黄海同志不再担任县安委会副主任、委员职务。\n"
            "王刚同志不再担任县财政局局长职务。\n")
    assert apps(extractor, text) == {("王刚", "remove", "县财政局局长")}


def test_a_secondment_whose_name_carries_the_post_held_elsewhere(extractor: Extractor) -> None:
    text = ("某县人民政府关于潘志宏等同志职务任免的通知\n某政任〔2026〕9号\n挂职：\n"
            "潘志宏（自治区农业农村厅种植业管理处一级主任科员）挂任县农业农村局副局长，挂职时间一年；\n")
    assert apps(extractor, text) == {("潘志宏", "appoint", "县农业农村局副局长")}


def test_an_acting_post_decided_for_a_three_letter_name(extractor: Extractor) -> None:
    text = ("某县第十八届人民代表大会常务委员会第二十六次会议决定：任命贝振宇为某县人民政府副县长；"
            "决定贝振宇代理某县人民政府县长职务。\n")
    assert apps(extractor, text) == {("贝振宇", "appoint", "某县人民政府副县长"),
                                     ("贝振宇", "appoint", "代理某县人民政府县长")}


def test_a_removal_with_its_reason_in_brackets_and_a_table_with_a_term_column(extractor: Extractor) -> None:
    listed = "某县人民政府关于任免工作人员的通知\n某政人〔2026〕3号\n免去:\n罗晓燕的县教育局局长职务(另有任用)。\n"
    assert apps(extractor, listed) == {("罗晓燕", "remove", "县教育局局长")}
    table = ("某县卫生健康局关于陈志强等同志聘任解聘职务的通知\n某卫人〔2026〕15号\n"
             "序号\t姓名\t性别\t聘任职务\t解聘职务\t聘期\n1\t陈志强\t男\t县医院副院长\t县医院医务科科长\t三年\n"
             "3\t林秀琴\t女\t\t县中医院副院长\t\n")
    assert apps(extractor, table) == {("陈志强", "appoint", "县医院副院长"), ("陈志强", "remove", "县医院医务科科长"),
                                      ("林秀琴", "remove", "县中医院副院长")}


def test_a_spaced_table_whose_names_are_spaced_out_beside_a_one_letter_column(extractor: Extractor) -> None:
    text = ("某县教育体育局关于聘任马文清等同志为中小学校长的通知\n某教体发〔2025〕45号\n"
            "序号  姓  名   性别  聘任职务\n1     马文清   男    某县第一中学校长\n"
            "3     海  斌   男    某县城关第三小学校长\n")
    assert apps(extractor, text) == {
        ("马文清", "appoint", "某县第一中学校长"), ("海斌", "appoint", "某县城关第三小学校长")}


def test_a_remark_in_brackets_ends_a_post_before_the_next_persons_item(extractor: Extractor) -> None:
    # ``副市长（挂职，时间六个月）、陈玲为…``: the remark is the first post's note; 陈玲 is no part of that post
    text = "会议决定任命程荣为某市人民政府副市长（挂职，时间六个月）、陈玲为某市人民检察院检察员。\n"
    assert {(r["person"], r["post"], r.get("note")) for r in records(extractor, text)} == {
        ("程荣", "某市人民政府副市长", "挂职，时间六个月"), ("陈玲", "某市人民检察院检察员", None)}


def test_a_removal_of_several_posts_closed_by_等职务(extractor: Extractor) -> None:
    text = "会议决定：免去季明同志的某区人大常委会人事代表工作室主任、代表资格审查委员会委员等职务。\n"
    assert apps(extractor, text) == {("季明", "remove", "某区人大常委会人事代表工作室主任、代表资格审查委员会委员")}


def test_a_standing_committee_that_agrees_to_its_own_posts_holders_and_to_resignations(extractor: Extractor) -> None:
    # ``同意X任Y``, ``免去Z…职务`` with neither 的 nor 同志, ``同意接受A、B两位同志因到龄退休请辞…职务``
    text = ("会议审议有关人事事项，同意李娟任政协某市委员会经济委员会副主任；黎艳萍任政协某市委员会提案委员会主任，"
            "免去其政协某市委员会经济委员会副主任职务；免去郑咏梅政协某市委员会提案委员会主任职务。\n"
            "会议同意接受黄剑桥、莫帮福两位同志因到龄退休请辞政协某市委员会副主席职务。\n")
    assert apps(extractor, text) == {
        ("李娟", "appoint", "政协某市委员会经济委员会副主任"), ("黎艳萍", "appoint", "政协某市委员会提案委员会主任"),
        ("黎艳萍", "remove", "政协某市委员会经济委员会副主任"), ("郑咏梅", "remove", "政协某市委员会提案委员会主任"),
        ("黄剑桥", "remove", "政协某市委员会副主席"), ("莫帮福", "remove", "政协某市委员会副主席")}


def test_agreeing_to_a_roster_role_or_to_a_nomination_is_no_appointment(extractor: Extractor) -> None:
    assert apps(extractor, "会议同意张三任组长。\n县委同意推荐张三任县政协主席。\n") == set()


def test_a_standing_committees_news_of_resignations_votes_and_acting_posts(extractor: Extractor) -> None:
    # ``接受了A辞去X、B辞去Y的请求``; ``表决通过了C任Z，并决定代理市长``; ``任命D为…，代理…检察长职务``;
    # ``接受金静、夏峰辞去…``: one resignation of two people
    text = ("某市人大常委会表决接受了王宁宇辞去某市市长、孙德宁辞去某市副市长的请求。\n"
            "同时表决通过了张瑞思任市人民政府副市长，并决定代理市长。\n"
            "会议决定任命侯彤彤为某省人民检察院副检察长、检察员，代理某省人民检察院检察长职务。\n"
            "会议决定接受金静、夏峰辞去某区第十届人大代表职务的请求。\n")
    assert apps(extractor, text) == {
        ("王宁宇", "remove", "某市市长"), ("孙德宁", "remove", "某市副市长"),
        ("张瑞思", "appoint", "市人民政府副市长"), ("张瑞思", "appoint", "代理市长"),
        ("侯彤彤", "appoint", "某省人民检察院副检察长、检察员"), ("侯彤彤", "appoint", "代理某省人民检察院检察长"),
        ("金静", "remove", "某区第十届人大代表"), ("夏峰", "remove", "某区第十届人大代表")}


def test_decisions_whose_titles_are_quoted_one_after_the_other(extractor: Extractor) -> None:
    text = ("会议分别表决通过了《某省人民代表大会常务委员会关于接受张文岳辞去某省人民政府省长职务请求的决定》"
            "和《某省人民代表大会常务委员会关于决定任命陈政高为某省人民政府副省长、代理省长的决定》。\n")
    assert apps(extractor, text) == {("张文岳", "remove", "某省人民政府省长"),
                                     ("陈政高", "appoint", "某省人民政府副省长、代理省长")}


def test_an_acting_appointment_named_by_its_decision_and_a_resignation_of_the_one_just_appointed(
        extractor: Extractor) -> None:
    # ``作出关于X代理Y的决定``: X acts as Y; ``接受其辞去…职务的请求``: 其 is the one the sentence just appointed
    text = ("本报讯 会议决定任命李晓波为某市副市长,作出关于李晓波代理某市市长的决定。"
            "会议决定任命陈东为某市人民政府副市长,接受其辞去某市人大常委会副主任职务的请求。\n")
    assert apps(extractor, text) == {
        ("李晓波", "appoint", "某市副市长"), ("李晓波", "appoint", "代理某市市长"),
        ("陈东", "appoint", "某市人民政府副市长"), ("陈东", "remove", "某市人大常委会副主任")}


def test_a_decisions_items_a_paragraph_each_after_a_semicolon(extractor: Extractor) -> None:
    # ``任命A为X，免去其Y职务；`` ⏎ ``B为Z，免去其W职务；`` ⏎ ``C为V；``: the verb goes on; 其 is each paragraph's own
    text = ("会议还表决任命汤一为某省经济和信息化委员会主任,免去其某省经济贸易委员会主任职务;\n"
            "乐二为某省人力资源和社会保障厅厅长,免去其某省人事厅厅长职务;\n徐三为某省环境保护厅厅长;\n"
            "会议听取了工作报告。\n王四为某省商务厅厅长。\n")
    assert apps(extractor, text) == {
        ("汤一", "appoint", "某省经济和信息化委员会主任"), ("汤一", "remove", "某省经济贸易委员会主任"),
        ("乐二", "appoint", "某省人力资源和社会保障厅厅长"), ("乐二", "remove", "某省人事厅厅长"),
        ("徐三", "appoint", "某省环境保护厅厅长")}


def test_decisions_quoted_one_right_after_another_and_a_part_of_a_body_is_no_person(extractor: Extractor) -> None:
    # ``会议通过《关于接受A辞去X职务请求的决定》《关于接受个别代表辞去…的决定》``: two titles with nothing between
    text = "经表决,会议通过《关于接受耿某辞去某市市长职务请求的决定》《关于接受个别代表辞去某市人大代表职务的决定》。\n"
    assert apps(extractor, text) == {("耿某", "remove", "某市市长")}


def test_a_decision_naming_who_takes_the_post_quoted_after_other_items(extractor: Extractor) -> None:
    # ``通过《关于接受A辞去X职务请求的决定》、任命名单及《关于B为Y的决定》``
    text = ("会议表决通过《关于接受陈某辞去某省人民政府省长职务请求的决定》、任命名单及"
            "《关于唐某为某省人民政府代理省长的决定》。\n")
    assert apps(extractor, text) == {
        ("陈某", "remove", "某省人民政府省长"), ("唐某", "appoint", "某省人民政府代理省长")}


def test_a_report_of_removals_after_an_accident_each_comma_a_post_then_its_holder(extractor: Extractor) -> None:
    # ``A，B等多名干部被先期免职`` and a numbered decision of several; "分管安全生产工作的负责人" is part of a
    # post, no portfolio of the name before it; a proposal (``拟``) is no removal
    text = ("某镇一厂房发生火灾。县委通报初步处理意见，某镇党委书记张建华，"
            "某镇党委副书记、镇长李明等多名干部被先期免职。\n"
            "县委常委会研究，作出如下处理：\n"
            "1、某镇党委书记张建华，分管安全生产工作的负责人、某镇党委委员王立新，县应急局副局长、党组成员赵国强先期免职。\n"
            "2、建议对某镇安监站站长刘洪进行诫勉谈话。\n"
            "县纪委拟对县住建局局长周涛，县住建局副局长孙立免职。\n")
    assert apps(extractor, text) == {
        ("张建华", "remove", "某镇党委书记"),
        ("李明", "remove", "某镇党委副书记、镇长"),
        ("王立新", "remove", "分管安全生产工作的负责人、某镇党委委员"),
        ("赵国强", "remove", "县应急局副局长、党组成员"),
    }
    assert not [f for f in extractor.facts_from_text(text) if f.type == "portfolio"]


def test_a_decision_read_out_at_a_meeting_then_its_items_in_the_sentences_after(extractor: Extractor) -> None:
    # ``宣读省委关于调整…的决定。X任Y，为Z人选，不再担任W职务。``: the items of the decision read out; a nominee
    # (``人选``) is no appointment; the paragraph after it is no decision's
    text = ("昨日，某市召开全市领导干部大会，宣布省委关于某市主要领导调整的决定。"
            "省委常委、组织部长李顺出席大会并讲话。\n"
            "省委组织部副部长王东主持大会，并宣读省委关于调整某市党政主要领导的决定。张立平任中共某市委书记，"
            "为某市人大常委会主任人选，不再担任某市人民政府市长职务。赵明任中共某市委副书记，为某市人民政府市长人选。\n"
            "张立平任某市市长期间，推动了多个重点项目。\n")
    assert apps(extractor, text) == {
        ("张立平", "appoint", "中共某市委书记"),
        ("张立平", "remove", "某市人民政府市长"),
        ("赵明", "appoint", "中共某市委副书记"),
    }


def test_an_acting_post_decided_after_the_appointment_in_the_same_list(extractor: Extractor) -> None:
    # ``任命X为Y副区长、决定为代理区长``: no 并 before 决定, a 、 before it
    text = "会议审议决定有关人事事项，任命袁明同志为某区人民政府副区长、决定为代理区长。\n"
    assert apps(extractor, text) == {("袁明", "appoint", "某区人民政府副区长"), ("袁明", "appoint", "代理区长")}


def test_a_decision_that_the_holder_of_a_post_named_before_his_name_acts_in_another(extractor: Extractor) -> None:
    # ``决定：某市人民政府副市长王某代理市长`` / ``推选区人大常委会副主任李某代理主任职务``
    text = ("某市人民代表大会常务委员会关于某市人民政府副市长王一鸣代理市长的决定\n"
            "（2019年8月29日某市第四届人民代表大会常务委员会第十九次会议通过）\n"
            "根据有关法律的规定，某市第四届人民代表大会常务委员会第十九次会议决定：某市人民政府副市长王一鸣代理市长。\n")
    assert apps(extractor, text) == {("王一鸣", "appoint", "代理市长")}
    chosen = ("关于推选区人大常委会副主任李伟代理主任职务的决定\n（2013年1月15日区人大常委会第八次会议通过）\n"
              "鉴于张某已辞去区人大常委会主任职务，某区第十五届人民代表大会常务委员会第八次会议决定：推选区人大常委会"
              "副主任李伟代理主任职务。\n")
    assert apps(extractor, chosen) == {("李伟", "appoint", "代理主任")}


def test_an_acting_post_decided_after_a_resignation_is_an_appointment_not_a_removal(extractor: Extractor) -> None:
    text = ("经市人大常委会组成人员表决决定：任命王一鸣为某市人民政府副市长；接受张某辞去某市人民政府市长的职务，"
            "报市人民代表大会备案；某市人民政府副市长王一鸣代理某市人民政府市长职务。\n")
    assert apps(extractor, text) == {
        ("王一鸣", "appoint", "某市人民政府副市长"), ("张某", "remove", "某市人民政府市长"),
        ("王一鸣", "appoint", "代理某市人民政府市长")}


def test_a_three_letter_name_before_a_place_named_again_in_the_paragraph(extractor: Extractor) -> None:
    # ``免去李明椿某州市…``: 某州市 (named in the clause before too), not 椿某州 after a two-letter name
    text = "经表决决定：任命王一鸣为某州市人民政府副市长；免去李明椿某州市人民政府副市长的职务。\n"
    assert apps(extractor, text) == {("王一鸣", "appoint", "某州市人民政府副市长"),
                                     ("李明椿", "remove", "某州市人民政府副市长")}


def test_a_three_letter_name_before_a_place_named_again_in_traditional_characters(extractor: Extractor) -> None:
    text = "經表決決定：任命王一鳴為某州市人民政府副市長；免去盧一凡某州市人民政府副市長的職務。\n"
    assert ("盧一凡", "remove", "某州市人民政府副市長") in apps(extractor, text)


def test_a_passive_removal_keeps_all_the_titles_listed_before_the_name(extractor: Extractor) -> None:
    text = "一个月前,江南省委常委、某市委书记吴一被免职,某市市长冀二辞职。\n"
    assert apps(extractor, text) == {("吴一", "remove", "江南省委常委、某市委书记")}
    assert apps(extractor, "分管工业的副省长张浩晨被免职。\n") == {("张浩晨", "remove", "副省长")}


def test_a_three_letter_name_before_a_place_the_file_names_elsewhere(extractor: Extractor) -> None:
    # the removal told twice (the decisions, then the list): 椿某州 stands after 李明 both times, 某州市 elsewhere too
    text = ("23日，某州市人大常委会召开会议。\n决定免去李明椿某州市人民政府副市长、市公安局局长的职务。\n"
            "决定免去：\n李明椿某州市人民政府副市长、市公安局局长的职务。\n")
    assert {p for p, _, _ in apps(extractor, text)} == {"李明椿"}


def test_an_acting_post_after_a_deputys_post_is_no_next_persons_item(extractor: Extractor) -> None:
    # ``…副主任、代理主任``: the 任 of 主任 after 代理 is no ``X任Y`` of another person
    text = "经无记名投票表决，决定任命吴一为某区监察委员会副主任、代理主任，林二为某区信访办公室主任。\n"
    assert apps(extractor, text) == {("吴一", "appoint", "某区监察委员会副主任、代理主任"),
                                     ("林二", "appoint", "某区信访办公室主任")}


def test_the_one_appointed_named_after_the_post_they_hold(extractor: Extractor) -> None:
    text = ("会议审议表决通过有关人事任免事项，决定接受张某同志辞去县人民政府县长职务的请求；"
            "任命县委副书记王一鸣同志为县人民政府副县长、代理县长。\n")
    assert apps(extractor, text) == {("张某", "remove", "县人民政府县长"),
                                     ("王一鸣", "appoint", "县人民政府副县长、代理县长")}


def test_a_leads_joined_posts_told_again_in_the_decisions_own_words_are_one_decision(extractor: Extractor) -> None:
    text = ("23日，某市人大常委会召开会议。会议审议决定，任命王一鸣为某市人民政府副市长、代理市长。\n"
            "经市人大常委会组成人员表决决定：任命王一鸣为某市人民政府副市长；接受张某辞去某市人民政府市长的职务；"
            "某市人民政府副市长王一鸣代理某市人民政府市长职务。\n")
    assert apps(extractor, text) == {("王一鸣", "appoint", "某市人民政府副市长、代理市长"),
                                     ("张某", "remove", "某市人民政府市长")}


def test_a_title_that_names_the_first_of_several_who_resign_names_no_one_with_deng(extractor: Extractor) -> None:
    text = ("某县人民代表大会常务委员会\n关于接受张某等三名同志辞去某县第十八届人大代表职务的决定\n"
            "（2024年10月25日某县第十八届人民代表大会常务委员会第二十五次会议通过）\n"
            "会议决定，接受张某、王一鸣、刘二同志辞去某县第十八届人大代表职务。\n")
    assert {p for p, _, _ in apps(extractor, text)} == {"张某", "王一鸣", "刘二"}


def test_the_proposals_a_meeting_passed_each_with_who_proposed_it(extractor: Extractor) -> None:
    text = ("会议审议并表决通过区政府提请的关于宋一同志任区人民政府副区长，区人大常委会提请的接受宋二同志辞职，"
            "于三同志任区人民法院审判员、副院长，区检察院提请的田四同志任区人民检察院副检察长，"
            "以及区人大常委会提请的于三同志代理区人民法院院长职务等人事任免事项。\n")
    assert apps(extractor, text) == {
        ("宋一", "appoint", "区人民政府副区长"), ("于三", "appoint", "区人民法院审判员、副院长"),
        ("田四", "appoint", "区人民检察院副检察长"), ("于三", "appoint", "代理区人民法院院长")}
    heard = "会议审议了区政府提请的关于宋一同志任区人民政府副区长的议案，听取了拟任职人员的发言。\n"
    assert apps(extractor, heard) == set()  # (proposed, not yet passed)


def test_a_removals_posts_set_apart_by_commas_up_to_the_zhiwu_that_closes_them(extractor: Extractor) -> None:
    text = "卢一同志不再担任江北市人民政府党组成员，中共江北市委古城区工作委员会副书记、委员，古城区管委会主任职务。\n"
    assert apps(extractor, text) == {
        ("卢一", "remove", "江北市人民政府党组成员，中共江北市委古城区工作委员会副书记、委员，古城区管委会主任")}
    after = "免去张三的县财政局局长职务，李四为县审计局局长。\n"  # (another's appointment: no post of the one removed)
    assert ("张三", "remove", "李四为县审计局局长") not in apps(extractor, after)


def test_one_decision_told_three_ways_in_a_report(extractor: Extractor) -> None:
    text = ("北京时间2022年8月7日，某县人大常委会会议决定张一同志代理某县人民政府县长。\n"
            "8月3日下午，县人大常委会会议召开。会议决定任命张一为县政府副县长、代理县长。\n"
            "会议表决通过了有关人事任免事项。决定接受李二同志辞去某县人民政府县长职务；决定任命张一同志为某县人民政府副县长、"
            "代理县长。\n")
    assert apps(extractor, text) == {("张一", "appoint", "县政府副县长、代理县长"),
                                     ("李二", "remove", "某县人民政府县长")}


def test_a_lunar_date_in_brackets_is_not_the_decisions_date(extractor: Extractor) -> None:
    text = "2022年8月7日（农历2022年7月10日），某县人大常委会会议决定任命张一为某县公安局局长。\n"
    assert [r["date"] for r in records(extractor, text)] == ["2022-08-07"]


def test_posts_joined_alike_but_for_one_post_are_two_decisions(extractor: Extractor) -> None:
    text = ("会议决定任命张一为县政府副县长、代理县长。\n"
            "会议决定任命张一为某县人民政府副县长、县公安局局长。\n")
    assert apps(extractor, text) == {("张一", "appoint", "县政府副县长、代理县长"),
                                     ("张一", "appoint", "某县人民政府副县长、县公安局局长")}


def test_decisions_listed_after_a_colon_one_sentence_each_and_a_nomination_is_none(extractor: Extractor) -> None:
    text = ("4月23日，某州召开州级领导干部见面会，传达省委决定：杜一同志任中共某州委委员、常委、副书记。"
            "许二同志任中共某州委委员、常委，提名任某州人民政府副州长。会议要求，全州上下要支持新班子工作。\n")
    assert apps(extractor, text) == {("杜一", "appoint", "中共某州委委员、常委、副书记"),
                                     ("许二", "appoint", "中共某州委委员、常委")}


def test_a_sentence_after_a_decision_that_tells_a_career_is_no_decision(extractor: Extractor) -> None:
    text = ("3月5日，某县召开领导干部会议，传达市委决定：杜一同志任中共某县委委员、常委。"
            "此前，许二同志任某县财政局局长。会议要求，全县上下要支持新班子工作。\n")
    assert apps(extractor, text) == {("杜一", "appoint", "中共某县委委员、常委")}


def test_an_appointments_posts_set_apart_by_commas_stay_one_record(extractor: Extractor) -> None:
    text = ("宣布开发区主要领导任免决定：市委常委张一兼任中共某市委某港开发区工作委员会委员、书记；"
            "副市长李二兼任中共某市委某港开发区工作委员会委员、副书记，某港开发区管委会主任。\n"
            "会议决定：王五任县教育局局长，赵四任县财政局局长。\n")
    assert apps(extractor, text) == {
        ("张一", "appoint", "中共某市委某港开发区工作委员会委员、书记"),
        ("李二", "appoint", "中共某市委某港开发区工作委员会委员、副书记，某港开发区管委会主任"),
        ("王五", "appoint", "县教育局局长"), ("赵四", "appoint", "县财政局局长")}


def test_a_name_followed_by_等同志_is_the_name_alone(extractor: Extractor) -> None:
    # ``张一等同志``: 张一 and others the text does not name; 等 is no letter of the name
    text = ("会议表决通过了关于接受张一等同志辞去某县第九届人民代表大会代表职务请求的决定。\n"
            "会议决定免去李二等同志的某县人民政府副县长职务。\n任命王五等同志为县政府办公室副主任。\n")
    assert apps(extractor, text) == {("张一", "remove", "某县第九届人民代表大会代表"),
                                     ("李二", "remove", "某县人民政府副县长"),
                                     ("王五", "appoint", "县政府办公室副主任")}


def test_a_draft_decision_on_a_resignation_is_one_once_the_meeting_passes_it(extractor: Extractor) -> None:
    passed = ("会上，常委会组成人员对关于接受张一等同志辞去某县第九届人民代表大会代表职务请求的决定草案进行了审议，"
              "并进行了举手表决，会议一致通过。\n"
              "会议审议了关于接受李二辞去某县人民政府副县长职务请求的决定（草案），会议表决通过了上述决定。\n")
    assert apps(extractor, passed) == {("张一", "remove", "某县第九届人民代表大会代表"),
                                       ("李二", "remove", "某县人民政府副县长")}
    reviewed = ("会上，常委会组成人员对关于接受张一辞去某县第九届人民代表大会代表职务请求的决定草案进行了审议。\n"
                "会议将审议关于接受李二辞去某县人民政府副县长职务请求的决定草案，表决通过后报备案。\n")
    assert apps(extractor, reviewed) == set()
