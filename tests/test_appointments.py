"""Appointments: personnel notices and lists, 人大常委会 decisions reported in news, and what must not count."""

from __future__ import annotations

from typing import Any

from graph_build.extractors import appointments
from graph_build.layout import compact
from graph_build.pipeline import Extractor


def notice(title: str, number: str, body: str, date: str = "2023 年 5 月 8 日") -> str:
    """A notice as gazettes print it: issuer, title, 文号, addressees, body, signature, date."""
    return (
        f"某某县人民政府\n\n{title}\n\n{number}\n\n各乡（镇）人民政府，县直各单位：\n\n"
        f"{body}\n\n某某县人民政府\n\n{date}\n\n（此件公开发布）\n"
    )


def appointments_of(extractor: Extractor, text: str) -> list[dict[str, Any]]:
    return [f.to_json() for f in extractor.facts_from_text(text) if f.type == "appointment"]


def keys(records: list[dict[str, Any]]) -> set[tuple[str, str, str]]:
    return {(r["person"], r["action"], r["post"]) for r in records}


# A real notice (稷政任字〔2023〕1 号), shortened; lines are separated by blank lines as in the gazette text.
HEADED = "\n\n".join(
    """稷山县人民政府
关于乔木等同志任免职务的通知
稷政任字〔2023〕1 号
各乡（镇）人民政府，县直各单位，稷山经开区管委会：
经县政府党组会议 2023 年 1 月 日研究决定，任命：
乔 木同志为县人民政府办公室副主任；
曹 鹏同志为县退役军人事务局副局长；
黄乃超同志为县人民政府办公室综合保障中心主任。
以上新提任科级领导职务人员试用期为一年。
免去：
薛建东同志县人民医院院长职务；
乔 木同志县人力资源和社会保障局副局长职务。
稷山县人民政府
2023 年 1 月 9 日
（此件公开发布）""".splitlines()
)


def test_headed_lists_give_one_record_per_person_and_action(extractor: Extractor) -> None:
    recs = appointments_of(extractor, HEADED)
    assert keys(recs) == {
        ("乔木", "appoint", "县人民政府办公室副主任"),
        ("曹鹏", "appoint", "县退役军人事务局副局长"),
        ("黄乃超", "appoint", "县人民政府办公室综合保障中心主任"),
        ("薛建东", "remove", "县人民医院院长"),
        ("乔木", "remove", "县人力资源和社会保障局副局长"),
    }


def test_headed_list_fields_date_line_note_and_evidence(extractor: Extractor) -> None:
    recs = {(r["person"], r["action"]): r for r in appointments_of(extractor, HEADED)}
    qiao = recs[("乔木", "appoint")]
    assert qiao["date"] == "2023-01-09"  # the signing date, not the meeting date
    assert qiao["doc_number"] == "稷政任字〔2023〕1号"
    assert qiao["line"] == 11  # the line of the item, not of the heading
    assert qiao["note"] == "以上新提任科级领导职务人员试用期为一年"
    assert "乔木" in compact(qiao["evidence"])
    assert recs[("薛建东", "remove")]["note"] is None  # the probation remark is for appointments only


def test_probation_bracket_goes_to_note_not_post(extractor: Extractor) -> None:
    text = notice(
        "关于田杨斌等同志任免职务的通知",
        "某政任字〔2023〕3 号",
        "经县政府党组会议研究决定，任命：\n\n田杨斌同志为县城镇集体工业联合社主任（试用期一年）。",
    )
    (rec,) = appointments_of(extractor, text)
    assert rec["post"] == "县城镇集体工业联合社主任"
    assert rec["note"] == "试用期一年"


def test_inline_forms_of_other_counties(extractor: Extractor) -> None:
    body = "\n\n".join(
        [
            "经县人民政府研究决定：",
            "任命张三为县财政局局长，免去其县审计局局长职务；",
            "李四同志任县教育局副局长；",
            "王五兼任县医疗保障局局长；",
            "赵六同志不再担任县文化和旅游局局长职务；",
            "免去孙七的县水利局副局长职务；",
            "聘任刘洋为县人民政府法律顾问，聘期三年；",
            "解聘钱程的县人民政府法律顾问职务。",
        ]
    )
    recs = appointments_of(extractor, notice("关于张三等同志职务任免的通知", "某政任〔2023〕5 号", body))
    assert keys(recs) == {
        ("张三", "appoint", "县财政局局长"),
        ("张三", "remove", "县审计局局长"),
        ("李四", "appoint", "县教育局副局长"),
        ("王五", "appoint", "县医疗保障局局长"),
        ("赵六", "remove", "县文化和旅游局局长"),
        ("孙七", "remove", "县水利局副局长"),
        ("刘洋", "appoint", "县人民政府法律顾问"),
        ("钱程", "remove", "县人民政府法律顾问"),
    }
    note = {r["person"]: r["note"] for r in recs if r["action"] == "appoint"}
    assert note["刘洋"] == "聘期三年"
    assert all("张三" in compact(r["evidence"]) for r in recs if r["person"] == "张三")  # 免去其… keeps the name


def test_resignation_accepted_is_a_removal(extractor: Extractor) -> None:
    text = notice(
        "关于接受王明辞去县人民政府副县长职务的请求的决定",
        "某人常〔2023〕1 号",
        "县第十七届人民代表大会常务委员会第十次会议决定：接受王明辞去县人民政府副县长职务的请求。",
    )
    assert keys(appointments_of(extractor, text)) == {("王明", "remove", "县人民政府副县长")}


def test_shared_posts_and_several_posts(extractor: Extractor) -> None:
    body = "\n\n".join(
        [
            "任命：",
            "吴九、郑十同志为县商务局副局长；",
            "免去：",
            "周八同志县林业局局长、县自然资源局副局长职务；",
            "李四同志县审计局党组书记、局长职务。",
        ]
    )
    recs = appointments_of(extractor, notice("关于吴九等同志任免职务的通知", "某政任〔2023〕6 号", body))
    assert keys(recs) == {
        ("吴九", "appoint", "县商务局副局长"),
        ("郑十", "appoint", "县商务局副局长"),
        ("周八", "remove", "县林业局局长、县自然资源局副局长"),  # one action: its posts stay together
        ("李四", "remove", "县审计局党组书记、局长"),
    }


