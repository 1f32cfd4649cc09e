"""Where an event happened (issue 15): the most specific place of its sentence, else the
place of the incident told just before it, else the dateline's; a country or province refined
by the district the next sentences name; and the place's region and country by name."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dossier.geo import breadth, country_name, load_gazetteer, region_in, region_of
from dossier.kb.fact_summary import place_rank
from dossier.query.export import build_export
from dossier.query.reads import _event
from dossier.store import open_store


@pytest.mark.unit
def test_region_by_name_from_the_place_its_candidates_or_the_article():
    kunduz = load_gazetteer().candidates("Kunduz")[0]
    quetta = load_gazetteer().candidates("Quetta")[0]
    bannu = load_gazetteer().candidates("Bannu")[0]
    # the place resolved in its document
    assert region_of([("kunduz", kunduz, "")], "kunduz", "Kunduz", "") == ("Kunduz", "Afghanistan")
    # a locality the gazetteer lacks: the one region the article's resolved places lie in
    votes = [("quetta", quetta, ""), ("shaban", None, "not in the gazetteer")]
    assert region_of(votes, "shaban", "Shaban", "") == ("Balochistan", "Pakistan")
    # ... and where they span two regions, the dateline's
    votes.append(("bannu", bannu, ""))
    assert region_of(votes, "shaban", "Shaban", "quetta") == ("Balochistan", "Pakistan")
    assert region_of(votes, "shaban", "Shaban", "") == (None, "Pakistan")
    # ... unless most of them lie in one region: a wire's dateline is where it was filed
    kohat = next(p for p in load_gazetteer().candidates("Kohat") if p.admin1)
    assert kohat.admin1 == bannu.admin1 == "Khyber Pakhtunkhwa"
    votes.append(("kohat", kohat, ""))
    assert region_of(votes, "shaban", "Shaban", "quetta") == ("Khyber Pakhtunkhwa", "Pakistan")
    # a known name of records in one region, unresolved as a point ("Sahiwal": a town and a
    # district of Punjab), is in that region
    sahiwal = load_gazetteer().candidates("Sahiwal")
    assert sahiwal and {p.admin1 for p in sahiwal} == {"Punjab"}
    assert region_of([], "sahiwal", "Sahiwal", "") == ("Punjab", "Pakistan")
    assert country_name("PK") == "Pakistan"


def _report(text: str, via: str | None, evidence: str = "") -> dict[str, Any]:
    return {
        "event_id": "evt_1", "type": "ASSAULT", "mode": None, "modality": "asserted",
        "args": [], "location_entity": f"ent_{text.lower()}", "location_text": text,
        "location_via": via, "location_admin1": None, "location_country": None,
        "date_start": None, "date_end": None, "precision": None, "date_text": None,
        "story_id": "s", "document_id": "d", "sentence": 0, "start": 0, "end": 1,
        "evidence": evidence, "source": "x", "published": None,
    }  # fmt: skip


@pytest.mark.unit
def test_an_event_shows_the_place_a_report_states_before_the_dateline():
    dateline = _report("ISLAMABAD", "dateline")
    earlier = _report("North Waziristan", "earlier")
    stated = _report("Datta Khel", "sentence")
    assert [place_rank(r) for r in (stated, earlier, dateline)] == [0, 1, 2]
    assert _event([dateline, earlier])["location_name"] == "North Waziristan"
    assert _event([dateline, earlier, stated])["location_name"] == "Datta Khel"
    # a store from before the column: every place counts as stated, the first told wins
    assert _event([_report("Bannu", None), _report("Karak", None)])["location_name"] == "Bannu"


_ROWS = [
    {
        "url": "https://example.test/1", "published": "2025-01-12",
        "title": "Minister lauds operation",
        "text": "ISLAMABAD: Interior Minister Mohsin Naqvi on Sunday praised the security forces "
        "for their successful operation against terrorists in North Waziristan. The operation "
        "resulted in the elimination of nine terrorists, officials said.\n",
    },
    {
        "url": "https://example.test/2", "published": "2025-02-12",
        "title": "Bomber kills five outside bank",
        "text": "A suicide bomber killed five people on Tuesday in an explosion outside a bank in "
        "northern Afghanistan, police said. The blast hit the bank in Kunduz city as people "
        "queued for their salaries, a police spokesman said.\n",
    },
    {
        "url": "https://example.test/3", "published": "2025-03-12",
        "title": "Minister speaks on convoy attack",
        "text": "Talking to reporters in Lahore on Tuesday, the interior minister said that "
        "militants had attacked a police convoy with rockets.\n",
    },
    {
        "url": "https://example.test/4", "published": "2025-05-06",
        "title": "Police teams rewarded",
        "text": "ISLAMABAD: Two women were murdered in the Lohi Bher area earlier this year, an "
        "official said on Tuesday. In another case, a three-year-old child was abducted from "
        "the jurisdiction of Margalla Police Station. The teams worked day and night and "
        "arrested all accused involved in the murder cases.\n",
    },
]  # fmt: skip


@pytest.mark.nlp  # ingests through the pipeline
def test_events_are_placed_where_the_incident_happened_with_region_and_country(
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

    def told(words: str) -> dict[str, Any]:
        found = [
            e
            for e in events
            if e["type"] == "ASSAULT" and any(words in s["text"] for s in e["evidence"])
        ]
        assert found, (words, [(e["type"], e["evidence"][0]["text"]) for e in events])
        return found[0]

    # no place in its sentence: the operation told just before, not the dateline's capital
    operation = told("elimination of nine terrorists")
    assert operation["location_name"] == "North Waziristan"
    assert (operation["location_admin1"], operation["location_country"]) == (
        "Khyber Pakhtunkhwa",
        "Pakistan",
    )
    # "in northern Afghanistan", then the city the next sentence names
    blast = told("suicide bomber killed five")
    assert blast["location_name"].startswith("Kunduz")  # "Kunduz city", as the model tags it
    assert (blast["location_admin1"], blast["location_country"]) == ("Kunduz", "Afghanistan")
    # where the minister spoke is not where the convoy was attacked
    convoy = told("attacked a police convoy")
    assert convoy["location_name"] is None, convoy["location_name"]
    # an arrest told after "In another case, ..." is not placed by the incident before it
    (arrests,) = [
        e for e in events if e["type"] == "COERCE" and "arrested all" in e["evidence"][0]["text"]
    ]
    assert arrests["location_name"] != "Lohi Bher", arrests["location_name"]


@pytest.mark.unit
def test_a_country_abbreviation_is_a_country_and_a_city_is_the_town_of_its_name():
    # "US air strikes": a country, never ranked as a small place
    assert breadth("US") == breadth("United States") == 2
    # "Gaza City": the town the gazetteer holds as "Gaza", not the Mozambican region "Gaza"
    assert region_in({}, "gaza city", "Gaza City", "", "gaza")[0] == "Gaza Strip"


@pytest.mark.unit
def test_a_site_named_after_its_town_and_a_region_its_sentence_names():
    lahore = load_gazetteer().candidates("Lahore")[0]
    article = {"lahore": lahore}  # the article's other places lie in Punjab
    # "an attack on Bannu Cantonment": the garrison of Bannu, in Khyber Pakhtunkhwa
    assert region_in(article, "bannu cantonment", "Bannu Cantonment", "lahore") == (
        "Khyber Pakhtunkhwa",
        "Pakistan",
    )
    # a road joining two towns of one region
    assert region_in(article, "", "Faisalabad-Sahiwal Road", "") == ("Punjab", "Pakistan")
    # "in Khyber Pakhtunkhwa's Swat district": the sentence's region before the article's
    within = [("PK", "Khyber Pakhtunkhwa")]
    assert region_in(article, "swat", "Swat", "lahore", "swat", within) == (
        "Khyber Pakhtunkhwa",
        "Pakistan",
    )
    # a locality the gazetteer lacks, with no region in its sentence: the article's region
    assert region_in(article, "eidak", "Eidak", "lahore", "eidak") == ("Punjab", "Pakistan")
    # Swat, a district (GeoNames ADM2, session 24), is in its own region whatever the article
    assert region_in(article, "swat", "Swat", "lahore", "swat") == (
        "Khyber Pakhtunkhwa",
        "Pakistan",
    )
    # a region known only by its towns is its own region, whatever else the sentence names
    assert region_in({}, "gaza strip", "Gaza Strip", "", "gaza strip", [("PS", "Rafah")]) == (
        "Gaza Strip",
        country_name("PS"),
    )


@pytest.mark.nlp  # dossier.kb.facts imports the extractors
def test_the_region_an_events_sentence_names_even_as_a_possessor():
    from types import SimpleNamespace

    from dossier.kb.facts import DocumentPlaces, _sentence_regions
    from dossier.records import Mention

    text = "Four terrorists were killed in Khyber Pakhtunkhwa’s Swat district. Lahore is far."
    kp = Mention(31, 62, "Khyber Pakhtunkhwa’s Swat", "GPE", "khyber pakhtunkhwa s swat", 0)
    lahore = Mention(68, 74, "Lahore", "GPE", "lahore", 1)
    sentences = [SimpleNamespace(start=0, end=67), SimpleNamespace(start=68, end=len(text))]
    # the document's text and mentions: where no region is named, the force-town look-up
    # (session 11) reads the sentence's organisations
    analyzed = SimpleNamespace(
        sentences=sentences, document=SimpleNamespace(text=text), mentions=[kp, lahore]
    )
    resolved = {"lahore": load_gazetteer().candidates("Lahore")[0]}
    places = DocumentPlaces(analyzed, None, resolved, [kp, lahore])  # type: ignore[arg-type]
    assert _sentence_regions(places, SimpleNamespace(sentence=0)) == [("PK", "Khyber Pakhtunkhwa")]
    assert _sentence_regions(places, SimpleNamespace(sentence=1)) == []  # a town: no region


@pytest.mark.unit
def test_a_site_whose_name_starts_with_a_town_lies_in_that_towns_region():
    islamabad = load_gazetteer().candidates("Islamabad")
    article = {"islamabad": next(p for p in islamabad if p.country == "PK")}
    # "near the Rawalpindi Cricket Stadium" in an article filed from Islamabad: Punjab's
    assert region_in(article, "", "Rawalpindi Cricket Stadium", "islamabad") == (
        "Punjab",
        "Pakistan",
    )
    assert region_in({}, "", "Quetta Press Club", "")[0] == "Balochistan"
    # a start naming places of several regions is no evidence: the article's places decide
    assert region_in(article, "", "Columbia University", "islamabad")[0] == "Islamabad"
    # no site's word at the end: not read as a town's site
    assert region_in(article, "", "Rawalpindi Ring", "islamabad")[0] == "Islamabad"
    # the start names only a town abroad: "Khanna Police Station" of an Islamabad article
    assert region_in(article, "", "Khanna Police Station", "islamabad")[0] == "Islamabad"


@pytest.mark.unit
def test_a_town_and_its_namesake_governorate_give_the_towns_region():
    # ISO 3166-2 holds the Khan Yunis governorate, GeoNames the town in "Gaza Strip"
    kinds = {p.feature for p in load_gazetteer().candidates("Khan Yunis")}
    assert kinds == {"ADM1", "PPL"}
    assert region_in({}, "", "Khan Yunis", "")[0] == "Gaza Strip"
    # towns of one name in two countries stay undecided
    assert region_in({}, "", "Hyderabad", "") == (None, None)


@pytest.mark.nlp  # dossier.kb.facts imports spaCy
def test_the_town_after_a_localitys_comma_gives_its_region():
    from types import SimpleNamespace

    from dossier.kb.facts import _town_after
    from dossier.records import Mention

    gazetteer = load_gazetteer()
    lahore = next(p for p in gazetteer.candidates("Lahore") if p.country == "PK")
    text = "Hashish was seized near Fateh Chowk, Hyderabad. Police raided Model Town, the area."
    places: Any = SimpleNamespace(
        analyzed=SimpleNamespace(document=SimpleNamespace(text=text)),
        resolved={"lahore": lahore},  # the article places Pakistan, most of it in Punjab
    )

    def mention(name: str) -> Mention:
        start = text.index(name)
        return Mention(start, start + len(name), name, "FAC", name.lower(), 0)

    # Hyderabad is a town of India and of Pakistan: the article's country decides
    assert _town_after(places, mention("Fateh Chowk")) == [("PK", "Sindh")]
    assert _town_after(places, mention("Model Town")) == []  # ", the area": no name


@pytest.mark.unit
def test_a_districts_upper_or_lower_part_lies_in_the_districts_region():
    assert region_in({}, "", "Lower Kurram", "") == ("Khyber Pakhtunkhwa", "Pakistan")
    assert region_in({}, "", "Upper Kurram", "")[0] == "Khyber Pakhtunkhwa"
    # a part of a name of several regions is not guessed
    assert region_in({}, "", "Central Punjab", "") == (None, None)
