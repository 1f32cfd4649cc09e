"""Event groups and threads: the stories that report one event, and one storyline.

A story holds the copies of one report; an event group holds the stories that report one
event independently -- what corroboration and disputes count as separate sources -- and a
thread the storyline over days or weeks (an attack, the reactions, the arrests). Both are
decided per document as it is stored, from indexed candidates (never a scan), with
complete linkage so no chain of look-alikes forms a group. The evidence: the lead's incident
(:mod:`dossier.kb.lead_incident`), its speakers (:mod:`dossier.kb.lead_speakers`), whether it
reacts (:mod:`dossier.kb.reactions`) and its words (:mod:`dossier.kb.tellings`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from dossier.config import Settings
from dossier.kb.claims import DISTINCT_FIGURE
from dossier.kb.compared_incidents import within, without_compared
from dossier.kb.dated_types import compatible_as_another_type, dated_told_as_another_type
from dossier.kb.dispatch_days import dispatch_dated
from dossier.kb.editions import edition_groups, is_print_edition
from dossier.kb.event_merge import (
    Incident,
    compatible,
    incident_day,
    main_event,
    other_reports,
    place_fold,
    place_key,
    row_places,
    row_values,
    same_incident,
    same_undated_incident,
    specific_places,
)
from dossier.kb.event_reports import _report
from dossier.kb.group_candidates import match_keys, may_match
from dossier.kb.lead_ages import age_in_common, lead_ages
from dossier.kb.lead_incident import (
    _latest_turn,
    _lead_events,
    _lead_features,
    _misread_place,
    _told_incident,
    body_lead_rows,
    one_level,
)
from dossier.kb.lead_names import statement_lead_end
from dossier.kb.lead_speakers import (
    BODY,
    _lead_actors,
    _lead_bodies,
    _same_speaker,
)
from dossier.kb.named_alike import (
    SHARED_PERSONS,
    full_persons,
    may_name_alike,
    named_alike,
    rare_persons,
)
from dossier.kb.person_news import person_news_groups
from dossier.kb.place_news import lead_place_words, place_keys, place_news_groups
from dossier.kb.reactions import REACTED, headline_reacts, reacts
from dossier.kb.tellings import (
    JOIN_TELLING,
    name_words,
    one_statement,
    one_telling,
    statement_words,
    telling_words,
)
from dossier.kb.undated_reports import (
    EVERY_DAY,
    ONE_INCIDENT_TYPES,
    TOLD_AS_TYPES,
    aged_alike,
    compatible_across,
    dated_news_apart,
    dated_told_alike,
    lead_names,
    lead_participants,
    lead_persons,
    one_place_told_alike,
    own_member,
    participant_keys,
    place_words,
    strong_number_shared,
    told_as_another_type,
    tolls_apart,
    undated_groups,
    undated_news_groups,
)
from dossier.store.base import Store
from dossier.stories.dedup import outlet_of


def _incident(row: dict[str, Any], published: str | None, group: dict[str, Any]) -> Incident:
    """The main incident of a ``document_groups`` row, its places folded for comparing
    (:func:`place_fold`: "Nushki" and "Noshki" are one district), with its document's story
    where the row carries it (:meth:`Store.event_group_rows` does; a document of no story is
    its own)."""
    story = (group.get("story_id") or group["document_id"]) if "story_id" in group else None
    return Incident(
        document_id=row["document_id"],
        report=_report(row),
        day=incident_day(row, published),
        location=place_fold(group["location"]) if group.get("location") else None,
        places=row_places(group, located=False),
        figures=row_values(group, "figures"),
        regions=row_values(group, "regions"),
        ages=row_values(group, "ages"),
        told=frozenset((group.get("telling") or "").split()),
        place_words=place_words(group),
        story=story,
    )


def _main_reports(store: Store, rows: dict[int, dict[str, Any]]) -> list[dict[str, Any]]:
    """The event reports of ``rows`` (``document_groups`` rows keyed by mention id)."""
    if not rows:
        return []
    return store.event_mentions_by_id(sorted(rows))


def _shift(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def _differ(a: dict[str, Any], b: dict[str, Any], located: bool = False) -> bool:
    """Whether two ``document_groups`` rows tell different occurrences: both leads name
    specific places and none in common, or both give tolls and none in common (the
    President's tribute for eight terrorists killed and, the next day, for four). The place
    of a row's incident counts only where ``located``: two reports of one statement take
    different incidents for their event (the DG ISPR's press conference on the Jaffar
    Express: Sibi in the agency's lead, Islamabad in the paper's), and the statement joins
    only on its leads' own places and tolls (realnews labels 12 -> 13 of 33 same-event
    pairs; the one new January archive pair right; April unchanged)."""
    pa, pb = row_places(a, located), row_places(b, located)
    fa, fb = row_values(a, "figures"), row_values(b, "figures")
    return bool(pa and pb and pa.isdisjoint(pb)) or bool(fa and fb and fa.isdisjoint(fb))


def _group_outlets(store: Store, group: str, own_story: set[str]) -> set[str]:
    """The outlets of an event group's documents, less those of ``own_story`` (the
    document's own story: its copies, one source with it)."""
    found = set()
    for row in store.event_group_rows(group):
        if row["document_id"] not in own_story:
            outlet = _row_outlet(store, row)
            if outlet:
                found.add(outlet)
    return found


