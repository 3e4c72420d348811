"""Portfolios from division-of-work notices: leaders, relations, split targets, aliases and evidence."""

from __future__ import annotations

from typing import Any

import pytest

from graph_build.build import rows_for
from graph_build.extractors.portfolios import _table_columns, vocab
from graph_build.layout import compact
from graph_build.pipeline import Extractor
from graph_build.records import Portfolio

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
        ("王润", "分管", "审计"),  # a field loses its ``工作``; a scope object keeps it
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
            "成立专项行动领导小组，组长：王强（副县长），负责统筹协调。",
            "专班组长由项目分管副县长担任，日常负责人由责任单位一把手担任。",
            "县财政局：负责资金保障。",
            "县长王强主持召开县政府常务会议。",
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


# -- texts without a 文号, one layout family each (names and places invented) ----------------------


def people_of(extractor: Extractor, text: str) -> set[tuple[str | None, str, str]]:
    return triples(portfolios_of(extractor, text))


def test_name_on_its_own_line_then_post_and_clause(extractor: Extractor) -> None:
    text = (
        "具体分工如下:\n张海平\n省长,主持省政府全面工作。负责审计、外事方面工作。\n"
        "李春明\n副省长兼任省公安厅厅长,负责公安、司法方面工作。\n"
    )
    assert people_of(extractor, text) == {
        ("张海平", "主持", "省政府全面工作"),
        ("张海平", "负责", "审计"),
        ("张海平", "负责", "外事"),
        ("李春明", "负责", "公安"),  # the concurrent post 厅长 is no portfolio
        ("李春明", "负责", "司法"),
    }


def test_name_then_post_then_clause(extractor: Extractor) -> None:
    text = "\n".join(
        [
            "王立新省长,主持省政府全面工作,分管审计工作。",
            "赵德明省政府党组副书记,兼任省公安厅厅长。",  # a concurrent post only: nothing
            "钱伟省政府党组成员,省扶贫开发领导小组副组长,分管扶贫工作。",
        ]
    )
    assert people_of(extractor, text) == {
        ("王立新", "主持", "省政府全面工作"),
        ("王立新", "分管", "审计"),
        ("钱伟", "分管", "扶贫"),
    }


def test_run_in_post_and_name_with_compounds_and_brackets(extractor: Extractor) -> None:
    text = "\n".join(
        [
            "代省长孙立国领导省政府全面工作。分管省财政厅、省审计厅。",
            "副省长周文负责住房和城乡建设、外事侨务(港澳事务)、工业和信息化、通信和台湾事务方面工作。",
            "秘书长吴刚负责省政府日常工作,负责省政府办公厅(省政府研究室)工作,协助管理法制、政务公开方面工作。",
        ]
    )
    recs = portfolios_of(extractor, text)
    assert triples(recs) == {
        ("孙立国", "主持", "省政府全面工作"),  # 领导…全面工作 is 主持
        ("孙立国", "分管", "省财政厅"),
        ("孙立国", "分管", "省审计厅"),
        ("周文", "负责", "住房和城乡建设"),  # compounds inside a list stay whole
        ("周文", "负责", "外事侨务"),  # a bracket after a field is dropped
        ("周文", "负责", "工业和信息化"),
        ("周文", "负责", "通信"),  # a list-final A和B is two fields
        ("周文", "负责", "台湾事务"),
        ("吴刚", "负责", "省政府日常工作"),
        ("吴刚", "负责", "省政府办公厅"),
        ("吴刚", "协助", "法制"),
        ("吴刚", "协助", "政务公开"),
    }
    assert {r["target"]: r["aliases"] for r in recs}["省政府办公厅"] == ["省政府研究室"]
    assert {r["target"]: r["aliases"] for r in recs}["外事侨务"] == []


def test_added_portfolios_and_transferred_ones(extractor: Extractor) -> None:
    text = "\n\n".join(
        [
            "经省政府研究决定,将刘强同志代管的以下工作临时调整为省政府其他领导同志分管和联系,具体如下:",
            "副省长陈明同志,增加分管省教育厅、省文物局。联系省社科院。",
            "副省长郑华同志,增加分管妇女儿童工作。",
        ]
    )
    assert people_of(extractor, text) == {
        ("陈明", "分管", "省教育厅"),
        ("陈明", "分管", "省文物局"),
        ("陈明", "联系", "省社科院"),
        ("郑华", "分管", "妇女儿童"),
    }


def test_post_name_colon_with_semicolons_and_assisting(extractor: Extractor) -> None:
    text = "\n".join(
        [
            "市长黄建:主持市政府全面工作。",
            "常务副市长林涛:协助市长日常工作;分管发展和改革、财政、统计工作。联系工会工作。",
            "副市长何平:在中共中央党校学习。",
        ]
    )
    assert people_of(extractor, text) == {
        ("黄建", "主持", "市政府全面工作"),
        ("林涛", "协助", "日常工作"),
        ("林涛", "分管", "发展和改革"),
        ("林涛", "分管", "财政"),
        ("林涛", "分管", "统计"),
        ("林涛", "联系", "工会"),
    }


def test_news_prose_subjects_and_former_portfolios(extractor: Extractor) -> None:
    text = "\n".join(
        [
            "省政府领导分工近日明确。通知显示,省长罗斌主持省政府全面工作,分管省政府办公厅和编制、财政工作。",
            "在本轮调整中,马丽原来负责的部分工作由唐军接手。通知显示,唐军负责省政府常务工作,分管税务、统计方面工作。"
            "协助分管财政、审计方面工作。",
            "由市委书记升任副省长的许峰,接手了原副省长的部分工作,则分管民政、水利;",
            "许峰刚到本省时分管商务、旅游等方面的工作。分管建设和安全生产的副省长谢东被免职。",
            "而新增补的两位副省长分管了原副省长的工作——韩雪分管农业,邓林分管公安、卫生等。",
        ]
    )
    assert people_of(extractor, text) == {
        ("罗斌", "主持", "省政府全面工作"),
        ("罗斌", "分管", "省政府办公厅"),  # an agency joined to a field by 和 is two targets
        ("罗斌", "分管", "编制"),
        ("罗斌", "分管", "财政"),
        ("唐军", "负责", "省政府常务工作"),
        ("唐军", "分管", "税务"),
        ("唐军", "分管", "统计"),
        ("唐军", "协助", "财政"),
        ("唐军", "协助", "审计"),
        ("许峰", "分管", "民政"),
        ("许峰", "分管", "水利"),
        ("韩雪", "分管", "农业"),
        ("邓林", "分管", "公安"),
        ("邓林", "分管", "卫生"),
    }


def test_task_division_wording(extractor: Extractor) -> None:
    text = "\n".join(
        [
            "常务副省长曹阳:负责省人民政府常务工作,主要负责抓好发展改革、市场监管和食品安全等方面工作的落实。"
            "具体包括31个方面,134项具体任务。",
            "秘书长潘宇:负责协助省长和常务副省长处理省人民政府日常工作,主持省政府办公厅工作,"
            "主要负责抓好政府法制、档案和机关事务管理等方面工作的落实。",
        ]
    )
    assert people_of(extractor, text) == {
        ("曹阳", "负责", "省人民政府常务工作"),
        ("曹阳", "负责", "发展改革"),
        ("曹阳", "负责", "市场监管"),
        ("曹阳", "负责", "食品安全"),
        ("潘宇", "协助", "省人民政府日常工作"),
        ("潘宇", "主持", "省政府办公厅"),
        ("潘宇", "负责", "政府法制"),
        ("潘宇", "负责", "档案"),
        ("潘宇", "负责", "机关事务管理"),
    }


def test_single_leader_page_without_a_name(extractor: Extractor) -> None:
    text = "\n".join(
        [
            "协助县长处理县政府日常事务工作。负责发展与改革(重点工程、项目前期)、统计等方面工作;",
            "分管县发展和改革局(重点办、前期办)、县统计局;",
            "联系县法院、团县委。",
            "公网安备 33000002000001号",
        ]
    )
    recs = portfolios_of(extractor, text)
    assert triples(recs) == {
        (None, "协助", "县政府日常事务工作"),
        (None, "负责", "发展与改革"),
        (None, "负责", "统计"),
        (None, "分管", "县发展和改革局"),
        (None, "分管", "县统计局"),
        (None, "联系", "县法院"),
        (None, "联系", "团县委"),
    }
    assert {r["target"]: r["aliases"] for r in recs}["县发展和改革局"] == ["重点办", "前期办"]


def test_single_leader_page_labelled_lists_traditional_and_glossed(extractor: Extractor) -> None:
    labelled = (
        "负责市政府常务工作,分管发展改革、统计等方面工作。\n分管部门:统计局、档案局。\n协助分管部门:财政局、审计局。"
    )
    assert people_of(extractor, labelled) == {
        (None, "负责", "市政府常务工作"),
        (None, "分管", "发展改革"),
        (None, "分管", "统计"),
        (None, "分管", "统计局"),
        (None, "分管", "档案局"),
        (None, "协助", "财政局"),
        (None, "协助", "审计局"),
    }
    glossed = (
        "工作分工:協(xié)助縣長(zhǎng)負(fù)責(zé)科技、衛(wèi)生工作。"
        "分管縣科技局、教育局等單位。聯(lián)系縣文聯(lián)。"
    )
    assert people_of(extractor, glossed) == {
        (None, "协助", "科技"),
        (None, "协助", "衛生"),  # targets as written, without the glosses
        (None, "分管", "縣科技局"),
        (None, "分管", "教育局"),
        (None, "联系", "縣文聯"),
    }


def test_a_page_that_names_its_leader(extractor: Extractor) -> None:
    text = "姓名:高远\n职务:副县长\n工作分工:负责教育、卫生工作。分管县教育局。\n"
    assert people_of(extractor, text) == {
        ("高远", "负责", "教育"),
        ("高远", "负责", "卫生"),
        ("高远", "分管", "县教育局"),
    }


def test_contact_frame_and_nouns_that_look_like_verbs(extractor: Extractor) -> None:
    text = "\n".join(
        [
            "副县长方正:负责与县人武部、县消防大队联系。",
            "联系人:方正  联系电话:12345678",
            "分管领导:方正",
        ]
    )
    assert people_of(extractor, text) == {("方正", "联系", "县人武部"), ("方正", "联系", "县消防大队")}


def test_unnamed_duties_that_are_not_a_leaders_page(extractor: Extractor) -> None:
    duties = "\n".join(
        [
            "主要职责:",
            "负责全县教育事业发展规划。",
            "负责与有关部门联系协调。",
            "联系人:李四",
            "主管单位:某某县人民政府",
        ]
    )
    assert portfolios_of(extractor, duties) == []


def test_meetings_elections_and_rosters_give_no_portfolios(extractor: Extractor) -> None:
    text = "\n".join(
        [
            "县人大常委会主任杨森主持会议。",
            "会议由县长杨森主持并监誓。",
            "会议选举王君为县长,增补了刘佳为副县长。",
            "组长:杨森(县长),负责全面工作。",
            "何军负责迎接督察工作相关事宜。",  # a name with no post, in a text that is not a 分工
        ]
    )
    assert portfolios_of(extractor, text) == []


def test_heads_with_two_posts_notes_and_a_lead_in_colon(extractor: Extractor) -> None:
    text = "\n".join(
        [
            "其他副县长的分工是: 副县长钟华:负责工业工作,分管县工信局。",
            "县委常委、副县长(挂职)蒋明分管教育工作,协助蒋涛分管文化工作;联系县科协等部门。",
            "副县长、公安局长韦军分管公安、司法等工作。",
            "“常务副县长丁一同志,协助县长工作,具体负责管理县政府办公室、县财政局。”主任念道。",
        ]
    )
    assert people_of(extractor, text) == {
        ("钟华", "负责", "工业"),
        ("钟华", "分管", "县工信局"),
        ("蒋明", "分管", "教育"),
        ("蒋明", "协助", "文化"),  # 协助<name>分管X is 协助
        ("蒋明", "联系", "县科协"),
        ("韦军", "分管", "公安"),
        ("韦军", "分管", "司法"),
        ("丁一", "负责", "县政府办公室"),
        ("丁一", "负责", "县财政局"),
    }


def test_scattered_duties_in_a_plan_are_no_leaders_page(extractor: Extractor) -> None:
    plan = "\n".join(
        [
            "一、应急组织体系",
            "县辐射事故应急指挥部总指挥由分管生态环境副县长担任。",
            "综合协调组:由县应急局牵头,负责综合协调应急处置工作。",
            "专家组负责为应急处置提供技术支持,分管副县长担任组长。",
            "二、应急响应",
            "事故发生后,各成员单位要立即启动预案,协助县委、县政府做好善后处置。",
            "县卫健局负责受照人员医疗救护工作。",
        ]
    )
    assert portfolios_of(extractor, plan) == []


def test_unnamed_portfolios_load_as_mentions_without_an_overseer(extractor: Extractor) -> None:
    page = "协助县长负责科技、教育工作。\n分管县科技局、县教育局。\n联系县科协。\n"
    facts = [f.to_json() for f in extractor.facts_from_text(page, name="page.txt")]
    assert {f["person"] for f in facts if f["type"] == "portfolio"} == {None}
    rows = rows_for(facts)
    labels = {label for r in rows for label in r.nodes}
    rel_types = {rel for r in rows for (rel, _, _) in r.rels}
    assert "Person" not in labels and "OVERSEES" not in rel_types
    assert "Agency" in labels  # the agencies are still in the graph, mentioned by the page


def test_bullets_and_a_post_on_a_line_of_its_own(extractor: Extractor) -> None:
    text = "● 严明\n市长\n负责市政府全面工作。\n◆ 副市长 孔亮\n分管市教育局、市卫生健康委。\n"
    assert people_of(extractor, text) == {
        ("严明", "负责", "市政府全面工作"),
        ("孔亮", "分管", "市教育局"),
        ("孔亮", "分管", "市卫生健康委"),
    }


