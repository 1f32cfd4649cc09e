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
