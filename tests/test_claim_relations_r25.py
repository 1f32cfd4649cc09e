"""Which figures a claim lists as corroborating and contradicting it, when a unit holds more
than the cap (issue 19, session 25).

``claim_relations`` lists at most ``cap`` of each, found by range scans over
``entity_measures``. Its corroboration scans had a ``LIMIT`` and no order, so which
``cap`` figures a large unit showed was the order the engine happened to scan in (SQLite's
plan, PostgreSQL's may differ). They are now ordered by their index (exact figures first,
then the scanned end, then the id). These tests hold both lists, on both backends, to a
brute-force reading of that definition over hand-built rows with many ties and units far
larger than the cap.
"""

from __future__ import annotations

import random

import pytest

from dossier.store import open_store
from tests.conftest import BACKENDS

SUBJECTS = ["ent_a", "ent_b"]
UNITS = ["killed:person", "wounded:person"]
CAP = 5


def _rows(rng: random.Random, n: int) -> list[tuple]:
    """``n`` figures: few distinct ends (ties everywhere), a fifth of them vague."""
    found = []
    for i in range(n):
        low = rng.randint(0, 12)
        found.append(
            (f"cl{rng.randrange(10**6):06d}x{i:03d}", rng.choice(SUBJECTS), rng.choice(UNITS),
             int(rng.random() < 0.2), float(low), float(low + rng.choice([0, 0, 1, 4])), i)
        )  # fmt: skip
    return found


def _expected(rows: list[tuple], claim: str) -> tuple[list[str], list[str]]:
    """The relations by their definition: the first ``CAP`` of each scan in its order."""
    (me,) = [r for r in rows if r[0] == claim]
    _id, entity, unit, vague, low, high, _seq = me
    unit_rows = [r for r in rows if r[1] == entity and r[2] == unit]
    contradicts: list[str] = []
    if not vague:
        exact = [r for r in unit_rows if r[3] == 0]
        above = sorted((r for r in exact if r[4] > high), key=lambda r: (r[4], r[0]))
        below = sorted((r for r in exact if r[5] < low), key=lambda r: (r[5], r[0]), reverse=True)
        contradicts = sorted([r[0] for r in above[:CAP]] + [r[0] for r in below[:CAP]])[:CAP]
    others = [r for r in unit_rows if r[0] != claim]
    inside = sorted((r for r in others if low <= r[4] <= high), key=lambda r: (r[3], r[4], r[0]))
    reaching = sorted(
        (r for r in others if r[5] >= low and r[4] < low), key=lambda r: (r[3], r[5], r[0])
    )
    corroborated = [r[0] for r in inside[:CAP]]
    if len(corroborated) < CAP:
        corroborated += [r[0] for r in reaching[: CAP - len(corroborated)]]
    return contradicts, sorted(corroborated)


@pytest.mark.parametrize("new_db", BACKENDS, indirect=True)
def test_capped_relations_are_the_first_in_index_order_on_both_backends(new_db):
    rows = _rows(random.Random(25), 160)
    store = open_store(new_db)
    try:
        with store.transaction():
            store._many(
                """INSERT INTO entity_measures (claim_id, entity_id, unit_key, vague, low, high,
                   seq) VALUES (?, ?, ?, ?, ?, ?, ?)""",
                rows,
            )
        capped = 0
        for row in rows:
            got = store.claim_relations(row[0], CAP)
            assert got is not None
            contradicts, corroborated = got
            assert (contradicts, corroborated) == _expected(rows, row[0]), row
            capped += len(corroborated) == CAP
        assert capped > len(rows) // 2  # most lists are cut at the cap: the order decides
        assert store.claim_relations("cl_absent", CAP) is None
    finally:
        store.close()
