"""Store a document's dates, events and claims, tied to entities and merged, then its event
group.

Extraction (:mod:`dossier.extract.events`, :mod:`dossier.extract.quotes`,
:mod:`dossier.extract.quantities`, :mod:`dossier.extract.timex`) yields character spans. Here
each argument span is tied to the mention it overlaps (so to an entity), each
event report joins the event it is the same as (:mod:`dossier.kb.event_merge`),
and each claim joins the claim it repeats (:mod:`dossier.kb.claims`). Runs inside
the batch's transaction, after entities are resolved.

:func:`store_facts` is the order of that work; each part is its own module, so that a rule
of one (an event's day, a report's region, a statement's speaker) is read and tested apart
from the others: :mod:`dossier.kb.event_reports` (one event report into its event: its place
in :mod:`~dossier.kb.event_places` and :mod:`~dossier.kb.event_regions`, its day in
:mod:`~dossier.kb.event_days` and :mod:`~dossier.kb.said_days`, where the article tells
another incident in :mod:`~dossier.kb.incident_breaks`), :mod:`dossier.kb.claim_mentions`
(one claim mention under its claim), :mod:`dossier.kb.span_mentions` (which mention a span
stands for) and :mod:`dossier.kb.event_groups` (the document's event group and thread, from
:mod:`~dossier.kb.lead_incident`, :mod:`~dossier.kb.lead_speakers`,
:mod:`~dossier.kb.reactions` and :mod:`~dossier.kb.tellings`). The names callers imported
from this module before the split stay importable here (:data:`__all__`).
"""

from __future__ import annotations

from bisect import bisect_left

from dossier.config import CANDIDATE_PAGE, Settings, load_settings
from dossier.kb.claim_mentions import (
    PERIOD_PRECISIONS,
    PLACE_LABELS,
    claim_identity,
    store_claim,
    store_claims,
)
from dossier.kb.document_reads import DocumentReads
from dossier.kb.event_days import (
    CHAIN_DEPTH,
    LATER_DAY_SENTENCES,
    UMBRELLA_LOOKBACK,
    _earlier_day,
    _later_day,
    _time_of,
    undated_interval,
)
from dossier.kb.event_groups import (
    FAR_TELLING,
    _differ,
    _near_in_storyline,
    _thread_open,
    assign_event_group,
)
from dossier.kb.event_places import (
    _SPREAD,
    DocumentPlaces,
    _own_place,
    _placed_at,
    nested_places,
    stated_within,
)
from dossier.kb.event_regions import _capitalised_runs, _sentence_regions, _town_after
from dossier.kb.event_reports import _event_candidates, _report, store_event
from dossier.kb.incident_breaks import (
    last_break,
    opens_new_incident,
    opens_with_date,
    recalls,
    steps_back,
)
from dossier.kb.lead_incident import _lead_events, _told_incident
from dossier.kb.lead_speakers import (
    BODY,
    _act_day,
    _lead_actors,
    _lead_bodies,
    _same_speaker,
)
from dossier.kb.reactions import REACTED, headline_reacts, reacts
from dossier.kb.span_mentions import overlapping_mention, speaker_mention
from dossier.kb.tellings import (
    JOIN_TELLING,
    SAME_STATEMENT,
    SAME_TELLING,
    one_statement,
    one_telling,
    statement_words,
    telling_words,
)
from dossier.records import AnalyzedDocument
from dossier.store.base import Store

