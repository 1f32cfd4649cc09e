"""Written day-month-year dates are read without dateparser, with dateparser's answers.

dateparser's first call in a process costs ~1.9 s of CPU (it builds its time-zone
patterns); the footer date most articles of some outlets end with ("Published in Dawn,
March 28th, 2025") paid it on every small update. The exact forms are read directly.
"""

from __future__ import annotations

import itertools

import dateparser
import pytest

from dossier.clean import published
from dossier.clean.dateline import parse_footer
from dossier.clean.published import _SETTINGS, _written_date, parse_full_date

MONTHS = ("January", "Jan", "Jan.", "Sept", "Sept.", "sep", "MAY", "december", "Feb")
DAYS = ("1", "01", "1st", "2nd", "3rd", "22nd", "29", "29th", "30", "31st", "32", "0")
YEARS = ("2025", "2024", "1999")


def _forms() -> list[str]:
    return [
        form.format(m=m, d=d, y=y)
        for m, d, y in itertools.product(MONTHS, DAYS, YEARS)
        for form in ("{m} {d}, {y}", "{m} {d} {y}", "{d} {m} {y}", "{d} {m}, {y}")
    ]


@pytest.mark.slow  # the tier (tests/conftest.py): hundreds of dates through dateparser
def test_written_dates_read_directly_are_dateparsers_dates():
    read = 0
    for value in _forms():
        mine = _written_date(value)
        if mine is None:
            continue  # impossible days ("Feb 30, 2024", "32 Jan 2025") go to dateparser
        read += 1
        theirs = dateparser.parse(value, languages=["en"], settings=_SETTINGS)
        assert theirs is not None and theirs.date() == mine, value
    assert read > 300  # the direct reading is used, not skipped


@pytest.mark.unit
def test_a_footer_date_does_not_call_dateparser(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("dateparser called")

    monkeypatch.setattr(published.dateparser, "parse", refuse)
    assert parse_footer("Published in Dawn, March 28th, 2025") == ("Dawn", "2025-03-28")
    assert parse_full_date.__wrapped__("3 Sept. 2024").isoformat() == "2024-09-03"


@pytest.mark.unit
def test_an_impossible_day_is_still_left_to_dateparser(monkeypatch):
    asked = []
    monkeypatch.setattr(published.dateparser, "parse", lambda v, **_k: asked.append(v))
    assert parse_full_date.__wrapped__("February 30th, 2025") is None
    assert asked == ["February 30th, 2025"]
