"""One interface for everything read from a parsed document: registered extractors.

An extractor is a callable ``(doc, context) -> Facts`` registered under a name
(spaCy-components style). :func:`run` calls the extractors named in the
configuration (``Settings.extractors``, ``DOSSIER_EXTRACTORS``: which run, and in
which order) over one spaCy ``Doc``; each sees, in ``context``, the facts the
extractors before it found, so order is a dependency order (quotes before the
figures that must not repeat them, mentions before everything that names actors).

Why a registry rather than calls written out in ``nlp.analyze_doc``: the analysis
runs wherever the parse is (worker processes, Ray actors), so a new kind of fact
that needs the parse or the document's context belongs here, and adding one is a
module with the function plus one entry, ``(name, "module:function")``, in
:data:`dossier.config.EXTRACTORS` where its inputs are ready (docs/architecture.md).
Code outside the package (a test, a plug-in) registers with ``@extractor("name")``.

``mentions`` is the one fact later extractors refine (in-document coreference
relabels them): a returned ``mentions`` list *replaces* the current one, and so
does ``sentence_mentions`` (what the sentence-level extractors read). Every other
kind is appended.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from dossier import geo
from dossier.config import EXTRACTORS
from dossier.records import (
    AnalyzedDocument,
    ClaimMention,
    Document,
    EventMention,
    Mention,
    Sentence,
    TimeExpr,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

T = TypeVar("T")

#: in-document coreference (``kb.resolve.corefer``): handed in by the caller, since
#: the knowledge-base stage comes after extraction in the flow
Coreference = Callable[[AnalyzedDocument], AnalyzedDocument]


#: where :func:`doc_text` keeps a document's text in ``Doc.user_data``
_TEXT = "dossier.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per document.

    Why: spaCy rebuilds ``Doc.text`` by joining every token on each access, and
    the extractors read it per candidate place or figure (a dozen times a
    document, about as much CPU as all the rest of the place rules); the text
    of a parsed ``Doc`` never changes, so it is kept in the ``Doc``'s own
    ``user_data``, which lives and dies with the parse.
    """
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def per_token(doc: Doc, name: str, value: Callable[[Token], T]) -> list[T]:
    """``value(token)`` for every token of ``doc``, computed once per parse and kept in
    the ``Doc``'s ``user_data`` under ``name``; index it with ``token.i``.

    Why: spaCy makes a new ``Token`` object on every ``doc[i]`` and every iteration, and
    its string attributes (``lemma_``, ``tag_``, ``lower_``) are looked up in the string
    store on each read, so a rule asked about the same token again and again (the event
    lexicon's lemma: five times a token) pays each time; the parse never changes while
    the extractors read it.
    """
    key = per_token_key(name)
    values = doc.user_data.get(key)
    if values is None:
        values = doc.user_data[key] = [value(t) for t in doc]
    return values


def per_token_key(name: str) -> str:
    """The ``user_data`` key :func:`per_token` keeps ``name``'s values under.

    Why public: a helper asked millions of times a run (the event lexicon's lemma, part of
    speech) reads its list straight from ``token.doc.user_data`` with this key made once,
    and calls :func:`per_token` only when the list is not there yet; a call and a string
    built per question cost as much as the answer."""
    return f"dossier.{name}"


def token_starting(doc: Doc, start: int) -> Token | None:
    """The token of ``doc`` that starts at character ``start``, None where none does.

    Why: the event post-passes (road-blocks, counted incidents, strikes of one side,
    protesters) each find an event's trigger token by its span's start; the map from
    offsets to tokens is built once per parse and kept in the ``Doc``'s ``user_data`` (as
    :func:`per_token` keeps its values), token indices only, so the ``Doc`` still holds
    plain values.
    """
    key = "dossier.token_starting"
    starts = doc.user_data.get(key)
    if starts is None:
        starts = doc.user_data[key] = {t.idx: t.i for t in doc}
    index = starts.get(start)
    return None if index is None else doc[index]


def keep_sentences(doc: Doc) -> list[Span]:
    """``doc.sents`` as a list, with ``Token.sent`` and ``Span.sent`` answered from it for
    the rest of the parse's life (spaCy's ``user_token_hooks`` / ``user_span_hooks``).

    Why: spaCy answers ``token.sent`` by slicing a one-token span, walking the sentence
    starts back and forth from it and slicing again -- a few microseconds a call, and the
    extractors ask it of the same tokens hundreds of times a document. The answer is the
    sentence whose tokens include ``token.i`` (a span: the one its first token is in; an
    empty span at the end: the last), exactly spaCy's, and the boundaries never change
    while the extractors read the parse. A parse with no sentence boundaries raises
    spaCy's own error, as ``doc.sents`` did; a stand-in for a parse with no hooks (a test's
    toy ``Doc``: only ``sents``) is read as it is."""
    spans = list(doc.sents)
    token_hooks = getattr(doc, "user_token_hooks", None)
    span_hooks = getattr(doc, "user_span_hooks", None)
    if token_hooks is None or span_hooks is None:
        return spans
    owner = [0] * (len(doc) + 1)  # sentence of each token; of an empty span at the end too
    for number, sentence in enumerate(spans):
        owner[sentence.start : sentence.end] = [number] * (sentence.end - sentence.start)
    owner[len(doc)] = len(spans) - 1
    token_hooks["sent"] = lambda token: spans[owner[token.i]]
    span_hooks["sent"] = lambda span: spans[owner[span.start]]
    return spans


