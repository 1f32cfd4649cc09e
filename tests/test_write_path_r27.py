"""The write path's per-row round trips read in groups (issue 19, session 27).

* ``measure_spans``: the highest low and lowest high end of each (subject, unit) whose
  figures a write changed, read for many groups a statement: the same rows as the
  grouped definition (``fill_kept_overlaps``) on more groups than one statement reads,
  on both backends, and the number of statements set by the groups' chunks, not by them.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from dossier.store import open_store
from dossier.store.summaries import _SPANS_CHUNK


def _measures(store: Any, groups: int) -> list[tuple[str, str]]:
    """Figures of ``groups`` (subject, unit) groups: every third contradicts (5 and 9
    exact), the others agree or are vague; one group has no exact figure at all."""
    rows = []
    for g in range(groups):
        entity, unit = f"E{g:03d}", "killed:person" if g % 2 else "injured:person"
        figures = [(5.0, 5.0, 0), (9.0, 9.0, 0)] if g % 3 == 0 else [(5.0, 7.0, 0), (6.0, 6.0, 0)]
        if g == 1:
            figures = [(3.0, 30.0, 1)]
        for n, (low, high, vague) in enumerate(figures):
            rows.append((f"c{g}-{n}", entity, unit, vague, low, high, n))
    store._many(
        """INSERT INTO entity_measures (claim_id, entity_id, unit_key, vague, low, high, seq)
           VALUES (?, ?, ?, ?, ?, ?, ?)""",
        rows,
    )
    return sorted({(r[1], r[2]) for r in rows})


def test_spans_of_many_groups_are_those_of_the_grouped_definition(new_db) -> None:
    store = open_store(new_db)
    try:
        groups = 2 * _SPANS_CHUNK + 7
        with store.transaction():
            kept = _measures(store, groups)
            counts: Counter[str] = Counter()
            plain = store._all

            def counted(sql: str, params: Any = ()) -> Any:
                counts["read"] += 1
                return plain(sql, params)

            store._all = counted
            store._keep_measure_spans(kept)
            store._all = plain
            spans = sorted(tuple(r) for r in store._all("SELECT * FROM measure_spans"))
            store.fill_kept_overlaps()
            defined = sorted(tuple(r) for r in store._all("SELECT * FROM measure_spans"))
        assert spans == defined
        assert len(spans) == len(range(0, groups, 3))
        assert spans[0] == ("E000", "injured:person", 9.0, 5.0)
        assert counts["read"] == 3  # three chunks, not two reads a group
    finally:
        store.close()
