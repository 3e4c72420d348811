"""Task forces (工作专班, 领导小组, 指挥部 …): who sits on them, who sits on the most, and what two share.

A task force's members are the MEMBER_OF edges to it and to its sub-groups (SUBGROUP_OF, up to three levels).
A person's seat may be written (basis roster) or inferred from an agency's seat given by post (basis by_post:
组长：县应急管理局主要负责人 → the person who held that head post on the roster's date).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from queries.library.history import ROLE_RANK
from queries.registry import Param, Query, register

LEADER_RANK = 0  # ROLE_RANK of 组长, 总指挥, 召集人 …


@dataclass(frozen=True)
class TaskForceComposition:
    id: str
    name: str
    county: str | None
    kind: str | None
    parent: dict[str, Any] | None
    roles: list[dict[str, Any]]
    members: list[dict[str, Any]]
    subgroups: list[dict[str, Any]]
    offices: list[dict[str, Any]]
    documents: list[dict[str, Any]]


TASKFORCE_COMPOSITION = register(Query(
    name="taskforce_composition",
    title="Task force composition",
    description="One row for a task force: id, name, county, kind (taskforce/subgroup), parent (id, name) for a "
                "sub-group; roles: the members grouped by role, leaders first (role, members: names); members: "
                "one entry per seat (role, member_id, member, member_label Person/Agency, titles, head, basis "
                "roster/by_post, via_post, as_of, doc_id, doc_number, doc_title, line, evidence); subgroups (id, "
                "name, members, leaders); offices (agency_id, agency, line, evidence: 办公室设在…); documents that "
                "set it up or list it (doc_id, doc_number, title, date, lines).",
    params=(Param("taskforce_id", "str", "the task force's id, e.g. taskforce:稷山县:一泓清水入黄河工作专班"),),
    cypher="""
        MATCH (tf:TaskForce {id: $taskforce_id})
        WITH tf,
          COLLECT {
            MATCH (x)-[m:MEMBER_OF]->(tf)
            OPTIONAL MATCH (d:Document {id: m.doc_id})
            WITH x, m, d, """ + ROLE_RANK + """ AS rank
            RETURN {role: m.role, rank: rank, member_id: x.id, member: x.name, member_label: labels(x)[0],
                    titles: m.titles, head: m.head, basis: coalesce(m.basis, 'roster'), via_post: m.via_post,
                    as_of: m.as_of, doc_id: m.doc_id, doc_number: d.doc_number, doc_title: d.title, line: m.line,
                    evidence: m.evidence}
            ORDER BY m.as_of DESC, rank, m.line, coalesce(m.basis, 'roster'), x.name
          } AS members
        RETURN tf.id AS id, tf.name AS name, tf.county AS county, tf.kind AS kind,
          COLLECT { MATCH (tf)-[:SUBGROUP_OF]->(up:TaskForce) RETURN DISTINCT {id: up.id, name: up.name} }[0]
            AS parent,
          COLLECT {
            UNWIND members AS s
            WITH s.role AS role, min(s.rank) AS rank, collect(DISTINCT s.member) AS names
            RETURN {role: role, members: names} ORDER BY rank, role
          } AS roles,
          members,
          COLLECT {
            MATCH (sub:TaskForce)-[:SUBGROUP_OF]->(tf)
            WITH DISTINCT sub
            RETURN {id: sub.id, name: sub.name, members: COUNT { (sub)<-[:MEMBER_OF]-() },
                    leaders: COLLECT { MATCH (y)-[m:MEMBER_OF]->(sub) WITH y, m, """ + ROLE_RANK + """ AS rank
                                       WHERE rank = 0 RETURN DISTINCT y.name }}
            ORDER BY sub.name
          } AS subgroups,
          COLLECT {
            MATCH (tf)-[o:OFFICE_AT]->(a:Agency)
            RETURN {agency_id: a.id, agency: a.name, line: o.line, evidence: o.evidence}
          } AS offices,
          COLLECT {
            MATCH (tf)-[mi:MENTIONED_IN]->(d:Document)
            RETURN {doc_id: d.id, doc_number: d.doc_number, title: d.title, date: d.date, lines: mi.lines}
            ORDER BY d.date DESC, d.id
          } AS documents
    """,
    result=TaskForceComposition,
    tags=("taskforce", "profile"),
))


@dataclass(frozen=True)
class BusyMember:
    member_id: str
    member: str
    member_label: str
    county: str | None
    taskforces: int
    seats: int
    leads: int
    roles: list[str]
    names: list[str]


# One label's members, most task forces first, up to the limit: one branch per label, so that each reads its
# label's seat_taskforces index in order and stops early.
_RANKED_MEMBER = """
          MATCH (x:{label}) WHERE x.seat_taskforces > 0 AND ($county = '' OR x.seat_county = $county)
            AND NOT coalesce(x.generic, false)
          WITH x, x.seat_taskforces AS taskforces, x.seat_count AS seats, x.seat_leads AS leads
          ORDER BY taskforces DESC, seats DESC, leads DESC, x.name, x.id
          LIMIT $limit
          RETURN x, taskforces, seats, leads"""
_RANKED_BY_LABEL = "\n          UNION ALL".join(_RANKED_MEMBER.format(label=label) for label in ("Person", "Agency"))


BUSIEST_TASKFORCE_MEMBERS = register(Query(
    name="busiest_taskforce_members",
    title="Who sits on the most task forces",
    description="People and agencies ranked by the number of task forces they sit on (a seat on a sub-group counts "
                "for its parent task force): member_id, member, member_label (Person/Agency), county, taskforces "
                "(distinct top-level task forces), seats (all MEMBER_OF edges, sub-groups included), leads (seats "
                "as 组长/总指挥/召集人 …), roles (distinct), names (up to 10 task forces). Generic phrases are left "
                "out.",
    params=(
        Param("county", "str", "only this county (its name, e.g. 稷山县); empty: all", ""),
        Param("limit", "int", "at most this many members", 20),
    ),
    # The seats are counted at build time (graph_build/graph/aggregates.py): each label's members are read
    # most task forces first, up to the limit. A member whose task forces span counties (seat_mixed) has its
    # seats of the county counted here.
    cypher="""
        CALL () {
""" + _RANKED_BY_LABEL + """
          UNION ALL
          CALL () {
            MATCH (x:Person) WHERE $county <> '' AND x.seat_mixed = true RETURN x
            UNION ALL
            MATCH (x:Agency) WHERE $county <> '' AND x.seat_mixed = true RETURN x
          }
          WITH x WHERE NOT coalesce(x.generic, false)
          MATCH (x)-[m:MEMBER_OF]->(tf:TaskForce) WHERE tf.county = $county
          WITH x, m, coalesce(COLLECT { MATCH (tf)-[:SUBGROUP_OF]->(up:TaskForce) RETURN up LIMIT 1 }[0], tf) AS top
          WITH x, top, m, CASE WHEN (""" + ROLE_RANK + """) = 0 THEN 1 ELSE 0 END AS lead
          RETURN x, count(DISTINCT top) AS taskforces, count(m) AS seats, sum(lead) AS leads
        }
        WITH x, taskforces, seats, leads
        ORDER BY taskforces DESC, seats DESC, leads DESC, x.name, x.id
        LIMIT $limit
        WITH x, taskforces, seats, leads,
             COLLECT { MATCH (x)-[m:MEMBER_OF]->(tf:TaskForce)
                       WHERE ($county = '' OR tf.county = $county) AND m.role IS NOT NULL
                       RETURN DISTINCT m.role } AS roles,
             COLLECT { MATCH (x)-[:MEMBER_OF]->(tf:TaskForce) WHERE $county = '' OR tf.county = $county
                       WITH coalesce(COLLECT { MATCH (tf)-[:SUBGROUP_OF]->(up:TaskForce) RETURN up LIMIT 1 }[0],
                                     tf) AS top
                       RETURN DISTINCT top } AS tops
        RETURN x.id AS member_id, x.name AS member, labels(x)[0] AS member_label, x.county AS county, taskforces,
               seats, leads, roles, [t IN tops | t.name][..10] AS names
    """,
    result=BusyMember,
    tags=("taskforce", "ranking"),
))


@dataclass(frozen=True)
class TaskForceOverlap:
    a_id: str
    a: str
    b_id: str
    b: str
    shared_people: list[dict[str, Any]]
    shared_agencies: list[dict[str, Any]]
    people_a: int
    people_b: int
    agencies_a: int
    agencies_b: int
    jaccard: float


TASKFORCE_OVERLAP = register(Query(
    name="taskforce_overlap",
    title="What two task forces share",
    description="The people and agencies on both task forces (their sub-groups included): a_id, a, b_id, b, "
                "shared_people and shared_agencies (id, name, roles_a, roles_b; a role on a sub-group is written "
                "role（sub-group）), the member counts of each (people_a, people_b, agencies_a, agencies_b) and "
                "jaccard, the Jaccard index of their members (shared / all).",
    params=(
        Param("taskforce_a", "str", "a task force's id, e.g. taskforce:稷山县:一泓清水入黄河工作专班"),
        Param("taskforce_b", "str", "another task force's id"),
    ),
    cypher="""
        MATCH (ta:TaskForce {id: $taskforce_a}), (tb:TaskForce {id: $taskforce_b})
        CALL (ta) {
          MATCH (x)-[m:MEMBER_OF]->(g:TaskForce)-[:SUBGROUP_OF*0..3]->(ta)
          WITH DISTINCT x, m, g
          RETURN x, collect(CASE WHEN g = ta THEN m.role ELSE m.role + '（' + last(split(g.name, '/')) + '）' END)
                   AS roles
        }
        WITH ta, tb, collect({x: x, roles: roles}) AS in_a
        CALL (tb) {
          MATCH (x)-[m:MEMBER_OF]->(g:TaskForce)-[:SUBGROUP_OF*0..3]->(tb)
          WITH DISTINCT x, m, g
          RETURN x, collect(CASE WHEN g = tb THEN m.role ELSE m.role + '（' + last(split(g.name, '/')) + '）' END)
                   AS roles
        }
        WITH ta, tb, in_a, collect({x: x, roles: roles}) AS in_b
        WITH ta, tb, in_a, in_b,
             [ea IN in_a WHERE any(eb IN in_b WHERE eb.x = ea.x) |
                {id: ea.x.id, name: ea.x.name, label: labels(ea.x)[0], roles_a: ea.roles,
                 roles_b: [eb IN in_b WHERE eb.x = ea.x][0].roles}] AS shared
        WITH ta, tb, in_a, in_b, shared,
             size(in_a) + size(in_b) - size(shared) AS union_size
        RETURN ta.id AS a_id, ta.name AS a, tb.id AS b_id, tb.name AS b,
               [s IN shared WHERE s.label = 'Person' | {id: s.id, name: s.name, roles_a: s.roles_a,
                                                        roles_b: s.roles_b}] AS shared_people,
               [s IN shared WHERE s.label = 'Agency' | {id: s.id, name: s.name, roles_a: s.roles_a,
                                                        roles_b: s.roles_b}] AS shared_agencies,
               size([e IN in_a WHERE e.x:Person]) AS people_a, size([e IN in_b WHERE e.x:Person]) AS people_b,
               size([e IN in_a WHERE e.x:Agency]) AS agencies_a, size([e IN in_b WHERE e.x:Agency]) AS agencies_b,
               CASE union_size WHEN 0 THEN 0.0 ELSE toFloat(size(shared)) / union_size END AS jaccard
    """,
    result=TaskForceOverlap,
    tags=("taskforce",),
))
