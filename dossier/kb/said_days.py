"""The day an undated event takes from the statement the article tells it in.

A news lead often tells an act or a statement with no date of its own ("Interior Minister
Mohsin Naqvi has lauded the FC for foiling a terrorist attack on a check post"; "The US has
called upon both Pakistan and India to hold direct talks"), and a sentence or two later says
when it was said: "In a statement issued on Wednesday, ..."; "In a press briefing on
Thursday, the State Department spokesperson said ...". A statement the lead tells was made on
that day; an act it reports happened on or before it (the report's day, as for "..., police
said on Wednesday"). And a speaker's statement told on ("Murtaza called for ...", "He
criticised ...") after the one the article dates ("Murtaza on Wednesday demanded ...") was
made in the same speech, on that day. Without these, such events took the week before the
publication date, which a print edition's "on Wednesday" contradicts.

A statement is often typed by the words it reports, not by its verb of speaking ("Tarar said
that Indian proxies will be dealt with an iron hand"; "'... will continue,' the president
said"): the saying is the statement, so such words take the occasion's day when a simple-past
verb of speaking reports them (:func:`reported_in_past`). The day a speaker spoke may be told
by no statement of its own ("In a statement issued on Sunday, Nawab Bugti emphasised ...",
"Talking to the media on Tuesday, ..."): the speaker's statements told on after it take it.

Pure functions over one analysed document; :func:`dossier.kb.event_reports.store_event` calls them
for events whose sentence gives no date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dossier.clean.dateline import parse_dateline, parse_footer
from dossier.extract.events import is_speech
from dossier.kb.dispatch_days import dispatch_day
from dossier.records import AnalyzedDocument, Document, EventMention, Span, TimeExpr

#: how many sentences of the lead may tell a statement that a later "In a statement issued on
#: Wednesday" dates (the first two: a wire's dateline sentence and the one after it)
LEAD_SENTENCES = 2
#: how many sentences after the event the statement that dates it may come
STATEMENT_AHEAD = 2
#: how many sentences back a speaker's dated statement may be for the one told on from it
#: (a press talk is often told over four or five sentences of "He rejected ...", "He also
#: lashed out ...", "He urged ...")
SPEECH_BACK = 6

#: a sentence that opens with the occasion of a statement: "In a statement issued on
#: Wednesday, ...", "In a press briefing on Thursday, ...", "According to a statement released
#: on Sunday, ...". "In a separate statement" is another statement, not the lead's.
_OCCASION = re.compile(
    r"^\W*(?:in|according\s+to|through)\s+(?:a|an|the|his|her|its|their)\s+"
    r"(?!separate\b|another\b|earlier\b|later\b)(?:[\w-]+\s+){0,2}?"
    r"(?:statement|briefing|(?:press|news)\s+conference|conference|(?:press|news)\s+release|"
    r"release|handout|message|interview|speech|address|remarks)\b",
    re.IGNORECASE,
)
#: a statement told on by the person the sentences before named
_PRONOUN_OPENING = re.compile(r"^\W*(?:he|she)\b", re.IGNORECASE)
_NAME_WORD = re.compile(r"[A-Z][\w’'-]{2,}")
#: capitalised words that open a sentence or a clause and name no one ("The protesters
#: asked ...", "Meanwhile, ...")
_NO_NAME = frozenset(
    "The This That These Those There Then Meanwhile Separately However But And While After "
    "Before During According Also Earlier Later Elsewhere In On At For From With Following "
    "Speaking Talking Addressing They She Her His Its Their Our".split()
)
#: how many sentences back a speaker's dated statement lent its day before round 30; further
#: back, and from a sentence that only dates the speaking, a statement told in the perfect
#: ("Iran has long denied ...") is background, not said that day
NEAR_SPEECH = 3


def _days_in(analyzed: AnalyzedDocument, start: int, end: int) -> list[TimeExpr]:
    """The days the text between ``start`` and ``end`` gives; a wire dateline's date ("ISLAMABAD,
    Apr 22 (APP):") dates the report, not what the sentence it opens tells."""
    dateline = parse_dateline(analyzed.document.text)
    start = max(start, dateline.end) if dateline is not None else start
    return [
        t
        for t in analyzed.times
        if start <= t.start and t.end <= end and t.precision == "day" and t.value_start
    ]


