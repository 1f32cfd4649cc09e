"""Attacks and arrests the export missed (session 22, issue 15 item 5). An attack told by its
weapon as the doer ("bombs exploded on buses", "a rocket landed near X", "a direct fire hit
the perimeter") is an attack with no one named, standing where its sentence places it. Unit
tests read hand-built parses (no model)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from dossier.extract.events.assembly import _possessor_undergoes, _struck_by_weapon
from dossier.extract.events.bodies import the_dead, violent_death_found
from dossier.extract.events.instruments import instrument_trigger, struck, weapons_of
from dossier.extract.events.operations import operation_launched
from dossier.extract.events.roles import _Roles
from tests.test_event_what_r14 import _parse


def _blast(subject: list[tuple[str, str, str]], verb: tuple[str, str], tail: list) -> Doc:
    """ "<subject> <verb> <tail> ." with the subject's words (text, lemma, dep) hanging on its
    last word (the ``nsubj``) and the tail's rows (text, lemma, head offset from the verb, dep,
    POS, tag) after the verb."""
    rows = []
    last = len(subject) - 1
    v = len(subject)
    for n, (text, lemma, dep) in enumerate(subject):
        pos = "DET" if dep == "det" else ("ADJ" if dep == "amod" else "NOUN")
        rows.append(
            (text, lemma, v if n == last else last, "nsubj" if n == last else dep, pos, "NN")
        )
    rows.append((verb[0], verb[1], v, "ROOT", "VERB", "VBD"))
    for text, lemma, head, dep, pos, tag in tail:
        rows.append((text, lemma, v + head, dep, pos, tag))
    rows.append((".", ".", v, "punct", "PUNCT", "."))
    return _parse(rows)


ON_BUSES = [
    ("on", "on", 0, "prep", "ADP", "IN"),
    ("buses", "bus", 1, "pobj", "NOUN", "NNS"),
]
NEAR_SDEROT = [
    ("near", "near", 0, "prep", "ADP", "IN"),
    ("Sderot", "Sderot", 1, "pobj", "PROPN", "NNP"),
]
A = ("a", "a", "det")
THE = ("the", "the", "det")


@pytest.mark.unit
@pytest.mark.parametrize(
    ("subject", "verb", "tail", "mode"),
    [
        ([("Bombs", "bomb", "")], ("exploded", "explode"), ON_BUSES, "explosives"),
        (
            [("An", "an", "det"), ("IED", "ied", "")],
            ("exploded", "explode"),
            NEAR_SDEROT,
            "explosives",
        ),
        ([A, ("rocket", "rocket", "")], ("landed", "land"), NEAR_SDEROT, "heavy-weapons"),
        (
            [A, ("mortar", "mortar", "compound"), ("shell", "shell", "")],
            ("fell", "fall"),
            ON_BUSES,
            "heavy-weapons",
        ),
        ([A, ("drone", "drone", "")], ("hit", "hit"), ON_BUSES, "aerial"),
        ([THE, ("device", "device", "")], ("exploded", "explode"), ON_BUSES, "explosives"),
        ([A, ("direct", "direct", "amod"), ("fire", "fire", "")], ("hit", "hit"), ON_BUSES, None),
    ],
)
def test_a_weapon_that_struck_or_exploded_tells_an_attack(subject, verb, tail, mode) -> None:
    doc = _blast(subject, verb, tail)
    verb_token = doc[len(subject)]
    assert instrument_trigger(verb_token) == ("ASSAULT", mode)
    assert [t.text for t in weapons_of(verb_token)] == [subject[-1][0]]


@pytest.mark.unit
@pytest.mark.parametrize(
    ("subject", "verb"),
    [
        # an accident's blast, a blaze, a coal mine: no weapon, the accident rules decide
        ([A, ("gas", "gas", "compound"), ("cylinder", "cylinder", "")], ("exploded", "explode")),
        ([A, ("fire", "fire", "")], ("hit", "hit")),
        ([A, ("mine", "mine", "")], ("exploded", "explode")),
        # a device that does not blow up is no bomb ("the device hit the market's sales")
        ([THE, ("device", "device", "")], ("hit", "hit")),
        # a weapon that did something else: "the missile cost millions"
        ([THE, ("missile", "missile", "")], ("cost", "cost")),
        # people in the doer's slot are told by the verb rules, not by this frame
        ([("Militants", "militant", "")], ("hit", "hit")),
    ],
)
def test_no_weapon_no_attack_by_instrument(subject, verb) -> None:
    doc = _blast(subject, verb, ON_BUSES)
    assert instrument_trigger(doc[len(subject)]) is None


@pytest.mark.unit
def test_a_bomb_that_went_off_exploded() -> None:
    doc = _blast([A, ("bomb", "bomb", "")], ("went", "go"), [("off", "off", 0, "prt", "ADP", "RP")])
    assert instrument_trigger(doc[2]) == ("ASSAULT", "explosives")
    went_away = _blast(
        [A, ("bomb", "bomb", "")], ("went", "go"), [("away", "away", 0, "advmod", "ADV", "RB")]
    )
    assert instrument_trigger(went_away[2]) is None


@pytest.mark.unit
def test_a_passive_struck_by_a_weapon() -> None:
    # "The hospital was hit by a drone ."
    doc = _parse(
        [
            ("The", "the", 1, "det", "DET", "DT"),
            ("hospital", "hospital", 3, "nsubjpass", "NOUN", "NN"),
            ("was", "be", 3, "auxpass", "AUX", "VBD"),
            ("hit", "hit", 3, "ROOT", "VERB", "VBN"),
            ("by", "by", 3, "agent", "ADP", "IN"),
            ("a", "a", 6, "det", "DET", "DT"),
            ("drone", "drone", 4, "pobj", "NOUN", "NN"),
            (".", ".", 3, "punct", "PUNCT", "."),
        ]
    )
    assert instrument_trigger(doc[3]) == ("ASSAULT", "aerial")
    roles = _Roles(actors=[doc[6]], targets=[doc[1]])
    assert _struck_by_weapon(doc[3], roles)
    assert roles.actors == [] and [t.text for t in roles.targets] == ["hospital"]
    assert [t.text for t in roles.instruments] == ["drone"]


@pytest.mark.unit
def test_what_the_weapon_fell_on_is_struck_and_the_weapon_is_how() -> None:
    doc = _blast([("Bombs", "bomb", "")], ("exploded", "explode"), ON_BUSES)
    assert [t.text for t in struck(doc[1])] == ["buses"]
    roles = _Roles(actors=[doc[0]])
    assert _struck_by_weapon(doc[1], roles)
    assert roles.actors == [] and [t.text for t in roles.targets] == ["buses"]
    assert [t.text for t in roles.instruments] == ["Bombs"]
    # "near X" is where, never what was struck
    near = _blast([("Bombs", "bomb", "")], ("exploded", "explode"), NEAR_SDEROT)
    assert struck(near[1]) == []


@pytest.mark.unit
def test_a_verb_with_a_person_as_doer_is_left_to_the_verb_rules() -> None:
    doc = _blast([("Militants", "militant", "")], ("hit", "hit"), ON_BUSES)
    roles = _Roles(actors=[doc[0]])
    assert not _struck_by_weapon(doc[1], roles)
    assert roles.actors == [doc[0]] and roles.targets == [] and roles.instruments == []


# --------------------------------------------------------------------------- through the pipeline


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("An IED exploded near a police van in Bannu on Friday.", "exploded", "Bannu"),
        ("A rocket landed in an open field near Sderot on Monday.", "landed", "Sderot"),
    ],
)
def test_a_blast_told_by_its_weapon_is_an_attack_where_it_fell(
    text, trigger, place, settings
) -> None:
    from tests.test_events import _events

    found = [e for e in _events(text, settings) if e.trigger == trigger]
    assert [e.type for e in found] == ["ASSAULT"]
    assert found[0].actors == () and found[0].location == place


@pytest.mark.nlp
def test_an_accidental_blast_is_still_no_attack(settings) -> None:
    from tests.test_events import _events

    text = "A gas cylinder exploded in a hotel in Lahore on Monday, killing two."
    assert not [e for e in _events(text, settings) if e.type == "ASSAULT"]


# --------------------------------------------------------------------------- operations carried out


def _operation(
    modifiers: list[tuple[str, str, str]],
    verb: tuple[str, str],
    dep: str,
    det: str = "a",
    doer: bool = True,
) -> Doc:
    """ "Israel <verb> a <modifiers> operation ." (``dep`` "dobj") or "A <modifiers>
    operation was <verb> by troops ." (``dep`` "nsubjpass"), each modifier (text, lemma, dep)
    hanging on the noun; ``doer`` False leaves the subject or the "by" agent out."""
    mods = [(t, lemma, d, "ADJ" if d == "amod" else "NOUN", "JJ") for t, lemma, d in modifiers]
    if dep == "dobj":
        noun = 3 + len(mods)
        rows = [
            ("Israel", "Israel", 1, "nsubj" if doer else "npadvmod", "PROPN", "NNP"),
            (verb[0], verb[1], 1, "ROOT", "VERB", "VBD"),
            (det, det, noun, "det", "DET", "DT"),
        ]
        rows += [(t, lemma, noun, d, pos, tag) for t, lemma, d, pos, tag in mods]
        rows += [
            ("operation", "operation", 1, "dobj", "NOUN", "NN"),
            (".", ".", 1, "punct", "PUNCT", "."),
        ]
    else:
        noun = 1 + len(mods)
        v = noun + 2
        rows = [(det.capitalize(), det, noun, "det", "DET", "DT")]
        rows += [(t, lemma, noun, d, pos, tag) for t, lemma, d, pos, tag in mods]
        rows += [
            ("operation", "operation", v, "nsubjpass", "NOUN", "NN"),
            ("was", "be", v, "auxpass", "AUX", "VBD"),
            (verb[0], verb[1], v, "ROOT", "VERB", "VBN"),
        ]
        if doer:
            rows += [
                ("by", "by", v, "agent", "ADP", "IN"),
                ("troops", "troop", v + 1, "pobj", "NOUN", "NNS"),
            ]
        rows.append((".", ".", v, "punct", "PUNCT", "."))
    return _parse(rows)


def _noun(doc: Doc):
    return next(t for t in doc if t.text == "operation")


@pytest.mark.unit
@pytest.mark.parametrize(
    ("modifiers", "verb", "dep"),
    [
        (
            [("large-scale", "large-scale", "amod"), ("military", "military", "amod")],
            ("launched", "launch"),
            "dobj",
        ),
        (
            [("intelligence", "intelligence", "compound"), ("based", "base", "amod")],
            ("conducted", "conduct"),
            "nsubjpass",
        ),
        ([("security", "security", "compound")], ("mounted", "mount"), "dobj"),
        (
            [
                ("counter", "counter", "amod"),
                ("-", "-", "punct"),
                ("terrorism", "terrorism", "compound"),
            ],
            ("began", "begin"),
            "dobj",
        ),
    ],
)
def test_an_armed_operation_carried_out_is_an_attack(modifiers, verb, dep) -> None:
    assert operation_launched(_noun(_operation(modifiers, verb, dep))) == ("ASSAULT", None)


@pytest.mark.unit
@pytest.mark.parametrize(
    ("modifiers", "verb", "dep"),
    [
        # a search, a rescue, an anti-encroachment drive: no act of armed force
        ([("search", "search", "compound")], ("launched", "launch"), "dobj"),
        (
            [("military", "military", "amod"), ("rescue", "rescue", "compound")],
            ("launched", "launch"),
            "dobj",
        ),
        # an operation of nothing armed ("a surgical operation was conducted")
        ([("surgical", "surgical", "amod")], ("conducted", "conduct"), "nsubjpass"),
        # an armed operation only spoken of, not carried out
        ([("military", "military", "amod")], ("criticised", "criticise"), "dobj"),
        ([("military", "military", "amod")], ("ended", "end"), "nsubjpass"),
    ],
)
def test_other_operations_are_no_attack(modifiers, verb, dep) -> None:
    assert operation_launched(_noun(_operation(modifiers, verb, dep))) is None


# --------------------------------------------------------------------------- bodies found


def _bodies(modifiers: list[tuple[str, str, str]], verb: tuple[str, str], after: list) -> Doc:
    """ "<modifiers> bodies were <verb> <after> ." with the modifiers (text, lemma, dep) on
    "bodies" and ``after``'s rows (text, lemma, head, dep, POS, tag) with absolute heads."""
    noun = len(modifiers)
    rows = [
        (t, lemma, noun, d, "ADJ" if d == "amod" else "NOUN", "JJ") for t, lemma, d in modifiers
    ]
    rows += [
        ("bodies", "body", noun + 2, "nsubjpass", "NOUN", "NNS"),
        ("were", "be", noun + 2, "auxpass", "AUX", "VBD"),
        (verb[0], verb[1], noun + 2, "ROOT", "VERB", "VBN"),
    ]
    rows += [*after, (".", ".", noun + 2, "punct", "PUNCT", ".")]
    return _parse(rows)


