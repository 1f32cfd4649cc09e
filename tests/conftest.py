"""Shared fixtures: the seed corpus, and a knowledge base built from it once."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dossier.config import default_corpus, load_settings
from dossier.pipeline import run_ingest
from dossier.store import SQLiteStore

REPO = Path(__file__).resolve().parent.parent
SCHEMA = REPO.parent / "shared" / "contract" / "export.schema.json"


@pytest.fixture(scope="session")
def seeds() -> Path:
    path = default_corpus()
    assert path.is_dir(), f"seed corpus missing at {path}"
    return path


@pytest.fixture(scope="session")
def settings():
    return load_settings(environ={})


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory, seeds, settings) -> Path:
    """A knowledge base built from the seeds; tests must not write to it."""
    db = tmp_path_factory.mktemp("seed") / "kb.db"
    store = SQLiteStore(db)
    report = run_ingest([seeds], store, settings)
    store.close()
    assert not report.errors, report.errors
    return db


@pytest.fixture()
def seed_store(seed_db):
    store = SQLiteStore(seed_db)
    yield store
    store.close()


@pytest.fixture()
def corpus_copy(tmp_path, seeds) -> Path:
    """A writable copy of the seeds."""
    target = tmp_path / "corpus"
    shutil.copytree(seeds, target)
    return target
