"""Judgements without a database: records, files, keys, and how the stage applies them to facts and rows."""

from __future__ import annotations

import json

import pytest
from review_cases import OTHER, appointment, assignment, document, membership

from graph_build.build import rows_for
from graph_build.judgements import JudgementError, ReviewStage, default_dir, read_judgements
from graph_build.judgements.keys import fact_key
from graph_build.judgements.model import Correct, Reject, parse
from graph_build.judgements.store import append, file_for
from graph_build.pipeline import Extractor

AT = "2026-12-01T10:00:00Z"

NOTICE = """云溪县人民政府关于林远等同志职务任免的通知

云政任〔2023〕1号

各乡（镇）人民政府：

任命林远为县水利局局长；

免去苏望的县水利局局长职务。

云溪县人民政府

2023年1月10日
"""


def rels_of(documents, fact_id):
    return [(t, row) for doc in documents for (t, _, _), rows in doc.rels.items() for row in rows.values()
            if row["props"].get("fact_id") == fact_id]


def stage_rows(facts, judgements):
    stage = ReviewStage(judgements)
    documents = rows_for(stage.facts(facts))
    stage.rows(documents)
    return stage, documents


def test_a_judgement_round_trips_and_its_id_follows_its_content():
    key = {"type": "appointment", "doc": "云政任〔2023〕1号", "person": "林远", "action": "appoint",
           "post": "县水利局局长"}
    j = parse({"kind": "correct", "fact": key, "set": {"post": "县水务局局长"}, "by": "li", "at": AT, "why": "typo"})
    assert isinstance(j, Correct) and parse(json.loads(j.line())) == j
    assert j.id != Correct(fact=key, set={"post": "县水务局局长"}, by="li", at=AT, why="another reason").id
    with pytest.raises(ValueError, match="does not match"):
        parse({**json.loads(j.line()), "why": "edited by hand"})


@pytest.mark.parametrize(("raw", "message"), [
    ({"kind": "ban"}, "unknown kind"),
    ({"kind": "reject", "by": "li", "at": AT, "fact": {"type": "appointment", "doc": "x"}}, "missing person"),
    ({"kind": "reject", "by": "", "at": AT}, "'by'"),
    ({"kind": "reject", "by": "li", "at": "yesterday", "fact": {}}, "ISO 8601"),
    ({"kind": "correct", "by": "li", "at": AT, "why": "",
      "fact": {"type": "assignment", "doc": "x", "task": "t", "task_text": ""}, "set": {"units": "县水利局"}},
     "list of names"),
    ({"kind": "correct", "by": "li", "at": AT,
      "fact": {"type": "portfolio", "doc": "x", "person": "p", "relation": "分管", "target": "t"}, "set": {"x": "y"}},
     "no correctable field"),
    ({"kind": "same", "by": "li", "at": AT, "entities": ["person:a:b", "agency:a:b"]}, "not of one kind"),
    ({"kind": "lineage", "by": "li", "at": AT, "from": "agency:a:b", "to": "agency:a:c", "change": "moved",
      "date": "2019", "doc": "d"}, "'change'"),
])
def test_a_bad_judgement_says_what_is_wrong(raw, message):
    with pytest.raises(ValueError, match=message):
        parse(raw)


def test_a_bad_line_in_a_judgement_file_names_the_file_and_line(tmp_path):
    good = Reject(fact={"type": "document", "doc": "云政任〔2023〕1号"}, by="li", at=AT)
    append(tmp_path, good)
    with open(file_for(tmp_path, "li"), "a", encoding="utf-8") as fh:
        fh.write("\n{not json\n")
    with pytest.raises(JudgementError, match=r"li\.jsonl:3: "):
        read_judgements(tmp_path)


def test_judgements_are_read_once_per_id_and_a_missing_directory_holds_none(tmp_path):
    j = Reject(fact={"type": "document", "doc": "云政任〔2023〕1号"}, by="王 审核", at=AT)
    append(tmp_path, j)
    append(tmp_path, j)
    assert read_judgements(tmp_path) == [j]
    assert file_for(tmp_path, "王 审核").name.endswith(".jsonl")
    assert read_judgements(tmp_path / "none") == []


def test_the_default_directory_is_beside_the_corpus(tmp_path, monkeypatch):
    monkeypatch.delenv("GOVKG_JUDGEMENTS", raising=False)
    (tmp_path / "corpus").mkdir()
    assert default_dir([tmp_path / "corpus"]) == tmp_path / "judgements"
    assert default_dir([], facts=tmp_path / "corpus" / "facts.jsonl") == tmp_path / "judgements"
    monkeypatch.setenv("GOVKG_JUDGEMENTS", str(tmp_path / "elsewhere"))
    assert default_dir([tmp_path / "corpus"]) == tmp_path / "elsewhere"


