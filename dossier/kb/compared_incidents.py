"""Incidents a lead names only as a yardstick: the past attack a report compares with.

A lead often measures its news against an older incident: "a meeting ... would be called
... as was done after the attack on the Army Public School in Peshawar", "the road has been
closed since the Nov 21, 2024 attack on a convoy", "the deadliest attack since a ceasefire
collapsed". The older incident is reported (asserted, in the lead), so it could become the
article's main incident and its place a place of the lead: the report then joins the
reports of that old attack (or none) instead of its own news. An event whose trigger
follows such a marker in its clause -- ``since`` (the start of a period: what happened
before the news) or a comparison ("as was done after", "similar to", "reminiscent of") --
is no incident of the report, and the places told after the marker, to the clause's end,
are no places of its lead. Read by :func:`dossier.kb.event_groups.assign_event_group`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

#: words a clause measures its news by, ending where the yardstick's words begin: "since"
#: (a period's start: what it names came before the news), and comparisons with an earlier
#: occasion ("as was done after", "as it did in", "similar to", "reminiscent of", "akin to",
#: "compared with"). A bare "after" or "like" is not one: "arrested after the attack" tells
#: the news, "militants like the TTP attacked" names its actor. "Since" as an adverb after an
#: auxiliary ("Islamabad has since called for a probe") names no earlier occasion
_MARKER = re.compile(
    r"(?<!\bhas )(?<!\bhave )(?<!\bhad )(?<!\bhaving )(?<!\blong )"
    r"\b(?:since"
    r"|as\s+(?:was|were|had\s+been|it\s+was|they\s+were)\s+(?:done|the\s+case|seen|witnessed)"
    r"\s+(?:after|in|during|following)"
    r"|as\s+(?:it|they|we|he|she)\s+did\s+(?:after|in|during|following)"
    r"|similar\s+to|reminiscent\s+of|compared\s+(?:to|with)|akin\s+to)\b",
    re.IGNORECASE,
)

#: at most this many words between the marker and the trigger: the yardstick's own words
#: ("since the Nov 21, 2024 attack", "since an unprecedented Hamas raid"); a trigger further
#: on is the clause's own act
_GAP_WORDS = 6

#: what ends the yardstick's words before the trigger, so that the trigger is the act of
#: another clause: a stop, a semicolon, a dash, a line break, a comma that is no date's
#: ("Since Assad's overthrow, groups have clashed"; not "since the Nov 21, 2024 attack"), or
#: a word that opens a clause ("since May 7 and that Indian strikes", "since last night
#: Israel's aggressive and barbaric bombing", "since 1987 and often doesn't charge"), or an
#: auxiliary, the main clause's verb after the yardstick ("missing since March 26 was found
#: murdered", "air strikes since dawn on Sunday have killed", "since the meat was ready")
_CLAUSE_END = re.compile(
    r"[.;!?\n—–]|,(?!\s*\d)"
    r"|\b(?:and|but|or|that|what|while|when|which|who|whom|where|after|before|because|as|if"
    r"|is|are|was|were|be|been|has|have|had|will|would|could|can|may|might)\b",
    re.IGNORECASE,
)

#: a trigger in the past tense is a clause's verb: after a yardstick, the main clause's
#: ("The first US strikes since Donald Trump took office killed 31 people"); a yardstick's
#: own event is told by its noun ("since the attack", "since Israel resumed strikes")
_PAST_VERB = re.compile(r"ed$", re.IGNORECASE)

#: what ends the yardstick's words after its trigger: any comma too ("... attack on a
#: convoy in the Bagan area, officials said")
_PHRASE_END = re.compile(r"[.,;!?\n—–]")


def _marker_before(sentence_part: str) -> re.Match[str] | None:
    """The last comparison marker of ``sentence_part`` (a sentence up to a trigger) that
    is at most :data:`_GAP_WORDS` words before its end and in the same clause, else None."""
    markers = list(_MARKER.finditer(sentence_part))
    if not markers:
        return None
    found = markers[-1]
    between = sentence_part[found.end() :]
    if _CLAUSE_END.search(between) or len(between.split()) > _GAP_WORDS:
        return None
    return found


def compared_spans(text: str, rows: Sequence[dict[str, Any]]) -> list[tuple[int, int]]:
    """The character spans of ``text`` (marker to the clause's end) that name an incident
    only as a yardstick, one per event report of ``rows`` (stored event mentions with
    sentence ``start``, ``trigger_start``) whose trigger follows a marker in its clause."""
    spans = []
    for row in rows:
        start, trigger = row["start"], row["trigger_start"]
        word = text[trigger : row.get("trigger_end") or trigger].strip()
        if _PAST_VERB.search(word):
            continue
        marker = _marker_before(text[start:trigger])
        if marker is None:
            continue
        first = start + marker.start()
        sentence_end = row.get("end") or len(text)
        tail = _PHRASE_END.search(text, trigger, sentence_end)
        spans.append((first, tail.start() if tail else sentence_end))
    return spans


def within(position: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``position`` lies in one of ``spans``."""
    return any(first <= position < last for first, last in spans)


def without_compared(
    text: str, rows: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[tuple[int, int]]]:
    """``rows`` less the event reports told only as a yardstick, and the yardstick spans
    (whose place mentions the caller leaves out of the lead's places)."""
    spans = compared_spans(text, rows)
    if not spans:
        return rows, spans
    return [r for r in rows if not within(r["trigger_start"], spans)], spans
