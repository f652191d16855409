"""A distributed runner on Dask: the same pipeline, fanned out over a Dask cluster.

``runner = "dask"`` with ``workers = N`` starts a local cluster of N single-threaded worker
processes; ``CHRONIQUE_DASK_SCHEDULER=tcp://host:8786`` (or the runner option ``address``)
joins an existing cluster instead. Each worker builds the pipeline once per pipeline version
(models load lazily, once per worker process); tasks carry only articles and the small,
picklable pipeline description (a few hundred bytes: stage names and options), never a model,
so a worker that joins mid-run needs nothing but the tasks.

The runner streams: it reads its input lazily, keeps at most ``window`` batches in flight
(by default three per worker thread), submits the next batch as one completes, and hands each
batch back as soon as it is done, in the order the batches complete rather than the input
order. :meth:`DaskRunner.stream` gives the completed batches (the run stores each in one
transaction, so a driver killed mid-run keeps every batch stored before the kill);
:meth:`DaskRunner.map` gives their articles one by one.

Dask keeps developer logs of fixed length (``distributed.admin.low-level-log-length``, 1000
by default): the scheduler's transitions and events and, for every batched stream, the last
messages sent. In a local cluster the scheduler lives in the driver, so the streams to the
workers and the client's stream to the scheduler would keep the last 1000 batches they sent,
articles included: the driver's memory would grow with the run up to some 1000 batches
instead of staying at the window (the scale benchmark's driver: 186 MiB at 500 articles,
302 MiB at 5000). The runner
therefore sets that length to :data:`LOW_LEVEL_LOG_LENGTH` while it lives (the client, the
in-process scheduler and the local workers take it when they start; a remote scheduler and
its workers keep their own settings), and puts the previous value back on :meth:`close`.

A batch that fails on a worker is retried one article at a time, and an article that still
fails alone comes back rejected with the error as its reason (as
:func:`chronique.run.isolate.apply` does for the local runner); a
:class:`~chronique.errors.StageError` (the error policy ``raise``) stops the run.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from .. import registry
from ..errors import MissingDependency, StageError
from ..pipeline import Pipeline
from ..types import Article
from . import isolate

log = logging.getLogger(__name__)

_built: dict[str, Pipeline] = {}

#: batches in flight per worker thread when no ``window`` is given
WINDOW_PER_THREAD = 3

#: entries kept by each of Dask's developer logs (transitions, events, recent messages of a
#: stream) while a runner lives, instead of Dask's 1000: a sent message holds its batch
LOW_LEVEL_LOG_LENGTH = 10


def apply_on_worker(pipeline: Pipeline, articles: list[Article]) -> list[Article]:
    """Run ``pipeline`` on a batch inside a worker, reusing the worker's built pipeline."""
    cached = _built.setdefault(pipeline.version, pipeline)
    return cached.apply_batch(articles)


class DaskRunner:
    """Runs batches of articles on a Dask cluster (local or remote), a bounded window at a time.

    ``batch`` articles go in one task; ``window`` bounds the tasks submitted and not yet handed
    back (default: :data:`WINDOW_PER_THREAD` per worker thread of the cluster, at least 2).
    """

    def __init__(self, *, workers: int = 2, address: str | None = None, batch: int = 4,
                 window: int | None = None) -> None:
        try:
            import dask
            from distributed import Client, LocalCluster
        except ImportError as error:
            raise MissingDependency("distributed", "dask") from error
        address = address or os.environ.get("CHRONIQUE_DASK_SCHEDULER")
        self.batch = max(1, batch)
        self.window = window
        self._cluster: Any = None
        # before the client and the cluster start: their logs take the length when made
        self._logs: Any = dask.config.set(
            {"distributed.admin.low-level-log-length": LOW_LEVEL_LOG_LENGTH})
        try:
            if address:
                self.client: Any = Client(address)
            else:
                self._cluster = LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    host="127.0.0.1",
                )
                self.client = Client(self._cluster)
        except BaseException:
            if self._cluster is not None:
                self._cluster.close()
            self._restore_logs()
            raise
        log.info("dask runner on %s", self.client.scheduler.address)

    def map(self, pipeline: Pipeline, articles: Iterable[Article]) -> Iterator[Article]:
        """Every article of ``articles`` through ``pipeline``, in the order batches complete."""
        for done in self.stream(pipeline, articles):
            yield from done

    def stream(self, pipeline: Pipeline, articles: Iterable[Article]) -> Iterator[list[Article]]:
        """The batches of ``articles`` through ``pipeline``, each as soon as it completes.

        Input is read only as far as the window needs: at most ``window`` batches are on the
        cluster or waiting to be handed back at any time (without a ``window``, three per
        worker thread of the cluster as it is when a batch completes)."""
        from distributed import as_completed

        batches = _chunks(articles, self.batch)
        window = self.window_size()
        pending: Any = as_completed()
        inputs: dict[str, list[Article]] = {}  # the batch of each future in flight, for retries

        def submit(chunk: list[Article]) -> None:
            future = self.client.submit(apply_on_worker, pipeline, chunk, pure=False)
            inputs[future.key] = chunk
            pending.add(future)

        for chunk in islice(batches, window):
            submit(chunk)
        for future in pending:
            chunk = inputs.pop(future.key)
            try:
                done: list[Article] = future.result()
            except StageError:
                raise
            except Exception as error:  # noqa: BLE001 - narrowed down one article at a time
                if len(chunk) > 1:
                    log.warning("a batch of %d failed on the cluster (%s); one by one",
                                len(chunk), error)
                    for article in chunk:
                        submit([article])
                    continue
                log.warning("article %s failed in analyze: %s", chunk[0].id, error)
                chunk[0].rejected = isolate.reason_of("analyze", error)
                done = chunk
            finally:
                future.release()
            if self.window is None:  # workers may have joined or left the cluster
                window = self.window_size()
            while pending.count() < window:  # keep the cluster busy while the batch is stored
                following = next(batches, None)
                if following is None:
                    break
                submit(following)
            yield done

    def window_size(self) -> int:
        """Batches kept in flight: ``window``, else three per worker thread (at least 2)."""
        if self.window:
            return max(1, self.window)
        if not self.client.nthreads():  # a cluster joined by address may have no worker yet
            log.info("waiting for a dask worker to join %s", self.client.scheduler.address)
            self.client.wait_for_workers(1)
        threads = sum(self.client.nthreads().values())
        return max(2, WINDOW_PER_THREAD * threads)

    def close(self) -> None:
        try:
            self.client.close()
            if self._cluster is not None:
                self._cluster.close()
        finally:
            self._restore_logs()

    def _restore_logs(self) -> None:
        """Dask's log length as it was before this runner (once, however often closed)."""
        if self._logs is not None:
            self._logs.__exit__(None, None, None)
            self._logs = None


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


registry.runners.register("dask", DaskRunner)
