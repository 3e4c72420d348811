"""Applying judgements: to facts before resolution (reject, confirm, correct), to rows after it (same, different).

Nothing here touches Neo4j: the build loads what comes out. A judgement whose fact or entity is not found is
an orphan, reported with the reason, never dropped in silence.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from graph_build.graph.rows import DocumentRows
from graph_build.judgements.keys import fact_key, key_text
from graph_build.judgements.model import Confirm, Correct, Different, FactJudgement, Judgement, Reject, Same

Row = dict[str, Any]
CONFIRMED, CORRECTED, MACHINE = "confirmed", "corrected", "machine-only"
LABEL_OF_PREFIX = {"person": "Person", "agency": "Agency", "post": "Post", "taskforce": "TaskForce",
                   "field": "Field"}
_PLAIN = frozenset({"MENTIONED_IN", "IN_COUNTY"})


@dataclass(frozen=True)
class Orphan:
    judgement: Judgement
    reason: str

    def describe(self) -> str:
        return f"{self.judgement.id} ({self.judgement.kind} by {self.judgement.by}, {self.judgement.at}): {self.reason}"


@dataclass
class FactReview:
    """What the judgements made of one fact."""

    status: str = MACHINE
    original: Row = field(default_factory=dict)  # field -> value as extracted, for corrected fields
    judgements: list[str] = field(default_factory=list)


@dataclass
class FactOutcome:
    facts: list[Row]
    reviews: dict[str, FactReview]  # fact id -> review (confirmed or corrected facts only)
    rejected: list[str]  # fact ids left out
    matches: dict[str, list[str]]  # judgement id -> fact ids it applies to
    orphans: list[Orphan]


def index_facts(facts: list[Row]) -> dict[str, list[Row]]:
    """Facts by their stable key (a document printed in two gazettes gives one key two facts)."""
    out: dict[str, list[Row]] = defaultdict(list)
    for f in facts:
        out[key_text(fact_key(f))].append(f)
    return out


def _corrected(fact: Row, values: Row) -> tuple[Row, Row]:
    new = dict(fact)
    original = {}
    for name, value in values.items():
        original[name] = fact.get(name)
        new[name] = list(value) if isinstance(value, list) else value
    if fact["type"] in ("assignment", "duty"):  # a lead is always one of the units
        units = list(new.get("units") or [])
        new["units"] = units + [u for u in new.get("lead") or [] if u not in units]
    return new, original


def apply_to_facts(facts: list[Row], judgements: list[Judgement]) -> FactOutcome:
    """Reject, confirm and correct facts. Of a fact's reject and confirm, the latest (``at``) decides."""
    index = index_facts(facts)
    matches: dict[str, list[str]] = {}
    orphans: list[Orphan] = []
    for j in judgements:
        keys = [j.target] if isinstance(j, FactJudgement) else ([key_text(k) for k in j.facts]
                                                                 if isinstance(j, Different) else [])
        if not keys:
            continue
        found = [f["id"] for k in keys for f in index.get(k, [])]
        missing = [k for k in keys if k not in index]
        if missing:
            orphans.append(Orphan(j, "no fact with the key " + "; ".join(missing)))
        matches[j.id] = found
    verdict: dict[str, tuple[str, str]] = {}  # fact id -> (at, kind) of the latest reject/confirm
    corrections: dict[str, list[Correct]] = defaultdict(list)
    named: dict[str, list[str]] = defaultdict(list)
    for j in sorted((j for j in judgements if isinstance(j, FactJudgement)), key=lambda j: (j.at, j.id)):
        for fid in matches.get(j.id, []):
            named[fid].append(j.id)
            if isinstance(j, Reject | Confirm):
                verdict[fid] = (j.at, j.kind)
            elif isinstance(j, Correct):
                corrections[fid].append(j)
    rejected = sorted(fid for fid, (_, kind) in verdict.items() if kind == "reject")
    out: list[Row] = []
    reviews: dict[str, FactReview] = {}
    gone = set(rejected)
    for f in facts:
        fid = f["id"]
        if fid in gone:
            continue
        if fid in corrections:
            original: Row = {}
            for c in corrections[fid]:
                f, changed = _corrected(f, c.set)
                for name, value in changed.items():
                    original.setdefault(name, value)
            reviews[fid] = FactReview(CORRECTED, original, named[fid])
        elif fid in verdict:
            reviews[fid] = FactReview(CONFIRMED, {}, named[fid])
        out.append(f)
    return FactOutcome(out, reviews, rejected, matches, orphans)


# -- entities: merge (same) and split (different) on the rows ------------------------------------------------


