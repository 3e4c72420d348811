"""Rosters as other counties' sites print them: invented snippets of the genre, one layout family each,
with the facts they must give (SCHEMA.md and the wild NOTES conventions) and the texts that must give none."""

from __future__ import annotations

import pytest

from graph_build.extractors import rosters
from graph_build.pipeline import Extractor
from graph_build.records import Membership, UnitMembership


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor(extractors=(rosters,))


def members(ex: Extractor, text: str) -> set[tuple[str, str, str]]:
    return {(f.body, f.person, f.role) for f in ex.facts_from_text(text) if isinstance(f, Membership)}


def units(ex: Extractor, text: str) -> set[tuple[str, str, str]]:
    return {(f.body, f.unit, f.role) for f in ex.facts_from_text(text) if isinstance(f, UnitMembership)}


def test_double_spaced_labels_and_indented_continuations(ex: Extractor) -> None:
    text = (
        "为加强对全县秸秆禁烧工作的领导，县政府决定成立秸秆禁烧工作领导小组，组成人员如下：\n"
        "组  长：刘建国  县委副书记、县长\n副组长：陈立新  县委常委、常务副县长\n        赵红梅  副县长\n"
        "成  员：孙志强  县农业农村局局长\n"
    )
    b = "秸秆禁烧工作领导小组"
    assert members(ex, text) == {(b, "刘建国", "组长"), (b, "陈立新", "副组长"), (b, "赵红梅", "副组长"),
                                 (b, "孙志强", "成员")}


def test_a_township_commands_leader_and_deputy_leaders_zhihui(ex: Extractor) -> None:
    text = ("关于调整某镇防汛防台指挥部组成人员的通知\n现将名单通知如下：\n　　指　挥：林建峰　镇长\n"
            "　　副指挥：陈海涛　副镇长\n　　　　　　吴志伟　武装部长\n")
    b = "某镇防汛防台指挥部"
    assert members(ex, text) == {(b, "林建峰", "指挥"), (b, "陈海涛", "副指挥"), (b, "吴志伟", "副指挥")}


def test_a_numbered_heading_that_founds_the_body_names_it_without_the_verb(ex: Extractor) -> None:
    text = "一、成立某县森林防火指挥部\n指 挥 长：周海涛（县长）\n副指挥长：吴敏（副县长）、郑大勇（县人武部部长）\n"
    b = "某县森林防火指挥部"
    assert members(ex, text) == {(b, "周海涛", "指挥长"), (b, "吴敏", "副指挥长"), (b, "郑大勇", "副指挥长")}


def test_a_founding_sentence_with_an_abbreviation_names_the_body_without_the_verb(ex: Extractor) -> None:
    text = (
        "成立县城乡环境综合整治工作领导小组（以下简称领导小组），成员名单如下：\n组长：戴文军（县委副书记、县长）\n"
        "成员：县住建局、县城管局\n"
    )
    b = "县城乡环境综合整治工作领导小组"
    assert members(ex, text) == {(b, "戴文军", "组长")}
    assert units(ex, text) == {(b, "县住建局", "成员"), (b, "县城管局", "成员")}


def test_prose_chain_of_leaders_and_unit_heads(ex: Extractor) -> None:
    text = (
        "经研究，决定成立县创建全国文明城市工作领导小组，由县委书记黄志明任组长，县长林海波任常务副组长，"
        "县委常委、宣传部部长何丽娟任副组长。"
    )
    b = "县创建全国文明城市工作领导小组"
    assert members(ex, text) == {(b, "黄志明", "组长"), (b, "林海波", "常务副组长"), (b, "何丽娟", "副组长")}


def test_a_prose_list_whose_last_item_follows_a_comma_and_yiji(ex: Extractor) -> None:
    # ``A，以及B任副组长`` / ``C、D，以及E为成员单位`` (a news report's style): the comma does not end the list
    text = ("根据通知，专班由街道党工委书记陈立群任组长，街道党工委副书记吴海燕，以及街道人大工委主任郑国平任副组长，"
            "街道应急管理办、综合行政执法队、平安办，以及下辖12个社区为成员单位。")
    got = {(f.person, f.role, f.titles) for f in ex.facts_from_text("关于成立街道除险保安工作专班的通知\n" + text)
           if isinstance(f, Membership)}
    assert got == {("陈立群", "组长", ("街道党工委书记",)), ("吴海燕", "副组长", ("街道党工委副书记",)),
                   ("郑国平", "副组长", ("街道人大工委主任",))}
    assert {u for _, u, _ in units(ex, "关于成立街道除险保安工作专班的通知\n" + text)} == {
        "街道应急管理办", "综合行政执法队", "平安办", "下辖12个社区"}


def test_founded_with_people_as_its_leaders_then_named(ex: Extractor) -> None:
    text = (
        "为确保工作顺利推进，成立以县长王志军为组长，副县长李春燕、张国华为副组长，县直相关部门主要负责人为成员的"
        "县优化营商环境工作领导小组。"
    )
    b = "县优化营商环境工作领导小组"
    assert {m for m in members(ex, text)} == {(b, "王志军", "组长"), (b, "李春燕", "副组长"), (b, "张国华", "副组长")}


def test_member_units_labelled_with_the_body(ex: Extractor) -> None:
    text = "县安全生产委员会成员单位：县应急管理局、县公安局、县住房和城乡建设局、各乡（镇）人民政府。"
    b = "县安全生产委员会"
    assert units(ex, text) == {(b, "县应急管理局", "成员单位"), (b, "县公安局", "成员单位"),
                               (b, "县住房和城乡建设局", "成员单位"), (b, "各乡（镇）人民政府", "成员单位")}


def test_traditional_characters_and_an_office_director_in_prose(ex: Extractor) -> None:
    text = (
        "為切實加強組織領導，成立縣鄉村振興工作領導小組：\n組長：蔡文斌 縣委書記\n副組長：羅明輝 縣委副書記、縣長\n"
        "領導小組下設辦公室，辦公室設在縣農業農村局，許家豪同志兼任辦公室主任。\n"
    )
    b = "縣鄉村振興工作領導小組"
    assert members(ex, text) == {(b, "蔡文斌", "組長"), (b, "羅明輝", "副組長"), (b, "許家豪", "辦公室主任")}


def test_an_excerpt_opening_on_the_office_in_traditional_characters_keeps_its_director(ex: Extractor) -> None:
    # the office's roles as the text writes them: ``辦公室主任``, and ``辦公室`` before the deputies' ``常務副主任``
    text = ("（一）領導小組辦公室設在民政部，承擔領導小組日常工作。辦公室主任由民政部部長張一兼任；"
            "常務副主任由民政部副部長李二兼任。\n")
    assert members(ex, text) == {("領導小組", "張一", "辦公室主任"), ("領導小組", "李二", "辦公室常務副主任")}


def test_a_table_rendered_with_pipes(ex: Extractor) -> None:
    text = (
        "某县河长制工作领导小组\n| 职务 | 姓名 | 单位及职务 |\n| 组长 | 唐志刚 | 县委书记 |\n"
        "| 副组长 | 韩立平 | 县长 |\n| 成员 | 曹建华 | 县水利局局长 |\n"
    )
    b = "某县河长制工作领导小组"
    assert members(ex, text) == {(b, "唐志刚", "组长"), (b, "韩立平", "副组长"), (b, "曹建华", "成员")}


def test_a_table_rendered_with_tabs_under_its_heading(ex: Extractor) -> None:
    text = "某县教育督导委员会组成人员\n主任\t宋卫东\t县长\n副主任\t邓晓明\t副县长\n委员\t萧建平\t县教育局局长\n"
    b = "某县教育督导委员会"
    assert members(ex, text) == {(b, "宋卫东", "主任"), (b, "邓晓明", "副主任"), (b, "萧建平", "委员")}


def test_a_composition_announced_with_a_colon_and_units_as_members(ex: Extractor) -> None:
    text = (
        "县食品安全委员会组成如下：\n主  任：潘国庆  县长\n副主任：杜晓峰  副县长\n"
        "委  员：县市场监管局、县农业农村局、县卫生健康局主要负责同志。\n"
    )
    b = "县食品安全委员会"
    assert members(ex, text) == {(b, "潘国庆", "主任"), (b, "杜晓峰", "副主任")}
    assert units(ex, text) == {(b, "县市场监管局", "委员"), (b, "县农业农村局", "委员"), (b, "县卫生健康局", "委员")}


def test_roles_run_into_the_names_after_a_colon(ex: Extractor) -> None:
    text = "县疫情防控指挥部组成人员：指挥长朱红军，副指挥长孔德明、马丽华，成员包括县卫健局、县公安局、各镇街。"
    b = "县疫情防控指挥部"
    assert members(ex, text) == {(b, "朱红军", "指挥长"), (b, "孔德明", "副指挥长"), (b, "马丽华", "副指挥长")}
    assert units(ex, text) == {(b, "县卫健局", "成员"), (b, "县公安局", "成员"), (b, "各镇街", "成员")}


def test_a_body_composed_of_the_units_listed_after_a_colon(ex: Extractor) -> None:
    text = "调整后，县道路交通安全委员会由以下单位组成：县公安局、县交通运输局、县教育局。"
    b = "县道路交通安全委员会"
    assert units(ex, text) == {(b, u, "成员单位") for u in ("县公安局", "县交通运输局", "县教育局")}


def test_a_body_composed_of_units_whose_text_stops_after_their_count(ex: Extractor) -> None:
    # an excerpt cut in ``组成``: the list is whole up to its count; a list cut before it is none
    head = "经县政府同意，建立某县区划地名工作部门联席会议（以下简称联席会议）制度。\n一、成员单位\n"
    text = head + "联席会议由县政府办公室、县民政局、县财政局、各乡镇人民政府等4个单位组"
    b = "某县区划地名工作部门联席会议"
    assert units(ex, text) == {(b, u, "成员单位") for u in ("县政府办公室", "县民政局", "县财政局", "各乡镇人民政府")}
    assert units(ex, head + "联席会议由县政府办公室、县民政局、县财") == set()


def test_prose_slots_filled_by_and_an_office_headed_by_its_host(ex: Extractor) -> None:
    text = (
        "会议决定成立县第七次全国人口普查领导小组，组长由副县长彭志远担任，"
        "副组长由县统计局局长曾庆华、县公安局副局长余小军担任。"
        "领导小组下设办公室，办公室设在县统计局，办公室主任由县统计局局长兼任。"
    )
    b = "县第七次全国人口普查领导小组"
    assert members(ex, text) == {(b, "彭志远", "组长"), (b, "曾庆华", "副组长"), (b, "余小军", "副组长")}
    assert units(ex, text) == {(b, "县统计局", "办公室主任")}


def test_an_adjusted_roster_and_its_office_director(ex: Extractor) -> None:
    text = (
        "经县委、县政府研究，决定调整县森林防灭火指挥部组成人员，现将调整后的名单通知如下：\n"
        "总指挥：范国强（县长）\n副总指挥：苏卫东（县委常委、县人武部政委）\n办公室主任：陶红（县应急管理局局长）\n"
    )
    b = "县森林防灭火指挥部"
    assert members(ex, text) == {(b, "范国强", "总指挥"), (b, "苏卫东", "副总指挥"), (b, "陶红", "办公室主任")}


def test_post_only_slots_give_no_person(ex: Extractor) -> None:
    text = "某县2024年度征兵工作领导小组\n组长：县长\n副组长：分管副县长\n成员：县教育局、县公安局\n"
    assert members(ex, text) == set()
    b = "某县2024年度征兵工作领导小组"
    assert units(ex, text) == {(b, "县教育局", "成员"), (b, "县公安局", "成员")}


def test_news_personnel_and_liaison_duties_are_not_rosters(ex: Extractor) -> None:
    assert members(ex, "2019年3月，县委任命张德林为县委办公室主任。同日，县政府召开专题会议。") == set()
    assert units(ex, "各成员单位要明确一名分管领导为联络员，负责日常联络工作。") == set()
    assert members(ex, "本报讯 近日，县委召开常委会议，研究成立县委全面深化改革委员会，会议由县委书记主持。") == set()


def test_rows_of_names_with_no_body_anywhere_give_nothing(ex: Extractor) -> None:
    text = "组长：温建国\n副组长：卢秀英\n（以上人员如有变动，由其所在单位接任工作的同志自行替补，不再另行发文。）\n"
    assert members(ex, text) == set()


def test_a_task_force_led_by_its_own_head_and_members_named_through_units(ex: Extractor) -> None:
    text = (
        "关于成立某县营商环境优化提升工作专班的通知\n各乡镇人民政府：\n一、专班组成\n专班长：付建华 县委常委、副县长\n"
        "副专班长：蒋立新 县发改局局长\n成员：县发改局、县市场监管局分管负责同志。\n"
    )
    b = "某县营商环境优化提升工作专班"
    assert members(ex, text) == {(b, "付建华", "专班长"), (b, "蒋立新", "副专班长")}
    assert units(ex, text) == {(b, "县发改局", "成员"), (b, "县市场监管局", "成员")}


def test_a_label_with_a_note_on_order_and_labels_alone_on_their_lines(ex: Extractor) -> None:
    text = (
        "县老龄工作委员会组成人员名单\n主任：\n康文华　县委常委、副县长\n委员（按姓氏笔画排序）：\n"
        "毛建军　县财政局副局长\n尹小红　县卫健局副局长\n"
    )
    b = "县老龄工作委员会"
    assert members(ex, text) == {(b, "康文华", "主任"), (b, "毛建军", "委员"), (b, "尹小红", "委员")}


def test_several_bodies_of_one_notice_under_numbered_headings(ex: Extractor) -> None:
    text = (
        "某县人民政府关于调整县政府议事协调机构组成人员的通知\n一、县国防动员委员会\n主　任：程伟民　县长\n"
        "二、县爱国卫生运动委员会\n主　任：程伟民　县长\n副主任：俞晓光　副县长\n"
    )
    assert members(ex, text) == {
        ("县国防动员委员会", "程伟民", "主任"),
        ("县爱国卫生运动委员会", "程伟民", "主任"),
        ("县爱国卫生运动委员会", "俞晓光", "副主任"),
    }


def test_roles_run_into_names_with_their_posts_in_brackets(ex: Extractor) -> None:
    text = "县精神文明建设委员会成员名单如下：主任胡建明（县委书记），"
    text += "副主任孟凡德（县长）、邢丽（县委常委、宣传部部长）。"
    b = "县精神文明建设委员会"
    assert members(ex, text) == {(b, "胡建明", "主任"), (b, "孟凡德", "副主任"), (b, "邢丽", "副主任")}


def test_leaders_named_only_by_post_in_prose_give_nothing(ex: Extractor) -> None:
    dual = "成立县河湖长制工作领导小组，县委书记、县长任双组长，县委副书记、常务副县长任常务副组长。"
    assert members(ex, dual) == set()
    text = "为加强对创建工作的领导，成立创建工作领导小组。组长：县委书记；常务副组长：县长；副组长：分管副县长。"
    assert members(ex, text) == set()


def test_posts_in_brackets_set_apart_by_spaces_are_titles_without_brackets(ex: Extractor) -> None:
    text = "县创建省级文明城市指挥部\n指挥长: 孟建国 (县委书记)\n成员单位: 县委办、县政府办、县财政局等32个单位\n"
    facts = ex.facts_from_text(text)
    assert [(f.person, f.titles) for f in facts if isinstance(f, Membership)] == [("孟建国", ("县委书记",))]
    b = "县创建省级文明城市指挥部"
    assert units(ex, text) == {(b, "县委办", "成员单位"), (b, "县政府办", "成员单位"), (b, "县财政局", "成员单位")}


def test_a_heading_for_the_office_of_a_body(ex: Extractor) -> None:
    text = (
        "县防汛抗旱指挥部\n指挥长：孟建国（县长）\n县防汛抗旱指挥部办公室成员\n主任：付晓（县水利局局长）\n"
        "副主任：毕文（县水利局副局长）\n成员：县水利局、县气象局\n"
    )
    b = "县防汛抗旱指挥部"
    assert members(ex, text) == {(b, "孟建国", "指挥长"), (b, "付晓", "办公室主任"), (b, "毕文", "办公室副主任")}
    assert units(ex, text) == {(f"{b}/办公室", "县水利局", "成员"), (f"{b}/办公室", "县气象局", "成员")}
    traditional = "某縣森林防火指揮部辦公室組成人員\n主任：郝曉峰（縣林業局局長）\n"
    assert members(ex, traditional) == {("某縣森林防火指揮部", "郝曉峰", "辦公室主任")}


