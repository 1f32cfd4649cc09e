"""Replaying the event-group join over a kept store (``bench/replay_groups.py``) starts from
a store that has forgotten every group and lead actor, and nothing else."""

from __future__ import annotations

import pytest

from dossier.store import open_store


@pytest.mark.unit
def test_clear_event_groups_forgets_groups_and_actors_only(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    for doc in ("a", "b"):
        store.set_document_group(
            {"document_id": doc, "event_group": "g", "mention_id": None, "type": None,
             "day": None, "published": "2025-03-12", "thread": "g", "outlet": "dawn"}
        )  # fmt: skip
        store.set_document_actors(doc, [("shehbaz sharif", "2025-03-12")], "2025-03-12")
    store.set_meta("kept", "yes")
    assert len(store.event_group_rows("g")) == 2
    assert store.actor_candidates("sharif", ("2025-03-11", "2025-03-13"))
    store.clear_event_groups()
    assert store.event_group_rows("g") == []
    assert store.document_groups(["a", "b"]) == {}
    assert store.actor_candidates("sharif", ("2025-03-11", "2025-03-13")) == []
    assert store.meta("kept") == "yes"
    store.close()


@pytest.mark.nlp
def test_replay_takes_the_kept_runs_ingest_order_not_the_stores(tmp_path):
    # not in the unit tier: the bench module imports the pipeline (a spaCy model)
    import json
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from bench.replay_groups import ingest_order

    # the store lists by address (ecb0, ecb1, ecb10, ecb2); the run ingested file order
    addresses = ["https://ecb0.x/a", "https://ecb1.x/b", "https://ecb2.x/c", "https://ecb10.x/d"]
    (tmp_path / "articles.jsonl").write_text(
        "".join(json.dumps({"url": a, "text": "t"}) + "\n" for a in addresses)
    )
    stored = [{"id": a[-1], "source": a} for a in sorted(addresses)]
    stored.append({"id": "z", "source": "https://elsewhere.x/z"})  # not listed: last
    assert [d["id"] for d in ingest_order(tmp_path, stored)] == ["a", "b", "c", "d", "z"]
    # no list kept: the store's order
    assert ingest_order(tmp_path / "none", stored) == stored
