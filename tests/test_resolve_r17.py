"""Issue 17, session 17: a lone word joins a dominant full name only where its report shares
something with the full name's reports.

Hand-built mentions (the model's labels fixed) and a real store, so each test checks one rule
of resolution without the parser's choices.
"""

from __future__ import annotations

import pytest

from dossier.kb import entity_keys, resolve
from dossier.store import open_store
from tests.test_resolve_store import _doc, _entity_names, _ingest

pytestmark = pytest.mark.unit


def _premier(first: int, count: int) -> list:
    """Reports that write a prime minister's full name beside his country and capital."""
    return [
        _doc(
            first + i,
            f"Prime Minister Nawel Salamov met envoys in Vorbeirut, Lebrania, on day {i}.",
            [("Nawel Salamov", "PERSON"), ("Vorbeirut", "GPE"), ("Lebrania", "GPE")],
        )
        for i in range(count)
    ]


def _lone_key(number: int) -> str:
    return entity_keys.scoped_key("salamov", entity_keys.LONE + f"doc-{number}")


@pytest.mark.parametrize("lone_first", [False, True])
def test_a_lone_word_whose_report_shares_nothing_with_the_full_names_reports_stays_apart(
    tmp_path, lone_first
):
    store = open_store(str(tmp_path / "kb.db"))
    try:
        premier = _premier(0, 4)
        # a mine owner of another country, named by the same word alone
        mine = [
            _doc(
                20,
                "The SHO said Salamov and his brother reached the mine in Dorkhuzdar, Qelat.",
                [("Salamov", "PERSON"), ("Dorkhuzdar", "GPE"), ("Qelat", "GPE")],
            )
        ]
        _ingest(store, [mine, premier] if lone_first else [premier, mine])
        assert "nawel salamov" not in _entity_names(store, _lone_key(20))
    finally:
        store.close()


@pytest.mark.parametrize("lone_first", [False, True])
def test_a_lone_word_whose_report_names_a_place_of_the_full_names_reports_joins(
    tmp_path, lone_first
):
    store = open_store(str(tmp_path / "kb.db"))
    try:
        premier = _premier(0, 4)
        # the premier's surname alone, in a report from his own capital
        visit = [
            _doc(
                20,
                "Salamov told reporters in Vorbeirut the cabinet would meet.",
                [("Salamov", "PERSON"), ("Vorbeirut", "GPE")],
            )
        ]
        _ingest(store, [visit, premier] if lone_first else [premier, visit])
        assert "nawel salamov" in _entity_names(store, _lone_key(20))
    finally:
        store.close()


def test_a_lone_word_whose_report_names_nobody_else_still_joins(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    try:
        bare = [_doc(20, "Salamov said the cabinet would meet.", [("Salamov", "PERSON")])]
        _ingest(store, [_premier(0, 4), bare])
        # no context is no evidence against the store's one dominant full name
        assert "nawel salamov" in _entity_names(store, _lone_key(20))
    finally:
        store.close()


def test_the_shared_context_counts_the_entities_beside_a_key_and_finds_one_shared(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    try:
        _ingest(
            store,
            [
                _premier(0, 2),
                [
                    _doc(
                        20,
                        "Orvald Tremaine spoke in Dorkhuzdar, Qelat.",
                        [("Orvald Tremaine", "PERSON"), ("Dorkhuzdar", "GPE"), ("Qelat", "GPE")],
                    )
                ],
            ],
        )
        ids = store.entity_ids_for_keys(["nawel salamov", "orvald tremaine", "vorbeirut"])
        own, other = ids["orvald tremaine"], ids["nawel salamov"]
        # two places beside the one name, neither named beside the other
        assert store.shared_context(["orvald tremaine"], ["nawel salamov"], [own, other]) == (
            2,
            False,
        )
        # the premier's own reports share their capital with themselves
        assert store.shared_context(["vorbeirut"], ["nawel salamov"], [ids["vorbeirut"]])[1]
        assert store.shared_context([], ["nawel salamov"], []) == (0, False)
        # nothing excluded: the capital and the premier himself are beside his name
        assert store.shared_context(["vorbeirut"], ["nawel salamov"], []) == (3, True)
    finally:
        store.close()


def _keys_of(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out = resolve.corefer(_doc(1, text, spans), agencies=[])
    return [(text[m.start : m.end], m.key) for m in out.mentions]


def test_a_title_the_model_cut_from_a_name_it_missed_names_nobody_else():
    text = (
        "Victims included Maulana Hamidul Haq Haqqani, the seminary head, heir of his "
        "father, Maulana Samiul Haq."
    )
    spans = [("Maulana", "PERSON"), ("Haq Haqqani", "PERSON"), ("Maulana Samiul Haq", "PERSON")]
    keys = _keys_of(text, spans)
    # the title belongs to the son the model cut; it is not the father, the report's one
    # other "Maulana"
    assert ("Maulana", "maulana samiul haq") not in keys
    assert ("Maulana Samiul Haq", "maulana samiul haq") in keys


def test_a_title_right_before_a_name_names_no_other_holder_and_adds_no_mention():
    text = (
        "Prime Minister Shehbaz Sharif met Prime Minister Modi's envoy and Interior Minister "
        "Mohsin Naqvi. The Prime Minister left."
    )
    spans = [
        ("Prime Minister Shehbaz Sharif", "PERSON"),
        ("Prime Minister", "PERSON"),
        ("Interior Minister", "PERSON"),
        ("Mohsin Naqvi", "PERSON"),
        ("Prime Minister", "PERSON"),
    ]
    keys = _keys_of(text, spans)
    # "Prime Minister [Modi]": the model missed Modi, and the title is not Shehbaz Sharif
    assert keys.count(("Prime Minister", "prime minister shehbaz sharif")) == 1
    # a title cut from a name the model found: the name is the reference, the title no
    # second one (nor an alias "Interior Minister" of the man)
    assert [k for t, k in keys if t == "Interior Minister"] == []
    assert ("Mohsin Naqvi", "mohsin naqvi") in keys
    # a bare title with no name after it takes the report's one holder, as before
    assert keys[-1] == ("Prime Minister", "prime minister shehbaz sharif")
