"""Dates of events, round 19: an act told as having happened never takes a day after its
article's publication (that day is a planned thing's of the same sentence), and a dated wire
dispatch's statements with no day of their own were made on the dispatch's day."""

from __future__ import annotations

import pytest

from dossier.kb.event_days import after_its_report
from dossier.kb.said_days import occasion_day, said_day
from dossier.records import AnalyzedDocument, Document, EventMention, TimeExpr
from tests.one_article import hand_built, trigger_days

_DAYS = {"May 15": "2025-05-15", "May 12": "2025-05-12", "Saturday": "2025-01-04"}


def _analyzed(
    text: str,
    events: list[tuple[str, str, str | None]],
    published: str | None,
    dated: dict[str, str] | None = None,
) -> AnalyzedDocument:
    """:func:`tests.one_article.hand_built` with the days of :data:`_DAYS`."""
    return hand_built(text, _DAYS, events, published, dated)


_OBSERVANCE = (
    "ISLAMABAD:\n"
    "She said her party would observe a day of gratitude on May 15 to mark the operation "
    "launched by the armed forces."
)


def _day(analyzed: AnalyzedDocument, event: EventMention) -> TimeExpr | None:
    return next((t for t in analyzed.times if event.time and t.start == event.time[0]), None)


@pytest.mark.unit
def test_an_act_told_as_done_takes_no_day_after_its_report():
    analyzed = _analyzed(
        _OBSERVANCE, [("launched", "ASSAULT", None)], "2025-05-14", {"launched": "May 15"}
    )
    event = analyzed.events[0]
    assert after_its_report(analyzed, _day(analyzed, event), "asserted")
    assert after_its_report(analyzed, _day(analyzed, event), "alleged")


@pytest.mark.unit
def test_a_planned_act_or_a_day_up_to_the_report_keeps_its_day():
    analyzed = _analyzed(
        _OBSERVANCE, [("launched", "ASSAULT", None)], "2025-05-14", {"launched": "May 15"}
    )
    day = _day(analyzed, analyzed.events[0])
    assert not after_its_report(analyzed, day, "planned")
    assert not after_its_report(analyzed, day, "hypothetical")
    on_the_day = _analyzed(
        _OBSERVANCE, [("launched", "ASSAULT", None)], "2025-05-15", {"launched": "May 15"}
    )
    assert not after_its_report(on_the_day, _day(on_the_day, on_the_day.events[0]), "asserted")
    undated = _analyzed(_OBSERVANCE, [("launched", "ASSAULT", None)], None, {"launched": "May 15"})
    assert not after_its_report(undated, _day(undated, undated.events[0]), "asserted")
    assert not after_its_report(analyzed, None, "asserted")


_DISPATCH = (
    "ISLAMABAD, Jan 4 (APP): The bar's president on Saturday expressed deep sorrow over the "
    "attacks in Kurram.\n"
    "Meanwhile, in Turbat, four civilians lost their lives in an explosion.\n"
    "He emphasized the urgent need for attention to the security situation.\n"
    "Atta criticized the provincial government's inaction.\n"
    "He urged the federal government to take immediate action."
)


@pytest.mark.unit
def test_a_dispatchs_statements_are_made_on_its_day():
    analyzed = _analyzed(
        _DISPATCH,
        [("criticized", "ACCUSE", "disapprove"), ("urged", "REQUEST", "appeal")],
        "2025-01-04",
    )
    for event in analyzed.events:
        day = occasion_day(analyzed, event)
        assert day is not None and day.value_start == day.value_end == "2025-01-04"
        assert said_day(analyzed, event) == (day, False)  # the saying itself, not a bound


@pytest.mark.unit
def test_a_newspapers_dateline_or_a_stance_takes_no_dispatch_day():
    paper = _DISPATCH.replace("ISLAMABAD, Jan 4 (APP):", "ISLAMABAD:")
    analyzed = _analyzed(paper, [("urged", "REQUEST", "appeal")], "2025-01-04")
    assert occasion_day(analyzed, analyzed.events[0]) is None
    # a dispatch published more than a day after its dateline's date is not that day's news
    late = _analyzed(_DISPATCH, [("urged", "REQUEST", "appeal")], "2025-01-07")
    assert occasion_day(late, late.events[0]) is None
    stance = _DISPATCH.replace("He urged", "He has urged")
    held = _analyzed(stance, [("urged", "REQUEST", "appeal")], "2025-01-04")
    assert occasion_day(held, held.events[0]) is None


