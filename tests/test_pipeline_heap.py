"""The ingest keeps the loaded model and gazetteer out of the garbage collector's scans.

A 10-article update spent 0.18 s of CPU in full collections walking the model and the
place gazetteer, which live as long as the process (issue 19): building the pipeline
freezes the heap once, and leaves a heap frozen by someone else (the web app) alone.
"""

from __future__ import annotations

import gc

import pytest

from dossier.config import load_settings
from dossier.pipeline import run

pytestmark = pytest.mark.unit


def test_building_the_pipeline_freezes_the_heap_once(monkeypatch):
    built, loaded = [], []
    monkeypatch.setattr(run.nlp, "build_pipeline", lambda s, g: built.append(g) or "pipeline")
    monkeypatch.setattr(run.geo, "load_gazetteer", lambda: loaded.append(1))
    gc.unfreeze()
    try:
        assert gc.get_freeze_count() == 0
        holder = [[1], [2]]  # alive before the pipeline is built, as the model is
        assert run.built_pipeline(load_settings(), [("Kurram", "GPE")]) == "pipeline"
        assert built == [[("Kurram", "GPE")]] and loaded == [1]
        frozen = gc.get_freeze_count()
        assert frozen > 0
        assert not any(o is holder for o in gc.get_objects())  # out of the collector's lists
        # a second pipeline in the same process does not freeze what came since
        later = [[1, 2]]
        run.built_pipeline(load_settings(), [])
        assert gc.get_freeze_count() == frozen
        assert any(o is later for o in gc.get_objects())
    finally:
        gc.unfreeze()
