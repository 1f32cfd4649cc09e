"""Places of events, session 11 (issue 15): a local force's town is where it acted when its
sentence names no place (not where the contraband came from, not the dateline), and a report
with no place does not bridge two reports that state places in different regions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dossier.query.export import build_export
from dossier.store import open_store

_ROWS = [
    {
        "url": "https://example.test/force-1", "published": "2025-03-12",
        "title": "Bear cub recovered",
        "text": "PESHAWAR: The Kohat police on Tuesday recovered a bear cub being smuggled from "
        "Kaghan Valley to Peshawar in a car and arrested four men.\n",
    },
    {
        "url": "https://example.test/force-2", "published": "2025-05-19",
        "title": "Fugitives held",
        "text": "ISLAMABAD, May 19 (APP): In a separate set of operations, FIA Immigration "
        "Sialkot apprehended three fugitive suspects wanted for murder on Monday.\n",
    },
    {
        "url": "https://example.test/bridge", "published": "2025-01-10",
        "title": "A violent year",
        "text": "THE past year was not a good one where deadly terrorist attacks go, for "
        "according to the military's data, 2024 saw the highest number of civilian and "
        "military casualties in a decade. Much of this bloodshed is the handiwork of the "
        "banned TTP and other militants, though separatist groups in Balochistan also "
        "launched several major attacks. Two separate attacks occurred in North Waziristan, "
        "in which four personnel were martyred on Thursday.\n",
    },
    {
        "url": "https://example.test/station", "published": "2025-04-11",
        "title": "Man shoots neighbour",
        "text": "A man attacked his neighbour with an axe, leaving him severely injured in "
        "the limits of Kohsar Police Station on Friday, the Islamabad Capital Police said. "
        "Last week, a woman was shot dead in Quetta.\n",
    },
    {
        "url": "https://example.test/across", "published": "2025-04-08",
        "title": "Strike observed",
        "text": "Traders observed a shutter-down strike across Balochistan on Monday against "
        "the arrests of party leaders. The party's long march reached Quetta on Sunday.\n",
    },
]  # fmt: skip


@pytest.mark.nlp  # ingests through the pipeline
def test_a_local_forces_town_places_its_act_and_stated_places_keep_reports_apart(
    tmp_path: Path, settings
):
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

    # the force's town, not where the cub came from nor the dateline's city
    cub = told("COERCE", "recovered a bear cub")
    assert cub["location_name"] == "Kohat", cub["location_name"]
    assert cub["location_admin1"] == "Khyber Pakhtunkhwa"
    # the town in an agency's circle, with its own region (not the dateline's Islamabad)
    held = told("COERCE", "apprehended three fugitive")
    assert held["location_name"] == "Sialkot", held["location_name"]
    assert (held["location_admin1"], held["location_country"]) == ("Punjab", "Pakistan")
    # the placeless lead does not carry North Waziristan's attacks into Balochistan's
    attacks = told("ASSAULT", "occurred in North Waziristan")
    assert attacks["location_name"] == "North Waziristan", attacks["location_name"]
    assert attacks["location_admin1"] == "Khyber Pakhtunkhwa"
    # a police station's area, in the region of the town its force is named after
    shot = told("ASSAULT", "with an axe")
    assert "Kohsar" in (shot["location_name"] or ""), shot["location_name"]
    assert shot["location_admin1"] == "Islamabad", shot["location_admin1"]
    # a strike across a province is not narrowed to the town the next sentence names
    strike = told("PROTEST", "shutter-down strike")
    assert strike["location_name"] == "Balochistan", strike["location_name"]


@pytest.mark.nlp  # dossier.kb.facts imports the extractors (spaCy)
def test_the_town_runs_of_a_forces_name_skip_institution_words():
    from dossier.kb.facts import _capitalised_runs

    # "Police" is also a town of Poland: never looked up as a place
    assert _capitalised_runs("Islamabad Capital Police")[-3:] == ["Islamabad"]
    assert "Police" not in _capitalised_runs("Kohat Police Station")
    assert _capitalised_runs("FIA Immigration Sialkot") == ["FIA", "Sialkot"]


@pytest.mark.nlp  # dossier.kb.facts imports the extractors (spaCy)
def test_a_region_written_after_across_is_not_narrowed():
    from dossier.kb.facts import _SPREAD

    for before in ("cities across ", "throughout the ", "strikes all over "):
        assert _SPREAD.search(before), before
    assert not _SPREAD.search("an operation in ")
