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
from .episodes import EpisodeView, chain_episodes, episode_view, save_episodes
from .mentions import (
    MentionRecord,
    Placing,
    assign_blocks,
    fingerprint,
    iter_records,
    placing,
)
from .reconcile import event_of
from .spill import Spill
from .store import event_json, save_event_rows

log = logging.getLogger(__name__)

#: bump when the clustering or reconciliation rules change: every block is then recomputed
MERGE_VERSION = "5"


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

    The merge streams: it reads the stored events and then the articles once each, writing
    every event and mention record to a scratch file (:class:`~chronique.merge.spill.Spill`)
    and keeping only where each went and what places it (its block, its episode group); then
    it merges one block at a time, groups the episodes over small views of the events, and
    writes the events that changed :data:`WRITE_BATCH` at a time. What it holds grows with the
    corpus by a few hundred bytes per mention and per event, not by the records themselves.
    """
    only = set(only_blocks) if only_blocks is not None else None
    with Spill() as spill:
        stored = _read_stored(store, spill)
        blocks = _spill_records(store, spill)
        state = store.merge_blocks()
        stats = MergeStats(mentions=sum(map(len, blocks.values())), blocks=len(blocks))
        gone = {key for key in state if key not in blocks}
        new: dict[str, tuple[int, int]] = {}  # event id -> where its recomputed event went
        views = stored.views
        states, targets = [], []
        for key in sorted(blocks.keys() | gone):
            if only is not None and key not in only:
                continue
            records = [spill.get(where) for _, where in blocks.get(key, [])]
            mark = f"{MERGE_VERSION}:{fingerprint(records)}" if records else ""
            if key in state and state[key].fingerprint == mark:
                continue
            targets.append(key)
            stats.blocks_recomputed.append(key)
            events = merge_block(key, records) if records else []
            for event in events:
                new[event.id] = spill.add(event)
                view = episode_view(event)
                if view is None:
                    views.pop(event.id, None)
                else:
                    views[event.id] = view
            if records:
                states.append(BlockState(key, mark, json.dumps(sorted(e.id for e in events))))
        removed = _removed(stored, state, targets, new)
        store.delete_events(removed)
        stats.removed.extend(removed)
        store.delete_merge_blocks(sorted(gone & set(targets)))
        for event_id in removed:
            views.pop(event_id, None)
        episodes, members = chain_episodes(views.values())
        _write(store, spill, stored, new, set(removed), members, stats)
    stats.episodes = len(episodes)
    stats.episodes_changed = save_episodes(store, episodes)
    store.put_merge_blocks(states)
    log.info("merge: %d events (%d new, %d updated, %d removed), %d episodes", stats.events,
             len(stats.created), len(stats.updated), len(stats.removed), len(episodes))
    return stats


#: a mention record's sort key (:meth:`MentionRecord.order`) and its place in the scratch file
_Entry = tuple[tuple[str, str, int], tuple[int, int]]

#: events written to the store per transaction by the merge
WRITE_BATCH = 500


@dataclass(slots=True)
class _Stored:
    """The stored events as the merge found them: where each one's JSON went in the scratch
    file, their order, the ids of each block, the episode views of those in an episode group."""

    where: dict[str, tuple[int, int]] = field(default_factory=dict)  # in the store's order
    by_block: dict[str | None, set[str]] = field(default_factory=dict)
    views: dict[str, EpisodeView] = field(default_factory=dict)


def _read_stored(store: Store, spill: Spill) -> _Stored:
    """One pass over the stored events (as the merge wrote them: no read-time overlays)."""
    stored = _Stored()
    for row in store.iter_events():
        event = from_dict(Event, json.loads(row.data))
        stored.where[event.id] = spill.add(row.data)
        stored.by_block.setdefault(event.block, set()).add(event.id)
        view = episode_view(event)
        if view is not None:
            stored.views[event.id] = view
    return stored


def _spill_records(store: Store, spill: Spill) -> dict[str, list[_Entry]]:
    """Every mention record to the scratch file; per block (sorted), its records' order keys
    and places in the file, in :meth:`MentionRecord.order` (the grouping of
    :func:`~chronique.merge.mentions.blocks_of`, without holding the records)."""
    names: dict[str, str] = {}  # one string object per block key
    placings: list[Placing] = []
    entries: list[_Entry] = []
    for record in iter_records(store):
        base, day, key, seam = placing(record)
        placings.append((names.setdefault(base, base), day, names.setdefault(key, key),
                         None if seam is None else names.setdefault(seam, seam)))
        entries.append((record.order(), spill.add(record)))
    blocks: dict[str, list[_Entry]] = {}
    for key, entry in zip(assign_blocks(placings), entries, strict=True):
        blocks.setdefault(key, []).append(entry)
    for block in blocks.values():
        block.sort(key=lambda entry: entry[0])
    return dict(sorted(blocks.items()))


def _removed(stored: _Stored, state: dict[str, BlockState], targets: list[str],
             new: dict[str, tuple[int, int]]) -> list[str]:
    """The stored events of the recomputed blocks that no recomputed block gives any more."""
    removed: dict[str, None] = {}
    for key in targets:
        old_ids = stored.by_block.get(key, set())
        if key in state and state[key].events:
            old_ids = old_ids | set(json.loads(state[key].events or "[]"))
        for event_id in sorted(old_ids - new.keys()):
            if event_id in stored.where:
                removed[event_id] = None
    return list(removed)


def _write(store: Store, spill: Spill, stored: _Stored, new: dict[str, tuple[int, int]],
           removed: set[str], members: dict[str, str], stats: MergeStats) -> None:
    """Upsert the events whose record changed (their episode set): the stored ones in the
    store's order, then the new ones in block order."""
    batch: list[tuple[Event, str]] = []
    total = 0

    def flush() -> None:
        save_event_rows(store, batch)
        batch.clear()

    for event_id, where in stored.where.items():
        if event_id in removed:
            continue
        before: str = spill.get(where)
        event = spill.get(new[event_id]) if event_id in new else from_dict(
            Event, json.loads(before))
        event.episode_id = members.get(event_id)
        data = event_json(event)
        total += 1
        if data != before:
            stats.updated.append(event_id)
            batch.append((event, data))
            if len(batch) >= WRITE_BATCH:
                flush()
    for event_id, where in new.items():
        if event_id in stored.where:
            continue
        event = spill.get(where)
        event.episode_id = members.get(event_id)
        total += 1
        stats.created.append(event_id)
        batch.append((event, event_json(event)))
        if len(batch) >= WRITE_BATCH:
            flush()
    flush()
    stats.events = total
    stats.unchanged = total - len(stats.created) - len(stats.updated)


def merge_pass(store: Store) -> dict[str, int]:
    """The merge as a pass after the analysis of a run (``pipeline.after``)."""
    stats = merge_store(store)
    return {"events": stats.events, "new": len(stats.created), "updated": len(stats.updated),
            "removed": len(stats.removed), "episodes": stats.episodes}


registry.corpus_passes.register("merge", merge_pass)