def forget_sentences(doc: Doc) -> None:
    """Take :func:`keep_sentences`' hooks off ``doc`` once the extractors are done.

    Why: the hooks hold the sentence spans, and each span holds the ``Doc``: left on it,
    they make a reference cycle that keeps every parsed ``Doc`` alive until a full garbage
    collection, which an ingest runs seldom (``pipeline.heap``)."""
    for hooks in (getattr(doc, "user_token_hooks", None), getattr(doc, "user_span_hooks", None)):
        if hooks is not None:
            hooks.pop("sent", None)


@dataclass(slots=True)
class Facts:
    """What one extractor found; empty lists for the kinds it does not produce."""

    mentions: list[Mention] | None = None  # None: unchanged; a list replaces them
    #: the mentions sentence-level extractors (quotes, events, figures) read: the model's
    #: own, without the names added for the knowledge base (a dateline's place, repeats);
    #: None: unchanged
    sentence_mentions: list[Mention] | None = None
    times: list[TimeExpr] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    claims: list[ClaimMention] = field(default_factory=list)
    place_votes: list[geo.PlaceVote] = field(default_factory=list)


@dataclass(slots=True)
class Context:
    """One document and the facts found so far, as the next extractor sees them."""

    document: Document
    sentences: list[Sentence]
    #: sentence index by the sentence's first character
    sentence_at: dict[int, int]
    #: the entities of the text's lines in capitals (``nlp.recased_entities``)
    recased: Sequence[tuple[int, int, str]] = ()
    mentions: list[Mention] = field(default_factory=list)
    sentence_mentions: list[Mention] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    claims: list[ClaimMention] = field(default_factory=list)
    place_votes: list[geo.PlaceVote] = field(default_factory=list)
    coreference: Coreference | None = None

    def add(self, facts: Facts) -> None:
        if facts.mentions is not None:
            self.mentions = facts.mentions
        if facts.sentence_mentions is not None:
            self.sentence_mentions = facts.sentence_mentions
        self.times += facts.times
        self.events += facts.events
        self.claims += facts.claims
        self.place_votes += facts.place_votes

    def analyzed(self) -> AnalyzedDocument:
        """The facts so far as the record later stages take."""
        return AnalyzedDocument(
            self.document,
            self.sentences,
            self.mentions,
            times=self.times,
            events=self.events,
            claims=self.claims,
            place_votes=self.place_votes,
        )


ExtractFn = Callable[["Doc", Context], Facts]


@dataclass(frozen=True, slots=True)
class Extractor:
    name: str
    fn: ExtractFn

    def __call__(self, doc: Doc, context: Context) -> Facts:
        return self.fn(doc, context)


REGISTRY: dict[str, Extractor] = {}


def extractor(name: str) -> Callable[[ExtractFn], ExtractFn]:
    """Register ``fn`` under ``name`` (a decorator); a name is registered once."""

    def register(fn: ExtractFn) -> ExtractFn:
        if name in REGISTRY and REGISTRY[name].fn is not fn:
            raise ValueError(f"extractor {name!r} is registered twice")
        REGISTRY[name] = Extractor(name, fn)
        return fn

    return register


def _configured(name: str) -> Extractor | None:
    """The extractor :data:`EXTRACTORS` names ``name``, its module imported now
    (lazily: the built-ins import spaCy, which a caller running only its own does not need)."""
    where = dict(EXTRACTORS).get(name)
    if where is None:
        return None
    module, _, function = where.partition(":")
    REGISTRY[name] = Extractor(name, getattr(importlib.import_module(module), function))
    return REGISTRY[name]


def pipeline(names: str | Sequence[str]) -> tuple[Extractor, ...]:
    """The extractors ``names`` (a sequence or comma-separated), in that order."""
    wanted = [n.strip() for n in names.split(",")] if isinstance(names, str) else list(names)
    found = [REGISTRY.get(n) or _configured(n) for n in wanted if n]
    unknown = [n for n, e in zip([n for n in wanted if n], found, strict=True) if e is None]
    if unknown:
        known = ", ".join(sorted({*REGISTRY, *dict(EXTRACTORS)}))
        raise ValueError(f"unknown extractor(s) {', '.join(unknown)}; registered: {known}")
    return tuple(e for e in found if e is not None)


def run(
    doc: Doc,
    document: Document,
    extractors: Sequence[Extractor],
    coreference: Coreference | None = None,
    recased: Sequence[tuple[int, int, str]] = (),
) -> AnalyzedDocument:
    """Every extractor over one parsed document, in order; the facts as one record."""
    sentences = [Sentence(s.start_char, s.end_char) for s in keep_sentences(doc)]
    context = Context(
        document,
        sentences,
        {s.start: i for i, s in enumerate(sentences)},
        recased=recased,
        coreference=coreference,
    )
    try:
        for step in extractors:
            context.add(step(doc, context))
    finally:
        forget_sentences(doc)
    return context.analyzed()


# -- extractors that need no parse of their own ----------------------------------
def coreference(doc: Doc, context: Context) -> Facts:
    """In-document coreference (surnames, acronyms, descriptions) when the caller
    supplies it; later extractors (place votes) then see the resolved mentions."""
    if context.coreference is None:
        return Facts()
    resolved = context.coreference(context.analyzed())
    return Facts(mentions=list(resolved.mentions))


def place_votes(doc: Doc, context: Context) -> Facts:
    """One gazetteer vote per place name of the document, in its context; summed in
    the store. Runs here, beside the parse, so that workers do it, not the writer."""
    votes = geo.document_votes(geo.load_gazetteer(), context.analyzed())
    return Facts(place_votes=votes)
