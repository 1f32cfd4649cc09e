"""Tokens that cannot open a sentence (session 30, issue 15: sentences cut in two).

Every event is anchored in one sentence; where the small model's parser cuts a sentence
where nothing ends it ("Musakhel DC | Juma Dad", "“No more war!” | the pope said",
"Insp. | Ali Raza said"), the event loses a participant. :func:`continuation_starts`
marks such tokens as inside a sentence before the parser runs. Unit tests read hand-built
docs (no model); the nlp test runs the pipeline.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dossier.extract.components import continuation_starts, paragraph_starts
from tests import hand_parses

#: English lexical attributes (a blank Vocab knows no whitespace), no model
VOCAB = hand_parses.VOCAB  # one blank English vocabulary for every hand-built parse


def _marks(words: list[str], spaces: list[bool] | None = None) -> list[bool | None]:
    doc = Doc(VOCAB, words=words, spaces=spaces)
    paragraph_starts(doc)
    continuation_starts(doc)
    return [t.is_sent_start for t in doc]


@pytest.mark.unit
def test_a_lower_case_word_or_a_closing_quote_continues_the_sentence():
    words = ["“", "No", "more", "war", "!", "”", "the", "pope", "said", "."]
    marks = _marks(words, [False, True, True, False, False, True, True, True, False, False])
    assert marks[5] is False  # the closing quote
    assert marks[6] is False  # "the pope said"


@pytest.mark.unit
def test_a_word_after_a_word_continues_the_sentence():
    # "Musakhel DC Juma Dad were present": nothing ends a sentence after "DC"
    marks = _marks(["Musakhel", "DC", "Juma", "Dad", "were", "present", "."])
    assert marks[2] is False


@pytest.mark.unit
def test_a_name_after_an_abbreviated_title_continues_the_sentence():
    # spaCy splits "Insp." into "Insp" "." but keeps "Dr." whole: both are titles
    split = _marks(["said", "Insp", ".", "Ali", "Raza"], [True, False, True, True, False])
    assert split[3] is False
    whole = _marks(["said", "Dr.", "Ali", "Raza"])
    assert whole[2] is False


@pytest.mark.unit
def test_a_capitalised_word_after_a_full_stop_is_left_to_the_parser():
    marks = _marks(["Five", "died", ".", "Police", "said", "so", "."])
    assert marks[3] is None  # the parser decides: the rule neither sets nor forbids it
    # a sentence-ending abbreviation that is no title ("said the DIG.") leaves it open too
    marks = _marks(["said", "the", "DIG", ".", "A", "spokesman", "said"])
    assert marks[4] is None


@pytest.mark.unit
def test_a_line_break_keeps_its_own_decision():
    # a heading without a full stop, then its paragraph; a list line under a line break
    marks = _marks(["Bannu", "attack", "\n\n", "Police", "said", "\n", "more", "details"])
    assert marks[3] is True  # the paragraph rule's start stands
    assert marks[6] is None  # after a single line break the parser decides


@pytest.mark.nlp
def test_the_pipeline_keeps_a_cut_sentence_whole(nlp):
    assert "dossier_continuations" in nlp.pipe_names
    text = (
        "Noshki DC Amjad Ali and Musakhel DC Juma Dad were among those present. "
        "The SHO of Saddar police station, Insp. Ali Raza, said the suspects fled. "
        "Police said five people were killed."
    )
    starts = [s.start_char for s in nlp(text).sents]
    assert starts == [0, text.index("The SHO"), text.index("Police said")]
