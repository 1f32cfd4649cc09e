"""Claims stage: merge repeated statements, compare numbers across sources.

Analysts ask two questions of every figure: who else says so, and who says
otherwise. Two rules keep the answers honest:

* **Independence counts stories, not documents.** A quote re-printed in a
  second edition of the same story is the *same* claim with two pieces of
  evidence, never a corroboration of itself.
* **Hedges widen numbers before comparing.** "around a thousand" is not
  contradicted by 950; "up to 1,000" is contradicted by "5,000 to 7,000".

Claims about the same subject and the same measure (what is counted) are
compared: overlapping ranges corroborate, disjoint ranges contradict.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from dossier.quantities import APPROX_HEDGES, LOWER_HEDGES, UPPER_HEDGES, VAGUE

#: relative widening for approximate hedges ("around a thousand" ~ 800–1,200)
APPROXIMATE = 0.2
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True, slots=True)
class ClaimView:
    """A claim as the comparison sees it: resolved entities and its stories."""

    id: str
    kind: str
    speaker: str | None
    subject: str | None
    text: str
    min: float | None = None
    max: float | None = None
    unit: str | None = None
    hedge: str | None = None
    stories: frozenset[str] = field(default_factory=frozenset)


@dataclass(slots=True)
class Relations:
    contradicts: set[str] = field(default_factory=set)
    corroborated_by: set[str] = field(default_factory=set)


def text_key(text: str) -> str:
    """Whitespace-, case- and punctuation-insensitive form of a statement."""
    return " ".join(_WORD.findall(text.lower()))


def claim_id(
    kind: str,
    speaker: str | None,
    subject: str | None,
    text: str,
    figure: tuple[float | None, float | None, str | None] | None = None,
) -> str:
    """Stable id; a quantity claim is also named by its figure, since one
    sentence can state several ("around a thousand … some 300 fighters")."""
    raw = f"{kind}|{speaker or ''}|{subject or ''}|{text_key(text)}|{figure or ''}"
    return "clm_" + hashlib.sha256(raw.encode()).hexdigest()[:12]


def same_statement(a: str, b: str) -> bool:
    """One statement, possibly cut or lightly edited between editions."""
    ka, kb = text_key(a), text_key(b)
    if not ka or not kb:
        return False
    if ka in kb or kb in ka:
        return min(len(ka), len(kb)) >= 0.6 * max(len(ka), len(kb))
    wa, wb = set(ka.split()), set(kb.split())
    return len(wa & wb) / len(wa | wb) >= 0.8


def unit_key(unit: str | None) -> str | None:
    """What is counted, comparable across sources: lower case, a lone plural noun
    made singular ("fighters" -> "fighter"); multi-word units ("USD per month",
    "bodyguard killed") are already normalised by the reader and kept whole."""
    if not unit:
        return None
    words = _WORD.findall(unit.lower())
    if not words:
        return None
    if len(words) == 1:
        return re.sub(r"(?<=[a-z])ies$", "y", re.sub(r"(?<=[^s])s$", "", words[0]))
    return " ".join(words)


def is_vague(claim: ClaimView) -> bool:
    """ "several", "dozens", "billions": too loose to contradict anything."""
    return (claim.hedge or "").lower().strip() in VAGUE


def interval(claim: ClaimView) -> tuple[float, float] | None:
    """The range a hedged figure allows, widened for approximation.

    Hedge words are the ones :mod:`dossier.quantities` reads figures with.
    """
    low, high = claim.min, claim.max
    if low is None and high is None:
        return None
    hedge = (claim.hedge or "").lower().strip()
    if hedge in UPPER_HEDGES:
        low = 0.0
        high = high if high is not None else low
    elif hedge in LOWER_HEDGES or hedge in VAGUE:
        low = low if low is not None else high
        high = math.inf
    low = low if low is not None else high
    high = high if high is not None else low
    assert low is not None and high is not None
    if hedge in APPROX_HEDGES:
        low, high = low * (1 - APPROXIMATE), high * (1 + APPROXIMATE)
    return (low, high)


def comparable(a: ClaimView, b: ClaimView) -> bool:
    return (
        a.kind == b.kind == "quantity"
        and a.subject is not None
        and a.subject == b.subject
        and unit_key(a.unit) is not None
        and unit_key(a.unit) == unit_key(b.unit)
    )


def relate(claims: Sequence[ClaimView]) -> dict[str, Relations]:
    """Contradictions and corroborations among quantity claims.

    Corroboration needs disjoint stories (independent sources); a
    contradiction is reported whatever the sources, since an outlet that
    contradicts itself is worth an analyst's attention too.
    """
    relations = {c.id: Relations() for c in claims}
    groups: dict[tuple[str, str], list[ClaimView]] = {}
    for claim in claims:
        if claim.kind == "quantity" and claim.subject and unit_key(claim.unit):
            groups.setdefault((claim.subject, unit_key(claim.unit) or ""), []).append(claim)
    for members in groups.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                _compare(a, b, relations)
    return relations


def _compare(a: ClaimView, b: ClaimView, relations: dict[str, Relations]) -> None:
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:
        return
    if ia[1] < ib[0] or ib[1] < ia[0]:
        if is_vague(a) or is_vague(b):
            return
        relations[a.id].contradicts.add(b.id)
        relations[b.id].contradicts.add(a.id)
    elif a.stories.isdisjoint(b.stories):
        relations[a.id].corroborated_by.add(b.id)
        relations[b.id].corroborated_by.add(a.id)


def independent_stories(claims: Iterable[ClaimView]) -> int:
    """How many independent sources (stories) a set of claims comes from."""
    return len(set().union(*(c.stories for c in claims)))
