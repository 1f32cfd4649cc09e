"""The built-in extractors (:data:`dossier.config.EXTRACTORS` names them; see
:mod:`dossier.extract.registry`).

Each is a thin adapter from ``(doc, context)`` to the module that does the work,
so those modules keep their plain function interfaces (tests and benchmarks call
them directly).
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Doc

from dossier.clean.dateline import parse_footer
from dossier.extract import events, nlp, quantities, quotes, timex
from dossier.extract.registry import Context, Facts
from dossier.records import Document


def mentions(doc: Doc, context: Context) -> Facts:
    """Named-entity mentions, titled people the model missed, descriptions ("the
    group") and lone surnames of people named in full; for the knowledge base also the
    dateline's place and the repeats of names the model found once.

    Quotes, events and figures read the sentence's own mentions (``sentence_mentions``):
    a dateline place among a sentence's participants splits one incident into several
    events (eval_events, real articles)."""
    sentence_at = context.sentence_at
    titled = nlp.titled_people(doc, sentence_at)
    named = [
        m
        for m in nlp.split_glued(nlp.mentions_of(doc, sentence_at, context.recased))
        if not any(t.start < m.end and m.start < t.end for t in titled)
    ]
    people = [m for m in named + titled if m.label == "PERSON" and " " in m.key]
    found = (
        named
        + nlp.descriptions_of(doc, sentence_at)
        + titled
        + nlp.lone_surnames(doc, people, sentence_at)
    )
    in_sentences = sorted(found, key=lambda m: m.start)
    found = nlp.dateline_places(context.document, doc, found, sentence_at)
    found = sorted(
        nlp.repeated_names(context.document, doc, found, sentence_at), key=lambda m: m.start
    )
    return Facts(mentions=[*context.mentions, *found], sentence_mentions=in_sentences)


def written_day(document: Document) -> str | None:
    """The day a print edition was written, the evening before the date its footer gives
    ("Published in Dawn, March 11th, 2025" on the March 11 paper: written on March 10), or
    None for a web report. What the reporter counts back from ("two days ago") is that
    evening, not the morning the paper came out (the bench GUIDE's print rule)."""
    published = document.published
    if not published:
        return None
    for removed in document.removed:
        footer = parse_footer(removed.text.strip())
        if footer is not None and footer[1] == published[:10]:
            return (date.fromisoformat(published[:10]) - timedelta(days=1)).isoformat()
    return None


def times(doc: Doc, context: Context) -> Facts:
    """Dates and times in the text, anchored on the publication date (and a print edition's
    counted-back days on the evening it was written)."""
    document = context.document
    return Facts(
        times=timex.find_times(
            doc, document.published, context.sentence_at, written=written_day(document)
        )
    )


def said(doc: Doc, context: Context) -> Facts:
    """Direct and reported speech with its speaker."""
    found = quotes.extract_quotes(doc, context.sentence_mentions, context.sentence_at)
    return Facts(claims=found)


def happened(doc: Doc, context: Context) -> Facts:
    """Events (PLOVER types) with actors, targets, place, time and modality."""
    said = [c for c in context.claims if c.kind != "quantity"]  # their speakers name actors
    found = events.extract_events(
        doc, context.sentence_mentions, context.times, context.sentence_at, said
    )
    return Facts(events=found)


def figures(doc: Doc, context: Context) -> Facts:
    """Figures (casualties, amounts) not already inside a quote of the same sentence."""
    said = [c for c in context.claims if c.kind != "quantity"]
    # without the quotes extractor before it, extract_quantities finds the quotes itself
    found = quantities.extract_quantities(
        doc, context.sentence_mentions, context.sentence_at, said or None
    )
    return Facts(claims=found)
