"""The day of the release or statement an undated act is quoted from, named further up.

A report built on one press release or statement dates it once, where it first names it
("... arrested eight people, according to a press release issued on Wednesday"; "In a
statement on Sunday, the ISPR said ..."), and attributes the rest to it by a definite noun
with no day ("In Karachi, 10 SIMs were confiscated and a shop owner was taken into custody,
the release read"; "the statement added"). What that release tells was done by the day it
was issued: the act is of that day or the day before (the GUIDE's "Date of a reported act":
the report's day and the day before), a statement it makes is of that day -- not of the
days before the article's own date, which a web edition published the next day moves a day
late. :func:`dossier.kb.event_reports.store_event` asks for it where neither the act's own
sentence nor the rules of the incidents and statements around it give a day.
"""

from __future__ import annotations

import re

from dossier.clean.dateline import parse_dateline
from dossier.kb.event_days import dates_a_report
from dossier.kb.event_merge import REPORTED
from dossier.records import AnalyzedDocument, EventMention, TimeExpr

#: the nouns a release or statement is named by
_RELEASE_NOUNS = r"(?:press\s+|news\s+|official\s+)?(?:release|statement|handout|communiqu[eé])"
#: the definite noun of an attribution in the act's own sentence ("..., the release read",
#: "the statement said", "according to the statement", "the press release added")
_ATTRIBUTED = re.compile(
    r"(?:\b(?:the|this)\s+" + _RELEASE_NOUNS + r"\s+(?:said|says|read|reads|added|adds|"
    r"stated|states|concluded|noted|claimed|maintained|mentioned|further\s+said)\b"
    r"|\baccording\s+to\s+the\s+" + _RELEASE_NOUNS + r"\b)",
    re.IGNORECASE,
)
#: a release or statement named before the day that dates it ("a press release issued on
#: Wednesday", "In a statement on Sunday", "a statement issued by the police on Saturday")
_NAMED_BEFORE = re.compile(r"\b" + _RELEASE_NOUNS + r"\b", re.IGNORECASE)
#: another release or statement, which the definite noun after it may point to instead
_ANOTHER = re.compile(
    r"\b(?:a|an|another|separate|second|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    + _RELEASE_NOUNS
    + r"\b",
    re.IGNORECASE,
)
#: how far before a day the release's noun may be ("a press release issued by the
#: Pakistan Telecommunication Authority on Wednesday")
NOUN_REACH = 80
#: how many sentences back the release's day may be named
RELEASE_LOOKBACK = 8


def _release_day_in(analyzed: AnalyzedDocument, index: int) -> TimeExpr | None:
    """The day sentence ``index`` gives a release or statement it names ("according to a press
    release issued on Wednesday"), a single day dated as a report's (:func:`dates_a_report`);
    None where it gives none."""
    text, sentence = analyzed.document.text, analyzed.sentences[index]
    dateline = parse_dateline(text)
    begin = max(sentence.start, dateline.end) if dateline is not None else sentence.start
    for day in analyzed.times:
        if not begin <= day.start < sentence.end:
            continue
        if day.precision != "day" or not day.value_end or day.value_start != day.value_end:
            continue
        near = max(sentence.start, day.start - NOUN_REACH)
        if _NAMED_BEFORE.search(text, near, day.start) and dates_a_report(
            text, sentence.start, day
        ):
            return day
    return None


def release_day(analyzed: AnalyzedDocument, event: EventMention) -> TimeExpr | None:
    """The day of the release an undated act's sentence attributes it to by a definite noun
    ("..., the release read"), where the nearest earlier sentence that names a release or
    statement (at most :data:`RELEASE_LOOKBACK` back) gives it a day as a report's
    ("according to a press release issued on Wednesday"). None where the act's sentence
    gives a date of its own, or where the nearest release named before has no day (another
    statement, which the noun may mean). A sentence that opens another item of the release
    ("Meanwhile, in Rawalpindi, ...") does not stop it: one release tells them all."""
    if event.modality not in REPORTED or event.sentence >= len(analyzed.sentences):
        return None
    text, own = analyzed.document.text, analyzed.sentences[event.sentence]
    if any(own.start <= t.start < own.end for t in analyzed.times):
        return None
    if not _attributed(analyzed, event.sentence):
        return None
    for index in range(event.sentence - 1, max(-1, event.sentence - RELEASE_LOOKBACK - 1), -1):
        day = _release_day_in(analyzed, index)
        if day is not None:
            return day
        sentence = analyzed.sentences[index]
        if _ANOTHER.search(text, sentence.start, sentence.end):
            return None
    return None


def _attributed(analyzed: AnalyzedDocument, index: int) -> bool:
    """Whether sentence ``index`` is attributed to a release by a definite noun: in its own
    words ("..., the release read"), or as the next quotation of the sentence before that was
    ("“In Multan, five raids ...,” the release read. “In Lahore and Gujranwala, ...”": one
    release quoted on)."""
    text, own = analyzed.document.text, analyzed.sentences[index]
    if _ATTRIBUTED.search(text, own.start, own.end):
        return True
    if index == 0 or not text[own.start : own.end].lstrip().startswith(("“", '"')):
        return False
    before = analyzed.sentences[index - 1]
    return _ATTRIBUTED.search(text, before.start, before.end) is not None
