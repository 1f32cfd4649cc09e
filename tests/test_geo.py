"""Place resolution: packages plus the sourced supplement, decided by context."""

from __future__ import annotations

import csv
from importlib import resources

import pytest

from dossier.geo import Context, context_for, dateline, load_gazetteer, region_of, resolve_all


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


def test_a_countrys_people_name_the_country(gazetteer):
    for name, code in [("Egyptian", "EG"), ("Sri Lankan", "LK"), ("Kenyan", "KE")]:
        result = gazetteer.resolve(name)
        assert result.place is not None and result.place.country == code, name
        assert result.reason == "a country's people"
    assert gazetteer.country("Egyptian") == "EG"
    assert gazetteer.resolve("Zarnovian").place is None  # no country makes it


def test_a_region_the_document_names_decides_between_towns(gazetteer):
    assert gazetteer.resolve("Springfield").place is None
    text = "Flooding closed roads in Springfield, and Illinois officials asked for aid."
    by_name = {r.name: r for r in resolve_all(gazetteer, text, ["Springfield", "Illinois"])}
    springfield = by_name["Springfield"]
    assert springfield.place is not None
    assert springfield.place.country == "US"
    assert springfield.place.lat == pytest.approx(39.8, abs=0.2)  # Springfield, Illinois
    assert springfield.reason == "in a region the document mentions"


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

    from dossier.query.export import build_export
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

    from dossier.store import open_store
    from dossier.web.api import create_app

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

    from dossier.web.api import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    app = create_app(settings.with_overrides(db=str(seed_db), token=""))
    with TestClient(app) as client:
        page = client.get("/map")
        assert page.status_code == 200
        assert "<svg" in page.text and "event map" in page.text
        assert "http://" not in page.text.split("<svg", 1)[1].split("</svg>", 1)[0]
        assert "<title>Pakistan</title></path>" in page.text  # outlines drawn
        filtered = client.get("/map", params={"entity": "Zainebiyoun", "from": "2019-01-01"})
        assert filtered.status_code == 200
        assert client.get("/map", params={"entity": "<script>x</script>"}).status_code == 200
        assert "<script>x" not in client.get("/map", params={"entity": "<script>x"}).text


def test_topojson_arcs_decode_into_rings_with_holes():
    from dossier.web import geomap

    topology = {
        "type": "Topology",
        "transform": {"scale": [0.5, 0.25], "translate": [10, 20]},
        # arc 0: a square's outer ring, delta-encoded; arc 1: a hole, drawn reversed (~1)
        "arcs": [[[0, 0], [4, 0], [0, 8], [-4, 0], [0, -8]], [[1, 2], [0, 4], [2, 0], [-2, -4]]],
        "objects": {
            "countries": {
                "type": "GeometryCollection",
                "geometries": [
                    {"type": "Polygon", "arcs": [[0], [~1]], "properties": {"name": "Q"}}
                ],
            }
        },
    }
    arcs = geomap.decode_arcs(topology)
    assert arcs[0] == [(10, 20), (12, 20), (12, 22), (10, 22), (10, 20)]
    (polygon,) = geomap.polygons(topology["objects"]["countries"]["geometries"][0])
    hole = geomap.ring(arcs, polygon[1])
    assert hole == [(10.5, 20.5), (11.5, 21.5), (10.5, 21.5), (10.5, 20.5)]  # reversed
    assert geomap.ring(arcs, [0, 0])[5:] == arcs[0][1:]  # joined arcs share their end point
    path = geomap.svg_path([arcs[0], hole])
    assert path.count("M") == 2 and path.count("Z") == 2
    island = [(179.0, 60.0), (-179.0, 61.0), (-178.0, 60.0), (-179.0, 59.0), (179.0, 60.0)]
    across = geomap.svg_path([island])
    assert across.count("M") == 2  # cut at the antimeridian, no line across the map
    for piece in across.split("M")[1:]:
        xs = [float(p.split(",")[0]) for p in piece.rstrip("Z").split("L")]
        assert max(xs) - min(xs) < geomap.WIDTH / 2


def test_outlines_line_up_with_gazetteer_points():
    from dossier.web import geomap

    shapes = dict(geomap.outlines())
    assert len(shapes) > 150, "run scripts/vendor-outlines.sh (make install does)"
    karachi = next(p for p in load_gazetteer().candidates("Karachi") if p.country == "PK")
    x, y = geomap.project(karachi.lat, karachi.lon)
    numbers = [
        float(v)
        for v in shapes["Pakistan"]
        .replace("M", " ")
        .replace("L", " ")
        .replace("Z", " ")
        .replace(",", " ")
        .split()
    ]
    xs, ys = numbers[0::2], numbers[1::2]
    assert min(xs) <= x <= max(xs) and min(ys) <= y <= max(ys)


