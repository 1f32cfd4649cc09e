"""Accidents are no ASSAULT (session 16, issue 15 item 5): a death whose cause the sentence
tells a clause away from the trigger — a vehicle that fell, overturned, hit someone or ran
someone over, a fire that broke out, a blast officials blame on negligence — is no one's
attack, while a truck rammed into a crowd, a car bomb, a blast that targeted someone stay
attacks. Unit tests read hand-built parses (no model); the end-to-end tests run the pipeline
on fictional sentences with real place names."""

from __future__ import annotations

import pytest

from dossier.extract.events.assembly import _accidental, _fire_mishap, _vehicle_mishap
from tests.test_event_what_r14 import _parse


def _fell(noun: str, verb: str, lemma: str) -> list[tuple[str, str, int, str, str, str]]:
    """ "Five were killed when a <noun> <verb> into a canal ." (the verb's lemma ``lemma``)."""
    return [
        ("Five", "five", 2, "nsubjpass", "NUM", "CD"),
        ("were", "be", 2, "auxpass", "AUX", "VBD"),
        ("killed", "kill", 2, "ROOT", "VERB", "VBN"),
        ("when", "when", 6, "advmod", "SCONJ", "WRB"),
        ("a", "a", 5, "det", "DET", "DT"),
        (noun, noun, 6, "nsubj", "NOUN", "NN"),
        (verb, lemma, 2, "advcl", "VERB", "VBD"),
        ("into", "into", 6, "prep", "ADP", "IN"),
        ("a", "a", 9, "det", "DET", "DT"),
        ("canal", "canal", 7, "pobj", "NOUN", "NN"),
        (".", ".", 2, "punct", "PUNCT", "."),
    ]


@pytest.mark.unit
@pytest.mark.parametrize(
    ("noun", "verb", "lemma", "accident"),
    [
        ("rickshaw", "fell", "fall", True),
        ("three-wheeler", "plunged", "plunge", True),
        ("bus", "skidded", "skid", True),
        ("truck", "rammed", "ram", False),  # ramming is deliberate
        ("man", "fell", "fall", False),  # no vehicle
        ("truck", "drove", "drive", False),  # no mishap
    ],
)
def test_a_vehicle_that_falls_is_an_accident(noun, verb, lemma, accident):
    doc = _parse(_fell(noun, verb, lemma))
    assert _accidental(doc[2]) is accident


@pytest.mark.unit
def test_a_weapon_or_an_attacker_in_the_sentence_keeps_the_attack():
    rows = _fell("bus", "hit", "hit")
    rows[9] = ("mine", "mine", 7, "pobj", "NOUN", "NN")  # "a bus hit ... a mine"
    assert not _accidental(_parse(rows)[2])
    rows = _fell("truck", "rammed", "ram")
    rows[3] = ("accidentally", "accidentally", 6, "advmod", "ADV", "RB")
    assert _vehicle_mishap(_parse(rows)[5], {"accidentally"})
    rows = _fell("truck", "slammed", "slam")
    rows[3] = ("deliberately", "deliberately", 6, "advmod", "ADV", "RB")
    assert not _accidental(_parse(rows)[2])


# "A man was killed after being run over by a tanker ."
RUN_OVER = [
    ("A", "a", 1, "det", "DET", "DT"),
    ("man", "man", 3, "nsubjpass", "NOUN", "NN"),
    ("was", "be", 3, "auxpass", "AUX", "VBD"),
    ("killed", "kill", 3, "ROOT", "VERB", "VBN"),
    ("after", "after", 3, "prep", "ADP", "IN"),
    ("being", "be", 6, "auxpass", "AUX", "VBG"),
    ("run", "run", 4, "pcomp", "VERB", "VBN"),
    ("over", "over", 6, "prt", "ADP", "RP"),
    ("by", "by", 6, "agent", "ADP", "IN"),
    ("a", "a", 10, "det", "DET", "DT"),
    ("tanker", "tanker", 8, "pobj", "NOUN", "NN"),
    (".", ".", 3, "punct", "PUNCT", "."),
]

