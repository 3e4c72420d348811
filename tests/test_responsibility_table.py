"""The flattened 分管领导 / 序号 / 牵头单位 / 责任人 / 工作任务 table: one assignment per task paragraph.

The first snippet is an excerpt of the 2021 政府工作报告 breakdown (gazette 004)
as PDF extraction left it: the leader only where it changes, cells cut across
lines, tasks in paragraphs. The second is the same layout with other names, to
show that the parser follows the columns, not the names it has seen.
"""

from __future__ import annotations

from graph_build.pipeline import Extractor
from graph_build.records import Assignment

REPORT_TABLE = """稷山县 2021 年《政府工作报告》主要目标任务责任分解

分管领导 序号 牵头单位 责任人 工 作 任 务

王润县长对各项目标任务全面负责

王 润 1 县直各单位
县直各单
位负责人

扎实开展党史学习教育，坚持把党对一切工作的领导贯彻到政府工作各领域、各方面，不
断提高政治判断力、政治领悟力、政治执行力。

进一步加强政务公开和政府信息公开，让阳光政府更加透明。

南选智

2 政府办 薛高斌
积极融入“一带一路”，深化与斯里兰卡、缅甸等合作交流，开辟合作空间，实现互利共
赢。

3 财政局 杨志军 一般公共预算收入增长 7%。

4
市生态环境
局稷山分局

王文奇

实施环境污染防治“十大行动”。
 翟廷伟 5

农业农村局
（扶贫开发
中心，畜牧
兽医中心）

李文峰
翟山平

农村居民人均可支配收入 10%以上。
 孙贵明

5

农业农村局
（扶贫开发
中心，畜牧
兽医中心）

李文峰
翟山平

持续巩固脱贫攻坚成果。

6
退役军人事
务局
任瑞荣 统筹抓好国防动员和双拥工作，强化退役军人服务保障。
"""


def rows(extractor: Extractor, text: str) -> list[Assignment]:
    return [f for f in extractor.facts_from_text(text) if f.type == "assignment"]


def by_task(facts: list[Assignment], prefix: str) -> Assignment:
    hits = [f for f in facts if f.task.startswith(prefix)]
    assert len(hits) == 1, [f.task for f in facts]
    return hits[0]


def test_every_task_paragraph_is_one_assignment(extractor: Extractor) -> None:
    facts = rows(extractor, REPORT_TABLE)
    assert len(facts) == 8
    assert all(f.prov.extractor == "responsibility_table" for f in facts)


def test_first_row_cells_cut_across_lines(extractor: Extractor) -> None:
    fact = by_task(rows(extractor, REPORT_TABLE), "扎实开展党史学习教育")
    assert fact.leader == "王润"
    assert fact.lead == fact.units == ("县直各单位",)
    assert fact.persons == ("县直各单位负责人",)
    assert fact.prov.line == 11
    assert fact.task == "扎实开展党史学习教育，坚持把党对一切工作的领导贯彻到政府工作"


def test_leader_is_carried_down_until_the_next_leader(extractor: Extractor) -> None:
    facts = rows(extractor, REPORT_TABLE)
    assert by_task(facts, "进一步加强政务公开").leader == "王润"
    assert by_task(facts, "积极融入“一带一路”").leader == "南选智"
    assert by_task(facts, "实施环境污染防治").leader == "南选智"
    assert by_task(facts, "农村居民人均可支配收入").leader == "翟廷伟"
    assert by_task(facts, "持续巩固脱贫攻坚成果").leader == "孙贵明"


def test_row_with_its_task_on_the_same_line(extractor: Extractor) -> None:
    fact = by_task(rows(extractor, REPORT_TABLE), "一般公共预算收入增长")
    assert fact.units == ("财政局",)
    assert fact.persons == ("杨志军",)
    assert fact.task == "一般公共预算收入增长7%。"


def test_unit_names_cut_across_lines(extractor: Extractor) -> None:
    facts = rows(extractor, REPORT_TABLE)
    assert by_task(facts, "实施环境污染防治").units == ("市生态环境局稷山分局",)
    assert by_task(facts, "实施环境污染防治").persons == ("王文奇",)
    last = by_task(facts, "统筹抓好国防动员")
    assert last.units == ("退役军人事务局",)
    assert last.persons == ("任瑞荣",)


def test_bracketed_units_after_a_unit_are_units_of_the_row(extractor: Extractor) -> None:
    fact = by_task(rows(extractor, REPORT_TABLE), "农村居民人均可支配收入")
    assert fact.lead == ("农业农村局", "扶贫开发中心", "畜牧兽医中心")
    assert fact.persons == ("李文峰", "翟山平")


def test_next_row_after_a_repeated_leader(extractor: Extractor) -> None:
    fact = by_task(rows(extractor, REPORT_TABLE), "持续巩固脱贫攻坚成果")
    assert fact.units == ("农业农村局", "扶贫开发中心", "畜牧兽医中心")


OTHER_TABLE = """附件

分管领导 序号 牵头单位 责任人 工作任务

张 明 1 县教育局 李华

推进城区学校扩容工程，新增学位 1200 个。

完成 3所乡镇幼儿园改扩建。

2
县卫生健康
和体育局
赵刚

8 月底前完成县医院门诊楼主体工程。

刘 强 3 县交通运输局 王五
推进 20 公里农村公路提质改造。
"""


def test_the_same_layout_with_other_names(extractor: Extractor) -> None:
    facts = rows(extractor, OTHER_TABLE)
    assert [f.task for f in facts] == [
        "推进城区学校扩容工程，新增学位1200个。",
        "完成3所乡镇幼儿园改扩建。",
        "8月底前完成县医院门诊楼主体工程。",
        "推进20公里农村公路提质改造。",
    ]
    assert [f.leader for f in facts] == ["张明", "张明", "张明", "刘强"]
    assert facts[2].units == ("县卫生健康和体育局",)
    assert facts[2].persons == ("赵刚",)
    assert facts[2].deadline == "8月底前"
    assert facts[3].units == ("县交通运输局",)
    assert facts[3].persons == ("王五",)


def test_a_task_starting_with_a_month_is_not_a_row(extractor: Extractor) -> None:
    """``8 月底前完成…`` begins with a number but is a task, not row 8."""
    facts = rows(extractor, OTHER_TABLE)
    assert by_task(facts, "8月底前完成县医院").units == ("县卫生健康和体育局",)
