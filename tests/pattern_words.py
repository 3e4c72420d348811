"""Does every match of a regular expression hold one of some words? A check on the pattern's structure.

Used to prove that an extractor's cheap precondition (a search for a few words) lets through every text
one of its patterns could match. The check is conservative: True only when the pattern's structure shows
it (a run of literal characters, a required group, or every branch of an alternation holds a word).
"""

from __future__ import annotations

import re
from itertools import product

try:  # Python 3.11+
    import re._constants as _c
    import re._parser as _parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

_MAX_RUNS = 256  # literal runs expanded from small character sets (``[命免]``) before giving up on a run


def every_match_holds(pattern: str | re.Pattern[str], words: re.Pattern[str]) -> bool:
    """True if every string that ``pattern`` matches contains a match of ``words``."""
    source = pattern if isinstance(pattern, str) else pattern.pattern  # (compiled, or compiled when first used)
    return _holds(list(_parser.parse(source)), words)


def _holds(nodes: list[tuple[object, object]], words: re.Pattern[str]) -> bool:
    runs: list[str] = [""]  # the literal text the nodes so far must end with (one per choice of a small set)
    done: list[str] = []
    for op, av in nodes:
        chars = _chars(op, av)
        if chars is not None and len(runs) * len(chars) <= _MAX_RUNS:
            runs = [r + ch for r, ch in product(runs, chars)]
            continue
        done.append(runs)  # type: ignore[arg-type]
        runs = [""]
        if op is _c.SUBPATTERN and _holds(list(av[-1]), words):  # type: ignore[index]
            return True
        if op is _c.BRANCH and all(_holds(list(b), words) for b in av[1]):  # type: ignore[index]
            return True
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1 and _holds(list(av[2]), words):  # type: ignore[index]
            return True
    done.append(runs)  # type: ignore[arg-type]
    return any(all(words.search(r) for r in choice) for choice in done)  # type: ignore[union-attr]


def _chars(op: object, av: object) -> list[str] | None:
    """The characters a node matches, if it matches exactly one of a few literal characters."""
    if op is _c.LITERAL:
        return [chr(av)]  # type: ignore[arg-type]
    if op is _c.IN and all(o is _c.LITERAL for o, _ in av):  # type: ignore[attr-defined]
        return [chr(a) for _, a in av]  # type: ignore[attr-defined]
    return None
