"""The page as an analyst works in it: an offline basemap with place labels, an optional tile
layer, a map that follows the filters, a timeline an outlier does not squeeze, one evidence card
per sentence, marked future events, French type labels and a readable review log.

The seed store of ``seed.py`` plus two events: planned talks in Geneva (future, no place of
their own, exported in Switzerland) and a clash misdated to the year 1500.
"""

from __future__ import annotations

import sqlite3
import struct
import zlib
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from chronique.api.app import create_app
from chronique.api.basemap import open_tiles
from chronique.merge.store import save_events
from chronique.store import open_store
from chronique.types import ActorMention, Article, DateClaim, Event, Evidence, Place, Sentence

from .conftest import Server, correct_fatalities, shot, start_server
from .seed import Seed, build_seed

pytestmark = pytest.mark.browser

TALKS = ("Des pourparlers de paix sont prévus le 22 mars 2017 à Genève. "
         "Ils réuniront le régime et l'opposition.")
OLD = "Des combats ont eu lieu à Damas. Six combattants ont été tués."


def _ev(article: Article, field: str, needle: str) -> Evidence:
    start = article.text.index(needle)
    return Evidence(field=field, article_id=article.id, start=start, end=start + len(needle),
                    stage="events", text=needle, source=article.source)


def _article(article_id: str, title: str, text: str) -> Article:
    first = text.index(". ") + 1
    return Article(id=article_id, text=text, title=title, source="Agence test",
                   url=f"https://example.org/{article_id}", lang="fr",
                   published=DateClaim(value="2017-03-15"),
                   sentences=[Sentence(start=0, end=first, stage="sentences", text=text[:first]),
                              Sentence(start=first + 1, end=len(text), stage="sentences",
                                       text=text[first + 1:])])


@pytest.fixture()
def seed(tmp_path: Path) -> Seed:
    """The seed store plus the planned talks and the misdated clash."""
    base = build_seed(tmp_path / "seed.db")
    talks = _article("a-geneve", "Pourparlers à Genève", TALKS)
    old = _article("a-ancien", "Combats à Damas", OLD)
    events = [
        Event(id="ev-geneve", kind="negotiations", event_type="Strategic developments",
              sub_event_type="Other", date="2017-03-22", date_precision=1, place=None,
              country="CH", modality="future", certainty="reported",
              actor1=[ActorMention(start=-1, end=-1, stage="actors", text="le régime",
                                   canonical="Régime syrien")],
              actor2=[ActorMention(start=-1, end=-1, stage="actors", text="l'opposition",
                                   canonical="Opposition syrienne")],
              summary="Pourparlers prévus à Genève", mentions=["a-geneve#0"],
              sources=["Agence test"],
              evidence=[_ev(talks, "date", "22 mars 2017"),
                        _ev(talks, "date_precision", "22 mars 2017"),
                        _ev(talks, "date_prec", "22 mars 2017"),
                        _ev(talks, "modality", "sont prévus")]),
        Event(id="ev-ancien", kind="armed_clash", event_type="Battles",
              sub_event_type="Armed clash", date="1500-03-19", date_precision=1,
              place=Place(start=24, end=29, stage="places", text="Damas", name="Damas",
                          lat=33.51, lon=36.29, country="SY", admin1="Damascus",
                          resolved=True),
              fatalities_best=6, summary="Damas", mentions=["a-ancien#0"],
              sources=["Agence test"], evidence=[_ev(old, "fatalities_best", "Six combattants")]),
    ]
    store = open_store(base.url)
    store.put([talks, old])
    save_events(store, [*base.events, *events])
    store.close()
    return Seed(path=base.path, url=base.url, events=[*base.events, *events],
                articles={**base.articles, "a-geneve": talks, "a-ancien": old})


def open_page(page: Any, served: Server) -> None:
    page.goto(served.url + "/")
    page.wait_for_selector("body[data-ready='1']", timeout=20000)


def outside(served: Server) -> list[str]:
    return [url for url in served.requests if not url.startswith(served.url + "/")]


def test_city_and_admin1_labels_at_city_zoom_with_no_outside_request(
        page: Any, served: Server) -> None:
    open_page(page, served)
    page.evaluate("() => window.chronique.map.setView([36.2, 37.16], 9, {animate: false})")
    city = page.locator(".place-label[data-name='Aleppo']")
    expect(city).to_be_visible(timeout=10000)
    expect(page.locator(".admin1-label", has_text="Aleppo").first).to_be_visible(timeout=10000)
    assert int(page.get_attribute("#map", "data-labels")) > 20
    shot(page, "basemap-city-zoom")
    page.evaluate("() => window.chronique.map.setView([34.8, 38.5], 5, {animate: false})")
    page.wait_for_function("() => !document.querySelector(\".place-label[data-name='Saraqib']\")")
    assert page.locator(".place-label[data-name='Damascus']").count() == 1  # big cities stay
    assert page.locator(".admin1-label").count() == 0  # admin-1 from zoom 6
    assert outside(served) == []
    assert any("/api/labels?" in url for url in served.requests)
    assert page.errors == []


