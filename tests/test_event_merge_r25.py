"""One incident, one event (session 25): one trigger told once per place of a list ("roads
were also blocked in Turbat, Panjgur and Pasni") tells one incident per place, so an item
joins an earlier telling only where that telling states the item's own place (or one nested
with it); an item is never the unnamed site of the incident just told."""

from __future__ import annotations

from typing import Any

import pytest

from dossier.kb.event_reports import _same_stated_place
from tests.one_article import exported_events


def _row(place: str | None, via: str | None = "sentence") -> dict[str, Any]:
    return {"location_text": place, "location_via": via}


@pytest.mark.unit
@pytest.mark.parametrize(
    ("mine", "theirs", "via", "same"),
    [
        ("Turbat", "Turbat", "sentence", True),  # the item's own place told before
        ("Turbat", "Turbat district", "sentence", True),  # one place, two spellings
        ("Turbat", "Balochistan", "sentence", True),  # a town and its province: nested
        ("Panjgur", "Turbat", "sentence", False),  # two towns: two incidents
        ("Panjgur", "Quetta", "dateline", False),  # where it was filed states no place
        ("Panjgur", "Panjgur", "earlier", False),  # a place lent from before states nothing
        ("Panjgur", None, None, False),
        (None, "Turbat", "sentence", False),
    ],
)
def test_an_item_joins_only_a_telling_that_states_its_place(
    mine: str | None, theirs: str | None, via: str | None, same: bool
) -> None:
    text = "Militants blocked roads in Turbat. Roads were also blocked in Turbat and Panjgur."
    assert _same_stated_place(text, mine, _row(theirs, via)) is same


_LISTED = (
    "QUETTA: Armed men blocked the main highway on Wednesday night and torched "
    "three trucks, officials said.\n\n"
    "A police official said militants had also blocked roads in Turbat, Panjgur and Pasni.\n\n"
)


@pytest.mark.nlp
def test_each_listed_place_is_its_own_incident_end_to_end(tmp_path, settings) -> None:
    events = exported_events(tmp_path, settings, _LISTED, "2025-03-27")
    told = [(e["type"], e["location_name"], [ev["text"] for ev in e["evidence"]]) for e in events]
    blocked = [t for t in told if t[0] == "COERCE"]
    listed = sorted(place or "" for _, place, said in blocked if any("also" in s for s in said))
    assert listed == ["Panjgur", "Pasni", "Turbat"], told
    # the lead's roadblock, placed by its dateline, is no item's: it keeps its own place
    lead = [(place, said) for _, place, said in blocked if any("main highway" in s for s in said)]
    assert lead and all(place == "QUETTA" and len(said) == 1 for place, said in lead), told
