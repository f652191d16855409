"""A distributed runner on Dask: the same pipeline, fanned out over a Dask cluster.

``runner = "dask"`` with ``workers = N`` starts a local cluster of N single-threaded worker
processes; ``CHRONIQUE_DASK_SCHEDULER=tcp://host:8786`` (or the runner option ``address``)
joins an existing cluster instead. Each worker builds the pipeline once per pipeline version
(models load lazily, once per worker process); tasks carry only articles and the small,
picklable pipeline description, never a model. Results come back in input order.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from typing import Any

from .. import registry
from ..errors import MissingDependency
from ..pipeline import Pipeline
from ..types import Article

log = logging.getLogger(__name__)

_built: dict[str, Pipeline] = {}


def apply_on_worker(pipeline: Pipeline, articles: list[Article]) -> list[Article]:
    """Run ``pipeline`` on a batch inside a worker, reusing the worker's built pipeline."""
    cached = _built.setdefault(pipeline.version, pipeline)
    return cached.apply_batch(articles)


class DaskRunner:
    """Runs batches of articles on a Dask cluster (local or remote)."""

    def __init__(self, *, workers: int = 2, address: str | None = None, batch: int = 4) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as error:
            raise MissingDependency("distributed", "dask") from error
        address = address or os.environ.get("CHRONIQUE_DASK_SCHEDULER")
        self.batch = batch
        self._cluster: Any = None
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
        log.info("dask runner on %s", self.client.scheduler.address)

    def map(self, pipeline: Pipeline, articles: Iterable[Article]) -> Iterator[Article]:
        items = list(articles)
        batches = [items[i : i + self.batch] for i in range(0, len(items), self.batch)]
        if not batches:
            return iter(())
        [remote] = self.client.scatter([pipeline], broadcast=True)
        futures = self.client.map(apply_on_worker, [remote] * len(batches), batches, pure=False)
        return (article for batch in self.client.gather(futures) for article in batch)

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()


registry.runners.register("dask", DaskRunner)
