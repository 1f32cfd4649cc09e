"""Attacks fought off and the mouthpieces of forces (session 26, issue 15 items 3 and 5).

An attack told only from the defenders' side ("the police valiantly repelled the attack")
named no one and was dropped; the label guide takes a repelled or foiled attack as one that
happened, so the side that fought it off is named as whom it was on (its target: the doers
of a thwarted attack are the attackers, never the defenders). A resolve to
fight attacks off ("will repel any attack") is no clash, and an act whose doers are told ("a
kidnapping bid by terrorists") is not the defenders'. A force word that only says whose
media wing or spokesman spoke ("the military's media wing said") is no force that acts: the
agentless arrests and killings of the press release it reports were not the media wing's.
Unit tests read hand-built parses (no model)."""

from __future__ import annotations

from dossier.extract.events.acts import repelling_side
from dossier.extract.events.assembly import extract_events
from dossier.extract.events.roles import arresting_forces, named_forces
from tests.test_event_what_r14 import _parse

# "The police repelled the attack ."
REPELLED = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("police", "police", 2, "nsubj", "NOUN", "NNS"),
    ("repelled", "repel", 2, "ROOT", "VERB", "VBD"),
    ("the", "the", 4, "det", "DET", "DT"),
    ("attack", "attack", 2, "dobj", "NOUN", "NN"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "The police repelled the terrorist attack ."
REPELLED_TERRORIST = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("police", "police", 2, "nsubj", "NOUN", "NNS"),
    ("repelled", "repel", 2, "ROOT", "VERB", "VBD"),
    ("the", "the", 5, "det", "DET", "DT"),
    ("terrorist", "terrorist", 5, "amod", "ADJ", "JJ"),
    ("attack", "attack", 2, "dobj", "NOUN", "NN"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "The police will repel any attack ."
WILL_REPEL = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("police", "police", 3, "nsubj", "NOUN", "NNS"),
    ("will", "will", 3, "aux", "AUX", "MD"),
    ("repel", "repel", 3, "ROOT", "VERB", "VB"),
    ("any", "any", 5, "det", "DET", "DT"),
    ("attack", "attack", 3, "dobj", "NOUN", "NN"),
    (".", ".", 3, "punct", "PUNCT", "."),
]
# "He praised the personnel who foiled the attack ."
WHO_FOILED = [
    ("He", "he", 1, "nsubj", "PRON", "PRP"),
    ("praised", "praise", 1, "ROOT", "VERB", "VBD"),
    ("the", "the", 3, "det", "DET", "DT"),
    ("personnel", "personnel", 1, "dobj", "NOUN", "NNS"),
    ("who", "who", 5, "nsubj", "PRON", "WP"),
    ("foiled", "foil", 3, "relcl", "VERB", "VBD"),
    ("the", "the", 7, "det", "DET", "DT"),
    ("attack", "attack", 5, "dobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "Police thwarted a kidnapping by terrorists ."
KIDNAPPING_BY = [
    ("Police", "police", 1, "nsubj", "NOUN", "NNS"),
    ("thwarted", "thwart", 1, "ROOT", "VERB", "VBD"),
    ("a", "a", 3, "det", "DET", "DT"),
    ("kidnapping", "kidnapping", 1, "dobj", "NOUN", "NN"),
    ("by", "by", 3, "prep", "ADP", "IN"),
    ("terrorists", "terrorist", 4, "pobj", "NOUN", "NNS"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "Police foiled the attack of terrorists ."
ATTACK_OF = [
    ("Police", "police", 1, "nsubj", "NOUN", "NNS"),
    ("foiled", "foil", 1, "ROOT", "VERB", "VBD"),
    ("the", "the", 3, "det", "DET", "DT"),
    ("attack", "attack", 1, "dobj", "NOUN", "NN"),
    ("of", "of", 3, "prep", "ADP", "IN"),
    ("terrorists", "terrorist", 4, "pobj", "NOUN", "NNS"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "Two suspects were arrested , the military 's media wing said ."
ARRESTED_WING_SAID = [
    ("Two", "two", 1, "nummod", "NUM", "CD"),
    ("suspects", "suspect", 3, "nsubjpass", "NOUN", "NNS"),
    ("were", "be", 3, "auxpass", "AUX", "VBD"),
    ("arrested", "arrest", 10, "ccomp", "VERB", "VBN"),
    (",", ",", 10, "punct", "PUNCT", ","),
    ("the", "the", 6, "det", "DET", "DT"),
    ("military", "military", 9, "nmod", "NOUN", "NN"),
    ("'s", "'s", 6, "case", "PART", "POS"),
    ("media", "medium", 9, "compound", "NOUN", "NNS"),
    ("wing", "wing", 10, "nsubj", "NOUN", "NN"),
    ("said", "say", 10, "ROOT", "VERB", "VBD"),
    (".", ".", 10, "punct", "PUNCT", "."),
]
# "Two suspects were arrested , the military said ."
ARRESTED_MILITARY_SAID = [
    ("Two", "two", 1, "nummod", "NUM", "CD"),
    ("suspects", "suspect", 3, "nsubjpass", "NOUN", "NNS"),
    ("were", "be", 3, "auxpass", "AUX", "VBD"),
    ("arrested", "arrest", 7, "ccomp", "VERB", "VBN"),
    (",", ",", 7, "punct", "PUNCT", ","),
    ("the", "the", 6, "det", "DET", "DT"),
    ("military", "military", 7, "nsubj", "NOUN", "NN"),
    ("said", "say", 7, "ROOT", "VERB", "VBD"),
    (".", ".", 7, "punct", "PUNCT", "."),
]
# "A police spokesman said the suspects were arrested ."
POLICE_SPOKESMAN = [
    ("A", "a", 2, "det", "DET", "DT"),
    ("police", "police", 2, "compound", "NOUN", "NN"),
    ("spokesman", "spokesman", 3, "nsubj", "NOUN", "NN"),
    ("said", "say", 3, "ROOT", "VERB", "VBD"),
    ("the", "the", 5, "det", "DET", "DT"),
    ("suspects", "suspect", 7, "nsubjpass", "NOUN", "NNS"),
    ("were", "be", 7, "auxpass", "AUX", "VBD"),
    ("arrested", "arrest", 3, "ccomp", "VERB", "VBN"),
    (".", ".", 3, "punct", "PUNCT", "."),
]


def _events(rows):
    doc = _parse(rows)
    return doc, extract_events(doc, [], [], {0: 0})


def _text(doc, span):
    return doc.text[span[0] : span[1]]


def test_an_attack_the_police_repelled_happened_and_was_on_the_police():
    doc = _parse(REPELLED)
    assert [t.text for t in repelling_side(doc[4])] == ["police"]
    doc, events = _events(REPELLED)
    assert [(e.type, _text(doc, e.trigger)) for e in events] == [("ASSAULT", "attack")]
    # the defenders are whom the attack was on, never its doers
    assert [_text(doc, t) for t in events[0].targets] == ["The police"]
    assert events[0].actors == ()


def test_an_attack_told_by_its_doers_keeps_them_and_no_defender_target():
    # the attack is kept by its own word for its doers; the defenders are added only to an
    # attack that would otherwise name no one
    doc, events = _events(REPELLED_TERRORIST)
    assert [(e.type, _text(doc, e.trigger)) for e in events] == [("ASSAULT", "attack")]
    assert [_text(doc, a) for a in events[0].actors] == ["terrorist"]
    assert events[0].targets == ()


def test_a_resolve_to_repel_attacks_is_no_clash():
    doc = _parse(WILL_REPEL)
    assert repelling_side(doc[5]) == []
    assert _events(WILL_REPEL)[1] == []


def test_who_foiled_the_attack_is_the_relative_pronoun_s_antecedent():
    doc = _parse(WHO_FOILED)
    assert [t.text for t in repelling_side(doc[7])] == ["personnel"]


def test_a_thwarted_act_with_its_doers_told_is_not_the_defenders():
    # a kidnapping has a doer and a victim: whoever thwarted it is neither
    doc = _parse(KIDNAPPING_BY)
    assert repelling_side(doc[3]) == []


def test_an_attack_of_named_attackers_is_theirs_not_the_defenders():
    doc = _parse(ATTACK_OF)
    assert repelling_side(doc[3]) == []


def test_a_force_s_media_wing_is_no_force_that_acts():
    doc = _parse(ARRESTED_WING_SAID)
    assert named_forces(doc) == []
    assert arresting_forces(doc[3], named_forces(doc), [doc[1]]) == []


def test_the_force_itself_as_speaker_is_still_a_force():
    doc = _parse(ARRESTED_MILITARY_SAID)
    assert [t.text for t in named_forces(doc)] == ["military"]


def test_a_police_spokesman_is_no_force():
    doc = _parse(POLICE_SPOKESMAN)
    assert named_forces(doc) == []
