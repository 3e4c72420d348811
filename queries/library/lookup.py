"""Search ranked for people who type names: exact, then prefix, then contained, then full-text matches; finds
documents by 文号 too; paged."""

from __future__ import annotations

from dataclasses import dataclass

from queries.library.entities import fulltext_words
from queries.registry import Param, Query, register

FULLTEXT_POOL = 300  # full-text hits considered before ranking


@dataclass(frozen=True)
class RankedHit:
    id: str
    label: str
    name: str
    county: str | None
    doc_number: str | None
    rank: int
    score: float
    total: int


FIND = register(Query(
    name="find",
    title="Find (ranked, paged)",
    description="What a search box should show: nodes whose name, alias, title or 文号 is exactly the text "
                "(rank 0), starts with it (1), contains it (2), or that the full-text index finds (3); in each "
                "rank the shorter name first. Rows: id, label, name, county, doc_number, rank, score, total (all "
                "matches, for paging with skip and limit).",
    params=(
        Param("text", "str", "what was typed, e.g. 应急管理局 or 稷政办发〔2023〕20号"),
        Param("label", "str", "only nodes with this label (Agency, Person, …); empty: all", ""),
        Param("skip", "int", "leave out this many hits first (paging)", 0),
        Param("limit", "int", "at most this many hits", 20),
    ),
    cypher="""
        CALL () {
          WITH """ + fulltext_words("$text") + """ AS words
          WHERE trim(words) <> ''
          CALL db.index.fulltext.queryNodes('govkg_names', words, {limit: """ + str(FULLTEXT_POOL) + """})
            YIELD node, score
          RETURN node, score
          // the text indexes find what contains the text (an empty text would find every node: none is asked)
          UNION
          WITH 0 AS asked WHERE $text <> ''
          MATCH (node:Document) WHERE node.doc_number CONTAINS $text
          RETURN node, 0.0 AS score
          UNION
          // alias_text (the aliases joined by spaces) has a text index: a superset, each alias tested after it
          WITH 0 AS asked WHERE $text <> ''
          MATCH (node:Agency) WHERE node.name CONTAINS $text OR node.alias_text CONTAINS $text
          WITH node WHERE node.name CONTAINS $text OR any(a IN coalesce(node.aliases, []) WHERE a CONTAINS $text)
          RETURN node, 0.0 AS score
          UNION
          WITH 0 AS asked WHERE $text <> ''
          MATCH (node:Person) WHERE node.name CONTAINS $text
          RETURN node, 0.0 AS score
        }
        WITH node, max(score) AS score, [l IN labels(node) WHERE l <> 'Entity'][0] AS label
        WHERE $label = '' OR label = $label
        WITH node, score, label, coalesce(node.name, node.title, node.id) AS name,
             [node.name, node.title, node.doc_number] + coalesce(node.aliases, []) AS written
        WITH node, score, label, name,
             CASE WHEN any(w IN written WHERE w = $text) THEN 0
                  WHEN any(w IN written WHERE w STARTS WITH $text) THEN 1
                  WHEN any(w IN written WHERE w CONTAINS $text) THEN 2
                  ELSE 3 END AS rank
        ORDER BY rank, size(name), score DESC, name, node.id
        WITH collect({id: node.id, label: label, name: name, county: node.county, doc_number: node.doc_number,
                      rank: rank, score: score}) AS hits
        UNWIND hits[$skip..$skip + $limit] AS hit
        RETURN hit.id AS id, hit.label AS label, hit.name AS name, hit.county AS county,
               hit.doc_number AS doc_number, hit.rank AS rank, hit.score AS score, size(hits) AS total
    """,
    result=RankedHit,
    tags=("search",),
))
