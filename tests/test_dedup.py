"""Story clustering: editions and re-prints are one story, look-alikes are not."""

from __future__ import annotations

import json
import random
import re
import zlib

import numpy as np
import pytest
from unidecode import unidecode

from dossier.cli import main
from dossier.pipeline.run import run_ingest
from dossier.store import open_store
from dossier.stories.dedup import (
    CHECKS_PER_STORY,
    INDEXED_PER_STORY,
    DedupParams,
    Hasher,
    PairEvidence,
    StoryIndex,
    cluster,
    compare,
    rewrite_in_time,
    same_story,
    story_members,
    words,
)

WIRE = """The provincial government of Veloria declared a state of emergency on Thursday after
floods swept through the river town of Marrow Bend, officials said.

At least 14 people were killed and more than 2,000 residents were moved to temporary shelters,
the Veloria Disaster Management Authority said in a statement released in the capital, Ostrand.

"We are working around the clock to reach the villages that remain cut off," said Irena Vasko,
the authority's director, adding that helicopters had been deployed to the northern districts.

Heavy rain is forecast to continue until Sunday, and the weather office warned that the Tamsin
river could burst its banks again near the old railway bridge south of Marrow Bend.

The opposition Civic Front accused the government of ignoring warnings issued last month about
the state of the embankments, a charge the provincial government denied on Thursday evening.

Aid groups said clean water and medicine were the most urgent needs in the shelters, where
families have been sleeping on the floors of schools and community halls since Tuesday night.
"""

INDEPENDENT = """MARROW BEND -- Rescue boats ferried stranded families from rooftops on Friday as
the swollen Tamsin river kept rising, a day after Veloria declared a state of emergency.

Our correspondent saw entire streets under water near the railway station, where shopkeepers
were trying to save stock by carrying it to the upper floors of their buildings.

"We are working around the clock to reach the villages that remain cut off," said Irena Vasko,
the authority's director, at a press briefing in the town hall on Friday morning.

Local residents said the embankment had been leaking for weeks and that repeated complaints
to the district office had gone unanswered, an account officials did not dispute.

The death toll rose to 17 on Friday, according to the district hospital, which said it was
running short of antibiotics and had asked neighbouring provinces for supplies.
"""


def _edition(text: str, seed: int) -> str:
    """An outlet's edition: some paragraphs cut, one re-worded, one added."""
    rng = random.Random(seed)
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    kept = [p for i, p in enumerate(paragraphs) if i == 0 or rng.random() > 0.3]
    kept[0] = kept[0].replace("officials said", "authorities said")
    kept.append("This story has been updated with comments from aid groups in the region.")
    return "\n\n".join(kept)


def test_seed_stories(seed_store):
    stories = seed_store.stories()
    docs = {d["id"]: d for d in seed_store.documents()}
    assert len(docs) == 6 and len(stories) == 5
    (shared,) = [s for s in stories if len(s["document_ids"]) > 1]
    sources = sorted((docs[i]["source"], docs[i]["segment"]) for i in shared["document_ids"])
    assert [s for s, _ in sources] == [
        "seeds/000_9749855b4f481723.txt",
        "seeds/001_7d9324724cd908e3.txt",
    ]
    assert ("seeds/000_9749855b4f481723.txt", 0) in sources


def test_copy_edition_rewrite_and_lookalike():
    params = DedupParams()
    hasher = Hasher(params)
    wire, copy = hasher.fingerprint(WIRE), hasher.fingerprint(WIRE.replace("Thursday", "Thu."))
    edition = hasher.fingerprint(_edition(WIRE, seed=3))
    other = hasher.fingerprint(INDEPENDENT)
    assert same_story(compare(wire, copy), params)
    assert same_story(compare(wire, edition), params)
    evidence = compare(wire, other)
    assert evidence.shared_sentences <= 1  # one shared quote is not a shared story
    assert not same_story(evidence, params)


