"""Tenures over time: who held a post from when to when, derived after every load.

Facts give moments: an appointment starts a tenure (``valid_from``), a
roster shows a person in a post on the document's date (``observed_on``), a
removal ends one (``valid_to``). Across documents, a tenure ends at the
earliest later removal of the same person from the same post or, for a head
post (正职), when a successor is appointed or seen in the post (then the end is
an upper bound: the tenure had ended by that date). The derived end goes in
``derived_to`` with the fact that ended it (``ended_by``), and ``status`` is
``ended``, ``current`` (an appointment nothing has ended) or ``unknown`` (only
seen in a roster).

Dates may be partial (``2023-01``); ISO strings compare in time order, and a
month sorts before the days in it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from neo4j import Driver

READ_TENURES = """
MATCH (person:Person)-[h:HOLDS]->(post:Post)
RETURN elementId(h) AS rel, person.id AS person, post.id AS post, coalesce(post.is_head, false) AS is_head,
       h.basis AS basis, h.valid_from AS valid_from, h.valid_to AS valid_to, h.observed_on AS observed_on,
       h.fact_id AS fact_id
"""

WRITE_TENURES = """
UNWIND $rows AS row
MATCH ()-[h:HOLDS]->() WHERE elementId(h) = row.rel
SET h.derived_to = row.derived_to, h.status = row.status, h.ended_by = row.ended_by
"""


@dataclass(frozen=True)
class Tenure:
    rel: str
    person: str
    post: str
    is_head: bool
    basis: str  # appointment | roster | removal
    valid_from: str | None
    valid_to: str | None
    observed_on: str | None
    fact_id: str

    @property
    def start(self) -> str | None:
        return self.valid_from or self.observed_on


@dataclass(frozen=True)
class TenureUpdate:
    rel: str
    derived_to: str | None
    status: str
    ended_by: str | None


def derive(tenures: list[Tenure]) -> list[TenureUpdate]:
    """End dates and status for every tenure, from all the tenures of the same posts."""
    by_post: dict[str, list[Tenure]] = defaultdict(list)
    for t in tenures:
        by_post[t.post].append(t)
    out = []
    for t in sorted(tenures, key=lambda t: t.rel):
        if t.basis == "removal":
            out.append(TenureUpdate(t.rel, t.valid_to, "ended", t.fact_id))
            continue
        ends: list[tuple[str, str]] = []
        for other in by_post[t.post]:
            if t.start is None:
                break
            if other.basis == "removal" and other.person == t.person and other.valid_to and other.valid_to >= t.start:
                ends.append((other.valid_to, other.fact_id))
            elif (
                t.is_head
                and other.basis in ("appointment", "roster")
                and other.person != t.person
                and other.start
                and other.start > t.start
            ):  # a successor appointed, or seen in the post: the tenure had ended by then
                ends.append((other.start, other.fact_id))
        if ends:
            end, by = min(ends)
            out.append(TenureUpdate(t.rel, end, "ended", by))
        else:
            out.append(TenureUpdate(t.rel, None, "current" if t.basis == "appointment" else "unknown", None))
    return out


def derive_tenures(driver: Driver, database: str = "neo4j") -> int:
    """Recompute every tenure's end and status in the graph. Returns the number of tenures."""
    records, _, _ = driver.execute_query(READ_TENURES, database_=database)
    tenures = [Tenure(**r.data()) for r in records]
    updates = [u.__dict__ for u in derive(tenures)]
    for i in range(0, len(updates), 1000):
        driver.execute_query(WRITE_TENURES, rows=updates[i : i + 1000], database_=database)
    return len(updates)
