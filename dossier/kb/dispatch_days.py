"""The day of a wire dispatch: what an undated act in its lead was done on.

An agency's dispatch opens with a dated dateline ("ISLAMABAD, Mar 04 (APP):Interior Minister
Mohsin Naqvi has praised the security forces ..."). Its lead often names no weekday for the
act (the dispatch is that day's news), so the statement join
(:func:`dossier.kb.event_groups.assign_event_group`, ``document_actors``), which joins two reports
of one person's act only on one named day, left it out: a lead that names no day joins no
one, because without a day the same minister's acts of adjacent days were joined. The
dateline's date is a day, the day the dispatch was filed -- and it is not always the
publication day the archive gives (12 of the 461 APP dispatches of the archive are published
the day after their dateline's date; "Mar 04" above is published on 5 March).
"""

from __future__ import annotations

from datetime import date

from dossier.clean.dateline import dateline_date, parse_dateline

#: the most days a dateline's date may lie before the publication day: a dispatch is
#: published the day it is filed or the next (a later one is some other date in the head)
DISPATCH_DAYS = 1


def dispatch_day(text: str, published: str | None) -> str | None:
    """The date of a dispatch's dated dateline ("ISLAMABAD, Mar 04 (APP):"), where it lies
    on the publication day or up to :data:`DISPATCH_DAYS` before it; else None (no
    dateline, an undated one, a newspaper's "PESHAWAR:", no publication day)."""
    if not published:
        return None
    found = parse_dateline(text)
    if found is None or found.month is None:
        return None
    day = dateline_date(found, text, published[:10])
    if day is None:
        return None
    gap = (date.fromisoformat(published[:10]) - date.fromisoformat(day)).days
    return day if 0 <= gap <= DISPATCH_DAYS else None


def dispatch_dated(
    actors: list[tuple[str, str | None]], text: str, published: str | None
) -> list[tuple[str, str | None]]:
    """A lead's actors (:func:`dossier.kb.lead_speakers._lead_actors`: each with the day the lead
    says it acted, or None), those with no day given the dispatch's day
    (:func:`dispatch_day`), where the document is a dated dispatch."""
    if all(acted for _name, acted in actors):
        return actors
    day = dispatch_day(text, published)
    return [(name, acted or day) for name, acted in actors]
