"""Participants of session 20 (issue 15 item 3, roles from the grammar): an organ of a state
named by the country or its people ("the Iranian government", "Iranian border forces") is
that state acting, while a province's or a city's organ stays a description; who did an act
an apology is "for" is whoever the apology is from, never the one receiving it. Unit tests
read hand-built parses or stored participants; the end-to-end ones run the pipeline on
sentences written for them."""

from __future__ import annotations

import pytest

from dossier.extract.events.roles import _charged_for, _owed_by
from dossier.kb.event_reports import _arg
from dossier.kb.span_mentions import organ_of_state
from dossier.records import Mention
from tests.test_event_roles_r19 import _doc
from tests.test_events import _events, _one


def _stored(text: str, phrase: str, name: str, label: str) -> dict:
    """The stored participant for ``phrase`` of ``text``, with ``name`` its one mention."""
    start, at = text.index(phrase), text.index(name)
    mention = Mention(at, at + len(name), name, label, name.lower(), 0)
    return _arg("actor", (start, start + len(phrase)), text, [mention])


@pytest.mark.unit
@pytest.mark.parametrize(
    ("text", "phrase", "name", "label"),
    [
        ("The Iranian government banned the rally.", "The Iranian government", "Iranian", "NORP"),
        ("Iranian border forces shot two men.", "Iranian border forces", "Iranian", "NORP"),
        ("Indian federal police filed charges.", "Indian federal police", "Indian", "NORP"),
        ("Egypt's army shelled the post.", "Egypt's army", "Egypt", "GPE"),
    ],
)
def test_an_organ_of_a_state_is_the_state_acting(text, phrase, name, label):
    stored = _stored(text, phrase, name, label)
    assert stored["key"] == name.lower()  # the state's entity
    assert stored["text"] == phrase  # the organ's own words stay


@pytest.mark.unit
@pytest.mark.parametrize(
    ("text", "phrase", "name", "label"),
    [
        ("The Punjab police arrested two men.", "The Punjab police", "Punjab", "GPE"),
        (
            "The Balochistan government banned it.",
            "The Balochistan government",
            "Balochistan",
            "GPE",
        ),
        ("Gunmen stormed a Kabul hotel.", "a Kabul hotel", "Kabul", "GPE"),
        ("Iranian workers were killed.", "Iranian workers", "Iranian", "NORP"),
        ("The Reuters officials said.", "The Reuters officials", "Reuters", "ORG"),
    ],
)
def test_a_province_s_organ_or_a_people_s_workers_stay_descriptions(text, phrase, name, label):
    stored = _stored(text, phrase, name, label)
    assert stored["key"] is None
    assert stored["text"] == phrase


@pytest.mark.unit
def test_a_state_named_at_the_head_is_no_organ():
    text = "Troops of Iran attacked."
    mention = Mention(10, 14, "Iran", "GPE", "iran", 0)
    assert not organ_of_state((10, 14), mention, text)


# "X received an apology from Y for killing Z ." -- the "for" phrase on the verb
def _apology(noun: str, prep: str = "from") -> list:
    return [
        ("Bulgaria", "Bulgaria", 1, "nsubj", "PROPN", "NNP"),
        ("received", "receive", 1, "ROOT", "VERB", "VBD"),
        ("an", "an", 3, "det", "DET", "DT"),
        (noun, noun, 1, "dobj", "NOUN", "NN"),
        (prep, prep, 1, "prep", "ADP", "IN"),
        ("Israel", "Israel", 4, "pobj", "PROPN", "NNP"),
        ("for", "for", 1, "prep", "ADP", "IN"),
        ("killing", "kill", 6, "pcomp", "VERB", "VBG"),
        ("him", "he", 7, "dobj", "PRON", "PRP"),
        (".", ".", 1, "punct", "PUNCT", "."),
    ]


@pytest.mark.unit
def test_an_apology_from_someone_for_an_act_names_its_doer():
    doc = _doc(_apology("apology"))
    assert [t.text for t in _owed_by(doc[1])] == ["Israel"]


@pytest.mark.unit
def test_an_apology_from_no_one_names_no_doer():
    # "received an apology with Israel's ...": nobody the sentence names, never the receiver
    doc = _doc(_apology("apology", prep="with"))
    assert _owed_by(doc[1]) == []


@pytest.mark.unit
def test_praise_for_an_act_is_no_redress():
    # "received praise from X for killing": the one praised did it -- not this rule's
    doc = _doc(_apology("praise"))
    assert _owed_by(doc[1]) is None


@pytest.mark.nlp
def test_the_receiver_of_an_apology_did_not_kill(settings):
    events = _events(
        "Romania also announced on Friday it had received an official apology from Hungary "
        "for killing one of its citizens working for the UN in Sudan.",
        settings,
    )
    killing = _one(events, "ASSAULT")
    assert not any("Romania" in a for a in killing.actors)