def test_news_analysis_pronouns_categories_and_former_holders(extractor: Extractor) -> None:
    text = "\n".join(
        [
            "市政府近日发出关于市人民政府领导成员工作分工的通知。记者发现,宋平作为常务副市长,负责市政府常务工作;"
            "市长外出时,主持市政府工作。",
            "贺林副市长则负责农村、农业、水利、海洋等农业口;同时,他还分管高新区。",
            "他看过前任常务副市长的分工,当时,前任常务副市长负责市政府常务工作,分管机关工作、财税。",
        ]
    )
    assert people_of(extractor, text) == {
        ("宋平", "负责", "市政府常务工作"),
        ("贺林", "负责", "农村"),
        ("贺林", "负责", "农业"),
        ("贺林", "负责", "水利"),
        ("贺林", "负责", "海洋"),  # ``等农业口`` names the category of the list
        ("贺林", "分管", "高新区"),  # ``他`` is the leader just named
    }


def test_news_analysis_topic_first_lists_and_lists_that_go_on(extractor: Extractor) -> None:
    text = "\n".join(
        [
            "市政府近日发出关于市人民政府领导成员工作分工的通知,各位副市长的分工明确。",
            "发展改革、财税金融等宏观经济管理,轨道、机场等大交通建设,以及老厂房改造提升等专项工作,均由宋平副市长负责。",
            "贺林副市长则负责农村、水利等农业口,以及水库建设、移民专项工作,有利于统筹发展;同时,他还分管高新区,"
            "以及安全生产,此外还有信访、审计等。",
            "韩冬副市长除了负责工业经济、人力资源和社会保障等,还分管民政、双拥等,体现更好地服务民生。",
            "教育、文化、卫生等归口由吴丹副市长负责,将有利于统筹推进社会事业发展,她还负责医药卫生体制改革。",
            "城乡规划、建设管理等工作,统一归口由周杰副市长负责,将有利于完善城市功能。",
            "公安、司法、法制等业务关联性较强,统一由郑强副市长负责。",
        ]
    )
    assert people_of(extractor, text) == {
        ("宋平", "负责", "发展改革"),  # the lists of the clauses before ``均由…负责`` are gathered under the leader
        ("宋平", "负责", "财税金融"),
        ("宋平", "负责", "轨道"),
        ("宋平", "负责", "机场"),
        ("宋平", "负责", "老厂房改造提升"),
        ("贺林", "负责", "农村"),
        ("贺林", "负责", "水利"),
        ("贺林", "负责", "水库建设"),  # ``以及`` goes on with the list the clause before closed (``等农业口``)
        ("贺林", "负责", "移民"),
        ("贺林", "分管", "高新区"),
        ("贺林", "分管", "安全生产"),
        ("贺林", "分管", "信访"),
        ("贺林", "分管", "审计"),
        ("韩冬", "负责", "工业经济"),  # ``除了负责…,还分管…``
        ("韩冬", "负责", "人力资源和社会保障"),
        ("韩冬", "分管", "民政"),
        ("韩冬", "分管", "双拥"),
        ("吴丹", "负责", "教育"),  # ``…等归口由X负责`` in one clause
        ("吴丹", "负责", "文化"),
        ("吴丹", "负责", "卫生"),
        ("吴丹", "负责", "医药卫生体制改革"),  # ``她`` is the leader the clause before named
        ("周杰", "负责", "城乡规划"),
        ("周杰", "负责", "建设管理"),
        # (``法制等业务关联性较强`` is no list that ends with its last item: nothing of 郑强's is read)
    }


def test_people_s_organisations_named_short_and_a_list_s_kind_then_one_more(extractor: Extractor) -> None:
    text = "副市长宋平:负责民政、宗教工作。联系市总工会,团市委,市妇联,市残联等群众团体和部队。"
    assert people_of(extractor, text) == {
        ("宋平", "负责", "民政"),
        ("宋平", "负责", "宗教"),
        ("宋平", "联系", "市总工会"),
        ("宋平", "联系", "团市委"),
        ("宋平", "联系", "市妇联"),  # (妇联, 残联: a 联合会 named short, an agency that goes on the list)
        ("宋平", "联系", "市残联"),  # ``等群众团体`` names the kind of the list; ``和部队`` adds one more
        ("宋平", "联系", "部队"),
    }


def test_a_list_that_goes_on_after_a_comma(extractor: Extractor) -> None:
    text = "\n".join(
        [
            "协助区长负责区政府日常工作。负责经济运行、统计,社会管理、信访稳定等工作。",
            "分管:区政府办公室、财政局,公安分局、司法局等单位;协助区长分管审计工作。",
            "联系:区人大,区委深改办(督查局),金融、保险等企业。",
        ]
    )
    assert people_of(extractor, text) == {
        (None, "协助", "区政府日常工作"),
        (None, "负责", "经济运行"),
        (None, "负责", "统计"),
        (None, "负责", "社会管理"),
        (None, "负责", "信访稳定"),
        (None, "分管", "区政府办公室"),
        (None, "分管", "财政局"),
        (None, "分管", "公安分局"),
        (None, "分管", "司法局"),
        (None, "协助", "审计"),
        (None, "联系", "区人大"),
        (None, "联系", "区委深改办"),
        (None, "联系", "金融"),
        (None, "联系", "保险"),
    }


def test_a_page_that_assists_without_分管(extractor: Extractor) -> None:
    text = "協助區長抓財政、人事工作。負責區政府常務工作、稅務、勞動和社會保障工作、質量技術監督工作。\n公網安備 1號\n"
    assert people_of(extractor, text) == {
        (None, "协助", "財政"),
        (None, "协助", "人事"),
        (None, "负责", "區政府常務工作"),
        (None, "负责", "稅務"),
        (None, "负责", "勞動和社會保障"),  # 工作 after each item goes too
        (None, "负责", "質量技術監督"),
    }


def test_articles_about_offices_in_general_give_no_portfolios(extractor: Extractor) -> None:
    text = "\n".join(
        [
            "1. 主要领导分工",
            "- 区委副书记:协助区委书记处理区委日常工作,负责党建工作、宣传思想工作等。",
            "- 副区长:协助区长处理政府日常工作,负责分管领域的工作。",
            "区政府区长主要负责全面主持区政府工作,分管审计、财政等方面。",
            "其他副区长分别负责教育、卫生、环保、交通、农业等领域的具体工作。",
            "第九条 副市长按分工负责处理分管工作;受市长委托,负责其他方面的工作或专项任务。",
        ]
    )
    assert portfolios_of(extractor, text) == []


def test_numbered_heads_with_notes_and_a_one_line_table_row(extractor: Extractor) -> None:
    text = "\n".join(
        [
            "一、县长柯明",
            "主持县政府全面工作,负责审计工作。",
            "二、副县长文强(挂职)",
            "负责招商引资工作。分管县投资促进中心。",
            "万华 县委常委、常务副县长 负责县政府常务工作,分管县财政局。",
        ]
    )
    assert people_of(extractor, text) == {
        ("柯明", "主持", "县政府全面工作"),
        ("柯明", "负责", "审计"),
        ("文强", "负责", "招商引资"),
        ("文强", "分管", "县投资促进中心"),
        ("万华", "负责", "县政府常务工作"),
        ("万华", "分管", "县财政局"),
    }


def test_a_table_set_out_the_other_way_round_a_field_a_line(extractor: Extractor) -> None:
    # A leaders' page whose table has a record per leader, a field per row (``姓　　名	李明``): the field's name
    # is the column's, a value wrapped onto a line of its own (after one tab) goes on with the field above
    body = ("姓　　名\t林志坚\n职　　务\t区委副书记、区长\n工作分工\t主持区政府全面工作。负责审计工作。\n"
            "分管部门\t区审计局\n联系单位\t——\n\n"
            "姓　　名\t陈雅琴\n职　　务\t副区长\n工作分工\t负责财政、金融方面工作。\n"
            "分管部门\t区政府办公室、区财政局、\n\t区统计局\n联系单位\t人民银行某支行\n")
    got = triples(portfolios_of(extractor, "某区人民政府领导工作分工\n\n" + body))
    assert got == {("林志坚", "主持", "区政府全面工作"), ("林志坚", "负责", "审计"), ("林志坚", "分管", "区审计局"),
                   ("陈雅琴", "负责", "财政"), ("陈雅琴", "负责", "金融"), ("陈雅琴", "分管", "区政府办公室"),
                   ("陈雅琴", "分管", "区财政局"), ("陈雅琴", "分管", "区统计局"), ("陈雅琴", "联系", "人民银行某支行")}


def test_leaders_headed_by_a_congress_or_commission_title_and_a_name_spaced_out(extractor: Extractor) -> None:
    # ``副主任  马 秀 芬`` (a 人大常委会主任会议's), ``党委委员、副主任 向 红`` (a 委's): the heading names the leader
    # when the next line opens with a relation; no roster is read from it (no body is one a leader is in charge of)
    text = ("某县人大常委会主任会议成员工作分工\n\n副主任  马 秀 芬\n"
            "负责法制工作。分管县人大常委会法制工作委员会、监察和司法工作委员会。\n\n"
            "副主任  郭 卫 东\n负责财政经济工作。\n\n二、党委委员、副主任 向 红\n分管基层卫生健康科。\n")
    facts = extractor.facts_from_text(text)
    assert triples([f.to_json() for f in facts if f.type == "portfolio"]) == {
        ("马秀芬", "负责", "法制"), ("马秀芬", "分管", "县人大常委会法制工作委员会"),
        ("马秀芬", "分管", "监察和司法工作委员会"), ("郭卫东", "负责", "财政经济"), ("向红", "分管", "基层卫生健康科")}
    assert [f for f in facts if f.type == "membership"] == []
    # in prose, a 主任 is an office's head as often as a leader: no heading there
    prose = "某县人民政府领导工作分工\n\n办公室主任王强\n负责指挥部日常工作。\n"
    assert triples(portfolios_of(extractor, prose)) == set()


def test_a_table_whose_columns_say_the_relation(extractor: Extractor) -> None:
    # A web page's table of short cells, one row a line: each row's cells are read by column, not run together
    # (``财政方面工作县发改局``); a cell that says its own relation keeps it.
    table = (
        "县政府领导工作分工\n姓名 职务 分管工作 分管部门 联系单位\n"
        "柯明 县长 主持县政府全面工作 县审计局 县人武部\n"
        "万华 常务副县长 负责发展改革、财政方面工作 县发改局、县财政局 县税务局\n"
    )
    assert people_of(extractor, table) == {
        ("柯明", "主持", "县政府全面工作"), ("柯明", "分管", "县审计局"), ("柯明", "联系", "县人武部"),
        ("万华", "负责", "发展改革"), ("万华", "负责", "财政"),
        ("万华", "分管", "县发改局"), ("万华", "分管", "县财政局"), ("万华", "联系", "县税务局"),
    }
    piped = "".join(" | ".join(line.split(" ")) + " |\n" for line in table.splitlines()[1:])
    assert people_of(extractor, piped) == people_of(extractor, table)
    (fact,) = [r for r in portfolios_of(extractor, table) if r["target"] == "县税务局"]
    assert fact["evidence"] == "万华 常务副县长 负责发展改革、财政方面工作 县发改局、县财政局 县税务局"


def test_a_table_with_a_number_column(extractor: Extractor) -> None:
    text = ("县政府领导工作分工\n序号 姓名 职务 分管工作 联系单位\n1 柯明 常务副县长 发展改革、财政 县税务局\n"
            "2 文强 副县长 教育、卫生健康 县红十字会\n")
    assert people_of(extractor, text) == {
        ("柯明", "分管", "发展改革"), ("柯明", "分管", "财政"), ("柯明", "联系", "县税务局"),
        ("文强", "分管", "教育"), ("文强", "分管", "卫生健康"), ("文强", "联系", "县红十字会")}


def test_a_leaders_page_whose_name_shares_its_line_or_stands_above_its_post(extractor: Extractor) -> None:
    duties = "分工：负责工业经济工作。分管县商务局。\n"
    want = {("柏文涛", "负责", "工业经济"), ("柏文涛", "分管", "县商务局")}
    assert people_of(extractor, "姓名：柏文涛　　职务：县委常委、副县长\n" + duties) == want
    assert people_of(extractor, "柏文涛\n职务：副县长\n" + duties) == want
    dotted = {("艾尔肯·吐尔逊", relation, target) for _, relation, target in want}  # (a name of seven letters)
    assert people_of(extractor, "姓名：艾尔肯·吐尔逊\n职务：县委常委、副县长\n" + duties) == dotted


def test_a_tab_separated_table_with_an_empty_last_cell_and_names_that_end_in_a_conjunctions_character(
    extractor: Extractor,
) -> None:
    # A name alone in its cell may end in 和 (温景和) or hold 向 (尹向东); a row copied from a web page lost its
    # empty last cell with the line's trailing tab.
    text = ("姓名\t职务\t分管单位\t联系单位\n温景和\t县长\t县审计局\t县人武部\n"
            "尹向东\t县政府党组成员\t县行政审批服务局\t\n")
    assert people_of(extractor, text) == {
        ("温景和", "分管", "县审计局"), ("温景和", "联系", "县人武部"), ("尹向东", "分管", "县行政审批服务局")}
    assert people_of(extractor, "温景和\n市长，主持市政府全面工作，负责审计工作。\n") == {
        ("温景和", "主持", "市政府全面工作"), ("温景和", "负责", "审计")}


def test_a_resume_neither_names_a_leader_nor_ends_the_pages(extractor: Extractor) -> None:
    # ``任岚泽县…`` is the verb 任 and a county, not a leader 任岚泽; ``工作分工：`` after the résumé gives the page's
    # leader back.
    text = ("冯启航\n职务：县政府副县长\n冯启航，男，汉族，1981年4月生。\n"
            "2016.09—2021.08 任县发展和改革局局长；\n2021.08— 任岚泽县人民政府副县长。\n"
            "工作分工：\n负责财政、金融方面工作。\n分管：县财政局。\n")
    assert people_of(extractor, text) == {
        ("冯启航", "负责", "财政"), ("冯启航", "负责", "金融"), ("冯启航", "分管", "县财政局")}


