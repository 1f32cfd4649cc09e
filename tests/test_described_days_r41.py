"""Dates of events, round 41: the day a "when"/"where" clause describes.

"His mission was followed by a visit by Dar on April 19, where both sides pledged to talk and
agreed on trade": the parser hangs the "where" clause on the date, so the acts it tells
happened that day, though the date's phrase qualifies another act's noun ("visit") and the
sentence's date walk stopped there (the agreement, undated, was merged into another report's
agreement). Sentences and names written for these tests."""

from __future__ import annotations

import pytest

from dossier.extract.events.described_days import described_day
from tests.test_event_dates_r33 import _parsed

pytestmark = pytest.mark.unit

#: one row of a parse written by hand (word, part of speech, tag, dependency, head, lemma)
Row = tuple[str, str, str, str, int, str]


def _visit(opener: str) -> list[Row]:
    """ "A visit by Dar on April 19, <opener> both sides pledged to talk and agreed on trade."
    as the small model parses it: the clause a ``relcl`` of "April", the adverb under the
    infinitive, "agreed" a conjunct of "pledged"."""
    return [
        ("A", "DET", "DT", "det", 1, "a"),
        ("visit", "NOUN", "NN", "ROOT", 1, "visit"),
        ("by", "ADP", "IN", "prep", 1, "by"),
        ("Dar", "PROPN", "NNP", "pobj", 2, "Dar"),
        ("on", "ADP", "IN", "prep", 1, "on"),
        ("April", "PROPN", "NNP", "pobj", 4, "April"),
        ("19", "NUM", "CD", "nummod", 5, "19"),
        (",", "PUNCT", ",", "punct", 5, ","),
        (opener, "SCONJ", "WRB", "advmod", 13, opener),
        ("both", "DET", "DT", "det", 10, "both"),
        ("sides", "NOUN", "NNS", "nsubj", 11, "side"),
        ("pledged", "VERB", "VBD", "relcl", 5, "pledge"),
        ("to", "PART", "TO", "aux", 13, "to"),
        ("talk", "VERB", "VB", "xcomp", 11, "talk"),
        ("and", "CCONJ", "CC", "cc", 11, "and"),
        ("agreed", "VERB", "VBD", "conj", 11, "agree"),
        ("on", "ADP", "IN", "prep", 15, "on"),
        ("trade", "NOUN", "NN", "pobj", 16, "trade"),
        (".", "PUNCT", ".", "punct", 1, "."),
    ]


def _day_of(rows: list[Row], word: str, day: bool = True) -> str | None:
    """The date text :func:`described_day` gives the act ``word`` ("April 19" is the only
    date of the sentence, keyed by its parse root; ``day``: read as of day precision, else
    as a month's or a year's)."""
    doc = _parsed(rows)
    april = next(t for t in doc if t.text == "April")
    span = (april.idx, doc[april.i + 1].idx + len(doc[april.i + 1]))
    act = next(t for t in doc if t.text == word)
    found = described_day([act], {span: april}, {span} if day else set())
    return doc.text[found[0] : found[1]] if found else None


@pytest.mark.parametrize("opener", ["where", "when"])
def test_an_act_of_a_clause_on_a_date_takes_that_date(opener: str) -> None:
    # the conjunct "agreed" as well as "pledged": both are told by the clause on April 19
    assert _day_of(_visit(opener), "agreed") == "April 19"
    assert _day_of(_visit(opener), "pledged") == "April 19"


def test_a_relative_clause_not_opened_by_when_or_where_is_no_time() -> None:
    # "on April 19, which both sides pledged …": a clause about the day as a thing, no time
    assert _day_of(_visit("which"), "agreed") is None


def test_the_act_the_date_qualifies_is_not_in_the_clause() -> None:
    # "visit" itself is dated by its own phrase (place_time._attached), not by this rule
    assert _day_of(_visit("where"), "visit") is None


def _said(opener: str) -> list[Row]:
    """ "Talks ended on Monday, <opener> the minister said police arrested five." """
    return [
        ("Talks", "NOUN", "NNS", "nsubj", 1, "talk"),
        ("ended", "VERB", "VBD", "ROOT", 1, "end"),
        ("on", "ADP", "IN", "prep", 1, "on"),
        ("April", "PROPN", "NNP", "pobj", 2, "April"),
        ("7", "NUM", "CD", "nummod", 3, "7"),
        (",", "PUNCT", ",", "punct", 3, ","),
        (opener, "SCONJ", "WRB", "advmod", 9, opener),
        ("the", "DET", "DT", "det", 8, "the"),
        ("minister", "NOUN", "NN", "nsubj", 9, "minister"),
        ("said", "VERB", "VBD", "relcl", 3, "say"),
        ("police", "NOUN", "NNS", "nsubj", 11, "police"),
        ("arrested", "VERB", "VBD", "ccomp", 9, "arrest"),
        ("five", "NUM", "CD", "dobj", 11, "five"),
        (".", "PUNCT", ".", "punct", 1, "."),
    ]


def test_an_act_told_by_a_verb_of_saying_in_the_clause_keeps_no_day() -> None:
    # "…, when the minister said police arrested five": the saying's day, the arrest before it
    assert _day_of(_said("when"), "arrested") is None
    assert _day_of(_said("when"), "said") == "April 7"


