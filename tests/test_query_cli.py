"""`govkg queries` and `govkg query`: parameter parsing and error messages (no Neo4j), then the command against
the session's Neo4j with the demo graph."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from dataclasses import fields, is_dataclass
from pathlib import Path

import pytest

from govkg.cli import main
from govkg.query_command import cell, parse_params
from queries.registry import PARSERS, QueryError, all_queries, get

pytest_plugins = ["neo4j_fixture", "graph_fixture"]
ROOT = Path(__file__).resolve().parent.parent
DOWN = {"NEO4J_URI": "bolt://127.0.0.1:1", "GOVKG_NEO4J_PORT": ""}


def govkg(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "govkg.cli", *args], env=env, capture_output=True, text=True,
                          timeout=600, check=False, cwd=ROOT)


# -- the registry's queries, statically ----------------------------------------------------


@pytest.mark.parametrize("query", list(all_queries()), ids=lambda q: q.name)
def test_every_query_is_documented_typed_and_parameterised(query):
    assert re.fullmatch(r"[a-z][a-z0-9_]*", query.name) and query.title and query.description
    assert is_dataclass(query.result)
    for f in fields(query.result):  # every result field is named in the description
        assert f.name in query.description or f.name in ("id", "name", "label", "score", "properties"), \
            f"{query.name}: describe the result field {f.name!r}"
    declared = {p.name for p in query.params}
    used = set(re.findall(r"\$([A-Za-z_][A-Za-z0-9_]*)", query.cypher))
    assert used == declared, f"{query.name}: Cypher uses {sorted(used)}, parameters are {sorted(declared)}"
    for p in query.params:
        assert p.type in PARSERS and p.description
        if not p.required:
            assert p.parse(None) == p.default


def test_the_names_the_dashboard_uses_are_registered():
    names = {q.name for q in all_queries()}
    assert names >= {
        "search", "entity", "accountability_chain", "agency_profile", "agency_duties", "shared_duties",
        "top_shared_duty_pairs", "person_profile", "person_timeline", "post_history", "post_holders_on",
        "posts_on_date", "rosters_on_date", "oversight_on_date", "taskforce_composition",
        "busiest_taskforce_members", "taskforce_overlap", "shortest_paths", "facts_without_provenance",
        "orphan_nodes", "single_mention_agencies", "tasks_without_lead", "graph_overview", "busiest_agencies",
        "busiest_people",
    }


# -- parameter parsing ---------------------------------------------------------------------------


def test_params_are_parsed_checked_and_converted():
    q = get("agency_duties")
    supplied = parse_params(["agency_id=agency:稷山县:水利局", "role=lead"], q, limit=5)
    assert supplied == {"agency_id": "agency:稷山县:水利局", "role": "lead", "limit": "5"}
    assert q.bind(supplied) == {"agency_id": "agency:稷山县:水利局", "role": "lead", "limit": 5}
    assert parse_params(["text=a=b"], get("search"))["text"] == "a=b"  # only the first = splits
    bound = get("shortest_paths").bind({"from_id": "a", "to_id": "b", "max_hops": "3", "include_generic": "yes"})
    assert (bound["max_hops"], bound["include_generic"], bound["limit"]) == (3, True, 5)
    assert get("posts_on_date").bind({"county": "稷山县", "date": "2023-07"})["date"] == "2023-07"


@pytest.mark.parametrize(("name", "pairs", "message"), [
    ("agency_duties", ["agency_id"], r"--param wants KEY=VALUE, got 'agency_id'"),
    ("agency_duties", ["=x"], r"--param wants KEY=VALUE"),
    ("agency_duties", ["agency_id=a", "agency_id=b"], r"'agency_id' is given twice"),
    ("agency_duties", ["agency=a"], r"has no parameter agency; accepted: agency_id \(str, required\)"),
    ("agency_duties", [], r"parameter 'agency_id' is required"),
    ("agency_duties", ["agency_id=a", "role=boss"], r"'role' must be one of all, lead, support, responsible"),
    ("agency_duties", ["agency_id=a", "limit=ten"], r"parameter 'limit'"),
    ("agency_duties", ["agency_id=a", "limit=-1"], r"'limit' must not be negative"),
    ("posts_on_date", ["county=稷山县", "date=2023-13-01"], r"is not a date"),
    ("shared_duties", ["agency_id=a", "include_generic=maybe"], r"is not true/false"),
    ("shortest_paths", ["from_id=a", "to_id=b", "max_hops=50"], r"'max_hops' must be one of 1, 2"),
    ("accountability_chain", [], r"needs task_id .* or keyword"),
])
def test_bad_params_are_refused_with_what_is_accepted(name, pairs, message):
    with pytest.raises(QueryError, match=message):
        parse_params(pairs, get(name))


def test_limit_is_given_once():
    with pytest.raises(QueryError, match="give the limit once"):
        parse_params(["text=水利", "limit=3"], get("search"), limit=4)
    assert "limit" not in parse_params(["id=x"], get("entity"), limit=4)  # no limit parameter: rows are cut


def test_cells_are_compact():
    assert cell({"name": "县水利局", "role": "lead", "id": "agency:x"}) == "县水利局 (lead)"
    assert cell([{"person": "赵鹏", "status": "unknown"}, {"person": "任泽民"}]) == "赵鹏 (unknown); 任泽民"
    assert cell({"post": "县水利局局长", "holders": [{"person": "赵鹏"}]}) == "县水利局局长: 赵鹏"
    assert cell({"lead": 0, "tasks": 13}) == "lead=0, tasks=13"
    assert cell({"type": "MEMBER_OF", "role": "副组长", "evidence": "…"}) == "MEMBER_OF (副组长)"
    assert cell({"role": "副组长", "members": ["南选智", "翟廷伟"]}) == "副组长: 南选智; 翟廷伟"
    assert cell(None) == "" and cell(True) == "true" and cell(0.25) == "0.25"


# -- the command, without Neo4j ---------------------------------------------------------------


def test_queries_lists_every_query_with_its_parameters(capsys):
    assert main(["queries"]) == 0
    out = capsys.readouterr().out
    for q in all_queries():
        assert f"{q.name} — {q.title}" in out
    assert "--param agency_id (str, required)" in out
    assert main(["queries", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [q["name"] for q in listed] == [q.name for q in all_queries()]
    duties = next(q for q in listed if q["name"] == "agency_duties")
    assert duties["params"][1] == {"name": "role", "type": "str", "description": "only duties in this role",
                                   "required": False, "default": "all",
                                   "choices": ["all", "lead", "support", "responsible"]}
    assert "co_units" in duties["fields"]


def test_an_unknown_query_is_refused_with_the_known_names(capsys):
    assert main(["query", "agency_profil"]) == 2
    err = capsys.readouterr().err
    assert "no query named 'agency_profil'" in err and "did you mean agency_profile" in err
    assert "search" in err and "Traceback" not in err


def test_bad_parameters_are_refused_before_neo4j_is_contacted(capsys, monkeypatch):
    for key, value in DOWN.items():
        monkeypatch.setenv(key, value)
    assert main(["query", "agency_duties", "--param", "agency_id=x", "--param", "role=boss"]) == 2
    err = capsys.readouterr().err
    assert "'role' must be one of all, lead, support, responsible" in err
    assert "parameters of 'agency_duties':" in err and "--param agency_id (str, required)" in err
    assert "not reachable" not in err
    assert main(["query", "graph_overview", "--param", "x=1"]) == 2
    assert "has no parameter x; accepted: none" in capsys.readouterr().err
    assert main(["query", "search", "--param", "text=x", "--limit", "-1"]) == 2
    assert "must not be negative" in capsys.readouterr().err


def test_neo4j_down_says_how_to_start_it(capsys, monkeypatch):
    for key, value in DOWN.items():
        monkeypatch.setenv(key, value)
    assert main(["query", "search", "--param", "text=水利局"]) == 2
    captured = capsys.readouterr()
    assert "not reachable at bolt://127.0.0.1:1" in captured.err and "govkg neo4j start" in captured.err
    assert captured.out == "" and "Traceback" not in captured.err


def test_the_command_line_entry_point_refuses_without_a_traceback(tmp_path):
    import os

    done = govkg({**os.environ, **DOWN}, "query", "nope")
    assert done.returncode == 2 and "no query named 'nope'" in done.stderr and "Traceback" not in done.stderr
    done = govkg({**os.environ, **DOWN}, "query", "entity", "--param", "id=x")
    assert done.returncode == 2 and "govkg neo4j start" in done.stderr and "Traceback" not in done.stderr


# -- the command against the demo graph --------------------------------------------------------


def test_query_prints_json_csv_and_tables_from_the_graph(local_neo4j, demo_graph):
    env = local_neo4j.env
    done = govkg(env, "query", "agency_profile", "--param", "agency_id=agency:稷山县:水利局", "--format", "json")
    assert done.returncode == 0, done.stderr
    [profile] = json.loads(done.stdout)
    assert profile["name"] == "县水利局" and profile["counts"]["support"] == 2

    done = govkg(env, "query", "agency_duties", "-p", "agency_id=agency:稷山县:水利局", "-p", "role=support",
                 "--format", "csv")
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert {r["task"] for r in rows} == {"打造高效便捷的政务环境", "打造诚实守信的信用环境"}
    assert all(json.loads(r["co_units"]) for r in rows)

    done = govkg(env, "query", "taskforce_composition", "-p", "taskforce_id=taskforce:稷山县:一泓清水入黄河工作专班")
    assert done.returncode == 0, done.stderr
    assert "Task force composition (1 row)" in done.stdout and "副组长" in done.stdout and "南选智" in done.stdout

    done = govkg(env, "query", "busiest_agencies", "--limit", "3", "--format", "json")
    assert done.returncode == 0 and len(json.loads(done.stdout)) == 3
    done = govkg(env, "query", "person_timeline", "-p", "person_id=person:稷山县:南选智", "--limit", "2",
                 "--format", "json")
    assert done.returncode == 0 and len(json.loads(done.stdout)) == 2 and "showing the first 2" in done.stderr


def test_a_query_neo4j_refuses_is_reported_without_a_traceback(local_neo4j, demo_graph):
    done = govkg({**local_neo4j.env, "NEO4J_DATABASE": "nosuchdb"}, "query", "search", "--param", "text=水利局")
    assert done.returncode == 1 and "query 'search' failed in Neo4j" in done.stderr
    assert "nosuchdb" in done.stderr and "Traceback" not in done.stderr


def test_search_text_is_taken_as_words(local_neo4j, demo_graph):
    for text in ("水利局 AND (", "AND", "()", "县水利局/"):  # Lucene syntax would refuse these
        done = govkg(local_neo4j.env, "query", "search", "--param", f"text={text}", "--format", "json")
        assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)[0]["id"] == "agency:稷山县:水利局"
