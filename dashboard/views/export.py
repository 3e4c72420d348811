"""Export: the current subgraph (the graph explorer's, or the one around ``?id=``) or a named query's result, as
GraphML, GEXF, node-link JSON, CSV (neo4j-admin), Cypher or Popolo; query rows also as CSV and JSON."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from dashboard import data, exports, graphview, nav, tables, urlstate
from dashboard.i18n import choice_label, param_help, param_label, query_description, query_title, t
from dashboard.text import md
from queries.registry import Param, all_queries

st.title(t("page_export"))
SECTIONS = {"subgraph": "exp_subgraph", "county": "exp_county", "query": "exp_query"}
shown = urlstate.section("exp_section", list(SECTIONS), lambda s: t(SECTIONS[s]))


def download_buttons(items: list[exports.Download], key: str) -> None:
    cols = st.columns(len(items))
    for col, item in zip(cols, items, strict=True):
        col.download_button(t("exp_download", fmt=item.label), item.data, file_name=item.file_name, mime=item.mime,
                            key=f"{key}_{item.file_name}", on_click="ignore", icon=":material/download:")


def documents_of(g: Any) -> Any:
    from queries.export import cited_documents, fetch_documents

    driver, database = data.driver(), data.database()
    return lambda: fetch_documents(driver, sorted(cited_documents(g)), database)


if shown == "subgraph":
    request = dict(st.session_state.get("subgraph_request") or {})
    node_id = st.query_params.get("id") or request.get("node_id")
    if node_id and node_id != request.get("node_id"):
        request = {"node_id": node_id, "max_nodes": graphview.DEFAULT_MAX_NODES}
    asked = st.query_params.get("hops")
    if asked in ("1", "2", "3"):  # the URL says how many hops: /export?id=…&hops=2 is the 2-hop network
        request["hops"] = int(asked)
    request.setdefault("hops", graphview.DEFAULT_HOPS)
    if not node_id:
        st.info(t("exp_no_subgraph"))
        nav.link("", t("page_explorer"), page="explorer")
    else:
        with st.spinner(t("working")):
            sub = data.ego(**request)
        if sub is not None:
            st.markdown(f"**{md(node_id)}** · {t('ex_hops')} {request['hops']} · "
                        f"{t('showing_n_of_m', n=sub.shown_nodes, m=sub.total_nodes)} · "
                        f"{sub.graph.number_of_edges()} {t('ov_rels')}")
            stem = exports.safe_stem(f"{node_id}-{request['hops']}hops")
            download_buttons(exports.graph_downloads(sub.graph, stem, documents_of(sub.graph)), "sub")

elif shown == "county":
    overview = data.one("graph_overview") or {}
    counties = [c["county"] for c in overview.get("counties") or [] if c.get("county")]
    urlstate.bind("exp_county", "county", "", valid=lambda c: c == "" or c in counties)
    county = st.selectbox(t("county"), ["", *counties], format_func=lambda c: c or t("exp_whole_graph"),
                          key="exp_county")
    urlstate.publish("exp_county", "county", "")
    with st.spinner(t("working")):
        whole = data.scope(county or None)
    if whole is not None:
        st.markdown(f"**{md(county or t('exp_whole_graph'))}** · {whole.graph.number_of_nodes()} "
                    f"{t('ov_nodes')} · {whole.graph.number_of_edges()} {t('ov_rels')}")
        stem = exports.safe_stem(f"govkg-{county or 'all'}")
        download_buttons(exports.graph_downloads(whole.graph, stem, documents_of(whole.graph)), "scope")


def param_input(query_name: str, p: Param) -> Any:
    key = f"exp_{query_name}_{p.name}"
    title, help_text = param_label(p.name), param_help(query_name, p.name, p.description)
    if p.choices:
        default = p.choices.index(p.default) if not p.required and p.default in p.choices else 0
        return st.selectbox(title, p.choices, index=default, key=key, help=help_text, format_func=choice_label)
    if p.type == "bool":
        return st.checkbox(title, value=bool(p.default) if not p.required else False, key=key, help=help_text)
    if p.type == "int":
        return int(st.number_input(title, min_value=0, value=int(p.default) if not p.required else 20, key=key,
                                   help=help_text))
    value = st.text_input(title, value="" if p.required else str(p.default), key=key, help=help_text)
    return value if value or not p.required else None


if shown == "query":
    queries = {q.name: q for q in all_queries()}
    name = st.selectbox(t("exp_query_pick"), list(queries), key="exp_query",
                        format_func=lambda n: f"{n} — {query_title(n, queries[n].title)}",
                        index=list(queries).index("busiest_agencies") if "busiest_agencies" in queries else 0)
    query = queries[name]
    st.caption(md(query_description(name, query.description)))
    with st.form(f"exp_form_{name}"):
        params = {p.name: param_input(name, p) for p in query.params}
        submitted = st.form_submit_button(t("exp_run"), type="primary", key="exp_run")
    if submitted:
        st.session_state["exp_ran"] = (name, params)
    ran = st.session_state.get("exp_ran")
    if ran and ran[0] == name:
        rows = data.rows(name, **{k: v for k, v in ran[1].items() if v not in (None, "")} if query.params else {})
        st.caption(t("exp_rows", n=len(rows)))
        if rows:
            tables.dataframe(pd.DataFrame([{k: exports.cell(v) for k, v in r.items()} for r in rows]))
            stem = exports.safe_stem(name)
            download_buttons([exports.Download("CSV", f"{stem}.csv", "text/csv", lambda: exports.rows_csv(rows)),
                              exports.Download("JSON", f"{stem}.json", "application/json",
                                               lambda: exports.rows_json(rows))], "rows")
            sub = data.ids_subgraph(rows)
            if sub is not None and sub.graph.number_of_nodes():
                st.caption(t("showing_n_of_m", n=sub.shown_nodes, m=sub.total_nodes))
                download_buttons(exports.graph_downloads(sub.graph, f"{stem}-graph", documents_of(sub.graph)), "qg")
