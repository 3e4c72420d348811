"""The graph model, read from ``data/schema.yml``: labels, relationship types, keys, indexes.

Everything that writes Cypher with a label or a relationship type takes it
from here, after checking it against the schema, never from user input.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from graph_build.data_files import load_yaml
from graph_build.patterns import LazyPattern

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "data" / "schema.yml"
_IDENT = LazyPattern(r"^[A-Za-z_][A-Za-z0-9_]*$")


class SchemaError(ValueError):
    """A label or relationship type that the schema does not define."""


@dataclass(frozen=True)
class NodeType:
    label: str
    description: str
    properties: tuple[str, ...]
    color: str


@dataclass(frozen=True)
class RelType:
    type: str
    description: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    properties: tuple[str, ...]
    fact: bool
    derived: bool = False  # recomputed after every build from other relationships (a summary, not a fact)


@dataclass(frozen=True)
class FulltextIndex:
    name: str
    labels: tuple[str, ...]
    properties: tuple[str, ...]
    analyzer: str


@dataclass(frozen=True)
class Schema:
    version: int
    nodes: dict[str, NodeType]
    relationships: dict[str, RelType]
    fulltext: FulltextIndex
    fact_properties: tuple[str, ...] = ()

    def label(self, label: str) -> str:
        """``label``, checked against the schema and safe to put in Cypher."""
        if label not in self.nodes or not _IDENT.match(label):
            raise SchemaError(f"unknown node label {label!r}; the schema has {', '.join(sorted(self.nodes))}")
        return label

    def rel_type(self, rel_type: str) -> str:
        if rel_type not in self.relationships or not _IDENT.match(rel_type):
            raise SchemaError(
                f"unknown relationship type {rel_type!r}; the schema has {', '.join(sorted(self.relationships))}"
            )
        return rel_type

    def check_rel(self, rel_type: str, source: str, target: str) -> None:
        rel = self.relationships[self.rel_type(rel_type)]
        if source not in rel.sources or target not in rel.targets:
            raise SchemaError(f"{source}-[:{rel_type}]->{target} is not in the schema")

    @property
    def fact_rel_types(self) -> list[str]:
        return [t for t, r in self.relationships.items() if r.fact]

    @property
    def derived_rel_types(self) -> list[str]:
        return [t for t, r in self.relationships.items() if r.derived]

    def property_keys(self) -> list[str]:
        """Every property key the model names: node and relationship properties, provenance and marks."""
        keys = {"id", "key", *self.fact_properties, *self.fulltext.properties}
        for node in self.nodes.values():
            keys.update(node.properties)
        for rel in self.relationships.values():
            keys.update(rel.properties)
        return sorted(k for k in keys if _IDENT.match(k))

    def constraint_statements(self) -> list[str]:
        """Uniqueness on ids, indexes on provenance, and the full-text index (all idempotent)."""
        out = [
            f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{self.label(label)}) REQUIRE n.id IS UNIQUE"
            for label in self.nodes
        ]
        out += [
            f"CREATE INDEX {t.lower()}_doc IF NOT EXISTS FOR ()-[r:{self.rel_type(t)}]-() ON (r.doc_id)"
            for t in self.fact_rel_types
        ]
        # The review queue reads the facts of a review status (all, or the flagged ones) in their review order
        # (graph_build/judgements/marks.py), first ones first.
        out += [
            f"CREATE INDEX {t.lower()}_{key} IF NOT EXISTS FOR ()-[r:{self.rel_type(t)}]-() ON (r.{key})"
            for t in self.fact_rel_types for key in ("review_status_order", "review_flag_order")
        ]
        out.append("CREATE INDEX task_doc IF NOT EXISTS FOR (n:Task) ON (n.doc_id)")
        # Tasks nobody leads (a data check) are found by their derived lead gap.
        out.append("CREATE INDEX task_lead_gap IF NOT EXISTS FOR (n:Task) ON (n.lead_gap)")
        # Agencies seen on one line only (a data check) are found by their derived count.
        out.append("CREATE INDEX agency_count_lines IF NOT EXISTS FOR (n:Agency) ON (n.count_lines)")
        # The rankings of people, agencies and task force members read their derived counts highest first, and
        # stop at their limit; members whose task forces span counties are found by their flag.
        out.append("CREATE INDEX person_busy_score IF NOT EXISTS FOR (n:Person) ON (n.busy_score)")
        out.append("CREATE INDEX agency_count_tasks IF NOT EXISTS FOR (n:Agency) ON (n.count_tasks)")
        for label in ("Person", "Agency"):
            out.append(f"CREATE INDEX {label.lower()}_seat_taskforces IF NOT EXISTS FOR (n:{label}) "
                       "ON (n.seat_taskforces)")
            out.append(f"CREATE INDEX {label.lower()}_seat_mixed IF NOT EXISTS FOR (n:{label}) ON (n.seat_mixed)")
        # The county listings as of a date read a county's task forces and posts in their derived order
        # (graph_build/graph/orders.py) and stop at their limit.
        out.append("CREATE INDEX taskforce_roster_order IF NOT EXISTS FOR (n:TaskForce) ON (n.roster_order)")
        out.append("CREATE INDEX post_holder_order IF NOT EXISTS FOR (n:Post) ON (n.holder_order)")
        # The overview reads the documents' dates and counts the generic phrases through these.
        out.append("CREATE INDEX document_date IF NOT EXISTS FOR (n:Document) ON (n.date)")
        out.append("CREATE INDEX agency_generic IF NOT EXISTS FOR (n:Agency) ON (n.generic)")
        # The search box (find) looks for the typed text inside names, aliases and 文号: text indexes answer
        # CONTAINS without reading every node of the label.
        for label, prop in (("Agency", "name"), ("Agency", "alias_text"), ("Person", "name"),
                            ("Document", "doc_number")):
            out.append(f"CREATE TEXT INDEX {label.lower()}_{prop}_text IF NOT EXISTS FOR (n:{self.label(label)}) "
                       f"ON (n.{prop})")
        # A task's keyword (accountability_chain) is looked up in its derived search text, or among the few
        # tasks whose text is too long for a text index (graph_build/graph/aggregates.py).
        out.append("CREATE TEXT INDEX task_search_text IF NOT EXISTS FOR (n:Task) ON (n.search_text)")
        out.append("CREATE INDEX task_long_text IF NOT EXISTS FOR (n:Task) ON (n.long_text)")
        # The ranking of pairs reads them most shared first.
        out.append("CREATE INDEX shares_duties_shared IF NOT EXISTS FOR ()-[p:SHARES_DUTIES]-() ON (p.shared)")
        out.append(self.fulltext_statement())
        return out

    def fulltext_statement(self) -> str:
        """The full-text index of names and texts (idempotent).

        Eventually consistent: a commit does not wait for Lucene; the loader waits once, at the end of a load.
        """
        ft = self.fulltext
        labels = "|".join(self.label(x) for x in ft.labels)
        props = ", ".join(f"n.{p}" for p in ft.properties if _IDENT.match(p))
        return (
            f"CREATE FULLTEXT INDEX {ft.name} IF NOT EXISTS FOR (n:{labels}) ON EACH [{props}] "
            f"OPTIONS {{indexConfig: {{`fulltext.analyzer`: '{ft.analyzer}', "
            "`fulltext.eventually_consistent`: true}}"
        )


@cache
def load_schema(path: Path = SCHEMA_PATH) -> Schema:
    raw = load_yaml(path)
    nodes = {
        label: NodeType(
            label, spec.get("description", ""), tuple(spec.get("properties", [])), spec.get("color", "#999")
        )
        for label, spec in raw["nodes"].items()
    }
    rels = {
        name: RelType(
            name,
            spec.get("description", ""),
            tuple(spec["from"]),
            tuple(spec["to"]),
            tuple(spec.get("properties", [])),
            bool(spec.get("fact", False)),
            bool(spec.get("derived", False)),
        )
        for name, spec in raw["relationships"].items()
    }
    ft = raw["fulltext"]
    schema = Schema(
        version=int(raw["version"]),
        nodes=nodes,
        relationships=rels,
        fulltext=FulltextIndex(ft["name"], tuple(ft["labels"]), tuple(ft["properties"]), ft["analyzer"]),
        fact_properties=tuple(raw.get("fact_properties", [])),
    )
    for rel in rels.values():
        for label in (*rel.sources, *rel.targets):
            schema.label(label)
    return schema
