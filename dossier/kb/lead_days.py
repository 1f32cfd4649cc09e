"""The day of the incident an article leads with, for its acts told further down.

A wire story dates its incident once, in the lead ("Israeli airstrikes killed at least 54
Palestinians across the Gaza Strip on Thursday, including 11 people in a tent encampment"),
and tells more of it paragraphs later with no day ("Other Israeli airstrikes killed at least 43
Palestinians, including six in the interior ministry headquarters"). The continuation rule
(:func:`dossier.kb.event_days._earlier_day`) looks a few sentences back, so quotes and
reactions told between leave such an act with the two days before the report, where an ACLED
coder dates it as the lead's incident. :func:`lead_day` lends the lead's day across any
distance, but only while the article stays on that day and that incident: no sentence between
opens another incident ("In another attack", "Meanwhile") or gives any other time ("last
month", "on March 18", "Later on Thursday"), and the act is of the lead's type, by the lead's
actors, told as having happened and not as background ("has killed").

Pure functions over one analysed document; :func:`dossier.kb.event_reports.store_event` calls
it for an act with no date of its own, after the nearer continuation rules.
"""

from __future__ import annotations

import re

from dossier import geo
from dossier.clean.dateline import parse_dateline
from dossier.kb.event_days import _PERFECT, _same_actors, _time_of, dates_a_report
from dossier.kb.event_merge import REPORTED, THREAD_INCIDENT_TYPES
from dossier.kb.incident_breaks import opens_new_incident, recalls
from dossier.records import AnalyzedDocument, EventMention, TimeExpr

#: words that step back from the news to an earlier act ("just three days earlier, a deadly
#: IED explosion rocked ...", "a week ago", "had previously"): a relative time the date
#: rules could not resolve is still another time than the lead's
_STEPS_BACK = re.compile(r"\b(?:earlier|ago|previously|recently|before)\b", re.IGNORECASE)
#: how many sentences of an article's opening (after a dateline alone) may tell its lead
LEAD_SENTENCES = 2


def _lead(analyzed: AnalyzedDocument, kind: str) -> tuple[int, EventMention, TimeExpr] | None:
    """The lead's act of type ``kind`` with its own day: the first of the opening
    :data:`LEAD_SENTENCES` sentences that tells one, told as having happened and dated by
    its own words to one day (not by a report's verb: "..., police said on Wednesday" bounds
    the act, it does not date it)."""
    text = analyzed.document.text
    dateline = parse_dateline(text)
    told = 0
    for index, sentence in enumerate(analyzed.sentences):
        if dateline is not None and sentence.end <= dateline.end + 1:
            continue  # "CAIRO:" alone
        told += 1
        if told > LEAD_SENTENCES:
            return None
        for event in analyzed.events:
            if (
                event.sentence != index
                or event.type != kind
                or event.modality not in REPORTED
                or event.time_of_report
            ):
                continue
            day = _time_of(event.time, analyzed.times)
            if (
                day is not None
                and day.precision == "day"
                and day.value_start
                and day.value_start == day.value_end
                and not dates_a_report(text, sentence.start, day)
            ):
                return index, event, day
    return None


def _elsewhere(analyzed: AnalyzedDocument, event: EventMention, lead: EventMention) -> bool:
    """Whether the act is placed at another town than the lead's (its own place, else the
    dateline's: "QUETTA: At least three people ... were killed in a bomb blast on a major
    road of the provincial capital on Thursday"): both name a place the gazetteer holds as a
    district, town or village (not a region or country: "across the Gaza Strip" holds
    "Khan Yunis"), and neither name is the other's or a part of it. A round-up leads with one
    town's attack and goes on to others' ("In Turbat, five people ... were killed in a grenade
    attack"): another incident, whatever day it was. A name the gazetteer does not hold
    ("Gulberg Greens") says nothing either way."""
    if event.location is None:
        return False
    text = analyzed.document.text
    mine = text[event.location[0] : event.location[1]]
    if lead.location is not None:
        theirs = text[lead.location[0] : lead.location[1]]
    else:
        dateline = parse_dateline(text)
        if dateline is None:
            return False
        theirs = dateline.place
    a, b = geo.key(mine), geo.key(theirs)
    if not a or not b or a in b or b in a:
        return False
    gazetteer = geo.load_gazetteer()
    return all(
        gazetteer.candidates(name) and geo.breadth(name, gazetteer) == 0 for name in (mine, theirs)
    )


def lead_day(analyzed: AnalyzedDocument, event: EventMention, lookback: int) -> TimeExpr | None:
    """The day of the lead's incident (:func:`_lead`) for an undated act of its type told
    more than ``lookback`` sentences after it (nearer ones are the continuation rule's),
    while the article stays on it: no sentence from the lead's to the act's opens another
    incident or gives another time, the act's own sentence gives none (not even a report's
    day), does not recall it as an earlier incident, and does not tell it in the present
    perfect ("Israel has killed more than 45,500 Palestinians in the war": background) or
    after words that step back in time (:data:`_STEPS_BACK`), and the act names no actor
    other than the lead's by name, and neither it nor an incident told between is placed at
    a town other than the lead's (:func:`_elsewhere`)."""
    if event.type not in THREAD_INCIDENT_TYPES or event.modality not in REPORTED:
        return None
    if event.time is not None or event.sentence >= len(analyzed.sentences):
        return None
    text = analyzed.document.text
    if recalls(text, event) or _PERFECT.search(text, event.start, event.trigger[0]):
        return None
    own = analyzed.sentences[event.sentence]
    if _STEPS_BACK.search(text, own.start, event.trigger[0]):
        return None  # "just three days earlier, a deadly IED explosion rocked ..."
    found = _lead(analyzed, event.type)
    if found is None:
        return None
    index, lead, day = found
    if event.sentence - index <= lookback:
        return None
    for between in range(index + 1, event.sentence + 1):
        sentence = analyzed.sentences[between]
        if opens_new_incident(text[sentence.start : sentence.end]):
            return None
        if any(
            sentence.start <= t.start < sentence.end
            and t.value_start
            and (t.value_start, t.value_end) != (day.value_start, day.value_end)
            for t in analyzed.times
        ):
            return None  # the article has moved to another time
    if not _same_actors(analyzed, event, [lead]):
        return None
    if any(
        index <= other.sentence <= event.sentence
        and other.type in THREAD_INCIDENT_TYPES
        and _elsewhere(analyzed, other, lead)
        for other in analyzed.events
    ):
        return None  # the article has moved to another town's incident
    return day
