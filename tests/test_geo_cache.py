"""The on-disk gazetteer cache: what is read back is what was built, and a stale or broken
file is rebuilt rather than trusted."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from dossier.config import gazetteer_cache_dir
from dossier.geo import (
    Context,
    Gazetteer,
    Place,
    build_gazetteer,
    cached_gazetteer,
    context_for,
    gazetteer_cache_key,
)

#: names of every kind the gazetteer decides: countries, aliases, demonyms, regions,
#: supplement rows, ambiguous and unknown names, joined spellings
NAMES = [
    "Pakistan", "US", "Britain", "Egyptian", "Punjab", "Karachi", "Springfield",
    "Khyber Pakhtunkhwa", "Kunduz", "Miran Shah", "Mirpurkhas", "Jerusalem", "Islamabad",
    "North Waziristan", "Zarnovia Flats", "Illinois", "the Punjab", "Paris",
]  # fmt: skip


def _tiny() -> Gazetteer:
    town = Place("Testville", "PK", "Sindh", 24.0, 67.0, "PPL", 1000, "t:1", "test")
    return Gazetteer([town], [("Test Town", town)])


class _Counted:
    """A build function that counts its calls."""

    def __init__(self, make=_tiny) -> None:
        self.calls = 0
        self._make = make

    def __call__(self) -> Gazetteer:
        self.calls += 1
        return self._make()


@pytest.fixture(scope="module")
def built() -> Gazetteer:
    return build_gazetteer()


@pytest.mark.slow  # the tier (tests/conftest.py): builds the whole gazetteer
def test_the_cached_gazetteer_gives_the_built_ones_lookups(tmp_path: Path, built) -> None:
    build = _Counted(lambda: built)
    first = cached_gazetteer(tmp_path, "k1", build)
    assert build.calls == 1 and list(tmp_path.glob("gazetteer-*.pickle"))
    read = cached_gazetteer(tmp_path, "k1", build)
    assert build.calls == 1, "the second process must read the file, not build"
    assert read is not first
    text = "KARACHI, Pakistan (Reuters) - Police in Punjab said militants crossed over."
    context = context_for(built, text, NAMES)
    assert context_for(read, text, NAMES) == context
    for name in NAMES:
        assert read.candidates(name) == built.candidates(name), name
        assert read.country(name) == built.country(name), name
        assert read.regions(name) == built.regions(name), name
        for where in (None, context, Context(frozenset({"IN"}))):
            assert read.resolve(name, where) == built.resolve(name, where), name
    assert read.countries() == built.countries()


def test_a_stale_key_rebuilds(tmp_path: Path) -> None:
    build = _Counted()
    cached_gazetteer(tmp_path, "old-key", build)
    cached_gazetteer(tmp_path, "new-key", build)
    assert build.calls == 2
    cached_gazetteer(tmp_path, "new-key", build)
    assert build.calls == 2


def test_a_file_holding_another_key_is_rebuilt(tmp_path: Path) -> None:
    build = _Counted()
    cached_gazetteer(tmp_path, "k", build)
    (path,) = tmp_path.glob("gazetteer-*.pickle")
    path.write_bytes(pickle.dumps(("another key", _tiny())))
    with pytest.warns(RuntimeWarning, match="rebuilding"):
        cached_gazetteer(tmp_path, "k", build)
    assert build.calls == 2


def test_a_corrupt_cache_is_rebuilt_with_a_warning(tmp_path: Path) -> None:
    build = _Counted()
    cached_gazetteer(tmp_path, "k", build)
    (path,) = tmp_path.glob("gazetteer-*.pickle")
    path.write_bytes(path.read_bytes()[:100])  # a half-written or damaged file
    with pytest.warns(RuntimeWarning, match="unreadable"):
        again = cached_gazetteer(tmp_path, "k", build)
    assert build.calls == 2 and again.candidates("Test Town")
    cached_gazetteer(tmp_path, "k", build)  # the rebuilt file is whole again
    assert build.calls == 2
    assert not list(tmp_path.glob(".gazetteer-*.tmp")), "no temporary file is left behind"


def test_no_folder_builds_and_writes_nothing(tmp_path: Path) -> None:
    build = _Counted()
    cached_gazetteer(None, "k", build)
    cached_gazetteer(None, "k", build)
    assert build.calls == 2


def test_an_unwritable_folder_costs_only_the_build(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    build = _Counted()
    with pytest.warns(RuntimeWarning, match="not written"):
        gazetteer = cached_gazetteer(blocked / "cache", "k", build)
    assert build.calls == 1 and gazetteer.candidates("Testville")


def test_the_key_is_stable_within_an_install() -> None:
    key = gazetteer_cache_key()
    assert key == gazetteer_cache_key() and len(key) == 64


def test_the_cache_folder_is_configurable() -> None:
    assert gazetteer_cache_dir({"DOSSIER_GAZETTEER_CACHE": "off"}) is None
    assert gazetteer_cache_dir({"DOSSIER_GAZETTEER_CACHE": "/x/y"}) == Path("/x/y")
    assert gazetteer_cache_dir({"XDG_CACHE_HOME": "/c"}) == Path("/c/dossier")
    assert gazetteer_cache_dir({}) == Path.home() / ".cache" / "dossier"


@pytest.mark.slow  # the tier (tests/conftest.py): builds the whole gazetteer and its towns index
def test_the_towns_index_of_the_process_gazetteer_is_cached_beside_it(
    tmp_path: Path, built, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cities1000 towns (2-7 s of CPU to build) are searched in a cache file by the next
    process, every name giving the places of a fresh build; a gazetteer that is not the
    process's builds its own and writes nothing."""
    from dossier import geo

    # every towns build of this test, kept: the index the cache file is written from is the
    # fresh build every name is checked against (a second build, 2-7 s of CPU, would give
    # the same index: the build reads only the gazetteer and the installed files)
    builds: list[dict[str, tuple[Place, ...]]] = []
    build_towns = geo._build_small_places

    def recorded(gazetteer: Gazetteer) -> dict[str, tuple[Place, ...]]:
        builds.append(build_towns(gazetteer))
        return builds[-1]

    monkeypatch.setattr(geo, "_build_small_places", recorded)
    monkeypatch.setenv("DOSSIER_GAZETTEER_CACHE", str(tmp_path))
    geo.adopt_gazetteer(built)
    geo.load_gazetteer.cache_clear()
    geo._small_places.cache_clear()
    try:
        assert geo.load_gazetteer() is built
        first = geo._small_places(built)
        (path,) = tmp_path.glob("towns-*.txt")
        geo._small_places.cache_clear()  # as a new process would
        read = geo._small_places(built)
        assert isinstance(read, geo.TownsFile) and read is not first
        assert len(builds) == 1, "built once, for the file; the second process reads it"
        (fresh,) = builds
        assert len(fresh) > 100_000
        assert all(read.get(name) == places for name, places in fresh.items())
        assert read.get("nosuchtownanywhere") == () and read.get("") == ()
        assert built.small_places("Lakki Marwat", ["PK"])
        path.unlink()
        geo._small_places.cache_clear()
        geo._small_places(_tiny())
        assert not list(tmp_path.glob("towns-*")), "another gazetteer writes no cache"
    finally:
        geo._ADOPTED.pop("gazetteer", None)
        geo.load_gazetteer.cache_clear()
        geo._small_places.cache_clear()


