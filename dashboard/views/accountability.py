"""Accountability chain: pick or search a task; lead → support → heads → overseeing leaders, as a graph and a
table with the source of every link."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import chain, data, evidence, graphview, nav, tables
from dashboard.i18n import label, t
from dashboard.text import md

st.title(t("page_chain"))
st.caption(t("ch_hint"))
task_id = nav.current_id()
with st.expander(t("ch_pick"), expanded=task_id is None, key="chain_pick_box", on_change="rerun") as pick_box:
    keyword = (st.text_input(t("ch_pick"), key="chain_keyword", placeholder=t("pick_placeholder", example="河长制"),
                             label_visibility="collapsed") if pick_box.open else "").strip()
    if keyword:
        found = data.rows("accountability_chain", keyword=keyword, limit=30)
        if found:
            names = {row["task_id"]: f"{row['task']} · {row.get('doc_number') or ''}" for row in found}
            st.selectbox(t("pick_choose"), list(names), index=None, format_func=names.__getitem__,
                        placeholder=t("choose_placeholder"),
                         key="chain_choice", on_change=nav.set_id_from, args=("chain_choice",))
        else:
            st.caption(t("pick_none"))


def paths_view() -> None:
    """Shortest accountability paths between two entities, each found with a search box."""
    left, right = st.columns(2)
    with left:
        start = nav.search_select("path_from", None, "南选智", t("ch_from"))
    with right:
        end = nav.search_select("path_to", None, "水利局", t("ch_to"), exclude=start)
    if start and end:
        paths = data.rows("shortest_paths", from_id=start, to_id=end)
        if not paths:
            st.caption(t("no_rows"))
        else:
            st.text("\n".join(found["path"] for found in paths))
            graphview.show(chain.paths_graph(paths), focus=start, height=420)
            steps = pd.DataFrame([rel for found in paths for rel in found["relationships"]]).drop_duplicates(
                subset=["type", "from", "to", "doc_id", "line"])
            names = {n["id"]: n["name"] for found in paths for n in found["nodes"]}
            steps["from_name"] = steps["from"].map(names)
            steps["to_name"] = steps["to"].map(names)
            steps["type_text"] = steps["type"].map(label)
            evidence.fact_table(steps, "path_steps", {"from_name": "Agency", "to_name": "Agency"},
                                columns=["from_name", "type_text", "to_name", "doc_number"],
                                column_config=tables.config(from_name=t("ch_from"), to_name=t("ch_to"),
                                                            type_text=t("type"), doc_number=t("evidence_number")))


# A closed expander draws nothing: its search boxes are made when it is opened.
with st.expander(t("ch_paths"), key="ch_paths_box", on_change="rerun") as paths_box:
    if paths_box.open:
        paths_view()

if not task_id:
    st.subheader(t("ch_tasks_without_lead"))
    orphans = tables.with_links(data.frame("tasks_without_lead", limit=50), "task_id", "Task")
    tables.table(orphans, column_order=[c for c in ("link", "task", "units", "doc_number") if c in orphans.columns],
                 column_config=tables.config(task=t("ch_task"), **tables.link_column("link", t("open_page"))))
    st.stop()
if nav.entity_or_warn(task_id, "Task") is None:
    st.stop()
row = data.one("accountability_chain", task_id=task_id)
if row is None:
    st.stop()

st.header(md(row["task"]))
st.markdown(md(row.get("text") or ""))
meta = [f"{t('ch_deadline')}: {row['deadline']}" if row.get("deadline") else "",
        " · ".join(str(x) for x in (row.get("doc_number"), row.get("doc_date"), row.get("doc_title")) if x)]
st.caption(md(" — ".join(m for m in meta if m)))
graphview.show(chain.graph(row), focus=task_id, height=460)

st.subheader(t("ch_table"))
links = tables.with_links(tables.with_links(chain.table(row), "agency_id", "Agency", "agency_link"), "person_id",
                          "Person", "person_link")
evidence.fact_table(links, "chain_links", {"agency": "Agency", "person": "Person", "detail": "Post"},
                    extra={row["task"]: "Task"},
                    columns=["tier", "agency_link", "person_link", "detail", "doc_number"],
                    column_config=tables.config(tier=t("type"), detail=label("Post"), doc_number=t("evidence_number"),
                                                **tables.link_column("agency_link", label("Agency")),
                                                **tables.link_column("person_link", label("Person"))))
if not pd.isna(row.get("evidence")) and row.get("evidence"):
    with st.expander(t("evidence")):
        evidence.show(row, {**{u["agency"]: "Agency" for u in row.get("units") or []}})