#: the names callers imported from here before the split (the pipeline, the tests), each now
#: owned by the module that does its part of the work; a test that patches a constant patches
#: it in the module whose code reads it (``event_reports.CANDIDATE_PAGE``), not here
__all__ = [
    "BODY",
    "CANDIDATE_PAGE",
    "CHAIN_DEPTH",
    "FAR_TELLING",
    "JOIN_TELLING",
    "LATER_DAY_SENTENCES",
    "PERIOD_PRECISIONS",
    "PLACE_LABELS",
    "REACTED",
    "SAME_STATEMENT",
    "SAME_TELLING",
    "UMBRELLA_LOOKBACK",
    "_SPREAD",
    "DocumentPlaces",
    "_act_day",
    "_capitalised_runs",
    "_differ",
    "_earlier_day",
    "_event_candidates",
    "_later_day",
    "_lead_actors",
    "_lead_bodies",
    "_lead_events",
    "_near_in_storyline",
    "_own_place",
    "_placed_at",
    "_report",
    "_same_speaker",
    "_sentence_regions",
    "_thread_open",
    "_time_of",
    "_told_incident",
    "_town_after",
    "assign_event_group",
    "claim_identity",
    "headline_reacts",
    "last_break",
    "nested_places",
    "one_statement",
    "one_telling",
    "opens_new_incident",
    "opens_with_date",
    "overlapping_mention",
    "reacts",
    "recalls",
    "speaker_mention",
    "stated_within",
    "statement_words",
    "steps_back",
    "store_claim",
    "store_claims",
    "store_event",
    "store_facts",
    "telling_words",
    "undated_interval",
]


def _named_in_participants(analyzed: AnalyzedDocument) -> list[str]:
    """The keys of the document's mentions that overlap an actor's or a target's span of one
    of its events: the mentions :func:`~dossier.kb.event_reports.store_event` may tie its
    participants to (``overlapping_mention``: any overlap), a superset of the ones it does.

    Why: a read ahead of the reports, which ask their participants' keys one report at a
    time; the spans are merged into sorted runs, so each mention is one bisection."""
    spans = sorted(s for e in analyzed.events for s in (*e.actors, *e.targets) if s[1] > s[0])
    runs: list[list[int]] = []
    for start, end in spans:
        if runs and start < runs[-1][1]:
            runs[-1][1] = max(runs[-1][1], end)
        else:
            runs.append([start, end])
    starts = [r[0] for r in runs]
    keys = []
    for mention in analyzed.mentions:
        # the last run starting before the mention ends is the only one it may overlap
        at = bisect_left(starts, mention.end) - 1
        if at >= 0 and runs[at][1] > mention.start and mention.key:
            keys.append(mention.key)
    return keys


def store_facts(store: Store, analyzed: AnalyzedDocument, settings: Settings | None = None) -> None:
    """Dates, events and claims of one newly stored document, then its event group.

    ``settings``: those :func:`load_settings` reads from the environment, which a caller
    writing many documents reads once (building them cost a third of a millisecond, once
    per document before); without them they are read here."""
    store.add_times(analyzed.document.id, analyzed.times)
    settings = settings or load_settings()
    places = DocumentPlaces.of(analyzed)
    # its reports' arguments and moves held and written once for the document (DocumentReads)
    reads = DocumentReads(store, analyzed.document.id, hold=True)
    if analyzed.events or analyzed.claims:
        # the entities its reports' places and participants and its claims' speakers and
        # subjects are asked one report or claim at a time: the document's names at once
        reads.entities_of([m.key for m in analyzed.mentions])
        # and the keys of the entities its reports' participants may be, which each report's
        # candidates are found by: one statement for the document, not one a report
        named = reads.entities_of(_named_in_participants(analyzed))
        reads.read_entity_keys(sorted({e for e in named.values() if e}))
    for event in analyzed.events:
        store_event(
            store,
            analyzed,
            event,
            settings.undated_event_days,
            settings.place_lookback_sentences,
            settings.reported_event_days,
            places,
            reads,
            settings.dateline_recent_days,
            settings.place_history_days,
            settings.lead_place_sentences,
        )
    reads.flush()  # before anything reads the document's reports from the store
    # one candidate read and one insert for all of them, not two statements a claim
    store_claims(store, analyzed, analyzed.claims, reads)
    assign_event_group(store, analyzed.document.id, analyzed.document.story_id, settings)
