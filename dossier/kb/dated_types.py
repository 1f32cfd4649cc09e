"""One dated incident told under two types: a foiled attack and the capture that foiled it.

A navy that thwarts an attack and captures the attackers is one incident, and each outlet
leads with its own verb: "thwarted a multi-boat attack by pirates ... rescued 26" (ASSAULT)
against "apprehending 26 Somali pirates" (COERCE/arrest) or "seized arms" (COERCE/seize).
The incident join compares one type and mode at a time (:func:`dossier.kb.event_merge.
compatible`), so such reports stayed in separate groups even on one day and at one place.
The undated join already reads them as one on a strong number alone
(:func:`dossier.kb.undated_reports.told_as_another_type`); dated reports need more, as a
day holds many incidents: a specific place both leads name, a number of
:data:`dossier.kb.event_merge.STRONG_TOLL` or more in both, never a harm toll against a
count of another kind (10 killed in an operation and 10 arrested in a raid in one district
on one day are two acts), and every other test of :func:`compatible`.
"""

from __future__ import annotations

from dataclasses import replace

from dossier.kb.event_merge import (
    STRONG_TOLL,
    Incident,
    compatible,
    specific_places,
    tolls_differ,
)
from dossier.kb.undated_reports import ONE_INCIDENT_TYPES, tolls_apart

#: measures of harm done: a number told as one of these is the toll of an act, never the
#: count of a capture that happens to share it
HARM_MEASURES = frozenset({"killed", "wounded", "injured", "martyred", "dead", "hurt", "executed"})


def _measures(figures: frozenset[str]) -> dict[str, set[str]]:
    """A lead's tolls by number: ``{"26": {"captured", "count"}}``."""
    found: dict[str, set[str]] = {}
    for figure in figures:
        measure, _sep, value = figure.rpartition(":")
        found.setdefault(value, set()).add(measure)
    return found


def _told_alike(mine: set[str], theirs: set[str]) -> bool:
    """Whether one number's measures in two leads can count the same people: the same
    measure, or neither a harm toll (a capture, a rescue, a bare count)."""
    return bool(mine & theirs) or not (mine | theirs) & HARM_MEASURES


def strong_count_shared(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two leads give a number of :data:`STRONG_TOLL` or more under measures that
    can count the same people (:func:`_told_alike`)."""
    mine, theirs = _measures(a), _measures(b)
    return any(
        float(value) >= STRONG_TOLL and _told_alike(mine[value], theirs[value])
        for value in mine.keys() & theirs.keys()
    )


def compatible_as_another_type(a: Incident, b: Incident, max_days: int) -> bool:
    """Whether two incidents, one dated at least, of different types or modes of
    :data:`ONE_INCIDENT_TYPES` can be one: a specific place in common (both leads name
    one), no tolls apart, and all else :func:`compatible` asks (days at most ``max_days``
    apart, roles, places, regions). What complete linkage asks of two members of a group
    (no evidence of identity: one told "thwarted a multiple-boat attack" with no count, the
    other "apprehending 26 pirates", at one place on one day)."""
    if a.day is None and b.day is None:
        return False  # undated reports: undated_reports.told_as_another_type
    if (a.day is None) != (b.day is None):
        # a dated and an undated copy of the news (ECB+'s pages that lost their date
        # line): compared as if on the dated one's day, one measure's values in common
        if tolls_differ(a.figures, b.figures):
            return False
        a, b = replace(a, day=a.day or b.day), replace(b, day=a.day or b.day)
    ra, rb = a.report, b.report
    if ra.type not in ONE_INCIDENT_TYPES or rb.type not in ONE_INCIDENT_TYPES:
        return False
    if ra.type == rb.type and (not ra.mode or not rb.mode or ra.mode == rb.mode):
        return False  # one type, modes that agree: the ordinary tests decide
    if not specific_places(a) & specific_places(b) or tolls_apart(a.figures, b.figures):
        return False
    as_a = replace(b, report=replace(rb, type=ra.type, mode=ra.mode))
    return compatible(a, as_a, max_days)


def dated_told_as_another_type(a: Incident, b: Incident, max_days: int) -> bool:
    """Whether two dated incidents of different types or modes of
    :data:`ONE_INCIDENT_TYPES` are one incident told two ways: compatible so
    (:func:`compatible_as_another_type`) and a number of :data:`STRONG_TOLL` or more
    counted alike in both leads (:func:`strong_count_shared`), the evidence of identity."""
    if a.day is None or b.day is None:
        return False  # evidence between dated reports only; linkage reads across
    return strong_count_shared(a.figures, b.figures) and compatible_as_another_type(a, b, max_days)
