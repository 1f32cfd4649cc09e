"""Actors and places of the grammar's edges (session 18, issue 15 item 3), read from the actor
and place errors of the read sets ``check5``–``check11``: an act told as a participle the
parser hung on a praising verb ("praised the forces for conducting operations, killing 10
terrorists": the forces killed), an arrest told with no agent made by the agency the article
itself has arrest someone ("FIA officials ... arrested three men"), a town of 1,000+ people
the main gazetteer index lacks, typed a person by the model, as the place of an "in" phrase
("was arrested in Khanewal") without a coordinated act's place leaking to the act before it,
a town's "of" phrase as its name ("the southern Gaza city of Rafah") and the subject the
parser hung on a place written out as "X, Y District, own troops". Unit tests read hand-built
parses; the end-to-end ones run the pipeline on fictional sentences with real place names."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dossier.extract.events.place_time import _in_place_phrase
from dossier.extract.events.roles import (
    _controller,
    _credited_participle,
    _subject_after_place,
    arresting_forces,
    named_forces,
)
from dossier.records import Mention
from tests.test_event_what_r14 import VOCAB
from tests.test_events import _events, _one

Row = tuple[str, str, int, str, str, str]


def _doc(rows: list[Row], ents: list[str] | None = None) -> Doc:
    """A parse from rows of (word, lemma, head index, dependency, POS, tag), with IOB tags."""
    words, lemmas, heads, deps, pos, tags = (list(col) for col in zip(*rows, strict=True))
    return Doc(
        VOCAB, words=words, lemmas=lemmas, heads=heads, deps=deps, pos=pos, tags=tags, ents=ents
    )


# "Naqvi <verb> the forces for conducting raids , killing ten men ."
def _praised(verb: str, lemma: str, participle: tuple[str, str] = ("killing", "VBG")) -> Doc:
    word, tag = participle
    return _doc(
        [
            ("Naqvi", "Naqvi", 1, "nsubj", "PROPN", "NNP"),
            (verb, lemma, 1, "ROOT", "VERB", "VBD"),
            ("the", "the", 3, "det", "DET", "DT"),
            ("forces", "force", 1, "dobj", "NOUN", "NNS"),
            ("for", "for", 1, "prep", "ADP", "IN"),
            ("conducting", "conduct", 4, "pcomp", "VERB", "VBG"),
            ("raids", "raid", 5, "dobj", "NOUN", "NNS"),
            (",", ",", 5, "punct", "PUNCT", ","),
            (word, "kill", 1, "advcl", "VERB", tag),
            ("ten", "ten", 10, "nummod", "NUM", "CD"),
            ("men", "man", 8, "dobj", "NOUN", "NNS"),
            (".", ".", 1, "punct", "PUNCT", "."),
        ]
    )


@pytest.mark.unit
@pytest.mark.parametrize(
    ("verb", "lemma", "credited"),
    [("praised", "praise", True), ("lauded", "laud", True), ("met", "meet", False)],
)
def test_a_participle_hung_on_a_praising_verb_is_done_by_the_one_praised(verb, lemma, credited):
    doc = _praised(verb, lemma)
    assert [t.text for t in _credited_participle(doc[8], doc[1])] == (
        ["forces"] if credited else []
    )
    assert [t.text for t in _controller(doc[8])] == (["forces"] if credited else ["Naqvi"])


@pytest.mark.unit
def test_only_a_bare_ing_form_continues_the_for_phrase():
    doc = _praised("praised", "praise", ("killed", "VBD"))
    assert _credited_participle(doc[8], doc[1]) == []


@pytest.mark.unit
def test_no_for_phrase_no_credit():
    rows = [
        ("Naqvi", "Naqvi", 1, "nsubj", "PROPN", "NNP"),
        ("praised", "praise", 1, "ROOT", "VERB", "VBD"),
        ("the", "the", 3, "det", "DET", "DT"),
        ("forces", "force", 1, "dobj", "NOUN", "NNS"),
        (",", ",", 1, "punct", "PUNCT", ","),
        ("killing", "kill", 1, "advcl", "VERB", "VBG"),
        ("ten", "ten", 7, "nummod", "NUM", "CD"),
        ("men", "man", 5, "dobj", "NOUN", "NNS"),
    ]
    doc = _doc(rows)
    assert _credited_participle(doc[5], doc[1]) == []


@pytest.mark.unit
def test_an_in_phrase_object_of_proper_nouns_is_a_place_slot():
    rows = [
        ("Police", "police", 1, "nsubj", "NOUN", "NNS"),
        ("arrested", "arrest", 1, "ROOT", "VERB", "VBD"),
        ("Vasko", "Vasko", 1, "dobj", "PROPN", "NNP"),
        ("in", "in", 1, "prep", "ADP", "IN"),
        ("Khanewal", "Khanewal", 3, "pobj", "PROPN", "NNP"),
        (".", ".", 1, "punct", "PUNCT", "."),
    ]
    doc = _doc(rows, ["O", "O", "B-PERSON", "O", "B-PERSON", "O"])
    assert _in_place_phrase(Mention(25, 33, "Khanewal", "PERSON", "khanewal", 0), doc)
    assert not _in_place_phrase(Mention(16, 21, "Vasko", "PERSON", "vasko", 0), doc)


@pytest.mark.nlp
def test_the_forces_praised_for_an_operation_did_the_killing(settings):
    event = _one(
        _events(
            "Interior Minister Karel Vasko on Monday praised the security forces for "
            "conducting two successful operations in North Waziristan, killing 10 terrorists.",
            settings,
        ),
        "ASSAULT",
        "killing",
    )
    assert any("security forces" in a for a in event.actors)
    assert not any("Vasko" in a for a in event.actors)


@pytest.mark.nlp
def test_a_small_town_typed_a_person_is_the_place_of_an_arrest(settings):
    event = _one(
        _events(
            "Police in Pakistan said a third suspect, Karel Vasko, was arrested in Khanewal "
            "for fraud.",
            settings,
        ),
        "COERCE",
    )
    assert event.location == "Khanewal"


# "<Name> officials raided a house and arrested two men ."
def _raided(name: str, ent: str) -> Doc:
    rows = [
        (name, name, 1, "amod", "PROPN", "NNP"),
        ("officials", "official", 2, "nsubj", "NOUN", "NNS"),
        ("raided", "raid", 2, "ROOT", "VERB", "VBD"),
        ("a", "a", 4, "det", "DET", "DT"),
        ("house", "house", 2, "dobj", "NOUN", "NN"),
        ("and", "and", 2, "cc", "CCONJ", "CC"),
        ("arrested", "arrest", 2, "conj", "VERB", "VBD"),
        ("two", "two", 8, "nummod", "NUM", "CD"),
        ("men", "man", 6, "dobj", "NOUN", "NNS"),
        (".", ".", 2, "punct", "PUNCT", "."),
    ]
    return _doc(rows, [ent, "O", "O", "O", "O", "O", "O", "O", "O", "O"])


@pytest.mark.unit
def test_an_agency_that_arrests_in_the_article_is_one_of_its_forces():
    doc = _raided("FIA", "B-ORG")
    assert [t.text for t in named_forces(doc)] == ["officials"]
    # who made an arrest told with no agent: the article's arresting agency
    assert [t.text for t in arresting_forces(doc[8], named_forces(doc), [doc[8]])] == ["officials"]


@pytest.mark.unit
@pytest.mark.parametrize(("name", "ent"), [("Vasko", "B-PERSON"), ("Velmora", "B-GPE")])
def test_a_person_or_a_country_that_arrests_is_no_named_force(name, ent):
    assert named_forces(_raided(name, ent)) == []


@pytest.mark.nlp
def test_an_arrest_with_no_agent_is_the_articles_arresting_agency(settings):
    events = _events(
        "A third suspect, Karel Vasko, was arrested in Lahore for fraud. Separately, in "
        "Faisalabad, FIA officials raided a house and arrested three men.",
        settings,
    )
    arrest = _one(events, "COERCE", "arrested")
    assert any("FIA" in a for a in arrest.actors)


@pytest.mark.nlp
def test_a_coordinated_attack_keeps_its_own_place(settings):
    events = _events(
        "Officials in Pakistan on Monday confirmed a grenade attack on Peshawar's Malazai area "
        "and an attack on Gambila police station in Lakki Marwat carried out by 16 attackers.",
        settings,
    )
    places = sorted(e.location or "" for e in events if e.type == "ASSAULT")
    assert places == ["Lakki Marwat", "Malazai"]


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Soldiers killed 15 aid workers near the southern Gaza city of Rafah.", "Rafah"),
        # an area's "of" phrase is the wider place: the area stays
        ("Two leaders were killed in the Zehri area of Khuzdar district.", "Zehri"),
        # no "the": the name before the noun is the town's, the "of" place is wider
        ("Soldiers killed six men in an operation in Ghulam Khan village of Bannu.", "Ghulam Khan"),
        ("Gunmen killed 70 people at a hospital in El Fasher city of Sudan.", "El Fasher"),
    ],
)
def test_a_towns_of_phrase_is_its_name(settings, text, place):
    assert _one(_events(text, settings), "ASSAULT").location == place


# "Gomal Zam , Kalat District , own troops killed three men ."
def _place_written_as_subject(last: str, last_lemma: str, pos: str = "NOUN") -> Doc:
    rows = [
        ("Gomal", "Gomal", 1, "compound", "PROPN", "NNP"),
        ("Zam", "Zam", 9, "nsubj", "PROPN", "NNP"),
        (",", ",", 1, "punct", "PUNCT", ","),
        ("Kalat", "Kalat", 4, "compound", "PROPN", "NNP"),
        ("District", "District", 1, "appos", "PROPN", "NNP"),
        (",", ",", 1, "punct", "PUNCT", ","),
        ("own", "own", 7, "amod", "ADJ", "JJ"),
        (last, last_lemma, 1, "appos", pos, "NNS"),
        ("successfully", "successfully", 9, "advmod", "ADV", "RB"),
        ("killed", "kill", 9, "ROOT", "VERB", "VBD"),
        ("men", "man", 9, "dobj", "NOUN", "NNS"),
    ]
    ents = ["B-PERSON", "I-PERSON", "O", "B-GPE", "I-GPE", "O", "O", "O", "O", "O", "O"]
    return _doc(rows, ents)


@pytest.mark.unit
def test_people_after_a_place_apposition_are_the_subject():
    doc = _place_written_as_subject("troops", "troop")
    assert _subject_after_place(doc[1]).text == "troops"


@pytest.mark.unit
def test_a_thing_after_a_place_apposition_is_no_subject():
    doc = _place_written_as_subject("vehicles", "vehicle")
    assert _subject_after_place(doc[1]).text == "Zam"


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the struck town's name, which the model did not tag, beside the wider region
        (
            "Velmoran air strikes on a refugee camp and Jabalia town in northern Gaza killed "
            "at least 17 people.",
            "Jabalia",
        ),
        ("Militants launched an attack on the Mangochar area of Kalat district.", "Mangochar"),
    ],
)
def test_a_named_town_struck_is_the_place(settings, text, place):
    assert _one(_events(text, settings), "ASSAULT").location == place
