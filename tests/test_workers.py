"""The local engine on several processes stores exactly what one process stores."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from dossier.config import load_settings
from dossier.pipeline import run as pipeline
from dossier.pipeline.run import InFlightBatches, Pending, usable_cores, worker_count
from dossier.records import RawArticle
from tests.test_ray_engine import _corpus, _export, _ingest


def test_workers_default_to_the_usable_cores():
    """0 (the default) means every core the process may use; any other value is taken."""
    assert load_settings(environ={}).workers == 0
    assert worker_count(load_settings(environ={})) == usable_cores() >= 1
    assert worker_count(load_settings(environ={"DOSSIER_WORKERS": "3"})) == 3
    assert worker_count(load_settings(environ={}, workers=1)) == 1


def test_in_flight_batches_know_their_inputs():
    raw = RawArticle(source="a.txt", content="x", kind="text", raw_hash="h")
    flight = InFlightBatches()
    flight.push([Pending(raw, [])], None)
    flight.push([Pending(raw, [])], None)
    assert flight.busy("a.txt", "h") and not flight.busy("a.txt", "other")
    flight.pop()
    assert flight.busy("a.txt", "h")  # still held by the second batch
    flight.pop()
    assert not flight.busy("a.txt", "h") and len(flight) == 0


@pytest.mark.nlp  # ingests through the pipeline
def test_two_workers_store_what_one_process_stores(tmp_path, seeds, capsys, new_db, monkeypatch):
    """Seeds, fictional articles, a reprint, a feed with repeats and a broken line, in
    batches of two documents (so several batches are on the workers at once): the
    export of a two-worker run (into either backend) is byte-identical to a
    one-process run's into SQLite, timestamps aside, and the same errors are reported."""
    pools: list[int] = []

    class CountedPool(pipeline.ProcessPoolExecutor):
        def __init__(self, workers: int, **options: Any) -> None:
            pools.append(workers)
            super().__init__(workers, **options)

    monkeypatch.setattr(pipeline, "ProcessPoolExecutor", CountedPool)
    corpus = _corpus(tmp_path, seeds)
    one_err = _ingest(corpus, tmp_path / "one.db", capsys, "--workers", "1")
    two_err = _ingest(corpus, new_db, capsys, "--workers", "2")
    one = _export(tmp_path / "one.db", capsys)
    two = _export(new_db, capsys)
    assert pools == [2]  # one process for --workers 1; a pool of two for --workers 2

    assert len(one["documents"]) == 5 + 1 + 3 + 1
    assert {len(one[k]) > 0 for k in ("entities", "events", "claims")} == {True}
    assert json.dumps(two, sort_keys=True) == json.dumps(one, sort_keys=True)
    assert two_err.splitlines()[-1] == one_err.splitlines()[-1]
    assert "empty.txt: empty file" in two_err and "feed.jsonl:6: malformed JSON line" in two_err

    # a re-run finds everything stored: nothing added, no pool started for nothing
    again = _ingest(corpus, new_db, capsys, "--workers", "2")
    assert "0 documents added" in again.splitlines()[-1]
    assert _export(new_db, capsys) == two
    assert pools == [2]


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.nlp  # ingests through the pipeline
def test_workers_do_not_outlive_a_killed_ingest(tmp_path):
    """SIGKILL the ingesting process while its workers analyse: they exit by
    themselves (they would otherwise wait on their queue forever, each holding
    a loaded pipeline); the committed batches stay consistent."""
    from tests.test_faults import _article

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(80):
        (corpus / f"a{i:03d}.txt").write_text(_article(i), encoding="utf-8")
    db = tmp_path / "kb.db"
    command = [sys.executable, "-m", "dossier", "ingest", str(corpus), "--db", str(db)]
    env = {**os.environ, "DOSSIER_BATCH_SIZE": "2"}
    proc = subprocess.Popen(
        [*command, "--quiet", "--workers", "2"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: set[int] = set()
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and proc.poll() is None and len(workers) < 2:
        # the pool's two spawned workers (beside multiprocessing's resource tracker)
        workers = {
            pid
            for pid in _children(proc.pid)
            if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()
        }
        time.sleep(0.1)
    assert proc.poll() is None and len(workers) == 2, "the pool did not start"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
        time.sleep(0.2)
    assert not any(_alive(pid) for pid in workers)
