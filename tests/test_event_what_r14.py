"""What is an incident (session 14): an arrest someone wants made ("demanded the arrest of
the killers", "issued orders for the arrest of", "the state must arrest") is no arrest; an
attack told as a yearly habit ("up to 5,000 women are killed each year") or as a trend
("increasing attacks", "an uptick in the number of attacks targeting X") is no incident. An
ordered attack ("ordered strikes on X") and an arrest that was made stay. A driver who "ran
over" someone and a "hit-and-run incident" are road accidents; "hit-and-run attacks" stay.
An attack or arrest "in a crackdown" is one incident, the crackdown its setting.
Unit tests read hand-built parses (no model); the end-to-end tests run the pipeline on
fictional sentences with real place names."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dossier.extract.events.assembly import _habitual, _setting_of, _wanted
from dossier.extract.events.lexicon import _counted, _trigger
from tests import hand_parses

#: English's vocabulary without a model: what gives a hand-built token its lower-case form
VOCAB = hand_parses.VOCAB  # one blank English vocabulary for every hand-built parse


def _parse(rows: list[tuple[str, str, int, str, str, str]]) -> Doc:
    """A parse from rows of (word, lemma, head index, dependency, POS, tag)."""
    words, lemmas, heads, deps, pos, tags = (list(col) for col in zip(*rows, strict=True))
    return Doc(VOCAB, words=words, lemmas=lemmas, heads=heads, deps=deps, pos=pos, tags=tags)


# "He demanded the arrest of the killers ."
DEMANDED = [
    ("He", "he", 1, "nsubj", "PRON", "PRP"),
    ("demanded", "demand", 1, "ROOT", "VERB", "VBD"),
    ("the", "the", 3, "det", "DET", "DT"),
    ("arrest", "arrest", 1, "dobj", "NOUN", "NN"),
    ("of", "of", 3, "prep", "ADP", "IN"),
    ("the", "the", 6, "det", "DET", "DT"),
    ("killers", "killer", 4, "pobj", "NOUN", "NNS"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "The DIG issued orders to the DPO for the arrest of the suspects ."
ORDERS_FOR = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("DIG", "DIG", 2, "nsubj", "PROPN", "NNP"),
    ("issued", "issue", 2, "ROOT", "VERB", "VBD"),
    ("orders", "order", 2, "dobj", "NOUN", "NNS"),
    ("to", "to", 2, "prep", "ADP", "IN"),
    ("the", "the", 6, "det", "DET", "DT"),
    ("DPO", "DPO", 4, "pobj", "PROPN", "NNP"),
    ("for", "for", 2, "prep", "ADP", "IN"),
    ("the", "the", 9, "det", "DET", "DT"),
    ("arrest", "arrest", 7, "pobj", "NOUN", "NN"),
    ("of", "of", 9, "prep", "ADP", "IN"),
    ("the", "the", 12, "det", "DET", "DT"),
    ("suspects", "suspect", 10, "pobj", "NOUN", "NNS"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "The state must arrest those involved ."
MUST = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("state", "state", 3, "nsubj", "NOUN", "NN"),
    ("must", "must", 3, "aux", "AUX", "MD"),
    ("arrest", "arrest", 3, "ROOT", "VERB", "VB"),
    ("those", "those", 3, "dobj", "PRON", "DT"),
    ("involved", "involve", 4, "acl", "VERB", "VBN"),
    (".", ".", 3, "punct", "PUNCT", "."),
]
# "They demanded that the perpetrators be arrested ."
DEMANDED_CLAUSE = [
    ("They", "they", 1, "nsubj", "PRON", "PRP"),
    ("demanded", "demand", 1, "ROOT", "VERB", "VBD"),
    ("that", "that", 6, "mark", "SCONJ", "IN"),
    ("the", "the", 4, "det", "DET", "DT"),
    ("perpetrators", "perpetrator", 6, "nsubjpass", "NOUN", "NNS"),
    ("be", "be", 6, "auxpass", "AUX", "VB"),
    ("arrested", "arrest", 1, "ccomp", "VERB", "VBN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "He asked why police arrested his son ."
ASKED_WHY = [
    ("He", "he", 1, "nsubj", "PRON", "PRP"),
    ("asked", "ask", 1, "ROOT", "VERB", "VBD"),
    ("why", "why", 4, "advmod", "SCONJ", "WRB"),
    ("police", "police", 4, "nsubj", "NOUN", "NNS"),
    ("arrested", "arrest", 1, "ccomp", "VERB", "VBD"),
    ("his", "his", 6, "poss", "PRON", "PRP$"),
    ("son", "son", 4, "dobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "Trump ordered strikes on Yemen ."
ORDERED_STRIKES = [
    ("Trump", "Trump", 1, "nsubj", "PROPN", "NNP"),
    ("ordered", "order", 1, "ROOT", "VERB", "VBD"),
    ("strikes", "strike", 1, "dobj", "NOUN", "NNS"),
    ("on", "on", 2, "prep", "ADP", "IN"),
    ("Yemen", "Yemen", 3, "pobj", "PROPN", "NNP"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "Militants have intensified their attacks ."
INTENSIFIED = [
    ("Militants", "militant", 2, "nsubj", "NOUN", "NNS"),
    ("have", "have", 2, "aux", "AUX", "VBP"),
    ("intensified", "intensify", 2, "ROOT", "VERB", "VBN"),
    ("their", "their", 4, "poss", "PRON", "PRP$"),
    ("attacks", "attack", 2, "dobj", "NOUN", "NNS"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "Police arrested two suspects ."
ARRESTED = [
    ("Police", "police", 1, "nsubj", "NOUN", "NNS"),
    ("arrested", "arrest", 1, "ROOT", "VERB", "VBD"),
    ("two", "two", 3, "nummod", "NUM", "CD"),
    ("suspects", "suspect", 1, "dobj", "NOUN", "NNS"),
    (".", ".", 1, "punct", "PUNCT", "."),
]


@pytest.mark.unit
@pytest.mark.parametrize(
    ("rows", "at", "kind", "wanted"),
    [
        (DEMANDED, 3, "COERCE", True),
        (ORDERS_FOR, 9, "COERCE", True),
        (MUST, 3, "COERCE", True),
        (DEMANDED_CLAUSE, 6, "COERCE", True),
        (ASKED_WHY, 4, "COERCE", False),
        (ORDERED_STRIKES, 2, "ASSAULT", False),
        (ARRESTED, 1, "COERCE", False),
    ],
)
def test_an_act_someone_wants_done_is_wanted(rows, at, kind, wanted):
    assert _wanted(_parse(rows)[at], kind, None) is wanted


@pytest.mark.unit
def test_an_ordered_arrest_is_wanted_and_an_ordered_strike_is_not():
    # an order to arrest is a warrant; a strike that was ordered is told because it was made
    ordered_arrest = [
        ("The", "the", 1, "det", "DET", "DT"),
        ("court", "court", 2, "nsubj", "NOUN", "NN"),
        ("ordered", "order", 2, "ROOT", "VERB", "VBD"),
        ("the", "the", 4, "det", "DET", "DT"),
        ("arrest", "arrest", 2, "dobj", "NOUN", "NN"),
        (".", ".", 2, "punct", "PUNCT", "."),
    ]
    assert _wanted(_parse(ordered_arrest)[4], "COERCE", None)
    assert not _wanted(_parse(ORDERED_STRIKES)[2], "ASSAULT", None)


# "Up to 5,000 women are killed each year ."
EACH_YEAR = [
    ("Up", "up", 2, "quantmod", "ADP", "IN"),
    ("to", "to", 2, "quantmod", "ADP", "IN"),
    ("5,000", "5,000", 3, "nummod", "NUM", "CD"),
    ("women", "woman", 5, "nsubjpass", "NOUN", "NNS"),
    ("are", "be", 5, "auxpass", "AUX", "VBP"),
    ("killed", "kill", 5, "ROOT", "VERB", "VBN"),
    ("each", "each", 7, "det", "DET", "DT"),
    ("year", "year", 5, "npadvmod", "NOUN", "NN"),
    (".", ".", 5, "punct", "PUNCT", "."),
]
# "Five women were killed last year ."
LAST_YEAR = [
    ("Five", "five", 1, "nummod", "NUM", "CD"),
    ("women", "woman", 3, "nsubjpass", "NOUN", "NNS"),
    ("were", "be", 3, "auxpass", "AUX", "VBD"),
    ("killed", "kill", 3, "ROOT", "VERB", "VBN"),
    ("last", "last", 5, "amod", "ADJ", "JJ"),
    ("year", "year", 3, "npadvmod", "NOUN", "NN"),
    (".", ".", 3, "punct", "PUNCT", "."),
]


@pytest.mark.unit
def test_a_killing_each_year_is_a_habit_and_one_last_year_is_not():
    assert _habitual(_parse(EACH_YEAR)[5])
    assert not _habitual(_parse(LAST_YEAR)[3])


# "Faced with increasing attacks by militants , forces intensified operations ."
INCREASING = [
    ("Faced", "face", 7, "advcl", "VERB", "VBN"),
    ("with", "with", 0, "prep", "ADP", "IN"),
    ("increasing", "increase", 3, "amod", "VERB", "VBG"),
    ("attacks", "attack", 1, "pobj", "NOUN", "NNS"),
    ("by", "by", 3, "prep", "ADP", "IN"),
    ("militants", "militant", 4, "pobj", "NOUN", "NNS"),
    ("forces", "force", 7, "nsubj", "NOUN", "NNS"),
    ("intensified", "intensify", 7, "ROOT", "VERB", "VBD"),
    ("operations", "operation", 7, "dobj", "NOUN", "NNS"),
    (".", ".", 7, "punct", "PUNCT", "."),
]
# "an uptick in the number of attacks targeting security forces"
UPTICK = [
    ("an", "an", 1, "det", "DET", "DT"),
    ("uptick", "uptick", 1, "ROOT", "NOUN", "NN"),
    ("in", "in", 1, "prep", "ADP", "IN"),
    ("the", "the", 4, "det", "DET", "DT"),
    ("number", "number", 2, "pobj", "NOUN", "NN"),
    ("of", "of", 4, "prep", "ADP", "IN"),
    ("attacks", "attack", 5, "pobj", "NOUN", "NNS"),
    ("targeting", "target", 6, "acl", "VERB", "VBG"),
    ("security", "security", 9, "compound", "NOUN", "NN"),
    ("forces", "force", 7, "dobj", "NOUN", "NNS"),
]
# "an uptick in attacks"
UPTICK_IN = [
    ("an", "an", 1, "det", "DET", "DT"),
    ("uptick", "uptick", 1, "ROOT", "NOUN", "NN"),
    ("in", "in", 1, "prep", "ADP", "IN"),
    ("attacks", "attack", 2, "pobj", "NOUN", "NNS"),
]
# "Militants launched attacks targeting security forces"
LAUNCHED = [
    ("Militants", "militant", 1, "nsubj", "NOUN", "NNS"),
    ("launched", "launch", 1, "ROOT", "VERB", "VBD"),
    ("attacks", "attack", 1, "dobj", "NOUN", "NNS"),
    ("targeting", "target", 2, "acl", "VERB", "VBG"),
    ("security", "security", 5, "compound", "NOUN", "NN"),
    ("forces", "force", 3, "dobj", "NOUN", "NNS"),
]


@pytest.mark.unit
def test_a_trend_of_attacks_is_counted_not_told():
    assert _counted(_parse(INCREASING)[3])
    assert _counted(_parse(UPTICK_IN)[3])
    assert _counted(_parse(INTENSIFIED)[4])
    uptick = _parse(UPTICK)
    assert _counted(uptick[6])
    assert _trigger(uptick[7]) is None  # the counted attacks' own verb is counted too
    launched = _parse(LAUNCHED)
    assert not _counted(launched[2])
    assert _trigger(launched[3]) == ("ASSAULT", None)


# "Forces killed ten militants in a crackdown ."
IN_CRACKDOWN = [
    ("Forces", "force", 1, "nsubj", "NOUN", "NNS"),
    ("killed", "kill", 1, "ROOT", "VERB", "VBD"),
    ("ten", "ten", 3, "nummod", "NUM", "CD"),
    ("militants", "militant", 1, "dobj", "NOUN", "NNS"),
    ("in", "in", 1, "prep", "ADP", "IN"),
    ("a", "a", 6, "det", "DET", "DT"),
    ("crackdown", "crackdown", 4, "pobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]


@pytest.mark.unit
def test_a_crackdown_is_the_setting_of_the_act_it_holds():
    doc = _parse(IN_CRACKDOWN)
    assert _setting_of(doc[6], {1: ("ASSAULT", None), 6: ("COERCE", "crackdown")})
    # no act told around it: the crackdown is the incident
    assert not _setting_of(doc[6], {6: ("COERCE", "crackdown")})


# --------------------------------------------------------------------------- end to end


@pytest.mark.nlp
@pytest.mark.parametrize(
    "text",
    [
        "The spokesman condemned the killings and demanded the immediate arrest of the attackers.",
        "Taking notice of the incident, the DIG issued orders to the DPO for the immediate "
        "arrest of the suspects.",
        "The minister directed the authorities to ensure the arrest of the killers.",
        "The protesters demanded that police arrest the killers in Quetta.",
    ],
)
def test_a_wanted_arrest_is_no_arrest(text, settings):
    from tests.test_events import _events

    assert not [e for e in _events(text, settings) if e.type == "COERCE"]


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Police arrested two suspects in Bannu on Monday.", "COERCE"),
        ("Trump ordered strikes on the Houthis in Yemen on Saturday.", "ASSAULT"),
        ("Police arrested the man whose arrest the family had demanded.", "COERCE"),
    ],
)
def test_an_act_made_stays(text, kind, settings):
    from tests.test_events import _events

    assert [e for e in _events(text, settings) if e.type == kind]


@pytest.mark.nlp
@pytest.mark.parametrize(
    "text",
    [
        "Up to 5,000 women are killed each year in the name of honour, the agency estimates.",
        "Faced with increasing attacks by militants in Balochistan, security forces have "
        "intensified operations.",
        "The country has witnessed a sharp uptick in the number of attacks targeting security "
        "forces in Balochistan.",
        "Militants in Balochistan have recently intensified their attacks.",
    ],
)
def test_a_habit_or_a_trend_is_no_incident(text, settings):
    from tests.test_events import _events

    assert not [e for e in _events(text, settings) if e.type == "ASSAULT"]


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("text", "attack"),
    [
        (
            "The trailer driver ran over and killed the man while reversing the heavy vehicle "
            "at a petrol pump near Kathore.",
            False,
        ),
        (
            "Separately, a 60-year-old man was killed in a hit-and-run incident in Clifton on "
            "Thursday morning.",
            False,
        ),
        (
            "Sleeper cells launched hit-and-run attacks on troops in Anbar on Sunday.",
            True,
        ),
    ],
)
def test_a_road_accident_is_no_attack(text, attack, settings):
    from tests.test_events import _events

    assert bool([e for e in _events(text, settings) if e.type == "ASSAULT"]) is attack


@pytest.mark.nlp
def test_a_crackdown_that_is_the_setting_of_a_killing_is_no_second_incident(settings):
    from tests.test_events import _events

    text = (
        "Security forces killed 10 terrorists in separate operations in Kech district in a "
        "fresh crackdown against militant elements in the province."
    )
    events = _events(text, settings)
    assert [e for e in events if e.type == "ASSAULT"]
    assert not [e for e in events if e.type == "COERCE"]
    # a crackdown told as what was launched stays an incident
    text = "Indian security forces launched a sweeping crackdown in held Kashmir on Tuesday."
    assert [e for e in _events(text, settings) if e.type == "COERCE" and e.mode == "crackdown"]
