"""An optional login: when GOVKG_DASHBOARD_PASSWORD is set, nothing is shown before the password is given."""

from __future__ import annotations

import hmac
import os

import streamlit as st

from dashboard.i18n import t

ENV = "GOVKG_DASHBOARD_PASSWORD"


def required_password() -> str | None:
    value = os.environ.get(ENV, "")
    return value or None


def check(given: str, expected: str) -> bool:
    """Compare in constant time."""
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def gate() -> bool:
    """True when the visitor may see the dashboard; otherwise shows the login form and returns False."""
    expected = required_password()
    if expected is None or st.session_state.get("authenticated"):
        return True
    st.title(t("login_title"))
    with st.form("login"):
        given = st.text_input(t("login_password"), type="password", key="login_password")
        submitted = st.form_submit_button(t("login_button"), key="login_submit")
    if submitted:
        if check(given, expected):
            st.session_state["authenticated"] = True
            st.session_state.pop("login_password", None)
            st.rerun()
        st.error(t("login_wrong"))
    return False


def logout_button() -> None:
    if required_password() is not None and st.session_state.get("authenticated") and st.sidebar.button(t("logout")):
        st.session_state["authenticated"] = False
        st.rerun()
