"""The store's methods, the same on every backend: upserts, orders, search, events, episodes,
merge state, the review log."""

from __future__ import annotations

import json
import threading

import pytest

from chronique.errors import StoreError
from chronique.store import Store, open_store
from chronique.store.base import BlockState, EpisodeRecord, EventRecord, ReviewRecord
from chronique.types import Article, DateClaim


def article(key: str, text: str = "", **fields: object) -> Article:
    return Article(id=key * 16, text=text or f"article {key}", **fields)  # type: ignore[arg-type]


def test_put_is_an_idempotent_upsert_in_insertion_order(store: Store) -> None:
    store.put([article("b"), article("a"), article("c")], version="v1", phase="prepared")
    store.put([article("a", "un autre texte")], version="v1", phase="prepared")
    assert store.count() == 3
    assert [a.id[0] for a in store.iter_articles()] == ["b", "a", "c"]
    assert store.get("a" * 16).text == "un autre texte"
    assert store.get("aaaa").id == "a" * 16  # a prefix
    assert store.get("a%") is None
    assert store.prepared() == {key * 16: "v1" for key in "abc"}
    assert store.versions() == {key * 16: None for key in "abc"}
    assert store.pending("v2") == ["b" * 16, "a" * 16, "c" * 16]
    store.put([article("a")], version="v2", phase="analyzed")
    assert store.pending("v2") == ["b" * 16, "c" * 16]
    assert store.versions()["a" * 16] == "v2"


def test_iter_articles_pages_filters_and_keeps_order(store: Store) -> None:
    many = [Article(id=f"{n:016x}", text=f"texte {n}", lang="fr" if n % 2 else "en",
                    rejected="empty" if n % 7 == 0 else None) for n in range(1203)]
    store.put(reversed(many))
    every = [a.id for a in store.iter_articles()]
    assert every == [a.id for a in reversed(many)]
    kept = [a.id for a in store.iter_articles(include_rejected=False, lang="fr")]
    assert kept == [a.id for a in reversed(many) if a.lang == "fr" and a.rejected is None]
    chosen = [many[5].id, many[900].id, many[1].id, many[5].id]
    assert [a.id for a in store.iter_articles(ids=chosen)] == [many[900].id, many[5].id,
                                                             many[1].id]
    assert list(store.iter_articles(ids=[])) == []
    statuses = {row.id: row for row in store.statuses([many[0].id, many[1].id])}
    assert statuses[many[0].id].rejected == "empty" and statuses[many[1].id].rejected is None
    assert len(list(store.statuses())) == 1203


def test_search_ignores_accents_and_case(store: Store) -> None:
    store.put([article("a", "Une frappe aérienne a touché Alep."),
               article("b", "Des combats à Idleb.", title="Bataille"),
               article("c", "Rien de tel ici.")])
    assert [a.id[0] for a in store.iter_articles(search="AERIENNE alep")] == ["a"]
    assert [a.id[0] for a in store.iter_articles(search="bataille")] == ["b"]
    assert list(store.iter_articles(search='idleb "; DROP TABLE articles; --')) == []
    total, rows = store.article_page(search="Alep")
    assert total == 1 and rows[0].id == "a" * 16 and rows[0].n_events == 0
    total, rows = store.article_page(limit=2, offset=1)
    assert total == 3 and [row.id[0] for row in rows] == ["b", "c"]
    assert rows[0].length == len("Des combats à Idleb.")


def test_text_with_nul_and_raw_keep_their_type(store: Store) -> None:
    odd = Article(id="d" * 16, text="avant\x00après", title="ti\x00tre", raw="brut\x00é")
    binary = Article(id="e" * 16, text="x", raw=b"\x00\xff")
    store.put([odd, binary])
    assert store.get(odd.id) == odd
    assert store.get(binary.id) == binary


def test_names_read_origin_and_also_from(store: Store) -> None:
    one = article("a", origin="b.txt", meta={"also_from": ["c.txt"]})
    two = article("b", origin="x.txt", meta={"also_from": None})
    store.put([one, two])
    assert store.names([one.id, two.id, "f" * 16]) == {one.id: ["b.txt", "c.txt"],
                                                       two.id: ["x.txt"]}


def test_runs_are_recorded(store: Store) -> None:
    run_id = store.start_run({"batch": 8}, ["samples"])
    store.finish_run(run_id, {"new": 3})
    [run] = store.runs()
    assert run["id"] == run_id and run["config"] == {"batch": 8} and run["stats"] == {"new": 3}


def event(key: str, date: str | None, data: str = "{}") -> EventRecord:
    return EventRecord(id=key, date=date, kind="attack", event_type=None, country="SY",
                       episode_id=None, data=data)


