"""Store a batch's dates, events and claims, tied to entities and merged.

Extraction (:mod:`dossier.extract.events`, :mod:`dossier.extract.quotes`,
:mod:`dossier.extract.quantities`, :mod:`dossier.extract.timex`) yields character spans. Here
each argument span is tied to the mention it overlaps (so to an entity), each
event report joins the event it is the same as (:mod:`dossier.kb.event_merge`),
and each claim joins the claim it repeats (:mod:`dossier.kb.claims`). Runs inside
the batch's transaction, after entities are resolved.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from unidecode import unidecode

from dossier.config import INCIDENT_RANGE_DAYS, Settings, load_settings
from dossier.geo import (
    Place,
    breadth,
    key,
    load_gazetteer,
    names_local_force,
    region_in,
    resolved_votes,
    stands_for_state,
)
from dossier.geo import key as name_key
from dossier.kb.claims import (
    DISTINCT_FIGURE,
    INCIDENT_PARTICIPLES,
    claim_id,
    day_dates_incident,
    figure_scope,
    same_statement,
    text_key,
    unit_key,
)
from dossier.kb.event_merge import (
    REPORTED,
    THREAD_INCIDENT_TYPES,
    EventReport,
    Incident,
    bound_by_report,
    compatible,
    dates_compatible,
    days_apart,
    event_id_for,
    incident_day,
    lead_end,
    main_event,
    place_fold,
    place_key,
    places_differ,
    row_points_back,
    same_event,
    same_incident,
    same_incident_in_document,
    same_undated_incident,
)
from dossier.kb.fact_summary import place_rank, tells_a_campaign
from dossier.kb.said_days import last_reported_day, retold_day, said_day
from dossier.names import strip_titles
from dossier.records import (
    AnalyzedDocument,
    ClaimMention,
    EventMention,
    Mention,
    Sentence,
    Span,
    TimeExpr,
)
from dossier.store.base import Store
from dossier.stories.dedup import outlet_of

#: what joins a possessor to the name it owns: "Peshawar's Malazai", "Kurram’s Bagan"
_POSSESSIVE_GAPS = frozenset({"'s ", "’s "})


def overlapping_mention(
    span: Span | None, mentions: Sequence[Mention], text: str | None = None
) -> Mention | None:
    """The named mention that best covers ``span`` (largest overlap, then shortest).

    With ``text``, a possessor is passed over for the name it owns inside the same span:
    "a grenade attack on Peshawar's Malazai area" targets Malazai, not Peshawar (a place
    and the locality it owns are two mentions, so the longer owner would win on overlap)."""
    if span is None:
        return None
    start, end = span
    covering = [m for m in mentions if min(end, m.end) - max(start, m.start) > 0]
    if text is not None and len(covering) > 1:
        owned = {m.start for m in covering}
        covering = [
            m
            for m in covering
            if not (text[m.end : m.end + 3] in _POSSESSIVE_GAPS and m.end + 3 in owned)
        ] or covering
    best: tuple[int, int, Mention] | None = None
    for mention in covering:
        overlap = min(end, mention.end) - max(start, mention.start)
        rank = (overlap, -(mention.end - mention.start), mention)
        if best is None or rank[:2] > best[:2]:
            best = rank
    return best[2] if best else None


def _arg(role: str, span: Span, text: str, mentions: Sequence[Mention]) -> dict[str, Any]:
    mention = overlapping_mention(span, mentions, text)
    return {
        "role": role,
        "key": mention.key if mention else None,
        "text": mention.text if mention else text[span[0] : span[1]],
        "start": mention.start if mention else span[0],
        "end": mention.end if mention else span[1],
    }


def _time_of(span: Span | None, times: Sequence[TimeExpr]) -> TimeExpr | None:
    if span is None:
        return None
    return next((t for t in times if t.start < span[1] and span[0] < t.end), None)


def _report(
    row: dict[str, Any], dateline: str | None = None, *, own_place: bool = False
) -> EventReport:
    """A stored report as the merge rules see it; ``dateline``: its article's dateline place,
    which is where the report was filed, not a place of its own. ``own_place``: read the
    report's own specific place (:func:`_own_place`), which only the in-document rules
    compare; the cross-document ones leave it None and skip the search."""

    def entities(role: str) -> frozenset[str]:
        return frozenset(
            a["entity_id"] for a in row["args"] if a["role"] == role and a["entity_id"]
        )

    return EventReport(
        mention_id=row["id"],
        document_id=row["document_id"],
        type=row["type"],
        mode=row["mode"],
        modality=row["modality"],
        date_start=row["date_start"],
        date_end=row["date_end"],
        location=_said_place(row),
        actors=entities("actor"),
        targets=entities("target"),
        place=_own_place(row.get("location_text"), row.get("evidence") or "", dateline)
        if own_place
        else None,
        bound=bound_by_report(row),
        sentence=row["sentence"],
        points_back=own_place and row_points_back(row),
    )


def _said_place(row: dict[str, Any]) -> str | None:
    """The report's location entity when its own sentence names it; None for a place it took
    from elsewhere (an earlier sentence's, the dateline's): a place a report did not state
    cannot tell its incident apart from another, nor join it to one. Nor can the town of the
    force that acted (``via`` "force": "arrested by the Tarnol police station", then "by the
    Ramna police station" tell one crackdown's arrests)."""
    if place_rank(row) or row.get("location_via") == "force":
        return None
    return row["location_entity"]


def _in_force_name(event: EventMention, text: str) -> bool:
    """Whether the event's place is the town in the name of a force among its actors ("The
    Balakot police recovered", "FIA Immigration Sialkot apprehended"; see
    :func:`dossier.extract.events.place_time._force_place`), not a place said with "in/at"
    inside the actor's phrase ("police in Karachi")."""
    if event.location is None:
        return False
    start, end = event.location
    return any(
        a <= start
        and end <= b
        and not _placed_at(text[a:end], text[start:end])
        and names_local_force(text[a:b])
        for a, b in event.actors
    )


#: "in/at/near/along X", a few words between ("in the general area of X", "in KP's X district"),
#: ending where the place's name starts: one pattern for every report, matched on the text
#: before each place the sentence names
_WHERE = re.compile(r"\b(?:in|at|near|inside|outside|around|along)\s+(?:[\w’'-]+\s+){0,4}\Z")


def _placed_at(sentence: str, name: str) -> bool:
    """Whether ``sentence`` writes ``name`` (any case) right after "in/at/near ..."
    (:data:`_WHERE`)."""
    folded, wanted = sentence.lower(), name.lower()
    at = folded.find(wanted)
    while at >= 0:
        if _WHERE.search(folded, 0, at):
            return True
        at = folded.find(wanted, at + 1)
    return False


def _own_place(text: str | None, sentence: str, dateline: str | None) -> str | None:
    """The :func:`place_key` of a report's own specific place: a district, town or locality
    (breadth 0) its sentence says it happened in, at or near. Not a province or country (an
    incident's retelling may name its province instead), not the dateline's place (which a
    report with no place of its own takes), and not a place named otherwise ("shifted to the
    hospital in Bannu" is where the wounded went, "X of Sambrial" where a man lives)."""
    if not text or breadth(text) != 0:
        return None
    if not _placed_at(sentence, text):
        return None
    found = place_key(text)
    if not found or (dateline and found == place_key(dateline)):
        return None
    return found


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


def _dateline_place(analyzed: AnalyzedDocument) -> Mention | None:
    """The place mention of the article's dateline ("PESHAWAR: ..."), if it is one."""
    dateline = analyzed.document.dateline
    if not dateline:
        return None
    head = analyzed.document.text[: len(dateline) + 40].lower()
    at = head.find(dateline.lower())
    if at < 0:
        return None
    return next(
        (
            m
            for m in analyzed.mentions
            # the model's mention or the one the mention stage adds where the model missed it
            # ("SAHIWAL:"): an event placed by it is stored with location_via "dateline", which
            # neither splits nor joins incidents (it once split them: eval_events 1.07 -> 1.40)
            if m.start <= at < m.end
            and m.label in ("GPE", "LOC", "FAC")
            and m.via in ("ner", "dateline")
        ),
        None,
    )


PLACE_LABELS = ("GPE", "LOC", "FAC")
#: ordinals that number an item of a list of incidents ("In the second incident", "In 10th
#: operation", "In the latter case")
_ORDINAL = (
    r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|latter|"
    r"next|last|final|\d+(?:st|nd|rd|th))"
)
#: what a list of incidents calls its items
_ITEM_NOUN = (
    r"(?:incident|operation|raid|attack|case|encounter|strike|action|clash|ibo|firing|blast|"
    r"explosion|shootout|ambush|arrest|seizure|crackdown|robbery|killing|accident|attempt)s?"
)
#: how a sentence opens a new incident of an article ("In a separate incident", "Meanwhile",
#: "In another attack", "Elsewhere", "Similarly, another smuggler was arrested", "In the
#: second incident"): not a retelling of the one before
_NEW_INCIDENT = re.compile(
    r"^\W*(?:meanwhile|separately|elsewhere|similarly|likewise|"
    r"in (?:a|an)\s*(?:separate|another|similar|second|different|other)|in (?:yet )?another|"
    rf"in (?:the\s+|its\s+)?{_ORDINAL}\s+{_ITEM_NOUN})\b",
    re.IGNORECASE,
)
#: the openers that end the incident told before for every sentence after them, not only
#: their own: an item of a list of incidents named as such ("In another operation", "In a
#: separate attack in Bannu", "In the second incident", "In 10th operation"). Not "Meanwhile",
#: "Separately" or "Similarly" alone, which as often open a reaction to the same incident
#: ("Separately, Rind spoke to DawnNews TV ...", "Meanwhile, the chief minister condemned the
#: attack"), after which the attack is told again (check2: 1.24 -> 1.35 events per incident)
_BREAK = re.compile(
    r"^\W*in\s+(?:(?:a|an|the|its|yet)\s+)?"
    rf"(?:separate|another|similar|different|other|{_ORDINAL})\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_ITEM_NOUN}\b",
    re.IGNORECASE,
)


def opens_new_incident(sentence: str) -> bool:
    """Whether a sentence opens with words that start another incident of the article; a
    sentence the splitter ran into a subheading ("Lakki attack\n\nSeparately, a militant was
    killed") opens where its last line does."""
    return any(_NEW_INCIDENT.match(line) for line in sentence.splitlines() if line.strip())


def last_break(analyzed: AnalyzedDocument, before: int) -> int:
    """Where the last sentence before offset ``before`` that opens another incident of a list
    starts ("In another operation, 12 kg hashish was recovered ...", "In the second incident,
    ..."), -1 where none does. A press release or round-up tells its items
    one after another: a report after such an opener tells its item (or a later one), never
    an incident told before the opener, though it has no place or day of its own to tell them
    apart ("... and two suspects were arrested" of each seizure). Only openers that name the
    item (:data:`_BREAK`)."""
    text = analyzed.document.text
    for sentence in reversed(analyzed.sentences):
        if sentence.end > before:
            continue
        said = text[sentence.start : sentence.end]
        lines = [line for line in said.splitlines() if line.strip()]
        if any(_BREAK.match(line) for line in lines):
            return sentence.start
    return -1


#: words that recall an earlier incident inside the news ("He invoked the assassinations of
#: Benazir Bhutto", "recalled the 2014 APS attack", "referring to the Jaffar Express attack"),
#: a few words before the act they recall, which they name (not "recalled how gunmen opened
#: fire": a witness retelling the news)
_RECALLING = re.compile(
    r"\b(?:invok|recall|remember|evok|cit(?:e|es|ed|ing)\b|refer(?:s|red|ring)?\s+to\b|"
    r"compar|liken)\w*(?:\s+(?!(?:that|how|when|what|where|why|who|as)\b)[\w’'-]+){0,4}\s+$",
    re.IGNORECASE,
)
#: the news told as coming after an earlier incident ("The incident comes a day after PPP
#: lawmaker X narrowly escaped death in an indiscriminate firing")
_COMES_AFTER = re.compile(
    r"\b(?:comes?|came|coming)\s+(?:just\s+|only\s+|barely\s+)?"
    r"(?:(?:a|an|one|two|three|four|five|six|several|few|\d+)\s+)?"
    r"(?:days?|weeks?|months?|hours?)\s+after\b",
    re.IGNORECASE,
)


def recalls(text: str, event: EventMention) -> bool:
    """Whether the event's sentence recalls it as an earlier incident than the news it tells
    (:data:`_RECALLING`, :data:`_COMES_AFTER`): an incident of its own, which neither takes
    the place or day of the incident told around it nor joins it."""
    before = text[event.start : event.trigger[0]]
    return bool(_RECALLING.search(before) or _COMES_AFTER.search(before))


#: what may stand before a sentence's opening date ("Only last week, ...", "Earlier on Feb 24,
#: ...", "On Tuesday, ...")
_BEFORE_OPENING_DATE = re.compile(
    r"^\W*(?:(?:only|earlier|later|and|but|then|also|just|even|on|in|since|by|until)\s+)*$",
    re.IGNORECASE,
)


def opens_with_date(text: str, event: EventMention, times: Sequence[TimeExpr]) -> TimeExpr | None:
    """The date the event's sentence opens with, when it is the event's own ("Last week,
    security forces killed 30 terrorists", "Earlier on Feb 24, four personnel were martyred"):
    a news article fronts a date to step back from its news to an earlier incident."""
    if event.time is None:
        return None
    own_start, own_end = event.time
    return next(
        (
            t
            for t in times
            if event.start <= t.start < event.end
            and t.start < own_end
            and own_start < t.end
            and t.value_end is not None
            and _BEFORE_OPENING_DATE.match(text[event.start : t.start].rsplit("\n", 1)[-1])
        ),
        None,
    )


def steps_back(opening: TimeExpr, told: Sequence[dict[str, Any]], report: bool = False) -> bool:
    """Whether a sentence's opening date takes it away from an incident the article told before
    (``told``: that event's reports so far). Where they state a date, any other date does
    ("Earlier on Feb 24, ..." after "Only last week, ..."; "On Thursday, ..." after "on
    Friday"). Where they leave the day open ("said on Monday": on or before Monday, which
    overlaps any recent date), a week, a month or a year does ("Last week, ...", "Last month,
    ..."), and so does a day before the last two days they may fall on ("Earlier on Feb 24"
    in a report of March 3): the day of the report or the day before ("On 4 March 2025, a
    terrorist attack was attempted" in a report of March 5) is the news itself. A sentence that
    opens with the day of a report (``report``: "On Tuesday, the ISPR reported eight terrorists
    were killed", "On Feb 28, ISPR said ...") tells earlier news."""
    if not opening.value_end:
        return False
    if report:
        return True
    stated = {(r["date_start"], r["date_end"]) for r in told if r["date_text"] and r["date_start"]}
    if stated:
        return (opening.value_start, opening.value_end) not in stated
    ends = [r["date_end"] for r in told if r["date_end"]]
    if not ends:
        return False
    if opening.precision in ("week", "month", "season", "year"):
        return True
    latest = date.fromisoformat(max(ends)[:10]) - timedelta(days=1)
    return date.fromisoformat(opening.value_end[:10]) < latest


def nested_places(one: str | None, other: str | None) -> bool:
    """Whether two place names of one article may name one place told at two scales: the same
    name ("Kunduz", "Kunduz province"), or a town or district and the province or country the
    gazetteer puts it in ("New Bahman area of Turbat" and "Balochistan", "Kunduz" and
    "Afghanistan"). Two towns, or two districts, are never nested."""
    if not one or not other:
        return False
    if place_key(one) == place_key(other):
        return True
    gazetteer = load_gazetteer()
    for wide, narrow in ((one, other), (other, one)):
        scale = breadth(wide, gazetteer)
        if scale == 0 or breadth(narrow, gazetteer) >= scale:
            continue
        within = gazetteer.candidates(place_key(narrow)) or gazetteer.candidates(narrow)
        if scale == 2:
            code = gazetteer.country(place_key(wide)) or gazetteer.country(wide)
            if code and any(p.country == code for p in within):
                return True
        else:
            regions = gazetteer.regions(place_key(wide)) or gazetteer.regions(wide)
            if any((p.country, key(p.admin1 or "")) in regions for p in within):
                return True
    return False


#: words that name a part of a place ("the Tarsani area of Zehri", "Miran Naka locality in Lyari")
_PART = (
    r"(?:areas?|village|town|locality|neighbou?rhood|sector|block|colony|tehsil|district|city"
    r"|outskirts|suburbs?|region)"
)


#: what stands between a possessor and the place it holds ("Khyber Pakhtunkhwa's Swabi")
_POSSESSED = re.compile(r"[’']s\s+")


def stated_within(text: str, narrow: str | None, wide: str | None) -> bool:
    """Whether the article itself writes ``narrow`` as a place inside ``wide``: "X area of
    Y", "X in Y", "Y's X" (not "X, Y", which is as often a list). Two localities the gazetteer
    cannot nest (a village it lacks, a city's neighbourhood) are then one incident's place
    told at two scales ("an attack in the Tarsani area of Zehri", later "the Zehri attack"),
    not two incidents."""
    if not narrow or not wide or place_key(narrow) == place_key(wide) or breadth(narrow) != 0:
        return False  # a province or country is nested by the gazetteer ("India in Pakistan")
    # a possessed name is written bare elsewhere ("in Khyber Pakhtunkhwa's Swabi", then
    # "the village of Ahad Khan in Swabi")
    x, y = (
        "(?:"
        + "|".join(re.escape(n) for n in dict.fromkeys((name, _POSSESSED.split(name)[-1])))
        + ")"
        for name in (narrow, wide)
    )
    patterns = (
        rf"\b{x}(?:\s+{_PART})?\s+(?:of|in|near)\s+(?:the\s+)?{y}\b",
        rf"\b{y}(?:['’]s?)\s+(?:(?:[\w-]+\s+){{0,2}})?{x}\b",
    )
    return any(re.search(p, text, flags=re.IGNORECASE) for p in patterns)


def _nested_in_article(text: str, one: str | None, other: str | None) -> bool:
    """:func:`stated_within` either way round."""
    return stated_within(text, one, other) or stated_within(text, other, one)


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


def _enclosing_place(
    event: EventMention, mentions: Sequence[Mention], span: Span
) -> Mention | None:
    """The most specific tagged place of the event's sentence other than ``span``, the nearest
    first among equals: the resolved place a small untagged one is named within."""
    found = [
        m
        for m in mentions
        if m.label in PLACE_LABELS
        and event.start <= m.start
        and m.end <= event.end
        and not (m.start < span[1] and span[0] < m.end)
    ]
    if not found:
        return None
    return min(found, key=lambda m: (breadth(m.text), abs(m.start - span[1])))


#: "in/at/near X", "the general area of X": a place written as where something is or happened
_PLACED = re.compile(r"\b(?:in|at|near|inside|outside|around|of)\s+(?:[\w’'-]+\s+){0,4}$", re.I)


def _placed_there(mention: Mention, before: str) -> bool:
    """Whether an earlier sentence's place may be where the next sentence's incident happened:
    a district, town or locality (a province or a country says little more than the dateline,
    and "across the country" is no incident's place) that the gazetteer holds or the sentence
    writes as a place ("in the district's general area of Tirah"); not a person the model
    tagged a place ("Police rescued Parveen")."""
    if breadth(mention.text) != 0 or not mention.text[:1].isupper():
        return False  # nor "the trans-river belt": no name
    return bool(load_gazetteer().candidates(mention.text)) or bool(_PLACED.search(before))


@dataclass
class DocumentPlaces:
    """What every event of one document reads about its places, read once per document (an
    article of k events read them k times): the dateline's place mention, the place votes
    resolved (:func:`dossier.geo.resolved_votes`), the places the model tagged, and, as they
    are asked for, each sentence's places (:func:`_sentence_places`)."""

    analyzed: AnalyzedDocument
    dateline: Mention | None
    resolved: dict[str, Place]
    #: the model's own place mentions, in the document's mention order
    tagged: list[Mention]
    _by_sentence: dict[tuple[int, int], list[Mention]] = field(default_factory=dict)

    @classmethod
    def of(cls, analyzed: AnalyzedDocument) -> DocumentPlaces:
        return cls(
            analyzed=analyzed,
            dateline=_dateline_place(analyzed),
            resolved=resolved_votes(analyzed.place_votes),
            tagged=[m for m in analyzed.mentions if m.label in PLACE_LABELS and m.via == "ner"],
        )

    def in_sentence(self, sentence: Sentence) -> list[Mention]:
        """:func:`_sentence_places` of ``sentence``, computed once."""
        span = (sentence.start, sentence.end)
        if span not in self._by_sentence:
            self._by_sentence[span] = _sentence_places(self, sentence)
        return self._by_sentence[span]


def _sentence_regions(places: DocumentPlaces, event: EventMention) -> list[tuple[str, str]]:
    """(country, region) of each first-level region the event's sentence names as resolved in
    its document ("Khyber Pakhtunkhwa's Swat district"): where a locality the gazetteer
    lacks lies, before the article's other places say."""
    sentences = places.analyzed.sentences
    if not 0 <= event.sentence < len(sentences):
        return []
    sentence = sentences[event.sentence]
    found = []
    for mention in places.tagged:
        if sentence.start <= mention.start and mention.end <= sentence.end:
            place = places.resolved.get(mention.key)
            owner = _OWNER.match(mention.text)
            if place is None and owner:  # "Khyber Pakhtunkhwa’s Swat" tagged as one name
                regions = load_gazetteer().candidates(owner.group(1))
                if regions and all(p.feature == "ADM1" for p in regions):
                    place = regions[0] if len({p.country for p in regions}) == 1 else None
            if place is not None and place.feature == "ADM1" and place.admin1:
                found.append((place.country, place.admin1))
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


def _capitalised_runs(name: str) -> list[str]:
    """The runs of one to three capitalised words of a name that are not an institution's
    words, longest first ("Islamabad Capital Police": "Islamabad"; not "Police", a town of
    Poland)."""
    words = name.split()
    return [
        " ".join(words[i : i + size])
        for size in (3, 2, 1)
        for i in range(len(words) - size + 1)
        if all(w[:1].isupper() and w.lower() not in _INSTITUTION for w in words[i : i + size])
    ]


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


def _sentence_places(places: DocumentPlaces, sentence: Sentence) -> list[Mention]:
    """The places the model tagged in ``sentence`` that may be where an incident told next to
    it happened (see :func:`_placed_there`), in text order; shared by the look back to an
    earlier sentence and the look ahead to a finer one, so both read places alike."""
    text = places.analyzed.document.text
    return [
        m
        for m in places.tagged
        if sentence.start <= m.start
        and m.end <= sentence.end
        and _placed_there(m, text[sentence.start : m.start])
    ]


def _earlier_place(
    places: DocumentPlaces,
    event: EventMention,
    lookback: int,
    told: Sequence[dict[str, Any]] = (),
) -> Mention | None:
    """The most specific place the model tagged in the nearest of the ``lookback`` sentences
    before the event's that names one, the dateline's own mention aside: a sentence with no
    place of its own continues the incident told before it ("... an operation in North
    Waziristan. The operation resulted in the elimination of nine terrorists"), which an ACLED
    coder places where that incident was, not where the report was filed."""
    dateline = places.dateline
    numbered = [(i, s) for i, s in enumerate(places.analyzed.sentences) if s.end <= event.start]
    for index, sentence in reversed(numbered[-lookback:]):
        lent = _told_place(places, sentence, [r for r in told if r["sentence"] == index])
        if lent is not None:
            return lent
        found = [
            m for m in places.in_sentence(sentence) if not (dateline and dateline.start == m.start)
        ]
        if found:
            return min(found, key=lambda m: (breadth(m.text), -m.start))
        text = places.analyzed.document.text
        if opens_new_incident(text[sentence.start : sentence.end]):
            # "In another case, a child was abducted from the jurisdiction of Margalla Police
            # Station. ... the teams arrested all accused": an act told after another incident
            # whose place was not read is not placed by the one told before it
            return None
    return None


def _told_place(
    places: DocumentPlaces, sentence: Sentence, told: Sequence[dict[str, Any]]
) -> Mention | None:
    """The place an event of the same type told in ``sentence`` (``told``: its stored
    reports there) has from its own words: the incident that sentence tells is the one a next
    sentence with no place continues, so its place, not another the sentence names ("had
    hijacked Jaffar Express in Balochistan, the train was heading from Quetta to Peshawar"),
    is the one to lend."""
    keys = [
        r["location_key"] for r in told if r["location_via"] == "sentence" and r["location_key"]
    ]
    for key_ in keys:
        found = next(
            (
                m
                for m in places.analyzed.mentions
                if m.key == key_
                and m.label in PLACE_LABELS
                and sentence.start <= m.start
                and m.end <= sentence.end
                and not (places.dateline and places.dateline.start == m.start)
            ),
            None,
        )
        if found is not None:
            return found
    return None


#: a sentence that tells several incidents at once ("killed 13 Khwarij in five separate
#: engagements on February 12 and 13", "two separate attacks"): its date is each one's
_SEVERAL = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d+)\s+"
    r"(?:separate\s+|different\s+)?(?:engagements|encounters|attacks|incidents|operations|"
    r"raids|clashes|strikes|blasts|explosions)\b",
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
#: words after which a time dates a report, not the act it reports
_REPORTED_AT = re.compile(
    r"\b(?:said|says|told|stated|added|reported|announced|issued|released|statement|release)"
    r"(?:\s+(?!(?:from|of|in|after|before|since|during|was|were)\b)[\w'’-]+){0,3}\s+$",
    re.IGNORECASE,
)
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
_NAMED_ACTORS = frozenset({"ORG", "GPE", "PERSON", "NORP"})
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
    span the report allows, never outside it."""
    if event.type not in THREAD_INCIDENT_TYPES or event.modality not in REPORTED:
        return None
    if not (report.value_end and report.precision == "day"):
        return None
    text, times = analyzed.document.text, analyzed.times
    for ahead in range(1, LATER_DAY_SENTENCES + 1):
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
        for day in times:
            if not told.start <= day.start < told.end or (day.start, day.end) in taken:
                continue
            if _REPORTED_AT.search(text, max(told.start, day.start - 60), day.start):
                continue  # "..., the statement said on Thursday": a report's day
            if (
                day.precision == "day"
                and day.value_start == day.value_end
                and day.value_end is not None
                and day.value_end <= report.value_end
                and days_apart(day.value_end, report.value_end) <= 1
            ):
                return day
    return None


#: "across Balochistan", "throughout the country", "all over Punjab": an act spread over the
#: whole region, which no one town the next sentence names narrows
_SPREAD = re.compile(r"\b(?:across|throughout|all\s+over)\s+(?:the\s+)?\Z", re.IGNORECASE)


def _finer_place(
    places: DocumentPlaces, event: EventMention, wide: Mention, lookback: int
) -> Mention | None:
    """A district or town inside ``wide`` (a province or country the event's sentence names)
    that one of the next ``lookback`` sentences names: a lead tells the incident at the scale
    of a country ("killed five people ... in northern Afghanistan") and the next sentences
    say where ("... in Kunduz city"), which an ACLED coder takes. None when a sentence opens
    another incident first ("In a separate incident, ...")."""
    text = places.analyzed.document.text
    after = [s for s in places.analyzed.sentences if s.start >= event.end][:lookback]
    for sentence in after:
        if opens_new_incident(text[sentence.start : sentence.end]):
            return None
        found = [m for m in places.in_sentence(sentence) if nested_places(wide.text, m.text)]
        if found:
            return found[0]
    return None


def store_event(
    store: Store,
    analyzed: AnalyzedDocument,
    event: EventMention,
    undated_days: int = Settings.undated_event_days,
    lookback: int = Settings.place_lookback_sentences,
    reported_days: int = Settings.reported_event_days,
    places: DocumentPlaces | None = None,
) -> str:
    """Store one event report and put it into the event it reports; returns the event id.

    An event whose sentence names no place takes the place of the incident told just before it
    (:func:`_earlier_place`), else the dateline's; one whose sentence gives no
    date takes the interval its tense allows around the publication date (:func:`undated_interval`).
    ``places``: the document's places read once for all its events (built here when absent).
    """
    text, mentions = analyzed.document.text, analyzed.mentions
    if places is None:
        places = DocumentPlaces.of(analyzed)
    when = _time_of(event.time, analyzed.times)
    place = overlapping_mention(event.location, mentions)
    dateline_place = places.dateline
    force = _in_force_name(event, text)
    if event.location is not None and place is not None and place.label not in PLACE_LABELS:
        # "Dera Ismail Khan" with "Ismail Khan" tagged a person: the place, not the person;
        # "Sialkot" of "FIA Immigration Sialkot" (an organisation): the town, not the agency
        start, end = event.location
        if not (place.start <= start and end <= place.end) or force:
            place = None
    if place is None and event.location is not None:
        # a place the model did not tag ("in Takwara area"): kept by name; its entity is the
        # place its sentence names that it lies in ("the Zehri area of Khuzdar district"),
        # else the dateline's
        start, end = event.location
        around = _enclosing_place(event, mentions, (start, end)) or dateline_place
        key = around.key if around else ""
        if force:  # "Sialkot" of "FIA Immigration Sialkot": a town known by its own name
            key = name_key(text[start:end])
        place = Mention(start, end, text[start:end], "LOC", key, event.sentence)
    via = ("force" if force else "sentence") if place is not None else None
    if (
        place is not None
        and lookback > 0
        and breadth(place.text) > 0
        and not _SPREAD.search(text, max(0, place.start - 40), place.start)
    ):
        finer = _finer_place(places, event, place, lookback)
        if finer is not None:
            place, via = finer, "later"
    recalled = recalls(text, event)
    if (
        place is None
        and lookback > 0
        and not recalled
        and not opens_new_incident(text[event.start : event.end])
    ):
        told = store.event_mentions_in_document(analyzed.document.id, type=event.type)
        place = _earlier_place(places, event, lookback, told)
        via = "earlier" if place is not None else None
    if place is None and dateline_place is not None and not recalled:
        place, via = dateline_place, "dateline"
    lent = None
    if (
        (when is None or when.value_start is None or event.time_of_report)
        and lookback > 0
        and not recalled
    ):
        # an act with no date of its own continues the incident told just before it
        lent = _earlier_day(analyzed, event, lookback)
        if lent is None and event.time_of_report and when is not None:
            lent = _later_day(analyzed, event, when)
        if lent is None and (when is None or when.value_start is None):
            # "... killed seven terrorists during an operation ..." then "the operation took
            # place between Monday night and early Tuesday": the next sentence retells it
            lent = retold_day(analyzed, event, INCIDENT_RANGE_DAYS)
        when = lent or when
    bound = False  # the day only bounds the act: a statement's day that reports it
    if lent is None and (when is None or when.value_start is None) and lookback > 0:
        # "In a statement issued on Wednesday, ..." after an undated lead; "He criticised
        # ..." after "Murtaza on Wednesday demanded ...": the day it was said
        said = said_day(analyzed, event) if event.modality in REPORTED else None
        if said is not None:
            when, bound = said
    undated = (
        undated_interval(last_reported_day(analyzed.document), event.modality, undated_days)
        if when is None or when.value_start is None
        else None
    )
    if (event.time_of_report or bound) and not lent and when and when.value_end and not undated:
        # "..., officials said on Wednesday": the act is on or before the report's day
        undated = undated_interval(when.value_end, "asserted", reported_days)
    provisional = event_id_for(analyzed.document.id, event.trigger[0])
    record = {
        "document_id": analyzed.document.id,
        "event_id": provisional,
        "type": event.type,
        "mode": event.mode,
        "modality": event.modality,
        "sentence": event.sentence,
        "start": event.start,
        "end": event.end,
        "trigger_start": event.trigger[0],
        "trigger_end": event.trigger[1],
        "date_start": undated[0] if undated else when.value_start if when else None,
        "date_end": undated[1] if undated else when.value_end if when else None,
        "precision": "range" if undated else when.precision if when else None,
        "date_text": None if undated else when.text if when else None,
        "location_key": place.key if place and place.key else None,
        "location_text": place.text if place else None,
        "location_via": via,
    }
    if place is not None:
        record["location_admin1"], record["location_country"] = region_in(
            places.resolved,
            place.key,
            place.text,
            dateline_place.key if dateline_place else name_key(analyzed.document.dateline or ""),
            place_key(place.text),
            _town_after(places, place) or _sentence_regions(places, event),
        )
    args = [_arg("actor", s, text, mentions) for s in event.actors]
    args += [_arg("target", s, text, mentions) for s in event.targets]
    mention_id = store.add_event_mention(record, args)
    new_row = store.event_mention(mention_id)
    assert new_row is not None, f"event mention {mention_id} was just stored"
    dateline = analyzed.document.dateline
    new = _report(new_row, dateline, own_place=True)
    # reports of its own article that share a participant: weighed below, under the rules
    # that keep an article's incidents apart ("In another encounter in Lakki Marwat, two
    # Khwarij were sent to hell" shares the Khwarij with the lead's encounter, and is another)
    # a campaign's or a tally's date overlaps any incident's day: it joins no other
    # article's report (it bridged an April article's strikes to a January one's)
    campaign = tells_a_campaign(record)
    kin: list[int] = []
    for row in _event_candidates(store, new, analyzed.document.story_id):
        if row["document_id"] == analyzed.document.id:
            kin.append(row["id"])
            continue
        if campaign or tells_a_campaign(row):
            continue
        other = _report(row)
        if same_event(new, other):
            store.set_event(mention_id, row["event_id"])
            return str(row["event_id"])
    # the same incident told again further down the same article
    same_article = store.event_mentions_in_document(
        analyzed.document.id, type=event.type, other_than=mention_id
    )
    opens_new = opens_new_incident(text[event.start : event.end]) or recalled
    opening = opens_with_date(text, event, analyzed.times)
    # an incident told before the last list item's opener is not this report's
    broke = last_break(analyzed, event.start)
    # each telling as the merge rules see it, once: every candidate checks all of its event's
    reports = {r["id"]: _report(r, dateline, own_place=True) for r in same_article}
    # each event's reports so far, and whether one of them names another place than this
    # report (every report of the event, not only the nearest: a retelling with no place must
    # not chain the Eidak attack onto the Miramshah clashes told before it), once per event
    told_of: dict[str, list[dict[str, Any]]] = {}
    for r in same_article:
        told_of.setdefault(r["event_id"], []).append(r)
    mine = place.text if place else None
    elsewhere = {
        event_id: any(
            (
                places_differ(new, reports[r["id"]])
                or _regions_differ(
                    new, reports[r["id"]], (record["location_key"], r["location_key"]), places
                )
            )
            and not _nested_in_article(text, mine, r["location_text"])
            for r in told
        )
        for event_id, told in told_of.items()
    }
    stepped: dict[str, bool] = {}

    def apart(row: dict[str, Any]) -> bool:
        """Whether the article tells ``row``'s incident as another than this report's."""
        if opens_new and row["sentence"] != event.sentence:
            return True  # "In a separate incident, ...": not the incident told before
        if row["start"] < broke:
            return True  # "In another operation, ...": items after it are not told before it
        if opening and row["sentence"] != event.sentence:
            if row["event_id"] not in stepped:
                stepped[row["event_id"]] = steps_back(
                    opening, told_of[row["event_id"]], event.time_of_report
                )
            if stepped[row["event_id"]]:
                return True  # "Last week, ...": not the lead's "said on Monday" incident
        return elsewhere[row["event_id"]]

    by_id = {r["id"]: r for r in same_article}
    # a telling that shares a participant first ("the killing of Soleimani" told again after
    # other attacks came between), then the nearest earlier telling: a retelling ("The attack
    # was carried out by unidentified assailants") is of the incident just told, not of the
    # lead when another came between
    for row in (by_id[i] for i in kin if i in by_id):
        if not apart(row) and same_event(new, reports[row["id"]]):
            store.set_event(mention_id, row["event_id"])
            return str(row["event_id"])
    for row in sorted(same_article, key=lambda r: r["start"], reverse=True):
        if apart(row):
            continue
        if record["date_text"] and any(
            r["date_text"] and not dates_compatible(new, reports[r["id"]])
            for r in told_of[row["event_id"]]
        ):
            continue  # "at the weekend" after "on Thursday": each date it states is its own
        other = reports[row["id"]]
        if (
            same_incident_in_document(new, other)
            or (
                # "in the city of Kunduz" then "police spokesman for Kunduz province", "a bank in
                # northern Afghanistan": one incident told at several scales
                same_incident_in_document(replace(new, location=None), other)
                and nested_places(mine, row["location_text"])
            )
            or (
                # "the Tarsani area of Zehri" then "in Zehri": nested as the article writes them
                same_incident_in_document(replace(new, location=None, place=None), other)
                and _nested_in_article(text, mine, row["location_text"])
            )
        ):
            store.set_event(mention_id, row["event_id"])
            return str(row["event_id"])
    return provisional


#: earlier reports read at a time: the caller stops at the first that is its occurrence,
#: and an archive of wire copies holds hundreds of reports of one incident's days
CANDIDATE_PAGE = 50


def _event_candidates(
    store: Store, report: EventReport, story: str | None
) -> Iterator[dict[str, Any]]:
    """Earlier reports of the same type that share a participant (through any
    alias of its entity) and could be the same occurrence: dates that overlap,
    or, for an undated report, the same story; in row order, read a page at a time.
    Bounded by design: a country that takes part in thousands of events must not
    make ingest quadratic."""
    keys = sorted({k for e in report.participants for k, _reason in store.entity_keys(e)})
    if not keys:
        return
    ids = store.event_candidate_ids(report.type, keys, story, report.date_start, report.date_end)
    for start in range(0, len(ids), CANDIDATE_PAGE):
        yield from store.event_mentions_by_id(ids[start : start + CANDIDATE_PAGE])


def speaker_mention(span: Span | None, text: str, mentions: Sequence[Mention]) -> Mention | None:
    """The named mention a speaker span stands for, or None when the span is a
    description with a name inside it only as a modifier: "The Israeli military
    said" is the military (an office, a typed generic speaker), not "Israeli"; "the
    Balochistan government" is not "Balochistan". A mention counts when it reaches the
    span's last word (the head of an English noun phrase)."""
    mention = overlapping_mention(span, mentions)
    if mention is None or span is None:
        return mention
    tail = text[span[0] : span[1]].rstrip(" .,;:").removesuffix("'s").removesuffix("’s")
    return mention if mention.end >= span[0] + len(tail) else None


def _claim_record(analyzed: AnalyzedDocument, claim: ClaimMention) -> dict[str, Any]:
    mentions = analyzed.mentions
    text = analyzed.document.text
    speaker = speaker_mention(claim.speaker, text, mentions)
    # a speaker with no name of its own ("the defence minister", "the Israeli
    # military") is kept as a typed generic speaker: its words, no entity
    generic = text[claim.speaker[0] : claim.speaker[1]] if claim.speaker and not speaker else None
    subject = overlapping_mention(claim.subject, mentions)
    quantity = claim.quantity
    return {
        "document_id": analyzed.document.id,
        "kind": claim.kind,
        "start": claim.start,
        "end": claim.end,
        "text": claim.text,
        "sentence": claim.sentence,
        "speaker_key": speaker.key if speaker else None,
        "speaker_text": speaker.text if speaker else generic,
        "speaker_start": speaker.start if speaker else claim.speaker[0] if generic else None,
        "speaker_end": speaker.end if speaker else claim.speaker[1] if generic else None,
        "speaker_role": claim.speaker_role,
        "cue": claim.cue,
        "subject_key": subject.key if subject else None,
        "subject_text": subject.text if subject else None,
        "qmin": quantity.min if quantity else None,
        "qmax": quantity.max if quantity else None,
        "unit": quantity.unit if quantity else None,
        "hedge": quantity.hedge if quantity else None,
    }


#: mention labels that name a place a figure can be tied to
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: time precisions that name a period ("in January", "in 2024"), not a day
PERIOD_PRECISIONS = frozenset({"week", "month", "season", "year", "range"})


def claim_identity(analyzed: AnalyzedDocument, claim: ClaimMention) -> dict[str, Any]:
    """``scope``, ``holds_on`` and ``place_key`` of a quantity claim (see
    :func:`dossier.kb.claims.identity_key`), from its sentence.

    * a period named in the sentence ("in January", "in 2024") makes the figure a
      total for that period, cut off at the publication date while the period is
      still running;
    * a total without a period ("so far", "since") holds up to the publication date;
    * a count of one incident holds for the day the sentence names, else the
      publication day;
    * the places are the place mentions of the sentence, the subject excepted.
    """
    if claim.kind != "quantity":
        return {"scope": None, "holds_on": None, "place_key": None}
    published = analyzed.document.published
    in_sentence = [t for t in analyzed.times if t.sentence == claim.sentence and t.value_start]
    period = next((t for t in in_sentence if (t.precision or "") in PERIOD_PRECISIONS), None)
    day = next(
        (t for t in in_sentence if t.precision == "day" and t.value_start == t.value_end), None
    )
    unit = claim.quantity.unit if claim.quantity else None
    scope = figure_scope(claim.text, unit)
    if _breakdown(analyzed, claim):
        # "58 of the 251 prisoners remain, including 34 dead": the figures of one
        # sentence counting one thing are parts of one another, not rival values
        return {"scope": "part", "holds_on": published, "place_key": None}
    if (
        scope == "point"
        and period is not None
        and period.precision in ("month", "season", "year")  # a stated span of days dates it
        and day is not None
        and day_dates_incident(claim.text, day.start - claim.start, period.start - claim.start)
    ):
        period = None  # the period is another clause's ("the ceasefire agreed in January")
    if period is not None and period.value_start and period.value_end:
        scope = "cumulative"
        end = period.value_end
        if published and end >= published:
            end = published
        holds_on = f"{period.value_start}..{end}"
    elif scope == "cumulative":
        holds_on = f"..{published}" if published else None
    elif scope == "stock":
        holds_on = published
    else:
        holds_on = day.value_start if day is not None else published
    subject = claim.subject
    places = sorted(
        {
            m.key
            for m in analyzed.mentions
            if m.sentence == claim.sentence
            and m.label in PLACE_LABELS
            and claim.start <= m.start < claim.end
            and not (subject and m.start < subject[1] and subject[0] < m.end)
        }
    )
    return {"scope": scope, "holds_on": holds_on, "place_key": ";".join(places) or None}


def _breakdown(analyzed: AnalyzedDocument, claim: ClaimMention) -> bool:
    """Another figure of the same sentence counts the same thing with another value."""
    if claim.quantity is None:
        return False
    measure = unit_key(claim.quantity.unit)
    figure = (claim.quantity.min, claim.quantity.max)
    return any(
        other.kind == "quantity"
        and other.quantity is not None
        and other.sentence == claim.sentence
        and unit_key(other.quantity.unit) == measure
        and (other.quantity.min, other.quantity.max) != figure
        for other in analyzed.claims
    )


def _entity(store: Store, key: str | None) -> str | None:
    return store.entity_ids_for_keys([key]).get(key) if key else None


def _claim_candidates(
    store: Store, kind: str, speaker: str | None, key: str, story: str | None
) -> Iterator[dict[str, Any]]:
    """Earlier mentions that may repeat this claim, found through indexes: the
    very same words (a re-print), or what the same speaker said in the same
    story (an edition that trimmed the quote); in row order, read a page at a time
    (the caller stops at the first repeat). Bounded, so a prolific speaker
    does not make ingest quadratic."""
    keys = None if speaker is None else [k for k, _reason in store.entity_keys(speaker)]
    ids = store.claim_candidate_ids(kind, key, keys, story)
    for start in range(0, len(ids), CANDIDATE_PAGE):
        yield from store.claim_mentions_by_id(ids[start : start + CANDIDATE_PAGE])


def store_claim(store: Store, analyzed: AnalyzedDocument, claim: ClaimMention) -> str:
    """Store a claim mention under the claim it repeats (same speaker, same words)."""
    record = _claim_record(analyzed, claim)
    record["text_key"] = text_key(claim.text)
    record.update(claim_identity(analyzed, claim))
    speaker = _entity(store, record["speaker_key"])
    subject = _entity(store, record["subject_key"])
    story = analyzed.document.story_id
    for other in _claim_candidates(store, claim.kind, speaker, record["text_key"], story):
        if claim.kind == "quantity" and (
            other["subject_entity"] != subject
            or (other["qmin"], other["qmax"]) != (record["qmin"], record["qmax"])
            or unit_key(other["unit"]) != unit_key(record["unit"])
        ):
            continue
        if same_statement(other["text"], record["text"]):
            record["claim_id"] = other["claim_id"]
            break
    else:
        figure = (record["qmin"], record["qmax"], unit_key(record["unit"]))
        record["claim_id"] = claim_id(
            claim.kind, speaker, subject, claim.text, figure if claim.kind == "quantity" else None
        )
    store.add_claim_mention(record)
    return str(record["claim_id"])


def store_facts(store: Store, analyzed: AnalyzedDocument) -> None:
    """Dates, events and claims of one newly stored document, then its event group."""
    store.add_times(analyzed.document.id, analyzed.times)
    settings = load_settings()
    places = DocumentPlaces.of(analyzed)
    for event in analyzed.events:
        store_event(
            store,
            analyzed,
            event,
            settings.undated_event_days,
            settings.place_lookback_sentences,
            settings.reported_event_days,
            places,
        )
    for claim in analyzed.claims:
        store_claim(store, analyzed, claim)
    assign_event_group(store, analyzed.document.id, analyzed.document.story_id, settings)


def _incident(row: dict[str, Any], published: str | None, group: dict[str, Any]) -> Incident:
    """The main incident of a ``document_groups`` row, its places folded for comparing
    (:func:`place_fold`: "Nushki" and "Noshki" are one district)."""
    return Incident(
        document_id=row["document_id"],
        report=_report(row),
        day=incident_day(row, published),
        location=place_fold(group["location"]) if group.get("location") else None,
        places=frozenset(place_fold(p) for p in (group.get("places") or "").split(";") if p),
        figures=frozenset(filter(None, (group.get("figures") or "").split(";"))),
        regions=frozenset(filter(None, (group.get("regions") or "").split(";"))),
    )


_MONTHS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june "
    "july august september october november december".split()
)
#: a count this large in two leads of one day is a toll worth comparing without its verb
#: ("all 16 terrorists"); "five brave sons of the soil" is no toll of its own
_DISTINCT_COUNT = DISTINCT_FIGURE


