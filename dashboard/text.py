"""Text from the graph or the URL, made safe for Streamlit's Markdown: every such string is shown as text.

Streamlit renders Markdown in titles, headers, captions, alerts, expander and tab labels, page links and metrics.
A gazette title holding ``![i](http://host/p.png)`` would make every viewer's browser fetch that image, and an id
in the URL holding ``[点此重新登录](http://host/phish)`` would show a link. ``md()`` escapes every ASCII punctuation
mark with a backslash (CommonMark: an escaped mark is literal text) and folds line breaks, so no link, image,
HTML tag, heading, list, table, math or bare-URL autolink can start inside it.
"""

from __future__ import annotations

import re
from typing import Any

_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")  # all ASCII punctuation: CommonMark's backslash-escapable set
_BREAKS = re.compile(r"\s*[\r\n]+\s*")


def md(value: Any) -> str:
    """``value`` as Markdown that renders as exactly its text (on one line)."""
    if value is None:
        return ""
    return _PUNCTUATION.sub(r"\\\1", _BREAKS.sub(" ", str(value)))
