"""How long each dashboard page takes to render on the demo graph (Streamlit AppTest runs; target < 2 s each).

    python benchmarks/dashboard_render.py [--repeat 3]

Needs a running Neo4j holding the graph (``govkg neo4j start`` and ``govkg build ../shared/corpus``; NEO4J_URI
etc. point elsewhere). Read-only. For each page: ``cold`` is the first render with empty caches (every query
runs), ``warm`` the best of ``--repeat`` renders of a fresh session with the results cached (what a second
visitor sees). The time is the script run on the server, not the browser drawing it.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import streamlit as st
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "dashboard" / "app.py"
TARGET = 2.0
# (page file, query string): each page as a shared URL would open it on the demo graph.
PAGES = (
    ("views/overview.py", {}),
    ("views/search.py", {"q": "水利局"}),
    ("views/agency.py", {"id": "agency:稷山县:水利局"}),
    ("views/person.py", {"id": "person:稷山县:南选智"}),
    ("views/as_of.py", {"county": "稷山县", "date": "2023-08-01"}),
    ("views/shared_duties.py", {}),
    ("views/accountability.py", {"id": "task:ass-de8e9901430ca838"}),
    ("views/taskforces.py", {"id": "taskforce:稷山县:一泓清水入黄河工作专班"}),
    ("views/explorer.py", {"id": "agency:稷山县:水利局"}),
    ("views/export.py", {"id": "agency:稷山县:水利局"}),
    ("views/console.py", {}),
)


def render(page: str, query: dict[str, str], cold: bool) -> tuple[float, list[str]]:
    """Seconds to run ``page`` in a fresh session (after the app's first run), and any problems shown."""
    at = AppTest.from_file(str(APP), default_timeout=300)
    at.run()
    if cold:
        st.cache_data.clear()
    at.switch_page(page)
    at.query_params.update(query)
    started = time.perf_counter()
    at.run()
    elapsed = time.perf_counter() - started
    problems = [e.message for e in at.exception] + [str(e.value) for e in at.error]
    return elapsed, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="warm renders per page (the best is reported)")
    args = parser.parse_args(argv)
    AppTest.from_file(str(APP), default_timeout=300).run()  # imports and the connection, outside the timings
    print(f"{'page':<28}{'cold s':>8}{'warm s':>8}  ")
    slow = 0
    for page, query in PAGES:
        cold, problems = render(page, query, cold=True)
        warm = min(render(page, query, cold=False)[0] for _ in range(max(args.repeat, 1)))
        flag = "" if cold < TARGET else f"  over {TARGET:.0f} s"
        slow += cold >= TARGET
        print(f"{page:<28}{cold:>8.2f}{warm:>8.2f}{flag}")
        for problem in problems:
            print(f"    problem: {problem.splitlines()[0][:150]}")
    print(f"target: every page under {TARGET:.0f} s cold; {slow} over")
    return 0


if __name__ == "__main__":
    sys.exit(main())
