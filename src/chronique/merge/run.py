"""The merge as a keyed reduce over the store: blocks of mentions → events, then episodes.

:func:`merge_block` is pure (a block key and its mention records in, events out), so a
distributed runner can fan the blocks out. :func:`merge_store` does it locally and
incrementally: it keeps each block's fingerprint (a hash of what the merge reads of its mentions)
in the ``merge_blocks`` table and recomputes only the blocks whose fingerprint changed — those a
new or re-analyzed article touched. Event ids derive from each cluster's earliest mention, so
unchanged events keep their ids; writes are upserts that skip identical rows, so running the
merge twice changes nothing.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field

from .. import registry
from ..serde import from_dict
from ..store.base import BlockState, Store
from ..types import Event
from .cluster import cluster_block
from .episodes import group_episodes, save_episodes
from .mentions import MentionRecord, blocks_of, fingerprint, iter_records
from .reconcile import event_of
from .store import event_json, save_event_rows

log = logging.getLogger(__name__)

#: bump when the clustering or reconciliation rules change: every block is then recomputed
MERGE_VERSION = "2"


@dataclass(slots=True)
class MergeStats:
    """What one run of the merge did."""

    mentions: int = 0
    blocks: int = 0
    blocks_recomputed: list[str] = field(default_factory=list)
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    events: int = 0
    episodes: int = 0
    episodes_changed: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.removed or self.episodes_changed)


def merge_block(key: str, mentions: list[MentionRecord]) -> list[Event]:
    """The events of one block (pure: same input, same events, ids included)."""
    events = [event_of(cluster) for cluster in cluster_block(mentions)]
    for event in events:
        event.block = key
    return sorted(events, key=lambda event: (event.date or "", event.id))


def merge_store(store: Store, *, only_blocks: Iterable[str] | None = None) -> MergeStats:
    """Merge the store's event mentions into its events table, recomputing only changed blocks.

    ``only_blocks`` restricts the run to those block keys (a runner that fanned some blocks out
    elsewhere, or a user redoing one block); by default every block whose mentions changed.
    """
    blocks = blocks_of(iter_records(store))
    state = store.merge_blocks()
    stats = MergeStats(mentions=sum(map(len, blocks.values())), blocks=len(blocks))
    prints = {key: f"{MERGE_VERSION}:{fingerprint(records)}" for key, records in blocks.items()}
    targets = {key for key in blocks
               if key not in state or state[key].fingerprint != prints[key]}
    targets |= set(state) - set(blocks)
    if only_blocks is not None:
        targets &= set(only_blocks)
    current = _stored_events(store)
    by_block: dict[str | None, set[str]] = {}
    for event in current.values():
        by_block.setdefault(event.block, set()).add(event.id)
    states, gone = [], []
    for key in sorted(targets):
        old_ids = by_block.get(key, set())
        if key in state and state[key].events:
            old_ids = old_ids | set(json.loads(state[key].events or "[]"))
        new_ids = _redo_block(store, key, blocks.get(key, []), old_ids, current, stats)
        if key in blocks:
            states.append(BlockState(key, prints[key], json.dumps(sorted(new_ids))))
        else:
            gone.append(key)
    store.delete_merge_blocks(gone)
    _write(store, current, stats)
    store.put_merge_blocks(states)
    return stats


def _redo_block(store: Store, key: str, records: list[MentionRecord], old_ids: set[str],
                current: dict[str, Event], stats: MergeStats) -> set[str]:
    stats.blocks_recomputed.append(key)
    new_events = merge_block(key, records) if records else []
    new_ids = {event.id for event in new_events}
    removed = [event_id for event_id in sorted(old_ids - new_ids)
               if current.pop(event_id, None) is not None]
    store.delete_events(removed)
    stats.removed.extend(removed)
    for event in new_events:
        current[event.id] = event
    return new_ids


def _write(store: Store, current: dict[str, Event], stats: MergeStats) -> None:
    """Group episodes over all events, then upsert the events whose record changed."""
    events = list(current.values())
    episodes = group_episodes(events)
    stored = {row.id: row.data for row in store.iter_events()}
    changed = []
    for event in events:
        data = event_json(event)
        if event.id not in stored:
            stats.created.append(event.id)
            changed.append((event, data))
        elif stored[event.id] != data:
            stats.updated.append(event.id)
            changed.append((event, data))
    save_event_rows(store, changed)
    stats.unchanged = len(events) - len(changed)
    stats.events = len(events)
    stats.episodes = len(episodes)
    stats.episodes_changed = save_episodes(store, episodes)
    log.info("merge: %d events (%d new, %d updated, %d removed), %d episodes", len(events),
             len(stats.created), len(stats.updated), len(stats.removed), len(episodes))


def _stored_events(store: Store) -> dict[str, Event]:
    """The events as the merge wrote them (no read-time overlays)."""
    events = [from_dict(Event, json.loads(row.data)) for row in store.iter_events()]
    return {event.id: event for event in events}


def merge_pass(store: Store) -> dict[str, int]:
    """The merge as a pass after the analysis of a run (``pipeline.after``)."""
    stats = merge_store(store)
    return {"events": stats.events, "new": len(stats.created), "updated": len(stats.updated),
            "removed": len(stats.removed), "episodes": stats.episodes}


registry.corpus_passes.register("merge", merge_pass)
