"""Issue 17, session 22 (check-r18): rules of resolution measured on a fresh sample.

Hand-built mentions (the model's labels fixed) so each test checks one rule without the
parser's choices. The names are invented, but for the gazetteer's real cities.
"""

from __future__ import annotations

import pytest

from dossier import geo
from dossier.kb import name_types
from dossier.names import normalize_name
from dossier.store.base import AliasStat
from tests.test_resolve_store import _keys

pytestmark = pytest.mark.unit


def _stats(text: str, label: str, n: int = 5) -> list[AliasStat]:
    return [AliasStat(normalize_name(text), text, label, n, n)]


# -- a big city in every country the gazetteer knows it in is a place ---


def test_a_name_that_is_a_big_city_in_two_countries_is_a_place():
    gazetteer = geo.load_gazetteer()
    found = gazetteer.candidates("Hyderabad")
    assert len({p.country for p in found}) >= 2  # the rule's case: no one country
    assert name_types.gazetteer_place("Hyderabad", gazetteer)
    assert name_types.choose_type(_stats("Hyderabad", "ORG"), gazetteer) == "GPE"


def test_a_name_with_a_small_namesake_abroad_keeps_the_models_label():
    gazetteer = geo.load_gazetteer()
    found = gazetteer.candidates("Paris")
    assert any((p.population or 0) < name_types.PLACE_MIN_POPULATION for p in found)
    assert not name_types.gazetteer_place("Paris", gazetteer)


# -- operations, pilgrimages and festivals are events ---


def test_a_name_opened_by_operation_or_closed_by_a_pilgrimage_is_an_event():
    assert name_types.choose_type(_stats("Operation Darvan-i-Kor", "ORG")) == "EVENT"
    assert name_types.choose_type(_stats("Operation Velbar", "FAC")) == "EVENT"
    assert name_types.choose_type(_stats("Karvanath Yatra", "PERSON")) == "EVENT"
    assert name_types.choose_type(_stats("Dorvan Literary Festival", "ORG")) == "EVENT"
    # the word inside a body's name is no operation
    assert name_types.choose_type(_stats("Operations Directorate", "ORG")) == "ORG"


def test_a_name_right_after_the_word_operation_is_the_operation():
    text = "He was arrested for his comments on operation Velbarin after the strikes."
    assert _keys(text, [("Velbarin", "ORG")]) == [("Velbarin", "velbarin", "EVENT")]
    text = "The forces launched Operation “Darvan Kor against the camps."
    assert _keys(text, [("Darvan Kor", "PERSON")])[0][2] == "EVENT"


def test_a_rank_before_operation_keeps_the_man_after_it():
    text = "Superintendent of Police (SP) Operation Muhammad Karvan attended the funeral."
    assert _keys(text, [("Muhammad Karvan", "PERSON")])[0][2] == "PERSON"
    text = "SSP Operation Tariq Velbar said the suspects fled."
    assert _keys(text, [("Tariq Velbar", "PERSON")])[0][2] == "PERSON"


# -- a people before "minority" or "civilians" ---


def test_a_word_before_minority_or_civilians_is_a_people():
    text = "The monitor said 532 Varlawite civilians were killed, most of the Varlawite minority."
    found = _keys(text, [("Varlawite", "PERSON"), ("Varlawite", "PERSON")])
    assert [label for _, _, label in found] == ["NORP", "NORP"]


# -- a word capitalised only because it opens a sentence or a heading ---


def test_a_heading_word_the_report_writes_in_lower_case_is_no_name():
    text = (
        "Gunmen opened fire at a hairdresser shop in Dorvan.\n\n"
        "Hairdresser, two others killed\n\nThree people were killed in Korvan."
    )
    assert _keys(text, [("Hairdresser", "PERSON")]) == []
    # the model's span on the lower-case word is no name that holds it
    found = _keys(text, [("hairdresser", "ORG"), ("Hairdresser", "PERSON")])
    assert "Hairdresser" not in [t for t, _, _ in found]


def test_a_heading_word_never_written_in_lower_case_stays_a_name():
    text = "Velbarin, two others killed\n\nThree people were killed in Korvan."
    assert [t for t, _, _ in _keys(text, [("Velbarin", "PERSON")])] == ["Velbarin"]


def test_a_word_another_name_of_the_report_holds_stays_a_name():
    text = "Charlie Rose spoke first. Rose said the rose garden was closed."
    found = _keys(text, [("Charlie Rose", "PERSON"), ("Rose", "PERSON")])
    assert "Rose" in [t for t, _, _ in found]


def test_the_same_word_inside_a_sentence_is_left_to_the_other_rules():
    text = "A hairdresser was hurt. Police said Hairdresser Union members marched."
    found = _keys(text, [("Hairdresser Union", "ORG")])
    assert [t for t, _, _ in found] == ["Hairdresser Union"]


# -- a code is a law ---


def test_a_name_closed_by_code_is_a_law():
    assert name_types.choose_type(_stats("Dorvan Penal Code", "EVENT")) == "LAW"
    assert name_types.choose_type(_stats("Criminal Procedure Code", "ORG")) == "LAW"


# -- the adherents of a religion are a people ---


def test_a_name_closed_by_a_religions_adherents_is_a_people():
    assert name_types.choose_type(_stats("Dorvani Muslims", "PERSON")) == "NORP"
    assert name_types.choose_type(_stats("Velbar Christians", "ORG")) == "NORP"
    # a body of them keeps its own word
    assert name_types.choose_type(_stats("Council of Dorvani Muslims Party", "ORG")) == "ORG"


