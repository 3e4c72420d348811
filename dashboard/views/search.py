"""Search: one box, Chinese full-text search; results grouped by type, each opening its page."""

from __future__ import annotations

import streamlit as st

from dashboard import data, nav
from dashboard.i18n import label, t
from graph_build.graph.schema import load_schema

st.title(t("page_search"))
text = st.text_input(t("search_box"), value=st.query_params.get("q", ""), placeholder=t("search_placeholder"),
                     key="search_text")
text = text.strip()
if text:
    st.query_params["q"] = text
    hits = data.rows("search", text=text, limit=100)
    st.caption(t("search_hits", n=len(hits)))
    groups: dict[str, list[dict]] = {}
    for hit in hits:
        groups.setdefault(hit["label"], []).append(hit)
    order = [lab for lab in load_schema().nodes if lab in groups] + [lab for lab in groups if lab not in
                                                                      load_schema().nodes]
    columns = st.columns(2)
    for i, lab in enumerate(order):
        with columns[i % 2], st.container(border=True):
            st.subheader(f"{label(lab)} ({len(groups[lab])})")
            for hit in groups[lab]:
                county = f" · {hit['county']}" if hit.get("county") and lab != "County" else ""
                nav.link(hit["id"], f"{hit['name']}{county}", lab)
