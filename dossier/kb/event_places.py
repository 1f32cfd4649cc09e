"""The place of one event report, read in its article.

An event's sentence may name its place, name it at a wider scale than the next sentence does
("in northern Afghanistan", then "in Kunduz city"), name it only in the name of the local
force that acted ("The Balakot police recovered ..."), or name none and continue the
incident told before it; an ACLED coder places each where the incident was, not where the
report was filed (the dateline). Also whether two of an article's place names are one place
told at two scales (:func:`nested_places`, :func:`stated_within`), which keeps one
incident's retellings together. What a document's events read about its places is read once
per document (:class:`DocumentPlaces`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from dossier.extract.events import is_speech
from dossier.geo import (
    Place,
    breadth,
    key,
    load_gazetteer,
    names_a_modifier,
    names_local_force,
    resolved_votes,
    written_as_place,
)
from dossier.kb.event_merge import place_key
from dossier.kb.incident_breaks import opens_new_incident
from dossier.records import PLACE_LABELS, AnalyzedDocument, EventMention, Mention, Sentence, Span


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


#: space within one line: a line break ends a heading or a paragraph, so "Larkana and
#: Karachi\n\nIn Larkana, ..." writes no Karachi inside Larkana
_SPACE = r"[^\S\n]+"
#: what stands between the narrow place and the wide one in "X area of Y", "X in the Y"
_WITHIN = re.compile(
    rf"(?:{_SPACE}{_PART})?{_SPACE}(?:of|in|near){_SPACE}(?:the{_SPACE})?", re.IGNORECASE
)
#: what stands between the wide place and the narrow one in "Y's X", "Y's Swat district X"
_HOLDS = re.compile(rf"(?:['’]s?){_SPACE}(?:(?:[\w-]+{_SPACE}){{0,2}})?", re.IGNORECASE)
_BOUNDARY = re.compile(r"\b")
#: the only characters outside ASCII that ``re.IGNORECASE`` matches to an ASCII letter, or
#: whose ``str.lower`` holds one or changes the text's length (İ ı ſ and the Kelvin sign)
_CASE_TRAPS = frozenset("\u0130\u0131\u017f\u212a")


def _forms(name: str) -> tuple[str, ...]:
    """The ways the article may write a place: whole, and a possessed name bare ("Khyber
    Pakhtunkhwa's Swabi" is "Swabi" elsewhere)."""
    return tuple(dict.fromkeys((name, _POSSESSED.split(name)[-1])))


def _caseless(form: str) -> bool:
    """Whether ``form``'s case-blind matches are where its ``str.lower`` is found in the
    lowered text: every character ASCII or without case, and not empty."""
    return bool(form) and all(c.isascii() or c.lower() == c == c.upper() for c in form)


def _written(low: str, forms: Sequence[str]) -> list[tuple[int, int]]:
    """Every span of ``low`` (the lowered text) that writes one of ``forms``, overlaps too."""
    spans = []
    for form in forms:
        form = form.lower()
        at = low.find(form)
        while at >= 0:
            spans.append((at, at + len(form)))
            at = low.find(form, at + 1)
    return spans


def stated_within(text: str, narrow: str | None, wide: str | None) -> bool:
    """Whether the article itself writes ``narrow`` as a place inside ``wide``: "X area of
    Y", "X in Y", "Y's X" (not "X, Y", which is as often a list). Two localities the gazetteer
    cannot nest (a village it lacks, a city's neighbourhood) are then one incident's place
    told at two scales ("an attack in the Tarsani area of Zehri", later "the Zehri attack"),
    not two incidents.

    Why not one regex with the two names in it, as :func:`_stated_within_by_regex` (what
    this answers, and what answers for names or texts with case traps): each call's names
    are new, so the pattern was compiled afresh every time (about 1 ms, most of the event
    store's own CPU). Here the names are found with ``str.find`` in the lowered text and only
    the fixed words between them are matched, by precompiled patterns: the same spans match.
    """
    if not narrow or not wide or place_key(narrow) == place_key(wide) or breadth(narrow) != 0:
        return False  # a province or country is nested by the gazetteer ("India in Pakistan")
    return _writes_within(text, _forms(narrow), _forms(wide))


def _writes_within(text: str, inner: Sequence[str], outer: Sequence[str]) -> bool:
    """Whether ``text`` writes one of ``inner`` inside one of ``outer`` (:func:`stated_within`)."""
    if not all(map(_caseless, (*inner, *outer))) or not _CASE_TRAPS.isdisjoint(text):
        return _stated_within_by_regex(text, inner, outer)
    low = text.lower()
    xs = _written(low, inner)
    ys = _written(low, outer)
    if not xs or not ys:
        return False

    def bound(at: int) -> bool:
        return _BOUNDARY.match(text, at) is not None

    # "X (area) of/in/near (the) Y": \b X ... Y \b
    for p, q in xs:
        if bound(p) and any(r > q and bound(s) and _WITHIN.fullmatch(text, q, r) for r, s in ys):
            return True
    # "Y's (up to two words) X": \b Y ... X \b
    return any(
        bound(r) and any(p > s and bound(q) and _HOLDS.fullmatch(text, s, p) for p, q in xs)
        for r, s in ys
    )


def _stated_within_by_regex(text: str, inner: Sequence[str], outer: Sequence[str]) -> bool:
    """:func:`stated_within` as one regex per order, the names written into it."""
    x, y = ("(?:" + "|".join(re.escape(n) for n in forms) + ")" for forms in (inner, outer))
    patterns = (
        rf"\b{x}{_WITHIN.pattern}{y}\b",
        rf"\b{y}{_HOLDS.pattern}{x}\b",
    )
    return any(re.search(p, text, flags=re.IGNORECASE) for p in patterns)


def _nested_in_article(text: str, one: str | None, other: str | None) -> bool:
    """:func:`stated_within` either way round."""
    return stated_within(text, one, other) or stated_within(text, other, one)


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


def lies_abroad(name: str, around: Mention | None, places: DocumentPlaces) -> bool:
    """Whether an untagged place ``name`` that the gazetteer holds (a town of 1,000+ people
    anywhere) has no record in the country of ``around``, the resolved place it would be
    filed under (the sentence's other place, else the dateline's): "ISLAMABAD: ... blamed
    Islamabad for the Pahalgam attack" is not in Islamabad, so the event must not take
    Islamabad's entity and region. A name the gazetteer lacks ("Takwara area") stays
    filed under ``around``, as before."""
    outer = places.resolved.get(around.key) if around is not None else None
    if outer is None:
        return False
    gazetteer = load_gazetteer()
    records = gazetteer.candidates(name) or gazetteer.small_places(
        name, [c.country for c in gazetteer.countries()]
    )
    return bool(records) and all(r.country != outer.country for r in records)


def _placed_there(mention: Mention, before: str, countries: frozenset[str] | None = None) -> bool:
    """Whether an earlier sentence's place may be where the next sentence's incident happened:
    a district, town or locality (a province or a country says little more than the dateline,
    and "across the country" is no incident's place) that the gazetteer holds or the sentence
    writes as a place ("in the district's general area of Tirah"); not a person the model
    tagged a place ("Police rescued Parveen"). ``countries``: those of the article's other
    resolved places; a name the gazetteer holds only outside them is a man's or a make's that
    a foreign town happens to share ("her husband, Sarwar", "a Toyota Fortuner"), unless the
    sentence writes it as a place."""
    if breadth(mention.text) != 0 or not mention.text[:1].isupper():
        return False  # nor "the trans-river belt": no name
    if written_as_place(before):
        return True
    found = load_gazetteer().candidates(mention.text)
    if found and countries:
        return any(p.country in countries for p in found)
    return bool(found)


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

    def countries_besides(self, name_key: str) -> frozenset[str]:
        """The countries of the document's resolved places other than ``name_key``'s."""
        return frozenset(p.country for k, p in self.resolved.items() if k != name_key)

    def in_sentence(self, sentence: Sentence) -> list[Mention]:
        """:func:`_sentence_places` of ``sentence``, computed once."""
        span = (sentence.start, sentence.end)
        if span not in self._by_sentence:
            self._by_sentence[span] = _sentence_places(self, sentence)
        return self._by_sentence[span]


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
        and _placed_there(m, text[sentence.start : m.start], places.countries_besides(m.key))
        and not names_a_modifier(text[m.end : m.end + _AFTER_NAME])
    ]


