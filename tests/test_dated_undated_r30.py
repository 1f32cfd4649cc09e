"""Session 30, second stories round (issue 16): one incident reported by a page that kept its
date line and by one that did not.

A collection that kept the date line of some pages only holds both halves of one incident's
reports, which :func:`dossier.kb.event_merge.compatible` never compares. The dated and the
undated report join when both leads name a specific place and share one, their tellings less
the names the document gives share half their stems, and nothing else sets them apart
(:func:`dossier.kb.undated_reports.dated_told_alike`); complete linkage compares such a pair
as if the undated report happened on the dated one's day
(:func:`dossier.kb.undated_reports.compatible_across`)."""

from __future__ import annotations

import pytest

from dossier.kb.undated_reports import compatible_across, dated_told_alike
from tests.test_undated_reports import _capture as _incident

#: two tellings of one office shooting, and one of another year's hiring of a coach
SHOOTING = frozenset("sheriff michigan office shooting kills injures detroit".split())
SHOOTING_TOO = frozenset("shooting accounting office kills wounds woman detroit".split())
HIRING = frozenset(
    "sixers name maurice cheeks new head coach former point guard returns philadelphia".split()
)
FIRING = frozenset(
    "sixers fire maurice cheeks coach after losing start season philadelphia".split()
)


@pytest.mark.unit
def test_dated_and_undated_reports_of_one_place_told_alike_are_one_incident() -> None:
    dated = _incident("ASSAULT", "firearms", {"detroit"}, {"killed:1"}, "2007-04-10")
    undated = _incident("ASSAULT", "firearms", {"detroit"}, {"injured:2"})
    assert dated_told_alike(undated, dated, SHOOTING, SHOOTING_TOO, ["Detroit"])
    assert dated_told_alike(dated, undated, SHOOTING_TOO, SHOOTING, ["Detroit"])


@pytest.mark.unit
@pytest.mark.parametrize(
    ("dated", "undated", "words", "names"),
    [
        # a lead that names no place: no evidence against, but none of identity either
        (
            ("ASSAULT", "firearms", set(), set(), "2007-04-10"),
            ("ASSAULT", "firearms", {"detroit"}, set(), None),
            (SHOOTING, SHOOTING_TOO),
            ["Detroit"],
        ),
        # places apart
        (
            ("ASSAULT", "firearms", {"vancouver"}, set(), "2007-04-10"),
            ("ASSAULT", "firearms", {"detroit"}, set(), None),
            (SHOOTING, SHOOTING_TOO),
            [],
        ),
        # one measure told with no value in common: two shootings
        (
            ("ASSAULT", "firearms", {"detroit"}, {"killed:3"}, "2007-04-10"),
            ("ASSAULT", "firearms", {"detroit"}, {"killed:1"}, None),
            (SHOOTING, SHOOTING_TOO),
            [],
        ),
        # another type
        (
            ("COERCE", "arrest", {"detroit"}, set(), "2007-04-10"),
            ("ASSAULT", "firearms", {"detroit"}, set(), None),
            (SHOOTING, SHOOTING_TOO),
            [],
        ),
        # one coach's hiring and his firing years later: the words they share are names
        (
            ("ASSAULT", None, {"philadelphia"}, set(), "2005-05-23"),
            ("ASSAULT", None, {"philadelphia"}, set(), None),
            (HIRING, FIRING),
            ["Maurice Cheeks", "Sixers", "Philadelphia"],
        ),
        # two dated reports are the dated join's to compare
        (
            ("ASSAULT", "firearms", {"detroit"}, set(), "2007-04-10"),
            ("ASSAULT", "firearms", {"detroit"}, set(), "2007-04-10"),
            (SHOOTING, SHOOTING_TOO),
            [],
        ),
    ],
)
def test_dated_and_undated_reports_set_apart(
    dated: tuple, undated: tuple, words: tuple, names: list[str]
) -> None:
    a, b = _incident(*dated), _incident(*undated)
    assert not dated_told_alike(b, a, words[1], words[0], names)


@pytest.mark.unit
def test_the_hiring_and_firing_share_their_words_with_the_names() -> None:
    """The names are what the hiring and the firing share: left in, they pass the bar."""
    a = _incident("ASSAULT", None, {"philadelphia"}, set(), "2005-05-23")
    b = _incident("ASSAULT", None, {"philadelphia"}, set())
    assert dated_told_alike(b, a, FIRING, HIRING, [])


@pytest.mark.unit
def test_compatible_across_compares_one_dated_and_one_undated_only() -> None:
    dated = _incident("ASSAULT", "firearms", {"detroit"}, {"killed:1"}, "2007-04-09")
    undated = _incident("ASSAULT", "firearms", {"detroit", "troy"}, {"wounded:2"})
    assert compatible_across(undated, dated)
    assert compatible_across(dated, undated)
    other_day = _incident("ASSAULT", "firearms", {"detroit"}, set(), "2007-04-12")
    assert not compatible_across(dated, other_day)  # both dated: compatible's to decide
    assert not compatible_across(undated, undated)
    elsewhere = _incident("ASSAULT", "firearms", {"vancouver"}, set())
    assert not compatible_across(dated, elsewhere)
    more_killed = _incident("ASSAULT", "firearms", {"detroit"}, {"killed:4"})
    assert not compatible_across(dated, more_killed)
