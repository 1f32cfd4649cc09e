"""Issue 17, session 29 (types on ``mentions.tsv``): a people's adherent and an Arabic
brigade's word decide an entity's type whatever the model voted.

Hand-built alias statistics (the model's labels fixed), so each test checks one typing rule
of :func:`dossier.kb.name_types.choose_type` without the parser. The names are invented.
"""

from __future__ import annotations

import pytest

from dossier import names
from dossier.kb import name_types
from dossier.store.base import AliasStat

pytestmark = pytest.mark.unit


def _stat(text: str, label: str, mentions: int = 1) -> AliasStat:
    return AliasStat(
        key=names.normalize_name(text),
        text=text,
        label=label,
        mentions=mentions,
        documents=mentions,
    )


@pytest.mark.parametrize("label", ["FAC", "PERSON", "ORG"])
@pytest.mark.parametrize("name", ["Vorbadi Sikh", "Kelmari Hindu", "Dorvani Shia"])
def test_one_adherent_after_a_peoples_word_is_the_community(name, label):
    assert name_types.choose_type([_stat(name, label, 3)]) == "NORP"


@pytest.mark.parametrize("name", ["Abu Muslim", "Farid Ahmadi", "Kelmar Christian"])
def test_a_mans_name_ending_in_a_faiths_word_stays_a_person(name):
    assert name_types.choose_type([_stat(name, "PERSON", 3)]) == "PERSON"


@pytest.mark.parametrize("name", ["Kataeb Vorbad", "Kataib Vorbad"])
def test_an_arabic_brigades_word_makes_a_body_of_a_person_vote(name):
    assert name_types.choose_type([_stat(name, "PERSON", 4)]) == "ORG"


def test_the_brigades_spellings_are_one_class():
    assert names.GENERIC_CLASSES["kataeb"] == names.GENERIC_CLASSES["kataib"] == "brigade"
