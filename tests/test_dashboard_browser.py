"""The dashboard end to end in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

The app runs as a subprocess (as ``govkg dashboard`` serves it) on a free port against the session's Neo4j
holding the demo graph. A reader searches for 水利局, opens the agency, opens its graph in the explorer (the
vis-network canvas draws, its nodes are counted in the iframe), and downloads the subgraph as GraphML and JSON,
which must parse. Screenshots go to test-artifacts/ (git-ignored).

Without Chromium or Playwright the test skips, except under CI (CI=true), where it fails.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from browser_support import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, STEP_TIMEOUT, serve_dashboard, settled

pytest_plugins = ["neo4j_fixture", "graph_fixture"]

@pytest.fixture
def dashboard_url(local_neo4j, demo_graph) -> Iterator[str]:
    """The dashboard served by a subprocess (as `govkg dashboard` serves it) on a free port, reading the demo graph."""
    with serve_dashboard(local_neo4j.settings) as url:
        yield url


def graph_frame(page):
    """The frame of the vis-network graph (an iframe whose document defines ``network`` and ``nodes``)."""
    page.wait_for_selector("iframe", timeout=STEP_TIMEOUT)
    deadline = time.monotonic() + STEP_TIMEOUT / 1000
    while time.monotonic() < deadline:
        for frame in page.frames:
            try:
                if frame != page.main_frame and frame.evaluate("() => typeof network !== 'undefined'"):
                    return frame
            except Exception:  # a frame that navigates away or is not ready yet
                continue
        page.wait_for_timeout(500)
    raise AssertionError("no vis-network frame on the page")


def test_search_agency_graph_and_export_in_a_real_browser(dashboard_url: str, tmp_path: Path):
    from playwright.sync_api import expect, sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
            page.set_default_timeout(STEP_TIMEOUT)

            # Search for 水利局 and open the agency.
            asked: list[str] = []
            page.on("request", lambda request: asked.append(request.url))
            page.goto(f"{dashboard_url}/search")
            settled(page)
            # The page tells the frontend where the server is (dashboard/assets.py): no probe below /search first.
            assert f"{dashboard_url}/_stcore/health" in asked
            assert not [url for url in asked if "/search/_stcore/" in url]
            box = page.get_by_role("textbox", name=re.compile(r"^搜索机构"))  # the full search, not the suggestions
            box.fill("水利局")
            box.press("Enter")
            hit = page.get_by_role("link", name=re.compile(r"^县水利局 · 稷山县"))
            expect(hit).to_be_visible()
            page.screenshot(path=str(ARTIFACTS / "browser-1-search.png"))
            hit.click()
            page.wait_for_url(re.compile(r"/agency\?id=agency"))
            settled(page)
            expect(page.get_by_role("heading", name="县水利局")).to_be_visible()
            expect(page.get_by_text("重点做好对古河道").first).to_be_attached()
            page.screenshot(path=str(ARTIFACTS / "browser-2-agency.png"))

            # Its graph in the explorer: the canvas draws and the nodes are there.
            page.get_by_role("radio", name="关系图").click()
            page.get_by_role("link", name="在关系图中打开").click()
            page.wait_for_url(re.compile(r"/graph\?id=agency"))
            settled(page)
            caption = page.get_by_text(re.compile(r"^显示 \d+ / \d+ 个节点$"))
            expect(caption).to_be_visible()
            shown, total = map(int, re.findall(r"\d+", caption.inner_text()))
            assert 0 < shown <= total
            frame = graph_frame(page)
            frame.wait_for_selector("canvas", timeout=STEP_TIMEOUT)
            assert frame.evaluate("() => nodes.length") == shown
            assert frame.evaluate("() => edges.length") > 0
            assert frame.evaluate("() => nodes.get('agency:稷山县:水利局').label") == "县水利局"
            page.wait_for_timeout(2000)  # let the layout settle for the screenshot
            page.screenshot(path=str(ARTIFACTS / "browser-3-graph.png"))

            # Export the same subgraph: GraphML and JSON that parse, with the nodes drawn.
            page.get_by_role("link", name="导出").last.click()
            page.wait_for_url(re.compile(r"/export\?id=agency"))
            settled(page)
            with page.expect_download() as graphml:
                page.get_by_role("button", name="下载 GraphML").click()
            path = tmp_path / graphml.value.suggested_filename
            graphml.value.save_as(path)
            assert path.suffix == ".graphml"
            g = nx.read_graphml(path)
            assert g.number_of_nodes() == shown and "agency:稷山县:水利局" in g
            with page.expect_download() as node_link:
                page.get_by_role("button", name="下载 JSON").click()
            data = json.loads(Path(node_link.value.path()).read_text(encoding="utf-8"))
            assert len(data["nodes"]) == shown
            page.screenshot(path=str(ARTIFACTS / "browser-4-export.png"))
        finally:
            browser.close()
