"""Typed facts that pass between stages. Every fact carries its provenance.

The JSON form of each fact follows ``shared/gold/SCHEMA.md`` and adds an id,
the character span, the evidence sentence, and the extractor's name and
version. Ids are derived from the fact's key fields, so the same input always
gives the same ids.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, fields
from functools import cached_property
from typing import Any, ClassVar

# ``json.dumps(v, ensure_ascii=False)`` without building an encoder per call (the same text).
_KEY_JSON = json.JSONEncoder(ensure_ascii=False)


@dataclass(frozen=True, kw_only=True)
class Provenance:
    source: str  # file name
    line: int  # 1-based line where the evidence starts
    start: int  # character offset in the file (inclusive)
    end: int  # character offset in the file (exclusive)
    evidence: str  # the sentence the fact came from, whitespace between CJK removed
    extractor: str
    version: str
    # Known only for some formats, and written to JSON only when known (a .txt fact's JSON is unchanged):
    page: int | None = None  # 1-based page of the evidence (PDF)
    url: str | None = None  # the source address (web page, or the fetch manifest's address of the file)
    ocr: bool = False  # the evidence was read by OCR from a page image
    ocr_confidence: float | None = None  # Tesseract's mean word confidence on that page (0-100)

    def origin_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.page is not None:
            out["page"] = self.page
        if self.url:
            out["url"] = self.url
        if self.ocr:
            out["ocr"] = True
            out["ocr_confidence"] = self.ocr_confidence
        return out


@dataclass(frozen=True, kw_only=True)
class Fact:
    """Base of all facts. ``type`` names the record type of SCHEMA.md."""

    type: ClassVar[str] = "fact"
    key_fields: ClassVar[tuple[str, ...]] = ()

    prov: Provenance
    doc_number: str | None
    doc_title: str | None = None

    @cached_property
    def id(self) -> str:
        """A hash of the type, the source, the document and the key fields; made once (deduplication asks, then
        the output)."""
        key = [self.type, self.prov.source, self.doc_number or self.doc_title or ""]
        key += [_KEY_JSON.encode(getattr(self, f)) for f in self.key_fields]
        return self.type[:3] + "-" + hashlib.sha1("\x1f".join(key).encode("utf-8")).hexdigest()[:16]

    def payload(self) -> dict[str, Any]:
        """The type's own fields, in declaration order."""
        skip = {"prov", "doc_number", "doc_title"}
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name not in skip}

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type,
            "id": self.id,
            "source": self.prov.source,
            "line": self.prov.line,
            "doc_number": self.doc_number,
        }
        payload = {k: (list(v) if isinstance(v, tuple) else v) for k, v in self.payload().items()}
        out.update(payload)
        if "doc_title" not in out:
            out["doc_title"] = self.doc_title
        out["span"] = [self.prov.start, self.prov.end]
        out["evidence"] = self.prov.evidence
        out["extractor"] = self.prov.extractor
        out["version"] = self.prov.version
        out.update(self.prov.origin_json())
        return out

    def names(self) -> list[str]:
        """Names that the evidence must contain (checked by ``check_evidence``)."""
        return []


@dataclass(frozen=True, kw_only=True)
class DocumentFact(Fact):
    type: ClassVar[str] = "document"
    key_fields: ClassVar[tuple[str, ...]] = ()

    doc_title: str | None
    issuer: str | None
    date: str | None  # YYYY-MM-DD or YYYY-MM
    end_line: int = 0

    def payload(self) -> dict[str, Any]:
        return {"doc_title": self.doc_title, "issuer": self.issuer, "date": self.date, "end_line": self.end_line}


@dataclass(frozen=True, kw_only=True)
class Membership(Fact):
    type: ClassVar[str] = "membership"
    key_fields: ClassVar[tuple[str, ...]] = ("body", "person", "role")

    body: str
    person: str
    role: str
    titles: tuple[str, ...] = ()

    def names(self) -> list[str]:
        return [self.person]


@dataclass(frozen=True, kw_only=True)
class UnitMembership(Fact):
    type: ClassVar[str] = "unit_membership"
    key_fields: ClassVar[tuple[str, ...]] = ("body", "unit", "role")

    body: str
    unit: str
    role: str
    head: str | None = None  # the seat is the unit's head (``主要负责人``, ``局长``) as written, if named

    def names(self) -> list[str]:
        return [self.unit]


@dataclass(frozen=True, kw_only=True)
class Appointment(Fact):
    type: ClassVar[str] = "appointment"
    key_fields: ClassVar[tuple[str, ...]] = ("person", "action", "post")

    date: str | None
    person: str
    action: str  # appoint | remove
    post: str
    note: str | None = None  # e.g. 试用期一年

    def names(self) -> list[str]:
        return [self.person]


@dataclass(frozen=True, kw_only=True)
class Portfolio(Fact):
    type: ClassVar[str] = "portfolio"
    key_fields: ClassVar[tuple[str, ...]] = ("person", "relation", "target")

    person: str | None  # None on a single leader's page that never names the leader
    relation: str  # 主持 负责 分管 主管 联系 协助
    target: str
    aliases: tuple[str, ...] = ()

    def names(self) -> list[str]:
        return [self.person] if self.person else []


@dataclass(frozen=True, kw_only=True)
class Assignment(Fact):
    type: ClassVar[str] = "assignment"
    key_fields: ClassVar[tuple[str, ...]] = ("task", "task_text", "units")

    task: str
    lead: tuple[str, ...]
    units: tuple[str, ...]
    deadline: str | None = None
    leader: str | None = None
    persons: tuple[str, ...] = ()
    task_text: str = ""  # the whole task text, when longer than ``task``

    def payload(self) -> dict[str, Any]:
        out = super().payload()
        if not self.persons:
            out.pop("persons")
        return out

    def names(self) -> list[str]:
        return []  # units are kept as written, but may be cut across a table; checked by the extractor


@dataclass(frozen=True, kw_only=True)
class Duty(Assignment):
    type: ClassVar[str] = "duty"


FACT_TYPES: dict[str, type[Fact]] = {
    cls.type: cls for cls in (DocumentFact, Membership, UnitMembership, Appointment, Portfolio, Assignment, Duty)
}


def fact_to_line(fact: Fact) -> str:
    return json.dumps(fact.to_json(), ensure_ascii=False, sort_keys=False)


@dataclass
class ExtractionReport:
    """What one run of extraction did: facts per type, and the files it could not read."""

    files: int = 0
    facts: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # names of the files read
    failed_sources: list[str] = field(default_factory=list)  # names of the files that could not be read
    faulted_sources: list[str] = field(default_factory=list)  # files read but with a part an extractor failed on

    def count(self, fact: Fact) -> None:
        self.facts[fact.type] = self.facts.get(fact.type, 0) + 1

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)
