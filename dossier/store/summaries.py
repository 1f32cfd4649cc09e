"""Per-entity summary tables: what an entity page needs, kept ready at ingest.

An entity page must not aggregate every mention, event and claim of the
knowledge base per request: for an entity named in 100,000 documents that
takes seconds. These tables hold the aggregates the page reads, each behind
an index that returns one page in order:

* ``key_aliases`` — surface forms per grouping key with mention and document
  counts, incremented as documents are added (keys never change identity,
  so merges need no update);
* ``event_summaries`` / ``event_entities`` — each event's date (the one the
  query layer shows), type and modality, and the entities taking part, in
  date order per entity;
* ``claim_entities`` — claims by an entity (speaker) and about it (subject,
  not the speaker), in ingest order;
* ``entity_measures`` — comparable figures (quantity claims with a unit and
  an interval) by subject entity and unit, sorted both by low and by high
  end, so contradictions are found by range scans instead of comparing
  every pair;
* ``event_places`` / ``place_counts`` — each event at each place (location
  entity) it is reported at (with its number of places, so the few events
  shared by two places are found by an index range), and the number of events
  per (place, type): the map reads the counts instead of grouping every
  located event;
* ``place_sets`` — the events reported at several places, counted per set of
  places (a row for each member place): how many events the places of one
  point of the map share, read without visiting the events;
* ``measure_spans`` — each subject and unit whose exact figures contradict
  (their highest low end above their lowest high end), with those two ends:
  the dispute list visits these few instead of every figure;
* ``event_links`` — each event's actor and target entities, stories and number of
  reports (id lists, :func:`join_ids`, and a count): what the actor graph reads per
  event, without joining its reports' arguments to their entities and its reports to
  their documents;
* ``type_counts`` — events (and dated events) per type: timeline totals and
  filter menus; ``claim_ids`` — one row per claim (the claim list, in id
  order); ``story_sizes`` — documents per story (story lists, largest first);
  ``kb_counts`` — archive totals (claims).

Counts are kept as deltas (an event's old rows subtracted, its new ones
added, when it is refreshed), so a batch costs what it touches, not what the
archive holds; ``rebuild_summaries`` recounts them all, and the tests compare
the two.

Writes mark the events, claims, keys and entities they touch; the store
refreshes the affected rows just before its transaction commits, so a reader
never sees a batch without its summaries. The SQL is standard (no
SQLite-only functions); only the ``?`` placeholders are the DB-API
``qmark`` style.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

from dossier.kb.fact_summary import best_date, claim_measure, event_participants, majority_modality

#: version of the summary rows' content; a store whose meta row differs rebuilds
#: them (the tables themselves are migrations 5 and 9 in :mod:`dossier.store.migrations`).
#: Raise it whenever what a row holds changes (``kb.fact_summary``): merges rename rows
#: instead of recomputing them, so a row from an older rule would otherwise stay.
#: 6: an event's date among equally supported inferred intervals is the earliest end.
#: 7: a stated date wider than a month ("over the past decade") beside other reports is not
#: the event's date.
#: 8: an event's modality is a vote of its documents, one each (``majority_modality``): a
#: tie inside one document goes to "asserted", a tie between documents to the hedge.
#: 9: a town in the name of the force that acted gives way to a town or district a report's
#: own sentence states (``fact_summary.event_place``).
#: 10: a finer place the same sentence states, inside the chosen report's country or province,
#: places the event (``fact_summary.event_place``, ``_finer_in_sentence``).
#: 11: an attack or arrest placed at a province takes the one town or district inside it that
#: the incident's other reports of the same article name (``_finer_of_incident``).
#: 12: inside one document, the reports of one sentence are one telling, and a tie between a
#: hedged and a plain telling goes to the one told first (``majority_modality``).
SUMMARY_VERSION = "12"
_CHUNK = 500
#: (subject, unit) groups whose exact figures' ends one statement reads
_SPANS_CHUNK = 100
_Item = TypeVar("_Item")


def _pieces(items: Sequence[_Item], size: int = _CHUNK) -> Iterator[list[_Item]]:
    """``items`` in their order, ``size`` at a time: how the store reads or writes a long list
    of ids, one bounded statement per piece (SQLite caps a statement's parameters, and one
    ``IN`` list of a whole archive's ids would be planned and sent as one)."""
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def _chunks(items: Iterable[str], size: int = _CHUNK) -> Iterator[list[str]]:
    """:func:`_pieces` of ``items`` sorted: the same ids give the same statements."""
    yield from _pieces(sorted(items), size)


def _marks(values: Sequence[Any]) -> str:
    """The ``?`` placeholders of an ``IN`` list of ``values`` (PostgreSQL's store rewrites them)."""
    return ",".join("?" * len(values))


#: how a kept id list writes an id that is None (a document with no story): no id is a tab
_NO_ID = "\t"


def join_ids(ids: Iterable[str | None]) -> str:
    """A set of ids as one column (``event_links``): sorted, one a line; None as a tab.

    Why not JSON: the graph reads a thousand events a request, and decoding three JSON
    lists each was most of the read; ids never hold a line break or a tab."""
    return "\n".join(sorted(_NO_ID if i is None else i for i in ids))


def split_ids(text: str | None) -> set[str | None]:
    """The ids :func:`join_ids` wrote (an empty or NULL column: none)."""
    if not text:
        return set()
    return {None if i == _NO_ID else i for i in text.split("\n")}


class SummaryTables:
    """Maintenance and reads of the summary tables (mixed into a store).

    The host class (:class:`dossier.store.sql.SQLStore`) provides ``_exec``
    and ``_many`` (statements with ``?`` placeholders, rows readable by column
    name), ``_all`` and the fact reads ``event_mentions`` / ``claim_mentions``.
    """

    _exec: Callable[..., Any]
    _many: Callable[..., None]
    _all: Callable[..., list[Any]]
    _one: Callable[..., Any]
    event_mentions: Callable[..., list[dict[str, Any]]]
    claim_mentions: Callable[..., list[dict[str, Any]]]
    entities_by_id: Callable[..., dict[str, Any]]
    place_votes_of: Callable[..., dict[str, list[dict[str, Any]]]]
    _fresh_documents: list[str]
    _regrouped: set[str]
    _restoried: set[str]

    def _init_summaries(self) -> None:
        self._dirty_events: set[str] = set()
        self._dirty_claims: set[str] = set()
        self._dirty_keys: set[str] = set()
        self._dirty_entities: set[str] = set()
        self._dirty_stories: set[str] = set()
        #: per entity, what this flush adds to its page counts (events, dated events, claims
        #: by, claims about; negative for rows removed): applied by :meth:`_apply_counts`
        self._count_delta: dict[str, list[int]] = {}
        #: documents added in this transaction, and entities whose keys changed (or whose
        #: stored count was rewritten) in it: what an entity's document count is kept from
        #: (``SQLStore.entity_document_count``), forgotten at commit and at rollback
        self._fresh_documents: list[str] = []
        self._regrouped: set[str] = set()
        #: this transaction's documents by the keys they mention, read for the first
        #: ``_fresh_named_upto`` of ``_fresh_documents`` (``SQLStore._fresh_key_documents``)
        self._fresh_named: dict[str, set[str]] = {}
        self._fresh_named_upto = 0
        #: entity merges of this transaction, (source, target) in order: their summary rows
        #: are renamed at flush (:meth:`_rename_entity`), not recomputed
        self._merged: list[tuple[str, str]] = []
        #: documents of this transaction moved from one story to another: their events'
        #: stories change (``event_links``)
        self._restoried: set[str] = set()

    # -- write-side bookkeeping ---------------------------------------------------
    def _count_aliases(self, document_id: str) -> None:
        """Add one new document's mentions to the per-key alias counts."""
        self._exec(
            """INSERT INTO key_aliases (key, text, label, via, mentions, documents)
               SELECT key, text, label, via, COUNT(*), 1 FROM mentions
               WHERE document_id = ? GROUP BY key, text, label, via
               ON CONFLICT (key, text, label, via) DO UPDATE SET
               mentions = key_aliases.mentions + excluded.mentions,
               documents = key_aliases.documents + 1""",
            (document_id,),
        )

    def _remapped_keys(self, mapping: dict[str, tuple[str, str]]) -> dict[str, str]:
        """Note keys that move to another entity (their facts change entity); the
        entity each already mapped key of ``mapping`` was in."""
        keys = list(mapping)
        old: dict[str, str] = {}
        for chunk in _chunks(keys):
            for row in self._all(
                f"SELECT key, entity_id FROM entity_keys WHERE key IN ({_marks(chunk)})", chunk
            ):
                old[row[0]] = row[1]
                if row[1] != mapping[row[0]][0]:
                    self._dirty_keys.add(row[0])
        return old

    def flush_summaries(self) -> None:
        """Bring the summary rows of everything written since the last flush up to date.

        Called by the store inside its transaction, before COMMIT.
        """
        # events whose kept links name an entity merged away (read before the rename moves
        # its rows), or whose reports' documents changed story: their links are kept anew
        linked: set[str] = set()
        for source, target in self._merged:  # first: the merged entity then holds no rows
            linked.update(
                r[0]
                for r in self._all(
                    "SELECT event_id FROM event_entities WHERE entity_id = ?", (source,)
                )
            )
            self._rename_entity(source, target)
        for chunk in _chunks(self._restoried):
            linked.update(
                r[0]
                for r in self._all(
                    f"""SELECT DISTINCT event_id FROM event_mentions
                        WHERE document_id IN ({_marks(chunk)})""",
                    chunk,
                )
            )
        events, claims = set(self._dirty_events), set(self._dirty_claims)
        for chunk in _chunks(self._dirty_keys):
            marks = _marks(chunk)
            events.update(
                r[0]
                for r in self._all(
                    f"""SELECT m.event_id FROM event_args a
                        JOIN event_mentions m ON m.id = a.mention_id WHERE a.key IN ({marks})
                        UNION
                        SELECT event_id FROM event_mentions WHERE location_key IN ({marks})""",
                    [*chunk, *chunk],
                )
            )
            claims.update(
                r[0]
                for r in self._all(
                    f"""SELECT claim_id FROM claim_mentions WHERE speaker_key IN ({marks})
                        UNION SELECT claim_id FROM claim_mentions WHERE subject_key IN ({marks})""",
                    [*chunk, *chunk],
                )
            )
        for chunk in _chunks(self._dirty_entities):
            marks = _marks(chunk)
            events.update(
                r[0]
                for r in self._all(
                    f"SELECT event_id FROM event_entities WHERE entity_id IN ({marks})", chunk
                )
            )
            claims.update(
                r[0]
                for r in self._all(
                    f"""SELECT claim_id FROM claim_entities WHERE entity_id IN ({marks})
                        UNION SELECT claim_id FROM entity_measures WHERE entity_id IN ({marks})""",
                    [*chunk, *chunk],
                )
            )
        for chunk in _chunks(events):
            self._refresh_events(chunk)
        for chunk in _chunks(events | linked):
            self._keep_event_links(chunk)
        for chunk in _chunks(claims):
            self._refresh_claims(chunk)
        self._apply_counts(self._count_delta)
        self._count_stories(self._dirty_stories)
        self.keep_entity_places(self._touched_places())
        self._init_summaries()

    def _rename_entity(self, source: str, target: str) -> None:
        """Move ``source``'s summary rows to ``target``, which it was merged into.

        Why not refresh every event and claim of ``source``: a merge changes no report,
        only which entity some are about, and an entity named in 10,000 documents has
        tens of thousands of facts to recompute. The rows say the same after a merge
        except where both entities had a part: an event both take part in lists the
        entity once, an event reported at both places is at one place fewer, and a claim
        whose speaker and subject become one entity is no longer "about" it. Each
        statement reads ``source``'s rows and probes ``target``'s by key, so the cost is
        the merged entity's rows, however many ``target`` holds.
        """
        # the counts move with the rows, read from ``source``'s rows only (a recount of
        # ``target``, often a hub, would grow with it): ``target`` gains what ``source``
        # had less the rows deleted below as already its own
        moved = self._entity_rows(source)
        shared_events = self._one(
            """SELECT COUNT(*), COALESCE(SUM(CASE WHEN sort_key > '' THEN 1 ELSE 0 END), 0)
               FROM event_entities WHERE entity_id = ? AND EXISTS (
               SELECT 1 FROM event_entities t WHERE t.entity_id = ?
               AND t.event_id = event_entities.event_id)""",
            (source, target),
        )
        self._exec(
            """DELETE FROM event_entities WHERE entity_id = ? AND EXISTS (
               SELECT 1 FROM event_entities t WHERE t.entity_id = ?
               AND t.event_id = event_entities.event_id)""",
            (source, target),
        )
        self._exec("UPDATE event_entities SET entity_id = ? WHERE entity_id = ?", (target, source))
        place_delta: dict[tuple[str, str], int] = {}
        shared: list[str] = []
        for event_id, kind, both in self._all(
            """SELECT s.event_id, s.type, EXISTS (SELECT 1 FROM event_places t
               WHERE t.entity_id = ? AND t.event_id = s.event_id)
               FROM event_places s WHERE s.entity_id = ?""",
            (target, source),
        ):
            place_delta[(source, kind)] = place_delta.get((source, kind), 0) - 1
            if both:
                shared.append(event_id)
            else:
                place_delta[(target, kind)] = place_delta.get((target, kind), 0) + 1
        self._many(
            "UPDATE event_places SET places = places - 1 WHERE event_id = ?",
            [(e,) for e in shared],
        )
        self._many(
            "DELETE FROM event_places WHERE entity_id = ? AND event_id = ?",
            [(source, e) for e in shared],
        )
        self._exec("UPDATE event_places SET entity_id = ? WHERE entity_id = ?", (target, source))
        self._add_counts(place_delta, {})
        # the sets of places naming ``source`` name ``target`` instead (one place fewer
        # where both were in it; under two places the events are shared no more)
        sets: dict[tuple[str, ...], int] = {}
        for places, events in self._all(
            "SELECT places, events FROM place_sets WHERE entity_id = ?", (source,)
        ):
            members = tuple(places.split(","))
            sets[members] = sets.get(members, 0) - int(events)
            moved_to = tuple(sorted({*members, target} - {source}))
            if len(moved_to) > 1:
                sets[moved_to] = sets.get(moved_to, 0) + int(events)
        self._shift_place_sets(sets)
        # one speaker and one subject per claim: "about" goes where it becomes the speaker
        about_lost = self._one(
            """SELECT COUNT(*) FROM claim_entities s JOIN claim_entities t
               ON t.claim_id = s.claim_id AND t.entity_id = ? AND t.role = 'about'
               WHERE s.entity_id = ? AND s.role = 'by'""",
            (target, source),
        )[0]
        about_dropped = self._one(
            """SELECT COUNT(*) FROM claim_entities s JOIN claim_entities t
               ON t.claim_id = s.claim_id AND t.entity_id = ? AND t.role = 'by'
               WHERE s.entity_id = ? AND s.role = 'about'""",
            (target, source),
        )[0]
        self._exec(
            """DELETE FROM claim_entities WHERE entity_id = ? AND role = 'about'
               AND claim_id IN (SELECT claim_id FROM claim_entities
                                WHERE entity_id = ? AND role = 'by')""",
            (target, source),
        )
        self._exec(
            """DELETE FROM claim_entities WHERE entity_id = ? AND role = 'about' AND EXISTS (
               SELECT 1 FROM claim_entities t WHERE t.entity_id = ? AND t.role = 'by'
               AND t.claim_id = claim_entities.claim_id)""",
            (source, target),
        )
        self._exec("UPDATE claim_entities SET entity_id = ? WHERE entity_id = ?", (target, source))
        events, dated, by, about = moved
        self._add_entity_delta(source, -events, -dated, -by, -about)
        self._add_entity_delta(
            target,
            events - int(shared_events[0]),
            dated - int(shared_events[1]),
            by,
            about - int(about_dropped) - int(about_lost),
        )
        units = [
            r[0]
            for r in self._all(
                "SELECT DISTINCT unit_key FROM entity_measures WHERE entity_id = ?", (source,)
            )
        ]
        self._exec("UPDATE entity_measures SET entity_id = ? WHERE entity_id = ?", (target, source))
        self._keep_measure_spans({(e, u) for u in units for e in (source, target)})
        # as a refresh does, the merged entity's unit rows stay (harmless: see _refresh_claims)
        self._many(
            """INSERT INTO entity_units (entity_id, unit_key) VALUES (?, ?)
               ON CONFLICT (entity_id, unit_key) DO NOTHING""",
            [
                (target, r[0])
                for r in self._all(
                    "SELECT unit_key FROM entity_units WHERE entity_id = ? ORDER BY unit_key",
                    (source,),
                )
            ],
        )

    # -- each place entity's point on the map ------------------------------------------
    def _touched_places(self) -> set[str]:
        """Entities whose point this transaction may have moved: those its new documents
        name (new votes, a new first document, a new name or type) and both sides of every
        key that moved or entity that merged or went."""
        touched = set(self._regrouped) | set(self._dirty_entities)
        for chunk in _chunks(set(self._fresh_documents)):
            touched.update(
                r[0]
                for r in self._all(
                    f"""SELECT DISTINCT k.entity_id FROM mentions m
                        JOIN entity_keys k ON k.key = m.key
                        WHERE m.document_id IN ({_marks(chunk)})""",
                    chunk,
                )
            )
        return touched

    def keep_entity_places(self, entity_ids: Iterable[str]) -> None:
        """Decide now where each of these entities lies on the map (``entity_places``):
        the record its kept votes give, or, for a place no document voted on (its
        mentions carry no place label), the vote of its first
        :data:`~dossier.config.MAP_PLACE_VOTERS` documents in their own contexts.

        Why at write time: the map shows hundreds of places per request, and the
        documents' vote reads and parses up to that many texts per place (most of the
        page's time on a 100k-document store); what it decides changes only when the
        entity's mentions, votes or keys do, which is when a write names it. Entities
        that are no place (or no longer exist) lose their row."""
        from dossier import geo
        from dossier.config import MAP_PLACE_VOTERS

        ids = sorted(set(entity_ids))
        if not ids:
            return
        for chunk in _chunks(ids):
            self._exec(f"DELETE FROM entity_places WHERE entity_id IN ({_marks(chunk)})", chunk)
        rows = self.entities_by_id(ids)
        placed = [rows[i] for i in ids if i in rows and rows[i].type in geo.PLACE_TYPES]
        if not placed:
            return
        votes = self.place_votes_of([r.id for r in placed])
        resolver = geo.EntityPlaces(self)  # type: ignore[arg-type]  # the host is a Store
        kept, records = [], {}
        for row in placed:
            found = resolver.resolve(
                row.id, row.name, row.type, MAP_PLACE_VOTERS, votes=votes.get(row.id, [])
            )
            if found.place is not None:
                records[found.place.gazetteer_id] = found.place
            kept.append((row.id, found.place.gazetteer_id if found.place else "", found.reason))
        self._keep_places(records)
        self._many("INSERT INTO entity_places (entity_id, place_id, reason) VALUES (?, ?, ?)", kept)

    def _keep_places(self, places: dict[str, Any]) -> None:
        """Store the gazetteer records ``places`` (by gazetteer id) that a row about to be
        written points at; a place stored before is left as it is."""
        self._many(
            "INSERT INTO places (place_id, name, country, admin1, lat, lon, feature, "
            "population, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (place_id) DO NOTHING",
            [
                (p.gazetteer_id, p.name, p.country, p.admin1, p.lat, p.lon, p.feature,
                 p.population, p.source)
                for _id, p in sorted(places.items())
            ],
        )  # fmt: skip

    def fill_entity_places(self) -> None:
        """Keep the point of every place entity (a store upgraded to ``entity_places``,
        or rows written by plain SQL): one pass, the entities read a chunk at a time."""
        from dossier.geo import PLACE_TYPES

        self._exec("DELETE FROM entity_places")
        types = sorted(PLACE_TYPES)
        ids = [
            r[0]
            for r in self._all(
                f"SELECT id FROM entities WHERE type IN ({_marks(types)}) ORDER BY id", types
            )
        ]
        for chunk in _chunks(ids):
            self.keep_entity_places(chunk)

    def entity_places_of(self, entity_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """The kept points of these entities (absent: none kept), each its place id
        (empty: unresolved), why, and the place's record."""
        found: dict[str, dict[str, Any]] = {}
        for chunk in _chunks(set(entity_ids)):
            for row in self._all(
                f"""SELECT e.entity_id, e.place_id, e.reason, p.name, p.country, p.admin1,
                           p.lat, p.lon, p.feature, p.population, p.source
                    FROM entity_places e LEFT JOIN places p ON p.place_id = e.place_id
                    WHERE e.entity_id IN ({_marks(chunk)})""",
                chunk,
            ):
                kept = dict(row)
                found[kept.pop("entity_id")] = kept
        return found

    def rebuild_summaries(self) -> None:
        """Recompute every summary row from the stored facts (after a schema
        upgrade, or after rows were written by plain SQL)."""
        for table in (
            "entity_units",
            "entity_summaries",
            "key_aliases",
            "event_summaries",
            "event_entities",
            "claim_entities",
            "entity_measures",
            "event_places",
            "place_counts",
            "place_sets",
            "measure_spans",
            "event_links",
            "type_counts",
            "claim_ids",
            "story_sizes",
            "kb_counts",
        ):
            self._exec(f"DELETE FROM {table}")
        self._exec(
            """INSERT INTO key_aliases (key, text, label, via, mentions, documents)
               SELECT key, text, label, via, COUNT(*), COUNT(DISTINCT document_id)
               FROM mentions GROUP BY key, text, label, via"""
        )
        events = [r[0] for r in self._all("SELECT DISTINCT event_id FROM event_mentions")]
        for chunk in _chunks(events):
            self._refresh_events(chunk, fresh=True)
            self._keep_event_links(chunk, fresh=True)
        claims = [r[0] for r in self._all("SELECT DISTINCT claim_id FROM claim_mentions")]
        for chunk in _chunks(claims):
            self._refresh_claims(chunk, fresh=True)
        self._exec(
            """INSERT INTO story_sizes (story_id, documents) SELECT story_id, COUNT(*)
               FROM documents WHERE story_id IS NOT NULL GROUP BY story_id"""
        )
        self._exec("DELETE FROM entity_summaries")
        self._count_entities(
            {r[0] for r in self._all("SELECT DISTINCT entity_id FROM event_entities")}
            | {r[0] for r in self._all("SELECT DISTINCT entity_id FROM claim_entities")}
        )
        self.fill_entity_places()
        self._init_summaries()

    def _count_entities(self, entities: Iterable[str]) -> None:
        """Recount the list sizes an entity page shows (counted at ingest, since
        counting an index range per request grows with the entity).

        Two grouped statements per chunk of entities, not two per entity: a
        batch touches hundreds of entities, and on PostgreSQL every statement
        is a round trip.
        """
        rows = []
        for chunk in _chunks(sorted(set(entities))):
            marks = _marks(chunk)
            events = {
                r[0]: (int(r[1]), int(r[2]))
                for r in self._all(
                    f"""SELECT entity_id, COUNT(*),
                               COALESCE(SUM(CASE WHEN sort_key > '' THEN 1 ELSE 0 END), 0)
                        FROM event_entities WHERE entity_id IN ({marks}) GROUP BY entity_id""",
                    chunk,
                )
            }
            claims = {
                r[0]: (int(r[1]), int(r[2]))
                for r in self._all(
                    f"""SELECT entity_id,
                               COALESCE(SUM(CASE WHEN role = 'by' THEN 1 ELSE 0 END), 0),
                               COALESCE(SUM(CASE WHEN role = 'about' THEN 1 ELSE 0 END), 0)
                        FROM claim_entities WHERE entity_id IN ({marks}) GROUP BY entity_id""",
                    chunk,
                )
            }
            rows += [(e, *events.get(e, (0, 0)), *claims.get(e, (0, 0))) for e in chunk]
            self._exec(f"DELETE FROM entity_summaries WHERE entity_id IN ({marks})", chunk)
        self._many(
            """INSERT INTO entity_summaries (entity_id, events, dated_events, claims_by,
               claims_about) VALUES (?, ?, ?, ?, ?)""",
            [r for r in rows if any(r[1:])],
        )

    def _add_entity_delta(
        self, entity_id: str, events: int, dated: int, by: int = 0, about: int = 0
    ) -> None:
        delta = self._count_delta.setdefault(entity_id, [0, 0, 0, 0])
        for i, value in enumerate((events, dated, by, about)):
            delta[i] += value

    def _entity_rows(self, entity_id: str) -> tuple[int, int, int, int]:
        """An entity's events, dated events, claims by and about it, counted from its
        summary rows (an index range of that entity alone)."""
        events, dated = self._one(
            """SELECT COUNT(*), COALESCE(SUM(CASE WHEN sort_key > '' THEN 1 ELSE 0 END), 0)
               FROM event_entities WHERE entity_id = ?""",
            (entity_id,),
        )
        roles = dict(
            self._all(
                """SELECT role, COUNT(*) FROM claim_entities WHERE entity_id = ?
                   GROUP BY role""",
                (entity_id,),
            )
        )
        return int(events), int(dated), int(roles.get("by", 0)), int(roles.get("about", 0))

    def _apply_counts(self, deltas: dict[str, list[int]]) -> None:
        """Add a flush's count deltas to ``entity_summaries``; rows left all zero go.

        Why deltas and not a recount of each touched entity: a hub (a country, an armed
        group) takes part in tens of thousands of events, and recounting its index range
        for every batch that names it made each update grow with the archive (0.2 s of
        a 10-article update on a 100k-document store). Every change to
        ``event_entities`` and ``claim_entities`` outside a rebuild passes through
        :meth:`_refresh_events`, :meth:`_refresh_claims` or :meth:`_rename_entity`,
        which note what they remove and add.
        """
        rows = sorted((e, *d) for e, d in deltas.items() if any(d))
        if not rows:
            return
        self._many(
            """INSERT INTO entity_summaries (entity_id, events, dated_events, claims_by,
               claims_about) VALUES (?, ?, ?, ?, ?)
               ON CONFLICT (entity_id) DO UPDATE SET
               events = entity_summaries.events + excluded.events,
               dated_events = entity_summaries.dated_events + excluded.dated_events,
               claims_by = entity_summaries.claims_by + excluded.claims_by,
               claims_about = entity_summaries.claims_about + excluded.claims_about""",
            rows,
        )
        for chunk in _chunks([r[0] for r in rows]):
            self._exec(
                f"""DELETE FROM entity_summaries WHERE entity_id IN ({_marks(chunk)})
                    AND events = 0 AND dated_events = 0 AND claims_by = 0
                    AND claims_about = 0""",
                chunk,
            )

    def _count_stories(self, stories: Iterable[str]) -> None:
        """Recount the documents of the stories a batch touched (one indexed
        count per story: a story is a handful of reports, not the archive)."""
        for chunk in _chunks({s for s in stories if s}):
            marks = _marks(chunk)
            sizes = dict(
                self._all(
                    f"""SELECT story_id, COUNT(*) FROM documents WHERE story_id IN ({marks})
                        GROUP BY story_id""",
                    chunk,
                )
            )
            self._exec(f"DELETE FROM story_sizes WHERE story_id IN ({marks})", chunk)
            self._many(
                "INSERT INTO story_sizes (story_id, documents) VALUES (?, ?)",
                [(s, int(sizes[s])) for s in chunk if sizes.get(s)],
            )

    def _add_counts(
        self,
        places: dict[tuple[str, str], int],
        types: dict[str, tuple[int, int]],
        claims: int = 0,
    ) -> None:
        """Apply count deltas (negative for rows an event or claim no longer
        has); rows that reach zero go, so the tables list only what exists."""
        places = {k: v for k, v in places.items() if v}
        types = {k: v for k, v in types.items() if any(v)}
        self._many(
            """INSERT INTO place_counts (entity_id, type, events) VALUES (?, ?, ?)
               ON CONFLICT (entity_id, type) DO UPDATE
               SET events = place_counts.events + excluded.events""",
            [(e, t, n) for (e, t), n in sorted(places.items())],
        )
        self._many(
            """INSERT INTO type_counts (type, events, dated) VALUES (?, ?, ?)
               ON CONFLICT (type) DO UPDATE SET events = type_counts.events + excluded.events,
               dated = type_counts.dated + excluded.dated""",
            [(t, n, d) for t, (n, d) in sorted(types.items())],
        )
        if claims:
            self._exec(
                """INSERT INTO kb_counts (name, value) VALUES ('claims', ?)
                   ON CONFLICT (name) DO UPDATE SET value = kb_counts.value + excluded.value""",
                (claims,),
            )
        if any(v < 0 for v in places.values()):
            self._exec("DELETE FROM place_counts WHERE events <= 0")
        if any(v[0] < 0 for v in types.values()):
            self._exec("DELETE FROM type_counts WHERE events <= 0")

    def _refresh_events(self, ids: list[str], fresh: bool = False) -> None:
        marks = _marks(ids)
        grouped: dict[str, list[dict[str, Any]]] = {}
        reports: dict[int, dict[str, Any]] = {}
        # what a summary needs, without the documents' text the page reads
        for row in self._all(
            f"""SELECT m.id, m.event_id, m.document_id, m.sentence, m.type, m.modality,
                       m.date_start, m.date_end, m.precision, m.date_text, m.location_text,
                       m.location_via, lk.entity_id AS location_entity
                FROM event_mentions m LEFT JOIN entity_keys lk ON lk.key = m.location_key
                WHERE m.event_id IN ({marks}) ORDER BY m.id""",
            ids,
        ):
            report = {**dict(row), "args": []}
            reports[report["id"]] = report
            grouped.setdefault(report["event_id"], []).append(report)
        for arg in self._all(
            f"""SELECT a.mention_id, a.role, k.entity_id FROM event_args a
                JOIN event_mentions m ON m.id = a.mention_id
                JOIN entity_keys k ON k.key = a.key WHERE m.event_id IN ({marks})""",
            ids,
        ):
            reports[arg[0]]["args"].append({"role": arg[1], "entity_id": arg[2]})
        if not fresh:
            for entity_id, sort_key in self._all(
                f"SELECT entity_id, sort_key FROM event_entities WHERE event_id IN ({marks})", ids
            ):
                self._add_entity_delta(entity_id, -1, -1 if sort_key else 0)
        place_delta: dict[tuple[str, str], int] = {}
        type_delta: dict[str, tuple[int, int]] = {}
        sets: dict[tuple[str, ...], int] = {}
        if not fresh:
            shared: dict[str, list[str]] = {}
            for entity_id, kind, event_id, at_places in self._all(
                f"""SELECT entity_id, type, event_id, places FROM event_places
                    WHERE event_id IN ({marks})""",
                ids,
            ):
                place_delta[(entity_id, kind)] = place_delta.get((entity_id, kind), 0) - 1
                if at_places > 1:
                    shared.setdefault(event_id, []).append(entity_id)
            for members in shared.values():
                key = tuple(sorted(members))
                sets[key] = sets.get(key, 0) - 1
            for kind, sort_key in self._all(
                f"SELECT type, sort_key FROM event_summaries WHERE id IN ({marks})", ids
            ):
                n, d = type_delta.get(kind, (0, 0))
                type_delta[kind] = (n - 1, d - (1 if sort_key else 0))
            self._exec(f"DELETE FROM event_summaries WHERE id IN ({marks})", ids)
            self._exec(f"DELETE FROM event_entities WHERE event_id IN ({marks})", ids)
            self._exec(f"DELETE FROM event_places WHERE event_id IN ({marks})", ids)
        summaries, members, places = [], [], []
        for event_id, reports in grouped.items():
            date = best_date(reports)
            row = (
                reports[0]["type"],
                majority_modality(
                    [r["modality"] for r in reports],
                    [r["document_id"] for r in reports],
                    [r["sentence"] for r in reports],
                ),
                date["start"] if date else None,
                date["end"] if date else None,
                date["start"] if date else "",
            )
            summaries.append((event_id, *row))
            members += [(e, event_id, *row) for e in sorted(event_participants(reports))]
            kind, (_modality, start, end, sort_key) = row[0], row[1:]
            n, d = type_delta.get(kind, (0, 0))
            type_delta[kind] = (n + 1, d + (1 if sort_key else 0))
            at = sorted({r["location_entity"] for r in reports if r["location_entity"]})
            for place in at:
                places.append((place, event_id, kind, start, end, sort_key, len(at)))
                place_delta[(place, kind)] = place_delta.get((place, kind), 0) + 1
            if len(at) > 1:
                sets[tuple(at)] = sets.get(tuple(at), 0) + 1
        for member in members:
            self._add_entity_delta(member[0], 1, 1 if member[-1] else 0)
        self._many(
            """INSERT INTO event_places (entity_id, event_id, type, date_start, date_end,
               sort_key, places) VALUES (?, ?, ?, ?, ?, ?, ?)""",
            places,
        )
        self._add_counts(place_delta, type_delta)
        self._shift_place_sets(sets)
        self._many(
            """INSERT INTO event_summaries (id, type, modality, date_start, date_end, sort_key)
               VALUES (?, ?, ?, ?, ?, ?)""",
            summaries,
        )
        self._many(
            """INSERT INTO event_entities (entity_id, event_id, type, modality, date_start,
               date_end, sort_key) VALUES (?, ?, ?, ?, ?, ?, ?)""",
            members,
        )

    def _refresh_claims(self, ids: list[str], fresh: bool = False) -> None:
        marks = _marks(ids)
        groups: set[tuple[str, str]] = set()  # (subject, unit) whose figures change
        grouped: dict[str, list[dict[str, Any]]] = {}
        for row in self._all(
            f"""SELECT c.id, c.claim_id, c.kind, c.qmin, c.qmax, c.unit, c.hedge, c.scope,
                       c.holds_on,
                       sk.entity_id AS speaker_entity, bk.entity_id AS subject_entity
                FROM claim_mentions c
                LEFT JOIN entity_keys sk ON sk.key = c.speaker_key
                LEFT JOIN entity_keys bk ON bk.key = c.subject_key
                WHERE c.claim_id IN ({marks}) ORDER BY c.id""",
            ids,
        ):
            grouped.setdefault(row["claim_id"], []).append(dict(row))
        if not fresh:
            for entity_id, role in self._all(
                f"SELECT entity_id, role FROM claim_entities WHERE claim_id IN ({marks})", ids
            ):
                self._add_entity_delta(entity_id, 0, 0, *((-1, 0) if role == "by" else (0, -1)))
            self._exec(f"DELETE FROM claim_entities WHERE claim_id IN ({marks})", ids)
            groups.update(
                (r[0], r[1])
                for r in self._all(
                    f"SELECT entity_id, unit_key FROM entity_measures WHERE claim_id IN ({marks})",
                    ids,
                )
            )
            self._exec(f"DELETE FROM entity_measures WHERE claim_id IN ({marks})", ids)
        known: set[str] = set()
        if not fresh:
            known = {
                r[0]
                for r in self._all(
                    f"SELECT claim_id FROM claim_ids WHERE claim_id IN ({marks})", ids
                )
            }
        self._many(
            "INSERT INTO claim_ids (claim_id) VALUES (?)",
            [(c,) for c in sorted(set(grouped) - known)],
        )
        gone = sorted(known - set(grouped))
        if gone:
            self._exec(f"DELETE FROM claim_ids WHERE claim_id IN ({_marks(gone)})", gone)
        self._add_counts({}, {}, len(set(grouped) - known) - len(gone))
        roles, measures = [], []
        for claim_id, mentions in grouped.items():
            first, seq = mentions[0], min(m["id"] for m in mentions)
            speaker = next((m["speaker_entity"] for m in mentions if m["speaker_entity"]), None)
            subject = next((m["subject_entity"] for m in mentions if m["subject_entity"]), None)
            if speaker:
                roles.append((speaker, "by", claim_id, seq))
            if subject and subject != speaker:
                roles.append((subject, "about", claim_id, seq))
            measure = claim_measure(
                first["kind"],
                first["qmin"],
                first["qmax"],
                first["unit"],
                first["hedge"],
                first["scope"],
                first["holds_on"],
            )
            if subject and measure:
                unit, low, high, vague = measure
                measures.append((claim_id, subject, unit, int(vague), low, high, seq))
        self._many(
            "INSERT INTO claim_entities (entity_id, role, claim_id, seq) VALUES (?, ?, ?, ?)",
            roles,
        )
        self._many(
            """INSERT INTO entity_measures (claim_id, entity_id, unit_key, vague, low, high, seq)
               VALUES (?, ?, ?, ?, ?, ?, ?)""",
            measures,
        )
        self._keep_measure_spans(groups | {(m[1], m[2]) for m in measures})
        for entity_id, role, _claim, _seq in roles:
            self._add_entity_delta(entity_id, 0, 0, *((1, 0) if role == "by" else (0, 1)))
        # units an entity has figures in (the dispute scan visits each; a unit
        # left without figures is harmless: its scan finds nothing)
        self._many(
            """INSERT INTO entity_units (entity_id, unit_key) VALUES (?, ?)
               ON CONFLICT (entity_id, unit_key) DO NOTHING""",
            sorted({(m[1], m[2]) for m in measures}),
        )

    # -- each event's links, for the actor graph ---------------------------------------
    def _keep_event_links(self, ids: list[str], fresh: bool = False) -> None:
        """Keep the links of these events (``event_links``): the actor and target entities
        of their reports' arguments, their reports' stories and their number of reports,
        as :meth:`~dossier.store.workbench.WorkbenchReads.event_links` returns them.

        Why at write time: the graph reads a thousand events per request and joined each
        report's arguments to their keys' entities and each report to its document to
        find these; they change only when a write touches the event's reports, moves a
        key of one of its entities, merges one away (:meth:`flush_summaries` passes all
        three) or moves one of its documents to another story. ``fresh``: the events
        have no row yet (a rebuild)."""
        marks = _marks(ids)
        found: dict[str, tuple[set[str], set[str], set[str | None], list[int]]] = {}

        def event(event_id: str) -> tuple[set[str], set[str], set[str | None], list[int]]:
            kept = found.get(event_id)
            if kept is None:
                kept = found[event_id] = (set(), set(), set(), [0])
            return kept

        for event_id, role, entity_id in self._all(
            f"""SELECT m.event_id, a.role, k.entity_id FROM event_args a
                JOIN event_mentions m ON m.id = a.mention_id
                JOIN entity_keys k ON k.key = a.key
                WHERE m.event_id IN ({marks}) AND a.role IN ('actor', 'target')""",
            ids,
        ):
            event(event_id)[0 if role == "actor" else 1].add(entity_id)
        for event_id, story_id, reports in self._all(
            f"""SELECT m.event_id, d.story_id, COUNT(*) FROM event_mentions m
                JOIN documents d ON d.id = m.document_id
                WHERE m.event_id IN ({marks}) GROUP BY m.event_id, d.story_id""",
            ids,
        ):
            kept = event(event_id)
            kept[2].add(story_id)
            kept[3][0] += int(reports)
        if not fresh:
            self._exec(f"DELETE FROM event_links WHERE event_id IN ({marks})", ids)
        self._many(
            """INSERT INTO event_links (event_id, actors, targets, stories, evidence)
               VALUES (?, ?, ?, ?, ?)""",
            [
                (event_id, join_ids(actors), join_ids(targets), join_ids(stories), evidence[0])
                for event_id, (actors, targets, stories, evidence) in sorted(found.items())
            ],
        )

    def fill_event_links(self) -> None:
        """Keep the links of every event (a store upgraded to ``event_links``), a chunk of
        events at a time."""
        self._exec("DELETE FROM event_links")
        events = [r[0] for r in self._all("SELECT id FROM event_summaries ORDER BY id")]
        for chunk in _chunks(events):
            self._keep_event_links(chunk, fresh=True)

    # -- overlaps kept for the map's points and the dispute list ---------------------
    def _shift_place_sets(self, delta: dict[tuple[str, ...], int]) -> None:
        """Add ``delta`` (events per sorted set of places, negative for events that
        left a set) to ``place_sets``, one row per member place; a set left without
        events loses its rows.

        Why: the events a point of the map lists are those of its places, and an event
        reported at two of them must count once. Subtracting the doubles by grouping
        the shared events' rows costs what the archive holds (83,000 rows for the
        largest point of a 100k-document store); the sets they form are few (317
        there), so they are counted here, as the events change, and summed per request.
        """
        rows = [(m, ",".join(s), n) for s, n in sorted(delta.items()) if n for m in s]
        if not rows:
            return
        self._many(
            """INSERT INTO place_sets (entity_id, places, events) VALUES (?, ?, ?)
               ON CONFLICT (entity_id, places) DO UPDATE
               SET events = place_sets.events + excluded.events""",
            rows,
        )
        self._many(
            "DELETE FROM place_sets WHERE entity_id = ? AND places = ? AND events <= 0",
            [(m, p) for m, p, n in rows if n < 0],
        )

    def _keep_measure_spans(self, groups: Iterable[tuple[str, str]]) -> None:
        """Decide again, for each (subject, unit) of ``groups``, whether its exact
        figures contradict: two are apart when one's low end is above the other's high
        end, so some are iff the highest low is above the lowest high. A contradicting
        group keeps both ends in ``measure_spans``, any other has no row.

        Why at write time: out of a 100k-document store's 1,250 groups 34 contradict,
        and the dispute list found them by walking all 270,000 figures per request.
        Two index seeks per group whose figures this write changed, for up to
        :data:`_SPANS_CHUNK` groups a statement (a statement each was two round trips a
        group on PostgreSQL, about five an article)."""
        keep, drop = [], sorted(set(groups))
        for chunk in _pieces(drop, _SPANS_CHUNK):
            part = """SELECT {n} AS n,
                (SELECT MAX(low) FROM entity_measures
                 WHERE entity_id = ? AND unit_key = ? AND vague = 0) AS low,
                (SELECT MIN(high) FROM entity_measures
                 WHERE entity_id = ? AND unit_key = ? AND vague = 0) AS high"""
            rows = self._all(
                " UNION ALL ".join(part.format(n=n) for n in range(len(chunk))),
                [v for entity_id, unit in chunk for v in (entity_id, unit) * 2],
            )
            ends = {int(r[0]): (r[1], r[2]) for r in rows}
            for n, (entity_id, unit) in enumerate(chunk):
                low, high = ends[n]
                if low is not None and high is not None and low > high:
                    keep.append((entity_id, unit, low, high))
        self._many("DELETE FROM measure_spans WHERE entity_id = ? AND unit_key = ?", drop)
        self._many(
            """INSERT INTO measure_spans (entity_id, unit_key, max_low, min_high)
               VALUES (?, ?, ?, ?)""",
            keep,
        )

    def fill_kept_overlaps(self) -> None:
        """Fill ``place_sets`` and ``measure_spans`` from the kept rows they summarise
        (a store upgraded to them): the shared events' rows grouped here, the
        contradicting groups found by one grouped statement."""
        self._exec("DELETE FROM place_sets")
        self._exec("DELETE FROM measure_spans")
        shared: dict[str, list[str]] = {}
        for event_id, entity_id in self._all(
            "SELECT event_id, entity_id FROM event_places WHERE places > 1"
        ):
            shared.setdefault(event_id, []).append(entity_id)
        sets: dict[tuple[str, ...], int] = {}
        for members in shared.values():
            if len(members) > 1:
                key = tuple(sorted(members))
                sets[key] = sets.get(key, 0) + 1
        self._shift_place_sets(sets)
        self._exec(
            """INSERT INTO measure_spans (entity_id, unit_key, max_low, min_high)
               SELECT entity_id, unit_key, MAX(low), MIN(high) FROM entity_measures
               WHERE vague = 0 GROUP BY entity_id, unit_key HAVING MAX(low) > MIN(high)"""
        )

    # -- reads ---------------------------------------------------------------------
    def entity_aliases(self, entity_id: str) -> list[dict[str, Any]]:
        """Surface forms of an entity's keys with mention and document counts."""
        rows = self._all(
            """SELECT a.key, a.text, a.label, a.via, a.mentions, a.documents
               FROM entity_keys k JOIN key_aliases a ON a.key = k.key
               WHERE k.entity_id = ? ORDER BY a.mentions DESC, a.text, a.key, a.label, a.via""",
            (entity_id,),
        )
        return [dict(r) for r in rows]

    def entity_mention_page(
        self, entity_id: str, limit: int, offset: int
    ) -> tuple[int, list[dict[str, Any]]]:
        """Mentions of an entity in ingest order: ``(total, one page)``.

        One indexed, ordered read per grouping key (a key's mentions come in
        id order from its index), merged here: a single query over all keys
        would have to sort every mention of the entity first.
        """
        keys = self._all("SELECT key FROM entity_keys WHERE entity_id = ?", (entity_id,))
        total = 0
        ids: list[int] = []
        for (key,) in keys:
            total += int(
                self._exec(
                    "SELECT COALESCE(SUM(mentions), 0) FROM key_aliases WHERE key = ?", (key,)
                ).fetchone()[0]
            )
            ids += [
                r[0]
                for r in self._all(
                    "SELECT id FROM mentions WHERE key = ? ORDER BY id LIMIT ?",
                    (key, offset + limit),
                )
            ]
        page = sorted(ids)[offset : offset + limit]
        if not page:
            return total, []
        rows = self._all(
            f"""SELECT m.id, m.document_id, m.start, m."end", m.text, m.label, m.via,
                       d.source, d.title, d.published, s.start AS s_start, s."end" AS s_end,
                       SUBSTR(d.text, s.start + 1, s."end" - s.start) AS sentence
                FROM mentions m
                JOIN documents d ON d.id = m.document_id
                JOIN sentences s ON s.document_id = m.document_id AND s.idx = m.sentence
                WHERE m.id IN ({_marks(page)}) ORDER BY m.id""",
            page,
        )
        return total, [dict(r) for r in rows]

    def event_page_ids(
        self,
        entity_id: str | None,
        limit: int,
        offset: int,
        newest_first: bool = False,
        type: str | None = None,
        modality: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
    ) -> tuple[int, list[str]]:
        """``(total, event ids of one page)``, in date order, undated last.

        Oldest first (a timeline) or newest first (an entity page); ties by id.
        """
        if entity_id is None:
            table, id_col, where, params = "event_summaries", "id", [], []
        else:
            table, id_col, where, params = (
                "event_entities",
                "event_id",
                ["entity_id = ?"],
                [entity_id],
            )
        for column, value in (("type", type), ("modality", modality)):
            if value:
                where.append(f"{column} = ?")
                params.append(value)
        if date_from:
            where.append("date_start IS NOT NULL AND date_end >= ?")
            params.append(date_from)
        if date_to:
            where.append("date_start IS NOT NULL AND date_start <= ?")
            params.append(date_to)

        def select(extra: str, order: str, lim: int, off: int) -> list[str]:
            clause = " AND ".join([*where, extra]) if extra else " AND ".join(where)
            sql = f"SELECT {id_col} FROM {table} {'WHERE ' + clause if clause else ''}"
            rows = self._all(f"{sql} ORDER BY {order} LIMIT ? OFFSET ?", [*params, lim, off])
            return [r[0] for r in rows]

        def count(extra: str) -> int:
            clause = " AND ".join([*where, extra]) if extra else " AND ".join(where)
            sql = f"SELECT COUNT(*) FROM {table} {'WHERE ' + clause if clause else ''}"
            return int(self._exec(sql, params).fetchone()[0])

        known = None
        if entity_id is not None and len(where) == 1:  # no filter: counted at ingest
            known = self._exec(
                "SELECT events, dated_events FROM entity_summaries WHERE entity_id = ?",
                (entity_id,),
            ).fetchone() or (0, 0)
        elif entity_id is None and len(where) == (1 if type else 0) and not modality:
            known = self._exec(  # the whole archive, or one type: counted at ingest
                f"""SELECT COALESCE(SUM(events), 0), COALESCE(SUM(dated), 0) FROM type_counts
                    {"WHERE type = ?" if type else ""}""",
                params,
            ).fetchone()
        total = int(known[0]) if known else count("")
        if newest_first:
            return total, select("", f"sort_key DESC, {id_col} DESC", limit, offset)
        dated = int(known[1]) if known else count("sort_key > ''")
        ids = []
        if offset < dated:
            ids = select("sort_key > ''", f"sort_key, {id_col}", limit, offset)
        if len(ids) < limit and offset + len(ids) >= dated:
            ids += select("sort_key = ''", id_col, limit - len(ids), max(0, offset - dated))
        return total, ids

    def event_types(self) -> list[str]:
        """Event types present in the knowledge base (for filter menus)."""
        return [r[0] for r in self._all("SELECT type FROM type_counts ORDER BY type")]

    def entity_claim_ids(
        self, entity_id: str, role: str, limit: int, offset: int
    ) -> tuple[int, list[str]]:
        """Claims ``by`` an entity or ``about`` it (not by it), in ingest order."""
        column = {"by": "claims_by", "about": "claims_about"}[role]
        row = self._exec(
            f"SELECT {column} FROM entity_summaries WHERE entity_id = ?", (entity_id,)
        ).fetchone()
        total = row[0] if row else 0
        rows = self._all(
            """SELECT claim_id FROM claim_entities WHERE entity_id = ? AND role = ?
               ORDER BY seq, claim_id LIMIT ? OFFSET ?""",
            (entity_id, role, limit, offset),
        )
        return int(total), [r[0] for r in rows]

    def claim_relations(self, claim_id: str, cap: int) -> tuple[list[str], list[str]] | None:
        """``(contradicting, corroborating)`` claim ids of one figure, at most
        ``cap`` each (found by range scans); None when it cannot be compared.

        Corroboration needs an overlapping interval from a claim that shares
        no story with this one (an independent source).
        """
        row = self._exec(
            "SELECT entity_id, unit_key, vague, low, high FROM entity_measures WHERE claim_id = ?",
            (claim_id,),
        ).fetchone()
        if row is None:
            return None
        entity, unit, vague, low, high = row
        contradicts: list[str] = []
        if not vague:
            for condition, order in (
                ("low > ?", "low, claim_id"),
                ("high < ?", "high DESC, claim_id DESC"),
            ):
                contradicts += [
                    r[0]
                    for r in self._all(
                        f"""SELECT claim_id FROM entity_measures
                            WHERE entity_id = ? AND unit_key = ? AND vague = 0 AND {condition}
                            ORDER BY {order} LIMIT ?""",
                        (entity, unit, high if condition.startswith("low") else low, cap),
                    )
                ]
        # overlapping figures in two range scans: those starting inside this
        # interval, then those starting below it that reach into it. Each in its
        # index's order (exact figures first, then by the scanned end, then id): which
        # ``cap`` a large unit shows is then the same on every engine and every run --
        # without the ORDER BY it was whatever order the engine scanned in (SQLite's
        # plan gave this order; PostgreSQL may give another). The order is the index's,
        # so the scan still stops at ``cap`` (no sort of the whole range).
        corroborated: list[str] = []
        for condition, bounds, order in (
            ("b.low >= ? AND b.low <= ?", (low, high), "b.vague, b.low, b.claim_id"),
            ("b.high >= ? AND b.low < ?", (low, low), "b.vague, b.high, b.claim_id"),
        ):
            corroborated += [
                r[0]
                for r in self._all(
                    f"""SELECT b.claim_id FROM entity_measures b
                        WHERE b.entity_id = ? AND b.unit_key = ? AND b.vague IN (0, 1)
                        AND {condition} AND b.claim_id <> ?
                        AND NOT EXISTS (
                            SELECT 1 FROM claim_mentions x
                            JOIN documents dx ON dx.id = x.document_id
                            JOIN claim_mentions y ON y.claim_id = b.claim_id
                            JOIN documents dy ON dy.id = y.document_id
                            WHERE x.claim_id = ? AND dx.story_id = dy.story_id)
                        ORDER BY {order} LIMIT ?""",
                    (entity, unit, *bounds, claim_id, claim_id, cap - len(corroborated)),
                )
            ]
            if len(corroborated) >= cap:
                break
        return sorted(contradicts)[:cap], sorted(corroborated)

    def dispute_pairs(self, entity_id: str, cap: int) -> list[tuple[str, str]]:
        """Pairs of contradicting figures that involve an entity, at most ``cap + 1``.

        First the figures about the entity, unit by unit: only a figure whose
        upper end lies below the largest lower end of its unit can be the low
        side of a contradiction, so the scan touches claims that are in a
        dispute and nothing else. Then figures the entity states about others.
        Each pair is ``(lower, upper)``.
        """
        pairs: list[tuple[str, str]] = []
        units = self._all(
            "SELECT unit_key FROM entity_units WHERE entity_id = ? ORDER BY unit_key",
            (entity_id,),
        )
        for (unit,) in units:
            if len(pairs) > cap:
                break
            top = self._exec(  # one index seek per unit
                """SELECT MAX(low) FROM entity_measures
                   WHERE entity_id = ? AND unit_key = ? AND vague = 0""",
                (entity_id, unit),
            ).fetchone()[0]
            if top is None:
                continue
            # one ordered range read per low side; each has a partner, so the
            # reads stop as soon as enough pairs are found
            lows = self._exec(
                """SELECT claim_id, high FROM entity_measures
                   WHERE entity_id = ? AND unit_key = ? AND vague = 0 AND high < ?
                   ORDER BY high, claim_id""",
                (entity_id, unit, top),
            )
            for low_id, high in lows:
                if len(pairs) > cap:
                    break
                pairs += [
                    (low_id, r[0])
                    for r in self._all(
                        """SELECT claim_id FROM entity_measures
                           WHERE entity_id = ? AND unit_key = ? AND vague = 0 AND low > ?
                           ORDER BY low, claim_id LIMIT ?""",
                        (entity_id, unit, high, cap + 1 - len(pairs)),
                    )
                ]
        seen = set(pairs)
        spoken = self._all(
            """SELECT x.claim_id, x.entity_id, x.unit_key, x.low, x.high
               FROM claim_entities c JOIN entity_measures x ON x.claim_id = c.claim_id
               WHERE c.entity_id = ? AND c.role = 'by' AND x.entity_id <> ? AND x.vague = 0
               ORDER BY c.seq, c.claim_id""",
            (entity_id, entity_id),
        )
        for claim, subject, unit, low, high in spoken:
            if len(pairs) > cap:
                break
            for condition, bound, lower in (("low > ?", high, True), ("high < ?", low, False)):
                for (other,) in self._all(
                    f"""SELECT claim_id FROM entity_measures
                        WHERE entity_id = ? AND unit_key = ? AND vague = 0 AND {condition}
                        ORDER BY claim_id LIMIT ?""",
                    (subject, unit, bound, cap + 1 - len(pairs)),
                ):
                    pair = (claim, other) if lower else (other, claim)
                    if pair not in seen:
                        seen.add(pair)
                        pairs.append(pair)
        return pairs[: cap + 1]
