"""Dates of events, round 30: a statement whose trigger is the words a simple-past verb of
speaking reports ("Tarar said that Indian proxies will be dealt with ...", "'... will
continue,' the president said") was made when that verb says, at the occasion the article's
opening dates; not a statement word another party said ("RAW started accusing Pakistan, the
sources added"), nor words in the perfect, nor words reported by "has said". A speaker's
statement told on ("Mr Bugti called for ...") after the sentence that dates the speaking
("In a statement issued on Sunday, Nawab Bugti emphasised ...", "Talking to the media on
Tuesday, ...") was made that day, however many of the same speaker's sentences lie between."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dossier.kb.said_days import occasion_day, reported_in_past, said_day, speech_day
from dossier.records import AnalyzedDocument
from tests.one_article import hand_built

_DAYS = {"Sunday": "2025-04-27", "Tuesday": "2025-04-29", "Wednesday": "2025-04-30"}


def _analyzed(text: str, events: list[tuple[str, str]], published: str = "2025-05-01"):
    """:func:`tests.one_article.hand_built` with its weekdays as days; an accusation's mode is
    "allege" (a statement, as the parser types it)."""
    told = [(w, k, "allege" if k == "ACCUSE" else None) for w, k in events]
    return hand_built(text, _DAYS, told, published, None)


_LEAD = "ISLAMABAD:\nLawmakers on Wednesday condemned the attack on a school bus.\n"


@pytest.mark.unit
@pytest.mark.parametrize(
    ("sentence", "trigger", "kind"),
    [
        (
            "The minister said that Indian proxies will be dealt with an iron hand.",
            "dealt",
            "THREATEN",
        ),
        ("The envoy opined that the attack was a failure of India.", "failure", "ACCUSE"),
        (
            "“Operations will continue until terrorism ends,” the president said.",
            "continue",
            "THREATEN",
        ),
    ],
)
def test_words_a_simple_past_verb_reports_are_said_at_the_occasion(sentence, trigger, kind):
    text = _LEAD + "The session went on.\n" + sentence
    analyzed = _analyzed(text, [("condemned", "ACCUSE"), (trigger, kind)])
    analyzed.events[0] = replace(analyzed.events[0], time=_span(text, "Wednesday"))
    event = analyzed.events[1]
    day = occasion_day(analyzed, event)
    assert day is not None and day.value_start == "2025-04-30"
    assert said_day(analyzed, event) == (day, False)


@pytest.mark.unit
@pytest.mark.parametrize(
    ("sentence", "trigger", "kind"),
    [
        # another party's statement the speaker retells
        (
            "RAW accounts started accusing Pakistan within minutes, the sources added.",
            "accusing",
            "ACCUSE",
        ),
        # words told in the perfect: a stance held before
        ("“Israel has vowed to continue the slaughter,” he said.", "continue", "THREATEN"),
        # a verb of speaking that is no simple past
        (
            "The military has said that Afghan nationals were involved in the attack.",
            "involved",
            "ACCUSE",
        ),
        # no verb of speaking: the quotation's own words
        ("“Operations will continue until terrorism ends.”", "continue", "THREATEN"),
    ],
)
def test_other_reported_words_take_no_occasion(sentence, trigger, kind):
    text = _LEAD + "The session went on.\n" + sentence
    analyzed = _analyzed(text, [("condemned", "ACCUSE"), (trigger, kind)])
    analyzed.events[0] = replace(analyzed.events[0], time=_span(text, "Wednesday"))
    assert occasion_day(analyzed, analyzed.events[1]) is None


def _reported(text: str, trigger: str) -> bool:
    start = text.index(trigger)
    return reported_in_past(text, 0, len(text), (start, start + len(trigger)))


@pytest.mark.unit
def test_reported_in_past_reads_the_attribution_of_the_quotation():
    assert _reported("“The war will continue,” she noted.", "continue")
    assert _reported("She noted: “The war will continue.”", "continue")
    # no attribution by the quotation holding the trigger
    assert not _reported("“The war will continue.”", "continue")
    assert not _reported(
        "“Our martyrs are remembered,” the statement said. “Any attack will be met with force.”",
        "met",
    )
    # another party's words inside the reported ones
    assert not _reported("“They said the war will continue,” she noted.", "continue")
    assert not _reported(
        "“Israel informed the Lebanese state that it would target the airport,” the source said.",
        "target",
    )


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


@pytest.mark.unit
def test_a_named_speaker_told_on_after_a_dated_statement_sentence_takes_its_day():
    text = (
        "QUETTA:\nThe leaders condemned the attack.\n"
        "In a statement issued on Sunday, Nawab Bugti emphasised the safety of the protesters.\n"
        "While expressing solidarity with the marchers, Mr Bugti called for the release of the "
        "activists."
    )
    analyzed = _analyzed(text, [("called", "REQUEST")])
    analyzed.events[0] = replace(analyzed.events[0], actors=(_span(text, "Mr Bugti"),))
    day = speech_day(analyzed, analyzed.events[0])
    assert day is not None and day.value_start == "2025-04-27"


@pytest.mark.unit
def test_another_named_speaker_or_a_day_between_lends_no_day():
    text = (
        "QUETTA:\nThe leaders condemned the attack.\n"
        "In a statement issued on Sunday, Nawab Bugti emphasised the safety of the protesters.\n"
        "While expressing solidarity with the marchers, Mr Malik called for the release of the "
        "activists."
    )
    analyzed = _analyzed(text, [("called", "REQUEST")])
    analyzed.events[0] = replace(analyzed.events[0], actors=(_span(text, "Mr Malik"),))
    assert speech_day(analyzed, analyzed.events[0]) is None
    between = text.replace("the marchers,", "the marchers on Tuesday,")
    analyzed = _analyzed(between, [("called", "REQUEST")])
    analyzed.events[0] = replace(analyzed.events[0], actors=(_span(between, "Mr Malik"),))
    assert speech_day(analyzed, analyzed.events[0]) is None


@pytest.mark.unit
def test_a_speech_told_on_over_several_sentences_keeps_the_day_of_its_occasion():
    text = (
        "LAHORE:\nThe doctors closed the theatres.\n"
        "Talking to the media on Tuesday, the association's president condemned the case.\n"
        "He rejected the allegations.\n"
        "He announced the strike would go on.\n"
        "He also lashed out at senior doctors.\n"
        "He urged the party president to intervene."
    )
    analyzed: AnalyzedDocument = _analyzed(text, [("urged", "REQUEST")])
    day = speech_day(analyzed, analyzed.events[0])
    assert day is not None and day.value_start == "2025-04-29"


@pytest.mark.unit
def test_words_said_at_another_undated_occasion_take_no_occasion_day():
    # the lead dates one statement; the speaker below spoke elsewhere, on a day not given
    text = (
        _LEAD
        + "The deputy minister said at an event in the eastern city the court was unfair.\n"
        + "He said the leaders should also be prosecuted."
    )
    analyzed = _analyzed(text, [("condemned", "ACCUSE"), ("prosecuted", "REQUEST")])
    analyzed.events[0] = replace(analyzed.events[0], time=_span(text, "Wednesday"))
    assert occasion_day(analyzed, analyzed.events[1]) is None
    same = text.replace(" at an event in the eastern city", "")
    analyzed = _analyzed(same, [("condemned", "ACCUSE"), ("prosecuted", "REQUEST")])
    analyzed.events[0] = replace(analyzed.events[0], time=_span(same, "Wednesday"))
    day = occasion_day(analyzed, analyzed.events[1])
    assert day is not None and day.value_start == "2025-04-30"
