"""How a page writes an event's date: as given, or, where the article wrote none, the bound the
report gives ("on or before" its day; "on or after" for a planned act), never the assumed
window as if it were a stated range."""

from __future__ import annotations

from pathlib import Path

import pytest
from jinja2 import Environment, FileSystemLoader

import dossier.web

TEMPLATES = Path(dossier.web.__file__).parent / "templates"


def _date_of(event: dict) -> str:
    macros = Environment(loader=FileSystemLoader(TEMPLATES)).get_template("macros.html").module
    return " ".join(str(macros.date_of(event)).split())


@pytest.mark.unit
def test_an_inferred_interval_is_written_as_its_bound():
    date = {"start": "2025-04-18", "end": "2025-04-25", "precision": "range", "text": None}
    shown = _date_of({"date": date, "modality": "asserted"})
    assert shown.startswith("on or before") and "2025-04-25" in shown and "2025-04-18" not in shown
    planned = {"start": "2025-04-25", "end": "2025-05-02", "precision": "range", "text": None}
    shown = _date_of({"date": planned, "modality": "planned"})
    assert shown.startswith("on or after") and "2025-04-25" in shown and "2025-05-02" not in shown


@pytest.mark.unit
def test_a_stated_date_or_range_is_written_as_given():
    stated = {"start": "2025-04-20", "end": "2025-04-21", "precision": "range", "text": "the night"}
    shown = _date_of({"date": stated, "modality": "asserted"})
    assert "2025-04-20 – 2025-04-21" in shown and "or before" not in shown
    day = {"start": "2025-04-20", "end": "2025-04-20", "precision": "day", "text": "Sunday"}
    assert "2025-04-20" in _date_of({"date": day, "modality": "asserted"})
    assert "undated" in _date_of({"date": None, "modality": "asserted"})
