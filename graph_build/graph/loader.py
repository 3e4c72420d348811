"""Loading DocumentRows into Neo4j: many documents per transaction, batched UNWIND MERGE on ids.

- Documents go in groups (``DOCS_PER_TX`` documents or ``ROWS_PER_TX`` rows):
  one transaction per group, a few large UNWIND statements per label and type.
  If a group fails, its documents are retried one by one, so the one that fails
  is reported and rolled back alone, and the others load.

- A document whose rows are unchanged (same digest) is skipped: re-running a
  build on the same corpus changes nothing.
- A changed document first loses its own facts (relationships citing it, its
  tasks, its mentions), then gets its new rows, in the same transaction: a
  crash or an error never leaves half a document, and other documents are
  never touched.
- Nodes that no document mentions any more are removed at the end.
- Documents are removed only when the build asks (``--prune``), each in its own transaction.

Labels and relationship types come from the schema (checked), never from input;
values are always parameters.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from neo4j import Driver, ManagedTransaction
from neo4j.exceptions import ClientError, ServiceUnavailable, SessionExpired

from graph_build.graph.findings import COLUMNS as FINDING_COLUMNS
from graph_build.graph.findings import INDEX as FINDINGS_INDEX
from graph_build.graph.findings import LABEL as FINDING_LABEL
from graph_build.graph.rows import OWN_LABELS, DocumentRows
from graph_build.graph.schema import Schema, load_schema
from graph_build.graph.store import LABEL as STORE_LABEL
from graph_build.judgements.marks import Mark, MarksByFact, by_fact, with_marks

BATCH = 1000
# Neo4j is gone: no document of this build can load, and retrying one by one would only wait out the retries.
CONNECTION_LOST = (ServiceUnavailable, SessionExpired)
DOCS_PER_TX = 200
ROWS_PER_TX = 20_000
ORPHANS_PER_TX = 2_000
# The plans of the load's statements do not depend on the graph's statistics (unique-index seeks on ids, an
# expansion between two found nodes), but a graph growing under a load made the server plan them again and again
# (a tenth of its time on the 10-county corpus): the plan made first is kept.
PLAN_KEPT = "CYPHER replan=skip "


class LoadError(Exception):
    """A document that could not be loaded; its transaction was rolled back."""

    def __init__(self, doc_id: str, cause: Exception):
        self.doc_id = doc_id
        self.cause = cause
        super().__init__(f"{doc_id}: {type(cause).__name__}: {cause}")


@dataclass
class LoadSummary:
    loaded: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[LoadError] = field(default_factory=list)
    pruned: list[str] = field(default_factory=list)
    orphans_removed: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed


def ensure_schema(driver: Driver, database: str, schema: Schema | None = None) -> None:
    """Constraints and indexes, created before any MERGE (idempotent)."""
    schema = schema or load_schema()
    for statement in schema.constraint_statements():
        driver.execute_query(statement, database_=database)
    driver.execute_query(FINDINGS_INDEX, database_=database)
    driver.execute_query("CALL db.awaitIndexes(300)", database_=database)
    register_names(driver, database, schema)


def register_names(driver: Driver, database: str, schema: Schema) -> None:
    """Make every label, relationship type and property key of the model known to the database.

    The queries read some that a graph may not hold yet (no lineage judgement, no PDF page, no correction, no
    finding of a data check); Neo4j would warn on every such query that the name does not exist. A user
    without the name-management privilege still builds: the queries then only warn.
    """
    for procedure, names in (("db.createLabel", list(schema.nodes)),
                             ("db.createRelationshipType", list(schema.relationships)),
                             ("db.createProperty", sorted({*schema.property_keys(), *FINDING_COLUMNS}))):
        with contextlib.suppress(ClientError):
            driver.execute_query(f"UNWIND $names AS name CALL {procedure}(name)", names=names, database_=database)


def _batches(rows: list[Any], size: int | None = None) -> Iterable[list[Any]]:
    size = size or BATCH
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


Nodes = dict[str, dict[str, dict[str, Any]]]  # label -> id -> properties
Rels = dict[tuple[str, str, str], dict[str, dict[str, Any]]]  # (type, start label, end label) -> key -> row


def merge_documents(documents: Iterable[DocumentRows]) -> tuple[Nodes, Rels]:
    """The rows of many documents as one set: a later document's properties win, as when written in turn."""
    nodes: Nodes = {}
    rels: Rels = {}
    for rows in documents:
        for label, by_id in rows.nodes.items():
            merged = nodes.setdefault(label, {})
            for node_id, props in by_id.items():
                merged[node_id] = {**merged.get(node_id, {}), **props}
        for kind, by_key in rows.rels.items():
            merged_rels = rels.setdefault(kind, {})
            for key, row in by_key.items():
                earlier = merged_rels.get(key)
                merged_rels[key] = {**row, "props": {**earlier["props"], **row["props"]}} if earlier else row
    return nodes, rels


