"""What one event or one claim amounts to, from its reports: pure functions.

The query layer shows an event's date and modality, and compares a claim's
figure with others; the store keeps the same values in per-event and
per-claim summary rows so that pages can sort, filter and page in SQL. Both
compute them here, so a summary row never disagrees with the page that
shows the event or claim.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from dossier.config import CAMPAIGN_SPAN_DAYS
from dossier.geo import breadth
from dossier.kb.claims import ClaimView, identity_key, interval, is_vague
from dossier.kb.event_merge import place_key
from dossier.kb.event_places import nested_places

_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "range": 4, "year": 5}
#: stands for "no upper bound" ("at least 300") in stored intervals: a finite
#: number, so every SQL backend stores and compares it the same way
UNBOUNDED = 1e300


def best_date(reports: Sequence[Mapping[str, Any]]) -> dict[str, Any] | None:
    """The date most reports give, then the most precise; None when undated. A date a
    report states wins over the interval inferred for a report that states none (no
    ``date_text``: "on or before" its publication), however many such reports there are;
    where none states one, the bounds they infer are taken together (:func:`_inferred`)."""
    dated = [r for r in reports if r["date_start"]]
    if not dated:
        return None
    wide = [r for r in dated if tells_a_campaign(r)]
    if wide and len(wide) < len(dated):
        # "Over the past decade, hundreds ... have been killed" told beside "Gunmen shot dead
        # a police officer": the tally's date is not the incident's
        dated = [r for r in dated if not tells_a_campaign(r)]
    stated = [r for r in dated if r["date_text"]]
    if not stated:
        return _inferred(dated)
    dated = stated
    support: dict[tuple[str, str], int] = {}
    for r in dated:
        span = (r["date_start"], r["date_end"])
        support[span] = support.get(span, 0) + 1
    # stated dates of equal support keep the order they were reported in
    best = min(
        dated,
        key=lambda r: (
            -support[(r["date_start"], r["date_end"])],
            _PRECISION_RANK.get(r["precision"] or "", 9),
        ),
    )
    found = {
        "start": best["date_start"],
        "end": best["date_end"],
        "precision": best["precision"],
        "text": best["date_text"],
    }
    return _bounded(found, [r for r in reports if r["date_start"] and not r["date_text"]])


def tells_a_campaign(report: Mapping[str, Any]) -> bool:
    """Whether a report states a date wider than ``CAMPAIGN_SPAN_DAYS`` ("resumed its
    offensive this year", "Over the past decade, hundreds ... have been killed", "under
    renewed attack since late last year"): a campaign's or a tally's, never one incident's.
    Such a date overlaps any incident's day, so it joins no other article's report
    (dossier.kb.event_reports.store_event: it bridged an April article's strikes to a January
    one's), and beside an incident's own reports it is not the event's date (:func:`best_date`)."""
    start, end = report.get("date_start"), report.get("date_end")
    if not (report.get("date_text") and start and end):
        return False
    return (date.fromisoformat(end[:10]) - date.fromisoformat(start[:10])).days > CAMPAIGN_SPAN_DAYS


def _bounded(found: dict[str, Any], inferred: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """A stated range cut at the day another report bounds the act by: "Earlier this week,
    attacks were repelled" (Monday to Wednesday) and "authorities on Monday confirming a
    grenade attack" (that day or before) say Monday. Only the end is a fact of an inferred
    interval ("on or before"; how far back it reaches is an assumed window), and only acts
    that happened have one (a planned act's runs forward). A bound before the stated range
    is another incident's: the stated date stands."""
    ends = [r["date_end"] for r in inferred if r.get("modality") != "planned"]
    if not ends:
        return found
    bound = min(ends)
    if found["start"] <= bound < found["end"]:
        return {**found, "end": bound, "precision": "range"}
    return found


def _inferred(dated: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The date of an event no report of which states one. Each report's interval ends at a
    fact ("on or before" the day it was published, or the day an official said it) and
    reaches back an assumed window, so the report with the earliest end bounds them all: seven
    reports bounded by the publication day do not outvote the one that says "the military's
    media wing said on Monday". Its own window is kept (two windows cut against each other
    would make up a single day the text never gave)."""
    end = min(r["date_end"] for r in dated)
    start = max(r["date_start"] for r in dated if r["date_end"] == end)
    return {"start": start, "end": end, "precision": "range", "text": None}


#: where a report's place came from (``location_via``, dossier.kb.event_reports.store_event), best
#: first: its own sentence (or a store from before the column), the incident told just before
#: or just after it, the dateline (where the report was filed, often a capital far from the
#: incident: "ISLAMABAD, Jan 12 (APP): ... nine terrorists killed in North Waziristan") or, on
#: a page with none, its lead's town (kb.event_places.lead_place)
_PLACE_RANK = {"sentence": 0, "earlier": 1, "later": 1, "dateline": 2, "lead": 2}


def place_rank(report: Mapping[str, Any]) -> int:
    """How well a report places its event (see ``_PLACE_RANK``)."""
    return _PLACE_RANK.get(report.get("location_via") or "sentence", 0)


def event_place(reports: Sequence[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    """The report whose place is the event's: the best placed (:func:`place_rank`), the first
    told among equals (a lead's "in Khyber Pakhtunkhwa's Swat district", not a later "in
    Pakistan"); None when no report has a place. The page, the export and the entity pages'
    summary rows all take it from here.

    The town in the name of the force that acted ("The Larkana police registered an FIR")
    gives way to a town or district a report's own sentence states ("In Karachi, the law
    enforcers detained 10 suspects"): a station names its own area, not where each act
    the event gathers happened, and the stated place is the more specific fact. A stated
    province or country does not outrank it ("FIA Immigration Sialkot apprehended three
    fugitives" deported from the UAE were taken at Sialkot)."""
    placed = [r for r in reports if r.get("location_text") or r.get("location_entity")]
    if not placed:
        return None
    best = min(placed, key=place_rank)
    if best.get("location_via") != "force":
        return _finer_in_sentence(best, placed) or _finer_of_incident(best, placed) or best
    stated = (
        r
        for r in placed
        if r.get("location_via") == "sentence"
        and r.get("location_text")
        and breadth(r["location_text"]) == 0
    )
    return next(stated, best)


def _finer_in_sentence(
    best: Mapping[str, Any], placed: Sequence[Mapping[str, Any]]
) -> Mapping[str, Any] | None:
    """A report of the same sentence, placed as well as ``best``, whose place lies inside
    ``best``'s country or province by the gazetteer (:func:`nested_places`): "A suicide bomber
    killed one person and wounded three in an attack ... in Kabul ..., the second explosion in
    Afghanistan this week" gives the killing Afghanistan (the parse hangs "explosion in
    Afghanistan" on "killed") and the wounding Kabul; one sentence tells one incident at two
    scales and an ACLED coder takes the finer. Only within one sentence: a finer place told
    in another sentence of the event may be another incident merged in ("Talking to media in
    Jehlum" beside "Pakistan" cost a right place when every report was weighed)."""
    wide = best.get("location_text")
    if not wide or breadth(wide) == 0:
        return None
    rank = place_rank(best)
    return next(
        (
            r
            for r in placed
            if r is not best
            and r.get("document_id") == best.get("document_id")
            and r.get("sentence") == best.get("sentence")
            and place_rank(r) == rank
            and r.get("location_text")
            and breadth(r["location_text"]) < breadth(wide)
            and nested_places(wide, r["location_text"])
        ),
        None,
    )


#: acts told at one spot: an attack's or an arrest's reports that place it inside the lead's
#: province say where it was; a statement's (a minister's words "in Jehlum") say where they
#: were said
_SPOT_TYPES = frozenset({"ASSAULT", "COERCE"})


def _finer_of_incident(
    best: Mapping[str, Any], placed: Sequence[Mapping[str, Any]]
) -> Mapping[str, Any] | None:
    """For an attack or an arrest placed at a province (a lead's "operations in Khyber
    Pakhtunkhwa"), the one town or district that its other reports of the same article,
    placed as well, put inside it ("... in Kolachi, Dera Ismail Khan ..."): an incident
    happens at one spot, which the article names when it retells it, and an ACLED coder takes
    the finer. None when those reports name two such places (two incidents merged into one
    event: neither is sure to be this one's), and for a country: a lead at a country's scale
    sums up a campaign ("Israel struck Houthi targets in Yemen, including a power station and
    ports"), and a town a later sentence names is one of its strikes (Aden), not its spot."""
    wide = best.get("location_text")
    if best.get("type") not in _SPOT_TYPES or not wide or breadth(wide) != 1:
        return None
    rank = place_rank(best)
    finer = [
        r
        for r in placed
        if r is not best
        and r.get("document_id") == best.get("document_id")
        and place_rank(r) == rank
        and r.get("location_text")
        and breadth(r["location_text"]) < breadth(wide)
        and nested_places(wide, r["location_text"])
    ]
    if len({place_key(r["location_text"]) for r in finer}) != 1:
        return None
    return finer[0]


def _majority(modalities: Sequence[str], preferred: Sequence[str]) -> str:
    """The modality told most often; a tie goes to the first of ``preferred`` among the tied,
    then to the one told first. Never set order, which follows the process's string-hash
    seed (two runs over one store once disagreed)."""
    return max(
        dict.fromkeys(modalities),
        key=lambda m: (
            modalities.count(m),
            *(m == p for p in preferred),
            -modalities.index(m),
        ),
    )


def majority_modality(
    modalities: Sequence[str],
    documents: Sequence[str] | None = None,
    sentences: Sequence[int] | None = None,
) -> str:
    """The modality most documents give an event, each document voting once.

    Within one document (``documents`` gives each report's; None: all one document) the
    reports of one sentence (``sentences`` gives each report's index in its document; None:
    each report its own sentence) are one telling, read by their majority with a tie to
    "asserted" (a second report of the act in the sentence that extraction reads as hedged,
    "killed four terrorists ... while two soldiers were injured", outweighs nothing). The
    document's vote is its most told reading over its tellings, and a tie between a hedged
    and a plain telling goes to the one the article tells first: an article that leads with
    "arrested five suspects for their alleged involvement in the gang rape" and later
    quotes the police plainly ("the suspects took a minor child ... and molested him")
    reports an alleged act, as the labelling guide reads it, while one that leads with "was
    kidnapped" and later writes "the men who allegedly abducted him" reports the act and
    hedges who did it. A tie with a reading in which the act did not or not yet happen
    goes to the reported one. Across documents a tie goes to the hedge: one outlet that calls
    an act alleged and one that states it give no majority that it is established, so
    "alleged" beats "asserted", which beats the readings in which the act did not or not
    yet happen (negated, planned, hypothetical). Among other ties the one told first wins.
    Sentence order, not report order, decides what is told first."""
    if documents is None:
        documents = [""] * len(modalities)
    if sentences is None:
        sentences = range(len(modalities))
    told: dict[str, dict[int, list[str]]] = {}
    for modality, document, sentence in zip(modalities, documents, sentences, strict=True):
        told.setdefault(document, {}).setdefault(sentence, []).append(modality)
    votes = []
    for own in told.values():
        tellings = [_majority(own[s], ("asserted",)) for s in sorted(own)]
        first = next((t for t in tellings if t in ("alleged", "asserted")), "asserted")
        votes.append(_majority(tellings, (first, "asserted")))
    return _majority(votes, ("alleged", "asserted"))


def event_participants(reports: Sequence[Mapping[str, Any]]) -> set[str]:
    """Entity ids an event is about: actors, targets and its place."""
    found = {
        a["entity_id"]
        for r in reports
        for a in r["args"]
        if a["role"] in ("actor", "target") and a["entity_id"]
    }
    placed = event_place(reports)
    location = placed.get("location_entity") if placed else None
    return found | ({location} if location else set())


def claim_measure(
    kind: str,
    qmin: float | None,
    qmax: float | None,
    unit: str | None,
    hedge: str | None,
    scope: str | None = None,
    holds_on: str | None = None,
) -> tuple[str, float, float, bool] | None:
    """``(identity key, low, high, vague)`` of a figure that can be compared, else None.

    The key is :func:`dossier.kb.claims.identity_key` (measure, scope, the day or
    period it holds for), so the summary tables compare a figure only with figures
    of its identity, as the query layer does. The interval is the hedge-widened
    range :func:`dossier.kb.claims.interval` compares; an open upper end is stored as
    :data:`UNBOUNDED`.
    """
    key = identity_key(unit, scope, holds_on)
    if kind != "quantity" or key is None:
        return None
    view = ClaimView(
        id="",
        kind=kind,
        speaker=None,
        subject=None,
        text="",
        min=qmin,
        max=qmax,
        unit=unit,
        hedge=hedge,
    )
    span = interval(view)
    if span is None:
        return None
    low, high = (min(v, UNBOUNDED) for v in span)
    return key, low, high, is_vague(view)
