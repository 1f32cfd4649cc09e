"""The worst full-text search a client can send, timed through the API on a large store.

A search request is untrusted input that costs CPU in the database: before
the term cap, ``a* a* …`` (160 one-letter prefixes, 480 characters) took 18 s
on a 13-document store. This bench builds the large store of
``bench/api_bench.py`` (the seeds through the real pipeline, cloned to
``--n`` documents) and sends the most costly queries we know how to build,
each under the 500-character limit of ``q``:

* ``repeated``: the 160 one-letter prefixes of the report;
* ``prefixes``: 3-letter prefixes of the store's most frequent words, each
  expanding to the most index entries (a prefix must have 3 letters now);
* ``common``: the most frequent whole words (each in nearly every document),
  so every term's list is as long as the store;
* ``phrase``: one quoted phrase of common words;
* ``many``: 100 different words, most of them absent.

Per query it prints the API's answer (200, or 503 when the time budget
``search_budget_ms`` stopped it) and its wall time, p50 and max over
``--requests``. Baseline, in the same run on the same store: the old term
builder's query for the same text (no dedup, no cap, 1-letter prefixes) run
straight on the store, stopped at ``--baseline-cap`` seconds, and one plain
one-word FTS5 query.

Usage: ``python bench/search_worst.py [--n 100000] [--db PATH] [--requests 3]``
(``--db`` keeps the built store for another run; the timings are wall-clock
and include whatever else the machine is doing).
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.api_bench import build_store
from dossier.config import load_settings
from dossier.query.reads import MAX_SEARCH_TERMS, search_terms
from dossier.store import SearchTerm, SearchTimeout, SQLiteStore
from dossier.web.api import create_app

_OLD_TERM = re.compile(r'"[^"]*"|\S+')
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def old_search_terms(text: str) -> list[SearchTerm]:
    """The term builder before the cap (the baseline): every term kept."""
    terms = []
    for raw in _OLD_TERM.findall(_CONTROL.sub(" ", text)):
        prefix = raw.endswith("*") and len(raw) > 1
        word = raw.strip('"').rstrip("*")
        if word.strip():
            terms.append(SearchTerm(word, prefix))
    return terms


def frequent_words(db: Path, count: int) -> list[str]:
    """The store's words in most documents, longest lists first (fts5vocab)."""
    conn = sqlite3.connect(db)
    try:
        conn.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.v USING fts5vocab(main, documents_fts, row)"
        )
        rows = conn.execute(
            "SELECT term FROM temp.v WHERE length(term) >= 3 ORDER BY doc DESC LIMIT ?", (count,)
        ).fetchall()
    finally:
        conn.close()
    return [r[0] for r in rows]


def queries(db: Path) -> dict[str, str]:
    words = frequent_words(db, 400)
    prefixes: list[str] = []
    for word in words:
        if word[:3] not in prefixes and word[:3].isalpha():
            prefixes.append(word[:3])
    phrase = ""
    for word in words:
        if len(phrase) + len(word) + 3 > 498:
            break
        phrase = f"{phrase} {word}".strip()
    many = " ".join(f"w{n}x" for n in range(100))[:500]
    built = {
        "repeated": " ".join(["a*"] * 160),
        "prefixes": " ".join(f"{p}*" for p in prefixes)[:500].rsplit(" ", 1)[0],
        "common": " ".join(words)[:500].rsplit(" ", 1)[0],
        "phrase": f'"{phrase}"',
        "many": many.rsplit(" ", 1)[0],
    }
    return {name: q for name, q in built.items() if len(q) <= 500}


def api_times(client: TestClient, q: str, requests: int) -> tuple[int, list[float]]:
    times, status = [], 0
    for _ in range(requests):
        started = time.perf_counter()
        response = client.get("/api/search", params={"q": q, "limit": 20})
        times.append((time.perf_counter() - started) * 1000)
        status = response.status_code
    return status, times


def baseline_ms(store: SQLiteStore, terms: list[SearchTerm], cap_s: float) -> str:
    started = time.perf_counter()
    try:
        store.search(terms, limit=20, budget_ms=int(cap_s * 1000))
    except SearchTimeout:
        return f"> {cap_s * 1000:,.0f} (stopped)"
    return f"{(time.perf_counter() - started) * 1000:,.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="documents in the store")
    parser.add_argument("--db", type=Path, default=None, help="store file, kept (built if absent)")
    parser.add_argument("--requests", type=int, default=3)
    parser.add_argument("--baseline-cap", type=float, default=20.0, help="seconds")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "search.db"
        if not db.exists():
            started = time.perf_counter()
            documents, _summaries = build_store(db, args.n)
            print(f"built {documents:,} documents in {time.perf_counter() - started:,.0f} s")
        settings = load_settings(db=str(db))
        store = SQLiteStore(db)
        documents = store.counts()["documents"]
        print(f"store: {documents:,} documents; search_budget_ms={settings.search_budget_ms}")
        worst = 0.0
        with TestClient(create_app(settings), base_url="http://127.0.0.1") as client:
            api_times(client, "warm", 1)
            plain = frequent_words(db, 1)[0]
            print(
                f"{'query':<10} {'chars':>5} {'terms old/new':>13} {'status':>6} "
                f"{'API p50 ms':>10} {'API max ms':>10}   baseline: old builder, no budget (ms)"
            )
            for name, q in queries(db).items():
                old = old_search_terms(q)
                new = search_terms(q)
                status, times = api_times(client, q, args.requests)
                worst = max(worst, max(times))
                terms = f"{len(old)}/{len(new)}"
                print(
                    f"{name:<10} {len(q):>5} {terms:>13} {status:>6} "
                    f"{statistics.median(times):>10,.1f} {max(times):>10,.1f}   "
                    f"{baseline_ms(store, old, args.baseline_cap)}"
                )
            one_word = baseline_ms(store, [SearchTerm(plain)], 60)
            print(f"plain one-word FTS5 query ({plain!r}): {one_word} ms")
        store.close()
        print(f"worst API answer: {worst:,.1f} ms (term cap {MAX_SEARCH_TERMS})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
