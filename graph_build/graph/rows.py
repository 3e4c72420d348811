"""From facts to graph rows: resolved nodes and relationships, grouped by document.

Each document's rows are built from its own facts only, so a document can be
loaded, replaced or rolled back on its own. Every fact-bearing relationship
carries its provenance (fact id, document id, file, line, evidence) and every
node a fact names is linked to the document by MENTIONED_IN.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from graph_build.graph.identity import Documents, doc_key
from graph_build.graph.schema import Schema, load_schema
from graph_build.people import looks_like_person
from graph_build.records import FACT_TYPES
from graph_build.resolve import AgencyRef, PostRef, Resolver

Row = dict[str, Any]
# Nodes that belong to one document; all other nodes are shared entities.
OWN_LABELS = frozenset({"Document", "Task"})
# Provenance only some readers know (PDF page, source address, OCR); absent from facts of .txt files.
PROVENANCE_EXTRAS = ("page", "url", "ocr", "ocr_confidence")


def date_precision(date: str | None) -> str | None:
    if not date:
        return None
    return {10: "day", 7: "month", 4: "year"}.get(len(date), "unknown")


@dataclass
class DocumentRows:
    """The nodes and relationships that one document contributes to the graph."""

    doc_id: str
    source: str
    title: str
    nodes: dict[str, dict[str, Row]] = field(default_factory=lambda: defaultdict(dict))
    rels: dict[tuple[str, str, str], dict[str, Row]] = field(default_factory=lambda: defaultdict(dict))
    facts: int = 0

    def node(self, label: str, node_id: str, **props: Any) -> str:
        existing = self.nodes[label].get(node_id)
        row = {k: v for k, v in props.items() if v is not None}
        if existing:
            existing.update(row)
        else:
            self.nodes[label][node_id] = row
        return node_id

    def rel(self, rel_type: str, src: tuple[str, str], dst: tuple[str, str], key: str, **props: Any) -> None:
        (src_label, src_id), (dst_label, dst_id) = src, dst
        row = {k: v for k, v in props.items() if v is not None}
        self.rels[(rel_type, src_label, dst_label)][key] = {"from": src_id, "to": dst_id, "key": key, "props": row}

    def mention(self, label: str, node_id: str, line: int) -> None:
        key = f"{node_id}@{self.doc_id}"
        rows = self.rels[("MENTIONED_IN", label, "Document")]
        if key in rows:
            lines = rows[key]["props"]["lines"]
            if line not in lines:
                lines.append(line)
                lines.sort()
        else:
            rows[key] = {"from": node_id, "to": self.doc_id, "key": key, "props": {"lines": [line]}}

    def digest(self) -> str:
        """A hash of this document's own facts: unchanged digest, nothing to do.

        Shared entities (agencies, people, posts …) count by id only: their names and aliases come from
        the whole corpus and are refreshed for all documents together (``Loader.refresh_entities``), so a
        new spelling in one document never reloads another.
        """
        payload = {
            "nodes": {
                label: dict(sorted(rows.items())) if label in OWN_LABELS else sorted(rows)
                for label, rows in sorted(self.nodes.items())
            },
            "rels": {"|".join(k): dict(sorted(v.items())) for k, v in sorted(self.rels.items())},
        }
        return hashlib.sha256(json.dumps(payload, ensure_ascii=False, sort_keys=True).encode()).hexdigest()[:20]

    def counts(self) -> tuple[Counter[str], Counter[str]]:
        nodes = Counter({label: len(rows) for label, rows in self.nodes.items()})
        rels: Counter[str] = Counter()
        for (rel_type, _, _), rows in self.rels.items():
            rels[rel_type] += len(rows)
        return nodes, rels


def portfolio_target(fact: Row) -> str:
    """The target as written with its bracketed aliases (``县财政局（国有资产监督管理局）``)."""
    aliases = fact.get("aliases") or []
    return fact["target"] + (f"（{'、'.join(aliases)}）" if aliases else "")


class RowBuilder:
    """Builds DocumentRows from facts with a fitted Resolver."""

    def __init__(self, resolver: Resolver, schema: Schema | None = None):
        self.resolver = resolver
        self.schema = schema or load_schema()
        self.county_by_source: dict[str, str] = {}
        self.merge_rules: dict[str, list[str]] = {}

    # -- counties and resolution -----------------------------------------

    def fit(self, facts: list[Row]) -> None:
        """Find each file's county, then register every written name with the resolver."""
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for f in facts:
            county = self.resolver.county_of(f.get("issuer"), f.get("doc_title"))
            if county:
                votes[f["source"]][county] += 1 if f["type"] != "document" else 5
        self.county_by_source = {src: c.most_common(1)[0][0] for src, c in votes.items()}
        for f in facts:
            county = self.county(f)
            for kind, name in self._names(f):
                self.resolver.add(county, kind, name)
        self.resolver.fit()
        self.merge_rules: dict[str, list[str]] = defaultdict(list)
        for d in self.resolver.decisions():
            self.merge_rules[d.entity_id].append(f"{d.written}: {d.rule}")

    def county(self, fact: Row) -> str:
        return self.county_by_source.get(fact["source"]) or "(unknown county)"

    def _names(self, f: Row) -> Iterable[tuple[str, str]]:
        t = f["type"]
        if t == "document" and f.get("issuer"):
            yield "agency", f["issuer"]
        elif t == "membership":
            yield "person", f["person"]
            yield from self._bodies(f["body"])
            for title in f.get("titles") or []:
                yield "post", title
        elif t == "unit_membership":
            yield "agency", f["unit"]
            yield from self._bodies(f["body"])
        elif t == "appointment":
            yield "person", f["person"]
            yield "post", f["post"]
        elif t == "portfolio":
            if f.get("person"):  # None on a single leader's page that never names the leader
                yield "person", f["person"]
            if self.resolver.is_unit(f["target"]):
                yield "agency", portfolio_target(f)
        elif t in ("assignment", "duty"):
            for unit in f.get("units") or []:
                yield "agency", unit
            if f.get("leader") and looks_like_person(f["leader"]):
                yield "person", f["leader"]
            for name in f.get("persons") or []:
                if looks_like_person(name):
                    yield "person", name

    @staticmethod
    def _bodies(body: str) -> Iterable[tuple[str, str]]:
        """A task force and, for a sub-group (``专班/综合组``), every body above it: each becomes a node."""
        while True:
            yield "taskforce", body
            if "/" not in body:
                return
            body = body.rsplit("/", 1)[0]

    # -- rows --------------------------------------------------------------

    def build(self, documents: Documents) -> list[DocumentRows]:
        """Rows for every document, in file order. Call ``fit`` with ``documents.facts`` first."""
        docs: dict[str, DocumentRows] = {}
        for f in documents.facts:
            did = documents.id_of(f)
            rows = docs.get(did)
            if rows is None:
                rows = docs[did] = DocumentRows(did, f["source"], f.get("doc_title") or doc_key(f))
                self._document_stub(rows, f, documents.sources.get(did, [f["source"]]))
            self._handler(f["type"])(rows, f)
            rows.facts += 1
        return list(docs.values())

    def _handler(self, fact_type: str) -> Any:
        """The method that turns a fact of this record type into rows (only the record types have one)."""
        if fact_type not in FACT_TYPES:
            raise ValueError(f"unknown fact type {fact_type!r}")
        return getattr(self, "_" + fact_type)

    def _prov(self, rows: DocumentRows, f: Row) -> Row:
        prov = {
            "fact_id": f["id"],
            "doc_id": rows.doc_id,
            "source": f["source"],
            "line": f["line"],
            "evidence": f.get("evidence"),
        }
        # Where the reader knew them (PDF page, source address, OCR): absent for .txt facts.
        prov.update({k: f[k] for k in PROVENANCE_EXTRAS if f.get(k) is not None})
        return prov

    def _county(self, rows: DocumentRows, county: str) -> tuple[str, str]:
        cid = f"county:{county}"
        rows.node("County", cid, name=county)
        return ("County", cid)

    def _document_stub(self, rows: DocumentRows, f: Row, sources: list[str]) -> None:
        county = self.county(f)
        rows.node(
            "Document",
            rows.doc_id,
            name=f.get("doc_title") or doc_key(f),
            title=f.get("doc_title"),
            doc_number=f.get("doc_number"),
            source=f["source"],
            sources=list(sources),
            county=county,
            kind="notice" if f.get("doc_number") else "gazette",
        )
        rows.rel("IN_COUNTY", ("Document", rows.doc_id), self._county(rows, county), f"{rows.doc_id}:county")

    def _agency(self, rows: DocumentRows, f: Row, ref: AgencyRef) -> tuple[str, str]:
        rows.node(
            "Agency",
            ref.id,
            name=ref.name,
            canonical=ref.canonical,
            county=ref.county,
            aliases=list(ref.aliases),
            alias_text=" ".join(ref.aliases),
            kind=ref.kind,
            generic=ref.generic,
            merge_rules=sorted(set(self.merge_rules.get(ref.id, []))),
        )
        rows.rel("IN_COUNTY", ("Agency", ref.id), self._county(rows, ref.county), f"{ref.id}:county")
        rows.mention("Agency", ref.id, f["line"])
        return ("Agency", ref.id)

    def _person(self, rows: DocumentRows, f: Row, name: str) -> tuple[str, str]:
        ref = self.resolver.person(self.county(f), name)
        rows.node("Person", ref.id, name=ref.name, county=ref.county, aliases=list(ref.aliases),
                  alias_text=" ".join(ref.aliases))
        rows.rel("IN_COUNTY", ("Person", ref.id), self._county(rows, ref.county), f"{ref.id}:county")
        rows.mention("Person", ref.id, f["line"])
        return ("Person", ref.id)

    def _post(self, rows: DocumentRows, f: Row, ref: PostRef) -> tuple[str, str]:
        rows.node("Post", ref.id, name=ref.name, canonical=ref.canonical, county=ref.county, title=ref.title,
                  is_head=ref.is_head, agency_id=ref.agency.id if ref.agency else None)
        rows.rel("IN_COUNTY", ("Post", ref.id), self._county(rows, ref.county), f"{ref.id}:county")
        if ref.agency:
            agency = self._agency(rows, f, ref.agency)
            rows.rel("POST_IN", ("Post", ref.id), agency, f"{ref.id}:in")
        rows.mention("Post", ref.id, f["line"])
        return ("Post", ref.id)

    def _taskforce(self, rows: DocumentRows, f: Row, body: str) -> tuple[str, str]:
        county = self.county(f)
        tid, name = self.resolver.taskforce(county, body)
        rows.node("TaskForce", tid, name=name, county=county, kind="subgroup" if "/" in body else "taskforce")
        rows.rel("IN_COUNTY", ("TaskForce", tid), self._county(rows, county), f"{tid}:county")
        rows.mention("TaskForce", tid, f["line"])
        if "/" in body:
            parent = self._taskforce(rows, f, body.rsplit("/", 1)[0])
            rows.rel("SUBGROUP_OF", ("TaskForce", tid), parent, f"{f['id']}:parent", **self._prov(rows, f))
        return ("TaskForce", tid)

    # -- one method per fact type -------------------------------------------

    def _document(self, rows: DocumentRows, f: Row) -> None:
        rows.node(
            "Document",
            rows.doc_id,
            issuer=f.get("issuer"),
            date=f.get("date"),
            date_precision=date_precision(f.get("date")),
            line=f["line"],
            end_line=f.get("end_line"),
            evidence=f.get("evidence"),
        )
        if f.get("issuer"):
            agency = self._agency(rows, f, self.resolver.agency(self.county(f), f["issuer"]))
            rows.rel("ISSUED_BY", ("Document", rows.doc_id), agency, f"{f['id']}:issuer", **self._prov(rows, f))

    def _doc_date(self, rows: DocumentRows) -> str | None:
        return rows.nodes["Document"][rows.doc_id].get("date")

    def _membership(self, rows: DocumentRows, f: Row) -> None:
        person = self._person(rows, f, f["person"])
        body = self._taskforce(rows, f, f["body"])
        as_of = self._doc_date(rows)
        prov = self._prov(rows, f)
        rows.rel("MEMBER_OF", person, body, f"{f['id']}", role=f["role"], titles=list(f.get("titles") or []),
                 as_of=as_of, **prov)
        for i, title in enumerate(f.get("titles") or []):
            post = self._post(rows, f, self.resolver.post(self.county(f), title))
            rows.rel("HOLDS", person, post, f"{f['id']}:title{i}", basis="roster", observed_on=as_of, **prov)

    def _unit_membership(self, rows: DocumentRows, f: Row) -> None:
        agency = self._agency(rows, f, self.resolver.agency(self.county(f), f["unit"]))
        body = self._taskforce(rows, f, f["body"])
        rows.rel("MEMBER_OF", agency, body, f"{f['id']}", role=f["role"], head=f.get("head"),
                 as_of=self._doc_date(rows), **self._prov(rows, f))

    def _appointment(self, rows: DocumentRows, f: Row) -> None:
        person = self._person(rows, f, f["person"])
        post = self._post(rows, f, self.resolver.post(self.county(f), f["post"]))
        prov = self._prov(rows, f)
        date = f.get("date") or self._doc_date(rows)
        rows.rel("APPOINTED_TO", person, post, f"{f['id']}", action=f["action"], date=date, note=f.get("note"),
                 **prov)
        if f["action"] == "appoint":
            rows.rel("HOLDS", person, post, f"{f['id']}:tenure", basis="appointment", valid_from=date, **prov)
        else:
            rows.rel("HOLDS", person, post, f"{f['id']}:tenure", basis="removal", valid_to=date, **prov)

    def _portfolio(self, rows: DocumentRows, f: Row) -> None:
        person = self._person(rows, f, f["person"]) if f.get("person") else None
        county = self.county(f)
        if self.resolver.is_unit(f["target"]):
            target = self._agency(rows, f, self.resolver.agency(county, portfolio_target(f)))
        else:
            fid = f"field:{county}:{f['target']}"
            rows.node("Field", fid, name=f["target"], county=county)
            rows.rel("IN_COUNTY", ("Field", fid), self._county(rows, county), f"{fid}:county")
            rows.mention("Field", fid, f["line"])
            target = ("Field", fid)
        if person is None:  # an unnamed leader: the target is mentioned, no one oversees it in the graph
            return
        rows.rel("OVERSEES", person, target, f"{f['id']}", relation=f["relation"],
                 aliases=list(f.get("aliases") or []), as_of=self._doc_date(rows), **self._prov(rows, f))

    def _assignment(self, rows: DocumentRows, f: Row) -> None:
        tid = f"task:{f['id']}"
        rows.node("Task", tid, name=f["task"], text=f.get("task_text") or f["task"], kind=f["type"],
                  deadline=f.get("deadline"), doc_id=rows.doc_id, source=f["source"], line=f["line"],
                  evidence=f.get("evidence"), page=f.get("page"), url=f.get("url"))
        rows.mention("Task", tid, f["line"])
        task = ("Task", tid)
        prov = self._prov(rows, f)
        lead = set(f.get("lead") or [])
        for i, unit in enumerate(f.get("units") or []):
            agency = self._agency(rows, f, self.resolver.agency(self.county(f), unit))
            role = "lead" if unit in lead else ("support" if lead else "responsible")
            rows.rel("RESPONSIBLE_FOR", agency, task, f"{f['id']}:{i}", role=role, deadline=f.get("deadline"),
                     kind=f["type"], **prov)
        if f.get("leader") and looks_like_person(f["leader"]):
            person = self._person(rows, f, f["leader"])
            rows.rel("OVERSEES", person, task, f"{f['id']}:leader", relation="分管领导", **prov)
        for i, name in enumerate(f.get("persons") or []):
            if looks_like_person(name):
                person = self._person(rows, f, name)
                rows.rel("OVERSEES", person, task, f"{f['id']}:person{i}", relation="责任人", **prov)

    _duty = _assignment
