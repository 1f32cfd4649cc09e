"""The analyst's workbench: REST API helpers and the server-rendered web UI.

:mod:`dossier.web.api` builds the FastAPI app; this package holds what it needs
beside the query layer: view models that join query results for one page or
endpoint (:mod:`.views`), safe highlighting of article text (:mod:`.highlight`),
background ingest jobs (:mod:`.jobs`), the HTML pages (:mod:`.pages`), and the
Jinja2 templates and static files (no CDN: the UI works offline).
"""
