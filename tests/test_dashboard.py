"""The dashboard, page by page, with Streamlit's AppTest against the demo graph in a real Neo4j.

Each test points the app at the session's Neo4j through the environment (NEO4J_URI …), opens a page the way a
shared URL would (``?id=…``), and checks what a reader would see: the duties of 县水利局, the oversight of 县审计局
by 南选智, the source sentence of a fact with its names marked, the read-only console refusing a write, the
message when Neo4j is down or the graph is empty, and the login gate.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
import streamlit as st
from neo4j_fixture import free_port
from streamlit.testing.v1 import AppTest

from dashboard import data, evidence, graphview, i18n
from govkg import dashboard_command, dashboard_server
from queries.registry import prepare
from queries.samples import graph_samples

pytest_plugins = ["neo4j_fixture", "graph_fixture"]

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "dashboard" / "app.py"
TIMEOUT = 120  # seconds for one run of a page (2 cores, cold caches)
AGENCY = "agency:稷山县:水利局"
PERSON = "person:稷山县:南选智"
TASKFORCE = "taskforce:稷山县:一泓清水入黄河工作专班"


def _point_at(monkeypatch: pytest.MonkeyPatch, uri: str, password: str) -> None:
    for name in ("GOVKG_NEO4J_PORT", "GOVKG_DASHBOARD_PASSWORD", "NEO4J_DATABASE", "NEO4J_USER"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NEO4J_URI", uri)
    monkeypatch.setenv("NEO4J_PASSWORD", password)
    st.cache_data.clear()  # results cached by an earlier test may predate a rebuild of the graph


@pytest.fixture
def graph_env(local_neo4j, demo_graph, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The environment of a dashboard reading the demo graph in the session's Neo4j."""
    _point_at(monkeypatch, local_neo4j.settings.neo4j_uri, local_neo4j.settings.neo4j_password)
    yield
    st.cache_data.clear()


def open_page(page: str | None = None, **query: str) -> AppTest:
    """The app on ``page`` (a file under dashboard/, e.g. views/agency.py) with ``query`` in the URL."""
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.run()
    if page:
        at.switch_page(page)
    at.query_params.update(query)
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def texts(at: AppTest, kind: str) -> list[str]:
    return [str(e.value) for e in getattr(at, kind)]


def frames(at: AppTest) -> list:
    return [e.value for e in at.dataframe]


def cells(at: AppTest) -> str:
    """Every cell of every table on the page, as one string to search."""
    return "\n".join(df.astype(str).to_csv() for df in frames(at))


def htmls(at: AppTest) -> list[str]:
    return [e.proto.body for e in at.get("html")]


def iframes(at: AppTest) -> list[str]:
    return [e.proto.srcdoc for e in at.get("iframe")]


def links(at: AppTest) -> list[tuple[str, str, str]]:
    return [(e.proto.label, e.proto.page, e.proto.query_string) for e in at.get("page_link")]


# -- pages against the demo graph -----------------------------------------------------------------------------


def test_overview_shows_what_is_loaded_the_busiest_and_the_checks(graph_env):
    at = open_page()
    metrics = {m.label: m.value for m in at.metric}
    assert int(metrics["节点"]) > 1000 and int(metrics["文件"]) >= 60
    assert re.match(r"20\d\d-\d\d-\d\d$", metrics["最早文件"]) and metrics["最早文件"] < metrics["最新文件"]
    table = cells(at)
    assert "稷山县" in table and "平顺县" in table
    assert {"职责最多的机构", "涉及最多的人员", "数据质量检查"} <= set(texts(at, "subheader"))
    assert "县水利局" in table or "县财政局" in table  # busiest agencies, by name
    checks = [e.label for e in at.expander]
    assert any("缺少出处的事实" in c for c in checks) and any("没有牵头单位的任务" in c for c in checks)
    assert not any("reason" in df.columns for df in frames(at)), "a closed check draws no table"
    at.session_state["ov_tasks_without_lead_box"] = True  # opened
    at.run()
    assert any("reason" in df.columns for df in frames(at))


