"""Dated reports of one person's news whose leads name no day for it: one event when both
leads name the person and tell the news in the same words.

The statement join (:func:`dossier.kb.event_groups.assign_event_group`) meets two outlets'
reports of one statement by the person acting in both leads *on the same named day* ("on
Wednesday"); a lead that names no day joins no one, because one minister acts every day.
Much news names no day in its lead and is no incident either: an appointment ("Ellen
DeGeneres will host the Oscars, the Academy announced"), a nomination, a firing, a death
("A British climber has fallen to his death ... Robert Buckley, 32"). What its reports
share is the person the news is about, named in both leads, on the days it broke, told in
the same words.

The rule: two dated reports join when

* their leads (first two sentences) name one person in full
  (:func:`dossier.kb.lead_names.same_actor`; a surname alone never counts), and not both
  leads give that person's act a day (those pairs are the statement join's: two named
  days that differ are two acts, and the same day is decided there, on the statement's
  words);
* they were published at most ``incident_days`` apart (complete linkage: every report of
  the group joined within that window of the document);
* their tellings (headline and first sentence, :func:`dossier.kb.tellings.telling_words`)
  share :data:`~dossier.kb.tellings.PERSON_TELLING` of the shorter's stems
  (:func:`~dossier.kb.tellings.stems`: "nominated", "nominee", "nomination") once the
  person's own name is left out (every report of any news of the person names the
  person): the report the person was found in, and most pairs of the group's and the
  joined reports (:func:`~dossier.kb.tellings.told_alike_by_majority`);
* where both leads date their persons' acts, a day in common (:func:`days_told_apart`:
  one speaker's condemnation of Wednesday and the report of Monday's session he chaired);
* nothing sets them apart (:func:`dossier.kb.undated_reports.group_apart`): tolls with no
  number in common or specific places and none in common in any pair, or persons that
  make it another person's news -- each lead naming someone the other report never names
  -- for the report matched or half the group;
* a reaction or a follow-up never joins a report of an incident (the reactions rule: the
  minister's condemnation of the firing on a convoy names its target as the report of the
  firing does);
* one outlet's second report never joins (an outlet's follow-up is its thread).

Candidates by index (``document_actors``: surname and publication day), never a scan.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from dossier.kb.dispatch_days import dispatch_dated
from dossier.kb.event_merge import THREAD_INCIDENT_TYPES, other_reports
from dossier.kb.lead_names import same_actor, statement_lead_end
from dossier.kb.lead_speakers import BODY, _lead_actors
from dossier.kb.reactions import REACTED
from dossier.kb.tellings import stored_telling, told_alike_by_majority
from dossier.kb.undated_reports import group_apart, lead_member, own_member
from dossier.store.base import Store


def _reaction_and_report(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether of two ``document_groups`` rows one is a reaction or a follow-up to an
    incident (stored under :data:`~dossier.kb.reactions.REACTED`) and the other a report
    of an incident (:data:`~dossier.kb.event_merge.THREAD_INCIDENT_TYPES`): the Senate
    chairman's condemnation names the AJK speaker whose convoy was fired on, as the report
    of the firing does, in its words -- the reactions rule makes them one thread, two
    events. (A statement, typed as one, may join a reaction: two reports of the Prime
    Minister's remarks, one typed by his accusation, one by the attack he spoke of.)"""
    kinds = {(row.get("type") or "") for row in (a, b)}
    return any(k.startswith(REACTED) for k in kinds) and bool(kinds & THREAD_INCIDENT_TYPES)


def act_days(store: Store, row: dict[str, Any], text: str, lead_sentences: int) -> frozenset[str]:
    """The days a stored report's lead gives its persons' acts ("Speaker Ayaz Sadiq on
    Wednesday condemned ...": :func:`dossier.kb.lead_speakers._lead_actors`, an agency
    dispatch's undated act on its dateline's day), for :func:`days_told_apart`."""
    mentions = store.document_mentions(row["document_id"])
    end = statement_lead_end(text, lead_sentences)
    actors = dispatch_dated(
        _lead_actors(mentions, text, end, row.get("published")), text, row.get("published")
    )
    return frozenset(day for _name, day in actors if day)


