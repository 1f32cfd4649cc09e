"""Places of events, session 19 (issue 15, item 3: place = the most specific place the
sentence states, else the dateline's). The dateline's town ("ISLAMABAD, Jan 12 (APP):") is
never the first sentence's own place; a name the model tagged a GPE that the gazetteer
lacks and the sentence does not write where a place goes ("identified as Adeel and
Zeeshan") is no place. Unit tests read hand-built parses (no model)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dossier.extract.events.place_time import (
    _dateline_end,
    _name_out_of_place,
    _sentence_place,
)
from dossier.records import Mention
from tests import hand_parses
from tests.one_article import rule_context

# ------------------------------------------------------------------ the dateline's place

VOCAB = hand_parses.VOCAB  # one blank English vocabulary for every hand-built parse


def _filed(place: str | None) -> Doc:
    """ "PESHAWAR : Police arrested two men [in <place>] ." as one parsed sentence."""
    rows = [
        ("PESHAWAR", 3, "npadvmod", "PROPN", "B-GPE"),
        (":", 3, "punct", "PUNCT", "O"),
        ("Police", 3, "nsubj", "NOUN", "O"),
        ("arrested", 3, "ROOT", "VERB", "O"),
        ("two", 5, "nummod", "NUM", "O"),
        ("men", 3, "dobj", "NOUN", "O"),
    ]
    if place:
        rows += [("in", 3, "prep", "ADP", "O"), (place, 6, "pobj", "PROPN", "B-GPE")]
    rows.append((".", 3, "punct", "PUNCT", "O"))
    words, heads, deps, pos, iob = (list(col) for col in zip(*rows, strict=True))
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, ents=iob)


@pytest.mark.unit
def test_the_datelines_place_is_not_the_first_sentences_own():
    doc = _filed(None)
    context = rule_context(doc)
    assert _dateline_end(context) == len("PESHAWAR : ")  # where "Police" starts
    # the dateline's town is left to the store, which files it as the dateline's place
    assert _sentence_place(doc[3], (), context) is None
    doc = _filed("Bannu")
    found = _sentence_place(doc[3], (), rule_context(doc))
    assert found is not None and doc.text[found[0] : found[1]] == "Bannu"


@pytest.mark.unit
def test_a_text_without_a_dateline_keeps_its_first_place():
    rows = [
        ("Peshawar", 1, "nsubj", "PROPN", "B-GPE"),
        ("saw", 1, "ROOT", "VERB", "O"),
        ("clashes", 1, "dobj", "NOUN", "O"),
        (".", 1, "punct", "PUNCT", "O"),
    ]
    words, heads, deps, pos, iob = (list(col) for col in zip(*rows, strict=True))
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, ents=iob)
    assert _dateline_end(rule_context(doc)) == 0


# ------------------------------------------------------------------ a man's name tagged a place


def _gpe(text: str, name: str) -> Mention:
    at = text.index(name)
    return Mention(at, at + len(name), name, "GPE", name.lower(), 0)


@pytest.mark.unit
def test_an_unknown_name_tagged_a_place_outside_a_place_slot_is_no_place():
    text = "He said police arrested two dacoits, identified as Muhammad Adeel and Zeeshan."
    assert _name_out_of_place(_gpe(text, "Zeeshan"), text, 0)


@pytest.mark.unit
def test_an_unknown_name_written_where_a_place_goes_stays_a_place():
    for text, name in (
        ("Two women were murdered in the Lohi Bher area.", "Lohi Bher"),
        ("Police exchanged fire with four dacoits near Tarnol.", "Tarnol"),
        ("Militants attacked Shakai village on Monday.", "Shakai"),  # a place noun follows
    ):
        assert not _name_out_of_place(_gpe(text, name), text, 0), name
    # a town the gazetteer holds is a place in any slot; another label is left alone
    text = "Quetta saw clashes on Monday."
    assert not _name_out_of_place(_gpe(text, "Quetta"), text, 0)
    loc = Mention(0, 7, "Zeeshan", "LOC", "zeeshan", 0)
    assert not _name_out_of_place(loc, "Zeeshan was calm.", 0)
