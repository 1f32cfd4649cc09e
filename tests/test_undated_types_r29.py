"""Session 29 (issue 16): an undated incident whose lead is read as the appeal it answers.

One report of a navy's capture of pirates leads with the capture, another's main event is the
appeal around it ("received a distress call", "to ask the United Nations to authorize all
necessary measures"): the same incident, which the undated join takes on the same evidence as
an arrest told as an attack -- a toll of five or more in common and no place apart."""

from __future__ import annotations

import pytest

from tests.test_undated_reports import _capture as _incident


@pytest.mark.unit
@pytest.mark.parametrize(
    ("a", "b", "one"),
    [
        # the appeal's report and the capture's: one incident by the toll and the place
        (
            ("REQUEST", "appeal", {"gulf aden"}, {"captured:23"}),
            ("COERCE", "arrest", {"gulf aden"}, {"arrested:23"}),
            True,
        ),
        (
            ("REQUEST", "appeal", {"gulf aden"}, {"captured:23"}),
            ("ASSAULT", None, set(), {"count:23"}),
            True,
        ),
        # the look-alike capture of 26, years later: the toll sets them apart
        (
            ("REQUEST", "appeal", {"gulf aden"}, {"captured:23"}),
            ("COERCE", "arrest", {"gulf aden"}, {"captured:26"}),
            False,
        ),
        # a small toll is no evidence; nor is a place alone
        (
            ("REQUEST", "appeal", {"gulf aden"}, {"captured:3"}),
            ("COERCE", "arrest", {"gulf aden"}, {"arrested:3"}),
            False,
        ),
        (
            ("REQUEST", "appeal", {"gulf aden"}, set()),
            ("COERCE", "arrest", {"gulf aden"}, set()),
            False,
        ),
        # places apart
        (
            ("REQUEST", "appeal", {"mumbai"}, {"captured:23"}),
            ("COERCE", "arrest", {"gulf aden"}, {"arrested:23"}),
            False,
        ),
        # two appeals are no act told another way: the ordinary tests' to decide
        (
            ("REQUEST", "appeal", {"gulf aden"}, {"captured:23"}),
            ("REQUEST", None, {"gulf aden"}, {"captured:23"}),
            False,
        ),
        # nor is a statement of another type
        (
            ("ACCUSE", "allege", {"gulf aden"}, {"captured:23"}),
            ("REQUEST", "appeal", {"gulf aden"}, {"captured:23"}),
            False,
        ),
    ],
)
def test_an_appeal_is_the_undated_act_it_answers_told_another_way(a, b, one):
    from dossier.kb.undated_reports import told_as_another_type

    x, y = _incident(*a), _incident(*b)
    assert told_as_another_type(x, y) is one
    assert told_as_another_type(y, x) is one


@pytest.mark.unit
def test_an_appeal_and_a_dated_act_stay_to_the_dated_tests():
    from dossier.kb.undated_reports import told_as_another_type

    appeal = _incident("REQUEST", "appeal", {"gulf aden"}, {"captured:23"})
    dated = _incident("COERCE", "arrest", {"gulf aden"}, {"arrested:23"}, day="2008-12-13")
    assert not told_as_another_type(appeal, dated)
    assert not told_as_another_type(dated, appeal)
