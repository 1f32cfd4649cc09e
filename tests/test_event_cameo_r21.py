"""Demands the export missed (session 21, CAMEO 10): people named only by a common noun or a
pronoun who demand an act ("The speakers demanded arrest of the suspect", "They demanded an
independent inquiry") made a statement worth a REQUEST, as CAMEO's sub-codes 1013 (judicial
cooperation) and 1053 (release of persons) name what is asked; a demand of something no
sub-code names ("demanded answers") still needs a named participant. Unit tests read
hand-built parses (no model)."""

from __future__ import annotations

import pytest

from dossier.extract.events.assembly import _act_demanded_by_people
from dossier.extract.events.lexicon import _trigger
from tests.test_event_what_r14 import _parse


def _demand(
    subject: str, tag: str, pos: str, thing: str
) -> list[tuple[str, str, int, str, str, str]]:
    """ "<subject> demanded an <thing> ." as the small model parses it."""
    return [
        (subject, subject.lower(), 1, "nsubj", pos, tag),
        ("demanded", "demand", 1, "ROOT", "VERB", "VBD"),
        ("an", "an", 3, "det", "DET", "DT"),
        (thing, thing, 1, "dobj", "NOUN", "NN"),
        (".", ".", 1, "punct", "PUNCT", "."),
    ]


@pytest.mark.unit
@pytest.mark.parametrize(
    ("subject", "tag", "pos", "thing"),
    [
        ("They", "PRP", "PRON", "inquiry"),  # CAMEO 1013
        ("Residents", "NNS", "NOUN", "release"),  # CAMEO 1053
        ("Speakers", "NNS", "NOUN", "arrest"),  # an act the lexicon types itself
    ],
)
def test_people_demanding_an_act_cameo_names_make_a_request(subject, tag, pos, thing) -> None:
    doc = _parse(_demand(subject, tag, pos, thing))
    assert _act_demanded_by_people(doc[1], "REQUEST", [doc[3]])


@pytest.mark.unit
def test_a_demand_of_what_no_cameo_code_names_is_not_enough() -> None:
    doc = _parse(_demand("They", "PRP", "PRON", "answer"))
    assert not _act_demanded_by_people(doc[1], "REQUEST", [doc[3]])


@pytest.mark.unit
def test_a_thing_that_demands_is_not_people_demanding() -> None:
    # "The situation demanded an inquiry": a singular thing, no one made a statement
    doc = _parse(_demand("Situation", "NN", "NOUN", "inquiry"))
    assert not _act_demanded_by_people(doc[1], "REQUEST", [doc[3]])


@pytest.mark.unit
def test_only_requests_told_by_a_verb_of_asking_qualify() -> None:
    doc = _parse(_demand("They", "PRP", "PRON", "inquiry"))
    assert not _act_demanded_by_people(doc[1], "THREATEN", [doc[3]])
    assert not _act_demanded_by_people(doc[3], "REQUEST", [])


# "Six people lost their lives in an exchange of fire ." as the small model parses it
LOST_IN_EXCHANGE = [
    ("Six", "six", 1, "nummod", "NUM", "CD"),
    ("people", "people", 2, "nsubj", "NOUN", "NNS"),
    ("lost", "lose", 2, "ROOT", "VERB", "VBD"),
    ("their", "their", 4, "poss", "PRON", "PRP$"),
    ("lives", "life", 2, "dobj", "NOUN", "NNS"),
    ("in", "in", 2, "prep", "ADP", "IN"),
    ("an", "an", 7, "det", "DET", "DT"),
    ("exchange", "exchange", 5, "pobj", "NOUN", "NN"),
    ("of", "of", 7, "prep", "ADP", "IN"),
    ("fire", "fire", 8, "pobj", "NOUN", "NN"),
    (".", ".", 2, "punct", "PUNCT", "."),
]


@pytest.mark.unit
def test_an_exchange_of_fire_under_a_verb_that_is_no_act_is_the_fight() -> None:
    doc = _parse(LOST_IN_EXCHANGE)
    assert _trigger(doc[7]) == ("ASSAULT", "firearms")


@pytest.mark.unit
def test_an_exchange_of_fire_under_a_killing_is_its_setting() -> None:
    rows = list(LOST_IN_EXCHANGE)
    rows[2] = ("killed", "kill", 2, "ROOT", "VERB", "VBN")
    doc = _parse(rows)
    assert _trigger(doc[7]) is None  # the killing's event tells it
    assert _trigger(doc[2]) is not None
