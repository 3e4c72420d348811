"""Marks that depend on the whole corpus (confidence, doubts, conflicts), written after the documents load.

A document's rows carry only what its own facts and their judgements decide, so that a change in one document
never reloads another (``Loader`` compares per-document digests). Whether an agency is named once, or two facts
conflict, depends on other documents: these marks are set here, on the loaded facts, for every document.
"""

from __future__ import annotations

import functools
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from neo4j import Driver

from graph_build.graph.schema import load_schema

BATCH = 100  # documents per statement
Mark = dict[str, Any]  # fact_id, confidence, doubts, conflicts
Row = dict[str, Any]


# A mark is looked up by its fact id (a map, not a scan of the document's list), and written only when it
# differs from what the graph holds: a rebuild of an unchanged corpus writes nothing.
_UNCHANGED = (
    "coalesce({x}.confidence = m.confidence, false) "
    "AND coalesce({x}.doubts = m.doubts, {x}.doubts IS NULL AND m.doubts IS NULL) "
    "AND coalesce({x}.conflicts = m.conflicts, {x}.conflicts IS NULL AND m.conflicts IS NULL)"
)


# The review queue's order as one string, so that an index can hand the queue its first facts without sorting
# them all: most conflicts first, then the least confident, then by document, line and fact id (the order of
# queries/library/review.py). Fixed-width numbers; a tab between parts sorts below any character of an id; a
# missing part sorts last, as a null does.
REVIEW_ORDER = (
    "right('000000' + toString(999999 - size(coalesce(m.conflicts, []))), 6) + '\\t' + "
    "CASE WHEN m.confidence IS NULL THEN '\\uffff' "
    "ELSE right('000000000' + toString(toInteger(round(m.confidence * 1000000))), 9) END + '\\t' + "
    "coalesce(r.doc_id, '\\uffff') + '\\t' + "
    "CASE WHEN r.line IS NULL THEN '\\uffff' ELSE right('000000000' + toString(r.line), 9) END + '\\t' + r.fact_id"
)


# The queue lists one review status at a time (or each in turn), and only the flagged facts (a conflict or a doubt)
# when asked: each fact's review order after its status, and the same for a flagged fact only, so that the queue
# reads the first facts of a status, or the first flagged ones, from an index however few there are.
STATUS_ORDER = "r.review_status + '\\t' + review_order"
FLAG_ORDER = "CASE WHEN m.conflicts IS NOT NULL OR m.doubts IS NOT NULL THEN status_order END"


def _statement(rel_type: str) -> str:
    schema = load_schema()
    return (
        f"UNWIND $rows AS row MATCH ()-[r:{schema.rel_type(rel_type)}]->() WHERE r.doc_id = row.doc_id "
        f"WITH r, row.marks[r.fact_id] AS m WHERE m IS NOT NULL "
        f"WITH r, m, {REVIEW_ORDER} AS review_order "
        f"WITH r, m, review_order, {STATUS_ORDER} AS status_order "
        f"WITH r, m, review_order, status_order, {FLAG_ORDER} AS flag_order "
        f"WHERE NOT ({_UNCHANGED.format(x='r')} AND coalesce(r.review_order = review_order, false) "
        "AND coalesce(r.review_status_order = status_order, r.review_status_order IS NULL AND status_order IS NULL) "
        "AND coalesce(r.review_flag_order = flag_order, r.review_flag_order IS NULL AND flag_order IS NULL)) "
        "SET r.confidence = m.confidence, r.doubts = m.doubts, r.conflicts = m.conflicts, "
        "r.review_order = review_order, r.review_status_order = status_order, r.review_flag_order = flag_order"
    )


_TASKS = (
    "UNWIND $rows AS row MATCH (t:Task) WHERE t.doc_id = row.doc_id "
    f"WITH t, row.marks[substring(t.id, size('task:'))] AS m WHERE m IS NOT NULL AND NOT ({_UNCHANGED.format(x='t')}) "
    "SET t.confidence = m.confidence, t.doubts = m.doubts, t.conflicts = m.conflicts"
)


def _right(text: str, width: int) -> str:
    """Cypher's ``right(text, width)``."""
    return text[-width:] if len(text) > width else text


@functools.lru_cache(maxsize=4096)  # confidences take a few values
def _confidence_order(confidence: float) -> str:
    """``right('000000000' + toString(toInteger(round(confidence * 1000000))), 9)``: a half up, as Cypher rounds."""
    return _right("000000000" + str(int(Decimal(confidence * 1000000).to_integral_value(ROUND_HALF_UP))), 9)


def rel_marks(props: Row, mark: Mark) -> Row:
    """What ``write_marks`` sets on a fact's relationship (its properties ``props``) for ``mark``, worked out in
    Python for a graph written in one go (``govkg build --bulk``): the same values as the statement's Cypher above;
    None where the statement leaves no property."""
    confidence, doubts, conflicts = mark.get("confidence"), mark.get("doubts"), mark.get("conflicts")
    line, doc_id = props.get("line"), props.get("doc_id")
    order = "\t".join((
        _right("000000" + str(999999 - len(conflicts or [])), 6),
        "\uffff" if confidence is None else _confidence_order(confidence),
        "\uffff" if doc_id is None else doc_id,
        "\uffff" if line is None else _right("000000000" + str(line), 9),
        props["fact_id"],
    ))
    status = props.get("review_status")
    status_order = None if status is None else f"{status}\t{order}"
    flag_order = status_order if conflicts is not None or doubts is not None else None
    return {"confidence": confidence, "doubts": doubts, "conflicts": conflicts, "review_order": order,
            "review_status_order": status_order, "review_flag_order": flag_order}


def task_marks(mark: Mark) -> Row:
    """What ``write_marks`` sets on a task for ``mark`` (see :func:`rel_marks`)."""
    return {"confidence": mark.get("confidence"), "doubts": mark.get("doubts"), "conflicts": mark.get("conflicts")}


def write_marks(driver: Driver, database: str, marks: dict[str, list[Mark]]) -> None:
    """Set confidence, doubts and conflicts on every fact of every document in ``marks`` (doc id -> marks)."""
    rows = [{"doc_id": doc_id, "marks": {m["fact_id"]: m for m in doc_marks}}
            for doc_id, doc_marks in sorted(marks.items())]
    statements = [_statement(t) for t in load_schema().fact_rel_types] + [_TASKS]
    for i in range(0, len(rows), BATCH):
        batch = rows[i:i + BATCH]
        for statement in statements:
            driver.execute_query(statement, rows=batch, database_=database)
