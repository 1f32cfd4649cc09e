"""Round 25: non-Arabic names compared by European spelling rules, consonants included.

The Arabic folds of ``dossier.names`` join "w" after a vowel with "u" and a lone initial's
letter with a vowel; outside Arabic, Persian or Urdu names those join different names.
"""

from __future__ import annotations

import pytest

from dossier.names import arabic_like, explain, foreign_vowel_veto, match


@pytest.mark.unit
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Bowden", "Bodden"),  # English "ow" is no Arabic "aw" diphthong
        ("Browner", "Brunner"),
        ("Rowsell", "Russel"),
        ("Tom Bown", "Tom Bone"),
    ],
)
def test_european_consonants_are_compared_by_european_rules(a: str, b: str) -> None:
    assert not arabic_like(a) and not arabic_like(b)
    assert foreign_vowel_veto(a, b)
    assert match(a, b, "PERSON", "PERSON") is None
    assert "does not look Arabic" in " ".join(explain(a, b, "PERSON", "PERSON").reasons)


@pytest.mark.unit
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Serghei", "Sergei"),  # Romanian "gh" before e/i is a hard g
        ("Bach", "Basch"),  # ch/sh spellings of one sound stay free
        ("Kaufman", "Kauffman"),
        ("Tawfik", "Taufiq"),  # the Arabic fold still joins an Arabic name's diphthong
        ("Mohammed Bowden", "Mohammed Bouden"),  # one Arabic word marks the whole name
    ],
)
def test_shared_spellings_and_arabic_names_still_match(a: str, b: str) -> None:
    assert foreign_vowel_veto(a, b) is None
    assert match(a, b, "PERSON", "PERSON") is not None


@pytest.mark.unit
@pytest.mark.parametrize(("a", "b"), [("E.", "Ey"), ("E. A.", "Eia"), ("Q. Smith", "K. Smith")])
def test_an_initial_is_a_letter_not_a_vowel(a: str, b: str) -> None:
    assert match(a, b, "PERSON", "PERSON") is None


@pytest.mark.unit
def test_english_and_dutch_contractions_are_no_ayn() -> None:
    assert not arabic_like("van't Hoff")
    assert arabic_like("Ja'far")
    assert match("Van't", "Went", "PERSON", "PERSON") is None
