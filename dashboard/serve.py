"""The dashboard as ``govkg dashboard`` serves it: ``app.py`` in an ``st.App`` whose first middleware answers
Streamlit's assets and the pages' addresses from memory (``dashboard/assets.py``).

``streamlit run dashboard/serve.py`` finds ``app`` below and serves it; ``streamlit run dashboard/app.py`` still
serves the same pages, through Streamlit's own handlers only.
"""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st
from starlette.middleware import Middleware

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `streamlit run dashboard/serve.py` puts dashboard/, not the repo, on the path
    sys.path.insert(0, str(ROOT))

from dashboard.assets import Assets  # noqa: E402
from dashboard.sitemap import PAGES, REVIEW_URL_PATH  # noqa: E402

app = st.App("app.py", middleware=[Middleware(Assets, url_paths=[*(p.url_path for p in PAGES), REVIEW_URL_PATH])])
