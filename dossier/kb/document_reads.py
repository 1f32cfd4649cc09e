"""What storing one document's facts reads of the store more than once, read once.

:func:`dossier.kb.facts.store_facts` stores a document's event reports and claims one by
one, and each compares itself with what was stored before it: every event report read its
article's earlier reports of its type (once or twice) and its own row back after the
insert, every claim looked up the entities of its speaker and subject and the speaker's
keys, every event's participants their keys -- the same few rows again and again, a
statement each (about 55 of the 313 an article of an ingest of real news).

Why keeping them is sound: ``store_facts`` runs after the batch's entity resolution, and
nothing it writes touches ``entity_keys``, so within it a key's entity and an entity's keys
do not change; the document's event reports are the ones read at the start (none for a new
document) and the ones written through :meth:`DocumentReads.add_report`, whose event moves
only through :meth:`DocumentReads.set_event`. One object lives for one ``store_facts``
call, so nothing outlives the transaction it read in.

Writes held (``hold=True``, as ``store_facts`` makes it): a report's row is written when it
is added (its id is its identity), but its arguments, its ``event_key_days`` rows and the
moves of reports to other events are held and written at :meth:`DocumentReads.flush`, one
statement a kind for the document instead of three or four a report. Sound because nothing
reads them back from the store before: each report's candidates of its own document come
from what is held here (:meth:`DocumentReads.own_candidates`, the store's condition as
Python), and the store is asked only for the other documents' (``exclude``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from dossier.store.base import Store


@dataclass(slots=True)
class DocumentReads:
    """The store as one document's fact merging reads it (see the module doc)."""

    store: Store
    document_id: str
    _document: dict[str, Any] | None = None
    _reports: list[dict[str, Any]] | None = None
    _entity_of: dict[str, str | None] = field(default_factory=dict)
    _keys_of: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    #: hold the reports' arguments and event moves until :meth:`flush` (see the module doc)
    hold: bool = False
    _held_args: list[tuple[int, dict[str, Any], Sequence[dict[str, Any]]]] = field(
        default_factory=list
    )
    _held_moves: list[tuple[int, str, str]] = field(default_factory=list)
    #: each of the document's reports as the in-document merge rules see it, by row id
    #: (:meth:`told`)
    _told: dict[int, Any] = field(default_factory=dict)

    def entity_of(self, key: str | None) -> str | None:
        """The entity of a mention key (None for none, or a key no entity holds)."""
        return self.entities_of([key]).get(key) if key else None

    def entities_of(self, keys: Sequence[str | None]) -> dict[str, str | None]:
        """The entity of each of these keys (None for one no entity holds), the keys not
        read before in one statement."""
        wanted = [k for k in dict.fromkeys(keys) if k]
        missing = [k for k in wanted if k not in self._entity_of]
        if missing:
            found = self.store.entity_ids_for_keys(missing)
            self._entity_of.update((k, found.get(k)) for k in missing)
        return {k: self._entity_of[k] for k in wanted}

    def entity_keys(self, entity_id: str) -> list[tuple[str, str]]:
        """:meth:`Store.entity_keys` of an entity: ``(key, reason)`` in key order."""
        if entity_id not in self._keys_of:
            self._keys_of[entity_id] = self.store.entity_keys(entity_id)
        return list(self._keys_of[entity_id])

    def read_entity_keys(self, entity_ids: Sequence[str | None]) -> None:
        """Read the keys of these entities not read before in one statement
        (:meth:`Store.entity_keys_of`): a document's claims ask their speakers' keys, a
        statement a speaker one by one."""
        missing = [e for e in dict.fromkeys(entity_ids) if e and e not in self._keys_of]
        if missing:
            found = self.store.entity_keys_of(missing)
            self._keys_of.update((e, found.get(e, [])) for e in missing)

    def reports(self, type: str, other_than: int | None = None) -> list[dict[str, Any]]:
        """The document's stored event reports of ``type`` in row order, as
        :meth:`Store.event_mentions_in_document` reads them, less report ``other_than``."""
        if self._reports is None:
            self._reports = self.store.event_mentions_in_document(self.document_id)
        return [r for r in self._reports if r["type"] == type and r["id"] != other_than]

    def add_report(self, record: dict[str, Any], args: Sequence[dict[str, Any]]) -> dict[str, Any]:
        """Store one event report of the document; its row as the store would read it."""
        self.reports(record["type"])  # the earlier ones first, so the new one is not read twice
        if self._document is None:
            self._document = self.store.report_document(self.document_id)
            if self._document is None:
                raise KeyError(f"document {self.document_id} is not stored")
        keys = [record.get("location_key"), *(a["key"] for a in args)]
        entities = self.entities_of(keys)
        row = self.store.add_event_report(record, args, self._document, entities, self.hold)
        if self.hold:
            self._held_args.append((row["id"], record, list(args)))
        assert self._reports is not None
        self._reports.append(row)
        return row

    def set_event(self, mention_id: int, event_id: str) -> None:
        """Move a report written through :meth:`add_report` to another event."""
        assert self._reports is not None
        at = next(i for i, r in enumerate(self._reports) if r["id"] == mention_id)
        was = str(self._reports[at]["event_id"])
        if self.hold:
            self._held_moves.append((mention_id, event_id, was))
        else:
            self.store.set_event(mention_id, event_id, was=was)
        # a new dict in its place: a list handed out before keeps the row as it was then
        self._reports[at] = {**self._reports[at], "event_id": event_id}

    def told(self, row: dict[str, Any], build: Callable[[dict[str, Any]], Any]) -> Any:
        """``build(row)`` for one of the document's reports, built once per report.

        Why: each new report of a document weighs every earlier one of its type, and built
        each again as the merge rules see it (:func:`~dossier.kb.event_reports._report`):
        quadratic in a document's reports. Sound because what that reads of a row -- its
        columns and arguments -- never changes here: :meth:`set_event` changes only the
        event the report is in, and ``build`` is the same for every row of one document."""
        report = self._told.get(row["id"])
        if report is None:
            report = self._told[row["id"]] = build(row)
        return report

    def own_candidates(
        self,
        type: str,
        keys: Sequence[str],
        story: str | None,
        date_start: str | None,
        date_end: str | None,
    ) -> list[dict[str, Any]]:
        """The document's reports that :meth:`Store.event_candidate_ids` would find for
        these arguments, in row order: of ``type``, with an argument among ``keys``, and
        dated within ``date_start``..``date_end`` (a report with both dates: what
        ``event_key_days`` holds of it) or undated in ``story``; without dates asked, any
        in ``story``. A document's reports are all in its own story."""
        wanted = set(keys)
        found = []
        for row in self.reports(type):
            if not any(a["key"] in wanted for a in row["args"]):
                continue
            in_story = story is not None and row["story_id"] == story
            if date_start and date_end:
                start, end = row["date_start"], row["date_end"]
                dated = start is not None and end is not None
                if not (
                    (dated and end >= date_start and start <= date_end)
                    or (start is None and in_story)
                ):
                    continue
            elif not in_story:
                continue
            found.append(row)
        return sorted(found, key=lambda r: r["id"])

    def report_ids(self) -> list[int]:
        """The row ids of the document's reports (stored before or added here)."""
        if self._reports is None:
            self._reports = self.store.event_mentions_in_document(self.document_id)
        return [r["id"] for r in self._reports]

    def flush(self) -> None:
        """Write what is held (see the module doc): the reports' arguments, then the
        moves of reports to other events."""
        if self._held_args:
            held, self._held_args = self._held_args, []
            self.store.add_event_args_of(held)
        if self._held_moves:
            moves, self._held_moves = self._held_moves, []
            self.store.set_events(moves)
