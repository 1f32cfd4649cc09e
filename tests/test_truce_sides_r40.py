"""A truce's sides read from its sentence are those the sentence tells acting, not its
mediators or the offices that tell of it (``truces._brokered``, ``truces._told_by``, session 40): on 25
archive ceasefire articles the fallback named "mediator Qatar", "Egypt" (mediator), a
Qatari prime minister and "Palestinian health authorities" as sides."""

from __future__ import annotations

import pytest

from tests.test_event_types_r40 import _agreements, _parse_named

pytestmark = pytest.mark.unit

# "Mediator Egypt said Israel struck Lebanon since the ceasefire ."
MEDIATOR_SAID = [
    ("Mediator", "mediator", 1, "compound", "NOUN", "NN"),
    ("Egypt", "Egypt", 2, "nsubj", "PROPN", "NNP"),
    ("said", "say", 2, "ROOT", "VERB", "VBD"),
    ("Israel", "Israel", 4, "nsubj", "PROPN", "NNP"),
    ("struck", "strike", 2, "ccomp", "VERB", "VBD"),
    ("Lebanon", "Lebanon", 4, "dobj", "PROPN", "NNP"),
    ("since", "since", 4, "prep", "ADP", "IN"),
    ("the", "the", 8, "det", "DET", "DT"),
    ("ceasefire", "ceasefire", 6, "pobj", "NOUN", "NN"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
MEDIATOR_ENTS = ["O", "B-GPE", "O", "B-GPE", "O", "B-GPE", "O", "O", "O", "O"]
# "Palestinian health authorities said Israel struck Lebanon since the ceasefire ."
AUTHORITIES_SAID = [
    ("Palestinian", "palestinian", 2, "amod", "ADJ", "JJ"),
    ("health", "health", 2, "compound", "NOUN", "NN"),
    ("authorities", "authority", 3, "nsubj", "NOUN", "NNS"),
    ("said", "say", 3, "ROOT", "VERB", "VBD"),
    ("Israel", "Israel", 5, "nsubj", "PROPN", "NNP"),
    ("struck", "strike", 3, "ccomp", "VERB", "VBD"),
    ("Lebanon", "Lebanon", 5, "dobj", "PROPN", "NNP"),
    ("since", "since", 5, "prep", "ADP", "IN"),
    ("the", "the", 9, "det", "DET", "DT"),
    ("ceasefire", "ceasefire", 7, "pobj", "NOUN", "NN"),
    (".", ".", 3, "punct", "PUNCT", "."),
]
AUTHORITIES_ENTS = ["B-NORP", "O", "O", "O", "B-GPE", "O", "B-GPE", "O", "O", "O", "O"]
# "Hamas said Israel struck Lebanon since the ceasefire ." (a side telling of its truce)
SIDE_SAID = [
    ("Hamas", "Hamas", 1, "nsubj", "PROPN", "NNP"),
    ("said", "say", 1, "ROOT", "VERB", "VBD"),
    ("Israel", "Israel", 3, "nsubj", "PROPN", "NNP"),
    ("struck", "strike", 1, "ccomp", "VERB", "VBD"),
    ("Lebanon", "Lebanon", 3, "dobj", "PROPN", "NNP"),
    ("since", "since", 3, "prep", "ADP", "IN"),
    ("the", "the", 7, "det", "DET", "DT"),
    ("ceasefire", "ceasefire", 5, "pobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
SIDE_ENTS = ["B-ORG", "O", "B-GPE", "O", "B-GPE", "O", "O", "O", "O"]


@pytest.mark.parametrize(
    ("rows", "ents"), [(MEDIATOR_SAID, MEDIATOR_ENTS), (AUTHORITIES_SAID, AUTHORITIES_ENTS)]
)
def test_a_mediator_or_a_teller_s_people_is_no_side_of_the_truce(rows, ents) -> None:
    assert _agreements(_parse_named(rows, ents)) == [(["Israel"], ["Lebanon"])]


def test_a_side_that_tells_of_its_own_truce_stays_a_side() -> None:
    assert _agreements(_parse_named(SIDE_SAID, SIDE_ENTS)) == [(["Hamas"], ["Israel", "Lebanon"])]
