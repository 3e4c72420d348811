"""The project's own Neo4j: start, stop and check it (``govkg neo4j start|stop|status``).

The server is Neo4j Community 5.26 embedded in a small JVM (``neo4j_server/``, built once with Maven into
``neo4j_server/target``), with only Bolt open, on 127.0.0.1. Everything it writes lives in
``<GOVKG_DATA_DIR>/neo4j/``: the store (``data/``), Neo4j's own logs (``logs/debug.log``), and the launcher's
``govkg-neo4j.pid`` and ``govkg-neo4j.log`` (the JVM's output; the previous one is kept as ``.log.1``).

For a NEO4J_URI that is not local (docker compose, another host, Aura) ``status`` only checks that Bolt answers,
and ``start``/``stop`` refuse: that server is managed elsewhere.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from govkg.settings import MIN_PASSWORD_LENGTH, Settings, SettingsError

SERVER_DIR = Path(__file__).resolve().parent.parent / "neo4j_server"
MAIN_CLASS = "govkg.neo4j.GovkgNeo4j"
BUILD_STAMP = "target/govkg-build.stamp"  # also written by `make neo4j-jars`
READY_MARK = "govkg-neo4j: ready"
MIN_JAVA = 17
START_TIMEOUT = 120.0
STOP_TIMEOUT = 30.0
BUILD_TIMEOUT = 1800.0

Progress = Callable[[str], None]


class Neo4jLocalError(RuntimeError):
    """The local Neo4j could not be started, stopped or reached; the message says why and what to do."""


@dataclass(frozen=True)
class Status:
    """What ``status`` (and ``start``/``stop``) found.

    ``running``: for the local server, its JVM is alive; for a remote one, Bolt answers.
    ``answers``: Bolt accepted our login; ``detail``: the server's agent, or why it did not answer.
    """

    uri: str
    local: bool
    running: bool
    answers: bool
    pid: int | None = None
    detail: str = ""
    home: Path | None = None
    note: str = ""

    @property
    def exit_code(self) -> int:
        """0: Bolt answers; 3: the local server is stopped; 1: anything else (running but not answering…)."""
        if self.answers:
            return 0
        return 3 if self.local and not self.running else 1

    def describe(self) -> str:
        where = f"{self.uri} (data {self.home})" if self.home else self.uri
        if not self.local:
            state = f"remote Neo4j at {where}: " + (f"answers ({self.detail})" if self.answers else "does not answer")
            if not self.answers and self.detail:
                state += f": {self.detail}"
        elif self.running:
            bolt = f"Bolt answers ({self.detail})" if self.answers else f"Bolt does not answer: {self.detail}"
            state = f"running, pid {self.pid}, {where}; {bolt}"
        else:
            state = f"stopped, {where}" + (f"; {self.detail}" if self.detail else "")
        return f"neo4j: {self.note + '; ' if self.note else ''}{state}"


@dataclass(frozen=True)
class _Files:
    home: Path
    pid: Path
    log: Path
    lock: Path

    @classmethod
    def of(cls, settings: Settings) -> _Files:
        home = settings.neo4j_home.resolve()
        return cls(home, home / "govkg-neo4j.pid", home / "govkg-neo4j.log", home / ".govkg-neo4j.lock")


# ---------------------------------------------------------------------------------------------------- commands


def status(settings: Settings) -> Status:
    """Is the server there, and does Bolt answer? Never starts or stops anything."""
    if not settings.is_local:
        answers, detail = check_bolt(settings)
        return Status(settings.neo4j_uri, local=False, running=answers, answers=answers, detail=detail)
    files = _Files.of(settings)
    pid = _server_pid(files)
    if pid is None:
        detail = ""
        if _port_open(settings.neo4j_port):
            detail = f"but port {settings.neo4j_port} is answering: another process (not this data folder's server)"
        return Status(settings.neo4j_uri, local=True, running=False, answers=False, home=files.home, detail=detail)
    answers, detail = check_bolt(settings)
    port = _server_port(pid)
    if not answers and port not in (None, settings.neo4j_port):
        detail = f"it listens on port {port}, not {settings.neo4j_port}"
    return Status(settings.neo4j_uri, True, running=True, answers=answers, pid=pid, detail=detail, home=files.home)


def start(
    settings: Settings,
    *,
    timeout: float = START_TIMEOUT,
    server_dir: Path = SERVER_DIR,
    progress: Progress | None = None,
) -> Status:
    """Start the local server in the background and wait until Bolt answers; idempotent.

    Builds the Java side first if ``neo4j_server/target`` is missing or older than its sources (the first
    build downloads ~125 MB through Maven). Raises :class:`Neo4jLocalError` with the reason (and the tail of
    the log when the JVM failed).
    """
    say = progress or _quiet
    _refuse_remote(settings, "start")
    if len(settings.neo4j_password) < MIN_PASSWORD_LENGTH:
        raise Neo4jLocalError(f"NEO4J_PASSWORD must have at least {MIN_PASSWORD_LENGTH} characters (Neo4j's rule)")
    files = _Files.of(settings)
    files.home.mkdir(parents=True, exist_ok=True)
    with _locked(files):
        pid = _server_pid(files)
        if pid is not None:
            port = _server_port(pid)
            if port not in (None, settings.neo4j_port):
                raise Neo4jLocalError(
                    f"the local Neo4j of {files.home} is already running on port {port} (pid {pid}), not on "
                    f"{settings.neo4j_port}; `govkg neo4j stop` first to move it"
                )
            started = time.monotonic()
            _wait_ready(settings, files, pid, timeout, proc=None)
            return _ready_status(settings, files, pid, "already running", started, waited=False)
        if _port_open(settings.neo4j_port):
            raise Neo4jLocalError(
                f"port {settings.neo4j_port} on 127.0.0.1 is taken by another process (not the govkg Neo4j of "
                f"{files.home}); stop it, or pick a free port with --port N or GOVKG_NEO4J_PORT"
            )
        java = find_java()
        classpath = ensure_built(server_dir, say)
        started = time.monotonic()
        proc = _launch(settings, files, java, classpath, server_dir)
        say(f"neo4j: starting (pid {proc.pid}), log {files.log}")
        try:
            _wait_ready(settings, files, proc.pid, timeout, proc=proc)
        except BaseException:
            _terminate(proc.pid, STOP_TIMEOUT, proc)
            files.pid.unlink(missing_ok=True)
            raise
        return _ready_status(settings, files, proc.pid, "started", started, waited=True)


def stop(settings: Settings, *, timeout: float = STOP_TIMEOUT) -> Status:
    """SIGTERM the local server and wait for it (SIGKILL after ``timeout`` seconds); idempotent."""
    _refuse_remote(settings, "stop")
    files = _Files.of(settings)
    if not files.home.is_dir():
        return Status(settings.neo4j_uri, True, running=False, answers=False, home=files.home, note="not running")
    with _locked(files):
        pid = _server_pid(files)
        if pid is None:
            return Status(settings.neo4j_uri, True, running=False, answers=False, home=files.home, note="not running")
        started = time.monotonic()
        killed = _terminate(pid, timeout, None)
        files.pid.unlink(missing_ok=True)
    how = f"killed pid {pid} after {timeout:.0f} s" if killed else f"stopped pid {pid} in {_since(started)}"
    return Status(settings.neo4j_uri, True, running=False, answers=False, home=files.home, note=how)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of ``govkg neo4j`` (also ``python -m govkg.neo4j_local``)."""
    parser.add_argument("action", choices=["start", "stop", "status"])
    parser.add_argument("--port", type=int, help="Bolt port of the local Neo4j (default: GOVKG_NEO4J_PORT or 7687)")


