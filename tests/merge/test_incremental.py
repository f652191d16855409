"""The merge is a keyed reduce: idempotent, and a new article touches only its blocks."""

from __future__ import annotations

from pathlib import Path

from builders import reprint_001, seed_000, seed_001, seed_002

from chronique.merge import block_key, merge_block, merge_store, records_of
from chronique.store import open_store


def test_merging_twice_changes_nothing(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "m.db"))
    store.put([seed_001(), reprint_001(), seed_000(), seed_002()])
    first = merge_store(store)
    rows = store.execute("SELECT id, data, updated FROM events ORDER BY id")
    second = merge_store(store)
    assert first.created and not first.updated
    assert not second.changed and second.blocks_recomputed == []
    assert store.execute("SELECT id, data, updated FROM events ORDER BY id") == rows


def test_new_article_recomputes_only_its_blocks(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "m.db"))
    store.put([seed_001(), seed_000()])
    merge_store(store)
    untouched = {row["id"]: row["data"] for row in store.execute("SELECT id, data FROM events")}
    store.put([seed_002()])
    stats = merge_store(store)
    assert stats.blocks_recomputed == ["Explosions/Remote violence|SY|2017-02|occurred"]
    assert len(stats.created) == 1 and not stats.removed
    after = {row["id"]: row["data"] for row in store.execute("SELECT id, data FROM events")}
    assert {k: after[k] for k in untouched} == untouched


def test_reprint_touches_its_blocks_and_updates_without_renumbering(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "m.db"))
    store.put([seed_001(), seed_000()])
    merge_store(store)
    ids = {row["id"] for row in store.execute("SELECT id FROM events")}
    store.put([reprint_001()])
    stats = merge_store(store)
    assert set(stats.blocks_recomputed) == {block_key(r) for r in records_of(reprint_001())}
    assert not stats.created and not stats.removed and len(stats.updated) == 3
    assert {row["id"] for row in store.execute("SELECT id FROM events")} == ids


def test_merge_block_is_pure_and_order_independent() -> None:
    records = records_of(seed_001()) + records_of(reprint_001())
    key = block_key(records[0])
    mine = [r for r in records if block_key(r) == key]
    forward = merge_block(key, mine)
    backward = merge_block(key, list(reversed(mine)))
    assert forward == backward and len(forward) == 1


def test_only_blocks_limits_the_run(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "m.db"))
    store.put([seed_001(), seed_000()])
    wanted = "Battles|SY|2017-03|occurred"
    stats = merge_store(store, only_blocks=[wanted])
    assert stats.blocks_recomputed == [wanted]
    assert [row["kind"] for row in store.execute("SELECT kind FROM events")] == ["armed_clash"]
    rest = merge_store(store)  # the other blocks are still to do
    assert wanted not in rest.blocks_recomputed and len(rest.created) == 4
