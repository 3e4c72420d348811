"""Network analytics on the demo graph in a real Neo4j, checked against what a reader finds in the gazettes."""

from __future__ import annotations

import re
from pathlib import Path

import networkx as nx
import pytest

from queries.analytics import (
    centrality_table,
    co_responsibility_from_subgraph,
    co_responsibility_network,
    communities_table,
    oversight_concentration,
    shared_duty_matrix,
    taskforce_concentration,
    to_records,
)
from queries.subgraph import ego_graph, query_subgraph, whole_graph

pytest_plugins = ["neo4j_fixture", "graph_fixture"]

METEO_FILE = "000_17a974d05048ca79.txt"
METEO_DOC = "doc:稷山县人民政府:稷政发〔2023〕11号"  # 稷山县人民政府关于推进气象高质量发展的实施意见, 2023-07-25
DIVISION_FILE = "004_cdcde2bea1578bee.txt"
DIVISION_DOC = "doc:稷山县人民政府办公室:稷政办发〔2021〕22号"  # 县政府领导工作分工调整, lines 2937-3182
WATER, HOUSING, METEO = "agency:稷山县:水利局", "agency:稷山县:住建局", "agency:稷山县:气象局"
NAN_XUANZHI = "person:稷山县:南选智"


def corpus_lines(corpus_dir: Path, name: str) -> list[str]:
    return (corpus_dir / name).read_text(encoding="utf-8").splitlines()


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def network(demo_graph, neo4j_driver) -> nx.Graph:
    return co_responsibility_network(neo4j_driver)


def test_water_and_housing_bureaus_share_a_task_written_in_the_meteorology_plan(network, neo4j_driver, corpus_dir):
    assert network.has_edge(WATER, HOUSING)
    shared = network.edges[WATER, HOUSING]
    assert shared["weight"] == len(shared["tasks"]) >= 1
    assert METEO_DOC in shared["documents"]
    tasks = query_subgraph(neo4j_driver, shared["tasks"]).graph
    meteo_tasks = [t for t, attrs in tasks.nodes(data=True) if attrs["doc_id"] == METEO_DOC]
    assert meteo_tasks
    lines = corpus_lines(corpus_dir, METEO_FILE)
    for t in meteo_tasks:
        attrs = tasks.nodes[t]
        assert attrs["source"] == METEO_FILE
        written = lines[attrs["line"] - 1]  # the task as the gazette prints it: both bureaus among the 责任单位
        assert "责任单位" in written and "县水利局" in written and "县住建局" in written


def test_the_meteorology_bureau_is_central_in_the_meteorology_plan(demo_graph, neo4j_driver, corpus_dir):
    g = co_responsibility_network(neo4j_driver, documents=[METEO_DOC])
    table = centrality_table(g)
    top = table[0]
    assert (top.id, top.name) == (METEO, "县气象局")
    assert top.betweenness == max(r.betweenness for r in table) > 0
    assert top.partners == g.number_of_nodes() - 1  # it shares a task with every other agency of the plan
    doc = query_subgraph(neo4j_driver, [METEO_DOC]).graph.nodes[METEO_DOC]
    plan = corpus_lines(corpus_dir, METEO_FILE)[doc["line"] - 1 : doc["end_line"]]
    assert top.tasks == sum(1 for line in plan if "责任单位" in line and "县气象局" in line)
    assert all(r.county == "稷山县" for r in table)  # the plan's tasks are the county's own


def test_centrality_is_consistent_with_the_network(network):
    table = centrality_table(network)
    assert len(table) == network.number_of_nodes()
    assert [r.rank for r in table] == list(range(1, len(table) + 1))
    assert [r.weighted_degree for r in table] == sorted((r.weighted_degree for r in table), reverse=True)
    for row in table[:20]:
        assert row.weighted_degree == sum(d["weight"] for _, _, d in network.edges(row.id, data=True))
        assert row.partners == network.degree(row.id)
        assert 0 <= row.lead_tasks <= row.tasks
    assert not any(network.nodes[n]["generic"] for n in network)  # generic bodies are out by default
    records = to_records(table[:3])
    assert records[0]["id"] == table[0].id and set(records[0]) >= {"name", "weighted_degree", "betweenness"}


def test_generic_bodies_come_in_only_when_asked(demo_graph, neo4j_driver, network):
    with_generic = co_responsibility_network(neo4j_driver, include_generic=True)
    generic = [n for n in with_generic if with_generic.nodes[n]["generic"]]
    assert generic and "agency:稷山县:乡镇政府" in generic
    assert set(with_generic) - set(generic) == set(network)


def test_agencies_of_two_counties_never_share_a_task(network):
    counties = nx.get_node_attributes(network, "county")
    assert all(counties[a] == counties[b] for a, b in network.edges)


