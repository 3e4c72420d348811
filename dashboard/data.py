"""The dashboard's one door to Neo4j: the cached driver, cached named queries, subgraphs and analytics.

The driver is made once per process and settings (``st.cache_resource``) and passed to the query functions; query
results are cached per (server, database, query, parameters) with ``st.cache_data``. Pages call ``rows()``,
``frame()``, ``ego()`` …; these never raise for a missing query or a failing server: they show a message and
return nothing, so a page renders what it can.
"""

from __future__ import annotations

import importlib
from collections.abc import Hashable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import pandas as pd
import streamlit as st
from neo4j import Driver, GraphDatabase
from neo4j.exceptions import AuthError, DriverError, Neo4jError, ServiceUnavailable

from dashboard.i18n import t
from govkg.settings import Settings, SettingsError
from queries.registry import QueryError, as_dict, get

CACHE_TTL = 600  # seconds; a rebuild of the graph shows up after this, or at once with "Clear cache"


@dataclass(frozen=True)
class Status:
    """Whether the graph can be shown; ``problem`` is settings, down, auth or empty when it cannot."""

    ok: bool
    uri: str
    problem: str = ""
    detail: str = ""
    local: bool = True


def settings() -> Settings:
    return Settings.from_env()


@st.cache_resource(show_spinner=False)
def _driver(uri: str, user: str, password: str) -> Driver:
    return GraphDatabase.driver(uri, auth=(user, password), connection_timeout=5.0,
                                connection_acquisition_timeout=20.0, max_transaction_retry_time=5.0,
                                notifications_min_severity="OFF")


def driver() -> Driver:
    """The process's driver for the current settings (made once, reused by every session and rerun)."""
    s = settings()
    return _driver(s.neo4j_uri, s.neo4j_user, s.neo4j_password)


def database() -> str:
    return settings().neo4j_database


@st.cache_data(ttl=30, show_spinner=False)
def _graph_size(uri: str, database: str) -> int:
    """Nodes in the graph (raises when Neo4j cannot be reached: failures are not cached). It reads the cached
    ``graph_overview`` rows the overview page shows, so that a first visit runs that query once, not twice; an
    empty graph's rows are not kept, so that a graph built meanwhile shows up at the next check."""
    driver().verify_connectivity()
    size = _node_total(_rows(uri, database, "graph_overview", ()))
    if size == 0:
        _rows.clear(uri, database, "graph_overview", ())
    return size


def _node_total(overview: list[dict[str, Any]]) -> int:
    """All nodes, from the ``graph_overview`` row (``nodes``: count per label)."""
    return sum(sum(v for v in (row.get("nodes") or {}).values() if isinstance(v, int)) for row in overview)


def status() -> Status:
    """Can the graph be shown? Checks settings, connectivity, credentials and that something is loaded."""
    try:
        s = settings()
    except SettingsError as exc:
        return Status(False, "?", "settings", str(exc))
    try:
        size = _graph_size(s.neo4j_uri, s.neo4j_database)
    except AuthError as exc:
        return Status(False, s.neo4j_uri, "auth", str(exc), s.is_local)
    except (ServiceUnavailable, DriverError, OSError) as exc:
        return Status(False, s.neo4j_uri, "down", str(exc), s.is_local)
    except (Neo4jError, QueryError) as exc:
        return Status(False, s.neo4j_uri, "error", str(exc), s.is_local)
    if size == 0:
        return Status(False, s.neo4j_uri, "empty", "", s.is_local)
    return Status(True, s.neo4j_uri, local=s.is_local)


def show_status_problem(st_status: Status) -> None:
    """Say what is wrong and how to fix it (never a traceback)."""
    s = st_status
    if s.problem == "settings":
        st.error(t("err_settings", detail=s.detail))
    elif s.problem == "auth":
        st.error(t("err_auth", uri=s.uri, user=_user()))
    elif s.problem == "empty":
        st.warning(t("err_empty", uri=s.uri))
    elif s.problem == "down":
        st.error(t("err_down", uri=s.uri))
        st.info(t("err_down_local") if s.local else t("err_down_remote"))
    else:
        st.error(t("err_query", name="graph_overview", detail=s.detail))
        st.info(t("err_down_local"))


def _user() -> str:
    try:
        return settings().neo4j_user
    except SettingsError:
        return "?"


def _freeze(value: Any) -> Hashable:
    if isinstance(value, list | tuple | set | frozenset):
        return tuple(_freeze(v) for v in value)
    return value


@st.cache_data(ttl=CACHE_TTL, max_entries=2000, show_spinner=False)
def _rows(uri: str, database: str, name: str, params: tuple[tuple[str, Any], ...]) -> list[dict[str, Any]]:
    query = get(name)
    return [as_dict(r) for r in query.run(driver(), database=database, **{k: _thaw(v) for k, v in params})]


