"""Install as a user does: ``python3 -m venv`` and the pip it ships, no upgrade.

The Makefile upgrades pip first, which hid a broken plain install: the pip a
venv ships (23.x on Python 3.11) installed lxml without its ``html_clean``
extra, so ``import trafilatura`` failed and every ingest died. dossier now
depends on ``lxml_html_clean`` itself; this test installs the project the
plain way into a fresh venv, imports it and ingests a file. It takes a few
minutes (pip's cache keeps it offline-fast), so it runs once, here.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# the tier (tests/conftest.py): these tests ingest in a subprocess
pytestmark = pytest.mark.nlp

REPO = Path(__file__).resolve().parent.parent


def _base_python() -> str:
    """The interpreter this venv was made from (its own ensurepip, its own pip)."""
    name = f"python{sys.version_info.major}.{sys.version_info.minor}"
    candidate = Path(sys.base_prefix) / "bin" / name
    return str(candidate if candidate.exists() else Path(sys.base_prefix) / "bin" / "python3")


def test_plain_pip_install_imports_and_ingests(tmp_path) -> None:
    venv = tmp_path / "venv"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DOSSIER_", "VIRTUAL_ENV"))}
    subprocess.run([_base_python(), "-m", "venv", str(venv)], check=True, env=env, timeout=300)
    pip = venv / "bin" / "pip"
    version = subprocess.run(
        [str(pip), "--version"], capture_output=True, text=True, check=True, env=env
    ).stdout
    install = subprocess.run(
        [str(pip), "install", "--no-compile", "-q", "-e", str(REPO)],
        capture_output=True,
        text=True,
        env=env,
        timeout=1500,
    )
    assert install.returncode == 0, (version, install.stderr[-3000:])
    python = venv / "bin" / "python"
    probe = subprocess.run(
        [str(python), "-c", "import lxml.html.clean, trafilatura, dossier.cli"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert probe.returncode == 0, (version, probe.stderr[-3000:])
    article = tmp_path / "article.html"
    article.write_text(
        "<html><head><title>Harbour reopens</title></head><body><article><p>The fictional "
        "port of Velmora reopened on Monday after weeks of repairs, officials in Ostrava "
        "said.</p></article></body></html>",
        encoding="utf-8",
    )
    db = tmp_path / "kb.db"
    ingest = subprocess.run(
        [str(venv / "bin" / "dossier"), "ingest", str(article), "--db", str(db), "--quiet"],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert ingest.returncode == 0, (version, ingest.stderr[-3000:])
    assert "1 documents added" in ingest.stderr
