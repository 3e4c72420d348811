"""Drawing a networkx graph with pyvis (vis-network), offline: nothing is fetched from outside the server.

vis-network's script and stylesheet (690 KB, pyvis's own copy, in ``static/vis-network/``) are served by the
dashboard as static files (``server.enableStaticServing`` in .streamlit/config.toml) and loaded by each graph's
page by a relative URL: the browser fetches and compiles them once, not once per graph, and the page sent over
the websocket shrinks from ~720 KB to the graph's own data. Where static files are not served (the script run
without the project's config) they are inlined in the page instead.

Nodes are coloured by label from the schema (``graph_build/data/schema.yml``) and sized by degree; parallel edges
of one type are drawn once, thicker, with their count. ``network_html()`` returns the page; ``show()`` puts it in
an iframe with a legend; ``remote_urls()`` lists any http(s) script or stylesheet a page would load.
"""

from __future__ import annotations

import functools
import html
import json
import math
import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import streamlit as st

from dashboard.i18n import label, t
from graph_build.graph.schema import load_schema

if TYPE_CHECKING:
    import networkx as nx

FALLBACK_COLOR = "#999999"
DEFAULT_HOPS = 1  # the explorer's first view: one hop stays readable; the slider goes to 3
GROUP_ABOVE = 30  # a graph with more nodes than this draws the tasks of one document as one group …
GROUP_MIN = 3  # … when the document has at least this many of them
TOOLTIP_KEYS = ("county", "kind", "aliases", "doc_number", "date", "deadline", "valid_from", "status", "role")
VIS_STATIC = Path(__file__).resolve().parent / "static" / "vis-network"
# Relative to the page, so that it holds under a server.baseUrlPath too: a srcdoc iframe resolves URLs against
# its parent's address (/graph?id=… → /app/static/…).
VIS_URL = "app/static/vis-network/"
VIS_FILES = ("vis-network.css", "vis-network.min.js")
DEFAULT_MAX_NODES = 300  # more than this and the browser slows down: the nearest are drawn, "showing N of M"
# Colours for groups that are not node types (communities): matplotlib's tab20.
PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
           "#17becf", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94", "#f7b6d2", "#c7c7c7",
           "#dbdb8d", "#9edae5")
# pyvis's template always links Bootstrap from a CDN, whatever cdn_resources says (and with "remote", vis-network):
# those tags are dropped.
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


def tooltip(node: str, attrs: dict[str, Any], degree: int) -> str:
    """A node's tooltip (plain text: vis-network shows a string title as text): type, name and key properties."""
    lines = [f"{label(attrs.get('label'))}: {attrs.get('name') or node}"]
    for key in TOOLTIP_KEYS:
        value = attrs.get(key)
        if value not in (None, "", [], False):
            text = "、".join(map(str, value[:6])) if isinstance(value, list) else str(value)
            lines.append(f"{t('prop_' + key)}: {_short(text, 60)}")
    lines.append(f"{t('prop_degree')}: {degree}")
    lines.append(str(node))
    return "\n".join(lines)


def group_keys(g: nx.Graph) -> dict[str, tuple[str, str]]:
    """Nodes to draw grouped in a busy graph: tasks by their document (node → (group key, group caption)).
    A document's tasks are grouped only when there are at least ``GROUP_MIN`` of them."""
    if g.number_of_nodes() <= GROUP_ABOVE:
        return {}
    by_doc: dict[str, list[str]] = {}
    for node, attrs in g.nodes(data=True):
        if attrs.get("label") == "Task" and attrs.get("doc_id"):
            by_doc.setdefault(str(attrs["doc_id"]), []).append(str(node))
    out: dict[str, tuple[str, str]] = {}
    for doc_id, members in by_doc.items():
        if len(members) < GROUP_MIN:
            continue
        doc = g.nodes[doc_id] if doc_id in g else {}
        caption = doc.get("doc_number") or doc.get("title") or doc_id.rsplit(":", 1)[-1]
        for member in members:
            out[member] = (f"doc:{doc_id}", _short(str(caption), 24))
    return out


@functools.cache
def _templates() -> Any:
    """One Jinja environment for pyvis's page template, so that it is compiled once per process (~85 ms a graph)."""
    from jinja2 import Environment, FileSystemLoader
    from pyvis import network

    return Environment(loader=FileSystemLoader(str(Path(network.__file__).parent / "templates")))


