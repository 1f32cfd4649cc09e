#!/usr/bin/env python3
"""Resolution alone, old and new code on the same parses: entity scores and seconds.

``bench/eval_entities.py`` runs the whole ingest (spaCy included) of each revision, which on a
loaded two-core machine takes many minutes per run, and its "seconds" are mostly the parser's.
Resolution is what this benchmark is about, so it parses each article once, keeps the parse
(``dossier.extract.nlp.analyze``'s records, pickled per text in ``--cache``), and replays the
rest of ``dossier ingest`` -- coreference in the document, the store, entity resolution -- for this
checkout and for the ``--baseline`` revision (``git archive``, run in a subprocess against the
same cached parses). Both exports are scored with the hand labels of
``bench/labels/entities/`` exactly as ``bench/eval_entities.py`` scores them, and the ingest
seconds printed side by side are resolution and storage only, measured in the same run.

The cache is keyed by the text and the ``dossier/extract/nlp.py`` and ``dossier/records.py`` of
*this* checkout, so a change to the parser or to the records it pickles invalidates it; the
baseline replays the same parses (a change of the parser on the baseline side is not what this
benchmark compares).

The seconds compared are each resolver's fastest of ``--repeat`` runs, each in a fresh process,
alternating old and new, so a shared machine's load falls on both alike.

The check samples are scored apart; ``check-r9.tsv`` labels articles ranked 301-900,
``check-r10.tsv`` those ranked 901-1500 and ``check-r11.tsv`` those ranked 1501-2100 (the archive
ends at 1,876), so their figures need ``--limit 900``, ``--limit 1500`` and ``--limit 2100`` (the
figures of record of issue 17's rounds 9, 10 and 11); ``check-r12.tsv`` labels other entities'
forms in the same slice as ``check-r11.tsv`` (round 14), and ``check-r13.tsv`` to
``check-r18.tsv`` yet other entities' forms there (rounds 17 to 22), so they need
``--limit 2100`` too; ``check-r19.tsv`` (round 23) labels by entity the articles ranked 901-1500 and
``check-r20.tsv`` (round 24) those ranked 301-900 and ``check-r21.tsv`` (round 25) other entities
of the articles ranked 901-1500, all scored on a whole-archive run.

Usage: ``python bench/resolve_replay.py [--limit 300] [--baseline main] [--repeat 3]``
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.e2e import DEFAULT_DATA, ROOT, Article, key_url

DEFAULT_CACHE = Path(tempfile.gettempdir()) / "dossier-nlp-cache"


def _nlp_version(tree: Path) -> str:
    """The parser's and the pickled records' code: a new field on a record (``EventMention.copy``)
    makes the old pickles unreadable, so it starts a new cache like a change of the parser."""
    path = tree / "dossier" / "extract" / "nlp.py"
    if not path.exists():  # a revision before the packages by stage (issue 18)
        path = tree / "dossier" / "nlp.py"
    digest = hashlib.sha1(path.read_bytes())
    # the pipeline's own components (sentence starts, paragraph breaks) change the parse as
    # much as nlp.py does: session 30's sentence rule lives there
    for extra in ("records.py", "extract/components.py"):
        part = tree / "dossier" / extra
        if part.exists():
            digest.update(part.read_bytes())
    return digest.hexdigest()[:12]


def _nlp_module() -> Any:
    """The parser's module, in the package layout of the tree being replayed."""
    try:
        from dossier.extract import nlp
    except ImportError:  # a revision before the packages by stage (issue 18)
        from dossier import nlp  # type: ignore[no-redef]
    return nlp


def cached_analyze(cache: Path, version: str) -> Any:
    """``dossier.extract.nlp.analyze`` with a pickle per document text in ``cache``."""
    nlp = _nlp_module()

    original = nlp.analyze
    cache.mkdir(parents=True, exist_ok=True)

    def resolved(analyzed: Any, coreference: Any) -> Any:
        """In-document coreference (the resolver's, so replayed, never cached) and the
        place votes that read its mentions, as ``registry.run`` orders them."""
        if coreference is None:
            return analyzed
        analyzed = coreference(analyzed)
        if hasattr(analyzed, "place_votes"):
            from dossier import geo

            votes = geo.document_votes(geo.load_gazetteer(), analyzed)
            analyzed = replace(analyzed, place_votes=list(votes))
        return analyzed

    def analyze(
        documents: Iterable[Any], settings: Any, pipeline: Any = None, coreference: Any = None
    ) -> Iterator[Any]:
        docs = list(documents)
        paths = [
            cache / (hashlib.sha1(f"{version}|{d.text}".encode()).hexdigest() + ".pkl")
            for d in docs
        ]
        missing = [d for d, p in zip(docs, paths, strict=True) if not p.exists()]
        # the parse is cached without coreference: that is the resolver's, replayed per tree
        fresh = iter(list(original(missing, settings, pipeline)) if missing else [])
        for doc, path in zip(docs, paths, strict=True):
            if path.exists():
                # the parse is of the text; the document's own fields come from this ingest
                analyzed = replace(pickle.loads(path.read_bytes()), document=doc)
            else:
                analyzed = next(fresh)
                path.write_bytes(pickle.dumps(analyzed))
            yield resolved(analyzed, coreference)

    return analyze