@pytest.mark.unit
def test_bullet_riddled_bodies_found_are_a_shooting() -> None:
    # "Seven bullets - ridden bodies were found ."
    doc = _bodies(
        [
            ("Seven", "seven", "nummod"),
            ("bullets", "bullet", "npadvmod"),
            ("-", "-", "punct"),
            ("ridden", "ride", "amod"),
        ],
        ("found", "find"),
        [],
    )
    assert violent_death_found(doc[4]) == ("ASSAULT", "firearms")
    assert the_dead(doc[4]) == [doc[4]]


@pytest.mark.unit
def test_a_body_left_stuffed_in_a_sack_is_a_killing_of_whom_it_was() -> None:
    # "bodies were found stuffed in a sack" with "of five men" after "bodies"
    doc = _parse(
        [
            ("The", "the", 1, "det", "DET", "DT"),
            ("bodies", "body", 6, "nsubjpass", "NOUN", "NNS"),
            ("of", "of", 1, "prep", "ADP", "IN"),
            ("five", "five", 4, "nummod", "NUM", "CD"),
            ("men", "man", 2, "pobj", "NOUN", "NNS"),
            ("were", "be", 6, "auxpass", "AUX", "VBD"),
            ("found", "find", 6, "ROOT", "VERB", "VBN"),
            ("stuffed", "stuff", 6, "oprd", "VERB", "VBN"),
            ("in", "in", 7, "prep", "ADP", "IN"),
            ("a", "a", 10, "det", "DET", "DT"),
            ("sack", "sack", 8, "pobj", "NOUN", "NN"),
            (".", ".", 6, "punct", "PUNCT", "."),
        ]
    )
    assert violent_death_found(doc[1]) == ("ASSAULT", None)
    assert [t.text for t in the_dead(doc[1])] == ["men"]