def _row_outlet(store: Store, row: dict[str, Any]) -> str | None:
    """A ``document_groups`` row's outlet: kept with the row (migration 15), else -- a row
    stored before -- read from its document."""
    if row.get("outlet") is not None:
        return row["outlet"] or None
    return _outlet(store.document(row["document_id"]) or {})


def _row_telling(store: Store, row: dict[str, Any]) -> frozenset[str]:
    """A ``document_groups`` row's telling words (:func:`telling_words`): kept with the
    row, so a candidate's text is not read on every assignment; else read from its
    document."""
    if row.get("telling") is not None:
        return frozenset(row["telling"].split())
    report = store.document(row["document_id"]) or {}
    return telling_words(report.get("title"), report.get("text") or "")


def _row_said(store: Store, row: dict[str, Any], lead_sentences: int) -> frozenset[str]:
    """A ``document_groups`` row's statement-lead words less its dateline's
    (:func:`statement_words`): kept with the row, else read from its document."""
    if row.get("said") is not None:
        return frozenset(row["said"].split())
    report = store.document(row["document_id"]) or {}
    text = report.get("text") or ""
    lead = statement_lead_end(text, lead_sentences)
    return statement_words(text, lead, report.get("dateline") or "")


def _rewrites(
    store: Store,
    group: str,
    outlet: str | None,
    clash: set[str],
    actor: str,
    spoke: set[str],
    words: tuple[frozenset[str], frozenset[str]],
    settings: Settings,
    named_as_mine: Callable[[str], bool],
) -> bool:
    """Whether a statement's report may join a group that already holds its own outlet
    (``clash``: the outlets it shares with the group): only where that outlet is its own,
    the speaker an institution (:func:`_lead_bodies`: a foreign office, a ministry, a
    legislature, a court -- one briefing, one session a day), and each of the outlet's
    reports in the group is its other telling of the same statement: the same speaker on
    the same day (``spoke``: the documents whose lead tells it) in the same words (``words``:
    the lead's statement words and its telling, :func:`one_statement` and
    :func:`one_telling`) -- a newspaper's web report of the Foreign Office's briefing and its
    next morning's print report, one source told twice. A person's are not, as a rule: the
    President pays two tributes a day in the same words for two operations. Unless each of
    the outlet's reports also names two of the same little-known people
    (``named_as_mine``, :mod:`dossier.kb.named_alike`): the attendees of the meeting the
    person chaired (an agency's two versions of the President's Quetta meeting, each
    listing the acting governor, the chief secretary and the inspector general) -- what two
    tributes for two operations never share."""
    said, told_as = words
    if clash != {outlet}:
        return False
    mine = [r for r in store.event_group_rows(group) if _row_outlet(store, r) == outlet]
    if BODY not in actor and not all(named_as_mine(r["document_id"]) for r in mine):
        return False
    return bool(mine) and all(
        r["document_id"] in spoke
        and one_statement(said, _row_said(store, r, settings.lead_sentences))
        and one_telling(told_as, _row_telling(store, r))
        for r in mine
    )


def _group_incidents(store: Store, groups: set[str], document_id: str, days: int) -> list[Incident]:
    """The main incidents of ``groups``' reports (the document's own row, reports with no
    incident and incidents told as background left out): what complete linkage compares a
    joining report with."""
    members = {
        r["mention_id"]: r
        for group in sorted(groups)
        for r in store.event_group_rows(group)
        if r["type"]
        and r["mention_id"]
        and r["document_id"] != document_id
        and not _told_as_background(r, days)
    }
    return [
        _incident(row, members[row["id"]]["published"], members[row["id"]])
        for row in _main_reports(store, members)
    ]


def _one_incident(x: Incident, y: Incident, days: int, undated: bool) -> bool:
    """Whether two incidents of reports complete linkage compares can be one: compatible
    (at one level of places), one undated incident told as another type, or a dated and an
    undated one compatible across -- and, between undated reports, no tolls apart."""
    level = one_level(x, y)
    return (
        compatible(*level, days, undated)
        or told_as_another_type(x, y)
        or compatible_as_another_type(*level, days)
        or compatible_across(*level)
        or aged_alike(x, y)
    ) and not (undated and tolls_apart(x.figures, y.figures))


