"""The store's SQL, once, for every backend.

Why one shared implementation: SQLite and PostgreSQL understand the same SQL
for everything the pipeline and the query layer need (``ON CONFLICT`` upserts,
``RETURNING``, joins, ``substr``), so every method body lives here and a
backend only supplies what really differs: how to connect and open a write
transaction, the placeholder style (statements are written with ``?`` and the
PostgreSQL backend rewrites them to ``%s``), the full-text index and its
``search``, and a few spellings (``ROWID``, ``NO_LIMIT``, ``LIKE``). A method
added here works on both backends without a second copy.

Every statement is parameterised; the only SQL assembled with f-strings is
made of code constants (column lists, ``?`` marks, the dialect spellings), never
of user text.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ClassVar, Self

from dossier.records import AnalyzedDocument, TimeExpr
from dossier.store.base import AliasStat, ClaimProbe, EntityRow, StoreBehind
from dossier.store.migrations import LATEST, migrate
from dossier.store.summaries import SUMMARY_VERSION, SummaryTables, _chunks, _marks, _pieces
from dossier.store.workbench import WorkbenchReads

if TYPE_CHECKING:
    from dossier.geo import Place

#: the columns of ``documents`` in their table order (``SELECT *`` would also
#: return a backend's own bookkeeping columns, such as PostgreSQL's ``seq``)
DOCUMENT_COLUMNS = (
    "id, source, raw_hash, segment, version, title, published, author, outlet, dateline, url, "
    "text, removed, story_id, ingested_at"
)

#: ids per ``IN (...)`` list of a batched read (well under SQLite's 32,766
#: parameters and PostgreSQL's 65,535)
_IDS_CHUNK = 500
#: parameters of one statement of :meth:`SQLStore.claim_candidates_of` before it starts
#: another: a document's claims fit one; a speaker with hundreds of keys splits them
CLAIM_PROBE_PARAMETERS = 2_000
#: what tells one mention of the same words from another as a repeat of a claim
#: (:func:`dossier.kb.claim_mentions.store_claims`: the speaker's key, the subject's, the figure)
_REPEAT_COLUMNS = "kind, text_key, speaker_key, subject_key, qmin, qmax, unit"

#: an entity's mentions in the order its page lists them (oldest report first), one per row,
#: with the ``LIMIT ?`` last: shared by the page's read and the resolver's documents-only read
#: so the two keep the same "first N mentions"
_ENTITY_MENTIONS_IN_ORDER = """
    FROM entity_keys k
    JOIN mentions m ON m.key = k.key
    JOIN documents d ON d.id = m.document_id
    JOIN sentences s ON s.document_id = m.document_id AND s.idx = m.sentence
    WHERE k.entity_id = ?
    ORDER BY d.published IS NULL, d.published, d.source, d.segment, m.start
    LIMIT ?"""

#: the schema version that added ``entity_places``, filled in Python where a store reaches it
_ENTITY_PLACES = 18
#: the schema version that added ``place_sets`` and ``measure_spans``, filled where a store
#: reaches it
_KEPT_OVERLAPS = 19
#: the schema version that added ``event_links``, filled where a store reaches it
_EVENT_LINKS = 20

#: feed columns an update may set (names checked here, values parameterised)
_FEED_STATUS = (
    "kind",
    "etag",
    "last_modified",
    "last_fetch",
    "last_status",
    "last_error",
    "items_seen",
    "items_new",
    "items_failed",
)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SQLStore(SummaryTables, WorkbenchReads):
    """Every store method, written once over a DB-API connection.

    Subclasses provide ``_exec``/``_many`` (run one statement; run it for
    many rows), ``transaction``, ``close``, ``search`` and the dialect
    constants below.
    """

    #: dialect name, as used by :mod:`dossier.store.migrations`
    DIALECT: ClassVar[str]
    #: a column that orders ``documents`` by insertion
    ROWID: ClassVar[str]
    #: the ``LIMIT`` value meaning "no limit"
    NO_LIMIT: ClassVar[int | None]
    #: ASCII-case-insensitive pattern match (SQLite's LIKE is; PostgreSQL's is not)
    LIKE: ClassVar[str]
    #: indexes one document for full-text search; parameters (id, title, text)
    FTS_INSERT: ClassVar[str]
    #: the driver's base exception class
    DB_ERROR: ClassVar[type[Exception]]

    # -- plumbing the subclasses provide ------------------------------------
    def _exec(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Run one statement; return a cursor (``fetchone``, ``fetchall``, iteration)."""
        raise NotImplementedError

    def _many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        raise NotImplementedError

    def transaction(self) -> AbstractContextManager[None]:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Close the connection, whatever ended the block (``with open_store(...) as store``)."""
        self.close()

    def close(self) -> None:
        raise NotImplementedError

    def search(
        self, match: str, limit: int = 20, offset: int = 0, budget_ms: int | None = None
    ) -> list[dict[str, Any]]:
        raise NotImplementedError

    # -- shared helpers -----------------------------------------------------
    def _open_schema(self, migrate_data: bool = True) -> None:
        """Bring the schema to the latest version, taking the write lock only
        when there is something to do: opening a store (every API request
        does) must not wait for an ingest batch to commit.

        With ``migrate_data`` false (a read: the API, the web pages, the read
        and export commands) a store holding documents is never migrated: a
        migration's fill or a summary rebuild takes minutes on a large archive,
        and must not run inside whichever request happens to open it first.
        Such a store is refused with a :class:`StoreError` that names
        ``dossier migrate``; an empty or new one is set up as before (there is
        nothing to fill)."""
        try:
            current = int(self._one("SELECT COALESCE(MAX(version), 0) FROM schema_version")[0])
        except self.DB_ERROR:
            current = -1  # no schema_version table yet (connections are autocommit)
        self._init_summaries()
        behind = current != LATEST or (current >= 1 and self._summary_version() != SUMMARY_VERSION)
        if behind and not migrate_data and not self._empty():
            summaries = self._summary_version() if current >= 1 else None
            raise StoreBehind(
                f"the database {getattr(self, 'path', '')} is at schema version {current} "
                f"(summary tables {summaries or 'none'}); this dossier reads version "
                f"{LATEST} (summary tables {SUMMARY_VERSION}). Bring it up to date once with "
                "`dossier migrate` (or any `dossier ingest`): on a large archive that takes "
                "minutes, so a read does not start it",
                current,
                summaries,
            )
        if current != LATEST:
            with self.transaction():
                migrate(self._exec, self.DIALECT, now())
                if 1 <= current < _ENTITY_PLACES:
                    self.fill_entity_places()  # the migration's fill: it needs the gazetteer
                if 1 <= current < _KEPT_OVERLAPS:
                    self.fill_kept_overlaps()
                if 1 <= current < _EVENT_LINKS:
                    self.fill_event_links()
        self._upgrade_summaries()

    def _empty(self) -> bool:
        """Whether the store holds no document (new, or never ingested into):
        setting its schema up fills nothing."""
        try:
            return self._one("SELECT 1 FROM documents LIMIT 1") is None
        except self.DB_ERROR:
            return True  # no documents table yet

    def schema_state(self) -> tuple[int, str | None]:
        """``(schema version, summary tables version)`` of the open store."""
        row = self._one("SELECT COALESCE(MAX(version), 0) FROM schema_version")
        return int(row[0]), self._summary_version()

    def _upgrade_summaries(self) -> None:
        """Build the summary tables (:mod:`dossier.store.summaries`) once for a
        store whose rows were written before they existed or by an older
        version of them; checked again under the write lock."""
        if self._summary_version() == SUMMARY_VERSION:
            return
        with self.transaction():
            if self._summary_version() == SUMMARY_VERSION:
                return  # another process built them while we waited
            self.rebuild_summaries()
            self._exec(
                "INSERT INTO meta (key, value) VALUES ('summaries', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (SUMMARY_VERSION,),
            )

    def _summary_version(self) -> str | None:
        row = self._one("SELECT value FROM meta WHERE key = 'summaries'")
        return str(row[0]) if row else None

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        return list(self._exec(sql, params).fetchall())

    def _one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self._exec(sql, params).fetchone()

    def _insert_id(self, sql: str, params: Sequence[Any]) -> int:
        """Run an INSERT into a table with an ``id`` key; return the new id."""
        return int(self._one(sql + " RETURNING id", params)[0])

    # -- writes -----------------------------------------------------------
    def known_raw(self, source: str, raw_hash: str) -> bool:
        row = self._exec(
            "SELECT 1 FROM sources WHERE source = ? AND raw_hash = ?", (source, raw_hash)
        ).fetchone()
        return row is not None

    def record_source(self, source: str, raw_hash: str) -> int:
        row = self._exec(
            "SELECT version FROM sources WHERE source = ? AND raw_hash = ?", (source, raw_hash)
        ).fetchone()
        if row:
            return int(row[0])
        latest = self._exec(
            "SELECT COALESCE(MAX(version), 0) FROM sources WHERE source = ?", (source,)
        ).fetchone()[0]
        version = int(latest) + 1
        self._exec(
            "INSERT INTO sources (source, raw_hash, version, ingested_at) VALUES (?, ?, ?, ?)",
            (source, raw_hash, version, now()),
        )
        return version

    def add_document(self, analyzed: AnalyzedDocument, version: int) -> bool:
        d = analyzed.document
        cursor = self._exec(
            f"""INSERT INTO documents ({DOCUMENT_COLUMNS})
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (id) DO NOTHING""",
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
                now(),
            ),
        )
        if cursor.rowcount == 0:
            return False
        self._many(
            'INSERT INTO sentences (document_id, idx, start, "end") VALUES (?, ?, ?, ?)',
            [(d.id, i, s.start, s.end) for i, s in enumerate(analyzed.sentences)],
        )
        self._many(
            """INSERT INTO mentions (document_id, start, "end", text, label, key,
               sentence, via) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
            [
                (d.id, m.start, m.end, m.text, m.label, m.key, m.sentence, m.via)
                for m in analyzed.mentions
            ],
        )
        self._exec(self.FTS_INSERT, (d.id, d.title or "", d.text))
        self._count_aliases(d.id)
        self._fresh_documents.append(d.id)
        if d.story_id:
            self._dirty_stories.add(d.story_id)
        return True

    def add_times(self, document_id: str, times: Sequence[TimeExpr]) -> None:
        self._many(
            """INSERT INTO times (document_id, start, "end", text, value_start,
               value_end, precision, sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT DO NOTHING""",
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
        mention_id = self._insert_row("event_mentions", record)
        self._add_event_args(mention_id, record, args)
        return mention_id

    def report_document(self, document_id: str) -> dict[str, Any] | None:
        """The columns of a stored document that each of its event reports carries
        (:meth:`_event_mentions`), and its text: read once for all of its reports by
        :meth:`add_event_report`'s caller."""
        row = self._one(
            "SELECT story_id, source, title, published, outlet, text FROM documents WHERE id = ?",
            (document_id,),
        )
        return dict(row) if row is not None else None

    def add_event_report(
        self,
        record: dict[str, Any],
        args: Sequence[dict[str, Any]],
        document: dict[str, Any],
        entities: dict[str, str | None],
        hold_args: bool = False,
    ) -> dict[str, Any]:
        """:meth:`add_event_mention`, returning the stored row as :meth:`event_mention`
        reads it (``document``: :meth:`report_document` of its document; ``entities``:
        the entity of each of its keys, as :meth:`entity_ids_for_keys` reads it).
        ``hold_args``: write the report's row only; the caller writes its arguments
        later with :meth:`add_event_args_of`, for all of its document's reports at once.

        Why: the fact merging compares each new report with the ones stored before it, as
        rows; reading each row back after its insert cost two statements a report (the
        row with its document, then its arguments). The row is what was written
        (``RETURNING *``: every column, the ones the record leaves out as NULL), and the
        document's columns and its keys' entities as given (the caller reads each once
        for all of the document's reports).
        Arguments come in written order, which :meth:`_event_mentions` sorts by start:
        the two differ only between arguments that start at one offset, which the merge
        reads as sets."""
        if hold_args:
            self._dirty_events.add(str(record["event_id"]))
            insert = self._insert_sql("event_mentions", record) + " RETURNING *"
            row = dict(self._one(insert, list(record.values())))
        else:
            row = self._insert_event_report(record, args)
        text = document["text"]
        row.update({k: document[k] for k in ("story_id", "source", "title", "published", "outlet")})
        row["evidence"] = text[row["start"] : row["end"]]
        row["location_entity"] = entities.get(row["location_key"]) if row["location_key"] else None
        row["args"] = sorted(
            (
                {
                    "mention_id": row["id"],
                    "role": a["role"],
                    "key": a["key"],
                    "text": a["text"],
                    "start": a["start"],
                    "end": a["end"],
                    "entity_id": entities.get(a["key"]) if a["key"] else None,
                }
                for a in args
            ),
            key=lambda a: a["start"],
        )
        return row

    def _insert_event_report(
        self, record: dict[str, Any], args: Sequence[dict[str, Any]]
    ) -> dict[str, Any]:
        """Insert a report, its arguments and its ``event_key_days`` rows; its row as
        written (``RETURNING *``). Three statements here; a backend that can write the
        three tables in one statement does (PostgreSQL: one round trip a report)."""
        insert = self._insert_sql("event_mentions", record) + " RETURNING *"
        row = dict(self._one(insert, list(record.values())))
        self._add_event_args(row["id"], record, args)
        return row

    def add_event_args_of(
        self, reports: Sequence[tuple[int, dict[str, Any], Sequence[dict[str, Any]]]]
    ) -> None:
        """The argument and ``event_key_days`` rows of reports written with
        ``add_event_report(..., hold_args=True)``, as ``(row id, record, args)``: one
        statement for each table, the rows in the order the reports' own statements
        wrote them.

        Why: a document's reports were three statements each (about 4,250 of 200
        articles' 20,700); the fact merging reads its own document's reports from what it
        holds (:class:`dossier.kb.document_reads.DocumentReads`), so their arguments need
        not be in the store before the document's last report is."""
        arg_rows = [
            (mention_id, a["role"], a["key"], a["text"], a["start"], a["end"])
            for mention_id, _record, args in reports
            for a in args
        ]
        if arg_rows:
            self._many(
                """INSERT INTO event_args (mention_id, role, key, text, start, "end")
                   VALUES (?, ?, ?, ?, ?, ?)""",
                arg_rows,
            )
        day_rows = [
            (key, record["type"], record["date_end"], record["date_start"], mention_id)
            for mention_id, record, args in reports
            for key in self._key_days_keys(record, args)
        ]
        if day_rows:
            self._many(
                """INSERT INTO event_key_days (key, type, date_end, date_start, mention_id)
                   VALUES (?, ?, ?, ?, ?)""",
                day_rows,
            )

    def set_events(self, moves: Sequence[tuple[int, str, str]]) -> None:
        """:meth:`set_event` of many reports, as ``(row id, event, its event before)``, in
        one statement (a report written in this transaction: its event before is known)."""
        for _mention_id, event_id, was in moves:
            self._dirty_events.update((event_id, was))
        if moves:
            self._many(
                "UPDATE event_mentions SET event_id = ? WHERE id = ?",
                [(event_id, mention_id) for mention_id, event_id, _was in moves],
            )

    @staticmethod
    def _key_days_keys(record: dict[str, Any], args: Sequence[dict[str, Any]]) -> list[str]:
        """The keys of a report's ``event_key_days`` rows, in first-argument order: its
        arguments' distinct keys when it has both dates (what event_candidates reads), else
        none."""
        if record.get("date_start") is None or record.get("date_end") is None:
            return []
        return [k for k in dict.fromkeys(a["key"] for a in args) if k is not None]

    def _add_event_args(
        self, mention_id: int, record: dict[str, Any], args: Sequence[dict[str, Any]]
    ) -> None:
        """A new report's argument rows and its ``event_key_days`` rows; no statement for
        a report with none."""
        self._dirty_events.add(str(record["event_id"]))
        if args:
            self._many(
                """INSERT INTO event_args (mention_id, role, key, text, start, "end")
                   VALUES (?, ?, ?, ?, ?, ?)""",
                [(mention_id, a["role"], a["key"], a["text"], a["start"], a["end"]) for a in args],
            )
        keys = self._key_days_keys(record, args)
        if keys:  # what event_candidates reads
            start, end = record["date_start"], record["date_end"]
            self._many(
                """INSERT INTO event_key_days (key, type, date_end, date_start, mention_id)
                   VALUES (?, ?, ?, ?, ?)""",
                [(key, record["type"], end, start, mention_id) for key in keys],
            )

    def add_claim_mention(self, record: dict[str, Any]) -> int:
        mention_id = self._insert_row("claim_mentions", record)
        self._dirty_claims.add(str(record["claim_id"]))
        return mention_id

    def add_claim_mentions(self, records: Sequence[dict[str, Any]]) -> None:
        """One ``executemany`` for each run of records with the same columns (one for a
        document's claims, which all have the same), in the order given, so the rows'
        ids ascend as listed -- what inserting them one by one gave."""
        at = 0
        while at < len(records):
            columns = list(records[at])
            run = at + 1
            while run < len(records) and list(records[run]) == columns:
                run += 1
            self._many(
                self._insert_sql("claim_mentions", records[at]),
                [list(r.values()) for r in records[at:run]],
            )
            self._dirty_claims.update(str(r["claim_id"]) for r in records[at:run])
            at = run

    def _insert_row(self, table: str, record: dict[str, Any]) -> int:
        """INSERT one row from a dict; returns its id.

        Column names are the one part of the statement that cannot be a
        parameter, so they are checked against the table's own columns first
        (read once per table from an empty SELECT's description: portable).
        """
        return self._insert_id(self._insert_sql(table, record), list(record.values()))

    def _insert_sql(self, table: str, record: dict[str, Any]) -> str:
        """The INSERT of :meth:`_insert_row`, its columns checked (see there)."""
        known: dict[str, set[str]] = self.__dict__.setdefault("_columns", {})
        if table not in known:
            cursor = self._exec(f"SELECT * FROM {table} LIMIT 0")
            known[table] = {column[0] for column in cursor.description}
        unknown = set(record) - known[table]
        if unknown:
            raise ValueError(f"no such column in {table}: {', '.join(sorted(unknown))}")
        columns = ", ".join(f'"{c}"' for c in record)
        marks = ", ".join("?" * len(record))
        return f"INSERT INTO {table} ({columns}) VALUES ({marks})"

    def set_story(self, document_id: str, story_id: str) -> None:
        old = self._one("SELECT story_id FROM documents WHERE id = ?", (document_id,))
        self._dirty_stories.update(s for s in (story_id, *(old or ())) if s)
        if old and old[0] and old[0] != story_id:
            self._restoried.add(document_id)  # its events' stories change (event_links)
        self._exec("UPDATE documents SET story_id = ? WHERE id = ?", (story_id, document_id))

    def merge_stories(self, stories: Sequence[str], into: str) -> None:
        self._dirty_stories.update([*stories, into])
        moved = sorted(set(stories) - {into})
        for chunk in _pieces(moved, _IDS_CHUNK):
            self._restoried.update(
                r[0]
                for r in self._all(
                    f"SELECT id FROM documents WHERE story_id IN ({_marks(chunk)})",
                    chunk,
                )
            )
        self._many(
            "UPDATE documents SET story_id = ? WHERE story_id = ?", [(into, s) for s in stories]
        )

    def add_dedup_keys(
        self, document_id: str, signature: bytes, sentences: Sequence[int], size: int
    ) -> None:
        self._exec(
            """INSERT INTO dedup_keys (document_id, signature, size) VALUES (?, ?, ?)
               ON CONFLICT (document_id) DO UPDATE SET signature = excluded.signature,
               size = excluded.size""",
            (document_id, signature, size),
        )
        self._many(
            "INSERT INTO sentence_keys (hash, document_id) VALUES (?, ?)",
            [(h, document_id) for h in sentences],
        )

    def add_story_link(self, document_id: str, other_id: str, reason: str) -> None:
        self._exec(
            """INSERT INTO story_links (document_id, other_id, reason) VALUES (?, ?, ?)
               ON CONFLICT (document_id, other_id) DO UPDATE SET reason = excluded.reason""",
            (document_id, other_id, reason),
        )

    def set_document_group(self, record: dict[str, Any]) -> None:
        self._exec(
            """INSERT INTO document_groups (document_id, event_group, mention_id, type, day,
                   published, location, places, figures, thread, regions, outlet, telling,
                   said, ages)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (document_id) DO UPDATE SET event_group = excluded.event_group,
               mention_id = excluded.mention_id, type = excluded.type, day = excluded.day,
               published = excluded.published, location = excluded.location,
               places = excluded.places, thread = excluded.thread,
               regions = excluded.regions, outlet = excluded.outlet,
               telling = excluded.telling, said = excluded.said,
               figures = excluded.figures, ages = excluded.ages""",
            (
                record["document_id"],
                record["event_group"],
                record.get("mention_id"),
                record.get("type"),
                record.get("day"),
                record.get("published"),
                record.get("location"),
                record.get("places"),
                record.get("figures"),
                record.get("thread"),
                record.get("regions"),
                record.get("outlet"),
                record.get("telling"),
                record.get("said"),
                record.get("ages"),
            ),
        )

    def clear_event_groups(self) -> None:
        self._exec("DELETE FROM document_groups")
        self._exec("DELETE FROM document_actors")

    def document_groups(self, document_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        for chunk in _pieces(document_ids):
            marks = _marks(chunk)
            for row in self._all(
                f"SELECT * FROM document_groups WHERE document_id IN ({marks})", chunk
            ):
                found[row["document_id"]] = dict(row)
        return found

    def incident_candidates(self, type: str, day_range: tuple[str, str]) -> list[dict[str, Any]]:
        rows = self._all(
            "SELECT * FROM document_groups WHERE type = ? AND day BETWEEN ? AND ?",
            [type, *day_range],
        )
        return [dict(r) for r in rows]

    def undated_incident_candidates(self, type: str) -> list[dict[str, Any]]:
        rows = self._all("SELECT * FROM document_groups WHERE type = ? AND day IS NULL", [type])
        return [dict(r) for r in rows]

    def set_document_actors(
        self, document_id: str, actors: Sequence[tuple[str, str | None]], published: str | None
    ) -> None:
        self._exec("DELETE FROM document_actors WHERE document_id = ?", (document_id,))
        self._many(
            """INSERT INTO document_actors (document_id, actor, actor_key, published, day)
               VALUES (?, ?, ?, ?, ?) ON CONFLICT (document_id, actor) DO NOTHING""",
            [(document_id, a, a.split()[-1], published, day) for a, day in actors],
        )

    def actor_candidates(self, actor_key: str, published: tuple[str, str]) -> list[dict[str, Any]]:
        rows = self._all(
            """SELECT g.*, a.actor, a.day AS acted FROM document_actors a
               JOIN document_groups g ON g.document_id = a.document_id
               WHERE a.actor_key = ? AND a.published BETWEEN ? AND ?""",
            [actor_key, *published],
        )
        return [dict(r) for r in rows]

    def undated_actor_candidates(self, actor_key: str) -> list[dict[str, Any]]:
        rows = self._all(
            """SELECT g.*, a.actor FROM document_actors a
               JOIN document_groups g ON g.document_id = a.document_id
               WHERE a.actor_key = ? AND a.published IS NULL""",
            [actor_key],
        )
        return [dict(r) for r in rows]

    def outlet_day_rows(self, outlet: str, day: str) -> list[dict[str, Any]]:
        rows = self._all(
            "SELECT * FROM document_groups WHERE outlet = ? AND published = ?", (outlet, day)
        )
        return [dict(r) for r in rows]

    def story_group_rows(self, story_id: str) -> list[dict[str, Any]]:
        rows = self._all(
            """SELECT g.* FROM documents d JOIN document_groups g ON g.document_id = d.id
               WHERE d.story_id = ?""",
            (story_id,),
        )
        return [dict(r) for r in rows]

    def event_group_rows(self, group: str) -> list[dict[str, Any]]:
        # with the story of each row's document: complete linkage counts a story once
        # (event_groups._linked), and reading it here spares a read per candidate group
        rows = self._all(
            """SELECT g.*, d.story_id AS story_id FROM document_groups g
               LEFT JOIN documents d ON d.id = g.document_id WHERE g.event_group = ?""",
            (group,),
        )
        return [dict(r) for r in rows]

    def thread_start(self, thread: str) -> str | None:
        row = self._one(
            "SELECT MIN(published) AS first FROM document_groups WHERE thread = ?", (thread,)
        )
        return row["first"] if row else None

    def thread_candidates(self, event_id: str) -> list[dict[str, Any]]:
        rows = self._all(
            """SELECT g.* FROM document_groups g JOIN event_mentions m ON m.id = g.mention_id
               WHERE m.event_id = ?""",
            (event_id,),
        )
        return [dict(r) for r in rows]

    def merge_threads(self, threads: Sequence[str], into: str) -> None:
        self._many(
            "UPDATE document_groups SET thread = ? WHERE thread = ?",
            [(into, t) for t in threads],
        )

    def merge_event_groups(self, groups: Sequence[str], into: str) -> None:
        self._many(
            "UPDATE document_groups SET event_group = ? WHERE event_group = ?",
            [(into, g) for g in groups],
        )

    def copy_links(self) -> dict[str, list[str]]:
        links: dict[str, list[str]] = {}
        for row in self._all(
            "SELECT document_id, other_id FROM story_links ORDER BY document_id, other_id"
        ):
            links.setdefault(row["document_id"], []).append(row["other_id"])
        return links

    def dedup_keys(self) -> Iterator[tuple[str, bytes, list[int], int]]:
        sentences: dict[str, list[int]] = {}
        for row in self._exec("SELECT hash, document_id FROM sentence_keys"):
            sentences.setdefault(row[1], []).append(row[0])
        for row in self._exec("SELECT document_id, signature, size FROM dedup_keys"):
            yield row[0], row[1], sentences.get(row[0], []), row[2]

    # -- the story index's tables (dossier.stories.dedup.StoredStoryIndex) ----------
    def story_band_postings(self, bands: Sequence[tuple[int, bytes]]) -> set[str]:
        """Indexed documents with any of these ``(band, bucket)`` LSH buckets."""
        found: set[str] = set()
        for chunk in _pieces(bands, 100):
            rows = self._all(
                "SELECT document_id FROM story_bands WHERE "
                + " OR ".join(["(band = ? AND bucket = ?)"] * len(chunk)),
                [value for band, bucket in chunk for value in (band, bucket)],
            )
            found.update(r[0] for r in rows)
        return found

    def story_sentence_postings(self, hashes: Sequence[int]) -> dict[int, list[str]]:
        """Per sentence hash, the indexed documents posted under it (a bounded list)."""
        postings: dict[int, list[str]] = {}
        for chunk in _pieces(list(hashes), _IDS_CHUNK):
            for row in self._all(
                f"SELECT hash, document_id FROM story_sentences WHERE hash IN ({_marks(chunk)})",
                chunk,
            ):
                postings.setdefault(int(row[0]), []).append(row[1])
        return postings

    def story_signatures(self, document_ids: Sequence[str]) -> dict[str, tuple[bytes, int]]:
        """``{document_id: (MinHash signature, shingle count)}`` from ``dedup_keys``."""
        found: dict[str, tuple[bytes, int]] = {}
        for chunk in _pieces(list(document_ids), _IDS_CHUNK):
            for row in self._all(
                "SELECT document_id, signature, size FROM dedup_keys "
                f"WHERE document_id IN ({_marks(chunk)})",
                chunk,
            ):
                found[row[0]] = (bytes(row[1]), int(row[2]))
        return found

    def story_indexed(self, story_id: str, limit: int) -> int:
        """How many of a story's documents are indexed, counted up to ``limit`` (the
        story's first members, in insertion order, are the indexed ones: a few rows)."""
        row = self._one(
            f"""SELECT COUNT(*) FROM (SELECT 1 FROM documents d
                JOIN dedup_keys k ON k.document_id = d.id AND k.indexed = 1
                WHERE d.story_id = ? ORDER BY d.{self.ROWID} LIMIT ?) AS first""",
            (story_id, limit),
        )
        return int(row[0])

    def index_story_keys(
        self, document_id: str, bands: Sequence[tuple[int, bytes]], sentences: Sequence[int]
    ) -> None:
        """Index a document (its ``dedup_keys`` row stored): its band buckets, and
        postings under ``sentences`` (the caller keeps each sentence's list bounded)."""
        self._exec("UPDATE dedup_keys SET indexed = 1 WHERE document_id = ?", (document_id,))
        self._many(
            "INSERT INTO story_bands (band, bucket, document_id) VALUES (?, ?, ?) "
            "ON CONFLICT DO NOTHING",
            [(band, bucket, document_id) for band, bucket in bands],
        )
        self._many(
            "INSERT INTO story_sentences (hash, document_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
            [(h, document_id) for h in sentences],
        )

    def document_text(self, document_id: str) -> str:
        row = self._exec("SELECT text FROM documents WHERE id = ?", (document_id,)).fetchone()
        if row is None:
            raise KeyError(document_id)
        return str(row[0])

    def story_of(self, document_ids: Sequence[str]) -> dict[str, tuple[str, int]]:
        """``{document_id: (story_id, insertion order)}`` for stored documents."""
        marks = _marks(document_ids)
        rows = self._all(
            f"SELECT id, story_id, {self.ROWID} FROM documents WHERE id IN ({marks})",
            list(document_ids),
        )
        return {r[0]: (r[1], r[2]) for r in rows}

    def map_keys(self, mapping: dict[str, tuple[str, str]]) -> None:
        self._note_regrouped(mapping, self._remapped_keys(mapping))
        self._many(
            """INSERT INTO entity_keys (key, entity_id, reason) VALUES (?, ?, ?)
               ON CONFLICT (key) DO UPDATE SET entity_id = excluded.entity_id,
               reason = excluded.reason""",
            [(key, entity_id, reason) for key, (entity_id, reason) in mapping.items()],
        )

    def add_blocks(self, key: str, blocks: Sequence[str]) -> None:
        self.add_blocks_of([(key, blocks)])

    def add_blocks_of(self, filed: Sequence[tuple[str, Sequence[str]]]) -> None:
        """Why: a batch files a few thousand new keys, and a statement each was a round
        trip each on PostgreSQL. The rows go in the order of the calls they stand for."""
        self._many(
            "INSERT INTO key_blocks (block, key) VALUES (?, ?) ON CONFLICT DO NOTHING",
            [(block, key) for key, blocks in filed for block in blocks],
        )

    def _note_regrouped(self, mapping: dict[str, tuple[str, str]], old: dict[str, str]) -> None:
        """Note the entities whose documents are no longer their stored count plus this
        transaction's: both sides of a key that moves (``old``: the entity each mapped
        key was in). A new key needs no note: its mentions are all in this
        transaction's documents, since every batch maps each key it stores a mention
        of in its own transaction (the store's consistency tests check no mention is
        left without its key's entity)."""
        for key, was in old.items():
            if was != mapping[key][0]:
                self._regrouped.update((was, mapping[key][0]))

    def merge_entities(self, source: str, target: str, reason: str) -> None:
        self._regrouped.update((source, target))
        self._merged.append((source, target))
        self._dirty_entities.add(source)
        self._exec(
            "UPDATE entity_keys SET entity_id = ?, reason = ? || ' <- ' || reason "
            "WHERE entity_id = ?",
            (target, reason, source),
        )
        self.delete_entity(source)

    def delete_entity(self, entity_id: str) -> None:
        self._regrouped.add(entity_id)
        self._dirty_entities.add(entity_id)
        self._exec("DELETE FROM entities WHERE id = ?", (entity_id,))

    def pin_key(self, key: str, reason: str) -> None:
        self._exec(
            """INSERT INTO pinned_keys (key, reason) VALUES (?, ?)
               ON CONFLICT (key) DO UPDATE SET reason = excluded.reason""",
            (key, reason),
        )

    def log_curation(self, action: str, subject: str, obj: str) -> None:
        self._exec(
            "INSERT INTO curation (action, subject, object, created_at) VALUES (?, ?, ?, ?)",
            (action, subject, obj, now()),
        )

    def curation_log(self, actions: Sequence[str]) -> list[dict[str, Any]]:
        if not actions:
            return []
        marks = _marks(actions)
        rows = self._all(
            f"""SELECT action, subject, object, created_at FROM curation
                WHERE action IN ({marks}) ORDER BY id""",
            list(actions),
        )
        return [dict(r) for r in rows]

    def add_reference(
        self, ref_id: str, name: str, type: str, data: dict[str, Any], blocks: dict[str, set[str]]
    ) -> None:
        """Store a reference entity and its names under their blocking keys."""
        self._exec(
            """INSERT INTO reference_entities (id, name, type, data) VALUES (?, ?, ?, ?)
               ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type,
               data = excluded.data""",
            (ref_id, name, type, json.dumps(data, ensure_ascii=False)),
        )
        self._exec("DELETE FROM reference_names WHERE ref_id = ?", (ref_id,))
        self._many(
            """INSERT INTO reference_names (block, ref_id, name) VALUES (?, ?, ?)
               ON CONFLICT DO NOTHING""",
            [(block, ref_id, n) for n, keys in blocks.items() for block in keys],
        )

    def link_reference(self, key: str, ref_id: str, reason: str) -> None:
        self._exec(
            """INSERT INTO reference_links (key, ref_id, reason) VALUES (?, ?, ?)
               ON CONFLICT (key, ref_id) DO UPDATE SET reason = excluded.reason""",
            (key, ref_id, reason),
        )

    def upsert_entities(self, rows: Sequence[EntityRow]) -> None:
        self._regrouped.update(r.id for r in rows)  # their stored counts now include this batch
        self._many(
            """INSERT INTO entities (id, name, type, mention_count, document_count)
               VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name,
               type = excluded.type, mention_count = excluded.mention_count,
               document_count = excluded.document_count""",
            [(r.id, r.name, r.type, r.mention_count, r.document_count) for r in rows],
        )

    # -- reads ------------------------------------------------------------
    def unmapped_keys(self, among: Sequence[str] | None = None) -> list[str]:
        if among is None:
            rows = self._all(
                """SELECT DISTINCT m.key FROM mentions m LEFT JOIN entity_keys k ON k.key = m.key
                   WHERE k.key IS NULL ORDER BY m.key"""
            )
            return [r[0] for r in rows]
        found: set[str] = set()
        keys = sorted(set(among))
        for chunk in _pieces(keys):
            marks = _marks(chunk)
            mapped = {
                r[0]
                for r in self._all(f"SELECT key FROM entity_keys WHERE key IN ({marks})", chunk)
            }
            # then one mention each for the rest, not every mention of a key named in
            # half the archive (the rest are new names: a handful of mentions)
            rest = [k for k in chunk if k not in mapped]
            if rest:
                rows = self._all(
                    f"""SELECT DISTINCT key FROM mentions
                        WHERE key IN ({_marks(rest)})""",
                    rest,
                )
                found.update(r[0] for r in rows)
        return sorted(found)

    def keys_in_blocks(self, blocks: Sequence[str], max_block: int) -> set[str]:
        """One statement for all blocks (a round trip per block made PostgreSQL
        ingest slow), each block still read no further than ``max_block + 1``."""
        found: set[str] = set()
        for keys in self.block_members(blocks, max_block).values():
            if len(keys) <= max_block:
                found.update(keys)
        return found

    def shared_context(
        self, keys: Sequence[str], others: Sequence[str], exclude: Sequence[str]
    ) -> tuple[int, bool]:
        """One statement: the entities named beside ``keys`` (a lone word's few reports),
        then whether a report naming ``others`` names one of them; both sides read through
        the mention and key indexes, and the first shared entity ends the scan."""
        if not keys or not others:
            return 0, False
        near, far = _marks(keys), _marks(others)
        skip = f"AND k.entity_id NOT IN ({_marks(exclude)})" if exclude else ""
        row = self._one(
            f"""WITH near AS (SELECT DISTINCT k.entity_id FROM mentions m
                   JOIN entity_keys k ON k.key = m.key
                   WHERE m.document_id IN (SELECT document_id FROM mentions WHERE key IN ({near}))
                     {skip})
               SELECT (SELECT COUNT(*) FROM near),
                      EXISTS (SELECT 1 FROM mentions m JOIN entity_keys k ON k.key = m.key
                              WHERE m.document_id IN
                                    (SELECT document_id FROM mentions WHERE key IN ({far}))
                                AND k.entity_id IN (SELECT entity_id FROM near))""",
            [*keys, *exclude, *others],
        )
        return int(row[0]), bool(row[1])

    def block_members(self, blocks: Sequence[str], max_block: int) -> dict[str, set[str]]:
        """``{block: keys}`` for ``blocks``, each read no further than
        ``max_block + 1`` keys (enough to tell that a block is too common)."""
        by_block: dict[str, set[str]] = {}
        unique = sorted(set(blocks))
        for chunk in _pieces(unique, 100):
            part = "SELECT * FROM (SELECT block, key FROM key_blocks WHERE block = ? LIMIT ?) AS b"
            sql = " UNION ALL ".join(f"{part}{i}" for i in range(len(chunk)))
            rows = self._all(sql, [v for block in chunk for v in (block, max_block + 1)])
            for row in rows:
                by_block.setdefault(row[0], set()).add(row[1])
        return by_block

    def key_profiles(self, keys: Sequence[str]) -> dict[str, tuple[str, str]]:
        """``{key: (most common name text, most common label)}`` over named mentions."""
        profiles: dict[str, tuple[str, str]] = {}
        for chunk in _pieces(keys):
            marks = _marks(chunk)
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
        for candidates in self.reference_candidates_by_block(blocks).values():
            found |= candidates
        return found

    def reference_candidates_by_block(
        self, blocks: Sequence[str]
    ) -> dict[str, set[tuple[str, str, str]]]:
        """Why: a batch looks up each new name's reference candidates, and a statement per
        name was a round trip each on PostgreSQL (and found nothing in most stores)."""
        found: dict[str, set[tuple[str, str, str]]] = {}
        for chunk in _chunks(sorted(set(blocks))):
            for row in self._all(
                f"""SELECT n.block, n.ref_id, n.name, r.type FROM reference_names n
                    JOIN reference_entities r ON r.id = n.ref_id
                    WHERE n.block IN ({_marks(chunk)})""",
                chunk,
            ):
                found.setdefault(row[0], set()).add((row[1], row[2], row[3]))
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
        marks = _marks(keys)
        if not keys:
            return set()
        rows = self._all(f"SELECT key FROM pinned_keys WHERE key IN ({marks})", list(keys))
        return {r[0] for r in rows}

    def entity_ids_for_keys(self, keys: Sequence[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for chunk in _pieces(keys):
            marks = _marks(chunk)
            for row in self._all(
                f"SELECT key, entity_id FROM entity_keys WHERE key IN ({marks})", chunk
            ):
                found[row["key"]] = row["entity_id"]
        return found

    def keys_like(self, fragment: str, limit: int = 20) -> list[tuple[str, str]]:
        rows = self._all(
            f"""SELECT k.key, k.entity_id FROM entity_keys k JOIN entities e ON e.id = k.entity_id
               WHERE k.key {self.LIKE} ? ESCAPE '\\'
               ORDER BY e.mention_count DESC, k.key LIMIT ?""",
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

    def alias_stats_of(self, entity_ids: Sequence[str]) -> dict[str, list[AliasStat]]:
        """Why: a batch refreshes hundreds of entities, and a statement each was a
        round trip each on PostgreSQL. Each entity's list has :meth:`alias_stats`'s
        order: the rows come grouped by entity, each group in that statement's order
        (the same index scan, then the same sort)."""
        found: dict[str, list[AliasStat]] = {}
        for chunk in _chunks(list(entity_ids)):
            rows = self._all(
                f"""SELECT k.entity_id, a.key, a.text, a.label, a.via, a.mentions AS n,
                       a.documents AS d
                   FROM entity_keys k JOIN key_aliases a ON a.key = k.key
                   WHERE k.entity_id IN ({_marks(chunk)})
                   ORDER BY k.entity_id, n DESC, a.text""",
                chunk,
            )
            for r in rows:
                found.setdefault(r["entity_id"], []).append(
                    AliasStat(r["key"], r["text"], r["label"], r["n"], r["d"], r["via"])
                )
        return found

    def entity_document_counts(self, entity_ids: Sequence[str]) -> dict[str, int]:
        """The counts of :meth:`entity_document_count` (same rules: a regrouped entity
        or one without a row is counted in full, the others add this transaction's
        documents to their stored count), each kind read for a chunk of entities at
        once instead of one statement per entity.

        The stored counts and the keys come in one statement (the entities' rows joined
        to their keys, as :meth:`entity_document_count` reads one entity's), so a chunk
        of entities that all have a row costs what one entity does: resolution asks the
        counts of the one or two entities a lone surname may stand for, once a word."""
        counts: dict[str, int] = {}
        plain = []
        for entity_id in entity_ids:
            if entity_id in self._regrouped:
                counts[entity_id] = self._count_entity_documents(entity_id)
            else:
                plain.append(entity_id)
        for chunk in _chunks(plain):
            stored: dict[str, int] = {}
            keys: dict[str, list[str]] = {}
            for r in self._all(
                f"""SELECT e.id, e.document_count, k.key FROM entities e
                    LEFT JOIN entity_keys k ON k.entity_id = e.id
                    WHERE e.id IN ({_marks(chunk)}) AND e.document_count IS NOT NULL""",
                chunk,
            ):
                stored[r[0]] = r[1]
                if r[2] is not None:
                    keys.setdefault(r[0], []).append(r[2])
            unstored = [e for e in chunk if e not in stored]
            full = {e: 0 for e in unstored}
            if unstored:
                for r in self._all(
                    f"""SELECT k.entity_id, COUNT(DISTINCT m.document_id) FROM entity_keys k
                       JOIN mentions m ON m.key = k.key
                       WHERE k.entity_id IN ({_marks(unstored)}) GROUP BY k.entity_id""",
                    unstored,
                ):
                    full[r[0]] = int(r[1])
            for entity_id in chunk:
                if entity_id not in stored:
                    counts[entity_id] = full[entity_id]
                else:
                    counts[entity_id] = self._stored_and_fresh(
                        stored[entity_id], keys.get(entity_id, ())
                    )
        return counts

    def entity_document_count(self, entity_id: str) -> int:
        """Documents naming the entity through any of its keys.

        Why not always a recount: a hub entity (a country, a ruling party) is named in
        most of the archive, and recounting its documents for each batch that names it
        grows with the store. Documents and mentions are never deleted and a batch's
        documents are new, so while the entity's keys have not changed in this
        transaction the count is its stored one plus this transaction's documents that
        name it. Otherwise (a merge, a moved key, an entity without a row) it is counted.

        This transaction's documents that name it come from :meth:`_fresh_key_documents`
        (read once per batch), and the entity's keys and stored count from one indexed
        statement: a statement per entity that walked every mention of the batch (one
        entity after another, 4,536 times for 300 articles) was 4% of an ingest's time.
        """
        if entity_id in self._regrouped:
            return self._count_entity_documents(entity_id)
        # one row per key of the entity (one row with no key if it has none): its stored
        # count, and (only for an entity without a row yet) its full count
        rows = self._all(
            """SELECT s.n, s.full_count, k.key FROM (SELECT n, CASE WHEN n IS NULL THEN
                   (SELECT COUNT(DISTINCT m.document_id) FROM entity_keys k2
                    JOIN mentions m ON m.key = k2.key WHERE k2.entity_id = ?) END AS full_count
                   FROM (SELECT (SELECT document_count FROM entities WHERE id = ?) AS n) t) s
               LEFT JOIN entity_keys k ON k.entity_id = ?""",
            (entity_id, entity_id, entity_id),
        )
        if rows[0][0] is None:  # no row yet: a new entity, counted in full
            return int(rows[0][1])
        return self._stored_and_fresh(rows[0][0], (row[2] for row in rows))

    def _stored_and_fresh(self, stored: int, keys: Iterable[str | None]) -> int:
        """An entity's stored document count plus this transaction's documents that name
        it through one of its ``keys`` (:meth:`entity_document_count`'s rule, one
        entity's or a batch's)."""
        named = self._fresh_key_documents()
        documents: set[str] = set()
        for key in keys:
            documents.update(named.get(key, ()) if key is not None else ())
        return int(stored) + len(documents)

    def _fresh_key_documents(self) -> dict[str, set[str]]:
        """This transaction's documents by the keys their mentions have.

        Read once for each document the transaction added (mentions are written only
        with their document, and their keys never change), so that each entity's count
        looks up its own keys instead of walking the batch's mentions again."""
        fresh = self._fresh_documents
        named = self._fresh_named
        for start in range(self._fresh_named_upto, len(fresh), 500):
            chunk = fresh[start : start + 500]
            marks = _marks(chunk)
            for row in self._all(
                f"SELECT key, document_id FROM mentions WHERE document_id IN ({marks})", chunk
            ):
                named.setdefault(row[0], set()).add(row[1])
        self._fresh_named_upto = len(fresh)
        return named

    def _count_entity_documents(self, entity_id: str) -> int:
        row = self._exec(
            """SELECT COUNT(DISTINCT m.document_id) FROM entity_keys k
               JOIN mentions m ON m.key = k.key WHERE k.entity_id = ?""",
            (entity_id,),
        ).fetchone()
        return int(row[0])

    @staticmethod
    def _entity(row: Any) -> EntityRow:
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
        row = self._exec("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
        return self._entity(row) if row else None

    def entities_by_id(self, entity_ids: Sequence[str]) -> dict[str, EntityRow]:
        """:meth:`entity` for many ids, read :data:`_IDS_CHUNK` at a time: a page that
        shows hundreds of entities (the map's places) reads them in a few
        statements, not one each."""
        ids = sorted(set(entity_ids))
        found: dict[str, EntityRow] = {}
        for chunk in _pieces(ids, _IDS_CHUNK):
            for row in self._all(f"SELECT * FROM entities WHERE id IN ({_marks(chunk)})", chunk):
                found[row["id"]] = self._entity(row)
        return found

    def entity_keys(self, entity_id: str) -> list[tuple[str, str]]:
        rows = self._all(
            "SELECT key, reason FROM entity_keys WHERE entity_id = ? ORDER BY key", (entity_id,)
        )
        return [(r["key"], r["reason"]) for r in rows]

    def entity_keys_of(self, entity_ids: Sequence[str]) -> dict[str, list[tuple[str, str]]]:
        """:meth:`entity_keys` of many entities, :data:`_IDS_CHUNK` a statement: a
        document's claims ask the keys of each of their speakers."""
        found: dict[str, list[tuple[str, str]]] = {}
        for chunk in _chunks(set(entity_ids), _IDS_CHUNK):
            rows = self._all(
                f"""SELECT entity_id, key, reason FROM entity_keys
                    WHERE entity_id IN ({_marks(chunk)}) ORDER BY entity_id, key""",
                chunk,
            )
            for r in rows:
                found.setdefault(r["entity_id"], []).append((r["key"], r["reason"]))
        return found

    def entity_mentions(self, entity_id: str, limit: int | None = None) -> list[dict[str, Any]]:
        rows = self._all(
            """SELECT m.document_id, m.start, m."end", m.text, m.label, m.via, d.source, d.title,
                      d.published, s.start AS s_start, s."end" AS s_end,
                      substr(d.text, s.start + 1, s."end" - s.start) AS sentence"""
            + _ENTITY_MENTIONS_IN_ORDER,
            (entity_id, self.NO_LIMIT if limit is None else limit),
        )
        return [dict(r) for r in rows]

    def entity_mention_documents(self, entity_id: str, limit: int) -> set[str]:
        """The documents of the entity's first ``limit`` mentions in :meth:`entity_mentions`'
        order, without the evidence sentence it cuts from each document's text: for a hub
        entity that cut is made for every one of its mentions before the sort keeps
        ``limit`` of them (tens of thousands of document texts read on a 100k store)."""
        rows = self._all("SELECT m.document_id" + _ENTITY_MENTIONS_IN_ORDER, (entity_id, limit))
        return {r[0] for r in rows}

    def names_in_documents(self, document_ids: Sequence[str]) -> set[tuple[str, str]]:
        """Every ``(text, label)`` mentioned in these documents, in one read per 500
        documents (not one per document)."""
        found: set[tuple[str, str]] = set()
        ids = sorted(set(document_ids))
        for chunk in _pieces(ids):
            found.update(
                (r[0], r[1])
                for r in self._all(
                    "SELECT DISTINCT text, label FROM mentions "
                    f"WHERE document_id IN ({_marks(chunk)})",
                    chunk,
                )
            )
        return found

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

    def resolved_persons(self, document_ids: Sequence[str]) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        for chunk in _chunks(sorted(set(document_ids))):
            rows = self._all(
                f"""SELECT DISTINCT m.document_id, m.text, k.entity_id
                    FROM mentions m JOIN entity_keys k ON k.key = m.key
                    WHERE m.document_id IN ({_marks(chunk)}) AND m.label = 'PERSON'""",
                chunk,
            )
            found.extend(dict(r) for r in rows)
        return found

    def documents(self) -> Iterator[dict[str, Any]]:
        cursor = self._exec(
            f"SELECT {DOCUMENT_COLUMNS} FROM documents ORDER BY source, version, segment, id"
        )
        for row in cursor:
            record = dict(row)
            record["removed"] = json.loads(record["removed"])
            yield record

    def document(self, document_id: str) -> dict[str, Any] | None:
        row = self._exec(
            f"SELECT {DOCUMENT_COLUMNS} FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        if row is None:
            return None
        record = dict(row)
        record["removed"] = json.loads(record["removed"])
        return record

    def event_mentions(self) -> list[dict[str, Any]]:
        """Every event report (with document, story and arguments resolved to entity ids)."""
        return self._event_mentions()

    def event_mention(self, mention_id: int) -> dict[str, Any] | None:
        """One event report by its row id."""
        found = self._event_mentions("WHERE m.id = ?", [mention_id])
        return found[0] if found else None

    def event_mentions_by_id(self, mention_ids: Sequence[int]) -> list[dict[str, Any]]:
        """These event reports (row ids), in row order within each batch of 500."""
        return _in_batches(self._event_mentions, "m.id", mention_ids)

    def event_mentions_of_events(self, event_ids: Sequence[str]) -> list[dict[str, Any]]:
        """The reports of these events (in row order within each batch of 500 ids)."""
        return _in_batches(self._event_mentions, "m.event_id", event_ids)

    def event_mentions_in_document(
        self, document_id: str, type: str | None = None, other_than: int | None = None
    ) -> list[dict[str, Any]]:
        """The event reports of one document; of one ``type``, without report ``other_than``."""
        where, params = "WHERE m.document_id = ?", [document_id]
        if type is not None:
            where, params = where + " AND m.type = ?", [*params, type]
        if other_than is not None:
            where, params = where + " AND m.id <> ?", [*params, other_than]
        return self._event_mentions(where, params)

    def event_candidates(
        self,
        type: str,
        keys: Sequence[str],
        story: str | None,
        date_start: str | None = None,
        date_end: str | None = None,
    ) -> list[dict[str, Any]]:
        """The reports of :meth:`event_candidate_ids`, in row order."""
        ids = self.event_candidate_ids(type, keys, story, date_start, date_end)
        return self.event_mentions_by_id(ids)

    def event_candidate_ids(
        self,
        type: str,
        keys: Sequence[str],
        story: str | None,
        date_start: str | None = None,
        date_end: str | None = None,
        exclude: Sequence[int] = (),
    ) -> list[int]:
        """Row ids, ascending, of the reports of ``type`` with an argument among entity
        ``keys`` that could be the same occurrence: dates that overlap
        ``date_start``..``date_end``, or (undated) the same ``story``. Ids only, so that
        a caller that stops at the first report it matches reads no more rows than that.
        ``exclude``: report ids left out (the caller's own document's, which it tells
        apart itself: :class:`dossier.kb.document_reads.DocumentReads`).

        Why each branch starts where it does: a participant such as a country takes part
        in a large share of all events, and an archive holds many reports of each day
        (wire copies), so neither every report of a participant nor every report of the
        days can be read. Dated reports are found in ``event_key_days``, indexed by (key,
        type, end date, start date): per key one range of index entries holding only its
        reports of this type from the first day on, the start day checked in the index
        (a 10-article update to a 100k-document archive tested 793,800 reports whose days
        overlap for a participant before). Undated ones are found from the story's
        documents, a handful. Same rows as the one query with an OR they replace.
        """
        marks = _marks(keys)
        takes_part = (
            f"EXISTS (SELECT 1 FROM event_args a WHERE a.mention_id = m.id AND a.key IN ({marks}))"
        )
        left_out = list(dict.fromkeys(exclude))
        not_in = f" AND {{id}} NOT IN ({_marks(left_out)})" if left_out else ""
        # CROSS JOIN: the story's documents first, then their reports (fixed in SQLite)
        in_story = f"""SELECT m.id FROM documents d CROSS JOIN event_mentions m
                WHERE d.story_id = ? AND m.document_id = d.id AND m.type = ?{{undated}}
                AND {takes_part}{not_in.format(id="m.id")}"""
        if date_start and date_end:
            ids = f"""SELECT k.mention_id FROM event_key_days k
                WHERE k.key IN ({marks}) AND k.type = ? AND k.date_end >= ? AND k.date_start <= ?
                {not_in.format(id="k.mention_id")}
                UNION {in_story.format(undated=" AND m.date_start IS NULL")}"""
            params = [*keys, type, date_start, date_end, *left_out, story, type, *keys]
        else:
            ids, params = in_story.format(undated=""), [story, type, *keys]
        params += left_out
        return [int(row[0]) for row in self._all(f"{ids} ORDER BY 1", params)]

    def event_reports_of_events(self, event_ids: Sequence[str]) -> list[dict[str, Any]]:
        """The reports of these events as :meth:`event_mentions_of_events` gives them,
        less what their documents hold (story, source, evidence text): the report's own
        row, its place entity and its arguments. Enough to tell an event's act, date
        and place (:mod:`dossier.kb.fact_summary`) without reading a document row."""
        return _in_batches(self._event_reports, "m.event_id", event_ids)

    def _event_reports(self, where: str, params: Sequence[Any]) -> list[dict[str, Any]]:
        return self._event_mentions(where, params, documents=False)

    def _event_mentions(
        self, where: str = "", params: Sequence[Any] = (), documents: bool = True
    ) -> list[dict[str, Any]]:
        """Event reports matching ``where``, a condition written in this class only;
        values always go through ``params``; without their ``documents``' columns
        (a document row is the costly read of a large archive) if asked."""
        joined = (
            """, d.story_id, d.source, d.title, d.published, d.outlet,
                       substr(d.text, m.start + 1, m."end" - m.start) AS evidence"""
            if documents
            else ""
        )
        document = "JOIN documents d ON d.id = m.document_id" if documents else ""
        rows = self._all(
            f"""SELECT m.*{joined}, lk.entity_id AS location_entity
                FROM event_mentions m {document}
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
        for chunk in _pieces(mentions):
            ids = [m["id"] for m in chunk]
            marks = _marks(ids)
            for arg in self._all(
                f"""SELECT a.*, k.entity_id FROM event_args a
                    LEFT JOIN entity_keys k ON k.key = a.key
                    WHERE a.mention_id IN ({marks}) ORDER BY a.mention_id, a.start""",
                ids,
            ):
                by_id[arg["mention_id"]]["args"].append(dict(arg))
        return mentions

    def set_event(self, mention_id: int, event_id: str, was: str | None = None) -> None:
        """Move a report to another event. ``was``: its event now, when the caller wrote it
        in this transaction (spares reading it back)."""
        old = (
            [was]
            if was is not None
            else self._one("SELECT event_id FROM event_mentions WHERE id = ?", (mention_id,))
        )
        self._dirty_events.update([event_id, *(old or [])])
        self._exec("UPDATE event_mentions SET event_id = ? WHERE id = ?", (event_id, mention_id))

    def claim_mentions(self) -> list[dict[str, Any]]:
        """Every claim mention with document, story and speaker/subject entity ids."""
        return self._claim_mentions()

    def claim_mentions_of_claims(
        self, claim_ids: Sequence[str], per_story: int | None = None
    ) -> list[dict[str, Any]]:
        """The mentions of these claims (in row order within each batch of 500 ids).

        ``per_story``: only the first that many mentions of each claim in each story
        (by row id). Why: a figure re-printed by a wire's clients has a mention in
        every re-print, all in one story; a page that only judges such a claim (a
        related claim: does it contradict or confirm the one shown?) read and built
        every one of them per request, a cost that grew with the re-prints. The ranks
        are taken over the claim's ids and stories alone (index reads); the full row
        (joins, the sentence's event) is built for the kept mentions only."""
        if per_story is None:
            return _in_batches(self._claim_mentions, "c.claim_id", claim_ids)
        found: list[dict[str, Any]] = []
        for chunk in _pieces(claim_ids):
            found += self._claim_mentions(
                f"""WHERE c.id IN (SELECT r.id FROM (
                       SELECT x.id, ROW_NUMBER() OVER (
                           PARTITION BY x.claim_id, s.story_id ORDER BY x.id) AS nth
                       FROM claim_mentions x JOIN documents s ON s.id = x.document_id
                       WHERE x.claim_id IN ({_marks(chunk)})) r
                   WHERE r.nth <= ?)""",
                [*chunk, per_story],
            )
        return found

    def claim_mentions_in_document(self, document_id: str) -> list[dict[str, Any]]:
        """The claim mentions of one document."""
        return self._claim_mentions("WHERE c.document_id = ?", [document_id])

    def claim_candidates(
        self, kind: str, text_key: str, speaker_keys: Sequence[str] | None, story: str | None
    ) -> list[dict[str, Any]]:
        """Earlier mentions that may repeat a claim: without a speaker (``None``), the
        same words unattributed; with one, the same words from any of the speaker's
        ``speaker_keys``, or what those keys said in the same ``story``."""
        return self.claim_mentions_by_id(
            self.claim_candidate_ids(kind, text_key, speaker_keys, story)
        )

    def claim_candidate_ids(
        self, kind: str, text_key: str, speaker_keys: Sequence[str] | None, story: str | None
    ) -> list[int]:
        """Row ids, ascending, of :meth:`claim_candidates`' mentions: ids only, so that a
        caller that stops at the first repeat it finds reads no more rows (each with its
        events and group) than that; a wire statement re-printed by hundreds of outlets
        has hundreds."""
        if speaker_keys is None:
            rows = self._all(
                """SELECT id FROM claim_mentions
                   WHERE kind = ? AND text_key = ? AND speaker_key IS NULL ORDER BY id""",
                [kind, text_key],
            )
            return [int(r[0]) for r in rows]
        keys = list(speaker_keys)
        marks = _marks(keys)
        # the same rows as "kind AND speaker AND (text_key OR story)", spelt as two
        # index lookups: the exact words, and the story's documents then their
        # reports (CROSS JOIN fixes that order in SQLite; PostgreSQL plans from its
        # statistics). With the OR, SQLite scanned every claim of the kind: a cost
        # per claim that grew with the store (see README, "Ingest at scale").
        rows = self._all(
            f"""SELECT id FROM claim_mentions
                WHERE kind = ? AND text_key = ? AND speaker_key IN ({marks})
                UNION
                SELECT x.id FROM documents s CROSS JOIN claim_mentions x
                WHERE x.document_id = s.id AND s.story_id = ? AND x.kind = ?
                AND x.speaker_key IN ({marks}) ORDER BY 1""",
            [kind, text_key, *keys, story, kind, *keys],
        )
        return [int(r[0]) for r in rows]

    def claim_mentions_by_id(self, mention_ids: Sequence[int]) -> list[dict[str, Any]]:
        """These claim mentions (row ids), in row order within each batch of 500."""
        return _in_batches(self._claim_mentions, "c.id", mention_ids)

    def claim_candidates_of(
        self, probes: Sequence[ClaimProbe], story: str | None
    ) -> list[dict[str, Any]]:
        """The union of :meth:`claim_candidate_ids`' rows over ``probes``, read with the
        columns a repeat is told by (see :class:`~dossier.store.base.FactStore`): a
        document's claims asked one statement rather than one each (issue 19).

        Each probe's condition is widened to the probes' kinds, words and speakers' keys
        together (``IN`` lists, the same index seeks), so a row of one speaker's words
        said by another may come back; :func:`~dossier.store.base.claim_candidate_of`
        keeps each probe's own. Probes are asked a statement per
        :data:`CLAIM_PROBE_PARAMETERS` parameters (SQLite caps a statement's)."""
        found: dict[int, dict[str, Any]] = {}
        chunk: list[ClaimProbe] = []
        size = 0
        for probe in probes:
            cost = 4 + 2 * len(probe.speaker_keys or ())  # at most its share of the statement
            if chunk and size + cost > CLAIM_PROBE_PARAMETERS:
                found.update((r["id"], r) for r in self._claim_candidates_of(chunk, story))
                chunk, size = [], 0
            chunk.append(probe)
            size += cost
        if chunk:
            found.update((r["id"], r) for r in self._claim_candidates_of(chunk, story))
        return [found[i] for i in sorted(found)]

    def _claim_candidates_of(
        self, probes: Sequence[ClaimProbe], story: str | None
    ) -> list[dict[str, Any]]:
        """One statement of :meth:`claim_candidates_of`: the unattributed probes' words
        with no speaker; the attributed probes' words from their speakers' keys, and what
        those keys said in ``story`` (the parts of :meth:`claim_candidate_ids`).

        Of the same words, only the first mention of each :data:`_REPEAT_COLUMNS` comes
        back: a wire statement re-printed by hundreds of outlets is hundreds of rows that a
        repeat tells apart by those columns alone, so the first stands for the rest (the
        first repeat in row order is the first of its kind); a document of such claims
        would read, and compare in memory, every re-print of each."""
        parts: list[str] = []
        params: list[Any] = []
        bare = [p for p in probes if p.speaker_keys is None]
        said = [p for p in probes if p.speaker_keys is not None]
        if bare:
            kinds = sorted({p.kind for p in bare})
            texts = sorted({p.text_key for p in bare})
            parts.append(
                f"""SELECT MIN(id) FROM claim_mentions WHERE kind IN ({_marks(kinds)})
                    AND text_key IN ({_marks(texts)}) AND speaker_key IS NULL
                    GROUP BY {_REPEAT_COLUMNS}"""
            )
            params += [*kinds, *texts]
        keys = sorted({k for p in said for k in p.speaker_keys or ()})
        if keys:
            kinds = sorted({p.kind for p in said})
            texts = sorted({p.text_key for p in said})
            parts.append(
                f"""SELECT MIN(id) FROM claim_mentions WHERE kind IN ({_marks(kinds)})
                    AND text_key IN ({_marks(texts)}) AND speaker_key IN ({_marks(keys)})
                    GROUP BY {_REPEAT_COLUMNS}"""
            )
            params += [*kinds, *texts, *keys]
            if story is not None:
                # the story's documents then their claims (CROSS JOIN fixes that order in
                # SQLite, as in claim_candidate_ids)
                parts.append(
                    f"""SELECT x.id FROM documents s CROSS JOIN claim_mentions x
                        WHERE x.document_id = s.id AND s.story_id = ?
                        AND x.kind IN ({_marks(kinds)}) AND x.speaker_key IN ({_marks(keys)})"""
                )
                params += [story, *kinds, *keys]
        if not parts:
            return []
        rows = self._all(
            f"""SELECT c.id, c.claim_id, c.kind, c.text, c.text_key, c.speaker_key,
                       c.qmin, c.qmax, c.unit, d.story_id, bk.entity_id AS subject_entity
                FROM claim_mentions c JOIN documents d ON d.id = c.document_id
                LEFT JOIN entity_keys bk ON bk.key = c.subject_key
                WHERE c.id IN ({" UNION ".join(parts)}) ORDER BY c.id""",
            params,
        )
        return [dict(r) for r in rows]

    def _claim_mentions(self, where: str = "", params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Claim mentions matching ``where``, a condition written in this class only; with
        the document's event group and the outlet the join read (``group_outlet``), and the
        events the claim is about: the first event
        reported in its sentence (``sentence_event``) and the article's main incident
        (``main_event``, None for an article whose lead reports none)."""
        rows = self._all(
            f"""SELECT c.*, d.story_id, d.source, d.title, d.published, d.outlet,
                       sk.entity_id AS speaker_entity, bk.entity_id AS subject_entity,
                       g.event_group, g.outlet AS group_outlet,
                       (SELECT em.event_id FROM event_mentions em
                        WHERE em.document_id = c.document_id AND em.sentence = c.sentence
                        ORDER BY em.start, em.id LIMIT 1) AS sentence_event,
                       (SELECT mm.event_id FROM event_mentions mm
                        WHERE mm.id = g.mention_id AND g.type IS NOT NULL) AS main_event
                FROM claim_mentions c JOIN documents d ON d.id = c.document_id
                LEFT JOIN entity_keys sk ON sk.key = c.speaker_key
                LEFT JOIN entity_keys bk ON bk.key = c.subject_key
                LEFT JOIN document_groups g ON g.document_id = c.document_id
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
            f"""SELECT id, source, title, published, author, outlet, text FROM documents
               WHERE story_id = ? ORDER BY {self.ROWID}""",
            (story_id,),
        )
        return [dict(r) for r in rows]

    def stories(self) -> list[dict[str, Any]]:
        rows = self._all(
            f"""SELECT d.story_id, d.id, g.event_group, g.thread FROM documents d
               LEFT JOIN document_groups g ON g.document_id = d.id
               WHERE d.story_id IS NOT NULL ORDER BY d.story_id, d.{self.ROWID}"""
        )
        grouped: dict[str, list[str]] = {}
        group_of: dict[str, str] = {}
        thread_of: dict[str, str] = {}
        for row in rows:
            grouped.setdefault(row["story_id"], []).append(row["id"])
            if row["event_group"]:
                group_of.setdefault(row["story_id"], row["event_group"])
                thread_of.setdefault(row["story_id"], row["thread"] or row["event_group"])
        # additional properties of the export contract: event_group, shared by the stories
        # that are independent reports of one event; thread, shared by the event groups of
        # one storyline (an attack, the reactions, the verdict); a story's own id when alone
        return [
            {
                "id": story,
                "document_ids": ids,
                "representative": ids[0],
                "event_group": group_of.get(story, story),
                "thread": thread_of.get(story, group_of.get(story, story)),
            }
            for story, ids in grouped.items()
        ]

    def counts(self) -> dict[str, Any]:
        def one(sql: str) -> int:
            return int(self._one(sql)[0])

        by_type = {
            r["type"]: r["n"]
            for r in self._all(
                "SELECT type, COUNT(*) AS n FROM entities GROUP BY type ORDER BY n DESC"
            )
        }
        # events, claims, stories and mentions from the counts kept at ingest
        # (dossier.store.summaries): counting the fact tables themselves takes
        # seconds on a 100k-document archive, and the home page shows these
        return {
            "events": one("SELECT COALESCE(SUM(events), 0) FROM type_counts"),
            "claims": one("SELECT COALESCE(MAX(value), 0) FROM kb_counts WHERE name = 'claims'"),
            "sources": one("SELECT COUNT(*) FROM sources"),
            "documents": one("SELECT COUNT(*) FROM documents"),
            "stories": one("SELECT COUNT(*) FROM story_sizes"),
            "mentions": one("SELECT COALESCE(SUM(mentions), 0) FROM key_aliases"),
            "entities": sum(by_type.values()),
            "entities_by_type": by_type,
        }

    # -- keep watching: feeds, seen items, watches, alerts ------------------
    def known_hash(self, raw_hash: str) -> bool:
        """Whether these exact bytes were ingested already, from any source."""
        row = self._exec("SELECT 1 FROM sources WHERE raw_hash = ? LIMIT 1", (raw_hash,)).fetchone()
        return row is not None

    def add_feed(self, url: str, kind: str) -> bool:
        cursor = self._exec(
            """INSERT INTO feeds (url, kind, added_at) VALUES (?, ?, ?)
               ON CONFLICT (url) DO NOTHING""",
            (url, kind, now()),
        )
        return cursor.rowcount > 0

    def remove_feed(self, url: str) -> bool:
        return self._exec("DELETE FROM feeds WHERE url = ?", (url,)).rowcount > 0

    def feeds(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self._all("SELECT * FROM feeds ORDER BY added_at, url")]

    def set_feed_status(self, url: str, status: dict[str, Any]) -> None:
        columns = [c for c in _FEED_STATUS if c in status]
        if not columns:
            return
        assignments = ", ".join(f"{c} = ?" for c in columns)
        self._exec(
            f"UPDATE feeds SET {assignments} WHERE url = ?",
            [*(status[c] for c in columns), url],
        )

    def feed_item(self, url: str) -> dict[str, Any] | None:
        row = self._exec("SELECT * FROM feed_items WHERE url = ?", (url,)).fetchone()
        return dict(row) if row else None

    def record_feed_item(self, url: str, feed_url: str, status: str, reason: str | None) -> None:
        seen = now()
        self._exec(
            """INSERT INTO feed_items (url, feed_url, status, reason, attempts, first_seen,
               last_seen) VALUES (?, ?, ?, ?, 1, ?, ?)
               ON CONFLICT (url) DO UPDATE SET status = excluded.status,
               reason = excluded.reason, attempts = feed_items.attempts + 1,
               last_seen = excluded.last_seen""",
            (url, feed_url, status, reason, seen, seen),
        )

    def feed_items(self, feed_url: str) -> list[dict[str, Any]]:
        return [
            dict(r)
            for r in self._all(
                "SELECT * FROM feed_items WHERE feed_url = ? ORDER BY first_seen, url",
                (feed_url,),
            )
        ]

    def add_watch(self, name: str, entity_id: str, keys: Sequence[str]) -> int:
        return self._insert_id(
            "INSERT INTO watches (name, entity_id, entity_keys, added_at) VALUES (?, ?, ?, ?)",
            (name, entity_id, json.dumps(sorted(keys), ensure_ascii=False), now()),
        )

    def watches(self) -> list[dict[str, Any]]:
        rows = self._all("SELECT * FROM watches ORDER BY id")
        return [{**dict(r), "entity_keys": json.loads(r["entity_keys"])} for r in rows]

    def set_watch_entity(self, watch_id: int, entity_id: str) -> None:
        self._exec("UPDATE watches SET entity_id = ? WHERE id = ?", (entity_id, watch_id))

    def remove_watch(self, watch_id: int) -> bool:
        return self._exec("DELETE FROM watches WHERE id = ?", (watch_id,)).rowcount > 0

    def known_fingerprints(self, fingerprints: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _pieces(fingerprints):
            marks = _marks(chunk)
            sql = f"SELECT fingerprint FROM alerts WHERE fingerprint IN ({marks})"
            rows = self._all(sql, chunk)
            found.update(r[0] for r in rows)
        return found

    def add_alert(
        self,
        fingerprint: str,
        watch_id: int,
        entity_id: str,
        kind: str,
        data: dict[str, Any],
        baseline: bool = False,
    ) -> int | None:
        """Store an alert once per fingerprint; its id, or None if already known."""
        row = self._one(
            """INSERT INTO alerts (fingerprint, watch_id, entity_id, kind, created_at, baseline,
               data) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (fingerprint) DO NOTHING
               RETURNING id""",
            (
                fingerprint,
                watch_id,
                entity_id,
                kind,
                now(),
                int(baseline),
                json.dumps(data, ensure_ascii=False),
            ),
        )
        return int(row[0]) if row else None

    def alerts(
        self, since: str = "", limit: int = 50, offset: int = 0, ids: Sequence[int] = ()
    ) -> list[dict[str, Any]]:
        """Delivered alerts (no baseline rows), oldest first, ``created_at >= since``."""
        where, params = self._alert_filter(since, ids)
        rows = self._all(
            f"SELECT * FROM alerts {where} ORDER BY created_at, id LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [{**dict(r), "data": json.loads(r["data"])} for r in rows]

    def alert_count(self, since: str = "") -> int:
        where, params = self._alert_filter(since, ())
        return int(self._exec(f"SELECT COUNT(*) FROM alerts {where}", params).fetchone()[0])

    @staticmethod
    def _alert_filter(since: str, ids: Sequence[int]) -> tuple[str, list[Any]]:
        where, params = "WHERE baseline = 0 AND created_at >= ?", [since]
        if ids:
            where += f" AND id IN ({_marks(ids)})"
            params += list(ids)
        return where, params

    def record_delivery(self, target: str, alerts: int, ok: bool, error: str | None) -> None:
        self._exec(
            "INSERT INTO deliveries (target, created_at, alerts, ok, error) VALUES (?, ?, ?, ?, ?)",
            (target, now(), alerts, int(ok), error),
        )

    def deliveries(self, limit: int = 20) -> list[dict[str, Any]]:
        rows = self._all("SELECT * FROM deliveries ORDER BY id DESC LIMIT ?", (limit,))
        return [dict(r) for r in rows]

    # -- what changed since a mark (alerts follow new data) ---------------------
    def document_mark(self) -> int:
        """The insertion mark of the newest stored document (0: none). Write
        transactions are serialised, so marks grow in commit order."""
        return int(self._one(f"SELECT COALESCE(MAX({self.ROWID}), 0) FROM documents")[0])

    def meta(self, key: str) -> str | None:
        row = self._one("SELECT value FROM meta WHERE key = ?", (key,))
        return str(row[0]) if row else None

    def set_meta(self, key: str, value: str) -> None:
        self._exec(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def facts_between(self, after: int, upto: int) -> tuple[list[str], list[str]]:
        """``(claim ids, event ids)`` with a report in a document stored after
        mark ``after`` and up to ``upto``: a range of the documents' insertion
        index, then each document's reports by index (the indexes of migration 2)."""
        found: list[list[str]] = []
        for table, column in (("claim_mentions", "claim_id"), ("event_mentions", "event_id")):
            rows = self._all(
                f"""SELECT DISTINCT f.{column} FROM documents d
                    JOIN {table} f ON f.document_id = d.id
                    WHERE d.{self.ROWID} > ? AND d.{self.ROWID} <= ? ORDER BY f.{column}""",
                (after, upto),
            )
            found.append([r[0] for r in rows])
        return found[0], found[1]

    def names_between(
        self, after: int, upto: int, entity_ids: Sequence[str]
    ) -> list[dict[str, Any]]:
        """Named mentions (not descriptions) of ``entity_ids`` in documents stored
        after mark ``after`` and up to ``upto``, each with its entity, document
        and sentence, in the order :meth:`entity_mentions` lists them.

        The documents first, then their mentions by document: a query free to
        start from the entities' keys reads, for the most-mentioned entities of
        a large archive, millions of mentions to find the few in the new
        documents (seconds per check). ``CROSS JOIN`` keeps the mentions before
        their keys in SQLite, so the entities are a filter on the new
        documents' mentions, in SQL, not a starting point.
        """
        if not entity_ids:
            return []
        wanted = sorted(set(entity_ids))
        documents = [
            r[0]
            for r in self._all(
                f"SELECT id FROM documents WHERE {self.ROWID} > ? AND {self.ROWID} <= ?",
                (after, upto),
            )
        ]
        found: list[dict[str, Any]] = []
        for chunk in _pieces(documents):
            for entities in _pieces(wanted):
                rows = self._all(
                    f"""SELECT k.entity_id, m.document_id, m.start, m."end", m.text, m.via,
                               d.source, d.published, d.segment,
                               s.start AS s_start, s."end" AS s_end,
                               substr(d.text, s.start + 1, s."end" - s.start) AS sentence
                        FROM mentions m CROSS JOIN entity_keys k
                        JOIN documents d ON d.id = m.document_id
                        JOIN sentences s ON s.document_id = m.document_id AND s.idx = m.sentence
                        WHERE m.document_id IN ({_marks(chunk)})
                        AND k.key = m.key AND k.entity_id IN ({_marks(entities)})
                        AND m.via <> 'description'""",
                    [*chunk, *entities],
                )
                found += [dict(r) for r in rows]
        found.sort(
            key=lambda m: (
                m["published"] is None,
                m["published"] or "",
                m["source"],
                m["segment"],
                m["start"],
            )
        )
        for m in found:
            del m["published"], m["segment"]
        return found

    # -- places ----------------------------------------------------------------
    def add_place_votes(self, votes: Sequence[tuple[str, Place | None, str]]) -> None:
        """Count one batch's resolutions of name keys: (key, place or None, reason).

        Two statements for the whole batch (places, then vote counts summed per
        key, place and reason first), not two per vote: on PostgreSQL each
        statement is a round trip.
        """
        places = {place.gazetteer_id: place for _key, place, _reason in votes if place}
        self._keep_places(places)
        counts = Counter(
            (key, place.gazetteer_id if place else "", "" if place else reason)
            for key, place, reason in votes
        )
        self._many(
            "INSERT INTO place_votes (key, place_id, reason, votes) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (key, place_id, reason) DO UPDATE SET "
            "votes = place_votes.votes + excluded.votes",
            [(*vote, n) for vote, n in sorted(counts.items())],
        )

    def place_votes_of(self, entity_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
        """:meth:`place_votes` for many entities (those with no vote are absent),
        each list in the same order, read :data:`_IDS_CHUNK` entities at a time."""
        ids = sorted(set(entity_ids))
        found: dict[str, list[dict[str, Any]]] = {}
        for chunk in _pieces(ids, _IDS_CHUNK):
            rows = self._all(
                "SELECT k.entity_id, v.place_id, v.reason, SUM(v.votes) AS votes, p.name, "
                "p.country, p.admin1, p.lat, p.lon, p.feature, p.population, p.source "
                "FROM entity_keys k JOIN place_votes v ON v.key = k.key "
                "LEFT JOIN places p ON p.place_id = v.place_id "
                f"WHERE k.entity_id IN ({_marks(chunk)}) "
                "GROUP BY k.entity_id, v.place_id, v.reason, p.name, p.country, p.admin1, "
                "p.lat, p.lon, p.feature, p.population, p.source "
                "ORDER BY k.entity_id, votes DESC, v.place_id, v.reason",
                chunk,
            )
            for row in rows:
                vote = dict(row)
                found.setdefault(vote.pop("entity_id"), []).append(vote)
        return found

    def place_votes(self, entity_id: str) -> list[dict[str, Any]]:
        """Votes over every name key of the entity, with the place records; most first."""
        rows = self._all(
            "SELECT v.place_id, v.reason, SUM(v.votes) AS votes, p.name, p.country, p.admin1, "
            "p.lat, p.lon, p.feature, p.population, p.source FROM entity_keys k "
            "JOIN place_votes v ON v.key = k.key LEFT JOIN places p ON p.place_id = v.place_id "
            "WHERE k.entity_id = ? GROUP BY v.place_id, v.reason, p.name, p.country, p.admin1, "
            "p.lat, p.lon, p.feature, p.population, p.source ORDER BY votes DESC, v.place_id, "
            "v.reason",
            (entity_id,),
        )
        return [dict(r) for r in rows]


def _in_batches(
    read: Callable[[str, Sequence[Any]], list[dict[str, Any]]], column: str, ids: Sequence[Any]
) -> list[dict[str, Any]]:
    """``read("WHERE column IN (...)", batch)`` over ``ids`` 500 at a time: SQLite caps a
    statement's parameters, and one list of rows keeps each batch's row order."""
    found: list[dict[str, Any]] = []
    for chunk in _pieces(ids):
        found += read(f"WHERE {column} IN ({_marks(chunk)})", chunk)
    return found
