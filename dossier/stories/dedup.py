"""Dedup stage: cluster documents into stories (editions, re-prints, copies).

A re-print counted as a second source is the mistake analysts fear most, so
every later "independent sources" count counts stories, not documents.

Two steps, as in any near-duplicate system:

1. **Candidates** by MinHash LSH (datasketch) over word 5-shingles of the
   normalised text. Shingle hashes are computed with numpy from per-word CRC32
   values, and signatures with the standard ``(a*x + b) mod p`` permutations,
   so 100k documents cluster in well under a minute. Rewrites of one story
   (an agency edition cut and re-ordered by a second outlet) share far fewer
   5-shingles than copies, so the LSH threshold is low and a second candidate
   source is added: documents that share a long sentence verbatim.
2. **A precise check** on each candidate pair: shingle Jaccard (copies),
   containment of the smaller document in the larger (cut editions), and the
   number of long sentences shared verbatim (rewrites that keep the agency's
   sentences and quotes). Independent reports of one event share quotes but
   few sentences, and stay separate stories.

   Outlets also repeat their own background paragraphs ("Pakistan has
   witnessed an uptick in terrorist activities…") under unrelated news for
   weeks. So an edition or a rewrite must share its source's *lead* (one of the
   first few long sentences of one document is in the other) or enough
   sentences that are not background (a sentence already indexed for several
   documents is background); otherwise containment and shared sentences do
   not make two documents one story (only near-copies, by Jaccard, do).
"""

from __future__ import annotations

import codecs
import multiprocessing
import re
import zlib
from collections import deque
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from datetime import date
from itertools import chain, islice, repeat
from typing import ClassVar, Protocol
from urllib.parse import urlsplit

import numpy as np
from unidecode import unidecode

from dossier.config import usable_cores

_WORD = re.compile(r"[a-z0-9]+")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+|\n+")
#: the breaks of :data:`_SENTENCE_SPLIT` with the sentence's end mark taken too: the same
#: breaks (an end mark is never whitespace, so no break can swallow the next one's mark),
#: hence the same words per sentence (end marks are no word characters), in half the
#: time (a look-behind is tried at every character). It is
#: ``[.!?…][\"'”’)]*\s+|\n+`` written to open with one character set (an end mark or a
#: newline; the look-behinds then tell which branch it is): the same matches at the same
#: places, but the regex engine scans for that set in C instead of trying both branches at
#: every character (a quarter of the time; ``tests/test_dedup.py`` compares the two)
_SENTENCE_BREAK = re.compile(r"[.!?…\n](?:(?<=\n)\n*|(?<=[.!?…])[\"'”’)]*\s+)")
#: ``str.translate`` table of an ASCII lower-case text: a word character ([a-z0-9]) is
#: kept, anything else becomes a space, so ``.split()`` gives :data:`_WORD`'s matches
#: (in C, without the regex engine)
_WORD_SPACES = {
    code: (chr(code) if chr(code).isdigit() or "a" <= chr(code) <= "z" else " ")
    for code in range(128)
}
_MAX_HASH = np.uint64((1 << 32) - 1)
_BASE = np.uint64(1_000_003)


