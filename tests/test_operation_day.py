"""The day of "the operation" an article dates lends itself to the acts told in it; a plural
("operations in February", "two operations on Monday") is the date of many operations, which
dates none of them."""

from __future__ import annotations

import pytest

from dossier.clean import document_id
from dossier.extract.nlp import analyze
from dossier.records import Document

pytestmark = pytest.mark.nlp


def _assault_times(text, settings):
    doc = Document(id=document_id(text), source="f", raw_hash="x", text=text,
                   published="2025-03-05")  # fmt: skip
    (analyzed,) = list(analyze([doc], settings))
    return [
        text[e.time[0] : e.time[1]] if e.time else None
        for e in analyzed.events
        if e.type == "ASSAULT" and e.sentence == 0
    ]


def test_one_operations_day_dates_the_acts_told_in_it(settings):
    text = (
        "Security forces killed four terrorists during an intelligence-based operation in North "
        "Waziristan district, the military's media wing said on Wednesday.\n\n"
        "Security forces conducted the operation on Tuesday night in the Spinwam area.\n"
    )
    assert _assault_times(text, settings) == ["Tuesday night"]


def test_the_date_of_many_operations_dates_none_of_them(settings):
    text = (
        "Security forces killed four terrorists during an intelligence-based operation in North "
        "Waziristan district, the military's media wing said on Wednesday.\n\n"
        "Security forces conducted operations in February across the district.\n"
    )
    assert _assault_times(text, settings) == ["Wednesday"]