def test_search_groups_hits_by_type_and_links_each_to_its_page(graph_env):
    at = open_page("views/search.py")
    at.text_input(key="search_text").input("水利局").run()
    assert not at.exception
    hits = next(df for df in frames(at) if "match" in df.columns)
    assert hits.iloc[0]["name"] in ("县水利局", "水利局") and hits.iloc[0]["match"] in ("完全一致", "开头一致")
    found = links(at)
    assert any(label.startswith("县水利局") and page == "agency" and "id=agency%3A" in qs for label, page, qs in found)
    assert at.query_params["q"] == "水利局"  # the search is in the URL too
    at = open_page("views/search.py", q="稷政办发〔2023〕20号")  # a document by its 文号
    hits = next(df for df in frames(at) if "match" in df.columns)
    assert hits.iloc[0]["type"] == "文件" and hits.iloc[0]["doc_number"] == "稷政办发〔2023〕20号"
    at = open_page("views/search.py", q="应急管理局")
    assert int(re.findall(r"\d+", texts(at, "caption")[0])[0]) > 20 and at.number_input, "paged"


def test_agency_page_shows_duties_partners_posts_overseers_and_its_graph(graph_env):
    at = open_page("views/agency.py", id=AGENCY)
    assert "县水利局" in texts(at, "header")
    duties = frames(at)[0]
    assert len(duties) >= 10
    assert any("水利设施的保护" in task for task in duties["task"])
    assert {"牵头", "配合", "负责"} & set(duties["role_text"])
    assert not iframes(at), "only the section shown is drawn"
    at = open_page("views/agency.py", id=AGENCY, tab="partners")
    table = cells(at)
    assert "县应急管理局" in table or "县农业农村局" in table  # agencies it shares duties with
    partners = next(df for df in frames(at) if "pair" in df.columns)
    assert all("shared-duties?" in u and "a=agency" in u and "tab=pair" in u for u in partners["pair"])
    at = open_page("views/agency.py", id=AGENCY, tab="graph")
    graph = iframes(at)
    assert graph and "vis.DataSet" in graph[0] and not graphview.remote_urls(graph[0])
    assert any(c.startswith("显示 ") for c in texts(at, "caption"))


def test_selecting_a_fact_opens_its_source_sentence_with_the_names_marked(graph_env):
    at = open_page("views/agency.py", id=AGENCY)
    duties = frames(at)[0]
    row = next(i for i, text in enumerate(duties["evidence"]) if text and "县水利局" in text)
    at.session_state["agency_duties"] = {"selection": {"rows": [row], "columns": [], "cells": []}}
    at.run()
    marked = next(h for h in htmls(at) if "govkg-evidence" in h)
    assert re.search(r"<mark[^>]*>\s*县水利局", marked)
    source = " ".join(texts(at, "markdown"))
    assert "文号" in source and re.search(r"稷政(办)?发〔20\d\d〕\d+号", source) and "行" in source


def test_person_page_shows_the_timeline_and_oversight_of_the_audit_bureau(graph_env):
    at = open_page("views/person.py", id=PERSON, tab="oversees")
    assert "南选智" in texts(at, "header")
    assert at.get("vega_lite_chart"), "the Gantt timeline"
    portfolios = next(df for df in frames(at) if "target" in df.columns)
    audit = portfolios[portfolios["target"] == "县审计局"]
    assert len(audit) == 1 and audit.iloc[0]["relation"] == "协助"
    assert "县财政局" in set(portfolios["target"])


def test_as_of_a_date_shows_posts_rosters_and_oversight_and_moves_with_the_date(graph_env):
    def shown(section: str, date: str) -> tuple[int, list]:
        at = open_page("views/as_of.py", county="稷山县", date=date, tab=section)
        count = next(c for c in texts(at, "caption") if c.endswith(" 条"))
        return int(re.findall(r"(\d+) 条", count)[0]), frames(at)

    posts, _ = shown("posts", "2023-08-01")
    rosters, _ = shown("rosters", "2023-08-01")
    oversight, tables_ = shown("oversight", "2023-08-01")
    assert posts and rosters and oversight
    assert "南选智" in set(tables_[0]["person"])
    at = open_page("views/as_of.py", county="稷山县", date="2023-08-01")
    at.slider(key="asof_day").set_value(dt.date(2021, 4, 10)).run()
    assert not at.exception
    assert at.query_params["date"] == "2021-04-10"
    assert any(c.startswith("2021年4月10日") for c in texts(at, "caption"))  # Chinese date format
    assert shown("oversight", "2021-04-10")[0] < oversight  # the 2021-04-21 division of work was not in force yet
    assert shown("rosters", "2021-04-10")[0] < rosters