@dataclass(frozen=True, slots=True)
class DedupParams:
    """Thresholds of the precise check, measured by ``bench/dedup_eval.py``."""

    num_perm: int = 128
    shingle: int = 5
    lsh_threshold: float = 0.3
    copy_jaccard: float = 0.5
    edition_containment: float = 0.5
    rewrite_containment: float = 0.25
    rewrite_shared_sentences: int = 3
    min_sentence_words: int = 8
    #: containment is noise on very short texts: below this many shingles in
    #: the smaller document only Jaccard counts
    min_containment_shingles: int = 40
    #: long sentences at the top of a document that make its lead; an edition or a
    #: rewrite shares one of them with its source (background paragraphs do not)
    lead_sentences: int = 3
    #: a sentence already indexed for this many documents is background, not the
    #: evidence of a rewrite (an outlet's stock paragraph under unrelated news)
    background_postings: int = 2
    #: an edition or a rewrite is published within this many days of its source; a later
    #: article that carries an earlier one as background ("Security forces killed five
    #: terrorists in Tirah on Friday" over the whole of the previous week's Tirah report) is
    #: the outlet's next report, not an edition of it. Near-copies (Jaccard) join at any
    #: distance: a re-served copy is still a copy
    rewrite_days: int = 1
    #: a sentence found in more documents than this is boilerplate ("This
    #: story has been updated…") and no longer proposes candidates
    max_sentence_postings: int = 50
    seed: int = 1


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What candidate search and the precise check need about one document.

    Shingles are a sorted ``uint32`` array (2 KB for a 500-word article), not a
    Python set, so 100k fingerprints fit in a few hundred MB.
    """

    shingles: np.ndarray
    sentences: frozenset[int]
    signature: np.ndarray
    #: hashes of the first long sentences (the lead), a subset of ``sentences``
    lead: frozenset[int] = frozenset()
    #: :func:`shingle_sketch` of ``shingles`` (None: none made, or the text is too long for
    #: one), made with the rest, in the fingerprint workers
    sketch: np.ndarray | None = None
    #: the hash of the first long sentence (none for a text without one): the sentence that
    #: tells the document's own news, where the rest of the lead may be background
    opening: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True)
class PairEvidence:
    jaccard: float
    containment: float
    shared_sentences: int
    smaller: int  # shingles in the smaller document
    #: one document's opening sentence is in the other's lead (:func:`shared_lead`)
    shared_lead: bool = True
    #: a sentence outside the background is in both leads: with the bulk of the smaller
    #: document in the larger, an edition whose opening was edited (:func:`same_story`)
    leads_meet: bool = False
    #: a lead sentence of one (outside the background) is anywhere in the other: what
    #: another outlet's rewrite needs (:func:`same_story`)
    lead_in_other: bool = False

    def reason(self) -> str:
        return (
            f"jaccard {self.jaccard:.2f}, containment {self.containment:.2f}, "
            f"{self.shared_sentences} shared sentences"
            + ("" if self.shared_lead else ", no shared lead")
            + (", leads meet" if self.leads_meet and not self.shared_lead else "")
        )


class _Transliteration(dict[int, str]):
    """``str.translate`` table that transliterates like ``unidecode``, one code
    point at a time, each looked up once per process.

    Why: ``unidecode`` maps every character on its own (no context), so the
    table gives the very same text, but ``unidecode`` itself runs a Python
    call per character of a non-ASCII text — curly quotes and dashes make most
    news non-ASCII — which was most of the cost of fingerprinting.
    """

    def __missing__(self, code: int) -> str:
        value = self[code] = unidecode(chr(code))
        return value


_TRANSLITERATE = _Transliteration({code: chr(code) for code in range(128)})


def _transliterate_error(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler (:data:`TRANSLITERATE_ERRORS`): a run of characters the ASCII
    codec cannot encode, transliterated through :data:`_TRANSLITERATE`."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    return error.object[error.start : error.end].translate(_TRANSLITERATE), error.end


#: ``text.encode("ascii", TRANSLITERATE_ERRORS)`` is ``unidecode(text).encode()``: the
#: ASCII codec copies the ASCII characters in C and calls the handler once per run of
#: others (a news text is mostly ASCII with a few curly quotes and dashes). A regex
#: substitution calling Python per run, then an encode, took three times as long.
#: Registering a named handler is how Python's codecs take one (registered once per
#: process, always the same function).
TRANSLITERATE_ERRORS = "dossier-transliterate"
codecs.register_error(TRANSLITERATE_ERRORS, _transliterate_error)


def ascii_bytes(text: str) -> bytes:
    """``unidecode(text).encode("ascii")``, fast (see :data:`TRANSLITERATE_ERRORS`)."""
    return text.encode("ascii", TRANSLITERATE_ERRORS)


def ascii_lower(text: str) -> str:
    """``unidecode(text).lower()``, fast (see :data:`TRANSLITERATE_ERRORS`)."""
    if not text.isascii():
        text = ascii_bytes(text).decode("ascii")
    return text.lower()


def words(text: str) -> list[str]:
    """Lower-case ASCII word tokens (transliterated only when needed)."""
    return _WORD.findall(ascii_lower(text))


def shingle_hashes(text: str, size: int) -> np.ndarray:
    """Hashes of the word ``size``-grams of ``text`` (uint64, unique)."""
    return _shingles_of_tokens(words(text), size)


class _TokenHashes(dict[str | bytes, int]):
    """CRC32 of each word token, computed once per process.

    Why: a news vocabulary is small and repeats, and ``map`` over a dict's
    ``__getitem__`` runs in C for every token seen before, where a generator
    calling ``crc32(t.encode())`` was a third of fingerprinting. Bounded: the
    cache is emptied when it exceeds :data:`TOKEN_CACHE_SIZE` entries
    (numbers and typos would otherwise grow it without end).
    """

    def __missing__(self, token: str | bytes) -> int:
        if len(self) >= TOKEN_CACHE_SIZE:
            self.clear()
        value = self[token] = zlib.crc32(token if isinstance(token, bytes) else token.encode())
        return value


#: word tokens whose CRC32 is kept (about 100 MB at the limit)
TOKEN_CACHE_SIZE = 1_000_000
_TOKEN_HASHES = _TokenHashes()
#: the same for tokens as ASCII bytes (:func:`_byte_tokens_and_sentences`), kept apart:
#: an ASCII ``str`` and its ``bytes`` hash alike in CPython, so one dict holding both
#: compares a str with a bytes on every look-up (twice the time)
_BYTE_TOKEN_HASHES = _TokenHashes()


def _shingles_of_tokens(
    tokens: Sequence[str | bytes], size: int, hashes: _TokenHashes = _TOKEN_HASHES
) -> np.ndarray:
    """The sorted unique uint32 hashes of the ``size``-grams of ``tokens`` (a token
    hashes alike as ``str`` and as ASCII ``bytes``; ``hashes``: the cache for its kind).

    The rolling hash is updated in place (the first gram's values are the first
    token's; ``grams * base + next`` then runs without a new array per step), and the
    cast to uint32 keeps the low 32 bits, which is the mask it replaced: the same
    values with a third fewer array passes."""
    if not tokens:
        return np.zeros(0, dtype=np.uint64)
    ids = np.fromiter(map(hashes.__getitem__, tokens), dtype=np.uint64, count=len(tokens))
    if len(ids) < size:
        size = len(ids)
    count = len(ids) - size + 1
    grams = ids[:count].copy()
    for offset in range(1, size):
        grams *= _BASE
        grams += ids[offset : offset + count]
    return _sorted_unique(grams.astype(np.uint32))


def _sorted_unique(values: np.ndarray) -> np.ndarray:
    """``np.unique(values)`` for a small 1-d array: sort, keep each first of a run.

    Why: ``np.unique`` hashes before it sorts, about seven times slower on the few
    hundred shingles of an article (0.030 against 0.0045 ms); same result.
    """
    ordered = np.sort(values)
    keep = np.empty(len(ordered), dtype=bool)
    keep[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


def sentence_hashes(text: str, min_words: int) -> frozenset[int]:
    """Hashes of the long sentences of ``text``, normalised (case, punctuation)."""
    return frozenset(_long_sentence_hashes(text, min_words))


def _long_sentence_hashes(text: str, min_words: int) -> list[int]:
    """Hashes of the long sentences of ``text`` in text order."""
    return _tokens_and_sentences(text, min_words)[1]


#: :data:`_WORD_SPACES` for ASCII bytes, the line break kept (it separates the sentences
#: of :func:`_byte_tokens_and_sentences`) and upper-case letters lowered (``bytes.lower``
#: and this table in one pass)
_WORD_BYTES = bytes(
    code
    if code == 10 or 48 <= code <= 57 or 97 <= code <= 122
    else code + 32
    if 65 <= code <= 90
    else 32
    for code in range(256)
)


def _byte_tokens_and_sentences(text: str, min_words: int) -> tuple[list[bytes], list[int]]:
    """:func:`_tokens_and_sentences` with the tokens as ASCII bytes: the same tokens
    (encoded) and the same hashes, for the fingerprint.

    Why: transliterating, lower-casing and translating each sentence on its own was
    most of the cost of a fingerprint; here the sentences are joined by line breaks
    (a sentence holds none: every line break is a break of :data:`_SENTENCE_BREAK`),
    transliterated to ASCII bytes once (:func:`ascii_bytes`), and lower-cased and mapped
    to words by one ``bytes.translate`` (a 256-byte table, where ``str.translate`` looks
    each character up in a dict). The transliteration works character by character, so
    each sentence comes out as it would alone; a text where it gives a line break
    (U+2028, U+2029) is done sentence by sentence, as before."""
    sentences = _SENTENCE_BREAK.split(text)
    lines = ascii_bytes("\n".join(sentences)).translate(_WORD_BYTES).split(b"\n")
    if len(lines) != len(sentences):
        words_of, hashes = _tokens_and_sentences(text, min_words)
        return [t.encode() for t in words_of], hashes
    tokens: list[bytes] = []
    found = []
    for line in lines:
        part = line.split()
        tokens.extend(part)
        if len(part) >= min_words:
            found.append(zlib.crc32(b" ".join(part)))
    return tokens, found


def _tokens_and_sentences(text: str, min_words: int) -> tuple[list[str], list[int]]:
    """The tokens of ``text`` (as :func:`words`) and the hashes of its long
    sentences, in one pass: the sentence split only removes quotes and space
    after a sentence's end, so the sentences' tokens, joined, are the text's."""
    tokens: list[str] = []
    found = []
    for sentence in _SENTENCE_BREAK.split(text):
        part = ascii_lower(sentence).translate(_WORD_SPACES).split()
        tokens.extend(part)
        if len(part) >= min_words:
            found.append(zlib.crc32(" ".join(part).encode()))
    return tokens, found


#: documents whose MinHash signatures :meth:`Hasher.signatures` computes together, and
#: the permutations it applies to them in one block: a block of 8 permutations over 32
#: documents of about 480 shingles is a 1 MB array, which stays in the CPU's cache
#: between the multiply, the add and the minimum (all 128 permutations at once made an 8
#: MB array for 16 documents, written and read back from memory three times). Measured on
#: 2,048 near-copies at load 11-20, the same signatures: 104-112 us a document all
#: permutations at once (16 documents), 45-52 by blocks of 8 (16, 32 or 64 documents)
SIGNATURE_BATCH = 32
SIGNATURE_BLOCK = 8


class Hasher:
    """MinHash permutations, fixed by a seed so signatures are comparable."""

    def __init__(self, params: DedupParams) -> None:
        rng = np.random.default_rng(params.seed)
        self.params = params
        self.a = rng.integers(1, 2**63, size=params.num_perm, dtype=np.uint64) | np.uint64(1)
        self.b = rng.integers(0, 2**63, size=params.num_perm, dtype=np.uint64)

    def signature(self, hashes: np.ndarray) -> np.ndarray:
        if len(hashes) == 0:
            return np.full(self.params.num_perm, _MAX_HASH, dtype=np.uint64)
        # multiply-shift hashing ((a*x + b) mod 2^64, top 32 bits): a universal
        # family like datasketch's (a*x + b) mod p, without the costly modulo
        # (the shift is monotone, so it is applied to the minimum only; in place, the
        # one large array is not copied twice: same values, 40% less time). One row per
        # permutation, so each minimum runs along contiguous memory (30% less time than
        # one row per shingle)
        values = np.multiply.outer(self.a, hashes.astype(np.uint64))
        values += self.b[:, None]
        return values.min(axis=1) >> np.uint64(32)

    def signatures(self, shingles: Sequence[np.ndarray]) -> list[np.ndarray]:
        """:meth:`signature` of each array of shingle hashes, :data:`SIGNATURE_BATCH` at a
        time and :data:`SIGNATURE_BLOCK` permutations at a time: the same values (the same
        operations, the minimum taken per document by ``np.minimum.reduceat``), in under
        half the time. Why: numpy's loops then run over rows a batch long instead of one
        document long, on a block small enough to stay in the cache."""
        found: list[np.ndarray] = []
        block = SIGNATURE_BLOCK
        a = self.a[:, None]
        b = self.b[:, None]
        for start in range(0, len(shingles), SIGNATURE_BATCH):
            batch = shingles[start : start + SIGNATURE_BATCH]
            lengths = [len(h) for h in batch]
            if not all(lengths):  # reduceat has no empty segments: one at a time
                found.extend(self.signature(h) for h in batch)
                continue
            starts = np.zeros(len(batch), dtype=np.intp)
            np.cumsum(lengths[:-1], out=starts[1:])
            values = np.concatenate(batch).astype(np.uint64)
            minima = np.empty((len(a), len(batch)), dtype=np.uint64)
            products = np.empty((block, len(values)), dtype=np.uint64)
            for first in range(0, len(a), block):
                rows = products[: len(a[first : first + block])]
                np.multiply(a[first : first + block], values, out=rows)
                rows += b[first : first + block]
                minima[first : first + block] = np.minimum.reduceat(rows, starts, axis=1)
            minima >>= np.uint64(32)
            found.extend(minima.T.copy())
        return found

    def fingerprint(self, text: str) -> Fingerprint:
        return self.fingerprints([text])[0]

    def fingerprints(self, texts: Sequence[str]) -> list[Fingerprint]:
        """:meth:`fingerprint` of each text, the signatures computed together
        (:meth:`signatures`): a caller with many documents at hand passes them at once."""
        keys = [_byte_tokens_and_sentences(t, self.params.min_sentence_words) for t in texts]
        shingles = [
            _shingles_of_tokens(tokens, self.params.shingle, _BYTE_TOKEN_HASHES)
            for tokens, _ordered in keys
        ]
        if len(texts) == 1:
            signatures = [self.signature(shingles[0])]
        else:
            signatures = self.signatures(shingles)
        lead = self.params.lead_sentences
        return [
            Fingerprint(
                shingles=hashes,
                sentences=frozenset(ordered),
                signature=signature,
                lead=frozenset(ordered[:lead]),
                sketch=shingle_sketch(hashes),
                opening=frozenset(ordered[:1]),
            )
            for (_tokens, ordered), hashes, signature in zip(
                keys, shingles, signatures, strict=True
            )
        ]


def _common(a: np.ndarray, b: np.ndarray) -> int:
    """How many values two sorted arrays of unique values share.

    Why not ``np.intersect1d``: the values are sorted already, so a stable sort of the
    two joined is one merge (numpy's timsort finds the two runs), and only the count is
    needed, not the values (same count, a quarter less time).
    """
    merged = np.concatenate((a, b))
    merged.sort(kind="stable")
    return int(np.count_nonzero(merged[1:] == merged[:-1]))


def compare(
    a: Fingerprint, b: Fingerprint, background: frozenset[int] = frozenset()
) -> PairEvidence:
    """Evidence that ``a`` and ``b`` are one story; sentences in ``background``
    (stock paragraphs, see :meth:`StoryIndex.background`) are not counted as shared.

    The shingles in common are counted as :func:`_common` does, written out here: a
    100k near-copy run makes over a million of these checks, and each Python call and
    repeated ``len`` was a tenth of one."""
    mine, theirs = a.shingles, b.shingles
    merged = np.concatenate((mine, theirs))
    merged.sort(kind="stable")
    common = int(np.count_nonzero(merged[1:] == merged[:-1]))
    union = len(merged) - common
    smaller = min(len(mine), len(theirs))
    sentences, other_sentences = a.sentences, b.sentences
    return PairEvidence(
        jaccard=common / union if union else 0.0,
        containment=common / (smaller or 1),
        shared_sentences=len((sentences & other_sentences) - background),
        smaller=smaller,
        shared_lead=shared_lead(a, b, background),
        leads_meet=bool((a.lead & b.lead) - background),
        lead_in_other=bool(((a.lead & other_sentences) | (b.lead & sentences)) - background),
    )


def shared_lead(a: Fingerprint, b: Fingerprint, background: frozenset[int] = frozenset()) -> bool:
    """Whether one document's opening sentence (its first long one) is in the other's lead
    (its first :attr:`DedupParams.lead_sentences` long sentences), outside ``background``.

    Why the opening, and in the lead: an edition or a re-print keeps its source's news at
    its top. What else two of an outlet's reports share at their tops or anywhere is the
    outlet's own background: a stock paragraph second in both ("Pakistan has witnessed an
    uptick in terror activities ..."), the recap of last week's attack under today's
    statement about it (Dawn's Khuzdar bus attack, three sentences second to fourth in the
    defence minister's interview and in the UNSC's condemnation a day later), or the whole
    of yesterday's report at the bottom of today's ("On Thursday, a soldier was
    martyred ..." under Dawn's Swat operation; the Surab attack under the next day's Quetta
    blast). Where any lead sentence found anywhere in the other counted, each of those
    made one story of two incidents. A stock paragraph the index already knows
    (``background``) never counts."""
    return bool(((a.opening & b.lead) | (b.opening & a.lead)) - background)


def equal_values(signatures: np.ndarray, signature: np.ndarray) -> np.ndarray:
    """How many values each row of ``signatures`` shares, position by position, with
    ``signature``: the MinHash estimate's numerator, for every candidate at once.

    Why not ``np.count_nonzero(..., axis=1)``: it casts the booleans to ``intp`` and sums
    each row of 128 with a generic reduction, where adding them as bytes (a row of
    booleans is a row of 0/1 bytes; the count fits a byte while rows are shorter than
    256) is one tight loop: the same counts in a half to a third of the time, and this
    comparison was the largest step of the candidate search."""
    equal = signatures == signature
    if signatures.shape[1] < 256:
        return np.add.reduce(equal.view(np.uint8), axis=1, dtype=np.uint8)
    return np.count_nonzero(equal, axis=1)


#: a shingle sketch (:func:`shingle_sketch`) counts a document's shingles in 2**SKETCH_BITS
#: bins by their top bits. On 10,000 near-copies, of 49,070 precise checks that failed, the
#: bound of 2**11 bins with ``same_story``'s every rule rejected 47,011 before any was made
#: (2**10: 44,390; 2**12: 48,006), and :func:`copies_only_below` rules out 46,990 of them;
#: 2 KB a checked document
SKETCH_BITS = 11


def shingle_sketch(shingles: np.ndarray) -> np.ndarray | None:
    """How many of ``shingles`` (unique uint32 hashes) fall in each of 2**:data:`SKETCH_BITS`
    bins by their top bits, one byte a bin; None when a bin holds 255 or more (a text of
    half a million words: no byte holds its count, and no bound is made for it).

    Why: two documents share at most ``min(a, b)`` shingles of a bin where they have ``a``
    and ``b``, so the sum of the bins' minima bounds the shingles they share, hence their
    Jaccard and containment (:func:`sketch_bounds`), in one pass over bytes where the exact
    count merges the two arrays. Shingles are hashes, so their top bits spread them evenly
    and a bin holds few of a document's shingles that the other lacks."""
    counts = np.bincount(shingles >> np.uint32(32 - SKETCH_BITS), minlength=1 << SKETCH_BITS)
    if len(counts) and counts.max() >= 255:
        return None
    return counts.astype(np.uint8)


#: the sketch that stands for a document :func:`shingle_sketch` makes none of: every bin
#: at the most a byte holds, so its bound against a sketch is that sketch's shingle count
#: (a bound still: no document shares more than all of its shingles)
FULL_SKETCH = np.full(1 << SKETCH_BITS, 255, dtype=np.uint8)
FULL_SKETCH.flags.writeable = False


def sketch_bounds(sketch: np.ndarray, sketches: np.ndarray, size: int) -> np.ndarray:
    """For each row of ``sketches``, an upper bound of the shingles its document shares with
    the document of ``sketch`` and ``size`` shingles (see :func:`shingle_sketch`)."""
    minima = np.minimum(sketches, sketch)
    # the sum is at most ``size`` (the sketch's own count), which a uint16 holds for a text
    # under 65,536 shingles: then the bytes are added up in half the time
    wide = np.int64 if size >= 1 << 16 else np.uint16
    return np.add.reduce(minima, axis=1, dtype=wide)  # type: ignore[no-any-return]


def copies_only_below(
    common: np.ndarray, size: int, sizes: np.ndarray, shared: np.ndarray, params: DedupParams
) -> np.ndarray:
    """Which candidates :func:`same_story` rejects if they share at most ``common`` shingles
    with a document of ``size`` shingles (``sizes`` theirs) and ``shared`` sentences outside
    the background: those sharing no such sentence (so no lead either: a shared lead is
    one), which only a Jaccard of ``copy_jaccard`` can join, whose Jaccard stays below it
    with ``common`` shingles (the expression of :func:`compare`, so the same doubles, and a
    Jaccard only grows with the shingles shared). A candidate sharing a sentence is never
    ruled out here: at 100k near-copies those are a few hundred of a million checks."""
    if params.rewrite_shared_sentences <= 0:  # then a rewrite needs no shared sentence
        return np.zeros(len(common), dtype=bool)
    union = size + sizes - common
    below = common / np.maximum(union, 1) < params.copy_jaccard  # union 0: common 0, 0.0
    return below & (shared == 0)  # type: ignore[no-any-return]


#: margin for the MinHash estimate's error in the cheap pre-checks
MARGIN = 0.7


def plausible(
    estimate: np.ndarray, size: int, sizes: np.ndarray, params: DedupParams
) -> np.ndarray:
    """Cheap vectorised pre-check: which candidates could pass :func:`same_story`?

    ``estimate`` is the MinHash estimate of Jaccard against each candidate and
    ``sizes`` their shingle counts. The estimate gives an estimated
    containment; candidates clearly below every threshold (a 30% margin covers
    the estimate's error) skip the exact set intersection, which otherwise
    dominates the cost at scale. Rewrites pass on containment here; their
    shared-sentence condition is checked (exactly, and cheaply) by the caller
    through :func:`needs_sentences`.
    """
    containment = _containment(estimate, size, sizes)
    return (estimate >= params.copy_jaccard * MARGIN) | (
        containment >= params.rewrite_containment * MARGIN
    )


def _containment(estimate: np.ndarray, size: int, sizes: np.ndarray) -> np.ndarray:
    """The containment a MinHash Jaccard ``estimate`` implies for documents of ``size``
    and ``sizes`` shingles: one expression for every vectorised check, so they agree to
    the last bit with each other and with :func:`needs_sentences`."""
    smaller = np.maximum(1, np.minimum(sizes, size))
    return estimate * (sizes + size) / ((1 + estimate) * smaller)


def needs_sentences(estimate: float, size: int, other_size: int, params: DedupParams) -> bool:
    """True when only the rewrite rule could accept the pair, so shared sentences decide."""
    smaller = max(1, min(size, other_size))
    containment = estimate * (size + other_size) / ((1 + estimate) * smaller)
    return (
        estimate < params.copy_jaccard * MARGIN
        and containment < params.edition_containment * MARGIN
    )


def joinable(
    estimate: np.ndarray, size: int, sizes: np.ndarray, shared: np.ndarray, params: DedupParams
) -> np.ndarray:
    """:meth:`StoryIndex.may_join` over arrays of candidates: estimates, shingle counts and
    sentences shared outside the background. The same float operations in the same order
    as :func:`needs_sentences`, so the same answers (``tests/test_dedup.py``)."""
    copy = estimate >= params.copy_jaccard * MARGIN
    return copy | _joins(copy, _containment(estimate, size, sizes), shared, params)


def _joins(
    copy: np.ndarray, containment: np.ndarray, shared: np.ndarray, params: DedupParams
) -> np.ndarray:
    """:func:`joinable` past the near-copy test: a candidate that needs shared sentences
    (not a copy, below the edition containment) has enough of them, any other at least one."""
    needs = ~copy & (containment < params.edition_containment * MARGIN)
    return np.where(needs, shared >= params.rewrite_shared_sentences, shared >= 1)


def plausible_and_joinable(
    estimate: np.ndarray, size: int, sizes: np.ndarray, shared: np.ndarray, params: DedupParams
) -> np.ndarray:
    """``plausible(...) & joinable(...)`` with the containment computed once (the same
    expression, so the same doubles): a dozen array operations a document fewer in the
    candidate search."""
    copy = estimate >= params.copy_jaccard * MARGIN
    containment = _containment(estimate, size, sizes)
    joins = _joins(copy, containment, shared, params)
    return copy | ((containment >= params.rewrite_containment * MARGIN) & joins)


def containment_limits(params: DedupParams) -> np.ndarray | None:
    """The containment a plausible candidate that is no near-copy by its estimate needs, by
    the sentences it shares outside the background (clipped at ``rewrite_shared_sentences``):
    none with no sentence (infinity), the larger of the rewrite and edition margins with
    fewer than a rewrite's, the rewrite's with as many. None where a rewrite needs no shared
    sentence (then the rule is no single limit).

    Why: :func:`plausible_and_joinable` decides ``copy | (containment >= rewrite margin &
    (shared >= rewrite's if it needs sentences else shared >= 1))``, which for a count of
    shared sentences is a limit on the containment alone; one look-up of the limits by
    count (:func:`plausible_by_limits`) makes the same decisions in five array operations
    fewer, and the search runs them for every document."""
    needed = params.rewrite_shared_sentences
    if needed < 1:
        return None
    rewrite = params.rewrite_containment * MARGIN
    limits = np.full(needed + 1, max(rewrite, params.edition_containment * MARGIN))
    limits[0] = np.inf
    limits[needed] = rewrite
    return limits


def plausible_by_limits(
    estimate: np.ndarray,
    size: int,
    sizes: np.ndarray,
    shared: np.ndarray,
    params: DedupParams,
    limits: np.ndarray,
) -> np.ndarray:
    """:func:`plausible_and_joinable` by :func:`containment_limits` ``limits`` (the same
    comparisons of the same doubles, so the same answers: ``tests/test_story_search_r33.py``)."""
    copy = estimate >= params.copy_jaccard * MARGIN
    containment = _containment(estimate, size, sizes)
    least = limits.take(np.minimum(shared, len(limits) - 1))
    return copy | (containment >= least)  # type: ignore[no-any-return]


def days_apart(a: str | None, b: str | None) -> int | None:
    """Days between two ISO publication dates, None when either is unknown."""
    if not a or not b:
        return None
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return None


def rewrite_in_time(params: DedupParams, published: str | None, other: str | None) -> bool:
    """Whether an edition or rewrite (a pair :func:`same_story` accepts on containment or
    shared sentences, not as a near-copy) is published within ``rewrite_days`` of its
    source; true where either date is unknown."""
    apart = days_apart(published, other)
    return apart is None or apart <= params.rewrite_days


def same_story(evidence: PairEvidence, params: DedupParams, same_outlet: bool = False) -> bool:
    """Copy, cut edition, or rewrite that keeps the source's lead and sentences.

    ``same_outlet``: both documents come from one outlet. An outlet re-uses its own
    paragraphs -- yesterday's report under today's lead, its stock background -- so
    between its own documents shared sentences without a shared lead are that, not a
    rewrite (on 1,000 archive articles, Dawn's reports of a Khuzdar blast, a Karak attack
    and a North Waziristan operation were each taken for editions of other incidents'
    reports). Across outlets a rewrite may re-word the lead and keep the body.

    Across outlets a lead sentence of one anywhere in the other still counts (Dawn's
    rewrite of the ISPR release APP printed keeps its third sentence fourth): the
    background that sets the opening test is an outlet's own.

    An edition whose opening the desk edited (the print report's "MUZAFFARABAD: ... on
    Tuesday announced" over the web report's "... has announced") keeps the rest of its
    lead: a lead sentence in both (``leads_meet``) with the bulk of the smaller text in the
    larger (``edition_containment``) stands for the shared opening. A stock paragraph in
    both leads of two reports of different incidents comes with much less of the text
    (0.39-0.40 on the April slice's pairs)."""
    if evidence.jaccard >= params.copy_jaccard:
        return True
    if evidence.smaller < params.min_containment_shingles:
        return False
    edited_opening = evidence.leads_meet and evidence.containment >= params.edition_containment
    if (
        not evidence.shared_lead
        and not edited_opening
        and (
            same_outlet
            or (
                not evidence.lead_in_other
                and evidence.shared_sentences < params.rewrite_shared_sentences
            )
        )
    ):
        return False
    return evidence.containment >= params.edition_containment or (
        evidence.containment >= params.rewrite_containment
        and evidence.shared_sentences >= params.rewrite_shared_sentences
    )


class LshSignature:
    """The part of a datasketch MinHash that ``MinHashLSH`` reads.

    Building full ``MinHash`` objects re-derives the permutations each time,
    which dominates the cost at 100k documents; the LSH only needs the values.
    """

    __slots__ = ("hashvalues",)
    scheme = "affine32"

    def __init__(self, hashvalues: np.ndarray) -> None:
        self.hashvalues = hashvalues

    def __len__(self) -> int:
        return len(self.hashvalues)


#: precise checks against one candidate story before giving up on it (its most
#: similar members by MinHash estimate are tried first)
CHECKS_PER_STORY = 3
#: members of one story kept in the index: a new edition finds the story through
#: any of them, and a story of a hundred editions would otherwise crowd every
#: candidate list
INDEXED_PER_STORY = 12


#: datasketch's (bands, rows) for (threshold, permutations), the split it finds best by
#: integrating over every split (0.18 s of CPU per index, one per ingest run: 4 % of a
#: 10-article update); the default's answer kept, checked against datasketch in
#: ``tests/test_story_index.py``. Other settings are left to datasketch.
LSH_BANDS: dict[tuple[float, int], tuple[int, int]] = {(0.3, 128): (37, 3)}


def best_per_group(
    rows: np.ndarray,
    estimate: np.ndarray,
    groups: np.ndarray,
    ties: np.ndarray | None = None,
) -> np.ndarray:
    """Of ``rows`` (ascending), the :data:`CHECKS_PER_STORY` with the best ``estimate`` in
    each group (ties: the smaller row, or the smaller of ``ties``, one value per row),
    ascending: the candidates that walking ``rows`` best estimate first, ties by row (by
    ``ties``), and taking each group's first ones would pick.

    One sort by (group, estimate descending, row) and the rank within each group, where
    the walk is a Python step per candidate. ``ties`` lets a caller whose rows are not in
    the order ties go by (the story index's rows are in insertion order, ties go by id)
    give that order without sorting the rows by it first."""
    order = np.lexsort((rows if ties is None else ties, -estimate, groups))
    grouped = groups[order]
    position = np.arange(len(order))
    starts = np.empty(len(order), dtype=bool)
    starts[:1] = True
    np.not_equal(grouped[1:], grouped[:-1], out=starts[1:])
    first = np.maximum.accumulate(np.where(starts, position, 0))
    return np.sort(rows[order[position - first < CHECKS_PER_STORY]])


def best_counts_per_group(counts: np.ndarray, groups: np.ndarray, ties: np.ndarray) -> np.ndarray:
    """:func:`best_per_group` of ``np.arange(len(counts))`` by the estimate's numerator:
    ``counts`` of equal signature values (whole numbers, the estimate being ``counts /
    width`` for one ``width``, so the same order), ``groups`` and ``ties`` as there; the
    same positions.

    Why: at 100k near-copies a document's search keeps ~450 plausible rows of a handful of
    merged stories and picks ~17, and sorting all of them by three keys, one of them the
    ids' byte strings, was the largest step of the search. Group and count fit one int64
    key, so one stable sort of integers ranks the rows; once sorted, a row is among its
    group's first :data:`CHECKS_PER_STORY` when the row that many places before it is of
    another group. Ties by id matter only where the next row of a group has the count of
    its last one picked; then :func:`best_per_group` decides among the rows of such keys
    and the first ones, the few that can be picked."""
    size = len(counts)
    if not size:
        return np.zeros(0, dtype=np.int64)
    span = int(counts.max()) + 1  # every count below ``span``: the key's low part
    key = groups.astype(np.int64)
    key *= span
    key += span - 1
    key -= counts
    order = key.argsort(kind="stable")
    ordered = key.take(order)
    owner = ordered // span
    top = np.ones(size, dtype=bool)
    np.not_equal(owner[CHECKS_PER_STORY:], owner[:-CHECKS_PER_STORY], out=top[CHECKS_PER_STORY:])
    # a row past its group's first ones right after the last of them, with its key
    cut = ~top[1:] & top[:-1] & (ordered[1:] == ordered[:-1])
    if not cut.any():
        return np.sort(order[top])
    # the rows of each such key: a run of the sorted keys (a few runs)
    keys = ordered[1:][cut]
    for first, end in zip(
        ordered.searchsorted(keys).tolist(),
        ordered.searchsorted(keys, side="right").tolist(),
        strict=True,
    ):
        top[first:end] = True
    few = np.sort(order[top])
    wide = counts.astype(np.int64)
    return few[best_per_group(np.arange(len(few)), wide[few], groups[few], ties[few])]


def appended(held: np.ndarray | None, row: int, single: np.ndarray | None = None) -> np.ndarray:
    """``held`` (an int64 array, or None for none) with ``row`` added at the end, in
    amortised constant time: the result is a view of a buffer with room to spare, and a
    later call writes into that room instead of copying ``held`` (a bucket or a sentence
    posting grows one row at a time; concatenating on each insertion made filling a bucket
    of n rows cost n squared). Only the last view handed out may be appended to (its
    owner replaces it by the result); earlier views keep their length and values.

    ``single``: ``[row]`` as an array the caller shares between the new buckets of one
    insertion (most buckets of a distinct document are new and stay one row long: one
    array for all, where a buffer each cost more than the rest of the insertion). It owns
    its memory, so a later append copies it instead of writing into it."""
    if held is None:
        return np.array([row], dtype=np.int64) if single is None else single
    size = len(held)
    buffer = held.base
    if buffer is None or len(buffer) <= size or buffer.dtype != np.int64:
        buffer = np.empty(max(4, 2 * size), dtype=np.int64)
        buffer[:size] = held
    buffer[size] = row
    return buffer[: size + 1]


#: a query's gathered rows (one per bucket or posting they are in) are made distinct by a
#: sort when they are fewer than the indexed rows over this, else by marking an array as
#: long as the index (the sort costs more per row, the marking costs the index)
UNIQUE_BY_SORT = 16


class BandIndex:
    """MinHash LSH: documents that share a band (``r`` consecutive signature values,
    ``b`` bands) with a query are its candidates.

    The same buckets as datasketch's ``MinHashLSH`` (a band's values as bytes, no
    hashing), so the same candidates (``tests/test_story_index.py``); without its
    storage layers, which cost a Python call per band per document (a 100k-document
    story index is rebuilt from the stored signatures on every ingest run).
    """

    def __init__(self, threshold: float, num_perm: int) -> None:
        bands = LSH_BANDS.get((threshold, num_perm))
        if bands is None:
            # imported here: datasketch imports scipy (0.6 s of every process that
            # clusters, ingest runs included), and only settings not in LSH_BANDS need it
            from datasketch import MinHashLSH

            found = MinHashLSH(threshold=threshold, num_perm=num_perm)
            bands = (found.b, found.r)
        self.b, self.r = bands
        self._width = 8 * self.r
        self._tables: list[dict[bytes, list[Hashable]]] = [{} for _ in range(self.b)]

    def _bands(self, signature: np.ndarray) -> list[bytes]:
        """Each band's ``r`` values as bytes (uint64), made in C: the bands' values viewed
        as one fixed-width raw item each, whose ``tolist`` gives their bytes (a Python
        slice per band cost three times as much, and this runs for every document)."""
        values = np.ascontiguousarray(signature[: self.b * self.r], dtype=np.uint64)
        return values.view(f"V{self._width}").tolist()  # type: ignore[no-any-return]

    def insert(self, key: Hashable, signature: np.ndarray) -> None:
        """Index ``key`` (once: the caller keeps track of what is indexed; the story
        index's keys are its row numbers)."""
        for table, band in zip(self._tables, self._bands(signature), strict=True):
            table.setdefault(band, []).append(key)

    def buckets(self, signature: np.ndarray) -> list[list[Hashable]]:
        """The non-empty buckets ``signature`` falls in, one per band at most (a key may
        be in several): for a caller that gathers them in arrays, not in a set."""
        found = []
        for table, band in zip(self._tables, self._bands(signature), strict=True):
            hit = table.get(band)
            if hit:
                found.append(hit)
        return found

    def query(self, signature: np.ndarray) -> set[Hashable]:
        return set(chain.from_iterable(self.buckets(signature)))


class RowBandIndex(BandIndex):
    """:class:`BandIndex` of row numbers, each bucket an int64 array: a query's buckets
    are gathered by one ``np.concatenate`` (a near-copy is in most of its story's 37
    buckets, so thousands of keys a query, one Python step each in a set or ``fromiter``).
    """

    def __init__(self, threshold: float, num_perm: int) -> None:
        super().__init__(threshold, num_perm)
        self._row_tables: list[dict[bytes, np.ndarray]] = [{} for _ in range(self.b)]

    def insert(self, key: Hashable, signature: np.ndarray) -> None:
        row = int(key)  # type: ignore[call-overload]
        single = np.array([row], dtype=np.int64)
        for table, band in zip(self._row_tables, self._bands(signature), strict=True):
            table[band] = appended(table.get(band), row, single)

    def buckets(self, signature: np.ndarray) -> list[np.ndarray]:  # type: ignore[override]
        # the look-ups by map in C, one table per band
        hits = map(dict.get, self._row_tables, self._bands(signature))
        return [hit for hit in hits if hit is not None]

    def query(self, signature: np.ndarray) -> set[Hashable]:
        return set(np.concatenate([np.zeros(0, dtype=np.int64), *self.buckets(signature)]).tolist())


class StoryIndex:
    """Incremental clustering: an LSH index plus a sentence index over documents.

    ``add`` returns the ids of already-indexed documents that are the same story
    as the new one, with the evidence for each.

    Indexing stories, not documents: when a document is inserted with its
    story, at most :data:`INDEXED_PER_STORY` members of each story are
    indexed. Wire re-prints are what archives look like; without the cap every
    new copy of a story finds every earlier copy as a candidate, and the work
    per document grows with the archive (100k near-copies did not cluster in
    30 minutes). A new copy finds its story through any indexed member.

    In memory the LSH buckets and a copy of the sentence postings hold row numbers,
    not ids, and :meth:`story_candidates` gathers them in arrays (sets of string ids,
    a sort of them and a dict look-up per id were most of the candidate search at 100k
    near-copies); each row's rank among the indexed ids keeps the id order exactly.
    """

    #: whether the index holds its keys by row number (:class:`StoredStoryIndex` reads
    #: them from the store by id)
    holds_rows: ClassVar[bool] = True

    def __init__(
        self,
        params: DedupParams | None = None,
        text_of: Callable[[str], str] | None = None,
    ) -> None:
        self.params = params or DedupParams()
        self.hasher = Hasher(self.params)
        self.lsh = RowBandIndex(self.params.lsh_threshold, self.params.num_perm)
        self.by_sentence: dict[int, list[str]] = {}
        self.fingerprints: dict[str, Fingerprint] = {}
        self.indexed: set[str] = set()
        #: members indexed per story (stories given at insertion only)
        self.per_story: dict[str, int] = {}
        self._rows: dict[str, int] = {}
        #: row -> id, and the same as UTF-8 bytes in a fixed-width array: a query puts
        #: its candidates in id order by sorting these (bytes of UTF-8 sort as the code
        #: points of ``str`` do), where keeping every row's rank among the ids cost a
        #: pass over the whole index per insertion
        self._ids: list[str] = []
        self._id_keys = np.zeros(1024, dtype="S16")
        #: sentence -> the rows indexed under it (``by_sentence`` by row number)
        self._sentence_rows: dict[int, np.ndarray] = {}
        self._signatures = np.zeros((1024, self.params.num_perm), dtype=np.uint32)
        self._sizes = np.zeros(1024, dtype=np.int64)
        #: the current story of each indexed row, as a number (:meth:`merge_stories`
        #: relabels the rows of merged stories), so :meth:`story_candidates` caps the
        #: checks per story in arrays instead of asking who belongs to which story
        self._story_rows = np.zeros(1024, dtype=np.int64)
        #: story id -> its number, and the indexed rows of each number
        self._story_numbers: dict[str, int] = {}
        self._story_members: dict[int, list[int]] = {}
        self._stories_numbered = 0
        #: fetches the text of an indexed document whose fingerprint is not held
        self.text_of = text_of
        #: the postings last read, for the fingerprint whose sentences they are
        #: (``background``, ``candidates`` and ``shared_sentences`` of one document read
        #: them once; an insertion changes them)
        self._read: tuple[frozenset[int], dict[int, Sequence[str]]] | None = None
        #: shingle sketches (:func:`shingle_sketch`) of the rows
        #: :meth:`story_candidates_ruled_out` has bounded, one row of the table each (the
        #: row's slot, -1 for none yet)
        self._sketch_slots = np.full(1024, -1, dtype=np.int64)
        self._sketch_table = np.zeros((64, 1 << SKETCH_BITS), dtype=np.uint8)
        self._sketched = 0
        #: :func:`containment_limits` of the params, for the search by rows
        self._limits = containment_limits(self.params)

    def __len__(self) -> int:
        return len(self.indexed)

    def fingerprint_of(self, document_id: str) -> Fingerprint:
        held = self.fingerprints.get(document_id)
        if held is None:
            if self.text_of is None:
                raise KeyError(document_id)
            held = self.fingerprints[document_id] = self.hasher.fingerprint(
                self.text_of(document_id)
            )
        return held

    def insert_keys(
        self,
        document_id: str,
        signature: np.ndarray,
        sentences: Iterable[int],
        size: int,
        story: str | None = None,
    ) -> bool:
        """Index a document by its signature, sentence hashes and shingle count;
        with its ``story``, only while that story has fewer than
        :data:`INDEXED_PER_STORY` members indexed (see the class docstring).
        Whether it was indexed (not before, not held back by the cap)."""
        if document_id in self.indexed:
            return False
        if story is not None:
            held = self.per_story.get(story, 0)
            if held >= INDEXED_PER_STORY:
                return False
            self.per_story[story] = held + 1
        self.indexed.add(document_id)
        row = self._rows[document_id] = len(self._rows)
        if row == len(self._sizes):
            self._signatures = np.concatenate([self._signatures, np.zeros_like(self._signatures)])
            self._sizes = np.concatenate([self._sizes, np.zeros_like(self._sizes)])
            self._story_rows = np.concatenate([self._story_rows, np.zeros_like(self._story_rows)])
            self._id_keys = np.concatenate([self._id_keys, np.zeros_like(self._id_keys)])
            self._sketch_slots = np.concatenate(
                [self._sketch_slots, np.full_like(self._sketch_slots, -1)]
            )
        self._ids.append(document_id)
        key = document_id.encode()
        if len(key) > self._id_keys.itemsize:  # a longer id: wider keys, once per length
            self._id_keys = self._id_keys.astype(f"S{len(key)}")
        self._id_keys[row] = key
        self._signatures[row] = signature
        self._sizes[row] = size
        # a document indexed without a story is a story of its own, never merged
        number = self._story_number(story) if story is not None else self._new_story_number()
        self._story_rows[row] = number
        self._story_members.setdefault(number, []).append(row)
        self.lsh.insert(row, signature)
        self._read = None  # the postings change
        limit = self.params.max_sentence_postings
        single = np.array([row], dtype=np.int64)
        for sentence in sentences:
            postings = self.by_sentence.setdefault(sentence, [])
            if len(postings) <= limit:  # beyond the limit it is ignored anyway
                postings.append(document_id)
                self._sentence_rows[sentence] = appended(
                    self._sentence_rows.get(sentence), row, single
                )
        return True

    def _new_story_number(self) -> int:
        self._stories_numbered += 1
        return self._stories_numbered

    def _story_number(self, story: str) -> int:
        number = self._story_numbers.get(story)
        if number is None:
            number = self._story_numbers[story] = self._new_story_number()
        return number

    def merge_stories(self, stories: Sequence[str], into: str) -> None:
        """Tell the index that ``stories`` are now part of ``into`` (as
        :meth:`dossier.store.base.DocumentStore.merge_stories` tells the store), so
        :meth:`story_candidates` without ``story_of`` groups candidates by their
        current story. Costs the rows of the merged stories, not the index.

        The cap on members indexed per story stays counted by the story given at
        insertion (merges do not add up the counts): the clusters stay those of an
        index not told of merges."""
        target = self._story_number(into)
        for story in stories:
            if story == into:
                continue
            number = self._story_numbers.pop(story, None)
            if number is None:
                continue
            rows = self._story_members.pop(number, [])
            self._story_rows[rows] = target
            self._story_members.setdefault(target, []).extend(rows)

    # -- where the index is kept: in memory here, in the store in StoredStoryIndex ----
    def _postings(self, fingerprint: Fingerprint) -> dict[int, Sequence[str]]:
        """The documents indexed under each of the fingerprint's sentences (read once for
        a fingerprint until the next insertion)."""
        if self._read is None or self._read[0] is not fingerprint.sentences:
            self._read = (fingerprint.sentences, self._read_postings(fingerprint.sentences))
        return self._read[1]

    def _read_postings(self, sentences: frozenset[int]) -> dict[int, Sequence[str]]:
        """Sentence -> the documents indexed under it, for each of ``sentences``."""
        return {h: self.by_sentence.get(h, ()) for h in sentences}

    def _band_hits(self, signature: np.ndarray) -> set[str]:
        """The indexed documents that share an LSH band with ``signature``."""
        ids = self._ids
        return {ids[row] for row in self.lsh.query(signature)}  # type: ignore[index]

    def _keys(self, ids: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
        """The indexed documents' signatures (one uint32 row each), shingle counts and
        story numbers (None where the index does not know them: the stored index)."""
        rows = np.fromiter(map(self._rows.__getitem__, ids), dtype=np.int64, count=len(ids))
        return self._signatures[rows], self._sizes[rows], self._story_rows[rows]

    def background(self, fingerprint: Fingerprint) -> frozenset[int]:
        """The document's sentences already indexed for several documents: stock
        paragraphs, which say nothing about who re-printed whom."""
        limit = self.params.background_postings
        if self.holds_rows:  # in memory: the postings' lengths, without gathering them
            held = self.by_sentence
            return frozenset([h for h in fingerprint.sentences if len(held.get(h, ())) >= limit])
        return frozenset(
            h for h, posted in self._postings(fingerprint).items() if len(posted) >= limit
        )

    def candidates(self, fingerprint: Fingerprint) -> set[str]:
        found: set[str] = set()
        if len(fingerprint.shingles):
            found.update(self._band_hits(fingerprint.signature))
        limit = self.params.max_sentence_postings
        for postings in self._postings(fingerprint).values():
            if len(postings) <= limit:
                found.update(postings)
        return found

    def screen(self, fingerprint: Fingerprint, candidates: Iterable[str]) -> list[str]:
        """The candidates that pass the cheap :func:`plausible` pre-check, sorted."""
        return [i for i, _estimate in self.screen_ranked(fingerprint, candidates, by_id=True)]

    def screen_ranked(
        self, fingerprint: Fingerprint, candidates: Iterable[str], by_id: bool = False
    ) -> list[tuple[str, float]]:
        """Plausible candidates with their MinHash Jaccard estimate, best first
        (or by id, for a deterministic order)."""
        return self._ranked(fingerprint, candidates, by_id)[0]

    def _estimates(
        self, fingerprint: Fingerprint, candidates: Iterable[str]
    ) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray | None]:
        """The candidates in id order, their MinHash Jaccard estimates, shingle counts and
        story numbers (see :meth:`_keys`).

        The estimate is the share of equal signature values: counted, then divided (the
        mean of the booleans converted every one to a float first; the same doubles, as
        both sum whole numbers exactly)."""
        ids = sorted(candidates)
        if not ids:
            return [], np.zeros(0), np.zeros(0, dtype=np.int64), None
        signatures, sizes, stories = self._keys(ids)
        signature = fingerprint.signature.astype(np.uint32)
        equal = equal_values(signatures, signature)
        return ids, equal / signatures.shape[1], sizes, stories

    def _ranked(
        self, fingerprint: Fingerprint, candidates: Iterable[str], by_id: bool = False
    ) -> tuple[list[tuple[str, float]], list[int]]:
        """:meth:`screen_ranked` and the shingle counts of its candidates, in its order."""
        ids, estimate, sizes, _stories = self._estimates(fingerprint, candidates)
        if not ids:
            return [], []
        rows = np.flatnonzero(plausible(estimate, len(fingerprint.shingles), sizes, self.params))
        if not by_id:
            # a stable sort of ids in id order: best estimate first, ties by id (a Python
            # sort of (id, estimate) pairs by key was a fifth of finding candidates)
            rows = rows[np.argsort(-estimate[rows], kind="stable")]
        ranked = list(zip([ids[r] for r in rows.tolist()], estimate[rows].tolist(), strict=True))
        return ranked, sizes[rows].tolist()

    def matches(self, fingerprint: Fingerprint) -> list[tuple[str, PairEvidence]]:
        found = []
        background = self.background(fingerprint)
        for other in self.screen(fingerprint, self.candidates(fingerprint)):
            evidence = compare(fingerprint, self.fingerprint_of(other), background)
            if same_story(evidence, self.params):
                found.append((other, evidence))
        return found

    def insert(self, document_id: str, fingerprint: Fingerprint, story: str | None = None) -> None:
        if self.insert_keys(
            document_id,
            fingerprint.signature,
            fingerprint.sentences,
            len(fingerprint.shingles),
            story,
        ):  # not indexed before, not held back by the story cap
            # held without its sketch (2 KB, a fifth more per indexed document): only rows
            # that reach a precise check get one, in the sketch table (_sketches_of)
            if fingerprint.sketch is not None:
                fingerprint = replace(fingerprint, sketch=None)
            self.fingerprints[document_id] = fingerprint

    def story_candidates(
        self,
        fingerprint: Fingerprint,
        story_of: Callable[[list[str]], dict[str, str]] | None = None,
    ) -> list[str]:
        """Plausible candidates to check precisely, in id order: of each story
        (``story_of`` maps candidate ids to their stories) only the
        :data:`CHECKS_PER_STORY` members with the best MinHash estimate.

        Without ``story_of`` the index's own stories are used: those given at insertion,
        as :meth:`merge_stories` has merged them since (the caller tells the index of
        every merge). The cap then runs in arrays, where asking ``story_of`` about every
        plausible candidate and counting in Python was most of the candidate search at
        100k near-copies (a document's candidates come from a few dozen stories).

        Bounds the precise checks by the number of stories near the document,
        not by the copies of them already stored. A story with at most that many
        candidates is checked in full, exactly as :meth:`screen` would.

        A candidate that is no near-copy by its estimate is dropped, and uses none of
        its story's checks, when :func:`same_story` cannot accept it for want of shared
        sentences outside the background: an edition or a rewrite shares its lead or
        ``rewrite_shared_sentences`` of them (only a rewrite can join a candidate that
        :func:`needs_sentences`). The count is exact, read from the sentence postings
        already fetched (a sentence that is not background is posted for one document
        only); the estimate's margin is the one :func:`plausible` already relies on.
        Why: in an archive of re-prints a document's nearby stories are mostly cousins
        from the same source whose sentences are all background; their members used up
        the precise checks (22 a document at 100k near-copies, nearly all failing).
        """
        if story_of is None and self.holds_rows:
            return self._story_candidates_by_row(fingerprint)[0]
        ids, estimate, sizes, numbers = self._estimates(fingerprint, self.candidates(fingerprint))
        if not ids:
            return []
        shared_of = self.shared_sentences(fingerprint)
        shared = np.fromiter(map(shared_of.get, ids, repeat(0)), dtype=np.int64, count=len(ids))
        size = len(fingerprint.shingles)
        # the plausible candidates that may join, as the per-candidate may_join decided
        # them, in one pass over arrays (a Python call per candidate was a fifth of the
        # clustering at 10k near-copies, and candidates grow with the stories indexed)
        rows = np.flatnonzero(plausible_and_joinable(estimate, size, sizes, shared, self.params))
        if not len(rows):
            return []
        if story_of is None:
            if numbers is None:
                raise ValueError("this index does not know the stories: pass story_of")
            return [ids[r] for r in best_per_group(rows, estimate[rows], numbers[rows])]
        rows = rows[np.argsort(-estimate[rows], kind="stable")]  # best first, ties by id
        ranked = [ids[r] for r in rows.tolist()]
        stories = story_of(ranked)
        chosen: list[str] = []
        tried: dict[str, int] = {}
        for other in ranked:
            story = stories.get(other, other)
            if tried.get(story, 0) < CHECKS_PER_STORY:
                tried[story] = tried.get(story, 0) + 1
                chosen.append(other)
        return sorted(chosen)

    def story_candidates_ruled_out(self, fingerprint: Fingerprint) -> tuple[list[str], list[bool]]:
        """:meth:`story_candidates` (the index's own stories) and, for each candidate, True
        when :func:`same_story` cannot accept it whatever the shingles the two share: its
        evidence with the shared shingles raised to their upper bound (:func:`sketch_bounds`)
        and the sentences as :func:`compare` counts them is rejected
        (:func:`copies_only_below`). A caller skips the precise check of a candidate ruled
        out: the same decision, without making it.

        Why: at 100k near-copies a document's candidates are mostly members of other
        stories retold from the same source, at Jaccard 0.33-0.49 and with no sentence
        outside the background in common, which the MinHash estimate's margin lets through;
        only their exact Jaccard rejects them, and its merge of two arrays, a dozen numpy
        calls a candidate, was most of the cost of the million precise checks. The sketches'
        bound rules most of them out in a few calls for all of a document's candidates. The
        index kept in the store has no rows and rules out nothing."""
        if not self.holds_rows:
            found = self.story_candidates(fingerprint)
            return found, [False] * len(found)
        found, ruled = self._story_candidates_by_row(fingerprint, bounded=True)
        return found, ruled if ruled is not None else [False] * len(found)

    def _story_candidates_by_row(
        self, fingerprint: Fingerprint, bounded: bool = False
    ) -> tuple[list[str], list[bool] | None]:
        """:meth:`story_candidates` of the in-memory index by row numbers (and, ``bounded``,
        :meth:`story_candidates_ruled_out`'s answers, else None): the candidates
        (:meth:`candidates`) and the sentences shared with each (:meth:`shared_sentences`)
        gathered in arrays, then the same decisions as the path by id: plausibility by
        :func:`plausible_by_limits` (:func:`plausible_and_joinable`'s answers) and the picks
        of :func:`best_per_group` by :func:`best_counts_per_group`, ties by id (the rows' id
        keys), so the same list.

        Nothing here costs the size of the index unless it is paid already: the distinct rows
        are found by sorting the few gathered when they are few, and the shared sentences are
        counted per distinct row; when they are many they are marked in an array as long as
        the index, and the shared sentences are counted over the index too."""
        postings = [p for p in map(self._sentence_rows.get, fingerprint.sentences) if p is not None]
        limit = self.params.max_sentence_postings
        found = [p for p in postings if len(p) <= limit]
        if len(fingerprint.shingles):
            found += self.lsh.buckets(fingerprint.signature)  # type: ignore[attr-defined]
        if not found:
            return [], []
        gathered = np.concatenate(found)
        indexed = len(self._ids)
        background = self.params.background_postings
        once = [p for p in postings if len(p) < background]
        if len(gathered) * UNIQUE_BY_SORT < indexed:
            rows = _sorted_unique(gathered)
            shared = np.zeros(len(rows), dtype=np.int64)
            if once:
                # each posted row's place among ``rows`` (a row outside them, possible only
                # when background postings are longer than the limit, is left out)
                posted = np.concatenate(once)
                place = np.minimum(np.searchsorted(rows, posted), len(rows) - 1)
                place = place[rows[place] == posted]
                shared = np.bincount(place, minlength=len(rows))
        else:  # the distinct rows, ascending, by marking them (a sort of every copy costs more)
            marked = np.zeros(indexed, dtype=bool)
            marked[gathered] = True
            rows = marked.nonzero()[0]
            # an array as long as the index is paid for already: count the shared sentences
            # of every row at once and read those of ``rows`` (the same counts)
            if once:
                posted = np.concatenate(once)
                shared = np.bincount(posted, minlength=indexed).take(rows)
            else:
                shared = np.zeros(len(rows), dtype=np.int64)
        # method forms (``take``, ``nonzero``): numpy's function forms add a Python call
        # each, and this runs for every document
        signatures = self._signatures.take(rows, axis=0)
        equal = equal_values(signatures, fingerprint.signature.astype(np.uint32))
        sizes = self._sizes.take(rows)
        estimate = equal / signatures.shape[1]
        size = len(fingerprint.shingles)
        if self._limits is None:
            kept = plausible_and_joinable(estimate, size, sizes, shared, self.params)
        else:
            kept = plausible_by_limits(estimate, size, sizes, shared, self.params, self._limits)
        kept = kept.nonzero()[0]
        if not len(kept):
            return [], []
        held_rows = rows.take(kept)
        chosen = kept.take(  # positions in ``rows`` of the candidates picked
            best_counts_per_group(
                equal.take(kept), self._story_rows.take(held_rows), self._id_keys.take(held_rows)
            )
        )
        picked = rows.take(chosen)
        ids = self._ids
        named = [ids[row] for row in picked.tolist()]
        order = sorted(range(len(named)), key=named.__getitem__)
        found = [named[i] for i in order]
        if not bounded:
            return found, None
        ruled = self._ruled_out(fingerprint, picked, sizes.take(chosen), shared.take(chosen))
        return found, ruled[order].tolist()

    def _ruled_out(
        self, fingerprint: Fingerprint, rows: np.ndarray, sizes: np.ndarray, shared: np.ndarray
    ) -> np.ndarray:
        """Whether :func:`same_story` cannot accept each of ``rows`` (``sizes`` shingles,
        ``shared`` sentences outside the background), by the shingle sketches' bound (see
        :meth:`story_candidates_ruled_out`)."""
        mine = fingerprint.sketch
        if mine is None or not len(rows):
            return np.zeros(len(rows), dtype=bool)
        size = len(fingerprint.shingles)
        common = sketch_bounds(mine, self._sketches_of(rows), size).astype(np.int64)
        return copies_only_below(common, size, sizes, shared, self.params)

    def _sketches_of(self, rows: np.ndarray) -> np.ndarray:
        """The shingle sketches of indexed ``rows``, one row each (:data:`FULL_SKETCH` for a
        text too long for one), each made the first time it is asked for and kept in a table
        of the rows sketched so far: only rows that reach a precise check have one (an index
        of distinct documents checks few of its rows), and the table is read by one gather."""
        slots = self._sketch_slots.take(rows)
        for i in (slots < 0).nonzero()[0].tolist():
            row = int(rows[i])
            if self._sketch_slots[row] < 0:  # a row listed twice is sketched once
                made = shingle_sketch(self.fingerprint_of(self._ids[row]).shingles)
                slot = self._sketched
                if slot == len(self._sketch_table):
                    self._sketch_table = np.concatenate(
                        [self._sketch_table, np.zeros_like(self._sketch_table)]
                    )
                self._sketch_table[slot] = FULL_SKETCH if made is None else made
                self._sketch_slots[row] = slot
                self._sketched += 1
            slots[i] = self._sketch_slots[row]
        return self._sketch_table.take(slots, axis=0)  # type: ignore[no-any-return]

    def may_join(
        self, fingerprint: Fingerprint, estimate: float, other_size: int, shared: int
    ) -> bool:
        """Whether :func:`same_story` may accept a plausible candidate of MinHash estimate
        ``estimate``, ``other_size`` shingles and ``shared`` sentences shared outside the
        background (:meth:`shared_sentences`): a near-copy by its estimate may; otherwise an
        edition or a rewrite shares its lead (one sentence at least), and where only a
        rewrite could join (:func:`needs_sentences`), ``rewrite_shared_sentences``."""
        if estimate >= self.params.copy_jaccard * MARGIN:
            return True
        size = len(fingerprint.shingles)
        if needs_sentences(estimate, size, other_size, self.params):
            return shared >= self.params.rewrite_shared_sentences
        return shared >= 1

    def shared_sentences(self, fingerprint: Fingerprint) -> dict[str, int]:
        """Indexed document -> how many of the fingerprint's sentences it shares outside
        the background (:meth:`background`): what :func:`compare` counts for it, read from
        the postings (a sentence posted for fewer than ``background_postings`` documents)."""
        limit = self.params.background_postings
        found: dict[str, int] = {}
        for posted in self._postings(fingerprint).values():
            if len(posted) < limit:
                for other in posted:
                    found[other] = found.get(other, 0) + 1
        return found

    def add(self, document_id: str, text: str) -> list[tuple[str, PairEvidence]]:
        fingerprint = self.hasher.fingerprint(text)
        found = [m for m in self.matches(fingerprint) if m[0] != document_id]
        self.insert(document_id, fingerprint)
        return found


class StoryKeys(Protocol):
    """Where :class:`StoredStoryIndex` keeps the index: the store's story-index tables
    (:class:`dossier.store.base.DocumentStore` has these methods)."""

    def story_band_postings(self, bands: Sequence[tuple[int, bytes]]) -> set[str]: ...

    def story_sentence_postings(self, hashes: Sequence[int]) -> dict[int, list[str]]: ...

    def story_signatures(self, document_ids: Sequence[str]) -> dict[str, tuple[bytes, int]]: ...

    def story_indexed(self, story_id: str, limit: int) -> int: ...

    def index_story_keys(
        self, document_id: str, bands: Sequence[tuple[int, bytes]], sentences: Sequence[int]
    ) -> None: ...

    def document_text(self, document_id: str) -> str: ...


class StoredStoryIndex(StoryIndex):
    """The story index kept in the store (band buckets, sentence postings, which
    documents are indexed), read per new document: only its own buckets and sentences.

    Why: the in-memory index was rebuilt at the start of every ingest run from every
    stored signature (100k rows read and 37 buckets each filled for a 10-article
    update), a cost that grew with the archive. Here a document costs a few indexed
    reads whatever the archive holds, and what another process stored is seen at once
    (the reads run in the writer's transaction). Same candidates, same decisions: the
    buckets are the band's bytes (as :class:`BandIndex`), the caps are the same
    (:data:`INDEXED_PER_STORY` members per story, counted on the story as it is now,
    ``max_sentence_postings + 1`` postings per sentence). The fingerprints of documents
    indexed in this process are kept, as the in-memory index keeps them.
    """

    holds_rows = False

    def __init__(self, keys: StoryKeys, params: DedupParams | None = None) -> None:
        super().__init__(params, text_of=keys.document_text)
        self.keys = keys

    def band_keys(self, signature: np.ndarray) -> list[tuple[int, bytes]]:
        """``(band, bucket)`` per LSH band: the band's ``r`` uint32 values as bytes."""
        raw = np.asarray(signature, dtype=np.uint32).tobytes()
        width = 4 * self.lsh.r
        return [(i, raw[i * width : (i + 1) * width]) for i in range(self.lsh.b)]

    def _read_postings(self, sentences: frozenset[int]) -> dict[int, Sequence[str]]:
        found = self.keys.story_sentence_postings(sorted(sentences))
        return {h: found.get(h, ()) for h in sentences}

    def _band_hits(self, signature: np.ndarray) -> set[str]:
        return self.keys.story_band_postings(self.band_keys(signature))

    def _keys(self, ids: list[str]) -> tuple[np.ndarray, np.ndarray, None]:
        found = self.keys.story_signatures(ids)
        signatures = np.zeros((len(ids), self.params.num_perm), dtype=np.uint32)
        sizes = np.zeros(len(ids), dtype=np.int64)
        for row, document_id in enumerate(ids):
            signature, size = found[document_id]
            signatures[row] = np.frombuffer(signature, dtype=np.uint32)
            sizes[row] = size
        return signatures, sizes, None

    def insert_keys(
        self,
        document_id: str,
        signature: np.ndarray,
        sentences: Iterable[int],
        size: int,
        story: str | None = None,
    ) -> bool:
        """Index a stored document (its ``dedup_keys`` row written), as
        :meth:`StoryIndex.insert_keys` does in memory."""
        if story is not None and self.keys.story_indexed(story, INDEXED_PER_STORY) >= (
            INDEXED_PER_STORY
        ):
            return False
        hashes = sorted(set(sentences))
        posted = self.keys.story_sentence_postings(hashes)
        limit = self.params.max_sentence_postings
        self.keys.index_story_keys(
            document_id,
            self.band_keys(signature),
            [h for h in hashes if len(posted.get(h, ())) <= limit],
        )
        self._read = None  # the postings changed
        return True


class UnionFind:
    """Story membership; the representative is the earliest document added."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.order: dict[str, int] = {}

    def add(self, item: str) -> None:
        if item not in self.parent:
            self.parent[item] = item
            self.order[item] = len(self.order)

    def find(self, item: str) -> str:
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: str, b: str) -> str:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        first, second = (ra, rb) if self.order[ra] <= self.order[rb] else (rb, ra)
        self.parent[second] = first
        return first


def story_id_for(document_id: str) -> str:
    """A story is named after its first document, so ids are stable across runs."""
    return "story_" + document_id


#: texts a fingerprint worker takes at a time (:func:`fingerprint_stream`): large enough
#: that handing them over costs little against fingerprinting them (about 0.1 s of work)
STREAM_CHUNK = 256
#: chunks handed out per worker ahead of the consumer: enough that a worker never waits
#: for the next, few enough that the fingerprints waiting to be consumed stay a few MB
STREAM_AHEAD = 2
#: below this many texts :func:`fingerprints` and :func:`cluster` stay in this process
#: (starting a worker costs about as much as fingerprinting a thousand texts)
STREAM_MIN_TEXTS = 1000


def fingerprint_workers() -> int:
    """Default fingerprint workers: every core this process may use but one, which the
    consumer (the story index, one process in input order) keeps; none on one core."""
    return usable_cores() - 1


def _chunks(items: Iterable[str], size: int) -> Iterator[list[str]]:
    found = iter(items)
    while chunk := list(islice(found, size)):
        yield chunk


def fingerprint_stream(
    texts: Iterable[str], params: DedupParams, workers: int | None = None
) -> Iterator[Fingerprint]:
    """The fingerprint of each text, in input order, computed by ``workers`` processes
    ahead of the consumer (default :func:`fingerprint_workers`; 0: in this process).

    Why: fingerprints depend on nothing but the text, while the story index must see the
    documents one by one in input order; so the index stays in the consumer's process and
    the fingerprints (a third of the clustering's CPU) are made on the other cores at the
    same time, :data:`STREAM_AHEAD` chunks of :data:`STREAM_CHUNK` texts per worker ahead
    (the texts are read as they are needed, not all at once). The values are the
    in-process ones: the same function on the same texts (``tests/test_story_rows.py``).
    Workers are spawned, not forked: the consumer may hold threads and a large index. As
    with any spawned worker, a script that reaches this at import time (``cluster`` over a
    thousand texts at its top level) needs the usual ``if __name__ == "__main__":``
    guard, since each worker imports the script's module again."""
    hasher = Hasher(params)
    if workers is None:
        workers = fingerprint_workers()
    if workers <= 0:
        for chunk in _chunks(texts, STREAM_CHUNK):
            yield from hasher.fingerprints(chunk)
        return
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
    try:
        pending: deque[Future[list[Fingerprint]]] = deque()
        for chunk in _chunks(texts, STREAM_CHUNK):
            pending.append(pool.submit(hasher.fingerprints, chunk))
            if len(pending) > workers * STREAM_AHEAD:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:  # also when the consumer stops early: nothing left running
        pool.shutdown(wait=True, cancel_futures=True)


def fingerprints(
    texts: Sequence[str], params: DedupParams, processes: int = 1
) -> list[Fingerprint]:
    """Fingerprint many texts, on ``processes`` worker processes when > 1 (and the texts
    are at least :data:`STREAM_MIN_TEXTS`)."""
    workers = processes if processes > 1 and len(texts) >= STREAM_MIN_TEXTS else 0
    return list(fingerprint_stream(texts, params, workers))


def cluster(
    documents: Sequence[tuple[str, str]],
    params: DedupParams | None = None,
    processes: int | None = None,
) -> dict[str, str]:
    """Story id for every ``(document_id, text)``, in input order (pure, in memory).

    ``processes``: this one and the fingerprint workers (:func:`fingerprint_stream`), by
    default every core it may use (:func:`dossier.config.usable_cores`); 1 fingerprints
    here. Fewer than :data:`STREAM_MIN_TEXTS` documents are fingerprinted here whatever it
    says. The stories are the same whatever the number: only the fingerprints are made
    elsewhere.

    A candidate already in the document's story is not compared again, so a
    story with a hundred editions costs one precise check per new edition.
    """
    index = StoryIndex(params)
    groups = UnionFind()
    sizes: dict[str, int] = {}
    if processes is None:
        processes = usable_cores()
    workers = processes - 1 if len(documents) >= STREAM_MIN_TEXTS else 0
    prints = fingerprint_stream((text for _id, text in documents), index.params, workers)
    for (document_id, _text), fingerprint in zip(documents, prints, strict=True):
        groups.add(document_id)
        background = index.background(fingerprint)
        shared = index.shared_sentences(fingerprint)
        tried: dict[str, int] = {}  # story root -> precise checks spent on it
        for other, estimate in index.screen_ranked(fingerprint, index.candidates(fingerprint)):
            root = groups.find(other)
            if other == document_id or root == groups.find(document_id):
                continue
            if tried.get(root, 0) >= CHECKS_PER_STORY:
                continue
            known = index.fingerprint_of(other)
            if not index.may_join(fingerprint, estimate, len(known.shingles), shared.get(other, 0)):
                continue  # same_story rejects it (see StoryIndex.story_candidates)
            tried[root] = tried.get(root, 0) + 1
            if same_story(compare(fingerprint, known, background), index.params):
                groups.union(document_id, other)
        root = groups.find(document_id)
        sizes[root] = sizes.get(root, 0) + 1
        if sizes[root] <= INDEXED_PER_STORY:
            index.insert(document_id, fingerprint)
    return {doc: story_id_for(groups.find(doc)) for doc in groups.parent}


def story_members(assignment: dict[str, str]) -> dict[str, list[str]]:
    members: dict[str, list[str]] = {}
    for document_id, story in assignment.items():
        members.setdefault(story, []).append(document_id)
    return members


def differing_sentences(texts: Sequence[str], min_words: int = 4) -> list[list[str]]:
    """For each text, its sentences that no other text in the story contains."""
    keyed = [
        [(s.strip(), " ".join(words(s))) for s in _SENTENCE_SPLIT.split(t) if s.strip()]
        for t in texts
    ]
    counts: dict[str, int] = {}
    for sentences in keyed:
        for key in {k for _s, k in sentences}:
            counts[key] = counts.get(key, 0) + 1
    return [
        [s for s, k in sentences if counts[k] == 1 and len(k.split()) >= min_words]
        for sentences in keyed
    ]


def outlet_of(outlet: str | None, url: str | None) -> str | None:
    """Who published a document, for telling an outlet's own re-used paragraphs from
    another's rewrite: the outlet cleaning found ("Dawn"), else its address's site name
    ("https://www.dawn.com/news/..." -> "dawn"); None for a file with neither."""
    if outlet:
        return re.sub(r"[^a-z0-9]", "", outlet.lower()) or None
    if url and "://" in url:
        host = (urlsplit(url).hostname or "").removeprefix("www.")
        return host.split(".")[0] or None
    return None
