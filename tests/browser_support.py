"""What the browser tests share: where Chromium is, the dashboard served on a free port, waiting for a page.

Without Chromium or Playwright a browser test skips, except under CI (CI=true), where it fails.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import browser_timing

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "dashboard" / "app.py"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
STEP_TIMEOUT = 90_000  # milliseconds for one step in the browser (2 cores, cold caches)
# The caller's own dashboard settings must not leak into a test's dashboard.
DASHBOARD_ENV = ("GOVKG_NEO4J_PORT", "GOVKG_DASHBOARD_PASSWORD", "GOVKG_REVIEW", "GOVKG_REVIEW_PASSWORD",
                 "GOVKG_JUDGEMENTS")


def require_browser() -> None:
    problems = []
    if not CHROMIUM.exists():
        problems.append(f"{CHROMIUM} not found (apt-get install chromium, or `make system-deps`)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        problems.append("the playwright package is not installed (pip install -e '.[dev]')")
    if problems:
        message = "browser test: " + "; ".join(problems)
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@contextmanager
def serve_dashboard(settings, **extra: str) -> Iterator[str]:
    """The dashboard served as `govkg dashboard` serves it, on a free port, reading ``settings``' Neo4j, ``extra``
    in its env."""
    require_browser()
    env = {k: v for k, v in os.environ.items() if k not in DASHBOARD_ENV}
    env.update(NEO4J_URI=settings.neo4j_uri, NEO4J_PASSWORD=settings.neo4j_password, NEO4J_USER=settings.neo4j_user,
               NEO4J_DATABASE=settings.neo4j_database, **extra)
    with browser_timing.streamlit_server(APP, env) as url:  # fails with the app's log if it does not answer
        yield url


def settled(page) -> None:
    """Wait until Streamlit has finished running the page's script."""
    page.wait_for_selector("[data-testid=stApp]", timeout=STEP_TIMEOUT)
    page.wait_for_timeout(500)
    page.wait_for_function("() => !document.querySelector('[data-testid=stStatusWidget]')", timeout=STEP_TIMEOUT)
