"""The analyst's workbench: REST API and the server-rendered web UI.

:mod:`dossier.web.api` builds the FastAPI app (the app factory, ``create_app``)
and its API routes; :mod:`.pages` holds the HTML pages; :mod:`.deps` what both
depend on (the request's store, checked date parameters), so neither imports the
other's module for it. Beside the read layer (:mod:`dossier.query`, whose view
models in :mod:`dossier.query.views` the CLI shares): safe highlighting of
article text (:mod:`.highlight`), background ingest jobs (:mod:`.jobs`), the map
(:mod:`.geomap`), and the Jinja2 templates and static files (no CDN: the UI
works offline).
"""
