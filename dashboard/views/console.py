"""Cypher console for experts: read-only by construction (the plan is checked before anything runs, see
``dashboard.console``), with a row limit and a timeout. Messages that echo the statement are shown as text."""

from __future__ import annotations

import time

import pandas as pd
import streamlit as st

from dashboard import console, data
from dashboard.i18n import t

st.title(t("page_console"))
st.caption(t("co_intro"))
with st.expander(t("co_examples"), key="co_examples_box", on_change="rerun") as examples_box:
    for example in console.EXAMPLES if examples_box.open else ():  # highlighted only when shown
        st.code(example, language="cypher")
with st.form("cypher"):
    text = st.text_area(t("co_query"), value=console.EXAMPLES[0], height=140, key="cypher_text")
    left, right, _ = st.columns([1, 1, 3])
    limit = left.number_input(t("co_limit"), min_value=1, max_value=console.MAX_ROWS, value=200, step=50)
    timeout = right.number_input(t("co_timeout"), min_value=1, max_value=console.MAX_TIMEOUT, value=10)
    submitted = st.form_submit_button(t("co_run"), type="primary", key="cypher_run")

if submitted and text.strip():
    started = time.perf_counter()
    outcome = console.run_read(data.driver(), text, limit=int(limit), timeout=float(timeout),
                               database=data.database())
    ms = round((time.perf_counter() - started) * 1000)
    if outcome.refused:
        st.error(t("co_refused"))
        st.text(outcome.error)
    elif outcome.timed_out:
        st.error(t("co_timed_out", s=timeout))
    elif outcome.error:
        st.error(t("co_error"))
        st.text(outcome.error)
    else:
        st.caption(t("co_rows", n=len(outcome.rows), ms=ms))
        if outcome.truncated:
            st.warning(t("co_truncated", n=limit))
        st.dataframe(pd.DataFrame(outcome.rows, columns=outcome.keys), hide_index=True)
