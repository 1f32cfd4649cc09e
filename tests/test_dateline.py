"""Datelines and publication footers: place, agency and date in every common form."""

from __future__ import annotations

from datetime import UTC

import pytest

from dossier.clean.dateline import (
    dateline_date,
    infer_year,
    parse_dateline,
    parse_footer,
    spaced_dateline,
)
from dossier.clean.text import clean_plain_text


@pytest.mark.parametrize(
    ("text", "place", "region", "agency", "ymd"),
    [
        (
            "KANDAHAR, Afghanistan (March 3, 2012) — Afghan forces",
            "KANDAHAR",
            "Afghanistan",
            None,
            (2012, 3, 3),
        ),
        ("ISLAMABAD, Apr 25 (APP):The experts said", "ISLAMABAD", None, "APP", (None, 4, 25)),
        (
            "PIR CHINASI, AZAD KASHMIR, May 05 (APP):In a rebuttal",
            "PIR CHINASI",
            "AZAD KASHMIR",
            "APP",
            (None, 5, 5),
        ),
        ("WASHINGTON, March 3, 2012 (AP) — The", "WASHINGTON", None, "AP", (2012, 3, 3)),
        ("LONDON (Reuters) - Britain said", "LONDON", None, "Reuters", (None, None, None)),
        ("PESHAWAR: As the police chief", "PESHAWAR", None, None, (None, None, None)),
        ("QUETTA -- Two men", "QUETTA", None, None, (None, None, None)),
        ("LAHORE, 25/04/2025: Police said", "LAHORE", None, None, (2025, 4, 25)),
        ("KABUL, 2025-04-25 — Officials", "KABUL", None, None, (2025, 4, 25)),
        ("Islamabad, Apr 25 (APP): The minister", "Islamabad", None, "APP", (None, 4, 25)),
        (
            "NORTH WAZIRISTAN / LAKKI MARWAT: Two soldiers",
            "NORTH WAZIRISTAN",
            None,
            None,
            (None, None, None),
        ),
    ],
)
def test_dateline_forms(text, place, region, agency, ymd):
    found = parse_dateline(text)
    assert found is not None
    assert (found.place, found.region, found.agency) == (place, region, agency)
    assert (found.year, found.month, found.day) == ymd
    assert text[found.end :].strip()[:1].isalpha() or text[found.end :].startswith("“")


@pytest.mark.parametrize(
    "text",
    [
        "Police said: the suspects fled.",
        "Security forces killed 10 terrorists in an operation (IBO) in Khyber, the ISPR said.",
        "He said: “We will respond.”",
        "ISLAMABAD, Feb 30 (APP): no such day",
    ],
)
def test_sentences_are_not_datelines(text):
    assert parse_dateline(text) is None


def test_footer_gives_outlet_and_date():
    assert parse_footer("Published in Dawn, April 26th, 2025") == ("Dawn", "2025-04-26")
    assert parse_footer("Published in The Express Tribune, May 1, 2025.") == (
        "The Express Tribune",
        "2025-05-01",
    )
    assert parse_footer("The report was published in 2020, the minister said.") is None


def test_year_of_a_yearless_dateline():
    # a full date close by in the article fixes the year; one far away does not
    assert infer_year(3, 5, "On 4 March 2025, a cowardly attack was attempted") == 2025
    assert infer_year(12, 31, "The agreement of January 2, 2025 was signed") == 2024
    assert infer_year(5, 6, "The treaty of August 5, 2019 was revoked in 2019.") is None
    assert infer_year(5, 6, "Years alone say nothing: 2018, 2023.") is None
    # an anchor (a feed's date) always decides
    assert infer_year(1, 2, "", anchor="2024-12-30") == 2025
    dl = parse_dateline("ISLAMABAD, Mar 05 (APP): text")
    assert dl is not None
    assert dateline_date(dl, "On 4 March 2025 it happened.") == "2025-03-05"