def _lead_features(
    store: Store,
    document_id: str,
    text: str,
    sentences: int,
    dateline: str,
    mentions: Sequence[dict[str, Any]],
) -> tuple[list[str], list[str], list[str]]:
    """The specific places (name keys), the countries of all its places, and the tolls
    ("killed:3") of a document's lead: what two reports of one incident share however they
    name its actors. Places count by country too, so "Khyber Pakhtunkhwa" and "Pakistan"
    agree and "Lebanon" and "Kalat" do not (a name the gazetteer holds in one country).
    ``mentions``: the document's stored mentions, read once by the caller."""
    from dossier import geo

    gazetteer = geo.load_gazetteer()
    end = lead_end(text, sentences)
    places: set[str] = set()
    countries: set[str] = set()
    for mention in mentions:
        key = place_key(mention["text"])
        if mention["start"] >= end or mention["label"] not in ("GPE", "LOC", "FAC"):
            continue
        if not key or key == dateline:
            continue
        if geo.breadth(mention["text"], gazetteer) == 0 and geo.breadth(key, gazetteer) == 0:
            # a province or a country under a suffix the gazetteer does not hold
            # ("Khyber Pakhtunkhwa Province", "Balochistan's") is no specific place either
            places.add(key)
        found = {p.country for p in gazetteer.candidates(mention["text"])}
        if len(found) == 1:
            countries |= found
    figures = set()
    quantities = (
        c for c in store.claim_mentions_in_document(document_id) if c["kind"] == "quantity"
    )
    for claim in quantities:
        if claim["start"] >= end or claim["qmin"] is None or claim["qmin"] != claim["qmax"]:
            continue
        words = set((unit_key(claim["unit"]) or "").split())
        if words & _MONTHS:
            continue  # "Mar 16" in a dateline is a date, not a toll
        measure = sorted(words & INCIDENT_PARTICIPLES)
        if measure:
            figures.add(f"{measure[0]}:{claim['qmin']:g}")
        elif claim["qmin"] >= _DISTINCT_COUNT:
            # "eliminated all 16 terrorists" / "16 khwarij killed": the toll, however the
            # verb reads; small numbers are too common to tell incidents apart
            figures.add(f"count:{claim['qmin']:g}")
    return sorted(places), sorted(countries), sorted(figures)


