"""Dated news that is no incident: one event when both leads name the same small place.

The extractor types the incidents of the event standard (attacks, arrests, seizures); much
news is of another kind -- a climber's fall, a death in a hit-and-run, a foiled piracy
attempt told in words the rules do not type -- and its article has no main incident. Dated
reports of such news join only by a person both leads name in full
(:mod:`dossier.kb.person_news`), and many leads name none: "A second man has fallen to his
death in Aoraki Mount Cook National Park", "Two men have died in separate climbing accidents
at Mt Cook this weekend". What two such reports share is where it happened. Undated reports
of such news already join by what both leads name besides persons
(:func:`dossier.kb.undated_reports.undated_news_groups`); this is the dated reading, held to
the publication days and to places only.

The rule: two dated reports, at least one of them with no main incident (two incidents are
the incident join's to compare: types, places, tolls), join when

* their leads (first two sentences) name one **small place** (:func:`lead_place_words`): a
  place, site or building the tagger reads as one (GPE, LOC, FAC) below a region, never
  the dateline's place (where the report was filed) and never a large city the gazetteer
  holds (:func:`large_place`: a city of 100,000 or more hosts many
  unrelated stories a day -- a mountain, a gulf, a neighbourhood, a building few); by the
  words of its name less the words of kinds ("Mt Cook" and "Aoraki Mount Cook National
  Park" share "cook");
* they were published at most ``incident_days`` apart (complete linkage: every report of
  the group joined within that window of the document);
* their tellings (headline and first sentence, the persons' names left out) share
  :data:`PLACE_NEWS_TELLING` (a third) of the shorter's stems: the report the place was
  found in, and most pairs of the group's and the joined reports
  (:func:`dossier.kb.tellings.told_alike_by_majority`);
* nothing sets them apart (:func:`group_placed_apart`): tolls with no number in common, or
  leads whose places share no word, in any pair; or each lead naming a person the other
  report never names (the report matched, or half the group);
* a reaction or a follow-up never joins a report of an incident
  (:func:`dossier.kb.person_news._reaction_and_report`), and one outlet's second report
  never joins (an outlet's follow-up is its thread).

A report with no date never reaches this rule: between a dated and an undated report a
place in common is what any year's look-alike shares (ECB+ dev: 55 look-alike pairs of the
Oscar hosts, the Sixers' coaches and the pirates' captures would pass the same tests
across dated and undated reports, against 9 same-event ones).

Candidates by index (``document_actors``: the place words under
:data:`~dossier.kb.undated_reports.PARTICIPANT`, with the publication day), never a scan.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from unidecode import unidecode

from dossier.kb.event_merge import other_reports, row_values
from dossier.kb.lead_names import NAME_WORD, body_key
from dossier.kb.person_news import _reaction_and_report
from dossier.kb.reactions import REACTED
from dossier.kb.tellings import JOIN_TELLING, stored_telling
from dossier.kb.undated_reports import (
    PARTICIPANT,
    PLACE_KINDS,
    lead_member,
    members_told_alike,
    own_member,
    persons_apart,
    place_words,
    tolls_apart,
)
from dossier.store.base import Store

#: the labels of the names a lead's place is told with: places and sites, not bodies (an
#: organisation acts in many unrelated leads a day: see the statement join's bodies)
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: the share of the shorter telling's stems (the persons' names left out) two dated reports
#: must have in common: the incident join's third (:data:`dossier.kb.tellings.JOIN_TELLING`),
#: not the undated participant join's quarter. Dated archives pack a day's related news
#: around one frontier: at a quarter, the April slice joined the army chief's warning to
#: India (a lead that names the shelling across the Line of Control) with the agency's
#: report of the night's retaliation there (7 of 25 stems, 0.28); the ECB+ dev pairs the
#: join makes share a third or more (0.33 to 0.78)
PLACE_NEWS_TELLING = JOIN_TELLING
#: the fewest letters of a place word that counts ("Mt", "Hill" -- kinds and abbreviations
#: name no place by themselves)
PLACE_WORD_LETTERS = 4


#: the population from which a place hosts many unrelated stories a day (the bar of
#: :data:`dossier.kb.name_types.PLACE_MIN_POPULATION`: a large city is a place whatever the
#: model's vote)
LARGE_PLACE = 100_000


def large_place(name: str, gazetteer: Any) -> bool:
    """Whether the gazetteer holds ``name`` as a large place: every record of it that
    populous, or all its records in one country and the largest that populous (the reading
    of :func:`dossier.kb.name_types.gazetteer_place`, which this module does not import: the
    resolver loads the language model). "Lahore", "Queens"; not "Richmond Hill" (a
    Canadian city's name and a New York neighbourhood's) nor "Aoraki"."""
    found = gazetteer.candidates(name)
    if not found:
        return False
    if all((p.population or 0) >= LARGE_PLACE for p in found):
        return True
    biggest = max((p.population or 0) for p in found)
    return len({p.country for p in found}) == 1 and biggest >= LARGE_PLACE


def lead_place_words(
    mentions: Sequence[dict[str, Any]], end: int, dateline: str | None = None
) -> list[str]:
    """The words of the small places a lead (text before ``end``) names, in order: places,
    sites and buildings (:data:`PLACE_LABELS`) below a region (:func:`dossier.geo.breadth`),
    less the dateline's place (where the report was filed, named in every report the
    outlet files there) and the large places the gazetteer holds (:func:`large_place`: a
    city, by its whole name or as a word of a site's, "Lahore Fort"), each name's words
    less those of kinds (:data:`~dossier.kb.undated_reports.PLACE_KINDS`), the generic
    words of bodies (:data:`dossier.names.GENERIC_CLASSES`) and words under
    :data:`PLACE_WORD_LETTERS` letters."""
    from dossier import geo
    from dossier.names import GENERIC_CLASSES

    gazetteer = geo.load_gazetteer()
    filed = (dateline or "").strip().lower()
    found: list[str] = []
    for mention in mentions:
        if mention["start"] >= end:
            break
        text = mention["text"]
        if mention["label"] not in PLACE_LABELS or body_key(text):
            continue
        if (filed and text.strip().lower() == filed) or geo.breadth(text) > 0:
            continue
        if large_place(text, gazetteer):
            continue
        for word in NAME_WORD.findall(unidecode(text).lower()):
            if (
                len(word) >= PLACE_WORD_LETTERS
                and word not in PLACE_KINDS
                and word not in GENERIC_CLASSES
                and word not in found
                and not large_place(word, gazetteer)
            ):
                found.append(word)
    return found


def place_keys(words: Iterable[str]) -> list[tuple[str, None]]:
    """The ``document_actors`` keys a dated report is found by through its lead's small
    places (:func:`lead_place_words`): ``+cook``, indexed with its publication day (an
    undated report's participant keys have none, so neither lookup meets the other's)."""
    return [(f"{PARTICIPANT}{word}", None) for word in words]


def facts_apart_by_words(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two dated reports (``document_groups`` rows) state facts of two events:
    tolls with no number in common (:func:`dossier.kb.undated_reports.tolls_apart`), or
    leads whose places share no word (:func:`dossier.kb.undated_reports.place_words`, the
    words of kinds left out). Read by words, not whole names, because the join's evidence
    is a word of one place: "Mt Cook" in one lead and "Aoraki Mount Cook National Park" in
    the next are one place told twice, which
    :func:`dossier.kb.undated_reports.facts_apart` (whole names) holds apart."""
    if tolls_apart(row_values(a, "figures"), row_values(b, "figures")):
        return True
    wa, wb = place_words(a), place_words(b)
    return bool(wa and wb and wa.isdisjoint(wb))


def group_placed_apart(
    candidate: dict[str, Any], members: Sequence[dict[str, Any]], pool: Sequence[dict[str, Any]]
) -> bool:
    """Whether a group (``members``, ``candidate`` the report the place was found in) stays
    apart from the reports joined so far (``pool``): any pair whose facts differ
    (:func:`facts_apart_by_words`), the candidate set apart from any of them by the persons
    test (each lead naming a person the other report never names,
    :func:`dossier.kb.undated_reports.persons_apart` without the first-person test, as
    for dated reports), or at least half of the members set apart by it -- the linkage of
    :func:`dossier.kb.undated_reports.group_apart`, with places read by their words."""
    if any(facts_apart_by_words(x, y) for x in members for y in pool):
        return True

    def set_apart(x: dict[str, Any]) -> bool:
        return any(
            persons_apart(x["persons"], x["text"], y["persons"], y["text"], first=False)
            for y in pool
        )

    if set_apart(candidate):
        return True
    against = sum(set_apart(x) for x in members if x is not candidate)
    return 2 * against >= len(members)


def place_news_groups(
    store: Store,
    record: dict[str, Any],
    text: str,
    words: Sequence[str],
    names: Sequence[str],
    window: tuple[str, str],
    joined: Iterable[str],
    outlets: set[str],
    lead_sentences: int,
    title: str | None = None,
) -> set[str]:
    """The event groups a dated document (``record``: its ``document_groups`` row so far,
    with its lead's places, tolls and telling; ``title``: its headline) joins by a small
    place both leads name (``words``: :func:`lead_place_words`; ``names``: its lead's
    persons, :func:`dossier.kb.undated_reports.lead_names`), published in ``window``;
    ``joined``: groups it joins already, ``outlets``: the outlets of its own and joined
    reports. See the module's rule."""
    if (record.get("type") or "").startswith(REACTED):
        return set()  # a reaction or a follow-up joins its incident's thread, not its group
    skip = set(joined)
    held_rows = other_reports(store, sorted(skip), record["document_id"])
    #: the reports joined so far as group members (:func:`lead_member`), read only when a
    #: candidate reaches the persons test: most documents find no candidate, and a
    #: candidate's text is never read for the tests its row answers
    pool: list[dict[str, Any]] = []

    def members_so_far() -> list[dict[str, Any]]:
        if not pool:
            pool.append(own_member(record, names, text, title))
            pool.extend(lead_member(store, r, lead_sentences) for r in held_rows)
        return pool

    joined_rows = [record, *held_rows]
    outlets = set(outlets) | {r["outlet"] for r in held_rows if r.get("outlet")}
    #: whether the reports joined so far hold an incident: two groups of incidents are the
    #: incident join's to compare, never this one's
    typed = any(r.get("type") for r in joined_rows)
    tellings = [stored_telling(record), *(stored_telling(r) for r in held_rows)]
    found: set[str] = set()
    for key, _day in place_keys(words):
        for candidate in store.actor_candidates(key, window):
            group = candidate["event_group"]
            if candidate["document_id"] == record["document_id"] or group in skip:
                continue
            skip.add(group)
            rows = other_reports(store, [group], record["document_id"])
            if not all(r["published"] and window[0] <= r["published"] <= window[1] for r in rows):
                continue  # complete linkage: every report within the document's window
            if typed and any(r.get("type") for r in rows):
                continue  # incidents on both sides: the incident join's to decide
            if any((r.get("type") or "").startswith(REACTED) for r in rows):
                continue  # a reaction or a follow-up: its own statement, the thread's
            if any(_reaction_and_report(x, y) for x in rows for y in joined_rows):
                continue  # a reaction and the incident it names: one thread, two events
            held = {r["outlet"] for r in rows if r.get("outlet")}
            if held & outlets:
                continue
            read = members_told_alike(
                store, candidate, rows, names, tellings, PLACE_NEWS_TELLING, lead_sentences
            )
            if read is None:
                continue
            theirs, members, matched = read
            if group_placed_apart(matched, members, members_so_far()):
                continue
            pool += members
            joined_rows += rows
            tellings += theirs
            found.add(group)
            outlets |= held
            typed = typed or any(r.get("type") for r in rows)
    return found
