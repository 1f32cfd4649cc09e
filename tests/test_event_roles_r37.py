"""Participants of session 37 (issue 15): an attack with no actor that its sentence lays on
someone by attribution (:mod:`dossier.extract.events.roles_instigators`): "two mob-led
attacks", "happened at the behest of X", "believed to be the handiwork of X", and the "by"
agent the parser hung on an instrument participle ("destroyed using explosives by X"); and a
state's force lent from another sentence to an arrest its sentence places in another country
(:mod:`dossier.extract.events.roles_abroad`: "Choksi was arrested in Belgium" is not the
"Indian federal police"'s). Unit
tests read hand-built parses; the end-to-end ones run the pipeline on sentences written for
them (invented names: Ostrand, Velmora, the Harakat al-Nasr)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dossier.extract.events.roles_abroad import arrest_states, force_state, of_another_state
from dossier.extract.events.roles_instigators import instigators, no_instigation
from tests.test_event_what_r14 import VOCAB
from tests.test_events import _events, _one

# (word, lemma, head, dep, pos, tag, entity IOB, space after)
Row = tuple[str, str, int, str, str, str, str, bool]


def _doc(rows: list[Row]) -> Doc:
    """A parse from rows that also say whether a space follows each word (a hyphenated
    prefix is written without)."""
    words, lemmas, heads, deps, pos, tags, ents, spaces = (list(c) for c in zip(*rows, strict=True))
    return Doc(
        VOCAB,
        words=words,
        spaces=spaces,
        lemmas=lemmas,
        heads=heads,
        deps=deps,
        pos=pos,
        tags=tags,
        ents=ents,
    )


def _led(leader: str, lemma: str, space: bool = False) -> list[Row]:
    # "two <leader>-led attacks hit Velmora ."
    return [
        ("two", "two", 4, "nummod", "NUM", "CD", "O", True),
        (leader, lemma, 3, "npadvmod", "NOUN", "NN", "O", space),
        ("-", "-", 3, "punct", "PUNCT", "HYPH", "O", space),
        ("led", "lead", 4, "amod", "VERB", "VBN", "O", True),
        ("attacks", "attack", 5, "nsubj", "NOUN", "NNS", "O", True),
        ("hit", "hit", 5, "ROOT", "VERB", "VBD", "O", True),
        ("Velmora", "Velmora", 5, "dobj", "PROPN", "NNP", "B-GPE", False),
        (".", ".", 5, "punct", "PUNCT", ".", "O", False),
    ]


@pytest.mark.unit
def test_the_leader_of_an_x_led_attack_is_its_doer():
    doc = _doc(_led("mob", "mob"))
    assert [t.text for t in instigators(doc[4])] == ["mob"]


@pytest.mark.unit
def test_how_an_attack_was_led_or_a_spaced_dash_names_no_doer():
    assert instigators(_doc(_led("intelligence", "intelligence"))[4]) == []
    assert instigators(_doc(_led("mob", "mob", space=True))[4]) == []


@pytest.mark.unit
def test_a_leader_alone_makes_no_incident_of_an_untargeted_campaign():
    # "withstood years of Saudi-led bombing": no target, so no doer that would let it through
    assert instigators(_doc(_led("mob", "mob"))[4], targeted=False) == []


# "The attacks happened at the behest of the Harakat ."
_BEHEST = [
    ("The", "the", 1, "det", "DET", "DT", "O", True),
    ("attacks", "attack", 2, "nsubj", "NOUN", "NNS", "O", True),
    ("happened", "happen", 2, "ROOT", "VERB", "VBD", "O", True),
    ("at", "at", 2, "prep", "ADP", "IN", "O", True),
    ("the", "the", 5, "det", "DET", "DT", "O", True),
    ("behest", "behest", 3, "pobj", "NOUN", "NN", "O", True),
    ("of", "of", 5, "prep", "ADP", "IN", "O", True),
    ("the", "the", 8, "det", "DET", "DT", "O", True),
    ("Harakat", "Harakat", 6, "pobj", "PROPN", "NNP", "B-ORG", False),
    (".", ".", 2, "punct", "PUNCT", ".", "O", False),
]


@pytest.mark.unit
def test_an_attack_done_at_someones_behest_is_theirs():
    doc = _doc(_BEHEST)
    assert [t.text for t in instigators(doc[1])] == ["Harakat"]
    assert [t.text for t in no_instigation([doc[5], doc[8]])] == ["Harakat"]


# "The bombing , believed to be the handiwork of militants , shocked Velmora ."
_HANDIWORK = [
    ("The", "the", 1, "det", "DET", "DT", "O", True),
    ("bombing", "bombing", 3, "nsubj", "NOUN", "NN", "O", False),
    (",", ",", 3, "punct", "PUNCT", ",", "O", True),
    ("believed", "believe", 12, "ccomp", "VERB", "VBN", "O", True),
    ("to", "to", 5, "aux", "PART", "TO", "O", True),
    ("be", "be", 3, "xcomp", "AUX", "VB", "O", True),
    ("the", "the", 7, "det", "DET", "DT", "O", True),
    ("handiwork", "handiwork", 5, "attr", "NOUN", "NN", "O", True),
    ("of", "of", 7, "prep", "ADP", "IN", "O", True),
    ("militants", "militant", 8, "pobj", "NOUN", "NNS", "O", False),
    (",", ",", 12, "punct", "PUNCT", ",", "O", True),
    ("it", "it", 12, "nsubj", "PRON", "PRP", "O", True),
    ("shocked", "shock", 12, "ROOT", "VERB", "VBD", "O", True),
    ("Velmora", "Velmora", 12, "dobj", "PROPN", "NNP", "B-GPE", False),
    (".", ".", 12, "punct", "PUNCT", ".", "O", False),
]


@pytest.mark.unit
def test_an_attack_called_someones_handiwork_is_theirs():
    doc = _doc(_HANDIWORK)
    assert [t.text for t in instigators(doc[1])] == ["militants"]


# "Homes were destroyed using explosives by Ostrandi forces ."
_USING_BY = [
    ("Homes", "home", 2, "nsubjpass", "NOUN", "NNS", "O", True),
    ("were", "be", 2, "auxpass", "AUX", "VBD", "O", True),
    ("destroyed", "destroy", 2, "ROOT", "VERB", "VBN", "O", True),
    ("using", "use", 2, "xcomp", "VERB", "VBG", "O", True),
    ("explosives", "explosive", 3, "dobj", "NOUN", "NNS", "O", True),
    ("by", "by", 3, "prep", "ADP", "IN", "O", True),
    ("Ostrandi", "ostrandi", 7, "amod", "ADJ", "JJ", "B-NORP", True),
    ("forces", "force", 5, "pobj", "NOUN", "NNS", "O", False),
    (".", ".", 2, "punct", "PUNCT", ".", "O", False),
]


@pytest.mark.unit
def test_a_by_phrase_on_the_instrument_of_a_passive_is_its_agent():
    doc = _doc(_USING_BY)
    assert [t.text for t in instigators(doc[2])] == ["forces"]


@pytest.mark.nlp
def test_pipeline_mob_led_attacks_name_the_mob(settings):
    events = _events("Two mob-led attacks on churches shook Velmora last year.", settings)
    attack = _one(events, "ASSAULT", "attacks")
    assert any("mob" in a for a in attack.actors), attack


@pytest.mark.nlp
def test_pipeline_a_doer_named_keeps_the_instigator_out(settings):
    events = _events(
        "Police at the behest of the provincial government baton-charged the protesters.",
        settings,
    )
    for event in events:
        assert not any("government" in a for a in event.actors), event


def _arrest(place: str, iob: str) -> list[Row]:
    # "Indian police said he was arrested in <place> ."
    return [
        ("Indian", "indian", 1, "amod", "ADJ", "JJ", "B-NORP", True),
        ("police", "police", 2, "nsubj", "NOUN", "NNS", "O", True),
        ("said", "say", 2, "ROOT", "VERB", "VBD", "O", True),
        ("he", "he", 5, "nsubjpass", "PRON", "PRP", "O", True),
        ("was", "be", 5, "auxpass", "AUX", "VBD", "O", True),
        ("arrested", "arrest", 2, "ccomp", "VERB", "VBN", "O", True),
        ("in", "in", 5, "prep", "ADP", "IN", "O", True),
        (place, place, 6, "pobj", "PROPN", "NNP", iob, False),
        (".", ".", 2, "punct", "PUNCT", ".", "O", False),
    ]


@pytest.mark.unit
def test_a_force_of_one_state_made_no_arrest_in_another_country():
    doc = _doc(_arrest("Belgium", "B-GPE"))
    assert force_state(doc[1]) == "IN"
    assert arrest_states(doc[5]) == {"BE"}
    assert of_another_state(doc[1], doc[5])


@pytest.mark.unit
@pytest.mark.parametrize("place", ["India", "Kabul"])
def test_an_arrest_in_the_forces_own_country_or_a_town_keeps_the_force(place):
    # a town or territory is no country: forces arrest outside their borders (occupations)
    doc = _doc(_arrest(place, "B-GPE"))
    assert not of_another_state(doc[1], doc[5])


# "Abedini was arrested at the behest of the United States ."
_AT_BEHEST = [
    ("Abedini", "Abedini", 2, "nsubjpass", "PROPN", "NNP", "B-PERSON", True),
    ("was", "be", 2, "auxpass", "AUX", "VBD", "O", True),
    ("arrested", "arrest", 2, "ROOT", "VERB", "VBN", "O", True),
    ("at", "at", 2, "prep", "ADP", "IN", "O", True),
    ("the", "the", 5, "det", "DET", "DT", "O", True),
    ("behest", "behest", 3, "pobj", "NOUN", "NN", "O", True),
    ("of", "of", 5, "prep", "ADP", "IN", "O", True),
    ("the", "the", 9, "det", "DET", "DT", "B-GPE", True),
    ("United", "United", 9, "compound", "PROPN", "NNP", "I-GPE", True),
    ("States", "States", 6, "pobj", "PROPN", "NNP", "I-GPE", False),
    (".", ".", 2, "punct", "PUNCT", ".", "O", False),
]


@pytest.mark.unit
def test_a_country_inside_a_phrase_of_the_arrest_is_not_where_it_was_made():
    assert arrest_states(_doc(_AT_BEHEST)[2]) == set()
