"""The spaCy pipeline: a blank Chinese pipeline with an agency recogniser.

``spacy.blank("zh")`` segments by character and needs no model download. The
``govkg_agencies`` component, registered by name, marks unit names in a Doc
(``doc.spans["agencies"]``, label ``AGENCY`` or ``GENERIC``) from the patterns
in ``data/agency_patterns.yml`` (the recogniser is ``graph_build/recogniser.py``).
Extractors use it to tell a body from a field of work (``县财政局`` vs
``财税金融``) and a named body from a generic phrase (``有关部门``), and to find
the bodies named in prose duties. Extraction
calls the recogniser without spaCy (``recogniser.Recogniser``): same spans,
no ``Doc`` per call, and spaCy is never imported by ``govkg extract``.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from graph_build.recogniser import AGENCY, DEFAULT_PATTERNS, GENERIC, AgencyRecogniser, load_patterns

__all__ = ["AGENCY", "DEFAULT_PATTERNS", "GENERIC", "AgencyRecogniser", "Pipeline", "load_patterns"]


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
