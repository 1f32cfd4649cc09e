"""Participants of session 24 (issue 15 item 3, roles from the grammar): who did an act the
sentence tells by its victim, its blast or a noun. The "by" phrase the parser hung on an act's
"-ing" participle ("the bomb blast targeting a van by gunmen") or on the verb a perpetrating
participle after the act was hung on ("an attack on a station ... carried out by attackers")
names the act's doer; whoever planted the blast device the act's clause tells ("killed after
he stepped on a landmine planted by unknown people") did the bombing, and so did whoever a
later sentence says planted the known device ("The IED was planted by unknown persons"); a
passive harm "after" an attack told with no distance between them ("were martyred after
gunmen targeted them") is one incident with the attacker as its doer; and "the terrorists"
a sentence shortly after refers back to did the attack just told. Unit tests read
hand-built parses; the end-to-end ones run the pipeline on sentences written for them."""

from __future__ import annotations

import pytest

from dossier.extract.events.roles import _participle_agents, _trailing_agents, device_setters
from tests.test_event_roles_r22 import Row, _doc
from tests.test_events import _events, _one

# "Officials confirmed a grenade attack on Kelvar and an attack on Dunmore station carried
# out by attackers ." -- "carried" hung on "confirmed", as the small model parses it
_CARRIED = [
    ("Officials", "official", 1, "nsubj", "NOUN", "NNS", "O"),
    ("confirmed", "confirm", 1, "ROOT", "VERB", "VBD", "O"),
    ("a", "a", 4, "det", "DET", "DT", "O"),
    ("grenade", "grenade", 4, "compound", "NOUN", "NN", "O"),
    ("attack", "attack", 1, "dobj", "NOUN", "NN", "O"),
    ("on", "on", 4, "prep", "ADP", "IN", "O"),
    ("Kelvar", "Kelvar", 5, "pobj", "PROPN", "NNP", "B-GPE"),
    ("and", "and", 4, "cc", "CCONJ", "CC", "O"),
    ("an", "an", 9, "det", "DET", "DT", "O"),
    ("attack", "attack", 4, "conj", "NOUN", "NN", "O"),
    ("on", "on", 9, "prep", "ADP", "IN", "O"),
    ("Dunmore", "Dunmore", 12, "compound", "PROPN", "NNP", "B-FAC"),
    ("station", "station", 10, "pobj", "NOUN", "NN", "O"),
    ("carried", "carry", 1, "advcl", "VERB", "VBD", "O"),
    ("out", "out", 13, "prt", "ADP", "RP", "O"),
    ("by", "by", 13, "agent", "ADP", "IN", "O"),
    ("attackers", "attacker", 15, "pobj", "NOUN", "NNS", "O"),
    (".", ".", 1, "punct", "PUNCT", ".", "O"),
]


@pytest.mark.unit
def test_a_perpetrating_participle_after_the_act_names_its_doer():
    doc = _doc(_CARRIED)
    assert [t.text for t in _trailing_agents(doc[9])] == ["attackers"]


@pytest.mark.unit
def test_the_participle_tells_only_the_act_just_before_it():
    # the grenade attack's own phrase ends at "Kelvar": the participle follows another act
    doc = _doc(_CARRIED)
    assert _trailing_agents(doc[4]) == []


def _replaced(rows: list[Row], at: int, row: Row) -> list[Row]:
    return [row if i == at else r for i, r in enumerate(rows)]


@pytest.mark.unit
def test_a_clause_of_its_own_is_not_a_reduced_relative():
    # "... station was carried out by attackers": "was" makes it a clause, told by its verb
    rows = _replaced(_CARRIED, 13, ("carried", "carry", 1, "advcl", "VERB", "VBN", "O"))
    rows = [*rows[:13], ("was", "be", 13, "auxpass", "AUX", "VBD", "O"), *rows[13:]]
    rows = [(w, lemma, h + (h >= 13), d, p, t, e) for w, lemma, h, d, p, t, e in rows]
    doc = _doc(rows)
    assert doc[14].text == "carried" and doc[13].head.i == 14
    assert _trailing_agents(doc[9]) == []


# "condemned the blast targeting a van by gunmen near Velmora ."
_TARGETING = [
    ("condemned", "condemn", 0, "ROOT", "VERB", "VBD", "O"),
    ("the", "the", 2, "det", "DET", "DT", "O"),
    ("blast", "blast", 0, "dobj", "NOUN", "NN", "O"),
    ("targeting", "target", 2, "acl", "VERB", "VBG", "O"),
    ("a", "a", 5, "det", "DET", "DT", "O"),
    ("van", "van", 3, "dobj", "NOUN", "NN", "O"),
    ("by", "by", 3, "prep", "ADP", "IN", "O"),
    ("gunmen", "gunman", 6, "pobj", "NOUN", "NNS", "O"),
    ("near", "near", 3, "prep", "ADP", "IN", "O"),
    ("Velmora", "Velmora", 8, "pobj", "PROPN", "NNP", "B-GPE"),
    (".", ".", 0, "punct", "PUNCT", ".", "O"),
]


@pytest.mark.unit
def test_the_by_phrase_of_an_acts_participle_is_its_doer():
    doc = _doc(_TARGETING)
    assert [t.text for t in _participle_agents(doc[2])] == ["gunmen"]