def test_places_are_voted_at_ingest_and_agree_with_the_documents(seed_store):
    from dossier.geo import PLACE_TYPES, EntityPlaces

    places = EntityPlaces(seed_store)
    checked = resolved = 0
    for row in seed_store.entities(limit=1000):
        if row.type not in PLACE_TYPES:
            continue
        stored = seed_store.place_votes(row.id)
        assert stored, row.name  # every place entity got votes when its documents came in
        kept = places.resolve(row.id, row.name, row.type)
        again = places.resolve_from_documents(row.id, row.name)
        ids = [r.place.gazetteer_id if r.place else None for r in (kept, again)]
        assert ids[0] == ids[1], row.name
        checked += 1
        resolved += kept.place is not None
    assert checked >= 20 and resolved >= checked * 0.7


def test_stored_votes_decide_or_say_why_not():
    from dossier.geo import _from_votes

    def row(place_id, votes, reason="", name="Springfield", country="US"):
        return {"place_id": place_id, "reason": reason, "votes": votes, "name": name,
                "country": country, "admin1": None, "lat": 1.0, "lon": 2.0, "feature": "PPL",
                "population": None, "source": "test"}  # fmt: skip

    won = _from_votes("Springfield", [row("geonames:1", 3), row("geonames:2", 1)])
    assert won.place is not None and won.place.gazetteer_id == "geonames:1"
    assert won.reason == "3 of 4 documents"
    tie = _from_votes("Springfield", [row("geonames:1", 2), row("geonames:2", 2)])
    assert tie.place is None and tie.reason.startswith("documents disagree")
    none = _from_votes("Qarn", [row("", 2, reason="not in the gazetteer", name=None)])
    assert none.place is None and none.reason == "not in the gazetteer"


def test_a_name_does_not_vouch_for_its_own_region(gazetteer):
    text = "Talks were held in Jerusalem on Monday, officials said."
    (result,) = resolve_all(gazetteer, text, ["Jerusalem"])
    assert result.place is None and result.reason.startswith("ambiguous")


def test_places_command_lists_records_and_reasons(seed_db, capsys):
    from dossier.cli import main

    assert main(["places", "--db", str(seed_db)]) == 0
    out = capsys.readouterr().out
    assert "Karachi: Karachi, Sindh, PK [PPL, geonames:1174872]" in out
    assert main(["places", "--db", str(seed_db), "--unresolved"]) == 0
    unresolved = capsys.readouterr().out.splitlines()
    assert unresolved and all("unresolved (" in line for line in unresolved)


@pytest.mark.parametrize(
    ("name", "admin1"),
    [
        ("Mirpurkhas", "Sindh"),  # GeoNames writes "Mirpur Khas"
        ("Gilgit-Baltistan", "Gilgit-Baltistan"),
        ("Azad Kashmir", "Azad Kashmir"),
        ("North Waziristan", "Khyber Pakhtunkhwa"),
        ("Bajaur District", "Khyber Pakhtunkhwa"),
    ],
)
def test_regions_and_districts_resolve_with_their_region_by_name(gazetteer, name, admin1):
    found = gazetteer.resolve(name, Context(frozenset({"PK"})))
    assert found.place is not None and found.place.admin1 == admin1, found
    assert found.place.as_geo() is not None  # coordinates, so the export can carry it


def test_a_name_joined_or_apart_is_one_name(gazetteer):
    assert gazetteer.candidates("Mirpurkhas") == gazetteer.candidates("Mirpur Khas")
    assert gazetteer.candidates("Velmora Town") == []


def test_small_towns_resolve_only_in_a_country_the_document_names(gazetteer):
    """GeoNames' towns of 1,000+ people the main index (15,000+) lacks: "Lakki Marwat" in an
    article about Pakistan, with its region by today's name; never a village abroad claiming
    a name in an article that names no country of its own."""
    assert gazetteer.candidates("Lakki Marwat") == []  # not in the main index
    found = gazetteer.resolve("Lakki Marwat", Context(frozenset({"PK"})))
    assert found.place is not None and found.place.admin1 == "Khyber Pakhtunkhwa", found
    assert found.place.as_geo() is not None
    assert gazetteer.resolve("Lakki Marwat").place is None  # no country: not guessed
    assert gazetteer.resolve("Lakki Marwat", Context(frozenset({"FR"}))).place is None
    # GeoNames' file still calls Wana's region the Federally Administered Tribal Areas
    wana = gazetteer.resolve("Wana", Context(frozenset({"PK"})))
    assert wana.place is not None and wana.place.admin1 == "Khyber Pakhtunkhwa"
    # "Harnai" is a town in Pakistan and in India: the document's country decides
    harnai = gazetteer.resolve("Harnai", Context(frozenset({"PK"})))
    assert harnai.place is not None and harnai.place.admin1 == "Balochistan"