@pytest.mark.unit
@pytest.mark.parametrize(
    ("modifiers", "verb"),
    [
        ([], ("found", "find")),  # a body found, no mark of a killing: a drowning, the cold
        ([("bullet", "bullet", "compound"), ("riddled", "riddle", "amod")], ("buried", "bury")),
        ([("bullet", "bullet", "compound"), ("riddled", "riddle", "amod")], ("handed", "hand")),
    ],
)
def test_a_body_with_no_mark_of_violence_or_not_found_is_no_killing(modifiers, verb) -> None:
    doc = _bodies(modifiers, verb, [])
    assert violent_death_found(doc[len(modifiers)]) is None


@pytest.mark.unit
def test_a_mark_in_a_clause_said_about_the_finding_does_not_count() -> None:
    # "Bodies were found , police said , after a shooting ." — "shooting" hangs on "said"
    doc = _parse(
        [
            ("Bodies", "body", 2, "nsubjpass", "NOUN", "NNS"),
            ("were", "be", 2, "auxpass", "AUX", "VBD"),
            ("found", "find", 5, "ccomp", "VERB", "VBN"),
            (",", ",", 5, "punct", "PUNCT", ","),
            ("police", "police", 5, "nsubj", "NOUN", "NNS"),
            ("said", "say", 5, "ROOT", "VERB", "VBD"),
            ("they", "they", 7, "nsubj", "PRON", "PRP"),
            ("stabbed", "stab", 5, "ccomp", "VERB", "VBD"),
            (".", ".", 5, "punct", "PUNCT", "."),
        ]
    )
    assert violent_death_found(doc[0]) is None


