"""The day of one event report, where its own sentence gives none.

News tells an incident's day once, in the lead or the next sentence, and its other acts
without one ("Two IEDs struck the Shakai area on Saturday ... The first explosion occurred
near ..."); a wire lead gives the report's day and the next sentence the act's. An ACLED
coder dates each act as its incident: the day an earlier sentence gives an act it continues
(:func:`_earlier_day`), the incident's own day told just after a report's
(:func:`_later_day`), else the interval its tense allows around the publication day
(:func:`undated_interval`). Pure functions over one analysed document; the day a statement
was said is :mod:`dossier.kb.said_days`'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from dossier.clean.dateline import parse_dateline
from dossier.config import INCIDENT_RANGE_DAYS
from dossier.kb.dispatch_days import dispatch_day
from dossier.kb.event_merge import REPORTED, THREAD_INCIDENT_TYPES, days_apart
from dossier.kb.incident_breaks import opens_new_incident
from dossier.kb.span_mentions import _NAMED_ACTORS
from dossier.records import AnalyzedDocument, EventMention, Sentence, Span, TimeExpr


def _time_of(span: Span | None, times: Sequence[TimeExpr]) -> TimeExpr | None:
    if span is None:
        return None
    return next((t for t in times if t.start < span[1] and span[0] < t.end), None)


def undated_interval(published: str | None, modality: str, days: int) -> tuple[str, str] | None:
    """The dates an event with no date of its own can have: on or before the publication
    date (``days`` back), or on or after it for a planned act; None for an undated article."""
    if not published:
        return None
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return None
    if modality == "planned":
        return day.isoformat(), (day + timedelta(days=days)).isoformat()
    return (day - timedelta(days=days)).isoformat(), day.isoformat()


def undated_window(
    reported_by: str | None, modality: str, undated_days: int, reported_days: int
) -> tuple[str, str] | None:
    """The interval of an event its article dates by nothing but itself, ``reported_by`` the
    day the article was written (:func:`dossier.kb.said_days.last_reported_day`). An act told
    as done (asserted or alleged) was done by its report as one "police said on Wednesday"
    dates: that day or ``reported_days`` before it, since news of the day tells acts of that
    day or the night before, and an older act is given its own date ("killed on Saturday",
    "last week"). Of the 98 undated events of the fourteen labelled real sets whose article
    lets a coder date them anyway, 84 fall in those two days and 86 in the week before: the
    week claimed no more truth, only less. A planned, hypothetical or negated act keeps the
    wider ``undated_days`` window: nothing in a report bounds when a plan is carried out."""
    days = reported_days if modality in REPORTED else undated_days
    return undated_interval(reported_by, modality, days)


def after_its_report(analyzed: AnalyzedDocument, when: TimeExpr | None, modality: str) -> bool:
    """Whether the date an act told as having happened (asserted or alleged) was given lies
    after the day its article was published: no report tells an act that has not happened
    yet, so that date is some planned thing's of the same sentence ("said her party would
    observe 'Day of Gratitude' on May 15 to mark the operation launched by the armed
    forces": May 15 is the observance's, not the operation's), and the act is left to the
    rules for an act with no date of its own. Planned, hypothetical and negated acts keep
    theirs; so does every act of an undated article."""
    published = analyzed.document.published
    if when is None or not when.value_start or not published or modality not in REPORTED:
        return False
    return when.value_start[:10] > published[:10]


_INCIDENTS = (
    r"(?:engagements|encounters|attacks|incidents|operations|raids|clashes|strikes|blasts|"
    r"explosions)"
)
#: a sentence that tells several incidents at once ("killed 13 Khwarij in five separate
#: engagements on February 12 and 13", "two separate attacks"): its date is each one's. Also
#: without a count ("were killed ... in separate incidents of violence ... on Friday", "two
#: dead in separate Israeli strikes on the country's south on Wednesday": up to two words
#: between, none a preposition) and by the places the acts were spread over ("during the
#: raids conducted in various cities on Thursday")
_SEVERAL = re.compile(
    r"\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d+)\s+"
    rf"(?:separate\s+|different\s+)?{_INCIDENTS}"
    r"|(?:separate|different|multiple|various)\s+"
    r"(?:(?!(?:in|on|at|of|by|and|or|from|to|with|for|the|a|an)\b)[\w-]+\s+){0,2}?"
    rf"{_INCIDENTS}"
    r"|(?:in|across)\s+(?:various|different|several|multiple)\s+"
    r"(?:parts|areas|cities|districts|towns|places|locations))\b",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"['’]s?\s")
#: the words that tell a possessive date's act as one the sentence's act came after or
#: before ("following yesterday's shooting incident", "ahead of Friday's rally"): that date
#: is the other act's (13 archive articles write "following/after/before/since/despite
#: <day>'s <noun>")
_SEQUENCE_BEFORE = re.compile(
    r"\b(?:following|after|since|before|ahead\s+of|prior\s+to|despite)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
#: words after which a time dates a report, not the act it reports; a statement named by
#: whose it is ("according to a statement from the provincial excise department on
#: Saturday", "a statement issued by the police on Saturday") too, where "from" and "by"
#: after other report words are left out ("released from jail on Monday" is an act)
_REPORTED_AT = re.compile(
    r"\b(?:(?:said|says|told|stated|added|reported|announced|issued|released|statement|release)"
    r"(?:\s+(?!(?:from|of|in|after|before|since|during|was|were)\b)[\w'’-]+){0,3}"
    r"|(?:statement|issued)\s+(?:from|by)(?:\s+(?!(?:in|after|before|since|during)\b)[\w'’-]+){1,5})"
    r"\s+$",
    re.IGNORECASE,
)
#: how far before a time such report words are read (a verb and up to three words after it)
REPORT_WORDS_REACH = 60


def dates_a_report(text: str, sentence_start: int, time: TimeExpr) -> bool:
    """Whether report words come right before a time in its sentence (:data:`_REPORTED_AT`:
    "..., the statement said on Thursday"): the day a report was made, which bounds the act
    it reports and does not date it."""
    begin = max(sentence_start, time.start - REPORT_WORDS_REACH)
    return _REPORTED_AT.search(text, begin, time.start) is not None


#: how many sentences back such a sentence still dates the incidents told after it
UMBRELLA_LOOKBACK = 6
#: how many undated acts of one type, each continuing the one before, pass a day on
CHAIN_DEPTH = 3
#: an act told as happening in the course of the one just told ("the suspects opened fire
#: during the operation" after "police launched a raid ... on April 11"): its day, whatever
#: the type of either
_DURING_THE = re.compile(
    r"\bduring\s+the\s+(?:[\w-]+\s+)?(?:operation|raid|encounter|clash|ambush|search)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+")
_STOP = frozenset({"the", "a", "an", "of", "and", "own"})
#: a present perfect before an act's trigger ("has responded by suspending", "have
#: arrested"): the act is told as background to the news, not as part of its incident
_PERFECT = re.compile(r"\b(?:has|have|'ve|’ve)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


#: words that name a state's armed or police forces as an actor
_STATE_FORCES = frozenset(
    "security forces troops military army police soldiers rangers ctd fc personnel".split()
)


def _state_force(text: str, events: Sequence[EventMention]) -> bool:
    """Whether every one of ``events`` has an actor named by a state force's words."""
    return all(
        any(set(_WORD.findall(text[s:e].lower())) & _STATE_FORCES for s, e in event.actors)
        for event in events
    )