def test_newspaper_footer_dates_the_article_and_leaves_the_text():
    text = (
        "MUZAFFARABAD: Four alleged terrorists were killed after an exchange of fire with police "
        "in Azad Jammu and Kashmir on Wednesday, police sources said.\n\n"
        "The encounter occurred in a village on the outskirts of Rawalakot.\n\n"
        "Published in Dawn, May 29th, 2025"
    )
    (part,) = clean_plain_text(text)
    assert part.published == "2025-05-29"
    assert part.outlet == "Dawn"
    assert part.dateline == "MUZAFFARABAD"
    assert "Published in" not in part.text
    assert any(r.kind == "metadata" and "May 29th" in r.text for r in part.removed)


def test_wire_dateline_gives_agency_place_and_date():
    text = (
        "RAWALPINDI, Mar 05 (APP): Security forces have eliminated all 16 terrorists who attempted "
        "to breach the security of the cantonment.\n\n"
        "“On 4 March 2025, a cowardly terrorist attack was attempted,” said a news release."
    )
    (part,) = clean_plain_text(text)
    assert (part.dateline, part.outlet, part.published) == ("RAWALPINDI", "APP", "2025-03-05")


def test_wire_dateline_without_a_year_leaves_the_date_unknown():
    text = (
        "ISLAMABAD, Jan 12 (APP): The minister praised the security forces for an operation in "
        "North Waziristan.\n\nHe said the nation stood with the forces."
    )
    (part,) = clean_plain_text(text)
    assert (part.dateline, part.outlet, part.published) == ("ISLAMABAD", "APP", None)


def test_published_and_updated_are_kept_apart():
    text = (
        "Storm closes the airport\n\nPublished: March 2, 2024\n\nUpdated: March 4, 2024\n\n"
        "CALDER: The airport stayed closed for a second day on Tuesday as winds swept the coast, "
        "the operator said.\n\nMore than 200 flights have been cancelled since Monday morning, "
        "stranding thousands of holiday travellers in terminals and hotels."
    )
    (part,) = clean_plain_text(text)
    assert part.published == "2024-03-02"
    assert part.updated == "2024-03-04"
    only_update = text.replace("Published: March 2, 2024\n\n", "")
    (part,) = clean_plain_text(only_update)
    assert (part.published, part.updated) == ("2024-03-04", "2024-03-04")


def test_dateline_on_its_own_line_is_kept_and_dates_the_article():
    text = (
        "SOCCER - SHEARER NAMED AS ENGLAND CAPTAIN.\n\nLONDON 1996-08-30\n\n"
        "The world's costliest footballer Alan Shearer was named the new England captain on "
        "Friday.\n\nThe 26-year-old, who joined Newcastle for 15 million pounds sterling, "
        "takes over from Tony Adams."
    )
    (part,) = clean_plain_text(text)
    assert (part.dateline, part.published) == ("LONDON", "1996-08-30")
    assert "LONDON 1996-08-30" in part.text
    from dossier.clean.dateline import parse_dateline_line

    assert parse_dateline_line("MILWAUKEE, Wisconsin 1996-08-29").region == "Wisconsin"
    assert parse_dateline_line("Results of the games 1996-08-29") is None


def test_a_one_sentence_report_is_its_text_not_a_headline():
    text = (
        "Gun attacks in and near the Jordanian city of Karak have reportedly left seven people "
        "dead including a Canadian tourist and at least four police officers"
    )
    (part,) = clean_plain_text(text)
    assert part.text == text
    assert part.title is None


