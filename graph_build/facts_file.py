"""Reading a facts file (JSON Lines of ``govkg extract``) for ``govkg build --facts``, checked line by line.

Every line must be a JSON object that is a fact of one of the record types (``graph_build.records``): its
``type`` known, ``id``, ``source`` and ``line`` present, and each field of its type present when required and
of the type declared there (text, list of text, whole number). An error names the file and the line, and
nothing is loaded from a file with an error.
"""

from __future__ import annotations

import json
import types
import typing
from dataclasses import MISSING, fields
from functools import cache
from pathlib import Path
from typing import Any

from graph_build.records import FACT_TYPES

Row = dict[str, Any]
# Fields every fact has in its JSON form, with their types; ``doc_title`` may be absent.
COMMON: dict[str, tuple[Any, bool]] = {"type": (str, True), "id": (str, True), "source": (str, True),
                                       "line": (int, True), "doc_number": (str | None, False),
                                       "doc_title": (str | None, False), "evidence": (str | None, False)}


class FactsFileError(ValueError):
    """A facts file that cannot be loaded: the message names the file and the line."""


@cache
def _fields(type_name: str) -> dict[str, tuple[Any, bool]]:
    """The JSON fields of a record type: name -> (declared type, required)."""
    cls = FACT_TYPES[type_name]
    hints = typing.get_type_hints(cls)
    out = dict(COMMON)
    for f in fields(cls):
        if f.name in ("prov", "doc_number", "doc_title"):
            continue
        required = f.default is MISSING and f.default_factory is MISSING
        out[f.name] = (hints[f.name], required)
    return out


def _conforms(value: Any, declared: Any) -> bool:
    origin = typing.get_origin(declared)
    if origin in (typing.Union, types.UnionType):
        return any(_conforms(value, arm) for arm in typing.get_args(declared))
    if declared is type(None):
        return value is None
    if origin in (tuple, list):
        (item, *_) = typing.get_args(declared) or (Any,)
        return isinstance(value, list | tuple) and all(_conforms(v, item) for v in value)
    if declared is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if declared is Any:
        return True
    return isinstance(value, declared)


def _name(declared: Any) -> str:
    return {str: "text", int: "a whole number"}.get(declared, str(declared).replace("typing.", ""))


def check_fact(fact: Any) -> str | None:
    """What is wrong with one decoded line, or None when it is a fact of a known record type."""
    if not isinstance(fact, dict):
        return f"not a JSON object (a {type(fact).__name__})"
    missing = [k for k in ("type", "id", "source", "line") if k not in fact]
    if missing:
        return f"not a govkg fact (missing {', '.join(missing)})"
    kind = fact["type"]
    if not isinstance(kind, str) or kind not in FACT_TYPES:
        return f"unknown type {kind!r} (known: {', '.join(sorted(FACT_TYPES))})"
    for name, (declared, required) in _fields(kind).items():
        if name not in fact:
            if required:
                return f"{kind} fact lacks {name!r}"
            continue
        if not _conforms(fact[name], declared):
            shown = json.dumps(fact[name], ensure_ascii=False)[:60]
            return f"{kind} fact: {name!r} must be {_name(declared)}, not {shown}"
    if fact["line"] < 1 or not fact["source"]:
        return "a fact needs a source file name and a line number of 1 or more"
    return None


def read_facts(path: str | Path) -> list[Row]:
    """The facts of a JSON Lines file; raises FactsFileError naming the file and line of the first bad line."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise FactsFileError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    out = []
    for number, raw in enumerate(data.splitlines(), start=1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise FactsFileError(f"{path}:{number}: not UTF-8 text (byte {exc.start + 1}): not a facts file") from None
        if not line.strip():
            continue
        try:
            fact = json.loads(line)
        except json.JSONDecodeError as exc:
            raise FactsFileError(f"{path}:{number}: not JSON ({exc})") from None
        problem = check_fact(fact)
        if problem:
            raise FactsFileError(f"{path}:{number}: {problem}")
        out.append(fact)
    return out