# "A tanker was hit ." : the vehicle is what was hit, not what hit
HIT_TANKER = [
    ("A", "a", 1, "det", "DET", "DT"),
    ("tanker", "tanker", 3, "nsubjpass", "NOUN", "NN"),
    ("was", "be", 3, "auxpass", "AUX", "VBD"),
    ("hit", "hit", 3, "ROOT", "VERB", "VBN"),
    (".", ".", 3, "punct", "PUNCT", "."),
]


@pytest.mark.unit
def test_run_over_by_a_vehicle_is_an_accident_a_vehicle_hit_is_not():
    doc = _parse(RUN_OVER)
    assert _vehicle_mishap(doc[10], set())
    assert _accidental(doc[3])
    assert not _vehicle_mishap(_parse(HIT_TANKER)[1], set())


def _fire(verb: str, lemma: str, dep: str) -> list[tuple[str, str, int, str, str, str]]:
    """ "Seven died when a fire <verb> out ." with fire in the ``dep`` slot."""
    return [
        ("Seven", "seven", 1, "nsubj", "NUM", "CD"),
        ("died", "die", 1, "ROOT", "VERB", "VBD"),
        ("when", "when", 5, "advmod", "SCONJ", "WRB"),
        ("a", "a", 4, "det", "DET", "DT"),
        ("fire", "fire", 5, dep, "NOUN", "NN"),
        (verb, lemma, 1, "advcl", "VERB", "VBD"),
        ("out", "out", 5, "prt", "ADP", "RP"),
        (".", ".", 1, "punct", "PUNCT", "."),
    ]


@pytest.mark.unit
@pytest.mark.parametrize(
    ("verb", "lemma", "dep", "accident"),
    [
        ("broke", "break", "nsubj", True),
        ("spread", "spread", "nsubj", True),
        ("opened", "open", "dobj", False),  # gunfire
        ("killed", "kill", "nsubj", False),  # "Israeli fire killed": gunfire
    ],
)
def test_a_fire_that_broke_out_is_an_accident(verb, lemma, dep, accident):
    doc = _parse(_fire(verb, lemma, dep))
    assert _fire_mishap(doc[4]) is accident
    assert _accidental(doc[1]) is accident


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("text", "attack"),
    [
        ("Five people were killed when a three-wheeler fell into a canal near Sheikhupura.", False),
        ("A man was killed after being run over by a water tanker in Korangi on Tuesday.", False),
        (
            "Two labourers were killed after a 10-wheeler trailer hit them on the Super Highway "
            "near Karachi.",
            False,
        ),
        (
            "Six workers were killed in the blast and ensuing fire at Bandar Abbas port, which "
            "officials blamed on negligence.",
            False,
        ),
        ("Seven people were killed when a fire broke out in a factory in Karachi.", False),
        ("Three people were killed when a speeding car hit a motorcycle in Multan.", False),
        ("A car accidentally rammed a wall in Lahore, killing the driver.", False),
        ("A truck rammed into the crowd at a market in Magdeburg, killing five people.", True),
        ("An attacker rammed a truck into the crowd in New Orleans, killing 14 people.", True),
        ("A car bomb killed five soldiers in Bannu on Friday.", True),
        ("An explosion targeted a police van in Quetta, killing two officers.", True),
        ("A tanker was hit by a missile off the coast of Yemen, killing two sailors.", True),
        (
            "A Palestinian man was killed when his car was struck by an armoured military "
            "vehicle outside Tulkarem.",
            True,
        ),
        (
            "A blast tore through a market in Parachinar and the ensuing fire killed 10 people.",
            True,
        ),
    ],
)
def test_an_accident_is_no_attack_a_deliberate_act_stays(text, attack, settings):
    from tests.test_events import _events

    assert bool([e for e in _events(text, settings) if e.type == "ASSAULT"]) is attack
