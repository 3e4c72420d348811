"""Time to main content of every dashboard page in a real headless Chromium, against a one-line Streamlit page.

    python benchmarks/browser_timing.py [--repeat 2]

Needs a running Neo4j holding the demo graph (``govkg neo4j start``, ``govkg build ../shared/corpus``; NEO4J_URI
etc. point elsewhere) and Debian's /usr/bin/chromium. Starts two Streamlit servers on free ports: the dashboard
and a page that only writes one line (the baseline: what Streamlit itself costs). For each page, opened by its
URL in a fresh browser context (no cache, no session): ``cold`` is the first visit after the server started
(its queries run), ``warm`` the best of ``--repeat`` later visits (results cached). Then ``nav``: moving to the
page from another page with a link inside the app (warm). The time runs from the navigation's start until the
page's main content (``MARKERS``) is drawn, Streamlit has stopped running the script and no spinner shows.
Every request the browser makes is checked: anything not from the server is listed as ``remote``. A graph page's
main content is vis-network's canvas, drawn inside its iframe. The ``floor`` row is a plain Streamlit page shaped
like the dashboard's (navigation, a sidebar widget, one small table): what no page of the dashboard can beat.

The browser test ``test_every_page_reaches_its_main_content_and_loads_nothing_from_outside``
(tests/test_dashboard_views_browser.py) runs the same measurement once and fails on a remote request.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "dashboard" / "app.py"
SERVE = APP.with_name("serve.py")  # how `govkg dashboard` serves APP (dashboard/serve.py)
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
TIMEOUT_MS = 90_000
BASELINE_SOURCE = 'import streamlit as st\n\nst.write("hello")\n'
# What Streamlit itself costs for a page shaped like the dashboard's: page navigation, a widget in the sidebar and
# one small table. Printed beside the pages ("floor"), not used as their reference.
FLOOR_SOURCE = """import pandas as pd
import streamlit as st

def table():
    st.title("floor")
    st.dataframe(pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z"]}))

def other():
    st.write("other")

with st.sidebar:
    st.radio("language", ["zh", "en"], horizontal=True)
st.navigation([st.Page(table, title="table", default=True), st.Page(other, title="other")]).run()
"""
# (name, path and query, CSS selector of the page's main content)
MARKERS: tuple[tuple[str, str, str], ...] = (
    ("baseline", "/", "[data-testid=stMarkdown]"),
    ("overview", "/", "[data-testid=stDataFrame]"),
    ("search", "/search?q=水利局", "[data-testid=stPageLink]"),
    ("agency", "/agency?id=agency:稷山县:水利局", "[data-testid=stDataFrame]"),
    ("person", "/person?id=person:稷山县:南选智", "[data-testid=stVegaLiteChart]"),
    ("as-of", "/as-of?county=稷山县&date=2023-08-01", "[data-testid=stDataFrame]"),
    ("shared-duties", "/shared-duties?tab=heatmap", "[data-testid=stVegaLiteChart]"),
    ("shared-pair", "/shared-duties?a=agency:稷山县:水利局&b=agency:稷山县:农业农村局", "[data-testid=stDataFrame]"),
    ("accountability", "/accountability?id=task:ass-de8e9901430ca838", "iframe"),
    ("task-forces", "/task-forces?id=taskforce:稷山县:一泓清水入黄河工作专班", "[data-testid=stDataFrame]"),
    ("graph", "/graph?id=agency:稷山县:水利局", "iframe"),
    ("export", "/export?id=agency:稷山县:水利局", "[data-testid=stDownloadButton]"),
    ("cypher", "/cypher", "textarea"),
)
NAV_FROM = "/"  # in-app moves start here and click the page's link in the sidebar
NAV_LINKS = {"agency": "机构", "person": "人员", "search": "搜索", "task-forces": "议事协调机构", "graph": "关系图",
             "export": "导出"}


@dataclass
class Timing:
    name: str
    cold: float = 0.0
    warm: float = 0.0
    nav: float | None = None
    remote: list[str] = field(default_factory=list)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def streamlit_server(script: Path, env: dict[str, str] | None = None) -> Iterator[str]:
    """``streamlit run script`` on a free port (the dashboard, ``APP``, as ``govkg dashboard`` serves it: through
    ``SERVE``, its libraries imported first); yields its URL once it answers."""
    port = free_port()
    log = tempfile.NamedTemporaryFile("w+", suffix=".log", delete=False)  # noqa: SIM115 (closed below)
    runner, target = ("govkg.dashboard_server", SERVE) if script == APP else ("streamlit", script)
    proc = subprocess.Popen(
        [sys.executable, "-m", runner, "run", str(target), f"--server.port={port}",
         "--server.address=127.0.0.1", "--server.headless=true", "--browser.gatherUsageStats=false"],
        cwd=ROOT, env=env or dict(os.environ), stdout=log, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            with contextlib.suppress(OSError), urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as ok:
                if ok.read().strip() == b"ok":
                    break
            if proc.poll() is not None or time.monotonic() > deadline:
                log.seek(0)
                raise RuntimeError(f"streamlit did not start:\n{log.read()}")
            time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
        os.unlink(log.name)


def wait_for_content(page: Any, selector: str) -> None:
    """Until ``selector`` is visible, the script has stopped running and no spinner shows; for a graph (an
    iframe), until vis-network has drawn its canvas inside it."""
    page.wait_for_selector(selector, state="visible", timeout=TIMEOUT_MS)
    if selector == "iframe":
        page.frame_locator("iframe").first.locator("canvas").first.wait_for(state="visible", timeout=TIMEOUT_MS)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=stStatusWidget]')"
        " && !document.querySelector('[data-testid=stSpinner]')", timeout=TIMEOUT_MS, polling=50)


def visit(browser: Any, base: str, path: str, selector: str, remote: list[str]) -> float:
    """Seconds from navigation to main content, in a fresh context; requests not to ``base`` go in ``remote``."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.on("request", lambda r: remote.append(r.url) if not r.url.startswith((base, "data:", "blob:",
                                                                                "about:")) else None)
    try:
        start = time.monotonic()
        page.goto(base + path, wait_until="commit", timeout=TIMEOUT_MS)
        wait_for_content(page, selector)
        return time.monotonic() - start
    finally:
        context.close()