@pytest.mark.unit
def test_an_edition_is_published_within_days_of_its_source():
    params = DedupParams()
    assert rewrite_in_time(params, "2025-03-12", "2025-03-13T04:00:00")  # agency, then paper
    # a week on, the outlet's next report carries the first as background: not an edition
    assert not rewrite_in_time(params, "2025-01-08", "2025-01-16")
    assert rewrite_in_time(params, None, "2025-01-16")  # undated: the text decides


def test_cluster_is_order_independent_in_membership():
    docs = [
        ("wire", WIRE),
        ("ed1", _edition(WIRE, 1)),
        ("ed2", _edition(WIRE, 2)),
        ("other", INDEPENDENT),
    ]
    for order in (docs, docs[::-1]):
        members = story_members(cluster(order))
        groups = sorted(sorted(m) for m in members.values())
        assert groups == [["ed1", "ed2", "wire"], ["other"]]


@pytest.mark.nlp  # ingests through the pipeline
def test_incremental_ingest_joins_existing_story(new_db, seeds, settings):
    store = open_store(new_db)
    run_ingest([next(seeds.glob("001_*.txt"))], store, settings)
    run_ingest([seeds], store, settings)
    stories = [s for s in store.stories() if len(s["document_ids"]) > 1]
    assert len(stories) == 1 and len(stories[0]["document_ids"]) == 2
    (only,) = stories
    assert only["representative"] in only["document_ids"]
    assert store.story_links(only["id"])
    store.close()


def test_story_cli_shows_variants(seed_db, capsys):
    assert main(["stories", "--db", str(seed_db), "--json"]) == 0
    stories = json.loads(capsys.readouterr().out)
    big = stories[0]
    assert big["size"] == 2
    assert main(["story", big["id"], "--db", str(seed_db), "--json"]) == 0
    detail = json.loads(capsys.readouterr().out)
    assert len(detail["documents"]) == 2
    only = {d["source"]: d["only_here"] for d in detail["documents"]}
    assert any("NACTA" in s for s in only["seeds/000_9749855b4f481723.txt"])
    assert not any("NACTA" in s for s in only["seeds/001_7d9324724cd908e3.txt"])
    assert detail["links"][0]["reason"].startswith("jaccard")


def test_story_index_holds_a_few_members_per_story():
    """Wire re-prints: the index keeps INDEXED_PER_STORY members of a story and the
    precise check tries CHECKS_PER_STORY of them, however many copies are stored,
    while every copy still finds its story (and another story stays findable)."""
    index = StoryIndex()
    story_of: dict[str, str] = {}

    def stories(ids: list[str]) -> dict[str, str]:
        return {x: story_of[x] for x in ids}

    for i in range(3 * INDEXED_PER_STORY):
        text = _edition(WIRE, i)
        candidates = index.story_candidates(index.hasher.fingerprint(text), stories)
        if i:
            assert candidates, f"copy {i} found no candidate"
            assert len(candidates) <= CHECKS_PER_STORY
        story_of[f"wire{i}"] = "wire"
        index.insert(f"wire{i}", index.hasher.fingerprint(text), "wire")
    assert len(index) == INDEXED_PER_STORY
    index.insert("other", index.hasher.fingerprint(INDEPENDENT), "other")
    story_of["other"] = "other"
    found = index.story_candidates(index.hasher.fingerprint(_edition(INDEPENDENT, 1)), stories)
    assert "other" in found


def test_words_transliterate_like_unidecode():
    """The cached transliteration table gives unidecode's tokens (fingerprints
    persisted by earlier versions stay comparable)."""
    text = "Café “Ærø” — it’s ½ of №5… naïve Straße İstanbul 北京"
    assert words(text) == re.findall(r"[a-z0-9]+", unidecode(text).lower())


