"""The workbench in a real browser over real articles (headless Chromium).

The seeds are five articles; an analyst's archive is thousands. These tests
serve a store built from 500 articles of the real 2025 archive
(``realnews_db``, built once per session) and check, in the page itself:
every page answers within its budget, the graph's labels do not overlap
(bounding boxes measured by the browser, not computed by the layout code),
and the main controls are reachable by keyboard and named for screen readers.
Screenshots go to ``test-artifacts/``.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect

from dossier.query import reads as query
from dossier.store import open_store
from tests import test_ui_browser as ui
from tests.test_ui_browser import ARTIFACTS, _serve

pytestmark = pytest.mark.browser

#: the browser and page fixtures of the seed tests (same Chromium, same checks)
browser = ui.browser
page = ui.page

#: server time (request sent -> response complete, ms) allowed per page on this
#: 500-article store, median of three loads after a warm-up: generous for a
#: shared 2-core CI machine; the 300 ms p95 goal is measured on a 3,000+-article
#: store by bench/workbench_bench.py
BUDGET_MS = 1000


@pytest.fixture(scope="module")
def real_url(realnews_db, settings) -> Iterator[str]:
    yield from _serve(settings.with_overrides(db=str(realnews_db), token=""))


@pytest.fixture(scope="module")
def top(realnews_db) -> dict[str, str]:
    """Ids the pages need: the most-reported entity and a document."""
    store = open_store(str(realnews_db))
    try:
        entity = store.entities(limit=1)[0]
        document = next(iter(store.documents()))
        return {"entity": entity.id, "name": entity.name, "document": document["id"]}
    finally:
        store.close()


_SERVER_MS = """() => { const t = performance.getEntriesByType('navigation')[0];
  return t.responseEnd - t.requestStart; }"""


def _server_ms(page: Page, url: str) -> float:
    page.goto(url)  # warm-up: first use of the gazetteer and of SQLite's page cache
    samples = []
    for _ in range(3):
        response = page.goto(url)
        assert response is not None and response.ok, url
        samples.append(page.evaluate(_SERVER_MS))
    return statistics.median(samples)


def test_every_page_answers_within_its_budget(page: Page, real_url: str, top: dict[str, str]):
    paths = [
        "/",
        "/graph",
        "/graph?depth=2",
        "/map",
        "/stories",
        "/documents",
        "/timeline",
        f"/entities/{top['entity']}",
        f"/documents/{top['document']}",
        "/search?q=attack",
        "/changes",
        "/api/claims?limit=20",
        "/api/disputes?limit=20",
        "/api/stories?limit=20",
    ]
    slow = {}
    for path in paths:
        ms = _server_ms(page, real_url + path)
        if ms > BUDGET_MS:
            slow[path] = round(ms)
    assert not slow, f"pages over {BUDGET_MS} ms: {slow}"


_LABEL_OVERLAPS = """() => {
  const boxes = [...document.querySelectorAll('figure.graph svg text')]
    .map(t => t.getBoundingClientRect()).filter(b => b.width > 0);
  const pairs = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i], b = boxes[j];
    if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
      pairs.push([i, j]);
  }
  return {labels: boxes.length, overlaps: pairs.length,
          nodes: document.querySelectorAll('figure.graph svg a.node').length};
}"""


@pytest.mark.parametrize("params", ["", "?depth=2", "?depth=2&limit=60"])
def test_graph_labels_do_not_overlap(page: Page, real_url: str, params: str):
    page.goto(real_url + "/graph" + params)
    found = page.evaluate(_LABEL_OVERLAPS)
    assert found["nodes"] >= 8, found
    assert found["labels"] >= found["nodes"] - 1, found  # (nearly) every node is labelled
    assert found["overlaps"] == 0, found
    name = "graph" + re.sub(r"\W+", "-", params).rstrip("-")
    page.screenshot(path=str(ARTIFACTS / f"real-{name}.png"), full_page=True)


def test_graph_shows_a_people_as_its_country(page: Page, real_url: str, realnews_db):
    from dossier.query.graph import DemonymFold, GraphQuery, ego_graph

    store = open_store(str(realnews_db))
    try:
        fold = DemonymFold(store)
        people, country = next(
            (p, c)
            for p, c in sorted(fold.folded.items())
            if ego_graph(store, GraphQuery(entity=p), fold).edges
        )
        names = {i: store.entity(i).name for i in (people, country)}  # type: ignore[union-attr]
    finally:
        store.close()
    page.goto(f"{real_url}/graph?entity={people}")
    # asking for the people's name centres the graph on its country
    expect(page.locator("svg a.node.ego")).to_have_attribute(
        "aria-label", re.compile("^" + re.escape(names[country]) + r" \(")
    )
    labels = page.locator("figure.graph svg text").all_inner_texts()
    assert names[people] not in labels


def _tab_to(page: Page, selector: str, presses: int = 200) -> str:
    """Press Tab until the focused element matches ``selector``; its aria-label."""
    for _ in range(presses):
        page.keyboard.press("Tab")
        if page.evaluate(f"() => document.activeElement.matches({selector!r})"):
            return str(page.evaluate("() => document.activeElement.getAttribute('aria-label')"))
    raise AssertionError(f"{selector} never took the focus")


def test_keyboard_reaches_and_opens_graph_and_map_points(page: Page, real_url: str):
    page.goto(real_url + "/graph")
    ego = page.locator("svg a.node.ego").get_attribute("aria-label")
    label = _tab_to(page, "svg a.node:not(.ego)")
    assert label and "centre the graph here" in label and label != ego
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/graph\?entity="))
    name = label.split(" (")[0]  # the node is now the ego (its weight counts other links)
    expect(page.locator("svg a.node.ego")).to_have_attribute(
        "aria-label", re.compile("^" + re.escape(name) + r" \(")
    )

    page.goto(real_url + "/map")
    label = _tab_to(page, "svg a.spot")
    assert re.match(r"\d+ events at ", label)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/map\?.*at="))
    expect(page.locator("#events")).to_contain_text("Events at")
    expect(page.locator("ol.timeline li.event").first).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "real-map-events.png"), full_page=True)


def test_main_controls_have_accessible_names(page: Page, real_url: str):
    page.goto(real_url + "/graph")
    expect(page.get_by_role("searchbox", name="Search")).to_be_visible()
    for name in ("Entity", "Depth", "From", "To", "Event type", "Min. independent stories"):
        expect(page.get_by_label(name, exact=True)).to_be_visible()
    expect(page.get_by_role("button", name="Show")).to_be_visible()
    expect(page.get_by_role("group", name=re.compile("^actor graph of "))).to_be_visible()
    expect(page.get_by_role("link", name="GraphML")).to_be_visible()
    page.goto(real_url + "/map")
    for name in ("Entity", "Event type", "From", "To"):
        expect(page.get_by_label(name, exact=True)).to_be_visible()
    expect(page.get_by_role("group", name=re.compile(r"^event map: \d+ points"))).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "real-map.png"), full_page=True)


def test_entity_page_of_the_most_reported_entity(page: Page, real_url: str, top: dict[str, str]):
    page.goto(f"{real_url}/entities/{top['entity']}")
    expect(page.locator("h1")).to_contain_text(top["name"])
    expect(page.locator("#timeline")).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "real-entity.png"), full_page=True)


def test_story_list_pages(page: Page, real_url: str, realnews_db):
    store = open_store(str(realnews_db))
    try:
        total = query.story_page(store, 1, 0)["total"]
    finally:
        store.close()
    page.goto(real_url + "/stories")
    expect(page.locator("nav.pager")).to_contain_text(f"of {total}")
    page.locator("nav.pager a[rel=next]").click()
    page.wait_for_url(re.compile(r"/stories\?offset=50"))
    expect(page.locator("nav.pager")).to_contain_text("51–")
