"""Posts, rosters and portfolios over time: who held what, and the graph "as of a date".

Tenures are HOLDS edges (see graph_build/graph/tenures.py): start = valid_from (appointment) or observed_on
(roster sighting); derived_to = the date by which it had ended (a removal, or a successor in a head post);
status current / ended / unknown. A tenure covers date D when it started on or before D and had not ended by
D (derived_to after D). Dates may be partial: D = 2023-07 or 2023 means "at any time in that month / year".
Facts from undated documents have no start and are left out of the "on a date" queries.
"""

from __future__ import annotations

from dataclasses import dataclass

from graph_build.graph.aggregates import LEAD_ROLES
from queries.registry import SOURCE_LINKS, Param, Query, register

# Leaders (0) first, then executive deputies, deputies, other roles, members, and the office's seats (5).
# The leaders' roles are the build's (it counts each member's leading seats with the same list).
ROLE_RANK = """CASE
  WHEN m.role IN [""" + ", ".join(f"'{role}'" for role in LEAD_ROLES) + """] THEN 0
  WHEN m.role CONTAINS '办公室' THEN 5
  WHEN m.role STARTS WITH '常务' OR m.role STARTS WITH '第一副' OR m.role = '执行总编' THEN 1
  WHEN m.role CONTAINS '副' THEN 2
  WHEN m.role CONTAINS '成员' OR m.role = '委员' THEN 4
  ELSE 3 END"""


@dataclass(frozen=True)
class Tenure:
    post_id: str
    post: str
    person_id: str
    person: str
    basis: str | None
    start: str | None
    end: str | None
    status: str | None
    ended_by: str | None
    ended_by_person: str | None
    doc_id: str | None
    doc_number: str | None
    doc_title: str | None
    doc_date: str | None
    line: int | None
    evidence: str | None
    page: int | None  # PDF page, when read from a PDF
    url: str | None  # the source address, when known


POST_HISTORY = register(Query(
    name="post_history",
    title="Post history",
    description="Who held a post, in time order: one row per tenure fact (post_id, post, person_id, person, basis "
                "appointment/roster/removal, start, end (derived end or removal date), status current/ended/unknown, "
                "ended_by (the fact that ended it) and ended_by_person (the successor or the person removed), and "
                "the source: doc_id, doc_number, doc_title, doc_date, line, evidence)." + SOURCE_LINKS,
    params=(Param("post_id", "str", "the post's id, e.g. post:稷山县:水利局局长"),),
    cypher="""
        MATCH (p:Person)-[h:HOLDS]->(post:Post {id: $post_id})
        OPTIONAL MATCH (d:Document {id: h.doc_id})
        OPTIONAL CALL (post, h) {
          MATCH (q:Person)-[e:HOLDS {fact_id: h.ended_by}]->(post)
          RETURN q.name AS ended_by_person LIMIT 1
        }
        RETURN post.id AS post_id, post.name AS post, p.id AS person_id, p.name AS person, h.basis AS basis,
               coalesce(h.valid_from, h.observed_on) AS start, coalesce(h.derived_to, h.valid_to) AS end,
               h.status AS status, h.ended_by AS ended_by, ended_by_person, h.doc_id AS doc_id,
               d.doc_number AS doc_number, d.title AS doc_title, d.date AS doc_date, h.line AS line,
               h.evidence AS evidence, h.page AS page, h.url AS url
        ORDER BY coalesce(start, end), CASE basis WHEN 'removal' THEN 1 ELSE 0 END, person, line
    """,
    result=Tenure,
    tags=("post", "time"),
))


@dataclass(frozen=True)
class Holder:
    agency_id: str | None
    agency: str | None
    post_id: str
    post: str
    is_head: bool
    person_id: str
    person: str
    since: str
    start: str
    end: str | None
    status: str | None
    basis: str | None
    doc_id: str | None
    doc_number: str | None
    doc_title: str | None
    line: int | None
    evidence: str | None
    page: int | None  # PDF page, when read from a PDF
    url: str | None  # the source address, when known


