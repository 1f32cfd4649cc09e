#!/usr/bin/env python3
"""Read + clean + dedup of a near-copy corpus: the story index capped per story vs the old path.

Archives are mostly wire re-prints: one agency story printed by dozens of
outlets, cut, re-ordered, lightly edited. This is the worst case for story
clustering by candidates: when every stored copy is indexed, each new copy
finds all earlier copies of its story as candidates, so the work per document
grows with the archive and the total with its square.

* Data: ``--n`` synthetic articles from :mod:`bench.perturb` (every one a
  perturbed copy of one of the seed articles: sentences dropped and
  re-ordered, words edited, names swapped), as one JSON-lines file in a
  temporary folder outside the repository, removed afterwards.
* Both sides read the file with dossier's reader, clean each article with
  dossier's cleaner and assign each document to a story exactly as
  ``dossier.pipeline.assign_story`` does, without the store (story
  membership in memory, union of linked stories, the earliest first):
  - **capped** (the shipped path): ``StoryIndex.story_candidates`` (at most
    ``CHECKS_PER_STORY`` best-estimate members of each candidate story are
    checked) and insertion with the story (at most ``INDEXED_PER_STORY``
    members of a story indexed);
  - **old** (the baseline, the code before the cap): every plausible
    candidate checked until its story matched, every document indexed.
* Each side runs in its own process (so its peak RSS, ``ru_maxrss``, is its
  own) under ``--timeout`` seconds; a side that runs out of time reports how
  many documents it had done and at what rate.
* ``--cleaned FILE`` keeps the cleaned documents (id and text, JSON lines): a side
  that finds the file reads them from it instead of reading and cleaning the
  corpus, so repeated measurements of the clustering (two trees, same run) cost
  the clustering only. The report splits the dedup CPU into fingerprints and
  candidate search, and prints hashes of the partition and of every document's
  candidate list, so two trees can be shown to cluster alike. ``precise_checks`` counts
  the decisions on candidates; ``ruled_out`` those of them that
  ``StoryIndex.story_candidates_ruled_out`` (shingle sketches) decided without an exact
  comparison.
* ``--workers N``: fingerprint worker processes (``dossier.stories.dedup.fingerprint_stream``;
  default every core the process may use but one, 0: fingerprints in the clustering
  process). The clustering then runs in its process while the workers fingerprint the
  next documents: its CPU is the critical path, the workers' CPU is reported apart (once
  they are done), and wall seconds tell what the cores gave together.
* ``--distinct N`` measures the capped side on ``N`` distinct documents instead
  (:func:`bench.perturb.distinct_documents`: no near copies, every document its own
  story and indexed; written to ``--cleaned`` when one is named): what the index costs
  as it grows when nothing merges. The progress lines give the CPU seconds of indexing
  (``insert_cpu_seconds``) and of candidate search so far, every 5,000 documents.

Figures only: nothing fails on a threshold.

Usage: ``python bench/near_copies.py --n 100000 --timeout 300``
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections import deque
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.perturb import (  # noqa: E402
    DEFAULT_SEEDS,
    distinct_documents,
    synthetic_articles,
    write_jsonl,
)

#: progress lines while a side runs, so a side stopped by the timeout still reports
REPORT_EVERY = 5000
#: cleaned documents fingerprinted together (``Hasher.fingerprints``), as a batch of
#: ingested documents can be before they are clustered one by one
FINGERPRINT_BATCH = 64


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cleaned_documents(jsonl: str, cleaned: str | None) -> Iterator[tuple[str, str]]:
    """``(id, text)`` of every cleaned document: from ``cleaned`` when it exists, else
    read and cleaned from ``jsonl`` (and written to ``cleaned`` when one is named)."""
    from dossier.config import load_settings
    from dossier.ingest.files import InputFile
    from dossier.pipeline.prepare import clean_article, read_articles

    if cleaned and Path(cleaned).exists():
        with open(cleaned, encoding="utf-8") as lines:
            for line in lines:
                row = json.loads(line)
                yield row["id"], row["text"]
        return
    settings = load_settings(progress=False)
    out = open(cleaned + ".part", "w", encoding="utf-8") if cleaned else None
    for raw in read_articles(InputFile(Path(jsonl), Path(jsonl).name), settings):
        done = clean_article(raw, settings) if not hasattr(raw, "reason") else raw
        if not isinstance(done, list):
            continue
        for document in done:
            if out is not None:
                out.write(json.dumps({"id": document.id, "text": document.text}) + "\n")
            yield document.id, document.text
    if out is not None and cleaned:
        out.close()
        Path(cleaned + ".part").rename(cleaned)


def _fingerprinted(
    documents: Iterator[tuple[str, str]], index: Any, workers: int | None, reading: list[float]
) -> Iterator[tuple[str, str, Any]]:
    """``(id, text, fingerprint)`` of each document in input order: from the tree's
    ``fingerprint_stream`` (``workers`` processes ahead of the index; None: its default,
    0: in this process), else (an older tree) a batch of :data:`FINGERPRINT_BATCH` at a
    time in this process (``Hasher.fingerprints``) or one at a time. ``reading[0]`` adds
    up the CPU seconds spent reading documents, which the caller does not count as
    fingerprinting."""
    from dossier.stories import dedup

    def read() -> Iterator[tuple[str, str]]:
        while True:
            began = time.process_time()
            document = next(documents, None)
            reading[0] += time.process_time() - began
            if document is None:
                return
            yield document

    stream = getattr(dedup, "fingerprint_stream", None)
    if stream is not None:
        pending: deque[tuple[str, str]] = deque()

        def texts() -> Iterator[str]:
            for document in read():
                pending.append(document)
                yield document[1]

        for fingerprint in stream(texts(), index.params, workers):
            document_id, text = pending.popleft()
            yield document_id, text, fingerprint
        return
    batched = hasattr(index.hasher, "fingerprints")
    queued = read()
    while batch := list(islice(queued, FINGERPRINT_BATCH if batched else 1)):
        texts_in = [text for _id, text in batch]
        if batched:
            found = index.hasher.fingerprints(texts_in)
        else:
            found = [index.hasher.fingerprint(texts_in[0])]
        for (document_id, text), fingerprint in zip(batch, found, strict=True):
            yield document_id, text, fingerprint


def _children_cpu() -> float:
    """CPU seconds of this process's finished children (the fingerprint workers)."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def run_side(
    jsonl: str, capped: bool, cleaned: str | None = None, workers: int | None = None
) -> None:
    """Read, clean and cluster ``jsonl``; prints one JSON line per
    :data:`REPORT_EVERY` documents and a last one when done. ``workers``: fingerprint
    worker processes (see :func:`_fingerprinted`); their CPU is reported once they are
    done (``worker_cpu_seconds``, last line), the other figures are this process's."""
    from dossier.stories.dedup import (
        StoryIndex,
        UnionFind,
        compare,
        same_story,
        story_id_for,
    )

    texts: dict[str, str] = {}
    index = StoryIndex(text_of=texts.__getitem__)
    groups = UnionFind()
    articles = documents = checks = 0
    skipped = 0  # precise checks a candidate's shingle sketch ruled out (no compare made)
    clustering = 0.0  # CPU seconds in fingerprinting, candidates, checks and indexing
    printing = searching = inserting = 0.0  # of which fingerprints, candidate search, indexing
    listed = hashlib.sha256()  # every document's candidate list, in order
    # the index is told of merges where it can be (the capped path; a tree without
    # StoryIndex.merge_stories asks story_of instead)
    told = capped and hasattr(StoryIndex, "merge_stories")
    bounded = hasattr(StoryIndex, "story_candidates_ruled_out")
    start = time.perf_counter()
    cpu_start = time.process_time()

    def stories_of(ids: list[str]) -> dict[str, str]:
        return {i: groups.find(i) for i in ids}

    def report(done: bool) -> None:
        members: dict[str, list[str]] = {}
        for document_id in groups.parent:
            members.setdefault(groups.find(document_id), []).append(document_id)
        roots = members
        partition = hashlib.sha256(
            json.dumps(sorted(sorted(m) for m in members.values())).encode()
        ).hexdigest()[:16]
        print(
            json.dumps(
                {
                    "side": "capped" if capped else "old",
                    "done": done,
                    "articles": articles,
                    "documents": documents,
                    "stories": len(roots),
                    "indexed": len(index),
                    "precise_checks": checks,
                    "ruled_out": skipped,
                    "seconds": time.perf_counter() - start,
                    "cpu_seconds": time.process_time() - cpu_start,
                    "dedup_cpu_seconds": clustering,
                    "fingerprint_cpu_seconds": printing,
                    "candidate_cpu_seconds": searching,
                    "insert_cpu_seconds": inserting,
                    "worker_cpu_seconds": _children_cpu(),
                    "workers": workers,
                    "partition": partition,
                    "candidates": listed.hexdigest()[:16],
                    "peak_rss_mb": _peak_rss_mb(),
                }
            ),
            flush=True,
        )

    reading = [0.0]  # CPU seconds spent reading the cleaned documents, not fingerprinting
    began = time.process_time()
    stream = _fingerprinted(_cleaned_documents(jsonl, cleaned), index, workers, reading)
    for document_id, text, fingerprint in stream:
        spent = time.process_time() - began - reading[0]
        reading[0] = 0.0
        printing += spent
        clustering += spent
        articles += 1
        printed = time.process_time()
        hopeless: list[bool] | None = None
        if told and bounded:
            candidates, hopeless = index.story_candidates_ruled_out(fingerprint)
        elif told:
            candidates = index.story_candidates(fingerprint)
        elif capped:
            candidates = index.story_candidates(fingerprint, stories_of)
        else:
            candidates = index.screen(fingerprint, index.candidates(fingerprint))
        searching += time.process_time() - printed
        listed.update(json.dumps(candidates).encode())
        background = index.background(fingerprint)
        matched: set[str] = set()
        groups.add(document_id)
        # candidates same_story cannot accept by their shingle sketches (a tree without
        # StoryIndex.story_candidates_ruled_out checks every one)
        if hopeless is None:
            hopeless = [False] * len(candidates)
        for other, skip in zip(candidates, hopeless, strict=True):
            root = groups.find(other)
            if root in matched:
                continue  # one precise check per story is enough (as assign_story)
            checks += 1
            if skip:
                skipped += 1
                continue
            evidence = compare(fingerprint, index.fingerprint_of(other), background)
            if same_story(evidence, index.params):
                matched.add(root)
        for root in matched:
            groups.union(document_id, root)
        texts[document_id] = text  # as the store would keep it
        story = story_id_for(groups.find(document_id))
        if told and matched:
            merged = {story_id_for(root) for root in matched} - {story}
            index.merge_stories(sorted(merged), story)
        began = time.process_time()
        index.insert(document_id, fingerprint, story if capped else None)
        ended = time.process_time()
        inserting += ended - began
        clustering += ended - printed
        documents += 1
        if documents % REPORT_EVERY == 0:
            report(False)
        began = time.process_time()
    report(True)


