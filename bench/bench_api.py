"""Load on loopback: N concurrent clients against ``chronique serve`` for a bounded time.

Builds a synthetic store (articles and merged events in Syria), starts the server in a
subprocess on 127.0.0.1 (a free port), runs N client threads (httpx) over a mix of read
endpoints (article search included) for DURATION seconds, then, with ``--writer``, DURATION
seconds more while a writer commits articles in batches as a run does (and rewrites a few
events as a merge does). Prints requests/s, latency percentiles per phase, the server's peak
resident memory and the error count. Exits 1 when any request failed. Traffic goes to
127.0.0.1 only; the server is stopped at the end.

    PYTHONPATH=src python bench/bench_api.py --clients 12 --duration 20 --events 1600 \
        --articles 1200 --writer
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


def build_store(path: Path, *, events: int, articles_count: int = 0,
                seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    store = open_store(str(path))
    articles, made = [], []
    for index in range(max(events, articles_count)):
        name, lat, lon = rng.choice(PLACES)
        text = (f"Le {index % 28 + 1} mars, des combats ont eu lieu à {name}. "
                f"Au moins {index % 40} personnes ont été tuées, selon l'OSDH.")
        article = Article(id=f"a{index:05d}", text=text, title=f"Combats à {name}",
                          source="Agence", lang="fr")
        start = text.index("Au moins")
        articles.append(article)
        if index >= events:
            continue
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
             "/api/places", "/api/actors", "/api/articles?q=Palmyre&limit=20", "/api/meta",
             "/api/articles?limit=100&offset=500", "/api/articles?q=combats%20OSDH&limit=50"]
    with httpx.Client(base_url=base, timeout=60) as http:
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


def writer(db: Path, ids: list[str], stop: float, counts: dict[str, int]) -> None:
    """Commit articles in batches of 16 as a run does; now and then rewrite events as a merge
    does."""
    from chronique.merge.store import load_events

    store = open_store(str(db))
    batch = 0
    try:
        while time.monotonic() < stop:
            store.put([Article(id=f"w{batch:05d}-{n:02d}", lang="fr", title="Pendant la charge",
                               text=f"Des combats ont eu lieu à Homs, lot {batch}, article {n}.")
                       for n in range(16)], phase="prepared", version="bench")
            counts["articles"] += 16
            batch += 1
            if batch % 20 == 0:  # a merge: a few events rewritten
                events = load_events(store)[:5]
                for event in events:
                    event.summary = f"révisé au lot {batch}"
                save_events(store, events)
                counts["event_writes"] += 1
            time.sleep(0.05)
    finally:
        store.close()


def _rss_mb(pid: int, field: str = "VmHWM") -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _phase(base: str, ids: list[str], clients: int, duration: float,
           errors: list[str]) -> dict[str, float]:
    latencies: list[float] = []
    stop = time.monotonic() + duration
    threads = [threading.Thread(target=client, args=(base, ids, stop, latencies, errors, n))
               for n in range(clients)]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - began
    latencies.sort()
    p95 = latencies[max(0, int(len(latencies) * 0.95) - 1)] if latencies else 0.0
    return {"requests": len(latencies), "rps": len(latencies) / elapsed, "duration": elapsed,
            "p50_ms": statistics.median(latencies) * 1000 if latencies else 0.0,
            "p95_ms": p95 * 1000, "max_ms": (latencies[-1] if latencies else 0.0) * 1000}


def run(*, clients: int, duration: float, events: int, articles: int = 0,
        with_writer: bool = False) -> dict[str, object]:
    """Serve a synthetic store and load it, idle then (``with_writer``) while a writer commits;
    the figures (requests, rps, p50/p95 per phase, server peak RSS, errors)."""
    errors: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        ids = build_store(db, events=events, articles_count=articles)
        port = free_port()
        server = start_server(db, port)
        base = f"http://127.0.0.1:{port}"
        counts = {"articles": 0, "event_writes": 0}
        try:
            idle = _phase(base, ids, clients, duration, errors)
            busy = None
            if with_writer:
                stop = time.monotonic() + duration
                thread = threading.Thread(target=writer, args=(db, ids, stop, counts))
                thread.start()
                busy = _phase(base, ids, clients, duration, errors)
                thread.join()
            rss = _rss_mb(server.pid)
        finally:
            server.terminate()
            server.wait(timeout=10)
    return {"clients": clients, "duration": idle["duration"], "events": events,
            "articles": max(events, articles), "requests": idle["requests"],
            "rps": idle["rps"], "p50_ms": idle["p50_ms"], "p95_ms": idle["p95_ms"],
            "idle": idle, "writing": busy, "written": counts, "server_rss_mb": rss,
            "errors": errors}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per phase")
    parser.add_argument("--events", type=int, default=500)
    parser.add_argument("--articles", type=int, default=0, help="articles (at least one per "
                        "event)")
    parser.add_argument("--writer", action="store_true",
                        help="a second phase with a concurrent writer")
    args = parser.parse_args()
    result = run(clients=args.clients, duration=args.duration, events=args.events,
                 articles=args.articles, with_writer=args.writer)
    errors = result["errors"]
    assert isinstance(errors, list)
    print(f"clients={result['clients']} events={result['events']} "
          f"articles={result['articles']} server_peak_rss={result['server_rss_mb']:.0f}MB "
          f"errors={len(errors)}")
    for name in ("idle", "writing"):
        phase = result[name]
        if isinstance(phase, dict):
            print(f"  {name:8} requests={phase['requests']} rps={phase['rps']:.1f} "
                  f"p50={phase['p50_ms']:.0f}ms p95={phase['p95_ms']:.0f}ms "
                  f"max={phase['max_ms']:.0f}ms")
    if result["writing"]:
        print(f"  written during the load: {result['written']}")
    for line in errors[:10]:
        print(f"  {line}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
