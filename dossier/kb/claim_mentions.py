"""Store one claim mention under the claim it repeats.

A quote, paraphrase or figure is tied to its speaker and subject entities, a figure to its
scope and the day or period it holds for (:func:`claim_identity`), and it joins the claim of
an earlier mention with the same speaker and the same words (a re-print, an edition that
trimmed the quote): what :mod:`dossier.kb.claims` compares across stories for corroboration
and disputes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from dossier.kb.claims import (
    claim_id,
    day_dates_incident,
    figure_scope,
    same_statement,
    text_key,
    unit_key,
)
from dossier.kb.document_reads import DocumentReads
from dossier.kb.span_mentions import overlapping_mention, speaker_mention
from dossier.records import PLACE_LABELS, AnalyzedDocument, ClaimMention
from dossier.store.base import ClaimProbe, Store, claim_candidate_of


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


def store_claim(
    store: Store,
    analyzed: AnalyzedDocument,
    claim: ClaimMention,
    reads: DocumentReads | None = None,
) -> str:
    """Store a claim mention under the claim it repeats (same speaker, same words).
    ``reads``: what the document's facts read of the store, kept for all of them."""
    return store_claims(store, analyzed, [claim], reads)[0]


def store_claims(
    store: Store,
    analyzed: AnalyzedDocument,
    claims: Sequence[ClaimMention],
    reads: DocumentReads | None = None,
) -> list[str]:
    """Store a document's claim mentions, in order, each under the claim it repeats; their
    claim ids.

    Why in one go: stored one at a time, each claim asked the store for its candidates and
    then inserted its row -- two round trips a claim, the largest per-row cost of the
    write path left on PostgreSQL (issue 19). The candidates of all of them are read in one
    statement (:meth:`Store.claim_candidates_of`), each claim's own kept with the store's
    condition (:func:`claim_candidate_of`), and the rows written with one ``executemany``.
    The result is the one-at-a-time result: a claim's candidates are the stored rows in row
    order, then the document's claims before it (what the store would have held by then,
    with ids above every stored one), and it joins the first that repeats it."""
    if reads is None:
        reads = DocumentReads(store, analyzed.document.id)
    story = analyzed.document.story_id
    records: list[dict[str, Any]] = []
    entities: list[tuple[str | None, str | None]] = []
    for claim in claims:
        record = _claim_record(analyzed, claim)
        record["text_key"] = text_key(claim.text)
        record.update(claim_identity(analyzed, claim))
        records.append(record)
        entities.append(
            (reads.entity_of(record["speaker_key"]), reads.entity_of(record["subject_key"]))
        )
    reads.read_entity_keys([speaker for speaker, _subject in entities])  # all speakers at once
    probes = [
        ClaimProbe(
            claim.kind,
            record["text_key"],
            None if speaker is None else tuple(k for k, _why in reads.entity_keys(speaker)),
        )
        for claim, record, (speaker, _subject) in zip(claims, records, entities, strict=True)
    ]
    stored = store.claim_candidates_of(probes, story) if probes else []
    written: list[dict[str, Any]] = []
    for claim, record, probe, (speaker, subject) in zip(
        claims, records, probes, entities, strict=True
    ):
        candidates = (
            other for other in (*stored, *written) if claim_candidate_of(other, probe, story)
        )
        record["claim_id"] = _repeated(claim, record, subject, candidates) or _new_claim_id(
            claim, speaker, subject, record
        )
        written.append(
            {
                **{k: record[k] for k in _CANDIDATE_COLUMNS},
                "story_id": story,
                "subject_entity": subject,
            }
        )
    if records:
        store.add_claim_mentions(records)
    return [str(r["claim_id"]) for r in records]


#: the columns of a claim mention's record that :func:`claim_candidate_of` and
#: :func:`_repeated` read of a candidate (with ``story_id`` and ``subject_entity``)
_CANDIDATE_COLUMNS = ("claim_id", "kind", "text", "text_key", "speaker_key", "qmin", "qmax", "unit")


def _repeated(
    claim: ClaimMention,
    record: dict[str, Any],
    subject: str | None,
    candidates: Iterable[dict[str, Any]],
) -> str | None:
    """The claim id of the first candidate this claim repeats: the same statement
    (:func:`same_statement`), and for a figure the same subject, value and measure."""
    for other in candidates:
        if claim.kind == "quantity" and (
            other["subject_entity"] != subject
            or (other["qmin"], other["qmax"]) != (record["qmin"], record["qmax"])
            or unit_key(other["unit"]) != unit_key(record["unit"])
        ):
            continue
        if same_statement(other["text"], record["text"]):
            return str(other["claim_id"])
    return None


def _new_claim_id(
    claim: ClaimMention, speaker: str | None, subject: str | None, record: dict[str, Any]
) -> str:
    """The id of a claim no earlier mention repeats (:func:`claim_id`)."""
    figure = (record["qmin"], record["qmax"], unit_key(record["unit"]))
    return claim_id(
        claim.kind, speaker, subject, claim.text, figure if claim.kind == "quantity" else None
    )
