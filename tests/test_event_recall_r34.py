"""Labelled acts no exported event told (session 34, issue 15, the development half's unmatched
rows): an operation an armed force launches, an operation whose armed word sits inside
quotation marks, a building destroyed with explosives, a throat slit. Unit tests read
hand-built parses (no model); the sentences are written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dossier.extract.events.lexicon import _trigger
from dossier.extract.events.operations import operation_launched
from tests.test_event_acts_r25 import _events, _text
from tests.test_event_what_r14 import VOCAB, _parse

pytestmark = pytest.mark.unit


def _launched(subject: list[tuple[str, str, str]], modifiers: list[tuple[str, str, str]]):
    """ "SUBJECT launched a MODIFIERS operation ." as a parse: ``subject`` and ``modifiers``
    are (word, lemma, dependency) rows, the subject's last word its head."""
    rows = []
    for n, (word, lemma, dep) in enumerate(subject):
        last = n == len(subject) - 1
        rows.append((word, lemma, len(subject) if last else len(subject) - 1, dep, "NOUN", "NN"))
    verb = len(subject)
    noun = verb + 2 + len(modifiers)
    rows.append(("launched", "launch", verb, "ROOT", "VERB", "VBD"))
    rows.append(("a", "a", noun, "det", "DET", "DT"))
    rows += [(word, lemma, noun, dep, "ADJ", "JJ") for word, lemma, dep in modifiers]
    rows.append(("operation", "operation", verb, "dobj", "NOUN", "NN"))
    rows.append((".", ".", verb, "punct", "PUNCT", "."))
    return rows


FORCES = [("Security", "security", "compound"), ("forces", "force", "nsubj")]
TWO_DAY = [("two", "two", "nummod"), ("-", "-", "punct"), ("day", "day", "compound")]


@pytest.mark.parametrize(
    ("subject", "modifiers", "expected"),
    [
        # "Security forces launched a two-day operation.": an armed force's operation
        (FORCES, TWO_DAY, ("ASSAULT", None)),
        # "Troops launched a major operation."
        ([("Troops", "troop", "nsubj")], [("major", "major", "amod")], ("ASSAULT", None)),
        # "Security forces launched a search operation.": a search is no attack
        (FORCES, [("search", "search", "compound")], None),
        # "Police launched a major operation.": a police operation may be a search or a drive
        ([("Police", "police", "nsubj")], [("major", "major", "amod")], None),
        # "The police force launched a major operation."
        (
            [("The", "the", "det"), ("police", "police", "compound"), ("force", "force", "nsubj")],
            [("major", "major", "amod")],
            None,
        ),
        # "Authorities launched a major operation.": nothing says it is armed
        ([("Authorities", "authority", "nsubj")], [("major", "major", "amod")], None),
    ],
)
def test_an_operation_is_an_attack_when_an_armed_force_or_its_words_say_so(
    subject, modifiers, expected
):
    rows = _launched(subject, modifiers)
    operation = next(i for i, row in enumerate(rows) if row[0] == "operation")
    assert operation_launched(_parse(rows)[operation]) == expected


def test_quotation_marks_do_not_hide_an_operation_s_armed_word():
    # "Authorities launched a “counter-terrorism operation”." spaced as printed: the opening
    # quote clings to "counter", so the joined "“counter-terrorism" was no armed word
    rows = _launched(
        [("Authorities", "authority", "nsubj")],
        [
            ("“", '"', "punct"),
            ("counter", "counter", "amod"),
            ("-", "-", "amod"),
            ("terrorism", "terrorism", "amod"),
        ],
    )
    words, lemmas, heads, deps, pos, tags = (list(col) for col in zip(*rows, strict=True))
    spaces = [True, True, True, False, False, False, True, False, False]
    doc = Doc(
        VOCAB,
        words=words,
        spaces=spaces,
        lemmas=lemmas,
        heads=heads,
        deps=deps,
        pos=pos,
        tags=tags,
    )
    assert doc.text == "Authorities launched a “counter-terrorism operation."
    assert operation_launched(doc[7]) == ("ASSAULT", None)


