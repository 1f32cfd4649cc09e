"""An accusation told by a verdict on an act, not by a verb of accusing (session 30,
issue 15 item 5).

"Hamas said on Monday the new Israeli aid framework amounted to political blackmail",
"South Africa said Israel's restriction of aid into Gaza amounted to using starvation as a
weapon of war", "the deliberate targeting of civilians by the Indian military constituted a
heinous crime": the speaker accuses whoever did the judged act (CAMEO 112, PLOVER ACCUSE),
though no word of the sentence is an accusing verb. The verdict must be someone's saying, be
asserted (a "would amount to" is a warning or a hedge), name a charge (a share that "amounted
to ten percent" accuses no one) and judge an act with a named doer. Unit tests read
hand-built parses (the small model's, written out; no model)."""

from __future__ import annotations

import pytest

from tests.test_event_failures_r29 import _accusations, _events

pytestmark = pytest.mark.unit

# "The group said Israel 's new aid plan amounted to political blackmail ."
BLACKMAIL = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("group", "group", 2, "nsubj", "NOUN", "NN"),
    ("said", "say", 2, "ROOT", "VERB", "VBD"),
    ("Israel", "Israel", 7, "poss", "PROPN", "NNP"),
    ("'s", "'s", 3, "case", "PART", "POS"),
    ("new", "new", 7, "amod", "ADJ", "JJ"),
    ("aid", "aid", 7, "compound", "NOUN", "NN"),
    ("plan", "plan", 8, "nsubj", "NOUN", "NN"),
    ("amounted", "amount", 2, "ccomp", "VERB", "VBD"),
    ("to", "to", 8, "prep", "ADP", "IN"),
    ("political", "political", 11, "amod", "ADJ", "JJ"),
    ("blackmail", "blackmail", 9, "pobj", "NOUN", "NN"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "The minister said the targeting of civilians by the Indian military constituted a heinous
# crime ."
CONSTITUTED = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("minister", "minister", 2, "nsubj", "NOUN", "NN"),
    ("said", "say", 2, "ROOT", "VERB", "VBD"),
    ("the", "the", 4, "det", "DET", "DT"),
    ("targeting", "targeting", 11, "nsubj", "NOUN", "NN"),
    ("of", "of", 4, "prep", "ADP", "IN"),
    ("civilians", "civilian", 5, "pobj", "NOUN", "NNS"),
    ("by", "by", 4, "prep", "ADP", "IN"),
    ("the", "the", 10, "det", "DET", "DT"),
    ("Indian", "indian", 10, "amod", "ADJ", "JJ"),
    ("military", "military", 7, "pobj", "NOUN", "NN"),
    ("constituted", "constitute", 2, "ccomp", "VERB", "VBD"),
    ("a", "a", 14, "det", "DET", "DT"),
    ("heinous", "heinous", 14, "amod", "ADJ", "JJ"),
    ("crime", "crime", 11, "dobj", "NOUN", "NN"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "Experts said the Israeli plan would amount to a violation of international law ."
WOULD_AMOUNT = [
    ("Experts", "expert", 1, "nsubj", "NOUN", "NNS"),
    ("said", "say", 1, "ROOT", "VERB", "VBD"),
    ("the", "the", 4, "det", "DET", "DT"),
    ("Israeli", "israeli", 4, "amod", "ADJ", "JJ"),
    ("plan", "plan", 6, "nsubj", "NOUN", "NN"),
    ("would", "would", 6, "aux", "AUX", "MD"),
    ("amount", "amount", 1, "ccomp", "VERB", "VB"),
    ("to", "to", 6, "prep", "ADP", "IN"),
    ("a", "a", 9, "det", "DET", "DT"),
    ("violation", "violation", 7, "pobj", "NOUN", "NN"),
    ("of", "of", 9, "prep", "ADP", "IN"),
    ("international", "international", 12, "amod", "ADJ", "JJ"),
    ("law", "law", 10, "pobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "Israel 's restriction of aid amounts to collective punishment ."
UNTOLD = [
    ("Israel", "Israel", 2, "poss", "PROPN", "NNP"),
    ("'s", "'s", 0, "case", "PART", "POS"),
    ("restriction", "restriction", 5, "nsubj", "NOUN", "NN"),
    ("of", "of", 2, "prep", "ADP", "IN"),
    ("aid", "aid", 3, "pobj", "NOUN", "NN"),
    ("amounts", "amount", 5, "ROOT", "VERB", "VBZ"),
    ("to", "to", 5, "prep", "ADP", "IN"),
    ("collective", "collective", 8, "amod", "ADJ", "JJ"),
    ("punishment", "punishment", 6, "pobj", "NOUN", "NN"),
    (".", ".", 5, "punct", "PUNCT", "."),
]
# "The minister said India 's share amounted to ten percent ."
NO_CHARGE = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("minister", "minister", 2, "nsubj", "NOUN", "NN"),
    ("said", "say", 2, "ROOT", "VERB", "VBD"),
    ("India", "India", 5, "poss", "PROPN", "NNP"),
    ("'s", "'s", 3, "case", "PART", "POS"),
    ("share", "share", 6, "nsubj", "NOUN", "NN"),
    ("amounted", "amount", 2, "ccomp", "VERB", "VBD"),
    ("to", "to", 6, "prep", "ADP", "IN"),
    ("ten", "ten", 9, "nummod", "NUM", "CD"),
    ("percent", "percent", 7, "pobj", "NOUN", "NN"),
    (".", ".", 2, "punct", "PUNCT", "."),
]


def test_a_verdict_of_blackmail_on_a_plan_accuses_its_owner():
    doc, events = _events(BLACKMAIL, names=[(3, "GPE")])
    assert _accusations(doc, events) == [("amounted", ["The group"], ["Israel"])]


def test_a_crime_constituted_by_an_act_accuses_its_doer():
    doc, events = _events(CONSTITUTED, names=[(9, "NORP")])
    found = _accusations(doc, events)
    assert len(found) == 1
    trigger, actors, targets = found[0]
    assert trigger == "constituted"
    assert actors == ["The minister"]
    assert any("military" in t or "Indian" in t for t in targets)


def test_a_verdict_that_would_follow_accuses_no_one():
    doc, events = _events(WOULD_AMOUNT, names=[(3, "NORP")])
    assert _accusations(doc, events) == []


def test_a_verdict_no_one_says_is_the_outlets_and_accuses_no_one():
    doc, events = _events(UNTOLD, names=[(0, "GPE")])
    assert _accusations(doc, events) == []


def test_an_amount_that_names_no_charge_accuses_no_one():
    doc, events = _events(NO_CHARGE, names=[(3, "GPE")])
    assert _accusations(doc, events) == []
