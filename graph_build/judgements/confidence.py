"""A confidence for each fact, derived from its provenance (extractors report none of their own).

Start from how reliable the extractor's kind of text is, then lower it for each doubt:

- ``ocr``            the text came from OCR (a fact with ``"ocr": true``);
- ``prose``          the document has no 文号: a report or news item, written as prose, not a numbered notice;
- ``single_mention`` a person or agency the fact names appears in no other fact of the corpus;
- ``prose_duty``     a duty read from prose without a responsibility marker (the ``duties`` extractor).

Facts are queued for review lowest confidence first.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from graph_build.graph.rows import DocumentRows

Row = dict[str, Any]

BASE = {"documents": 0.95, "appointments": 0.9, "rosters": 0.85, "portfolios": 0.85, "responsibility_table": 0.85,
        "portfolio_visits": 0.7,
        "assignments": 0.8, "duties": 0.6}
UNKNOWN_EXTRACTOR = 0.6
PENALTY = {"ocr": 0.25, "prose": 0.15, "single_mention": 0.15}
FLOOR = 0.05
_ENTITY_LABELS = ("Person", "Agency")


def from_provenance(fact: Row) -> tuple[float, list[str]]:
    """(confidence, doubts) from the fact alone."""
    extractor = fact.get("extractor") or ""
    score = BASE.get(extractor, UNKNOWN_EXTRACTOR)
    doubts = []
    if extractor == "duties":
        doubts.append("prose_duty")
    if fact.get("ocr"):
        doubts.append("ocr")
        score -= PENALTY["ocr"]
    if not fact.get("doc_number") and fact.get("type") != "document":
        doubts.append("prose")
        score -= PENALTY["prose"]
    return max(FLOOR, round(score, 2)), doubts


def single_mentions(documents: list[DocumentRows]) -> dict[str, list[str]]:
    """Fact id -> the people and agencies it names that no other fact names."""
    facts_of: dict[str, set[str]] = {}
    for doc in documents:
        for (rel_type, src, dst), rows in doc.rels.items():
            if rel_type in ("MENTIONED_IN", "IN_COUNTY", "POST_IN"):
                continue
            for row in rows.values():
                fid = row["props"].get("fact_id")
                if not fid:
                    continue
                for label, node_id in ((src, row["from"]), (dst, row["to"])):
                    if label in _ENTITY_LABELS:
                        facts_of.setdefault(node_id, set()).add(fid)
    generic = {node_id for doc in documents for node_id, props in doc.nodes.get("Agency", {}).items()
               if props.get("generic")}
    out: dict[str, list[str]] = {}
    for node_id, fids in sorted(facts_of.items()):
        if len(fids) == 1 and node_id not in generic:
            out.setdefault(next(iter(fids)), []).append(node_id)
    return out


def confidences(facts: list[Row], documents: list[DocumentRows]) -> dict[str, tuple[float, list[str]]]:
    """Fact id -> (confidence, doubts) for every fact."""
    single = single_mentions(documents)
    out: dict[str, tuple[float, list[str]]] = {}
    for f in facts:
        score, doubts = from_provenance(f)
        if f["id"] in single:
            doubts = [*doubts, "single_mention"]
            score = max(FLOOR, round(score - PENALTY["single_mention"], 2))
        out[f["id"]] = (score, doubts)
    return out


def tally(values: dict[str, tuple[float, list[str]]]) -> Counter[str]:
    """How many facts have each doubt."""
    return Counter(d for _, doubts in values.values() for d in doubts)