def test_leaders_listed_on_a_page_and_duties_of_member_units_are_not_rosters(ex: Extractor) -> None:
    assert members(ex, "县委常委、常务副县长 龚建平\n县委常委、副县长 陶志明\n") == set()
    duties = "县安委会成员单位及职责\n县应急管理局：负责县安委会日常工作。\n县公安局：负责道路交通安全管理。\n"
    assert units(ex, duties) == set()
    assert members(ex, "副县长张三：负责财政、税务工作。分管县财政局、县税务局。联系县人武部。") == set()


def test_a_founding_sentence_under_a_headline_is_not_a_row_of_names(extractor):
    text = (
        "平安县成立水土保持委员会\n"
        "平安县水土保持委员会由县长任主任,四位副县长任副主任,政务中心、水务、发改、财政等部门为成员单位。\n"
    )
    people = [f for f in extractor.facts_from_text(text) if f.type == "membership"]
    assert people == []


HEAD = "为推进重点项目建设，决定成立县重点项目建设工作专班，组成人员如下：\n"
BODY = "县重点项目建设工作专班"


def test_posts_glued_before_each_name(ex: Extractor) -> None:
    text = HEAD + ("组长：县委书记严建平\n副组长：县委副书记、县长陶明轩，县委常委、副县长金晓峰\n"
                   "成员：县委办主任邓伟、县发改局局长钱大庆\n")
    assert members(ex, text) == {(BODY, "严建平", "组长"), (BODY, "陶明轩", "副组长"), (BODY, "金晓峰", "副组长"),
                                 (BODY, "邓伟", "成员"), (BODY, "钱大庆", "成员")}
    titles = {f.person: f.titles for f in ex.facts_from_text(text) if isinstance(f, Membership)}
    assert titles["陶明轩"] == ("县委副书记", "县长") and titles["邓伟"] == ("县委办主任",)
    comrades = HEAD + "组长：县委书记严建平同志\n成员：县委办主任邓伟同志、县发改局局长钱大庆\n"
    assert {p for _, p, _ in members(ex, comrades)} == {"严建平", "邓伟", "钱大庆"}


def test_a_list_of_units_with_a_place_that_reads_as_a_name_is_no_list_of_people(ex: Extractor) -> None:
    text = HEAD + "成员：县委组织部、县公安局分管负责人，县教育局，县财政局，江云经开区管委会主要负责人。\n"
    assert members(ex, text) == set()
    assert (BODY, "县教育局", "成员") in units(ex, text)


def test_a_spaced_name_before_its_posts_in_brackets_and_people_then_units(ex: Extractor) -> None:
    text = HEAD + ("组  长：黄立新（县委副书记、县长）\n副组长：林  钊（县委常委、常务副县长）\n"
                   "成  员：卢俊杰（县政府办公室主任）、田  锋（县自然资源局局长），县供电公司、县税务局主要负责同志\n")
    assert members(ex, text) == {(BODY, "黄立新", "组长"), (BODY, "林钊", "副组长"), (BODY, "卢俊杰", "成员"),
                                 (BODY, "田锋", "成员")}
    assert units(ex, text) == {(BODY, "县供电公司", "成员"), (BODY, "县税务局", "成员")}


def test_a_web_pages_metadata_line_is_no_roster_row(ex: Extractor) -> None:
    text = ("某某县成立乡村振兴工作领导小组\n"
            "2024-02-27 10:15:03   来源：某某县融媒体中心   编辑：宋 琪   【字号 大 中 小】\n"
            "近日，县委办公室印发通知，成立以县委书记蔡宏伟为组长的县乡村振兴工作领导小组。\n")
    assert members(ex, text) == {("县乡村振兴工作领导小组", "蔡宏伟", "组长")}


def test_a_numbered_heading_of_member_units_above_its_list(ex: Extractor) -> None:
    text = ("决定调整县防汛抗旱指挥部，名单如下：\n一、指挥部组成人员\n指挥长：龙振宇  县长\n二、成员单位\n"
            "县委宣传部、县发展和改革局、县教育局。\n三、指挥部办公室\n")
    want = {("县防汛抗旱指挥部", u, "成员单位") for u in ("县委宣传部", "县发展和改革局", "县教育局")}
    assert units(ex, text) == want


def test_a_long_line_of_units_under_a_label_alone(ex: Extractor) -> None:
    names = ["县委宣传部", "县发展和改革局", "县教育局", "县工业和信息化局", "县公安局", "县民政局", "县财政局",
             "县自然资源局", "县住房和城乡建设局", "县交通运输局", "县水利局", "县农业农村局", "县卫生健康局"]
    text = "决定调整县防汛抗旱指挥部，名单如下：\n指挥长：龙振宇  县长\n二、成员单位\n" + "、".join(names) + "。\n"
    assert len("".join(names)) > 60
    assert units(ex, text) == {("县防汛抗旱指挥部", u, "成员单位") for u in names}


def test_the_offices_director_named_in_the_sentence_after_it_is_set_up(ex: Extractor) -> None:
    text = ("决定成立县创建园林县城工作领导小组。组长：左志刚  副县长\n"
            "领导小组下设办公室，办公室设在县住建局。主任：沈立群（县住建局局长）；"
            "副主任：邢  莉（县城管局副局长）。\n")
    roles = {(f.person, f.role) for f in ex.facts_from_text(text) if isinstance(f, Membership)}
    assert {("沈立群", "办公室主任"), ("邢莉", "办公室副主任")} <= roles


def test_groups_whose_names_open_with_a_word_of_a_place_level_and_their_members_heads(ex: Extractor) -> None:
    # ``市容环境组`` is a group, not a body of a city; ``相关人员`` after a unit is the unit's people.
    text = ("决定成立县创建文明城市工作指挥部。\n（一）综合协调组\n组  长：叶  青（兼）\n成  员：县文明办相关人员\n"
            "（二）市容环境组\n组  长：刘  骁（兼）\n成  员：县城管局、各街道办事处相关人员\n")
    body = "县创建文明城市工作指挥部"
    assert units(ex, text) == {(f"{body}/综合协调组", "县文明办", "成员"), (f"{body}/市容环境组", "县城管局", "成员"),
                               (f"{body}/市容环境组", "各街道办事处", "成员")}


def test_a_prose_slot_of_people_set_apart_by_commas(ex: Extractor) -> None:
    # Each person's posts hold a 、, so the people of one slot are set apart by commas.
    text = ("成立以县委书记蔡宏伟为组长，县委副书记、县长曹文龙为第一副组长，"
            "县委副书记彭德华，县委常委、副县长袁丽为副组长，县委办、县财政局主要负责人为成员的县乡村振兴工作领导小组。\n")
    body = "县乡村振兴工作领导小组"
    assert members(ex, text) == {(body, "蔡宏伟", "组长"), (body, "曹文龙", "第一副组长"), (body, "彭德华", "副组长"),
                                 (body, "袁丽", "副组长")}


def test_rosters_of_a_banner_with_long_names_beside_their_posts(ex: Extractor) -> None:
    # Names no surname list knows are taken only where posts stand beside them.
    text = ("决定成立苏木人居环境整治工作领导小组，组成人员如下：\n组　长：斯琴图雅（苏木党委副书记、苏木达）\n"
            "副组长：巴雅尔图　旗人民政府副旗长\n成　员：其其格（苏木财政所所长）\n"
            "　　　　阿拉坦嘎查党支部书记、嘎查达　吉日嘎拉\n")
    body = "苏木人居环境整治工作领导小组"
    assert members(ex, text) == {(body, "斯琴图雅", "组长"), (body, "巴雅尔图", "副组长"), (body, "其其格", "成员"),
                                 (body, "吉日嘎拉", "成员")}


def test_member_units_of_a_body_named_short_in_an_article_of_its_rules(ex: Extractor) -> None:
    # ``第二条`` is an article's number, never a member; ``县食安委`` is the short name the rules define.
    text = ("县食品安全委员会工作规则\n第二条　县食品安全委员会（以下简称县食安委）是县人民政府的议事协调机构。\n"
            "第四条　县食安委成员单位：县纪委监委、县委宣传部、\n县发展和改革局、县教育局。\n")
    assert members(ex, text) == set()
    listed = ("县纪委监委", "县委宣传部", "县发展和改革局", "县教育局")
    assert units(ex, text) == {("县食品安全委员会", u, "成员单位") for u in listed}
    # The short name's words met first where they define nothing (no bracket, no name before them): the
    # definition further on is still the one read.
    quoted = "第一条　本规则所称“以下简称县食安委”，指下条所定。\n"
    assert units(ex, text.replace("\n第二条", "\n" + quoted + "第二条")) == {
        ("县食品安全委员会", u, "成员单位") for u in listed}


def test_a_personnel_lists_items_are_no_roster_slots_and_a_bare_secretary_general_label(ex: Extractor) -> None:
    listed = ("县人民代表大会常务委员会任免名单\n（2024年6月27日县人大常委会第二十次会议通过）\n二、任命\n"
              "卓雅为县人民代表大会常务委员会办公室主任\n蒙启航为县人民代表大会常务委员会社会建设工作委员会主任\n")
    assert members(ex, listed) == set()
    table = ("决定调整县安全生产委员会组成人员，名单如下：\n职务\t姓名\t单位及职务\n主任\t芮承宇\t县委副书记、县长\n"
             "委员\t牛晨曦\t县市场监督管理局局长\n秘书长\t滕云岫\t县应急管理局局长\n")
    assert ("县安全生产委员会", "滕云岫", "秘书长") in members(ex, table)
    assert units(ex, table) == set()


def test_member_units_named_through_their_heads_of_other_levels(ex: Extractor) -> None:
    text = ("决定调整旗森林草原防灭火指挥部，名单如下：\n总指挥：额尔敦毕力格　旗委副书记、旗长\n"
            "成　　员：旗应急管理局主要负责人，各苏木镇苏木达（镇长），各村（社区）党组织书记，各乡镇党委书记。\n")
    body = "旗森林草原防灭火指挥部"
    # (a party secretary heads the party's committee: 各乡镇党委书记 names 各乡镇党委 through its head, 书记)
    listed = ("旗应急管理局", "各苏木镇", "各村（社区）党组织", "各乡镇党委")
    assert units(ex, text) == {(body, u, "成员") for u in listed}


def test_a_post_before_a_name_of_a_two_character_surname(ex: Extractor) -> None:
    text = ("决定成立县重点项目工作专班。组长：王润 县长\n"
            "专班办公室设在县投资促进局，市商务局副局长司徒晓雯任办公室副主任。\n")
    assert ("县重点项目工作专班", "司徒晓雯", "办公室副主任") in members(ex, text)


def test_a_roster_table_of_bars_with_a_dash_for_a_name_under_a_body_adjusted(ex: Extractor) -> None:
    text = ("现将调整后的区森林防灭火指挥部组成人员通知如下：\n| 职务 | 姓名 | 单位及职务 |\n"
            "| 成员 | 温落霞 | 区应急管理局局长 |\n| | —— | 区气象局主要负责人 |\n")
    assert members(ex, text) == {("区森林防灭火指挥部", "温落霞", "成员")}
    assert units(ex, text) == {("区森林防灭火指挥部", "区气象局", "成员")}


def test_a_place_named_unit_in_a_member_list_and_a_gazettes_contents_are_no_people(ex: Extractor) -> None:
    # ``白鹭汀高新区管委会`` opens with what reads as a name; the contents after a front-matter roster are no rows.
    units_row = "决定成立市低空经济工作专班。\n组　长：麦秋实　市自然资源局局长\n成　员：白鹭汀高新区管委会、市财政局\n"
    assert members(ex, units_row) == {("市低空经济工作专班", "麦秋实", "组长")}
    board = ("区人民政府公报编辑委员会\n主　任：侯照青\n委　员：符晓东　汤一鸣　诸葛文\n\n目　录\n\n区政府文件\n"
             "云杉区人民政府关于印发2024年民生实事项目实施方案的通知　……1\n")
    assert {p for _, p, _ in members(ex, board)} == {"侯照青", "符晓东", "汤一鸣", "诸葛文"}


def test_the_last_words_of_a_sentence_after_a_roster_are_no_long_name(ex: Extractor) -> None:
    # A sentence after the rows ends in six characters no surname list knows (``不再另行发文``): no member.
    text = ("决定成立县耕地保护工作领导小组。\n组　长：王润　县长\n成　员：段千帆　县财政局局长\n"
            "　　　　县统计局主要负责人\n领导小组下设办公室，办公室设在县自然资源局，计云舟同志兼任办公室主任。"
            "领导小组成员因工作变动需要调整的，由接任者自动递补，不再另行发文。\n")
    body = "县耕地保护工作领导小组"
    assert members(ex, text) == {(body, "王润", "组长"), (body, "段千帆", "成员"), (body, "计云舟", "办公室主任")}


def test_a_bare_label_of_member_units_set_apart_by_spaces(ex: Extractor) -> None:
    text = ("决定调整市安全生产委员会组成人员。\n主    任    安若素\n副 主 任    汤晓屿\n"
            "成员单位    市公安局交警大队、市交通运输局\n")
    body = "市安全生产委员会"
    assert units(ex, text) == {(body, "市公安局交警大队", "成员单位"), (body, "市交通运输局", "成员单位")}
    assert members(ex, text) == {(body, "安若素", "主任"), (body, "汤晓屿", "副主任")}


def test_items_under_a_personnel_heading_in_news_are_no_roster_slots(ex: Extractor) -> None:
    text = ("县人大常委会举行第十次会议\n会议表决通过了人事任免事项。\n任命：\n"
            "井书衡为县人民法院审判委员会委员、刑事审判庭庭长；\n免去：\n练映雪的县医疗保障局局长职务。\n")
    assert members(ex, text) == set()


def test_a_bare_member_label_before_units_in_a_table_set_out_with_spaces(ex: Extractor) -> None:
    text = ("决定调整县防汛抗旱指挥部组成人员。\n  指 挥 长          汲怀远        县委副书记、县长\n"
            "                    县水利局、县应急管理局主要负责人\n"
            "  成    员          县委宣传部、县发展和改革局、县财政局\n")
    body = "县防汛抗旱指挥部"
    assert {(u, r) for b, u, r in units(ex, text)} == {
        ("县水利局", "指挥长"), ("县应急管理局", "指挥长"),
        ("县委宣传部", "成员"), ("县发展和改革局", "成员"), ("县财政局", "成员")}
    assert members(ex, text) == {(body, "汲怀远", "指挥长")}


def test_the_offices_director_as_a_bare_label_in_a_tab_table(ex: Extractor) -> None:
    text = ("决定成立县人居环境整治工作领导小组，组成人员如下：\n组长\t王润\t县长\n成员\t仉远舟\t某镇镇长\n"
            "办公室主任\t訾白榆\t县农业农村局局长\n")
    body = "县人居环境整治工作领导小组"
    assert (body, "訾白榆", "办公室主任") in members(ex, text) and units(ex, text) == set()


def test_members_named_by_their_posts_one_a_line_are_one_unit_each(ex: Extractor) -> None:
    text = ("关于成立某县农村人居环境整治提升工作领导小组的通知\n组　长：县人民政府县长\n"
            "成　员：县人民政府办公室主任\n　　　　县委宣传部分管副部长\n　　　　县发展和改革局局长\n"
            "　　　　国网某县供电公司总经理\n　　　　各乡镇人民政府乡镇长\n二、领导小组办公室\n")
    body = "某县农村人居环境整治提升工作领导小组"
    assert units(ex, text) == {(body, unit, "成员") for unit in (
        "县人民政府办公室", "县委宣传部", "县发展和改革局", "国网某县供电公司", "各乡镇人民政府")}
    assert members(ex, text) == set()  # (``国网`` is no one's name)


