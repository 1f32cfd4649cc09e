"""A figure's subject does not hang on how its source is written as a speaker (issue 16,
round 26): the document that told it ("an Ardent Army news release said") and the body
resolved as its issuer ("the Ardent Army said") give one subject, so two reports of one
toll keep their identity. Mentions are built by hand; no parse runs."""

from __future__ import annotations

import re

import pytest

from dossier.extract.quantities import Figure, subject_of
from dossier.records import Mention

pytestmark = pytest.mark.unit


def mentions_of(text: str, names: dict[str, str]) -> list[Mention]:
    """Every occurrence of each name, as an ORG mention of its sentence."""
    found = []
    for name, key in names.items():
        for match in re.finditer(re.escape(name), text):
            sentence = text[: match.start()].count(". ")
            found.append(Mention(match.start(), match.end(), name, "ORG", key, sentence))
    return sorted(found, key=lambda m: m.start)


def figure_at(text: str, numeral: str) -> Figure:
    start = text.index(numeral)
    return Figure(start, start + len(numeral), float(numeral), float(numeral), None, None)


def subject(text: str, names: dict[str, str], numeral: str, source) -> str | None:
    mentions = mentions_of(text, names)
    sentence_start = text.rfind(". ", 0, text.index(numeral))
    start = 0 if sentence_start == -1 else sentence_start + 2
    end = text.index(".", text.index(numeral)) + 1
    found = subject_of(
        text,
        figure_at(text, numeral),
        None,
        (start, end),
        text[:start].count(". "),
        mentions,
        source,
    )
    return text[slice(*found)] if found else None


NAMES = {"Ardent Army": "ardent army", "Velmoran Armed Forces": "velmoran armed forces"}


def test_an_incident_toll_keeps_its_subject_whatever_its_speaker():
    text = (
        "The Velmoran Armed Forces struck six towns overnight. "
        "The strikes killed 40 civilians and wounded 121 others, said an Ardent Army news release."
    )
    release = text.index("an Ardent Army news release")
    phrase = (release, release + len("an Ardent Army news release"))
    issuer = (text.index("Ardent Army"), text.index("Ardent Army") + len("Ardent Army"))
    as_document = subject(text, NAMES, "40", phrase)
    as_issuer = subject(text, NAMES, "40", issuer)
    assert as_document == as_issuer == subject(text, NAMES, "40", None)
    assert as_issuer == "Ardent Army"


def test_a_tally_passes_over_its_source_however_it_is_written():
    names = {**NAMES, "Harwick Institute": "harwick institute"}
    text = (
        "The Velmoran Armed Forces broke the truce in May. "
        "The Ardent Army carried out a total of 444 attacks in 2024, a Harwick Institute "
        "report said."
    )
    report = text.index("a Harwick Institute report")
    phrase = (report, report + len("a Harwick Institute report"))
    body = (report + 2, report + 2 + len("Harwick Institute"))
    assert subject(text, names, "444", phrase) == subject(text, names, "444", body)
    assert subject(text, names, "444", body) == "Ardent Army"
