"""Search: suggestions while typing (the best hits; picking one opens its page), and one box across names,
aliases, tasks and 文号, ranked (exact, then prefix, then contained, then full-text), filtered by type, 20 hits a
page; each hit opens its page. ``?q=…&type=…&page=…`` in the URL."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import data, nav, tables, urlstate
from dashboard.i18n import label, t
from dashboard.suggest import suggest_box
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
    picked = suggest_box(suggestions, key="search_suggest", label=t("search_suggest"),
                         placeholder=t("search_suggest_placeholder"))
    if picked:
        node_label, _, node_id = str(picked).partition("|")
        st.switch_page(nav.page_for(node_label).file, query_params=nav.query(node_id))

TYPES = ["", *[lab for lab in load_schema().nodes if lab != "County"]]

st.title(t("page_search"))
suggestion_box()
urlstate.bind("search_text", "q", "")
urlstate.bind("search_type", "type", "", valid=lambda v: v in TYPES)
text = st.text_input(t("search_box"), placeholder=t("search_placeholder"), key="search_text",
                     help=t("search_all")).strip()
st.segmented_control(t("type"), TYPES, format_func=lambda v: label(v) if v else t("all_types"), key="search_type",
                     label_visibility="collapsed")
kind = st.session_state.get("search_type") or ""
urlstate.publish("search_text", "q", "")
urlstate.publish("search_type", "type", "")
if text:
    pages = tables.pager("search_page", size=PAGE_SIZE, reset_on=(text, kind))  # a new search: its first page
    with st.spinner(t("working")):
        hits = data.rows("find", text=text, label=kind, skip=pages.skip, limit=PAGE_SIZE)
        if not hits and pages.number > 1:  # a page past the last one (an old link): the first page
            pages = pages.restart()
            hits = data.rows("find", text=text, label=kind, skip=pages.skip, limit=PAGE_SIZE)
    total = int(hits[0]["total"]) if hits else 0
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
    pages.controls(total)
