"""Labelled events the export missed on unseen text (session 30, issue 15 item 5).

Two shapes that recur in the sets that were blind when first scored:

* a state's restriction told with no act verb of force: "Taliban authorities halted all
  movement in and out of the compound" (check15), "Israeli occupation forces intensified their
  restrictions ... at the checkpoints" (check22), "barred public buses and coaches from
  travelling", "banning public transport from plying the highways" (check23), "blocked all
  network and internet systems" (check21), "blocked Pakistani media outlets" (check23) --
  SANCTION, mode restrict, as "barred Iranian flights" already was; more restrictions told as
  a noun ("intensified restrictions") are COERCE restrict, as "imposed restrictions" is;
* an accusation a side answers is still the other side's accusation: "rejected India's
  allegations linking Pakistan to the incident" (check23), "the false allegations levelled by
  the Indian government against Pakistan" (check21), "India's allegations over the Pahalgam
  attack" (check22) -- an ACCUSE by its owner, asserted, beside the rejection.

A road or traffic blocked by protesters stays their protest, a banned group stays a
proscription, and allegations no one is said to have made stay no event. Unit tests read
hand-built parses (the small model's, written out; no model)."""

from __future__ import annotations

import pytest

from tests.test_event_failures_r29 import _events, _text

pytestmark = pytest.mark.unit

