"""Places of events, session 16 (issue 15): an incident named by its place ("the Pahalgam
attack") takes that place when the model left the name untagged and the gazetteer holds it
as a town of a country the article names; a typed name (a group, a month) or a town of a
country the article never names is no place. Such a town of another country is not filed
under the dateline's place. An act in a "where" clause is at the name the clause hangs on;
an unknown name set beside a known town after a comma is a place. Unit tests read
hand-built parses (no model)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dossier.extract.events.place_time import (
    _named_by,
    _named_place_noun,
    _proper_name,
    _where_antecedent,
)
from dossier.extract.events.roles import _Context
from dossier.geo import known_place, load_gazetteer
from dossier.kb.event_places import DocumentPlaces, lies_abroad
from dossier.records import Mention
from tests import hand_parses
from tests.one_article import rule_context

#: English's vocabulary without a model: what gives a hand-built token its lower-case form
VOCAB = hand_parses.VOCAB  # one blank English vocabulary for every hand-built parse


def _parse(rows: list[tuple[str, int, str, str, str]], ents: list[str]) -> Doc:
    """A parse from rows of (word, head index, dependency, POS, entity IOB tag)."""
    words, heads, deps, pos, iob = (list(col) for col in zip(*rows, strict=True))
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, ents=ents or iob)


def _blamed(name: str, name_ent: str, first: str = "India", first_ent: str = "B-GPE") -> Doc:
    """ "<first> blamed Islamabad for the <name> attack ." """
    rows = [
        (first, 1, "nsubj", "PROPN", first_ent),
        ("blamed", 1, "ROOT", "VERB", "O"),
        ("Islamabad", 1, "dobj", "PROPN", "B-GPE"),
        ("for", 1, "prep", "ADP", "O"),
        ("the", 6, "det", "DET", "O"),
        (name, 6, "compound", "PROPN", name_ent),
        ("attack", 3, "pobj", "NOUN", "O"),
        (".", 1, "punct", "PUNCT", "O"),
    ]
    return _parse(rows, [])


def _places(context: _Context) -> list[Mention]:
    return [m for m in context.mentions if m.label in ("GPE", "LOC", "FAC")]


@pytest.mark.unit
def test_an_untagged_town_of_a_named_country_names_the_incident():
    doc = _blamed("Pahalgam", "O")
    context = rule_context(doc)
    found = _named_by(doc[6], _places(context), context)
    assert found is not None and doc.text[found[0] : found[1]] == "Pahalgam"
    # the country may be named by its people only ("Indian officials blamed ...")
    doc = _blamed("Pahalgam", "O", first="Indians", first_ent="B-NORP")
    context = rule_context(doc)
    found = _named_by(doc[6], _places(context), context)
    assert found is not None and doc.text[found[0] : found[1]] == "Pahalgam"


@pytest.mark.unit
def test_a_town_of_a_country_the_article_never_names_is_no_place():
    # Pahalgam is a town of India only; an article naming no Indian place or people
    doc = _blamed("Pahalgam", "O", first="Police", first_ent="O")
    context = rule_context(doc)
    assert _named_by(doc[6], _places(context), context) is None
    # without the document's context only tagged places count, as before
    doc = _blamed("Pahalgam", "O")
    assert _named_by(doc[6], _places(rule_context(doc))) is None


@pytest.mark.unit
def test_a_typed_name_in_front_of_an_attack_is_no_place():
    for name, ent in (("Hamas", "B-ORG"), ("November", "B-DATE"), ("Pahalgam", "B-PERSON")):
        doc = _blamed(name, ent)
        context = rule_context(doc)
        assert _named_by(doc[6], _places(context), context) is None, name
    # a country in front of an act is the state that acts
    doc = _blamed("Pakistan", "O")
    context = rule_context(doc)
    assert _named_by(doc[6], _places(context), context) is None


# "They led operations in Gulberg Greens , where one café was sealed and eight people were
# detained ." (the model's parse; "Gulberg Greens" tagged a person)
GULBERG = [
    ("They", 1, "nsubj", "PRON", "O"),
    ("led", 1, "ROOT", "VERB", "O"),
    ("operations", 1, "dobj", "NOUN", "O"),
    ("in", 2, "prep", "ADP", "O"),
    ("Gulberg", 5, "compound", "PROPN", "B-PERSON"),
    ("Greens", 3, "pobj", "PROPN", "I-PERSON"),
    (",", 5, "punct", "PUNCT", "O"),
    ("where", 11, "advmod", "SCONJ", "O"),
    ("one", 9, "nummod", "NUM", "O"),
    ("café", 11, "nsubjpass", "NOUN", "O"),
    ("was", 11, "auxpass", "AUX", "O"),
    ("sealed", 5, "relcl", "VERB", "O"),
    ("and", 11, "cc", "CCONJ", "O"),
    ("eight", 14, "nummod", "NUM", "O"),
    ("people", 16, "nsubjpass", "NOUN", "O"),
    ("were", 16, "auxpass", "AUX", "O"),
    ("detained", 11, "conj", "VERB", "O"),
    (".", 1, "punct", "PUNCT", "O"),
]
# "The bodies were shifted to Parachinar , where news of the assault sparked protests ."
PARACHINAR = [
    ("The", 1, "det", "DET", "O"),
    ("bodies", 3, "nsubjpass", "NOUN", "O"),
    ("were", 3, "auxpass", "AUX", "O"),
    ("shifted", 3, "ROOT", "VERB", "O"),
    ("to", 3, "prep", "ADP", "O"),
    ("Parachinar", 4, "pobj", "PROPN", "B-ORG"),
    (",", 5, "punct", "PUNCT", "O"),
    ("where", 12, "advmod", "SCONJ", "O"),
    ("news", 12, "nsubj", "NOUN", "O"),
    ("of", 8, "prep", "ADP", "O"),
    ("the", 11, "det", "DET", "O"),
    ("assault", 9, "pobj", "NOUN", "O"),
    ("sparked", 5, "relcl", "VERB", "O"),
    ("protests", 12, "dobj", "NOUN", "O"),
    (".", 3, "punct", "PUNCT", "O"),
]


@pytest.mark.unit
def test_an_act_in_a_where_clause_is_at_the_name_it_hangs_on():
    doc = _parse(GULBERG, [])
    # the clause's own verb, and one coordinated with it
    for verb in (11, 16):
        noun = _where_antecedent(doc[verb])
        assert noun is not None and noun.i == 5
    found = _proper_name(doc[5])
    assert found is not None and doc.text[found[0] : found[1]] == "Gulberg Greens"
    # the main clause's act is not in the "where" clause
    assert _where_antecedent(doc[1]) is None
    doc = _parse(PARACHINAR, [])
    noun = _where_antecedent(doc[13])  # an event noun, object of the clause's verb
    assert noun is not None and noun.text == "Parachinar"
    assert _where_antecedent(doc[11]) is None  # "of the assault": not the clause's subject


@pytest.mark.unit
def test_a_where_clause_on_a_date_or_a_common_noun_names_no_place():
    doc = _parse(GULBERG, [])
    assert _proper_name(doc[2]) is None  # "operations"
    rows = [("In", 1, "prep", "ADP", "O"), ("March", 1, "ROOT", "PROPN", "B-DATE")]
    assert _proper_name(_parse(rows, [])[1]) is None


def _in_pair(joiner: str) -> Doc:
    """ "Hashish was recovered in Jatial <joiner> Gilgit ." (the model's parse of a pair)"""
    rows = [
        ("Hashish", 2, "nsubjpass", "NOUN", "O"),
        ("was", 2, "auxpass", "AUX", "O"),
        ("recovered", 2, "ROOT", "VERB", "O"),
        ("in", 2, "prep", "ADP", "O"),
        ("Jatial", 3, "pobj", "PROPN", "O"),
        (joiner, 4, "punct" if joiner == "," else "cc", "PUNCT", "O"),
        ("Gilgit", 4, "conj", "PROPN", "O"),
        (".", 2, "punct", "PUNCT", "O"),
    ]
    return _parse(rows, [])


@pytest.mark.unit
def test_an_unknown_name_set_beside_a_known_town_is_a_place():
    assert known_place("Gilgit") and not known_place("Jatial")
    doc = _in_pair(",")
    found = _named_place_noun(doc[4])
    assert found is not None and doc.text[found[0] : found[1]] == "Jatial"
    # "Jatial and Gilgit": a list of two, which says nothing of the unknown one
    assert _named_place_noun(_in_pair("and")[4]) is None


@pytest.mark.unit
def test_an_untagged_town_of_another_country_is_not_filed_under_the_dateline():
    islamabad = load_gazetteer().candidates("Islamabad")[0]
    places = DocumentPlaces(
        analyzed=None,  # type: ignore[arg-type]  # only the resolved votes are read
        dateline=None,
        resolved={"islamabad": islamabad},
        tagged=[],
    )
    around = Mention(0, 9, "ISLAMABAD", "GPE", "islamabad", 0)
    assert lies_abroad("Pahalgam", around, places)  # a town of India only
    assert not lies_abroad("Rawalpindi", around, places)  # a town of Pakistan
    assert not lies_abroad("Takwara", around, places)  # unknown: filed under its district
    assert not lies_abroad("Pahalgam", None, places)
    unresolved = Mention(0, 5, "Xyzzy", "GPE", "xyzzy", 0)
    assert not lies_abroad("Pahalgam", unresolved, places)
