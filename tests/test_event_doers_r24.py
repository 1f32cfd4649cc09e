"""Doers of session 24 (issue 15 item 3, actors the sentence names): a noun for people that
the entity model swept into a date after it still acts ("was lynched by a mob last week":
"a mob last week" tagged DATE, so the "by" phrase was dropped as a date and the lynching had
no doer), and the subject the parser gives a bare participle after "leave" is the one it
befell, never its doer ("left over a dozen others injured" exported "others" as the actor
of the injuring). Unit tests read hand-built parses; the end-to-end ones run the pipeline
on sentences written for them."""

from __future__ import annotations

import pytest

from dossier.extract.events.roles import (
    _agents,
    _dated_someone,
    _left_in_state,
    _verb_roles,
    paired_states,
)
from tests.test_event_roles_r22 import Row, _doc
from tests.test_events import _events, _one

# "a man was lynched by a mob last week ." -- "a mob last week" one DATE entity
_LYNCHED = [
    ("a", "a", 1, "det", "DET", "DT", "O"),
    ("man", "man", 3, "nsubjpass", "NOUN", "NN", "O"),
    ("was", "be", 3, "auxpass", "AUX", "VBD", "O"),
    ("lynched", "lynch", 3, "ROOT", "VERB", "VBN", "O"),
    ("by", "by", 3, "agent", "ADP", "IN", "O"),
    ("a", "a", 6, "det", "DET", "DT", "B-DATE"),
    ("mob", "mob", 4, "pobj", "NOUN", "NN", "I-DATE"),
    ("last", "last", 8, "amod", "ADJ", "JJ", "I-DATE"),
    ("week", "week", 3, "npadvmod", "NOUN", "NN", "I-DATE"),
    (".", ".", 3, "punct", "PUNCT", ".", "O"),
]


def _replaced(rows: list[Row], at: int, row: Row) -> list[Row]:
    return [row if i == at else r for i, r in enumerate(rows)]


@pytest.mark.unit
def test_a_mob_swept_into_a_date_still_lynched():
    doc = _doc(_LYNCHED)
    assert _dated_someone(doc[6])
    assert [t.text for t in _agents(doc[3])] == ["mob"]


@pytest.mark.unit
def test_a_date_word_in_a_by_phrase_is_no_one():
    # "was lynched by last week": a time word tagged as the date it is stays no doer
    rows = _replaced(_LYNCHED, 6, ("week", "week", 4, "pobj", "NOUN", "NN", "I-DATE"))
    doc = _doc(rows)
    assert not _dated_someone(doc[6])
    assert _agents(doc[3]) == []


# "the blast left over a dozen others injured ." -- "others" the subject of "injured"
_LEFT = [
    ("the", "the", 1, "det", "DET", "DT", "O"),
    ("blast", "blast", 2, "nsubj", "NOUN", "NN", "O"),
    ("left", "leave", 2, "ROOT", "VERB", "VBD", "O"),
    ("over", "over", 5, "quantmod", "ADP", "RP", "B-CARDINAL"),
    ("a", "a", 5, "quantmod", "DET", "DT", "I-CARDINAL"),
    ("dozen", "dozen", 6, "nummod", "NOUN", "NN", "I-CARDINAL"),
    ("others", "other", 7, "nsubj", "NOUN", "NNS", "O"),
    ("injured", "injure", 2, "ccomp", "VERB", "VBN", "O"),
    (".", ".", 2, "punct", "PUNCT", ".", "O"),
]


@pytest.mark.unit
def test_who_is_left_injured_is_whom_it_befell():
    doc = _doc(_LEFT)
    assert _left_in_state(doc[7])
    roles = _verb_roles(doc[7], "ASSAULT")
    assert roles.actors == []
    assert [t.text for t in roles.targets] == ["others"]


@pytest.mark.unit
def test_a_participle_after_another_verb_keeps_its_subject_as_doer():
    # "police said gunmen injured ...": "said" is no "leave", the subject acted
    rows = _replaced(_LEFT, 2, ("said", "say", 2, "ROOT", "VERB", "VBD", "O"))
    doc = _doc(rows)
    assert not _left_in_state(doc[7])
    assert [t.text for t in _verb_roles(doc[7], "ASSAULT").actors] == ["others"]


@pytest.mark.nlp
def test_lynched_by_a_mob_last_week_is_the_mobs(settings):
    text = "Officials confirmed that a man was lynched by a mob last week in Velmora."
    events = [e for e in _events(text, settings) if "lynched" in e.trigger]
    assert events and events[0].actors == ("a mob",)
    assert any("man" in t for t in events[0].targets)


@pytest.mark.nlp
def test_others_left_injured_are_victims_not_doers(settings):
    text = "The blast in Velmora killed two people and left over a dozen others injured."
    injuring = _one(_events(text, settings), "ASSAULT", "injured")
    assert not any("others" in a for a in injuring.actors)
    # the others are people too: a bare "others" stands for the noun counted before it
    assert injuring.targets == ("people",)


@pytest.mark.unit
def test_the_two_states_of_a_talks_name_are_two_parties():
    text = "the fourth round of Pakistan-Japan Counter-Terrorism Consultations"
    start = text.index("Pakistan")
    spans = paired_states((start, start + len("Pakistan-Japan")), text)
    assert [text[a:b] for a, b in spans] == ["Pakistan", "Japan"]


@pytest.mark.unit
def test_a_state_name_cut_after_the_hyphen_is_read_whole():
    # the model ended the name at "Pakistan-United" of "United Kingdom"
    text = "the Pakistan-United Kingdom Counter-Terrorism Dialogue"
    start = text.index("Pakistan")
    spans = paired_states((start, start + len("Pakistan-United")), text)
    assert [text[a:b] for a, b in spans] == ["Pakistan", "United Kingdom"]


@pytest.mark.unit
def test_a_hyphened_name_of_no_two_states_stays_whole():
    for name in ("Al-Qaeda", "Jaish-e-Mohammed", "Pakistan-based"):
        text = f"envoys of {name} met"
        start = text.index(name)
        assert paired_states((start, start + len(name)), text) == []


@pytest.mark.nlp
def test_the_pakistan_japan_consultations_are_pakistan_with_japan(settings):
    text = (
        "The spokesperson noted the third round of Pakistan-Japan Counter-Terrorism Consultations."
    )
    talks = _one(_events(text, settings), "CONSULT")
    assert talks.actors == ("Pakistan",)
    assert talks.targets == ("Japan",)
