"""An outlet's print edition and its web report of the day before: one report, told twice.

A newspaper puts its report of an event on its site the day it happens and prints a
rewrite of it the next morning (Dawn's "Six terrorists killed in Karak operation: ISPR",
Friday on the web; "Six militants killed in Karak security operation", Saturday's paper,
"Published in Dawn, February 22nd, 2025"). The two share too few sentences to be one story
(:mod:`dossier.stories.dedup`: a copy, a cut edition, a rewrite of an agency's text), and
the event-group join (:func:`dossier.kb.event_groups.assign_event_group`) keeps an outlet's second
story of an event out of its group: of the labelled join pairs, one outlet's two stories
were one event 14 times in 45 (its follow-ups, the next day's statement, the next day's
strikes). The print edition is the exception with a shape of its own: the printed report
carries the paper's footer, the web report does not, the print is dated the day after, and
the two tell the news in the same words.

Measured before this rule was written, on every labelled pair of one outlet's reports in the
four label files (``bench/labels/stories``) whose articles the realnews and archive stores
hold: a web report and the next day's print report sharing at least half the shorter
telling's content words (headline and first sentence, :func:`dossier.kb.tellings.telling_words`)
were one event 7 times in 7; every other pair of one outlet's reports that shares as much
(two web reports of one day, two print reports, reports days apart) 6 times in 37. On the
whole archive (1,876 articles) 25 print reports have such a web report the day before; read,
24 tell the web report's event (the other: a Karachi shooting and a Lakki Marwat one told in
the same stock words, which the place check below sets apart).

The two join as one source: the print report takes the web report's event group (and, with
it, the web report's independent reports from other outlets). Corroboration and disputes
already count an outlet once (:mod:`dossier.kb.claims`), so nothing counts the edition as a
second source.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from dossier.clean.dateline import parse_footer
from dossier.kb.event_merge import other_reports, row_places, row_values, strong_tolls
from dossier.kb.lead_speakers import _same_speaker
from dossier.kb.tellings import name_words, one_statement, stored_telling
from dossier.store.base import Store

#: the share of the shorter telling's content words a print edition shares with its web
#: report: on the labelled pairs, web/print pairs from 0.5 up were one event 7 times in 7,
#: from 0.25 to 0.5 2 times in 4 (a follow-up and an explainer told in the paper's words)
EDITION_TELLING = 0.5

#: the print edition is dated the morning after the web report
EDITION_DAYS = 1

#: the share a print edition that rewrites more (a new headline, the day's other incidents
#: folded in) shares with its web report where both give one toll of :data:`STRONG_TOLL`
#: or more ("All 16 terrorists killed ..." on the web, "Bannu attack toll rises to 18" in
#: print, both "16"): on the labelled pairs, web/print pairs sharing 0.25-0.5 of their
#: telling were one event twice with such a toll, and not twice without one
TOLL_TELLING = 0.25


def is_print_edition(document: dict[str, Any]) -> bool:
    """Whether a stored document is a newspaper's printed report: cleaning kept its footer
    ("Published in Dawn, March 6th, 2025") as removed metadata. A web report has none."""
    for part in document.get("removed") or ():
        text = part.get("text") if isinstance(part, dict) else None
        if text and parse_footer(text):
            return True
    return False


def _shares(a: frozenset[str], b: frozenset[str], share: float) -> bool:
    """Whether two tellings share ``share`` of the shorter's words (both must have some:
    an empty telling proves nothing here, unlike in the incident join)."""
    return bool(a and b) and len(a & b) >= share * min(len(a), len(b))


def _one_statement_told(
    store: Store,
    row: dict[str, Any],
    said: frozenset[str],
    actors: Sequence[tuple[str, str | None]],
    day: str,
) -> bool:
    """Whether the other edition's lead (``row``, published on ``day``) tells the statement
    the document's lead tells: the same person (or institution) acting in both on the same
    named day (``actors``: the document's lead actors with their days,
    :func:`dossier.kb.lead_speakers._lead_actors`) and one statement in both leads' words
    (:func:`dossier.kb.tellings.one_statement`, the speakers' own names left out) -- what
    joins two outlets' reports of one statement
    (:func:`dossier.kb.event_groups.assign_event_group`).
    A press conference is told on the web under its speaker's words and in the next
    morning's paper under a headline of its own ("Will take on terrorists ...: DG ISPR",
    "Military vows to crush Balochistan terrorists"): one report, sharing too few headline
    words for the telling test."""
    theirs = frozenset((row.get("said") or "").split())
    for actor, acted in actors:
        if not acted:
            continue  # a lead that names no day of the act joins nothing
        for other in store.actor_candidates(actor.split()[-1], (day, day)):
            if (
                other["document_id"] != row["document_id"]
                or other["acted"] != acted
                or not _same_speaker(actor, other["actor"])
            ):
                continue
            # the speakers' names are in every report of any statement of theirs
            names = name_words(actor, other["actor"])
            if one_statement(said - names, theirs - names):
                return True
    return False


def edition_groups(
    store: Store,
    document: dict[str, Any],
    record: dict[str, Any],
    told_as: frozenset[str],
    joined: set[str],
    actors: Sequence[tuple[str, str | None]] = (),
) -> set[str]:
    """The event groups of a document's other edition: for a print report, its outlet's web
    report of the day before; for a web report, its outlet's print report of the day after
    (an archive need not come in publication order) -- told in the same words
    (:data:`EDITION_TELLING`; :data:`TOLL_TELLING` where both leads give one strong toll),
    and where no report of that group, nor of the groups the
    document already joins (``joined``), names specific places that the document's lead
    does not (a round-up's other towns are its own; two towns and no town in common are
    two incidents told in stock words). A web report and its print edition that tell one
    statement -- the same speaker acting on the same day in both leads, in one statement's
    words (``actors``, :func:`_one_statement_told`) -- are editions too, however little
    their headlines share. ``record``: the document's ``document_groups`` row as assigned
    so far (outlet, published, places, location, said). Found by index (outlet and
    publication day), never by a scan."""
    outlet, published = record.get("outlet"), record.get("published")
    if not outlet or not published or not told_as:
        return set()
    printed = is_print_edition(document)
    shift = -EDITION_DAYS if printed else EDITION_DAYS
    day = (date.fromisoformat(published[:10]) + timedelta(days=shift)).isoformat()
    mine = row_places(record)
    said = frozenset((record.get("said") or "").split())
    found: set[str] = set()
    for row in store.outlet_day_rows(outlet, day):
        group = row["event_group"]
        if row["document_id"] == document["id"] or group in joined or group in found:
            continue
        words = stored_telling(row)
        if (
            not _shares(told_as, words, EDITION_TELLING)
            and not (
                _shares(told_as, words, TOLL_TELLING)
                and strong_tolls(row_values(record, "figures"))
                & strong_tolls(row_values(row, "figures"))
            )
            and not _one_statement_told(store, row, said, actors, day)
        ):
            continue
        other = store.document(row["document_id"]) or {}
        if is_print_edition(other) == printed:
            continue  # two web reports, or two printed ones: an outlet's two stories
        theirs = [row_places(r) for r in store.event_group_rows(group)]
        held = [mine] + [
            row_places(r) for r in other_reports(store, sorted(joined), document["id"])
        ]
        if any(a and b and a.isdisjoint(b) for a in theirs for b in held):
            continue
        found.add(group)
    return found
