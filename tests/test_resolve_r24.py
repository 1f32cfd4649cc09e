"""Issue 17, session 24 (check-r20): rules of resolution measured on a fresh sample.

Hand-built mentions (the model's labels fixed) so each test checks one rule without the
parser's choices. The names are invented.
"""

from __future__ import annotations

import pytest

from dossier.kb import acronyms, entity_keys, name_types
from dossier.store import open_store
from tests.test_resolve_r23 import _stats
from tests.test_resolve_store import _doc, _ingest, _keys

pytestmark = pytest.mark.unit


# -- letters a report defines as a name they do not spell are the report's own ----------


def test_letters_defined_as_a_name_they_do_not_spell_hold_in_their_report():
    text = (
        "Police held leaders of the Vardan Awami Action Committee (VCC) on Monday. "
        "The VCC said the arrests were unlawful."
    )
    found = _keys(text, [("VCC", "ORG"), ("VCC", "ORG")])
    keys = {key for _, key, _ in found}
    assert len(keys) == 1
    (key,) = keys
    assert entity_keys.SCOPE in key  # no other report's "VCC" is this committee
    assert entity_keys.base_key(key) == "vcc"


def test_letters_that_spell_the_name_before_them_are_no_other_definition():
    assert not acronyms._letters_named_otherwise("VCC", "the Vardan Citizen Card (VCC) holders")
    # a name with a place after it: the letters spell its first words
    assert not acronyms._letters_named_otherwise("VC", "the Vardan Corps Dorvan (VC) said")
    # a faction's letter after a hyphen is not read by the initials rule: no evidence
    assert not acronyms._letters_named_otherwise("JUI-F", "Jamiat Ulema-e-Islam-Fazl (JUI-F)")
    # one capitalised word before the brackets is no name to judge by
    assert not acronyms._letters_named_otherwise("VCC", "the leaders (VCC) said")
    assert acronyms._letters_named_otherwise(
        "VCC", "leaders of the Vardan Awami Action Committee (VCC) met"
    )


def test_a_reports_own_letters_do_not_join_what_other_reports_expand_them_to(tmp_path):
    cards = [
        _doc(
            i,
            f"Holders of the Vardan Citizen Card (VCC) queued on day {i}.",
            [("Vardan Citizen Card", "ORG"), ("VCC", "ORG")],
        )
        for i in range(1, 4)
    ]
    committee = _doc(
        9,
        "Police held leaders of the Dorvan Awami Action Committee (VCC). The VCC protested.",
        [("VCC", "ORG"), ("VCC", "ORG")],
    )
    bare = _doc(10, "The VCC queue grew on Friday.", [("VCC", "ORG")])
    store = open_store(str(tmp_path / "kb.db"))
    _ingest(store, [cards, [committee, bare]])
    ids = store.entity_ids_for_keys(["vardan citizen card", "vcc", "vcc @doc-9"])
    # a report that never defines the letters takes what the other reports expand them to
    assert ids["vcc"] == ids["vardan citizen card"]
    # the report that defines them as its committee keeps them apart
    assert ids["vcc @doc-9"] != ids["vardan citizen card"]


# -- a law's head word alone links only inside its report ---------------------------------


def test_a_bare_treaty_is_its_reports_one_treaty_and_no_other_reports():
    text = "India suspended the Varsa Waters Treaty. The Treaty is binding, officials said."
    found = _keys(text, [("Varsa Waters Treaty", "LAW"), ("Treaty", "ORG")])
    assert found[1][1] == found[0][1] == "varsa waters treaty"
    assert found[1][2] == "LAW"


def test_a_bare_treaty_with_two_treaties_or_none_in_its_report_stays_there():
    text = "The Dorva Treaty and the Kelan Treaty were signed. The Treaty lasted."
    found = _keys(text, [("Dorva Treaty", "LAW"), ("Kelan Treaty", "LAW"), ("Treaty", "ORG")])
    assert entity_keys.SCOPE in found[2][1]
    assert found[2][2] == "LAW"
    alone = _keys("The Treaty was signed in 1893.", [("Treaty", "ORG")])
    assert entity_keys.SCOPE in alone[0][1]
    # a multi-word law keeps its key across reports
    kept = _keys("The Dorva Treaty was signed.", [("Dorva Treaty", "LAW")])
    assert kept[0][1] == "dorva treaty"


