"""Hostile text from gazettes and from URLs is shown as text on every page, never rendered as Markdown.

A gazette title holding ``![i](http://host/p.png)`` must not make a viewer's browser fetch an image, and
``?id=[点此重新登录](http://host/phish)`` must not show a link in the warning. The hostile entities are added to the
demo graph for the test and removed afterwards. AppTest checks what each page sends to the browser (every
string Streamlit renders as Markdown, rendered here with markdown-it: no link, no image, no HTML); the browser
test checks the real pages: no request to the trap address, no link to it, the text shown as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
import streamlit as st
from browser_support import CHROMIUM, CHROMIUM_ARGS, STEP_TIMEOUT, settled
from markdown_it import MarkdownIt
from neo4j import Driver
from streamlit.testing.v1 import AppTest
from test_dashboard import _point_at, open_page
from test_dashboard_browser import dashboard_url  # noqa: F401

from dashboard.text import JOINER, md

pytest_plugins = ["neo4j_fixture", "graph_fixture"]

TRAP = "http://127.0.0.1:9"  # the discard port: a browser that tries to load from here is caught by the test
IMAGE = f"![i]({TRAP}/p.png)"
PHISH = f"[点此重新登录]({TRAP}/phish)"
AGENCY = f"agency:稷山县:{IMAGE}局"
TASK = "task:hostile-markup-test"
DOC = "doc:hostile-markup-test"
PERSON = f"person:稷山县:{PHISH}"
# Elements whose strings Streamlit renders as Markdown (st.html is not one: it is HTML the app builds and escapes).
MARKDOWN_FIELDS = ("body", "label")
NOT_MARKDOWN = {"html", "iframe", "dataframe", "arrow_data_frame", "code", "text", "json", "vega_lite_chart"}


@pytest.fixture
def hostile_graph(demo_graph, neo4j_driver: Driver) -> Iterator[None]:
    """Hostile names, titles and evidence in the demo graph, removed after the test."""
    with neo4j_driver.session() as session:
        session.run(
            """
            MATCH (c:County {name: '稷山县'})
            MERGE (d:Document:Entity {id: $doc}) SET d.title = '关于' + $image + '的通知', d.doc_number = $phish,
                  d.date = '2023-05-01', d.source = 'hostile.txt', d.county = '稷山县', d.hostile = true
            MERGE (a:Agency:Entity {id: $agency}) SET a.name = $image + '局', a.county = '稷山县', a.kind = 'other',
                  a.aliases = [$phish], a.hostile = true
            MERGE (t:Task:Entity {id: $task}) SET t.name = '落实' + $phish, t.text = $image + ' <b>x</b>',
                  t.county = '稷山县', t.hostile = true
            MERGE (a)-[:IN_COUNTY]->(c)
            MERGE (a)-[r:RESPONSIBLE_FOR]->(t)
              SET r.role = 'lead', r.fact_id = 'fact:hostile', r.doc_id = $doc, r.source = 'hostile.txt',
                  r.line = 3, r.evidence = '由' + $image + '局牵头' + $phish
            MERGE (a)-[:MENTIONED_IN {lines: [3]}]->(d)
            """,
            doc=DOC, agency=AGENCY, task=TASK, image=IMAGE, phish=PHISH,
        ).consume()
    st.cache_data.clear()
    yield
    with neo4j_driver.session() as session:
        session.run("MATCH (n {hostile: true}) DETACH DELETE n").consume()
    st.cache_data.clear()


@pytest.fixture
def hostile_env(local_neo4j, hostile_graph, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    _point_at(monkeypatch, local_neo4j.settings.neo4j_uri, local_neo4j.settings.neo4j_password)
    yield


def markdown_strings(at: AppTest) -> list[str]:
    """Every string on the page that Streamlit renders as Markdown."""
    found: list[str] = []

    def walk(node: Any) -> None:
        if getattr(node, "type", None) not in NOT_MARKDOWN:
            proto = getattr(node, "proto", None)
            for field in MARKDOWN_FIELDS:
                value = getattr(proto, field, None) if proto is not None else None
                if isinstance(value, str) and value:
                    found.append(value)
        children = getattr(node, "children", None) or {}
        for child in children.values():
            walk(child)

    walk(at._tree)
    return found


MARKDOWN = MarkdownIt("commonmark").enable(["table", "strikethrough"])
# What GitHub-flavoured Markdown turns into a link in the text once parsed (remark's autolink-literal patterns).
AUTOLINK_LITERAL = re.compile(r"(?i)https?://[-.\w]|\bwww\.|[-.\w+]+@[-\w]+\.[-\w]")


def rendered_markup(text: str) -> list[str]:
    """Links, images and HTML that ``text`` makes when rendered as (GitHub-flavoured) Markdown."""
    html = MARKDOWN.render(text)
    found = re.findall(r"<(?:a|img)\b[^>]*>", html)
    found += re.findall(r"<(?!/?(?:p|em|strong|code|h\d|ul|ol|li|br|hr|table|thead|tbody|tr|th|td|del|pre)\b)"
                        r"[a-z][^>]*>", html)
    found += AUTOLINK_LITERAL.findall(re.sub(r"<[^>]+>", "", html))
    return found


def shown(text: str) -> str:
    """What a reader sees: the text without the invisible word joiners that stop autolinks."""
    return text.replace(JOINER, "")


def assert_text_only(at: AppTest) -> None:
    strings = markdown_strings(at)
    assert strings
    bad = {s: rendered_markup(s) for s in strings if rendered_markup(s)}
    assert not bad, bad


def test_md_escapes_links_images_html_and_urls():
    for hostile in (IMAGE, PHISH, "<img src=x onerror=alert(1)>", f"see {TRAP}/x and www.example.com",
                    "# big\n\n- list | a |", "$x^2$ :red[red] **bold** `code`"):
        assert not rendered_markup(md(hostile)), hostile
    assert shown(MARKDOWN.render(md(PHISH))).strip() == f"<p>{PHISH}</p>"
    assert md("县水利局 王 润") == "县水利局 王 润"  # Chinese text and spaces are left alone


def test_the_sample_strings_are_caught_without_escaping():
    assert rendered_markup(IMAGE) and rendered_markup(PHISH) and rendered_markup(f"go to {TRAP}/x")
    assert rendered_markup("http\\:\\/\\/host\\.cn"), "escaped or not, a bare URL is linked after parsing"


@pytest.mark.parametrize(("page", "query"), [
    ("views/person.py", {"id": PERSON}),
    ("views/agency.py", {"id": PERSON}),
    ("views/agency.py", {"id": AGENCY}),
    ("views/accountability.py", {"id": TASK}),
    ("views/explorer.py", {"id": AGENCY}),
    ("views/export.py", {"id": AGENCY}),
    ("views/search.py", {"q": IMAGE}),
])
def test_hostile_text_from_the_graph_and_the_url_is_shown_as_text(hostile_env, page: str, query: dict[str, str]):
    at = open_page(page, **query)
    assert_text_only(at)


def test_the_evidence_card_of_a_hostile_fact_is_text(hostile_env):
    at = open_page("views/agency.py", id=AGENCY)
    duties = next(df for df in (e.value for e in at.dataframe) if "task" in df.columns)
    at.session_state["agency_duties"] = {"selection": {"rows": [0], "columns": [], "cells": []}}
    at.run()
    assert not at.exception
    assert len(duties) == 1
    assert_text_only(at)
    texts = [shown(MARKDOWN.render(s)) for s in markdown_strings(at)]
    assert any(f"关于{IMAGE}的通知" in s for s in texts), "the document's title is shown as written"


def test_a_browser_shows_hostile_text_and_fetches_nothing(hostile_graph, dashboard_url: str):  # noqa: F811
    from urllib.parse import quote

    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.set_default_timeout(STEP_TIMEOUT)
            trapped: list[str] = []
            page.on("request", lambda request: trapped.append(request.url) if TRAP in request.url else None)
            page.goto(f"{dashboard_url}/person?id={quote(PERSON)}")
            settled(page)
            warning = page.locator("[data-testid=stAlert]").first
            expect(warning).to_contain_text("点此重新登录", timeout=STEP_TIMEOUT)
            assert PHISH in shown(warning.inner_text())
            assert page.locator(f"a[href*='{TRAP}']").count() == 0
            page.goto(f"{dashboard_url}/agency?id={quote(AGENCY)}")
            settled(page)
            heading = page.locator("h2", has_text="局").first
            expect(heading).to_be_visible(timeout=STEP_TIMEOUT)
            assert shown(heading.inner_text()) == IMAGE + "局"
            assert page.locator("img[src*='p.png']").count() == 0
            page.goto(f"{dashboard_url}/accountability?id={quote(TASK)}")
            settled(page)
            heading = page.locator("h2", has_text="落实").first
            expect(heading).to_be_visible(timeout=STEP_TIMEOUT)
            assert shown(heading.inner_text()) == "落实" + PHISH
            assert page.locator(f"a[href*='{TRAP}']").count() == 0
            assert not trapped, trapped
        finally:
            browser.close()
