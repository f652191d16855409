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


def group_episodes(events: list[Event]) -> list[Episode]:
    """Set each event's ``episode_id`` (None when in no episode) and return the episodes."""
    chains: dict[tuple[str, str], list[list[Event]]] = {}
    for event in sorted(events, key=lambda e: (e.date or "", e.id)):
        event.episode_id = None
        key = _group_key(event)
        if key is None:
            continue
        runs = chains.setdefault(key, [])
        if runs and _gap(runs[-1][-1], event) <= GAP_DAYS:
            runs[-1].append(event)
        else:
            runs.append([event])
    episodes = []
    for (area, _), runs in sorted(chains.items()):
        for run in runs:
            if len(run) >= MIN_EVENTS:
                episodes.append(_episode(area, run))
    return sorted(episodes, key=lambda episode: (episode.start, episode.id))


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


def _gap(previous: Event, event: Event) -> int:
    start = iso_day(previous.date_end) or iso_day(previous.date)
    day = iso_day(event.date)
    return (day - start).days if day is not None and start is not None else 1 << 30


def _episode(area: str, run: list[Event]) -> Episode:
    episode_id = "ep-" + hashlib.sha1(run[0].id.encode()).hexdigest()[:16]
    families = Counter(event.sub_event_type or event.event_type or event.kind for event in run)
    label = families.most_common(1)[0][0] or "events"
    start = run[0].date or ""
    end = max((event.date_end or event.date or "") for event in run)
    for event in run:
        event.episode_id = episode_id
    return Episode(
        id=episode_id, title=f"{label} — {area}, {start} → {end}", area=area, start=start,
        end=end, events=[event.id for event in run],
        fatalities_best=sum(event.fatalities_best or 0 for event in run),
        fatalities_low=sum(event.fatalities_low or 0 for event in run),
        sources=len({source for event in run for source in event.sources}),
        families=sorted(f for f in families if f),
    )
