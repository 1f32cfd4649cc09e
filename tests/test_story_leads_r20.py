"""Leads read past abbreviations, persons the tagger ran into an organisation's name, and
the dated person join's persons test (issue 16, session 20)."""

from __future__ import annotations

import pytest

from dossier.kb.lead_names import lead_end_named, statement_lead_end
from dossier.kb.lead_speakers import _lead_actors, person_mentions
from dossier.kb.tellings import telling_words
from dossier.kb.undated_reports import reports_apart

pytestmark = pytest.mark.unit

NOMINEE = (
    "The President announced his nominee for the U. S. Surgeon General, Dr. Regina "
    "Benjamin, today at the White House.  Dr. Benjamin has a long career.  She founded a clinic."
)


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (NOMINEE, NOMINEE[: NOMINEE.index("  She")]),
        (
            "DG ISPR Lt. Gen. Ahmed Sharif Chaudhry said X. Next one. Third one.",
            "DG ISPR Lt. Gen. Ahmed Sharif Chaudhry said X. Next one.",
        ),
        (
            "President George W. Bush spoke today. Then more. And more.",
            "President George W. Bush spoke today. Then more.",
        ),
        # a capital letter after a lower-case word, before a sentence: a sentence's end
        (
            "Sarfraz Bugti on Friday said A. He added B. Later C.",
            "Sarfraz Bugti on Friday said A. He added B.",
        ),
        # "said the general." ends a sentence: only abbreviated titles go on
        ("It was said by the general. He left. Later.", "It was said by the general. He left."),
    ],
)
def test_statement_lead_reads_past_titles_and_initials(text: str, lead: str) -> None:
    assert text[: statement_lead_end(text, 2)].rstrip() == lead


def test_lead_end_named_keeps_paragraph_breaks_and_short_texts() -> None:
    text = "Dr.\n\nOne sentence. Two."
    assert text[: lead_end_named(text, 1, paragraphs=True)] == "Dr.\n\n"
    assert lead_end_named("Only Dr. Who", 2) == len("Only Dr. Who")


def test_telling_reads_the_first_sentence_past_abbreviations() -> None:
    words = telling_words(None, NOMINEE)
    assert {"surgeon", "regina", "benjamin", "white", "house"} <= words
    assert "career" not in words


def _mention(text: str, whole: str, label: str, after: int = 0) -> dict[str, object]:
    start = whole.index(text, after)
    return {"text": text, "label": label, "start": start, "end": start + len(text)}


AYUB = (
    "ISLAMABAD, Mar 12 (APP):Opposition Leader in the National Assembly Omar Ayub Khan on "
    "Wednesday strongly condemned the attack. Speaking in the House, Omar Ayub said more."
)


def test_person_run_into_an_organisation_name_is_read_as_the_person() -> None:
    mentions = [
        _mention("National Assembly Omar Ayub Khan", AYUB, "ORG"),
        _mention("House", AYUB, "ORG"),
        _mention("Omar Ayub", AYUB, "PERSON", AYUB.index("House")),
    ]
    persons = person_mentions(mentions)
    assert [p["text"] for p in persons] == ["Omar Ayub Khan", "Omar Ayub"]
    assert persons[0]["start"] == AYUB.index("Omar Ayub Khan")
    lead = AYUB.index(" Speaking")
    assert _lead_actors(mentions, AYUB, lead, "2025-03-12") == [("omar ayub khan", "2025-03-12")]


def test_an_organisation_naming_no_known_person_stays_an_organisation() -> None:
    text = "The Jinnah Medical Complex Board met. Ali Raza spoke."
    mentions = [
        _mention("Jinnah Medical Complex Board", text, "ORG"),
        _mention("Ali Raza", text, "PERSON"),
    ]
    assert [p["text"] for p in person_mentions(mentions)] == ["Ali Raza"]


def _row(persons: list[str], text: str) -> dict[str, object]:
    return {"persons": persons, "text": text, "places": "", "figures": ""}


def test_dated_person_news_leaves_out_the_first_person_test() -> None:
    context = _row(
        ["sonia sotomayor", "barack obama", "regina benjamin"],
        "As politicos watch the hearings for Sonia Sotomayor, President Barack Obama "
        "nominated Regina Benjamin as surgeon general.",
    )
    plain = _row(["regina benjamin"], "The President named Dr. Regina Benjamin surgeon general.")
    assert reports_apart(context, plain)  # undated: whose news is Sotomayor's?
    assert not reports_apart(context, plain, dated=True)


def test_dated_person_news_still_apart_when_each_names_another() -> None:
    gupta = _row(["barack obama", "sanjay gupta"], "Obama chose Sanjay Gupta as surgeon general.")
    benjamin = _row(
        ["barack obama", "regina benjamin"], "Obama chose Regina Benjamin as surgeon general."
    )
    assert reports_apart(gupta, benjamin, dated=True)


def test_a_name_and_its_longer_form_in_one_report_are_one_person() -> None:
    from dossier.kb.lead_names import full_name_words

    persons = [{"text": "Omar Ayub"}, {"text": "Omar Ayub Khan"}, {"text": "Ali Khan"}]
    assert full_name_words(["omar", "ayub"], persons) == ["omar", "ayub", "khan"]
    # a given name alone is no one's prefix: "Omar" stays "Omar" (it names no one in full)
    assert full_name_words(["omar"], persons) == ["omar"]
    assert full_name_words(["ali", "raza"], persons) == ["ali", "raza"]


def test_headline_bullet_and_body_name_one_actor_with_the_bullets_day() -> None:
    text = (
        "• Omar Ayub attributes attack to failure\nISLAMABAD: The government on Wednesday "
        "kept silent despite criticism from Opposition Leader Omar Ayub Khan, who slammed it."
    )
    mentions = [
        _mention("Omar Ayub", text, "PERSON"),
        _mention("Omar Ayub Khan", text, "PERSON"),
    ]
    actors = _lead_actors(mentions, text, len(text), "2025-03-13")
    assert [name for name, _day in actors] == ["omar ayub khan"]


def test_a_name_inside_an_institutions_longer_name_is_no_person() -> None:
    text = "The Shaukat Khanum Imran Khan Memorial Hospital opened. Imran Khan spoke."
    mentions = [
        _mention("Shaukat Khanum Imran Khan Memorial Hospital", text, "ORG"),
        _mention("Imran Khan", text, "PERSON"),
    ]
    assert [p["text"] for p in person_mentions(mentions)] == ["Imran Khan"]
