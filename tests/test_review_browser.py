"""The review queue end to end in a real headless Chromium: sign in as a reviewer, reject a fact, rebuild, the fact
is gone; the ordinary (read-only) dashboard has no review page and no review controls.

Skips without Chromium or Playwright, except under CI (CI=true), where it fails.
"""

from __future__ import annotations

import json
from pathlib import Path

from browser_support import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, STEP_TIMEOUT, require_browser, serve_dashboard, settled
from review_cases import appointment, document

from graph_build.build import build_graph
from graph_build.judgements import ReviewStage, read_judgements
from graph_build.judgements.keys import fact_key
from graph_build.records import ExtractionReport

pytest_plugins = ["neo4j_fixture", "graph_fixture"]

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "dashboard" / "app.py"
PASSWORD = "review-secret"
FACTS = [document("a.txt", "云政任〔2023〕3号", "2023-03-01"),
         appointment("a.txt", "云政任〔2023〕3号", "周衡", "县财政局局长", action="remove"),
         appointment("a.txt", "云政任〔2023〕3号", "林远", "县财政局副局长", line=6)]


def sign_in(page, url: str) -> None:
    page.goto(f"{url}/review")
    settled(page)
    page.get_by_label("审核员姓名").fill("li")
    page.get_by_label("审核密码").fill(PASSWORD)
    page.get_by_role("button", name="登录审核").click()
    settled(page)


def test_reviewer_rejects_a_fact_and_the_next_build_drops_it(local_neo4j, empty_graph, tmp_path: Path):
    from playwright.sync_api import expect, sync_playwright

    require_browser()
    ARTIFACTS.mkdir(exist_ok=True)
    build_graph(empty_graph, "neo4j", FACTS, ExtractionReport())
    rejected = FACTS[1]
    judgements = tmp_path / "judgements"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.set_default_timeout(STEP_TIMEOUT)

            # The ordinary dashboard: no review page, no review controls.
            with serve_dashboard(local_neo4j.settings) as url:
                page.goto(url)
                settled(page)
                expect(page.get_by_text("概览").first).to_be_visible()
                assert page.get_by_role("link", name="审核队列").count() == 0
                page.goto(f"{url}/review")
                settled(page)
                assert page.get_by_role("button", name="拒绝").count() == 0
                assert page.get_by_role("button", name="登录审核").count() == 0
                page.screenshot(path=str(ARTIFACTS / "review-0-read-only.png"))

            # Review mode: sign in, reject the fact the queue puts first (a removal with no earlier tenure).
            with serve_dashboard(local_neo4j.settings, GOVKG_REVIEW="1",
                           GOVKG_REVIEW_PASSWORD=PASSWORD, GOVKG_JUDGEMENTS=str(judgements)) as url:
                page.goto(f"{url}/review")
                settled(page)
                assert page.get_by_role("button", name="拒绝").count() == 0  # nothing before signing in
                page.get_by_label("审核员姓名").fill("li")
                page.get_by_label("审核密码").fill("wrong")
                page.get_by_role("button", name="登录审核").click()
                settled(page)
                expect(page.get_by_text("姓名或密码有误。")).to_be_visible()
                sign_in(page, url)
                item = page.locator(f".st-key-item_{rejected['id']}")
                expect(item).to_be_visible()
                expect(item.get_by_text("removal_without_tenure", exact=False)).to_be_visible()
                expect(item.get_by_text(rejected["evidence"], exact=False)).to_be_visible()
                page.screenshot(path=str(ARTIFACTS / "review-1-queue.png"))
                item.get_by_label("理由").fill("no such removal in the notice")
                item.get_by_label("理由").press("Enter")
                settled(page)
                item.get_by_role("button", name="拒绝").click()
                settled(page)
                expect(page.get_by_text("决定已记录，下次构建时生效。")).to_be_visible()
                expect(page.locator(f".st-key-item_{rejected['id']}")).to_have_count(0)  # decided, waiting
                page.screenshot(path=str(ARTIFACTS / "review-2-decided.png"))

                [line] = (judgements / "li.jsonl").read_text(encoding="utf-8").splitlines()
                written = json.loads(line)
                assert (written["kind"], written["fact"], written["by"]) == ("reject", fact_key(rejected), "li")
                assert written["why"] == "no such removal in the notice"

                # Rebuild with the judgements: the fact is gone from the graph and from the queue.
                result = build_graph(empty_graph, "neo4j", FACTS, ExtractionReport(),
                                     review=ReviewStage(read_judgements(judgements)))
                assert result.review is not None and result.review.rejected == [rejected["id"]]
                records, _, _ = empty_graph.execute_query("MATCH ()-[r {fact_id: $fid}]->() RETURN count(r) AS n",
                                                          fid=rejected["id"])
                assert records[0]["n"] == 0
                sign_in(page, url)
                expect(page.locator(f".st-key-item_{FACTS[2]['id']}")).to_be_visible()
                expect(page.locator(f".st-key-item_{rejected['id']}")).to_have_count(0)
                assert page.get_by_text(rejected["evidence"], exact=False).count() == 0
                page.screenshot(path=str(ARTIFACTS / "review-3-rebuilt.png"))
        finally:
            browser.close()
