"""The ages a lead gives its persons: an incident's identity where no place or toll is read.

Reports of one incident that happened to one person -- a pedestrian killed by a hit-and-run
driver, a climber's fall, a player's arrest -- give that person's age in their first lines
("A 59-year-old woman was killed ...", "Raj Chohan, 59, was walking ...", "a man aged 32"),
each outlet in its own words, while the place may be a street the tagger does not read and
the toll is "one woman", which the extractor keeps as no toll. The age is a detail each
outlet copies from the police release, and two look-alike incidents of one type rarely give
one age. On ECB+ dev (a `main` ingest, session 32) 30 missed same-event pairs gave one age
in their leads and no look-alike pair did; joined as below, 667 -> 668 pairs (P 1.00), the
others held apart by complete linkage with reports that give no age and place the incident
elsewhere. The realnews labels and the January archive slice join the same pairs (27 of its
1,000 leads give an age).

An age is never evidence alone: the event-group join
(:func:`dossier.kb.event_groups.assign_event_group`) takes an age in common only where two
main incidents are already :func:`dossier.kb.event_merge.compatible` (one type and mode,
days, no places or regions apart) and told alike (the join's telling test), in place of
the specific place or the toll :func:`dossier.kb.event_merge.same_incident` asks for.
"""

from __future__ import annotations

import re

#: "59-year-old", "59 - year - old" (a tokenised page), "59-years-old"
_YEAR_OLD = r"\b(\d{1,3}) ?- ?years? ?- ?old\b"
#: "Raj Chohan, 59, was ...", "Williams, 32, was going": an age set off after a name
_AFTER_NAME = r"\b[A-Z][a-z]+, (\d{1,3}),"
#: "a man aged 32", "aged about 30" is no age
_AGED = r"\baged (\d{1,3})\b"
AGE = re.compile(f"{_YEAR_OLD}|{_AFTER_NAME}|{_AGED}")
#: ages outside this range are no person's age as a lead gives it (a "150-year-old
#: building", a count set off by commas)
MAX_AGE = 110


def lead_ages(title: str | None, lead: str) -> frozenset[str]:
    """The ages (as written, "59") that a report's headline and lead (its first sentences,
    :func:`dossier.kb.lead_names.statement_lead_end`) give persons."""
    found: set[str] = set()
    for text in (title or "", lead):
        for groups in AGE.findall(text):
            age = next(g for g in groups if g)
            if 0 < int(age) <= MAX_AGE:
                found.add(str(int(age)))
    return frozenset(found)


def age_in_common(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two leads give one age (:func:`lead_ages`)."""
    return bool(a & b)
