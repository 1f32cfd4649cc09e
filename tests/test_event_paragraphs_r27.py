"""Paragraph breaks end sentences (session 27, issue 15 item 5: events the export missed).

The small model's parser reads across a blank line, so a subheading ran into the first
sentence under it ("Explosions in Kharan\n\nPowerful explosions rocked Kharan town on
Saturday." parsed "explosions" as the object of the heading's "in", and the blast, told
with no one named, was dropped). :func:`paragraph_starts` marks the token after a paragraph
break as a sentence start before the parser runs; the heading, now a sentence of its own,
still tells nothing (:func:`_in_subheading`). Unit tests read hand-built parses (no model);
the nlp test runs the pipeline on a text with a subheading."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dossier.extract.components import paragraph_starts
from dossier.extract.events.assembly import _in_subheading
from tests import hand_parses

#: English lexical attributes (a blank Vocab knows no whitespace), no model
VOCAB = hand_parses.VOCAB  # one blank English vocabulary for every hand-built parse

# "Blast in Quetta\n\nA blast killed two ." as the parser now splits it: two sentences
HEADED = [
    ("Blast", "blast", 0, "ROOT", "NOUN", "NN", True),
    ("in", "in", 0, "prep", "ADP", "IN", False),
    ("Quetta", "Quetta", 1, "pobj", "PROPN", "NNP", False),
    ("\n\n", "\n\n", 2, "dep", "SPACE", "_SP", False),
    ("A", "a", 5, "det", "DET", "DT", True),
    ("blast", "blast", 6, "nsubj", "NOUN", "NN", False),
    ("killed", "kill", 6, "ROOT", "VERB", "VBD", False),
    ("two", "two", 6, "dobj", "NUM", "CD", False),
    (".", ".", 6, "punct", "PUNCT", ".", False),
]


def _doc(rows) -> Doc:
    words, lemmas, heads, deps, pos, tags, starts = (list(c) for c in zip(*rows, strict=True))
    following = [*words[1:], ""]
    spaces = [
        not w.isspace() and bool(n) and not n.isspace() and n != "."
        for w, n in zip(words, following, strict=True)
    ]
    return Doc(
        VOCAB,
        words=words,
        spaces=spaces,
        lemmas=lemmas,
        heads=heads,
        deps=deps,
        pos=pos,
        tags=tags,
        sent_starts=starts,
    )


@pytest.mark.unit
def test_the_token_after_a_paragraph_break_starts_a_sentence():
    doc = Doc(VOCAB, words=["Bannu", "attack", "\n\n", "Police", "said", "\n", "more", "."])
    paragraph_starts(doc)
    assert doc[3].is_sent_start is True  # after the blank line
    assert not doc[6].is_sent_start  # a single line break is no paragraph
    assert not doc[1].is_sent_start


@pytest.mark.unit
def test_a_paragraph_break_at_the_end_marks_nothing():
    doc = Doc(VOCAB, words=["Police", "said", "\n\n"])
    paragraph_starts(doc)
    assert not any(t.is_sent_start for t in doc[1:])


@pytest.mark.unit
def test_a_heading_split_off_as_its_own_sentence_is_still_a_subheading():
    doc = _doc(HEADED)
    text = doc.text
    assert text.startswith("Blast in Quetta\n\nA blast killed two.")
    assert _in_subheading(doc[0], text)  # the heading's "Blast"
    assert not _in_subheading(doc[5], text)  # the sentence under it tells the blast


@pytest.mark.unit
def test_a_sentence_that_ends_its_paragraph_is_no_subheading():
    # "A blast killed two.\n\n": a full sentence before a break, not a heading
    rows = [
        ("A", "a", 1, "det", "DET", "DT", True),
        ("blast", "blast", 2, "nsubj", "NOUN", "NN", False),
        ("killed", "kill", 2, "ROOT", "VERB", "VBD", False),
        ("two", "two", 2, "dobj", "NUM", "CD", False),
        (".", ".", 2, "punct", "PUNCT", ".", False),
        ("\n\n", "\n\n", 2, "dep", "SPACE", "_SP", False),
        ("More", "more", 6, "ROOT", "ADJ", "JJR", True),
    ]
    doc = _doc(rows)
    assert not _in_subheading(doc[1], doc.text)


@pytest.mark.nlp
def test_a_blast_under_a_subheading_is_read_from_its_own_sentence(nlp):
    from dossier.extract.nlp import analyze_doc
    from dossier.records import Document

    text = (
        "Two people were killed in Turbat on Saturday.\n\n"
        "Explosions in Kharan\n\n"
        "Powerful explosions rocked Kharan town on Saturday. No casualties were reported."
    )
    doc = nlp(text)
    heading = text.index("Explosions")
    sentence = text.index("Powerful")
    assert any(s.start_char == sentence for s in doc.sents)
    document = Document(id="d", source="s", raw_hash="h", text=text, published="2025-02-23")
    events = analyze_doc(document, doc).events
    # the blast is told by its own sentence, and the heading above it tells nothing
    assert [e.type for e in events if e.trigger[0] >= sentence] == ["ASSAULT"]
    assert not [e for e in events if heading <= e.trigger[0] < sentence]
