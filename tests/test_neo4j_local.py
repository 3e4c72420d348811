"""The project's local Neo4j (govkg/neo4j_local.py, neo4j_server/) against a real server, and its settings."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest
from neo4j import Driver
from neo4j_fixture import LocalNeo4j, free_port, neo4j_env, require_java, run_govkg_neo4j

from govkg import neo4j_local
from govkg.neo4j_local import Neo4jLocalError
from govkg.settings import DEFAULT_URI, Settings, SettingsError

# The fixtures (local_neo4j, neo4j_driver). Registered once however many modules (or tests/conftest.py) ask.
pytest_plugins = ["neo4j_fixture"]

# ---------------------------------------------------------------------------------------------------- settings


def test_settings_defaults() -> None:
    settings = Settings.from_env({})
    assert settings.neo4j_uri == DEFAULT_URI == "bolt://127.0.0.1:7687"
    assert (settings.neo4j_user, settings.neo4j_database, settings.neo4j_port) == ("neo4j", "neo4j", 7687)
    assert settings.neo4j_password == "govkg-local"
    assert settings.data_dir == Path("var")
    assert settings.neo4j_home == Path("var/neo4j")
    assert settings.is_local
    assert "govkg-local" not in repr(settings)


def test_settings_read_every_variable() -> None:
    settings = Settings.from_env(
        {
            "NEO4J_URI": "neo4j://localhost:7999",
            "NEO4J_USER": "kg",
            "NEO4J_PASSWORD": "secret-123",
            "NEO4J_DATABASE": "govkg",
            "GOVKG_DATA_DIR": "/tmp/x",
            "GOVKG_NEO4J_HEAP": "512m",
            "GOVKG_NEO4J_PAGECACHE": "64M",
        }
    )
    assert settings.neo4j_port == 7999
    assert settings.auth == ("kg", "secret-123")
    assert settings.neo4j_database == "govkg"
    assert settings.data_dir == Path("/tmp/x")
    assert (settings.neo4j_heap, settings.neo4j_pagecache) == ("512m", "64M")
    assert settings.is_local


def test_settings_port_alone_makes_the_uri() -> None:
    settings = Settings.from_env({"GOVKG_NEO4J_PORT": "7777"})
    assert settings.neo4j_uri == "bolt://127.0.0.1:7777"
    assert settings.neo4j_port == 7777


def test_settings_empty_values_mean_default() -> None:
    assert Settings.from_env({"NEO4J_URI": "", "GOVKG_NEO4J_PORT": " ", "NEO4J_PASSWORD": ""}) == Settings()


@pytest.mark.parametrize(
    "uri",
    ["neo4j+s://abcd1234.databases.neo4j.io", "bolt://neo4j.example.org:7687", "bolt+s://localhost:7687"],
)
def test_settings_remote_uris_are_not_local(uri: str) -> None:
    settings = Settings.from_env({"NEO4J_URI": uri, "GOVKG_NEO4J_PORT": "7690"})
    assert not settings.is_local
    assert settings.neo4j_uri == uri  # the local port does not touch a remote URI


def test_settings_with_port() -> None:
    settings = Settings.from_env({"NEO4J_URI": "bolt://localhost:7687"}).with_port(7801)
    assert (settings.neo4j_uri, settings.neo4j_port) == ("bolt://localhost:7801", 7801)
    with pytest.raises(SettingsError, match="local Neo4j only"):
        Settings.from_env({"NEO4J_URI": "neo4j+s://x.databases.neo4j.io"}).with_port(7801)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"NEO4J_URI": "http://localhost:7474"}, "not a Neo4j URI"),
        ({"NEO4J_URI": "bolt://localhost:99999"}, "bad port"),
        ({"NEO4J_URI": "bolt://localhost:0"}, "bad port"),
        ({"GOVKG_NEO4J_PORT": "seven"}, "not a port number"),
        ({"GOVKG_NEO4J_PORT": "0"}, "not a TCP port"),
        ({"NEO4J_URI": "bolt://127.0.0.1:7687", "GOVKG_NEO4J_PORT": "7688"}, "different ports"),
        ({"NEO4J_URI": "bolt://localhost", "GOVKG_NEO4J_PORT": "7688"}, "different ports"),
        ({"GOVKG_NEO4J_HEAP": "lots"}, "GOVKG_NEO4J_HEAP"),
    ],
)
def test_settings_errors(env: dict[str, str], message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        Settings.from_env(env)


# ---------------------------------------------------------------------------------------------------- no server


def test_start_and_stop_refuse_a_remote_uri(tmp_path: Path) -> None:
    settings = Settings(neo4j_uri="neo4j+s://abcd1234.databases.neo4j.io", data_dir=tmp_path)
    for action in (neo4j_local.start, neo4j_local.stop):
        with pytest.raises(Neo4jLocalError, match="not the project's local Neo4j"):
            action(settings)
    assert not (tmp_path / "neo4j").exists()


def test_status_of_a_remote_uri_only_checks_bolt() -> None:
    # 127.0.0.2 is not "local" for govkg (the local server listens on 127.0.0.1 only): nothing answers there.
    settings = Settings.from_env({"NEO4J_URI": f"bolt://127.0.0.2:{free_port()}"})
    result = neo4j_local.status(settings)
    assert (result.local, result.running, result.answers, result.pid) == (False, False, False, None)
    assert result.exit_code == 1
    assert "does not answer" in result.describe()


def test_status_when_stopped(tmp_path: Path) -> None:
    result = neo4j_local.status(Settings(data_dir=tmp_path, neo4j_uri=f"bolt://127.0.0.1:{free_port()}"))
    assert result.local and not result.running
    assert result.exit_code == 3


def test_short_password_is_refused(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, neo4j_uri=f"bolt://127.0.0.1:{free_port()}", neo4j_password="short")
    with pytest.raises(Neo4jLocalError, match="at least 8"):
        neo4j_local.start(settings)


# ---------------------------------------------------------------------------------------------------- real server


def test_status_reports_running(local_neo4j: LocalNeo4j) -> None:
    result = local_neo4j.govkg_neo4j("status")
    assert result.returncode == 0, result.stderr
    pid = int((local_neo4j.settings.neo4j_home / "govkg-neo4j.pid").read_text())
    assert f"running, pid {pid}" in result.stdout
    assert local_neo4j.settings.neo4j_uri in result.stdout
    assert "Bolt answers (Neo4j/5.26" in result.stdout


def test_start_is_idempotent(local_neo4j: LocalNeo4j) -> None:
    pid_file = local_neo4j.settings.neo4j_home / "govkg-neo4j.pid"
    before = pid_file.read_text()
    again = local_neo4j.govkg_neo4j("start")
    assert again.returncode == 0, again.stderr
    assert "already running" in again.stdout
    assert pid_file.read_text() == before


def test_cypher_round_trip(neo4j_driver: Driver, local_neo4j: LocalNeo4j) -> None:
    database = local_neo4j.settings.neo4j_database
    name = "稷山县人民政府办公室"
    try:
        neo4j_driver.execute_query("CREATE (:GovkgSmokeTest {name: $name, n: 1})", name=name, database_=database)
        records, _, _ = neo4j_driver.execute_query(
            "MATCH (b:GovkgSmokeTest {name: $name}) RETURN b.name AS name, b.n AS n", name=name, database_=database
        )
        assert [(r["name"], r["n"]) for r in records] == [(name, 1)]
    finally:
        neo4j_driver.execute_query("MATCH (b:GovkgSmokeTest) DELETE b", database_=database)


def test_cjk_fulltext_analyzer(neo4j_driver: Driver, local_neo4j: LocalNeo4j) -> None:
    database = local_neo4j.settings.neo4j_database
    records, _, _ = neo4j_driver.execute_query(
        "CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer RETURN collect(analyzer) AS names",
        database_=database,
    )
    assert "cjk" in records[0]["names"]
    # And it works: a cjk full-text index finds a body by a two-character word inside its name.
    try:
        neo4j_driver.execute_query(
            "CREATE FULLTEXT INDEX govkg_smoke_cjk IF NOT EXISTS FOR (n:GovkgSmokeCjk) ON EACH [n.name] "
            "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
            database_=database,
        )
        neo4j_driver.execute_query(
            "UNWIND $names AS name CREATE (:GovkgSmokeCjk {name: name})",
            names=["稷山县农业农村局", "稷山县人民政府办公室"],
            database_=database,
        )
        neo4j_driver.execute_query("CALL db.awaitIndexes(60)", database_=database)
        records, _, _ = neo4j_driver.execute_query(
            "CALL db.index.fulltext.queryNodes('govkg_smoke_cjk', '政府') YIELD node RETURN node.name AS name",
            database_=database,
        )
        assert [r["name"] for r in records] == ["稷山县人民政府办公室"]
    finally:
        neo4j_driver.execute_query("MATCH (n:GovkgSmokeCjk) DELETE n", database_=database)
        neo4j_driver.execute_query("DROP INDEX govkg_smoke_cjk IF EXISTS", database_=database)


def test_start_refuses_a_port_taken_by_another_process(local_neo4j: LocalNeo4j, tmp_path: Path) -> None:
    # Another data folder, on the session server's port: that port belongs to someone else.
    env = neo4j_env(tmp_path, local_neo4j.settings.neo4j_port)
    result = run_govkg_neo4j(env, "start")
    assert result.returncode == 1
    assert f"port {local_neo4j.settings.neo4j_port} on 127.0.0.1 is taken" in result.stderr
    assert not (tmp_path / "neo4j" / "govkg-neo4j.pid").exists()


def test_stop_stops_it(tmp_path: Path) -> None:
    """A second, short-lived server: start, stop, and everything is gone (the session server stays up)."""
    require_java()
    port = free_port()
    env = neo4j_env(tmp_path, port)
    started = run_govkg_neo4j(env, "start", "--port", str(port))
    assert started.returncode == 0, started.stdout + started.stderr
    pid = int((tmp_path / "neo4j" / "govkg-neo4j.pid").read_text())
    try:
        stopped = run_govkg_neo4j(env, "stop")
        assert stopped.returncode == 0, stopped.stderr
        assert f"stopped pid {pid}" in stopped.stdout
        assert not (tmp_path / "neo4j" / "govkg-neo4j.pid").exists()
        assert not _pid_alive(pid)
        with socket.socket() as sock:
            assert sock.connect_ex(("127.0.0.1", port)) != 0, "Bolt still listening after stop"
        log = (tmp_path / "neo4j" / "govkg-neo4j.log").read_text()
        assert "govkg-neo4j: stopped" in log  # the shutdown hook ran: a clean shutdown, not a kill
        status = run_govkg_neo4j(env, "status")
        assert status.returncode == 3
        assert "stopped" in status.stdout
        again = run_govkg_neo4j(env, "stop")
        assert again.returncode == 0
        assert "not running" in again.stdout
    finally:
        if _pid_alive(pid):
            os.kill(pid, 9)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
        stat = Path(f"/proc/{pid}/stat").read_text()
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return stat.rpartition(")")[2].split()[0] != "Z"  # an unreaped zombie has exited
