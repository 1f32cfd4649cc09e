"""Participants of session 35 (issue 15, the victim read as the doer). A gerund that tells
the act someone was harmed in ("three people were killed in firing at a shop", "two men died
in firing") was given the harmed subject as its doer by subject control; that subject is its
target. A bare past participle set off by a comma ("the coffin of the journalist, killed in
an air strike") is a passive in meaning that the parser hangs on the clause before it as an
adverbial; its doer is not that clause's subject (the mourners), and whom it befell is the
noun it describes (not inside "leaving X, including Y, injured": a small clause whose doer is
the clause's subject). An act with its doer in a "by" phrase as a verb's subject ("Retaliatory
action by security forces left six attackers dead") is how, the "by" phrase who. Unit tests
read hand-built parses; the end-to-end ones run the pipeline on sentences written for them."""

from __future__ import annotations

import pytest

from dossier.extract.events.roles import (
    _act_by,
    _harmed_in,
    _left_objects,
    _reduced_passive,
    _reduced_victims,
    _verb_roles,
)
from tests.test_event_roles_r22 import _doc
from tests.test_events import _events, _one

# "Two men were killed in firing at a stall ."
_KILLED_IN_FIRING = [
    ("Two", "two", 1, "nummod", "NUM", "CD", "O"),
    ("men", "man", 3, "nsubjpass", "NOUN", "NNS", "O"),
    ("were", "be", 3, "auxpass", "AUX", "VBD", "O"),
    ("killed", "kill", 3, "ROOT", "VERB", "VBN", "O"),
    ("in", "in", 3, "prep", "ADP", "IN", "O"),
    ("firing", "fire", 4, "pcomp", "VERB", "VBG", "O"),
    ("at", "at", 5, "prep", "ADP", "IN", "O"),
    ("a", "a", 8, "det", "DET", "DT", "O"),
    ("stall", "stall", 6, "pobj", "NOUN", "NN", "O"),
    (".", ".", 3, "punct", "PUNCT", ".", "O"),
]

# "The guard was involved in firing at the crowd ."
_INVOLVED_IN_FIRING = [
    ("The", "the", 1, "det", "DET", "DT", "O"),
    ("guard", "guard", 3, "nsubjpass", "NOUN", "NN", "O"),
    ("was", "be", 3, "auxpass", "AUX", "VBD", "O"),
    ("involved", "involve", 3, "ROOT", "VERB", "VBN", "O"),
    ("in", "in", 3, "prep", "ADP", "IN", "O"),
    ("firing", "fire", 4, "pcomp", "VERB", "VBG", "O"),
    ("at", "at", 5, "prep", "ADP", "IN", "O"),
    ("the", "the", 8, "det", "DET", "DT", "O"),
    ("crowd", "crowd", 6, "pobj", "NOUN", "NN", "O"),
    (".", ".", 3, "punct", "PUNCT", ".", "O"),
]

# "Mourners carried the coffin of the farmer , killed in a strike ."
_COFFIN_OF_FARMER = [
    ("Mourners", "mourner", 1, "nsubj", "NOUN", "NNS", "O"),
    ("carried", "carry", 1, "ROOT", "VERB", "VBD", "O"),
    ("the", "the", 3, "det", "DET", "DT", "O"),
    ("coffin", "coffin", 1, "dobj", "NOUN", "NN", "O"),
    ("of", "of", 3, "prep", "ADP", "IN", "O"),
    ("the", "the", 6, "det", "DET", "DT", "O"),
    ("farmer", "farmer", 4, "pobj", "NOUN", "NN", "O"),
    (",", ",", 1, "punct", "PUNCT", ",", "O"),
    ("killed", "kill", 1, "advcl", "VERB", "VBN", "O"),
    ("in", "in", 8, "prep", "ADP", "IN", "O"),
    ("a", "a", 11, "det", "DET", "DT", "O"),
    ("strike", "strike", 9, "pobj", "NOUN", "NN", "O"),
    (".", ".", 1, "punct", "PUNCT", ".", "O"),
]

