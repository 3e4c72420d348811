"""The dashboard's first middleware (dashboard/assets.py): Streamlit's own assets and the pages' addresses answered
from memory, everything else passed on to Streamlit. Run on Streamlit's real static folder; the browser side
(no probe of ``/agency/_stcore/health``) is in test_dashboard_browser.py."""

from __future__ import annotations

import asyncio
import mimetypes
from pathlib import Path
from typing import Any

from streamlit import file_util

from dashboard.assets import Assets, page_paths
from dashboard.sitemap import PAGES

STATIC = Path(file_util.get_static_dir())
URL_PATHS = [p.url_path for p in PAGES]


class Downstream:
    """The app behind the middleware (Streamlit's, in the server): records what reached it."""

    def __init__(self) -> None:
        self.paths: list[str] = []

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        self.paths.append(scope["path"])


def get(assets: Assets, path: str, method: str = "GET", kind: str = "http") -> tuple[int | None, dict[str, str], bytes]:
    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    async def receive() -> dict[str, Any]:
        return {"type": "http.request"}

    asyncio.run(assets({"type": kind, "method": method, "path": path}, receive, send))
    if not sent:
        return None, {}, b""
    headers = {k.decode(): v.decode() for k, v in sent[0]["headers"]}
    return sent[0]["status"], headers, b"".join(m.get("body", b"") for m in sent[1:])


def test_streamlit_assets_come_from_memory_as_the_files_are():
    down = Downstream()
    assets = Assets(down, URL_PATHS, STATIC, prefix="")
    chunk = next(p for p in sorted((STATIC / "static" / "js").iterdir()) if p.name.startswith("DataFrame."))
    font = next((STATIC / "static" / "media").glob("*.woff2"))
    for file in (chunk, font, next((STATIC / "static" / "css").iterdir())):
        status, headers, body = get(assets, f"/static/{file.parent.name}/{file.name}")
        assert status == 200 and body == file.read_bytes()
        assert headers["content-type"] == mimetypes.guess_type(file.name)[0]
        assert headers["content-length"] == str(len(body)) and "immutable" in headers["cache-control"]
    assert not down.paths


def test_a_page_address_answers_streamlits_page_telling_where_the_server_is():
    down = Downstream()
    assets = Assets(down, URL_PATHS, STATIC, prefix="")
    index = (STATIC / "index.html").read_text(encoding="utf-8")
    for path in ("/", "/agency", "/shared-duties"):
        status, headers, body = get(assets, path)
        page = body.decode("utf-8")
        assert status == 200 and headers["cache-control"] == "no-cache"
        assert page.index("BACKEND_BASE_URL") < page.index('<script type="module"')
        assert '"agency"' in page and page.replace(page[page.index("<script>"):page.index("</script>\n") + 10], "") \
            == index
    assert not down.paths


def test_everything_else_goes_to_streamlit():
    down = Downstream()
    assets = Assets(down, URL_PATHS, STATIC, prefix="")
    chunk = next((STATIC / "static" / "js").iterdir()).name
    passed = ["/_stcore/health", "/_stcore/stream", "/app/static/favicon.png", "/agency/_stcore/health",
              "/static/js/no-such-chunk.js", "/media/x.png", "/component/x/index.html", "/nowhere"]
    for path in passed:
        assert get(assets, path)[0] is None
    assert get(assets, f"/static/js/{chunk}", method="HEAD")[0] is None
    assert get(assets, "/_stcore/stream", kind="websocket")[0] is None
    assert down.paths == [*passed, f"/static/js/{chunk}", "/_stcore/stream"]


def test_under_a_base_url_path_the_addresses_carry_it():
    assert page_paths(["agency"], "/govkg") == {"/govkg", "/govkg/", "/govkg/agency"}
    assert page_paths(["agency"]) == {"/", "/agency"}
    down = Downstream()
    assets = Assets(down, URL_PATHS, STATIC, prefix="/govkg")
    chunk = next((STATIC / "static" / "js").iterdir()).name
    assert get(assets, f"/govkg/static/js/{chunk}")[0] == 200 and get(assets, "/govkg/agency")[0] == 200
    assert get(assets, f"/static/js/{chunk}")[0] is None