def test_a_name_then_its_post_then_the_duties(extractor: Extractor) -> None:
    # News: ``王毅翔，县委常委、副县长，负责…``; the post is no name (it gave the leader ``县人民``).
    assert people_of(extractor, "王毅翔，县人民政府副县长，负责财政方面工作，分管县财政局。") == {
        ("王毅翔", "负责", "财政"), ("王毅翔", "分管", "县财政局")}
    assert people_of(extractor, "任建国，县委常委、副县长，负责财政方面工作。") == {("任建国", "负责", "财政")}


def test_long_names_of_the_autonomous_regions_after_a_title_or_before_comrade(extractor: Extractor) -> None:
    text = ("旗人民政府领导工作分工\n旗委副书记、旗长额尔敦毕力格主持旗政府全面工作，分管旗审计局；"
            "副旗长乌兰托娅负责教育工作。\n一、吉克阿果同志负责农业农村工作。\n副州长买买提·艾力分管州农业农村局。\n")
    assert people_of(extractor, text) == {
        ("额尔敦毕力格", "主持", "旗政府全面工作"), ("额尔敦毕力格", "分管", "旗审计局"), ("乌兰托娅", "负责", "教育"),
        ("吉克阿果", "负责", "农业农村"), ("买买提·艾力", "分管", "州农业农村局")}
    # Not a name: two leaders joined by 和, a meeting.
    assert people_of(extractor, "县政府领导工作分工\n副县长王润和李明负责财政工作。\n") == set()


def test_a_heading_of_two_posts_the_second_no_governments_then_the_name(extractor: Extractor) -> None:
    text = "镇领导班子成员工作分工\n四、副镇长、派出所所长　杨渡\n负责信访维稳工作。分管镇综治中心。联系桃源村。\n"
    assert people_of(extractor, text) == {
        ("杨渡", "负责", "信访维稳"), ("杨渡", "分管", "镇综治中心"), ("杨渡", "联系", "桃源村")}


def test_a_name_ending_in_a_conjunctions_character_before_its_post_and_colon(extractor: Extractor) -> None:
    text = "市政府领导工作分工\n阮清和市长：领导市政府全面工作，负责审计方面工作。\n"
    assert people_of(extractor, text) == {("阮清和", "主持", "市政府全面工作"), ("阮清和", "负责", "审计")}


def test_a_portfolio_handed_over_by_reference_to_the_items_above_gives_no_target(extractor: Extractor) -> None:
    text = "市政府领导工作分工\n副市长甘棠已调任外地工作，上述两项工作调整由副市长兰承嗣分管。\n"
    assert people_of(extractor, text) == set()


def test_a_page_of_leaders_each_on_a_line_with_posts_then_a_biography(extractor: Extractor) -> None:
    text = ("领导之窗\n县长\n庄屿白　县委副书记、县长\n男，1977年11月生，研究生学历，中共党员。\n"
            "主持县政府全面工作。分管县审计局。\n副县长\n牟　澈　副县长\n女，1985年9月生，研究生学历。\n"
            "负责教育工作。分管县教育局。\n")
    assert people_of(extractor, text) == {
        ("庄屿白", "主持", "县政府全面工作"), ("庄屿白", "分管", "县审计局"),
        ("牟澈", "负责", "教育"), ("牟澈", "分管", "县教育局")}


def test_a_single_leaders_page_with_a_resume_before_the_duties(extractor: Extractor) -> None:
    text = ("领导之窗 > 县政府领导\n副县长\n职　务：县政府副县长\n简　历：\n男，汉族，1979年6月生，大学学历。\n"
            "历任某镇党委副书记、镇长，县发展和改革局局长，某乡党委书记等职。\n现任县人民政府副县长。\n工作分工：\n"
            "协助县长负责发展改革、财政工作。\n负责交通运输、商务方面工作。\n分管县交通运输局、县商务局。\n联系县邮政分公司。\n")
    assert people_of(extractor, text) == {
        (None, "协助", "发展改革"), (None, "协助", "财政"), (None, "负责", "交通运输"), (None, "负责", "商务"),
        (None, "分管", "县交通运输局"), (None, "分管", "县商务局"), (None, "联系", "县邮政分公司")}


def test_a_name_ending_a_heading_and_a_post_with_a_note_before_the_colon(extractor: Extractor) -> None:
    text = ("区政府领导工作分工\n副区长　闵春和\n　　负责城乡建设、交通方面工作。\n"
            "阮星野副市长（兼市公安局局长）：负责公安工作。分管市公安局。\n")
    assert people_of(extractor, text) == {
        ("闵春和", "负责", "城乡建设"), ("闵春和", "负责", "交通"),
        ("阮星野", "负责", "公安"), ("阮星野", "分管", "市公安局")}


def test_a_tab_separated_leaders_table_with_noted_and_unknown_columns_and_wrapped_cells(extractor: Extractor) -> None:
    # ``分管部门（单位）`` is 分管部门; AB岗 is read for nothing; a row whose name cell is empty goes on with the row
    # above: each cell reads on from its part above (``税务、金融`` are 分管 by the verb of the line above).
    text = ("县人民政府领导同志工作分工\n姓名\t职务\t工作分工\t分管部门（单位）\t联系单位\tAB岗\n"
            "苗镜川\t常务副县长\t负责县人民政府常务工作，分管发展改革、财政、\t县发展和改革局、\t县税务局、\t綦云帆\n"
            "\t\t税务、金融\t县财政局、县统计局\t人行某县支行\t\n")
    assert people_of(extractor, text) == {
        ("苗镜川", "负责", "县人民政府常务工作"), ("苗镜川", "分管", "发展改革"), ("苗镜川", "分管", "财政"),
        ("苗镜川", "分管", "税务"), ("苗镜川", "分管", "金融"),
        ("苗镜川", "分管", "县发展和改革局"), ("苗镜川", "分管", "县财政局"), ("苗镜川", "分管", "县统计局"),
        ("苗镜川", "联系", "县税务局"), ("苗镜川", "联系", "人行某县支行")}


def test_a_column_of_backup_leaders_written_with_a_slash_is_read_for_nothing(extractor: Extractor) -> None:
    # ``A/B岗`` is the AB岗 column: its cells name the leader who stands in (the next row's leader), not a new one.
    text = ("镇人民政府领导班子成员工作分工\n姓名\t职务\t工作分工\tA/B岗\n"
            "庞立新\t副镇长\t负责农业工作。分管农业站。\t韦小川\n"
            "韦小川\t副镇长\t负责信访维稳工作。分管司法所。\t庞立新\n")
    assert people_of(extractor, text) == {
        ("庞立新", "负责", "农业"), ("庞立新", "分管", "农业站"),
        ("韦小川", "负责", "信访维稳"), ("韦小川", "分管", "司法所")}

def test_a_departments_leaders_headed_by_ranks_and_chief_engineers(extractor: Extractor) -> None:
    # a bureau's own 分工: ``总工程师 X`` and ``二级主任科员 X`` head their clauses as ``副局长 X`` does
    text = ("局领导班子成员工作分工\n副局长 庞立新\n负责耕地保护工作。\n"
            "总工程师 韦兰芝\n负责测绘地理信息工作。分管测绘股。\n"
            "二级主任科员 石晓磊\n协助庞立新同志负责耕地保护工作，负责政务公开、档案工作。\n")
    assert people_of(extractor, text) == {
        ("庞立新", "负责", "耕地保护"), ("韦兰芝", "负责", "测绘地理信息"), ("韦兰芝", "分管", "测绘股"),
        ("石晓磊", "协助", "耕地保护"), ("石晓磊", "负责", "政务公开"), ("石晓磊", "负责", "档案")}

def test_a_subdistricts_and_a_townships_posts_after_the_name(extractor: Extractor) -> None:
    # ``办事处副主任``, ``人大主席``, ``武装部部长`` and ``组织委员`` are posts as ``街道办事处副主任`` is
    text = ("街道领导班子成员工作分工\n▌庞立新  办事处副主任\n负责：城市管理\n分管：城市管理办公室\n\n"
            "▌韦兰芝  人大主席\n负责：代表联络\n\n▌石晓磊  武装部部长\n负责：征兵\n\n"
            "▌柯长顺  组织委员\n负责：基层党建\n")
    assert people_of(extractor, text) == {
        ("庞立新", "负责", "城市管理"), ("庞立新", "分管", "城市管理办公室"), ("韦兰芝", "负责", "代表联络"),
        ("石晓磊", "负责", "征兵"), ("柯长顺", "负责", "基层党建")}

def test_a_tab_separated_table_whose_cell_holds_paragraphs_a_line_each(extractor: Extractor) -> None:
    # a Word cell of three paragraphs copied as text: the row's line ends inside it, its last paragraph then the
    # cells after it on a line of tabs; the row after it is read as ever
    text = ("局领导班子成员工作分工表\n姓名\t职务\t工作分工\t分管股室\t联系乡镇\n"
            "庞立新\t总工程师\t负责水利规划工作\t规划股\n水资源管理股\n河湖管理股\t清溪镇\n"
            "韦兰芝\t副局长\t负责灌区管理工作\t县水利工程管理所\t高桥镇\n")
    assert people_of(extractor, text) == {
        ("庞立新", "负责", "水利规划"), ("庞立新", "分管", "规划股"), ("庞立新", "分管", "水资源管理股"),
        ("庞立新", "分管", "河湖管理股"), ("庞立新", "联系", "清溪镇"),
        ("韦兰芝", "负责", "灌区管理"), ("韦兰芝", "分管", "县水利工程管理所"), ("韦兰芝", "联系", "高桥镇")}


def test_a_row_that_goes_on_under_the_one_above_with_a_clause_of_its_own(extractor: Extractor) -> None:
    # the name cell empty: the row goes on with the one above; its 工作分工 cell opens a clause (负责…), not the
    # rest of the list above
    text = ("局领导班子成员工作分工表\n姓名\t职务\t工作分工\t分管股室\n"
            "庞立新\t副局长\t负责农田水利、水土保持工作\t农村水利股\n"
            "\t\t负责驻村帮扶工作\t水土保持站\n")
    assert people_of(extractor, text) == {
        ("庞立新", "负责", "农田水利"), ("庞立新", "负责", "水土保持"), ("庞立新", "负责", "驻村帮扶"),
        ("庞立新", "分管", "农村水利股"), ("庞立新", "分管", "水土保持站")}

def test_a_township_table_a_cell_a_line_then_another_table_under_a_numbered_heading(extractor: Extractor) -> None:
    # ``联系管区`` is a 联系 column; ``——`` an empty cell; the last row's clause is wider than the rows above; the
    # 包村 table under ``二、…`` is no row of it
    cells = ["姓名", "职务", "工作分工", "分管站所", "联系管区",
             "庞立新", "镇党委书记", "主持镇党委全面工作。", "——", "——",
             "韦兰芝", "镇党委副书记", "负责党建工作。", "党建办", "北坡管区",
             "石晓磊", "镇人大主席", "负责人大工作，协助镇长负责民政、社会保障、退役军人事务工作。",
             "人大办、民政办", "东岭管区",
             "二、包村安排", "管区", "村（社区）", "包村领导", "包村干部",
             "东岭管区", "东岭村", "石晓磊", "柯长顺", "民政办"]
    text = ("关于调整镇领导班子成员工作分工的通知\n某发〔2021〕8号\n一、镇领导班子成员工作分工\n"
            + "\n".join(cells) + "\n")
    assert people_of(extractor, text) == {
        ("庞立新", "主持", "镇党委全面工作"), ("韦兰芝", "负责", "党建"), ("韦兰芝", "分管", "党建办"),
        ("韦兰芝", "联系", "北坡管区"), ("石晓磊", "负责", "人大"), ("石晓磊", "协助", "民政"),
        ("石晓磊", "协助", "社会保障"), ("石晓磊", "协助", "退役军人事务"), ("石晓磊", "分管", "人大办"),
        ("石晓磊", "分管", "民政办"), ("石晓磊", "联系", "东岭管区")}

def test_a_leaders_table_whose_name_cell_holds_the_post_before_the_name(extractor: Extractor) -> None:
    text = ("县人民政府领导工作分工表\n领导\t工作分工\t分管部门\t联系单位\n"
            "县长 庞立新\t领导县政府全面工作。\t县审计局\t县人武部\n"
            "副县长 韦兰芝（女）\t负责教育工作。\t县教育局\t县妇联\n")
    assert people_of(extractor, text) == {
        ("庞立新", "主持", "县政府全面工作"), ("庞立新", "分管", "县审计局"), ("庞立新", "联系", "县人武部"),
        ("韦兰芝", "负责", "教育"), ("韦兰芝", "分管", "县教育局"), ("韦兰芝", "联系", "县妇联")}

def test_a_table_of_the_villages_each_leader_is_in_charge_of(extractor: Extractor) -> None:
    # ``包片领导 | 片区 | 联系村``: the leader's column, an area read for nothing (merged over two rows), the villages
    text = ("镇领导包村情况如下：\n包片领导\t片区\t联系村\n庞立新\t城关片\t柳沟村、南关村\n韦兰芝\t\t东坪村\n")
    assert people_of(extractor, text) == {
        ("庞立新", "联系", "柳沟村"), ("庞立新", "联系", "南关村"), ("韦兰芝", "联系", "东坪村")}

