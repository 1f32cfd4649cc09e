"""Dates of events, round 28: a statement told with no date of its own was made at the
gathering the article's opening dates when its people staged it ("Locals staged a sit-in ...
on Sunday" then "They demanded ..."), at a "presser" or a "jirga" as at a press conference, and
the statement the occasion's own sentence tells undated ("A jirga held ... on Friday demanded
...") was made there too; a gathering only named ("a bomber attempted to enter the sit-in
site") is no occasion, nor one told in the present perfect ("Residents have staged protests
..."), nor a meeting called for a day after the article, nor the sentence of another
speaker's dated words."""

from __future__ import annotations

import pytest

from dossier.kb.said_days import occasion_day, said_day
from dossier.records import AnalyzedDocument
from tests.one_article import hand_built

_DAYS = {"Sunday": "2025-04-27", "Friday": "2025-04-25", "Saturday": "2025-04-26"}


def _analyzed(
    text: str, events: list[tuple[str, str]], dated: dict[str, str] | None = None
) -> AnalyzedDocument:
    """:func:`tests.one_article.hand_built` with its weekdays as days, published on
    2025-04-28; an accusation's mode is "allege" (a statement, as the parser types it)."""
    told = [(w, k, "allege" if k == "ACCUSE" else None) for w, k in events]
    return hand_built(text, _DAYS, told, "2025-04-28", dated)


@pytest.mark.unit
@pytest.mark.parametrize(
    "opening",
    [
        "Locals staged a sit-in on Sunday against the kidnapping of a trader.",
        "Demonstrations were held across the division on Sunday against the arrests.",
        "The party leaders announced the plan at a joint presser on Sunday.",
        "Members of the community staged a protest rally in the city on Sunday.",
    ],
)
def test_a_statement_after_a_gathering_the_opening_dates_was_made_there(opening):
    text = f"QUETTA:\n{opening}\nThe traders blocked the highway.\nThey demanded his recovery."
    analyzed = _analyzed(text, [("demanded", "REQUEST")])
    day = occasion_day(analyzed, analyzed.events[0])
    assert day is not None and day.value_start == "2025-04-27"
    assert said_day(analyzed, analyzed.events[0]) == (day, False)


@pytest.mark.unit
@pytest.mark.parametrize(
    "opening",
    [
        # the gathering is what was attacked, not an occasion its people staged
        "On Saturday, a suicide bomber attempted to enter the sit-in site.",
        # the gathering only named by a speaker who is not there
        "The government on Saturday defended its actions, calling the demonstrations illegal.",
        # an act's day, as before this round
        "Police dispersed the protesters on Saturday.",
    ],
)
def test_a_gathering_only_named_is_no_occasion(opening):
    text = f"QUETTA:\n{opening}\nThe leaders met the officials.\nHe urged the government to act."
    analyzed = _analyzed(text, [("urged", "REQUEST")])
    assert occasion_day(analyzed, analyzed.events[0]) is None


@pytest.mark.unit
def test_the_occasion_sentences_own_undated_statement_was_made_there():
    text = (
        "WANA:\n"
        "A jirga held in the district on Friday demanded the recovery of the kidnapped men.\n"
        "The officials assured the jirga of steps.\n"
        "However, the jirga warned of protests if the deadline was not met."
    )
    analyzed = _analyzed(text, [("demanded", "REQUEST"), ("warned", "THREATEN")])
    for event in analyzed.events:
        day = occasion_day(analyzed, event)
        assert day is not None and day.value_start == "2025-04-25", event


@pytest.mark.unit
def test_another_speakers_words_in_a_dated_statements_sentence_keep_no_day():
    # the Foreign Office rejected on Friday what the prime minister said before, in a speech
    text = (
        "The Foreign Office on Friday rejected the allegations made by the prime minister, "
        "who in a heated speech accused Pakistan of attacks.\n"
        "Tensions rose.\n"
        "The office urged restraint."
    )
    analyzed = _analyzed(
        text, [("rejected", "REJECT"), ("accused", "ACCUSE")], {"rejected": "Friday"}
    )
    assert occasion_day(analyzed, analyzed.events[1]) is None


@pytest.mark.unit
def test_a_gathering_in_the_present_perfect_or_a_planned_one_is_no_occasion():
    # background to the news, not its occasion
    perfect = (
        "SRINAGAR:\nResidents of the India-held state have staged protests against the attack, "
        "the minister said on Sunday.\nThe police arrested suspects.\n"
        "New Delhi blamed the group for the attack."
    )
    analyzed = _analyzed(perfect, [("blamed", "ACCUSE")])
    assert occasion_day(analyzed, analyzed.events[0]) is None
    staged = _analyzed(perfect.replace("have staged", "staged"), [("blamed", "ACCUSE")])
    assert occasion_day(staged, staged.events[0]) is not None
    # a jirga called for a day after the article: a plan
    planned = (
        "BANNU:\nElders announced they will call a meeting of the jirga on Friday.\n"
        "The elders met the officials.\nThe leader complained about the roads."
    )
    later = hand_built(planned, _DAYS, [("complained", "ACCUSE", "allege")], "2025-04-24", None)
    assert occasion_day(later, later.events[0]) is None
    # the same jirga held before the article is the occasion
    held = planned.replace("announced they will call a meeting of the jirga", "held a jirga")
    earlier = hand_built(held, _DAYS, [("complained", "ACCUSE", "allege")], "2025-04-26", None)
    day = occasion_day(earlier, earlier.events[0])
    assert day is not None and day.value_start == "2025-04-25"
