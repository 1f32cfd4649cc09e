"""Issue 19, session 23: two process-level cuts of an ingest's CPU that must not change
what it computes -- the collector's thresholds during an ingest (put back afterwards) and
the dateline parse asked ~40 times per article about the same text (cached)."""

from __future__ import annotations

import gc

import pytest

from dossier.clean.dateline import parse_dateline
from dossier.pipeline.heap import INGEST_GC_THRESHOLDS, fewer_collections

pytestmark = pytest.mark.unit


def test_an_ingest_runs_with_the_ingest_thresholds_and_puts_back_the_ones_found():
    found = gc.get_threshold()
    gc.set_threshold(123, 4, 5)
    try:
        with fewer_collections():
            assert gc.get_threshold() == INGEST_GC_THRESHOLDS
        assert gc.get_threshold() == (123, 4, 5)
        with pytest.raises(RuntimeError), fewer_collections():
            assert gc.get_threshold() == INGEST_GC_THRESHOLDS
            raise RuntimeError("a failed batch")
        assert gc.get_threshold() == (123, 4, 5)  # put back on the way out of a failure too
    finally:
        gc.set_threshold(*found)


def test_garbage_cycles_are_still_collected_under_the_ingest_thresholds():
    class Node:
        pass

    with fewer_collections():
        gc.collect()
        made = 6 * INGEST_GC_THRESHOLDS[0]  # Nodes, in pairs that only hold each other
        for _ in range(made // 2):
            a, b = Node(), Node()
            a.other, b.other = b, a
        del a, b
        alive = sum(1 for o in gc.get_objects() if isinstance(o, Node))
        # without collections all would be there; at most a young generation's worth waits
        assert alive <= 2 * INGEST_GC_THRESHOLDS[0] < made


TEXTS = [
    "ISLAMABAD, Mar 05 (APP): The minister said on Tuesday that talks would go on.",
    "QUETTA: Two people were hurt.",
    "NORTH WAZIRISTAN / LAKKI MARWAT: Security forces said.",
    "Peshawar, May 3: a title-case dateline with a date.",
    "The minister said: nothing opens this text as a dateline.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_cached_dateline_is_the_uncached_one(text):
    assert parse_dateline(text) == parse_dateline.__wrapped__(text)


def test_asking_again_about_the_same_text_reuses_the_parse():
    text = "KARACHI, Jan 9 (APP): a text asked about by several stages of one ingest."
    first = parse_dateline(text)
    hits = parse_dateline.cache_info().hits
    assert parse_dateline(text) is first and first is not None and first.place == "KARACHI"
    assert parse_dateline.cache_info().hits == hits + 1


def _reply_marker_as_before(text: str) -> bool:
    """The rule as it was written before it stopped early: the oracle."""
    import re

    from dossier.clean.lines import COMMENT_MARKERS

    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text)]
    return 0 < len(words) <= 4 and all(w in COMMENT_MARKERS for w in words)


@pytest.mark.parametrize(
    "text",
    [
        "Reply",
        "Reply · Flag",
        "reply report",
        "Reply Reply Reply Reply",
        "Reply Reply Reply Reply Reply",
        "Reply, and a sentence of the article that follows it.",
        "Police said three men were held. Reply",
        "2h ago",
        "",
        "· · ·",
        "Réply",
        "REPLY 12",
    ],
)
def test_the_early_stopping_reply_marker_is_the_rule_as_it_was(text):
    from dossier.clean.lines import is_reply_marker

    assert is_reply_marker(text) == _reply_marker_as_before(text)
