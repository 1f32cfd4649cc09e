"""The incident join's named-alike path keyed (issue 19, round 3): a candidate that shares
no other key is compared only where its document names two of the document's little-known
people (:func:`dossier.kb.named_alike.may_name_alike`), a necessary condition of
:func:`dossier.kb.named_alike.named_alike` -- held here exhaustively over small stores -- and
:meth:`Store.resolved_persons` reads the mentions :meth:`Store.document_mentions` gives."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from dossier.kb.named_alike import (
    RARE_DOCUMENTS,
    full_persons,
    may_name_alike,
    named_alike,
    rare_persons,
)
from dossier.store import open_store
from tests.test_resolve_store import _doc, _ingest

pytestmark = pytest.mark.unit


class _Store:
    """Documents per entity and mentions per document; ``resolved_persons`` is the rows of
    ``document_mentions`` labelled PERSON with an entity, as the SQL store reads them."""

    def __init__(self, counts: dict[str, int], mentions: dict[str, list[dict[str, Any]]]):
        self.counts = counts
        self.mentions = mentions

    def entity_document_count(self, entity_id: str) -> int:
        return self.counts[entity_id]

    def document_mentions(self, document_id: str) -> list[dict[str, Any]]:
        return self.mentions[document_id]

    def resolved_persons(self, document_ids: list[str]) -> list[dict[str, Any]]:
        return [
            {"document_id": d, "text": m["text"], "entity_id": m["entity_id"]}
            for d in document_ids
            for m in self.mentions[d]
            if m["label"] == "PERSON" and m["entity_id"]
        ]


#: mentions a document may hold: two spellings of one victim resolved apart, a second
#: victim, a minister named in many documents, a bare name, an organisation, an unresolved
#: name
POOL = [
    {"text": "Havildar Manzoor Ali", "label": "PERSON", "entity_id": "manzoor"},
    {"text": "Manzoor Ali", "label": "PERSON", "entity_id": "manzoor2"},
    {"text": "Ali Bilawal", "label": "PERSON", "entity_id": "bilawal"},
    {"text": "Mohsin Naqvi", "label": "PERSON", "entity_id": "naqvi"},
    {"text": "Ali", "label": "PERSON", "entity_id": "ali"},
    {"text": "Frontier Corps", "label": "ORG", "entity_id": "fc"},
    {"text": "Muhammad Naeem", "label": "PERSON", "entity_id": None},
]


def _counts(rare_naqvi: bool) -> dict[str, int]:
    counts = {"manzoor": 2, "manzoor2": 1, "bilawal": 3, "ali": 1, "fc": 40}
    counts["naqvi"] = RARE_DOCUMENTS if rare_naqvi else RARE_DOCUMENTS + 1
    return counts


def test_every_document_named_alike_is_kept():
    """Over every pair of subsets of the pool (the document's mentions, another's) and
    both counts of the minister: whenever ``named_alike`` holds, the other document is
    among ``may_name_alike``'s; and it drops some (the filter is not everything)."""
    subsets = [list(c) for n in range(len(POOL) + 1) for c in itertools.combinations(POOL, n)]
    joined = dropped = 0
    for rare_naqvi in (False, True):
        for mine_named in subsets:
            store = _Store(_counts(rare_naqvi), {})
            mine = rare_persons(store, full_persons(mine_named))
            if len(mine) < 2:
                continue
            store.mentions = {f"d{i}": named for i, named in enumerate(subsets)}
            kept = may_name_alike(store, mine, store.mentions)
            for document in store.mentions:
                if named_alike(store, mine, document):
                    joined += 1
                    assert document in kept
                elif document not in kept:
                    dropped += 1
    assert joined and dropped


def test_a_document_naming_one_of_them_is_not_kept():
    store = _Store(
        _counts(False),
        {
            "both": [POOL[1], POOL[2]],  # "Manzoor Ali" and "Ali Bilawal"
            "one": [POOL[0], POOL[3]],  # one victim and the minister
            "none": [POOL[5], POOL[6]],
        },
    )
    mine = frozenset({"manzur ali", "ali bilaval"})  # person_key's folding
    assert may_name_alike(store, mine, ["both", "one", "none"]) == {"both"}
    # fewer than two of the document's own: nothing to look for, no read
    assert may_name_alike(store, frozenset({"manzur ali"}), ["both"]) == frozenset()


def test_store_resolved_persons_are_the_resolved_persons_of_document_mentions(tmp_path):
    texts = [
        ("Manzoor Ali and Ali Bilawal died near Noshki, the Frontier Corps said.", 0),
        ("Havildar Manzoor Ali was buried in Quetta; Mohsin Naqvi spoke.", 1),
        ("Mohsin Naqvi met the Frontier Corps in Quetta.", 2),
    ]
    spans = {
        0: [("Manzoor Ali", "PERSON"), ("Ali Bilawal", "PERSON"), ("Frontier Corps", "ORG")],
        1: [("Havildar Manzoor Ali", "PERSON"), ("Quetta", "GPE"), ("Mohsin Naqvi", "PERSON")],
        2: [("Mohsin Naqvi", "PERSON"), ("Frontier Corps", "ORG"), ("Quetta", "GPE")],
    }
    store = open_store(str(tmp_path / "kb.db"))
    try:
        _ingest(store, [[_doc(n, text, spans[n]) for text, n in texts]])
        documents = ["doc-0", "doc-1", "doc-2"]
        old = sorted(
            {
                (d, m["text"], m["entity_id"])
                for d in documents
                for m in store.document_mentions(d)
                if m["label"] == "PERSON" and m["entity_id"]
            }
        )
        new = sorted(
            (m["document_id"], m["text"], m["entity_id"]) for m in store.resolved_persons(documents)
        )
        assert new == old
        assert len(new) == 5
        assert {m["document_id"] for m in store.resolved_persons(["doc-2"])} == {"doc-2"}
        assert store.resolved_persons([]) == []
    finally:
        store.close()
