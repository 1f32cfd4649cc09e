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
    probed: set[int] = set()
    found_self: set[int] = set()
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
        own = seed_store.event_candidates(
            report["type"], keys, report["story_id"], report["date_start"], report["date_end"]
        )
        probed.add(report["id"])
        if report["id"] in {int(m["id"]) for m in own}:
            found_self.add(report["id"])
    # real probes: every report, probed with its own story and days, finds itself (a count of
    # all candidates found, the guard this replaces, moved with how many events the seed
    # corpus yields rather than with the query)
    assert probes > 100 and len(probed) > 20 and found_self == probed


#: what migration 13 derives from the stored reports: a dated report's participant keys
_KEY_DAYS = """SELECT DISTINCT a.key, m.type, m.date_end, m.date_start, m.id
    FROM event_args a JOIN event_mentions m ON m.id = a.mention_id
    WHERE a.key IS NOT NULL AND m.date_start IS NOT NULL AND m.date_end IS NOT NULL"""


def _key_days(store: Any) -> list[tuple[Any, ...]]:
    return sorted(
        tuple(r)
        for r in store._all(
            "SELECT key, type, date_end, date_start, mention_id FROM event_key_days"
        )
    )


def test_event_key_days_written_at_ingest_are_what_the_migration_derives(seed_store):
    """The write path and the migration's backfill agree row for row, with no duplicates."""
    written = _key_days(seed_store)
    assert len(written) > 50
    assert written == sorted(tuple(r) for r in seed_store._all(_KEY_DAYS))


def test_an_older_store_gets_event_key_days_from_its_reports(seed_db_sqlite: Path, tmp_path: Path):
    db = tmp_path / "v12.db"
    shutil.copy(seed_db_sqlite, db)
    store = SQLiteStore(db)
    want = _key_days(store)
    with store.transaction():
        store._exec("DROP TABLE event_key_days")
        store._exec("DELETE FROM schema_version WHERE version >= 13")
    store.close()
    store = SQLiteStore(db)  # migrates to 13 again
    try:
        assert want and _key_days(store) == want
    finally:
        store.close()


def test_event_candidates_are_read_a_page_at_a_time(seed_store, monkeypatch):
    """A report that joins the first earlier report it is compared with reads that page
    only; read to the end, the pages are the candidates, in row order."""
    from dossier.kb import event_reports

    reports = seed_store.event_mentions()
    probe, every = None, []
    for row in reports:
        report = event_reports._report(row)
        keys = sorted({k for e in report.participants for k, _ in seed_store.entity_keys(e)})
        if keys:
            every = seed_store.event_candidates(
                report.type, keys, row["story_id"], report.date_start, report.date_end
            )
        if len(every) >= 3:
            probe = (report, row["story_id"])
            break
    assert probe is not None, "no report with three candidates in the seed store"
    read: list[list[int]] = []
    original = seed_store.event_mentions_by_id

    def counted(ids):
        read.append(list(ids))
        return original(ids)

    monkeypatch.setattr(seed_store, "event_mentions_by_id", counted)
    monkeypatch.setattr(event_reports, "CANDIDATE_PAGE", 2)
    first = next(event_reports._event_candidates(seed_store, *probe))
    assert first["id"] == every[0]["id"] and read == [[m["id"] for m in every[:2]]]
    read.clear()
    assert [m["id"] for m in event_reports._event_candidates(seed_store, *probe)] == [
        m["id"] for m in every
    ]
    assert len(read) == (len(every) + 1) // 2 and all(len(page) <= 2 for page in read)


def test_claim_candidates_are_the_rows_of_the_query_they_replace(seed_store):
    """Every stored claim as a probe, with and without its speaker's keys, in its story
    and another: the ids, then the rows read by id, are those of the one statement the
    id lookup split off."""
    claims = seed_store._all(
        """SELECT c.id, c.kind, c.text_key, c.speaker_key, d.story_id FROM claim_mentions c
           JOIN documents d ON d.id = c.document_id ORDER BY c.id"""
    )
    stories = sorted({c["story_id"] for c in claims if c["story_id"]})
    probes = found = 0
    for i, claim in enumerate(claims):
        keys = [claim["speaker_key"]] if claim["speaker_key"] else None
        for story in (claim["story_id"], stories[i % len(stories)]):
            if keys is None:
                where, params = (
                    "WHERE c.kind = ? AND c.text_key = ? AND c.speaker_key IS NULL",
                    [claim["kind"], claim["text_key"]],
                )
            else:
                where = """WHERE c.kind = ? AND c.speaker_key = ?
                    AND (c.text_key = ? OR d.story_id = ?)"""
                params = [claim["kind"], *keys, claim["text_key"], story]
            want = seed_store._claim_mentions(where, params)
            got = seed_store.claim_candidates(claim["kind"], claim["text_key"], keys, story)
            assert got == want, (claim["id"], story)
            probes += 1
            found += len(got)
    assert probes > 100 and found >= probes  # each finds at least itself


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
