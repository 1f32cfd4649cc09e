"""Issue 17, session 42: false merges by mechanism over the whole archive.

* a person's span the model ended before the name's last word, which the report writes
  again, is grown over it ("Senator [Anwar ul Haq] Kakar"): a cut name is a name other
  people share (:func:`dossier.kb.name_spans._surname_tail`);
* a "body" right after an office's "for" whose words name no body is the office's field of
  work, not an entity ("Director General for [Counter-Terrorism]",
  :func:`dossier.kb.not_names._portfolio_field`);
* two names that carry different numbers never match ("Sections 365-A" / "Sections 365",
  :func:`dossier.names.numbers_differ`).

Hand-built mentions (the model's labels fixed), invented names.
"""

from __future__ import annotations

import pytest

from dossier import names
from tests.test_resolve_store import _keys

pytestmark = pytest.mark.unit


# -- a person's name cut before its last word ------------------------------------------------


def test_a_name_cut_before_a_surname_the_report_repeats_is_grown():
    text = (
        "Former caretaker premier Senator Zarwan ul Haq Dorkar attributed the rise to "
        "weapons. Dorkar said the state must act."
    )
    found = _keys(text, [("Zarwan ul Haq", "PERSON")])
    assert found == [("Zarwan ul Haq Dorkar", "zarwan ul haq dorkar", "PERSON")]


def test_two_person_spans_around_a_compound_particle_are_one_name():
    # the model's "Zarwan" and "Dorkar" around "ul Haq": one man's name, not "Zarwan ul Haq"
    text = "Senator Zarwan ul Haq Dorkar attributed the rise to weapons."
    found = _keys(text, [("Zarwan", "PERSON"), ("Dorkar", "PERSON")])
    assert found == [("Zarwan ul Haq Dorkar", "zarwan ul haq dorkar", "PERSON")]


def test_a_word_written_once_is_not_taken_as_the_surname():
    text = "Senator Zarwan ul Haq Dorkar attributed the rise to weapons."
    found = _keys(text, [("Zarwan ul Haq", "PERSON")])
    assert found[0][0] == "Zarwan ul Haq"


@pytest.mark.parametrize(
    "after",
    [
        "Wednesday condemned the attack. On Wednesday",  # a day, not a surname
        "Senator, who came. The Senator",  # a title
        "Sahib, who came. Sahib",  # an honorific written after a name
        "Peshawar, where he met people of Peshawar",  # a place the gazetteer knows
    ],
)
def test_a_calendar_word_or_a_head_after_a_name_is_not_grown_over(after):
    text = f"Minister Zarwan Dorkar {after} was closed."
    found = _keys(text, [("Zarwan Dorkar", "PERSON")])
    assert found[0][0] == "Zarwan Dorkar"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Foreign Secretary Shri Zarwan Dorkar said so. Dorkar left.", "Shri Zarwan"),
        ("On the programme ‘Zarwan Dorkar Velan ke Saath’, Velan spoke.", "Zarwan Dorkar"),
    ],
)
def test_an_honoured_or_quoted_name_is_not_grown(text, span):
    found = _keys(text, [(span, "PERSON")])
    assert found[0][0] == span


def test_a_one_word_name_is_not_grown():
    text = "Constable Dorkar Velani said so. Velani left."
    found = _keys(text, [("Dorkar", "PERSON")])
    assert found[0][0] == "Dorkar"


# -- a field of work after an office's "for" ---------------------------------------------------


def test_a_field_of_work_after_an_office_for_is_no_entity():
    text = (
        "The delegation was led by Director General for Counter-Terrorism, Ambassador "
        "Zarwan Dorkar, at the talks."
    )
    found = _keys(text, [("Counter-Terrorism", "ORG"), ("Zarwan Dorkar", "PERSON")])
    assert [t for t, _k, _l in found] == ["Zarwan Dorkar"]


@pytest.mark.parametrize("body", ["Board of Investment", "Vorkan Relief Authority"])
def test_a_body_after_an_office_for_is_kept(body):
    text = f"The Minister for {body} Zarwan Dorkar spoke."
    found = _keys(text, [(body, "ORG"), ("Zarwan Dorkar", "PERSON")])
    assert body in [t for t, _k, _l in found]


def test_a_field_run_on_into_its_holder_s_clause_is_kept():
    text = "Parliamentary Secretary for Privatization Zarwa Dorkar on Tuesday said so."
    found = _keys(text, [("Privatization Zarwa Dorkar", "ORG")])
    assert [t for t, _k, _l in found] == ["Privatization Zarwa Dorkar"]


def test_a_field_after_of_is_left_to_the_model():
    text = "The Secretary of Counter-Terrorism spoke."
    found = _keys(text, [("Counter-Terrorism", "ORG")])
    assert [t for t, _k, _l in found] == ["Counter-Terrorism"]


# -- names that carry different numbers ------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sections 365-A", "Sections 365"),
        ("Section 3", "Section 7"),
        ("Section 375A", "Section 375"),
    ],
)
def test_names_with_different_numbers_do_not_match(a, b):
    assert names.numbers_differ(a, b)
    assert names.match(a, b, "LAW", "LAW") is None


@pytest.mark.parametrize(
    ("a", "b"),
    [("Section 375A", "Section 375-A of the PPC"), ("F-16", "F-16s"), ("Section 7", "Hamas")],
)
def test_one_number_written_two_ways_or_none_is_not_told_apart(a, b):
    assert not names.numbers_differ(a, b)
