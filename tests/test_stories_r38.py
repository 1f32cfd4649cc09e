"""Session 38, issue 16: a newspaper's headline bullets are no lead of its incident, and an
aircraft "brought down" or "taken down" is attacked.

Unit tests on hand-written texts and hand-built parses (no model)."""

from __future__ import annotations

import pytest

from dossier.extract.events.lexicon import _frame
from dossier.kb.event_merge import main_event
from dossier.kb.lead_incident import body_lead, body_lead_rows
from tests.test_event_roles_r19 import _doc

pytestmark = pytest.mark.unit

BULLETED = (
    "• Bomber rams vehicle into convoy; troops wounded\n"
    "• Spokesman says three militants killed\n\n"
    "KESTRA: Five people were killed on Sunday after a bomber rammed a vehicle into a "
    "convoy near Ostrand.\n\nOfficials said the convoy was travelling to Velmora.\n\n"
    "A later sentence.\n"
)


def _row(sentence: int, start: int, event: str) -> dict:
    return {"sentence": sentence, "start": start, "event_id": event, "modality": "asserted"}


def test_the_lead_starts_below_the_bullets():
    start, end = body_lead(BULLETED, 2)
    assert BULLETED[start:].startswith("KESTRA:")
    # a stop and its line break are two ends, as for every lead (event_merge.lead_end)
    assert BULLETED[start:end].rstrip().endswith("near Ostrand.")
    plain = "Five people were killed on Sunday. Officials said so. Later."
    assert body_lead(plain, 2) == (0, plain.index(" Later"))


def test_the_main_event_is_the_bodys_not_a_bullets():
    body = BULLETED.index("KESTRA")
    rows = [_row(0, 2, "bullet"), _row(2, body + 20, "body"), _row(5, body + 200, "later")]
    # counted from the text's start, the bullet's undated event is the lead's
    assert main_event(rows, 2)["event_id"] == "bullet"
    moved = body_lead_rows(rows, BULLETED, 2)
    assert main_event(moved, 2)["event_id"] == "body"
    assert [r["sentence"] for r in moved] == [2, 0, 7]


def test_a_text_with_no_bullets_keeps_its_rows():
    rows = [_row(0, 0, "a")]
    assert body_lead_rows(rows, "Five people were killed. Later.", 2) is rows


def _downed(verb: str, lemma: str, obj: str, obj_lemma: str):
    """ "The army <verb> down two <obj> ." """
    return _doc(
        [
            ("The", "the", 1, "det", "DET", "DT"),
            ("army", "army", 2, "nsubj", "NOUN", "NN"),
            (verb, lemma, 2, "ROOT", "VERB", "VBD"),
            ("down", "down", 2, "prt", "ADP", "RP"),
            ("two", "two", 5, "nummod", "NUM", "CD"),
            (obj, obj_lemma, 2, "dobj", "NOUN", "NNS"),
            (".", ".", 2, "punct", "PUNCT", "."),
        ]
    )


@pytest.mark.parametrize("verb,lemma", [("brought", "bring"), ("took", "take")])
def test_an_aircraft_brought_down_is_attacked(verb, lemma):
    assert _frame(_downed(verb, lemma, "drones", "drone")[2]) == ("ASSAULT", None)


def test_a_banner_taken_down_is_no_attack():
    assert _frame(_downed("took", "take", "banners", "banner")[2]) is None


class _Claims:
    """A store that holds only a document's quantity claims."""

    def __init__(self, claims: list[dict]) -> None:
        self.claims = claims

    def claim_mentions_in_document(self, document_id: str) -> list[dict]:
        return self.claims


def test_the_tolls_of_the_bullets_and_the_bodys_lead_are_read():
    from dossier.kb.lead_incident import _lead_features

    body = BULLETED.index("Five people")
    bullet = BULLETED.index("three militants")
    claims = [
        {"kind": "quantity", "start": bullet, "qmin": 3, "qmax": 3, "unit": "militants killed"},
        {"kind": "quantity", "start": body, "qmin": 5, "qmax": 5, "unit": "people killed"},
    ]
    _places, _countries, figures = _lead_features(_Claims(claims), "d", BULLETED, 2, "", [])
    # counted from the text's start, the lead ended in the bullets and missed the body's toll
    assert sorted(figures) == ["killed:3", "killed:5"]
