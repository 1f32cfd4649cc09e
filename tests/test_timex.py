"""Date expressions: finding and normalising them, on fictional sentences and on the seeds.

Real spaCy (the shipped pipeline, loaded once per module); every anchor is fixed. The
fictional sentences cover each form the normaliser knows, the undated-document behaviour and
the things it must leave alone (ages, durations, vague expressions, names, laws).
"""

from __future__ import annotations

from datetime import date

import pytest

from dossier.clean import clean
from dossier.extract.timex import find_times, normalise
from dossier.ingest.files import read_all
from dossier.records import Document, TimeExpr

# the tier (tests/conftest.py): these tests run the spaCy model
pytestmark = pytest.mark.nlp

MONDAY = "2024-01-22"  # a Monday
WEDNESDAY = "2024-01-24"


@pytest.fixture(scope="module")
def times(nlp):
    def run(text: str, published: str | None) -> list[TimeExpr]:
        doc = nlp(text)
        sentence_at = {s.start_char: i for i, s in enumerate(doc.sents)}
        found = find_times(doc, published, sentence_at)
        for expr in found:
            assert doc.text[expr.start : expr.end] == expr.text
        return found

    return run


@pytest.fixture(scope="module")
def one(times):
    """The single expression whose text is ``phrase``, as (start, end, precision)."""

    def run(text: str, published: str | None, phrase: str) -> tuple:
        found = [t for t in times(text, published) if t.text == phrase]
        assert len(found) == 1, (phrase, times(text, published))
        t = found[0]
        return t.value_start, t.value_end, t.precision

    return run


# --- relative to the publication date ---------------------------------------------------------


def test_last_week_is_the_previous_iso_week(one):
    text = "Police arrested the suspect last week, officials said."
    assert one(text, MONDAY, "last week") == ("2024-01-15", "2024-01-21", "week")
    assert one(text, WEDNESDAY, "last week") == ("2024-01-15", "2024-01-21", "week")
    # a past clause: what collapsed this week did so by the anchor, not later in the week
    assert one("The talks collapsed this week.", WEDNESDAY, "this week") == (
        "2024-01-22",
        "2024-01-24",
        "week",
    )
    assert one("The talks will resume this week.", WEDNESDAY, "this week") == (
        "2024-01-22",
        "2024-01-28",
        "week",
    )


def test_possessive_stays_out_of_the_span(one):
    text = "After last week's raid on the compound, tensions remained high."
    assert one(text, MONDAY, "last week") == ("2024-01-15", "2024-01-21", "week")


def test_weekday_in_a_past_report_is_the_latest_on_or_before_the_anchor(one):
    text = "Protesters gathered in Valdoria on Monday to condemn the strikes."
    assert one(text, MONDAY, "Monday") == (MONDAY, MONDAY, "day")
    assert one(text, WEDNESDAY, "Monday") == (MONDAY, MONDAY, "day")
    assert one("The ministry said Friday that talks had failed.", MONDAY, "Friday") == (
        "2024-01-19",
        "2024-01-19",
        "day",
    )


def test_weekday_in_a_future_clause_is_the_next_one(one):
    text = "The minister will meet his Ostrovian counterpart on Friday."
    assert one(text, MONDAY, "Friday") == ("2024-01-26", "2024-01-26", "day")


def test_last_and_next_weekday(one):
    assert one("The convoy left last Monday.", MONDAY, "last Monday")[0] == "2024-01-15"
    assert one("The envoy arrives next Friday.", MONDAY, "next Friday")[0] == "2024-01-26"


def test_days_around_the_anchor(one):
    text = "The camp was shelled yesterday and again today; 2 days ago it was quiet."
    assert one(text, MONDAY, "yesterday") == ("2024-01-21", "2024-01-21", "day")
    assert one(text, MONDAY, "today") == (MONDAY, MONDAY, "day")
    assert one(text, MONDAY, "2 days ago") == ("2024-01-20", "2024-01-20", "day")


def test_ago(one):
    text = "The bridge in Karsk was destroyed a week ago."
    assert one(text, MONDAY, "a week ago") == ("2024-01-15", "2024-01-21", "week")
    text = "The militia was founded three years ago."
    assert one(text, MONDAY, "three years ago") == ("2021-01-01", "2021-12-31", "year")
    text = "Exports were higher a year ago."
    assert one(text, MONDAY, "a year ago") == ("2023-01-01", "2023-01-31", "month")


