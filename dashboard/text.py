"""Text from the graph or the URL, made safe for Streamlit's Markdown: every such string is shown as text.

Streamlit renders Markdown in titles, headers, captions, alerts, expander and tab labels, page links and metrics.
A gazette title holding ``![i](http://host/p.png)`` would make every viewer's browser fetch that image, and an id
in the URL holding ``[点此重新登录](http://host/phish)`` would show a link. ``md()`` escapes every ASCII punctuation
mark with a backslash (CommonMark: an escaped mark is literal text) and folds line breaks, so no link, image,
HTML tag, heading, list, table or math can start inside it. Streamlit's renderer also turns bare URLs and e-mail
addresses of a text into links after parsing (GFM autolink literals), escapes or not: an invisible WORD JOINER
(U+2060) after ``://``, ``www`` and ``@`` stops that, and the text still reads the same.
"""

from __future__ import annotations

import re
from typing import Any

_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")  # all ASCII punctuation: CommonMark's backslash-escapable set
_BREAKS = re.compile(r"\s*[\r\n]+\s*")
JOINER = "\u2060"
_AUTOLINKS = re.compile(r"(?i)(://|\bwww(?=\.)|@)")


def md(value: Any) -> str:
    """``value`` as Markdown that renders as its text (on one line, with word joiners where a link would start)."""
    if value is None:
        return ""
    text = _AUTOLINKS.sub(lambda m: m.group(1) + JOINER, _BREAKS.sub(" ", str(value)))
    return _PUNCTUATION.sub(r"\\\1", text)