def test_a_table_whose_text_layer_set_each_cell_on_lines_of_its_own(extractor: Extractor) -> None:
    # The column names one a line, then each leader's name, post, clauses, 分管 units and 联系 units, a cell too
    # wide for its column cut across lines: after ``、``, mid-word (``县退役军`` ⏎ ``人事务局``) or mid-list.
    text = ("县人民政府领导工作分工\n姓名\n职务\n工作分工\n分管部门\n联系单位\n"
            "柯　明\n县委副书记、县长\n主持县政府全面工作\n县审计局\n县人武部、县消防救援大队\n"
            "万华\n县委常委、常务副县长\n负责县政府常务工作，分管财政、发展\n改革、统计\n"
            "县财政局（县国有资产事务中心）、县发展\n和改革局、县统计局\n县税务局\n"
            "文强\n县人民政府副县长\n分管公安、司法、信访、退役军人事务\n县公安局、县司法局、县信访局、县退役军\n人事务局\n"
            "县人民法院、县人民检察院\n")
    assert people_of(extractor, text) == {
        ("柯明", "主持", "县政府全面工作"), ("柯明", "分管", "县审计局"), ("柯明", "联系", "县人武部"),
        ("柯明", "联系", "县消防救援大队"),
        ("万华", "负责", "县政府常务工作"), ("万华", "分管", "财政"), ("万华", "分管", "发展改革"),
        ("万华", "分管", "统计"),
        ("万华", "分管", "县财政局"), ("万华", "分管", "县发展和改革局"), ("万华", "分管", "县统计局"),
        ("万华", "联系", "县税务局"),
        ("文强", "分管", "公安"), ("文强", "分管", "司法"), ("文强", "分管", "信访"), ("文强", "分管", "退役军人事务"),
        ("文强", "分管", "县公安局"), ("文强", "分管", "县司法局"), ("文强", "分管", "县信访局"),
        ("文强", "分管", "县退役军人事务局"), ("文强", "联系", "县人民法院"), ("文强", "联系", "县人民检察院")}


def test_a_row_of_a_cell_a_line_table_whose_cuts_are_unclear_is_left_out(extractor: Extractor) -> None:
    # Five lines for four cells, and nothing shows which two lines make one cell: the row gives nothing rather
    # than a 联系 unit read as 分管 or the other way round; the rows around it are read.
    text = ("县人民政府领导工作分工\n姓名\n职务\n分管部门\n联系单位\n"
            "柯明\n县长\n县审计局\n县人武部\n"
            "万华\n常务副县长\n县财政局\n县统计局\n县税务局\n"
            "文强\n副县长\n县公安局\n县人民法院\n")
    assert people_of(extractor, text) == {
        ("柯明", "分管", "县审计局"), ("柯明", "联系", "县人武部"), ("文强", "分管", "县公安局"),
        ("文强", "联系", "县人民法院")}


def test_a_development_zones_heads_before_a_colon_and_lists_set_apart_by_semicolons(extractor: Extractor) -> None:
    # ``管委会`` is no name (it opens ``管委会副主任``); a post ending in 主任 before a colon names the leader after it
    # in a 分工 text; a bare list after a semicolon goes on with the relation before it.
    text = ("管委会领导班子成员及工作分工\n党工委委员、管委会副主任：乔振宇\n　　负责招商引资工作。\n"
            "　　分管：投资促进局；企业服务中心。\n　　联系：园区税务分局、园区内规上企业。\n")
    assert people_of(extractor, text) == {
        ("乔振宇", "负责", "招商引资"), ("乔振宇", "分管", "投资促进局"), ("乔振宇", "分管", "企业服务中心"),
        ("乔振宇", "联系", "园区税务分局"), ("乔振宇", "联系", "园区内规上企业")}


def test_a_tab_table_whose_name_column_is_headed_leader(extractor: Extractor) -> None:
    # ``领导`` heads the name column; a text read as prose never runs two tab-separated cells into one target.
    text = ("市人民政府关于市政府领导工作分工的通知\n领导\t职务\t负责工作\t分管部门\n"
            "温景行\t市长\t主持市政府全面工作\t市审计局\n邱慕白\t常务副市长\t负责财政工作\t市财政局\n")
    assert people_of(extractor, text) == {
        ("温景行", "主持", "市政府全面工作"), ("温景行", "分管", "市审计局"),
        ("邱慕白", "负责", "财政"), ("邱慕白", "分管", "市财政局")}
    prose = "市政府领导工作分工\n副市长邱慕白负责财政工作\t市财政局\n"
    assert people_of(extractor, prose) == set()  # not ``财政工作市财政局``: a target across the tab is left out


def test_a_space_aligned_table_with_a_rule_wrapped_cells_and_a_dash_for_an_empty_cell(extractor: Extractor) -> None:
    # The wrapped ends of a row's cells stand on indented lines under their columns: they go on with the row above
    # (``负责财政、`` ⏎ ``审计工作``); ``——`` is an empty cell, no target; the rule under the header is no row.
    text = ("街道办事处领导班子分工一览表\n"
            "姓 名      职 务                  分 管 工 作                          联系社区\n"
            "--------   --------------------   ----------------------------------   ----------\n"
            "范学军     街道党工委书记         主持街道党工委全面工作               ——\n"
            "魏雅琴     街道党工委副书记、     主持街道办事处全面工作，负责财政、   锦绣社区\n"
            "           办事处主任             审计工作；分管财政所\n"
            "尹红梅     办事处副主任           负责城市管理工作；分管城市管理办    西关社区、\n"
            "                                  公室（综合行政执法队）               东关社区\n")
    assert people_of(extractor, text) == {
        ("范学军", "主持", "街道党工委全面工作"),
        ("魏雅琴", "主持", "街道办事处全面工作"), ("魏雅琴", "负责", "财政"), ("魏雅琴", "负责", "审计"),
        ("魏雅琴", "分管", "财政所"), ("魏雅琴", "联系", "锦绣社区"),
        ("尹红梅", "负责", "城市管理"), ("尹红梅", "分管", "城市管理办公室"), ("尹红梅", "联系", "西关社区"),
        ("尹红梅", "联系", "东关社区")}


def test_a_name_then_a_colon_then_a_townships_post(extractor: Extractor) -> None:
    # ``乡人民`` is no name: the leader is the name before the colon.
    text = "乡领导班子成员分工\n　　聂东海：乡人民政府副乡长\n　　负责安全生产工作。分管乡应急管理办公室。\n"
    assert people_of(extractor, text) == {("聂东海", "负责", "安全生产"), ("聂东海", "分管", "乡应急管理办公室")}


def test_the_sentence_after_a_tables_last_row_is_not_that_leaders(extractor: Extractor) -> None:
    # The layout joins the last row and the next sentence into one paragraph: the row is read as a row, the
    # sentence on its own (``其分管工作由市长指定其他领导代管`` gives no one a portfolio).
    rows = [("柯明", "常务副市长", "负责市政府常务工作；负责发展改革、财政、国有资产、应急管理工作",
             "市发展和改革局、市财政局（市国有资产监督管理局）、市应急管理局", "市税务局、市消防救援大队"),
            ("文强", "副市长", "负责工业和信息化、商务、科技、市场监管工作",
             "市工业和信息化局（市科学技术局）、市商务局、市市场监督管理局", "市供电公司、市烟草专卖局"),
            ("万华", "副市长", "负责农业农村、乡村振兴、水利、林业工作；协助市长负责审计工作",
             "市农业农村局、市水利局、市林业局", "市气象局")]
    text = ("市政府领导工作分工\n领导\t职务\t负责工作\t分管部门\t联系单位\n"
            + "".join("\t".join(r) + "\n" for r in rows)
            + "\n市政府领导外出期间，其分管工作由市长指定其他领导代管。\n各部门要按照本通知要求开展工作。\n")
    found = people_of(extractor, text)
    assert ("万华", "分管", "市林业局") in found and ("万华", "联系", "市气象局") in found
    assert not [f for f in found if "代管" in (f[2] or "")]


def test_a_tab_table_of_liaisons_whose_next_lines_open_with_empty_cells(extractor: Extractor) -> None:
    # ``联系镇（街道）`` is a 联系 column (its note set aside); a line that opens with tabs is the row above going on,
    # one company a line: each company is its own target, not run into the one above.
    text = ("区政府领导联系镇（街道）和重点企业安排表\n区领导\t职务\t联系镇（街道）\t联系重点企业\n"
            "柯明\t区长\t栖凤街道\t甲钢铁集团有限公司\n\t\t\t乙新材料股份有限公司\n"
            "万华\t副区长\t云台镇、白沙镇\t——\n")
    assert people_of(extractor, text) == {
        ("柯明", "联系", "栖凤街道"), ("柯明", "联系", "甲钢铁集团有限公司"), ("柯明", "联系", "乙新材料股份有限公司"),
        ("万华", "联系", "云台镇"), ("万华", "联系", "白沙镇")}


def test_a_single_leaders_page_with_a_resume_of_dated_entries_after_the_duties(extractor: Extractor) -> None:
    # Each résumé entry opens with its years (``2009.03--2016.10 …``): no duty, and not a sentence that makes the
    # page's duties too few to be a single leader's page.
    text = ("职    务:市人民政府副市长\n出生年月:1979年8月\n学    历:研究生\n工作分工:\n"
            "负责教育、体育方面工作。\n协助市长负责民族宗教工作。\n分管市教育局。\n联系市红十字会。\n个人简历:\n"
            "1997.09--2001.07 某师范学院中文系学习\n2001.07--2009.03 某市第一中学教师、教研组长\n"
            "2009.03--2016.10 某市教育局办公室主任、副局长\n2016.10--2021.08 某市文化广电旅游体育局局长\n"
            "2021.08--2025.01 某区人民政府副区长\n2025.01-- 某市人民政府副市长\n")
    assert people_of(extractor, text) == {
        (None, "负责", "教育"), (None, "负责", "体育"), (None, "协助", "民族宗教"), (None, "分管", "市教育局"),
        (None, "联系", "市红十字会")}


def test_a_long_name_before_comrade_and_a_colon_and_a_name_with_a_note(extractor: Extractor) -> None:
    text = ("旗人民政府领导同志工作分工\n一、额尔敦毕力格同志:主持旗人民政府全面工作,分管旗审计局。\n"
            "二、贾宏亮同志(挂职):协助孟繁强同志分管招商引资工作,联系旗投资促进中心。\n")
    assert people_of(extractor, text) == {
        ("额尔敦毕力格", "主持", "旗人民政府全面工作"), ("额尔敦毕力格", "分管", "旗审计局"),
        ("贾宏亮", "协助", "招商引资"), ("贾宏亮", "联系", "旗投资促进中心")}


def test_a_heading_of_two_posts_then_a_long_dotted_name(extractor: Extractor) -> None:
    # A name of the autonomous regions' peoples, the father's name after a dot, nine letters in all, after a post
    # that names a government title (``副县长、县公安局局长``).
    text = "县人民政府领导工作分工\n五、副县长、县公安局局长　阿不都热合曼·吐尔逊\n负责公安工作。分管县公安局。\n"
    assert people_of(extractor, text) == {
        ("阿不都热合曼·吐尔逊", "负责", "公安"), ("阿不都热合曼·吐尔逊", "分管", "县公安局")}


def test_a_long_name_alone_before_a_colon_in_a_division_of_work(extractor: Extractor) -> None:
    # ``萨仁高娃：负责…``: a long name with no title, only in a text that names the genre and before a duty.
    text = "县政府领导工作分工\n　　萨仁高娃：负责民族宗教、民政方面工作。分管县民政局。\n"
    assert people_of(extractor, text) == {
        ("萨仁高娃", "负责", "民族宗教"), ("萨仁高娃", "负责", "民政"), ("萨仁高娃", "分管", "县民政局")}
    assert people_of(extractor, "某县2025年项目建设方案\n　　萨仁高娃：负责民族宗教工作。\n") == set()


def test_a_street_offices_leaders_each_a_name_then_party_and_office_posts(extractor: Extractor) -> None:
    # ``街道党工委书记`` and ``办事处主任`` are posts (街道 opens a post); and two headings of a name and a post the
    # reader does not know make a page of several leaders: its clauses are no single leader's.
    text = ("西关街道领导班子成员及分工\n马文祥  街道党工委书记、一级调研员\n主持街道党工委全面工作。\n"
            "杨  琳  街道党工委副书记、办事处主任\n主持街道办事处全面工作，负责财政工作。分管财政所。\n")
    assert people_of(extractor, text) == {
        ("马文祥", "主持", "街道党工委全面工作"), ("杨琳", "主持", "街道办事处全面工作"), ("杨琳", "负责", "财政"),
        ("杨琳", "分管", "财政所")}
    unknown = ("街道领导班子成员及分工\n马文祥  工会主席\n主持街道党工委全面工作。分管街道办。\n"
               "杨琳  工会主席\n负责财政、审计工作。分管街道经济发展办公室。\n")
    assert people_of(extractor, unknown) == set()


def test_a_single_leaders_page_in_its_web_pages_furniture(extractor: Extractor) -> None:
    # The site's name, its menu, the breadcrumb and 【打印本页】 are no sentences of the page: they do not make its
    # duties too few to be one leader's.
    text = ("某区人民政府\n首页 | 政务公开 | 政务服务 | 互动交流\n当前位置：首页 > 政务公开 > 领导之窗 > 区政府领导\n"
            "职　　务：区人民政府副区长\n工作分工：\n　　负责工业和信息化、商务方面工作。\n　　分管区商务局。\n"
            "　　协助区长负责营商环境优化提升工作。\n　　联系区税务局。\n扫一扫在手机打开当前页\n"
            "【打印本页】　【关闭窗口】\n")
    assert people_of(extractor, text) == {
        (None, "负责", "工业和信息化"), (None, "负责", "商务"), (None, "分管", "区商务局"),
        (None, "协助", "营商环境优化提升"), (None, "联系", "区税务局")}


def test_leaders_headed_by_a_bullet_and_their_relations_in_lenticular_brackets(extractor: Extractor) -> None:
    text = ("县人民政府关于县政府领导工作分工的通知\n▲温景行　县长\n　【主持】县政府全面工作。\n　【分管】县审计局。\n"
            "▲柴朝阳　常务副县长\n　【负责】县政府常务工作；发展改革工作。\n　【联系】县税务局。\n")
    assert people_of(extractor, text) == {
        ("温景行", "主持", "县政府全面工作"), ("温景行", "分管", "县审计局"), ("柴朝阳", "负责", "县政府常务工作"),
        ("柴朝阳", "负责", "发展改革"), ("柴朝阳", "联系", "县税务局")}


