"""Which stored incidents a document's incident join needs to compare at all (issue 19).

The incident join (:func:`dossier.kb.event_groups.assign_event_group`, its ``matching``)
reads every stored main incident of the document's type in the join's days and, for each,
builds the incident, fetches its event report and compares the two. As articles per day
grow, that is every same-type report of the window -- 10 candidates a document on a small
store, 140 on the 30k run -- although nearly all of them can be nothing to it: a dated
report joins a group, or goes to its storyline, only on

* a specific place both leads name once told at one level (``same_incident`` after
  :func:`dossier.kb.lead_incident.one_level`, which rewrites a place only to a run of its
  own words: "tirah khyber" to "khyber"), so the two sides' place keys share a word;
* a toll in common (``same_incident``'s strong toll);
* an age in common (:func:`dossier.kb.lead_ages.age_in_common`);
* for a reaction, a follow-up or a background incident, shared telling words
  (:func:`dossier.kb.tellings.one_telling` asks a share of the shorter telling, so at
  least one word);
* two little-known people named alike (:mod:`dossier.kb.named_alike`), which needs the
  document to name two people in full at all.

:func:`may_match` asks exactly these, on the ``document_groups`` row alone (no event report
read, no incident built), and is true for every row the full comparison could join or link:
a necessary condition, so the join's outputs are those of comparing every candidate. What
it cannot key it keeps: an undated row and a row whose telling was not kept. Where the
document names two little-known people, a row sharing none of these keys is kept if its
document names two of them too (:func:`dossier.kb.named_alike.may_name_alike`, one store
read for every candidate document: a necessary condition of the named-alike evidence, so
the outputs are again those of comparing every candidate)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dossier.kb.event_merge import Incident, row_places, row_values, specific_places


@dataclass(frozen=True, slots=True)
class MatchKeys:
    """What a document's incident offers its candidates to share: the words of its specific
    places (folded, as :func:`dossier.kb.event_merge.row_places` folds them), its tolls,
    the ages its lead gives and its telling words."""

    place_words: frozenset[str]
    figures: frozenset[str]
    ages: frozenset[str]
    told: frozenset[str]


def match_keys(incident: Incident, told_as: frozenset[str]) -> MatchKeys:
    """The keys of a document's main incident (``told_as``: its telling words)."""
    return MatchKeys(
        place_words=frozenset(w for p in specific_places(incident) for w in p.split()),
        figures=incident.figures,
        ages=incident.ages,
        told=told_as,
    )


def may_match(keys: MatchKeys, row: dict[str, Any], told_only: bool) -> bool:
    """Whether a stored ``document_groups`` row could be joined or linked by the incident
    join at all: undated (not keyed here), or sharing a place word, a toll or an age with
    the document's incident, or -- where the join links by words only (``told_only``: a
    reaction, a follow-up, a background incident) -- a telling word, its telling unknown
    counting as shared. Named-alike evidence is the caller's: it also keeps the rows whose
    document :func:`dossier.kb.named_alike.may_name_alike` keeps."""
    if row.get("day") is None:
        return True
    if keys.figures & row_values(row, "figures") or keys.ages & row_values(row, "ages"):
        return True
    if keys.place_words and any(
        keys.place_words.intersection(p.split()) for p in row_places(row, located=True)
    ):
        return True
    if told_only:
        telling = row.get("telling")
        return telling is None or bool(keys.told.intersection(telling.split()))
    return False
