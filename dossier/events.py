"""Extract PLOVER-coded events with actors, targets, place, time and modality.

An event is read off the dependency parse around a *trigger*: a verb or an
event noun whose lemma is in a per-type lexicon ("arrest" -> COERCE/arrest,
"strike" -> ASSAULT, "blacklist" -> SANCTION/designation, "meet" -> CONSULT).
Arguments come from grammatical roles, not word order, so passives work:

* actor: the subject (``nsubj``), or the ``by`` agent of a passive, or for an
  event noun its possessor or a name modifying it ("the IRGC's attacks",
  "IRGC missile attack");
* target: the object, the passive subject, or "on/against X" ("strikes on
  Pakistan"), or "of X" after an arrest-type noun ("the arrest of 300 men");
* place: "in/at/near X" where X is a place mention; time: the date expression
  of the same sentence closest to the trigger.

Modality comes from the words governing the trigger: negation ("did not
attack"), hypotheticals ("could", "would", "if"), plans ("planning attacks",
"will"), and allegations ("accused of", "suspected", "reportedly",
"believed to"). Event nouns without any argument are skipped: "attacks" alone
says too little to put on a timeline.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dossier.records import EventMention, Mention, Span, TimeExpr

#: trigger lemma -> (PLOVER type, mode). Verbs and event nouns share entries.
TRIGGERS: dict[str, tuple[str, str | None]] = {
    # ASSAULT
    "attack": ("ASSAULT", None),
    "strike": ("ASSAULT", None),
    "airstrike": ("ASSAULT", "aerial"),
    "bomb": ("ASSAULT", "explosives"),
    "bombing": ("ASSAULT", "explosives"),
    "shell": ("ASSAULT", "artillery"),
    "shelling": ("ASSAULT", "artillery"),
    "shoot": ("ASSAULT", "firearms"),
    "kill": ("ASSAULT", "killing"),
    "killing": ("ASSAULT", "killing"),
    "assassinate": ("ASSAULT", "assassination"),
    "assassination": ("ASSAULT", "assassination"),
    "massacre": ("ASSAULT", "mass killing"),
    "ambush": ("ASSAULT", None),
    # COERCE
    "arrest": ("COERCE", "arrest"),
    "detain": ("COERCE", "arrest"),
    "capture": ("COERCE", "arrest"),
    "apprehend": ("COERCE", "arrest"),
    "raid": ("COERCE", "raid"),
    "dismantle": ("COERCE", "raid"),
    "crackdown": ("COERCE", "crackdown"),
    "deport": ("COERCE", "deport"),
    "seize": ("COERCE", "seize"),
    # SANCTION
    "sanction": ("SANCTION", "designation"),
    "designate": ("SANCTION", "designation"),
    "blacklist": ("SANCTION", "designation"),
    "proscribe": ("SANCTION", "proscription"),
    "ban": ("SANCTION", "proscription"),
    "outlaw": ("SANCTION", "proscription"),
    "expel": ("SANCTION", "expulsion"),
    # CONSULT
    "meet": ("CONSULT", "meet"),
    "meeting": ("CONSULT", "meet"),
    "talk": ("CONSULT", "meet"),
    "visit": ("CONSULT", "visit"),
    # MOBILIZE / AID / SUPPORT
    "recruit": ("MOBILIZE", "recruitment"),
    "deploy": ("MOBILIZE", "deployment"),
    "mobilize": ("MOBILIZE", "mobilization"),
    "train": ("AID", "training"),
    "fund": ("AID", "funding"),
    "finance": ("AID", "funding"),
    "arm": ("AID", "weapons"),
    "supply": ("AID", "supply"),
    "support": ("SUPPORT", None),
    "back": ("SUPPORT", None),
    # ACCUSE / THREATEN / PROTEST / REQUEST / REJECT
    "accuse": ("ACCUSE", "accusation"),
    "blame": ("ACCUSE", "accusation"),
    "condemn": ("ACCUSE", "condemnation"),
    "threaten": ("THREATEN", None),
    "protest": ("PROTEST", "demonstrate"),
    "demonstrate": ("PROTEST", "demonstrate"),
    "rally": ("PROTEST", "demonstrate"),
    "demand": ("REQUEST", "demand"),
    "urge": ("REQUEST", "appeal"),
    "reject": ("REJECT", None),
    "refuse": ("REJECT", None),
    # RETREAT / AGREE / COOPERATE / CONCEDE
    "withdraw": ("RETREAT", "withdrawal"),
    "demobilize": ("RETREAT", "demobilization"),
    "release": ("RETREAT", "release"),
    "agree": ("AGREE", None),
    "sign": ("AGREE", "agreement"),
    "approve": ("AGREE", "approval"),
    "cooperate": ("COOPERATE", None),
    "apologize": ("CONCEDE", "apology"),
    "apologise": ("CONCEDE", "apology"),
    "admit": ("CONCEDE", None),
    "concede": ("CONCEDE", None),
    # more of the common verbs of each type
    "clash": ("ASSAULT", "clash"),
    "fight": ("ASSAULT", "clash"),
    "invade": ("ASSAULT", "invasion"),
    "warn": ("THREATEN", "warning"),
    "ask": ("REQUEST", "appeal"),
    "appeal": ("REQUEST", "appeal"),
    "deny": ("REJECT", "denial"),
    "veto": ("REJECT", "veto"),
    "criticize": ("ACCUSE", "criticism"),
    "criticise": ("ACCUSE", "criticism"),
    "denounce": ("ACCUSE", "condemnation"),
    "investigate": ("ACCUSE", "investigation"),
    "probe": ("ACCUSE", "investigation"),
    "impose": ("SANCTION", "sanctions"),
    "suspend": ("SANCTION", "suspension"),
    "embargo": ("SANCTION", "embargo"),
    "boycott": ("PROTEST", "boycott"),
    "march": ("PROTEST", "demonstrate"),
    "negotiate": ("CONSULT", "negotiation"),
    "discuss": ("CONSULT", "meet"),
    "host": ("CONSULT", "visit"),
    "pledge": ("AGREE", "promise"),
    "promise": ("AGREE", "promise"),
    "accept": ("AGREE", None),
    "donate": ("AID", "aid"),
    "praise": ("SUPPORT", "praise"),
    "endorse": ("SUPPORT", None),
    "welcome": ("SUPPORT", None),
    "evacuate": ("RETREAT", "withdrawal"),
    "lift": ("RETREAT", "easing"),
}
#: nouns that only trigger an event with a matching lemma when used as nouns
#: ("back", "arm", "train", "support" as nouns are no events)
VERB_ONLY = frozenset({"back", "arm", "train", "support", "supply", "fund", "shoot"})
#: the verb "place" + "on a blacklist/list" is a designation
LIST_NOUNS = frozenset({"blacklist", "list", "sanction", "watchlist"})
AERIAL = frozenset({"missile", "drone", "air", "aerial", "rocket", "airstrike", "jet"})

NEGATORS = frozenset({"not", "never", "no", "n't"})
HYPOTHETICAL = frozenset({"could", "would", "might", "may", "if", "unless"})
PLANNING = frozenset({"plan", "intend", "prepare", "plot", "aim", "seek", "threaten", "vow"})
ALLEGING = frozenset(
    {"accuse", "suspect", "allege", "believe", "claim", "report", "say", "charge", "blame"}
)
ALLEGING_ADVERBS = frozenset({"allegedly", "reportedly", "purportedly", "apparently"})
#: accusing or suspecting someone of an act makes the act alleged, not the accusation
ALLEGING_ONLY = frozenset({"accuse", "suspect", "allege", "charge", "believe"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: "on Friday", "on 5 May": dates and numbers are no one acted upon
NOT_PARTICIPANTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY"})
ACTOR_PREPS = frozenset({"by"})
TARGET_PREPS = frozenset({"on", "against", "of", "targeting", "at"})
PLACE_PREPS = frozenset({"in", "at", "near", "inside", "across", "outside"})


@dataclass(frozen=True, slots=True)
class _Context:
    doc: Doc
    text: str
    places: list[Mention]
    times: list[TimeExpr]
    sentence_at: dict[int, int]


def _span_of(token: Token) -> Span:
    """Character span of the phrase headed by ``token`` (its left-right subtree)."""
    left, right = token.left_edge, token.right_edge
    return (left.idx, right.idx + len(right.text))


def _with_conjuncts(token: Token) -> list[Token]:
    return [token, *[c for c in token.conjuncts if c.i > token.i]]


def _trigger(token: Token) -> tuple[str, str | None] | None:
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX"):
        if lemma == "place" and any(
            t.lemma_.lower() in LIST_NOUNS for t in token.subtree if t.dep_ == "pobj"
        ):
            return ("SANCTION", "designation")
        if lemma == "hold" and any(c.lemma_.lower() == "talk" for c in token.children):
            return ("CONSULT", "meet")
        return TRIGGERS.get(lemma)
    if token.pos_ in ("NOUN", "PROPN") and lemma not in VERB_ONLY:
        return TRIGGERS.get(lemma)
    return None


def _verb_arguments(token: Token) -> tuple[list[Token], list[Token]]:
    actors: list[Token] = []
    targets: list[Token] = []
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
    for child in token.children:
        if child.dep_ == "nsubj":
            actors += _with_conjuncts(child)
        elif child.dep_ == "nsubjpass":
            targets += _with_conjuncts(child)
        elif child.dep_ in ("dobj", "obj"):
            targets += _with_conjuncts(child)
        elif child.dep_ == "agent" or (passive and child.lower_ in ACTOR_PREPS):
            actors += [g for p in child.children if p.dep_ == "pobj" for g in _with_conjuncts(p)]
        elif child.dep_ == "prep" and child.lower_ in _verb_target_preps(token):
            targets += [
                g
                for p in child.children
                if p.dep_ == "pobj" and p.ent_type_ not in NOT_PARTICIPANTS
                for g in _with_conjuncts(p)
            ]
    if not actors and token.dep_ in ("xcomp", "conj", "advcl") and token.head.pos_ == "VERB":
        actors = [c for c in token.head.children if c.dep_ == "nsubj"]
    if token.dep_ == "relcl":  # "the group that was placed on …" / "the men who attacked …"
        if passive and not targets:
            targets = [token.head]
        elif not passive and not actors:
            actors = [token.head]
    return actors, targets


def _verb_target_preps(token: Token) -> frozenset[str]:
    """Prepositions that introduce who is acted on: "strikes on X", "met with X";
    never the list of "placed on a blacklist"."""
    kind = TRIGGERS.get(token.lemma_.lower(), ("", None))[0]
    if token.lemma_.lower() == "place":
        return frozenset()
    if kind in ("CONSULT", "COOPERATE", "AGREE"):
        return frozenset({"with"})
    return frozenset({"on", "against", "targeting"})


def _noun_target_preps(kind: str) -> frozenset[str]:
    if kind in ("CONSULT", "COOPERATE", "AGREE"):
        return frozenset({"with", "between"})
    if kind in ("COERCE", "ASSAULT", "SANCTION", "MOBILIZE"):
        return TARGET_PREPS
    return frozenset({"on", "against"})


def _noun_arguments(token: Token, kind: str) -> tuple[list[Token], list[Token]]:
    actors: list[Token] = []
    targets: list[Token] = []
    for child in token.children:
        if child.dep_ == "poss" or (child.dep_ in ("compound", "nmod") and child.ent_type_):
            actors.append(child)
        elif child.dep_ == "prep" and child.lower_ in ACTOR_PREPS:
            actors += [g for p in child.children if p.dep_ == "pobj" for g in _with_conjuncts(p)]
        elif child.dep_ == "prep" and child.lower_ in _noun_target_preps(kind):
            targets += [g for p in child.children if p.dep_ == "pobj" for g in _with_conjuncts(p)]
    verb = token.head.head if token.dep_ == "pobj" else token.head
    if not actors and token.dep_ in ("dobj", "pobj") and verb.pos_ == "VERB":
        # "responded with air strikes", "launched attacks": the verb's subject acts
        actors = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    return actors, targets


def _own_clause(prep: Token, trigger: Token) -> bool:
    """True when no other verb stands between ``prep`` and the trigger."""
    current = prep.head
    while current.i != trigger.i:  # spaCy makes a new Token object per access: compare .i
        if current.pos_ in ("VERB", "AUX") or current.head.i == current.i:
            return False
        current = current.head
    return True


def _location(token: Token, places: list[Mention]) -> Span | None:
    """A place in an "in/at/near X" phrase of the trigger's own clause (or, for an
    event noun, of the clause it sits in)."""
    heads = [token, *([token.head] if token.dep_ in ("dobj", "pobj", "nsubjpass") else [])]
    for head in heads:
        for prep in head.subtree:
            if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
                continue
            if not _own_clause(prep, head):
                continue
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                start, end = pobj.left_edge.idx, pobj.idx + len(pobj.text)
                for place in places:
                    if place.start < end and start < place.end:
                        return (place.start, place.end)
    return None


def _time(token: Token, context: _Context) -> Span | None:
    """A date in the trigger's own phrase first, else the nearest in its sentence."""
    sentence = token.sent
    inside = [
        t for t in context.times if sentence.start_char <= t.start and t.end <= sentence.end_char
    ]
    if not inside:
        return None
    head = token.head if token.pos_ != "VERB" and token.dep_ == "pobj" else token
    left, right = head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text)
    own = [t for t in inside if left <= t.start and t.end <= right]
    nearest = min(own or inside, key=lambda t: abs(t.start - token.idx))
    return (nearest.start, nearest.end)


