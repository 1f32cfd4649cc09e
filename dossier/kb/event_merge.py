"""Cross-document event merging: one event, several reports.

The same arrest or strike is reported by many outlets, and by one outlet
several times. Reports are one event when they have the same PLOVER type,
compatible modes, dates that overlap (or no date on one side), a compatible
place, and at least one participant in common (actors and targets compared as
resolved entities, so "IRGC" and "Islamic Revolutionary Guard Corps" meet).
Without a shared participant two undated "attacks" are never merged: that is
how distinct events get fused, the error an analyst cannot see.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from dossier.config import INCIDENT_RANGE_DAYS
from dossier.geo import place_key as place_key  # its home is geo (known_place)
from dossier.names import fold_word

if TYPE_CHECKING:  # annotations only
    from dossier.store.base import Store


@dataclass(frozen=True, slots=True)
class EventReport:
    """One stored event mention, its arguments resolved to entity ids."""

    mention_id: int
    document_id: str
    type: str
    mode: str | None
    modality: str
    date_start: str | None
    date_end: str | None
    location: str | None
    actors: frozenset[str]
    targets: frozenset[str]
    #: :func:`place_key` of the report's own specific place as written (a village, an area, a
    #: district: "Eidak", "Ghulam Khan Kalay"), None for a province, a country, the
    #: dateline's place or none. An untagged locality has no entity of its own (it is stored
    #: under the place around it, or none), so its name is what tells two places apart
    place: str | None = None

    @property
    def participants(self) -> frozenset[str]:
        return self.actors | self.targets


def _day(value: str) -> date:
    return date.fromisoformat(value)


def dates_compatible(a: EventReport, b: EventReport) -> bool:
    """Overlapping date ranges; an undated report fits any date."""
    if not (a.date_start and a.date_end and b.date_start and b.date_end):
        return True
    return _day(a.date_start) <= _day(b.date_end) and _day(b.date_start) <= _day(a.date_end)


def same_event(a: EventReport, b: EventReport) -> bool:
    """Whether two reports describe one event (see the module docstring). Across articles,
    a report dated only to a span longer than an incident's (:data:`INCIDENT_RANGE_DAYS`:
    "resumed its offensive this year", "in March") names no one incident, so it joins none
    of another article: Israel's strikes on Gaza "this year" are not its strike on Yemen on
    January 10, though the two share Israel and overlapping days."""
    if a.document_id != b.document_id and not (_one_incident_span(a) and _one_incident_span(b)):
        return False
    return _alike(a, b) and bool(a.participants & b.participants) and not reversed_roles(a, b)


def _one_incident_span(report: EventReport) -> bool:
    """Whether a report's dates (if any) span no more than one incident's days."""
    if not (report.date_start and report.date_end):
        return True
    span = (_day(report.date_end) - _day(report.date_start)).days
    return span <= INCIDENT_RANGE_DAYS  # a week: "last week", the undated act's interval


#: modes one article uses for the parts of one incident: a raid in which suspects are
#: arrested and weapons seized; a suicide bomber's blast (not a crackdown: a campaign of many);
#: an armed raid whose men open fire, take hostages and set what they find on fire ("Unknown
#: armed men attacked a construction site ... and kidnapped four labourers", then "A group of
#: armed men arrived at the site, opened fire on construction machinery"; "stormed the Levies
#: Thana, took the personnel hostage ... and set the building on fire"), and a blast whose
#: makers burn what it left ("blew up the house ... also set the cattle pen on fire"). Only
#: within one article, and only where place and day agree: a blast and a shooting stay two
ONE_INCIDENT_MODES = (
    frozenset({"arrest", "seize", "raid"}),
    frozenset({"explosives", "suicide-attack"}),
    frozenset({"firearms", "abduct", "arson"}),
    frozenset({"explosives", "arson"}),
)


def _modes_agree(a: EventReport, b: EventReport, in_document: bool = False) -> bool:
    """Modes that do not differ; within one article, also modes that tell parts of one
    incident (:data:`ONE_INCIDENT_MODES`)."""
    if not (a.mode and b.mode) or a.mode == b.mode:
        return True
    return in_document and any({a.mode, b.mode} <= modes for modes in ONE_INCIDENT_MODES)


def _alike(a: EventReport, b: EventReport, in_document: bool = False) -> bool:
    """Same type and mode, and place and dates that do not differ (either may be
    unknown): what any two reports of one event share."""
    if a.type != b.type:
        return False
    if not _modes_agree(a, b, in_document):
        return False
    if a.location and b.location and a.location != b.location:
        return False
    return dates_compatible(a, b)


def reversed_roles(a: EventReport, b: EventReport) -> bool:
    """Whether one report's actor is the other's target: who arrested whom matters, and
    two reports that disagree on it are two events (or a dispute), never one. A party that
    is actor and target both in one report (the sides of an exchange of fire, "each other")
    has no direction there, so it reverses nothing: "Pakistan and India exchanged fire" and
    "India shelled the area" may be one clash."""
    a_actors, a_targets = a.actors - a.targets, a.targets - a.actors
    b_actors, b_targets = b.actors - b.targets, b.targets - b.actors
    return bool(a_actors & b_targets or a_targets & b_actors)


def actors_contradict(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sets of named actors (resolved entities) have none in common: within one
    article, "Israeli airstrikes killed ..." and "Islamic Jihad said it fired rockets ..."
    are two incidents however alike their type, day and region. An unnamed actor ("gunmen",
    "the troops") is no entity and contradicts nothing, so only two named sides tell
    incidents apart; the caller passes an event's actors over all its reports, so a second
    name for one side already told ("Hamas" then "its armed wing") is judged against every
    name the event has."""
    return bool(a and b and a.isdisjoint(b))


