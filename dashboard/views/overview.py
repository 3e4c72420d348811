"""Overview: what is loaded, by county and date range; the busiest agencies and people; data-quality checks."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import data, tables
from dashboard.i18n import label, t

st.title(t("app_title"))
st.caption(t("ov_intro"))
overview = data.one("graph_overview")
if overview is None:
    st.stop()

nodes, rels = overview.get("nodes") or {}, overview.get("relationships") or {}
titles = (t("ov_nodes"), t("ov_rels"), t("ov_documents"), t("ov_first"), t("ov_last"))
for col, name, value in zip(st.columns([1, 1, 1, 1.6, 1.6]), titles,
                            (sum(nodes.values()), sum(rels.values()), overview.get("documents", 0),
                             overview.get("first_document_date") or "?", overview.get("last_document_date") or "?"),
                            strict=True):
    col.metric(name, value)

st.subheader(t("ov_loaded"))
counties = pd.DataFrame(overview.get("counties") or [])
tables.table(counties, column_order=["county", "documents", "first_date", "last_date", "agencies", "people", "posts",
                                     "taskforces", "fields", "tasks"],
             column_config=tables.config(county=t("county"), documents=t("ov_documents"),
                                         first_date=t("ov_first"), last_date=t("ov_last"),
                                         agencies=label("Agency"), people=label("Person"), posts=label("Post"),
                                         taskforces=label("TaskForce"), fields=label("Field"), tasks=label("Task")))
# A closed expander draws nothing (its tables are made when it is opened): the first view loads faster.
with st.expander(t("ov_types"), key="ov_types_box", on_change="rerun") as types_box:
    left, right = st.columns(2)
    for col, counts in ((left, nodes), (right, rels)) if types_box.open else ():
        with col:
            tables.dataframe(pd.DataFrame([{"type": label(k), "count": v}
                                           for k, v in sorted(counts.items(), key=lambda kv: -kv[1])]))

names = [c for c in counties["county"] if isinstance(c, str) and c] if "county" in counties.columns else []
county = st.columns(3)[0].selectbox(t("county"), ["", *names], format_func=lambda c: c or t("all_counties"),
                                    key="ov_county")
left, right = st.columns(2)
with left:
    st.subheader(t("ov_busiest_agencies"))
    agencies = tables.with_links(data.frame("busiest_agencies", county=county, limit=15), "id", "Agency")
    tables.table(agencies, column_order=["link", "county", "tasks", "lead", "support", "taskforces", "overseers"],
                 column_config=tables.config(county=t("county"), tasks=label("Task"), lead=label("lead"),
                                             support=label("support"), taskforces=label("TaskForce"),
                                             overseers=label("OVERSEES"),
                                             **tables.link_column("link", label("Agency"))))
with right:
    st.subheader(t("ov_busiest_people"))
    people = tables.with_links(data.frame("busiest_people", county=county, limit=15), "id", "Person")
    if not people.empty:
        people["posts_text"] = people["posts"].map(lambda posts: "、".join(posts or []))
    tables.table(people, column_order=["link", "score", "taskforces", "portfolios", "tasks", "posts_text"],
                 column_config=tables.config(score=t("count"), taskforces=label("TaskForce"),
                                             portfolios=label("OVERSEES"), tasks=label("Task"),
                                             posts_text=label("Post"), **tables.link_column("link", label("Person"))))

st.subheader(t("ov_quality"))
CHECKS = (
    ("facts_without_provenance", {}, "qc_provenance"),
    ("orphan_nodes", {}, "qc_orphans"),
    ("single_mention_agencies", {"county": county}, "qc_single"),
    ("tasks_without_lead", {"county": county}, "qc_unled"),
)
for name, params, title in CHECKS:
    found = data.frame(name, limit=100, **params)
    status = t("ov_check_ok") if found.empty else t("ov_check_bad", n=len(found) if len(found) < 100 else "100+")
    with st.expander(f"{'✅' if found.empty else '⚠️'} {t(title)} — {status}", key=f"ov_{name}_box",
                     on_change="rerun") as box:
        st.caption(t(f"{title}_help"))
        if box.open and not found.empty:
            shown = found.map(lambda v: "、".join(map(str, v)) if isinstance(v, list) else v).drop(
                columns=[c for c in ("similar", "units") if c in found.columns])
            # each check pages on its own: ?orphans_page=2
            page, pages = tables.paged_frame(shown, f"ov_{name}_page", param=f"{title.removeprefix('qc_')}_page",
                                             reset_on=county)
            tables.dataframe(page)
            pages.controls(len(shown))
