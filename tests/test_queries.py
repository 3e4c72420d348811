"""The named queries against the demo graph in a real Neo4j: every query runs, and the answers match what a
reader finds in the corpus text (../shared/corpus), file and line given."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from neo4j import Driver, Record, RoutingControl
from neo4j.time import Date

from graph_build.graph.rows import PROVENANCE_EXTRAS
from graph_build.graph.schema import load_schema
from queries.library.examples import example
from queries.library.history import ROLE_RANK
from queries.registry import (
    Query,
    QueryError,
    Row,
    _record_data,
    all_queries,
    get,
    placeholder_params,
    prepare,
    warm_up_params,
)
from queries.samples import PARAM_SAMPLES, graph_samples

pytest_plugins = ["neo4j_fixture", "graph_fixture"]

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
JISHAN_2023_3 = "000_17a974d05048ca79.txt"  # 稷山县人民政府公报 2023 年第 3 期
JISHAN_2023_1 = "001_2f4097cb1dcd751f.txt"
JISHAN_2022_4 = "002_9d7d80203a05b1c2.txt"
JISHAN_2021 = "004_cdcde2bea1578bee.txt"
WATER = "agency:稷山县:水利局"  # 县水利局
NAN = "person:稷山县:南选智"
CLEAR_WATER = "taskforce:稷山县:一泓清水入黄河工作专班"
WATER_HEAD = "post:稷山县:水利局局长"
# Queries that are data checks: an empty answer is a pass.
MAY_BE_EMPTY = {"facts_without_provenance"}


@cache
def _lines(source: str) -> list[str]:
    return (CORPUS / source).read_text(encoding="utf-8").splitlines()


def corpus(source: str, first: int, last: int | None = None) -> str:
    """Lines ``first``..``last`` (1-based) of a corpus file, whitespace removed (``赵 鹏`` → ``赵鹏``)."""
    lines = _lines(source)[first - 1 : (last or first)]
    return re.sub(r"\s+", "", "".join(lines))


def run(driver: Driver, name: str, **params: Any) -> list[Row]:
    return get(name).run(driver, **params)


def one(driver: Driver, name: str, **params: Any) -> Row:
    rows = run(driver, name, **params)
    assert len(rows) == 1, f"{name} gave {len(rows)} rows"
    return rows[0]


# -- every query ---------------------------------------------------------------


@pytest.mark.parametrize("query", list(all_queries()), ids=lambda q: q.name)
def test_every_registered_query_runs_on_the_demo_graph(demo_graph, neo4j_driver, query: Query):
    params = example(query.name)
    missing = [p.name for p in query.params if p.required and p.name not in params]
    assert not missing, f"add example parameters for {query.name} to queries/library/examples.py"
    rows = query.run(neo4j_driver, **params)
    assert all(isinstance(r, query.result) for r in rows)
    if query.name not in MAY_BE_EMPTY:
        assert rows, f"{query.name} answered nothing on the demo graph with {params}"


def test_every_query_can_be_run_ahead_and_placeholders_bind_it(demo_graph, neo4j_driver):
    """What ``govkg dashboard`` runs before it listens, so that Neo4j has planned every query."""
    assert prepare(neo4j_driver) == []
    assert placeholder_params(get("post_holders_on")) == {"post_id": "-", "date": "2000-01-01"}
    assert placeholder_params(get("accountability_chain")) == {}  # needs a task or a keyword: both given then
    assert set(placeholder_params(get("accountability_chain"), every=True)) == {"task_id", "keyword", "limit"}


def test_every_query_is_run_ahead_with_values_the_graph_holds(demo_graph, neo4j_driver):
    """``prepare`` runs each query with the graph's own values, so its first run with real ones is not cold."""
    samples = graph_samples(neo4j_driver)
    assert set(samples) == set(PARAM_SAMPLES)  # the demo graph has a value of every kind
    for name in ("agency_id", "b_id", "person_id", "post_id", "task_id", "taskforce_a", "taskforce_b"):
        assert get("entity").run(neo4j_driver, id=samples[name]), f"{name}: {samples[name]} is not in the graph"
    assert samples["taskforce_a"] != samples["taskforce_b"] and samples["a_id"] != samples["b_id"]
    assert get("shared_tasks").run(neo4j_driver, a_id=samples["a_id"], b_id=samples["b_id"])  # partners, really
    assert get("accountability_chain").run(neo4j_driver, keyword=samples["keyword"])
    assert get("rosters_on_date").run(neo4j_driver, county=samples["county"], date=samples["date"])
    # each path through a query's plan once: the task's and the keyword's; the whole county's and one county's
    assert warm_up_params(get("accountability_chain"), samples) == [{"task_id": samples["task_id"]},
                                                                    {"keyword": samples["keyword"]}]
    assert warm_up_params(get("busiest_people"), samples) == [{}, {"county": samples["county"]}]
    assert warm_up_params(get("busiest_people"), {}) == [{}]


