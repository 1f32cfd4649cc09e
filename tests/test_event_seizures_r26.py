"""Seizures and listed places (session 26, issue 15 item 5): goods seized or recovered with no
one held are no event (the label guide's recoveries rule: "a weapons cache seized in a raid
with no arrest gets no row"), while a person or a place seized stays one; an arrest listed over
five places is one incident per place (the guide's "Listed places (session 26)" ruling), over
six or more one round-up. Unit tests read hand-built parses (no model)."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from dossier.extract.events.assembly import _one_per_place, extract_events
from dossier.records import EventMention, Mention
from tests.test_event_what_r14 import _parse

pytestmark = pytest.mark.unit

VOCAB = English().vocab

# "Police seized weapons ."
SEIZED_GOODS = [
    ("Police", "police", 1, "nsubj", "NOUN", "NNS"),
    ("seized", "seize", 1, "ROOT", "VERB", "VBD"),
    ("weapons", "weapon", 1, "dobj", "NOUN", "NNS"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "Weapons were seized from the dead terrorists ."
SEIZED_FROM_THE_DEAD = [
    ("Weapons", "weapon", 2, "nsubjpass", "NOUN", "NNS"),
    ("were", "be", 2, "auxpass", "AUX", "VBD"),
    ("seized", "seize", 2, "ROOT", "VERB", "VBN"),
    ("from", "from", 2, "prep", "ADP", "IN"),
    ("the", "the", 6, "det", "DET", "DT"),
    ("dead", "dead", 6, "amod", "ADJ", "JJ"),
    ("terrorists", "terrorist", 3, "pobj", "NOUN", "NNS"),
    (".", ".", 2, "punct", "PUNCT", "."),
]


def _seized(what: str, lemma: str) -> list[tuple[str, str, int, str, str, str]]:
    """ "Rebels seized the <what> ." """
    return [
        ("Rebels", "rebel", 1, "nsubj", "NOUN", "NNS"),
        ("seized", "seize", 1, "ROOT", "VERB", "VBD"),
        ("the", "the", 3, "det", "DET", "DT"),
        (what, lemma, 1, "dobj", "NOUN", "NN"),
        (".", ".", 1, "punct", "PUNCT", "."),
    ]


def _coerced(rows: list[tuple[str, str, int, str, str, str]]) -> list[EventMention]:
    return [e for e in extract_events(_parse(rows), [], [], {0: 0}) if e.type == "COERCE"]


# "Officials caught the driver and seized the tanker ."
CAUGHT_AND_SEIZED = [
    ("Officials", "official", 1, "nsubj", "NOUN", "NNS"),
    ("caught", "catch", 1, "ROOT", "VERB", "VBD"),
    ("the", "the", 3, "det", "DET", "DT"),
    ("driver", "driver", 1, "dobj", "NOUN", "NN"),
    ("and", "and", 1, "cc", "CCONJ", "CC"),
    ("seized", "seize", 1, "conj", "VERB", "VBD"),
    ("the", "the", 7, "det", "DET", "DT"),
    ("tanker", "tanker", 5, "dobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]


def test_goods_seized_with_no_one_held_are_no_event() -> None:
    assert _coerced(SEIZED_GOODS) == []
    assert _coerced(SEIZED_FROM_THE_DEAD) == []
    assert _coerced(_seized("trailer", "trailer")) == []


def test_a_town_a_post_or_a_person_seized_stays_an_event() -> None:
    assert len(_coerced(_seized("town", "town"))) == 1
    assert len(_coerced(_seized("checkpost", "checkpost"))) == 1
    assert len(_coerced(_seized("journalist", "journalist"))) == 1


def test_goods_seized_beside_someone_caught_stay_the_incident() -> None:
    assert len(_coerced(CAUGHT_AND_SEIZED)) == 1


def _listed(count: int, subject: str = "Police") -> tuple[Doc, EventMention, list[Mention]]:
    """ "<subject> arrested suspects from A , B , ... and <last> ." with ``count`` places."""
    names = ["Rawalpindi", "Gujranwala", "Peshawar", "Sukkur", "Abbottabad", "Multan"][:count]
    words = [subject, "arrested", "suspects", "from", names[0]]
    heads = [1, 1, 1, 1, 3]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pobj"]
    pos = ["PRON" if subject == "They" else "NOUN", "VERB", "NOUN", "ADP", "PROPN"]
    for n, name in enumerate(names[1:], start=1):
        if n == count - 1:
            words += ["and"]
            heads += [4]
            deps += ["cc"]
            pos += ["CCONJ"]
        else:
            words += [","]
            heads += [4]
            deps += ["punct"]
            pos += ["PUNCT"]
        words += [name]
        heads += [4]
        deps += ["conj"]
        pos += ["PROPN"]
    words += ["."]
    heads += [1]
    deps += ["punct"]
    pos += ["PUNCT"]
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos)
    verb, first = doc[1], doc[4]
    event = EventMention(
        type="COERCE",
        mode="arrest",
        trigger=(verb.idx, verb.idx + len(verb)),
        start=0,
        end=len(doc.text),
        sentence=0,
        actors=((0, len(doc[0])),),
        targets=((doc[2].idx, doc[2].idx + len(doc[2])),),
        location=(first.idx, first.idx + len(first)),
    )
    places = [
        Mention(t.idx, t.idx + len(t), t.text, "GPE", t.lower_, 0) for t in doc if t.text in names
    ]
    return doc, event, places


def test_an_arrest_listed_over_five_places_is_one_incident_per_place() -> None:
    doc, event, places = _listed(5)
    out = _one_per_place([event], doc, places)
    assert [doc.text[e.location[0] : e.location[1]] for e in out if e.location] == [
        "Rawalpindi",
        "Gujranwala",
        "Peshawar",
        "Sukkur",
        "Abbottabad",
    ]


def test_an_arrest_listed_over_six_places_is_one_round_up() -> None:
    doc, event, places = _listed(6)
    assert _one_per_place([event], doc, places) == [event]


def test_a_five_place_list_told_again_of_those_counted_is_one_round_up() -> None:
    doc, event, places = _listed(5, subject="They")
    assert _one_per_place([event], doc, places) == [event]