def _named(analyzed: AnalyzedDocument, event: EventMention) -> bool:
    """Whether one of ``event``'s actors is named by a name ("UAE authorities", "Israeli")."""
    return any(
        m.start < e and s < m.end and m.label in _NAMED_ACTORS
        for s, e in event.actors
        for m in analyzed.mentions
    )


def _same_actors(
    analyzed: AnalyzedDocument, event: EventMention, others: Sequence[EventMention]
) -> bool:
    """Whether ``event``'s actors could be those of ``others``: true unless both name actors
    by name and no word is shared ("UAE authorities" and "FIA" share none). Descriptions
    ("own troops", "security forces") name no one in particular, so they never differ."""

    def named(spans: Sequence[Span]) -> set[str]:
        return {
            w
            for s, e in spans
            for m in analyzed.mentions
            if m.start < e and s < m.end and m.label in _NAMED_ACTORS
            for w in _WORD.findall(m.text.lower())
        } - _STOP

    mine = named(event.actors)
    theirs = named([a for o in others for a in o.actors])
    return not (mine and theirs) or bool(mine & theirs)


#: words that make a sentence a report ("..., said an ANF spokesman here on Monday"): its
#: day may be the report's, which only bounds the incidents it sums up
_REPORT_WORD = re.compile(
    r"\b(?:said|says|told|informed|stated|added|reported|reports|according|announced|"
    r"claimed|confirmed|statement|release)\b",
    re.IGNORECASE,
)


