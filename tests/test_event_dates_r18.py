"""Dates of events, round 18: a statement an article tells in the simple past with no date of
its own ("He demanded ...") was made at the occasion the article's opening dates ("While
speaking to the media on Saturday, ...", "Human Rights Watch accused Israel on Wednesday
..."), not somewhere in the week before publication; a stance told in the perfect or the
present ("has urged", "is accusing"), one after another incident opens, or one past a
statement dated to another day keeps no such day."""

from __future__ import annotations

import pytest

from dossier.kb.said_days import occasion_day, said_day
from dossier.records import AnalyzedDocument
from tests.one_article import hand_built, trigger_days

_DAYS = {"Saturday": "2025-03-08", "Friday": "2025-03-07", "Monday": "2025-03-10"}


def _analyzed(
    text: str, statements: list[tuple[str, str]], dated: dict[str, str] | None = None
) -> AnalyzedDocument:
    """:func:`tests.one_article.hand_built` with its weekdays as days, published on
    2025-03-09; an accusation's mode is "allege"."""
    events = [(word, kind, "allege" if kind == "ACCUSE" else None) for word, kind in statements]
    return hand_built(text, _DAYS, events, "2025-03-09", dated)


_SPEECH = (
    "QUETTA:\n"
    "The party chief said past governments took money in the name of jihad.\n"
    "While speaking to the media on Saturday, he said the situation was a result of policy.\n"
    "He accused the state of using people for its objectives.\n"
    "He demanded the release of the detained workers."
)


@pytest.mark.unit
def test_a_past_statement_takes_the_occasion_the_opening_dates():
    analyzed = _analyzed(_SPEECH, [("accused", "ACCUSE"), ("demanded", "REQUEST")])
    for event in analyzed.events:
        day = occasion_day(analyzed, event)
        assert day is not None and day.value_start == "2025-03-08"
        assert said_day(analyzed, event) == (day, False)  # the saying itself, not a bound


@pytest.mark.unit
def test_a_statement_dated_in_the_opening_is_an_occasion():
    text = (
        "BEIRUT:\n"
        "Human Rights Watch accused Israel on Friday of indiscriminate attacks on civilians.\n"
        "A ceasefire sought to end more than a year of hostilities.\n"
        "It urged the government to give the court jurisdiction."
    )
    analyzed = _analyzed(text, [("accused", "ACCUSE"), ("urged", "REQUEST")], {"accused": "Friday"})
    day = occasion_day(analyzed, analyzed.events[1])
    assert day is not None and day.value_start == "2025-03-07"


@pytest.mark.unit
def test_an_act_dated_in_the_opening_is_no_occasion():
    # "bunkers were demolished on Friday": an act's day, not a speech's
    text = (
        "KURRAM: Ten more bunkers were demolished on Friday.\n"
        "Relief cheques were distributed among heirs.\n"
        "He urged the government to announce a relief package."
    )
    analyzed = _analyzed(text, [("urged", "REQUEST")])
    assert occasion_day(analyzed, analyzed.events[0]) is None


@pytest.mark.unit
@pytest.mark.parametrize(
    "told",
    [
        "He has demanded the release of the detained workers.",  # perfect: said before
        "He is demanding the release of the detained workers.",  # present
        "He had demanded the release of the detained workers.",
    ],
)
def test_a_stance_told_in_the_perfect_or_present_takes_no_occasion(told):
    text = _SPEECH.replace("He demanded the release of the detained workers.", told)
    word = "demanded" if "demanded" in told else "demanding"
    analyzed = _analyzed(text, [(word, "REQUEST")])
    assert occasion_day(analyzed, analyzed.events[0]) is None


@pytest.mark.unit
def test_no_occasion_past_another_incident_or_another_dated_statement():
    separate = _SPEECH.replace("He demanded", "Separately, the leader demanded")
    analyzed = _analyzed(separate, [("demanded", "REQUEST")])
    assert occasion_day(analyzed, analyzed.events[0]) is None
    other = _SPEECH.replace(
        "He accused the state", "He accused on Monday the state"
    )  # a statement of another day comes between
    analyzed = _analyzed(
        other, [("accused", "ACCUSE"), ("demanded", "REQUEST")], {"accused": "Monday"}
    )
    assert occasion_day(analyzed, analyzed.events[1]) is None


@pytest.mark.unit
def test_an_occasion_past_the_opening_or_an_act_takes_none():
    late = (
        "QUETTA:\n"
        "One.\nTwo.\nThree.\n"
        "While speaking to the media on Saturday, he said the situation was bad.\n"
        "He demanded the release of the detained workers."
    )
    analyzed = _analyzed(late, [("demanded", "REQUEST")])
    assert occasion_day(analyzed, analyzed.events[0]) is None
    act = _analyzed(_SPEECH.replace("He demanded", "Police arrested"), [("arrested", "COERCE")])
    assert occasion_day(act, act.events[0]) is None


@pytest.mark.unit
@pytest.mark.parametrize(
    "told",
    [
        "The decision came after the military warned that the airport would be hit.",
        "“Through the Americans, Israel warned the state,” the source said.",
    ],
)
def test_a_statement_told_before_another_act_or_quoted_takes_no_occasion(told):
    text = _SPEECH.replace("He demanded the release of the detained workers.", told)
    analyzed = _analyzed(text, [("warned", "THREATEN")])
    assert occasion_day(analyzed, analyzed.events[0]) is None
    plain = _analyzed(
        _SPEECH.replace("He demanded the release", "He warned of the release"),
        [("warned", "THREATEN")],
    )
    assert occasion_day(plain, plain.events[0]) is not None


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("sentence", "first", "day"),
    [
        (
            "The police arrested an accused here on Thursday for sexually assaulting and "
            "killing a minor girl.",
            "arrested",
            "2025-02-20",
        ),
        (
            "One person was injured in a hand grenade attack on a police station in the Kachi "
            "Baig area, located on the outskirts of Quetta late on Sunday night.",
            "injured",
            "2025-02-16",
        ),
    ],
)
def test_the_one_day_a_sentence_gives_dates_its_first_act(nlp, sentence, first, day):
    dated = trigger_days(nlp, sentence, "2025-02-21")
    assert dated.get(first) == day, dated
    # the crime the arrest was for is told after it: it keeps no day
    assert all(v is None for k, v in dated.items() if k in ("assaulting", "killing")), dated


@pytest.mark.nlp
def test_a_day_that_qualifies_a_noun_dates_no_act(nlp):
    dated = trigger_days(
        nlp,
        "Police arrested three men for disrupting the Friday prayers in the town.",
        "2025-02-21",
    )
    assert dated.get("arrested") is None, dated


@pytest.mark.nlp
def test_an_auxiliary_inside_a_quotation_is_not_the_telling_verbs(nlp):
    # the parser hangs the quotation's "will" on "told": the telling is past, so "on
    # Tuesday" is the Tuesday before publication, not the one after
    from dossier.extract import timex

    text = (
        "Trump won the election on November 5 and is set to take office next Monday. "
        "“We have never attempted this to begin with, and we never will,” Pezeshkian told "
        "NBC News in an interview in Tehran on Tuesday."
    )
    doc = nlp(text)
    starts = {sentence.start_char: i for i, sentence in enumerate(doc.sents)}
    found = {t.text: t.value_start for t in timex.find_times(doc, "2025-01-15", starts)}
    assert found["Tuesday"] == "2025-01-14", found
    assert found["next Monday"] == "2025-01-20", found
