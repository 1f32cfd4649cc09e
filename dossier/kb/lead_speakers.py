"""Who a document's lead tells acting or speaking, and on which day.

Two outlets' reports of one statement, press conference or visit rarely give a place or a
toll of their own; what they share is the speaker and the day ("Railways Minister Hanif
Abbasi on Wednesday condemned ...", "The Foreign Office (FO) on Thursday said ..."). Persons
are keyed by their longest name in the document, institutions (a foreign office, a ministry,
a legislature, a court) by kind and country, each with the weekday the lead names, read
against the publication day. Used by :func:`dossier.kb.event_groups.assign_event_group`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from unidecode import unidecode

from dossier.geo import load_gazetteer, stands_for_state
from dossier.kb.event_merge import lead_end
from dossier.kb.lead_names import (
    ACTOR_LABELS,
    NAME_WORD,
    after_bullets,
    body_key,
    full_name_words,
    same_actor,
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


def _acts(word: str) -> bool:
    """Whether a lower-case word after a name reads as its verb (past tense, third person,
    or a common irregular one) and not as a preposition or an article."""
    return word in _IRREGULAR_ACTS or (
        len(word) > 3 and (word.endswith("ed") or word.endswith("s")) and word not in _NOT_VERBS
    )


_NOT_VERBS = frozenset("across towards afterwards besides perhaps whereas thus was has".split())

#: what may follow a lead's participle before its main verb: the participle's object, then
#: a comma, an optional adverb and the verb ("Pakistan on Friday unequivocally condemning
#: the Indian illegal acts of violating its sovereignty, said ..."); within the sentence
_AFTER_PARTICIPLE = re.compile(r",\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b")
_SENTENCE_END_CHARS = re.compile(r"[.!?;…\n]")


def _main_verb(text: str, after: re.Match[str]) -> str:
    """The verb a lead's subject acts by (:data:`_ACTS`'s ``verb``), or, where that word is
    a participle ("condemning", "addressing"), the first verb after one of the next commas
    of its sentence ("..., said"): the agency's "Pakistan on Friday unequivocally condemning
    ..., said" is the Foreign Office's statement as much as the paper's "The Foreign Office
    on Friday said", and read as no act the agency's report met no other. A participle with
    no such verb stays what it was (no act)."""
    verb = after["verb"]
    if not verb.endswith("ing"):
        return verb
    stop = _SENTENCE_END_CHARS.search(text, after.end())
    end = stop.start() if stop else len(text)
    for then in _AFTER_PARTICIPLE.finditer(text, after.end(), end):
        if _acts(then["verb"]):
            return then["verb"]
    return verb


def _news_day(text: str) -> str | None:
    """The weekday a lead's first sentence sets for its news ("The Foreign Office (FO) on
    Thursday said ...", "Pakistan on Thursday reiterated ..."), where it names exactly one:
    the day of what the lead's later speakers say, whose own sentences name none (a
    spokesman's quote, the briefing's details). Headline bullets are skipped, as for the
    lead."""
    start = after_bullets(text)
    first = text[start : start + lead_end(text[start:], 1)]
    days = {m["day"].lower() for m in _LATER_DAY.finditer(first)}
    return days.pop() if len(days) == 1 else None


def person_mentions(mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The person mentions of a document (:data:`ACTOR_LABELS`), in order, with the persons
    the tagger ran into an organisation's name: a span of another label that ends with a
    name the document tags as a person elsewhere ("Opposition Leader in the National
    Assembly Omar Ayub Khan on Wednesday condemned ...", read as the organisation
    "National Assembly Omar Ayub Khan"; "Omar Ayub" a person further down) stands for that
    person from where the name starts, where at most one word follows the name ("... Omar
    Ayub Khan"; not "Shaukat Khanum Imran Khan Memorial Hospital"). Without it the lead had
    no actor, and the agency's report of the opposition leader's speech never met the
    newspaper's."""
    persons = [m for m in mentions if m["label"] in ACTOR_LABELS]
    known = {
        tuple(words)
        for m in persons
        if len(words := NAME_WORD.findall(unidecode(m["text"]).lower())) >= 2
    }
    found = list(persons)
    for mention in mentions:
        folded = unidecode(mention["text"]).lower()
        if mention["label"] in ACTOR_LABELS or len(folded) != len(mention["text"]):
            continue  # (offsets are read on the folded text)
        spans = [(w.start(), w[0]) for w in NAME_WORD.finditer(folded)]
        words = [w for _s, w in spans]
        # the name after at least one word of the organisation's, and at most one word
        # after it ("... Omar Ayub Khan"; not "... Imran Khan Memorial Hospital")
        at = next(
            (
                i
                for i in range(1, len(words) - 1)
                for name in known
                if tuple(words[i : i + len(name)]) == name and len(words) - i - len(name) <= 1
            ),
            None,
        )
        if at is not None:
            start = spans[at][0]
            found.append(
                {
                    **mention,
                    "label": "PERSON",
                    "start": mention["start"] + start,
                    "text": mention["text"][start:],
                }
            )
    return sorted(found, key=lambda m: m["start"])


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
    persons = person_mentions(mentions)
    news_day = _news_day(text)
    found: list[tuple[str, str | None]] = []
    for mention in persons:
        if mention["start"] >= end:
            break
        if body_key(mention["text"]):
            continue  # "the National Assembly" tagged as a person: a body (_lead_bodies)
        words = NAME_WORD.findall(unidecode(mention["text"]).lower())
        after = _ACTS.match(text, mention["end"])
        if not words or after is None or not _acts(_main_verb(text, after)):
            continue
        longest = full_name_words(words, persons)
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


#: an institutional speaker's name in a lead's text, where the tagger may miss it ("(APP):The
#: National Assembly on Thursday ..."): :func:`body_key` decides what it is
_BODY_TEXT = re.compile(
    r"\b(?:Foreign Office|Ministry of Foreign Affairs|Foreign Ministry|FO|MoFA|MOFA"
    r"|Ministry of [A-Z][a-z]+(?: Affairs)?|National Assembly|Senate"
    r"|(?!(?:[Tt]he|[Tt]his|[Hh]is|[Ii]ts|[Tt]heir|[Aa]n?)\s)[A-Za-z]+ [Mm]inistry"
    r"|(?:[A-Z][a-z]+ )?High Court|Supreme Court)\b"
)
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


def _country_of(name: str | None) -> str | None:
    """The one country a place name lies in (the dateline's: "ISLAMABAD" -> "PK"), else
    None."""
    if not name:
        return None
    return load_gazetteer().sole_country(name)


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
        verb = _main_verb(text, after) if after else ""
        if after is None or not _acts(verb):
            continue
        kind = body_key(name) if label == "BODY" else None
        country = home
        if kind is None:
            if label != "GPE" or verb not in _STATE_SAYS:
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
    speaker: two persons by :func:`same_actor`; two institutions of one kind whose
    countries agree (or one does not tell it)."""
    if BODY in a or BODY in b:
        *home_a, kind_a = a.split()
        *home_b, kind_b = b.split()
        return kind_a == kind_b and (not home_a or not home_b or home_a == home_b)
    return same_actor(a, b)


_SENTENCE_STOP = re.compile(r"[.!?…](?=\s)|\n")


#: "on Thursday" later in the sentence, not "Thursday's attack"
_LATER_DAY = re.compile(rf"\bon\s+(?P<day>{_WEEKDAY})\b(?![’']s)")
