"""Labelled acts no exported event told (session 33, issue 15, the read sets' unmatched rows):
an aircraft "downed", a curfew "declared", and an evacuation order told by
a verb of commanding people to leave or by an order noun ("issued an evacuation call", "a
warning to civilians to evacuate"). Unit tests read hand-built parses (no model)."""

from __future__ import annotations

from dossier.extract.events.evacuations import evacuation_ordered
from dossier.extract.events.lexicon import _trigger
from tests.test_event_acts_r25 import _events, _text
from tests.test_event_what_r14 import _parse

# "Islamabad responded by downing five Indian jets."
DOWNING = [
    ("Islamabad", "Islamabad", 1, "nsubj", "PROPN", "NNP"),
    ("responded", "respond", 1, "ROOT", "VERB", "VBD"),
    ("by", "by", 1, "prep", "ADP", "IN"),
    ("downing", "down", 2, "pcomp", "VERB", "VBG"),
    ("five", "five", 6, "nummod", "NUM", "CD"),
    ("Indian", "indian", 6, "amod", "ADJ", "JJ"),
    ("jets", "jet", 3, "dobj", "NOUN", "NNS"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "Workers downed tools on Monday."
TOOLS = [
    ("Workers", "worker", 1, "nsubj", "NOUN", "NNS"),
    ("downed", "down", 1, "ROOT", "VERB", "VBD"),
    ("tools", "tool", 1, "dobj", "NOUN", "NNS"),
    ("on", "on", 1, "prep", "ADP", "IN"),
    ("Monday", "Monday", 3, "pobj", "PROPN", "NNP"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "Curfews were declared on Friday in Tartous."
CURFEWS = [
    ("Curfews", "curfew", 2, "nsubjpass", "NOUN", "NNS"),
    ("were", "be", 2, "auxpass", "AUX", "VBD"),
    ("declared", "declare", 2, "ROOT", "VERB", "VBN"),
    ("on", "on", 2, "prep", "ADP", "IN"),
    ("Friday", "Friday", 3, "pobj", "PROPN", "NNP"),
    ("in", "in", 2, "prep", "ADP", "IN"),
    ("Tartous", "Tartous", 5, "pobj", "PROPN", "NNP"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "The military ordered the population to leave the area."
LEAVE = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("military", "military", 2, "nsubj", "NOUN", "NN"),
    ("ordered", "order", 2, "ROOT", "VERB", "VBD"),
    ("the", "the", 4, "det", "DET", "DT"),
    ("population", "population", 2, "dobj", "NOUN", "NN"),
    ("to", "to", 6, "aux", "PART", "TO"),
    ("leave", "leave", 2, "xcomp", "VERB", "VB"),
    ("the", "the", 8, "det", "DET", "DT"),
    ("area", "area", 6, "dobj", "NOUN", "NN"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "Israel ordered residents not to return."
NOT_RETURN = [
    ("Israel", "Israel", 1, "nsubj", "PROPN", "NNP"),
    ("ordered", "order", 1, "ROOT", "VERB", "VBD"),
    ("residents", "resident", 1, "dobj", "NOUN", "NNS"),
    ("not", "not", 5, "neg", "PART", "RB"),
    ("to", "to", 5, "aux", "PART", "TO"),
    ("return", "return", 1, "xcomp", "VERB", "VB"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "The army issued an evacuation call for 20 villages."
CALL = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("army", "army", 2, "nsubj", "NOUN", "NN"),
    ("issued", "issue", 2, "ROOT", "VERB", "VBD"),
    ("an", "an", 5, "det", "DET", "DT"),
    ("evacuation", "evacuation", 5, "compound", "NOUN", "NN"),
    ("call", "call", 2, "dobj", "NOUN", "NN"),
    ("for", "for", 5, "prep", "ADP", "IN"),
    ("20", "20", 8, "nummod", "NUM", "CD"),
    ("villages", "village", 6, "pobj", "NOUN", "NNS"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "Police told residents to evacuate their homes as the fire spread."
FIRE = [
    ("Police", "Police", 1, "nsubj", "NOUN", "NNS"),
    ("told", "tell", 1, "ROOT", "VERB", "VBD"),
    ("residents", "resident", 1, "dobj", "NOUN", "NNS"),
    ("to", "to", 4, "aux", "PART", "TO"),
    ("evacuate", "evacuate", 1, "xcomp", "VERB", "VB"),
    ("their", "their", 6, "poss", "PRON", "PRP$"),
    ("homes", "home", 4, "dobj", "NOUN", "NNS"),
    ("as", "as", 4, "prep", "ADP", "IN"),
    ("the", "the", 10, "det", "DET", "DT"),
    ("fire", "fire", 10, "compound", "NOUN", "NN"),
    ("spread", "spread", 7, "pobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "The minister ordered the army to leave Gaza."
TROOPS = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("minister", "minister", 2, "nsubj", "NOUN", "NN"),
    ("ordered", "order", 2, "ROOT", "VERB", "VBD"),
    ("the", "the", 4, "det", "DET", "DT"),
    ("army", "army", 2, "dobj", "NOUN", "NN"),
    ("to", "to", 6, "aux", "PART", "TO"),
    ("leave", "leave", 2, "xcomp", "VERB", "VB"),
    ("Gaza", "Gaza", 6, "dobj", "PROPN", "NNP"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "The military issued a warning to civilians to evacuate the neighbourhood."
WARNING_TO = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("military", "military", 2, "nsubj", "NOUN", "NN"),
    ("issued", "issue", 2, "ROOT", "VERB", "VBD"),
    ("a", "a", 4, "det", "DET", "DT"),
    ("warning", "warning", 2, "dobj", "NOUN", "NN"),
    ("to", "to", 2, "dative", "ADP", "IN"),
    ("civilians", "civilian", 5, "pobj", "NOUN", "NNS"),
    ("to", "to", 8, "aux", "PART", "TO"),
    ("evacuate", "evacuate", 2, "advcl", "VERB", "VB"),
    ("the", "the", 10, "det", "DET", "DT"),
    ("neighbourhood", "neighbourhood", 8, "dobj", "NOUN", "NN"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "The army issued an evacuation warning for residents."
WARNING_PARSED = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("army", "army", 2, "nsubj", "NOUN", "NN"),
    ("issued", "issue", 2, "ROOT", "VERB", "VBD"),
    ("an", "an", 4, "det", "DET", "DT"),
    ("evacuation", "evacuation", 2, "dobj", "NOUN", "NN"),
    ("warning", "warn", 4, "acl", "VERB", "VBG"),
    ("for", "for", 5, "prep", "ADP", "IN"),
    ("residents", "resident", 6, "pobj", "NOUN", "NNS"),
    (".", ".", 2, "punct", "PUNCT", "."),
]


def test_an_aircraft_downed_is_an_attack_on_it():
    doc, events = _events(DOWNING, places=[0])
    assert [(e.type, _text(doc, e.trigger)) for e in events] == [("ASSAULT", "downing")]
    assert [_text(doc, t) for t in events[0].targets] == ["five Indian jets"]


def test_tools_downed_are_no_attack():
    assert _trigger(_parse(TOOLS)[1]) is None
    assert _events(TOOLS)[1] == []


def test_a_curfew_declared_is_one_imposed():
    doc, events = _events(CURFEWS, places=[6])
    assert [(e.type, e.mode) for e in events] == [("COERCE", "curfew")]
    assert _text(doc, events[0].location) == "Tartous"


def test_people_ordered_to_leave_or_not_to_return_is_an_evacuation_order():
    doc, events = _events(LEAVE)
    assert [(e.type, e.mode, _text(doc, e.trigger)) for e in events] == [
        ("COERCE", "evacuation", "ordered")
    ]
    assert [_text(doc, a) for a in events[0].actors] == ["The military"]
    assert [_text(doc, t) for t in events[0].targets] == ["the population"]
    doc, events = _events(NOT_RETURN, places=[0])
    assert [(e.type, e.mode) for e in events] == [("COERCE", "evacuation")]
    assert [_text(doc, t) for t in events[0].targets] == ["residents"]


def test_an_order_noun_to_leave_is_an_evacuation_order_not_a_request():
    # "an evacuation call" is no REQUEST "call"
    assert evacuation_ordered(_parse(CALL)[5]) == ("COERCE", "evacuation")
    assert _trigger(_parse(CALL)[5]) == ("REQUEST", "appeal")
    events = _events(CALL)[1]
    assert [(e.type, e.mode) for e in events] == [("COERCE", "evacuation")]
    # the infinitive of leaving hung on the verb that gives the warning
    assert evacuation_ordered(_parse(WARNING_TO)[4]) == ("COERCE", "evacuation")


def test_an_evacuation_warning_parsed_as_a_participle_stays_one_warning():
    # "warning" parsed as the verb "warn": the lexicon's THREATEN tells it, with whom it
    # warns; the evacuation noun adds no second event of the same order
    doc = _parse(WARNING_PARSED)
    assert evacuation_ordered(doc[4]) is None
    assert evacuation_ordered(doc[5]) is None
    events = _events(WARNING_PARSED)[1]
    assert [e.type for e in events] == ["THREATEN"]


# "Militants instructed residents not to leave their homes ."
NOT_LEAVE = [
    ("Militants", "militant", 1, "nsubj", "NOUN", "NNS"),
    ("instructed", "instruct", 1, "ROOT", "VERB", "VBD"),
    ("residents", "resident", 1, "dobj", "NOUN", "NNS"),
    ("not", "not", 5, "neg", "PART", "RB"),
    ("to", "to", 5, "aux", "PART", "TO"),
    ("leave", "leave", 1, "xcomp", "VERB", "VB"),
    ("their", "their", 7, "poss", "PRON", "PRP$"),
    ("homes", "home", 5, "dobj", "NOUN", "NNS"),
    (".", ".", 1, "punct", "PUNCT", "."),
]


# "Expanding Israeli evacuation orders were resulting in the forcible transfer of people."
GENERAL = [
    ("Expanding", "expand", 3, "amod", "VERB", "VBG"),
    ("Israeli", "israeli", 3, "amod", "ADJ", "JJ"),
    ("evacuation", "evacuation", 3, "compound", "NOUN", "NN"),
    ("orders", "order", 5, "nsubj", "NOUN", "NNS"),
    ("were", "be", 5, "aux", "AUX", "VBD"),
    ("resulting", "result", 5, "ROOT", "VERB", "VBG"),
    ("in", "in", 5, "prep", "ADP", "IN"),
    ("the", "the", 9, "det", "DET", "DT"),
    ("forcible", "forcible", 9, "amod", "ADJ", "JJ"),
    ("transfer", "transfer", 6, "pobj", "NOUN", "NN"),
    ("of", "of", 9, "prep", "ADP", "IN"),
    ("people", "people", 10, "pobj", "NOUN", "NNS"),
    (".", ".", 5, "punct", "PUNCT", "."),
]
# "The army issued fresh evacuation orders for northern Gaza."
FRESH = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("army", "army", 2, "nsubj", "NOUN", "NN"),
    ("issued", "issue", 2, "ROOT", "VERB", "VBD"),
    ("fresh", "fresh", 5, "amod", "ADJ", "JJ"),
    ("evacuation", "evacuation", 5, "compound", "NOUN", "NN"),
    ("orders", "order", 2, "dobj", "NOUN", "NNS"),
    ("for", "for", 5, "prep", "ADP", "IN"),
    ("northern", "northern", 8, "amod", "ADJ", "JJ"),
    ("Gaza", "Gaza", 6, "pobj", "PROPN", "NNP"),
    (".", ".", 2, "punct", "PUNCT", "."),
]


def test_orders_in_the_plural_told_as_a_cause_are_a_policy_not_one_order():
    assert evacuation_ordered(_parse(GENERAL)[3]) is None
    assert evacuation_ordered(_parse(FRESH)[5]) == ("COERCE", "evacuation")


# "Israeli forces ordered the evacuation of Beit Hanoun."
OF_PLACE = [
    ("Israeli", "israeli", 1, "amod", "ADJ", "JJ"),
    ("forces", "force", 2, "nsubj", "NOUN", "NNS"),
    ("ordered", "order", 2, "ROOT", "VERB", "VBD"),
    ("the", "the", 4, "det", "DET", "DT"),
    ("evacuation", "evacuation", 2, "dobj", "NOUN", "NN"),
    ("of", "of", 4, "prep", "ADP", "IN"),
    ("Beit", "Beit", 7, "compound", "PROPN", "NNP"),
    ("Hanoun", "Hanoun", 5, "pobj", "PROPN", "NNP"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "The court ordered the evacuation of the encroached land."
OF_LAND = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("court", "court", 2, "nsubj", "NOUN", "NN"),
    ("ordered", "order", 2, "ROOT", "VERB", "VBD"),
    ("the", "the", 4, "det", "DET", "DT"),
    ("evacuation", "evacuation", 2, "dobj", "NOUN", "NN"),
    ("of", "of", 4, "prep", "ADP", "IN"),
    ("the", "the", 8, "det", "DET", "DT"),
    ("encroached", "encroached", 8, "amod", "ADJ", "JJ"),
    ("land", "land", 5, "pobj", "NOUN", "NN"),
    (".", ".", 2, "punct", "PUNCT", "."),
]


def test_an_evacuation_ordered_of_a_place_is_the_order_itself():
    # an arrest ordered is only wanted (a warrant); an evacuation ordered is the order
    doc, events = _events(OF_PLACE)
    assert [(e.type, e.mode) for e in events] == [("COERCE", "evacuation")]
    assert [_text(doc, a) for a in events[0].actors] == ["Israeli forces"]
    # "the evacuation of the encroached land": an eviction from property, no one moved
    assert evacuation_ordered(_parse(OF_LAND)[4]) is None


def test_a_move_from_a_disaster_or_troops_sent_away_is_no_evacuation_order():
    assert evacuation_ordered(_parse(FIRE)[1]) is None  # "as the fire spread": a rescue
    assert evacuation_ordered(_parse(TROOPS)[2]) is None  # troops are no population
    assert all(e.mode != "evacuation" for e in _events(FIRE)[1])
    assert evacuation_ordered(_parse(NOT_LEAVE)[1]) is None  # made to stay, not to leave


# "The spokesperson decried the actions of Indian forces ."
DECRIED = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("spokesperson", "spokesperson", 2, "nsubj", "NOUN", "NN"),
    ("decried", "decry", 2, "ROOT", "VERB", "VBD"),
    ("the", "the", 4, "det", "DET", "DT"),
    ("actions", "action", 2, "dobj", "NOUN", "NNS"),
    ("of", "of", 4, "prep", "ADP", "IN"),
    ("Indian", "indian", 7, "amod", "ADJ", "JJ"),
    ("forces", "force", 5, "pobj", "NOUN", "NNS"),
    (".", ".", 2, "punct", "PUNCT", "."),
]


def test_the_other_verbs_of_condemnation_are_accusations():
    assert _trigger(_parse(DECRIED)[2]) == ("ACCUSE", "disapprove")
    # "deplored the loss of life" is as often a condolence: not one of them
    # "to decry the arrests" after a gathering: what it was for, no statement
    to_decry = [
        ("Protesters", "protester", 1, "nsubj", "NOUN", "NNS"),
        ("gathered", "gather", 1, "ROOT", "VERB", "VBD"),
        ("to", "to", 3, "aux", "PART", "TO"),
        ("decry", "decry", 1, "advcl", "VERB", "VB"),
        ("the", "the", 5, "det", "DET", "DT"),
        ("arrests", "arrest", 3, "dobj", "NOUN", "NNS"),
        (".", ".", 1, "punct", "PUNCT", "."),
    ]
    assert _trigger(_parse(to_decry)[3]) is None
    deplored = [
        ("deplored", "deplore", *row[2:]) if i == 2 else row for i, row in enumerate(DECRIED)
    ]
    assert _trigger(_parse(deplored)[2]) is None
