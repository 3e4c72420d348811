"""Network analytics on subgraphs pulled out of Neo4j (networkx): who works with whom, who carries the duties.

- :func:`co_responsibility_network`: agencies linked when they answer for the same task (RESPONSIBLE_FOR),
  weighted by the number of tasks they share; generic sets of bodies (有关部门, 各乡镇) left out unless asked.
- :func:`centrality_table`: per agency, its tasks, partners, weighted degree (shared tasks summed over partners:
  who carries the most joint duties) and betweenness (which bodies bridge otherwise separate groups).
- :func:`communities_table`: groups of agencies that work together (Louvain, fixed seed: the same graph gives
  the same groups).
- :func:`oversight_concentration`: people overseeing the most agencies and fields (OVERSEES).
- :func:`taskforce_concentration`: people sitting on the most task forces (MEMBER_OF).
- :func:`shared_duty_matrix`: agencies × agencies counts of shared tasks, for a heatmap.

Tables are lists of frozen dataclasses; :func:`to_records` turns them into dicts (``st.dataframe`` takes those).
Every function that reads Neo4j takes the driver and pulls a subgraph with :mod:`queries.subgraph`, so the
same filters (county, ``as_of``, documents) apply.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, is_dataclass
from itertools import combinations
from typing import Any

import networkx as nx
from neo4j import Driver

from queries.subgraph import whole_graph

SEED = 42
# Seats that chair a task force (not deputies: a role with 副 is a deputy's).
CHAIR_ROLES = ("组长", "第一组长", "总指挥", "指挥长", "主任", "主编", "总召集人", "召集人", "主席")


def to_records(rows: Iterable[Any]) -> list[dict[str, Any]]:
    """A table (dataclasses) as a list of dicts, e.g. for ``st.dataframe`` or ``pandas.DataFrame``."""
    return [asdict(r) if is_dataclass(r) and not isinstance(r, type) else dict(r) for r in rows]


# -- the co-responsibility network ----------------------------------------------------------------------------


def co_responsibility_from_subgraph(sub: nx.MultiDiGraph, include_generic: bool = False) -> nx.Graph:
    """Project Agency-[:RESPONSIBLE_FOR]->Task edges of ``sub`` onto agencies.

    Nodes: agencies answering for at least one task, with ``name``, ``county``, ``kind``, ``generic``, ``tasks``
    (how many), ``lead_tasks`` (as 牵头单位). Edges: two agencies sharing tasks, with ``weight`` (how many),
    ``distance`` (1/weight, for path-based measures), ``tasks`` and ``documents`` (ids, sorted).
    """
    tasks_of: dict[str, set[str]] = defaultdict(set)
    lead_of: dict[str, set[str]] = defaultdict(set)
    agencies_of: dict[str, set[str]] = defaultdict(set)
    for a, t, data in sub.edges(data=True):
        if data.get("type") != "RESPONSIBLE_FOR":
            continue
        node = sub.nodes[a]
        if node.get("label") != "Agency" or (node.get("generic") and not include_generic):
            continue
        tasks_of[a].add(t)
        agencies_of[t].add(a)
        if data.get("role") == "lead":
            lead_of[a].add(t)
    g = nx.Graph(include_generic=include_generic, tasks=len(agencies_of))
    for a in sorted(tasks_of):
        node = sub.nodes[a]
        g.add_node(a, id=a, name=node.get("name", a), county=node.get("county"), kind=node.get("kind"),
                   generic=bool(node.get("generic")), tasks=len(tasks_of[a]), lead_tasks=len(lead_of[a]))
    shared: dict[tuple[str, str], set[str]] = defaultdict(set)
    for t, agencies in agencies_of.items():
        for a, b in combinations(sorted(agencies), 2):
            shared[(a, b)].add(t)
    for (a, b), tasks in sorted(shared.items()):
        docs = sorted({sub.nodes[t].get("doc_id") for t in tasks if sub.nodes[t].get("doc_id")})
        g.add_edge(a, b, weight=len(tasks), distance=1.0 / len(tasks), tasks=sorted(tasks), documents=docs)
    return g


def co_responsibility_network(
    driver: Driver,
    county: str | None = None,
    include_generic: bool = False,
    *,
    as_of: str | dt.date | None = None,
    documents: Iterable[str] | None = None,
    database: str = "neo4j",
) -> nx.Graph:
    """The agencies' co-responsibility network (see :func:`co_responsibility_from_subgraph`) from Neo4j.

    ``documents`` keeps only the tasks of these documents (ids); ``as_of`` those of documents dated by then.
    """
    sub = whole_graph(driver, labels=["Agency", "Task"], rel_types=["RESPONSIBLE_FOR"], county=county, as_of=as_of,
                      documents=documents, database=database)
    g = co_responsibility_from_subgraph(sub.graph, include_generic)
    g.graph.update(county=county, as_of=str(as_of) if as_of else None)
    return g


# -- centrality ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AgencyCentrality:
    rank: int
    id: str
    name: str
    county: str | None
    kind: str | None
    tasks: int  # tasks it answers for
    lead_tasks: int  # of which as lead (牵头)
    partners: int  # agencies it shares at least one task with
    weighted_degree: int  # shared tasks summed over its partners
    betweenness: float  # normalised, over shortest paths with distance 1/weight


def _weighted_degree(g: nx.Graph) -> dict[str, int]:
    return {n: int(d) for n, d in g.degree(weight="weight")}


def centrality_table(g: nx.Graph) -> list[AgencyCentrality]:
    """Agencies of a co-responsibility network, by weighted degree (then tasks, then name)."""
    if g.number_of_nodes() == 0:
        return []
    wdeg = _weighted_degree(g)
    between = nx.betweenness_centrality(g, weight="distance", normalized=True)
    order = sorted(g.nodes, key=lambda n: (-wdeg[n], -g.nodes[n].get("tasks", 0), str(g.nodes[n].get("name")), n))
    return [
        AgencyCentrality(
            rank=i,
            id=n,
            name=g.nodes[n].get("name", n),
            county=g.nodes[n].get("county"),
            kind=g.nodes[n].get("kind"),
            tasks=int(g.nodes[n].get("tasks", 0)),
            lead_tasks=int(g.nodes[n].get("lead_tasks", 0)),
            partners=g.degree(n),
            weighted_degree=wdeg[n],
            betweenness=round(float(between[n]), 6),
        )
        for i, n in enumerate(order, start=1)
    ]


# -- communities -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Community:
    community: int  # 1 = the largest
    size: int
    members: tuple[str, ...]  # names, the most connected inside the group first
    member_ids: tuple[str, ...]
    internal_weight: int  # shared tasks between members
    external_weight: int  # shared tasks with agencies outside the group
    counties: tuple[str, ...]

    @property
    def label(self) -> str:
        return "、".join(self.members[:3]) + ("…" if self.size > 3 else "")


def communities_table(g: nx.Graph, method: str = "louvain", seed: int = SEED, resolution: float = 1.0,
                      min_size: int = 2) -> list[Community]:
    """Groups of agencies that share tasks, largest first (``method``: louvain or greedy_modularity).

    Agencies with no partner are left out (they work alone); groups smaller than ``min_size`` too.
    """
    core = g.subgraph([n for n in g if g.degree(n) > 0])
    if core.number_of_nodes() == 0:
        return []
    if method == "louvain":
        parts = nx.community.louvain_communities(core, weight="weight", resolution=resolution, seed=seed)
    elif method == "greedy_modularity":
        parts = nx.community.greedy_modularity_communities(core, weight="weight", resolution=resolution)
    else:
        raise ValueError(f"unknown community method {method!r}: louvain or greedy_modularity")
    rows = []
    for part in parts:
        if len(part) < min_size:
            continue
        inside = core.subgraph(part)
        inner = {n: int(d) for n, d in inside.degree(weight="weight")}
        members = sorted(part, key=lambda n: (-inner[n], str(g.nodes[n].get("name")), n))
        internal = int(inside.size(weight="weight"))
        total = sum(int(d) for _, d in core.degree(part, weight="weight"))
        rows.append((members, internal, total - 2 * internal))
    rows.sort(key=lambda r: (-len(r[0]), -r[1], r[0][0]))
    return [
        Community(
            community=i,
            size=len(members),
            members=tuple(g.nodes[n].get("name", n) for n in members),
            member_ids=tuple(members),
            internal_weight=internal,
            external_weight=external,
            counties=tuple(sorted({c for n in members if (c := g.nodes[n].get("county"))})),
        )
        for i, (members, internal, external) in enumerate(rows, start=1)
    ]


# -- the heatmap ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SharedDutyMatrix:
    """Shared-task counts between the ``top`` agencies; ``counts[i][j]`` for ``names[i]`` and ``names[j]``.

    The diagonal is 0; each agency's own number of tasks is in ``tasks``.
    """

    ids: tuple[str, ...]
    names: tuple[str, ...]  # display names, with the county added where two agencies share a name
    tasks: tuple[int, ...]
    counts: tuple[tuple[int, ...], ...]

    def long(self) -> list[dict[str, Any]]:
        """One row per pair (``a``, ``b``, ``shared``), the layout Altair/Vega heatmaps take."""
        return [{"a": a, "b": b, "shared": self.counts[i][j]}
                for i, a in enumerate(self.names) for j, b in enumerate(self.names)]

    def to_frame(self) -> Any:
        """A pandas DataFrame (agencies × agencies), if pandas is installed."""
        import pandas as pd  # optional: the dashboard's Streamlit brings it

        return pd.DataFrame(self.counts, index=list(self.names), columns=list(self.names))


def _display_names(g: nx.Graph, ids: Sequence[str]) -> list[str]:
    names = [str(g.nodes[n].get("name", n)) for n in ids]
    clash = {name for name, n in Counter(names).items() if n > 1}
    return [f"{name}（{g.nodes[n].get('county')}）" if name in clash else name for name, n in zip(names, ids,
                                                                                                strict=True)]


def shared_duty_matrix(g: nx.Graph, top: int = 30) -> SharedDutyMatrix:
    """The ``top`` agencies by weighted degree × the same agencies: how many tasks each pair shares."""
    wdeg = _weighted_degree(g)
    ids = sorted(g.nodes, key=lambda n: (-wdeg[n], -g.nodes[n].get("tasks", 0), str(g.nodes[n].get("name")), n))
    ids = ids[: max(top, 0)]
    counts = tuple(
        tuple(int(g.edges[a, b]["weight"]) if a != b and g.has_edge(a, b) else 0 for b in ids) for a in ids
    )
    return SharedDutyMatrix(tuple(ids), tuple(_display_names(g, ids)),
                            tuple(int(g.nodes[n].get("tasks", 0)) for n in ids), counts)


# -- concentration of oversight and of task-force seats ------------------------------------------------------


@dataclass(frozen=True)
class OversightRow:
    rank: int
    id: str
    name: str
    county: str | None
    agencies: int  # distinct agencies overseen (分管 / 联系 / 负责 …)
    fields: int  # distinct fields of work (财税金融 …)
    tasks: int  # distinct tasks as 分管领导 or 责任人
    relations: str  # e.g. "分管 20, 联系 12"
    documents: int  # documents these facts come from
    examples: tuple[str, ...]  # a few of the agencies and fields, as written

    @property
    def portfolio(self) -> int:
        return self.agencies + self.fields


def oversight_concentration(
    driver: Driver,
    county: str | None = None,
    *,
    as_of: str | dt.date | None = None,
    database: str = "neo4j",
    examples: int = 8,
) -> list[OversightRow]:
    """People by how many agencies and fields they oversee (then tasks), from OVERSEES facts."""
    sub = whole_graph(driver, labels=["Person", "Agency", "Field", "Task"], rel_types=["OVERSEES"], county=county,
                      as_of=as_of, database=database).graph
    targets: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    relations: dict[str, Counter[str]] = defaultdict(Counter)
    docs: dict[str, set[str]] = defaultdict(set)
    for p, x, data in sub.edges(data=True):
        if data.get("type") != "OVERSEES" or sub.nodes[p].get("label") != "Person":
            continue
        targets[p][sub.nodes[x].get("label", "")].add(x)
        relations[p][str(data.get("relation"))] += 1
        if data.get("doc_id"):
            docs[p].add(data["doc_id"])
    rows = []
    for p, by_label in targets.items():
        named = sorted(by_label["Agency"] | by_label["Field"], key=lambda n: str(sub.nodes[n].get("name")))
        rows.append(dict(
            id=p, name=sub.nodes[p].get("name", p), county=sub.nodes[p].get("county"),
            agencies=len(by_label["Agency"]), fields=len(by_label["Field"]), tasks=len(by_label["Task"]),
            relations=", ".join(f"{r} {n}" for r, n in sorted(relations[p].items(), key=lambda kv: (-kv[1], kv[0]))),
            documents=len(docs[p]), examples=tuple(sub.nodes[n].get("name", n) for n in named[:examples]),
        ))
    rows.sort(key=lambda r: (-(r["agencies"] + r["fields"]), -r["tasks"], r["name"], r["id"]))
    return [OversightRow(rank=i, **r) for i, r in enumerate(rows, start=1)]


@dataclass(frozen=True)
class TaskForceSeatRow:
    rank: int
    id: str
    name: str
    county: str | None
    taskforces: int  # distinct task forces and sub-groups with a seat
    top_level: int  # distinct top-level task forces (a sub-group counts as its parent)
    chairs: int  # seats as chair (组长, 总指挥, 指挥长, 主任 …)
    deputies: int  # seats as deputy (副组长 …)
    roles: str  # e.g. "成员 3, 副组长 2"
    examples: tuple[str, ...]


def _is_chair(role: str) -> bool:
    return "副" not in role and role in CHAIR_ROLES


def taskforce_concentration(
    driver: Driver,
    county: str | None = None,
    *,
    as_of: str | dt.date | None = None,
    database: str = "neo4j",
    examples: int = 8,
) -> list[TaskForceSeatRow]:
    """People by how many task forces they sit on (MEMBER_OF), with their chairs and deputy seats."""
    sub = whole_graph(driver, labels=["Person", "TaskForce"], rel_types=["MEMBER_OF", "SUBGROUP_OF"],
                      county=county, as_of=as_of, database=database).graph
    parent = {a: b for a, b, d in sub.edges(data=True) if d.get("type") == "SUBGROUP_OF"}

    def root(tf: str) -> str:
        seen = {tf}
        while tf in parent and parent[tf] not in seen:
            tf = parent[tf]
            seen.add(tf)
        return tf

    seats: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # person -> task force -> roles
    for p, tf, data in sub.edges(data=True):
        if data.get("type") == "MEMBER_OF" and sub.nodes[p].get("label") == "Person":
            seats[p][tf].add(str(data.get("role") or ""))
    rows = []
    for p, by_tf in seats.items():
        roles: Counter[str] = Counter(r for rs in by_tf.values() for r in rs)
        names = sorted(str(sub.nodes[tf].get("name", tf)) for tf in by_tf)
        rows.append(dict(
            id=p, name=sub.nodes[p].get("name", p), county=sub.nodes[p].get("county"),
            taskforces=len(by_tf), top_level=len({root(tf) for tf in by_tf}),
            chairs=sum(1 for rs in by_tf.values() if any(_is_chair(r) for r in rs)),
            deputies=sum(1 for rs in by_tf.values() if any("副" in r for r in rs)),
            roles=", ".join(f"{r} {n}" for r, n in sorted(roles.items(), key=lambda kv: (-kv[1], kv[0]))),
            examples=tuple(names[:examples]),
        ))
    rows.sort(key=lambda r: (-r["taskforces"], -r["chairs"], r["name"], r["id"]))
    return [TaskForceSeatRow(rank=i, **r) for i, r in enumerate(rows, start=1)]
