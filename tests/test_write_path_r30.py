"""Write-path helpers made cheaper in session 30 answer as the code they replace did.

``span_mentions.overlapping_mention`` tests overlap by comparisons instead of a ``min()``
and a ``max()`` per mention: checked against the overlap-length definition on generated
spans and mentions (empty and reversed ones included). ``DocumentReads.told`` builds a
report once per row id for the in-document merge rules: checked to build once, to hand
back what the builder made, and to leave the rows' event moves to the reads.
"""

from __future__ import annotations

import random

import pytest

from dossier.kb.document_reads import DocumentReads
from dossier.kb.span_mentions import overlapping_mention
from dossier.records import Mention


def _by_overlap_length(span, mentions, text=None):
    """The definition before session 30, verbatim but for the overlap test."""
    if span is None:
        return None
    start, end = span
    covering = [m for m in mentions if min(end, m.end) - max(start, m.start) > 0]
    if text is not None and len(covering) > 1:
        owned = {m.start for m in covering}
        covering = [
            m
            for m in covering
            if not (text[m.end : m.end + 3] in {"'s ", "’s "} and m.end + 3 in owned)
        ] or covering
    best = None
    for mention in covering:
        overlap = min(end, mention.end) - max(start, mention.start)
        rank = (overlap, -(mention.end - mention.start), mention)
        if best is None or rank[:2] > best[:2]:
            best = rank
    return best[2] if best else None


@pytest.mark.unit
@pytest.mark.parametrize("seed", range(4))
def test_overlapping_mention_is_the_overlap_length_definition(seed):
    rng = random.Random(seed)
    text = "".join(rng.choice(["a", " ", "'s ", "’s ", "Bo", "x"]) for _ in range(40))
    for _ in range(300):
        mentions = []
        for _ in range(rng.randint(0, 8)):
            start = rng.randint(0, len(text))
            end = start + rng.randint(-2, 12)  # empty and reversed ones too
            mentions.append(Mention(start, end, text[start:end], "GPE", f"k{start}", 0))
        start = rng.randint(0, len(text))
        span = (start, start + rng.randint(-3, 15))
        for with_text in (None, text):
            assert overlapping_mention(span, mentions, with_text) is _by_overlap_length(
                span, mentions, with_text
            )
    assert overlapping_mention(None, []) is None


class _NoStore:
    """A store nothing may be asked of."""

    def __getattr__(self, name):
        raise AssertionError(f"asked the store for {name}")


@pytest.mark.unit
def test_told_builds_each_report_once():
    reads = DocumentReads(_NoStore(), "d1")  # type: ignore[arg-type]
    built = []

    def build(row):
        built.append(row["id"])
        return ("report", row["id"], row["type"])

    rows = [{"id": 3, "type": "attack"}, {"id": 5, "type": "arrest"}]
    first = [reads.told(r, build) for r in rows]
    # the same rows again, one as a moved copy (set_event hands out a new dict)
    again = [reads.told({**rows[0], "event_id": "e9"}, build), reads.told(rows[1], build)]
    assert first == [("report", 3, "attack"), ("report", 5, "arrest")]
    assert [a is b for a, b in zip(first, again, strict=True)] == [True, True]
    assert built == [3, 5]
