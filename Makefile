# govkg task runner. `make demo` runs the main job; `make test` installs everything and runs the whole suite.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
CORPUS ?= ../shared/corpus
GOLD   ?= ../shared/gold
OUT    ?= var

.PHONY: install neo4j-jars demo test lint check golden bench clean

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

## The main job: extract the demo corpus and score it against the gold facts.
demo: install
	@mkdir -p $(OUT)
	$(BIN)/govkg extract $(CORPUS) -o $(OUT)/facts.jsonl
	$(BIN)/govkg eval --gold $(GOLD) $(CORPUS) --show 0

lint: install
	$(BIN)/ruff check .

## The whole test suite, after installing what it needs.
test: install lint
	$(BIN)/pytest -q

check: test

## Regenerate the golden files that tests/test_corpus.py compares against (review the diff!).
golden: install
	$(BIN)/govkg extract $(CORPUS) -o tests/golden/corpus_facts.jsonl

bench: install
	$(BIN)/python benchmarks/extract_throughput.py $(CORPUS)

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .ruff_cache