@pytest.mark.unit
def test_a_towns_file_reads_back_every_place_exactly(tmp_path: Path) -> None:
    """Names in any script, floats to the last digit, missing fields and several places per
    name come back equal; names between, before and after the stored ones find nothing; a
    file of another key or a broken one is rebuilt, not trusted."""
    from dossier.geo import TownsFile

    def town(name: str, **fields) -> Place:
        base = dict(
            country="PK",
            admin1="Sindh",
            lat=24.123456789012345,
            lon=-0.1,
            feature="PPL",
            population=None,
            gazetteer_id=f"t:{name}",
            source="test",
        )
        return Place(name=name, **{**base, **fields})  # type: ignore[arg-type]

    index = {
        "b": (town("B"),),
        "ba": (town("Ba", admin1=None, lat=None, lon=None), town("Ba", country="AF", population=7)),
        "zürich": (town("Zürich", country="CH", population=400_000),),
        "aa": (town("Aa", lat=1e-300, lon=179.99999999999997),),
        "m": (town("M"),),
    }
    calls: list[int] = []

    def build() -> dict[str, tuple[Place, ...]]:
        calls.append(1)
        return index

    made = TownsFile.cached(tmp_path, "k" * 40, build)
    read = TownsFile.cached(tmp_path, "k" * 40, build)
    assert calls == [1] and isinstance(made, TownsFile) and isinstance(read, TownsFile)
    for name, places in index.items():
        assert read.get(name) == places
    for missing in ("", "a", "aaa", "bb", "c", "z", "zzz", "ü", "\uffff"):
        assert read.get(missing) == (), missing
    (path,) = tmp_path.glob("towns-*.txt")
    path.write_text("another key\nb\tx\n", encoding="utf-8")
    with pytest.warns(RuntimeWarning, match="unreadable"):
        again = TownsFile.cached(tmp_path, "k" * 40, build)
    assert calls == [1, 1] and again.get("zürich") == index["zürich"]
    path.write_bytes(b"")
    with pytest.warns(RuntimeWarning, match="unreadable"):
        TownsFile.cached(tmp_path, "k" * 40, build)
    assert calls == [1, 1, 1]
    with pytest.warns(RuntimeWarning, match="not written"):
        kept = TownsFile.cached(tmp_path / "other", "j" * 40, lambda: {"a\tb": (town("X"),)})
    assert kept == {"a\tb": (town("X"),)}, "a name the file cannot hold: the built index is used"