def same_incident_in_document(a: EventReport, b: EventReport) -> bool:
    """Two reports of one article that tell the same incident again ("Security forces
    killed 10 terrorists ..." then "troops engaged the terrorists ... 10 were sent to hell").

    An article tells each of its incidents with the same type; a second incident of that type
    in the same article has its own place or its own date ("In another encounter in Lakki
    Marwat", "Last week"), so reports merge when type and mode agree (modes of parts of one
    incident count as agreeing: :data:`ONE_INCIDENT_MODES`), places agree (or one has
    none), dates overlap (or one has none), modality is not asserted against denied, and no
    role is reversed. Participants need not be shared: the second telling often names them
    differently ("khwarij" for "terrorists").
    """
    if a.document_id != b.document_id or not _alike(a, b, in_document=True):
        return False
    if "negated" in (a.modality, b.modality) and a.modality != b.modality:
        return False
    return not places_differ(a, b) and not reversed_roles(a, b)


def places_differ(a: EventReport, b: EventReport) -> bool:
    """Whether two reports name two different specific places by name ("martyred in the
    Eidak area" and "clashes in Miramshah"), not one nested in the other ("the Zehri area of
    Khuzdar district" is stored under Khuzdar, as "in Khuzdar" is)."""
    return bool(
        a.place and b.place and a.place != b.place and not (a.location and a.location == b.location)
    )


def event_id_for(
    document_id: str, trigger_start: int, place_start: int | None = None, copy: int = 0
) -> str:
    """Stable id: named after the first report's document and trigger position, and the
    place's position where one trigger tells an incident per place ("operations in A and B":
    two events of one word, which must not share an id), and the copy's index where one
    phrase counts two incidents at one place ("two separate attacks occurred in X")."""
    part = "" if place_start is None else f":{place_start}"
    part += f"#{copy}" if copy else ""
    digest = hashlib.sha256(f"{document_id}:{trigger_start}{part}".encode()).hexdigest()[:12]
    return "evt_" + digest


# -- stories of one event: a document's main incident, joined across outlets --------------

#: modalities a main incident can have: what the article reports as having happened
#: ("alleged": "suspected militants attacked" is still the incident it reports)
REPORTED = frozenset({"asserted", "alleged"})

#: event types that are incidents a storyline follows (an attack, an arrest, a
#: protest): a statement's lead that tells one ties the statement to its thread
THREAD_INCIDENT_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})


@dataclass(frozen=True, slots=True)
class Incident:
    """A document's main event as the same-event join sees it.

    ``day`` is the day it happened when the article dates it to one day, else the
    publication day (news reports yesterday's and today's incidents). ``places`` are the
    name keys (:func:`place_key`) of the specific places (district, town, site -- not a
    province or a country) the lead names, ``figures`` its incident counts ("killed:3"):
    two reports of one incident name the same town and the same toll even when one says
    "khwarij" and the other "terrorists". The dateline's place is in neither: it is where
    the report was filed.
    """

    document_id: str
    report: EventReport
    day: str | None
    #: :func:`place_key` of the event's own place, None where it has none or where it is
    #: only the dateline's (where the report was filed, not where it happened)
    location: str | None = None
    places: frozenset[str] = frozenset()
    figures: frozenset[str] = frozenset()
    #: countries of the places the lead names (not the dateline's): "six killed" in
    #: Lebanon and in Kalat on one day are two incidents
    regions: frozenset[str] = frozenset()
    #: the ages the lead gives persons ("a 59-year-old woman": :mod:`dossier.kb.lead_ages`),
    #: one incident's identity where no place or toll is read
    ages: frozenset[str] = frozenset()
    #: the words of its telling (headline and first sentence, the row's ``telling``) and of
    #: its lead's specific places less the words of kinds ("richmond", "hill"): where one
    #: undated lead's place is told by the other's words, the two do not name two places
    #: (:func:`place_told_across`)
    told: frozenset[str] = frozenset()
    place_words: frozenset[str] = frozenset()
    #: the story (the copies of one report) its document is in, where it was read with the
    #: incident (None: not read): complete linkage counts a story once, and a story read
    #: with the row spares a store read per candidate group
    story: str | None = None


