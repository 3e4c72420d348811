"""The dashboard's views in a real headless Chromium: graphs fitted when their section is shown, groups that open
on double-click, a click that leads to a node's page, evidence with file and line, links that reopen the same view,
and every page timed to its main content with nothing loaded from outside the server.

Uses the ``dashboard_url`` fixture of test_dashboard_browser (the dashboard served as `govkg dashboard` serves it,
on the demo graph).
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from browser_support import CHROMIUM, CHROMIUM_ARGS, STEP_TIMEOUT, browser_timing
from test_dashboard_browser import dashboard_url, graph_frame  # noqa: F401

pytest_plugins = ["neo4j_fixture", "graph_fixture"]

AGENCY = "agency:稷山县:住建局"  # the busiest agency of the demo graph: 111 nodes one hop around it
OUTSIDE = """() => { const box = network.canvas.frame.canvas.getBoundingClientRect();
  const ids = network.body.nodeIndices; const pos = network.getPositions(ids);
  return ids.filter(id => { const p = network.canvasToDOM(pos[id]);
    return p.x < 0 || p.y < 0 || p.x > box.width || p.y > box.height; }).length; }"""

UNCOVERED_GROUP = """() => govkgClusters().find(id => {
  const p = network.canvasToDOM(network.getPositions([id])[id]); return network.getNodeAt(p) === id; })"""


def wait_drawn(page) -> None:
    browser_timing.wait_for_content(page, "[data-testid=stMain] h1")


@contextmanager
def browser_page(pw, **kwargs) -> Iterator[Any]:
    """A page in a fresh headless Chromium (nothing shared with another test's browser), closed after use."""
    browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    try:
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, **kwargs)
        page = context.new_page()
        page.set_default_timeout(STEP_TIMEOUT)
        yield page
    finally:
        browser.close()


def test_a_graph_shown_after_switching_sections_is_fitted_grouped_and_clickable(dashboard_url: str):  # noqa: F811
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as pw, browser_page(pw) as page:
        page.goto(f"{dashboard_url}/agency?id={AGENCY}")
        wait_drawn(page)
        assert not page.locator("iframe").count(), "the graph is not drawn before its section is chosen"
        with page.expect_response(re.compile(r"/app/static/vis-network/vis-network\.min\.js$")) as library:
            page.get_by_role("radio", name="关系图").click()
        assert library.value.ok, "vis-network comes from the dashboard's own static files"
        expect(page).to_have_url(re.compile(r"tab=graph"))
        frame = graph_frame(page)
        frame.wait_for_function("() => typeof govkgClusters === 'function'")
        page.wait_for_timeout(1500)
        frame.wait_for_function(f"() => ({OUTSIDE})() === 0", timeout=STEP_TIMEOUT)
        assert frame.evaluate(OUTSIDE) == 0, "every node inside the viewport"
        clusters = frame.evaluate("() => govkgClusters()")
        visible = frame.evaluate("() => network.body.nodeIndices.length")
        assert clusters and visible < frame.evaluate("() => nodes.length"), "busy: tasks grouped"

        # Double-click a group: it opens, client-side (no rerun of the page).
        frame.evaluate("() => network.setOptions({physics: false})")  # the layout holds still for the mouse
        page.locator("iframe").first.scroll_into_view_if_needed()  # a point below the window takes no click
        target = None
        for _ in range(5):
            page.wait_for_timeout(500)
            box = page.locator("iframe").first.bounding_box()
            canvas = frame.evaluate("() => { const r = network.canvas.frame.canvas.getBoundingClientRect();"
                                    " return {x: r.x, y: r.y}; }")
            # a group no other node covers where it is drawn (on a busy canvas a task may lie on top of it)
            target = frame.evaluate(UNCOVERED_GROUP) or clusters[0]
            point = frame.evaluate(f"() => network.canvasToDOM(network.getPositions(['{target}'])['{target}'])")
            page.mouse.dblclick(box["x"] + canvas["x"] + point["x"], box["y"] + canvas["y"] + point["y"])
            page.wait_for_timeout(300)
            if frame.evaluate(f"() => !network.body.nodes['{target}']"):
                break
        frame.wait_for_function(f"() => !network.body.nodes['{target}']")
        assert frame.evaluate("() => network.body.nodeIndices.length") > visible

        # Click the centre: a panel with its properties and a link to its page.
        centre = frame.evaluate(f"() => network.canvasToDOM(network.getPositions(['{AGENCY}'])['{AGENCY}'])")
        page.mouse.click(box["x"] + canvas["x"] + centre["x"], box["y"] + canvas["y"] + centre["y"])
        link = frame.locator("#govkg-info-link")
        expect(link).to_be_visible()
        assert re.search(r"/agency\?id=agency:", link.get_attribute("href") or "")
        assert "稷山县" in frame.locator("#govkg-info-text").inner_text()


