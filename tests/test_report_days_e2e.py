"""Undated acts dated by their report, end to end: articles in, export out (round 16).

See ``tests/test_report_days.py`` for the rules; the texts are made up.
"""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.nlp


def _exported(tmp_path, settings, text: str, published: str) -> list[dict]:
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


def test_end_to_end_a_dispatch_lead_act_is_the_dispatch_day_or_the_day_before(tmp_path, settings):
    text = (
        "ISLAMABAD, May 28 (APP):A police officer was martyred while another sustained "
        "serious injuries in a shootout with armed robbers near the Velmora station.\n\n"
        "The officer's funeral prayers were offered at the police lines."
    )
    events = _exported(tmp_path, settings, text, "2025-05-28")
    dates = [(e["date"]["start"], e["date"]["end"]) for e in events if e["type"] == "ASSAULT"]
    assert ("2025-05-27", "2025-05-28") in dates, events


def test_end_to_end_a_report_day_the_sentence_gives_bounds_the_act(tmp_path, settings):
    text = (
        "“A joint team arrested the suspect from Tarnok,” read an official statement issued "
        "today by the police in Velmora.\n"
    )
    events = _exported(tmp_path, settings, text, "2025-02-25")
    (arrest,) = [e for e in events if e["type"] == "COERCE"]
    assert (arrest["date"]["start"], arrest["date"]["end"]) == ("2025-02-24", "2025-02-25")
