"""Cross-document linking rules on hand-built mentions: the model's labels fixed, the store real.

:func:`dossier.kb.resolve.update_entities` runs on documents whose mentions are written here,
so each test checks one rule of the store side of resolution without the parser's choices.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from dossier.kb import entity_keys, name_types, resolve
from dossier.names import normalize_name
from dossier.records import AnalyzedDocument, Document, Mention, Sentence
from dossier.store import open_store

pytestmark = pytest.mark.unit


def _doc(number: int, text: str, spans: list[tuple[str, str]]) -> AnalyzedDocument:
    mentions, at = [], 0
    for surface, label in spans:
        start = text.index(surface, at)
        at = start + len(surface)
        mentions.append(Mention(start, at, surface, label, normalize_name(surface), 0))
    doc = Document(id=f"doc-{number}", source=f"{number}.txt", raw_hash=f"h{number}", text=text)
    return AnalyzedDocument(document=doc, sentences=[Sentence(0, len(text))], mentions=mentions)


def _keys(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """(text, key, label) of each hand-built mention of one document after coreference."""
    resolved = resolve.corefer(_doc(1, text, spans), agencies=[])
    return [(m.text, m.key, m.label) for m in resolved.mentions]


def _ingest(store, batches: list[list[AnalyzedDocument]]) -> None:
    for batch in batches:
        # as the pipeline does: the store keeps the mentions coreference keyed
        resolved = [resolve.corefer(a, agencies=[]) for a in batch]
        with store.transaction():
            for item in resolved:
                store.add_document(item, store.record_source(item.document.source, "x"))
            resolve.update_entities(store, resolved)


def _entity_names(store, key: str) -> set[str]:
    (entity,) = set(store.entity_ids_for_keys([key]).values())
    return {k for k, _why in store.entity_keys(entity)}


def _person_and_group() -> tuple[list[AnalyzedDocument], list[AnalyzedDocument]]:
    """A man whose surname is a group's name (three reports) and the group named alone in
    five: the word alone is the group, not his surname."""
    people = [
        _doc(i, f"Khalil Hamas spoke in Dorvan on day {i}.", [("Khalil Hamas", "PERSON")])
        for i in range(3)
    ]
    group = [
        _doc(10 + i, f"Hamas fighters left Korvan on day {i}.", [("Hamas", "ORG")])
        for i in range(5)
    ]
    return people, group


def test_a_word_alone_in_more_reports_than_the_full_name_is_no_surname(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    try:
        people, group = _person_and_group()
        _ingest(store, [people, group])
        assert "khalil hamas" not in _entity_names(store, "hamas")
    finally:
        store.close()


def test_a_lone_surname_in_fewer_reports_joins_its_dominant_full_name(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    try:
        people = [
            _doc(i, f"Orvald Tremaine spoke in Dorvan on day {i}.", [("Orvald Tremaine", "PERSON")])
            for i in range(4)
        ]
        lone = [_doc(20, "Tremaine said on Friday the roads were shut.", [("Tremaine", "PERSON")])]
        _ingest(store, [people, lone])
        # the lone word is keyed in its report only (issue 17), and joins across documents
        # through the store's one dominant full name
        lone_key = entity_keys.scoped_key("tremaine", entity_keys.LONE + "doc-20")
        assert "orvald tremaine" in _entity_names(store, lone_key)
    finally:
        store.close()


def test_letters_of_a_bare_office_hold_only_in_the_report_that_defines_them(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    try:
        # the model found no name in the definition, only the letters
        defined = _doc(
            1,
            "Punjab’s Counter-Terrorism Department (CTD) arrested ten men. The CTD said so.",
            [("CTD", "ORG"), ("CTD", "ORG")],
        )
        bare = [
            _doc(2 + i, f"The CTD raided a house in Korvan on day {i}.", [("CTD", "ORG")])
            for i in range(3)
        ]
        _ingest(store, [bare, [defined]])
        keys = _entity_names(store, "ctd")
        assert not any("department" in k for k in keys), keys
        defined_keys = {m.key for m in resolve.corefer(defined, agencies=[]).mentions}
        assert defined_keys and all(entity_keys.SCOPE in k for k in defined_keys), defined_keys
    finally:
        store.close()


def test_letters_of_an_office_the_report_writes_in_lower_case_stay_in_the_report():
    text = (
        "The counterterrorism department of police said on Monday that the CTD had raided a "
        "house in Korvan."
    )
    doc = _doc(1, text, [("CTD", "ORG")])
    (mention,) = resolve.corefer(doc, agencies=[]).mentions
    assert entity_keys.SCOPE in mention.key
    # a report that writes no such office keeps the letters as a name of their own
    other = _doc(2, "The CTD had raided a house in Korvan.", [("CTD", "ORG")])
    (mention,) = resolve.corefer(other, agencies=[]).mentions
    assert mention.key == "ctd"


def test_types_of_a_designated_group_and_of_a_known_place_with_a_persons_last_words():
    from dossier import geo
    from dossier.store.base import AliasStat

    gazetteer = geo.load_gazetteer()
    # the state's designation of a group: the model's PERSON vote, but no person is named so
    votes = [
        AliasStat("khawarij", "Khawarij", "PERSON", 19, 10),
        AliasStat("khawarij", "Khawarij", "NORP", 47, 20),
        AliasStat("fitna al khawarij", "Fitna al Khawarij", "PERSON", 60, 40),
    ]
    assert name_types.choose_type(votes, gazetteer) == "ORG"
    # a town whose name ends like a person's: place cues half as often as the person vote
    votes = [
        AliasStat("khan yunis", "Khan Yunis", "PERSON", 30, 12),
        AliasStat("khan yunis", "Khan Yunis", "GPE", 25, 10),
    ]
    assert name_types.choose_type(votes, gazetteer) == "GPE"
    # a person's two-word name the gazetteer does not know keeps the person vote
    votes = [
        AliasStat("rajnath singh", "Rajnath Singh", "PERSON", 12, 8),
        AliasStat("rajnath singh", "Rajnath Singh", "GPE", 6, 3),
    ]
    assert name_types.choose_type(votes, gazetteer) == "PERSON"


def test_one_name_behind_titles_of_different_kinds_is_two_people(tmp_path):
    from dossier import names

    assert names.titles_differ("SSP Haider", "Colonel Haider")
    assert names.titles_differ("Qari Ayaz", "Sardar Ayaz")
    assert names.titles_differ("Ms Malik", "Mr Malik")
    # ranks of one career, a courtesy title beside a rank, no title: one person may be all
    assert not names.titles_differ("Gen Munir", "Marshal Munir")
    assert not names.titles_differ("Mr Munir", "Gen Munir")
    assert not names.titles_differ("Haider", "SSP Haider")
    store = open_store(str(tmp_path / "kb.db"))
    try:
        texts = [
            ("SSP Haider visited the checkpost in Dorvan.", "SSP Haider"),
            ("Haider said the road was open.", "Haider"),
            ("Colonel Haider led the convoy to Korvan.", "Colonel Haider"),
            ("Gen Munir met officials in Korvan.", "Gen Munir"),
            ("Marshal Munir spoke in Dorvan.", "Marshal Munir"),
        ]
        # one dominant full name for each word: a lone word joins it across documents
        # (:func:`surname_links.link_surnames`), unless a title of another kind stands in the way
        full = [(f"Aneel Haider spoke in Dorvan on day {i}.", "Aneel Haider") for i in range(3)] + [
            (f"Asim Munir spoke in Korvan on day {i}.", "Asim Munir") for i in range(3)
        ]
        docs = [_doc(i, t, [(name, "PERSON")]) for i, (t, name) in enumerate(full + texts)]
        _ingest(store, [[d] for d in docs])

        def lone(name: str) -> str:
            number = len(full) + [n for _t, n in texts].index(name)
            return entity_keys.scoped_key(normalize_name(name), entity_keys.LONE + f"doc-{number}")

        ssp = _entity_names(store, lone("SSP Haider"))
        assert lone("Colonel Haider") not in ssp
        munir = _entity_names(store, "asim munir")
        assert {lone("Gen Munir"), lone("Marshal Munir")} <= munir
    finally:
        store.close()


def test_a_places_office_taken_for_a_person_is_neither_a_person_nor_the_place():
    text = (
        "The court served notices to Advocate General Punjab. Officials from Punjab and "
        "Islamabad came, besides Chief Commissioner Islamabad."
    )
    spans = [
        ("General Punjab", "PERSON"),
        ("Punjab", "GPE"),
        ("Islamabad", "GPE"),
        ("Commissioner Islamabad", "PERSON"),
    ]
    doc = _doc(1, text, spans)
    # the parser's title-and-name spans ("Commissioner Islamabad" found after a title) too
    mentions = [replace(m, via="title") if m.text.startswith("Comm") else m for m in doc.mentions]
    doc = replace(doc, mentions=mentions)
    kept = [m.text for m in resolve.corefer(doc, agencies=[]).mentions]
    assert kept == ["Punjab", "Islamabad"]
    # a peer is named for a place and is a person
    text = "Lord Auckland sent an army."
    kept = resolve.corefer(_doc(3, text, [("Lord Auckland", "PERSON")]), agencies=[])
    assert [m.text for m in kept.mentions] == ["Lord Auckland"]
    # a person's name after a title stays a person ("Commissioner Velani")
    text = "Commissioner Velani said the road was open."
    kept = resolve.corefer(_doc(2, text, [("Commissioner Velani", "PERSON")]), agencies=[])
    assert [m.text for m in kept.mentions] == ["Commissioner Velani"]


def test_a_persons_name_spelled_like_a_capital_stays_a_person(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    try:
        docs = [
            _doc(1, "Missiles struck Sanaa on Monday.", [("Sanaa", "GPE")]),
            _doc(2, "Sana said she would vote in Korvan.", [("Sana", "PERSON")]),
            _doc(3, "The rebels hold Sana'a and the coast.", [("Sana'a", "GPE")]),
        ]
        _ingest(store, [[d] for d in docs])
        assert "sana" not in _entity_names(store, "sanaa")
        # a place's spelling variant used as the place still joins it
        assert "sana a" in _entity_names(store, "sanaa")
    finally:
        store.close()


def test_a_feast_or_holy_month_is_an_event_not_a_person():
    from dossier.store.base import AliasStat

    def stats(text: str, label: str = "PERSON") -> list[AliasStat]:
        return [AliasStat(normalize_name(text), text, label, 3, 3)]

    assert name_types.choose_type(stats("Eidul Fitr")) == "EVENT"
    assert name_types.choose_type(stats("Ramazan", "GPE")) == "EVENT"
    assert name_types.choose_type(stats("Easter Sunday", "FAC")) == "EVENT"
    # a man named for the month, and the month's bazaar, are not the month
    assert name_types.choose_type(stats("Ramzan")) == "PERSON"
    assert name_types.choose_type(stats("Ramazan Kadyrov")) == "PERSON"
    assert name_types.choose_type(stats("Ramazan Bazaar", "ORG")) == "FAC"


def test_a_train_is_other_and_a_paper_named_express_is_not():
    from dossier.store.base import AliasStat

    def stats(text: str, label: str = "ORG") -> list[AliasStat]:
        return [AliasStat(normalize_name(text), text, label, 3, 3)]

    assert name_types.choose_type(stats("Jaffar Express")) == "OTHER"
    assert name_types.choose_type(stats("Samjhauta Express", "PERSON")) == "OTHER"
    assert name_types.choose_type(stats("Indian Express")) == "ORG"
    assert name_types.choose_type(stats("Daily Express")) == "ORG"


def test_a_piece_cut_from_a_name_the_report_writes_whole_takes_the_whole_span():
    text = (
        "Khyber Pakhtunkhwa police said on Monday that the Khyber Pakhtunkhwa government "
        "had met on the eve of Eidul Fitr. Shops shut for Eidul Fitr."
    )
    spans = [
        ("Khyber Pakhtunkhwa", "GPE"),
        ("Pakhtunkhwa", "PERSON"),
        ("Fitr", "PERSON"),
        ("Eidul Fitr", "EVENT"),
    ]
    out = resolve.corefer(_doc(1, text, spans), agencies=[]).mentions
    assert [(m.text, m.key) for m in out] == [
        ("Khyber Pakhtunkhwa", "khyber pakhtunkhwa"),
        ("Khyber Pakhtunkhwa", "khyber pakhtunkhwa"),
        ("Eidul Fitr", "eidul fitr"),
        ("Eidul Fitr", "eidul fitr"),
    ]
    assert all(text[m.start : m.end] == m.text for m in out)


def test_a_place_and_the_locality_it_owns_in_one_span_are_two_mentions(tmp_path):
    text = (
        "Militants attacked a post in Khyber Pakhtunkhwa’s Bannu on Monday. Police in "
        "Karachi’s Surjani Town and Lahore’s Masti Gate Police Station were alerted. "
        "London’s Metropolitan Police and Iran’s Supreme Leader said nothing."
    )
    spans = [
        ("Khyber Pakhtunkhwa’s Bannu", "GPE"),
        ("Karachi’s Surjani Town", "ORG"),
        ("Lahore’s Masti Gate Police Station", "FAC"),
        ("London’s Metropolitan Police", "ORG"),
        ("Iran’s Supreme Leader", "PERSON"),
    ]
    doc = _doc(1, text, spans)
    got = [
        (m.text, m.label, m.key, text[m.start : m.end])
        for m in resolve.corefer(doc, agencies=[]).mentions
    ]
    assert got[:6] == [
        ("Khyber Pakhtunkhwa", "GPE", "khyber pakhtunkhwa", "Khyber Pakhtunkhwa"),
        ("Bannu", "GPE", "bannu", "Bannu"),
        ("Karachi", "GPE", "karachi", "Karachi"),
        ("Surjani Town", "GPE", "surjani town", "Surjani Town"),
        ("Lahore", "GPE", "lahore", "Lahore"),
        (
            "Masti Gate Police Station",
            "FAC",
            "masti gate police station",
            "Masti Gate Police Station",
        ),
    ]
    # a body keeps the place that tells it apart; a title is no locality
    assert [g[0] for g in got[6:]] == ["London’s Metropolitan Police", "Iran’s Supreme Leader"]
    # the town is one entity with the town written alone in another report
    store = open_store(str(tmp_path / "kb.db"))
    other = _doc(2, "Curfew in Bannu.", [("Bannu", "GPE")])
    for item in (doc, other):  # stored as the pipeline stores it: after coreference
        item = resolve.corefer(item, agencies=[])
        with store.transaction():
            store.add_document(item, store.record_source(item.document.source, "x"))
            resolve.update_entities(store, [item])
    assert _entity_names(store, "bannu") == {"bannu"}
    (entity,) = set(store.entity_ids_for_keys(["bannu"]).values())
    assert store.entity_document_count(entity) == 2


def test_a_word_the_reports_use_as_a_place_is_no_surname(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    try:
        people = [
            _doc(i, f"Orvald Tremaine spoke in Dorvan on day {i}.", [("Orvald Tremaine", "PERSON")])
            for i in range(4)
        ]
        # the model's PERSON, which the words around it show is a district
        place = _doc(20, "A sepoy, resident of Tremaine district, died.", [("Tremaine", "PERSON")])
        for item in [*people, place]:  # stored as the pipeline stores it: after coreference
            item = resolve.corefer(item, agencies=[])
            with store.transaction():
                store.add_document(item, store.record_source(item.document.source, "x"))
                resolve.update_entities(store, [item])
        assert "orvald tremaine" not in _entity_names(store, "tremaine")
        assert "orvald tremaine" in _entity_names(store, "orvald tremaine")
    finally:
        store.close()