def test_a_section_for_the_bodys_office_makes_its_director_the_offices(ex: Extractor) -> None:
    text = ("关于成立某县产业招商工作专班的通知\n一、专班组成\n专 班 长：费建勋　县委副书记、县长\n"
            "二、专班办公室\n专班办公室设在县投资促进中心，承担专班日常工作。\n主　任：樊　卓（兼）\n"
            "副主任：戈晓雯　县投资促进中心副主任\n三、工作要求\n主　任：王小明\n")
    body = "某县产业招商工作专班"
    got = members(ex, text)
    assert {(body, "樊卓", "办公室主任"), (body, "戈晓雯", "办公室副主任")} <= got
    assert not any(person == "王小明" and role.startswith("办公室") for _, person, role in got)  # (a later section)


def test_a_development_zones_administration_is_no_task_force(ex: Extractor) -> None:
    text = ("某经济技术开发区管理委员会\n关于管委会领导班子成员工作分工的通知\n\n"
            "  姓  名       职  务                  工 作 分 工\n"
            "  陶志远       党工委委员、管委会副    负责规划建设工作。分管投\n"
            "               主任                    资促进局、企业服务中心。\n")
    assert members(ex, text) == set() and units(ex, text) == set()


def test_a_department_named_as_a_committee_in_a_career_sentence_is_no_task_force(ex: Extractor) -> None:
    text = ("会议决定任命温立刚为某县人民政府副县长。\n此前，温立刚任县发展和改革委员会主任、党组书记。\n")
    assert members(ex, text) == set()


def test_units_through_their_heads_in_prose_one_of_them_opening_like_a_name(ex: Extractor) -> None:
    # ``和平里社区主要负责人``: a unit through its head among units, not 和平 with a post
    text = ("某街道老旧小区改造工作专班由街道党工委书记张卫东任组长，城建办、财政所及桃园社区、和平里社区等2个涉改社区"
            "主要负责人为成员。\n")
    body = "某街道老旧小区改造工作专班"
    assert members(ex, text) == {(body, "张卫东", "组长")}
    assert units(ex, text) == {(body, u, "成员") for u in ("城建办", "财政所", "桃园社区", "和平里社区")}


def test_a_headquarters_in_prose_with_a_commissar_and_uyghur_names_after_their_posts(ex: Extractor) -> None:
    text = ("根据《关于成立某县创建文明县城工作指挥部的通知》，县委书记张卫东任指挥部政委，"
            "县委副书记、县长艾尔肯·吐尔逊任总指挥，县委副书记马建新，县委常委、宣传部部长古丽娜尔·热合曼任副总指挥，"
            "副县长努尔兰·哈力木拉提、副县长刘红任成员。\n")
    body = "某县创建文明县城工作指挥部"
    assert members(ex, text) == {
        (body, "张卫东", "政委"), (body, "艾尔肯·吐尔逊", "总指挥"), (body, "马建新", "副总指挥"),
        (body, "古丽娜尔·热合曼", "副总指挥"), (body, "努尔兰·哈力木拉提", "成员"), (body, "刘红", "成员")}


def test_inspection_teams_counted_in_a_report_are_no_named_body(ex: Extractor) -> None:
    text = "9月23日至27日，县政府督查室会同县发展和改革局、县财政局抽调人员组成3个督查组，开展督查。\n"
    assert units(ex, text) == set() and members(ex, text) == set()


def test_news_of_a_headquarters_its_member_units_and_its_sub_groups_each_named_before_由(ex: Extractor) -> None:
    text = ("日前，某区委办公室印发《关于成立某区创建全国文明城市指挥部的通知》，明确由区委书记杨明远任总指挥。\n"
            "指挥部成员单位包括区委办、区文明办、区教育局及各街道办事处等28个部门和单位，各单位主要负责同志为指挥部成员。\n"
            "同时，指挥部设立宣传发动组、督查考核组2个专项工作组。宣传发动组由冯丽萍任组长，督查考核组由区纪委副书记石磊任组长，"
            "区委督查室主任潘婷任副组长。\n")
    body = "某区创建全国文明城市指挥部"
    assert members(ex, text) == {(body, "杨明远", "总指挥"), (f"{body}/宣传发动组", "冯丽萍", "组长"),
                                 (f"{body}/督查考核组", "石磊", "组长"), (f"{body}/督查考核组", "潘婷", "副组长")}
    assert units(ex, text) == {(body, u, "成员单位") for u in ("区委办", "区文明办", "区教育局", "各街道办事处")}


def test_an_inspection_group_set_up_in_a_meetings_report(ex: Extractor) -> None:
    text = ("会议决定成立县人大常委会《中华人民共和国安全生产法》执法检查组，由常委会副主任胡德旺任组长，"
            "常委会委员、教科文卫工委主任陆美华任副组长，常委会委员邱国栋、钱小曼为成员。\n")
    body = "县人大常委会《中华人民共和国安全生产法》执法检查组"
    assert {(p, r) for b, p, r in members(ex, text) if b == body} == {
        ("胡德旺", "组长"), ("陆美华", "副组长"), ("邱国栋", "成员"), ("钱小曼", "成员")}  # (``常委会`` is no one)


def test_members_listed_with_their_posts_in_brackets_and_common_surnames(ex: Extractor) -> None:
    text = ("关于成立某县燃气安全专项整治领导小组的通知\n组长：聂海波（县住房和城乡建设局局长）\n"
            "成员：官晓梅（县应急管理局综合股股长）、肖明（县委宣传部新闻科科长）、涂建国（县财政局股长）\n")
    assert {p for _, p, r in members(ex, text) if r == "成员"} == {"官晓梅", "肖明", "涂建国"}


def test_the_members_an_adjustment_names_are_not_those_they_replace(ex: Extractor) -> None:
    text = ("关于调整县爱国卫生运动委员会组成人员的通知\n二、县爱国卫生运动委员会\n"
            "委员：季鸿涛（县卫生健康局局长）、单晓楠（县教育局副局长），接替路振国、霍秋菊同志。\n")
    assert {p for _, p, _ in members(ex, text)} == {"季鸿涛", "单晓楠"}


def test_a_roster_table_that_a_pdf_set_out_a_cell_a_line(ex: Extractor) -> None:
    text = ("某县人民政府办公室关于调整某县优化营商环境工作领导小组组成人员的通知\n　　一、领导小组组成人员\n"
            "组内职务\n姓　名\n工作单位及职务\n组长\n张荣丽\n县委副书记、县长\n副组长\n冯平\n副县长\n"
            "成员\n夏霞峰\n县公安局局长\n　　二、领导小组办公室\n")
    body = "某县优化营商环境工作领导小组"
    assert members(ex, text) == {(body, "张荣丽", "组长"), (body, "冯平", "副组长"), (body, "夏霞峰", "成员")}
    got = {f.person: f.titles for f in ex.facts_from_text(text) if isinstance(f, Membership)}
    assert got["冯平"] == ("副县长",) and got["张荣丽"] == ("县委副书记", "县长")
    # The same table a row a line, tabs between the cells.
    tabbed = ("关于成立某县医疗卫生服务能力提升年工作专班的通知\n一、专班组成\n专班职务\t姓名\t单位及职务\n"
              "专班长\t阮志刚\t局党组书记、局长\n副专班长\t廖晓燕\t局党组成员、副局长\n")
    assert {(p, r) for _, p, r in members(ex, tabbed)} == {("阮志刚", "专班长"), ("廖晓燕", "副专班长")}


def test_a_tab_roster_table_whose_row_of_units_through_their_heads_has_a_dash_for_a_name(ex: Extractor) -> None:
    # ``—	各镇人民政府、街道办事处主要负责人`` under 成员: the name cell says it is empty; the units are members
    text = ("某市环境整治工作专班成员名单\n专班职务\t姓 名\t单位及职务\n组 长\t孙立新\t市委副书记、市长\n"
            "成 员\t高志刚\t市住房和城乡建设局局长\n\t—\t各镇人民政府、街道办事处主要负责人\n")
    body = "某市环境整治工作专班"
    assert members(ex, text) == {(body, "孙立新", "组长"), (body, "高志刚", "成员")}
    assert units(ex, text) == {(body, "各镇人民政府", "成员"), (body, "街道办事处", "成员")}


def test_mongolian_names_and_a_groups_leader_named_again_without_posts(ex: Extractor) -> None:
    # ``巴图孟和`` (孟和 is a name's, not a conjunction); ``组长：其其格``: a name no surname list knows, which the
    # roster showed as a person above; the sentence after the units, below a page's number and issue, is no unit
    text = ("决定成立某旗疫情防控工作指挥部。组成人员如下：\n　　总 指 挥：巴图孟和　旗委书记\n"
            "　　副总指挥：其其格　　旗委常委、常务副旗长\n　　（一）综合协调组\n　　组长：其其格\n"
            "·2·　　　　　　　　2020年第1期\n　　成员单位：旗政府办、旗卫健委\n"
            "　　各苏木乡镇要参照旗指挥部成立相应机构，实行日报告、零报告制度。\n"
            "　　　　　　　　　　　　某旗人民政府\n")
    body = "某旗疫情防控工作指挥部"
    assert members(ex, text) == {(body, "巴图孟和", "总指挥"), (body, "其其格", "副总指挥"),
                                 (f"{body}/综合协调组", "其其格", "组长")}
    assert units(ex, text) == {(f"{body}/综合协调组", "旗政府办", "成员单位"),
                               (f"{body}/综合协调组", "旗卫健委", "成员单位")}
    assert members(ex, "某县防汛指挥部成员如下：\n组长：其其格\n") == set()  # (a name never shown as a person)


def test_a_task_force_a_gazette_reports_after_a_personnel_notice_is_read(ex: Extractor) -> None:
    # The 任免 notice's own items are appointments, not slots; the news the gazette prints after its signature may
    # found a body in prose; an excerpt that opens with ``任命X为…`` items is no list of members
    text = ("某县人民政府\n关于刘振山等同志职务任免的通知\n某政任〔2015〕9号\n各乡镇人民政府：\n"
            "　　经县政府研究决定：\n　　任命侯彤彤为县环境保护局副局长；\n　　某县人民政府\n　　2015年11月20日\n"
            "【政务动态】\n"
            "县政府召开第三十七次常务会议\n　　会议决定，成立县冬季清洁取暖工作专班，由副县长石磊任组长，"
            "县发改局、县住建局主要负责同志为成员。\n")
    assert members(ex, text) == {("县冬季清洁取暖工作专班", "石磊", "组长")}
    assert members(ex, "　　任命贾丽敏为县政府办公室副主任；\n　　任命宋国强为县质监局副局长；\n") == set()


def test_a_role_table_whose_header_the_next_page_repeats(ex: Extractor) -> None:
    # A Word table a cell a line: the header again at the next page's top, the merged 成员 cell left blank under it
    text = ("某旗示范创建工作专班成员名单\n专班职务\n姓名\n单位及职务\n组长\n图门\n旗政府副旗长\n成员\n孟和\n"
            "旗农牧局局长\n专班职务\n姓名\n单位及职务\n\n斯琴\n旗水利局局长\n\n宝音图\n旗交通运输局局长\n")
    body = "某旗示范创建工作专班"
    assert members(ex, text) == {(body, "图门", "组长"), (body, "孟和", "成员"), (body, "斯琴", "成员"),
                                 (body, "宝音图", "成员")}
    tabbed = ("某县工作专班成员名单\n专班职务\t姓名\t单位及职务\n组长\t张立\t副县长\n成员\t王平\t县水利局局长\n"
              "专班职务\t姓名\t单位及职务\n\t李军\t县交通运输局局长\n")
    assert members(ex, tabbed) == {("某县工作专班", "张立", "组长"), ("某县工作专班", "王平", "成员"),
                                   ("某县工作专班", "李军", "成员")}


def test_a_role_table_a_cell_a_line_with_units_through_their_heads_after_its_people(ex: Extractor) -> None:
    # ``县供电有限公司`` ⏎ ``总经理``: a unit and its head's title where a name and posts stand, under the role above;
    # ``总经理`` is no name
    text = ("某县防汛抗旱指挥部成员名单\n指挥部职务\n姓名\n单位及职务\n总指挥\n黄志明\n县长\n成员\n赵亮\n县气象局局长\n"
            "县供电有限公司\n总经理\n中国移动某县分公司\n总经理\n")
    body = "某县防汛抗旱指挥部"
    assert members(ex, text) == {(body, "黄志明", "总指挥"), (body, "赵亮", "成员")}
    assert units(ex, text) == {(body, "县供电有限公司", "成员"), (body, "中国移动某县分公司", "成员")}


def test_members_told_to_name_a_liaison_of_their_own_name_no_one(ex: Extractor) -> None:
    text = ("某区低空经济发展工作专班\n组长：周启明 区长\n"
            "工作专班实行月调度制度。各成员单位要明确1名科级干部为联络员,于2月28日前报工作专班办公室。\n"
            "各有关部门要确定一名分管领导为联络员。\n")
    assert units(ex, text) == set() and members(ex, text) == {("某区低空经济发展工作专班", "周启明", "组长")}


def test_a_tab_role_table_with_a_part_for_the_bodys_office(ex: Extractor) -> None:
    # ``指挥部办公室（设在县应急管理局）`` between the rows: its 主任 and 副主任 are the body's 办公室主任/副主任, its
    # 成员 the office's members
    rows = ["序号\t指挥部职务\t姓名\t工作单位及职务", "1\t指挥长\t马立军\t县长", "2\t成员\t包德才\t县气象局局长",
            "指挥部办公室（设在县应急管理局）", "1\t主任\t杨建红\t县应急管理局局长", "2\t副主任\t李强\t县林草局副局长",
            "3\t\t高鹏\t县应急管理局副局长", "4\t成员\t苏文杰\t县应急管理局股长"]
    text = "某县森林草原防灭火指挥部组成人员名单\n" + "\n".join(rows) + "\n"
    body = "某县森林草原防灭火指挥部"
    assert members(ex, text) == {(body, "马立军", "指挥长"), (body, "包德才", "成员"), (body, "杨建红", "办公室主任"),
                                 (body, "李强", "办公室副主任"), (body, "高鹏", "办公室副主任"),
                                 (f"{body}/办公室", "苏文杰", "成员")}


def test_a_numbered_roster_table_a_cell_a_line_whose_role_cells_are_merged(ex: Extractor) -> None:
    # ``序号`` first, the role column's name cut over two lines; a role merged over the rows below it stands once
    text = ("某县第四次全国经济普查领导小组成员名单\n序号\n姓名\n工作单位及职务\n领导小组\n职务\n"
            "1\n王毅翔\n县委常委、常务副县长\n组长\n2\n孔令华\n县政府副县长\n副组长\n"
            "3\n刘洪波\n县委宣传部副部长\n成员\n4\n宋振\n县自然资源局副局长\n\n5\n朱丽\n县税务局副局长\n\n—3—\n")
    body = "某县第四次全国经济普查领导小组"
    assert members(ex, text) == {(body, "王毅翔", "组长"), (body, "孔令华", "副组长"), (body, "刘洪波", "成员"),
                                 (body, "宋振", "成员"), (body, "朱丽", "成员")}
    got = {f.person: f.titles for f in ex.facts_from_text(text) if isinstance(f, Membership)}
    assert got["王毅翔"] == ("县委常委", "常务副县长") and got["朱丽"] == ("县税务局副局长",)


