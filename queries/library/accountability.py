"""Who answers for what: a task's accountability chain, and the shortest accountability paths between two entities."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from queries.library.entities import node_by_id
from queries.registry import SOURCE_LINKS, Param, Query, QueryError, register

# Relationships that carry accountability (MENTIONED_IN and IN_COUNTY are left out: every node has them).
PATH_TYPES = "HOLDS|APPOINTED_TO|MEMBER_OF|SUBGROUP_OF|OFFICE_AT|RESPONSIBLE_FOR|OVERSEES|ISSUED_BY|POST_IN"
# The labels a path may start or end at (not County: IN_COUNTY is not followed).
ENTITY_LABELS = ("Agency", "Person", "Post", "TaskForce", "Task", "Field", "Document")
MAX_HOPS = 10  # the literal upper bound of the search; max_hops (1..MAX_HOPS) filters by length


@dataclass(frozen=True)
class AccountabilityChain:
    task_id: str
    task: str
    text: str | None
    deadline: str | None
    doc_id: str | None
    doc_number: str | None
    doc_title: str | None
    doc_date: str | None
    source: str | None
    line: int | None
    evidence: str | None
    page: int | None  # PDF page, when read from a PDF
    url: str | None  # the source address, when known
    units: list[dict[str, Any]]
    heads: list[dict[str, Any]]
    overseers: list[dict[str, Any]]
    task_leaders: list[dict[str, Any]]


def _task_or_keyword(params: dict[str, Any]) -> None:
    if not params["task_id"] and not params["keyword"]:
        raise QueryError("query 'accountability_chain' needs task_id (a task's id) or keyword (words of a task's text)")


ACCOUNTABILITY_CHAIN = register(Query(
    name="accountability_chain",
    title="Accountability chain of a task",
    description="For one task (task_id) or the tasks whose text contains keyword (newest documents first), one row "
                "per task: task_id, task, text, deadline and its source (doc_id, doc_number, doc_title, doc_date, "
                "source, line, evidence); units: the agencies on it (agency_id, agency, role lead/support/"
                "responsible, generic, line, evidence); heads: for each unit, the latest known holder of each of "
                "its head posts 正职, and also the holder on the task document's date when that was someone else "
                "(agency_id, agency, post_id, post, person_id, person, held 'latest known' / 'on the task date', "
                "start, end, status, basis, doc_id, doc_number, doc_title, line, evidence); overseers: the leaders "
                "who oversee each unit in the latest division of work that names it (agency_id, agency, "
                "person_id, person, relation 分管/主管/联系/协助, as_of, doc…, line, evidence); task_leaders: the "
                "task's own 分管领导/责任人 (person_id, person, relation, doc…, line, evidence). Give task_id or "
                "keyword." + SOURCE_LINKS,
    params=(
        Param("task_id", "str", "a task's id, e.g. task:ass-…; takes precedence over keyword", ""),
        Param("keyword", "str", "words that the task's text contains, e.g. 四好农村路", ""),
        Param("limit", "int", "at most this many tasks", 10),
    ),
    check=_task_or_keyword,
    cypher="""
        CALL () {
          MATCH (t:Task {id: $task_id}) RETURN t
          UNION
          // search_text (derived at build time) has a text index; a text too long for it has long_text instead
          WITH 0 AS asked WHERE $task_id = ''
          MATCH (t:Task) WHERE t.search_text CONTAINS $keyword
          RETURN t
          UNION
          WITH 0 AS asked WHERE $task_id = ''
          MATCH (t:Task) WHERE t.long_text = true AND coalesce(t.text, t.name) CONTAINS $keyword
          RETURN t
        }
        OPTIONAL MATCH (doc:Document {id: t.doc_id})
        WITH t, doc ORDER BY doc.date DESC, t.doc_id, t.line, t.id LIMIT $limit
        RETURN t.id AS task_id, t.name AS task, t.text AS text, t.deadline AS deadline, t.doc_id AS doc_id,
          doc.doc_number AS doc_number, doc.title AS doc_title, doc.date AS doc_date, t.source AS source,
          t.line AS line, t.evidence AS evidence, t.page AS page, t.url AS url,
          COLLECT {
            MATCH (a:Agency)-[r:RESPONSIBLE_FOR]->(t)
            RETURN {agency_id: a.id, agency: a.name, role: r.role, generic: coalesce(a.generic, false),
                    line: r.line, evidence: r.evidence}
            ORDER BY CASE r.role WHEN 'lead' THEN 0 WHEN 'responsible' THEN 1 ELSE 2 END, a.name
          } AS units,
          COLLECT {
            MATCH (a:Agency)-[r:RESPONSIBLE_FOR]->(t)
            MATCH (p:Person)-[h:HOLDS]->(post:Post {is_head: true})-[:POST_IN]->(a)
            WHERE h.basis <> 'removal'
            WITH r, a, post, p, h ORDER BY coalesce(h.valid_from, h.observed_on, '') DESC, p.name
            WITH r, a, post, collect({p: p, h: h}) AS tenures
            WITH r, a, post, tenures[0] AS latest,
                 [x IN tenures WHERE doc.date IS NOT NULL
                    AND coalesce(x.h.valid_from, x.h.observed_on) <= doc.date
                    AND (x.h.derived_to IS NULL OR x.h.derived_to > doc.date)][0] AS then
            UNWIND CASE WHEN then IS NULL THEN [{x: latest, held: 'latest known'}]
                        WHEN then.p = latest.p THEN [{x: latest, held: 'latest known; on the task date'}]
                        ELSE [{x: latest, held: 'latest known'}, {x: then, held: 'on the task date'}] END AS pick
            WITH r, a, post, pick.x.p AS p, pick.x.h AS h, pick.held AS held
            OPTIONAL MATCH (d:Document {id: h.doc_id})
            RETURN {agency_id: a.id, agency: a.name, post_id: post.id, post: post.name, person_id: p.id,
                    person: p.name, held: held, start: coalesce(h.valid_from, h.observed_on), end: h.derived_to,
                    status: h.status, basis: h.basis, doc_id: h.doc_id, doc_number: d.doc_number,
                    doc_title: d.title, line: h.line, evidence: h.evidence}
            ORDER BY CASE r.role WHEN 'lead' THEN 0 WHEN 'responsible' THEN 1 ELSE 2 END, a.name, post.name, held
          } AS heads,
          COLLECT {
            MATCH (a:Agency)-[r:RESPONSIBLE_FOR]->(t)
            MATCH (p:Person)-[o:OVERSEES]->(a)
            WITH r, a, p, o ORDER BY coalesce(o.as_of, '') DESC
            WITH r, a, collect({p: p, o: o}) AS seen
            UNWIND [x IN seen WHERE coalesce(x.o.as_of, '') = coalesce(seen[0].o.as_of, '')] AS x
            WITH r, a, x.p AS p, x.o AS o
            OPTIONAL MATCH (d:Document {id: o.doc_id})
            RETURN {agency_id: a.id, agency: a.name, person_id: p.id, person: p.name, relation: o.relation,
                    as_of: o.as_of, doc_id: o.doc_id, doc_number: d.doc_number, doc_title: d.title,
                    line: o.line, evidence: o.evidence}
            ORDER BY CASE r.role WHEN 'lead' THEN 0 WHEN 'responsible' THEN 1 ELSE 2 END, a.name, o.line
          } AS overseers,
          COLLECT {
            MATCH (p:Person)-[o:OVERSEES]->(t)
            OPTIONAL MATCH (d:Document {id: o.doc_id})
            RETURN {person_id: p.id, person: p.name, relation: o.relation, doc_id: o.doc_id,
                    doc_number: d.doc_number, doc_title: d.title, line: o.line, evidence: o.evidence}
            ORDER BY o.relation, p.name
          } AS task_leaders
    """,
    result=AccountabilityChain,
    tags=("accountability",),
))


@dataclass(frozen=True)
class AccountabilityPath:
    hops: int
    path: str
    variants: int
    nodes: list[dict[str, Any]]
    relationships: list[dict[str, Any]]


SHORTEST_PATHS = register(Query(
    name="shortest_paths",
    title="Shortest accountability paths",
    description="The shortest paths between two entities (any of agency, person, post, task force, task, field, "
                "document; by id) over the accountability relationships (HOLDS, APPOINTED_TO, MEMBER_OF, "
                "SUBGROUP_OF, OFFICE_AT, RESPONSIBLE_FOR, OVERSEES, ISSUED_BY, POST_IN; not MENTIONED_IN or "
                "IN_COUNTY), in either direction, at most max_hops long. One row per path through distinct nodes and "
                "kinds of step, in order of the readable path: hops, path (a readable line), variants (how many "
                "parallel paths, through other facts of the same kind, it stands for: e.g. two rosters naming the "
                "same post), nodes (id, label, name) and relationships of one of them (type, from, to, role, "
                "relation, doc_id, doc_number, doc_title, source, line, evidence). Generic phrases (有关部门 …) "
                "are not passed through unless include_generic.",
    params=(
        Param("from_id", "str", "the id of the first entity, e.g. person:稷山县:南选智"),
        Param("to_id", "str", "the id of the second entity, e.g. agency:稷山县:水利局"),
        Param("max_hops", "int", "the longest path to report", 6, choices=tuple(range(1, MAX_HOPS + 1))),
        Param("limit", "int", "at most this many paths", 5),
        Param("include_generic", "bool", "allow paths through generic phrases such as 有关部门", False),
    ),
    cypher="""
        CALL () {
  """ + node_by_id("from_id", ENTITY_LABELS) + """
        }
        WITH n AS a
        CALL () {
  """ + node_by_id("to_id", ENTITY_LABELS) + """
        }
        WITH a, n AS b WHERE a <> b
        MATCH p = allShortestPaths((a)-[:""" + PATH_TYPES + "*.." + str(MAX_HOPS) + """]-(b))
        WHERE none(x IN nodes(p) WHERE coalesce(x.generic, false) AND NOT $include_generic AND x <> a AND x <> b)
        WITH p WHERE length(p) <= $max_hops
        WITH p, reduce(s = coalesce(nodes(p)[0].name, nodes(p)[0].id), i IN range(0, length(p) - 1) |
                   s + CASE WHEN startNode(relationships(p)[i]) = nodes(p)[i] THEN ' -' ELSE ' <-' END
                     + type(relationships(p)[i])
                     + coalesce('(' + coalesce(relationships(p)[i].role, relationships(p)[i].relation) + ')', '')
                     + CASE WHEN startNode(relationships(p)[i]) = nodes(p)[i] THEN '-> ' ELSE '- ' END
                     + coalesce(nodes(p)[i + 1].name, nodes(p)[i + 1].title, nodes(p)[i + 1].id)) AS path
        WITH path, [x IN nodes(p) | x.id] AS ids,
             [r IN relationships(p) | [type(r), coalesce(r.role, r.relation), startNode(r).id]] AS steps,
             collect(p) AS parallel
        WITH path, parallel[0] AS p, size(parallel) AS variants
        ORDER BY length(p), path
        LIMIT $limit
        CALL (p) {
          UNWIND range(0, length(p) - 1) AS i
          WITH i, relationships(p)[i] AS r
          OPTIONAL MATCH (d:Document {id: r.doc_id})
          WITH i, r, d ORDER BY i
          RETURN collect({type: type(r), from: startNode(r).id, to: endNode(r).id, role: r.role,
                          relation: r.relation, doc_id: r.doc_id, doc_number: d.doc_number, doc_title: d.title,
                          source: r.source, line: r.line, evidence: r.evidence}) AS rels
        }
        RETURN length(p) AS hops, path, variants,
               [x IN nodes(p) | {id: x.id, label: labels(x)[0], name: coalesce(x.name, x.title, x.id)}] AS nodes,
               rels AS relationships
        ORDER BY hops, path
    """,
    result=AccountabilityPath,
    tags=("accountability", "paths"),
))
