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
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from unidecode import unidecode

from dossier.config import Settings, load_settings
from dossier.geo import (
    load_gazetteer,
    stands_for_state,
)
from dossier.kb.claim_mentions import PERIOD_PRECISIONS, PLACE_LABELS, claim_identity, store_claim
from dossier.kb.claims import (
    DISTINCT_FIGURE,
    INCIDENT_PARTICIPLES,
    unit_key,
)
from dossier.kb.event_days import (
    CHAIN_DEPTH,
    LATER_DAY_SENTENCES,
    UMBRELLA_LOOKBACK,
    _earlier_day,
    _later_day,
    _time_of,
    undated_interval,
)
from dossier.kb.event_merge import (
    REPORTED,
    THREAD_INCIDENT_TYPES,
    Incident,
    compatible,
    incident_day,
    lead_end,
    main_event,
    place_fold,
    place_key,
    same_incident,
    same_undated_incident,
)
from dossier.kb.event_places import (
    _SPREAD,
    DocumentPlaces,
    _own_place,
    _placed_at,
    nested_places,
    stated_within,
)
from dossier.kb.event_regions import _capitalised_runs, _sentence_regions, _town_after
from dossier.kb.event_reports import CANDIDATE_PAGE, _event_candidates, _report, store_event
from dossier.kb.incident_breaks import (
    last_break,
    opens_new_incident,
    opens_with_date,
    recalls,
    steps_back,
)
from dossier.kb.span_mentions import _NAMED_ACTORS, overlapping_mention, speaker_mention
from dossier.kb.tellings import (
    _CONTENT_WORD,
    JOIN_TELLING,
    SAME_STATEMENT,
    SAME_TELLING,
    one_statement,
    one_telling,
    statement_words,
    telling_words,
)
from dossier.names import strip_titles
from dossier.records import AnalyzedDocument
from dossier.store.base import Store
from dossier.stories.dedup import outlet_of

#: the names callers import from here (the pipeline, tests, other branches), each owned
#: by the module that does its part of the work; patch a constant where it is owned
#: (``event_reports.CANDIDATE_PAGE``), not here
__all__ = [
    "BODY",
    "CANDIDATE_PAGE",
    "CHAIN_DEPTH",
    "FAR_TELLING",
    "JOIN_TELLING",
    "LATER_DAY_SENTENCES",
    "PERIOD_PRECISIONS",
    "PLACE_LABELS",
    "REACTED",
    "SAME_STATEMENT",
    "SAME_TELLING",
    "UMBRELLA_LOOKBACK",
    "_SPREAD",
    "DocumentPlaces",
    "_capitalised_runs",
    "_earlier_day",
    "_event_candidates",
    "_later_day",
    "_own_place",
    "_placed_at",
    "_report",
    "_sentence_regions",
    "_time_of",
    "_town_after",
    "assign_event_group",
    "claim_identity",
    "headline_reacts",
    "last_break",
    "nested_places",
    "one_statement",
    "one_telling",
    "opens_new_incident",
    "opens_with_date",
    "overlapping_mention",
    "reacts",
    "recalls",
    "speaker_mention",
    "stated_within",
    "statement_words",
    "steps_back",
    "store_claim",
    "store_event",
    "store_facts",
    "telling_words",
    "undated_interval",
]


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
