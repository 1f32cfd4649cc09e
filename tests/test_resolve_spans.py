"""Mention spans the model cut or took for names, mended or dropped inside the document
(``dossier.kb.resolve``): pure functions over text and mentions, no model."""

from __future__ import annotations

import pytest

from dossier.kb.resolve import _joined_people, _not_a_name, _whole_person
from dossier.names import normalize_name
from dossier.records import Mention

pytestmark = pytest.mark.unit


def _at(text: str, name: str, label: str = "PERSON") -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, label, normalize_name(name), 0)


def test_two_adjacent_person_spans_are_one_name() -> None:
    text = "Former chief minister Amir Haider Khan Hoti spoke, and Ali, Raza met."
    joined = _joined_people([_at(text, "Amir Haider"), _at(text, "Khan Hoti")], text)
    assert [m.text for m in joined] == ["Amir Haider Khan Hoti"]
    apart = _joined_people([_at(text, "Ali"), _at(text, "Raza")], text)
    assert len(apart) == 2  # a comma between: two people


def test_a_participle_span_joins_the_name_it_qualifies() -> None:
    text = (
        "rights abuses in Indian Illegally Occupied Jammu were reported by Manchester United Fans"
    )
    joined = _joined_people(
        [_at(text, "Indian Illegally Occupied", "ORG"), _at(text, "Jammu", "GPE")], text
    )
    assert [(m.text, m.label) for m in joined] == [("Indian Illegally Occupied Jammu", "GPE")]
    kept = _joined_people([_at(text, "Manchester United", "ORG"), _at(text, "Fans", "ORG")], text)
    assert len(kept) == 2


@pytest.mark.parametrize(
    ("text", "name", "whole"),
    [
        (
            "said Sheikh Mohammed bin Jassim Al-Thani today",
            "bin Jassim Al-Thani",
            "Mohammed bin Jassim Al-Thani",
        ),
        ("the lawyers Malik Shaukat Ayaz Khan and others", "Ayaz Khan", "Ayaz Khan"),
        ("said PTI Chairman Gohar Ali Khan on Monday", "Gohar Ali Khan", "Gohar Ali Khan"),
        ("Chairman Gohar Ali Khan said", "Ali Khan", "Ali Khan"),  # a sentence opener
        ("met Prime Minister Shehbaz Sharif", "Shehbaz Sharif", "Shehbaz Sharif"),
    ],
)
def test_a_cut_person_name_grows_over_name_words_only(text: str, name: str, whole: str) -> None:
    mention = _at(text, name)
    assert _whole_person(mention, text, [(mention.start, mention.end)]).text == whole


@pytest.mark.parametrize(
    ("name", "label", "dropped"),
    [
        ("Nationalist) Army", "ORG", True),
        ("anti-Israel", "NORP", True),
        ("poles", "NORP", True),
        ("Poles", "NORP", False),
        ("Sindhudesh (Nationalist) Army", "ORG", False),
    ],
)
def test_spans_that_name_nothing_are_dropped(name: str, label: str, dropped: bool) -> None:
    text = f"a statement by {name} on Monday"
    assert _not_a_name(_at(text, name, label)) is dropped
