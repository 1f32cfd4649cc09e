"""Within-article event merges (issue 15, item 5): mentions of one incident inside one
article are one event, and a report that contradicts an event's named participants is not
merged into it."""

from __future__ import annotations

from dossier.kb.event_merge import EventReport, actors_contradict
from dossier.kb.event_reports import _listed_place_event, _stated_places_differ


def test_two_named_sides_with_nothing_in_common_contradict():
    assert actors_contradict(frozenset({"ent_israel"}), frozenset({"ent_islamic_jihad"}))


def test_a_shared_name_among_several_does_not_contradict():
    # the event's actors over all its reports: "Hamas" then "Hamas and its armed wing"
    assert not actors_contradict(frozenset({"ent_hamas", "ent_qassam"}), frozenset({"ent_hamas"}))


def test_an_unnamed_side_contradicts_nothing():
    # "gunmen", "the troops": no entity, so nothing to disagree with
    assert not actors_contradict(frozenset(), frozenset({"ent_israel"}))
    assert not actors_contradict(frozenset({"ent_israel"}), frozenset())


def _report(location: str | None, place: str | None = None) -> EventReport:
    return EventReport(
        mention_id=1,
        document_id="d",
        type="ASSAULT",
        mode=None,
        modality="asserted",
        date_start="2025-03-26",
        date_end="2025-03-27",
        location=location,
        actors=frozenset(),
        targets=frozenset(),
        place=place,
    )


def test_two_stated_districts_are_two_places():
    # "in the Dera Ismail Khan district" against "in North Waziristan": both in the gazetteer
    new, other = _report("ent_di_khan"), _report("ent_north_waziristan")
    assert _stated_places_differ(new, other, "Dera Ismail Khan district", "North Waziristan")


def test_a_town_the_gazetteer_lacks_is_not_told_apart_from_a_district():
    # "Miramshah" may lie in the "North Waziristan" told beside it: nothing says it does not
    new, other = _report("ent_miramshah"), _report("ent_north_waziristan")
    assert not _stated_places_differ(new, other, "Miramshah", "North Waziristan")


def test_a_district_and_its_province_are_one_place_told_at_two_scales():
    new, other = _report("ent_north_waziristan"), _report("ent_kp")
    assert not _stated_places_differ(new, other, "North Waziristan", "Khyber Pakhtunkhwa")


def test_a_place_not_stated_in_its_sentence_differs_from_nothing():
    # a report placed by an earlier sentence or the dateline has no stated location
    assert not _stated_places_differ(_report(None), _report("ent_kp"), None, "Khyber Pakhtunkhwa")
    assert not _stated_places_differ(_report("ent_kp"), _report("ent_kp"), "KP", "KP")


def _row(i: int, sentence: int, trigger: int, place: str, event_id: str) -> dict:
    return {
        "id": i,
        "sentence": sentence,
        "trigger_start": trigger,
        "location_text": place,
        "location_via": "sentence",
        "event_id": event_id,
    }


#: a summary sentence (0) listing three places with one trigger, each its own event
_TEXT = (
    "Gunmen killed six people in separate attacks in Kalor, Venta and Mirabad on Friday.\n"
    "In another attack in the Dasht area of Venta, two men were killed.\n"
)
_LISTED = [
    _row(1, 0, 7, "Kalor", "e1"),
    _row(2, 0, 7, "Venta", "e2"),
    _row(3, 0, 7, "Mirabad", "e3"),
]


def _listed(place: str, via: str = "sentence", said: str = "", at: int = 1) -> str | None:
    new = _report(None)
    reports = {r["id"]: _report(None) for r in _LISTED}
    record = {"location_text": place, "location_via": via, "sentence": at}
    actors = {r["event_id"]: frozenset() for r in _LISTED}
    return _listed_place_event(new, record, _LISTED, reports, actors, _TEXT, said)


def test_an_incident_told_in_full_joins_the_summary_item_of_its_place():
    assert _listed("Venta") == "e2"
    # "the Dasht area of Venta": the article writes its place inside the listed one
    assert _listed("Dasht") == "e2"
    # "in Mirabad town, Rokan district": its sentence names the listed place as where
    assert (
        _listed("Rokan district", said="Gunmen opened fire in Mirabad town, Rokan district") == "e3"
    )


def test_no_summary_item_for_a_place_not_stated_or_not_listed():
    assert _listed("Venta", via="earlier") is None  # a place lent by an earlier sentence
    assert _listed("Sorab") is None
    # a summary told after the report is no summary of it
    assert _listed("Venta", at=0) is None
