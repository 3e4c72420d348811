"""Graph explorer: the network around any entity, N hops, filtered by node and relationship type, county and date;
coloured by type from the schema, sized by degree, capped with "showing N of M"."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from dashboard import data, evidence, graphview, nav, tables, timeline, urlstate
from dashboard.i18n import label, t
from dashboard.text import md
from graph_build.graph.schema import load_schema
from queries.subgraph import default_rel_types

schema = load_schema()

st.title(t("page_explorer"))
node_id = nav.picker("explorer_pick", None, "水利局")
if not node_id:
    st.info(t("ex_pick_first"))
    st.stop()
centre = nav.entity_or_warn(node_id)
if centre is None:
    st.stop()

overview = data.one("graph_overview") or {}
counties = [c["county"] for c in overview.get("counties") or [] if c.get("county")]
all_rels = list(schema.relationships)
all_labels = list(schema.nodes)
default_rels = list(default_rel_types(schema))
urlstate.bind("ex_hops", "hops", graphview.DEFAULT_HOPS, int, valid=urlstate.int_in(1, 3))
urlstate.bind("ex_labels", "labels", all_labels, urlstate.list_param, valid=lambda v: set(v) <= set(all_labels))
urlstate.bind("ex_rels", "rels", default_rels, urlstate.list_param, valid=lambda v: set(v) <= set(all_rels))
urlstate.bind("ex_county", "county", "", valid=lambda c: c == "" or c in counties)
urlstate.bind("ex_as_of", "as_of", None, dt.date.fromisoformat)
urlstate.bind("ex_max_nodes", "max", graphview.DEFAULT_MAX_NODES, int, valid=urlstate.int_in(25, 500))
with st.container(border=True):
    c1, c2, c3 = st.columns([1, 2, 2])
    hops = c1.slider(t("ex_hops"), 1, 3, key="ex_hops")
    labels = c2.multiselect(t("ex_labels"), all_labels, format_func=label, key="ex_labels")
    rels = c3.multiselect(t("ex_rels"), all_rels, format_func=lambda r: f"{label(r)} ({r})", key="ex_rels")
    c1, c2, c3 = st.columns([1, 1, 1])
    county = c1.selectbox(t("county"), ["", *counties], format_func=lambda c: c or t("all_counties"), key="ex_county")
    as_of = c2.date_input(t("ex_as_of"), key="ex_as_of", format="YYYY-MM-DD")
    max_nodes = c3.slider(t("ex_max_nodes"), 25, 500, step=25, key="ex_max_nodes")
urlstate.publish("ex_hops", "hops", graphview.DEFAULT_HOPS)
urlstate.publish("ex_labels", "labels", all_labels, urlstate.dump_list)
urlstate.publish("ex_rels", "rels", default_rels, urlstate.dump_list)
urlstate.publish("ex_county", "county", "")
urlstate.publish("ex_as_of", "as_of", None, lambda d: d.isoformat())
urlstate.publish("ex_max_nodes", "max", graphview.DEFAULT_MAX_NODES)

request = {"node_id": node_id, "hops": hops, "labels": labels if len(labels) < len(schema.nodes) else None,
           "rel_types": rels or None, "county": county or None,
           "as_of": as_of.isoformat() if isinstance(as_of, dt.date) else None, "max_nodes": max_nodes}
st.session_state["subgraph_request"] = request
with st.spinner(t("working")):
    sub = data.ego(**request)
if sub is None:
    st.stop()

st.subheader(md(f"{centre['name']} · {label(centre['label'])}"))
graphview.show(sub.graph, focus=node_id, total=sub.total_nodes, truncated=sub.truncated)
nav.link(node_id, t("page_export"), page="export", hops=str(hops))

if centre["label"] == "Post":
    with st.expander(t("ex_post_history"), expanded=True):
        history = tables.with_links(data.frame("post_history", post_id=node_id), "person_id", "Person",
                                    "person_link")
        if not history.empty:
            history["basis_text"] = history["basis"].map(label)
            history["status_text"] = [timeline.status_text(x, a, b) for x, a, b in
                                      zip(history["status"], history["start"], history["end"], strict=True)]
        page, pages = tables.paged_frame(history, "ex_history_page", param="history_page", reset_on=node_id)
        evidence.fact_table(page, "ex_post_history", {"person": "Person", "post": "Post"},
                            columns=["person_link", "basis_text", "start", "end", "status_text", "doc_number"],
                            column_config=tables.config(basis_text=t("col_basis"), start=t("date"), end=t("col_end"),
                                                        status_text=t("col_status"), doc_number=t("evidence_number"),
                                                        **tables.link_column("person_link", label("Person"))))
        pages.controls(len(history))

# A closed expander draws nothing: the node table is made when it is opened.
with st.expander(t("ex_nodes_table"), key="ex_nodes_box", on_change="rerun") as nodes_box:
    if nodes_box.open:
        degree = dict(sub.graph.degree())
        nodes = pd.DataFrame([{"id": n, "type": label(a.get("label")), "label": a.get("label"), "name": a.get("name"),
                               "degree": degree.get(n, 0)} for n, a in sub.graph.nodes(data=True)])
        if not nodes.empty:
            nodes["link"] = [nav.url(i, lab) for i, lab in zip(nodes["id"], nodes["label"], strict=True)]
            nodes = nodes.sort_values("degree", ascending=False)
        page, pages = tables.paged_frame(nodes, "ex_nodes_page", param="nodes_page", reset_on=repr(request))
        tables.table(page, column_order=["name", "type", "degree", "link", "id"],
                     column_config=tables.config(name=t("name"), type=t("type"), degree=t("count"),
                                                 **tables.link_column("link", t("open_page"), t("open_page"))))
        pages.controls(len(nodes))
