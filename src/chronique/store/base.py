"""The store protocol. Ids are content hashes and every write is an upsert."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Protocol, runtime_checkable

from .. import registry
from ..types import Article


@runtime_checkable
class Store(Protocol):
    """What the pipeline, the exporters, the merge and the API need from a store."""

    url: str

    def put(
        self, articles: Iterable[Article], *, version: str | None = None, phase: str = "analyzed"
    ) -> int:
        """Upsert articles in one transaction (``phase``: prepared | analyzed | text-changed |
        links, which status columns the write sets; ``version``: the pipeline version)."""
        ...

    def get(self, article_id: str) -> Article | None: ...

    def iter_articles(
        self,
        *,
        ids: Iterable[str] | None = None,
        include_rejected: bool = True,
        lang: str | None = None,
        search: str | None = None,
    ) -> Iterator[Article]:
        """Articles in insertion order (``search``: full-text query over title and text)."""
        ...

    def ids(self) -> set[str]: ...

    def versions(self) -> dict[str, str | None]:
        """``article id -> pipeline version`` of its last analysis (None when only prepared)."""
        ...

    def prepared(self) -> dict[str, str | None]:
        """``article id -> prepare-phase version``."""
        ...

    def count(self) -> int: ...

    def start_run(self, config: dict[str, Any], inputs: list[str]) -> str: ...

    def finish_run(self, run_id: str, stats: dict[str, Any]) -> None: ...

    def runs(self) -> list[dict[str, Any]]: ...

    def table_rows(self, name: str) -> Iterator[dict[str, Any]]:
        """Rows of an auxiliary table (events, reviews…) created by :meth:`ensure_table`."""
        ...

    def ensure_table(self, name: str, ddl: str) -> None: ...

    def execute(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]: ...

    def executemany(self, sql: str, rows: Iterable[Iterable[Any]]) -> None:
        """Run ``sql`` once per row in one transaction."""
        ...

    def close(self) -> None: ...


def open_store(url: str | None = None) -> Store:
    """Open the store at ``url`` (default ``chronique.db``) with the registered backend."""
    url = url or "chronique.db"
    scheme = url.split("://", 1)[0] if "://" in url else "sqlite"
    if scheme in ("postgres", "postgresql"):
        scheme = "postgresql"
    factory = registry.stores.get(scheme)
    store = factory(url)
    assert isinstance(store, Store)
    return store
