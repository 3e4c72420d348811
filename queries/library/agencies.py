"""Agencies: one agency's profile and duties, and the agencies that share duties.

Duties are RESPONSIBLE_FOR edges from an agency to a task, with ``role`` lead (牵头), support (配合) or
responsible (责任单位 with no lead/support split). Generic phrases (有关部门, 各乡（镇）人民政府) are agencies
with ``generic: true``; the pair queries leave them out unless asked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from queries.registry import SOURCE_LINKS, Param, Query, register

ROLES = ("all", "lead", "support", "responsible")


@dataclass(frozen=True)
class AgencyProfile:
    id: str
    name: str
    county: str | None
    kind: str | None
    generic: bool
    aliases: list[str]
    merge_rules: list[str]
    counts: dict[str, int]
    tasks: list[dict[str, Any]]
    taskforces: list[dict[str, Any]]
    posts: list[dict[str, Any]]
    overseers: list[dict[str, Any]]
    documents: list[dict[str, Any]]
    issued: list[dict[str, Any]]


AGENCY_PROFILE = register(Query(
    name="agency_profile",
    title="Agency profile",
    description="One row for an agency: name, county, kind, generic flag, every spelling (aliases) and why they "
                "were merged (merge_rules); counts (lead, support, responsible, tasks, taskforces, posts, "
                "overseers, documents, issued); tasks it leads, supports or answers for (task_id, task, role, "
                "deadline, doc_id, doc_number, doc_title, doc_date, line); task forces it sits on (taskforce_id, "
                "taskforce, role, head, as_of, doc…, line, evidence); its posts with their holders, latest first "
                "(post_id, post, is_head, holders: person_id, person, start, end, status, basis, doc_id, line); "
                "the leaders who oversee it (person_id, person, relation 分管/主管/联系/协助, as_of, doc…, line, "
                "evidence); documents that mention it (doc_id, doc_number, title, date, lines) and that it issued.",
    params=(Param("agency_id", "str", "the agency's id, e.g. agency:稷山县:水利局"),),
    cypher="""
        MATCH (a:Agency {id: $agency_id})
        WITH a,
          COLLECT {
            MATCH (a)-[r:RESPONSIBLE_FOR]->(t:Task)
            OPTIONAL MATCH (d:Document {id: r.doc_id})
            RETURN {task_id: t.id, task: t.name, role: r.role, deadline: coalesce(r.deadline, t.deadline),
                    doc_id: r.doc_id, doc_number: d.doc_number, doc_title: d.title, doc_date: d.date,
                    line: r.line}
            ORDER BY CASE r.role WHEN 'lead' THEN 0 WHEN 'responsible' THEN 1 ELSE 2 END, d.date DESC, r.line
          } AS tasks,
          COLLECT {
            MATCH (a)-[m:MEMBER_OF]->(tf:TaskForce)
            OPTIONAL MATCH (d:Document {id: m.doc_id})
            RETURN {taskforce_id: tf.id, taskforce: tf.name, role: m.role, head: m.head, as_of: m.as_of,
                    doc_id: m.doc_id, doc_number: d.doc_number, doc_title: d.title, line: m.line,
                    evidence: m.evidence}
            ORDER BY m.as_of DESC, tf.name
          } AS taskforces,
          COLLECT {
            MATCH (post:Post)-[:POST_IN]->(a)
            RETURN {post_id: post.id, post: post.name, is_head: coalesce(post.is_head, false),
                    holders: COLLECT {
                      MATCH (p:Person)-[h:HOLDS]->(post) WHERE h.basis <> 'removal'
                      RETURN {person_id: p.id, person: p.name, start: coalesce(h.valid_from, h.observed_on),
                              end: h.derived_to, status: h.status, basis: h.basis, doc_id: h.doc_id,
                              line: h.line}
                      ORDER BY coalesce(h.valid_from, h.observed_on) DESC, p.name
                    }}
            ORDER BY coalesce(post.is_head, false) DESC, post.name
          } AS posts,
          COLLECT {
            MATCH (p:Person)-[o:OVERSEES]->(a)
            OPTIONAL MATCH (d:Document {id: o.doc_id})
            RETURN {person_id: p.id, person: p.name, relation: o.relation, as_of: o.as_of, doc_id: o.doc_id,
                    doc_number: d.doc_number, doc_title: d.title, line: o.line, evidence: o.evidence}
            ORDER BY o.as_of DESC, o.line
          } AS overseers,
          COLLECT {
            MATCH (a)-[m:MENTIONED_IN]->(d:Document)
            RETURN {doc_id: d.id, doc_number: d.doc_number, title: d.title, date: d.date, lines: m.lines}
            ORDER BY d.date DESC, d.id
          } AS documents,
          COLLECT {
            MATCH (d:Document)-[i:ISSUED_BY]->(a)
            RETURN {doc_id: d.id, doc_number: d.doc_number, title: d.title, date: d.date, line: i.line}
            ORDER BY d.date DESC, d.id
          } AS issued
        RETURN a.id AS id, a.name AS name, a.county AS county, a.kind AS kind, coalesce(a.generic, false) AS generic,
               coalesce(a.aliases, []) AS aliases, coalesce(a.merge_rules, []) AS merge_rules,
               {lead: size([t IN tasks WHERE t.role = 'lead']), support: size([t IN tasks WHERE t.role = 'support']),
                responsible: size([t IN tasks WHERE t.role = 'responsible']), tasks: size(tasks),
                taskforces: size(taskforces), posts: size(posts), overseers: size(overseers),
                documents: size(documents), issued: size(issued)} AS counts,
               tasks, taskforces, posts, overseers, documents, issued
    """,
    result=AgencyProfile,
    tags=("agency", "profile"),
))


@dataclass(frozen=True)
class Duty:
    task_id: str
    task: str
    text: str | None
    kind: str | None
    role: str
    deadline: str | None
    co_units: list[dict[str, Any]]
    leaders: list[dict[str, Any]]
    doc_id: str | None
    doc_number: str | None
    doc_title: str | None
    doc_date: str | None
    source: str | None
    line: int | None
    evidence: str | None
    page: int | None  # PDF page, when read from a PDF
    url: str | None  # the source address, when known


AGENCY_DUTIES = register(Query(
    name="agency_duties",
    title="An agency's duties",
    description="One row per task the agency answers for: task_id, task (short name), text, kind (assignment or "
                "duty), its role (lead 牵头, support 配合, responsible 责任单位), deadline, the other units on the "
                "task (co_units: id, name, role), the leaders named on the task (leaders: id, name, relation "
                "分管领导/责任人), and the source: doc_id, doc_number (文号), doc_title, doc_date, source file, line, "
                "evidence. Newest documents first." + SOURCE_LINKS,
    params=(
        Param("agency_id", "str", "the agency's id, e.g. agency:稷山县:水利局"),
        Param("role", "str", "only duties in this role", "all", choices=ROLES),
        Param("limit", "int", "at most this many tasks", 1000),
    ),
    cypher="""
        MATCH (a:Agency {id: $agency_id})-[r:RESPONSIBLE_FOR]->(t:Task)
        WHERE $role = 'all' OR r.role = $role
        OPTIONAL MATCH (d:Document {id: r.doc_id})
        RETURN t.id AS task_id, t.name AS task, t.text AS text, t.kind AS kind, r.role AS role,
               coalesce(r.deadline, t.deadline) AS deadline,
               COLLECT {
                 MATCH (t)<-[r2:RESPONSIBLE_FOR]-(b:Agency) WHERE b <> a
                 RETURN {id: b.id, name: b.name, role: r2.role}
                 ORDER BY CASE r2.role WHEN 'lead' THEN 0 WHEN 'responsible' THEN 1 ELSE 2 END, b.name
               } AS co_units,
               COLLECT {
                 MATCH (t)<-[o:OVERSEES]-(p:Person)
                 RETURN {id: p.id, name: p.name, relation: o.relation} ORDER BY o.relation, p.name
               } AS leaders,
               r.doc_id AS doc_id, d.doc_number AS doc_number, d.title AS doc_title, d.date AS doc_date,
               r.source AS source, r.line AS line, r.evidence AS evidence, r.page AS page, r.url AS url
        ORDER BY doc_date DESC, doc_id, line, task_id
        LIMIT $limit
    """,
    result=Duty,
    tags=("agency", "duties"),
))


@dataclass(frozen=True)
class SharedDuties:
    agency_id: str
    agency: str
    generic: bool
    shared: int
    this_lead: int
    this_support: int
    other_lead: int
    other_support: int
    tasks: list[dict[str, Any]]


SHARED_DUTIES = register(Query(
    name="shared_duties",
    title="Agencies sharing duties with an agency",
    description="The agencies that answer for the same tasks as this one, most shared first: agency_id, agency, "
                "generic, shared (number of tasks), the lead/support split (this_lead, this_support: tasks where "
                "this agency leads / supports; other_lead, other_support: where the other one does), and the "
                "tasks (up to 100: task_id, task, this_role, other_role, doc_id, line). Generic phrases "
                "(有关部门 …) are left out unless include_generic.",
    params=(
        Param("agency_id", "str", "the agency's id, e.g. agency:稷山县:水利局"),
        Param("include_generic", "bool", "also count generic phrases such as 有关部门", False),
        Param("limit", "int", "at most this many agencies", 50),
    ),
    cypher="""
        MATCH (a:Agency {id: $agency_id})-[r1:RESPONSIBLE_FOR]->(t:Task)<-[r2:RESPONSIBLE_FOR]-(b:Agency)
        WHERE b <> a AND ($include_generic OR NOT coalesce(b.generic, false))
        WITH b, t, min(r1.role) AS this_role, min(r2.role) AS other_role
        ORDER BY t.doc_id, t.line
        WITH b, count(t) AS shared,
             sum(CASE this_role WHEN 'lead' THEN 1 ELSE 0 END) AS this_lead,
             sum(CASE this_role WHEN 'support' THEN 1 ELSE 0 END) AS this_support,
             sum(CASE other_role WHEN 'lead' THEN 1 ELSE 0 END) AS other_lead,
             sum(CASE other_role WHEN 'support' THEN 1 ELSE 0 END) AS other_support,
             collect({task_id: t.id, task: t.name, this_role: this_role, other_role: other_role, doc_id: t.doc_id,
                      line: t.line})[..100] AS tasks
        RETURN b.id AS agency_id, b.name AS agency, coalesce(b.generic, false) AS generic, shared,
               this_lead, this_support, other_lead, other_support, tasks
        ORDER BY shared DESC, agency, agency_id
        LIMIT $limit
    """,
    result=SharedDuties,
    tags=("agency", "duties"),
))


@dataclass(frozen=True)
class DutyPair:
    county: str | None
    a_id: str
    a: str
    b_id: str
    b: str
    shared: int
    a_lead: int
    b_lead: int
    examples: list[str]


TOP_SHARED_DUTY_PAIRS = register(Query(
    name="top_shared_duty_pairs",
    title="Agencies that share the most duties",
    description="Pairs of agencies (a, b) that answer for the most tasks together, in one county or all: county, "
                "a_id, a, b_id, b, shared (number of tasks), a_lead / b_lead (tasks among them that a / b leads), "
                "examples (up to 3 task names). Generic phrases (有关部门 …) are left out unless include_generic.",
    params=(
        Param("county", "str", "only this county (its name, e.g. 稷山县); empty: all", ""),
        Param("include_generic", "bool", "also pair generic phrases such as 有关部门", False),
        Param("limit", "int", "at most this many pairs", 20),
    ),
    # The pairs and their counts are derived at build time (graph_build/graph/aggregates.py).
    cypher="""
        MATCH (a:Agency)-[p:SHARES_DUTIES]->(b:Agency)
        WHERE p.shared > 0 AND ($county = '' OR p.county = $county) AND ($include_generic OR NOT p.generic)
        WITH a, b, p.shared AS shared, p.a_lead AS a_lead, p.b_lead AS b_lead
        ORDER BY shared DESC, a.name, b.name, a.id, b.id
        LIMIT $limit
        RETURN a.county AS county, a.id AS a_id, a.name AS a, b.id AS b_id, b.name AS b, shared, a_lead, b_lead,
               COLLECT { MATCH (a)-[:RESPONSIBLE_FOR]->(t:Task)<-[:RESPONSIBLE_FOR]-(b)
                         RETURN t.name ORDER BY t.doc_id, t.line LIMIT 3 } AS examples
    """,
    result=DutyPair,
    tags=("agency", "duties", "ranking"),
))