def _label(entity_id: str) -> str | None:
    return LABEL_OF_PREFIX.get(entity_id.split(":", 1)[0])


def _county_of(entity_id: str) -> str:
    return entity_id.split(":")[1]


def _node_props(documents: list[DocumentRows], label: str, node_id: str) -> Row | None:
    for doc in documents:
        props = doc.nodes.get(label, {}).get(node_id)
        if props is not None:
            return props
    return None


def _rename(doc: DocumentRows, label: str, old: str, new: str, props: Row, only: set[str] | None) -> bool:
    """Point ``doc``'s relationships at ``new`` instead of ``old`` (only those of facts in ``only``, if given)."""
    moved_lines: set[int] = set()
    changed = False
    for rel, rows in doc.rels.items():
        if rel[0] in _PLAIN:
            continue
        for key in list(rows):
            row = rows[key]
            if old not in (row["from"], row["to"]):
                continue
            if only is not None and row["props"].get("fact_id") not in only:
                continue
            del rows[key]
            row["from"] = new if row["from"] == old else row["from"]
            row["to"] = new if row["to"] == old else row["to"]
            row["key"] = key.replace(old, new)
            rows[row["key"]] = row
            if "line" in row["props"]:
                moved_lines.add(row["props"]["line"])
            changed = True
    if not changed:
        return False
    for post in doc.nodes.get("Post", {}).values():
        if post.get("agency_id") == old and only is None:
            post["agency_id"] = new
    doc.nodes[label][new] = {**doc.nodes[label].get(new, {}), **props}
    county = _county_of(new)
    doc.node("County", f"county:{county}", name=county)
    doc.rel("IN_COUNTY", (label, new), ("County", f"county:{county}"), f"{new}:county")
    old_mention = doc.rels[("MENTIONED_IN", label, "Document")].get(f"{old}@{doc.doc_id}")
    for line in sorted(moved_lines or set(old_mention["props"]["lines"] if old_mention else [])):
        doc.mention(label, new, line)
    still_used = any(old in (row["from"], row["to"]) for rel, rows in doc.rels.items() if rel[0] not in _PLAIN
                     for row in rows.values())
    if not still_used:
        doc.nodes[label].pop(old, None)
        doc.rels[("MENTIONED_IN", label, "Document")].pop(f"{old}@{doc.doc_id}", None)
        for rel, rows in doc.rels.items():
            if rel[0] == "IN_COUNTY":
                rows.pop(f"{old}:county", None)
    return True


def apply_to_rows(documents: list[DocumentRows], judgements: list[Judgement],
                  matches: dict[str, list[str]]) -> list[Orphan]:
    """Merge entities judged the same, split off the facts judged to be another entity's. Returns orphans."""
    orphans: list[Orphan] = []
    for j in sorted((j for j in judgements if isinstance(j, Same | Different)), key=lambda j: (j.at, j.id)):
        if isinstance(j, Same):
            kept, merged = j.entities
            label = _label(kept)
            kept_props = _node_props(documents, label, kept) if label else None
            merged_props = _node_props(documents, label, merged) if label else None
            if label is None or kept_props is None or merged_props is None:
                missing = [e for e, p in ((kept, kept_props), (merged, merged_props)) if p is None]
                orphans.append(Orphan(j, f"no entity {', '.join(missing)} in the graph"))
                continue
            props = dict(kept_props)
            if "aliases" in props:
                props["aliases"] = sorted(set(props["aliases"]) | set(merged_props.get("aliases") or []))
                props["alias_text"] = " ".join(props["aliases"])
            props["review_judgements"] = sorted({*props.get("review_judgements", []), j.id})
            props["merged_from"] = sorted({*props.get("merged_from", []), merged})
            for doc in documents:
                if kept in doc.nodes.get(label, {}):
                    doc.nodes[label][kept].update(props)
                _rename(doc, label, merged, kept, props, None)
        else:
            label = _label(j.entity)
            props = _node_props(documents, label, j.entity) if label else None
            facts = set(matches.get(j.id, []))
            if label is None or props is None:
                orphans.append(Orphan(j, f"no entity {j.entity} in the graph"))
                continue
            new_props = {**props, "split_from": j.entity, "review_judgements": [j.id]}
            renamed = [_rename(doc, label, j.entity, j.new_id, new_props, facts) for doc in documents]
            if facts and not any(renamed):  # the facts were found but do not name the entity (e.g. corrected)
                orphans.append(Orphan(j, f"none of its facts names {j.entity}"))
    return orphans


def original_text(review: FactReview) -> str | None:
    """The extracted values of corrected fields, as one JSON string (a graph property)."""
    return json.dumps(review.original, ensure_ascii=False, sort_keys=True) if review.original else None