# After MATCH (p:Person)-[h:HOLDS]->(post:Post): the tenures covering $date, one row per post and person (the
# latest fact on or before the date is cited; since = the earliest), then the row.
COVERING = """
        WHERE h.basis <> 'removal' AND coalesce(h.valid_from, h.observed_on) IS NOT NULL
        WITH post, p, h, coalesce(h.valid_from, h.observed_on) AS start
        WHERE (start <= $date OR start STARTS WITH $date) AND (h.derived_to IS NULL OR h.derived_to > $date)
        WITH post, p, h ORDER BY coalesce(h.valid_from, h.observed_on) DESC, h.line
        WITH post, p, collect(h) AS covering
        WITH post, p, covering[0] AS h, coalesce(covering[-1].valid_from, covering[-1].observed_on) AS since
"""
HOLDER_ROW = """
        OPTIONAL MATCH (a:Agency {id: post.agency_id})
        OPTIONAL MATCH (d:Document {id: h.doc_id})
        RETURN a.id AS agency_id, a.name AS agency, post.id AS post_id, post.name AS post,
               coalesce(post.is_head, false) AS is_head, p.id AS person_id, p.name AS person, since,
               coalesce(h.valid_from, h.observed_on) AS start, h.derived_to AS end, h.status AS status,
               h.basis AS basis, h.doc_id AS doc_id, d.doc_number AS doc_number, d.title AS doc_title,
               h.line AS line, h.evidence AS evidence, h.page AS page, h.url AS url
"""

HOLDERS_DESCRIPTION = (
    "agency_id, agency, post_id, post, is_head, person_id, person, since (the earliest fact covering the date), "
    "start (the latest fact on or before it, which is cited), end (derived end, if after the date), status "
    "(current: appointed and nothing ended it; unknown: seen in a roster, nothing known after; ended: ended after "
    "the date), basis (appointment/roster), and the source of the cited fact: doc_id, doc_number, doc_title, line, "
    "evidence. A partial date (2023-07, 2023) means at any time in that month or year."
)

POST_HOLDERS_ON = register(Query(
    name="post_holders_on",
    title="Who held a post on a date",
    description="The holders of a post on a date: tenures that cover it (appointed on or before it and not ended "
                "by then) and roster sightings on or before it that nothing has ended. One row per person: "
                + HOLDERS_DESCRIPTION + SOURCE_LINKS,
    params=(
        Param("post_id", "str", "the post's id, e.g. post:稷山县:水利局局长"),
        Param("date", "date", "the date, YYYY-MM-DD (or YYYY-MM, YYYY)"),
    ),
    cypher="""
        MATCH (p:Person)-[h:HOLDS]->(post:Post {id: $post_id})
    """ + COVERING + """
        WITH post, p, h, since ORDER BY coalesce(h.valid_from, h.observed_on) DESC, p.name
    """ + HOLDER_ROW,
    result=Holder,
    tags=("post", "time"),
))

POSTS_ON_DATE = register(Query(
    name="posts_on_date",
    title="Who held which posts on a date",
    description="As of a date, in one county: who held which posts (tenures covering the date, plus roster "
                "sightings on or before it that nothing has ended). One row per post and person, by agency id, "
                "head posts first: " + HOLDERS_DESCRIPTION + SOURCE_LINKS,
    params=(
        Param("county", "str", "the county's name, e.g. 稷山县"),
        Param("date", "date", "the date, YYYY-MM-DD (or YYYY-MM, YYYY)"),
        Param("limit", "int", "at most this many rows", 500),
    ),
    cypher="""
        // the county's posts in their order (holder_order, derived at build time: graph_build/graph/orders.py),
        // each with its holders on the date by name, read post by post until the limit is reached
        MATCH (post:Post) WHERE post.holder_order STARTS WITH $county + '\\t'
        WITH post ORDER BY post.holder_order
        CALL (post) {
          MATCH (p:Person)-[h:HOLDS]->(post)
    """ + COVERING + """
          RETURN p, h, since ORDER BY p.name
        }
        WITH post, p, h, since LIMIT $limit
    """ + HOLDER_ROW,
    result=Holder,
    tags=("post", "time"),
))


@dataclass(frozen=True)
class RosterSeat:
    taskforce_id: str
    taskforce: str
    parent: str | None
    role: str | None
    member_id: str
    member: str
    member_label: str
    titles: list[str] | None
    head: str | None
    basis: str
    via_post: str | None
    as_of: str
    doc_id: str | None
    doc_number: str | None
    doc_title: str | None
    line: int | None
    evidence: str | None
    page: int | None  # PDF page, when read from a PDF
    url: str | None  # the source address, when known


