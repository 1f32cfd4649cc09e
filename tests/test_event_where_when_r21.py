"""Places of events, session 21 (issue 15 item 3): an organisation's initials are never the
gazetteer town they happen to spell ("The attack was claimed by BLA" is the Balochistan
Liberation Army, not Bla in Mali; "The UN ... demanded" is not Un in India), while the
abbreviations the gazetteer holds for places ("KP", "AJK") and a dateline's town in capitals
("QUETTA:") stay places; and a place that possesses a phrase naming another place ("north
Gaza's Jabalia refugee camp") is wider than it, so not the sentence's most specific place.
Unit tests need no model (hand-built parses); the end-to-end test runs the pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Doc

from dossier.extract.events.place_time import _holds_place, _org_initials
from dossier.geo import initials_of_no_place
from dossier.records import Mention
from tests import hand_parses
from tests.one_article import exported_events

#: English's vocabulary without a model: what gives a hand-built token its lower-case form
VOCAB = hand_parses.VOCAB  # one blank English vocabulary for every hand-built parse


def _parse(rows: list[tuple[str, int, str, str, str]]) -> Doc:
    """A parse from rows of (word, head index, dependency, POS, entity IOB tag)."""
    words, heads, deps, pos, iob = (list(col) for col in zip(*rows, strict=True))
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, ents=iob)


def _places(doc: Doc) -> list[Mention]:
    return [
        Mention(e.start_char, e.end_char, e.text, e.label_, e.text.lower(), 0) for e in doc.ents
    ]


def _camp(owned: str) -> Doc:
    """ "Strikes killed others in Gaza ’s <owned> camp ." """
    return _parse(
        [
            ("Strikes", 1, "nsubj", "NOUN", "O"),
            ("killed", 1, "ROOT", "VERB", "O"),
            ("others", 1, "dobj", "NOUN", "O"),
            ("in", 2, "prep", "ADP", "O"),
            ("Gaza", 7, "poss", "PROPN", "B-GPE"),
            ("’s", 4, "case", "PART", "O"),
            (owned, 7, "compound", "PROPN", "B-GPE" if owned == "Jabalia" else "O"),
            ("camp", 3, "pobj", "NOUN", "O"),
            (".", 1, "punct", "PUNCT", "O"),
        ]
    )


@pytest.mark.unit
def test_a_place_possessing_another_named_place_is_the_wider() -> None:
    doc = _camp("Jabalia")
    gaza, jabalia = _places(doc)
    assert _holds_place(gaza, [gaza, jabalia], doc)
    assert not _holds_place(jabalia, [gaza, jabalia], doc)  # the held place itself


@pytest.mark.unit
def test_a_possessor_of_an_unnamed_place_still_counts() -> None:
    doc = _camp("refugee")  # "Gaza's refugee camp": no other place named, Gaza is the place
    (gaza,) = _places(doc)
    assert not _holds_place(gaza, [gaza], doc)


@pytest.mark.unit
@pytest.mark.parametrize("name", ["BLA", "UN"])
def test_initials_spelling_only_a_towns_name_are_no_place(name: str) -> None:
    assert initials_of_no_place(name)


@pytest.mark.unit
@pytest.mark.parametrize("name", ["KP", "AJK", "IIOJK", "Quetta", "Bla", "TTP", "B"])
def test_abbreviations_of_places_and_ordinary_names_are_not_initials(name: str) -> None:
    # "KP" and "AJK" are abbreviations the gazetteer holds for provinces; "Bla" written as a
    # town's name is the town's; "TTP" matches no place at all; one letter is no acronym
    assert not initials_of_no_place(name)


@pytest.mark.unit
def test_initials_in_running_text_typed_a_group_are_not_a_place() -> None:
    text = "QUETTA: The attack was claimed by BLA, police said."
    assert _org_initials("BLA", text.index("BLA"), text, "ORG")
    assert _org_initials("BLA", text.index("BLA"), text, None)  # untagged: the same


@pytest.mark.unit
def test_a_dateline_in_capitals_opening_its_line_stays_a_place() -> None:
    text = "Intro line.\nQUETTA: Five soldiers were killed."
    assert initials_of_no_place("QUETTA")  # spelled like the town's own name ...
    assert not _org_initials("QUETTA", text.index("QUETTA"), text, "ORG")  # ... but a dateline


@pytest.mark.unit
def test_every_town_of_a_two_town_dateline_stays_a_place() -> None:
    text = "KARACHI / QUETTA: Five soldiers were killed in QUETTA on Monday."
    second = text.index("QUETTA")  # inside the line, but within the dateline
    assert not _org_initials("QUETTA", second, text, "ORG")
    assert _org_initials("QUETTA", text.rindex("QUETTA"), text, "ORG")  # the body's capitals


@pytest.mark.unit
def test_a_place_tagged_acronym_counts_only_where_the_document_defines_it() -> None:
    defined = "The Balochistan Liberation Army (BLA) said BLA fighters attacked."
    undefined = "Five people were killed near BLA on Monday."
    assert _org_initials("BLA", defined.rindex("BLA"), defined, "GPE")
    assert not _org_initials("BLA", undefined.index("BLA"), undefined, "GPE")


@pytest.mark.nlp
def test_a_claimed_attack_is_not_placed_in_the_town_the_groups_initials_spell(
    tmp_path: Path, settings
) -> None:
    text = (
        "QUETTA: Five soldiers were killed in an attack in Kalat district on Tuesday. "
        "The BLA claimed the attack in a statement."
    )
    events = exported_events(tmp_path, settings, text, "2025-03-12")
    assert events
    for event in events:
        assert event.get("location_name") != "BLA"
        assert event.get("location_country") != "Mali"
