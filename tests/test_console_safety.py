"""The read-only console, attacked: each statement of issue 8 is refused by name and does nothing, against a
real Neo4j (the project's local server, started with CSV file URLs off and an empty import directory)."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from typing import ClassVar

import pytest
from neo4j import Driver
from neo4j.exceptions import ClientError

from dashboard.console import ALLOWED_PROCEDURES, EXAMPLES, refusals, run_read

pytest_plugins = ["neo4j_fixture", "graph_fixture"]


class _Hits(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Hits.hits.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"a,b\n1,2\n")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def http_server() -> Iterator[tuple[str, list[str]]]:
    server = http.server.HTTPServer(("127.0.0.1", 0), _Hits)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Hits.hits = []
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/data.csv", _Hits.hits
    finally:
        server.shutdown()
        server.server_close()


REFUSED = {
    "LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r": "operator LoadCSV",
    "LOAD CSV FROM 'file:///proc/self/environ' AS r RETURN r": "operator LoadCSV",
    "CALL dbms.listConfig()": "procedure dbms.listConfig",
    "SHOW USERS": "operator AdministrationCommand",
    "SHOW TRANSACTIONS": "operator ShowTransactions",
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'": "operator TerminateTransactions",
    "CALL db.clearQueryCaches()": "procedure db.clearQueryCaches",
    "CALL db.createLabel('Probe')": "procedure db.createLabel",
    "CREATE (n:ConsoleProbe) RETURN n": "operator Create",
    "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS": "operator TransactionForeach",
}


@pytest.mark.parametrize("statement", sorted(REFUSED))
def test_each_statement_of_the_issue_is_refused_by_name(neo4j_driver: Driver, demo_graph, statement: str):
    before = neo4j_driver.execute_query("MATCH (n) RETURN count(n) AS n").records[0]["n"]
    out = run_read(neo4j_driver, statement)
    assert out.refused and not out.rows, out
    assert REFUSED[statement] in out.refused_what and REFUSED[statement] in out.error
    assert "root:" not in out.error and "NEO4J_PASSWORD" not in out.error
    assert neo4j_driver.execute_query("MATCH (n) RETURN count(n) AS n").records[0]["n"] == before


def test_load_csv_from_a_url_is_refused_before_anything_is_fetched(neo4j_driver: Driver, http_server):
    url, hits = http_server
    out = run_read(neo4j_driver, f"LOAD CSV FROM '{url}' AS r RETURN r")
    assert out.refused and "operator LoadCSV" in out.error
    assert hits == []


def test_the_local_server_itself_reads_no_files_even_outside_the_console(neo4j_driver: Driver):
    with pytest.raises(ClientError, match=r"(?i)file"):
        neo4j_driver.execute_query("LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r LIMIT 1")


@pytest.mark.parametrize("statement", [
    *EXAMPLES,
    "CALL db.labels()",
    "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType",
    "CALL db.propertyKeys()",
    "CALL db.schema.visualization()",
    "CALL db.index.fulltext.queryNodes('govkg_names', '水利') YIELD node RETURN node.name AS name LIMIT 3",
    "MATCH p = shortestPath((a:Agency)-[*..4]-(b:Person)) RETURN length(p) AS hops LIMIT 1",
    "MATCH (n) WHERE EXISTS { (n)-[:MENTIONED_IN]->() } RETURN count(n) AS n",
    "UNWIND [1, 2] AS x RETURN x UNION RETURN 3 AS x",
    "MATCH (a:Agency) OPTIONAL MATCH (a)-[r:RESPONSIBLE_FOR]->(t) RETURN a.name, count(t) ORDER BY a.name LIMIT 5",
])
def test_reads_and_allowed_procedures_run(neo4j_driver: Driver, demo_graph, statement: str):
    out = run_read(neo4j_driver, statement)
    assert not out.refused and not out.error, out
    assert out.keys


def test_a_plan_is_judged_by_every_operator_and_every_procedure():
    read = {"operatorType": "ProduceResults@neo4j", "children": [{"operatorType": "AllNodesScan@neo4j"}]}
    assert refusals(read) == []
    nested = {"operatorType": "ProduceResults@neo4j", "children": [
        {"operatorType": "Apply@neo4j", "children": [{"operatorType": "SetProperty@neo4j"}]}]}
    assert refusals(nested) == ["operator SetProperty"]
    for name in ALLOWED_PROCEDURES:
        call = {"operatorType": "ProcedureCall@neo4j", "args": {"Details": f"{name}() :: (x :: STRING)"}}
        assert refusals(call) == []
    other = {"operatorType": "ProcedureCall@neo4j", "args": {"Details": "dbms.listConfig() :: (name :: STRING)"}}
    assert refusals(other) == ["procedure dbms.listConfig"]
