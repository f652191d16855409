"""Limits of the API: bounded bodies and values (413/422 in the one error shape), control
characters and LIKE wildcards in parameters, pages searched and cut in the store, and the
event cache kept while a writer commits articles."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient

from chronique.api.app import MAX_BODY
from chronique.api.models import MAX_VALUE_CHARS
from chronique.store import open_store
from chronique.types import Article

from .seed import Seed


def _error_shape(response, status: int) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    return body["error"]


def test_a_review_value_over_the_limit_is_refused_and_not_logged(client: TestClient) -> None:
    big = {"action": "edit", "field": "fatalities_best", "value": "9" * (MAX_VALUE_CHARS + 1)}
    error = _error_shape(client.post("/api/events/ev-alep/review", json=big), 422)
    assert "value too large" in error["message"]
    huge = json.dumps({"action": "edit", "field": "notes", "value": "x" * (MAX_BODY + 1)})
    error = _error_shape(client.post("/api/events/ev-alep/review", content=huge,
                                     headers={"content-type": "application/json"}), 413)
    assert error["code"] == "too-large"
    many = {"ids": [f"ev-{n}" for n in range(101)]}
    _error_shape(client.post("/api/merge", json=many), 422)
    assert client.get("/api/reviews").json()["total"] == 0


def test_control_characters_and_wildcards_are_plain_input(client: TestClient,
                                                          seed: Seed) -> None:
    _error_shape(client.get("/api/articles", params={"q": "\x00"}), 422)
    assert client.get("/api/articles?q=%00").status_code == 422
    assert client.get("/api/articles", params={"q": '"*'}).status_code == 200
    some = next(iter(seed.articles))
    for wildcard in ("%%%%", "____", some[:2] + "%", "a-%"):
        _error_shape(client.get(f"/api/articles/{wildcard.replace('%', '%25')}"), 404)


def test_article_pages_are_searched_and_cut_in_the_store(client: TestClient,
                                                         seed: Seed) -> None:
    store = open_store(seed.url)
    store.put([Article(id=f"extra{n:04d}", text=f"Combats numéro {n} à Palmyre.", lang="fr",
                       title=f"Extra {n}") for n in range(250)])
    store.close()
    first = client.get("/api/articles", params={"q": "Palmyre", "limit": 100}).json()
    assert first["total"] >= 250 and len(first["items"]) == 100
    last = client.get("/api/articles", params={"q": "Palmyre", "limit": 100,
                                               "offset": first["total"] - 5}).json()
    assert len(last["items"]) == 5
    seen = {row["id"] for row in first["items"]} & {row["id"] for row in last["items"]}
    assert not seen
    whole = client.get(f"/api/articles/{first['items'][0]['id']}").json()
    listed = first["items"][0]
    assert listed["length"] == len(whole["text"]) and listed["n_events"] == whole["n_events"]
    assert client.get("/api/articles", params={"limit": MAX_PAGE_PLUS}).status_code == 422


MAX_PAGE_PLUS = 1001


def test_a_writer_committing_articles_keeps_the_event_cache(client: TestClient,
                                                           seed: Seed) -> None:
    from chronique.merge import store as merge_store

    calls = []
    real = merge_store.load_events

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    import chronique.api.app as app_module

    app_module.load_events = counting
    try:
        assert client.get("/api/events").status_code == 200
        loaded = len(calls)
        writer = open_store(seed.url)
        for n in range(5):
            writer.put([Article(id=f"w{n}", text=f"Texte {n}.", lang="fr")])
            assert client.get("/api/events").status_code == 200
        assert len(calls) == loaded, "committing articles reloaded the events"
        events = merge_store.load_events(writer)
        events[0].summary = "changed by a merge"
        merge_store.save_events(writer, events[:1])
        writer.close()
        rows = client.get("/api/events").json()["items"]
        assert any(row["summary"] == "changed by a merge" for row in rows)
    finally:
        app_module.load_events = real
