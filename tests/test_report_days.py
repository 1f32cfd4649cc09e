"""Undated acts dated by their report (issue 15, item 4; round 16).

An act whose own sentence gives only the day of the report that tells it ("read an official
statement issued today") and an act a dated wire dispatch's lead tells with no day ("ISLAMABAD,
May 28 (APP):A police officer was martyred ...") happened on that report's day or the day
before, as bench/labels/events/GUIDE.md labels them; a statement takes the report's day as
its own. The documents are built by hand (no model): the rules read only offsets.
"""

from __future__ import annotations

import re

import pytest

from dossier.kb.event_days import lead_report_day, own_report_day
from dossier.records import AnalyzedDocument, Document, EventMention, Sentence, TimeExpr

pytestmark = pytest.mark.unit


def _analyzed(
    text: str, published: str, days: dict[str, str], trigger: str, kind: str = "COERCE", **event
) -> tuple[AnalyzedDocument, EventMention]:
    """One document of one-sentence paragraphs, its ``days`` (text -> ISO day) found as
    times, and one event of ``kind`` on the first ``trigger``."""
    sentences, at = [], 0
    for part in text.split("\n\n"):
        sentences.append(Sentence(at, at + len(part)))
        at += len(part) + 2
    times = []
    for words, day in days.items():
        start = text.index(words)
        index = next(i for i, s in enumerate(sentences) if s.start <= start < s.end)
        times.append(TimeExpr(start, start + len(words), words, day, day, "day", index))
    start = text.index(trigger)
    index = next(i for i, s in enumerate(sentences) if s.start <= start < s.end)
    found = EventMention(
        kind,
        event.pop("mode", None),
        (start, start + len(trigger)),
        sentences[index].start,
        sentences[index].end,
        index,
        **event,
    )
    document = Document(id="d", source="f", raw_hash="x", text=text, published=published)
    return AnalyzedDocument(document, sentences, [], times, [found]), found


REPORTED_TODAY = (
    "Lahore police arrested a suspect after a body was found in Velmora.\n\n"
    "“A joint team arrested the suspect from Tarnok,” read an official statement issued today "
    "by the deputy inspector general."
)


def test_a_report_day_the_sentence_gives_an_untied_act_is_the_report_day():
    analyzed, event = _analyzed(
        REPORTED_TODAY, "2025-02-25", {"today": "2025-02-25"}, "arrested the suspect"
    )
    day = own_report_day(analyzed, event)
    assert day is not None and day.value_start == "2025-02-25"


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (("issued today", "issued today after a raid on Sunday"), "another date in the sentence"),
        (("read an official statement issued today", "in a raid today"), "not a report's day"),
    ],
)
def test_no_report_day_where_the_sentence_dates_otherwise(change, why):
    text = REPORTED_TODAY.replace(*change)
    days = {"today": "2025-02-25"}
    if "Sunday" in text:
        days["Sunday"] = "2025-02-23"
    analyzed, event = _analyzed(text, "2025-02-25", days, "arrested the suspect")
    assert own_report_day(analyzed, event) is None, why


def test_the_report_day_the_parse_gave_the_act_is_still_the_report_day():
    # "Police have booked 34 users ..., an official said on Wednesday": the parse gave the
    # act the report's day; it bounds the act all the same
    text = "Police have booked 34 users in Velmora, an official said on Wednesday."
    at = text.index("Wednesday")
    analyzed, event = _analyzed(
        text, "2025-03-20", {"Wednesday": "2025-03-19"}, "booked", time=(at, at + 9)
    )
    day = own_report_day(analyzed, event)
    assert day is not None and day.value_start == "2025-03-19"
    # the act's own day in a sentence of one date is no report's
    own = text.replace(", an official said on Wednesday", " on Wednesday")
    at = own.index("Wednesday")
    analyzed, event = _analyzed(
        own, "2025-03-20", {"Wednesday": "2025-03-19"}, "booked", time=(at, at + 9)
    )
    assert own_report_day(analyzed, event) is None


DISPATCH = (
    "ISLAMABAD, May 28 (APP):A police officer was martyred while another was injured in a "
    "shootout with armed robbers near the Faizabad station.\n\n"
    "An official told APP on Wednesday that the incident occurred during a raid."
)


def test_a_dispatch_lead_with_no_day_takes_the_dispatch_day():
    analyzed, event = _analyzed(
        DISPATCH,
        "2025-05-28",
        {"May 28": "2025-05-28", "Wednesday": "2025-05-28"},
        "martyred",
        "ASSAULT",
    )
    day = lead_report_day(analyzed, event)
    assert day is not None and (day.value_start, day.text) == ("2025-05-28", "May 28")


def test_the_dateline_date_given_to_the_act_is_the_dispatch_day_too():
    at = DISPATCH.index("May 28")
    analyzed, event = _analyzed(
        DISPATCH, "2025-05-28", {"May 28": "2025-05-28"}, "martyred", "ASSAULT", time=(at, at + 6)
    )
    day = lead_report_day(analyzed, event)
    assert day is not None and day.value_start == "2025-05-28"


@pytest.mark.parametrize(
    ("text", "published", "trigger", "why"),
    [
        (
            DISPATCH.replace("injured in", "injured on Tuesday in"),
            "2025-05-28",
            "martyred",
            "the lead dates the act itself",
        ),
        (DISPATCH, "2025-05-28", "raid", "not the lead"),
        (DISPATCH, "2025-06-02", "martyred", "a dateline days before the publication day"),
        (
            re.sub(r", May 28 \(APP\):", ": ", DISPATCH),
            "2025-05-28",
            "martyred",
            "a newspaper's undated dateline",
        ),
    ],
)
def test_no_dispatch_day_outside_an_undated_dated_dispatch_lead(text, published, trigger, why):
    days = {
        w: d
        for w, d in (
            ("May 28", "2025-05-28"),
            ("Tuesday", "2025-05-27"),
            ("Wednesday", "2025-05-28"),
        )
        if w in text
    }
    analyzed, event = _analyzed(text, published, days, trigger, "ASSAULT")
    assert lead_report_day(analyzed, event) is None, why


def test_an_act_the_lead_reacts_to_keeps_no_dispatch_day():
    # "Naqvi visited the hospital ... injured in the attack": the news is the visit
    text = (
        "ISLAMABAD, May 14 (APP):Interior Minister Naqvi visited the hospital to inquire after "
        "those injured in the attack on a police post in Velmora."
    )
    analyzed, attack = _analyzed(text, "2025-05-14", {"May 14": "2025-05-14"}, "attack", "ASSAULT")
    at = text.index("visited")
    visit = EventMention("CONSULT", None, (at, at + 7), attack.start, attack.end, 0)
    both = AnalyzedDocument(
        analyzed.document, analyzed.sentences, [], analyzed.times, [visit, attack]
    )
    assert lead_report_day(analyzed, attack) is not None  # alone in its lead, it would
    assert lead_report_day(both, attack) is None
    assert lead_report_day(both, visit) is not None
