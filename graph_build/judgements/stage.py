"""The review stage of a build, between resolution and loading: apply judgements, mark facts, find conflicts.

    stage = ReviewStage(read_judgements(directory))
    facts = stage.facts(facts)          # rejected facts out, corrections in (originals kept)
    documents = rows_for(facts)
    stage.rows(documents)               # merges and splits; status, confidence and conflicts on each fact
    loader.load(documents, marks=stage.corpus_marks)
    stage.after_load(driver, database, documents, loaded)  # marks of the others, SUCCEEDED_BY edges

Every fact-bearing relationship (and every task) gets ``review_status`` (confirmed, corrected or machine-only),
``fact_key`` (the key judgements name it by), and when they apply ``review_original`` (the extracted values of
corrected fields, as JSON) and ``review_judgements``: these are part of the document's rows. ``confidence``,
``doubts`` and ``conflicts`` depend on the whole corpus (``marks.py``): they are written with the documents that
load, and set after loading on the others where they changed, so that a change in one document never reloads
another.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from neo4j import Driver

from graph_build.graph.rows import DocumentRows
from graph_build.judgements.apply import MACHINE, FactReview, Orphan, apply_to_facts, apply_to_rows, original_text
from graph_build.judgements.confidence import confidences
from graph_build.judgements.conflicts import Conflict, count_by_kind, find_conflicts
from graph_build.judgements.conflicts import by_fact as conflicts_by_fact
from graph_build.judgements.keys import fact_key, key_text
from graph_build.judgements.lineage import write_lineage
from graph_build.judgements.marks import by_fact, write_marks
from graph_build.judgements.model import Different, Judgement, Same
from graph_build.judgements.suggestions import Suggestion, same_person_suggestions

Row = dict[str, Any]
_PLAIN = frozenset({"MENTIONED_IN", "IN_COUNTY", "POST_IN"})


@dataclass
class ReviewReport:
    judgements: int = 0
    rejected: list[str] = field(default_factory=list)
    confirmed: int = 0
    corrected: int = 0
    merged: int = 0
    split: int = 0
    lineage: int = 0
    orphans: list[Orphan] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    suggestions: list[Suggestion] = field(default_factory=list)
    doubtful: int = 0  # facts with at least one doubt

    @property
    def conflict_counts(self) -> dict[str, int]:
        return count_by_kind(self.conflicts)


class ReviewStage:
    def __init__(self, judgements: list[Judgement] | None = None):
        self.judgements = list(judgements or [])
        self.report = ReviewReport(judgements=len(self.judgements))
        self._facts: list[Row] = []
        self._reviews: dict[str, FactReview] = {}
        self._matches: dict[str, list[str]] = {}
        self._keys: dict[str, str] = {}
        self._corpus_marks: dict[str, list[Row]] = {}

    def facts(self, facts: list[Row]) -> list[Row]:
        """The facts to load: rejected ones left out, corrected ones changed."""
        self._keys = {f["id"]: key_text(fact_key(f)) for f in facts}  # as extracted, before corrections
        outcome = apply_to_facts(facts, self.judgements)
        self._facts, self._reviews, self._matches = outcome.facts, outcome.reviews, outcome.matches
        self.report.rejected = outcome.rejected
        self.report.orphans += outcome.orphans
        self.report.confirmed = sum(1 for r in outcome.reviews.values() if r.status == "confirmed")
        self.report.corrected = sum(1 for r in outcome.reviews.values() if r.status == "corrected")
        return outcome.facts

    def rows(self, documents: list[DocumentRows]) -> None:
        """Merge and split entities, find conflicts and suggestions, and mark every fact on the rows."""
        self.report.orphans += apply_to_rows(documents, self.judgements, self._matches)
        self.report.merged = sum(1 for j in self.judgements if isinstance(j, Same))
        self.report.split = sum(1 for j in self.judgements if isinstance(j, Different))
        self.report.conflicts = find_conflicts(documents)
        judged = {frozenset(j.entities) for j in self.judgements if isinstance(j, Same)}
        self.report.suggestions = same_person_suggestions(documents, judged)
        scores = confidences(self._facts, documents)
        self.report.doubtful = sum(1 for _, doubts in scores.values() if doubts)
        conflicts = conflicts_by_fact(self.report.conflicts)
        own = {f["id"]: self._own_marks(f) for f in self._facts}
        self._corpus_marks = {}
        for doc in documents:
            fact_ids: set[str] = set()
            for (rel_type, _, _), rows in doc.rels.items():
                if rel_type in _PLAIN:
                    continue
                for row in rows.values():
                    fid = row["props"].get("fact_id")
                    if fid in own:
                        row["props"].update(own[fid])
                        fact_ids.add(fid)
            for task_id, props in doc.nodes.get("Task", {}).items():
                fid = task_id.removeprefix("task:")
                if fid in own:
                    props.update(own[fid])
                    fact_ids.add(fid)
            self._corpus_marks[doc.doc_id] = [
                {"fact_id": fid, "confidence": scores[fid][0], "doubts": scores[fid][1] or None,
                 "conflicts": conflicts.get(fid) or None}
                for fid in sorted(fact_ids) if fid in scores
            ]

    @property
    def corpus_marks(self) -> dict[str, list[Row]]:
        """Doc id -> the marks that depend on the whole corpus, as ``after_load`` writes them."""
        return self._corpus_marks

    def _own_marks(self, fact: Row) -> Row:
        """What the fact's own judgements decide (part of its document's rows, and of their digest)."""
        review = self._reviews.get(fact["id"])
        mark: Row = {"review_status": review.status if review else MACHINE,
                     "fact_key": self._keys.get(fact["id"]) or key_text(fact_key(fact))}
        if review:
            mark["review_judgements"] = list(review.judgements)
            original = original_text(review)
            if original:
                mark["review_original"] = original
        return mark

    def after_load(self, driver: Driver, database: str, documents: list[DocumentRows],
                   loaded: set[str]) -> ReviewReport:
        """On the loaded graph: the marks that depend on the whole corpus, for the ``documents`` not ``loaded``
        with them (by the loader or the import), and lineage edges."""
        write_marks(driver, database, [d for d in documents if d.doc_id not in loaded], by_fact(self._corpus_marks))
        written, orphans = write_lineage(driver, database, self.judgements)
        self.report.lineage = written
        self.report.orphans += orphans
        return self.report