# "Troops were conducting operations.": a campaign, no incident
CAMPAIGN = [
    ("Troops", "troop", 2, "nsubj", "NOUN", "NNS"),
    ("were", "be", 2, "aux", "AUX", "VBD"),
    ("conducting", "conduct", 2, "ROOT", "VERB", "VBG"),
    ("operations", "operation", 2, "dobj", "NOUN", "NNS"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "Troops launched an operation to arrest the suspects.": a search by its purpose
TO_ARREST = [
    ("Troops", "troop", 1, "nsubj", "NOUN", "NNS"),
    ("launched", "launch", 1, "ROOT", "VERB", "VBD"),
    ("an", "an", 3, "det", "DET", "DT"),
    ("operation", "operation", 1, "dobj", "NOUN", "NN"),
    ("to", "to", 5, "aux", "PART", "TO"),
    ("arrest", "arrest", 1, "advcl", "VERB", "VB"),
    ("the", "the", 7, "det", "DET", "DT"),
    ("suspects", "suspect", 5, "dobj", "NOUN", "NNS"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "Troops launched an operation to clear the area."
TO_CLEAR = [
    *TO_ARREST[:5],
    ("clear", "clear", 1, "advcl", "VERB", "VB"),
    ("the", "the", 7, "det", "DET", "DT"),
    ("area", "area", 5, "dobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]


def test_a_force_s_operations_in_the_plural_or_to_arrest_someone_are_no_attack():
    assert operation_launched(_parse(CAMPAIGN)[3]) is None
    assert operation_launched(_parse(TO_ARREST)[3]) is None
    assert operation_launched(_parse(TO_CLEAR)[3]) == ("ASSAULT", None)


def test_an_armed_force_s_operation_is_an_event_with_the_force_as_doer():
    doc, events = _events(_launched(FORCES, TWO_DAY))
    assert [(e.type, _text(doc, e.trigger)) for e in events] == [("ASSAULT", "operation")]
    assert [_text(doc, a) for a in events[0].actors] == ["Security forces"]


# "The homes were destroyed using explosives."
HOMES = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("homes", "home", 3, "nsubjpass", "NOUN", "NNS"),
    ("were", "be", 3, "auxpass", "AUX", "VBD"),
    ("destroyed", "destroy", 3, "ROOT", "VERB", "VBN"),
    ("using", "use", 3, "xcomp", "VERB", "VBG"),
    ("explosives", "explosive", 4, "dobj", "NOUN", "NNS"),
    (".", ".", 3, "punct", "PUNCT", "."),
]
# "Militants destroyed the bridge with bombs."
BRIDGE = [
    ("Militants", "militant", 1, "nsubj", "NOUN", "NNS"),
    ("destroyed", "destroy", 1, "ROOT", "VERB", "VBD"),
    ("the", "the", 3, "det", "DET", "DT"),
    ("bridge", "bridge", 1, "dobj", "NOUN", "NN"),
    ("with", "with", 1, "prep", "ADP", "IN"),
    ("bombs", "bomb", 4, "pobj", "NOUN", "NNS"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "The squad destroyed the shell using explosives.": a bomb disposal
SHELL = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("squad", "squad", 2, "nsubj", "NOUN", "NN"),
    ("destroyed", "destroy", 2, "ROOT", "VERB", "VBD"),
    ("the", "the", 4, "det", "DET", "DT"),
    ("shell", "shell", 2, "dobj", "NOUN", "NN"),
    ("using", "use", 2, "xcomp", "VERB", "VBG"),
    ("explosives", "explosive", 5, "dobj", "NOUN", "NNS"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "The flood destroyed the homes using its force." (no explosive: no attack)
FLOOD = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("flood", "flood", 2, "nsubj", "NOUN", "NN"),
    ("destroyed", "destroy", 2, "ROOT", "VERB", "VBD"),
    ("the", "the", 4, "det", "DET", "DT"),
    ("homes", "home", 2, "dobj", "NOUN", "NNS"),
    ("using", "use", 2, "xcomp", "VERB", "VBG"),
    ("its", "its", 7, "poss", "PRON", "PRP$"),
    ("force", "force", 5, "dobj", "NOUN", "NN"),
    (".", ".", 2, "punct", "PUNCT", "."),
]


def test_a_thing_destroyed_with_explosives_was_attacked_a_munition_was_disposed_of():
    assert _trigger(_parse(HOMES)[3]) == ("ASSAULT", "explosives")
    assert _trigger(_parse(BRIDGE)[1]) == ("ASSAULT", "explosives")
    assert _trigger(_parse(SHELL)[2]) is None
    assert _trigger(_parse(FLOOD)[2]) is None


# "Gunmen slit the throats of two men."
THROATS = [
    ("Gunmen", "gunman", 1, "nsubj", "NOUN", "NNS"),
    ("slit", "slit", 1, "ROOT", "VERB", "VBD"),
    ("the", "the", 3, "det", "DET", "DT"),
    ("throats", "throat", 1, "dobj", "NOUN", "NNS"),
    ("of", "of", 3, "prep", "ADP", "IN"),
    ("two", "two", 6, "nummod", "NUM", "CD"),
    ("men", "man", 4, "pobj", "NOUN", "NNS"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "She slit the envelope."
ENVELOPE = [
    ("She", "she", 1, "nsubj", "PRON", "PRP"),
    ("slit", "slit", 1, "ROOT", "VERB", "VBD"),
    ("the", "the", 3, "det", "DET", "DT"),
    ("envelope", "envelope", 1, "dobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]


def test_a_throat_slit_is_a_killing_an_envelope_slit_is_nothing():
    assert _trigger(_parse(THROATS)[1]) == ("ASSAULT", None)
    assert _trigger(_parse(ENVELOPE)[1]) is None
    doc, events = _events(THROATS)
    assert [(e.type, _text(doc, e.trigger)) for e in events] == [("ASSAULT", "slit")]
    assert [_text(doc, a) for a in events[0].actors] == ["Gunmen"]