def statement_day(analyzed: AnalyzedDocument, event: EventMention) -> TimeExpr | None:
    """The day of the statement a sentence just after the event opens with ("In a statement
    issued on Wednesday, the minister said ..."), when the event's sentence and those between
    give no day: the day a lead's statement was made, or the day by which its act had
    happened. Only the lead's statements take it (further down, a statement told before
    another's occasion may be an earlier one); none after a sentence that opens another
    incident ("Separately, ...")."""
    speech = is_speech(event.type, event.mode)
    if speech and event.sentence >= LEAD_SENTENCES:
        return None
    text, sentences = analyzed.document.text, analyzed.sentences
    if event.sentence >= len(sentences):
        return None
    own = sentences[event.sentence]
    if _days_in(analyzed, own.start, own.end):
        return None
    for index in range(event.sentence + 1, event.sentence + STATEMENT_AHEAD + 1):
        if index >= len(sentences):
            return None
        sentence = sentences[index]
        words = text[sentence.start : sentence.end]
        opening = _OCCASION.match(words)
        if opening is not None:
            comma = words.find(",", opening.end())
            phrase_end = sentence.start + (comma if comma >= 0 else len(words))
            days = {t.value_start: t for t in _days_in(analyzed, sentence.start, phrase_end)}
            if len(days) == 1:
                return next(iter(days.values()))
            return None
        if _days_in(analyzed, sentence.start, sentence.end) or _new_incident(words):
            return None  # another day, or another incident, comes between
    return None


def speech_day(analyzed: AnalyzedDocument, event: EventMention) -> TimeExpr | None:
    """The day of the speech a statement with no date of its own continues: the nearest
    statement up to :data:`SPEECH_BACK` sentences before, dated by its own words ("Murtaza on
    Wednesday demanded ..."), whose sentence names the same speaker before its verb, or the
    one day a sentence naming that speaker gives their speaking (:func:`_spoken_occasion`:
    "In a statement issued on Sunday, Nawab Bugti emphasised ..."), where the statement opens
    with "He"/"She" or names that speaker, at its opening or right before its verb ("Murtaza
    called for ...", "He criticised ...", "While expressing solidarity ..., Mr Bugti called
    for ..."; a "He"/"She" no speaker was found for is the last person the article named
    speaking). No day is lent across a sentence that gives another day."""
    if not is_speech(event.type, event.mode):
        return None
    text, sentences = analyzed.document.text, analyzed.sentences
    if event.sentence >= len(sentences):
        return None
    own = sentences[event.sentence]
    speaker = {w for a, b in event.actors for w in _NAME_WORD.findall(text[a:b])} - _NO_NAME
    start = event.trigger[0]
    perfect = bool(_AUXILIARY_BEFORE.search(text, max(own.start, start - 30), start))
    subject = text[own.start : event.trigger[0]]
    # told on by its speaker: "He criticised ...", "Murtaza called for ..." (not "India's
    # envoy, citing ..., rejected ...", where the name only describes another speaker)
    opened = (
        _PRONOUN_OPENING.match(subject)
        or set(_NAME_WORD.findall(" ".join(subject.split()[:3]))) & speaker
        or _named_subject(text, event, speaker)
    )
    if not opened or _days_in(analyzed, own.start, own.end):
        return None
    for index in range(event.sentence - 1, max(event.sentence - SPEECH_BACK, 0) - 1, -1):
        if index >= len(sentences):
            continue
        sentence = sentences[index]
        dated = [
            e
            for e in analyzed.events
            if e.sentence == index
            and e.time is not None
            and not e.time_of_report
            and is_speech(e.type, e.mode)
        ]
        if perfect and index < event.sentence - NEAR_SPEECH:
            return None
        for lender in dated:
            said_by = set(_NAME_WORD.findall(text[sentence.start : lender.trigger[0]]))
            if speaker and not speaker & said_by:
                continue
            day = next(
                (
                    t
                    for t in _days_in(analyzed, sentence.start, sentence.end)
                    if (t.start, t.end) == tuple(lender.time)
                ),
                None,
            )
            if day is not None:
                return day
        occasion = None if perfect else _spoken_occasion(analyzed, index)
        if occasion is not None:
            said_by = set(_NAME_WORD.findall(text[sentence.start : sentence.end]))
            if not speaker or speaker & said_by:
                return occasion
        if _days_in(analyzed, sentence.start, sentence.end) or _new_incident(
            text[sentence.start : sentence.end]
        ):
            return None
    return None


