"""Building regular expressions from vocabularies in data files."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any

# The bullets that open an item of a list or a web page's line (``●``, ``▍聘任名单``, ``▶``), for a character class;
# a social-media repost's section marks are pictographs (``📌 任命``, ``🔹``).
BULLETS = "▌▍■□●○◆◇▪•★☆※▲△▶►◉◎➤➢✅☑✔❖📌📍🔹🔸🔷🔶🔺👉⭐🌟"

# A report's sentence that lists personnel decisions after a colon (``宣布开发区主要领导任免决定：…``): the
# appointments' reader takes its items as a list's, the rosters' reader gives it no slots.
INLINE_DECISIONS = re.compile(r"(?:任免|任职|免职|人事)(?:职)?(?:的)?(?:决定|通知|事项)[:：]")


# A letter of a body's name in a sentence: no clause's mark, bracket or space, but for the one space a PDF's text
# layer or a web page sets between a Han letter and a digit or a Latin letter (``决定成立 2008 年汛期…领导小组``; the
# name is read without it).
NAME_LETTER = r"(?:[^，,。；;:：(（\s]|(?<=[0-9A-Za-z%]) (?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]) (?=[0-9A-Za-z]))"


def alternation(words: Iterable[str]) -> str:
    """``a|b|c`` of the words, escaped, longest first (so ``副组长`` is tried before ``组长``), deduplicated."""
    return "|".join(map(re.escape, sorted(set(words), key=lambda w: (-len(w), w))))


class LazyPattern:
    """A regular expression compiled when a text first needs it, not when its module is imported (a pattern of
    many Han character classes takes milliseconds to compile; a module of a hundred of them slowed every start-up).

    After its first use, the compiled pattern's methods are this object's own attributes, so a call costs what a
    call on the compiled pattern costs."""

    _METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self.flags = flags

    def compiled(self) -> re.Pattern[str]:
        pattern = re.compile(self.pattern, self.flags)
        for name in self._METHODS:
            setattr(self, name, getattr(pattern, name))
        return pattern

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled().findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled().sub(repl, string, count)

    def subn(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> tuple[str, int]:
        return self.compiled().subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled().split(string, maxsplit)
