"""Participants of session 20 (issue 15 item 3, roles from the grammar): an organ of a state
named by the country or its people ("the Iranian government", "Iranian border forces") is
that state acting, while a province's or a city's organ stays a description; who did an act
an apology is "for" is whoever the apology is from, never the one receiving it. Unit tests
read hand-built parses or stored participants; the end-to-end ones run the pipeline on
sentences written for them."""

from __future__ import annotations

import pytest

from dossier.kb.event_reports import _arg
from dossier.kb.span_mentions import organ_of_state
from dossier.records import Mention


def _stored(text: str, phrase: str, name: str, label: str) -> dict:
    """The stored participant for ``phrase`` of ``text``, with ``name`` its one mention."""
    start, at = text.index(phrase), text.index(name)
    mention = Mention(at, at + len(name), name, label, name.lower(), 0)
    return _arg("actor", (start, start + len(phrase)), text, [mention])


@pytest.mark.unit
@pytest.mark.parametrize(
    ("text", "phrase", "name", "label"),
    [
        ("The Iranian government banned the rally.", "The Iranian government", "Iranian", "NORP"),
        ("Iranian border forces shot two men.", "Iranian border forces", "Iranian", "NORP"),
        ("Indian federal police filed charges.", "Indian federal police", "Indian", "NORP"),
        ("Egypt's army shelled the post.", "Egypt's army", "Egypt", "GPE"),
    ],
)
def test_an_organ_of_a_state_is_the_state_acting(text, phrase, name, label):
    stored = _stored(text, phrase, name, label)
    assert stored["key"] == name.lower()  # the state's entity
    assert stored["text"] == phrase  # the organ's own words stay


@pytest.mark.unit
@pytest.mark.parametrize(
    ("text", "phrase", "name", "label"),
    [
        ("The Punjab police arrested two men.", "The Punjab police", "Punjab", "GPE"),
        (
            "The Balochistan government banned it.",
            "The Balochistan government",
            "Balochistan",
            "GPE",
        ),
        ("Gunmen stormed a Kabul hotel.", "a Kabul hotel", "Kabul", "GPE"),
        ("Iranian workers were killed.", "Iranian workers", "Iranian", "NORP"),
        ("The Reuters officials said.", "The Reuters officials", "Reuters", "ORG"),
    ],
)
def test_a_province_s_organ_or_a_people_s_workers_stay_descriptions(text, phrase, name, label):
    stored = _stored(text, phrase, name, label)
    assert stored["key"] is None
    assert stored["text"] == phrase


@pytest.mark.unit
def test_a_state_named_at_the_head_is_no_organ():
    text = "Troops of Iran attacked."
    mention = Mention(10, 14, "Iran", "GPE", "iran", 0)
    assert not organ_of_state((10, 14), mention, text)
