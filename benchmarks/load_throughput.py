"""Relationships per second: the batched loader (UNWIND $rows … MERGE) against one MERGE per row, in one run,
beside the anchor measured on the same server.

    python benchmarks/load_throughput.py ../shared/corpus [--repeat 3]

Needs a running Neo4j (``govkg neo4j start``; NEO4J_URI etc. point elsewhere). It WIPES the database
given by NEO4J_DATABASE and leaves it empty: run ``govkg build`` afterwards (``make bench-load`` does).
The same rows (the demo corpus's resolved graph with its review marks, as ``govkg build`` writes it, repeated
``--repeat`` times under distinct ids) are loaded both ways.

The anchor (``anchors.load_anchor``) is the simplest batched load of as many relationships on the same server,
best of the rounds as the batched load is: the share of it that the loader reaches carries across machines
better than either figure.
"""

from __future__ import annotations

import argparse
import copy
import time

from anchors import load_anchor
from neo4j import Driver, GraphDatabase

from govkg.settings import Settings
from graph_build.build import extract_facts, resolve
from graph_build.graph.loader import Loader, ensure_schema
from graph_build.graph.rows import DocumentRows, Row
from graph_build.judgements import ReviewStage
from graph_build.judgements.marks import Mark, by_fact, with_marks
from graph_build.records import ExtractionReport


def marked_rows(facts: list[Row], copies: int = 1) -> list[DocumentRows]:
    """The rows ``govkg build`` writes for ``facts``: resolved, reviewed (no judgements) and with the corpus-wide
    review marks on them, as the loader adds them (``Loader.load(…, marks=…)``); ``copies`` times, each copy under
    its own ids (``renamed``) with its own marks (the review queue's sort keys name the document and the fact)."""
    resolved = resolve(facts, ReviewStage())
    docs = [renamed(resolved.documents, i) for i in range(copies)]  # all copied before any is marked
    for i, copy_docs in enumerate(docs):
        marks = by_fact(renamed_marks(resolved.review.corpus_marks, i))
        for doc in copy_docs:
            with_marks(doc.nodes, doc.rels, marks)
    return [doc for copy_docs in docs for doc in copy_docs]


def wipe(driver: Driver, database: str) -> None:
    with driver.session(database=database) as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume()


def renamed(docs: list[DocumentRows], copy_no: int) -> list[DocumentRows]:
    """A copy of the rows with every id suffixed, so copies do not MERGE into each other."""
    if copy_no == 0:
        return docs
    out = []
    sfx = f"#{copy_no}"
    for doc in docs:
        new = DocumentRows(doc.doc_id + sfx, doc.source, doc.title, facts=doc.facts)
        for label, rows in doc.nodes.items():
            for node_id, props in rows.items():
                new.nodes[label][node_id + sfx] = copy.deepcopy(props)
        for key, rows in doc.rels.items():
            for rk, row in rows.items():
                new.rels[key][rk + sfx] = {**copy.deepcopy(row), "from": row["from"] + sfx, "to": row["to"] + sfx,
                                           "key": row["key"] + sfx}
        for task in new.nodes.get("Task", {}).values():
            task["doc_id"] = new.doc_id
        for rows in new.rels.values():
            for row in rows.values():
                if "doc_id" in row["props"]:
                    row["props"]["doc_id"] = new.doc_id
                if "fact_id" in row["props"]:  # a fact id names its file: each copy's facts are its own
                    row["props"]["fact_id"] += sfx
        out.append(new)
    return out


def renamed_marks(marks: dict[str, list[Mark]], copy_no: int) -> dict[str, list[Mark]]:
    """The corpus-wide marks of copy ``copy_no`` (ids suffixed as ``renamed`` suffixes them)."""
    sfx = f"#{copy_no}" if copy_no else ""
    return {doc_id + sfx: [{**m, "fact_id": m["fact_id"] + sfx} for m in doc_marks]
            for doc_id, doc_marks in marks.items()}


def count_rels(docs: list[DocumentRows]) -> int:
    return sum(len(rows) for d in docs for rows in d.rels.values())


def load_batched(driver: Driver, database: str, docs: list[DocumentRows]) -> float:
    """The loader as ``govkg build`` runs it: many documents per transaction, large UNWIND batches."""
    loader = Loader(driver, database)
    t0 = time.perf_counter()
    loader.load(docs)
    return time.perf_counter() - t0


def load_row_by_row(driver: Driver, database: str, docs: list[DocumentRows]) -> float:
    """The naive way: one auto-committed MERGE statement per node and per relationship."""
    loader = Loader(driver, database)
    t0 = time.perf_counter()
    with driver.session(database=database) as session:
        for doc in docs:
            for label, rows in doc.nodes.items():
                statement = f"MERGE (n:{loader.schema.label(label)} {{id: $id}}) SET n += $props"
                for node_id, props in rows.items():
                    session.run(statement, id=node_id, props=props).consume()
            for (rel_type, src, dst), rows in doc.rels.items():
                loader.schema.check_rel(rel_type, src, dst)
                statement = (
                    f"MATCH (a:{src} {{id: $from}}) MATCH (b:{dst} {{id: $to}}) "
                    f"MERGE (a)-[r:{rel_type} {{key: $key}}]->(b) SET r += $props"
                )
                for row in rows.values():
                    session.run(statement, **{"from": row["from"], "to": row["to"], "key": row["key"],
                                              "props": row["props"]}).consume()
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--repeat", type=int, default=3, help="copies of the corpus's rows (default 3)")
    parser.add_argument("--rounds", type=int, default=3,
                        help="timed rounds of the batched load and of the anchor, best counted (default 3)")
    args = parser.parse_args()
    settings = Settings.from_env()
    docs = marked_rows(extract_facts(args.paths, ExtractionReport()), args.repeat)
    rels = count_rels(docs)
    with GraphDatabase.driver(settings.neo4j_uri, auth=settings.auth) as driver:
        db = settings.neo4j_database
        ensure_schema(driver, db)
        wipe(driver, db)
        naive = load_row_by_row(driver, db, docs)
        wipe(driver, db)
        rounds = []
        for _ in range(args.rounds):
            rounds.append(load_batched(driver, db, docs))
            wipe(driver, db)
        batched = min(rounds)
        anchor = load_anchor(driver, db, rels, args.rounds)
    print(f"documents:        {len(docs)} ({args.repeat} copies of {len(docs) // args.repeat})")
    print(f"relationships:    {rels}")
    print(f"one MERGE per row: {naive:7.2f} s  {rels / naive:10.0f} relationships/s")
    print(f"batched UNWIND:    {batched:7.2f} s  {rels / batched:10.0f} relationships/s  "
          f"({naive / batched:.1f}x faster; best of {', '.join(f'{t:.2f}' for t in rounds)} s)")
    print(f"anchor here:       {rels / anchor:7.2f} s  {anchor:10.0f} relationships/s  "
          f"({naive * anchor / rels:.1f}x one MERGE per row; bare UNWIND CREATE, best of {args.rounds})")
    print(f"batched / anchor:  {rels / batched / anchor:.0%} (the target, 30 k rel/s of the issue's ≈ 70 k anchor, "
          f"is 43%)")


if __name__ == "__main__":
    main()
