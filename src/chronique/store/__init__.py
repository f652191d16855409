"""Stores: where articles, runs, events and reviews live. SQLite by default, PostgreSQL for a
team (``chronique[postgres]``).

Open one with :func:`open_store` (a path, ``sqlite:///path`` or ``postgresql://…``). Every store
implements :class:`Store`; nothing outside this package writes SQL (see ``docs/store.md``).
"""

from __future__ import annotations

from .base import (
    ArticleStatus,
    ArticleSummary,
    BlockState,
    EpisodeRecord,
    EventRecord,
    ReviewRecord,
    Store,
    open_store,
)

__all__ = ["ArticleStatus", "ArticleSummary", "BlockState", "EpisodeRecord", "EventRecord",
           "ReviewRecord", "Store", "open_store"]
