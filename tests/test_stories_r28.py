"""Session 28 (issue 16): one person's news told in other forms of the same words.

Outlets tell one nomination as "nominated", "nominee" and "nomination"; compared word for
word, two reports of it shared too little to join. Tellings of person news are compared by
stems; and a first line that tells nothing (a press release's header) no longer stands for
the report's first sentence."""

from __future__ import annotations

from typing import Any

import pytest

from dossier.kb.person_news import act_days, days_told_apart
from dossier.kb.tellings import (
    PERSON_TELLING,
    person_told_alike,
    stems,
    telling_words,
    word_stem,
)
from tests.test_person_news import HOST, HOST_TOO, TALK, _join, _row, _Store
from tests.test_undated_reports import _mentions

NAMES = ("regina benjamin", "regina benjamin")


@pytest.mark.unit
@pytest.mark.parametrize(
    "a, b",
    [
        ("nominated", "nominee"),
        ("nomination", "nominates"),
        ("martyred", "martyrdom"),
        ("climbers", "climber"),
        ("falls", "fall"),
        ("arrested", "arrests"),
        ("hosts", "host"),
    ],
)
def test_forms_of_one_word_share_a_stem(a, b):
    assert word_stem(a) == word_stem(b)


@pytest.mark.unit
@pytest.mark.parametrize("a, b", [("attack", "arrest"), ("press", "president"), ("news", "new")])
def test_stems_keep_other_words_apart(a, b):
    # a double "s" is no plural, and a word of four letters stays whole
    assert word_stem(a) != word_stem(b)
    assert word_stem("press") == "press"


@pytest.mark.unit
def test_person_told_alike_compares_stems_less_the_names():
    release = telling_words(
        "Obama nominates new surgeon general",
        "President Barack Obama nominated Regina Benjamin as surgeon general.",
    )
    paper = telling_words(
        "Regina Benjamin, Surgeon General nominee",
        "The President announced his nominee, Regina Benjamin, at the White House.",
    )
    association = telling_words(
        "AMA celebrates nomination of Regina Benjamin",
        "The American Medical Association is delighted that Regina Benjamin was nominated "
        "surgeon general.",
    )
    assert person_told_alike(release, paper, NAMES)
    assert person_told_alike(paper, association, NAMES)
    # her other news, told in other words, stays apart
    other = telling_words(
        "Regina Benjamin opens a rural clinic",
        "Regina Benjamin opened a clinic in Bayou La Batre after the hurricane.",
    )
    assert not person_told_alike(release, other, NAMES)
    # the names alone are no telling in common
    assert not person_told_alike(
        frozenset({"regina", "benjamin"}), frozenset({"regina", "benjamin", "clinic"}), NAMES
    )


@pytest.mark.unit
def test_person_telling_share_is_on_stems():
    # 1 stem of 4 in common: a quarter passes, a fifth would not
    a = frozenset({"nominated", "alabama", "physician", "doctor"})
    b = frozenset({"nominee", "garden", "morning", "announcement", "finally"})
    assert not a & b  # word for word, nothing in common
    assert len(stems(a) & stems(b)) == 1
    assert PERSON_TELLING <= 0.25
    assert person_told_alike(a, b, NAMES)
    # one stem in common among more words is too little
    assert not person_told_alike(a | {"hospital", "rural", "clinic"}, b, NAMES)


@pytest.mark.unit
def test_a_header_line_is_no_first_sentence_of_the_telling():
    release = (
        "FOR IMMEDIATE RELEASE July 13, 2009\n\n"
        "Today, President Barack Obama announced his intent to nominate Regina M. Benjamin "
        "as Surgeon General."
    )
    words = telling_words("THE WHITE HOUSE", release)
    assert {"nominate", "intent", "announced", "surgeon"} <= words
    # a first sentence that tells the news is read alone, as before
    news = "Ellen DeGeneres will host the Oscars. She hosted them in 2007 as well."
    assert "hosted" not in telling_words(None, news)
    assert "host" in telling_words(None, news)


@pytest.mark.unit
def test_person_news_still_keeps_another_news_of_the_person_apart():
    store = _Store({"a": (_row("a", "variety", HOST), HOST, [("ellen degeneres", None)])})
    assert _join(store, "b", HOST_TOO, "ap") == {"g-a"}
    assert _join(store, "c", TALK, "ap") == set()


@pytest.mark.unit
def test_days_told_apart_needs_a_day_on_both_sides_and_none_in_common():
    assert days_told_apart(frozenset({"2025-05-21"}), frozenset({"2025-05-19"}))
    assert not days_told_apart(frozenset({"2025-05-21"}), frozenset({"2025-05-21", "x"}))
    # a lead that dates no act says nothing against
    assert not days_told_apart(frozenset(), frozenset({"2025-05-19"}))
    assert not days_told_apart(frozenset({"2025-05-21"}), frozenset())


# one speaker's condemnation on Wednesday and a report of Monday's session he chaired, told
# with his office's words: a quarter of the stems in common, two days' news
CONDEMNS = (
    "Speaker Ellen DeGeneres of the assembly on Wednesday condemned the explosives attack "
    "on a school bus."
)
SESSION = (
    "The assembly on Monday passed the explosives bill. Speaker Ellen DeGeneres put it to "
    "the vote as soon as Minister Tariq Fazal presented it, the assembly was told."
)


class _Dated(_Store):
    """The store stand-in naming both speakers where a text gives them."""

    def document_mentions(self, document_id: str) -> list[dict[str, Any]]:
        _row, text, _persons = self.docs[document_id]
        names = [n for n in ("Ellen DeGeneres", "Tariq Fazal") if n in text]
        return _mentions(text, *names)


@pytest.mark.unit
def test_person_news_keeps_a_person_s_acts_of_other_days_apart():
    session = _row("a", "dawn", SESSION, published="2025-05-20")
    store = _Dated({"a": (session, SESSION, [("ellen degeneres", None)])})
    record_days = act_days(store, {**session, "document_id": "a"}, SESSION, 2)
    assert record_days == {"2025-05-19"}  # the minister "presented" it on Monday
    # the condemnation dates its act to Wednesday: no day in common, apart (its words
    # alone would join it: "assembly" and "explosives" are half the session's telling)
    assert person_told_alike(
        telling_words(None, CONDEMNS), telling_words(None, SESSION), ("ellen degeneres",)
    )
    assert _join(store, "b", CONDEMNS, "app", acted="2025-05-21", published="2025-05-21") == set()
    # the same speaker's report of the session itself (no day of its own) still joins
    too = "Speaker Ellen DeGeneres put the explosives bill to the vote in the assembly."
    assert _join(store, "c", too, "app", published="2025-05-20") == {"g-a"}