def test_traditional_characters_and_half_width_punctuation(extractor: Extractor) -> None:
    body = "經縣政府常務會議研究決定,任命:\n\n陳 明同志為縣財政局副局長;\n\n免去:\n\n劉 強同志縣審計局局長職務."
    recs = appointments_of(extractor, notice("關於陳明等同志任免職務的通知", "某政任字〔2023〕6 號", body))
    assert keys(recs) == {("陳明", "appoint", "縣財政局副局長"), ("劉強", "remove", "縣審計局局長")}


def test_a_list_without_its_own_number_is_dated_by_its_note(extractor: Extractor) -> None:
    text = notice("关于印发某某工作方案的通知", "某政办发〔2023〕3 号", "各单位要认真落实。") + "\n\n".join(
        [
            "",
            "某某县人民代表大会常务委员会任免名单",
            "（2023年3月1日县第十七届人民代表大会常务委员会第十次会议通过）",
            "任命：",
            "张 三为县人民政府办公室主任；",
        ]
    )
    (rec,) = appointments_of(extractor, text)
    assert (rec["person"], rec["post"], rec["date"]) == ("张三", "县人民政府办公室主任", "2023-03-01")
    assert rec["doc_number"] is None
    assert rec["doc_title"] == "某某县人民代表大会常务委员会任免名单"


def test_rosters_and_narrative_give_no_appointments(extractor: Extractor) -> None:
    body = "\n\n".join(
        [
            "组  长：王 强  县长",
            "副组长：李 明  副县长",
            "领导小组办公室设在县财政局，办公室主任由县财政局局长张华兼任。",
            "2019年，张华任县财政局局长，李明同志为县教育局副局长，王强兼任县应急管理局局长。",
        ]
    )
    assert appointments_of(extractor, notice("关于成立某某工作领导小组的通知", "某政办发〔2023〕4 号", body)) == []


def test_personnel_notice_is_told_by_title_or_number() -> None:
    from graph_build.layout import layout
    from graph_build.notices import segment
    from graph_build.source import SourceText

    def first(text: str) -> Any:
        return next(n for n in segment(layout(SourceText.from_string("t.txt", text))) if n.is_document)

    assert appointments.is_personnel_notice(first(notice("关于张三同志任职的通知", "某政发〔2023〕1 号", "…")))
    assert appointments.is_personnel_notice(first(notice("某某县人民政府通知", "某政任〔2023〕2 号", "…")))
    assert not appointments.is_personnel_notice(first(notice("关于印发某某方案的通知", "某政发〔2023〕3 号", "…")))


def test_proposals_and_public_notices_are_not_decisions(extractor: Extractor) -> None:
    body = "\n\n".join(
        [
            "张三，男，1980年3月出生，现任县财政局副局长，拟任县财政局局长。",
            "李四拟任县审计局局长。",
        ]
    )
    text = notice("关于张三等同志拟任职务的任前公示", "某组公〔2023〕1 号", body)
    assert appointments_of(extractor, text) == []
    decided = notice("关于李四同志任职的通知", "某政任〔2023〕2 号", "李四拟任县审计局局长；王五任县审计局副局长。")
    assert keys(appointments_of(extractor, decided)) == {("王五", "appoint", "县审计局副局长")}


# -- decisions in prose: news reports of 人大常委会 meetings, one layout family per test ----------------


