"""Episodes: occurred events of one area chained in time, with span and totals."""

from __future__ import annotations

from pathlib import Path

from chronique.merge import group_episodes, load_episodes, merge_store
from chronique.store import open_store
from chronique.types import Event, Place

ALEP = Place(0, 4, "places", "Alep", name="Alep", country="SY", admin1="Alep", kind="city")
IDLEB = Place(0, 5, "places", "Idleb", name="Idleb", country="SY", admin1="Idleb", kind="city")


def event(event_id: str, date: str, *, place: Place = ALEP, killed: int | None = None,
          kind: str = "air_drone_strike", family: str = "Explosions/Remote violence",
          modality: str = "asserted") -> Event:
    return Event(id=event_id, kind=kind, event_type=family, date=date, place=place,
                 fatalities_best=killed, fatalities_low=killed, modality=modality,
                 sources=[f"site-{event_id}"])


def test_offensive_on_alep_is_one_episode_with_span_and_totals() -> None:
    events = [
        event("e1", "2016-11-15", killed=20),
        event("e2", "2016-11-20", killed=30, kind="armed_clash", family="Battles"),
        event("e3", "2016-11-26"),
        event("e4", "2016-12-22", killed=5),  # 26 days after e3: a new chain, alone
        event("e5", "2016-11-17", place=IDLEB, killed=3),  # another area
        event("e6", "2016-11-16", modality="hypothetical", killed=100),
    ]
    (episode,) = group_episodes(events)
    assert (episode.start, episode.end) == ("2016-11-15", "2016-11-26")
    assert episode.events == ["e1", "e2", "e3"]
    assert episode.fatalities_best == 50 and episode.sources == 3
    assert "Alep" in episode.title and "2016-11-15 → 2016-11-26" in episode.title
    assert [e.episode_id for e in events] == [episode.id] * 3 + [None, None, None]


def test_episode_keeps_its_id_while_it_grows() -> None:
    first = group_episodes([event("e1", "2016-11-15"), event("e2", "2016-11-18")])
    grown = group_episodes([event("e1", "2016-11-15"), event("e2", "2016-11-18"),
                            event("e3", "2016-11-24")])
    assert first[0].id == grown[0].id and grown[0].end == "2016-11-24"


def test_merge_stores_episodes(tmp_path: Path) -> None:
    from builders import seed_000, seed_001

    store = open_store(str(tmp_path / "ep.db"))
    store.put([seed_000(), seed_001()])
    merge_store(store)
    episodes = load_episodes(store)
    # seed 000: a clash and a suicide bombing in Damas on the same day: one episode
    assert [(e.area, e.start, e.end, len(e.events)) for e in episodes] == [
        ("Alep", "2016-12-08", "2016-12-08", 2), ("Damas", "2017-03-19", "2017-03-19", 2)]