def test_shared_duties_heatmap_network_and_the_tasks_of_a_pair(graph_env):
    at = open_page("views/shared_duties.py", tab="heatmap")
    assert at.get("vega_lite_chart"), "the heatmap"
    assert not iframes(at), "only the section shown is drawn"
    at = open_page("views/shared_duties.py", tab="network")
    assert iframes(at), "the co-responsibility network"
    assert any("govkg-groups" in h for h in htmls(at)), "the communities"
    other = "agency:稷山县:农业农村局"
    at = open_page("views/shared_duties.py", a=AGENCY, b=other)
    tasks = next(df for df in frames(at) if "a_role" in df.columns)
    assert len(tasks) >= 3 and tasks["doc_number"].notna().all() and tasks["line"].notna().all()
    assert any(s.endswith("的共同任务") for s in texts(at, "subheader"))
    at.text_input(key="sh_keyword").input("气象").run()
    assert not at.exception and at.query_params["q"] == "气象"
    narrowed = next(df for df in frames(at) if "a_role" in df.columns)
    assert 0 < len(narrowed) <= len(tasks) and all("气象" in (e or "") for e in narrowed["evidence"])
    at.slider(key="sh_years").set_value((2000, 2020)).run()
    assert not at.exception and at.query_params["years"] == "2000-2020"
    assert not [df for df in frames(at) if "a_role" in df.columns and len(df)]  # the demo starts in 2021


def test_accountability_chain_of_a_searched_task(graph_env):
    at = open_page("views/accountability.py")
    at.text_input(key="chain_keyword").input("专业镇").run()
    choice = at.selectbox(key="chain_choice")
    assert choice.options
    choice.set_value(choice.options[0]).run()
    assert not at.exception
    assert at.query_params["id"].startswith("task:")
    at.run()
    chain = next(df for df in frames(at) if "tier" in df.columns)
    assert "牵头" in set(chain["tier"]) and len(chain) >= 3
    assert iframes(at) and "hierarchical" in iframes(at)[0]


def test_accountability_paths_between_a_leader_and_an_agency(graph_env):
    at = open_page("views/accountability.py")
    at.session_state["ch_paths_box"] = True  # the expander opened: its search boxes are drawn
    at.run()
    at.text_input(key="path_from_text").input("南选智").run()
    at.selectbox(key="path_from_choice").set_value(PERSON).run()
    at.text_input(key="path_to_text").input("水利局").run()
    at.selectbox(key="path_to_choice").set_value(AGENCY).run()
    assert not at.exception
    paths = [t for t in texts(at, "text") if t.startswith("南选智 -")]
    assert paths and all(line.endswith("县水利局") for p in paths for line in p.splitlines())
    steps = next(df for df in frames(at) if "type_text" in df.columns)
    assert "分管" in set(steps["type_text"]) and steps["evidence"].notna().any()


def test_a_post_opens_in_the_explorer_with_who_held_it(graph_env):
    at = open_page("views/explorer.py", id="post:稷山县:水利局局长")
    history = next(df for df in frames(at) if "person_link" in df.columns)
    assert len(history) >= 1 and iframes(at)


def test_task_force_composition_and_the_people_on_many(graph_env):
    at = open_page("views/taskforces.py", id=TASKFORCE)
    assert "稷山县“一泓清水入黄河”工作专班" in texts(at, "header")
    seats = next(df for df in frames(at) if "titles" in df.columns)
    assert "组长" in set(seats["role"])
    assert "王润" in cells(at)
    assert any(label.startswith("↳ ") for label, _, _ in links(at))  # its sub-groups
    at = open_page("views/taskforces.py", tab="busiest")
    busiest = next(df for df in frames(at) if "taskforces" in df.columns and "seats" in df.columns)
    assert len(busiest) and busiest["taskforces"].max() >= 3


