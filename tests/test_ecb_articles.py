"""ECB+ documents as a second source of labelled event sets (``bench/e2e.ecb_articles``):
the page text without the annotators' URL line, the page's site as its outlet, and label
files naming ``ecb-<document>`` scored like archive rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.e2e import ECB_PREFIX, ecb_articles

DATA = Path(__file__).resolve().parents[2] / "shared" / "bench-data"


@pytest.mark.slow  # the tier (tests/conftest.py): reads all 982 ECB+ documents
def test_ecb_documents_read_as_pages_with_their_site_as_outlet():
    rows = ecb_articles(DATA)
    assert len(rows) == 982
    assert all(key.startswith(ECB_PREFIX) and row["id"] == key for key, row in rows.items())
    # an ECB+ document: the URL line is gone, its host is the outlet, the date line is whole
    plus = rows["ecb-8_3ecbplus"]
    assert plus["host"] == "usatoday30.usatoday.com"
    assert not plus["text"].startswith("http")
    assert "Updated 5/5/2010 1:41 PM" in plus["text"]
    # an original ECB document has no URL: a host of its own, never a shared one
    original = rows["ecb-8_3ecb"]
    assert original["host"] == "doc-8_3ecb"
    assert original["text"].startswith("A Woodburn police officer")
    assert all(row["published"] is None for row in rows.values())
    assert len({row["host"] for row in rows.values() if row["host"].startswith("doc-")}) == 480
