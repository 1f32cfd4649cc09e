"""SQLite backend: one file, WAL mode, FTS5 full-text index.

Every statement is parameterised; article text never reaches SQL as code.
The connection runs in autocommit mode and ``transaction()`` issues
``BEGIN IMMEDIATE`` so a batch either lands whole or not at all, and a second
writer waits (up to ``busy_timeout``) instead of failing half-way.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dossier.records import AnalyzedDocument, TimeExpr
from dossier.store.base import AliasStat, EntityRow
from dossier.store.summaries import SUMMARY_SCHEMA, SUMMARY_VERSION, SummaryTables

SCHEMA_VERSION = "1"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sources (
    source TEXT NOT NULL, raw_hash TEXT NOT NULL, version INTEGER NOT NULL,
    ingested_at TEXT NOT NULL, PRIMARY KEY (source, raw_hash));
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY, source TEXT NOT NULL, raw_hash TEXT NOT NULL,
    segment INTEGER NOT NULL, version INTEGER NOT NULL, title TEXT, published TEXT,
    author TEXT, outlet TEXT, dateline TEXT, url TEXT, text TEXT NOT NULL,
    removed TEXT NOT NULL, story_id TEXT, ingested_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS documents_story ON documents (story_id);
CREATE TABLE IF NOT EXISTS dedup_keys (
    document_id TEXT PRIMARY KEY, signature BLOB NOT NULL, size INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS sentence_keys (hash INTEGER NOT NULL, document_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS sentence_keys_hash ON sentence_keys (hash);
CREATE TABLE IF NOT EXISTS story_links (
    document_id TEXT NOT NULL, other_id TEXT NOT NULL, reason TEXT NOT NULL,
    PRIMARY KEY (document_id, other_id));
CREATE TABLE IF NOT EXISTS sentences (
    document_id TEXT NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL,
    "end" INTEGER NOT NULL, PRIMARY KEY (document_id, idx));
CREATE TABLE IF NOT EXISTS mentions (
    id INTEGER PRIMARY KEY, document_id TEXT NOT NULL, start INTEGER NOT NULL,
    "end" INTEGER NOT NULL, text TEXT NOT NULL, label TEXT NOT NULL, key TEXT NOT NULL,
    sentence INTEGER NOT NULL, via TEXT NOT NULL, UNIQUE (document_id, start, "end"));
CREATE INDEX IF NOT EXISTS mentions_key ON mentions (key);
CREATE TABLE IF NOT EXISTS entity_keys (
    key TEXT PRIMARY KEY, entity_id TEXT NOT NULL, reason TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS entity_keys_entity ON entity_keys (entity_id);
CREATE TABLE IF NOT EXISTS key_blocks (block TEXT NOT NULL, key TEXT NOT NULL,
    PRIMARY KEY (block, key));
CREATE TABLE IF NOT EXISTS reference_entities (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS reference_names (
    block TEXT NOT NULL, ref_id TEXT NOT NULL, name TEXT NOT NULL,
    PRIMARY KEY (block, ref_id, name));
CREATE TABLE IF NOT EXISTS reference_links (
    key TEXT NOT NULL, ref_id TEXT NOT NULL, reason TEXT NOT NULL, PRIMARY KEY (key, ref_id));
CREATE TABLE IF NOT EXISTS times (
    document_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    value_start TEXT, value_end TEXT, precision TEXT, sentence INTEGER NOT NULL,
    PRIMARY KEY (document_id, start, "end"));
CREATE TABLE IF NOT EXISTS event_mentions (
    id INTEGER PRIMARY KEY, document_id TEXT NOT NULL, event_id TEXT NOT NULL,
    type TEXT NOT NULL, mode TEXT, modality TEXT NOT NULL, sentence INTEGER NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL, date_start TEXT, date_end TEXT, precision TEXT, date_text TEXT,
    location_key TEXT, location_text TEXT);
CREATE INDEX IF NOT EXISTS event_mentions_event ON event_mentions (event_id);
CREATE INDEX IF NOT EXISTS event_mentions_type ON event_mentions (type);
CREATE TABLE IF NOT EXISTS event_args (
    mention_id INTEGER NOT NULL, role TEXT NOT NULL, key TEXT, text TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS event_args_mention ON event_args (mention_id);
CREATE INDEX IF NOT EXISTS event_args_key ON event_args (key);
CREATE TABLE IF NOT EXISTS claim_mentions (
    id INTEGER PRIMARY KEY, document_id TEXT NOT NULL, claim_id TEXT NOT NULL,
    kind TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    sentence INTEGER NOT NULL, speaker_key TEXT, speaker_text TEXT, speaker_start INTEGER,
    speaker_end INTEGER, speaker_role TEXT, cue TEXT, subject_key TEXT, subject_text TEXT,
    qmin REAL, qmax REAL, unit TEXT, hedge TEXT, text_key TEXT NOT NULL DEFAULT '');
CREATE INDEX IF NOT EXISTS claim_mentions_claim ON claim_mentions (claim_id);
CREATE INDEX IF NOT EXISTS claim_mentions_text ON claim_mentions (kind, text_key);
CREATE INDEX IF NOT EXISTS claim_mentions_speaker ON claim_mentions (speaker_key);
CREATE INDEX IF NOT EXISTS claim_mentions_subject ON claim_mentions (subject_key);
CREATE TABLE IF NOT EXISTS pinned_keys (key TEXT PRIMARY KEY, reason TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS curation (
    id INTEGER PRIMARY KEY, action TEXT NOT NULL, subject TEXT NOT NULL,
    object TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entities (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL,
    mention_count INTEGER NOT NULL, document_count INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS entities_rank ON entities (mention_count DESC, id);
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5 (
    document_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2');
"""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class StoreError(RuntimeError):
    """A store problem worth one clear line to the user (locked, disk full…)."""


