"""A document's identity is its content, not its file name.

A notice with a 文号 is ``doc:<issuer>:<文号>`` (``doc:<文号>`` when no issuer was read); a document without
one is ``doc:<title>:<digest>``, the digest being that of what it says (its facts without file positions).
The same gazette under two file names, or a notice reprinted in two gazettes, is therefore one document:
loaded once, from the file whose name sorts first, with every file it was found in kept (``sources``). A
copy whose facts differ from the loaded one is reported as such.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

Row = dict[str, Any]
# Where a fact sits in its file, not what it says.
POSITION_FIELDS = frozenset({"id", "source", "line", "end_line", "span", "extractor", "version"})


def doc_key(fact: Row) -> str:
    """The document a fact belongs to within its file (as extraction names it)."""
    return fact.get("doc_number") or fact.get("doc_title") or "(untitled)"


def content_digest(facts: list[Row]) -> str:
    """A digest of what a document says: its facts without their positions, in a fixed order."""
    content = sorted(json.dumps({k: v for k, v in f.items() if k not in POSITION_FIELDS}, ensure_ascii=False,
                                sort_keys=True) for f in facts)
    return hashlib.sha256("\n".join(content).encode("utf-8")).hexdigest()[:16]


def document_id(facts: list[Row]) -> str:
    """The identity of the document these facts (all of one document of one file) come from."""
    first = facts[0]
    number = first.get("doc_number")
    issuer = next((f.get("issuer") for f in facts if f["type"] == "document" and f.get("issuer")), None)
    if number:
        return f"doc:{issuer}:{number}" if issuer else f"doc:{number}"
    return f"doc:{doc_key(first)}:{content_digest(facts)}"


@dataclass(frozen=True)
class Duplicate:
    """One document found in several files: loaded once from ``sources[0]``."""

    doc_id: str
    sources: tuple[str, ...]
    same_content: bool

    def describe(self) -> str:
        rest = ", ".join(self.sources[1:])
        how = "the same" if self.same_content else "with different facts; the first is loaded"
        return f"{self.doc_id}: in {self.sources[0]} and {rest} ({how})"


@dataclass
class Documents:
    """Facts sorted into documents by identity, each document's facts from one file only."""

    facts: list[Row] = field(default_factory=list)  # the facts to load, in file order
    ids: dict[tuple[str, str], str] = field(default_factory=dict)  # (source, doc_key) -> doc id
    sources: dict[str, list[str]] = field(default_factory=dict)  # doc id -> files it is in, sorted
    duplicates: list[Duplicate] = field(default_factory=list)

    def id_of(self, fact: Row) -> str:
        return self.ids[(fact["source"], doc_key(fact))]


def identify(facts: list[Row]) -> Documents:
    """Group facts by document identity; keep each document's facts from the first file (by name) only."""
    groups: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for f in facts:
        groups[(f["source"], doc_key(f))].append(f)
    by_id: dict[str, list[tuple[str, str]]] = defaultdict(list)
    out = Documents()
    for where, group in groups.items():
        doc_id = document_id(group)
        out.ids[where] = doc_id
        by_id[doc_id].append(where)
    keep: set[tuple[str, str]] = set()
    for doc_id, places in sorted(by_id.items()):
        places.sort()
        keep.add(places[0])
        out.sources[doc_id] = sorted({source for source, _ in places})
        if len(places) > 1:
            digests = {content_digest(groups[p]) for p in places}
            out.duplicates.append(Duplicate(doc_id, tuple(s for s, _ in places), len(digests) == 1))
    out.facts = [f for f in facts if (f["source"], doc_key(f)) in keep]
    return out