def _umbrella_days(
    text: str, told: Sentence, times: Sequence[TimeExpr]
) -> dict[tuple[str, str], TimeExpr]:
    """The days a sentence that tells several incidents at once gives them, where no act of
    it was read to carry the day (the lead counts the dead of "separate incidents of violence
    and a road accident", which is no act; "seized thousands of SIMs during the raids
    conducted in various cities on Thursday"): each day written after the words that tell
    the incidents are several. Not a sentence with report words (its day may be the
    report's: "..., said an ANF spokesman here on Monday"), not a day written before those
    words ("The Assembly on Monday offered prayers for those who lost their lives in various
    incidents": the day of the prayers; "RAWALPINDI, Apr 26 (APP):" opening "... killed 15
    Khwarij in three separate engagements": the dispatch's)."""
    cue = _SEVERAL.search(text, told.start, told.end)
    if cue is None or _REPORT_WORD.search(text, told.start, told.end):
        return {}
    return {
        (t.value_start, t.value_end): t
        for t in times
        if cue.end() <= t.start < told.end
        and t.precision == "day"
        and t.value_start
        and t.value_end
    }


def _earlier_day(
    analyzed: AnalyzedDocument, event: EventMention, lookback: int, chain: int = CHAIN_DEPTH
) -> TimeExpr | None:
    """The day of the incident an undated act continues: the date the nearest of the
    ``lookback`` sentences before it gives an act of an incident type ("Two IEDs struck the
    Shakai area on Saturday ... The first explosion occurred near the Sarapal area"; "killed
    nine khwarij on Saturday ... two Khwarij were apprehended, said a news release issued
    Sunday"), which an ACLED coder dates as that incident. Only an attack, arrest or protest
    told as having happened borrows or lends, and only where its own sentence tells an act of
    the lender's type (an arrest told after an attack is an act of its own day); none when the
    sentence that lends gives two dates or a week or month of many acts ("Last month, ..."),
    when the borrower's sentence states some other time (it is its own), tells it in the
    present perfect ("has responded": background), or names another actor by name. A sentence
    that opens another incident ("Separately, ...", "In another encounter, ...") is reached
    only by a date given to several incidents at once ("in five separate engagements on
    February 12 and 13"), up to :data:`UMBRELLA_LOOKBACK` sentences back. A day the
    borrower's sentence gives its report ("said a news release issued here Sunday") bounds the
    day lent; the one day it gives by a possessive ("the toll from Saturday's strikes") is
    the act's own. An undated act of the same type that itself continues an earlier dated
    one lends the day it borrows ("strikes on Monday killed 40 ... They included eight
    killed in a strike on a family home ... another 10 were killed in a strike on ..."), up
    to ``chain`` links."""
    if event.type not in THREAD_INCIDENT_TYPES or event.modality not in REPORTED:
        return None
    text, times = analyzed.document.text, analyzed.times
    # "In another encounter, ...": only a date given to several incidents at once reaches it
    apart = opens_new_incident(text[event.start : event.end])
    report = _time_of(event.time, times) if event.time_of_report else None
    own = analyzed.sentences[event.sentence] if event.sentence < len(analyzed.sentences) else event
    others = []
    for t in times:
        if t is report or not own.start <= t.start < own.end:
            continue
        if report is None and _REPORTED_AT.search(text, own.start, t.start):
            report = t  # "..., said a news release issued here Sunday": a bound, not its day
        else:
            others.append(t)
    if others:
        # a time of its own sentence is its own; the one a possessive gives the incident
        # ("the definitive toll from Saturday's strikes") dates the act that sentence tells,
        # unless the act is told as coming after it ("Following yesterday's shooting
        # incident, the sit-in was relocated": on or after that day, not on it)
        whose = (
            len(others) == 1
            and _POSSESSIVE.match(text, others[0].end)
            and not _SEQUENCE_BEFORE.search(
                text, max(own.start, others[0].start - 24), others[0].start
            )
        )
        return others[0] if whose and others[0].precision == "day" else None
    if _PERFECT.search(text, event.start, event.trigger[0]):
        return None  # "New Delhi has responded by suspending ...": background, not the incident
    mine = [e for e in analyzed.events if e.sentence == event.sentence]
    named_actor = _named(analyzed, event)
    for back in range(1, max(lookback, UMBRELLA_LOOKBACK) + 1):
        sentence = event.sentence - back
        told = analyzed.sentences[sentence] if 0 <= sentence < len(analyzed.sentences) else None
        several = told is not None and bool(_SEVERAL.search(text, told.start, told.end))
        acts = [
            e
            for e in analyzed.events
            if e.sentence == sentence and e.type in THREAD_INCIDENT_TYPES and e.modality in REPORTED
        ]
        days = {
            (t.value_start, t.value_end): t
            for e in acts
            if e.time is not None and not e.time_of_report
            for t in [_time_of(e.time, times)]
            if t is not None
            and t.value_start
            and t.value_end
            and days_apart(t.value_start, t.value_end) < INCIDENT_RANGE_DAYS
        }
        dated = [e for e in acts if e.time is not None and not e.time_of_report]
        if not dated and chain > 0 and back <= lookback and not apart:
            # an undated act of this type that continues an earlier one: the day it borrows
            # (an act of a named actor only from one of the same named actor)
            for e in acts:
                if e.type != event.type or e.time is not None:
                    continue
                if named_actor and not (_named(analyzed, e) and _same_actors(analyzed, event, [e])):
                    continue
                borrowed = _earlier_day(analyzed, e, lookback, chain - 1)
                if borrowed is not None:
                    days, dated = {(borrowed.value_start, borrowed.value_end): borrowed}, [e]
                    break
        if not dated and several and told is not None:
            # "Five people were killed ... in separate incidents of violence and a road
            # accident in Balochistan on Friday" (no act read there): the day it gives
            days = _umbrella_days(text, told, times)
        if len(days) > 1 or (dated and not days):
            return None  # two days, or a week or month of many acts ("Last month, ...")
        if days and (apart or back > lookback) and not several:
            return None
        if days:
            if not (
                several
                or any(e.type == d.type for e in mine for d in dated)
                or (_state_force(text, [event]) and _state_force(text, dated))
                or _DURING_THE.search(text, own.start, own.end)
            ):
                # arrests told after an attack are acts of their own day, unless the forces
                # that killed are those that arrested ("Five terrorists were killed in an
                # operation ... the security forces engaged the terrorists ... while one was
                # apprehended"): one operation
                return None
            if not _same_actors(analyzed, event, dated):
                return None  # "... were arrested by UAE authorities": another's act
            lent = next(iter(days.values()))
            if report is not None and report.value_end and lent.value_end > report.value_end:
                return None
            return lent
        if told is not None and opens_new_incident(text[told.start : told.end]):
            apart = True  # the incident told there is another one, not dated here
    return None


