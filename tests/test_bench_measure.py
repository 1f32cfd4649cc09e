"""The benchmarks' process measurement (``bench.scale._measured``) reports the
kernel's part of a run: the ingest's system time and page faults were suspects
of issue 19, and a figure nobody can reproduce settles nothing."""

from __future__ import annotations

import sys

import pytest

from bench.scale import _measured

pytestmark = pytest.mark.unit

#: a child that touches 64 MiB of fresh memory: 16,384 pages the kernel must fault in
TOUCH = "b = bytearray(64 * 1024 * 1024)\nfor i in range(0, len(b), 4096): b[i] = 1\n"


def test_measured_counts_the_page_faults_of_fresh_memory():
    idle = _measured([sys.executable, "-c", "pass"])
    touched = _measured([sys.executable, "-c", TOUCH])
    # 64 MiB of 4 KiB pages, less what huge pages or a reused heap may save
    assert touched["minor_faults"] - idle["minor_faults"] > 8_000


def test_system_time_is_part_of_the_cpu_time():
    run = _measured([sys.executable, "-c", TOUCH])
    assert 0 < run["sys_s"] <= run["cpu_s"]