#: end marks, quotes and spaces where the sentence split could go wrong
TRICKY = (
    "“Quoted, said the eight words here.” Then… more’s here with words to count! "
    "(Yes, the eight words are all in this one.) \u00a0Next\u2009one\u3000two three four "
    "five six seven.\u2028Three . . four five six seven eight nine ten eleven?! "
    "Café ‘Ærø’ — it’s ½ of №5… naïve Straße İstanbul 北京 and more words here.\n\n"
    "A line without an end mark but with enough words in it\nlast line of the text here."
)


@pytest.mark.unit
def test_sentence_hashes_are_the_look_behind_splits():
    """The split that takes the end mark gives the sentences (and so the hashes stored
    in ``dedup_keys``) of the look-behind split it replaced, word for word."""
    from dossier.stories.dedup import _long_sentence_hashes, ascii_lower

    split = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+|\n+")
    expected = []
    for sentence in split.split(TRICKY):
        part = re.findall(r"[a-z0-9]+", unidecode(sentence).lower())
        if len(part) >= 8:
            expected.append(zlib.crc32(" ".join(part).encode()))
    assert len(expected) >= 5
    assert _long_sentence_hashes(TRICKY, 8) == expected
    assert ascii_lower(TRICKY) == unidecode(TRICKY).lower()


@pytest.mark.unit
def test_sentence_break_opening_with_one_set_splits_as_the_two_branches():
    """The break written to open with one character set splits every text where the
    two-branch pattern did, into the same pieces, and the tokens of each piece are the
    regex's words (so the stored sentence hashes and shingles stay the same)."""
    from dossier.stories.dedup import _SENTENCE_BREAK, _WORD_SPACES, _tokens_and_sentences

    plain = re.compile(r"[.!?…][\"'”’)]*\s+|\n+")
    alphabet = list(".!?…\n\"'”’) \t\r\u00a0\u2028\u3000ab1")
    rng = random.Random(7)
    texts = [TRICKY, WIRE] + [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(20000)
    ]
    for text in texts:
        assert _SENTENCE_BREAK.split(text) == plain.split(text), repr(text)
        lowered = unidecode(text).lower()
        assert lowered.translate(_WORD_SPACES).split() == re.findall(r"[a-z0-9]+", lowered)
    tokens, _hashes = _tokens_and_sentences(TRICKY, 8)
    assert tokens == words(TRICKY)


@pytest.mark.slow  # the tier (tests/conftest.py): thousands of random texts through both passes
def test_fingerprint_tokens_as_bytes_are_the_sentence_by_sentence_ones():
    """The joined, byte-translated pass gives the tokens (encoded) and sentence hashes of
    the sentence-by-sentence one on every text, those whose transliteration makes a line
    break (U+2028, U+2029: done sentence by sentence) included; and the in-place rolling
    hash gives the shingles of the formula it replaced, so stored keys stay comparable."""
    from dossier.stories.dedup import (
        _BYTE_TOKEN_HASHES,
        _TOKEN_HASHES,
        _byte_tokens_and_sentences,
        _shingles_of_tokens,
        _tokens_and_sentences,
    )

    alphabet = list(".!?…\n\"'”’) \t\u00a0\u2028\u2029\u3000ab1Zé½北")
    rng = random.Random(11)
    texts = [TRICKY, WIRE, INDEPENDENT, "", "\u2028", "a\u2029b. " * 9] + [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(20000)
    ]
    for text in texts:
        tokens, hashes = _tokens_and_sentences(text, 3)
        assert _byte_tokens_and_sentences(text, 3) == ([t.encode() for t in tokens], hashes)

    def formula(tokens: list[str], size: int) -> np.ndarray:
        ids = np.array([zlib.crc32(t.encode()) for t in tokens], dtype=np.uint64)
        size = min(size, len(ids))
        grams = np.zeros(len(ids) - size + 1, dtype=np.uint64)
        for offset in range(size):
            grams = grams * np.uint64(1_000_003) + ids[offset : offset + len(grams)]
        return np.unique((grams & np.uint64((1 << 32) - 1)).astype(np.uint32))

    for text in (WIRE, INDEPENDENT, TRICKY, "one two", "one"):
        tokens = words(text)
        expected = formula(tokens, 5)
        assert np.array_equal(_shingles_of_tokens(tokens, 5), expected)
        as_bytes = [t.encode() for t in tokens]
        assert np.array_equal(_shingles_of_tokens(as_bytes, 5, _BYTE_TOKEN_HASHES), expected)
    assert all(isinstance(key, str) for key in _TOKEN_HASHES)
    assert all(isinstance(key, bytes) for key in _BYTE_TOKEN_HASHES)