def test_this_last_next_year_and_month(one):
    text = "Arrests rose this year after a quiet last year; a review is due next month."
    # past clause: the rise is told up to the anchor, the year's precision kept
    assert one(text, MONDAY, "this year") == ("2024-01-01", MONDAY, "year")
    assert one(text, MONDAY, "last year") == ("2023-01-01", "2023-12-31", "year")
    assert one(text, MONDAY, "next month") == ("2024-02-01", "2024-02-29", "month")


def test_earlier_this_year_and_late_last_year(one):
    text = "Earlier this year the council met; late last year it had been banned."
    # "earlier" is before the day of writing: the day before the anchor at the latest
    assert one(text, "2024-05-10", "Earlier this year") == ("2024-01-01", "2024-05-09", "range")
    assert one(text, "2024-05-10", "late last year") == ("2023-09-01", "2023-12-31", "range")
    # on the unit's first day nothing of it lies before the day of writing: the writer's
    # "this month" / "this week" is the one just ended (a Monday paper made on Sunday)
    assert one("Earlier this month the council met.", "2024-05-01", "Earlier this month") == (
        "2024-04-01",
        "2024-04-30",
        "range",
    )
    assert one("Earlier this week the council met.", "2025-04-21", "Earlier this week") == (
        "2025-04-14",
        "2025-04-20",
        "range",
    )
    assert one("Earlier this week the council met.", "2025-04-23", "Earlier this week") == (
        "2025-04-21",
        "2025-04-22",
        "range",
    )


def test_the_future_of_a_past_report_is_the_nearest_date(one):
    # "would march on April 6" told on April 7: the April 6 just gone, not next year's
    text = (
        "Mengal had announced that the party would march on Quetta on April 6 after talks failed."
    )
    assert one(text, "2025-04-07", "April 6") == ("2025-04-06", "2025-04-06", "day")
    # a report's future still lies ahead when the date has not come yet
    text = "The minister said that the talks would resume on April 20."
    assert one(text, "2025-04-07", "April 20") == ("2025-04-20", "2025-04-20", "day")
    # a plain future is the next one, as before
    text = "The party will march on Quetta on April 6."
    assert one(text, "2025-04-07", "April 6") == ("2026-04-06", "2026-04-06", "day")


def test_the_past_two_years_runs_up_to_the_anchor(one):
    text = "Over the past two years, the Ministry of Ports signed six agreements."
    assert one(text, MONDAY, "past two years") == ("2022-01-22", MONDAY, "range")


def test_vague_expressions_are_left_out(times):
    text = (
        "Dozens were killed in the past few weeks. The league will meet in the coming days "
        "or weeks. Recently, the group has grown."
    )
    assert times(text, MONDAY) == []


# --- months and days without a year -------------------------------------------------------------


def test_early_mid_late_month_are_thirds_of_the_latest_such_month(one):
    text = "Police raided the camp in early July and again in late July."
    assert one(text, "2021-08-18", "early July") == ("2021-07-01", "2021-07-10", "range")
    assert one(text, "2021-08-18", "late July") == ("2021-07-21", "2021-07-31", "range")
    assert one(text, "2021-03-01", "early July") == ("2020-07-01", "2020-07-10", "range")
    assert one("Talks stalled in mid-July.", "2021-08-18", "mid-July")[:2] == (
        "2021-07-11",
        "2021-07-20",
    )


def test_month_alone(one):
    text = "In June, the unit dismantled a cell of seven men."
    assert one(text, "2021-08-18", "June") == ("2021-06-01", "2021-06-30", "month")
    assert one(text, "2021-03-02", "June") == ("2020-06-01", "2020-06-30", "month")
    text = "Elections will be held in March."
    assert one(text, "2021-01-10", "March") == ("2021-03-01", "2021-03-31", "month")


def test_day_without_year_takes_the_anchors_year_unless_that_is_after_it(one):
    text = "The commander was killed by a drone strike on January 3 near Port Aldin."
    assert one(text, "2020-01-06", "January 3") == ("2020-01-03", "2020-01-03", "day")
    assert one(text, "2020-01-02", "January 3") == ("2019-01-03", "2019-01-03", "day")


