"""Reads the workbench pages need: the actor graph, the map and paged lists.

Every method answers one page or one bounded picture with indexed reads, so
a page costs about the same on a store of five articles or a hundred
thousand: the graph reads only the events of the entities it shows (through
``event_entities``), the map aggregates events by location in SQL instead of
building every event, and the claim, dispute and story lists return one
page of ids in a stable order plus their total. Standard SQL with ``?``
placeholders, like :mod:`dossier.store.summaries`, so both backends share it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from dossier.store.summaries import _chunks, _marks, split_ids


def _filters(
    type: str | None, date_from: str | None, date_to: str | None, alias: str
) -> tuple[list[str], list[Any]]:
    """WHERE conditions on an ``event_summaries``-shaped row (type, dates),
    the same semantics as :meth:`SummaryTables.event_page_ids`."""
    where: list[str] = []
    params: list[Any] = []
    if type:
        where.append(f"{alias}.type = ?")
        params.append(type)
    if date_from:
        where.append(f"{alias}.date_start IS NOT NULL AND {alias}.date_end >= ?")
        params.append(date_from)
    if date_to:
        where.append(f"{alias}.date_start IS NOT NULL AND {alias}.date_start <= ?")
        params.append(date_to)
    return where, params


class WorkbenchReads:
    """Graph, map and list reads (mixed into :class:`dossier.store.sql.SQLStore`)."""

    _exec: Callable[..., Any]
    _all: Callable[..., list[Any]]

    # -- graph ----------------------------------------------------------------------
    def entity_event_ids(
        self,
        entity_ids: Sequence[str],
        limit: int,
        type: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
    ) -> list[str]:
        """The events of any of these entities (any role), newest first, at most
        ``limit`` in all: one ordered index read per entity, merged here (a
        country and its people's name would otherwise each bring ``limit``)."""
        where, params = _filters(type, date_from, date_to, "e")
        clause = " AND ".join(["e.entity_id = ?", *where])
        found: dict[str, str] = {}
        for entity_id in sorted(set(entity_ids)):
            rows = self._all(
                f"""SELECT e.event_id, e.sort_key FROM event_entities e WHERE {clause}
                    ORDER BY e.sort_key DESC, e.event_id DESC LIMIT ?""",
                [entity_id, *params, limit],
            )
            found.update((r[0], r[1]) for r in rows)
        return sorted(found, key=lambda i: (found[i], i), reverse=True)[:limit]

    def events_with_entities(
        self, event_ids: Sequence[str], entity_ids: Sequence[str]
    ) -> list[str]:
        """Those of ``event_ids`` in which every one of ``entity_ids`` takes part,
        in the order given: primary-key lookups in ``event_entities``, so a
        caller can drop candidates before building them."""
        wanted = sorted(set(entity_ids))
        if not wanted:
            return list(event_ids)
        kept: set[str] = set()
        for chunk in _chunks(set(event_ids)):
            kept.update(
                r[0]
                for r in self._all(
                    f"""SELECT event_id FROM event_entities
                        WHERE entity_id IN ({_marks(wanted)}) AND event_id IN ({_marks(chunk)})
                        GROUP BY event_id HAVING COUNT(*) = ?""",
                    [*wanted, *chunk, len(wanted)],
                )
            )
        return [i for i in event_ids if i in kept]

    def event_links(self, event_ids: Sequence[str]) -> list[dict[str, Any]]:
        """Per event: type, date, actor and target entity ids, its stories and
        its number of reports (evidence sentences) — no document text.

        Read from the links kept at write time (``event_links``,
        :meth:`~dossier.store.summaries.SummaryTables._keep_event_links`): one indexed
        read per chunk of events, where the graph joined every report's arguments to
        their keys' entities and every report to its document."""
        found: dict[str, dict[str, Any]] = {}
        ids = sorted(set(event_ids))
        for chunk in _chunks(ids):
            for row in self._all(
                f"""SELECT s.id, s.type, s.date_start, s.date_end,
                           l.actors, l.targets, l.stories, l.evidence
                    FROM event_summaries s LEFT JOIN event_links l ON l.event_id = s.id
                    WHERE s.id IN ({_marks(chunk)})""",
                chunk,
            ):
                found[row[0]] = {
                    "id": row[0],
                    "type": row[1],
                    "date_start": row[2],
                    "date_end": row[3],
                    "actors": split_ids(row[4]),
                    "targets": split_ids(row[5]),
                    "stories": split_ids(row[6]),
                    "evidence": int(row[7] or 0),
                }
        return [found[i] for i in ids if i in found]

    def top_event_entities(self, limit: int) -> list[tuple[str, int]]:
        """Entities taking part in the most events: ``(id, events)``, most first."""
        rows = self._all(
            """SELECT entity_id, events FROM entity_summaries WHERE events > 0
               ORDER BY events DESC, entity_id LIMIT ?""",
            (limit,),
        )
        return [(r[0], int(r[1])) for r in rows]

    # -- map ------------------------------------------------------------------------
    def event_locations(
        self,
        entity_id: str | None = None,
        type: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
    ) -> list[tuple[str, str, int]]:
        """``(location entity, event type, events)`` for events with a location,
        filtered like the timeline; an event reported at two places counts at
        both.

        Without an entity or a date the counts kept at ingest answer
        (``place_counts``: one row per place and type); a filter reads the
        located events it keeps (``event_places``), never the reports.
        """
        if not (entity_id or date_from or date_to):
            where, params = ("WHERE type = ?", [type]) if type else ("", [])
            rows = self._all(
                f"""SELECT entity_id, type, events FROM place_counts {where}
                    ORDER BY entity_id, type""",
                params,
            )
            return [(r[0], r[1], int(r[2])) for r in rows]
        where, params = _filters(type, date_from, date_to, "l")
        join = ""
        if entity_id:
            join = "JOIN event_entities p ON p.event_id = l.event_id AND p.entity_id = ?"
            params = [entity_id, *params]
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        rows = self._all(
            f"""SELECT l.entity_id, l.type, COUNT(*) FROM event_places l {join} {clause}
                GROUP BY l.entity_id, l.type ORDER BY l.entity_id, l.type""",
            params,
        )
        return [(r[0], r[1], int(r[2])) for r in rows]

    def events_at(
        self,
        locations: Sequence[str],
        limit: int,
        offset: int,
        entity_id: str | None = None,
        type: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
    ) -> tuple[int, list[str]]:
        """``(total, event ids of one page)`` located at any of ``locations``
        (entity ids), filtered like :meth:`event_locations`; in date order,
        undated last, ties by id."""
        if not locations:
            return 0, []
        if not (entity_id or type or date_from or date_to):
            return self._events_at_kept(sorted(set(locations)), limit, offset)
        where, params = _filters(type, date_from, date_to, "l")
        join = ""
        if entity_id:
            join = "JOIN event_entities p ON p.event_id = l.event_id AND p.entity_id = ?"
        clause = " AND ".join([f"l.entity_id IN ({_marks(locations)})", *where])
        inner = f"""SELECT DISTINCT l.event_id AS id, l.sort_key FROM event_places l {join}
                    WHERE {clause}"""
        all_params = [*([entity_id] if entity_id else []), *locations, *params]
        total = int(self._exec(f"SELECT COUNT(*) FROM ({inner}) x", all_params).fetchone()[0])
        rows = self._all(
            f"""SELECT id FROM ({inner}) x ORDER BY sort_key = '', sort_key, id
                LIMIT ? OFFSET ?""",
            [*all_params, limit, offset],
        )
        return total, [r[0] for r in rows]

    def _events_at_kept(
        self, locations: list[str], limit: int, offset: int
    ) -> tuple[int, list[str]]:
        """:meth:`events_at` without a filter, from what ingest keeps: the total
        is the places' counts less the events counted at two of them (the
        ``places > 1`` index range), the page a merge of each place's first
        ``offset + limit`` events in index order (dated, then undated). A point
        of the map holds tens of thousands of events on a large archive; this
        reads the counts and one page per place, never all of them."""
        marks = _marks(locations)
        total = int(
            self._exec(
                f"SELECT COALESCE(SUM(events), 0) FROM place_counts WHERE entity_id IN ({marks})",
                locations,
            ).fetchone()[0]
        )
        if len(locations) > 1:
            # an event at k of the places is counted k times above: less k - 1 for
            # each, read from the sets of places the write path counts (``place_sets``:
            # the events of one set share its k; 317 sets on a 100k-document store)
            # instead of grouping the shared events' rows per request (83,000 rows,
            # 50,800 events for the largest point there: 30 ms of CPU)
            total -= int(
                self._exec(
                    f"""SELECT COALESCE(SUM(events * (n - 1)), 0) FROM (
                            SELECT COUNT(*) AS n, MAX(events) AS events FROM place_sets
                            WHERE entity_id IN ({marks}) GROUP BY places
                            HAVING COUNT(*) > 1) x""",
                    locations,
                ).fetchone()[0]
            )
        want = offset + limit
        found: dict[str, str] = {}
        for location in locations:
            for extra, order in (
                ("sort_key > ''", "sort_key, event_id"),
                ("sort_key = ''", "event_id"),
            ):
                rows = self._all(
                    f"""SELECT event_id, sort_key FROM event_places
                        WHERE entity_id = ? AND {extra} ORDER BY {order} LIMIT ?""",
                    (location, want),
                )
                found.update((r[0], r[1]) for r in rows)
                if len(rows) >= want:
                    break  # this place's dated events fill the page: none undated needed
        ordered = sorted(found, key=lambda i: (found[i] == "", found[i], i))
        return total, ordered[offset:want]

    # -- lists ----------------------------------------------------------------------
    def story_page(self, limit: int, offset: int) -> tuple[int, list[tuple[str, int]]]:
        """``(stories, [(story id, documents)])`` of one page, largest first, ties by id."""
        total = int(self._exec("SELECT COUNT(*) FROM story_sizes").fetchone()[0])
        rows = self._all(  # story sizes kept at ingest, read in index order
            """SELECT story_id, documents FROM story_sizes
               ORDER BY documents DESC, story_id LIMIT ? OFFSET ?""",
            (limit, offset),
        )
        return total, [(r[0], int(r[1])) for r in rows]

    def claim_page_ids(
        self, limit: int, offset: int, contradicted: bool = False
    ) -> tuple[int, list[str]]:
        """``(total, claim ids of one page)`` by claim id; ``contradicted``
        keeps figures that another figure about the same subject and unit
        contradicts (both exact, intervals apart: :func:`dossier.kb.claims.relate`)."""
        if contradicted:
            inner = """SELECT a.claim_id FROM entity_measures a WHERE a.vague = 0 AND EXISTS (
                SELECT 1 FROM entity_measures b WHERE b.entity_id = a.entity_id
                AND b.unit_key = a.unit_key AND b.vague = 0
                AND (b.low > a.high OR b.high < a.low))"""
            total = int(self._exec(f"SELECT COUNT(*) FROM ({inner}) x").fetchone()[0])
            rows = self._all(f"{inner} ORDER BY a.claim_id LIMIT ? OFFSET ?", (limit, offset))
            return total, [r[0] for r in rows]
        # the total kept at ingest; the page in the order of claim_ids' key
        total = int(
            self._exec(
                "SELECT COALESCE(MAX(value), 0) FROM kb_counts WHERE name = 'claims'"
            ).fetchone()[0]
        )
        rows = self._all(
            "SELECT claim_id FROM claim_ids ORDER BY claim_id LIMIT ? OFFSET ?", (limit, offset)
        )
        return total, [r[0] for r in rows]

    def entity_claim_page_ids(
        self, entity_id: str, limit: int, offset: int
    ) -> tuple[int, list[str]]:
        """Claims by or about an entity, in ingest order (first mention), ties by id."""
        row = self._exec(
            "SELECT claims_by + claims_about FROM entity_summaries WHERE entity_id = ?",
            (entity_id,),
        ).fetchone()
        rows = self._all(
            """SELECT claim_id FROM claim_entities WHERE entity_id = ?
               ORDER BY seq, claim_id LIMIT ? OFFSET ?""",
            (entity_id, limit, offset),
        )
        return int(row[0]) if row else 0, [r[0] for r in rows]

    def contradiction_pairs(
        self, limit: int, offset: int, cap: int
    ) -> tuple[int, list[tuple[str, str]]]:
        """``(pairs, capped at cap + 1; one page of (lower, upper) claim ids)``:
        every pair of exact figures about one subject in one unit whose
        intervals are apart, by subject, unit and the lower side's upper end."""
        # only the (subject, unit) groups the write path found contradicting
        # (``measure_spans``), and in each only the figures below its highest low end:
        # each one read has a partner, where walking every figure of every group read
        # 270,000 index rows of a 100k-document store for 34 contradicting groups. CROSS
        # JOIN keeps that loop order in SQLite (its planner, without statistics, put the
        # figures first); the groups in key order give the ORDER BY's first columns.
        pairs = """SELECT a.claim_id AS low_id, b.claim_id AS high_id
            FROM measure_spans g CROSS JOIN entity_measures a CROSS JOIN entity_measures b
            WHERE a.entity_id = g.entity_id AND a.unit_key = g.unit_key AND a.vague = 0
              AND a.high < g.max_low
              AND b.entity_id = a.entity_id AND b.unit_key = a.unit_key AND b.vague = 0
              AND b.low > a.high"""
        total = int(
            self._exec(f"SELECT COUNT(*) FROM ({pairs} LIMIT ?) x", (cap + 1,)).fetchone()[0]
        )
        rows = self._all(
            f"""{pairs} ORDER BY g.entity_id, g.unit_key, a.high, a.claim_id, b.low, b.claim_id
                LIMIT ? OFFSET ?""",
            (limit, offset),
        )
        return total, [(r[0], r[1]) for r in rows]

    def document_page(self, limit: int, offset: int) -> list[dict[str, Any]]:
        """One page of :meth:`documents` (same order), read with LIMIT/OFFSET."""
        from dossier.store.sql import DOCUMENT_COLUMNS  # sql.py imports this module

        rows = self._all(
            f"""SELECT {DOCUMENT_COLUMNS} FROM documents
                ORDER BY source, version, segment, id LIMIT ? OFFSET ?""",
            (limit, offset),
        )
        found = []
        for row in rows:
            record = dict(row)
            record["removed"] = json.loads(record["removed"])
            found.append(record)
        return found
