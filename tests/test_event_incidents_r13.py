"""One stored event per real incident inside one article (issue 15, point 5; session 13).

Two shapes of one incident told twice that were kept as two events:

* an act the article gives no date of its own (stored with the interval on or before its
  report's day) against the dated telling of the same incident ("153 PTI workers arrested
  during the party's protests in November 2024" ... "The PTI workers were arrested during
  protests held near D-Chowk");
* a retelling that points back at the incident just told and names a finer place ("On
  February 1, a police inspector was shot at and wounded in the Site area. The 47-year-old
  officer was shot near Naurus Chowrangi.").
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from dossier.kb.event_merge import (
    EventReport,
    bound_by_report,
    places_differ,
    points_back,
    same_incident_in_document,
)

pytestmark = pytest.mark.unit


def _report(
    mid: int,
    *,
    dates: tuple[str, str] | None = None,
    bound: bool = False,
    targets: frozenset[str] = frozenset(),
    actors: frozenset[str] = frozenset(),
    modality: str = "asserted",
    place: str | None = None,
    location: str | None = None,
    sentence: int = -1,
    pointing: bool = False,
) -> EventReport:
    return EventReport(
        mention_id=mid,
        document_id="d1",
        type="COERCE",
        mode="arrest",
        modality=modality,
        date_start=dates[0] if dates else None,
        date_end=dates[1] if dates else None,
        location=location,
        actors=actors,
        targets=targets,
        place=place,
        bound=bound,
        sentence=sentence,
        points_back=pointing,
    )


# -- an undated act and the dated telling of its incident ----------------------------------

NOVEMBER = ("2024-11-01", "2024-11-30")
UNDATED = ("2025-01-04", "2025-01-11")  # on or before the report's day


def test_an_undated_act_joins_the_dated_telling_of_its_victims():
    dated = _report(1, dates=NOVEMBER, targets=frozenset({"ent-pti"}), sentence=4)
    undated = _report(2, dates=UNDATED, bound=True, targets=frozenset({"ent-pti"}), sentence=5)
    assert same_incident_in_document(undated, dated)
    assert same_incident_in_document(dated, undated)  # whichever the article tells first


def test_an_undated_act_told_after_a_dated_one_at_its_place_joins_it():
    dated = _report(1, dates=("2024-06-01", "2024-06-30"), place="patel para", sentence=14)
    undated = _report(2, dates=UNDATED, bound=True, place="patel para", sentence=15)
    assert same_incident_in_document(undated, dated)


def test_an_undated_act_told_before_a_dated_one_at_its_place_stays_apart():
    # "a deadly attack in occupied Kashmir", then "the Pulwama attack [of 2019] ... in
    # Indian-occupied Kashmir": the place alone does not make the recalled attack the news
    undated = _report(1, dates=UNDATED, bound=True, place="kashmir", sentence=3)
    dated = _report(2, dates=("2019-02-01", "2019-02-28"), place="kashmir", sentence=4)
    assert not same_incident_in_document(dated, undated)


def test_an_undated_act_told_sentences_away_from_the_dated_one_stays_apart():
    # "Prior to this, another operation was conducted in Dagar village, during which local
    # drug dealer Basharat Hussain was arrested", a dozen sentences after the lead's arrests
    dated = _report(1, dates=NOVEMBER, targets=frozenset({"ent-dealer"}), sentence=0)
    undated = _report(2, dates=UNDATED, bound=True, targets=frozenset({"ent-dealer"}), sentence=12)
    assert not same_incident_in_document(undated, dated)
    assert not same_incident_in_document(replace(undated, sentence=3), replace(dated, sentence=1))
    assert same_incident_in_document(replace(undated, sentence=1), dated)


def test_an_undated_act_sharing_only_its_actor_stays_apart():
    # a gang or a force acts in many incidents: "the suspects opened fire on the police"
    # is not the gang's shooting of September 2024
    dated = _report(1, dates=("2024-09-26", "2024-09-26"), actors=frozenset({"ent-gang"}))
    undated = _report(2, dates=UNDATED, bound=True, actors=frozenset({"ent-gang"}))
    assert not same_incident_in_document(undated, dated)


def test_an_undated_act_told_with_another_modality_stays_apart():
    dated = _report(1, dates=NOVEMBER, targets=frozenset({"ent-pti"}))
    undated = _report(
        2, dates=UNDATED, bound=True, targets=frozenset({"ent-pti"}), modality="alleged"
    )
    assert not same_incident_in_document(undated, dated)


def test_a_dated_act_after_the_undated_ones_bound_stays_apart():
    later = _report(1, dates=("2025-01-20", "2025-01-20"), targets=frozenset({"ent-pti"}))
    undated = _report(2, dates=UNDATED, bound=True, targets=frozenset({"ent-pti"}))
    assert not same_incident_in_document(undated, later)


def test_two_dated_acts_of_different_days_stay_apart():
    one = _report(1, dates=NOVEMBER, targets=frozenset({"ent-pti"}))
    other = _report(2, dates=UNDATED, targets=frozenset({"ent-pti"}))  # "last week": dated
    assert not same_incident_in_document(other, one)


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            {
                "date_start": "2025-01-04",
                "date_end": "2025-01-11",
                "date_text": None,
                "precision": "range",
            },
            True,
        ),
        (
            {
                "date_start": "2025-01-04",
                "date_end": "2025-01-11",
                "date_text": "last week",
                "precision": "week",
            },
            False,
        ),
        ({"date_start": None, "date_end": None, "date_text": None, "precision": None}, False),
    ],
)
def test_which_stored_reports_are_bound_by_their_report(row, expected):
    assert bound_by_report(row) is expected


# -- a retelling that points back -------------------------------------------------------


def _points_back(sentence: str, trigger: str, *args: str) -> bool:
    start = 1000  # the sentence's offset in its document
    stored = [
        {"start": start + sentence.index(a), "end": start + sentence.index(a) + len(a), "text": a}
        for a in args
    ]
    return points_back(sentence, start, start + sentence.index(trigger), stored)


@pytest.mark.parametrize(
    ("sentence", "trigger", "args", "expected"),
    [
        (
            "The 47-year-old officer was shot near Naurus Chowrangi.",
            "shot",
            ["The 47-year-old officer"],
            True,
        ),
        (
            "The police officer was killed near the Khairabad Aman roundabout.",
            "killed",
            ["The police officer"],
            True,
        ),
        (
            "He said that the assailants opened fire on Constables Hikmatullah and Khan Bahadar.",
            "opened",
            ["assailants", "Constables Hikmatullah", "Khan Bahadar"],
            True,
        ),
        (
            "The explosion hit Maulana Noorullah's car near Shahzad Madrassah.",
            "explosion",
            ["Maulana Noorullah"],
            True,
        ),
        # someone new: another incident
        (
            "On February 1, a police inspector was shot at and wounded in the Site area.",
            "shot",
            ["police inspector"],
            False,
        ),
        (
            "Two police constables were martyred when gunmen opened fire.",
            "martyred",
            ["Two police constables", "gunmen"],
            False,
        ),
        (
            "Unidentified gunmen opened fire on the convoy.",
            "opened",
            ["Unidentified gunmen", "the convoy"],
            False,
        ),
        (
            "12 kg hashish was recovered from a suspect rounded up near Fateh Chowk.",
            "rounded",
            ["suspect"],
            False,
        ),
        # nothing points back: a name alone is neither new nor told
        (
            "Maulana Noorullah was attacked near Shahzad Madrassah.",
            "attacked",
            ["Maulana Noorullah"],
            False,
        ),
    ],
)
def test_which_reports_point_back(sentence, trigger, args, expected):
    assert _points_back(sentence, trigger, *args) is expected


def test_a_participant_lent_from_another_sentence_does_not_point_back():
    # "Prior to this, another operation was conducted in Dagar village, during which local
    # drug dealer Basharat Hussain was arrested": the actor "police" is lent from the lead
    sentence = (
        "Prior to this, another operation was conducted in Dagar village, during which local"
        " drug dealer Basharat Hussain was arrested."
    )
    start = 5000
    args = [
        {"start": 120, "end": 126, "text": "police"},
        {"start": start + sentence.index("Basharat"), "end": 0, "text": "Basharat Hussain"},
    ]
    assert not points_back(sentence, start, start + sentence.index("arrested"), args)


def test_a_retelling_in_the_next_sentence_tells_its_incident_finer():
    site = _report(1, dates=("2025-02-01", "2025-02-01"), place="site", sentence=12)
    naurus = _report(
        2, dates=("2025-02-01", "2025-02-01"), place="naurus chowrangi", sentence=13, pointing=True
    )
    assert not places_differ(naurus, site)
    assert same_incident_in_document(naurus, site)


def test_a_retelling_far_from_the_telling_keeps_its_place_apart():
    site = _report(1, place="site", sentence=12)
    naurus = _report(2, place="naurus chowrangi", sentence=16, pointing=True)
    assert places_differ(naurus, site)
    assert not same_incident_in_document(naurus, site)


def test_a_report_that_does_not_point_back_keeps_its_place_apart():
    site = _report(1, place="site", sentence=12)
    steel = _report(2, place="steel town", sentence=13)
    assert places_differ(steel, site)
    assert not same_incident_in_document(steel, site)


def test_a_retelling_never_joins_a_later_telling():
    # it points back, not forward: a report told before it is the only one it retells
    naurus = _report(1, place="naurus chowrangi", sentence=12, pointing=True)
    site = _report(2, place="site", sentence=13)
    assert places_differ(site, naurus)
