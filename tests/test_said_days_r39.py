"""Statements at their occasion, session 39: a quotation its speaker opens with their own
statement verb in the first person ("“We urge the Indian authorities to ...,” he said") is
said when its attribution says, so it takes the occasion the article's opening names.

Texts are made up; the rules are in :mod:`dossier.kb.said_days`.
"""

from __future__ import annotations

import pytest

from dossier.kb.said_days import occasion_day, reported_in_past
from dossier.records import AnalyzedDocument
from tests.one_article import hand_built

pytestmark = pytest.mark.unit

_DAYS = {"Saturday": "2025-01-04", "Jan 4": "2025-01-04"}


def _analyzed(text: str, events: list[tuple[str, str, str | None]], dated=None) -> AnalyzedDocument:
    return hand_built(text, _DAYS, events, "2025-01-04", dated)


def _trigger_past(sentence: str, word: str) -> bool:
    at = sentence.index(word)
    return reported_in_past(sentence, 0, len(sentence), (at, at + len(word)))


def test_a_first_person_statement_verb_in_a_quotation_is_said_when_its_attribution_says():
    said = "“We urge the Indian authorities to stop these measures,” he said."
    assert _trigger_past(said, "urge")
    assert _trigger_past(
        "“We strongly condemn the attack on the convoy,” the minister said.", "condemn"
    )
    assert _trigger_past("“I reject these remarks,” she told reporters.", "reject")


def test_another_partys_statement_verb_stays_theirs():
    # the quotation tells what someone else does: their statement, not the speaker's saying
    assert not _trigger_past("“They urge the authorities to stop these measures,” he said.", "urge")
    assert not _trigger_past(
        "RAW started accusing Pakistan by 3:05 PM, the sources added.", "accusing"
    )
    # a first-person verb the speaker tells as held before is no saying of that day
    assert not _trigger_past("“We have urged the authorities to act,” he said.", "urged")


_BRIEFING = (
    "ISLAMABAD: Foreign Office spokesperson Shafqat Ali Khan on Saturday addressed the weekly "
    "press briefing.\n"
    "He spoke about the raids on the residences of Hurriyat leaders.\n"
    "“We urge the Indian authorities to stop these oppressive measures,” he said."
)


def test_a_first_person_request_takes_the_occasion_its_lead_names():
    analyzed = _analyzed(_BRIEFING, [("urge", "REQUEST", "appeal")])
    day = occasion_day(analyzed, analyzed.events[0])
    assert day is not None and day.value_start == "2025-01-04"
    unattributed = _BRIEFING.replace(",” he said.", ".”")
    analyzed = _analyzed(unattributed, [("urge", "REQUEST", "appeal")])
    assert occasion_day(analyzed, analyzed.events[0]) is None
