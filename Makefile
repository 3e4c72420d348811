# govkg task runner. `make demo` runs the main job; `make test` installs everything and runs the whole suite.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
CORPUS ?= ../shared/corpus
GOLD   ?= ../shared/gold
OUT    ?= var

.PHONY: install neo4j-jars system-deps demo eval test lint check golden bench bench-load bench-queries bench-e2e clean

$(BIN)/govkg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $@

install: $(BIN)/govkg neo4j-jars

## The local Neo4j's Java side (neo4j_server/, needs java 17+ and mvn): the first build downloads ~125 MB once.
NEO4J_STAMP := neo4j_server/target/govkg-build.stamp
neo4j-jars: $(NEO4J_STAMP)

$(NEO4J_STAMP): neo4j_server/pom.xml $(wildcard neo4j_server/src/main/java/govkg/neo4j/*.java)
	@command -v java >/dev/null || { echo "java not found: install a JDK 17+ (apt-get install openjdk-17-jdk-headless)"; exit 1; }
	@command -v mvn >/dev/null || { echo "mvn not found: install Maven 3.8+ (apt-get install maven)"; exit 1; }
	mvn -q -B -f neo4j_server/pom.xml compile
	@touch $@

## The main job: start the local Neo4j, build the graph from the demo corpus, say where the dashboard is.
demo: install
	$(BIN)/govkg neo4j start
	$(BIN)/govkg build $(CORPUS)
	@echo "graph loaded; Neo4j at bolt://127.0.0.1:7687 (govkg neo4j status). Dashboard: http://localhost:8501 (Ctrl-C stops it)"
	$(BIN)/govkg dashboard --port 8501

## Score extraction against the three gold sets (demo gazettes, wild leaders, wild bodies): one table.
WILD ?= ../shared/wild
eval: install
	$(BIN)/govkg eval --gold demo=$(GOLD) --gold leaders=$(WILD)/leaders/gold --gold bodies=$(WILD)/bodies/gold --show 0

system-deps:
	bash scripts/install-system-deps.sh

lint: install
	$(BIN)/ruff check .

## The whole test suite, after installing what it needs.
test: install system-deps lint
	$(BIN)/pytest -q

check: test

## Regenerate the golden files that tests/test_corpus.py compares against (review the diff!).
golden: install
	$(BIN)/govkg extract $(CORPUS) -o tests/golden/corpus_facts.jsonl

bench: install
	$(BIN)/python benchmarks/extract_throughput.py $(CORPUS)

## Batched loading against one MERGE per row (wipes the running local Neo4j's graph, then reloads it).
bench-load: install
	$(BIN)/govkg neo4j start
	$(BIN)/python benchmarks/load_throughput.py $(CORPUS)
	$(BIN)/govkg build $(CORPUS)

## p50/p95 of every named query on the demo graph and on one 100 times larger (wipes the local graph, then rebuilds the demo graph).
bench-queries: install
	$(BIN)/govkg neo4j start
	$(BIN)/python benchmarks/query_latency.py $(CORPUS)

## Every stage on COPIES renamed copies of the demo corpus, one table (wipes the local graph, then rebuilds the demo).
COPIES ?= 100
bench-e2e: install
	$(BIN)/govkg neo4j start
	PYTHONPATH=benchmarks $(BIN)/python benchmarks/end_to_end.py $(CORPUS) --copies $(COPIES) --workdir $(OUT)/bench
	$(BIN)/govkg build $(CORPUS)

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .ruff_cache
