"""bench/bench_scale.py on a tiny corpus: its made-up articles are distinct and fixed, and a run
of the whole job prints the figures and ratios."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from ..conftest import REPO

BENCH = REPO / "bench" / "bench_scale.py"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_scale", BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules["bench_scale"] = bench  # dataclasses look their module up
    spec.loader.exec_module(bench)
    return bench


def test_made_up_articles_are_fixed_and_no_duplicates(shared_data: Path, tmp_path: Path) -> None:
    from chronique.dedup import find_duplicates

    bench = _bench()
    source = shared_data / "cl-tls-fr" / "fr"
    words = bench.make_corpus(source, tmp_path / "a", 120)
    bench.make_corpus(source, tmp_path / "b", 120)
    files = sorted((tmp_path / "a").rglob("*.txt"))
    assert len(files) == 120 and words > 120 * 300
    again = {path.relative_to(tmp_path / "b"): path.read_text() for path in
             (tmp_path / "b").rglob("*.txt")}
    assert {path.relative_to(tmp_path / "a"): path.read_text() for path in files} == again
    assert find_duplicates([(str(path), path.read_text()) for path in files]) == []
    assert bench.first_of(tmp_path / "a", tmp_path / "first", 12) < words
    assert len(list((tmp_path / "first").rglob("*.txt"))) == 12


def test_a_tiny_run_prints_figures_and_ratios(shared_data: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    bench = _bench()
    bench.main(["--n", "1", "--configs", "local-1", "--backends", "sqlite",
                "--keep", str(tmp_path)])
    out = capsys.readouterr().out
    assert "sqlite     local-1          1" in out and "sqlite     local-1         10" in out
    assert "time 10·N / N = " in out and "driver peak RSS 10·N / N = " in out