@pytest.mark.parametrize("values", [
    {"a": 1, "b": "文本", "c": None, "d": True, "e": 1.5},
    {"statements": [{"rel": "HOLDS", "to": "县水利局局长", "role": None}], "titles": ["县长", "副书记"], "empty": []},
    {"when": Date(2023, 7, 11), "n": 1},  # not plain: through data()
    {"nested": [{"x": [Date(2023, 7, 11)]}]},
])
def test_a_record_s_values_are_what_its_data_gives(values):
    record = Record(values)
    assert _record_data(record) == record.data() == values


def test_no_query_names_a_label_type_or_property_the_database_does_not_know(demo_graph, neo4j_driver):
    """The build registers the model's names: the demo graph has no lineage judgement, no PDF page and no
    correction, yet no query draws Neo4j's warning that a name it reads does not exist (01N50, 01N51, 01N52)."""
    for query in all_queries():
        _, summary, _ = neo4j_driver.execute_query(query.cypher, query.bind(example(query.name)),
                                                   routing_=RoutingControl.READ)
        unknown = [s.status_description for s in summary.gql_status_objects if s.gql_status.startswith("01N5")]
        assert not unknown, f"{query.name}: {unknown}"


def test_the_model_names_every_provenance_property_the_rows_write():
    assert set(PROVENANCE_EXTRAS) <= set(load_schema().property_keys())


def test_every_query_with_a_limit_honours_it(demo_graph, neo4j_driver):
    for query in all_queries():
        if any(p.name == "limit" for p in query.params):
            rows = query.run(neo4j_driver, **{**example(query.name), "limit": 1})
            assert len(rows) <= 1, query.name


# -- search ----------------------------------------------------------------------


def test_search_finds_a_person_and_an_agency_by_name(demo_graph, neo4j_driver):
    hits = run(neo4j_driver, "search", text="南选智")
    assert (hits[0].id, hits[0].label) == (NAN, "Person")
    hits = run(neo4j_driver, "search", text="县水利局", limit=5)
    assert WATER in [h.id for h in hits[:3]]
    assert {h.county for h in hits if h.label == "Agency" and h.name == "县水利局"} == {"稷山县", "平顺县"}


# -- agencies and duties -----------------------------------------------------------


def test_the_water_bureau_leads_nothing_and_supports_two_tasks_whose_leads_the_text_names(demo_graph, neo4j_driver):
    assert run(neo4j_driver, "agency_duties", agency_id=WATER, role="lead") == []
    support = {d.task: d for d in run(neo4j_driver, "agency_duties", agency_id=WATER, role="support")}
    assert set(support) == {"打造高效便捷的政务环境", "打造诚实守信的信用环境"}
    leads = {task: [u["name"] for u in d.co_units if u["role"] == "lead"] for task, d in support.items()}
    assert leads == {"打造高效便捷的政务环境": ["县行政审批服务管理局"], "打造诚实守信的信用环境": ["县发展和改革局"]}
    assert all(d.doc_number == "稷政发〔2023〕1号" and d.source == JISHAN_2023_1 for d in support.values())
    # 001 lines 2060-2070: （牵头单位：县行政审批局，配合单位：县政府办、… 县水利局、县金融服务中心 …）
    text = corpus(JISHAN_2023_1, 2060, 2070)
    assert text.startswith("（牵头单位：县行政审批局，配合单位：") and "县水利局" in text
    # 001 lines 2177-2185: （牵头单位：县发改局，配合单位：县政府办、… 县水利局 …）
    text = corpus(JISHAN_2023_1, 2177, 2185)
    assert text.startswith("（牵头单位：县发改局，配合单位：") and "县水利局" in text


