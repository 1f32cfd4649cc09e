"""Store one event report and join it to the event it reports.

Each argument span is tied to the mention it overlaps (so to an entity); the report takes
its place (:mod:`dossier.kb.event_places`, :mod:`dossier.kb.event_regions`) and its day
(:mod:`dossier.kb.event_days`, :mod:`dossier.kb.said_days`); then it joins an earlier
report's event: another article's when :func:`dossier.kb.event_merge.same_event` says so,
else its own article's retelling of the same incident, unless the article tells them apart
(:mod:`dossier.kb.incident_breaks`). Runs inside the batch's transaction, after entities
are resolved.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import partial
from typing import Any

from dossier.clean.dateline import parse_dateline
from dossier.config import CANDIDATE_PAGE, INCIDENT_RANGE_DAYS, Settings
from dossier.extract.events import is_speech
from dossier.geo import breadth, known_place, region_in
from dossier.geo import key as name_key
from dossier.kb.document_reads import DocumentReads
from dossier.kb.event_days import (
    _earlier_day,
    _later_day,
    _time_of,
    after_its_report,
    lead_report_day,
    own_report_day,
    stance_told_in_perfect,
    undated_interval,
    undated_window,
)
from dossier.kb.event_merge import (
    REPORTED,
    EventReport,
    actors_contradict,
    dates_compatible,
    event_id_for,
    place_fold,
    place_key,
    places_differ,
    same_event,
    same_incident_in_document,
)
from dossier.kb.event_places import (
    _SPREAD,
    PLACE_LABELS,
    DocumentPlaces,
    _earlier_place,
    _enclosing_place,
    _finer_place,
    _in_force_name,
    _nested_in_article,
    _own_place,
    _placed_at,
    co_event_place,
    dateline_country,
    fits_setting,
    lead_place,
    lies_abroad,
    modifier_place,
    nested_places,
    stated_within,
    states_act,
)
from dossier.kb.event_regions import _locality, _regions_differ, _sentence_regions, _town_after
from dossier.kb.fact_summary import place_rank, tells_a_campaign
from dossier.kb.incident_breaks import (
    last_break,
    opens_new_incident,
    opens_with_date,
    recalls,
    steps_back,
    told_by_reference,
)
from dossier.kb.lead_days import lead_day
from dossier.kb.prior_acts import told_before_its_day
from dossier.kb.said_days import last_reported_day, retold_day, said_day
from dossier.kb.scene_days import scene_day
from dossier.kb.span_mentions import (
    described_by_name,
    members_of,
    organ_of_state,
    overlapping_mention,
)
from dossier.kb.undated_reports import ONE_INCIDENT_TYPES
from dossier.records import AnalyzedDocument, EventMention, Mention, Span, TimeExpr
from dossier.store.base import Store


def _arg(role: str, span: Span, text: str, mentions: Sequence[Mention]) -> dict[str, Any]:
    """A participant as stored: the named mention the span stands for, else the span's own
    words (a generic participant). A name that only modifies the span's head word stands for
    nothing ("a Kabul hotel" was attacked, not Kabul; "the Punjab police" arrested, not
    Punjab), as it does not for a speaker (:func:`described_by_name`) -- unless the head word
    names the members of the organisation before it ("Hamas fighters", "a cell of seven
    Liwa Zainebiyoun men": the group acts through them, :func:`members_of`), or an organ of
    the country before it ("the Iranian government", "Indian federal police":
    :func:`organ_of_state`; the span's own words stay its text)."""
    mention = overlapping_mention(span, mentions, text)
    words = mention  # whose words the participant is told in: the name's, else the span's
    if mention is not None and described_by_name(span, mention, text):
        if organ_of_state(span, mention, text):
            # "the Iranian government": the state acts (its entity), and the words say through
            # which organ, which the participant keeps as its text
            words = None
        elif not members_of(span, mention, text):
            mention = words = None
    return {
        "role": role,
        "key": mention.key if mention else None,
        "text": words.text if words else text[span[0] : span[1]],
        "start": words.start if words else span[0],
        "end": words.end if words else span[1],
    }


def _report(
    row: dict[str, Any], dateline: str | None = None, *, own_place: bool = False
) -> EventReport:
    """A stored report as the merge rules see it; ``dateline``: its article's dateline place,
    which is where the report was filed, not a place of its own. ``own_place``: read the
    report's own specific place (:func:`_own_place`), which only the in-document rules
    compare; the cross-document ones leave it None and skip the search."""

    def entities(role: str) -> frozenset[str]:
        return frozenset(
            a["entity_id"] for a in row["args"] if a["role"] == role and a["entity_id"]
        )

    return EventReport(
        mention_id=row["id"],
        document_id=row["document_id"],
        type=row["type"],
        mode=row["mode"],
        modality=row["modality"],
        date_start=row["date_start"],
        date_end=row["date_end"],
        location=_said_place(row),
        actors=entities("actor"),
        targets=entities("target"),
        place=_own_place(row.get("location_text"), row.get("evidence") or "", dateline)
        if own_place
        else None,
    )


def _said_place(row: dict[str, Any]) -> str | None:
    """The report's location entity when its own sentence names it; None for a place it took
    from elsewhere (an earlier sentence's, the dateline's): a place a report did not state
    cannot tell its incident apart from another, nor join it to one. Nor can the town of the
    force that acted (``via`` "force": "arrested by the Tarnol police station", then "by the
    Ramna police station" tell one crackdown's arrests)."""
    if place_rank(row) or row.get("location_via") == "force":
        return None
    return row["location_entity"]


#: speech types whose one stance an article tells through several of a state's voices: its
#: foreign minister's and its guards' spokesman's warnings of one response ("Iran would hold
#: the United States responsible", "warned of a 'devastating' response") are one threat, so
#: two named speakers of a warning do not keep its reports apart as they do an accusation's
#: (splitting them lost 3 rows of all six on two labelled sets, gained none)
_VOICED_FOR_A_STATE = frozenset({"THREATEN"})


def store_event(
    store: Store,
    analyzed: AnalyzedDocument,
    event: EventMention,
    undated_days: int = Settings.undated_event_days,
    lookback: int = Settings.place_lookback_sentences,
    reported_days: int = Settings.reported_event_days,
    places: DocumentPlaces | None = None,
    reads: DocumentReads | None = None,
    recent_days: int = Settings.dateline_recent_days,
    history_days: int = Settings.place_history_days,
    lead_sentences: int = Settings.lead_place_sentences,
) -> str:
    """Store one event report and put it into the event it reports; returns the event id.

    An event whose sentence names no place takes the place of the incident told just before it
    (:func:`_earlier_place`), else the dateline's; one whose sentence gives no
    date takes the interval its tense allows around the publication date (:func:`undated_interval`).
    ``places``: the document's places read once for all its events (built here when absent);
    ``reads``: what its facts read of the store, kept for all of them (likewise);
    ``recent_days``: how long before the article an act may lie and still take the dateline's
    place (:func:`_long_before`); ``history_days``: how long before the article an act its
    sentence dates may lie and still take the place of the incident told before it.
    """
    text, mentions = analyzed.document.text, analyzed.mentions
    if places is None:
        places = DocumentPlaces.of(analyzed)
    if reads is None:
        reads = DocumentReads(store, analyzed.document.id)
    when = _time_of(event.time, analyzed.times)
    if after_its_report(analyzed, when, event.modality):
        when = None  # "would observe ... on May 15 to mark the operation launched ...": not its day
    # "the Iran-backed group called for a sit-in": who backs a participant, not where
    located = None if modifier_place(text, event.location) else event.location
    place = overlapping_mention(located, mentions)
    dateline_place = places.dateline
    force = _in_force_name(event, text)
    if located is not None and place is not None and place.label not in PLACE_LABELS:
        # "Dera Ismail Khan" with "Ismail Khan" tagged a person: the place, not the person;
        # "Sialkot" of "FIA Immigration Sialkot" (an organisation): the town, not the agency
        start, end = located
        if not (place.start <= start and end <= place.end) or force:
            place = None
    if place is None and located is not None:
        # a place the model did not tag ("in Takwara area"): kept by name; its entity is the
        # place its sentence names that it lies in ("the Zehri area of Khuzdar district"),
        # else the dateline's
        start, end = located
        around = _enclosing_place(event, mentions, (start, end)) or dateline_place
        key = around.key if around else ""
        if force or lies_abroad(text[start:end], around, places):
            # "Sialkot" of "FIA Immigration Sialkot", "the Pahalgam attack" in an Islamabad
            # article: a town known by its own name
            key = name_key(text[start:end])
        place = Mention(start, end, text[start:end], "LOC", key, event.sentence)
    via = ("force" if force else "sentence") if place is not None else None
    if (
        place is not None
        and lookback > 0
        and breadth(place.text) > 0
        and not _SPREAD.search(text, max(0, place.start - 40), place.start)
    ):
        finer = _finer_place(places, event, place, lookback)
        if finer is not None:
            place, via = finer, "later"
    recalled = recalls(text, event)
    if place is None and not recalled:
        place = co_event_place(places, event, mentions)
        via = "sentence" if place is not None else None
    if (
        place is None
        and lookback > 0
        and not recalled
        and not opens_new_incident(text[event.start : event.end])
        # "He was arrested by US police in 2009" after a sentence on his extradition to New
        # Delhi: an act of years before is history the article recalls, as likely anywhere as
        # where the incident told before it happened (the dateline's own rule still applies)
        and not _long_before(when, last_reported_day(analyzed.document), history_days)
    ):
        told = reads.reports(event.type)
        place = _earlier_place(places, event, lookback, told)
        if place is not None and not fits_setting(places, event, place):
            # "KARACHI: ... their motive was to protest against US / Israel policies in
            # Gaza." then "authorities are focusing on arresting the remaining protesters":
            # a place abroad the sentence before only mentions is not the arrests' scene
            place = None
        via = "earlier" if place is not None else None
    if (
        place is None
        and not recalled
        and not _long_before(when, last_reported_day(analyzed.document), history_days)
    ):
        # an undated web page's attack told sentences below its lead, which set the scene
        place = lead_place(places, event, lead_sentences)
        via = "lead" if place is not None else None
    lent = None
    if (
        (when is None or when.value_start is None or event.time_of_report)
        and lookback > 0
        and not recalled
    ):
        # an act with no date of its own continues the incident told just before it
        lent = _earlier_day(analyzed, event, lookback)
        if lent is None:
            # "The police claimed to have arrested the driver" after "... when a dumper truck
            # hit them ... on Thursday evening": the crash's day (the crash is no event)
            lent = scene_day(analyzed, event)
        if lent is None:
            # "Other Israeli airstrikes killed at least 43 Palestinians" paragraphs below a
            # lead that dates the day's strikes, with nothing between moving to another time
            lent = lead_day(analyzed, event, lookback)
        if lent is None and event.time_of_report and when is not None:
            lent = _later_day(analyzed, event, when)
        if lent is None and (when is None or when.value_start is None):
            # "... killed seven terrorists during an operation ..." then "the operation took
            # place between Monday night and early Tuesday": the next sentence retells it
            lent = retold_day(analyzed, event, INCIDENT_RANGE_DAYS)
        when = lent or when
    bound = False  # the day only bounds the act: a statement's day that reports it
    said = None
    if lent is None and (when is None or when.value_start is None) and lookback > 0:
        # "In a statement issued on Wednesday, ..." after an undated lead; "He criticised
        # ..." after "Murtaza on Wednesday demanded ...": the day it was said
        said = said_day(analyzed, event) if event.modality in REPORTED else None
        if said is not None:
            when, bound = said
    speech = is_speech(event.type, event.mode)
    if lent is None and said is None and lookback > 0 and not recalled:
        # "..., read an official statement issued today"; a dated dispatch's undated lead
        # ("ISLAMABAD, May 28 (APP):A police officer ... was martyred"): the report's day
        reported = own_report_day(analyzed, event) or lead_report_day(analyzed, event)
        if reported is not None:
            when, bound = reported, not speech
    if speech and stance_told_in_perfect(analyzed, event, when):
        # "Security officials have condemned the assault" paragraphs below a lead dated
        # Sunday: a stance of some time before the report, not that day's
        when, lent, bound = None, None, False
    undated = (
        undated_window(
            last_reported_day(analyzed.document), event.modality, undated_days, reported_days
        )
        if when is None or when.value_start is None
        else None
    )
    report = event.time_of_report and not speech  # a statement's report day is its own day
    if (report or bound) and not lent and when and when.value_end and not undated:
        # "..., officials said on Wednesday": the act is on or before the report's day; a
        # report's month or week ("Last month, police arrested three men for raping ...")
        # already spans the days before its end, and its last two days would be made up
        if when.value_start == when.value_end:
            undated = undated_interval(when.value_end, "asserted", reported_days)
    if (
        not undated
        and when is not None
        and told_before_its_day(
            text,
            event,
            when,
            last_reported_day(analyzed.document),
            speech,
            _sentence_bounds(analyzed, event),
            _dates_a_statement(analyzed, when),
        )
    ):
        # "rejecting false allegations of the Indian government" in a resolution adopted on
        # Wednesday; "Security forces earlier detained ..." after a lead dated Sunday: the
        # day of the news bounds the act it tells as before it
        undated = undated_interval(when.value_end, "asserted", reported_days)
    agency = _from_an_agency(text)
    if (
        place is None
        and dateline_place is not None
        and not recalled
        and not _reacted_to(text, event)
        and not _retells_a_reaction(text, event, analyzed.events)
        # a statement is made where the dateline says; a state's act told by an agency's desk or
        # by a correspondent in another state is not (states_act)
        and (speech or not states_act(text, event, dateline_country(places), agency))
        and not (agency and _long_before(when, last_reported_day(analyzed.document), recent_days))
    ):
        place, via = dateline_place, "dateline"
    # one trigger told once per coordinated place ("operations in A and B"): an id per place
    part = (
        event.location[0]
        if event.location is not None
        and any(o is not event and o.trigger[0] == event.trigger[0] for o in analyzed.events)
        else None
    )
    # an item of a list of places ("roads were also blocked in Turbat, Panjgur and Pasni"):
    # each place is its own incident. Not the copies of a counted phrase ("two separate
    # strikes ... in Haiderkhel and Hormuz villages"), whose first may be the lead told finer
    same_trigger = [o for o in analyzed.events if o.trigger[0] == event.trigger[0]]
    listed_item = (
        part is not None
        and all(o.copy == 0 for o in same_trigger)
        and any(o.location is not None and o.location != event.location for o in same_trigger)
    )
    provisional = event_id_for(analyzed.document.id, event.trigger[0], part, event.copy)
    record = {
        "document_id": analyzed.document.id,
        "event_id": provisional,
        "type": event.type,
        "mode": event.mode,
        "modality": event.modality,
        "sentence": event.sentence,
        "start": event.start,
        "end": event.end,
        "trigger_start": event.trigger[0],
        "trigger_end": event.trigger[1],
        "date_start": undated[0] if undated else when.value_start if when else None,
        "date_end": undated[1] if undated else when.value_end if when else None,
        "precision": "range" if undated else when.precision if when else None,
        "date_text": None if undated else when.text if when else None,
        "location_key": place.key if place and place.key else None,
        "location_text": place.text if place else None,
        "location_via": via,
    }
    if place is not None:
        record["location_admin1"], record["location_country"] = region_in(
            places.resolved,
            place.key,
            place.text,
            dateline_place.key if dateline_place else name_key(analyzed.document.dateline or ""),
            place_key(place.text),
            _town_after(places, place)
            or _sentence_regions(places, event, finer=_locality(places, place)),
        )
    args = [_arg("actor", s, text, mentions) for s in event.actors]
    args += [_arg("target", s, text, mentions) for s in event.targets]
    new_row = reads.add_report(record, args)
    mention_id = new_row["id"]
    dateline = analyzed.document.dateline
    # built once per report of the document (DocumentReads.told): later reports weigh it too
    told = partial(_report, dateline=dateline, own_place=True)
    new = reads.told(new_row, told)
    # reports of its own article that share a participant: weighed below, under the rules
    # that keep an article's incidents apart ("In another encounter in Lakki Marwat, two
    # Khwarij were sent to hell" shares the Khwarij with the lead's encounter, and is another)
    # a campaign's or a tally's date overlaps any incident's day: it joins no other
    # article's report (it bridged an April article's strikes to a January one's)
    campaign = tells_a_campaign(record)
    kin: list[int] = []
    # the events this report's own trigger already tells ("two separate attacks": copy 1
    # after copy 0): each copy is another incident, so it joins none of their events
    siblings = (
        {
            r["event_id"]
            for r in reads.reports(event.type, other_than=mention_id)
            if r["trigger_start"] == event.trigger[0]
        }
        if event.copy
        else set()
    )
    for row in _event_candidates(store, new, analyzed.document.story_id, reads):
        if row["event_id"] in siblings:
            continue
        if row["document_id"] == analyzed.document.id:
            kin.append(row["id"])
            continue
        if campaign or tells_a_campaign(row):
            continue
        other = _report(row)
        if same_event(new, other):
            reads.set_event(mention_id, row["event_id"])
            return str(row["event_id"])
    # the same incident told again further down the same article
    same_article = reads.reports(event.type, other_than=mention_id)
    nearest = max(same_article, key=lambda r: r["start"], default=None)
    opens_new = opens_new_incident(text[event.start : event.end]) or recalled
    opening = opens_with_date(text, event, analyzed.times)
    # an incident told before the last list item's opener is not this report's
    broke = last_break(analyzed, event.start)
    # each telling as the merge rules see it, once: every candidate checks all of its event's
    reports = {r["id"]: reads.told(r, told) for r in same_article}
    # each event's reports so far, and whether one of them names another place than this
    # report (every report of the event, not only the nearest: a retelling with no place must
    # not chain the Eidak attack onto the Miramshah clashes told before it), once per event
    told_of: dict[str, list[dict[str, Any]]] = {}
    for r in same_article:
        told_of.setdefault(r["event_id"], []).append(r)
    mine = place.text if place else None
    # "... attacked them in Nushki district on Saturday night", then "the trucks ... came
    # under fire at the Quetta-Taftan Highway in Bdal Karez area": a sentence with no day of
    # its own that takes the incident's day names the site of the incident just told, so its
    # place does not set it apart from that telling
    # a place named among others for one trigger ("roadblocks were also witnessed in the
    # Bolan, Kolpur and Mastung areas") is one of several incidents, not one incident's site
    site = None
    if nearest is not None and not listed_item and lent is not None:
        if _names_its_site(record, mine, text, record["start"]) and _site_of(record, nearest, text):
            site = nearest["id"]
        elif (
            told_by_reference(text, event)
            and _names_its_site(record, mine, text, nearest["start"])
            and not _regions_apart(record, nearest)
            and not _listed_name(text[event.start : event.end], mine)
        ):
            # "The attack took place near the Ring Road Mall Mandi area", "Police said the
            # victim ... was targeted by assailants in the Qadirabad area": the sentence points
            # back at the incident told, so a name the article had not written before that
            # telling is that incident's site wherever the gazetteer cannot file it, unless it
            # is filed in another region
            site = nearest["id"]
    # the site's event: its other reports at the nearest telling's place are the same place
    site_place = (
        (nearest["event_id"], nearest["location_key"]) if site is not None and nearest else None
    )
    elsewhere = {
        event_id: any(
            (
                places_differ(new, reports[r["id"]])
                or _stated_places_differ(new, reports[r["id"]], mine, r["location_text"])
                or _regions_differ(
                    new, reports[r["id"]], (record["location_key"], r["location_key"]), places
                )
                or _force_town_differs(
                    (mine, record["location_via"]), (r["location_text"], r["location_via"])
                )
            )
            and not _nested_in_article(text, mine, r["location_text"])
            and not _addressed_within(mine, r["location_text"])
            and not _name_told_finer(mine, r["location_text"])
            and r["id"] != site
            and (r["event_id"], r["location_key"]) != site_place
            for r in told
        )
        for event_id, told in told_of.items()
    }
    # each event's named actors over all its reports: a summary item whose named actors are
    # none of this report's is not the incident it tells (:func:`_listed_place_event`). Not a
    # rule for every earlier telling: splitting those moved no field right on 5 labelled sets
    # and sent the retellings after them to the wrong incident (check9's US strikes, 2 rows)
    actors_of: dict[str, frozenset[str]] = {
        event_id: frozenset().union(*(reports[r["id"]].actors for r in told))
        for event_id, told in told_of.items()
    }
    stepped: dict[str, bool] = {}

    def apart(row: dict[str, Any]) -> bool:
        """Whether the article tells ``row``'s incident as another than this report's."""
        if row["event_id"] in siblings:
            return True  # another incident this report's own phrase counts or places
        if opens_new and row["sentence"] != event.sentence:
            return True  # "In a separate incident, ...": not the incident told before
        if row["start"] < broke:
            return True  # "In another operation, ...": items after it are not told before it
        if opening and row["sentence"] != event.sentence:
            if row["event_id"] not in stepped:
                stepped[row["event_id"]] = steps_back(
                    opening, told_of[row["event_id"]], event.time_of_report
                )
            if stepped[row["event_id"]]:
                return True  # "Last week, ...": not the lead's "said on Monday" incident
        if any(_another_item(event, mine, r) for r in told_of[row["event_id"]]):
            return True  # "in separate incidents in Quetta, Kharan and Surab": one each
        if (
            listed_item
            and row["sentence"] != event.sentence
            and not any(_same_stated_place(text, mine, r) for r in told_of[row["event_id"]])
        ):
            return True  # "roads were also blocked in Turbat, Panjgur and Pasni": one each
        if (
            speech
            and event.type not in _VOICED_FOR_A_STATE
            and row["sentence"] != event.sentence
            and new.targets
            and actors_contradict(new.actors, actors_of[row["event_id"]])
        ):
            # "India accused Pakistan ..." after a Pakistani senator's accusation: two
            # statements of two named speakers are two statements, however alike their type
            # and day; a pronoun or an unnamed speaker ("officials") names no one and still
            # retells the statement told before, and so does a report whose target is unnamed
            # ("he accused the country of ..."): too thin to tell another statement from
            # another voice of the one told
            return True
        return elsewhere[row["event_id"]]

    listed = _listed_place_event(
        new, record, same_article, reports, actors_of, text, new_row.get("evidence") or ""
    )
    if listed is not None and listed not in siblings:
        reads.set_event(mention_id, listed)
        return listed
    by_id = {r["id"]: r for r in same_article}
    # a telling that shares a participant first ("the killing of Soleimani" told again after
    # other attacks came between), then the nearest earlier telling: a retelling ("The attack
    # was carried out by unidentified assailants") is of the incident just told, not of the
    # lead when another came between
    for row in (by_id[i] for i in kin if i in by_id):
        if not apart(row) and same_event(new, reports[row["id"]]):
            reads.set_event(mention_id, row["event_id"])
            return str(row["event_id"])
    told_later = bool(_LATER.search(text, event.start, event.end))
    # "the incident took place in the Dazha Ghundai area on the outskirts of Wana": the
    # sentence points back at the incident just told and gives its finer place
    retells = bool(_RETELLS_WHERE.search(text, event.start, event.end))
    for row in sorted(same_article, key=lambda r: r["start"], reverse=True):
        if apart(row):
            continue
        if told_later and _other_mode(new, reports[row["id"]]):
            continue  # "kidnapped three residents", then "the victims were later found shot dead"
        if record["date_text"] and any(
            r["date_text"] and not dates_compatible(new, reports[r["id"]])
            for r in told_of[row["event_id"]]
        ):
            continue  # "at the weekend" after "on Thursday": each date it states is its own
        other = reports[row["id"]]
        if (
            same_incident_in_document(new, other)
            or (
                # "in the city of Kunduz" then "police spokesman for Kunduz province", "a bank in
                # northern Afghanistan": one incident told at several scales
                same_incident_in_document(replace(new, location=None), other)
                and nested_places(mine, row["location_text"])
            )
            or (
                # "the Tarsani area of Zehri" then "in Zehri": nested as the article writes them
                same_incident_in_document(replace(new, location=None, place=None), other)
                and (
                    retells
                    or _nested_in_article(text, mine, row["location_text"])
                    or _addressed_within(mine, row["location_text"])
                    or _name_told_finer(mine, row["location_text"])
                )
            )
            or (
                row["id"] == site
                and same_incident_in_document(replace(new, location=None, place=None), other)
            )
        ):
            reads.set_event(mention_id, row["event_id"])
            return str(row["event_id"])
        retells = False  # only the incident told just before is the one it points back at
    return provisional


def _same_stated_place(text: str, mine: str | None, row: dict[str, Any]) -> bool:
    """Whether an earlier telling states, in its own sentence, the place of one item of a list
    of places (``mine``), or one written inside it or around it. One trigger told once per
    place ("roads were also blocked in Turbat, Panjgur and Pasni") tells one incident per
    place: an item is the incident told before only where that telling names the item's place;
    a telling placed by the dateline or an earlier sentence names none of them, and joining it
    would give the item that telling's place, or that telling the item's."""
    theirs = row["location_text"]
    return bool(
        mine
        and theirs
        and row["location_via"] in ("sentence", "later")
        and (
            place_fold(place_key(mine)) == place_fold(place_key(theirs))
            or nested_places(mine, theirs)
            or _nested_in_article(text, mine, theirs)
            or _addressed_within(mine, theirs)
        )
    )


def _addressed_within(one: str | None, other: str | None) -> bool:
    """Whether one place name is written as an address that ends in the other ("at
    Khairabad, Manghopir" after "in Karachi's Manghopir area"): one tagged place whose last
    part, after its comma, is the other report's place is a locality inside it, the incident
    told at a finer scale. Only one name that holds the comma: two names in a list are two
    mentions (:func:`~dossier.kb.event_places.stated_within` leaves "X, Y" of the text
    alone for that reason)."""
    for narrow, wide in ((one, other), (other, one)):
        if not narrow or not wide or "," not in narrow:
            continue
        head, _, tail = narrow.rpartition(",")
        if place_key(tail) == place_key(wide) and place_key(head) not in ("", place_key(wide)):
            return True
    return False


def _name_told_finer(one: str | None, other: str | None) -> bool:
    """Whether one place name is the other written with the place it lies in ("Speenwam" and
    "Speenwam of North Waziristan", "Mirali" and "Mirali, North Waziristan"): the same place,
    once with its district. Only after "of", "in" or a comma, and only a place the gazetteer
    holds or a district or tehsil as written: "Tehran University" is a site in Tehran, not
    Tehran, and "Gilgit-Baltistan" is not Gilgit."""
    if not one or not other:
        return False
    short, long = sorted((" ".join(one.split()), " ".join(other.split())), key=len)
    found = re.match(rf"{re.escape(short)}\s*(?:,|\s(?:of|in)\b)\s*(.+)$", long, re.IGNORECASE)
    if found is None:
        return False
    rest = found.group(1)
    return known_place(rest) or breadth(rest) > 0 or _DISTRICT_WORD.search(rest) is not None


#: the words of an administrative unit as written after its name ("Kurram district")
_DISTRICT_WORD = re.compile(r"\b(?:district|tehsil|province|agency|division)\s*$", re.IGNORECASE)


def _listed_name(sentence: str, name: str | None) -> bool:
    """Whether a place is one name of a list in its sentence ("Demonstrations were held in
    Hunza, Gilgit and Skardu, where protesters condemned the arrests"): the places where
    several things happened, none of them one incident's site."""
    if not name:
        return False
    named = re.escape(name)
    return bool(
        re.search(rf"{named}\s*(?:,|\band\b|\bor\b)\s*[A-Z]", sentence)
        or re.search(rf"[A-Z][\w-]*\s*(?:,|\band|\bor)\s+{named}\b", sentence)
    )


def _regions_apart(record: dict[str, Any], row: dict[str, Any]) -> bool:
    """Whether a report and an earlier telling are filed in two different first-level regions
    or countries (both known)."""
    return any(
        record.get(column) and row.get(column) and record[column] != row[column]
        for column in ("location_admin1", "location_country")
    )


def _names_its_site(
    record: dict[str, Any], mine: str | None, text: str, since: int | None = None
) -> bool:
    """Whether a report states, in its own sentence, a locality the gazetteer lacks (a
    highway's stretch, an area, a village: "in Bdal Karez area"), named there for the first
    time in its article at or after offset ``since`` (by default the report's own sentence; for a
    sentence that points back at the incident told, that telling's, which may already name its
    site: "a roadside bomb targeted their vehicle heading to Shahrag Bazaar", then "their
    vehicle was targeted on the road connecting Shahrag town to ..."). Such a name cannot be
    shown to lie in the district told before it (:func:`nested_places` needs the gazetteer),
    nor to lie elsewhere; when the sentence has no day of its own and continues the incident
    just told (the caller checks that its day was lent), it names that incident's site. A
    name the article wrote before is a place it already told apart ("killed in firing and
    landmine blast in Quetta and Kahan areas of Kohlu district", then "stepped on a landmine
    ... in Kohlu" is not the Quetta firing's)."""
    return bool(
        mine
        and record["location_via"] == "sentence"
        and breadth(mine) == 0
        and not known_place(mine)
        and text.lower().find(mine.lower()) >= (record["start"] if since is None else since)
    )


def _site_of(record: dict[str, Any], row: dict[str, Any], text: str) -> bool:
    """Whether ``row``'s place may hold the site ``record`` names (:func:`_names_its_site`):
    a town or district the gazetteer holds, or one its article calls a district ("in
    Balochistan's Musakhail district": the gazetteer lacks many), in the first-level region
    the site is filed under (a site filed under no region, its country). A site filed in
    another province or country, or an earlier telling at another unknown name, is another
    incident's; a telling placed only in a province ("arrested five leaders ... across
    Gilgit-Baltistan", then "Demonstrations were held in Hunza") names no place a site could
    be shown to belong to, so the site may be another act's."""
    theirs = row["location_text"]
    return bool(
        theirs
        and breadth(theirs) == 0
        and (known_place(theirs) or _called_a_district(text, theirs))
        and row["location_admin1"]
        and record.get("location_admin1") in (None, row["location_admin1"])
        and record.get("location_country")
        and record.get("location_country") == row["location_country"]
    )


def _called_a_district(text: str, name: str) -> bool:
    """Whether the article writes ``name`` as a district or tehsil ("Musakhail district")."""
    return bool(re.search(rf"\b{re.escape(name)}\s+(?:district|tehsil)\b", text, re.IGNORECASE))


#: a sentence that points back at the incident told and says where it happened ("the
#: incident occurred in the Najigram area of Barikot tehsil"); not "the second blast took
#: place ..." nor "another attack occurred ...", which tell another
_RETELLS_WHERE = re.compile(
    r"\bthe\s+(?:(?!second|third|fourth|first|other|another|latest|last|next|earlier|new)"
    r"[\w-]+\s+)?(?:incident|attack|killing|murder|shooting|firing|ambush)\s+"
    r"(?:occurred|took\s+place|happened)\s+(?:in|at|near|on\s+the\s+outskirts\s+of)\b",
    re.IGNORECASE,
)


#: words that set an act after another told: "were later found shot dead", "subsequently"
_LATER = re.compile(r"\b(?:later|afterwards|subsequently)\b", re.IGNORECASE)


#: words of a reaction to an act, a clause before it: condemnation, grief, a response ("strongly
#: condemned the Jaafar Express attack", "expressed grief over the loss of lives ... during the
#: Indian attacks", "a strike in response to airstrikes", "paid tribute to ... who were
#: martyred while defending the homeland")
_REACTION = re.compile(
    r"\b(?:condemn\w*|deplor\w*|mourn\w*|grie(?:f|ved?)|condolences?|tributes?|homage|"
    r"in\s+response\s+to|"
    r"in\s+retaliation\s+(?:for|to|against))\b[^.;:!?\n]{0,120}\Z",
    re.IGNORECASE,
)


def _from_an_agency(text: str) -> bool:
    """Whether the article opens with a news agency's dateline ("ISLAMABAD, May 08 (APP):",
    "LONDON (Reuters) -"): the agency's bureau, which files the day's statements, hearings
    and ceremonies of its city whatever they are about. A newspaper's own dateline
    ("KARACHI:", "KABUL:") is where its correspondent covers the news, and the history a
    local story recalls (a suspect's earlier arrests, a hotel's old attacks) happened there
    as often as not (:func:`_long_before`)."""
    filed = parse_dateline(text)
    return filed is not None and bool(filed.agency)


def _long_before(when: TimeExpr | None, written: str | None, days: int) -> bool:
    """Whether the act's date ends more than ``days`` before the day its article was
    written (``written``, ISO). A dateline says where the report was filed on that day; an
    act of years or seasons before ("In 2001, after the attack on the Parliament, India
    blamed Pakistan", "the person responsible for killing 13 US service members during the
    withdrawal from Afghanistan in 2021") is history the report recalls, as likely to have
    happened anywhere as at the agency's desk that filed it, so an agency's dateline does not
    place it (:func:`_from_an_agency`). An undated act, or one of the recent weeks, keeps it."""
    if when is None or not when.value_end or not written or days <= 0:
        return False
    try:
        end = date.fromisoformat(when.value_end[:10])
        filed = date.fromisoformat(written[:10])
    except ValueError:
        return False
    return end < filed - timedelta(days=days)


def _dates_a_statement(analyzed: AnalyzedDocument, when: TimeExpr) -> bool:
    """Whether a date is a statement's own ("The Assembly on Wednesday adopted a resolution
    rejecting ..."): the day of the news, not of an act it tells."""
    return any(
        other.time is not None
        and other.time[0] < when.end
        and when.start < other.time[1]
        and is_speech(other.type, other.mode)
        for other in analyzed.events
    )


def _sentence_bounds(analyzed: AnalyzedDocument, event: EventMention) -> tuple[int, int]:
    """Where the sentence an event is told in starts and ends (its evidence may be one clause
    of it)."""
    if 0 <= event.sentence < len(analyzed.sentences):
        sentence = analyzed.sentences[event.sentence]
        return sentence.start, sentence.end
    return event.start, event.end


def _reacted_to(text: str, event: EventMention) -> bool:
    """Whether an attack or an arrest is told as what its sentence reacts to: the reaction is
    filed where the dateline says, the act it answers happened elsewhere as often as not
    (an Islamabad dispatch on a bar association's strike "in response to airstrikes" in
    Kashmir), so the dateline does not place it; its own words or its sentence's still do."""
    if event.type not in ONE_INCIDENT_TYPES:
        return False
    return bool(_REACTION.search(text, event.start, event.trigger[0]))


def _retells_a_reaction(text: str, event: EventMention, events: Sequence[EventMention]) -> bool:
    """Whether an attack or an arrest retells an incident its article has so far told only
    as what a statement reacts to ("... strongly condemned the firing on the convoy of the
    Speaker", then "The attack on Latif Akbar is an attack on the entire Kashmir
    government"): the same incident, no more placed by the dateline than where it was first
    told (:func:`_reacted_to`). An article that told it for itself before keeps it."""
    if event.type not in ONE_INCIDENT_TYPES:
        return False
    earlier = [e for e in events if e.type == event.type and e.sentence < event.sentence]
    return bool(earlier) and all(_reacted_to(text, e) for e in earlier)


def _other_mode(new: EventReport, other: EventReport) -> bool:
    """Whether two reports name two different modes (a kidnapping, a shooting). Within one
    article the parts of one raid join across modes
    (:data:`~dossier.kb.event_merge.ONE_INCIDENT_MODES`), but a sentence that sets its act
    *later* tells the next act of the story, which an ACLED coder codes apart: an abduction,
    then the killing of the abducted ("all the victims were later found shot dead"). Only the
    acts of a raid: suspects "captured ... and subsequently deported" are one arrest."""
    raid = {"firearms", "abduct", "arson", "explosives"}  # the acts of one raid, not an arrest's
    return bool(new.mode in raid and other.mode in raid and new.mode != other.mode)


def _another_item(event: EventMention, mine: str | None, row: dict[str, Any]) -> bool:
    """Whether ``row`` (a report of an event this one might join) is another item of the
    list of places one trigger tells ("left six
    dead in separate incidents in Quetta, Kharan, Surab and Uthal"): the extractor gives the
    word one report per coordinated place because each place is its own incident, so two of
    them never join one event, whatever else they share. Only towns, districts and
    localities (breadth 0), one of them known to the gazetteer: a campaign told over seas,
    regions or countries ("attacks on shipping in the Red Sea and the Gulf") is one, and
    two unknown names may be a site and its town. A place's two scales ("Uthal town,
    Lasbela district": :func:`nested_places`) or the same place twice are one item. Why
    here: the merge compares places a report *states*, and an item whose place was refined
    from a later sentence ("Balochistan" made "Uthal") states none, so without this every
    other item of its list joined it and took its place (the Batgawaria attack "of Surab"
    filed under Quetta)."""
    theirs = row["location_text"]
    return bool(
        row["sentence"] == event.sentence
        and row["trigger_start"] == event.trigger[0]
        and mine
        and theirs
        and place_fold(place_key(mine)) != place_fold(place_key(theirs))
        and breadth(mine) == breadth(theirs) == 0
        and (known_place(mine) or known_place(theirs))
        and not nested_places(mine, theirs)
    )


def _listed_place_event(
    new: EventReport,
    record: dict[str, Any],
    same_article: list[dict[str, Any]],
    reports: dict[int, EventReport],
    actors_of: dict[str, frozenset[str]],
    text: str,
    sentence: str,
) -> str | None:
    """The event of an earlier summary sentence's item that this report tells in full, if
    exactly one fits.

    A summary sentence lists incidents by place ("gun violence left six dead in separate
    incidents in A, B and C"): one trigger, one event per place. The sentences after it tell
    each incident, often each behind its own opener ("In a separate incident in B, ..."), which
    keeps a report apart from the incidents told before it -- but not from the summary's item
    for its own place: that item *is* this incident, named ahead. So a report whose own
    sentence states its place joins the item of the same place (or one its sentence writes
    it inside: "the X area of B"; or the item's place its ``sentence`` names as where it
    happened: "in B town, C district"), when type, mode, days, modality and roles agree and no
    named actor contradicts. One item, or none: two that fit leave the ordinary rules to
    choose."""
    mine = record["location_text"]
    if record["location_via"] != "sentence" or not mine:
        return None
    places_of: dict[tuple[int, int], set[str]] = {}
    for r in same_article:
        if r["location_text"]:
            places_of.setdefault((r["sentence"], r["trigger_start"]), set()).add(
                place_fold(place_key(r["location_text"]))
            )
    found = set()
    for r in same_article:
        theirs = r["location_text"]
        if (
            r["sentence"] >= record["sentence"]
            or r["location_via"] != "sentence"
            or not theirs
            or len(places_of.get((r["sentence"], r["trigger_start"]), ())) < 2
        ):
            continue  # not an item of a list of places told before this report
        if not (
            place_fold(place_key(mine)) == place_fold(place_key(theirs))
            or stated_within(text, mine, theirs)
            or _placed_at(sentence, theirs)
        ):
            continue
        other = reports[r["id"]]
        if same_incident_in_document(
            replace(new, location=None, place=None), other
        ) and not actors_contradict(new.actors, actors_of[r["event_id"]]):
            found.add(str(r["event_id"]))
    return found.pop() if len(found) == 1 else None


def _stated_places_differ(
    new: EventReport, other: EventReport, mine: str | None, theirs: str | None
) -> bool:
    """Whether two reports each state a place in their own sentence (:func:`_said_place`) and
    the two are different places, neither told inside the other (:func:`nested_places`: a
    district and its province are one incident told at two scales), both places the gazetteer
    holds (:func:`known_place`). "An encounter in the Dera Ismail Khan district" is not the
    one "in North Waziristan" told before it, though neither sentence names a locality that
    :func:`places_differ` reads as its own.
    """
    return bool(
        new.location
        and other.location
        and new.location != other.location
        and not nested_places(mine, theirs)
        and all(map(known_place, (mine, theirs)))
    )


def _force_town_differs(
    one: tuple[str | None, str | None], other: tuple[str | None, str | None]
) -> bool:
    """Whether one report is placed at the town its own sentence states and the other only at
    the town in the name of the force that acted ("The Larkana police registered an FIR
    against 60 suspects and claimed to have arrested eight", then "In Karachi, the law
    enforcers detained 10 suspects"), and the two are different towns the gazetteer holds,
    neither inside the other: a town's police act in their own town, so the arrests are two
    incidents. Two force names alone tell nothing apart ("arrested by the Tarnol police
    station", then "by the Ramna police station": one crackdown), nor a name the gazetteer
    lacks (a station's area may lie in the town)."""
    (mine, my_via), (theirs, their_via) = one, other
    return bool(
        {my_via, their_via} == {"force", "sentence"}
        and mine
        and theirs
        and breadth(mine) == breadth(theirs) == 0
        and known_place(mine)
        and known_place(theirs)
        and place_fold(place_key(mine)) != place_fold(place_key(theirs))
        and not nested_places(mine, theirs)
    )


def _event_candidates(
    store: Store, report: EventReport, story: str | None, reads: DocumentReads | None = None
) -> Iterator[dict[str, Any]]:
    """Earlier reports of the same type that share a participant (through any
    alias of its entity) and could be the same occurrence: dates that overlap,
    or, for an undated report, the same story; in row order, read a page at a time.
    Bounded by design: a country that takes part in thousands of events must not
    make ingest quadratic. ``reads``: the document's (each entity's keys read once)."""
    keys_of = reads.entity_keys if reads is not None else store.entity_keys
    if reads is not None:
        reads.read_entity_keys(sorted(report.participants))  # one statement, not one each
    keys = sorted({k for e in report.participants for k, _reason in keys_of(e)})
    if not keys:
        return
    if reads is None:
        ids = store.event_candidate_ids(
            report.type, keys, story, report.date_start, report.date_end
        )
        for start in range(0, len(ids), CANDIDATE_PAGE):
            yield from store.event_mentions_by_id(ids[start : start + CANDIDATE_PAGE])
        return
    # the document's own reports from what ``reads`` holds (their arguments may not be
    # written yet), the others' from the store; merged in row order, as one read gave them
    own = reads.own_candidates(report.type, keys, story, report.date_start, report.date_end)
    ids = store.event_candidate_ids(
        report.type, keys, story, report.date_start, report.date_end, reads.report_ids()
    )
    pages = (
        row
        for start in range(0, len(ids), CANDIDATE_PAGE)
        for row in store.event_mentions_by_id(ids[start : start + CANDIDATE_PAGE])
    )
    yield from heapq.merge(pages, own, key=lambda row: row["id"])