#: sentences after a lead dated only by its report that may tell the incident's own day
LATER_DAY_SENTENCES = 2
#: "Earlier, a soldier was martyred ...": an earlier incident, not the lead's
_EARLIER = re.compile(r"\W*earlier\b", re.IGNORECASE)


def _later_day(
    analyzed: AnalyzedDocument, event: EventMention, report: TimeExpr
) -> TimeExpr | None:
    """The incident's own day, told in the next sentences, for an act its sentence dates only
    by the report ("Indian soldiers killed two fighters ..., the army said on Friday." then
    "An intense firefight was triggered on Thursday night ..."): a wire lead tells the act
    and the report's day, the next sentence the act's. Only an act of an incident type told
    as having happened borrows, from a day of its next :data:`LATER_DAY_SENTENCES` sentences
    that is no report's day and no day of an act of another type or actor, before any
    sentence that opens another incident ("Earlier, ...", "Separately, ..."); and only a
    single day no later than the report and at most the day before it: a day inside the
    span the report allows, never outside it. A lead told in the present perfect ("Security
    forces have neutralised ...") is the exception: it cannot carry a definite past time, so
    from its next three sentences it takes the day of an act of its own type and actors (the
    retelling: "On January 11, 2025, an Afghan national ... was killed") however long before
    the report; a free day of that sentence is still held to the report's span."""
    if event.type not in THREAD_INCIDENT_TYPES or event.modality not in REPORTED:
        return None
    if not (report.value_end and report.precision == "day"):
        return None
    text, times = analyzed.document.text, analyzed.times
    # "Security forces have neutralised an Afghan national ..., the military said on
    # Tuesday." then "On January 11, 2025, an Afghan national ... was killed": a present
    # perfect takes no definite past time, so a lead told in it leaves the act's day, however
    # far back, to a later sentence that retells the act in the past
    perfect = bool(_PERFECT.search(text, event.start, event.trigger[0]))
    for ahead in range(1, LATER_DAY_SENTENCES + (2 if perfect else 1)):
        index = event.sentence + ahead
        if index >= len(analyzed.sentences):
            return None
        told = analyzed.sentences[index]
        if opens_new_incident(text[told.start : told.end]) or _EARLIER.match(text, told.start):
            return None
        # a day the sentence gives an act of another type, or a report, is not the incident's
        taken = {
            other.time
            for other in analyzed.events
            if other.sentence == index
            and other.time is not None
            and (
                other.type != event.type
                or other.time_of_report
                or other.modality not in REPORTED
                or not _same_actors(analyzed, event, [other])
            )
        }
        retold = {
            other.time
            for other in analyzed.events
            if other.sentence == index
            and other.time is not None
            and other.time not in taken
            and other.type == event.type
        }
        for day in times:
            if not told.start <= day.start < told.end or (day.start, day.end) in taken:
                continue
            if dates_a_report(text, told.start, day):
                continue  # "..., the statement said on Thursday": a report's day
            near = (perfect and (day.start, day.end) in retold) or (
                ahead <= LATER_DAY_SENTENCES
                and day.value_end is not None
                and days_apart(day.value_end, report.value_end) <= 1
            )
            if (
                day.precision == "day"
                and day.value_start == day.value_end
                and day.value_end is not None
                and day.value_end <= report.value_end
                and near
            ):
                return day
    return None


