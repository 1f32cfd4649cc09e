"""Who made an agentless arrest or killing (session 26, issue 15 item 3): a force word in a
heading or a bullet-list item, or one that is itself the victim of its own sentence's act
("militants abducted two policemen"), is not lent as the doer of a later agentless act; a
press office or wire service announcing an arrest ("..., the ISPR said") is not its
arrester, while a police or counter-terrorism body announcing one still is. Unit tests read
hand-built parses (no model)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from dossier.extract.events.roles import (
    _announcer,
    _in_heading,
    _media_wing,
    _victim_force,
    arresting_forces,
)
from tests.test_event_what_r14 import VOCAB

Row = tuple[str, str, int, str, str, str]


def _doc(rows: list[Row], spaces: list[bool] | None = None, orgs: tuple[int, ...] = ()) -> Doc:
    """A parse from rows of (word, lemma, head index, dependency, POS, tag), with the
    tokens at ``orgs`` tagged ORG (one-token names)."""
    words, lemmas, heads, deps, pos, tags = (list(col) for col in zip(*rows, strict=True))
    doc = Doc(
        VOCAB,
        words=words,
        spaces=spaces,
        lemmas=lemmas,
        heads=heads,
        deps=deps,
        pos=pos,
        tags=tags,
    )
    doc.ents = [Span(doc, i, i + 1, label="ORG") for i in orgs]
    return doc


def _announced(body: str) -> list[Row]:
    """ "Two suspects were arrested , the <body> said ." """
    return [
        ("Two", "two", 1, "nummod", "NUM", "CD"),
        ("suspects", "suspect", 3, "nsubjpass", "NOUN", "NNS"),
        ("were", "be", 3, "auxpass", "AUX", "VBD"),
        ("arrested", "arrest", 7, "ccomp", "VERB", "VBN"),
        (",", ",", 7, "punct", "PUNCT", ","),
        ("the", "the", 6, "det", "DET", "DT"),
        (body, body, 7, "nsubj", "PROPN", "NNP"),
        ("said", "say", 7, "ROOT", "VERB", "VBD"),
        (".", ".", 7, "punct", "PUNCT", "."),
    ]


@pytest.mark.unit
def test_a_police_body_announcing_an_arrest_made_it() -> None:
    doc = _doc(_announced("CTD"), orgs=(6,))
    assert [t.text for t in _announcer(doc[3])] == ["CTD"]


@pytest.mark.unit
def test_a_public_relations_office_announcing_an_arrest_did_not_make_it() -> None:
    doc = _doc(_announced("ISPR"), orgs=(6,))
    assert _media_wing(doc[6])
    assert _announcer(doc[3]) == []


@pytest.mark.unit
def test_a_wire_service_announcing_an_arrest_did_not_make_it() -> None:
    doc = _doc(_announced("Reuters"), orgs=(6,))
    assert _announcer(doc[3]) == []


@pytest.mark.unit
def test_an_acronym_is_a_press_office_by_the_name_the_article_spells_out() -> None:
    """ "The Army Media Directorate ( AMD ) spoke . Two suspects were arrested , the AMD
    said .": the acronym's words are the spelled-out name's."""
    opening: list[Row] = [
        ("The", "the", 3, "det", "DET", "DT"),
        ("Army", "army", 3, "compound", "PROPN", "NNP"),
        ("Media", "media", 3, "compound", "PROPN", "NNP"),
        ("Directorate", "directorate", 7, "nsubj", "PROPN", "NNP"),
        ("(", "(", 3, "punct", "PUNCT", "-LRB-"),
        ("AMD", "AMD", 3, "appos", "PROPN", "NNP"),
        (")", ")", 3, "punct", "PUNCT", "-RRB-"),
        ("spoke", "speak", 7, "ROOT", "VERB", "VBD"),
        (".", ".", 7, "punct", "PUNCT", "."),
    ]
    shift = len(opening)
    rows = opening + [(w, lemma, h + shift, d, p, t) for w, lemma, h, d, p, t in _announced("AMD")]
    doc = _doc(rows, orgs=(shift + 6,))
    assert _announcer(doc[shift + 3]) == []
    # the same acronym with no press word spelled out stays the arrester
    plain = _doc(_announced("AMD"), orgs=(6,))
    assert [t.text for t in _announcer(plain[3])] == ["AMD"]


# "Soldiers patrolled .\n• Police recovered\nMilitants abducted policemen . Terrorists were
# killed ."
HEADED: list[Row] = [
    ("Soldiers", "soldier", 1, "nsubj", "NOUN", "NNS"),
    ("patrolled", "patrol", 1, "ROOT", "VERB", "VBD"),
    (".", ".", 1, "punct", "PUNCT", "."),
    ("\n", "\n", 2, "dep", "SPACE", "_SP"),
    ("•", "•", 6, "punct", "PUNCT", "NFP"),
    ("Police", "police", 6, "nsubj", "NOUN", "NNS"),
    ("recovered", "recover", 6, "ROOT", "VERB", "VBD"),
    ("\n", "\n", 6, "dep", "SPACE", "_SP"),
    ("Militants", "militant", 9, "nsubj", "NOUN", "NNS"),
    ("abducted", "abduct", 9, "ROOT", "VERB", "VBD"),
    ("policemen", "policeman", 9, "dobj", "NOUN", "NNS"),
    (".", ".", 9, "punct", "PUNCT", "."),
    ("Terrorists", "terrorist", 14, "nsubjpass", "NOUN", "NNS"),
    ("were", "be", 14, "auxpass", "AUX", "VBD"),
    ("killed", "kill", 14, "ROOT", "VERB", "VBN"),
    (".", ".", 14, "punct", "PUNCT", "."),
]
HEADED_SPACES = [False, False, False, False, True, True, False, False] + [True, True, False] * 1
HEADED_SPACES += [True, True, True, False, False]


@pytest.mark.unit
def test_a_heading_or_a_victim_force_is_not_lent_to_a_later_killing() -> None:
    doc = _doc(HEADED, spaces=HEADED_SPACES)
    soldiers, police, policemen = doc[0], doc[5], doc[10]
    assert _in_heading(police) and not _in_heading(soldiers)
    assert _victim_force(policemen) and not _victim_force(soldiers)
    assert arresting_forces(doc[14], [soldiers, police, policemen]) == [soldiers]
