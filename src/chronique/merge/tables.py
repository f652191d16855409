"""Export tables of the merge: ``episodes`` (one row per episode) and ``timeline`` (one row per
entry). Merged events themselves are the ``merged_events`` table of :mod:`chronique.export.rows`
(and ``events`` once the merge has run), written by the same ACLED, UCDP and GeoJSON writers.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .. import registry
from ..store.base import Store
from .episodes import load_episodes
from .timeline import build_timeline


def episode_rows(store: Store, **filters: Any) -> Iterator[dict[str, Any]]:
    since, until = filters.get("since"), filters.get("until")
    for episode in load_episodes(store):
        if since and episode.end[: len(since)] < since:
            continue
        if until and episode.start[: len(until)] > until:
            continue
        yield {"episode_id": episode.id, "title": episode.title, "area": episode.area,
               "start": episode.start, "end": episode.end, "events": len(episode.events),
               "fatalities_best": episode.fatalities_best,
               "fatalities_low": episode.fatalities_low, "sources": episode.sources}


def timeline_rows(store: Store, **filters: Any) -> Iterator[dict[str, Any]]:
    days = build_timeline(store, since=filters.get("since"), until=filters.get("until"),
                          place=filters.get("place"), actor=filters.get("actor"),
                          type=filters.get("type"))
    for day in days:
        for entry in day.entries:
            yield {"date": day.date, "score": day.score, "kind": entry.kind,
                   "summary": entry.summary, "event_id": entry.event_id,
                   "figures": "; ".join(entry.figures), "sources": "; ".join(entry.sources),
                   "article_id": entry.article_id}


registry.tables.register("episodes", episode_rows)
registry.tables.register("timeline", timeline_rows)
