"""Place resolution: packages plus the sourced supplement, decided by context."""

from __future__ import annotations

import csv
from importlib import resources

import pytest

from dossier.geo import Context, context_for, dateline, load_gazetteer, resolve_all


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def test_karachi_is_in_sindh_pakistan(gazetteer):
    result = gazetteer.resolve("Karachi")
    assert result.place is not None
    assert (result.place.country, result.place.admin1) == ("PK", "Sindh")
    assert result.place.lat == pytest.approx(24.86, abs=0.1)


def test_punjab_follows_the_document_country(gazetteer):
    text = "Police in Punjab said militants crossed from Afghanistan into Pakistan."
    by_name = {r.name: r for r in resolve_all(gazetteer, text, ["Punjab", "Pakistan"])}
    assert by_name["Punjab"].place is not None
    assert by_name["Punjab"].place.country == "PK"
    india = gazetteer.resolve("Punjab", Context(frozenset({"IN"})))
    assert india.place is not None and india.place.country == "IN"


def test_ambiguous_and_unknown_places_stay_unresolved_with_a_reason(gazetteer):
    punjab = gazetteer.resolve("Punjab")
    assert punjab.place is None and punjab.reason.startswith("ambiguous")
    springfield = gazetteer.resolve("Springfield")
    assert springfield.place is None and "ambiguous" in springfield.reason
    unknown = gazetteer.resolve("Zarnovia Flats")
    assert unknown.place is None and unknown.reason == "not in the gazetteer"


def test_countries_and_their_common_names(gazetteer):
    for name, code in [("Iran", "IR"), ("USA", "US"), ("Syria", "SY"), ("Afghanistan", "AF")]:
        result = gazetteer.resolve(name)
        assert result.place is not None and result.place.country == code, name
        assert result.place.feature == "PCLI"


def test_supplement_regions_resolve_in_context(gazetteer):
    pakistan = Context(frozenset({"PK"}))
    for name, admin1 in [
        ("Balochistan", "Balochistan"),
        ("Kurram", "Khyber Pakhtunkhwa"),
        ("Taftan", "Balochistan"),
    ]:
        result = gazetteer.resolve(name, pakistan)
        assert result.place is not None and result.place.admin1 == admin1, name
    iran = gazetteer.resolve("Sistan-Baluchestan")
    assert iran.place is not None and iran.place.country == "IR"


def test_every_supplement_row_cites_a_public_page():
    path = resources.files("dossier") / "data" / "places.csv"
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows
    for row in rows:
        assert row["source_url"].startswith("https://"), row["name"]
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180


def test_dateline_gives_context(gazetteer):
    assert dateline("KARACHI, Pakistan — Officials said") == "Karachi"
    assert dateline("Officials said on Monday") is None
    context = context_for(gazetteer, "KARACHI (Reuters) - A blast in Punjab", ["Punjab"])
    assert "PK" in context.countries | {"PK" if context.dateline == "Karachi" else ""}
    assert gazetteer.resolve("Punjab", context).place.country == "PK"


def test_geo_object_matches_the_export_contract(gazetteer):
    jsonschema = pytest.importorskip("jsonschema")
    import json
    from pathlib import Path

    schema_path = Path(__file__).resolve().parents[2] / "shared/contract/export.schema.json"
    if not schema_path.exists():
        pytest.skip("export contract not present")
    schema = json.loads(schema_path.read_text())
    geo_schema = schema["properties"]["entities"]["items"]["properties"]["geo"]
    place = gazetteer.resolve("Karachi").place
    jsonschema.validate(place.as_geo(), geo_schema)


def test_seed_export_places_carry_valid_geo(seed_db):
    import json

    import jsonschema

    from dossier.export import build_export
    from dossier.store import open_store
    from tests.conftest import SCHEMA

    store = open_store(str(seed_db))
    try:
        data = build_export(store)
    finally:
        store.close()
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    geo_schema = schema["properties"]["entities"]["items"]["properties"]["geo"]
    located = {e["name"]: e["geo"] for e in data["entities"] if e["geo"]}
    assert located, "no seed place resolved"
    for entity in data["entities"]:
        jsonschema.validate(entity["geo"], geo_schema)
        if entity["type"] not in {"GPE", "LOC", "FAC"}:
            assert entity["geo"] is None
    countries = {g["country"] for g in located.values()}
    assert countries & {"PK", "IR", "SY", "AF"}, located


def test_entity_page_shows_the_place(seed_db, settings):
    import warnings

    from dossier.api import create_app
    from dossier.store import open_store

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    store = open_store(str(seed_db))
    try:
        karachi = next(r for r in store.entities(type="GPE", limit=500) if r.name == "Karachi")
    finally:
        store.close()
    app = create_app(settings.with_overrides(db=str(seed_db), token=""))
    with TestClient(app) as client:
        page = client.get(f"/entities/{karachi.id}")
        assert page.status_code == 200
        assert "Sindh" in page.text and "geonames:1174872" in page.text


def test_map_page_draws_events_offline(seed_db, settings):
    import warnings

    from dossier.api import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    app = create_app(settings.with_overrides(db=str(seed_db), token=""))
    with TestClient(app) as client:
        page = client.get("/map")
        assert page.status_code == 200
        assert "<svg" in page.text and "event map" in page.text
        assert "http://" not in page.text.split("<svg", 1)[1].split("</svg>", 1)[0]
        filtered = client.get("/map", params={"entity": "Zainebiyoun", "from": "2019-01-01"})
        assert filtered.status_code == 200
        assert client.get("/map", params={"entity": "<script>x</script>"}).status_code == 200
        assert "<script>x" not in client.get("/map", params={"entity": "<script>x"}).text
