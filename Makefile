# govkg task runner. `make demo` runs the main job; `make test` installs everything and runs the whole suite.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
CORPUS ?= ../shared/corpus
GOLD   ?= ../shared/gold
OUT    ?= var

.PHONY: install demo test lint check golden bench clean

$(BIN)/govkg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $@

install: $(BIN)/govkg

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