@pytest.mark.unit
def test_an_operation_no_one_carries_out_or_told_again_is_a_setting() -> None:
    # "An IBO was conducted in Esham" (no "by"), "the operation was conducted": the
    # acts told with it carry the incident
    military = [("military", "military", "amod")]
    assert (
        operation_launched(
            _noun(_operation(military, ("conducted", "conduct"), "nsubjpass", doer=False))
        )
        is None
    )
    assert (
        operation_launched(
            _noun(_operation(military, ("conducted", "conduct"), "nsubjpass", det="the"))
        )
        is None
    )
    assert (
        operation_launched(_noun(_operation(military, ("launched", "launch"), "dobj", det="the")))
        is None
    )
    assert (
        operation_launched(_noun(_operation(military, ("launched", "launch"), "dobj", doer=False)))
        is None
    )


# ------------------------------------------------------------------------ who underwent an arrest


def _owned(owner: tuple[str, str, str, str], noun: tuple[str, str], of: bool = False) -> Doc:
    """ "after <owner> 's <noun> [of suspects] ." with ``owner`` (text, lemma, POS, entity)."""
    text, lemma, pos, ent = owner
    rows = [
        ("after", "after", 0, "ROOT", "ADP", "IN"),
        (text, lemma, 3, "poss", pos, "NNP" if pos == "PROPN" else "PRP$"),
        ("'s", "'s", 1, "case", "PART", "POS"),
        (noun[0], noun[1], 0, "pobj", "NOUN", "NN"),
    ]
    if of:
        rows += [
            ("of", "of", 3, "prep", "ADP", "IN"),
            ("suspects", "suspect", 4, "pobj", "NOUN", "NNS"),
        ]
    rows.append((".", ".", 0, "punct", "PUNCT", "."))
    doc = _parse(rows)
    if ent:
        doc.ents = [Span(doc, 1, 2, label=ent)]
    return doc


