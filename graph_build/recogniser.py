"""The agency recogniser: unit names found by prefix and suffix patterns, without spaCy.

Patterns and vocabularies live in ``data/agency_patterns.yml``. The spaCy
component ``govkg_agencies`` (``graph_build/nlp.py``) wraps this class;
extraction calls it directly through :class:`Recogniser`, which gives the
same spans without building a spaCy ``Doc`` per call and without importing
spaCy at all (the command line starts in a fraction of a second).
"""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path
from typing import Any, NamedTuple

from graph_build.data_files import load_yaml
from graph_build.patterns import LazyPattern

DATA = Path(__file__).parent / "data"
DEFAULT_PATTERNS = DATA / "agency_patterns.yml"

AGENCY = "AGENCY"
GENERIC = "GENERIC"

_BRACKET_ALIAS_AT_END = LazyPattern(r"[(（][^)）]*[)）]$")


def load_patterns(path: str | Path = DEFAULT_PATTERNS) -> dict[str, Any]:
    return load_yaml(path)


class AgencySpan(NamedTuple):
    """A unit name found in a text: character offsets, label and the text itself."""

    start_char: int
    end_char: int
    label_: str
    text: str


class AgencyRecogniser:
    """Recognises unit names by prefix and suffix patterns, and generic unit phrases."""

    def __init__(self, patterns: dict[str, Any]):
        suffixes = sorted(patterns["suffixes"], key=len, reverse=True)
        prefixes = sorted(patterns["prefixes"], key=len, reverse=True)
        self.generic = set(patterns.get("generic", []))
        generic_patterns = patterns.get("generic_patterns", [])
        self.generic_res = [re.compile(p) for p in generic_patterns]
        # One search for all of them (none refers back to a group): the same answer as any(r.search(n) ...).
        self.generic_re = re.compile("|".join(f"(?:{p})" for p in generic_patterns)) if generic_patterns else None
        self.suffix_re = re.compile("(?:" + "|".join(map(re.escape, suffixes)) + ")$")
        body = r"[\u4e00-\u9fff()（）“”]"
        place = r"(?:[\u4e00-\u9fff]{2,5}(?:省|市|县|区))"
        self.find_re = re.compile(
            "(?:" + place + "|" + "|".join(map(re.escape, prefixes)) + ")"
            + body + "{0,18}?(?:" + "|".join(map(re.escape, suffixes)) + ")"
            + r"(?![\u4e00-\u9fff]*?(?:" + "|".join(map(re.escape, suffixes)) + r")(?:负责|牵头|配合|[、，,。；;]|$))"
        )

    def is_unit(self, name: str) -> bool:
        """Does ``name`` read as a body (or a generic set of bodies), not a field of work?"""
        n = "".join(name.split())
        n = _BRACKET_ALIAS_AT_END.sub("", n)
        return bool(n) and (self.is_generic(n) or bool(self.suffix_re.search(n)))

    def is_generic(self, name: str) -> bool:
        n = "".join(name.split())
        return n in self.generic or (self.generic_re is not None and self.generic_re.search(n) is not None)

    def label(self, name: str) -> str | None:
        if self.is_generic(name):
            return GENERIC
        return AGENCY if self.is_unit(name) else None

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """Character spans of unit names in ``text`` with their labels."""
        out = []
        for m in self.find_re.finditer(text):
            label = self.label(m.group())
            if label:
                out.append((m.start(), m.end(), label))
        return out

    def __call__(self, doc: Any) -> Any:
        """As a spaCy component: mark the spans in ``doc.spans["agencies"]``."""
        spans = []
        for start, end, label in self.spans(doc.text):
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans["agencies"] = spans
        return doc


class Recogniser:
    """What extractors use (``ctx.nlp``): the recogniser and its spans, built once from the patterns."""

    def __init__(self, patterns_path: str | Path = DEFAULT_PATTERNS):
        self.patterns_path = str(patterns_path)

    @cached_property
    def agencies(self) -> AgencyRecogniser:
        return AgencyRecogniser(load_patterns(self.patterns_path))

    def agency_spans(self, text: str) -> list[AgencySpan]:
        """The unit names of ``text``: the spans the spaCy component would mark."""
        return [AgencySpan(s, e, label, text[s:e]) for s, e, label in self.agencies.spans(text)]
