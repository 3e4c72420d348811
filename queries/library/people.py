"""People: one person's posts, seats, portfolios and personnel decisions, as a profile and as a timeline."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from queries.registry import SOURCE_LINKS, Param, Query, register


@dataclass(frozen=True)
class PersonProfile:
    id: str
    name: str
    county: str | None
    aliases: list[str]
    counts: dict[str, int]
    posts: list[dict[str, Any]]
    taskforces: list[dict[str, Any]]
    portfolios: list[dict[str, Any]]
    tasks: list[dict[str, Any]]
    appointments: list[dict[str, Any]]
    documents: list[dict[str, Any]]


PERSON_PROFILE = register(Query(
    name="person_profile",
    title="Person profile",
    description="One row for a person: name, county, aliases, counts; posts: tenures over time, oldest first "
                "(post_id, post, agency_id, is_head, basis appointment/roster/removal, start, end, status, doc_id, "
                "doc_number, doc_title, doc_date, line, evidence); taskforces: seats on task forces (taskforce_id, "
                "taskforce, role, titles, basis, via_post, as_of, doc…, line, evidence); portfolios: oversight "
                "assignments (target_id, target, target_label Agency/Field, relation 分管/主管/联系/协助/负责/主持, "
                "aliases, as_of, doc…, line, evidence); tasks they are named on (task_id, task, relation "
                "分管领导/责任人, doc…, line); appointments: appointments and removals (action, post_id, post, date, "
                "note, doc…, line, evidence); documents that mention them (doc_id, doc_number, title, date, lines).",
    params=(Param("person_id", "str", "the person's id, e.g. person:稷山县:南选智"),),
    cypher="""
        MATCH (p:Person {id: $person_id})
        WITH p,
          COLLECT {
            MATCH (p)-[h:HOLDS]->(post:Post)
            OPTIONAL MATCH (d:Document {id: h.doc_id})
            RETURN {post_id: post.id, post: post.name, agency_id: post.agency_id,
                    is_head: coalesce(post.is_head, false), basis: h.basis,
                    start: coalesce(h.valid_from, h.observed_on), end: coalesce(h.derived_to, h.valid_to),
                    status: h.status, doc_id: h.doc_id, doc_number: d.doc_number, doc_title: d.title,
                    doc_date: d.date, line: h.line, evidence: h.evidence}
            ORDER BY coalesce(h.valid_from, h.observed_on, h.valid_to), post.name
          } AS posts,
          COLLECT {
            MATCH (p)-[m:MEMBER_OF]->(tf:TaskForce)
            OPTIONAL MATCH (d:Document {id: m.doc_id})
            RETURN {taskforce_id: tf.id, taskforce: tf.name, role: m.role, titles: m.titles,
                    basis: coalesce(m.basis, 'roster'), via_post: m.via_post, as_of: m.as_of, doc_id: m.doc_id,
                    doc_number: d.doc_number, doc_title: d.title, line: m.line, evidence: m.evidence}
            ORDER BY m.as_of, tf.name
          } AS taskforces,
          COLLECT {
            MATCH (p)-[o:OVERSEES]->(x) WHERE x:Agency OR x:Field
            OPTIONAL MATCH (d:Document {id: o.doc_id})
            RETURN {target_id: x.id, target: x.name, target_label: labels(x)[0], relation: o.relation,
                    aliases: o.aliases, as_of: o.as_of, doc_id: o.doc_id, doc_number: d.doc_number,
                    doc_title: d.title, line: o.line, evidence: o.evidence}
            ORDER BY o.as_of, o.line
          } AS portfolios,
          COLLECT {
            MATCH (p)-[o:OVERSEES]->(t:Task)
            OPTIONAL MATCH (d:Document {id: o.doc_id})
            RETURN {task_id: t.id, task: t.name, relation: o.relation, deadline: t.deadline, doc_id: o.doc_id,
                    doc_number: d.doc_number, doc_title: d.title, doc_date: d.date, line: o.line}
            ORDER BY d.date, o.line
          } AS tasks,
          COLLECT {
            MATCH (p)-[a:APPOINTED_TO]->(post:Post)
            OPTIONAL MATCH (d:Document {id: a.doc_id})
            RETURN {action: a.action, post_id: post.id, post: post.name, date: a.date, note: a.note,
                    doc_id: a.doc_id, doc_number: d.doc_number, doc_title: d.title, line: a.line,
                    evidence: a.evidence}
            ORDER BY a.date, a.line
          } AS appointments,
          COLLECT {
            MATCH (p)-[m:MENTIONED_IN]->(d:Document)
            RETURN {doc_id: d.id, doc_number: d.doc_number, title: d.title, date: d.date, lines: m.lines}
            ORDER BY d.date, d.id
          } AS documents
        RETURN p.id AS id, p.name AS name, p.county AS county, coalesce(p.aliases, []) AS aliases,
               {posts: size([x IN posts WHERE x.basis <> 'removal']), taskforces: size(taskforces),
                portfolios: size(portfolios), tasks: size(tasks), appointments: size(appointments),
                documents: size(documents)} AS counts,
               posts, taskforces, portfolios, tasks, appointments, documents
    """,
    result=PersonProfile,
    tags=("person", "profile"),
))


@dataclass(frozen=True)
class TimelineEntry:
    kind: str
    label: str
    target_id: str
    start: str
    end: str | None
    status: str | None
    doc_id: str | None
    doc_number: str | None
    doc_title: str | None
    line: int | None
    evidence: str | None
    page: int | None  # PDF page, when read from a PDF
    url: str | None  # the source address, when known


PERSON_TIMELINE = register(Query(
    name="person_timeline",
    title="Person timeline (Gantt)",
    description="One row per dated fact about a person, for a Gantt chart, in time order: kind (post: a tenure "
                "or a roster sighting of a post, end = the derived end if known; taskforce: a seat on a task force "
                "on the roster's date; portfolio: an oversight assignment 分管/联系 … on the division-of-work "
                "document's date; appointment / removal: a personnel decision, start = end = its date), label "
                "(post name, 'role · task force', 'relation target', post name), target_id, start, end, status "
                "(current/ended/unknown for posts; seen for seats and portfolios; appointed/removed), and the "
                "source (doc_id, doc_number, doc_title, line, evidence). Facts from undated documents are left "
                "out." + SOURCE_LINKS,
    params=(Param("person_id", "str", "the person's id, e.g. person:稷山县:南选智"),),
    cypher="""
        MATCH (p:Person {id: $person_id})
        CALL (p) {
          MATCH (p)-[h:HOLDS]->(post:Post) WHERE h.basis <> 'removal'
          RETURN 'post' AS kind, post.name AS label, post.id AS target_id,
                 coalesce(h.valid_from, h.observed_on) AS start, h.derived_to AS end, h.status AS status,
                 h.doc_id AS doc_id, h.line AS line, h.evidence AS evidence,
                 h.page AS page, h.url AS url
          UNION ALL
          MATCH (p)-[m:MEMBER_OF]->(tf:TaskForce)
          RETURN 'taskforce' AS kind, m.role + ' · ' + tf.name AS label, tf.id AS target_id, m.as_of AS start,
                 null AS end, 'seen' AS status, m.doc_id AS doc_id, m.line AS line, m.evidence AS evidence,
                 m.page AS page, m.url AS url
          UNION ALL
          MATCH (p)-[o:OVERSEES]->(x) WHERE x:Agency OR x:Field
          RETURN 'portfolio' AS kind, o.relation + ' ' + x.name AS label, x.id AS target_id, o.as_of AS start,
                 null AS end, 'seen' AS status, o.doc_id AS doc_id, o.line AS line, o.evidence AS evidence,
                 o.page AS page, o.url AS url
          UNION ALL
          MATCH (p)-[a:APPOINTED_TO]->(post:Post)
          RETURN CASE a.action WHEN 'appoint' THEN 'appointment' ELSE 'removal' END AS kind, post.name AS label,
                 post.id AS target_id, a.date AS start, a.date AS end,
                 CASE a.action WHEN 'appoint' THEN 'appointed' ELSE 'removed' END AS status, a.doc_id AS doc_id,
                 a.line AS line, a.evidence AS evidence, a.page AS page, a.url AS url
        }
        WITH kind, label, target_id, start, end, status, doc_id, line, evidence, page, url WHERE start IS NOT NULL
        OPTIONAL MATCH (d:Document {id: doc_id})
        RETURN kind, label, target_id, start, end, status, doc_id, d.doc_number AS doc_number,
               d.title AS doc_title, line, evidence, page, url
        ORDER BY start, CASE kind WHEN 'appointment' THEN 0 WHEN 'removal' THEN 1 WHEN 'post' THEN 2
                 WHEN 'taskforce' THEN 3 ELSE 4 END, line, label
    """,
    result=TimelineEntry,
    tags=("person", "time"),
))