def test_a_tab_roster_table_whose_role_column_stands_second_with_merged_role_cells(ex: Extractor) -> None:
    # A spreadsheet's roster: ``序号`` first, the role second and merged down (empty below its first row), a phone
    # and a remarks column after the posts, the empty ones at a row's end gone with its trailing tabs
    rows = ["序号\t指挥部职务\t姓名\t单位及职务\t联系电话\t备注",
            "1\t指挥长\t龙国平\t县委副书记、县长\t138****2201",
            "2\t副指挥长\t吴光辉\t县人民政府副县长\t135****0917",
            "3\t\t石秀英\t县人民政府副县长\t138****6633",
            "4\t成员\t王开明\t县人民政府办公室副主任\t136****3350\t兼办公室副主任",
            "5\t\t罗文军\t县应急管理局局长\t138****7712",
            "6\t\t\t各乡镇（街道）主要负责人",
            "7\t办公室副主任\t陆永红\t县水务局副局长\t138****9054"]
    text = "某县防汛抗旱指挥部成员名单\n" + "\n".join(rows) + "\n"
    body = "某县防汛抗旱指挥部"
    # (a remark gives a second role; a nameless row is a unit through its head; the office's heads are roles)
    assert members(ex, text) == {(body, "龙国平", "指挥长"), (body, "吴光辉", "副指挥长"), (body, "石秀英", "副指挥长"),
                                 (body, "王开明", "成员"), (body, "王开明", "办公室副主任"), (body, "罗文军", "成员"),
                                 (body, "陆永红", "办公室副主任")}
    assert units(ex, text) == {(body, "各乡镇（街道）", "成员")}
    got = {f.person: f.titles for f in ex.facts_from_text(text) if isinstance(f, Membership)}
    assert got["石秀英"] == ("县人民政府副县长",)


def test_a_spreadsheet_row_without_number_or_role_naming_heads_in_the_name_cell_keeps_the_table_going(
        ex: Extractor) -> None:
    # A merged cell a spreadsheet reader leaves in the name column, no 序号 and no role before it: units through
    # their heads, members under the role above; the office's rows after it still belong to the table
    rows = ["序号\t领导小组职务\t姓名\t工作单位及职务\t备注",
            "1\t组长\t马国栋\t县委副书记、县长\t",
            "2\t成员\t海  林\t县水务局局长",
            "\t\t各乡镇党委书记",
            "3\t办公室主任\t杜文华\t县水务局副局长"]
    text = "某县河湖长制工作领导小组成员名单\n" + "\n".join(rows) + "\n"
    body = "某县河湖长制工作领导小组"
    assert members(ex, text) == {(body, "马国栋", "组长"), (body, "海林", "成员"), (body, "杜文华", "办公室主任")}
    assert units(ex, text) == {(body, "各乡镇党委", "成员")}


def test_a_spaced_roster_whose_header_is_printed_again_after_a_page_break_and_whose_name_cells_are_dashes(
        ex: Extractor) -> None:
    # A gazette's table: the header again at the next page's top inside the members' list (the list goes on under
    # its role); ``——`` in the name's cell, a unit through its head (no dash in the unit)
    text = ("关于成立县森林防火指挥部的通知\n指挥部组成人员如下：\n指挥部职务    姓  名      工作单位及职务\n"
            "总 指 挥      张  伟      县人民政府县长\n成    员      王振江      县林业局副局长\n"
            "              ——          县委宣传部分管副部长\n\n                                 · 12 ·\n"
            "                         某县人民政府公报                    2015年第2期\n"
            "指挥部职务    姓  名      工作单位及职务\n              李建国      县民政局副局长\n"
            "              ——          县人武部副部长\n")
    body = "县森林防火指挥部"
    assert members(ex, text) == {(body, "张伟", "总指挥"), (body, "王振江", "成员"), (body, "李建国", "成员")}
    assert units(ex, text) == {(body, "县委宣传部", "成员"), (body, "县人武部", "成员")}


def test_a_spreadsheet_roster_of_groups_with_a_number_first_and_a_phone_last(ex: Extractor) -> None:
    # ``序号 | 组别 | 职务 | 姓名 | 单位及职务 | 联系电话``: the group named as the body is the body itself, the
    # office's heads are the body's, a row with no name is a unit through its head (or passed over if it names none)
    rows = ["序号\t组别\t职务\t姓名\t单位及职务\t联系电话",
            "1\t指挥部\t指挥长\t刘振华\t镇党委副书记、镇长\t138****6021",
            "2\t\t常务副指挥长\t陈卫东\t镇党委副书记\t139****1187",
            "3\t\t成员\t\t县公安局某派出所所长\t0558-66*****",
            "4\t办公室\t办公室主任\t邵永胜\t镇农业综合服务中心主任",
            "5\t\t成员\t李  芳\t镇党政办主任",
            "6\t抢险救援组\t组长\t周  斌\t镇党委委员、副镇长",
            "7\t\t成员\t\t镇应急民兵排",
            "8\t\t成员\t孙国庆\t镇水利站站长"]
    text = "某镇防汛抗旱指挥部组成人员及工作组名单\n" + "\n".join(rows) + "\n"
    body = "某镇防汛抗旱指挥部"
    assert members(ex, text) == {(body, "刘振华", "指挥长"), (body, "陈卫东", "常务副指挥长"),
                                 (body, "邵永胜", "办公室主任"), (f"{body}/办公室", "李芳", "成员"),
                                 (f"{body}/抢险救援组", "周斌", "组长"), (f"{body}/抢险救援组", "孙国庆", "成员")}
    assert units(ex, text) == {(body, "县公安局某派出所", "成员")}


def test_names_spaced_out_letter_by_letter_and_names_of_two_padded(ex: Extractor) -> None:
    # ``郭 卫 东``: three letters a space apart are one name; ``彭  亮  李  娜``: two names of two, padded
    text = ("关于成立县安全生产委员会的通知\n\n主  任  牛 建 国\n副主任  郭 卫 东  县人民政府副县长\n"
            "成  员：彭  亮  李  娜  徐志华\n")
    body = "县安全生产委员会"
    assert members(ex, text) == {(body, "牛建国", "主任"), (body, "郭卫东", "副主任"), (body, "彭亮", "成员"),
                                 (body, "李娜", "成员"), (body, "徐志华", "成员")}


def test_a_table_of_a_safety_committees_sub_committees(ex: Extractor) -> None:
    # ``专业委员会 | 主任 | 牵头单位 | 成员单位``: each row a sub-committee of the body, its columns roles
    text = ("关于调整县安全生产委员会组成人员的通知\n县安委会下设两个专业安全生产委员会，组成情况如下：\n"
            "专业委员会\t主任\t牵头单位\t成员单位\n"
            "道路交通安全专业委员会\t张德胜\t县公安局交通警察大队\t县交通运输局、县教育和体育局\n"
            "建设施工安全专业委员会\t冯  磊\t县住房和城乡建设局\t县消防救援大队\n")
    road, build = "县安全生产委员会/道路交通安全专业委员会", "县安全生产委员会/建设施工安全专业委员会"
    assert members(ex, text) == {(road, "张德胜", "主任"), (build, "冯磊", "主任")}
    assert units(ex, text) == {(road, "县公安局交通警察大队", "牵头单位"), (road, "县交通运输局", "成员单位"),
                               (road, "县教育和体育局", "成员单位"), (build, "县住房和城乡建设局", "牵头单位"),
                               (build, "县消防救援大队", "成员单位")}


def test_a_spaced_table_of_sub_committees_after_a_number_with_wrapped_cells(ex: Extractor) -> None:
    # ``序号  专业委员会  主任  副主任  成员单位`` set out with spaces: a group's name wrapped under its column is
    # joined; a list going on after ``、`` (at a line's end or the next one's start) is read on; a unit cut in two
    # across lines (``区市场监`` ⏎ ``管局``) is left out, not read as two; a paragraph after a blank line is no row
    text = ("关于调整区安全生产委员会组成人员的通知\n区安委会下设3个专业安全委员会，组成如下：\n\n"
            "序号  专业委员会            主任      副主任    成员单位\n"
            "1     消防安全专业委员会    孟凡东    曹  阳    区住建局、区商务局\n"
            "                                                、区卫计局\n"
            "2     危险化学品安全专业委  高文斌    无        区安监局、区市场监\n"
            "      员会                                      管局、公安分局\n\n"
            "　　各专业委员会办公室分别设在第一个成员单位，具体工作规则由各专业委员会自行制定。\n")
    fire, chem = "区安全生产委员会/消防安全专业委员会", "区安全生产委员会/危险化学品安全专业委员会"
    assert members(ex, text) == {(fire, "孟凡东", "主任"), (fire, "曹阳", "副主任"), (chem, "高文斌", "主任")}
    assert units(ex, text) == {(fire, "区住建局", "成员单位"), (fire, "区商务局", "成员单位"),
                               (fire, "区卫计局", "成员单位"), (chem, "区安监局", "成员单位"),
                               (chem, "公安分局", "成员单位")}


def test_a_spreadsheet_roster_whose_first_name_has_a_surname_of_one_letter_and_a_dot(ex: Extractor) -> None:
    # ``包·巴特尔``: one letter, a dot, the given name (a Mongolian name written with a Han surname)
    rows = ["序号\t指挥部职务\t姓名\t单位及职务\t办公电话", "1\t总指挥\t包·巴特尔\t旗委副书记、旗长\t8210000",
            "2\t副总指挥\t其木格\t副旗长\t8210074"]
    text = "某旗防汛抗旱指挥部成员名单\n" + "\n".join(rows) + "\n"
    body = "某旗防汛抗旱指挥部"
    assert members(ex, text) == {(body, "包·巴特尔", "总指挥"), (body, "其木格", "副总指挥")}


def test_a_unit_through_a_head_whose_title_holds_a_bracket(ex: Extractor) -> None:
    # ``各乡（镇）人民政府分管副乡（镇）长``: the unit ends where the head (分管…) starts, the bracket no matter
    text = "关于调整县食品安全委员会组成人员的通知\n委  员：县公安局分管副局长\n各乡（镇）人民政府分管副乡（镇）长\n"
    body = "县食品安全委员会"
    assert units(ex, text) == {(body, "县公安局", "委员"), (body, "各乡（镇）人民政府", "委员")}
    # ``校（园）长``: the head says its title two ways; ``各镇（街道）主要负责人``: the bracket is the unit's
    schools = "关于成立县教育系统安全工作领导小组的通知\n成  员：各乡镇中心校校长、县直各学校（幼儿园）校（园）长\n"
    assert {u for _, u, _ in units(ex, schools)} == {"各乡镇中心校", "县直各学校（幼儿园）"}
    towns = "关于成立县防汛抗旱指挥部的通知\n成  员：县水利局主要负责人、各镇（街道）主要负责人\n"
    assert {u for _, u, _ in units(ex, towns)} == {"县水利局", "各镇（街道）"}


def test_a_list_of_units_wrapped_before_the_last_word_of_a_company(ex: Extractor) -> None:
    # ``…、国网某市供电`` ⏎ ``公司``: 公 is a surname, but 公司 is no one's name; the unit goes on
    text = ("关于成立某市重大项目建设指挥部的通知\n（二）要素保障组\n组　长：黄丽萍（副市长）\n"
            "成员单位：市自然资源局、市财政局、国网某市供电\n公司\n主要职责：负责协调解决项目用地等要素保障问题。\n")
    assert {u for _, u, _ in units(ex, text)} == {"市自然资源局", "市财政局", "国网某市供电公司"}


def test_a_spaced_group_table_whose_leader_cell_holds_the_post_then_the_name_on_the_next_line(ex: Extractor) -> None:
    # ``旗公安局局长`` ⏎ ``赵长青`` under 组长: the person (no unit); ``旗水`` ⏎ ``务局`` under 成员单位: no unit
    # cut in two
    text = ("关于成立旗重大项目建设指挥部的通知\n指挥部下设2个工作组，各工作组组成如下：\n"
            "组别        组长            成员单位                    主要职责\n"
            "要素保障组  刘振国          旗国土资源局、旗住建局、    负责项目用地保障\n"
            "                            旗林业局、旗水\n"
            "                            务局\n"
            "环境保障组  旗公安局局长    旗公安局、旗信访局          负责项目建设环境整治\n"
            "            赵长青\n")
    env, land = "旗重大项目建设指挥部/环境保障组", "旗重大项目建设指挥部/要素保障组"
    assert members(ex, text) == {(land, "刘振国", "组长"), (env, "赵长青", "组长")}
    assert units(ex, text) == {(land, "旗国土资源局", "成员单位"), (land, "旗住建局", "成员单位"),
                               (land, "旗林业局", "成员单位"), (env, "旗公安局", "成员单位"),
                               (env, "旗信访局", "成员单位")}


def test_rows_of_posts_then_a_name_each_end_at_the_name(ex: Extractor) -> None:
    # ``国网某县供电公司总经理　常志刚``: the name ends the row, the line under it is a row of its own
    text = ("关于调整县安全生产委员会组成人员的通知\n委  员：王立国　县政府办公室主任\n\n"
            "县城投集团董事长　　　蒋卫东\n\n国网某县供电公司总经理　常志刚\n\n县电视台台长 许 丹\n\n"
            "县消防救援大队主要负责人\n")
    body = "县安全生产委员会"
    got = {(f.person, f.titles) for f in ex.facts_from_text(text) if isinstance(f, Membership)}
    assert got == {("王立国", ("县政府办公室主任",)), ("蒋卫东", ("县城投集团董事长",)),
                   ("常志刚", ("国网某县供电公司总经理",)), ("许丹", ("县电视台台长",))}
    assert units(ex, text) == {(body, "县消防救援大队", "委员")}


def test_an_adjustment_notice_that_adds_moves_and_gives_second_roles(ex: Extractor) -> None:
    # ``增补A，B为副组长``: both added; ``A由…成员调整为副组长``: A, before 由; ``A任副组长兼办公室主任``: two roles
    text = ("关于调整县脱贫攻坚领导小组成员的通知\n决定对县脱贫攻坚领导小组成员作如下调整：\n"
            "一、增补县委常委、县委组织部部长胡晓燕同志，县政府副县长钟文斌同志为领导小组副组长。\n"
            "二、县政府副县长严家辉同志由领导小组成员调整为副组长。\n"
            "三、县扶贫办主任廖春生同志任领导小组副组长兼办公室主任，原副组长兼办公室主任曾庆华同志不再担任。\n")
    got = {(p, r) for _, p, r in members(ex, text)}
    assert got == {("胡晓燕", "副组长"), ("钟文斌", "副组长"), ("严家辉", "副组长"), ("廖春生", "副组长"),
                   ("廖春生", "办公室主任")}
    titles = {f.person: f.titles for f in ex.facts_from_text(text) if isinstance(f, Membership)}
    assert titles["胡晓燕"] == ("县委常委", "县委组织部部长")


def test_a_slot_of_people_one_a_line_each_with_posts_glued_before_the_name(ex: Extractor) -> None:
    text = ("关于调整某区防汛抗旱指挥部的通知\n一、某区防汛抗旱指挥部\n指 挥 长：区委副书记、区长贺永刚\n"
            "副指挥长：区委常委、常务副区长崔立新\n          区政府副区长党文博\n          区人武部部长雷  鸣\n"
            "成    员：区委宣传部、区发展和改革局主要负责同志。\n"
            "领导小组办公室设在区应急管理局，区应急管理局局长宋晓东\n同志任办公室主任。\n")
    got = {f.person: (f.role, f.titles) for f in ex.facts_from_text(text) if isinstance(f, Membership)}
    assert got == {"贺永刚": ("指挥长", ("区委副书记", "区长")), "崔立新": ("副指挥长", ("区委常委", "常务副区长")),
                   "党文博": ("副指挥长", ("区政府副区长",)), "雷鸣": ("副指挥长", ("区人武部部长",)),
                   "宋晓东": ("办公室主任", ("区应急管理局局长",))}