def test_day_without_year_or_tense_is_the_nearest(one):
    text = "The rights, payable Nov. 21, can be exercised for $100 each."
    assert one(text, "1989-11-02", "Nov. 21") == ("1989-11-21", "1989-11-21", "day")


def test_a_written_weekday_picks_the_year(one):
    text = "The Daily Courier said in an editorial on Monday, Oct. 26: the vote was fair."
    assert one(text, "1998-10-25", "Monday, Oct. 26") == ("1998-10-26", "1998-10-26", "day")


def test_month_last_year_and_last_month_name(one):
    text = "In June last year, the leadership split."
    assert one(text, MONDAY, "June last year") == ("2023-06-01", "2023-06-30", "month")
    text = "The ceasefire collapsed last November."
    assert one(text, "2024-06-01", "last November") == ("2023-11-01", "2023-11-30", "month")


# --- absolute dates -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("The deal was signed January 16, 2024 in Port Aldin.", "January 16, 2024", "2024-01-16"),
        ("The list was updated Aug 18, 2021 by the ministry.", "Aug 18, 2021", "2021-08-18"),
        ("The statement is dated 01/22/2024 and signed.", "01/22/2024", "2024-01-22"),
        ("The decree of 2024-01-22 was annulled.", "2024-01-22", "2024-01-22"),
        ("He was detained on 3 March 2022 in Karsk.", "3 March 2022", "2022-03-03"),
        ("Monday, 01/22/2024", "Monday, 01/22/2024", "2024-01-22"),
        ("The order of 31.12.2020 was annulled.", "31.12.2020", "2020-12-31"),
    ],
)
def test_full_dates(one, text, phrase, expected):
    assert one(text, "2025-01-01", phrase) == (expected, expected, "day")


def test_month_and_year(one):
    text = "In December 2022 the talks failed."
    assert one(text, MONDAY, "December 2022") == ("2022-12-01", "2022-12-31", "month")


def test_year_alone_is_the_whole_year(one):
    text = "The group was placed on the blacklist in 2019."
    assert one(text, MONDAY, "2019") == ("2019-01-01", "2019-12-31", "year")
    assert normalise("in 2019", MONDAY).start == date(2019, 1, 1)  # not 2019-01-22


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (
            "Police arrested nine men between December 2020 and January 2021.",
            "between December 2020 and January 2021",
            ("2020-12-01", "2021-01-31"),
        ),
        (
            "The brigade was active in the country from 2019 to 2021.",
            "from 2019 to 2021",
            ("2019-01-01", "2021-12-31"),
        ),
        (
            "Between 2019-2021, the government listed the group.",
            "Between 2019-2021",
            ("2019-01-01", "2021-12-31"),
        ),
        (
            "Several members were arrested in 2020-21 in the port city.",
            "2020-21",
            ("2020-01-01", "2021-12-31"),
        ),
        (
            "The siege lasted from March to May 2020, residents said.",
            "from March to May 2020",
            ("2020-03-01", "2020-05-31"),
        ),
        (
            "Shares were bought from Dec. 28 to Jan. 4 at a discount.",
            "from Dec. 28 to Jan. 4",
            ("2023-12-28", "2024-01-04"),
        ),
    ],
)
def test_ranges(one, text, phrase, expected):
    assert one(text, MONDAY, phrase) == (*expected, "range")


def test_seasons(one):
    text = "Last summer the camp flooded; in spring 2020 it was rebuilt."
    assert one(text, "2021-08-18", "Last summer") == ("2020-06-01", "2020-08-31", "season")
    assert one(text, "2021-08-18", "spring 2020") == ("2020-03-01", "2020-05-31", "season")
    text = "Fuel ran short in the winter of 2020."
    assert one(text, MONDAY, "winter of 2020") == ("2020-12-01", "2021-02-28", "season")


def test_fall_the_verb_is_not_a_season(times):
    assert times("Prices are expected to fall in value.", MONDAY) == []


