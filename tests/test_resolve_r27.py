"""Issue 17, session 27 (check-r23): a lone surname whose man the model missed, a place word
run into a man's name, a town whose word has a clan name's skeleton, and words that name
nothing (a sentence's participle, a direction's adjective, a hyphen pair with a country).

Hand-built mentions (the model's labels fixed) so each test checks one rule without the
parser's choices. The names are invented, save the clan words and the country names the
rules are about.
"""

from __future__ import annotations

import pytest

from dossier import names
from dossier.kb import entity_keys, lone_names, resolve
from dossier.store import open_store
from tests.test_resolve_store import _doc, _ingest, _keys

pytestmark = pytest.mark.unit


# -- a lone surname of a man the report names in full but the model missed ----------------


def _famous(number: int) -> object:
    return _doc(
        number,
        f"Former president Darvesh Qorbani spoke in Dorvan on day {number}.",
        [("Darvesh Qorbani", "PERSON")],
    )


def test_a_lone_surname_of_an_unseen_full_name_does_not_join_the_famous_man(tmp_path):
    # the model found no "Majid Qorbani": his report's "SHO Qorbani" is him, not the president
    local = _doc(
        9,
        "SHO Qorbani said a girl died. Station house officer (SHO) Majid Qorbani told reporters.",
        [("Qorbani", "PERSON")],
    )
    store = open_store(str(tmp_path / "kb.db"))
    _ingest(store, [[_famous(i) for i in range(4)], [local]])
    (lone,) = [m.key for m in resolve.corefer(local, agencies=[]).mentions]
    entities = store.entity_ids_for_keys([lone, "darvesh qorbani"])
    assert entities[lone] != entities["darvesh qorbani"]


def test_a_lone_surname_with_no_other_full_name_still_joins_the_famous_man(tmp_path):
    local = _doc(9, "Mr Qorbani said on Monday that talks would go on.", [("Qorbani", "PERSON")])
    store = open_store(str(tmp_path / "kb.db"))
    _ingest(store, [[_famous(i) for i in range(4)], [local]])
    (lone,) = [m.key for m in resolve.corefer(local, agencies=[]).mentions]
    entities = store.entity_ids_for_keys([lone, "darvesh qorbani"])
    assert entities[lone] == entities["darvesh qorbani"]


def test_a_lone_surname_takes_the_full_name_its_report_writes(tmp_path):
    # "SHO Qorbani ... Inspector Darvesh Qorbani": the model missed the full name, but the
    # report writes it, and it is the famous man's
    local = _doc(
        9,
        "SHO Qorbani urged calm. Talks were held with Inspector Darvesh Qorbani in Dorvan.",
        [("Qorbani", "PERSON")],
    )
    store = open_store(str(tmp_path / "kb.db"))
    _ingest(store, [[_famous(i) for i in range(4)], [local]])
    (lone,) = [m.key for m in resolve.corefer(local, agencies=[]).mentions]
    assert lone == "darvesh qorbani"


def test_unseen_full_names_leave_out_titles_and_clause_words():
    def unseen(text: str, spans: list[tuple[str, str]], at: int = -1) -> set[str]:
        doc = _doc(1, text, spans)
        return lone_names._unseen_full_names(doc.mentions[at], doc.document.text, doc.mentions)

    assert unseen("SHO Qorbani said. Meanwhile Qorbani left.", [("Qorbani", "PERSON")]) == set()
    assert unseen("SHO Qorbani said. Majid Qorbani came.", [("Qorbani", "PERSON")]) == {
        "majid qorbani"
    }
    found = [("Qorbani", "PERSON"), ("Majid Qorbani", "PERSON")]
    assert unseen("SHO Qorbani said. Majid Qorbani came.", found, at=0) == set()
    two = "Mr Qorbani said. Majid Qorbani and Sadiq Qorbani came."
    assert unseen(two, [("Qorbani", "PERSON")]) == {"majid qorbani", "sadiq qorbani"}
    # a portfolio's "-ing" word and a body's head word are no given names; two words at most
    portfolio = "Mr Qorbani said. The Minister for Information and Broadcasting Darvesh Qorbani."
    assert unseen(portfolio, [("Qorbani", "PERSON")]) == {"darvesh qorbani"}
    body = "Mr Qorbani said. The head of the Dorvan Levies Force Abdul Sattar Qorbani spoke."
    assert unseen(body, [("Qorbani", "PERSON")]) == {"abdul sattar qorbani"}


