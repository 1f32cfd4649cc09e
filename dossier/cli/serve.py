"""``dossier serve``: the web UI and REST API under uvicorn."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dossier.cli.common import settings_of


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from dossier.web.api import create_app

    settings = settings_of(args).with_overrides(host=args.host, port=args.port)
    if not Path(settings.db.removeprefix("sqlite:///")).exists():
        print(
            f"note: {settings.db} does not exist yet; serving an empty knowledge base",
            file=sys.stderr,
        )
    writes = "enabled (DOSSIER_TOKEN set)" if settings.token else "disabled (no DOSSIER_TOKEN)"
    if settings.host in {"0.0.0.0", "::"} and not settings.allowed_hosts:
        print(  # the Host allow-list (dossier.web.api.allowed_hosts) would refuse other machines
            "note: other machines must reach this server by a name or address listed in "
            "DOSSIER_ALLOWED_HOSTS; any other Host: is answered 400",
            file=sys.stderr,
        )
    print(
        f"dossier: serving {settings.db} at http://{settings.host}:{settings.port}/ "
        f"(API docs: /docs; writes {writes})",
        file=sys.stderr,
        flush=True,
    )
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level="info")
    return 0
