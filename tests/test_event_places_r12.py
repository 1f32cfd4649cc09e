"""Places of events, session 12 (issue 15): where a sentence names several places and none
hangs on the act, the act's own clause's place, not a protest's grievance; a region the
gazetteer knows only by its towns ranked as a region, not as a town; the named road a protest
blocked."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dossier.geo import region_by_towns
from dossier.query.export import build_export
from dossier.store import open_store

_ROWS = [
    {
        "url": "https://example.test/seizures", "published": "2025-03-12",
        "title": "Drugs seized",
        "text": "RAWALPINDI: 950 grams ice was recovered from a parcel at a courier office near "
        "Chandni Chowk Rawalpindi and 19 kg ice was recovered from a vehicle intercepted near "
        "Sialkot on GT Road from the possession of a suspect arrested.\n",
    },
    {
        "url": "https://example.test/strip", "published": "2025-04-12",
        "title": "Gaza strikes",
        "text": "GAZA CITY: Elsewhere in the territory, four people were killed in an Israeli "
        "bombardment in Deir el-Balah in the central Gaza Strip, the civil defence agency "
        "said.\n",
    },
    {
        "url": "https://example.test/zehri", "published": "2025-04-13",
        "title": "Leaders killed",
        "text": "QUETTA: Two leaders of JUI-F were killed when gunmen opened fire on them in the "
        "Zehri area of Khuzdar district on Saturday.\n",
    },
    {
        "url": "https://example.test/blocked", "published": "2025-04-14",
        "title": "Highway blocked",
        "text": "KHUZDAR: Residents had earlier blocked the Sanjavi-Ziarat road in protest against "
        "the presence of militants in the area. Members of the tribe later staged a protest, "
        "blocking the Quetta-Karachi highway.\n",
    },
    {
        "url": "https://example.test/grievance", "published": "2025-04-09",
        "title": "Outlet attacked",
        "text": "KARACHI: They said that hundreds of people gathered in front of an outlet on "
        "Hyderabad Road in Mirpurkhas and held a demonstration against Israeli aggression in "
        "Gaza.\n",
    },
]  # fmt: skip


@pytest.mark.unit
def test_a_region_known_only_by_its_towns_is_a_region():
    # GeoNames has no record of the Gaza Strip, only towns that lie in it
    assert region_by_towns("Gaza Strip")
    assert region_by_towns("the Gaza Strip")
    # a region with a record of its own, and towns, are not
    assert not region_by_towns("Balochistan")
    assert not region_by_towns("Quetta")
    assert not region_by_towns("Zehri")


@pytest.mark.nlp  # ingests through the pipeline
def test_own_clause_town_in_region_and_blocked_road_place_acts(tmp_path: Path, settings):
    from dossier.pipeline.run import run_ingest  # spaCy: only for the tiers that ingest

    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in _ROWS), encoding="utf-8")
    store = open_store(str(tmp_path / "kb.db"))
    report = run_ingest([path], store, settings)
    assert not report.errors, report.errors
    events = build_export(store)["events"]
    store.close()

    def told(kind: str, words: str) -> dict[str, Any]:
        found = [
            e
            for e in events
            if e["type"] == kind and any(words in s["text"] for s in e["evidence"])
        ]
        assert found, (words, [(e["type"], e["evidence"][0]["text"]) for e in events])
        return found[0]

    # the arrest's clause names Sialkot; the first recovery's Chandni Chowk is farther off
    arrest = told("COERCE", "suspect arrested")
    assert arrest["location_name"] == "Sialkot", arrest["location_name"]
    assert arrest["location_admin1"] == "Punjab"
    # the town, not the region it lies in (both unranked by the gazetteer's records)
    strike = told("ASSAULT", "Israeli bombardment")
    assert strike["location_name"] == "Deir el-Balah", strike["location_name"]
    # the nearer of two districts, as before: the area the fire was opened in
    shot = told("ASSAULT", "opened fire")
    assert shot["location_name"] == "Zehri", shot["location_name"]
    # a protest that blocked a named road was held on it, though no "in/at" says so
    sat = told("PROTEST", "blocked the Sanjavi-Ziarat road")
    assert sat["location_name"] == "Sanjavi-Ziarat road", sat["location_name"]
    staged = told("PROTEST", "staged a protest")
    # the road the model marks by its two ends, now typed a facility (kb/cued_labels._TWO_ENDS)
    assert staged["location_name"] in (
        "Quetta-Karachi highway",
        "Quetta-Karachi",
        "Quetta",
    ), staged
    # where the grievance is (Gaza) is not where the demonstration was
    rally = told("PROTEST", "held a demonstration")
    assert rally["location_name"] in ("Hyderabad Road", "Mirpurkhas"), rally["location_name"]