def test_reject_confirm_and_correct_mark_the_facts_and_keep_the_original():
    facts = [document("a.txt", "云政任〔2023〕1号", "2023-01-10"),
             appointment("a.txt", "云政任〔2023〕1号", "林远", "县水利局局长"),
             appointment("a.txt", "云政任〔2023〕1号", "苏望", "县财政局局长", line=6),
             assignment("a.txt", "云政任〔2023〕1号", "做好汛期巡查", ("县水利局",), line=8)]
    judgements = [parse({"kind": "reject", "fact": fact_key(facts[1]), "by": "li", "at": AT}),
                  parse({"kind": "correct", "fact": fact_key(facts[2]), "set": {"post": "县审计局局长"}, "by": "li",
                         "at": AT}),
                  parse({"kind": "confirm", "fact": fact_key(facts[3]), "by": "li", "at": AT})]
    stage, documents = stage_rows(facts, judgements)
    assert stage.report.rejected == [facts[1]["id"]] and not rels_of(documents, facts[1]["id"])
    [(_, appointed), (_, tenure)] = sorted(rels_of(documents, facts[2]["id"]), key=lambda x: x[0])
    assert appointed["to"] == tenure["to"] == "post:云溪县:审计局局长"
    assert appointed["props"]["review_status"] == "corrected"
    assert json.loads(appointed["props"]["review_original"]) == {"post": "县财政局局长"}
    assert appointed["props"]["evidence"] == facts[2]["evidence"]  # the evidence is unchanged
    assert appointed["props"]["fact_key"] == json.dumps(fact_key(facts[2]), ensure_ascii=False, sort_keys=True,
                                                        separators=(",", ":"))
    [(_, responsible)] = rels_of(documents, facts[3]["id"])
    assert responsible["props"]["review_status"] == "confirmed"
    assert documents[0].nodes["Task"]["task:" + facts[3]["id"]]["review_status"] == "confirmed"
    assert (stage.report.confirmed, stage.report.corrected, stage.report.orphans) == (1, 1, [])


def test_the_latest_of_reject_and_confirm_decides():
    facts = [document("a.txt", "云政任〔2023〕1号", "2023-01-10"),
             appointment("a.txt", "云政任〔2023〕1号", "林远", "县水利局局长")]
    key = fact_key(facts[1])
    judgements = [parse({"kind": "reject", "fact": key, "by": "li", "at": "2026-12-01T10:00:00Z"}),
                  parse({"kind": "confirm", "fact": key, "by": "wang", "at": "2026-12-02T10:00:00Z"})]
    stage, _ = stage_rows(facts, judgements)
    assert not stage.report.rejected and stage.report.confirmed == 1


def test_a_judgement_survives_re_extraction_with_shifted_lines():
    before = [f.to_json() for f in Extractor().facts_from_text(NOTICE, name="g.txt")]
    after = [f.to_json() for f in Extractor().facts_from_text("\n\n\n\n" + NOTICE, name="renamed.txt")]
    target = next(f for f in before if f["type"] == "appointment" and f["action"] == "appoint")
    moved = next(f for f in after if f["type"] == "appointment" and f["action"] == "appoint")
    assert moved["line"] == target["line"] + 4 and moved["source"] != target["source"]
    stage, documents = stage_rows(after, [parse({"kind": "reject", "fact": fact_key(target), "by": "li", "at": AT})])
    assert stage.report.rejected == [moved["id"]] and not stage.report.orphans
    assert not rels_of(documents, moved["id"])


def test_an_orphaned_judgement_is_reported_with_its_reason():
    facts = [document("a.txt", "云政任〔2023〕1号", "2023-01-10"),
             appointment("a.txt", "云政任〔2023〕1号", "林远", "县水利局局长")]
    gone = {**fact_key(facts[1]), "person": "林远航"}
    judgements = [parse({"kind": "reject", "fact": gone, "by": "li", "at": AT}),
                  parse({"kind": "same", "entities": ["person:云溪县:林远", "person:云溪县:无此人"], "by": "li",
                         "at": AT})]
    stage, documents = stage_rows(facts, judgements)
    reasons = [o.reason for o in stage.report.orphans]
    assert len(reasons) == 2 and "no fact with the key" in reasons[0] and "林远航" in reasons[0]
    assert "no entity person:云溪县:无此人" in reasons[1]
    assert rels_of(documents, facts[1]["id"])  # nothing else changed


def test_different_splits_a_person_and_same_merges_across_counties():
    facts = [document("a.txt", "云政办发〔2023〕2号", "2023-05-01"),
             membership("a.txt", "云政办发〔2023〕2号", "韩宁", ("县水利局局长",)),
             document("b.txt", "云政办发〔2023〕7号", "2023-06-01"),
             membership("b.txt", "云政办发〔2023〕7号", "韩宁", ("县财政局副局长",), body="云溪县河长制工作专班"),
             document("c.txt", "石政任〔2023〕2号", "2023-09-01", county=OTHER),
             appointment("c.txt", "石政任〔2023〕2号", "周衡", "县水利局局长", county=OTHER),
             document("d.txt", "云政任〔2023〕3号", "2023-03-01"),
             appointment("d.txt", "云政任〔2023〕3号", "周衡", "县水利局局长", action="remove")]
    judgements = [parse({"kind": "different", "entity": "person:云溪县:韩宁", "facts": [fact_key(facts[3])],
                         "label": "2", "by": "li", "at": AT, "why": "another 韩宁, in the finance bureau"}),
                  parse({"kind": "same", "entities": ["person:石岭县:周衡", "person:云溪县:周衡"], "by": "li",
                         "at": AT, "why": "transferred"})]
    stage, documents = stage_rows(facts, judgements)
    assert {row["from"] for _, row in rels_of(documents, facts[1]["id"])} == {"person:云溪县:韩宁"}
    assert {row["from"] for _, row in rels_of(documents, facts[3]["id"])} == {"person:云溪县:韩宁~2"}
    people = {node_id for doc in documents for node_id in doc.nodes.get("Person", {})}
    assert people == {"person:云溪县:韩宁", "person:云溪县:韩宁~2", "person:石岭县:周衡"}
    split = next(doc for doc in documents if doc.source == "b.txt")
    assert split.nodes["Person"]["person:云溪县:韩宁~2"]["split_from"] == "person:云溪县:韩宁"
    assert f"person:云溪县:韩宁~2@{split.doc_id}" in split.rels[("MENTIONED_IN", "Person", "Document")]
    assert {row["from"] for _, row in rels_of(documents, facts[7]["id"])} == {"person:石岭县:周衡"}
    assert not stage.report.orphans and not stage.report.suggestions
