"""What a document's lead tells of its incident, as the event groups compare it.

The incident a document is grouped by (its main event, or the incident a statement's lead
reports), the events its thread follows, and the lead's specific places, countries and
tolls ("killed:3"): what two independent reports of one incident share however they name
its actors. Read by :func:`dossier.kb.event_groups.assign_event_group`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from dossier import geo
from dossier.kb.claims import DISTINCT_FIGURE, INCIDENT_PARTICIPLES, unit_key
from dossier.kb.event_merge import (
    REPORTED,
    THREAD_INCIDENT_TYPES,
    Incident,
    days_apart,
    incident_day,
    lead_end,
    place_key,
    specific_places,
)
from dossier.kb.lead_names import after_bullets
from dossier.records import PLACE_LABELS
from dossier.store.base import Store

_MONTHS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june "
    "july august september october november december".split()
)
#: a count this large in two leads of one day is a toll worth comparing without its verb
#: ("all 16 terrorists"); "five brave sons of the soil" is no toll of its own
_DISTINCT_COUNT = DISTINCT_FIGURE


def body_lead(text: str, sentences: int) -> tuple[int, int]:
    """Where the lead an incident is read from starts and ends: the first ``sentences``
    sentences below a newspaper's headline bullets ("• Suicide bomber rams vehicle into
    convoy" above "QUETTA: At least five people ... on Sunday after ..."). The bullets
    summarise the article in the headline's present tense, with no day and often no place,
    so an incident read from them is dated by the publication day -- the day after the
    body's "on Sunday" -- and set apart from another outlet's report of it. The start is 0
    for a text with no bullets (:func:`dossier.kb.lead_names.after_bullets`)."""
    start = after_bullets(text)
    return start, start + lead_end(text[start:], sentences)


def body_lead_rows(
    mentions: list[dict[str, Any]], text: str, sentences: int
) -> list[dict[str, Any]]:
    """A document's event reports with their sentence numbers read from its body's lead
    (:func:`body_lead`): those of the body's first ``sentences`` sentences number 0, every
    other one (a headline bullet's, a later sentence's) ``sentences`` or more, so that
    :func:`dossier.kb.event_merge.main_event` and the lead rules below, which count
    sentences from the text's start, read the body's lead. Unchanged for a text with no
    bullets."""
    start, end = body_lead(text, sentences)
    if start == 0:
        return mentions
    return [
        {**row, "sentence": 0 if start <= row["start"] < end else row["sentence"] + sentences}
        for row in mentions
    ]


def _lead_features(
    store: Store,
    document_id: str,
    text: str,
    sentences: int,
    dateline: str,
    mentions: Sequence[dict[str, Any]],
) -> tuple[list[str], list[str], list[str]]:
    """The specific places (name keys), the countries of all its places, and the tolls
    ("killed:3") of a document's lead: what two reports of one incident share however they
    name its actors. Places count by country too, so "Khyber Pakhtunkhwa" and "Pakistan"
    agree and "Lebanon" and "Kalat" do not (a name the gazetteer holds in one country).
    ``mentions``: the document's stored mentions, read once by the caller."""
    from dossier import geo

    gazetteer = geo.load_gazetteer()
    # the bullets above the body count too: they often give the toll the body's lead
    # leaves for later ("33 terrorists killed" above the account of the siege's end)
    end = body_lead(text, sentences)[1]
    places: set[str] = set()
    countries: set[str] = set()
    for mention in mentions:
        key = place_key(mention["text"])
        if mention["start"] >= end or mention["label"] not in ("GPE", "LOC", "FAC"):
            continue
        if not key or key == dateline:
            continue
        if geo.breadth(mention["text"], gazetteer) == 0 and geo.breadth(key, gazetteer) == 0:
            # a province or a country under a suffix the gazetteer does not hold
            # ("Khyber Pakhtunkhwa Province", "Balochistan's") is no specific place either
            places.add(key)
        code = gazetteer.sole_country(mention["text"])
        if code is not None:
            countries.add(code)
    figures = set()
    quantities = (
        c for c in store.claim_mentions_in_document(document_id) if c["kind"] == "quantity"
    )
    for claim in quantities:
        if claim["start"] >= end or claim["qmin"] is None or claim["qmin"] != claim["qmax"]:
            continue
        words = set((unit_key(claim["unit"]) or "").split())
        if words & _MONTHS:
            continue  # "Mar 16" in a dateline is a date, not a toll
        measure = sorted(words & INCIDENT_PARTICIPLES)
        if measure:
            figures.add(f"{measure[0]}:{claim['qmin']:g}")
        elif claim["qmin"] >= _DISTINCT_COUNT:
            # "eliminated all 16 terrorists" / "16 khwarij killed": the toll, however the
            # verb reads; small numbers are too common to tell incidents apart
            figures.add(f"count:{claim['qmin']:g}")
    return sorted(places), sorted(countries), sorted(figures)


