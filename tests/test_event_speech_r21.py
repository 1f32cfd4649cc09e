"""Statements told by a frame rather than a verb of stating, session 21 (issue 15, item 5;
``dossier.extract.events.statements``): an accusation told as "X is responsible for <a
wrong>" in what someone says (CAMEO 112), and a threat told as an act of force held out on a
condition (CAMEO 13). Unit tests read hand-built parses; the end-to-end ones run the
pipeline on sentences written for them (invented parties: Ostrand, Velmora)."""

from __future__ import annotations

import pytest

from dossier.extract.events.statements import (
    accused_and_accuser,
    accusing_copula,
    conditional_threat,
    threatener_and_threatened,
)
from tests.test_event_roles_r19 import _doc
from tests.test_events import _events, _one


def _responsible(say: tuple[str, str], wrong: tuple[str, str]) -> list:
    """ "Vasko said Ostrand was responsible for the <wrong> ." with the saying verb and the
    wrong's word as given; ``say`` None-like ("", "") gives the outlet's own sentence."""
    rows = []
    if say[0]:
        rows += [("Vasko", "Vasko", 1, "nsubj", "PROPN", "NNP"), (*say, 1, "ROOT", "VERB", "VBD")]
    at = len(rows)
    copula = at + 1
    rows += [
        ("Ostrand", "Ostrand", copula, "nsubj", "PROPN", "NNP"),
        ("was", "be", 1 if say[0] else copula, "ccomp" if say[0] else "ROOT", "AUX", "VBD"),
        ("responsible", "responsible", copula, "acomp", "ADJ", "JJ"),
        ("for", "for", at + 2, "prep", "ADP", "IN"),
        ("the", "the", at + 5, "det", "DET", "DT"),
        (*wrong, at + 3, "pobj", "NOUN", "NNS"),
        (".", ".", 1 if say[0] else copula, "punct", "PUNCT", "."),
    ]
    return rows


@pytest.mark.unit
@pytest.mark.parametrize(
    ("say", "wrong", "accusation"),
    [
        (("said", "say"), ("killings", "killing"), True),  # a violent act the lexicon types
        (("added", "add"), ("bloodshed", "bloodshed"), True),  # a wrong of CAMEO 112
        (("claimed", "claim"), ("incidents", "incident"), True),
        (("said", "say"), ("security", "security"), False),  # a duty, no wrong
        (("", ""), ("killings", "killing"), False),  # the outlet's own telling: a fact
    ],
)
def test_responsible_for_a_wrong_in_someone_s_words_is_an_accusation(say, wrong, accusation):
    doc = _doc(_responsible(say, wrong))
    copula = next(t for t in doc if t.lemma_ == "be")
    assert (accusing_copula(copula) == ("ACCUSE", "allege")) is accusation
    if accusation:
        speakers, accused = accused_and_accuser(copula)
        assert [t.text for t in speakers] == ["Vasko"]
        assert [t.text for t in accused] == ["Ostrand"]


@pytest.mark.nlp
def test_the_speaker_accuses_the_one_said_to_be_responsible(settings):
    events = _events(
        "Speaking at a press conference, Irena Vasko said Ostrand was responsible for "
        "orchestrating terrorist attacks in Velmora.",
        settings,
    )
    accusation = _one(events, "ACCUSE")
    assert accusation.actors == ("Irena Vasko",)
    assert accusation.targets == ("Ostrand",)
    assert accusation.modality == "asserted"


@pytest.mark.nlp
def test_a_duty_or_the_outlet_s_own_attribution_accuses_no_one(settings):
    duty = _events("Irena Vasko said Ostrand was responsible for security at the summit.", settings)
    fact = _events("These militants were responsible for the killing of 30 people.", settings)
    assert not [e for e in duty + fact if e.type == "ACCUSE"]
