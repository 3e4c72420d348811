"""Portfolios from division-of-work notices: leaders, relations, split targets, aliases and evidence."""

from __future__ import annotations

from typing import Any

from graph_build.layout import compact
from graph_build.pipeline import Extractor

TITLE = "某某县人民政府关于县政府领导工作分工的通知"


def notice(body: str, title: str = TITLE, number: str = "某政办发〔2023〕12 号") -> str:
    return (
        f"某某县人民政府办公室\n\n{title}\n\n{number}\n\n各乡（镇）人民政府，县直各单位：\n\n"
        f"{body}\n\n某某县人民政府办公室\n\n2023 年 4 月 21 日\n\n（此件公开发布）\n"
    )


def portfolios_of(extractor: Extractor, text: str) -> list[dict[str, Any]]:
    return [f.to_json() for f in extractor.facts_from_text(text) if f.type == "portfolio"]


def triples(records: list[dict[str, Any]]) -> set[tuple[str, str, str]]:
    return {(r["person"], r["relation"], r["target"]) for r in records}


# A real notice (稷政办发〔2021〕22 号), first two leaders, with the gazette's hard wraps and blank lines.
REAL = "\n\n".join(
    """ 稷山县人民政府办公室
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
中心（外出务工人员服务中心）、县社会保险
服务中心、县劳动保障监察综合行政执法队、
县交通运输局、县交通运输事业发展中心（交
通战备中心）、县交通运输综合行政执法队、
县应急管理局、县防震减灾中心、县应急管理
综合行政执法队。
协助县长联系县审计局。
联系县委办公室、县委全面深化改革委员
会办公室（设在县委办公室）、政策研究中心、
县委编办、县直工委、县委机关事务服务中心
（综合场馆服务中心）、县委老干部局、县委
党史研究室（县地方志研究室）、县委组织部
（县公务员局）、县委党校（行政学校、社会
主义学校）、市生态环境局稷山分局、县工会、
税务局、侯禹高速稷山站、闻合高速稷山站、
公路段、火车站、交通运输执法分局、消防救
援大队、人行、农行、建行、工行、农发行、
邮储行、农商行、村镇银行、银保监稷山监管
组、人险公司、财险公司、石油公司、烟草公
司、老促会、供销联合社、盐业公司。
完成县长交办的其他工作。
稷山县人民政府办公室
2021 年 4 月 21 日
（此件公开发布）""".splitlines()
)


def test_real_notice_relations_and_work_targets(extractor: Extractor) -> None:
    found = triples(portfolios_of(extractor, REAL))
    assert {
        ("王润", "主持", "县人民政府全面工作"),
        ("王润", "分管", "审计工作"),  # a lone ``…工作`` is kept whole
        ("南选智", "负责", "县人民政府常务工作"),
    } <= found
    fields = {t for p, r, t in found if p == "南选智" and r == "分管" and not t.startswith(("县", "市"))}
    # ``…等方面工作`` is dropped; ``交通运\n输`` is joined across the wrap
    assert fields == {"政府机关", "财税金融", "人力资源", "交通运输", "生态环保", "应急管理", "供销"}
    assert ("南选智", "协助", "县审计局") in found  # 协助县长联系X: relation 协助, target X
    assert not any("交办" in t or "其他工作" in t for _, _, t in found)


def test_real_notice_count_aliases_and_location_notes(extractor: Extractor) -> None:
    recs = portfolios_of(extractor, REAL)
    assert len(recs) == 60  # 王润 2; 南选智 1 + 7 fields + 14 agencies + 1 (协助) + 35 (联系)
    by_target = {r["target"]: r for r in recs}
    assert by_target["县财政局"]["aliases"] == ["国有资产监督管理局"]
    assert by_target["县政府办综合保障中心"]["aliases"] == ["治超中心", "国动中心", "民兵武器库"]
    assert by_target["县委党校"]["aliases"] == ["行政学校", "社会主义学校"]  # an alias wrapped mid-word
    assert by_target["县委全面深化改革委员会办公室"]["aliases"] == []  # （设在县委办公室） is no alias
    assert "县委全面深化改革委员会办公室（设在县委办公室）" not in by_target
    assert by_target["盐业公司"]["relation"] == "联系"


def test_real_notice_lines_and_evidence_name_the_leader(extractor: Extractor) -> None:
    recs = portfolios_of(extractor, REAL)
    by_target = {r["target"]: r for r in recs}
    assert by_target["县财政局"]["line"] == 31  # the wrapped line where the target starts
    for r in recs:
        assert r["person"] in compact(r["evidence"]), r  # clauses in later paragraphs still name the leader
    assert by_target["县审计局"]["evidence"].startswith("南选智同志：")


