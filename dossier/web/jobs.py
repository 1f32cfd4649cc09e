"""Background ingest jobs for ``POST /api/ingest``.

Ingesting runs spaCy and takes seconds to minutes, longer than an HTTP
request should wait, so an upload is written to a temporary folder and
handed to one worker thread; the client polls ``GET /api/jobs/{id}``. One
worker, not many: SQLite has one writer at a time, and queued jobs are
clearer to a user than jobs that wait on each other's locks. Jobs live in
memory only; a restarted server forgets them (the documents they stored
stay, of course).
"""

from __future__ import annotations

import shutil
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dossier.config import Settings
from dossier.records import IngestError
from dossier.store import open_store


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(slots=True)
class Job:
    """Progress and result of one upload's ingest."""

    id: str
    files: list[str]
    status: str = "queued"  # queued | running | done | failed
    created_at: str = field(default_factory=_now)
    started_at: str | None = None
    finished_at: str | None = None
    files_total: int = 0
    files_done: int = 0
    documents_added: int = 0
    documents_skipped: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)
    detail: str | None = None  # why a failed job failed


class IngestJobs:
    """Queue of ingest jobs over one knowledge base, run one at a time."""

    def __init__(self, settings: Settings, keep: int = 200) -> None:
        self.settings = settings
        self.keep = keep
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dossier-ingest")

    def submit(self, folder: Path, cleanup: Path, files: list[str]) -> Job:
        """Queue the ingest of ``folder``; ``cleanup`` is removed when it ends."""
        job = Job(id=uuid.uuid4().hex, files=files, files_total=len(files))
        with self._lock:
            self._jobs[job.id] = job
            for old in list(self._jobs)[: max(0, len(self._jobs) - self.keep)]:
                if self._jobs[old].status in {"done", "failed"}:
                    del self._jobs[old]
        self._pool.submit(self._run, job, folder, cleanup)
        return job

    def get(self, job_id: str) -> dict[str, Any] | None:
        with self._lock:
            job = self._jobs.get(job_id)
            return asdict(job) if job else None

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def _run(self, job: Job, folder: Path, cleanup: Path) -> None:
        # the pipeline imports spaCy: the server loads it on the first upload, never to read
        from dossier.pipeline.run import run_ingest
        from dossier.query import digest

        def progress(source: str, documents: int, errors: list[IngestError]) -> None:
            with self._lock:
                job.files_done += 1
                job.errors.extend({"source": e.source, "reason": e.reason} for e in errors)

        with self._lock:
            job.status, job.started_at = "running", _now()
        try:
            with open_store(self.settings.db, self.settings.busy_timeout_ms) as store:
                report = run_ingest([folder], store, self.settings, progress=progress)
                digest.after_ingest(store, self.settings)  # alerts on watched entities
        except Exception as exc:  # a job must end with a status, whatever happened
            with self._lock:
                job.status, job.detail, job.finished_at = "failed", repr(exc), _now()
        else:
            with self._lock:
                job.status, job.finished_at = "done", _now()
                job.files_total = report.files
                job.documents_added = report.documents_added
                job.documents_skipped = report.documents_skipped
                # errors reported per file already; discovery errors come only here
                seen = {(e["source"], e["reason"]) for e in job.errors}
                job.errors.extend(
                    {"source": e.source, "reason": e.reason}
                    for e in report.errors
                    if (e.source, e.reason) not in seen
                )
        finally:
            shutil.rmtree(cleanup, ignore_errors=True)
