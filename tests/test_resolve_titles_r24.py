"""Issue 17, session 24 (check-r20, helper 11): a titled surname inside its report.

"Mullah X" joined the report's one full name with that surname, a police officer whose title
the report writes before the model's span. Hand-built mentions; the names are invented.
"""

from __future__ import annotations

import pytest

from dossier import names
from dossier.kb import entity_keys
from tests.test_resolve_store import _keys

pytestmark = pytest.mark.unit


def _key_of(found: list[tuple[str, str, str]], surface: str) -> str:
    (key,) = {key for text, key, _ in found if text == surface}
    return key


def test_a_titled_surname_of_another_kind_of_title_is_not_the_full_name():
    text = (
        "Wana police Station House Officer (SHO) Usman Darr said seven people were killed. "
        "Peace committees such as that led by Mullah Darr evicted foreign fighters. "
        "Mullah Darr was killed in 2013."
    )
    found = _keys(
        text, [("Usman Darr", "PERSON"), ("Mullah Darr", "PERSON"), ("Mullah Darr", "PERSON")]
    )
    assert _key_of(found, "Usman Darr") == "usman darr"
    mullah = _key_of(found, "Mullah Darr")
    assert entity_keys.base_key(mullah) != "usman darr"
    assert entity_keys.base_key(mullah) == "mullah darr"


def test_a_title_inside_the_full_names_span_counts_too():
    text = "Gen Asim Darr met the envoy. Mullah Darr said the talks went well."
    found = _keys(text, [("Gen Asim Darr", "PERSON"), ("Mullah Darr", "PERSON")])
    assert entity_keys.base_key(_key_of(found, "Mullah Darr")) == "mullah darr"


def test_a_titled_surname_of_the_same_kind_or_a_plain_mr_still_joins():
    text = "Station House Officer Usman Darr said seven were killed. SHO Darr said they fled."
    found = _keys(text, [("Usman Darr", "PERSON"), ("SHO Darr", "PERSON")])
    assert _key_of(found, "SHO Darr") == "usman darr"
    text = "Gen Asim Darr met the envoy. Mr Darr said the talks went well."
    found = _keys(text, [("Asim Darr", "PERSON"), ("Mr Darr", "PERSON")])
    assert _key_of(found, "Mr Darr") == "asim darr"
    # no title written for the full name: nothing tells the two apart, the surname joins
    text = "Asim Darr met the envoy. Mullah Darr said the talks went well."
    found = _keys(text, [("Asim Darr", "PERSON"), ("Mullah Darr", "PERSON")])
    assert _key_of(found, "Mullah Darr") == "asim darr"


def test_title_kinds_differ_as_titles_differ():
    assert names.kinds_differ(frozenset({"religious"}), frozenset({"police"}))
    assert names.kinds_differ(frozenset({"man"}), frozenset({"woman"}))
    assert not names.kinds_differ(frozenset({"man"}), frozenset({"military"}))
    assert not names.kinds_differ(frozenset({"police"}), frozenset())
    assert names.titles_differ("SSP Darr", "Colonel Darr")
    assert not names.titles_differ("Mr Darr", "Gen Asim Darr")
