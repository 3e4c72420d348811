"""Judgements: a reviewer's decisions about the machine's facts and entities, as typed records.

Each judgement says who made it (``by``), when (``at``, ISO 8601) and why (``why``), and has an id derived from
its content. Kinds:

- ``reject``  a fact is wrong: it is left out of the graph and the exports.
- ``confirm`` a fact is right: it is marked confirmed.
- ``correct`` a field of a fact is wrong: ``set`` gives the right values; the original is kept beside them.
- ``same``    two entities are one (``entities``: [kept id, merged id]); across counties only a judgement merges.
- ``different`` facts that the resolver gave to ``entity`` belong to another entity of the same name (``facts``),
  which gets the id ``entity~label``.
- ``lineage`` an agency was renamed, merged or split into another (``from``, ``to``, ``change``, ``date``, ``doc``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, ClassVar

from graph_build.judgements.keys import CORRECTABLE, check_key, key_text
from graph_build.patterns import LazyPattern

Row = dict[str, Any]
CHANGES = ("renamed", "merged", "split")
_DATE = LazyPattern(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_LABEL = LazyPattern(r"^[^\s:~]{1,20}$")


class JudgementError(ValueError):
    """A judgement record that cannot be read; the message names the file and line when known."""


@dataclass(frozen=True, kw_only=True)
class Judgement:
    kind: ClassVar[str] = "judgement"

    by: str
    at: str
    why: str = ""

    @property
    def id(self) -> str:
        body = {k: v for k, v in self.to_json().items() if k != "id"}
        return "j-" + hashlib.sha1(key_text(body).encode("utf-8")).hexdigest()[:12]

    def fields_json(self) -> Row:
        return {}

    def to_json(self) -> Row:
        out: Row = {"kind": self.kind}
        out.update(self.fields_json())
        out.update({"by": self.by, "at": self.at, "why": self.why})
        return out

    def line(self) -> str:
        """The judgement as one line of JSON, id first."""
        return json.dumps({"id": self.id, **self.to_json()}, ensure_ascii=False)


@dataclass(frozen=True, kw_only=True)
class FactJudgement(Judgement):
    """A judgement about one fact, named by its stable key."""

    fact: Row

    @property
    def target(self) -> str:
        return key_text(self.fact)

    def fields_json(self) -> Row:
        return {"fact": self.fact}


@dataclass(frozen=True, kw_only=True)
class Reject(FactJudgement):
    kind: ClassVar[str] = "reject"


@dataclass(frozen=True, kw_only=True)
class Confirm(FactJudgement):
    kind: ClassVar[str] = "confirm"


@dataclass(frozen=True, kw_only=True)
class Correct(FactJudgement):
    kind: ClassVar[str] = "correct"

    set: Row = field(default_factory=dict)

    def fields_json(self) -> Row:
        return {"fact": self.fact, "set": self.set}


@dataclass(frozen=True, kw_only=True)
class Same(Judgement):
    kind: ClassVar[str] = "same"

    entities: tuple[str, str]

    def fields_json(self) -> Row:
        return {"entities": list(self.entities)}


@dataclass(frozen=True, kw_only=True)
class Different(Judgement):
    kind: ClassVar[str] = "different"

    entity: str
    facts: tuple[Row, ...]
    label: str = "2"

    @property
    def new_id(self) -> str:
        return f"{self.entity}~{self.label}"

    def fields_json(self) -> Row:
        return {"entity": self.entity, "facts": list(self.facts), "label": self.label}


@dataclass(frozen=True, kw_only=True)
class Lineage(Judgement):
    kind: ClassVar[str] = "lineage"

    predecessor: str
    successor: str
    change: str
    date: str
    doc: str

    def fields_json(self) -> Row:
        return {"from": self.predecessor, "to": self.successor, "change": self.change, "date": self.date,
                "doc": self.doc}


KINDS: dict[str, type[Judgement]] = {c.kind: c for c in (Reject, Confirm, Correct, Same, Different, Lineage)}


def now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _text(raw: Row, name: str, required: bool = True) -> str:
    value = raw.get(name)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise ValueError(f"{name!r} must be a non-empty string")
    return value


def _entity(value: Any, name: str) -> str:
    if not isinstance(value, str) or value.count(":") < 2:
        raise ValueError(f"{name!r} must be an entity id such as person:<county>:<name>, not {value!r}")
    return value


def _corrections(fact: Row, values: Any) -> Row:
    if not isinstance(values, dict) or not values:
        raise ValueError("'set' must be an object of field -> corrected value")
    allowed = CORRECTABLE.get(fact["type"], {})
    for name, value in values.items():
        if name not in allowed:
            raise ValueError(f"a {fact['type']} has no correctable field {name!r}; correctable: "
                             f"{', '.join(allowed) or 'none'}")
        if allowed[name]:
            if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                raise ValueError(f"{name!r} must be a list of names")
        elif value is not None and not isinstance(value, str):
            raise ValueError(f"{name!r} must be a string")
    return values


def parse(raw: Any) -> Judgement:
    """A judgement from its JSON object; ValueError saying what is wrong."""
    if not isinstance(raw, dict):
        raise ValueError("a judgement is a JSON object")
    kind = raw.get("kind")
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; expected one of {', '.join(KINDS)}")
    common = {"by": _text(raw, "by"), "at": _text(raw, "at"), "why": _text(raw, "why", required=False)}
    try:
        dt.datetime.fromisoformat(common["at"].replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"'at' must be an ISO 8601 time, not {common['at']!r}") from None
    out: Judgement
    if kind in ("reject", "confirm"):
        out = KINDS[kind](fact=check_key(raw.get("fact")), **common)  # type: ignore[call-arg]
    elif kind == "correct":
        fact = check_key(raw.get("fact"))
        out = Correct(fact=fact, set=_corrections(fact, raw.get("set")), **common)
    elif kind == "same":
        ents = raw.get("entities")
        if not isinstance(ents, list) or len(ents) != 2 or ents[0] == ents[1]:
            raise ValueError("'entities' must be two different entity ids [kept, merged]")
        a, b = (_entity(e, "entities") for e in ents)
        if a.split(":", 1)[0] != b.split(":", 1)[0]:
            raise ValueError(f"{a} and {b} are not of one kind")
        out = Same(entities=(a, b), **common)
    elif kind == "different":
        facts = raw.get("facts")
        if not isinstance(facts, list) or not facts:
            raise ValueError("'facts' must list the keys of the facts that belong to the other entity")
        label = raw.get("label", "2")
        if not isinstance(label, str) or not _LABEL.match(label):
            raise ValueError(f"'label' must be a short text without spaces, ':' or '~', not {label!r}")
        out = Different(entity=_entity(raw.get("entity"), "entity"), facts=tuple(check_key(f) for f in facts),
                        label=label, **common)
    else:
        change = raw.get("change")
        if change not in CHANGES:
            raise ValueError(f"'change' must be one of {', '.join(CHANGES)}")
        date = _text(raw, "date")
        if not _DATE.match(date):
            raise ValueError(f"'date' must be YYYY, YYYY-MM or YYYY-MM-DD, not {date!r}")
        out = Lineage(predecessor=_entity(raw.get("from"), "from"), successor=_entity(raw.get("to"), "to"),
                      change=change, date=date, doc=_text(raw, "doc"), **common)
        if not (out.predecessor.startswith("agency:") and out.successor.startswith("agency:")):
            raise ValueError("lineage links two agencies (agency:<county>:<name>)")
    if "id" in raw and raw["id"] != out.id:
        raise ValueError(f"id {raw['id']!r} does not match the record's content (expected {out.id}); "
                         "was the line edited? drop the id to accept the edit")
    return out
