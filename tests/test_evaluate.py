"""The scorer follows SCHEMA.md: what counts as the same fact, and how assignments are matched."""

from __future__ import annotations

from graph_build.evaluate import evaluate, format_table, norm_unit


def rec(type_, line=1, **fields):
    return {"type": type_, "source": "a.txt", "line": line, "doc_number": "稷政发〔2023〕1号", **fields}


def test_place_names_and_lone_county_prefix_are_ignored_for_units():
    assert norm_unit("稷山县水利局") == norm_unit("县水利局") == "水利局"
    assert norm_unit("运城市生态环境局稷山分局") == norm_unit("市生态环境局稷山分局")
    assert norm_unit("县市场监管局") == "市场监管局"


def test_whitespace_width_and_quotes_are_ignored():
    gold = [rec("membership", body="“一泓清水”专班", person="王润", role="组长")]
    pred = [rec("membership", body="x", person="王 润", role="组长")]
    assert evaluate(gold, pred).scores["membership"].f1 == 1.0


def test_membership_with_wrong_role_is_a_miss_and_a_false_positive():
    gold = [rec("membership", body="b", person="王润", role="组长")]
    pred = [rec("membership", body="b", person="王润", role="成员")]
    score = evaluate(gold, pred).scores["membership"]
    assert (score.tp, score.fp, score.fn) == (0, 1, 1)


def test_assignments_are_matched_by_line_window_and_task_prefix_then_scored_per_unit():
    gold = [rec("assignment", line=100, task="加大政策扶持力度。出台促进和规范网络市场", lead=["县发改局"],
                units=["县发改局", "县商务局", "县财政局"])]
    pred = [rec("assignment", line=108, task="加大政策扶持力度。出台促进", lead=["稷山县发改局"],
                units=["县发改局", "县商务局", "县统计局"])]
    ev = evaluate(gold, pred)
    s = ev.scores["assignment"]
    assert (s.tp, s.fp, s.fn) == (2, 1, 1)
    assert ev.lead_acc == 1.0


def test_assignment_too_far_away_does_not_match():
    gold = [rec("assignment", line=100, task="加大政策扶持力度", lead=[], units=["县发改局"])]
    pred = [rec("assignment", line=120, task="加大政策扶持力度", lead=[], units=["县发改局"])]
    s = evaluate(gold, pred).scores["assignment"]
    assert (s.tp, s.fp, s.fn) == (0, 1, 1)


def test_predictions_for_files_without_gold_are_not_scored():
    gold = [rec("document", doc_title="t")]
    pred = [rec("document", doc_title="t"), {**rec("document"), "source": "other.txt"}]
    assert evaluate(gold, pred).scores["document"].precision == 1.0


def test_traditional_characters_and_glosses_compare_equal_to_simplified():
    gold = [{"type": "portfolio", "source": "a.txt", "line": 1, "doc_number": None,
             "person": "李思鵬", "relation": "負責", "target": "市場監管"}]
    pred = [{"type": "portfolio", "source": "a.txt", "line": 1, "doc_number": None,
             "person": "李思鹏", "relation": "负(fù)责", "target": "市场监管"}]
    assert evaluate(gold, pred).scores["portfolio"].tp == 1


def test_one_table_across_gold_sets_names_each_set_and_keeps_a_type_filter():
    gold = [{"type": "appointment", "source": "a.txt", "line": 1, "doc_number": None,
             "person": "张三", "action": "appoint", "post": "县财政局局长"}]
    right, wrong = evaluate(gold, gold), evaluate(gold, [])
    for ev in (right, wrong):
        ev.scores = {"appointment": ev.scores["appointment"]}
    table = format_table({"demo": right, "wild": wrong})
    assert "demo" in table and "wild" in table
    row = next(line for line in table.splitlines() if line.startswith("appointment"))
    assert "1.000" in row and "0.000" in row
    assert "portfolio" not in table
