"""The merge streams the store (articles and events read in pages, one block merged at a time
through a scratch file, events written in batches) and gives exactly the events and episodes of
the whole corpus merged at once: on SQLite and PostgreSQL, on a first merge and after new
articles."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest
from builders import ALEP, ALEP_EST, DAMAS, HOMS, REBELS, REGIME, article, figure, mention

from chronique.merge import blocks_of, group_episodes, merge_block, merge_store
from chronique.merge.mentions import iter_records
from chronique.merge.store import event_json
from chronique.serde import to_dict
from chronique.store import Store, open_store
from chronique.types import Article

GAO = dict(name="Gao", country="ML", admin1="Gao", kind="city", where_prec=1, geo_precision=1,
           resolved=True)
KIDAL = dict(name="Kidal", country="ML", admin1="Kidal", kind="city", where_prec=1,
             geo_precision=1, resolved=True)
KINDS = [("armed_clash", "Battles"), ("air_strike", "Explosions/Remote violence"),
         ("attack", "Violence against civilians")]
# days around two month ends (the seam rule), a run of days, an undated mention
DAYS = ["2016-11-29", "2016-11-30", "2016-12-01", "2016-12-02", "2016-12-03", "2016-12-08",
        "2016-12-09", "2016-12-31", "2017-01-01", "2017-01-02", "2017-03-15", "2017-05-20",
        "2017", ""]


def corpus(count: int, seed: int, prefix: str) -> list[Article]:
    """Articles of one to three incidents each, many alike (same day, place, kind), some
    reprints of an earlier one."""
    rng = random.Random(seed)
    articles: list[Article] = []
    for number in range(count):
        picks = [(rng.choice(KINDS), rng.choice([ALEP, ALEP_EST, DAMAS, HOMS, GAO, KIDAL]),
                  rng.choice(DAYS), rng.randint(1, 40)) for _ in range(rng.randint(1, 3))]
        sentences = [f"Combats {kind} à {where['name']} : {toll} morts selon l'OSDH ({n})."
                     for n, ((kind, _), where, _, toll) in enumerate(picks)]
        text = "\n".join(sentences)
        events = []
        for sentence, ((kind, event_type), where, day, toll) in zip(sentences, picks,
                                                                     strict=True):
            toll_text = f"{toll} morts"
            events.append(mention(
                "Combats", sentence, text, kind=kind, event_type=event_type, date=day,
                place_attrs=where, actors1=[REGIME], actors2=[REBELS] if toll % 2 else [],
                figures=[figure(toll_text, text.index(toll_text), "killed", toll)],
                modality="hypothetical" if toll % 11 == 0 else "asserted"))
        published = next((day for *_, day, _ in picks if len(day) == 10), "2016-12-10")
        reprint = articles[-1].id if articles and rng.random() < 0.15 else None
        articles.append(article(f"{prefix}{number:03d}", text, published, events,
                                source=f"site{number % 5}.example", duplicate_of=reprint))
    return articles


def whole(store: Store) -> tuple[dict[str, str], dict[str, str]]:
    """Events and episodes of the store's corpus merged at once, in memory."""
    events = [event for key, records in blocks_of(iter_records(store)).items()
              for event in merge_block(key, records)]
    episodes = group_episodes(events)
    return ({event.id: event_json(event) for event in events},
            {episode.id: json.dumps(to_dict(episode), ensure_ascii=False)
             for episode in episodes})


def stored(store: Store) -> tuple[dict[str, str], dict[str, str]]:
    return ({row.id: row.data for row in store.iter_events()},
            {row.id: row.data for row in store.iter_episodes()})


@pytest.fixture(params=["sqlite", "postgresql"])
def small_pages(request: pytest.FixtureRequest, tmp_path: Path,
                monkeypatch: pytest.MonkeyPatch) -> Store:
    """A store read a few rows a page, and a merge writing a few events a transaction."""
    url = (str(tmp_path / "m.db") if request.param == "sqlite"
           else str(request.getfixturevalue("postgres_url")))
    store = open_store(url)
    for name in ("chronique.store.sqlite", "chronique.store.postgres"):
        if name in sys.modules:
            monkeypatch.setattr(sys.modules[name], "PAGE", 4)
            monkeypatch.setattr(sys.modules[name], "ARTICLE_PAGE", 3)
    monkeypatch.setattr("chronique.merge.run.WRITE_BATCH", 5)
    return store


def test_streamed_merge_gives_the_events_of_the_whole_corpus(small_pages: Store) -> None:
    store = small_pages
    store.put(corpus(70, seed=15, prefix="a"))
    first = merge_store(store)
    events, episodes = whole(store)
    assert len(first.blocks_recomputed) > 10 and first.events == len(events) > 50
    assert episodes and first.episodes == len(episodes)
    assert stored(store) == (events, episodes)

    store.put(corpus(30, seed=16, prefix="b"))  # new articles: some blocks change, not all
    second = merge_store(store)
    assert 0 < len(second.blocks_recomputed) < second.blocks
    assert stored(store) == whole(store)
    assert not merge_store(store).changed
