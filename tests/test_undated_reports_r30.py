"""Session 30 (issue 16): undated reports of one person's news, read by their headlines.

Whose news a report tells is read from its headline where both reports have one (a
teammate's arrest a month later names its own player); pages kept without their headlines
give no such reading, and the lead's first person -- as often the President who nominates
as the nominee -- no longer keeps the reports of one nomination in two groups. Undated
groups are held to the telling of the report matched (the coach hired, and the same coach
fired years later), and a group refused through one of its reports is asked again through
another that names the person."""

from __future__ import annotations

from typing import Any

import pytest

from dossier.kb.undated_reports import group_apart, headline_persons, news_apart
from tests.test_undated_reports import GUPTA, GUPTA_TOO, _join, _row, _Store

WILLIAMS = "Chargers Jamal Williams arrested for DUI"
JACKSON = "Chargers' Jackson arrested on suspicion of DUI"


def _report(name: str, persons: list[str], text: str, title: str | None) -> dict[str, Any]:
    """A group member as the linkage compares it: its lead's persons, text and headline."""
    return {"document_id": name, "persons": persons, "text": text, "title": title}


@pytest.mark.unit
def test_headline_persons_reads_the_lead_persons_a_headline_names():
    later = _report("a", ["williams", "vincent jackson"], "", WILLIAMS)
    assert headline_persons(later) == ["williams"]
    assert headline_persons({**later, "title": "Chargers receiver arrested"}) == []
    assert headline_persons({**later, "title": None}) is None  # a page without its headline
    # a web address for a title is read by its slug (tellings.headline)
    slug = "http: / / www. site. com / 2009 / chargers - jamal - williams - arrested - for - dui"
    assert headline_persons({**later, "title": slug}) == ["williams"]


@pytest.mark.unit
@pytest.mark.parametrize(
    "x, y, apart",
    [
        # a teammate's arrest a month later, whose lead recalls the first: two headlines,
        # two players
        (_report("a", ["williams", "vincent jackson"], "Williams ... Vincent Jackson", WILLIAMS),
         _report("b", ["vincent jackson"], "Vincent Jackson was arrested", JACKSON), True),
        # one player's arrest told by two headlines naming him
        (_report("a", ["vincent jackson"], "Vincent Jackson was arrested", JACKSON),
         _report("b", ["vincent jackson"], "Jackson, 25, was booked",
                 "Jackson arrested on DUI charge"), False),
        # a headline naming none of its persons: the lead's first person stands in
        (_report("a", ["williams", "vincent jackson"], "Williams ... Vincent Jackson",
                 "Another Charger arrested"),
         _report("b", ["vincent jackson"], "Vincent Jackson was arrested", JACKSON), True),
        # pages kept without their headlines: no reading of whose news it is (the President
        # first in one lead, the nominee alone in the other)
        (_report("a", ["barack obama", "sanjay gupta"], GUPTA, None),
         _report("b", ["sanjay gupta"], "Sanjay Gupta is the leading contender", None), False),
        # one headline only: the lead's order stands in
        (_report("a", ["barack obama", "sanjay gupta"], GUPTA, None),
         _report("b", ["sanjay gupta"], "Sanjay Gupta is the leading contender",
                 "Gupta leads the field"), True),
    ],
)  # fmt: skip
def test_news_apart_reads_whose_news_from_the_headlines(x, y, apart):
    assert news_apart(x, y) is apart
    assert news_apart(y, x) is apart


@pytest.mark.unit
def test_group_apart_asks_the_headlines_and_still_the_other_persons_test():
    later = _report("new", ["williams", "vincent jackson"], "Williams ... Vincent Jackson",
                    WILLIAMS)  # fmt: skip
    first = _report("a", ["vincent jackson"], "Vincent Jackson was arrested", JACKSON)
    again = _report("b", ["vincent jackson"], "Vincent Jackson was booked", JACKSON)
    assert group_apart(first, [first, again], [later])
    # the dated reading leaves the first-person test out, headlines or not
    assert not group_apart(first, [first, again], [later], first=False)
    # no headlines: the lead's order is not read, but a person each lead names and the
    # other report never names still sets two reports apart
    nominee = _report("new", ["barack obama", "regina benjamin"], "Obama named Regina Benjamin",
                      None)  # fmt: skip
    gupta = _report("a", ["barack obama", "sanjay gupta"], GUPTA, None)
    assert group_apart(gupta, [gupta], [nominee])


#: a coach's hiring and, three years later, his firing: one person, two news
HIRED = "The 76ers hired Maurice Cheeks as head coach, replacing Jim O'Brien."
FIRED = "The 76ers fired coach Maurice Cheeks after a 9-14 start."


@pytest.mark.unit
def test_an_undated_group_joins_only_told_alike_by_the_report_matched():
    store = _Store({"a": ({**_row("a", "espn"), "telling": "cheeks coach fired start"},
                          FIRED, ["maurice cheeks"])})  # fmt: skip
    told = "cheeks coach fired parted ways"
    assert _join(store, "b", FIRED, ["maurice cheeks"], outlet="ap", telling=told) == {"g-a"}
    hired = "cheeks head hired introduced officially sixers"
    assert _join(store, "c", HIRED, ["maurice cheeks"], outlet="ap", telling=hired) == set()


@pytest.mark.unit
def test_a_group_refused_through_one_report_is_asked_through_another():
    kurtz = "Sanjay Gupta is the pick, Howard Kurtz reported."
    store = _Store({
        # found first: its lead names a columnist this report never names, and this report
        # names the President, whom the columnist's report never names
        "a": ({**_row("a", "wp"), "event_group": "g"}, kurtz, ["sanjay gupta", "howard kurtz"]),
        "b": ({**_row("b", "cnn"), "event_group": "g"}, GUPTA, ["barack obama", "sanjay gupta"]),
        "c": ({**_row("c", "nyt"), "event_group": "g"}, GUPTA_TOO, ["sanjay gupta"]),
    })  # fmt: skip
    mine = "President-elect Barack Obama has asked Dr. Sanjay Gupta, aides said."
    # one member of three set apart: the group joins, through the reports that name him
    assert _join(store, "d", mine, ["barack obama", "sanjay gupta"], outlet="ap") == {"g"}
