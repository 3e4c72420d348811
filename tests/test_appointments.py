"""Appointments from personnel notices: headed lists, inline decisions, notes, and what must not count."""

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
        ("周八", "remove", "县林业局局长"),
        ("周八", "remove", "县自然资源局副局长"),
        ("李四", "remove", "县审计局党组书记、局长"),  # ``局长`` alone is not a full post: kept whole
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