def test_events_order_upserts_and_deletes(store: Store) -> None:
    store.put_events([event("b", "2016-12-08"), event("a", "2016-12-08"), event("z", None),
                      event("B", "2016-12-08"), event("c", "2016-02-01")])
    assert [e.id for e in store.iter_events()] == ["z", "c", "B", "a", "b"]  # byte order
    first = {e.id: e.updated for e in store.iter_events()}
    store.put_events([event("a", "2016-12-08"), event("b", "2016-12-08", '{"x": 1}')])
    after = {e.id: e for e in store.iter_events()}
    assert after["a"].updated == first["a"]  # unchanged data: row untouched
    assert after["b"].data == '{"x": 1}' and after["b"].updated >= first["b"]
    store.delete_events(["z", "c"])
    assert store.count_events() == 3
    store.delete_events([])


def test_events_and_episodes_are_read_in_pages_in_order(store: Store) -> None:
    # 1,203 events: more than two pages of 500, undated ones and ties on the date among them
    dates = [None, "2016-12-08", "2016-02-01", "2016-12", "2017-01-01"]
    events = [event(f"ev-{n:04d}{'AbZ'[n % 3]}", dates[n % 5]) for n in range(1203)]
    store.put_events(reversed(events))
    got = [e.id for e in store.iter_events()]
    assert got == [e.id for e in sorted(events, key=lambda e: (e.date is not None,
                                                              e.date or "", e.id))]
    starts = [None, "2016-02-01", "2016-02-01"]
    store.put_episodes([EpisodeRecord(f"ep-{n:04d}", starts[n % 3], None, "Alep", "t", "{}")
                        for n in range(1100)])
    assert [e.id for e in store.iter_episodes()] == (
        [f"ep-{n:04d}" for n in range(0, 1100, 3)]
        + sorted(f"ep-{n:04d}" for n in range(1100) if n % 3))


def test_episodes_and_merge_blocks(store: Store) -> None:
    store.put_episodes([EpisodeRecord("ep-2", "2016-02-01", "2016-02-03", "Alep", "t", "{}"),
                        EpisodeRecord("ep-1", "2016-02-01", "2016-02-09", "Idleb", "t", "{}")])
    store.put_episodes([EpisodeRecord("ep-2", "2016-02-01", "2016-02-04", "Alep", "t", "[]")])
    assert [(e.id, e.end, e.data) for e in store.iter_episodes()] == [
        ("ep-1", "2016-02-09", "{}"), ("ep-2", "2016-02-04", "[]")]
    store.delete_episodes(["ep-1"])
    assert [e.id for e in store.iter_episodes()] == ["ep-2"]
    store.put_merge_blocks([BlockState("SY|2016-02", "2:abc", '["e1"]')])
    store.put_merge_blocks([BlockState("SY|2016-02", "2:def", "[]"),
                            BlockState("ML|2020-01", "2:x", None)])
    assert store.merge_blocks() == {"SY|2016-02": BlockState("SY|2016-02", "2:def", "[]"),
                                    "ML|2020-01": BlockState("ML|2020-01", "2:x", None)}
    store.delete_merge_blocks(["ML|2020-01"])
    assert list(store.merge_blocks()) == ["SY|2016-02"]
    store.put_events([event("a", None)])
    store.clear_merge()
    assert (store.count_events(), list(store.iter_episodes()), store.merge_blocks()) == (0, [], {})


def review(event_id: str, who: str = "ana", action: str = "accept", before: object = None,
           after: object = None) -> ReviewRecord:
    return ReviewRecord(at="2024-01-01T00:00:00+00:00", who=who, event_id=event_id, field="*",
                        action=action, before=json.dumps(before), after=json.dumps(after))


def test_review_log_appends_and_filters(store: Store) -> None:
    first = store.add_review(review("e1"))
    second = store.add_review(review("e2", action="merge", before=["e2", "e1"], after="e2"))
    third = store.add_review(review("e3"))
    assert first.id is not None and first.id < second.id < third.id  # type: ignore[operator]
    assert [r.id for r in store.reviews()] == [first.id, second.id, third.id]
    assert [r.id for r in store.reviews(event_id="e1")] == [first.id, second.id]
    signature = store.events_signature()
    store.add_review(review("e1", who="bob"))
    assert store.events_signature() != signature


def test_concurrent_reviews_are_all_kept(store_url: str) -> None:
    opened = open_store(store_url)
    opened.close()
    errors: list[BaseException] = []

    def reviewer(name: str) -> None:
        mine = open_store(store_url)
        try:
            for _ in range(20):
                mine.add_review(review("e1", who=name))
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            mine.close()

    threads = [threading.Thread(target=reviewer, args=(name,)) for name in ("ana", "bob")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    check = open_store(store_url)
    rows = check.reviews(event_id="e1")
    check.close()
    assert len(rows) == 40 and len({row.id for row in rows}) == 40


def test_a_second_open_does_not_migrate_again(store_url: str) -> None:
    first = open_store(store_url)
    first.put([article("a")])
    second = open_store(store_url)
    assert second.count() == 1
    first.close()
    second.close()


def test_bad_phase_is_refused(store: Store) -> None:
    with pytest.raises(StoreError, match="unknown write phase"):
        store.put([article("a", published=DateClaim(page_date="2020"))], phase="later")
