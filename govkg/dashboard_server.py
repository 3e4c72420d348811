"""``python -m govkg.dashboard_server run dashboard/app.py …``: ``streamlit run``, with the libraries the pages need
imported, and the named queries planned by Neo4j, before the server starts listening.

Streamlit imports nothing of the app until the first visitor's session runs its script: that visitor would wait
for pandas, pyarrow, the Neo4j driver, Altair, networkx and pyvis (about 1 s on a 2-core box) on top of the
page's queries. Imported here, they are in ``sys.modules`` when the first script runs. Only third-party libraries
are imported: the dashboard's own modules make Streamlit caches, which must be made inside the server's runtime.

Neo4j plans a query the first time it sees its text (0.1–0.9 s each on a 2-core box, 2.4 s for the review queue),
and forgets its plans when it restarts or after a build has changed the graph a lot; right after a restart even a
planned query's first run is slow. Every named query is run here with values the graph holds
(``queries.registry.prepare``, ``queries.samples``), so the first visitor after a start finds them planned and
warm; a Neo4j that cannot be reached is skipped (the pages say what is wrong). ``govkg dashboard`` serves the
dashboard this way.
"""

from __future__ import annotations

import importlib
import runpy
import sys
import time

PRELOAD = ("pandas", "pyarrow", "neo4j", "altair", "networkx", "pyvis.network", "jinja2")


def preload(names: tuple[str, ...] = PRELOAD) -> None:
    for name in names:
        importlib.import_module(name)


def prepare_queries() -> str:
    """Have the Neo4j of the settings plan every named query; says what was done, or why not."""
    from neo4j import GraphDatabase
    from neo4j.exceptions import DriverError, Neo4jError

    from govkg.settings import Settings, SettingsError
    from queries.registry import prepare

    start = time.monotonic()
    try:
        settings = Settings.from_env()
        with GraphDatabase.driver(settings.neo4j_uri, auth=settings.auth, connection_timeout=5.0,
                                  max_transaction_retry_time=2.0) as driver:
            driver.verify_connectivity()
            failed = prepare(driver, settings.neo4j_database)
    except (SettingsError, DriverError, Neo4jError, OSError) as exc:
        return f"queries not planned ahead ({type(exc).__name__}): the first visits plan them"
    done = f"named queries planned by Neo4j in {time.monotonic() - start:.1f} s"
    return done + (f"; could not run: {', '.join(failed)}" if failed else "")


def main(argv: list[str] | None = None) -> None:
    """Import ``PRELOAD``, have Neo4j plan the named queries, then run Streamlit's command line with ``argv``
    (``run SCRIPT [options]``)."""
    preload()
    print(f"govkg dashboard: {prepare_queries()}", file=sys.stderr, flush=True)
    sys.argv = ["streamlit", *(sys.argv[1:] if argv is None else argv)]
    runpy.run_module("streamlit", run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