def days_told_apart(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether two dated reports of a person's news tell acts of different days: each lead
    dates its persons' acts and no day is in both. The person join matches a person whose
    act only one lead dates (or neither), and the words shared on stems
    (:func:`dossier.kb.tellings.person_told_alike`) include the dateline's city and the
    office's words: the National Assembly Speaker's condemnation of Wednesday's school-bus
    attack ("on Wednesday strongly condemned") and the report of Monday's session where he
    put a bill to the vote ("The National Assembly on Monday passed ...", a minister
    presenting it "on Monday") share "Islamabad", "national" and "assembly" -- a quarter
    of the condemnation's words, and nothing of its news."""
    return bool(mine and theirs and mine.isdisjoint(theirs))


def person_news_groups(
    store: Store,
    record: dict[str, Any],
    text: str,
    told_as: frozenset[str],
    persons: Sequence[str],
    names: Sequence[str],
    acted: Mapping[str, str | None],
    window: tuple[str, str],
    joined: Iterable[str],
    outlets: set[str],
    lead_sentences: int,
    title: str | None = None,
) -> set[str]:
    """The event groups a dated document (``record``: its ``document_groups`` row so far,
    with its lead's places and tolls; ``title``: its headline) joins by a person both
    leads name (``persons``: :func:`dossier.kb.undated_reports.lead_persons`; ``names``:
    all its lead's names,
    :func:`~dossier.kb.undated_reports.lead_names`; ``acted``: the day its lead gives
    each lead actor's act, :func:`dossier.kb.lead_speakers._lead_actors`), told alike
    (``told_as``: its telling words); ``window``: the publication days its reports may
    have; ``joined``: groups it joins already, ``outlets``: the outlets of its own and
    those groups' reports."""

    #: the days the document's lead gives its persons' acts (bodies left out: a report of
    #: theirs names no body's day to compare)
    days = frozenset(day for name, day in acted.items() if day and BODY not in name)

    # complete linkage: the groups it joins already are held to the same tests
    pool = [own_member(record, names, text, title)] + [
        lead_member(store, r, lead_sentences)
        for r in other_reports(store, sorted(joined), record["document_id"])
    ]
    tellings = [told_as]
    found: set[str] = set()
    skip = set(joined)
    outlets = set(outlets)
    for person in persons:
        surname = person.split()[-1]
        # reports with no date at all name the person too (a scraped page without its date
        # line): never out of the window, held to the undated reading of the persons test
        found_by = store.actor_candidates(surname, window) + store.undated_actor_candidates(surname)
        for candidate in found_by:
            group = candidate["event_group"]
            if (
                candidate["document_id"] == record["document_id"]
                or group in skip
                or not same_actor(person, candidate["actor"])
                or (acted.get(person) and candidate.get("acted"))  # the statement join's pair
            ):
                continue
            skip.add(group)
            rows = other_reports(store, [group], record["document_id"])
            if not all(
                not r["published"] or window[0] <= r["published"] <= window[1] for r in rows
            ):
                continue
            if any(_reaction_and_report(x, y) for x in rows for y in pool):
                continue  # a reaction and the incident it names: one thread, two events
            held = {r["outlet"] for r in rows if r.get("outlet")}
            if held & outlets:
                continue
            said_of = (person, candidate["actor"])
            theirs = [stored_telling(r) for r in rows]
            if not told_alike_by_majority(stored_telling(candidate), theirs, tellings, said_of):
                continue
            members = [lead_member(store, r, lead_sentences) for r in rows]
            if any(
                r["published"]
                and days_told_apart(days, act_days(store, r, r["text"], lead_sentences))
                for r in members
            ):
                continue  # acts of other days: the person's other news
            matched = next(m for m in members if m["document_id"] == candidate["document_id"])
            undated = not all(r["published"] for r in [*rows, *pool])
            if group_apart(matched, members, pool, first=undated):
                continue
            pool += members
            tellings += theirs
            found.add(group)
            outlets |= held
    return found
