"""Labelled acts that no exported event told (session 25, issue 15 item 5): a fight told as
the circumstance of an arrest ("After an encounter, police arrested one suspect", "arrested
Armaghan after a shootout") or as the outcome of a clause that names its sides ("a
confrontation between Levies and robbers led to an exchange of fire") is an ASSAULT of its
own; roadblocks seen on the ground are a restriction of movement; and an act's noun is never
its own target (which made "protests were witnessed in Quetta" absorb itself). Unit tests
read hand-built parses (no model)."""

from __future__ import annotations

from spacy.tokens import Span

from dossier.extract.events.acts import fight_sides, material_act
from dossier.extract.events.assembly import extract_events
from dossier.extract.events.lexicon import _trigger
from dossier.records import Mention
from tests.test_event_what_r14 import _parse

# "After an encounter , police arrested one suspect ."
AFTER_ENCOUNTER = [
    ("After", "after", 5, "prep", "ADP", "IN"),
    ("an", "an", 2, "det", "DET", "DT"),
    ("encounter", "encounter", 0, "pobj", "NOUN", "NN"),
    (",", ",", 5, "punct", "PUNCT", ","),
    ("police", "police", 5, "nsubj", "NOUN", "NNS"),
    ("arrested", "arrest", 5, "ROOT", "VERB", "VBD"),
    ("one", "one", 7, "nummod", "NUM", "CD"),
    ("suspect", "suspect", 5, "dobj", "NOUN", "NN"),
    (".", ".", 5, "punct", "PUNCT", "."),
]
# "Two suspects were injured during an encounter with police ."
INJURED_DURING = [
    ("Two", "two", 1, "nummod", "NUM", "CD"),
    ("suspects", "suspect", 3, "nsubjpass", "NOUN", "NNS"),
    ("were", "be", 3, "auxpass", "AUX", "VBD"),
    ("injured", "injure", 3, "ROOT", "VERB", "VBN"),
    ("during", "during", 3, "prep", "ADP", "IN"),
    ("an", "an", 6, "det", "DET", "DT"),
    ("encounter", "encounter", 4, "pobj", "NOUN", "NN"),
    ("with", "with", 6, "prep", "ADP", "IN"),
    ("police", "police", 7, "pobj", "NOUN", "NNS"),
    (".", ".", 3, "punct", "PUNCT", "."),
]
# "He recalled a chance encounter with the president ."
CHANCE_ENCOUNTER = [
    ("He", "he", 1, "nsubj", "PRON", "PRP"),
    ("recalled", "recall", 1, "ROOT", "VERB", "VBD"),
    ("a", "a", 4, "det", "DET", "DT"),
    ("chance", "chance", 4, "compound", "NOUN", "NN"),
    ("encounter", "encounter", 1, "dobj", "NOUN", "NN"),
    ("with", "with", 4, "prep", "ADP", "IN"),
    ("the", "the", 7, "det", "DET", "DT"),
    ("president", "president", 5, "pobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "Police arrested Armaghan after a shootout ."
ARRESTED_AFTER_SHOOTOUT = [
    ("Police", "police", 1, "nsubj", "NOUN", "NNS"),
    ("arrested", "arrest", 1, "ROOT", "VERB", "VBD"),
    ("Armaghan", "Armaghan", 1, "dobj", "PROPN", "NNP"),
    ("after", "after", 1, "prep", "ADP", "IN"),
    ("a", "a", 5, "det", "DET", "DT"),
    ("shootout", "shootout", 3, "pobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "Police rescued a guard after an exchange of fire ."
RESCUED_AFTER_EXCHANGE = [
    ("Police", "police", 1, "nsubj", "NOUN", "NNS"),
    ("rescued", "rescue", 1, "ROOT", "VERB", "VBD"),
    ("a", "a", 3, "det", "DET", "DT"),
    ("guard", "guard", 1, "dobj", "NOUN", "NN"),
    ("after", "after", 1, "prep", "ADP", "IN"),
    ("an", "an", 6, "det", "DET", "DT"),
    ("exchange", "exchange", 4, "pobj", "NOUN", "NN"),
    ("of", "of", 6, "prep", "ADP", "IN"),
    ("fire", "fire", 7, "pobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "In Sibi , a confrontation between Levies and robbers led to an exchange of fire ."
CONFRONTATION_LED_TO = [
    ("In", "in", 9, "prep", "ADP", "IN"),
    ("Sibi", "Sibi", 0, "pobj", "PROPN", "NNP"),
    (",", ",", 9, "punct", "PUNCT", ","),
    ("a", "a", 4, "det", "DET", "DT"),
    ("confrontation", "confrontation", 9, "nsubj", "NOUN", "NN"),
    ("between", "between", 4, "prep", "ADP", "IN"),
    ("Levies", "Levies", 5, "pobj", "PROPN", "NNP"),
    ("and", "and", 6, "cc", "CCONJ", "CC"),
    ("robbers", "robber", 6, "conj", "NOUN", "NNS"),
    ("led", "lead", 9, "ROOT", "VERB", "VBD"),
    ("to", "to", 9, "prep", "ADP", "IN"),
    ("an", "an", 12, "det", "DET", "DT"),
    ("exchange", "exchange", 10, "pobj", "NOUN", "NN"),
    ("of", "of", 12, "prep", "ADP", "IN"),
    ("fire", "fire", 13, "pobj", "NOUN", "NN"),
    (".", ".", 9, "punct", "PUNCT", "."),
]
# "Roadblocks were also witnessed in Bolan ."
ROADBLOCKS_WITNESSED = [
    ("Roadblocks", "roadblock", 3, "nsubjpass", "NOUN", "NNS"),
    ("were", "be", 3, "auxpass", "AUX", "VBD"),
    ("also", "also", 3, "advmod", "ADV", "RB"),
    ("witnessed", "witness", 3, "ROOT", "VERB", "VBN"),
    ("in", "in", 3, "prep", "ADP", "IN"),
    ("Bolan", "Bolan", 4, "pobj", "PROPN", "NNP"),
    (".", ".", 3, "punct", "PUNCT", "."),
]
# "He urged the government to remove roadblocks ."
REMOVE_ROADBLOCKS = [
    ("He", "he", 1, "nsubj", "PRON", "PRP"),
    ("urged", "urge", 1, "ROOT", "VERB", "VBD"),
    ("the", "the", 3, "det", "DET", "DT"),
    ("government", "government", 1, "dobj", "NOUN", "NN"),
    ("to", "to", 5, "aux", "PART", "TO"),
    ("remove", "remove", 1, "xcomp", "VERB", "VB"),
    ("roadblocks", "roadblock", 5, "dobj", "NOUN", "NNS"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "The major roadblock remains the security situation ."
FIGURATIVE_ROADBLOCK = [
    ("The", "the", 2, "det", "DET", "DT"),
    ("major", "major", 2, "amod", "ADJ", "JJ"),
    ("roadblock", "roadblock", 3, "nsubj", "NOUN", "NN"),
    ("remains", "remain", 3, "ROOT", "VERB", "VBZ"),
    ("the", "the", 6, "det", "DET", "DT"),
    ("security", "security", 6, "compound", "NOUN", "NN"),
    ("situation", "situation", 3, "attr", "NOUN", "NN"),
    (".", ".", 3, "punct", "PUNCT", "."),
]
# "Gunmen erected a roadblock near Mangocher ."
GUNMEN_ERECTED = [
    ("Gunmen", "gunman", 1, "nsubj", "NOUN", "NNS"),
    ("erected", "erect", 1, "ROOT", "VERB", "VBD"),
    ("a", "a", 3, "det", "DET", "DT"),
    ("roadblock", "roadblock", 1, "dobj", "NOUN", "NN"),
    ("near", "near", 1, "prep", "ADP", "IN"),
    ("Mangocher", "Mangocher", 4, "pobj", "PROPN", "NNP"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "Protests were witnessed in Quetta ."
PROTESTS_WITNESSED = [
    ("Protests", "protest", 2, "nsubjpass", "NOUN", "NNS"),
    ("were", "be", 2, "auxpass", "AUX", "VBD"),
    ("witnessed", "witness", 2, "ROOT", "VERB", "VBN"),
    ("in", "in", 2, "prep", "ADP", "IN"),
    ("Quetta", "Quetta", 3, "pobj", "PROPN", "NNP"),
    (".", ".", 2, "punct", "PUNCT", "."),
]


def _events(rows, places=()):
    """The events of a hand-built parse, ``places`` the token indices named as GPE mentions
    (the entities the sentence's place is read from)."""
    doc = _parse(rows)
    doc.ents = [Span(doc, i, i + 1, label="GPE") for i in places]
    mentions = [
        Mention(t.idx, t.idx + len(t), t.text, "GPE", t.text.lower(), 0)
        for t in (doc[i] for i in places)
    ]
    return doc, extract_events(doc, mentions, [], {0: 0})


def _text(doc, span):
    return doc.text[span[0] : span[1]]


def test_an_encounter_an_arrest_follows_is_a_fight_of_its_own():
    doc = _parse(AFTER_ENCOUNTER)
    assert _trigger(doc[2]) == ("ASSAULT", "firearms")
    doc, events = _events(AFTER_ENCOUNTER)
    kinds = {(e.type, doc.text[e.trigger[0] : e.trigger[1]]) for e in events}
    assert kinds == {("ASSAULT", "encounter"), ("COERCE", "arrested")}
    fight = next(e for e in events if e.type == "ASSAULT")
    assert [_text(doc, a) for a in fight.actors] == ["police"]


def test_an_encounter_a_harm_is_told_in_or_a_meeting_is_no_trigger():
    # "injured during an encounter": the injury tells the fight, once
    assert _trigger(_parse(INJURED_DURING)[6]) is None
    assert _trigger(_parse(CHANCE_ENCOUNTER)[4]) is None


def test_a_shootout_before_an_arrest_takes_the_arrest_s_sides():
    doc = _parse(ARRESTED_AFTER_SHOOTOUT)
    sides, others = fight_sides(doc[5])
    assert [t.text for t in sides] == ["Police"]
    assert [t.text for t in others] == ["Armaghan"]
    doc, events = _events(ARRESTED_AFTER_SHOOTOUT)
    fight = [e for e in events if e.type == "ASSAULT"]
    assert len(fight) == 1
    assert [_text(doc, a) for a in fight[0].actors] == ["Police"]
    assert [_text(doc, t) for t in fight[0].targets] == ["Armaghan"]


def test_a_rescue_s_doer_and_whom_it_rescued_are_no_sides_of_the_fight():
    # the rescue's subject is not told fighting (as "the soldiers sacrificed their lives
    # during the exchange of fire" is not): the exchange names no side and stays unexported
    doc = _parse(RESCUED_AFTER_EXCHANGE)
    assert fight_sides(doc[6]) == ([], [])
    doc, events = _events(RESCUED_AFTER_EXCHANGE)
    assert [e.type for e in events] == []


def test_a_confrontation_that_led_to_an_exchange_of_fire_names_its_sides():
    doc = _parse(CONFRONTATION_LED_TO)
    sides, others = fight_sides(doc[12])
    assert [t.text for t in sides] == ["Levies"]
    assert [t.text for t in others] == ["robbers"]
    doc, events = _events(CONFRONTATION_LED_TO)
    assert [(e.type, e.mode) for e in events] == [("ASSAULT", "firearms")]


def test_roadblocks_seen_or_put_up_are_a_restriction_of_movement():
    doc = _parse(ROADBLOCKS_WITNESSED)
    assert material_act(doc[0]) == ("COERCE", "restrict")
    assert material_act(_parse(GUNMEN_ERECTED)[3]) == ("COERCE", "restrict")
    doc, events = _events(ROADBLOCKS_WITNESSED, places=[5])
    assert [(e.type, e.mode) for e in events] == [("COERCE", "restrict")]
    assert _text(doc, events[0].location) == "Bolan"


def test_roadblocks_asked_removed_or_as_a_figure_are_no_act():
    assert material_act(_parse(REMOVE_ROADBLOCKS)[6]) is None
    assert material_act(_parse(FIGURATIVE_ROADBLOCK)[2]) is None


def test_an_act_seen_is_not_its_own_target():
    doc, events = _events(PROTESTS_WITNESSED)
    assert [(e.type, e.targets) for e in events] == [("PROTEST", ())]
    assert _text(doc, events[0].location) == "Quetta"
