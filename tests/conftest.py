"""Shared fixtures: the seed corpus, and a knowledge base built from it once.

Store-level tests run on both backends: ``seed_db``, ``seed_store`` and
``new_db`` are parametrised over SQLite and PostgreSQL. The PostgreSQL server
is a throw-away cluster (``initdb`` into a temp dir, ``pg_ctl start`` on a free
127.0.0.1 port) shared by the whole session, with one database per test
cloned from a migrated template. PostgreSQL tests are skipped, with the
reason, only where the server binaries are not installed.

Tiers (``pytest -m unit|slow|nlp|pg|browser``; registered in ``pyproject.toml``):
every test carries exactly one, the heaviest thing it needs. Files and tests
mark it themselves where the need is in the test's body (``pytestmark``, or
``@pytest.mark.nlp`` on a test that runs the pipeline); the rest follows from
the fixtures a test uses (:data:`NLP_FIXTURES`, the PostgreSQL parameter and
fixtures), and a test that needs none of them is ``unit``. A ``unit`` test
that loads spaCy fails (:func:`_unit_stays_light`), so a wrong tier is found,
not hidden: ``pytest -m unit`` runs in seconds with no model.
"""

from __future__ import annotations

import ast
import itertools
import os
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from dossier.config import load_settings
from dossier.store import open_store
from tests import pgserver

#: the store backends of ``new_db`` and ``seed_db``; the PostgreSQL half is the ``pg`` tier
BACKENDS = ("sqlite", pytest.param("postgresql", marks=pytest.mark.pg))

REPO = Path(__file__).resolve().parent.parent
#: the sample corpus beside the checkout, read in place (the tests' own default, not the package's)
SEEDS = REPO.parent / "shared" / "corpus" / "seeds"
SCHEMA = REPO.parent / "shared" / "contract" / "export.schema.json"

#: the tiers, heaviest first; ``unit`` is what needs none of them. ``slow`` needs none of
#: them either but takes seconds (fresh processes, the whole gazetteer, exhaustive sweeps):
#: a test marks it itself, so that ``pytest -m unit`` keeps to seconds
TIERS = ("browser", "pg", "nlp", "slow")
#: fixtures that build a store through the pipeline or load the spaCy model
NLP_FIXTURES = frozenset(
    {"seed_db", "seed_db_sqlite", "seed_db_postgresql", "seed_store", "realnews_db", "nlp"}
)
#: fixtures that start or use the throw-away PostgreSQL server
PG_FIXTURES = frozenset({"pg_server", "pg_database", "seed_db_postgresql"})


def _run_ingest(*args, **kwargs):
    from dossier.pipeline.run import run_ingest  # spaCy: only for the tiers that ingest

    return run_ingest(*args, **kwargs)


#: a module-level ``pytestmark`` of one heavier tier, as a line of a test file's source
_FILE_TIER = re.compile(r"^pytestmark = pytest\.mark\.(\w+)\s*$", re.MULTILINE)


