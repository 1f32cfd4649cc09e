"""An act a wire lead dates only by its report ("..., the army said on Friday") takes the
day the next sentence gives the incident ("A firefight broke out on Thursday night ...")
when that day lies inside the span the report allows (``dossier.kb.facts._later_day``).
The texts are made up: the places do not exist."""

from __future__ import annotations

import pytest

from dossier.clean import document_id
from dossier.extract.nlp import analyze
from dossier.records import Document

pytestmark = pytest.mark.nlp


def _later(text, settings, published="2025-01-31"):
    """(trigger, the day lent or None) for each act of ``text`` dated by its report."""
    from dossier.kb.facts import _later_day, _time_of

    doc = Document(id=document_id(text), source="f", raw_hash="x", text=text, published=published)
    (analyzed,) = list(analyze([doc], settings))
    out = []
    for event in analyzed.events:
        if not event.time_of_report:
            continue
        report = _time_of(event.time, analyzed.times)
        lent = _later_day(analyzed, event, report) if report else None
        out.append((text[event.trigger[0] : event.trigger[1]], lent.value_start if lent else None))
    return out


LEAD = "Soldiers killed two fighters in Velmora near the border, the army said on Friday."


def test_the_next_sentence_gives_the_lead_its_day(settings):
    text = f"{LEAD}\n\nAn intense firefight was triggered on Thursday night near Tarnok."
    assert _later(text, settings) == [("killed", "2025-01-30")]


@pytest.mark.parametrize(
    "second",
    [
        # an earlier or separate incident
        "Earlier, a soldier was martyred in Tarnok on Thursday.",
        "Separately, a soldier was martyred in Tarnok on Thursday.",
        # a day two days before the report lies outside the span it allows
        "An intense firefight was triggered on Wednesday near Tarnok.",
        # the day of a report, not of the act
        "The fighting ended overnight, the military said in a statement on Thursday.",
    ],
)
def test_no_day_is_lent_from_another_incident_or_outside_the_reports_span(second, settings):
    found = _later(f"{LEAD}\n\n{second}", settings)
    assert found == [("killed", None)], found