def place_told_across(a: Incident, b: Incident) -> bool:
    """Whether two incidents' leads (one undated at least) name one place, though the tagger
    read it in one lead only: a word of one lead's specific places is a word of the other's
    telling ("Queens" in a headline, the tagger's place in the other lead; "Hugh Jackman"
    read as a place in one lead and named as the host in the other's words; the store's
    town, "Bloomington", against "Sam's Club" read as the place "club"). Compared as two
    places, the leads' places set one incident's reports apart; told in the other's words,
    the place is no place against (two undated reports, :func:`compatible`; a dated and an
    undated one, :func:`dossier.kb.undated_reports.dated_told_alike`, where the place so
    told also counts as the place both name). Two dated reports keep their places as read.
    Session 32: ECB+ dev 668 -> 678 pairs between undated reports, 690 with the dated and
    undated ones, look-alike pairs 0."""
    if a.day is not None and b.day is not None:
        return False
    return bool(a.place_words & b.told or b.place_words & a.told)


#: one affricate written with its letters doubled: "chh" (aspirated), "cch" (geminate),
#: "chchh" -- South Asian romanisations of one sound ("Kachhi", "Kacchi", "Kachi")
_CH_RUN = re.compile(r"c[ch]*h", re.IGNORECASE)


def place_fold(key: str) -> str:
    """A :func:`place_key` under the spelling folds the name matcher uses
    (:func:`dossier.names.fold_word`): two outlets romanise one town differently
    ("Nushki" and "Noshki", "Kachhi" and "Kachi"). For comparing two reports' places only:
    the stored key stays as written, which is what the gazetteer looks up.

    A run of "c" and "h" that opens with "c" and ends with "h" is one "ch" first: the name
    folds read "Kacchi" as "c" then "ch" ("kakshi") and "Kachhi" as "ch" ("kashi"), so the
    agency's and the paper's reports of one IED blast in one district (APP's "Kachhi",
    Dawn's "Kacchi") named no place in common."""
    return " ".join(fold_word(_CH_RUN.sub(_one_ch, word)) for word in key.split())


def _one_ch(run: re.Match[str]) -> str:
    """A :data:`_CH_RUN` as one "ch", in the case its first letter was written."""
    return run[0][0] + ("H" if run[0][-1].isupper() else "h")


def row_values(row: dict[str, Any], column: str) -> frozenset[str]:
    """The values a ``document_groups`` row keeps joined by ";" in ``column`` (its lead's
    places, tolls such as "killed:6", regions)."""
    return frozenset(filter(None, (row.get(column) or "").split(";")))


def other_reports(store: Store, groups: Iterable[str], document_id: str) -> list[dict[str, Any]]:
    """The reports (``document_groups`` rows) of ``groups``, in the order given, less the
    document's own: what a document being joined is compared with -- its own row is the one
    being written, and a group it was read into already holds it."""
    return [r for g in groups for r in store.event_group_rows(g) if r["document_id"] != document_id]


def row_places(row: dict[str, Any], located: bool = True) -> frozenset[str]:
    """The specific places a ``document_groups`` row names, folded (:func:`place_fold`):
    its lead's and (``located``) its event's."""
    found = {place_fold(p) for p in row_values(row, "places")}
    if located and row.get("location"):
        found.add(place_fold(row["location"]))
    return frozenset(found)


_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*(?=\s)|\n+")
#: the same, where the paragraph break after a stop is that sentence's end, not a sentence
#: of its own
_STOP = re.compile(r"[.!?…][\"'”’)]*(?:[ \t]*\n+|(?=\s))|\n+")