def command(args: argparse.Namespace) -> int:
    """Run ``govkg neo4j`` with parsed arguments; exit status 0 ok, 1 error, 3 (status) stopped."""
    return run_cli(args.action, port=args.port)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m govkg.neo4j_local start|stop|status [--port N]``: the same as ``govkg neo4j``."""
    parser = argparse.ArgumentParser(prog="govkg neo4j", description="The project's local Neo4j.")
    add_arguments(parser)
    return command(parser.parse_args(argv))


def run_cli(action: str, *, port: int | None = None) -> int:
    """``govkg neo4j ACTION [--port N]``: settings from the environment, messages to stdout/stderr."""
    try:
        settings = Settings.from_env()
        if port is not None:
            settings = settings.with_port(port)
        if action == "start":
            result = start(settings, progress=lambda message: print(message, file=sys.stderr, flush=True))
        elif action == "stop":
            result = stop(settings)
        elif action == "status":
            result = status(settings)
        else:
            raise Neo4jLocalError(f"unknown action {action!r} (start, stop or status)")
    except (SettingsError, Neo4jLocalError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(result.describe())
    return 0 if action == "stop" else result.exit_code


# ---------------------------------------------------------------------------------------------------- Bolt


def check_bolt(settings: Settings, *, connection_timeout: float = 3.0) -> tuple[bool, str]:
    """(True, server agent) when Bolt answers and accepts our login, else (False, why not)."""
    from neo4j import GraphDatabase
    from neo4j.exceptions import DriverError, Neo4jError

    try:
        with GraphDatabase.driver(
            settings.neo4j_uri,
            auth=settings.auth,
            connection_timeout=connection_timeout,
            connection_acquisition_timeout=connection_timeout * 2,
            max_connection_pool_size=1,
        ) as driver:
            driver.verify_connectivity()
            info = driver.get_server_info()
            return True, f"{info.agent}, Bolt {'.'.join(map(str, info.protocol_version))}"
    except (DriverError, Neo4jError, OSError, ValueError) as exc:
        return False, " ".join(f"{type(exc).__name__}: {exc}".split())[:300]


def _wait_ready(
    settings: Settings, files: _Files, pid: int, timeout: float, proc: subprocess.Popen[bytes] | None
) -> None:
    """Wait for the JVM's ready line, then for Bolt to accept our login (bounded retry loop).

    Bolt is not tried before the ready line: until the JVM has set the password a login would fail, and
    Neo4j locks a user out for a while after a few failed logins.
    """
    deadline = time.monotonic() + timeout
    delay = 0.2
    last = "no answer yet"
    while True:
        if not _alive(pid, proc):
            reason = _log_errors(files.log)
            raise Neo4jLocalError(
                f"Neo4j exited during start-up (pid {pid}){': ' + reason if reason else ''}\n"
                f"the end of {files.log}:\n{_tail(files.log)}"
            )
        if _log_says_ready(files.log):
            ok, last = check_bolt(settings, connection_timeout=2.0)
            if ok:
                return
            if "AuthError" in last or "Unauthorized" in last:
                raise Neo4jLocalError(
                    f"Bolt answers on {settings.neo4j_uri} but refused the login of {settings.neo4j_user!r} ({last}); "
                    "the server sets NEO4J_PASSWORD when it starts: after changing it, `govkg neo4j stop` and start"
                )
        if time.monotonic() >= deadline:
            raise Neo4jLocalError(
                f"Neo4j (pid {pid}) did not answer on {settings.neo4j_uri} within {timeout:.0f} s ({last}); "
                f"the end of {files.log}:\n{_tail(files.log)}"
            )
        time.sleep(delay)
        delay = min(delay * 1.5, 0.5)


def _ready_status(settings: Settings, files: _Files, pid: int, note: str, since: float, *, waited: bool) -> Status:
    answers, detail = check_bolt(settings)
    if waited:
        note = f"{note} in {_since(since)}"
    return Status(settings.neo4j_uri, True, True, answers, pid=pid, detail=detail, home=files.home, note=note)


# ---------------------------------------------------------------------------------------------------- Java side


def find_java() -> str:
    """The ``java`` on PATH (or in $JAVA_HOME), checked to be Java 17 or newer."""
    java_home = os.environ.get("JAVA_HOME")
    candidate = Path(java_home, "bin", "java") if java_home else None
    java = str(candidate) if candidate and candidate.is_file() else shutil.which("java")
    if java is None:
        raise Neo4jLocalError(
            f"java not found: the local Neo4j needs a Java {MIN_JAVA}+ runtime "
            "(Debian/Ubuntu: apt-get install openjdk-17-jre-headless), or set NEO4J_URI to a Neo4j elsewhere"
        )
    out = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=60, check=False)
    match = re.search(r'version "(\d+)(?:\.(\d+))?', out.stderr + out.stdout)
    if match:
        major = int(match.group(1))
        if major == 1 and match.group(2):  # "1.8.0_392" is Java 8
            major = int(match.group(2))
        if major < MIN_JAVA:
            raise Neo4jLocalError(
                f"{java} is Java {major}; Neo4j 5.26 needs Java {MIN_JAVA}+ (openjdk-17-jre-headless)"
            )
    return java


def ensure_built(server_dir: Path = SERVER_DIR, progress: Progress | None = None) -> str:
    """Build ``neo4j_server`` with Maven unless its build is up to date; return the JVM classpath."""
    say = progress or _quiet
    target = server_dir / "target"
    stamp = server_dir / BUILD_STAMP
    sources = [server_dir / "pom.xml", *sorted((server_dir / "src").rglob("*.java"))]
    if not sources[0].is_file():
        raise Neo4jLocalError(f"{sources[0]} not found: the Java side of the local Neo4j is missing")
    fresh = stamp.is_file() and all(src.stat().st_mtime <= stamp.stat().st_mtime for src in sources)
    if not (fresh and any((target / "lib").glob("neo4j-5*.jar"))):
        mvn = shutil.which("mvn")
        if mvn is None:
            raise Neo4jLocalError(
                "mvn not found: building the local Neo4j needs Maven 3.8+ and a JDK 17+ "
                "(Debian/Ubuntu: apt-get install maven openjdk-17-jdk-headless); `make neo4j-jars` builds it"
            )
        say(f"neo4j: building {server_dir.name} with Maven (the first build downloads ~125 MB once)")
        started = time.monotonic()
        cmd = [mvn, "-q", "-B", "-f", str(server_dir / "pom.xml"), "compile"]
        try:
            out = subprocess.run(cmd, capture_output=True, text=True, timeout=BUILD_TIMEOUT, check=False)
        except subprocess.TimeoutExpired as exc:
            raise Neo4jLocalError(f"`{' '.join(cmd)}` took longer than {BUILD_TIMEOUT:.0f} s") from exc
        if out.returncode != 0:
            tail = "\n".join((out.stdout + out.stderr).strip().splitlines()[-30:])
            raise Neo4jLocalError(f"`{' '.join(cmd)}` failed (exit {out.returncode}):\n{tail}")
        stamp.touch()
        say(f"neo4j: built in {_since(started)}")
    return os.pathsep.join([str(target / "classes"), str(target / "lib" / "*")])


def _launch(settings: Settings, files: _Files, java: str, classpath: str, server_dir: Path) -> subprocess.Popen[bytes]:
    if files.log.exists():
        files.log.replace(files.log.with_name(files.log.name + ".1"))
    cmd = [
        java,
        f"@{server_dir / 'jvm.options'}",
        f"-Xms{_min_size(settings.neo4j_heap, '256m')}",
        f"-Xmx{settings.neo4j_heap}",
        "-cp",
        classpath,
        MAIN_CLASS,
        "--home",
        str(files.home),
        "--host",
        "127.0.0.1",
        "--port",
        str(settings.neo4j_port),
        "--pagecache",
        settings.neo4j_pagecache,
    ]
    # The password goes through the environment, not the command line that `ps` shows.
    env = {**os.environ, "NEO4J_USER": settings.neo4j_user, "NEO4J_PASSWORD": settings.neo4j_password}
    with open(files.log, "wb") as log:
        proc = subprocess.Popen(
            cmd,
            cwd=files.home,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # not killed by the terminal's Ctrl-C after `govkg neo4j start` returns
        )
    files.pid.write_text(f"{proc.pid}\n", encoding="utf-8")
    return proc


# ---------------------------------------------------------------------------------------------------- processes


def _server_pid(files: _Files) -> int | None:
    """The pid in the pid file if that process is alive and is this data folder's server; else clear the file."""
    try:
        pid = int(files.pid.read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return None
    cmdline = _cmdline(pid) if _alive(pid, None) else None
    if cmdline is not None and MAIN_CLASS in cmdline and str(files.home) in cmdline:
        return pid
    files.pid.unlink(missing_ok=True)  # stale: the server died, or the pid now belongs to another process
    return None


def _server_port(pid: int) -> int | None:
    """The --port the server's JVM was started with."""
    match = re.search(r" --port (\d+)", _cmdline(pid) or "")
    return int(match.group(1)) if match else None


def _alive(pid: int, proc: subprocess.Popen[bytes] | None) -> bool:
    if proc is not None:
        return proc.poll() is None
    with contextlib.suppress(ChildProcessError):
        if os.waitpid(pid, os.WNOHANG)[0] == pid:  # our own child that has exited: reap it
            return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a zombie still answers kill(0)
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8")
    except OSError:
        return True
    return stat.rpartition(")")[2].split()[:1] != ["Z"]


def _cmdline(pid: int) -> str | None:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except FileNotFoundError:
        if Path("/proc/self").exists():
            return None
    except OSError:
        return None
    out = subprocess.run(["ps", "-o", "command=", "-p", str(pid)], capture_output=True, text=True, check=False)
    return out.stdout.strip() or None


def _terminate(pid: int, timeout: float, proc: subprocess.Popen[bytes] | None) -> bool:
    """SIGTERM, wait up to ``timeout`` s, then SIGKILL. True when it had to be killed."""
    if not _signal(pid, signal.SIGTERM):
        return False
    if _wait_exit(pid, timeout, proc):
        return False
    _signal(pid, signal.SIGKILL)
    if not _wait_exit(pid, 10.0, proc):
        raise Neo4jLocalError(f"pid {pid} survived SIGKILL")
    return True


def _signal(pid: int, sig: signal.Signals) -> bool:
    try:
        os.kill(pid, sig)
    except ProcessLookupError:
        return False
    return True


def _wait_exit(pid: int, timeout: float, proc: subprocess.Popen[bytes] | None) -> bool:
    deadline = time.monotonic() + timeout
    while _alive(pid, proc):
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)
    return True