def test_the_water_bureau_alone_answers_for_the_fen_river_works(demo_graph, neo4j_driver):
    duties = {d.line: d for d in run(neo4j_driver, "agency_duties", agency_id=WATER) if d.source == JISHAN_2023_3}
    for line in (393, 395):  # 000: …(责任单位:县水利局;完成时限:2024…)
        assert duties[line].role == "responsible" and duties[line].co_units == []
        assert "责任单位:县水利局" in corpus(JISHAN_2023_3, line, line + 1)


def test_the_water_bureau_shares_the_five_weather_tasks_with_the_weather_bureau(demo_graph, neo4j_driver):
    shared = {s.agency: s for s in run(neo4j_driver, "shared_duties", agency_id=WATER, limit=100)}
    weather = shared["县气象局"]
    lines = {t["line"] for t in weather.tasks}
    assert weather.shared == 5 and lines == {93, 97, 107, 109, 117}
    assert weather.this_lead == weather.other_lead == 0
    # 000 lines 93-118: each item ends (责任单位:县气象局、… 县水利局 …)
    for line in lines:
        text = corpus(JISHAN_2023_3, line, line + 3)
        units = text[text.index("责任单位"):]
        assert "县气象局" in units and "县水利局" in units, line
    assert not any(s.generic for s in shared.values())
    with_generic = run(neo4j_driver, "shared_duties", agency_id=WATER, include_generic=True, limit=100)
    assert "乡(镇)人民政府" in {s.agency for s in with_generic}


def test_agency_profile_of_the_water_bureau(demo_graph, neo4j_driver):
    p = one(neo4j_driver, "agency_profile", agency_id=WATER)
    assert (p.name, p.county, p.kind, p.generic) == ("县水利局", "稷山县", "government", False)
    assert set(p.aliases) == {"县水利局", "水利局"}
    assert p.counts["lead"] == 0 and p.counts["support"] == 2 and p.counts["tasks"] == len(p.tasks)
    # 004 lines 3060-3072: 翟廷伟同志：负责农业农村、水利、林业 … 分管 … 县水利局、县水利发展中心 …
    overseers = [(o["person"], o["relation"], o["doc_number"]) for o in p.overseers]
    assert overseers == [("翟廷伟", "分管", "稷政办发〔2021〕22号")]
    assert "翟廷伟同志" in corpus(JISHAN_2021, 3060) and "县水利局" in corpus(JISHAN_2021, 3072)
    [post] = p.posts
    assert post["post"] == "县水利局局长" and post["is_head"]
    assert [h["person"] for h in post["holders"]][:1] == ["赵鹏"]
    seats = {(t["taskforce"], t["role"]) for t in p.taskforces}
    assert ("稷山县“一泓清水入黄河”工作专班/办公室", "成员") in seats
    assert "县水利局" in corpus(JISHAN_2023_3, 474)  # 工作专班办公室成员：县发改局、… 县水利局 …


def test_top_shared_duty_pairs_agree_with_shared_duties(demo_graph, neo4j_driver):
    pairs = run(neo4j_driver, "top_shared_duty_pairs", county="稷山县", limit=5)
    assert [p.shared for p in pairs] == sorted((p.shared for p in pairs), reverse=True)
    top = pairs[0]
    partner = {s.agency_id: s.shared for s in run(neo4j_driver, "shared_duties", agency_id=top.a_id, limit=500)}
    assert partner[top.b_id] == top.shared
    assert all(p.county == "稷山县" for p in pairs)
    assert not any("有关" in p.a or "有关" in p.b for p in pairs)


