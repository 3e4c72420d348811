"""Drawing a networkx graph with pyvis (vis-network), offline: the JavaScript and CSS are inlined, no file written.

Nodes are coloured by label from the schema (``graph_build/data/schema.yml``) and sized by degree; parallel edges
of one type are drawn once, thicker, with their count. ``network_html()`` returns the page; ``show()`` puts it in
an iframe with a legend; ``remote_urls()`` lists any http(s) script or stylesheet a page would load.
"""

from __future__ import annotations

import html
import json
import math
import re
from collections import Counter
from typing import Any

import networkx as nx
import streamlit as st
from pyvis.network import Network

from dashboard.i18n import label, t
from graph_build.graph.schema import load_schema

FALLBACK_COLOR = "#999999"
DEFAULT_HOPS = 1  # the explorer's first view: one hop stays readable; the slider goes to 3
DEFAULT_MAX_NODES = 300  # more than this and the browser slows down: the nearest are drawn, "showing N of M"
# Colours for groups that are not node types (communities): matplotlib's tab20.
PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
           "#17becf", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94", "#f7b6d2", "#c7c7c7",
           "#dbdb8d", "#9edae5")
# pyvis's template always links Bootstrap from a CDN, whatever cdn_resources says: those tags are dropped.
_REMOTE_TAG = re.compile(
    r"<link\b[^>]*\bhref\s*=\s*[\"']https?://[^>]*>|<script\b[^>]*\bsrc\s*=\s*[\"']https?://[^>]*>\s*</script>",
    re.IGNORECASE | re.DOTALL,
)
_REMOTE_REF = re.compile(
    r"<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*[\"']https?://|@import\s+(?:url\()?[\"']?https?://",
    re.IGNORECASE,
)
OPTIONS: dict[str, Any] = {
    "physics": {
        "solver": "forceAtlas2Based",
        "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 90, "avoidOverlap": 0.4},
        "stabilization": {"enabled": True, "iterations": 250, "fit": True},
    },
    "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False},
    "nodes": {"font": {"size": 13, "face": "Noto Sans CJK SC, Microsoft YaHei, sans-serif"}},
    "edges": {"smooth": False, "color": {"color": "#b0b0b0", "highlight": "#444444"},
              "font": {"size": 10, "color": "#666666", "strokeWidth": 0}},
}

# A layered drawing (nodes with a ``level``): top to bottom, no physics to undo the layers.
LAYERED_OPTIONS: dict[str, Any] = {
    **OPTIONS,
    "layout": {"hierarchical": {"enabled": True, "direction": "UD", "sortMethod": "directed",
                                "levelSeparation": 130, "nodeSpacing": 140}},
    "physics": {"enabled": False},
}


def color_of(node_label: str | None) -> str:
    schema = load_schema()
    node = schema.nodes.get(node_label or "")
    return node.color if node else FALLBACK_COLOR


def _short(text: str, width: int = 14) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def network_html(g: nx.Graph, *, height: int = 620, focus: str | None = None, edge_labels: bool | None = None) -> str:
    """The graph as a self-contained HTML page (vis-network inlined; no remote scripts or stylesheets)."""
    net = Network(height=f"{height}px", width="100%", directed=g.is_directed(), cdn_resources="in_line")
    degree = dict(g.degree())
    top = max(degree.values(), default=1) or 1
    for node, attrs in g.nodes(data=True):
        node_label = attrs.get("label")
        name = str(attrs.get("name") or node)
        tip = f"{label(node_label)}: {name}\n{node}"
        extra = {"level": int(attrs["level"])} if "level" in attrs else {}
        net.add_node(str(node), label=_short(name), title=tip, color=attrs.get("color") or color_of(node_label),
                     shape="dot",
                     size=8 + 22 * math.sqrt(degree.get(node, 0) / top), borderWidth=4 if node == focus else 1,
                     **extra)
    counts: Counter[tuple[str, str, str]] = Counter()
    for u, v, attrs in g.edges(data=True):
        counts[(str(u), str(v), str(attrs.get("type", "")))] += int(attrs.get("weight", 1))
    show_labels = len(counts) <= 60 if edge_labels is None else edge_labels
    for (u, v, rel), n in counts.items():
        text = f"{label(rel)} ×{n}" if rel and n > 1 else (label(rel) or str(n))
        net.add_edge(u, v, title=text, label=text if show_labels else None, width=1 + min(n, 6) * 0.6)
    layered = any("level" in attrs for _, attrs in g.nodes(data=True))
    net.set_options(json.dumps(LAYERED_OPTIONS if layered else OPTIONS))
    return strip_remote(net.generate_html())


def strip_remote(page: str) -> str:
    """``page`` without the tags that would fetch scripts or stylesheets from the network."""
    return _REMOTE_TAG.sub("", page)


def remote_urls(page: str) -> list[str]:
    """The http(s) scripts, stylesheets, images or frames that ``page`` would load (should be none)."""
    return [m.group(0) for m in _REMOTE_REF.finditer(page)]


def legend_html(labels: list[str]) -> str:
    items = "".join(
        f'<span style="display:inline-flex;align-items:center;margin-right:14px;white-space:nowrap">'
        f'<span style="width:12px;height:12px;border-radius:50%;background:{color_of(lab)};'
        f'display:inline-block;margin-right:5px"></span>{html.escape(label(lab))}</span>'
        for lab in labels
    )
    return f'<div class="govkg-legend" style="font-size:0.85rem;line-height:1.8">{items}</div>'


def groups_html(groups: list[tuple[str, str]]) -> str:
    """Coloured groups (title, members), in ``PALETTE`` order: the legend of a graph coloured by community."""
    rows = "".join(
        f'<div style="margin:2px 0"><span style="width:12px;height:12px;border-radius:50%;display:inline-block;'
        f'background:{PALETTE[i % len(PALETTE)]};margin-right:6px"></span><b>{html.escape(title)}</b> '
        f'{html.escape(members)}</div>'
        for i, (title, members) in enumerate(groups)
    )
    return f'<div class="govkg-groups" style="font-size:0.85rem">{rows}</div>'


def show(g: nx.Graph, *, height: int = 620, focus: str | None = None, total: int | None = None,
         truncated: bool = False, legend: bool = True) -> None:
    """Draw ``g`` with a legend by type and, when capped, "showing N of M"."""
    schema = load_schema()
    present = {attrs.get("label") for _, attrs in g.nodes(data=True)}
    labels = [lab for lab in schema.nodes if lab in present] + sorted(str(x) for x in present - set(schema.nodes)
                                                                       if x)
    shown = g.number_of_nodes()
    caption = t("showing_n_of_m", n=shown, m=total if total is not None else shown)
    st.caption(caption)
    if truncated:
        st.info(t("truncated_hint"))
    if legend:
        st.html(legend_html(labels))
    if shown:
        st.iframe(network_html(g, height=height, focus=focus), height=height + 30)