# "Two soldiers reached Quetta , wounded in the blast ."
_REACHED_WOUNDED = [
    ("Two", "two", 1, "nummod", "NUM", "CD", "O"),
    ("soldiers", "soldier", 2, "nsubj", "NOUN", "NNS", "O"),
    ("reached", "reach", 2, "ROOT", "VERB", "VBD", "O"),
    ("Quetta", "Quetta", 2, "dobj", "PROPN", "NNP", "B-GPE"),
    (",", ",", 2, "punct", "PUNCT", ",", "O"),
    ("wounded", "wound", 2, "advcl", "VERB", "VBN", "O"),
    ("in", "in", 5, "prep", "ADP", "IN", "O"),
    ("the", "the", 8, "det", "DET", "DT", "O"),
    ("blast", "blast", 6, "pobj", "NOUN", "NN", "O"),
    (".", ".", 2, "punct", "PUNCT", ".", "O"),
]

# "Swift action by the rangers left two raiders dead ."
_ACTION_BY_RANGERS = [
    ("Swift", "swift", 1, "amod", "ADJ", "JJ", "O"),
    ("action", "action", 5, "nsubj", "NOUN", "NN", "O"),
    ("by", "by", 1, "prep", "ADP", "IN", "O"),
    ("the", "the", 4, "det", "DET", "DT", "O"),
    ("rangers", "ranger", 2, "pobj", "NOUN", "NNS", "O"),
    ("left", "leave", 5, "ROOT", "VERB", "VBD", "O"),
    ("two", "two", 7, "nummod", "NUM", "CD", "O"),
    ("raiders", "raider", 5, "dobj", "NOUN", "NNS", "O"),
    ("dead", "dead", 5, "oprd", "ADJ", "JJ", "O"),
    (".", ".", 5, "punct", "PUNCT", ".", "O"),
]

# "The attack by raiders killed two guards ."
_ATTACK_BY_RAIDERS = [
    ("The", "the", 1, "det", "DET", "DT", "O"),
    ("attack", "attack", 4, "nsubj", "NOUN", "NN", "O"),
    ("by", "by", 1, "prep", "ADP", "IN", "O"),
    ("raiders", "raider", 2, "pobj", "NOUN", "NNS", "O"),
    ("killed", "kill", 4, "ROOT", "VERB", "VBD", "O"),
    ("two", "two", 6, "nummod", "NUM", "CD", "O"),
    ("guards", "guard", 4, "dobj", "NOUN", "NNS", "O"),
    (".", ".", 4, "punct", "PUNCT", ".", "O"),
]


@pytest.mark.unit
def test_an_act_by_someone_as_subject_names_them_as_the_doer():
    doc = _doc(_ACTION_BY_RANGERS)
    assert [t.text for t in _act_by(doc[1])] == ["rangers"]
    roles = _verb_roles(doc[5], "ASSAULT")
    assert [t.text for t in roles.actors] == ["rangers"]
    assert [t.text for t in roles.targets] == ["raiders"]


@pytest.mark.unit
def test_an_event_noun_or_someone_as_subject_stays_itself():
    attack = _doc(_ATTACK_BY_RAIDERS)[1]  # its roles are absorbed into "killed"
    assert [t.text for t in _act_by(attack)] == ["attack"]
    rangers = _doc(_ACTION_BY_RANGERS)[4]
    assert [t.text for t in _act_by(rangers)] == ["rangers"]


# "Rioters beat them , leaving two guards , injured ." (the parser hangs "injured" on "beat")
_LEAVING_INJURED = [
    ("Rioters", "rioter", 1, "nsubj", "NOUN", "NNS", "O"),
    ("beat", "beat", 1, "ROOT", "VERB", "VBD", "O"),
    ("them", "they", 1, "dobj", "PRON", "PRP", "O"),
    (",", ",", 1, "punct", "PUNCT", ",", "O"),
    ("leaving", "leave", 1, "advcl", "VERB", "VBG", "O"),
    ("two", "two", 6, "nummod", "NUM", "CD", "O"),
    ("guards", "guard", 4, "dobj", "NOUN", "NNS", "O"),
    (",", ",", 1, "punct", "PUNCT", ",", "O"),
    ("injured", "injure", 1, "advcl", "VERB", "VBN", "O"),
    (".", ".", 1, "punct", "PUNCT", ".", "O"),
]


