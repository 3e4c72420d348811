"""The spaCy pipeline: a blank Chinese pipeline with an agency recogniser.

``spacy.blank("zh")`` segments by character and needs no model download. The
``govkg_agencies`` component, registered by name, marks unit names in a Doc
(``doc.spans["agencies"]``, label ``AGENCY`` or ``GENERIC``) from the patterns
in ``data/agency_patterns.yml``. Extractors use it to tell a body from a field
of work (``县财政局`` vs ``财税金融``) and a named body from a generic phrase
(``有关部门``), and to find the bodies named in prose duties.
"""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path
from typing import Any

import spacy
import yaml
from spacy.language import Language
from spacy.tokens import Doc, Span

DATA = Path(__file__).parent / "data"
DEFAULT_PATTERNS = DATA / "agency_patterns.yml"

AGENCY = "AGENCY"
GENERIC = "GENERIC"


def load_patterns(path: str | Path = DEFAULT_PATTERNS) -> dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


class AgencyRecogniser:
    """Recognises unit names by prefix and suffix patterns, and generic unit phrases."""

    def __init__(self, patterns: dict[str, Any]):
        suffixes = sorted(patterns["suffixes"], key=len, reverse=True)
        prefixes = sorted(patterns["prefixes"], key=len, reverse=True)
        self.generic = set(patterns.get("generic", []))
        self.generic_res = [re.compile(p) for p in patterns.get("generic_patterns", [])]
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
        n = re.sub(r"[(（][^)）]*[)）]$", "", n)  # a bracketed alias at the end
        return bool(n) and (self.is_generic(n) or bool(self.suffix_re.search(n)))

    def is_generic(self, name: str) -> bool:
        n = "".join(name.split())
        return n in self.generic or any(r.search(n) for r in self.generic_res)

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

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for start, end, label in self.spans(doc.text):
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans["agencies"] = spans
        return doc


@Language.factory("govkg_agencies", default_config={"patterns_path": str(DEFAULT_PATTERNS)})
def make_agency_recogniser(nlp: Language, name: str, patterns_path: str) -> AgencyRecogniser:
    return AgencyRecogniser(load_patterns(patterns_path))


class Pipeline:
    """The project's spaCy pipeline, built once and shared by the extractors."""

    def __init__(self, patterns_path: str | Path = DEFAULT_PATTERNS):
        self.patterns_path = str(patterns_path)

    @cached_property
    def nlp(self) -> Language:
        nlp = spacy.blank("zh")
        nlp.add_pipe("govkg_agencies", config={"patterns_path": self.patterns_path})
        return nlp

    @property
    def agencies(self) -> AgencyRecogniser:
        return self.nlp.get_pipe("govkg_agencies")  # type: ignore[return-value]

    def __call__(self, text: str) -> Doc:
        return self.nlp(text)

    def agency_spans(self, text: str) -> list[Span]:
        """The agency spans of ``text`` (each span keeps its Doc alive)."""
        doc = self(text)
        return list(doc.spans["agencies"])
