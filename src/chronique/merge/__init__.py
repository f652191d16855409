"""chronique.merge: event mentions of many articles → events, episodes and the timeline.

Public functions: :func:`merge_block` (one block, pure), :func:`merge_store` (the store,
incremental), :func:`group_episodes`, and, in :mod:`chronique.merge.store`, ``save_events`` /
``load_events``. The rules are in each module's docstring and in docs/merge.md.
"""

from .episodes import Episode, group_episodes, load_episodes
from .mentions import MentionRecord, block_key, blocks_of, records_of
from .reconcile import reconcile_killed
from .run import MergeStats, merge_block, merge_store

__all__ = [
    "Episode",
    "MentionRecord",
    "MergeStats",
    "block_key",
    "blocks_of",
    "group_episodes",
    "load_episodes",
    "merge_block",
    "merge_store",
    "reconcile_killed",
    "records_of",
]
