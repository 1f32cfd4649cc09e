"""The web UI in a real browser: headless Chromium driven by Playwright.

Playwright's own browser download is never used: the tests launch Debian's
``chromium`` (``make install-test`` installs it with apt when missing). A
uvicorn server runs in a thread on a free local port over the seed knowledge
base (and over the small fictional one from ``test_api`` for events, claims
and the graph). Screenshots go to ``test-artifacts/`` for a human to look at.
"""

from __future__ import annotations

import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

if not CHROMIUM.exists():
    if os.environ.get("CI"):
        raise RuntimeError(f"{CHROMIUM} is missing in CI: make install-test installs it with apt")
    pytest.skip(
        f"{CHROMIUM} not installed (make install-test runs scripts/install-test-deps.sh)",
        allow_module_level=True,
    )

from playwright.sync_api import Browser, Page, expect, sync_playwright  # noqa: E402
from uvicorn import Config, Server  # noqa: E402

from dossier.web.api import create_app  # noqa: E402
from tests.test_api import build_fact_kb  # noqa: E402

pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve(settings: Any) -> Iterator[str]:
    port = _free_port()
    server = Server(Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def seed_url(seed_db, settings) -> Iterator[str]:
    yield from _serve(settings.with_overrides(db=str(seed_db), token=""))


@pytest.fixture(scope="module")
def facts(tmp_path_factory, settings) -> dict[str, Any]:
    return build_fact_kb(tmp_path_factory.mktemp("browser-facts"), settings)


@pytest.fixture(scope="module")
def facts_url(facts, settings) -> Iterator[str]:
    yield from _serve(settings.with_overrides(db=str(facts["db"]), token=""))


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield browser
        browser.close()


@pytest.fixture()
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not dialogs, f"a script from article text ran: {dialogs}"
    assert not errors, f"JavaScript errors: {errors}"


def _words(text: str) -> str:
    return " ".join(text.split())


def _search_brigade(page: Page, seed_url: str) -> None:
    page.goto(seed_url + "/")
    expect(page.locator("h1")).to_contain_text("What do the sources say?")
    page.screenshot(path=str(ARTIFACTS / "home.png"), full_page=True)
    page.locator(".hero input[name=q]").fill("Zainebiyoun")
    page.locator(".hero button[type=submit]").click()
    page.wait_for_url(re.compile(r"/search\?q=Zainebiyoun"))
    page.screenshot(path=str(ARTIFACTS / "search.png"), full_page=True)
    page.locator("#entity-matches a.best-match").click()
    page.wait_for_url(re.compile(r"/entities/ent_"))


def test_search_by_a_variant_spelling_lands_on_the_entity(page: Page, seed_url: str):
    _search_brigade(page, seed_url)
    expect(page.locator("h1")).to_contain_text("Zainabiyoun Brigade")
    aliases = page.locator("#aliases")
    expect(aliases).to_be_visible()
    expect(aliases).to_contain_text("Liwa Zainebiyoun")
    expect(page.locator("#merged")).to_contain_text("Why these names are one entity")
    expect(page.locator("#timeline")).to_be_visible()
    disputes = page.locator("#disputes")
    if disputes.count():
        expect(disputes).to_contain_text("fighter")
    page.screenshot(path=str(ARTIFACTS / "entity.png"), full_page=True)


def test_evidence_link_highlights_the_sentence(page: Page, seed_url: str):
    _search_brigade(page, seed_url)
    events = page.locator("#timeline a.evidence-link")
    link = events.first if events.count() else page.locator("#mentions a.mention-link").first
    sentence = _words(link.inner_text())
    assert sentence
    link.click()
    page.wait_for_url(re.compile(r"/documents/.+start=\d+&end=\d+"))
    mark = page.locator("mark#hl")
    expect(mark).to_be_visible()
    expect(mark).to_be_in_viewport()
    assert _words(mark.inner_text()) == sentence
    page.screenshot(path=str(ARTIFACTS / "document.png"))


def test_facts_timeline_graph_and_document(page: Page, facts_url: str, facts: dict[str, Any]):
    page.goto(f"{facts_url}/entities/{facts['militia']}")
    ours = page.locator("#disputes .dispute").filter(has_text="up to").filter(has_text="about")
    expect(ours.first.locator(".side")).to_have_count(2)
    expect(page.locator("#timeline .event").first).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "entity-facts.png"), full_page=True)

    page.goto(facts_url + "/timeline")
    page.locator("select[name=modality]").select_option("alleged")
    page.locator(".filters button").click()
    expect(page.locator(".timeline .event")).to_have_count(1)
    expect(page.locator(".timeline")).to_contain_text("FIGHT")
    page.screenshot(path=str(ARTIFACTS / "timeline.png"), full_page=True)

    page.goto(facts_url + "/graph")
    expect(page.locator("svg a.node")).not_to_have_count(0)
    expect(page.locator("svg")).to_contain_text("Northvale Militia")
    page.screenshot(path=str(ARTIFACTS / "graph.png"), full_page=True)

    page.goto(f"{facts_url}/documents/{facts['doc_a']}")
    expect(page.locator("article.doc-text")).to_contain_text("<script>alert(1)</script>")
    # a fact span whose text is an entity link navigates to the entity; click plain text
    page.locator("article.doc-text span.fact.f-event:not(:has(a))").first.click()
    expect(page.locator(".fact-item.active")).not_to_have_count(0)
    if page.locator("details.removed").count():
        page.locator("details.removed summary").click()
    page.screenshot(path=str(ARTIFACTS / "document-facts.png"), full_page=True)