def test_busiest_agencies_count_the_same_duties_as_agency_duties(demo_graph, neo4j_driver):
    top = run(neo4j_driver, "busiest_agencies", county="稷山县", limit=3)[0]
    duties = run(neo4j_driver, "agency_duties", agency_id=top.id)
    assert top.tasks == len(duties) == top.lead + top.support + top.responsible
    assert top.lead == sum(d.role == "lead" for d in duties)


# -- accountability ------------------------------------------------------------------


def test_accountability_chain_of_a_task_in_the_2021_responsibility_table(demo_graph, neo4j_driver):
    [chain] = run(neo4j_driver, "accountability_chain", keyword="四好农村路")
    assert chain.source == JISHAN_2021 and chain.line == 188 and chain.doc_number == "稷政发〔2021〕2号"
    # 004 lines 184-191: "5 交通局 付红安 … 推进投资 0.8 亿元的 60公里“四好农村路”建设工程 … 南选智"
    assert "四好农村路" in corpus(JISHAN_2021, 188) and "交通局付红安" in corpus(JISHAN_2021, 184)
    assert corpus(JISHAN_2021, 191) == "南选智"
    assert [(u["agency"], u["role"]) for u in chain.units] == [("县交通运输局", "lead")]
    assert {(t["person"], t["relation"]) for t in chain.task_leaders} == {("南选智", "分管领导"), ("付红安", "责任人")}
    # the lead unit's overseer in the 2021 division of work: 004 line 2977 分管 … 县交通运输局
    assert [(o["person"], o["relation"], o["line"]) for o in chain.overseers] == [("南选智", "分管", 2977)]
    assert "县交通运输局" in corpus(JISHAN_2021, 2977)
    # its head: 002 line 1214 杨维勤 县交通局局长 (the latest roster that names the post)
    assert [(h["person"], h["post"], h["line"]) for h in chain.heads] == [("杨维勤", "县交通局局长", 1214)]
    assert corpus(JISHAN_2022_4, 1214) == "杨维勤县交通局局长"
    same = run(neo4j_driver, "accountability_chain", task_id=chain.task_id)
    assert [c.task_id for c in same] == [chain.task_id]


def test_accountability_chain_needs_a_task_or_a_keyword():
    with pytest.raises(QueryError, match=r"task_id .* or keyword"):
        get("accountability_chain").bind({})


def test_shortest_paths_carry_names_and_provenance(demo_graph, neo4j_driver):
    paths = run(neo4j_driver, "shortest_paths", from_id=NAN, to_id=WATER)
    assert paths and len({p.hops for p in paths}) == 1 and paths[0].hops <= 6
    for p in paths:
        assert p.nodes[0]["id"] == NAN and p.nodes[-1]["id"] == WATER and len(p.relationships) == p.hops
        for r in p.relationships:
            assert r["type"] not in ("MENTIONED_IN", "IN_COUNTY")
            if r["type"] != "POST_IN":
                assert r["doc_id"] and r["evidence"] and r["line"]
    assert [p.path for p in paths] == sorted({p.path for p in paths})  # distinct, in order
    every = run(neo4j_driver, "shortest_paths", from_id=NAN, to_id=WATER, limit=1000)
    # 南选智 分管 县交通运输局 (004 line 2977), which sits with 县水利局 on 县抗震救灾指挥部
    via_unit = ("南选智 -OVERSEES(分管)-> 县交通运输局 -MEMBER_OF(成员单位)-> 县抗震救灾指挥部 "
                "<-MEMBER_OF(成员单位)- 县水利局")
    assert via_unit in {p.path for p in every}
    # both are 副县长 (000 line 436: 南选智 … 政府副县长; line 438: 翟廷伟 县政府副县长), seen in several rosters
    via_post = next(p for p in every if "稷山县人民政府副县长" in p.path)
    assert via_post.variants > 1 and via_post.path.endswith("翟廷伟 -OVERSEES(分管)-> 县水利局")
    assert run(neo4j_driver, "shortest_paths", from_id=NAN, to_id=WATER, max_hops=2) == []
    direct = run(neo4j_driver, "shortest_paths", from_id="person:稷山县:翟廷伟", to_id=WATER)
    assert [(p.hops, p.relationships[0]["relation"]) for p in direct] == [(1, "分管")]


