"""Building regular expressions from vocabularies in data files."""

from __future__ import annotations

import re
from collections.abc import Iterable

# The bullets that open an item of a list or a web page's line (``●``, ``▍聘任名单``, ``▶``), for a character class;
# a social-media repost's section marks are pictographs (``📌 任命``, ``🔹``).
BULLETS = "▌▍■□●○◆◇▪•★☆※▲△▶►◉◎➤➢✅☑✔❖📌📍🔹🔸🔷🔶🔺👉⭐🌟"


def alternation(words: Iterable[str]) -> str:
    """``a|b|c`` of the words, escaped, longest first (so ``副组长`` is tried before ``组长``), deduplicated."""
    return "|".join(map(re.escape, sorted(set(words), key=lambda w: (-len(w), w))))