def _suspects() -> list[Row]:
    """ "Police held suspects on April 3, who had attacked a post.": the clause is the
    suspects' (their act came before), not the date's."""
    return [
        ("Police", "NOUN", "NNS", "nsubj", 1, "police"),
        ("held", "VERB", "VBD", "ROOT", 1, "hold"),
        ("suspects", "NOUN", "NNS", "dobj", 1, "suspect"),
        ("on", "ADP", "IN", "prep", 1, "on"),
        ("April", "PROPN", "NNP", "pobj", 3, "April"),
        ("3", "NUM", "CD", "nummod", 4, "3"),
        (",", "PUNCT", ",", "punct", 2, ","),
        ("who", "PRON", "WP", "nsubj", 9, "who"),
        ("had", "AUX", "VBD", "aux", 9, "have"),
        ("attacked", "VERB", "VBN", "relcl", 2, "attack"),
        ("a", "DET", "DT", "det", 11, "a"),
        ("post", "NOUN", "NN", "dobj", 9, "post"),
        (".", "PUNCT", ".", "punct", 1, "."),
    ]


def test_a_participants_relative_clause_takes_no_date() -> None:
    assert _day_of(_suspects(), "attacked") is None


def _exchange(prep: str = "on") -> list[Row]:
    """ "Two men were killed in an exchange of fire <prep> Wednesday, during which a policeman
    was martyred." as the small model parses it: the clause a ``relcl`` of "exchange", the
    date under "on" on the same noun."""
    return [
        ("Two", "NUM", "CD", "nummod", 1, "two"),
        ("men", "NOUN", "NNS", "nsubjpass", 3, "man"),
        ("were", "AUX", "VBD", "auxpass", 3, "be"),
        ("killed", "VERB", "VBN", "ROOT", 3, "kill"),
        ("in", "ADP", "IN", "prep", 3, "in"),
        ("an", "DET", "DT", "det", 6, "an"),
        ("exchange", "NOUN", "NN", "pobj", 4, "exchange"),
        ("of", "ADP", "IN", "prep", 6, "of"),
        ("fire", "NOUN", "NN", "pobj", 7, "fire"),
        (prep, "ADP", "IN", "prep", 6, prep),
        ("April", "PROPN", "NNP", "pobj", 9, "April"),
        ("9", "NUM", "CD", "nummod", 10, "9"),
        (",", "PUNCT", ",", "punct", 6, ","),
        ("during", "ADP", "IN", "prep", 18, "during"),
        ("which", "PRON", "WDT", "pobj", 13, "which"),
        ("a", "DET", "DT", "det", 16, "a"),
        ("policeman", "NOUN", "NN", "nsubjpass", 18, "policeman"),
        ("was", "AUX", "VBD", "auxpass", 18, "be"),
        ("martyred", "VERB", "VBN", "relcl", 6, "martyr"),
        (".", "PUNCT", ".", "punct", 3, "."),
    ]


def test_an_act_during_an_occasion_takes_the_occasions_date() -> None:
    assert _day_of(_exchange(), "martyred") == "April 9"


def test_an_occasion_dated_by_another_preposition_lends_nothing() -> None:
    # "an exchange of fire since April 9, during which …": a span, not the occasion's day
    assert _day_of(_exchange("since"), "martyred") is None


def _accused() -> list[Row]:
    """ "A case was filed on April 2, in which he was accused of killing a guard." """
    return [
        ("A", "DET", "DT", "det", 1, "a"),
        ("case", "NOUN", "NN", "nsubjpass", 3, "case"),
        ("was", "AUX", "VBD", "auxpass", 3, "be"),
        ("filed", "VERB", "VBN", "ROOT", 3, "file"),
        ("on", "ADP", "IN", "prep", 3, "on"),
        ("April", "PROPN", "NNP", "pobj", 4, "April"),
        ("2", "NUM", "CD", "nummod", 5, "2"),
        (",", "PUNCT", ",", "punct", 5, ","),
        ("in", "ADP", "IN", "prep", 12, "in"),
        ("which", "PRON", "WDT", "pobj", 8, "which"),
        ("he", "PRON", "PRP", "nsubjpass", 12, "he"),
        ("was", "AUX", "VBD", "auxpass", 12, "be"),
        ("accused", "VERB", "VBN", "relcl", 5, "accuse"),
        ("of", "ADP", "IN", "prep", 12, "of"),
        ("killing", "VERB", "VBG", "pcomp", 13, "kill"),
        ("a", "DET", "DT", "det", 16, "a"),
        ("guard", "NOUN", "NN", "dobj", 14, "guard"),
        (".", "PUNCT", ".", "punct", 3, "."),
    ]


def test_an_act_named_inside_the_clauses_phrase_is_not_dated_by_it() -> None:
    # the accusation was made that day; the killing it is about came before
    assert _day_of(_accused(), "accused") == "April 2"
    assert _day_of(_accused(), "killing") is None


def test_an_occasion_dated_by_a_month_lends_nothing() -> None:
    # "a wave of massacres in March, in which forces killed 1,700": a toll over the month
    assert _day_of(_exchange(), "martyred", day=False) is None


def test_a_clause_on_a_month_itself_takes_it() -> None:
    # "in April 2024, when drones hit Iran": the clause describes the month
    assert _day_of(_visit("when"), "agreed", day=False) == "April 19"
