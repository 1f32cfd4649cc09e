"""Acts the trigger lexicon did not see (session 24, issue 15 item 5): property burnt by a
doer, "acts of sabotage" told with their doer, a thing snatched, and an operation someone is
credited with. Each rule is checked against the figures and accidents that share its words
("burnt to death", "snatch these rights", "a snatched mobile phone", "for the operation").
Unit tests read hand-built parses (no model)."""

from __future__ import annotations

import pytest

from dossier.extract.events.acts import material_act
from dossier.extract.events.operations import operation_launched
from tests.test_event_what_r14 import _parse

Row = tuple[str, str, int, str, str, str]


def _burnt(thing: str, agent: str) -> list[Row]:
    """ "Two <thing>s were burnt by <agent>s ." (the verb at 3; nouns by their lemma)."""
    return [
        ("Two", "two", 1, "nummod", "NUM", "CD"),
        (thing + "s", thing, 3, "nsubjpass", "NOUN", "NNS"),
        ("were", "be", 3, "auxpass", "AUX", "VBD"),
        ("burnt", "burn", 3, "ROOT", "VERB", "VBN"),
        ("by", "by", 3, "agent", "ADP", "IN"),
        (agent + "s", agent, 4, "pobj", "NOUN", "NNS"),
        (".", ".", 3, "punct", "PUNCT", "."),
    ]


# "A man was burnt to death ." (a victim's burning: no property, no doer)
BURNT_TO_DEATH = [
    ("A", "a", 1, "det", "DET", "DT"),
    ("man", "man", 3, "nsubjpass", "NOUN", "NN"),
    ("was", "be", 3, "auxpass", "AUX", "VBD"),
    ("burnt", "burn", 3, "ROOT", "VERB", "VBN"),
    ("to", "to", 3, "prep", "ADP", "IN"),
    ("death", "death", 4, "pobj", "NOUN", "NN"),
    (".", ".", 3, "punct", "PUNCT", "."),
]


def _sabotage(by: bool) -> list[Row]:
    """ "He condemned the acts of sabotage [by terrorists] ." ("acts" at 3)."""
    rows: list[Row] = [
        ("He", "he", 1, "nsubj", "PRON", "PRP"),
        ("condemned", "condemn", 1, "ROOT", "VERB", "VBD"),
        ("the", "the", 3, "det", "DET", "DT"),
        ("acts", "act", 1, "dobj", "NOUN", "NNS"),
        ("of", "of", 3, "prep", "ADP", "IN"),
        ("sabotage", "sabotage", 4, "pobj", "NOUN", "NN"),
    ]
    if by:
        rows += [
            ("by", "by", 3, "prep", "ADP", "IN"),
            ("terrorists", "terrorist", 6, "pobj", "NOUN", "NNS"),
        ]
    return [*rows, (".", ".", 1, "punct", "PUNCT", ".")]


# "They wanted to sabotage peace ." (the verb: a plot, no act)
SABOTAGE_PEACE = [
    ("They", "they", 1, "nsubj", "PRON", "PRP"),
    ("wanted", "want", 1, "ROOT", "VERB", "VBD"),
    ("to", "to", 3, "aux", "PART", "TO"),
    ("sabotage", "sabotage", 1, "xcomp", "VERB", "VB"),
    ("peace", "peace", 3, "dobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]


def _snatched(thing: str) -> list[Row]:
    """ "Gunmen snatched their <thing>s ." (the verb at 1)."""
    return [
        ("Gunmen", "gunman", 1, "nsubj", "NOUN", "NNS"),
        ("snatched", "snatch", 1, "ROOT", "VERB", "VBD"),
        ("their", "their", 3, "poss", "PRON", "PRP$"),
        (thing + "s", thing, 1, "dobj", "NOUN", "NNS"),
        (".", ".", 1, "punct", "PUNCT", "."),
    ]


# "Police recovered a snatched phone ." (the adjective of a thing recovered)
SNATCHED_PHONE = [
    ("Police", "police", 1, "nsubj", "NOUN", "NNS"),
    ("recovered", "recover", 1, "ROOT", "VERB", "VBD"),
    ("a", "a", 4, "det", "DET", "DT"),
    ("snatched", "snatch", 4, "amod", "VERB", "VBN"),
    ("phone", "phone", 1, "dobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]


@pytest.mark.unit
@pytest.mark.parametrize(
    ("rows", "index", "expected"),
    [
        (_burnt("truck", "man"), 3, ("ASSAULT", "arson")),
        (_burnt("house", "militant"), 3, ("ASSAULT", "arson")),
        (_burnt("house", "fire"), 3, None),  # the fire burnt them: no one attacked
        (_burnt("tyre", "protester"), 3, None),  # a protest's burning, no property attacked
        (BURNT_TO_DEATH, 3, None),
        (_sabotage(by=True), 3, ("ASSAULT", None)),
        (_sabotage(by=False), 3, None),  # a kind of act, told with no doer, place or time
        (SABOTAGE_PEACE, 3, None),
        (_snatched("weapon"), 1, ("ASSAULT", None)),
        (_snatched("right"), 1, None),  # a figure of speech
        (SNATCHED_PHONE, 3, None),
    ],
)
def test_material_acts_r24(rows: list[Row], index: int, expected: tuple | None) -> None:
    """Each construction is an act only with what makes it one."""
    assert material_act(_parse(rows)[index]) == expected


def _credited(verb: tuple[str, str], det: tuple[str, str], adjective: str) -> list[Row]:
    """ "He <verb> the forces for <det> <adjective> operation ." (the noun at 7)."""
    return [
        ("He", "he", 1, "nsubj", "PRON", "PRP"),
        (verb[0], verb[1], 1, "ROOT", "VERB", "VBD"),
        ("the", "the", 3, "det", "DET", "DT"),
        ("forces", "force", 1, "dobj", "NOUN", "NNS"),
        ("for", "for", 1, "prep", "ADP", "IN"),
        (det[0], det[1], 7, "poss" if det[1] != "the" else "det", "PRON", "PRP$"),
        (adjective, adjective, 7, "amod", "ADJ", "JJ"),
        ("operation", "operation", 4, "pobj", "NOUN", "NN"),
        (".", ".", 1, "punct", "PUNCT", "."),
    ]


@pytest.mark.unit
@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (_credited(("commended", "commend"), ("their", "their"), "successful"), ("ASSAULT", None)),
        (_credited(("lauded", "laud"), ("their", "their"), "military"), ("ASSAULT", None)),
        # told before: "for the successful operation" points back at the telling that counts
        (_credited(("lauded", "laud"), ("the", "the"), "successful"), None),
        # an operation of no armed kind, or not said to succeed, is no attack credited
        (_credited(("lauded", "laud"), ("their", "their"), "rescue"), None),
        (_credited(("lauded", "laud"), ("their", "their"), "new"), None),
        # "thanked them for their operation" needs a credit verb: "briefed" is none
        (_credited(("briefed", "brief"), ("their", "their"), "successful"), None),
    ],
)
def test_credited_operation_r24(rows: list[Row], expected: tuple | None) -> None:
    """An operation someone is credited with was carried out by the one credited."""
    assert operation_launched(_parse(rows)[7]) == expected
