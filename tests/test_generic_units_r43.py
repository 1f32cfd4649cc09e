"""Issue 17, session 43: a police unit named by its kind alone ("City Police Station", the
FIA's "Anti-Human Trafficking Circle") is one city's unit per report, so its key holds only in
its report (:func:`dossier.kb.generic_names.generic_unit`); a unit named with its place keeps
its key across reports.

Hand-built mentions (the model's labels fixed), invented place names.
"""

from __future__ import annotations

import pytest

from dossier.kb import generic_names
from dossier.names import normalize_name
from dossier.records import Mention
from tests.test_resolve_store import _keys

pytestmark = pytest.mark.unit


def _at(text: str, name: str, label: str) -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, label, normalize_name(name), 0, "ner")


@pytest.mark.parametrize(
    "name",
    [
        "City Police Station",
        "City A Division Police Station",
        "Civil Lines Police Station",
        "Saddar Police Station",
        "Anti-Human Trafficking Circle",
    ],
)
def test_a_police_unit_named_by_its_kind_is_generic(name):
    sentence = f"The suspect was taken to the {name} on Monday."
    assert generic_names.generic_unit(_at(sentence, name, "FAC"))


@pytest.mark.parametrize(
    "name",
    [
        "Dorvan Police Station",  # named by its place
        "Kestra Regional Police",
        "Civil Lines Police",  # a force: tried and left (one city's twice on the archive)
        "Railway Police",  # one force of a country
        "Frontier Reserve Police",
        "Police",
        "City Council",
    ],
)
def test_a_unit_named_by_its_place_or_a_national_force_is_not_generic(name):
    sentence = f"The suspect was taken to the {name} on Monday."
    assert not generic_names.generic_unit(_at(sentence, name, "FAC"))


def test_a_generic_unit_is_keyed_to_its_report():
    text = "The suspect was taken to the City Police Station on Monday."
    ((_, key, _),) = _keys(text, [("City Police Station", "FAC")])
    assert key != "city police station" and "city police station" in key


def test_a_unit_named_by_its_place_keeps_its_key():
    text = "The suspect was taken to the Dorvan Police Station on Monday."
    ((_, key, _),) = _keys(text, [("Dorvan Police Station", "FAC")])
    assert key == "dorvan police station"