@pytest.fixture
def arrow_fallbacks() -> Iterator[list[str]]:
    """What Streamlit logs when a table cannot go to Arrow as it is (it then logs a traceback and converts the
    columns itself): one message per fallback while the test runs."""
    import logging

    found: list[str] = []

    class Catch(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if "Arrow" in record.getMessage():
                found.append(record.getMessage())

    logger = logging.getLogger("streamlit.dataframe_util")  # Streamlit's loggers do not propagate
    handler, level = Catch(logging.INFO), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield found
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def test_task_force_seats_go_to_the_browser_without_a_type_fallback(graph_env, arrow_fallbacks):
    at = open_page("views/taskforces.py", id=TASKFORCE)
    seats = next(df for df in frames(at) if "titles" in df.columns)
    assert all(isinstance(v, str) for v in seats["titles"]), "one type: titles joined with 、, a blank one as \"\""
    assert any("、" in v for v in seats["titles"]) and "" in set(seats["titles"])
    assert not arrow_fallbacks, arrow_fallbacks
    at.session_state["tf_members"] = {"selection": {"rows": [0], "columns": [], "cells": []}}  # a seat's source
    at.run()
    assert not at.exception and htmls(at)


def test_a_number_column_with_gaps_stays_numeric_and_shows_its_gaps_blank(arrow_fallbacks):
    def gaps() -> None:
        import pandas as pd

        from dashboard import tables

        tables.table(pd.DataFrame({"line": [3, None], "titles": [["组长", "副组长"], None], "task": ["甲", None]}))

    at = AppTest.from_function(gaps)
    at.run()
    assert not at.exception
    proto = at.dataframe[0].proto
    assert proto.placeholder == "" and at.dataframe[0].value["line"].dtype.kind == "f"
    assert not arrow_fallbacks, arrow_fallbacks


def test_graph_explorer_draws_a_capped_offline_network(graph_env):
    at = open_page("views/explorer.py", id=AGENCY)
    page = iframes(at)[0]
    assert "vis-network" in page or "vis.Network" in page
    assert not graphview.remote_urls(page), "the graph view must not load anything from the network"
    assert "#1f77b4" in page  # agencies coloured from the schema
    at.slider(key="ex_hops").set_value(2)
    at.slider(key="ex_max_nodes").set_value(25).run()
    assert at.query_params["hops"] == "2"
    caption = next(c for c in texts(at, "caption") if c.startswith("显示 "))
    n, m = map(int, re.findall(r"\d+", caption))
    assert n == 25 < m
    assert at.info, "the cap is explained"
    at.multiselect(key="ex_labels").set_value(["Agency", "TaskForce"]).run()
    assert not any("degree" in df.columns for df in frames(at)), "the node table waits for its expander"
    at.session_state["ex_nodes_box"] = True
    at.run()
    nodes = next(df for df in frames(at) if "degree" in df.columns)
    assert set(nodes["label"]) <= {"Agency", "TaskForce"}


def test_export_offers_every_format_for_the_subgraph_and_a_query(graph_env):
    at = open_page("views/export.py", id=AGENCY)
    labels = [b.label for b in at.get("download_button")]
    for fmt in ("GraphML", "GEXF", "JSON", "CSV", "Cypher"):
        assert any(fmt in label for label in labels), fmt
    one_hop = int(re.findall(r"/ (\d+)", " ".join(texts(at, "markdown")))[0])
    at = open_page("views/export.py", id=AGENCY, hops="2")  # /export?id=…&hops=2 is the 2-hop network
    assert "跳数 2" in " ".join(texts(at, "markdown"))
    assert int(re.findall(r"/ (\d+)", " ".join(texts(at, "markdown")))[0]) > one_hop
    at = open_page("views/export.py", tab="county", county="稷山县")
    assert any("GraphML" in b.label for b in at.get("download_button")), "a whole county"
    at = open_page("views/export.py", tab="query")
    at.selectbox(key="exp_query").set_value("busiest_agencies")
    at.run()
    assert i18n.QUERY_DESCRIPTIONS_ZH["busiest_agencies"][:12] in " ".join(texts(at, "caption"))
    assert at.number_input(key="exp_busiest_agencies_limit").label == "最多条数"
    assert "最多列出这么多个机构" in at.number_input(key="exp_busiest_agencies_limit").help
    at.button(key="exp_run").click().run()
    assert not at.exception
    result = next(df for df in frames(at) if "tasks" in df.columns)
    assert len(result) == 20
    assert len(at.get("download_button")) >= 6 + 2


def test_export_files_parse(graph_env, local_neo4j):
    from dashboard import exports
    from queries.subgraph import ego_graph

    with _driver(local_neo4j) as driver:
        sub = ego_graph(driver, AGENCY, hops=1)
    graphml = exports.graph_bytes(sub.graph, "graphml")
    parsed = nx.read_graphml(io.BytesIO(graphml))
    assert parsed.number_of_nodes() == sub.graph.number_of_nodes()
    node_link = json.loads(exports.graph_bytes(sub.graph, "json"))
    assert len(node_link["nodes"]) == sub.graph.number_of_nodes()
    with zipfile.ZipFile(io.BytesIO(exports.graph_bytes(sub.graph, "csv"))) as archive:
        assert {"nodes.csv", "relationships.csv"} <= set(archive.namelist())
    assert b"MERGE" in exports.graph_bytes(sub.graph, "cypher")
    assert exports.rows_csv([{"a": "县水利局", "b": [1, 2]}]).decode("utf-8-sig").splitlines() == ["a,b",
                                                                                                   '县水利局,"[1, 2]"']


def test_console_runs_reads_and_refuses_writes(graph_env, neo4j_driver):
    at = open_page("views/console.py")
    at.text_area(key="cypher_text").input("MATCH (a:Agency) RETURN a.name AS name LIMIT 500")
    at.number_input[0].set_value(7)
    at.button(key="cypher_run").click().run()
    assert not at.exception
    assert len(frames(at)[-1]) == 7 and any("前 7 行" in w for w in texts(at, "warning"))
    at.text_area(key="cypher_text").input("CREATE (n:ConsoleProbe) RETURN n")
    at.button(key="cypher_run").click().run()
    assert not at.exception
    assert any("已拒绝" in e for e in texts(at, "error"))
    assert any("operator Create" in x for x in texts(at, "text"))
    records, _, _ = neo4j_driver.execute_query("MATCH (n:ConsoleProbe) RETURN count(n) AS n")
    assert records[0]["n"] == 0


def test_language_toggle_switches_the_interface_to_english(graph_env):
    at = open_page("views/agency.py", id=AGENCY)
    at.sidebar.radio(key="lang").set_value("en").run()
    assert not at.exception
    assert "Agency" in texts(at, "title") and "县水利局" in texts(at, "header")  # data stays Chinese
    assert {m.label for m in at.metric} >= {"Lead", "Support"}


# -- without a usable graph, and the login gate -----------------------------------------------------------------


def test_neo4j_down_gives_a_message_saying_how_to_start_it(monkeypatch):
    _point_at(monkeypatch, f"bolt://127.0.0.1:{free_port()}", "whatever-pw")
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT).run()
    assert not at.exception
    assert any("无法连接 Neo4j" in e for e in texts(at, "error"))
    assert any("govkg neo4j start" in i and "govkg build ../shared/corpus" in i for i in texts(at, "info"))
    at.switch_page("views/agency.py").run()
    assert not at.exception and any("无法连接" in e for e in texts(at, "error"))


