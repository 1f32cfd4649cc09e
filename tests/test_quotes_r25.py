"""Speakers, round 25: a pronoun goes to the last person the document lets it mean.

"she said" after a man was named last is the woman named before him, when the article
itself says who is a woman: an honorific ("Mrs. Clinton") or a pronoun continuing a
sentence whose only person is its subject ("Clinton says she ...").
"""

from __future__ import annotations

import pytest

from dossier.extract.nlp import analyze
from dossier.records import ClaimMention, Document

pytestmark = pytest.mark.nlp


def claims(settings, text: str) -> list[ClaimMention]:
    document = Document(id="t", source="t.txt", raw_hash="h", text=text)
    return list(next(iter(analyze([document], settings))).claims)


def speaker_of(settings, text: str, words: str) -> str | None:
    found = [c for c in claims(settings, text) if words in c.text]
    assert found, [c.text for c in claims(settings, text)]
    claim = found[0]
    return text[slice(*claim.speaker)] if claim.speaker else None


def test_she_said_skips_the_man_named_last(settings):
    text = (
        "Senator Claire McCaskill questioned Dr. David Gorski at the hearing. "
        "McCaskill said she was not persuaded by his answers. "
        "“The scientific community is against you,” she said."
    )
    assert speaker_of(settings, text, "scientific community") == "McCaskill"


def test_he_says_skips_a_woman_with_an_honorific(settings):
    text = (
        "Mr. Obama spoke to reporters on Tuesday. "
        "But Mrs. Clinton will face the same partisan fire. "
        "He says that his successor should promote past victories."
    )
    assert speaker_of(settings, text, "his successor") == "Obama"


def test_without_a_sex_in_the_article_the_last_person_stays(settings):
    # nothing in the article says who Jordan is: the nearest person is kept, as before
    text = (
        "Alex Morgan met Jordan Lee on Monday. Lee spoke first. “We agreed on nothing,” she said."
    )
    assert speaker_of(settings, text, "agreed on nothing") == "Lee"


def test_a_shared_surname_with_both_sexes_decides_nothing(settings):
    # Mr. and Mrs. Smith: the votes cancel, so "she" is the nearest Smith, as before
    text = (
        "Mr. Smith and Mrs. Smith arrived late. "
        "Smith greeted the guests. "
        "“It was a long drive,” she said."
    )
    assert speaker_of(settings, text, "long drive") == "Smith"


# --- "the defence minister said": the person the article named with that title ---------


def test_an_office_of_two_words_is_the_person_named_with_it(settings):
    text = (
        "Defence Minister Khawaja Asif visited Quetta on Monday. "
        "Later, the defence minister said the attackers had been trained abroad."
    )
    found = [c for c in claims(settings, text) if "trained abroad" in c.text]
    assert found and text[slice(*found[0].speaker)] == "Khawaja Asif"
    assert found[0].speaker_role == "defence minister"


def test_a_former_holder_is_not_the_office(settings):
    text = (
        "Former Prime Minister Imran Khan criticised the budget. "
        "Prime Minister Shehbaz Sharif met the delegation in Lahore. "
        "The prime minister said Pakistan would continue its efforts."
    )
    assert speaker_of(settings, text, "continue its efforts") == "Shehbaz Sharif"


def test_two_people_with_one_title_leave_the_office_generic(settings):
    text = (
        "Foreign Minister Ishaq Dar spoke to Foreign Minister Wang Yi on Monday. "
        "The foreign minister said the talks had been useful."
    )
    assert speaker_of(settings, text, "talks had been useful") == "foreign minister"


def test_he_after_the_office_holder_far_below_the_name(settings):
    # the holder is named at the top, more sentences up than a pronoun looks back;
    # "he" after the office's own claims is still the office's holder
    filler = "".join(f"Relief item {n} was delivered to the district.\n\n" for n in range(14))
    text = (
        "Prime Minister Shehbaz Sharif chaired a meeting in Islamabad on Monday.\n\n"
        + filler
        + "The prime minister said that the federal government will rebuild the houses.\n\n"
        "“It is the responsibility of the government,” he said.\n\n"
        "The federal government will bear all the expenses of the injured.\n\n"
        "Everyone who served the country will be honoured at the national level, he concluded."
    )
    assert speaker_of(settings, text, "honoured at the national level") == "Shehbaz Sharif"


def test_an_office_given_in_apposition_names_its_holder(settings):
    text = (
        "Lt Gen Ahmed Sharif Chaudhry, the military spokesperson, briefed the media. "
        "The military spokesperson said 10 terrorists were killed."
    )
    assert speaker_of(settings, text, "10 terrorists were killed").endswith("Ahmed Sharif Chaudhry")


# --- verbs that attribute a quote without reporting a claim -----------------------------


def test_a_demanded_question_is_its_asker(settings):
    text = (
        "“Every time you say that,” Tester said. "
        "“Why isn’t this proof that the bank is too big to fail?” Vitter demanded."
    )
    assert speaker_of(settings, text, "too big to fail") == "Vitter"


def test_demanding_that_is_no_reported_claim(settings):
    text = "The protesters demanded that the government release the detainees."
    assert claims(settings, text) == []
