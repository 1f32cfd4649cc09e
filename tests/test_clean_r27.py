"""Cleaning, round 27: a saved page's web address on its first line is never the title.

A page saved or pasted with its address on top, the headline under it, used to give the
address as the title and drop the headline as navigation, most of all where a tokeniser
had spaced out the address's signs ("http: / / www. site. com / news / a - b - c"), which
then reads as a long unpunctuated line. Fictional pages; no corpus.
"""

from __future__ import annotations

import pytest

from dossier.clean.lines import Kind, Line, is_title_like, is_web_address
from dossier.clean.segment import is_data_row, is_prose
from dossier.clean.text import clean_plain_text

# the tier (tests/conftest.py): pure functions over strings
pytestmark = pytest.mark.unit

BODY = (
    "Gunmen attacked a police checkpost on the outskirts of Lakeville on Tuesday night, "
    "killing two constables and wounding a third, officials said.\n\n"
    "The attackers fled into the hills after a gunfight that lasted nearly an hour, "
    "according to a statement from the district police office.\n\n"
    "A search operation was under way in the area on Wednesday morning and roads "
    "leading to the town had been closed to traffic, the statement added."
)
HEADLINE = "Two policemen killed in attack on Lakeville checkpost"


@pytest.mark.parametrize(
    "text",
    [
        "https://www.example-news.com/world/two-policemen-killed-in-attack-on-checkpost",
        "http: / / www. example - news. com / world / two - policemen - killed - in - attack",
        "www.example.org/news/2024/03/12/story.html?id=7&ref=home#top",
        "http: / / news. example. co. uk / 2013/09/14 / police _ say _ three _ held. php",
        "  https://example.com/  ",
    ],
)
def test_a_whole_line_address_is_a_web_address(text: str) -> None:
    assert is_web_address(text)


@pytest.mark.parametrize(
    "text",
    [
        HEADLINE,
        "Visit www.example.org for the full list of names",
        "Officials said the list was posted on https://example.org/list on Monday.",
        "www. Two policemen killed",  # no host after "www."
        "Lakeville: 3.5 million people / 40 % of the district",
    ],
)
def test_a_line_that_only_mentions_an_address_is_not_one(text: str) -> None:
    assert not is_web_address(text)


def test_a_spaced_out_address_is_neither_headline_nor_prose_nor_a_table_row() -> None:
    # the slug's words would otherwise make a 20-word line with a prose share of "in",
    # "by", "and"; its figures ("7 - 1") a table row
    spaced = (
        "http: / / www. example. com / 2013/09/19 / woman - killed - by - driver - in - hit - "
        "and - run - crash - in - the - city - police - says / volume - 7 - 1"
    )
    line = Line(0, spaced, Kind.BODY)
    assert not is_title_like(line)
    assert not is_prose(line)
    assert not is_data_row(line)


@pytest.mark.parametrize(
    "address",
    [
        "http: / / www. example - news. com / world / two - policemen - killed - in - attack - "
        "on - lakeville - checkpost / 874560 /",
        "https://www.example-news.com/world/two-policemen-killed-in-attack/874560",
    ],
)
def test_the_headline_under_the_address_is_the_title(address: str) -> None:
    page = f"{address}\n\n{HEADLINE}\n\nMarch 12, 2024\n\n{BODY}"
    (part,) = clean_plain_text(page)
    assert part.title == HEADLINE
    removed = {(r.kind, r.text) for r in part.removed}
    assert ("title", HEADLINE) in removed
    assert ("navigation", HEADLINE) not in removed
    assert ("navigation", address) in removed  # recorded, not silently dropped
    assert part.published == "2024-03-12"
    assert part.text.startswith("Gunmen attacked")
    assert "http" not in part.text and HEADLINE not in part.text


def test_an_address_over_a_page_with_no_prose_stays_out_of_the_text() -> None:
    # nothing reads like prose, so the whole page is the body; its address still is not
    address = "http: / / blog. example. com / pr / 2009/07 / nominee _ picked _ for _ post. html"
    headline = "Nominee picked for surgeon general post: stories and resources"
    page = f"{address}\n\n{headline}\n\non July 13, 2009 at 10:50 AM, updated July 29, 2009"
    (part,) = clean_plain_text(page)
    assert part.title == headline
    assert ("navigation", address) in {(r.kind, r.text) for r in part.removed}
    assert not part.text.startswith("http")


def test_an_address_inside_the_body_is_kept_where_it_stands() -> None:
    # an embedded post's address between paragraphs is the article's, not its header
    paragraphs = BODY.split("\n\n")
    link = "https://social.example.com/police/status/1899834123050779087"
    page = "\n\n".join([HEADLINE, paragraphs[0], link, *paragraphs[1:]])
    (part,) = clean_plain_text(page)
    assert part.title == HEADLINE
    assert link in part.text
