"""Loading many documents per transaction: the same graph as one by one, and a failing document alone fails."""

from __future__ import annotations

from graph_build.build import rows_for
from graph_build.graph import loader as loader_module
from graph_build.graph.loader import Loader, ensure_schema
from tests.graph_fixture import wipe
from tests.test_graph_build import NOTICE_A, NOTICE_B, NOTICE_OTHER_COUNTY, facts_of, snapshot

pytest_plugins = ["neo4j_fixture", "graph_fixture"]


def documents():
    return rows_for(facts_of(NOTICE_A, NOTICE_B, NOTICE_OTHER_COUNTY))


def test_one_transaction_for_many_documents_gives_the_same_graph_as_one_each(empty_graph, monkeypatch):
    summary = Loader(empty_graph).load(documents())
    assert len(summary.loaded) == 3 and not summary.failed
    batched = snapshot(empty_graph)
    wipe(empty_graph)
    monkeypatch.setattr(loader_module, "DOCS_PER_TX", 1)
    Loader(empty_graph).load(documents())
    assert snapshot(empty_graph) == batched


def test_nodes_written_in_many_small_batches_give_the_same_graph(empty_graph, monkeypatch):
    """Each node batch answers with its rows' ids and element ids in one record; relationships find their ends
    by those element ids, whichever batch wrote them."""
    Loader(empty_graph).load(documents())
    whole = snapshot(empty_graph)
    wipe(empty_graph)
    monkeypatch.setattr(loader_module, "BATCH", 3)
    Loader(empty_graph).load(documents())
    assert snapshot(empty_graph) == whole


class RecordingTransaction:
    """Stands in for a transaction: records when each statement is sent and when its end is waited for."""

    def __init__(self, events: list[str]):
        self.events = events

    def run(self, statement: str, rows: list[dict]) -> RecordingTransaction.Result:
        self.events.append(f"send {statement}")
        return self.Result(self.events, statement)

    class Result:
        def __init__(self, events: list[str], statement: str):
            self.events, self.statement = events, statement

        def consume(self) -> None:
            self.events.append(f"done {self.statement}")


def test_the_next_statement_is_made_while_the_server_runs_the_one_before():
    events: list[str] = []

    def statements():
        for name in ("first", "second", "third"):
            events.append(f"make {name}")
            yield name, [{"id": name}]

    loader_module._run_ahead(RecordingTransaction(events), statements())
    assert events == ["make first", "send first",
                      "make second", "done first", "send second",
                      "make third", "done second", "send third",
                      "done third"]


def test_a_failing_document_in_a_group_is_retried_alone_and_reported(empty_graph):
    docs = documents()
    bad = docs[1]
    rels = bad.rels[("MEMBER_OF", "Person", "TaskForce")]
    key = sorted(rels)[-1]
    rels[key] = {**rels[key], "props": {**rels[key]["props"], "role": [{"not": "storable"}]}}
    seen: list[tuple[str, str]] = []
    summary = Loader(empty_graph).load(docs, progress=lambda rows, outcome: seen.append((rows.doc_id, outcome)))
    assert [err.doc_id for err in summary.failed] == [bad.doc_id]
    assert bad.doc_id in str(summary.failed[0])
    assert summary.loaded == [docs[0].doc_id, docs[2].doc_id]
    assert seen == [(docs[0].doc_id, "loaded"), (bad.doc_id, "failed"), (docs[2].doc_id, "loaded")]
    # nothing of the failed document was written, and the others are whole
    left, _, _ = empty_graph.execute_query(
        "MATCH ()-[r]->() WHERE r.doc_id = $doc RETURN count(r) AS n", doc=bad.doc_id)
    assert left[0]["n"] == 0
    cited, _, _ = empty_graph.execute_query(
        "MATCH ()-[r]->() WHERE r.doc_id IS NOT NULL RETURN DISTINCT r.doc_id AS doc ORDER BY doc")
    assert [r["doc"] for r in cited] == sorted([docs[0].doc_id, docs[2].doc_id])


