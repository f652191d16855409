"""Load on loopback: N concurrent clients against ``chronique serve`` for a bounded time.

Builds a synthetic store (articles and merged events in Syria), starts the server in a
subprocess on 127.0.0.1 (a free port), runs N client threads (httpx) over a mix of read
endpoints for DURATION seconds, and prints requests/s, latency percentiles and the error count.
Exits 1 when any request failed. Traffic goes to 127.0.0.1 only.

    PYTHONPATH=src python bench/bench_api.py --clients 8 --duration 10 --events 500
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

from chronique.merge.store import save_events
from chronique.store import open_store
from chronique.types import ActorMention, Article, Event, Evidence, Place

PLACES = [("Alep", 36.20, 37.16), ("Idlib", 35.93, 36.63), ("Palmyre", 34.56, 38.27),
          ("Djobar", 33.53, 36.33), ("Homs", 34.73, 36.71), ("Deir ez-Zor", 35.33, 40.14)]


def build_store(path: Path, *, events: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    store = open_store(str(path))
    articles, made = [], []
    for index in range(events):
        name, lat, lon = rng.choice(PLACES)
        text = (f"Le {index % 28 + 1} mars, des combats ont eu lieu à {name}. "
                f"Au moins {index % 40} personnes ont été tuées, selon l'OSDH.")
        article = Article(id=f"a{index:05d}", text=text, title=f"Combats à {name}",
                          source="Agence", lang="fr")
        start = text.index("Au moins")
        articles.append(article)
        made.append(Event(
            id=f"e{index:05d}", kind="armed_clash", event_type="Battles",
            date=f"{2016 + index % 9}-{index % 12 + 1:02d}-{index % 28 + 1:02d}",
            place=Place(start=0, end=0, stage="places", name=name,
                        lat=round(lat + rng.uniform(-0.2, 0.2), 4),
                        lon=round(lon + rng.uniform(-0.2, 0.2), 4), country="SY"),
            actor1=[ActorMention(start=-1, end=-1, stage="actors", canonical="Rebelles")],
            fatalities_best=index % 40, mentions=[f"{article.id}#0"], sources=["Agence"],
            evidence=[Evidence(field="fatalities_best", article_id=article.id, start=start,
                               end=start + 30, stage="events")]))
    store.put(articles)
    save_events(store, made)
    store.close()
    return [event.id for event in made]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    process = subprocess.Popen(
        [sys.executable, "-m", "chronique", "serve", "--db", str(db), "--host", "127.0.0.1",
         "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/meta", timeout=1).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("the server did not start")


def client(base: str, ids: list[str], stop: float, latencies: list[float], errors: list[str],
           seed: int) -> None:
    rng = random.Random(seed)
    paths = ["/api/events?limit=50", "/api/events?since=2020&place=alep", "/api/timeline",
             "/api/places", "/api/actors", "/api/articles?q=Palmyre&limit=20", "/api/meta"]
    with httpx.Client(base_url=base, timeout=30) as http:
        while time.monotonic() < stop:
            path = (f"/api/events/{rng.choice(ids)}" if rng.random() < 0.3
                    else rng.choice(paths))
            began = time.perf_counter()
            try:
                response = http.get(path)
                if response.status_code != 200:
                    errors.append(f"{path}: {response.status_code}")
            except httpx.HTTPError as error:
                errors.append(f"{path}: {error!r}")
            latencies.append(time.perf_counter() - began)


def run(*, clients: int, duration: float, events: int) -> dict[str, object]:
    """Serve a synthetic store and load it; the figures (requests, rps, p50/p95, errors)."""
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        ids = build_store(db, events=events)
        port = free_port()
        server = start_server(db, port)
        latencies: list[float] = []
        errors: list[str] = []
        stop = time.monotonic() + duration
        threads = [threading.Thread(target=client, args=(f"http://127.0.0.1:{port}", ids, stop,
                                                         latencies, errors, n))
                   for n in range(clients)]
        began = time.monotonic()
        try:
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        finally:
            server.terminate()
            server.wait(timeout=10)
        elapsed = time.monotonic() - began
    latencies.sort()
    p95 = latencies[max(0, int(len(latencies) * 0.95) - 1)] if latencies else 0.0
    return {"clients": clients, "duration": elapsed, "events": events,
            "requests": len(latencies), "rps": len(latencies) / elapsed,
            "p50_ms": statistics.median(latencies) * 1000 if latencies else 0.0,
            "p95_ms": p95 * 1000, "errors": errors}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--duration", type=float, default=10.0)
    parser.add_argument("--events", type=int, default=500)
    args = parser.parse_args()
    result = run(clients=args.clients, duration=args.duration, events=args.events)
    errors = result["errors"]
    assert isinstance(errors, list)
    print(f"clients={result['clients']} duration={result['duration']:.1f}s "
          f"events={result['events']} requests={result['requests']} rps={result['rps']:.1f} "
          f"p50={result['p50_ms']:.0f}ms p95={result['p95_ms']:.0f}ms errors={len(errors)}")
    for line in errors[:10]:
        print(f"  {line}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
