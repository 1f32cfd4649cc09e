"""Session 36, issue 16: two reports of one event that the story join read apart.

Found on the first draw of the May recall sample (``bench/labels/stories/recall-may.jsonl``):
one district romanised two ways ("Kachhi", "Kacchi"), and an agency's lead whose country
speaks through a participle before its verb ("Pakistan on Friday unequivocally condemning
..., said").
"""

from __future__ import annotations

import re

import pytest

from dossier.kb.event_merge import place_fold
from dossier.kb.lead_names import statement_lead_end
from dossier.kb.lead_speakers import _ACTS, _lead_actors, _lead_bodies, _main_verb


@pytest.mark.unit
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kachhi", "Kacchi"),  # aspirated and geminate spellings of one affricate
        ("kachhi", "kachi"),
        ("Kachchh", "Kachh"),
        ("Nushki", "Noshki"),  # the vowel folds as before
    ],
)
def test_one_place_spelt_with_its_ch_doubled_folds_to_one_key(a, b):
    assert place_fold(a) == place_fold(b)


@pytest.mark.unit
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mach", "Kachhi"),  # two places of one district stay two
        ("Kotli", "Kohat"),
        ("Chaman", "Aman"),  # a "ch" is kept as a "ch", not dropped
    ],
)
def test_the_ch_fold_keeps_other_places_apart(a, b):
    assert place_fold(a) != place_fold(b)


def _after(text: str, name: str) -> re.Match[str]:
    found = _ACTS.match(text, text.index(name) + len(name))
    assert found is not None
    return found


@pytest.mark.unit
@pytest.mark.parametrize(
    ("text", "name", "verb"),
    [
        # the participle's object, a comma, then the verb the subject acts by
        (
            "Pakistan on Friday unequivocally condemning the Indian illegal acts of "
            "violating its sovereignty, said that the conduct was reckless.",
            "Pakistan",
            "said",
        ),
        # an adverb before the verb
        ("Pakistan condemning the strikes, strongly rejected the claims.", "Pakistan", "rejected"),
        # the first comma's word is no verb: the next comma's is
        ("Pakistan condemning the attack in Quetta, Balochistan, said it would act.", "Pakistan",
         "said"),
        # no verb after it in the sentence: the participle stays (no act)
        ("Pakistan beating India by six wickets. Fans said it was a win.", "Pakistan", "beating"),
        # a verb already: nothing to look for
        ("Pakistan on Friday said the calls were traced.", "Pakistan", "said"),
    ],
)  # fmt: skip
def test_a_leads_participle_gives_way_to_the_verb_after_it(text, name, verb):
    assert _main_verb(text, _after(text, name)) == verb


def _mention(text: str, name: str, label: str) -> dict[str, object]:
    start = text.index(name)
    return {"start": start, "end": start + len(name), "text": name, "label": label}


@pytest.mark.unit
def test_a_person_acting_through_a_participle_is_the_leads_actor():
    text = (
        "Prime Minister Shehbaz Sharif on Friday addressing the ceremony at the monument, "
        "said Pakistan wanted peace."
    )
    mentions = [_mention(text, "Shehbaz Sharif", "PERSON")]
    end = statement_lead_end(text, 2)
    assert _lead_actors(mentions, text, end, "2025-05-16") == [("shehbaz sharif", "2025-05-16")]


def test_an_agencys_country_speaking_through_a_participle_is_its_foreign_office():
    # the gazetteer tells the dateline's and the speaker's country (a few seconds to load)
    text = (
        "ISLAMABAD, May 9 (APP):Pakistan on Friday unequivocally condemning the Indian illegal "
        "acts of violating its sovereignty, said that India's reckless conduct had brought two "
        "nuclear-armed states closer to a major conflict."
    )
    mentions = [_mention(text, "ISLAMABAD", "GPE"), _mention(text, "Pakistan", "GPE")]
    end = statement_lead_end(text, 2)
    found = _lead_bodies(mentions, text, end, "2025-05-09", "ISLAMABAD")
    assert found == [("PK body:fo", "2025-05-09")]
