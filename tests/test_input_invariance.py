"""The same texts in traditional characters give the same facts, scored against the same gold.

Counties in the genre publish in both scripts (a portal's 繁體 version, a repost), and every rule reads the working
copy (simplified). A rule that reads a text as written instead (a page's furniture, a 文号's ``號``, a role's
``辦公室``) shows here as a score that differs between the two copies of a gold set.
"""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest
from conftest import CORPUS, GOLD, SHARED

from graph_build.evaluate import evaluate, load_gold
from graph_build.pipeline import Extractor
from graph_build.source import SourceText

WILD = SHARED / "wild"
SETS = {"demo": (CORPUS, GOLD), "wild leaders": (WILD / "leaders" / "docs", WILD / "leaders" / "gold"),
        "wild bodies": (WILD / "bodies" / "docs", WILD / "bodies" / "gold")}


def scores(extractor: Extractor, docs: Path, gold: Path, convert=None) -> dict[str, tuple[int, int, int]]:
    pred = []
    for path in sorted(docs.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        source = SourceText.from_string(path.name, convert(text) if convert else text)
        pred += [f.to_json() for f in extractor.facts_from_source(source)]
    ev = evaluate(load_gold(gold), pred)
    return {t: (s.tp, s.fp, s.fn) for t, s in ev.scores.items()}


@pytest.mark.parametrize("name", list(SETS))
def test_a_gold_set_in_traditional_characters_scores_as_in_simplified(extractor: Extractor, name: str) -> None:
    docs, gold = SETS[name]
    if not (docs.is_dir() and gold.is_dir()):
        pytest.skip(f"{name} not found at {docs}")
    to_traditional = opencc.OpenCC("s2t").convert
    as_written = scores(extractor, docs, gold)
    assert sum(tp for tp, _, _ in as_written.values()) > 0
    assert scores(extractor, docs, gold, to_traditional) == as_written
