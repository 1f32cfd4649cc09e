"""Statements told by a frame rather than a verb of stating, session 21 (issue 15, item 5;
``dossier.extract.events.statements``): an accusation told as "X is responsible for <a
wrong>" in what someone says (CAMEO 112), and a threat told as an act of force held out on a
condition (CAMEO 13). Unit tests read hand-built parses; the end-to-end ones run the
pipeline on sentences written for them (invented parties: Ostrand, Velmora)."""

from __future__ import annotations

import pytest

from dossier.extract.events.lexicon import _trigger
from dossier.extract.events.statements import (
    accused_and_accuser,
    accusers_rejected,
    accusing_copula,
    accusing_instigation,
    conditional_threat,
    instigators_accused,
    threatener_and_threatened,
)
from tests.test_event_roles_r19 import _doc
from tests.test_events import _events, _one


def _responsible(say: tuple[str, str], wrong: tuple[str, str]) -> list:
    """ "Vasko said Ostrand was responsible for the <wrong> ." with the saying verb and the
    wrong's word as given; ``say`` None-like ("", "") gives the outlet's own sentence."""
    rows = []
    if say[0]:
        rows += [("Vasko", "Vasko", 1, "nsubj", "PROPN", "NNP"), (*say, 1, "ROOT", "VERB", "VBD")]
    at = len(rows)
    copula = at + 1
    rows += [
        ("Ostrand", "Ostrand", copula, "nsubj", "PROPN", "NNP"),
        ("was", "be", 1 if say[0] else copula, "ccomp" if say[0] else "ROOT", "AUX", "VBD"),
        ("responsible", "responsible", copula, "acomp", "ADJ", "JJ"),
        ("for", "for", at + 2, "prep", "ADP", "IN"),
        ("the", "the", at + 5, "det", "DET", "DT"),
        (*wrong, at + 3, "pobj", "NOUN", "NNS"),
        (".", ".", 1 if say[0] else copula, "punct", "PUNCT", "."),
    ]
    return rows


@pytest.mark.unit
@pytest.mark.parametrize(
    ("say", "wrong", "accusation"),
    [
        (("said", "say"), ("killings", "killing"), True),  # a violent act the lexicon types
        (("added", "add"), ("bloodshed", "bloodshed"), True),  # a wrong of CAMEO 112
        (("claimed", "claim"), ("incidents", "incident"), True),
        (("said", "say"), ("security", "security"), False),  # a duty, no wrong
        (("", ""), ("killings", "killing"), False),  # the outlet's own telling: a fact
    ],
)
def test_responsible_for_a_wrong_in_someone_s_words_is_an_accusation(say, wrong, accusation):
    doc = _doc(_responsible(say, wrong))
    copula = next(t for t in doc if t.lemma_ == "be")
    assert (accusing_copula(copula) == ("ACCUSE", "allege")) is accusation
    if accusation:
        speakers, accused = accused_and_accuser(copula)
        assert [t.text for t in speakers] == ["Vasko"]
        assert [t.text for t in accused] == ["Ostrand"]


@pytest.mark.nlp
def test_the_speaker_accuses_the_one_said_to_be_responsible(settings):
    events = _events(
        "Speaking at a press conference, Irena Vasko said Ostrand was responsible for "
        "orchestrating terrorist attacks in Velmora.",
        settings,
    )
    accusation = _one(events, "ACCUSE")
    assert accusation.actors == ("Irena Vasko",)
    assert accusation.targets == ("Ostrand",)
    assert accusation.modality == "asserted"


@pytest.mark.nlp
def test_a_duty_or_the_outlet_s_own_attribution_accuses_no_one(settings):
    duty = _events("Irena Vasko said Ostrand was responsible for security at the summit.", settings)
    fact = _events("These militants were responsible for the killing of 30 people.", settings)
    assert not [e for e in duty + fact if e.type == "ACCUSE"]