@pytest.mark.unit
def test_signature_is_the_minimum_over_shingles():
    """One row per permutation gives the values of one row per shingle (signatures
    stored by earlier versions stay comparable)."""
    hasher = Hasher(DedupParams())
    hashes = hasher.fingerprint(WIRE).shingles.astype(np.uint64)
    rows = np.multiply.outer(hashes, hasher.a) + hasher.b
    assert np.array_equal(hasher.signature(hashes), rows.min(axis=0) >> np.uint64(32))


@pytest.mark.unit
def test_shared_sentences_without_a_shared_lead_are_background():
    """An outlet's report that carries its earlier report's paragraphs under a new lead is
    its next report, however many sentences the two share; a near-copy still joins."""
    params = DedupParams()
    background = PairEvidence(
        jaccard=0.44, containment=0.62, shared_sentences=5, smaller=298, shared_lead=False
    )
    assert not same_story(background, params, same_outlet=True)
    # another outlet's rewrite may re-word the lead and keep the body
    assert same_story(background, params, same_outlet=False)
    rewrite = PairEvidence(
        jaccard=0.2, containment=0.3, shared_sentences=4, smaller=298, shared_lead=True
    )
    assert same_story(rewrite, params, same_outlet=True)
    copy = PairEvidence(
        jaccard=0.6, containment=0.9, shared_sentences=9, smaller=298, shared_lead=False
    )
    assert same_story(copy, params, same_outlet=True)


@pytest.mark.unit
def test_an_outlet_is_its_cleaned_name_else_its_sites():
    from dossier.pipeline.run import outlet_of

    assert outlet_of("Dawn", "https://other.example/x") == "dawn"
    assert outlet_of(None, "https://www.dawn.com/news/1") == "dawn"
    assert outlet_of("", "seeds/000.txt") is None


@pytest.mark.unit
def test_a_stock_paragraph_at_the_top_is_no_shared_lead():
    params = DedupParams()
    hasher = Hasher(params)
    stock = (
        "Pakistan has witnessed an uptick in terrorist activities over the past year, "
        "especially in the two border provinces."
    )
    one = hasher.fingerprint(
        "Security forces killed four terrorists in an operation in Swat district on Friday, "
        f"the military said.\n\n{stock}\n\nThe operation was conducted on reported presence."
    )
    other = hasher.fingerprint(
        "A soldier was martyred in an operation that left four terrorists dead in Dera "
        f"Ismail Khan district on Thursday.\n\n{stock}\n\nWeapons were recovered."
    )
    # in both leads, but neither report's opening: the outlet's stock paragraph, not a lead
    # shared, even before the index has seen it often enough to call it background
    found = compare(one, other)
    assert not found.shared_lead and found.leads_meet
    assert not same_story(found, params, same_outlet=True)
    assert not compare(one, other, background=one.sentences & other.sentences).leads_meet


@pytest.mark.unit
def test_common_counts_the_shared_values_of_sorted_arrays():
    from dossier.stories.dedup import _common

    rng = np.random.default_rng(3)
    for size_a, size_b in [(0, 0), (0, 5), (1, 1), (50, 400), (500, 480)]:
        a = np.unique(rng.integers(0, 600, size_a).astype(np.uint32))
        b = np.unique(rng.integers(0, 600, size_b).astype(np.uint32))
        assert _common(a, b) == len(np.intersect1d(a, b, assume_unique=True))


