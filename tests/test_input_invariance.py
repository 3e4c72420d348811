"""The same texts as users hold them otherwise give the same facts, scored against the same gold.

Counties publish in both scripts (a portal's 繁體 version, a repost), and every rule reads the working copy
(simplified): a rule that reads a text as written instead (a page's furniture, a 文号's ``號``, a role's
``辦公室``) shows here as a score that differs between the two copies of a gold set. A web page saved whole
opens with its menu, breadcrumb and buttons: none of them is a title, and the facts below keep their lines. A
gazette's PDF wraps every line at its column's width: the people and bodies of a text stay what they were; and so
they do in the PDF a word processor prints (LibreOffice Writer), read back through the PDF reader.
"""

from __future__ import annotations

import re
import shutil
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import opencc
import pytest
from conftest import CORPUS, GOLD, SHARED

from graph_build.chinese import strip_glosses
from graph_build.evaluate import evaluate, load_gold
from graph_build.layout import display_width
from graph_build.pipeline import Extractor
from graph_build.readers import read_document
from graph_build.source import SourceText
from tests.scripts import make_inputs as mk

WILD = SHARED / "wild"
SETS = {"demo": (CORPUS, GOLD), "wild leaders": (WILD / "leaders" / "docs", WILD / "leaders" / "gold"),
        "wild bodies": (WILD / "bodies" / "docs", WILD / "bodies" / "gold")}
CHROME = ["首页 | 政务公开 | 政务服务 | 互动交流", "当前位置：首页 > 政务公开 > 通知公告",
          "【字体：大 中 小】 【打印】 【关闭】", ""]


def scores(extractor: Extractor, docs: Path, gold: Path, convert: Callable[[str], str] = str,
           shift: int = 0) -> dict[str, tuple[int, int, int]]:
    """(tp, fp, fn) per type of the gold set's texts, each converted; ``shift``: lines the conversion added above."""
    return wrapped_scores(extractor, docs, gold, lambda text: (convert(text), lambda n: n + shift))


def wrapped_scores(extractor: Extractor, docs: Path, gold: Path,
                   convert: Callable[[str], tuple[str, Callable[[int], int]]]) -> dict[str, tuple[int, int, int]]:
    """(tp, fp, fn) per type of the gold set's texts, each converted; ``convert`` gives the new text and where each
    line of the old one went."""
    pred, moved = [], {}
    for path in sorted(docs.glob("*.txt")):
        text, moved[path.name] = convert(path.read_text(encoding="utf-8"))
        pred += [f.to_json() for f in extractor.facts_from_source(SourceText.from_string(path.name, text))]
    gold_records = [{**g, "line": moved[g["source"]](g["line"])} if isinstance(g.get("line"), int) else g
                    for g in load_gold(gold)]
    return {t: (s.tp, s.fp, s.fn) for t, s in evaluate(gold_records, pred).scores.items()}


def as_a_gazettes_pdf(text: str, width: float = 22) -> tuple[str, Callable[[int], int]]:
    """The text as a two-column gazette's PDF gives it: each line cut at ``width`` (a letter 1, a digit or a Latin
    letter 0.5), a blank line after every line; and the line each old line now starts at."""
    out: list[str] = []
    starts: dict[int, int] = {}
    for number, line in enumerate(strip_glosses(text).split("\n"), start=1):
        starts[number] = len(out) + 1
        piece = ""
        for ch in line:
            if piece and display_width(piece + ch) > width:
                out += [piece, ""]
                piece = ""
            piece += ch
        out += [piece, ""]
    return "\n".join(out), lambda n: starts.get(n, n)


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


_HAN_LATIN = re.compile(r"(?<=[\u4e00-\u9fff])(?=[0-9A-Za-z])|(?<=[0-9A-Za-z])(?=[\u4e00-\u9fff])")


@pytest.mark.parametrize("name", list(SETS))
def test_a_gold_set_spaced_between_han_letters_and_digits_scores_as_without(extractor: Extractor, name: str) -> None:
    # Many web pages set a space between a Han letter and a digit or a Latin letter (``2021 年 9 月``, ``共 19 人``),
    # as a PDF's text layer does: the same facts, as written without the spaces.
    docs, gold = gold_set(name)
    assert scores(extractor, docs, gold, lambda t: _HAN_LATIN.sub(" ", t)) == scores(extractor, docs, gold)


# What a PDF's wrap leaves as it was: who sits on which body, who was appointed or removed, who is in charge of
# what. (Documents and assignments are not held to it: a web page's flattened line or a table's cells wrapped as a
# PDF never prints them, and a task found on the line it now starts at is another line than the gold's.)
_WRAP_HOLDS = ("membership", "unit_membership", "appointment", "portfolio")


@pytest.mark.parametrize("name", ["wild leaders", "wild bodies"])
def test_the_wild_sets_as_a_two_column_gazettes_pdf_give_their_people_and_bodies_as_written(
        extractor: Extractor, name: str) -> None:
    docs, gold = gold_set(name)
    as_written = {t: s for t, s in scores(extractor, docs, gold).items() if t in _WRAP_HOLDS}
    assert sum(tp for tp, _, _ in as_written.values()) > 100
    wrapped = wrapped_scores(extractor, docs, gold, as_a_gazettes_pdf)
    assert {t: s for t, s in wrapped.items() if t in _WRAP_HOLDS} == as_written


_AS_PRINTED = ("membership", "unit_membership")
_WHERE = ("id", "source", "line", "span", "evidence", "page")  # (where a fact stands, not what it says)


def _said(facts: list[dict]) -> Counter:
    return Counter(repr(sorted((k, str(v)) for k, v in f.items() if k not in _WHERE)) for f in facts
                   if f["type"] in _AS_PRINTED)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs libreoffice-writer-nogui")
def test_the_wild_rosters_printed_by_a_word_processor_give_the_rosters_of_their_text(
        extractor: Extractor, tmp_path: Path) -> None:
    # Writer wraps each line at its page's width in a proportional font and sets a space beside each digit in
    # PDFium's text (``成立 2008 年``, ``共 19 人``): who sits on which body, with which post, stays as the text says.
    docs, _gold = gold_set("wild bodies")
    texts = sorted(docs.glob("*.txt"))
    want = _said([f.to_json() for t in texts for f in extractor.facts_from_source(read_document(t))])
    assert sum(want.values()) > 80
    got = _said([f.to_json() for p in mk.writer_pdfs(texts, tmp_path) for f in extractor.facts_from_source(
        read_document(p))])
    assert got == want