def test_login_gate_asks_for_the_password_before_showing_anything(graph_env, monkeypatch):
    monkeypatch.setenv("GOVKG_DASHBOARD_PASSWORD", "s3cret-pass")
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT).run()
    assert texts(at, "title") == ["请登录"] and not at.metric and not at.dataframe
    at.text_input(key="login_password").input("wrong")
    at.button(key="login_submit").click().run()
    assert any("密码错误" in e for e in texts(at, "error")) and not at.metric
    at.text_input(key="login_password").input("s3cret-pass")
    at.button(key="login_submit").click().run()
    assert not at.exception and at.metric  # the overview


def test_login_gate_also_guards_a_page_opened_by_its_url(graph_env, monkeypatch):
    # A pages/ folder beside app.py would make Streamlit run a page's file without app.py, gate and all.
    assert not (APP.parent / "pages").exists()
    monkeypatch.setenv("GOVKG_DASHBOARD_PASSWORD", "s3cret-pass")
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT).run()
    at.switch_page("views/agency.py")
    at.query_params["id"] = AGENCY
    at.run()
    assert texts(at, "title") == ["请登录"] and not at.header and not at.dataframe


# -- pieces that need no server ------------------------------------------------------------------------------


def test_every_interface_string_exists_in_both_languages():
    for key, pair in i18n.STRINGS.items():
        assert len(pair) == 2 and all(pair), key
    used = set()
    for path in (ROOT / "dashboard").rglob("*.py"):
        used |= set(re.findall(r"\bt\(\s*f?\"([a-z_]+)\"", path.read_text(encoding="utf-8")))
    missing = {k for k in used if k not in i18n.STRINGS and not k.endswith("_")}
    assert not missing, missing


def test_every_named_query_has_a_chinese_title():
    from queries.registry import all_queries

    names = {q.name for q in all_queries()}
    assert names == set(i18n.QUERY_TITLES_ZH), names ^ set(i18n.QUERY_TITLES_ZH)
    assert all(re.search(r"[\u4e00-\u9fff]", title) for title in i18n.QUERY_TITLES_ZH.values())


