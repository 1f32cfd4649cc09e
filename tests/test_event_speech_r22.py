"""Statements found, and never turned into the act they talk about, session 22 (issue 15,
items 3 and 5; ``dossier.extract.events.statements``): force, protest or a sanction that a
side says it will bring is a threat made (CAMEO 13), not the act it names. Unit tests read
hand-built parses; the end-to-end ones run the pipeline on sentences written for them
(invented parties: Ostrand, Velmora, Irena Vasko)."""

from __future__ import annotations

import pytest

from dossier.extract.events.statements import (
    agreeing_parties,
    agreement_reached,
    demander_and_demanded,
    deontic_demand,
    force_held_out,
    request_of_a_party,
    threat_by_people,
    threat_parties,
)
from tests.test_event_roles_r19 import _doc
from tests.test_events import _events, _one


def _future(say: tuple[str, str], aux: str, verb: tuple[str, str], object_: tuple[str, str]):
    """ "Vasko <say> Ostrand <aux> <verb> <object> against Velmora ." (the object a noun)"""
    return _doc(
        [
            ("Vasko", "Vasko", 1, "nsubj", "PROPN", "NNP"),
            (*say, 1, "ROOT", "VERB", "VBD"),
            ("Ostrand", "Ostrand", 4, "nsubj", "PROPN", "NNP"),
            (aux, aux, 4, "aux", "AUX", "MD"),
            (*verb, 1, "ccomp", "VERB", "VB"),
            (*object_, 4, "dobj", "NOUN", "NNS"),
            ("against", "against", 4, "prep", "ADP", "IN"),
            ("Velmora", "Velmora", 6, "pobj", "PROPN", "NNP"),
            (".", ".", 1, "punct", "PUNCT", "."),
        ]
    )


@pytest.mark.unit
@pytest.mark.parametrize(
    ("say", "aux", "verb", "object_", "threat"),
    [
        (("said", "say"), "will", ("escalate", "escalate"), ("attacks", "attack"), True),
        (("assured", "assure"), "would", ("take", "take"), ("action", "action"), True),
        (
            ("announced", "announce"),
            "will",
            ("enforce", "enforce"),
            ("blockades", "blockade"),
            True,
        ),
        (("said", "say"), "will", ("escalate", "escalate"), ("protests", "protest"), True),
        # an arrest to come is a promise to catch culprits, no threat (CAMEO 13 has none)
        (("said", "say"), "will", ("make", "make"), ("arrests", "arrest"), False),
        (("said", "say"), "will", ("hold", "hold"), ("talks", "talk"), False),  # no force
        (("said", "say"), "can", ("escalate", "escalate"), ("attacks", "attack"), False),
        (("wondered", "wonder"), "will", ("escalate", "escalate"), ("attacks", "attack"), False),
    ],
)
def test_force_a_side_says_it_will_bring_is_a_threat(say, aux, verb, object_, threat):
    doc = _future(say, aux, verb, object_)
    assert (force_held_out(doc[4]) == ("THREATEN", None)) is threat
    if threat:
        actors, targets, stands_for = threat_parties(doc[4])
        assert [t.text for t in actors] == ["Ostrand"]
        assert [t.text for t in targets] == ["Velmora"]
        assert 4 not in stands_for


def _vowed(object_: tuple[str, str]):
    """ "Vasko vowed a tough <object> against Velmora ." """
    return _doc(
        [
            ("Vasko", "Vasko", 1, "nsubj", "PROPN", "NNP"),
            ("vowed", "vow", 1, "ROOT", "VERB", "VBD"),
            ("a", "a", 4, "det", "DET", "DT"),
            ("tough", "tough", 4, "amod", "ADJ", "JJ"),
            (*object_, 1, "dobj", "NOUN", "NN"),
            ("against", "against", 4, "prep", "ADP", "IN"),
            ("Velmora", "Velmora", 5, "pobj", "PROPN", "NNP"),
            (".", ".", 1, "punct", "PUNCT", "."),
        ]
    )


@pytest.mark.unit
@pytest.mark.parametrize(
    ("object_", "threat"),
    [
        (("response", "response"), True),
        (("retaliation", "retaliation"), True),
        (("reform", "reform"), False),
    ],
)
def test_a_vowed_response_is_a_threat_against_whom_it_is_aimed(object_, threat):
    doc = _vowed(object_)
    assert (force_held_out(doc[1]) == ("THREATEN", None)) is threat
    if threat:
        actors, targets, _ = threat_parties(doc[1])
        assert [t.text for t in actors] == ["Vasko"]
        assert [t.text for t in targets] == ["Velmora"]