def _lead_events(
    mentions: list[dict[str, Any]], main: dict[str, Any], lead_sentences: int
) -> list[str]:
    """The events a document's thread follows: its main event, then the incidents its
    lead reports beside it. A statement or a reaction ("X condemns the attack on ...") has
    the statement as its news and the incident as its object; the incident, told in the
    lead, ties it to the storyline of that incident (the thread), never to its event
    group."""
    found = [main["event_id"]]
    for row in mentions:
        if (
            row["sentence"] < lead_sentences
            and row["modality"] in REPORTED
            and row["type"] in THREAD_INCIDENT_TYPES
            and row["event_id"] not in found
        ):
            found.append(row["event_id"])
    return found


def _told_incident(
    mentions: list[dict[str, Any]], main: dict[str, Any] | None, lead_sentences: int
) -> dict[str, Any] | None:
    """The incident a document's event group is decided by: its main event, or -- where
    that is a statement, a condemnation, an appeal (not an attack, an arrest, a protest) --
    the first incident its lead reports: the incident the article's event is compared by.
    Where a named actor's reaction is the lead's news ("Naqvi condemns firing on police in
    Kohat", :func:`reacts`), the caller joins it by no incident: a reaction is its own
    statement (the reactions rule in ``bench/labels/stories/GUIDE.md``). (The thread still
    follows the main event.)"""
    if main is None or main["type"] in THREAD_INCIDENT_TYPES:
        return main
    return next(
        (
            r
            for r in mentions
            if r["sentence"] < lead_sentences
            and r["modality"] in REPORTED
            and r["type"] in THREAD_INCIDENT_TYPES
        ),
        main,
    )


def _latest_turn(
    mentions: list[dict[str, Any]],
    told: dict[str, Any] | None,
    published: str | None,
    days: int,
) -> dict[str, Any] | None:
    """The incident a document's first sentence reports as the day's news, where the
    incident it is grouped by (:func:`_told_incident`, the lead's most-told event) happened
    more than ``days`` before publication and so would be its background.

    A report of a siege's end or an operation's outcome tells the incident again and again
    by its first day ("the Jaffar Express was attacked near Sibi on March 11", three times),
    while its first sentence reports what is news on the day it is published ("security
    forces eliminated all 33 terrorists ... while rescuing the hostages"): grouped by the
    older day, it joined no report of that news (APP's "All 33 terrorists ... killed",
    published on the 13th, left out of the group of Dawn's reports of the operation's end).
    The first sentence's reported event of the same type, dated up to publication, is the
    news; None where there is none (a follow-up that names its incident only as
    background stays one)."""
    if told is None or not published:
        return None
    day = incident_day(told, published)
    if not day or days_apart(day, published) <= days:
        return None
    return next(
        (
            r
            for r in mentions
            if r["sentence"] == 0
            and r["modality"] in REPORTED
            and r["type"] == told["type"]
            and r["event_id"] != told["event_id"]
            and (turn := incident_day(r, published)) is not None
            and turn <= published[:10]
            and days_apart(turn, published) <= days
        ),
        None,
    )


