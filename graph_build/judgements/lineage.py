"""Agency lineage in the graph: ``(:Agency)-[:SUCCEEDED_BY {change, date, doc}]->(:Agency)`` from judgements.

Lineage comes from judgements, not from one document's facts, so it is written after the documents are loaded:
all SUCCEEDED_BY edges are replaced by those the judgements give (one transaction). A judgement naming an agency
that is not in the graph is an orphan.
"""

from __future__ import annotations

from neo4j import Driver, ManagedTransaction

from graph_build.judgements.apply import Orphan
from graph_build.judgements.model import Judgement, Lineage

_REPLACE = """
MATCH ()-[old:SUCCEEDED_BY]->() DELETE old
WITH count(*) AS dropped
UNWIND $rows AS row
MATCH (a:Agency {id: row.from}) MATCH (b:Agency {id: row.to})
MERGE (a)-[r:SUCCEEDED_BY {key: row.key}]->(b)
SET r += row.props
RETURN row.key AS key
"""


def lineage_rows(judgements: list[Judgement]) -> list[dict]:
    rows = []
    for j in judgements:
        if isinstance(j, Lineage):
            rows.append({"from": j.predecessor, "to": j.successor, "key": j.id,
                         "props": {"change": j.change, "date": j.date, "doc": j.doc, "judgement": j.id,
                                   "by": j.by, "why": j.why}})
    return rows


def write_lineage(driver: Driver, database: str, judgements: list[Judgement]) -> tuple[int, list[Orphan]]:
    """Replace the SUCCEEDED_BY edges; returns (edges written, orphans)."""
    rows = lineage_rows(judgements)

    def work(tx: ManagedTransaction) -> set[str]:
        return {r["key"] for r in tx.run(_REPLACE, rows=rows)}

    with driver.session(database=database) as session:
        written = session.execute_write(work)
    orphans = [Orphan(j, f"agency {j.predecessor} or {j.successor} is not in the graph")
               for j in judgements if isinstance(j, Lineage) and j.id not in written]
    return len(written), orphans