def test_a_townships_leaders_in_columns_a_long_name_and_a_unit_cut_before_its_suffix(extractor: Extractor) -> None:
    text = ("某镇人民政府\n关于调整镇领导班子成员工作分工的通知\n某政发〔2026〕3号\n各村（社区），镇直各站所：\n"
            "    因人事变动，现将镇领导班子成员工作分工调整如下：\n"
            "    蒋立军    镇党委委员、副镇长\n              负责水利、林业、防汛抗旱工作。分管农业综合服务\n"
            "              中心、水利站。联系石门村。\n    阿旺次仁  镇党委委员、武装部部长\n"
            "              负责武装、应急管理工作。联系蓼湾社区。\n")
    assert people_of(extractor, text) == {
        ("蒋立军", "负责", "水利"), ("蒋立军", "负责", "林业"), ("蒋立军", "负责", "防汛抗旱"),
        ("蒋立军", "分管", "农业综合服务中心"), ("蒋立军", "分管", "水利站"),
        ("蒋立军", "联系", "石门村"), ("阿旺次仁", "负责", "武装"), ("阿旺次仁", "负责", "应急管理"),
        ("阿旺次仁", "联系", "蓼湾社区")}


def test_a_label_that_joins_two_verbs_before_its_list(extractor: Extractor) -> None:
    text = ("县政府领导工作分工\n常务副县长万华同志：负责县政府常务工作；分管联系：县发展和改革局、县财政局；"
            "联系指导：县税务局、县人民银行。\n")
    assert people_of(extractor, text) == {
        ("万华", "负责", "县政府常务工作"), ("万华", "分管", "县发展和改革局"), ("万华", "分管", "县财政局"),
        ("万华", "联系", "县税务局"), ("万华", "联系", "县人民银行")}


def test_verbs_that_stand_for_a_relation_and_a_lead_in_keep_the_leader(extractor: Extractor) -> None:
    # ``协管`` is 协助; a clause opened by ``牵头负责`` is a duty's, so the leader's clauses go on after it.
    text = ("县政府领导工作分工\n副县长文强：负责公安、司法行政工作。协管县公安局。分管县司法局。\n"
            "副县长柯丽：主管县财政局；牵头负责项目建设工作；联系县政协。\n")
    assert people_of(extractor, text) == {
        ("文强", "负责", "公安"), ("文强", "负责", "司法行政"), ("文强", "协助", "县公安局"),
        ("文强", "分管", "县司法局"),
        ("柯丽", "主管", "县财政局"), ("柯丽", "负责", "项目建设"), ("柯丽", "联系", "县政协")}


def test_an_adjusted_portfolio(extractor: Extractor) -> None:
    text = "县人民政府关于调整部分县政府领导分工的通知\n副县长文强调整为分管县文化和旅游局、县体育中心。\n"
    assert people_of(extractor, text) == {("文强", "分管", "县文化和旅游局"), ("文强", "分管", "县体育中心")}


def test_a_portfolio_handed_out_in_the_passive(extractor: Extractor) -> None:
    # An adjustment notice: a portfolio given up gives nothing (the clauses after it are the leader's); ``A由X同志分管``
    # gives X's; a task handed to a leader in a plan (``…由副县长X负责``) is no portfolio.
    text = ("县人民政府关于调整部分县政府领导分工的通知\n一、文强同志不再分管县教育局。\n"
            "二、县教育局、县科技局由柯丽同志分管。\n三、柯丽同志增加联系县红十字会。\n")
    assert people_of(extractor, text) == {
        ("柯丽", "分管", "县教育局"), ("柯丽", "分管", "县科技局"), ("柯丽", "联系", "县红十字会")}
    changed = "县人民政府关于调整部分县政府领导分工的通知\n副县长文强不再分管县教育局，改为分管县文化和旅游局。\n"
    assert people_of(extractor, changed) == {("文强", "分管", "县文化和旅游局")}
    plan = "某某县2024年项目建设实施方案\n项目建设由常务副县长李明同志负责，县发改局具体落实。\n"
    assert people_of(extractor, plan) == set()


def test_adjustments_that_hand_a_portfolio_over_or_add_one(extractor: Extractor) -> None:
    text = ("县人民政府办公室关于调整部分县政府领导同志工作分工的通知\n一、县医疗保障局调整由严子谦同志分管。"
            "严子谦同志原分管的县文化和旅游局交由曾慧敏同志分管。\n二、增加冉光耀同志分管县数据资源局，协助县长联系县审计局。\n")
    assert people_of(extractor, text) == {
        ("严子谦", "分管", "县医疗保障局"), ("曾慧敏", "分管", "县文化和旅游局"),
        ("冉光耀", "分管", "县数据资源局"), ("冉光耀", "协助", "县审计局")}


def test_a_leader_introduced_by_what_they_held_before(extractor: Extractor) -> None:
    text = ("此前分管教育工作的副市长伍德成不再分管教育工作，改为负责农业农村方面工作，分管市农业农村局。")
    assert people_of(extractor, text) == {("伍德成", "负责", "农业农村"), ("伍德成", "分管", "市农业农村局")}


def test_a_table_of_the_projects_each_leader_liaises_with(extractor: Extractor) -> None:
    text = ("县政府领导联系重点项目一览表\n姓名 职务 联系项目\n柯明 县长 县城污水处理厂提标改造项目\n"
            "万华 常务副县长 县人民医院新院区建设项目\n")
    assert people_of(extractor, text) == {("柯明", "联系", "县城污水处理厂提标改造项目"),
                                          ("万华", "联系", "县人民医院新院区建设项目")}


def test_a_table_column_must_give_a_relation_of_the_vocabulary() -> None:
    v = vocab()
    assert _table_columns(v)["分管部门"] == "分管" and _table_columns(v)["姓名"] == "name"
    with pytest.raises(ValueError, match="分管理"):
        _table_columns({**v, "table_columns": {**v["table_columns"], "分管理": ["分管事项"]}})
    assert _table_columns(v, "unit_table_columns")["分管县领导"] == "分管"
    with pytest.raises(ValueError, match="name"):  # (a table of units has no name column)
        _table_columns({**v, "unit_table_columns": {**v["unit_table_columns"], "name": ["姓名"]}}, "unit_table_columns")


def test_a_headline_is_not_a_portfolio(extractor: Extractor) -> None:
    text = (
        "省政府领导重新分工\n韩雪分管建设商务\n\n"
        "省政府日前公布了最新分工,韩雪继续担任常务副省长,分管建设、商务等方面的工作。\n"
    )
    assert people_of(extractor, text) == {("韩雪", "分管", "建设"), ("韩雪", "分管", "商务")}


def test_bracketed_labels_on_a_leaders_page(extractor: Extractor) -> None:
    text = "【职务】副县长\n【分管工作】负责农业、水利工作。\n【分管部门】县农业农村局、县水利局\n【联系单位】县气象局"
    assert people_of(extractor, text) == {
        (None, "负责", "农业"),
        (None, "负责", "水利"),
        (None, "分管", "县农业农村局"),
        (None, "分管", "县水利局"),
        (None, "联系", "县气象局"),
    }


def test_leaders_named_in_rosters_and_plans_give_no_portfolios(extractor: Extractor) -> None:
    text = "\n".join(
        [
            "成立以县长王五为组长,常务副县长李四为副组长的领导小组,办公室主任由县发改局局长赵六兼任,负责日常工作。",
            "县长王五任组长,负责全面工作;副县长李四任副组长,负责具体工作。",
            "组长:县长王五,负责全面工作。",
            "县委副书记、县长王五负责统筹全县脱贫攻坚工作,副县长赵六负责具体抓落实。",
        ]
    )
    assert portfolios_of(extractor, text) == []


# -- what a text must hold to give a portfolio (the reader skips the blocks that cannot change its answer) --

HEADS = [  # one of each way a leader is named, each as the block that names it
    "王润同志：主持县人民政府全面工作。",  # a colon head with 同志
    "副县长王润：负责教育工作。",  # a government title
    "常务副省长陈远宇负责省政府常务工作。",  # a run-in head
    "樊金龙负责交通运输工作。",  # a bare name with a surname (counts in a text of the genre)
    "朱瑞德省长,主持省政府全面工作。",  # name, then the post
    "李四秘书长，协助处理日常工作。",
    "刘五主任，分管县统计局。",  # a leader's title ends the head, then a comma
    "王润（副主任）：负责教育工作。",  # a post in brackets
    "王润，男，汉族，1970年生。",  # a biography
    "姓名：王润",  # a name label
    "张三：分管县财政局。",  # a bare name before a colon
]


def test_every_way_of_naming_a_leader_passes_the_precondition() -> None:
    from graph_build.extractors import portfolios

    for head in HEADS:
        assert portfolios.may_name_leader(compact(head)), head
    for sentence in [
        "县应急局负责全县应急工作的综合协调。",
        "各成员单位要按照职责分工，各司其职，密切配合。",
        "县发改局（县能源局）负责项目审批。",  # a bracket that holds no title
        "县财政局负责落实资金保障。",
        "由分管领导牵头，相关部门配合。",
    ]:
        assert not portfolios.may_name_leader(compact(sentence)), sentence


def test_a_single_leaders_page_is_told_from_a_plan_that_mentions_分管() -> None:
    from graph_build.extractors import portfolios
    from graph_build.layout import layout
    from graph_build.source import SourceText

    def blocks(text: str) -> list[Any]:
        return list(layout(SourceText.from_string("t.txt", text)).blocks)

    def may_be_single(blocks: list[Any], last_read: Any) -> bool:
        return portfolios._may_be_single(blocks, [compact(b.text) for b in blocks], last_read)

    page = blocks("协助县长处理县政府日常事务工作。负责发展与改革工作;\n分管县发展和改革局、县统计局;\n联系县法院。")
    assert may_be_single(page, page[-1])
    assisting = blocks("协助区长抓财政、人事工作。负责区政府常务工作、税务工作。")
    assert may_be_single(assisting, assisting[-1])
    plan_sentences = [f"第{n}项工作由县应急局负责落实，各乡镇配合。" for n in range(6)]
    plan = blocks("\n".join(["县辐射事故应急指挥部总指挥由分管生态环境工作的副县长担任。各成员单位抓好落实。",
                             *plan_sentences]))
    assert not may_be_single(plan, plan[-1])  # one duty place against many sentences
    noun = blocks("总指挥由分管副县长担任；分管领导负责协调。")  # 分管 only as a noun
    assert not may_be_single(noun, noun[-1])


def _texts_and_corpora() -> list[Any]:
    from conftest import CORPUS, SHARED

    texts = [notice(head + "\n分管县财政局、县审计局。\n联系县工商联。") for head in HEADS]
    plan = "各单位要高度重视。要加强组织领导。要强化督促检查。要抓好宣传引导。"  # no single leader's page
    texts += [notice(f"{plan}\n{head}\n联系县工商联。\n{plan}") for head in HEADS]
    texts += [REAL, notice("县辐射事故应急指挥部总指挥由分管生态环境副县长担任。\n县卫健局负责医疗救护工作。")]
    wild = SHARED / "wild"
    dirs = [d for d in (CORPUS, wild / "leaders" / "docs", wild / "bodies" / "docs") if d.is_dir()]
    return texts + [p for d in dirs for p in sorted(d.glob("*.txt"))]


def _portfolio_facts(extractor: Extractor, item: Any) -> list[str]:
    from pathlib import Path

    from graph_build.source import read_source

    facts = extractor.facts_from_text(item) if isinstance(item, str) else extractor.facts_from_source(
        read_source(Path(item))
    )
    return [f.id + f.prov.evidence for f in facts if f.type == "portfolio"]


def test_skipping_the_blocks_that_cannot_change_the_answer_changes_nothing(extractor: Extractor, monkeypatch) -> None:
    from graph_build.extractors import portfolios

    items = _texts_and_corpora()
    fast = [_portfolio_facts(extractor, item) for item in items]
    assert sum(map(len, fast)) > 100
    monkeypatch.setattr(portfolios._Reader, "_idle", lambda self, block, c: False)
    monkeypatch.setattr(portfolios, "_may_be_single", lambda blocks, flats, last_read: True)
    assert [_portfolio_facts(extractor, item) for item in items] == fast


def test_a_leader_is_named_only_where_the_precondition_says_one_may_be(extractor: Extractor, monkeypatch) -> None:
    from graph_build.extractors import portfolios

    headings: set[int] = set()
    named: list[tuple[str, bool]] = []
    heading, set_leader = portfolios._heading, portfolios._Reader._set

    def recorded_heading(c: Any, nxt: Any, body: Any) -> Any:
        found = heading(c, nxt, body)
        if found is not None:
            headings.add(id(found))
        return found

    def recorded_set(self: Any, leader: Any) -> None:
        named.append((leader.head, id(leader) in headings or portfolios.may_name_leader(compact(leader.block.text))))
        set_leader(self, leader)

    monkeypatch.setattr(portfolios, "_heading", recorded_heading)
    monkeypatch.setattr(portfolios._Reader, "_set", recorded_set)
    monkeypatch.setattr(portfolios._Reader, "_idle", lambda self, block, c: False)  # every block read
    for item in _texts_and_corpora():
        _portfolio_facts(extractor, item)
    assert len(named) > 50
    assert [head for head, allowed in named if not allowed] == []