def lead_end(
    text: str,
    sentences: int,
    *,
    paragraphs: bool = False,
    runs_on: Callable[[str, str], bool] | None = None,
) -> int:
    """Where the lead (the first ``sentences`` sentences) of a text ends.

    By default a stop and the line break after it count as two ends, so in an agency's
    one-sentence paragraphs the lead is its first sentence: the incident rules
    (:func:`dossier.kb.event_groups.assign_event_group`) were measured on that lead, and a longer
    one brings in background tolls and places. ``paragraphs=True`` counts real sentences
    (the lead actor's search). ``runs_on(before, after)``: whether a stop inside a line, with
    text after it, ends no sentence (an abbreviation's:
    :func:`dossier.kb.lead_names.lead_end_named`)."""
    pattern = _STOP if paragraphs else _SENTENCE_END
    end = told = 0
    while told < sentences:
        found = pattern.search(text, end)
        if found is None:
            return len(text)
        said, end = text[end : found.end()], found.end()
        if runs_on is not None and end < len(text) and "\n" not in said:
            if runs_on(text[:end], text[end:]):
                continue  # the sentence goes on past the stop
        told += 1
    return end


def main_event(rows: list[dict[str, Any]], lead_sentences: int) -> dict[str, Any] | None:
    """The event report that is the article's news: the lead's most-told reported event
    (the one its other sentences tell again, else the first), else, with no event in the
    lead, the event the article tells most when it tells it at least twice. None when the
    article reports no incident (a statement, an op-ed): such documents join stories of
    one event only through what they share otherwise (:mod:`dossier.kb.event_reports`)."""
    reported = [r for r in rows if r["modality"] in REPORTED]
    told: dict[str, int] = {}
    for row in reported:
        told[row["event_id"]] = told.get(row["event_id"], 0) + 1
    lead = [r for r in reported if r["sentence"] < lead_sentences]
    if lead:
        return min(lead, key=lambda r: (-told[r["event_id"]], r["start"]))
    if not told or max(told.values()) < 2:
        return None
    top = max(told.values())
    return min((r for r in reported if told[r["event_id"]] == top), key=lambda r: r["start"])


def incident_day(row: dict[str, Any], published: str | None) -> str | None:
    """The day an event report happened: its own date when that is one day; the last of a
    few days the sentence names when they end before the article ("on May 17 and 18":
    :func:`_named_days_end`); else the article's publication day (None for an undated
    article with an undated event)."""
    start, end = row.get("date_start"), row.get("date_end")
    if start and start == end and row.get("precision") != "range":
        return str(start)[:10]
    last = _named_days_end(row, published)
    if last is not None:
        return last
    return published[:10] if published else None


def _named_days_end(row: dict[str, Any], published: str | None) -> str | None:
    """The last day of a range of a few days a sentence names ("on May 17 and 18", "between
    Friday and Saturday") that ends before the publication day, else None.

    An agency's release of operations "on May 17 and 18" published on the 19th was dated the
    19th, while a paper's round-up of the same releases ("on Saturday and Sunday", read as
    the Sunday) was dated the 18th: the two days differ, so the tolls were compared and the
    round-up's total (12) set it apart from the release's (9). The operations ended on the
    range's last day, the day a report naming one of those days gives them. A range the
    sentence does not name (no date text: the day before publication up to it, the window
    of an undated sentence) or a long one ("last month") keeps the publication day."""
    start, end = row.get("date_start"), row.get("date_end")
    if not (start and end and published and row.get("date_text")):
        return None
    first, last = str(start)[:10], str(end)[:10]
    if row.get("precision") != "range" or last >= published[:10]:
        return None
    if (_day(last) - _day(first)).days >= INCIDENT_RANGE_DAYS:
        return None
    return last


def days_apart(a: str, b: str) -> int:
    """Whole days between two ISO dates or date-times (the time of day ignored)."""
    return abs((_day(a[:10]) - _day(b[:10])).days)


