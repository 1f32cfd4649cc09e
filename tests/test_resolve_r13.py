"""Issue 17, session 13: a person named by one word keys only its own report.

Hand-built mentions (the model's labels fixed) and a real store, so each test checks one rule
of resolution without the parser's choices.
"""

from __future__ import annotations

import pytest

from dossier.kb import entity_keys, resolve
from dossier.names import normalize_name
from dossier.records import AnalyzedDocument, Document, Mention, Sentence
from dossier.store import open_store
from tests.test_resolve_store import _doc, _ingest, _person_and_group

pytestmark = pytest.mark.unit


def _keys(item: AnalyzedDocument) -> list[str]:
    return [m.key for m in resolve.corefer(item, agencies=[]).mentions]


def _entity_of(store, key: str) -> str:
    return store.entity_ids_for_keys([key])[key]


def test_a_lone_person_word_that_fits_nobody_in_its_report_is_scoped_to_it():
    text = "Passers-by, including Haider, were hurt near the market."
    (key,) = _keys(_doc(1, text, [("Haider", "PERSON")]))
    assert key == entity_keys.scoped_key("haider", entity_keys.LONE + "doc-1")
    # behind a title too: the title does not make one word a name that identifies
    text = "SSP Haider said the call was a prank."
    (key,) = _keys(_doc(2, text, [("SSP Haider", "PERSON")]))
    assert entity_keys.SCOPE in key and entity_keys.base_key(key) == "ssp haider"


def test_a_lone_word_a_title_introduces_is_scoped_when_it_fits_two_people():
    text = "Muquddus Haider spoke. Aneel Haider agreed. DIG Haider said it was a prank."
    item = _doc(5, text, [("Muquddus Haider", "PERSON"), ("Aneel Haider", "PERSON")])
    start = text.index("Haider said")
    # as dossier.extract.nlp.titled_people makes it: the words after the title
    titled = Mention(start, start + 6, "Haider", "PERSON", "haider", 0, via="title")
    item = AnalyzedDocument(
        document=item.document, sentences=item.sentences, mentions=[*item.mentions, titled]
    )
    keys = _keys(item)
    assert keys[2] == entity_keys.scoped_key("haider", entity_keys.LONE + "doc-5")


def test_a_lone_word_that_begins_the_one_full_name_of_its_report_is_that_person():
    text = "Haider Ali, a vendor, was injured. One of Haider's associates said the stall burned."
    keys = _keys(_doc(1, text, [("Haider Ali", "PERSON"), ("Haider", "PERSON")]))
    # one key, the full name's (held in its report since session 28: "Ali" is a common
    # family name, :func:`dossier.names.weak_full_name`)
    assert keys[0] == keys[1] and entity_keys.base_key(keys[0]) == "haider ali"
    # whatever the model's label: its "organisation" is the man's given name
    text = "Haider Ali, a vendor, was injured. Haider's associates said the stall burned."
    keys = _keys(_doc(3, text, [("Haider Ali", "PERSON"), ("Haider", "ORG")]))
    assert keys[0] == keys[1] and entity_keys.base_key(keys[0]) == "haider ali"
    # a place the gazetteer knows, run by the model into a "person", begins nobody's name
    text = "Kurram Javed Mehsud spoke. Roads in Kurram were shut on Monday."
    keys = _keys(_doc(4, text, [("Kurram Javed Mehsud", "PERSON"), ("Kurram", "PERSON")]))
    assert keys[1] == "kurram"
    # the word also ends another full name of the report: it fits two men, names neither
    text = "Haider Abbas spoke, and Muquddus Haider replied. Haider left the room."
    spans = [("Haider Abbas", "PERSON"), ("Muquddus Haider", "PERSON"), ("Haider", "PERSON")]
    keys = _keys(_doc(2, text, spans))
    assert keys[2] not in ("haider abbas", "muquddus haider") and entity_keys.SCOPE in keys[2]


def test_a_word_the_report_uses_for_a_body_is_not_scoped_as_a_person():
    text = "Hamas said on Monday the talks failed. Hamas fighters left the camp."
    keys = _keys(_doc(1, text, [("Hamas", "ORG"), ("Hamas", "PERSON")]))
    assert keys == ["hamas", "hamas"]


