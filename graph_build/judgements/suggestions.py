"""Suggestions that two people of one name in different counties may be one person (only a judgement merges).

Reasons given with each suggestion: ``same_name`` always; ``adjacent_tenures`` when one's posts all end (last
seen) before the other's begin; ``transfer`` when one is removed from a post in one county within a year
before the other is appointed in the other county.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from graph_build.graph.rows import DocumentRows

TRANSFER_DAYS = 366


@dataclass(frozen=True)
class Suggestion:
    name: str
    people: tuple[str, str]
    reasons: tuple[str, ...]

    def describe(self) -> str:
        return f"{self.people[0]} = {self.people[1]}? ({', '.join(self.reasons)})"


def _days(a: str, b: str) -> int:
    """Days from a to b, on the year-month-day parts given (partial dates count from the 1st)."""
    def parse(s: str) -> dt.date:
        parts = [int(x) for x in s.split("-")] + [1, 1]
        return dt.date(parts[0], parts[1], parts[2])

    return (parse(b) - parse(a)).days


def same_person_suggestions(documents: list[DocumentRows], judged: set[frozenset[str]] | None = None
                            ) -> list[Suggestion]:
    """Pairs of people with one name in two counties, with the reasons to think they are one."""
    names: dict[str, str] = {}
    dates: dict[str, list[str]] = defaultdict(list)
    appointed: dict[str, list[str]] = defaultdict(list)
    removed: dict[str, list[str]] = defaultdict(list)
    for doc in documents:
        for node_id, props in doc.nodes.get("Person", {}).items():
            names[node_id] = props.get("name") or node_id
        for (rel_type, _, _), rows in doc.rels.items():
            if rel_type != "HOLDS":
                continue
            for row in rows.values():
                p = row["props"]
                date = p.get("valid_from") or p.get("observed_on") or p.get("valid_to")
                if not date:
                    continue
                dates[row["from"]].append(date)
                if p.get("basis") == "appointment":
                    appointed[row["from"]].append(date)
                elif p.get("basis") == "removal":
                    removed[row["from"]].append(date)
    by_name: dict[str, list[str]] = defaultdict(list)
    for node_id, name in names.items():
        by_name[name].append(node_id)
    out = []
    for name, people in sorted(by_name.items()):
        for a, b in combinations(sorted(people), 2):
            if a.split(":")[1] == b.split(":")[1] or (judged and frozenset((a, b)) in judged):
                continue
            reasons = ["same_name"]
            da, db = sorted(dates.get(a, [])), sorted(dates.get(b, []))
            if da and db and (da[-1] <= db[0] or db[-1] <= da[0]):
                reasons.append("adjacent_tenures")
            if any(0 <= _days(r, s) <= TRANSFER_DAYS for x, y in ((a, b), (b, a))
                   for r in removed.get(x, []) for s in appointed.get(y, [])):
                reasons.append("transfer")
            out.append(Suggestion(name, (a, b), tuple(reasons)))
    return sorted(out, key=lambda s: (-len(s.reasons), s.name, s.people))
