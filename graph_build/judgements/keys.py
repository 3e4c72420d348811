"""A fact's stable identity: its document's identity and its key fields, never its file, line or span.

A judgement names the fact it is about by this key, so it still finds the fact after the gazette is
re-extracted with new rules, its lines shift, or the file is renamed:

    {"type": "appointment", "doc": "稷政发〔2023〕5号", "person": "张三", "action": "appoint", "post": "县水利局局长"}
"""

from __future__ import annotations

import json
from typing import Any

Row = dict[str, Any]

# The fields that tell two facts of one type in one document apart. Assignments leave their unit list out, so
# that a rule that finds one more unit does not orphan the judgements on the task.
KEY_FIELDS: dict[str, tuple[str, ...]] = {
    "document": (),
    "membership": ("body", "person", "role"),
    "unit_membership": ("body", "unit", "role"),
    "appointment": ("person", "action", "post"),
    "portfolio": ("person", "relation", "target"),
    "assignment": ("task", "task_text"),
    "duty": ("task", "task_text"),
}

# Fields a correction may set, per type, and whether the value is a list of names.
CORRECTABLE: dict[str, dict[str, bool]] = {
    "membership": {"person": False, "role": False, "body": False, "titles": True},
    "unit_membership": {"unit": False, "role": False, "body": False, "head": False},
    "appointment": {"person": False, "action": False, "post": False, "date": False},
    "portfolio": {"person": False, "relation": False, "target": False},
    "assignment": {"task": False, "units": True, "lead": True, "deadline": False, "leader": False},
    "duty": {"task": False, "units": True, "lead": True, "deadline": False, "leader": False},
    "document": {"issuer": False, "date": False},  # not the title: it may be the document's identity
}


def document_identity(fact: Row) -> str:
    """The document a fact belongs to, as a person would cite it: its 文号, else its title."""
    return fact.get("doc_number") or fact.get("doc_title") or "(untitled)"


def fact_key(fact: Row) -> Row:
    """The stable key of a fact (a dict with ``type``, ``doc`` and the type's key fields)."""
    kind = fact["type"]
    if kind not in KEY_FIELDS:
        raise ValueError(f"unknown fact type {kind!r}; expected one of {', '.join(KEY_FIELDS)}")
    key: Row = {"type": kind, "doc": document_identity(fact)}
    for name in KEY_FIELDS[kind]:
        value = fact.get(name)
        key[name] = list(value) if isinstance(value, tuple) else (value if value is not None else "")
    return key


def key_text(key: Row) -> str:
    """A key as one canonical string (for dictionaries, files and graph properties)."""
    return json.dumps(key, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def check_key(key: Any) -> Row:
    """``key`` if it is a complete fact key; ValueError saying what is missing otherwise."""
    if not isinstance(key, dict):
        raise ValueError(f"a fact key is an object with type, doc and key fields, not {key!r}")
    kind = key.get("type")
    if kind not in KEY_FIELDS:
        raise ValueError(f"fact key: unknown type {kind!r}; expected one of {', '.join(KEY_FIELDS)}")
    missing = [f for f in ("doc", *KEY_FIELDS[kind]) if f not in key]
    if missing:
        raise ValueError(f"fact key of a {kind}: missing {', '.join(missing)}")
    extra = sorted(set(key) - {"type", "doc", *KEY_FIELDS[kind]})
    if extra:
        raise ValueError(f"fact key of a {kind}: unknown field(s) {', '.join(extra)}")
    return key
