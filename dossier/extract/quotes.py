"""Direct quotes and paraphrases with their speakers.

News copy marks direct speech inconsistently: straight and curly marks mixed in one
sentence (``"neighboring country”``), a closing mark used to open (``He said:” He is …``),
quotes left open at the end of a paragraph because the quotation carries on in the next
one. A library that pairs marks over a whole article (textacy's ``direct_quotations``)
gives up on such text, so marks are paired here per paragraph by what flanks them, and
an open quote simply ends with its paragraph.

A quoted stretch is *direct speech* when an attribution is attached to it (``“…,” X
said``, ``X said: “…”``, ``“…,” said X, a …``) or when it stands as whole sentences of a
paragraph, which journalists use to continue the speaker of the previous quote. Short
quoted words inside a sentence (scare quotes, partial quotes) are not claims of their
own; the sentence around them may be a paraphrase.

A *paraphrase* is reported speech found in the parse: a speech verb with a clausal
complement (``X said (that) …``, ``…, X said``, ``X told the Senate that …``) or
``according to X``.

Speakers are character spans of the name that speaks: the entity mention covering the
subject, or the subject's noun phrase ("PM's office", "experts") when no mention does.
A pronoun ("he said") is resolved to the most salient person before it (see
:func:`_resolve_person`), because an analyst needs a name, not "he".
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from dossier.extract.registry import doc_text
from dossier.records import ClaimMention, Mention, Span

if TYPE_CHECKING:  # annotations only: kb.claims reads this module's vocabulary without spaCy
    from spacy.tokens import Doc, Token

#: marks that only open, only close, or may do either (decided by what flanks them)
OPEN_MARKS = "“„«"
CLOSE_MARKS = "”»"
EITHER_MARKS = '"'
QUOTE_MARKS = OPEN_MARKS + CLOSE_MARKS + EITHER_MARKS
#: a quote mark as written, including the doubled apostrophes and backticks of wire and
#: archive text (``''makes me smart,''`` in NYT copy)
MARK = re.compile(r"``|''|[" + QUOTE_MARKS + "]")

#: characters after which a mark opens a quote (besides whitespace); ":" covers `said:”`
_OPEN_LEFT = "([{—–-:/" + OPEN_MARKS
#: characters before which a mark closes a quote (besides whitespace)
_CLOSE_RIGHT = ".,;:!?)]}—–-…'’" + CLOSE_MARKS

#: lemmas of verbs that introduce speech, direct or reported
SPEECH_VERBS = frozenset(
    """say tell add note stress explain claim insist warn argue state write tweet ask reply
    respond announce declare confirm deny acknowledge admit suggest allege report recall
    continue conclude emphasise emphasize observe remark comment predict urge caution agree
    complain accuse vow pledge promise boast concede assert maintain contend charge reiterate
    underline testify disclose reveal indicate assure demand quip joke exclaim lament""".split()
)
#: speech verbs that also report a claim with a clause; asking, urging and demanding do
#: not assert, and a joke or a lament is said, not reported ("“Why …?” Vitter demanded"
#: attributes the quote; "they demanded that …" is no claim)
REPORT_VERBS = SPEECH_VERBS - frozenset(
    "ask urge continue reply respond demand quip joke exclaim lament".split()
)
#: participles that carry their head's subject as an attribution ("…, saying that …")
_SPEECH_PARTICIPLES = frozenset("say add tell note claim insist warn explain stress allege".split())
#: verbs of belief and finding: attributions when they take a clause ("experts believe
#: that …"), never cues of direct speech
BELIEF_VERBS = frozenset("believe think estimate expect fear find show learn".split())
#: the cue of a paraphrase, built once (it is tested against every token of a document)
_PARAPHRASE_VERBS = REPORT_VERBS | BELIEF_VERBS

PERSON_PRONOUNS = frozenset({"he", "she"})
GROUP_PRONOUNS = frozenset({"it", "they"})
#: labels of mentions that can speak, in order of preference when several cover a word
SPEAKER_LABELS = ("PERSON", "ORG", "DESC", "GPE", "NORP", "FAC", "LOC", "EVENT", "LAW")
#: labels of mentions a claim can be about when nothing better ties it
SUBJECT_FALLBACK_LABELS = frozenset({"ORG", "DESC"})
#: head nouns whose "of" phrase names the speakers ("a number of officials")
PARTITIVES = frozenset(
    "number group some many most several couple dozen host majority one two three".split()
)
#: modifiers kept when a speaker is a plain noun phrase ("intelligence official")
_NP_LEFT_DEPS = frozenset({"compound", "amod", "nmod", "poss", "case", "nummod", "quantmod"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
#: how many sentences back a pronoun may find its person
PRONOUN_LOOKBACK = 12
#: fewest words a quote needs to stand on its own without an attribution
STANDALONE_WORDS = 4
#: a paraphrase whose clause is mostly a direct quote is that quote, not a second claim
QUOTE_OVERLAP = 0.5
#: a quote of at most this many capitalised words without a full stop is a title
TITLE_WORDS = 8
_TITLE_SMALL = frozenset("a an the of in on and or for to at by with from".split())
_RELATIVES = frozenset("which who whom whose that".split())
#: how far after a closing mark an attribution's verb may be ("“…,” X, a …, said")
AFTER_WINDOW = 40


@dataclass(frozen=True, slots=True)
class Quoted:
    """A stretch of text between quote marks.

    ``open``/``close`` are the offsets of the marks (``close`` is None when the
    paragraph ended first); ``start``/``end`` bound the content without the marks,
    surrounding spaces or a trailing comma, so ``text[start:end]`` is what was said.
    """

    open: int
    close: int | None
    start: int
    end: int
    paragraph: int  # offset where the quote's paragraph starts


@dataclass(frozen=True, slots=True)
class _Speaker:
    """Who speaks: a span, or a pronoun still to resolve, and an optional role."""

    span: Span | None = None
    pronoun: Token | None = None
    role: str | None = None


@dataclass(frozen=True, slots=True)
class _Draft:
    """A claim before pronouns and continued quotes are resolved in document order."""

    kind: str
    start: int
    end: int
    cue: str | None
    speaker: _Speaker
    subject: Span | None
    quote: Quoted | None = None
    continues: bool = False  # no attribution: the speaker of the quote around it


@dataclass(frozen=True, slots=True)
class _Context:
    """The parse and what every step looks up in it."""

    doc: Doc
    text: str  # ``doc.text``, which spaCy rebuilds from the tokens on every access
    mentions: Sequence[Mention]
    sentence_starts: Sequence[int]
    quoted: Sequence[Quoted]
    paragraph_starts: Sequence[int]
    token_starts: Sequence[int]
    #: last names of the people named in full ("Loretta E. Lynch" gives "Lynch")
    surnames: frozenset[str] = frozenset()
    #: the sex the document itself gives a person, by last name ("clinton": "f"), so
    #: that "she said" never resolves to a man (:func:`_sexes`)
    sexes: Mapping[str, str] = field(default_factory=dict)
    #: the name key of the first mention at each span, made from ``mentions`` once: a
    #: pronoun's every candidate asks for its key (:func:`_fits`)
    keys: Mapping[Span, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        keys: dict[Span, str] = {}
        for m in self.mentions:
            keys.setdefault((m.start, m.end), m.key)
        object.__setattr__(self, "keys", keys)  # frozen: set once, as it is built

    def sentence_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, char) - 1)

    def paragraph_of(self, char: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, char)

    def paragraph_start(self, char: int) -> int:
        index = self.paragraph_of(char) - 1
        return self.paragraph_starts[index] if index >= 0 else 0

    def in_quote(self, char: int) -> bool:
        return any(q.start <= char < q.end for q in self.quoted)

    def mentions_at(self, token: Token) -> list[Mention]:
        """Mentions covering ``token``, best speaker label first, then longest."""
        found = [m for m in self.mentions if m.start <= token.idx < m.end]
        rank = {label: i for i, label in enumerate(SPEAKER_LABELS)}
        return sorted(found, key=lambda m: (rank.get(m.label, 99), m.start - m.end))


# --- quote marks ------------------------------------------------------------------------


def _paragraphs(text: str) -> Iterable[tuple[int, int]]:
    """Lines of ``text``: a quote never runs over a line break unclosed."""
    start = 0
    for line in text.split("\n"):
        yield start, start + len(line)
        start += len(line) + 1


def _flanks(text: str, i: int, width: int, lo: int, hi: int) -> tuple[bool, bool]:
    """Whether the mark at ``i`` can open and whether it can close, from its neighbours."""
    left = text[i - 1] if i > lo else " "
    right = text[i + width] if i + width < hi else " "
    can_open = (left.isspace() or left in _OPEN_LEFT) and not right.isspace()
    can_close = (right.isspace() or right in _CLOSE_RIGHT) and not left.isspace()
    return can_open, can_close


def _after_colon(text: str, i: int, lo: int) -> bool:
    """`said:”` and `said: ”`: a mark after a colon opens whatever its shape."""
    j = i - 1
    while j >= lo and text[j] == " ":
        j -= 1
    return j >= lo and text[j] == ":"


def _kind(mark: str) -> str:
    """ "open", "close" or "either" for a mark as written."""
    if mark in OPEN_MARKS or mark == "``":
        return "open"
    return "close" if mark in CLOSE_MARKS else "either"


def _opens(text: str, mark: re.Match[str], lo: int, hi: int) -> bool:
    """Outside a quote: does ``mark`` open one (else it is a stray closer)?"""
    i, width = mark.start(), len(mark.group())
    can_open, can_close = _flanks(text, i, width, lo, hi)
    kind = _kind(mark.group())
    if kind == "open" or _after_colon(text, i, lo):
        return True
    if kind == "either":
        return can_open or not can_close
    return can_open and not can_close


def _content(text: str, start: int, end: int) -> tuple[int, int]:
    """Content bounds without surrounding spaces and a trailing comma or colon."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def _paragraph_quotes(text: str, lo: int, hi: int) -> list[Quoted]:
    """Pair the marks of one paragraph; an open quote ends with the paragraph."""
    found: list[Quoted] = []
    opened: re.Match[str] | None = None
    for mark in MARK.finditer(text, lo, hi):
        if opened is None:
            if _opens(text, mark, lo, hi):
                opened = mark
            continue
        if _kind(mark.group()) == "open":  # a new quote begins: the last one never closed
            found.append(
                Quoted(opened.start(), None, *_content(text, opened.end(), mark.start()), lo)
            )
            opened = mark
            continue
        found.append(
            Quoted(opened.start(), mark.start(), *_content(text, opened.end(), mark.start()), lo)
        )
        opened = None
    if opened is not None:
        found.append(Quoted(opened.start(), None, *_content(text, opened.end(), hi), lo))
    return [q for q in found if q.end > q.start]


