"""Floors for the timeline layer on the dev topics, fed only the explicit full dates of the text.

The full pipeline's figures come from ``chronique eval timeline``; this gate measures the part
built here (reference counting, stamp filtering, ranking, sentence choice) on inputs it can make
itself, with bench/tls_explicit_dates.py. Lowering a floor is a visible change.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

FLOORS = {  # topic: (Date-F1, align+ m:1 ROUGE-1 F), measured 0.220/0.074 and 0.238/0.060
    "egypt": (0.21, 0.07),
    "libya": (0.23, 0.055),
}


def bench_module(repo_root: Path):
    spec = importlib.util.spec_from_file_location(
        "tls_explicit_dates", repo_root / "bench" / "tls_explicit_dates.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.parametrize("topic", sorted(FLOORS))
def test_timeline_floor_on_explicit_dates(topic: str, repo_root: Path, shared_data: Path) -> None:
    module = bench_module(repo_root)
    module.SHARED = shared_data
    result = module.run_topic(topic)
    print(result)
    date_floor, ar1_floor = FLOORS[topic]
    assert result["date_f1"] >= date_floor
    assert result["ar1_f"] >= ar1_floor