def _linked(
    store: Store, theirs: list[Incident], ours: list[Incident], days: int, undated: bool
) -> bool:
    """Complete linkage between a group's incidents (``theirs``) and those joined so far
    (``ours``, the document's first), where the copies of one story count as one report:
    each story of one side must be :func:`_one_incident` with each story of the other
    through at least one pair of their copies.

    A story holds the copies of one report (a re-print, an edition), one source told once;
    what differs between its copies' main incidents is how each copy was read -- a copy
    that kept its date line is dated, one stripped of it is not and its lead is typed by
    another verb ("Indian Naval Ship Sukanya ... found her" read as a deployment on the
    undated page, as an attack on the dated one). Asked of every copy, complete linkage
    held the whole story apart from every other report of the event through its worst-read
    copy. Reports of different stories are still compared pair by pair."""
    if not theirs:
        return True
    # the stories the incidents carry (read with their rows); the store is asked only for
    # those that came without
    unread = sorted({x.document_id for x in [*theirs, *ours] if x.story is None})
    stories = store.story_of(unread) if unread else {}

    def by_story(incidents: list[Incident]) -> list[list[Incident]]:
        found: dict[str, list[Incident]] = {}
        for x in incidents:
            key = x.story or stories.get(x.document_id, (x.document_id, 0))[0] or x.document_id
            found.setdefault(key, []).append(x)
        return list(found.values())

    return all(
        any(_one_incident(x, y, days, undated) for x in story for y in other)
        for story in by_story(theirs)
        for other in by_story(ours)
    )


def _told_by_toll(a: Incident, b: Incident) -> bool:
    """Whether two reports of one type are one incident by a toll alone, whatever words
    they tell it in: both dated to one day, neither lead naming a specific place, and a
    toll of :data:`DISTINCT_FIGURE` or more in common ("bringing the total number of
    martyrs to 13", "Number of personnel martyred ... rises to 13").

    A release that updates a national toll names no town, so the toll is the incident's
    identity: the agency and the paper tell it in their own words (3 of 19 shared, martyr /
    martyrdom / martyred), under the telling test's third. A toll that large is rarely
    shared by two incidents of one type and day; where either lead names a place, the
    place and the telling decide as before (the Mastung blast and a bus crash elsewhere,
    both "16 injured")."""
    if a.day is None or a.day != b.day or specific_places(a) or specific_places(b):
        return False
    return any(float(f.rsplit(":", 1)[1]) >= DISTINCT_FIGURE for f in a.figures & b.figures)


def _outlet(document: dict[str, Any]) -> str | None:
    """A stored document's outlet as the story rules name it (the site name cleaning
    found, else its address's: :func:`dossier.stories.dedup.outlet_of`)."""
    return outlet_of(document.get("outlet"), document.get("url") or document.get("source"))


def _told_as_background(row: dict[str, Any], days: int) -> bool:
    """Whether a ``document_groups`` row's incident is the background of its article (a day
    more than ``days`` before publication): its article's news is something else, so the
    incident bars no join of that article's group."""
    day, published = row.get("day"), row.get("published")
    return bool(day and published and day < _shift(published, -days))


#: the share of the shorter telling's words a report farther than ``thread_days`` must share
#: to join the thread: "security forces", "terrorists", "khawarij" and "attack" are a quarter
#: of any tribute's words, and a tribute ten days on linked the Bannu attack to the Jaffar
#: Express hijacking
FAR_TELLING = 0.5


def _near_in_storyline(
    row: dict[str, Any],
    published: str | None,
    told_as: frozenset[str],
    thread_days: int,
    store: Store,
) -> bool:
    """Whether a report of the same (merged) event joins a document's thread: published
    at most ``thread_days`` from it, or told in the same words (the Jaffar Express
    facilitators arrested two weeks after the hijacking). Event ids are merged across
    documents by participants and dates, so one id ran from an attack to the next weeks'
    tributes for other operations, and the thread with it; a cap of 0 keeps every report."""
    theirs = row.get("published")
    if not thread_days or not published or not theirs:
        return True
    if abs((date.fromisoformat(theirs[:10]) - date.fromisoformat(published)).days) <= thread_days:
        return True
    words = _row_telling(store, row)
    return bool(told_as and words) and len(told_as & words) >= FAR_TELLING * min(
        len(told_as), len(words)
    )


