"""What an act is, and one incident once (session 25, issue 15 item 5): a road blocked by
armed men, a state or nobody named away from any protest is a blockade (COERCE restrict,
its target the road), a protest's road-block stays PROTEST; one phrase that counts two
incidents ("two separate attacks", "twice attacked") is told twice, as copies the store's
event identity keeps apart; a crowd dispersed by force is an assault, and a strike a bar
association announces a protest. Unit tests read hand-built parses (no model)."""

from __future__ import annotations

import pytest

from dossier.extract.events.acts import material_act
from dossier.extract.events.blockades import armed_blockades
from dossier.extract.events.counted import counted_incidents, counted_twice
from dossier.extract.events.lexicon import _is_protest_strike
from dossier.kb.event_merge import event_id_for
from dossier.records import EventMention
from tests.test_event_what_r14 import _parse

pytestmark = pytest.mark.unit

# "Armed men blocked the highway ."
ARMED_BLOCKED = [
    ("Armed", "armed", 1, "amod", "ADJ", "JJ"),
    ("men", "man", 2, "nsubj", "NOUN", "NNS"),
    ("blocked", "block", 2, "ROOT", "VERB", "VBD"),
    ("the", "the", 4, "det", "DET", "DT"),
    ("highway", "highway", 2, "dobj", "NOUN", "NN"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "Residents blocked the highway ."
RESIDENTS_BLOCKED = [
    ("Residents", "resident", 1, "nsubj", "NOUN", "NNS"),
    ("blocked", "block", 1, "ROOT", "VERB", "VBD"),
    ("the", "the", 3, "det", "DET", "DT"),
    ("highway", "highway", 1, "dobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "Roads were blocked in Turbat ."
ROADS_BLOCKED = [
    ("Roads", "road", 2, "nsubjpass", "NOUN", "NNS"),
    ("were", "be", 2, "auxpass", "AUX", "VBD"),
    ("blocked", "block", 2, "ROOT", "VERB", "VBN"),
    ("in", "in", 2, "prep", "ADP", "IN"),
    ("Turbat", "Turbat", 3, "pobj", "PROPN", "NNP"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "Protesters staged a sit-in ." (before ROADS_BLOCKED: token indices 0-4)
PROTEST_FIRST = [
    ("Protesters", "protester", 1, "nsubj", "NOUN", "NNS"),
    ("staged", "stage", 1, "ROOT", "VERB", "VBD"),
    ("a", "a", 3, "det", "DET", "DT"),
    ("demonstration", "demonstration", 1, "dobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]


def _shift(rows: list, by: int) -> list:
    return [(w, lemma, head + by, dep, pos, tag) for w, lemma, head, dep, pos, tag in rows]


def _span(doc, first: int, last: int) -> tuple[int, int]:
    return (doc[first].idx, doc[last].idx + len(doc[last]))


def _blocking(doc, verb: int, actors: tuple = ()) -> EventMention:
    """The lexicon's road-block event on ``doc[verb]``."""
    return EventMention(
        type="PROTEST",
        mode="obstruct",
        trigger=_span(doc, verb, verb),
        start=doc[verb].sent.start_char,
        end=doc[verb].sent.end_char,
        sentence=0,
        actors=actors,
    )


def test_a_road_blocked_by_armed_men_is_a_blockade_of_the_road():
    doc = _parse(ARMED_BLOCKED)
    (event,) = armed_blockades([_blocking(doc, 2, (_span(doc, 0, 1),))], doc)
    assert (event.type, event.mode) == ("COERCE", "restrict")
    assert [doc.text[a:b] for a, b in event.targets] == ["the highway"]


def test_a_road_blocked_by_residents_stays_a_protest():
    doc = _parse(RESIDENTS_BLOCKED)
    (event,) = armed_blockades([_blocking(doc, 1, (_span(doc, 0, 0),))], doc)
    assert (event.type, event.mode, event.targets) == ("PROTEST", "obstruct", ())


def test_a_road_blocked_by_nobody_named_is_a_blockade_unless_a_protest_is_near():
    alone = _parse(ROADS_BLOCKED)
    (event,) = armed_blockades([_blocking(alone, 2)], alone)
    assert event.type == "COERCE"
    after = _parse([*PROTEST_FIRST, *_shift(ROADS_BLOCKED, len(PROTEST_FIRST))])
    (event,) = armed_blockades([_blocking(after, len(PROTEST_FIRST) + 2)], after)
    assert event.type == "PROTEST"


# "Two separate attacks occurred ."
TWO_ATTACKS = [
    ("Two", "two", 2, "nummod", "NUM", "CD"),
    ("separate", "separate", 2, "amod", "ADJ", "JJ"),
    ("attacks", "attack", 3, "nsubj", "NOUN", "NNS"),
    ("occurred", "occur", 3, "ROOT", "VERB", "VBD"),
    (".", ".", 3, "punct", "PUNCT", "."),
]
# "The two attacks occurred ."
THE_TWO_ATTACKS = [
    ("The", "the", 2, "det", "DET", "DT"),
    ("two", "two", 2, "nummod", "NUM", "CD"),
    ("attacks", "attack", 3, "nsubj", "NOUN", "NNS"),
    ("occurred", "occur", 3, "ROOT", "VERB", "VBD"),
    (".", ".", 3, "punct", "PUNCT", "."),
]
# "Two strikes targeted the hideouts ."
TWO_STRIKES_TARGETED = [
    ("Two", "two", 1, "nummod", "NUM", "CD"),
    ("strikes", "strike", 2, "nsubj", "NOUN", "NNS"),
    ("targeted", "target", 2, "ROOT", "VERB", "VBD"),
    ("the", "the", 4, "det", "DET", "DT"),
    ("hideouts", "hideout", 2, "dobj", "NOUN", "NNS"),
    (".", ".", 2, "punct", "PUNCT", "."),
]


def _twice(verb: str, lemma: str) -> list:
    """ "Rebels <verb> the ship twice ." """
    return [
        ("Rebels", "rebel", 1, "nsubj", "NOUN", "NNS"),
        (verb, lemma, 1, "ROOT", "VERB", "VBD"),
        ("the", "the", 3, "det", "DET", "DT"),
        ("ship", "ship", 1, "dobj", "NOUN", "NN"),
        ("twice", "twice", 1, "advmod", "ADV", "RB"),
        (".", ".", 1, "punct", "PUNCT", "."),
    ]


def _assault(doc, at: int, modality: str = "asserted") -> EventMention:
    return EventMention(
        type="ASSAULT",
        mode=None,
        trigger=_span(doc, at, at),
        start=0,
        end=len(doc.text),
        sentence=0,
        modality=modality,
    )


@pytest.mark.parametrize(
    ("rows", "at", "told"),
    [
        (TWO_ATTACKS, 2, 2),  # "Two separate attacks occurred": two incidents
        (THE_TWO_ATTACKS, 2, 1),  # "the two attacks": attacks told before
        (TWO_STRIKES_TARGETED, 2, 2),  # the verb whose subject is counted
        (_twice("attacked", "attack"), 1, 2),  # "attacked the ship twice"
        (_twice("raped", "rape"), 1, 1),  # a crime's repeat is one case
    ],
)
def test_a_counted_pair_is_told_twice(rows, at, told):
    doc = _parse(rows)
    events = counted_incidents([_assault(doc, at)], doc)
    assert len(events) == told
    assert [e.copy for e in events] == list(range(told))
    assert counted_twice(doc[at]) is (told == 2)


def test_a_planned_pair_or_one_already_told_per_place_is_not_copied():
    doc = _parse(TWO_ATTACKS)
    assert len(counted_incidents([_assault(doc, 2, "planned")], doc)) == 1
    placed = [_assault(doc, 2), _assault(doc, 2)]  # the per-place rule told it twice
    assert len(counted_incidents(placed, doc)) == 2


def test_a_copy_has_its_own_event_id_and_the_first_keeps_the_old_one():
    first = event_id_for("doc", 10, 20)
    assert event_id_for("doc", 10, 20, 0) == first
    assert event_id_for("doc", 10, 20, 1) != first
    assert event_id_for("doc", 10, None, 1) != event_id_for("doc", 10)


# "Armed men attempted to block the highway ."
ATTEMPTED_BLOCK = [
    ("Armed", "armed", 1, "amod", "ADJ", "JJ"),
    ("men", "man", 2, "nsubj", "NOUN", "NNS"),
    ("attempted", "attempt", 2, "ROOT", "VERB", "VBD"),
    ("to", "to", 4, "aux", "PART", "TO"),
    ("block", "block", 2, "xcomp", "VERB", "VB"),
    ("the", "the", 6, "det", "DET", "DT"),
    ("highway", "highway", 4, "dobj", "NOUN", "NN"),
    (".", ".", 2, "punct", "PUNCT", "."),
]


def test_an_attempted_road_block_is_no_blockade():
    """The GUIDE codes armed men's attempt to block a highway and the operation that stopped
    it as one clash: the attempt is not retyped as a blockade."""
    doc = _parse(ATTEMPTED_BLOCK)
    (event,) = armed_blockades([_blocking(doc, 4, (_span(doc, 0, 1),))], doc)
    assert event.type == "PROTEST"


# "Police used tear gas to disperse the protesters ."
USED_GAS = [
    ("Police", "police", 1, "nsubj", "NOUN", "NNS"),
    ("used", "use", 1, "ROOT", "VERB", "VBD"),
    ("tear", "tear", 3, "compound", "NOUN", "NN"),
    ("gas", "gas", 1, "dobj", "NOUN", "NN"),
    ("to", "to", 5, "aux", "PART", "TO"),
    ("disperse", "disperse", 1, "advcl", "VERB", "VB"),
    ("the", "the", 7, "det", "DET", "DT"),
    ("protesters", "protester", 5, "dobj", "NOUN", "NNS"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "Police dispersed the crowd ."
DISPERSED = [
    ("Police", "police", 1, "nsubj", "NOUN", "NNS"),
    ("dispersed", "disperse", 1, "ROOT", "VERB", "VBD"),
    ("the", "the", 3, "det", "DET", "DT"),
    ("crowd", "crowd", 1, "dobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "Police dispersed the crowd using batons ."
DISPERSED_USING = [
    *DISPERSED[:4],
    ("using", "use", 1, "advcl", "VERB", "VBG"),
    ("batons", "baton", 4, "dobj", "NOUN", "NNS"),
    (".", ".", 1, "punct", "PUNCT", "."),
]


@pytest.mark.parametrize(
    ("rows", "at", "act"),
    [
        (USED_GAS, 5, ("ASSAULT", None)),  # the force is the object of "used"
        (DISPERSED_USING, 1, ("ASSAULT", None)),  # the force told on the dispersal
        (DISPERSED, 1, None),  # no force: part of whatever arrests the article tells
    ],
)
def test_a_crowd_dispersed_by_force_is_an_assault(rows, at, act):
    assert material_act(_parse(rows)[at]) == act


# "The bar association announced a strike ."
ANNOUNCED_STRIKE = [
    ("The", "the", 2, "det", "DET", "DT"),
    ("bar", "bar", 2, "compound", "NOUN", "NN"),
    ("association", "association", 3, "nsubj", "NOUN", "NN"),
    ("announced", "announce", 3, "ROOT", "VERB", "VBD"),
    ("a", "a", 5, "det", "DET", "DT"),
    ("strike", "strike", 3, "dobj", "NOUN", "NN"),
    (".", ".", 3, "punct", "PUNCT", "."),
]


def test_an_announced_strike_is_a_protest_and_an_announced_air_strike_is_not():
    assert _is_protest_strike(_parse(ANNOUNCED_STRIKE)[5])
    air = [*ANNOUNCED_STRIKE[:5], ("air", "air", 6, "compound", "NOUN", "NN")]
    air += [
        (w, lemma, h + 1 if h >= 6 else h, d, p, t) for w, lemma, h, d, p, t in ANNOUNCED_STRIKE[5:]
    ]
    assert not _is_protest_strike(_parse(air)[6])
