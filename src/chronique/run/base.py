"""The runner protocol."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

from ..pipeline import Pipeline
from ..types import Article


class Runner(Protocol):
    """Applies a pipeline to articles: every article comes back exactly once. The local runner
    keeps the input order; a streaming runner (one with ``stream(pipeline, articles)`` giving
    batches as they complete, like :class:`~chronique.run.dask.DaskRunner`) need not."""

    def map(self, pipeline: Pipeline, articles: Iterable[Article]) -> Iterator[Article]: ...

    def close(self) -> None: ...
