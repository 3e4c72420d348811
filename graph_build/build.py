"""``govkg build``: extract + resolve + load, then derive tenures and run the domain checks."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from neo4j import Driver

from graph_build.graph.checks import CheckResult, run_checks
from graph_build.graph.loader import Loader, LoadSummary, ensure_schema, graph_counts
from graph_build.graph.rows import DocumentRows, RowBuilder
from graph_build.graph.seats import link_seats_by_post
from graph_build.graph.tenures import derive_tenures
from graph_build.judgements import ReviewReport, ReviewStage
from graph_build.pipeline import Extractor
from graph_build.records import ExtractionReport
from graph_build.resolve import Resolver

Row = dict[str, Any]
REQUIRED_KEYS = ("type", "id", "source", "line")


@dataclass
class BuildResult:
    extraction: ExtractionReport
    load: LoadSummary
    documents: int
    tenures: int = 0
    seats_by_post: int = 0
    nodes: Counter[str] = field(default_factory=Counter)
    relationships: Counter[str] = field(default_factory=Counter)
    checks: list[CheckResult] = field(default_factory=list)
    review: ReviewReport | None = None

    @property
    def ok(self) -> bool:
        return self.load.ok and not self.extraction.errors


def read_facts(path: str | Path) -> list[Row]:
    """Facts from a JSON Lines file written by ``govkg extract``; a bad line names the file and line."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                fact = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not JSON ({exc})") from exc
            missing = [k for k in REQUIRED_KEYS if not isinstance(fact, dict) or k not in fact]
            if missing:
                raise ValueError(f"{path}:{number}: not a govkg fact (missing {', '.join(missing)})")
            out.append(fact)
    return out


def extract_facts(paths: Iterable[str | Path], report: ExtractionReport) -> list[Row]:
    return [fact.to_json() for fact in Extractor().run(paths, report)]


def rows_for(facts: list[Row], resolver: Resolver | None = None) -> list[DocumentRows]:
    """Resolve the facts' names and group them into per-document graph rows."""
    builder = RowBuilder(resolver or Resolver())
    builder.fit(facts)
    return builder.build(facts)


def build_graph(
    driver: Driver,
    database: str,
    facts: list[Row],
    extraction: ExtractionReport,
    progress: Callable[[DocumentRows, str], None] | None = None,
    on_rows: Callable[[list[DocumentRows]], None] | None = None,
    prune: bool = False,
    review: ReviewStage | None = None,
) -> BuildResult:
    review = review or ReviewStage()  # judgements (if any) applied, facts marked, conflicts found
    documents = rows_for(review.facts(facts))
    review.rows(documents)
    if on_rows:
        on_rows(documents)
    ensure_schema(driver, database)
    summary = Loader(driver, database).load(documents, progress=progress, prune=prune)
    result = BuildResult(extraction=extraction, load=summary, documents=len(documents))
    result.review = review.after_load(driver, database)
    result.tenures = derive_tenures(driver, database)
    result.seats_by_post = link_seats_by_post(driver, database)
    result.nodes, result.relationships = graph_counts(driver, database)
    result.checks = run_checks(driver, database)
    return result
