"""The store protocol and the rows it takes and gives. Ids are content hashes and every write
is an upsert.

The rest of chronique (runners, merge, exports, API, commands) talks to a store only through
:class:`Store`: no SQL leaves ``chronique.store``. Each backend (``sqlite``, ``postgresql``)
owns its schema, its migrations and its SQL dialect.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from .. import registry
from ..types import Article


@dataclass(frozen=True, slots=True)
class ArticleStatus:
    """What the summaries count of an article: rejection, duplicate, last analysis."""

    id: str
    rejected: str | None
    duplicate_of: str | None
    analyzed: str | None


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """One row of the article list, read without decoding the article."""

    id: str
    title: str | None
    url: str | None
    source: str | None
    published: str | None
    page_date: str | None
    lang: str | None
    rejected: str | None
    n_events: int
    length: int


@dataclass(frozen=True, slots=True)
class EventRecord:
    """A merged event as stored: the columns readers filter on and ``data``, the event's JSON
    (:func:`chronique.merge.store.event_json`). ``updated`` is set by the store."""

    id: str
    date: str | None
    kind: str | None
    event_type: str | None
    country: str | None
    episode_id: str | None
    data: str
    updated: str | None = None


@dataclass(frozen=True, slots=True)
class EpisodeRecord:
    """An episode as stored (``data``: its JSON)."""

    id: str
    start: str | None
    end: str | None
    area: str | None
    title: str | None
    data: str


@dataclass(frozen=True, slots=True)
class BlockState:
    """What the merge remembers of a block: its fingerprint and its events (a JSON list)."""

    block: str
    fingerprint: str
    events: str | None


@dataclass(frozen=True, slots=True)
class ReviewRecord:
    """One row of the append-only review log; ``before``/``after`` are JSON text. ``id`` is
    given by the store (increasing: a later review has a larger id)."""

    at: str
    who: str
    event_id: str
    field: str
    action: str
    before: str | None
    after: str | None
    note: str | None = None
    id: int | None = None


@runtime_checkable
class Store(Protocol):
    """What the pipeline, the exporters, the merge and the API need from a store."""

    url: str

    # -- articles -----------------------------------------------------------------------------
    def put(
        self, articles: Iterable[Article], *, version: str | None = None, phase: str = "analyzed"
    ) -> int:
        """Upsert articles in one transaction (``phase``: prepared | analyzed | text-changed |
        links, which status columns the write sets; ``version``: the pipeline version)."""
        ...

    def get(self, article_id: str) -> Article | None:
        """The article with this id or external id, else the one whose id starts with it."""
        ...

    def iter_articles(
        self,
        *,
        ids: Iterable[str] | None = None,
        include_rejected: bool = True,
        lang: str | None = None,
        search: str | None = None,
    ) -> Iterator[Article]:
        """Articles in insertion order, read in pages (``search``: full-text query over title
        and text, every word required)."""
        ...

    def ids(self) -> set[str]: ...

    def versions(self) -> dict[str, str | None]:
        """``article id -> pipeline version`` of its last analysis (None when only prepared)."""
        ...

    def prepared(self) -> dict[str, str | None]:
        """``article id -> prepare-phase version``."""
        ...

    def count(self) -> int: ...

    def pending(self, version: str) -> list[str]:
        """Ids of the articles not rejected whose analysis is not at ``version``, in insertion
        order."""
        ...

    def statuses(self, ids: Iterable[str] | None = None) -> Iterator[ArticleStatus]:
        """The status of the articles ``ids`` (default: every article)."""
        ...

    def names(self, ids: Iterable[str]) -> dict[str, list[str]]:
        """Each stored id's names: its origin first, then the others it was read under
        (``meta["also_from"]``)."""
        ...

    def article_page(
        self, *, search: str | None = None, include_rejected: bool = True, limit: int = 100,
        offset: int = 0,
    ) -> tuple[int, list[ArticleSummary]]:
        """How many articles match, and the summaries of one page of them."""
        ...

    # -- runs ---------------------------------------------------------------------------------
    def start_run(self, config: dict[str, Any], inputs: list[str]) -> str: ...

    def finish_run(self, run_id: str, stats: dict[str, Any]) -> None: ...

    def runs(self) -> list[dict[str, Any]]: ...

    # -- merged events ------------------------------------------------------------------------
    def iter_events(self) -> Iterator[EventRecord]:
        """The stored events by date (undated first), then id."""
        ...

    def count_events(self) -> int: ...

    def put_events(self, events: Iterable[EventRecord]) -> int:
        """Upsert events in one transaction; a row whose ``data`` did not change is left
        untouched (its ``updated`` too)."""
        ...

    def delete_events(self, ids: Iterable[str]) -> None: ...

    def iter_episodes(self) -> Iterator[EpisodeRecord]:
        """The stored episodes by start, then id."""
        ...

    def put_episodes(self, episodes: Iterable[EpisodeRecord]) -> None: ...

    def delete_episodes(self, ids: Iterable[str]) -> None: ...

    def merge_blocks(self) -> dict[str, BlockState]: ...

    def put_merge_blocks(self, blocks: Iterable[BlockState]) -> None: ...

    def delete_merge_blocks(self, keys: Iterable[str]) -> None: ...

    def clear_merge(self) -> None:
        """Drop what the merge wrote (events, episodes, block states); reviews are kept."""
        ...

    # -- reviews ------------------------------------------------------------------------------
    def add_review(self, review: ReviewRecord) -> ReviewRecord:
        """Append one review to the log (safe with concurrent reviewers); the row stored."""
        ...

    def reviews(self, *, event_id: str | None = None) -> list[ReviewRecord]:
        """The log, oldest first; of one event: its own rows and the merges and splits whose
        ``before`` or ``after`` names it."""
        ...

    # -- change detection ---------------------------------------------------------------------
    def data_version(self) -> int | None:
        """A number that changes when another connection commits (None: the backend cannot
        tell cheaply, ask :meth:`events_signature`)."""
        ...

    def events_signature(self) -> tuple[Any, ...]:
        """What the events readers see depend on: the events' count and last change, and the
        review log's count and last id."""
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