def _conditional(aux: str, condition: bool, object_: tuple[str, str]) -> list:
    """ "Vasko said Ostrand <aux> launch <object> against Velmora if attacked ." """
    rows = [
        ("Vasko", "Vasko", 1, "nsubj", "PROPN", "NNP"),
        ("said", "say", 1, "ROOT", "VERB", "VBD"),
        ("Ostrand", "Ostrand", 4, "nsubj", "PROPN", "NNP"),
        (aux, aux, 4, "aux", "AUX", "MD"),
        ("launch", "launch", 1, "ccomp", "VERB", "VB"),
        (*object_, 4, "dobj", "NOUN", "NN"),
        ("against", "against", 5, "prep", "ADP", "IN"),
        ("Velmora", "Velmora", 6, "pobj", "PROPN", "NNP"),
    ]
    if condition:
        rows += [
            ("if", "if", 9, "mark", "SCONJ", "IN"),
            ("attacked", "attack", 4, "advcl", "VERB", "VBN"),
        ]
    return [*rows, (".", ".", 1, "punct", "PUNCT", ".")]


@pytest.mark.unit
@pytest.mark.parametrize(
    ("aux", "condition", "object_", "threat"),
    [
        ("will", True, ("action", "action"), True),  # a response of CAMEO 138
        ("would", True, ("protests", "protest"), True),  # protest held out (CAMEO 133)
        ("will", False, ("action", "action"), False),  # no condition: a plan, not a threat
        ("will", True, ("elections", "election"), False),  # nothing of force held out
        ("can", True, ("action", "action"), False),  # no act to come
    ],
)
def test_force_held_out_on_a_condition_in_someone_s_words_is_a_threat(
    aux, condition, object_, threat
):
    doc = _doc(_conditional(aux, condition, object_))
    assert (conditional_threat(doc[4]) == ("THREATEN", None)) is threat
    if threat:
        actors, targets = threatener_and_threatened(doc[4])
        assert [t.text for t in actors] == ["Ostrand"]
        assert [t.text for t in targets] == ["Velmora"]


@pytest.mark.nlp
def test_a_befitting_reply_held_out_on_a_condition_is_a_threat_made(settings):
    events = _events(
        "“Ostrand is fully capable to give a befitting reply to Velmora if it violates "
        "the border again,” Irena Vasko vowed.",
        settings,
    )
    threat = _one(events, "THREATEN")
    assert threat.actors == ("Ostrand",)
    assert threat.targets == ("Velmora",)
    assert threat.modality == "asserted"


@pytest.mark.nlp
def test_met_with_force_is_a_warning_only_of_what_is_to_come(settings):
    warned = _events(
        "“Any further attack by Velmora will be met with great force,” Irena Vasko said.",
        settings,
    )
    told = _events("Police said the protesters in Velmora were met with force.", settings)
    assert _one(warned, "THREATEN").modality == "asserted"
    assert not [e for e in told if e.type == "THREATEN"]


def _rejection(verb: tuple[str, str], owner: str | None) -> list:
    """ "Velmora <verb> Ostrand 's allegations ." or, with no owner, "... the allegations ." """
    rows = [("Velmora", "Velmora", 1, "nsubj", "PROPN", "NNP"), (*verb, 1, "ROOT", "VERB", "VBD")]
    if owner is not None:
        rows += [(owner, owner, 4, "poss", "PROPN", "NNP"), ("'s", "'s", 2, "case", "PART", "POS")]
    else:
        rows += [("the", "the", 3, "det", "DET", "DT")]
    noun = ("allegations", "allegation", 1, "dobj", "NOUN", "NNS")
    return [*rows, noun, (".", ".", 1, "punct", "PUNCT", ".")]


