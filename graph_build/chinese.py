"""Folding Chinese text for comparison: traditional to simplified, NFKC, and mirror-site pinyin glosses; the
spaces an OCR program put between words and marks.

Mirror sites of government pages leave a pinyin gloss after some traditional characters
(``區(qū)``, ``負(fù)責(zé)``). A gloss is a bracketed syllable of Latin letters with a tone mark (or ``ü``)
right after a CJK character; it is never part of a name, a post or a 文号.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc

from graph_build.patterns import LazyPattern

_T2S = opencc.OpenCC("t2s")
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
# After NFKC the brackets are half-width; the text as written may have either form. The CJK character is
# tested after the bracket is matched, so a search skips to the brackets.
PINYIN_GLOSS = LazyPattern(
    rf"[(（](?<=[\u4e00-\u9fff][(（])(?=[a-z{_TONED}]*[{_TONED}])[a-z{_TONED}]{{1,7}}[)）]"
)


def strip_glosses(text: str) -> str:
    """``區(qū)域`` -> ``區域``."""
    return PINYIN_GLOSS.sub("", text)


# Some OCR programs write a space between words, around every punctuation mark and between the letters of a name
# (``杨 光 荣 为县人民政府办公室副主任 ;``, ``各乡 （ 镇 ） 人民政府 ，``). A text written so has a space before
# most of its CJK punctuation marks, which a text typed by hand nearly never has.
_CJK_PUNCT = "，、。；：（）《》〔〕“”！？【】"
_CJK = r"\u3400-\u9fff\uf900-\ufaff□▇"
_SPACED_PUNCT = LazyPattern(rf"(?<=\S) [{_CJK_PUNCT}]")
_ANY_PUNCT = LazyPattern(rf"[{_CJK_PUNCT}]")
# A single space with a CJK letter or mark on one side, and a letter, digit or mark on the other.
_OCR_SPACE = LazyPattern(
    rf"(?<=[{_CJK}{_CJK_PUNCT}]) (?=[{_CJK}{_CJK_PUNCT}0-9A-Za-z:;,.])|(?<=[0-9A-Za-z:;,.]) (?=[{_CJK}{_CJK_PUNCT}])")
_MOST_SPACED = 0.5  # the share of CJK punctuation marks with a space before them that shows an OCR program's text
_FEWEST_SPACED = 8


def ocr_spaced(text: str) -> bool:
    """Was ``text`` written by an OCR program that spaces out words and marks (see ``join_ocr_spacing``)?"""
    spaced = len(_SPACED_PUNCT.findall(text))
    return spaced >= _FEWEST_SPACED and spaced >= _MOST_SPACED * len(_ANY_PUNCT.findall(text))


def join_ocr_spacing(text: str) -> str:
    """A text an OCR program spaced out with its single spaces beside CJK letters and marks removed
    (``杨 光 荣 为县 ▇▇ 局`` -> ``杨光荣为县▇▇局``); runs of two spaces or more, the gaps between a table's
    cells, stay. Any other text as it is."""
    return _OCR_SPACE.sub("", text) if ocr_spaced(text) else text


# A page saved through a wrong code page writes each no-break space as ``?``: its lines start with ``??`` (an
# indent) and their cells are set apart by ``?`` (``??林长:苗宇?市委书记??宿晓明市长``). On such a line, and only
# there, a ``?`` beside a CJK letter is a space.
_LOST_INDENT = LazyPattern(r"^\?{2,}(?=[\u3400-\u9fff])", re.M)
_LOST_SPACE = LazyPattern(rf"\?(?=[{_CJK}?])|(?<=[{_CJK}])\?")


def restore_lost_spaces(text: str) -> str:
    """``??林长:苗宇?市委书记`` -> ``  林长:苗宇 市委书记`` on lines indented by ``??``; any other text as it is (same
    length either way: offsets hold)."""
    if "??" not in text or not _LOST_INDENT.search(text):
        return text
    out = []
    for line in text.splitlines(keepends=True):
        out.append(_LOST_SPACE.sub(" ", line) if _LOST_INDENT.match(line) else line)
    return "".join(out)


@lru_cache(maxsize=65536)
def to_simplified(text: str) -> str:
    return _T2S.convert(text)


def fold(text: str) -> str:
    """NFKC, no glosses, simplified characters: the form in which two spellings compare equal."""
    return to_simplified(strip_glosses(unicodedata.normalize("NFKC", text)))