@pytest.mark.unit
def test_screen_ranked_is_best_estimate_first_then_by_id():
    index = StoryIndex()
    index.insert("c", index.hasher.fingerprint(WIRE))
    index.insert("a", index.hasher.fingerprint(WIRE))
    index.insert("b", index.hasher.fingerprint(_edition(WIRE, 2)))
    ranked = index.screen_ranked(index.hasher.fingerprint(WIRE), ["b", "c", "a"])
    assert [i for i, _e in ranked] == ["a", "c", "b"]
    assert ranked[0][1] == ranked[1][1] == 1.0 > ranked[2][1]
    by_id = index.screen_ranked(index.hasher.fingerprint(WIRE), ["b", "c", "a"], by_id=True)
    assert [i for i, _e in by_id] == ["a", "b", "c"]


@pytest.mark.unit
def test_story_candidates_drop_only_pairs_the_precise_check_rejects():
    """The shared-sentence pre-check of ``story_candidates`` is exact: its count is the one
    ``compare`` makes, and every plausible candidate it drops is one ``same_story`` rejects
    (each document its own story, so the per-story cap drops nothing)."""
    rng = random.Random(11)
    vocabulary = [f"w{n}" for n in range(400)]
    pool = [" ".join(rng.choices(vocabulary, k=rng.randint(9, 16))) + "." for _ in range(90)]
    index = StoryIndex()
    own = {}
    dropped = accepted = 0
    for n in range(160):
        start = rng.randrange(0, len(pool) - 10)
        chosen = rng.sample(pool[start : start + 10], rng.randint(6, 10))
        if rng.random() < 0.3:  # a cousin: another part of the pool under the same lead
            chosen = chosen[:2] + rng.sample(pool, rng.randint(3, 8))
        text = "\n\n".join(chosen)
        fingerprint = index.hasher.fingerprint(text)
        kept = set(index.story_candidates(fingerprint, lambda ids: {i: own[i] for i in ids}))
        background = index.background(fingerprint)
        shared = index.shared_sentences(fingerprint)
        for other in index.screen(fingerprint, index.candidates(fingerprint)):
            evidence = compare(fingerprint, index.fingerprint_of(other), background)
            assert shared.get(other, 0) == evidence.shared_sentences
            joins = same_story(evidence, index.params)
            accepted += joins
            if other not in kept:
                dropped += 1
                assert not joins, (n, other, evidence)
        own[f"d{n}"] = f"d{n}"
        index.insert(f"d{n}", fingerprint, f"d{n}")
    assert dropped > 50 and accepted >= 10, (dropped, accepted)


@pytest.mark.unit
def test_joinable_over_arrays_answers_as_may_join():
    """``story_candidates`` decides every candidate at once (``joinable``): the same answer
    as ``may_join`` for each, across the thresholds (near-copy, edition, rewrite) and at
    the estimates where float rounding could tell them apart."""
    from dossier.stories.dedup import MARGIN, joinable

    index = StoryIndex()
    params = index.params
    fingerprint = index.hasher.fingerprint(WIRE)
    size = len(fingerprint.shingles)
    rng = np.random.default_rng(5)
    edges = [params.copy_jaccard * MARGIN, params.edition_containment * MARGIN / 4]
    estimate = np.concatenate(
        [np.arange(129) / 128, np.array(edges), np.nextafter(edges, 0), rng.random(400)]
    )
    sizes = rng.integers(0, 3 * size, len(estimate))
    shared = rng.integers(0, 5, len(estimate))
    found = joinable(estimate, size, sizes, shared, params)
    expected = [
        index.may_join(fingerprint, e, s, h)
        for e, s, h in zip(estimate.tolist(), sizes.tolist(), shared.tolist(), strict=True)
    ]
    assert found.tolist() == expected
    assert 0 < sum(expected) < len(expected) and not all(found[shared == 0])
