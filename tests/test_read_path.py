"""Reads never load spaCy: the query layer, the web app and the CLI's read commands.

Each check runs in a fresh interpreter (``sys.modules`` of this test process
already holds whatever other tests imported), on an empty store made in a
temporary folder, so it needs no model and no seed corpus.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

#: the CLI's read commands (an empty store answers each of them)
READ_COMMANDS = [
    ["stats"],
    ["stats", "--json"],
    ["entities"],
    ["search", "ceasefire"],
    ["stories"],
    ["timeline"],
    ["claims"],
    ["export"],
    ["places"],
    ["watch", "list"],
    ["alerts"],
    ["sources", "list"],
]

PROBE = """
import contextlib, importlib, io, json, pkgutil, sys
import dossier.query, dossier.web
for package in (dossier.query, dossier.web):
    for info in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{package.__name__}.{info.name}")
from fastapi.testclient import TestClient
from dossier.config import load_settings
from dossier.cli import main
from dossier.web.api import create_app

db = sys.argv[1]
codes = {}
for command in json.loads(sys.argv[2]):
    with contextlib.redirect_stdout(io.StringIO()):
        codes[" ".join(command)] = main([*command, "--db", db])
client = TestClient(create_app(load_settings(environ={}, db=db, allowed_hosts="testserver")))
paths = ("/api/summary", "/api/search?q=x", "/", "/entities", "/graph")
statuses = [client.get(path).status_code for path in paths]
print(json.dumps({"spacy": sorted(m for m in sys.modules if m.split(".")[0] == "spacy"),
                  "codes": codes, "statuses": statuses}))
"""


def _probe(tmp_path: Path, commands: list[list[str]]) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "kb.db"), json.dumps(commands)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.slow  # the tier (tests/conftest.py): reads and a server in a fresh process
def test_reads_never_import_spacy(tmp_path: Path) -> None:
    found = _probe(tmp_path, READ_COMMANDS)
    assert found["spacy"] == [], f"a read loaded spaCy: {found['spacy'][:5]}"
    # the commands and pages really ran (an import error would not reach here)
    assert set(found["codes"].values()) == {0}, found["codes"]
    assert found["statuses"] == [200, 200, 200, 200, 200]


@pytest.mark.nlp
def test_the_probe_sees_spacy_when_it_is_loaded(tmp_path: Path) -> None:
    """The check above can fail: importing the pipeline, as ``ingest`` does, loads spaCy."""
    done = subprocess.run(
        [sys.executable, "-c", "import sys, dossier.pipeline.run; print('spacy' in sys.modules)"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.stdout.strip() == "True", done.stderr[-2000:]