@pytest.mark.unit
def test_a_promise_of_force_is_no_agreement_and_the_until_clause_names_the_threatened():
    # "Ostrand announced strikes , promising to use overwhelming force until Velmora stopped ."
    doc = _doc(
        [
            ("Ostrand", "Ostrand", 1, "nsubj", "PROPN", "NNP"),
            ("announced", "announce", 1, "ROOT", "VERB", "VBD"),
            ("strikes", "strike", 1, "dobj", "NOUN", "NNS"),
            (",", ",", 1, "punct", "PUNCT", ","),
            ("promising", "promise", 1, "advcl", "VERB", "VBG"),
            ("to", "to", 6, "aux", "PART", "TO"),
            ("use", "use", 4, "xcomp", "VERB", "VB"),
            ("overwhelming", "overwhelming", 8, "amod", "ADJ", "JJ"),
            ("force", "force", 6, "dobj", "NOUN", "NN"),
            ("until", "until", 11, "mark", "SCONJ", "IN"),
            ("Velmora", "Velmora", 11, "nsubj", "PROPN", "NNP"),
            ("stopped", "stop", 6, "advcl", "VERB", "VBD"),
            (".", ".", 1, "punct", "PUNCT", "."),
        ]
    )
    assert force_held_out(doc[6]) == ("THREATEN", None)
    actors, targets, stands_for = threat_parties(doc[6])
    assert [t.text for t in actors] == ["Ostrand"]
    assert [t.text for t in targets] == ["Velmora"]  # the force itself is no one
    assert 4 in stands_for  # "promising" is the threat's word, no agreement


@pytest.mark.nlp
def test_a_side_s_announced_escalation_is_its_threat_not_an_attack(settings):
    events = _events(
        "The Harakat al-Nasr said it will escalate its attacks on Velmora in response to "
        "the campaign.",
        settings,
    )
    threat = _one(events, "THREATEN")
    assert threat.modality == "asserted"
    assert "Velmora" in threat.targets
    assert not [e for e in events if e.type == "ASSAULT"]


@pytest.mark.nlp
def test_a_blockade_to_come_by_targeting_airports_is_one_threat(settings):
    events = _events(
        "Irena Vasko said Ostrand will work to impose a comprehensive air blockade on Velmora "
        "by repeatedly targeting its airports.",
        settings,
    )
    assert [e.type for e in events] == ["THREATEN"]
    assert events[0].actors == ("Ostrand",)


@pytest.mark.nlp
def test_force_told_as_done_stays_the_act(settings):
    events = _events("Irena Vasko said Ostrand launched strikes on Velmora on Monday.", settings)
    assert _one(events, "ASSAULT").modality == "asserted"
    assert not [e for e in events if e.type == "THREATEN"]


def _signed(verb: tuple[str, str], modifier: str | None, noun: tuple[str, str]):
    """ "Ostrand and Velmora <verb> a <modifier> <noun> ." """
    rows = [
        ("Ostrand", "Ostrand", 3, "nsubj", "PROPN", "NNP"),
        ("and", "and", 0, "cc", "CCONJ", "CC"),
        ("Velmora", "Velmora", 0, "conj", "PROPN", "NNP"),
        (*verb, 3, "ROOT", "VERB", "VBD"),
        ("a", "a", 6, "det", "DET", "DT"),
    ]
    if modifier:
        rows.append((modifier, modifier, 6, "compound", "NOUN", "NN"))
    else:
        rows.append(("new", "new", 6, "amod", "ADJ", "JJ"))
    return _doc([*rows, (*noun, 3, "dobj", "NOUN", "NN"), (".", ".", 3, "punct", "PUNCT", ".")])


@pytest.mark.unit
@pytest.mark.parametrize(
    ("verb", "modifier", "noun", "agreed"),
    [
        (("signed", "sign"), "peace", ("deal", "deal"), True),  # a fight settled (CAMEO 037)
        (("signed", "sign"), None, ("ceasefire", "ceasefire"), True),
        (("reached", "reach"), None, ("understanding", "understanding"), True),
        (("struck", "strike"), "trade", ("deal", "deal"), True),  # any agreement come to
        # a treaty of friendship or trade signed is CAMEO 057, the lexicon's SUPPORT
        (("signed", "sign"), "trade", ("agreement", "agreement"), False),
        (("reached", "reach"), None, ("village", "village"), False),
    ],
)
def test_an_agreement_come_to_is_agree_of_the_sides_it_binds(verb, modifier, noun, agreed):
    doc = _signed(verb, modifier, noun)
    assert (agreement_reached(doc[3]) == ("AGREE", None)) is agreed
    if agreed:
        actors, _ = agreeing_parties(doc[3])
        assert [t.text for t in actors] == ["Ostrand", "Velmora"]


@pytest.mark.nlp
def test_a_ceasefire_reached_between_two_sides_is_their_agreement(settings):
    events = _events(
        "Irena Vasko announced on Saturday that a ceasefire had been reached between Ostrand "
        "and Velmora.",
        settings,
    )
    agreed = _one(events, "AGREE")
    assert agreed.actors == ("Ostrand",)
    assert agreed.targets == ("Velmora",)
    assert not [e for e in events if e.type in ("ASSAULT", "SUPPORT")]


