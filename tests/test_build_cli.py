"""`govkg build` end to end against the session's Neo4j, bad fact files, and the deployment's compose file."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from graph_build.build import read_facts

pytest_plugins = ["neo4j_fixture", "graph_fixture"]
ROOT = Path(__file__).resolve().parent.parent

NOTICE = """稷山县人民政府办公室关于印发稷山县气象工作方案的通知

稷政办发〔2023〕40号

1.建设精密气象监测系统。（责任单位：县气象局、县市场监管局）

稷山县人民政府办公室

2023年7月5日
"""


def govkg(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "govkg.cli", *args], env=env, capture_output=True, text=True,
                          timeout=600, check=False, cwd=ROOT)


def test_build_command_loads_reports_and_is_idempotent(local_neo4j, empty_graph, tmp_path):
    (tmp_path / "notice.txt").write_text(NOTICE, encoding="utf-8")
    first = govkg(local_neo4j.env, "build", str(tmp_path))
    assert first.returncode == 0, first.stdout + first.stderr
    assert "1 loaded" in first.stdout and "RESPONSIBLE_FOR" in first.stdout and "Domain checks" in first.stdout
    again = govkg(local_neo4j.env, "build", str(tmp_path))
    assert "0 loaded, 1 unchanged" in again.stdout


def test_build_command_says_how_to_start_neo4j_when_it_is_down(tmp_path):
    env = {**os.environ, "NEO4J_URI": "bolt://127.0.0.1:1", "GOVKG_NEO4J_PORT": ""}
    (tmp_path / "notice.txt").write_text(NOTICE, encoding="utf-8")
    done = govkg(env, "build", str(tmp_path))
    assert done.returncode == 2
    assert "not reachable" in done.stdout and "govkg neo4j start" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr


def test_a_bad_facts_file_names_the_file_and_line(tmp_path):
    bad = tmp_path / "facts.jsonl"
    bad.write_text('{"type": "document", "id": "d", "source": "a.txt", "line": 1, "issuer": null, "date": null}\n'
                   '{"type": "membership"}\n',
                   encoding="utf-8")
    with pytest.raises(ValueError, match=r"facts.jsonl:2: not a govkg fact \(missing id, source, line\)"):
        read_facts(bad)


def test_docker_compose_file_is_valid():
    compose = shutil.which("docker-compose")
    if compose is None:
        if os.environ.get("CI"):
            pytest.fail("docker-compose not installed (scripts/install-system-deps.sh installs it)")
        pytest.skip("docker-compose not installed")
    done = subprocess.run([compose, "-f", str(ROOT / "docker-compose.yml"), "config", "-q"], capture_output=True,
                          text=True, check=False, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    text = (ROOT / "docker-compose.yml").read_text(encoding="utf-8")
    assert "neo4j:5.26-community" in text and "service_completed_successfully" in text and "8501" in text
