"""Faster stand-ins for two components of the shipped spaCy pipeline, same output.

Why: in the small English pipeline the attribute ruler and the rule lemmatizer
cost about a fifth of the parse (measured on realnews articles: attribute ruler
15 ms, lemmatizer 6 ms, the whole pipeline 117 ms an article), and neither is a
model — they are rules run through Python for every token:

* the attribute ruler asks spaCy's ``Matcher`` to try each of its ~180 token
  patterns (a tag, a tag and a word, a dependency) at every token;
  :class:`IndexedAttributeRuler` finds the same matches with one vectorised
  comparison per pattern over the document's attribute arrays, then applies
  them with the ruler's own ``set_annotations`` (same order, same attributes);
* the lemmatizer makes a ``Token`` and calls ``rule_lemmatize`` for every token,
  which for a word it has not met tests candidate forms against lists of up to
  57,528 words; :class:`CachedLemmatizer` reads the tokens' (form, part of speech,
  morphology) as arrays, calls ``rule_lemmatize`` once per distinct triple (its
  result is a function of those three, which is also spaCy's own cache key), with
  the word lists as sets, and writes all lemmas with one ``Doc.from_array``.

Both fall back to the model's component when it is configured in a way they do
not reproduce (a pattern operator other than exact, ``IN``, ``NOT_IN``,
``REGEX``; a lemmatizer mode other than "rule", or one that overwrites), so the
output is the shipped pipeline's in every case (``tests/test_components.py``
compares every token attribute with the shipped pipeline's).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc

#: the token attributes a supported pattern may test, with their array column
_COLUMNS: dict[str, int] = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
_STRING_ATTRS = frozenset({"TAG", "LOWER", "DEP"})

#: a test of one token: (attribute name, kind, value) with kind "==", "in", "not in", "regex"
Test = tuple[str, str, Any]


class UnsupportedPattern(ValueError):
    """A ruler pattern this module does not reproduce exactly: keep the model's ruler."""


def _tests(spec: dict[str, Any], strings: Any) -> list[Test]:
    """The tests of one token pattern, strings turned into the hashes the arrays hold."""
    tests: list[Test] = []
    for attr, value in spec.items():
        if attr not in _COLUMNS:
            raise UnsupportedPattern(attr)
        if attr == "IS_SPACE":
            if not isinstance(value, bool):
                raise UnsupportedPattern(f"{attr}: {value!r}")
            tests.append((attr, "==", np.uint64(int(value))))
        elif isinstance(value, str):
            tests.append((attr, "==", np.uint64(strings.add(value))))
        elif isinstance(value, dict) and len(value) == 1:
            ((op, arg),) = value.items()
            if op in ("IN", "NOT_IN") and isinstance(arg, list):
                hashes = np.array([strings.add(a) for a in arg], dtype=np.uint64)
                tests.append((attr, "in" if op == "IN" else "not in", hashes))
            elif op == "REGEX" and isinstance(arg, str):
                tests.append((attr, "regex", re.compile(arg)))
            else:
                raise UnsupportedPattern(f"{attr}: {value!r}")
        else:
            raise UnsupportedPattern(f"{attr}: {value!r}")
    return tests


