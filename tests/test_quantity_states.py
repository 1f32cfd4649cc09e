"""What qualifies a counted noun ("held", "freed", "approved" …) joins its unit, so that
figures of people or things in different states are different measures: "more than
9,500 prisoners held" is no dispute of "about 1,900 prisoners to be freed".

No model: the parses are written out by hand (the shapes spaCy's English parser gives
these sentences), so the rule is tested apart from the parser. Names are invented."""

from __future__ import annotations

from dataclasses import dataclass, field

from dossier.extract.quantities import qualifier_of
from dossier.kb.claims import ClaimView, identity_key, relate


@dataclass(eq=False)
class _Tok:
    """The attributes of a spaCy token that :func:`qualifier_of` reads."""

    text: str
    lemma_: str
    pos_: str
    dep_: str
    tag_: str = ""
    head: _Tok | None = None
    children: list[_Tok] = field(default_factory=list)
    conjuncts: tuple[_Tok, ...] = ()

    @property
    def lower_(self) -> str:
        return self.text.lower()


def _parse(rows: list[tuple[str, str, str, str, int]]) -> list[_Tok]:
    """(text, lemma, pos, dep, head index) rows -> linked tokens; tag VBN for verbs."""
    toks = [
        _Tok(t, lemma, pos, dep, "VBN" if pos == "VERB" else "") for t, lemma, pos, dep, _ in rows
    ]
    for tok, row in zip(toks, rows, strict=True):
        tok.head = toks[row[4]]
        if tok.head is not tok:
            tok.head.children.append(tok)
    for tok in toks:
        if tok.dep_ == "conj":
            tok.head.conjuncts = (*tok.head.conjuncts, tok)
            tok.conjuncts = (tok.head,)
    return toks


def test_held_in_prisons():
    # "More than 9,500 prisoners were being held in prisons, he said."
    toks = _parse(
        [
            ("More", "more", "ADJ", "amod", 2),
            ("than", "than", "ADP", "quantmod", 2),
            ("9,500", "9,500", "NUM", "nummod", 3),
            ("prisoners", "prisoner", "NOUN", "nsubjpass", 6),
            ("were", "be", "AUX", "aux", 6),
            ("being", "be", "AUX", "auxpass", 6),
            ("held", "hold", "VERB", "ccomp", 11),
            ("in", "in", "ADP", "prep", 6),
            ("prisons", "prison", "NOUN", "pobj", 7),
            (",", ",", "PUNCT", "punct", 11),
            ("he", "he", "PRON", "nsubj", 11),
            ("said", "say", "VERB", "ROOT", 11),
        ]
    )
    assert qualifier_of(toks[3]) == "held"


def test_to_be_freed_is_released():
    # "About 1,900 prisoners are to be freed." -- freed and released are one act
    toks = _parse(
        [
            ("About", "about", "ADV", "advmod", 1),
            ("1,900", "1,900", "NUM", "nummod", 2),
            ("prisoners", "prisoner", "NOUN", "nsubj", 3),
            ("are", "be", "AUX", "ROOT", 3),
            ("to", "to", "PART", "aux", 6),
            ("be", "be", "AUX", "auxpass", 6),
            ("freed", "free", "VERB", "xcomp", 3),
        ]
    )
    assert qualifier_of(toks[2]) == "released"


def test_in_exchange_for():
    # "... released in exchange for around 1,900 prisoners."
    toks = _parse(
        [
            ("released", "release", "VERB", "ROOT", 0),
            ("in", "in", "ADP", "prep", 0),
            ("exchange", "exchange", "NOUN", "pobj", 1),
            ("for", "for", "ADP", "prep", 2),
            ("1,900", "1,900", "NUM", "nummod", 5),
            ("prisoners", "prisoner", "NOUN", "pobj", 3),
        ]
    )
    assert qualifier_of(toks[5]) == "exchanged"


def test_a_nominal_act_of_a_coordination():
    # "disrupted the processing and relocation of nearly 25,000 migrants"
    toks = _parse(
        [
            ("disrupted", "disrupt", "VERB", "ROOT", 0),
            ("processing", "processing", "NOUN", "dobj", 0),
            ("and", "and", "CCONJ", "cc", 1),
            ("relocation", "relocation", "NOUN", "conj", 1),
            ("of", "of", "ADP", "prep", 1),
            ("25,000", "25,000", "NUM", "nummod", 6),
            ("migrants", "migrant", "NOUN", "pobj", 4),
        ]
    )
    assert qualifier_of(toks[6]) == "relocated"


def test_participle_after_the_noun():
    # "flights for more than 40,000 migrants approved for visas"
    toks = _parse(
        [
            ("flights", "flight", "NOUN", "ROOT", 0),
            ("for", "for", "ADP", "prep", 0),
            ("40,000", "40,000", "NUM", "nummod", 3),
            ("migrants", "migrant", "NOUN", "pobj", 1),
            ("approved", "approve", "VERB", "acl", 3),
            ("for", "for", "ADP", "prep", 4),
            ("visas", "visa", "NOUN", "pobj", 5),
        ]
    )
    assert qualifier_of(toks[3]) == "approved"
    # a casualty participle after the noun counts too, even under another verb:
    # "14 people killed in the raid were buried"
    toks = _parse(
        [
            ("14", "14", "NUM", "nummod", 1),
            ("people", "people", "NOUN", "nsubjpass", 5),
            ("killed", "kill", "VERB", "acl", 1),
            ("in", "in", "ADP", "prep", 2),
            ("were", "be", "AUX", "auxpass", 5),
            ("buried", "bury", "VERB", "ROOT", 5),
        ]
    )
    assert qualifier_of(toks[1]) == "killed"


def test_no_state_no_qualifier():
    # "The camp hosts 3,000 families": nothing about the families' state
    toks = _parse(
        [
            ("camp", "camp", "NOUN", "nsubj", 1),
            ("hosts", "host", "VERB", "ROOT", 1),
            ("3,000", "3,000", "NUM", "nummod", 3),
            ("families", "family", "NOUN", "dobj", 1),
        ]
    )
    assert qualifier_of(toks[3]) is None


def _stock(id: str, low: float, high: float | None, unit: str, story: str) -> ClaimView:
    return ClaimView(
        id=id,
        kind="quantity",
        speaker=None,
        subject="ministry",
        text=id,
        min=low,
        max=high,
        unit=unit,
        hedge="more than" if high is None else "about",
        stories=frozenset([story]),
        key=identity_key(unit, "stock", None),
    )


def test_figures_in_different_states_never_contradict():
    held = _stock("held", 9500, None, "prisoner held", "s1")
    freed = _stock("freed", 1900, 1900, "prisoner released", "s2")
    assert not relate([held, freed])["held"].contradicts
    # the same state told twice, against each other, still does
    freed_too = _stock("freed_too", 5000, 5000, "prisoner released", "s3")
    assert relate([freed, freed_too])["freed"].contradicts == {"freed_too"}