def _owner(src: str, dst: str, row: dict[str, Any]) -> str | None:
    """The document a relationship row belongs to, if any: the one its fact cites, or the document it starts or
    ends at (``IN_COUNTY``, ``MENTIONED_IN``). The others (an agency's county, a post's agency) are shared."""
    return row["props"].get("doc_id") or (row["from"] if src == "Document" else row["to"] if dst == "Document"
                                          else None)


class Pending(NamedTuple):
    """A document to write: its rows, their digest, and whether the graph holds an earlier version of it.

    The digest of a document that the graph does not hold is made only when it is written (``None`` until then):
    nothing is compared with it, and the server has work to do meanwhile."""

    rows: DocumentRows
    digest: str | None
    in_graph: bool = True


def _run_ahead(tx: ManagedTransaction, statements: Iterable[tuple[str, list[dict[str, Any]]]]) -> None:
    """Run each (statement, rows) in turn, in one transaction, and wait for each to finish before the next.

    ``statements`` may be lazy: the next one's rows are made after the one before was sent (the driver has its
    answer to RUN; the server is writing), and before its end is read, so the client's work and the server's
    overlap instead of taking turns."""
    running = None
    for statement, rows in statements:
        if running is not None:
            running.consume()
        running = tx.run(statement, rows=rows)
    if running is not None:
        running.consume()


def _groups(docs: list[Pending]) -> Iterable[list[Pending]]:
    """Documents in groups of at most DOCS_PER_TX documents and (unless one alone is larger) ROWS_PER_TX rows."""
    group: list[Pending] = []
    size = 0
    for item in docs:
        rows = item.rows
        n = sum(map(len, rows.nodes.values())) + sum(map(len, rows.rels.values()))
        if group and (len(group) >= DOCS_PER_TX or size + n > ROWS_PER_TX):
            yield group
            group, size = [], 0
        group.append(item)
        size += n
    if group:
        yield group


