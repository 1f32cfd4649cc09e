"""Arrests, seizures and blockades (session 26, issue 15 items 3 and 5): an arrest folded with
a seizure of the same incident names the people held, not the goods ("seized 252 SIMs, leading
to the arrest of both shop owners"); an arrest police or an official "claimed that" they made is
asserted, a side's claim alleged; a bare count as an arrest's target stands for the noun the
sentence counted before ("killed three terrorists and arrested nine"); a blockade that names no
one it is imposed on is imposed on its place. Unit tests read hand-built parses (no model)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from dossier.extract.events.assembly import extract_events
from dossier.extract.events.blockades import blockaded_places
from dossier.records import EventMention, Mention
from tests.test_event_what_r14 import _parse

# "Authorities seized 252 SIMs , leading to the arrest of both shop owners ."
SEIZED_LEADING_TO_ARREST = [
    ("Authorities", "authority", 1, "nsubj", "NOUN", "NNS"),
    ("seized", "seize", 1, "ROOT", "VERB", "VBD"),
    ("252", "252", 3, "nummod", "NUM", "CD"),
    ("SIMs", "sim", 1, "dobj", "NOUN", "NNS"),
    (",", ",", 1, "punct", "PUNCT", ","),
    ("leading", "lead", 1, "advcl", "VERB", "VBG"),
    ("to", "to", 5, "prep", "ADP", "IN"),
    ("the", "the", 8, "det", "DET", "DT"),
    ("arrest", "arrest", 6, "pobj", "NOUN", "NN"),
    ("of", "of", 8, "prep", "ADP", "IN"),
    ("both", "both", 12, "det", "DET", "DT"),
    ("shop", "shop", 12, "compound", "NOUN", "NN"),
    ("owners", "owner", 9, "pobj", "NOUN", "NNS"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "Police arrested two suspects and seized weapons ."
ARRESTED_AND_SEIZED = [
    ("Police", "police", 1, "nsubj", "NOUN", "NNS"),
    ("arrested", "arrest", 1, "ROOT", "VERB", "VBD"),
    ("two", "two", 3, "nummod", "NUM", "CD"),
    ("suspects", "suspect", 1, "dobj", "NOUN", "NNS"),
    ("and", "and", 1, "cc", "CCONJ", "CC"),
    ("seized", "seize", 1, "conj", "VERB", "VBN"),
    ("weapons", "weapon", 5, "dobj", "NOUN", "NNS"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "Police seized weapons ."
SEIZED_ONLY = [
    ("Police", "police", 1, "nsubj", "NOUN", "NNS"),
    ("seized", "seize", 1, "ROOT", "VERB", "VBD"),
    ("weapons", "weapon", 1, "dobj", "NOUN", "NNS"),
    (".", ".", 1, "punct", "PUNCT", "."),
]


def _claimed_by(claimer: str, claimer_tag: str) -> list[tuple[str, str, int, str, str, str]]:
    """ "The <claimer> claimed that police arrested two suspects ." """
    return [
        ("The", "the", 1, "det", "DET", "DT"),
        (claimer, claimer, 2, "nsubj", "PROPN", claimer_tag),
        ("claimed", "claim", 2, "ROOT", "VERB", "VBD"),
        ("that", "that", 5, "mark", "SCONJ", "IN"),
        ("police", "police", 5, "nsubj", "NOUN", "NNS"),
        ("arrested", "arrest", 2, "ccomp", "VERB", "VBD"),
        ("two", "two", 7, "nummod", "NUM", "CD"),
        ("suspects", "suspect", 5, "dobj", "NOUN", "NNS"),
        (".", ".", 2, "punct", "PUNCT", "."),
    ]


# "Troops killed three terrorists and arrested nine ."
KILLED_AND_ARRESTED_NINE = [
    ("Troops", "troop", 1, "nsubj", "NOUN", "NNS"),
    ("killed", "kill", 1, "ROOT", "VERB", "VBD"),
    ("three", "three", 3, "nummod", "NUM", "CD"),
    ("terrorists", "terrorist", 1, "dobj", "NOUN", "NNS"),
    ("and", "and", 1, "cc", "CCONJ", "CC"),
    ("arrested", "arrest", 1, "conj", "VERB", "VBD"),
    ("nine", "nine", 5, "dobj", "NUM", "CD"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "Police arrested nine ."
ARRESTED_NINE = [
    ("Police", "police", 1, "nsubj", "NOUN", "NNS"),
    ("arrested", "arrest", 1, "ROOT", "VERB", "VBD"),
    ("nine", "nine", 1, "dobj", "NUM", "CD"),
    (".", ".", 1, "punct", "PUNCT", "."),
]


def _events(rows):
    doc = _parse(rows)
    return doc, extract_events(doc, [], [], {0: 0})


def _text(doc, span):
    return doc.text[span[0] : span[1]]


def _arrests(rows):
    doc, events = _events(rows)
    return doc, [e for e in events if e.type == "COERCE"]


def test_an_arrest_a_seizure_leads_to_names_the_people_held_not_the_goods():
    doc, arrests = _arrests(SEIZED_LEADING_TO_ARREST)
    assert len(arrests) == 1
    assert [_text(doc, t) for t in arrests[0].targets] == ["both shop owners"]
    assert arrests[0].mode == "arrest"
    assert [_text(doc, a) for a in arrests[0].actors] == ["Authorities"]


def test_goods_seized_beside_an_arrest_are_not_its_targets():
    doc, arrests = _arrests(ARRESTED_AND_SEIZED)
    assert len(arrests) == 1
    assert [_text(doc, t) for t in arrests[0].targets] == ["two suspects"]


def test_a_seizure_with_no_arrest_keeps_what_was_seized():
    doc, arrests = _arrests(SEIZED_ONLY)
    assert [(e.mode, [_text(doc, t) for t in e.targets]) for e in arrests] == [
        ("seize", ["weapons"])
    ]


def test_an_arrest_an_officer_claims_is_asserted_a_side_s_claim_alleged():
    _, by_officer = _arrests(_claimed_by("SHO", "NNP"))
    _, by_party = _arrests(_claimed_by("BYC", "NNP"))
    assert [e.modality for e in by_officer] == ["asserted"]
    assert [e.modality for e in by_party] == ["alleged"]


def test_a_bare_count_arrested_stands_for_the_noun_counted_before():
    doc, events = _events(KILLED_AND_ARRESTED_NINE)
    arrest = next(e for e in events if e.type == "COERCE")
    assert [_text(doc, t) for t in arrest.targets] == ["terrorists"]
    killing = next(e for e in events if e.type == "ASSAULT")
    assert [_text(doc, t) for t in killing.targets] == ["three terrorists"]


def test_a_bare_count_with_nothing_counted_before_stays_the_count():
    doc, arrests = _arrests(ARRESTED_NINE)
    assert [[_text(doc, t) for t in e.targets] for e in arrests] == [["nine"]]


# "Israel imposed a blockade in Gaza ."
BLOCKADE_IN_GAZA = [
    ("Israel", "Israel", 1, "nsubj", "PROPN", "NNP"),
    ("imposed", "impose", 1, "ROOT", "VERB", "VBD"),
    ("a", "a", 3, "det", "DET", "DT"),
    ("blockade", "blockade", 1, "dobj", "NOUN", "NN"),
    ("in", "in", 3, "prep", "ADP", "IN"),
    ("Gaza", "Gaza", 4, "pobj", "PROPN", "NNP"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "Militants set up roadblocks in Bolan ."
ROADBLOCKS_IN_BOLAN = [
    ("Militants", "militant", 1, "nsubj", "NOUN", "NNS"),
    ("set", "set", 1, "ROOT", "VERB", "VBD"),
    ("up", "up", 1, "prt", "ADP", "RP"),
    ("roadblocks", "roadblock", 1, "dobj", "NOUN", "NNS"),
    ("in", "in", 3, "prep", "ADP", "IN"),
    ("Bolan", "Bolan", 4, "pobj", "PROPN", "NNP"),
    (".", ".", 1, "punct", "PUNCT", "."),
]


def _restriction(doc, trigger=3, place=5, targets=(), mode="restrict") -> EventMention:
    """A restriction told by ``doc[trigger]`` in ``doc[place]``, imposed by ``doc[0]``."""
    word = doc[trigger]
    where = doc[place]
    return EventMention(
        type="COERCE",
        mode=mode,
        trigger=(word.idx, word.idx + len(word)),
        start=0,
        end=len(doc.text),
        sentence=0,
        actors=((0, len(doc[0])),),
        targets=targets,
        location=(where.idx, where.idx + len(where)),
    )


def test_a_blockade_that_names_no_one_is_imposed_on_its_place():
    doc = _parse(BLOCKADE_IN_GAZA)
    [event] = blockaded_places([_restriction(doc)], doc)
    assert [_text(doc, t) for t in event.targets] == ["Gaza"]


def test_a_blockade_s_named_target_an_unplaced_one_and_other_acts_are_kept():
    doc = _parse(BLOCKADE_IN_GAZA)
    named = _restriction(doc, targets=((0, 6),))
    unplaced = replace(_restriction(doc), location=None)
    arrest = _restriction(doc, mode="arrest")
    assert blockaded_places([named, unplaced, arrest], doc) == [named, unplaced, arrest]


def test_roadblocks_are_no_siege_of_the_district_they_stand_in():
    doc = _parse(ROADBLOCKS_IN_BOLAN)
    roadblocks = _restriction(doc)
    assert blockaded_places([roadblocks], doc) == [roadblocks]


def test_a_blockade_told_in_gaza_is_imposed_on_gaza():
    # "Israel imposed a blockade in Gaza ." with Gaza a place mention
    rows = [
        ("Israel", "Israel", 1, "nsubj", "PROPN", "NNP"),
        ("imposed", "impose", 1, "ROOT", "VERB", "VBD"),
        ("a", "a", 3, "det", "DET", "DT"),
        ("blockade", "blockade", 1, "dobj", "NOUN", "NN"),
        ("in", "in", 3, "prep", "ADP", "IN"),
        ("Gaza", "Gaza", 4, "pobj", "PROPN", "NNP"),
        (".", ".", 1, "punct", "PUNCT", "."),
    ]
    doc = _parse(rows)
    doc.ents = [Span(doc, 0, 1, label="GPE"), Span(doc, 5, 6, label="GPE")]
    mentions = [
        Mention(t.idx, t.idx + len(t), t.text, "GPE", t.text.lower(), 0) for t in (doc[0], doc[5])
    ]
    events = [e for e in extract_events(doc, mentions, [], {0: 0}) if e.type == "COERCE"]
    assert [[_text(doc, t) for t in e.targets] for e in events] == [["Gaza"]]


def test_others_counted_after_the_dead_are_named_by_the_noun_counted():
    # "Two officials were martyred and five others injured ."
    rows = [
        ("Two", "two", 1, "nummod", "NUM", "CD"),
        ("officials", "official", 3, "nsubjpass", "NOUN", "NNS"),
        ("were", "be", 3, "auxpass", "AUX", "VBD"),
        ("martyred", "martyr", 3, "ROOT", "VERB", "VBN"),
        ("and", "and", 3, "cc", "CCONJ", "CC"),
        ("five", "five", 6, "nummod", "NUM", "CD"),
        ("others", "other", 7, "nsubj", "NOUN", "NNS"),
        ("injured", "injure", 3, "conj", "VERB", "VBN"),
        (".", ".", 7, "punct", "PUNCT", "."),
    ]
    doc, events = _events(rows)
    targets = {_text(doc, t) for e in events if e.type == "ASSAULT" for t in e.targets}
    assert "officials" in targets
    assert "five others" not in targets


def test_a_blockade_s_place_inside_its_date_is_no_target():
    # "from March 2" with "March" read as the place: here the place overlaps the act's date
    doc = _parse(BLOCKADE_IN_GAZA)
    dated = replace(_restriction(doc), time=(doc[5].idx - 3, doc[5].idx + 4))
    assert blockaded_places([dated], doc) == [dated]