def own_report_day(analyzed: AnalyzedDocument, event: EventMention) -> TimeExpr | None:
    """The report's day an event's own sentence gives, where the parse tied it to nothing
    ("A joint team arrested the suspect ...," read an official statement issued today) or
    tied it to the act ("Police have booked 34 users ..., an official said on Wednesday"):
    the day the report was made, which bounds the act (on that day or before it, as
    for "..., police said on Wednesday") and is a statement's own day. Only where it is the
    one date the sentence gives after its dateline and report words come right before it
    (:data:`_REPORTED_AT`): a sentence that gives another date is dated by that one, or left
    to the rules that weigh it, never overridden here."""
    if event.modality not in REPORTED or event.sentence >= len(analyzed.sentences):
        return None
    text, own = analyzed.document.text, analyzed.sentences[event.sentence]
    dateline = parse_dateline(text)
    begin = max(own.start, dateline.end) if dateline is not None else own.start
    dates = [t for t in analyzed.times if begin <= t.start < own.end]
    if len(dates) != 1:
        return None
    day = dates[0]
    if day.precision != "day" or not day.value_end or day.value_start != day.value_end:
        return None
    if not dates_a_report(text, own.start, day):
        return None
    if _POSSESSIVE.match(text, day.end):
        return None  # "the monitor said Friday's attack killed ten": the attack's day
    told = _time_of(event.time, analyzed.times)
    return day if told is None or told is day else None


