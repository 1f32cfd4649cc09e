"""Three spans that are no one entity (issue 17, round 32's junk): two countries joined by
a hyphen, one name the model cut around a word it did not know, and two names joined by
"and" (``dossier.kb.resolve``); pure functions over text and mentions, no model."""

from __future__ import annotations

import pytest

from dossier.kb.name_spans import _coordinated_names, _joined_people
from dossier.kb.not_names import _country_word, _names_nothing_here
from dossier.names import normalize_name
from dossier.records import Mention

pytestmark = pytest.mark.unit


def _at(text: str, name: str, label: str = "PERSON", nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Mention(start, start + len(name), name, label, normalize_name(name), 0)


@pytest.fixture(scope="module")
def gazetteer():  # type: ignore[no-untyped-def]
    from dossier import geo

    return geo.load_gazetteer()


def test_a_country_word_is_a_name_its_people_or_its_clipped_name(gazetteer) -> None:  # type: ignore[no-untyped-def]
    assert _country_word("Pakistan", gazetteer)
    assert _country_word("Indian", gazetteer)  # the people's adjective
    assert _country_word("Pak", gazetteer)  # clipped: Pakistan
    assert _country_word("Afghan", gazetteer)  # clipped: Afghanistan
    assert not _country_word("Pa", gazetteer)  # two letters clip nothing
    assert not _country_word("Nato", gazetteer)
    assert not _country_word("Contra", gazetteer)
    assert not _country_word("Quetta", gazetteer)  # a town, no country


@pytest.mark.parametrize(
    ("text", "name", "label", "dropped"),
    [
        # two countries, clipped or whole, before a common noun or a longer name
        ("an infiltration attempt on the Pak-Afghan border in Zhob", "Pak-Afghan", "GPE", True),
        ("deepen Pak-Afghan cooperation in trade", "Pak-Afghan", "ORG", True),
        (
            "the meeting of the Pakistan-Afghanistan Joint Coordination Committee",
            "Pakistan-Afghanistan",
            "ORG",
            True,
        ),
        ("It established the India-Pakistan Indus Commission", "India-Pakistan", "ORG", True),
        ("In the recent Pakistan-India (hyphenated) war", "Pakistan-India", "ORG", True),
        (
            "the Pakistan-Afghanistan Joint Coordination Committee (JCC)",
            "Pakistan-Afghanistan",
            "ORG",
            True,
        ),
        # the acronym after spells the pair and the words after it: one name, cut
        (
            "under the China-Pakistan Economic Corridor (CPEC), which",
            "China-Pakistan",
            "ORG",
            False,
        ),
        # a people of two countries is a people
        ("an Afghan-American man was held", "Afghan-American", "NORP", False),
        ("prisoners - Israeli-American Sagui Dekel-Chen", "Israeli-American", "ORG", False),
        ("the US-Israeli strikes on Iran", "US-Israeli", "ORG", True),
        ("the Kyrgyz-Tajik border", "Kyrgyz-Tajik", "GPE", True),
        # a hyphenated country the gazetteer knows is one place
        ("the Guinea-Bissau Football Federation said", "Guinea-Bissau", "GPE", False),
        # one half no country: the old rule's common noun after still decides
        ("the Iran-Contra Affair hearings", "Iran-Contra", "EVENT", False),
        ("the Quetta-Taftan Highway was shut", "Quetta-Taftan", "FAC", False),
    ],
)
def test_two_countries_joined_by_a_hyphen_name_no_one_entity(
    gazetteer,
    text: str,
    name: str,
    label: str,
    dropped: bool,  # type: ignore[no-untyped-def]
) -> None:
    assert _names_nothing_here(_at(text, name, label), text, gazetteer) is dropped


def test_two_person_spans_around_one_capitalised_word_are_one_name() -> None:
    text = (
        "volunteers of Islami Qaumi Ittehad Aqwam Jandol, a local organisation, met. "
        "Shehbaz Sharif President Zardari and Ali Khan met Raza Ahmed."
    )
    joined = _joined_people([_at(text, "Islami Qaumi"), _at(text, "Aqwam Jandol")], text)
    assert [m.text for m in joined] == ["Islami Qaumi Ittehad Aqwam Jandol"]
    # a title between opens the second holder's name
    titled = _joined_people([_at(text, "Shehbaz Sharif"), _at(text, "Zardari")], text)
    assert len(titled) == 2
    # a title or a chamber inside the first span: an office run into it, left to the
    # title rules
    office = "Chairman Senate Syed Yousaf Raza Gillani said"
    chamber = _joined_people([_at(office, "Senate Syed"), _at(office, "Raza Gillani")], office)
    assert len(chamber) == 2
    # a lower-case word between parts two people
    verb = _joined_people([_at(text, "Ali Khan"), _at(text, "Raza Ahmed")], text)
    assert len(verb) == 2
    # an organisation's spans are not read so
    bodies = _joined_people(
        [_at(text, "Islami Qaumi", "ORG"), _at(text, "Aqwam Jandol", "ORG")], text
    )
    assert len(bodies) == 2


def test_a_span_joining_a_name_written_alone_and_another_is_cut_to_the_first() -> None:
    text = (
        "the Kurdish-led Syrian Democratic Forces (SDF) said. Officials of the Syrian "
        "Democratic Forces and Jolani met in Damascus. Jammu and Kashmir, Jammu. "
        "The Ministry of Science and Technology and the Ministry of Science met."
    )
    sdf = _at(text, "Syrian Democratic Forces", "ORG")
    both = _at(text, "Syrian Democratic Forces and Jolani", "ORG")
    out = _coordinated_names([sdf, both])
    assert [m.text for m in out] == ["Syrian Democratic Forces", "Syrian Democratic Forces"]
    assert out[1].start == both.start and out[1].end == both.start + len(sdf.text)
    assert out[1].key == sdf.key
    # a first part of one word proves nothing: "Jammu and Kashmir" stays whole
    jk = _at(text, "Jammu and Kashmir", "ORG")
    assert _coordinated_names([jk, _at(text, "Jammu", "GPE", nth=1)])[0].text == jk.text
    # the first part never written alone: kept whole
    alone = _coordinated_names([_at(text, "Ministry of Science and Technology", "ORG")])
    assert alone[0].text == "Ministry of Science and Technology"
    # a place's span is kept whole
    place = _at(text, "Syrian Democratic Forces and Jolani", "GPE")
    assert _coordinated_names([sdf, place])[1].text == place.text
