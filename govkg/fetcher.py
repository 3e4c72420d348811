"""Downloading what users point at into a corpus folder, politely and safely, with a manifest.

``Fetcher.run(urls)`` fetches each address once per run and records it in
``manifest.jsonl`` (url, final url, fetched_at, status, content type,
encoding, sha256, file, ETag, Last-Modified, error). It honours robots.txt,
waits between requests to one host, times out, retries failures that may pass
(connection errors, 429, 5xx) with a growing back-off, stops a download past a
size cap, and sends ``If-None-Match`` / ``If-Modified-Since`` so a re-run
downloads only what changed. File names come from the address only (never
from response headers) and are checked to lie inside the folder. With
``follow``, links on the fetched pages whose address matches the pattern are
fetched too, one level deep. A failure is recorded with its reason and the
other addresses are still fetched.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import time
import urllib.robotparser
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

import httpx

from graph_build.readers import DIRECTORY_SUFFIXES
from graph_build.readers.html import declared_encoding, page_encoding
from graph_build.readers.manifest import MANIFEST

USER_AGENT = "govkg-fetch/0.1 (+https://github.com/govkg; polite research crawler)"
RETRY_STATUS = {429, 500, 502, 503, 504}
_EXTENSIONS = {"application/pdf": ".pdf", "text/html": ".html", "application/xhtml+xml": ".html",
               "text/plain": ".txt", "application/msword": ".doc",
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
               "application/kswps": ".wps", "application/wps-office.wps": ".wps",
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
               "application/vnd.ms-excel": ".xls", "application/vnd.oasis.opendocument.spreadsheet": ".ods"}
_KEEP_SUFFIX = set(DIRECTORY_SUFFIXES)  # what ``govkg extract`` reads in a folder
_LINK = re.compile(r"""<a\s[^>]*?href\s*=\s*["']([^"'#>]+)""", re.I)


class FetchError(Exception):
    """Why one address could not be fetched."""


@dataclass
class Response:
    """A response read whole (within the size cap)."""

    status: int
    reason: str
    url: str  # the final address, after redirects
    headers: httpx.Headers
    content: bytes


@dataclass
class Settings:
    timeout: float = 30.0  # seconds to connect and between bytes received
    retries: int = 3  # further tries after a failure that may pass
    backoff: float = 1.0  # seconds before the first retry; doubled each time
    delay: float = 1.0  # seconds between two requests to one host (robots.txt Crawl-delay if longer)
    max_bytes: int = 50 * 1024 * 1024  # a larger response is not kept
    user_agent: str = USER_AGENT


@dataclass
class Entry:
    """One line of the manifest."""

    url: str
    final_url: str | None = None
    fetched_at: str | None = None
    status: int | None = None
    content_type: str | None = None
    encoding: str | None = None
    sha256: str | None = None
    file: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None


@dataclass
class Outcome:
    url: str
    result: str  # downloaded | changed | unchanged | failed
    entry: Entry
    links: list[str] = field(default_factory=list)


def file_name(url: str, content_type: str | None) -> str:
    """A safe, stable file name for an address: host and path as a slug, a digest, a known extension."""
    parts = urlsplit(url)
    path = unquote(parts.path)
    stem = re.sub(r"[^\w.-]+", "_", f"{parts.hostname or 'host'}_{path.strip('/')}", flags=re.ASCII).strip("._")
    suffix = Path(path).suffix.lower()
    if suffix not in _KEEP_SUFFIX:
        suffix = _EXTENSIONS.get((content_type or "").split(";")[0].strip().lower(), ".html")
    if Path(stem).suffix.lower() in _KEEP_SUFFIX:
        stem = stem[: -len(Path(stem).suffix)]
    stem = stem[:80] or "page"
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:10]
    return f"{stem}-{digest}{suffix}"


def read_manifest(folder: Path) -> dict[str, Entry]:
    out: dict[str, Entry] = {}
    path = folder / MANIFEST
    if not path.exists():
        return out
    known = set(Entry.__dataclass_fields__)
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            try:
                data = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(data, dict) and isinstance(data.get("url"), str):
                out[data["url"]] = Entry(**{k: v for k, v in data.items() if k in known})
    return out


