"""Places of events, session 34 (issue 15: the place of events otherwise right), the
extractor's rule: a place written as the wider setting of a narrower one in the same phrase
("on the coast of Rafah, in the south of Gaza", "in the Bureij camp in central Gaza", "in
KP’s Lakki Marwat and Peshawar districts") gives way to the narrower one. Unit tests read
texts of my own through a blank tokenizer (no model)."""

from __future__ import annotations

import pytest
from spacy.lang.en import English

from dossier.extract.events.place_time import _named_inside, _narrowest
from dossier.geo import key
from dossier.records import Mention

NLP = English()


def _inside(text: str, wide: str, tagged: tuple[tuple[str, str], ...] = ()) -> str:
    """The place :func:`_named_inside` gives for ``wide`` (its last occurrence) in ``text``,
    with ``tagged`` names given the model's labels."""
    doc = NLP(text)
    at = text.rindex(wide)
    mentions = [
        Mention(text.index(n), text.index(n) + len(n), n, label, key(n), 0) for n, label in tagged
    ]
    start, end = _named_inside((at, at + len(wide)), doc, mentions)
    return text[start:end]


@pytest.mark.unit
def test_a_town_set_in_a_region_by_a_bearing_is_the_place():
    text = "A boy was killed on the coast of Rafah, in the south of Gaza, a medic said."
    assert _inside(text, "Gaza") == "Rafah"
    text = "Two men were shot in Khan Yunis in southern Gaza on Monday."
    assert _inside(text, "Gaza") == "Khan Yunis"
    text = "Gunmen fired on a convoy near Kunduz, in the north of Afghanistan."
    assert _inside(text, "Afghanistan") == "Kunduz"


@pytest.mark.unit
def test_a_listed_camp_or_district_the_gazetteer_lacks_counts_by_its_noun():
    text = "A strike hit homes in the Zarqal and Mourat refugee camps in central Gaza."
    assert _inside(text, "Gaza") == "Zarqal"
    text = "Attacks on two police posts in Kandrou’s Tavel and Borim districts were repelled."
    assert _inside(text, "Kandrou") == "Tavel"
    # a name the gazetteer lacks, with no place noun and not tagged a place: not a place
    text = "The army said it killed a commander of Hamas, in the north of Gaza."
    assert _inside(text, "Gaza") == "Gaza"
    # tagged a place by the model and written where a place goes: a place
    text = "Shells fell on the hamlet of Zarqal, in the north of Gaza."
    assert _inside(text, "Gaza", (("Zarqal", "GPE"),)) == "Zarqal"
    assert _inside(text, "Gaza", (("Zarqal", "PERSON"),)) == "Gaza"


@pytest.mark.unit
def test_no_bearing_or_no_owner_no_narrower_place():
    # "X in Y" without a bearing says nothing about which is wider (a list, a visit)
    text = "Police arrested two men from Quetta in Karachi on Monday."
    assert _inside(text, "Karachi") == "Karachi"
    # a possessive naming one place is the owner's rule (:func:`_past_owner`), not a list
    text = "A blast hit a market in Balochistan’s Turbat on Monday."
    assert _inside(text, "Balochistan") == "Balochistan"
    # a people's word or a group before the bearing is no place
    text = "Israeli troops fought Palestinian gunmen in northern Gaza."
    assert _inside(text, "Gaza") == "Gaza"


@pytest.mark.unit
def test_a_wider_or_foreign_name_never_replaces_the_place():
    # the name before the bearing is the wider place: the chosen place stays
    text = "Fighting spread across Pakistan, in the north of Waziristan."
    assert _inside(text, "Waziristan") == "Waziristan"
    # a town the gazetteer holds only in another country than the wider place's
    text = "Talks were held in Lahore, in the south of Lebanon."
    assert _inside(text, "Lebanon") == "Lebanon"


@pytest.mark.unit
def test_the_event_rules_ask_for_the_narrowest_place_of_the_phrase():
    # what _location and _sentence_place ask: the owned place first, else the one inside
    text = "A boy was killed on the coast of Rafah, in the south of Gaza, a medic said."
    doc = NLP(text)
    at = text.index("Gaza")
    gaza = Mention(at, at + len("Gaza"), "Gaza", "GPE", "gaza", 0)
    start, end = _narrowest((gaza.start, gaza.end), doc, [gaza])
    assert text[start:end] == "Rafah"
