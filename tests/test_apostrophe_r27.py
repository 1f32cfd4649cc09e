"""The possessive written with a typographic apostrophe, and a date inside a possessed phrase
(session 27, issue 15).

After a name in -s the possessive is the bare apostrophe; written curly ("Hamas’ attack")
the small model read it as a closing quote and the owner was not the act's doer, while the
straight one ("Hamas' attack") was read as the possessive. The NLP stage gives the curly
token the straight one's lexical features, so both parse alike, with the text and offsets
of the source; a curly quote pair and "’s" read as before. A full date between the owner
and the act ("Hamas’ Oct 7, 2023 attack") no longer ends the phrase at its comma, unless it
opens a clause ("On Oct 7, 2023, militants attacked"). The unit tests read hand-built
parses; the nlp ones run the pipeline on sentences written for them.
"""

from __future__ import annotations

import pickle

import pytest

from dossier.extract.events.roles import _date_comma, _month_of_date, _premodifiers
from tests.test_event_what_r14 import _parse
from tests.test_events import _events, _one

# "... allowed Hamas ’ Oct 7 , 2023 attack ." as the small model parses it
HAMAS_DATED = [
    ("allowed", "allow", 0, "ROOT", "VERB", "VBD"),
    ("Hamas", "Hamas", 3, "poss", "PROPN", "NNP"),
    ("’", "'", 1, "case", "PART", "POS"),
    ("Oct", "Oct", 7, "nmod", "PROPN", "NNP"),
    ("7", "7", 3, "nummod", "NUM", "CD"),
    (",", ",", 3, "punct", "PUNCT", ","),
    ("2023", "2023", 7, "nummod", "NUM", "CD"),
    ("attack", "attack", 0, "dobj", "NOUN", "NN"),
    (".", ".", 0, "punct", "PUNCT", "."),
]
# "On Oct 7 , 2023 , militants attacked ."
CLAUSE_DATED = [
    ("On", "on", 7, "prep", "ADP", "IN"),
    ("Oct", "Oct", 0, "pobj", "PROPN", "NNP"),
    ("7", "7", 1, "nummod", "NUM", "CD"),
    (",", ",", 1, "punct", "PUNCT", ","),
    ("2023", "2023", 1, "nummod", "NUM", "CD"),
    (",", ",", 7, "punct", "PUNCT", ","),
    ("militants", "militant", 7, "nsubj", "NOUN", "NNS"),
    ("attacked", "attack", 7, "ROOT", "VERB", "VBD"),
    (".", ".", 7, "punct", "PUNCT", "."),
]
# "the Oct 7 , 2023 , raid"
TRAILING_COMMA = [
    ("the", "the", 6, "det", "DET", "DT"),
    ("Oct", "Oct", 6, "nmod", "PROPN", "NNP"),
    ("7", "7", 1, "nummod", "NUM", "CD"),
    (",", ",", 1, "punct", "PUNCT", ","),
    ("2023", "2023", 1, "nummod", "NUM", "CD"),
    (",", ",", 6, "punct", "PUNCT", ","),
    ("raid", "raid", 6, "ROOT", "NOUN", "NN"),
]


def test_the_phrase_runs_over_a_date_to_its_owner():
    doc = _parse(HAMAS_DATED)
    words = [t.text for t in _premodifiers(doc[7])]
    assert words == ["Hamas", "’", "Oct", "7", ",", "2023"]


def test_the_month_of_a_date_is_no_name():
    doc = _parse(HAMAS_DATED)
    assert _month_of_date(doc[3])  # "Oct" of "Oct 7"
    assert not _month_of_date(doc[1])  # "Hamas"
    may = _parse(
        [("May", "May", 1, "nsubj", "PROPN", "NNP"), ("said", "say", 1, "ROOT", "VERB", "VBD")]
    )
    assert not _month_of_date(may[0])  # a name that is also a month, with no day after it


def test_a_date_that_opens_the_clause_is_not_in_the_phrase():
    doc = _parse(CLAUSE_DATED)
    assert not _date_comma(doc, 5, 0)
    assert not _date_comma(doc, 3, 0)
    assert [t.text for t in _premodifiers(doc[6])] == []


