"""Participants of session 23 (issue 15 item 3, roles from the grammar), bucketed from the
`--errors` lists of the least-tuned read sets (check16, check15, check14, check13, then the
others). A reciprocal object ("opened fire at each other", "accused each other") names the
actors themselves as the targets. The subject raised out of a passive infinitive ("Seven
people were reported to have been shot") is the one the act befell, not its doer. A wire
dateline ("SOUTH WAZIRISTAN:", "ISLAMABAD, Feb 23 (APP):") is where the report was filed:
its place is no participant, the name hung on it after the colon is. A place noun a name
modifies is a place even when the model types the name a nationality ("Birmal tehsil"), so
a relative clause hung on it tells the act it locates. A sanction whose verb names no one
falls on the named thing it ends ("suspended the Indus Waters Treaty"). Who loses his life
or dies in an act underwent it ("lost his life in a gun attack"). A past tense the parser
hung on the place closing a chain of prepositional phrases ("an Israeli strike on the camp
killed 11 people") has the chain's head for subject. A named road after "on" ("killed on
Sariab Road"), or a named place after "at"/"near", is where, not whom. The attack a harm
noun happened in ("the martyrdom of four policemen in a terrorist attack") is that event.
Unit tests read hand-built parses; the end-to-end ones run the pipeline on sentences
written for them."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dossier.extract.events.roles import (
    _dateline_colon,
    _misread_subject,
    _named_where,
    _place_word,
    _reciprocal_targets,
    _Roles,
    _support_roles,
    _verb_roles,
)
from tests.test_event_roles_r22 import _doc
from tests.test_events import _events, _one

# "Both sides accused each other ." / "Both sides accused each other 's men ."
_ACCUSED_EACH_OTHER = [
    ("Both", "both", 1, "det", "DET", "DT", "O"),
    ("sides", "side", 2, "nsubj", "NOUN", "NNS", "O"),
    ("accused", "accuse", 2, "ROOT", "VERB", "VBD", "O"),
    ("each", "each", 4, "det", "DET", "DT", "O"),
    ("other", "other", 2, "dobj", "ADJ", "JJ", "O"),
    (".", ".", 2, "punct", "PUNCT", ".", "O"),
]
_ACCUSED_EACH_OTHERS_MEN = [
    ("Both", "both", 1, "det", "DET", "DT", "O"),
    ("sides", "side", 2, "nsubj", "NOUN", "NNS", "O"),
    ("accused", "accuse", 2, "ROOT", "VERB", "VBD", "O"),
    ("each", "each", 4, "det", "DET", "DT", "O"),
    ("other", "other", 6, "poss", "ADJ", "JJ", "O"),
    ("'s", "'s", 4, "case", "PART", "POS", "O"),
    ("men", "man", 2, "dobj", "NOUN", "NNS", "O"),
    (".", ".", 2, "punct", "PUNCT", ".", "O"),
]


@pytest.mark.unit
def test_each_other_is_the_actors_themselves():
    doc = _doc(_ACCUSED_EACH_OTHER)
    roles = _verb_roles(doc[2], "ACCUSE")
    assert [t.text for t in roles.targets] == ["other"]  # the parse alone: the pronoun
    _reciprocal_targets(roles)
    assert [t.text for t in roles.targets] == ["sides"]
    assert [t.text for t in roles.actors] == ["sides"]
    assert roles.mutual


@pytest.mark.unit
def test_what_each_other_owns_stays_the_target():
    doc = _doc(_ACCUSED_EACH_OTHERS_MEN)
    roles = _verb_roles(doc[2], "ACCUSE")
    _reciprocal_targets(roles)
    assert [t.text for t in roles.targets] == ["men"]
    assert not roles.mutual


# "Seven people were reported to have been shot ."
_REPORTED_SHOT = [
    ("Seven", "seven", 1, "nummod", "NUM", "CD", "B-CARDINAL"),
    ("people", "people", 3, "nsubjpass", "NOUN", "NNS", "O"),
    ("were", "be", 3, "auxpass", "AUX", "VBD", "O"),
    ("reported", "report", 3, "ROOT", "VERB", "VBN", "O"),
    ("to", "to", 7, "aux", "PART", "TO", "O"),
    ("have", "have", 7, "aux", "AUX", "VB", "O"),
    ("been", "be", 7, "auxpass", "AUX", "VBN", "O"),
    ("shot", "shoot", 3, "xcomp", "VERB", "VBN", "O"),
    (".", ".", 3, "punct", "PUNCT", ".", "O"),
]
# "Militants are believed to have killed two men ."
_BELIEVED_KILLED = [
    ("Militants", "militant", 2, "nsubjpass", "NOUN", "NNS", "O"),
    ("are", "be", 2, "auxpass", "AUX", "VBP", "O"),
    ("believed", "believe", 2, "ROOT", "VERB", "VBN", "O"),
    ("to", "to", 5, "aux", "PART", "TO", "O"),
    ("have", "have", 5, "aux", "AUX", "VB", "O"),
    ("killed", "kill", 2, "xcomp", "VERB", "VBN", "O"),
    ("two", "two", 7, "nummod", "NUM", "CD", "B-CARDINAL"),
    ("men", "man", 5, "dobj", "NOUN", "NNS", "O"),
    (".", ".", 2, "punct", "PUNCT", ".", "O"),
]


@pytest.mark.unit
def test_the_subject_raised_out_of_a_passive_infinitive_underwent_it():
    roles = _verb_roles(_doc(_REPORTED_SHOT)[7], "ASSAULT")
    assert [t.text for t in roles.targets] == ["people"]
    assert roles.actors == []  # not the doer, as the controller rule read it


@pytest.mark.unit
def test_the_subject_raised_out_of_an_active_infinitive_still_acts():
    roles = _verb_roles(_doc(_BELIEVED_KILLED)[5], "ASSAULT")
    assert [t.text for t in roles.actors] == ["Militants"]
    assert [t.text for t in roles.targets] == ["men"]


def _dateline(rows: list[tuple[str, str, str]]) -> Doc:
    """Words with POS and entity IOB, every word hung on the first (only the sentence
    boundaries and the words matter to the dateline)."""
    return _doc([(w, w.lower(), 0, "dep", pos, pos, ent) for w, pos, ent in rows])


@pytest.mark.unit
def test_a_wire_dateline_ends_at_its_colon():
    doc = _dateline(
        [
            ("SOUTH", "PROPN", "B-GPE"),
            ("WAZIRISTAN", "PROPN", "I-GPE"),
            (":", "PUNCT", "O"),
            ("The", "DET", "O"),
            ("alliance", "NOUN", "O"),
            ("demanded", "VERB", "O"),
        ]
    )
    assert _dateline_colon(doc[1]) == 2
    assert _dateline_colon(doc[4]) is None  # after the colon: the subject
    doc = _dateline(
        [
            ("ISLAMABAD", "PROPN", "B-GPE"),
            (",", "PUNCT", "O"),
            ("Feb", "PROPN", "B-DATE"),
            ("23", "NUM", "I-DATE"),
            ("(", "PUNCT", "O"),
            ("APP", "PROPN", "B-ORG"),
            (")", "PUNCT", "O"),
            (":", "PUNCT", "O"),
            ("Naqvi", "PROPN", "B-PERSON"),
        ]
    )
    assert _dateline_colon(doc[0]) == 7


@pytest.mark.unit
def test_an_acronym_saying_something_is_no_dateline():
    doc = _dateline(
        [
            ("ISPR", "PROPN", "B-ORG"),
            ("said", "VERB", "O"),
            (":", "PUNCT", "O"),
            ("militants", "NOUN", "O"),
            ("attacked", "VERB", "O"),
        ]
    )
    assert _dateline_colon(doc[0]) is None


@pytest.mark.unit
def test_a_place_noun_a_name_modifies_is_a_place_whatever_the_name_s_type():
    # "in Karmazi area of Birmal tehsil": the model types "Birmal" a nationality (NORP)
    doc = _doc(
        [
            ("in", "in", 0, "ROOT", "ADP", "IN", "O"),
            ("Birmal", "birmal", 2, "amod", "ADJ", "JJ", "B-NORP"),
            ("tehsil", "tehsil", 0, "pobj", "NOUN", "NN", "O"),
            ("the", "the", 5, "det", "DET", "DT", "O"),
            ("Afghan", "afghan", 5, "amod", "ADJ", "JJ", "B-NORP"),
            ("forces", "force", 0, "pobj", "NOUN", "NNS", "O"),
        ]
    )
    assert _place_word(doc[2])
    assert not _place_word(doc[5])  # a force is no place, whoever's it is


def _sanction(noun: str, pos: str, ent: str) -> Doc:
    # "Ostrand suspended the <noun> ." with <noun> a name or a common noun
    return _doc(
        [
            ("Ostrand", "Ostrand", 1, "nsubj", "PROPN", "NNP", "B-GPE"),
            ("suspended", "suspend", 1, "ROOT", "VERB", "VBD", "O"),
            ("the", "the", 3, "det", "DET", "DT", "O"),
            (noun, noun.lower(), 1, "dobj", pos, "NN", ent),
            (".", ".", 1, "punct", "PUNCT", ".", "O"),
        ]
    )


@pytest.mark.unit
def test_a_sanction_falls_on_the_named_thing_it_ends():
    roles = _verb_roles(_sanction("Treaty", "PROPN", "B-LAW")[1], "SANCTION")
    assert [t.text for t in roles.targets] == ["Treaty"]
    roles = _verb_roles(_sanction("talks", "NOUN", "O")[1], "SANCTION")
    assert roles.targets == []  # a common noun names no one


# "A soldier lost his life in an attack ."
_LOST_LIFE_IN = [
    ("A", "a", 1, "det", "DET", "DT", "O"),
    ("soldier", "soldier", 2, "nsubj", "NOUN", "NN", "O"),
    ("lost", "lose", 2, "ROOT", "VERB", "VBD", "O"),
    ("his", "his", 4, "poss", "PRON", "PRP$", "O"),
    ("life", "life", 2, "dobj", "NOUN", "NN", "O"),
    ("in", "in", 2, "prep", "ADP", "IN", "O"),
    ("an", "an", 7, "det", "DET", "DT", "O"),
    ("attack", "attack", 5, "pobj", "NOUN", "NN", "O"),
    (".", ".", 2, "punct", "PUNCT", ".", "O"),
]


@pytest.mark.unit
def test_who_loses_his_life_in_an_attack_underwent_it():
    doc = _doc(_LOST_LIFE_IN)
    roles = _Roles()
    _support_roles(doc[7], "ASSAULT", roles)
    assert [t.text for t in roles.targets] == ["soldier"]
    assert roles.actors == []


def _strike_on_camp(verb_dep: str, verb_tag: str) -> Doc:
    # "An Israeli strike on the camp killed 11 people ." misread: "killed" an acl of "camp"
    return _doc(
        [
            ("An", "an", 2, "det", "DET", "DT", "O"),
            ("Israeli", "israeli", 2, "amod", "ADJ", "JJ", "B-NORP"),
            ("strike", "strike", 2, "ROOT", "NOUN", "NN", "O"),
            ("on", "on", 2, "prep", "ADP", "IN", "O"),
            ("the", "the", 5, "det", "DET", "DT", "O"),
            ("camp", "camp", 3, "pobj", "NOUN", "NN", "O"),
            ("killed", "kill", 5, verb_dep, "VERB", verb_tag, "O"),
            ("11", "11", 8, "nummod", "NUM", "CD", "B-CARDINAL"),
            ("people", "people", 6, "dobj", "NOUN", "NNS", "O"),
            (".", ".", 2, "punct", "PUNCT", ".", "O"),
        ]
    )


@pytest.mark.unit
def test_a_past_tense_hung_on_the_place_of_an_act_is_the_act_s():
    doc = _strike_on_camp("acl", "VBN")
    assert _misread_subject(doc[6]).i == 2  # the strike killed, not the camp
    roles = _verb_roles(doc[6], "ASSAULT")
    assert [t.text for t in roles.actors] == ["strike"]
    assert [t.text for t in roles.targets] == ["people"]


@pytest.mark.unit
def test_a_participle_without_an_object_stays_a_participle():
    # "the suspects arrested on Friday": no object, a true reduced relative
    doc = _doc(
        [
            ("the", "the", 1, "det", "DET", "DT", "O"),
            ("suspects", "suspect", 1, "ROOT", "NOUN", "NNS", "O"),
            ("arrested", "arrest", 1, "acl", "VERB", "VBN", "O"),
            ("on", "on", 2, "prep", "ADP", "IN", "O"),
            ("Friday", "Friday", 3, "pobj", "PROPN", "NNP", "B-DATE"),
        ]
    )
    assert _misread_subject(doc[2]) is None


def _on_place(prep: str, name: str, noun: str, lemma: str) -> Doc:
    # "two men were killed <prep> <name> <noun> ."
    return _doc(
        [
            ("two", "two", 1, "nummod", "NUM", "CD", "B-CARDINAL"),
            ("men", "man", 3, "nsubjpass", "NOUN", "NNS", "O"),
            ("were", "be", 3, "auxpass", "AUX", "VBD", "O"),
            ("killed", "kill", 3, "ROOT", "VERB", "VBN", "O"),
            (prep, prep, 3, "prep", "ADP", "IN", "O"),
            (name, name, 6, "compound", "PROPN", "NNP", "B-FAC"),
            (noun, lemma, 4, "pobj", "PROPN", "NNP", "I-FAC"),
            (".", ".", 3, "punct", "PUNCT", ".", "O"),
        ]
    )


@pytest.mark.unit
def test_a_named_road_or_place_after_a_locative_preposition_is_where():
    assert _named_where(_on_place("on", "Sariab", "Road", "road")[6])
    assert _named_where(_on_place("near", "Bagan", "area", "area")[6])
    assert not _named_where(_on_place("on", "Gaza", "City", "city")[6])  # struck the city
    assert not _named_where(_on_place("on", "Jinnah", "House", "house")[6])


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("text", "type_", "actor", "target", "not_actor"),
    [
        (
            "Members of both families opened indiscriminate fire at each other in Velmora "
            "on Monday, police said.",
            "ASSAULT",
            "Members of both families",
            "Members of both families",
            None,
        ),
        (
            "Seven people were reported to have been shot in the clash in Velmora on Monday.",
            "ASSAULT",
            None,
            "Seven people",
            "Seven people",
        ),
        (
            "QUETTA: The Ostrand Peace Alliance on Wednesday demanded an inquiry into the "
            "killing of two men.",
            "REQUEST",
            "Ostrand Peace Alliance",
            None,
            "QUETTA",
        ),
        (
            "Following the attack, Ostrand suspended the Velmora Waters Treaty on Wednesday.",
            "SANCTION",
            "Ostrand",
            "Treaty",
            None,
        ),
        (
            "A Frontier Corps soldier lost his life in a gun attack in Velmora town on Monday.",
            "ASSAULT",
            None,
            "soldier",
            None,
        ),
        (
            "An overnight Ostrand strike on the Velmora refugee camp killed at least 11 people.",
            "ASSAULT",
            "Ostrand",
            "11 people",
            "camp",
        ),
        (
            "The minister expressed grief over the martyrdom of four policemen in a terrorist "
            "attack in Velmora on Sunday.",
            "ASSAULT",
            "terrorist",
            "four policemen",
            None,
        ),
    ],
)
def test_participants_end_to_end(text, type_, actor, target, not_actor, settings):
    event = _one(_events(text, settings), type_)
    if actor is not None:
        assert any(actor in a for a in event.actors), event
    if target is not None:
        assert any(target in t for t in event.targets), event
    if not_actor is not None:
        assert not any(not_actor in a for a in event.actors), event