def test_role_tables_with_bars_whose_role_cells_are_merged_in_markdown_and_in_a_grid(ex: Extractor) -> None:
    # A Word table converted to Markdown: a merged role cell is empty below its first row; a row with its posts
    # alone is a unit through its head. In a grid table (``+---+`` rules) a line with its posts alone is the end
    # of the row above's posts, wrapped.
    markdown = ("某县全面推行河长制工作领导小组成员名单\n| 职务 | 姓名 | 单位及职务 |\n|---|---|---|\n"
                "| 组长 | 韦正宏 | 县委副书记、县长 |\n| 副组长 | 覃丽芳 | 县委常委、常务副县长 |\n"
                "|  | 黄永庆 | 副县长 |\n| 成员 | 蒙国安 | 县水利局局长 |\n|  |  | 各乡镇人民政府乡镇长 |\n")
    body = "某县全面推行河长制工作领导小组"
    assert members(ex, markdown) == {(body, "韦正宏", "组长"), (body, "覃丽芳", "副组长"), (body, "黄永庆", "副组长"),
                                     (body, "蒙国安", "成员")}
    assert units(ex, markdown) == {(body, "各乡镇人民政府", "成员")}
    grid = ("某县全面推行河长制工作领导小组成员名单\n+------+------+------------------+\n"
            "| 职务 | 姓名 | 单位及职务       |\n+======+======+==================+\n"
            "| 组长 | 韦正宏 | 县委副书记、县长 |\n+------+------+------------------+\n"
            "| 副组长 | 覃丽芳 | 县委常委、常务副县 |\n|      |      | 长               |\n"
            "+------+------+------------------+\n|      | 黄永庆 | 副县长           |\n"
            "+------+------+------------------+\n")
    got = {f.person: (f.role, f.titles) for f in ex.facts_from_text(grid) if isinstance(f, Membership)}
    assert got == {"韦正宏": ("组长", ("县委副书记", "县长")), "覃丽芳": ("副组长", ("县委常委", "常务副县长")),
                   "黄永庆": ("副组长", ("副县长",))}


def test_others_told_to_set_up_their_own_group_found_no_body(ex: Extractor) -> None:
    text = ("关于成立某镇2023年防汛抗旱指挥部的通知\n指挥长：镇长王峻彤\n"
            "各村（社区）要相应成立防汛抗旱工作领导小组，由村（社区）党组织书记任组长，落实巡查人员。\n")
    assert {body for body, _, _ in members(ex, text) | units(ex, text)} == {"某镇2023年防汛抗旱指挥部"}


def test_people_with_bracketed_posts_then_units_after_及(ex: Extractor) -> None:
    text = ("关于成立某镇秸秆禁烧工作领导小组的通知\n组  长：鲍立新 镇党委书记\n"
            "成  员：程兆年（柳湾派出所所长）、甘永胜（镇农业综合服务中心主任）、钱守义（镇环保所所长）"
            "及各村（社区）党组织书记。\n")
    assert {p for _, p, _ in members(ex, text)} == {"鲍立新", "程兆年", "甘永胜", "钱守义"}
    assert {u for _, u, _ in units(ex, text)} == {"各村（社区）党组织"}


def test_names_no_surname_list_knows_marked_by_同志_in_prose(ex: Extractor) -> None:
    # Mongolian and Yi names: ``其其格同志``, ``安尔伍且同志（…）``, ``楼一鸣同志`` with its posts in brackets
    text = ("关于成立某旗森林草原防灭火指挥部的通知\n指挥长：旗长王峻彤\n"
            "指挥部下设办公室，办公室设在旗林业和草原局，其其格同志兼任办公室主任，何瑞德同志（旗应急管理局副局长）、"
            "安尔伍且同志（旗林业和草原局副局长）任办公室副主任。\n")
    got = {(p, r) for _, p, r in members(ex, text)}
    assert {("其其格", "办公室主任"), ("何瑞德", "办公室副主任"), ("安尔伍且", "办公室副主任")} <= got


def test_a_slot_whose_people_are_set_apart_by_commas_before_担任(ex: Extractor) -> None:
    text = ("关于成立某县乡村振兴领导小组的通知\n　　组长由县委副书记、县长龙国栋同志担任；"
            "副组长由县委常委、常务副县长吴晓东同志，县人民政府副县长杨秀英同志，县政协副主席石光荣同志担任。\n")
    assert {(p, r) for _, p, r in members(ex, text)} == {
        ("龙国栋", "组长"), ("吴晓东", "副组长"), ("杨秀英", "副组长"), ("石光荣", "副组长")}


def test_an_adjustment_whose_new_member_takes_the_role_the_clause_before_names(ex: Extractor) -> None:
    text = ("关于调整县安全生产委员会组成人员的通知\n县安全生产委员会组成人员调整如下：\n"
            "　　杨启洪同志不再担任县安委会常务副主任，由县委常委、常务副县长舒卫东同志担任。\n"
            "　　宋建平同志不再担任县安委会成员，由县委宣传部副部长龙海燕同志担任。\n")
    assert {(p, r) for _, p, r in members(ex, text)} == {("舒卫东", "常务副主任"), ("龙海燕", "成员")}


def test_a_news_pages_credits_are_no_roster(ex: Extractor) -> None:
    text = ("我县成立榨季工作专班\n会议决定成立县榨季工作专班，由县长韦国强任专班长。\n"
            "编辑：覃美玲　　责任编辑：黄志强\n扫一扫 手机阅读\n")
    assert not any(r in ("编辑", "责任编辑") for _, _, r in members(ex, text))
    board = "某县人民政府公报编辑委员会\n主　编：王小明\n编　辑：李娜\n"
    assert ("某县人民政府公报编辑委员会", "李娜", "编辑") in members(ex, board)


def test_a_spaced_roster_of_yi_names_and_sub_groups_named_before_their_labels(ex: Extractor) -> None:
    text = ("关于调整某县森林草原防灭火指挥部组成人员的通知\n\n总 指 挥    阿苏曲者    县委副书记、县长\n"
            "副总指挥    普红梅      县委常委、副县长\n            吉克伍各    副县长、县公安局局长\n"
            "成    员    者光荣      县应急管理局局长\n    指挥部下设2个工作组：\n"
            "    综合协调组    组长：者光荣    成员单位：县应急管理局、县气象局\n"
            "    扑火救援组    组长：马海木呷  成员单位：县森林消防大队、县公安局\n")
    body = "某县森林草原防灭火指挥部"
    assert {(b, p, r) for b, p, r in members(ex, text)} == {
        (body, "阿苏曲者", "总指挥"), (body, "普红梅", "副总指挥"), (body, "吉克伍各", "副总指挥"),
        (body, "者光荣", "成员"),
        (f"{body}/综合协调组", "者光荣", "组长"), (f"{body}/扑火救援组", "马海木呷", "组长")}
    assert (f"{body}/综合协调组", "县气象局", "成员单位") in units(ex, text)


def test_a_change_notice_that_swaps_one_holder_for_another(ex: Extractor) -> None:
    # ``成员中的A同志调整为B同志``: B takes the role; the sentences after it under the same role say only the change
    text = ("关于调整某县森林防灭火指挥部成员的通知\n"
            "一、副总指挥中的县人民政府副县长魏长河同志调整为县人民政府副县长柏雪梅同志。\n"
            "二、成员中的县林业局局长邹德明同志调整为县林业局局长严志平同志；县气象局局长简华同志调整为县气象局局长卜晓东同志。\n"
            "三、指挥部成员中，县公安局副局长由蔡国安调整为戚文斌。\n"
            "四、成员县财政局局长由唐明辉同志调整为马骏同志；成员县教育局局长由付永林同志调整为韩雪同志。\n")
    body = "某县森林防灭火指挥部"
    assert members(ex, text) == {(body, "柏雪梅", "副总指挥"), (body, "严志平", "成员"), (body, "卜晓东", "成员"),
                                 (body, "戚文斌", "成员"), (body, "马骏", "成员"), (body, "韩雪", "成员")}


def test_a_plans_paragraph_that_names_its_body_then_calls_it_by_its_kind(ex: Extractor) -> None:
    # ``领导小组成员单位：…``: the 领导小组 named in full before it; ``分局局长``: the head of the office's host,
    # named by the end of its name; in traditional characters the same
    text = ("某县人民政府关于印发某县治霾工作方案的通知\n"
            "（一）加强组织领导。县治霾工作领导小组负责统筹协调全县大气污染防治工作。领导小组成员单位：县委宣传部、"
            "县公安局。领导小组办公室设在市生态环境局某县分局，分局局长兼任办公室主任。\n")
    body = "县治霾工作领导小组"
    assert units(ex, text) == {(body, "县委宣传部", "成员单位"), (body, "县公安局", "成员单位"),
                               (body, "市生态环境局某县分局", "办公室主任")}
    elsewhere = text.replace("市生态环境局某县分局，分局局长", "县应急管理局，分局局长")  # (no host of that kind: none)
    assert (body, "分局", "办公室主任") not in units(ex, elsewhere)
    traditional = ("某縣人民政府關於印發治霾方案的通知\n"
                   "縣治霾工作領導小組負責統籌協調。領導小組成員單位：縣委宣傳部、縣公安局。\n")
    assert units(ex, traditional) == {("縣治霾工作領導小組", "縣委宣傳部", "成員單位"),
                                      ("縣治霾工作領導小組", "縣公安局", "成員單位")}


def test_a_title_or_lead_that_opens_with_a_surnames_letter_names_no_one(ex: Extractor) -> None:
    # ``关于…成员的通知``, ``经研究，…成员作如下调整：``: 关 and 经 are surnames, 关于 and 经研究 no names
    text = ("关于调整县创卫领导小组成员的通知\n经研究，决定对某县创建国家卫生县城工作领导小组成员作如下调整：\n"
            "一、组长由县长陈志远同志担任。\n")
    assert {person for _, person, _ in members(ex, text)} == {"陈志远"}


def test_an_annex_titled_as_the_member_unit_list_of_a_body_the_text_named_short(ex: Extractor) -> None:
    # ``調整後的縣創衛領導小組成員單位名單`` over its list: the body the text defined (``以下簡稱縣創衛領導小組``),
    # in traditional characters; the annex's note (``附件：…名單``) lists nothing
    text = ("雲屏縣人民政府辦公室關於調整雲屏縣創建國家衛生縣城工作領導小組成員的通知\n"
            "經研究，決定對雲屏縣創建國家衛生縣城工作領導小組（以下簡稱縣創衛領導小組）成員作如下調整：\n"
            "一、組長由縣長陳志遠同志擔任。\n附件：調整後的縣創衛領導小組成員單位名單\n雲屏縣人民政府辦公室\n2020年9月8日\n"
            "附件\n調整後的縣創衛領導小組成員單位名單\n縣委宣傳部、縣教育局、城關鎮人民政府。\n")
    body = "雲屏縣創建國家衛生縣城工作領導小組"
    assert units(ex, text) == {(body, "縣委宣傳部", "成員單位"), (body, "縣教育局", "成員單位"),
                               (body, "城關鎮人民政府", "成員單位")}


def test_a_table_of_sub_groups_named_as_special_groups_in_pipes(ex: Extractor) -> None:
    # ``专责小组 | 组长 | 成员单位``: the first column names each row's sub-group
    text = ("某县人民政府办公室关于调整某县脱贫攻坚指挥部的通知\n指挥部下设专责小组：\n| 专责小组 | 组长 | 成员单位 |\n"
            "| --- | --- | --- |\n| 产业发展专责小组 | 黄春燕 | 县农业农村局、县林业局 |\n")
    group = "某县脱贫攻坚指挥部/产业发展专责小组"
    assert members(ex, text) == {(group, "黄春燕", "组长")}
    assert units(ex, text) == {(group, "县农业农村局", "成员单位"), (group, "县林业局", "成员单位")}


def test_a_member_units_clause_wrapped_inside_a_unit_name_goes_on_to_its_end(ex: Extractor) -> None:
    # ``成  员：由…市住房和城乡建`` ⏎ ``设局、…分管负责人组成。``: the line that closes the 由…组成 clause is the row's
    text = ("临澜市人民政府办公室关于成立临澜市生活垃圾分类工作领导小组的通知\n"
            "决定成立临澜市生活垃圾分类工作领导小组，组成人员如下：\n"
            "组  长：周启明  市长\n成  员：由市委宣传部、市财政局、市住房和城乡建\n"
            "设局、市综合行政执法局分管负责人组成。\n领导小组下设办公室。\n")
    assert {unit for _, unit, _ in units(ex, text)} == {"市委宣传部", "市财政局", "市住房和城乡建设局",
                                                        "市综合行政执法局"}


def test_the_division_of_work_of_a_standing_committees_leaders_is_no_roster(ex: Extractor) -> None:
    # ``彭立新（主任）：主持…``: a leader's head in a 主任会议's 分工, its duties after the colon, not a roster's row
    text = ("某县人民代表大会常务委员会\n关于印发《某县人大常委会主任会议\n成员工作分工》的通知\n某人常发〔2019〕3 号\n"
            "各乡镇人大主席团：\n　　《分工》已经主任会议研究同意，现印发给你们，请遵照执行。\n"
            "某县人民代表大会常务委员会\n2019 年 3 月 29 日\n某县人大常委会主任会议成员工作分工\n"
            "　　彭立新（主任）：主持县人大常委会全面工\n作，负责常委会党组工作。\n"
            "　　覃卫东（副主任）：协助主任负责常委会日\n常工作；分管常委会研究室。\n")
    assert members(ex, text) == set()


def test_a_numbered_heading_of_member_units_naming_the_body_short(ex: Extractor) -> None:
    # ``三、县防指成员单位`` over its list: the body the text named short (``以下简称县防指``)
    text = ("某县人民政府办公室关于调整某县防汛抗旱指挥部组成人员的通知\n"
            "经县政府同意，对某县防汛抗旱指挥部（以下简称县防指）组成人员进行调整。\n一、县防指组成人员\n"
            "总指挥：蓝志强  县长\n二、县防指成员单位\n县委宣传部、县发展和改革局、县教育局。\n三、有关要求\n")
    body = "某县防汛抗旱指挥部"
    assert units(ex, text) == {(body, "县委宣传部", "成员单位"), (body, "县发展和改革局", "成员单位"),
                               (body, "县教育局", "成员单位")}


def test_a_role_table_with_section_rows_and_a_section_of_member_units(ex: Extractor) -> None:
    # a spreadsheet's roster: ``一、…`` rows between the rows; under ``三、成员单位`` the units stand in the posts'
    # column, the role said on the first row only
    text = ("某县创建文明县城工作指挥部组成人员名单\n\n序号\t指挥部职务\t姓名\t单位及职务\t联系电话\n"
            "一、指挥部组成人员\n"
            "1\t总指挥\t孙立国\t县委书记\t0459-6212101\n2\t成员\t张宏宇\t县委办公室副主任\t0459-6212397\n"
            "二、指挥部办公室\n3\t办公室主任\t王立新\t县文明办主任\n三、成员单位\n1\t成员单位\t\t县委组织部\n2\t\t\t县财政局\n")
    body = "某县创建文明县城工作指挥部"
    assert members(ex, text) == {(body, "孙立国", "总指挥"), (body, "张宏宇", "成员"), (body, "王立新", "办公室主任")}
    assert units(ex, text) == {(body, "县委组织部", "成员单位"), (body, "县财政局", "成员单位")}


def test_a_spaced_roster_table_whose_posts_cell_wraps_onto_a_line_of_its_own(ex: Extractor) -> None:
    # ``县文化广播电视和旅游局（县`` ⏎ ``体育局）局长`` under the posts' column: the row's posts go on, the rows after
    # it are read; a line under a row whose posts end whole is no part of them
    text = ("某县人民政府办公室关于调整某县安全生产委员会组成人员的通知\n名单如下：\n"
            "序号  姓  名      单位及职务                            委员会职务\n"
            "1     何建川      县委副书记、县长                      主任\n"
            "2     刘  洋      县文化广播电视和旅游局（县            成员\n"
            "                  体育局）局长\n"
            "3     苏  峰      县交通运输局局长                      成员\n")
    got = {(f.person, f.role, f.titles) for f in ex.facts_from_text(text) if isinstance(f, Membership)}
    assert got == {("何建川", "主任", ("县委副书记", "县长")),
                   ("刘洋", "成员", ("县文化广播电视和旅游局（县体育局）局长",)),
                   ("苏峰", "成员", ("县交通运输局局长",))}


def test_a_unit_list_closed_by_等部门领导_keeps_its_last_unit(ex: Extractor) -> None:
    # ``建设局等部门领导``: the listed units' heads; the last unit is a member as the others are
    text = "成立了由副区长张三任组长，区经发局、区监察局、区建设局等部门领导为成员的区经济普查领导小组。\n"
    body = "区经济普查领导小组"
    assert units(ex, text) == {(body, "区经发局", "成员"), (body, "区监察局", "成员"), (body, "区建设局", "成员")}