def network_html(g: nx.Graph, *, height: int = 620, focus: str | None = None, edge_labels: bool | None = None,
                 links: bool = True, served_library: bool = False) -> str:
    """The graph as an HTML page (no remote scripts or stylesheets): fitted once laid out, tasks of one document
    grouped in a busy graph (double-click a group to open it), a click on a node shows its properties and a link
    to its page. vis-network is inlined (a self-contained page), or with ``served_library`` loaded from the
    dashboard's static files (``VIS_URL``)."""
    from pyvis.network import Network  # imported when a graph is first drawn, not by every page that links one

    from dashboard import nav  # nav imports data, which the pure drawing helpers here do not need

    net = Network(height=f"{height}px", width="100%", directed=g.is_directed(),
                  cdn_resources="remote" if served_library else "in_line")
    net.templateEnv = _templates()  # pyvis makes a new Environment per network: its template compiled every time
    degree = dict(g.degree())
    top = max(degree.values(), default=1) or 1
    groups = group_keys(g)
    for node, attrs in g.nodes(data=True):
        node_label = attrs.get("label")
        name = str(attrs.get("name") or node)
        extra: dict[str, Any] = {"level": int(attrs["level"])} if "level" in attrs else {}
        if node in groups:
            extra.update(group_key=groups[node][0], group_caption=groups[node][1])
        if links and node_label:
            extra["url"] = nav.url(str(node), node_label)
        net.add_node(str(node), label=_short(name), title=tooltip(str(node), attrs, degree.get(node, 0)),
                     color=attrs.get("color") or color_of(node_label), shape="dot",
                     size=8 + 22 * math.sqrt(degree.get(node, 0) / top), borderWidth=4 if node == focus else 1,
                     type_name=label(node_label), full_name=name, **extra)
    counts: Counter[tuple[str, str, str]] = Counter()
    for u, v, attrs in g.edges(data=True):
        counts[(str(u), str(v), str(attrs.get("type", "")))] += int(attrs.get("weight", 1))
    show_labels = len(counts) <= 60 if edge_labels is None else edge_labels
    for (u, v, rel), n in counts.items():
        text = f"{label(rel)} ×{n}" if rel and n > 1 else (label(rel) or str(n))
        net.add_edge(u, v, title=text, label=text if show_labels else None, width=1 + min(n, 6) * 0.6)
    layered = any("level" in attrs for _, attrs in g.nodes(data=True))
    net.set_options(json.dumps(LAYERED_OPTIONS if layered else OPTIONS))
    page = strip_remote(net.generate_html())
    if served_library:
        tags = (f'<link rel="stylesheet" href="{VIS_URL}{VIS_FILES[0]}">'
                f'<script src="{VIS_URL}{VIS_FILES[1]}"></script>')
        page = page.replace("<head>", "<head>" + tags, 1)
    return page.replace("</body>", interaction_script() + "</body>", 1)


def interaction_script() -> str:
    """Grouping, double-click to expand, fit on show and resize, and the click panel (texts set as text)."""
    words = {"tasks": t("graph_group_tasks"), "expand": t("graph_group_expand"), "open": t("open_page"),
             "hint": t("graph_hint")}
    data_json = json.dumps(words, ensure_ascii=False).replace("<", "\\u003c")
    return _SCRIPT.replace("__WORDS__", data_json)


_SCRIPT = """
<div id="govkg-hint" style="position:absolute;left:8px;bottom:6px;font:12px sans-serif;color:#777"></div>
<div id="govkg-info" style="display:none;position:absolute;top:8px;left:8px;max-width:340px;background:#fff;
 border:1px solid #ccc;border-radius:6px;padding:8px 10px;font:13px sans-serif;white-space:pre-wrap;
 box-shadow:0 2px 6px rgba(0,0,0,.15)"><div id="govkg-info-text"></div><a id="govkg-info-link" target="_blank"
 rel="noopener"></a></div>
<script>
(function () {
  const words = __WORDS__;
  document.getElementById("govkg-hint").textContent = words.hint;
  const groups = {};
  nodes.forEach(function (n) { if (n.group_key) { (groups[n.group_key] = groups[n.group_key] || []).push(n); } });
  Object.keys(groups).forEach(function (key) {
    const members = groups[key];
    network.cluster({
      joinCondition: function (o) { return o.group_key === key; },
      clusterNodeProperties: {id: "group:" + key, shape: "box", borderWidth: 2,
        label: members.length + " " + words.tasks + " · " + members[0].group_caption,
        title: members.length + " " + words.tasks + " · " + members[0].group_caption + "\\n" + words.expand,
        color: {background: "#fff7e0", border: members[0].color || "#d62728"}}
    });
  });
  // Keep the drawing fitted while the layout settles, until the reader zooms or drags.
  let touched = false;
  function fit() { if (!touched) { network.fit({animation: false}); } }
  network.on("zoom", function () { touched = true; });
  network.on("dragStart", function (p) { if (!p.nodes.length) { touched = true; } });
  network.on("stabilizationIterationsDone", fit);
  network.on("stabilized", fit);
  let ticks = 0;
  const timer = setInterval(function () { fit(); if (++ticks > 20) { clearInterval(timer); } }, 250);
  window.addEventListener("resize", function () { touched = false; fit(); });
  network.on("doubleClick", function (p) {
    if (p.nodes.length && network.isCluster(p.nodes[0])) {
      network.openCluster(p.nodes[0]);
      touched = false;
      fit();
    }
  });
  const info = document.getElementById("govkg-info");
  network.on("click", function (p) {
    const id = p.nodes.length ? p.nodes[0] : null;
    if (!id || network.isCluster(id)) { info.style.display = "none"; return; }
    const n = nodes.get(id);
    document.getElementById("govkg-info-text").textContent = n.title || n.full_name || id;
    const link = document.getElementById("govkg-info-link");
    if (n.url) {
      let base = document.baseURI;
      try { base = window.parent.location.href; } catch (e) { base = document.referrer || base; }
      link.href = new URL(n.url, base).href;
      link.textContent = words.open + " → " + (n.full_name || id);
      link.style.display = "block";
    } else { link.style.display = "none"; }
    info.style.display = "block";
  });
  window.govkgClusters = function () {
    return Object.keys(network.body.nodes).filter(function (id) { return network.isCluster(id); });
  };
})();
</script>
"""


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


def library_served() -> bool:
    """Whether this server serves vis-network from ``static/`` (the project's .streamlit/config.toml says so)."""
    return bool(st.get_option("server.enableStaticServing")) and all((VIS_STATIC / f).is_file() for f in VIS_FILES)


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
    if truncated or (total is not None and total > shown):
        st.info(t("truncated_hint", hidden=(total or shown) - shown))
    if legend:
        st.html(legend_html(labels))
    if shown:
        st.iframe(network_html(g, height=height, focus=focus, served_library=library_served()), height=height + 30)
