"""Two analysts reviewing the same event at once through the API: every review is kept in the
log, the later one is shown, no request fails. On SQLite and on PostgreSQL."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from .conftest import start_server
from .seed import Seed, build_seed

ROUNDS = 8
EVENT = "ev-alep"


@pytest.fixture(params=["sqlite", "postgresql"])
def served_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    url = None if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    seed: Seed = build_seed(tmp_path / "seed.db", url)
    server, address, thread = start_server(seed)
    yield address
    server.should_exit = True
    thread.join(timeout=10)


def test_two_analysts_review_the_same_event_at_once(served_url: str) -> None:
    barrier = threading.Barrier(2)
    answers: dict[str, list[httpx.Response]] = {"ana": [], "bob": []}

    def analyst(name: str, base: int) -> None:
        with httpx.Client(base_url=served_url, timeout=30,
                          headers={"x-chronique-user": name}) as client:
            for round_ in range(ROUNDS):
                barrier.wait(timeout=30)
                answers[name].append(client.post(
                    f"/api/events/{EVENT}/review",
                    json={"action": "edit", "field": "fatalities_best",
                          "value": base + round_}))

    threads = [threading.Thread(target=analyst, args=("ana", 100)),
               threading.Thread(target=analyst, args=("bob", 200))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    failed = [(r.status_code, r.text) for rs in answers.values() for r in rs
              if r.status_code != 200]
    assert failed == []
    written = sorted((row.json() for rs in answers.values() for row in rs),
                     key=lambda row: row["id"])
    assert len({row["id"] for row in written}) == 2 * ROUNDS
    log = httpx.get(f"{served_url}/api/reviews", params={"event_id": EVENT, "limit": 1000}).json()
    assert [row["id"] for row in log["items"]] == [row["id"] for row in written]
    assert {row["who"] for row in log["items"]} == {"ana", "bob"}
    last = written[-1]
    shown = httpx.get(f"{served_url}/api/events/{EVENT}").json()
    assert shown["fatalities_best"] == last["after"]
    assert shown["review"]["fatalities_best"]["by"] == last["who"]