ROSTERS_ON_DATE = register(Query(
    name="rosters_on_date",
    title="Task-force rosters as of a date",
    description="As of a date, in one county: for every task force and sub-group, its latest roster from a "
                "document dated on or before the date. One row per seat, leaders first: taskforce_id, taskforce, "
                "parent (for a sub-group), role, member_id, member, member_label (Person/Agency), titles (as "
                "written), head (an agency seat's head phrase, 主要负责人), basis (roster, or by_post: the person "
                "who held the agency's head post then), via_post, as_of (the roster's date), doc_id, doc_number, "
                "doc_title, line, evidence." + SOURCE_LINKS,
    params=(
        Param("county", "str", "the county's name, e.g. 稷山县"),
        Param("date", "date", "the date, YYYY-MM-DD (or YYYY-MM, YYYY)"),
        Param("limit", "int", "at most this many seats", 2000),
    ),
    cypher="""
        // the county's task forces in their order (roster_order, derived at build time: graph_build/graph/orders.py),
        // each with its latest roster on the date and that roster's seats, leaders first, read task force by
        // task force until the limit is reached (neither the task forces nor their seats sorted all at once)
        MATCH (tf:TaskForce) WHERE tf.roster_order STARTS WITH $county + '\\t'
        WITH tf ORDER BY tf.roster_order
        CALL (tf) {
          MATCH (tf)<-[m:MEMBER_OF]-() WHERE m.as_of IS NOT NULL AND (m.as_of <= $date OR m.as_of STARTS WITH $date)
          RETURN m.doc_id AS doc_id ORDER BY m.as_of DESC, m.doc_id DESC LIMIT 1
        }
        WITH tf, doc_id, COLLECT { MATCH (tf)-[:SUBGROUP_OF]->(up:TaskForce) RETURN up.name LIMIT 1 }[0] AS parent
        CALL (tf, doc_id) {
          MATCH (x)-[m:MEMBER_OF]->(tf) WHERE m.doc_id = doc_id
          WITH x, m, """ + ROLE_RANK + """ AS rank
          RETURN x, m ORDER BY rank, m.line, coalesce(m.basis, 'roster'), x.name
        }
        WITH tf, doc_id, parent, x, m LIMIT $limit
        OPTIONAL MATCH (d:Document {id: doc_id})
        RETURN tf.id AS taskforce_id, tf.name AS taskforce, parent, m.role AS role, x.id AS member_id,
               x.name AS member, labels(x)[0] AS member_label, m.titles AS titles, m.head AS head,
               coalesce(m.basis, 'roster') AS basis, m.via_post AS via_post, m.as_of AS as_of, m.doc_id AS doc_id,
               d.doc_number AS doc_number, d.title AS doc_title, m.line AS line, m.evidence AS evidence,
               m.page AS page, m.url AS url
    """,
    result=RosterSeat,
    tags=("taskforce", "time"),
))


@dataclass(frozen=True)
class Oversight:
    person_id: str
    person: str
    relation: str | None
    target_id: str
    target: str
    target_label: str
    aliases: list[str] | None
    as_of: str | None
    doc_id: str | None
    doc_number: str | None
    doc_title: str | None
    line: int | None
    evidence: str | None
    page: int | None  # PDF page, when read from a PDF
    url: str | None  # the source address, when known


OVERSIGHT_ON_DATE = register(Query(
    name="oversight_on_date",
    title="Division of work as of a date",
    description="As of a date, in one county: the 分管/主管/联系/协助/负责/主持 assignments of the latest "
                "division-of-work document (县政府领导工作分工) dated on or before it, in the document's order. One "
                "row per assignment: person_id, person, relation, target_id, target, target_label (Agency or "
                "Field), aliases (bracketed names as written), as_of (the document's date), doc_id, doc_number, "
                "doc_title, line, evidence." + SOURCE_LINKS,
    params=(
        Param("county", "str", "the county's name, e.g. 稷山县"),
        Param("date", "date", "the date, YYYY-MM-DD (or YYYY-MM, YYYY)"),
    ),
    cypher="""
        // the county's documents on or before the date, newest first, until one divides work among leaders (not
        // every document checked)
        MATCH (d:Document) WHERE d.county = $county AND d.date IS NOT NULL
          AND (d.date <= $date OR d.date STARTS WITH $date)
        WITH d ORDER BY d.date DESC, d.id DESC
        CALL (d) {
          MATCH (:Person)-[o:OVERSEES {doc_id: d.id}]->(x) USING INDEX o:OVERSEES(doc_id) WHERE x:Agency OR x:Field
          RETURN true AS divides LIMIT 1
        }
        WITH d LIMIT 1
        // through the document's index (on a small graph the planner would rather read every agency and field)
        MATCH (p:Person)-[o:OVERSEES {doc_id: d.id}]->(x) USING INDEX o:OVERSEES(doc_id) WHERE x:Agency OR x:Field
        RETURN p.id AS person_id, p.name AS person, o.relation AS relation, x.id AS target_id, x.name AS target,
               labels(x)[0] AS target_label, o.aliases AS aliases, o.as_of AS as_of, d.id AS doc_id,
               d.doc_number AS doc_number, d.title AS doc_title, o.line AS line, o.evidence AS evidence,
               o.page AS page, o.url AS url
        ORDER BY line, target
    """,
    result=Oversight,
    tags=("oversight", "time"),
))
