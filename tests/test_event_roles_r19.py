"""Actors of session 19 (issue 15 item 3, roles from the grammar), read from the actor errors
of the read sets ``check5``–``check12``: who is arrested, booked or charged *for* an act is
who is alleged to have done it ("arrested five suspects for their alleged involvement in the
gang rape of a child", "two suspects were arrested in connection with an alleged gang rape",
"detained three men over the shooting"); a name that only modifies a participant's head word
is not that participant ("gunmen stormed a Kabul hotel": the hotel, not Kabul). Unit tests
read hand-built parses; the end-to-end ones run the pipeline on fictional sentences."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dossier.extract.events.roles import _charging_verb, _held_for
from dossier.kb.event_reports import _arg
from dossier.kb.span_mentions import described_by_name
from dossier.records import Mention
from tests.test_event_what_r14 import VOCAB
from tests.test_events import _events, _one

Row = tuple[str, str, int, str, str, str]


def _doc(rows: list[Row]) -> Doc:
    """A parse from rows of (word, lemma, head index, dependency, POS, tag)."""
    words, lemmas, heads, deps, pos, tags = (list(col) for col in zip(*rows, strict=True))
    return Doc(VOCAB, words=words, lemmas=lemmas, heads=heads, deps=deps, pos=pos, tags=tags)


# "Police arrested two men for their involvement in the attack ." -- the "for" phrase on the
# verb (``on_verb``) or, as the small model often hangs it, on the men
def _involvement(verb: str, lemma: str, on_verb: bool, share: str = "involvement") -> Doc:
    return _doc(
        [
            ("Police", "police", 1, "nsubj", "NOUN", "NNS"),
            (verb, lemma, 1, "ROOT", "VERB", "VBD"),
            ("two", "two", 3, "nummod", "NUM", "CD"),
            ("men", "man", 1, "dobj", "NOUN", "NNS"),
            ("for", "for", 1 if on_verb else 3, "prep", "ADP", "IN"),
            ("their", "their", 6, "poss", "PRON", "PRP$"),
            (share, share, 4, "pobj", "NOUN", "NN"),
            ("in", "in", 6, "prep", "ADP", "IN"),
            ("the", "the", 9, "det", "DET", "DT"),
            ("attack", "attack", 7, "pobj", "NOUN", "NN"),
            (".", ".", 1, "punct", "PUNCT", "."),
        ]
    )


@pytest.mark.unit
@pytest.mark.parametrize("on_verb", [True, False])
@pytest.mark.parametrize(
    ("verb", "lemma", "held"),
    [
        ("arrested", "arrest", True),
        ("booked", "book", True),
        ("praised", "praise", False),
        ("blamed", "blame", False),
    ],
)
def test_who_is_arrested_for_a_share_in_an_act_did_it(verb, lemma, held, on_verb):
    doc = _involvement(verb, lemma, on_verb)
    assert [t.text for t in _held_for(doc[9], "ASSAULT")] == (["men"] if held else [])


@pytest.mark.unit
def test_a_share_that_is_no_involvement_names_no_one():
    doc = _involvement("arrested", "arrest", True, share="wake")
    assert _charging_verb(doc[9]) is None
    assert _held_for(doc[9], "ASSAULT") == []


@pytest.mark.unit
def test_an_arrest_held_for_an_arrest_is_no_such_act():
    doc = _involvement("arrested", "arrest", True)
    assert _charging_verb(doc[9]).i == 1
    assert _held_for(doc[9], "COERCE") == []


# "Two men were arrested in connection with the attack ."
CONNECTION: list[Row] = [
    ("Two", "two", 1, "nummod", "NUM", "CD"),
    ("men", "man", 3, "nsubjpass", "NOUN", "NNS"),
    ("were", "be", 3, "auxpass", "AUX", "VBD"),
    ("arrested", "arrest", 3, "ROOT", "VERB", "VBN"),
    ("in", "in", 3, "prep", "ADP", "IN"),
    ("connection", "connection", 4, "pobj", "NOUN", "NN"),
    ("with", "with", 5, "prep", "ADP", "IN"),
    ("the", "the", 8, "det", "DET", "DT"),
    ("attack", "attack", 6, "pobj", "NOUN", "NN"),
    (".", ".", 3, "punct", "PUNCT", "."),
]


@pytest.mark.unit
def test_who_is_arrested_in_connection_with_an_act_did_it():
    doc = _doc(CONNECTION)
    assert _charging_verb(doc[8]).i == 3
    assert [t.text for t in _held_for(doc[8], "ASSAULT")] == ["men"]


@pytest.mark.unit
def test_with_what_is_no_connection_names_no_one():
    rows = list(CONNECTION)
    rows[5] = ("clash", "clash", 4, "pobj", "NOUN", "NN")
    doc = _doc(rows)
    assert _held_for(doc[8], "ASSAULT") == []


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("text", "trigger", "held"),
    [
        (
            "Last month, police in Lahore arrested five suspects for their alleged involvement "
            "in the gang rape of a child.",
            "rape",
            "five suspects",
        ),
        (
            "In March, two suspects were arrested in connection with the alleged gang rape of "
            "a woman in Faisalabad.",
            "rape",
            "two suspects",
        ),
        (
            "Police on Monday arrested two men in connection with the attack on a police "
            "station in Bannu.",
            "attack",
            "two men",
        ),
    ],
)
def test_the_ones_arrested_for_an_act_are_its_actors(text, trigger, held, settings):
    event = _one(_events(text, settings), "ASSAULT", trigger)
    assert held in event.actors
    assert not any("olice" in a for a in event.actors)


@pytest.mark.nlp
def test_the_arrest_keeps_its_police_and_its_arrested(settings):
    events = _events(
        "Police on Monday arrested two men in connection with the attack on a police station "
        "in Bannu.",
        settings,
    )
    arrest = _one(events, "COERCE")
    assert arrest.actors == ("Police",)
    assert arrest.targets == ("two men",)


def _stored(text: str, phrase: str, name: str, label: str = "GPE") -> dict:
    """The stored participant for ``phrase`` of ``text``, with ``name`` its one mention."""
    start, at = text.index(phrase), text.index(name)
    mention = Mention(at, at + len(name), name, label, name.lower(), 0)
    return _arg("target", (start, start + len(phrase)), text, [mention])


@pytest.mark.unit
@pytest.mark.parametrize(
    ("text", "phrase", "name"),
    [
        ("Gunmen stormed a Kabul hotel.", "a Kabul hotel", "Kabul"),
        ("The Punjab police arrested two men.", "The Punjab police", "Punjab"),
        ("ISIS targeted the Damascus shrine.", "the Damascus shrine", "Damascus"),
    ],
)
def test_a_name_that_only_modifies_a_participant_is_not_it(text, phrase, name):
    stored = _stored(text, phrase, name)
    assert stored["key"] is None
    assert stored["text"] == phrase


@pytest.mark.unit
@pytest.mark.parametrize(
    ("text", "phrase", "name"),
    [
        ("Gunmen attacked Kabul.", "Kabul", "Kabul"),
        ("Police arrested members of Hamas.", "members of Hamas", "Hamas"),
        ("Troops shelled Kabul's.", "Kabul's", "Kabul"),
    ],
)
def test_a_name_at_the_head_of_a_participant_is_it(text, phrase, name):
    stored = _stored(text, phrase, name)
    assert stored["key"] == name.lower()
    assert stored["text"] == name


@pytest.mark.unit
def test_a_description_ends_after_its_name():
    text = "The Israeli military said."
    mention = Mention(4, 11, "Israeli", "NORP", "israeli", 0)
    assert described_by_name((0, 20), mention, text)
    assert not described_by_name((4, 11), mention, text)


@pytest.mark.unit
@pytest.mark.parametrize(
    ("text", "phrase", "name"),
    [
        ("Hamas fighters attacked the post.", "Hamas fighters", "Hamas"),
        ("Police raided a cell of seven TTP men.", "a cell of seven TTP men", "TTP"),
        ("The army trained the group's fighters.", "the group's fighters", "the group"),
    ],
)
def test_an_organisation_named_before_its_members_is_the_participant(text, phrase, name):
    # the group acts, or is acted on, through its fighters, men or cell
    stored = _stored(text, phrase, name, label="ORG")
    assert stored["key"] == name.lower()


@pytest.mark.unit
def test_a_place_or_people_before_a_members_word_stays_a_description():
    # "Punjab police" is not Punjab, and "Pakistani workers" are not a party's members
    assert (
        _stored("Pakistani workers were killed.", "Pakistani workers", "Pakistani", "NORP")["key"]
        is None
    )
    assert _stored("Gunmen shot Kabul men.", "Kabul men", "Kabul")["key"] is None
