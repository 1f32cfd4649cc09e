"""A larger store from a real one: every stored row copied in SQL with fresh ids.

The workbench's latency goals are set on a store of 3,000+ documents, and the
real archive holds 1,876. Ingesting a perturbed copy of it would cost another
hour of NLP on a shared machine; cloning costs seconds and keeps every row real
extractor output. Each copy of a document gets ``_<n>``-suffixed ids and its
own story, so entities, mentions, events and claims multiply while their
shapes (names, types, dates, places, figures) stay those of the archive. The
per-entity summary tables are then rebuilt from the rows with the store's own
code (:meth:`SQLiteStore.rebuild_summaries`), as a store upgrade would.

What a clone does not model: copies are independent stories, so "independent
stories" counts grow with the copies. Use it for latency, never for accuracy.
Their near-duplicate keys (``dedup_keys``, ``sentence_keys``: what the story index is
read from) are drawn afresh for each copy, so each is a distinct document to the
story index too, as each document of a real archive of that size is (a copy keeping
its original's keys would be a near-copy in a story of its own, which no store holds).
``--keys-only`` adds them to a store grown before they were cloned.

Usage::

    dossier ingest ../shared/bench-data/realnews-2025-jan-may/articles.jsonl \
        --db /tmp/wb/realnews.db
    python bench/grow_store.py /tmp/wb/realnews.db /tmp/wb/realnews-x2.db --copies 1
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import time
from pathlib import Path

from dossier.store import SQLiteStore
from dossier.store.migrations import STORY_BAND_ROWS, STORY_BANDS

#: tables copied per clone, and the columns whose ids get the copy's suffix
_COPY = {
    "documents": ("id", "story_id"),
    "sentences": ("document_id",),
    "mentions": ("document_id",),
    "documents_fts": ("document_id",),
    "claim_mentions": ("document_id", "claim_id"),
}


#: what a re-print keeps: its original's story, claims and events (only ids of rows suffixed)
_REPRINT = {**_COPY, "documents": ("id",), "claim_mentions": ("document_id",)}


def clone_rows(db: Path, copies: int, reprints: bool = False) -> int:
    """Add ``copies`` copies of every document and its facts to ``db``; the
    total number of documents afterwards. Summary tables are not touched (see
    :func:`rebuild`).

    ``reprints``: each copy is a re-print of its original instead -- in the same
    story, its figures and statements mentions of the same claims, its reports of the
    same events -- as a wire story re-printed by many outlets is: what makes one claim's
    mentions grow with the archive while its stories do not."""
    rewrites = _REPRINT if reprints else _COPY
    event_ids = ("document_id",) if reprints else ("document_id", "event_id")
    conn = sqlite3.connect(db)
    columns = {
        t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})")]
        for t in (*_COPY, "event_mentions", "event_args")
    }
    columns["documents_fts"] = ["document_id", "title", "text"]
    last = {
        t: conn.execute(f"SELECT MAX(rowid) FROM {t}").fetchone()[0] or 0
        for t in (*_COPY, "event_mentions")
    }
    conn.execute("BEGIN")
    for copy in range(1, copies + 1):
        suffix = f"_r{copy}" if reprints else f"_{copy}"  # a re-print of a copy: new ids
        for table, rewritten in rewrites.items():
            cols = [c for c in columns[table] if c not in ("rowid", "id") or table == "documents"]
            select = ", ".join(f"{c} || ?" if c in rewritten else c for c in cols)
            params = [suffix] * sum(1 for c in cols if c in rewritten)
            conn.execute(
                f"INSERT INTO {table} ({', '.join(cols)}) SELECT {select} FROM {table} "
                "WHERE rowid <= ?",
                [*params, last[table]],
            )
        offset = copy * last["event_mentions"]
        ev_cols = [c for c in columns["event_mentions"] if c != "id"]
        select = ", ".join(f"{c} || ?" if c in event_ids else c for c in ev_cols)
        conn.execute(
            f"INSERT INTO event_mentions (id, {', '.join(ev_cols)}) SELECT id + ?, {select} "
            "FROM event_mentions WHERE id <= ?",
            [offset, *[suffix] * len(event_ids), last["event_mentions"]],
        )
        conn.execute(
            'INSERT INTO event_args (mention_id, role, key, text, start, "end") '
            'SELECT mention_id + ?, role, key, text, start, "end" FROM event_args '
            "WHERE mention_id <= ?",
            [offset, last["event_mentions"]],
        )
        conn.execute(
            "INSERT INTO event_key_days (key, type, date_end, date_start, mention_id) "
            "SELECT key, type, date_end, date_start, mention_id + ? FROM event_key_days "
            "WHERE mention_id <= ?",
            [offset, last["event_mentions"]],
        )
    conn.execute(
        "UPDATE entities SET document_count = document_count * ?, mention_count = "
        "mention_count * ?",
        [copies + 1, copies + 1],
    )
    conn.execute("COMMIT")
    total = int(conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
    conn.close()
    return total


def clone_dedup_keys(db: Path) -> int:
    """Give every document that has no near-duplicate keys and copies another
    (``<original id>_<n>``) keys of its own: its original's shingle count, a MinHash
    signature and sentence hashes drawn from its id (see the module doc). How many."""
    import zlib

    import numpy as np

    conn = sqlite3.connect(db)
    keyed = {
        r[0]: (r[1], r[2])
        for r in conn.execute("SELECT document_id, signature, size FROM dedup_keys")
    }
    sentences: dict[str, list[int]] = {}
    for h, document_id in conn.execute("SELECT hash, document_id FROM sentence_keys"):
        sentences.setdefault(document_id, []).append(h)
    missing = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM documents d WHERE NOT EXISTS "
            "(SELECT 1 FROM dedup_keys k WHERE k.document_id = d.id) ORDER BY rowid"
        )
    ]
    rows, sentence_rows = [], []
    for document_id in missing:
        original = document_id.rsplit("_", 1)[0]
        if original not in keyed:
            continue
        signature, size = keyed[original]
        rng = np.random.default_rng(zlib.crc32(document_id.encode()))
        drawn = rng.integers(0, 2**32, size=len(signature) // 4, dtype=np.uint64)
        rows.append((document_id, drawn.astype(np.uint32).tobytes(), size))
        sentence_rows.extend(
            (zlib.crc32(f"{h} {document_id}".encode()), document_id)
            for h in sentences.get(original, [])
        )
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO dedup_keys (document_id, signature, size) VALUES (?, ?, ?)", rows)
    conn.executemany("INSERT INTO sentence_keys (hash, document_id) VALUES (?, ?)", sentence_rows)
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'story_bands'").fetchone():
        # a store with the story index's tables (migration 14): each copy is its own
        # story, so indexed, and its drawn sentences are nobody else's
        width = 4 * STORY_BAND_ROWS
        conn.executemany(
            "UPDATE dedup_keys SET indexed = 1 WHERE document_id = ?", [(r[0],) for r in rows]
        )
        conn.executemany(
            "INSERT INTO story_bands (band, bucket, document_id) VALUES (?, ?, ?)",
            [
                (band, signature[band * width : (band + 1) * width], document_id)
                for document_id, signature, _size in rows
                for band in range(STORY_BANDS)
            ],
        )
        conn.executemany(
            "INSERT INTO story_sentences (hash, document_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
            sentence_rows,
        )
    conn.execute("COMMIT")
    conn.close()
    return len(rows)


def rebuild(db: Path) -> float:
    """Rebuild the summary tables from the rows; the seconds it took."""
    start = time.perf_counter()
    store = SQLiteStore(db)
    with store.transaction():
        store.rebuild_summaries()
    store.close()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="an ingested SQLite store (left as it is)")
    parser.add_argument("dest", type=Path, help="the larger store written")
    parser.add_argument("--copies", type=int, default=1, help="copies added (default 1: x2)")
    parser.add_argument(
        "--reprints",
        action="store_true",
        help="copies are re-prints: same story, same claims and events (see clone_rows)",
    )
    parser.add_argument(
        "--keys-only",
        action="store_true",
        help="only give the copies in SOURCE their near-duplicate keys (SOURCE is changed, "
        "DEST ignored)",
    )
    args = parser.parse_args()
    if args.keys_only:
        start = time.perf_counter()
        added = clone_dedup_keys(args.source)
        print(f"grow_store: keys for {added:,} copies in {time.perf_counter() - start:.1f} s")
        return 0
    if not args.source.is_file():
        print(f"grow_store: no store at {args.source}", file=sys.stderr)
        return 2
    src = sqlite3.connect(args.source)
    src.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    src.close()
    shutil.copyfile(args.source, args.dest)
    SQLiteStore(args.dest).close()  # an older store's schema brought up to date first
    start = time.perf_counter()
    total = clone_rows(args.dest, args.copies, reprints=args.reprints)
    clone_dedup_keys(args.dest)
    summaries = rebuild(args.dest)
    print(
        f"grow_store: {args.dest}: {total:,} documents in {time.perf_counter() - start:.1f} s "
        f"(summary tables {summaries:.1f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
