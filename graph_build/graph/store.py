"""The facts the graph was built from, kept in the graph: one ``SourceFacts`` node per file.

A build re-reads the files it is given and takes every other file's facts from here, so that entities are
resolved against everything the graph holds: building any subset of a corpus gives the same graph as
building all of it. The node holds the file name (``source``), the facts as JSON Lines (``facts``) and a
digest of them; it has no ``id`` and no relationships, so exports and entity queries never see it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any

from neo4j import Driver

Row = dict[str, Any]
LABEL = "SourceFacts"
CONSTRAINT = f"CREATE CONSTRAINT govkg_source_facts IF NOT EXISTS FOR (s:{LABEL}) REQUIRE s.source IS UNIQUE"


def ensure_store(driver: Driver, database: str) -> None:
    driver.execute_query(CONSTRAINT, database_=database)


def held_facts(driver: Driver, database: str) -> dict[str, list[Row]]:
    """The facts stored for each file: file name -> facts, in file order."""
    records, _, _ = driver.execute_query(f"MATCH (s:{LABEL}) RETURN s.source AS source, s.facts AS facts",
                                         database_=database)
    return {r["source"]: [json.loads(line) for line in (r["facts"] or "").splitlines() if line]
            for r in records}


def stored_text(facts: list[Row]) -> tuple[str, str]:
    """A file's facts as the store keeps them (``facts``, JSON Lines) and their ``digest``."""
    text = "\n".join(json.dumps(f, ensure_ascii=False, sort_keys=True) for f in facts)
    return text, hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def store_facts(driver: Driver, database: str, by_source: dict[str, list[Row]]) -> int:
    """Replace the stored facts of these files (one transaction per file) where they changed; returns how many
    files were written. A file whose facts have the digest stored is not written again."""
    records, _, _ = driver.execute_query(f"MATCH (s:{LABEL}) WHERE s.source IN $sources "
                                         "RETURN s.source AS source, s.digest AS digest",
                                         sources=sorted(by_source), database_=database)
    stored = {r["source"]: r["digest"] for r in records}
    written = 0
    for source, facts in sorted(by_source.items()):
        text, digest = stored_text(facts)
        if stored.get(source) == digest:
            continue
        written += 1
        driver.execute_query(
            f"MERGE (s:{LABEL} {{source: $source}}) SET s.facts = $facts, s.digest = $digest, s.count = $count",
            source=source, facts=text, digest=digest, count=len(facts), database_=database,
        )
    return written


def forget_sources(driver: Driver, database: str, sources: Iterable[str]) -> None:
    driver.execute_query(f"MATCH (s:{LABEL}) WHERE s.source IN $sources DELETE s", sources=sorted(sources),
                         database_=database)
