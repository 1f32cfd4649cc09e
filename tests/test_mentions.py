"""Mention spans: what the mention stage makes of the model's spans (issue 15).

Names are invented. The rules are checked on tokenised text (``make_doc``: no model
decision involved) and, for the dateline, through :func:`dossier.extract.nlp.analyze_doc`.
"""

from __future__ import annotations

from dossier.extract.nlp import analyze_doc, span_pieces
from dossier.records import Document


def pieces(nlp, text: str, span: str, label: str) -> list[str]:
    doc = nlp.make_doc(text)
    start_char = text.index(span)
    found = doc.char_span(start_char, start_char + len(span))
    assert found is not None, span
    return [doc[a:b].text for a, b in span_pieces(doc, found.start, found.end, label)]


def test_a_paragraph_break_separates_two_names(nlp):
    text = "Tobin Arkwell, Hal\n\nBrennick and others"
    assert pieces(nlp, text, "Hal\n\nBrennick", "PERSON") == ["Hal", "Brennick"]


def test_an_open_bracket_ends_the_name_and_keeps_only_an_acronym(nlp):
    text = "At Vellmore Park (Ostrava): rain. The Kessel Workers Union (KWU said so."
    assert pieces(nlp, text, "Vellmore Park (Ostrava", "FAC") == ["Vellmore Park"]
    assert pieces(nlp, text, "Kessel Workers Union (KWU", "ORG") == ["Kessel Workers Union", "KWU"]


def test_scores_and_table_figures_are_not_part_of_a_name(nlp):
    text = "T. Arkwell 63 and Vellmore Rovers 7-0 and Ostrava 4 1 1 2 and Kessel 1996-08-31."
    assert pieces(nlp, text, "T. Arkwell 63", "PERSON") == ["T. Arkwell"]
    assert pieces(nlp, text, "Vellmore Rovers 7-0", "ORG") == ["Vellmore Rovers"]
    assert pieces(nlp, text, "Ostrava 4 1 1 2", "ORG") == ["Ostrava"]
    assert pieces(nlp, text, "Kessel 1996-08-31", "GPE") == ["Kessel"]


def test_a_number_that_is_part_of_a_name_stays(nlp):
    text = "Tickets for Vellmore 96 and Route 5 sold out."
    assert pieces(nlp, text, "Vellmore 96", "EVENT") == ["Vellmore 96"]
    assert pieces(nlp, text, "Route 5", "ORG") == ["Route 5"]


def test_the_datelines_place_and_region_are_places(nlp):
    text = (
        "OSTRAVIN, Kesselmark 2031-05-04\n\n"
        "The council of Ostravin approved the new bridge on Friday, officials said."
    )
    document = Document(
        id="d1", source="s", raw_hash="h", text=text, dateline="OSTRAVIN", published=None
    )
    analyzed = analyze_doc(document, nlp(text))
    places = {(m.text, m.label) for m in analyzed.mentions if m.start < 30}
    assert ("OSTRAVIN", "GPE") in places
    assert ("Kesselmark", "GPE") in places
    for m in analyzed.mentions:
        assert text[m.start : m.end] == m.text
        assert analyzed.sentences[m.sentence].start <= m.start < analyzed.sentences[m.sentence].end


def test_no_dateline_no_added_place(nlp):
    text = "OSTRAVIN is cold.\n\nThe council approved the bridge on Friday."
    document = Document(id="d2", source="s", raw_hash="h", text=text)
    analyzed = analyze_doc(document, nlp(text))
    assert not [m for m in analyzed.mentions if m.via == "dateline"]


def test_the_datelines_place_is_one_place_throughout_its_document(nlp):
    from dossier.extract.nlp import dateline_places, normalize_name
    from dossier.records import Mention

    text = "OSTRAVIN 2031-05-04\n\nRebels left Ostravin on Friday."
    document = Document(id="d3", source="s", raw_hash="h", text=text, dateline="OSTRAVIN")
    at = text.index("Ostravin")
    later = Mention(at, at + 8, "Ostravin", "PERSON", normalize_name("Ostravin"), 1)
    rebels = text.index("Rebels")
    other = Mention(rebels, rebels + 5, "Rebel", "PERSON", "rebel", 1)  # keeps its type
    doc = nlp(text)
    sentence_at = {s.start_char: i for i, s in enumerate(doc.sents)}
    out = dateline_places(document, doc, [later, other], sentence_at)
    assert {(m.text, m.label) for m in out} == {
        ("OSTRAVIN", "GPE"),
        ("Ostravin", "GPE"),
        ("Rebel", "PERSON"),
    }


def test_lines_in_capitals_are_read_as_the_document_writes_their_words():
    from dossier.extract.nlp import capital_lines, true_case, word_forms

    text = (
        "ROVERS BEAT OSTRAVA UNION IN VELLMORE CUP.\n\nVELLMORE 2031-05-04\n\n"
        "Rovers beat Ostrava Union 2-1 in the Vellmore Cup final on Saturday."
    )
    lines = capital_lines(text)
    assert [text[a:b] for a, b in lines] == [
        "ROVERS BEAT OSTRAVA UNION IN VELLMORE CUP.",
        "VELLMORE 2031-05-04",
    ]
    forms = word_forms(text, lines)
    cased = true_case(text[lines[0][0] : lines[0][1]], forms)
    assert cased == "Rovers beat Ostrava Union in Vellmore Cup."
    # a word the document never writes in mixed case gets no capital it has not earned
    assert true_case("KESSEL WINS", forms) == "Kessel wins"
    assert capital_lines("Mixed Case line\nA B\n") == []


def test_entities_read_in_a_recased_line_replace_the_models_there(nlp):
    from dossier.extract.nlp import mentions_of

    text = "ROVERS BEAT OSTRAVA UNION.\n\nRovers beat Ostrava Union on Saturday."
    doc = nlp(text)
    sentence_at = {s.start_char: i for i, s in enumerate(doc.sents)}
    start = text.index("OSTRAVA UNION")
    recased = [(start, start + len("OSTRAVA UNION"), "ORG")]
    head = [(m.text, m.label) for m in mentions_of(doc, sentence_at, recased) if m.start < 26]
    assert head == [("OSTRAVA UNION", "ORG")]


def test_a_name_recognised_once_is_that_name_where_it_recurs(nlp):
    from dossier.extract.nlp import normalize_name, repeated_names
    from dossier.records import Mention

    text = (
        "Kessel Athletic won the final.\n\nKessel Athletic 3 Ostrava 1\n\n"
        "Fans of the Kessel Athletic Club cheered."
    )
    document = Document(id="d4", source="s", raw_hash="h", text=text)
    first = Mention(0, 15, "Kessel Athletic", "ORG", normalize_name("Kessel Athletic"), 0)
    doc = nlp(text)
    sentence_at = {s.start_char: i for i, s in enumerate(doc.sents)}
    out = repeated_names(document, doc, [first], sentence_at)
    added = [m for m in out if m.via == "repeat"]
    # the table row is the same name; inside "Kessel Athletic Club" it is part of a longer one
    assert [(m.text, m.label, m.start) for m in added] == [
        ("Kessel Athletic", "ORG", text.index("Kessel Athletic 3"))
    ]
    assert added[0].key == first.key
