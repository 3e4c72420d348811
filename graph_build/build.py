"""``govkg build``: extract + resolve + load, then derive tenures and run the domain checks.

The graph keeps the facts of every file it was built from (``graph.store``). A build re-reads the files it is
given and resolves their facts together with the stored facts of all other files, so that building a subset
of a corpus gives the same graph as building all of it. Documents are identified by content
(``graph.identity``): a gazette under two file names is loaded once.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from neo4j import Driver

from graph_build.facts_file import read_facts
from graph_build.graph.aggregates import derive_aggregates
from graph_build.graph.checks import CheckResult, run_checks
from graph_build.graph.findings import record_findings
from graph_build.graph.identity import Documents, Duplicate, identify
from graph_build.graph.loader import Loader, LoadSummary, ensure_schema, graph_counts
from graph_build.graph.rows import DocumentRows, RowBuilder
from graph_build.graph.seats import link_seats_by_post
from graph_build.graph.store import ensure_store, forget_sources, held_facts, store_facts
from graph_build.graph.tenures import derive_tenures
from graph_build.judgements import ReviewReport, ReviewStage
from graph_build.parallel import process_shards, tally
from graph_build.pipeline import Extractor
from graph_build.readers import expand_inputs
from graph_build.records import ExtractionReport
from graph_build.resolve import Resolver

Row = dict[str, Any]


class PruneRefused(Exception):
    """A prune that would remove most of the graph, asked for without confirmation; nothing was changed."""

    def __init__(self, remove: list[str], total: int):
        self.remove = remove
        self.total = total
        super().__init__(f"--prune would remove {len(remove)} of the {total} documents in the graph "
                         f"(e.g. {', '.join(remove[:3])}); nothing was changed. Check the paths, or confirm with --yes")


@dataclass
class BuildResult:
    extraction: ExtractionReport
    load: LoadSummary
    documents: int
    duplicates: list[Duplicate] = field(default_factory=list)
    tenures: int = 0
    seats_by_post: int = 0
    shared_duty_pairs: int = 0
    nodes: Counter[str] = field(default_factory=Counter)
    relationships: Counter[str] = field(default_factory=Counter)
    checks: list[CheckResult] = field(default_factory=list)
    findings: dict[str, int] = field(default_factory=dict)  # whole-graph data check -> findings kept
    review: ReviewReport | None = None

    @property
    def ok(self) -> bool:
        return self.load.ok and not self.extraction.errors


def extract_facts(paths: Iterable[str | Path], report: ExtractionReport, jobs: int = 1) -> list[Row]:
    """The facts of ``paths`` as rows, extracted in this process or by ``jobs`` processes (the same rows and the
    same report either way)."""
    if jobs <= 1:
        return [fact.to_json() for fact in Extractor().run(paths, report)]
    files = [str(p) for p in expand_inputs(list(paths), report.errors)]
    return [json.loads(line) for shard in process_shards(files, jobs) if tally(shard, report)
            for line in shard.text.splitlines()]


def by_source(facts: Iterable[Row]) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = {}
    for f in facts:
        out.setdefault(f["source"], []).append(f)
    return out


def document_rows(facts: list[Row], resolver: Resolver | None = None) -> tuple[list[DocumentRows], Documents]:
    """Sort the facts into documents by identity, resolve their names, and make per-document graph rows."""
    documents = identify(facts)
    builder = RowBuilder(resolver or Resolver())
    builder.fit(documents.facts)
    return builder.build(documents), documents


def rows_for(facts: list[Row], resolver: Resolver | None = None) -> list[DocumentRows]:
    return document_rows(facts, resolver)[0]


@dataclass
class Resolved:
    """What a set of facts became: the documents' rows, resolved, with the judgements of ``review`` applied."""

    facts: list[Row]  # the facts resolved, as given (before the judgements)
    documents: list[DocumentRows]
    identities: Documents
    review: ReviewStage


def resolve(facts: list[Row], review: ReviewStage) -> Resolved:
    """Apply the judgements to ``facts``, sort them into documents, resolve their names and mark the rows."""
    documents, identities = document_rows(review.facts(facts))
    review.rows(documents)
    return Resolved(facts, documents, identities, review)