#: words right before a day that date someone speaking: "told the media on Saturday",
#: "informed the Islamabad High Court on Monday", "said on Tuesday", "In a statement issued
#: on Sunday"
_SPOKEN_AT = re.compile(
    r"\b(?:said|told|informed|stated|added|announced|issued|released|statement|remarks|"
    r"(?:press|news)\s+conference|briefing|presser|speech|address)"
    r"(?:\s+(?!(?:from|of|after|before|since|during|was|were|that)\b)[\w'’-]+){0,4}\s+$",
    re.IGNORECASE,
)


def _named_subject(text: str, event: EventMention, speaker: set[str]) -> bool:
    """Whether a named actor of the statement is the subject right before its verb ("...,
    Mr Bugti called for ..."): told on by its speaker, however the sentence opens."""
    if not speaker:
        return False
    return any(
        e <= event.trigger[0]
        and len(text[e : event.trigger[0]].split()) <= 1
        and _NAME_WORD.search(text, s, e)
        for s, e in event.actors
    )


def _spoken_occasion(analyzed: AnalyzedDocument, index: int) -> TimeExpr | None:
    """The one day sentence ``index`` gives someone speaking, where no statement event of
    its own carries it: "In a statement issued on Sunday, the Nawab emphasised ...",
    "Talking to the media on Tuesday, ...", "..., a PAF representative informed the court on
    Monday". None where the sentence gives more than one day or a day after publication."""
    text, sentence = analyzed.document.text, analyzed.sentences[index]
    days = {t.value_start: t for t in _days_in(analyzed, sentence.start, sentence.end)}
    if len(days) != 1:
        return None
    day = next(iter(days.values()))
    published = (analyzed.document.published or "")[:10]
    if published and (day.value_start or "") > published:
        return None
    words = text[sentence.start : sentence.end]
    if (
        _OCCASION.match(words)
        or _SPEAKING_OCCASION.search(text, sentence.start, day.start)
        or _SPOKEN_AT.search(text, max(sentence.start, day.start - 60), day.start)
    ):
        return day
    return None


_NEW_INCIDENT = re.compile(
    r"^\W*(?:meanwhile|separately|elsewhere|in (?:a|an)\s*(?:separate|another))\b", re.IGNORECASE
)


def _new_incident(sentence: str) -> bool:
    return bool(_NEW_INCIDENT.match(sentence))


