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
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from dossier.config import default_corpus, load_settings
from dossier.pipeline import run_ingest
from dossier.store import open_store

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
    return load_settings(environ={})


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


# -- a throw-away PostgreSQL server -------------------------------------------------
def _pg_bindir() -> Path | None:
    """Where initdb/pg_ctl live: Debian's versioned directory, else the PATH."""
    for bindir in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (bindir / "initdb").is_file() and (bindir / "pg_ctl").is_file():
            return bindir
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb and shutil.which("pg_ctl") else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _server_user() -> list[str]:
    """initdb refuses to run as root: run the server as an unprivileged user."""
    if os.geteuid() != 0:
        return []
    for user in ("postgres", "nobody"):
        try:
            pwd.getpwnam(user)
        except KeyError:
            continue
        return ["runuser", "-u", user, "--"]
    pytest.fail("running as root and no 'postgres' or 'nobody' user to run PostgreSQL as")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """``postgresql://dossier@127.0.0.1:PORT`` of a server started for this session."""
    bindir = _pg_bindir()
    if bindir is None:
        pytest.skip(
            "PostgreSQL server binaries (initdb, pg_ctl) are not installed; "
            "scripts/install-test-deps.sh installs them"
        )
    as_user = _server_user()
    root = Path(tempfile.mkdtemp(prefix="dossier-pg-"))
    if as_user:
        shutil.chown(root, user=as_user[2])
    data, port = root / "data", _free_port()

    def run(*argv: str) -> None:
        done = subprocess.run([*as_user, *argv], capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            log = (root / "log").read_text() if (root / "log").exists() else ""
            pytest.fail(f"{argv[0]} failed: {done.stderr.strip()}\n{log[-2000:]}")

    run(str(bindir / "initdb"), "-D", str(data), "-U", "dossier", "--auth=trust",
        "-E", "UTF8", "--locale=C", "--no-sync")  # fmt: skip
    options = (
        f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off"
    )
    run(str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(root / "log"),
        "-w", "-t", "60", "start")  # fmt: skip
    try:
        yield f"postgresql://dossier@127.0.0.1:{port}"
    finally:
        subprocess.run([*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate",
                        "stop"], capture_output=True, timeout=60)  # fmt: skip
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_database(pg_server) -> Iterator[Callable[[], str]]:
    """A factory of fresh databases (cloned from a migrated template); returns URLs."""
    import psycopg
    from psycopg import sql

    admin = psycopg.connect(f"{pg_server}/postgres", autocommit=True)
    admin.execute("CREATE DATABASE dossier_template")
    open_store(f"{pg_server}/dossier_template").close()
    counter = itertools.count(1)

    def create() -> str:
        name = f"kb_{next(counter)}"
        admin.execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE dossier_template").format(sql.Identifier(name))
        )
        return f"{pg_server}/{name}"

    yield create
    admin.close()


@pytest.fixture()
def corpus_copy(tmp_path, seeds) -> Path:
    """A writable copy of the seeds."""
    target = tmp_path / "corpus"
    shutil.copytree(seeds, target)
    return target
