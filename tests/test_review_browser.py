"""The review queue end to end in a real headless Chromium: sign in as a reviewer, reject a fact, rebuild, the fact
is gone; the ordinary (read-only) dashboard has no review page and no review controls.

Skips without Chromium or Playwright, except under CI (CI=true), where it fails.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from neo4j_fixture import free_port
from review_cases import appointment, document
from test_dashboard_browser import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, START_TIMEOUT, STEP_TIMEOUT, require_browser

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


@contextmanager
def dashboard(settings, log_path: Path, **extra: str) -> Iterator[str]:
    """The dashboard served by `streamlit run` on a free port with ``extra`` in its environment."""
    port = free_port()
    drop = ("GOVKG_NEO4J_PORT", "GOVKG_DASHBOARD_PASSWORD", "GOVKG_REVIEW", "GOVKG_REVIEW_PASSWORD", "GOVKG_JUDGEMENTS")
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env.update(NEO4J_URI=settings.neo4j_uri, NEO4J_PASSWORD=settings.neo4j_password, NEO4J_USER=settings.neo4j_user,
               NEO4J_DATABASE=settings.neo4j_database, **extra)
    with open(log_path, "w") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(APP), f"--server.port={port}",
             "--server.address=127.0.0.1", "--server.headless=true", "--browser.gatherUsageStats=false"],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + START_TIMEOUT
            while True:
                try:
                    with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                        if answer.read().strip() == b"ok":
                            break
                except OSError:
                    pass
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"the dashboard did not start:\n{log_path.read_text()}")
                time.sleep(0.5)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=15)


def settled(page) -> None:
    page.wait_for_selector("[data-testid=stApp]", timeout=STEP_TIMEOUT)
    page.wait_for_timeout(500)
    page.wait_for_function("() => !document.querySelector('[data-testid=stStatusWidget]')", timeout=STEP_TIMEOUT)


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
            with dashboard(local_neo4j.settings, tmp_path / "read-only.log") as url:
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
            with dashboard(local_neo4j.settings, tmp_path / "review.log", GOVKG_REVIEW="1",
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