def test_a_laws_head_alone_is_typed_a_law_and_a_card_a_document():
    assert name_types.choose_type(_stats("Treaty", "ORG")) == "LAW"
    assert name_types.choose_type(_stats("Vardan Citizen Card", "ORG")) == "OTHER"
    # "Bill" alone may be a man
    assert name_types.choose_type(_stats("Bill", "PERSON")) == "PERSON"


# -- a one-word "place" or "body" the report shows is a person -------------------------------


def test_a_word_with_a_kinsman_after_it_is_a_person_throughout_its_report():
    text = (
        "Police arrested Dorvagh after a raid. Dorvagh’s father filed a petition. "
        "The court remanded Dorvagh."
    )
    found = _keys(text, [("Dorvagh", "ORG"), ("Dorvagh", "ORG"), ("Dorvagh", "ORG")])
    assert [label for _, _, label in found] == ["PERSON"] * 3
    # a lone person's word holds in its report
    assert all(entity_keys.SCOPE in key for _, key, _ in found)


def test_a_place_the_gazetteer_does_not_know_that_speaks_is_a_person():
    text = "Varnia said her sister was unwell. Later Varnia wrote to the court."
    found = _keys(text, [("Varnia", "GPE"), ("Varnia", "GPE")])
    assert [label for _, _, label in found] == ["PERSON", "PERSON"]


def test_a_body_that_speaks_or_a_known_place_stays_what_it_is():
    # an organisation says things: the speech cue is for unknown places only
    body = _keys("Dorvan Front said it would fight. Dorvan said more.", [("Dorvan", "ORG")])
    assert body[0][2] == "ORG"
    # a country or a large city speaks for its government
    country = _keys("Pakistan said the talks went well.", [("Pakistan", "GPE")])
    assert country[0][2] == "GPE"
    # a people with the article before it
    people = _keys("The Varshi’s sons fought.", [("Varshi", "NORP")])
    assert people[0][2] == "NORP"


# -- a word the report joins to one man's surname names him in its other sentences too ------


def test_a_surname_the_model_called_a_place_in_some_sentences_is_the_man_throughout():
    text = (
        "Jailed leader Serhat Varcalan urged peace. Varcalan said the group must disarm. "
        "Varcalan added that it would. "
        "The party met after Varcalan this week called for talks. Varcalan wanted a congress."
    )
    spans = [
        ("Serhat Varcalan", "PERSON"),
        ("Varcalan", "PERSON"),
        ("Varcalan", "PERSON"),
        ("Varcalan", "GPE"),
        ("Varcalan", "GPE"),
    ]
    found = _keys(text, spans)
    assert [key for _, key, _ in found] == ["serhat varcalan"] * 5
    assert [label for _, _, label in found[3:]] == ["PERSON", "PERSON"]


def test_a_place_the_gazetteer_knows_stays_a_place_beside_a_namesake():
    text = "Senator Ali Peshawar spoke. Peshawar said little. Traders in Peshawar protested."
    found = _keys(text, [("Ali Peshawar", "PERSON"), ("Peshawar", "PERSON"), ("Peshawar", "GPE")])
    assert found[2][1] == "peshawar"


def test_a_place_after_in_or_one_the_gazetteer_knows_does_not_speak():
    text = "A police officer in Vornapur says dacoits are armed. Vornapur lies east."
    found = _keys(text, [("Vornapur", "GPE"), ("Vornapur", "GPE")])
    assert [label for _, _, label in found] == ["GPE", "GPE"]
    # a town of two countries that the gazetteer knows: its "says" is its people's
    known = _keys("Shikarpur says no to dacoits.", [("Shikarpur", "GPE")])
    assert known[0][2] == "GPE"


def test_a_peoples_word_before_a_noun_is_not_moved_to_a_namesake():
    text = (
        "Police held Dr Varina Kalosh. Kalosh said she would appeal. Kalosh added more. "
        "Groups condemned the detention of Kalosh rights activists. Kalosh was moved."
    )
    spans = [
        ("Varina Kalosh", "PERSON"),
        ("Kalosh", "PERSON"),
        ("Kalosh", "PERSON"),
        ("Kalosh", "GPE"),
        ("Kalosh", "GPE"),
    ]
    found = _keys(text, spans)
    # "Kalosh rights activists": the report uses the word for a people too, so its "place"
    # mentions stay what the model said
    assert found[3][1] == "kalosh"
