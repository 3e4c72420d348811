"""Conflicts between facts, found on the resolved rows before loading, so that they are reviewed, not hidden.

Kinds (each conflict names its facts and their documents):

- ``two_heads_one_day``      two people in one head post (正职) on the same day;
- ``appointed_while_held``   a person appointed to a head post that another still holds (appointed earlier and
                             never removed, or seen in it later);
- ``removal_without_tenure`` a removal from a post with no earlier appointment or sighting of that person in it;
- ``posts_in_two_agencies``  one name in posts of two agencies at the same time, never written together as
                             concurrent posts (maybe two people of one name);
- ``contradictory_leads``    one task (same text, same county) with different lead units in different facts;
- ``single_mention_agency``  an agency named by one fact only (maybe a spelling the resolver did not merge).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from graph_build.graph.rows import DocumentRows

Row = dict[str, Any]
KINDS = ("two_heads_one_day", "appointed_while_held", "removal_without_tenure", "posts_in_two_agencies",
         "contradictory_leads", "single_mention_agency")
OPEN = "9999"


@dataclass(frozen=True)
class Conflict:
    kind: str
    message: str
    facts: tuple[str, ...]
    documents: tuple[str, ...]

    def describe(self) -> str:
        return f"{self.kind}: {self.message} [{', '.join(self.documents)}]"


@dataclass(frozen=True)
class _Hold:
    person: str
    post: str
    basis: str  # appointment | roster | removal
    date: str | None
    fact: str
    doc: str


class _Index:
    """What the conflict rules read from the rows: tenures, posts, names, tasks and their leads."""

    def __init__(self, documents: list[DocumentRows]):
        self.holds: list[_Hold] = []
        self.names: dict[str, str] = {}
        self.posts: dict[str, Row] = {}
        self.agency_facts: dict[str, set[str]] = defaultdict(set)
        self.agency_docs: dict[str, set[str]] = defaultdict(set)
        self.generic: set[str] = set()
        self.tasks: dict[str, tuple[str, str, str]] = {}  # task id -> (county, text, doc id)
        self.task_fact: dict[str, str] = {}
        self.leads: dict[str, set[str]] = defaultdict(set)
        for doc in documents:
            county = doc.nodes.get("Document", {}).get(doc.doc_id, {}).get("county", "")
            for label, nodes in doc.nodes.items():
                for node_id, props in nodes.items():
                    self.names.setdefault(node_id, props.get("name") or node_id)
                    if label == "Post":
                        self.posts[node_id] = props
                    elif label == "Agency" and props.get("generic"):
                        self.generic.add(node_id)
                    elif label == "Task":
                        self.tasks[node_id] = (county, props.get("text") or props.get("name") or "", doc.doc_id)
            for (rel_type, src, dst), rows in doc.rels.items():
                for row in rows.values():
                    p = row["props"]
                    fid = p.get("fact_id")
                    if rel_type == "HOLDS":
                        date = p.get("valid_from") or p.get("observed_on") or p.get("valid_to")
                        self.holds.append(_Hold(row["from"], row["to"], p.get("basis", ""), date, fid, doc.doc_id))
                    if fid and "Agency" in (src, dst) and rel_type not in ("MENTIONED_IN", "IN_COUNTY", "POST_IN"):
                        agency = row["from"] if src == "Agency" else row["to"]
                        self.agency_facts[agency].add(fid)
                        self.agency_docs[agency].add(doc.doc_id)
                    if rel_type == "RESPONSIBLE_FOR":
                        self.task_fact[row["to"]] = fid
                        if p.get("role") == "lead":
                            self.leads[row["to"]].add(row["from"])

    def name(self, node_id: str) -> str:
        return self.names.get(node_id, node_id)

    def is_head(self, post: str) -> bool:
        return bool(self.posts.get(post, {}).get("is_head"))


def _conflict(kind: str, message: str, holds: list[_Hold]) -> Conflict:
    return Conflict(kind, message, tuple(sorted({h.fact for h in holds})), tuple(sorted({h.doc for h in holds})))


def _two_heads(ix: _Index) -> list[Conflict]:
    by_day: dict[tuple[str, str], list[_Hold]] = defaultdict(list)
    for h in ix.holds:
        if h.basis != "removal" and h.date and len(h.date) == 10 and ix.is_head(h.post):
            by_day[(h.post, h.date)].append(h)
    out = []
    for (post, day), holds in sorted(by_day.items()):
        people = sorted({h.person for h in holds})
        if len(people) > 1:
            out.append(_conflict("two_heads_one_day", f"{'、'.join(ix.name(p) for p in people)} all in "
                                 f"{ix.name(post)} on {day}", holds))
    return out


def _removals(ix: _Index) -> dict[tuple[str, str], list[str]]:
    out: dict[tuple[str, str], list[str]] = defaultdict(list)
    for h in ix.holds:
        if h.basis == "removal" and h.date:
            out[(h.person, h.post)].append(h.date)
    return out


def _appointed_while_held(ix: _Index) -> list[Conflict]:
    removals = _removals(ix)
    by_post: dict[str, list[_Hold]] = defaultdict(list)
    for h in ix.holds:
        if h.basis != "removal" and h.date and ix.is_head(h.post):
            by_post[h.post].append(h)
    out = []
    for post, holds in sorted(by_post.items()):
        for new in sorted((h for h in holds if h.basis == "appointment"), key=lambda h: (h.date or "", h.fact)):
            for old in holds:
                if old.person == new.person or old.date is None or new.date is None:
                    continue
                removed = any(d <= new.date for d in removals.get((old.person, post), []))
                open_before = old.basis == "appointment" and old.date < new.date and not removed
                seen_after = old.basis == "roster" and old.date > new.date and not removed
                if open_before or seen_after:
                    how = "appointed earlier and never removed" if open_before else f"seen in it on {old.date}"
                    out.append(_conflict("appointed_while_held",
                                         f"{ix.name(new.person)} appointed {ix.name(post)} on {new.date} while "
                                         f"{ix.name(old.person)} holds it ({how})", [new, old]))
    return out


def _removal_without_tenure(ix: _Index) -> list[Conflict]:
    starts: dict[tuple[str, str], list[_Hold]] = defaultdict(list)
    for h in ix.holds:
        if h.basis != "removal":
            starts[(h.person, h.post)].append(h)
    out = []
    for h in sorted((h for h in ix.holds if h.basis == "removal"), key=lambda h: (h.fact, h.post)):
        earlier = [s for s in starts.get((h.person, h.post), [])
                   if s.date is None or h.date is None or s.date <= h.date]
        if not earlier:
            out.append(_conflict("removal_without_tenure", f"{ix.name(h.person)} removed from {ix.name(h.post)}"
                                 f"{' on ' + h.date if h.date else ''} with no earlier tenure in the corpus", [h]))
    return out


def _two_agencies(ix: _Index) -> list[Conflict]:
    removals = _removals(ix)
    spans: dict[str, list[tuple[str, str, str, _Hold]]] = defaultdict(list)  # person -> (agency, start, end, hold)
    together: dict[str, set[frozenset[str]]] = defaultdict(set)  # person -> agency pairs written in one fact
    per_fact: dict[tuple[str, str], set[str]] = defaultdict(set)
    for h in ix.holds:
        agency = ix.posts.get(h.post, {}).get("agency_id")
        if h.basis == "removal" or not agency or not h.date:
            continue
        per_fact[(h.person, h.fact)].add(agency)
        if h.basis == "roster":
            end = h.date
        else:
            end = min((d for d in removals.get((h.person, h.post), []) if d >= h.date), default=OPEN)
        spans[h.person].append((agency, h.date, end, h))
    for (person, _), agencies in per_fact.items():
        together[person].update(frozenset(p) for p in combinations(sorted(agencies), 2))
    out = []
    for person, items in sorted(spans.items()):
        seen: set[frozenset[str]] = set()
        for (a1, s1, e1, h1), (a2, s2, e2, h2) in combinations(sorted(items, key=lambda x: (x[1], x[3].fact)), 2):
            pair = frozenset((a1, a2))
            if a1 == a2 or h1.fact == h2.fact or pair in together[person] or pair in seen:
                continue
            if _before(s1, e2, h2) and _before(s2, e1, h1):
                seen.add(pair)
                out.append(_conflict("posts_in_two_agencies",
                                     f"{ix.name(person)} in {ix.name(h1.post)} ({s1}) and {ix.name(h2.post)} ({s2}) "
                                     "at once: two people of one name?", [h1, h2]))
    return out


def _before(start: str, end: str, hold: _Hold) -> bool:
    """``start`` falls within a tenure ending at ``end``: a roster sighting's day counts, a removal's does not."""
    return start <= end if hold.basis == "roster" else start < end


def _contradictory_leads(ix: _Index) -> list[Conflict]:
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for tid, (county, text, _) in ix.tasks.items():
        if ix.leads.get(tid):
            groups[(county, text)].append(tid)
    out = []
    for (_, text), tids in sorted(groups.items()):
        lead_sets = {frozenset(ix.leads[t]) for t in tids}
        if len(lead_sets) > 1:
            leads = " / ".join(sorted("、".join(sorted(ix.name(a) for a in s)) for s in lead_sets))
            out.append(Conflict("contradictory_leads", f"task {text[:40]} led by {leads}",
                                tuple(sorted(ix.task_fact[t] for t in tids if ix.task_fact.get(t))),
                                tuple(sorted({ix.tasks[t][2] for t in tids}))))
    return out


def _single_mention(ix: _Index) -> list[Conflict]:
    return [
        Conflict("single_mention_agency", f"{ix.name(agency)} is named by one fact only: a spelling not merged?",
                 tuple(sorted(facts)), tuple(sorted(ix.agency_docs[agency])))
        for agency, facts in sorted(ix.agency_facts.items())
        if len(facts) == 1 and agency not in ix.generic
    ]


def find_conflicts(documents: list[DocumentRows]) -> list[Conflict]:
    """Every conflict of every kind, in kind order."""
    ix = _Index(documents)
    return (_two_heads(ix) + _appointed_while_held(ix) + _removal_without_tenure(ix) + _two_agencies(ix)
            + _contradictory_leads(ix) + _single_mention(ix))


def count_by_kind(conflicts: list[Conflict]) -> dict[str, int]:
    counts = Counter(c.kind for c in conflicts)
    return {kind: counts.get(kind, 0) for kind in KINDS}


def by_fact(conflicts: list[Conflict]) -> dict[str, list[str]]:
    """Fact id -> the conflicts it is part of (``kind: message``)."""
    out: dict[str, list[str]] = defaultdict(list)
    for c in conflicts:
        for fid in c.facts:
            out[fid].append(f"{c.kind}: {c.message}".replace(";", "；"))  # list exports split on ';'
    return out