class IndexedAttributeRuler:
    """The model's attribute ruler, its matches found over attribute arrays.

    Every pattern of the ruler is a fixed sequence of token tests (no
    quantifiers), so its matches are exactly the positions where each test holds
    at its offset: a boolean array per test, shifted and combined. Matches are
    then sorted and applied as :meth:`AttributeRuler.match` and
    ``set_annotations`` do (by rule number, later rules overriding).
    """

    def __init__(self, ruler: Any) -> None:
        self.ruler = ruler
        strings = ruler.vocab.strings
        #: (rule number, match key hash, pattern: a list of token tests)
        self.patterns: list[tuple[int, int, list[list[Test]]]] = []
        for number, entry in enumerate(ruler.patterns):
            key = strings.add(str(number))
            for pattern in entry["patterns"]:
                if not pattern:
                    raise UnsupportedPattern("empty pattern")
                self.patterns.append((number, key, [_tests(spec, strings) for spec in pattern]))
        self.columns = sorted({a for _n, _k, p in self.patterns for s in p for a, _o, _v in s})
        #: per pattern, its exact tests as (offset, attribute, value): where one of them
        #: holds is where the pattern may match (none: try every position)
        self.anchors: list[list[tuple[int, str, int]]] = [
            [
                (offset, attr, int(value))
                for offset, tests in enumerate(pattern)
                for attr, kind, value in tests
                if kind == "=="
            ]
            for _n, _k, pattern in self.patterns
        ]
        #: the same tests over plain ints, for the few positions an exact test leaves
        self.checks: list[list[tuple[int, str, str, Any]]] = [
            [
                (offset, attr, kind, _plain(kind, value))
                for offset, tests in enumerate(pattern)
                for attr, kind, value in tests
            ]
            for _n, _k, pattern in self.patterns
        ]

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """What the model's ruler's ``match(doc)`` returns for ``doc``.

        A pattern with an exact test (all but a few) is tried only where its rarest
        exact test holds, found in a per-document index of each attribute's positions
        by value, and its tests are checked there one position at a time: most of the
        ~180 patterns name a tag and a word the document has a few times or not at
        all, and comparing whole columns for each cost more than the rest of the ruler.
        """
        n = len(doc)
        if not n:
            return []
        array = doc.to_array([_COLUMNS[c] for c in self.columns])
        if array.ndim == 1:
            array = array.reshape((n, 1))
        columns = {c: array[:, i] for i, c in enumerate(self.columns)}
        plain = {c: column.tolist() for c, column in columns.items()}
        where: dict[str, dict[int, list[int]]] = {}
        strings = doc.vocab.strings
        found: set[tuple[int, int, int, int]] = set()
        for (number, key, pattern), anchors, checks in zip(
            self.patterns, self.anchors, self.checks, strict=True
        ):
            length = len(pattern)
            if length > n:
                continue
            if not anchors:
                hits = np.ones(n - length + 1, dtype=bool)
                for offset, tests in enumerate(pattern):
                    for attr, kind, value in tests:
                        column = columns[attr][offset : offset + n - length + 1]
                        hits &= _holds(column, kind, value, strings)
                        if not hits.any():
                            break
                found.update((number, key, int(s), int(s) + length) for s in np.flatnonzero(hits))
                continue
            rarest: list[int] | None = None
            at = 0
            for offset, attr, value in anchors:
                index = where.get(attr)
                if index is None:
                    index = where[attr] = {}
                    for i, h in enumerate(plain[attr]):
                        index.setdefault(h, []).append(i)
                positions = index.get(value, [])
                if rarest is None or len(positions) < len(rarest):
                    rarest, at = positions, offset
                    if not positions:
                        break
            if len(checks) == 1:  # the exact test is the whole pattern: each position holds
                found.update((number, key, i, i + 1) for i in rarest or ())
                continue
            for i in rarest or ():
                s = i - at
                if 0 <= s <= n - length and all(
                    _holds_at(plain[attr][s + offset], kind, value, strings)
                    for offset, attr, kind, value in checks
                ):
                    found.add((number, key, s, s + length))
        return sorted(found)

    def __call__(self, doc: Doc) -> Doc:
        self.ruler.set_annotations(doc, self.match(doc))
        return doc


def _plain(kind: str, value: Any) -> Any:
    """A test's value as :func:`_holds_at` reads it: ints for hashes, sets for lists."""
    if kind == "==":
        return int(value)
    if kind in ("in", "not in"):
        return frozenset(int(v) for v in value)
    return value


def _holds_at(cell: int, kind: str, value: Any, strings: Any) -> bool:
    """Whether a test holds at one token: :func:`_holds` for one cell."""
    if kind == "==":
        return bool(cell == value)
    if kind == "in":
        return cell in value
    if kind == "not in":
        return cell not in value
    return value.search(strings[cell]) is not None


