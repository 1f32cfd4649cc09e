"""The local engine on several processes stores exactly what one process stores."""

from __future__ import annotations

import json
from typing import Any

from dossier import pipeline
from dossier.config import load_settings
from dossier.pipeline import InFlightBatches, Pending, usable_cores, worker_count
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