@pytest.mark.unit
def test_a_by_phrase_that_names_no_one_is_no_doer():
    # "targeting a van by the roadside": where, not who
    rows = _replaced(_TARGETING, 7, ("roadside", "roadside", 6, "pobj", "NOUN", "NN", "O"))
    assert _participle_agents(_doc(rows)[2]) == []


# "a landmine planted by villagers exploded ." / "... detonated by remote control"
_PLANTED = [
    ("a", "a", 1, "det", "DET", "DT", "O"),
    ("landmine", "landmine", 5, "nsubj", "NOUN", "NN", "O"),
    ("planted", "plant", 1, "acl", "VERB", "VBN", "O"),
    ("by", "by", 2, "agent", "ADP", "IN", "O"),
    ("villagers", "villager", 3, "pobj", "NOUN", "NNS", "O"),
    ("exploded", "explode", 5, "ROOT", "VERB", "VBD", "O"),
    (".", ".", 5, "punct", "PUNCT", ".", "O"),
]


@pytest.mark.unit
def test_who_planted_the_device_set_it():
    doc = _doc(_PLANTED)
    assert [t.text for t in device_setters(doc)] == ["villagers"]


@pytest.mark.unit
def test_how_a_device_was_set_off_is_no_one():
    rows = _replaced(_PLANTED, 2, ("detonated", "detonate", 1, "acl", "VERB", "VBN", "O"))
    rows = _replaced(rows, 4, ("control", "control", 3, "pobj", "NOUN", "NN", "O"))
    assert device_setters(_doc(rows)) == []


@pytest.mark.nlp
def test_the_blast_targeting_a_van_by_gunmen_is_theirs(settings):
    text = "Officials condemned the bomb blast targeting a van by masked gunmen near Velmora."
    blast = _one(_events(text, settings), "ASSAULT")
    assert any("gunmen" in a for a in blast.actors)


@pytest.mark.nlp
def test_a_landmine_planted_by_someone_makes_them_the_killers(settings):
    text = (
        "A shepherd was killed after he stepped on a landmine planted by unknown people in Velmora."
    )
    killing = _one(_events(text, settings), "ASSAULT", "killed")
    assert killing.actors == ("unknown people",)
    assert any("shepherd" in t for t in killing.targets)


@pytest.mark.nlp
def test_martyred_after_gunmen_targeted_them_is_one_attack_by_the_gunmen(settings):
    text = "Two police officials were martyred after unidentified gunmen targeted them in Velmora."
    attacks = [e for e in _events(text, settings) if e.type == "ASSAULT"]
    assert len(attacks) == 1
    assert attacks[0].actors == ("unidentified gunmen",)
    assert any("officials" in t for t in attacks[0].targets)


@pytest.mark.nlp
def test_a_harm_days_after_an_attack_stays_apart(settings):
    text = "Two people were killed two days after militants attacked a checkpost in Velmora."
    attacks = [e for e in _events(text, settings) if e.type == "ASSAULT"]
    assert len(attacks) == 2
    assert _one(attacks, "ASSAULT", "killed").actors == ()


@pytest.mark.nlp
def test_a_later_planting_names_who_set_the_blast_told_before_it(settings):
    text = (
        "A child was killed when an improvised explosive device went off in Velmora on "
        "Wednesday. Police said the IED was planted by unknown persons. Three days earlier, "
        "a blast killed 12 people in Ostrand."
    )
    events = [e for e in _events(text, settings) if e.type == "ASSAULT"]
    child = next(e for e in events if any("child" in t for t in e.targets))
    earlier = next(e for e in events if any("12 people" in t for t in e.targets))
    assert child.actors == ("unknown persons",)
    assert earlier.actors == ()  # told after the planting: another blast


@pytest.mark.nlp
def test_a_new_device_planted_elsewhere_names_no_earlier_bomber(settings):
    text = (
        "A bomb went off in Velmora on Monday, killing two people. Separately, a bomb was "
        "planted by militants near a school in Ostrand."
    )
    blast = next(
        e for e in _events(text, settings) if e.type == "ASSAULT" and "two people" in e.targets
    )
    assert blast.actors == ()


@pytest.mark.nlp
def test_the_terrorists_a_later_sentence_hunts_did_the_blast_before_it(settings):
    text = (
        "A bomb exploded outside the house of a lawmaker in Velmora on Monday, damaging the "
        "gate. Police launched a search operation to track down the terrorists. Last month, "
        "a blast killed three people in Ostrand."
    )
    events = [e for e in _events(text, settings) if e.type == "ASSAULT"]
    assert _one(events, "ASSAULT", "exploded").actors == ("the terrorists",)
    assert _one(events, "ASSAULT", "killed").actors == ()  # told after: not theirs


@pytest.mark.nlp
def test_doers_named_after_another_attack_are_not_the_first_ones(settings):
    text = (
        "A bomb exploded outside the house of a lawmaker in Velmora on Monday, damaging the "
        "gate. On Sunday, militants stormed a checkpost in Ostrand. Police said the attackers "
        "fled."
    )
    assert _one(_events(text, settings), "ASSAULT", "exploded").actors == ()


@pytest.mark.nlp
def test_attackers_of_an_attack_told_with_them_are_its_own(settings):
    text = (
        "Two men were injured in a shooting incident in Velmora. In Ostrand, two guards were "
        "wounded in a gunfight while the attackers fled."
    )
    assert _one(_events(text, settings), "ASSAULT", "injured").actors == ()