@pytest.mark.nlp
@pytest.mark.parametrize(
    "text",
    [
        "Similarly, in 2011, during the Kalinga Express attack, officials blamed the rebels.",
        "The minister strongly condemned the Kalinga Express attack and other incidents.",
    ],
)
def test_a_train_named_before_an_attack_was_struck_not_the_attacker(text, settings):
    attack = _one(_events(text, settings), "ASSAULT", "attack")
    assert not any("Express" in a for a in attack.actors)
    assert any("Kalinga Express" in t for t in attack.targets)


@pytest.mark.nlp
def test_a_group_named_before_an_attack_still_attacked(settings):
    attack = _one(_events("The TTP attack killed five soldiers in Bannu.", settings), "ASSAULT")
    assert "TTP" in attack.actors


# "Police registered a case against two men on charges of attacking a post ."
CHARGES: list = [
    ("Police", "police", 1, "nsubj", "NOUN", "NNS"),
    ("registered", "register", 1, "ROOT", "VERB", "VBD"),
    ("a", "a", 3, "det", "DET", "DT"),
    ("case", "case", 1, "dobj", "NOUN", "NN"),
    ("against", "against", 1, "prep", "ADP", "IN"),
    ("two", "two", 6, "nummod", "NUM", "CD"),
    ("men", "man", 4, "pobj", "NOUN", "NNS"),
    ("on", "on", 1, "prep", "ADP", "IN"),
    ("charges", "charge", 7, "pobj", "NOUN", "NNS"),
    ("of", "of", 8, "prep", "ADP", "IN"),
    ("attacking", "attack", 9, "pcomp", "VERB", "VBG"),
    ("a", "a", 12, "det", "DET", "DT"),
    ("post", "post", 10, "dobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]


@pytest.mark.unit
def test_a_case_on_charges_of_an_act_names_its_doer():
    doc = _doc(CHARGES)
    assert [t.text for t in _charged_for(doc[9])] == ["men"]


@pytest.mark.unit
def test_charges_of_an_act_under_no_case_name_no_one():
    rows = list(CHARGES)
    rows[1] = ("praised", "praise", 1, "ROOT", "VERB", "VBD")
    assert _charged_for(_doc(rows)[9]) == []


@pytest.mark.unit
def test_other_grounds_are_no_charges():
    rows = list(CHARGES)
    rows[8] = ("grounds", "ground", 7, "pobj", "NOUN", "NNS")
    assert _charged_for(_doc(rows)[9]) == []


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        (
            "Model Town police registered a case against the so-called healer named Arif Dar "
            "under Section 365 of the PPC for kidnapping a boy of a poor family.",
            "kidnapping",
            "healer",
        ),
        (
            "An FIR was registered against three men on charges of attacking a police post.",
            "attacking",
            "three men",
        ),
    ],
)
def test_who_a_case_is_against_did_the_act_it_is_for(text, trigger, doer, settings):
    act = _one(_events(text, settings), "ASSAULT", trigger)
    assert any(doer in a for a in act.actors)
    assert not any("police" in a.lower() for a in act.actors)


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        (
            "Senator Amna Rauf condemned the attack on the convoy. She added that the culprits "
            "involved in the attack must be immediately arrested.",
            "arrested",
            "Amna Rauf",
        ),
        (
            "Human Rights Watch released a report on Tuesday. It urged the Lebanese government "
            "to open an inquiry.",
            "urged",
            "Human Rights Watch",
        ),
        (
            "The incident triggered protests as the victims' relatives placed the bodies on the "
            "motorway. They accused the security forces of carrying out the strike.",
            "accused",
            "relatives",
        ),
    ],
)
def test_a_pronoun_opening_a_sentence_is_the_subject_before(text, trigger, actor, settings):
    event = _one(_events(text, settings), _type(trigger))
    assert any(actor in a for a in event.actors)


def _type(trigger: str) -> str:
    return {"arrested": "REQUEST", "urged": "REQUEST", "accused": "ACCUSE"}[trigger]


@pytest.mark.nlp
def test_a_pronoun_with_no_fitting_subject_before_names_no_one(settings):
    # "Police" is no "he": the arrested man (an object) is not taken either
    events = _events(
        "Police arrested Ali Khan on Monday. He confessed that he had attacked the post.",
        settings,
    )
    assert not any("Police" in a for e in events if e.type == "ASSAULT" for a in e.actors)


@pytest.mark.nlp
def test_a_reporter_s_he_is_not_taken_for_whom_he_spoke_of(settings):
    # "Waris told the radio that Mehdi ...": "he" of an act may be Mehdi, not the reporter
    events = _events(
        "Karim Waris, who heads the police in Lahore, told Radio Azad that Mehdi is a citizen. "
        "He was involved in many attacks, including the attack on Mufti Anwar in Lahore.",
        settings,
    )
    assert not any("Waris" in a for e in events if e.type == "ASSAULT" for a in e.actors)


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("These gunmen were among those responsible for killing 12 people in Tank.", "gunmen"),
        ("The militants responsible for killing the two policemen fled.", "militants"),
        ("The group was responsible for kidnapping five engineers.", "group"),
    ],
)
def test_who_is_responsible_for_an_act_did_it(text, doer, settings):
    act = next(e for e in _events(text, settings) if e.type == "ASSAULT")
    assert any(doer in a for a in act.actors)
