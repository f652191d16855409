"""A short load on loopback: concurrent clients against ``chronique serve``, no error allowed."""

from __future__ import annotations

import importlib.util
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "bench_api.py"


def test_concurrent_clients_get_no_error() -> None:
    spec = importlib.util.spec_from_file_location("bench_api", BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    result = bench.run(clients=4, duration=2.0, events=100)
    print(f"load: {result['requests']} requests, {result['rps']:.1f}/s, "
          f"p95 {result['p95_ms']:.0f} ms, {len(result['errors'])} errors")
    assert result["errors"] == []
    assert result["requests"] >= 20  # floor: the server answered steadily


def test_a_concurrent_writer_causes_no_error() -> None:
    spec = importlib.util.spec_from_file_location("bench_api", BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    result = bench.run(clients=4, duration=3.0, events=100, articles=200, with_writer=True)
    writing = result["writing"]
    print(f"load while writing: {writing['requests']} requests, p95 {writing['p95_ms']:.0f} ms, "
          f"{result['written']}, server peak RSS {result['server_rss_mb']:.0f} MB")
    assert result["errors"] == []
    assert result["written"]["articles"] >= 16 and writing["requests"] >= 10
    assert 0 < result["server_rss_mb"] < 1024
