"""The next item of a list of operations (session 26, issue 15 item 5): "Another IBO was
conducted in the general area of Dossali" is an operation of its own though no doer is
written, and a sentence whose subject is such an item ends the incident told before it, so
the fire exchange told after it joins it rather than the first operation. "An IBO was
conducted in Esham" and "The operation was conducted in coordination with ..." stay the
setting of the acts told with them. Unit tests read hand-built parses (no model)."""

from __future__ import annotations

import pytest

from dossier.extract.events.operations import operation_launched
from dossier.kb.incident_breaks import opens_new_incident
from tests.test_event_what_r14 import _parse

Row = tuple[str, str, int, str, str, str]


def _conducted(det: str, noun: str, verb: tuple[str, str] = ("conducted", "conduct")) -> list[Row]:
    """ "<det> <noun> was <verb> in Esham ." (the noun at 1, the verb at 3)."""
    dep, pos, tag = {
        "another": ("det", "DET", "DT"),
        "an": ("det", "DET", "DT"),
        "the": ("det", "DET", "DT"),
        "second": ("amod", "ADJ", "JJ"),
    }[det]
    return [
        (det.capitalize(), det, 1, dep, pos, tag),
        (noun, noun.lower(), 3, "nsubjpass", "NOUN" if noun != "IBO" else "PROPN", "NN"),
        ("was", "be", 3, "auxpass", "AUX", "VBD"),
        (verb[0], verb[1], 3, "ROOT", "VERB", "VBN"),
        ("in", "in", 3, "prep", "ADP", "IN"),
        ("Esham", "Esham", 4, "pobj", "PROPN", "NNP"),
        (".", ".", 3, "punct", "PUNCT", "."),
    ]


@pytest.mark.unit
@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (_conducted("another", "IBO"), ("ASSAULT", None)),
        (_conducted("another", "IBO", ("launched", "launch")), ("ASSAULT", None)),
        # one item of a list though no doer is named
        (_conducted("second", "IBO"), ("ASSAULT", None)),
        # the first telling with no doer, or one told before, is the setting of its acts
        (_conducted("an", "IBO"), None),
        (_conducted("the", "IBO"), None),
        # another operation of no armed kind is still none
        (_conducted("another", "operation"), None),
        # an operation only mentioned ("another IBO was planned") is not carried out
        (_conducted("another", "IBO", ("planned", "plan")), None),
    ],
)
def test_another_operation_conducted_r26(rows: list[Row], expected: tuple | None) -> None:
    """ "Another IBO was conducted in Esham" is an operation carried out."""
    assert operation_launched(_parse(rows)[1]) == expected


@pytest.mark.unit
@pytest.mark.parametrize(
    ("sentence", "new"),
    [
        ("Another IBO was conducted in the general area of Dossali.", True),
        ("Another intelligence based operation was conducted in general area Baizai.", True),
        ("The other IBO was carried out in the Esham area, it said.", True),
        ("Another encounter took place in the general area of Tirah valley.", True),
        # two blasts or strikes are often told together after the second
        ("The second blast took place near the basic health unit.", False),
        # the item told before, or a person, not another item
        ("The operation was conducted in coordination with the police.", False),
        ("Another policeman was injured in the attack.", False),
        ("The IBO was conducted on the reported presence of terrorists.", False),
    ],
)
def test_the_next_item_opens_another_incident_r26(sentence: str, new: bool) -> None:
    assert opens_new_incident(sentence) is new


@pytest.mark.unit
@pytest.mark.parametrize(
    ("sentence", "ends"),
    [
        ("Another IBO was conducted in the general area of Dossali.", True),
        ("The second IBO was conducted in the general area of Miranshah.", True),
        ("Another encounter took place in the general area of Tirah valley.", True),
        # blasts and strikes are often told together after the second: no operation's list
        ("The second blast took place near the basic health unit.", False),
        ("Another strike killed nine Palestinians in a tent encampment.", False),
        ("The IBO was conducted on the reported presence of terrorists.", False),
    ],
)
def test_the_next_item_ends_the_incident_before_r26(sentence: str, ends: bool) -> None:
    """A list's next item told as carried out or taking place ends the item before it for
    every later sentence (:func:`dossier.kb.incident_breaks.last_break`)."""
    from dossier.kb.incident_breaks import _BREAK

    assert bool(_BREAK.match(sentence)) is ends
