"""Reports with no date of their own: one event when both leads name the same person.

A collection of pages stripped of their date lines (ECB+'s texts, a scraped archive
without metadata) gives the event-group join (:func:`dossier.kb.event_groups.assign_event_group`)
no day to compare, and look-alike events differ mostly in their dates (two Oscar hosts
announced years apart, two Indian Navy captures of Somali pirates). An undated report is
therefore joined by an incident only on strong evidence
(:func:`dossier.kb.event_merge.same_undated_incident`), and most undated news is no
incident at all: an appointment, a nomination, a firing, a celebrity's arrest. What such
reports of one event share is the person the news is about, named in both leads.

The rule: two undated reports join when their leads (first two sentences) name one person
(a full name, :func:`one_person_undated`: a middle name in one only may differ; a surname
alone never counts) and the report matched tells the news in the same words
(:func:`dossier.kb.tellings.person_told_alike`: the coach hired, and the same coach fired
three years later, each lead naming him), unless something sets them apart -- tolls with
no number in common ("23 pirates arrested", "26 pirates captured": two captures), specific
places and none in common, or persons that make it another person's news: headlines that
each name a person of their lead and none the other's names (a player's arrest, and his
teammate's a month later, whose lead recalls the first; where a headline names none of
its persons, the first person either lead names never named in the other report;
:func:`news_apart`), or each lead naming a person the other report never names at all
(the President nominating Sanjay Gupta, and the President nominating Regina Benjamin).
A group refused through the first of its reports found is asked again through another
that names the person (session 30: ECB+ dev 635 -> 653 pairs, look-alike pairs 11 -> 0).
The incident join of undated reports is held to the same tolls (not to the persons: its
reports name their spokesmen, and the tagger takes ships for persons), and takes a toll of
five or more in common, however each report words its measure, as evidence on its own
(:func:`strong_number_shared`; the caller asks for shared words as well). Complete linkage,
as for incidents: every report of a group joined must pass the same tests with the
document and with each other report joined, so no chain of look-alikes forms a group;
one outlet's second report never joins (an outlet's follow-up is its thread).

A collection that kept the date line of some pages only (ECB+'s later texts) holds dated and
undated reports of one news: by the person join alone, a dated report joins an undated one
(either way round: the undated report looks its dated candidates up on every day, the dated
one its undated candidates) only told in the same words by the report matched and by most of
the group (:func:`dossier.kb.tellings.told_alike_by_majority`), with the first-person test
asked (an undated report could be any year's look-alike). ECB+ dev (replays in ingest order)
545 -> 566 pairs, look-alike pairs 11 -> 11. The incident join joins a dated report with an
undated one only at a specific place both leads name, told alike once the names are left out
(:func:`dated_told_alike`, session 30: ECB+ dev 653 -> 661 pairs, look-alike pairs 0 -> 0), and
an archive of dated news never reaches these rules.

Undated news that is no incident and whose leads name no person in both (a climber's fall, a
hit-and-run told as the driver's charge) joins by what else both leads name: the words of
their places below a region and of the bodies and buildings they name
(:func:`lead_participants`), indexed like the persons, told alike by most pairs and set apart
by nothing (:func:`undated_news_groups`; ECB+ dev 575 -> 612 pairs, look-alike pairs 11 ->
11).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from unidecode import unidecode

from dossier.kb.event_merge import (
    STRONG_TOLL,
    Incident,
    compatible,
    other_reports,
    place_told_across,
    row_places,
    row_values,
    specific_places,
    tolls_differ,
)
from dossier.kb.lead_ages import age_in_common
from dossier.kb.lead_names import (
    NAME_WORD,
    body_key,
    full_name_words,
    same_actor,
    statement_lead_end,
)
from dossier.kb.lead_speakers import person_mentions
from dossier.kb.tellings import (
    headline,
    one_telling,
    person_told_alike,
    stems,
    stored_telling,
    told_alike_by_majority,
)
from dossier.store.base import Store


def lead_names(mentions: Sequence[dict[str, Any]], end: int) -> list[str]:
    """The persons a lead (text before ``end``) names, in order, each under the longest
    name the document gives that person ("Obama" -> "barack obama"), as lower-case name
    keys; a name of one word the document never gives in full stays one word ("williams").
    An institution tagged as a person ("the National Assembly") is no person."""
    persons = person_mentions(list(mentions))  # with those run into an organisation's name
    found: list[str] = []
    for mention in persons:
        if mention["start"] >= end:
            break
        if body_key(mention["text"]):
            continue
        words = NAME_WORD.findall(unidecode(mention["text"]).lower())
        longest = full_name_words(words, persons)
        name = " ".join(longest)
        if longest and name not in found:
            found.append(name)
    return found


def lead_persons(mentions: Sequence[dict[str, Any]], end: int) -> list[str]:
    """The persons a lead names in full (:func:`lead_names`, two words or more): what two
    reports are joined by. A surname alone names no one in particular."""
    return [name for name in lead_names(mentions, end) if len(name.split()) >= 2]


def tolls_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two undated leads give tolls ("captured:23", "count:26") and no number in
    common, whatever the measure ("arrested 23 pirates", "captured 26"): without dates,
    the toll is what tells two captures or two shootings apart.
    (:func:`dossier.kb.event_merge.tolls_differ` compares one measure at a time and
    leaves the bare count out, as outlets of one day count one incident differently;
    undated look-alikes are years apart, not a day.)"""
    values_a, values_b = _toll_values(a), _toll_values(b)
    return bool(values_a and values_b and values_a.isdisjoint(values_b))