# -- people, posts and time ----------------------------------------------------------


def test_what_nan_xuanzhi_oversees_in_the_2021_division_of_work(demo_graph, neo4j_driver):
    p = one(neo4j_driver, "person_profile", person_id=NAN)
    portfolio = {(x["relation"], x["target"]): x for x in p.portfolios}
    # 004 lines 2957-2985: 南选智同志：负责县人民政府常务工作，分管政府机关、财税金融 … 分管 … 县财政局（国有资产监督
    # 管理局）… 县交通运输局 … 协助县长联系县审计局。
    assert portfolio[("协助", "县审计局")]["line"] == 2985 and corpus(JISHAN_2021, 2985) == "协助县长联系县审计局。"
    assert portfolio[("分管", "县财政局")]["aliases"] == ["国有资产监督管理局"]
    assert "县财政局（国" in corpus(JISHAN_2021, portfolio[("分管", "县财政局")]["line"])
    assert ("分管", "县交通运输局") in portfolio and ("分管", "县应急管理局") in portfolio
    assert portfolio[("分管", "财税金融")]["target_label"] == "Field"
    assert "分管政府机关、财税金融" in corpus(JISHAN_2021, 2957, 2959)
    assert {x["doc_number"] for x in p.portfolios} == {"稷政办发〔2021〕22号"}
    seats = {(s["taskforce"], s["role"], s["line"]) for s in p.taskforces}
    assert ("稷山县“一泓清水入黄河”工作专班", "副组长", 436) in seats
    assert corpus(JISHAN_2023_3, 436) == "副组长：南选智县委常委、政府副县长"
    assert {x["post"] for x in p.posts} >= {"稷山县人民政府副县长", "稷山县委常委"}


def test_oversight_on_a_date_uses_the_division_of_work_in_force(demo_graph, neo4j_driver):
    rows = run(neo4j_driver, "oversight_on_date", county="稷山县", date="2022-06-30")
    assert {r.doc_number for r in rows} == {"稷政办发〔2021〕22号"}
    assert ("南选智", "协助", "县审计局") in {(r.person, r.relation, r.target) for r in rows}
    assert ("翟廷伟", "分管", "县水利局") in {(r.person, r.relation, r.target) for r in rows}
    assert run(neo4j_driver, "oversight_on_date", county="稷山县", date="2021-04-20") == []  # issued 2021-04-21
    assert run(neo4j_driver, "oversight_on_date", county="稷山县", date="2021-04")  # some day of that month
    assert run(neo4j_driver, "oversight_on_date", county="平顺县", date="2024-01-01") == []


def test_person_timeline_of_an_appointment_and_a_removal(demo_graph, neo4j_driver):
    rows = run(neo4j_driver, "person_timeline", person_id="person:稷山县:乔木")
    events = {(r.kind, r.label, r.start, r.line) for r in rows if r.kind in ("appointment", "removal")}
    # 001 lines 6104-6106: 任命：乔 木同志为县人民政府办公室副主任；
    # line 6136: (免去) 乔 木同志县人力资源和社会保障局副局长职务；
    assert ("appointment", "县人民政府办公室副主任", "2023-01-09", 6106) in events
    assert ("removal", "县人力资源和社会保障局副局长", "2023-01-09", 6136) in events
    assert corpus(JISHAN_2023_1, 6106) == "乔木同志为县人民政府办公室副主任；"
    assert corpus(JISHAN_2023_1, 6136) == "乔木同志县人力资源和社会保障局副局长职务；"
    assert [r.start for r in rows] == sorted(r.start for r in rows)
    assert {r.kind for r in rows} <= {"post", "taskforce", "portfolio", "appointment", "removal"}
    # 000 line 444: 乔木 县政府办副主任 on the 一泓清水入黄河 roster
    assert ("taskforce", "成员 · 稷山县“一泓清水入黄河”工作专班") in {(r.kind, r.label) for r in rows}


