"""Claims stage: merge repeated statements, compare numbers across sources.

Analysts ask two questions of every figure: who else says so, and who says
otherwise. Two rules keep the answers honest:

* **Independence counts stories, not documents.** A quote re-printed in a
  second edition of the same story is the *same* claim with two pieces of
  evidence, never a corroboration of itself.
* **Hedges widen numbers before comparing.** "around a thousand" is not
  contradicted by 950; "up to 1,000" is contradicted by "5,000 to 7,000".

Figures are compared only within one **identity**: the same subject, the same
measure (what is counted), the same scope and time, and -- for counts of an
incident -- a shared place. "5 killed" in one district and "11 killed" in
another, a running total against one incident, killed in January against
killed in February: none of these is a dispute. The identity is
:func:`identity_key` (measure, scope, the day or period it holds for) plus the
places named in the figure's sentence (:func:`places_compatible`). Within one
identity, figures from *different independent stories* that cannot both hold
contradict (each with a reason in words and a confidence); overlapping ones
corroborate.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from dossier import geo
from dossier.extract.quantities import (
    APPROX_HEDGES,
    CASUALTIES,
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    LOWER_HEDGES,
    UPPER_HEDGES,
    VAGUE,
)
from dossier.kb.event_merge import days_apart

#: relative widening for approximate hedges ("around a thousand" ~ 800–1,200)
APPROXIMATE = 0.2
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True, slots=True)
class ClaimView:
    """A claim as the comparison sees it: resolved entities and its stories."""

    id: str
    kind: str
    speaker: str | None
    subject: str | None
    text: str
    min: float | None = None
    max: float | None = None
    unit: str | None = None
    hedge: str | None = None
    stories: frozenset[str] = field(default_factory=frozenset)
    #: :func:`identity_key` of the figure; None compares on subject and unit alone
    #: (claims stored before identities existed, and the pure-logic tests)
    key: str | None = None
    #: place keys named in the figure's sentence
    places: frozenset[str] = field(default_factory=frozenset)
    #: outlets of the claim's documents (empty when unknown)
    outlets: frozenset[str] = field(default_factory=frozenset)
    #: event groups of the claim's documents (dossier.kb.event_groups.assign_event_group): stories
    #: that report one event independently share one; empty when unknown
    groups: frozenset[str] = field(default_factory=frozenset)
    #: publication days of the claim's documents (ISO dates; empty when unknown)
    published: frozenset[str] = field(default_factory=frozenset)
    #: the claim's stories with their edition keys (:func:`edition_key`), what
    #: :func:`count_sources` counts; empty: its stories, each a source (the pure-logic tests)
    sources: frozenset[tuple[str, str | None]] = field(default_factory=frozenset)
    #: the storyline incidents of the claim's documents (:func:`storyline_incident`): the
    #: thread, type and day of each document's main incident, reported or reacted to;
    #: empty when unknown
    storylines: frozenset[str] = field(default_factory=frozenset)


@dataclass(slots=True)
class Relations:
    contradicts: set[str] = field(default_factory=set)
    corroborated_by: set[str] = field(default_factory=set)
    #: per contradicting claim id: why, in words, and how sure (0-1)
    reasons: dict[str, tuple[str, float]] = field(default_factory=dict)


def text_key(text: str) -> str:
    """Whitespace-, case- and punctuation-insensitive form of a statement."""
    return " ".join(_WORD.findall(text.lower()))


def claim_id(
    kind: str,
    speaker: str | None,
    subject: str | None,
    text: str,
    figure: tuple[float | None, float | None, str | None] | None = None,
) -> str:
    """Stable id; a quantity claim is also named by its figure, since one
    sentence can state several ("around a thousand … some 300 fighters")."""
    raw = f"{kind}|{speaker or ''}|{subject or ''}|{text_key(text)}|{figure or ''}"
    return "clm_" + hashlib.sha256(raw.encode()).hexdigest()[:12]


def same_statement(a: str, b: str) -> bool:
    """One statement, possibly cut or lightly edited between editions."""
    ka, kb = text_key(a), text_key(b)
    if not ka or not kb:
        return False
    if ka in kb or kb in ka:
        return min(len(ka), len(kb)) >= 0.6 * max(len(ka), len(kb))
    wa, wb = set(ka.split()), set(kb.split())
    return len(wa & wb) / len(wa | wb) >= 0.8


@lru_cache(maxsize=4096)
def unit_key(unit: str | None) -> str | None:
    """What is counted, comparable across sources: lower case, a lone plural noun
    made singular ("fighters" -> "fighter"); multi-word units ("USD per month",
    "bodyguard killed") are already normalised by the reader and kept whole.

    Memoised (a pure function of a short string): a page of disputes compares each
    shown figure with its candidates two units at a time, thousands of calls on a
    handful of distinct units."""
    if not unit:
        return None
    words = _WORD.findall(unit.lower())
    if not words:
        return None
    if len(words) == 1:
        return re.sub(r"(?<=[a-z])ies$", "y", re.sub(r"(?<=[^s])s$", "", words[0]))
    return " ".join(words)


def is_vague(claim: ClaimView) -> bool:
    """ "several", "dozens", "billions": too loose to contradict anything."""
    return (claim.hedge or "").lower().strip() in VAGUE


def interval(claim: ClaimView) -> tuple[float, float] | None:
    """The range a hedged figure allows, widened for approximation.

    Hedge words are the ones :mod:`dossier.extract.quantities` reads figures with.
    """
    low, high = claim.min, claim.max
    if low is None and high is None:
        return None
    hedge = (claim.hedge or "").lower().strip()
    if hedge in UPPER_HEDGES:
        low = 0.0
        high = high if high is not None else low
    elif hedge in LOWER_HEDGES or hedge in VAGUE:
        low = low if low is not None else high
        high = math.inf
    low = low if low is not None else high
    high = high if high is not None else low
    assert low is not None and high is not None
    if hedge in APPROX_HEDGES:
        low, high = low * (1 - APPROXIMATE), high * (1 + APPROXIMATE)
    return (low, high)


# -- identity -----------------------------------------------------------------------
#: words that make a figure a running or period total, not the count of one incident
CUMULATIVE = re.compile(
    r"\b(?:so far|to date|till now|until now|up to now|as yet|since|this year|last year|"
    r"this month|last month|in all|in total|total(?:l?ing)?|overall|altogether|cumulative|"
    r"(?:death|casualty) toll|toll (?:has |had )?(?:rose|rises|risen|climbed|reached|jumped)|"
    r"(?:rose|risen|climbed|jumped|increased|surged) to|(?:during|over|in|within) the "
    r"(?:last|past|previous|first) |(?:last|past) \w+ (?:years|months|weeks|days)|"
    r"annual(?:ly)?|per (?:year|month)|a year|every year|yearly|monthly|"
    # a figure over several incidents is a total of them, not the count of one
    r"(?:two|three|four|five|several|multiple|various|separate|different) (?:\w+ )?"
    r"(?:incidents|attacks|accidents|operations|engagements|clashes|raids|strikes|blasts)|"
    r"operations)\b",
    re.IGNORECASE,
)
#: counted nouns that are events: their count belongs to a day and a place
EVENT_NOUNS = frozenset(
    """attack incident operation raid strike blast explosion bombing ambush clash encounter
    shooting firing assault arrest killing abduction kidnapping""".split()
)
#: the participles of a count that belongs to one incident ("killed", "injured"): its measure
INCIDENT_PARTICIPLES = frozenset(CASUALTIES.values()) | {"martyred", "dead", "hurt", "rescued"}


#: words that make a sentence the report of an incident: its figures are counts of it
INCIDENT_WORDS = re.compile(
    r"\b(?:kill\w*|martyr\w*|dead|died|dies|death|deaths|injur\w*|wound\w*|hurt|"
    r"lost (?:their|his|her) li(?:ves|fe)|casualt\w+|arrest\w*|detain\w*|abduct\w*|"
    r"kidnap\w*|rescued|hostages?|attack\w*|blast|explo\w+|bomb\w*|operations?|raids?|"
    r"clash\w*|ambush\w*|shot|gunned|eliminat\w*|neutrali[sz]\w*|sent to hell)\b",
    re.IGNORECASE,
)


#: "12 of those drones", "three among them": a part of a figure given elsewhere
PART = re.compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty)"
    r"\s+(?:of|among) (?:those|these|them)\b",
    re.IGNORECASE,
)


def figure_scope(sentence: str, unit: str | None = None) -> str:
    """How a figure holds, from its sentence and what it counts:

    * ``cumulative``: a running or period total ("so far", "since", "this year",
      "the toll rose to");
    * ``point``: the count of one incident -- the sentence reports one (killed,
      injured, arrested, an attack...) or the unit is one ("terrorist killed");
    * ``stock``: a standing figure that holds for a while (a group's strength, an
      amount), comparable whenever it was reported;
    * ``part``: a part of a figure given elsewhere ("12 of those drones"), compared
      with nothing.
    """
    if PART.search(sentence):
        return "part"
    if CUMULATIVE.search(sentence):
        return "cumulative"
    if incident_measure(unit) or INCIDENT_WORDS.search(sentence):
        return "point"
    return "stock"


def day_dates_incident(sentence: str, day_at: int, period_at: int) -> bool:
    """Whether the day a sentence names, not the period it also names, dates the incident
    its figure counts: the one told nearer the incident word ("killed", "attack").

    "An Israeli air strike killed two Palestinians in Rafah on Saturday, as mediators
    pushed to extend the ceasefire agreed in January": January is the ceasefire's month;
    the two were killed on Saturday -- read as a January total, the toll of one strike
    was disputed against a month's toll. "In January, 50 people were killed in attacks,
    police said on Saturday" keeps its period. Offsets are within ``sentence``.
    """
    found = INCIDENT_WORDS.search(sentence)
    if found is None:
        return False
    return abs(day_at - found.start()) < abs(period_at - found.start())


def figure_kind(
    scope: str | None, qmin: float | None, qmax: float | None, hedge: str | None
) -> str:
    """What an analyst reads a figure as: ``cumulative``, ``range`` ("5,000 to 7,000"),
    ``estimate`` (hedged: "around", "up to", "at least", "dozens") or ``point``."""
    if scope == "cumulative":
        return "cumulative"
    if qmin is not None and qmax is not None and qmin != qmax:
        return "range"
    if hedge:
        return "estimate"
    return "point"


def incident_measure(unit: str | None) -> bool:
    """A count that belongs to one incident ("terrorist killed", "attack"), as opposed
    to a stock that holds for a while ("fighter", "member", "USD")."""
    key = unit_key(unit)
    if not key:
        return False
    words = key.split()
    singular = {re.sub(r"(?<=[^s])s$", "", w) for w in words}
    return bool(set(words) & INCIDENT_PARTICIPLES) or bool(singular & EVENT_NOUNS)


def identity_key(unit: str | None, scope: str | None, holds_on: str | None) -> str | None:
    """The part of a figure's identity that can be compared for equality (a SQL key):

    * a running or period total: measure, ``cumulative`` and its period/cut-off
      (``holds_on``: "2025-01-01..2025-01-31" or "..2025-03-05": compared only at the
      same cut-off);
    * the count of one incident: measure, ``incident`` and the day it happened;
    * a stock (a group's strength, an amount): measure and ``stock`` -- it holds for
      a while, so any two reports of it can be compared.

    None when the figure counts nothing comparable. ``scope`` None (claims stored
    before identities) keys on the measure alone, as dossier did before.
    """
    measure = unit_key(unit)
    if not measure:
        return None
    if scope is None:
        return measure
    if scope == "part":
        return None  # one of several figures of one sentence counting one thing
    if scope == "stock":
        return f"{measure}|stock"
    if not holds_on:
        return None  # a total or an incident count with no time is not comparable
    if scope == "cumulative":
        return f"{measure}|cumulative|{holds_on}"
    return f"{measure}|incident|{holds_on}"


def places_compatible(a: ClaimView, b: ClaimView, agreeing: bool = False) -> bool:
    """The count of an incident or a standing figure is one identity only where both
    sentences name a common place ("5 killed" in one district is not "11 killed" in
    another, nor is a figure with no place the same as one with a place); totals for
    one period need a common place only when both name places. Two figures that
    *agree* may both name none (a confirmation risks less than an accusation).
    Claims stored before identities (no key) are compared as before."""
    if a.key is None or b.key is None or "|" not in a.key:
        return True  # no identity stored (views without keys, claims stored before it)
    if a.key.endswith("|stock"):
        # a standing figure (a group's strength) is one figure wherever its sentence
        # says it is deployed; a dispute still needs no place named against another
        return agreeing or not (a.places and b.places) or bool(a.places & b.places)
    if not a.places and not b.places and (agreeing or "|cumulative|" in a.key):
        return True
    if "|cumulative|" in a.key:
        # a total over KP and Balochistan is not a total over Balochistan
        return a.places == b.places or not (a.places and b.places)
    # one sentence's places include the other's: "Tor Darra, Khyber" and "Khyber" are
    # one place told finer; "Pakistan, Quetta" and "Pakistan, Karachi" are two
    return bool(a.places & b.places) and (a.places <= b.places or b.places <= a.places)


#: "Pakistan’s armed forces", "Pakistan's": a country owning the counted thing's actor
_POSSESSIVE = re.compile(r"\s*['’]s\b")
#: "sent by India", "launched from Afghanistan": the country acting, not where
_AGENT = re.compile(r"\b(?:by|from)\s+(?:the\s+)?$", re.IGNORECASE)


def located_places(text: str, places: Iterable[str]) -> list[str]:
    """The places of a figure's sentence (``places``: its place keys) less the countries
    that take part in what is counted rather than say where it happened: the owner of an
    actor ("Pakistan’s armed forces ... neutralised 12 drones"), the agent ("25 drones
    sent by India"), and a people's adjective the tagger read with its noun as a place
    ("12 Indian Harop drones": "Indian Harop" is no place the gazetteer holds).

    Two reports of one night's drone attack, one from each side's words, named Pakistan
    and India: read as places, no place in common, so 12 against 25 drones was no
    dispute. A town or a province is kept however it is written ("Balochistan’s Khuzdar
    district"): only a country or a capital (:func:`dossier.geo.stands_for_state`) is
    an actor."""
    found = []
    lowered = text.lower()
    for place in places:
        spans = [
            m.span()
            for m in re.finditer(
                r"\b" + r"\W+".join(map(re.escape, place.split())) + r"\b", lowered
            )
        ]
        if spans and all(_participant(text, place, span) for span in spans):
            continue
        found.append(place)
    return found


def _participant(text: str, place: str, span: tuple[int, int]) -> bool:
    """Whether one place mention (``span`` in ``text``) names a country taking part:
    :func:`located_places`. The words around it are read first, so a read of claims
    loads the gazetteer only for a sentence that writes a place as an owner or agent."""
    start, end = span
    words = place.split()
    adjective = len(words) >= 2 and words[0].endswith(("n", "i", "ese", "ish"))
    acting = bool(_POSSESSIVE.match(text, end) or _AGENT.search(text[max(0, start - 20) : start]))
    if not adjective and not acting:
        return False
    gazetteer = geo.load_gazetteer()
    if adjective and gazetteer.country(words[0]) and not gazetteer.candidates(place):
        return True  # "Indian Harop": a people's adjective on a noun
    return acting and geo.stands_for_state(place, gazetteer)


def comparable(a: ClaimView, b: ClaimView, agreeing: bool = False) -> bool:
    """Same identity: subject, measure, scope and time, and a compatible place."""
    return same_measure(a, b) and places_compatible(a, b, agreeing)


def same_measure(a: ClaimView, b: ClaimView) -> bool:
    """Same subject, measure, scope and time (the identity key), places aside."""
    return (
        bool(_key(a))
        and a.kind == b.kind == "quantity"
        and a.subject is not None
        and a.subject == b.subject
        and unit_key(a.unit) is not None
        and unit_key(a.unit) == unit_key(b.unit)
        and _key(a) == _key(b)
    )


def unplaced_same_incident(a: ClaimView, b: ClaimView) -> bool:
    """Whether an incident count whose sentence names no place is the count of the
    incident the other report places, so that the two may be disputed.

    A report tells its incident's place once and its toll in a later sentence ("He said
    four children were slain while 42 were injured in the attack"; "That last-minute
    blitz killed 13 people"): by its sentence alone, such a count matches no placed
    count, and on the real archive that lost most of the labelled disputes. It stands
    for the other report's incident only with what ties the two reports to one incident
    without a place: the same subject, measure and day (the identity key), reports of
    one event (their stories share an event group, or the toll is one a day seldom
    repeats, :data:`DISTINCT_FIGURE`, or both documents' main incident is one
    storyline's incident of one type on the figures' day, :func:`storyline_incident`:
    a reaction that repeats the toll is in the incident's thread, never its group), and
    both published on one day -- a count
    published later is a toll updated at a later cut-off ("16 injured" on the day, "20"
    two days on), not a rival account. Claims with no known groups or dates never pass.
    Two counts that both name no place pass only from two outlets, with a figure a day
    seldom repeats (the DG ISPR's 12 drones against the ISPR's 25, round 24).
    """
    if "|incident|" not in (a.key or "") or (a.places and b.places):
        return False
    if not same_measure(a, b) or not a.published or a.published.isdisjoint(b.published):
        return False
    distinct = min(a.min or 0, b.min or 0) >= DISTINCT_FIGURE
    if not a.places and not b.places:
        # neither names a place (the agency's "12 drones neutralised", the paper's "25
        # shot down", the countries taking part set aside by located_places): only a
        # figure a day seldom repeats, told by two outlets, ties the two to one incident
        # -- "3 killed" in two unnamed places is two incidents as often as one, and one
        # outlet's two reports of a day are its two stories, of two incidents as often
        # (Dawn's 33 terrorists of the train operation and 10 at a checkpost, one day)
        return distinct and bool(a.outlets and b.outlets) and a.outlets.isdisjoint(b.outlets)
    if distinct or bool(a.groups and b.groups and not a.groups.isdisjoint(b.groups)):
        return True
    # a reaction (a minister's condolences, "condemnations pour in") is never in the event
    # group of the incident it names -- it is a statement of its own -- yet the toll it
    # repeats is a count of that incident: two documents of one storyline whose main
    # incident is of one type on the figures' own day tell one incident's toll
    day = (a.key or "").rsplit("|", 1)[-1]
    shared = a.storylines & b.storylines
    return any(s.endswith(f"|{day}") for s in shared)


def storyline_incident(row: Mapping[str, Any] | None) -> str | None:
    """``thread|TYPE|day`` of a document's main incident (a ``document_groups`` row of
    :func:`dossier.kb.event_groups.assign_event_group`), None without a type or a day.

    A reaction's or a follow-up's row is typed ``reaction:TYPE`` (it joins the incident's
    thread, never its group); its incident is the same one, so the prefix is dropped: the
    storyline, the kind of incident and its day are what a report and a reaction share.
    A thread holds a storyline over days and several incidents of it (an attack, then the
    arrests), so the type and the day must agree too."""
    if not row or not row.get("type") or not row.get("day"):
        return None
    thread = row.get("thread") or row.get("event_group")
    if not thread:
        return None
    kind = str(row["type"]).rsplit(":", 1)[-1]
    return f"{thread}|{kind}|{row['day']}"


def _key(claim: ClaimView) -> str | None:
    """The identity key; "" is a figure with no comparable identity, None (views
    built without identities, as in the pure-logic tests) keys on the unit alone."""
    return claim.key if claim.key is not None else unit_key(claim.unit)


def relate(claims: Sequence[ClaimView]) -> dict[str, Relations]:
    """Contradictions and corroborations among quantity claims of one identity.

    Both need disjoint stories: a story is one source, and two editions of it that
    disagree are a correction, not two sources in dispute; a re-print never
    corroborates itself.
    """
    relations = {c.id: Relations() for c in claims}
    groups: dict[tuple[str, str], list[ClaimView]] = {}
    for claim in claims:
        key = _key(claim)
        if claim.kind == "quantity" and claim.subject and key:
            groups.setdefault((claim.subject, key), []).append(claim)
    for members in groups.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                _compare(a, b, relations)
    return relations


def _figure(claim: ClaimView) -> str:
    low, high = claim.min, claim.max

    def num(v: float | None) -> str:
        return "?" if v is None else f"{v:,.0f}" if v == int(v) else f"{v:,}"

    value = num(low) if low == high or high is None or low is None else f"{num(low)}-{num(high)}"
    if low is None and high is not None:
        value = num(high)
    hedge = f"{claim.hedge} " if claim.hedge else ""
    return f"{hedge}{value}"


def dispute_reason(a: ClaimView, b: ClaimView) -> tuple[str, float]:
    """Why two figures of one identity cannot both hold, in words, and a confidence.

    Exact figures, a shared named place and a measure of one incident make a dispute
    surer; hedged figures ("around", "up to") less sure.
    """
    measure = unit_key(a.unit) or ""
    key = a.key or ""
    if "|incident|" in key:
        when = key.rsplit("|", 1)[1]
        scope = f"in one incident ({when}" + (
            f", {', '.join(sorted(a.places & b.places))})" if a.places & b.places else ")"
        )
    elif "|cumulative|" in key:
        scope = f"as totals for the same period ({key.rsplit('|', 1)[1]})"
    else:
        scope = "as the same standing figure"
    reason = (
        f"{_figure(a)} vs {_figure(b)} {measure}, {scope}: the ranges do not overlap, "
        "from different independent stories"
    )
    confidence = 0.6
    exact = sum(c.hedge is None and c.min == c.max for c in (a, b))
    confidence += 0.1 * exact
    if a.places & b.places:
        confidence += 0.1
    if any((c.hedge or "").lower() in APPROX_HEDGES for c in (a, b)):
        confidence -= 0.15
    return reason, round(max(0.05, min(0.95, confidence)), 2)


_CURRENCIES = frozenset(CURRENCY_SIGNS.values()) | frozenset(CURRENCY_WORDS.values())


def _money(unit: str | None) -> bool:
    """An amount of money ("USD", "PKR per month")."""
    return bool(unit) and unit.split()[0].upper() in _CURRENCIES


def _estimate(claim: ClaimView) -> bool:
    """A hedged figure or a range."""
    return bool(claim.hedge) or claim.min is None or claim.max is None or claim.min != claim.max


def contradiction(a: ClaimView, b: ClaimView) -> tuple[str, float] | None:
    """``(reason, confidence)`` when two figures of one identity cannot both hold,
    else None. One story never disputes itself (that is a correction or a second
    figure), nor does one sentence repeated by two stories (it states both figures:
    "47 killed and 81 injured" are two measures, not two sources)."""
    if not (comparable(a, b) or unplaced_same_incident(a, b)):
        return None
    if not a.stories.isdisjoint(b.stories):
        return None
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None or not (ia[1] < ib[0] or ib[1] < ia[0]):
        return None
    if is_vague(a) or is_vague(b) or same_statement(a.text, b.text):
        return None
    if _money(a.unit) and "|incident|" not in (a.key or ""):
        # two standing sums of money, or two totals of money for one period, are far more
        # often two different sums: "USD" says nothing of what the money is ("$21bn
        # committed since 2021" and "$3.71bn spent since 2021" are aid pledged and aid
        # spent; on a real archive every such pair was two measures)
        return None
    if (
        "|cumulative|" in (a.key or "")
        and a.outlets
        and b.outlets
        and not a.outlets.isdisjoint(b.outlets)
    ):
        # one outlet's two totals for one period: a background paragraph re-used weeks
        # later ("79 attacks last month", written in March about February, read in April
        # as March's) or a figure revised at a later cut-off -- an update, not two sources
        # in dispute (on a real archive, every such pair was one of these)
        return None
    if (a.key or "").endswith("|stock") and not all(_estimate(c) for c in (a, b)):
        # standing figures are disputed as estimates against estimates ("up to 1,000
        # fighters" against "5,000 to 7,000"); an exact count of something standing
        # ("a 20-point agenda", "the remaining 59 prisoners") is, far more often, a count
        # of another thing or of the same thing at another time ("more than 250
        # prisoners taken" in 2023) -- on a real archive, weeks apart, nearly all of them
        return None
    return dispute_reason(a, b)


def one_event(a: ClaimView, b: ClaimView) -> bool:
    """Whether two counts of one incident come from reports of one event.

    An incident count's identity is its measure and day; two incidents of one day (three
    killed in Tank, five in Bannu) share it, and only the event groups of their stories
    (independent reports of one event, :func:`dossier.kb.event_groups.assign_event_group`) tell
    them apart. Running totals and standing figures ("5,000 fighters") are about no single
    incident and are compared across events; claims stored without groups are too, and
    tolls of :data:`DISTINCT_FIGURE` or more."""
    if "|incident|" not in (a.key or "") or not a.groups or not b.groups:
        return True
    if min(a.min or 0, b.min or 0) >= DISTINCT_FIGURE:
        # "40 civilians", "33 terrorists": a toll this large on one day is one incident's
        # even where the event groups missed the join (their recall is low)
        return True
    return not a.groups.isdisjoint(b.groups)


#: the most days between two reports for the later to confirm the earlier: a figure told
#: again weeks on is a recollection ("the committee had observed ... its 240 million
#: people"), a background paragraph or a statement merely alike, not an independent
#: confirmation; reports of one incident or statement come within the week
CONFIRMATION_DAYS = 7


def reported_together(a: ClaimView, b: ClaimView) -> bool:
    """Whether two claims were published within :data:`CONFIRMATION_DAYS` of each other
    (their nearest reports; claims with no known date pass)."""
    if not a.published or not b.published:
        return True
    return min(days_apart(x, y) for x in a.published for y in b.published) <= CONFIRMATION_DAYS


#: from this size an incident count on one day tells its incident apart on its own; below,
#: "3 killed" is two incidents' toll as often as one's (the event-group join uses it for leads too)
DISTINCT_FIGURE = 10


def corroboration(a: ClaimView, b: ClaimView) -> bool:
    """Two figures of one identity that agree, from independent sources: different
    stories; different outlets where known (an outlet repeating its own or the same
    source's figure in a later article confirms nothing, whatever name it gives the
    source); for a count of one incident, reports of one event (:func:`one_event`);
    published within the same week (:func:`reported_together`); and not the same
    sentence re-used."""
    if not comparable(a, b, agreeing=True) or not a.stories.isdisjoint(b.stories):
        return False
    if not reported_together(a, b):
        return False  # told again weeks later: a recollection, not a confirmation
    if not one_event(a, b):
        return False  # the same toll of two incidents confirms neither
    if a.outlets and b.outlets and not a.outlets.isdisjoint(b.outlets):
        # one outlet re-stating its own figure, or the same source's under another name
        # ("PICSS" and "the Pakistan Institute for Conflict and Security Studies", "the DG
        # ISPR" and "the ISPR chief"), confirms nothing: independent means another outlet
        return False
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None or ia[1] < ib[0] or ib[1] < ia[0]:
        return False
    if is_vague(a) or is_vague(b) or same_statement(a.text, b.text):
        return False
    # two open-ended figures ("at least 3", "more than 5") agree on nothing
    return not (math.isinf(ia[1]) and math.isinf(ib[1]))


def _compare(a: ClaimView, b: ClaimView, relations: dict[str, Relations]) -> None:
    why = contradiction(a, b)
    if why is not None:
        relations[a.id].contradicts.add(b.id)
        relations[b.id].contradicts.add(a.id)
        relations[a.id].reasons[b.id] = why
        relations[b.id].reasons[a.id] = why
    elif corroboration(a, b):
        relations[a.id].corroborated_by.add(b.id)
        relations[b.id].corroborated_by.add(a.id)


def edition_key(event_group: str | None, outlet: str | None) -> str | None:
    """What makes one outlet's stories in one event group one source: a paper's print
    report and its web report of the day before (:mod:`dossier.kb.editions`), its two
    tellings of one briefing -- one outlet's second story joins an event group only as its
    other edition (:mod:`dossier.kb.event_groups`), never as a second report. None without
    a group or an outlet."""
    return f"{event_group}|{outlet}" if event_group and outlet else None


def count_sources(stories: Iterable[tuple[str, str | None]]) -> int:
    """How many independent sources ``(story, edition key)`` pairs come from
    (:func:`edition_key`): a story -- a report with its copies, re-prints and rewrites,
    whoever printed them -- is one source, and stories sharing an edition key are one."""
    parent: dict[str, str] = {}

    def root(node: str) -> str:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    told = set()
    for story, key in stories:
        told.add(story)
        if key is not None:
            parent[root(f"story:{story}")] = root(f"edition:{key}")
        else:
            root(f"story:{story}")
    return len({root(f"story:{story}") for story in told})


def independent_stories(claims: Iterable[ClaimView]) -> int:
    """How many independent sources a set of claims comes from: their stories, an
    outlet's editions of one report counted once (:func:`count_sources`)."""
    return count_sources(
        pair for c in claims for pair in (c.sources or {(s, None) for s in c.stories})
    )
