"""A throw-away PostgreSQL cluster on 127.0.0.1, for the tests and the benchmarks.

``initdb`` into a temporary directory and ``pg_ctl start`` on a free port,
durability switched off (fsync, full-page writes: nothing here must survive a
crash), trust authentication for the ``dossier`` superuser on the loopback
interface only. ``initdb`` refuses to run as root, so under root the server
runs as the ``postgres`` (else ``nobody``) user through ``runuser``.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class ServerUnavailable(RuntimeError):
    """No PostgreSQL server binaries here (install the ``postgresql`` package)."""


def bindir() -> Path | None:
    """Where initdb/pg_ctl live: Debian's versioned directory, else the PATH."""
    for found in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (found / "initdb").is_file() and (found / "pg_ctl").is_file():
            return found
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb and shutil.which("pg_ctl") else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _run_as() -> list[str]:
    if os.geteuid() != 0:
        return []
    for user in ("postgres", "nobody"):
        try:
            pwd.getpwnam(user)
        except KeyError:
            continue
        return ["runuser", "-u", user, "--"]
    raise RuntimeError("running as root with no 'postgres' or 'nobody' user to run PostgreSQL as")


@contextmanager
def temporary_server() -> Iterator[str]:
    """Start a cluster; yield ``postgresql://dossier@127.0.0.1:PORT``; remove it after."""
    binaries = bindir()
    if binaries is None:
        raise ServerUnavailable(
            "PostgreSQL server binaries (initdb, pg_ctl) are not installed; "
            "scripts/install-test-deps.sh installs them"
        )
    as_user = _run_as()
    root = Path(tempfile.mkdtemp(prefix="dossier-pg-"))
    if as_user:
        shutil.chown(root, user=as_user[2])
    data, log, port = root / "data", root / "log", _free_port()

    def run(*argv: str) -> None:
        done = subprocess.run([*as_user, *argv], capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            tail = log.read_text()[-2000:] if log.exists() else ""
            raise RuntimeError(f"{argv[0]} failed: {done.stderr.strip()}\n{tail}")

    try:
        run(str(binaries / "initdb"), "-D", str(data), "-U", "dossier", "--auth=trust",
            "-E", "UTF8", "--locale=C", "--no-sync")  # fmt: skip
        options = (
            f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off"
        )
        run(str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(log),
            "-w", "-t", "60", "start")  # fmt: skip
        yield f"postgresql://dossier@127.0.0.1:{port}"
    finally:
        if (data / "postmaster.pid").exists():
            subprocess.run([*as_user, str(binaries / "pg_ctl"), "-D", str(data), "-m",
                            "immediate", "stop"], capture_output=True, timeout=60)  # fmt: skip
        shutil.rmtree(root, ignore_errors=True)


def create_database(server: str, name: str, template: str | None = None) -> str:
    """``CREATE DATABASE name`` (names are identifiers, quoted); returns its URL."""
    import psycopg
    from psycopg import sql

    statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
    if template:
        statement += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(statement)
    return f"{server}/{name}"


def drop_database(server: str, name: str) -> None:
    """``DROP DATABASE IF EXISTS name WITH (FORCE)``: ends any connection still open on it
    (a killed test writer's, a store a test did not close) instead of failing."""
    import psycopg
    from psycopg import sql

    statement = sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(statement)
