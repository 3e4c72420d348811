"""Tenures over time (pure): appointments start them, removals and successors end them."""

from __future__ import annotations

from graph_build.graph.tenures import Tenure, derive


def tenure(rel, person, basis, *, post="post:县:水利局局长", head=True, start=None, end=None, seen=None):
    return Tenure(rel, person, post, head, basis, start, end, seen, f"fact-{rel}")


def by_rel(updates):
    return {u.rel: u for u in updates}


def test_appointment_without_later_facts_is_current():
    (u,) = derive([tenure("a", "张三", "appointment", start="2023-01-09")])
    assert (u.status, u.derived_to) == ("current", None)


def test_removal_of_the_same_person_ends_the_tenure():
    out = by_rel(derive([
        tenure("a", "张三", "appointment", start="2021-04-01"),
        tenure("r", "张三", "removal", end="2023-01-09"),
    ]))
    assert (out["a"].status, out["a"].derived_to, out["a"].ended_by) == ("ended", "2023-01-09", "fact-r")
    assert out["r"].status == "ended"


def test_a_successor_ends_a_head_post_but_not_a_deputy_post():
    head = by_rel(derive([
        tenure("a", "张三", "appointment", start="2021-04-01"),
        tenure("b", "李四", "appointment", start="2023-03-28"),
    ]))
    assert (head["a"].status, head["a"].derived_to) == ("ended", "2023-03-28")
    assert head["b"].status == "current"
    deputy = by_rel(derive([
        tenure("a", "张三", "appointment", head=False, start="2021-04-01"),
        tenure("b", "李四", "appointment", head=False, start="2023-03-28"),
    ]))
    assert deputy["a"].status == "current"


def test_a_roster_sighting_is_unknown_until_something_ends_it():
    out = by_rel(derive([
        tenure("s", "王五", "roster", seen="2023-07-11"),
        tenure("x", "赵六", "appointment", start="2023-09-01"),
    ]))
    assert (out["s"].status, out["s"].derived_to) == ("ended", "2023-09-01")
    (alone,) = derive([tenure("s", "王五", "roster", seen="2023-07-11")])
    assert alone.status == "unknown"


def test_partial_dates_compare_in_time_order():
    out = by_rel(derive([
        tenure("a", "张三", "appointment", start="2023-01"),
        tenure("r", "张三", "removal", end="2023-01-09"),
    ]))
    assert out["a"].derived_to == "2023-01-09"


def test_a_successor_seen_in_a_roster_ends_a_head_post_by_that_date():
    out = by_rel(derive([
        tenure("old", "任泽民", "roster", seen="2021-05-19"),
        tenure("new", "赵鹏", "roster", seen="2022-11-24"),
    ]))
    assert (out["old"].status, out["old"].derived_to, out["old"].ended_by) == ("ended", "2022-11-24", "fact-new")
    assert out["new"].status == "unknown"