def facts_to_build(held: dict[str, list[Row]], new: dict[str, list[Row]], read: set[str], keep_held: set[str] | None
                   ) -> list[Row]:
    """The facts of every file the graph will hold, in file-name order: the files read now replace what the
    graph held for them; the other files' facts come from the graph (all of them, or with a prune only those in
    ``keep_held``)."""
    merged = {src: facts for src, facts in held.items()
              if src not in read and (keep_held is None or src in keep_held)}
    merged.update(new)
    return [f for src in sorted(merged) for f in merged[src]]


def facts_to_store(new: dict[str, list[Row]], extraction: ExtractionReport) -> dict[str, list[Row]]:
    """What a build stores for the files it read (``new``, file name -> facts): each file's facts, none for a
    file read without facts."""
    return {src: new.get(src, []) for src in set(new) | set(extraction.sources)}


def build_graph(
    driver: Driver,
    database: str,
    facts: list[Row],
    extraction: ExtractionReport,
    progress: Callable[[DocumentRows, str], None] | None = None,
    on_rows: Callable[[list[DocumentRows]], None] | None = None,
    prune: bool = False,
    confirmed: bool = False,
    review: ReviewStage | None = None,
    resolved: Resolved | None = None,
    imported: bool = False,
) -> BuildResult:
    """Load ``facts`` (the files read in this run, ``extraction.sources`` and those the facts name) into the
    graph, resolved together with the facts the graph holds for every other file.

    With ``prune``, documents of files neither read nor failed in this run are removed; a prune that would
    remove more than half of the graph's documents raises PruneRefused unless ``confirmed``. A document whose
    file failed to read is never removed. ``review`` applies the judgements to every fact built (stored facts
    stay as extracted, so judgements are replayed on each build), marks the rows and finds conflicts.
    ``resolved`` is used instead of resolving again (and instead of ``review``) when it was made from the very
    facts this build would resolve (``--bulk`` resolves them once to write its files, then finishes with this build).
    ``imported`` says that the database holds what ``write_import_files`` wrote from ``resolved`` (with its corpus
    marks, and ``facts_to_store`` as the facts store) and nothing else (``--bulk``, into a database it replaced):
    nothing is held to resolve against, and what the import wrote is neither compared nor written again.
    """
    ensure_schema(driver, database)
    ensure_store(driver, database)
    loader = Loader(driver, database)
    new = by_source(facts)
    read = set(new) | set(extraction.sources)
    failed = set(extraction.failed_sources) | set(extraction.faulted_sources)  # (a prune keeps what they held)
    held = {} if imported else held_facts(driver, database)
    inputs = facts_to_build(held, new, read, (read | failed) if prune else None)
    if resolved is None or resolved.facts != inputs:
        if imported:
            raise ValueError("imported=True needs the resolution the import was written from, of these facts")
        resolved = resolve(inputs, review or ReviewStage())
    documents, identities, review = resolved.documents, resolved.identities, resolved.review
    remove: list[str] = []
    if prune:
        present = loader.documents_in_graph()
        keep = {d.doc_id for d in documents}
        remove = sorted(d for d, sources in present.items() if d not in keep and not set(sources) & failed)
        if present and len(remove) * 2 > len(present) and not confirmed:
            raise PruneRefused(remove, len(present))
        forget_sources(driver, database, set(held) - read - failed)
    if on_rows:
        on_rows(documents)
    if not imported:
        store_facts(driver, database, facts_to_store(new, extraction))
    summary = (loader.imported(documents) if imported
               else loader.load(documents, progress=progress, remove=remove, marks=review.corpus_marks))
    result = BuildResult(extraction=extraction, load=summary, documents=len(documents),
                         duplicates=identities.duplicates)
    result.review = review.after_load(driver, database, documents, set(summary.loaded))
    result.tenures = derive_tenures(driver, database)
    result.seats_by_post = link_seats_by_post(driver, database)
    result.shared_duty_pairs = derive_aggregates(driver, database)
    result.findings = record_findings(driver, database)
    result.nodes, result.relationships = graph_counts(driver, database)
    result.checks = run_checks(driver, database)
    return result


__all__ = ["BuildResult", "PruneRefused", "Resolved", "build_graph", "document_rows", "extract_facts", "read_facts",
           "resolve", "rows_for"]