def test_history_of_the_water_bureau_head_post(demo_graph, neo4j_driver):
    rows = run(neo4j_driver, "post_history", post_id=WATER_HEAD)
    seen = [(r.person, r.start) for r in rows]
    # 004 line 4028 (稷政办发〔2021〕25号, 2021-05-19): 任泽民 县水利局局长;
    # 002 line 1212 (2022-11-24) and 000 line 456 (2023-07-11): 赵 鹏 县水利局局长
    assert seen == [("任泽民", "2021-05-19"), ("赵鹏", "2022-11-24"), ("赵鹏", "2023-07-11")]
    assert corpus(JISHAN_2021, 4028) == "任泽民县水利局局长"
    assert corpus(JISHAN_2022_4, 1212) == "赵鹏县水利局局长" and corpus(JISHAN_2023_3, 456) == "赵鹏县水利局局长"
    first = rows[0]
    assert (first.status, first.end, first.ended_by_person) == ("ended", "2022-11-24", "赵鹏")
    assert {r.status for r in rows[1:]} == {"unknown"}


def test_who_held_the_water_bureau_head_post_on_a_date(demo_graph, neo4j_driver):
    def holders(date: str) -> list[str]:
        return [h.person for h in run(neo4j_driver, "post_holders_on", post_id=WATER_HEAD, date=date)]

    assert holders("2020-12-31") == []
    assert holders("2021-12-31") == ["任泽民"]
    assert holders("2022-11-24") == ["赵鹏"]  # the successor's roster ends 任泽民's tenure that day
    assert holders("2023-08-01") == ["赵鹏"]
    [h] = run(neo4j_driver, "post_holders_on", post_id=WATER_HEAD, date="2023-08-01")
    assert (h.since, h.start, h.doc_number, h.line) == ("2022-11-24", "2023-07-11", "稷政办发〔2023〕20号", 456)
    assert sorted(holders("2022")) == ["任泽民", "赵鹏"]  # a year: anyone who held it at some time in 2022


def test_posts_on_a_date_in_a_county(demo_graph, neo4j_driver):
    rows = run(neo4j_driver, "posts_on_date", county="稷山县", date="2023-08-01", limit=1000)
    held = {(r.post, r.person) for r in rows}
    assert ("县水利局局长", "赵鹏") in held and ("县水利局局长", "任泽民") not in held
    # 001 line 6106: appointed 2023-01-09; line 6136: removed from the HR bureau the same day
    assert ("县人民政府办公室副主任", "乔木") in held
    assert ("县人力资源和社会保障局副局长", "乔木") not in held
    assert all(r.start <= "2023-08-01" and (r.end is None or r.end > "2023-08-01") for r in rows)
    assert not run(neo4j_driver, "posts_on_date", county="平顺县", date="2021-01-01")


def test_rosters_on_a_date_take_each_task_force_s_latest_roster(demo_graph, neo4j_driver):
    rows = run(neo4j_driver, "rosters_on_date", county="稷山县", date="2023-08-01")
    clear = [r for r in rows if r.taskforce_id == CLEAR_WATER]
    assert {r.doc_number for r in clear} == {"稷政办发〔2023〕20号"} and {r.as_of for r in clear} == {"2023-07-11"}
    assert (clear[0].role, clear[0].member) == ("组长", "王润")
    assert corpus(JISHAN_2023_3, 434) == "组长：王润县委副书记、政府县长"
    before = run(neo4j_driver, "rosters_on_date", county="稷山县", date="2023-07-10")
    assert CLEAR_WATER not in {r.taskforce_id for r in before}
    assert all(r.as_of <= "2023-07-10" for r in before)


