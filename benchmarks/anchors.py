"""What this machine gives the simplest form of each stage, measured in the benchmark's own run: the anchors
that the stages' figures are set beside (the issue's figures for them came from other machines).

- ``regex_rate``: characters per second of one regular-expression pass over the texts (extraction's anchor,
  ≈ 55 M chars/s in the issue).
- ``load_anchor``: relationships per second of the simplest batched ``UNWIND … CREATE`` on the server given
  (the online load's anchor, ≈ 70 k rows/s).
- ``import_anchor``: relationships per second of ``neo4j-admin database import full`` of bare nodes and
  relationships into a throwaway store (the bulk load's anchor, ≈ 1 M rows/s).
"""

from __future__ import annotations

import os
import random
import re
import subprocess
import tempfile
import time
from pathlib import Path

from neo4j import Driver

from govkg import neo4j_local
from graph_build.graph.bulk import ADMIN_MAIN
from graph_build.graph.loader import BATCH

# The simplest pass extraction could make over a text: a few words of its vocabularies, found wherever they are.
REGEX_PASS = re.compile("组长|副组长|成员|任命|免去|分管|负责|牵头单位|责任单位|配合单位")


def regex_rate(texts: list[str], rounds: int = 3) -> float:
    """Characters per second of one ``finditer`` pass of ``REGEX_PASS`` over every text, best of ``rounds``."""
    chars = sum(len(t) for t in texts)
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        for text in texts:
            for _match in REGEX_PASS.finditer(text):
                pass
        best = min(best, time.perf_counter() - started)
    return chars / best


ANCHOR_LABEL = "BenchAnchor"  # a label of its own, removed with its constraint when the measurement ends
ANCHOR_NODES = 20_000


def load_anchor(driver: Driver, database: str, rels: int, rounds: int = 3, seed: int = 1) -> float:
    """Relationships per second of the simplest batched load on this server, best of ``rounds``: ``rels``
    relationships without properties between random pairs of ``ANCHOR_NODES`` nodes found by a unique id, CREATEd
    by ``UNWIND``, 1,000 rows per statement and 10 statements per transaction (the loader's batch). The issue's
    figure for it is ≈ 70 k rows/s. Raises unless each round created ``rels`` relationships; leaves no node,
    relationship or constraint of its own behind."""
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


def import_anchor(rels: int, nodes: int, java: str | None = None, seed: int = 1) -> float:
    """Relationships per second, end to end (JVM start included), of ``neo4j-admin database import full`` of
    ``nodes`` bare nodes and ``rels`` bare relationships between random pairs of them, into a store of its own
    in a temporary directory that is removed afterwards (no server is stopped, no store of the project touched)."""
    rng = random.Random(seed)
    java = java or neo4j_local.find_java()
    classpath = neo4j_local.ensure_built()
    with tempfile.TemporaryDirectory(prefix="govkg-import-anchor-") as tmp:
        home, conf = Path(tmp, "home"), Path(tmp, "conf")
        home.mkdir()
        conf.mkdir()
        (conf / "neo4j.conf").write_text("", encoding="utf-8")
        node_file, rel_file = Path(tmp, "nodes.csv"), Path(tmp, "rels.csv")
        with node_file.open("w", encoding="utf-8") as out:
            out.write("id:ID\n")
            out.writelines(f"n{i}\n" for i in range(nodes))
        with rel_file.open("w", encoding="utf-8") as out:
            out.write(":START_ID,:END_ID\n")
            out.writelines(f"n{rng.randrange(nodes)},n{rng.randrange(nodes)}\n" for _ in range(rels))
        cmd = [java, "-Xmx1g", "-cp", classpath, ADMIN_MAIN, "database", "import", "full",
               f"--nodes=BenchAnchor={node_file}", f"--relationships=BENCH_ANCHOR={rel_file}",
               f"--report-file={Path(tmp, 'import.report')}", "neo4j"]
        env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(conf)}
        started = time.perf_counter()
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - started
        report = done.stdout + done.stderr
        if done.returncode != 0 or not re.search(rf"\b{rels} relationships\b", report.replace(",", "")):
            raise RuntimeError(f"the import anchor failed (exit {done.returncode}): {report[-2000:]}")
    return rels / seconds
