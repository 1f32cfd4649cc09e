"""Issue 17, session 26 (check-r22): rules of resolution measured on a fresh sample.

Hand-built mentions (the model's labels fixed) so each test checks one rule without the
parser's choices. The names are invented.
"""

from __future__ import annotations

import pytest

from dossier.kb import entity_keys, resolve
from dossier.store import open_store
from tests.test_resolve_store import _doc, _ingest, _keys

pytestmark = pytest.mark.unit


# -- a minister's portfolio is a word of his title -----------------------------------------


def test_a_portfolio_after_minister_for_names_nothing():
    text = "Federal Minister for Varlaw and Justice Dorvan Tarkhel attended the meeting."
    found = _keys(text, [("Varlaw", "GPE"), ("Dorvan Tarkhel", "PERSON")])
    assert [t for t, _, _ in found] == ["Dorvan Tarkhel"]


def test_a_place_after_minister_for_is_kept():
    text = "The Minister for Kashmir Affairs visited Quetta."
    found = _keys(text, [("Kashmir", "GPE"), ("Quetta", "GPE")])
    assert [t for t, _, _ in found] == ["Kashmir", "Quetta"]


def test_the_same_word_elsewhere_is_not_a_portfolio():
    text = "Varlaw said the talks would resume."
    assert [t for t, _, _ in _keys(text, [("Varlaw", "GPE")])] == ["Varlaw"]


# -- a police headquarters is its force's --------------------------------------------------


def test_a_central_police_office_is_held_in_its_report(tmp_path):
    docs = [
        _doc(
            i,
            f"A statement released by the Central Police Office in Dorvan{i} said so.",
            [("Central Police Office", "ORG")],
        )
        for i in range(2)
    ]
    keys = [m.key for d in docs for m in resolve.corefer(d, agencies=[]).mentions]
    assert all(entity_keys.SCOPE in k for k in keys)
    store = open_store(str(tmp_path / "kb.db"))
    _ingest(store, [docs])
    assert len(set(store.entity_ids_for_keys(keys).values())) == 2


# -- "the police department" is no force named before it -----------------------------------


def test_the_police_department_does_not_take_a_police_force():
    text = (
        "Masood, a Dorvan Reserve Police constable, was shot. "
        "He was attacked for being employed in the police department."
    )
    found = _keys(text, [("Dorvan Reserve Police", "ORG"), ("the police department", "DESC")])
    assert [t for t, _, _ in found] == ["Dorvan Reserve Police"]


def test_the_police_department_takes_a_police_department():
    text = (
        "The Dorvan Police Department issued a notice. "
        "A spokesman of the police department said the road was closed."
    )
    found = _keys(text, [("Dorvan Police Department", "ORG"), ("the police department", "DESC")])
    assert found[-1][1] == "dorvan police department"


def test_the_police_force_still_takes_a_police_force():
    text = (
        "The Dorvan Reserve Police was deployed. "
        "A spokesman of the police force said the road was closed."
    )
    found = _keys(text, [("Dorvan Reserve Police", "ORG"), ("the police force", "DESC")])
    assert found[-1][1] == "dorvan reserve police"


# -- a word the report joins to one man, and the gazetteer does not know -------------------


def test_a_given_name_typed_a_place_is_the_reports_one_man_of_that_name():
    # joined to the man once, left a "place" three times, written before "went" and "were"
    text = (
        "His elder brother, Varkeel Ahmad Varzai, was shot dead. "
        "The suspect shot his father, upon which Varkeel tried to intervene. "
        "Prayers were offered for Varkeel on Sunday. Varkeel went outside. "
        "The father and Varkeel were killed."
    )
    found = _keys(
        text,
        [("Varkeel Ahmad Varzai", "PERSON"), ("Varkeel", "PERSON")] + [("Varkeel", "GPE")] * 3,
    )
    assert {key for _, key, _ in found} == {"varkeel ahmad varzai"}
    assert {label for _, _, label in found} == {"PERSON"}


def test_a_word_the_gazetteer_knows_keeps_the_majority_rule():
    # "Quetta" joined to a man once and left a place three times stays the place
    text = (
        "Jamal Quetta was shot dead. Then Quetta tried to flee. "
        "Prayers were held in Quetta on Sunday. Quetta went quiet. Schools in Quetta closed."
    )
    found = _keys(
        text, [("Jamal Quetta", "PERSON"), ("Quetta", "PERSON")] + [("Quetta", "GPE")] * 3
    )
    assert [label for _, _, label in found][2:] == ["GPE", "GPE", "GPE"]


def test_a_word_never_joined_to_the_man_stays_the_models():
    text = "Varkeel Ahmad Varzai was shot dead. Troops entered Tarkhel on Monday."
    found = _keys(text, [("Varkeel Ahmad Varzai", "PERSON"), ("Tarkhel", "GPE")])
    assert found[-1][1:] == ("tarkhel", "GPE")


# -- a word written before a place noun is a place throughout its report -------------------


def test_a_village_in_a_list_is_a_place_when_the_report_writes_its_area():
    text = (
        "The convoy came under attack in the Ochar and Varmandi areas. "
        "The operation continued at Bagan, Varmandi, Tarkhel and adjacent areas. "
        "People in Bagan and Varmandi staged a sit-in."
    )
    found = _keys(text, [("Varmandi", "PERSON")] * 3)
    assert [label for _, _, label in found] == ["GPE", "GPE", "GPE"]


def test_a_word_the_report_also_gives_a_verb_of_saying_stays_a_person():
    text = "Elders met in the Varmandi area. Later Varmandi said the talks had failed."
    found = _keys(text, [("Varmandi", "PERSON"), ("Varmandi", "PERSON")])
    assert found[-1][2] == "PERSON"


def test_a_word_of_a_full_name_in_the_report_is_not_moved():
    text = (
        "Dorvan Varmandi visited the Varmandi area. Later Varmandi met the elders of the village."
    )
    found = _keys(
        text, [("Dorvan Varmandi", "PERSON"), ("Varmandi", "PERSON"), ("Varmandi", "PERSON")]
    )
    assert found[-1][2] == "PERSON"


# -- an office of a place with no holder named is a title, not a body ----------------------


def test_an_office_of_a_country_with_no_holder_names_nothing():
    text = "The boy was handed over to the Consul General of Pakistan in Zahedan on Monday."
    found = _keys(text, [("Consul General of Pakistan", "ORG"), ("Zahedan", "GPE")])
    assert [t for t, _, _ in found] == ["Zahedan"]


def test_an_office_of_a_place_before_its_holder_is_kept():
    text = "He met the Governor of Punjab Dorvan Tarkhel on Monday."
    found = _keys(text, [("Governor of Punjab", "ORG"), ("Dorvan Tarkhel", "PERSON")])
    assert found[0][0] == "Governor of Punjab"


def test_a_body_of_a_place_is_no_office():
    text = "The State Bank of Pakistan raised rates."
    assert [t for t, _, _ in _keys(text, [("State Bank of Pakistan", "ORG")])] == [
        "State Bank of Pakistan"
    ]
