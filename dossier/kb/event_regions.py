"""The first-level region (province, state) of an event report's place.

A locality the gazetteer lacks ("Phulgran Police Station", "near Fateh Chowk, Hyderabad")
still lies in a region its sentence tells: the town written after it and a comma, the
province its sentence names, the town in the name of the force that acted. The region keeps
two reports with different places from being bridged into one event
(:func:`_regions_differ`) and is stored with the report (``location_admin1``), so the map and
the disputes see where a locality is before the article's other places say.
"""

from __future__ import annotations

import re

from dossier.geo import key, load_gazetteer, name_runs, names_local_force, small_town_abroad
from dossier.kb.event_merge import EventReport
from dossier.kb.event_places import DocumentPlaces
from dossier.records import EventMention, Mention


def _regions_differ(
    new: EventReport,
    other: EventReport,
    keys: tuple[str | None, str | None],
    places: DocumentPlaces,
) -> bool:
    """Whether two reports each state a place of their own (their sentences name it) that the
    document resolves to different first-level regions or countries ("separatist groups in
    Balochistan also launched several major attacks" and "two attacks occurred in North
    Waziristan"). A report with no place must not bridge them into one event: it joins
    whichever was told last, and the event takes the first one's place. :func:`places_differ`
    compares only specific places (districts, towns), so a province against a district of
    another province passed. ``keys``: the two reports' location keys. A place the document
    does not resolve (a locality the gazetteer lacks) differs from nothing here."""
    if not (new.location and other.location) or new.location == other.location:
        return False
    one, two = (places.resolved.get(k or "") for k in keys)
    if one is None or two is None:
        return False
    if "PCLI" in (one.feature, two.feature):
        return one.country != two.country
    return (one.country, one.admin1) != (two.country, two.admin1)


def _sentence_regions(
    places: DocumentPlaces, event: EventMention, finer: bool = False
) -> list[tuple[str, str]]:
    """(country, region) of each first-level region the event's sentence names as resolved in
    its document ("Khyber Pakhtunkhwa's Swat district"): where a locality the gazetteer
    lacks lies, before the article's other places say. With ``finer`` (the event's own place
    is such a locality), where the sentence names no region, the one region of the districts
    and towns it names besides the dateline ("in Hassan Khel area of North Waziristan", "near
    Zero Point in Khuzdar"): a wire filed from Islamabad about an operation in a named
    district puts the locality in that district's region, not in the article's most
    frequent one (the federal capital of its statements)."""
    sentences = places.analyzed.sentences
    if not 0 <= event.sentence < len(sentences):
        return []
    sentence = sentences[event.sentence]
    found = []
    nearby: set[tuple[str, str]] = set()
    dateline = places.dateline
    text = places.analyzed.document.text
    for mention in places.tagged:
        if dateline is not None and mention.start == dateline.start:
            continue  # "ISLAMABAD, Apr 28 (APP):" is where the wire files from
        if sentence.start <= mention.start and mention.end <= sentence.end:
            place = places.resolved.get(mention.key)
            owner = _OWNER.match(mention.text)
            if place is None and owner:  # "Khyber Pakhtunkhwa’s Swat" tagged as one name
                regions = load_gazetteer().candidates(owner.group(1))
                if regions and all(p.feature == "ADM1" for p in regions):
                    place = regions[0] if len({p.country for p in regions}) == 1 else None
            if place is not None and place.feature == "ADM1" and place.admin1:
                found.append((place.country, place.admin1))
            elif (
                place is not None
                and place.feature != "PCLI"
                and place.admin1
                and not _FROM.search(text, max(0, mention.start - 12), mention.start)
            ):
                nearby.add((place.country, place.admin1))
    if not found and finer and len(nearby) == 1:
        found = list(nearby)
    if not found:
        # "The Islamabad Capital Police arrested a man ... in the jurisdiction of Phulgran
        # Police Station": the town in the name of a force the sentence names (in a country
        # the document places), where the sentence names no region; one region only
        text = places.analyzed.document.text
        countries = {p.country for p in places.resolved.values()}
        towns = set()
        for m in places.analyzed.mentions:
            if m.label != "ORG" or not (sentence.start <= m.start and m.end <= sentence.end):
                continue
            if not names_local_force(m.text):
                continue  # a force's name only: "Azad Jammu and Kashmir" holds no town
            for name in _capitalised_runs(text[m.start : m.end]):  # the longest name first
                found_in = [
                    p
                    for p in load_gazetteer().candidates(name)
                    if p.admin1 and p.feature.startswith("PPL") and p.country in countries
                ]
                if found_in:
                    towns |= {(p.country, p.admin1) for p in found_in}
                    break
        found = list(towns) if len(towns) == 1 else []
    return found


def _locality(places: DocumentPlaces, place: Mention) -> bool:
    """Whether an event's place is a locality the gazetteer lacks, so its sentence's districts
    and towns say where it lies (:func:`_sentence_regions` with ``finer``): a name the document
    does not resolve, or one it resolves only to a small town abroad in a country the
    article names nowhere else ("the Mandan police station in Bannu": Mandan, North Dakota)."""
    own = places.resolved.get(place.key)
    if own is None:
        return True
    others = {p.country for k, p in places.resolved.items() if k != place.key}
    return small_town_abroad(own, others)


#: "from" just before a name: a route's start or where someone came from ("a bus
#: transporting FC personnel from Karachi to Turbat in Behan area"), not where a locality lies
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)


def _capitalised_runs(name: str) -> list[str]:
    """The runs of one to three capitalised words of a name that are not an institution's
    words, longest first ("Islamabad Capital Police": "Islamabad"; not "Police", a town of
    Poland): :func:`dossier.geo.name_runs` over the name's words, as the event extractor
    runs it over a force's tokens."""
    words = name.split()
    runs = name_runs(words, lambda w: w[:1].isupper() and w.lower() not in _INSTITUTION)
    return [" ".join(words[start:stop]) for start, stop in runs]


#: words of an institution's name that are also towns' names somewhere ("Police", Poland)
_INSTITUTION = frozenset(
    "police station court capital city district department force corps agency circle wing "
    "branch directorate authority university hospital club press high anti corruption "
    "immigration levies rangers".split()
)


def _town_after(places: DocumentPlaces, place: Mention) -> list[tuple[str, str]]:
    """(country, region) of the town or district written after the place and a comma ("near
    Fateh Chowk, Hyderabad", "in Jatial, Gilgit"): its record as resolved in the document,
    else its records in the countries the document's places lie in, where they share one
    region. Where a locality the gazetteer lacks lies, before the sentence's or the
    article's other places say (an ANF round-up filed from Rawalpindi lists seizures across
    the country; the model often tags the locality and not the town after it)."""
    text = places.analyzed.document.text
    after = _NAME_AFTER_COMMA.match(text, place.end)
    if after is None:
        return []
    name = after.group(1).strip()
    town = places.resolved.get(key(name))
    if town is not None:
        found = [town]
    else:
        countries = {p.country for p in places.resolved.values()}
        found = [p for p in load_gazetteer().candidates(name) if p.country in countries]
    regions = {(p.country, p.admin1) for p in found if p.admin1 and p.feature != "PCLI"}
    return list(regions) if len(regions) == 1 else []


#: ", Hyderabad" after a place: the capitalised name after its comma, up to four words
_NAME_AFTER_COMMA = re.compile(r", ((?:[A-Z][\w'’-]*(?: |(?=[\s,.;:)]|$))){1,4})")


#: the owner of a possessive name: "Khyber Pakhtunkhwa’s Swat"
_OWNER = re.compile(r"^(.+?)[’']s\s+\S")