#: how many sentences of an article's opening (after its dateline) may name the occasion
#: every statement of the article was made at
OCCASION_SENTENCES = 3
#: a sentence that tells an occasion for speaking ("While speaking to the media on
#: Saturday, ...", "attended the assembly session on Monday", "At a press conference on
#: Thursday, ...", "at a joint presser on Sunday", "A jirga held ... on Friday"), or a
#: gathering its people staged, where what they demanded was said ("Locals staged a sit-in
#: ... on Sunday", "Demonstrations were held ... on Monday"): a gathering only named ("a
#: suicide bomber attempted to enter the sit-in site", "calling the demonstrations
#: illegal") is no occasion, nor one told in the present perfect ("residents of the
#: India-held state have staged protests against that attack, the chief minister said on
#: Monday": background to the news; "India-held" holds nothing)
_SPEAKING_OCCASION = re.compile(
    r"\b(?:speaking|addressing|talking\s+to|session|(?:press|news)\s+(?:conference|briefing|"
    r"talk)|briefing|media\s+talk|presser|jirga)\b"
    r"|(?<!have\s)(?<!has\s)(?<![\w-])(?:staged|held|organi[sz]ed|took\s+out)\s+"
    r"(?:(?!ha(?:ve|s)\b)[\w-]+\s+){0,3}?"
    r"(?:sit-ins?|rally|rallies|demonstrations?|protests?)\b"
    r"|\b(?:sit-ins?|rally|rallies|demonstrations?|protests?)\s+(?:was|were)\s+"
    r"(?:staged|held|organi[sz]ed)\b",
    re.IGNORECASE,
)
#: an auxiliary before a statement's verb: "has urged", "have demanded", "is accusing",
#: "had warned" — a stance held or said before, not said at the occasion the article reports
_AUXILIARY_BEFORE = re.compile(
    r"\b(?:has|have|had|'s|’s|is|are|was|were|be|been|being)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


#: a verb that tells someone speaking, in the simple past: "Tarar said that Indian proxies
#: will be dealt with ...", "..., he said", "The minister opined that ...". What such a verb
#: reports is a statement of its speaker made when the verb says, whatever the tense of the
#: words it reports ("India was involved ..." is an accusation made that day).
_REPORTING_PAST = re.compile(
    r"(?<![\w-])(?:said|told|added|stated|opined|elaborated|remarked|observed|noted|maintained|"
    r"asserted|stressed|emphasi[sz]ed|underlined|declared|explained|argued|lamented|contended|"
    r"mentioned|informed|insisted|affirmed|pointed\s+out)\b",
    re.IGNORECASE,
)
#: what comes before a reporting verb that is no simple past: "has said", "would say", "is
#: expected to have told", "the official, who had earlier said"
_NOT_SIMPLE_PAST = re.compile(
    r"\b(?:has|have|had|'s|’s|is|are|was|were|be|been|being|will|would|to|who|which)\s+"
    r"(?:[\w-]+\s+){0,1}$",
    re.IGNORECASE,
)
#: a trigger word that is a statement in itself ("accusing", "urged", "allegations",
#: "warned"): told inside another speaker's words it is that other party's statement ("RAW
#: started accusing Pakistan, the sources added"), not the reporter's speaker's
_SPEECH_WORD = re.compile(
    r"(?:accus|alleg|urg|demand|warn|call|condemn|reject|den[yi]|threat|vow|appeal|ask|"
    r"request|claim|blam|critici|slam|lash|denounc|protest|question|level|said|says|tell|told)",
    re.IGNORECASE,
)
#: a perfect before a reported trigger ("has been debunked", "has vowed to continue"): a
#: stance held before, as for the statement's own verb
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had|'ve|’ve)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _outside_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of ``text[start:end]`` outside quotation marks (curly or straight)."""
    parts, at, inside = [], start, False
    for index in range(start, end):
        char = text[index]
        opens = char == "“" or (char == '"' and not inside)
        closes = char == "”" or (char == '"' and inside)
        if opens and not inside:
            parts.append((at, index))
            inside = True
        elif closes and inside:
            at, inside = index + 1, False
    if not inside:
        parts.append((at, end))
    return [(a, b) for a, b in parts if b > a]


#: how far from a quotation its attribution may stand ("...,” he said"; "he said: “...")
QUOTE_ATTRIBUTION_CHARS = 45
#: a verb of another party's speech inside the reported words ("the source said Israel
#: informed the Lebanese state that it would target the airport"): what the trigger tells
#: is that party's statement, made when that verb says
_INNER_SPEECH = re.compile(
    r"\b(?:informed|warned|told|said|says|threatened|vowed|announced|stated|claimed|alleged|"
    r"accused|demanded|urged|asked|called|insisted)\b",
    re.IGNORECASE,
)


#: what joins a verb of speaking to the quotation it introduces ("he said: “", "said that “")
_INTRODUCES = re.compile(r"\s*(?:[:,]|\s+that)?\s*[“\"]")


def _simple_past(text: str, floor: int, found: re.Match[str]) -> bool:
    return not _NOT_SIMPLE_PAST.search(text, max(floor, found.start() - 30), found.start())


#: a quotation that opens with its speaker's own statement verb ("“We urge the Indian
#: authorities to ...,” he said", "“I strongly condemn ...”"): the first person is the
#: speaker, so the verb is the saying the attribution dates, no other party's statement
_FIRST_PERSON_OPENING = re.compile(
    r"[“\"]\s*(?:We|I)\s+(?:(?:also|strongly|firmly|once\s+again|again|therefore|further|"
    r"categorically|unequivocally|vehemently|hereby)\s+){0,2}\Z"
)


def _spoken_in_first_person(text: str, sentence_start: int, start: int) -> bool:
    """Whether the trigger at ``start`` is the first words of a quotation its speaker says in
    the first person (:data:`_FIRST_PERSON_OPENING`)."""
    return _FIRST_PERSON_OPENING.search(text, max(sentence_start, start - 60), start) is not None


def reported_in_past(text: str, sentence_start: int, sentence_end: int, trigger: Span) -> bool:
    """Whether a statement's trigger is words its sentence reports by a simple-past verb of
    speaking ("Tarar said that Indian proxies will be dealt with ..."; "The minister opined
    that the attack ... was a failure of India"; "'... every aggression will be responded
    to ...', he said", the verb right by the quotation): the statement is the saying, made
    when that verb says. Not for a trigger that is itself a statement word, nor one the
    reported words give another party's verb of speaking ("Israel informed the Lebanese
    state that it would target ...": that party's statement), nor one told in the perfect
    ("has been debunked"). A statement word that opens a quotation in the first person
    ("“We urge the Indian authorities to ...,” he said") is the speaker's own saying, dated by
    its attribution (session 39)."""
    start, end = trigger
    if _SPEECH_WORD.match(text, start, end) and not _spoken_in_first_person(
        text, sentence_start, start
    ):
        return False
    if _PERFECT_BEFORE.search(text, max(sentence_start, start - 30), start):
        return False
    parts = _outside_quotes(text, sentence_start, sentence_end)
    inside = not any(a <= start < b for a, b in parts)
    if inside:
        # the quotation holding the trigger, and its attribution right before or after it
        opening = max((b for a, b in parts if b <= start), default=sentence_start)
        closing = min((a for a, b in parts if a > start), default=sentence_end)
        reach = QUOTE_ATTRIBUTION_CHARS
        spans = [(max(sentence_start, opening - reach), opening)]
        spans.append((min(closing + 1, sentence_end), min(sentence_end, closing + 1 + reach)))
        words_from = opening + 1
    else:
        spans, words_from = parts, sentence_start
    for a, b in spans:
        for found in _REPORTING_PAST.finditer(text, a, b):
            if found.start() <= start < found.end() or not _simple_past(
                text, sentence_start, found
            ):
                continue
            if inside and found.end() <= start and not _INTRODUCES.match(text, found.end()):
                continue  # "... the statement said. “Any attack ...”": another quotation's
            said_from = words_from if found.start() > start else max(words_from, found.end())
            if _INNER_SPEECH.search(text, said_from, start):
                return False  # another party's statement the speaker retells
            return True
    return False


#: a statement told as coming before or after another act ("came after the Israeli military
#: warned ..."), not as what was said at the occasion
_SEQUENCED = re.compile(
    r"\b(?:after|following|since|before|until|ahead\s+of)\s+(?:[\w’'-]+\s+){0,5}$",
    re.IGNORECASE,
)


def _occasion(analyzed: AnalyzedDocument, before: int) -> tuple[int, TimeExpr] | None:
    """The sentence and day of the occasion an article's opening says its statements were
    made at: the first of its first :data:`OCCASION_SENTENCES` sentences (a dateline alone
    is no sentence) that gives one day and tells a statement dated by that day's own words
    ("Human Rights Watch accused Israel on Wednesday ...") or an occasion for speaking
    ("While speaking to the media on Saturday, he said ..."). A day only a report's verb
    gives ("..., police said on Friday") is the report's, no occasion; nor is a day after
    the article's publication (a meeting called for a later day)."""
    text, sentences = analyzed.document.text, analyzed.sentences
    published = (analyzed.document.published or "")[:10]
    dateline = parse_dateline(text)
    told = 0
    for index, sentence in enumerate(sentences[: before + 1]):
        if dateline is not None and sentence.end <= dateline.end + 1:
            continue
        told += 1
        if told > OCCASION_SENTENCES:
            return None
        days = {t.value_start: t for t in _days_in(analyzed, sentence.start, sentence.end)}
        if len(days) != 1:
            continue
        day = next(iter(days.values()))
        if published and (day.value_start or "") > published:
            continue  # "will call a meeting of the jirga on April 6": a plan, no occasion
        spoken = any(
            e.sentence == index
            and is_speech(e.type, e.mode)
            and not e.time_of_report
            and e.time is not None
            and tuple(e.time) == (day.start, day.end)
            for e in analyzed.events
        )
        if spoken or _SPEAKING_OCCASION.search(text, sentence.start, sentence.end):
            return index, day
    return None


def _dated_speech_in(analyzed: AnalyzedDocument, index: int) -> bool:
    """Whether sentence ``index`` tells a statement dated by its own words."""
    return any(
        e.sentence == index
        and is_speech(e.type, e.mode)
        and not e.time_of_report
        and e.time is not None
        for e in analyzed.events
    )


def _dispatch_occasion(analyzed: AnalyzedDocument) -> tuple[int, TimeExpr] | None:
    """The sentence and day of a dated wire dispatch's dateline ("ISLAMABAD, Jan 5 (APP):")
    as the occasion of the statements it tells (:func:`dossier.kb.dispatch_days.dispatch_day`):
    an agency files the day's statements the day they are made, so a speaker's "He urged
    ...", "Atta criticized ..." further down, with no day of its own and no occasion the
    opening dates, was said that day (the GUIDE: a statement takes its report's day), not
    in the week before. None for a newspaper's "PESHAWAR:" or an undated dispatch."""
    text = analyzed.document.text
    dateline = parse_dateline(text)
    day = dispatch_day(text, analyzed.document.published)
    if dateline is None or day is None:
        return None
    index = next(
        (n for n, s in enumerate(analyzed.sentences) if s.start <= dateline.end <= s.end), None
    )
    if index is None:
        return None
    told = analyzed.sentences[index]
    return index, TimeExpr(
        told.start, dateline.end, text[told.start : dateline.end], day, day, "day", index
    )


#: an occasion of speaking told with no day, as one of several ("he said at an event in
#: eastern Khost city", "In a recent interview with a private news channel, the minister
#: stated ..."): what is said there was not said at the occasion the opening dates
_OTHER_OCCASION = re.compile(
    r"\b(?:at|in|during|on)\s+(?:a|an|another|one)\s+(?:recent\s+|separate\s+|earlier\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:event|interview|rally|speech|podcast|"
    r"programme|program|show)\b",
    re.IGNORECASE,
)


def occasion_day(analyzed: AnalyzedDocument, event: EventMention) -> TimeExpr | None:
    """The day of the occasion (:func:`_occasion`, else a dated dispatch's day:
    :func:`_dispatch_occasion`) for a statement the article tells with no
    date of its own, in the simple past ("He demanded ...", "It urged ..."): an article that
    reports a speech, a session or a press conference tells what was said there, on that
    day, not in the week before publication. Not for a stance told in the perfect or the
    present ("has urged", "is accusing", "blames": said before, or still held), nor after a
    sentence that opens another incident, nor past a statement the article dates to
    another day. A statement the occasion's own sentence tells with no day of its own ("A
    jirga held ... on Friday demanded ...": the parse gave the day to "held") was made
    there, unless that sentence dates another statement it answers."""
    if not is_speech(event.type, event.mode) or event.modality != "asserted":
        return None
    text, sentences = analyzed.document.text, analyzed.sentences
    if event.sentence >= len(sentences):
        return None
    start, end = event.trigger
    own = sentences[event.sentence]
    before = text[own.start : start]
    if not reported_in_past(text, own.start, own.end, event.trigger):
        if not text[start:end].lower().endswith("ed") or _AUXILIARY_BEFORE.search(
            text, max(0, start - 30), start
        ):
            return None
        if before.count("“") > before.count("”") or before.count('"') % 2:
            return None  # a quotation's words tell of their own times
    own_days = _days_in(analyzed, own.start, own.end)
    if _SEQUENCED.search(before):
        return None  # "The decision came after the military warned ...": said before it
    # a lead's statement may come before the sentence that names its occasion ("PPP
    # leadership urged ..." then "PPP leaders addressed a joint press conference on Tuesday")
    found = _occasion(analyzed, event.sentence + 1)
    # a dispatch's statements are all its day's, whatever incidents it tells between them
    dispatch = found is None
    found = found or _dispatch_occasion(analyzed)
    if found is None:
        return None
    index, day = found
    if own_days and (index != event.sentence or _dated_speech_in(analyzed, index)):
        # the sentence's own day is some other act's; or, in the occasion's own sentence,
        # another speaker's words it answers ("rejected the allegations made by Modi, who
        # in a speech accused Pakistan ...")
        return None
    for between in range(index + 1, event.sentence + 1):
        sentence = sentences[between]
        if not dispatch and _new_incident(text[sentence.start : sentence.end]):
            return None
        if _OTHER_OCCASION.search(text, sentence.start, sentence.end):
            return None  # "he said at an event in Khost city": spoken elsewhere, undated
    for other in analyzed.events:
        if (
            index < other.sentence <= event.sentence
            and is_speech(other.type, other.mode)
            and other.time is not None
            and not other.time_of_report
        ):
            dated = [t for t in analyzed.times if (t.start, t.end) == tuple(other.time)]
            if dated and dated[0].value_start != day.value_start:
                return None
    return day


def own_occasion_day(analyzed: AnalyzedDocument, event: EventMention) -> TimeExpr | None:
    """The day the statement's own sentence gives its speaking, where the parse hung that day
    on the occasion's words and not on the statement's verb: "In a statement published on X
    on Thursday, Nadia claimed ...", "the BYC issued a statement on X on Thursday, saying
    ...", "Talking to reporters on Monday, the minister urged ...". The statement is the
    saying itself (the GUIDE: it takes its report's day), so that day is its own, not the
    end of a two-day window. Only a statement, only the one day that sentence gives
    (:func:`_spoken_occasion`: none after publication), and only where no other statement
    of that sentence is dated by that day's own words (then the day is that speaker's, and
    this one may answer it: "rejected the allegations of Modi, who on Monday accused ...")."""
    if not is_speech(event.type, event.mode) or event.sentence >= len(analyzed.sentences):
        return None
    day = _spoken_occasion(analyzed, event.sentence)
    if day is None:
        return None
    if any(
        other is not event
        and other.sentence == event.sentence
        and other.time is not None
        and tuple(other.time) == (day.start, day.end)
        for other in analyzed.events
    ):
        return None
    return day


def said_day(analyzed: AnalyzedDocument, event: EventMention) -> tuple[TimeExpr, bool] | None:
    """The day an undated event takes from its statement, and whether that day only bounds it
    (an act the statement reports happened on or before it); None when no statement dates
    it. The day its own sentence gives its speaking first, then a speaker's own dated
    speech, then the occasion a later sentence gives, then the occasion the article's
    opening gives its statements."""
    day = own_occasion_day(analyzed, event)
    if day is not None:
        return day, False
    day = speech_day(analyzed, event)
    if day is not None:
        return day, False
    day = statement_day(analyzed, event)
    if day is not None:
        return day, not is_speech(event.type, event.mode)
    day = occasion_day(analyzed, event)
    if day is not None:
        return day, False
    return None


def last_reported_day(document: Document) -> str | None:
    """The day an article was written, which bounds what it tells without a date: its
    publication day, or the day before for a print edition ("Published in Dawn, March 23rd,
    2025" at the foot, the page's own date). A printed paper went to press the night before,
    so what it reports as done was done by then ("the CTD claimed to have arrested 11
    militants" in the March 23 paper: on or before March 22), and what it tells as planned
    lies after it. Likewise a wire dispatch filed the day before the archive dates it
    ("ISLAMABAD, Mar 08 (APP):" published on 9 March): it was written on its dateline's day
    (:func:`dossier.kb.dispatch_days.dispatch_day`)."""
    published = document.published
    if not published:
        return None
    filed = dispatch_day(document.text, published)
    if filed is not None and filed < published[:10]:
        return filed
    for removed in document.removed:
        footer = parse_footer(removed.text.strip())
        if footer is not None and footer[1] == published[:10]:
            return (date.fromisoformat(published[:10]) - timedelta(days=1)).isoformat()
    return published


#: how many sentences after an undated act the sentence that retells it may come
RETOLD_AHEAD = 1
#: the words an incident is retold by, per event type: "The operation took place between
#: Monday night and early Tuesday", "The incident occurred on Sunday", "The fresh encounter
#: took place ... during the early hours of Saturday", "... over the attack, which occurred
#: on May 21" (a relative clause set off by its comma)
_RETOLD_NOUNS: dict[str, str] = {
    "ASSAULT": r"attacks?|operations?|incidents?|raids?|blasts?|explosions?|clash(?:es)?|"
    r"encounters?|firing|shooting|killings?|murders?|ambush|bombings?|strikes?|fighting",
    "COERCE": r"arrests?|raids?|operations?|incidents?|crackdown",
    "PROTEST": r"protests?|rally|rallies|demonstrations?|sit-ins?|march|strike|incidents?",
}
_RETOLD = {
    kind: re.compile(
        r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:" + nouns + r"),?\s+"
        r"(?:[\w,’'-]+\s+){0,3}?(?:took\s+place|occurred|happened|erupted|broke\s+out|"
        r"(?:was|were)\s+(?:carried\s+out|conducted|launched|staged|held))\b",
        re.IGNORECASE,
    )
    for kind, nouns in _RETOLD_NOUNS.items()
}
#: "..., the statement said on Thursday": the day a report gives, not the act's
_REPORT_BEFORE = re.compile(
    r"\b(?:said|says|told|stated|added|reported|announced|issued|released)\b[^.]{0,25}$",
    re.IGNORECASE,
)