def strong_number_shared(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two undated leads give one toll of :data:`STRONG_TOLL` or more, however
    each tells its measure ("arrested 23 pirates", "captured 23", "took 23 of them"):
    undated look-alikes rarely share such a number (23 pirates, then 26), and one
    incident's reports told without its place ("The Indian navy has captured 23 Somalian
    pirates") share nothing else the incident join could use."""
    return any(float(v) >= STRONG_TOLL for v in _toll_values(a) & _toll_values(b))


#: the event types one undated incident is told under by different reports: a navy's capture
#: of pirates is an arrest in one ("arrested 23 pirates"), a seizure in another ("seized 23
#: pirates and their skiffs") and an attack foiled in a third ("the pirates attacked ...")
ONE_INCIDENT_TYPES = frozenset({"ASSAULT", "COERCE"})
#: the type a report's main event takes when its lead tells the appeal the act answered or
#: the appeal that followed it ("received a distress call", "to ask the United Nations to
#: authorize all necessary measures" against the pirates just captured): told as another type
#: of one incident only beside :data:`ONE_INCIDENT_TYPES`, on the same evidence
#: (:func:`told_as_another_type`)
ANSWERED_TYPES = frozenset({"REQUEST"})
#: the types an undated incident of :data:`ONE_INCIDENT_TYPES` may be told under
TOLD_AS_TYPES = ONE_INCIDENT_TYPES | ANSWERED_TYPES


def told_as_another_type(a: Incident, b: Incident) -> bool:
    """Whether two undated incidents of different types or modes are one incident told two
    ways: both of :data:`ONE_INCIDENT_TYPES`, a toll of :data:`STRONG_TOLL` or more in
    common (however each words its measure), a specific place in common where both leads
    name one, no tolls apart, and all else :func:`compatible` asks (roles, places,
    regions). Without dates, an incident's type is the weakest of its features -- the
    extractor reads the capture's verb, and each outlet leads with another -- while a
    number like 23 is what tells two captures apart (23 pirates in 2008, 26 in 2011). A
    lead that names no place is a missing field, not a place against: it asked a place in
    common until session 19, and "The Indian navy has captured 23 Somalian pirates" stayed
    apart from every report of the capture told under another verb (the same-type join
    already takes a toll of 5 or more alone, :func:`strong_number_shared`). ECB+ dev
    (replays in ingest order): 441 -> 489 pairs, R 0.37 -> 0.41, look-alike pairs 11 ->
    11. Dated reports never reach this: their types stay as strict as before.

    One side may be an appeal (:data:`ANSWERED_TYPES`): a report whose main event is the
    distress call the capture answered, or the appeal made of it ("to ask the United Nations
    to authorize all necessary measures"), shares the capture's toll and place; two appeals
    never pass here. Session 29 (second stories round): ECB+ dev replay 617 -> 635 pairs,
    look-alike pairs 11 -> 11."""
    if a.day is not None or b.day is not None:
        return False
    ra, rb = a.report, b.report
    if ra.type not in TOLD_AS_TYPES or rb.type not in TOLD_AS_TYPES:
        return False
    if ra.type not in ONE_INCIDENT_TYPES and rb.type not in ONE_INCIDENT_TYPES:
        return False  # two appeals: the ordinary tests decide
    if (ra.type, ra.mode) == (rb.type, rb.mode):
        return False  # the same type: the ordinary tests decide
    if _placed_apart(a, b):
        return False
    if not strong_number_shared(a.figures, b.figures):
        return False
    if tolls_apart(a.figures, b.figures):
        return False
    as_a = replace(b, report=replace(rb, type=ra.type, mode=ra.mode))
    return compatible(a, as_a, 0, undated=True)


def aged_alike(a: Incident, b: Incident) -> bool:
    """Whether two undated incidents are one by the age both leads give a person
    (:func:`dossier.kb.lead_ages.lead_ages`: "a 66-year-old woman", "LuAnn Marie Johnson,
    66"): types of one incident (:data:`ONE_INCIDENT_TYPES`: the driver's arrest and the
    killing he is arrested for), no tolls apart, and all else :func:`compatible` asks but
    the places. Outlets place one hit-and-run at different depths and by different people
    -- the store's town, the victim's home town, the neighbourhood, the borough ("Richmond
    Hill", "Queens") -- and the tagger reads names as places ("Raj Chohan" as "Chohan"), so
    a place read in both leads sets one incident's reports apart as often as it tells two
    apart; what the police release gives every outlet is the person's age. Undated
    reports only (dated ones keep their places: two incidents of one day in two towns may
    both have a victim of 7); the caller asks the telling share as well."""
    if a.day is not None or b.day is not None or not age_in_common(a.ages, b.ages):
        return False
    if tolls_apart(a.figures, b.figures):
        return False
    ra, rb = a.report, b.report
    if (ra.type, ra.mode) != (rb.type, rb.mode):
        if ra.type not in ONE_INCIDENT_TYPES or rb.type not in ONE_INCIDENT_TYPES:
            return False
        b = replace(b, report=replace(rb, type=ra.type, mode=ra.mode))
    return compatible(_placeless(a), _placeless(b), 0, undated=True)


def _placeless(incident: Incident) -> Incident:
    """``incident`` without its places (its regions kept)."""
    return replace(incident, location=None, places=frozenset())


def _placed_apart(a: Incident, b: Incident) -> bool:
    """Whether both leads name a specific place and none in common: a lead that names no
    place is a missing field, not a place against (:func:`told_as_another_type`,
    :func:`one_place_told_alike`)."""
    places_a, places_b = specific_places(a), specific_places(b)
    if place_told_across(a, b):
        return False  # one place, read in one lead and told in the other's words
    return bool(places_a and places_b and not places_a & places_b)


#: the share of the shorter telling two undated reports of one place must share when they
#: give no toll or participant in common (:func:`one_place_told_alike`). On ECB+ dev
#: (ingest order) half joined 283 -> 354 pairs and no look-alike; the incident join's third
#: (:data:`dossier.kb.tellings.JOIN_TELLING`) 371, with 3 look-alike pairs more (two
#: footballers' drink-driving arrests in San Diego, a year apart, both told as a Charger
#: "arrested on suspicion of DUI"). Compared by stems since session 29
#: (:func:`dossier.kb.tellings.stems`: "charged" and "charges", "killing" and "killed"):
#: ECB+ dev 612 -> 617 pairs, look-alikes 11 -> 11; stems at 0.4 or a third 642, with 10
#: look-alike pairs more (the second footballer's arrest told as "the latest")
PLACE_TELLING = 0.5


def one_place_told_alike(
    a: Incident, b: Incident, words_a: frozenset[str], words_b: frozenset[str]
) -> bool:
    """Whether two undated reports of one type tell one incident in the same words:
    :func:`compatible`, the tellings (headline and first sentence,
    :func:`dossier.kb.tellings.telling_words`) sharing :data:`PLACE_TELLING` of the
    shorter's stems, and a specific place in common where both leads name one. Most
    reports of one shooting or one quake give neither a toll the extractor reads ("killing
    one man") nor a participant the resolver links, so
    :func:`dossier.kb.event_merge.same_undated_incident`, which asks for one of them besides
    the place, left them apart ("A Vancouver man has been charged ... after a killing at an
    office party", "... gunned down at their office Christmas party"). Look-alikes told in
    the same words are what the share must keep apart (two players' DUI arrests in San
    Diego share a third of their words, not half). A lead that names no place is a missing
    field, not a place against: until session 19 a place in common was asked, and a report
    whose lead names the town stayed apart from one that names none ("A man has been charged
    with killing a co-worker at an office Christmas party"); ECB+ dev (replays in ingest
    order) 489 -> 526 pairs, look-alike pairs 11 -> 11 (with a place on at least one side
    only, 508). Tolls with no number in common still set them apart (the caller)."""
    if a.day is not None or b.day is not None or _placed_apart(a, b):
        return False
    if not compatible(a, b, 0, undated=True):
        return False
    return one_telling(stems(words_a), stems(words_b), PLACE_TELLING)


def compatible_across(a: Incident, b: Incident) -> bool:
    """Whether a dated and an undated incident can be one: :func:`compatible` as if the
    undated one happened on the dated one's day (type and mode, roles, places, regions),
    and no measure told by both with no value in common (:func:`tolls_differ`: "killed:1"
    and "injured:2" are two measures of one shooting, "killed:1" and "killed:3" two
    shootings). A collection that kept the date line of some pages only (ECB+'s later
    texts) holds both halves of one incident's reports, and :func:`compatible` never
    compares them; complete linkage asks this of every dated-undated pair of a group, so a
    group never spans days through an undated member (the dated members are still compared
    with each other by day). A place one lead names and the other tells in its words is no
    place against (:func:`dossier.kb.event_merge.place_told_across`)."""
    if (a.day is None) == (b.day is None):
        return False
    day = a.day or b.day
    if place_told_across(a, b):
        a, b = _placeless(a), _placeless(b)  # one place, read in one lead only
    if not compatible(replace(a, day=day), replace(b, day=day), 0):
        return False
    return not tolls_differ(a.figures, b.figures)


def dated_told_alike(
    a: Incident,
    b: Incident,
    words_a: frozenset[str],
    words_b: frozenset[str],
    names: Iterable[str] = (),
) -> bool:
    """Whether a dated and an undated report of one type tell one incident: both leads
    name a specific place and share one, the tellings share :data:`PLACE_TELLING` of the
    shorter's stems (:func:`one_place_told_alike`'s bar between undated reports), and
    :func:`compatible_across`. Stricter than the undated join (a place on both sides, not
    a missing field): an undated report could be any year's look-alike, and what keeps a
    look-alike out is where it happened and how it is told (the office shooting in a
    Detroit suburb, dated in one outlet and not in another; the Vancouver office-party
    killing of another year names another city). ``names``: the names the document gives
    (persons, places, teams), whose words are left out of the tellings first
    (:func:`dossier.kb.tellings.person_told_alike`): one team's coach hired in one year and
    fired in another (both typed as attacks) share his name, his team and its city, not
    their words. Session 29 tried a toll of five or more with a place in common instead
    (no pair moved). An age both leads give a person (:mod:`dossier.kb.lead_ages`), or a
    place one lead names and the other tells in its words
    (:func:`dossier.kb.event_merge.place_told_across`: "Queens" in one headline, the tagger's
    place in the other lead), stands for the place in common (session 32: ECB+ dev 678 ->
    690 pairs, look-alike pairs 0), the telling share still asked."""
    if (a.day is None) == (b.day is None):
        return False
    if (
        not specific_places(a) & specific_places(b)
        and not age_in_common(a.ages, b.ages)
        and not place_told_across(a, b)
    ):
        return False
    if not compatible_across(a, b):
        return False
    return person_told_alike(words_a, words_b, names, PLACE_TELLING)


def _toll_values(figures: frozenset[str]) -> set[str]:
    """The numbers of a lead's tolls ("captured:23" -> "23"), whatever their measure."""
    return {f.rpartition(":")[2] for f in figures}


def names_word(text: str, name: str) -> bool:
    """Whether ``text`` names the person ``name`` (a name key) at all: its surname as a
    word, possessive or plural ("Oscar", "the Oscars"). Generous on purpose: it only
    vetoes a join."""
    surname = re.escape(name.split()[-1])
    return re.search(rf"\b{surname}(?:s|'s|’s)?\b", unidecode(text).lower()) is not None


def persons_apart(
    a: Sequence[str], a_text: str, b: Sequence[str], b_text: str, *, first: bool = True
) -> bool:
    """Whether two undated reports joined by a person both leads name are about two
    people's news (``a``, ``b``: their leads' names in order, :func:`lead_names`; the
    reports' texts): the first person either lead names -- whose news it is -- never named
    in the other report (a player arrested, and a teammate's arrest a month before that
    recalls his), or each lead naming a person the other report never names (the
    President nominating Sanjay Gupta, and the President nominating Regina Benjamin).
    ``first=False`` leaves the first-person test out (:func:`reports_apart`); the group
    linkage (:func:`group_apart`) reads whose news it is from the headlines first
    (:func:`news_apart`)."""
    if first and first_persons_apart(a, a_text, b, b_text):
        return True
    return any(not names_word(b_text, p) for p in a) and any(not names_word(a_text, p) for p in b)


def first_persons_apart(a: Sequence[str], a_text: str, b: Sequence[str], b_text: str) -> bool:
    """The first-person test of :func:`persons_apart`: the first person either lead names
    never named in the other report."""
    return bool(a and b) and (not names_word(b_text, a[0]) or not names_word(a_text, b[0]))


def headline_persons(report: dict[str, Any]) -> list[str] | None:
    """The persons of a report's lead (``report["persons"]``, :func:`lead_names`) that its
    headline (``report["title"]``, read as :func:`dossier.kb.tellings.headline` reads it)
    names; ``None`` where the report has no headline at all (a page kept without it)."""
    head = headline(report.get("title"))
    if not head.strip():
        return None
    return [name for name in report["persons"] if names_word(head, name)]


def news_apart(x: dict[str, Any], y: dict[str, Any]) -> bool:
    """Whether two reports (group members, :func:`lead_member`) are news of two persons,
    read from whose news each headline tells: both headlines name a person of their leads
    and neither names one the other's headline names ("Chargers' Jamal Williams arrested
    on DUI suspicion", "Chargers' Jackson arrested on suspicion of DUI": a teammate's
    arrest a month later, whose lead recalls the first). Where a headline names none of
    its lead's persons ("Chargers receiver arrested for DUI") or one report has none, the
    lead's order stands in (:func:`first_persons_apart`). Where neither report has a
    headline (pages kept without it, ECB+'s earlier texts), nothing is read: a lead's first
    person is as often
    the one who acts for someone else's news -- "President-elect Barack Obama has asked
    Dr. Sanjay Gupta", against "Dr. Sanjay Gupta ... is the leading contender to become
    the next surgeon general", which never names Obama -- and by the lead's order alone the
    reports of one nomination that open on the President and those that open on the
    nominee stayed two groups (ECB+ dev, session 30). The other persons test (each lead
    naming someone the other report never names) and the facts (tolls, places) are asked
    either way (:func:`group_apart`)."""
    hx, hy = headline_persons(x), headline_persons(y)
    if hx is None and hy is None:
        return False
    if hx and hy:
        head_x, head_y = headline(x.get("title")), headline(y.get("title"))
        return not any(names_word(head_y, p) for p in hx) and not any(
            names_word(head_x, p) for p in hy
        )
    return first_persons_apart(x["persons"], x["text"], y["persons"], y["text"])


def dated_news_apart(
    store: Store,
    other_document: str,
    mine: dict[str, Any],
    lead_sentences: int,
) -> bool:
    """Whether a dated report (``mine``: its lead's persons, text and title, as
    :func:`own_member` holds them) and an undated one (``other_document``) are news of two
    persons: either headline names a person of its lead (:func:`headline_persons`) whom the
    other report never names. :func:`dated_told_alike` reads places and words, not
    persons, and a team's second drink-driving arrest told with its city ("Charger Jamal
    Williams arrested on suspicion of DUI": "a member of the San Diego Chargers has been
    arrested") joined the first player's undated reports of a month before, the city in one
    telling and the other's place (ECB+ dev: 9 look-alike pairs). Headlines only, not the
    lead's first person (:func:`news_apart`'s fallback): a lead may open on the driver where
    the other opens on the victim (the Queens hit-and-run: 8 same-event pairs lost that
    way)."""
    names, text, title = read_lead(store, other_document, lead_sentences)
    return headlines_apart(mine, {"persons": names, "text": text, "title": title})


def headlines_apart(x: dict[str, Any], y: dict[str, Any]) -> bool:
    """Whether either report's headline names a person of its lead whom the other report
    (``persons``, ``text``, ``title``: :func:`lead_member`) never names
    (:func:`dated_news_apart`)."""
    return any(
        not names_word(b["text"], person)
        for a, b in ((x, y), (y, x))
        for person in headline_persons(a) or ()
    )


def read_lead(
    store: Store, document_id: str, lead_sentences: int
) -> tuple[list[str], str, str | None]:
    """A stored document's lead names (:func:`lead_names`), its text and its title."""
    document = store.document(document_id) or {}
    text = document.get("text") or ""
    end = statement_lead_end(text, lead_sentences)
    return lead_names(store.document_mentions(document_id), end), text, document.get("title")


def lead_member(store: Store, row: dict[str, Any], lead_sentences: int) -> dict[str, Any]:
    """A group member (``document_groups`` row) with its text, its title and its lead's
    persons, as the person and participant joins compare them (:func:`group_apart`)."""
    named, text, title = read_lead(store, row["document_id"], lead_sentences)
    return {**row, "persons": named, "text": text, "title": title}


def members_told_alike(
    store: Store,
    candidate: dict[str, Any],
    rows: Sequence[dict[str, Any]],
    names: Sequence[str],
    tellings: Sequence[frozenset[str]],
    share: float,
    lead_sentences: int,
) -> tuple[list[frozenset[str]], list[dict[str, Any]], dict[str, Any]] | None:
    """A candidate group's rows (``candidate``: the report the document was found by) as
    the news joins by a lead's places or participants (:func:`undated_news_groups`,
    :mod:`place_news`) compare them: each row's stored telling, each member with its lead
    (:func:`lead_member`) and the member that is the candidate report -- or None where the
    candidate's row is not among them, or where most pairs of the group's tellings and those
    joined so far (``tellings``) do not share ``share`` of their stems
    (:func:`dossier.kb.tellings.told_alike_by_majority`). The persons the joining document's
    lead (``names``) and every member's lead name are left out of that comparison, since
    names are what two outlets write alike anyway. One reading for both joins, so their
    telling tests cannot drift apart."""
    theirs = [stored_telling(r) for r in rows]
    members = [lead_member(store, r, lead_sentences) for r in rows]
    matched = next((m for m in members if m["document_id"] == candidate["document_id"]), None)
    if matched is None:
        return None
    person_names = [*names, *(n for m in members for n in m["persons"])]
    if not told_alike_by_majority(stored_telling(candidate), theirs, tellings, person_names, share):
        return None
    return theirs, members, matched


def own_member(
    record: dict[str, Any], names: Sequence[str], text: str, title: str | None
) -> dict[str, Any]:
    """The document being joined as a group member (:func:`lead_member`): its
    ``document_groups`` row so far, its lead's persons (``names``), its text and title."""
    return {**record, "persons": list(names), "text": text, "title": title}


def facts_apart(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two reports (``document_groups`` rows) state facts of two events: tolls
    with no number in common, or specific places and none in common. Unlike the persons
    test (:func:`persons_apart`), which reads who else a lead names, these are what the
    two reports *say* differently, so one such pair anywhere keeps two groups apart."""
    if tolls_apart(row_values(a, "figures"), row_values(b, "figures")):
        return True
    pa, pb = row_places(a, located=False), row_places(b, located=False)
    if not (a.get("published") or b.get("published")) and _told_by_other(a, b):
        return False  # one place, read in one lead and told in the other's words
    return bool(pa and pb and pa.isdisjoint(pb))


def _told_by_other(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """:func:`dossier.kb.event_merge.place_told_across` for two ``document_groups`` rows."""
    told_a = frozenset((a.get("telling") or "").split())
    told_b = frozenset((b.get("telling") or "").split())
    return bool(place_words(a) & told_b or place_words(b) & told_a)


def place_words(row: dict[str, Any]) -> frozenset[str]:
    """The words of the specific places a ``document_groups`` row's lead names and of its
    incident's own place, less the words of kinds (:data:`PLACE_KINDS`: every town has a
    "county", every store a "club") and words of two letters: what another lead's telling
    must name for the two to name one place (:func:`dossier.kb.event_merge.place_told_across`)."""
    names = [*row_values(row, "places"), row.get("location") or ""]
    return frozenset(
        word for name in names for word in name.split() if len(word) > 2 and word not in PLACE_KINDS
    )


def one_person_undated(a: str, b: str) -> bool:
    """Whether two undated leads' full names are one person: :func:`same_actor` ("Sanjay
    Gupta", "Dr Sanjay Gupta"), or one given name and one surname with a middle name in one
    of them only ("Anthony Lasalle", "Anthony Phillip Lasalle"; "Luann Johnson", "Luann
    Marie Johnson"). A court report or a police release gives the middle name, the next
    outlet does not, and :func:`same_actor`, which asks one name to end the other, kept
    them apart. Undated reports only: among dated news a given name and a surname are
    shared by different people ("Muhammad Ali Khan", "Muhammad Khan"), and there the
    statement and person joins keep :func:`same_actor`; undated reports are joined by this
    only where no toll, place or other person's news sets them apart
    (:func:`group_apart`)."""
    if same_actor(a, b):
        return True
    x, y = sorted((a.split(), b.split()), key=len)
    if len(x) < 2 or len(y) <= len(x) or x[0] != y[0] or x[-1] != y[-1]:
        return False
    rest = iter(y[1:-1])
    return all(word in rest for word in x[1:-1])


def reports_apart(a: dict[str, Any], b: dict[str, Any], *, dated: bool = False) -> bool:
    """Whether two reports (``document_groups`` rows with ``persons`` and ``text``) tell
    two events: tolls with no number in common, specific places and none in common
    (:func:`facts_apart`), or persons that set them apart (:func:`persons_apart`).
    ``dated``: two reports published within a day or so of each other
    (:mod:`dossier.kb.person_news`), whose leads may open on someone else the other never
    names -- the day's context ("As the country's politicos have their sights set on the
    Supreme Court confirmation hearings for Sonia Sotomayor today, President Barack Obama
    nominated Regina Benjamin"), the one who acts for the subject (the President, told as
    "Obama" in one and as "the President" in the other) -- so only the test of each lead
    naming someone the other never names is asked; the first-person test is for look-alikes
    weeks or years apart (a teammate's arrest a month later)."""
    if facts_apart(a, b):
        return True
    return persons_apart(a["persons"], a["text"], b["persons"], b["text"], first=not dated)


def group_apart(
    candidate: dict[str, Any],
    members: Sequence[dict[str, Any]],
    pool: Sequence[dict[str, Any]],
    *,
    first: bool = True,
) -> bool:
    """Whether a group (``members``, of which ``candidate`` is the report the document was
    matched to) stays apart from the reports joined so far (``pool``): any pair whose
    facts differ (:func:`facts_apart`), the candidate set apart from any of them by the
    persons test (:func:`persons_apart`), or at least half of the members set apart by it.

    Linkage by majority on the persons test only: that test reads who *else* a lead names,
    and a group of one news holds reports whose leads name others (a coach's firing told
    with the owner who fired him, the player who spoke of it); under complete linkage one
    such member -- or one wrongly joined earlier -- barred every later report of the news
    from its group (ECB+ topic 5: three reports of a coach's firing kept from the group
    of seven by one report of his hiring three years before). A fact that differs (a toll,
    a place) still bars the group from any single member.

    ``first=False``: the dated person join's reading (:mod:`dossier.kb.person_news`, reports
    published within a day), which leaves the first-person test out as
    :func:`reports_apart` does for dated reports. There too one report naming the day's
    producers, another the past hosts, had barred the tenth report of one host's
    announcement from the group of nine (ECB+ dev 536 -> 545 pairs with the tellings'
    majority, :func:`dossier.kb.tellings.told_alike_by_majority`; look-alikes 11 -> 11).

    The first-person test reads whose news each report tells from the headlines where both
    have one, and is not asked where neither has one (:func:`news_apart`, session 30): a
    page kept without its headline leads as often with the one who acts for the news's
    subject (the President who nominates) as with the subject."""
    if any(facts_apart(x, y) for x in members for y in pool):
        return True  # the candidate's facts too: it is one of the members

    def set_apart(x: dict[str, Any]) -> bool:
        return any(
            persons_apart(x["persons"], x["text"], y["persons"], y["text"], first=False)
            or (first and news_apart(x, y))
            for y in pool
        )

    if set_apart(candidate):
        return True
    against = sum(set_apart(x) for x in members if x is not candidate)
    return 2 * against >= len(members)


#: every publication day: the index range of an undated report's dated candidates
EVERY_DAY = ("0001-01-01", "9999-12-31")


def undated_groups(
    store: Store,
    record: dict[str, Any],
    text: str,
    persons: Sequence[str],
    names: Sequence[str],
    joined: Iterable[str],
    outlets: set[str],
    lead_sentences: int,
    title: str | None = None,
) -> set[str]:
    """The event groups an undated document (``record``: its ``document_groups`` row so
    far, with its lead's places and tolls; ``title``: its headline) joins by a person both
    leads name
    (``persons``, :func:`lead_persons`; ``names``: all its lead's names,
    :func:`lead_names`); ``joined``: groups it joins already, ``outlets``:
    the outlets of its own and those groups' reports (one outlet's second report of an
    event is its follow-up); ``lead_sentences``: the lead's length. Candidates by index
    (surname, no publication date)."""
    pool = [own_member(record, names, text, title)]
    found: set[str] = set()
    skip = set(joined)
    outlets = set(outlets)

    told_as = stored_telling(record)
    tellings = [told_as]
    #: the (group, report) pairs asked: a group refused through one of its reports is
    #: asked again through another that names the person (:func:`group_apart` reads the
    #: persons test from the report matched, and the first found may be the one report
    #: of the group that opens on someone else)
    asked: set[tuple[str, str]] = set()
    for person in persons:
        surname = person.split()[-1]
        # dated reports of the news (the outlets that kept their date line), any day: an
        # undated report could be any day's, so they join only told alike by most of them
        found_by = store.undated_actor_candidates(surname) + store.actor_candidates(
            surname, EVERY_DAY
        )
        for candidate in found_by:
            group = candidate["event_group"]
            if (
                candidate["document_id"] == record["document_id"]
                or group in skip
                or (group, candidate["document_id"]) in asked
                or not one_person_undated(person, candidate["actor"])
            ):
                continue
            asked.add((group, candidate["document_id"]))
            rows = store.event_group_rows(group)
            rows = [r for r in rows if r["document_id"] != record["document_id"]]
            theirs = [stored_telling(r) for r in rows]
            said_of = (person, candidate["actor"])
            if any(r["published"] or r["day"] for r in rows):
                if not told_alike_by_majority(stored_telling(candidate), theirs, tellings, said_of):
                    continue  # a dated report: an undated one could be any day's look-alike
            elif not person_told_alike(stored_telling(candidate), told_as, said_of):
                # one person's other news, years apart: the coach hired, and the same coach
                # fired three years later, each lead naming him (ECB+ dev, session 30)
                continue
            held = {r["outlet"] for r in rows if r.get("outlet")}
            if held & outlets:
                continue
            members = [lead_member(store, r, lead_sentences) for r in rows]
            mine_there = next(
                (m for m in members if m["document_id"] == candidate["document_id"]), None
            )
            if mine_there is None or group_apart(mine_there, members, pool):
                continue
            pool += members
            tellings += theirs
            found.add(group)
            skip.add(group)
            outlets |= held
    return found


#: what marks a participant's index key in ``document_actors`` (:func:`participant_keys`):
#: no person's surname starts with it, so the person joins' lookups never meet these keys
PARTICIPANT = "+"
#: the words of a name that say what kind of place or body it is, not which one: every
#: park, street, county or club has them, so sharing one is no evidence of one news
PLACE_KINDS = frozenset(
    """mount mountain national park county city town village street avenue road boulevard
    square island river lake valley state region district province north south east west
    northern southern eastern western central upper lower international club center centre
    hospital school college university airport station church bridge hotel""".split()
)
#: the labels of the names a lead's happening is told with besides persons: its places
#: below a region and the organisations and buildings it names
PARTICIPANT_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG"})


def lead_participants(mentions: Sequence[dict[str, Any]], end: int) -> list[str]:
    """The words of the names other than persons that a lead (text before ``end``) gives --
    its towns, mountains, stores, teams, agencies -- less the words of place kinds
    (:data:`PLACE_KINDS`), the generic words of organisations
    (:data:`dossier.names.GENERIC_CLASSES`) and the names of countries and first-level
    regions (:func:`dossier.geo.breadth`), in the order given. An undated report of news
    that is no incident (a climber's fall, a store's hit-and-run told as a charge, a
    team's firing of its coach) names no person in full as often as not; what two reports
    of it share is where it happened and who took part ("Mt Cook" and "Mount Cook": the
    word "cook"). A country is where any look-alike happened too."""
    from dossier import geo
    from dossier.names import GENERIC_CLASSES

    found: list[str] = []
    for mention in mentions:
        if mention["start"] >= end:
            break
        if mention["label"] not in PARTICIPANT_LABELS or body_key(mention["text"]):
            continue
        if geo.breadth(mention["text"]) > 0:
            continue
        for word in NAME_WORD.findall(unidecode(mention["text"]).lower()):
            if (
                len(word) >= 4
                and word not in PLACE_KINDS
                and word not in GENERIC_CLASSES
                and word not in found
            ):
                found.append(word)
    return found


def participant_keys(participants: Iterable[str]) -> list[tuple[str, None]]:
    """The ``document_actors`` keys an undated report is found by through its lead's
    participants (:func:`lead_participants`), with no day: ``+cook``."""
    return [(f"{PARTICIPANT}{word}", None) for word in participants]


#: the share of the shorter telling's stems two undated reports of news that is no incident
#: must have in common (:func:`undated_news_groups`, the names of persons left out): the
#: person join's quarter. ECB+ dev (replays over one ingest, in its order): 575 pairs
#: before; at a fifth or a quarter 612, at a third 600, at a half 592; look-alike pairs 11
#: at each
NEWS_TELLING = 0.25


def undated_news_groups(
    store: Store,
    record: dict[str, Any],
    text: str,
    participants: Sequence[str],
    names: Sequence[str],
    joined: Iterable[str],
    outlets: set[str],
    lead_sentences: int,
    title: str | None = None,
) -> set[str]:
    """The event groups an undated document (``record``: its ``document_groups`` row so far,
    with its lead's places, tolls and telling; ``title``: its headline) joins by what its
    lead names besides persons (``participants``, :func:`lead_participants`; ``names``: its
    lead's persons, :func:`lead_names`) where it or the report found has no incident: news
    of another kind than the incidents the extractor types (a fall on a mountain, a coach
    fired, a hit-and-run told as the driver's charge). Two undated reports of such news join
    when their leads name one participant, most pairs of the two groups' tellings share
    :data:`NEWS_TELLING` of their stems (the persons' names left out,
    :func:`dossier.kb.tellings.told_alike_by_majority`), and nothing sets them apart: tolls
    or specific places that differ anywhere, or persons that make it another person's news
    (:func:`group_apart`: the climber who fell one year and the one who fell the next, each
    lead naming its own). ``joined``: groups it joins already; ``outlets``: the outlets of
    its own and those groups' reports (an outlet's second report is its follow-up).
    Candidates by index (``document_actors``: :func:`participant_keys`, no publication
    date); dated reports never reach this."""

    skip = set(joined)
    # complete linkage: the groups it joins already (its own story's copies among them)
    # are held to the same tests, and a copy that kept its date makes the news dated
    held_rows = other_reports(store, sorted(skip), record["document_id"])
    if any(r["published"] or r["day"] for r in held_rows):
        return set()
    pool = [own_member(record, names, text, title)] + [
        lead_member(store, r, lead_sentences) for r in held_rows
    ]
    found: set[str] = set()
    outlets = set(outlets)
    #: whether the reports joined so far hold an incident: two groups of incidents are
    #: the incident join's to compare (types, places, tolls), never this one's
    typed = any(r.get("type") for r in pool)
    told_as = stored_telling(record)
    tellings = [told_as, *(stored_telling(r) for r in held_rows)]
    for key, _day in participant_keys(participants):
        for candidate in store.undated_actor_candidates(key):
            group = candidate["event_group"]
            if candidate["document_id"] == record["document_id"] or group in skip:
                continue
            skip.add(group)
            rows = other_reports(store, [group], record["document_id"])
            if any(r["published"] or r["day"] for r in rows):
                continue
            if typed and any(r.get("type") for r in rows):
                continue  # incidents on both sides: the incident join's to decide
            held = {r["outlet"] for r in rows if r.get("outlet")}
            if held & outlets:
                continue
            read = members_told_alike(
                store, candidate, rows, names, tellings, NEWS_TELLING, lead_sentences
            )
            if read is None:
                continue
            theirs, members, matched = read
            if group_apart(matched, members, pool):
                continue
            pool += members
            tellings += theirs
            found.add(group)
            outlets |= held
            typed = typed or any(r.get("type") for r in rows)
    return found
