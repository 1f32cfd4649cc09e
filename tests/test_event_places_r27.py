"""Places of events, session 27 (issue 15): a place that owns a narrower one in the
possessive ("in Syria’s Idlib province", "an air strike on Gaza’s Jabalia", "the suburban
area of Balochistan’s Turbat") gives way to the one it owns, which is where the act
happened; a possessed name that is no place ("Pakistan’s Imran Khan", "Israel’s Mossad")
leaves the owner as it was. A named site an attack struck ("struck Bannu Cantonment") is
its place, and so is the town an act is named after where its "in" phrase names a wider
place ("the Pulwama attack in Kashmir"). Unit tests read hand-built parses; the nlp tests
run the rules over a parse."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from dossier.extract.events.place_time import _owned_struck, _past_owner
from dossier.records import Mention
from tests import hand_parses
from tests.trigger_places import trigger_places

VOCAB = hand_parses.VOCAB  # one blank English vocabulary for every hand-built parse


def _parse(rows: list[tuple[str, int, str, str]], ents: list[tuple[int, int, str]]) -> Doc:
    words, heads, deps, pos = (list(col) for col in zip(*rows, strict=True))
    # no space before the possessive, as news writes it ("Syria’s")
    spaces = [i + 1 < len(words) and words[i + 1] != "’s" for i in range(len(words))]
    doc = Doc(VOCAB, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


def _mentions(doc: Doc) -> list[Mention]:
    return [
        Mention(e.start_char, e.end_char, e.text, e.label_, e.text.lower(), 0) for e in doc.ents
    ]


def _owner_gives_way_to(doc: Doc, owner: int) -> str:
    """The place :func:`_past_owner` makes of the one-token place at ``owner``."""
    span = (doc[owner].idx, doc[owner].idx + len(doc[owner]))
    found = _past_owner(span, doc, _mentions(doc))
    return doc.text[found[0] : found[1]]


def _in_owned(owned: str, noun: str | None, label: str = "") -> Doc:
    """ "Militants attacked a post in Syria’s <owned> [<noun>] ." """
    rows = [
        ("Militants", 1, "nsubj", "NOUN"),
        ("attacked", 1, "ROOT", "VERB"),
        ("a", 3, "det", "DET"),
        ("post", 1, "dobj", "NOUN"),
        ("in", 1, "prep", "ADP"),
        ("Syria", 7, "poss", "PROPN"),
        ("’s", 5, "case", "PART"),
    ]
    if noun:
        rows += [(owned, 8, "compound", "PROPN"), (noun, 4, "pobj", "NOUN")]
    else:
        rows += [(owned, 4, "pobj", "PROPN")]
    rows.append((".", 1, "punct", "PUNCT"))
    ents = [(5, 6, "GPE")] + ([(7, 8, label)] if label else [])
    return _parse(rows, ents)


@pytest.mark.unit
def test_a_name_owned_before_a_place_noun_is_the_place():
    assert _owner_gives_way_to(_in_owned("Idlib", "province"), 5) == "Idlib"
    # a name the gazetteer lacks is still a place when a place noun follows it
    assert _owner_gives_way_to(_in_owned("Qaryatain", "district"), 5) == "Qaryatain"


@pytest.mark.unit
def test_a_known_town_owned_is_the_place_and_an_untagged_unknown_name_in_a_place_phrase_too():
    assert _owner_gives_way_to(_in_owned("Idlib", None), 5) == "Idlib"
    assert _owner_gives_way_to(_in_owned("Qaryatain", None), 5) == "Qaryatain"


@pytest.mark.unit
def test_a_person_or_a_group_the_place_owns_leaves_the_owner():
    assert _owner_gives_way_to(_in_owned("Sharaa", None, "PERSON"), 5) == "Syria"
    assert _owner_gives_way_to(_in_owned("Mukhabarat", None, "ORG"), 5) == "Syria"


@pytest.mark.unit
def test_a_place_with_no_possessive_after_it_is_kept():
    doc = _parse(
        [
            ("Militants", 1, "nsubj", "NOUN"),
            ("attacked", 1, "ROOT", "VERB"),
            ("Idlib", 1, "dobj", "PROPN"),
            ("Province", 1, "npadvmod", "PROPN"),
        ],
        [(2, 3, "GPE")],
    )
    assert _owner_gives_way_to(doc, 2) == "Idlib"


@pytest.mark.unit
def test_one_mention_over_owner_and_town_is_cut_to_the_town():
    doc = _parse(
        [
            ("Blast", 0, "ROOT", "NOUN"),
            ("in", 0, "prep", "ADP"),
            ("Balochistan", 4, "poss", "PROPN"),
            ("’s", 2, "case", "PART"),
            ("Turbat", 1, "pobj", "PROPN"),
        ],
        [(2, 5, "ORG")],
    )
    whole = (doc[2].idx, doc[4].idx + len(doc[4]))
    found = _past_owner(whole, doc, _mentions(doc))
    assert doc.text[found[0] : found[1]] == "Turbat"
    # the model's one name over a country's leader is no town: kept whole
    doc = _parse(
        [
            ("Blast", 0, "ROOT", "NOUN"),
            ("near", 0, "prep", "ADP"),
            ("Pakistan", 4, "poss", "PROPN"),
            ("’s", 2, "case", "PART"),
            ("Sharif", 1, "pobj", "PROPN"),
        ],
        [(2, 5, "ORG")],
    )
    whole = (doc[2].idx, doc[4].idx + len(doc[4]))
    assert _past_owner(whole, doc, _mentions(doc)) == whole


@pytest.mark.unit
def test_a_town_struck_after_its_owner_is_where_the_strike_was():
    # "Strike on Lebanon’s Aitaroun" parsed with the possessive as a compound
    doc = _parse(
        [
            ("Strike", 0, "ROOT", "NOUN"),
            ("on", 0, "prep", "ADP"),
            ("Lebanon", 4, "nmod", "PROPN"),
            ("’s", 4, "compound", "PROPN"),
            ("Aitaroun", 1, "pobj", "PROPN"),
        ],
        [(2, 3, "GPE")],
    )
    found = _owned_struck(doc[4], _mentions(doc))
    assert found is not None and doc.text[found[0] : found[1]] == "Aitaroun"
    # no owner in front: nothing here (the other "on" rules decide)
    doc = _parse(
        [("Strike", 0, "ROOT", "NOUN"), ("on", 0, "prep", "ADP"), ("Aitaroun", 1, "pobj", "PROPN")],
        [],
    )
    assert _owned_struck(doc[2], _mentions(doc)) is None


# -- through the parser ------------------------------------------------------------------


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "Militants attacked a police station in Syria’s Idlib province on Monday.",
            "attacked",
            "Idlib",
        ),
        (
            "An Israeli air strike on Gaza’s Jabalia killed five people, medics said.",
            "killed",
            "Jabalia",
        ),
        (
            "Gunmen attacked a police post in the suburban area of Balochistan’s Turbat.",
            "attacked",
            "Turbat",
        ),
        ("Police arrested Pakistan’s most wanted man in Lahore on Friday.", "arrested", "Lahore"),
    ],
)
def test_the_place_an_owner_names_is_where_the_act_happened(nlp, text, trigger, place):
    assert trigger_places(nlp, text)[trigger] == place


@pytest.mark.nlp
def test_a_named_site_struck_is_the_place_of_the_attack(nlp):
    text = "The latest attack came on Tuesday, when suicide bombers struck Malir Cantonment."
    assert trigger_places(nlp, text)["struck"] == "Malir Cantonment"


# -- an act named after its town, with a wider place in its "in" phrase -------------------


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("The Pulwama attack in Kashmir killed 40 soldiers in 2019.", "killed", "Pulwama"),
        ("The Khuzdar blast in Balochistan killed five people on Monday.", "killed", "Khuzdar"),
    ],
)
def test_the_town_an_act_is_named_after_is_finer_than_its_province(nlp, text, trigger, place):
    assert trigger_places(nlp, text)[trigger] == place


@pytest.mark.nlp
def test_an_act_named_after_a_country_keeps_the_town_it_was_in(nlp):
    # a country in front of an act is who acted ("Israeli strikes"), not a finer place
    text = "The Pakistan raid in Khost killed three people on Monday."
    assert trigger_places(nlp, text)["killed"] == "Khost"


# -- guards: a month before the act, a street inside no wider place, a people owned --------


@pytest.mark.unit
def test_a_name_the_document_types_a_group_elsewhere_is_no_owned_place():
    from dossier.extract.events.place_time import _typed_elsewhere

    doc = _parse(
        [
            ("Houthis", 1, "nsubj", "PROPN"),
            ("fired", 1, "ROOT", "VERB"),
            ("on", 1, "prep", "ADP"),
            ("Aitaroun", 2, "pobj", "PROPN"),
        ],
        [(0, 1, "ORG")],
    )
    assert _typed_elsewhere("Houthis", doc)
    assert _typed_elsewhere("Houthi", doc)  # the singular of the same name
    assert not _typed_elsewhere("Aitaroun", doc)


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # a month in front of the act is no town, though a town of that name exists
        (
            "The group was behind the March 3 attack near Sangjani on the motorway.",
            "attack",
            "Sangjani",
        ),
        # a street in a town's district is no wider place the act's name could narrow
        (
            "A girl was struck by a stray bullet at Ali Arcade in Lyari’s Moosa Lane.",
            "struck",
            "Moosa Lane",
        ),
    ],
)
def test_the_named_act_rule_needs_a_town_and_a_wider_place(nlp, text, trigger, place):
    assert trigger_places(nlp, text)[trigger] == place


@pytest.mark.nlp
def test_a_group_a_country_owns_is_no_place(nlp):
    text = (
        "The Houthis said they fired missiles at ships. Trump vowed that strikes on Yemen’s "
        "Houthis would continue."
    )
    assert trigger_places(nlp, text).get("continue") != "Houthis"
