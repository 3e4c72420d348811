"""A task's accountability chain (a row of the ``accountability_chain`` query) as a layered graph and a table:
overseeing leaders → heads of the units → the units (lead, support) → the task."""

from __future__ import annotations

from typing import Any

import networkx as nx
import pandas as pd

from dashboard.i18n import label

# Layers from the top of the drawing down.
LEVEL = {"overseer": 0, "head": 1, "unit": 2, "task": 3}
ROLE_ORDER = {"lead": 0, "responsible": 1, "support": 2}


def graph(chain: dict[str, Any]) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    task_id = chain["task_id"]
    g.add_node(task_id, label="Task", name=chain.get("task") or task_id, level=LEVEL["task"])
    for unit in chain.get("units") or []:
        g.add_node(unit["agency_id"], label="Agency", name=unit["agency"], level=LEVEL["unit"])
        g.add_edge(unit["agency_id"], task_id, type=unit.get("role") or "RESPONSIBLE_FOR")
    for head in chain.get("heads") or []:
        if not head.get("person_id"):
            continue
        g.add_node(head["person_id"], label="Person", name=head["person"], level=LEVEL["head"])
        g.add_edge(head["person_id"], head["agency_id"], type=head.get("post") or "HOLDS")
    for over in chain.get("overseers") or []:
        g.add_node(over["person_id"], label="Person", name=over["person"],
                   level=min(LEVEL["overseer"], g.nodes.get(over["person_id"], {}).get("level", 9)))
        g.add_edge(over["person_id"], over["agency_id"], type=over.get("relation") or "OVERSEES")
    for leader in chain.get("task_leaders") or []:
        g.add_node(leader["person_id"], label="Person", name=leader["person"], level=LEVEL["overseer"])
        g.add_edge(leader["person_id"], task_id, type=leader.get("relation") or "OVERSEES")
    return g


def table(chain: dict[str, Any]) -> pd.DataFrame:
    """One row per link of the chain, with its source (doc_id, line, evidence) for the evidence view."""
    rows: list[dict[str, Any]] = []
    for unit in sorted(chain.get("units") or [], key=lambda u: ROLE_ORDER.get(u.get("role") or "", 3)):
        rows.append({"tier": label(unit.get("role")), "agency": unit["agency"], "agency_id": unit["agency_id"],
                     "person": None, "person_id": None, "detail": None, "doc_id": chain.get("doc_id"),
                     "doc_number": chain.get("doc_number"), "line": unit.get("line"),
                     "evidence": unit.get("evidence") or chain.get("evidence")})
    for head in chain.get("heads") or []:
        rows.append({"tier": label("HOLDS"), "agency": head["agency"], "agency_id": head["agency_id"],
                     "person": head.get("person"), "person_id": head.get("person_id"), "detail": head.get("post"),
                     "doc_id": head.get("doc_id"), "doc_number": head.get("doc_number"), "line": head.get("line"),
                     "evidence": head.get("evidence")})
    for over in chain.get("overseers") or []:
        rows.append({"tier": label("OVERSEES"), "agency": over["agency"], "agency_id": over["agency_id"],
                     "person": over["person"], "person_id": over["person_id"],
                     "detail": f"{over.get('relation') or ''} {over.get('as_of') or ''}".strip(),
                     "doc_id": over.get("doc_id"), "doc_number": over.get("doc_number"), "line": over.get("line"),
                     "evidence": over.get("evidence")})
    for leader in chain.get("task_leaders") or []:
        rows.append({"tier": leader.get("relation") or label("OVERSEES"), "agency": None, "agency_id": None,
                     "person": leader["person"], "person_id": leader["person_id"], "detail": None,
                     "doc_id": leader.get("doc_id"), "doc_number": leader.get("doc_number"),
                     "line": leader.get("line"), "evidence": leader.get("evidence")})
    return pd.DataFrame(rows)


def paths_graph(paths: list[dict[str, Any]]) -> nx.MultiDiGraph:
    """The union of ``shortest_paths`` rows (their nodes and relationships) as one graph."""
    g = nx.MultiDiGraph()
    for found in paths:
        for node in found.get("nodes") or []:
            g.add_node(node["id"], label=node.get("label"), name=node.get("name") or node["id"])
        for rel in found.get("relationships") or []:
            key = (rel.get("type"), rel.get("doc_id"), rel.get("line"))
            if not g.has_edge(rel["from"], rel["to"], key=key):
                g.add_edge(rel["from"], rel["to"], key=key, type=rel.get("type"))
    return g