def test_a_post_that_ends_in_领导_names_no_unit(ex: Extractor) -> None:
    text = "成立某县创建工作领导小组。\n组长：王某 县长\n副组长：分管市场监管工作的县政府领导\n"
    assert units(ex, text) == set()


def test_a_meeting_report_that_lists_units_as_a_bodys_members(ex: Extractor) -> None:
    # ``A、B等X成员单位领导参加会议``: an attendance sentence, yet the units it lists are the body's members
    text = ("10月26日，某县召开冬季征兵工作会，县委常委、副县长王某出席会议，"
            "县委宣传部、县人武部、县财政局等县征兵领导小组成员单位领导参加会议。\n")
    body = "县征兵领导小组"
    assert units(ex, text) == {(body, "县委宣传部", "成员单位"), (body, "县人武部", "成员单位"),
                               (body, "县财政局", "成员单位")}
    assert members(ex, text) == set()


def test_a_meeting_report_that_names_its_body_before_the_member_units_it_lists(ex: Extractor) -> None:
    # ``A、B等成员单位…参会``: the body the sentence named before; ``专班成员单位A、B等3个单位的…``: the units
    # listed after the body's kind and counted, the body the report named in full in a line above
    text = ("3月4日上午，某县食品安全委员会召开第一季度联席会议，县市监局、县公安局、县融媒体中心等成员单位分管领导"
            "及相关工作人员17人参会。\n"
            "9月8日上午，某区配合省生态环境保护督察工作专班召开第一次工作会议。强调专班工作人员要自觉遵守工作纪律。\n"
            "专班成员单位区生态环境分局、区信访局、某经济开发区管委会等3个单位的分管负责人参加了会议。\n")
    food, team = "某县食品安全委员会", "某区配合省生态环境保护督察工作专班"
    assert units(ex, text) == {
        (food, "县市监局", "成员单位"), (food, "县公安局", "成员单位"), (food, "县融媒体中心", "成员单位"),
        (team, "区生态环境分局", "成员单位"), (team, "区信访局", "成员单位"), (team, "某经济开发区管委会", "成员单位"),
    }  # (``强调专班`` is a verb before the kind, no body named in full)


def test_a_lists_kinds_after_its_count_or_its_last_unit_and_the_heads_of_the_townships(ex: Extractor) -> None:
    # ``等12部门和单位``, ``等省直相关厅局``: the kinds of the units listed, no unit; ``各乡镇长``: the townships' heads
    text = ("某市地名管理工作联席会议由市委宣传部、市公安局、市气象局等12部门和单位组成。\n"
            "某县成立了以县长任组长，国土、财政等部门负责人及各乡镇长为成员的某县土地调查工作领导小组。\n"
            "某省防控工作领导小组成员单位包括省委宣传部、省交通运输厅等省直相关厅局。\n")
    meeting = "某市地名管理工作联席会议"
    assert units(ex, text) == {
        ("某省防控工作领导小组", "省委宣传部", "成员单位"), ("某省防控工作领导小组", "省交通运输厅", "成员单位"),
        (meeting, "市委宣传部", "成员单位"), (meeting, "市公安局", "成员单位"), (meeting, "市气象局", "成员单位"),
        ("某县土地调查工作领导小组", "国土", "成员"), ("某县土地调查工作领导小组", "财政", "成员"),
        ("某县土地调查工作领导小组", "各乡镇", "成员"),
    }


def test_bodies_each_unit_has_set_up_of_its_own_are_no_roster(ex: Extractor) -> None:
    # ``各乡镇都成立了…``: every township's own group, headed by its own secretary; no one body's roster
    text = ("各乡镇都成立了由乡镇党委书记任组长，乡镇长任副组长的精准扶贫工作领导小组，"
            "并明确由专职副书记分管扶贫工作。\n"
            "各村均已成立由村党支部书记任组长的脱贫攻坚工作小组。\n")
    assert units(ex, text) == set()
    assert members(ex, text) == set()


def test_roles_counted_then_listed_and_a_source_note_at_the_end_of_the_line(ex: Extractor) -> None:
    # ``副组长2人，分别是：A，B``; ``成员共3人，分别是：`` units' posts; the line ends in the page's ``来源：`` note
    text = ("近日，某市委印发通知，正式成立市委统一战线工作领导小组。\n"
            "领导小组组长由市委副书记张宁嘉担任，副组长2人，分别是：市委常委、统战部部长宋浩浩，市政府副市长谭然雅。\n"
            "成员共3人，分别是：市委组织部常务副部长，市文化委党委书记、副主任，市妇联副主席。"
            "同时还明确，领导小组成员工作变动后，由成员单位分管相应工作的负责人继续担任领导小组成员。  来源：某日报\n")
    body = "市委统一战线工作领导小组"
    assert members(ex, text) == {(body, "张宁嘉", "组长"), (body, "宋浩浩", "副组长"), (body, "谭然雅", "副组长")}
    assert units(ex, text) == {(body, "市委组织部", "成员"), (body, "市文化委", "成员"), (body, "市妇联", "成员")}


def test_member_units_of_a_mechanism_named_before_成员单位包括(ex: Extractor) -> None:
    # no body of a roster's kind in force: the clause's subject names what the units are members of
    text = ("（三）成员单位及职责。县应急救援联动成员单位包括县委宣传部、县教育局、县公安局。\n"
            "各成员单位包括：县财政局、县民政局。\n")
    assert units(ex, text) == {("县应急救援联动", "县委宣传部", "成员单位"), ("县应急救援联动", "县教育局", "成员单位"),
                               ("县应急救援联动", "县公安局", "成员单位")}


def test_a_leader_who_gathers_a_committees_member_units(ex: Extractor) -> None:
    # the leader's posts name the committee (``县禁毒委常务副主任``); the units gathered after the verb, counted
    # before the committee's name, are its members; the leader's name is not part of the first unit
    text = ("3月23日上午，县禁毒委常务副主任、县人民政府副县长、县公安局局长伏铭睿组织县委办、县政府办、县教育局"
            "等20余家禁毒委成员单位分管领导召开续会。\n")
    assert members(ex, text) == {("县禁毒委", "伏铭睿", "常务副主任")}
    assert units(ex, text) == {("禁毒委", "县委办", "成员单位"), ("禁毒委", "县政府办", "成员单位"),
                               ("禁毒委", "县教育局", "成员单位")}


def test_a_list_of_member_units_keeps_a_unit_whose_name_holds_a_conjunction(ex: Extractor) -> None:
    text = "会议邀请县发展和改革局、县住房和城乡建设局等县征兵领导小组成员单位负责人参加。\n"
    assert units(ex, text) == {("县征兵领导小组", "县发展和改革局", "成员单位"),
                               ("县征兵领导小组", "县住房和城乡建设局", "成员单位")}


def test_a_rare_surname_in_a_leaders_posts(ex: Extractor) -> None:
    text = "某县召开征兵工作会议。县人武部副部长、县征兵领导小组副组长宾峻毅出席会议。\n"
    assert members(ex, text) == {("县征兵领导小组", "宾峻毅", "副组长")}


def test_a_traditional_pages_credits_and_a_count_of_groups_name_no_body(ex: Extractor) -> None:
    # ``編輯:張洋 責任編輯:丁科``: a page's credits in traditional characters; ``成立整治督查組等多個工作組``: groups
    # counted, no body's name for the list after it
    text = ("為全面提升城區文明交通管理水平，成立整治督查組等多個工作組。\n聯合執法組成員：甲局、乙局。\n"
            "全媒體通訊員 呂立鵬報道\n編輯:張洋 責任編輯:丁科\n")
    assert members(ex, text) == set()
    assert {body for body, _, _ in units(ex, text)} <= {"聯合執法組"}


def test_people_named_by_their_standing_are_no_unit(ex: Extractor) -> None:
    # ``其他副乡级以上领导``, ``全体党政领导``: people, not a set of units; ``镇直单位负责人``: units, their heads
    text = ("该镇成立了农村环境卫生综合整治指挥部，由镇党委书记王萌任指挥长，镇长、镇人大主席任副指挥长，"
            "其他副乡级以上领导、镇直单位负责人为成员。\n")
    assert units(ex, text) == {("农村环境卫生综合整治指挥部", "镇直单位", "成员")}


def test_a_committees_office_named_short_among_a_leaders_posts(ex: Extractor) -> None:
    # ``区安委办主任``: the 办公室主任 of 区安委会; ``县人普办主任``: of the census office as written; a standing
    # agency's office (``县政府办主任``) holds a post, no membership
    text = ("2月5日，区安委办组织召开办公室主任会议，会议由区安委办主任、区安监局局长陈钢主持。"
            "县人普办主任朱珂毅传达了上级精神，县政府办主任王某出席。\n")
    assert members(ex, text) == {("区安委会", "陈钢", "办公室主任"), ("县人普办", "朱珂毅", "办公室主任")}


def test_a_joint_meetings_convener_named_short_among_a_leaders_posts(ex: Extractor) -> None:
    text = ("2月16日，某县召开打击治理电信网络新型违法犯罪工作联席会议。"
            "某县委副书记、政法委书记、县联席会议总召集人李捷出席会议并讲话。\n")
    assert members(ex, text) == {("县联席会议", "李捷", "总召集人")}


def test_a_flattened_roster_whose_labels_names_and_posts_run_together(ex: Extractor) -> None:
    # a legal database's copy: no mark between a post and the next label or name; the excerpt stops inside the
    # last person (``…刘德德某军分区司``), who is left out
    text = ("某市人民政府办公室关于成立某市气象灾害防御指挥部的通知\n"
            "现将有关事宜通知如下:一、组成人员总指挥:顾涵琪市长副总指挥:张航翔市政府副秘书长王德悦市气象局局长"
            "成员:张晨安东平县副县长赵勇西川区副区长李琪航市政府办公室副主任、应急办主任孙彤毅市教育局副局长刘德德某军分区司")
    body = "某市气象灾害防御指挥部"
    got = {(f.person, f.role, f.titles) for f in ex.facts_from_text(text) if isinstance(f, Membership)}
    assert got == {("顾涵琪", "总指挥", ("市长",)), ("张航翔", "副总指挥", ("市政府副秘书长",)),
                   ("王德悦", "副总指挥", ("市气象局局长",)), ("张晨安", "成员", ("东平县副县长",)),
                   ("赵勇", "成员", ("西川区副区长",)), ("李琪航", "成员", ("市政府办公室副主任", "应急办主任")),
                   ("孙彤毅", "成员", ("市教育局副局长",))}
    assert {b for b, _, _ in members(ex, text)} == {body}


def test_a_run_of_national_posts_that_open_with_no_level_names_no_one_and_no_unit(ex: Extractor) -> None:
    # ``杜鹰发展改革委副主任``: without a level the name's end is unsure (杜鹰 or 杜鹰发); nothing is read
    text = ("国务院办公厅关于成立某普查领导小组的通知\n二、组成人员组长:张彤翔国务院副总理副组长:"
            "姜泽峻国土资源部部长丁涵珂国务院副秘书长成员:吴睿航中央宣传部副部长杜鹰发展改革委副主任\n")
    assert not {p for _, p, _ in members(ex, text)} & {"姜泽峻", "丁涵珂", "吴睿航", "杜鹰", "杜鹰发"}
    assert units(ex, text) == set()


def test_a_reports_task_force_roles_with_an_office_a_comma_or_a_military_post(ex: Extractor) -> None:
    # ``X指挥部办公室第一主任吴华``: the body's office; ``X领导小组组长，posts 丁睿睿``: the person after a comma;
    # ``军分区司令员``: a post; ``会上`` is no part of the body's name
    text = ("5月11日下午，某区召开工作会议。区人普领导小组组长，区委常委、区政府副区长丁睿睿参加会议。"
            "会上区疫情防控应急综合指挥部办公室第一主任吴华汇报调整情况。"
            "市委常委、市征兵领导小组副组长、军分区司令员高嘉涵就征兵工作作了讲话。\n")
    assert members(ex, text) == {("区人普领导小组", "丁睿睿", "组长"),
                                 ("区疫情防控应急综合指挥部", "吴华", "办公室第一主任"),
                                 ("市征兵领导小组", "高嘉涵", "副组长")}


def test_a_roster_announced_by_a_line_that_names_its_body_and_village_heads_who_also_chair(ex: Extractor) -> None:
    # ``因…，现将调整后的X领导小组公布如下：`` over the labelled lines; ``后寨村支书兼主任``: a village post, no
    # second role in the roster
    text = ("二、森林防火组织机构\n因村“两委”换届，部分村干部有所变化，现将调整后的某乡森林防火工作领导小组公布如下:\n"
            "组 长:孙晨瑞 乡党委书记\n副 组 长:梁浩琪 乡人大主席\n"
            "成 员: 殷瑞睿 后寨村支书兼主任\n卢 虎 稻畦村支书兼主任\n")
    body = "某乡森林防火工作领导小组"
    assert members(ex, text) == {(body, "孙晨瑞", "组长"), (body, "梁浩琪", "副组长"), (body, "殷瑞睿", "成员"),
                                 (body, "卢虎", "成员")}


def test_a_reports_list_of_deputies_with_a_name_no_surname_list_knows_and_a_bodys_office_head(ex: Extractor) -> None:
    # ``阿瑞航远``: four letters between two names is a name of the list; at the list's end it is not read (it
    # could be a word of the sentence); ``…领导小组办公室主任X``: the office's head, a role of the body
    text = ("市领导、市疫情应急指挥部副指挥长黄嘉锦、于丽、阿瑞航远、胡晨安出席会议。\n"
            "市政府副秘书长、市防控工作领导小组办公室主任顾瑞然表示，要做好防控工作。\n")
    assert members(ex, text) == {
        ("市疫情应急指挥部", "黄嘉锦", "副指挥长"),
        ("市疫情应急指挥部", "于丽", "副指挥长"),
        ("市疫情应急指挥部", "阿瑞航远", "副指挥长"),
        ("市疫情应急指挥部", "胡晨安", "副指挥长"),
        ("市防控工作领导小组", "顾瑞然", "办公室主任"),
    }


def test_cadres_sent_to_villages_are_no_unit_nor_is_a_table_cell_run_into_the_next(ex: Extractor) -> None:
    # ``驻村干部为成员``: cadres of a kind, not the head of a unit ``驻村``; in a table copied with bars a list that
    # runs from one cell into the next (``| 1.明确村书记``) names no unit
    text = ("（3）村（社区）建立村级主要负责人为组长、村（两委）干部和驻村干部为成员的应急工作组。 | "
            "1.明确村书记、村干部、驻村干部等组成的应急工作组和抢险救援应急工作小组； | 村（社区） | 4月 |\n")
    assert units(ex, text) == set()


def test_units_whose_heads_are_a_joint_meetings_composing_members(ex: Extractor) -> None:
    # ``…等单位分管领导以及…为组成人员``: the body's members, role 成员
    text = ("联席会议由市政府分管副市长任总召集人，市公安局分管副局长为召集人，市发改委、教育局、公安消防支队等单位"
            "分管领导以及各区政府分管副区长为组成人员。\n")
    assert units(ex, text) == {
        ("联席会议", "市公安局", "召集人"),
        ("联席会议", "市发改委", "成员"),
        ("联席会议", "教育局", "成员"),
        ("联席会议", "公安消防支队", "成员"),
        ("联席会议", "各区政府", "成员"),
    }


def test_a_name_glued_to_a_post_of_the_peoples_congress_is_a_person_not_a_unit(ex: Extractor) -> None:
    # ``副组长：王宁锦人大工委主任``: a name, then the post of the street's 人大工委 (no unit ``王宁锦人大工委``)
    text = "成立某街道网格化建设工作领导小组，组成人员如下：\n组长：张明党工委书记\n副组长：王宁锦人大工委主任\n"
    assert members(ex, text) == {("某街道网格化建设工作领导小组", "张明", "组长"),
                                 ("某街道网格化建设工作领导小组", "王宁锦", "副组长")}
    assert units(ex, text) == set()


