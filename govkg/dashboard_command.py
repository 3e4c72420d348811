"""``govkg dashboard [--port 8501] [--address 127.0.0.1]``: run the Streamlit dashboard (dashboard/app.py)."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"
SERVE = APP.with_name("serve.py")  # app.py in an st.App that answers Streamlit's assets from memory


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--port", type=int, default=8501, help="port to listen on (default 8501)")
    p.add_argument("--address", default="127.0.0.1",
                   help="address to listen on (default 127.0.0.1; 0.0.0.0 exposes it: set GOVKG_DASHBOARD_PASSWORD)")
    p.add_argument("--review", action="store_true",
                   help="review mode: a review queue whose decisions are written as judgements (reviewers sign in "
                        "with GOVKG_REVIEW_PASSWORD)")
    p.add_argument("--judgements", help="review mode: where decisions go (default $GOVKG_JUDGEMENTS, else judgements/)")


def streamlit_command(port: int, address: str) -> list[str]:
    """The command line that serves the dashboard: ``streamlit run dashboard/serve.py`` (app.py, Streamlit's assets
    answered from memory), its libraries imported first (``govkg.dashboard_server``)."""
    return [sys.executable, "-m", "govkg.dashboard_server", "run", str(SERVE), f"--server.port={port}",
            f"--server.address={address}", "--server.headless=true", "--browser.gatherUsageStats=false"]


def command(args: argparse.Namespace) -> int:
    if not 0 < args.port < 65536:
        print(f"error: --port {args.port} is not a TCP port (1-65535)", file=sys.stderr)
        return 2
    if args.address not in ("127.0.0.1", "localhost", "::1") and not os.environ.get("GOVKG_DASHBOARD_PASSWORD"):
        print(f"warning: listening on {args.address} without GOVKG_DASHBOARD_PASSWORD: anyone who can reach it "
              "can read the graph", file=sys.stderr)
    env = dict(os.environ)
    if args.review:
        if not env.get("GOVKG_REVIEW_PASSWORD"):
            print("error: --review needs GOVKG_REVIEW_PASSWORD (the reviewers' password)", file=sys.stderr)
            return 2
        env.update(GOVKG_REVIEW="1", GOVKG_JUDGEMENTS=str(Path(args.judgements or env.get("GOVKG_JUDGEMENTS")
                                                              or "judgements").resolve()))
        print(f"review mode: decisions are written to {env['GOVKG_JUDGEMENTS']}", file=sys.stderr)
    else:
        env.pop("GOVKG_REVIEW", None)
    print(f"dashboard: http://{'localhost' if args.address == '127.0.0.1' else args.address}:{args.port}",
          file=sys.stderr)
    try:
        # Run from the repository so that .streamlit/config.toml applies.
        return subprocess.call(streamlit_command(args.port, args.address), cwd=APP.parent.parent, env=env)
    except KeyboardInterrupt:
        return 0
