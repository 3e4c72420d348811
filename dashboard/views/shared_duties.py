"""Shared duties: an agencies × agencies heatmap of shared tasks (select a cell, or a pair, to see the tasks), the
co-responsibility network with its communities, centrality, the top pairs, and how concentrated oversight is."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from dashboard import data, evidence, graphview, nav, tables
from dashboard.i18n import label, t

st.title(t("page_shared"))
overview = data.one("graph_overview") or {}
counties = [c["county"] for c in overview.get("counties") or [] if c.get("county")]
c1, c2, c3 = st.columns([1, 1, 1])
county = c1.selectbox(t("county"), ["", *counties], format_func=lambda c: c or t("all_counties"), key="sh_county")
top = c2.slider(t("sh_top"), 10, 50, 25, step=5, key="sh_top")
include_generic = c3.toggle(t("sh_include_generic"), key="sh_generic")
matrix = data.analytics_table("shared_duty_matrix", county=county or None, include_generic=include_generic, top=top)
if matrix is None or not matrix.ids:
    st.caption(t("no_rows"))
    st.stop()
ids = dict(zip(matrix.names, matrix.ids, strict=True))

tabs = st.tabs([t("sh_heatmap"), t("sh_network"), t("sh_top_pairs"), t("sh_oversight")])
with tabs[0]:
    cells = pd.DataFrame(matrix.long())
    pick = alt.selection_point(fields=["a", "b"], name="cell")
    heat = alt.Chart(cells).mark_rect().encode(
        x=alt.X("b:N", sort=list(matrix.names), title=None, axis=alt.Axis(labelAngle=-60, labelLimit=160)),
        y=alt.Y("a:N", sort=list(matrix.names), title=None, axis=alt.Axis(labelLimit=160)),
        color=alt.Color("shared:Q", scale=alt.Scale(scheme="blues"), title=t("count")),
        opacity=alt.condition(pick, alt.value(1.0), alt.value(0.55)),
        tooltip=["a", "b", "shared"],
    ).add_params(pick).properties(height=22 * len(matrix.names) + 120)
    event = st.altair_chart(heat, on_select="rerun", key="sh_heat", width="stretch")
    chosen = (getattr(event, "selection", None) or {}).get("cell") or []
    st.caption(t("sh_click"))
    p1, p2 = st.columns(2)
    a = p1.selectbox(t("sh_pick_pair"), list(matrix.names), index=None, key="sh_a")
    b = p2.selectbox(" ", [n for n in matrix.names if n != a], index=None, key="sh_b")
    if chosen and chosen[0].get("a") != chosen[0].get("b"):
        a, b = chosen[0]["a"], chosen[0]["b"]
    if a and b and a in ids and b in ids:
        st.subheader(t("sh_tasks", a=a, b=b))
        partner = next((r for r in data.rows("shared_duties", agency_id=ids[a], include_generic=True, limit=1000)
                        if r["agency_id"] == ids[b]), None)
        tasks = pd.DataFrame(partner["tasks"] if partner else [])
        if not tasks.empty:
            found = {r: data.entity(r) or {} for r in tasks["task_id"]}
            tasks["evidence"] = [(found[i].get("properties") or {}).get("evidence") for i in tasks["task_id"]]
            tasks["link"] = [nav.url(i, "Task") for i in tasks["task_id"]]
            tasks["this_role"] = tasks["this_role"].map(label)
            tasks["other_role"] = tasks["other_role"].map(label)
        evidence.fact_table(tasks, "sh_tasks", {}, extra={a: "Agency", b: "Agency"},
                            columns=["task", "this_role", "other_role", "link"],
                            column_config=tables.config(task=t("ch_task"), this_role=a, other_role=b,
                                                        **tables.link_column("link", t("page_chain"), t("open_page"))))

with tabs[1]:
    graph = data.co_responsibility(county or None, include_generic)
    communities = data.analytics_table("communities_table", county=county or None, include_generic=include_generic)
    if graph is not None and communities is not None:
        keep = set(matrix.ids)
        shown = graph.subgraph(keep).copy()
        for i, group in enumerate(communities):
            for member in group["member_ids"]:
                if member in shown:
                    shown.nodes[member]["color"] = graphview.PALETTE[i % len(graphview.PALETTE)]
                    shown.nodes[member]["community"] = group["community"]
        for node in shown:
            shown.nodes[node]["label"] = "Agency"
        graphview.show(shown, total=graph.number_of_nodes(), legend=False, height=560)
        st.subheader(t("sh_communities"))
        st.html(graphview.groups_html([(f"{group['community']} ({group['size']})", "、".join(group["members"]))
                                       for group in communities]))
        st.subheader(t("sh_centrality"))
        centrality = tables.with_links(pd.DataFrame(data.analytics_table(
            "centrality_table", county=county or None, include_generic=include_generic) or []), "id", "Agency")
        tables.table(centrality, column_order=["rank", "link", "county", "tasks", "lead_tasks", "partners",
                                               "weighted_degree", "betweenness"],
                     column_config=tables.config(**tables.link_column("link", label("Agency"))))

with tabs[2]:
    pairs = data.frame("top_shared_duty_pairs", county=county, include_generic=include_generic, limit=30)
    if not pairs.empty:
        pairs["examples"] = pairs["examples"].map(lambda xs: "；".join(xs or []))
    tables.table(pairs, column_order=["a", "b", "shared", "a_lead", "b_lead", "examples"])

with tabs[3]:
    oversight = tables.with_links(pd.DataFrame(data.analytics_table("oversight_concentration",
                                                                    county=county or None) or []), "id", "Person")
    tables.table(oversight, column_order=["rank", "link", "county", "agencies", "fields", "tasks", "relations",
                                          "documents"],
                 column_config=tables.config(**tables.link_column("link", label("Person"))))
