"""Merge time at 1× and 10× corpus size; prints the ratio (aim: ≤ 12× the time for 10×).

Each size is merged three times from scratch and the best time kept (the machine is shared).
The 10× corpus is the 1× corpus replicated nine times with every date shifted by a multiple of
400 days (new blocks, as a longer collection would bring). The 1× corpus is the analyzed store
given with ``--db`` (e.g. the dev corpus after ``chronique run``), else a synthetic corpus of
``--articles`` articles shaped like analyzed news (five mentions each, ten per cent reprints)::

    PYTHONPATH=src python bench/bench_merge.py [--db analyzed.db] [--articles 240]
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

from chronique.merge.run import merge_store
from chronique.store import open_store
from chronique.types import ActorMention, Article, DateClaim, EventMention, Figure, Place

KINDS = [("armed_clash", "Battles"), ("air_drone_strike", "Explosions/Remote violence"),
         ("shelling_artillery_missile_attack", "Explosions/Remote violence"),
         ("attack", "Violence against civilians"), ("peaceful_protest", "Protests")]
CITIES = ["Alep", "Damas", "Homs", "Idleb", "Hama", "Deraa", "Raqqa", "Deir ez-Zor"]
ACTORS = ["SYR-GOV", "SYR-REBELS", "HTS", "ISIS", "RUS", "SDF"]


def synthetic(count: int, seed: int = 3) -> list[Article]:
    rng = random.Random(seed)
    start = dt.date(2016, 9, 1)
    articles: list[Article] = []
    for number in range(count):
        day = start + dt.timedelta(days=rng.randrange(120))
        events = [_mention(rng, day, index) for index in range(5)]
        duplicate = articles[-1].id if articles and rng.random() < 0.1 else None
        text = " ".join(m.text for m in events)
        articles.append(Article(
            id=f"art{number:05d}", text=text, source=f"site{rng.randrange(12)}", lang="fr",
            published=DateClaim(value=day.isoformat(), precision="day"), events=events,
            duplicate_of=duplicate))
    return articles


def _mention(rng: random.Random, day: dt.date, index: int) -> EventMention:
    kind, family = rng.choice(KINDS)
    city = rng.choice(CITIES)
    when = day - dt.timedelta(days=rng.choice([0, 0, 0, 1, 2]))
    actors = [ActorMention(0, 0, "actors", a, actor_id=a) for a in rng.sample(ACTORS, 2)]
    toll = rng.choice([None, 3, 12, 40, 240])
    figures = [Figure(0, 5, "figures", str(toll), kind="killed", low=toll, best=toll, high=toll)
               ] if toll else []
    text = f"Des {kind} à {city} le {when.isoformat()} ({index})."
    place = Place(0, len(city), "places", city, name=city, country="SY", admin1=city,
                  kind="city", where_prec=1)
    return EventMention(index * 50, index * 50 + len(text), "events", text, kind=kind,
                        event_type=family, date=when.isoformat(), date_precision=1, place=place,
                        actor1=actors[:1], actor2=actors[1:], figures=figures)


def replicate(articles: list[Article], copies: int) -> list[Article]:
    out = list(articles)
    for copy_number in range(1, copies):
        shift = dt.timedelta(days=400 * copy_number)
        for article in articles:
            twin = copy.deepcopy(article)
            twin.id = f"{article.id}~{copy_number}"
            if twin.duplicate_of:
                twin.duplicate_of = f"{twin.duplicate_of}~{copy_number}"
            if twin.published and twin.published.value:
                twin.published.value = _shift(twin.published.value, shift)
            for mention in twin.events:
                mention.date = _shift(mention.date, shift) if mention.date else None
                mention.time = None
            out.append(twin)
    return out


def _shift(value: str, shift: dt.timedelta) -> str:
    if len(value) < 10:
        return str(int(value[:4]) + round(shift.days / 365)) + value[4:]
    return (dt.date.fromisoformat(value[:10]) + shift).isoformat()


def timed_merge(articles: list[Article], workdir: Path, name: str,
                repeats: int = 3) -> tuple[float, int]:
    """The best of ``repeats`` full merges (fresh events each time) of a store of ``articles``."""
    store = open_store(str(workdir / f"{name}.db"))
    store.put(articles)
    times, events = [], 0
    for _ in range(repeats):
        store.clear_merge()
        began = time.perf_counter()
        events = merge_store(store).events
        times.append(time.perf_counter() - began)
    store.close()
    return min(times), events


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="an analyzed store to take the 1× corpus from")
    parser.add_argument("--articles", type=int, default=240)
    args = parser.parse_args()
    if args.db:
        base = list(open_store(args.db).iter_articles(include_rejected=True))
    else:
        base = synthetic(args.articles)
    mentions = sum(len(article.events) for article in base)
    with tempfile.TemporaryDirectory() as tmp:
        one, events_one = timed_merge(base, Path(tmp), "x1")
        ten, events_ten = timed_merge(replicate(base, 10), Path(tmp), "x10")
    print(f"1×: {len(base)} articles, {mentions} mentions → {events_one} events in {one:.2f} s")
    print(f"10×: {10 * len(base)} articles, {10 * mentions} mentions → {events_ten} events "
          f"in {ten:.2f} s")
    print(f"ratio 10×/1×: {ten / one:.2f} (aim ≤ 12)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