# Every seat of the county sorted at once: what rosters_on_date must give, though it reads task force by task
# force and stops at the limit.
ALL_SEATS_SORTED = """
    MATCH (tf:TaskForce)<-[m:MEMBER_OF]-() WHERE tf.county = $county AND m.as_of IS NOT NULL
      AND (m.as_of <= $date OR m.as_of STARTS WITH $date)
    WITH tf, m ORDER BY m.as_of DESC, m.doc_id DESC
    WITH tf, collect(m.doc_id)[0] AS doc_id
    WITH tf, doc_id, COLLECT { MATCH (tf)-[:SUBGROUP_OF]->(up:TaskForce) RETURN up.name LIMIT 1 }[0] AS parent
    MATCH (x)-[m:MEMBER_OF]->(tf) WHERE m.doc_id = doc_id
    WITH tf, parent, x, m, """ + ROLE_RANK + """ AS rank
    ORDER BY coalesce(parent, tf.name), parent IS NOT NULL, tf.name, tf.id, rank, m.line, coalesce(m.basis, 'roster'),
             x.name
    LIMIT $limit
    RETURN tf.id AS taskforce_id, x.id AS member_id, m.role AS role, m.doc_id AS doc_id, m.line AS line
"""


@pytest.mark.parametrize("county, date, limit", [("稷山县", "2023-08-01", 2000), ("稷山县", "2022", 2000),
                                                 ("稷山县", "2023-08-01", 37), ("平顺县", "2023-12-31", 2000)])
def test_rosters_on_a_date_list_seats_as_if_every_seat_were_sorted_at_once(demo_graph, neo4j_driver, county, date,
                                                                            limit):
    rows = run(neo4j_driver, "rosters_on_date", county=county, date=date, limit=limit)
    expected, _, _ = neo4j_driver.execute_query(ALL_SEATS_SORTED, county=county, date=date, limit=limit)
    assert rows and [(r.taskforce_id, r.member_id, r.role, r.doc_id, r.line) for r in rows] == [
        (e["taskforce_id"], e["member_id"], e["role"], e["doc_id"], e["line"]) for e in expected]


# -- task forces ---------------------------------------------------------------------


def test_who_sat_on_the_clear_water_task_force(demo_graph, neo4j_driver):
    tf = one(neo4j_driver, "taskforce_composition", taskforce_id=CLEAR_WATER)
    roles = {r["role"]: r["members"] for r in tf.roles}
    # 000 lines 432-470: 组长：王润 … 副组长：南选智 … 翟廷伟 … 郝冰 … 成员：付红安 … 卫耀华 清河镇镇长
    assert roles["组长"] == ["王润"]
    assert roles["副组长"] == ["南选智", "翟廷伟", "郝冰"]
    members = ["付红安", "乔木", "杨玉泉", "杨志军", "蔡立坚", "李文峰", "李红武", "赵鹏", "黄淮勇", "黄秀瑾",
               "宁志宏", "胡铁骑", "郑伟华", "贾俊理", "卫耀华"]
    assert roles["成员"] == members
    text = corpus(JISHAN_2023_3, 432, 470)
    assert all(name in text for name in ["王润", "南选智", "翟廷伟", "郝冰", *members])
    assert [r["role"] for r in tf.roles][:2] == ["组长", "副组长"]
    zhao = next(m for m in tf.members if m["member"] == "赵鹏")
    assert (zhao["titles"], zhao["line"], zhao["doc_number"]) == (["县水利局局长"], 456, "稷政办发〔2023〕20号")
    assert {s["name"] for s in tf.subgroups} >= {"稷山县“一泓清水入黄河”工作专班/办公室"}
    assert len({s["id"] for s in tf.subgroups}) == len(tf.subgroups)