def _thread_open(store: Store, thread: str, published: str | None, settings: Settings) -> bool:
    """Whether a storyline's thread still takes reports linked to it by the storyline (an
    event id, a reaction's incident): its first report was published at most
    ``thread_span_days`` before the article. Day by day, one report links the next, and an
    April thread chained 212 documents over six weeks of a crisis; a thread stays whole
    where its own reports of one event join it (event groups are never split)."""
    span = settings.thread_span_days
    if not span or not published:
        return True
    first = store.thread_start(thread)
    return not first or first >= _shift(published, -span)


def assign_event_group(
    store: Store, document_id: str, story_id: str | None, settings: Settings
) -> str:
    """Put a stored document into the event group of the independent reports of its event.

    A story (:mod:`dossier.dedup`) holds the copies of one report; an event group holds the
    stories that report one event independently -- what corroboration and disputes must
    count as separate sources. A document joins the group of its own story's documents,
    and the groups of documents whose main incident is its own (:func:`same_incident`:
    type, day, places, tolls, participants) when every incident of those groups is
    compatible with it. Candidates come from indexed lookups (type and day; the event of
    the main report for threads), never a scan, so ingest stays incremental; groups that
    the document links merge, as stories do. A reaction (:func:`reacts`: "the minister
    condemned the attack") is a statement of its own, never joined by the incident it
    names. Reports of one statement join when the same person acts in both leads on the
    same named day (``document_actors``) and the leads tell one subject
    (:func:`one_statement`); an organisation as the lead's actor was measured and dropped
    (joins of unrelated pieces).
    """
    document = store.document(document_id) or {}
    published = (document.get("published") or "")[:10] or None
    story = story_id or document.get("story_id") or document_id
    days = settings.incident_days
    record: dict[str, Any] = {
        "document_id": document_id,
        "event_group": story,
        "mention_id": None,
        "type": None,
        "day": None,
        "published": published,
    }
    story_rows = store.story_group_rows(story)
    groups = {r["event_group"] for r in story_rows if r["document_id"] != document_id}
    #: groups of the incident a reaction names: its thread's, never its event group
    reacted_to: set[str] = set()
    # one outlet's own reports of an event are one source: joined as a story (a rewrite,
    # an edition) or not at all. On the labelled join pairs of the archive samples, pairs
    # of one outlet's stories were right 14 times in 45 (follow-ups, next-day statements,
    # the next day's strikes), pairs across outlets 42 in 48
    outlet = _outlet(document)
    own_story = {r["document_id"] for r in story_rows}
    #: outlets of the stories joined so far: one outlet's second story of an event is its
    #: follow-up or update (its thread), never a second source of it
    sources = {outlet}
    text = document.get("text") or ""
    # the incident is read from the body's lead, below any headline bullets
    mentions = body_lead_rows(
        store.event_mentions_in_document(document_id), text, settings.lead_sentences
    )
    # an old incident the lead measures its news by ("as was done after the attack on ...")
    # is no incident of the report, and its places none of the lead (compared_incidents)
    mentions, compared = without_compared(text, mentions)
    main = main_event(mentions, settings.lead_sentences)
    told = _told_incident(mentions, main, settings.lead_sentences)
    # an old incident told as the way to the day's news (a siege's end): the news
    told = _latest_turn(mentions, told, published, days) or told
    dateline = place_key(document.get("dateline") or "")
    told_as = telling_words(document.get("title"), text)
    lead = statement_lead_end(text, settings.lead_sentences)
    # the words its candidates compare, kept with the row (a later document reads no text)
    said = statement_words(text, lead, document.get("dateline") or "")
    record.update(
        outlet=outlet or "",
        telling=" ".join(sorted(told_as)),
        said=" ".join(sorted(said)),
        # the ages the lead gives persons: one incident's identity where no place or toll
        # is read (lead_ages)
        ages=";".join(sorted(lead_ages(document.get("title"), text[:lead]))),
    )
    # the document's entity mentions, read once: the lead's places and its actors
    named = store.document_mentions(document_id)
    #: the mentions the lead's places are read from: none of a yardstick's clause
    placed = [m for m in named if not within(m["start"], compared)]
    #: the little-known people the document names (victims, suspects, a meeting's
    #: attendees), read on demand
    rare: list[frozenset[str]] = []

    def rare_of() -> frozenset[str]:
        """The document's little-known people's keys, read once (none where it names fewer
        than two persons in full: no store read)."""
        if not rare:
            persons = full_persons(named)
            few = len(persons) < SHARED_PERSONS
            rare.append(frozenset() if few else rare_persons(store, persons))
        return rare[0]

    def named_as_mine(other_document: str) -> bool:
        """Whether another report names two of the document's little-known people
        (:mod:`dossier.kb.named_alike`)."""
        return named_alike(store, rare_of(), other_document)

    if told is not None:
        places, regions, figures = _lead_features(
            store, document_id, text, settings.lead_sentences, dateline, placed
        )
        from dossier import geo

        # the event's own place, where it is a district or town (a province or a country
        # holds many incidents a day) and not the dateline's
        where = told["location_text"] or ""
        location = place_key(where) if where and geo.breadth(where) == 0 else ""
        if location and geo.breadth(location) != 0:
            location = ""  # "Khyber Pakhtunkhwa Province": the province told with its suffix
        read_as = {m["label"] for m in named if m["text"] == where}
        if location and _misread_place(where, read_as, regions, document.get("dateline")):
            location = ""  # "claimed by BLA" read as Bla, Mali: no place of the incident
        record.update(
            places=";".join(places),
            regions=";".join(regions),
            figures=";".join(figures),
            location=location if location and location != dateline else None,
        )
        mine = replace(
            _incident(told, published, record), story=document.get("story_id") or document_id
        )
        record.update(mention_id=told["id"], day=mine.day)
        # an incident days before the article's own day is its background (reactions, a
        # follow-up): the article's news is something else, so it joins by incident no one
        background = _told_as_background(record, days)
        # an incident a reaction names is its object (the reactions rule): the reaction,
        # like the follow-up, finds the incident's reports as any report would, but joins
        # only their thread
        # (stored under its own type, REACTED + the incident's, so that the incident's
        # later reports find it for the thread and no report joins it as one of theirs)
        reaction = reacts(named, text, statement_lead_end(text, 1)) or headline_reacts(
            document.get("title")
        )
        # a background incident is stored under REACTED too: the incident's later reports
        # find such a follow-up for their thread, and none joins it as a report of theirs
        # (stored with no type, a follow-up published days after the incident was found by
        # no later report, and the storyline split in two: session 8's threads recall fall)
        record["type"] = f"{REACTED}{told['type']}" if reaction or background else told["type"]
        window = (_shift(mine.day, -days), _shift(mine.day, days)) if mine.day else None
        # no day at all (no publication date, no dated event): only other such reports,
        # on stronger evidence (event_merge.same_undated_incident)
        undated = mine.day is None

        #: groups of the storyline, not of the event: an incident that matches mine but is
        #: told in other words (the same place and day, another occurrence there), or one
        #: told in the same words that nothing sets apart (compatible) but no place, toll or
        #: participant confirms -- with the follow-ups found (REACTED), threads recall on
        #: the realnews labels 0.52 -> 0.76, precision 1.00
        alike: set[str] = set()
        keys = match_keys(mine, told_as)

        def matching(kind: str) -> set[str]:
            """The event groups of the stored main incidents of ``kind`` that are mine
            (those told in other words go to ``alike``)."""
            if window:
                # and the undated reports of its kind (none in an archive of dated news):
                # one incident's reports of which some kept no date (dated_told_alike)
                stored = store.incident_candidates(kind, window)
                stored += store.undated_incident_candidates(kind)
                if kind in ONE_INCIDENT_TYPES:
                    # one incident told under the other type: the capture that foiled
                    # the attack (dated_types.dated_told_as_another_type)
                    for other_kind in sorted(ONE_INCIDENT_TYPES - {kind}):
                        stored += store.incident_candidates(other_kind, window)
            elif undated:
                stored = store.undated_incident_candidates(kind)
                stored += store.incident_candidates(kind, EVERY_DAY)  # dated_told_alike
                if kind in TOLD_AS_TYPES:
                    # one undated incident told under another type (told_as_another_type):
                    # an appeal looks up the acts, an act the other acts and the appeals
                    told_as_types = (
                        TOLD_AS_TYPES if kind in ONE_INCIDENT_TYPES else ONE_INCIDENT_TYPES
                    )
                    for other_kind in sorted(told_as_types - {kind}):
                        stored += store.undated_incident_candidates(other_kind)
            else:
                return set()
            found = set()
            told_only = reaction or background or kind.startswith(REACTED)
            # only the rows that share something the join needs (group_candidates), and
            # where the document names two little-known people, those of the documents
            # that name two of them too (may_name_alike: read at once, a necessary
            # condition of named_as_mine)
            others = [r for r in stored if r["document_id"] != document_id]
            named_path = not undated and not told_only and len(rare_of()) >= SHARED_PERSONS
            shared = {r["mention_id"] for r in others if undated or may_match(keys, r, told_only)}
            naming = (
                may_name_alike(
                    store,
                    rare_of(),
                    {r["document_id"] for r in others if r["mention_id"] not in shared},
                )
                if named_path
                else frozenset()
            )
            candidates = {
                r["mention_id"]: r
                for r in others
                if r["mention_id"] in shared or r["document_id"] in naming
            }
            for row in _main_reports(store, candidates):
                other = candidates[row["id"]]
                # places told at one level: the release's area and the paper's district
                level, theirs = one_level(mine, _incident(row, other["published"], other))
                if undated:
                    # without days, a toll is what tells look-alikes apart (23 pirates
                    # captured, and 26 three years later): undated_reports.tolls_apart
                    # and a toll of 5 or more in common, however each words its
                    # measure, is evidence on its own (undated_reports)
                    same = (
                        same_undated_incident(level, theirs)
                        or (
                            compatible(level, theirs, days, undated)
                            and strong_number_shared(mine.figures, theirs.figures)
                        )
                        or told_as_another_type(level, theirs)
                        or one_place_told_alike(level, theirs, told_as, _row_telling(store, other))
                    ) and not tolls_apart(mine.figures, theirs.figures)
                else:
                    same = same_incident(
                        level, theirs, days, settings.incident_evidence
                    ) or dated_told_as_another_type(level, theirs, days)
                if not same and age_in_common(level.ages, theirs.ages):
                    # no place or toll read, but the person it happened to given one age in
                    # both leads ("a 59-year-old woman", "Raj Chohan, 59"): lead_ages
                    if undated:
                        same = aged_alike(level, theirs)
                    elif theirs.day is not None:
                        same = compatible(level, theirs, days)
                if (mine.day is None) != (theirs.day is None):
                    # one dated, one undated: a specific place both leads name and the
                    # same words, nothing else apart (undated_reports.dated_told_alike)
                    same = dated_told_alike(
                        level,
                        theirs,
                        told_as,
                        _row_telling(store, other),
                        [m["text"] for m in named],
                    ) and not dated_news_apart(
                        store,
                        other["document_id"],
                        own_member(record, lead_names(named, lead), text, document.get("title")),
                        settings.lead_sentences,
                    )
                if not (same or compatible(level, theirs, days, undated)):
                    continue
                words = _row_telling(store, other)
                own = bool(outlet) and _row_outlet(store, other) == outlet
                if (
                    same
                    and not own
                    and (one_telling(told_as, words, JOIN_TELLING) or _told_by_toll(level, theirs))
                    and (words or not undated)
                ):
                    found.add(other["event_group"])
                elif (
                    not own
                    and not undated
                    and theirs.day is not None
                    and not told_only
                    and named_as_mine(other["document_id"])
                ):
                    # an incident nothing sets apart (compatible, one type, the join's
                    # days) whose reports name the same little-known people: the agency's
                    # lead names no place and the paper spells it its own way, but both
                    # list the release's dead (realnews: the Noshki convoy bombing). Both
                    # dated: an undated report could be any day's, and the team's second
                    # drink-driving arrest names the first one's player and the manager who
                    # spoke of both (ECB+ dev: 9 look-alike pairs)
                    found.add(other["event_group"])
                elif same or (told_as and words and told_only and one_telling(told_as, words)):
                    # the same place and day but other words (another occurrence there),
                    # or -- between an incident and a reaction or a follow-up, which rarely
                    # name a place or a toll -- the same words and nothing against: the
                    # storyline's. (Not between two reports of incidents: the military's
                    # releases of different operations share most of their words)
                    alike.add(other["event_group"])
            return found

        matched = matching(told["type"])
        reacted_to |= matching(f"{REACTED}{told['type']}") | alike
        if reaction or background:
            reacted_to |= matched  # the storyline it tells, not its news
            matched = set()
        # complete linkage counts the groups its own story already holds: a copy shared
        # with another report (one outlet's stock paragraphs) brings that report's group,
        # and a third report joining this one must be compatible with its incident too
        accepted = _group_incidents(store, groups, document_id, days)
        for group in sorted(matched - groups):
            held = _group_outlets(store, group, own_story)
            #: the outlet's web report of the day before, where this is its print edition
            web: set[str] = set()
            if outlet and held & sources:
                web = (
                    _web_editions(store, group, document, record)
                    if held & sources == {outlet}
                    else set()
                )
                if not web:
                    reacted_to.add(group)
                    continue
            # complete linkage: every incident of the groups it joins must be compatible
            # with this one and with each other, so no chain of look-alikes forms a group
            # (the print edition's own web report aside: one report, told twice)
            theirs = [
                x
                for x in _group_incidents(store, {group}, document_id, days)
                if x.document_id not in web
            ]
            if _linked(store, theirs, [mine, *accepted], days, undated):
                accepted += theirs
                groups.add(group)
                sources |= held
    # one statement, press conference or visit told by two outlets: the same person acting
    # in both leads on the same named day ("on Wednesday"; a lead that names no day joins no
    # one: on 1,000 archive articles, without it, the same minister's acts of adjacent days
    # were joined), published at most ``days`` apart, where no two of the reports joined
    # name different places or tolls (complete linkage, as for incidents, so a report
    # naming neither never bridges two that differ)
    actors = dispatch_dated(_lead_actors(named, text, lead, published), text, published)
    actors += _lead_bodies(named, text, lead, published, document.get("dateline"))
    if actors and published:
        if "places" not in record:
            places, _regions, figures = _lead_features(
                store, document_id, text, settings.lead_sentences, dateline, placed
            )
            record.update(places=";".join(places), figures=";".join(figures))
        pool = [record]
        window = (_shift(published, -days), _shift(published, days))
        for actor, acted in actors:
            if not acted:
                continue  # a lead that names no day of the act joins nothing
            candidates = store.actor_candidates(actor.split()[-1], window)
            #: the documents whose lead tells this speaker acting on this day
            spoke = {
                r["document_id"]
                for r in candidates
                if _same_speaker(actor, r["actor"]) and acted == r["acted"]
            }
            for other in candidates:
                group = other["event_group"]
                if (
                    other["document_id"] == document_id
                    or group in groups
                    or not _same_speaker(actor, other["actor"])
                    or acted != other["acted"]
                ):
                    continue
                held = _group_outlets(store, group, own_story)
                if (
                    outlet
                    and held & sources
                    and not _rewrites(
                        store,
                        group,
                        outlet,
                        held & sources,
                        actor,
                        spoke,
                        (said, told_as),
                        settings,
                        named_as_mine,
                    )
                ):
                    # its own other report, or -- a round-up joining a second statement --
                    # an outlet's second story in the group: the storyline's (the agency's
                    # President's and Prime Minister's statements, both carried by the
                    # paper's round-up, stay two statements) -- unless the two name other
                    # places or tolls (the minister's praise of two towns' police, one day)
                    if not any(_differ(other, y) for y in pool):
                        reacted_to.add(group)
                    continue
                # the speakers' names are in every report of any statement of theirs
                names = name_words(actor, other["actor"])
                if not one_statement(
                    said - names, _row_said(store, other, settings.lead_sentences) - names
                ):
                    # the same person on the same day, about something else: another
                    # statement of the storyline (the PM condemns the attack in the morning
                    # and lauds the rescue at night) unless the two name other places or tolls
                    if not any(_differ(other, y) for y in pool):
                        reacted_to.add(group)
                    continue
                rows = other_reports(store, [group], document_id)
                if all(
                    r["published"] and window[0] <= r["published"] <= window[1] for r in rows
                ) and all(not _differ(x, y) for x in rows for y in pool):
                    pool += rows
                    groups.add(group)
                    sources |= held
    #: the dated report's small places, indexed for the dated reports to come (place_news)
    located: list[tuple[str, None]] = []
    if published:
        # news of one person whose leads name no day for it (an appointment, a death):
        # the person both leads name, the days it broke, the same words (person_news)
        persons = lead_persons(named, lead)
        if persons:
            _ensure_lead_places(store, record, document_id, text, settings, dateline, placed)
            groups |= person_news_groups(
                store,
                record,
                text,
                told_as,
                persons,
                lead_names(named, lead),
                dict(actors),
                (_shift(published, -days), _shift(published, days)),
                groups,
                {s for s in sources if s},
                settings.lead_sentences,
                document.get("title"),
            )
            # indexed (surname, publication day, no act day) for the reports to come
            actors += _unindexed(persons, actors)
        # news that is no incident, whose leads may name no person in full: a small place
        # both leads name, the days it broke, the same words (place_news)
        places_named = lead_place_words(named, lead, document.get("dateline"))
        if places_named:
            _ensure_lead_places(store, record, document_id, text, settings, dateline, placed)
            groups |= place_news_groups(
                store,
                record,
                text,
                places_named,
                lead_names(named, lead),
                (_shift(published, -days), _shift(published, days)),
                groups,
                {s for s in sources if s},
                settings.lead_sentences,
                document.get("title"),
            )
            # indexed (place word, publication day) for the reports to come; kept out of
            # ``actors``, which the edition join reads as persons
            located = place_keys(places_named)
    if published is None and record["day"] is None:
        # no date at all: one person named in both leads, nothing setting them apart
        persons = lead_persons(named, lead)
        if persons:
            _ensure_lead_places(store, record, document_id, text, settings, dateline, placed)
            held = {s for s in sources if s}
            names = lead_names(named, lead)
            groups |= undated_groups(
                store,
                record,
                text,
                persons,
                names,
                groups,
                held,
                settings.lead_sentences,
                document.get("title"),
            )
            # indexed (surname, no publication date) for the undated reports to come
            actors += _unindexed(persons, actors)
        # news that is no incident, whose leads may name no person in full: the places and
        # bodies both leads name, told alike (undated_reports.undated_news_groups)
        participants = lead_participants(named, lead)
        if participants:
            _ensure_lead_places(store, record, document_id, text, settings, dateline, placed)
            groups |= undated_news_groups(
                store,
                record,
                text,
                participants,
                lead_names(named, lead),
                groups,
                {s for s in sources if s},
                settings.lead_sentences,
                document.get("title"),
            )
            actors += participant_keys(participants)  # for the undated reports to come
    groups |= edition_groups(store, document, record, told_as, groups, actors)  # its other edition
    store.set_document_actors(document_id, actors + located, published)
    # the thread: a storyline over days or weeks (an attack, the reactions, the arrests,
    # the verdict) -- every document whose main event is the same event (merged across
    # documents by participants and dates, dossier.event_merge.same_event), background
    # ones included, with the threads of the groups it joins
    # (the groups it joins come whole: an event group is never split across threads; the
    # storyline's other reports only where near in time or told alike, so no chain of
    # tributes and follow-ups runs on for weeks)
    joined = [r for g in sorted(groups) for r in store.event_group_rows(g)]
    storyline = [r for g in sorted(reacted_to - groups) for r in store.event_group_rows(g)]
    if main is not None:
        for event_id in _lead_events(mentions, main, settings.lead_sentences):
            storyline += store.thread_candidates(event_id)
    threads = {r["thread"] or r["event_group"] for r in joined if r["document_id"] != document_id}
    linked = {
        r["thread"] or r["event_group"]
        for r in storyline
        if r["document_id"] != document_id
        and _near_in_storyline(r, published, told_as, settings.thread_days, store)
    }
    threads |= {t for t in linked - threads if _thread_open(store, t, published, settings)}
    if groups:
        record["event_group"] = min(groups)
        store.merge_event_groups(sorted(groups - {record["event_group"]}), record["event_group"])
    threads.add(record["event_group"])
    record["thread"] = min(threads)
    store.merge_threads(sorted(threads - {record["thread"]}), record["thread"])
    store.set_document_group(record)
    return str(record["event_group"])


