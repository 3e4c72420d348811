"""Person names as gazettes print them: ``王 润`` is 王润; a name is 2-4 Han characters."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

# Characters that end posts and units, never a Chinese personal name.
_NOT_NAME_END = set("局委办部厅处股室站所队院馆府区")
_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
_POST_WORDS = re.compile(
    r"(主任|局长|书记|县长|部长|委员|成员|组长|指挥|联络员|召集人|主席|负责|同志|单位|部门|政府|工作|领导|各|县直)"
)


def clean_person(name: str) -> str:
    """Whitespace removed and a trailing 同志 dropped."""
    n = "".join(name.split())
    return n[:-2] if n.endswith("同志") and len(n) > 3 else n


NAMES_PATH = Path(__file__).resolve().parent / "data" / "names.yml"


@lru_cache(maxsize=1)
def _surnames() -> tuple[frozenset[str], frozenset[str]]:
    with open(NAMES_PATH, encoding="utf-8") as fh:
        v = yaml.safe_load(fh)
    return frozenset("".join(v["surnames"].split())), frozenset(v["compound_surnames"])


def surname_length(name: str) -> int:
    """Length of the common surname that starts ``name`` (``欧阳`` 2, ``王`` 1), 0 if none.

    For names that nothing else delimits in running text.
    """
    single, compound = _surnames()
    if name[:2] in compound:
        return 2
    return 1 if name[:1] in single else 0


def looks_like_person(name: str) -> bool:
    """A plausible Chinese personal name: 2-4 Han characters, no post or unit words."""
    n = clean_person(name)
    if not _NAME.match(n) or _POST_WORDS.search(n):
        return False
    return n[-1] not in _NOT_NAME_END
