"""Shared fixtures: the demo corpus and gold in ../shared, and one extractor for the session."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph_build.pipeline import Extractor

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus"
GOLD = SHARED / "gold"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"demo corpus not found at {CORPUS}")
    return CORPUS


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    if not GOLD.is_dir():
        pytest.skip(f"gold facts not found at {GOLD}")
    return GOLD