def _web_editions(
    store: Store, group: str, document: dict[str, Any], record: dict[str, Any]
) -> set[str]:
    """The documents of ``group`` that are the print report's (``document``) web edition:
    where every report of its own outlet in the group is a web report published the day
    before, of its incident's type and day. Empty for a web report, or where the outlet's
    report in the group is anything else (its follow-up, its other print report).

    The group was found by another outlet's report of the incident (the join's evidence is
    never the outlet's own report), and the outlet's web report is already in it: the print
    report is that web report told again the next morning, one source with it, as the
    edition join (:mod:`dossier.kb.editions`) holds -- which needs the two to share their
    words, and Dawn's print report of the Noshki bombing ("Five martyred in ambush on forces
    near Noshki") shares few with its web report ("BLA behind attack: state media"), whose
    "Noskhi" also sets the two apart by place (a typing slip)."""
    published = record.get("published")
    if not published or not record.get("type") or not is_print_edition(document):
        return set()
    before = _shift(published, -1)
    outlet = record.get("outlet")
    mine = [r for r in store.event_group_rows(group) if _row_outlet(store, r) == outlet]
    if not mine or any(
        r["published"] != before or r["type"] != record["type"] or r["day"] != record["day"]
        for r in mine
    ):
        return set()
    if any(is_print_edition(store.document(r["document_id"]) or {}) for r in mine):
        return set()
    return {r["document_id"] for r in mine}


def _ensure_lead_places(
    store: Any,
    record: dict[str, Any],
    document_id: str,
    text: str,
    settings: Any,
    dateline: Any,
    named: Any,
) -> None:
    """Fill the record's lead places and figures once: the person joins (dated news, undated
    reports) need them only when the incident join did not already compute them."""
    if "places" not in record:
        places, _regions, figures = _lead_features(
            store, document_id, text, settings.lead_sentences, dateline, named
        )
        record.update(places=";".join(places), figures=";".join(figures))


def _unindexed(persons: Any, actors: list[tuple[str, Any]]) -> list[tuple[str, None]]:
    """(person, no day) keys for the persons not yet indexed, for the reports to come."""
    indexed = {a for a, _d in actors}
    return [(p, None) for p in persons if p not in indexed]
