"""Judgements on disk: a directory of JSON Lines files, one per reviewer, kept under version control.

The directory is ``--judgements DIR``, else ``$GOVKG_JUDGEMENTS``, else ``judgements/`` beside the corpus (the
folder that holds the gazettes' folder, or the facts file). A missing directory holds no judgements.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from pathlib import Path

from graph_build.judgements.model import Judgement, JudgementError, parse
from graph_build.patterns import LazyPattern

ENV = "GOVKG_JUDGEMENTS"
DIRNAME = "judgements"
_SAFE = LazyPattern(r"[^A-Za-z0-9_.-]")


def default_dir(paths: Iterable[str | Path] = (), facts: str | Path | None = None) -> Path:
    """Where judgements live when no directory is named."""
    if os.environ.get(ENV):
        return Path(os.environ[ENV])
    first = Path(facts) if facts else next((Path(p) for p in paths), None)
    if first is None:
        return Path(DIRNAME)
    corpus = first if first.is_dir() else first.parent
    return corpus.resolve().parent / DIRNAME


def read_judgements(directory: str | Path) -> list[Judgement]:
    """Every judgement in ``directory/*.jsonl``, in file and line order, duplicates (same id) once.

    A line that is not a judgement raises JudgementError naming the file and the line.
    """
    root = Path(directory)
    if not root.exists():
        return []
    if not root.is_dir():
        raise JudgementError(f"{root}: not a directory of judgement files")
    seen: set[str] = set()
    out: list[Judgement] = []
    for path in sorted(root.glob("*.jsonl")):
        with open(path, encoding="utf-8") as fh:
            for number, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    judgement = parse(json.loads(line))
                except (json.JSONDecodeError, ValueError) as exc:
                    raise JudgementError(f"{path}:{number}: {exc}") from exc
                if judgement.id not in seen:
                    seen.add(judgement.id)
                    out.append(judgement)
    return out


def file_for(directory: str | Path, reviewer: str) -> Path:
    """The reviewer's own file (one file per reviewer keeps merges in version control simple)."""
    name = _SAFE.sub("_", reviewer.strip())
    if name.strip("_.") == "":
        name = "reviewer-" + hashlib.sha1(reviewer.encode("utf-8")).hexdigest()[:8]
    return Path(directory) / f"{name}.jsonl"


def append(directory: str | Path, judgement: Judgement) -> Path:
    """Write one judgement at the end of its reviewer's file; returns the file."""
    path = file_for(directory, judgement.by)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(judgement.line() + "\n")
    return path
