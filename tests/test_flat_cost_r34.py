"""Session 34 (issue 19): :func:`dossier.kb.resolve._of_words` asks the costly
:func:`dossier.kb.resolve._lone_word` only of keys that may hold one of the words.

(The round's kept lone-surname states, measured and not kept, are in the branch's history at
``caf2365`` with their tests; README, "Ingest at scale", round 4.)
"""

from __future__ import annotations

import pytest

from dossier.kb import resolve

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "key",
    [
        "trump",
        "president trump",
        "barrister saif",
        "the haider",
        "aneel haider",
        "mr",
        "o'brien",
        "M\u00fcller",
        "gen. asim munir",
    ],
)
def test_the_quick_word_check_never_drops_a_key_of_the_words(key: str) -> None:
    """:func:`resolve._may_be_of` is true wherever the key's lone word is one of the words."""
    word = resolve._lone_word(key)
    if word is not None:
        assert resolve._may_be_of(key, frozenset({word, "khan"}))


def test_a_plain_key_without_the_words_is_dropped_unasked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A plain key none of whose words is asked for is dropped without
    :func:`resolve._lone_word`; the keys of the words, and full names, are kept."""
    asked: list[str] = []
    real = resolve._lone_word

    def spy(text: str) -> str | None:
        asked.append(text)
        return real(text)

    monkeypatch.setattr(resolve, "_lone_word", spy)
    lone = resolve.scoped_key("haider", resolve.LONE + "doc-1")
    other = resolve.scoped_key("hyder", resolve.LONE + "doc-2")
    kept = resolve._of_words({lone, other, "hyder", "aneel haider"}, frozenset({"haider"}))
    assert kept == {lone, "aneel haider"}
    assert asked == ["haider"]
    assert not resolve._may_be_of("aneel haider", frozenset({"khan"}))