def replay(articles: list[Article], cache: Path, version: str, out: Path) -> float:
    """Ingest ``articles`` in this process with the cached parser; write the export to
    ``out``; return the ingest seconds."""
    from dossier import cli

    nlp = _nlp_module()

    nlp.analyze = cached_analyze(cache, version)
    work = Path(tempfile.mkdtemp(prefix="dossier-replay-"))
    try:
        corpus = work / "articles.jsonl"
        with corpus.open("w", encoding="utf-8") as rows:
            for art in articles:
                record = {"url": key_url(art.key, art.outlet), "text": art.text}
                if art.title:
                    record["title"] = art.title
                if art.published:
                    record["published"] = art.published
                rows.write(json.dumps(record, ensure_ascii=False) + "\n")
        db = work / "replay.db"
        os.environ.pop("DOSSIER_DB", None)
        started = time.perf_counter()
        code = cli.main(["ingest", str(corpus), "--db", str(db), "--quiet", "--workers", "1"])
        seconds = time.perf_counter() - started
        if code not in (0, 1):
            raise RuntimeError(f"ingest failed ({code})")
        code = cli.main(["export", "--db", str(db), "--out", str(out)])
        if code != 0:
            raise RuntimeError(f"export failed ({code})")
        return seconds
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _timed_replay(tree: Path, listing: Path, out: Path, cache: Path, version: str) -> float:
    """Ingest seconds of ``tree``'s resolver on the cached parses, in a fresh process."""
    done = subprocess.run(
        [
            sys.executable,
            str(tree / "bench" / "resolve_replay.py"),
            "--cache",
            str(cache),
            "--replay",
            str(listing),
            str(out),
            version,
        ],
        cwd=tree,
        env={**os.environ, "PYTHONPATH": str(tree)},
        check=True,
        capture_output=True,
        text=True,
    )
    return float(json.loads(done.stdout.strip().splitlines()[-1])["seconds"])


def _load(path: Path) -> list[Article]:
    return [Article(**a) for a in json.loads(path.read_text(encoding="utf-8"))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--baseline", default="main", help="git revision ('' for none)")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--show", type=int, default=12)
    parser.add_argument("--dump", type=Path, help="write this checkout's export + keys here")
    parser.add_argument("--repeat", type=int, default=1, help="timed runs of each resolver")
    # internal: replay one tree's resolution (the baseline's subprocess)
    parser.add_argument("--replay", nargs=3, metavar=("ARTICLES", "OUT", "VERSION"))
    args = parser.parse_args(argv)
    if args.replay:
        arts, out, version = Path(args.replay[0]), Path(args.replay[1]), args.replay[2]
        seconds = replay(_load(arts), args.cache, version, out)
        print(json.dumps({"seconds": seconds}))
        return 0

    from bench.e2e import realnews
    from bench.eval_entities import (
        Labels,
        articles,
        check_sets,
        print_side_by_side,
        report,
        sample,
    )

    arts = articles(sample(realnews(args.data), args.limit))
    keys = {key_url(a.key, a.outlet): a.key for a in arts}
    version = _nlp_version(ROOT)
    labels = Labels.load()
    print(f"{len(arts)} articles; {len(labels.forms)} labelled forms; parse cache {args.cache}")
    tmp = Path(tempfile.mkdtemp(prefix="dossier-replay-cmp-"))
    try:
        listing = tmp / "articles.json"
        listing.write_text(json.dumps([a.__dict__ for a in arts]), encoding="utf-8")
        # this checkout first, in this process: it fills the cache the timed runs then read
        mine = tmp / "mine.json"
        runs, exports = [], []
        replay(arts, args.cache, version, mine)
        export = json.loads(mine.read_text(encoding="utf-8"))
        if args.dump:
            args.dump.write_text(json.dumps({"export": export, "keys": keys}), encoding="utf-8")
        trees = {"this checkout": ROOT}
        if args.baseline:
            tree = tmp / "tree"
            tree.mkdir()
            archive = subprocess.run(
                ["git", "archive", args.baseline], cwd=ROOT, check=True, capture_output=True
            ).stdout
            subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
            shutil.copy(__file__, tree / "bench" / "resolve_replay.py")
            trees["baseline"] = tree
        # timed runs: each tree in a fresh process on the cached parses, alternating, so
        # that the load of a shared machine falls on both alike; the fastest run counts
        times: dict[str, list[float]] = {name: [] for name in trees}
        for _ in range(max(1, args.repeat)):
            for name, tree in trees.items():
                times[name].append(
                    _timed_replay(tree, listing, tmp / f"{name}.json", args.cache, version)
                )
        seconds = min(times["this checkout"])
        print(
            "resolution seconds per run:", {k: [round(t, 1) for t in v] for k, v in times.items()}
        )
        if args.baseline:
            base_seconds = min(times["baseline"])
            base = json.loads((tmp / "baseline.json").read_text(encoding="utf-8"))
            title = f"baseline {args.baseline}"
            runs.append(report(title, base, keys, labels, args.show, base_seconds))
            exports.append((title, base, keys))
        runs.append(report("this checkout", export, keys, labels, args.show, seconds))
        exports.append(("this checkout", export, keys))
        print_side_by_side(runs, args.show)
        check_sets(exports, args.show)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
