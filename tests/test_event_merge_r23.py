"""One incident, one event (session 23): a sentence with no day of its own that continues the
incident just told and names a locality the gazetteer lacks ("came under fire ... in Bdal
Karez area" after "attacked them in Nushki district on Saturday night") names that incident's
site, so it joins it; a site in another province, a new incident's opener, or two sites the
gazetteer knows still keep two incidents apart."""

from __future__ import annotations

from typing import Any

import pytest

from dossier.kb.event_reports import _addressed_within, _names_its_site, _site_of
from tests.one_article import exported_events


def _row(
    place: str | None,
    via: str | None = "sentence",
    admin1: str | None = "Khyber Pakhtunkhwa",
    country: str | None = "Pakistan",
) -> dict[str, Any]:
    return {
        "location_text": place,
        "location_via": via,
        "location_admin1": admin1,
        "location_country": country,
    }


@pytest.mark.unit
@pytest.mark.parametrize(
    ("place", "via", "site"),
    [
        ("Khojri Mir Kalay", "sentence", True),  # a locality the gazetteer lacks
        ("Bannu", "sentence", False),  # a district it holds: the usual rules compare it
        ("Khyber Pakhtunkhwa", "sentence", False),  # a province is no site
        ("Khojri Mir Kalay", "earlier", False),  # a place taken from before states nothing
        (None, None, False),
    ],
)
def test_a_site_is_a_locality_its_own_sentence_states(
    place: str | None, via: str | None, site: bool
) -> None:
    text = "Gunmen attacked a van in Bannu.\nThe van came under fire in Khojri Mir Kalay area."
    row = {**_row(place, via), "start": text.index("The van")}
    assert _names_its_site(row, place, text) is site


@pytest.mark.unit
def test_a_site_the_article_named_before_is_no_new_site() -> None:
    text = (
        "Three were killed in firing and a blast in Bannu and the Khojri Mir Kalay area.\n"
        "A man stepped on a landmine in Khojri Mir Kalay."
    )
    row = {**_row("Khojri Mir Kalay"), "start": text.index("A man")}
    assert not _names_its_site(row, "Khojri Mir Kalay", text)


@pytest.mark.unit
def test_a_site_lies_in_a_known_place_of_its_own_province() -> None:
    site, text = _row("Khojri Mir Kalay"), "Gunmen attacked a van in Bannu."
    assert _site_of(site, _row("Bannu"), text)
    assert not _site_of(site, _row("Quetta", admin1="Balochistan"), text)  # another province
    assert not _site_of(site, _row("Gul Zarin Kalay"), text)  # two unknown names: two sites
    assert not _site_of(site, _row(None), text)
    assert not _site_of(site, _row("Khyber Pakhtunkhwa"), text)  # a province holds any site
    # a site filed under no region is weighed by its country
    assert _site_of(_row("Khojri Mir Kalay", admin1=None), _row("Bannu"), text)
    assert not _site_of(
        _row("Khojri Mir Kalay", admin1=None, country="Afghanistan"), _row("Bannu"), text
    )
    assert not _site_of(_row("Khojri Mir Kalay", admin1=None), _row("Bannu", admin1=None), text)


@pytest.mark.unit
def test_a_district_the_article_names_so_may_hold_a_site() -> None:
    site, district = _row("Khojri Mir Kalay"), _row("Gul Zarin")
    assert _site_of(site, district, "Gunmen attacked a van in Gul Zarin district.")
    assert not _site_of(site, district, "Gunmen attacked a van in Gul Zarin.")


_TOLD = (
    "PESHAWAR: A police van was set on fire and two others were damaged when unidentified "
    "gunmen attacked them in Bannu district on Sunday night.\n\n"
    "Officials said the vans came under fire on the main road in Khojri Mir Kalay area.\n\n"
)


@pytest.mark.nlp
def test_the_site_of_the_incident_just_told_joins_it_end_to_end(tmp_path, settings) -> None:
    events = exported_events(tmp_path, settings, _TOLD, "2025-03-11")
    attacks = [e for e in events if e["type"] == "ASSAULT"]
    assert len(attacks) == 1, [(e["location_name"], e["evidence"]) for e in attacks]


@pytest.mark.nlp
def test_a_separate_incident_at_a_site_stays_apart_end_to_end(tmp_path, settings) -> None:
    text = _TOLD.replace("Officials said the vans", "In a separate incident, two vans")
    events = exported_events(tmp_path, settings, text, "2025-03-11")
    attacks = [e for e in events if e["type"] == "ASSAULT"]
    assert len(attacks) == 2, [(e["location_name"], e["evidence"]) for e in attacks]


@pytest.mark.unit
@pytest.mark.parametrize(
    ("one", "other", "within"),
    [
        ("Gulbahar, Peshawar", "Peshawar", True),  # one name written as an address
        ("Peshawar", "Gulbahar, Peshawar", True),  # either way round
        ("Gulbahar, Peshawar", "Gulbahar", False),  # the head is not the place around it
        ("Gulbahar, Peshawar", "Mardan", False),
        ("Peshawar, Peshawar", "Peshawar", False),  # a name twice is no locality inside it
        ("Peshawar", "Mardan", False),  # no comma: the other rules compare them
        (None, "Peshawar", False),
    ],
)
def test_an_address_ends_in_the_place_around_it(
    one: str | None, other: str | None, within: bool
) -> None:
    assert _addressed_within(one, other) is within
