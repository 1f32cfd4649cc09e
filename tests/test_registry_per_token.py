"""``registry.per_token``: a value per token, worked out once per parse."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from dossier.extract.registry import per_token

pytestmark = pytest.mark.nlp


def test_each_token_is_asked_once_per_parse_and_read_by_its_index():
    doc = Doc(Vocab(), words=["Gunmen", "attacked", "a", "convoy"])
    asked: list[int] = []

    def upper(token):
        asked.append(token.i)
        return token.text.upper()

    assert per_token(doc, "test.upper", upper)[1] == "ATTACKED"
    assert [per_token(doc, "test.upper", upper)[t.i] for t in doc] == [
        "GUNMEN",
        "ATTACKED",
        "A",
        "CONVOY",
    ]
    assert asked == [0, 1, 2, 3]  # once each, however often read
    # another name is another value; another parse has its own
    assert per_token(doc, "test.length", lambda t: len(t.text)) == [6, 8, 1, 6]
    other = Doc(Vocab(), words=["Police", "fired"])
    assert per_token(other, "test.upper", upper) == ["POLICE", "FIRED"]
    assert asked == [0, 1, 2, 3, 0, 1]