#: how much text after a name :func:`dossier.geo.names_a_modifier` reads ("-backed", "-led")
_AFTER_NAME = 16


def modifier_place(text: str, span: Span | None) -> bool:
    """Whether the place an extractor gave an act is the first half of a compound adjective
    ("after the Iran-backed group called for a sit-in": Iran backs the group, the sit-in was
    in Beirut), which says who backs or leads a participant, never where the act was."""
    return span is not None and names_a_modifier(text[span[1] : span[1] + _AFTER_NAME])


def _countries_of(places: DocumentPlaces, mention: Mention) -> frozenset[str]:
    """The countries a place may lie in: its resolved record's, else every country the
    gazetteer holds its name in (none for a name it lacks)."""
    record = places.resolved.get(mention.key)
    if record is not None:
        return frozenset({record.country})
    return frozenset(p.country for p in load_gazetteer().candidates(mention.text))


def _sentence_countries(places: DocumentPlaces, event: EventMention) -> frozenset[str]:
    """The countries the event's own sentence names: its resolved places' and its peoples'
    ("Israeli strikes", "a Lebanese soldier")."""
    analyzed = places.analyzed
    sentence = analyzed.sentences[event.sentence]
    gazetteer = load_gazetteer()
    found: set[str] = set()
    for m in analyzed.mentions:
        if not (sentence.start <= m.start and m.end <= sentence.end):
            continue
        if m.label in PLACE_LABELS:
            record = places.resolved.get(m.key)
            if record is not None:
                found.add(record.country)
        elif m.label == "NORP":
            code = gazetteer.country(m.text)
            if code:
                found.add(code)
    return frozenset(found)


