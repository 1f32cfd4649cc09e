"""Which named mention an extracted span stands for.

Extraction yields character spans (an event's actor, a claim's speaker); the knowledge base
holds entities, reached through the mentions resolution tied to them. Every writer of facts
(event reports, claim mentions) asks the same question -- which mention covers this span --
so it is answered once here, with the two cases that broke a plain overlap test: a possessor
and the place it owns ("Peshawar's Malazai"), and a description with a name inside it only as
a modifier ("the Israeli military said").
"""

from __future__ import annotations

from collections.abc import Sequence

from dossier.geo import load_gazetteer
from dossier.records import Mention, Span

#: what joins a possessor to the name it owns: "Peshawar's Malazai", "Kurram’s Bagan"
_POSSESSIVE_GAPS = frozenset({"'s ", "’s "})


def overlapping_mention(
    span: Span | None, mentions: Sequence[Mention], text: str | None = None
) -> Mention | None:
    """The named mention that best covers ``span`` (largest overlap, then shortest).

    With ``text``, a possessor is passed over for the name it owns inside the same span:
    "a grenade attack on Peshawar's Malazai area" targets Malazai, not Peshawar (a place
    and the locality it owns are two mentions, so the longer owner would win on overlap)."""
    if span is None:
        return None
    start, end = span
    if end <= start:
        return None  # an empty span overlaps nothing
    # overlapping mentions, by comparisons rather than a min() and a max() per mention: every
    # actor, target and speaker span of a document walks all of its mentions
    covering = [m for m in mentions if m.start < end and start < m.end and m.start < m.end]
    if text is not None and len(covering) > 1:
        owned = {m.start for m in covering}
        covering = [
            m
            for m in covering
            if not (text[m.end : m.end + 3] in _POSSESSIVE_GAPS and m.end + 3 in owned)
        ] or covering
    best: tuple[int, int, Mention] | None = None
    for mention in covering:
        overlap = min(end, mention.end) - max(start, mention.start)
        rank = (overlap, -(mention.end - mention.start), mention)
        if best is None or rank[:2] > best[:2]:
            best = rank
    return best[2] if best else None


#: mention labels that name an actor by name ("UAE authorities", "Israeli", "the Foreign
#: Office"), not by a description ("security forces"): read by the event days and the
#: reactions
_NAMED_ACTORS = frozenset({"ORG", "GPE", "PERSON", "NORP"})


def speaker_mention(span: Span | None, text: str, mentions: Sequence[Mention]) -> Mention | None:
    """The named mention a speaker span stands for, or None when the span is a
    description with a name inside it only as a modifier: "The Israeli military
    said" is the military (an office, a typed generic speaker), not "Israeli"; "the
    Balochistan government" is not "Balochistan". A mention counts when it reaches the
    span's last word (the head of an English noun phrase)."""
    mention = overlapping_mention(span, mentions)
    if mention is None or span is None:
        return mention
    return None if described_by_name(span, mention, text) else mention


def described_by_name(span: Span, mention: Mention, text: str) -> bool:
    """Whether ``mention`` only modifies the words after it in ``span`` ("the Israeli
    military", "a Kabul hotel", "the Punjab police"): it stops before the span's last word,
    the head of an English noun phrase, so the span is a description, not that name."""
    return mention.end < span[0] + len(_span_tail(span, text))


def _span_tail(span: Span, text: str, *, possessive: bool = True) -> str:
    """The span's words without trailing punctuation and, unless ``possessive`` is False,
    without a possessive ending ("the Israeli military's"): what ends at its head word."""
    tail = text[span[0] : span[1]].rstrip(" .,;:")
    return tail.removesuffix("'s").removesuffix("’s") if possessive else tail


def _words_after(span: Span, mention: Mention, text: str, *, possessive: bool = True) -> list[str]:
    """The words of ``span`` after ``mention`` up to its head word ("fighters" of "Hamas
    fighters", "border forces" of "Iranian border forces")."""
    return _span_tail(span, text, possessive=possessive)[mention.end - span[0] :].split()


#: head words that name an organisation's own members or forces: "Hamas fighters", "TTP
#: militants", "Liwa Zainebiyoun militiamen", "the group's cadres" -- the organisation acts
#: (or is acted on) through them, as ACLED codes the group itself as the actor
MEMBER_NOUNS = frozenset(
    "fighter fighters militant militants militiaman militiamen man men member members "
    "cadre cadres operative operatives commander commanders gunman gunmen cell cells "
    "unit units wing loyalist loyalists supporter supporters worker workers activist "
    "activists recruit recruits".split()
)


def members_of(span: Span, mention: Mention, text: str) -> bool:
    """Whether ``span`` names an organisation's members by a name before its head word
    ("Hamas fighters", "a cell of seven Liwa Zainebiyoun men", "the group's fighters"):
    then the organisation is the participant, not a description. Only an ORG: a place or a
    people before such a word is a description ("Punjab police", "Pakistani workers"), and
    a person's men are not that person."""
    if mention.label != "ORG":
        return False
    words = _words_after(span, mention, text, possessive=False)
    return bool(words) and words[-1].lower() in MEMBER_NOUNS


#: head words for the organs through which a state acts: "the Iranian government", "Iranian
#: border forces", "Indian federal police", "US troops" -- ACLED codes the state's forces or
#: government as the actor, so the state named before them is the participant
STATE_ORGANS = frozenset(
    "government authorities administration regime ministry forces force army military "
    "troops soldiers police navy guards officials judiciary intelligence".split()
)

#: mention labels that may name a state: a country ("Iran") or its people ("Iranian")
_STATE_LABELS = frozenset({"GPE", "NORP"})


def organ_of_state(span: Span, mention: Mention, text: str) -> bool:
    """Whether ``span`` names an organ of the country ``mention`` names ("the Iranian
    government", "Iranian border forces", "Indian federal police"): then the state is the
    participant, as an analyst codes it, while a province's or a city's organ ("the Punjab
    police", "the Balochistan government") stays a description -- a country is told by the
    gazetteer (a country's name or its people's adjective), never by a list of names."""
    if mention.label not in _STATE_LABELS:
        return False
    words = _words_after(span, mention, text)
    if not words or words[-1].lower() not in STATE_ORGANS:
        return False
    return load_gazetteer().country(mention.text) is not None
