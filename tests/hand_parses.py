"""Hand-built parses for the event unit tests: a ``Doc`` from (word, head, dependency, part of
speech) rows, with no model, and the place mentions and event places read off it.

Why a module: the per-place tests of sessions 20, 24 and 39 each wrote this same builder and
these readers; one copy keeps them in step."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

from dossier.records import EventMention, Mention

VOCAB = English().vocab


def parse(rows: list[tuple[str, int, str, str]]) -> Doc:
    """A parse from rows of (word, head index, dependency, part of speech)."""
    words, heads, deps, pos = (list(col) for col in zip(*rows, strict=True))
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos)


# (word, lemma, head index, dependency, part of speech, tag, entity IOB)
TaggedRow = tuple[str, str, int, str, str, str, str]


def tagged(rows: list[TaggedRow]) -> Doc:
    """A parse from rows of (word, lemma, head, dependency, POS, tag, entity IOB): the roles
    tests of sessions 39, 40 and 42 each wrote this same builder."""
    words, lemmas, heads, deps, pos, tags, ents = (list(c) for c in zip(*rows, strict=True))
    return Doc(
        VOCAB, words=words, lemmas=lemmas, heads=heads, deps=deps, pos=pos, tags=tags, ents=ents
    )


def event_roles(doc: Doc) -> list[tuple[str, str, list[str], list[str]]]:
    """(type, trigger, actors, targets) of each event extracted from ``doc``, as text: the
    roles tests of sessions 32 and 42 each wrote this same reader."""
    from dossier.extract.events.assembly import extract_events

    starts = {s.start_char: n for n, s in enumerate(doc.sents)}
    text = doc.text

    def said(span: tuple[int, int]) -> str:
        return text[span[0] : span[1]]

    return [
        (e.type, said(e.trigger), [said(a) for a in e.actors], [said(t) for t in e.targets])
        for e in extract_events(doc, [], [], starts)
    ]


def places(doc: Doc, *at: int) -> list[Mention]:
    """GPE mentions of the tokens at the given indexes."""
    return [
        Mention(doc[i].idx, doc[i].idx + len(doc[i]), doc[i].text, "GPE", doc[i].lower_, 0)
        for i in at
    ]


def located(doc: Doc, events: list[EventMention]) -> list[str]:
    """The place text of each located event, in order."""
    return [doc.text[e.location[0] : e.location[1]] for e in events if e.location]
