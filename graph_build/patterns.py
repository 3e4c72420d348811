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
