"""The local runner (serial or a process pool) and the job that runs a whole ingest.

:func:`run_paths` is the main job: read the inputs, prepare each new article (decode, clean,
language) and commit it in batches, run the corpus passes (site furniture, duplicates), analyze
every article whose analysis is missing or stale, then run the after-passes (merge). Every step
is idempotent: a rerun on the same input changes nothing, and a run killed at any point resumes
where its last commit left it.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from .. import registry
from ..pipeline import INITIAL_FIELDS, Pipeline, stage_spec
from ..sources import read_paths
from ..sources.dates import DatePolicy
from ..store import Store, open_store
from ..types import Article
from . import isolate, origins
from .passes import run_passes

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int | None], None]

_worker_pipeline: Pipeline | None = None


def _init_worker(pipeline: Pipeline) -> None:
    global _worker_pipeline
    _worker_pipeline = pipeline


def _work(articles: list[Article]) -> list[Article]:
    assert _worker_pipeline is not None
    return _worker_pipeline.apply_batch(articles)


class LocalRunner:
    """Runs the pipeline in this process, or in ``workers`` processes (each loads models once)."""

    def __init__(self, *, workers: int = 1, batch: int = 8) -> None:
        self.workers = workers
        self.batch = batch
        self._pool: ProcessPoolExecutor | None = None
        self._pipeline: Pipeline | None = None

    def map(self, pipeline: Pipeline, articles: Iterable[Article]) -> Iterator[Article]:
        """Results in input order; articles go in batches so that parses are batched too."""
        batches = _chunks(articles, self.batch)
        if self.workers <= 1:
            return (article for chunk in batches for article in pipeline.apply_batch(chunk))
        if self._pool is None or self._pipeline is not pipeline:
            self.close()
            self._pool = ProcessPoolExecutor(
                self.workers, initializer=_init_worker, initargs=(pipeline,)
            )
            self._pipeline = pipeline
        return (article for chunk in self._pool.map(_work, batches) for article in chunk)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None


registry.runners.register("local", LocalRunner)


@dataclass
class RunStats:
    """What a run did, for the summary and the ``runs`` table."""

    store: str = ""
    run_id: str = ""
    inputs: int = 0
    new: int = 0
    unchanged: int = 0
    cleaned: int = 0
    analyzed: int = 0
    duplicates: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    passes: dict[str, Any] = field(default_factory=dict)
    scope: str = "this run"  # every count is of this run's inputs; the store is `status`'s
    seen: set[str] = field(default_factory=set, repr=False)  # this run's article ids

    def as_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data.pop("seen")
        data["rejected"] = dict(self.rejected)
        return data


def build_pipelines(config: dict[str, Any]) -> tuple[Pipeline, Pipeline]:
    """The prepare and analyze pipelines described by a resolved configuration."""
    settings = config["pipeline"]
    options = config.get("stages", {})
    prepare = Pipeline(
        list(settings["prepare"]),
        {name: options[name] for name in settings["prepare"] if name in options},
        on_error=settings["on_error"],
    )
    after_prepare = set(INITIAL_FIELDS)
    for name in prepare.names:
        after_prepare.update(stage_spec(name).assigns)
    analyze = Pipeline(
        list(settings["analyze"]),
        {name: options[name] for name in settings["analyze"] if name in options},
        on_error=settings["on_error"],
        initial=tuple(sorted(after_prepare)),
        guard=(float(config["run"].get("article_seconds", 0)),
               float(config["run"].get("article_memory_mb", 0))),
    )
    return prepare, analyze


def run_paths(
    paths: Iterable[str | Path],
    *,
    config: dict[str, Any],
    store: Store | None = None,
    progress: Progress | None = None,
    fmt: str | None = None,
    dates: DatePolicy | None = None,
) -> RunStats:
    """Ingest ``paths`` into the store and process everything that is not done yet; ``dates``
    says where files' page dates come from (see :mod:`chronique.sources.dates`)."""
    store = store or open_store(config["store"]["url"])
    inputs = [str(path) for path in paths]
    prepare, analyze = build_pipelines(config)
    runner = registry.runners.get(config["run"]["runner"])(workers=config["run"]["workers"])
    stats = RunStats(store=store.url, run_id=store.start_run(config, inputs))
    batch = int(config["run"].get("batch", 16))
    try:
        max_bytes = config.get("stages", {}).get("decode", {}).get("max_bytes", 5_000_000)
        items = read_paths(inputs, fmt=fmt, dates=dates, max_bytes=max_bytes)
        _prepare_phase(items, prepare, store, stats, batch, progress)
        stats.passes = run_passes(store, config["pipeline"]["passes"], config.get("passes", {}))
        _analyze_phase(analyze, runner, store, stats, batch, progress)
        stats.passes.update(
            run_passes(store, config["pipeline"].get("after", []), config.get("passes", {}))
        )
    finally:
        runner.close()
    _count(store, stats)
    store.finish_run(stats.run_id, stats.as_dict())
    return stats


