"""Dates of events, round 22: a day the sentence names for its act wins over the report's day.

"Later on Thursday, airstrikes killed four people, medics said": the trailing attribution says
who told it; the day that opens the clause is the strikes' own, not the day of the telling (which
would make the act "Thursday or the day before"). "The monitor said Friday's attack killed ten":
a day that premodifies a noun is that noun's."""

from __future__ import annotations

import pytest

from tests.one_article import exported_events


def report_flags(nlp, sentence: str, published: str) -> dict[str, tuple[str | None, bool]]:
    """Each event trigger of ``sentence``: the day its own words date it to, and whether that
    day is only the day it was reported (``time_of_report``: a bound, not the act's day)."""
    from dossier.extract.nlp import analyze_doc
    from dossier.records import Document

    document = Document(id="d", source="s", raw_hash="h", text=sentence, published=published)
    analyzed = analyze_doc(document, nlp(sentence))
    times = {(t.start, t.end): t.value_start for t in analyzed.times}
    return {
        sentence[e.trigger[0] : e.trigger[1]]: (
            times.get(e.time) if e.time else None,
            e.time_of_report,
        )
        for e in analyzed.events
    }


@pytest.mark.nlp
@pytest.mark.parametrize(
    "sentence",
    [
        "Later on Thursday, separate airstrikes killed at least four people on a street in "
        "the old city and two in its northern district, medics said.",
        "On Thursday, gunmen shot dead a shopkeeper in the main bazaar, police said.",
    ],
)
def test_a_day_opening_the_clause_an_attribution_trails_is_the_acts_own(nlp, sentence):
    flags = report_flags(nlp, sentence, "2025-01-03")
    acts = [v for k, v in flags.items() if k in ("killed", "shot")]
    assert acts == [("2025-01-02", False)], flags


@pytest.mark.nlp
def test_a_day_premodifying_the_subject_of_the_reported_clause_is_the_acts_own(nlp):
    flags = report_flags(
        nlp, "The war monitor said Friday's attack killed ten villagers.", "2025-02-01"
    )
    assert flags.get("killed") == ("2025-01-31", False), flags


@pytest.mark.nlp
@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen shot dead ten people in a village, a war monitor said on Saturday.",
        "Police said on Saturday that gunmen shot dead ten people in a village.",
    ],
)
def test_the_day_of_the_telling_still_only_bounds_the_act(nlp, sentence):
    flags = report_flags(nlp, sentence, "2025-02-01")
    assert flags.get("shot") == ("2025-02-01", True), flags


@pytest.mark.nlp
def test_end_to_end_the_named_day_is_the_events_day(tmp_path, settings):
    text = (
        "Later on Thursday, separate airstrikes killed at least four people on a street in the "
        "old city, medics said.\n\nThe wounded were taken to a hospital."
    )
    events = exported_events(tmp_path, settings, text, "2025-01-03")
    (strike,) = [e for e in events if e["type"] == "ASSAULT"]
    assert (strike["date"]["start"], strike["date"]["end"]) == ("2025-01-02", "2025-01-02")


@pytest.mark.nlp
@pytest.mark.parametrize(
    "sentence",
    [
        "During the session on Monday, the assembly adopted a joint resolution condemning the "
        "bus attack.",
        "The provincial assembly on Monday adopted a resolution to condemn the suicide attack on "
        "the school bus.",
    ],
)
def test_an_act_a_dated_reaction_is_about_came_on_or_before_that_day(nlp, sentence):
    flags = report_flags(nlp, sentence, "2025-02-04")
    assert flags.get("attack") == ("2025-02-03", True), flags


@pytest.mark.nlp
def test_a_dated_act_with_no_reaction_between_keeps_its_day(nlp):
    flags = report_flags(
        nlp, "Police on Monday arrested three suspects in a raid on a hideout.", "2025-02-04"
    )
    assert flags.get("arrested") == ("2025-02-03", False), flags


@pytest.mark.nlp
def test_end_to_end_a_possessive_day_after_a_report_word_is_the_acts(tmp_path, settings):
    text = (
        "The war monitor said Friday's attack killed ten villagers in a hill village.\n\n"
        "The wounded were taken to a hospital."
    )
    events = exported_events(tmp_path, settings, text, "2025-02-01")
    (attack,) = [e for e in events if e["type"] == "ASSAULT"]
    assert (attack["date"]["start"], attack["date"]["end"]) == ("2025-01-31", "2025-01-31")


@pytest.mark.unit
def test_a_dispatch_filed_the_day_before_its_publication_was_written_on_its_dateline_day():
    from dossier.kb.said_days import last_reported_day
    from dossier.records import Document

    def written(text: str, published: str) -> str | None:
        return last_reported_day(
            Document(id="d", source="s", raw_hash="h", text=text, published=published)
        )

    lead = "ISLAMABAD, Mar 08 (APP): The minister praised the security forces."
    assert written(lead, "2025-03-09") == "2025-03-08"
    assert written(lead, "2025-03-08") == "2025-03-08"
    # a dateline date further back is some other date in the head, not the filing day
    assert written(lead, "2025-03-12") == "2025-03-12"
    assert written("PESHAWAR: The police arrested two men.", "2025-03-09") == "2025-03-09"


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Tensions have risen following an April 22 attack that killed 26 people.", "2025-04-22"),
        ("Police arrested a man over an April 22 attack that killed 26 people.", "2025-04-22"),
        ("The group claimed a July 2023 bombing that killed at least six people.", "2023-07-01"),
    ],
)
def test_a_relative_clause_on_a_dated_act_takes_its_date(nlp, sentence, day):
    flags = report_flags(nlp, sentence, "2025-04-29")
    assert flags.get("killed") == (day, False), flags


@pytest.mark.nlp
def test_the_act_an_arrest_is_for_came_on_or_before_the_arrests_day(nlp):
    flags = report_flags(
        nlp,
        "Punjab police on Saturday arrested five suspects for their alleged involvement in the "
        "gang rape of a child in the district, according to an official statement.",
        "2025-04-26",
    )
    assert flags.get("arrested") == ("2025-04-26", False), flags
    assert flags.get("rape") == ("2025-04-26", True), flags


@pytest.mark.nlp
def test_end_to_end_a_month_that_bounds_an_act_is_kept_whole(tmp_path, settings):
    text = (
        "Last month, the city police had also arrested three suspects for their alleged "
        "involvement in the gang rape of a woman in a village.\n\nThe case was sent to court."
    )
    events = exported_events(tmp_path, settings, text, "2025-04-12")
    dates = {(e["date"]["start"], e["date"]["end"]) for e in events if e["type"] == "ASSAULT"}
    # the rape came on or before the arrests of March: not "March 30 or 31", a made-up window
    assert dates and all(end == "2025-03-31" and start < "2025-03-30" for start, end in dates)