def test_only_documents_the_graph_holds_have_their_old_facts_removed(empty_graph, monkeypatch):
    removed: list[str] = []
    original = Loader._delete_document_facts
    monkeypatch.setattr(Loader, "_delete_document_facts",
                        lambda self, tx, doc_id: (removed.append(doc_id), original(self, tx, doc_id)))
    docs = documents()
    Loader(empty_graph).load(docs)
    assert removed == []  # a build from empty has nothing to remove
    changed = documents()
    task = next(iter(changed[0].nodes["Task"].values()))
    task["text"] = task["text"] + "（修订）"
    Loader(empty_graph).load(changed)
    assert removed == [changed[0].doc_id]


def search_index(driver) -> dict:
    records, _, _ = driver.execute_query("SHOW INDEXES YIELD name, id, state, options WHERE name = 'govkg_names' "
                                         "RETURN id, state, options.indexConfig AS config")
    assert len(records) == 1
    return records[0].data()


def test_a_loaded_name_is_found_by_search_as_soon_as_the_load_returns(empty_graph):
    ensure_schema(empty_graph, "neo4j")  # the full-text index is updated after commit; the load waits for it
    assert search_index(empty_graph)["config"]["fulltext.eventually_consistent"] is True
    Loader(empty_graph).load(documents())
    found, _, _ = empty_graph.execute_query(
        "CALL db.index.fulltext.queryNodes('govkg_names', '精密气象监测') YIELD node RETURN node.name AS name")
    assert found and "精密气象监测" in found[0]["name"]


def test_a_load_from_empty_makes_the_search_index_after_it_and_a_later_load_keeps_it(empty_graph):
    ensure_schema(empty_graph, "neo4j")
    before = search_index(empty_graph)
    docs = documents()
    Loader(empty_graph).load(docs[:1])
    made = search_index(empty_graph)
    assert made["id"] != before["id"] and made["config"] == before["config"] and made["state"] == "ONLINE"
    Loader(empty_graph).load(docs)  # the graph holds searchable nodes: the index is updated, not made again
    assert search_index(empty_graph) == made
    for name in ("精密气象监测", "杨志军"):  # a task of the first load, a person of the second
        found, _, _ = empty_graph.execute_query(
            "CALL db.index.fulltext.queryNodes('govkg_names', $q) YIELD node RETURN node.name AS name", q=name)
        assert found, name



def test_many_orphans_are_removed_batch_by_batch(empty_graph, monkeypatch):
    """A prune of many documents leaves many orphans; they go in several transactions, and all of them go.
    (One transaction for the 150,000 orphans of a pruned 100x graph outgrew the server's transaction memory.)"""
    monkeypatch.setattr(loader_module, "ORPHANS_PER_TX", 1000)
    empty_graph.execute_query(
        "MERGE (c:County {id: 'county:测试县', name: '测试县'}) WITH c UNWIND range(1, 2500) AS i "
        "CREATE (:Agency {id: 'agency:测试县:单位' + i, name: '测试县第' + i + '单位'})"
        "-[:IN_COUNTY {key: 'k' + i}]->(c)")
    assert Loader(empty_graph).remove_orphans() == 2500
    records, _, _ = empty_graph.execute_query("MATCH (n) RETURN count(n) AS n")
    assert records[0]["n"] == 0  # the county left empty goes too


def test_a_relationship_to_a_node_the_document_does_not_list_still_loads(empty_graph):
    """Relationships between nodes the transaction wrote find them by element id; one whose end the document's
    rows do not list (a node already in the graph) is found by label and id, as before."""
    docs = documents()
    Loader(empty_graph).load(docs[1:2])  # a roster: people, no tasks
    person = next(iter(docs[1].nodes["Person"]))
    later = docs[0]  # a notice with tasks, naming no person
    assert person not in later.nodes.get("Person", {})
    later.rels[("OVERSEES", "Person", "Task")]["extra"] = {
        "from": person, "to": next(iter(later.nodes["Task"])), "key": "extra", "props": {"relation": "责任人"}}
    summary = Loader(empty_graph).load([later])
    assert summary.loaded == [later.doc_id] and not summary.failed
    found, _, _ = empty_graph.execute_query(
        "MATCH (p:Person {id: $person})-[r:OVERSEES {key: 'extra'}]->(:Task) RETURN r.relation AS relation",
        person=person)
    assert [r["relation"] for r in found] == ["责任人"]