class SQLiteStore(SummaryTables):
    """The default store. ``path`` is a file name or ``sqlite:///file``.

    Entity pages read per-entity summary tables (:mod:`dossier.store.summaries`)
    that every transaction refreshes for what it wrote, before it commits.
    """

    def __init__(self, path: str | Path, busy_timeout_ms: int = 30_000) -> None:
        self.path = str(path).removeprefix("sqlite:///")
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.executescript(SCHEMA)
            self.conn.executescript(SUMMARY_SCHEMA)
            self.conn.execute(
                "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', ?)",
                (SCHEMA_VERSION,),
            )
            self._init_summaries()
            self._upgrade_summaries()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc

    # -- plumbing ---------------------------------------------------------
    def _upgrade_summaries(self) -> None:
        """Build the summary tables once for a store written before they existed."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'summaries'").fetchone()
        if row is not None and row[0] == SUMMARY_VERSION:
            return
        with self.transaction():
            self.rebuild_summaries()
            self.conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('summaries', ?)",
                (SUMMARY_VERSION,),
            )

    @contextmanager
    def transaction(self) -> Iterator[None]:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(f"database {self.path} is busy or locked: {exc}") from exc
        try:
            yield
            self.flush_summaries()
        except BaseException:
            self._init_summaries()
            self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self.conn.execute("ROLLBACK")
            raise StoreError(f"cannot write to {self.path}: {exc}") from exc

    def close(self) -> None:
        self.conn.close()

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    # -- writes -----------------------------------------------------------
    def known_raw(self, source: str, raw_hash: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM sources WHERE source = ? AND raw_hash = ?", (source, raw_hash)
        ).fetchone()
        return row is not None

    def record_source(self, source: str, raw_hash: str) -> int:
        row = self.conn.execute(
            "SELECT version FROM sources WHERE source = ? AND raw_hash = ?", (source, raw_hash)
        ).fetchone()
        if row:
            return int(row[0])
        latest = self.conn.execute(
            "SELECT COALESCE(MAX(version), 0) FROM sources WHERE source = ?", (source,)
        ).fetchone()[0]
        version = int(latest) + 1
        self.conn.execute(
            "INSERT INTO sources (source, raw_hash, version, ingested_at) VALUES (?, ?, ?, ?)",
            (source, raw_hash, version, _now()),
        )
        return version

    def add_document(self, analyzed: AnalyzedDocument, version: int) -> bool:
        d = analyzed.document
        cursor = self.conn.execute(
            """INSERT OR IGNORE INTO documents (id, source, raw_hash, segment, version, title,
               published, author, outlet, dateline, url, text, removed, story_id, ingested_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                d.id,
                d.source,
                d.raw_hash,
                d.segment,
                version,
                d.title,
                d.published,
                d.author,
                d.outlet,
                d.dateline,
                d.url,
                d.text,
                json.dumps([{"kind": r.kind, "text": r.text} for r in d.removed]),
                d.story_id,
                _now(),
            ),
        )
        if cursor.rowcount == 0:
            return False
        self.conn.executemany(
            'INSERT INTO sentences (document_id, idx, start, "end") VALUES (?, ?, ?, ?)',
            [(d.id, i, s.start, s.end) for i, s in enumerate(analyzed.sentences)],
        )
        self.conn.executemany(
            """INSERT OR IGNORE INTO mentions (document_id, start, "end", text, label, key,
               sentence, via) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                (d.id, m.start, m.end, m.text, m.label, m.key, m.sentence, m.via)
                for m in analyzed.mentions
            ],
        )
        self.conn.execute(
            "INSERT INTO documents_fts (document_id, title, text) VALUES (?, ?, ?)",
            (d.id, d.title or "", d.text),
        )
        self._count_aliases(d.id)
        return True

    def add_times(self, document_id: str, times: Sequence[TimeExpr]) -> None:
        self.conn.executemany(
            """INSERT OR IGNORE INTO times (document_id, start, "end", text, value_start,
               value_end, precision, sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                (
                    document_id,
                    t.start,
                    t.end,
                    t.text,
                    t.value_start,
                    t.value_end,
                    t.precision,
                    t.sentence,
                )
                for t in times
            ],
        )

    def add_event_mention(self, record: dict[str, Any], args: Sequence[dict[str, Any]]) -> int:
        """Store one event report with its argument rows; returns its row id."""
        columns = ", ".join(f'"{c}"' for c in record)
        marks = ", ".join("?" * len(record))
        cursor = self.conn.execute(
            f"INSERT INTO event_mentions ({columns}) VALUES ({marks})", list(record.values())
        )
        mention_id = int(cursor.lastrowid or 0)
        self._dirty_events.add(str(record["event_id"]))
        self.conn.executemany(
            """INSERT INTO event_args (mention_id, role, key, text, start, "end")
               VALUES (?, ?, ?, ?, ?, ?)""",
            [(mention_id, a["role"], a["key"], a["text"], a["start"], a["end"]) for a in args],
        )
        return mention_id

    def add_claim_mention(self, record: dict[str, Any]) -> int:
        columns = ", ".join(f'"{c}"' for c in record)
        marks = ", ".join("?" * len(record))
        cursor = self.conn.execute(
            f"INSERT INTO claim_mentions ({columns}) VALUES ({marks})", list(record.values())
        )
        self._dirty_claims.add(str(record["claim_id"]))
        return int(cursor.lastrowid or 0)

    def set_story(self, document_id: str, story_id: str) -> None:
        self.conn.execute("UPDATE documents SET story_id = ? WHERE id = ?", (story_id, document_id))

    def merge_stories(self, stories: Sequence[str], into: str) -> None:
        self.conn.executemany(
            "UPDATE documents SET story_id = ? WHERE story_id = ?", [(into, s) for s in stories]
        )

    def add_dedup_keys(
        self, document_id: str, signature: bytes, sentences: Sequence[int], size: int
    ) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO dedup_keys (document_id, signature, size) VALUES (?, ?, ?)",
            (document_id, signature, size),
        )
        self.conn.executemany(
            "INSERT INTO sentence_keys (hash, document_id) VALUES (?, ?)",
            [(h, document_id) for h in sentences],
        )

    def add_story_link(self, document_id: str, other_id: str, reason: str) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO story_links (document_id, other_id, reason) VALUES (?, ?, ?)",
            (document_id, other_id, reason),
        )

    def dedup_keys(self) -> Iterator[tuple[str, bytes, list[int], int]]:
        sentences: dict[str, list[int]] = {}
        for row in self.conn.execute("SELECT hash, document_id FROM sentence_keys"):
            sentences.setdefault(row[1], []).append(row[0])
        for row in self.conn.execute("SELECT document_id, signature, size FROM dedup_keys"):
            yield row[0], row[1], sentences.get(row[0], []), row[2]

    def document_text(self, document_id: str) -> str:
        row = self.conn.execute(
            "SELECT text FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        if row is None:
            raise KeyError(document_id)
        return str(row[0])

    def story_of(self, document_ids: Sequence[str]) -> dict[str, tuple[str, int]]:
        """``{document_id: (story_id, insertion order)}`` for stored documents."""
        marks = ",".join("?" * len(document_ids))
        rows = self._all(
            f"SELECT id, story_id, rowid FROM documents WHERE id IN ({marks})", list(document_ids)
        )
        return {r[0]: (r[1], r[2]) for r in rows}

    def map_keys(self, mapping: dict[str, tuple[str, str]]) -> None:
        self._remapped_keys(mapping)
        self.conn.executemany(
            """INSERT INTO entity_keys (key, entity_id, reason) VALUES (?, ?, ?)
               ON CONFLICT (key) DO UPDATE SET entity_id = excluded.entity_id,
               reason = excluded.reason""",
            [(key, entity_id, reason) for key, (entity_id, reason) in mapping.items()],
        )

    def add_blocks(self, key: str, blocks: Sequence[str]) -> None:
        self.conn.executemany(
            "INSERT OR IGNORE INTO key_blocks (block, key) VALUES (?, ?)",
            [(block, key) for block in blocks],
        )

    def merge_entities(self, source: str, target: str, reason: str) -> None:
        self._dirty_entities.add(source)
        self.conn.execute(
            "UPDATE entity_keys SET entity_id = ?, reason = ? || ' <- ' || reason "
            "WHERE entity_id = ?",
            (target, reason, source),
        )
        self.delete_entity(source)

    def delete_entity(self, entity_id: str) -> None:
        self._dirty_entities.add(entity_id)
        self.conn.execute("DELETE FROM entities WHERE id = ?", (entity_id,))

    def pin_key(self, key: str, reason: str) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO pinned_keys (key, reason) VALUES (?, ?)", (key, reason)
        )

    def log_curation(self, action: str, subject: str, obj: str) -> None:
        self.conn.execute(
            "INSERT INTO curation (action, subject, object, created_at) VALUES (?, ?, ?, ?)",
            (action, subject, obj, _now()),
        )

    def add_reference(
        self, ref_id: str, name: str, type: str, data: dict[str, Any], blocks: dict[str, set[str]]
    ) -> None:
        """Store a reference entity and its names under their blocking keys."""
        self.conn.execute(
            "INSERT OR REPLACE INTO reference_entities (id, name, type, data) VALUES (?, ?, ?, ?)",
            (ref_id, name, type, json.dumps(data, ensure_ascii=False)),
        )
        self.conn.execute("DELETE FROM reference_names WHERE ref_id = ?", (ref_id,))
        self.conn.executemany(
            "INSERT OR IGNORE INTO reference_names (block, ref_id, name) VALUES (?, ?, ?)",
            [(block, ref_id, n) for n, keys in blocks.items() for block in keys],
        )

    def link_reference(self, key: str, ref_id: str, reason: str) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO reference_links (key, ref_id, reason) VALUES (?, ?, ?)",
            (key, ref_id, reason),
        )

    def upsert_entities(self, rows: Sequence[EntityRow]) -> None:
        self.conn.executemany(
            """INSERT INTO entities (id, name, type, mention_count, document_count)
               VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name,
               type = excluded.type, mention_count = excluded.mention_count,
               document_count = excluded.document_count""",
            [(r.id, r.name, r.type, r.mention_count, r.document_count) for r in rows],
        )

    # -- reads ------------------------------------------------------------
    def unmapped_keys(self) -> list[str]:
        rows = self._all(
            """SELECT DISTINCT m.key FROM mentions m LEFT JOIN entity_keys k ON k.key = m.key
               WHERE k.key IS NULL ORDER BY m.key"""
        )
        return [r[0] for r in rows]

    def keys_in_blocks(self, blocks: Sequence[str], max_block: int) -> set[str]:
        found: set[str] = set()
        for block in blocks:
            rows = self._all(
                "SELECT key FROM key_blocks WHERE block = ? LIMIT ?", (block, max_block + 1)
            )
            if len(rows) <= max_block:
                found.update(r[0] for r in rows)
        return found

    def key_profiles(self, keys: Sequence[str]) -> dict[str, tuple[str, str]]:
        """``{key: (most common name text, most common label)}`` over named mentions."""
        profiles: dict[str, tuple[str, str]] = {}
        for chunk_start in range(0, len(keys), 500):
            chunk = list(keys[chunk_start : chunk_start + 500])
            marks = ",".join("?" * len(chunk))
            rows = self._all(  # alias counts kept at ingest: no mention is recounted
                f"""SELECT key, text, label, SUM(mentions) AS n FROM key_aliases
                    WHERE key IN ({marks}) AND via <> 'description'
                    GROUP BY key, text, label ORDER BY key, n DESC, text""",
                chunk,
            )
            for row in rows:
                profiles.setdefault(row["key"], (row["text"], row["label"]))
        return profiles

    def reference_candidates(self, blocks: Sequence[str]) -> set[tuple[str, str, str]]:
        """``(ref_id, name, type)`` of reference names sharing a blocking key."""
        found: set[tuple[str, str, str]] = set()
        for block in blocks:
            for row in self._all(
                """SELECT n.ref_id, n.name, r.type FROM reference_names n
                   JOIN reference_entities r ON r.id = n.ref_id WHERE n.block = ?""",
                (block,),
            ):
                found.add((row[0], row[1], row[2]))
        return found

    def reference_names(self) -> list[tuple[str, str]]:
        """``(name, type)`` of every name and alias in the reference lists."""
        names: list[tuple[str, str]] = []
        for row in self._all("SELECT name, type, data FROM reference_entities ORDER BY id"):
            for name in [row["name"], *json.loads(row["data"])["aliases"]]:
                names.append((name, row["type"]))
        return names

    def entity_references(self, entity_id: str) -> list[dict[str, Any]]:
        rows = self._all(
            """SELECT r.id, r.name, r.type, r.data, MIN(l.reason) AS reason FROM entity_keys k
               JOIN reference_links l ON l.key = k.key
               JOIN reference_entities r ON r.id = l.ref_id
               WHERE k.entity_id = ? GROUP BY r.id ORDER BY r.id""",
            (entity_id,),
        )
        return [
            {
                "id": r["id"],
                "name": r["name"],
                "type": r["type"],
                "reason": r["reason"],
                **json.loads(r["data"]),
            }
            for r in rows
        ]

    def linked_entities(self) -> dict[str, list[str]]:
        """``{ref_id: [entity ids whose keys link to it]}``."""
        grouped: dict[str, list[str]] = {}
        for row in self._all(
            """SELECT DISTINCT l.ref_id, k.entity_id FROM reference_links l
               JOIN entity_keys k ON k.key = l.key ORDER BY l.ref_id, k.entity_id"""
        ):
            grouped.setdefault(row[0], []).append(row[1])
        return grouped

    def all_keys(self) -> list[str]:
        return [r[0] for r in self._all("SELECT key FROM entity_keys ORDER BY key")]

    def pinned_keys(self, keys: Sequence[str]) -> set[str]:
        marks = ",".join("?" * len(keys))
        if not keys:
            return set()
        rows = self._all(f"SELECT key FROM pinned_keys WHERE key IN ({marks})", list(keys))
        return {r[0] for r in rows}

    def entity_ids_for_keys(self, keys: Sequence[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for chunk_start in range(0, len(keys), 500):
            chunk = list(keys[chunk_start : chunk_start + 500])
            marks = ",".join("?" * len(chunk))
            for row in self._all(
                f"SELECT key, entity_id FROM entity_keys WHERE key IN ({marks})", chunk
            ):
                found[row["key"]] = row["entity_id"]
        return found

    def keys_like(self, fragment: str, limit: int = 20) -> list[tuple[str, str]]:
        rows = self._all(
            """SELECT k.key, k.entity_id FROM entity_keys k JOIN entities e ON e.id = k.entity_id
               WHERE k.key LIKE ? ESCAPE '\\' ORDER BY e.mention_count DESC, k.key LIMIT ?""",
            (
                "%" + fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%",
                limit,
            ),
        )
        return [(r["key"], r["entity_id"]) for r in rows]

    def alias_stats(self, entity_id: str) -> list[AliasStat]:
        rows = self._all(  # alias counts kept at ingest (key_aliases)
            """SELECT a.key, a.text, a.label, a.via, a.mentions AS n, a.documents AS d
               FROM entity_keys k JOIN key_aliases a ON a.key = k.key WHERE k.entity_id = ?
               ORDER BY n DESC, a.text""",
            (entity_id,),
        )
        return [AliasStat(r["key"], r["text"], r["label"], r["n"], r["d"], r["via"]) for r in rows]

    def entity_document_count(self, entity_id: str) -> int:
        row = self.conn.execute(
            """SELECT COUNT(DISTINCT m.document_id) FROM entity_keys k
               JOIN mentions m ON m.key = k.key WHERE k.entity_id = ?""",
            (entity_id,),
        ).fetchone()
        return int(row[0])

    @staticmethod
    def _entity(row: sqlite3.Row) -> EntityRow:
        return EntityRow(
            row["id"], row["name"], row["type"], row["mention_count"], row["document_count"]
        )

    def entities(
        self, type: str | None = None, limit: int = 50, offset: int = 0
    ) -> list[EntityRow]:
        where, params = ("WHERE type = ?", [type]) if type else ("", [])
        rows = self._all(
            f"""SELECT * FROM entities {where}
                ORDER BY document_count DESC, mention_count DESC, name, id LIMIT ? OFFSET ?""",
            [*params, limit, offset],
        )
        return [self._entity(r) for r in rows]

    def entity(self, entity_id: str) -> EntityRow | None:
        row = self.conn.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
        return self._entity(row) if row else None

    def entity_keys(self, entity_id: str) -> list[tuple[str, str]]:
        rows = self._all(
            "SELECT key, reason FROM entity_keys WHERE entity_id = ? ORDER BY key", (entity_id,)
        )
        return [(r["key"], r["reason"]) for r in rows]

    def entity_mentions(self, entity_id: str, limit: int | None = None) -> list[dict[str, Any]]:
        rows = self._all(
            """SELECT m.document_id, m.start, m."end", m.text, m.label, m.via, d.source, d.title,
                      d.published, s.start AS s_start, s."end" AS s_end,
                      substr(d.text, s.start + 1, s."end" - s.start) AS sentence
               FROM entity_keys k
               JOIN mentions m ON m.key = k.key
               JOIN documents d ON d.id = m.document_id
               JOIN sentences s ON s.document_id = m.document_id AND s.idx = m.sentence
               WHERE k.entity_id = ?
               ORDER BY d.published IS NULL, d.published, d.source, d.segment, m.start
               LIMIT ?""",
            (entity_id, -1 if limit is None else limit),
        )
        return [dict(r) for r in rows]

    def document_mentions(self, document_id: str) -> list[dict[str, Any]]:
        rows = self._all(
            """SELECT m.start, m."end", m.text, m.label, m.via, k.entity_id,
                      e.name AS entity_name, e.type AS entity_type
               FROM mentions m
               LEFT JOIN entity_keys k ON k.key = m.key
               LEFT JOIN entities e ON e.id = k.entity_id
               WHERE m.document_id = ? ORDER BY m.start, m."end" """,
            (document_id,),
        )
        return [dict(r) for r in rows]

    def search(self, match: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
        # rank first (every match must be scored), then build snippets and read
        # documents for the page only: a snippet per match would cost more
        # than the ranking when a word is in most documents
        try:
            # ties by insertion order (rowid): a tie-break on document_id would
            # read the stored row of every match
            ranked = self._all(
                """SELECT rowid, bm25(documents_fts, 0.0, 5.0, 1.0) AS score
                   FROM documents_fts WHERE documents_fts MATCH ?
                   ORDER BY score, rowid LIMIT ? OFFSET ?""",
                (match, limit, offset),
            )
            if not ranked:
                return []
            marks = ",".join("?" * len(ranked))
            hits = {
                r[0]: r
                for r in self._all(
                    f"""SELECT f.rowid, f.document_id, d.source, d.title, d.published,
                               snippet(documents_fts, 2, '[', ']', '…', 16) AS snippet
                        FROM documents_fts f JOIN documents d ON d.id = f.document_id
                        WHERE documents_fts MATCH ? AND f.rowid IN ({marks})""",
                    [match, *(r[0] for r in ranked)],
                )
            }
        except sqlite3.OperationalError as exc:
            raise ValueError(f"invalid search query {match!r}: {exc}") from exc
        return [
            {
                **{k: hits[r[0]][k] for k in ("document_id", "source", "title", "published")},
                "score": r[1],
                "snippet": hits[r[0]]["snippet"],
            }
            for r in ranked
            if r[0] in hits
        ]

    def search_count(self, match: str, cap: int) -> int:
        """How many documents match, counted up to ``cap`` (ranking is not needed
        to count, and a common word matches most of a large store)."""
        try:
            row = self.conn.execute(
                """SELECT COUNT(*) FROM (SELECT 1 FROM documents_fts
                   WHERE documents_fts MATCH ? LIMIT ?) AS hits""",
                (match, cap),
            ).fetchone()
        except sqlite3.OperationalError as exc:
            raise ValueError(f"invalid search query {match!r}: {exc}") from exc
        return int(row[0])

    def documents(self) -> Iterator[dict[str, Any]]:
        cursor = self.conn.execute("SELECT * FROM documents ORDER BY source, version, segment, id")
        for row in cursor:
            record = dict(row)
            record["removed"] = json.loads(record["removed"])
            yield record

    def document(self, document_id: str) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT * FROM documents WHERE id = ?", (document_id,)).fetchone()
        if row is None:
            return None
        record = dict(row)
        record["removed"] = json.loads(record["removed"])
        return record

    def event_mentions(self, where: str = "", params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Event reports (with document, story and arguments resolved to entity ids).

        ``where`` is a fixed SQL condition written by the query layer, never
        user text; values always go through ``params``.
        """
        rows = self._all(
            f"""SELECT m.*, d.story_id, d.source, d.title, d.published, d.outlet,
                       substr(d.text, m.start + 1, m."end" - m.start) AS evidence,
                       lk.entity_id AS location_entity
                FROM event_mentions m JOIN documents d ON d.id = m.document_id
                LEFT JOIN entity_keys lk ON lk.key = m.location_key
                {where} ORDER BY m.id""",
            list(params),
        )
        mentions = [dict(r) for r in rows]
        if not mentions:
            return mentions
        by_id = {m["id"]: m for m in mentions}
        for m in mentions:
            m["args"] = []
        for chunk_start in range(0, len(mentions), 500):
            ids = [m["id"] for m in mentions[chunk_start : chunk_start + 500]]
            marks = ",".join("?" * len(ids))
            for arg in self._all(
                f"""SELECT a.*, k.entity_id FROM event_args a
                    LEFT JOIN entity_keys k ON k.key = a.key
                    WHERE a.mention_id IN ({marks}) ORDER BY a.mention_id, a.start""",
                ids,
            ):
                by_id[arg["mention_id"]]["args"].append(dict(arg))
        return mentions

    def set_event(self, mention_id: int, event_id: str) -> None:
        old = self.conn.execute(
            "SELECT event_id FROM event_mentions WHERE id = ?", (mention_id,)
        ).fetchone()
        self._dirty_events.update([event_id, *(old or [])])
        self.conn.execute(
            "UPDATE event_mentions SET event_id = ? WHERE id = ?", (event_id, mention_id)
        )

    def claim_mentions(self, where: str = "", params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Claim mentions with document, story and speaker/subject entity ids.

        ``where`` is a fixed SQL condition from the query layer; values go
        through ``params``.
        """
        rows = self._all(
            f"""SELECT c.*, d.story_id, d.source, d.title, d.published, d.outlet,
                       sk.entity_id AS speaker_entity, bk.entity_id AS subject_entity
                FROM claim_mentions c JOIN documents d ON d.id = c.document_id
                LEFT JOIN entity_keys sk ON sk.key = c.speaker_key
                LEFT JOIN entity_keys bk ON bk.key = c.subject_key
                {where} ORDER BY c.id""",
            list(params),
        )
        return [dict(r) for r in rows]

    def story_links(self, story_id: str) -> list[dict[str, Any]]:
        rows = self._all(
            """SELECT l.document_id, l.other_id, l.reason FROM story_links l
               JOIN documents d ON d.id = l.document_id WHERE d.story_id = ?
               ORDER BY l.document_id, l.other_id""",
            (story_id,),
        )
        return [dict(r) for r in rows]

    def story_documents(self, story_id: str) -> list[dict[str, Any]]:
        rows = self._all(
            """SELECT id, source, title, published, author, outlet, text FROM documents
               WHERE story_id = ? ORDER BY rowid""",
            (story_id,),
        )
        return [dict(r) for r in rows]

    def stories(self) -> list[dict[str, Any]]:
        rows = self._all(
            """SELECT story_id, id FROM documents WHERE story_id IS NOT NULL
               ORDER BY story_id, rowid"""
        )
        grouped: dict[str, list[str]] = {}
        for row in rows:
            grouped.setdefault(row["story_id"], []).append(row["id"])
        return [
            {"id": story, "document_ids": ids, "representative": ids[0]}
            for story, ids in grouped.items()
        ]

    def counts(self) -> dict[str, Any]:
        one = self.conn.execute
        by_type = {
            r["type"]: r["n"]
            for r in self._all(
                "SELECT type, COUNT(*) AS n FROM entities GROUP BY type ORDER BY n DESC"
            )
        }
        return {
            "events": one("SELECT COUNT(DISTINCT event_id) FROM event_mentions").fetchone()[0],
            "claims": one("SELECT COUNT(DISTINCT claim_id) FROM claim_mentions").fetchone()[0],
            "sources": one("SELECT COUNT(*) FROM sources").fetchone()[0],
            "documents": one("SELECT COUNT(*) FROM documents").fetchone()[0],
            "stories": one("SELECT COUNT(DISTINCT story_id) FROM documents").fetchone()[0],
            "mentions": one("SELECT COUNT(*) FROM mentions").fetchone()[0],
            "entities": sum(by_type.values()),
            "entities_by_type": by_type,
        }
