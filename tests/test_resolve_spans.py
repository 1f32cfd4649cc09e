"""Mention spans the model cut or took for names, mended or dropped inside the document
(``dossier.kb.resolve``): pure functions over text and mentions, no model."""

from __future__ import annotations

import pytest

from dossier import names
from dossier.kb.name_spans import _joined_people, _trimmed, _whole_body, _whole_person
from dossier.kb.not_names import _names_nothing_here, _not_a_name
from dossier.kb.offices import _offices, _title_only
from dossier.kb.outlet_credits import _site_name
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


@pytest.fixture(scope="module")
def gazetteer():  # type: ignore[no-untyped-def]
    from dossier import geo

    return geo.load_gazetteer()


@pytest.mark.parametrize(
    ("text", "name", "label", "dropped"),
    [
        # a piece of an office whose initials are a rank ("DPO")
        ("led by District Police Officer Zahidullah Khan", "District Police", "ORG", True),
        ("said Frontier Corps Inspector General Ali", "Frontier Corps", "ORG", False),
        ("the Punjab Police Officer said", "Punjab Police", "ORG", False),
        # the last two names of a list; places joined by "and" are one name
        ("identified as Riaz, Shafiq, Asif and Waheed.", "Asif and Waheed", "ORG", True),
        ("in Punjab, Jammu and Kashmir and Sindh", "Jammu and Kashmir", "GPE", False),
        ("Asif and Waheed Traders opened", "Asif and Waheed", "ORG", False),
        # two names joined into a modifier of a common noun, the first a country
        ("the main US-Nato base in Afghanistan", "US-Nato", "ORG", True),
        ("the Guinea-Bissau government said", "Guinea-Bissau", "GPE", False),
        ("the Tehreek-i-Taliban Pakistan said", "Tehreek-i-Taliban Pakistan", "ORG", False),
        # a phrase of devotion
        ("And Insha Allah, the day will dawn", "Insha Allah", "PERSON", True),
    ],
)
def test_spans_that_name_nothing_in_their_sentence(
    gazetteer,
    text: str,
    name: str,
    label: str,
    dropped: bool,  # type: ignore[no-untyped-def]
) -> None:
    assert _names_nothing_here(_at(text, name, label), text, gazetteer) is dropped


def test_an_acronym_defined_as_an_office_names_a_post(gazetteer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "a call from US National Security Adviser (NSA) Michael Waltz. He congratulated the "
        "NSA. In 2024, Station House Office (SHO) Rahim Khan and the Frontier Corps (FC) met."
    )
    offices = _offices(names.acronyms_in_text(text))
    assert offices == {"NSA", "SHO"}
    second = text.index("NSA.")
    nsa = Mention(second, second + 3, "NSA", "ORG", "nsa", 0)
    assert _names_nothing_here(nsa, text, gazetteer, offices)
    sho = _at(text, "Station House Office", "ORG")
    assert _names_nothing_here(sho, text, gazetteer, offices)
    assert not _names_nothing_here(_at(text, "Frontier Corps", "ORG"), text, gazetteer, offices)


def test_a_body_cut_before_of_grows_to_its_head(gazetteer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "met Chairman Joint Chiefs of Staff Committee General Sahir Mirza and the Bank of England"
    )
    cut = _at(text, "Joint Chiefs", "PERSON")
    grown = _whole_body(cut, text, [(cut.start, cut.end)], gazetteer)
    assert (grown.text, grown.label) == ("Joint Chiefs of Staff Committee", "ORG")
    bank = _at(text, "Bank", "ORG")
    assert _whole_body(bank, text, [(bank.start, bank.end)], gazetteer) == bank


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        (
            "according to the health ministry of the Hamas-run territory",
            "health ministry of the",
            "health ministry",
        ),
        ("in Khyber Pakhtunkhwa and Punjab", "Khyber Pakhtunkhwa and", "Khyber Pakhtunkhwa"),
        (
            "terrorists of this Fitna al Hindustan said",
            "this Fitna al Hindustan",
            "Fitna al Hindustan",
        ),
        ("the Bank of England said", "Bank of England", "Bank of England"),
    ],
)
def test_spans_run_past_their_name_are_trimmed(text: str, name: str, kept: str) -> None:
    trimmed = _trimmed(_at(text, name, "ORG"))
    assert trimmed.text == kept
    assert text[trimmed.start : trimmed.end] == kept
    assert trimmed.key == normalize_name(kept)


@pytest.mark.parametrize(
    ("text", "name", "label", "kept"),
    [
        ("said SSP South Syed Asad Raza", "South Syed Asad Raza", "PERSON", "Syed Asad Raza"),
        ("said South Africa's president", "South Africa", "GPE", "South Africa"),
        ("met West Ham", "West Ham", "PERSON", "West Ham"),
        ("Iran’s Quds Force said", "Iran’s Quds Force", "ORG", "Iran’s Quds Force"),
    ],
)
def test_owners_and_offices_before_a_name_are_trimmed(
    text: str, name: str, label: str, kept: str
) -> None:
    trimmed = _trimmed(_at(text, name, label))
    assert trimmed.text == kept
    assert text[trimmed.start : trimmed.end] == kept
    assert trimmed.key == normalize_name(kept)


def test_a_lone_country_acronym_is_no_title() -> None:
    text = "the US said, and the Prime Minister and the Supreme spoke"
    assert not _title_only(_at(text, "US", "GPE"))
    assert _title_only(_at(text, "Prime Minister", "PERSON"))
    assert _title_only(_at(text, "Supreme", "ORG"))


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://www.dawn.com/news/1882304/slug", "dawn"),
        ("https://tribune.com.pk/story/1", "tribune"),
        ("corpus/articles.jsonl", None),
        (None, None),
    ],
)
def test_the_outlet_is_read_from_the_web_address(url: str | None, site: str | None) -> None:
    assert _site_name(url) == site