def test_every_named_query_has_a_chinese_description_and_its_parameters_chinese_labels_and_help():
    from queries.registry import SOURCE_LINKS, all_queries

    han = re.compile(r"[\u4e00-\u9fff]")
    queries = list(all_queries())
    names = {q.name for q in queries}
    assert names == set(i18n.QUERY_DESCRIPTIONS_ZH), names ^ set(i18n.QUERY_DESCRIPTIONS_ZH)
    for query in queries:
        chinese = i18n.QUERY_DESCRIPTIONS_ZH[query.name]
        assert han.search(chinese), query.name
        if SOURCE_LINKS.strip() in query.description:  # rows from a PDF or a web page carry page and url
            assert "page（PDF 页码）" in chinese and "url（原文地址）" in chinese, query.name
        params = {p.name for p in query.params}
        helps = i18n.PARAM_HELP_ZH.get(query.name, {})
        assert set(helps) == params, (query.name, set(helps) ^ params)
        for name in params:
            zh, en = i18n.PARAM_LABELS[name]
            assert han.search(zh) and en and han.search(helps[name]), (query.name, name)
    choices = {c for q in queries for p in q.params for c in p.choices if isinstance(c, str)}
    assert choices <= set(i18n.CHOICE_LABELS) | set(i18n.LABELS), choices


def test_every_column_of_every_named_query_has_a_title_in_both_languages():
    from dataclasses import fields

    from queries.registry import all_queries

    han = re.compile(r"[\u4e00-\u9fff]")
    columns = {f.name for q in all_queries() for f in fields(q.result)}
    assert columns <= set(i18n.COLUMNS), sorted(columns - set(i18n.COLUMNS))
    for name, (zh, en) in i18n.COLUMNS.items():
        assert zh and en and han.search(zh), name
        assert not re.fullmatch(r"[a-z_]+", en), (name, en)  # a title, not a key


def test_pages_draw_tables_through_the_table_helpers():
    """``tables.dataframe`` titles every shown column in the session's language; only the Cypher console shows
    the user's own column names as they wrote them."""
    for path in (ROOT / "dashboard" / "views").glob("*.py"):
        if path.name in ("console.py", "review.py"):
            continue
        assert ".dataframe(" not in path.read_text(encoding="utf-8").replace("tables.dataframe(", ""), path.name


def _titles(at: AppTest) -> list[tuple[str, str]]:
    """(column, title) of every column shown in a table on the page (the title "" when it has none)."""
    out = []
    for e in at.dataframe:
        config = json.loads(e.proto.columns or "{}")
        for column in e.proto.column_order or e.value.columns:
            out.append((column, (config.get(column) or {}).get("label", "")))
    return out


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_table_shows_titled_columns_in_the_interface_language(graph_env, lang: str):
    views = [("views/overview.py", {}), ("views/search.py", {"q": "水利局"}),
             *[("views/agency.py", {"id": AGENCY, "tab": tab})
               for tab in ("duties", "partners", "posts", "overseers", "taskforces")],
             *[("views/person.py", {"id": PERSON, "tab": tab})
               for tab in ("posts", "oversees", "taskforces", "appointments", "tasks", "documents")],
             *[("views/as_of.py", {"county": "稷山县", "date": "2023-08-01", "tab": tab})
               for tab in ("posts", "rosters", "oversight")],
             *[("views/taskforces.py", {"id": TASKFORCE, "tab": tab}) for tab in ("composition", "busiest")],
             ("views/accountability.py", {})]
    han = re.compile(r"[\u4e00-\u9fff]")
    seen = 0
    for page, query in views:
        at = open_page(page, lang=lang, **query)
        for column, title in _titles(at):
            seen += 1
            assert title, (page, query, column)
            chinese = han.search(title) is not None
            assert chinese == (lang == "zh"), (page, column, title)
    assert seen > 100
    for name in ("busiest_agencies", "single_mention_agencies", "top_shared_duty_pairs"):
        # The query as run from the form, in one run: AppTest formats a widget's options outside the app's session
        # (in Chinese), so a rerun of the English form cannot be driven through its widgets.
        at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
        at.switch_page("views/export.py")
        at.query_params.update(tab="query", lang=lang)
        at.session_state["exp_query"] = name
        at.session_state["exp_ran"] = (name, {"limit": 20})
        at.run()
        assert not at.exception, [e.message for e in at.exception]
        shown = _titles(at)
        assert shown and all(title and title != column for column, title in shown), (name, shown)
        assert dict(shown) == {c: i18n.COLUMNS[c][i18n.LANGS.index(lang)] for c, _ in shown}, name