def test_one_word_never_joins_people_of_different_reports(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    try:
        texts = [
            "Passers-by, including Haider, were hurt near the market in Dorvan.",
            "Colonel Haider, commander of the militia, was attacked near Korvan.",
            "SSP Haider said the ransom call to the family in Dorvan was a prank.",
        ]
        names = ["Haider", "Colonel Haider", "SSP Haider"]
        docs = [
            _doc(i, t, [(n, "PERSON")]) for i, (t, n) in enumerate(zip(texts, names, strict=True))
        ]
        _ingest(store, [docs])
        keys = [
            entity_keys.scoped_key(normalize_name(n), entity_keys.LONE + f"doc-{i}")
            for i, n in enumerate(names)
        ]
        assert len({_entity_of(store, k) for k in keys}) == 3
    finally:
        store.close()


@pytest.mark.parametrize("slip_first", [False, True])
def test_a_lone_person_word_the_store_names_a_body_joins_that_body(tmp_path, slip_first):
    store = open_store(str(tmp_path / "kb.db"))
    try:
        people, group = _person_and_group()
        # the model's PERSON for the group in one report
        slip = [_doc(20, "Hamas said the talks in Korvan failed.", [("Hamas", "PERSON")])]
        _ingest(store, [slip, people, group] if slip_first else [people, group, slip])
        key = entity_keys.scoped_key("hamas", entity_keys.LONE + "doc-20")
        assert _entity_of(store, key) != _entity_of(store, "khalil hamas")
        # the word's own entity of the store: the group the slip names
        assert _entity_of(store, key) == _entity_of(store, "hamas")
    finally:
        store.close()


@pytest.mark.parametrize("order", ["lone first", "lone last"])
def test_lone_words_join_a_dominant_full_name_in_any_order(tmp_path, order):
    store = open_store(str(tmp_path / "kb.db"))
    try:
        full = [
            [
                _doc(
                    i,
                    f"Orvald Tremaine spoke in Dorvan on day {i}.",
                    [("Orvald Tremaine", "PERSON")],
                )
            ]
            for i in range(4)
        ]
        lone = [
            [
                _doc(
                    20 + i,
                    f"Tremaine said on day {i} the roads were shut.",
                    [("Tremaine", "PERSON")],
                )
            ]
            for i in range(2)
        ]
        _ingest(store, lone + full if order == "lone first" else full + lone)
        target = _entity_of(store, "orvald tremaine")
        for i in range(2):
            key = entity_keys.scoped_key("tremaine", entity_keys.LONE + f"doc-{20 + i}")
            assert _entity_of(store, key) == target
    finally:
        store.close()


def _sentences(text: str, spans: list[tuple[str, str]]) -> AnalyzedDocument:
    """Mentions with their sentence numbers (one per full stop); "DESC" spans are
    descriptions as :func:`dossier.extract.nlp.descriptions_of` makes them."""
    mentions, at = [], 0
    for surface, label in spans:
        start = text.index(surface, at)
        at = start + len(surface)
        sentence = text.count(".", 0, start)
        if label == "DESC":
            key = surface.rsplit(" ", 1)[-1].lower()
            mentions.append(Mention(start, at, surface, label, key, sentence, via="description"))
        else:
            mentions.append(Mention(start, at, surface, label, normalize_name(surface), sentence))
    doc = Document(id="doc-s", source="s.txt", raw_hash="s", text=text)
    return AnalyzedDocument(document=doc, sentences=[Sentence(0, len(text))], mentions=mentions)


def test_a_description_in_a_summary_line_takes_a_name_of_the_next_lines_only():
    near = "The army vowed to act. The Zarvan Liberation Army attacked a post."
    far = (
        "The army vowed to act. Officials met on Monday. Roads were shut. Schools closed. "
        "Traders protested. The Zarvan Liberation Army attacked a post."
    )
    spans = [("The army", "DESC"), ("Zarvan Liberation Army", "ORG")]
    (army, _name) = resolve.corefer(_sentences(near, spans), agencies=[]).mentions
    assert army.key == "zarvan liberation army"
    # five sentences on, the militants' army is no antecedent of the summary's "army"
    kept = resolve.corefer(_sentences(far, spans), agencies=[]).mentions
    assert [m.key for m in kept] == ["zarvan liberation army"]