def test_a_comma_after_the_year_closes_the_date():
    doc = _parse(TRAILING_COMMA)
    assert _date_comma(doc, 5, 0)
    assert _date_comma(doc, 3, 0)
    assert [t.text for t in _premodifiers(doc[6])] == ["the", "Oct", "7", ",", "2023", ","]


def test_any_other_comma_still_ends_the_phrase():
    # "... towns , 2023 attack": no month and day before the year
    doc = _parse(
        [
            ("towns", "town", 0, "ROOT", "NOUN", "NNS"),
            (",", ",", 0, "punct", "PUNCT", ","),
            ("2023", "2023", 3, "nummod", "NUM", "CD"),
            ("attack", "attack", 0, "appos", "NOUN", "NN"),
        ]
    )
    assert not _date_comma(doc, 1, 0)
    assert [t.text for t in _premodifiers(doc[3])] == ["2023"]


def _reading(doc):
    return [(t.tag_, t.dep_, t.head.i) for t in doc]


@pytest.mark.nlp
@pytest.mark.parametrize(
    "text",
    [
        "Hamas’ attack on the village killed ten people.",
        "Troops raided the militants’ hideouts in the hills.",
        "The Forces’ operation ended on Monday.",
    ],
)
def test_a_curly_possessive_reads_as_the_straight_one(nlp, text):
    curly, straight = nlp(text), nlp(text.replace("’", "'"))
    assert _reading(curly) == _reading(straight)
    mark = next(t for t in curly if t.text == "’")
    assert mark.tag_ == "POS"
    assert curly[mark.i - 1].dep_ == "poss"


@pytest.mark.nlp
def test_the_source_text_and_offsets_are_kept(nlp):
    text = "Hamas’ attack on the village killed ten people."
    doc = nlp(text)
    assert doc.text == text
    mark = doc[1]
    assert (mark.text, mark.idx, mark.lower_) == ("’", 5, "’")
    assert mark.is_quote and mark.is_punct


@pytest.mark.nlp
def test_curly_quotes_and_the_curly_s_read_as_before(nlp):
    quoted = nlp("He said ‘we will fight’ and left.")
    assert [t.tag_ for t in quoted if t.text in "‘’"] == ["``", "''"]
    owner = nlp("Pakistan’s army said the attack failed.")
    assert (owner[1].text, owner[1].tag_, owner[0].dep_) == ("’s", "POS", "poss")


@pytest.mark.nlp
def test_the_reading_survives_pickling_for_worker_processes(nlp):
    # ``nlp.pipe(n_process=2)`` pickles the vocabulary without its lexemes: the getters
    # must give the curly apostrophe the straight one's features again
    vocab = pickle.loads(pickle.dumps(nlp.vocab))
    curly = vocab["’"]
    assert (curly.shape_, curly.prefix_, curly.suffix_) == ("'", "'", "'")
    assert vocab["Hamas"].shape_ == "Xxxxx"


@pytest.mark.nlp
@pytest.mark.parametrize("mark", ["’", "'"])
def test_the_owner_of_a_dated_attack_did_it(settings, mark):
    text = f"The failures allowed Hamas{mark} Oct 7, 2023 attack on Israel."
    event = _one(_events(text, settings), "ASSAULT", "attack")
    assert event.actors == ("Hamas",), event


@pytest.mark.nlp
def test_a_date_opening_the_clause_stays_out_of_the_doers(settings):
    event = _one(_events("On Oct 7, 2023, militants attacked the village.", settings), "ASSAULT")
    assert event.actors == ("militants",), event
    assert event.targets == ("the village",), event


@pytest.mark.nlp
def test_the_month_of_the_date_is_not_a_doer(settings):
    text = "Months of fighting were triggered by Hamas’s Oct 7, 2023 raid on Israel."
    events = [e for e in _events(text, settings) if "raid" in e.trigger]
    assert events, "no event for the raid"
    assert all(e.actors == ("Hamas",) for e in events), events