# -- a broadcaster the words were told to is a source ---


def test_a_body_told_on_its_radio_is_a_source_not_an_actor():
    text = "We are here and willing to help, he told VBC radio. Later VBC Trust said it agreed."
    found = _keys(text, [("VBC", "ORG"), ("VBC Trust", "ORG")])
    assert [t for t, _, _ in found] == ["VBC Trust"]


def test_a_body_before_a_radio_it_does_not_broadcast_on_stays():
    text = "Gunmen attacked the VBC radio station, police said."
    assert [t for t, _, _ in _keys(text, [("VBC", "ORG")])] == ["VBC"]


# -- a place or a person in lower case; a name's qualifier in brackets ---------------------------


def test_several_words_in_lower_case_the_model_calls_a_place_are_no_name():
    text = "Malnutrition reached 33 percent in some areas along the west coast, aid groups said."
    assert _keys(text, [("west coast", "LOC")]) == []
    # a body in lower case is left to the rules for descriptions and offices
    text = "Officials of the provincial apex committee met on Monday."
    assert [t for t, _, _ in _keys(text, [("provincial apex committee", "ORG")])] == [
        "provincial apex committee"
    ]


def test_a_title_case_word_in_brackets_after_a_body_is_a_piece_of_its_name():
    text = "The Communist Party of Velbaria (Marxist) on Sunday condemned the arrest."
    found = _keys(text, [("Communist Party of Velbaria", "ORG"), ("Marxist", "NORP")])
    assert [t for t, _, _ in found] == ["Communist Party of Velbaria"]


def test_letters_or_a_known_place_in_brackets_stay():
    text = "The Dorvan Liberation Army (DLA) and the Sindh Police (Karachi) clashed."
    found = _keys(text, [("DLA", "ORG"), ("Karachi", "GPE")])
    assert {t for t, _, _ in found} == {"DLA", "Karachi"}


# -- a chamber run on into the man named after it ------------------------------------------------


def test_a_chamber_run_into_the_name_after_it_is_the_man():
    text = "Opposition Leader in the National Assembly Omar Dorvan Khan condemned the attack."
    found = _keys(text, [("National Assembly Omar Dorvan Khan", "ORG")])
    assert found == [("Omar Dorvan Khan", "omar dorvan khan", "PERSON")]


def test_a_chamber_and_its_committee_stay_whole():
    text = "He spoke in the National Assembly Standing Committee on Interior on Monday."
    found = _keys(text, [("National Assembly Standing Committee", "ORG")])
    assert [t for t, _, _ in found] == ["National Assembly Standing Committee"]


# -- a capitalised adjective before a common noun --------------------------------------------------


def test_a_capitalised_adjective_before_a_common_noun_is_no_name():
    text = "Its response accorded with International law and the UN charter."
    assert _keys(text, [("International", "ORG")]) == []
    text = "The National Velbar Front and the Dorvan International met."
    found = _keys(text, [("Dorvan International", "ORG")])
    assert [t for t, _, _ in found] == ["Dorvan International"]
    # the adjective as a name's word before a capital stays a name
    text = "Political Velbar said the talks failed."
    assert [t for t, _, _ in _keys(text, [("Political", "ORG")])] == ["Political"]


# -- the last item of a list of people ----------------------------------------------------------


def test_the_last_word_of_a_list_of_people_is_a_person_of_its_report():
    text = "Three were hurt. The injured were identified as Saifkor, Irfandor and Ravilah."
    found = _keys(text, [("Saifkor", "PERSON"), ("Irfandor", "PERSON"), ("Ravilah", "GPE")])
    assert found[-1][2] == "PERSON" and found[-1][1].startswith("ravilah @")


def test_the_last_word_of_a_list_of_known_places_stays_a_place():
    text = "Blasts were reported in Quetta, Kalat and Ravilah."
    found = _keys(text, [("Quetta", "GPE"), ("Kalat", "GPE"), ("Ravilah", "GPE")])
    assert found[-1] == ("Ravilah", "ravilah", "GPE")


# -- a name the model cut after the word a title opens ---------------------------------------------


def test_a_name_cut_after_the_word_a_title_opens_is_grown_back():
    text = "Manghopir SHO Imran Velbar Khan told reporters the case was registered."
    found = _keys(text, [("Velbar Khan", "PERSON")])
    assert found == [("Imran Velbar Khan", "imran velbar khan", "PERSON")]


def test_a_place_or_a_role_after_the_title_is_not_taken_into_the_name():
    text = "IGP Sindh Ghulam Velbar Memon visited the site."
    assert _keys(text, [("Ghulam Velbar Memon", "PERSON")])[0][0] == "Ghulam Velbar Memon"
    text = "SSP South Asad Velbar said the suspects fled."
    assert _keys(text, [("Asad Velbar", "PERSON")])[0][0] == "Asad Velbar"


def test_a_gloss_in_brackets_or_letters_written_as_a_word_stay():
    text = "“He (Fidkor) expressed concern,” the statement said."
    assert [t for t, _, _ in _keys(text, [("Fidkor", "PERSON")])] == ["Fidkor"]
    text = "The withdrawal of the North Atlantic Velbar Organisation (Navo) was announced."
    found = _keys(text, [("North Atlantic Velbar Organisation", "ORG"), ("Navo", "ORG")])
    assert "Navo" in [t for t, _, _ in found]
