"""A wire dateline's "Mar" is the month, not a man (issue 17, check-r41's junk: "ISLAMABAD,
Mar 05 (APP):" gave twenty one-mention PERSON entities "Mar"). "Jan" and "Mar" stay names
where no day follows them (a given name, a bishop's title) (``dossier.kb.not_names``)."""

from __future__ import annotations

import pytest

from dossier.kb.not_names import _names_nothing_here
from dossier.names import normalize_name
from dossier.records import Mention

pytestmark = pytest.mark.unit


def _at(text: str, name: str, label: str = "PERSON") -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, label, normalize_name(name), 0)


@pytest.fixture(scope="module")
def gazetteer():  # type: ignore[no-untyped-def]
    from dossier import geo

    return geo.load_gazetteer()


@pytest.mark.parametrize(
    ("text", "name", "dropped"),
    [
        ("ISLAMABAD, Mar 05 (APP): The Senate on Wednesday", "Mar", True),
        ("PESHAWAR, Mar 5 (APP): Police arrested", "Mar", True),
        ("the talks began on Jan 3 in Doha", "Jan", True),
        # a name after, or a time, or nothing: the title, the given name, not a date
        ("Mar Thoma Church leaders met", "Mar", False),
        ("said Jan Achakzai, the spokesman", "Jan", False),
        ("Jan 2.30 pm", "Jan", False),
        ("Cardinal Mar said on Friday", "Mar", False),
    ],
)
def test_a_month_abbreviation_before_a_day_is_no_name(
    gazetteer,  # type: ignore[no-untyped-def]
    text: str,
    name: str,
    dropped: bool,
) -> None:
    assert _names_nothing_here(_at(text, name), text, gazetteer) is dropped
