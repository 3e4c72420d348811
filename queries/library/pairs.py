"""The tasks two agencies answer for together, with the provenance of each and filters by keyword and year."""

from __future__ import annotations

from dataclasses import dataclass

from queries.registry import SOURCE_LINKS, Param, Query, register


@dataclass(frozen=True)
class SharedTask:
    task_id: str
    task: str
    a_role: str | None
    b_role: str | None
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
    total: int


SHARED_TASKS = register(Query(
    name="shared_tasks",
    title="Tasks two agencies share",
    description="The tasks (task_id, task) that agencies a and b both answer for, newest document first, each "
                "with a's role (a_role) and b's (b_role), deadline, and the provenance of a's fact: doc_id, "
                "doc_number, doc_title, doc_date, source, line, evidence (date and document from the same fact). "
                "Filters: a keyword in the task or its sentence, a range of years of the document; total is the "
                "number of tasks that pass the filters (for paging with skip and limit)." + SOURCE_LINKS,
    params=(
        Param("a_id", "str", "one agency's id, e.g. agency:稷山县:水利局"),
        Param("b_id", "str", "the other agency's id"),
        Param("keyword", "str", "only tasks whose name or sentence contains this; empty: all", ""),
        Param("year_from", "int", "only documents of this year or later; 0: no lower bound", 0),
        Param("year_to", "int", "only documents of this year or earlier; 0: no upper bound", 0),
        Param("skip", "int", "leave out this many tasks first (paging)", 0),
        Param("limit", "int", "at most this many tasks", 100),
    ),
    cypher="""
        MATCH (:Agency {id: $a_id})-[r1:RESPONSIBLE_FOR]->(t:Task)<-[r2:RESPONSIBLE_FOR]-(:Agency {id: $b_id})
        WITH t, r1, r2 ORDER BY r1.line
        WITH t, collect(r1)[0] AS r1, collect(r2)[0] AS r2
        OPTIONAL MATCH (d:Document {id: r1.doc_id})
        WITH t, r1, r2, d, toInteger(left(coalesce(d.date, ''), 4)) AS year
        WHERE ($keyword = '' OR t.name CONTAINS $keyword OR coalesce(t.text, '') CONTAINS $keyword
               OR coalesce(r1.evidence, '') CONTAINS $keyword)
          AND ($year_from = 0 OR year >= $year_from) AND ($year_to = 0 OR year <= $year_to)
        WITH t, r1, r2, d ORDER BY d.date DESC, r1.line
        WITH collect({task_id: t.id, task: t.name, a_role: r1.role, b_role: r2.role,
                      deadline: coalesce(r1.deadline, t.deadline), doc_id: r1.doc_id, doc_number: d.doc_number,
                      doc_title: d.title, doc_date: d.date, source: r1.source, line: r1.line,
                      evidence: r1.evidence, page: r1.page, url: r1.url}) AS found
        UNWIND found[$skip..$skip + $limit] AS row
        RETURN row.task_id AS task_id, row.task AS task, row.a_role AS a_role, row.b_role AS b_role,
               row.deadline AS deadline, row.doc_id AS doc_id, row.doc_number AS doc_number,
               row.doc_title AS doc_title, row.doc_date AS doc_date, row.source AS source, row.line AS line,
               row.evidence AS evidence, row.page AS page, row.url AS url, size(found) AS total
    """,
    result=SharedTask,
    tags=("agency", "duties"),
))
