"""Issue 17, session 38: entity mechanisms measured on the whole archive -- an office's
letters stand for the report's holder, not a body; a lone given name that begins a
hyphenated name too names neither man; a report's two-word place and a locality's check post.

Hand-built mentions; the names are invented.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from dossier.kb import entity_keys, name_types, office_letters, resolve
from dossier.store.base import AliasStat
from tests.test_resolve_store import _doc

pytestmark = pytest.mark.unit


def _resolved(text: str, spans: list[tuple[str, str]], number: int = 1) -> list[tuple]:
    """(text, key, label) of each hand-built mention of one document after coreference."""
    resolved = resolve.corefer(_doc(number, text, spans), agencies=[])
    return [(m.text, m.key, m.label) for m in resolved.mentions]


def test_bare_office_letters_are_the_reports_holder_not_a_body():
    one = _resolved("Five suspects were arrested, the RPO said on Monday.", [("RPO", "ORG")], 1)
    two = _resolved("The RPO met the family of the deceased officer.", [("RPO", "ORG")], 2)
    assert one[0][2] == "PERSON" and two[0][2] == "PERSON"
    # each report's officer is its own: the letters are no key other reports share
    assert one[0][1] != two[0][1]


def test_office_letters_before_a_name_are_a_piece_of_that_name():
    found = _resolved(
        "SP Wazir said the suspect was a professional criminal.",
        [("SP", "ORG"), ("Wazir", "PERSON")],
    )
    assert [m[0] for m in found] == ["Wazir"]


def test_letters_the_report_spells_as_an_office_are_its_holder():
    found = _resolved(
        "Chief of Army Staff (COAS) Karlo Venn met leaders. The COAS said so.",
        [("Karlo Venn", "PERSON"), ("COAS", "ORG")],
    )
    assert found[-1][2] == "PERSON"


def test_an_entity_of_an_offices_letters_is_typed_a_person():
    stats = [AliasStat("rpo@doc-1", "RPO", "PERSON", 2, 1)]
    assert name_types.choose_type(stats) == "PERSON"
    assert name_types.choose_type([AliasStat("mqm", "MQM", "PERSON", 2, 1)]) == "ORG"


def test_letters_the_report_defines_as_a_body_stay_the_body():
    found = _resolved(
        "A statement by the Central Police Office (CPO) in Dorvan said so. The CPO added more.",
        [("Central Police Office", "ORG"), ("CPO", "ORG"), ("CPO", "ORG")],
    )
    assert all(label == "ORG" for _t, _k, label in found)


@pytest.mark.parametrize(
    "text, span, kind",
    [
        ("A police team led by SP Karlopur initiated an investigation.", "SP Karlopur", "office"),
        ("He was met by AIG Operations on Monday.", "AIG Operations", "office"),
        ("Forces led by COAS Karlo Venn turned the tide.", "COAS Karlo Venn", "person"),
        ("A statement issued by the PM Office said so.", "PM Office", None),
        ("IGP Dorvan Dr Venn ordered an inquiry.", "IGP Dorvan Dr", None),
        # the post right before its holder, whom the model found apart, is left alone
        ("A team under DSP City Karlo Venn went.", "DSP City", None),
    ],
)
def test_a_body_opened_by_an_offices_letters(text: str, span: str, kind: str | None):
    analyzed = _doc(1, text, [(span, "ORG")])
    read = office_letters.holder_after_letters(analyzed.mentions[0], text, set(), lambda _w: False)
    assert read == kind


def test_a_place_office_of_police_letters_names_nobody():
    found = _resolved(
        "A police team led by SP Karlopur arrested two men.", [("SP Karlopur", "ORG")]
    )
    assert found == []


def test_a_lone_given_name_that_also_begins_a_hyphenated_name_is_neither_mans():
    text = (
        "District Police Officer Harun Venn told reporters that two personnel, named Harun "
        "and Dilo, were martyred. The minister saluted Dilo Marr and Harun-ur-Zeb."
    )
    found = _resolved(
        text,
        [
            ("Harun Venn", "PERSON"),
            ("Harun", "PERSON"),
            ("Dilo Marr", "PERSON"),
            ("Harun-ur-Zeb", "PERSON"),
        ],
    )
    full = entity_keys.base_key(found[0][1])
    lone = next(k for t, k, _l in found if t == "Harun")
    assert entity_keys.base_key(lone) != full


def test_a_lone_given_name_of_one_full_name_still_takes_it():
    text = "District Police Officer Harun Venn told reporters that Harun had left."
    found = _resolved(text, [("Harun Venn", "PERSON"), ("Harun", "PERSON")])
    assert entity_keys.base_key(found[1][1]) == entity_keys.base_key(found[0][1])


def test_a_two_word_place_after_in_is_the_place_throughout_its_report():
    text = (
        "The goods came from Karlo Dorvan of the district. Smugglers crossed three posts in "
        "Karlo Dorvan, one of them a police post. Both belonged to Karlo Dorvan."
    )
    found = _resolved(
        text, [("Karlo Dorvan", "PERSON"), ("Karlo Dorvan", "GPE"), ("Karlo Dorvan", "PERSON")]
    )
    assert [label for _t, _k, label in found] == ["GPE", "GPE", "GPE"]


def test_a_two_word_person_who_speaks_stays_a_person():
    text = "Relatives gathered in Karlo Dorvan, the report says. Karlo Dorvan said he was safe."
    found = _resolved(text, [("Karlo Dorvan", "GPE"), ("Karlo Dorvan", "PERSON")])
    assert found[1][2] == "PERSON"


def test_a_localitys_check_post_is_the_post():
    found = _resolved(
        "Police foiled an attack at the Karlopur check post in Dorvan.", [("Karlopur", "PERSON")]
    )
    assert found[0][2] == "FAC"


def test_a_word_opening_the_reports_valley_is_the_place():
    text = "Talks on the Karlo Corridor went on. Karlo is part of Dorvan territory, he said."
    found = _resolved(text, [("Karlo Corridor", "GPE"), ("Karlo", "PERSON")])
    assert found[1][2] == "GPE"


def test_a_word_opening_the_reports_valley_that_speaks_stays_a_man():
    text = "Talks on the Karlo Corridor went on. Karlo said the talks would go on."
    found = _resolved(text, [("Karlo Corridor", "GPE"), ("Karlo", "PERSON")])
    assert found[1][2] == "PERSON"


def test_a_cut_word_of_a_two_word_place_keeps_the_whole_place():
    text = (
        "He criticised the Karlo Dorvan government. The Karlo Dorvan police came. Fighting "
        "went on in Karlo Dorvan, officials said, and in Karlo Dorvan again."
    )
    analyzed = _doc(
        1,
        text,
        [
            ("Karlo Dorvan", "PERSON"),
            ("Dorvan", "PERSON"),
            ("Karlo Dorvan", "GPE"),
            ("Karlo Dorvan", "GPE"),
        ],
    )
    # the parser's surname link of the cut word "Karlo [Dorvan]" to the whole name
    cut = analyzed.mentions[1]
    mentions = [*analyzed.mentions]
    mentions[1] = replace(cut, key="karlo dorvan", via="surname")
    resolved = resolve.corefer(replace(analyzed, mentions=mentions), agencies=[])
    keys = {entity_keys.base_key(m.key) for m in resolved.mentions}
    assert keys == {"karlo dorvan"}


def test_aig_alone_is_no_office_letters():
    analyzed = _doc(1, "The AIG has failed to act.", [("AIG", "ORG")])
    assert not office_letters.bare_letters(analyzed.mentions[0], {}, frozenset())


def test_a_national_posts_letters_name_its_holder_across_reports():
    one = _resolved("The COAS said terrorism had no place here.", [("COAS", "ORG")], 1)
    two = _resolved("The COAS met party leaders on Monday.", [("COAS", "ORG")], 2)
    assert one[0][2] == two[0][2] == "PERSON"
    assert one[0][1] == two[0][1]
