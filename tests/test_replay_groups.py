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