@contextlib.contextmanager
def _locked(files: _Files) -> Iterator[None]:
    """One start/stop at a time per data folder."""
    with open(files.lock, "w", encoding="utf-8") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


# ---------------------------------------------------------------------------------------------------- helpers


def _refuse_remote(settings: Settings, verb: str) -> None:
    if settings.is_local:
        return
    host = urlsplit(settings.neo4j_uri).hostname
    raise Neo4jLocalError(
        f"NEO4J_URI is {settings.neo4j_uri}: not the project's local Neo4j (plain bolt:// or neo4j:// on "
        f"127.0.0.1 or localhost), so there is nothing here to {verb}; that server is managed where it runs "
        f"({host}). `govkg neo4j status` checks that it answers."
    )


def _port_open(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _log_says_ready(log: Path) -> bool:
    try:
        return READY_MARK in log.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False


def _log_errors(log: Path) -> str:
    """The launcher's own error lines (the reason Neo4j did not start), without their timestamps."""
    try:
        lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    return "; ".join(line.partition("govkg-neo4j: error: ")[2] for line in lines if "govkg-neo4j: error: " in line)


def _tail(path: Path, lines: int = 15) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        return f"(cannot read {path}: {exc})"
    return "\n".join("  " + line for line in text.rstrip().splitlines()[-lines:]) or "  (empty)"


def _min_size(a: str, b: str) -> str:
    units = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}

    def size(text: str) -> int:
        return int(text.rstrip("kKmMgG")) * units[text[-1].lower() if text[-1].isalpha() else ""]

    return a if size(a) <= size(b) else b


def _since(started: float) -> str:
    return f"{time.monotonic() - started:.1f} s"


def _quiet(_message: str) -> None:
    pass


if __name__ == "__main__":
    sys.exit(main())
