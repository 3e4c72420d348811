"""govkg's dashboard: `streamlit run dashboard/app.py` (or `govkg dashboard`). One file per page in views/.

The pages live in views/, not pages/: Streamlit treats a pages/ folder beside the main script as a version-1
multipage app and runs a page's file directly when its URL is opened, without this script, and so without the
login gate and the connection check below.
"""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `streamlit run dashboard/app.py` puts dashboard/, not the repo, on the path
    sys.path.insert(0, str(ROOT))

from dashboard import auth, data, i18n, nav, review_mode, urlstate  # noqa: E402
from dashboard.i18n import t  # noqa: E402

# A local icon: ":material/…:" or an emoji would make every browser fetch it from a CDN.
st.set_page_config(page_title="govkg", page_icon=str(ROOT / "dashboard" / "static" / "favicon.png"), layout="wide")

# The language is in the URL (?lang=en), kept across pages, so a copied link opens in the same language.
urlstate.bind("lang", "lang", i18n.DEFAULT_LANG, sticky=True, valid=lambda v: v in i18n.LANGS)
with st.sidebar:
    st.radio(t("language"), i18n.LANGS, key="lang", horizontal=True,
             format_func={"zh": "中文", "en": "English"}.__getitem__)
urlstate.publish("lang", "lang", i18n.DEFAULT_LANG)

if not auth.gate():
    st.stop()
auth.logout_button()

sections = {"browse": t("section_browse"), "analyse": t("section_analyse"), "tools": t("section_tools")}
pages: dict[str, list[st.Page]] = {name: [] for name in sections.values()}
for spec in nav.PAGES:
    pages[sections[spec.section]].append(
        st.Page(spec.file, title=t(f"page_{spec.key}"), icon=spec.icon, url_path=spec.url_path,
                default=spec.key == "overview")
    )
if review_mode.enabled():  # `govkg dashboard --review`: the review queue, behind its own reviewer login
    pages[review_mode.s("section")] = [st.Page(review_mode.PAGE_FILE, title=review_mode.s("page"),
                                               icon=review_mode.ICON, url_path=review_mode.URL_PATH)]
page = st.navigation(pages)

status = data.status()
if not status.ok:
    st.title(t("app_title"))
    data.show_status_problem(status)
    st.stop()
st.sidebar.caption(t("connected", uri=status.uri))
if st.sidebar.button(t("clear_cache"), help=t("clear_cache_help"), type="tertiary"):
    data.clear_caches()
page.run()
