"""Roles (session 14, issue 15): who did an act told by a participle clause after its noun
("an attack ... carried out by up to 16 attackers", "a blast carried out by militants killed
three", "protests called by the BYC were held"), a shape 55 of the 1,876 archive articles
write; a name before the thing an attack struck ("the Jaffar Express train attack", 17
articles) is no attacker; and the tally of where the gold actor and place are
(``bench/role_gaps.py``). Fictional sentences with real place names."""

from __future__ import annotations

import pytest

from bench.role_gaps import _how, gold_words
from tests.test_events import _events, _has, _one


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("text", "type_", "trigger", "actor"),
    [
        (
            "Authorities confirmed an attack on Gambila police station in Lakki Marwat carried "
            "out by up to 16 attackers.",
            "ASSAULT",
            "attack",
            "attackers",
        ),
        (
            "A blast carried out by militants killed three people in Quetta.",
            "ASSAULT",
            "killed",
            "militants",
        ),
        (
            "Protests called by the BYC were held in Quetta on Monday.",
            "PROTEST",
            "Protests",
            "BYC",
        ),
        ("A rally led by JI leaders was held in Karachi.", "PROTEST", "rally", "JI"),
    ],
)
def test_the_doer_of_a_participle_clause_after_the_act_acted(text, type_, trigger, actor, settings):
    event = _one(_events(text, settings), type_, trigger)
    assert _has(event.actors, actor)


@pytest.mark.nlp
def test_a_participle_without_its_by_phrase_names_no_one(settings):
    event = _one(
        _events("An attack carried out on Monday killed two people in Bannu.", settings),
        "ASSAULT",
        "killed",
    )
    assert event.actors == ()
    assert _has(event.targets, "two people")


@pytest.mark.nlp
def test_who_condemned_an_attack_did_not_carry_it_out(settings):
    # "condemned" is no verb of doing: its "by" phrase is a critic, not the attacker
    events = _events("The attack condemned by the governor killed two people in Bannu.", settings)
    assert not _has(_one(events, "ASSAULT", "killed").actors, "governor")


@pytest.mark.nlp
def test_a_name_before_the_struck_thing_is_not_the_attacker(settings):
    text = "The government formed a committee over the Jaffar Express train attack in Bolan."
    event = _one(_events(text, settings), "ASSAULT", "attack")
    assert not _has(event.actors, "Jaffar")
    assert _has(event.targets, "train")  # the event stays, with what was struck


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("The Hamas rocket attack on Sderot wounded two people.", "wounded", "Hamas"),
        ("US drone strikes killed two militants.", "killed", "US"),
    ],
)
def test_a_name_before_a_weapon_still_attacked(text, trigger, actor, settings):
    assert _has(_one(_events(text, settings), "ASSAULT", trigger).actors, actor)


@pytest.mark.unit
def test_the_tally_matches_gold_as_the_scorer_does():
    # every alternative's words, singular: the scorer's "shares a word" test
    assert gold_words("security forces|troops") == {"security", "force", "troop"}
    assert gold_words("Quetta-Sibi Highway") == {"quetta", "sibi", "highway"}


@pytest.mark.unit
def test_the_tally_tells_a_wrong_name_of_the_sentence_from_one_taken_elsewhere():
    sentence = "Police arrested two suspects in Jabar area here on Friday."
    assert _how([], sentence) == "empty"
    assert _how(["Jabar", "Jabar"], sentence) == "wrong here"
    assert _how(["Mansehra"], sentence) == "wrong away"