def find_quoted(text: str) -> list[Quoted]:
    """Every quoted stretch of ``text``, straight, curly or mixed marks alike."""
    return [q for lo, hi in _paragraphs(text) for q in _paragraph_quotes(text, lo, hi)]


# --- speakers ---------------------------------------------------------------------------


def _char_span(tokens: Sequence[Token]) -> Span:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _strip(text: str, start: int, end: int, chars: str = ",;:") -> tuple[int, int]:
    """Bounds without surrounding whitespace and the given trailing punctuation."""
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in chars):
        end -= 1
    return start, end


def _subtree_text(token: Token) -> str:
    """A phrase's text without the punctuation around it ("a scholar who …")."""
    return token.doc[token.left_edge.i : token.right_edge.i + 1].text.strip(" \n,;:.")


def _noun_phrase(token: Token) -> Span:
    """The speaker's noun phrase up to its head, without determiners or clauses.

    "An intelligence official who declined to be named" gives "intelligence official";
    "a number of Pakistani intelligence officials" keeps its "of" phrase.
    """
    left = token
    for child in token.lefts:
        if child.dep_ in _NP_LEFT_DEPS:
            left = min(left, child.left_edge, key=lambda t: t.i)
    tokens = list(token.doc[left.i : token.i + 1])
    while len(tokens) > 1 and tokens[0].lower_ in _DETERMINERS:
        tokens = tokens[1:]
    if token.lemma_.lower() in PARTITIVES:
        for prep in token.rights:
            if prep.lower_ == "of" and prep.dep_ == "prep":
                tokens = list(token.doc[tokens[0].i : prep.right_edge.i + 1])
    return _char_span(tokens)


def _describes(child: Token, exclude: Span | None) -> bool:
    """An apposition or relative clause that says who someone is.

    A parenthesised acronym ("Counter-Terrorism Department (CTD)") and the name
    itself are appositions too, but not descriptions.
    """
    if exclude and exclude[0] <= child.idx < exclude[1]:
        return False
    if child.dep_ == "relcl":
        return child.left_edge.i > 0 and child.doc[child.left_edge.i - 1].text == ","
    if child.dep_ != "appos":
        return False
    before = child.doc[child.left_edge.i - 1] if child.left_edge.i > 0 else None
    if before is not None and before.text == "(":
        return False
    return any(t.pos_ in {"NOUN", "ADJ"} for t in child.subtree)


def _role_of(token: Token, exclude: Span | None = None) -> str | None:
    """The apposition (or, failing one, the relative clause) describing ``token``."""
    children = [c for c in token.children if _describes(c, exclude)]
    children.sort(key=lambda c: (c.dep_ != "appos", c.i))
    return _subtree_text(children[0]) if children else None


def _title_before(mention: Mention, head: Token) -> str | None:
    """Words of the subject before the name: "Interior Minister", "spokesman"."""
    doc = head.doc
    words = [
        t
        for t in doc[head.left_edge.i : head.i + 1]
        if t.idx < mention.start and t.dep_ in {"compound", "amod", "nmod"}
    ]
    if not words:
        return None
    return doc[words[0].i : words[-1].i + 1].text


def _mention_speaker(mention: Mention, head: Token) -> _Speaker:
    """A named speaker with the apposition or title that says who they are."""
    span = (mention.start, mention.end)
    role = _role_of(head, span) or _title_before(mention, head)
    return _Speaker(span=span, role=role)


def _named_in_apposition(token: Token, ctx: _Context) -> _Speaker | None:
    """`then head of the army's media wing, Major General X, said`: X speaks.

    The description before the name becomes the role.
    """
    for child in token.children:
        named = [m for m in ctx.mentions_at(child) if m.label == "PERSON"]
        if named and child.dep_ in {"appos", "compound", "nmod"}:
            end = child.left_edge.idx if child.dep_ == "appos" else named[0].start
            start, end = _strip(ctx.text, token.left_edge.idx, end)
            return _Speaker(span=(named[0].start, named[0].end), role=ctx.text[start:end] or None)
    return None


def speaker_of(token: Token, ctx: _Context) -> _Speaker:
    """The speaker a subject token stands for: a mention, a pronoun, or a noun phrase."""
    if token.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS:
        return _Speaker(pronoun=token)
    if token.pos_ == "PRON":
        return _Speaker()
    covering = ctx.mentions_at(token)
    if covering:
        return _mention_speaker(covering[0], token)
    named = _named_in_apposition(token, ctx)
    if named is not None:
        return named
    return _Speaker(span=_noun_phrase(token), role=_role_of(token))


def subject_token(verb: Token) -> Token | None:
    """The grammatical subject of a speech verb, inherited along a chain of verbs.

    "confirmed … but said Pakistan …" and "…, saying the suspect …" take the subject
    of the verb they hang from; a relative "who" stands for the noun it modifies.
    """
    current: Token | None = verb
    for _ in range(4):
        if current is None:
            return None
        subjects = [c for c in current.children if c.dep_ == "nsubj"]
        if subjects:
            subject = subjects[0]
            if subject.tag_ in {"WP", "WDT"} and current.dep_ == "relcl":
                return current.head
            return subject
        if current.dep_ not in {"conj", "advcl", "xcomp"} or current.head.i == current.i:
            return None
        if current.dep_ == "advcl" and current.lemma_.lower() not in _SPEECH_PARTICIPLES:
            return None
        current = current.head
    return None


