"""Extraction: files -> layout -> notices -> facts, with a report of what failed."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType

from graph_build.extractors import EXTRACTORS
from graph_build.extractors.base import Context, check_evidence
from graph_build.layout import layout
from graph_build.notices import segment
from graph_build.readers import expand_inputs, read_document
from graph_build.recogniser import Recogniser
from graph_build.records import ExtractionReport, Fact
from graph_build.source import SourceError, SourceText


def with_origin(fact: Fact, source: SourceText) -> Fact:
    """The fact with the page, address and OCR confidence of its evidence, where the format knows them."""
    origin = source.origin
    if origin is None:
        return fact
    page = source.page_of(fact.prov.line)
    confidence = origin.ocr_confidence(page)
    prov = replace(fact.prov, page=page, url=origin.url, ocr=confidence is not None, ocr_confidence=confidence)
    return replace(fact, prov=prov)

# Called after each notice of a file: (file name, characters done, characters in the file).
Progress = Callable[[str, int, int], None]


@dataclass
class Extractor:
    """Runs every registered extractor over gazette files."""

    extractors: tuple[ModuleType, ...] = EXTRACTORS
    ctx: Context | None = None
    progress: Progress | None = None

    def __post_init__(self) -> None:
        if self.ctx is None:
            nlp = Recogniser()
            self.ctx = Context(agencies=nlp.agencies, nlp=nlp)

    def facts_from_source(self, source: SourceText, report: ExtractionReport | None = None) -> list[Fact]:
        """All facts of one file, in file order, duplicates removed.

        Time and memory grow linearly with the file (each notice looks only at its own
        lines); ``progress`` hears after each notice how far the file is done.
        """
        assert self.ctx is not None
        keyed: list[tuple[tuple[int, str, str], Fact]] = []  # (file order, fact); a fact's id is hashed once
        seen: set[str] = set()
        total = len(source.text)
        file_ctx = self.ctx.for_file()
        for notice in segment(layout(source)):
            ctx = file_ctx.for_notice()
            for module in self.extractors:
                try:  # (each names its notice's title, ``doc_title``, itself)
                    found = list(module.extract(notice, ctx))
                except Exception as exc:  # a fault met on this notice: reported with its place, the rest still read
                    if report is None:
                        raise
                    name = module.__name__.rsplit(".", 1)[-1]
                    report.errors.append(f"{source.name}:{notice.first_line}: the {name} extractor failed on the "
                                         f"text from this line ({type(exc).__name__}: {exc}); its other facts are kept")
                    if source.name not in report.faulted_sources:
                        report.faulted_sources.append(source.name)
                    continue
                for fact in found:
                    fact_id = fact.id
                    if fact_id in seen:
                        continue
                    missing = check_evidence(fact.names(), fact.prov.evidence)
                    if missing:
                        if report is not None:
                            report.rejected.append(
                                f"{fact.prov.source}:{fact.prov.line}: {fact.type} rejected: "
                                f"evidence lacks {'、'.join(missing)}"
                            )
                        continue
                    seen.add(fact_id)
                    keyed.append(((fact.prov.start, fact.type, fact_id), fact))
            if self.progress is not None:
                self.progress(source.name, _end_offset(source, notice.last_line), total)
        keyed.sort(key=lambda kf: kf[0])
        facts = [fact for _, fact in keyed]
        return [with_origin(f, source) for f in facts] if source.origin else facts

    def facts_from_text(self, text: str, name: str = "snippet.txt") -> list[Fact]:
        return self.facts_from_source(SourceText.from_string(name, text))

    def run(self, paths: Iterable[str | Path], report: ExtractionReport) -> Iterator[Fact]:
        """Facts of every file; a file that cannot be read is reported and skipped."""
        for path in expand_inputs(list(paths), report.errors):
            try:
                source = read_document(path)
            except SourceError as exc:
                report.errors.append(str(exc))
                report.failed_sources.append(Path(path).name)
                continue
            report.files += 1
            report.sources.append(source.name)
            for fact in self.facts_from_source(source, report):
                report.count(fact)
                yield fact


def _end_offset(source: SourceText, last_line: int) -> int:
    """Characters of ``source`` up to the end of line ``last_line``."""
    starts = source.line_starts
    return starts[last_line] if last_line < len(starts) else len(source.text)
