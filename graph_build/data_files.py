"""Reading the project's YAML files (the vocabularies under ``data/``, the graph's schema).

PyYAML's own parser is pure Python: it spent about 0.15 s of every ``govkg extract``'s start-up on the
vocabularies. The wheels on PyPI carry libyaml's parser, ten times faster and giving the same values (tested);
the pure-Python one stays for a PyYAML built without it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(path: str | Path) -> Any:
    """The values of the YAML file at ``path`` (safe types only: no Python objects)."""
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=SAFE_LOADER)
