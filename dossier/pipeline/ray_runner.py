"""``dossier ingest --engine ray``: the same stages as Ray tasks; the driver writes.

Why Ray core (tasks and actors) and not Ray Data: between cleaning and the NLP
stage the driver must look at the store (skip inputs already stored, drop
duplicate documents, cut the exact batches the local engine cuts), which a
Ray Data pipeline cannot do mid-stream without a round trip; records are
nested dataclasses, not table rows; and Ray Data would add pyarrow and pandas
to an extra that is already 240 MB. Tasks and an actor pool do the job with
order kept explicitly.

* read + clean: one Ray task per input file (:func:`dossier.pipeline.prepare.read_and_clean`),
  at most ``window`` files ahead of the driver.
* nlp (parse, mentions, dates, events, claims, in-document coreference): a
  pool of actors, each holding one loaded spaCy pipeline
  (:func:`dossier.pipeline.run.analyze_batch`), fed the batches the planner cuts.
* store: the driver, in input order, one transaction per batch
  (:func:`dossier.pipeline.run.write_batch`). Story assignment and entity
  resolution depend on order, so consuming results in submission order is
  what makes the knowledge base identical to the local engine's.

Ray starts locally (``ray_workers`` CPUs, all by default) or joins the cluster
at ``ray_address`` / ``RAY_ADDRESS``; on a cluster the input paths must be
readable on every node and dossier installed there.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any

from dossier.config import Settings
from dossier.ingest.files import InputFile
from dossier.pipeline.heap import set_numpy_huge_pages
from dossier.pipeline.prepare import Cleaned, read_and_clean
from dossier.pipeline.run import (
    ArticleGroup,
    InFlightBatches,
    ProgressFn,
    Tally,
    analyze_batch,
    load_stories,
    plan_batches,
    run_ingest,
    write_batch,
)
from dossier.records import AnalyzedDocument, Document, IngestError, IngestReport
from dossier.store.base import Store

INSTALL_HINT = "pip install -e '.[ray]' (ray==2.60.0)"


class RayUnavailable(RuntimeError):
    """``--engine ray`` was asked for but Ray is not installed."""


def require_ray() -> ModuleType:
    """The ``ray`` module, or a clear error saying how to install it."""
    try:
        import ray
    except ImportError as exc:
        raise RayUnavailable(
            f"--engine ray needs Ray, which is not installed: {INSTALL_HINT}"
        ) from exc
    return ray


class Analyzer:
    """One Ray actor: a spaCy pipeline loaded once, analysing batch after batch."""

    def __init__(self, settings: Settings, gazetteer: list[tuple[str, str]]) -> None:
        from dossier.extract import nlp

        set_numpy_huge_pages(False)  # an actor only analyses (see there)
        self.settings = settings
        self.pipeline = nlp.build_pipeline(settings, gazetteer)

    def analyze(self, documents: list[Document]) -> list[AnalyzedDocument]:
        return analyze_batch(documents, self.settings, self.pipeline)


@contextmanager
def ray_session(ray: ModuleType, settings: Settings) -> Iterator[int]:
    """Start (or join) Ray for one run; yields the number of analysis workers.

    A Ray already initialised by the caller (a notebook, a test) is used as it
    is and left running.
    """
    started = not ray.is_initialized()
    if started:
        options: dict[str, Any] = {"include_dashboard": False, "configure_logging": False}
        if settings.ray_address:
            ray.init(address=settings.ray_address, **options)
        else:
            ray.init(num_cpus=settings.ray_workers or None, **options)
    try:
        cpus = int(ray.cluster_resources().get("CPU", 1))
        yield max(1, settings.ray_workers or cpus)
    finally:
        if started:
            ray.shutdown()


def _read_ahead(
    ray: ModuleType, files: list[InputFile], settings: Settings, window: int
) -> Iterator[ArticleGroup]:
    """Each file's cleaned articles, in input order, ``window`` files read ahead."""
    task = ray.remote(num_cpus=0)(read_and_clean)
    queue: deque[tuple[str, Any]] = deque()
    pending = iter(files)
    for item in pending:
        queue.append((item.source, task.remote(item, settings)))
        if len(queue) >= window:
            break
    while queue:
        source, ref = queue.popleft()
        following = next(pending, None)
        if following is not None:
            queue.append((following.source, task.remote(following, settings)))
        results: list[Cleaned | IngestError] = ray.get(ref)
        yield source, results


def ingest_files_ray(
    files: list[InputFile],
    store: Store,
    settings: Settings,
    progress: ProgressFn | None = None,
) -> IngestReport:
    """Ingest ``files`` with the stages on Ray and the writes here, in order."""
    ray = require_ray()
    tally = Tally()
    stories = load_stories(store)
    gazetteer = store.reference_names()
    worker_settings = replace(settings, token="")  # workers never need the API secret
    with ray_session(ray, settings) as workers:
        actor = ray.remote(num_cpus=1)(Analyzer)
        analyzers: list[Any] = []  # started on the first batch: a re-run may analyse nothing
        # two batches queued per actor, so none waits for the driver's writes
        window = 2 * workers
        groups = _read_ahead(ray, files, worker_settings, window)
        flight = InFlightBatches()

        def write_next() -> None:
            batch, ref = flight.pop()
            tally.count(*write_batch(store, stories, batch, ray.get(ref)))

        # batches are alike in size (batch_size documents), so round-robin balances
        batches = plan_batches(groups, store, settings, tally, progress, flight.busy)
        for number, batch in enumerate(batches):
            if not analyzers:
                analyzers = [actor.remote(worker_settings, gazetteer) for _ in range(workers)]
            documents = [d for pending in batch for d in pending.documents]
            flight.push(batch, analyzers[number % workers].analyze.remote(documents))
            if len(flight) > window:
                write_next()
        while flight:
            write_next()
    return tally.report()


def run_ingest_ray(
    paths: Iterable[str | Path],
    store: Store,
    settings: Settings,
    progress: ProgressFn | None = None,
) -> IngestReport:
    """:func:`dossier.pipeline.run.run_ingest` with the Ray engine: same report, same store."""
    return run_ingest(paths, store, settings, progress, engine=ingest_files_ray)
