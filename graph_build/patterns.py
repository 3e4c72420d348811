"""Building regular expressions from vocabularies in data files."""

from __future__ import annotations

import re
from collections.abc import Iterable

# The bullets that open an item of a list or a web page's line (``●``, ``▍聘任名单``, ``▶``), for a character class;
# a social-media repost's section marks are pictographs (``📌 任命``, ``🔹``).
BULLETS = "▌▍■□●○◆◇▪•★☆※▲△▶►◉◎➤➢✅☑✔❖📌📍🔹🔸🔷🔶🔺👉⭐🌟"

# A report's sentence that lists personnel decisions after a colon (``宣布开发区主要领导任免决定：…``): the
# appointments' reader takes its items as a list's, the rosters' reader gives it no slots.
INLINE_DECISIONS = re.compile(r"(?:任免|任职|免职|人事)(?:职)?(?:的)?(?:决定|通知|事项)[:：]")


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

    def search(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return self.compiled().search(*args, **kwargs)

    def match(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return self.compiled().match(*args, **kwargs)

    def fullmatch(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return self.compiled().fullmatch(*args, **kwargs)

    def finditer(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return self.compiled().finditer(*args, **kwargs)

    def findall(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return self.compiled().findall(*args, **kwargs)

    def sub(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return self.compiled().sub(*args, **kwargs)

    def subn(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return self.compiled().subn(*args, **kwargs)

    def split(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return self.compiled().split(*args, **kwargs)