class Loader:
    """Writes documents' rows to one Neo4j database."""

    def __init__(self, driver: Driver, database: str = "neo4j", schema: Schema | None = None):
        self.driver = driver
        self.database = database
        self.schema = schema or load_schema()

    # -- statements (labels and types from the schema only) ------------------

    def _merge_nodes(self, label: str) -> str:
        """MERGE a batch of nodes of one label; returns one record: the rows' ids and their nodes' element ids.

        (One record for the batch, not one per row: a record is a Bolt message that the server writes and the
        client reads and decodes on its own.)"""
        return (f"{PLAN_KEPT}UNWIND $rows AS row MERGE (n:{self.schema.label(label)} {{id: row.id}}) "
                "SET n += row.props RETURN collect(row.id) AS ids, collect(elementId(n)) AS nodes")

    def _merge_rels(self, rel_type: str, src: str, dst: str) -> str:
        """MERGE relationships between nodes found by label and id (ends that this transaction did not write)."""
        self.schema.check_rel(rel_type, src, dst)
        return (
            f"{PLAN_KEPT}UNWIND $rows AS row "
            f"MATCH (a:{self.schema.label(src)} {{id: row.from}}) "
            f"MATCH (b:{self.schema.label(dst)} {{id: row.to}}) "
            f"MERGE (a)-[r:{self.schema.rel_type(rel_type)} {{key: row.key}}]->(b) "
            f"SET r += row.props"
        )

    def _merge_rels_between(self, rel_type: str, new: bool = False) -> str:
        """MERGE relationships of one type between nodes found by element id, whatever their labels; CREATE them
        when ``new``: relationships of documents the graph did not hold (a document's own relationships are
        removed with it, so none of them can be there already), and a CREATE does not search the relationships
        of both ends for one with the same key.

        One statement per type instead of one per (type, start label, end label): a load from empty drops the
        full-text index, which empties Neo4j's plan cache, so every distinct statement is planned again (20-60 ms
        of server CPU each); and a seek by element id takes no index lookup. An element id is stable within the
        transaction that wrote the node."""
        return (
            f"{PLAN_KEPT}UNWIND $rows AS row "
            "MATCH (a) WHERE elementId(a) = row.a "
            "MATCH (b) WHERE elementId(b) = row.b "
            f"{'CREATE' if new else 'MERGE'} (a)-[r:{self.schema.rel_type(rel_type)} {{key: row.key}}]->(b) "
            "SET r += row.props"
        )

    def _delete_document_facts_statement(self) -> str:
        """One statement that removes everything a document contributed (one round trip, not one per type)."""
        parts = [
            f"CALL () {{ MATCH ()-[r:{self.schema.rel_type(t)}]->() WHERE r.doc_id = $doc_id DELETE r }}"
            for t in self.schema.fact_rel_types
        ]
        parts.append("CALL () { MATCH (t:Task {doc_id: $doc_id}) DETACH DELETE t }")
        parts.append("CALL () { MATCH ()-[m:MENTIONED_IN]->(:Document {id: $doc_id}) DELETE m }")
        return "\n".join(parts)

    def _delete_document_facts(self, tx: ManagedTransaction, doc_id: str) -> None:
        tx.run(self._delete_document_facts_statement(), doc_id=doc_id).consume()

    # -- loading -----------------------------------------------------------

    def stored_digest(self, doc_id: str) -> str | None:
        records, _, _ = self.driver.execute_query(
            "MATCH (d:Document {id: $doc_id}) RETURN d.rows_digest AS digest", doc_id=doc_id, database_=self.database
        )
        return records[0]["digest"] if records else None

    def stored_digests(self, doc_ids: list[str]) -> dict[str, str | None]:
        """The digest each stored document was loaded with (one query for all)."""
        records, _, _ = self.driver.execute_query(
            "UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d.id AS id, d.rows_digest AS digest",
            ids=doc_ids, database_=self.database,
        )
        return {r["id"]: r["digest"] for r in records}

    def _write_documents(self, tx: ManagedTransaction, group: list[Pending], marks: MarksByFact) -> None:
        """Replace the facts of every document of ``group``: the same as writing them one after the other, each
        fact with its corpus-wide marks from ``marks``.

        A document the graph does not hold yet has no facts to remove (a build from empty skips that step).
        """
        for item in group:
            if item.in_graph:
                self._delete_document_facts(tx, item.rows.doc_id)
        nodes, rels = merge_documents([item.rows for item in group])
        if marks:
            with_marks(nodes, rels, marks)
        written: dict[tuple[str, str], str] = {}  # (label, id) -> element id of the node this transaction wrote
        for label, by_id in sorted(nodes.items()):
            payload = [{"id": node_id, "props": props} for node_id, props in sorted(by_id.items())]
            for batch in _batches(payload):
                ids, element_ids = tx.run(self._merge_nodes(label), rows=batch).single(strict=True)
                written.update(zip([(label, node_id) for node_id in ids], element_ids, strict=True))
        _run_ahead(tx, self._relationship_statements(rels, written, group))

    def _relationship_statements(self, rels: Rels, written: dict[tuple[str, str], str],
                                 group: list[Pending]) -> Iterator[tuple[str, list[dict[str, Any]]]]:
        """The statements that write the relationships of a group, then the one that stamps its documents.

        A lazy sequence: ``_run_ahead`` makes each statement's rows while the server runs the one before."""
        by_type: dict[str, list[tuple[str, str, str]]] = {}
        for kind in sorted(rels):
            by_type.setdefault(kind[0], []).append(kind)
        new_docs = {item.rows.doc_id for item in group if not item.in_graph}
        for rel_type, kinds in by_type.items():
            between: dict[bool, list[dict[str, Any]]] = {False: [], True: []}  # new: a new document's own
            for kind in kinds:
                _, src, dst = kind
                self.schema.check_rel(*kind)
                by_key = rels[kind]
                elsewhere = []  # an end the rows of this group do not name (never from RowBuilder): by label and id
                for key in sorted(by_key):
                    row = by_key[key]
                    a, b = written.get((src, row["from"])), written.get((dst, row["to"]))
                    if a is None or b is None:
                        elsewhere.append(row)
                    else:
                        new = bool(new_docs) and _owner(src, dst, row) in new_docs
                        between[new].append({"a": a, "b": b, "key": row["key"], "props": row["props"]})
                for batch in _batches(elsewhere):
                    yield self._merge_rels(*kind), batch
            for new, rows in between.items():
                if rows:
                    statement = self._merge_rels_between(rel_type, new)
                    for batch in _batches(rows):
                        yield statement, batch
        # A document new to the graph has its digest made here, while the server writes the relationships.
        stamps = [{"id": item.rows.doc_id, "digest": item.digest or item.rows.digest(), "facts": item.rows.facts}
                  for item in group]
        yield (f"{PLAN_KEPT}UNWIND $rows AS row MATCH (d:Document {{id: row.id}}) SET d.rows_digest = row.digest, "
               "d.facts = row.facts"), stamps

    def _write_group(self, group: list[Pending], marks: MarksByFact) -> None:
        with self.driver.session(database=self.database) as session:
            session.execute_write(self._write_documents, group, marks)

    def load_document(self, rows: DocumentRows, force: bool = False) -> bool:
        """Load one document in one transaction. Returns False if it was unchanged."""
        digest = rows.digest()
        if not force and self.stored_digest(rows.doc_id) == digest:
            return False
        try:
            self._write_group([Pending(rows, digest)], {})
        except CONNECTION_LOST:
            raise
        except Exception as exc:  # the transaction is rolled back; report which document
            raise LoadError(rows.doc_id, exc) from exc
        self.await_search_index()
        return True

    def load_group(self, group: list[Pending], marks: MarksByFact | None = None) -> list[LoadError]:
        """Write ``group`` (with ``marks``) in one transaction; if it fails, each document alone. Returns the
        failures."""
        marks = marks or {}
        try:
            self._write_group(group, marks)
        except CONNECTION_LOST:
            raise
        except Exception:  # the whole group was rolled back: find the document(s) at fault
            failed = []
            for item in group:
                try:
                    self._write_group([item], marks)
                except CONNECTION_LOST:
                    raise
                except Exception as exc:
                    failed.append(LoadError(item.rows.doc_id, exc))
            return failed
        return []

    def refresh_entities(self, documents: list[DocumentRows]) -> None:
        """Set the shared entities' properties (names, aliases …) from the rows of all documents."""
        merged: dict[str, dict[str, dict[str, Any]]] = {}
        for doc in documents:
            for label, nodes in doc.nodes.items():
                if label in OWN_LABELS:
                    continue
                for node_id, props in nodes.items():
                    merged.setdefault(label, {}).setdefault(node_id, {}).update(props)
        for label, nodes in sorted(merged.items()):
            statement = (
                f"UNWIND $rows AS row MATCH (n:{self.schema.label(label)} {{id: row.id}}) "
                "WITH n, row WHERE any(k IN keys(row.props) WHERE n[k] IS NULL OR n[k] <> row.props[k]) "
                "SET n += row.props"
            )
            payload = [{"id": node_id, "props": props} for node_id, props in sorted(nodes.items())]
            for batch in _batches(payload):
                self.driver.execute_query(statement, rows=batch, database_=self.database)

    def documents_in_graph(self) -> dict[str, list[str]]:
        """Every Document in the graph: id -> the files it was read from."""
        records, _, _ = self.driver.execute_query(
            "MATCH (d:Document) RETURN d.id AS id, coalesce(d.sources, [d.source]) AS sources",
            database_=self.database)
        return {r["id"]: [s for s in r["sources"] if s] for r in records}

    def remove_documents(self, doc_ids: Iterable[str]) -> list[str]:
        """Remove these documents (one transaction each) with their facts. Returns their ids."""
        gone = sorted(doc_ids)
        for doc_id in gone:
            with self.driver.session(database=self.database) as session:
                session.execute_write(self._delete_document, doc_id)
        return gone

    def _delete_document(self, tx: ManagedTransaction, doc_id: str) -> None:
        self._delete_document_facts(tx, doc_id)
        tx.run("MATCH (d:Document {id: $doc_id}) DETACH DELETE d", doc_id=doc_id).consume()

    def remove_orphans(self) -> int:
        """Delete entity nodes that no document mentions any more (and counties left empty).

        In transactions of ORPHANS_PER_TX nodes: a prune of many documents leaves many orphans, and one
        transaction holding them all with their relationships would outgrow the server's transaction memory.
        (Each is an orphan on its own: a batch that commits leaves no document half loaded.)
        """
        with self.driver.session(database=self.database) as session:  # IN TRANSACTIONS needs auto-commit
            removed = session.run(
                "MATCH (n) WHERE (n:Agency OR n:Person OR n:Post OR n:TaskForce OR n:Field) "
                "AND NOT (n)-[:MENTIONED_IN]->(:Document) "
                "CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF $size ROWS RETURN count(*) AS removed",
                size=ORPHANS_PER_TX,
            ).single(strict=True)["removed"]
        self.driver.execute_query(
            "MATCH (c:County) WHERE NOT ()-[:IN_COUNTY]->(c) DELETE c", database_=self.database
        )
        return int(removed)

    def load(
        self,
        documents: Iterable[DocumentRows],
        progress: Callable[[DocumentRows, str], None] | None = None,
        remove: Iterable[str] = (),
        marks: dict[str, list[Mark]] | None = None,
    ) -> LoadSummary:
        """Remove the documents named in ``remove``, then load every document (those unchanged are skipped).

        The facts of a document written get their corpus-wide marks from ``marks`` (doc id -> marks,
        ``ReviewStage.corpus_marks``) in the same statements; those of a document skipped keep what they hold
        (``write_marks`` sets what changed)."""
        summary = LoadSummary()
        marks_by_fact = by_fact(marks or {})
        documents = list(documents)
        summary.pruned = self.remove_documents(remove)
        stored = self.stored_digests([d.doc_id for d in documents])
        changed: list[Pending] = []
        for rows in documents:
            if rows.doc_id not in stored:
                changed.append(Pending(rows, None, in_graph=False))
                continue
            digest = rows.digest()
            if stored[rows.doc_id] == digest:
                summary.unchanged.append(rows.doc_id)
                if progress:
                    progress(rows, "unchanged")
            else:
                changed.append(Pending(rows, digest))
        with self._search_index_after(bool(changed) and not self._searchable_nodes()):
            for group in _groups(changed):
                failed = {err.doc_id: err for err in self.load_group(group, marks_by_fact)}
                for rows, _, _ in group:
                    if rows.doc_id in failed:
                        summary.failed.append(failed[rows.doc_id])
                    else:
                        summary.loaded.append(rows.doc_id)
                    if progress:
                        progress(rows, "failed" if rows.doc_id in failed else "loaded")
        if summary.unchanged or summary.failed:
            # Else every document was just written, in this order, each setting its entities' properties over
            # those of the documents before it: the refresh would find nothing to change.
            self.refresh_entities(documents)
        summary.orphans_removed = self.remove_orphans()
        self.await_search_index()
        return summary

    def imported(self, documents: Iterable[DocumentRows]) -> LoadSummary:
        """What ``load`` would report and do for ``documents`` written into an empty database by
        ``write_import_files`` rather than by this loader: each loaded as ``load`` writes it (the import merged
        the rows and the entities' properties in document order, and stamped the digests), so only orphans are
        removed and the full-text index awaited, without reading every document back to compare it."""
        summary = LoadSummary(loaded=[rows.doc_id for rows in documents])
        summary.orphans_removed = self.remove_orphans()
        self.await_search_index()
        return summary

    def _searchable_nodes(self) -> bool:
        """Whether the graph holds any node that the full-text index covers."""
        labels = " OR ".join(f"n:{self.schema.label(x)}" for x in self.schema.fulltext.labels)
        records, _, _ = self.driver.execute_query(f"MATCH (n) WHERE {labels} RETURN n LIMIT 1",
                                                  database_=self.database)
        return bool(records)

    @contextlib.contextmanager
    def _search_index_after(self, empty: bool) -> Iterator[None]:
        """Into a graph with nothing to search (a build from empty), load without the full-text index and make it
        afterwards: one population of it costs less than updating it after every commit, which also took a core
        from the load. It is made again even when the load fails; ``ensure_schema`` would make it anyway."""
        if not empty:
            yield
            return
        name = self.schema.fulltext.name
        self.driver.execute_query(f"DROP INDEX {name} IF EXISTS", database_=self.database)
        try:
            yield
        finally:
            self.driver.execute_query(self.schema.fulltext_statement(), database_=self.database)
            self.driver.execute_query("CALL db.awaitIndex($name, 300)", name=name, database_=self.database)

    def await_search_index(self) -> None:
        """Wait until the full-text index (updated after commit, see ``Schema``) shows every write."""
        self.driver.execute_query("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()",
                                  database_=self.database)


def graph_counts(driver: Driver, database: str = "neo4j") -> tuple[Counter[str], Counter[str]]:
    """Nodes per label and relationships per type, as stored."""
    nodes: Counter[str] = Counter()
    rels: Counter[str] = Counter()
    records, _, _ = driver.execute_query(
        # (bookkeeping labels as values: a graph loaded without them has no such label, and Neo4j would warn)
        "MATCH (n) UNWIND labels(n) AS label WITH label WHERE NOT label IN $bookkeeping RETURN label, count(*) AS n",
        bookkeeping=[STORE_LABEL, FINDING_LABEL], database_=database,
    )
    for r in records:
        nodes[r["label"]] = r["n"]
    records, _, _ = driver.execute_query(
        "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n", database_=database
    )
    for r in records:
        rels[r["type"]] = r["n"]
    return nodes, rels
