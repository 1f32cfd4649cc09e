"""The day of a road death or a vehicle attack for what is done to its driver.

A report of a road death dates the crash in its lead ("A teenager was killed when a dumper
truck hit them near the Northern Bypass on Thursday evening") and tells the driver's arrest
sentences later with no day of its own ("The police claimed to have arrested the driver and
impounded the vehicle"; "traffic police officials present at the scene caught the errant
driver"). The crash is no event (a traffic death is not one), so the continuation rule of
:func:`dossier.kb.event_days._earlier_day`, which lends the day of an earlier *event*, never
reaches it, and the arrest took the two days before the report. An ACLED coder, and the
labelling GUIDE's driver rule, date it as the crash: the driver is caught at the scene, and
the definite "the driver" / "the vehicle" points back to the crash the article dates. The
same holds for a car driven into a crowd ("Officers detained the 24-year-old driver" after
"... drove a car into a crowd ... on Thursday").

Pure functions over one analysed document;
:func:`dossier.kb.event_reports.store_event` calls :func:`scene_day` for an act whose
sentence gives no date of its own, after the ordinary continuation rule.
"""

from __future__ import annotations

import re

from dossier.clean.dateline import parse_dateline
from dossier.kb.event_days import _time_of, dates_a_report
from dossier.kb.event_merge import REPORTED, THREAD_INCIDENT_TYPES
from dossier.kb.incident_breaks import opens_new_incident
from dossier.records import AnalyzedDocument, EventMention, TimeExpr

#: the acts done to a driver that the crash dates: the arrest or the vehicle's seizure
#: (COERCE), an FIR registered against the driver (ACCUSE), a mob that beats the driver or
#: burns the vehicle (ASSAULT, PROTEST)
SCENE_TYPES = THREAD_INCIDENT_TYPES | frozenset({"ACCUSE"})
#: an accusation the crash dates is a case the police file (the FIR registered against the
#: driver); one someone voices ("He suspected that the car driver lost control") is a
#: statement, of the day it was said
_CASE_FILED = re.compile(r"(?:register|book|lodg|fil|nominat)\w*$", re.IGNORECASE)
#: the driver or the vehicle of the crash, named as the one already told ("the errant
#: driver", "the 24-year-old driver", "the driver of the dumper", "the tanker"); "a driver"
#: is someone new
_THE_DRIVER = re.compile(
    r"\b(?:the|its|his)\s+(?:[\w-]+\s+){0,2}?(?:drivers?|vehicles?|tankers?|dumpers?|"
    r"trucks?|lorry|lorries|buses|bus|cars?|vans?|trailers?|coach|suv)\b",
    re.IGNORECASE,
)
#: a vehicle, in the sentence that tells the crash
_VEHICLE = re.compile(
    r"\b(?:vehicles?|cars?|trucks?|lorry|lorries|tankers?|dumpers?|buses|bus|vans?|trailers?|"
    r"coach(?:es)?|suv|jeeps?|tractors?|rickshaws?|motorcycles?|bikes?)\b",
    re.IGNORECASE,
)
#: how a vehicle killed or hurt people: the crash's verbs and nouns
_CRASH = re.compile(
    r"\b(?:hit|hits|hitting|ran\s+over|runs?\s+over|running\s+over|rammed|rams|ramming|"
    r"collided|collision|crushed|mowed|ploughed|plowed|drove|driven|struck|overturned|"
    r"accidents?|crash(?:ed|es)?)\b",
    re.IGNORECASE,
)
#: a date given to several crashes at once ("in separate road accidents in Karachi on
#: Saturday", "in two separate incidents in the metropolis on Tuesday"): each one's, however
#: the article opens them ("In another incident, ...")
_SEVERAL_CRASHES = re.compile(
    r"\b(?:separate|different|several|multiple|two|three|four|five|six|\d+)\s+"
    r"(?:separate\s+)?(?:road\s+|traffic\s+)?(?:accidents|incidents|crashes|mishaps)\b",
    re.IGNORECASE,
)


def _crash_day(analyzed: AnalyzedDocument, index: int, several: bool) -> TimeExpr | None:
    """The one day sentence ``index`` gives a crash it tells, where it tells one (a vehicle
    and a verb of the crash, or ``several``: it gives a date to several crashes at once,
    "Three people lost their lives in separate road accidents ... on Saturday") and gives
    one day that no report's verb gives ("..., police said on Wednesday" bounds the crash;
    it does not date it); None otherwise."""
    text = analyzed.document.text
    told = analyzed.sentences[index]
    words = text[told.start : told.end]
    if not (several or (_VEHICLE.search(words) and _CRASH.search(words))):
        return None
    dateline = parse_dateline(text)
    begin = max(told.start, dateline.end) if dateline is not None else told.start
    days = [
        t
        for t in analyzed.times
        if begin <= t.start < told.end and t.value_start and not dates_a_report(text, told.start, t)
    ]
    if len({(t.value_start, t.value_end) for t in days}) != 1:
        return None  # no day, or two: not one crash's
    day = days[0]
    if day.precision != "day" or day.value_start != day.value_end:
        return None
    return day


def scene_day(analyzed: AnalyzedDocument, event: EventMention) -> TimeExpr | None:
    """The day of the crash an undated act against its driver or vehicle continues: the
    day the nearest earlier sentence that tells a crash gives it (:func:`_crash_day`), for
    an act told as having happened whose sentence names the driver or the vehicle as the
    one already told (:data:`_THE_DRIVER`). Back from the act, up to the sentence that
    opens its incident ("In another incident, a water tanker claimed the life of ..."):
    past it only a date given to several crashes at once reaches
    (:data:`_SEVERAL_CRASHES`), and an incident the article sets apart without a day of its
    own keeps none ("In a separate incident, a woman ... were killed" then "The bus driver
    was arrested": on or before the report). A day the act's own sentence gives its report
    ("police on Wednesday claimed to have arrested the driver") bounds the day lent."""
    if event.type not in SCENE_TYPES or event.modality not in REPORTED:
        return None
    text = analyzed.document.text
    if event.type == "ACCUSE" and not _CASE_FILED.match(text[event.trigger[0] : event.trigger[1]]):
        return None
    if event.sentence >= len(analyzed.sentences):
        return None
    own = analyzed.sentences[event.sentence]
    if not _THE_DRIVER.search(text, own.start, own.end):
        return None
    report = _time_of(event.time, analyzed.times) if event.time_of_report else None
    if any(
        own.start <= t.start < own.end and t is not report and t.value_start for t in analyzed.times
    ):
        return None  # a date of its own sentence is its own
    apart = opens_new_incident(text[own.start : own.end])
    for index in range(event.sentence - 1, -1, -1):
        told = analyzed.sentences[index]
        words = text[told.start : told.end]
        several = bool(_SEVERAL_CRASHES.search(words))
        day = _crash_day(analyzed, index, several)
        if day is not None and (several or not apart):
            if report is not None and report.value_end and (day.value_end or "") > report.value_end:
                return None
            return day
        if opens_new_incident(words):
            apart = True  # another incident told without a day: only an umbrella dates it
    return None
