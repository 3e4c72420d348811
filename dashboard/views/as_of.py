"""As of a date: move the date and see who held which posts, the task forces' rosters and the 分管 assignments
on that day, in one county. ``?county=…&date=YYYY-MM-DD`` makes the view shareable."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from dashboard import data, evidence, tables, timeline, urlstate
from dashboard.i18n import label, t
from dashboard.timeline import to_date

st.title(t("page_as_of"))
st.caption(t("asof_hint"))
overview = data.one("graph_overview") or {}
counties = [c for c in overview.get("counties") or [] if c.get("county")]
if not counties:
    st.stop()
names = [c["county"] for c in counties]
asked = st.query_params.get("county")
county = st.selectbox(t("county"), names, index=names.index(asked) if asked in names else 0, key="asof_county")
info = next(c for c in counties if c["county"] == county)
first = to_date(info.get("first_date") or overview.get("first_document_date"))
last = to_date(info.get("last_date") or overview.get("last_document_date"))
low = first.date() if first is not None else dt.date(2020, 1, 1)
high = max(last.date() if last is not None else dt.date.today(), low + dt.timedelta(days=1))
wanted = to_date(st.query_params.get("date"))
start = min(max(wanted.date(), low), high) if wanted is not None else high
day = st.slider(t("asof_date"), min_value=low, max_value=high, value=start, format="YYYY-MM-DD", key="asof_day")
st.query_params["county"] = county
st.query_params["date"] = day.isoformat()

SECTIONS = {"posts": "asof_posts", "rosters": "asof_rosters", "oversight": "asof_oversight"}
QUERIES = {"posts": "posts_on_date", "rosters": "rosters_on_date", "oversight": "oversight_on_date"}
shown = urlstate.section("asof_section", list(SECTIONS), lambda s: t(SECTIONS[s]))
with st.spinner(t("working")):
    found = pd.DataFrame(data.rows(QUERIES[shown], county=county, date=day.isoformat()))
st.caption(t("asof_count", n=len(found), day=timeline.day_text(day.isoformat())))
pages = tables.pager("asof_page", len(found), reset_on=(county, day, shown))
if shown == "posts":
    posts = found
    if not posts.empty:
        posts = tables.with_links(posts, "person_id", "Person", "person_link")
        posts["status_text"] = [timeline.status_text(x, start, end) for x, start, end in
                                zip(posts["status"], posts["start"], posts["end"], strict=True)]
        posts["basis_text"] = posts["basis"].map(label)
    evidence.fact_table(pages.rows(posts), "asof_posts", {"person": "Person", "post": "Post", "agency": "Agency"},
                        columns=["agency", "post", "person_link", "start", "doc_number", "since", "status_text",
                                 "basis_text"],
                        column_config=tables.config(agency=label("Agency"), post=label("Post"), start=t("date"),
                                                    since=t("asof_since"),
                                                    status_text=t("col_status"), basis_text=t("col_basis"),
                                                    doc_number=t("evidence_number"),
                                                    **tables.link_column("person_link", label("Person"))))
elif shown == "rosters":
    rosters = found
    if not rosters.empty:
        rosters = tables.with_links(rosters, "taskforce_id", "TaskForce", "tf_link")
        rosters["member_type"] = rosters["member_label"].map(label)
    evidence.fact_table(pages.rows(rosters), "asof_rosters",
                        {"member": "Person", "taskforce": "TaskForce", "titles": "Post"},
                        columns=["tf_link", "role", "member", "member_type", "head", "as_of", "doc_number"],
                        column_config=tables.config(member=t("name"), member_type=t("type"), as_of=t("date"),
                                                    doc_number=t("evidence_number"),
                                                    **tables.link_column("tf_link", label("TaskForce"))))
elif shown == "oversight":
    oversight = found
    if not oversight.empty:
        oversight = tables.with_links(oversight, "person_id", "Person", "person_link")
        oversight["target_type"] = oversight["target_label"].map(label)
    evidence.fact_table(pages.rows(oversight), "asof_oversight",
                        {"person": "Person", "target": "@target_label", "aliases": "Agency"},
                        columns=["person_link", "relation", "target", "target_type", "as_of", "doc_number"],
                        column_config=tables.config(relation=label("OVERSEES"), target=t("name"),
                                                    target_type=t("type"), as_of=t("date"),
                                                    doc_number=t("evidence_number"),
                                                    **tables.link_column("person_link", label("Person"))))
pages.controls(len(found))
