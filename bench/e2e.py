"""End to end: articles in, ``dossier ingest`` + ``dossier export`` out — the benchmark of record.

Every ``bench/eval_*.py`` script scores what a user sees (the export), not a model on gold
tokens. They share this one harness so that each measures the same thing the same way:

* :func:`run_export` writes the articles as one JSONL file in a temporary folder, runs the
  installed command line (``python -m dossier``, from *this* checkout) into a fresh store, and
  returns the parsed export JSON;
* :meth:`ExportRun.documents_by_key` maps each exported document back to the input article it
  came from (by the ``url`` the harness gave it), so gold keyed by article can be compared.

Why a subprocess and not an in-process call: it is exactly the path a user takes (CLI parsing,
settings, batching, the store, the export contract), and a crash in it is a crash a user sees.

Gold data is read in place from ``../shared/bench-data`` (never copied into the repository).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "bench-data"
#: URLs the harness gives articles so it can find them again in the export; ``.invalid`` is
#: reserved (RFC 2606) and never resolves, so nothing can mistake it for a real page.
KEY_PREFIX = "https://e2e.invalid/"


@dataclass
class Article:
    """One input article: ``key`` is how the gold refers to it."""

    key: str
    text: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD; None lets dossier find the date in the text
    html: bool = False
    #: the publisher, when the gold knows it: it becomes the URL's host
    #: (``dawn.e2e.invalid``), which is how dossier tells outlets apart from URLs
    outlet: str | None = None


@dataclass
class ExportRun:
    export: dict[str, Any]
    seconds: float
    #: the URL each article was given -> its key
    keys: dict[str, str] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def documents_by_key(self) -> dict[str, dict[str, Any]]:
        """Exported documents keyed by the input article's key (re-prints dropped as
        duplicates are simply absent)."""
        return {
            self.keys[doc["source"]]: doc
            for doc in self.export.get("documents", [])
            if doc.get("source") in self.keys
        }


def key_url(key: str, outlet: str | None = None) -> str:
    prefix = KEY_PREFIX
    if outlet:
        host = "".join(c for c in outlet.lower() if c.isalnum())[:40] or "outlet"
        prefix = KEY_PREFIX.replace("://", f"://{host}.")
    return prefix + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16] + "/" + _slug(key)


def _slug(key: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in key)[:80]


def _dossier(
    *args: str, env: dict[str, str], root: Path = ROOT
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dossier", *args],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def run_export(
    articles: Iterable[Article],
    *,
    ingest_args: Sequence[str] = (),
    workdir: Path | None = None,
    keep: bool = False,
    tolerate_errors: bool = False,
    root: Path = ROOT,
) -> ExportRun:
    """Ingest ``articles`` into a fresh store and return its export (the contract's JSON).

    ``ingest_args`` go to ``dossier ingest`` (e.g. ``--batch-size``). ``keep`` leaves the
    folder (store, JSONL, export) for inspection and prints where it is. ``tolerate_errors``
    exports what was stored even when ingest reported bad records (exit status 1): gold sets
    with a few texts dossier rejects are scored on the rest, the rejects counted as misses.
    ``root``: the checkout whose ``dossier`` runs (``PYTHONPATH`` and working folder); another
    revision's tree (``git archive``) gives a baseline in the same run, scored the same way.
    """
    tmp = Path(workdir) if workdir else Path(tempfile.mkdtemp(prefix="dossier-e2e-"))
    tmp.mkdir(parents=True, exist_ok=True)
    corpus = tmp / "articles.jsonl"
    keys: dict[str, str] = {}
    with corpus.open("w", encoding="utf-8") as out:
        for art in articles:
            url = key_url(art.key, art.outlet)
            keys[url] = art.key
            record: dict[str, Any] = {"url": url}
            record["html" if art.html else "text"] = art.text
            if art.title:
                record["title"] = art.title
            if art.published:
                record["published"] = art.published
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    db, exported = tmp / "e2e.db", tmp / "export.json"
    for stale in (db, exported):
        stale.unlink(missing_ok=True)
    env = {**os.environ, "PYTHONPATH": str(root)}
    env.pop("DOSSIER_DB", None)
    started = time.perf_counter()
    ingest = _dossier(
        "ingest", str(corpus), "--db", str(db), "--quiet", *ingest_args, env=env, root=root
    )
    seconds = time.perf_counter() - started
    if ingest.returncode != 0 and not (tolerate_errors and ingest.returncode == 1 and db.exists()):
        raise RuntimeError(f"dossier ingest failed ({ingest.returncode}):\n{ingest.stderr[-4000:]}")
    done = _dossier("export", "--db", str(db), "--out", str(exported), env=env, root=root)
    if done.returncode != 0:
        raise RuntimeError(f"dossier export failed ({done.returncode}):\n{done.stderr[-4000:]}")
    export = json.loads(exported.read_text(encoding="utf-8"))
    errors = [line for line in ingest.stderr.splitlines() if line.strip()]
    if keep:
        print(f"e2e: store and export kept in {tmp}", file=sys.stderr)
    else:
        for path in tmp.iterdir():
            path.unlink()
        tmp.rmdir()
    return ExportRun(export=export, seconds=seconds, keys=keys, errors=errors)


def realnews(data: Path = DEFAULT_DATA) -> list[dict[str, Any]]:
    """The real archive's rows (``realnews-2025-jan-may/articles.jsonl``), in file order."""
    path = data / "realnews-2025-jan-may" / "articles.jsonl"
    with path.open(encoding="utf-8") as rows:
        return [json.loads(line) for line in rows if line.strip()]


#: how a label file names an ECB+ document (``ecb-<document>``, e.g. ``ecb-8_3ecbplus``): a
#: second source of real news beside the archive — Western crime, unrest and disaster reports of
#: 2005-2013 from many outlets — so event sets can be labelled on news unlike the archive's
ECB_PREFIX = "ecb-"
_ECB_URL = re.compile(r"^https?\s*:\s*/\s*/\s*(\S.*)$")


def ecb_articles(data: Path = DEFAULT_DATA) -> dict[str, dict[str, Any]]:
    """ECB+ documents as archive-like rows keyed ``ecb-<document>``.

    The text is the page as it read (``dedup_eval.detokenise``: numbers, times and date lines
    written unbroken, so dossier finds the page's own "Posted on …" line); an ECB+ document
    carries no publication date of its own, so ``published`` is None and dossier dates it from
    the text, as it would an undated page. The annotators' first line in ECB+ documents, the
    page's URL, is not page text: it is dropped, and its host is the row's ``host`` (the
    outlet: reports of one event by two sites are independent). An original ECB document has no
    URL; it gets a host of its own, so no two documents pass for one outlet."""
    # imported here: the ECB+ reader loads the clean stage, which most callers of this
    # module never need
    from bench.dedup_eval import detokenise, load_ecb

    rows: dict[str, dict[str, Any]] = {}
    for name, (_topic, text) in load_ecb(data).items():
        first, _, rest = text.partition("\n\n")
        url = _ECB_URL.match(first.strip())
        host = f"doc-{name}"
        if url:
            text = rest
            address = re.sub(r"\s+", "", url.group(1))
            host = address.split("/", 1)[0].removeprefix("www.") or host
        key = ECB_PREFIX + name
        rows[key] = {
            "id": key,
            "text": detokenise(text),
            "title": None,
            "published": None,
            "host": host,
        }
    return rows


def realnews_article(row: dict[str, Any]) -> Article:
    """One archive row as an input article, with its title, date and outlet: the outlet is
    what tells two reports apart as independent, so every realnews benchmark passes it."""
    return Article(
        row["id"], row["text"], row.get("title"), row.get("published"), outlet=row.get("outlet")
    )


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1 from counts (0 where undefined)."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