def test_a_county_network_holds_only_that_county(demo_graph, neo4j_driver, network):
    pingshun = co_responsibility_network(neo4j_driver, county="平顺县")
    assert pingshun.number_of_nodes() > 10
    assert {pingshun.nodes[n]["county"] for n in pingshun} == {"平顺县"}
    assert set(pingshun) <= set(network)


def test_communities_are_stable_and_stay_within_a_county(network):
    first = communities_table(network)
    assert first == communities_table(network)  # fixed seed: the same groups every time
    assert first and first[0].size == max(c.size for c in first)
    members = [m for c in first for m in c.member_ids]
    assert len(members) == len(set(members))  # a partition
    assert all(network.degree(m) > 0 for m in members)  # agencies working alone are left out
    assert all(len(c.counties) == 1 for c in first)
    assert any("县气象局" in c.members for c in first)
    greedy = communities_table(network, method="greedy_modularity")
    assert sum(c.size for c in greedy) == sum(1 for n in network if network.degree(n) > 0)
    with pytest.raises(ValueError, match="unknown community method"):
        communities_table(network, method="nope")


def test_shared_duty_matrix_counts_shared_tasks(network):
    m = shared_duty_matrix(network, top=12)
    assert len(m.ids) == len(m.names) == len(m.counts) == 12
    table = centrality_table(network)
    assert list(m.ids) == [r.id for r in table[:12]]
    for i, a in enumerate(m.ids):
        assert m.counts[i][i] == 0
        assert m.tasks[i] == network.nodes[a]["tasks"]
        for j, b in enumerate(m.ids):
            assert m.counts[i][j] == m.counts[j][i] == (network.edges[a, b]["weight"] if i != j and
                                                        network.has_edge(a, b) else 0)
    assert len(m.long()) == 144
    frame = m.to_frame()
    assert frame.shape == (12, 12)


def test_nan_xuanzhi_oversees_the_most_agencies(demo_graph, neo4j_driver, corpus_dir):
    table = oversight_concentration(neo4j_driver, county="稷山县")
    top = table[0]
    assert (top.id, top.name) == (NAN_XUANZHI, "南选智")
    assert top.agencies >= 40 and top.fields >= 10
    assert top.portfolio == max(r.portfolio for r in table)
    assert "联系" in top.relations and "分管" in top.relations
    # Where it is written: the 2021 division of work among the county leaders, lines 2957-3011.
    portfolio = ego_graph(neo4j_driver, NAN_XUANZHI, hops=1, rel_types=["OVERSEES"], labels=["Agency", "Field"],
                          max_nodes=None).graph
    edges = list(portfolio.edges(data=True))
    assert len({v for _, v, _ in edges}) == top.agencies + top.fields
    passage = squeeze("".join(corpus_lines(corpus_dir, DIVISION_FILE)[2956:3011]))
    for *_, data in edges:
        assert data["doc_id"] == DIVISION_DOC and 2957 <= data["line"] <= 3011
        assert squeeze(data["evidence"].split("…")[-1]) in passage
    assert squeeze("县财政局（国有资产监督管理局）") in passage and "agency:稷山县:财政局" in portfolio
    assert oversight_concentration(neo4j_driver, as_of="2020") == []  # no gazette of the demo is that old


def test_taskforce_seats_of_the_county_head(demo_graph, neo4j_driver, corpus_dir):
    table = taskforce_concentration(neo4j_driver, county="稷山县")
    assert [r.rank for r in table] == list(range(1, len(table) + 1))
    assert [r.taskforces for r in table] == sorted((r.taskforces for r in table), reverse=True)
    wang = next(r for r in table if r.name == "王润")
    assert wang.chairs == wang.taskforces >= 4 and wang.deputies == 0  # the county head chairs every one
    assert "组长" in wang.roles
    assert "组长：王润" in corpus_lines(corpus_dir, METEO_FILE)[433]  # 一泓清水入黄河工作专班, line 434
    for row in table:
        assert row.top_level <= row.taskforces and row.chairs + row.deputies <= row.taskforces


def test_analytics_read_a_pulled_subgraph(demo_graph, neo4j_driver):
    sub = whole_graph(neo4j_driver, labels=["Agency", "Task"], rel_types=["RESPONSIBLE_FOR"])
    g = co_responsibility_from_subgraph(sub.graph)
    direct = co_responsibility_network(neo4j_driver)
    assert dict(g.nodes(data=True)) == dict(direct.nodes(data=True))
    assert {(a, b): d for a, b, d in g.edges(data=True)} == {(a, b): d for a, b, d in direct.edges(data=True)}
    assert centrality_table(nx.Graph()) == [] and communities_table(nx.Graph()) == []
