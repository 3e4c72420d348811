"""Graph explorer: the network around any entity, N hops, filtered by node and relationship type, county and date;
coloured by type from the schema, sized by degree, capped with "showing N of M"."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from dashboard import data, evidence, graphview, nav, tables
from dashboard.i18n import label, t
from graph_build.graph.schema import load_schema

BOOKKEEPING = ("MENTIONED_IN", "IN_COUNTY")
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
with st.container(border=True):
    c1, c2, c3 = st.columns([1, 2, 2])
    asked = st.query_params.get("hops", "")
    hops = c1.slider(t("ex_hops"), 1, 3, int(asked) if asked in ("1", "2", "3") else graphview.DEFAULT_HOPS,
                     key="ex_hops")
    labels = c2.multiselect(t("ex_labels"), list(schema.nodes), default=list(schema.nodes), format_func=label,
                            key="ex_labels")
    rels = c3.multiselect(t("ex_rels"), all_rels, default=[r for r in all_rels if r not in BOOKKEEPING],
                          format_func=lambda r: f"{label(r)} ({r})", key="ex_rels")
    c1, c2, c3, c4 = st.columns([1, 1, 1, 1])
    county = c1.selectbox(t("county"), ["", *counties], format_func=lambda c: c or t("all_counties"), key="ex_county")
    use_date = c2.toggle(t("ex_use_date"), key="ex_use_date")
    as_of = c3.date_input(t("ex_as_of"), value=dt.date(2023, 12, 31), key="ex_as_of", disabled=not use_date)
    max_nodes = c4.slider(t("ex_max_nodes"), 25, 500, graphview.DEFAULT_MAX_NODES, step=25, key="ex_max_nodes")
st.query_params["hops"] = str(hops)

request = {"node_id": node_id, "hops": hops, "labels": labels if len(labels) < len(schema.nodes) else None,
           "rel_types": rels or None, "county": county or None,
           "as_of": as_of.isoformat() if use_date and isinstance(as_of, dt.date) else None, "max_nodes": max_nodes}
st.session_state["subgraph_request"] = request
sub = data.ego(**request)
if sub is None:
    st.stop()

st.subheader(f"{centre['name']} · {label(centre['label'])}")
graphview.show(sub.graph, focus=node_id, total=sub.total_nodes, truncated=sub.truncated)
nav.link(node_id, t("page_export"), page="export")

if centre["label"] == "Post":
    with st.expander(t("ex_post_history"), expanded=True):
        history = tables.with_links(data.frame("post_history", post_id=node_id), "person_id", "Person",
                                    "person_link")
        if not history.empty:
            history["basis_text"] = history["basis"].map(label)
            history["status_text"] = history["status"].map(label)
        evidence.fact_table(history, "ex_post_history", {"person": "Person", "post": "Post"},
                            columns=["person_link", "basis_text", "start", "end", "status_text", "doc_number"],
                            column_config=tables.config(basis_text=t("evidence_source"), start=t("date"),
                                                        status_text=label("HOLDS"), doc_number=t("evidence_number"),
                                                        **tables.link_column("person_link", label("Person"))))

with st.expander(t("ex_nodes_table")):
    degree = dict(sub.graph.degree())
    nodes = pd.DataFrame([{"id": n, "type": label(a.get("label")), "label": a.get("label"), "name": a.get("name"),
                           "degree": degree.get(n, 0)} for n, a in sub.graph.nodes(data=True)])
    if not nodes.empty:
        nodes["link"] = [nav.url(i, lab) for i, lab in zip(nodes["id"], nodes["label"], strict=True)]
        nodes = nodes.sort_values("degree", ascending=False)
    tables.table(nodes, column_order=["name", "type", "degree", "link", "id"],
                 column_config=tables.config(name=t("name"), type=t("type"), degree=t("count"),
                                             **tables.link_column("link", t("open_page"), t("open_page"))))
