"""Episodes: occurred events of one area chained in time ("offensive on Alep, 2016-11-15 → …").

Rule: occurred events with a day and a place are grouped by area (the place's admin1, else its
name, else its country) and by side of the conflict (violent families together: battles,
explosions/remote violence, violence against civilians; each other family on its own). Within a
group, events are chained while the gap between one and the next is at most :data:`GAP_DAYS`; a
chain of :data:`MIN_EVENTS` or more events is an episode. Its id derives from its first event's
id, so an episode keeps its id while it grows. Totals: events, independent sources, and the sum
of the events' best fatalities (each event's own reconciled toll; cumulative claims are never in
it).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..serde import from_dict, to_dict
from ..store.base import EpisodeRecord, Store
from ..types import Event
from ..validate import iso_day
from .mentions import OCCURRED

GAP_DAYS = 7
MIN_EVENTS = 2
VIOLENT = frozenset({"battles", "explosions/remote violence", "violence against civilians"})


@dataclass(slots=True)
class Episode:
    """Events of one area chained in time, with span and totals."""

    id: str
    title: str
    area: str
    start: str
    end: str
    events: list[str] = field(default_factory=list)
    fatalities_best: int = 0
    fatalities_low: int = 0
    sources: int = 0
    families: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class EpisodeView:
    """What the grouping reads of an event in an episode group (:func:`episode_view`): a few
    hundred bytes, so that a merge can group all the events of a corpus without holding them."""

    id: str
    date: str
    date_end: str | None
    group: tuple[str, str]
    label: str | None  # the sub-event type, else the event type, else the kind
    fatalities_best: int
    fatalities_low: int
    sources: tuple[str, ...]


def episode_view(event: Event) -> EpisodeView | None:
    """The event as the grouping reads it; None when it can be in no episode."""
    key = _group_key(event)
    if key is None or not event.date:
        return None
    return EpisodeView(
        id=event.id, date=event.date, date_end=event.date_end, group=key,
        label=event.sub_event_type or event.event_type or event.kind,
        fatalities_best=event.fatalities_best or 0, fatalities_low=event.fatalities_low or 0,
        sources=tuple(event.sources))


def group_episodes(events: list[Event]) -> list[Episode]:
    """Set each event's ``episode_id`` (None when in no episode) and return the episodes."""
    episodes, members = chain_episodes(
        view for view in map(episode_view, events) if view is not None)
    for event in events:
        event.episode_id = members.get(event.id)
    return episodes


def chain_episodes(views: Iterable[EpisodeView]) -> tuple[list[Episode], dict[str, str]]:
    """The episodes of the events seen through ``views``, and each member's episode id."""
    chains: dict[tuple[str, str], list[list[EpisodeView]]] = {}
    for view in sorted(views, key=lambda v: (v.date, v.id)):
        runs = chains.setdefault(view.group, [])
        if runs and _gap(runs[-1][-1], view) <= GAP_DAYS:
            runs[-1].append(view)
        else:
            runs.append([view])
    episodes, members = [], {}
    for (area, _), runs in sorted(chains.items()):
        for run in runs:
            if len(run) >= MIN_EVENTS:
                episode = _episode(area, run)
                episodes.append(episode)
                members.update(dict.fromkeys(episode.events, episode.id))
    return sorted(episodes, key=lambda episode: (episode.start, episode.id)), members


def save_episodes(store: Store, episodes: list[Episode]) -> int:
    """Replace the episodes table's rows by ``episodes``; the number of rows changed."""
    old = {row.id: row.data for row in store.iter_episodes()}
    new = {episode.id: json.dumps(to_dict(episode), ensure_ascii=False) for episode in episodes}
    store.delete_episodes(sorted(set(old) - set(new)))
    rows = [EpisodeRecord(id=episode.id, start=episode.start, end=episode.end, area=episode.area,
                          title=episode.title, data=new[episode.id])
            for episode in episodes if old.get(episode.id) != new[episode.id]]
    store.put_episodes(rows)
    return len(rows) + len(set(old) - set(new))


def load_episodes(store: Store) -> list[Episode]:
    return [from_dict(Episode, json.loads(row.data)) for row in store.iter_episodes()]


def _group_key(event: Event) -> tuple[str, str] | None:
    if event.modality not in OCCURRED or not event.date:
        return None
    if iso_day(event.date) is None or event.place is None:
        return None
    place = event.place
    area = place.admin1 or place.name or place.text or place.country
    if not area:
        return None
    fam = (event.event_type or event.kind or "").casefold()
    return area, "violent" if fam in VIOLENT else fam


def _gap(previous: EpisodeView, event: EpisodeView) -> int:
    start = iso_day(previous.date_end) or iso_day(previous.date)
    day = iso_day(event.date)
    return (day - start).days if day is not None and start is not None else 1 << 30


def _episode(area: str, run: list[EpisodeView]) -> Episode:
    episode_id = "ep-" + hashlib.sha1(run[0].id.encode()).hexdigest()[:16]
    families = Counter(view.label for view in run)
    label = families.most_common(1)[0][0] or "events"
    start = run[0].date
    end = max((view.date_end or view.date) for view in run)
    return Episode(
        id=episode_id, title=f"{label} — {area}, {start} → {end}", area=area, start=start,
        end=end, events=[view.id for view in run],
        fatalities_best=sum(view.fatalities_best for view in run),
        fatalities_low=sum(view.fatalities_low for view in run),
        sources=len({source for view in run for source in view.sources}),
        families=sorted(f for f in families if f),
    )