def _governors(token: Token, depth: int = 4) -> Iterable[Token]:
    current = token
    for _ in range(depth):
        if current.head.i == current.i:
            return
        current = current.head
        yield current


def modality(token: Token) -> str:
    """asserted, alleged, planned, negated or hypothetical, from governing words."""
    chain = [token, *_governors(token)]
    own = list(token.children)
    if token.pos_ != "VERB" and token.dep_ in ("dobj", "nsubjpass") and token.head.pos_ == "VERB":
        own += list(token.head.children)  # "did not launch attacks"
    if any(c.dep_ == "neg" or c.lower_ in NEGATORS for c in own):
        return "negated"
    children = [c for t in chain[:2] for c in t.children]
    lowers = {c.lower_ for c in children}
    if any(c.lower_ in HYPOTHETICAL and c.dep_ in ("aux", "mark") for c in children):
        return "hypothetical"
    lemmas = [t.lemma_.lower() for t in chain[1:]]
    if any(lemma in PLANNING for lemma in lemmas) or any(
        c.lower_ in ("will", "shall") and c.dep_ == "aux" for c in token.children
    ):
        return "planned"
    if any(lemma in ALLEGING_ONLY for lemma in lemmas) or lowers & ALLEGING_ADVERBS:
        return "alleged"
    return "asserted"


