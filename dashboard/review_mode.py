"""Review mode (``govkg dashboard --review``): whether it is on, where decisions go, and the reviewer's login.

Review mode is on when ``GOVKG_REVIEW=1``; reviewers sign in with their name and ``GOVKG_REVIEW_PASSWORD``
(compared in constant time), and their decisions are written as judgements to ``GOVKG_JUDGEMENTS`` (default
``judgements/``), one file per reviewer. Without review mode the dashboard has no review page and no controls.
"""

from __future__ import annotations

import hmac
import os
from pathlib import Path

import streamlit as st

from dashboard.i18n import lang
from dashboard.sitemap import REVIEW_URL_PATH

MODE_ENV = "GOVKG_REVIEW"
PASSWORD_ENV = "GOVKG_REVIEW_PASSWORD"
DIR_ENV = "GOVKG_JUDGEMENTS"
SESSION_KEY = "reviewer"
PAGE_FILE = "views/review.py"
URL_PATH = REVIEW_URL_PATH
ICON = ":material/fact_check:"

# key: (中文, English) — the review page's own strings, apart from the shared table that other pages edit.
STRINGS: dict[str, tuple[str, str]] = {
    "section": ("审核", "Review"),
    "page": ("审核队列", "Review queue"),
    "login_title": ("审核员登录", "Reviewer sign-in"),
    "login_name": ("审核员姓名", "Reviewer name"),
    "login_password": ("审核密码", "Review password"),
    "login_button": ("登录审核", "Sign in to review"),
    "login_wrong": ("姓名或密码有误。", "Wrong name or password."),
    "no_password": ("未设置 GOVKG_REVIEW_PASSWORD：审核模式不可用。",
                    "GOVKG_REVIEW_PASSWORD is not set: review mode is unavailable."),
    "signed_in": ("审核员：{name}", "Reviewer: {name}"),
    "sign_out": ("退出审核", "Sign out of review"),
    "where": ("决定写入 {path}；下次构建（govkg build）时生效，不直接修改图数据库。",
              "Decisions are written to {path}; the next build (govkg build) applies them. Neo4j is never written."),
    "status": ("审核状态", "Review status"),
    "only_flagged": ("只看有冲突或疑点的事实", "Only facts with a conflict or a doubt"),
    "limit": ("显示条数", "Facts shown"),
    "pending": ("{n} 条事实已有待生效的决定，未列出。",
                "{n} facts have decisions waiting for the next build; not listed."),
    "empty": ("没有待审核的事实。", "Nothing to review."),
    "confidence": ("置信度 {value}", "confidence {value}"),
    "doubts": ("疑点：{value}", "doubts: {value}"),
    "conflict": ("冲突", "Conflict"),
    "evidence": ("原文", "Evidence"),
    "document": ("文件：{title} · {number} · {date} · {source} 第 {line} 行",
                 "Document: {title} · {number} · {date} · {source} line {line}"),
    "original": ("更正前：{value}", "Before correction: {value}"),
    "why": ("理由", "Reason"),
    "confirm": ("确认", "Confirm"),
    "reject": ("拒绝", "Reject"),
    "correct": ("更正", "Correct"),
    "field": ("字段", "Field"),
    "value": ("正确的值（多个名称用、分隔）", "Right value (several names separated by 、)"),
    "save_correction": ("保存更正", "Save correction"),
    "written": ("已记录 {id}（{kind}）到 {path}；下次构建时生效。",
                "Recorded {id} ({kind}) in {path}; the next build applies it."),
    "recorded": ("决定已记录，下次构建时生效。", "Decision recorded; the next build applies it."),
    "not_recorded": ("决定未能记录。", "The decision was not recorded."),
    "not_read": ("审核决定文件有误，请修正：", "A judgements file has an error; fix it:"),
    "no_queue": ("无法读取审核队列：", "The review queue cannot be read:"),
}


def s(key: str, **kw: object) -> str:
    pair = STRINGS[key]
    text = pair[0] if lang() == "zh" else pair[1]
    return text.format(**kw) if kw else text


def enabled() -> bool:
    return os.environ.get(MODE_ENV) == "1"


def judgements_dir() -> Path:
    return Path(os.environ.get(DIR_ENV) or "judgements")


def reviewer() -> str | None:
    name = st.session_state.get(SESSION_KEY)
    return str(name) if name else None


def login() -> str | None:
    """The signed-in reviewer's name, or None after showing the sign-in form."""
    if reviewer():
        return reviewer()
    expected = os.environ.get(PASSWORD_ENV, "")
    st.title(s("login_title"))
    if not expected:
        st.error(s("no_password"))
        return None
    with st.form("review_login"):
        name = st.text_input(s("login_name"), key="review_login_name")
        given = st.text_input(s("login_password"), type="password", key="review_login_password")
        submitted = st.form_submit_button(s("login_button"))
    if submitted:
        if name.strip() and hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8")):
            st.session_state[SESSION_KEY] = name.strip()
            st.rerun()
        st.error(s("login_wrong"))
    return None


def logout() -> None:
    st.session_state.pop(SESSION_KEY, None)
