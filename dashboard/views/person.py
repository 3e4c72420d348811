"""Person: a Gantt timeline of posts and roles (appointments, removals, rosters, portfolios) with their documents,
the facts behind it with their source sentences, and the person's neighbourhood as a graph."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import data, evidence, graphview, nav, tables, timeline, urlstate
from dashboard.i18n import label, t
from dashboard.text import md

st.title(t("page_person"))
profile = nav.profile_or_stop("person_pick", "Person", "南选智", "busiest_people", "person_profile", "person_id")
person_id = profile["id"]

me = {name: "Person" for name in [profile["name"], *profile.get("aliases", [])] if name}
st.header(md(profile["name"]))
st.caption(md(profile.get("county") or ""))
counts = profile.get("counts", {})
for col, key, name in zip(st.columns(5), ("posts", "taskforces", "portfolios", "appointments", "documents"),
                          (t("pe_posts"), t("pe_taskforces"), t("pe_oversees"), label("APPOINTED_TO"),
                           t("ov_documents")), strict=True):
    col.metric(name, counts.get(key, 0))

st.subheader(t("pe_timeline"))
gantt = timeline.gantt_rows(data.rows("person_timeline", person_id=person_id))
if gantt.empty:
    st.caption(t("pe_timeline_empty"))
else:
    st.altair_chart(timeline.chart(gantt), width="stretch")

SECTIONS = {"posts": t("pe_posts"), "oversees": t("pe_oversees"), "taskforces": t("pe_taskforces"),
            "appointments": label("APPOINTED_TO"), "tasks": label("Task"), "documents": t("ov_documents"),
            "graph": t("ag_graph")}
shown = urlstate.section("person_section", list(SECTIONS), SECTIONS.__getitem__)
if shown == "posts":
    posts = pd.DataFrame(profile.get("posts", []))
    if not posts.empty:
        posts["basis_text"] = posts["basis"].map(label)
        posts["status_text"] = [timeline.status_text(x, a, b) for x, a, b in
                                zip(posts["status"], posts["start"], posts["end"], strict=True)]
    page, pages = tables.paged_frame(posts, "person_page", reset_on=(person_id, shown))
    evidence.fact_table(page, "person_posts", {"post": "Post"}, extra=me,
                        columns=["post", "basis_text", "start", "end", "status_text", "doc_number", "doc_title"],
                        column_config=tables.config(post=label("Post"), start=t("date"), end=t("col_end"),
                                                    basis_text=t("col_basis"), status_text=t("col_status"),
                                                    doc_number=t("evidence_number"), doc_title=t("evidence_doc")))
    pages.controls(len(posts))
elif shown == "oversees":
    portfolios = tables.with_links(pd.DataFrame(profile.get("portfolios", [])), "target_id", "Agency")
    if not portfolios.empty:
        portfolios["target_type"] = portfolios["target_label"].map(label)
    page, pages = tables.paged_frame(portfolios, "person_page", reset_on=(person_id, shown))
    evidence.fact_table(page, "person_portfolios", {"target": "@target_label"}, extra=me,
                        columns=["relation", "target", "target_type", "as_of", "doc_number", "doc_title"],
                        column_config=tables.config(relation=label("OVERSEES"), target=t("name"),
                                                    target_type=t("type"), as_of=t("date"),
                                                    doc_number=t("evidence_number"), doc_title=t("evidence_doc")))
    pages.controls(len(portfolios))
elif shown == "taskforces":
    seats = tables.with_links(pd.DataFrame(profile.get("taskforces", [])), "taskforce_id", "TaskForce", "tf_link")
    page, pages = tables.paged_frame(seats, "person_page", reset_on=(person_id, shown))
    evidence.fact_table(page, "person_taskforces", {"taskforce": "TaskForce", "titles": "Post"}, extra=me,
                        columns=["tf_link", "role", "as_of", "doc_number", "doc_title"],
                        column_config=tables.config(as_of=t("date"), doc_number=t("evidence_number"),
                                                    doc_title=t("evidence_doc"),
                                                    **tables.link_column("tf_link", label("TaskForce"))))
    pages.controls(len(seats))
elif shown == "appointments":
    decisions = pd.DataFrame(profile.get("appointments", []))
    if not decisions.empty:
        decisions["action_text"] = decisions["action"].map(label)
    page, pages = tables.paged_frame(decisions, "person_page", reset_on=(person_id, shown))
    evidence.fact_table(page, "person_appointments", {"post": "Post"}, extra=me,
                        columns=["date", "action_text", "post", "note", "doc_number", "doc_title"],
                        column_config=tables.config(date=t("date"), post=label("Post"), doc_number=t("evidence_number"),
                                                    doc_title=t("evidence_doc")))
    pages.controls(len(decisions))
elif shown == "tasks":
    tasks = tables.with_links(pd.DataFrame(profile.get("tasks", [])), "task_id", "Task")
    page, pages = tables.paged_frame(tasks, "person_page", reset_on=(person_id, shown))
    evidence.fact_table(page, "person_tasks", {"task": "Task"}, extra=me,
                        columns=["task", "relation", "deadline", "doc_number", "doc_date"],
                        column_config=tables.config(task=t("ch_task"), deadline=t("ch_deadline"),
                                                    doc_number=t("evidence_number"), doc_date=t("date")))
    pages.controls(len(tasks))
elif shown == "documents":
    documents = pd.DataFrame(profile.get("documents", []))
    page, pages = tables.paged_frame(documents, "person_page", reset_on=(person_id, shown))
    tables.table(page, column_order=["date", "doc_number", "title"],
                 column_config=tables.config(date=t("date"), doc_number=t("evidence_number"),
                                             title=t("evidence_doc")))
    pages.controls(len(documents))
elif shown == "graph":
    sub = data.ego(person_id, hops=1, max_nodes=120)
    if sub is not None:
        graphview.show(sub.graph, focus=person_id, total=sub.total_nodes, truncated=sub.truncated, height=520)
    nav.link(person_id, t("open_graph"), page="explorer")