def _prepare_phase(
    items: Iterable[Any],
    prepare: Pipeline,
    store: Store,
    stats: RunStats,
    batch: int,
    progress: Progress | None,
) -> None:
    done = store.prepared()
    articles = (isolate.from_raw(item) for item in items)
    for chunk in _chunks(articles, batch):
        stats.inputs += len(chunk)
        stats.seen.update(article.id for article in chunk)
        unique = origins.one_per_content(store, chunk, done)  # one name whatever the order
        todo = [article for article in unique if done.get(article.id) != prepare.version]
        stats.unchanged += len(chunk) - len(todo)
        prepared = isolate.apply(
            lambda some: [prepare(a) if a.rejected is None else a for a in some], todo, "prepare")
        prepared = isolate.put(store, prepared, version=prepare.version, phase="prepared")
        for article in prepared:
            done[article.id] = prepare.version
        stats.new += len(prepared)
        if progress:
            progress("prepare", len(chunk), None)


def _analyze_phase(
    analyze: Pipeline,
    runner: Any,
    store: Store,
    stats: RunStats,
    batch: int,
    progress: Progress | None,
) -> None:
    pending = store.pending(analyze.version)
    articles = _load_pending(store, pending, analyze, batch)
    for results in _analyzed_batches(runner, analyze, articles, batch):
        # one store transaction per batch, as it arrives: a kill keeps what was stored
        results = isolate.put(store, results, version=analyze.version, phase="analyzed")
        stats.analyzed += len(results)
        if progress:
            progress("analyze", len(results), len(pending))


def _load_pending(store: Store, ids: list[str], analyze: Pipeline, batch: int
                  ) -> Iterator[Article]:
    """The articles of ``ids`` read from the store ``batch`` at a time, as they are asked for,
    with the analyze stages' marks cleared so that they run again."""
    for start in range(0, len(ids), batch):
        # each chunk read whole before the runner takes it: no read is open during a write
        for article in list(store.iter_articles(ids=ids[start : start + batch])):
            article.done = [name for name in article.done if name not in analyze.names]
            yield article


def _analyzed_batches(runner: Any, analyze: Pipeline, articles: Iterable[Article], batch: int
                      ) -> Iterator[list[Article]]:
    """Batches of analyzed articles: from a streaming runner (``runner.stream``, batches in
    the order they complete, a bounded number in flight) or ``batch`` at a time through
    ``runner.map``, each batch failing alone (:func:`isolate.apply`)."""
    stream = getattr(runner, "stream", None)
    if stream is not None:
        yield from stream(analyze, articles)
        return
    for chunk in _chunks(articles, batch):
        yield isolate.apply(lambda some: list(runner.map(analyze, some)), chunk, "analyze")


def rejection_reason(rejected: str) -> str:
    """The reason of a rejection as counted in summaries: its kind (``binary``, ``empty`` …),
    with the language for ``language:en``."""
    kind, _, rest = rejected.partition(":")
    return f"language:{rest.strip()}" if kind == "language" and rest.strip() else kind


def _count(store: Store, stats: RunStats) -> None:
    """Count this run's articles (new or already stored): cleaned, duplicates, rejected."""
    for row in store.statuses(sorted(stats.seen)):
        if row.rejected:
            stats.rejected[rejection_reason(row.rejected)] += 1
            continue
        stats.cleaned += 1
        if row.duplicate_of:
            stats.duplicates += 1


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk
