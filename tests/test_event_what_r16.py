"""What is an event and its modality (session 16): the word lists ``assembly.py`` decides
with are built from ``modality.py``'s (one source of truth); a circumstance is not an act of
its own ("killed while resisting arrest" is no arrest); "seized power" is no COERCE; an act
told through an FIR or a complaint is alleged. Unit tests read hand-built parses (no model);
the end-to-end tests run the pipeline on fictional sentences with real place names."""

from __future__ import annotations

import importlib

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from dossier.extract.events import assembly
from dossier.extract.events.assembly import _wanted

#: the module (the package's name ``modality`` is the function)
modality = importlib.import_module("dossier.extract.events.modality")

#: English's vocabulary without a model: what gives a hand-built token its lower-case form
VOCAB = English().vocab


def _parse(rows: list[tuple[str, str, int, str, str, str]]) -> Doc:
    """A parse from rows of (word, lemma, head index, dependency, POS, tag)."""
    words, lemmas, heads, deps, pos, tags = (list(col) for col in zip(*rows, strict=True))
    return Doc(VOCAB, words=words, lemmas=lemmas, heads=heads, deps=deps, pos=pos, tags=tags)


def _wanted_arrest(verb: str) -> Doc:
    """ "He <verb>ed the arrest of the killers ." with the verb's lemma ``verb``."""
    return _parse(
        [
            ("He", "he", 1, "nsubj", "PRON", "PRP"),
            (verb + "ed", verb, 1, "ROOT", "VERB", "VBD"),
            ("the", "the", 3, "det", "DET", "DT"),
            ("arrest", "arrest", 1, "dobj", "NOUN", "NN"),
            ("of", "of", 3, "prep", "ADP", "IN"),
            ("the", "the", 6, "det", "DET", "DT"),
            ("killers", "killer", 4, "pobj", "NOUN", "NNS"),
            (".", ".", 1, "punct", "PUNCT", "."),
        ]
    )


@pytest.mark.unit
@pytest.mark.parametrize("verb", sorted(modality.DEMANDING - {"call"}))
def test_every_demanding_verb_of_modality_makes_a_wanted_arrest(verb: str) -> None:
    # a verb added to modality's list reaches the incident filter too: one list, not two
    assert _wanted(_wanted_arrest(verb)[3], "COERCE", None)


@pytest.mark.unit
def test_a_verb_outside_the_lists_wants_nothing() -> None:
    assert not _wanted(_wanted_arrest("report")[3], "COERCE", None)


@pytest.mark.unit
def test_assembly_modals_are_modality_s() -> None:
    assert assembly.MODALS == modality.FUTURE | modality.POSSIBLE
    assert assembly.DEONTIC <= modality.HYPOTHETICAL
