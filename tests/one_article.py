"""One article through ``dossier ingest`` into a fresh store, its export's events back.

Why a module: several end-to-end date tests need exactly this (a JSONL of one record with
its publication date, the real pipeline, the real store); one copy keeps them in step."""

from __future__ import annotations

import json
from pathlib import Path


def exported_events(tmp_path: Path, settings, text: str, published: str) -> list[dict]:
    """The export's events for one article ``text`` published on ``published``."""
    from dossier.pipeline.run import run_ingest
    from dossier.query.export import build_export
    from dossier.store import open_store

    corpus = tmp_path / "articles.jsonl"
    record = {"url": "https://example.com/a", "text": text, "published": published}
    corpus.write_text(json.dumps(record) + "\n", encoding="utf-8")
    store = open_store(str(tmp_path / "kb.db"))
    try:
        run_ingest([corpus], store, settings)
        return build_export(store)["events"]
    finally:
        store.close()


def trigger_days(nlp, sentence: str, published: str) -> dict[str, str | None]:
    """Each event trigger of ``sentence`` (parsed by ``nlp``) and the day its own words date
    it to: the rule-level view of the date tests, without a store."""
    from dossier.extract.nlp import analyze_doc
    from dossier.records import Document

    document = Document(id="d", source="s", raw_hash="h", text=sentence, published=published)
    analyzed = analyze_doc(document, nlp(sentence))
    times = {(t.start, t.end): t.value_start for t in analyzed.times}
    return {
        sentence[e.trigger[0] : e.trigger[1]]: times.get(e.time) if e.time else None
        for e in analyzed.events
    }


def hand_built(
    text: str,
    days: dict[str, str],
    events: list[tuple[str, str, str | None]],
    published: str | None,
    dated: dict[str, str] | None = None,
):
    """An analysed document built by hand, for the date rules without a parser: the
    sentences of ``text`` (one a line), each word of ``days`` found in it as that day, and
    one event per (trigger word, type, mode); ``dated``: trigger word -> the words of the
    day its event is dated by."""
    import re

    from dossier.records import AnalyzedDocument, Document, EventMention, Sentence, TimeExpr

    sentences, at = [], 0
    for line in text.split("\n"):
        sentences.append(Sentence(at, at + len(line)))
        at += len(line) + 1

    def sentence_of(offset: int) -> int:
        return next(i for i, s in enumerate(sentences) if s.start <= offset < s.end)

    times = [
        TimeExpr(
            found.start(),
            found.end(),
            found.group(),
            days[found.group()],
            days[found.group()],
            "day",
            sentence_of(found.start()),
        )
        for found in re.finditer("|".join(days), text)
    ]
    told = []
    for word, kind, mode in events:
        start = text.index(word)
        index = sentence_of(start)
        time = None
        if dated and word in dated:
            when = text.index(dated[word])
            time = (when, when + len(dated[word]))
        told.append(
            EventMention(
                kind,
                mode,
                (start, start + len(word)),
                sentences[index].start,
                sentences[index].end,
                index,
                time=time,
            )
        )
    document = Document(id="d", source="s", raw_hash="h", text=text, published=published)
    return AnalyzedDocument(document, sentences, [], times, told)


def rule_context(doc):
    """The event rules' context for a hand-built parse: its entities as the mentions, no
    coreference, no known forces — what the place and role rules see of one sentence."""
    from dossier.extract.events.roles import _Context
    from dossier.records import Mention

    mentions = tuple(
        Mention(e.start_char, e.end_char, e.text, e.label_, e.text.lower(), 0) for e in doc.ents
    )
    return _Context(doc, mentions, (), {}, frozenset(), doc.text, ())