@pytest.mark.unit
def test_a_year_less_wire_date_takes_the_year_its_named_weekday_fits():
    from dossier.clean.dateline import wire_date

    text = "ISLAMABAD, Apr 25 (APP): The minister said here on Friday that talks would go on."
    # April 25 was a Friday in 2025, a Saturday in 2026: saved in December 2026, it is 2025
    assert wire_date(text, "2026-12-03") == "2025-04-25"
    # saved the day after: the same
    assert wire_date(text, "2025-04-26") == "2025-04-25"
    # no weekday named, no clock, or no year near the clock that fits: no date
    assert wire_date("ISLAMABAD, Apr 25 (APP): Talks went on.", "2026-12-03") is None
    assert wire_date(text, None) is None
    assert wire_date(text.replace("Friday", "Tuesday"), "2026-12-03") is None
    # a full-date dateline is not this function's
    assert wire_date("KABUL, April 25, 2025 (AP) — on Friday ...", "2026-12-03") is None


@pytest.mark.unit
def test_cleaning_reads_a_wire_dateline_against_the_day_the_copy_was_saved():
    from dossier.clean import clean
    from dossier.records import RawArticle

    text = (
        "ISLAMABAD, Apr 25 (APP): Security forces on Friday arrested three suspects in a "
        "raid near the city, officials said."
    )
    raw = RawArticle(source="a.txt", content=text, kind="text", raw_hash="h", saved="2026-12-03")
    (document,) = clean(raw)
    assert document.published == "2025-04-25"
    # the feed's own date always wins
    (document,) = clean(RawArticle("a.txt", text, "text", "h", published="2025-04-24"))
    assert document.published == "2025-04-24"
    # and without a clock the year stays unknown
    (document,) = clean(RawArticle("a.txt", text, "text", "h"))
    assert document.published is None


@pytest.mark.unit
def test_reading_a_file_stamps_its_articles_with_the_day_it_was_saved(tmp_path):
    import os
    from datetime import datetime

    from dossier.ingest.files import InputFile, read_file

    saved = datetime(2025, 4, 26, 12, tzinfo=UTC).timestamp()
    page = tmp_path / "a.txt"
    page.write_text("ISLAMABAD, Apr 25 (APP): Talks went on here on Friday.\n", encoding="utf-8")
    feed = tmp_path / "b.jsonl"
    feed.write_text('{"text": "ISLAMABAD, Apr 25 (APP): Talks on Friday."}\n', encoding="utf-8")
    for path in (page, feed):
        os.utime(path, (saved, saved))
        (raw,) = list(read_file(InputFile(path, path.name), 10_000))
        assert raw.saved == "2025-04-26", path


@pytest.mark.unit
@pytest.mark.parametrize(
    ("text", "spaced"),
    [
        (
            "RAWALPINDI, Jan 6 (APP):Anti-Narcotics Force seized hashish.",
            "RAWALPINDI, Jan 6 (APP): Anti-Narcotics Force seized hashish.",
        ),
        ("PESHAWAR:Police arrested two men.", "PESHAWAR: Police arrested two men."),
        ("ISLAMABAD, Apr 25 (APP): The PM spoke.", "ISLAMABAD, Apr 25 (APP): The PM spoke."),
        # no dateline: a colon inside a sentence is left alone
        ("The minister said:Go home.", "The minister said:Go home."),
        ("Note:this is not a dateline", "Note:this is not a dateline"),
    ],
)
def test_a_glued_dateline_colon_is_spaced(text: str, spaced: str) -> None:
    assert spaced_dateline(text) == spaced


@pytest.mark.unit
def test_the_first_subject_is_not_glued_to_the_wire_dateline() -> None:
    """The cleaned text the NLP reads: "APP):Anti" would be one token, and the subject of every
    event of the first sentence would be named "APP):Anti-Narcotics Force"."""
    part = clean_plain_text(
        "Drugs seized\n\nRAWALPINDI, Jan 6 (APP):Anti-Narcotics Force recovered 2 kg hashish "
        "in five operations across the country on Monday, a spokesman said.\n\n"
        "In one operation, the force arrested a man.\n"
    )[0]
    assert part.text.startswith("RAWALPINDI, Jan 6 (APP): Anti-Narcotics Force recovered")
    assert (part.dateline, part.outlet) == ("RAWALPINDI", "APP")