def test_targets_handed_over_by_a_former_holder_go_to_the_new_one(extractor: Extractor) -> None:
    body = ("一、副县长汪建勋同志分管县退役军人事务局。原由汪建勋同志联系的县供电公司改由副县长蒙海涛同志联系。\n"
            "二、原由冉秋实同志分管的县交通运输局、县公路事务中心，调整由常务副县长鄢卫东同志分管。\n"
            "三、县委常委、副县长桑德才让同志（挂职）负责对口协作工作，分管县乡村振兴服务中心。\n")
    got = triples(portfolios_of(extractor, notice(body, title="某某县人民政府关于调整县政府领导工作分工的通知")))
    assert got == {
        ("汪建勋", "分管", "县退役军人事务局"), ("蒙海涛", "联系", "县供电公司"),
        ("鄢卫东", "分管", "县交通运输局"), ("鄢卫东", "分管", "县公路事务中心"),
        ("桑德才让", "负责", "对口协作"), ("桑德才让", "分管", "县乡村振兴服务中心")}


def test_a_leaders_page_with_spaced_labels_a_bare_section_heading_and_linked_communities(extractor: Extractor) -> None:
    page = ("领导之窗\n姓    名：柏俊熙\n职    务：县委常委、县人民政府副县长\n个人简历\n"
            "柏俊熙，男，汉族，1979年8月生，研究生学历，2002年7月参加工作。\n"
            "2016.10—2021.06  某县花溪镇党委副书记、镇长\n工作分工\n"
            "负责工业经济、科技创新工作。\n分管县商务局。\n联系社区：凤鸣社区、双井社区\n")
    assert triples(portfolios_of(extractor, page)) == {
        ("柏俊熙", "负责", "工业经济"), ("柏俊熙", "负责", "科技创新"), ("柏俊熙", "分管", "县商务局"),
        ("柏俊熙", "联系", "凤鸣社区"), ("柏俊熙", "联系", "双井社区")}


def test_a_bureaus_own_leaders_and_a_spaced_table_whose_column_carries_a_note(extractor: Extractor) -> None:
    bureau = ("关于调整局领导班子成员工作分工的通知\n　　党组书记、局长 曾宪平\n"
              "　　主持局全面工作，分管办公室、人事股。\n")
    assert triples(portfolios_of(extractor, bureau)) == {
        ("曾宪平", "主持", "局全面工作"), ("曾宪平", "分管", "办公室"), ("曾宪平", "分管", "人事股")}
    table = notice("  姓  名       职  务                  联系企业（项目）        工 作 分 工\n"
                   "  ---------    ----------------------  ----------------------  ----------------------\n"
                   "  程翊         管委会主任              智能装备产业园          主持管委会全面工作。\n")
    assert triples(portfolios_of(extractor, table)) == {
        ("程翊", "联系", "智能装备产业园"), ("程翊", "主持", "管委会全面工作")}


def test_a_table_row_of_a_leader_whose_name_a_dot_sets_apart(extractor: Extractor) -> None:
    table = ("姓名\t职务\t负责工作\t分管部门\n"
             "帕尔哈提·吐尔逊\t副县长\t负责公安、司法行政工作\t县公安局、县司法局\n")
    assert triples(portfolios_of(extractor, notice(table))) == {
        ("帕尔哈提·吐尔逊", "负责", "公安"), ("帕尔哈提·吐尔逊", "负责", "司法行政"),
        ("帕尔哈提·吐尔逊", "分管", "县公安局"), ("帕尔哈提·吐尔逊", "分管", "县司法局")}


def test_a_table_of_units_whose_columns_name_the_leaders_who_hold_them(extractor: Extractor) -> None:
    table = ("序号\t责任部门\tA角（分管县领导）\tB角（协助县领导）\n"
             "1\t县政府办公室\t钟立群\t汤瑞\n"
             "2\t县发展和改革局\n县统计局\t钟立群\t汤瑞\n"
             "3\t县交通运输局\t庄严\t骆晓\n东\n")
    assert triples(portfolios_of(extractor, notice(table))) == {
        ("钟立群", "分管", "县政府办公室"), ("汤瑞", "协助", "县政府办公室"),
        ("钟立群", "分管", "县发展和改革局"), ("汤瑞", "协助", "县发展和改革局"),
        ("钟立群", "分管", "县统计局"), ("汤瑞", "协助", "县统计局"),
        ("庄严", "分管", "县交通运输局"), ("骆晓东", "协助", "县交通运输局")}
    piped = notice("| 序号 | 单位名称 | 分管县领导 | 联系县领导 |\n"
                   "| 1 | 县财政局 | 褚建业 | — |\n| 2 | 县税务局 | — | 褚建业 |\n")
    assert triples(portfolios_of(extractor, piped)) == {("褚建业", "分管", "县财政局"), ("褚建业", "联系", "县税务局")}
    # A roster's liaison table names people beside units, not the leaders who hold them.
    liaison = notice("单位\t姓名\t职务\t联系电话\n县发展和改革局\t苗国华\t项目股股长\t0517-8832016\n")
    assert portfolios_of(extractor, liaison) == []


def test_a_bureaus_leaders_in_boxed_blocks(extractor: Extractor) -> None:
    text = ("某县教育局关于局领导班子成员工作分工的通知\n某教发〔2026〕21号\n\n"
            "【局党组书记、局长】蔡文博\n【工作分工】主持局党组和局行政全面工作。负责人事、财务工作。\n"
            "【分管股室】办公室、人事股\n【联系单位】某县第一中学\n\n"
            "【局党组成员、副局长】聂红梅\n【工作分工】负责基础教育工作。\n【分管股室】基础教育股\n")
    assert triples(portfolios_of(extractor, text)) == {
        ("蔡文博", "主持", "局党组和局行政全面工作"), ("蔡文博", "负责", "人事"), ("蔡文博", "负责", "财务"),
        ("蔡文博", "分管", "办公室"), ("蔡文博", "分管", "人事股"), ("蔡文博", "联系", "某县第一中学"),
        ("聂红梅", "负责", "基础教育"), ("聂红梅", "分管", "基础教育股")}


def test_a_grid_tables_rows_between_rules_and_a_long_spaced_header(extractor: Extractor) -> None:
    grid = notice("+--------+--------------+----------------------+------------------+\n"
                  "| 姓名   | 职务         | 负责工作             | 分管部门         |\n"
                  "+--------+--------------+----------------------+------------------+\n"
                  "| 欧阳明 | 县委副书记、 | 主持县政府全面工作。 | 县审计局         |\n"
                  "| 睿     | 县长         |                      |                  |\n"
                  "+--------+--------------+----------------------+------------------+\n"
                  "| 许立平 | 常务副县长   | 负责发展改革、财政   | 县财政局、县统计 |\n"
                  "|        |              | 工作。               | 局               |\n"
                  "+--------+--------------+----------------------+------------------+\n")
    assert triples(portfolios_of(extractor, grid)) == {
        ("欧阳明睿", "主持", "县政府全面工作"), ("欧阳明睿", "分管", "县审计局"),
        ("许立平", "负责", "发展改革"), ("许立平", "负责", "财政"), ("许立平", "分管", "县财政局"),
        ("许立平", "分管", "县统计局")}
    spaced = notice("姓名      职务                    负责工作                        分管站所                        包村\n"  # noqa: E501
                    "蓝天佑    乡党委书记              主持乡党委全面工作              党政办                          石门村\n")  # noqa: E501
    assert triples(portfolios_of(extractor, spaced)) == {
        ("蓝天佑", "主持", "乡党委全面工作"), ("蓝天佑", "分管", "党政办"), ("蓝天佑", "联系", "石门村")}


def test_a_leader_whose_name_a_dot_sets_apart_heads_labelled_lines(extractor: Extractor) -> None:
    text = notice("艾尔肯·吐尔逊　县委副书记、县长\n工作职责：主持县人民政府全面工作，负责审计工作。\n"
                  "分管部门：县审计局\n"
                  "联系单位：县人民武装部\n\n王立军　县委常委、常务副县长\n工作职责：负责县人民政府常务工作。\n")
    assert triples(portfolios_of(extractor, text)) == {
        ("艾尔肯·吐尔逊", "主持", "县人民政府全面工作"), ("艾尔肯·吐尔逊", "负责", "审计"),
        ("艾尔肯·吐尔逊", "分管", "县审计局"), ("艾尔肯·吐尔逊", "联系", "县人民武装部"),
        ("王立军", "负责", "县人民政府常务工作")}


def test_a_bureau_and_a_township_name_their_leaders_by_their_own_titles(extractor: Extractor) -> None:
    # ``局  长 X：`` (the title spaced out) in a bureau's 分工; ``武装部长X：`` in a township's
    text = ("某县卫生健康局关于调整局领导班子成员分工的通知\n某卫健发〔2019〕88号\n\n"
            "局  长 吴某斌：主持局全面工作，分管办公室、财务审计股。\n"
            "副局长 石海燕：分管医政医管股；联系县人民医院。\n"
            "武装部长王志远：负责人民武装、征兵工作。\n")
    assert triples(portfolios_of(extractor, text)) == {
        ("吴某斌", "主持", "局全面工作"), ("吴某斌", "分管", "办公室"), ("吴某斌", "分管", "财务审计股"),
        ("石海燕", "分管", "医政医管股"), ("石海燕", "联系", "县人民医院"),
        ("王志远", "负责", "人民武装"), ("王志远", "负责", "征兵")}
    chief = "县水利局领导班子成员工作分工\n许志远(局党组成员、总工程师):负责水利技术管理工作;分管安全监督股。\n"
    assert triples(portfolios_of(extractor, chief)) == {  # (a bureau's 总工程师 is one of its leaders)
        ("许志远", "负责", "水利技术管理"), ("许志远", "分管", "安全监督股")}
    ranks = ("某县自然资源局领导班子成员分工\n    孔  静  四级主任科员\n    负责档案管理工作。\n"
             "    李  明  一级调研员\n    负责机关党建工作。\n")
    assert triples(portfolios_of(extractor, ranks)) == {  # (a rank before the post: ``一级调研员``)
        ("孔静", "负责", "档案管理"), ("李明", "负责", "机关党建")}


def test_a_bureau_page_of_leaders_each_a_name_and_posts_then_labelled_lines(extractor: Extractor) -> None:
    # ``局党组成员、副局长`` after the name; ``分管股室（单位）：`` a label with a note
    text = ("某县农业农村局关于领导班子成员分工的通知\n某农发〔2024〕3号\n\n"
            "罗国平　局党组书记、局长\n工作分工：主持局全面工作。\n\n"
            "何　勇　局党组成员、副局长\n工作分工：负责畜牧兽医、渔业工作。\n"
            "分管股室（单位）：畜牧兽医股、县动物疫病预防控制中心。\n")
    assert triples(portfolios_of(extractor, text)) == {
        ("罗国平", "主持", "局全面工作"), ("何勇", "负责", "畜牧兽医"), ("何勇", "负责", "渔业"),
        ("何勇", "分管", "畜牧兽医股"), ("何勇", "分管", "县动物疫病预防控制中心")}


def test_a_party_committees_division_of_labour(extractor: Extractor) -> None:
    # 书记 heads a leader; ``协助县委书记…``; 组织 alone is a field (``负责组织开展…`` is not);
    # 网络安全和信息化 is one field
    text = ("中共某县委某县人民政府关于县领导工作分工的通知\n某发〔2017〕4号\n\n"
            "1．县委书记刘某德\n主持县委全面工作。\n\n2．县委副书记叶某兵\n协助县委书记处理县委日常工作；主管党群工作。\n\n"
            "3．县委常委、组织部部长王某燕\n负责组织、人才工作。\n\n"
            "4．县委常委、宣传部部长邱某远\n负责网络安全和信息化工作；负责组织开展文明创建。\n")
    assert triples(portfolios_of(extractor, text)) == {
        ("刘某德", "主持", "县委全面工作"), ("叶某兵", "协助", "县委日常工作"), ("叶某兵", "主管", "党群"),
        ("王某燕", "负责", "组织"), ("王某燕", "负责", "人才"), ("邱某远", "负责", "网络安全和信息化")}


def test_a_single_leaders_page_between_a_sites_menus_and_links(extractor: Extractor) -> None:
    # menu items and related links are words, no sentences: the page's clauses still make most of its sentences
    menu = ["广西 > 某县 > 政务信息", "某县人民政府 领导之窗", "网站首页", "机构概况", "领导之窗", "政务公开",
            "办事服务", "公众参与", "当前位置:首页 > 领导之窗 > 县政府领导", ""]
    page = ["职务:县委常委、副县长", "工作分工:负责发展改革、财政等方面工作;协助县长负责审计工作。",
            "分管部门:县发展和改革局、县财政局。", "联系单位:县供电公司。", ""]
    links = ["【关闭窗口】", "相关信息", "县领导调研工业园区标准厂房建设情况", "县领导到县税务局调研减税降费工作",
             "县政府召开2019年第一季度经济运行分析会"]
    assert triples(portfolios_of(extractor, "\n".join(menu + page + links))) == {
        (None, "负责", "发展改革"), (None, "负责", "财政"), (None, "协助", "审计"), (None, "分管", "县发展和改革局"),
        (None, "分管", "县财政局"), (None, "联系", "县供电公司")}


def test_news_of_a_portfolio_handed_over_from_its_former_holder(extractor: Extractor) -> None:
    text = ("记者从市政府办公室获悉，近日，某市政府领导班子成员分工已经明确。\n"
            "会议决定任命贺某兵为某市人民政府副市长。胡某峰此前分管的城建、交通工作，现调整由邹慧敏分管。\n")
    assert triples(portfolios_of(extractor, text)) == {("邹慧敏", "分管", "城建"), ("邹慧敏", "分管", "交通")}


def test_a_table_a_cell_a_line_whose_last_row_holds_its_longest_list(extractor: Extractor) -> None:
    rows = ["姓名", "职务", "负责工作", "分管部门", "联系单位", "",
            "郭振宇", "县委副书记、县长", "主持县政府全面工作", "县审计局", "—", "",
            "刘海龙", "副县长", "农业农村、水利", "县农业农村局、县水务局、县自然资源和规划局", "县气象局", "",
            "邢雅静", "副县长", "工业、商务",
            "县工业和信息化局、县商务局、县科学技术局、县市场监督管理局、县应急管理局", "县供电公司", "",
            "备注：县政府领导同志外出期间，由县长指定其他领导同志代管其分管工作，各议事协调机构负责人随分工相应调整。"]
    text = "附件\n\n某县人民政府领导同志工作分工及联系单位一览表\n\n" + "\n".join(rows) + "\n"
    found = triples(portfolios_of(extractor, text))
    assert {t for t in found if t[0] == "邢雅静"} == {
        ("邢雅静", "负责", "工业"), ("邢雅静", "负责", "商务"), ("邢雅静", "分管", "县工业和信息化局"),
        ("邢雅静", "分管", "县商务局"), ("邢雅静", "分管", "县科学技术局"), ("邢雅静", "分管", "县市场监督管理局"),
        ("邢雅静", "分管", "县应急管理局"), ("邢雅静", "联系", "县供电公司")}