KHAN = ("Khan", "Khan", "PROPN", "PERSON")
HER = ("her", "her", "PRON", "")


@pytest.mark.unit
@pytest.mark.parametrize(
    ("owner", "noun", "mode"),
    [
        (KHAN, ("arrest", "arrest"), "arrest"),
        (HER, ("arrest", "arrest"), "arrest"),
        (HER, ("abduction", "abduction"), "abduct"),
    ],
)
def test_the_possessor_of_an_arrest_is_who_was_arrested(owner, noun, mode) -> None:
    doc = _owned(owner, noun)
    roles = _Roles(actors=[doc[1]])
    _possessor_undergoes(doc[3], mode, roles)
    assert roles.actors == [] and [t.text for t in roles.targets] == [owner[0]]


@pytest.mark.unit
@pytest.mark.parametrize(
    ("owner", "of", "mode"),
    [
        (("FIA", "FIA", "PROPN", "ORG"), False, "arrest"),  # "the FIA's arrests": the doer
        (("Iran", "Iran", "PROPN", "GPE"), False, "arrest"),
        (KHAN, True, "arrest"),  # "Khan's arrest of suspects": the "of" noun was arrested
        (KHAN, False, None),  # an attack's possessor is its doer ("Khan's attack")
        # "their arrest": a plural the pipeline often leaves unresolved, so no one arrested
        (("their", "their", "PRON", ""), False, "arrest"),
    ],
)
def test_a_body_s_arrest_or_one_with_its_patient_keeps_its_doer(owner, of, mode) -> None:
    doc = _owned(owner, ("arrest", "arrest"), of=of)
    targets = [doc[5]] if of else []
    roles = _Roles(actors=[doc[1]], targets=list(targets))
    _possessor_undergoes(doc[3], mode, roles)
    assert roles.actors == [doc[1]] and roles.targets == targets