def test_decades_and_quarters(one):
    text = "The movement grew during the 1990s."
    assert one(text, MONDAY, "1990s") == ("1990-01-01", "1999-12-31", "range")
    text = "He grew up in the early 1990s."
    assert one(text, MONDAY, "early 1990s") == ("1990-01-01", "1993-12-31", "range")
    text = "Profits fell in the third quarter of 2019."
    assert one(text, MONDAY, "third quarter of 2019") == ("2019-07-01", "2019-09-30", "range")


# --- what is not a date -------------------------------------------------------------------------


def test_ages_durations_and_names_are_not_dates(times):
    text = (
        "The 75 years old cleric was held for 24 hours. In a span of 24 hours, three towns "
        "were hit. Exports should reach $1 billion within five years. The group was banned "
        "under the Anti-Terrorism Act 1997. He commanded 1500 fighters. This is Radio Karsk "
        "Today. June Carter sang."
    )
    assert times(text, MONDAY) == []


def test_sentence_index_and_spans_without_prepositions(times):
    found = times("The council met. On Monday, in early July and since 2020 it did not.", MONDAY)
    assert [(t.text, t.sentence) for t in found] == [
        ("Monday", 1),
        ("early July", 1),
        ("2020", 1),
    ]


# --- undated documents --------------------------------------------------------------------------


def test_undated_document_leaves_relative_dates_unresolved(times):
    text = (
        "Police arrested him last week. On January 3 he was charged. In December 2022 the "
        "talks failed, and from 2019 to 2021 the group grew."
    )
    found = {t.text: (t.value_start, t.value_end, t.precision) for t in times(text, None)}
    assert found["last week"] == (None, None, None)
    assert found["January 3"] == (None, None, None)
    assert found["December 2022"] == ("2022-12-01", "2022-12-31", "month")
    assert found["from 2019 to 2021"] == ("2019-01-01", "2021-12-31", "range")


def test_normalise_without_a_parse():
    assert normalise("Friday", None) is None
    found = normalise("December 2022", None)
    assert (found.start, found.end, found.precision) == (
        date(2022, 12, 1),
        date(2022, 12, 31),
        "month",
    )
    assert normalise("the past few weeks", MONDAY) is None
    assert normalise("January 3", "2020-01-02", tense="future").start == date(2020, 1, 3)


# --- the seeds ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_docs(seeds) -> dict[str, Document]:
    docs = {}
    for raw in read_all([seeds], 10**8):
        cleaned = clean(raw)
        assert isinstance(cleaned, list)
        docs[raw.source.split("/")[-1][:3]] = cleaned[0]
    return docs


@pytest.fixture(scope="module")
def seed_times(nlp, seed_docs):
    def run(key: str) -> dict[str, list[tuple]]:
        document = seed_docs[key]
        doc = nlp(document.text)
        sentence_at = {s.start_char: i for i, s in enumerate(doc.sents)}
        found: dict[str, list[tuple]] = {}
        for t in find_times(doc, document.published, sentence_at):
            found.setdefault(t.text, []).append((t.value_start, t.value_end, t.precision))
        return found

    return run


def test_seed_003(seed_docs, seed_times):
    assert seed_docs["003"].published == MONDAY
    found = seed_times("003")
    assert found["last week"] == [("2024-01-15", "2024-01-21", "week")]
    assert found["January 16"] == [("2024-01-16", "2024-01-16", "day")]
    assert found["January 18"] == [("2024-01-18", "2024-01-18", "day")]
    assert found["a week ago"] == [("2024-01-15", "2024-01-21", "week")]
    assert set(found["Monday"]) == {(MONDAY, MONDAY, "day")}
    assert set(found["2019"]) == {("2019-01-01", "2019-12-31", "year")}
    assert not any("24 hours" in text or "weeks" in text for text in found)


def test_seed_003_captions_before_cleaning(nlp, seeds):
    """The photo captions cleaning removes carry full dates; the raw text has them."""
    path = next(seeds.glob("003_*.txt"))
    doc = nlp(path.read_text(encoding="utf-8"))
    sentence_at = {s.start_char: i for i, s in enumerate(doc.sents)}
    found = {t.text: (t.value_start, t.precision) for t in find_times(doc, MONDAY, sentence_at)}
    assert found["January 16, 2024"] == ("2024-01-16", "day")
    assert found["January 18, 2024"] == ("2024-01-18", "day")
    assert found["Monday, 01/22/2024"] == (MONDAY, "day")


