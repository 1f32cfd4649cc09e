"""Dates of events, round 33: a date read inside an event noun's phrase ("the October 7, 2023
attack", "a November 27 ceasefire") is that noun's date, wherever the parser hung it, and
never the lone day of another act of the sentence. Sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from dossier.extract.events.place_time import _modified_noun
from dossier.records import Document


def _parsed(rows: list[tuple[str, str, str, str, int, str]]) -> Doc:
    """A parse written by hand (word, part of speech, tag, dependency, head, lemma): the
    attachment rules read the parse only, so no model is needed to test them."""
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(rows) and rows[i + 1][0] not in (",", ".") for i in range(len(rows))]
    return Doc(
        spacy.blank("en").vocab,  # the English word shapes ("After" reads "after"), no model
        words=words,
        spaces=spaces,
        pos=[r[1] for r in rows],
        tags=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        lemmas=[r[5] for r in rows],
    )


# "Israel accused him of taking part in the October 7, 2023 attack." parsed as the small
# model parses it: the date is the object of "in", "attack" the object of "taking"
_MISPARSED = [
    ("Israel", "PROPN", "NNP", "nsubj", 1, "Israel"),
    ("accused", "VERB", "VBD", "ROOT", 1, "accuse"),
    ("him", "PRON", "PRP", "dobj", 1, "he"),
    ("of", "ADP", "IN", "prep", 1, "of"),
    ("taking", "VERB", "VBG", "pcomp", 3, "take"),
    ("part", "NOUN", "NN", "dobj", 4, "part"),
    ("in", "ADP", "IN", "prep", 4, "in"),
    ("the", "DET", "DT", "det", 8, "the"),
    ("October", "PROPN", "NNP", "pobj", 6, "October"),
    ("7", "NUM", "CD", "nummod", 8, "7"),
    (",", "PUNCT", ",", "punct", 8, ","),
    ("2023", "NUM", "CD", "nummod", 12, "2023"),
    ("attack", "NOUN", "NN", "dobj", 4, "attack"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


@pytest.mark.unit
def test_a_date_between_a_determiner_and_an_event_noun_is_that_nouns():
    doc = _parsed(_MISPARSED)
    date = doc[7:12]  # "the October 7, 2023"
    start, end = date.start_char, date.end_char
    # the parse alone sees no noun the date qualifies; the words do
    assert _modified_noun(doc[8], end) is None
    noun = _modified_noun(doc[8], end, start)
    assert noun is not None and noun.text == "attack"


@pytest.mark.unit
def test_a_date_before_a_clause_subject_qualifies_no_noun():
    # "On the same day police arrested two men.": a date, then the clause's subject (no
    # event noun), is the clause's date
    doc = _parsed(
        [
            ("On", "ADP", "IN", "prep", 5, "on"),
            ("the", "DET", "DT", "det", 3, "the"),
            ("same", "ADJ", "JJ", "amod", 3, "same"),
            ("day", "NOUN", "NN", "pobj", 0, "day"),
            ("police", "NOUN", "NNS", "nsubj", 5, "police"),
            ("arrested", "VERB", "VBD", "ROOT", 5, "arrest"),
            ("two", "NUM", "CD", "nummod", 7, "two"),
            ("men", "NOUN", "NNS", "dobj", 5, "man"),
            (".", "PUNCT", ".", "punct", 5, "."),
        ]
    )
    date = doc[1:4]
    assert _modified_noun(doc[3], date.end_char, date.start_char) is None


def _dated(nlp, sentence: str, published: str) -> dict[str, tuple[str | None, bool]]:
    from dossier.extract.nlp import analyze_doc

    document = Document(id="d", source="s", raw_hash="h", text=sentence, published=published)
    analyzed = analyze_doc(document, nlp(sentence))
    times = {(t.start, t.end): t for t in analyzed.times}
    return {
        sentence[e.trigger[0] : e.trigger[1]]: (
            times[e.time].value_start if e.time is not None else None,
            e.time_of_report,
        )
        for e in analyzed.events
    }


@pytest.mark.nlp
def test_an_accusation_does_not_take_the_date_of_the_attack_it_names(nlp):
    dated = _dated(
        nlp,
        "The army accused the commander, who has thousands of followers online, of taking part "
        "in the October 7, 2023 attack by the group.",
        "2025-05-14",
    )
    assert dated.get("accused", (None, False))[0] is None, dated
    assert dated.get("attack") == ("2023-10-07", False), dated


@pytest.mark.nlp
def test_a_date_of_the_acts_own_noun_phrase_dates_it_beside_the_clauses_day(nlp):
    dated = _dated(
        nlp,
        "Police on Tuesday arrested two men over the March 2, 2025 bombing of a market.",
        "2025-05-14",
    )
    assert dated["arrested"][0] == "2025-05-13", dated
    assert dated["bombing"][0] == "2025-03-02", dated