def test_an_annal_reshaping_the_body_it_founded_by_its_short_name_runs_the_roles_on_in_one_list(ex: Extractor) -> None:
    text = ("1982年6月，成立某县志编纂委员会，主任陈某，副主任贺某久。1994年11月，调整了县志编委会，"
            "主任周某新、副主任李某平、张某峰、主编朱某。\n")
    body = "某县志编纂委员会"
    assert members(ex, text) == {
        (body, "陈某", "主任"), (body, "贺某久", "副主任"), (body, "周某新", "主任"),
        (body, "李某平", "副主任"), (body, "张某峰", "副主任"), (body, "朱某", "主编"),
    }


def test_deputy_chief_foresters_are_roster_roles(ex: Extractor) -> None:
    text = "某县林长制工作领导小组组成人员如下：\n总林长：张某某\n副总林长：李某明\n副林长：王某、赵某学\n"
    assert {role for _, _, role in members(ex, text)} == {"总林长", "副总林长", "副林长"}


def test_a_chronicle_names_the_roster_a_notice_published_composed_of_units_leaders(ex: Extractor) -> None:
    text = ("同时公布了由区委常委、常务副区长任组长,区府办副主任、统计局局长为副组长,"
            "区经发局、监察局、建设局等十八个部门领导组成的某区第二次经济普查领导小组成员名单。\n")
    body = "某区第二次经济普查领导小组"
    assert units(ex, text) == {(body, "区府办", "副组长"), (body, "统计局", "副组长"), (body, "区经发局", "成员"),
                               (body, "监察局", "成员"), (body, "建设局", "成员")}


def test_a_deputy_by_his_charge_is_no_unit(ex: Extractor) -> None:
    text = ("成立由区委常委任组长的某区经济普查领导小组。各镇乡（街道）领导小组全部组建完毕，"
            "由镇乡长（街道主任）任领导小组组长，分管副镇乡长（街道副主任）任副组长。\n")
    assert all(not unit.startswith("分管") for _, unit, _ in units(ex, text))


def test_units_through_their_secretaries_general_inspectors_and_full_time_deputies(ex: Extractor) -> None:
    text = ("某市委统一战线工作领导小组\n成员共5人，分别是：市总工会秘书长，市委网信办专职副主任，市科委副巡视员，"
            "市卫生计生委巡视员，市民政局副局长。\n")
    body = "某市委统一战线工作领导小组"
    expected = ("市总工会", "市委网信办", "市科委", "市卫生计生委", "市民政局")
    assert units(ex, text) == {(body, u, "成员") for u in expected}


def test_a_leader_named_by_the_work_he_coordinates_is_no_unit(ex: Extractor) -> None:
    text = ("某市城市地下管网建设工作领导小组\n"
            "副组长：协调住房和城乡建设工作的市政府副秘书长、市住房城乡建设局主要负责同志\n")
    assert units(ex, text) == {("某市城市地下管网建设工作领导小组", "市住房城乡建设局", "副组长")}


def test_the_congress_and_the_political_conference_named_short_are_member_units(ex: Extractor) -> None:
    text = "某县创建文明城市工作领导小组\n成员单位：县委办、县人大、县政协、县财政局\n"
    assert {unit for _, unit, _ in units(ex, text)} == {"县委办", "县人大", "县政协", "县财政局"}


def test_a_joint_meetings_rules_name_it_in_their_title_and_then_by_its_kind(ex: Extractor) -> None:
    text = ("某县委人大工作联席会议制度\n（2016年9月1日县委常委会议通过）\n为了加强县委对人大工作的领导，制定本制度。\n"
            "一、联席会议由县委书记、副书记及县委办公室、县人大常委会办公室，县委组织部、县财政局等部门负责同志组成。\n")
    assert units(ex, text) == {("某县委人大工作联席会议", u, "成员单位")
                               for u in ("县委办公室", "县人大常委会办公室", "县委组织部", "县财政局")}


def test_a_roster_line_flattened_its_labels_run_on_after_posts_and_its_people_glued(ex: Extractor) -> None:
    # a page that lost its spaces: ``…县长副组长：`` (a label after a post), ``成员：A县…局长B县…局长`` (people
    # glued to their posts); the last person, a whole one near the text's end, is read too
    text = ("关于成立某县森林防火指挥部的通知\n各乡镇人民政府，县直各单位：\n"
            "为加强森林防火工作，决定成立某县森林防火指挥部。\n"
            "组长：王国强县委副书记、县长副组长：李建华县委常委、副县长成员：赵明县财政局局长钱立新县教育局局长孙红县公安局副局长\n")
    got = {(f.person, f.role, f.titles) for f in ex.facts_from_text(text) if isinstance(f, Membership)}
    assert got == {("王国强", "组长", ("县委副书记", "县长")), ("李建华", "副组长", ("县委常委", "副县长")),
                   ("赵明", "成员", ("县财政局局长",)), ("钱立新", "成员", ("县教育局局长",)),
                   ("孙红", "成员", ("县公安局副局长",))}


def test_a_pages_editor_after_责任_is_no_label_run_on(ex: Extractor) -> None:
    text = ("关于成立某县整治督查组的通知\n组长：王国强县委副书记、县长\n编辑:张洋 责任编辑:丁科\n")
    assert {p for _, p, _ in members(ex, text)} == {"王国强"}
    assert units(ex, text) == set()


def test_prose_under_a_heading_of_the_office_or_of_a_sub_group(ex: Extractor) -> None:
    # ``（一）办公室`` ⏎ ``主任由X担任``: the office's director; ``（二）医疗救治组`` ⏎ ``组长由Y担任``: the group's
    text = ("关于成立某市卫生应急领导组的通知\n各县区：\n经研究，决定成立某市卫生应急领导组。\n组长：王国强市长\n"
            "领导组下设办公室和4个工作组。\n（一）办公室\n设在市卫生局，主任由市卫生局副局长张丽华担任。负责领导组日常工作。\n"
            "（二）医疗救治组\n组长由市卫生局局长李明担任。\n")
    body = "某市卫生应急领导组"
    assert members(ex, text) == {(body, "王国强", "组长"), (body, "张丽华", "办公室主任"),
                                 (f"{body}/医疗救治组", "李明", "组长")}
    founding = text.replace("（二）医疗救治组\n组长由", "二、成立领导小组\n组长由")  # (a section on the body itself)
    assert not [b for b, _, _ in members(ex, founding) if b.endswith("/成立领导小组")]


def test_a_provinces_name_before_its_partys_post_is_no_persons_name(ex: Extractor) -> None:
    text = ("成立了由山东省委副书记、省长李建国任组长的山东省推进某起步区建设工作领导小组。\n")
    assert members(ex, text) == {("山东省推进某起步区建设工作领导小组", "李建国", "组长")}


def test_office_deputies_in_prose_set_apart_by_commas_without_tongzhi(ex: Extractor) -> None:
    # ``副主任由县财政局副局长A，县卫健局副局长B兼任``: each comma part a post and a name
    text = ("关于成立某县养老服务工作领导小组的通知\n组长：王国强 县长\n"
            "领导小组办公室设在县民政局，承担领导小组日常工作。办公室主任由县民政局局长张丽华兼任；"
            "副主任由县财政局副局长李明，县卫健局副局长赵红兼任。\n")
    body = "某县养老服务工作领导小组"
    assert members(ex, text) == {(body, "王国强", "组长"), (body, "张丽华", "办公室主任"),
                                 (body, "李明", "办公室副主任"), (body, "赵红", "办公室副主任")}


def test_an_excerpt_after_its_title_names_the_body_by_its_office(ex: Extractor) -> None:
    # the excerpt starts at the notice's last section: the body is named only by its kind, where its office sits
    text = ("三、其他事项\n（一）领导小组办公室设在县民政局，承担领导小组日常工作。办公室主任由县民政局局长张丽华兼任；"
            "副主任由县财政局副局长李明，县卫健局副局长赵红兼任。办公室成员由领导小组成员单位有关股室负责同志担任。\n")
    assert members(ex, text) == {("领导小组", "张丽华", "办公室主任"), ("领导小组", "李明", "办公室副主任"),
                                 ("领导小组", "赵红", "办公室副主任")}
    assert {b for b, _, _ in units(ex, text)} <= {"领导小组/办公室"}


def test_member_units_cut_by_the_end_of_an_excerpt_are_read_up_to_the_last_comma(ex: Extractor) -> None:
    text = ("成立县突发公共卫生事件应急领导小组，统一领导应急处理工作。组长由县人民政府分管副县长担任，"
            "副组长由县卫健局局长担任，成员由县委宣传部、县发展改革局、县教育局、县公")
    assert {u for _, u, _ in units(ex, text)} == {"县卫健局", "县委宣传部", "县发展改革局", "县教育局"}
    closed = text + "安局组成。\n局长办公会议决定。\n"  # (the list whole: its last unit too; nothing read twice)
    assert {u for _, u, _ in units(ex, closed)} == {"县卫健局", "县委宣传部", "县发展改革局", "县教育局", "县公安局"}


def test_the_sections_of_the_listed_units_whose_heads_sit_for_them(ex: Extractor) -> None:
    text = ("某县政府购买服务工作联席会议办公室设在县财政局。办公室主任由县财政局1名局级领导兼任，"
            "副主任由县民政局、县人力资源和社会保障局等单位相关科室主要负责人兼任。各成员单位相关科室负责人为联络员。\n")
    got = units(ex, text)
    assert {u for _, u, r in got if r == "办公室副主任"} == {"县民政局", "县人力资源和社会保障局"}
    assert not [u for _, u, _ in got if u.startswith("各成员单位")]


def test_member_units_in_a_second_you_clause_after_the_roles_of_a_composition(ex: Extractor) -> None:
    # ``X由A任组长，B任副组长，由C、D等部门负责人，以及辖区内各居委及其物业公司负责人组成``
    text = ("关于建立某街道市容管理工作联席会议的通知\n一、联席会议的组成人员 联席会议由街道办事处主任任组长，"
            "办事处副主任任副组长，由宣传统战科、党政办公室、司法所等部门负责人，以及辖区内各居委及其物业公司负责人组成。\n")
    got = {u for _, u, r in units(ex, text) if r not in ("组长", "副组长")}
    assert got == {"宣传统战科", "党政办公室", "司法所", "各居委"}


def test_a_numbered_item_after_a_line_of_names_is_the_next_section_not_a_title_cut_short(ex: Extractor) -> None:
    text = ("某医院感染管理委员会组成:\n主任:魏一\n委员:罗二 张三 曹四\n祝五 乔六 柴七\n"
            "2、某医院感染管理部;\n主任:王八\n")
    got = {(f.person, f.role, f.titles) for f in ex.facts_from_text(text) if isinstance(f, Membership)}
    assert ("柴七", "委员", ()) in got and ("乔六", "委员", ()) in got


def test_units_through_their_heads_a_group_leader_or_a_village_secretary_or_director(ex: Extractor) -> None:
    text = ("关于调整某镇创文工作领导小组成员的通知\n一、领导小组\n组 长:曾一\n"
            "成 员:党政办、纪委办、广播站等部门负责人,各驻村乡村振兴工作组组长、各村支书或主任。\n")
    assert {u for _, u, _ in units(ex, text)} == {"党政办", "纪委办", "广播站", "各驻村乡村振兴工作组", "各村"}


def test_the_units_a_body_is_composed_of_and_no_unit_that_points_back(ex: Extractor) -> None:
    text = ("成立某县乡村振兴工作领导小组，县长王一任组长。调整后的领导小组组成单位包括县发改局、县财政局、县农业农村局"
            "等部门和单位。主要成员包括这些部门的局长或副局长。\n")
    assert {u for _, u, _ in units(ex, text)} == {"县发改局", "县财政局", "县农业农村局"}


def test_a_founding_then_its_composition_after_a_comma_and_units_of_which_some_are_related(ex: Extractor) -> None:
    text = "成立某县防汛指挥部，由县水利局、县应急局、有关部门负责人组成。\n"
    assert units(ex, text) == {("某县防汛指挥部", "县水利局", "成员单位"), ("某县防汛指挥部", "县应急局", "成员单位"),
                               ("某县防汛指挥部", "有关部门", "成员单位")}


def test_a_heading_of_member_units_numbered_two_levels_deep_names_the_body_in_force(ex: Extractor) -> None:
    text = ("某镇突发事件综合应急预案\n二、某镇应急指挥部\n某镇成立突发事件应急指挥部，由镇长任指挥长。\n"
            "2.2指挥部成员单位\n应急办公室、党政办公室等。\n")
    assert units(ex, text) == {("突发事件应急指挥部", "应急办公室", "成员单位"),
                               ("突发事件应急指挥部", "党政办公室", "成员单位")}


def test_a_line_of_member_units_cut_by_the_end_of_an_excerpt_drops_its_unfinished_unit(ex: Extractor) -> None:
    text = ("某镇突发事件综合应急预案\n二、某镇应急指挥部\n某镇成立突发事件应急指挥部，由镇长任指挥长。\n"
            "2.2指挥部成员单位\n应急办公室、党政办公室、武装部办公室,有关应急救援队伍等,社会事务综合服务中心、农业综")
    assert {u for _, u, _ in units(ex, text)} == {"应急办公室", "党政办公室", "武装部办公室", "有关应急救援队伍",
                                                  "社会事务综合服务中心"}


def test_each_section_of_a_bureau_listed_by_kind_is_one_collective_unit(ex: Extractor) -> None:
    text = "某县国土资源局成立整治工作领导小组，局长赵一任组长，局机关各股、站、中心（室）负责人为成员。\n"
    assert {u for _, u, _ in units(ex, text)} == {"局机关各股、站、中心（室）"}


def test_a_label_cut_by_the_end_of_an_excerpt_is_no_part_of_the_name_above(ex: Extractor) -> None:
    text = "关于成立某镇创文工作领导小组的通知\n(三)志愿服务工作组\n组 长:肖一\n成"
    assert {p for _, p, _ in members(ex, text)} == {"肖一"}


SIBLING_BODIES = """关于调整某医院感染管理组织的通知
一、组织体系
1、感染管理委员会组成：
主任：张一
委员：李二 王三
2、科室感染管理小组：
由各科室主任、护士长组成，名单如下：
赵四 钱五 孙六
周七
二、职责
"""


def test_the_next_body_numbered_alike_and_its_members_named_without_a_role(ex: Extractor) -> None:
    assert members(ex, SIBLING_BODIES) == {
        ("感染管理委员会", "张一", "主任"), ("感染管理委员会", "李二", "委员"), ("感染管理委员会", "王三", "委员"),
        ("科室感染管理小组", "赵四", "成员"), ("科室感染管理小组", "钱五", "成员"),
        ("科室感染管理小组", "孙六", "成员"), ("科室感染管理小组", "周七", "成员")}


def test_a_heading_of_groups_numbered_like_the_body_is_no_body_of_its_own(ex: Extractor) -> None:
    text = ("一、某县教育系统扫盲工作领导小组\n组长：张一\n成员：李二\n二、专项小组\n1.工作小组\n组长：王三\n"
            "2.督查小组\n组长：赵四\n")
    assert members(ex, text) == {
        ("某县教育系统扫盲工作领导小组", "张一", "组长"), ("某县教育系统扫盲工作领导小组", "李二", "成员"),
        ("某县教育系统扫盲工作领导小组/工作小组", "王三", "组长"),
        ("某县教育系统扫盲工作领导小组/督查小组", "赵四", "组长")}


def test_names_listed_with_a_separator_at_the_wrap_and_a_stop_at_the_end(ex: Extractor) -> None:
    text = ("成立某镇防汛工作领导小组\n组 长:蒋一\n组 员:王 青、戴国安、周 凌、王立群、\n"
            "王 平、孙 明、郭文良、赵 阳、承立东。\n")
    assert {p for _, p, r in members(ex, text) if r == "组员"} == {
        "王青", "戴国安", "周凌", "王立群", "王平", "孙明", "郭文良", "赵阳", "承立东"}


def test_three_letters_of_no_known_surname_are_no_list_of_names_on_their_own(ex: Extractor) -> None:
    text = "成立某镇防汛工作领导小组\n组长:蒋一\n成员:承立东、禾一丁\n"
    assert {p for _, p, _ in members(ex, text)} == {"蒋一"}


