"""Relationships per second: the batched loader (UNWIND $rows … MERGE) against one MERGE per row, in one run,
beside the anchor measured on the same server.

    python benchmarks/load_throughput.py ../shared/corpus [--repeat 3]

Needs a running Neo4j (``govkg neo4j start``; NEO4J_URI etc. point elsewhere). It WIPES the database
given by NEO4J_DATABASE and leaves it empty: run ``govkg build`` afterwards (``make bench-load`` does).
The same rows (the demo corpus's resolved graph, repeated ``--repeat`` times under distinct ids) are
loaded both ways.

The anchor is what this machine and server give the simplest batched load: as many relationships, without
properties, CREATEd by ``UNWIND`` between nodes found by a unique id, 1,000 rows per statement and 10 statements
per transaction (the loader's batch), best of three rounds. The issue's figure for it is ≈ 70 k rows/s; the
share of it that the loader reaches carries across machines better than either figure.
"""

from __future__ import annotations

import argparse
import copy
import random
import time

from neo4j import Driver, GraphDatabase

from govkg.settings import Settings
from graph_build.build import extract_facts, rows_for
from graph_build.graph.loader import BATCH, Loader, ensure_schema
from graph_build.graph.rows import DocumentRows
from graph_build.records import ExtractionReport


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


def count_rels(docs: list[DocumentRows]) -> int:
    return sum(len(rows) for d in docs for rows in d.rels.values())


ANCHOR_LABEL = "BenchAnchor"  # a label of its own, removed with its constraint when the measurement ends
ANCHOR_NODES = 20_000


def anchor_rate(driver: Driver, database: str, rels: int, rounds: int = 3, seed: int = 1) -> float:
    """Relationships per second of the simplest batched load on this server (see the module's doc), best of
    ``rounds``: ``rels`` property-less relationships between random pairs of ``ANCHOR_NODES`` indexed nodes."""
    rng = random.Random(seed)
    pairs = [{"a": rng.randrange(ANCHOR_NODES), "b": rng.randrange(ANCHOR_NODES)} for _ in range(rels)]
    driver.execute_query(f"CREATE CONSTRAINT bench_anchor_id IF NOT EXISTS FOR (n:{ANCHOR_LABEL}) "
                         "REQUIRE n.id IS UNIQUE", database_=database)
    best = 0.0
    try:
        for _ in range(rounds):
            _remove_anchor_nodes(driver, database)
            driver.execute_query(f"UNWIND range(0, $n - 1) AS i CREATE (:{ANCHOR_LABEL} {{id: i}})", n=ANCHOR_NODES,
                                 database_=database)
            created = 0
            started = time.perf_counter()
            with driver.session(database=database) as session:
                for tx_start in range(0, rels, 10 * BATCH):
                    with session.begin_transaction() as tx:
                        for start in range(tx_start, min(rels, tx_start + 10 * BATCH), BATCH):
                            summary = tx.run(f"UNWIND $rows AS r MATCH (a:{ANCHOR_LABEL} {{id: r.a}}) "
                                             f"MATCH (b:{ANCHOR_LABEL} {{id: r.b}}) CREATE (a)-[:BENCH_ANCHOR]->(b)",
                                             rows=pairs[start:start + BATCH]).consume()
                            created += summary.counters.relationships_created
                        tx.commit()
            seconds = time.perf_counter() - started
            if created != rels:  # a rate of relationships never written would be no anchor
                raise RuntimeError(f"the anchor created {created} relationships of {rels}")
            best = max(best, rels / seconds)
    finally:
        _remove_anchor_nodes(driver, database)
        driver.execute_query("DROP CONSTRAINT bench_anchor_id IF EXISTS", database_=database)
    return best


def _remove_anchor_nodes(driver: Driver, database: str) -> None:
    with driver.session(database=database) as session:
        session.run(f"MATCH (n:{ANCHOR_LABEL}) CALL (n) {{ DETACH DELETE n }} IN TRANSACTIONS OF 5000 ROWS").consume()


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
    args = parser.parse_args()
    settings = Settings.from_env()
    base = rows_for(extract_facts(args.paths, ExtractionReport()))
    docs = [d for i in range(args.repeat) for d in renamed(base, i)]
    rels = count_rels(docs)
    with GraphDatabase.driver(settings.neo4j_uri, auth=settings.auth) as driver:
        db = settings.neo4j_database
        ensure_schema(driver, db)
        wipe(driver, db)
        naive = load_row_by_row(driver, db, docs)
        wipe(driver, db)
        batched = load_batched(driver, db, docs)
        wipe(driver, db)
        anchor = anchor_rate(driver, db, rels)
    print(f"documents:        {len(docs)} ({args.repeat} copies of {len(base)})")
    print(f"relationships:    {rels}")
    print(f"one MERGE per row: {naive:7.2f} s  {rels / naive:10.0f} relationships/s")
    print(f"batched UNWIND:    {batched:7.2f} s  {rels / batched:10.0f} relationships/s  "
          f"({naive / batched:.1f}x faster)")
    print(f"anchor here:       {rels / anchor:7.2f} s  {anchor:10.0f} relationships/s  "
          f"({naive * anchor / rels:.1f}x one MERGE per row; bare UNWIND CREATE, best of 3)")
    print(f"batched / anchor:  {rels / batched / anchor:.0%} (the target, 30 k rel/s of the issue's ≈ 70 k anchor, "
          f"is 43%)")


if __name__ == "__main__":
    main()