def _is_cue(token: Token, verbs: frozenset[str] = SPEECH_VERBS) -> bool:
    return token.pos_ == "VERB" and token.lemma_.lower() in verbs


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


# --- attributions of quotes -------------------------------------------------------------


def _token_at(ctx: _Context, char: int) -> Token | None:
    """The first token that starts at or after ``char``."""
    index = bisect.bisect_left(ctx.token_starts, char)
    return ctx.doc[index] if index < len(ctx.doc) else None


def _token_before(ctx: _Context, char: int) -> Token | None:
    """The last token that ends at or before ``char``."""
    index = bisect.bisect_right(ctx.token_starts, char) - 1
    while index >= 0 and ctx.doc[index].idx + len(ctx.doc[index].text) > char:
        index -= 1
    return ctx.doc[index] if index >= 0 else None


def _attribution_after(quote: Quoted, ctx: _Context) -> tuple[Token, _Speaker] | None:
    """`“…,” X said` / `“…,” said X, a …` / `“…,” according to X`.

    The first word after the closing mark (punctuation skipped) must belong to the
    attribution: the speech verb itself, its subject, or a word modifying the verb.
    """
    if quote.close is None:
        return None
    first = _token_at(ctx, quote.close + 1)
    while first is not None and first.is_punct and first.i + 1 < len(ctx.doc):
        first = ctx.doc[first.i + 1]
    if first is None or first.is_punct or first.idx - quote.close > 4:
        return None
    if first.lower_ == "according" and first.i + 1 < len(ctx.doc):
        return _according_speaker(first, ctx)
    sentence = first.sent
    for verb in ctx.doc[first.i : min(sentence.end, first.i + AFTER_WINDOW)]:
        if ctx.in_quote(verb.idx) or MARK.match(verb.text):
            break
        if not _is_cue(verb):
            continue
        if verb.tag_ == "VBG":  # "”, suggesting …" comments on the quote, does not cite it
            return None
        subject = subject_token(verb)
        if subject is not None and ctx.in_quote(subject.idx):
            subject = None
        if first == verb or (subject is not None and subject.left_edge.i <= first.i <= verb.i):
            return verb, _inverted_or(subject, verb, ctx)
        if first.head == verb and first.i < verb.i:  # "also said", "then added"
            return verb, _inverted_or(subject, verb, ctx)
        named = ctx.mentions_at(first)
        if subject is None and named:  # parse lost the subject of `“…,” Khan said`
            return verb, _mention_speaker(named[0], first)
        return None
    return None


def _inverted_or(subject: Token | None, verb: Token, ctx: _Context) -> _Speaker:
    """The subject's speaker, or for `said X` a mention right after the verb."""
    if subject is not None:
        return speaker_of(subject, ctx)
    following = ctx.doc[verb.i + 1] if verb.i + 1 < len(ctx.doc) else None
    if following is not None:
        named = ctx.mentions_at(following)
        if named:
            return _mention_speaker(named[0], following)
    return _Speaker()


def _according_speaker(according: Token, ctx: _Context) -> tuple[Token, _Speaker] | None:
    """`according to X`: the speaker is the object of "to"."""
    if according.i + 1 >= len(ctx.doc):
        return None
    to = ctx.doc[according.i + 1]
    if to.lower_ != "to":
        return None
    objects = [c for c in to.children if c.dep_ == "pobj"] or [
        c for c in according.subtree if c.dep_ == "pobj"
    ]
    if not objects:
        return None
    return according, speaker_of(objects[0], ctx)


def _attribution_before(quote: Quoted, ctx: _Context) -> tuple[Token, _Speaker] | None:
    """`X said: “…”`, `X said, “…`, `X told reporters that “…`.

    The word before the opening mark (a colon or comma skipped) must be the speech
    verb or lie in its phrase, found by walking up the parse from that word.
    """
    before = _token_before(ctx, quote.open)
    if before is None or before.idx < quote.paragraph:
        return None
    if before.text in {":", ","}:
        before = ctx.doc[before.i - 1] if before.i > 0 else None
    elif before.lower_ == "that":  # `X said that “…”`
        before = ctx.doc[before.i - 1] if before.i > 0 else None
    elif not _is_cue(before):
        return None
    current = before
    for _ in range(4):
        if current is None or ctx.in_quote(current.idx):
            return None
        if current.lower_ == "according":  # "According to X, “…”"
            return _according_speaker(current, ctx)
        if _is_cue(current) and not _negated(current):
            subject = subject_token(current)
            if subject is not None and ctx.in_quote(subject.idx):
                subject = None
            return current, _inverted_or(subject, current, ctx)
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _standalone(quote: Quoted, ctx: _Context) -> bool:
    """A quote that forms whole sentences: it opens a paragraph or follows a full stop."""
    lead = ctx.text[quote.paragraph : quote.open].rstrip()
    if lead and lead[-1] not in ".!?" + QUOTE_MARKS:
        return False
    return len(ctx.text[quote.start : quote.end].split()) >= STANDALONE_WORDS


def _is_title(quote: Quoted, ctx: _Context) -> bool:
    """A quoted name of a show, paper or book ("“The Steve Harvey Morning Show,” she said")."""
    words = ctx.text[quote.start : quote.end].split()
    return (
        len(words) <= TITLE_WORDS
        and ctx.text[quote.end - 1] not in ".!?"
        and all(w[0].isupper() or w.lower() in _TITLE_SMALL for w in words)
    )


def _quote_draft(quote: Quoted, ctx: _Context) -> _Draft | None:
    """A direct quote with its attribution, or None for a quoted fragment or title."""
    if _is_title(quote, ctx):
        return None
    found = _attribution_after(quote, ctx) or _attribution_before(quote, ctx)
    if found is not None:
        cue_token, speaker = found
        cue = "according to" if cue_token.lower_ == "according" else cue_token.lemma_.lower()
        subject = claim_subject(cue_token, quote.start, quote.end, speaker.span, ctx)
        return _Draft("quote", quote.start, quote.end, cue, speaker, subject, quote)
    if not _standalone(quote, ctx):
        return None
    subject = claim_subject(None, quote.start, quote.end, None, ctx)
    signed = _signature(quote, ctx)
    if signed is not None:
        return _Draft("quote", quote.start, quote.end, None, signed, subject, quote)
    return _Draft("quote", quote.start, quote.end, None, _Speaker(), subject, quote, True)


#: a dash that signs a quote with its speaker's name ("“…” ― Esther Tapia"); any blank
#: but a line break around it, the no-break space of web copy included
_SIGNATURE = re.compile(r"[^\S\n]*[―—–-]{1,2}[^\S\n]*")
#: a signature the NER did not tag: capitalised words and initials filling the rest of
#: the line ("― Jacklyn Ashley", "― Oscar P. Quintero.")
_SIGNED_NAME = re.compile(r"[A-Z][\w'’.-]*(?:[^\S\n]+[A-Z][\w'’.-]*){0,4}(?=[.]?[^\S\n]*(?:\n|$))")


def _signature(quote: Quoted, ctx: _Context) -> _Speaker | None:
    """`“…” ― Name`: the name after a dash that follows the closing mark.

    Readers' comments and pull quotes are signed this way, often with names the NER
    misses; the signature line holding nothing but the name is evidence enough, so
    such a name speaks as written (a speaker with no entity).
    """
    if quote.close is None:
        return None
    dash = _SIGNATURE.match(ctx.text, quote.close + 1)
    if dash is None:
        return None
    token = _token_at(ctx, dash.end())
    named = ctx.mentions_at(token) if token is not None and token.idx == dash.end() else []
    if named and named[0].label in {"PERSON", "ORG"}:
        return _mention_speaker(named[0], token) if token is not None else None
    written = _SIGNED_NAME.match(ctx.text, dash.end())
    if written is None:
        return None
    start, end = _strip(ctx.text, written.start(), written.end(), ",;:.")
    return _Speaker(span=(start, end))


# --- paraphrases ------------------------------------------------------------------------


