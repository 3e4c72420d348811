"""Marks that depend on the whole corpus (confidence, doubts, conflicts), and the review queue's sort keys.

A document's rows carry only what its own facts and their judgements decide, so that a change in one document
never reloads another (``Loader`` compares per-document digests). Whether an agency is named once, or two facts
conflict, depends on other documents. The values are worked out here, in Python, once, for every way a graph is
written: the loader writes them with the documents it writes (``with_marks`` on a group's rows), the bulk import
with every document, and ``write_marks`` sets them, where they changed, on the documents a build did not write.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from neo4j import Driver

from graph_build.graph.rows import DocumentRows
from graph_build.graph.schema import load_schema

BATCH = 100  # documents per statement
Mark = dict[str, Any]  # fact_id, confidence, doubts, conflicts
Row = dict[str, Any]
MarksByFact = dict[str, dict[str, Mark]]  # doc id -> fact id -> mark

# What a mark sets on a fact's relationships (``rel_marks``) and on a task (``task_marks``).
REL_MARK_KEYS = ("confidence", "doubts", "conflicts", "review_order", "review_status_order", "review_flag_order")
TASK_MARK_KEYS = ("confidence", "doubts", "conflicts")


def _right(text: str, width: int) -> str:
    """The last ``width`` characters of ``text``."""
    return text[-width:] if len(text) > width else text


@functools.lru_cache(maxsize=4096)  # confidences take a few values
def _confidence_order(confidence: float) -> str:
    """The confidence in millionths, nine digits, rounded half up."""
    return _right("000000000" + str(int(Decimal(confidence * 1000000).to_integral_value(ROUND_HALF_UP))), 9)


def rel_marks(props: Row, mark: Mark) -> Row:
    """What a fact's relationship (its properties ``props``) holds for ``mark``; None where it holds no property.

    Besides the mark itself, the review queue's order as one string, so that an index can hand the queue its
    first facts without sorting them all: most conflicts first, then the least confident, then by document, line
    and fact id (the order of queries/library/review.py). Fixed-width numbers; a tab between parts sorts below any
    character of an id; a missing part sorts last, as a null does. The queue lists one review status at a time
    (or each in turn), and only the flagged facts (a conflict or a doubt) when asked: each fact's order after its
    status, and the same for a flagged fact only, so that the queue reads the first facts of a status, or the
    first flagged ones, from an index however few there are."""
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
    """What a task holds for ``mark`` (see :func:`rel_marks`)."""
    return {"confidence": mark.get("confidence"), "doubts": mark.get("doubts"), "conflicts": mark.get("conflicts")}


def by_fact(marks: dict[str, list[Mark]]) -> MarksByFact:
    """``ReviewStage.corpus_marks`` (doc id -> its facts' marks) as a lookup by document and fact id."""
    return {doc_id: {m["fact_id"]: m for m in doc_marks} for doc_id, doc_marks in marks.items()}


def _set(values: Row) -> Row:
    """The properties a SET of ``values`` leaves (setting a null leaves none)."""
    return {k: v for k, v in values.items() if v is not None}


def with_marks(nodes: dict[str, dict[str, Row]], rels: dict[tuple[str, str, str], dict[str, Row]],
               marks: MarksByFact) -> None:
    """Put each fact's corpus-wide marks on the rows that write it (a document's merged rows, or a group's):
    a fact relationship found by its ``doc_id`` and ``fact_id``, a task by its ``doc_id`` and id.

    The rows are replaced, not changed: a document's own rows, and so its digest, stay as they were."""
    fact_types = set(load_schema().fact_rel_types)
    for (rel_type, _, _), by_key in rels.items():
        if rel_type not in fact_types:
            continue
        for key, row in by_key.items():
            props = row["props"]
            mark = marks.get(props.get("doc_id"), {}).get(props.get("fact_id"))
            if mark is not None:
                by_key[key] = {**row, "props": {**props, **_set(rel_marks(props, mark))}}
    tasks = nodes.get("Task", {})
    for task_id, props in tasks.items():
        mark = marks.get(props.get("doc_id"), {}).get(task_id.removeprefix("task:"))
        if mark is not None:
            tasks[task_id] = {**props, **_set(task_marks(mark))}


def _differs(x: str, keys: Iterable[str]) -> str:
    """Cypher: ``x`` holds a value other than the mark ``m``'s for one of ``keys`` (a null and no property agree)."""
    return " OR ".join(f"NOT coalesce({x}.{k} = m.{k}, {x}.{k} IS NULL AND m.{k} IS NULL)" for k in keys)


def _statement(rel_type: str) -> str:
    """Set a document's marks on its relationships of ``rel_type``, where they differ from what the graph holds."""
    return (
        f"UNWIND $rows AS row MATCH ()-[r:{load_schema().rel_type(rel_type)}]->() WHERE r.doc_id = row.doc_id "
        f"WITH r, row.marks[r.fact_id] AS m WHERE m IS NOT NULL AND ({_differs('r', REL_MARK_KEYS)}) SET r += m"
    )


_TASKS = (
    "UNWIND $rows AS row MATCH (t:Task) WHERE t.doc_id = row.doc_id "
    f"WITH t, row.tasks[substring(t.id, size('task:'))] AS m WHERE m IS NOT NULL AND ({_differs('t', TASK_MARK_KEYS)}) "
    "SET t += m"
)


def mark_rows(documents: Iterable[DocumentRows], marks: MarksByFact) -> list[Row]:
    """What ``write_marks`` sends for each document: its facts' relationship marks and task marks by fact id.

    Every relationship of a fact gets the same marks: they depend on what the fact's relationships share (its
    document, line, id and review status)."""
    fact_types = set(load_schema().fact_rel_types)
    rows = []
    for doc in sorted(documents, key=lambda d: d.doc_id):
        doc_marks = marks.get(doc.doc_id)
        if not doc_marks:
            continue
        rel_rows: dict[str, Row] = {}
        for (rel_type, _, _), by_key in doc.rels.items():
            if rel_type not in fact_types:
                continue
            for row in by_key.values():
                fact_id = row["props"].get("fact_id")
                if fact_id in doc_marks and fact_id not in rel_rows:
                    rel_rows[fact_id] = rel_marks({**row["props"], "doc_id": doc.doc_id}, doc_marks[fact_id])
        tasks = {fid: task_marks(doc_marks[fid]) for task_id in doc.nodes.get("Task", {})
                 if (fid := task_id.removeprefix("task:")) in doc_marks}
        rows.append({"doc_id": doc.doc_id, "marks": rel_rows, "tasks": tasks})
    return rows


def write_marks(driver: Driver, database: str, documents: Iterable[DocumentRows], marks: MarksByFact) -> None:
    """Set the corpus-wide marks of ``documents``' facts (already in the graph) where they changed: a rebuild of an
    unchanged corpus writes nothing."""
    rows = mark_rows(documents, marks)
    statements = [_statement(t) for t in load_schema().fact_rel_types] + [_TASKS]
    for i in range(0, len(rows), BATCH):
        batch = rows[i:i + BATCH]
        for statement in statements:
            driver.execute_query(statement, rows=batch, database_=database)
