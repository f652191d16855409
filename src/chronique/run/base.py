"""The runner protocol."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

from ..pipeline import Pipeline
from ..types import Article


class Runner(Protocol):
    """Applies a pipeline to articles; may reorder nothing: results come back in input order."""

    def map(self, pipeline: Pipeline, articles: Iterable[Article]) -> Iterator[Article]: ...

    def close(self) -> None: ...
