"""Conflict detection on constructed cases of every kind, with a case of each that must not be flagged."""

from __future__ import annotations

from review_cases import OTHER, appointment, assignment, document, membership

from graph_build.build import rows_for
from graph_build.judgements.conflicts import KINDS, count_by_kind, find_conflicts
from graph_build.judgements.suggestions import same_person_suggestions


def conflicts(facts, kind):
    found = find_conflicts(rows_for(facts))
    return [c for c in found if c.kind == kind]


def test_two_heads_of_one_post_on_one_day():
    facts = [document("a.txt", "云政任〔2023〕1号", "2023-05-01"),
             appointment("a.txt", "云政任〔2023〕1号", "林远", "县水利局局长"),
             document("b.txt", "云政办发〔2023〕2号", "2023-05-01"),
             membership("b.txt", "云政办发〔2023〕2号", "苏望", ("县水利局局长",))]
    [c] = conflicts(facts, "two_heads_one_day")
    assert "林远" in c.message and "苏望" in c.message and "2023-05-01" in c.message
    assert set(c.facts) == {facts[1]["id"], facts[3]["id"]}
    assert c.documents == ("doc:云溪县人民政府:云政任〔2023〕1号", "doc:云溪县人民政府:云政办发〔2023〕2号")
    # deputies (副局长) may be many on one day
    facts[1] = appointment("a.txt", "云政任〔2023〕1号", "林远", "县水利局副局长")
    facts[3] = membership("b.txt", "云政办发〔2023〕2号", "苏望", ("县水利局副局长",))
    assert not conflicts(facts, "two_heads_one_day")


def test_appointed_to_a_post_another_still_holds():
    facts = [document("a.txt", "云政任〔2023〕1号", "2023-01-10"),
             appointment("a.txt", "云政任〔2023〕1号", "林远", "县水利局局长"),
             document("b.txt", "云政任〔2023〕9号", "2023-06-01"),
             appointment("b.txt", "云政任〔2023〕9号", "苏望", "县水利局局长")]
    [c] = conflicts(facts, "appointed_while_held")
    assert "苏望" in c.message and "林远" in c.message and set(c.facts) == {facts[1]["id"], facts[3]["id"]}
    # the predecessor removed on the day of the new appointment: a succession, not a conflict
    facts.append(appointment("b.txt", "云政任〔2023〕9号", "林远", "县水利局局长", action="remove", line=8))
    assert not conflicts(facts, "appointed_while_held")


def test_a_predecessor_seen_in_the_post_after_the_appointment():
    facts = [document("a.txt", "云政任〔2023〕1号", "2023-01-10"),
             appointment("a.txt", "云政任〔2023〕1号", "苏望", "县财政局局长"),
             document("b.txt", "云政办发〔2023〕5号", "2023-03-01"),
             membership("b.txt", "云政办发〔2023〕5号", "林远", ("县财政局局长",))]
    [c] = conflicts(facts, "appointed_while_held")
    assert "seen in it on 2023-03-01" in c.message


def test_a_removal_with_no_earlier_tenure():
    facts = [document("a.txt", "云政任〔2023〕3号", "2023-03-01"),
             appointment("a.txt", "云政任〔2023〕3号", "周衡", "县财政局局长", action="remove")]
    [c] = conflicts(facts, "removal_without_tenure")
    assert "周衡" in c.message and c.facts == (facts[1]["id"],)
    facts = [document("z.txt", "云政任〔2022〕8号", "2022-02-01"),
             appointment("z.txt", "云政任〔2022〕8号", "周衡", "县财政局局长"), *facts]
    assert not conflicts(facts, "removal_without_tenure")


def test_one_name_in_posts_of_two_agencies_at_once():
    facts = [document("a.txt", "云政任〔2023〕1号", "2023-01-10"),
             appointment("a.txt", "云政任〔2023〕1号", "韩宁", "县水利局副局长"),
             document("b.txt", "云政任〔2023〕4号", "2023-04-01"),
             appointment("b.txt", "云政任〔2023〕4号", "韩宁", "县财政局副局长")]
    [c] = conflicts(facts, "posts_in_two_agencies")
    assert "two people of one name" in c.message and set(c.facts) == {facts[1]["id"], facts[3]["id"]}
    # removed from the first post before the second: a transfer
    facts.append(appointment("b.txt", "云政任〔2023〕4号", "韩宁", "县水利局副局长", action="remove", line=9))
    assert not conflicts(facts, "posts_in_two_agencies")


def test_concurrent_posts_written_together_are_not_a_conflict():
    facts = [document("a.txt", "云政办发〔2023〕2号", "2023-05-01"),
             membership("a.txt", "云政办发〔2023〕2号", "韩宁", ("县水利局局长", "县财政局副局长")),
             document("b.txt", "云政办发〔2023〕7号", "2023-05-01"),
             membership("b.txt", "云政办发〔2023〕7号", "韩宁", ("县财政局副局长",), body="云溪县河长制工作专班")]
    assert not conflicts(facts, "posts_in_two_agencies")


def test_a_task_with_contradictory_leads():
    facts = [document("a.txt", "云政办发〔2023〕2号", "2023-05-01"),
             assignment("a.txt", "云政办发〔2023〕2号", "做好汛期巡查", ("县水利局", "县应急管理局"),
                        lead=("县水利局",)),
             document("b.txt", "云政办发〔2023〕6号", "2023-06-01"),
             assignment("b.txt", "云政办发〔2023〕6号", "做好汛期巡查", ("县水利局", "县应急管理局"),
                        lead=("县应急管理局",))]
    [c] = conflicts(facts, "contradictory_leads")
    assert "做好汛期巡查" in c.message and len(c.documents) == 2
    facts[3] = assignment("b.txt", "云政办发〔2023〕6号", "做好汛期巡查", ("县水利局", "县应急管理局"),
                          lead=("县水利局",))
    assert not conflicts(facts, "contradictory_leads")


def test_an_agency_seen_once_only():
    facts = [document("a.txt", "云政办发〔2023〕2号", "2023-05-01"),
             assignment("a.txt", "云政办发〔2023〕2号", "做好汛期巡查", ("县水利局",)),
             assignment("a.txt", "云政办发〔2023〕2号", "清理河道", ("县水利局", "县档案馆"), line=9)]
    found = {c.message.split(" ")[0]: c for c in conflicts(facts, "single_mention_agency")}
    assert "县档案馆" in found and "县水利局" not in found  # named by two facts
    assert found["县档案馆"].facts == (facts[2]["id"],)


def test_counts_name_every_kind():
    counts = count_by_kind([])
    assert list(counts) == list(KINDS) and not any(counts.values())


def test_same_person_across_counties_is_only_suggested():
    facts = [document("a.txt", "云政任〔2022〕1号", "2022-03-01"),
             appointment("a.txt", "云政任〔2022〕1号", "韩宁", "县水利局局长", action="remove"),
             document("b.txt", "石政任〔2022〕2号", "2022-09-01", county=OTHER),
             appointment("b.txt", "石政任〔2022〕2号", "韩宁", "县水利局局长", county=OTHER)]
    documents = rows_for(facts)
    [s] = same_person_suggestions(documents)
    assert s.people == ("person:石岭县:韩宁", "person:云溪县:韩宁") or set(s.people) == {
        "person:石岭县:韩宁", "person:云溪县:韩宁"}
    assert s.reasons == ("same_name", "adjacent_tenures", "transfer")
    assert not same_person_suggestions(documents, {frozenset(s.people)})
