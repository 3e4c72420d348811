"""``python -m govkg.dashboard_server run dashboard/app.py …``: ``streamlit run``, with the libraries the pages need
imported before the server starts listening.

Streamlit imports nothing of the app until the first visitor's session runs its script: that visitor would wait
for pandas, pyarrow, the Neo4j driver, Altair, networkx and pyvis (about 1 s on a 2-core box) on top of the
page's queries. Imported here, they are in ``sys.modules`` when the first script runs. Only third-party libraries
are imported: the dashboard's own modules make Streamlit caches, which must be made inside the server's runtime.
``govkg dashboard`` serves the dashboard this way.
"""

from __future__ import annotations

import importlib
import runpy
import sys

PRELOAD = ("pandas", "pyarrow", "neo4j", "altair", "networkx", "pyvis.network", "jinja2")


def preload(names: tuple[str, ...] = PRELOAD) -> None:
    for name in names:
        importlib.import_module(name)


def main(argv: list[str] | None = None) -> None:
    """Import ``PRELOAD``, then run Streamlit's command line with ``argv`` (``run SCRIPT [options]``)."""
    preload()
    sys.argv = ["streamlit", *(sys.argv[1:] if argv is None else argv)]
    runpy.run_module("streamlit", run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
