"""Agency: its duties (lead / support, deadlines, documents), the agencies it shares duties with, its posts and
their holders, who oversees it, its task forces, and its neighbourhood as a graph."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import data, evidence, graphview, nav, tables, timeline, urlstate
from dashboard.i18n import label, t
from dashboard.text import md

st.title(t("page_agency"))
profile = nav.profile_or_stop("agency_pick", "Agency", "水利局", "busiest_agencies", "agency_profile", "agency_id")
agency_id = profile["id"]

own_names = {name: "Agency" for name in [profile["name"], *profile.get("aliases", [])] if name}
st.header(md(profile["name"]))
meta = [profile.get("county") or "", label(profile.get("kind"))]
if profile.get("aliases"):
    meta.append(f"{t('aliases')}: {evidence.join(profile['aliases'])}")
st.caption(md(" · ".join(m for m in meta if m)))
counts = profile.get("counts", {})
for col, key, name in zip(st.columns(5), ("lead", "support", "responsible", "taskforces", "documents"),
                          (label("lead"), label("support"), label("responsible"), t("ag_taskforces"),
                           t("ov_documents")), strict=True):
    col.metric(name, counts.get(key, 0))

SECTIONS = {"duties": "ag_duties", "partners": "ag_shares_with", "posts": "ag_posts", "overseers": "ag_overseen_by",
            "taskforces": "ag_taskforces", "graph": "ag_graph"}
shown = urlstate.section("agency_section", list(SECTIONS), lambda s: t(SECTIONS[s]))

if shown == "duties":
    duties = data.frame("agency_duties", agency_id=agency_id)
    roles: list[str] = []
    if not duties.empty:
        duties["role_text"] = duties["role"].map(label)
        duties["co_unit_names"] = duties["co_units"].map(lambda units: [u["name"] for u in units or []])
        duties["co_units_text"] = duties["co_unit_names"].map(evidence.join)
        duties["leader_names"] = duties["leaders"].map(lambda people: [p["name"] for p in people or []])
        everything = ["lead", "support", "responsible"]
        urlstate.bind("agency_roles", "role", everything, urlstate.list_param)
        roles = st.pills(t("type"), everything, selection_mode="multi", format_func=label, key="agency_roles") or []
        urlstate.publish("agency_roles", "role", everything, urlstate.dump_list)
        duties = duties[duties["role"].isin(roles)].reset_index(drop=True)
    page, pages = tables.paged_frame(duties, "agency_page", reset_on=(agency_id, shown, tuple(roles)))
    evidence.fact_table(
        page, "agency_duties", {"co_unit_names": "Agency", "leader_names": "Person"}, extra=own_names,
        columns=["role_text", "task", "deadline", "co_units_text", "doc_number", "doc_date", "doc_title"],
        column_config=tables.config(role_text=label("RESPONSIBLE_FOR"), task=t("ch_task"),
                                    deadline=t("ch_deadline"), co_units_text=t("ag_shares_with"),
                                    doc_number=t("evidence_number"), doc_date=t("date"),
                                    doc_title=t("evidence_doc")))
    pages.controls(len(duties))

elif shown == "partners":
    shared = data.frame("shared_duties", agency_id=agency_id)
    if shared.empty:
        st.caption(t("no_rows"))
    else:
        shared = tables.with_links(shared, "agency_id", "Agency")
        shared["pair"] = [nav.url(None, page="shared", a=agency_id, b=other, tab="pair")
                          for other in shared["agency_id"]]
        page, pages = tables.paged_frame(shared, "agency_page", reset_on=(agency_id, shown))
        tables.dataframe(page, column_order=["link", "shared", "this_lead", "this_support", "other_lead",
                                             "other_support", "pair"],
                         column_config=tables.config(shared=t("count"), this_lead=t("ag_this_lead"),
                                                     this_support=t("ag_this_support"), other_lead=t("ag_other_lead"),
                                                     other_support=t("ag_other_support"),
                                                     **tables.link_column("link", t("name")),
                                                     **tables.link_column("pair", t("sh_pair"), t("ag_see_tasks"))))
        pages.controls(len(shared))

elif shown == "posts":
    rows = [{"post": post["post"], "post_id": post["post_id"], "is_head": post.get("is_head"),
             "person": h.get("person"), "person_id": h.get("person_id"), "start": h.get("start"),
             "end": h.get("end"), "status": timeline.status_text(h.get("status"), h.get("start"), h.get("end")),
             "basis": label(h.get("basis")),
             "doc_id": h.get("doc_id"), "line": h.get("line")}
            for post in profile.get("posts", []) for h in (post.get("holders") or [{}])]
    posts = pd.DataFrame(rows)
    posts = tables.with_links(posts, "person_id", "Person", "person_link")
    page, pages = tables.paged_frame(posts, "agency_page", reset_on=(agency_id, shown))
    evidence.fact_table(page, "agency_posts", {"person": "Person", "post": "Post"}, extra=own_names,
                        columns=["post", "person_link", "start", "end", "status", "basis"],
                        column_config=tables.config(post=label("Post"), start=t("date"), end=t("col_end"),
                                                    status=t("col_status"), basis=t("col_basis"),
                                                    **tables.link_column("person_link", label("Person"))))
    pages.controls(len(posts))

elif shown == "overseers":
    overseers = pd.DataFrame(profile.get("overseers", []))
    overseers = tables.with_links(overseers, "person_id", "Person", "person_link")
    page, pages = tables.paged_frame(overseers, "agency_page", reset_on=(agency_id, shown))
    evidence.fact_table(page, "agency_overseers", {"person": "Person"}, extra=own_names,
                        columns=["person_link", "relation", "as_of", "doc_number", "doc_title"],
                        column_config=tables.config(relation=label("OVERSEES"), as_of=t("date"),
                                                    doc_number=t("evidence_number"), doc_title=t("evidence_doc"),
                                                    **tables.link_column("person_link", label("Person"))))
    pages.controls(len(overseers))

elif shown == "taskforces":
    taskforces = pd.DataFrame(profile.get("taskforces", []))
    taskforces = tables.with_links(taskforces, "taskforce_id", "TaskForce", "tf_link")
    page, pages = tables.paged_frame(taskforces, "agency_page", reset_on=(agency_id, shown))
    evidence.fact_table(page, "agency_taskforces", {"taskforce": "TaskForce", "head": "Person"},
                        extra=own_names, columns=["tf_link", "role", "head", "as_of", "doc_number"],
                        column_config=tables.config(as_of=t("date"), doc_number=t("evidence_number"),
                                                    **tables.link_column("tf_link", label("TaskForce"))))
    pages.controls(len(taskforces))

elif shown == "graph":
    sub = data.ego(agency_id, hops=1, max_nodes=120)
    if sub is not None:
        graphview.show(sub.graph, focus=agency_id, total=sub.total_nodes, truncated=sub.truncated, height=520)
    nav.link(agency_id, t("open_graph"), page="explorer")