def _file_tier(path: Path) -> str | None:
    """The heavier tier a test file gives all its tests, read from its source, not imported.

    Why from the source: importing a file (assertion rewriting, and what it imports) is most
    of what ``pytest -m unit`` spends; a file whose module-level ``pytestmark`` names a
    heavier tier holds no ``unit`` test (:func:`pytest_collection_modifyitems` refuses
    ``unit`` beside a heavier tier), so the unit tier need not import it. The regex finds
    the line cheaply; the parse confirms that it is a statement of the module, not text
    inside a string."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return None
    found = _FILE_TIER.search(text)
    if found is None or found.group(1) not in TIERS:
        return None
    for node in ast.parse(text, filename=str(path)).body:
        if (
            isinstance(node, ast.Assign)
            and [getattr(t, "id", None) for t in node.targets] == ["pytestmark"]
            and ast.unparse(node.value) == f"pytest.mark.{found.group(1)}"
        ):
            return found.group(1)
    return None


def pytest_ignore_collect(collection_path: Path, config) -> bool | None:
    """Under ``-m unit`` alone, skip test files that are wholly of a heavier tier.

    Their tests would all be deselected; not importing them keeps the unit tier's
    collection to the files that hold unit tests. Any other ``-m`` (or none) collects
    every file, as before."""
    if (config.getoption("markexpr") or "").strip() != "unit":
        return None
    name = collection_path.name
    if collection_path.suffix != ".py" or not name.startswith("test_"):
        return None
    return True if _file_tier(collection_path) is not None else None


@pytest.hookimpl(tryfirst=True)  # before ``-m`` selects on the markers
def pytest_collection_modifyitems(config, items) -> None:
    """Give every test its tier: the markers it has, plus what its fixtures need."""
    for item in items:
        has = {m.name for m in item.iter_markers()}
        fixtures = set(getattr(item, "fixturenames", ()))
        if fixtures & PG_FIXTURES and "pg" not in has:
            item.add_marker(pytest.mark.pg)
            has.add("pg")
        if fixtures & NLP_FIXTURES and not has & {"nlp", "browser"}:
            item.add_marker(pytest.mark.nlp)
            has.add("nlp")
        heavier = has & set(TIERS)
        if "unit" in has and heavier:
            raise pytest.UsageError(f"{item.nodeid}: marked unit but needs {sorted(heavier)}")
        if not heavier:
            item.add_marker(pytest.mark.unit)


@pytest.fixture(autouse=True)
def _unit_stays_light(request, monkeypatch) -> Iterator[None]:
    """A ``unit`` (or ``slow`` only) test must not load the spaCy model: loading it fails.

    The entry points are replaced for the test (``spacy.load`` and the NLP
    stage's loaders, where already imported), and a unit test that imports
    spaCy where no earlier test had fails too. ``slow`` tests were unit tests
    that take seconds; they keep the check."""
    import sys

    marks = {m.name for m in request.node.iter_markers()}
    tier = "unit" if "unit" in marks else "slow" if marks & set(TIERS) == {"slow"} else None
    if tier is None:
        yield
        return

    def refuse(*args, **kwargs):
        raise AssertionError(f"{request.node.nodeid} is marked {tier} but loads a spaCy model")

    if "spacy" in sys.modules:
        monkeypatch.setattr(sys.modules["spacy"], "load", refuse)
    nlp = sys.modules.get("dossier.extract.nlp")
    if nlp is not None:
        monkeypatch.setattr(nlp, "load_pipeline", refuse)
        monkeypatch.setattr(nlp, "build_pipeline", refuse)
    had_spacy = "spacy" in sys.modules
    yield
    if not had_spacy and "spacy" in sys.modules:
        pytest.fail(f"{request.node.nodeid} is marked {tier} but imported spaCy: mark it nlp")


@pytest.fixture(scope="session")
def seeds() -> Path:
    assert SEEDS.is_dir(), f"seed corpus missing at {SEEDS}"
    return SEEDS


@pytest.fixture(scope="session")
def settings():
    # TestClient sends "Host: testserver"; the server answers only hosts it knows
    return load_settings(environ={}, allowed_hosts="testserver")


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline the default settings name, as the ingest loads it: one fixture for
    every test that parses a sentence, so each test file need not load (and say how to load)
    the model itself. Using it puts a test in the ``nlp`` tier (:data:`NLP_FIXTURES`)."""
    from dossier.extract.nlp import load_pipeline  # spaCy: only for the tiers that parse

    return load_pipeline(load_settings(environ={}).spacy_model)


def _seed(db: str, seeds: Path, settings) -> None:
    store = open_store(db)
    report = _run_ingest([seeds], store, settings)
    store.close()
    assert not report.errors, report.errors


@pytest.fixture(scope="session")
def seed_db_sqlite(tmp_path_factory, seeds, settings) -> Path:
    db = tmp_path_factory.mktemp("seed") / "kb.db"
    _seed(str(db), seeds, settings)
    return db


@pytest.fixture(scope="session")
def seed_db_postgresql(pg_databases, seeds, settings) -> str:
    db = pg_databases.create(keep=True)  # session-scoped: outlives every module
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


#: where :func:`pg_databases` leaves its registry, once a test has started the server
_PG_DATABASES = pytest.StashKey["_Databases"]()


class _Databases:
    """Fresh databases cloned from a migrated template, remembered until their module ends.

    Why drop them per module: each clone is ≈ 13 MB of files, and a whole run made ≈ 150
    of them (≈ 2 GB) that were all deleted at once when the cluster was removed after the
    last test — minutes of ``rmtree`` on a loaded 2-core CI machine. Dropped as each test
    file finishes, the cluster stays a few databases large."""

    def __init__(self, server: str) -> None:
        self.server = server
        self._counter = itertools.count(1)
        self._open: list[str] = []

    def create(self, keep: bool = False) -> str:
        """A new database's URL; ``keep``: never dropped before the session ends."""
        name = f"kb_{next(self._counter)}"
        url = pgserver.create_database(self.server, name, "dossier_template")
        if not keep:
            self._open.append(name)
        return url

    def drop_all(self) -> None:
        """Drop every database not kept (``FORCE``: a test's killed writer may linger)."""
        names, self._open = self._open, []
        for name in names:
            pgserver.drop_database(self.server, name)


@pytest.fixture(scope="session")
def pg_databases(pg_server, request) -> _Databases:
    """The session's database registry (:class:`_Databases`); the template is built once.
    Kept in the session's stash so the per-module drop finds it without starting a server."""
    open_store(pgserver.create_database(pg_server, "dossier_template")).close()
    registry = _Databases(pg_server)
    request.session.stash[_PG_DATABASES] = registry
    return registry


@pytest.fixture(scope="session")
def pg_database(pg_databases) -> Callable[[], str]:
    """A factory of fresh databases, cloned from a migrated template; returns URLs.
    They are dropped when the test module that made them ends (:func:`_drop_module_databases`)."""
    return pg_databases.create


@pytest.fixture(scope="module", autouse=True)
def _drop_module_databases(request) -> Iterator[None]:
    """After each test module, drop the PostgreSQL databases its tests made. Autouse and
    module-scoped, so it is set up before and torn down after the module's own fixtures
    (which may hold a store open on one of them); it starts no server itself."""
    yield
    registry = request.session.stash.get(_PG_DATABASES, None)
    if registry is not None:
        registry.drop_all()


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
    report = _run_ingest([source], store, settings)
    store.close()
    assert not report.errors, report.errors[:3]
    return db
