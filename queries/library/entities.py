"""Looking up entities: full-text search and one entity by id."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from queries.registry import Param, Query, register


@dataclass(frozen=True)
class SearchHit:
    id: str
    label: str
    name: str
    county: str | None
    score: float


SEARCH = register(Query(
    name="search",
    title="Search",
    description="Full-text search (Chinese, cjk analyzer) across agencies, people, posts, task forces, fields, "
                "tasks and documents, best first.",
    params=(
        Param("text", "str", "words to look for, e.g. 水利局 or 南选智"),
        Param("limit", "int", "at most this many hits", 20),
    ),
    cypher="""
        CALL db.index.fulltext.queryNodes('govkg_names', $text) YIELD node, score
        WITH node, score, [l IN labels(node) WHERE l <> 'Entity'][0] AS label
        RETURN node.id AS id, label, coalesce(node.name, node.title, node.id) AS name, node.county AS county,
               score
        ORDER BY score DESC, name LIMIT $limit
    """,
    result=SearchHit,
    tags=("search",),
))


@dataclass(frozen=True)
class Entity:
    id: str
    label: str
    name: str
    properties: dict[str, Any]


ENTITY = register(Query(
    name="entity",
    title="Entity by id",
    description="One node by its id, with its label and all its properties.",
    params=(Param("id", "str", "the node id, e.g. agency:稷山县:水利局"),),
    cypher="""
        MATCH (n {id: $id})
        RETURN n.id AS id, labels(n)[0] AS label, coalesce(n.name, n.id) AS name, properties(n) AS properties
    """,
    result=Entity,
))
