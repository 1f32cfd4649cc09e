"""An outlet's time stamp before its dateline's place (session 35, issue 16): "TNN Nov 12, 2011,
05. 51AM IST MUMBAI:" is metadata -- the report's date, its credit and the place it was filed
from -- not the report's lead. Invented stamps and stories."""

from __future__ import annotations

import pytest

from dossier.clean.dateline import parse_dateline, parse_stamp
from dossier.clean.text import clean_plain_text

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("line", "date", "credit", "place", "story"),
    [
        ("TNN Mar 4, 2019, 07. 12PM IST CHENNAI:", "2019-03-04", "TNN", "CHENNAI", ""),
        (
            "PTI | 4 March 2019, 07:12 IST CHENNAI: Two boats sank off the coast.",
            "2019-03-04",
            "PTI",
            "CHENNAI",
            "Two boats sank off the coast.",
        ),
        ("March 4, 2019 10:15 a.m. ET NEW YORK — A fire broke out.", "2019-03-04", None,
         "NEW YORK", "A fire broke out."),
    ],
)  # fmt: skip
def test_a_stamp_gives_date_credit_place(
    line: str, date: str, credit: str | None, place: str, story: str
) -> None:
    found = parse_stamp(line)
    assert found is not None
    assert (found.date, found.credit, found.place) == (date, credit, place)
    assert line[found.end :] == story


@pytest.mark.parametrize(
    "line",
    [
        "ISLAMABAD, Apr 25 (APP): The minister said",  # a dateline, read as one already
        "Mar 4, 2019, 07:12 IST",  # a stamp with no place: a date line
        "The Mar 4, 2019 report said: nothing",  # a sentence
        "Mar 4, 2019 07:12 Police said: the road is shut",  # no upper-case place
        "TNN Feb 30, 2019, 07:12 IST CHENNAI:",  # no such day
    ],
)
def test_no_stamp(line: str) -> None:
    assert parse_stamp(line) is None


PAGE = (
    "Boats sink off Chennai coast\n\n"
    "TNN Mar 4, 2019, 07. 12PM IST CHENNAI:\n\n"
    "Two fishing boats sank off the coast on Sunday night and four fishermen were rescued by "
    "the coast guard.\n\n"
    "The coast guard said a search for two missing fishermen went on through Monday morning.\n"
)


def test_the_stamp_is_metadata_and_the_place_opens_the_story() -> None:
    part = next(p for p in clean_plain_text(PAGE) if p.text.strip())
    assert part.text.startswith("CHENNAI: Two fishing boats sank")
    assert part.published == "2019-03-04"
    assert part.outlet == "TNN"
    assert part.dateline == "CHENNAI"
    assert ("metadata", "TNN Mar 4, 2019, 07. 12PM IST") in [(r.kind, r.text) for r in part.removed]
    # the story's first sentence is its lead now, under the usual dateline
    found = parse_dateline(part.text)
    assert found is not None and found.place == "CHENNAI"


def test_a_page_without_a_stamp_is_unchanged() -> None:
    page = PAGE.replace("TNN Mar 4, 2019, 07. 12PM IST CHENNAI:\n\n", "")
    part = next(p for p in clean_plain_text(page) if p.text.strip())
    assert part.text.startswith("Two fishing boats sank")
    assert part.published is None and part.dateline is None
