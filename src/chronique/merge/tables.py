"""Export tables of the merge: ``merged_events``, ``episodes`` and ``timeline``.

``chronique export --table merged_events --format csv`` gives one row per merged event (occurred
events only: hypothetical, negated… events stay in the store but out of the export), with every
source's claim in ``claims``; ``episodes`` one row per episode; ``timeline`` one row per entry.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .. import registry
from ..store.base import Store
from ..types import ActorMention, Event
from .episodes import load_episodes
from .store import load_events
from .timeline import OCCURRED, _claim_text, build_timeline


def merged_event_rows(store: Store, **filters: Any) -> Iterator[dict[str, Any]]:
    for event in load_events(store, **filters):
        if event.modality in OCCURRED:
            yield event_row(event)


def event_row(event: Event) -> dict[str, Any]:
    place = event.place
    return {
        "event_id": event.id, "date": event.date, "date_end": event.date_end,
        "date_precision": event.date_precision, "kind": event.kind,
        "event_type": event.event_type, "sub_event_type": event.sub_event_type,
        "plover": event.plover, "actor1": _names(event.actor1), "actor2": _names(event.actor2),
        "assoc_actor_1": _names(event.assoc1), "assoc_actor_2": _names(event.assoc2),
        "location": (place.name or place.text) if place else None,
        "admin1": place.admin1 if place else None, "country": place.country if place else None,
        "latitude": place.lat if place else None, "longitude": place.lon if place else None,
        "fatalities_low": event.fatalities_low, "fatalities_best": event.fatalities_best,
        "fatalities_high": event.fatalities_high,
        "claims": "; ".join(_claim_text(claim) for claim in event.claims),
        "sources": "; ".join(event.sources), "independent_sources": event.independent_sources,
        "mentions": "; ".join(event.mentions), "certainty": event.certainty,
        "episode_id": event.episode_id, "summary": event.summary,
    }


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


def _names(actors: list[ActorMention]) -> str:
    return "; ".join(actor.canonical or actor.text for actor in actors)


registry.tables.register("merged_events", merged_event_rows)
registry.tables.register("episodes", episode_rows)
registry.tables.register("timeline", timeline_rows)
