"""Places of events, session 29 (issue 15): a sentence with no place of its own takes the
place of the incident told before it only when it does not date its act apart from that
incident ("... a suicide blast in Khuzdar on Friday. In November last year, 26 people were
killed ..." is another incident); an act struck "on the city of X" is placed in X; a named
camp ("the Bureij refugee camp") is a place however the model tagged its name. Unit tests
build the document by hand; the nlp tests run the rules over a parse."""

from __future__ import annotations

import pytest

from dossier.kb.event_places import DocumentPlaces, _dated_apart, _earlier_place
from dossier.records import AnalyzedDocument, Document, EventMention, Mention, Sentence, TimeExpr

LEAD = "A suicide blast in Khuzdar killed five people on Friday."


def _two_sentences(second: str, day: tuple[str, str, str] | None, report: bool = False):
    """An article of ``LEAD`` then ``second``, whose act is dated by ``day`` (its words, first
    and last ISO day), as the report's day when ``report``; returns the document and the
    second sentence's event."""
    text = f"{LEAD} {second}"
    at = len(LEAD) + 1
    friday = TimeExpr(
        LEAD.index("Friday"),
        LEAD.index("Friday") + 6,
        "Friday",
        "2025-02-21",
        "2025-02-21",
        "day",
        0,
    )
    times = [friday]
    own_time = None
    if day is not None:
        words, first, last = day
        start = text.index(words, at)
        times.append(TimeExpr(start, start + len(words), words, first, last, "range", 1))
        own_time = (start, start + len(words))
    lead = EventMention(
        "ASSAULT", None, (LEAD.index("killed"), LEAD.index("killed") + 6), 0, len(LEAD), 0,
        time=(friday.start, friday.end),
    )  # fmt: skip
    killed = text.index("killed", at)
    event = EventMention(
        "ASSAULT", None, (killed, killed + 6), at, len(text), 1,
        time=own_time, time_of_report=report,
    )  # fmt: skip
    at_khuzdar = LEAD.index("Khuzdar")
    khuzdar = Mention(at_khuzdar, at_khuzdar + 7, "Khuzdar", "GPE", "khuzdar", 0)
    analyzed = AnalyzedDocument(
        Document(id="d", source="s", raw_hash="h", text=text, published="2025-02-23"),
        [Sentence(0, len(LEAD)), Sentence(at, len(text))],
        [khuzdar],
        times,
        [lead, event],
    )
    return analyzed, event


def _lent(second: str, day: tuple[str, str, str] | None, report: bool = False) -> str | None:
    analyzed, event = _two_sentences(second, day, report)
    places = DocumentPlaces(analyzed, None, {}, list(analyzed.mentions))
    own = next((t for t in analyzed.times if event.time and t.start == event.time[0]), None)
    found = _earlier_place(places, event, 3, (), own, report)
    return found.text if found else None


@pytest.mark.unit
def test_an_act_dated_apart_from_the_incident_before_takes_not_its_place():
    # the month before: another incident, told as background
    months = ("In January", "2025-01-01", "2025-01-31")
    assert _lent("In January, 26 people were killed in a blast.", months) is None
    # the same day, or an interval holding it: the incident continues
    day = ("On Friday", "2025-02-21", "2025-02-21")
    assert _lent("On Friday, the blast killed two more.", day) == "Khuzdar"
    week = ("last week", "2025-02-17", "2025-02-23")
    assert _lent("The blast last week killed two more.", week) == "Khuzdar"
    # no date of its own: it continues the incident told before, as it always did
    assert _lent("The blast also killed two children.", None) == "Khuzdar"


@pytest.mark.unit
def test_a_report_day_bounds_the_act_from_above_only():
    # "Last Sunday, police said it killed ...": the act is on or before that Sunday, so a
    # Friday after it is another incident, a Friday before it may be the same one
    sunday_after = ("On Sunday", "2025-02-23", "2025-02-23")
    assert _lent("On Sunday, police said it killed two.", sunday_after, True) == "Khuzdar"
    sunday_before = ("Last Sunday", "2025-02-16", "2025-02-16")
    assert _lent("Last Sunday, police said it killed two.", sunday_before, True) is None


@pytest.mark.unit
def test_a_sentence_whose_acts_carry_no_date_lends_its_place_to_any_day():
    analyzed, _ = _two_sentences("In January, 26 people were killed.", None)
    # the lead's act undated (its Friday removed): nothing says the days differ
    undated_lead = [
        EventMention(e.type, e.mode, e.trigger, e.start, e.end, e.sentence)
        if e.sentence == 0
        else e
        for e in analyzed.events
    ]
    january = TimeExpr(0, 0, "In January", "2025-01-01", "2025-01-31", "month", 1)
    bare = AnalyzedDocument(
        analyzed.document, analyzed.sentences, analyzed.mentions, analyzed.times, undated_lead
    )
    assert not _dated_apart(bare, 0, january)
    assert _dated_apart(analyzed, 0, january)
    assert not _dated_apart(analyzed, 0, None)


# -- through the parser ------------------------------------------------------------------


@pytest.fixture(scope="module")
def nlp():
    from dossier.config import load_settings
    from dossier.extract.nlp import load_pipeline

    return load_pipeline(load_settings(environ={}).spacy_model)


def _places(nlp, text: str) -> dict[str, str | None]:
    """Each event trigger of ``text`` and the place the rules give it."""
    from dossier.extract.nlp import analyze_doc

    document = Document(id="d", source="s", raw_hash="h", text=text, published="2025-03-01")
    analyzed = analyze_doc(document, nlp(text))
    return {
        text[e.trigger[0] : e.trigger[1]]: text[e.location[0] : e.location[1]]
        if e.location
        else None
        for e in analyzed.events
    }


@pytest.mark.nlp
def test_a_town_struck_on_its_settlement_noun_is_the_place(nlp):
    text = "An Israeli airstrike on the city of Rafah killed two Palestinians, medics said."
    assert _places(nlp, text)["killed"] == "Rafah"
    # the relative clause on the town names a wider place: the town struck is still the place
    text = (
        "An Israeli airstrike on the city of Rafah, which abuts Gaza’s southern border with "
        "Egypt, killed two Palestinians."
    )
    assert _places(nlp, text)["killed"] == "Rafah"


@pytest.mark.nlp
def test_a_named_camp_is_a_place_before_the_region_it_lies_in(nlp):
    text = "Israeli forces shelled homes in the Bureij refugee camp in central Gaza."
    assert _places(nlp, text)["shelled"] == "Bureij"
    # a camp named by initials is whose camp it is, not where
    text = "Armed men opened fire at a constable deployed at the IDP camp."
    assert _places(nlp, text)["opened"] is None