def retold_day(
    analyzed: AnalyzedDocument, event: EventMention, range_days: int = 7
) -> TimeExpr | None:
    """The day (or the few days) the next sentence gives an undated act by retelling it:
    "In a separate incident, security forces killed seven terrorists during an operation
    ..." then "Officials said the targeted operation took place ... between Monday night
    and early Tuesday". News writes the act first and its time in the sentence after, in
    words that point back to it (the operation, the incident, the attack) with a verb of
    happening; an ACLED coder dates the act by that sentence. Only an act told as having
    happened, only from the sentence right after it (before another incident opens), only
    days given after the retelling words that no report's verb gives ("said on Monday"),
    and only one day or a span of fewer than ``range_days`` days (all the days given)."""
    pattern = _RETOLD.get(event.type)
    if pattern is None or event.modality not in ("asserted", "alleged"):
        return None
    text, sentences = analyzed.document.text, analyzed.sentences
    for index in range(event.sentence + 1, event.sentence + RETOLD_AHEAD + 1):
        if index >= len(sentences):
            return None
        sentence = sentences[index]
        words = text[sentence.start : sentence.end]
        if _new_incident(words):
            return None
        found = pattern.search(words)
        if found is None:
            continue
        after = sentence.start + found.start()
        days = [
            t
            for t in analyzed.times
            if after <= t.start
            and t.end <= sentence.end
            and t.value_start
            and t.value_end
            and t.precision in ("day", "range")
            and not _REPORT_BEFORE.search(text, max(sentence.start, t.start - 40), t.start)
        ]
        if not days:
            return None
        first, last = min(d.value_start or "" for d in days), max(d.value_end or "" for d in days)
        if (date.fromisoformat(last) - date.fromisoformat(first)).days >= range_days:
            return None
        if len(days) == 1:
            return days[0]
        begin, end = min(d.start for d in days), max(d.end for d in days)
        return TimeExpr(begin, end, text[begin:end], first, last, "range", index)
    return None
