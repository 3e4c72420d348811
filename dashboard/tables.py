"""Small helpers for tables: column titles, link columns that open an entity's page, lists of entity links."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd
import streamlit as st

from dashboard import nav
from dashboard.i18n import t

# The entity's name as the link text: the last part of its id (agency:稷山县:水利局 → 水利局).
LINK_TEXT = r"\?id=(?:[^:&]*:)*([^:&]+)(?:&|$)"


def config(**columns: Any) -> dict[str, Any]:
    """Column configs: a string is a column's title; a column config is kept as it is."""
    return {name: st.column_config.Column(value) if isinstance(value, str) else value
            for name, value in columns.items()}


def link_column(column: str, title: str, text: str | None = None) -> dict[str, Any]:
    """A column of page URLs (``nav.url``) shown as the entities' names (or ``text``), opening their page."""
    return {column: st.column_config.LinkColumn(title, display_text=text or LINK_TEXT)}


def with_links(df: pd.DataFrame, id_column: str, node_label: str | None, column: str = "link") -> pd.DataFrame:
    if not df.empty and id_column in df.columns:
        df = df.copy()
        df[column] = [nav.url(i, node_label) if isinstance(i, str) and i else None for i in df[id_column]]
    return df


def entity_links(rows: Iterable[dict[str, Any]], id_key: str, name_key: str, node_label: str,
                 limit: int = 30) -> None:
    """Links to the first ``limit`` entities of ``rows`` (a starting point when no entity is chosen)."""
    items = list(rows)[:limit]
    if not items:
        return
    cols = st.columns(3)
    for i, row in enumerate(items):
        with cols[i % 3]:
            nav.link(str(row[id_key]), str(row.get(name_key) or row[id_key]), node_label)


def table(df: pd.DataFrame, **kwargs: Any) -> None:
    """A read-only table, or "no results"."""
    if df is None or df.empty:
        st.caption(t("no_rows"))
        return
    st.dataframe(df.fillna(""), hide_index=True, **kwargs)  # a missing value shows as blank, not "None"
