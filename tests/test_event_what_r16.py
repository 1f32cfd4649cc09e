"""What is an event and its modality (session 16): the word lists ``assembly.py`` decides
with are built from ``modality.py``'s (one source of truth); a circumstance is not an act of
its own ("killed while resisting arrest" is no arrest); "seized power" is no COERCE; an act
told through an FIR or a complaint is alleged. Unit tests read hand-built parses (no model);
the end-to-end tests run the pipeline on fictional sentences with real place names."""

from __future__ import annotations

import importlib

import pytest
from spacy.tokens import Doc

from dossier.extract.events import assembly
from dossier.extract.events.assembly import _wanted
from tests.test_event_what_r14 import _parse

#: the module (the package's name ``modality`` is the function)
modality = importlib.import_module("dossier.extract.events.modality")


def _wanted_arrest(verb: str) -> Doc:
    """ "He <verb>ed the arrest of the killers ." with the verb's lemma ``verb``."""
    return _parse(
        [
            ("He", "he", 1, "nsubj", "PRON", "PRP"),
            (verb + "ed", verb, 1, "ROOT", "VERB", "VBD"),
            ("the", "the", 3, "det", "DET", "DT"),
            ("arrest", "arrest", 1, "dobj", "NOUN", "NN"),
            ("of", "of", 3, "prep", "ADP", "IN"),
            ("the", "the", 6, "det", "DET", "DT"),
            ("killers", "killer", 4, "pobj", "NOUN", "NNS"),
            (".", ".", 1, "punct", "PUNCT", "."),
        ]
    )


@pytest.mark.unit
@pytest.mark.parametrize("verb", sorted(modality.DEMANDING - {"call"}))
def test_every_demanding_verb_of_modality_makes_a_wanted_arrest(verb: str) -> None:
    # a verb added to modality's list reaches the incident filter too: one list, not two
    assert _wanted(_wanted_arrest(verb)[3], "COERCE", None)


@pytest.mark.unit
def test_a_verb_outside_the_lists_wants_nothing() -> None:
    assert not _wanted(_wanted_arrest("report")[3], "COERCE", None)


@pytest.mark.unit
def test_assembly_modals_are_modality_s() -> None:
    assert assembly.MODALS == modality.FUTURE | modality.POSSIBLE
    assert assembly.DEONTIC <= modality.HYPOTHETICAL


def _according_to(source: str) -> Doc:
    """ "The teacher raped the student , according to the <source> ." """
    return _parse(
        [
            ("The", "the", 1, "det", "DET", "DT"),
            ("teacher", "teacher", 2, "nsubj", "NOUN", "NN"),
            ("raped", "rape", 2, "ROOT", "VERB", "VBD"),
            ("the", "the", 4, "det", "DET", "DT"),
            ("student", "student", 2, "dobj", "NOUN", "NN"),
            (",", ",", 2, "punct", "PUNCT", ","),
            ("according", "accord", 2, "prep", "VERB", "VBG"),
            ("to", "to", 6, "prep", "ADP", "IN"),
            ("the", "the", 9, "det", "DET", "DT"),
            (source, source.lower(), 7, "pobj", "PROPN", "NNP"),
            (".", ".", 2, "punct", "PUNCT", "."),
        ]
    )


# "The FIR stated that the accused opened fire ."
FIR_STATED = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("FIR", "FIR", 2, "nsubj", "PROPN", "NNP"),
    ("stated", "state", 2, "ROOT", "VERB", "VBD"),
    ("that", "that", 6, "mark", "SCONJ", "IN"),
    ("the", "the", 5, "det", "DET", "DT"),
    ("accused", "accused", 6, "nsubj", "NOUN", "NN"),
    ("opened", "open", 2, "ccomp", "VERB", "VBD"),
    ("fire", "fire", 6, "dobj", "NOUN", "NN"),
    (".", ".", 2, "punct", "PUNCT", "."),
]


@pytest.mark.unit
@pytest.mark.parametrize(("source", "mood"), [("FIR", "alleged"), ("police", "asserted")])
def test_an_act_told_according_to_an_fir_is_alleged(source: str, mood: str) -> None:
    # the complainant's account is an accusation; "according to police" is how news is told
    assert modality.modality(_according_to(source)[2]) == mood


@pytest.mark.unit
def test_an_act_an_fir_states_is_alleged() -> None:
    doc = _parse(FIR_STATED)
    assert modality.modality(doc[6]) == "alleged"
    said = list(FIR_STATED)
    said[1] = ("police", "police", 2, "nsubj", "NOUN", "NNS")
    assert modality.modality(_parse(said)[6]) == "asserted"  # "police stated that ..."