# "Senator Sherry Rehman rejected India 's allegations linking Pakistan to the incident ."
REJECTED_LINKING = [
    ("Senator", "Senator", 2, "compound", "PROPN", "NNP"),
    ("Sherry", "Sherry", 2, "compound", "PROPN", "NNP"),
    ("Rehman", "Rehman", 3, "nsubj", "PROPN", "NNP"),
    ("rejected", "reject", 3, "ROOT", "VERB", "VBD"),
    ("India", "India", 6, "poss", "PROPN", "NNP"),
    ("'s", "'s", 4, "case", "PART", "POS"),
    ("allegations", "allegation", 3, "dobj", "NOUN", "NNS"),
    ("linking", "link", 6, "acl", "VERB", "VBG"),
    ("Pakistan", "Pakistan", 7, "dobj", "PROPN", "NNP"),
    ("to", "to", 7, "prep", "ADP", "IN"),
    ("the", "the", 11, "det", "DET", "DT"),
    ("incident", "incident", 9, "pobj", "NOUN", "NN"),
    (".", ".", 3, "punct", "PUNCT", "."),
]
# "Pakistan rejected the allegations levelled by the Indian government against Pakistan ."
REJECTED_LEVELLED = [
    ("Pakistan", "Pakistan", 1, "nsubj", "PROPN", "NNP"),
    ("rejected", "reject", 1, "ROOT", "VERB", "VBD"),
    ("the", "the", 3, "det", "DET", "DT"),
    ("allegations", "allegation", 1, "dobj", "NOUN", "NNS"),
    ("levelled", "level", 3, "acl", "VERB", "VBN"),
    ("by", "by", 4, "agent", "ADP", "IN"),
    ("the", "the", 8, "det", "DET", "DT"),
    ("Indian", "indian", 8, "amod", "ADJ", "JJ"),
    ("government", "government", 5, "pobj", "NOUN", "NN"),
    ("against", "against", 4, "prep", "ADP", "IN"),
    ("Pakistan", "Pakistan", 9, "pobj", "PROPN", "NNP"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "The Foreign Office rubbished the allegations ."
RUBBISHED = [
    ("The", "the", 2, "det", "DET", "DT"),
    ("Foreign", "Foreign", 2, "compound", "PROPN", "NNP"),
    ("Office", "Office", 3, "nsubj", "PROPN", "NNP"),
    ("rubbished", "rubbish", 3, "ROOT", "VERB", "VBD"),
    ("the", "the", 5, "det", "DET", "DT"),
    ("allegations", "allegation", 3, "dobj", "NOUN", "NNS"),
    (".", ".", 3, "punct", "PUNCT", "."),
]
# "The order barred public buses and coaches from travelling on the highway ."
BARRED_BUSES = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("order", "order", 2, "nsubj", "NOUN", "NN"),
    ("barred", "bar", 2, "ROOT", "VERB", "VBD"),
    ("public", "public", 4, "amod", "ADJ", "JJ"),
    ("buses", "bus", 2, "dobj", "NOUN", "NNS"),
    ("and", "and", 4, "cc", "CCONJ", "CC"),
    ("coaches", "coach", 4, "conj", "NOUN", "NNS"),
    ("from", "from", 2, "prep", "ADP", "IN"),
    ("travelling", "travel", 7, "pcomp", "VERB", "VBG"),
    ("on", "on", 8, "prep", "ADP", "IN"),
    ("the", "the", 11, "det", "DET", "DT"),
    ("highway", "highway", 9, "pobj", "NOUN", "NN"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "The government suspended mobile internet services in Quetta ."
SUSPENDED_INTERNET = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("government", "government", 2, "nsubj", "NOUN", "NN"),
    ("suspended", "suspend", 2, "ROOT", "VERB", "VBD"),
    ("mobile", "mobile", 5, "amod", "ADJ", "JJ"),
    ("internet", "internet", 5, "compound", "NOUN", "NN"),
    ("services", "service", 2, "dobj", "NOUN", "NNS"),
    ("in", "in", 2, "prep", "ADP", "IN"),
    ("Quetta", "Quetta", 6, "pobj", "PROPN", "NNP"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "India blocked Pakistani media outlets ."
BLOCKED_OUTLETS = [
    ("India", "India", 1, "nsubj", "PROPN", "NNP"),
    ("blocked", "block", 1, "ROOT", "VERB", "VBD"),
    ("Pakistani", "pakistani", 4, "amod", "ADJ", "JJ"),
    ("media", "medium", 4, "compound", "NOUN", "NNS"),
    ("outlets", "outlet", 1, "dobj", "NOUN", "NNS"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "It was another channel banned in India ."
CHANNEL_BANNED = [
    ("It", "it", 1, "nsubj", "PRON", "PRP"),
    ("was", "be", 1, "ROOT", "AUX", "VBD"),
    ("another", "another", 3, "det", "DET", "DT"),
    ("channel", "channel", 1, "attr", "NOUN", "NN"),
    ("banned", "ban", 3, "acl", "VERB", "VBN"),
    ("in", "in", 4, "prep", "ADP", "IN"),
    ("India", "India", 5, "pobj", "PROPN", "NNP"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "Protesters blocked traffic on the highway ."
PROTESTERS_BLOCKED = [
    ("Protesters", "protester", 1, "nsubj", "NOUN", "NNS"),
    ("blocked", "block", 1, "ROOT", "VERB", "VBD"),
    ("traffic", "traffic", 1, "dobj", "NOUN", "NN"),
    ("on", "on", 1, "prep", "ADP", "IN"),
    ("the", "the", 5, "det", "DET", "DT"),
    ("highway", "highway", 3, "pobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "The traders blocked the highway , suspending traffic ."
SUSPENDING_TRAFFIC = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("traders", "trader", 2, "nsubj", "NOUN", "NNS"),
    ("blocked", "block", 2, "ROOT", "VERB", "VBD"),
    ("the", "the", 4, "det", "DET", "DT"),
    ("highway", "highway", 2, "dobj", "NOUN", "NN"),
    (",", ",", 2, "punct", "PUNCT", ","),
    ("suspending", "suspend", 2, "advcl", "VERB", "VBG"),
    ("traffic", "traffic", 6, "dobj", "NOUN", "NN"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "Israeli forces intensified their restrictions at the checkpoints ."
INTENSIFIED = [
    ("Israeli", "israeli", 1, "amod", "ADJ", "JJ"),
    ("forces", "force", 2, "nsubj", "NOUN", "NNS"),
    ("intensified", "intensify", 2, "ROOT", "VERB", "VBD"),
    ("their", "their", 4, "poss", "PRON", "PRP$"),
    ("restrictions", "restriction", 2, "dobj", "NOUN", "NNS"),
    ("at", "at", 2, "prep", "ADP", "IN"),
    ("the", "the", 7, "det", "DET", "DT"),
    ("checkpoints", "checkpoint", 5, "pobj", "NOUN", "NNS"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "The government banned the TTP ."
BANNED_GROUP = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("government", "government", 2, "nsubj", "NOUN", "NN"),
    ("banned", "ban", 2, "ROOT", "VERB", "VBD"),
    ("the", "the", 4, "det", "DET", "DT"),
    ("TTP", "TTP", 2, "dobj", "PROPN", "NNP"),
    (".", ".", 2, "punct", "PUNCT", "."),
]


def _told(doc, events):
    return [
        (
            e.type,
            e.mode,
            _text(doc, e.trigger),
            [_text(doc, a) for a in e.actors],
            [_text(doc, t) for t in e.targets],
            e.modality,
        )
        for e in events
    ]


def test_a_rejected_accusation_is_its_owners_accusation_of_whom_it_links():
    doc, events = _events(REJECTED_LINKING, names=[(2, "PERSON"), (4, "GPE"), (8, "GPE")])
    told = _told(doc, events)
    assert ("ACCUSE", "allege", "allegations", ["India"], ["Pakistan"], "asserted") in told
    rejections = [t for t in told if t[0] == "REJECT"]
    assert len(rejections) == 1 and rejections[0][4] == ["India"]


def test_allegations_levelled_by_a_government_against_a_state_are_its_accusation():
    doc, events = _events(REJECTED_LEVELLED, names=[(0, "GPE"), (7, "NORP"), (10, "GPE")])
    accusations = [t for t in _told(doc, events) if t[0] == "ACCUSE"]
    assert len(accusations) == 1
    _, _, trigger, actors, targets, mood = accusations[0]
    assert trigger == "allegations" and mood == "asserted"
    assert any("government" in a for a in actors)
    assert targets == ["Pakistan"]


def test_allegations_no_one_is_said_to_have_made_are_no_accusation():
    doc, events = _events(RUBBISHED, names=[(2, "ORG")])
    assert [t[0] for t in _told(doc, events)] == ["REJECT"]


def test_buses_barred_from_travelling_are_a_restriction_of_movement():
    doc, events = _events(BARRED_BUSES)
    told = _told(doc, events)
    assert [(t[0], t[1], t[2]) for t in told] == [("SANCTION", "restrict", "barred")]
    assert told[0][4] == ["public buses", "coaches"]


def test_internet_services_suspended_are_a_restriction():
    doc, events = _events(SUSPENDED_INTERNET, names=[(7, "GPE")])
    told = _told(doc, events)
    assert [(t[0], t[1], t[2]) for t in told] == [("SANCTION", "restrict", "suspended")]


def test_media_outlets_blocked_by_a_state_are_a_restriction():
    doc, events = _events(BLOCKED_OUTLETS, names=[(0, "GPE"), (2, "NORP")])
    told = _told(doc, events)
    assert [(t[0], t[1], t[3]) for t in told] == [("SANCTION", "restrict", ["India"])]


def test_a_channel_told_banned_by_its_participle_is_the_same_restriction():
    doc, events = _events(CHANNEL_BANNED, names=[(6, "GPE")])
    assert [(t[0], t[1], t[2]) for t in _told(doc, events)] == [("SANCTION", "restrict", "banned")]


def test_traffic_blocked_by_protesters_stays_their_protest():
    doc, events = _events(PROTESTERS_BLOCKED)
    assert [(t[0], t[1]) for t in _told(doc, events)] == [("PROTEST", "obstruct")]


def test_traffic_suspended_by_a_road_block_is_the_block_not_a_restriction():
    doc, events = _events(SUSPENDING_TRAFFIC)
    assert [(t[0], t[2]) for t in _told(doc, events)] == [("PROTEST", "blocked")]


def test_restrictions_intensified_are_restrictions_imposed():
    doc, events = _events(INTENSIFIED, names=[(0, "NORP")])
    told = _told(doc, events)
    assert [(t[0], t[1], t[2]) for t in told] == [("COERCE", "restrict", "intensified")]
    assert told[0][4] == []  # the restrictions are what is imposed, not whom


def test_a_banned_group_stays_a_proscription():
    doc, events = _events(BANNED_GROUP, names=[(4, "ORG")])
    told = _told(doc, events)
    assert [(t[0], t[1]) for t in told] == [("SANCTION", "proscription")]
