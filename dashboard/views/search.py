"""Search: suggestions while typing (the best hits; picking one opens its page), and one box across names,
aliases, tasks and 文号, ranked (exact, then prefix, then contained, then full-text), filtered by type, 20 hits a
page; each hit opens its page. ``?q=…&type=…&page=…`` in the URL."""

from __future__ import annotations

import pandas as pd
import streamlit as st
from streamlit_searchbox import st_searchbox

from dashboard import data, nav, tables, urlstate
from dashboard.i18n import label, t
from graph_build.graph.schema import load_schema

PAGE_SIZE = 20
SUGGESTIONS = 8


def suggestions(term: str) -> list[tuple[str, str]]:
    """The best hits for what is typed so far, as (what the list shows, ``label|id``)."""
    term = term.strip()
    if not term:
        return []
    hits = data.rows("find", text=term, label="", skip=0, limit=SUGGESTIONS)
    return [(" · ".join(str(v) for v in (h["name"], label(h["label"]), h.get("county")) if v),
             f"{h['label']}|{h['id']}") for h in hits]


@st.fragment
def suggestion_box() -> None:
    """Typing reruns only this box; picking a suggestion opens the entity's page."""
    picked = st_searchbox(suggestions, placeholder=t("search_suggest_placeholder"), label=t("search_suggest"),
                          key="search_suggest", rerun_scope="fragment", debounce=200)
    if picked:
        node_label, _, node_id = str(picked).partition("|")
        st.switch_page(nav.page_for(node_label).file, query_params=nav.query(node_id))

TYPES = ["", *[lab for lab in load_schema().nodes if lab != "County"]]

st.title(t("page_search"))
suggestion_box()
urlstate.bind("search_text", "q", "")
urlstate.bind("search_type", "type", "", valid=lambda v: v in TYPES)
urlstate.bind("search_page", "page", 1, int, valid=lambda v: isinstance(v, int) and v >= 1)
text = st.text_input(t("search_box"), placeholder=t("search_placeholder"), key="search_text",
                     help=t("search_all")).strip()
st.segmented_control(t("type"), TYPES, format_func=lambda v: label(v) if v else t("all_types"), key="search_type",
                     label_visibility="collapsed")
kind = st.session_state.get("search_type") or ""
urlstate.publish("search_text", "q", "")
urlstate.publish("search_type", "type", "")
if st.session_state.get("_search_last", (text, kind)) != (text, kind):
    st.session_state["search_page"] = 1  # a new search starts on its first page
st.session_state["_search_last"] = (text, kind)
if text:
    page = int(st.session_state.get("search_page") or 1)
    with st.spinner(t("working")):
        hits = data.rows("find", text=text, label=kind, skip=(page - 1) * PAGE_SIZE, limit=PAGE_SIZE)
    total = int(hits[0]["total"]) if hits else 0
    pages = max(1, -(-total // PAGE_SIZE))
    st.caption(t("search_hits", n=total))
    if hits:
        found = pd.DataFrame(hits)
        found["type"] = found["label"].map(label)
        found["link"] = [nav.url(i, lab) for i, lab in zip(found["id"], found["label"], strict=True)]
        found["match"] = found["rank"].map(lambda r: t(f"search_rank_{r}"))
        tables.table(found, column_order=["name", "type", "county", "doc_number", "match", "link"],
                     column_config=tables.config(name=t("name"), type=t("type"), county=t("county"),
                                                 doc_number=t("evidence_number"), match=t("search_match"),
                                                 **tables.link_column("link", t("open_page"), t("open_page"))))
        for hit in hits[:5]:  # the best hits as links too: one click, same tab
            nav.link(hit["id"], f"{hit['name']}" + (f" · {hit['county']}" if hit.get("county") else ""),
                     hit["label"], show_type=True)
    if page > pages:
        st.session_state["search_page"] = pages
    if pages > 1:
        st.number_input(t("search_page", n=pages), min_value=1, max_value=pages, step=1, key="search_page")
    urlstate.publish("search_page", "page", 1)