def measure(
    jsonl: Path, side: str, timeout: float, cleaned: str = "", workers: int | None = None
) -> dict[str, Any]:
    """One side in a fresh interpreter; its last report (partial on timeout)."""
    command = [sys.executable, __file__, "_side", side, str(jsonl), cleaned]
    command.append("" if workers is None else str(workers))
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
        out, failed = done.stdout, done.returncode != 0
        if failed:
            raise SystemExit(f"{side} failed:\n{done.stderr[-3000:]}")
    except subprocess.TimeoutExpired as stopped:
        raw = stopped.stdout or b""
        out = raw.decode() if isinstance(raw, bytes) else raw
    lines = [line for line in out.splitlines() if line.startswith("{")]
    for line in lines[:-1]:  # every report, so a side stopped early compares with the other
        print(f"  progress {line}", flush=True)
    if not lines:
        return {"side": side, "done": False, "documents": 0, "seconds": timeout}
    return dict(json.loads(lines[-1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="articles (default 100000)")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per side")
    parser.add_argument(
        "--old-timeout", type=float, default=None, help="seconds for the old side (--timeout)"
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--corpus", default=str(DEFAULT_SEEDS))
    parser.add_argument("--sides", default="capped,old", help="capped and/or old")
    parser.add_argument(
        "--cleaned", default="", help="cache of the cleaned documents (JSON lines; see above)"
    )
    parser.add_argument(
        "--distinct", type=int, default=0, help="N distinct documents instead (see above)"
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=None,
        help="fingerprint worker processes (default: every core this process may use but "
        "one, dossier.stories.dedup.fingerprint_workers; 0: fingerprints in the clustering "
        "process)",
    )
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory(prefix="dossier-nearcopies-") as tmp:
        start = time.perf_counter()
        jsonl = Path(tmp) / "a.jsonl"
        if args.distinct:
            cleaned = args.cleaned or str(Path(tmp) / "distinct.jsonl")
            if not Path(cleaned).exists():
                with open(cleaned + ".part", "w", encoding="utf-8") as out:
                    for key, text in distinct_documents(args.distinct, args.seed, args.corpus):
                        out.write(json.dumps({"id": key, "text": text}) + "\n")
                Path(cleaned + ".part").rename(cleaned)
            print(f"{args.distinct:,} distinct documents in {cleaned} (--n not used)")
            args.cleaned, args.sides = cleaned, "capped"
        elif args.cleaned and Path(args.cleaned).exists():
            print(f"cleaned documents read from {args.cleaned} (--n not used)")
        else:
            write_jsonl(synthetic_articles(args.n, args.seed, args.corpus), jsonl)
            elapsed = time.perf_counter() - start
            print(f"generated {args.n:,} near-copies in {elapsed:.1f} s (untimed)")
        for side in [s for s in args.sides.split(",") if s]:
            limit = args.old_timeout if side == "old" and args.old_timeout else args.timeout
            rows.append(measure(jsonl, side, limit, args.cleaned, args.workers))
            rows[-1]["timeout"] = limit
            print(f"  measured {side}", flush=True)
    print()
    print(
        "| path | finished | documents | wall s | CPU s (read+clean+dedup) | docs per CPU s "
        "| dedup CPU s | of which fingerprints / candidates | fingerprint workers, CPU s "
        "| stories | indexed "
        "| precise checks (ruled out by sketch) | peak RSS | partition / candidates hash |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for row in rows:
        cpu = row.get("cpu_seconds", 0.0)
        rate = row["documents"] / cpu if cpu else 0.0
        finished = "yes" if row.get("done") else f"no (stopped at {row['timeout']:.0f} s)"
        print(
            f"| {row['side']} | {finished} | {row['documents']:,} | {row['seconds']:.1f} "
            f"| {cpu:.1f} | {rate:,.0f} | {row.get('dedup_cpu_seconds', 0):.1f} "
            f"| {row.get('fingerprint_cpu_seconds', 0):.1f} / "
            f"{row.get('candidate_cpu_seconds', 0):.1f} "
            f"| {row.get('workers')}, {row.get('worker_cpu_seconds', 0):.1f} "
            f"| {row.get('stories', 0):,} | {row.get('indexed', 0):,} "
            f"| {row.get('precise_checks', 0):,} ({row.get('ruled_out', 0):,}) "
            f"| {row.get('peak_rss_mb', 0):.0f} MB "
            f"| {row.get('partition', '')} / {row.get('candidates', '')} |"
        )
    print(
        f"(a side stopped by the timeout shows its last report, every {REPORT_EVERY:,} documents)"
    )
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "_side":
        run_side(
            sys.argv[3],
            capped=sys.argv[2] == "capped",
            cleaned=sys.argv[4] or None,
            workers=int(sys.argv[5]) if len(sys.argv) > 5 and sys.argv[5] else None,
        )
    else:
        raise SystemExit(main())