def prose(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    return keys(appointments_of(extractor, text))


def test_chained_removals_and_appointments_and_an_item_cut_by_the_excerpt(extractor: Extractor) -> None:
    text = (
        "3月30日上午,县人大常委会召开第二十五次会议。\n"
        "会议还进行了有关人事任免。免去张一的县人大常委会办公室副主任职务,李二的县财政局局长职务;"
        "王三的县人大常委会某街道工作委员会主任职务;决定免去赵四的县审计局局长职务。"
        "任命钱五为县人大常委会办公室副主任,孙六为县人大常委会社会建设工作委员会副主任,周七为县人大常委"
    )
    assert prose(extractor, text) == {
        ("张一", "remove", "县人大常委会办公室副主任"),
        ("李二", "remove", "县财政局局长"),
        ("王三", "remove", "县人大常委会某街道工作委员会主任"),
        ("赵四", "remove", "县审计局局长"),
        ("钱五", "appoint", "县人大常委会办公室副主任"),
        ("孙六", "appoint", "县人大常委会社会建设工作委员会副主任"),
    }  # 周七's post is cut off by the end of the excerpt: not recorded


def test_approved_resignations_and_counted_names(extractor: Extractor) -> None:
    text = (
        "會議舉手表決通過了關于張一、李二兩位同志辭去縣人大常委會委員以及王三、趙四等15位同志辭去縣人大代表的辭呈。"
        "會議決定任命錢五、孫六、周七三位同志為某縣監察委員會委員,任命吳八等100名同志為人民陪審員。"
    )
    assert prose(extractor, text) == {
        ("張一", "remove", "縣人大常委會委員"),
        ("李二", "remove", "縣人大常委會委員"),
        ("王三", "remove", "縣人大代表"),
        ("趙四", "remove", "縣人大代表"),
        ("錢五", "appoint", "某縣監察委員會委員"),
        ("孫六", "appoint", "某縣監察委員會委員"),
        ("周七", "appoint", "某縣監察委員會委員"),
        ("吳八", "appoint", "人民陪審員"),
    }


def test_a_request_under_review_and_motions_without_posts_are_not_decisions(extractor: Extractor) -> None:
    text = (
        "會議審議了張一關于辭去縣政府副縣長職務的請求,經會議表決,決定接受張一辭去縣政府副縣長職務;"
        "會議經無記名投票,決定任命李二為某縣人民政府副縣長;會議表決通過了王三等6名同志的免職議案。"
    )
    assert prose(extractor, text) == {("張一", "remove", "縣政府副縣長"), ("李二", "appoint", "某縣人民政府副縣長")}


def test_the_posts_of_one_action_stay_together(extractor: Extractor) -> None:
    text = (
        "會議接受了張一辭去某區人民政府副區長、某市公安局某分局局長職務的請求,"
        "任命李二為某區人民政府副區長、某市公安局某分局局長,任命王三為某區人民檢察院副檢察長、代理檢察長。"
    )
    assert prose(extractor, text) == {
        ("張一", "remove", "某區人民政府副區長、某市公安局某分局局長"),
        ("李二", "appoint", "某區人民政府副區長、某市公安局某分局局長"),
        ("王三", "appoint", "某區人民檢察院副檢察長、代理檢察長"),
    }


def test_separate_decisions_for_one_person_and_proposals_before_them(extractor: Extractor) -> None:
    text = (
        "会议听取了县人民政府关于提请审议张一职务的议案、县人大常委会主任会议关于提请审议决定接受李二等辞去"
        "某县第十八届人大代表职务的议案。\n"
        "会议表决通过了县人大常委会关于接受李二等辞去某县第十八届人大代表职务的决定;"
        "表决通过了关于接受王三辞去某县人民政府县长职务请求的决定。"
        "会议经过表决,决定任命张一为某县人民政府副县长,决定张一为某县人民政府代理县长。"
    )
    assert prose(extractor, text) == {
        ("李二", "remove", "某县第十八届人大代表"),
        ("王三", "remove", "某县人民政府县长"),
        ("张一", "appoint", "某县人民政府副县长"),
        ("张一", "appoint", "某县人民政府代理县长"),
    }


def test_acting_posts_its_pronoun_and_named_members_of_a_group(extractor: Extractor) -> None:
    text = (
        "区七届人大常委会召开第十一次会议\n决定张一副区长代理某区政府区长职务 审议通过补选人大代表等事项\n"
        "本报讯 昨天上午,区七届人大常委会召开第十一次会议,决定接受李二辞去某区人民政府区长职务的请求,"
        "决定张一副区长代理某区人民政府区长职务。\n"
        "会议以无记名投票方式,任命王三、赵四、钱五等18人为某区人民法院审判员。孙六为被任命人员颁发任命书。\n"
        "决定任命周七为某市人民政府副市长,并决定其为代理市长。\n"
    )
    assert prose(extractor, text) == {
        ("李二", "remove", "某区人民政府区长"),
        ("张一", "appoint", "代理某区人民政府区长"),  # the headline's wording (某区政府) is not used
        ("王三", "appoint", "某区人民法院审判员"),
        ("赵四", "appoint", "某区人民法院审判员"),
        ("钱五", "appoint", "某区人民法院审判员"),
        ("周七", "appoint", "某市人民政府副市长"),
        ("周七", "appoint", "代理市长"),
    }


def test_removals_in_bulk_offered_resignations_and_ended_posts(extractor: Extractor) -> None:
    text = (
        "2月2日下午,省人大常委会会议表决通过了多项人事任免案。经大会表决通过,决定免去张一、李二的省人民政府"
        "副省长职务(均系职务变动)。\n"
        "因年龄原因,王三提出辞去省人大常委会委员、内务司法委员会主任委员职务,赵四、钱五分别提出辞去省人大常委会"
        "委员职务。因退出现役,孙六提出辞去省人大代表职务,孙六的省人大常委会委员职务相应终止。\n"
        "经大会表决通过,免职2人,分别免去周七的省人大财政经济委员会副主任委员、省人大常委会财政经济工作委员会副主任"
        "职务;吴八的省人大常委会内务司法工作委员会主任职务;郑"
    )
    assert prose(extractor, text) == {
        ("张一", "remove", "省人民政府副省长"),
        ("李二", "remove", "省人民政府副省长"),
        ("王三", "remove", "省人大常委会委员、内务司法委员会主任委员"),
        ("赵四", "remove", "省人大常委会委员"),
        ("钱五", "remove", "省人大常委会委员"),
        ("孙六", "remove", "省人大代表"),
        ("孙六", "remove", "省人大常委会委员"),
        ("周七", "remove", "省人大财政经济委员会副主任委员、省人大常委会财政经济工作委员会副主任"),
        ("吴八", "remove", "省人大常委会内务司法工作委员会主任"),
    }


def test_an_offered_resignation_outside_a_report_of_decisions_is_not_one(extractor: Extractor) -> None:
    assert prose(extractor, "近日,张一提出辞去某县人民政府副县长职务。\n") == set()


def test_approved_appointment_and_its_pronoun_removal(extractor: Extractor) -> None:
    text = (
        "会议决定任命张一为某市交通运输局局长;免去李二的某市交通运输局局长职务。"
        "会议还批准任命王三为某市人民检察院检察长,免去其某县人民检察院检察长职务。\n"
    )
    assert prose(extractor, text) == {
        ("张一", "appoint", "某市交通运输局局长"),
        ("李二", "remove", "某市交通运输局局长"),
        ("王三", "appoint", "某市人民检察院检察长"),
        ("王三", "remove", "某县人民检察院检察长"),
    }


def test_a_news_lead_and_the_decision_it_reports_give_one_acting_appointment(extractor: Extractor) -> None:
    text = (
        "张一任某市代理市长\n"
        "2023年5月31日上午,某市人大常委会第七次会议召开。会议决定接受李二同志辞去某市人民政府市长职务的请求;"
        "决定任命张一同志为某市人民政府代理市长。\n"
        "某市人民代表大会常务委员会\n关于张一同志代理某市人民政府市长\n的决定\n"
        "(2023年5月31日某市第十五届人民代表大会常务委员会第七次会议通过)\n"
        "某市第十五届人民代表大会常务委员会第七次会议决定:张一同志代理某市人民政府市长。\n"
        "某市人民代表大会常务委员会\n2023年5月31日\n"
    )
    recs = appointments_of(extractor, text)
    assert keys(recs) == {("李二", "remove", "某市人民政府市长"), ("张一", "appoint", "某市人民政府代理市长")}
    assert {r["date"] for r in recs} == {"2023-05-31"}  # the date written in the lead paragraph


def test_an_acting_decision_on_its_own_is_recorded(extractor: Extractor) -> None:
    text = (
        "某市人民代表大会常务委员会\n关于张一同志代理某市人民政府市长\n的决定\n"
        "(2023年5月31日某市第十五届人民代表大会常务委员会第七次会议通过)\n"
        "某市第十五届人民代表大会常务委员会第七次会议决定:张一同志代理某市人民政府市长。\n"
    )
    (rec,) = appointments_of(extractor, text)
    assert (rec["person"], rec["action"], rec["post"], rec["date"]) == (
        "张一",
        "appoint",
        "代理某市人民政府市长",
        "2023-05-31",
    )
    assert rec["doc_title"] == "某市人民代表大会常务委员会关于张一同志代理某市人民政府市长的决定"


def test_changes_told_in_a_portfolio_report(extractor: Extractor) -> None:
    text = (
        "近期,某市政府领导班子成员有所变动,原副市长张一因被任命为市委常委、宣传部长,不再担任副市长职务,"
        "日前市人大新任命李二为副市长。\n"
        "事件发生后,分管建设和安全生产的副省长王三被免职,赵四随即接手分管建设。王三被免职之后,这一项由钱五接手。\n"
    )
    assert prose(extractor, text) == {
        ("张一", "appoint", "市委常委、宣传部长"),
        ("张一", "remove", "副市长"),
        ("李二", "appoint", "副市长"),
        ("王三", "remove", "副省长"),
    }


def test_a_news_report_gives_no_date_without_a_year(extractor: Extractor) -> None:
    text = "4月14日,市人大常委会召开第二十八次会议。会议决定任命张一为某市政务服务局局长。\n"
    (rec,) = appointments_of(extractor, text)
    assert rec["date"] is None and rec["doc_number"] is None


def test_elections_careers_proposals_and_ceremonies_are_not_decisions(extractor: Extractor) -> None:
    text = "\n".join(
        [
            "年前召开的省人代会正式选举张一为省长,并增补了李二、王三为副省长。",
            "赵四也在去年6月从某集团董事长的位置上调任某省副省长,钱五出任常务副省长,新当选的孙六分管农业。",
            "会议审议了县人民政府关于提请任命周七为县公安局局长的议案。",
            "经研究,拟任命吴八为县财政局局长,现予公示。",
            "会议为新任命的郑九颁发了任命书,郑九进行了宪法宣誓。",
            "冯十曾被任命为县审计局局长,历任县委办主任、县长。",
            "会议决定由陈一为组长,褚二为副组长。",
            "胡三而已从今年1月起任某省委宣传部部长。",
        ]
    )
    assert prose(extractor, text) == set()


def test_a_list_opened_by_a_decision_heading_in_prose(extractor: Extractor) -> None:
    text = "某县人大常委会第十次会议决定任命:\n张一为某县人民法院副院长;\n李二为某县人民法院审判员。\n"
    assert prose(extractor, text) == {
        ("张一", "appoint", "某县人民法院副院长"),
        ("李二", "appoint", "某县人民法院审判员"),
    }


def test_a_request_before_the_decision_does_not_stop_it_and_resolutions_adopted(extractor: Extractor) -> None:
    text = (
        "5月5日,县人大常委会召开第十二次会议。会议根据县长的提请决定任命张一同志为县水利局局长。\n"
        "会议审议了县人民政府关于提请任命李二为县审计局局长的议案。\n"
        "会议表决通过了关于任命王三为县人民法院副院长的决定。\n"
        "会议经表决,同意赵四辞去县人大常委会委员职务。会议接受钱五同志因工作变动辞去县人民政府副县长职务的请求。\n"
        "经表决,会议决定:孙六同志任县公安局局长。\n"
    )
    assert prose(extractor, text) == {
        ("张一", "appoint", "县水利局局长"),
        ("王三", "appoint", "县人民法院副院长"),
        ("赵四", "remove", "县人大常委会委员"),
        ("钱五", "remove", "县人民政府副县长"),
        ("孙六", "appoint", "县公安局局长"),
    }


def test_a_past_appointment_told_as_a_career_is_not_one(extractor: Extractor) -> None:
    text = "2018年,张一被任命为市发展改革委主任,后调任市委副秘书长。李二同志任市政府副秘书长以来,工作成效明显。\n"
    assert prose(extractor, text) == set()


def test_a_notice_of_another_county_with_chinese_numeral_date(extractor: Extractor) -> None:
    text = (
        "某县人民政府关于张一等同志职务任免的通知\n发布时间:2023-01-05 来源:县政府办公室\n某政任〔2023〕2号\n"
        "各乡镇人民政府,县政府各部门:\n经县人民政府研究,决定:\n张一任县发展和改革局副局长(试用期一年);\n"
        "免去李二的县财政局副局长职务;\n王三不再担任县审计局副局长职务。\n某县人民政府\n二〇二三年一月五日\n"
    )
    recs = appointments_of(extractor, text)
    assert keys(recs) == {
        ("张一", "appoint", "县发展和改革局副局长"),
        ("李二", "remove", "县财政局副局长"),
        ("王三", "remove", "县审计局副局长"),
    }
    assert {r["date"] for r in recs} == {"2023-01-05"} and {r["doc_number"] for r in recs} == {"某政任〔2023〕2号"}


def test_its_acting_post_lawful_appointment_and_recall(extractor: Extractor) -> None:
    text = (
        "会议任命张一为县人民政府副县长,并决定其代理县长职务。会议依法任命李二为县人民法院审判员。\n"
        "会议决定罢免王三的县第十八届人民代表大会代表职务。\n"
    )
    assert prose(extractor, text) == {
        ("张一", "appoint", "县人民政府副县长"),
        ("张一", "appoint", "代理县长"),
        ("李二", "appoint", "县人民法院审判员"),
        ("王三", "remove", "县第十八届人民代表大会代表"),
    }


def test_names_with_a_bracketed_note_and_a_decision_dated_by_its_month(extractor: Extractor) -> None:
    text = "任命:\n张一(女)为县人民法院副院长;\n李二(回族)、王三为县人民法院审判员。\n"
    assert keys(appointments_of(extractor, text)) == {
        ("张一", "appoint", "县人民法院副院长"),
        ("李二", "appoint", "县人民法院审判员"),
        ("王三", "appoint", "县人民法院审判员"),
    }
    (rec,) = appointments_of(extractor, "2023年5月,县人大常委会召开第十一次会议,决定任命赵四为县水利局局长。\n")
    assert rec["date"] == "2023-05"


def test_motions_passed_with_their_lists_and_an_acting_head_decided_as_such(extractor: Extractor) -> None:
    text = (
        "会议以无记名投票方式,表决通过了县人民政府提请的任免案:任命张一为县教育体育局局长,任命李二为县卫生健康局局长;"
        "免去王三的县教育体育局局长职务。\n"
        "会议决定接受孙六辞去县人民政府县长职务的请求,报县人民代表大会备案;决定任命周七为县人民政府副县长,"
        "决定周七为县人民政府代理县长。\n"
        "会后,县人大常委会主任吴八为新任命人员颁发任命书,并主持宪法宣誓仪式。\n"
    )
    assert prose(extractor, text) == {
        ("张一", "appoint", "县教育体育局局长"),
        ("李二", "appoint", "县卫生健康局局长"),
        ("王三", "remove", "县教育体育局局长"),
        ("孙六", "remove", "县人民政府县长"),
        ("周七", "appoint", "县人民政府副县长"),
        ("周七", "appoint", "县人民政府代理县长"),
    }


def test_items_of_several_people_joined_by_a_list_comma(extractor: Extractor) -> None:
    text = (
        "会议决定任命张一为县财政局局长、李二为县审计局局长,免去王三的县财政局局长职务、赵四的县审计局局长职务。"
        "会议任命钱五为县人民政府副县长、代理县长。\n"
    )
    assert prose(extractor, text) == {
        ("张一", "appoint", "县财政局局长"),
        ("李二", "appoint", "县审计局局长"),
        ("王三", "remove", "县财政局局长"),
        ("赵四", "remove", "县审计局局长"),
        ("钱五", "appoint", "县人民政府副县长、代理县长"),
    }


def test_a_resignation_offered_then_accepted_by_pronoun(extractor: Extractor) -> None:
    text = (
        "张一因工作调动向县人大常委会提出辞去县人民政府副县长职务的请求,会议经表决,决定接受其辞职。\n"
        "近日,李二提出辞去县人民政府副县长职务。\n"
    )
    assert prose(extractor, text) == {("张一", "remove", "县人民政府副县长")}


def test_the_precondition_covers_every_pattern_that_opens_or_reads_a_list() -> None:
    from pattern_words import every_match_holds

    for pattern in (appointments._SECTION_TITLE, appointments._STANDALONE_HEADING, appointments._LIST_LEAD,
                    appointments._NUMBERED_ACTION, appointments._NAMED_LIST):
        assert every_match_holds(pattern, appointments._SECTION_WORD), pattern.pattern
    assert every_match_holds(appointments._DECIDE_HEADING, appointments._MAY_GIVE)
    # every branch of the heading of decisions ends the text with a colon: the cheap test before it loses none
    assert all(branch.endswith("[:：]$") for branch in appointments._DECIDE_HEADING.pattern.split("|"))
    assert every_match_holds(appointments._PERSONNEL_WORD, appointments._MAY_GIVE)
    assert every_match_holds(appointments._SECTION_WORD, appointments._MAY_GIVE)
    # the check is no rubber stamp: a heading may open on 任 alone
    assert not every_match_holds(r"(?:任|免)(?:以下)?同志", appointments._SECTION_WORD)


def test_a_list_opened_by_a_word_only_its_title_has_is_read(extractor: Extractor) -> None:
    # 任职 is no word of a decision in prose: only the list's title lets this text through the precondition
    body = "\n\n".join(
        ["某某县人民政府关于张三等同志任职的通知", "张三同志任县财政局局长；", "李四同志任县教育局副局长。"]
    )
    text = notice("关于印发某某方案的通知", "某政办发〔2023〕4 号", body)
    expected = {("张三", "appoint", "县财政局局长"), ("李四", "appoint", "县教育局副局长")}
    assert keys(appointments_of(extractor, text)) == expected
    assert appointments_of(extractor, text.replace("任职的通知", "工作的通知")) == []


def test_a_list_whose_first_line_is_its_title_reads_bare_appointment_columns(extractor: Extractor) -> None:
    # No document header: the short first line ending in 名单 is the title, so the bare 任职/免职 columns count; a
    # headline (``X任Y``) is no such title.
    text = ("某县人大常委会任免人员名单\n（2026年9月25日某县第十八届人民代表大会常务委员会第十五次会议通过）\n"
            "| 序号 | 姓名 | 任职 | 免职 |\n|---|---|---|---|\n| 1 | 熊立峰 | 某县人民政府副县长 | |\n"
            "| 2 | 岑子墨 | 某县水利局局长 | 某县林业局局长 |\n")
    assert keys(appointments_of(extractor, text)) == {
        ("熊立峰", "appoint", "某县人民政府副县长"), ("岑子墨", "appoint", "某县水利局局长"),
        ("岑子墨", "remove", "某县林业局局长")}
    headline = "张三任某市代理市长\n| 姓名 | 任职 | 免职 |\n| 李四 | 某市财政局局长 | |\n"
    assert keys(appointments_of(extractor, headline)) == set()


def test_a_space_aligned_appointment_table_whose_column_names_are_spaced_out(extractor: Extractor) -> None:
    # ``姓  名    任  职`` spaced as the cells are; a row short of a cell places each cell under its column.
    text = notice("某县人民政府关于马青云等同志任免职务的通知", "某政任〔2023〕12号",
                  "序号  姓  名    任  职                          免  职                         备注\n"
                  " 1    马青云    县水利局副局长                   县农牧和科技局副局长\n"
                  " 2    韩玉兰                                     县民政局副局长                 退休\n"
                  " 3    陈  雯    县政务服务中心主任")
    assert keys(appointments_of(extractor, text)) == {
        ("马青云", "appoint", "县水利局副局长"), ("马青云", "remove", "县农牧和科技局副局长"),
        ("韩玉兰", "remove", "县民政局副局长"), ("陈雯", "appoint", "县政务服务中心主任")}


def test_a_repost_whose_lists_are_headed_by_pictographs(extractor: Extractor) -> None:
    # A social-media repost: ``📌 任命`` heads its list, ``X　聘任为Y`` under ``📌 聘任``; the lead's ``决定,任免以下…``
    text = ("人事任免丨某县人民政府最新任免一批干部\n\n"
            "近日，某县人民政府印发通知，经县人民政府常务会议研究决定，任免以下同志职务：\n\n"
            "📌 任命\n张　明　任县数据局副局长（试用期一年）\n刘海洋　任县农业农村局副局长\n\n"
            "📌 聘任\n孙春华　聘任为县人民医院副院长，聘期三年\n\n"
            "📌 免去\n赵卫东　县发展和改革局副局长职务（退休）\n")
    assert keys(appointments_of(extractor, text)) == {
        ("张明", "appoint", "县数据局副局长"), ("刘海洋", "appoint", "县农业农村局副局长"),
        ("孙春华", "appoint", "县人民医院副院长"), ("赵卫东", "remove", "县发展和改革局副局长")}
    # without its heading the list is no list: a line of a name and a post says nothing
    assert ("赵卫东", "remove", "县发展和改革局副局长") not in keys(
        appointments_of(extractor, text.replace("📌 免去\n", "")))


def test_a_table_whose_action_column_cells_say_the_action_beside_a_former_post_column(extractor: Extractor) -> None:
    text = notice("某县卫生健康局关于吴某等同志任免职务的通知", "某卫健发〔2019〕8号",
                  "序号  姓  名   原工作单位及职务              任免职务                          备注\n"
                  "1     高国华   县人民医院外科副主任          任县中医医院副院长                试用期一年\n"
                  "2     龙志刚   青坪镇卫生院院长              免去青坪镇卫生院院长职务          另有任用")
    assert keys(appointments_of(extractor, text)) == {
        ("高国华", "appoint", "县中医医院副院长"), ("龙志刚", "remove", "青坪镇卫生院院长")}


def test_a_unit_column_heads_the_post_of_the_action_column(extractor: Extractor) -> None:
    # ``学校 | 聘任职务``: the post is the school's (``某县第一中学`` + ``校长``)
    text = notice("某县教育体育局关于聘任中小学校长的通知", "某教体发〔2020〕35号",
                  "一、聘任名单\n序号\t姓名\t学校\t聘任职务\t备注\n1\t杨春林\t某县第一中学\t校长\t连任\n"
                  "2\t李娟\t某县第一中学\t副校长\t")
    assert keys(appointments_of(extractor, text)) == {
        ("杨春林", "appoint", "某县第一中学校长"), ("李娟", "appoint", "某县第一中学副校长")}


def test_a_name_the_pdf_cut_after_a_clause_and_a_removal_remarked_as_a_transfer(extractor: Extractor) -> None:
    body = ("经县政府研究决定，任命：\n胡志刚同志为县林业局总工程师；邹\n海平同志为县市场监督管理局副局长；\n"
            "免去：\n梁　平的县人民检察院检察员职务（调离）。")
    text = notice("某县人民政府关于胡志刚等同志任免职务的通知", "某府任字〔2023〕4号", body)
    assert keys(appointments_of(extractor, text)) == {
        ("胡志刚", "appoint", "县林业局总工程师"), ("邹海平", "appoint", "县市场监督管理局副局长"),
        ("梁平", "remove", "县人民检察院检察员")}


def test_a_lists_part_headed_by_its_action_and_post(extractor: Extractor) -> None:
    # ``三、任命人民陪审员`` after ``二、免去``: the names under it are appointed, not removed
    text = ("某县人大常委会任免名单\n（2017年4月27日某县第十八届人民代表大会常务委员会第四次会议通过）\n\n"
            "二、免去\n\n赵明亮的某县人民政府办公室主任职务。\n\n"
            "三、任命人民陪审员\n\n王丽娟、刘  强为某县人民法院人民陪审员。\n")
    assert keys(appointments_of(extractor, text)) == {
        ("赵明亮", "remove", "某县人民政府办公室主任"),
        ("王丽娟", "appoint", "某县人民法院人民陪审员"), ("刘强", "appoint", "某县人民法院人民陪审员")}


def test_a_markdown_table_whose_header_names_an_actions_parts_on_a_second_line(extractor: Extractor) -> None:
    # a Word file converted to Markdown: ``## title``, ``任免职务`` over ``任职 | 免职`` with the rule between them, and
    # a row under a name's with the person's other post
    text = ("# 某县人民政府\n\n## 某县人民政府关于于海波等同志任免职务的通知\n\n某政任〔2015〕11号\n\n"
            "各乡镇人民政府，县政府各委、办、局：\n\n经县政府常务会议研究决定，对下列同志职务作如下任免：\n\n"
            "**一、任免职务**\n\n| 序号 | 姓名 | 任免职务 |  |\n|---|---|---|---|\n|  |  | 任职 | 免职 |\n"
            "| 1 | 于海波 | 县发展和改革局副局长 | 县经济合作促进局副局长 |\n| 2 | 赵国庆 | 县水务局副局长 |  |\n"
            "|  |  | 县水利工程管理站站长 |  |\n")
    assert keys(appointments_of(extractor, text)) == {
        ("于海波", "appoint", "县发展和改革局副局长"), ("于海波", "remove", "县经济合作促进局副局长"),
        ("赵国庆", "appoint", "县水务局副局长"), ("赵国庆", "appoint", "县水利工程管理站站长")}
    assert {r["doc_title"] for r in appointments_of(extractor, text)} == {"某县人民政府关于于海波等同志任免职务的通知"}


def test_removals_and_a_resignation_of_mongolian_names_in_a_meetings_report(extractor: Extractor) -> None:
    text = ("某旗人大常委会举行第二十次会议\n会议审议并表决通过了人事任免事项。会议决定免去陈立新的旗财政局局长职务，"
            "免去图门吉日嘎拉的旗人民法院审判员职务。会议决定接受宝音德力格尔辞去旗人民政府副旗长职务的请求。\n")
    assert keys(appointments_of(extractor, text)) == {
        ("陈立新", "remove", "旗财政局局长"), ("图门吉日嘎拉", "remove", "旗人民法院审判员"),
        ("宝音德力格尔", "remove", "旗人民政府副旗长")}


def test_a_meetings_lists_headed_by_what_the_meeting_decided(extractor: Extractor) -> None:
    # ``会议任命：`` after ``会议免去：``: the names under it are appointed
    text = ("某县人大常委会举行第五次会议\n会议免去：\n岩温的县农业局局长职务（另有任用）。\n会议任命：\n"
            "玉香为县人民法院审判员；\n罗晓峰为县人民检察院检察员。\n")
    assert keys(appointments_of(extractor, text)) == {
        ("岩温", "remove", "县农业局局长"), ("玉香", "appoint", "县人民法院审判员"),
        ("罗晓峰", "appoint", "县人民检察院检察员")}


def test_minutes_whose_meeting_agreed_to_a_list_of_appointments(extractor: Extractor) -> None:
    # ``会议研究同意：`` on its own line opens the meeting's decisions as ``研究决定：`` does; a line of the same
    # minutes that agrees to something else (``会议同意：`` then a task) gives no appointment.
    text = (
        "镇党政联席会议纪要\n一、关于春耕备耕工作\n会议同意：\n由农业服务中心负责春耕物资调度。\n"
        "二、关于人员调整事项\n会议研究同意：\n柯长顺同志任镇党政综合办公室主任；\n免去韦兰芝同志镇财政所所长职务。\n"
    )
    assert keys(appointments_of(extractor, text)) == {
        ("柯长顺", "appoint", "镇党政综合办公室主任"), ("韦兰芝", "remove", "镇财政所所长")}


def test_minutes_that_agree_to_appointments_with_no_other_personnel_word(extractor: Extractor) -> None:
    text = "县政府常务会议纪要\n会议研究同意：\n柯长顺同志任县政府办公室副主任；\n韦兰芝同志任县档案馆馆长。\n"
    assert keys(appointments_of(extractor, text)) == {
        ("柯长顺", "appoint", "县政府办公室副主任"), ("韦兰芝", "appoint", "县档案馆馆长")}


def test_an_appointment_made_when_a_probation_ends_names_the_person_of_the_clause_before(extractor: Extractor) -> None:
    body = "\n\n".join([
        "任命：",
        "庞立新为县城市管理局副局长；",
        "柯长顺试用期满，经考核称职，正式任命为县财政局副局长；",
        "韦兰芝同志试用期满，正式任命为县水利局副局长。",
    ])
    recs = appointments_of(extractor, notice("关于庞立新等同志职务任免的通知", "某政任〔2021〕9号", body))
    assert keys(recs) == {
        ("庞立新", "appoint", "县城市管理局副局长"), ("柯长顺", "appoint", "县财政局副局长"),
        ("韦兰芝", "appoint", "县水利局副局长")}


def test_an_election_under_a_list_of_appointments_is_no_item_of_it(extractor: Extractor) -> None:
    # ``会议补选X为委员`` after ``会议批准任命：``: an election (no appointment), and 会议补选X no long name
    text = ("县人大常委会召开第十次会议\n会议批准任命：\n石晓磊为县人民检察院副检察长。\n"
            "会议补选庞立新为县人民代表大会常务委员会委员。\n")
    assert keys(appointments_of(extractor, text)) == {("石晓磊", "appoint", "县人民检察院副检察长")}


def test_a_tables_short_rows_one_after_another_are_rows_of_their_own(extractor: Extractor) -> None:
    # a row without its 备注 has one tab fewer; the next such row is a row (its cell a name), not the rest of a
    # cell cut by a line break; a sentence and the next table's header after the last row stay out of it
    body = "\n".join([
        "一、任命", "姓名\t任职\t备注", "庞立新\t县财政局副局长\t试用期一年", "韦兰芝\t县审计局副局长",
        "石 晓\t县统计局副局长", "柯长顺\t县应急管理局局长",
        "聘任章明远为县第一中学校长。", "二、免去", "姓名\t免去职务", "柯长顺\t县应急管理局副局长"])
    recs = appointments_of(extractor, notice("关于庞立新等同志职务任免的通知", "某政任〔2020〕8号", body))
    assert keys(recs) == {
        ("庞立新", "appoint", "县财政局副局长"), ("韦兰芝", "appoint", "县审计局副局长"),
        ("石晓", "appoint", "县统计局副局长"), ("柯长顺", "appoint", "县应急管理局局长"),
        ("章明远", "appoint", "县第一中学校长"), ("柯长顺", "remove", "县应急管理局副局长")}


def test_a_subdistricts_posts_name_their_unit_as_a_countys_do(extractor: Extractor) -> None:
    # ``城北街道党工委委员`` names its unit (a 街道), as ``县财政局局长`` does: 不再担任 it is a removal
    body = "\n\n".join(["县委研究决定：", "庞立新同志任城北街道党工委委员、纪工委书记；",
                        "韦兰芝同志不再担任城北街道党工委委员、纪工委书记职务。"])
    recs = appointments_of(extractor, notice("关于庞立新等同志职务任免的通知", "某字〔2018〕45号", body))
    assert keys(recs) == {("庞立新", "appoint", "城北街道党工委委员、纪工委书记"),
                          ("韦兰芝", "remove", "城北街道党工委委员、纪工委书记")}


def test_a_headquarters_standing_office_is_a_post_its_roster_roles_are_not(extractor: Extractor) -> None:
    body = "\n\n".join(["县政府研究决定：", "任命庞立新为县水利局副局长，免去其县防汛抗旱指挥部办公室副主任职务；",
                        "韦兰芝为县防汛抗旱指挥部副指挥长。"])
    recs = appointments_of(extractor, notice("关于庞立新等同志职务任免的通知", "某政任〔2016〕5号", body))
    assert keys(recs) == {("庞立新", "appoint", "县水利局副局长"), ("庞立新", "remove", "县防汛抗旱指挥部办公室副主任")}


def test_counsellors_engaged_and_a_standing_office_among_posts_removed(extractor: Extractor) -> None:
    body = "\n\n".join(["经研究，决定：", "聘任庞立新、韦兰芝为市人民政府参事，聘期五年；",
                        "免去石晓磊的县水务局副局长、县防汛抗旱指挥部办公室副主任职务。"])
    recs = appointments_of(extractor, notice("关于聘任庞立新等同志为市人民政府参事的通知", "某政任〔2018〕6号", body))
    assert keys(recs) == {("庞立新", "appoint", "市人民政府参事"), ("韦兰芝", "appoint", "市人民政府参事"),
                          ("石晓磊", "remove", "县水务局副局长、县防汛抗旱指挥部办公室副主任")}


def test_removals_told_with_一职_and_appointments_told_with_任(extractor: Extractor) -> None:
    text = ("8月14日,县人大常委会召开第三十一次会议。会议还一致通过了新的人事任免决议,免除王一同志常务副县长一职,"
            "免除李二同志副县长一职,任命赵三同志为政府副县长。\n"
            "会议根据市长的提请,经审议表决,决定任命钱四任市发展和改革委员会主任、孙五任市民政局局长,"
            "免去周六的市民政局局长职务。")
    assert prose(extractor, text) == {
        ("王一", "remove", "常务副县长"),
        ("李二", "remove", "副县长"),
        ("赵三", "appoint", "政府副县长"),
        ("钱四", "appoint", "市发展和改革委员会主任"),
        ("孙五", "appoint", "市民政局局长"),
        ("周六", "remove", "市民政局局长"),
    }


def test_a_resignation_accepted_in_a_quoted_decisions_title_and_asked_for_with_请求(extractor: Extractor) -> None:
    text = ("会议表决通过了《省人民代表大会常务委员会关于接受王一请求辞去省高级人民法院院长职务的决定》,"
            "表决通过了《关于接受李二辞去省人民检察院副检察长职务的决定》。")
    assert prose(extractor, text) == {("王一", "remove", "省高级人民法院院长"),
                                      ("李二", "remove", "省人民检察院副检察长")}


def test_a_passive_removal_and_removals_listed_with_同志(extractor: Extractor) -> None:
    # ``被免去Y职务``: Y is all post (no ``额济纳`` + ``旗委书记``); its person is the clause's subject, if named there
    text = ("自治区党委决定,王一同志因履职不力,被免去某纳旗委书记职务。赵二同志被免去县水利局局长职务。\n"
            "会议票决同意免去张三同志某市人民政府市长职务、李四同志某市人民政府副市长职务。\n")
    assert prose(extractor, text) == {("赵二", "remove", "县水利局局长"), ("张三", "remove", "某市人民政府市长"),
                                      ("李四", "remove", "某市人民政府副市长")}


def test_holders_of_posts_removed_by_a_punishment_but_not_suspended(extractor: Extractor) -> None:
    text = "某县对思蒙镇党委书记王一、镇长李二予以免职;对某镇党委书记赵三、镇长钱四予以停职,专抓森林防灭火工作。\n"
    assert prose(extractor, text) == {("王一", "remove", "思蒙镇党委书记"), ("李二", "remove", "镇长")}


def test_the_one_just_appointed_made_acting_head_too_and_a_word_of_time_is_no_name(extractor: Extractor) -> None:
    text = ("会议接受王一辞去市人民政府市长职务,决定任命李二为市人民政府副市长,并决定为代理市长。\n"
            "原副市长赵三去年9月出任市委常委,之后不再担任副市长。\n")
    assert prose(extractor, text) == {("王一", "remove", "市人民政府市长"),
                                      ("李二", "appoint", "市人民政府副市长"), ("李二", "appoint", "代理市长")}


def test_a_decision_that_one_official_holds_another_post_too(extractor: Extractor) -> None:
    # ``决定，由<post><name>兼任<post>``: an appointment; a roster's slot (``…担任…指挥长``) stays none
    text = "自治区党委决定,由某盟委书记王一兼任某旗委书记。\n会议决定,由副县长李二担任县应急指挥部指挥长。\n"
    assert prose(extractor, text) == {("王一", "appoint", "某旗委书记")}


def test_a_reports_decisions_listed_after_a_colon_give_appointments_and_no_roster(extractor: Extractor) -> None:
    text = ("开发区召开领导干部大会,宣布主要领导任免决定:市委常委王一兼任中共某开发区工作委员会委员、书记;"
            "副市长李二兼任某开发区管委会主任;赵三同志不再担任中共某开发区工作委员会书记职务。会议强调,钱四同志要做好工作。\n")
    assert prose(extractor, text) == {("王一", "appoint", "中共某开发区工作委员会委员、书记"),
                                      ("李二", "appoint", "某开发区管委会主任"),
                                      ("赵三", "remove", "中共某开发区工作委员会书记")}
    assert not [f for f in extractor.facts_from_text(text) if f.type == "membership"]


def test_a_decision_read_out_named_by_the_post_and_the_holder(extractor: Extractor) -> None:
    text = "随后,县卫健委主任李一宣读了某县人民政府任命某县中医院院长高二的决定。高二在就职讲话中表示,将不负重托。\n"
    assert prose(extractor, text) == {("高二", "appoint", "某县中医院院长")}


def test_two_people_joined_by_和_given_the_same_post_and_a_name_with_和_in_it(extractor: Extractor) -> None:
    text = "县人大常委会上周六通过,任命孙一和刘二为县人民政府副县长。\n会议决定任命张和平为县人民政府办公室主任。\n"
    assert prose(extractor, text) == {("孙一", "appoint", "县人民政府副县长"), ("刘二", "appoint", "县人民政府副县长"),
                                      ("张和平", "appoint", "县人民政府办公室主任")}


def test_a_committees_study_over_its_items_decides_them_and_a_nomination_is_left_out(extractor: Extractor) -> None:
    text = ("经区委常委会第8次会议研究：\n张一同志任某街道党工委书记，提名任某街道办事处主任；\n"
            "李二同志任某街道党工委副书记、政法委员；\n")
    assert prose(extractor, text) == {("张一", "appoint", "某街道党工委书记"),
                                      ("李二", "appoint", "某街道党工委副书记、政法委员")}


def test_a_decision_about_bodies_between_the_study_and_its_items_does_not_hide_them(extractor: Extractor) -> None:
    text = ("经区委常委会研究：\n撤销中共某区城东街道工作委员会，建立中共某区城关街道工作委员会。\n"
            "张一同志任城关街道党工委书记；\n王五同志不再担任城东街道党工委书记职务。\n")
    assert prose(extractor, text) == {("张一", "appoint", "城关街道党工委书记"),
                                      ("王五", "remove", "城东街道党工委书记")}