def _mode(token: Token, mode: str | None) -> str | None:
    if mode is None and any(t.lower_ in AERIAL for t in token.subtree):
        return "aerial"
    if mode is None and token.pos_ != "VERB":
        window = token.doc[max(0, token.i - 3) : token.i]
        if any(t.lower_ in AERIAL for t in window):
            return "aerial"
    return mode


def _event(token: Token, kind: str, mode: str | None, context: _Context) -> EventMention | None:
    if token.pos_ in ("VERB", "AUX"):
        actors, targets = _verb_arguments(token)
    else:
        actors, targets = _noun_arguments(token, kind)
    actors = [a for a in actors if a.pos_ != "PRON"]
    targets = [t for t in targets if t.pos_ != "PRON"]
    if not actors and not targets:
        return None  # "Iran-backed", "attacks" alone: nothing to put on a timeline
    if kind == "ACCUSE" or kind in ("REQUEST", "THREATEN"):
        # "accused X of Y": the accused is the target, the act is its own event
        targets = [t for t in targets if t.dep_ != "pobj" or t.head.lower_ != "of"]
    sentence = token.sent
    return EventMention(
        type=kind,
        mode=_mode(token, mode),
        trigger=(token.idx, token.idx + len(token.text)),
        start=sentence.start_char,
        end=sentence.end_char,
        sentence=context.sentence_at[sentence.start_char],
        actors=tuple(_span_of(a) for a in actors),
        targets=tuple(_span_of(t) for t in targets),
        location=_location(token, context.places),
        time=_time(token, context),
        modality=modality(token),
    )


def extract_events(
    doc: Doc, mentions: list[Mention], times: list[TimeExpr], sentence_at: dict[int, int]
) -> list[EventMention]:
    """Event mentions of ``doc``: one per trigger, duplicates within a sentence dropped."""
    if not doc.has_annotation("DEP"):
        return []
    context = _Context(
        doc, doc.text, [m for m in mentions if m.label in PLACE_LABELS], times, sentence_at
    )
    found: list[EventMention] = []
    seen: set[tuple[int, str, tuple[Span, ...], tuple[Span, ...]]] = set()
    for token in doc:
        trigger = _trigger(token)
        if trigger is None:
            continue
        event = _event(token, trigger[0], trigger[1], context)
        if event is None:
            continue
        key = (event.sentence, event.type, event.actors, event.targets)
        if key in seen:
            continue
        seen.add(key)
        found.append(event)
    return found