def _paged_list() -> None:
    """A list of 120 numbers in pages of 50, in sections a and b (a new section starts on its first page)."""
    import pandas as pd
    import streamlit as st

    from dashboard import tables

    numbers = pd.DataFrame({"n": range(1, 121)})
    section = st.radio("section", ["a", "b"], key="section")
    page, pages = tables.paged_frame(numbers, "numbers_page", reset_on=section)
    st.markdown(f"rows {page['n'].iloc[0]}-{page['n'].iloc[-1]}")
    pages.controls(len(numbers))


def test_a_long_list_is_paged_with_the_page_number_in_the_url():
    at = AppTest.from_function(_paged_list)
    at.query_params["page"] = "2"  # a copied link to the second page
    at.run()
    assert texts(at, "markdown") == ["rows 51-100"]
    assert texts(at, "caption") == ["第 51–100 条，共 120 条"]
    assert at.number_input(key="numbers_page").label == "页码（共 3 页）"

    at.number_input(key="numbers_page").set_value(3).run()
    assert texts(at, "markdown") == ["rows 101-120"] and at.query_params["page"] == "3"

    at.radio(key="section").set_value("b").run()  # another section: back to the first page, none in the URL
    assert texts(at, "markdown") == ["rows 1-50"] and "page" not in at.query_params

    at = AppTest.from_function(_paged_list)
    at.query_params.update(page="9", lang="en")  # past the last page: the last one
    at.run()
    assert texts(at, "markdown") == ["rows 101-120"] and texts(at, "caption") == ["Rows 101–120 of 120"]
    assert at.number_input(key="numbers_page").label == "Page (of 3)"


def test_pages_hold_no_cypher():
    for path in (ROOT / "dashboard" / "views").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\b(MATCH|MERGE|CREATE)\s*\(|execute_query|session\(", text.replace(
            "CREATE (n:ConsoleProbe)", "")), path.name


def test_evidence_marks_each_name_once_longest_first():
    spans = evidence.find_spans("县水利局、水利局和县财政局负责", {"县水利局": "Agency", "水利局": "Agency",
                                                                 "县财政局": "Agency"})
    assert [(s["start"], s["end"]) for s in spans] == [(0, 4), (5, 8), (9, 13)]
    html = evidence.marked_html("南选智分管县审计局", {"南选智": "Person", "县审计局": "Agency"})
    assert html.count("<mark") == 2 and "人员" in html and "机构" in html


def test_a_marked_sentence_shows_its_text_as_text():
    html = evidence.marked_html('<img src=x onerror="alert(1)">王 润任组长\n<b>', {"王润": "Person"})
    assert "<img" not in html and "<b>" not in html and "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html
    assert html.count("<mark") == 1 and ">王 润<span" in html and "<br>&lt;b&gt;" in html


def test_evidence_names_the_pdf_page_and_opens_the_source_there():
    row = {"source": "gazette.pdf", "line": 88, "page": 3.0, "url": "http://www.example.gov.cn/gb/2023-4.pdf",
           "doc_title": "公报", "doc_id": None}
    shown = evidence.document_line(row)
    assert "第 3 页" in shown and "第 88 行" in shown
    assert "(http://www.example.gov.cn/gb/2023-4.pdf#page=3)" in shown
    page = {"source": "notice.html", "line": 5, "page": float("nan"), "url": "https://www.example.gov.cn/a/1.html"}
    assert evidence.document_line(page).endswith("(https://www.example.gov.cn/a/1.html)")


def test_a_source_address_is_linked_only_if_it_is_a_web_address_and_cannot_break_the_link():
    assert evidence.source_link("javascript:alert(1)") is None
    assert evidence.source_link("file:///etc/passwd") is None
    assert evidence.source_link(None) is None
    link = evidence.source_link("http://x.gov.cn/a b)[c](d).html")
    assert link == "http://x.gov.cn/a%20b%29%5Bc%5D%28d%29.html"


