"""The throw-away PostgreSQL cluster stays small: a test module's databases are dropped
when the module ends (``tests/conftest.py``, ``_drop_module_databases``), not all at once
with the cluster after the last test (≈ 150 clones, ≈ 2 GB, minutes of ``rmtree`` on CI)."""

from __future__ import annotations

import pytest

from tests import pgserver

pytestmark = pytest.mark.pg


def _names(server: str) -> set[str]:
    import psycopg

    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        return {row[0] for row in admin.execute("SELECT datname FROM pg_database")}


def test_registry_drops_what_it_made_and_keeps_what_it_was_told_to(pg_server, pg_databases):
    made = pg_databases.create().rsplit("/", 1)[1]
    kept = pg_databases.create(keep=True).rsplit("/", 1)[1]
    assert {made, kept} <= _names(pg_server)
    pg_databases.drop_all()
    names = _names(pg_server)
    assert made not in names and kept in names
    pgserver.drop_database(pg_server, kept)


def test_drop_ends_a_connection_left_open(pg_server, pg_database):
    import psycopg

    url = pg_database()
    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url) as lingering:  # a store a test forgot to close
        pgserver.drop_database(pg_server, name)
        assert lingering.closed or name not in _names(pg_server)
    assert name not in _names(pg_server)
