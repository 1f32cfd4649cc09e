"""Material acts the export missed (session 23, issue 15 item 5): acts told by a construction
no single trigger word carries ("came under fire", "a walkout", "blocked off", "the targeting
of a convoy"). Unit tests read hand-built parses (no model)."""

from __future__ import annotations

import pytest

from dossier.extract.events.acts import material_act, shut_off
from dossier.extract.events.assembly import (
    _date_modifiers,
    _harm_clause,
    _hurt_in,
    _occurring_sides,
)
from dossier.extract.events.roles import _Roles
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
# "to confirm whether forces had come under fire ."
WHETHER_UNDER_FIRE = [
    ("to", "to", 1, "aux", "PART", "TO"),
    ("confirm", "confirm", 1, "ROOT", "VERB", "VB"),
    ("whether", "whether", 5, "mark", "SCONJ", "IN"),
    ("forces", "force", 5, "nsubj", "NOUN", "NNS"),
    ("had", "have", 5, "aux", "AUX", "VBD"),
    ("come", "come", 1, "ccomp", "VERB", "VBN"),
    ("under", "under", 5, "prep", "ADP", "IN"),
    ("fire", "fire", 6, "pobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
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
# "after the targeting of a convoy in November ."
TARGETING_OF = [
    ("after", "after", 0, "ROOT", "ADP", "IN"),
    ("the", "the", 2, "det", "DET", "DT"),
    ("targeting", "targeting", 0, "pobj", "NOUN", "NN"),
    ("of", "of", 2, "prep", "ADP", "IN"),
    ("a", "a", 5, "det", "DET", "DT"),
    ("convoy", "convoy", 3, "pobj", "NOUN", "NN"),
    ("in", "in", 2, "prep", "ADP", "IN"),
    ("November", "November", 6, "pobj", "PROPN", "NNP"),
    (".", ".", 0, "punct", "PUNCT", "."),
]
# "justify the targeting of civilians ."  (a kind of act: no place or time of its own)
TARGETING_KIND = [
    ("justify", "justify", 0, "ROOT", "VERB", "VB"),
    ("the", "the", 2, "det", "DET", "DT"),
    ("targeting", "targeting", 0, "dobj", "NOUN", "NN"),
    ("of", "of", 2, "prep", "ADP", "IN"),
    ("civilians", "civilian", 3, "pobj", "NOUN", "NNS"),
    (".", ".", 0, "punct", "PUNCT", "."),
]
# "the recent apprehension of a commander ."
APPREHENSION_OF = [
    ("the", "the", 2, "det", "DET", "DT"),
    ("recent", "recent", 2, "amod", "ADJ", "JJ"),
    ("apprehension", "apprehension", 2, "ROOT", "NOUN", "NN"),
    ("of", "of", 2, "prep", "ADP", "IN"),
    ("a", "a", 5, "det", "DET", "DT"),
    ("commander", "commander", 3, "pobj", "NOUN", "NN"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "apprehensions remain ."  (fears, no one arrested)
APPREHENSIONS = [
    ("apprehensions", "apprehension", 1, "nsubj", "NOUN", "NNS"),
    ("remain", "remain", 1, "ROOT", "VERB", "VBP"),
    (".", ".", 1, "punct", "PUNCT", "."),
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
        (WHETHER_UNDER_FIRE, 7, None),
        (FIRE_BROKE_OUT, 1, None),
        (WALKOUT, 5, ("PROTEST", "boycott")),
        (WALK_HYPHEN_OUT, 5, ("PROTEST", "boycott")),
        (BLOCKED_OFF, 2, ("COERCE", "restrict")),
        (BLOCKED, 1, None),
        (TARGETING_OF, 2, ("ASSAULT", None)),
        (TARGETING_ALONE, 1, None),
        (TARGETING_KIND, 2, None),
        (APPREHENSION_OF, 2, ("COERCE", "arrest")),
        (APPREHENSIONS, 0, None),
    ],
)
def test_material_act_constructions(rows: list, index: int, expected: tuple | None) -> None:
    """Each construction gives its act; its look-alikes (censure, a blaze, a blocked move,
    a policy word) give none."""
    assert material_act(_parse(rows)[index]) == expected


# "Khan had sustained injuries in a terror attack on Feb 3 ." (the small model's parse: "had"
# the verb, "sustained" an adjective of "injuries", "on Feb 3" on "had")
SUSTAINED = [
    ("Khan", "Khan", 1, "nsubj", "PROPN", "NNP"),
    ("had", "have", 1, "ROOT", "VERB", "VBD"),
    ("sustained", "sustain", 3, "amod", "VERB", "VBN"),
    ("injuries", "injury", 1, "dobj", "NOUN", "NNS"),
    ("in", "in", 3, "prep", "ADP", "IN"),
    ("a", "a", 7, "det", "DET", "DT"),
    ("terror", "terror", 7, "compound", "NOUN", "NN"),
    ("attack", "attack", 4, "pobj", "NOUN", "NN"),
    ("on", "on", 1, "prep", "ADP", "IN"),
    ("Feb", "Feb", 8, "pobj", "PROPN", "NNP"),
    ("3", "3", 9, "nummod", "NUM", "CD"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "Khan had suffered losses in the attack on Monday ." (no bodily harm: no one hurt in it)
LOSSES = [
    ("Khan", "Khan", 2, "nsubj", "PROPN", "NNP"),
    ("had", "have", 2, "aux", "AUX", "VBD"),
    ("suffered", "suffer", 2, "ROOT", "VERB", "VBN"),
    ("losses", "loss", 2, "dobj", "NOUN", "NNS"),
    ("in", "in", 3, "prep", "ADP", "IN"),
    ("the", "the", 6, "det", "DET", "DT"),
    ("attack", "attack", 4, "pobj", "NOUN", "NN"),
    ("on", "on", 2, "prep", "ADP", "IN"),
    ("Monday", "Monday", 7, "pobj", "PROPN", "NNP"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "They condemned Hamas ' Oct 7 attack ." (a date written before the noun)
DATED_BEFORE = [
    ("They", "they", 1, "nsubj", "PRON", "PRP"),
    ("condemned", "condemn", 1, "ROOT", "VERB", "VBD"),
    ("Hamas", "Hamas", 6, "poss", "PROPN", "NNP"),
    ("'", "'", 2, "case", "PART", "POS"),
    ("Oct", "Oct", 6, "nmod", "PROPN", "NNP"),
    ("7", "7", 4, "nummod", "NUM", "CD"),
    ("attack", "attack", 1, "dobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]


def _texts(doc, spans: list[tuple[int, int]]) -> set[str]:
    return {doc.text[a:b].strip() for a, b in spans}


@pytest.mark.unit
def test_hurt_in_an_attack_gives_its_targets_and_day() -> None:
    """ "had sustained injuries in a terror attack ... on Feb 3": the injured are the attack's
    targets and the day the parser hung on "had" is the attack's own."""
    doc = _parse(SUSTAINED)
    attack = doc[7]
    assert _harm_clause(attack) == doc[1]
    roles = _Roles()
    _hurt_in(attack, roles)
    assert [t.text for t in roles.targets] == ["Khan"]
    assert "on Feb 3" in _texts(doc, _date_modifiers(attack))


@pytest.mark.unit
def test_no_bodily_harm_lends_nothing() -> None:
    """ "suffered losses in the attack on Monday": losses are no injuries, so neither the
    sufferer nor the verb's day goes to the attack."""
    doc = _parse(LOSSES)
    attack = doc[6]
    assert _harm_clause(attack) is None
    roles = _Roles()
    _hurt_in(attack, roles)
    assert roles.targets == []
    assert not any("Monday" in t for t in _texts(doc, _date_modifiers(attack)))


@pytest.mark.unit
def test_a_date_before_the_noun_is_its_own() -> None:
    """ "Hamas' Oct 7 attack": the words before the noun, its date among them, are the noun's
    own; the verb's words after it are not."""
    doc = _parse(DATED_BEFORE)
    spans = _texts(doc, _date_modifiers(doc[6]))
    assert any("Oct 7" in s for s in spans)
    assert not any("condemned" in s for s in spans)


@pytest.mark.unit
def test_what_is_blocked_off_is_the_place_not_what_it_is_cut_from() -> None:
    """ "Parachinar was blocked off from the country": Parachinar is the blockade's target;
    without the particle nothing is shut off."""
    assert [t.text for t in shut_off(_parse(BLOCKED_OFF)[2])] == ["Parachinar"]
    assert shut_off(_parse(BLOCKED)[1]) == []


# "The trucks came under fire at the highway ."
UNDER_FIRE_AT = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("trucks", "truck", 2, "nsubj", "NOUN", "NNS"),
    ("came", "come", 2, "ROOT", "VERB", "VBD"),
    ("under", "under", 2, "prep", "ADP", "IN"),
    ("fire", "fire", 3, "pobj", "NOUN", "NN"),
    ("at", "at", 4, "prep", "ADP", "IN"),
    ("the", "the", 7, "det", "DET", "DT"),
    ("highway", "highway", 5, "pobj", "NOUN", "NN"),
    (".", ".", 2, "punct", "PUNCT", "."),
]


@pytest.mark.unit
def test_who_came_under_fire_is_the_target_before_the_place() -> None:
    """ "the trucks came under fire at the highway": the trucks were attacked, the highway is
    where (a target the noun's own phrase offered gives way to the subject)."""
    doc = _parse(UNDER_FIRE_AT)
    roles = _Roles(targets=[doc[7]])
    _occurring_sides(doc[4], roles)
    assert [t.text for t in roles.targets] == ["trucks"]