@pytest.mark.unit
def test_a_dispatch_statement_past_one_of_another_day_takes_none():
    other = _DISPATCH.replace(
        "Atta criticized the", "Atta criticized on May 12 the"
    )  # a statement the dispatch dates to another day comes between
    analyzed = _analyzed(
        other,
        [("criticized", "ACCUSE", "disapprove"), ("urged", "REQUEST", "appeal")],
        "2025-01-04",
        {"criticized": "May 12"},
    )
    assert occasion_day(analyzed, analyzed.events[1]) is None


@pytest.mark.nlp
def test_the_lone_day_of_a_lead_under_a_newspaper_dateline_dates_its_first_act(nlp):
    # the parser hangs "arrested" on "BAJAUR" as a clause describing it, and takes "an
    # accused" (the arrested man) for an act between the arrest and its day
    sentence = (
        "BAJAUR: The police arrested an accused here on Thursday for sexually assaulting and "
        "killing a minor girl."
    )
    dated = trigger_days(nlp, sentence, "2025-02-21")
    assert dated.get("arrested") == "2025-02-20", dated
    assert all(v is None for k, v in dated.items() if k in ("assaulting", "killing")), dated


@pytest.mark.nlp
def test_only_a_capitalised_name_before_a_colon_opening_the_sentence_is_a_dateline(nlp):
    from dossier.extract.events.place_time import _dateline_name

    doc = nlp("BAJAUR: The police arrested an accused here on Thursday.")
    assert _dateline_name(doc[0])
    assert not any(_dateline_name(t) for t in doc[1:])
    # a clause on an ordinary noun stays a clause describing it
    doc = nlp("A trader kidnapped from the market was found on Thursday.")
    assert not any(_dateline_name(t) for t in doc)
    doc = nlp("Police said: the trader was kidnapped on Thursday.")
    assert not any(_dateline_name(t) for t in doc)


@pytest.mark.nlp
def test_a_day_of_grief_over_an_act_dates_the_reaction_not_the_act(nlp):
    from dossier.extract.nlp import analyze_doc

    sentence = (
        "ISLAMABAD, Mar 23 (APP): Prime Minister Shehbaz Sharif on Sunday expressed his deep "
        "grief over the martyrdom of four policemen in a terrorist attack in Noshki."
    )
    document = Document(id="d", source="s", raw_hash="h", text=sentence, published="2025-03-23")
    analyzed = analyze_doc(document, nlp(sentence))
    acts = [e for e in analyzed.events if e.type == "ASSAULT"]
    assert acts, analyzed.events
    # the act is bounded by the day of the grief (on or before it), not dated to it
    assert all(e.time is None or e.time_of_report for e in acts), acts
    assert any(e.time is not None for e in acts), acts


_LEAD_FIRST = (
    "ISLAMABAD:\n"
    "The party leadership urged the global community to play its role in Kashmir.\n"
    "Party leaders addressed a joint press conference on Saturday.\n"
    "They said the ceasefire should hold."
)


@pytest.mark.unit
def test_a_lead_statement_takes_the_occasion_the_next_sentence_names():
    analyzed = _analyzed(_LEAD_FIRST, [("urged", "REQUEST", "appeal")], "2025-01-05")
    day = occasion_day(analyzed, analyzed.events[0])
    assert day is not None and day.value_start == "2025-01-04"


@pytest.mark.unit
def test_an_occasion_two_sentences_after_the_statement_or_a_stance_takes_none():
    later = _LEAD_FIRST.replace(
        "Party leaders addressed", "The ceasefire held.\nParty leaders addressed"
    )
    analyzed = _analyzed(later, [("urged", "REQUEST", "appeal")], "2025-01-05")
    assert occasion_day(analyzed, analyzed.events[0]) is None
    stance = _LEAD_FIRST.replace("leadership urged", "leadership has urged")
    held = _analyzed(stance, [("urged", "REQUEST", "appeal")], "2025-01-05")
    assert occasion_day(held, held.events[0]) is None