def test_the_evidence_panel_shows_file_and_line(dashboard_url: str):  # noqa: F811
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as pw, browser_page(pw) as page:
        page.goto(f"{dashboard_url}/agency?id=agency:稷山县:水利局")
        wait_drawn(page)
        grid = page.locator("[data-testid=stDataFrame]").first
        grid.wait_for()
        box = grid.bounding_box()
        page.mouse.click(box["x"] + 14, box["y"] + 35 + 17)  # the first row's selection box
        source = page.get_by_text(re.compile(r"出处.*\.txt, 第 \d+ 行"))
        expect(source).to_be_visible()
        expect(page.locator(".govkg-evidence mark").first).to_be_visible()


def test_a_copied_url_reopens_the_same_view(dashboard_url: str):  # noqa: F811
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as pw:
        with browser_page(pw) as page:
            page.goto(f"{dashboard_url}/shared-duties?a=agency:稷山县:水利局&b=agency:稷山县:农业农村局")
            wait_drawn(page)
            page.get_by_label("关键词").fill("气象")
            page.get_by_label("关键词").press("Enter")
            expect(page).to_have_url(re.compile(r"q=%E6%B0%94%E8%B1%A1|q=气象"))
            page.get_by_text("English", exact=True).click()
            expect(page).to_have_url(re.compile(r"lang=en"))
            wait_drawn(page)
            count = page.get_by_text(re.compile(r"^\d+ shared tasks$")).inner_text()
            copied = page.url
        with browser_page(pw) as page:  # a fresh browser: nothing but the URL
            page.goto(copied)
            wait_drawn(page)
            expect(page.get_by_role("heading", name="Shared duties")).to_be_visible()
            expect(page.get_by_label("Keyword")).to_have_value("气象")
            expect(page.get_by_text(count, exact=True)).to_be_visible()
            page.goto(f"{dashboard_url}/export?id=agency:稷山县:水利局&hops=2&lang=en")
            wait_drawn(page)
            expect(page.get_by_text(re.compile(r"Hops 2 · showing"))).to_be_visible()
            page.goto(f"{dashboard_url}/agency?id=agency:稷山县:水利局&tab=posts")
            wait_drawn(page)
            active = page.locator("button[data-variant=segmented_control][aria-checked=true]")
            expect(active).to_have_text("职务与任职人员")
            page.goto(f"{dashboard_url}/agency?id={AGENCY}&page=2")  # a long list's second page
            wait_drawn(page)
            expect(page.get_by_text(re.compile(r"^第 51–\d+ 条，共 \d+ 条$"))).to_be_visible()
            expect(page.get_by_label(re.compile(r"^页码"))).to_have_value("2")
            page.locator("[data-testid=stNumberInputStepDown]").click()  # back to the first page
            expect(page.get_by_text(re.compile(r"^第 1–50 条"))).to_be_visible()
            expect(page).not_to_have_url(re.compile(r"page=2"))


def test_suggestions_appear_while_typing_and_a_pick_opens_the_page(dashboard_url: str):  # noqa: F811
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as pw, browser_page(pw) as page:
        page.goto(f"{dashboard_url}/search")
        wait_drawn(page)
        expect(page.locator("iframe")).to_have_count(0)  # the box is drawn in the page, not in a frame
        box = page.get_by_role("combobox", name="边输入边提示：选中一项即打开它的页面")
        box.press_sequentially("水利", delay=80)  # typed, no Enter
        suggestion = page.get_by_role("option", name=re.compile(r"^县水利局 · 机构"))
        expect(suggestion.first).to_be_visible()
        suggestion.first.click()
        expect(page).to_have_url(re.compile(r"/agency\?id=agency(%3A|:)"))
        expect(page.get_by_role("heading", name=re.compile("县水利局"))).to_be_visible()


def test_suggestions_are_picked_with_the_keyboard(dashboard_url: str):  # noqa: F811
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as pw, browser_page(pw) as page:
        page.goto(f"{dashboard_url}/search")
        wait_drawn(page)
        box = page.get_by_role("combobox")
        box.press_sequentially("水利局", delay=80)
        options = page.get_by_role("option")
        expect(options.first).to_be_visible()
        first = options.first.text_content()
        box.press("ArrowDown")
        expect(options.first).to_have_attribute("aria-selected", "true")
        box.press("Enter")
        expect(page).not_to_have_url(re.compile(r"/search"))
        expect(page.get_by_role("heading", name=re.compile(re.escape(first.split(" · ")[0])))).to_be_visible()


def test_every_page_reaches_its_main_content_and_loads_nothing_from_outside(dashboard_url: str):  # noqa: F811
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "baseline.py"
        script.write_text(browser_timing.BASELINE_SOURCE, encoding="utf-8")
        with browser_timing.streamlit_server(script) as baseline:
            timings = browser_timing.measure(dashboard_url, baseline, repeat=1)
    print("\n" + browser_timing.table(timings))  # the figures; targets are the benchmark's, not this test's
    assert {t.name for t in timings} == {name for name, _, _ in browser_timing.MARKERS}
    remote = sorted({url for t in timings for url in t.remote})
    assert not remote, f"requests to other servers: {remote}"