def _holds(column: np.ndarray, kind: str, value: Any, strings: Any) -> np.ndarray:
    """Where a test holds over one attribute column (hashes; 0/1 for a flag)."""
    if kind == "==":
        return column == value
    if kind == "in":
        return np.isin(column, value)
    if kind == "not in":
        return ~np.isin(column, value)
    # "regex": spaCy's REGEX predicate is re.search over the attribute's string
    matching = [h for h in np.unique(column) if value.search(strings[int(h)])]
    return np.isin(column, np.array(matching, dtype=np.uint64))


class CachedLemmatizer:
    """The model's rule lemmatizer, run once per distinct (form, tag, morphology)."""

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.cache: dict[tuple[int, int, int], int] = {}
        self.validated = False
        # ``rule_lemmatize`` asks ``form in index`` of word lists (57,528 nouns): a
        # frozenset of the same words answers the same, without the linear scan; the
        # table is the one this pipeline loaded, used for nothing else
        index = lemmatizer.lookups.get_table("lemma_index", None)
        if index is not None:
            for pos in list(index):
                index[pos] = frozenset(index[pos])

    def __call__(self, doc: Doc) -> Doc:
        if not self.validated:  # the model's own call checks its tables once
            self.validated = True
            return self.lemmatizer(doc)
        if not len(doc):
            return doc
        array = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = array[:, 3].copy()
        cache = self.cache
        add = doc.vocab.strings.add
        lemmatize: Callable[[Any], list[str]] = self.lemmatizer.lemmatize
        for i, (orth, pos, morph, lemma) in enumerate(array.tolist()):
            if lemma:  # set before (the attribute ruler's exceptions): kept, as spaCy does
                continue
            key = (orth, pos, morph)
            found = cache.get(key)
            if found is None:
                found = cache[key] = add(lemmatize(doc[i])[0])
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas)
        return doc


@Language.factory("dossier_attribute_ruler", default_config={"source": "model_attribute_ruler"})
def _make_attribute_ruler(nlp: Language, name: str, source: str) -> IndexedAttributeRuler:
    return IndexedAttributeRuler(nlp.get_pipe(source))


@Language.factory("dossier_lemmatizer", default_config={"source": "model_lemmatizer"})
def _make_lemmatizer(nlp: Language, name: str, source: str) -> CachedLemmatizer:
    return CachedLemmatizer(nlp.get_pipe(source))


def _replace(nlp: Language, name: str, factory: str) -> None:
    """Run ``factory``'s stand-in instead of the component ``name``, which stays in
    the pipeline, disabled, for the stand-in to read its rules from."""
    source = f"model_{name}"
    nlp.rename_pipe(name, source)
    nlp.add_pipe(factory, name=name, after=source, config={"source": source})
    nlp.disable_pipe(source)


def _supported_ruler(ruler: Any) -> bool:
    try:
        IndexedAttributeRuler(ruler)
    except UnsupportedPattern:
        return False
    return True


def _supported_lemmatizer(lemmatizer: Any) -> bool:
    return getattr(lemmatizer, "mode", None) == "rule" and not getattr(
        lemmatizer, "overwrite", True
    )


def speed_up(nlp: Language, names: Sequence[str] = ("attribute_ruler", "lemmatizer")) -> Language:
    """``nlp`` with its attribute ruler and rule lemmatizer run by the stand-ins
    above, where they reproduce them; any other component, or one configured
    otherwise, is left as it is."""
    for name in names:
        if name not in nlp.pipe_names:
            continue
        component = nlp.get_pipe(name)
        kind = type(component).__name__
        if kind == "AttributeRuler" and _supported_ruler(component):
            _replace(nlp, name, "dossier_attribute_ruler")
        elif kind in ("Lemmatizer", "EnglishLemmatizer") and _supported_lemmatizer(component):
            _replace(nlp, name, "dossier_lemmatizer")
    return nlp


