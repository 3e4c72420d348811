"""The same texts as users hold them otherwise give the same facts, scored against the same gold.

Counties publish in both scripts (a portal's 繁體 version, a repost), and every rule reads the working copy
(simplified): a rule that reads a text as written instead (a page's furniture, a 文号's ``號``, a role's
``辦公室``) shows here as a score that differs between the two copies of a gold set. A web page saved whole
opens with its menu, breadcrumb and buttons: none of them is a title, and the facts below keep their lines.
"""

from __future__ import annotations

from collections.abc import Callable
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
CHROME = ["首页 | 政务公开 | 政务服务 | 互动交流", "当前位置：首页 > 政务公开 > 通知公告",
          "【字体：大 中 小】 【打印】 【关闭】", ""]


def scores(extractor: Extractor, docs: Path, gold: Path, convert: Callable[[str], str] = str,
           shift: int = 0) -> dict[str, tuple[int, int, int]]:
    """(tp, fp, fn) per type of the gold set's texts, each converted; ``shift``: lines the conversion added above."""
    pred = []
    for path in sorted(docs.glob("*.txt")):
        source = SourceText.from_string(path.name, convert(path.read_text(encoding="utf-8")))
        pred += [f.to_json() for f in extractor.facts_from_source(source)]
    gold_records = [{**g, "line": g["line"] + shift} if isinstance(g.get("line"), int) else g for g in load_gold(gold)]
    return {t: (s.tp, s.fp, s.fn) for t, s in evaluate(gold_records, pred).scores.items()}


def gold_set(name: str) -> tuple[Path, Path]:
    docs, gold = SETS[name]
    if not (docs.is_dir() and gold.is_dir()):
        pytest.skip(f"{name} not found at {docs}")
    return docs, gold


@pytest.mark.parametrize("name", list(SETS))
def test_a_gold_set_in_traditional_characters_scores_as_in_simplified(extractor: Extractor, name: str) -> None:
    docs, gold = gold_set(name)
    as_written = scores(extractor, docs, gold)
    assert sum(tp for tp, _, _ in as_written.values()) > 0
    assert scores(extractor, docs, gold, opencc.OpenCC("s2t").convert) == as_written


@pytest.mark.parametrize("name", list(SETS))
def test_a_gold_set_under_a_web_pages_menu_and_breadcrumb_scores_as_without(extractor: Extractor, name: str) -> None:
    docs, gold = gold_set(name)
    as_written = scores(extractor, docs, gold)
    assert scores(extractor, docs, gold, lambda t: "\n".join(CHROME) + "\n" + t, shift=len(CHROME)) == as_written
