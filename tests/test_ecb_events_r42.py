"""Events on news unlike the archive, session 42 (issue 15: ECB+ pages, Western web news).
Arrests that crime news tells by an idiom with no arrest verb ("Police pulled the driver
over", "caught up with the driver", "the suspect, who gave himself up to police", "turned
himself in", "a man surrendered") are COERCE arrests with the force as actor and the one
held as target, and "captured 23 pirates" is an arrest (people hunted), not a seizure of
goods. A stop at the roadside ("the driver pulled over") and a surrender of arms stay what
they were. Unit tests read hand-built parses (no model)."""

from __future__ import annotations

import pytest

from dossier.extract.events.assembly import extract_events
from tests.test_event_what_r14 import _parse

pytestmark = pytest.mark.unit


def _events(rows: list[tuple[str, str, int, str, str, str]]) -> list[tuple[str, str, str]]:
    """(type, actors, targets) of each event of a hand-built sentence, each role by the
    last word of each of its spans ("the driver" -> "driver")."""
    doc = _parse(rows)
    found = []
    for event in extract_events(doc, [], [], {0: 0}):
        actors = " ".join(doc.text[a:b].split()[-1] for a, b in event.actors)
        targets = " ".join(doc.text[a:b].split()[-1] for a, b in event.targets)
        found.append((event.type, actors, targets))
    return found


