"""Mentions that glue two names the document also uses alone are split."""

from dossier.extract.nlp import split_glued
from dossier.names import normalize_name
from dossier.records import Mention


def mention(text: str, start: int, label: str) -> Mention:
    return Mention(start, start + len(text), text, label, normalize_name(text), 0)


def test_outlet_glued_to_group_is_split_at_the_known_boundary():
    text = "officials told Daily Courier Vostok Legion fighters were paid"
    glued = mention("Daily Courier Vostok Legion", 15, "ORG")
    others = [mention("Daily Courier", 100, "ORG"), mention("Vostok Legion", 200, "ORG")]
    out = split_glued([glued, *others])
    parts = [m for m in out if m.start < 100]
    expected = [("Daily Courier", "ORG"), ("Vostok Legion", "ORG")]
    assert [(m.text, m.label) for m in parts] == expected
    for m in parts:
        assert text[m.start : m.end] == m.text


def test_head_takes_the_documents_label_and_tail_the_spans():
    glued = mention("Daily Courier Vostok", 0, "ORG")
    out = split_glued([glued, mention("Daily Courier", 50, "FAC"), mention("Vostok", 80, "GPE")])
    assert [(m.text, m.label) for m in out[:2]] == [("Daily Courier", "FAC"), ("Vostok", "ORG")]


def test_no_split_without_both_parts_used_alone():
    glued = mention("Pakistan Peoples Party", 0, "ORG")
    out = split_glued([glued, mention("Pakistan", 40, "GPE")])
    assert out[0] == glued


def test_person_names_are_never_split():
    name = mention("Maria Lopez", 0, "PERSON")
    out = split_glued([name, mention("Maria", 30, "PERSON"), mention("Lopez", 50, "PERSON")])
    assert out[0] == name
    org = mention("Maria Lopez Foundation", 0, "ORG")
    out = split_glued([org, mention("Maria Lopez", 30, "PERSON"), mention("Foundation", 60, "ORG")])
    assert out[0] == org


def test_generic_word_stays_with_its_name():
    name = mention("Vostok Brigade", 0, "ORG")
    out = split_glued([name, mention("Vostok", 30, "ORG"), mention("Brigade", 50, "ORG")])
    assert out[0] == name
