"""Scoring extracted facts against gold files, as ``shared/gold/SCHEMA.md`` describes.

Whitespace, full-width/half-width forms, quotation marks, traditional characters
(OpenCC t2s) and mirror-site pinyin glosses (``區(qū)``) are ignored;
agencies and posts are compared without a leading place name or lone 县/市.
Per record type: precision, recall, F1, and the lists of misses and false
positives. Assignments are matched task by task (same source, line within 10,
same first characters), then scored per (task, unit) pair; ``lead_acc`` is
the share of gold tasks with a lead whose lead set is exactly right.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph_build.chinese import fold
from graph_build.patterns import LazyPattern

SCORED = ("document", "membership", "unit_membership", "appointment", "portfolio", "assignment")
_QUOTES = LazyPattern("[\"'“”‘’「」『』]")
_PLACE = LazyPattern(r"^(?![县市省区])[\u4e00-\u9fff]{2,4}?(?:省|市|县|区)(?=[\u4e00-\u9fff])")
LINE_WINDOW = 10
TASK_PREFIX = 12


def norm(s: Any) -> str:
    """Whitespace, quotes, full-width forms, traditional characters and pinyin glosses folded away."""
    if s is None:
        return ""
    return _QUOTES.sub("", "".join(fold(str(s)).split()))


def norm_unit(s: Any) -> str:
    """An agency or post without a leading place name (``稷山县``, ``运城市``) or a lone 县/市."""
    n = norm(s)
    m = _PLACE.match(n)
    if m and len(n) > m.end():
        n = n[m.end() :]
    elif n[:1] in ("县", "市") and len(n) > 2:
        n = n[1:]
    return n


def record_key(rec: dict[str, Any]) -> tuple[str, ...] | None:
    t, src = rec["type"], rec["source"]
    if t == "document":
        return (src, norm(rec.get("doc_number") or rec.get("doc_title")))
    if t == "membership":
        return (src, norm(rec["person"]), norm(rec["role"]))
    if t == "unit_membership":
        return (src, norm_unit(rec["unit"]))
    if t == "appointment":
        return (src, norm(rec["person"]), rec["action"], norm_unit(rec["post"]))
    if t == "portfolio":
        return (src, norm(rec["person"]), norm(rec["relation"]), norm_unit(rec["target"]))
    return None


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    scores: dict[str, Score]
    lead_total: int = 0
    lead_right: int = 0
    lead_errors: list[str] = field(default_factory=list)

    @property
    def lead_acc(self) -> float:
        return self.lead_right / self.lead_total if self.lead_total else 0.0

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            t: {"precision": s.precision, "recall": s.recall, "f1": s.f1, "tp": s.tp, "fp": s.fp, "fn": s.fn}
            for t, s in self.scores.items()
        }
        out["lead_acc"] = self.lead_acc
        return out


def _describe(rec: dict[str, Any]) -> str:
    fields = [f"{k}={rec[k]}" for k in ("doc_number", "body", "person", "role", "unit", "action", "post",
                                         "relation", "target", "task", "doc_title") if rec.get(k)]
    return f"{rec['source']}:{rec.get('line')} {rec['type']} " + " ".join(fields)


def _score_sets(gold: list[dict], pred: list[dict], score: Score) -> None:
    gold_keys = {record_key(r): r for r in gold}
    pred_keys = {record_key(r): r for r in pred}
    for k, r in gold_keys.items():
        if k in pred_keys:
            score.tp += 1
        else:
            score.fn += 1
            score.misses.append(_describe(r))
    for k, r in pred_keys.items():
        if k not in gold_keys:
            score.fp += 1
            score.false_positives.append(_describe(r))


def _task_match(g: dict, p: dict) -> bool:
    if g["source"] != p["source"] or abs(int(g["line"]) - int(p["line"])) > LINE_WINDOW:
        return False
    gt, pt = norm(g["task"]), norm(p["task"])
    n = min(TASK_PREFIX, len(gt), len(pt))
    return n > 0 and gt[:n] == pt[:n]


def _score_assignments(gold: list[dict], pred: list[dict], ev: Evaluation) -> None:
    score = ev.scores["assignment"]
    used: set[int] = set()
    for g in sorted(gold, key=lambda r: (r["source"], r["line"])):
        cands = [i for i, p in enumerate(pred) if i not in used and _task_match(g, p)]
        best = min(cands, key=lambda i: abs(int(pred[i]["line"]) - int(g["line"])), default=None)
        g_units = {norm_unit(u) for u in g.get("units") or []}
        g_lead = {norm_unit(u) for u in g.get("lead") or []}
        if best is None:
            score.fn += len(g_units)
            score.misses.append(_describe(g) + f" units={g.get('units')}")
            if g_lead:
                ev.lead_total += 1
                ev.lead_errors.append(_describe(g) + f" lead={g.get('lead')} (task not found)")
            continue
        used.add(best)
        p = pred[best]
        p_units = {norm_unit(u) for u in p.get("units") or []}
        score.tp += len(g_units & p_units)
        score.fn += len(g_units - p_units)
        score.fp += len(p_units - g_units)
        if g_units - p_units:
            score.misses.append(_describe(g) + f" missing units={sorted(g_units - p_units)}")
        if p_units - g_units:
            score.false_positives.append(_describe(p) + f" extra units={sorted(p_units - g_units)}")
        if g_lead:
            ev.lead_total += 1
            if {norm_unit(u) for u in p.get("lead") or []} == g_lead:
                ev.lead_right += 1
            else:
                ev.lead_errors.append(_describe(g) + f" lead={g.get('lead')} got={p.get('lead')}")
    for i, p in enumerate(pred):
        if i not in used:
            score.fp += len(p.get("units") or [])
            score.false_positives.append(_describe(p) + f" units={p.get('units')}")


def evaluate(gold: Iterable[dict[str, Any]], pred: Iterable[dict[str, Any]]) -> Evaluation:
    """Score predicted records against gold records (only sources that have gold)."""
    gold = list(gold)
    sources = {r["source"] for r in gold}
    pred = [r for r in pred if r["source"] in sources]
    ev = Evaluation(scores={t: Score() for t in SCORED})
    by_type_g: dict[str, list[dict]] = defaultdict(list)
    by_type_p: dict[str, list[dict]] = defaultdict(list)
    for r in gold:
        by_type_g[r["type"]].append(r)
    for r in pred:
        by_type_p[r["type"]].append(r)
    for t in SCORED:
        if t == "assignment":
            _score_assignments(by_type_g[t], by_type_p[t], ev)
        else:
            _score_sets(by_type_g[t], by_type_p[t], ev.scores[t])
    return ev


def load_gold(gold_dir: str | Path) -> list[dict[str, Any]]:
    out = []
    for path in sorted(Path(gold_dir).glob("*.jsonl")):
        with open(path, encoding="utf-8") as fh:
            out.extend(json.loads(line) for line in fh if line.strip())
    return out


def format_report(ev: Evaluation, show: int = 20) -> str:
    """Misses and false positives first (``show`` of each), then the summary table last."""
    lines: list[str] = []
    if show:
        for t, s in ev.scores.items():
            if s.misses:
                lines.append(f"-- {t}: misses ({len(s.misses)})")
                lines.extend("  " + m for m in s.misses[:show])
            if s.false_positives:
                lines.append(f"-- {t}: false positives ({len(s.false_positives)})")
                lines.extend("  " + m for m in s.false_positives[:show])
        if ev.lead_errors:
            lines.append(f"-- assignment: wrong leads ({len(ev.lead_errors)})")
            lines.extend("  " + m for m in ev.lead_errors[:show])
        lines.append("")
    lines.append(f"{'type':<16} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
    for t, s in ev.scores.items():
        lines.append(f"{t:<16} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5d} {s.fp:5d} {s.fn:5d}")
    lines.append(f"{'lead_acc':<16} {ev.lead_acc:6.3f} ({ev.lead_right}/{ev.lead_total} gold tasks with a lead)")
    return "\n".join(lines)


def format_table(evaluations: dict[str, Evaluation]) -> str:
    """One table across several gold sets: a row per record type, P/R/F1 per set."""
    names = list(evaluations)
    head = f"{'type':<16}" + "".join(f" | {n[:20]:^20}" for n in names)
    sub = f"{'':<16}" + "".join(f" | {'P':>6}{'R':>7}{'F1':>7}" for _ in names)
    lines = [head, sub, "-" * len(sub)]
    types = [t for t in SCORED if any(t in ev.scores for ev in evaluations.values())]
    for t in types:
        cells = []
        for ev in evaluations.values():
            s = ev.scores.get(t, Score())
            empty = s.tp + s.fp + s.fn == 0
            cells.append(f" | {'':>20}" if empty else f" | {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}")
        lines.append(f"{t:<16}" + "".join(cells))
    cells = [f" | {ev.lead_acc:6.3f} ({ev.lead_right}/{ev.lead_total})".ljust(23) for ev in evaluations.values()]
    lines.append(f"{'lead_acc':<16}" + "".join(cells))
    return "\n".join(lines)