def lead_report_day(analyzed: AnalyzedDocument, event: EventMention) -> TimeExpr | None:
    """The day of a dated wire dispatch ("ISLAMABAD, May 28 (APP):A police officer ... was
    martyred ...") for what its lead tells with no day of its own: the dispatch is that day's
    news, so a statement of the lead was made that day and an act happened on it or the day
    before (:func:`dossier.kb.dispatch_days.dispatch_day`; the GUIDE's "report's day and the
    day before"), not any day of the week before the publication date. The dateline's date
    itself, where the parse gave it to the act, dates the report too. Only the sentence the
    dateline opens, only when that sentence gives no other date (one it gives is the act's),
    only for the lead's first event (an act a visit, praise or condemnation is about may be
    older than the dispatch), and only for a dateline dated on the publication day or the
    day before."""
    if event.modality not in REPORTED or event.sentence >= len(analyzed.sentences):
        return None
    text = analyzed.document.text
    dateline = parse_dateline(text)
    if dateline is None or dateline.month is None:
        return None
    own = analyzed.sentences[event.sentence]
    if not own.start <= dateline.end <= own.end:
        return None  # not the lead: the sentence the dateline opens
    if any(dateline.end <= t.start < own.end for t in analyzed.times):
        return None  # the sentence dates something itself
    if any(
        o.sentence == event.sentence and o.trigger[0] < event.trigger[0] for o in analyzed.events
    ):
        # "Naqvi visited the hospital to inquire after those injured in the attack": the
        # lead's news is the visit; the act it reacts to may be days older
        return None
    told = _time_of(event.time, analyzed.times)
    if told is not None and told.start >= dateline.end:
        return None
    day = dispatch_day(text, analyzed.document.published)
    if day is None:
        return None
    given = next(
        (
            t
            for t in analyzed.times
            if t.start < dateline.end and t.value_start == t.value_end == day
        ),
        None,
    )
    return given or TimeExpr(
        own.start, dateline.end, text[own.start : dateline.end], day, day, "day", event.sentence
    )


#: how many opening sentences make an article's lead: a statement told there in the present
#: perfect ("Bannu Qaumi Jirga has opposed military operation ...") is the day's news
PERFECT_LEAD_SENTENCES = 2


def stance_told_in_perfect(
    analyzed: AnalyzedDocument, event: EventMention, when: TimeExpr | None
) -> bool:
    """Whether a statement is told in the present perfect below the lead with no day of its
    own sentence ("Israel has insisted that Hamas disarm", "Security officials have condemned
    the assault", "Turkey has accused Medin of ...", "Olof Skoog ... has urged the government
    not to use military courts"). The present perfect names no definite past time: below the
    lead it tells a stance taken at some point before the report, not on the day of the
    occasion the article opens with and not at another speaker's statement told before it.
    Such a statement is dated by its report's undated window (the GUIDE's ``<=``), not by a
    day lent from another sentence. A day its own sentence gives ("has urged on Monday") and
    a lead told in the perfect (a wire's "X has said ..." is that day's statement) keep
    theirs: on the development half, 6 of 6 such statements below the lead that held a lent
    day were labelled ``<=`` their report, the 4 in a lead the lent day. Most of the 6 took
    that day by joining another speaker's dated statement, which this does not undo: keeping
    them apart moved 3 more development dates right but lost 2 to 3 all-six rows (targets the
    joined event had named) on the validation half (session 38)."""
    if event.sentence < PERFECT_LEAD_SENTENCES:
        return False
    if when is not None and when.value_start is not None:
        if 0 <= event.sentence < len(analyzed.sentences):
            sentence = analyzed.sentences[event.sentence]
            start, end = sentence.start, sentence.end
        else:
            start, end = event.start, event.end
        if start <= when.start and when.end <= end:
            return False
    return _PERFECT.search(analyzed.document.text, event.start, event.trigger[0]) is not None