def fits_setting(places: DocumentPlaces, event: EventMention, lent: Mention) -> bool:
    """Whether a place lent from another sentence (:func:`_earlier_place`) may be where the
    event happened, by the article's setting. A dispatch filed from a country ("BEIRUT:",
    "KARACHI:") tells what happens there; a place of another country that an earlier sentence
    only mentions ("their motive was to protest against US / Israel policies in Gaza", "a
    decision to bar two Iranian flights") is what people there talk about, not the next act's
    scene. So a lent place no record of which lies in the dateline's country is kept only
    where the event's own sentence names a country it may lie in, or where an act the article
    tells is placed at it by its own words (a Karachi paper's "Israeli strikes killed 20 in
    Gaza. Five of the dead were children": the strikes' scene). A name the gazetteer lacks
    (a village, a neighbourhood) and an article with no dateline keep it."""
    home = dateline_country(places)
    if home is None:
        return True
    countries = _countries_of(places, lent)
    if not countries or home in countries:
        return True
    if countries & _sentence_countries(places, event):
        return True
    return any(
        o.location is not None and o.location[0] < lent.end and lent.start < o.location[1]
        for o in places.analyzed.events
    )


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


#: what a state acts or is struck through as a whole (its military and its military assets),
#: written after the state's name ("Pakistan Armed Forces", "India's air force", "Pakistani
#: airbases"): the act of a state's military, not of a local force the dateline's city holds
_STATE_ARMS = re.compile(
    r"(?:armed\s+forces|army|air\s+force|navy|military(?:\s+\w+)?|troops|"
    r"(?:air\s*)?bases|installations|jets|fighter\s+jets|missiles?|drones?)"
    r"(?:\s+(?:personnel|soldiers|officers))?",
    re.IGNORECASE,
)
#: who acts for a state at home, in its towns ("Syrian authorities", "US police"): a state's
#: civil agents, whose acts a dateline in another country does not place. Not its forces,
#: which act abroad ("GAZA CITY: Israeli forces killed ..." is told where they struck)
_STATE_AGENTS = re.compile(r"(?:authorities|government|police|officials)", re.IGNORECASE)
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE_END = re.compile(r"[’']s?$")


