"""Material acts the export missed (session 23, issue 15 item 5): acts told by a construction
no single trigger word carries ("came under fire", "a walkout", "blocked off", "the targeting
of a convoy"). Unit tests read hand-built parses (no model)."""

from __future__ import annotations

import pytest

from dossier.extract.events.acts import material_act
from tests.test_event_what_r14 import _parse

# "The peacemakers came under heavy fire ."
UNDER_FIRE = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("peacemakers", "peacemaker", 2, "nsubj", "NOUN", "NNS"),
    ("came", "come", 2, "ROOT", "VERB", "VBD"),
    ("under", "under", 2, "prep", "ADP", "IN"),
    ("heavy", "heavy", 5, "amod", "ADJ", "JJ"),
    ("fire", "fire", 3, "pobj", "NOUN", "NN"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "The minister came under fire for his remarks ."
UNDER_CRITICISM = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("minister", "minister", 2, "nsubj", "NOUN", "NN"),
    ("came", "come", 2, "ROOT", "VERB", "VBD"),
    ("under", "under", 2, "prep", "ADP", "IN"),
    ("fire", "fire", 3, "pobj", "NOUN", "NN"),
    ("for", "for", 2, "prep", "ADP", "IN"),
    ("his", "his", 7, "poss", "PRON", "PRP$"),
    ("remarks", "remark", 5, "pobj", "NOUN", "NNS"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "A fire broke out ."
FIRE_BROKE_OUT = [
    ("A", "a", 1, "det", "DET", "DT"),
    ("fire", "fire", 2, "nsubj", "NOUN", "NN"),
    ("broke", "break", 2, "ROOT", "VERB", "VBD"),
    ("out", "out", 2, "prt", "ADP", "RP"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "The bill passed amid a walkout by lawmakers ."
WALKOUT = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("bill", "bill", 2, "nsubj", "NOUN", "NN"),
    ("passed", "pass", 2, "ROOT", "VERB", "VBD"),
    ("amid", "amid", 2, "prep", "ADP", "IN"),
    ("a", "a", 5, "det", "DET", "DT"),
    ("walkout", "walkout", 3, "pobj", "NOUN", "NN"),
    ("by", "by", 5, "prep", "ADP", "IN"),
    ("lawmakers", "lawmaker", 6, "pobj", "NOUN", "NNS"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "Lawmakers staged a walk - out ."
WALK_HYPHEN_OUT = [
    ("Lawmakers", "lawmaker", 1, "nsubj", "NOUN", "NNS"),
    ("staged", "stage", 1, "ROOT", "VERB", "VBD"),
    ("a", "a", 5, "det", "DET", "DT"),
    ("walk", "walk", 5, "compound", "NOUN", "NN"),
    ("-", "-", 5, "punct", "PUNCT", "HYPH"),
    ("out", "out", 1, "dobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "Parachinar was blocked off from the country ."
BLOCKED_OFF = [
    ("Parachinar", "Parachinar", 2, "nsubjpass", "PROPN", "NNP"),
    ("was", "be", 2, "auxpass", "AUX", "VBD"),
    ("blocked", "block", 2, "ROOT", "VERB", "VBN"),
    ("off", "off", 2, "prt", "ADP", "RP"),
    ("from", "from", 2, "prep", "ADP", "IN"),
    ("the", "the", 6, "det", "DET", "DT"),
    ("country", "country", 4, "pobj", "NOUN", "NN"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "Police blocked the move ."  (no particle: no blockade of a place)
BLOCKED = [
    ("Police", "police", 1, "nsubj", "NOUN", "NNS"),
    ("blocked", "block", 1, "ROOT", "VERB", "VBD"),
    ("the", "the", 3, "det", "DET", "DT"),
    ("move", "move", 1, "dobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "after the targeting of a convoy ."
TARGETING_OF = [
    ("after", "after", 0, "ROOT", "ADP", "IN"),
    ("the", "the", 2, "det", "DET", "DT"),
    ("targeting", "targeting", 0, "pobj", "NOUN", "NN"),
    ("of", "of", 2, "prep", "ADP", "IN"),
    ("a", "a", 5, "det", "DET", "DT"),
    ("convoy", "convoy", 3, "pobj", "NOUN", "NN"),
    (".", ".", 0, "punct", "PUNCT", "."),
]
# "improved targeting ."  (a word of marketing or policy, no one hit)
TARGETING_ALONE = [
    ("improved", "improve", 1, "amod", "ADJ", "JJ"),
    ("targeting", "targeting", 1, "ROOT", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]


@pytest.mark.unit
@pytest.mark.parametrize(
    ("rows", "index", "expected"),
    [
        (UNDER_FIRE, 5, ("ASSAULT", "firearms")),
        (UNDER_CRITICISM, 4, None),
        (FIRE_BROKE_OUT, 1, None),
        (WALKOUT, 5, ("PROTEST", "boycott")),
        (WALK_HYPHEN_OUT, 5, ("PROTEST", "boycott")),
        (BLOCKED_OFF, 2, ("COERCE", "restrict")),
        (BLOCKED, 1, None),
        (TARGETING_OF, 2, ("ASSAULT", None)),
        (TARGETING_ALONE, 1, None),
    ],
)
def test_material_act_constructions(rows: list, index: int, expected: tuple | None) -> None:
    """Each construction gives its act; its look-alikes (censure, a blaze, a blocked move,
    a policy word) give none."""
    assert material_act(_parse(rows)[index]) == expected