#: trailing words and marks that never end a reported clause
_TRAILING = ",;:—–-"


def _balance(text: str, start: int, end: int) -> int:
    """Extend ``end`` over a closing mark just after it when the content opened one."""
    inside = text[start:end]
    opened = sum(inside.count(m) for m in OPEN_MARKS)
    closed = sum(inside.count(m) for m in CLOSE_MARKS)
    straight = inside.count(EITHER_MARKS)
    tail = text[end : end + 3]
    for i, ch in enumerate(tail):
        if ch in QUOTE_MARKS and (opened > closed or straight % 2):
            return end + i + 1
        if ch not in ".,!? ":
            break
    return end


def _clause_bounds(clause: Token, verb: Token, ctx: _Context) -> tuple[int, int] | None:
    """A complement clause's span inside its paragraph, without "that" or trailing marks.

    The parser sometimes runs a sentence over a line break (bullets before a
    dateline); only the part in the clause head's own paragraph is kept, and a
    dateline that opens the paragraph ("MARDAN: The Brigade remains a threat,
    experts said", now that a paragraph break starts a sentence) is no part of
    what was said.
    """
    paragraph = ctx.paragraph_of(clause.idx)
    tokens = [t for t in clause.subtree if ctx.paragraph_of(t.idx) == paragraph]
    if clause.i > verb.i:  # "said (that) …, implicitly putting …": the rest is comment
        tokens = _before_comment(tokens)
    while tokens and (tokens[0].dep_ == "mark" or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and (tokens[-1].dep_ == "cc" or tokens[-1].text in _TRAILING):
        tokens = tokens[:-1]
    if not tokens:
        return None
    start, end = _strip(ctx.text, *_char_span(tokens), _TRAILING)
    dateline = _DATELINE.match(ctx.text, start) if start == ctx.paragraph_start(start) else None
    if dateline and dateline.end() < end:
        start = dateline.end()
    return start, _balance(ctx.text, start, end)


def _before_comment(tokens: list[Token]) -> list[Token]:
    """Cut the reporter's comment off a reported clause: "…, implicitly putting …"."""
    for k in range(1, len(tokens)):
        token = tokens[k]
        if tokens[k - 1].text == "," and token.dep_ in {"advcl", "advmod"}:
            participle = token if token.tag_ == "VBG" else token.head
            if participle.tag_ == "VBG" and participle.dep_ == "advcl":
                return tokens[: k - 1]
    return tokens


#: a dateline before the first sentence ("MARDAN: ", "QUETTA -- ")
_DATELINE = re.compile(r"[A-Z][A-Z .'-]+(?::|\s--|\s—)\s+")


def _clause_before(verb: Token, subject: Token, ctx: _Context) -> tuple[int, int] | None:
    """`CLAUSE, experts said`: the text before the attribution when the parse lost it.

    Used when the verb has no usable complement but ends its sentence's main clause
    after a comma; the claim runs from the start of the sentence (in its paragraph,
    after a dateline) to that comma.
    """
    comma = subject.left_edge.i - 1
    if comma < 0 or ctx.doc[comma].text != "," or subject.i > verb.i:
        return None
    if any(t.pos_ == "VERB" for t in ctx.doc[subject.right_edge.i + 1 : verb.i]):
        return None
    start = max(verb.sent.start_char, ctx.paragraph_start(verb.idx))
    dateline = _DATELINE.match(ctx.text, start)
    if dateline:
        start = dateline.end()
    end = ctx.doc[comma].idx
    if end <= start or not _has_clause(ctx.doc.char_span(start, end, alignment_mode="expand")):
        return None
    start, end = _strip(ctx.text, start, end, _TRAILING)
    return start, _balance(ctx.text, start, end)


def _has_clause(tokens: Iterable[Token] | None) -> bool:
    """Whether a stretch holds a clause (a subject), not only a phrase ("In one tweet")."""
    return tokens is not None and any(t.dep_ in {"nsubj", "nsubjpass", "expl"} for t in tokens)


def _finite(clause: Token) -> bool:
    """A clause with a tensed verb ("they were …", "Pakistan did not …"), not a phrase."""
    if clause.tag_ in {"VBD", "VBZ", "VBP", "MD"}:
        return True
    return any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "VBZ", "VBP", "MD"}
        for c in clause.children
    )


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _mostly_quoted(start: int, end: int, quotes: Sequence[_Draft]) -> bool:
    """A clause that is mostly a direct quote already found is that quote, not a paraphrase."""
    return any(
        _overlap((start, end), (q.start, q.end)) > QUOTE_OVERLAP * (end - start) for q in quotes
    )


def _paraphrase(verb: Token, ctx: _Context, quotes: Sequence[_Draft]) -> _Draft | None:
    """`X said (that) …`: a speech or belief verb with a tensed clausal complement."""
    if not _is_cue(verb, _PARAPHRASE_VERBS) or _negated(verb):
        return None
    if ctx.in_quote(verb.idx):
        return None
    paragraph = ctx.paragraph_of(verb.idx)
    clauses = [
        c
        for c in verb.children
        if c.dep_ == "ccomp" and _finite(c) and ctx.paragraph_of(c.idx) == paragraph
    ]
    subject = subject_token(verb)
    if subject is None or ctx.in_quote(subject.idx):
        return None
    bounds = (
        _clause_bounds(clauses[0], verb, ctx) if clauses else _clause_before(verb, subject, ctx)
    )
    if bounds is None or bounds[0] <= verb.idx < bounds[1]:  # "what it said was …"
        return None
    start, end = bounds
    if len(ctx.text[start:end].split()) < 3:
        return None
    if _mostly_quoted(start, end, quotes):
        return None
    speaker = speaker_of(subject, ctx)
    if speaker.span is None and speaker.pronoun is None:
        return None
    subject_span = claim_subject(verb, start, end, speaker.span, ctx)
    return _Draft("paraphrase", start, end, verb.lemma_.lower(), speaker, subject_span)


def _according(token: Token, ctx: _Context, quotes: Sequence[_Draft]) -> _Draft | None:
    """`According to X, …` / `…, according to X.`: the rest of the clause is the claim."""
    if token.lower_ != "according" or ctx.in_quote(token.idx) or token.i + 1 >= len(ctx.doc):
        return None
    if _is_cue(token.head) and token.head.i != token.i:  # "X said, according to Y"
        return None
    found = _according_speaker(token, ctx)
    if found is None or (found[1].span is None and found[1].pronoun is None):
        return None
    head = token.head if token.head.i != token.i else token
    phrase = (token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text))
    clause = (head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text))
    if phrase[0] <= clause[0]:
        start, end = _strip(ctx.text, phrase[1], clause[1], _TRAILING + ".")
    elif phrase[1] >= clause[1] - 1:
        start, end = _strip(ctx.text, clause[0], phrase[0], _TRAILING + ".")
    else:
        start, end = _strip(ctx.text, *clause, _TRAILING + ".")
    end = _balance(ctx.text, start, end)
    words = ctx.text[start:end].split()
    if len(words) < 3 or words[0].lower() in _RELATIVES:
        return None
    if _mostly_quoted(start, end, quotes):
        return None
    subject = claim_subject(None, start, end, found[1].span, ctx)
    return _Draft("paraphrase", start, end, "according to", found[1], subject)


# --- what a claim is about --------------------------------------------------------------


def _about(verb: Token | None, ctx: _Context) -> Span | None:
    """`said about the Brigade`: the object of an "about" phrase on the cue."""
    if verb is None:
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in {"about", "regarding", "of"}:
            for obj in prep.children:
                covering = ctx.mentions_at(obj)
                if obj.dep_ == "pobj" and covering:
                    return covering[0].start, covering[0].end
    return None