def _state_of(name: str) -> tuple[str, str] | None:
    """The country a participant's phrase opens with, and the words after it: "Pakistan Armed
    Forces" -> ("PK", "Armed Forces"), "India" -> ("IN", ""), "Syrian authorities" -> ("SY",
    "authorities"); None when it opens with no country's name or people's word."""
    words = _LEADING_THE.sub("", name.strip()).split()
    gazetteer = load_gazetteer()
    for size in range(min(3, len(words)), 0, -1):
        head = _POSSESSIVE_END.sub("", " ".join(words[:size]))
        code = gazetteer.country(head) if head[:1].isupper() else None
        if code:
            return code, " ".join(words[size:])
    return None


def states_act(text: str, event: EventMention, home: str | None, agency: bool) -> bool:
    """Whether the dateline does not place the event because it is a state's act, told by a
    desk that files the state's news or by a correspondent in another state. ``agency``: the
    article opens with a news agency's dateline, whose bureau in the capital files what the
    state and its military do anywhere ("RAWALPINDI, May 08 (APP): ... India's cowardly
    assault on May 6/7", "Pakistan Armed Forces have so far shot down 25 drones"): there a
    participant that is a country itself or a country's military or military assets makes
    it the state's. Under any dateline, a participant that is the civil agents of a state
    other than ``home`` (the dateline's country) does ("NEW DELHI: ... He was arrested by US
    police in 2009"). A newspaper's own correspondent is sent where the state's forces
    struck ("GAZA CITY: ... Israeli strikes killed ..."), so there its military keeps the
    dateline; the act's own sentence still places it either way. Read for acts only: a
    statement is made where the dateline says (a ministry's briefing in the capital)."""
    for start, end in (*event.actors, *event.targets):
        found = _state_of(text[start:end])
        if found is None:
            continue
        code, rest = found
        if agency and (not rest or _STATE_ARMS.fullmatch(rest)):
            return True
        if home and code != home and _STATE_AGENTS.fullmatch(rest):
            return True
    return False


def dateline_country(places: DocumentPlaces) -> str | None:
    """The country of the article's dateline place: its resolved record, else the one country
    the gazetteer holds the name in; None when neither tells."""
    mention = places.dateline
    if mention is None:
        return None
    record = places.resolved.get(mention.key)
    if record is not None:
        return record.country
    return load_gazetteer().sole_country(mention.text)


