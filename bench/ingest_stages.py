#!/usr/bin/env python3
"""One in-process measurement of ingest CPU by stage, spaCy alone beside it.

Run by ``bench/ingest_bench.py --stages`` as a child process, once per tree and
repeat, with ``PYTHONPATH`` set to the tree under test (so ``import dossier``
is that tree's package; this file imports nothing else of the repository).

Why in one process: on a shared 2-core machine the CPU time of the same work
moves by ±20% between runs (other users' jobs evict caches and share the
cores), more than most changes to measure. Timing spaCy and the rest of the
ingest inside one process, seconds apart, makes both suffer the same load; the
ratio of the two, and the rest's milliseconds, then resolve a few ms an article.

What it does: reads and cleans the articles with dossier's own stages (the
texts the parser will see), warms up (a short ingest of other articles into a
scratch store: the gazetteer, regexes and model are loaded once per process and
are not per-article cost), then one ``run_ingest --workers 1`` into a fresh
store with ``time.process_time`` taken around each stage. spaCy alone is
interleaved with it: before each batch is analysed, the *shipped* spaCy pipeline
(``spacy.load`` of the configured model, every component as shipped) parses
that batch's texts, timed on its own and left out of the ingest's total — so
spaCy alone and the ingest alternate every ``batch_size`` documents (seconds)
and meet the same load. Prints one JSON object.

Stages (inclusive CPU seconds; nested ones are inside their parent):
``spacy`` the main ``nlp.pipe`` of dossier's pipeline, ``spacy_other`` its other
``pipe`` calls (lines in capitals re-read), ``extractors`` ``nlp.analyze_doc``
(coreference included), ``writes`` ``write_batch``, with ``resolve``
(``update_entities``), ``facts`` (``store_facts``), ``stories``
(``assign_story``) inside it, ``plan`` reading, cleaning and batching.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any


def _timed_function(acc: dict[str, float], key: str, function: Callable[..., Any]) -> Any:
    """``function`` with its CPU seconds added to ``acc[key]`` on each call."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            acc[key] += time.process_time() - start

    return wrapper


def _timed_iteration(acc: dict[str, float], key: str, iterator: Iterator[Any]) -> Iterator[Any]:
    """``iterator`` with the CPU seconds spent producing its items added to ``acc[key]``
    (a generator is suspended while its consumer works, so that time is not counted)."""
    while True:
        start = time.process_time()
        try:
            item = next(iterator)
        except StopIteration:
            acc[key] += time.process_time() - start
            return
        acc[key] += time.process_time() - start
        yield item


def _patch(module: Any, name: str, wrap: Callable[[Any], Any]) -> None:
    """Replace ``module.name`` with ``wrap(original)`` where the tree has that name
    (an older tree may lack a stage: it then shows 0)."""
    original = getattr(module, name, None)
    if original is not None:
        setattr(module, name, wrap(original))


def instrument(acc: dict[str, float], shipped: Any, batch_size: int) -> None:
    """Wrap dossier's stage functions and spaCy's ``Language.pipe`` with CPU timers,
    and run ``shipped`` (spaCy alone) over each batch before dossier analyses it."""
    from spacy.language import Language

    from dossier.extract import nlp
    from dossier.kb import resolve
    from dossier.pipeline import run

    pipe = Language.pipe
    inside: list[bool] = []  # a pipe call inside a timed one (as_tuples calls pipe again)

    def timed_pipe(self: Language, texts: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
        if inside:
            yield from pipe(self, texts, *args, **kwargs)
            return
        key = "spacy" if kwargs.get("as_tuples") else "spacy_other"
        items = iter(pipe(self, texts, *args, **kwargs))
        while True:
            start = time.process_time()
            inside.append(True)
            try:
                item = next(items)
            except StopIteration:
                return
            finally:
                inside.pop()
                acc[key] += time.process_time() - start
            yield item

    Language.pipe = timed_pipe  # type: ignore[method-assign]

    def interleaved(function: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(documents: Any, *args: Any, **kwargs: Any) -> Any:
            texts = [d.text for d in documents]
            start = time.process_time()
            for _doc in pipe(shipped, texts, batch_size=batch_size):
                pass
            acc["spacy_alone"] += time.process_time() - start
            return function(documents, *args, **kwargs)

        return wrapper

    _patch(run, "analyze_batch", interleaved)
    _patch(nlp, "analyze_doc", lambda f: _timed_function(acc, "extractors", f))
    _patch(run, "write_batch", lambda f: _timed_function(acc, "writes", f))
    _patch(resolve, "update_entities", lambda f: _timed_function(acc, "resolve", f))
    _patch(run, "store_facts", lambda f: _timed_function(acc, "facts", f))
    _patch(run, "assign_story", lambda f: _timed_function(acc, "stories", f))

    def timed_plan(function: Callable[..., Iterator[Any]]) -> Callable[..., Iterator[Any]]:
        def wrapper(*args: Any, **kwargs: Any) -> Iterator[Any]:
            return _timed_iteration(acc, "plan", function(*args, **kwargs))

        return wrapper

    _patch(run, "plan_batches", timed_plan)


def shipped_pipeline(model: str, texts: list[str], batch_size: int) -> Any:
    """The model as shipped (every component it enables), warmed up on ``texts``."""
    import spacy

    nlp = spacy.load(model)
    for _doc in nlp.pipe(texts, batch_size=batch_size):  # first-call allocations
        pass
    return nlp


def main(argv: list[str]) -> int:
    articles, warmup = Path(argv[0]), Path(argv[1])
    from dossier.config import load_settings
    from dossier.ingest.files import read_all
    from dossier.pipeline.prepare import clean_article
    from dossier.pipeline.run import run_ingest
    from dossier.records import RawArticle
    from dossier.store import open_store

    with tempfile.TemporaryDirectory(prefix="dossier-stages-") as tmp:
        settings = load_settings(db=str(Path(tmp) / "warm.db"), progress=False, workers=1)
        texts = []
        for raw in read_all([warmup], settings.max_file_bytes):
            if isinstance(raw, RawArticle):
                cleaned = clean_article(raw, settings)
                if isinstance(cleaned, list):
                    texts.extend(d.text for d in cleaned)
        store = open_store(settings.db)
        try:
            run_ingest([warmup], store, settings)
        finally:
            store.close()
        shipped = shipped_pipeline(settings.spacy_model, texts, settings.batch_size)
        acc: dict[str, float] = dict.fromkeys(
            [
                "spacy_alone",
                "spacy",
                "spacy_other",
                "extractors",
                "writes",
                "resolve",
                "facts",
                "stories",
                "plan",
            ],
            0.0,
        )
        instrument(acc, shipped, settings.batch_size)
        settings = load_settings(db=str(Path(tmp) / "run.db"), progress=False, workers=1)
        start = time.process_time()
        store = open_store(settings.db)
        try:
            report = run_ingest([articles], store, settings)
        finally:
            store.close()
        total = time.process_time() - start - acc["spacy_alone"]
    print(json.dumps({"articles": report.documents_added, "total": total, **acc}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