def test_graph_page_is_self_contained():
    g = nx.MultiDiGraph()
    g.add_node("a", label="Agency", name="县水利局")
    g.add_node("t", label="Task", name="任务")
    g.add_edge("a", "t", type="RESPONSIBLE_FOR")
    page = graphview.network_html(g)
    assert not graphview.remote_urls(page)
    assert not re.search(r"<(script|link)[^>]+(src|href)=[\"']https?://", page)
    assert json.dumps("县水利局") in page and "#9467bd" in page  # the Task colour from the schema


def test_graph_page_loads_vis_network_from_the_dashboards_own_static_files():
    g = nx.MultiDiGraph()
    g.add_node("a", label="Agency", name="县水利局")
    inlined = graphview.network_html(g)
    page = graphview.network_html(g, served_library=True)
    assert not graphview.remote_urls(page) and "vis.DataSet" in page
    uncommented = re.sub(r"<!--.*?-->", "", page, flags=re.DOTALL)
    links = re.findall(r"<(?:script|link)\b[^>]*\b(?:src|href)=\"([^\"]+)\"", uncommented)
    assert links == [graphview.VIS_URL + name for name in graphview.VIS_FILES]
    assert len(page) < len(inlined) - 600_000  # the library is not in the page any more
    # the files served are pyvis's own copy, the one inlined when static files are not served
    import pyvis

    bundled = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    for name in graphview.VIS_FILES:
        assert (graphview.VIS_STATIC / name).read_bytes() == (bundled / name).read_bytes(), name
    config = (ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8")
    assert re.search(r"^enableStaticServing = true$", config, re.MULTILINE)


def test_dashboard_command_runs_streamlit_on_loopback_by_default():
    command = dashboard_command.streamlit_command(8600, "127.0.0.1")
    assert command[1:4] == ["-m", "govkg.dashboard_server", "run"] and command[4].endswith("dashboard/serve.py")
    assert "--server.port=8600" in command and "--server.address=127.0.0.1" in command
    config = (ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8")
    assert 'address = "127.0.0.1"' in config and "gatherUsageStats = false" in config


def test_the_dashboard_server_is_streamlits_command_line_with_the_libraries_loaded_first():
    code = "import sys; from govkg import dashboard_server as d; d.preload(); print(set(d.PRELOAD) <= set(sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "True"
    shown = subprocess.run([sys.executable, "-m", "govkg.dashboard_server", "version"], capture_output=True,
                           text=True, check=True, cwd=ROOT)
    assert shown.stdout.startswith("Streamlit, version")


def test_the_dashboard_server_starts_when_neo4j_cannot_be_reached(monkeypatch):
    _point_at(monkeypatch, "bolt://127.0.0.1:9", "not-a-password")  # nothing listens on the discard port
    assert dashboard_server.prepare_queries() == ("queries not planned ahead (ServiceUnavailable): the first "
                                                  "visits plan them")


def test_the_dashboard_server_has_neo4j_plan_every_query(local_neo4j, demo_graph, monkeypatch):
    _point_at(monkeypatch, local_neo4j.settings.neo4j_uri, local_neo4j.settings.neo4j_password)
    said = dashboard_server.prepare_queries()
    assert re.fullmatch(r"named queries planned by Neo4j in \d+\.\d s", said), said


# -- last: it wipes the database (the next test that wants the demo graph rebuilds it) ----------------------------


def test_empty_graph_says_how_to_build_it(local_neo4j, empty_graph, monkeypatch):
    _point_at(monkeypatch, local_neo4j.settings.neo4j_uri, local_neo4j.settings.neo4j_password)
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT).run()
    assert not at.exception
    assert any("图谱是空的" in w and "govkg build ../shared/corpus" in w for w in texts(at, "warning"))

    # A graph loaded meanwhile shows at the next check (every 30 s): the empty overview was not kept.
    with _driver(local_neo4j) as driver:
        driver.execute_query("CREATE (:County {id: 'county:测试县', name: '测试县'})",
                             database_=local_neo4j.settings.neo4j_database)
    data._graph_size.clear()
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT).run()
    assert not at.exception and not any("图谱是空的" in w for w in texts(at, "warning"))
    st.cache_data.clear()


def test_an_empty_graph_has_its_queries_planned_with_placeholders(empty_graph):
    assert graph_samples(empty_graph) == {}
    assert prepare(empty_graph) == []


def _driver(local_neo4j):
    from neo4j import GraphDatabase

    return GraphDatabase.driver(local_neo4j.settings.neo4j_uri, auth=local_neo4j.settings.auth)
