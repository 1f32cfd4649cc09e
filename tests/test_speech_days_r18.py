"""Relative days a speaker said count from the day of speaking (issue 15, round 18): "Speaking on
Monday, the minister said the attack two days ago ..." is the Saturday before that Monday, not
two days before the paper printed it. The parse is written out by hand (no model): the rule
reads only heads, dependency labels, lemmas and tags."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from dossier.extract.timex import find_times

#: Friday: the paper's day, four days after the Monday the statements were made
PUBLISHED = "2025-03-14"

#: (word, head index, dependency, part of speech, tag, lemma)
Row = tuple[str, int, str, str, str, str]


def _doc(rows: list[Row]) -> Doc:
    words = [r[0] for r in rows]
    return Doc(
        Vocab(),
        words=words,
        spaces=[not (i + 1 < len(words) and words[i + 1] in ".,") for i in range(len(words))],
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        tags=[r[4] for r in rows],
        lemmas=[r[5] for r in rows],
    )


def _values(rows: list[Row], published: str | None = PUBLISHED) -> dict[str, str | None]:
    return {t.text: t.value_start for t in find_times(_doc(rows), published, {0: 0})}


def _said_on_monday_that(tail: list[Row]) -> list[Row]:
    """ "The minister said on Monday that militants attacked the post <tail>." (tail's heads
    are absolute; "attacked" is token 7)"""
    return [
        ("The", 1, "det", "DET", "DT", "the"),
        ("minister", 2, "nsubj", "NOUN", "NN", "minister"),
        ("said", 2, "ROOT", "VERB", "VBD", "say"),
        ("on", 2, "prep", "ADP", "IN", "on"),
        ("Monday", 3, "pobj", "PROPN", "NNP", "Monday"),
        ("that", 7, "mark", "SCONJ", "IN", "that"),
        ("militants", 7, "nsubj", "NOUN", "NNS", "militant"),
        ("attacked", 2, "ccomp", "VERB", "VBD", "attack"),
        ("the", 9, "det", "DET", "DT", "the"),
        ("post", 7, "dobj", "NOUN", "NN", "post"),
        *tail,
        (".", 2, "punct", "PUNCT", ".", "."),
    ]


def test_yesterday_in_what_was_said_on_monday_is_sunday():
    rows = _said_on_monday_that([("yesterday", 7, "npadvmod", "NOUN", "NN", "yesterday")])
    assert _values(rows) == {"Monday": "2025-03-10", "yesterday": "2025-03-09"}


def test_days_ago_count_from_the_occasion_of_speaking():
    # "Speaking on Monday, the minister said the attack two days ago killed five people."
    rows: list[Row] = [
        ("Speaking", 6, "advcl", "VERB", "VBG", "speak"),
        ("on", 0, "prep", "ADP", "IN", "on"),
        ("Monday", 1, "pobj", "PROPN", "NNP", "Monday"),
        (",", 6, "punct", "PUNCT", ",", ","),
        ("the", 5, "det", "DET", "DT", "the"),
        ("minister", 6, "nsubj", "NOUN", "NN", "minister"),
        ("said", 6, "ROOT", "VERB", "VBD", "say"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("attack", 12, "nsubj", "NOUN", "NN", "attack"),
        ("two", 10, "nummod", "NUM", "CD", "two"),
        ("days", 11, "npadvmod", "NOUN", "NNS", "day"),
        ("ago", 12, "advmod", "ADV", "RB", "ago"),
        ("killed", 6, "ccomp", "VERB", "VBD", "kill"),
        ("five", 14, "nummod", "NUM", "CD", "five"),
        ("people", 12, "dobj", "NOUN", "NNS", "people"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ]
    assert _values(rows) == {"Monday": "2025-03-10", "two days ago": "2025-03-08"}
    # an occasion that is not one of speaking ("Arriving on Monday") dates no speech
    rows[0] = ("Arriving", 6, "advcl", "VERB", "VBG", "arrive")
    assert _values(rows)["two days ago"] == "2025-03-12"


def test_a_week_ago_in_a_quotation_told_on_friday():
    # "“We lost three men a week ago,” the commander told reporters on Friday." in Tuesday
    # 18 March's paper: the week before Friday 14 March (3-9 March), not the week before
    # the Tuesday (10-16 March)
    rows: list[Row] = [
        ("“", 11, "punct", "PUNCT", "``", "“"),
        ("We", 2, "nsubj", "PRON", "PRP", "we"),
        ("lost", 11, "ccomp", "VERB", "VBD", "lose"),
        ("three", 4, "nummod", "NUM", "CD", "three"),
        ("men", 2, "dobj", "NOUN", "NNS", "man"),
        ("a", 6, "det", "DET", "DT", "a"),
        ("week", 7, "npadvmod", "NOUN", "NN", "week"),
        ("ago", 2, "advmod", "ADV", "RB", "ago"),
        ("”", 11, "punct", "PUNCT", "''", "”"),
        ("the", 10, "det", "DET", "DT", "the"),
        ("commander", 11, "nsubj", "NOUN", "NN", "commander"),
        ("told", 11, "ROOT", "VERB", "VBD", "tell"),
        ("reporters", 11, "dobj", "NOUN", "NNS", "reporter"),
        ("on", 11, "prep", "ADP", "IN", "on"),
        ("Friday", 13, "pobj", "PROPN", "NNP", "Friday"),
        (".", 11, "punct", "PUNCT", ".", "."),
    ]
    found = find_times(_doc(rows), "2025-03-18", {0: 0})
    values = {t.text: (t.value_start, t.value_end) for t in found}
    assert values == {
        "a week ago": ("2025-03-03", "2025-03-09"),
        "Friday": ("2025-03-14", "2025-03-14"),
    }


def test_the_day_of_the_telling_itself_is_not_moved():
    # "Police said yesterday that militants attacked the post on Monday": "yesterday" dates
    # the saying, counted from the paper's day
    rows: list[Row] = [
        ("Police", 1, "nsubj", "NOUN", "NNS", "police"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("yesterday", 1, "npadvmod", "NOUN", "NN", "yesterday"),
        ("that", 5, "mark", "SCONJ", "IN", "that"),
        ("militants", 5, "nsubj", "NOUN", "NNS", "militant"),
        ("attacked", 1, "ccomp", "VERB", "VBD", "attack"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("post", 5, "dobj", "NOUN", "NN", "post"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _values(rows) == {"yesterday": "2025-03-13"}


def test_without_a_day_of_speaking_before_the_paper_s_the_paper_s_day_counts():
    # "The minister said loudly that militants attacked the post yesterday": no day of
    # speaking, so the paper's
    rows = _said_on_monday_that([("yesterday", 7, "npadvmod", "NOUN", "NN", "yesterday")])
    rows[3:5] = [("loudly", 2, "advmod", "ADV", "RB", "loudly")]
    rows = [(w, h - 1 if h > 3 else h, d, p, t, lm) for w, h, d, p, t, lm in rows]
    assert _values(rows) == {"yesterday": "2025-03-13"}
    # a day of speaking after the paper's is a misreading, not an anchor
    late = _said_on_monday_that([("yesterday", 7, "npadvmod", "NOUN", "NN", "yesterday")])
    late[4] = ("2025-03-20", 3, "pobj", "NUM", "CD", "2025-03-20")
    assert _values(late)["yesterday"] == "2025-03-13"
    late[4] = ("2025-03-11", 3, "pobj", "NUM", "CD", "2025-03-11")
    assert _values(late)["yesterday"] == "2025-03-10"


def test_a_verb_that_does_not_report_speech_is_not_an_anchor():
    # "The minister arrived on Monday after militants attacked the post yesterday."
    rows = _said_on_monday_that([("yesterday", 7, "npadvmod", "NOUN", "NN", "yesterday")])
    rows[2] = ("arrived", 2, "ROOT", "VERB", "VBD", "arrive")
    rows[7] = ("attacked", 2, "advcl", "VERB", "VBD", "attack")
    assert _values(rows)["yesterday"] == "2025-03-13"


def test_an_undated_paper_still_leaves_relative_days_unresolved():
    rows = _said_on_monday_that([("yesterday", 7, "npadvmod", "NOUN", "NN", "yesterday")])
    assert _values(rows, None) == {"Monday": None, "yesterday": None}


def test_the_day_of_the_statement_the_speech_verb_opens_with():
    # "In a statement issued on Wednesday, the ministry said militants attacked the post
    # yesterday." (Friday's paper): Tuesday, the day before the statement
    rows: list[Row] = [
        ("In", 9, "prep", "ADP", "IN", "in"),
        ("a", 2, "det", "DET", "DT", "a"),
        ("statement", 0, "pobj", "NOUN", "NN", "statement"),
        ("issued", 2, "acl", "VERB", "VBN", "issue"),
        ("on", 3, "prep", "ADP", "IN", "on"),
        ("Wednesday", 4, "pobj", "PROPN", "NNP", "Wednesday"),
        (",", 9, "punct", "PUNCT", ",", ","),
        ("the", 8, "det", "DET", "DT", "the"),
        ("ministry", 9, "nsubj", "NOUN", "NN", "ministry"),
        ("said", 9, "ROOT", "VERB", "VBD", "say"),
        ("militants", 11, "nsubj", "NOUN", "NNS", "militant"),
        ("attacked", 9, "ccomp", "VERB", "VBD", "attack"),
        ("the", 13, "det", "DET", "DT", "the"),
        ("post", 11, "dobj", "NOUN", "NN", "post"),
        ("yesterday", 11, "npadvmod", "NOUN", "NN", "yesterday"),
        (".", 9, "punct", "PUNCT", ".", "."),
    ]
    assert _values(rows) == {"Wednesday": "2025-03-12", "yesterday": "2025-03-11"}
    # a noun that is not an occasion of speaking ("In a raid on Wednesday, ...") dates none
    rows[2] = ("raid", 0, "pobj", "NOUN", "NN", "raid")
    assert _values(rows)["yesterday"] == "2025-03-13"


def test_a_span_that_is_its_sentences_root_modifies_no_verb() -> None:
    """A date span whose root heads its sentence ("Monday" parsed as the ROOT) dates no verb:
    the test compares positions, since spaCy's ``token.head is token`` is never true."""
    from dossier.extract.timex import _clause_verb

    doc = _doc(
        [
            ("Said", 0, "ROOT", "VERB", "VBD", "say"),
            ("Monday", 0, "npadvmod", "PROPN", "NNP", "Monday"),
        ]
    )
    assert _clause_verb(doc[0:1]) is None
    assert _clause_verb(doc[1:2]).i == 0
