"""A person's Gantt chart: posts, task-force seats and portfolios as bars (first to last sighting, or tenure),
appointments and removals as points, coloured by kind; the tooltip names the documents."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import pandas as pd

from dashboard.i18n import label, lang, t

if TYPE_CHECKING:
    import altair as alt

KIND_COLORS = {"post": "#ff7f0e", "taskforce": "#2ca02c", "portfolio": "#bcbd22", "appointment": "#1f77b4",
               "removal": "#d62728"}
MIN_BAR = dt.timedelta(days=20)


def to_date(value: Any) -> pd.Timestamp | None:
    """An ISO date, possibly partial (2023, 2023-07), as a timestamp (the first day it covers)."""
    if not value or not isinstance(value, str):
        return None
    text = {4: value + "-01-01", 7: value + "-01"}.get(len(value), value[:10])
    try:
        return pd.Timestamp(dt.date.fromisoformat(text))
    except ValueError:
        return None


MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day_text(value: Any) -> str:
    """An ISO date, possibly partial, as the interface writes it: 2023年7月1日 / 1 Jul 2023 (2023年7月 / Jul 2023)."""
    if not value or not isinstance(value, str):
        return ""
    parts = value[:10].split("-")
    try:
        numbers = [int(p) for p in parts]
    except ValueError:
        return value
    if lang() == "zh":
        return "".join(f"{n}{unit}" for n, unit in zip(numbers, ("年", "月", "日"), strict=False))
    if len(numbers) == 1:
        return str(numbers[0])
    month = MONTHS_EN[numbers[1] - 1] if 1 <= numbers[1] <= 12 else str(numbers[1])
    return f"{numbers[2]} {month} {numbers[0]}" if len(numbers) == 3 else f"{month} {numbers[0]}"


def status_text(status: Any, start: Any = None, end: Any = None) -> str:
    """A tenure's status that says what is known: current; ended (on its end date); or seen on a date and nothing
    known since."""
    if status == "ended" and isinstance(end, str) and end:
        return t("status_ended_on", day=day_text(end))
    if status == "unknown" and isinstance(start, str) and start:
        return t("status_seen_on", day=day_text(start))
    return label(status) if isinstance(status, str) else ""


def gantt_rows(entries: list[dict[str, Any]]) -> pd.DataFrame:
    """One bar per (kind, label): from the first date to the last (or the tenure's end); portfolios of one
    document and relation are one bar; appointments and removals are kept as points."""
    grouped: dict[tuple[str, str], dict[str, Any]] = {}
    last = max((d for e in entries for d in (to_date(e.get("start")), to_date(e.get("end"))) if d is not None),
               default=None)
    for e in entries:
        start = to_date(e.get("start"))
        if start is None:
            continue
        end = to_date(e.get("end")) or start
        kind = str(e.get("kind"))
        text = str(e.get("label") or "")
        if kind == "portfolio":
            relation = text.split(" ", 1)[0]
            key = (kind, f"{relation} · {e.get('doc_number') or e.get('doc_id') or ''}")
        else:
            key = (kind, text)
        row = grouped.setdefault(key, {"kind": kind, "row": key[1], "start": start, "end": end, "docs": set(),
                                       "targets": [], "status": e.get("status")})
        row["start"] = min(row["start"], start)
        row["end"] = max(row["end"], end)
        if e.get("status") == "current" and last is not None:
            row["end"] = max(row["end"], last)
        row["docs"].add(str(e.get("doc_number") or e.get("doc_title") or e.get("doc_id") or ""))
        if kind == "portfolio":
            row["targets"].append(text.split(" ", 1)[-1])
    _portfolio_spans(grouped, entries, last)
    out = []
    for row in grouped.values():
        end = row["end"] if row["end"] - row["start"] >= MIN_BAR else row["start"] + MIN_BAR
        targets = row["targets"]
        name = row["row"] if not targets else f"{row['row'].split(' · ')[0]}：{'、'.join(targets[:4])}" + (
            t("and_n_more", n=len(targets)) if len(targets) > 4 else "")
        out.append({"kind": label(row["kind"]) if row["kind"] in ("appointment", "removal") else _kind(row["kind"]),
                    "kind_key": row["kind"], "row": name, "start": row["start"], "end": end,
                    "from": day_text(row["start"].date().isoformat()), "to": day_text(row["end"].date().isoformat()),
                    "documents": "、".join(sorted(d for d in row["docs"] if d)), "status": label(row["status"])})
    return pd.DataFrame(out).sort_values(["start", "kind_key"]).reset_index(drop=True) if out else pd.DataFrame()


def _portfolio_spans(grouped: dict[tuple[str, str], dict[str, Any]], entries: list[dict[str, Any]],
                     last: pd.Timestamp | None) -> None:
    """A division of work (分工) holds until the next one or until the person is removed: portfolio bars run
    from their notice to the next notice, else to the first removal after it, else to the last date known
    (status current)."""
    notices = sorted({row["start"] for row in grouped.values() if row["kind"] == "portfolio"})
    removals = sorted(d for e in entries if e.get("kind") == "removal" for d in [to_date(e.get("start"))]
                      if d is not None)
    for row in grouped.values():
        if row["kind"] != "portfolio":
            continue
        following = [d for d in notices if d > row["start"]]
        removed = [d for d in removals if d > row["start"]]
        ends = [d for d in (following[:1] + removed[:1]) if d is not None]
        if ends:
            row["end"], row["status"] = min(ends), "ended"
        elif last is not None:
            row["end"], row["status"] = max(row["end"], last), "current"


def _kind(kind: str) -> str:
    return {"post": label("Post"), "taskforce": label("TaskForce"), "portfolio": label("OVERSEES")}.get(kind, kind)


def chart(rows: pd.DataFrame) -> alt.Chart:
    """The Gantt chart of ``gantt_rows()``."""
    import altair as alt  # only a page that draws the chart pays for the import

    kinds = list(dict.fromkeys(rows["kind"]))
    colors = [KIND_COLORS.get(k, "#999999") for k in dict.fromkeys(rows["kind_key"])]
    height = min(40 + 22 * len(rows), 900)
    base = alt.Chart(rows).encode(
        y=alt.Y("row:N", sort=None, title=None, axis=alt.Axis(labelLimit=360)),
        color=alt.Color("kind:N", scale=alt.Scale(domain=kinds, range=colors), title=t("type")),
        tooltip=[alt.Tooltip("row:N", title=t("name")), alt.Tooltip("from:N", title=t("date")),
                 alt.Tooltip("to:N", title="→"), alt.Tooltip("status:N", title=label("HOLDS")),
                 alt.Tooltip("documents:N", title=t("evidence_number"))],
    )
    axis = alt.Axis(format="%Y年%-m月" if lang() == "zh" else "%b %Y", labelOverlap=True)
    bars = base.mark_bar(cornerRadius=3, height=14).encode(x=alt.X("start:T", title=None, axis=axis), x2="end:T")
    return bars.properties(height=height)
