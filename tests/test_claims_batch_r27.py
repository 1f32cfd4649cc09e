"""A document's claims stored in one go (issue 19, session 27).

Stored one at a time, each claim asked the store for its candidates and inserted its row:
two round trips a claim. :func:`~dossier.kb.claim_mentions.store_claims` reads the
candidates of all of a document's claims in one statement
(:meth:`~dossier.store.sql.SQLStore.claim_candidates_of`), matches them in memory, the
document's own earlier claims included, and inserts the rows with one ``executemany``.
These tests hold it, on both backends, to the one-at-a-time order: the same rows, the
same claim ids (a re-print joins the claim it repeats, within the document and across
documents), each probe's candidates the rows :meth:`claim_candidates` reads -- and two
statements on ``claim_mentions`` for a document's claims, whatever their number.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from dossier.kb import resolve
from dossier.kb.claim_mentions import store_claim, store_claims
from dossier.kb.claims import text_key
from dossier.kb.document_reads import DocumentReads
from dossier.names import normalize_name
from dossier.records import AnalyzedDocument, ClaimMention, Document, Mention, Quantity, Sentence
from dossier.store import open_store, sql
from dossier.store.base import ClaimProbe, claim_candidate_of
from tests.conftest import BACKENDS

LINES = (
    'Colonel Ayla Marsh said: "We will hold the bridge at any cost."',
    'Marsh repeated: "We will hold the bridge at any cost."',
    "The convoy was delayed by floods near the ford.",
    "The convoy was delayed by floods near the ford.",
    "Twelve Kestrel Front fighters were killed in the clash.",
    "Twelve Kestrel Front fighters were killed in the clash.",
    "Twelve Kestrel Front fighters were killed in the clash.",
    'Marsh added: "We will hold the bridge at any cost, whatever comes."',
    'Marsh said: "The river crossing stays closed until spring."',
)
TEXT = "\n".join(LINES)


def _sentences() -> list[Sentence]:
    out, at = [], 0
    for line in LINES:
        out.append(Sentence(at, at + len(line)))
        at += len(line) + 1
    return out


def _span(piece: str, sentence: int) -> tuple[int, int]:
    start = TEXT.index(piece, _sentences()[sentence].start)
    return start, start + len(piece)


def _document(doc_id: str) -> AnalyzedDocument:
    """Nine claims: a quote said twice, unattributed words twice, one figure three times
    (the third with another value), the quote lengthened, and another quote."""
    sentences = _sentences()
    mentions = [
        Mention(*_span("Ayla Marsh", 0), "Ayla Marsh", "PERSON", normalize_name("Ayla Marsh"), 0)
    ]
    for n in (1, 7, 8):
        mentions.append(Mention(*_span("Marsh", n), "Marsh", "PERSON", normalize_name("Marsh"), n))
    for n in (4, 5, 6):
        mentions.append(
            Mention(
                *_span("Kestrel Front", n),
                "Kestrel Front",
                "ORG",
                normalize_name("Kestrel Front"),
                n,
            )
        )

    def quote(n: int, words: str, speaker: str) -> ClaimMention:
        start, end = _span(words, n)
        return ClaimMention("quote", start, end, words, n, speaker=_span(speaker, n), cue="said")

    def plain(n: int) -> ClaimMention:
        bounds = sentences[n]
        return ClaimMention("paraphrase", bounds.start, bounds.end, LINES[n], n)

    def figure(n: int, value: float) -> ClaimMention:
        bounds = sentences[n]
        return ClaimMention(
            "quantity",
            bounds.start,
            bounds.end,
            LINES[n],
            n,
            subject=_span("Kestrel Front", n),
            quantity=Quantity(value, value, "fighters killed"),
        )

    claims = [
        quote(0, "We will hold the bridge at any cost.", "Ayla Marsh"),
        quote(1, "We will hold the bridge at any cost.", "Marsh"),
        plain(2),
        plain(3),
        figure(4, 12),
        figure(5, 12),
        figure(6, 15),
        quote(7, "We will hold the bridge at any cost, whatever comes.", "Marsh"),
        quote(8, "The river crossing stays closed until spring.", "Marsh"),
    ]
    document = Document(
        id=doc_id, source=f"{doc_id}.txt", raw_hash=f"h-{doc_id}", text=TEXT, published="2024-03-05"
    )
    return AnalyzedDocument(
        document=document, sentences=sentences, mentions=mentions, claims=claims
    )


@pytest.fixture(params=BACKENDS)
def two_dbs(request, tmp_path) -> tuple[str, str]:
    """Two empty stores of one backend: one written a claim at a time, one in batches."""
    if request.param == "sqlite":
        return str(tmp_path / "one.db"), str(tmp_path / "batch.db")
    make = request.getfixturevalue("pg_database")
    return make(), make()


def _add(store: Any, doc_id: str, story: str) -> AnalyzedDocument:
    """Store a document in ``story``, its names resolved to entities (no claims yet)."""
    analyzed = resolve.corefer(_document(doc_id), agencies=[])
    analyzed.document.story_id = story
    with store.transaction():
        store.add_document(analyzed, store.record_source(analyzed.document.source, doc_id))
        store.set_story(doc_id, story)
        resolve.update_entities(store, [analyzed])
    return analyzed


def _store(db: str, batched: bool) -> tuple[list[list[str]], list[dict[str, Any]]]:
    """Two documents of two stories, then a third in the first's story; their claim ids
    per document and every stored claim mention."""
    store = open_store(db)
    try:
        ids = []
        stored = (
            ("doc-a", "story-1"),
            ("doc-b", "story-2"),
            ("doc-c", "story-1"),
            ("doc-d", "story-3"),
        )
        for doc_id, story in stored:
            analyzed = _add(store, doc_id, story)
            with store.transaction():
                if batched:
                    ids.append(store_claims(store, analyzed, analyzed.claims))
                else:
                    reads = DocumentReads(store, doc_id)
                    ids.append([store_claim(store, analyzed, c, reads) for c in analyzed.claims])
        return ids, store.claim_mentions()
    finally:
        store.close()


def test_batched_claims_are_the_claims_stored_one_at_a_time(two_dbs):
    one_db, batch_db = two_dbs
    one_ids, one_rows = _store(one_db, batched=False)
    batch_ids, batch_rows = _store(batch_db, batched=True)
    assert batch_ids == one_ids
    assert batch_rows == one_rows  # row ids, claim ids, identities: the same table
    assert len(batch_rows) == 36

    first, other_story, same_story, third_story = batch_ids
    quote, again, plain, plain_again, twelve, twelve_again, fifteen, longer, river = first
    # within the document: a repeat joins the earlier claim written in the same batch
    assert again == quote and plain_again == plain and twelve_again == twelve
    assert fifteen != twelve  # the same sentence with another figure is another claim
    assert longer == quote  # the speaker's lengthened quote, found through the story
    assert len({quote, plain, twelve, fifteen, river}) == 5
    # another story: the same words join the first document's claims (the speaker's and the
    # unattributed); the lengthened quote joins the quote its own document wrote before it
    # in its story -- a row of the same batch, found through the story
    assert other_story == first
    # the first story again: everything joins the first document's claims
    assert same_story == first
    # a third story: the first of the re-prints stands for them all
    assert third_story == first


@pytest.mark.parametrize("new_db", BACKENDS, indirect=True)
def test_a_documents_claims_cost_two_statements(new_db):
    store = open_store(new_db)
    try:
        first = _add(store, "doc-a", "story-1")
        with store.transaction():
            store_claims(store, first, first.claims)  # every claim of doc-b has candidates
        analyzed = _add(store, "doc-b", "story-1")
        seen: list[str] = []
        plain_exec, plain_many = store._exec, store._many

        def counted_exec(sql_text: str, params: Any = ()) -> Any:
            seen.append(sql_text)
            return plain_exec(sql_text, params)

        def counted_many(sql_text: str, rows: Any) -> None:
            seen.append(sql_text)
            plain_many(sql_text, rows)

        with store.transaction():  # the commit's summary flush is not the claims' cost
            store._exec, store._many = counted_exec, counted_many
            ids = store_claims(store, analyzed, analyzed.claims)
            store._exec, store._many = plain_exec, plain_many
        on_claims = [s for s in seen if "claim_mentions" in s]
        assert len(on_claims) == 2, on_claims  # one candidate read, one insert for nine claims
        speakers_keys = [s for s in seen if "FROM entity_keys" in s and "entity_id IN" in s]
        assert len(speakers_keys) == 1  # the speakers' keys, all at once
        assert not [s for s in seen if "WHERE entity_id = ?" in s]
        assert len(store.claim_mentions_in_document("doc-b")) == len(ids) == 9
    finally:
        store.close()


def _probes(store: Any, analyzed: AnalyzedDocument) -> Iterator[ClaimProbe]:
    """Each claim of the document as :meth:`claim_candidates` is asked it, with and
    without its speaker."""
    reads = DocumentReads(store, analyzed.document.id)
    for claim in analyzed.claims:
        words = text_key(claim.text)
        yield ClaimProbe(claim.kind, words, None)
        if claim.speaker is not None:
            key = next(m.key for m in analyzed.mentions if m.start == claim.speaker[0])
            speaker = reads.entity_of(key)
            if speaker is not None:
                yield ClaimProbe(claim.kind, words, tuple(k for k, _ in reads.entity_keys(speaker)))


#: what tells two mentions of the same words apart as repeats (SQLStore._REPEAT_COLUMNS)
REPEAT = ("kind", "text_key", "speaker_key", "subject_key", "qmin", "qmax", "unit")


def _firsts(want: list[dict[str, Any]], probe: ClaimProbe, story: str | None) -> list[int]:
    """The ids of :meth:`claim_candidates`' rows that :meth:`claim_candidates_of` keeps:
    every row of the speaker's story, and of the rows found by their words the first of
    each speaker key, subject key and figure (a later re-print repeats what it repeats)."""
    kept, seen = [], set()
    for row in want:  # row order
        group = tuple(row[c] for c in REPEAT)
        in_story = probe.speaker_keys is not None and story is not None
        if (in_story and row["story_id"] == story) or (
            row["text_key"] == probe.text_key and group not in seen
        ):
            kept.append(row["id"])
        if row["text_key"] == probe.text_key:
            seen.add(group)
    return kept


@pytest.mark.parametrize("new_db", BACKENDS, indirect=True)
def test_each_probes_candidates_are_the_rows_claim_candidates_reads(new_db, monkeypatch):
    store = open_store(new_db)
    try:
        stored = (("doc-a", "story-1"), ("doc-b", "story-2"), ("doc-c", "story-3"))
        for doc_id, story in stored:
            analyzed = _add(store, doc_id, story)
            with store.transaction():
                store_claims(store, analyzed, analyzed.claims)
        probes = list(_probes(store, analyzed))
        assert any(p.speaker_keys for p in probes) and any(p.speaker_keys is None for p in probes)
        left_out = 0
        for story in ("story-1", "story-2", "story-4", None):
            together = store.claim_candidates_of(probes, story)
            ids = [r["id"] for r in together]
            assert ids == sorted(set(ids))
            found = 0
            for probe in probes:
                want = store.claim_candidates(probe.kind, probe.text_key, probe.speaker_keys, story)
                got = [r for r in together if claim_candidate_of(r, probe, story)]
                assert [r["id"] for r in got] == _firsts(want, probe, story), (probe, story)
                by_id = {r["id"]: r for r in want}
                for row in got:  # the columns it reads, as the whole row reads them
                    assert row == {k: by_id[row["id"]][k] for k in row}
                found += len(got)
                left_out += len(want) - len(got)
            assert found > 0
            # past a statement's parameter cap, the probes are asked in several: same rows
            monkeypatch.setattr(sql, "CLAIM_PROBE_PARAMETERS", 5)
            assert store.claim_candidates_of(probes, story) == together
            monkeypatch.undo()
        assert left_out > 0  # the re-prints of the three stories: only the first comes back
        assert store.claim_candidates_of([], "story-1") == []
    finally:
        store.close()


def test_the_python_condition_is_the_statements():
    """Unit check of :func:`claim_candidate_of` on hand-made rows."""
    said = ClaimProbe("quote", "we hold", ("k1", "k2"))
    bare = ClaimProbe("quote", "we hold", None)
    row = {"kind": "quote", "text_key": "we hold", "speaker_key": "k2", "story_id": "s9"}
    assert claim_candidate_of(row, said, "s1")  # the same words from one of the keys
    assert not claim_candidate_of(row, bare, "s1")  # words with a speaker are not unattributed
    assert not claim_candidate_of({**row, "kind": "paraphrase"}, said, "s1")
    other = {**row, "text_key": "other words"}
    assert claim_candidate_of(other, said, "s9") and not claim_candidate_of(other, said, "s1")
    assert not claim_candidate_of({**other, "story_id": None}, said, None)
    assert not claim_candidate_of({**row, "speaker_key": "k3"}, said, "s9")
    unattributed = {**row, "speaker_key": None}
    assert claim_candidate_of(unattributed, bare, None)
    assert not claim_candidate_of({**unattributed, "text_key": "we"}, bare, None)


@pytest.mark.parametrize("new_db", BACKENDS, indirect=True)
def test_keys_of_many_entities_are_each_entitys_keys(new_db):
    store = open_store(new_db)
    try:
        _add(store, "doc-a", "story-1")
        entities = [e.id for e in store.entities(limit=50)]
        assert len(entities) >= 2
        many = store.entity_keys_of([*entities, "no-such-entity", entities[0]])
        assert many == {e: store.entity_keys(e) for e in entities if store.entity_keys(e)}
        assert store.entity_keys_of([]) == {}
        reads = DocumentReads(store, "doc-a")
        reads.read_entity_keys([entities[0], None, "no-such-entity"])
        assert reads.entity_keys(entities[0]) == store.entity_keys(entities[0])
        assert reads.entity_keys("no-such-entity") == []
    finally:
        store.close()