def test_a_small_towns_region_comes_from_the_dateline(gazetteer):
    """An article datelined in a small town holds no other resolved place than the dateline's:
    an unknown locality of it lies in the dateline town's region."""
    text = "LAKKI MARWAT: A policeman was injured in Dhoda area of Lakki Marwat in Pakistan."
    results = {r.name: r for r in resolve_all(gazetteer, text, ["Lakki Marwat", "Pakistan"])}
    town = results["Lakki Marwat"].place
    assert town is not None and town.admin1 == "Khyber Pakhtunkhwa"
    votes = [("lakki marwat", town, ""), ("pakistan", results["Pakistan"].place, "")]
    assert region_of(votes, "dhoda", "Dhoda", "lakki marwat") == ("Khyber Pakhtunkhwa", "Pakistan")
    # a small town the main index lacks, named as the event's place, gives its own region
    assert region_of(votes, "harnai", "Harnai", "lakki marwat") == (
        "Balochistan",
        "Pakistan",
    )


def test_palestine_is_named_by_its_short_name(gazetteer):
    """ISO 3166 writes "Palestine, State of"; the news writes "Palestine" and "Palestinian",
    which then place "Gaza" (also a province of Mozambique) in the Palestinian territory."""
    assert gazetteer.country("Palestine") == "PS"
    assert gazetteer.country("Palestinians") == "PS"
    assert gazetteer.country("Korea") is None  # two countries' short name: neither
    context = context_for(gazetteer, "", ["Palestinian territory", "Palestine", "Israel"])
    gaza = gazetteer.resolve("Gaza", context)
    assert gaza.place is not None and (gaza.place.country, gaza.place.admin1) == (
        "PS",
        "Gaza Strip",
    )


def test_a_region_known_only_by_its_towns_names_its_country(gazetteer):
    """GeoNames holds "Gaza Strip" only as the region its towns lie in; an article naming it
    is about the Palestinian territory, where "Gaza" is then the town."""
    assert gazetteer.candidates("Gaza Strip") == []
    context = context_for(gazetteer, "", ["Gaza Strip", "Gaza", "Israel"])
    assert "PS" in context.countries
    gaza = gazetteer.resolve("Gaza", context)
    assert gaza.place is not None and gaza.place.admin1 == "Gaza Strip"
    assert gazetteer.resolve("Gaza", context_for(gazetteer, "", ["Gaza", "Israel"])).place is None


def test_a_peoples_name_decides_only_where_no_place_does(gazetteer):
    """ "Gaza" in an article naming only Israel as a place but "Palestinians" as a people is the
    Palestinian town; a people never outweighs a country named as a place ("Punjab" in an
    article about Pakistan that speaks of "Indian" claims stays Pakistan's)."""
    assert gazetteer.resolve("Gaza", context_for(gazetteer, "", ["Gaza", "Israel"])).place is None
    context = context_for(gazetteer, "", ["Gaza", "Israel"], people_names=["Palestinians"])
    gaza = gazetteer.resolve("Gaza", context)
    assert gaza.place is not None and gaza.place.country == "PS"
    context = context_for(gazetteer, "", ["Punjab", "Pakistan"], people_names=["Indian"])
    punjab = gazetteer.resolve("Punjab", context)
    assert punjab.place is not None and punjab.place.country == "PK"


def test_first_level_regions_are_named_in_plain_letters(gazetteer):
    """ISO writes "Uttarākhand"; GeoNames' English names, the towns' regions and the news
    write "Uttarakhand": an event's region is compared and shown by the latter."""
    (region,) = [p for p in gazetteer.candidates("Uttarakhand") if p.feature == "ADM1"]
    assert region.admin1 == "Uttarakhand"


def test_the_news_spellings_of_a_towns_name_find_it(gazetteer):
    """GeoNames lists other spellings of a town ("Jabalia" for "Jabālyā"); those like the
    town's own name find it in an article naming its country, never elsewhere, and the
    spellings of small villages ("Kashmir" for the US village "Cashmere") are not read."""
    gaza = Context(frozenset({"PS", "IL"}))
    for name in ("Jabalia", "Khan Younis", "Beit Lahiya", "Nuseirat"):
        found = gazetteer.resolve(name, gaza)
        assert found.place is not None and found.place.country == "PS", name
        assert found.place.admin1 == "Gaza Strip", found
    assert gazetteer.resolve("Jabalia", Context(frozenset({"PK"}))).place is None
    assert gazetteer.resolve("Kashmir", Context(frozenset({"US"}))).place is None
    attock = gazetteer.resolve("Attock", Context(frozenset({"PK"})))
    assert attock.place is not None and attock.place.admin1 == "Punjab"


@pytest.mark.parametrize(
    ("name", "country", "admin1"),
    [
        ("IIOJK", "IN", "Jammu and Kashmir"),
        ("India-occupied Kashmir", "IN", "Jammu and Kashmir"),
        ("Indian Illegally Occupied Jammu and Kashmir", "IN", "Jammu and Kashmir"),
        ("IoK", "IN", "Jammu and Kashmir"),
        ("Pakistan-administered Kashmir", "PK", "Azad Kashmir"),
    ],
)
def test_the_two_sides_of_kashmir_by_their_news_names(gazetteer, name, country, admin1):
    found = gazetteer.resolve(name)
    assert found.place is not None, found
    assert (found.place.country, found.place.admin1) == (country, admin1)