def test_a_dotted_name_of_nine_letters_with_its_posts_in_brackets(ex: Extractor) -> None:
    text = ("成立某市植物园建设专班\n主任:张一(市政府副市长)\n成员:吐尔逊尼亚孜·艾山江(市农业农村局党组副书记、局长)\n"
            "薛一林(市林草局党组副书记、局长)\n")
    body = "某市植物园建设专班"
    assert members(ex, text) == {(body, "张一", "主任"), (body, "吐尔逊尼亚孜·艾山江", "成员"),
                                 (body, "薛一林", "成员")}


def test_the_leaders_a_task_force_names_to_lead_and_to_assist_it(ex: Extractor) -> None:
    text = ("关于建立某县疫情防控工作专班的通知\n一、农村疫情防控工作专班\n牵头县领导:孙一(县委副书记)\n"
            "组 长:史二(县农业农村局局长)\n协助领导:钟三\n")
    assert {(p, r) for _, p, r in members(ex, text)} == {("孙一", "牵头县领导"), ("史二", "组长"), ("钟三", "协助领导")}


def test_a_task_list_that_names_a_leader_to_lead_each_task_gives_no_member(ex: Extractor) -> None:
    text = ("关于印发某县创卫工作领导小组2024年工作要点的通知\n1.推进项目建设。\n牵头领导：张一\n牵头单位：县发改局\n"
            "2.抓好招商引资。\n牵头领导：李二\n牵头单位：县商务局\n")
    assert members(ex, text) == set()


GROUPS_SIDE_BY_SIDE = """4.6.8 城市基础设施抢险与应急恢复组
组 长:县住建局负责人
成员单位:县住建局、县交通局
4.6.9 社会治安保障组
组 长:县公安局负责人
成员单位:县公安局、县消防救援大队
4.6.10 重要目标警卫组
组 长:县消防救援大队负责人
主要应急措施:加强对重要目标的警戒。
"""


def test_an_excerpt_of_groups_numbered_alike_gives_each_group_its_own_units(ex: Extractor) -> None:
    assert units(ex, GROUPS_SIDE_BY_SIDE) == {
        ("城市基础设施抢险与应急恢复组", "县住建局", "组长"), ("城市基础设施抢险与应急恢复组", "县住建局", "成员单位"),
        ("城市基础设施抢险与应急恢复组", "县交通局", "成员单位"),
        ("社会治安保障组", "县公安局", "组长"), ("社会治安保障组", "县公安局", "成员单位"),
        ("社会治安保障组", "县消防救援大队", "成员单位"), ("重要目标警卫组", "县消防救援大队", "组长")}


def test_the_texts_own_place_and_its_verb_are_no_part_of_the_bodys_name(ex: Extractor) -> None:
    text = ("我乡将领导工作小组办公室设在乡防控指挥部，由党委副书记郭一同志担任办公室主任，负责日常工作开展。\n")
    assert members(ex, text) == {("领导工作小组", "郭一", "办公室主任")}


def test_a_slot_of_two_bodies_joined_by_he_is_a_slot_of_each(ex: Extractor) -> None:
    text = ("根据调整后的名单，县长张一担任某县西部开发领导小组和某县振兴领导小组组长，"
            "李二副县长担任副组长。\n")
    west, east = "某县西部开发领导小组", "某县振兴领导小组"
    assert members(ex, text) == {(west, "张一", "组长"), (east, "张一", "组长"),
                                 (west, "李二", "副组长"), (east, "李二", "副组长")}


def test_a_body_whose_name_joins_two_fields_by_he_is_one_body(ex: Extractor) -> None:
    text = "成立某县安全生产和消防工作领导小组，县长张一任组长。\n"
    assert members(ex, text) == {("某县安全生产和消防工作领导小组", "张一", "组长")}


def test_members_filled_by_the_heads_of_the_units_listed_after_a_colon(ex: Extractor) -> None:
    text = ("某县食品安全委员会工作规则\n二、机构组成\n"
            "食安委主任由县长担任。成员由下列单位负责人担任：县委宣传部、县教育局、县民政局和各乡镇人民政府。\n")
    facts = [f for f in ex.facts_from_text(text, "rules.txt") if isinstance(f, UnitMembership)]
    assert {(f.unit, f.role, f.head) for f in facts} == {
        ("县委宣传部", "成员", "负责人"), ("县教育局", "成员", "负责人"), ("县民政局", "成员", "负责人"),
        ("各乡镇人民政府", "成员", "负责人")}


def test_a_flattened_copy_that_lost_the_you_before_the_listed_units(ex: Extractor) -> None:
    text = "某县爱国卫生运动委员会工作规则\n二、机构组成\n成员下列单位主要负责人担任：县卫健局、县财政局、县城管局。\n"
    assert {u for _, u, _ in units(ex, text)} == {"县卫健局", "县财政局", "县城管局"}


def test_a_note_on_the_role_before_the_colon_is_no_part_of_the_role(ex: Extractor) -> None:
    text = "某县河湖保护工作领导小组\n组 长(召集人):张一\n副组长（常务）：赵四\n成员:李二、王三\n"
    body = "某县河湖保护工作领导小组"
    assert members(ex, text) == {(body, "张一", "组长"), (body, "赵四", "副组长"),
                                 (body, "李二", "成员"), (body, "王三", "成员")}


def test_a_groups_head_count_after_its_name_is_no_part_of_the_name(ex: Extractor) -> None:
    text = ("关于成立某县界别小组的通知\n二、成立2个界别小组\n"
            "1、甲界别小组(3人)\n组 长(召集人):张一\n成 员:李二、王三\n"
            "2、乙界别小组（2人）\n组 长(召集人):赵四\n成 员:钱五\n")
    assert {(b.split("/")[-1], p) for b, p, _ in members(ex, text)} == {
        ("甲界别小组", "张一"), ("甲界别小组", "李二"), ("甲界别小组", "王三"),
        ("乙界别小组", "赵四"), ("乙界别小组", "钱五")}
    spaced = text.replace("(3人)", "(3 人)").replace("（2人）", "（2 人）")  # (a space beside a number)
    assert members(ex, spaced) == members(ex, text)


def test_a_name_with_a_rarer_surname_in_a_roster_of_names_and_posts(ex: Extractor) -> None:
    text = ("某县防治艾滋病工作委员会组成人员名单\n委员:\n"
            "李二(县民政局副局长)\n鹿 一(县人社局副局长)\n张三(县住建局副局长)\n")
    assert {p for _, p, _ in members(ex, text)} == {"李二", "鹿一", "张三"}


def test_an_office_director_named_between_the_unit_and_the_post(ex: Extractor) -> None:
    text = ("某县疫情防控工作领导小组\n组  长：张一\n"
            "领导小组下设办公室，办公室设在县应急局，办公室主任由县应急局王五局长兼任。\n")
    assert members(ex, text) == {("某县疫情防控工作领导小组", "张一", "组长"),
                                 ("某县疫情防控工作领导小组", "王五", "办公室主任")}


def test_the_staff_each_unit_sends_to_a_task_force_and_a_head_written_once(ex: Extractor) -> None:
    for text in ("成立某县重点项目推进工作专班，由副县长张一任组长，县发改局、县住建局各1名业务骨干为专班成员。\n",
                 "成立某县重点项目推进工作专班，由副县长张一任组长，抽调县发改局、县住建局各1名业务骨干为专班成员。\n",
                 "成立某县重点项目推进工作专班，由副县长张一任组长，从县发改局、县住建局抽调业务骨干为专班成员。\n"):
        facts = [f for f in ex.facts_from_text(text) if isinstance(f, UnitMembership)]
        assert [f.unit for f in facts] == ["县发改局", "县住建局"]
        assert facts[0].head == facts[1].head and facts[0].head is not None


def test_a_county_whose_name_opens_with_cong_keeps_it(ex: Extractor) -> None:
    text = "成立某州防汛工作领导小组，成员由从江县政府、州水务局主要负责人组成。\n"
    assert {u for _, u, _ in units(ex, text)} == {"从江县政府", "州水务局"}


def test_deputies_through_unit_heads_with_a_qualifier_and_a_last_item_after_yiji(ex: Extractor) -> None:
    text = ("某县抗震救灾指挥部\n指挥长由县委常委、常务副县长担任；"
            "副指挥长由分管应急管理、地震监测工作的县政府办公室副主任，以及县应急管理局局长、县消防救援大队大队长担任。\n")
    assert units(ex, text) == {("某县抗震救灾指挥部", "县政府办公室", "副指挥长"),
                               ("某县抗震救灾指挥部", "县应急管理局", "副指挥长"),
                               ("某县抗震救灾指挥部", "县消防救援大队", "副指挥长")}


def test_a_unit_through_its_deputy_who_keeps_in_touch_with_the_work(ex: Extractor) -> None:
    text = ("某县空气重污染应急指挥部\n"
            "由县政府分管副县长任指挥长，县政府办公室联系副主任、县生态环境局局长任副指挥长。\n")
    facts = [f for f in ex.facts_from_text(text) if isinstance(f, UnitMembership)]
    assert [(f.unit, f.head) for f in facts] == [("县政府办公室", "联系副主任"), ("县生态环境局", "局长")]


def test_a_row_a_mirror_garbled_does_not_end_the_list_of_people_under_it(ex: Extractor) -> None:
    text = ("某市公園建設專班\n主任:張一(市政府副市長)\n成員:李二(市林草局局長)\n王三·阿力?。ㄅ局ㄆh副局長)\n"
            "趙四(市住建局局長)\n錢五(市文旅局局長)\n")
    assert {p for _, p, _ in members(ex, text)} == {"張一", "李二", "趙四", "錢五"}


def test_units_a_flattened_copy_ran_together_are_left_out_of_a_list_under_its_heads(ex: Extractor) -> None:
    text = ("某区食品安全委员会工作规则\n二、机构组成\n"
            "成员下列单位负责人担任：区委宣传部、区教育局、公安分局民政局、区财政局、市生态环境局某区分局。\n")
    assert {u for _, u, _ in units(ex, text)} == {"区委宣传部", "区教育局", "区财政局", "市生态环境局某区分局"}


def test_a_sentence_of_members_a_pdf_wrapped_before_小组成员_or_its_first_comma_is_read_whole(ex: Extractor) -> None:
    # a PDF's lines of one width: neither ``…的分管副职任小组成员`` nor ``…由县委书记任组`` starts anything
    body = "某县对台工作领导小组"
    wrapped = ("某县对台工作领导小组由县委书记任组长，分管对台工\n\n作的副书记、副县长任副组长。另外县委办公室、县\n\n"
               "府办公室、县委组织部、县委政法委、县发改局、县\n\n商务局、县教育局、县侨办、县旅游局、县人武部、\n\n"
               "团县委和县台办12个相关职能部门的分管副职任小组成员\n")
    listed = ("县委办公室", "县府办公室", "县委组织部", "县委政法委", "县发改局", "县商务局", "县教育局", "县侨办",
              "县旅游局", "县人武部", "团县委", "县台办")
    expected = {(body, u, "成员") for u in listed}
    assert units(ex, wrapped) == expected
    flat = "".join(wrapped.split())
    cut_early = "\n\n".join(flat[k : k + 17] for k in range(0, len(flat), 17))  # (``…由县委书记任组`` ⏎ ``长，…``)
    assert units(ex, cut_early) == expected


def test_a_premier_and_a_vice_premier_chair_two_bodies_at_once(ex: Extractor) -> None:
    text = ("根据调整后的名单，国务院总理张一担任国务院某区域开发领导小组和"
            "国务院振兴某区域等老工业基地领导小组组长，李二副总理担任副组长。\n")
    bodies = ("国务院某区域开发领导小组", "国务院振兴某区域等老工业基地领导小组")
    assert members(ex, text) == {(b, p, r) for b in bodies for p, r in (("张一", "组长"), ("李二", "副组长"))}


def test_a_body_whose_name_a_pdf_spaced_around_its_year(ex: Extractor) -> None:
    # A PDF's text layer (and many web pages) set a space between a Han letter and a digit: ``成立 2024 年…``. The
    # body is named without it, in a roster's founding sentence and in a prose roster alike.
    listed = ("关于成立某县 2024 年森林防火工作领导小组的通知\n各乡镇:\n"
              "经研究,决定成立 2024 年森林防火工作领导小组。现将有关事项通知如下:\n"
              "组　长:张　一　县长\n副组长:李　二　副县长\n")
    body = "某县2024年森林防火工作领导小组"  # (named in full in the title)
    assert members(ex, listed) == {(body, "张一", "组长"), (body, "李二", "副组长")}
    prose = ("各乡镇:\n经研究,决定成立某县 2024 年森林防火工作领导小组,由张一同志任组长,李二同志任副组长,"
             "县应急局、县林业局为成员单位。\n")
    assert members(ex, prose) == {(body, "张一", "组长"), (body, "李二", "副组长")}
    assert units(ex, prose) == {(body, "县应急局", "成员单位"), (body, "县林业局", "成员单位")}


def test_a_roster_in_prose_whose_counts_a_pdf_spaced_out(ex: Extractor) -> None:
    # ``成员共 3 人``, ``县农业农村局 2 个部门``: a PDF's text layer sets a space on each side of the digits. The
    # count still opens its list, and the words after it name no body of their own (``个…部门的分管副职任小组``).
    counted = ("经县政府研究，决定成立县乡村振兴工作领导小组。领导小组组长由县长张一担任。成员共 3 人，分别是："
               "县政府办公室副主任，县农业农村局局长，县财政局局长。\n")
    body = "县乡村振兴工作领导小组"
    assert units(ex, counted) == {(body, u, "成员") for u in ("县政府办公室", "县农业农村局", "县财政局")}
    listed = ("某县乡村振兴工作领导小组由县长任组长，分管农业的副县长任副组长。另外县财政局和县农业农村局 2 个相关"
              "职能部门的分管副职任小组成员。\n")
    body = "某县乡村振兴工作领导小组"
    assert units(ex, listed) == {(body, "县财政局", "成员"), (body, "县农业农村局", "成员")}


def test_a_unit_list_whose_heads_a_pdf_cut_before_their_last_letter(ex: Extractor) -> None:
    # ``…分管负责`` ⏎ ``人。``: the wrap cut ``负责人``, which is no prose's ``负责``: the list's last line is read.
    lines = ("成　员：县教育局、县公安局、县财政局、县自然资源局、县生态环境局、县住建局、县水利局、",
             "县交通运输局、县农业农村局、县商务局、县文旅局、县卫生健康委、县统计局分管负责",
             "人。")
    text = "某县民生工作联席会议组成人员\n召集人：张　一　副县长\n" + "\n".join(lines) + "\n"
    got = {u for _b, u, role in units(ex, text) if role == "成员"}
    assert len(got) == 13 and {"县卫生健康委", "县统计局"} <= got


def test_a_labelled_list_of_names_a_pdf_wrapped_inside_a_name(ex: Extractor) -> None:
    # ``成员：赵四、钱六、孙立`` ⏎ ``新、周八…``: the wrap cut the list and a name; the list goes on in the next line.
    text = ("关于召开某县防汛工作会议的通知\n三、参加人员：\n"
            "1、县防汛抗旱指挥部指挥长：张一，副指挥长：李二、王五，成员：赵四、钱六、孙立\n"
            "新、周八、吴九、郑十、冯一、陈二、褚三、卫四、蒋五、沈六。\n2、县直各部门主要负责同志。\n")
    got = {(person, role) for _b, person, role in members(ex, text)}
    members_ = ("赵四", "钱六", "孙立新", "周八", "吴九", "郑十", "冯一", "陈二", "褚三", "卫四", "蒋五", "沈六")
    assert got == {("张一", "指挥长"), ("李二", "副指挥长"), ("王五", "副指挥长")} | {(p, "成员") for p in members_}
    # A person a row, the post after a space: the next row is no part of the one above, though a PDF's lines join.
    rows = "组　长：张一　县委书记\n王五　县委副书记、县长\n"
    got = {(p, r) for _b, p, r in members(ex, "某县防汛领导小组组成人员\n" + rows)}
    assert got == {("张一", "组长"), ("王五", "组长")}
