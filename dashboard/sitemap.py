"""The dashboard's pages: file, URL path, icon and menu section of each (no Streamlit here: the server reads the URL
paths before any script runs, ``dashboard/assets.py``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageSpec:
    key: str
    file: str
    url_path: str
    icon: str
    section: str


PAGES: tuple[PageSpec, ...] = (
    PageSpec("overview", "views/overview.py", "overview", ":material/dashboard:", "browse"),
    PageSpec("search", "views/search.py", "search", ":material/search:", "browse"),
    PageSpec("agency", "views/agency.py", "agency", ":material/account_balance:", "browse"),
    PageSpec("person", "views/person.py", "person", ":material/person:", "browse"),
    PageSpec("as_of", "views/as_of.py", "as-of", ":material/calendar_month:", "browse"),
    PageSpec("shared", "views/shared_duties.py", "shared-duties", ":material/grid_on:", "analyse"),
    PageSpec("chain", "views/accountability.py", "accountability", ":material/account_tree:", "analyse"),
    PageSpec("taskforces", "views/taskforces.py", "task-forces", ":material/groups:", "analyse"),
    PageSpec("explorer", "views/explorer.py", "graph", ":material/hub:", "tools"),
    PageSpec("export", "views/export.py", "export", ":material/download:", "tools"),
    PageSpec("console", "views/console.py", "cypher", ":material/terminal:", "tools"),
)
REVIEW_URL_PATH = "review"  # the review queue's page (``govkg dashboard --review``, dashboard/review_mode.py)
