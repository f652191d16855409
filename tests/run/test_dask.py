"""The Dask runner on a real local cluster: the same record as the local runner, a bounded window
of batches in flight over a lazily read input, and a driver killed mid-run that resumes without
losing or repeating an article."""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

import pytest

from chronique.export import export
from chronique.run.local import run_paths
from chronique.store import open_store

from ..conftest import SAMPLES
from .test_run import config_for

pytest.importorskip("distributed")

TABLES = ("articles", "times", "places", "actors", "event_mentions", "events", "episodes")


def _analyses(db: Path) -> dict[str, object]:
    return {
        article.id: (article.text, article.sentences, article.rejected, article.duplicate_of)
        for article in open_store(str(db)).iter_articles()
    }


def exports(db: Path) -> dict[str, str]:
    """sha1 of each table's JSON Lines export, lines sorted (the order rows come in may vary)."""
    store = open_store(str(db))
    digests = {}
    for table in TABLES:
        out = io.BytesIO()
        export(store, table=table, fmt="jsonl", out=out)
        lines = sorted(out.getvalue().splitlines())
        digests[table] = hashlib.sha1(b"\n".join(lines)).hexdigest()
    store.close()
    return digests


def test_dask_runner_matches_local(tmp_path: Path) -> None:
    local = tmp_path / "local.db"
    run_paths([SAMPLES], config=config_for(local))
    distributed = tmp_path / "dask.db"
    stats = run_paths(
        [SAMPLES], config=config_for(distributed, run={"runner": "dask", "workers": 2})
    )
    assert stats.analyzed == 5
    assert _analyses(distributed) == _analyses(local)
    assert exports(distributed) == exports(local)


def _decode_articles(count: int | None, consumed: list[int]) -> Iterator:
    """Articles for the decode stage, ``count`` of them (None: without end), counting in
    ``consumed`` how many the runner has read."""
    from itertools import count as counter

    from chronique.types import Article

    for index in counter() if count is None else range(count):
        consumed[0] += 1
        yield Article(id=f"a{index}", raw=f"Des combats à Alep, jour {index}.".encode(),
                      fmt="text")


def test_dask_runner_keeps_a_bounded_window_over_a_lazy_input() -> None:
    from chronique.pipeline import Pipeline
    from chronique.run.dask import DaskRunner

    pipeline = Pipeline(["decode"], on_error="record")
    runner = DaskRunner(workers=2, batch=3, window=4)
    try:
        consumed = [0]
        handed, ahead = 0, []
        for done in runner.stream(pipeline, _decode_articles(60, consumed)):
            handed += len(done)
            ahead.append(consumed[0] - handed)  # read from the input, not handed back yet
        assert handed == 60
        assert max(ahead) <= 4 * 3, "more batches in flight than the window"
        assert max(ahead) >= 2 * 3, "the window was never used: nothing ran in parallel"

        consumed = [0]  # an input without end: the runner reads only what the window needs
        first = list(islice(runner.map(pipeline, _decode_articles(None, consumed)), 10))
        assert len({article.id for article in first}) == 10
        assert all(article.text for article in first)
        assert consumed[0] <= 10 + (4 + 1) * 3
    finally:
        runner.close()


def test_dask_runner_keeps_no_batch_in_dasks_logs() -> None:
    """The messages Dask logs on the driver (the client's stream, the local scheduler's
    streams) hold batches: the runner keeps those logs short, so the articles held in the
    driver stay bounded by the window however many batches have run, and Dask's own length
    comes back when the runner closes."""
    import gc

    import dask

    from chronique.pipeline import Pipeline
    from chronique.run.dask import LOW_LEVEL_LOG_LENGTH, DaskRunner
    from chronique.types import Article

    key = "distributed.admin.low-level-log-length"
    before = dask.config.get(key)
    runner = DaskRunner(workers=1, batch=1, window=2)
    try:
        assert dask.config.get(key) == LOW_LEVEL_LOG_LENGTH
        scheduler = runner._cluster.scheduler
        streams = [runner.client.scheduler_comm, *scheduler.stream_comms.values(),
                   *scheduler.client_comms.values()]
        assert all(stream.recent_message_log.maxlen == LOW_LEVEL_LOG_LENGTH
                   for stream in streams)
        articles = (Article(id=f"log{index}", raw=f"Jour {index} à Alep.".encode(), fmt="text")
                    for index in range(150))
        handed = sum(len(done) for done in runner.stream(Pipeline(["decode"]), articles))
        assert handed == 150
        gc.collect()
        held = sum(1 for thing in gc.get_objects()
                   if isinstance(thing, Article) and thing.id.startswith("log"))
        assert held <= 4 * LOW_LEVEL_LOG_LENGTH, f"{held} articles still held by the driver"
    finally:
        runner.close()
    assert dask.config.get(key) == before


def test_dask_runner_raises_a_stage_error_under_the_raise_policy() -> None:
    from chronique.errors import StageError
    from chronique.pipeline import Pipeline
    from chronique.run.dask import DaskRunner
    from chronique.types import Article

    runner = DaskRunner(workers=1, batch=2)
    try:
        bad = Article(id="bad", raw=object(), fmt="text")  # type: ignore[arg-type]
        with pytest.raises(StageError):
            list(runner.map(Pipeline(["decode"], on_error="raise"), [bad]))
    finally:
        runner.close()


def _corpus(folder: Path, copies: int) -> int:
    folder.mkdir()
    seeds = sorted(SAMPLES.glob("*.txt"))
    for copy in range(copies):  # distinct articles: each copy gets its own first line
        for seed in seeds:
            text = f"Dépêche numéro {copy} de {seed.name}.\n" + seed.read_text(encoding="utf-8")
            (folder / f"{copy:03d}_{seed.name}").write_text(text, encoding="utf-8")
    return copies * len(seeds)


def _analyzed(db: Path) -> int:
    if not db.exists():
        return 0
    store = open_store(str(db))
    try:
        return sum(1 for row in store.execute("SELECT analyzed FROM articles") if row["analyzed"])
    except Exception:  # noqa: BLE001 - the store is being created
        return 0
    finally:
        store.close()


def test_driver_killed_mid_run_on_dask_resumes_without_loss_or_duplicates(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "in"
    total = _corpus(folder, 12)
    db = tmp_path / "killed.db"
    command = [sys.executable, "-m", "chronique", "run", str(folder), "--db", str(db)]
    env = {**os.environ, "CHRONIQUE_RUNNER": "dask", "CHRONIQUE_WORKERS": "2"}
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.time() + 300
        while time.time() < deadline and process.poll() is None:
            if _analyzed(db) >= 8:
                break
            time.sleep(0.05)
        os.kill(process.pid, signal.SIGKILL)  # the driver only: its cluster is orphaned
        process.wait()
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)  # then the cluster's processes too
    partial = _analyzed(db)
    assert 0 < partial < total, "the kill must land mid-analysis for this test to mean anything"

    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    store = open_store(str(db))
    rows = store.execute("SELECT id, analyzed FROM articles")
    store.close()
    assert len(rows) == total and len({row["id"] for row in rows}) == total
    assert all(row["analyzed"] for row in rows)

    whole = tmp_path / "whole.db"
    run_paths([folder], config=config_for(whole, run={"runner": "dask", "workers": 2}))
    assert exports(db) == exports(whole)
