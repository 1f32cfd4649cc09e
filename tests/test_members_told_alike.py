"""Session 35 review: :func:`dossier.kb.undated_reports.members_told_alike`, the one reading
of a candidate group that the place join (:mod:`dossier.kb.place_news`) and the undated news
join (:func:`~dossier.kb.undated_reports.undated_news_groups`) share. Invented reports."""

from __future__ import annotations

import pytest

from dossier.kb.tellings import telling_words
from dossier.kb.undated_reports import NEWS_TELLING, members_told_alike
from tests.test_stories_r29 import FALL, FALL_TOO, REOPENS, _fall_store, _row

pytestmark = pytest.mark.unit


def test_a_group_told_alike_gives_its_tellings_members_and_the_candidate() -> None:
    store = _fall_store()
    rows = store.event_group_rows("g-a")
    (candidate,) = rows
    mine = [frozenset(telling_words(None, FALL_TOO))]
    read = members_told_alike(store, candidate, rows, [], mine, NEWS_TELLING, 2)
    assert read is not None
    theirs, members, matched = read
    assert theirs == [frozenset(telling_words(None, FALL))]
    assert matched is members[0]
    assert matched["document_id"] == "a" and matched["text"] == FALL


def test_a_group_told_otherwise_or_without_the_candidate_is_none() -> None:
    store = _fall_store()
    rows = store.event_group_rows("g-a")
    other = [frozenset(telling_words(None, REOPENS))]
    assert members_told_alike(store, rows[0], rows, [], other, NEWS_TELLING, 2) is None
    # the candidate report's row not among the group's rows
    stranger = _row("z", "post", FALL)
    alike = [frozenset(telling_words(None, FALL_TOO))]
    assert members_told_alike(store, stranger, rows, [], alike, NEWS_TELLING, 2) is None
