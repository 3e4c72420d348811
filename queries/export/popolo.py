"""Popolo JSON: persons, organizations, posts, memberships with dates and sources."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from queries.export.common import (
    POPOLO_NODES,
    POPOLO_RELS,
    GraphImportError,
    _edges,
    _graph_meta,
    check_graph,
    edge_props,
    node_props,
)
from queries.export.csv_format import _with_name
from queries.export.node_link import _edge_id

# -- Popolo --------------------------------------------------------------------------------------------------------


def _source(props: Mapping[str, Any], documents: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    doc = documents.get(props.get("doc_id", ""), {})
    line = props.get("line")
    src = props.get("source") or doc.get("source") or ""
    title, number = doc.get("title") or doc.get("name"), doc.get("doc_number")
    note = " ".join(x for x in (number, f"《{title}》" if title else None) if x)
    note = f"{note}, line {line}: {props.get('evidence') or ''}".strip(", :")
    out = {"url": f"{src}#L{line}" if line is not None else src, "note": note, "doc_id": props.get("doc_id"),
           "doc_number": number, "title": title, "date": doc.get("date"), "source": src, "line": line,
           "evidence": props.get("evidence"), "fact_id": props.get("fact_id")}
    return {k: v for k, v in out.items() if v is not None}


def _dates(rel_type: str, props: Mapping[str, Any]) -> dict[str, str]:
    if rel_type == "HOLDS":
        out = {"start_date": props.get("valid_from"), "end_date": props.get("valid_to") or props.get("derived_to")}
    else:
        out = {"start_date": props.get("as_of")}
    return {k: v for k, v in out.items() if v}


def popolo_document(g: nx.MultiDiGraph, documents: Mapping[str, Mapping[str, Any]] | None = None) -> dict[str, Any]:
    """The people, organizations, posts, areas and memberships of ``g`` as a Popolo document (a dict)."""
    check_graph(g)
    docs: dict[str, Mapping[str, Any]] = dict(documents or {})
    for n, attrs in g.nodes(data=True):
        if attrs["label"] == "Document":
            docs.setdefault(n, attrs)
    parent: dict[str, str] = {}
    post_org: dict[str, str] = {}
    for u, v, _, attrs in _edges(g):
        if attrs["type"] == "SUBGROUP_OF":
            parent.setdefault(u, v)
        elif attrs["type"] == "POST_IN":
            post_org.setdefault(u, v)
    out: dict[str, Any] = {"persons": [], "organizations": [], "posts": [], "areas": [], "memberships": []}
    for n, attrs in sorted(g.nodes(data=True)):
        label = attrs["label"]
        if label not in POPOLO_NODES:
            continue
        props = node_props(attrs)
        ext = {"label": label, "properties": props}
        name = attrs.get("name") or n
        others = [{"name": a} for a in props.get("aliases") or [] if a != name]
        area = {"area_id": f"county:{props['county']}"} if props.get("county") else {}
        if label == "Person":
            record = {"id": n, "name": name, **({"other_names": others} if others else {})}
        elif label in ("Agency", "TaskForce"):
            record = {"id": n, "name": name, "classification": props.get("kind") or label.lower(),
                      **({"other_names": others} if others else {}), **area,
                      **({"parent_id": parent[n]} if n in parent else {})}
        elif label == "Post":
            org = post_org.get(n) or props.get("agency_id")
            record = {"id": n, "label": name, "role": props.get("title") or name,
                      **({"organization_id": org} if org else {}), **area}
        else:
            record = {"id": n, "name": name, "classification": "county"}
        out[POPOLO_NODES[label]].append({**record, "govkg": ext})
    for u, v, k, attrs in sorted(_edges(g), key=lambda e: e[2]):
        rel_type = attrs["type"]
        if rel_type not in POPOLO_RELS:
            continue
        props = edge_props(attrs)
        src_label = g.nodes[u]["label"]
        record: dict[str, Any] = {"id": k}
        if src_label == "Person":
            record["person_id"] = u
        else:
            record["member"] = {"@type": "Organization", "id": u}
        if rel_type == "HOLDS":
            post = g.nodes[v]
            org = post_org.get(v) or post.get("agency_id")
            record.update(post_id=v, label=post.get("name") or v, role=post.get("title") or post.get("name") or v)
            if org:
                record["organization_id"] = org
        else:
            record.update(organization_id=v, role=props.get("role") or "")
        record.update(_dates(rel_type, props))
        if props.get("fact_id") or props.get("doc_id"):
            record["sources"] = [_source(props, docs)]
        record["govkg"] = {"type": rel_type, "source": u, "target": v, "properties": props}
        out["memberships"].append(record)
    out["meta"] = {**_graph_meta(g), "standard": "Popolo (https://www.popoloproject.com/specs/)",
                   "note": "Each record's govkg object holds the graph's label or type and all properties."}
    return out


def write_popolo(g: nx.MultiDiGraph, path: str | Path,
                 documents: Mapping[str, Mapping[str, Any]] | None = None) -> Path:
    path = Path(path)
    path.write_text(json.dumps(popolo_document(g, documents), ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def read_popolo(path_or_data: str | Path | Mapping[str, Any]) -> nx.MultiDiGraph:
    """The graph of a Popolo export of govkg (from each record's ``govkg`` object)."""
    if isinstance(path_or_data, Mapping):
        data = path_or_data
    else:
        data = json.loads(Path(path_or_data).read_text(encoding="utf-8"))
    g = nx.MultiDiGraph()
    for section in ("areas", "persons", "organizations", "posts"):
        for record in data.get(section) or []:
            ext = record.get("govkg")
            if not ext:
                raise GraphImportError(f"Popolo {section} record {record.get('id')!r} has no govkg object: not a govkg "
                                   "export, cannot tell its label and properties")
            g.add_node(record["id"], **_with_name(dict(ext["properties"]), ext["label"], record["id"]))
    for record in data.get("memberships") or []:
        ext = record.get("govkg")
        if not ext:
            raise GraphImportError(f"Popolo membership {record.get('id')!r} has no govkg object")
        for end in ("source", "target"):
            if ext[end] not in g:
                raise GraphImportError(f"Popolo membership {record.get('id')!r}: {ext[end]!r} is not in the file")
        attrs = {**ext["properties"], "type": ext["type"]}
        g.add_edges_from([(ext["source"], ext["target"], record.get("id") or _edge_id(attrs), attrs)])
    return g


def popolo_projection(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The part of ``g`` that Popolo holds: people, organizations, posts, areas, and HOLDS/MEMBER_OF."""
    keep = [n for n, attrs in g.nodes(data=True) if attrs.get("label") in POPOLO_NODES]
    sub = nx.MultiDiGraph()
    sub.add_nodes_from((n, g.nodes[n]) for n in keep)
    sub.add_edges_from((u, v, k, d) for u, v, k, d in _edges(g)
                       if d.get("type") in POPOLO_RELS and u in sub and v in sub)
    return sub