def write_manifest(folder: Path, entries: dict[str, Entry]) -> None:
    """Write the manifest through a temporary file, so a killed run leaves the old one whole."""
    lines = [json.dumps(asdict(e), ensure_ascii=False) for _url, e in sorted(entries.items())]
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".manifest-", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + ("\n" if lines else ""))
    os.replace(tmp, folder / MANIFEST)


def links(page: bytes, base: str, pattern: re.Pattern[str]) -> list[str]:
    """Absolute http(s) addresses of a page's links that match ``pattern``, in page order, once each."""
    try:
        text = page.decode(page_encoding(page) or "utf-8", errors="replace")
    except LookupError:  # an encoding Python does not know: the links are ASCII anyway
        text = page.decode("latin-1")
    out: list[str] = []
    for href in _LINK.findall(text):
        url = urldefrag(urljoin(base, href.strip()))[0]
        if urlsplit(url).scheme in ("http", "https") and pattern.search(url) and url not in out:
            out.append(url)
    return out


class Fetcher:
    def __init__(self, folder: Path, settings: Settings | None = None,
                 report: Callable[[Outcome], None] | None = None, client: httpx.Client | None = None):
        self.folder = folder
        self.settings = settings or Settings()
        self.report = report
        self.client = client or httpx.Client(
            timeout=httpx.Timeout(self.settings.timeout), follow_redirects=True, max_redirects=5,
            headers={"User-Agent": self.settings.user_agent})
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._last: dict[str, float] = {}

    # -- politeness ------------------------------------------------------------

    def _wait(self, host: str) -> None:
        robots = self._robots.get(host)
        crawl_delay = robots.crawl_delay(self.settings.user_agent) if robots else None
        delay = max(self.settings.delay, float(crawl_delay or 0))
        last = self._last.get(host)
        if last is not None and time.monotonic() - last < delay:
            time.sleep(delay - (time.monotonic() - last))
        self._last[host] = time.monotonic()

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            self._robots[origin] = self._read_robots(origin)
        robots = self._robots[origin]
        return robots is None or robots.can_fetch(self.settings.user_agent, url)

    def _read_robots(self, origin: str) -> urllib.robotparser.RobotFileParser | None:
        """The site's robots.txt; None (everything allowed) when it has none (4xx)."""
        self._wait(origin)
        try:
            response = self._request("GET", f"{origin}/robots.txt", {})
        except FetchError as exc:
            raise FetchError(f"robots.txt could not be read ({exc}): not fetching from {origin}") from exc
        if response.status >= 500:
            raise FetchError(f"robots.txt answered HTTP {response.status}: not fetching from {origin}")
        if response.status >= 400:  # no robots.txt: nothing is forbidden
            return None
        parser = urllib.robotparser.RobotFileParser()
        parser.parse(response.content.decode("utf-8", errors="replace").splitlines())
        return parser

    # -- one request -----------------------------------------------------------

    def _request(self, method: str, url: str, headers: dict[str, str]) -> Response:
        """A response read up to the size cap, retried with back-off on failures that may pass."""
        attempt = 0
        while True:
            try:
                with self.client.stream(method, url, headers=headers) as response:
                    if response.status_code in RETRY_STATUS and attempt < self.settings.retries:
                        retry_after = response.headers.get("Retry-After", "")
                        wait = float(retry_after) if retry_after.isdigit() else self.settings.backoff * 2**attempt
                        raise _Retry(min(wait, 60.0), f"HTTP {response.status_code}")
                    declared = response.headers.get("Content-Length", "")
                    if declared.isdigit() and int(declared) > self.settings.max_bytes:
                        raise FetchError(f"larger than the size cap ({declared} > {self.settings.max_bytes} bytes)")
                    body = bytearray()
                    for chunk in response.iter_bytes():
                        body += chunk
                        if len(body) > self.settings.max_bytes:
                            raise FetchError(f"larger than the size cap ({self.settings.max_bytes} bytes)")
                    return Response(response.status_code, response.reason_phrase, str(response.url),
                                    response.headers, bytes(body))
            except _Retry as retry:
                attempt += 1
                time.sleep(retry.wait)
            except httpx.TooManyRedirects as exc:
                raise FetchError("too many redirects") from exc
            except (httpx.TimeoutException, httpx.TransportError) as exc:
                if attempt >= self.settings.retries:
                    kind = "timed out" if isinstance(exc, httpx.TimeoutException) else "connection failed"
                    raise FetchError(f"{kind} after {attempt + 1} tries ({type(exc).__name__})") from exc
                time.sleep(self.settings.backoff * 2**attempt)
                attempt += 1

    # -- one address -----------------------------------------------------------

    def fetch(self, url: str, old: Entry | None, follow: re.Pattern[str] | None = None) -> Outcome:
        try:
            if urlsplit(url).scheme not in ("http", "https"):
                raise FetchError("not an http(s) address")
            if not self.allowed(url):
                raise FetchError("forbidden by robots.txt")
            headers = {}
            if old and old.file and (self.folder / old.file).exists():
                if old.etag:
                    headers["If-None-Match"] = old.etag
                if old.last_modified:
                    headers["If-Modified-Since"] = old.last_modified
            self._wait(f"{urlsplit(url).scheme}://{urlsplit(url).netloc}")
            response = self._request("GET", url, headers)
        except FetchError as exc:
            entry = Entry(**{**asdict(old), "error": str(exc)}) if old and old.file else Entry(url=url, error=str(exc))
            return Outcome(url, "failed", entry)
        if response.status == 304 and old is not None:
            return Outcome(url, "unchanged", old, self._links(old, follow))
        if response.status >= 400:
            reason = f"HTTP {response.status} {response.reason}".strip()
            entry = Entry(**{**asdict(old), "error": reason}) if old and old.file else Entry(url=url, error=reason)
            return Outcome(url, "failed", entry)
        return self._store(url, response, old, follow)

    def _store(self, url: str, response: Response, old: Entry | None,
               follow: re.Pattern[str] | None) -> Outcome:
        body = response.content
        digest = hashlib.sha256(body).hexdigest()
        content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower() or None
        name = file_name(url, content_type)
        target = (self.folder / name).resolve()
        if target.parent != self.folder.resolve():  # never outside the folder, whatever the address says
            return Outcome(url, "failed", Entry(url=url, error=f"unsafe file name {name!r}"))
        entry = Entry(url=url, final_url=response.url, status=response.status, content_type=content_type,
                      encoding=self._encoding(response, body), sha256=digest, file=name,
                      etag=response.headers.get("ETag"), last_modified=response.headers.get("Last-Modified"))
        if old is not None and old.sha256 == digest and old.file == name and target.exists():
            entry.fetched_at = old.fetched_at
            return Outcome(url, "unchanged", entry, self._links(entry, follow))
        entry.fetched_at = datetime.now(UTC).replace(microsecond=0).isoformat()
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".download-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(body)
        os.replace(tmp, target)
        return Outcome(url, "changed" if old and old.sha256 else "downloaded", entry, self._links(entry, follow))

    @staticmethod
    def _encoding(response: Response, body: bytes) -> str | None:
        content_type = response.headers.get("Content-Type") or ""
        declared = re.search(r"charset=([\w-]+)", content_type, re.I)
        if declared:
            return declared.group(1).lower()
        if content_type.startswith("text/html"):
            return declared_encoding(body)
        return None

    def _links(self, entry: Entry, follow: re.Pattern[str] | None) -> list[str]:
        html = (entry.content_type or "").startswith(("text/html", "application/xhtml"))
        if follow is None or not entry.file or not html:
            return []
        return links((self.folder / entry.file).read_bytes(), entry.final_url or entry.url, follow)

    # -- a run -----------------------------------------------------------------

    def run(self, urls: Iterable[str], follow: re.Pattern[str] | None = None) -> list[Outcome]:
        """Fetch every address (and, with ``follow``, the matching links of those pages); update the manifest."""
        self.folder.mkdir(parents=True, exist_ok=True)
        manifest = read_manifest(self.folder)
        outcomes: list[Outcome] = []
        queue = [(u.strip(), follow) for u in urls if u.strip()]
        seen: set[str] = set()
        while queue:
            url, follow_here = queue.pop(0)
            if url in seen:
                continue
            seen.add(url)
            outcome = self.fetch(url, manifest.get(url), follow_here)
            manifest[url] = outcome.entry
            write_manifest(self.folder, manifest)
            outcomes.append(outcome)
            if self.report:
                self.report(outcome)
            queue.extend((link, None) for link in outcome.links)  # one level: links of links are not followed
        return outcomes


class _Retry(Exception):
    def __init__(self, wait: float, reason: str):
        super().__init__(reason)
        self.wait = wait