def _thaw(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def rows(name: str, /, **params: Any) -> list[dict[str, Any]]:
    """The rows of the named query as dicts (cached); on failure a message and no rows."""
    params = {k: v for k, v in params.items() if v is not None}
    try:
        s = settings()
        return _rows(s.neo4j_uri, s.neo4j_database, name, tuple(sorted((k, _freeze(v)) for k, v in params.items())))
    except QueryError as exc:
        if "no query named" in str(exc):
            st.warning(t("err_query_missing", name=name, detail=exc))
        else:
            st.error(t("err_query", name=name, detail=exc))
    except (Neo4jError, DriverError, OSError, SettingsError) as exc:
        st.error(t("err_query", name=name, detail=exc))
    return []


def frame(name: str, /, **params: Any) -> pd.DataFrame:
    return pd.DataFrame(rows(name, **params))


def one(name: str, /, **params: Any) -> dict[str, Any] | None:
    found = rows(name, **params)
    return found[0] if found else None


def entity(node_id: str) -> dict[str, Any] | None:
    """One node (id, label, name, properties) or None."""
    return one("entity", id=node_id) if node_id else None


def module(name: str) -> ModuleType | None:
    """``queries.<name>`` (subgraph, analytics, export), or None with a message if it is not there yet."""
    try:
        return importlib.import_module(f"queries.{name}")
    except ImportError:
        st.warning(t("err_module_missing", name=f"queries.{name}"))
        return None


@st.cache_data(ttl=CACHE_TTL, max_entries=200, show_spinner=False)
def _ego(uri: str, database: str, node_id: str, hops: int, labels: tuple[str, ...] | None,
         rel_types: tuple[str, ...] | None, county: str | None, as_of: str | None, max_nodes: int) -> Any:
    from queries.subgraph import ego_graph

    return ego_graph(driver(), node_id, hops=hops, labels=list(labels) if labels else None,
                     rel_types=list(rel_types) if rel_types else None, county=county, as_of=as_of,
                     max_nodes=max_nodes, database=database)


def ego(node_id: str, hops: int = 2, labels: list[str] | None = None, rel_types: list[str] | None = None,
        county: str | None = None, as_of: str | None = None, max_nodes: int = 300) -> Any:
    """``queries.subgraph.ego_graph`` around ``node_id`` (cached), or None with a message."""
    if module("subgraph") is None:
        return None
    s = settings()
    try:
        return _ego(s.neo4j_uri, s.neo4j_database, node_id, hops, tuple(labels) if labels else None,
                    tuple(rel_types) if rel_types else None, county, as_of, max_nodes)
    except (Neo4jError, DriverError, OSError, ValueError) as exc:
        st.error(t("err_query", name="ego_graph", detail=exc))
        return None


@st.cache_data(ttl=CACHE_TTL, max_entries=50, show_spinner=False)
def _ids_subgraph(uri: str, database: str, ids: tuple[str, ...], max_nodes: int) -> Any:
    from queries.subgraph import query_subgraph

    return query_subgraph(driver(), list(ids), max_nodes=max_nodes, database=database)


def ids_subgraph(rows: list[dict[str, Any]], max_nodes: int = 1000) -> Any:
    """The subgraph induced by the node ids in a query's rows (``queries.subgraph.query_subgraph``), cached."""
    if module("subgraph") is None:
        return None
    from queries.subgraph import ids_from_rows

    s = settings()
    try:
        return _ids_subgraph(s.neo4j_uri, s.neo4j_database, tuple(ids_from_rows(rows)), max_nodes)
    except (Neo4jError, DriverError, OSError, ValueError) as exc:
        st.error(t("err_query", name="query_subgraph", detail=exc))
        return None


@st.cache_data(ttl=CACHE_TTL, max_entries=10, show_spinner=False)
def _scope(uri: str, database: str, county: str | None) -> Any:
    from queries.subgraph import county_graph, whole_graph

    if county:
        return county_graph(driver(), county, database=database)
    return whole_graph(driver(), database=database)


def scope(county: str | None) -> Any:
    """A whole county's graph (or the whole graph when ``county`` is empty), cached, or None with a message."""
    if module("subgraph") is None:
        return None
    s = settings()
    try:
        return _scope(s.neo4j_uri, s.neo4j_database, county or None)
    except (Neo4jError, DriverError, OSError, ValueError) as exc:
        st.error(t("err_query", name="county_graph" if county else "whole_graph", detail=exc))
        return None


@st.cache_data(ttl=CACHE_TTL, max_entries=20, show_spinner=False)
def _co_responsibility(uri: str, database: str, county: str | None, include_generic: bool) -> Any:
    from queries.analytics import co_responsibility_network

    return co_responsibility_network(driver(), county=county, include_generic=include_generic, database=database)


def co_responsibility(county: str | None = None, include_generic: bool = False) -> Any:
    """The agencies' co-responsibility network (networkx graph, cached), or None with a message."""
    if module("analytics") is None:
        return None
    s = settings()
    try:
        return _co_responsibility(s.neo4j_uri, s.neo4j_database, county, include_generic)
    except (Neo4jError, DriverError, OSError, ValueError, TypeError) as exc:
        st.error(t("err_query", name="co_responsibility_network", detail=exc))
        return None


@st.cache_data(ttl=CACHE_TTL, max_entries=50, show_spinner=False)
def _analytics_table(uri: str, database: str, fn: str, county: str | None, include_generic: bool,
                     extra: tuple[tuple[str, Any], ...]) -> Any:
    import queries.analytics as analytics

    func = getattr(analytics, fn)
    if fn in ("oversight_concentration", "taskforce_concentration"):
        out = func(driver(), county=county, database=database)
    else:
        out = func(_co_responsibility(uri, database, county, include_generic), **dict(extra))
    return analytics.to_records(out) if isinstance(out, list) else out


def analytics_table(fn: str, county: str | None = None, include_generic: bool = False, **extra: Any) -> Any:
    """A table from ``queries.analytics`` (centrality, communities, matrix, concentrations), cached."""
    if module("analytics") is None:
        return None
    s = settings()
    try:
        return _analytics_table(s.neo4j_uri, s.neo4j_database, fn, county, include_generic,
                                tuple(sorted(extra.items())))
    except (Neo4jError, DriverError, OSError, ValueError, TypeError, AttributeError) as exc:
        st.error(t("err_query", name=fn, detail=exc))
        return None


def clear_caches() -> None:
    _rows.clear()
    _ego.clear()
    _ids_subgraph.clear()
    _scope.clear()
    _co_responsibility.clear()
    _analytics_table.clear()
    _graph_size.clear()
