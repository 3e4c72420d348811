"""Graph fixtures: the demo graph built once into the session's Neo4j, and an empty graph for tests that write.

PYTEST_DONT_REWRITE

``demo_graph`` builds the demo corpus the first time it is asked for, and again only after a test used
``empty_graph`` (which wipes the database before and after it). Tests that only read share one build.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from neo4j import Driver

from graph_build.build import BuildResult, build_graph, extract_facts
from graph_build.records import ExtractionReport

pytest_plugins = ["neo4j_fixture"]

_state: dict[str, Any] = {"demo": None}


def wipe(driver: Driver) -> None:
    with driver.session() as session:  # CALL … IN TRANSACTIONS needs an auto-commit transaction
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume()


@pytest.fixture(scope="session")
def demo_facts(corpus_dir: Path) -> list[dict[str, Any]]:
    report = ExtractionReport()
    facts = extract_facts([corpus_dir], report)
    assert not report.errors
    return facts


@pytest.fixture
def demo_graph(neo4j_driver: Driver, demo_facts: list[dict[str, Any]]) -> BuildResult:
    """The demo corpus, loaded (built at most once per session unless a test wiped it)."""
    if _state["demo"] is None:
        wipe(neo4j_driver)
        _state["demo"] = build_graph(neo4j_driver, "neo4j", demo_facts, ExtractionReport())
    return _state["demo"]


@pytest.fixture
def empty_graph(neo4j_driver: Driver) -> Iterator[Driver]:
    """An empty database for a test that writes; the demo graph is rebuilt for the next test that wants it."""
    wipe(neo4j_driver)
    _state["demo"] = None
    yield neo4j_driver
    wipe(neo4j_driver)