def _root_subject(start: int, end: int, ctx: _Context) -> Span | None:
    """The named subject of the content's main clause ("Soleimani was the founder …")."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    inside = list(span) if span is not None else []
    roots = [t for t in inside if not (start <= t.head.idx < end) or t.head.i == t.i]
    for root in roots[:1]:
        for child in root.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and child.pos_ != "PRON":
                covering = ctx.mentions_at(child)
                if covering:
                    return covering[0].start, covering[0].end
    return None


def claim_subject(
    verb: Token | None, start: int, end: int, speaker: Span | None, ctx: _Context
) -> Span | None:
    """What a claim is about, when the text makes it clear.

    In order: an "about" phrase on the cue; the named subject of the content's main
    clause; the organisation named most often in the content. None otherwise.
    """
    found = _about(verb, ctx) or _root_subject(start, end, ctx)
    if found is not None and found != speaker:
        return found
    inside = [
        m
        for m in ctx.mentions
        if start <= m.start and m.end <= end and m.label in SUBJECT_FALLBACK_LABELS
    ]
    if not inside:
        return None
    key, _ = Counter(m.key for m in inside).most_common(1)[0]
    first = next(m for m in inside if m.key == key)
    return first.start, first.end


# --- pronouns and continued quotes, in document order -----------------------------------


def _possessive(mention: Mention, ctx: _Context) -> bool:
    return ctx.text[mention.end : mention.end + 2] in {"'s", "’s"} or ctx.text[
        mention.end : mention.end + 1
    ] in {"'", "’"}


#: verbs whose object or "to"-object is who was spoken to: "told Dawn", "talking to
#: reporters" -- a listener, never the "he" of a later "he said"
_LISTENER_VERBS = frozenset("tell talk speak say explain".split())


def _listener(mention: Mention, ctx: _Context) -> bool:
    """The mention is who was spoken to ("X told Dawn", "talking to the BBC")."""
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ in {"dobj", "dative"} and root.head.lemma_ in _LISTENER_VERBS:
        return True
    return (
        root.dep_ == "pobj"
        and root.head.lower_ == "to"
        and root.head.head.lemma_ in _LISTENER_VERBS
    )


def _is_subject(mention: Mention, ctx: _Context) -> bool:
    """The mention is a subject, or a name set beside one: "Chairperson of BISP, Senator
    Rubina Khalid, condemned the firing on the convoy of Speaker Chaudhry Latif Akbar. ...
    She added": the name in apposition to the subject is who acted, and the "she" that
    follows is hers, not the last person named. A name the parser hung as a conjunct on a
    subject that is no person (a wire dateline's date it took for the subject) is that
    apposition misread; a name conjoined to another person is one of two, and stays out."""
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    if any(t.dep_ in {"nsubj", "nsubjpass"} for t in span):
        return True
    token = span.root
    while token.head.i != token.i and (
        token.dep_ == "appos" or (token.dep_ == "conj" and token.head.ent_type_ != "PERSON")
    ):
        token = token.head
        if token.dep_ in {"nsubj", "nsubjpass"}:
            return True
    return False


def _personal(mention: Mention, ctx: _Context) -> bool:
    """A person, or a name the NER typed otherwise that is the last name of a person
    named in full in the same document ("Loretta E. Lynch" … "Lynch said", tagged ORG):
    the model often mistypes a bare surname, the document does not."""
    if mention.label == "PERSON":
        return True
    return mention.label in {"ORG", "GPE", "NORP"} and mention.text in ctx.surnames


#: nouns that describe one person: a claim whose speaker is "the prime minister" or "a
#: senior police official" is the "he" of the next "He said" as surely as a named one
PERSON_ROLES = frozenset(
    """minister premier president spokesman spokesperson spokeswoman official officer
    commissioner governor mayor secretary senator ambassador adviser advisor inspector
    superintendent judge chairman chairperson chairwoman commander leader lawyer
    counsel witness chief""".split()
)


def _person_described(claim: ClaimMention, ctx: _Context) -> bool:
    """The claim's speaker is a description of one person ("the prime minister", "a
    senior police official"), not a name, a group or an institution."""
    if claim.speaker is None:
        return False
    words = ctx.text[claim.speaker[0] : claim.speaker[1]].lower().split()
    return bool(words) and words[-1] in PERSON_ROLES


def _person_speaker(claim: ClaimMention, ctx: _Context) -> bool:
    return claim.speaker is not None and any(
        _personal(m, ctx) and (m.start, m.end) == claim.speaker for m in ctx.mentions
    )


def _mention_role(mention: Mention, ctx: _Context) -> str | None:
    """The description attached to a mention where it was named ("Dr. X, an analyst")."""
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return None if span is None else _role_of(span.root, (mention.start, mention.end))


def _resolve_person(
    pronoun: Token,
    claims: Sequence[ClaimMention],
    ctx: _Context,
    held: Mapping[Span, int] | None = None,
) -> tuple[Span | None, str | None]:
    """The person "he"/"she" most likely is, looking back sentence by sentence.

    Earlier in the pronoun's own sentence only a speaker counts ("X said that …, he
    stressed"). In each earlier sentence the salient person is a speaker of a claim
    there, else a person who is a grammatical subject, else the last person named;
    people named inside quotes or as possessors ("Soleimani's death") are not
    candidates, since the pronoun of an attribution almost never refers to them.
    An earlier sentence whose subject is the same pronoun and no person ("She has
    faced … Hillary Clinton …") carries the referent on, so the search goes past it.
    """
    sentence = ctx.sentence_of(pronoun.idx)
    passed: list[Mention] = []
    described: ClaimMention | None = None
    sex = _PRONOUN_SEX.get(pronoun.lower_)
    before = [c for c in claims if c.speaker is not None and c.speaker[0] < pronoun.idx]
    for back in range(sentence, max(-1, sentence - PRONOUN_LOOKBACK - 1), -1):
        here = [c for c in before if _spoken_in(c, ctx, held or {}) == back]
        speakers = [
            c for c in here if _person_speaker(c, ctx) and c.speaker and _fits(c.speaker, sex, ctx)
        ]
        if speakers:
            return speakers[-1].speaker, speakers[-1].speaker_role
        described = described or next(
            (c for c in reversed(here) if _person_described(c, ctx)), None
        )
        if back == sentence:
            continue
        people = [
            m
            for m in ctx.mentions
            if m.sentence == back
            and _personal(m, ctx)
            and not ctx.in_quote(m.start)
            and not _possessive(m, ctx)
            and not _listener(m, ctx)
            and _fits((m.start, m.end), sex, ctx)
        ]
        subjects = [m for m in people if _is_subject(m, ctx)]
        if not subjects and _pronoun_subject(back, pronoun.lower_, ctx):
            passed = passed or people[-1:]
            continue
        if subjects or people:
            chosen = (subjects or people)[-1]
            return (chosen.start, chosen.end), _mention_role(chosen, ctx)
    # nobody further back: the person of the first sentence passed over, as before
    if passed:
        return (passed[0].start, passed[0].end), _mention_role(passed[0], ctx)
    if described is not None:
        # no person named: the nearest speaker described as one ("a senior police
        # official said ... He said that ..."), a typed generic speaker. Only as a last
        # resort: "the prime minister said ... He said" is, far more often, the person
        # named earlier with that office, whom the search above finds
        return described.speaker, described.speaker_role
    return None, None


#: the sex a personal pronoun refers to
_PRONOUN_SEX = {
    **dict.fromkeys(("he", "him", "his", "himself"), "m"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "f"),
}
#: honorifics that give a person's sex ("Mrs. Clinton", "Mr. Obama"), read just before
#: a name (:data:`_HONORIFIC`) or as its first word
_HONORIFIC_TITLES = frozenset("Mr Mrs Ms Miss Sir Lady Dame Lord Madam".split())
_HONORIFIC = re.compile(r"\b(" + "|".join(sorted(_HONORIFIC_TITLES)) + r")\.?\s*$")
_HONORIFIC_SEX = {"mr": "m", "sir": "m", "lord": "m"}
#: how many times the votes for one sex must outnumber the other's to decide it
SEX_MARGIN = 3


def _fits(span: Span, sex: str | None, ctx: _Context) -> bool:
    """A person at ``span`` can be the referent of a pronoun of ``sex``: the document
    gives them no sex, or the same one."""
    if sex is None:
        return True
    key = ctx.keys.get(span)
    known = None if key is None else ctx.sexes.get(key)
    return known is None or known == sex


def _one_person_keys(keys: Iterable[str]) -> dict[str, str]:
    """Each name key of a document's people mapped to the person it stands for: a bare
    surname ("trump") to the one full name that ends with it ("donald trump"); a
    surname two full names share (Donald and Ivanka Trump) stands for itself only."""
    keys = set(keys)
    full: dict[str, set[str]] = {}
    for key in keys:
        words = key.split()
        if len(words) > 1:
            full.setdefault(words[-1], set()).add(key)
    return {key: next(iter(full[key])) if len(full.get(key, ())) == 1 else key for key in keys}


def _sexes(
    doc: Doc,
    text: str,
    mentions: Sequence[Mention],
    surnames: frozenset[str],
    sentence_at: Mapping[int, int],
) -> dict[str, str]:
    """The sex each person has *in this document*, by last name.

    Why: "she said" after "Democratic Sen. Claire McCaskill … scolded him" must not go
    to the man named last, and nothing outside the article says who is a woman (no
    first-name list ships with the model). The article says it in two ways that hardly
    ever mislead: an honorific ("Mrs. Clinton", "Mr. Obama"), which decides where it is
    given, and a subject pronoun later in a sentence whose only person is its subject
    ("Clinton says she appreciated …"). A pronoun opening the *next* sentence is no
    evidence: "But Mrs. Clinton will face … . He says …" is how a paragraph returns to
    its speaker. Votes are counted per last name, so a name two people share with
    different sexes (Mr. and Mrs. Smith) stays undecided unless one side clearly
    outnumbers the other.
    """
    votes: dict[str, Counter[str]] = {}
    people = [
        m
        for m in mentions
        if m.label == "PERSON" or (m.label in {"ORG", "GPE", "NORP"} and m.text in surnames)
    ]
    titled: dict[str, Counter[str]] = {}
    for m in people:
        words = m.text.split()
        honorific = _HONORIFIC.search(text, max(0, m.start - 8), m.start)
        title = honorific.group(1) if honorific else None
        if title is None and len(words) > 1 and words[0].rstrip(".") in _HONORIFIC_TITLES:
            title = words[0].rstrip(".")
        if title is not None:
            titled.setdefault(m.key, Counter())[_HONORIFIC_SEX.get(title.lower(), "f")] += 1
    person = _one_person_keys(m.key for m in people)
    by_sentence: dict[int, list[Mention]] = {}
    for m in people:
        by_sentence.setdefault(m.sentence, []).append(m)
    for sent in doc.sents:
        sent_index = sentence_at.get(sent.start_char)
        if sent_index is None:
            continue
        subjects = [
            t for t in sent if t.dep_ in {"nsubj", "nsubjpass"} and t.lower_ in _SUBJECT_PRONOUNS
        ]
        if not subjects:
            continue
        for pronoun in subjects:
            here = [m for m in by_sentence.get(sent_index, []) if m.end <= pronoun.idx]
            if len({person[m.key] for m in here}) != 1:
                continue
            span = doc.char_span(here[0].start, here[0].end, alignment_mode="expand")
            if span is None or not any(t.dep_ in {"nsubj", "nsubjpass"} for t in span):
                continue
            votes.setdefault(person[here[0].key], Counter())[_PRONOUN_SEX[pronoun.lower_]] += 1
    # an honorific is the article's own word for the person: it decides where given
    # ("Mrs. Clinton" keys to the full name when the document holds one Clinton)
    for key in titled:
        votes[person[key]] = Counter()
    for key, count in titled.items():
        votes[person[key]].update(count)
    decided = {}
    for name, count in votes.items():
        (top, many), *rest = count.most_common()
        if not rest or many >= SEX_MARGIN * rest[0][1]:
            decided[name] = top
    return {key: decided[one] for key, one in person.items() if one in decided}


_SUBJECT_PRONOUNS = frozenset({"he", "she"})


def _spoken_in(claim: ClaimMention, ctx: _Context, held: Mapping[Span, int]) -> int:
    """The sentence where a claim's speaker speaks, for the pronoun search: where the
    speaker is named, or -- for a claim whose office the search put on its holder
    (``held``: claim span -> the sentence of the office's words) -- where the office is.

    Why: "The prime minister said … “…,” he informed. … Whoever performed services …,
    he concluded." -- the holder is named at the top; the second "he" must find the
    office's claims where they are written, not at the top, out of the search's reach.
    """
    if claim.speaker is None:
        return claim.sentence
    return held.get((claim.start, claim.end), ctx.sentence_of(claim.speaker[0]))


def _pronoun_subject(sentence: int, pronoun: str, ctx: _Context) -> bool:
    """Sentence ``sentence`` has ``pronoun`` ("she") as a subject outside quotes."""
    lo = ctx.sentence_starts[sentence] if sentence < len(ctx.sentence_starts) else len(ctx.text)
    hi = (
        ctx.sentence_starts[sentence + 1]
        if sentence + 1 < len(ctx.sentence_starts)
        else len(ctx.text)
    )
    first = bisect.bisect_left(ctx.token_starts, lo)
    last = bisect.bisect_left(ctx.token_starts, hi)
    return any(
        t.lower_ == pronoun and t.dep_ == "nsubj" and not ctx.in_quote(t.idx)
        for t in ctx.doc[first:last]
    )


def _resolve_group(pronoun: Token, ctx: _Context) -> Span | None:
    """Who "it said" is: the organisation that is the subject of this sentence, else
    the nearest one named before it in this or the two sentences before."""
    sentence = ctx.sentence_of(pronoun.idx)
    candidates = [
        m
        for m in ctx.mentions
        if m.start < pronoun.idx
        and sentence - 2 <= m.sentence <= sentence
        and m.label in SUBJECT_FALLBACK_LABELS
        and not ctx.in_quote(m.start)
    ]
    subjects = [m for m in candidates if m.sentence == sentence and _is_subject(m, ctx)]
    chosen = (subjects or candidates or [None])[-1]
    return None if chosen is None else (chosen.start, chosen.end)


#: nouns for a written statement that speaks for its issuer: "the statement said", "according
#: to a press release from the ISPR"
ISSUED_NOUNS = frozenset("statement release communique communiqué handout".split())
#: how many sentences back "the statement added" may find who issued it
ISSUER_LOOKBACK = 6


def _issuer(span: Span | None, claims: Sequence[ClaimMention], ctx: _Context) -> Span | None:
    """Who issued the statement that is a claim's speaker ("the statement said"): the
    institution or person it names as its source ("a statement from the Inter-Services
    Public Relations (ISPR)", "a statement issued by the CTD", "the ministry's
    statement"), else -- a definite "the statement" with no source of its own -- the
    speaker of the nearest earlier claim that was issued so or said by an organisation
    ("“…,” the ISPR said. “…,” the statement added").

    Why: a statement is its issuer's words; an analyst counting what the military, a
    ministry or the police said needs the issuer, and "statement" as a typed generic
    speaker says nothing (the largest generic speaker on the realnews archive). With no
    issuer in reach it stays a generic speaker."""
    if span is None:
        return None
    phrase = ctx.doc.char_span(span[0], span[1], alignment_mode="expand")
    if phrase is None or phrase.root.lower_ not in ISSUED_NOUNS:
        return None
    head = phrase.root
    for child in [*head.children, *phrase]:
        named = _source_named(child, head, ctx)
        if named is not None:
            return named
    if not any(t.lower_ == "the" for t in head.lefts):
        return None  # "a statement" with no source: someone's, not the last one's
    sentence = ctx.sentence_of(span[0])
    earlier = [
        c
        for c in claims
        if c.speaker is not None
        and c.speaker[1] <= span[0]
        and sentence - ISSUER_LOOKBACK <= ctx.sentence_of(c.speaker[0]) <= sentence
    ]
    # the nearest claim told as issued ("X said in a statement", "the statement added"),
    # else the claim just before, where an organisation said it
    issued = [
        c for c in earlier if ISSUED_NOUNS & set(_sentence_words(ctx.sentence_of(c.start), ctx))
    ]
    if issued:
        return issued[-1].speaker
    last = earlier[-1].speaker if earlier else None
    if last is not None and any(
        (m.start, m.end) == last and m.label == "ORG" for m in ctx.mentions
    ):
        return last
    return None


def _sentence_words(sentence: int, ctx: _Context) -> list[str]:
    """The lower-cased words of sentence ``sentence``."""
    starts = ctx.sentence_starts
    end = starts[sentence + 1] if sentence + 1 < len(starts) else len(ctx.text)
    return re.findall(r"\w+", ctx.text[starts[sentence] : end].lower())


#: words a tagger leaves as a "name" of their own inside an office's name ("the Prime
#: Minister Office"): no issuer to speak for
_BARE_OFFICE_WORDS = frozenset("prime office ministry department".split())


def _source_named(child: Token, head: Token, ctx: _Context) -> Span | None:
    """The named source a statement's modifier gives: "from X", "by X", "issued by X",
    "X's statement", "the ISPR press release" (a name inside the phrase itself)."""
    if child.i < head.i and child.dep_ in {"compound", "nmod", "amod"}:
        targets = [child]
    elif child.dep_ == "poss" and child.head == head:
        targets = [child]
    elif child.head == head and child.dep_ == "prep" and child.lower_ in {"from", "by", "of"}:
        targets = [t for t in child.children if t.dep_ == "pobj"]
    elif child.head == head and child.dep_ == "acl" and child.lemma_ in {"issue", "release"}:
        targets = [
            t
            for agent in child.children
            if agent.dep_ == "agent" or agent.lower_ == "by"
            for t in agent.children
            if t.dep_ == "pobj"
        ]
    else:
        return None
    for target in targets:
        for token in target.subtree:
            covering = [
                m
                for m in ctx.mentions_at(token)
                if m.label in {"ORG", "PERSON"}
                and not set(m.text.lower().split()) <= _BARE_OFFICE_WORDS | OFFICE_HEADS
            ]
            if not covering:
                continue
            if target is not child and target.pos_ == "NOUN" and covering[0].end <= target.idx:
                # "issued by the Mir Ali sit-in committee": the name only says which
                # committee (often a place); the issuer is the whole phrase
                return _noun_phrase(target)
            return covering[0].start, covering[0].end
    if child.lower_ in {"from", "by"} and targets and targets[0].pos_ in {"NOUN", "PROPN"}:
        # "a statement from the police": the issuer unnamed, still more than "statement"
        return _noun_phrase(targets[0])
    return None


#: cues by which an outlet passes on what someone else said ("…, Radio Pakistan reported")
CARRIER_CUES = frozenset({"report", "quote", "cite", "carry"})


def _carried_speaker(draft: _Draft, ctx: _Context) -> Span | None:
    """Who said what an outlet *reports*: "General X has urged students to …, Radio
    Pakistan reported" -- X speaks, the outlet carries it. The named subject of a
    speech verb inside the reported content, else None (the outlet then reports a fact
    in its own name and is the speaker)."""
    if draft.cue not in CARRIER_CUES:
        return None
    content = ctx.doc.char_span(draft.start, draft.end, alignment_mode="expand")
    if content is None or not len(content):
        return None
    for token in content[0].sent:
        if not _is_cue(token) or token.lemma_.lower() in CARRIER_CUES:
            continue
        subject = subject_token(token)
        if subject is None:
            continue
        named = [m for m in ctx.mentions_at(subject) if m.label in {"PERSON", "ORG"}]
        if named:
            return named[0].start, named[0].end
    return None


def _resolve_speaker(
    draft: _Draft,
    claims: Sequence[ClaimMention],
    ctx: _Context,
    held: Mapping[Span, int] | None = None,
) -> tuple[Span | None, str | None]:
    carried = _carried_speaker(draft, ctx)
    if carried is not None:
        return carried, None
    speaker = draft.speaker
    if speaker.pronoun is None:
        titled = _titled_person(speaker.span, ctx)
        if titled is not None:
            return titled, speaker.role or ctx.text[slice(*speaker.span)]
        issuer = _issuer(speaker.span, claims, ctx)
        if issuer is not None:
            return issuer, speaker.role
        return speaker.span, speaker.role
    if speaker.pronoun.lower_ in PERSON_PRONOUNS:
        return _resolve_person(speaker.pronoun, claims, ctx, held)
    return _resolve_group(speaker.pronoun, ctx), speaker.role


#: a title word just before a name ("President Barack Obama", "Mayor Lena Vorst"), the
#: whole title: not the end of a longer one ("Vice President …", "Secretary of State …")
_TITLE_WORD = re.compile(r"(?:^|[^\w\s]\s*|\b[a-z]+\s+|\n)([A-Z][a-z]+)\.?[^\S\n]+$")
#: offices with one holder in a story, so that "the president said" is the person named
#: with that title ("spokeswoman", "senator" have many)
SOLE_OFFICES = frozenset("president mayor governor chancellor premier pope".split())


def _titled_person(span: Span | None, ctx: _Context) -> Span | None:
    """`The president said` after `President Barack Obama`: the nearest person named
    before with that title. A bare title word is a definite description, and news
    names the office holder with the title first; with no such person it stays a
    typed generic speaker."""
    if span is None:
        return None
    word = ctx.text[span[0] : span[1]]
    if word not in SOLE_OFFICES:
        return _office_holder(span, ctx)
    for mention in reversed(ctx.mentions):
        if mention.start >= span[0] or mention.label != "PERSON":
            continue
        if mention.text.split()[0].lower() == word:
            return mention.start, mention.end
        title = _TITLE_WORD.search(ctx.text, max(0, mention.start - 40), mention.start)
        if title is not None and title.group(1).lower() == word:
            return mention.start, mention.end
    return None


#: head words of an office that a qualifier makes one person's: "the defence minister",
#: "the chief minister", "the foreign secretary", "the army chief"
OFFICE_HEADS = frozenset(
    """minister secretary chief commissioner governor president spokesman spokesperson
    adviser advisor ambassador mayor speaker chairman chairperson""".split()
)
#: the capitalised title written before a name ("Defence Minister", "Secretary of State")
_TITLE_RUN = re.compile(r"((?:[A-Z][a-z]+|of|for)(?:[^\S\n]+(?:[A-Z][a-z]+|of|for))*)[^\S\n]+$")
#: a word before a title that makes it a past or another holder's ("former Prime Minister")
_NOT_NOW = frozenset("former ex late then outgoing erstwhile deputy vice".split())


def _office_holder(span: Span, ctx: _Context) -> Span | None:
    """`The defence minister said` after `Defence Minister Khawaja Asif`: the person the
    article named with that title, when it named one person so.

    Why: an office of two or more words ("defence minister", "chief minister") is one
    person in a report, and news names the holder once with the title and then uses the
    office; the analyst needs the name, and the office stays the speaker's role. The
    title is read before the name or in apposition to it ("Lt Gen Ahmed Sharif
    Chaudhry, the military spokesperson,"). Only
    when every earlier person with that title is one person: a report naming Pakistan's
    and India's foreign ministers keeps "the foreign minister" a typed generic speaker.
    A title after "former" or "deputy" is another office.
    """
    office = ctx.text[span[0] : span[1]].lower().split()
    if office[:1] and office[0] in _DETERMINERS:
        office = office[1:]
    if len(office) < 2 or office[-1] not in OFFICE_HEADS:
        return None
    if any(m.start < span[1] and span[0] < m.end and m.label == "PERSON" for m in ctx.mentions):
        return None  # a name, not a description
    holders: list[Mention] = []
    for mention in ctx.mentions:
        if mention.start >= span[0] or mention.label != "PERSON":
            continue
        described = (_mention_role(mention, ctx) or "").lower().split()
        if described[-len(office) :] == office and not set(described) & _NOT_NOW:
            # named with the office in apposition ("X, the military spokesperson,")
            holders.append(mention)
            continue
        lo = max(0, mention.start - 60)
        run = _TITLE_RUN.search(ctx.text, lo, mention.start)
        if run is None:
            continue
        words = run.group(1).lower().split()
        if words[-len(office) :] != office:
            continue
        # the word before the office, in the title ("Former Prime Minister") or not
        before = words[: -len(office)][-1:] or ctx.text[lo : run.start()].lower().split()[-1:]
        if not (before and before[0].strip("-") in _NOT_NOW):
            holders.append(mention)
    if len({m.key for m in holders}) != 1:
        return None
    return holders[-1].start, holders[-1].end


def _continues_next(draft: _Draft, following: _Draft | None, ctx: _Context) -> bool:
    """An unclosed quote whose next paragraph opens with a quote: the same speech."""
    return (
        draft.quote is not None
        and draft.quote.close is None
        and following is not None
        and following.quote is not None
        and following.quote.open == following.quote.paragraph
        and _paragraph_gap(draft.end, following.start, ctx) <= 1
    )


def _claim(draft: _Draft, ctx: _Context, speaker: Span | None, role: str | None) -> ClaimMention:
    return ClaimMention(
        kind=draft.kind,
        start=draft.start,
        end=draft.end,
        text=ctx.text[draft.start : draft.end],
        sentence=ctx.sentence_of(draft.start),
        speaker=speaker,
        speaker_role=role,
        cue=draft.cue,
        subject=draft.subject,
    )


def _inherit(claim: ClaimMention, source: ClaimMention | None) -> ClaimMention:
    if source is None or source.speaker is None:
        return claim
    return replace(claim, speaker=source.speaker, speaker_role=source.speaker_role, cue=source.cue)


def _finalize(drafts: Sequence[_Draft], ctx: _Context) -> list[ClaimMention]:
    """Resolve pronouns and continued quotes in reading order, then forward continuations.

    A quote without attribution takes the speaker of the claim just before it when
    that claim is in the same or the previous paragraph; a quote left open at the end
    of a paragraph takes the speaker of the quote that continues it. In a transcript
    a claim with no speaker of its own is its paragraph's label's, before the rest
    continues it, so an unlabelled paragraph after "PENCE: …" is Pence's too.
    """
    labels = _transcript_labels(ctx)
    claims: list[ClaimMention] = []
    held: dict[Span, int] = {}  # claims of an office put on its holder (_spoken_in)
    forward: list[bool] = []  # an open quote carried on by the next paragraph's quote
    for i, draft in enumerate(drafts):
        speaker, role = _resolve_speaker(draft, claims, ctx, held)
        claim = _claim(draft, ctx, speaker, role)
        own = draft.speaker.span
        if own is not None and speaker is not None and speaker[0] < own[0] and role:
            # an office put on its holder named earlier: it speaks where it is written
            held[(claim.start, claim.end)] = ctx.sentence_of(own[0])
        label = labels.get(ctx.paragraph_start(claim.start))
        if claim.speaker is None and label is not None:
            claim = _labelled(claim, label, ctx)
        following = drafts[i + 1] if i + 1 < len(drafts) else None
        forward.append(
            draft.continues
            and _continues_next(draft, following, ctx)
            and following is not None
            and ctx.paragraph_start(following.start) not in labels
        )
        if claim.speaker is None and draft.continues and claims and not forward[-1]:
            claim = _continued(claim, claims[-1], ctx)
        claims.append(claim)
    for i in range(len(claims) - 2, -1, -1):
        if forward[i] and claims[i].speaker is None:
            claims[i] = _inherit(claims[i], claims[i + 1])
    # a chain of open quotes whose end names no one is the speaker's before it
    for i in range(1, len(claims)):
        if drafts[i].continues and claims[i].speaker is None:
            claims[i] = _continued(claims[i], claims[i - 1], ctx)
    return claims


def _continued(claim: ClaimMention, previous: ClaimMention, ctx: _Context) -> ClaimMention:
    """A quote with no attribution continues the claim before it, when that claim is in
    the same or the previous paragraph."""
    if _paragraph_gap(previous.end, claim.start, ctx) > 1:
        return claim
    return _inherit(claim, previous)


#: "PENCE: Well, …" -- a speaker label opening a paragraph of a transcript, maybe inside
#: the quote mark that opens the paragraph ('"WALLACE: Let's start …')
_TRANSCRIPT_LABEL = re.compile(
    r"[" + QUOTE_MARKS + r"]?([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}):\s"
)
#: labelled paragraphs that make a document a transcript (one is just a dateline)
TRANSCRIPT_LABELS = 3


def _transcript_labels(ctx: _Context) -> dict[int, Span]:
    """In an interview or debate transcript ("WALLACE: …", "PENCE: …"), the speaker
    label of each labelled paragraph, by the paragraph's start. A document counts as
    a transcript only with several labelled paragraphs besides its first, so a
    dateline ("PESHAWAR: …") never speaks."""
    labels: dict[int, Span] = {}
    for start in ctx.paragraph_starts[1:]:
        found = _TRANSCRIPT_LABEL.match(ctx.text, start)
        if found:
            labels[start] = (found.start(1), found.end(1))
    return labels if len(labels) >= TRANSCRIPT_LABELS else {}


def _labelled(claim: ClaimMention, label: Span, ctx: _Context) -> ClaimMention:
    """The claim spoken by its transcript label, without the label itself when the
    claim starts with it ('WALLACE: Let's start' says "Let's start")."""
    start = claim.start
    if start <= label[0] < claim.end:
        start = label[1] + 1
        while start < claim.end and ctx.text[start].isspace():
            start += 1
    if start >= claim.end:
        start = claim.start
    return replace(
        claim,
        start=start,
        text=ctx.text[start : claim.end],
        sentence=ctx.sentence_of(start),
        speaker=label,
        speaker_role=None,
    )


def _paragraph_gap(end: int, start: int, ctx: _Context) -> int:
    """How many paragraphs (non-blank lines) apart two offsets are."""
    return ctx.paragraph_of(start) - ctx.paragraph_of(max(0, end - 1))


# --- entry point ------------------------------------------------------------------------


def _cue_candidates(doc: Doc) -> list[int]:
    """Indices of the tokens :func:`_paraphrase` or :func:`_according` can start from: a
    verb whose lemma is a paraphrase cue, or "according".

    Why: both functions test that first, and asking it of every token made a ``Token``
    object and read two of its attributes for each; the same test over the parse's
    attribute arrays, once per distinct lemma, leaves the few tokens that pass.
    """
    strings = doc.vocab.strings
    verb, according = strings["VERB"], strings["according"]
    cues: dict[int, bool] = {}
    found = []
    for i, (pos, lemma, lower) in enumerate(doc.to_array(["POS", "LEMMA", "LOWER"]).tolist()):
        if lower == according:
            found.append(i)
        elif pos == verb:
            cue = cues.get(lemma)
            if cue is None:
                cue = cues[lemma] = strings[lemma].lower() in _PARAPHRASE_VERBS
            if cue:
                found.append(i)
    return found


def extract_quotes(
    doc: Doc, mentions: list[Mention], sentence_at: dict[int, int]
) -> list[ClaimMention]:
    """Quotes and paraphrases of ``doc``, each attributed to a speaker where stated."""
    text = doc_text(doc)
    paragraphs = [lo for lo, hi in _paragraphs(text) if text[lo:hi].strip()]
    surnames = frozenset(
        m.text.split()[-1] for m in mentions if m.label == "PERSON" and len(m.text.split()) > 1
    )
    ctx = _Context(
        doc,
        text,
        mentions,
        sorted(sentence_at),
        find_quoted(text),
        paragraphs,
        doc.to_array("IDX").tolist(),  # the tokens' starts, without a Token each
        surnames,
        _sexes(doc, text, mentions, surnames, sentence_at),
    )
    quotes = [d for q in ctx.quoted if (d := _quote_draft(q, ctx)) is not None]
    paraphrases = [
        d
        for i in _cue_candidates(doc)
        if (d := _paraphrase(doc[i], ctx, quotes) or _according(doc[i], ctx, quotes)) is not None
    ]
    drafts = sorted(quotes + paraphrases, key=lambda d: (d.start, d.end))
    return _finalize(drafts, ctx)
