"""A truce's sides read from its sentence (``truces._named_sides``, session 41): a state named
only as the teller of the news is a side where the sentence names no second side acting (a
truce binds two; "Lebanon's official National News Agency reported ... an Israeli strike
... since a November 27 ceasefire" is Lebanon's truce with Israel), and the place a place
noun stands for ("the southern town of Touline") is no side."""

from __future__ import annotations

import pytest

from tests.test_event_types_r40 import _agreements, _parse_named

pytestmark = pytest.mark.unit

# "Lebanon 's agency reported a strike by Israel since the ceasefire ."
SOURCE_STATE = [
    ("Lebanon", "Lebanon", 2, "poss", "PROPN", "NNP"),
    ("'s", "'s", 0, "case", "PART", "POS"),
    ("agency", "agency", 3, "nsubj", "NOUN", "NN"),
    ("reported", "report", 3, "ROOT", "VERB", "VBD"),
    ("a", "a", 5, "det", "DET", "DT"),
    ("strike", "strike", 3, "dobj", "NOUN", "NN"),
    ("by", "by", 5, "prep", "ADP", "IN"),
    ("Israel", "Israel", 6, "pobj", "PROPN", "NNP"),
    ("since", "since", 3, "prep", "ADP", "IN"),
    ("the", "the", 10, "det", "DET", "DT"),
    ("ceasefire", "ceasefire", 8, "pobj", "NOUN", "NN"),
    (".", ".", 3, "punct", "PUNCT", "."),
]
SOURCE_ENTS = ["B-GPE", "O", "O", "O", "O", "O", "O", "B-GPE", "O", "O", "O", "O"]
# "Israel struck the town of Touline since the ceasefire ."
TOWN_OF = [
    ("Israel", "Israel", 1, "nsubj", "PROPN", "NNP"),
    ("struck", "strike", 1, "ROOT", "VERB", "VBD"),
    ("the", "the", 3, "det", "DET", "DT"),
    ("town", "town", 1, "dobj", "NOUN", "NN"),
    ("of", "of", 3, "prep", "ADP", "IN"),
    ("Touline", "Touline", 4, "pobj", "PROPN", "NNP"),
    ("since", "since", 1, "prep", "ADP", "IN"),
    ("the", "the", 8, "det", "DET", "DT"),
    ("ceasefire", "ceasefire", 6, "pobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
TOWN_ENTS = ["B-GPE", "O", "O", "O", "O", "B-GPE", "O", "O", "O", "O"]


def test_a_state_telling_the_news_is_the_second_side_when_no_other_is_named() -> None:
    assert _agreements(_parse_named(SOURCE_STATE, SOURCE_ENTS)) == [(["Lebanon"], ["Israel"])]


def test_the_town_a_place_noun_names_is_no_side() -> None:
    assert _agreements(_parse_named(TOWN_OF, TOWN_ENTS)) == [(["Israel"], [])]
