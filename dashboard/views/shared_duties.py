"""Shared duties: the tasks a pair of agencies share (filtered by keyword and year, with their sources), an
agencies × agencies heatmap (click a cell for its pair), the co-responsibility network with its communities and
centrality, the top pairs, and how concentrated oversight is. Filters, section and pair are in the URL
(``?county=…&top=…&tab=…&a=…&b=…``); only the chosen section is computed."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import data, evidence, graphview, nav, tables, urlstate
from dashboard.i18n import label, t
from dashboard.text import md

st.title(t("page_shared"))
overview = data.one("graph_overview") or {}
counties = [c["county"] for c in overview.get("counties") or [] if c.get("county")]
urlstate.bind("sh_county", "county", "", valid=lambda c: c == "" or c in counties)
urlstate.bind("sh_top", "top", 25, int, valid=urlstate.int_in(10, 80))
urlstate.bind("sh_generic", "generic", False, lambda v: v == "1")
c1, c2, c3 = st.columns([1, 1, 1])
county = c1.selectbox(t("county"), ["", *counties], format_func=lambda c: c or t("all_counties"), key="sh_county")
top = c2.slider(t("sh_top"), 10, 80, step=5, key="sh_top")
include_generic = c3.toggle(t("sh_include_generic"), key="sh_generic")
urlstate.publish("sh_county", "county", "")
urlstate.publish("sh_top", "top", 25)
urlstate.publish("sh_generic", "generic", False, lambda v: "1")

SECTIONS = {"pair": "sh_pair", "heatmap": "sh_heatmap", "network": "sh_network", "pairs": "sh_top_pairs",
            "oversight": "sh_oversight"}
shown = urlstate.section("sh_section", list(SECTIONS), lambda s: t(SECTIONS[s]))


def agency_picker(key: str, param: str, title: str, exclude: str | None = None) -> str | None:
    """An agency from ``?param=`` or found with a search box (then put in the URL)."""
    chosen = st.query_params.get(param) or None
    found = data.entity(chosen) if chosen else None
    if found and found["label"] == "Agency":
        st.markdown(f"**{md(title)}**")
        nav.link(found["id"], found["name"], "Agency")
        if st.button(t("sh_change"), key=f"{key}_clear", type="tertiary"):
            del st.query_params[param]
            st.rerun()
        return str(found["id"])
    picked = nav.search_select(key, ("Agency",), "水利局", title, exclude=exclude)
    if picked:
        st.query_params[param] = picked
        st.rerun()
    return None


def pair_view(a_id: str, b_id: str) -> None:
    names = {i: (data.entity(i) or {}).get("name", i) for i in (a_id, b_id)}
    a, b = names[a_id], names[b_id]
    st.subheader(t("sh_tasks", a=a, b=b))
    urlstate.bind("sh_keyword", "q", "")
    years = (2000, 2035)
    urlstate.bind("sh_years", "years", years,
                  lambda v: tuple(int(x) for x in v.split("-", 1)),  # type: ignore[arg-type]
                  valid=lambda v: isinstance(v, tuple) and len(v) == 2 and years[0] <= v[0] <= v[1] <= years[1])
    f1, f2 = st.columns([1, 1])
    keyword = f1.text_input(t("sh_keyword"), key="sh_keyword", placeholder=t("sh_keyword_hint")).strip()
    year_from, year_to = f2.slider(t("sh_years"), years[0], years[1], key="sh_years")
    urlstate.publish("sh_keyword", "q", "")
    urlstate.publish("sh_years", "years", years, lambda v: f"{v[0]}-{v[1]}")
    asked = {"a_id": a_id, "b_id": b_id, "keyword": keyword, "year_from": 0 if year_from == years[0] else year_from,
             "year_to": 0 if year_to == years[1] else year_to}
    pages = tables.pager("sh_page", reset_on=tuple(asked.values()))  # new filters: their first page
    with st.spinner(t("working")):
        found = data.frame("shared_tasks", **asked, skip=pages.skip, limit=pages.size)
        if found.empty and pages.number > 1:  # a page past the last one (an old link): the first page
            pages = pages.restart()
            found = data.frame("shared_tasks", **asked, skip=pages.skip, limit=pages.size)
    total = int(found["total"].iloc[0]) if not found.empty else 0
    st.caption(t("sh_task_count", n=total))
    if not found.empty:
        found["link"] = [nav.url(i, "Task") for i in found["task_id"]]
        found["a_role"] = found["a_role"].map(label)
        found["b_role"] = found["b_role"].map(label)
    evidence.fact_table(found, "sh_tasks", {}, extra={a: "Agency", b: "Agency"},
                        columns=["task", "a_role", "b_role", "doc_number", "doc_date", "link"],
                        column_config=tables.config(task=t("ch_task"), a_role=a, b_role=b,
                                                    doc_number=t("evidence_number"), doc_date=t("date"),
                                                    **tables.link_column("link", t("page_chain"), t("open_page"))))
    pages.controls(total)


if shown == "pair":
    left, right = st.columns(2)
    with left:
        a_id = agency_picker("sh_pick_a", "a", t("sh_agency_a"))
    with right:
        b_id = agency_picker("sh_pick_b", "b", t("sh_agency_b"), exclude=a_id)
    if a_id and b_id:
        pair_view(a_id, b_id)
    else:
        st.caption(t("sh_pair_hint"))
    st.stop()

with st.spinner(t("working")):
    matrix = data.analytics_table("shared_duty_matrix", county=county or None, include_generic=include_generic,
                                  top=top)
if matrix is None or not matrix.ids:
    st.caption(t("no_rows"))
    st.stop()
ids = dict(zip(matrix.names, matrix.ids, strict=True))

if shown == "heatmap":
    import altair as alt  # only the heatmap needs it

    cells = pd.DataFrame(matrix.long())
    pick = alt.selection_point(fields=["a", "b"], name="cell")
    axis = {"labelLimit": 160, "labelOverlap": False, "labelFontSize": 10}
    heat = alt.Chart(cells).mark_rect().encode(
        x=alt.X("b:N", sort=list(matrix.names), title=None, axis=alt.Axis(labelAngle=-60, **axis)),
        y=alt.Y("a:N", sort=list(matrix.names), title=None, axis=alt.Axis(**axis)),
        color=alt.Color("shared:Q", scale=alt.Scale(scheme="blues"), title=t("count")),
        opacity=alt.condition(pick, alt.value(1.0), alt.value(0.55)),
        tooltip=[alt.Tooltip("a:N", title=label("Agency")), alt.Tooltip("b:N", title=label("Agency")),
                 alt.Tooltip("shared:Q", title=t("count"))],
    ).add_params(pick).properties(height=14 * len(matrix.names) + 140, width=14 * len(matrix.names) + 180)
    st.caption(t("sh_click"))
    event = st.altair_chart(heat, on_select="rerun", key="sh_heat")
    chosen = (getattr(event, "selection", None) or {}).get("cell") or []
    if chosen and chosen[0].get("a") != chosen[0].get("b") and chosen[0].get("a") in ids and chosen[0].get("b") in ids:
        st.query_params.update(a=ids[chosen[0]["a"]], b=ids[chosen[0]["b"]], tab="pair")
        st.rerun()

elif shown == "network":
    with st.spinner(t("working")):
        graph = data.co_responsibility(county or None, include_generic)
        communities = data.analytics_table("communities_table", county=county or None,
                                           include_generic=include_generic)
    if graph is not None and communities is not None:
        keep = set(matrix.ids)
        net = graph.subgraph(keep).copy()
        for i, group in enumerate(communities):
            for member in group["member_ids"]:
                if member in net:
                    net.nodes[member]["color"] = graphview.PALETTE[i % len(graphview.PALETTE)]
                    net.nodes[member]["community"] = group["community"]
        for node in net:
            net.nodes[node]["label"] = "Agency"
        graphview.show(net, total=graph.number_of_nodes(), legend=False, height=560)
        st.subheader(t("sh_communities"))
        st.html(graphview.groups_html([(f"{group['community']} ({group['size']})", "、".join(group["members"]))
                                       for group in communities]))
        st.subheader(t("sh_centrality"))
        centrality = tables.with_links(pd.DataFrame(data.analytics_table(
            "centrality_table", county=county or None, include_generic=include_generic) or []), "id", "Agency")
        page, pages = tables.paged_frame(centrality, "sh_page", reset_on=(shown, county, include_generic))
        tables.table(page, column_order=["rank", "link", "county", "tasks", "lead_tasks", "partners",
                                         "weighted_degree", "betweenness"],
                     column_config=tables.config(rank=t("rank"), county=t("county"), tasks=label("Task"),
                                                 lead_tasks=label("lead"), partners=t("sh_partners"),
                                                 weighted_degree=t("sh_weighted_degree"),
                                                 betweenness=t("sh_betweenness"),
                                                 **tables.link_column("link", label("Agency"))))
        pages.controls(len(centrality))

elif shown == "pairs":
    pairs = data.frame("top_shared_duty_pairs", county=county, include_generic=include_generic, limit=30)
    if not pairs.empty:
        pairs["examples"] = pairs["examples"].map(lambda xs: "；".join(xs or []))
        pairs["link"] = [nav.url(None, page="shared", a=a, b=b, tab="pair") for a, b in
                         zip(pairs["a_id"], pairs["b_id"], strict=True)]
    tables.table(pairs, column_order=["a", "b", "shared", "a_lead", "b_lead", "examples", "link"],
                 column_config=tables.config(a=label("Agency"), b=label("Agency"), shared=t("count"),
                                             a_lead=label("lead"), b_lead=label("lead"), examples=label("Task"),
                                             **tables.link_column("link", t("sh_pair"), t("open_page"))))

elif shown == "oversight":
    oversight = tables.with_links(pd.DataFrame(data.analytics_table("oversight_concentration",
                                                                    county=county or None) or []), "id", "Person")
    page, pages = tables.paged_frame(oversight, "sh_page", reset_on=(shown, county))
    tables.table(page, column_order=["rank", "link", "county", "agencies", "fields", "tasks", "relations",
                                     "documents"],
                 column_config=tables.config(rank=t("rank"), county=t("county"), agencies=label("Agency"),
                                             fields=label("Field"), tasks=label("Task"),
                                             relations=label("OVERSEES"), documents=t("ov_documents"),
                                             **tables.link_column("link", label("Person"))))
    pages.controls(len(oversight))
