"""Folding Chinese text for comparison: traditional to simplified, NFKC, and mirror-site pinyin glosses.

Mirror sites of government pages leave a pinyin gloss after some traditional characters
(``區(qū)``, ``負(fù)責(zé)``). A gloss is a bracketed syllable of Latin letters with a tone mark (or ``ü``)
right after a CJK character; it is never part of a name, a post or a 文号.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc

_T2S = opencc.OpenCC("t2s")
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
# After NFKC the brackets are half-width; the text as written may have either form. The CJK character is
# tested after the bracket is matched, so a search skips to the brackets.
PINYIN_GLOSS = re.compile(
    rf"[(（](?<=[\u4e00-\u9fff][(（])(?=[a-z{_TONED}]*[{_TONED}])[a-z{_TONED}]{{1,7}}[)）]"
)


def strip_glosses(text: str) -> str:
    """``區(qū)域`` -> ``區域``."""
    return PINYIN_GLOSS.sub("", text)


@lru_cache(maxsize=65536)
def to_simplified(text: str) -> str:
    return _T2S.convert(text)


def fold(text: str) -> str:
    """NFKC, no glosses, simplified characters: the form in which two spellings compare equal."""
    return to_simplified(strip_glosses(unicodedata.normalize("NFKC", text)))