def test_seed_000(seed_docs, seed_times):
    assert seed_docs["000"].published == "2022-12-27"
    found = seed_times("000")
    assert found["between December 2020 and January 2021"] == [
        ("2020-12-01", "2021-01-31", "range")
    ]
    assert ("2019-01-01", "2019-12-31", "year") in found["2019"]
    assert found["this year"] == [("2022-01-01", "2022-12-31", "year")]
    assert set(found["Between 2019-2021"]) == {("2019-01-01", "2021-12-31", "range")}
    assert found["between 2020-21"] == [("2020-01-01", "2021-12-31", "range")]
    assert found["February 2021"] == [("2021-02-01", "2021-02-28", "month")]
    assert "1997" not in found  # Anti-Terrorism Act 1997


def test_seed_002(seed_docs, seed_times):
    assert seed_docs["002"].published == "2021-08-18"
    found = seed_times("002")
    assert found["early July"] == [("2021-07-01", "2021-07-10", "range")]
    assert found["June"] == [("2021-06-01", "2021-06-30", "month")]


def test_undated_seeds(seed_docs, seed_times):
    assert seed_docs["001"].published is None and seed_docs["004"].published is None
    found = seed_times("001")
    assert found["late July"] == [(None, None, None)]
    assert found["last year"] == [(None, None, None)]
    assert found["from 2019 to 2021"] == [("2019-01-01", "2021-12-31", "range")]
    assert found["January 2019"] == [("2019-01-01", "2019-01-31", "month")]
    assert seed_times("004")["January 3"] == [(None, None, None)]


def test_a_date_a_name_runs_on_to_is_still_a_date(times):
    # the small model tags "Steel Town on Feb 9" as one facility
    found = times("In a separate incident in Steel Town on Feb 9, a policeman was shot dead.",
                  "2025-02-15")  # fmt: skip
    assert [(t.text, t.value_start) for t in found] == [("Feb 9", "2025-02-09")]
    assert times("The Anti-Terrorism Act 1997 was amended on Monday.", "2025-02-15")[0].text == (
        "Monday"
    )


@pytest.mark.parametrize(
    ("text", "published", "start"),
    [
        ("At the weekend, police arrested a second diplomat.", "2025-05-15", "2025-05-10"),
        ("Police arrested two men over the weekend.", "2025-05-18", "2025-05-17"),
        ("The ministers will meet over the weekend.", "2025-05-15", "2025-05-17"),
    ],
)
def test_the_weekend_is_the_nearest_one_the_tense_allows(times, text, published, start):
    (found,) = times(text, published)
    assert (found.value_start, found.precision) == (start, "range")


# --- session 6 ---------------------------------------------------------------------------------


def test_two_days_of_one_month_joined_by_and_are_a_range(one, times):
    text = "Troops killed 13 militants in five engagements on February 12 and 13."
    assert one(text, "2025-02-13", "February 12 and 13") == ("2025-02-12", "2025-02-13", "range")
    # "and 6 militants" goes on to a count: the date is March 5 alone
    text = "On March 5 and 6 militants attacked a post."
    assert [t.text for t in times(text, "2025-03-10")] == ["March 5"]


def test_this_day_in_a_year_and_a_year_before_the_noun_it_dates(one):
    text = "Wani was killed by the Indian forces on this day in 1998 in Srinagar."
    assert one(text, "2025-04-18", "this day in 1998") == ("1998-04-18", "1998-04-18", "day")
    text = "Five Chinese nationals were wounded in a 2022 attack claimed by IS."
    assert one(text, "2025-01-22", "2022") == ("2022-01-01", "2022-12-31", "year")


def test_a_month_hung_on_an_adverb_takes_the_tense_of_its_verb(one):
    # "Earlier in April" in a March paper, told in the past: last year's April
    text = "Earlier in April, nine passengers were offloaded from a bus and shot dead."
    assert one(text, "2025-03-05", "April") == ("2024-04-01", "2024-04-30", "month")
    text = "Later in May, the talks will resume."
    assert one(text, "2025-03-05", "May") == ("2025-05-01", "2025-05-31", "month")