def navigate(browser: Any, base: str, link: str, selector: str) -> float:
    """Seconds from clicking ``link`` in the sidebar (on ``NAV_FROM``) to the page's main content."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    try:
        page.goto(base + NAV_FROM, timeout=TIMEOUT_MS)
        wait_for_content(page, "[data-testid=stDataFrame]")
        target = page.locator("[data-testid=stSidebarNav] a").filter(has_text=link).first
        start = time.monotonic()
        target.click()
        page.wait_for_timeout(50)
        wait_for_content(page, selector)
        return time.monotonic() - start
    finally:
        context.close()


def measure(dashboard: str, baseline: str, repeat: int = 2, pages: tuple[str, ...] | None = None) -> list[Timing]:
    from playwright.sync_api import sync_playwright

    out: list[Timing] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for name, path, selector in MARKERS:
                if pages and name not in pages and name != "baseline":
                    continue
                base = baseline if name == "baseline" else dashboard
                timing = Timing(name)
                timing.cold = visit(browser, base, path, selector, timing.remote)
                timing.warm = min(visit(browser, base, path, selector, timing.remote) for _ in range(repeat))
                if name in NAV_LINKS:
                    timing.nav = navigate(browser, base, NAV_LINKS[name], "[data-testid=stMain] h1")
                out.append(timing)
        finally:
            browser.close()
    return out


def measure_floor(url: str, repeat: int) -> Timing:
    """``FLOOR_SOURCE`` served at ``url``, timed as a page is."""
    from playwright.sync_api import sync_playwright

    timing = Timing("floor")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            timing.cold = visit(browser, url, "/", "[data-testid=stDataFrame]", timing.remote)
            timing.warm = min(visit(browser, url, "/", "[data-testid=stDataFrame]", timing.remote)
                              for _ in range(repeat))
        finally:
            browser.close()
    return timing


def table(timings: list[Timing]) -> str:
    base = next((x for x in timings if x.name == "baseline"), None)
    lines = [f"{'page':<16}{'cold s':>8}{'warm s':>8}{'cold-base':>10}{'warm-base':>10}{'nav s':>7}  remote"]
    for x in timings:
        dc = x.cold - base.cold if base else 0.0
        dw = x.warm - base.warm if base else 0.0
        nav = f"{x.nav:7.2f}" if x.nav is not None else f"{'':>7}"
        lines.append(f"{x.name:<16}{x.cold:8.2f}{x.warm:8.2f}{dc:10.2f}{dw:10.2f}{nav}  {len(set(x.remote))}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=2, help="warm visits per page (the best is kept)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        baseline_app, floor_app = Path(tmp) / "baseline.py", Path(tmp) / "floor.py"
        baseline_app.write_text(BASELINE_SOURCE, encoding="utf-8")
        floor_app.write_text(FLOOR_SOURCE, encoding="utf-8")
        with streamlit_server(baseline_app) as baseline, streamlit_server(APP) as dashboard, \
                streamlit_server(floor_app) as floor:
            timings = measure(dashboard, baseline, args.repeat)
            timings.insert(1, measure_floor(floor, args.repeat))
    print(table(timings))
    print("targets: main content within 0.7 s (warm) and 1.5 s (cold) of the baseline; in-app moves < 1 s warm")
    print("floor: a page with navigation, a sidebar widget and one small table, in plain Streamlit")
    remote = sorted({u for x in timings for u in x.remote})
    for url in remote:
        print("remote request:", url)
    return 1 if remote else 0


if __name__ == "__main__":
    sys.exit(main())