def test_a_table_a_cell_a_line_whose_column_names_and_notes_read_like_clauses(extractor: Extractor) -> None:
    # ``分管站所`` ⏎ ``联系村``: the table's column names; ``2.联系村工作要求…``: a note on them; neither is a clause of
    # a leader the page does not name
    rows = ["姓名", "职务", "负责工作", "分管站所", "联系村",
            "孙国栋", "乡党委书记", "主持乡党委全面工作", "—", "兴隆村",
            "赵文华", "乡党委副书记、乡长", "主持乡政府全面工作，负责财政、经济发展", "财政所、经发办", "永安村",
            "王丽娟", "乡党委副书记", "负责党建、组织、宣传工作", "党建办", "胜利村",
            "张宏伟", "乡党委委员、纪委书记", "负责纪检监察、巡察整改", "纪委办", "新发村",
            "马春雨", "副乡长", "负责民政、社会保障、卫生健康", "社会事务办", "太平村",
            "于海波", "副乡长（挂职）", "协助乡长负责招商引资", "—", "—",
            "注：1.乡党委书记、乡长为全乡安全生产第一责任人。", "2.联系村工作要求每月到村不少于4次。"]
    text = "附表\n兴隆乡领导班子成员分工一览表\n" + "\n".join(rows) + "\n"
    found = triples(portfolios_of(extractor, text))
    assert all(person for person, _, _ in found), sorted(t for t in found if not t[0])
    assert ("赵文华", "分管", "财政所") in found and ("孙国栋", "联系", "兴隆村") in found


def test_a_table_cell_that_opens_with_the_full_charge_then_more_clauses(extractor: Extractor) -> None:
    # ``主持镇政府全面工作，负责财政、审计工作，分管…``: the cell says its relations (its first clause does)
    text = ("姓名      职务                工作分工                                  联系村（社区）\n"
            "杨光荣    镇党委书记          主持镇党委全面工作。                      鹭塘社区\n"
            "吴秀英    镇长                主持镇政府全面工作，负责财政、审计工作，  新寨村\n"
            "                              分管财政所（经济发展办）。\n")
    assert {t for t in triples(portfolios_of(extractor, text)) if t[0] == "吴秀英"} == {
        ("吴秀英", "主持", "镇政府全面工作"), ("吴秀英", "负责", "财政"), ("吴秀英", "负责", "审计"),
        ("吴秀英", "分管", "财政所"), ("吴秀英", "联系", "新寨村")}


def test_a_markdown_tables_cell_of_several_lines_is_a_list(extractor: Extractor) -> None:
    text = ("| 姓名 | 职务 | 工作分工 | 分管部门 | 联系单位 |\n|---|---|---|---|---|\n"
            "| 徐志刚 | 副县长 | 负责住房城乡建设工作。 | 县住房和城乡建设局<br>县城市管理局 |"
            " 市生态环境局某县分局 |\n")
    assert ("徐志刚", "分管", "县城市管理局") in triples(portfolios_of(extractor, text))


def test_a_tab_separated_row_whose_cell_a_line_break_cut(extractor: Extractor) -> None:
    # ``主持局全面工作。`` ⏎ ``负责干部人事…工作。	人事股…	县人民医院``: the second line goes on with the cell cut
    text = ("姓名\t职务\t工作分工\t分管股室（单位）\t联系单位\n周文斌\t局党组书记、局长\t主持局全面工作。\n"
            "负责干部人事、财务工作。\t人事股、规划财务股\t县人民医院\n"
            "何建国\t局党组成员、副局长\t负责基层卫生工作。\t基层卫生健康股\t各乡镇卫生院\n")
    assert {t for t in triples(portfolios_of(extractor, text)) if t[0] == "周文斌"} == {
        ("周文斌", "主持", "局全面工作"), ("周文斌", "负责", "干部人事"), ("周文斌", "负责", "财务"),
        ("周文斌", "分管", "人事股"), ("周文斌", "分管", "规划财务股"), ("周文斌", "联系", "县人民医院")}


def test_a_heading_whose_bracket_notes_a_secondment_and_an_office_named_like_a_verb(extractor: Extractor) -> None:
    # ``（…副主任，挂职至2022年6月）``: the posts, then a note after a comma; ``组织人事局`` is an office, no task
    text = ("关于管委会领导班子成员工作分工的通知\n某高管发〔2021〕9号\n　　一、熊卫东（党工委书记、管委会主任）\n"
            "　　分管党政办公室、组织人事局、审计局。\n　　六、刘国栋（党工委委员、管委会副主任，挂职至2022年6月）\n"
            "　　分管征迁安置办公室。\n")
    assert triples(portfolios_of(extractor, text)) == {
        ("熊卫东", "分管", "党政办公室"), ("熊卫东", "分管", "组织人事局"), ("熊卫东", "分管", "审计局"),
        ("刘国栋", "分管", "征迁安置办公室")}


def test_a_zones_leaders_posts_with_a_note_fields_named_with_的_and_组织_and_a_park_to_contact(
        extractor: Extractor) -> None:
    text = ("某开发区管委会关于领导班子成员工作分工的通知\n某开管〔2016〕11号\n　　杨　帆　街道党工委书记\n"
            "　　负责党的建设、组织人事、基层治理工作。\n　　蔡文昊　管委会副主任（挂职）\n　　负责金融服务工作。\n"
            "　　联系园区：北港物流园。\n")
    assert triples(portfolios_of(extractor, text)) == {
        ("杨帆", "负责", "党的建设"), ("杨帆", "负责", "组织人事"), ("杨帆", "负责", "基层治理"),
        ("蔡文昊", "负责", "金融服务"), ("蔡文昊", "联系", "北港物流园")}


def test_a_township_leader_who_keeps_in_touch_with_villages_挂钩联系(extractor: Extractor) -> None:
    text = "关于镇领导班子成员工作分工的通知\n　　黄素珍：镇党委副书记。负责党建、信访工作；挂钩联系溪口村、上洋村。\n"
    assert triples(portfolios_of(extractor, text)) == {("黄素珍", "负责", "党建"), ("黄素珍", "负责", "信访"),
                                                       ("黄素珍", "联系", "溪口村"), ("黄素珍", "联系", "上洋村")}


def test_a_head_whose_post_carries_a_note_and_a_party_working_committees_secretary_assisted(
        extractor: Extractor) -> None:
    # ``詹文彬：副镇长（挂职）。``: the note does not hide the leader (whose work would go to the leader above)
    text = ("关于领导班子成员工作分工的通知\n　　江卫东：镇党委委员、副镇长。负责农业工作。\n"
            "　　詹文彬：副镇长（挂职）。协助分管工业工作。\n"
            "　　范志成：党工委委员。协助党工委书记负责党建、宣传工作。\n"
            "　　钱国华：党工委委员、办事处副主任。协助办事处主任负责城市管理工作。\n")
    assert triples(portfolios_of(extractor, text)) == {
        ("江卫东", "负责", "农业"), ("詹文彬", "协助", "工业"), ("范志成", "协助", "党建"), ("范志成", "协助", "宣传"),
        ("钱国华", "协助", "城市管理")}


def test_a_leaders_page_whose_names_carry_a_personal_note_or_whose_post_label_a_secondment(
        extractor: Extractor) -> None:
    text = ("某市人民政府领导之窗\n\n副市长\n黄丽萍(女,壮族)\n职务:市人民政府副市长\n工作分工:负责教育方面的工作。\n"
            "更新时间:2024-03-05\n\n副市长(挂职)\n李  昂\n职务:市人民政府副市长(挂职)\n"
            "工作分工:协助分管工业和信息化、商务工作。\n")
    assert triples(portfolios_of(extractor, text)) == {
        ("黄丽萍", "负责", "教育"), ("李昂", "协助", "工业和信息化"), ("李昂", "协助", "商务")}


def test_a_table_of_the_leaders_and_the_townships_each_stays_in_touch_with(extractor: Extractor) -> None:
    # ``县政府领导 | 联系乡镇（街道）`` after the leaders' paragraphs: each row's places are the leader's 联系
    text = notice("陆承志　县长\n领导县政府全面工作。\n\n县政府领导\t联系乡镇（街道）\n陆承志\t城关街道\n"
                  "何振宇\t溪口镇、白岩乡\n")
    got = {(p, r, t) for p, r, t in triples(portfolios_of(extractor, text)) if r == "联系"}
    assert got == {("陆承志", "联系", "城关街道"), ("何振宇", "联系", "溪口镇"), ("何振宇", "联系", "白岩乡")}


def test_leaders_tables_of_the_villages_and_of_places_under_a_merged_heading(extractor: Extractor) -> None:
    # ``乡领导 | 联系村 | 包村干部`` (the cadres' column read for nothing); ``市政府领导 | 联系单位`` over ``镇（街道）|
    # 经济开发区（园区）``: the merged 联系单位 names both parts
    villages = notice("马文礼　党委副书记、乡长\n主持乡人民政府全面工作。\n乡领导\t联系村\t包村干部\n"
                      "马文礼\t石门村\t马军\n李春燕\t沙沟村、红崖村\t周丽、田宏伟\n")
    got = {t for t in triples(portfolios_of(extractor, villages)) if t[1] == "联系"}
    assert got == {("马文礼", "联系", "石门村"), ("李春燕", "联系", "沙沟村"), ("李春燕", "联系", "红崖村")}
    places = notice("市长　高立群\n领导市政府全面工作。\n市政府领导\t联系单位\n\t镇（街道）\t经济开发区（园区）\n"
                    "高立群\t龙泉街道\n孔德胜\t凤凰镇\t兰泽经济开发区\n")
    got = {t for t in triples(portfolios_of(extractor, places)) if t[1] == "联系"}
    assert got == {("高立群", "联系", "龙泉街道"), ("孔德胜", "联系", "凤凰镇"), ("孔德胜", "联系", "兰泽经济开发区")}


def test_a_township_leaders_head_of_party_posts_without_a_place(extractor: Extractor) -> None:
    # ``党委副书记、乡长``, ``党委委员、武装部长``: the township's party committee, named without its place
    text = notice("马文礼　党委副书记、乡长\n主持乡人民政府全面工作，负责财政工作。\n丁国华　党委委员、武装部长\n"
                  "负责人民武装工作。\n")
    assert triples(portfolios_of(extractor, text)) == {
        ("马文礼", "主持", "乡人民政府全面工作"), ("马文礼", "负责", "财政"), ("丁国华", "负责", "人民武装")}


def test_a_leaders_page_of_a_name_no_surname_list_knows_over_its_post(extractor: Extractor) -> None:
    # ``其木格`` ⏎ ``副旗长`` ⏎ ``负责…``: the name alone, its post alone under it; ``相关链接`` over a link is no name
    text = ("某旗人民政府领导\n[图片]\n其木格\n副旗长\n负责教育、卫生健康工作。\n分管旗教育局。\n"
            "相关链接\n旗长\n")
    assert triples(portfolios_of(extractor, text)) == {
        ("其木格", "负责", "教育"), ("其木格", "负责", "卫生健康"), ("其木格", "分管", "旗教育局")}



def test_a_heading_with_the_persons_sex_and_people_between_the_name_and_the_post(extractor: Extractor) -> None:
    text = notice("马秀兰(女,回族) 副县长\n负责教育工作。分管县教育局。\n泽仁卓玛（女）  副县长\n负责卫生健康工作。\n")
    assert triples(portfolios_of(extractor, text)) == {("马秀兰", "负责", "教育"), ("马秀兰", "分管", "县教育局"),
                                                      ("泽仁卓玛", "负责", "卫生健康")}


def test_a_duties_cell_sentence_tying_the_leader_to_a_village_takes_no_column_relation(extractor: Extractor) -> None:
    # ``挂钩曼囡村`` names a tie of its own, not a 负责 of the 工作分工 column; ``挂钩联系X`` is read as 联系
    text = ("某镇领导班子成员工作分工表\n姓名\t职务\t工作分工\n岩温\t镇党委书记\t负责党的建设工作。挂钩曼囡村。\n"
            "刀建明\t镇人大主席\t负责人大代表联络工作。挂钩联系勐朗社区。\n")
    assert triples(portfolios_of(extractor, text)) == {("岩温", "负责", "党的建设"), ("刀建明", "负责", "人大代表联络"),
                                                      ("刀建明", "联系", "勐朗社区")}


def test_a_leaders_page_with_the_name_alone_over_a_post_field_that_names_the_city(extractor: Extractor) -> None:
    # ``职　　务：白溪市委常委、…副市长``: the label says it is a post, though it opens with the city's name
    text = ("市政府领导\n\n郑玉林\n\n职　　务：白溪市委常委、市人民政府副市长\n\n工作分工：\n\n"
            "　　负责工业经济、招商引资等方面工作。\n\n　　分管市工业和信息化局、市商务局。\n\n个人简历：\n\n"
            "　　郑玉林，男，汉族，1972年8月生。\n")
    assert triples(portfolios_of(extractor, text)) == {
        ("郑玉林", "负责", "工业经济"), ("郑玉林", "负责", "招商引资"),
        ("郑玉林", "分管", "市工业和信息化局"), ("郑玉林", "分管", "市商务局")}


