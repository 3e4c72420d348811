"""Data checks: facts without provenance, orphan nodes, agencies seen once (possible resolution misses), and
tasks that nobody leads. Every row is something to look at; an empty answer is a pass."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from graph_build.graph.findings import LABEL as FINDING
from graph_build.graph.schema import load_schema
from queries.registry import SOURCE_LINKS, Param, Query, register

_SCHEMA = load_schema()
FACT_TYPES = "|".join(_SCHEMA.rel_type(t) for t in _SCHEMA.fact_rel_types)
# The two whole-graph checks are run by every build, which keeps what they find (graph_build/graph/findings.py).
AS_OF_BUILD = " As found by the last build, which reads the whole graph for it."


@dataclass(frozen=True)
class MissingProvenance:
    kind: str
    type: str
    fact_id: str | None
    doc_id: str | None
    from_id: str | None
    from_name: str | None
    to_id: str | None
    to_name: str | None
    missing: list[str]


FACTS_WITHOUT_PROVENANCE = register(Query(
    name="facts_without_provenance",
    title="Facts without provenance",
    description="Fact-bearing relationships (" + FACT_TYPES.replace("|", ", ") + ") and tasks that lack any "
                "of fact_id, doc_id, source, line, evidence, or whose doc_id names no document in the graph: "
                "kind (relationship/node), type, fact_id, doc_id, from_id, from_name, to_id, to_name, missing "
                "(the properties missing, and 'document' when the cited document is absent). Empty is a pass."
                + AS_OF_BUILD,
    params=(Param("limit", "int", "at most this many rows", 100),),
    cypher="""
        MATCH (f:""" + FINDING + """ {check: 'facts_without_provenance'})
        RETURN f.kind AS kind, f.type AS type, f.fact_id AS fact_id, f.doc_id AS doc_id, f.from_id AS from_id,
               f.from_name AS from_name, f.to_id AS to_id, f.to_name AS to_name, f.missing AS missing
        ORDER BY kind, type, fact_id, from_id, to_id
        LIMIT $limit
    """,
    result=MissingProvenance,
    tags=("check",),
))


@dataclass(frozen=True)
class Orphan:
    id: str
    label: str
    name: str
    county: str | None
    reason: str


ORPHAN_NODES = register(Query(
    name="orphan_nodes",
    title="Orphan nodes",
    description="Nodes that nothing ties into the graph: id, label, name, county, reason ('no document mentions "
                "it' for an agency, person, post, task force, field or task without MENTIONED_IN; 'no fact links "
                "it' for one with no accountability relationship (only IN_COUNTY / MENTIONED_IN); 'document without "
                "facts' for a document that mentions nothing and has no issuer). Empty is a pass." + AS_OF_BUILD,
    params=(Param("limit", "int", "at most this many rows", 100),),
    cypher="""
        MATCH (f:""" + FINDING + """ {check: 'orphan_nodes'})
        RETURN f.node_id AS id, f.label AS label, f.name AS name, f.county AS county, f.reason AS reason
        ORDER BY reason, label, name, id
        LIMIT $limit
    """,
    result=Orphan,
    tags=("check",),
))


@dataclass(frozen=True)
class SingleMention:
    id: str
    name: str
    county: str | None
    kind: str | None
    aliases: list[str]
    doc_id: str
    doc_number: str | None
    doc_title: str | None
    line: int
    evidence: str | None
    similar: list[dict[str, Any]]


SINGLE_MENTION_AGENCIES = register(Query(
    name="single_mention_agencies",
    title="Agencies mentioned once (possible resolution misses)",
    description="Agencies (not generic phrases) named on one line of one document only: often a spelling that "
                "resolution did not merge with the agency it means. id, name, county, kind, aliases, the mention "
                "(doc_id, doc_number, doc_title, line, evidence of a fact there), and similar: up to 5 agencies of "
                "the same county whose canonical name contains this one's or is contained in it (id, name, "
                "mentions), most mentioned first — candidates for a merge, worked out by the build. The first "
                "agencies by county and name are listed (limit), those with candidates first; with with_similar, "
                "only those with candidates.",
    params=(
        Param("county", "str", "only this county (its name, e.g. 稷山县); empty: all", ""),
        Param("with_similar", "bool", "only agencies with merge candidates", False),
        Param("limit", "int", "at most this many agencies", 50),
    ),
    cypher="""
        // count_lines (lines that mention it, over all documents) and merge_candidates are derived at build time
        MATCH (a:Agency) WHERE a.count_lines = 1
          AND ($county = '' OR a.county = $county) AND NOT coalesce(a.generic, false)
          AND (NOT $with_similar OR size(a.merge_candidates) > 0)
        WITH a ORDER BY a.county, a.name, a.id LIMIT $limit
        CALL (a) {
          UNWIND coalesce(a.merge_candidates, []) AS candidate
          MATCH (b:Agency {id: candidate})
          WITH b, COUNT { (b)-[:MENTIONED_IN]->() } AS mentions
          ORDER BY mentions DESC, b.name, b.id LIMIT 5
          RETURN collect({id: b.id, name: b.name, mentions: mentions}) AS similar
        }
        // the one document and line that mention it
        MATCH (a)-[m:MENTIONED_IN]->(d:Document)
        WITH a, d, m.lines[0] AS line, similar
        RETURN a.id AS id, a.name AS name, a.county AS county, a.kind AS kind, coalesce(a.aliases, []) AS aliases,
               d.id AS doc_id, d.doc_number AS doc_number, d.title AS doc_title, line,
               COLLECT { MATCH (a)-[r]-() WHERE r.doc_id = d.id AND r.evidence IS NOT NULL
                         RETURN r.evidence ORDER BY r.line LIMIT 1 }[0] AS evidence,
               similar
        ORDER BY size(similar) = 0, county, name, id
    """,
    result=SingleMention,
    tags=("check", "resolution"),
))


@dataclass(frozen=True)
class UnledTask:
    task_id: str
    task: str
    reason: str
    units: list[dict[str, Any]]
    leaders: list[str]
    doc_id: str | None
    doc_number: str | None
    doc_title: str | None
    county: str | None
    line: int | None
    evidence: str | None
    page: int | None  # PDF page, when read from a PDF
    url: str | None  # the source address, when known


TASKS_WITHOUT_LEAD = register(Query(
    name="tasks_without_lead",
    title="Tasks nobody leads",
    description="Tasks with no accountable unit: reason 'no unit' (no agency at all), 'support units only' "
                "(配合 without 牵头), 'only generic units' (the lead or responsible units are all generic phrases "
                "such as 有关部门); with strict, also 'no lead (joint responsibility)': several 责任单位 and none "
                "leading. task_id, task, reason, units (name, role, generic), leaders (people named on the task), "
                "doc_id, doc_number, doc_title, county, line, evidence." + SOURCE_LINKS,
    params=(
        Param("county", "str", "only this county (its name, e.g. 稷山县); empty: all", ""),
        Param("strict", "bool", "also list tasks whose units answer jointly with no lead", False),
        Param("limit", "int", "at most this many tasks", 100),
    ),
    cypher="""
        // lead_gap (why no unit answers for the task) is derived at build time
        MATCH (t:Task) WHERE t.lead_gap IS NOT NULL AND ($strict OR t.lead_gap <> 'no lead (joint responsibility)')
        WITH t, t.lead_gap AS reason, COLLECT {
               MATCH (a:Agency)-[r:RESPONSIBLE_FOR]->(t)
               RETURN {name: a.name, role: r.role, generic: coalesce(a.generic, false)} ORDER BY r.role, a.name
             } AS units
        OPTIONAL MATCH (d:Document {id: t.doc_id})
        WITH t, d, units, reason WHERE $county = '' OR d.county = $county
        WITH t, d, units, reason ORDER BY reason, d.date DESC, t.doc_id, t.line LIMIT $limit
        RETURN t.id AS task_id, t.name AS task, reason, units,
               COLLECT { MATCH (p:Person)-[o:OVERSEES]->(t) RETURN p.name + '（' + o.relation + '）' } AS leaders,
               t.doc_id AS doc_id, d.doc_number AS doc_number, d.title AS doc_title, d.county AS county,
               t.line AS line, t.evidence AS evidence, t.page AS page, t.url AS url
        ORDER BY reason, d.date DESC, doc_id, line
    """,
    result=UnledTask,
    tags=("check",),
))
