"""Whole-graph data checks, run at the end of every build and kept in the graph as findings.

A check that must read every fact or every node of the graph (a fact without provenance, a node that nothing
ties into the graph) takes seconds on a national graph, and an empty answer, the usual one, takes as long as
any. The build runs these scans once, after the load, and keeps what they find: one ``CheckFinding`` node per
finding, with the check's name and the finding's columns. Like ``SourceFacts`` it has no ``id`` and no
relationships, so exports, the explorer and the entity queries never see it. The named queries of the same
names (queries/library/quality.py) read the findings in milliseconds.

Findings are replaced only when they differ: a rebuild of an unchanged corpus writes nothing.
"""

from __future__ import annotations

from typing import Any

from neo4j import Driver, ManagedTransaction

from graph_build.graph.schema import load_schema

LABEL = "CheckFinding"
INDEX = f"CREATE INDEX check_finding IF NOT EXISTS FOR (f:{LABEL}) ON (f.check)"

_SCHEMA = load_schema()
FACT_TYPES = "|".join(_SCHEMA.rel_type(t) for t in _SCHEMA.fact_rel_types)
CONNECTING_TYPES = "|".join([*(_SCHEMA.rel_type(t) for t in _SCHEMA.fact_rel_types), _SCHEMA.rel_type("POST_IN")])
PROVENANCE = "['fact_id', 'doc_id', 'source', 'line', 'evidence']"  # a Cypher list literal
ENTITIES = "n:Agency OR n:Person OR n:Post OR n:TaskForce OR n:Field OR n:Task"

# Each scan returns the finding's columns, as the query of the same name lists them (an orphan's id: node_id).
SCANS: dict[str, str] = {
    "facts_without_provenance": """
        CALL () { MATCH (d:Document) RETURN collect(d.id) AS documents }
        CALL (documents) {
          MATCH ()-[r:""" + FACT_TYPES + """]->()
          WHERE r.fact_id IS NULL OR r.doc_id IS NULL OR r.source IS NULL OR r.line IS NULL OR r.evidence IS NULL
             OR NOT r.doc_id IN documents
          WITH r, startNode(r) AS a, endNode(r) AS b
          RETURN 'relationship' AS kind, type(r) AS type, r.fact_id AS fact_id, r.doc_id AS doc_id, a.id AS from_id,
                 coalesce(a.name, a.title) AS from_name, b.id AS to_id, coalesce(b.name, b.title) AS to_name,
                 [k IN """ + PROVENANCE + """ WHERE r[k] IS NULL] +
                 CASE WHEN r.doc_id IN documents OR r.doc_id IS NULL THEN [] ELSE ['document'] END AS missing
          UNION ALL
          MATCH (t:Task) WHERE t.doc_id IS NULL OR t.source IS NULL OR t.line IS NULL OR NOT t.doc_id IN documents
          RETURN 'node' AS kind, 'Task' AS type, t.id AS fact_id, t.doc_id AS doc_id, t.id AS from_id,
                 t.name AS from_name, null AS to_id, null AS to_name,
                 [k IN ['doc_id', 'source', 'line'] WHERE t[k] IS NULL] +
                 CASE WHEN t.doc_id IN documents OR t.doc_id IS NULL THEN [] ELSE ['document'] END AS missing
        }
        RETURN kind, type, fact_id, doc_id, from_id, from_name, to_id, to_name, missing
    """,
    "orphan_nodes": """
        CALL () {
          MATCH (n) WHERE (""" + ENTITIES + """) AND NOT EXISTS { (n)-[:MENTIONED_IN]->() }
          RETURN n, 'no document mentions it' AS reason
          UNION ALL
          MATCH (n) WHERE (""" + ENTITIES + """) AND NOT EXISTS { (n)-[:""" + CONNECTING_TYPES + """]-() }
          RETURN n, 'no fact links it' AS reason
          UNION ALL
          MATCH (n:Document) WHERE NOT EXISTS { (n)<-[:MENTIONED_IN]-() } AND NOT EXISTS { (n)-[:ISSUED_BY]->() }
          RETURN n, 'document without facts' AS reason
        }
        // the node's id as node_id: a finding has no id of its own, so that no entity query takes it for a node
        RETURN n.id AS node_id, [l IN labels(n)][0] AS label, coalesce(n.name, n.title, n.id) AS name,
               n.county AS county, reason
    """,
}

# Every column a finding may have: known to the database before any is found, so that the queries, which read
# them on a graph where nothing is found, draw no warning that a property does not exist.
COLUMNS = ("check", "kind", "type", "fact_id", "doc_id", "from_id", "from_name", "to_id", "to_name", "missing",
           "node_id", "label", "name", "county", "reason")

Finding = dict[str, Any]


def _key(finding: Finding) -> str:
    return repr(sorted((k, v) for k, v in finding.items() if v is not None))


def scan(driver: Driver, database: str, check: str) -> list[Finding]:
    """What the check finds in the graph now (the whole graph is read)."""
    records, _, _ = driver.execute_query(SCANS[check], database_=database)
    return sorted((r.data() for r in records), key=_key)


def stored_findings(driver: Driver, database: str, check: str) -> list[Finding]:
    records, _, _ = driver.execute_query(
        f"MATCH (f:{LABEL} {{check: $check}}) RETURN properties(f) AS f", check=check, database_=database)
    return sorted(({k: v for k, v in r["f"].items() if k != "check"} for r in records), key=_key)


def _replace(tx: ManagedTransaction, check: str, findings: list[Finding]) -> None:
    tx.run(f"MATCH (f:{LABEL} {{check: $check}}) DELETE f", check=check).consume()
    tx.run(f"UNWIND $rows AS row CREATE (f:{LABEL}) SET f = row, f.check = $check",
           rows=[{k: v for k, v in f.items() if v is not None} for f in findings], check=check).consume()


def record_findings(driver: Driver, database: str) -> dict[str, int]:
    """Run every whole-graph check and keep its findings (replaced only when they changed): check -> count."""
    counts = {}  # (the index and the column names are made with the schema: loader.ensure_schema)
    for check in SCANS:
        found = scan(driver, database, check)
        counts[check] = len(found)
        if [_key(f) for f in found] == [_key(f) for f in stored_findings(driver, database, check)]:
            continue
        with driver.session(database=database) as session:
            session.execute_write(_replace, check, found)
    return counts
