"""Merged events in the store: one table, upserts by stable id, read with the CLI's filters.

Whoever writes events (the merge) calls :func:`save_events`; whoever reads them (exports, the
timeline, the API) calls :func:`load_events`, which applies every registered overlay (for
instance analysts' reviews) so that readers see reviewed values without the merge knowing.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

from ..registry import Registry
from ..serde import from_dict, to_dict
from ..store.base import EventRecord, Store
from ..types import Article, Event

#: name -> fn(store, events) -> events, applied in name order by :func:`load_events`
overlays: Registry[Callable[[Store, list[Event]], list[Event]]] = Registry("event overlay")


def save_events(store: Store, events: Iterable[Event], *, replace: bool = False) -> int:
    """Upsert ``events``; with ``replace`` drop the events not in ``events`` first."""
    pairs = [(event, event_json(event)) for event in events]
    if replace:
        keep = {event.id for event, _ in pairs}
        store.delete_events([row.id for row in store.iter_events() if row.id not in keep])
    return save_event_rows(store, pairs)


def load_events(store: Store, **filters: Any) -> list[Event]:
    """Events matching the filters (since, until, place, type, actor), overlays applied."""
    events = [from_dict(Event, json.loads(row.data)) for row in store.iter_events()]
    for name in overlays.names():
        events = overlays.get(name)(store, events)
    return [event for event in events if matches(event, **filters)]


def matches(
    event: Event,
    *,
    since: str | None = None,
    until: str | None = None,
    place: str | None = None,
    type: str | None = None,  # noqa: A002 - the CLI's filter name
    actor: str | None = None,
    **_: Any,
) -> bool:
    """Whether ``event`` passes the CLI's filters (case-insensitive substring for text ones)."""
    if not in_range(event.date, since, until):
        return False
    if place and not _contains(place, _place_names(event)):
        return False
    if type and not _contains(
        type, [event.kind, event.event_type, event.sub_event_type, event.plover]
    ):
        return False
    if actor:
        mentions = event.actor1 + event.actor2 + event.assoc1 + event.assoc2
        names = (
            [m.actor_id for m in mentions]
            + [m.canonical for m in mentions]
            + [m.text for m in mentions]
        )
        if not _contains(actor, names):
            return False
    return True


def in_range(date: str | None, since: str | None, until: str | None) -> bool:
    """Whether ``date`` (ISO, possibly partial) is within ``since``/``until`` (partial too:
    ``--until 2016-12`` keeps every day of December 2016)."""
    if since and (date is None or date[: len(since)] < since):
        return False
    return not (until and (date is None or date[: len(until)] > until))


def published(article: Article) -> str | None:
    """The article's date for filtering: the date believed, else the page's claim."""
    claim = article.published
    return (claim.value or claim.page_date) if claim is not None else None


def _place_names(event: Event) -> list[str | None]:
    """Names the ``place`` filter reads: the place's levels, then its country's code and names
    (the event's own country when it has no place)."""
    place = event.place
    code = (place.country if place else None) or getattr(event, "country", None)
    names = [place.name, place.text, place.admin1, place.admin2] if place else []
    return names + _country_names(code)


@cache
def _country_names(code: str | None) -> list[str | None]:
    if not code:
        return []
    from babel import Locale

    from ..export.countries import country_info

    upper = code.upper()
    return [upper, country_info(upper)["country"], Locale("fr").territories.get(upper),
            Locale("en").territories.get(upper)]


def _contains(needle: str, haystack: Iterable[str | None]) -> bool:
    needle = needle.casefold()
    return any(needle in value.casefold() for value in haystack if value)


def event_json(event: Event) -> str:
    """The stored form of an event (what :func:`save_events` writes in ``data``)."""
    return json.dumps(to_dict(event), ensure_ascii=False)


def save_event_rows(store: Store, pairs: list[tuple[Event, str]]) -> int:
    """Upsert events already serialized with :func:`event_json` (no second serialization)."""
    return store.put_events(
        EventRecord(id=event.id, date=event.date, kind=event.kind, event_type=event.event_type,
                    country=event.country or (event.place.country if event.place else None),
                    episode_id=event.episode_id, data=data)
        for event, data in pairs)