@pytest.mark.nlp
def test_a_threat_by_people_named_by_a_noun_or_pronoun_stands(settings):
    conditional = _events(
        "Irena Vasko said that the jirga decided that the tribesmen would launch action "
        "against terrorists if their presence was noticed in the area.",
        settings,
    )
    threat = _one(conditional, "THREATEN")
    assert threat.actors == ("the tribesmen",)
    assert threat.targets == ("terrorists",)
    warned = _events(
        "The protesters blocked the main road. They demanded an inquiry and warned of a "
        "march towards the capital if their demands were not met.",
        settings,
    )
    assert _one(warned, "THREATEN").actors == ("The protesters",)


@pytest.mark.nlp
def test_a_warning_of_others_attacks_is_no_threat_by_the_warner(settings):
    events = _events("Police warned of attacks by terrorists during the holidays.", settings)
    assert not [e for e in events if e.type == "THREATEN"]


@pytest.mark.unit
@pytest.mark.parametrize(
    ("subject", "threat"),
    [(("tribesmen", "tribesman", "NOUN", "NNS"), True), (("plans", "plan", "NOUN", "NNS"), False)],
)
def test_a_threat_stands_by_a_maker_who_can_act(subject, threat):
    doc = _future(("said", "say"), "will", ("escalate", "escalate"), ("attacks", "attack"))
    assert threat_by_people(doc[4], [doc[2]]) is True  # "Ostrand", a name
    maker = _doc(
        [
            (subject[0], subject[1], 1, "nsubj", subject[2], subject[3]),
            ("escalated", "escalate", 1, "ROOT", "VERB", "VBD"),
        ]
    )
    assert threat_by_people(doc[4], [maker[0]]) is threat


def _ought(say: bool, modal: str) -> list:
    """ "Vasko said Ostrand <modal> respect its borders ." (the outlet's own with no "said")"""
    head = 1 if say else 3
    rows = [
        ("Vasko", "Vasko", 1, "nsubj", "PROPN", "NNP"),
        ("said", "say", 1, "ROOT", "VERB", "VBD"),
    ]
    rows = rows if say else []
    at = len(rows)
    rows += [
        ("Ostrand", "Ostrand", at + 2, "nsubj", "PROPN", "NNP"),
        (modal, modal, at + 2, "aux", "AUX", "MD"),
        ("respect", "respect", head if say else at + 2, "ccomp" if say else "ROOT", "VERB", "VB"),
        ("borders", "border", at + 2, "dobj", "NOUN", "NNS"),
        (".", ".", head if say else at + 2, "punct", "PUNCT", "."),
    ]
    return rows


@pytest.mark.unit
@pytest.mark.parametrize(
    ("say", "modal", "demand"),
    [(True, "should", True), (True, "must", True), (True, "will", False), (False, "must", False)],
)
def test_what_someone_says_ought_to_be_done_is_their_demand(say, modal, demand):
    doc = _doc(_ought(say, modal))
    verb = next(t for t in doc if t.lemma_ == "respect")
    assert (deontic_demand(verb) == ("REQUEST", "demand")) is demand
    if demand:
        speakers, of = demander_and_demanded(verb)
        assert [t.text for t in speakers] == ["Vasko"]
        assert [t.text for t in of] == ["Ostrand"]


@pytest.mark.nlp
def test_a_demand_told_after_its_clause_is_the_sayer_s(settings):
    events = _events(
        "Ostrand should withhold nothing from the inquiry, Irena Vasko said on Monday.",
        settings,
    )
    demand = _one(events, "REQUEST")
    assert demand.actors == ("Irena Vasko",)
    assert demand.targets == ("Ostrand",)
    assert demand.modality == "asserted"


@pytest.mark.unit
@pytest.mark.parametrize(
    ("maker", "addressee", "stands"),
    [
        (("traders", "trader", "NOUN", "NNS"), ("government", "government", "NOUN", "NN"), True),
        (("They", "they", "PRON", "PRP"), ("government", "government", "NOUN", "NN"), False),
        (("traders", "trader", "NOUN", "NNS"), ("it", "it", "PRON", "PRP"), False),
    ],
)
def test_a_request_by_people_of_a_party_to_act_stands(maker, addressee, stands):
    # "<maker> urged the <addressee> to lodge protests ."
    doc = _doc(
        [
            (maker[0], maker[1], 1, "nsubj", maker[2], maker[3]),
            ("urged", "urge", 1, "ROOT", "VERB", "VBD"),
            ("the", "the", 3, "det", "DET", "DT"),
            (addressee[0], addressee[1], 1, "dobj", addressee[2], addressee[3]),
            ("to", "to", 5, "aux", "PART", "TO"),
            ("lodge", "lodge", 1, "xcomp", "VERB", "VB"),
            ("protests", "protest", 5, "dobj", "NOUN", "NNS"),
            (".", ".", 1, "punct", "PUNCT", "."),
        ]
    )
    assert request_of_a_party(doc[1]) is stands