def test_leader_introductions_in_other_orders(extractor: Extractor) -> None:
    body = "\n\n".join(
        [
            "现将县政府领导工作分工通知如下：",
            "县长 李 明：主持县人民政府全面工作。",
            "常务副县长王强：负责县政府常务工作。",
            "刘伟（副县长）：负责农业农村、水利方面工作。",
            "赵敏副县长：联系县法院、县检察院。",
            "县委常委、副县长 孙丽：主管县公安局。",
        ]
    )
    assert triples(portfolios_of(extractor, notice(body))) == {
        ("李明", "主持", "县人民政府全面工作"),
        ("王强", "负责", "县政府常务工作"),
        ("刘伟", "负责", "农业农村"),
        ("刘伟", "负责", "水利"),
        ("赵敏", "联系", "县法院"),
        ("赵敏", "联系", "县检察院"),
        ("孙丽", "主管", "县公安局"),
    }


def test_numbered_clauses_unit_lists_and_closing_paragraph(extractor: Extractor) -> None:
    body = "\n\n".join(
        [
            "现将县政府领导工作分工通知如下：",
            "赵敏同志：",
            "1.负责工业、商务等工作。",
            "2.分管县工业和信息化局、县商务局等单位。",
            "3.完成县长交办的其他工作。",
            "县政府其他领导同志分工不变。",
            "负责本单位的日常工作。",  # after the closing paragraph: no leader any more
        ]
    )
    assert triples(portfolios_of(extractor, notice(body))) == {
        ("赵敏", "负责", "工业"),
        ("赵敏", "负责", "商务"),
        ("赵敏", "分管", "县工业和信息化局"),
        ("赵敏", "分管", "县商务局"),
    }


def test_list_the_layout_left_unjoined_continues(extractor: Extractor) -> None:
    lines = ["现将县政府领导工作分工通知如下：", "王 强同志：负责教育、文化、", "旅游等方面工作。"]
    body = "\n\n".join([*lines, "分管县教育局、", "县文化和旅游局。"])
    assert triples(portfolios_of(extractor, notice(body))) == {
        ("王强", "负责", "教育"),
        ("王强", "负责", "文化"),
        ("王强", "负责", "旅游"),
        ("王强", "分管", "县教育局"),
        ("王强", "分管", "县文化和旅游局"),
    }


def test_traditional_characters_and_half_width_punctuation(extractor: Extractor) -> None:
    lead = "現將縣政府領導工作分工通知如下:"
    body = lead + "\n\n陳 偉同志:負責縣政府常務工作,分管縣財政局(國有資產管理局)、縣發展和改革局."
    recs = portfolios_of(extractor, notice(body, title="某某縣人民政府關於縣政府領導工作分工的通知"))
    assert triples(recs) == {
        ("陳偉", "负责", "縣政府常務工作"),  # targets and names as written, relations normalised
        ("陳偉", "分管", "縣財政局"),
        ("陳偉", "分管", "縣發展和改革局"),
    }
    assert {r["target"]: r["aliases"] for r in recs}["縣財政局"] == ["國有資產管理局"]


def test_other_notices_give_no_portfolios(extractor: Extractor) -> None:
    body = "\n\n".join(
        [
            "一、组织领导",
            "王 强同志：负责统筹协调，分管县财政局。",
            "县财政局：负责资金保障。",
        ]
    )
    assert portfolios_of(extractor, notice(body, title="关于印发某某专项行动方案的通知")) == []


def test_bare_names_labels_and_notes_inside_brackets(extractor: Extractor) -> None:
    body = "\n\n".join(
        [
            "现将县政府领导工作分工通知如下：",
            "王润：县委副书记、县长。主持县政府全面工作。",  # a bare name followed by the leader's post
            "李明：",  # a bare name alone: the next paragraph opens with a duty
            "分管部门：",  # a label: the list follows on the next lines
            "县教育局、县卫生健康局等部门和单位。",
            "张华（副县长）：联系县教育局（县教育工作领导小组办公室设在县教育局）、县中等职业学校。",
        ]
    )
    recs = portfolios_of(extractor, notice(body))
    assert triples(recs) == {
        ("王润", "主持", "县政府全面工作"),
        ("李明", "分管", "县教育局"),
        ("李明", "分管", "县卫生健康局"),
        ("张华", "联系", "县教育局"),
        ("张华", "联系", "县中等职业学校"),  # ``等`` inside a name is not a list's ``等``
    }
    assert all(r["aliases"] == [] for r in recs)
    assert all(r["person"] in compact(r["evidence"]) for r in recs)


def test_a_heading_that_is_not_a_leader_ends_nothing_false(extractor: Extractor) -> None:
    body = "\n\n".join(["现将县政府领导工作分工通知如下：", "主要职责：负责全县教育工作。", "分管县教育局。"])
    assert portfolios_of(extractor, notice(body)) == []
