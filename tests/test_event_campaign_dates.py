"""A report whose stated date is a campaign's or a tally's ("resumed its offensive this year")
joins no other article's report: its date overlaps any incident's day. Made-up places, run
through the model and the store."""

from __future__ import annotations

import json

import pytest

from dossier.query.export import build_export

pytestmark = pytest.mark.nlp


def _events(tmp_path, settings, articles):
    from dossier.pipeline.run import run_ingest
    from dossier.store import open_store

    corpus = tmp_path / "articles.jsonl"
    corpus.write_text(
        "".join(
            json.dumps({"url": f"https://example.com/{i}", "text": text, "published": day}) + "\n"
            for i, (text, day) in enumerate(articles)
        ),
        encoding="utf-8",
    )
    store = open_store(str(tmp_path / "kb.db"))
    try:
        run_ingest([corpus], store, settings)
        return build_export(store)
    finally:
        store.close()


def test_a_campaigns_date_does_not_bridge_two_articles(tmp_path, settings):
    january = "Ostrand struck rebel targets in Velmora on Friday, killing a worker."
    april = (
        "Ostrand resumed its offensive in Velmora this year, officials said.\n\n"
        "Ostrand strikes killed 23 people in Velmora on Friday."
    )
    export = _events(tmp_path, settings, [(january, "2025-01-11"), (april, "2025-04-26")])
    published = {d["id"]: d["published"] for d in export["documents"]}
    assaults = [e for e in export["events"] if e["type"] == "ASSAULT"]
    assert assaults
    for event in assaults:
        # no event holds reports of both articles
        assert len({published[s["document_id"]] for s in event["evidence"]}) == 1, event
