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
                "documents, undated_documents, first_document_date, last_document_date, generic_agencies.",
    params=(),
    cypher="""
        CALL () {
          MATCH (d:Document)
          RETURN count(d) AS documents, count(d.date) AS dated, min(d.date) AS first_date,
                 max(d.date) AS last_date
        }
        CALL () {
          CALL () {
            MATCH (d:Document)
            RETURN d.county AS county, 'documents' AS what, count(*) AS n, min(d.date) AS first, max(d.date) AS last
            UNION ALL
            MATCH (n:Agency) RETURN n.county AS county, 'agencies' AS what, count(*) AS n, null AS first,
                                    null AS last
            UNION ALL
            MATCH (n:Person) RETURN n.county AS county, 'people' AS what, count(*) AS n, null AS first,
                                    null AS last
            UNION ALL
            MATCH (n:Post) RETURN n.county AS county, 'posts' AS what, count(*) AS n, null AS first, null AS last
            UNION ALL
            MATCH (n:TaskForce) RETURN n.county AS county, 'taskforces' AS what, count(*) AS n, null AS first,
                                       null AS last
            UNION ALL
            MATCH (n:Field) RETURN n.county AS county, 'fields' AS what, count(*) AS n, null AS first, null AS last
            UNION ALL
            MATCH (t:Task) MATCH (d:Document {id: t.doc_id})
            RETURN d.county AS county, 'tasks' AS what, count(*) AS n, null AS first, null AS last
          }
          WITH county,
               sum(CASE what WHEN 'documents' THEN n ELSE 0 END) AS documents,
               min(first) AS first_date, max(last) AS last_date,
               sum(CASE what WHEN 'agencies' THEN n ELSE 0 END) AS agencies,
               sum(CASE what WHEN 'people' THEN n ELSE 0 END) AS people,
               sum(CASE what WHEN 'posts' THEN n ELSE 0 END) AS posts,
               sum(CASE what WHEN 'taskforces' THEN n ELSE 0 END) AS taskforces,
               sum(CASE what WHEN 'fields' THEN n ELSE 0 END) AS fields,
               sum(CASE what WHEN 'tasks' THEN n ELSE 0 END) AS tasks
          ORDER BY county
          RETURN collect({county: county, documents: documents, first_date: first_date, last_date: last_date,
                          agencies: agencies, people: people, posts: posts, taskforces: taskforces,
                          fields: fields, tasks: tasks}) AS counties
        }
        RETURN """ + NODE_COUNTS + """ AS nodes,
               """ + RELATIONSHIP_COUNTS + """ AS relationships, counties,
               documents, documents - dated AS undated_documents, first_date AS first_document_date,
               last_date AS last_document_date,
               COUNT { MATCH (a:Agency) WHERE a.generic } AS generic_agencies
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
        MATCH (a:Agency)
        WHERE ($county = '' OR a.county = $county) AND ($include_generic OR NOT coalesce(a.generic, false))
        // the counts are derived at build time (graph_build/graph/aggregates.py)
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
        MATCH (p:Person) WHERE $county = '' OR p.county = $county
        WITH p, COUNT { MATCH (p)-[:MEMBER_OF]->(tf:TaskForce) RETURN DISTINCT tf } AS taskforces,
             COUNT { MATCH (p)-[:OVERSEES]->(x) WHERE x:Agency OR x:Field } AS portfolios,
             COUNT { MATCH (p)-[:OVERSEES]->(t:Task) } AS tasks
        WITH p, taskforces, portfolios, tasks, taskforces + portfolios + tasks AS score
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
