"""Source addresses of fetched files, from the ``manifest.jsonl`` that ``govkg fetch`` writes beside them."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

MANIFEST = "manifest.jsonl"


@lru_cache(maxsize=64)
def _addresses(manifest: Path, mtime: float) -> dict[str, str]:
    out: dict[str, str] = {}
    with open(manifest, encoding="utf-8") as fh:
        for line in fh:
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:
                continue  # a manifest is written by fetch; a damaged line only loses its address
            if isinstance(entry, dict) and entry.get("file") and (entry.get("final_url") or entry.get("url")):
                out[str(entry["file"])] = str(entry.get("final_url") or entry["url"])
    return out


def source_address(path: Path) -> str | None:
    """The address a file was fetched from, if a manifest in its folder records it."""
    manifest = path.parent / MANIFEST
    try:
        mtime = manifest.stat().st_mtime
    except OSError:
        return None
    return _addresses(manifest, mtime).get(path.name)