def _misread_place(
    where: str, read_as: set[str], regions: Sequence[str], dateline: str | None
) -> bool:
    """Whether an incident's own place is a misreading: the document's tagger reads the
    name only as something else (``read_as``: its labels for that text, an organisation,
    a person; none a place), and every gazetteer reading of it lies in a country that
    neither the lead's places (``regions``, :func:`_lead_features`) nor the dateline's
    place is in.

    One report's misreading must not split an incident that every other report places at
    home: "The attack was claimed by BLA" (the Balochistan Liberation Army, an
    organisation) placed a Balochistan attack at Bla, in Mali, in a lead whose other
    places are in Pakistan. Both tests, not either: a place read as one abroad is the news
    (Gaza in a lead naming Israel, talks in Rome), and a lead that names no place of a
    known country says nothing against any."""
    if not where or not read_as or read_as & PLACE_LABELS or not regions:
        return False
    gazetteer = geo.load_gazetteer()
    found = {p.country for p in gazetteer.candidates(where)}
    home = {p.country for p in gazetteer.candidates(dateline)} if dateline else set()
    return bool(found) and found.isdisjoint(set(regions) | home)


#: words that make a name another place than the name they go with: the Gulf of Aden is
#: not Aden, the Swat River not Swat
_FEATURE_WORDS = frozenset(
    "gulf bay sea ocean strait straits lake river canal cape mount mountains hills island "
    "islands peninsula horn coast valley pass".split()
)


def _within(inner: str, outer: str) -> bool:
    """Whether place key ``inner`` is told inside ``outer``: its words are a run of the
    other's ("khyber" in "tirah khyber", the area told with its district; "dera" in "dera
    ismail khan", a name the tagger cut short). Two different names, however alike ("north
    waziristan", "south waziristan"; "dera bugti", "dera ismail khan"), are not, nor a
    feature named after a place ("gulf aden" and "aden": :data:`_FEATURE_WORDS`)."""
    small, large = inner.split(), outer.split()
    if not small or len(small) >= len(large) or _FEATURE_WORDS & set(large):
        return False
    return any(large[i : i + len(small)] == small for i in range(len(large) - len(small) + 1))


def _broadest(key: str, others: Iterable[str]) -> str:
    """``key``, or the shortest of ``others`` it tells more finely (:func:`_within`)."""
    found = [o for o in others if _within(o, key)]
    return min(found, key=lambda o: (len(o.split()), o)) if found else key


def one_level(a: Incident, b: Incident) -> tuple[Incident, Incident]:
    """Two incidents with their places told at one level, for comparing: a place of one
    that the other names more finely is the other's too ("Tirah Khyber" and "Khyber",
    the area and its district; "Dera Ismail Khan" and the tagger's "Dera").

    Two outlets place one operation at different depths -- the agency quotes the release's
    "general area Tirah, Khyber District", the paper its district -- and the join read the
    two as different places: an incident's place differs from another's only where
    neither is told inside the other. Each side's places are rewritten to the broader
    name they share (the finer name says no more than the broader one about identity),
    so :func:`dossier.kb.event_merge.compatible` and ``same_incident`` see one place."""
    named = specific_places(a) | specific_places(b)
    return _leveled(a, named), _leveled(b, named)


def _leveled(incident: Incident, named: frozenset[str]) -> Incident:
    """``incident`` with each place told as the broadest of ``named`` (both incidents'
    places) that it tells more finely: both sides map one name to one key."""
    location = _broadest(incident.location, named) if incident.location else None
    places = frozenset(_broadest(p, named) for p in incident.places)
    if location == incident.location and places == incident.places:
        return incident
    return replace(incident, location=location, places=places)