def test_assisting_a_congress_or_cppcc_chair_names_whom_not_what(extractor: Extractor) -> None:
    # ``协助人大主席负责…``, ``协助人大工委主任…``: the assisted leader is no part of the target
    text = notice("潘玉兰 镇人大副主席\n协助人大主席负责人大日常工作。\n"
                  "黄磊 人大工委副主任\n协助人大工委主任负责人大工委日常工作。\n")
    assert triples(portfolios_of(extractor, text)) == {("潘玉兰", "协助", "人大日常工作"),
                                                      ("黄磊", "协助", "人大工委日常工作")}


def test_a_tab_table_row_whose_duties_cell_has_two_paragraphs_and_the_next_line_opens_with_its_tab(
        extractor: Extractor) -> None:
    # a Word table saved as text: the 负责工作 cell's second paragraph on a line of its own, then ``⇥分管⇥联系`` (the
    # line opens with the tab that ends the cell); the rows after it are read too
    text = ("区人民政府领导工作分工表\n姓名\t职务\t负责工作\t分管部门\t联系单位\n"
            "周　敏\t常务副区长\t协助区长负责区政府常务工作。\n负责财政、统计方面工作。\n"
            "\t区财政局、区统计局\t人行汉泽支行\n"
            "黄志刚\t副区长\t负责工业方面工作。\t区商务局\t区工商联\n")
    assert triples(portfolios_of(extractor, text)) == {
        ("周敏", "协助", "区政府常务工作"), ("周敏", "负责", "财政"), ("周敏", "负责", "统计"),
        ("周敏", "分管", "区财政局"), ("周敏", "分管", "区统计局"), ("周敏", "联系", "人行汉泽支行"),
        ("黄志刚", "负责", "工业"), ("黄志刚", "分管", "区商务局"), ("黄志刚", "联系", "区工商联")}


def test_an_adjustment_item_that_opens_with_by_and_the_leader(extractor: Extractor) -> None:
    # ``一、由副县长邓建军同志分管…``: the leader now holds it; ``由X主持…工作`` while the county head is away does not
    text = notice("一、由县委常委、副县长邓建军同志分管县自然资源局、县林业局。\n"
                  "二、由副县长唐文斌同志负责教育方面工作，联系县红十字会。\n"
                  "三、县长外出期间，由常务副县长杨林同志主持县政府工作。\n",
                  title="某县人民政府关于调整县人民政府领导工作分工的通知")
    assert triples(portfolios_of(extractor, text)) == {
        ("邓建军", "分管", "县自然资源局"), ("邓建军", "分管", "县林业局"), ("唐文斌", "负责", "教育"),
        ("唐文斌", "联系", "县红十字会")}


def test_an_offices_heads_named_with_同志_and_its_sections_joined_by_和(extractor: Extractor) -> None:
    # an office's 分工 in prose: ``主任X同志`` heads a leader's clause; ``A科和B科`` are two sections; the head's
    # ``全面工作`` is a target of its own
    text = ("区政府办公室领导工作分工\n根据工作需要,区政府办公室主任华毅同志主持全面工作,"
            "副主任杨烨同志分管文秘科和督查科工作,副主任刘峻睿同志分管综合三科。\n")
    assert triples(portfolios_of(extractor, text)) == {
        ("华毅", "主持", "全面工作"), ("杨烨", "分管", "文秘科"), ("杨烨", "分管", "督查科"),
        ("刘峻睿", "分管", "综合三科")}


def test_a_news_page_of_leaders_over_their_clauses_a_post_held_too_and_an_alias_before_及(extractor: Extractor) -> None:
    # ``原标题：`` repeats the report's headline (not recorded); ``兼市公安局局长，`` is a post held too, the leader's
    # clauses go on; ``A（别名）及B`` is two agencies
    text = ("原标题:市长、副市长最新分工公布,陈寅负责发展和改革等工作\n市长、副市长工作分工\n陈寅常务副市长\n"
            "分管市发展和改革委员会(市物价局)及市粮食和物资储备局,市统计局。\n舒庆副市长\n"
            "兼市公安局局长,负责公安、司法行政等工作。\n联系市高院,市检察院。\n")
    recs = portfolios_of(extractor, text)
    assert triples(recs) == {
        ("陈寅", "分管", "市发展和改革委员会"), ("陈寅", "分管", "市粮食和物资储备局"),
        ("陈寅", "分管", "市统计局"), ("舒庆", "负责", "公安"), ("舒庆", "负责", "司法行政"),
        ("舒庆", "联系", "市高院"), ("舒庆", "联系", "市检察院")}
    assert [r["aliases"] for r in recs if r["target"] == "市发展和改革委员会"] == [["市物价局"]]


def test_a_name_announced_to_stand_in_is_no_leader_with_the_verb_in_it(extractor: Extractor) -> None:
    # ``宣布X同志主持…工作`` in a report of removals: no leader ``宣布X``
    text = "集团党委决定,免去刘敏同志省舞台美术工厂厂长职务(退休),宣布马临军同志主持省舞台美术工厂工作。\n"
    assert all(r["person"] != "宣布马临军" for r in portfolios_of(extractor, text))


def test_a_post_held_before_in_a_news_report_gives_no_portfolio_and_a_career_clause_names_no_leader(
        extractor: Extractor) -> None:
    news = ("8月24日,某市人大常委会通过任免名单。新任命的某市教育和体育局局长王彤泽,此前为某县县委常委、常务副县长。"
            "主要负责发展改革、财政税收等工作。\n")
    assert portfolios_of(extractor, news) == []
    page = "王五，男，汉族，1975年生，曾任某镇镇长。\n现任某县人民政府副县长。\n负责农业农村工作。分管县水利局。\n"
    assert triples(portfolios_of(extractor, page)) == {("王五", "负责", "农业农村"), ("王五", "分管", "县水利局")}


def test_a_rosters_next_row_under_a_label_heads_no_leaders_clauses(extractor: Extractor) -> None:
    # ``副组长：X（…）`` ⏎ ``Y（…）`` ⏎ ``负责…``: the group's duties, not Y's portfolio
    text = ("关于成立市手足口病防控工作领导小组的通知\n(二)疫情监测组\n副组长:袁 琳 (市卫生局副调研员)\n"
            "王悦嘉 (市教育局副局长)\n负责组织实施防控工作;及时掌握、汇总、报告疫情信息,协调各职能组开展防治工作。\n")
    assert portfolios_of(extractor, text) == []


def test_associations_joined_by_和_and_a_list_ending_with_a_kind_of_groups(extractor: Extractor) -> None:
    text = notice("王五副县长:负责妇女儿童工作,联系县工商联和金融,联系县女干部联谊会和家庭教育研究会等团体会员。\n")
    assert triples(portfolios_of(extractor, text)) == {
        ("王五", "负责", "妇女儿童"), ("王五", "联系", "县工商联"), ("王五", "联系", "金融"),
        ("王五", "联系", "县女干部联谊会"), ("王五", "联系", "家庭教育研究会")}


def test_a_reports_verb_after_a_name_is_no_part_of_it(extractor: Extractor) -> None:
    # ``主任薛某开展联系代表活动``: an activity the report tells of, not a leader's portfolio; 开展 ends no name
    text = "县人大常委会开展联系代表活动\n近日,县人大常委会主任薛琪然开展联系代表活动。\n"
    assert portfolios_of(extractor, text) == []


def test_a_report_of_leaders_visiting_the_places_and_firms_they_are_linked_to(extractor: Extractor) -> None:
    # ``到联系的重点企业A、B等企业``, ``深入联系点X``, ``到分包X``: 联系; people named after a post; a link with no
    # names after it (``深入包联企业走访``) and a visit with no link (``到某镇调研``) give nothing
    text = ("连日来,县委常委、副县长张航泽带领县发改局负责人到联系的重点企业某塑业有限公司、某药业有限公司"
            "等企业开展调研。\n"
            "8月18日上午,县人大常委会副主任施涵德冒着高温,深入联系点大明村,走访贫困户。\n"
            "11月9日,县人大常委会副主任何彤涵,县法院院长宋珂毅到分包黄道镇调研指导防风救灾工作。\n"
            "9月27日,县委常委、副县长张锦彤带领相关责任单位深入包联企业进行走访调研。\n"
            "9月28日,副县长王五到某镇调研。\n")
    assert triples(portfolios_of(extractor, text)) == {
        ("张航泽", "联系", "某塑业有限公司"), ("张航泽", "联系", "某药业有限公司"), ("施涵德", "联系", "大明村"),
        ("何彤涵", "联系", "黄道镇"), ("宋珂毅", "联系", "黄道镇")}


def test_a_post_a_colon_a_name_then_the_duties_after_a_space_and_the_units_in_brackets(extractor: Extractor) -> None:
    # a department's page: ``副局长:李明 协助局长工作,…`` (no comma after the name), the units it oversees in a
    # sentence of brackets after the duties, a telephone number after that
    text = ("一、主要领导及分工\n局 长:王 东 主持县林业局全面工作。办公室电话:6646001\n"
            "副局长:李明 协助局长工作,负责安全生产、宣传工作。(分管绿化队、苗圃管理所) 办公室电话:6646006\n"
            "二、主要职能\n1、负责全县林业工作。\n")
    assert triples(portfolios_of(extractor, text)) == {
        ("王东", "主持", "县林业局全面工作"),
        ("李明", "负责", "安全生产"),
        ("李明", "负责", "宣传"),
        ("李明", "分管", "绿化队"),
        ("李明", "分管", "苗圃管理所"),
    }


def test_a_list_of_agencies_set_apart_by_commas_goes_on_past_two_joined_by_ji(extractor: Extractor) -> None:
    # ``…,市住房和城乡建设管理委员会及市城市管理行政执法局、市房屋管理局,…``: the list goes on after the 及 pair
    text = ("县政府领导分工\n李明 副县长\n分管县自然资源局,县生态环境局,"
            "县住房和城乡建设管理委员会及县城市管理行政执法局、县房屋管理局,县交通运输局。\n")
    assert {t for _, _, t in triples(portfolios_of(extractor, text))} == {
        "县自然资源局", "县生态环境局", "县住房和城乡建设管理委员会", "县城市管理行政执法局", "县房屋管理局",
        "县交通运输局"}


def test_a_reporters_words_about_a_portfolio_name_no_leader_and_no_target(extractor: Extractor) -> None:
    text = ("市长统领全局\n万某明身为市政府的一把手，全方位主持着政府的工作。\n"
            "由胡某海担任常务副市长，其分管范畴皆为核心经济部门。\n")
    assert portfolios_of(extractor, text) == []


def test_the_units_a_leader_is_in_charge_of_told_after_de_and_you(extractor: Extractor) -> None:
    text = "由胡某海担任常务副市长，其分管的单位有发改委、财政局。\n副市长李某明分管的工作是：财政、税务。\n"
    assert triples(portfolios_of(extractor, text)) == {
        ("胡某海", "分管", "发改委"), ("胡某海", "分管", "财政局"),
        ("李某明", "分管", "财政"), ("李某明", "分管", "税务"),
    }


def test_a_meeting_hands_a_former_holders_portfolio_to_another_leader() -> None:
    text = ("会议同意张某同志原分管退役军人事务调整至王一鸣同志，原分管的应急管理和安全生产、消防救援工作调整至"
            "李二同志，按程序报市委组织部备案后印发。\n")
    got = {(f.person, f.relation, f.target) for f in Extractor().facts_from_text(text) if isinstance(f, Portfolio)}
    assert got == {("王一鸣", "分管", "退役军人事务"), ("李二", "分管", "应急管理和安全生产"),
                   ("李二", "分管", "消防救援")}


def test_a_career_told_by_its_dates_in_a_news_report_gives_no_portfolio(extractor: Extractor) -> None:
    news = ("12月12日，某区人大常委会会议决定任命王一为某区人民政府副区长。\n"
            "2016年6月，王一出任某县委副书记、县政府党组书记，同年12月出任县长，主持县政府全面工作。\n")
    assert portfolios_of(extractor, news) == []
    page = "王一\n2016年6月，县政府调整领导分工，王一负责县政府全面工作。\n"
    assert triples(portfolios_of(extractor, page)) == {("王一", "负责", "县政府全面工作")}


def test_a_news_report_of_a_new_division_tells_who_takes_which_fields_over(extractor: Extractor) -> None:
    news = ("某市政府领导分工调整\n"
            "此轮分工变化主要涉及常务副市长张一和李二副市长。王五此前分管的工作一分为二。"
            "发展和改革、物价、能源、政务管理四个领域工作由张一接手;法制由李二接手。\n")
    assert triples(portfolios_of(extractor, news)) == {
        ("张一", "分管", "发展和改革"), ("张一", "分管", "物价"), ("张一", "分管", "能源"),
        ("张一", "分管", "政务管理"), ("李二", "分管", "法制")}


def test_a_leader_put_in_touch_with_townships_and_villages_is_their_contact(extractor: Extractor) -> None:
    # ``包联``, ``包保``: a leader answers for a township or a village, the relation 联系; a leader's clause after
    # a semicolon opens with the next leader, not another target
    text = "张一副县长包联甲镇、乙镇；李二副县长包联丙乡。\n副县长王五：分管县教育局，包保丁村。\n"
    assert triples(portfolios_of(extractor, text)) == {
        ("张一", "联系", "甲镇"), ("张一", "联系", "乙镇"), ("李二", "联系", "丙乡"),
        ("王五", "分管", "县教育局"), ("王五", "联系", "丁村")}


def test_an_alias_alone_in_a_leaders_sentence_still_gives_its_relation(extractor: Extractor) -> None:
    assert triples(portfolios_of(extractor, "张一副县长协管县公安局。\n")) == {("张一", "协助", "县公安局")}


def test_a_leader_who_contacted_an_agency_to_settle_a_case_holds_no_portfolio(extractor: Extractor) -> None:
    text = ("领办项目：某社区取暖期室温提升项目。工作进展：部分住户室内温度低，张一主任联系住建局协调解决，"
            "住建局督办供暖公司完成整改。\n")
    assert portfolios_of(extractor, text) == []
