"""Material acts the export missed (session 21): a coordinated passive clause whose subject the
parser hung elsewhere ("… recovered from a vehicle intercepted near X, Islamabad and a suspect
was arrested") is an arrest of its own, and a recovery from a person searched ("hashish was
recovered from a suspect") is a seizure from that person, not from no one. Unit tests read
hand-built parses (no model)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dossier.extract.events.assembly import (
    _participle_patient,
    _stranded_passive,
    _stranded_subject,
)
from dossier.extract.events.lexicon import _possessors, _trigger
from dossier.extract.events.roles import _Roles
from tests.test_event_what_r14 import _parse

# "Hashish was recovered near Islamabad and a suspect was arrested ." as the small model
# parses it: "a suspect" one more conjunct of the place, "was arrested" with no subject
STRANDED = [
    ("Hashish", "hashish", 2, "nsubjpass", "NOUN", "NN"),
    ("was", "be", 2, "auxpass", "AUX", "VBD"),
    ("recovered", "recover", 2, "ROOT", "VERB", "VBN"),
    ("near", "near", 2, "prep", "ADP", "IN"),
    ("Islamabad", "Islamabad", 3, "pobj", "PROPN", "NNP"),
    ("and", "and", 4, "cc", "CCONJ", "CC"),
    ("a", "a", 7, "det", "DET", "DT"),
    ("suspect", "suspect", 4, "conj", "NOUN", "NN"),
    ("was", "be", 9, "auxpass", "AUX", "VBD"),
    ("arrested", "arrest", 2, "conj", "VERB", "VBN"),
    (".", ".", 2, "punct", "PUNCT", "."),
]


@pytest.mark.unit
def test_the_phrase_before_a_coordinated_passive_s_auxiliary_is_its_subject() -> None:
    doc = _parse(STRANDED)
    subject = _stranded_subject(doc[9])
    assert subject is not None and subject.text == "suspect"
    roles = _Roles()
    _stranded_passive(doc[9], roles)
    assert [t.text for t in roles.targets] == ["suspect"]


@pytest.mark.unit
def test_a_participle_with_a_determiner_is_a_noun_phrase() -> None:
    # "… and an accused was arrested": the tagger calls "accused" a participle
    rows = list(STRANDED)
    rows[6] = ("an", "an", 7, "det", "DET", "DT")
    rows[7] = ("accused", "accuse", 4, "conj", "VERB", "VBN")
    subject = _stranded_subject(_parse(rows)[9])
    assert subject is not None and subject.text == "accused"


@pytest.mark.unit
def test_a_passive_with_its_own_subject_keeps_it() -> None:
    rows = list(STRANDED)
    rows[7] = ("suspect", "suspect", 9, "nsubjpass", "NOUN", "NN")
    rows[5] = ("and", "and", 2, "cc", "CCONJ", "CC")
    assert _stranded_subject(_parse(rows)[9]) is None


@pytest.mark.unit
def test_no_conjunction_before_the_phrase_no_subject() -> None:
    # "Hashish was recovered near Islamabad , a suspect was arrested ." — no "and": the
    # phrase may be an apposition of the place, not a clause's subject
    rows = list(STRANDED)
    rows[5] = (",", ",", 4, "punct", "PUNCT", ",")
    assert _stranded_subject(_parse(rows)[9]) is None


@pytest.mark.unit
def test_an_active_verb_is_not_a_stranded_passive() -> None:
    rows = list(STRANDED)
    rows[8] = ("have", "have", 9, "aux", "AUX", "VBP")
    assert _stranded_subject(_parse(rows)[9]) is None


def _recovered_from(words: list[tuple[str, str, str, str, str]]) -> Doc:
    """ "Hashish was recovered from <words> ." with each word (text, lemma, dep, POS, tag)
    hanging on the last (the pobj)."""
    last = 3 + len(words)
    rows = [
        ("Hashish", "hashish", 2, "nsubjpass", "NOUN", "NN"),
        ("was", "be", 2, "auxpass", "AUX", "VBD"),
        ("recovered", "recover", 2, "ROOT", "VERB", "VBN"),
        ("from", "from", 2, "prep", "ADP", "IN"),
    ]
    for n, (text, lemma, dep, pos, tag) in enumerate(words):
        head = 3 if n == len(words) - 1 else last
        rows.append((text, lemma, head, dep if n < len(words) - 1 else "pobj", pos, tag))
    rows.append((".", ".", 2, "punct", "PUNCT", "."))
    return _parse(rows)


A = ("a", "a", "det", "DET", "DT")


@pytest.mark.unit
@pytest.mark.parametrize(
    "words",
    [
        [A, ("suspect", "suspect", "", "NOUN", "NN")],
        [
            ("the", "the", "det", "DET", "DT"),
            ("drug", "drug", "compound", "NOUN", "NN"),
            ("supplier", "supplier", "", "NOUN", "NN"),
        ],
        [("an", "an", "det", "DET", "DT"), ("accused", "accuse", "", "VERB", "VBN")],
        [A, ("passenger", "passenger", "", "NOUN", "NN")],
    ],
)
def test_a_recovery_from_a_person_searched_is_a_seizure_from_them(words) -> None:
    doc = _recovered_from(words)
    assert [t.text for t in _possessors(doc[2])] == [words[-1][0]]
    assert _trigger(doc[2]) == ("COERCE", "seize")


@pytest.mark.unit
@pytest.mark.parametrize(
    "words",
    [
        [A, ("vehicle", "vehicle", "", "NOUN", "NN")],  # a thing searched, no one caught
        [
            ("the", "the", "det", "DET", "DT"),
            ("killed", "kill", "amod", "VERB", "VBN"),
            ("terrorists", "terrorist", "", "NOUN", "NNS"),
        ],  # taken from the dead
        [
            ("the", "the", "det", "DET", "DT"),
            ("dead", "dead", "amod", "ADJ", "JJ"),
            ("dacoit", "dacoit", "", "NOUN", "NN"),
        ],
        [("the", "the", "det", "DET", "DT"), ("terrorists", "terrorist", "", "NOUN", "NNS")],
    ],
)
def test_a_recovery_from_a_thing_or_the_dead_takes_from_no_one(words) -> None:
    doc = _recovered_from(words)
    assert _possessors(doc[2]) == []
    assert _trigger(doc[2]) is None


# "A suicide bombing left six dead ."
LEFT_DEAD = [
    ("A", "a", 2, "det", "DET", "DT"),
    ("suicide", "suicide", 2, "compound", "NOUN", "NN"),
    ("bombing", "bombing", 3, "nsubj", "NOUN", "NN"),
    ("left", "leave", 3, "ROOT", "VERB", "VBD"),
    ("six", "six", 3, "dobj", "NUM", "CD"),
    ("dead", "dead", 3, "oprd", "ADJ", "JJ"),
    (".", ".", 3, "punct", "PUNCT", "."),
]


@pytest.mark.unit
def test_left_dead_is_a_killing() -> None:
    assert _trigger(_parse(LEFT_DEAD)[3]) == ("ASSAULT", None)


@pytest.mark.unit
def test_left_alone_is_no_killing() -> None:
    # "A suicide bombing left six behind ." — no state of harm
    rows = list(LEFT_DEAD)
    rows[5] = ("behind", "behind", 3, "advmod", "ADV", "RB")
    assert _trigger(_parse(rows)[3]) is None


@pytest.mark.unit
@pytest.mark.parametrize("verb", ["exterminate", "slay"])
def test_killing_verbs_of_the_cameo_fight_class_are_assaults(verb: str) -> None:
    doc = _parse(
        [
            ("Troops", "troop", 1, "nsubj", "NOUN", "NNS"),
            (verb + "ed", verb, 1, "ROOT", "VERB", "VBD"),
            ("two", "two", 3, "nummod", "NUM", "CD"),
            ("terrorists", "terrorist", 1, "dobj", "NOUN", "NNS"),
            (".", ".", 1, "punct", "PUNCT", "."),
        ]
    )
    assert _trigger(doc[1]) == ("ASSAULT", None)


def _types(text: str, settings) -> list[str]:
    """The event types the pipeline finds in ``text`` (published 2025-03-01)."""
    from dossier.clean import document_id  # spaCy: only for the nlp tier
    from dossier.extract.nlp import analyze
    from dossier.records import Document

    doc = Document(
        id=document_id(text), source="f.txt", raw_hash="x", text=text, published="2025-03-01"
    )
    (analyzed,) = list(analyze([doc], settings))
    return [e.type for e in analyzed.events]


@pytest.mark.nlp
def test_a_dated_protest_with_no_one_named_is_an_event(settings) -> None:
    assert "PROTEST" in _types("Protests on Friday drew dozens of students.", settings)


@pytest.mark.nlp
def test_an_undated_kind_of_act_with_no_one_named_is_none(settings) -> None:
    assert _types("Attacks have become more frequent.", settings) == []


# "Police rescued a kidnapped man ." with the tagger's adjective "kidnapped"
KIDNAPPED = [
    ("Police", "police", 1, "nsubj", "NOUN", "NNS"),
    ("rescued", "rescue", 1, "ROOT", "VERB", "VBD"),
    ("a", "a", 4, "det", "DET", "DT"),
    ("kidnapped", "kidnapped", 4, "amod", "ADJ", "JJ"),
    ("man", "man", 1, "dobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]


@pytest.mark.unit
def test_an_abduction_s_participle_before_a_noun_is_the_abduction_of_it() -> None:
    doc = _parse(KIDNAPPED)
    assert _trigger(doc[3]) == ("ASSAULT", "abduct")
    roles = _Roles()
    _participle_patient(doc[3], "ASSAULT", "abduct", roles)
    assert [t.text for t in roles.targets] == ["man"]


@pytest.mark.unit
def test_an_injury_s_participle_before_a_noun_is_no_act_of_its_own() -> None:
    # "the wounded man": the wounding is told by the attack's own verb
    rows = list(KIDNAPPED)
    rows[3] = ("wounded", "wounded", 4, "amod", "ADJ", "JJ")
    doc = _parse(rows)
    assert _trigger(doc[3]) is None
    roles = _Roles()
    _participle_patient(doc[3], "ASSAULT", None, roles)
    assert roles.targets == []


def _strike(kind_dep: str, verb: str, strike_dep: str, kind: str = "shutter") -> Doc:
    """ "A <kind> - down strike was <verb>ed ." with the kind hanging as ``kind_dep`` and
    "strike" as ``strike_dep`` of the verb."""
    return _parse(
        [
            ("A", "a", 4, "det", "DET", "DT"),
            (kind, kind, 4, kind_dep, "NOUN", "NN"),
            ("-", "-", 1, "punct", "PUNCT", "HYPH"),
            ("down", "down", 1, "prt", "ADP", "RP"),
            ("strike", "strike", 6, strike_dep, "NOUN", "NN"),
            ("was", "be", 6, "auxpass", "AUX", "VBD"),
            (verb + "d", verb, 6, "ROOT", "VERB", "VBN"),
            (".", ".", 6, "punct", "PUNCT", "."),
        ]
    )


@pytest.mark.unit
def test_a_shutter_down_strike_the_parser_hangs_as_nmod_is_a_protest() -> None:
    assert _trigger(_strike("nmod", "announce", "dobj")[4]) == ("PROTEST", "strike")


@pytest.mark.unit
def test_a_strike_observed_is_a_protest_and_a_drone_strike_is_not() -> None:
    assert _trigger(_strike("punct", "observe", "nsubjpass", "day")[4]) == ("PROTEST", "strike")
    drone = _strike("compound", "observe", "nsubjpass", "drone")
    assert _trigger(drone[4]) == ("ASSAULT", None)


@pytest.mark.unit
def test_an_arrest_s_participle_before_a_noun_is_no_arrest_of_its_own() -> None:
    # "Cases were registered against the arrested suspects": the arrest told before, again
    rows = list(KIDNAPPED)
    rows[3] = ("arrested", "arrest", 4, "amod", "VERB", "VBN")
    doc = _parse(rows)
    roles = _Roles()
    _participle_patient(doc[3], "COERCE", "arrest", roles)
    assert roles.targets == []
    rows[3] = ("arrested", "arrested", 4, "amod", "ADJ", "JJ")
    assert _trigger(_parse(rows)[3]) is None
