"""The write path's indexed lookups return what the plain queries they replace return.

Each lookup here was rewritten so that its cost follows the batch and the keys it
touches rather than the archive (README, "Round 6: the update's write path"); the
plain query is kept in the test as the oracle.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from dossier.store import SQLiteStore


def _oracle_event_candidates(
    store: Any, type: str, keys: list[str], story: str | None, start: str | None, end: str | None
) -> list[int]:
    """The one query with an OR that ``event_candidates`` replaced."""
    marks = ",".join("?" * len(keys))
    shared = f"m.type = ? AND m.id IN (SELECT mention_id FROM event_args WHERE key IN ({marks}))"
    if start and end:
        where = (
            f"{shared} AND ((m.date_start <= ? AND m.date_end >= ?) OR "
            "(m.date_start IS NULL AND d.story_id = ?))"
        )
        params = [type, *keys, end, start, story]
    else:
        where, params = f"{shared} AND d.story_id = ?", [type, *keys, story]
    rows = store._all(
        f"""SELECT m.id FROM event_mentions m JOIN documents d ON d.id = m.document_id
            WHERE {where} ORDER BY m.id""",
        params,
    )
    return [int(r[0]) for r in rows]


def test_event_candidates_are_the_rows_of_the_query_they_replace(seed_store):
    """Every stored report as a probe (its type, its participants' keys, its story and
    days), dated and undated, and with the story of another report: dated overlap,
    undated reports of the story, other types and other participants all kept apart."""
    reports = seed_store._all(
        """SELECT m.id, m.type, m.date_start, m.date_end, d.story_id FROM event_mentions m
           JOIN documents d ON d.id = m.document_id ORDER BY m.id"""
    )
    stories = sorted({r["story_id"] for r in reports if r["story_id"]})
    assert len(stories) > 1
    probes = 0
    found = 0
    for i, report in enumerate(reports):
        keys = sorted(
            {
                r[0]
                for r in seed_store._all(
                    "SELECT key FROM event_args WHERE mention_id = ? AND key IS NOT NULL",
                    (report["id"],),
                )
            }
        )
        if not keys:
            continue
        other_story = stories[i % len(stories)]
        for story in (report["story_id"], other_story, None):
            for start, end in ((report["date_start"], report["date_end"]), (None, None)):
                got = [
                    int(m["id"])
                    for m in seed_store.event_candidates(report["type"], keys, story, start, end)
                ]
                want = _oracle_event_candidates(seed_store, report["type"], keys, story, start, end)
                assert got == want, (report["id"], story, start, end)
                probes += 1
                found += len(got)
    assert probes > 100 and found > probes  # real probes, most finding their own report


def test_unmapped_keys_are_the_keys_with_mentions_and_no_entity(seed_store):
    mapped = [r[0] for r in seed_store._all("SELECT key FROM entity_keys ORDER BY key")]
    unmentioned = "no such name anywhere"
    assert seed_store.unmapped_keys([*mapped[:50], unmentioned]) == []
    assert seed_store.unmapped_keys() == []


def test_unmapped_keys_finds_a_new_key_among_mapped_ones(seed_db_sqlite: Path, tmp_path: Path):
    db = tmp_path / "copy.db"
    shutil.copy(seed_db_sqlite, db)
    store = SQLiteStore(db)
    try:
        mapped = [r[0] for r in store._all("SELECT key FROM entity_keys ORDER BY key")]
        document = store._one("SELECT id FROM documents ORDER BY id")[0]
        with store.transaction():
            store._exec(
                """INSERT INTO mentions (document_id, start, "end", text, label, key, sentence,
                   via) VALUES (?, 0, 1, 'X', 'PERSON', 'a new name', 0, 'ner')""",
                (document,),
            )
        assert store.unmapped_keys([*mapped, "a new name", "never mentioned"]) == ["a new name"]
        assert store.unmapped_keys() == ["a new name"]
    finally:
        store.close()
