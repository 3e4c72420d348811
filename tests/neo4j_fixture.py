"""A real Neo4j for the tests: the project's own local server, started once per session on a free port.

It is started and stopped through the project's tooling (``python -m govkg.neo4j_local``, the code behind
``govkg neo4j``) with its own data folder in a temporary directory, so it never touches ``var/`` or a
developer's running server. Use the ``neo4j_driver`` fixture (a ``neo4j.Driver``), or ``local_neo4j`` for
the settings and the environment it was started with.

PYTEST_DONT_REWRITE (no asserts here; lets a test module import helpers from this plugin without a warning)

Without java on PATH the fixture skips, except under CI (CI=true), where it fails: there a missing Java is a
broken install, not a reason to run fewer tests.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from neo4j import Driver, GraphDatabase

from govkg.settings import Settings

ENV_KEYS = ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE", "GOVKG_DATA_DIR", "GOVKG_NEO4J_PORT")
TEST_PASSWORD = "govkg-test-pw"
# The first start on a fresh machine may have to build the Java side (Maven downloads ~125 MB).
COMMAND_TIMEOUT = 1200


@dataclass(frozen=True)
class LocalNeo4j:
    """A local Neo4j started by the tooling: how it was configured, and how to run ``govkg neo4j`` on it."""

    settings: Settings
    env: dict[str, str]

    def govkg_neo4j(self, *args: str) -> subprocess.CompletedProcess[str]:
        return run_govkg_neo4j(self.env, *args)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def neo4j_env(data_dir: Path, port: int) -> dict[str, str]:
    """The environment of a test server: the caller's, minus any NEO4J_* / GOVKG_* that would point elsewhere."""
    env = {key: value for key, value in os.environ.items() if key not in ENV_KEYS}
    env.update(
        GOVKG_DATA_DIR=str(data_dir),
        GOVKG_NEO4J_PORT=str(port),
        NEO4J_PASSWORD=TEST_PASSWORD,
        GOVKG_NEO4J_HEAP="512m",
        GOVKG_NEO4J_PAGECACHE="64m",
    )
    return env


def run_govkg_neo4j(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """``govkg neo4j ARGS`` in a child process (the JVM it starts outlives that process, as from a shell)."""
    return subprocess.run(
        [sys.executable, "-m", "govkg.neo4j_local", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=COMMAND_TIMEOUT,
        check=False,
    )


def require_java() -> None:
    if shutil.which("java") is None:
        message = "java not found: the local Neo4j needs Java 17+ (and mvn for its first build)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="session")
def local_neo4j(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalNeo4j]:
    """The session's local Neo4j, running; stopped at the end of the session."""
    require_java()
    env = neo4j_env(tmp_path_factory.mktemp("neo4j-session"), free_port())
    server = LocalNeo4j(Settings.from_env(env), env)
    started = server.govkg_neo4j("start")
    if started.returncode != 0:
        server.govkg_neo4j("stop")
        pytest.fail(f"govkg neo4j start failed ({started.returncode}):\n{started.stdout}{started.stderr}")
    try:
        yield server
    finally:
        stopped = server.govkg_neo4j("stop")
        if stopped.returncode != 0:
            print(f"govkg neo4j stop failed:\n{stopped.stdout}{stopped.stderr}", file=sys.stderr)


@pytest.fixture
def neo4j_driver(local_neo4j: LocalNeo4j) -> Iterator[Driver]:
    """A driver connected to the session's local Neo4j (database ``local_neo4j.settings.neo4j_database``).

    One per test: a driver's bookmarks outlive a database that `govkg build --bulk --replace` swapped for one whose
    transaction ids start lower, and a later test would wait on them."""
    settings = local_neo4j.settings
    with GraphDatabase.driver(settings.neo4j_uri, auth=settings.auth) as driver:
        driver.verify_connectivity()
        yield driver