def paragraph_starts(doc: Doc) -> Doc:
    """Mark the first token after a paragraph break as a sentence start, before the parser
    runs (the parser keeps boundaries set before it).

    Why: the small model's parser reads across a blank line, so an article's subheading
    ("Explosions in Kharan", "Bannu attack", "Call for investigations") runs into the first
    sentence under it -- in about one article of each of the archive's news reports -- and the
    sentence is parsed as the heading's continuation ("Explosions in Kharan Powerful
    explosions rocked Kharan town": the explosions became the object of "in", the blast
    was lost). A paragraph break ends a sentence in news text; a heading is a line of its own.
    """
    for token in doc[:-1]:
        if token.is_space and "\n\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


@Language.component("dossier_paragraphs")
def _paragraphs(doc: Doc) -> Doc:
    return paragraph_starts(doc)


#: abbreviated ranks and titles that stand before a name and so never end a sentence ("Lt.
#: Col. Ahmed", "Insp. Ali Raza", "Dr. Khan"); spaCy's tokenizer keeps some whole ("Dr.",
#: "Gen.") and splits others ("Lt" "."), so both forms are read
TITLE_ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen lt col maj capt brig sgt insp supt prof gov sen rep adm cdr cpl "
    "hon rev".split()
)
#: a token that may end a sentence (the previous sentence's last token before a new one)
_SENTENCE_END = frozenset(".!?…:;")
#: closing quotes and brackets: they close what came before them, never open a sentence
_CLOSERS = frozenset(")]}”’\"'»")


def _ends_title(doc: Doc, i: int) -> bool:
    """Whether the token before ``i`` closes an abbreviated title ("Dr." or "Lt" ".")."""
    before = doc[i - 1]
    if before.text.endswith(".") and before.text[:-1].lower() in TITLE_ABBREVIATIONS:
        return True
    return (
        before.text == "."
        and i >= 2
        and not doc[i - 2].whitespace_
        and doc[i - 2].lower_ in TITLE_ABBREVIATIONS
    )


def continuation_starts(doc: Doc) -> Doc:
    """Mark tokens that cannot open a sentence as inside one, before the parser runs.

    Why: the small model's parser sometimes cuts a sentence where nothing ends it, and every
    event is anchored in one sentence, so a cut loses its actor, target, place or date. In
    running text (no line break between two tokens) a sentence does not open
        * with a lower-case word ("“No more war!” | the pope said", "President Trump | and I
          are working") or a closing quote or bracket ("Go for it! | ” said Zahiro");
        * after a word that is not sentence-final punctuation, a closing quote or bracket
          ("Noshki DC Amjad Ali and Musakhel DC | Juma Dad were present");
        * after an abbreviated title that stands before a name ("Insp. | Ali Raza said").
    A line break keeps its own decision (the parser's, or :func:`paragraph_starts`'s), so
    headings, list items and datelines on lines of their own are unaffected.
    """
    previous = None  # the last non-space token
    for token in doc:
        if token.is_space:
            if "\n" in token.text:
                previous = None
            continue
        if previous is not None and "\n" not in previous.whitespace_:
            text = token.text
            if (
                text[:1].islower()
                or text in _CLOSERS
                or previous.text[-1:] not in _SENTENCE_END | _CLOSERS
                or _ends_title(doc, token.i)
            ):
                token.is_sent_start = False
        previous = token
    return doc


@Language.component("dossier_continuations")
def _continuations(doc: Doc) -> Doc:
    return continuation_starts(doc)


def break_paragraphs(nlp: Language) -> Language:
    """``nlp`` with :func:`paragraph_starts` and :func:`continuation_starts` run before its
    parser (unchanged without one)."""
    if "parser" in nlp.pipe_names and "dossier_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("dossier_paragraphs", before="parser")
    if "parser" in nlp.pipe_names and "dossier_continuations" not in nlp.pipe_names:
        nlp.add_pipe("dossier_continuations", before="parser")
    return nlp