@pytest.mark.unit
@pytest.mark.parametrize(
    ("verb", "frame"),
    [
        (("rubbished", "rubbish"), True),  # a verb of denial only with an accusation
        (("refuted", "refute"), True),
        (("dismissed", "dismiss"), True),
        (("praised", "praise"), False),
    ],
)
def test_rejecting_an_accusation_is_a_rejection_of_the_accuser(verb, frame):
    doc = _doc(_rejection(verb, "Ostrand"))
    assert (_trigger(doc[1]) == ("REJECT", None)) is frame
    assert [t.text for t in accusers_rejected(doc[1])] == ["Ostrand"]
    anonymous = _doc(_rejection(verb, None))
    assert accusers_rejected(anonymous[1]) == []


@pytest.mark.nlp
def test_a_rejected_claim_is_rejected_from_its_owner(settings):
    events = _events("Velmora's foreign ministry refuted Ostrand's claims of shelling.", settings)
    rejection = _one(events, "REJECT")
    assert rejection.targets == ("Ostrand",)
    plain = _events("Velmora rubbished the allegations on Monday.", settings)
    assert _one(plain, "REJECT").actors == ("Velmora",)


@pytest.mark.nlp
def test_a_foiled_infiltration_and_an_extermination_are_attacks(settings):
    foiled = _events(
        "Irena Vasko commended the security forces for foiling an infiltration attempt by "
        "terrorists in the Sambaza area of Zhob.",
        settings,
    )
    attack = _one(foiled, "ASSAULT", "infiltration")
    assert attack.actors == ("terrorists",)
    assert attack.modality == "asserted"
    killed = _events(
        "He lauded the soldiers of Ostrand for exterminating one more terrorist in Kech.", settings
    )
    assert _one(killed, "ASSAULT", "exterminating").targets == ("one more terrorist",)


@pytest.mark.nlp
def test_a_vow_to_exterminate_terrorism_or_a_political_infiltration_is_no_attack(settings):
    vow = _events("The minister vowed to exterminate terrorism from Ostrand.", settings)
    spies = _events("Ostrand's agents infiltrated the ruling party of Velmora.", settings)
    assert not [e for e in vow + spies if e.type == "ASSAULT"]


@pytest.mark.unit
@pytest.mark.parametrize(
    ("say", "verb", "accusation"),
    [
        (("said", "say"), ("sponsored", "sponsor"), True),
        (("claimed", "claim"), ("orchestrated", "orchestrate"), True),
        (("", ""), ("sponsored", "sponsor"), False),  # the outlet's own telling
        (("said", "say"), ("reported", "report"), False),  # no verb of instigation
    ],
)
def test_a_wrong_said_to_be_set_in_motion_by_someone_accuses_them(say, verb, accusation):
    rows = [
        ("the", "the", 1, "det", "DET", "DT"),
        ("attack", "attack", 3, "nsubjpass", "NOUN", "NN"),
        ("was", "be", 3, "auxpass", "AUX", "VBD"),
        (*verb, 3, "ROOT", "VERB", "VBN"),
        ("by", "by", 3, "agent", "ADP", "IN"),
        ("Ostrand", "Ostrand", 4, "pobj", "PROPN", "NNP"),
    ]
    if say[0]:  # "Vasko said the attack was sponsored by Ostrand"
        rows = [
            ("Vasko", "Vasko", 1, "nsubj", "PROPN", "NNP"),
            (*say, 1, "ROOT", "VERB", "VBD"),
            *[
                (w, lemma, h + 2, d if d != "ROOT" else "ccomp", p, t)
                for w, lemma, h, d, p, t in rows
            ],
        ]
        rows[5] = (*rows[5][:2], 1, *rows[5][3:])  # the verb hangs on "said"
    doc = _doc([*rows, (".", ".", len(rows) - 3, "punct", "PUNCT", ".")])
    instigated = next(t for t in doc if t.lemma_ == verb[1])
    assert (accusing_instigation(instigated) == ("ACCUSE", "allege")) is accusation
    if accusation:
        speakers, accused = instigators_accused(instigated)
        assert [t.text for t in speakers] == ["Vasko"]
        assert [t.text for t in accused] == ["Ostrand"]
