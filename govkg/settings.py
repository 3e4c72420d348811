"""govkg's settings, read from the environment (see ``.env.example``).

The same variables point the tools at the project's own local Neo4j (``govkg neo4j start``) or at any other
Neo4j: a docker compose service, a server elsewhere, Aura (``neo4j+s://…``). Only a ``bolt://`` or ``neo4j://``
URI on ``127.0.0.1`` or ``localhost`` counts as the local server that ``govkg neo4j`` may start and stop.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit

DEFAULT_PORT = 7687
DEFAULT_URI = f"bolt://127.0.0.1:{DEFAULT_PORT}"
DEFAULT_PASSWORD = "govkg-local"
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost"})
PLAIN_SCHEMES = frozenset({"bolt", "neo4j"})
SCHEMES = frozenset({"bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"})
MIN_PASSWORD_LENGTH = 8  # Neo4j's dbms.security.auth_minimum_password_length
_SIZE = re.compile(r"^[1-9][0-9]*[kmg]?$", re.IGNORECASE)


class SettingsError(ValueError):
    """A setting is missing, malformed or contradicts another one."""


@dataclass(frozen=True)
class Settings:
    """Where the graph lives and how to reach it.

    ``neo4j_port`` (the URI's port), ``neo4j_heap`` and ``neo4j_pagecache`` concern only the local server.
    """

    neo4j_uri: str = DEFAULT_URI
    neo4j_user: str = "neo4j"
    neo4j_password: str = field(default=DEFAULT_PASSWORD, repr=False)
    neo4j_database: str = "neo4j"
    data_dir: Path = Path("var")
    neo4j_heap: str = "1g"
    neo4j_pagecache: str = "128m"

    def __post_init__(self) -> None:
        parts = urlsplit(self.neo4j_uri)
        if parts.scheme not in SCHEMES or not parts.hostname:
            raise SettingsError(
                f"NEO4J_URI={self.neo4j_uri!r} is not a Neo4j URI (expected e.g. {DEFAULT_URI} or neo4j+s://HOST)"
            )
        try:
            port = parts.port  # raises ValueError when out of range
        except ValueError as exc:
            raise SettingsError(f"NEO4J_URI={self.neo4j_uri!r} has a bad port") from exc
        if port == 0:
            raise SettingsError(f"NEO4J_URI={self.neo4j_uri!r} has a bad port")
        for name, value in (("GOVKG_NEO4J_HEAP", self.neo4j_heap), ("GOVKG_NEO4J_PAGECACHE", self.neo4j_pagecache)):
            if not _SIZE.match(value):
                raise SettingsError(f"{name}={value!r} is not a size such as 512m or 1g")
        if not self.neo4j_user:
            raise SettingsError("NEO4J_USER is empty")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Read the settings from ``environ`` (default: ``os.environ``); empty values count as unset.

        GOVKG_NEO4J_PORT alone gives ``bolt://127.0.0.1:PORT``; a local NEO4J_URI alone gives its port.
        """
        env = os.environ if environ is None else environ

        def get(name: str) -> str | None:
            value = env.get(name, "").strip()
            return value or None

        port_text = get("GOVKG_NEO4J_PORT")
        port: int | None = None
        if port_text is not None:
            try:
                port = int(port_text)
            except ValueError as exc:
                raise SettingsError(f"GOVKG_NEO4J_PORT={port_text!r} is not a port number") from exc
            _check_port(port, "GOVKG_NEO4J_PORT")
        uri = get("NEO4J_URI") or f"bolt://127.0.0.1:{port or DEFAULT_PORT}"
        settings = cls(
            neo4j_uri=uri,
            neo4j_user=get("NEO4J_USER") or "neo4j",
            neo4j_password=get("NEO4J_PASSWORD") or DEFAULT_PASSWORD,
            neo4j_database=get("NEO4J_DATABASE") or "neo4j",
            data_dir=Path(get("GOVKG_DATA_DIR") or "var"),
            neo4j_heap=get("GOVKG_NEO4J_HEAP") or "1g",
            neo4j_pagecache=get("GOVKG_NEO4J_PAGECACHE") or "128m",
        )
        if port is not None and settings.is_local and settings.neo4j_port != port:
            raise SettingsError(f"NEO4J_URI={uri} and GOVKG_NEO4J_PORT={port} name different ports")
        return settings

    def with_port(self, port: int) -> Settings:
        """The same settings with the local server on ``port`` (the URI follows)."""
        _check_port(port, "--port")
        if not self.is_local:
            raise SettingsError(f"--port applies to the local Neo4j only; NEO4J_URI is {self.neo4j_uri}")
        parts = urlsplit(self.neo4j_uri)
        netloc = f"{parts.hostname}:{port}"
        return replace(self, neo4j_uri=parts._replace(netloc=netloc).geturl())

    @property
    def neo4j_port(self) -> int:
        """The port of NEO4J_URI (7687 when it names none): where the local server listens."""
        return urlsplit(self.neo4j_uri).port or DEFAULT_PORT

    @property
    def is_local(self) -> bool:
        """True when NEO4J_URI names the project's own server: plain Bolt on 127.0.0.1/localhost."""
        return _is_local_uri(self.neo4j_uri)

    @property
    def auth(self) -> tuple[str, str]:
        return (self.neo4j_user, self.neo4j_password)

    @property
    def neo4j_home(self) -> Path:
        """The local server's folder: its data, its logs, its pid and log files."""
        return self.data_dir / "neo4j"


def _is_local_uri(uri: str) -> bool:
    parts = urlsplit(uri)
    return parts.scheme in PLAIN_SCHEMES and (parts.hostname or "").lower() in LOCAL_HOSTS


def _check_port(port: int, name: str) -> None:
    if not 0 < port < 65536:
        raise SettingsError(f"{name}={port} is not a TCP port (1-65535)")