# --------------------------------------------------------------------------- end to end


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("text", "coerced"),
    [
        (
            "Attacks in Afghanistan have declined since the Taliban ended their insurgency "
            "after seizing power in August 2021.",
            False,
        ),
        ("The army seized the initiative in Kunar on Monday.", False),
        ("Police seized weapons from the suspects in Quetta on Monday.", True),
    ],
)
def test_power_seized_is_no_coercion(text, coerced, settings):
    from tests.test_events import _events

    assert bool([e for e in _events(text, settings) if e.type == "COERCE"]) == coerced


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("text", "mood"),
    [
        (
            "The teacher took the student to his room in the madrassa in Lahore and raped him "
            "twice, according to the FIR.",
            "alleged",
        ),
        (
            "According to the FIR, the suspects opened fire on the complainant's brother in "
            "Mardan on Sunday.",
            "alleged",
        ),
        (
            "According to police, the suspects opened fire on the complainant's brother in "
            "Mardan on Sunday.",
            "asserted",
        ),
    ],
)
def test_an_act_told_by_a_complaint_is_alleged(text, mood, settings):
    from tests.test_events import _events

    assaults = [e for e in _events(text, settings) if e.type == "ASSAULT"]
    assert assaults and all(e.modality == mood for e in assaults)


@pytest.mark.nlp
@pytest.mark.parametrize(
    "text",
    [
        "The suspect was killed while resisting arrest in Lahore on Monday.",
        "The suspect fled to escape arrest in Lahore on Monday.",
        "A woman was killed after she jumped from the fourth floor of her apartment building "
        "in Karachi while trying to evade arrest, police said on Sunday.",
    ],
)
def test_an_arrest_escaped_is_no_arrest(text, settings):
    from tests.test_events import _events

    events = _events(text, settings)
    assert not [e for e in events if e.type == "COERCE"]
    # nor is the arrest fought off the one killed
    assert not [t for e in events for t in e.targets if "arrest" in t]


@pytest.mark.nlp
def test_an_arrest_made_after_a_chase_stays(settings):
    from tests.test_events import _events

    text = "Police arrested the suspect who had tried to flee in Lahore on Monday."
    assert [e for e in _events(text, settings) if e.type == "COERCE"]


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("text", "arrest"),
    [
        (
            "He recalled that the unit was assigned the task of cracking down on narcotics in "
            "Karachi in March.",
            False,
        ),
        (
            "The crackdown against human trafficking and illegal activities was ongoing in "
            "Karachi, the FIA said.",
            False,
        ),
        ("Police launched a crackdown on drug peddlers in Lahore on Monday.", True),
        ("Indian security forces launched a sweeping crackdown on Kashmiris in Srinagar.", True),
    ],
)
def test_a_crackdown_on_a_crime_is_no_arrest(text, arrest, settings):
    from tests.test_events import _events

    assert bool([e for e in _events(text, settings) if e.type == "COERCE"]) == arrest


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "The Taliban swept back to power in 2021 after ousting the government in a military "
            "takeover, imposing a severe interpretation of Islamic law on the population.",
            False,
        ),
        (
            "Trauma Centre head Arbab Kamran Kasi imposed an emergency in the centre and "
            "summoned all the health staff immediately.",
            False,
        ),
        ("The army imposed martial law in Dhaka on Monday.", True),
        ("The government declared an emergency in Balochistan after the attacks.", True),
    ],
)
def test_only_martial_law_or_a_state_s_emergency_is_imposed_rule(text, rule, settings):
    from tests.test_events import _events

    imposed = [e for e in _events(text, settings) if e.mode == "martial-law"]
    assert bool(imposed) == rule


@pytest.mark.nlp
def test_an_act_threatened_is_a_threat_of_whoever_threatens(settings):
    from tests.test_events import _events

    text = "The gunmen demanded money from the shopkeeper in Quetta, threatening to kill him."
    events = _events(text, settings)
    assert not [e for e in events if e.type == "ASSAULT"]
    assert [e for e in events if e.type == "THREATEN" and "The gunmen" in e.actors]


@pytest.mark.nlp
def test_the_setting_of_a_belief_is_no_act_alleged(settings):
    from tests.test_events import _events

    text = (
        "Amid clashes between protesters and the police, it was believed that Gandapur had "
        "gone missing after being detained."
    )
    events = _events(text, settings)
    assert [e.modality for e in events if e.trigger == "clashes"] == ["asserted"]
    assert [e.modality for e in events if e.trigger == "detained"] == ["alleged"]


@pytest.mark.nlp
def test_an_act_charged_stays_alleged(settings):
    from tests.test_events import _events

    text = "Police accused the militants of attacking a checkpost in Bannu on Monday."
    assert [e.modality for e in _events(text, settings) if e.type == "ASSAULT"] == ["alleged"]