def compatible(a: Incident, b: Incident, max_days: int, undated: bool = False) -> bool:
    """Whether two main incidents can be one: same type and mode, no role reversed, days
    at most ``max_days`` apart, and places that do not differ -- the events' own places,
    the specific places of the two leads, and their regions (provinces, countries) when
    both name some. What every member of an event group must be with every other, so a
    group never grows by a chain of look-alikes (Tank's operation, a collision the same
    day with the same toll, then Khuzdar's next accident). ``undated``: two reports that
    both have no day at all (:func:`same_undated_incident`) may be compared; a dated and an
    undated one never are."""
    ra, rb = a.report, b.report
    if ra.type != rb.type or (ra.mode and rb.mode and ra.mode != rb.mode):
        return False
    if reversed_roles(ra, rb):
        return False
    both = {a.location, b.location}
    #: one place, read in one lead and told in the other's words (undated reports)
    across = a.day is None and b.day is None and place_told_across(a, b)
    if (
        not across
        and a.location
        and b.location
        and a.location != b.location
        and not (both <= a.places or both <= b.places)
    ):
        # "Tor Darra" and "Khyber" differ, but not when one lead names both (an area and
        # its district, "Kulachi in Dera Ismail Khan"): then they are one place told finer
        return False
    if a.day is None and b.day is None:
        if not undated:
            return False
    elif a.day is None or b.day is None or days_apart(a.day, b.day) > max_days:
        return False
    if not across and a.places and b.places and a.places.isdisjoint(b.places):
        return False
    if a.day != b.day and tolls_differ(a.figures, b.figures):
        return False
    return not (a.regions and b.regions and a.regions.isdisjoint(b.regions))


def tolls_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two leads give one measure ("killed") and no value of it in common: six
    killed in North Waziristan on one day and ten the next are two operations. Outlets
    that count one incident differently do so on the same day (a toll that rises is
    told as "rises to"), so the caller asks this only of reports of different days; the
    bare "count" (16 terrorists, 10 troops) names no one measure and is left out."""
    measures: dict[str, list[set[str]]] = {}
    for side, figures in enumerate((a, b)):
        for figure in figures:
            measure, _sep, value = figure.rpartition(":")
            if measure != "count":
                measures.setdefault(measure, [set(), set()])[side].add(value)
    return any(x and y and x.isdisjoint(y) for x, y in measures.values())


def strong_tolls(figures: frozenset[str]) -> frozenset[str]:
    """Tolls that tell incidents apart on their own: 5 or more ("killed:3" is every
    other day's toll somewhere)."""
    return frozenset(f for f in figures if float(f.rsplit(":", 1)[1]) >= STRONG_TOLL)


#: a toll this large, shared by two leads of one day, is evidence on its own
STRONG_TOLL = 5


def specific_places(incident: Incident) -> frozenset[str]:
    """The specific places of an incident: its lead's and its own (an outlet that names
    the district only as the event's place, "in Khyber", shares it with one whose lead
    lists "Khyber" and "Tor Darra")."""
    own = {incident.location} if incident.location else set()
    return incident.places | own


def same_incident(a: Incident, b: Incident, max_days: int, min_evidence: int) -> bool:
    """Whether two documents' main events are one incident reported twice.

    :func:`compatible`, and positive evidence of identity: at least ``min_evidence`` of a
    specific place in common, a toll in common ("killed:3"), a participant in common
    (resolved entities) -- and always a specific place or a toll of 5 or more: a
    participant in common alone is weak (every reaction to one attack names it on the
    same days, each its own statement), and so is a small toll alone.
    Participants need not be shared: an agency writes "khwarij", a newspaper
    "terrorists", and neither is a resolved entity. Without a day on both sides (an
    undated archive) no join is made: look-alike incidents (two earthquakes, two
    shootings in one town) differ mostly in their dates. Precision first: an incident
    wrongly joined makes a copy look like confirmation, a missed one only undercounts.
    """
    if a.document_id == b.document_id or not compatible(a, b, max_days):
        return False
    place = bool(specific_places(a) & specific_places(b))
    toll = a.figures & b.figures
    if not (place or strong_tolls(toll)):
        return False
    shared = bool(a.report.participants & b.report.participants)
    if a.day != b.day and not (toll or shared):
        # a district or a city alone, a day apart, is two of its incidents as often as one
        # (a Peshawar blast and the next night's attacks there; two Karachi arrests)
        return False
    evidence = place + bool(toll) + shared
    return evidence >= min_evidence


def same_undated_incident(a: Incident, b: Incident) -> bool:
    """Whether two reports with no day at all -- no publication date, no dated event: a
    collection of pages stripped of their date lines -- are one incident.

    Dates are what tell look-alikes apart (two earthquakes in one region, two shootings in
    one town), so without them the evidence must be stronger than for dated reports: a
    specific place in common *and* a toll or a resolved participant in common, besides all
    that :func:`compatible` asks. (The caller also asks that the two tell it in shared
    words.) A dated report is never joined with an undated one: the undated one could be
    any day's look-alike. An archive of dated news never reaches this rule."""
    if a.document_id == b.document_id or a.day is not None or b.day is not None:
        return False
    if not compatible(a, b, 0, undated=True):
        return False
    place = bool(specific_places(a) & specific_places(b))
    return place and bool(a.figures & b.figures or a.report.participants & b.report.participants)