#: words that set another act of a sentence apart in time from the act told first ("... a day
#: after a blast in Quetta", "following clashes in Kurram", "amid attacks in X", "in the wake
#: of"): the other act is another incident, often at another place
_APART_IN_TIME = re.compile(
    r"\b(?:(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before|since)|following|since|"
    r"amid|in\s+the\s+wake\s+of|follow(?:s|ed)|comes?\s+(?:\w+\s+){0,3}after|"
    r"came\s+(?:\w+\s+){0,3}after|"
    r"earlier|previous|last\s+(?:week|month|year)|elsewhere|separately|meanwhile|"
    # one act causing the next is two scenes ("an attack on Israel on October 7, 2023 that
    # triggered Israel's bombardment of Gaza"), and a year written between them dates the
    # first apart from the second
    r"trigger(?:s|ed)|spark(?:s|ed)|prompt(?:s|ed)|provok(?:es|ed)|led\s+to|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
#: an act's own place told by a bearing, not a name ("killed at least 13 in the north of the
#: enclave and continued to demolish homes in Rafah in the south"): it has a place of its own,
#: which the act beside it does not name
_OWN_BEARING = re.compile(
    r"\b(?:in|at|near)\s+(?:the\s+)?(?:north|south|east|west|centre|center|central|"
    r"northern|southern|eastern|western)\b",
    re.IGNORECASE,
)


#: acts that take the place of another act of their sentence, and the acts that lend it
_SCENE_TYPES = frozenset({"ASSAULT", "COERCE"})
_SCENE_ACTS = _SCENE_TYPES | {"PROTEST"}


def co_event_place(
    places: DocumentPlaces, event: EventMention, mentions: Sequence[Mention]
) -> Mention | None:
    """The town or district another act of the same sentence is placed at by its own words,
    the nearest first, for an act whose own words name none: "nine people were forced off a
    bus and shot dead after gunmen blockaded the highway near Noshki", "police arrested a man
    for allegedly killing his sister in Bhara Kahu". One sentence tells one scene; the place an
    earlier sentence names (another incident's as often as not) or the dateline's is further
    from it. Only an attack or an arrest, and only from an act (an attack, an arrest, a
    protest): a statement is placed where it was said, not where the act it names happened
    ("condemning the Quetta blast", "demonstrating against the assault on Gaza"). Not a
    province or country (the look back may still find the town), nor an act the sentence sets
    apart in time or place ("a day after a blast in Quetta", "Netanyahu's visit follows ...",
    "killed 13 in the north ... and demolished homes in Rafah")."""
    if event.type not in _SCENE_TYPES:
        return None
    text = places.analyzed.document.text
    dateline = places.dateline
    others = sorted(
        (
            o
            for o in places.analyzed.events
            if o is not event
            and o.sentence == event.sentence
            and o.location is not None
            and not modifier_place(text, o.location)
            and o.trigger != event.trigger
            and o.type in _SCENE_ACTS
            and not is_speech(o.type, o.mode)
        ),
        key=lambda o: abs(o.trigger[0] - event.trigger[0]),
    )
    for other in others:
        low, high = sorted((event.trigger[1], other.trigger[0]))
        if _APART_IN_TIME.search(text, low, high) or _OWN_BEARING.search(text, low, high):
            continue
        start, end = other.location  # type: ignore[misc]
        found = next(
            (
                m
                for m in mentions
                if m.label in PLACE_LABELS
                and m.start <= start
                and end <= m.end
                and not (dateline and dateline.start == m.start)
            ),
            None,
        )
        if found is not None and breadth(found.text) == 0:
            return found
    return None


def lead_place(places: DocumentPlaces, event: EventMention, sentences: int) -> Mention | None:
    """The town an undated, dateline-less page's lead sets its story in, for an attack or an
    arrest that no sentence near it places: a web page with no dateline opens where its
    incident happened ("a disgruntled woman opened fire at a Kraft factory in Philadelphia
    last night", "a 10-year-old girl killed by a stray bullet on an Albany street") and tells
    the rest there ("Hiller was taken into custody after a standoff with the SWAT team"
    sentences below, past the look back). The lead stands where a dispatch's dateline would,
    so only an article with no dateline takes it, and only from its first ``sentences``
    sentences, the event's own left out; the most specific place of the first of them that
    names one (:func:`_sentence_places`: a town or district, not a province or country)."""
    if event.type not in _SCENE_TYPES or sentences <= 0:
        return None
    if places.dateline is not None or places.analyzed.document.dateline:
        return None
    for index, sentence in enumerate(places.analyzed.sentences[:sentences]):
        if index == event.sentence:
            # the event's own sentence was read by the sentence rules, which refused its place
            # for a reason ("Talking to reporters in Lahore, the minister said militants had
            # attacked a convoy": where he spoke, not where the convoy was)
            continue
        found = places.in_sentence(sentence)
        if found:
            return min(found, key=lambda m: (breadth(m.text), m.start))
    return None
