"""``govkg review add|list|check`` on a small facts file (no database)."""

from __future__ import annotations

import json

from review_cases import appointment, document

from govkg.cli import main

FACTS = [document("a.txt", "云政任〔2023〕3号", "2023-03-01"),
         appointment("a.txt", "云政任〔2023〕3号", "周衡", "县财政局局长", action="remove"),
         appointment("a.txt", "云政任〔2023〕3号", "林远", "县财政局副局长", line=6)]


def facts_file(tmp_path):
    path = tmp_path / "facts.jsonl"
    path.write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in FACTS), encoding="utf-8")
    return path


def test_add_list_and_check(tmp_path, capsys):
    facts, judgements = facts_file(tmp_path), tmp_path / "judgements"
    common = ["--judgements", str(judgements), "--facts", str(facts)]
    assert main(["review", "add", "reject", "--fact-id", FACTS[1]["id"], *common, "--by", "li", "--why", "w"]) == 0
    assert main(["review", "add", "correct", "--fact-id", FACTS[2]["id"], *common, "--set", "post=县审计局副局长",
                 "--by", "li"]) == 0
    assert "the next `govkg build` applies it" in capsys.readouterr().out
    lines = [json.loads(x) for x in (judgements / "li.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [x["kind"] for x in lines] == ["reject", "correct"]
    assert lines[1]["set"] == {"post": "县审计局副局长"} and lines[1]["fact"]["post"] == "县财政局副局长"

    assert main(["review", "list", "--judgements", str(judgements), "--json"]) == 0
    assert [json.loads(x)["id"] for x in capsys.readouterr().out.splitlines()] == [x["id"] for x in lines]

    assert main(["review", "check", *common]) == 0
    out = capsys.readouterr().out
    assert "1 fact(s) rejected" in out and "1 corrected" in out and "Conflicts" in out


def test_check_reports_orphans_and_add_refuses_bad_input(tmp_path, capsys):
    facts, judgements = facts_file(tmp_path), tmp_path / "judgements"
    gone = {"type": "appointment", "doc": "云政任〔2023〕3号", "person": "无此人", "action": "appoint", "post": "x"}
    assert main(["review", "add", "confirm", "--fact", json.dumps(gone, ensure_ascii=False), "--judgements",
                 str(judgements), "--by", "li"]) == 0
    assert main(["review", "add", "lineage", "--from", "agency:云溪县:国土资源局", "--to", "agency:云溪县:自然资源局",
                 "--change", "renamed", "--date", "2019-03", "--doc", "云政发〔2019〕1号", "--judgements",
                 str(judgements), "--by", "li"]) == 0
    assert main(["review", "check", "--judgements", str(judgements), "--facts", str(facts)]) == 1
    out = capsys.readouterr().out
    assert out.count("orphaned judgement") == 2 and "无此人" in out
    assert main(["review", "add", "reject", "--fact-id", "app-nothing", "--facts", str(facts), "--judgements",
                 str(judgements), "--by", "li"]) == 2
    assert "no fact with id app-nothing" in capsys.readouterr().out
    (judgements / "li.jsonl").write_text("{}\n", encoding="utf-8")
    assert main(["review", "list", "--judgements", str(judgements)]) == 2
    assert "li.jsonl:1" in capsys.readouterr().out


def test_review_mode_needs_the_reviewers_password(monkeypatch, capsys):
    monkeypatch.delenv("GOVKG_REVIEW_PASSWORD", raising=False)
    assert main(["dashboard", "--review"]) == 2
    assert "GOVKG_REVIEW_PASSWORD" in capsys.readouterr().err
