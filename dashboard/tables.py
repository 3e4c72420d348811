"""Small helpers for tables: column titles, link columns that open an entity's page, lists of entity links, and
the one pager for long lists (``pager()``: the page number is in the URL, ``?page=2``)."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

import pandas as pd
import streamlit as st

from dashboard import nav, urlstate
from dashboard.i18n import column_label, t

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


def headers(columns: Iterable[str], given: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Column configs for the ``columns`` shown: the ``given`` ones as they are, every other column titled in the
    session's language (``i18n.column_label``), so no table shows a raw key."""
    out = dict(given or {})
    for name in columns:
        if name not in out:
            out[name] = st.column_config.Column(column_label(str(name)))
    return out


def dataframe(df: pd.DataFrame, *, column_order: Iterable[str] | None = None,
              column_config: Mapping[str, Any] | None = None, **kwargs: Any) -> Any:
    """``st.dataframe`` as every table of the dashboard draws it: no index, every shown column titled in the
    session's language, a missing value blank (``placeholder``: the frame's dtypes stay as they are, a number
    column with gaps stays a number column)."""
    shown = [c for c in column_order if c in df.columns] if column_order is not None else list(df.columns)
    return st.dataframe(df, hide_index=True, column_order=shown, column_config=headers(shown, column_config),
                        placeholder="", **kwargs)


def table(df: pd.DataFrame, **kwargs: Any) -> None:
    """A read-only table, or "no results"."""
    if df is None or df.empty:
        st.caption(t("no_rows"))
        return
    dataframe(df, **kwargs)


PAGE_SIZE = 50  # rows of a long table on one page


def page_count(total: int, size: int = PAGE_SIZE) -> int:
    """Pages of ``size`` rows that ``total`` rows take (at least one)."""
    return max(1, -(-max(total, 0) // size))


@dataclass(frozen=True)
class Pager:
    """Page ``number`` (from 1) of a long list shown ``size`` rows at a time; widget ``key`` holds the number, and
    ``?param=`` in the URL carries it (absent on the first page)."""

    key: str
    param: str
    size: int
    number: int

    @property
    def skip(self) -> int:
        """Rows before this page (a named query's ``skip``)."""
        return (self.number - 1) * self.size

    def restart(self) -> Pager:
        """The first page (for a page past the last one, as an old link may ask for, when the total is not known
        up front)."""
        st.session_state[self.key] = 1
        return replace(self, number=1)

    def rows(self, df: pd.DataFrame) -> pd.DataFrame:
        """This page's rows of ``df``, numbered from 0 (so a selected row is found by its position)."""
        return df.iloc[self.skip:self.skip + self.size].reset_index(drop=True)

    def controls(self, total: int) -> None:
        """Below the list: which rows of how many are shown and the page number, when there is more than one page;
        then the page number goes into the URL."""
        pages = page_count(total, self.size)
        if pages > 1:
            if int(st.session_state.get(self.key) or 1) > pages:
                st.session_state[self.key] = pages
            st.caption(t("page_rows", first=self.skip + 1, last=min(total, self.skip + self.size), n=total))
            st.number_input(t("page_number", n=pages), min_value=1, max_value=pages, step=1, key=self.key)
        else:
            st.session_state[self.key] = 1
        urlstate.publish(self.key, self.param, 1)


def pager(key: str, total: int | None = None, *, param: str = "page", size: int = PAGE_SIZE,
          reset_on: Hashable = None) -> Pager:
    """The page of a long list to show: ``?param=`` when a link was opened, else the session's; back to the first
    page when ``reset_on`` (the list's entity, filters, section …) changed since the last run; kept within the
    pages of ``total`` rows when that is known up front. Draw the page's rows, then ``Pager.controls(total)``."""
    urlstate.bind(key, param, 1, int, valid=lambda v: isinstance(v, int) and v >= 1)
    last = f"_pager_on_{key}"
    if last in st.session_state and st.session_state[last] != reset_on:
        st.session_state[key] = 1
    st.session_state[last] = reset_on
    number = int(st.session_state.get(key) or 1)
    if total is not None and number > page_count(total, size):
        number = page_count(total, size)
        st.session_state[key] = number
    return Pager(key, param, size, number)


def paged_frame(df: pd.DataFrame, key: str, *, param: str = "page", size: int = PAGE_SIZE,
                reset_on: Hashable = None) -> tuple[pd.DataFrame, Pager]:
    """This page's rows of ``df`` and its pager (call ``controls(len(df))`` after drawing them)."""
    found = pager(key, len(df), param=param, size=size, reset_on=reset_on)
    return found.rows(df), found
