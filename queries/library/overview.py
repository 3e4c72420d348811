"""The graph at a glance: counts per label, type and county, the documents' dates, and the busiest entities."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from graph_build.graph.schema import load_schema
from queries.registry import Param, Query, register

_SCHEMA = load_schema()
# Map literals of counts with the schema's labels and types as keys (checked names, never input).
NODE_COUNTS = "{" + ", ".join(f"{_SCHEMA.label(x)}: COUNT {{ (:{x}) }}" for x in _SCHEMA.nodes) + "}"
RELATIONSHIP_COUNTS = "{" + ", ".join(
    f"{_SCHEMA.rel_type(t)}: COUNT {{ ()-[:{t}]->() }}" for t in _SCHEMA.relationships) + "}"


@dataclass(frozen=True)
class GraphOverview:
    nodes: dict[str, int]
    relationships: dict[str, int]
    counties: list[dict[str, Any]]
    documents: int
    undated_documents: int
    first_document_date: str | None
    last_document_date: str | None
    generic_agencies: int


GRAPH_OVERVIEW = register(Query(
    name="graph_overview",
    title="Graph overview",
    description="One row: nodes (count per label), relationships (count per type), counties (per county: "
                "county, documents, first_date, last_date, agencies, people, posts, taskforces, fields, tasks), "
                "documents, undated_documents, first_document_date, last_document_date, generic_agencies. The "
                "counts per county are those of the last build.",
    params=(),
    # The per-county counts are derived at build time (graph_build/graph/aggregates.py); the whole-graph counts
    # are read from the count store, the documents' dates and the generic agencies from their indexes.
    cypher="""
        CALL () {
          MATCH (d:Document) WHERE d.date IS NOT NULL
          RETURN count(d) AS dated
        }
        CALL () {
          MATCH (d:Document) WHERE d.date IS NOT NULL
          WITH d.date AS date ORDER BY date LIMIT 1
          RETURN collect(date)[0] AS first_date
        }
        CALL () {
          MATCH (d:Document) WHERE d.date IS NOT NULL
          WITH d.date AS date ORDER BY date DESC LIMIT 1
          RETURN collect(date)[0] AS last_date
        }
        CALL () {
          MATCH (c:County)
          WHERE c.count_documents + c.count_agencies + c.count_people + c.count_posts + c.count_taskforces
                + c.count_fields + c.count_tasks > 0
          WITH c ORDER BY c.name
          RETURN collect({county: c.name, documents: c.count_documents, first_date: c.first_date,
                          last_date: c.last_date, agencies: c.count_agencies, people: c.count_people,
                          posts: c.count_posts, taskforces: c.count_taskforces, fields: c.count_fields,
                          tasks: c.count_tasks}) AS counties
        }
        WITH dated, first_date, last_date, counties, COUNT { (:Document) } AS documents
        RETURN """ + NODE_COUNTS + """ AS nodes,
               """ + RELATIONSHIP_COUNTS + """ AS relationships, counties,
               documents, documents - dated AS undated_documents, first_date AS first_document_date,
               last_date AS last_document_date,
               COUNT { MATCH (a:Agency) WHERE a.generic = true } AS generic_agencies
    """,
    result=GraphOverview,
    tags=("overview",),
))


@dataclass(frozen=True)
class BusyAgency:
    id: str
    name: str
    county: str | None
    kind: str | None
    tasks: int
    lead: int
    support: int
    responsible: int
    taskforces: int
    overseers: int
    documents: int


BUSIEST_AGENCIES = register(Query(
    name="busiest_agencies",
    title="Agencies with the most duties",
    description="Agencies ranked by the tasks they answer for: id, name, county, kind, tasks, lead, support, "
                "responsible (tasks by role), taskforces (seats on task forces), overseers (leaders who oversee "
                "it), documents (that mention it). Generic phrases (有关部门 …) are left out unless include_generic.",
    params=(
        Param("county", "str", "only this county (its name, e.g. 稷山县); empty: all", ""),
        Param("include_generic", "bool", "also rank generic phrases such as 有关部门", False),
        Param("limit", "int", "at most this many agencies", 20),
    ),
    cypher="""
        // the counts are derived at build time (graph_build/graph/aggregates.py); read most tasks first
        MATCH (a:Agency)
        WHERE a.count_tasks >= 0 AND ($county = '' OR a.county = $county)
          AND ($include_generic OR NOT coalesce(a.generic, false))
        WITH a, a.count_tasks AS tasks, a.count_lead AS lead, a.count_support AS support,
             a.count_responsible AS responsible, a.count_taskforces AS taskforces
        ORDER BY tasks DESC, lead DESC, taskforces DESC, a.name, a.id
        LIMIT $limit
        RETURN a.id AS id, a.name AS name, a.county AS county, a.kind AS kind, tasks, lead, support, responsible,
               taskforces, COUNT { (a)<-[:OVERSEES]-() } AS overseers, COUNT { (a)-[:MENTIONED_IN]->() } AS documents
    """,
    result=BusyAgency,
    tags=("overview", "ranking"),
))


@dataclass(frozen=True)
class BusyPerson:
    id: str
    name: str
    county: str | None
    score: int
    taskforces: int
    leads: int
    portfolios: int
    tasks: int
    posts: list[str]
    documents: int


BUSIEST_PEOPLE = register(Query(
    name="busiest_people",
    title="People with the most responsibilities",
    description="People ranked by score = task forces they sit on + agencies and fields they oversee + tasks they "
                "are named on (分管领导/责任人): id, name, county, score, taskforces (distinct), leads (task forces "
                "they lead: 组长, 总指挥 …), portfolios (OVERSEES to agencies and fields), tasks, posts (up to 3, "
                "latest first), documents (that mention them).",
    params=(
        Param("county", "str", "only this county (its name, e.g. 稷山县); empty: all", ""),
        Param("limit", "int", "at most this many people", 20),
    ),
    cypher="""
        // the counts are derived at build time (graph_build/graph/aggregates.py); read highest score first
        MATCH (p:Person) WHERE p.busy_score >= 0 AND ($county = '' OR p.county = $county)
        WITH p, p.busy_score AS score, p.count_taskforces AS taskforces, p.count_portfolios AS portfolios,
             p.count_tasks AS tasks
        ORDER BY score DESC, taskforces DESC, p.name, p.id
        LIMIT $limit
        RETURN p.id AS id, p.name AS name, p.county AS county, score, taskforces,
               COUNT { MATCH (p)-[m:MEMBER_OF]->(:TaskForce)
                       WHERE m.role IN ['组长', '第一组长', '总指挥', '指挥长', '召集人', '第一召集人', '总河长',
                                        '主任']
                       RETURN DISTINCT m.fact_id } AS leads,
               portfolios, tasks,
               COLLECT { MATCH (p)-[h:HOLDS]->(post:Post) WHERE h.basis <> 'removal'
                         WITH post, max(coalesce(h.valid_from, h.observed_on, '')) AS seen
                         RETURN post.name ORDER BY seen DESC, post.name LIMIT 3 } AS posts,
               COUNT { (p)-[:MENTIONED_IN]->() } AS documents
    """,
    result=BusyPerson,
    tags=("overview", "ranking"),
))