def test_relationships_of_one_type_go_in_one_statement_whatever_their_labels(empty_graph, monkeypatch):
    statements: list[tuple[str, bool]] = []
    original = Loader._merge_rels_between
    monkeypatch.setattr(Loader, "_merge_rels_between",
                        lambda self, rel_type, new=False: statements.append((rel_type, new))
                        or original(self, rel_type, new))
    docs = documents()
    Loader(empty_graph).load(docs)
    labels_per_type: dict[str, set] = {}
    for doc in docs:
        for rel_type, src, dst in doc.rels:
            labels_per_type.setdefault(rel_type, set()).add((src, dst))
    assert len(labels_per_type["MENTIONED_IN"]) > 1  # several start labels …
    # … one statement per type, and kind of write: CREATE for the documents' own relationships (all new here),
    # MERGE for those they share (an entity's county, a post's agency)
    expected = {(t, t not in ("POST_IN", "IN_COUNTY")) for t in labels_per_type} | {("IN_COUNTY", True)}
    assert sorted(statements) == sorted(expected)


def test_a_document_new_to_the_graph_creates_its_own_relationships_and_merges_shared_ones(empty_graph):
    docs = documents()
    Loader(empty_graph).load(docs[:1])
    again = documents()
    again[0].doc_id, again[0].title = "doc:改名后的文件", "改名后的文件"  # the same facts, as another document
    for rows in again[0].rels.values():
        for row in rows.values():
            if "doc_id" in row["props"]:
                row["props"]["doc_id"] = again[0].doc_id
    Loader(empty_graph).load(again[:1])
    records, _, _ = empty_graph.execute_query(
        "MATCH ()-[r]->() RETURN type(r) AS type, r.key AS key, r.doc_id AS doc_id, count(*) AS n")
    twice = {(r["type"], r["doc_id"]) for r in records if r["n"] > 1}
    assert not twice  # no relationship written twice …
    counted: dict[tuple[str, str], set] = {}
    for r in records:
        counted.setdefault((r["type"], r["key"]), set()).add(r["doc_id"])
    facts = {k: ds for k, ds in counted.items() if None not in ds}
    assert facts and all(ds == {docs[0].doc_id, again[0].doc_id} for ds in facts.values())  # … each its own
    shared = [r for r in records if r["type"] == "IN_COUNTY" and not r["key"].startswith("doc:")]
    assert shared and all(r["n"] == 1 for r in shared)  # an agency's county: one link, merged


def test_entities_are_refreshed_only_when_some_document_was_not_just_written(empty_graph, monkeypatch):
    refreshed: list[int] = []
    original = Loader.refresh_entities
    monkeypatch.setattr(Loader, "refresh_entities",
                        lambda self, docs: (refreshed.append(len(docs)), original(self, docs)))
    docs = documents()
    Loader(empty_graph).load(docs[:2])
    assert refreshed == []  # every document written in order: their entities hold the last one's properties
    agency = next(a for a in docs[0].nodes["Agency"] if all(a not in d.nodes["Agency"] for d in docs[1:]))
    again = documents()
    again[0].nodes["Agency"][agency]["name"] = "改过的名称"  # a shared entity's name: the digest does not change
    Loader(empty_graph).load(again)  # the first two unchanged, the third loaded
    assert refreshed == [3]
    found, _, _ = empty_graph.execute_query("MATCH (a:Agency {id: $id}) RETURN a.name AS name", id=agency)
    assert found[0]["name"] == "改过的名称"
