"""Material acts the export missed (session 21): a coordinated passive clause whose subject the
parser hung elsewhere ("… recovered from a vehicle intercepted near X, Islamabad and a suspect
was arrested") is an arrest of its own, and a recovery from a person searched ("hashish was
recovered from a suspect") is a seizure from that person, not from no one. Unit tests read
hand-built parses (no model)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dossier.extract.events.assembly import _stranded_passive, _stranded_subject
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