def test_the_map_fits_the_filtered_events(page: Any, served: Server) -> None:
    open_page(page, served)
    page.evaluate("() => window.chronique.map.setView([20, 0], 3, {animate: false})")
    page.fill("#f-place", "Djobar")
    page.click("#filters button[type='submit']")
    page.wait_for_selector("#list-count[data-count='1']")
    page.wait_for_function("() => window.chronique.map.getZoom() >= 7")
    center = page.evaluate("() => window.chronique.map.getCenter()")
    assert abs(center["lat"] - 33.53) < 0.2 and abs(center["lng"] - 36.33) < 0.2
    page.fill("#f-place", "")
    page.fill("#f-since", "2016-12-01")
    page.fill("#f-until", "2016-12-31")
    page.click("#filters button[type='submit']")
    page.wait_for_selector("#list-count[data-count='2']")
    inside = page.evaluate("""() => {
        const b = window.chronique.map.getBounds();
        return [[36.20, 37.16], [34.56, 38.27]].every(p => b.contains(p)) && !b.contains([20, 0]);
    }""")
    assert inside
    shot(page, "map-fits-filter")


def test_one_evidence_card_per_sentence_with_the_fields_it_supports(
        page: Any, served: Server) -> None:
    open_page(page, served)
    page.click("#list li[data-id='ev-geneve']")
    row = page.locator("#detail tr[data-field='date']")
    row.locator(".ev").first.wait_for()
    assert row.locator(".ev").count() == 1  # date, date_precision, date_prec: one sentence
    card = row.locator(".ev").first
    assert card.locator("mark.evidence").count() == 1
    assert card.locator("mark.evidence").text_content() == "22 mars 2017"
    assert card.locator(".fields").text_content() == "appuie : Date, Modalité"
    assert page.locator("#detail tr[data-field='modality'] .ev").count() == 1
    expect(page.locator("#detail tr[data-field='place'] .value")).to_have_text("Suisse (pays)")
    shot(page, "evidence-cards")


def test_the_list_marks_a_future_event_and_filters_it(page: Any, served: Server) -> None:
    open_page(page, served)
    row = page.locator("#list li[data-id='ev-geneve']")
    assert row.locator(".badge.mark").text_content() == "à venir"
    assert row.locator(".place").text_content() == "Suisse (pays)"
    assert row.locator(".actors").text_content() == "Régime syrien — Opposition syrienne"
    assert row.locator(".type").text_content() == "négociations"  # ACLED's "Other": the kind
    alep = page.locator("#list li[data-id='ev-alep']")
    assert alep.locator(".place").text_content() == "Alep, Aleppo"
    assert alep.locator(".deaths").text_content() == "82"
    assert page.locator("#list li[data-id='ev-palmyre'] .badge.mark").text_content() == "allégué"
    shot(page, "list-marks")
    page.select_option("#f-nature", "occurred")
    page.wait_for_selector("#list-count[data-count='5']")
    assert page.locator("#list li[data-id='ev-geneve']").count() == 0
    page.select_option("#f-nature", "future")
    page.wait_for_selector("#list-count[data-count='1']")
    assert page.eval_on_selector_all("#list li", "els => els.map(e => e.dataset.id)") == [
        "ev-geneve"]


def test_event_types_in_the_pages_language(page: Any, served: Server) -> None:
    open_page(page, served)
    djobar = page.locator("#list li[data-id='ev-djobar'] .type")
    assert djobar.text_content() == "Affrontements"
    alep = page.locator("#list li[data-id='ev-alep'] .type")
    assert alep.text_content() == "Explosions / violence à distance"
    page.click("#list li[data-id='ev-alep']")
    value = page.locator("#detail tr[data-field='event_type'] .value")
    expect(value).to_have_text("Explosions / violence à distance")
    expect(page.locator("#detail tr[data-field='kind'] .value")).to_have_text("frappe aérienne")
    page.click("button[data-lang='en']")
    expect(djobar).to_have_text("Battles")
    expect(page.locator("#list li[data-id='ev-geneve'] .badge.mark")).to_have_text("planned")


def test_an_outlier_date_does_not_stretch_the_timeline(page: Any, served: Server) -> None:
    open_page(page, served)
    svg = page.locator("#timeline")
    assert svg.get_attribute("data-before") == "1"  # the year 1500
    note = page.locator("#timeline text.outliers.before")
    assert note.text_content().startswith("← 1 plus tôt")
    assert "1500-03-19" in note.locator("title").text_content()
    ticks = page.eval_on_selector_all("#timeline text.axis", "els => els.map(e => e.textContent)")
    assert ticks[0].startswith("2016") and ticks[-1].startswith("2024")
    shot(page, "timeline-outlier")


