"""Shared fixtures: the seed corpus, and a knowledge base built from it once.

Store-level tests run on both backends: ``seed_db``, ``seed_store`` and
``new_db`` are parametrised over SQLite and PostgreSQL. The PostgreSQL server
is a throw-away cluster (``initdb`` into a temp dir, ``pg_ctl start`` on a free
127.0.0.1 port) shared by the whole session, with one database per test
cloned from a migrated template. PostgreSQL tests are skipped, with the
reason, only where the server binaries are not installed.
"""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from dossier.config import default_corpus, load_settings
from dossier.pipeline.run import run_ingest
from dossier.store import open_store
from tests import pgserver

BACKENDS = ("sqlite", "postgresql")

REPO = Path(__file__).resolve().parent.parent
SCHEMA = REPO.parent / "shared" / "contract" / "export.schema.json"


@pytest.fixture(scope="session")
def seeds() -> Path:
    path = default_corpus()
    assert path.is_dir(), f"seed corpus missing at {path}"
    return path


@pytest.fixture(scope="session")
def settings():
    # TestClient sends "Host: testserver"; the server answers only hosts it knows
    return load_settings(environ={}, allowed_hosts="testserver")


def _seed(db: str, seeds: Path, settings) -> None:
    store = open_store(db)
    report = run_ingest([seeds], store, settings)
    store.close()
    assert not report.errors, report.errors


@pytest.fixture(scope="session")
def seed_db_sqlite(tmp_path_factory, seeds, settings) -> Path:
    db = tmp_path_factory.mktemp("seed") / "kb.db"
    _seed(str(db), seeds, settings)
    return db


@pytest.fixture(scope="session")
def seed_db_postgresql(pg_database, seeds, settings) -> str:
    db = pg_database()
    _seed(db, seeds, settings)
    return db


@pytest.fixture(scope="session", params=BACKENDS)
def seed_db(request) -> Path | str:
    """A knowledge base built from the seeds, on each backend; tests must not
    write to it. A SQLite file path or a PostgreSQL URL: pass ``str(seed_db)``."""
    return request.getfixturevalue(f"seed_db_{request.param}")


@pytest.fixture()
def seed_store(seed_db):
    store = open_store(str(seed_db))
    yield store
    store.close()


@pytest.fixture(params=BACKENDS)
def new_db(request, tmp_path) -> str:
    """An empty store on each backend: a SQLite file or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "kb.db")
    return request.getfixturevalue("pg_database")()


# -- a throw-away PostgreSQL server (tests/pgserver.py) ----------------------------
@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """``postgresql://dossier@127.0.0.1:PORT`` of a server started for this session."""
    try:
        with pgserver.temporary_server() as url:
            yield url
    except pgserver.ServerUnavailable as exc:
        pytest.skip(str(exc))


@pytest.fixture(scope="session")
def pg_database(pg_server) -> Callable[[], str]:
    """A factory of fresh databases, cloned from a migrated template; returns URLs."""
    open_store(pgserver.create_database(pg_server, "dossier_template")).close()
    counter = itertools.count(1)
    return lambda: pgserver.create_database(pg_server, f"kb_{next(counter)}", "dossier_template")


@pytest.fixture()
def corpus_copy(tmp_path, seeds) -> Path:
    """A writable copy of the seeds."""
    target = tmp_path / "corpus"
    shutil.copytree(seeds, target)
    return target


# -- a store built from the real archive, for the workbench's tests ------------------
REALNEWS = REPO.parent / "shared" / "bench-data" / "realnews-2025-jan-may" / "articles.jsonl"
#: articles of the real archive the workbench tests ingest (first ones, file order)
REALNEWS_ARTICLES = 500


@pytest.fixture(scope="session")
def realnews_db(tmp_path_factory, settings) -> Path:
    """A SQLite knowledge base of the first :data:`REALNEWS_ARTICLES` articles of
    the real 2025 archive (read in place, never copied into the repository),
    built once per session through the ordinary ingest: real names, real
    demonyms, real clusters of places — what the seeds are too small to show.
    ``DOSSIER_TEST_REALNEWS_DB`` names one built before, to iterate quickly."""
    built = os.environ.get("DOSSIER_TEST_REALNEWS_DB")
    if built:  # a developer's shortcut: a store already built the same way
        return Path(built)
    assert REALNEWS.is_file(), f"real archive missing at {REALNEWS}"
    folder = tmp_path_factory.mktemp("realnews")
    source = folder / "articles.jsonl"
    with REALNEWS.open(encoding="utf-8") as rows, source.open("w", encoding="utf-8") as out:
        for _number, line in zip(range(REALNEWS_ARTICLES), rows, strict=False):
            out.write(line)
    db = folder / "kb.db"
    store = open_store(str(db))
    report = run_ingest([source], store, settings)
    store.close()
    assert not report.errors, report.errors[:3]
    return db
