"""A view's state in its URL: widgets whose values travel in the query string, so a copied link reopens the view.

``bind(key, param, default)`` before a widget is drawn seeds it from ``?param=`` (the URL wins when it changed, as
when a link was opened); ``publish(key, param, default)`` after it writes the widget's value back (a default value
leaves the URL clean). ``section()`` is a row of buttons in place of ``st.tabs``: only the chosen section is then
computed and drawn, and ``?tab=`` names it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import streamlit as st

Parse = Callable[[str], Any]
Dump = Callable[[Any], str]


def _seen(key: str) -> str:
    return f"_url_{key}"


def bind(key: str, param: str, default: Any, parse: Parse = str, *, sticky: bool = False,
         valid: Callable[[Any], bool] | None = None) -> Any:
    """Seed widget ``key`` from ``?param=`` when the URL changed since this session last wrote it (a link was
    opened); a value that does not parse, or is not ``valid``, gives ``default``. ``sticky``: a URL without the
    parameter keeps the session's value (the language, across pages)."""
    raw = st.query_params.get(param)
    if raw is None and sticky and key in st.session_state:
        return st.session_state[key]
    if key not in st.session_state or raw != st.session_state.get(_seen(key)):
        try:
            value = parse(raw) if raw is not None else default
        except (ValueError, TypeError):
            value = default
        if valid is not None and not valid(value):
            value = default
        st.session_state[key] = value
        st.session_state[_seen(key)] = raw
    return st.session_state[key]


def publish(key: str, param: str, default: Any, dump: Dump = str) -> None:
    """Write widget ``key``'s value into ``?param=`` (removed when it is the default or empty)."""
    value = st.session_state.get(key)
    text = None if value is None or value == default or value == "" else dump(value)
    if text is None:
        if param in st.query_params:
            del st.query_params[param]
    elif st.query_params.get(param) != text:
        st.query_params[param] = text
    st.session_state[_seen(key)] = text


def _keep_choice(key: str) -> None:
    """A section button clicked again would unselect it: keep the last choice instead."""
    if st.session_state.get(key) is None:
        st.session_state[key] = st.session_state.get(f"_last_{key}")


def section(key: str, options: Sequence[str], labels: Callable[[str], str], param: str = "tab") -> str:
    """The chosen section of a page (``?tab=``), as a row of buttons; only that section should be drawn."""
    default = options[0]
    bind(key, param, default, valid=lambda v: v in options)
    st.segmented_control(" ", list(options), format_func=labels, key=key, label_visibility="collapsed",
                         on_change=_keep_choice, args=(key,))
    chosen = st.session_state.get(key) or default
    st.session_state[f"_last_{key}"] = chosen
    publish(key, param, default)
    return str(chosen)


def int_in(low: int, high: int) -> Callable[[Any], bool]:
    return lambda v: isinstance(v, int) and low <= v <= high


def list_param(text: str) -> list[str]:
    return [part for part in text.split(",") if part]


def dump_list(values: Any) -> str:
    return ",".join(str(v) for v in values)