def test_the_review_log_reads_as_rows(page: Any, served: Server) -> None:
    open_page(page, served)
    page.fill("#who", "ana")
    page.click("#list li[data-id='ev-palmyre']")
    correct_fatalities(page, "12")
    page.wait_for_selector(".log tr[data-review-id]")
    cells = page.eval_on_selector_all(".log tr[data-review-id] td",
                                      "els => els.map(e => e.textContent)")
    when, who, field, action, change = cells
    assert (who, field, action, change) == ("ana", "Morts", "corrigé", "50 → 12")
    assert "T" not in when and any(ch.isdigit() for ch in when)  # a date as people write it
    shot(page, "review-log")


# -- a tile layer of the user's own ------------------------------------------------------------

def _png(rgb: tuple[int, int, int]) -> bytes:
    """A 256×256 one-colour PNG."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))
    raw = b"".join(b"\0" + bytes(rgb) * 256 for _ in range(256))
    header = struct.pack(">IIBBBBB", 256, 256, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))


def _mbtiles(path: Path, max_zoom: int = 6) -> Path:
    """Every tile of zooms 0–``max_zoom`` over Syria (and the world at zooms 0–3)."""
    db = sqlite3.connect(path)
    db.executescript("CREATE TABLE metadata (name TEXT, value TEXT);"
                     "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, "
                     "tile_row INTEGER, tile_data BLOB);")
    db.executemany("INSERT INTO metadata VALUES (?, ?)", [
        ("name", "test"), ("format", "png"), ("minzoom", "0"), ("maxzoom", str(max_zoom)),
        ("attribution", "tuiles de test")])
    tile = _png((170, 210, 170))
    for z in range(max_zoom + 1):
        n = 1 << z
        for x in range(n):
            for y in range(n):
                db.execute("INSERT INTO tiles VALUES (?, ?, ?, ?)", (z, x, n - 1 - y, tile))
    db.commit()
    db.close()
    return path


def test_a_local_mbtiles_layer_is_served_by_the_server(browser: Any, seed: Seed,
                                                       tmp_path: Path) -> None:
    tiles = open_tiles(str(_mbtiles(tmp_path / "syria.mbtiles", max_zoom=3)))
    server, url, thread = start_server(seed, tiles=tiles)
    context = browser.new_context(viewport={"width": 1200, "height": 800}, locale="fr-FR")
    requests: list[str] = []

    def route(item: Any) -> None:
        requests.append(item.request.url)
        (item.continue_ if item.request.url.startswith(url + "/") else item.abort)()

    context.route("**/*", route)
    try:
        page = context.new_page()
        page.goto(url + "/")
        page.wait_for_selector("body[data-ready='1']")
        page.locator("img.leaflet-tile-loaded").first.wait_for(timeout=10000)
        assert page.get_attribute("#map", "data-tiles") == "/tiles/{z}/{x}/{y}"
        assert any(u.startswith(url + "/tiles/") for u in requests)
        assert [u for u in requests if not u.startswith(url + "/")] == []
        shot(page, "user-tiles")
    finally:
        context.close()
        server.should_exit = True
        thread.join(timeout=10)


def test_pmtiles_and_url_templates(seed: Seed, tmp_path: Path) -> None:
    from fastapi.testclient import TestClient
    from pmtiles.convert import mbtiles_to_pmtiles

    source = _mbtiles(tmp_path / "t.mbtiles", max_zoom=2)
    mbtiles_to_pmtiles(str(source), str(tmp_path / "t.pmtiles"), maxzoom=2)
    with TestClient(create_app(seed.url, tiles=open_tiles(str(tmp_path / "t.pmtiles")))) as client:
        assert client.get("/api/basemap").json()["tiles"]["url"] == "/tiles/{z}/{x}/{y}"
        tile = client.get("/tiles/2/2/1")
        assert tile.status_code == 200 and tile.content.startswith(b"\x89PNG")
        assert tile.headers["content-type"] == "image/png"
        assert client.get("/tiles/9/0/0").status_code == 404
    template = "https://{s}.tiles.example.org/{z}/{x}/{y}.png"
    with TestClient(create_app(seed.url, tiles=open_tiles(template, "© test"))) as client:
        layer = client.get("/api/basemap").json()["tiles"]
        assert (layer["url"], layer["attribution"]) == (template, "© test")
        csp = client.get("/").headers["content-security-policy"]
        assert "img-src 'self' data: https://*.tiles.example.org;" in csp
        assert "connect-src 'self';" in csp  # images only, nothing else
    with TestClient(create_app(seed.url)) as client:
        assert client.get("/api/basemap").json() == {"tiles": None}
        assert client.get("/tiles/0/0/0").status_code == 404


def test_labels_thin_out_as_the_map_zooms_out(seed: Seed) -> None:
    from fastapi.testclient import TestClient

    box = "west=35.5&south=32.3&east=42.4&north=37.4"
    with TestClient(create_app(seed.url)) as client:
        far = {item["name"] for item in client.get(f"/api/labels?{box}&zoom=5").json()["labels"]}
        near = client.get(f"/api/labels?{box}&zoom=9").json()["labels"]
    assert {"Aleppo", "Damascus", "Homs"} <= far and "Saraqib" not in far
    assert "Saraqib" in {item["name"] for item in near} and len(near) > len(far)
