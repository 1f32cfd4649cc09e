"""Targets of session 38 (issue 15): a rejection told by a definite description of a thing put
forward ("rejected the proposal") takes the owner an earlier mention of it names ("Ostrand's
proposal", "Ostrand made an offer": :mod:`dossier.extract.events.roles_antecedents`). The
end-to-end tests run the pipeline on sentences written for them (invented names: Ostrand,
Velmora, Irena Vasko)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dossier.extract.events.roles_antecedents import _definite, _unowned_reference
from dossier.extract.events.roles_moments import struck_in_the_moment
from tests.test_event_what_r14 import VOCAB
from tests.test_events import _events, _one

# (word, lemma, head, dep, pos, tag, entity IOB)
Row = tuple[str, str, int, str, str, str, str]


def _doc(rows: list[Row]) -> Doc:
    words, lemmas, heads, deps, pos, tags, ents = (list(c) for c in zip(*rows, strict=True))
    return Doc(
        VOCAB, words=words, lemmas=lemmas, heads=heads, deps=deps, pos=pos, tags=tags, ents=ents
    )


def _rejected(det: str, det_lemma: str, owner: bool = False) -> Doc:
    # "Velmora rejected the proposal ." / "Velmora rejected Ostrand 's proposal ."
    rows: list[Row] = [
        ("Velmora", "Velmora", 1, "nsubj", "PROPN", "NNP", "B-GPE"),
        ("rejected", "reject", 1, "ROOT", "VERB", "VBD", "O"),
    ]
    if owner:
        rows += [
            ("Ostrand", "Ostrand", 4, "poss", "PROPN", "NNP", "B-GPE"),
            ("'s", "'s", 2, "case", "PART", "POS", "O"),
        ]
    else:
        rows += [(det, det_lemma, 3, "det", "DET", "DT", "O")]
    rows += [
        ("proposal", "proposal", 1, "dobj", "NOUN", "NN", "O"),
        (".", ".", 1, "punct", "PUNCT", ".", "O"),
    ]
    return _doc(rows)


@pytest.mark.unit
def test_a_definite_description_of_a_proposal_refers_back():
    doc = _rejected("the", "the")
    assert _definite(doc[3])
    assert _unowned_reference(doc[3])


@pytest.mark.unit
def test_an_indefinite_or_owned_proposal_is_no_reference():
    assert not _unowned_reference(_rejected("a", "a")[3])
    owned = _rejected("", "", owner=True)
    assert owned[4].lower_ == "proposal"
    assert not _unowned_reference(owned[4])


@pytest.mark.nlp
def test_the_rejected_proposal_is_its_earlier_owners(settings):
    events = _events(
        "Ostrand's proposal to build a dam on the river drew criticism on Monday. "
        "Velmora rejected the proposal outright.",
        settings,
    )
    rejection = _one(events, "REJECT")
    assert any("Ostrand" in t for t in rejection.targets)
    assert not any("proposal" in t for t in rejection.targets)


@pytest.mark.nlp
def test_the_rejected_offer_is_its_makers(settings):
    events = _events(
        "Ostrand made a new offer to Velmora on Monday. Velmora rejected the offer.", settings
    )
    assert _one(events, "REJECT").targets == ("Ostrand",)


@pytest.mark.nlp
def test_a_proposal_no_earlier_mention_owns_stays(settings):
    events = _events("Velmora rejected the proposal outright.", settings)
    assert _one(events, "REJECT").targets == ("the proposal",)


# ------------------------------------------------- what the attack of the harm's moment struck


def _killed_when(obj: str, lemma: str, pos: str, ent: str) -> Doc:
    # "Two people were killed when gunmen attacked <obj> ."
    return _doc(
        [
            ("Two", "two", 1, "nummod", "NUM", "CD", "O"),
            ("people", "people", 3, "nsubjpass", "NOUN", "NNS", "O"),
            ("were", "be", 3, "auxpass", "AUX", "VBD", "O"),
            ("killed", "kill", 3, "ROOT", "VERB", "VBN", "O"),
            ("when", "when", 6, "advmod", "SCONJ", "WRB", "O"),
            ("gunmen", "gunman", 6, "nsubj", "NOUN", "NNS", "O"),
            ("attacked", "attack", 3, "advcl", "VERB", "VBD", "O"),
            (obj, lemma, 6, "dobj", pos, "NN", ent),
            (".", ".", 3, "punct", "PUNCT", ".", "O"),
        ]
    )


@pytest.mark.unit
def test_what_the_moments_attack_struck_joins_the_victims():
    doc = _killed_when("buses", "bus", "NOUN", "O")
    assert [t.text for t in struck_in_the_moment(doc[3], [doc[1]])] == ["buses"]


@pytest.mark.unit
def test_a_place_the_moments_attack_struck_is_left_to_the_place_rules():
    doc = _killed_when("Quetta", "Quetta", "PROPN", "B-GPE")
    assert struck_in_the_moment(doc[3], [doc[1]]) == []


@pytest.mark.nlp
def test_the_bus_attacked_in_the_moment_of_the_killing_is_a_target(settings):
    killing = _one(
        _events("Two people were killed when gunmen attacked a bus in Turbat.", settings), "ASSAULT"
    )
    assert "a bus" in killing.targets and "Two people" in killing.targets
    assert killing.actors == ("gunmen",)


@pytest.mark.nlp
def test_the_convoy_attacked_passively_in_the_moment_is_a_target(settings):
    events = _events(
        "10 people were killed when a convoy of 35 vehicles was attacked last week.", settings
    )
    assert any("convoy" in t for t in _one(events, "ASSAULT").targets)


@pytest.mark.nlp
def test_the_bus_a_blast_targeted_is_a_target(settings):
    events = _events(
        "Four people were killed and 32 injured in a blast targeting a bus in Turbat.", settings
    )
    assert "a bus" in _one(events, "ASSAULT").targets


@pytest.mark.nlp
def test_the_means_and_the_place_of_the_moment_are_no_target(settings):
    fired = _one(
        _events("A man was killed when militants fired rockets at a checkpoint.", settings),
        "ASSAULT",
    )
    assert "rockets" not in fired.targets
    assert "a checkpoint" in fired.targets
    opened = _one(
        _events("Two policemen were martyred when gunmen opened fire at them.", settings), "ASSAULT"
    )
    assert opened.targets == ("Two policemen",)
    placed = _one(
        _events("Two people were killed when gunmen attacked Quetta on Monday.", settings),
        "ASSAULT",
    )
    assert placed.targets == ("Two people",)


@pytest.mark.nlp
def test_a_car_rammed_into_a_convoy_is_the_means(settings):
    rammed = _one(
        _events(
            "Two soldiers were martyred when a suicide bomber rammed an explosive-laden car "
            "into their convoy.",
            settings,
        ),
        "ASSAULT",
    )
    assert "their convoy" in rammed.targets
    assert not any("car" in t for t in rammed.targets)


@pytest.mark.nlp
def test_where_an_ambush_happened_and_the_grenade_thrown_are_no_target(settings):
    ambushed = _one(
        _events("Two people were killed when rivals ambushed them on a dirt track.", settings),
        "ASSAULT",
    )
    assert not any("track" in t for t in ambushed.targets)
    thrown = _one(
        _events("Two children were injured when a grenade was thrown at a house.", settings),
        "ASSAULT",
    )
    assert "a house" in thrown.targets
    assert not any("grenade" in t for t in thrown.targets)