def test_a_lone_surname_of_two_unseen_full_names_stays_in_its_report():
    text = "SHO Qorbani said. Majid Qorbani and Sadiq Qorbani came."
    ((_, key, _label),) = _keys(text, [("Qorbani", "PERSON")])
    assert key == entity_keys.scoped_key("qorbani", "doc-1")


# -- a place word the model ran into a man's name ----------------------------------------


def test_a_place_written_with_its_cue_is_not_the_given_name_of_the_man_after_it():
    text = (
        "Bodies were found in Balochistan’s Varzat district. Varzat Deputy Commissioner "
        "Varzat Zakirullah said police in Varzat were told. They were taken to DHQ Varzat."
    )
    found = _keys(
        text,
        [
            ("Varzat", "GPE"),
            ("Varzat Zakirullah", "PERSON"),
            ("Varzat", "GPE"),
            ("Varzat", "GPE"),
        ],
    )
    places = [(key, label) for t, key, label in found if t == "Varzat"]
    assert places == [("varzat", "GPE")] * 3


def test_a_given_name_with_no_place_cue_still_joins_its_man():
    text = "Haidar Varzehri was arrested in Dorvan. Haidar told the court he was innocent."
    found = _keys(text, [("Haidar Varzehri", "PERSON"), ("Haidar", "ORG")])
    assert [key for _, key, _ in found] == ["haidar varzehri", "haidar varzehri"]


# -- a clan word by its spelling, not by its skeleton -------------------------------------


def test_a_clan_word_is_matched_as_written_not_by_its_skeleton():
    assert names.common_lone_name("Beg") and names.common_lone_name("Baig")
    assert names.common_lone_name("Khan") and names.common_lone_name("Mr Shah")
    # "Bagh" has the skeleton of "Beg" but is no clan word: a town's name
    assert not names.common_lone_name("Bagh")


def test_a_town_typed_a_man_in_a_list_keeps_the_towns_key():
    text = "Shells fell on Kotli, Dorvan, Bagh and Sibkot on Wednesday."
    found = _keys(text, [("Bagh", "PERSON")])
    ((_, key, _label),) = found
    assert key == "bagh"


# -- words that name nothing --------------------------------------------------------------


def test_a_participle_opening_a_sentence_before_its_object_is_no_name():
    text = "The deal was signed. Welcoming the ceasefire deal, the president urged calm."
    assert _keys(text, [("Welcoming", "ORG")]) == []


def test_a_capitalised_word_opening_a_sentence_before_a_verb_stays_a_name():
    text = "The deal was signed. Sterling said the ceasefire would hold."
    assert _keys(text, [("Sterling", "PERSON")]) != []


def test_a_direction_adjective_before_a_common_noun_is_no_name():
    text = "Troops were moved to the Eastern border on Monday."
    assert _keys(text, [("Eastern", "GPE")]) == []


def test_the_west_before_a_noun_and_a_region_in_capitals_stay_names():
    text = "Western nations condemned the strike in the Eastern Cape."
    found = _keys(text, [("Western", "NORP"), ("Eastern Cape", "GPE")])
    assert [t for t, _, _ in found] == ["Western", "Eastern Cape"]


def test_a_hyphen_pair_with_a_country_second_before_a_noun_is_no_name():
    text = "Analysts discussed the Pak-India military conflict on Monday."
    assert _keys(text, [("Pak-India", "ORG")]) == []


def test_a_hyphen_pair_with_no_country_stays():
    text = "Trade through the Dorvan-Sibkot crossing resumed on Monday."
    assert _keys(text, [("Dorvan-Sibkot", "GPE")]) != []


# -- a broadcaster credited for what it said ----------------------------------------------


def test_a_medium_named_saying_or_quoting_is_an_outlet():
    text = "At 5am, state-run Varzan News said the strikes had begun. Officials confirmed it."
    assert _keys(text, [("Varzan News", "ORG")]) == []
    text = "Varzan News quoted the spokesman as saying the border was shut."
    assert _keys(text, [("Varzan News", "ORG")]) == []
    text = "Varzan News further reported that the border was shut."
    assert _keys(text, [("Varzan News", "ORG")]) == []


def test_a_medium_named_in_a_sentence_that_credits_nobody_stays():
    text = "The Varzan News building was torched by a mob on Monday."
    assert _keys(text, [("Varzan News", "ORG")]) != []
