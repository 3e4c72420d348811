"""Subgraphs out of a real Neo4j, exports in six formats, and round trips back into an emptied Neo4j.

The round trips run last in this module: each exports from the demo graph (once, cached), empties the session's
Neo4j (``empty_graph``), imports the files and compares every node, label, relationship and property with the
graph before.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from govkg.cli import main
from graph_build.graph.loader import graph_counts
from graph_build.graph.schema import SchemaError, load_schema
from queries.export import (
    FORMATS,
    ExportError,
    GraphImportError,
    cited_documents,
    cypher_statements,
    cypher_string,
    default_path,
    diff_graphs,
    export_graph,
    fetch_documents,
    import_graph,
    popolo_projection,
    read_graph,
    write_cypher,
)
from queries.registry import get
from queries.subgraph import (
    BOOKKEEPING,
    SubgraphError,
    county_graph,
    ego_graph,
    ids_from_rows,
    query_subgraph,
    whole_graph,
)

pytest_plugins = ["neo4j_fixture", "graph_fixture"]

NAN_XUANZHI = "person:稷山县:南选智"
PROVENANCE = ("fact_id", "doc_id", "source", "line", "evidence")
_exports: dict[str, Any] = {}


def rel_counts(g: nx.MultiDiGraph) -> Counter[str]:
    return Counter(d["type"] for *_, d in g.edges(data=True))


def label_counts(g: nx.MultiDiGraph) -> Counter[str]:
    return Counter(d["label"] for _, d in g.nodes(data=True))


@pytest.fixture
def exported(request: pytest.FixtureRequest, neo4j_driver, tmp_path_factory) -> dict[str, Any]:
    """The whole demo graph (bookkeeping links included) and its export in every format, made once."""
    if not _exports:
        request.getfixturevalue("demo_graph")
        graph = whole_graph(neo4j_driver, include_mentions=True).graph
        out = tmp_path_factory.mktemp("exports")
        documents = fetch_documents(neo4j_driver, cited_documents(graph))
        results = {fmt: export_graph(graph, fmt, out / default_path(fmt, "demo"), documents=documents)
                   for fmt in FORMATS}
        _exports.update(graph=graph, results=results, out=out, counts=graph_counts(neo4j_driver))
    return _exports


def export_path(exported: dict[str, Any], fmt: str) -> Path:
    result = exported["results"][fmt]
    return result.paths[0].parent if fmt == "csv" else result.paths[0]


# -- pulling subgraphs ------------------------------------------------------------------------------------------


def test_the_whole_graph_is_all_of_neo4j(exported):
    g = exported["graph"]
    nodes, rels = exported["counts"]
    derived = load_schema().derived_rel_types  # summaries recomputed by every build (SHARES_DUTIES), not exported
    assert label_counts(g) == nodes and rel_counts(g) == {t: n for t, n in rels.items() if t not in derived}
    for n, attrs in g.nodes(data=True):
        assert attrs["id"] == n and attrs["label"] in load_schema().nodes and attrs["name"]
    fact_types = set(load_schema().fact_rel_types)
    for u, v, k, attrs in g.edges(keys=True, data=True):
        assert k == f"{attrs['type']}:{attrs['key']}"
        if attrs["type"] in fact_types:
            assert all(attrs.get(p) not in (None, "") for p in PROVENANCE), (u, v, k)


def test_ego_network_is_bounded_and_says_how_much_it_shows(demo_graph, neo4j_driver):
    full = ego_graph(neo4j_driver, NAN_XUANZHI, hops=2, max_nodes=None)
    capped = ego_graph(neo4j_driver, NAN_XUANZHI, hops=2, max_nodes=50)
    assert not full.truncated and full.shown_nodes == full.total_nodes == full.graph.number_of_nodes()
    assert capped.truncated and capped.total_nodes == full.total_nodes > 50
    assert capped.shown_nodes == capped.graph.number_of_nodes() == 50
    assert capped.caption == f"showing 50 of {full.total_nodes:,} nodes"
    assert NAN_XUANZHI in capped.graph
    one_hop = set(ego_graph(neo4j_driver, NAN_XUANZHI, hops=1, max_nodes=None).graph)
    assert one_hop <= set(full.graph)
    assert set(capped.graph) <= set(full.graph)
    assert set(capped.graph) <= one_hop or one_hop <= set(capped.graph)  # the nearer nodes are kept first
    assert not set(rel_counts(full.graph)) & set(BOOKKEEPING)  # no MENTIONED_IN / IN_COUNTY by default
    with_mentions = ego_graph(neo4j_driver, NAN_XUANZHI, hops=1, include_mentions=True, max_nodes=None)
    assert set(BOOKKEEPING) <= set(rel_counts(with_mentions.graph))
    alone = ego_graph(neo4j_driver, NAN_XUANZHI, hops=0)
    assert list(alone.graph) == [NAN_XUANZHI] and alone.total_nodes == 1


def test_ego_network_filters(demo_graph, neo4j_driver):
    only = ego_graph(neo4j_driver, NAN_XUANZHI, hops=2, labels=["Agency", "Field"], rel_types=["OVERSEES"],
                     max_nodes=None)
    assert set(label_counts(only.graph)) == {"Person", "Agency", "Field"}  # the centre is kept
    assert set(rel_counts(only.graph)) == {"OVERSEES"}
    documents = {n: d for n, d in whole_graph(neo4j_driver, labels=["Document"]).graph.nodes(data=True)}
    dated = ego_graph(neo4j_driver, NAN_XUANZHI, hops=2, as_of="2021-12", max_nodes=None)
    assert 0 < dated.total_nodes < ego_graph(neo4j_driver, NAN_XUANZHI, hops=2, max_nodes=None).total_nodes
    for *_, attrs in dated.graph.edges(data=True):
        if "doc_id" in attrs:
            assert documents[attrs["doc_id"]]["date"] <= "2021-12-31"
    for _, attrs in dated.graph.nodes(data=True):
        if attrs["label"] == "Task":
            assert documents[attrs["doc_id"]]["date"] <= "2021-12-31"
    county = ego_graph(neo4j_driver, "agency:稷山县:水利局", hops=2, county="稷山县", max_nodes=None)
    for _, attrs in county.graph.nodes(data=True):
        county_of = documents[attrs["doc_id"]]["county"] if attrs["label"] == "Task" else attrs.get("county")
        assert county_of == "稷山县"


def test_bad_requests_get_clear_errors(demo_graph, neo4j_driver):
    with pytest.raises(SubgraphError, match="no node with id 'nobody'"):
        ego_graph(neo4j_driver, "nobody")
    with pytest.raises(SchemaError, match=re.escape("unknown node label 'Agency) DETACH DELETE n //'")):
        ego_graph(neo4j_driver, NAN_XUANZHI, labels=["Agency) DETACH DELETE n //"])
    with pytest.raises(SchemaError, match="unknown relationship type"):
        whole_graph(neo4j_driver, rel_types=["KNOWS"])
    with pytest.raises(SubgraphError, match="not a date"):
        ego_graph(neo4j_driver, NAN_XUANZHI, as_of="2023-02-30")
    with pytest.raises(SubgraphError, match="no county named 'Atlantis'; the graph has 平顺县, 稷山县"):
        county_graph(neo4j_driver, "Atlantis")


def test_county_graph_and_query_subgraph(demo_graph, neo4j_driver):
    pingshun = county_graph(neo4j_driver, "平顺县")
    assert pingshun.graph.number_of_nodes() > 100
    assert {d["name"] if d["label"] == "County" else d.get("county")
            for _, d in pingshun.graph.nodes(data=True) if d["label"] != "Task"} == {"平顺县"}
    rows = get("search").run(neo4j_driver, text="水利局", limit=10)
    ids = ids_from_rows(rows)
    sub = query_subgraph(neo4j_driver, [*ids, "no-such-node"])
    assert set(sub.graph) == set(ids) and sub.total_nodes == len(ids)
    for u, v in sub.graph.edges():
        assert u in ids and v in ids  # induced: only links among the query's nodes
    assert ids_from_rows([{"id": "a", "units": [{"id": "b", "name": "x"}], "doc_id": "c", "n": 1}]) == ["a", "b", "c"]


# -- the formats -------------------------------------------------------------------------------------------------


def test_graphml_and_gexf_load_back_into_networkx(exported):
    g = exported["graph"]
    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        raw = read(export_path(exported, fmt))
        assert (raw.number_of_nodes(), raw.number_of_edges()) == (g.number_of_nodes(), g.number_of_edges()), fmt
    raw = nx.read_graphml(export_path(exported, "graphml"))
    agency = raw.nodes["agency:稷山县:交通局"]
    assert agency["label"] == "Agency" and json.loads(agency["aliases"]) == g.nodes["agency:稷山县:交通局"]["aliases"]
    assert set(agency["json_lists"].split(",")) == {"aliases", "merge_rules", "merge_candidates"}
    task = next(attrs for attrs in raw.nodes.values() if attrs["label"] == "Task")
    assert task["text"] and not {"search_text", "long_text"} & set(task)  # index-only copies stay out
    edges = [attrs for _, _, attrs in raw.edges(data=True) if "review_order" in attrs]
    assert edges and not any({"review_status_order", "review_flag_order"} & set(attrs) for attrs in edges)
    gexf = nx.read_gexf(export_path(exported, "gexf"))
    assert gexf.nodes[NAN_XUANZHI]["label"] == "南选智" and gexf.nodes[NAN_XUANZHI]["neo4j_label"] == "Person"
    assert gexf.nodes[NAN_XUANZHI]["viz"]["color"] == {"r": 0xD6, "g": 0x27, "b": 0x28, "a": 1.0}  # schema.yml


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json", "csv", "popolo"])
def test_files_read_back_into_the_same_graph(exported, fmt):
    g = exported["graph"]
    expected = popolo_projection(g) if fmt == "popolo" else g
    assert diff_graphs(expected, read_graph(export_path(exported, fmt))) == []


def test_csv_follows_the_neo4j_admin_header_format(exported):
    directory = export_path(exported, "csv")
    with open(directory / "nodes.csv", encoding="utf-8", newline="") as fh:
        nodes = list(csv.reader(fh))
    with open(directory / "relationships.csv", encoding="utf-8", newline="") as fh:
        rels = list(csv.reader(fh))
    assert nodes[0][:2] == ["id:ID", ":LABEL"] and rels[0][:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert {"aliases:string[]", "generic:boolean", "line:int", "merge_rules:string[]", "name"} <= set(nodes[0])
    assert {"lines:int[]", "titles:string[]", "line:int", "key", "fact_id", "evidence"} <= set(rels[0])
    assert len(nodes) - 1 == exported["graph"].number_of_nodes()
    assert len(rels) - 1 == exported["graph"].number_of_edges()
    mention = next(r for r in rels if r[2] == "MENTIONED_IN" and ";" in r[rels[0].index("lines:int[]")])
    assert all(x.isdigit() for x in mention[rels[0].index("lines:int[]")].split(";"))


def test_cypher_script_is_parameter_free_and_merges_on_ids(exported):
    text = export_path(exported, "cypher").read_text(encoding="utf-8")
    statements = cypher_statements(text)
    outside_strings = [re.sub(r"'(?:\\.|[^'\\])*'", "''", s) for s in statements]
    assert not any("$" in s for s in outside_strings)  # no parameters
    assert statements[0].startswith("CREATE CONSTRAINT")
    merges = [s for s in outside_strings if s.startswith("UNWIND")]
    assert len(merges) == len(statements) - len(load_schema().constraint_statements())
    assert all(("MERGE (n:" in s and "{id: row.id}" in s) or "{key: row.key}]" in s for s in merges)
    assert cypher_string("it's a \\ back\nslash") == "'it\\'s a \\\\ back\\nslash'"


def test_popolo_people_organizations_posts_and_memberships(exported):
    g = exported["graph"]
    data = json.loads(export_path(exported, "popolo").read_text(encoding="utf-8"))
    labels = label_counts(g)
    assert len(data["persons"]) == labels["Person"] and len(data["posts"]) == labels["Post"]
    assert len(data["organizations"]) == labels["Agency"] + labels["TaskForce"]
    assert len(data["memberships"]) == rel_counts(g)["HOLDS"] + rel_counts(g)["MEMBER_OF"]
    documents = {n: d for n, d in g.nodes(data=True) if d["label"] == "Document"}
    for m in data["memberships"]:
        props = m["govkg"]["properties"]
        assert ("person_id" in m) != ("member" in m)
        assert m.get("organization_id") or m.get("post_id")
        source = m["sources"][0]
        doc = documents[props["doc_id"]]
        assert source["title"] == doc["title"] and source.get("doc_number") == doc.get("doc_number")
        assert (source["line"], source["evidence"], source["fact_id"]) == (props["line"], props["evidence"],
                                                                           props["fact_id"])
        assert source["url"] == f"{props['source']}#L{props['line']}"
        if m["govkg"]["type"] == "HOLDS":
            assert m.get("start_date") == props.get("valid_from")
            assert m.get("end_date") == (props.get("valid_to") or props.get("derived_to"))
        else:
            assert m["role"] == props["role"] and m.get("start_date") == props.get("as_of")
    nan = next(m for m in data["memberships"] if m.get("person_id") == NAN_XUANZHI and "post_id" not in m)
    assert nan["organization_id"].startswith("taskforce:") and nan["role"]
    subgroup = next(o for o in data["organizations"] if o["classification"] == "subgroup")
    assert subgroup["parent_id"] in g


def test_values_a_format_cannot_hold_are_refused(tmp_path):
    g = nx.MultiDiGraph()
    g.add_node("a", id="a", label="Agency", name="a", aliases=["x;y"])
    with pytest.raises(ExportError, match="array delimiter"):
        export_graph(g, "csv", tmp_path / "csv")
    g.nodes["a"]["aliases"] = ["ok"]
    g.nodes["a"]["name"] = "bell\x07"
    with pytest.raises(ExportError, match="control character"):
        export_graph(g, "graphml", tmp_path / "x.graphml")
    g.nodes["a"]["name"] = {"a": 1}
    with pytest.raises(ExportError, match="not a string, number, boolean"):
        export_graph(g, "json", tmp_path / "x.json")
    with pytest.raises(ExportError, match="unknown format"):
        export_graph(g, "xlsx", tmp_path / "x.xlsx")
    with pytest.raises(GraphImportError, match="cannot tell the format"):
        read_graph(tmp_path / "x.txt")


# -- the command line -----------------------------------------------------------------------------------------


@pytest.fixture
def cli_env(local_neo4j, monkeypatch: pytest.MonkeyPatch) -> None:
    for key in ("NEO4J_URI", "NEO4J_USER", "NEO4J_DATABASE", "GOVKG_NEO4J_PORT"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("NEO4J_URI", local_neo4j.settings.neo4j_uri)
    monkeypatch.setenv("NEO4J_PASSWORD", local_neo4j.settings.neo4j_password)


def test_export_command(demo_graph, cli_env, tmp_path, capsys):
    out = tmp_path / "nan.graphml"
    assert main(["export", "--format", "graphml", "--out", str(out), "--ego", NAN_XUANZHI, "--hops", "2",
                 "--max-nodes", "40"]) == 0
    err = capsys.readouterr().err
    assert f"wrote {out} (graphml): 40 nodes" in err and "showing 40 of" in err
    assert nx.read_graphml(out).number_of_nodes() == 40
    assert main(["export", "-f", "json", "-o", str(tmp_path / "q.json"), "--query", "search",
                 "--param", "text=水利局"]) == 0
    assert read_graph(tmp_path / "q.json").number_of_nodes() > 0
    assert main(["export", "-f", "csv", "-o", str(tmp_path / "csv"), "--county", "平顺县"]) == 0
    assert "neo4j-admin database import full" in capsys.readouterr().err
    for args, message in (
        (["--ego", "nobody"], "no node with id 'nobody'"),
        (["--query", "serch"], "did you mean search"),
        (["--query", "search", "--param", "nope=1"], "has no parameter nope"),
        (["--all", "--hops", "3"], "--hops goes with --ego"),
        (["--all", "--label", "Nope"], "unknown node label 'Nope'"),
    ):
        assert main(["export", "-f", "json", "-o", str(tmp_path / "bad.json"), *args]) == 2
        err = capsys.readouterr().err
        assert message in err and "Traceback" not in err


def test_export_command_says_how_to_start_neo4j_when_it_is_down(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:1")
    monkeypatch.delenv("GOVKG_NEO4J_PORT", raising=False)
    assert main(["export", "-f", "json", "-o", str(tmp_path / "x.json"), "--all"]) == 2
    assert "not reachable" in capsys.readouterr().err


# -- round trips through an emptied Neo4j (last: they wipe the session's database) ---------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_round_trip_through_an_empty_neo4j(exported, empty_graph, fmt):
    expected = popolo_projection(exported["graph"]) if fmt == "popolo" else exported["graph"]
    summary = import_graph(empty_graph, export_path(exported, fmt))
    back = whole_graph(empty_graph, include_mentions=True).graph
    assert diff_graphs(expected, back) == []
    assert (summary.nodes, summary.relationships) == (expected.number_of_nodes(), expected.number_of_edges())
    assert label_counts(back) == label_counts(expected) and rel_counts(back) == rel_counts(expected)
    if fmt == "json":  # importing again changes nothing: MERGE on ids and keys
        import_graph(empty_graph, export_path(exported, fmt))
        assert graph_counts(empty_graph) == (label_counts(expected), rel_counts(expected))


def test_awkward_strings_survive_the_cypher_script_and_every_format(empty_graph, tmp_path):
    evil = ["it's \"quoted\" \\ back\\slash", "line1\nline2\ttab\r\nend", "'; MATCH (n) DETACH DELETE n; //",
            "😀𠀀 <b>&amp;</b> a,b;c", "", "  padded  ", "/* not a comment */ `tick`"]
    g = nx.MultiDiGraph()
    for i, text in enumerate(evil):
        g.add_node(f"agency:x:{i}", id=f"agency:x:{i}", label="Agency", name=text,
                   aliases=[text.replace(";", "") or "-", "b"], generic=False, weight=1.5, rank=2**40)
        g.add_node(f"task:{i}", id=f"task:{i}", label="Task", name=f"t{i}", text=text, line=i)
        g.add_edges_from([(f"agency:x:{i}", f"task:{i}", f"RESPONSIBLE_FOR:k{i}",
                           {"type": "RESPONSIBLE_FOR", "key": f"k{i}", "evidence": text, "line": i,
                            "fact_id": f"f{i}"})])
    script = write_cypher(g, tmp_path / "evil.cypher")
    import_graph(empty_graph, script)
    back = whole_graph(empty_graph).graph
    assert diff_graphs(g, back) == []
    for fmt in ("json", "csv", "gexf"):
        path = export_graph(back, fmt, tmp_path / default_path(fmt, "evil")).paths[0]
        assert diff_graphs(g, read_graph(path.parent if fmt == "csv" else path)) == [], fmt
    path = export_graph(back, "graphml", tmp_path / "evil.graphml").paths[0]  # XML reads \r\n back as \n
    assert [d for d in diff_graphs(g, read_graph(path)) if "\\r" not in d] == []
