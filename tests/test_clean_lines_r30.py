"""``clean.lines.is_web_address`` answers a line that does not open with an address's
letters without closing up its signs (session 30): the same answers as closing up first."""

from __future__ import annotations

import random

import pytest

from dossier.clean import lines


def _closed_up(text: str) -> bool:
    """The definition before session 30."""
    return bool(lines._WEB_ADDRESS.fullmatch(lines._ADDRESS_SIGN.sub(r"\1", text.strip())))


@pytest.mark.unit
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://www.site.com/news/some-slug", True),
        (" HTTP: / / WWW. site. com / news / army - kills - three ", True),
        ("Www . site . com", True),
        ("FTP :// files.site.org", True),
        ("htt p://site.com", False),  # letters apart are no scheme
        ("Visit www.site.com", False),
        ("When www.site.com fell", False),
        ("", False),
    ],
)
def test_web_address_cases(text, expected):
    assert lines.is_web_address(text) is expected
    assert _closed_up(text) is expected


@pytest.mark.unit
@pytest.mark.parametrize("seed", range(3))
def test_web_address_is_the_closed_up_match(seed):
    rng = random.Random(seed)
    pieces = ["http", "HTTPS", "ftp", "www", "WwW", "h", "ttp", " ", "  ", ":", "/", ".", "-",
              "site", "com", "?", "=", "K", "news", "\t", "x"]  # fmt: skip
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert lines.is_web_address(text) == _closed_up(text), repr(text)
