"""The pages, links between them, and the entity picker that every entity page shares.

An entity's page is chosen by its label (an agency opens the Agency page, a task the accountability chain, anything
else the graph explorer), and the entity travels in the URL as ``?id=…``, so every view can be shared.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import streamlit as st

from dashboard import data, i18n
from dashboard.i18n import label, t
from dashboard.sitemap import PAGES, PageSpec
from dashboard.text import md

BY_KEY = {p.key: p for p in PAGES}
_URL_UNSAFE = set("%&#?+= \"'<>")
PAGE_OF_LABEL = {"Agency": "agency", "Person": "person", "TaskForce": "taskforces", "Task": "chain"}


def page_for(node_label: str | None) -> PageSpec:
    return BY_KEY[PAGE_OF_LABEL.get(node_label or "", "explorer")]


def link(node_id: str, name: str, node_label: str | None = None, *, page: str | None = None,
         show_type: bool = False, **params: str) -> None:
    """A link that opens the entity's page (or ``page``) with ``?id=`` (and ``params``, and the language)."""
    spec = BY_KEY[page] if page else page_for(node_label)
    text = f"{name} · {label(node_label)}" if show_type and node_label else name
    st.page_link(spec.file, label=md(text), query_params=query(node_id, **params))


def query(node_id: str | None, **params: Any) -> dict[str, str]:
    """The query string of a link: the entity, ``params`` and the language when it is not the default."""
    out = {"id": node_id} if node_id else {}
    out.update({k: str(v) for k, v in params.items() if v not in (None, "")})
    if i18n.lang() != i18n.DEFAULT_LANG:
        out["lang"] = i18n.lang()
    return out


def url(node_id: str | None, node_label: str | None = None, *, page: str | None = None, **params: Any) -> str:
    """The relative URL of the entity's page (for link columns in tables), with ``params`` and the language."""
    spec = BY_KEY[page] if page else page_for(node_label)
    # Only what would break a query string is escaped: Chinese stays readable in the address bar.
    return f"{spec.url_path}?" + "&".join(f"{k}={_quote(v)}" for k, v in query(node_id, **params).items())


def _quote(value: str) -> str:
    return "".join(quote(c) if c in _URL_UNSAFE else c for c in value)


def current_id() -> str | None:
    value = st.query_params.get("id")
    return value or None


def set_id_from(key: str) -> None:
    """A widget callback: put the entity chosen in widget ``key`` into ``?id=``."""
    chosen = st.session_state.get(key)
    if chosen:
        st.query_params["id"] = chosen


def picker(key: str, labels: tuple[str, ...] | None, example: str) -> str | None:
    """The entity in ``?id=``, or one found with a search box (limited to ``labels``), which then goes in the URL."""
    # Closed (an entity is chosen), the expander draws nothing: its search box is made when it is opened.
    with st.expander(t("pick_entity"), expanded=current_id() is None, key=f"{key}_box", on_change="rerun") as box:
        text = st.text_input(t("pick_entity"), key=f"{key}_text", placeholder=t("pick_placeholder", example=example),
                             label_visibility="collapsed") if box.open else ""
        if text.strip():
            hits = [h for h in data.rows("search", text=text.strip(), limit=50) if not labels or h["label"] in labels]
            if hits:
                names = {h["id"]: _hit_text(h) for h in hits}
                st.selectbox(t("pick_choose"), list(names), index=None, format_func=names.__getitem__,
                        placeholder=t("choose_placeholder"),
                             key=f"{key}_choice", on_change=set_id_from, args=(f"{key}_choice",))
            else:
                st.caption(t("pick_none"))
    return current_id()


def _hit_text(hit: dict[str, Any]) -> str:
    county = f" · {hit['county']}" if hit.get("county") else ""
    return f"{hit['name']} · {label(hit['label'])}{county}"


def entity_or_warn(node_id: str, want: str | None = None) -> dict[str, Any] | None:
    """The entity ``node_id`` (checked to be a ``want``), or None after a message saying what is wrong."""
    found = data.entity(node_id)
    if found is None:
        st.warning(t("not_found", id=node_id))
        return None
    if want and found["label"] != want:
        st.warning(t("wrong_kind", id=node_id, kind=label(want)))
        link(node_id, found["name"], found["label"], show_type=True)
        return None
    return found


def search_select(key: str, labels: tuple[str, ...] | None, example: str, title: str,
                  exclude: str | None = None) -> str | None:
    """An entity chosen with a search box and a list of hits (limited to ``labels``), without touching the URL."""
    text = st.text_input(title, key=f"{key}_text", placeholder=t("pick_placeholder", example=example)).strip()
    hits = [h for h in data.rows("search", text=text, limit=50)
            if (not labels or h["label"] in labels) and h["id"] != exclude] if text else []
    names = {h["id"]: _hit_text(h) for h in hits}
    if text and not hits:
        st.caption(t("pick_none"))
    return st.selectbox(t("pick_choose"), list(names), index=None, format_func=names.__getitem__,
                        placeholder=t("choose_placeholder"),
                        key=f"{key}_choice") if names else None


def profile_or_stop(key: str, node_label: str, example: str, busiest: str, profile: str, param: str) -> dict[str, Any]:
    """The profile of the entity picked on an entity page, or stop the page (listing the busiest to pick from)."""
    from dashboard import tables  # tables imports this module

    node_id = picker(key, (node_label,), example)
    if not node_id:
        st.caption(t("id_param_help"))
        tables.entity_links(data.rows(busiest, limit=30), "id", "name", node_label)
        st.stop()
    if entity_or_warn(node_id, node_label) is None:
        st.stop()
    found = data.one(profile, **{param: node_id})
    if found is None:
        st.stop()
    return {**found, "id": found.get("id") or node_id}
