"""What the extractors keep per parse (session 29) answers as spaCy answers.

``registry.keep_sentences`` answers ``Token.sent`` and ``Span.sent`` from the sentences
listed once; the event lexicon's part-of-speech tests and lemma are read from lists kept
per parse. Each is compared with spaCy's own answer on a parse built by hand (no model).
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from dossier.extract.events import lexicon
from dossier.extract.registry import keep_sentences

pytestmark = pytest.mark.nlp

WORDS = "Gunmen attacked a convoy . Police said two died . They fled".split()
STARTS = [True, False, False, False, False, True, False, False, False, False, True, False]
POS = ["NOUN", "VERB", "DET", "NOUN", "PUNCT", "PROPN", "VERB", "NUM", "VERB", "PUNCT"]
POS += ["PRON", "AUX"]


def _doc() -> Doc:
    return Doc(Vocab(), words=WORDS, sent_starts=STARTS, pos=POS)


def _bounds(span) -> tuple[int, int]:
    return span.start, span.end


def test_kept_sentences_answer_token_and_span_sent_as_spacy_does():
    plain, kept = _doc(), _doc()
    sentences = keep_sentences(kept)
    assert [_bounds(s) for s in sentences] == [_bounds(s) for s in plain.sents]
    assert "sent" in kept.user_token_hooks and "sent" in kept.user_span_hooks
    for i in range(len(plain)):
        assert _bounds(kept[i].sent) == _bounds(plain[i].sent)
    for start in range(len(plain) + 1):  # every span, the empty ones at the end included
        for end in range(start, len(plain) + 1):
            assert _bounds(kept[start:end].sent) == _bounds(plain[start:end].sent), (start, end)


def test_a_parse_without_sentence_starts_gets_spacy_s_error_and_no_hooks():
    doc = Doc(Vocab(), words=["no", "parse"])
    with pytest.raises(ValueError, match="E030"):
        keep_sentences(doc)
    assert "sent" not in doc.user_token_hooks


def test_lexicon_part_of_speech_and_lemma_read_the_kept_lists():
    doc = _doc()
    assert [lexicon._is_verb(t) for t in doc] == [t.pos_ in ("VERB", "AUX") for t in doc]
    assert [lexicon._is_noun(t) for t in doc] == [t.pos_ in ("NOUN", "PROPN") for t in doc]
    assert [lexicon._lemma(t) for t in doc] == [lexicon._mended_lemma(t) for t in doc]
    # kept where per_token keeps them: a second parse has its own
    assert doc.user_data[lexicon._VERBS][1] is True
    other = Doc(Vocab(), words=["Police"], pos=["PROPN"])
    assert lexicon._is_noun(other[0]) and not lexicon._is_verb(other[0])


def test_run_takes_the_sentence_hooks_off_so_the_parse_is_freed_by_reference_counting():
    import gc
    import weakref

    from dossier.extract import registry
    from dossier.records import Document

    seen: list[tuple[int, int]] = []

    def sentence_of_second_token(doc, context):
        seen.append(_bounds(doc[6].sent))  # answered by the hook while the extractors run
        return registry.Facts()

    doc = _doc()
    document = Document(id="d", source="d.txt", raw_hash="h", text=doc.text)
    step = registry.Extractor("sentence_probe", sentence_of_second_token)
    registry.run(doc, document, [step])
    assert seen == [(5, 10)]
    assert "sent" not in doc.user_token_hooks and "sent" not in doc.user_span_hooks
    gc.disable()  # no collector: only reference counting may free it
    try:
        gone = weakref.ref(doc)
        del doc
        assert gone() is None
    finally:
        gc.enable()