# "Police pulled the driver over a few blocks away ."
PULLED_OVER = [
    ("Police", "police", 1, "nsubj", "PROPN", "NNP"),
    ("pulled", "pull", 1, "ROOT", "VERB", "VBD"),
    ("the", "the", 3, "det", "DET", "DT"),
    ("driver", "driver", 1, "dobj", "NOUN", "NN"),
    ("over", "over", 1, "prep", "ADP", "IN"),
    ("a", "a", 6, "quantmod", "DET", "DT"),
    ("few", "few", 7, "amod", "ADJ", "JJ"),
    ("blocks", "block", 8, "npadvmod", "NOUN", "NNS"),
    ("away", "away", 4, "pcomp", "ADV", "RB"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "The driver pulled over ." (a stop at the roadside: no one held)
DRIVER_PULLED_OVER = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("driver", "driver", 2, "nsubj", "NOUN", "NN"),
    ("pulled", "pull", 2, "ROOT", "VERB", "VBD"),
    ("over", "over", 2, "prt", "ADP", "RP"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "Police caught up with the driver ."
CAUGHT_UP = [
    ("Police", "police", 1, "nsubj", "PROPN", "NNP"),
    ("caught", "catch", 1, "ROOT", "VERB", "VBD"),
    ("up", "up", 1, "prt", "ADP", "RP"),
    ("with", "with", 1, "prep", "ADP", "IN"),
    ("the", "the", 5, "det", "DET", "DT"),
    ("driver", "driver", 3, "pobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "Police negotiated with the suspect , who gave himself up to police ."
GAVE_HIMSELF_UP = [
    ("Police", "police", 1, "nsubj", "PROPN", "NNP"),
    ("negotiated", "negotiate", 1, "ROOT", "VERB", "VBD"),
    ("with", "with", 1, "prep", "ADP", "IN"),
    ("the", "the", 4, "det", "DET", "DT"),
    ("suspect", "suspect", 2, "pobj", "NOUN", "NN"),
    (",", ",", 4, "punct", "PUNCT", ","),
    ("who", "who", 7, "nsubj", "PRON", "WP"),
    ("gave", "give", 4, "relcl", "VERB", "VBD"),
    ("himself", "himself", 7, "dobj", "PRON", "PRP"),
    ("up", "up", 7, "prt", "ADP", "RP"),
    ("to", "to", 7, "prep", "ADP", "IN"),
    ("police", "police", 10, "pobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "A man surrendered ."
MAN_SURRENDERED = [
    ("A", "a", 1, "det", "DET", "DT"),
    ("man", "man", 2, "nsubj", "NOUN", "NN"),
    ("surrendered", "surrender", 2, "ROOT", "VERB", "VBD"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "The militants surrendered their weapons to the army ."
ARMS_SURRENDERED = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("militants", "militant", 2, "nsubj", "NOUN", "NNS"),
    ("surrendered", "surrender", 2, "ROOT", "VERB", "VBD"),
    ("their", "their", 4, "poss", "PRON", "PRP$"),
    ("weapons", "weapon", 2, "dobj", "NOUN", "NNS"),
    ("to", "to", 2, "prep", "ADP", "IN"),
    ("the", "the", 7, "det", "DET", "DT"),
    ("army", "army", 5, "pobj", "NOUN", "NN"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "The navy captured 23 pirates ."
CAPTURED_PIRATES = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("navy", "navy", 2, "nsubj", "NOUN", "NN"),
    ("captured", "capture", 2, "ROOT", "VERB", "VBD"),
    ("23", "23", 4, "nummod", "NUM", "CD"),
    ("pirates", "pirate", 2, "dobj", "NOUN", "NNS"),
    (".", ".", 2, "punct", "PUNCT", "."),
]


def test_police_pulling_someone_over_is_an_arrest():
    assert ("COERCE", "Police", "driver") in _events(PULLED_OVER)


def test_a_driver_pulling_over_is_no_arrest():
    assert not any(kind == "COERCE" for kind, _, _ in _events(DRIVER_PULLED_OVER))


def test_police_catching_up_with_someone_hold_him():
    assert ("COERCE", "Police", "driver") in _events(CAUGHT_UP)


def test_who_gave_himself_up_to_police_is_held_by_them():
    found = [e for e in _events(GAVE_HIMSELF_UP) if e[0] == "COERCE"]
    assert found == [("COERCE", "police", "suspect")]


def test_a_man_who_surrendered_is_held_and_arms_surrendered_stay_a_retreat():
    assert [kind for kind, _, _ in _events(MAN_SURRENDERED)] == ["COERCE"]
    kinds = [kind for kind, _, _ in _events(ARMS_SURRENDERED)]
    assert "RETREAT" in kinds and "COERCE" not in kinds


def test_pirates_captured_are_arrested_not_seized():
    assert ("COERCE", "navy", "pirates") in _events(CAPTURED_PIRATES)


# "Pirates seized a supertanker ."
PIRATES_SEIZED = [
    ("Pirates", "pirate", 1, "nsubj", "NOUN", "NNS"),
    ("seized", "seize", 1, "ROOT", "VERB", "VBD"),
    ("a", "a", 3, "det", "DET", "DT"),
    ("supertanker", "supertanker", 1, "dobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "Police seized weapons ."
POLICE_SEIZED = [
    ("Police", "police", 1, "nsubj", "PROPN", "NNP"),
    ("seized", "seize", 1, "ROOT", "VERB", "VBD"),
    ("weapons", "weapon", 1, "dobj", "NOUN", "NNS"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "The warship sank a trawler ."
SANK_TRAWLER = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("warship", "warship", 2, "nsubj", "NOUN", "NN"),
    ("sank", "sink", 2, "ROOT", "VERB", "VBD"),
    ("a", "a", 4, "det", "DET", "DT"),
    ("trawler", "trawler", 2, "dobj", "NOUN", "NN"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "The boat sank ." (an accident: nothing sunk by anyone)
BOAT_SANK = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("boat", "boat", 2, "nsubj", "NOUN", "NN"),
    ("sank", "sink", 2, "ROOT", "VERB", "VBD"),
    (".", ".", 2, "punct", "PUNCT", "."),
]


def test_a_ship_seized_by_pirates_is_a_hijacking_and_police_seizing_weapons_a_seizure():
    assert [kind for kind, _, _ in _events(PIRATES_SEIZED)] == ["ASSAULT"]
    assert [kind for kind, _, _ in _events(POLICE_SEIZED)] == ["COERCE"]


def test_a_vessel_sunk_by_someone_is_attacked_and_a_boat_sinking_is_no_event():
    assert ("ASSAULT", "warship", "trawler") in _events(SANK_TRAWLER)
    assert _events(BOAT_SANK) == []