@pytest.mark.unit
def test_left_injured_keeps_the_clause_subject_as_the_doer():
    doc = _doc(_LEAVING_INJURED)
    assert _reduced_passive(doc[8])
    assert [t.text for t in _left_objects(doc[8])] == ["guards"]
    roles = _verb_roles(doc[8], "ASSAULT")
    assert [t.text for t in roles.actors] == ["Rioters"]
    assert [t.text for t in roles.targets] == ["guards"]
    assert _left_objects(_doc(_COFFIN_OF_FARMER)[8]) == []


@pytest.mark.unit
def test_left_injured_hung_on_leaving_itself_is_the_small_clause_too():
    rows = list(_LEAVING_INJURED)
    rows[8] = ("injured", "injure", 4, "advcl", "VERB", "VBN", "O")  # on "leaving"
    doc = _doc(rows)
    assert [t.text for t in _left_objects(doc[8])] == ["guards"]
    assert [t.text for t in _verb_roles(doc[8], "ASSAULT").targets] == ["guards"]


@pytest.mark.unit
def test_killed_in_firing_makes_the_dead_its_targets_not_its_doers():
    doc = _doc(_KILLED_IN_FIRING)
    assert _harmed_in(doc[4], doc[3])
    roles = _verb_roles(doc[5], "ASSAULT")
    assert roles.actors == []
    assert [t.text for t in roles.targets] == ["stall", "men"]


@pytest.mark.unit
def test_involved_in_firing_keeps_its_subject_as_the_doer():
    doc = _doc(_INVOLVED_IN_FIRING)
    assert not _harmed_in(doc[4], doc[3])  # "involved" is no harm
    roles = _verb_roles(doc[5], "ASSAULT")
    assert [t.text for t in roles.actors] == ["guard"]
    assert [t.text for t in roles.targets] == ["crowd"]


@pytest.mark.unit
def test_bare_participle_after_a_comma_befalls_the_noun_it_describes():
    doc = _doc(_COFFIN_OF_FARMER)
    assert _reduced_passive(doc[8])
    assert [t.text for t in _reduced_victims(doc[8])] == ["farmer"]
    roles = _verb_roles(doc[8], "ASSAULT")
    assert roles.actors == []  # not the mourners
    assert [t.text for t in roles.targets] == ["farmer"]


@pytest.mark.unit
def test_bare_participle_after_a_place_befalls_the_clause_subject():
    doc = _doc(_REACHED_WOUNDED)
    assert _reduced_passive(doc[5])
    roles = _verb_roles(doc[5], "ASSAULT")
    assert roles.actors == []
    assert [t.text for t in roles.targets] == ["soldiers"]


@pytest.mark.unit
def test_a_participle_with_its_own_auxiliary_or_no_comma_is_no_reduced_passive():
    killed = _doc(_KILLED_IN_FIRING)[3]  # "were killed": a passive told as one
    assert not _reduced_passive(killed)
    firing = _doc(_KILLED_IN_FIRING)[5]
    assert not _reduced_passive(firing)


@pytest.mark.nlp
def test_pipeline_victims_of_firing_are_no_doers(settings):
    events = _events("Two men were killed in firing at a tea stall in the old city.", settings)
    for event in events:
        assert not any("men" in a for a in event.actors), event
    firing = _one(events, "ASSAULT", "firing")
    assert any("Two men" in t for t in firing.targets)


@pytest.mark.nlp
def test_pipeline_mourners_are_no_doers_of_the_strike(settings):
    events = _events(
        "Mourners carried the coffin of the journalist, killed in an Ostrandi air strike.",
        settings,
    )
    killed = _one(events, "ASSAULT")
    assert "Mourners" not in killed.actors
    assert any("journalist" in t for t in killed.targets)
