"""Who did it to whom (session 27, issue 15 item 3), four shapes that recur in unseen
articles: a police officer by his rank ("SHO Rajput said ... were arrested") speaks for the
police force the article names and is no arresting body; those "involved in" an act did it
("five suspects involved in the killing of a trader"); a case registered with no one named
was put on record by the force the article names ("a case was registered against the
driver"); and a bare participle after "with" ("with four activists detained") befell its
noun. Unit tests read hand-built parses (no model)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from dossier.extract.events.assembly import extract_events
from dossier.extract.events.roles import (
    _announcer,
    _police_officer,
    _taking_part,
    arresting_forces,
)
from dossier.records import Mention
from tests.test_event_what_r14 import VOCAB

Row = tuple[str, str, int, str, str, str]


def _doc(rows: list[Row], orgs: tuple[tuple[int, int], ...] = ()) -> Doc:
    """A parse from rows of (word, lemma, head index, dependency, POS, tag), with the token
    ranges ``orgs`` tagged ORG."""
    words, lemmas, heads, deps, pos, tags = (list(col) for col in zip(*rows, strict=True))
    doc = Doc(VOCAB, words=words, lemmas=lemmas, heads=heads, deps=deps, pos=pos, tags=tags)
    doc.ents = [Span(doc, a, b, label="ORG") for a, b in orgs]
    return doc


def _events(
    doc: Doc, mentions: list[Mention] | None = None
) -> list[tuple[str, str, list[str], list[str]]]:
    """(type, trigger, actors, targets) of each event, as text."""
    starts = {s.start_char: n for n, s in enumerate(doc.sents)}
    found = extract_events(doc, mentions or [], [], starts)
    text = doc.text

    def said(span: tuple[int, int]) -> str:
        return text[span[0] : span[1]]

    return [
        (e.type, said(e.trigger), [said(a) for a in e.actors], [said(t) for t in e.targets])
        for e in found
    ]


# "Police raided a house . SHO Rajput said that three people were arrested ."
RANK_ANNOUNCED: list[Row] = [
    ("Police", "police", 1, "nsubj", "NOUN", "NNS"),
    ("raided", "raid", 1, "ROOT", "VERB", "VBD"),
    ("a", "a", 3, "det", "DET", "DT"),
    ("house", "house", 1, "dobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
    ("SHO", "SHO", 6, "compound", "PROPN", "NNP"),
    ("Rajput", "Rajput", 7, "nsubj", "PROPN", "NNP"),
    ("said", "say", 7, "ROOT", "VERB", "VBD"),
    ("that", "that", 12, "mark", "SCONJ", "IN"),
    ("three", "three", 10, "nummod", "NUM", "CD"),
    ("people", "people", 12, "nsubjpass", "NOUN", "NNS"),
    ("were", "be", 12, "auxpass", "AUX", "VBD"),
    ("arrested", "arrest", 7, "ccomp", "VERB", "VBN"),
    (".", ".", 7, "punct", "PUNCT", "."),
]


@pytest.mark.unit
def test_a_police_rank_is_one_officer_not_an_arresting_body() -> None:
    doc = _doc(RANK_ANNOUNCED, orgs=((5, 7),))
    assert _police_officer(doc[6])
    assert _announcer(doc[12]) == []


@pytest.mark.unit
def test_an_arrest_a_police_officer_announces_is_the_police_s() -> None:
    doc = _doc(RANK_ANNOUNCED, orgs=((5, 7),))
    arrests = [e for e in _events(doc) if e[1] == "arrested"]
    assert arrests == [("COERCE", "arrested", ["Police"], ["three people"])]


@pytest.mark.unit
def test_an_agency_announcing_its_arrest_still_made_it() -> None:
    """ "CTD said that three people were arrested": an organisation, not a rank."""
    rows = RANK_ANNOUNCED[5:]
    rows = [(w, lemma, h - 5, d, p, t) for w, lemma, h, d, p, t in rows]
    rows[0] = ("The", "the", 1, "det", "DET", "DT")
    rows[1] = ("CTD", "CTD", 2, "nsubj", "PROPN", "NNP")
    doc = _doc(rows, orgs=((1, 2),))
    assert not _police_officer(doc[1])
    assert [t.text for t in _announcer(doc[7])] == ["CTD"]


# "Police arrested five suspects involved in the killing of a trader ."
INVOLVED: list[Row] = [
    ("Police", "police", 1, "nsubj", "NOUN", "NNS"),
    ("arrested", "arrest", 1, "ROOT", "VERB", "VBD"),
    ("five", "five", 3, "nummod", "NUM", "CD"),
    ("suspects", "suspect", 1, "dobj", "NOUN", "NNS"),
    ("involved", "involve", 3, "acl", "VERB", "VBN"),
    ("in", "in", 4, "prep", "ADP", "IN"),
    ("the", "the", 7, "det", "DET", "DT"),
    ("killing", "killing", 5, "pobj", "NOUN", "NN"),
    ("of", "of", 7, "prep", "ADP", "IN"),
    ("a", "a", 10, "det", "DET", "DT"),
    ("trader", "trader", 8, "pobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]


@pytest.mark.unit
def test_those_involved_in_a_killing_did_it() -> None:
    found = _events(_doc(INVOLVED))
    assert ("ASSAULT", "killing", ["five suspects"], ["a trader"]) in found
    assert ("COERCE", "arrested", ["Police"], ["five suspects"]) in found


@pytest.mark.unit
def test_a_thing_involved_in_an_act_did_not_do_it() -> None:
    """ "Police counted the losses involved in the attack": losses are no one."""
    rows = [
        ("Police", "police", 1, "nsubj", "NOUN", "NNS"),
        ("counted", "count", 1, "ROOT", "VERB", "VBD"),
        ("the", "the", 3, "det", "DET", "DT"),
        ("losses", "loss", 1, "dobj", "NOUN", "NNS"),
        ("involved", "involve", 3, "acl", "VERB", "VBN"),
        ("in", "in", 4, "prep", "ADP", "IN"),
        ("the", "the", 7, "det", "DET", "DT"),
        ("attack", "attack", 5, "pobj", "NOUN", "NN"),
        (".", ".", 1, "punct", "PUNCT", "."),
    ]
    doc = _doc(rows)
    assert _taking_part(doc[4], doc[7]) == []
    doc = _doc(INVOLVED)
    assert [t.text for t in _taking_part(doc[4], doc[7])] == ["suspects"]


# "Police reached the spot and a case was registered against the driver ."
REGISTERED: list[Row] = [
    ("Police", "police", 1, "nsubj", "NOUN", "NNS"),
    ("reached", "reach", 1, "ROOT", "VERB", "VBD"),
    ("the", "the", 3, "det", "DET", "DT"),
    ("spot", "spot", 1, "dobj", "NOUN", "NN"),
    ("and", "and", 1, "cc", "CCONJ", "CC"),
    ("a", "a", 6, "det", "DET", "DT"),
    ("case", "case", 8, "nsubjpass", "NOUN", "NN"),
    ("was", "be", 8, "auxpass", "AUX", "VBD"),
    ("registered", "register", 1, "conj", "VERB", "VBN"),
    ("against", "against", 8, "prep", "ADP", "IN"),
    ("the", "the", 11, "det", "DET", "DT"),
    ("driver", "driver", 9, "pobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]


@pytest.mark.unit
def test_a_case_registered_by_no_one_named_is_the_police_s() -> None:
    found = _events(_doc(REGISTERED))
    assert ("ACCUSE", "registered", ["Police"], ["the driver"]) in found


@pytest.mark.unit
def test_a_case_registered_with_no_force_in_the_article_has_no_made_up_actor() -> None:
    rows = [(w, lemma, h - 5, d, p, t) for w, lemma, h, d, p, t in REGISTERED[5:]]
    rows[3] = ("registered", "register", 3, "ROOT", "VERB", "VBN")
    rows[-1] = (".", ".", 3, "punct", "PUNCT", ".")
    found = _events(_doc(rows))
    assert ("ACCUSE", "registered", [], ["the driver"]) in found


# "She was released with four activists detained ."
WITH_DETAINED: list[Row] = [
    ("She", "she", 2, "nsubjpass", "PRON", "PRP"),
    ("was", "be", 2, "auxpass", "AUX", "VBD"),
    ("released", "release", 2, "ROOT", "VERB", "VBN"),
    ("with", "with", 2, "prep", "ADP", "IN"),
    ("four", "four", 5, "nummod", "NUM", "CD"),
    ("activists", "activist", 6, "nsubj", "NOUN", "NNS"),
    ("detained", "detain", 3, "pcomp", "VERB", "VBN"),
    (".", ".", 2, "punct", "PUNCT", "."),
]


@pytest.mark.unit
def test_a_participle_after_with_befell_its_noun() -> None:
    detained = [e for e in _events(_doc(WITH_DETAINED)) if e[1] == "detained"]
    assert detained == [("COERCE", "detained", [], ["four activists"])]


# "Police arrested the militant involved in the Kabul airport bombing ."
SITE_BOMBED: list[Row] = [
    ("Police", "police", 1, "nsubj", "NOUN", "NNS"),
    ("arrested", "arrest", 1, "ROOT", "VERB", "VBD"),
    ("the", "the", 3, "det", "DET", "DT"),
    ("militant", "militant", 1, "dobj", "NOUN", "NN"),
    ("involved", "involve", 3, "acl", "VERB", "VBN"),
    ("in", "in", 4, "prep", "ADP", "IN"),
    ("the", "the", 9, "det", "DET", "DT"),
    ("Kabul", "Kabul", 9, "compound", "PROPN", "NNP"),
    ("airport", "airport", 9, "compound", "NOUN", "NN"),
    ("bombing", "bombing", 5, "pobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]


@pytest.mark.unit
def test_the_city_of_a_bombed_airport_did_not_bomb_it() -> None:
    """The name before "airport" says where the struck site is; the militant involved in
    the bombing did it."""
    doc = _doc(SITE_BOMBED)
    kabul = doc[7]
    mention = Mention(kabul.idx, kabul.idx + len(kabul), "Kabul", "GPE", "kabul", 0)
    bombings = [e for e in _events(doc, [mention]) if e[1] == "bombing"]
    assert [e[2] for e in bombings] == [["the militant"]]


# "The arrest of the workers for their role in attacks on army installations ."
ARMY_ATTACKED: list[Row] = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("arrest", "arrest", 1, "ROOT", "NOUN", "NN"),
    ("of", "of", 1, "prep", "ADP", "IN"),
    ("the", "the", 4, "det", "DET", "DT"),
    ("workers", "worker", 2, "pobj", "NOUN", "NNS"),
    ("for", "for", 1, "prep", "ADP", "IN"),
    ("their", "their", 7, "poss", "PRON", "PRP$"),
    ("role", "role", 5, "pobj", "NOUN", "NN"),
    ("in", "in", 7, "prep", "ADP", "IN"),
    ("attacks", "attack", 8, "pobj", "NOUN", "NNS"),
    ("on", "on", 9, "prep", "ADP", "IN"),
    ("army", "army", 12, "compound", "NOUN", "NN"),
    ("installations", "installation", 10, "pobj", "NOUN", "NNS"),
    (".", ".", 1, "punct", "PUNCT", "."),
]


@pytest.mark.unit
def test_a_force_whose_posts_were_attacked_did_not_make_the_arrest() -> None:
    doc = _doc(ARMY_ATTACKED)
    army = doc[11]
    assert arresting_forces(doc[1], [army], [doc[4]]) == []
    # the same force outside the charge still made it: "Army" before the arrest's phrase
    assert arresting_forces(doc[1], [doc[0]], [doc[4]]) == [doc[0]]


@pytest.mark.unit
def test_a_force_that_acts_in_the_sentence_still_made_the_arrest() -> None:
    doc = _doc(INVOLVED)
    assert arresting_forces(doc[1], [doc[0]], [doc[3]]) == [doc[0]]


@pytest.mark.unit
def test_the_elements_involved_name_no_doer_but_anti_state_elements_do() -> None:
    """ "Forces traced the elements involved in the attack": "elements" alone is no one."""
    rows = [
        ("Forces", "force", 1, "nsubj", "NOUN", "NNS"),
        ("traced", "trace", 1, "ROOT", "VERB", "VBD"),
        ("the", "the", 4, "det", "DET", "DT"),
        ("anti-state", "anti-state", 4, "amod", "ADJ", "JJ"),
        ("elements", "element", 1, "dobj", "NOUN", "NNS"),
        ("involved", "involve", 4, "acl", "VERB", "VBN"),
        ("in", "in", 5, "prep", "ADP", "IN"),
        ("the", "the", 8, "det", "DET", "DT"),
        ("attack", "attack", 6, "pobj", "NOUN", "NN"),
        (".", ".", 1, "punct", "PUNCT", "."),
    ]
    doc = _doc(rows)
    assert [t.text for t in _taking_part(doc[5], doc[8])] == ["elements"]
    bare = [r for n, r in enumerate(rows) if n != 3]
    bare = [(w, lemma, h - (h > 3), d, p, t) for w, lemma, h, d, p, t in bare]
    doc = _doc(bare)
    assert _taking_part(doc[4], doc[7]) == []
