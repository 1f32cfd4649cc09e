"""``--engine ray`` builds exactly the knowledge base the local engine builds."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from bench.export_compare import without_timestamps
from dossier.cli import main

# the tier (tests/conftest.py): these tests run the spaCy model
pytestmark = pytest.mark.nlp

needs_ray = pytest.mark.skipif(
    importlib.util.find_spec("ray") is None,
    reason="ray is not installed (pip install -e '.[ray]'; `make test` installs it)",
)

FICTIONAL = [
    (
        "velmora.txt",
        "VELMORA -- Police in Velmora arrested six members of the Harakat al-Nasr on Tuesday, "
        "officials said.\n\nThe Harakat al-Nasr denied any role in the bombing of the Velmora "
        "grain market, according to a statement from its spokesman Amir Daneshvar.\n\n"
        '"We had nothing to do with it," Daneshvar told reporters in Ostrand.',
    ),
    (
        "ostrand.txt",
        "OSTRAND -- The Civic Front said on Wednesday that 40 people were killed in the attack on "
        "the Velmora grain market.\n\nInterior Minister Selin Okafor said the Harakat al-Nasr was "
        "behind the bombing, and that the group had received money from abroad.\n\n"
        "Amir Daneshvar, spokesman of Harakat al-Nasr, rejected the accusation.",
    ),
    (
        "halvik.txt",
        "HALVIK -- Selin Okafor met officials of the Northern Watch in Halvik on Friday.\n\n"
        "Okafor said at least 35 people died in the Velmora market bombing, a lower figure than "
        "the one the Civic Front gave.\n\nThe Northern Watch said it would help the inquiry.",
    ),
]


def _corpus(root: Path, seeds: Path) -> Path:
    """The seeds, fictional articles, a reprint, a JSONL feed with repeats and a bad line,
    and an empty file."""
    corpus = root / "corpus"
    shutil.copytree(seeds, corpus / "seeds")
    for name, text in FICTIONAL:
        (corpus / name).write_text(text, encoding="utf-8")
    (corpus / "velmora-reprint.txt").write_text(FICTIONAL[0][1], encoding="utf-8")
    lines = [json.dumps({"text": text, "title": name}) for name, text in FICTIONAL[1:]]
    # the same item twice (same URL, same bytes): the second is skipped as already stored,
    # even while the batch holding the first is still on a worker
    wire = json.dumps({"text": FICTIONAL[2][1] + " Updated.", "url": "https://wire.invalid/1"})
    feed = [wire, *lines, lines[0], wire, "{broken"]
    (corpus / "feed.jsonl").write_text("\n".join(feed), encoding="utf-8")
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    return corpus


def _export(db: Path | str, capsys) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["export", "--db", str(db)]) == 0
    return without_timestamps(json.loads(capsys.readouterr().out))


def _ingest(corpus: Path, db: Path | str, capsys, *flags: str) -> str:
    capsys.readouterr()
    code = main(["ingest", str(corpus), "--db", str(db), "--quiet", "--batch-size", "2", *flags])
    err = capsys.readouterr().err
    assert code == 1, err  # the empty file and the broken line are reported, the rest goes on
    return err


@pytest.fixture(scope="module")
def local_ray():
    """One local Ray with two CPUs for the module (the engine leaves a caller's Ray running)."""
    ray = pytest.importorskip("ray")
    ray.init(num_cpus=2, include_dashboard=False, configure_logging=False)
    yield ray
    ray.shutdown()


@pytest.fixture(scope="module")
def local_run(tmp_path_factory, seeds) -> tuple[Path, str, dict[str, Any]]:
    """The corpus, and what the local engine reports and stores for it in a SQLite file:
    built once for the module, as both backends' Ray runs are compared with the same local
    run (the corpus is only read, so both read the one folder; a per-test copy would give
    the same run again, at the cost of a whole local ingest). One process (``--workers 1``):
    the default spawned a pool that loaded the model twice more, and that a pool stores what
    one process stores is ``tests/test_workers.py``'s check, on this same kind of corpus."""
    root = tmp_path_factory.mktemp("ray-local")
    corpus, db = _corpus(root, seeds), root / "local.db"
    err = io.StringIO()
    command = ["ingest", str(corpus), "--db", str(db), "--quiet", "--batch-size", "2"]
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main([*command, "--workers", "1"])
    assert code == 1, err.getvalue()  # the empty file and the broken line are reported
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["export", "--db", str(db)]) == 0
    return corpus, err.getvalue(), without_timestamps(json.loads(out.getvalue()))


@needs_ray
def test_ray_engine_stores_what_the_local_engine_stores(local_run, local_ray, capsys, new_db):
    """Ray writing to either backend (a PostgreSQL database or a SQLite file)
    stores what the local engine stores in a SQLite file."""
    corpus, local_err, local = local_run
    ray_db = new_db
    ray_err = _ingest(corpus, ray_db, capsys, "--engine", "ray", "--workers", "2")
    distributed = _export(ray_db, capsys)

    # small batches: many in flight at once, so order and batch boundaries are really tested
    # seeds (one glued file holds two), the fictional three, the wire item
    assert len(local["documents"]) == 5 + 1 + 3 + 1
    assert {len(local[k]) > 0 for k in ("entities", "events", "claims")} == {True}
    assert any(len(e["aliases"]) > 1 for e in local["entities"])
    for part in ("documents", "stories", "entities", "events", "claims"):
        assert distributed[part] == local[part], part
    assert ray_err.splitlines()[-1] == local_err.splitlines()[-1]
    assert "empty.txt: empty file" in ray_err and "feed.jsonl:6: malformed JSON line" in ray_err

    # a second run finds everything stored: nothing added, nothing analysed twice
    again = _ingest(corpus, ray_db, capsys, "--engine", "ray", "--workers", "2")
    assert "0 documents added" in again.splitlines()[-1]
    assert _export(ray_db, capsys) == distributed


def test_ray_engine_without_ray_says_how_to_install(tmp_path, seeds, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # what an install without the extra has
    code = main(["ingest", str(seeds), "--db", str(tmp_path / "kb.db"), "--engine", "ray"])
    assert code == 2
    err = capsys.readouterr().err
    assert "needs Ray, which is not installed" in err and ".[ray]" in err
    assert not (tmp_path / "kb.db").exists()  # refused before any work
