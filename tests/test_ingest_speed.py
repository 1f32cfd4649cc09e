"""Speed-ups of the ingest path that must not change what it finds (issue 19).

Each replaces a slower form with one that gives the same answer; the tests compare the
two on texts built to hit the edge cases (names glued to words, overlapping repeats,
names at either end of the text, non-ASCII word characters).
"""

from __future__ import annotations

import re

import pytest

from dossier.extract.nlp import _occurrences

pytestmark = pytest.mark.unit

TEXTS = [
    "Ravel Osk met Ravel Osk's aide. U.S.Ravel Osk and -Ravel Osk, Ravel Oskar, ‘Ravel Osk’.",
    "Ravel Osk",
    "aRavel Osk Ravel Osk_ Ravel Osk&Co Ravel Osk. Ravel Osk’s Ravel Osk-based é Ravel Osk",
    "Qarnak Qarnak Qarnak Qarnaké Qarnak1 1Qarnak .Qarnak &Qarnak Qarnak' 'Qarnak",
    "aaa aa a aa.aa aa-aa aaaa aa",
    "",
]
NAMES = ["Ravel Osk", "Qarnak", "aa", "a", "Osk", "Ravel Osk’s"]


@pytest.mark.parametrize("text", TEXTS)
def test_occurrences_are_the_regex_matches(text):
    for name in NAMES:
        pattern = r"(?<![\w&.'’-])" + re.escape(name) + r"(?![\w&'’-])"
        expected = [m.span() for m in re.finditer(pattern, text)]
        assert list(_occurrences(text, name)) == expected, (name, text)


def test_minhash_signature_is_the_textbook_formula():
    import numpy as np

    from dossier.stories.dedup import DedupParams, Hasher, shingle_hashes

    hasher = Hasher(DedupParams())
    text = "Ravel Osk met the envoy in Qarnak on Tuesday and spoke of the ceasefire. " * 3
    hashes = shingle_hashes(text + "Then he left for the border town of Vellmar.", 5)
    expected = ((np.outer(hashes.astype(np.uint64), hasher.a) + hasher.b) >> np.uint64(32)).min(
        axis=0
    )
    assert (hasher.signature(hashes) == expected).all()


def test_a_process_handed_a_gazetteer_does_not_build_one():
    import subprocess
    import sys

    code = (
        "from dossier import geo\n"
        "g = geo.Gazetteer([])\n"
        "geo.adopt_gazetteer(g)\n"
        "assert geo.load_gazetteer() is g\n"
        "assert geo.load_gazetteer().candidates('Peshawar') == []\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("size", [0, 1, 2, 7, 500])
def test_sorted_unique_is_numpy_unique(size):
    import numpy as np

    from dossier.stories.dedup import _sorted_unique

    values = np.random.default_rng(size).integers(0, 40, size=size).astype(np.uint32)
    assert _sorted_unique(values).tolist() == np.unique(values).tolist()
    assert _sorted_unique(values).dtype == np.uint32


def test_a_run_with_nothing_new_loads_no_pipeline(tmp_path, monkeypatch):
    from dossier.config import load_settings
    from dossier.extract import nlp
    from dossier.pipeline import run
    from dossier.store import open_store

    def refuse(*_args, **_kwargs):
        raise AssertionError("the spaCy pipeline was loaded for a run with nothing to analyse")

    monkeypatch.setattr(nlp, "build_pipeline", refuse)
    settings = load_settings(environ={}, db=str(tmp_path / "kb.db"))
    with open_store(settings.db) as store:
        report = run.ingest_articles([("empty.jsonl", [])], store, settings, workers=1)
    assert report.documents_added == 0 and report.files == 1
