"""Speakers, round 26: a statement speaks for whoever issued it.

"According to a statement from the ISPR", "a statement issued by the CTD said" and, after
"the ISPR said", "the statement added" are the issuer's words, not a generic "statement".
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


def test_a_statement_from_a_named_body_is_the_bodys(settings):
    text = (
        "According to a statement from the Inter-Services Public Relations (ISPR), nine "
        "terrorists were killed in three separate engagements."
    )
    assert speaker_of(settings, text, "nine terrorists") == "Inter-Services Public Relations"


def test_a_statement_issued_by_a_body_is_the_bodys(settings):
    text = (
        "A statement issued by the CTD said that it conducted an operation to arrest the "
        "suspects. The suspects opened fire on the police. A search operation was underway, "
        "the statement said."
    )
    assert speaker_of(settings, text, "conducted an operation") == "CTD"
    # "the statement" two sentences on is the same statement
    assert speaker_of(settings, text, "search operation") == "CTD"


def test_the_statement_after_an_organisation_spoke_is_its(settings):
    text = (
        "“Four terrorists were neutralised,” the ISPR said. “The killed terrorists were "
        "highly wanted by law enforcement agencies,” the statement added."
    )
    assert speaker_of(settings, text, "highly wanted") == "ISPR"


def test_the_statement_after_a_person_spoke_stays_a_statement(settings):
    # a shopkeeper's words are not a statement: nothing issued one in reach
    text = (
        "Ali Khan, a shopkeeper, said he saw the blast. Police are investigating the "
        "attack, the statement said."
    )
    assert speaker_of(settings, text, "investigating") == "statement"


def test_a_statement_no_one_issued_in_the_article_stays_a_statement(settings):
    text = "The ministry issued a statement of intent. “We will act,” the statement said."
    assert speaker_of(settings, text, "We will act") == "statement"


def test_a_name_inside_the_statement_is_its_issuer(settings):
    # "the ISPR press release", not the other statement named just before it
    text = (
        "A statement by India's Press Information Bureau said army installations were "
        "targeted. Referring to the strikes, the ISPR press release said, “India is attacking "
        "Pakistan using drones in panic.”"
    )
    assert speaker_of(settings, text, "India is attacking") == "ISPR"


def test_the_statement_after_an_unnamed_speaker_does_not_skip_to_an_organisation(settings):
    # the government's statement: not the broadcaster that spoke the sentence before
    text = (
        "PTV News said at 6:29am that drones were active. Soon after, the government said "
        "on X that Pakistan had targeted military installations. “These actions are being "
        "carried out in response to India's attack,” the statement said."
    )
    assert speaker_of(settings, text, "These actions") in {"statement", "government"}


def test_an_offices_name_the_tagger_broke_up_is_kept_whole(settings):
    text = (
        "The prime minister commended the scientists, according to a statement from the "
        "Prime Minister Office."
    )
    assert speaker_of(settings, text, "commended the scientists") == "Prime Minister Office"


def test_a_name_that_only_says_which_committee_is_not_the_issuer(settings):
    # the name modifies the issuing body ("the Dunmore sit-in committee"): the issuer is the
    # committee, not the town the tagger may take for an organisation
    text = (
        "The organisers of the protest issued a statement on Sunday. "
        "“We will march to the capital if our demands are not met,” the statement, issued "
        "by the Dunmore sit-in committee, said."
    )
    assert speaker_of(settings, text, "We will march") == "Dunmore sit-in committee"
