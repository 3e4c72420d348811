"""Looking up entities: full-text search and one entity by id."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from graph_build.graph.schema import load_schema
from queries.registry import Param, Query, register

# Every label has a unique index on id; a lookup by id goes through them (an unlabelled MATCH scans all nodes).
ALL_LABELS = tuple(load_schema().label(x) for x in load_schema().nodes)


# Characters with a meaning in Lucene's query syntax (a Cypher list literal): replaced by spaces, and the text
# lower-cased (the cjk analyzer lower-cases anyway), so that any text is a valid full-text query.
LUCENE_SPECIAL = "['\\\\', '+', '-', '&', '|', '!', '(', ')', '{', '}', '[', ']', '^', '\"', '~', '*', '?', ':', '/']"


def fulltext_words(expr: str) -> str:
    """A Cypher expression: the text of ``expr`` made safe as a full-text query."""
    return f"toLower(reduce(s = {expr}, c IN {LUCENE_SPECIAL} | replace(s, c, ' ')))"


def node_by_id(param: str, labels: tuple[str, ...] = ALL_LABELS) -> str:
    """Cypher (a UNION, for a CALL subquery) that finds the node whose id is ``$param``, as ``n``."""
    return "\n  UNION ".join(f"MATCH (n:{label} {{id: ${param}}}) RETURN n" for label in labels)


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
                "tasks and documents, best first: id, label, name (or title), county, score. The text is taken as "
                "words (Lucene operators and brackets are ignored).",
    params=(
        Param("text", "str", "words to look for, e.g. 水利局 or 南选智"),
        Param("limit", "int", "at most this many hits", 20),
    ),
    cypher="""
        WITH """ + fulltext_words("$text") + """ AS words
        WHERE trim(words) <> ''
        CALL db.index.fulltext.queryNodes('govkg_names', words) YIELD node, score
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
        CALL () {
  """ + node_by_id("id") + """
        }
        RETURN n.id AS id, labels(n)[0] AS label, coalesce(n.name, n.id) AS name, properties(n) AS properties
    """,
    result=Entity,
))
