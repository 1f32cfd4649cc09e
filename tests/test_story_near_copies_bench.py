"""``bench/near_copies.py``: the clustering side gives the same stories, candidate lists and
precise checks whether the fingerprints are made in its process or by a worker."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import dossier.stories.dedup as dedup
from bench import near_copies
from tests.test_story_merges import _texts


def _last_report(out: str) -> dict[str, object]:
    lines = [line for line in out.splitlines() if line.startswith("{")]
    return dict(json.loads(lines[-1]))


@pytest.mark.unit
def test_run_side_with_a_fingerprint_worker_clusters_as_in_one_process(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Documents read from a cleaned cache, fingerprinted by one worker in small chunks
    (the ids kept in step with the fingerprints), cluster exactly as in one process."""
    monkeypatch.setattr(dedup, "STREAM_CHUNK", 9)
    cleaned = tmp_path / "cleaned.jsonl"
    with open(cleaned, "w", encoding="utf-8") as out:
        for number, text in enumerate(_texts(70, seed=21)):
            out.write(json.dumps({"id": f"doc-{(number * 37) % 101:03d}", "text": text}) + "\n")
    reports = []
    for workers in (0, 1):
        near_copies.run_side("-", capped=True, cleaned=str(cleaned), workers=workers)
        reports.append(_last_report(capsys.readouterr().out))
    here, there = reports
    assert here["done"] and there["done"] and here["documents"] == 70
    for key in ("partition", "candidates", "precise_checks", "stories", "indexed"):
        assert here[key] == there[key], key
    assert 1 < int(str(here["stories"])) < 70  # some documents joined, not all
    assert (here["workers"], there["workers"]) == (0, 1)