def test_taskforce_overlap_and_busiest_members(demo_graph, neo4j_driver):
    other = "taskforce:稷山县:文物工作领导小组"
    o = one(neo4j_driver, "taskforce_overlap", taskforce_a=CLEAR_WATER, taskforce_b=other)
    shared = {p["name"]: p for p in o.shared_people}
    assert "赵鹏" in shared  # 000 line 456 and 002 line 1212: 赵 鹏 县水利局局长 on both rosters
    assert "赵鹏" in corpus(JISHAN_2022_4, 1212)
    assert 0 < o.jaccard <= 1 and len(o.shared_people) <= min(o.people_a, o.people_b)
    flipped = one(neo4j_driver, "taskforce_overlap", taskforce_a=other, taskforce_b=CLEAR_WATER)
    assert {p["id"] for p in flipped.shared_people} == {p["id"] for p in o.shared_people}
    busiest = run(neo4j_driver, "busiest_taskforce_members", county="稷山县", limit=50)
    assert [b.taskforces for b in busiest] == sorted((b.taskforces for b in busiest), reverse=True)
    nan = next(b for b in busiest if b.member == "南选智")
    profile = one(neo4j_driver, "person_profile", person_id=NAN)
    assert nan.taskforces == len({s["taskforce_id"] for s in profile.taskforces})


# -- overview and data checks ----------------------------------------------------------


def test_graph_overview_matches_the_build(demo_graph, neo4j_driver):
    o = one(neo4j_driver, "graph_overview")
    assert o.nodes == {label: demo_graph.nodes.get(label, 0) for label in o.nodes}
    assert {k: v for k, v in o.relationships.items() if v} == dict(demo_graph.relationships)
    counties = {c["county"]: c for c in o.counties}
    assert set(counties) == {"稷山县", "平顺县"}
    assert sum(c["documents"] for c in counties.values()) == o.documents == demo_graph.nodes["Document"]
    assert sum(c["tasks"] for c in counties.values()) == o.nodes["Task"]
    assert o.first_document_date <= o.last_document_date
    assert counties["平顺县"]["first_date"] >= "2023-10"  # 003: 平顺县人民政府公报 2023 年第 4 期


def test_busiest_people_rank_nan_xuanzhi_first_in_jishan(demo_graph, neo4j_driver):
    top = run(neo4j_driver, "busiest_people", county="稷山县", limit=5)
    assert top[0].name == "南选智" and top[0].score == top[0].taskforces + top[0].portfolios + top[0].tasks
    profile = one(neo4j_driver, "person_profile", person_id=NAN)
    assert top[0].portfolios == len(profile.portfolios) and top[0].tasks == len(profile.tasks)


def test_data_checks(demo_graph, neo4j_driver):
    assert run(neo4j_driver, "facts_without_provenance") == []
    orphans = run(neo4j_driver, "orphan_nodes")
    assert all(o.label == "Task" and o.reason == "no fact links it" for o in orphans)
    unled = run(neo4j_driver, "tasks_without_lead", limit=1000)
    no_unit = {t.task_id for t in unled if t.reason == "no unit"}
    check = next(c for c in demo_graph.checks if c.check.name == "task_has_unit")
    assert len(no_unit) == len(check.violations)
    assert {o.id for o in orphans} <= no_unit
    strict = run(neo4j_driver, "tasks_without_lead", strict=True, limit=2000)
    assert len(strict) > len(unled)
    singles = {s.name: s for s in run(neo4j_driver, "single_mention_agencies", county="稷山县", limit=500)}
    # 004 line 3140: 联系供电公司、公积金管理中心 — the 县住房公积金管理中心 of other documents, not merged
    fund = singles["公积金管理中心"]
    assert (fund.line, fund.doc_number) == (3140, "稷政办发〔2021〕22号")
    assert "公积金管理中心" in corpus(JISHAN_2021, 3140)
    assert "县住房公积金管理中心" in [s["name"] for s in fund.similar]
    candidates = {s.name: [x["name"] for x in s.similar]
                  for s in run(neo4j_driver, "single_mention_agencies", with_similar=True, limit=500)}
    assert all(candidates.values())
    # 000 line 1077: 县中小企业发展促进中心, elsewhere (000 line 1037, 004 line 3023) 县小企业发展促进中心
    assert candidates["县中小企业发展促进中心"] == ["县小企业发展促进中心"]
    assert "县中小企业发展促进中心" in corpus(JISHAN_2023_3, 1077)
    assert "县小企业发展促进中心" in corpus(JISHAN_2021, 3023)
