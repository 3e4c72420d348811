"""An optional login: when GOVKG_DASHBOARD_PASSWORD is set, nothing is shown before the password is given.

Wrong passwords slow the guesser down: after the second wrong one in a row, the next attempt is refused for a
delay that doubles with each further mistake (1 s, 2 s, 4 s … up to 15 minutes), counted per browser session
and per client address, so opening new sessions does not reset it. A right password clears both.
"""

from __future__ import annotations

import hmac
import math
import os
import threading
import time
from collections.abc import Callable

import streamlit as st

from dashboard.i18n import t

ENV = "GOVKG_DASHBOARD_PASSWORD"


def required_password() -> str | None:
    value = os.environ.get(ENV, "")
    return value or None


def check(given: str, expected: str) -> bool:
    """Compare in constant time."""
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


class Throttle:
    """Failures per key (a session, a client address) and how long each key must wait before trying again."""

    def __init__(self, free: int = 1, cap: float = 900.0, clock: Callable[[], float] = time.monotonic):
        self.free, self.cap, self.clock = free, cap, clock
        self._fails: dict[str, tuple[int, float]] = {}  # key -> (failures in a row, may try again at)
        self._lock = threading.Lock()

    def wait(self, keys: list[str]) -> float:
        """Seconds before any of these keys may try again (0: now)."""
        now = self.clock()
        with self._lock:
            return max([0.0] + [self._fails.get(k, (0, now))[1] - now for k in keys])

    def failed(self, keys: list[str]) -> None:
        now = self.clock()
        with self._lock:
            for key in keys:
                n = self._fails.get(key, (0, now))[0] + 1
                delay = 0.0 if n <= self.free else min(self.cap, 2.0 ** (n - self.free - 1))
                self._fails[key] = (n, now + delay)

    def succeeded(self, keys: list[str]) -> None:
        with self._lock:
            for key in keys:
                self._fails.pop(key, None)


THROTTLE = Throttle()


def _keys() -> list[str]:
    """The session and, when Streamlit knows it, the client's address."""
    session = st.session_state.setdefault("login_session_key", os.urandom(8).hex())
    keys = [f"session:{session}"]
    address = getattr(st.context, "ip_address", None)
    if address:
        keys.append(f"client:{address}")
    return keys


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
        keys = _keys()
        wait = THROTTLE.wait(keys)
        if wait > 0:
            st.error(t("login_wait", s=math.ceil(wait)))
        elif check(given, expected):
            THROTTLE.succeeded(keys)
            st.session_state["authenticated"] = True
            st.session_state.pop("login_password", None)
            st.rerun()
        else:
            THROTTLE.failed(keys)
            st.error(t("login_wrong"))
    return False


def logout_button() -> None:
    if required_password() is not None and st.session_state.get("authenticated") and st.sidebar.button(t("logout")):
        st.session_state["authenticated"] = False
        st.rerun()
