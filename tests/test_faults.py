"""Killing an ingest at any point loses nothing committed and leaves nothing half-written."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dossier.cli import main
from dossier.store import SQLiteStore

# the tier (tests/conftest.py): these tests ingest in a subprocess
pytestmark = pytest.mark.nlp

PLACES = ["Velmora", "Ostrand", "Marrow Bend", "Kettering Cross", "Dunmore", "Halvik"]
GROUPS = ["Harakat al-Nasr", "Civic Front", "Northern Watch", "Tamsin Guard"]


def _article(i: int) -> str:
    place, group = PLACES[i % len(PLACES)], GROUPS[i % len(GROUPS)]
    return (
        f"Report {i}: police in {place} arrested {i % 7 + 2} members of the {group} on day {i}, "
        f"officials said.\n\nThe {group} denied involvement in the attack number {i} near "
        f"{place}, according to a statement issued by its spokesman Amir Daneshvar-{i}.\n\n"
        f"Residents of {place} said the situation remained tense on the evening of day {i}."
    )


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(80):
        (folder / f"a{i:03d}.txt").write_text(_article(i), encoding="utf-8")
    return folder


def _consistent(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        docs = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        # every document is whole: sentences, full-text row, dedup keys, a recorded source
        for table in ("documents_fts", "dedup_keys"):
            orphans = conn.execute(
                f"SELECT COUNT(*) FROM documents d WHERE NOT EXISTS "
                f"(SELECT 1 FROM {table} t WHERE t.document_id = d.id)"
            ).fetchone()[0]
            assert orphans == 0, table
        assert (
            conn.execute(
                "SELECT COUNT(*) FROM documents d WHERE NOT EXISTS "
                "(SELECT 1 FROM sentences s WHERE s.document_id = d.id)"
            ).fetchone()[0]
            == 0
        )
        assert (
            conn.execute(
                "SELECT COUNT(*) FROM sources s WHERE NOT EXISTS "
                "(SELECT 1 FROM documents d WHERE d.source = s.source AND d.raw_hash = s.raw_hash)"
            ).fetchone()[0]
            == 0
        )
        assert (
            conn.execute(
                "SELECT COUNT(*) FROM mentions m LEFT JOIN entity_keys k ON k.key = m.key "
                "WHERE k.key IS NULL"
            ).fetchone()[0]
            == 0
        )
        return int(docs)
    finally:
        conn.close()


def test_sigkill_mid_ingest_then_resume(corpus: Path, tmp_path: Path):
    db = tmp_path / "kb.db"
    env = {**os.environ, "DOSSIER_BATCH_SIZE": "4"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "dossier", "ingest", str(corpus), "--db", str(db), "--quiet"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    seen = 0
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists():
            try:
                conn = sqlite3.connect(db, timeout=1)
                seen = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
                conn.close()
            except sqlite3.Error:
                seen = 0
        if seen >= 8:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "ingest finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    kept = _consistent(db)
    assert 8 <= kept < 80  # committed batches survived, the run was really cut short
    # the resume in one process: a pool (the default) would load the model twice more, and
    # a pool storing what one process stores is tests/test_workers.py's check
    assert main(["ingest", str(corpus), "--db", str(db), "--quiet", "--workers", "1"]) == 0
    assert _consistent(db) == 80
    store = SQLiteStore(db)
    assert store.counts()["documents"] == 80
    store.close()


def test_locked_database_gives_a_clear_error(corpus: Path, tmp_path: Path, capsys):
    db = tmp_path / "kb.db"
    SQLiteStore(db).close()
    blocker = sqlite3.connect(db, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        os.environ["DOSSIER_BUSY_TIMEOUT_MS"] = "200"
        code = main(["ingest", str(corpus), "--db", str(db), "--quiet"])
    finally:
        os.environ.pop("DOSSIER_BUSY_TIMEOUT_MS", None)
        blocker.execute("ROLLBACK")
        blocker.close()
    assert code == 2
    assert "locked" in capsys.readouterr().err


@pytest.fixture()
def tiny_disk(tmp_path: Path):
    """A 2 MiB tmpfs: a disk that fills up mid-ingest (needs mount rights: root here)."""
    mountpoint = tmp_path / "tiny"
    mountpoint.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mountpoint)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mountpoint
    finally:
        subprocess.run(["umount", "-l", str(mountpoint)], check=False)


def test_full_disk_gives_a_clear_error_and_keeps_what_was_committed(
    corpus: Path, tiny_disk: Path, tmp_path: Path, capsys
):
    db = tiny_disk / "kb.db"
    os.environ["DOSSIER_BATCH_SIZE"] = "1"
    try:
        code = main(["ingest", str(corpus), "--db", str(db), "--quiet"])
    finally:
        os.environ.pop("DOSSIER_BATCH_SIZE", None)
    err = capsys.readouterr().err
    assert code == 2
    assert f"cannot write to {db}" in err and "full" in err
    assert "Traceback" not in err
    copy = tmp_path / "copy.db"  # read what the full disk holds, from a disk with room
    source = sqlite3.connect(db)
    target = sqlite3.connect(copy)
    source.backup(target)
    source.close()
    target.close()
    stored = _consistent(copy)
    assert 0 < stored < 80  # the batches before the disk filled are all there, whole
