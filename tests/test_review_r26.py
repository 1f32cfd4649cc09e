"""Review leftovers of session 25, mended in session 26 without changing behaviour: a threat
noun's clause is looked for once (``threat_held_out`` gives its parties or None), the
event post-passes share one offset -> token map per parse (``registry.token_starting``),
and the quote speaker's pronoun check reads a mention's key from a span -> key map the
context builds once. Unit tests read hand-built parses (no model)."""

from __future__ import annotations

import pytest

from dossier.extract.events.statements import threat_held_out
from dossier.extract.quotes import _Context, _fits
from dossier.extract.registry import token_starting
from dossier.records import Mention
from tests.test_event_what_r14 import _parse

pytestmark = pytest.mark.unit

# "Trump repeated his threat that Iran would be bombed ."
THREAT_HELD_OUT = [
    ("Trump", "Trump", 1, "nsubj", "PROPN", "NNP"),
    ("repeated", "repeat", 1, "ROOT", "VERB", "VBD"),
    ("his", "his", 3, "poss", "PRON", "PRP$"),
    ("threat", "threat", 1, "dobj", "NOUN", "NN"),
    ("that", "that", 8, "mark", "SCONJ", "IN"),
    ("Iran", "Iran", 8, "nsubjpass", "PROPN", "NNP"),
    ("would", "would", 8, "aux", "AUX", "MD"),
    ("be", "be", 8, "auxpass", "AUX", "VB"),
    ("bombed", "bomb", 3, "acl", "VERB", "VBN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "the threat that terrorism poses"
THREAT_DESCRIBED = [
    ("the", "the", 1, "det", "DET", "DT"),
    ("threat", "threat", 1, "ROOT", "NOUN", "NN"),
    ("that", "that", 4, "dobj", "PRON", "WDT"),
    ("terrorism", "terrorism", 4, "nsubj", "NOUN", "NN"),
    ("poses", "pose", 1, "relcl", "VERB", "VBZ"),
]


def test_a_threat_held_out_gives_its_parties_in_one_call():
    doc = _parse(THREAT_HELD_OUT)
    actors, targets, stands_for = threat_held_out(doc[3])
    assert [t.text for t in actors] == ["Trump"]  # "his" bound by who repeated it
    assert [t.text for t in targets] == ["Iran"]
    assert stands_for == {8}  # "bombed" is the threat's content, no event of its own


def test_a_threat_that_describes_holds_nothing_out():
    assert threat_held_out(_parse(THREAT_DESCRIBED)[1]) is None
    assert threat_held_out(_parse(THREAT_HELD_OUT)[1]) is None  # a verb is no threat noun


def test_a_token_is_found_by_the_character_it_starts_at():
    doc = _parse(THREAT_HELD_OUT)
    threat = doc[3]
    assert token_starting(doc, threat.idx) == threat
    assert token_starting(doc, threat.idx + 1) is None  # inside the word
    assert token_starting(doc, len(doc.text) + 5) is None
    # the map is kept with the parse, so a second post-pass asks it, not the tokens
    assert doc.user_data["dossier.token_starting"][doc[8].idx] == 8
    assert token_starting(doc, doc[8].idx).text == "bombed"


def _ctx(mentions: list[Mention], sexes: dict[str, str]) -> _Context:
    return _Context(None, "", mentions, [0], [], [0], [], frozenset(), sexes)


def test_a_pronoun_fits_by_the_key_of_the_first_mention_at_the_span():
    first = Mention(start=0, end=11, text="Mara Ellison", label="PERSON", key="ellison", sentence=0)
    again = Mention(start=0, end=11, text="Mara Ellison", label="ORG", key="mara", sentence=0)
    other = Mention(start=20, end=25, text="Okafo", label="PERSON", key="okafo", sentence=0)
    ctx = _ctx([first, again, other], {"ellison": "f", "mara": "m"})
    assert ctx.keys == {(0, 11): "ellison", (20, 25): "okafo"}
    assert _fits((0, 11), "f", ctx)
    assert not _fits((0, 11), "m", ctx)  # the first mention's key decides, as before
    assert _fits((20, 25), "m", ctx)  # the document gives no sex: anyone fits
    assert _fits((40, 45), "m", ctx)  # no mention there: no sex known
    assert _fits((0, 11), None, ctx)
