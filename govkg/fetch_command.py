"""``govkg fetch URL... | --from urls.txt [--follow REGEX] -o corpus/``: download gazettes into a corpus folder."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from govkg.fetcher import Fetcher, Outcome, Settings


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("urls", nargs="*", help="addresses of gazettes, notices or index pages")
    p.add_argument("--from", dest="from_file", help="a file of addresses, one per line (# starts a comment)")
    p.add_argument("--follow", help="also fetch the links on these pages whose address matches this regex "
                                    "(one level deep), e.g. '\\.pdf$'")
    p.add_argument("-o", "--output", required=True, help="corpus folder (created; manifest.jsonl inside)")
    p.add_argument("--delay", type=float, default=1.0, help="seconds between requests to one host (default 1)")
    p.add_argument("--timeout", type=float, default=30.0, help="seconds before a request times out (default 30)")
    p.add_argument("--retries", type=int, default=3, help="retries after a failure that may pass (default 3)")
    p.add_argument("--max-mb", type=float, default=50.0, help="size cap per file in MB (default 50)")


def _addresses(args: argparse.Namespace) -> list[str]:
    urls = list(args.urls)
    if args.from_file:
        with open(args.from_file, encoding="utf-8") as fh:
            urls += [ln.split("#", 1)[0].strip() for ln in fh if ln.split("#", 1)[0].strip()]
    return urls


def command(args: argparse.Namespace) -> int:
    try:
        urls = _addresses(args)
        follow = re.compile(args.follow) if args.follow else None
    except OSError as exc:
        print(f"error: {args.from_file}: {exc.strerror}", file=sys.stderr)
        return 2
    except re.error as exc:
        print(f"error: --follow {args.follow!r} is not a regular expression ({exc})", file=sys.stderr)
        return 2
    if not urls:
        print("error: name addresses, or --from FILE", file=sys.stderr)
        return 2
    settings = Settings(timeout=args.timeout, retries=args.retries, delay=args.delay,
                        max_bytes=int(args.max_mb * 1024 * 1024))

    def show(o: Outcome) -> None:
        if o.result == "failed":
            print(f"error: {o.url}: {o.entry.error}", file=sys.stderr)
        else:
            print(f"{o.result}: {o.url} -> {o.entry.file}", file=sys.stderr)

    folder = Path(args.output)
    outcomes = Fetcher(folder, settings, report=show).run(urls, follow)
    counts = {r: sum(1 for o in outcomes if o.result == r) for r in ("downloaded", "changed", "unchanged", "failed")}
    print(", ".join(f"{n} {r}" for r, n in counts.items()) + f"; manifest: {folder / 'manifest.jsonl'}",
          file=sys.stderr)
    return 1 if counts["failed"] else 0
