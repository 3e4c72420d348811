"""Values taken from the graph itself, to run every named query once before anyone asks (``registry.prepare``).

Run once with values that name nothing, a query is planned, but the work of its rows stays cold: right after a
Neo4j restart, with every query planned that way, each query's first run with real values still took 0.1–1.2 s
against 5–100 ms for its second (the demo graph, a 2-core box). Run once with values that name something (the
graph's busiest agency and that agency's closest partner, its busiest person, the county with the most documents
and that county's latest document date, …) it does the work a visitor's first run would do, so that theirs does
not: the first runs of all the queries with the test examples' values (other agencies, people and dates) then
took 1.2–1.7 s in all instead of 7.0–8.6 s, for about the same time spent before the dashboard listens.

The values are whatever the graph holds; nothing here names a place, a person or a document.
"""

from __future__ import annotations

from typing import Any

from neo4j import Driver, RoutingControl
from neo4j.exceptions import Neo4jError

# One row of representative values; each part is optional (an empty graph, or one without task forces, gives
# nulls there). Every part reads an index or a short ordered scan, so it stays cheap on a large graph.
SAMPLES_CYPHER = """
OPTIONAL CALL () {
  MATCH (a:Agency) WHERE a.count_tasks > 0
  RETURN a ORDER BY a.count_tasks DESC, a.id LIMIT 1
}
OPTIONAL CALL (a) {
  MATCH (a)-[s:SHARES_DUTIES]-(b:Agency)
  RETURN b ORDER BY s.shared DESC, b.id LIMIT 1
}
OPTIONAL CALL (a) {
  MATCH (a)-[:RESPONSIBLE_FOR]->(t:Task)
  RETURN t ORDER BY t.id LIMIT 1
}
OPTIONAL CALL () {
  MATCH (p:Person) WHERE p.busy_score > 0
  RETURN p ORDER BY p.busy_score DESC, p.id LIMIT 1
}
OPTIONAL CALL () {
  MATCH (c:County) WHERE c.count_documents > 0
  RETURN c ORDER BY c.count_documents DESC, c.name LIMIT 1
}
OPTIONAL CALL (c) {
  MATCH (post:Post) WHERE post.holder_order STARTS WITH c.name + '\\t'
  RETURN post ORDER BY post.holder_order LIMIT 1
}
OPTIONAL CALL (c) {
  MATCH (tf:TaskForce) WHERE tf.roster_order STARTS WITH c.name + '\\t'
  WITH tf ORDER BY tf.roster_order LIMIT 2
  RETURN collect(tf.id) AS taskforces
}
RETURN a.id AS agency, a.name AS agency_name, b.id AS partner, t.id AS task, left(t.name, 4) AS task_words,
       p.id AS person, c.name AS county, c.last_date AS last_date, post.id AS post, taskforces
"""

# Which value each parameter name of the named queries takes.
PARAM_SAMPLES: dict[str, str] = {
    "agency_id": "agency", "a_id": "agency", "id": "agency", "to_id": "agency",
    "b_id": "partner",
    "task_id": "task", "keyword": "task_words",
    "text": "agency_name",
    "person_id": "person", "from_id": "person",
    "county": "county", "date": "last_date",
    "post_id": "post",
    "taskforce_id": "taskforce", "taskforce_a": "taskforce", "taskforce_b": "other_taskforce",
}


def graph_samples(driver: Driver, database: str = "neo4j") -> dict[str, Any]:
    """Parameter name -> a value the graph holds for it (only the names it has a value for; {} when the graph
    is empty or cannot be read)."""
    try:
        records, _, _ = driver.execute_query(SAMPLES_CYPHER, database_=database, routing_=RoutingControl.READ)
    except Neo4jError:
        return {}
    values = dict(records[0]) if records else {}
    taskforces = values.pop("taskforces", None) or []
    values["taskforce"] = taskforces[0] if taskforces else None
    values["other_taskforce"] = taskforces[1] if len(taskforces) > 1 else None
    return {name: values[kind] for name, kind in PARAM_SAMPLES.items() if values.get(kind) is not None}
