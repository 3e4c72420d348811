"""What a browser fetches before a page can draw, answered from memory, ahead of Streamlit's own handlers.

A fresh browser opening a page fetches some hundred of Streamlit's JavaScript chunks, stylesheets and fonts, six at
a time, and the chunks of each kind of element only once the page's elements have arrived. Streamlit's handler for
them (Starlette's ``StaticFiles`` behind its middleware) stats and reads every file in worker threads; ``Assets``
keeps each file in memory once read (they carry a hash in their name and never change while the server runs) and
answers it in one step: less than half the server's CPU time for a first visit (the agency page: 0.26 s → 0.11 s on
a busy 2-core box).

It also answers a page's address (``/``, ``/agency`` …) with Streamlit's ``index.html`` plus one line telling the
frontend where the server is (``window.__streamlit.BACKEND_BASE_URL``, Streamlit's setting for pages served from
elsewhere). Without it, the frontend opened at ``/agency`` first looks for the server at
``/agency/_stcore/health``, and after that fails waits 0.1 s before it tries ``/``.

Everything else (the websocket, ``/_stcore/…``, ``/app/static/…``, components, media, any other method or path)
goes to Streamlit as before. ``dashboard/serve.py`` installs this as the dashboard's first middleware.
"""

from __future__ import annotations

import json
import mimetypes
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ASSET_DIRS = ("static/js", "static/css", "static/media")  # under Streamlit's static folder; names carry a hash
ASSET_HEADERS = [(b"cache-control", b"public, immutable, max-age=31536000")]  # as Streamlit sends them
PAGE_HEADERS = [(b"content-type", b"text/html; charset=utf-8"), (b"cache-control", b"no-cache")]
# Where the server is: the page's address without the page's own URL path (so also behind a proxy's prefix).
BASE_SCRIPT = """<script>(() => {
  const pages = %s, parts = location.pathname.replace(/\\/+$/, "").split("/");
  if (pages.includes(parts[parts.length - 1])) parts.pop();
  window.__streamlit = {...window.__streamlit, BACKEND_BASE_URL: location.origin + parts.join("/") + "/"};
})();</script>
"""

Response = tuple[bytes, list[tuple[bytes, bytes]]]


def page_html(index_html: str, url_paths: Iterable[str]) -> str:
    """Streamlit's index.html with ``BASE_SCRIPT`` before its first script."""
    at = index_html.index("<script")
    return index_html[:at] + BASE_SCRIPT % json.dumps(sorted(url_paths)) + index_html[at:]


def asset_files(static_dir: Path, prefix: str = "") -> dict[str, Path]:
    """URL path → file, for every file of ``ASSET_DIRS`` (``prefix``: the server's base URL path, as ``/base``)."""
    return {f"{prefix}/{sub}/{path.name}": path for sub in ASSET_DIRS if (static_dir / sub).is_dir()
            for path in sorted((static_dir / sub).iterdir()) if path.is_file()}


def page_paths(url_paths: Iterable[str], prefix: str = "") -> set[str]:
    """The addresses at which Streamlit would answer ``index.html`` for the dashboard's pages."""
    return {prefix or "/", f"{prefix}/", *(f"{prefix}/{p}" for p in url_paths)}


class Assets:
    """ASGI middleware: ``GET`` of a Streamlit asset or of a page's address answered from memory; anything else
    passed to ``app``."""

    def __init__(self, app: Any, url_paths: Iterable[str], static_dir: Path | None = None,
                 prefix: str | None = None) -> None:
        from streamlit import config, file_util

        self.app = app
        static = static_dir or Path(file_util.get_static_dir())
        if prefix is None:
            base = str(config.get_option("server.baseUrlPath") or "").strip("/")
            prefix = f"/{base}" if base else ""
        self.files = asset_files(static, prefix)
        self.loaded: dict[str, Response] = {}
        url_paths = list(url_paths)
        html = page_html((static / "index.html").read_text(encoding="utf-8"), url_paths).encode("utf-8")
        page = (html, [*PAGE_HEADERS, (b"content-length", str(len(html)).encode())])
        for path in page_paths(url_paths, prefix):
            self.loaded[path] = page

    def response(self, path: str) -> Response | None:
        found = self.loaded.get(path)
        if found is None and path in self.files:
            file = self.files[path]
            body = file.read_bytes()
            kind = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
            found = (body, [(b"content-type", kind.encode()), (b"content-length", str(len(body)).encode()),
                            *ASSET_HEADERS])
            self.loaded[path] = found
        return found

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        found = self.response(scope["path"]) if scope["type"] == "http" and scope["method"] == "GET" else None
        if found is None:
            await self.app(scope, receive, send)
            return
        body, headers = found
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})