def _main_reports(store: Store, rows: dict[int, dict[str, Any]]) -> list[dict[str, Any]]:
    """The event reports of ``rows`` (``document_groups`` rows keyed by mention id)."""
    if not rows:
        return []
    return store.event_mentions_by_id(sorted(rows))


def _shift(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def _lead_events(
    mentions: list[dict[str, Any]], main: dict[str, Any], lead_sentences: int
) -> list[str]:
    """The events a document's thread follows: its main event, then the incidents its
    lead reports beside it. A statement or a reaction ("X condemns the attack on ...") has
    the statement as its news and the incident as its object; the incident, told in the
    lead, ties it to the storyline of that incident (the thread), never to its event
    group."""
    found = [main["event_id"]]
    for row in mentions:
        if (
            row["sentence"] < lead_sentences
            and row["modality"] in REPORTED
            and row["type"] in THREAD_INCIDENT_TYPES
            and row["event_id"] not in found
        ):
            found.append(row["event_id"])
    return found


def _told_incident(
    mentions: list[dict[str, Any]], main: dict[str, Any] | None, lead_sentences: int
) -> dict[str, Any] | None:
    """The incident a document's event group is decided by: its main event, or -- where
    that is a statement, a condemnation, an appeal (not an attack, an arrest, a protest) --
    the first incident its lead reports: the incident the article's event is compared by.
    Where a named actor's reaction is the lead's news ("Naqvi condemns firing on police in
    Kohat", :func:`reacts`), the caller joins it by no incident: a reaction is its own
    statement (the reactions rule in ``bench/labels/stories/GUIDE.md``). (The thread still
    follows the main event.)"""
    if main is None or main["type"] in THREAD_INCIDENT_TYPES:
        return main
    return next(
        (
            r
            for r in mentions
            if r["sentence"] < lead_sentences
            and r["modality"] in REPORTED
            and r["type"] in THREAD_INCIDENT_TYPES
        ),
        main,
    )


#: what follows the subject of a lead that acts or speaks: an apposition, "on Wednesday",
#: an auxiliary or an adverb, then a verb ("Hanif Abbasi on Wednesday strongly condemned",
#: "Prime Minister Shehbaz Sharif Thursday said", "Bugti says"). A name followed by
#: anything else ("since Assad's fall", "the attack on Naqvi's convoy") is not the lead's
#: actor.
_WEEKDAY = r"(?i:mon|tues|wednes|thurs|fri|satur|sun)day"
_ACTS = re.compile(
    r"\s*(?:\([^)]{1,40}\)\s*)?(?:,[^,.;]{1,90},\s*)?(?:,\s*)?"
    rf"(?:(?:on\s+)?(?P<before>{_WEEKDAY})\s+)?"
    r"(?:(?:has|had|have|also|on\s+\w+|again|today|here|[a-z]+ly)\s+)*"
    r"(?P<verb>[a-z]+)\b"
    rf"(?:\s+on\s+(?P<after>{_WEEKDAY})\b)?"
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _act_day(weekday: str | None, published: str | None) -> str | None:
    """The day a lead's "on Wednesday" names: the last such weekday on or before the
    publication day (an agency's same-day report and a newspaper's next-day one name the
    same Wednesday). None where the lead names no weekday or the article no date."""
    if not weekday or not published:
        return None
    day = date.fromisoformat(published[:10])
    back = (day.weekday() - _WEEKDAYS.index(weekday.lower())) % 7
    return (day - timedelta(days=back)).isoformat()


_IRREGULAR_ACTS = frozenset(
    "said told met paid held sought spoke took gave made led chaired visited vowed".split()
)
_NAME_WORD = re.compile(r"[a-z]+")


def _acts(word: str) -> bool:
    """Whether a lower-case word after a name reads as its verb (past tense, third person,
    or a common irregular one) and not as a preposition or an article."""
    return word in _IRREGULAR_ACTS or (
        len(word) > 3 and (word.endswith("ed") or word.endswith("s")) and word not in _NOT_VERBS
    )


_NOT_VERBS = frozenset("across towards afterwards besides perhaps whereas thus was has".split())


_BULLET = re.compile(r"\s*[•▪●◆*-][^\n]*\n+")


#: who acts in a lead: a person. (Bodies -- "The Islamabad High Court suspended ..." -- were
#: measured and dropped: an armed group, "the security forces", the military's media wing
#: and a train the model takes for an organisation act in a dozen unrelated leads a day.)
_ACTOR_LABELS = frozenset({"PERSON"})


def _statement_lead_end(text: str, sentences: int) -> int:
    """Where the lead of a statement's report ends: its first ``sentences`` sentences after
    any headline bullets (a newspaper's "• Zardari says ...; PM receives briefing" lines
    above the body), which summarise the article rather than start it."""
    start = 0
    while found := _BULLET.match(text, start):
        start = found.end()
    return start + lead_end(text[start:], sentences, paragraphs=True)


def _news_day(text: str) -> str | None:
    """The weekday a lead's first sentence sets for its news ("The Foreign Office (FO) on
    Thursday said ...", "Pakistan on Thursday reiterated ..."), where it names exactly one:
    the day of what the lead's later speakers say, whose own sentences name none (a
    spokesman's quote, the briefing's details). Headline bullets are skipped, as for the
    lead."""
    start = 0
    while found := _BULLET.match(text, start):
        start = found.end()
    first = text[start : start + lead_end(text[start:], 1)]
    days = {m["day"].lower() for m in _LATER_DAY.finditer(first)}
    return days.pop() if len(days) == 1 else None


def _lead_actors(
    mentions: list[dict[str, Any]], text: str, end: int, published: str | None = None
) -> list[tuple[str, str | None]]:
    """The persons a document's lead tells acting or speaking ("Railways Minister Hanif
    Abbasi on Wednesday condemned ...", "President Zardari and Prime Minister Shehbaz
    Sharif on Wednesday paid tribute"): each person named in the lead whose name a verb
    follows, under the longest name the document gives that person ("Bugti says" in a
    headline bullet, "Sarfraz Bugti" below). Two reports of one statement, one press
    conference, one visit name its actors alike however else they differ, and rarely give
    any other evidence (no place of its own, no toll): the actors are how they meet. Each
    comes with the day the lead says it acted ("on Wednesday", :func:`_act_day`), else
    the day its first sentence sets for the news (:func:`_news_day`: "Pakistan on Thursday
    said ... Foreign Office spokesperson Shafqat Ali Khan, at his weekly press briefing,
    said"), else None: the same minister's acts of two days are two events."""
    persons = [m for m in mentions if m["label"] in _ACTOR_LABELS]
    news_day = _news_day(text)
    found: list[tuple[str, str | None]] = []
    for mention in persons:
        if mention["start"] >= end:
            break
        if _body_key(mention["text"]):
            continue  # "the National Assembly" tagged as a person: a body (_lead_bodies)
        words = _NAME_WORD.findall(unidecode(mention["text"]).lower())
        after = _ACTS.match(text, mention["end"])
        if not words or after is None or not _acts(after["verb"]):
            continue
        longest = words
        for other in persons:
            full = _NAME_WORD.findall(unidecode(other["text"]).lower())
            if len(full) > len(longest) and full[-len(words) :] == words:
                longest = full
        name = " ".join(longest)
        acted = _act_day(_acted_weekday(text, after, news_day), published)
        if len(longest) < 2:
            continue  # a surname alone, never expanded, names no one in particular
        known = [i for i, (n, _d) in enumerate(found) if n == name]
        if not known:
            found.append((name, acted))
        elif acted and found[known[0]][1] is None:
            found[known[0]] = (name, acted)  # a bullet's "Bugti says", the body's "on Friday"
    return found


#: institutional speakers told by two outlets alike however they name them: a foreign office
#: ("the Foreign Office (FO)", "FO", "the Ministry of Foreign Affairs"), a ministry ("the
#: interior ministry", "Ministry of Interior"), a legislature. Each reads as one key, kept
#: with its country where the article tells it. (Not the military's media wing, the police
#: or a court: they issue a dozen unrelated releases or orders a day, told in the same
#: words.)
_BODY_NAMES = (
    (re.compile(r"(?:ministry of foreign affairs|foreign (?:office|ministry)|fo|mofa)"), "fo"),
    (re.compile(r"ministry of (?P<of>[a-z]+)(?: affairs)?|(?P<the>[a-z]+) ministry"), "ministry"),
    (re.compile(r"national assembly|senate"), "legislature"),
    (re.compile(r"(?:[a-z]+ )?high court|supreme court"), "court"),
)
#: an institutional speaker's name in a lead's text, where the tagger may miss it ("(APP):The
#: National Assembly on Thursday ..."): :func:`_body_key` decides what it is
_BODY_TEXT = re.compile(
    r"\b(?:Foreign Office|Ministry of Foreign Affairs|Foreign Ministry|FO|MoFA|MOFA"
    r"|Ministry of [A-Z][a-z]+(?: Affairs)?|National Assembly|Senate"
    r"|(?!(?:[Tt]he|[Tt]his|[Hh]is|[Ii]ts|[Tt]heir|[Aa]n?)\s)[A-Za-z]+ [Mm]inistry"
    r"|(?:[A-Z][a-z]+ )?High Court|Supreme Court)\b"
)
#: words before "ministry" that name none ("the ministry", "his ministry")
_NO_MINISTRY = frozenset("the a an this that his her its their federal provincial said".split())
#: verbs by which a country speaks in a lead ("Pakistan on Thursday said ...", "Islamabad
#: rejected ..."): its foreign office's statement. A country acting otherwise ("Pakistan
#: beat ...", "Iran launched ...") is no statement
_STATE_SAYS = frozenset(
    "said says stated reiterated rejected urged called termed announced condemned welcomed "
    "dismissed warned demanded clarified lodged summoned expressed denied asked".split()
)
#: a place name that ends a noun phrase's owner ("the Embassy of Iran"), not its head
_OWNED = re.compile(r"\b(?:of|for|in)\s+(?:the\s+)?\Z", re.IGNORECASE)
#: the key word of an institutional speaker (:func:`_lead_bodies`): no person's surname
BODY = "body:"


def _body_key(name: str) -> str | None:
    """The speaker key of an institution's name ("The Foreign Office (FO)" -> "fo",
    "Ministry of Interior" -> "ministry-interior", "the National Assembly" ->
    "legislature-national-assembly"), None where the name is no institutional speaker."""
    words = re.sub(r"\([^)]*\)", " ", unidecode(name).lower())
    words = " ".join(re.sub(r"^the\s+|['’]s$", "", words.strip()).split())
    for pattern, kind in _BODY_NAMES:
        found = pattern.fullmatch(words)
        if found is None:
            continue
        if kind == "ministry":
            subject = found["of"] or found["the"]
            return None if subject in _NO_MINISTRY else f"ministry-{subject}"
        if kind in ("legislature", "court"):
            return f"{kind}-" + words.replace(" ", "-")
        return kind
    return None


def _country_of(name: str | None) -> str | None:
    """The one country a place name lies in (the dateline's: "ISLAMABAD" -> "PK"), else
    None."""
    if not name:
        return None
    found = {p.country for p in load_gazetteer().candidates(name)}
    return found.pop() if len(found) == 1 else None


def _lead_bodies(
    mentions: list[dict[str, Any]],
    text: str,
    end: int,
    published: str | None,
    dateline: str | None,
) -> list[tuple[str, str | None]]:
    """The institutional speakers a document's lead tells speaking, as :func:`_lead_actors`
    tells persons: a foreign office, a ministry or a legislature acting ("The Foreign Office
    (FO) on Thursday said ...", "The National Assembly on Thursday unanimously passed ..."),
    or a country saying ("Pakistan on Thursday said ...": its foreign office). Two outlets'
    reports of one briefing or one resolution often name no person in the lead; the body,
    its day and the statement's words are what they share. Each key is
    ``"<country> body:<kind>"`` (the country: the speaking state's, else the dateline's;
    left out where neither tells it), with the day the lead says it acted."""
    news_day = _news_day(text)
    home = _country_of(dateline)
    named = [(m.start(), m.end(), m[0], "BODY") for m in _BODY_TEXT.finditer(text, 0, end)]
    named += [
        (m["start"], m["end"], m["text"], m["label"])
        for m in mentions
        if m["start"] < end and m["label"] == "GPE"
    ]
    found: list[tuple[str, str | None]] = []
    for start, stop, name, label in sorted(named):
        after = _ACTS.match(text, stop)
        if after is None or not _acts(after["verb"]):
            continue
        kind = _body_key(name) if label == "BODY" else None
        country = home
        if kind is None:
            if label != "GPE" or after["verb"] not in _STATE_SAYS:
                continue
            if not stands_for_state(name) or _OWNED.search(text, 0, start):
                continue  # "The Embassy of Iran on Sunday condemned ...": the embassy's
            kind, country = "fo", _country_of(name)
            if home and country != home:
                continue  # a foreign state, told by an agency: rarely two outlets' news
        acted = _act_day(_acted_weekday(text, after, news_day), published)
        name = f"{country} {BODY}{kind}" if country else f"{BODY}{kind}"
        if acted and all(n != name for n, _d in found):
            found.append((name, acted))
    return found


def _acted_weekday(text: str, after: re.Match[str], news_day: str | None) -> str | None:
    """The weekday a lead actor's act is told on: next to its verb ("on Wednesday said"),
    else after the act's object in the same sentence ("visited Bannu on Thursday"), else
    the lead's news day (:func:`_news_day`)."""
    weekday = after["before"] or after["after"]
    if weekday is None:
        stop = _SENTENCE_STOP.search(text, after.end())
        later = _LATER_DAY.search(text, after.end(), stop.start() if stop else len(text))
        weekday = later["day"] if later else news_day
    return weekday


def _same_speaker(a: str, b: str) -> bool:
    """Whether two lead actors (:func:`_lead_actors`, :func:`_lead_bodies`) can be one
    speaker: two persons by :func:`_same_actor`; two institutions of one kind whose
    countries agree (or one does not tell it)."""
    if BODY in a or BODY in b:
        *home_a, kind_a = a.split()
        *home_b, kind_b = b.split()
        return kind_a == kind_b and (not home_a or not home_b or home_a == home_b)
    return _same_actor(a, b)


_SENTENCE_STOP = re.compile(r"[.!?…](?=\s)|\n")

#: the prefix of a reaction's stored type (``document_groups.type``): "reaction:ASSAULT"
#: is a reaction to an attack, found by the attack's reports for their thread only
REACTED = "reaction:"
#: verbs by which a lead's person reacts to an occurrence rather than reports it: the
#: article's news is then that person's statement (issue 16's reactions rule,
#: ``bench/labels/stories/GUIDE.md``), not the incident it names
_REACTION_VERBS = frozenset(
    "condemn condemned condemns laud lauded lauds praise praised praises hail hailed hails "
    "appreciate appreciated appreciates commend commended commends salute saluted salutes "
    "applaud applauded applauds denounce denounced denounces deplore deplored deplores "
    "mourn mourned mourns lament lamented laments condole condoled condoles felicitate "
    "felicitated felicitates congratulate congratulated congratulates slam slams slammed "
    "condemnation condemnations tribute tributes".split()
)
_HEADLINE_WORD = re.compile(r"[a-z]+")
#: where a headline's first clause ends ("...; PM condemns", "... as PM condemns"): a
#: reaction told after it is not the headline's news
_CLAUSE_END = re.compile(r";|\s+as\s+|\s+after\s+|\s+while\s+", re.IGNORECASE)


def headline_reacts(title: str | None) -> bool:
    """Whether a headline's first clause is a reaction ("U.S. condemns attack on school
    bus", "President, PM pay tribute to security forces", "Condemnations pour in over
    Khuzdar blast"): an agency's reaction often opens its lead with the incident, and the
    reacting body may be a name the tagger misses; the headline says what the news is."""
    if not title:
        return False
    clause = _CLAUSE_END.split(unidecode(title).lower(), maxsplit=1)[0]
    return any(word in _REACTION_VERBS for word in _HEADLINE_WORD.findall(clause))


#: a light verb and, within a few words, what makes it a reaction ("paid glowing tribute",
#: "expressed deep grief", "called for a thorough inquiry", "took notice of")
_REACTION_PHRASE = re.compile(
    r"(?:pa(?:y|ys|id)|express(?:es|ed)?|offer(?:s|ed)?|extend(?:s|ed)?)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:tributes?|grief|sorrow|condolences?|sympath(?:y|ies)|solidarity|homage)\b"
    r"|(?:call(?:s|ed)?\s+for|demand(?:s|ed)?|order(?:s|ed)?|s(?:eeks?|ought))\s+"
    r"(?:[\w’'“”\"-]+\s+){0,4}?(?:inquiry|investigation|probe)\b"
    r"|t(?:akes?|ook)\s+(?:[\w-]+\s+)?notice\b",
    re.IGNORECASE,
)


def reacts(mentions: Sequence[dict[str, Any]], text: str, end: int) -> bool:
    """Whether a lead's news is a reaction: a person, a body or a country named in it (``mentions``:
    the document's entity mentions, by offset; ``end``: where the lead ends) acts with a
    reaction verb ("Interior Minister Mohsin Naqvi has strongly condemned ...", "President
    Zardari paid tribute ...", "the speaker called for a thorough inquiry ..."). Such an
    article reports a statement: its own event, joined with the reports of that
    statement, never with the incident's (the President's tribute that repeats the
    military's toll is no second source for the operation)."""
    for mention in mentions:
        if mention["start"] >= end:
            break
        if mention["label"] not in _NAMED_ACTORS:
            continue  # a person, or a body or a country ("the Foreign Office condemned")
        after = _ACTS.match(text, mention["end"])
        if after is None:
            continue
        if after["verb"] in _REACTION_VERBS:
            return True
        if _REACTION_PHRASE.match(text, after.start("verb")):
            return True
    return False


#: "on Thursday" later in the sentence, not "Thursday's attack"
_LATER_DAY = re.compile(rf"\bon\s+(?P<day>{_WEEKDAY})\b(?![’']s)")


def _untitled(name: str) -> list[str]:
    """A lead actor's name words without the titles one outlet gives and the other does not
    ("Lt Gen Ahmed Sharif Chaudhry", "General Syed Asim Munir", "Gen Asim Munir"):
    :func:`dossier.names.strip_titles`, lower case; the name as written where that leaves
    fewer than two words (a surname alone names no one in particular)."""
    words = [w.lower() for w in strip_titles(name)]
    return words if len(words) >= 2 else name.split()


def _same_actor(a: str, b: str) -> bool:
    """Whether two lead actors' full names can be one person: one name ends with the other
    and the shorter has a given name too ("Shehbaz Sharif", "Muhammad Shehbaz Sharif"; not
    "Ali Khan" and "Omar Ayub Khan"), leading titles aside ("Syed Asim Munir", "Gen Asim
    Munir")."""
    x, y = sorted((_untitled(a), _untitled(b)), key=len)
    return len(x) >= 2 and y[-len(x) :] == x


#: words that say nothing of what a statement is about: function words, the verbs of
#: saying, days and months, and the titles every report of an official gives
_STATEMENT_STOP = frozenset(
    """that this with from have been were their would will said says also they them after
    over into about which while when where there these those than other such more most
    being under upon amid against during before between through including added stated
    told saying according statement press release monday tuesday wednesday thursday
    friday saturday sunday january february march april june july august september october
    november december president prime minister ministers federal chief governor senator
    general chairman secretary spokesperson spokesman official officials""".split()
)
_CONTENT_WORD = re.compile(r"[a-z]{4,}")
#: the share of the shorter lead's content words two reports of one statement have in
#: common (its subject: "cowardly", "resolve", "Jaffar Express"); one person's other
#: statement or another part of the day's visit shares less
SAME_STATEMENT = 0.2


def statement_words(text: str, end: int, leave_out: str = "") -> frozenset[str]:
    """The content words of a statement's lead (``text[:end]``), lower case, less
    :data:`_STATEMENT_STOP` and the words of ``leave_out`` (the speaker's name and the
    dateline: every report of any statement of the speaker has them)."""
    known = set(_CONTENT_WORD.findall(unidecode(leave_out).lower()))
    lead = unidecode(text[:end]).lower()
    return frozenset(w for w in _CONTENT_WORD.findall(lead) if w not in _STATEMENT_STOP | known)


def one_statement(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two statement leads' content words (:func:`statement_words`) tell one
    statement: at least :data:`SAME_STATEMENT` of the shorter's are in the other. The
    same person acting on the same day is not enough -- the Prime Minister condemns an
    attack in the morning and lauds the operation that ends it at night."""
    if not a or not b:
        return False
    return len(a & b) >= SAME_STATEMENT * min(len(a), len(b))


#: the share of the shorter telling's content words (headline and first sentence) two
#: reports of one incident have in common. Place, day, type and toll are what one day's
#: look-alikes share too (a policeman shot in Bajaur and a suspect arrested there that
#: day; a bank bombing in Kunduz and five killed in Karak); two tellings of one incident
#: share its subject ("polio team", "madressah", "convoy", "Jaffar Express"). Measured on
#: the labelled join pairs of both archive samples (bench/eval_stories.py --archive):
#: at 0.25, 20 of 35 wrong pairs fall and 1 of 44 right ones. What the storyline (threads)
#: and an outlet's rewrite of its own statement (:func:`_rewrites`) ask
SAME_TELLING = 0.25
#: what two outlets' reports of one incident must share to join as its independent sources:
#: more than a storyline's reports. On every labelled pair of one event type in the four
#: label files, tellings sharing 0.25-0.33 were one event 7 times in 40 (the others one
#: storyline's: the India-Pakistan crisis's reports of one day naming Kashmir, a blast in
#: Mastung and a bus crash elsewhere sharing "16 injured"), from 0.33 up 64 in 133. April
#: sample 22 -> 19 join pairs, the 3 dropped all wrong; January and the realnews labels
#: lose no pair
JOIN_TELLING = 0.33


def telling_words(title: str | None, text: str) -> frozenset[str]:
    """The content words of how a report tells its news: its headline and its first
    sentence (:func:`statement_words`' stop list: no function words, days, titles)."""
    head = f"{title or ''}\n"
    return statement_words(head + text, len(head) + lead_end(text, 1))


def one_telling(a: frozenset[str], b: frozenset[str], share: float = SAME_TELLING) -> bool:
    """Whether two reports' tellings (:func:`telling_words`) share at least ``share`` of
    the shorter's words. A report with no words (no headline, no text) is not held
    against: the other evidence decides."""
    if not a or not b:
        return True
    return len(a & b) >= share * min(len(a), len(b))


def _differ(a: dict[str, Any], b: dict[str, Any], located: bool = False) -> bool:
    """Whether two ``document_groups`` rows tell different occurrences: both leads name
    specific places and none in common, or both give tolls and none in common (the
    President's tribute for eight terrorists killed and, the next day, for four). The place
    of a row's incident counts only where ``located``: two reports of one statement take
    different incidents for their event (the DG ISPR's press conference on the Jaffar
    Express: Sibi in the agency's lead, Islamabad in the paper's), and the statement joins
    only on its leads' own places and tolls (realnews labels 12 -> 13 of 33 same-event
    pairs; the one new January archive pair right; April unchanged)."""
    pa, pb = _places_of(a, located), _places_of(b, located)
    fa, fb = (set(filter(None, (r.get("figures") or "").split(";"))) for r in (a, b))
    return bool(pa and pb and pa.isdisjoint(pb)) or bool(fa and fb and fa.isdisjoint(fb))


def _places_of(row: dict[str, Any], located: bool = True) -> frozenset[str]:
    """The specific places a ``document_groups`` row names: its lead's and (``located``)
    its event's."""
    found = {place_fold(p) for p in (row.get("places") or "").split(";") if p}
    if located and row.get("location"):
        found.add(place_fold(row["location"]))
    return frozenset(found)


def _group_outlets(store: Store, group: str, own_story: set[str]) -> set[str]:
    """The outlets of an event group's documents, less those of ``own_story`` (the
    document's own story: its copies, one source with it)."""
    found = set()
    for row in store.event_group_rows(group):
        if row["document_id"] not in own_story:
            outlet = _row_outlet(store, row)
            if outlet:
                found.add(outlet)
    return found


def _row_outlet(store: Store, row: dict[str, Any]) -> str | None:
    """A ``document_groups`` row's outlet: kept with the row (migration 15), else -- a row
    stored before -- read from its document."""
    if row.get("outlet") is not None:
        return row["outlet"] or None
    return _outlet(store.document(row["document_id"]) or {})


def _row_telling(store: Store, row: dict[str, Any]) -> frozenset[str]:
    """A ``document_groups`` row's telling words (:func:`telling_words`): kept with the
    row, so a candidate's text is not read on every assignment; else read from its
    document."""
    if row.get("telling") is not None:
        return frozenset(row["telling"].split())
    report = store.document(row["document_id"]) or {}
    return telling_words(report.get("title"), report.get("text") or "")


def _row_said(store: Store, row: dict[str, Any], lead_sentences: int) -> frozenset[str]:
    """A ``document_groups`` row's statement-lead words less its dateline's
    (:func:`statement_words`): kept with the row, else read from its document."""
    if row.get("said") is not None:
        return frozenset(row["said"].split())
    report = store.document(row["document_id"]) or {}
    text = report.get("text") or ""
    lead = _statement_lead_end(text, lead_sentences)
    return statement_words(text, lead, report.get("dateline") or "")


def _rewrites(
    store: Store,
    group: str,
    outlet: str | None,
    clash: set[str],
    actor: str,
    spoke: set[str],
    words: tuple[frozenset[str], frozenset[str]],
    settings: Settings,
) -> bool:
    """Whether a statement's report may join a group that already holds its own outlet
    (``clash``: the outlets it shares with the group): only where that outlet is its own,
    the speaker an institution (:func:`_lead_bodies`: a foreign office, a ministry, a
    legislature, a court -- one briefing, one session a day), and each of the outlet's
    reports in the group is its other telling of the same statement: the same speaker on
    the same day (``spoke``: the documents whose lead tells it) in the same words (``words``:
    the lead's statement words and its telling, :func:`one_statement` and
    :func:`one_telling`) -- a newspaper's web report of the Foreign Office's briefing and its
    next morning's print report, one source told twice. A person's are not: the President
    pays two tributes a day in the same words for two operations."""
    said, told_as = words
    if clash != {outlet} or BODY not in actor:
        return False
    mine = [r for r in store.event_group_rows(group) if _row_outlet(store, r) == outlet]
    return bool(mine) and all(
        r["document_id"] in spoke
        and one_statement(said, _row_said(store, r, settings.lead_sentences))
        and one_telling(told_as, _row_telling(store, r))
        for r in mine
    )


def _outlet(document: dict[str, Any]) -> str | None:
    """A stored document's outlet as the story rules name it (the site name cleaning
    found, else its address's: :func:`dossier.stories.dedup.outlet_of`)."""
    return outlet_of(document.get("outlet"), document.get("url") or document.get("source"))


def _told_as_background(row: dict[str, Any], days: int) -> bool:
    """Whether a ``document_groups`` row's incident is the background of its article (a day
    more than ``days`` before publication): its article's news is something else, so the
    incident bars no join of that article's group."""
    day, published = row.get("day"), row.get("published")
    return bool(day and published and day < _shift(published, -days))


#: the share of the shorter telling's words a report farther than ``thread_days`` must share
#: to join the thread: "security forces", "terrorists", "khawarij" and "attack" are a quarter
#: of any tribute's words, and a tribute ten days on linked the Bannu attack to the Jaffar
#: Express hijacking
FAR_TELLING = 0.5


def _near_in_storyline(
    row: dict[str, Any],
    published: str | None,
    told_as: frozenset[str],
    thread_days: int,
    store: Store,
) -> bool:
    """Whether a report of the same (merged) event joins a document's thread: published
    at most ``thread_days`` from it, or told in the same words (the Jaffar Express
    facilitators arrested two weeks after the hijacking). Event ids are merged across
    documents by participants and dates, so one id ran from an attack to the next weeks'
    tributes for other operations, and the thread with it; a cap of 0 keeps every report."""
    theirs = row.get("published")
    if not thread_days or not published or not theirs:
        return True
    if abs((date.fromisoformat(theirs[:10]) - date.fromisoformat(published)).days) <= thread_days:
        return True
    words = _row_telling(store, row)
    return bool(told_as and words) and len(told_as & words) >= FAR_TELLING * min(
        len(told_as), len(words)
    )


def _thread_open(store: Store, thread: str, published: str | None, settings: Settings) -> bool:
    """Whether a storyline's thread still takes reports linked to it by the storyline (an
    event id, a reaction's incident): its first report was published at most
    ``thread_span_days`` before the article. Day by day, one report links the next, and an
    April thread chained 212 documents over six weeks of a crisis; a thread stays whole
    where its own reports of one event join it (event groups are never split)."""
    span = settings.thread_span_days
    if not span or not published:
        return True
    first = store.thread_start(thread)
    return not first or first >= _shift(published, -span)


def assign_event_group(
    store: Store, document_id: str, story_id: str | None, settings: Settings
) -> str:
    """Put a stored document into the event group of the independent reports of its event.

    A story (:mod:`dossier.dedup`) holds the copies of one report; an event group holds the
    stories that report one event independently -- what corroboration and disputes must
    count as separate sources. A document joins the group of its own story's documents,
    and the groups of documents whose main incident is its own (:func:`same_incident`:
    type, day, places, tolls, participants) when every incident of those groups is
    compatible with it. Candidates come from indexed lookups (type and day; the event of
    the main report for threads), never a scan, so ingest stays incremental; groups that
    the document links merge, as stories do. A reaction (:func:`reacts`: "the minister
    condemned the attack") is a statement of its own, never joined by the incident it
    names. Reports of one statement join when the same person acts in both leads on the
    same named day (``document_actors``) and the leads tell one subject
    (:func:`one_statement`); an organisation as the lead's actor was measured and dropped
    (joins of unrelated pieces).
    """
    document = store.document(document_id) or {}
    published = (document.get("published") or "")[:10] or None
    story = story_id or document.get("story_id") or document_id
    days = settings.incident_days
    record: dict[str, Any] = {
        "document_id": document_id,
        "event_group": story,
        "mention_id": None,
        "type": None,
        "day": None,
        "published": published,
    }
    story_rows = store.story_group_rows(story)
    groups = {r["event_group"] for r in story_rows if r["document_id"] != document_id}
    #: groups of the incident a reaction names: its thread's, never its event group
    reacted_to: set[str] = set()
    # one outlet's own reports of an event are one source: joined as a story (a rewrite,
    # an edition) or not at all. On the labelled join pairs of the archive samples, pairs
    # of one outlet's stories were right 14 times in 45 (follow-ups, next-day statements,
    # the next day's strikes), pairs across outlets 42 in 48
    outlet = _outlet(document)
    own_story = {r["document_id"] for r in story_rows}
    #: outlets of the stories joined so far: one outlet's second story of an event is its
    #: follow-up or update (its thread), never a second source of it
    sources = {outlet}
    mentions = store.event_mentions_in_document(document_id)
    main = main_event(mentions, settings.lead_sentences)
    told = _told_incident(mentions, main, settings.lead_sentences)
    text = document.get("text") or ""
    dateline = place_key(document.get("dateline") or "")
    told_as = telling_words(document.get("title"), text)
    lead = _statement_lead_end(text, settings.lead_sentences)
    # the words its candidates compare, kept with the row (a later document reads no text)
    said = statement_words(text, lead, document.get("dateline") or "")
    record.update(
        outlet=outlet or "", telling=" ".join(sorted(told_as)), said=" ".join(sorted(said))
    )
    # the document's entity mentions, read once: the lead's places and its actors
    named = store.document_mentions(document_id)
    if told is not None:
        places, regions, figures = _lead_features(
            store, document_id, text, settings.lead_sentences, dateline, named
        )
        from dossier import geo

        # the event's own place, where it is a district or town (a province or a country
        # holds many incidents a day) and not the dateline's
        where = told["location_text"] or ""
        location = place_key(where) if where and geo.breadth(where) == 0 else ""
        if location and geo.breadth(location) != 0:
            location = ""  # "Khyber Pakhtunkhwa Province": the province told with its suffix
        record.update(
            places=";".join(places),
            regions=";".join(regions),
            figures=";".join(figures),
            location=location if location and location != dateline else None,
        )
        mine = _incident(told, published, record)
        record.update(mention_id=told["id"], day=mine.day)
        # an incident days before the article's own day is its background (reactions, a
        # follow-up): the article's news is something else, so it joins by incident no one
        background = _told_as_background(record, days)
        # an incident a reaction names is its object (the reactions rule): the reaction,
        # like the follow-up, finds the incident's reports as any report would, but joins
        # only their thread
        # (stored under its own type, REACTED + the incident's, so that the incident's
        # later reports find it for the thread and no report joins it as one of theirs)
        reaction = reacts(named, text, _statement_lead_end(text, 1)) or headline_reacts(
            document.get("title")
        )
        # a background incident is stored under REACTED too: the incident's later reports
        # find such a follow-up for their thread, and none joins it as a report of theirs
        # (stored with no type, a follow-up published days after the incident was found by
        # no later report, and the storyline split in two: session 8's threads recall fall)
        record["type"] = f"{REACTED}{told['type']}" if reaction or background else told["type"]
        window = (_shift(mine.day, -days), _shift(mine.day, days)) if mine.day else None
        # no day at all (no publication date, no dated event): only other such reports,
        # on stronger evidence (event_merge.same_undated_incident)
        undated = mine.day is None

        #: groups of the storyline, not of the event: an incident that matches mine but is
        #: told in other words (the same place and day, another occurrence there), or one
        #: told in the same words that nothing sets apart (compatible) but no place, toll or
        #: participant confirms -- with the follow-ups found (REACTED), threads recall on
        #: the realnews labels 0.52 -> 0.76, precision 1.00
        alike: set[str] = set()

        def matching(kind: str) -> set[str]:
            """The event groups of the stored main incidents of ``kind`` that are mine
            (those told in other words go to ``alike``)."""
            if window:
                stored = store.incident_candidates(kind, window)
            elif undated:
                stored = store.undated_incident_candidates(kind)
            else:
                return set()
            candidates = {r["mention_id"]: r for r in stored if r["document_id"] != document_id}
            found = set()
            told_only = reaction or background or kind.startswith(REACTED)
            for row in _main_reports(store, candidates):
                other = candidates[row["id"]]
                theirs = _incident(row, other["published"], other)
                if undated:
                    same = same_undated_incident(mine, theirs)
                else:
                    same = same_incident(mine, theirs, days, settings.incident_evidence)
                if not (same or compatible(mine, theirs, days, undated)):
                    continue
                words = _row_telling(store, other)
                own = bool(outlet) and _row_outlet(store, other) == outlet
                if (
                    same
                    and not own
                    and one_telling(told_as, words, JOIN_TELLING)
                    and (words or not undated)
                ):
                    found.add(other["event_group"])
                elif same or (told_as and words and told_only and one_telling(told_as, words)):
                    # the same place and day but other words (another occurrence there),
                    # or -- between an incident and a reaction or a follow-up, which rarely
                    # name a place or a toll -- the same words and nothing against: the
                    # storyline's. (Not between two reports of incidents: the military's
                    # releases of different operations share most of their words)
                    alike.add(other["event_group"])
            return found

        matched = matching(told["type"])
        reacted_to |= matching(f"{REACTED}{told['type']}") | alike
        if reaction or background:
            reacted_to |= matched  # the storyline it tells, not its news
            matched = set()
        accepted: list[Incident] = []
        for group in sorted(matched):
            held = _group_outlets(store, group, own_story)
            if outlet and held & sources:
                reacted_to.add(group)
                continue
            # complete linkage: every incident of the groups it joins must be compatible
            # with this one and with each other, so no chain of look-alikes forms a group
            members = {
                r["mention_id"]: r
                for r in store.event_group_rows(group)
                if r["type"]
                and r["mention_id"]
                and r["document_id"] != document_id
                and not _told_as_background(r, days)
            }
            theirs = [
                _incident(row, members[row["id"]]["published"], members[row["id"]])
                for row in _main_reports(store, members)
            ]
            if all(compatible(x, y, days, undated) for x in theirs for y in [mine, *accepted]):
                accepted += theirs
                groups.add(group)
                sources |= held
    # one statement, press conference or visit told by two outlets: the same person acting
    # in both leads on the same named day ("on Wednesday"; a lead that names no day joins no
    # one: on 1,000 archive articles, without it, the same minister's acts of adjacent days
    # were joined), published at most ``days`` apart, where no two of the reports joined
    # name different places or tolls (complete linkage, as for incidents, so a report
    # naming neither never bridges two that differ)
    actors = _lead_actors(named, text, lead, published)
    actors += _lead_bodies(named, text, lead, published, document.get("dateline"))
    if actors and published:
        if "places" not in record:
            places, _regions, figures = _lead_features(
                store, document_id, text, settings.lead_sentences, dateline, named
            )
            record.update(places=";".join(places), figures=";".join(figures))
        pool = [record]
        window = (_shift(published, -days), _shift(published, days))
        for actor, acted in actors:
            if not acted:
                continue  # a lead that names no day of the act joins nothing
            candidates = store.actor_candidates(actor.split()[-1], window)
            #: the documents whose lead tells this speaker acting on this day
            spoke = {
                r["document_id"]
                for r in candidates
                if _same_speaker(actor, r["actor"]) and acted == r["acted"]
            }
            for other in candidates:
                group = other["event_group"]
                if (
                    other["document_id"] == document_id
                    or group in groups
                    or not _same_speaker(actor, other["actor"])
                    or acted != other["acted"]
                ):
                    continue
                held = _group_outlets(store, group, own_story)
                if (
                    outlet
                    and held & sources
                    and not _rewrites(
                        store,
                        group,
                        outlet,
                        held & sources,
                        actor,
                        spoke,
                        (said, told_as),
                        settings,
                    )
                ):
                    # its own other report, or -- a round-up joining a second statement --
                    # an outlet's second story in the group: the storyline's (the agency's
                    # President's and Prime Minister's statements, both carried by the
                    # paper's round-up, stay two statements)
                    reacted_to.add(group)
                    continue
                # the speakers' names are in every report of any statement of theirs
                names = set(_CONTENT_WORD.findall(unidecode(f"{actor} {other['actor']}").lower()))
                if not one_statement(
                    said - names, _row_said(store, other, settings.lead_sentences) - names
                ):
                    # the same person on the same day, about something else: another
                    # statement of the storyline (the PM condemns the attack in the morning
                    # and lauds the rescue at night) unless the two name other places or tolls
                    if not any(_differ(other, y) for y in pool):
                        reacted_to.add(group)
                    continue
                rows = [r for r in store.event_group_rows(group) if r["document_id"] != document_id]
                if all(
                    r["published"] and window[0] <= r["published"] <= window[1] for r in rows
                ) and all(not _differ(x, y) for x in rows for y in pool):
                    pool += rows
                    groups.add(group)
                    sources |= held
    store.set_document_actors(document_id, actors, published)
    # the thread: a storyline over days or weeks (an attack, the reactions, the arrests,
    # the verdict) -- every document whose main event is the same event (merged across
    # documents by participants and dates, dossier.event_merge.same_event), background
    # ones included, with the threads of the groups it joins
    # (the groups it joins come whole: an event group is never split across threads; the
    # storyline's other reports only where near in time or told alike, so no chain of
    # tributes and follow-ups runs on for weeks)
    joined = [r for g in sorted(groups) for r in store.event_group_rows(g)]
    storyline = [r for g in sorted(reacted_to - groups) for r in store.event_group_rows(g)]
    if main is not None:
        for event_id in _lead_events(mentions, main, settings.lead_sentences):
            storyline += store.thread_candidates(event_id)
    threads = {r["thread"] or r["event_group"] for r in joined if r["document_id"] != document_id}
    linked = {
        r["thread"] or r["event_group"]
        for r in storyline
        if r["document_id"] != document_id
        and _near_in_storyline(r, published, told_as, settings.thread_days, store)
    }
    threads |= {t for t in linked - threads if _thread_open(store, t, published, settings)}
    if groups:
        record["event_group"] = min(groups)
        store.merge_event_groups(sorted(groups - {record["event_group"]}), record["event_group"])
    threads.add(record["event_group"])
    record["thread"] = min(threads)
    store.merge_threads(sorted(threads - {record["thread"]}), record["thread"])
    store.set_document_group(record)
    return str(record["event_group"])
