"""``govkg fetch`` against a local HTTP server on 127.0.0.1: politeness, failures, re-runs, safety."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from govkg.cli import main
from govkg.fetcher import Fetcher, Settings, file_name
from graph_build.readers import read_document

GB_PAGE = ("<html><head><meta charset='gb2312'><title>关于调整县防汛抗旱指挥部成员的通知_县人民政府</title></head>"
           "<body><div class='nav'>首页 政务公开</div><div id='zoom'><p>总指挥：张建国 县长</p></div>"
           "<div class='footer'>网站标识码：1408240001</div></body></html>").encode("gb2312")
PDF = b"%PDF-1.4\n% test\n"


class Site:
    """What the server serves; ``version`` changes one page between runs; ``hits`` counts full responses."""

    def __init__(self) -> None:
        self.version = 1
        self.hits: Counter[str] = Counter()
        self.flaky_left = 1


def make_handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # quiet
            pass

        def handle(self) -> None:
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up, as intended
                super().handle()

        def send(self, status: int, body: bytes, ctype: str = "text/html", headers: dict | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)
            if status == 200:
                site.hits[self.path] += 1

        def conditional(self, etag: str, body: bytes, ctype: str = "text/html") -> None:
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send(200, body, ctype, {"ETag": etag, "Last-Modified": "Sat, 06 May 2023 09:30:00 GMT"})

        def do_GET(self) -> None:
            p = self.path
            if p == "/robots.txt":
                self.send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
            elif p == "/index.html":
                self.send(200, b"<html><body><a href='/files/a.pdf'>a</a> <a href='files/b.pdf#p2'>b</a>"
                               b"<a href='/private/c.pdf'>c</a> <a href='/about.html'>about</a>"
                               b"<a href='/files/missing.pdf'>gone</a></body></html>")
            elif p in ("/files/a.pdf", "/files/b.pdf", "/private/c.pdf"):
                self.conditional(f'"{p}"', PDF + p.encode(), "application/pdf")
            elif p == "/static.html":
                self.conditional('"s1"', b"<html><body><p>unchanged</p></body></html>")
            elif p == "/changing.html":
                page = f"<html><body><p>version {site.version}</p></body></html>"
                self.conditional(f'"v{site.version}"', page.encode())
            elif p == "/moved":
                self.send(302, b"", headers={"Location": "/static.html"})
            elif p == "/gb.html":
                self.send(200, GB_PAGE, "text/html")
            elif p == "/error":
                self.send(500, b"boom")
            elif p == "/flaky":
                if site.flaky_left:
                    site.flaky_left -= 1
                    self.send(503, b"busy", headers={"Retry-After": "0"})
                else:
                    self.send(200, b"<html><body>ok after retry</body></html>")
            elif p == "/slow":
                time.sleep(2)
                self.send(200, b"<html><body>late</body></html>")
            elif p == "/big.pdf":
                self.send(200, PDF + b"0" * 300_000, "application/pdf")
            elif p == "/stream.pdf":  # no Content-Length: the cap applies while reading
                self.send_response(200)
                self.send_header("Content-Type", "application/pdf")
                self.end_headers()
                for _ in range(40):
                    self.wfile.write(b"0" * 10_000)
            elif p.startswith("/evil"):
                self.send(200, b"<html><body>x</body></html>", "text/html",
                          {"Content-Disposition": 'attachment; filename="../../escape.html"'})
            else:
                self.send(404, b"not found")

    return Handler


@pytest.fixture
def site() -> Iterator[tuple[str, Site]]:
    state = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(state))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", state
    finally:
        server.shutdown()
        server.server_close()


FAST = Settings(timeout=1.0, retries=2, backoff=0.01, delay=0.0, max_bytes=200_000)


def manifest(folder: Path) -> dict[str, dict]:
    return {e["url"]: e for e in map(json.loads, (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines())}


def test_each_case_behaves_as_stated(tmp_path, site):
    base, state = site
    urls = [f"{base}/{p}" for p in ("moved", "missing.html", "error", "flaky", "slow", "big.pdf", "stream.pdf",
                                    "gb.html", "private/c.pdf", "files/a.pdf")]
    out = {o.url: o for o in Fetcher(tmp_path, FAST).run(urls)}
    result = {u.removeprefix(base + "/"): (o.result, o.entry.error) for u, o in out.items()}
    assert result["moved"] == ("downloaded", None)
    assert out[f"{base}/moved"].entry.final_url == f"{base}/static.html"
    assert result["missing.html"] == ("failed", "HTTP 404 Not Found")
    assert result["error"][0] == "failed" and "500" in result["error"][1]
    assert result["flaky"] == ("downloaded", None)  # retried after a 503
    assert result["slow"][0] == "failed" and "timed out" in result["slow"][1]
    assert result["big.pdf"][0] == "failed" and "size cap" in result["big.pdf"][1]
    assert result["stream.pdf"][0] == "failed" and "size cap" in result["stream.pdf"][1]
    assert result["private/c.pdf"] == ("failed", "forbidden by robots.txt")
    assert state.hits["/private/c.pdf"] == 0 and state.hits["/error"] == 0
    assert result["files/a.pdf"] == ("downloaded", None)
    gb = out[f"{base}/gb.html"].entry
    assert gb.encoding == "gb2312" and gb.content_type == "text/html"
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == sorted([*(o.entry.file for o in out.values() if o.result == "downloaded"), "manifest.jsonl"])
    assert "张建国" in read_document(tmp_path / gb.file).text


def test_a_rerun_downloads_only_what_changed_and_is_idempotent(tmp_path, site):
    base, state = site
    urls = [f"{base}/static.html", f"{base}/changing.html", f"{base}/files/a.pdf"]
    first = Fetcher(tmp_path, FAST).run(urls)
    assert [o.result for o in first] == ["downloaded"] * 3
    before = (tmp_path / "manifest.jsonl").read_bytes()
    second = Fetcher(tmp_path, FAST).run(urls)
    assert [o.result for o in second] == ["unchanged"] * 3
    assert (tmp_path / "manifest.jsonl").read_bytes() == before  # idempotent
    del state.hits["/robots.txt"]
    assert state.hits == Counter({"/static.html": 1, "/changing.html": 1, "/files/a.pdf": 1})  # 304s since
    state.version = 2
    third = {o.url: o.result for o in Fetcher(tmp_path, FAST).run(urls)}
    assert third == {urls[0]: "unchanged", urls[1]: "changed", urls[2]: "unchanged"}
    assert "version 2" in (tmp_path / manifest(tmp_path)[urls[1]]["file"]).read_text()


def test_follow_fetches_matching_links_one_level_deep(tmp_path, site):
    base, _state = site
    out = Fetcher(tmp_path, FAST).run([f"{base}/index.html"], follow=__import__("re").compile(r"\.pdf$"))
    got = {o.url.removeprefix(base): o.result for o in out}
    assert got == {"/index.html": "downloaded", "/files/a.pdf": "downloaded", "/files/b.pdf": "downloaded",
                   "/private/c.pdf": "failed", "/files/missing.pdf": "failed"}  # /about.html does not match


def test_nothing_is_written_outside_the_folder(tmp_path, site):
    base, _state = site
    folder = tmp_path / "corpus"
    urls = [f"{base}/evil", f"{base}/evil/%2e%2e/%2e%2e/x.html", f"{base}/evil/..%2F..%2Fy.pdf"]
    out = Fetcher(folder, FAST).run(urls)
    assert all(o.result == "downloaded" for o in out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus"]
    assert all((folder / o.entry.file).resolve().parent == folder.resolve() for o in out)
    assert "/" not in file_name("http://h/a/../../b.pdf", None) and file_name("http://h/", None).endswith(".html")


def test_a_spreadsheet_attachment_keeps_a_suffix_extraction_reads() -> None:
    name = file_name("http://h/files/tasks.xlsx", None)
    assert name.startswith("h_files_tasks-") and name.endswith(".xlsx")
    assert file_name("http://h/download?id=3", "application/vnd.ms-excel").endswith(".xls")


def test_cli_reports_each_failure_and_fetches_the_rest(tmp_path, site, capsys):
    base, _state = site
    urls_file = tmp_path / "urls.txt"
    urls_file.write_text(f"# gazettes\n{base}/missing.html\n{base}/files/a.pdf\n", encoding="utf-8")
    status = main(["fetch", "--from", str(urls_file), f"{base}/private/c.pdf", "-o", str(tmp_path / "c"),
                   "--delay", "0", "--retries", "0", "--timeout", "2"])
    err = capsys.readouterr().err
    assert status == 1
    assert f"{base}/missing.html: HTTP 404" in err and f"{base}/private/c.pdf: forbidden by robots.txt" in err
    assert "1 downloaded" in err and "2 failed" in err


def test_facts_from_a_fetched_folder_cite_the_address(tmp_path, site):
    base, _state = site
    Fetcher(tmp_path, FAST).run([f"{base}/gb.html"])
    from graph_build.pipeline import Extractor
    from graph_build.records import ExtractionReport

    source = read_document(next(tmp_path.glob("*.html")))
    assert source.origin.url == f"{base}/gb.html"  # the manifest's address: the page declares none
    report = ExtractionReport()
    facts = list(Extractor().run([tmp_path], report))
    assert not report.errors
    assert all(f.to_json()["url"] == f"{base}/gb.html" for f in facts)


def test_graph_rows_carry_the_address_and_page(tmp_path, site):
    from graph_build.build import rows_for
    from graph_build.pipeline import Extractor
    from graph_build.records import ExtractionReport

    base, _state = site
    Fetcher(tmp_path, FAST).run([f"{base}/gb.html"])
    facts = [f.to_json() for f in Extractor().run([tmp_path], ExtractionReport())]
    props = [row["props"] for doc in rows_for(facts) for rels in doc.rels.values() for row in rels.values()
             if "fact_id" in row["props"]]
    assert props and all(p["url"] == f"{base}/gb.html" for p in props)
