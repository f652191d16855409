"""Analysts' reviews: an append-only log replayed over the merge's events at read time."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from chronique.merge.review import (
    ReviewError,
    UnknownEvent,
    merge_events,
    review_field,
    review_log,
    split_event,
)
from chronique.merge.store import load_events, save_events
from chronique.store import open_store
from chronique.store.base import Store
from chronique.types import Event, Evidence, Place


def event(event_id: str, deaths: int, *articles: str) -> Event:
    return Event(
        id=event_id, kind="armed_clash", date="2016-12-11", fatalities_best=deaths,
        place=Place(start=0, end=7, stage="places", name="Palmyre", lat=34.56, lon=38.27),
        mentions=[f"{article}#0" for article in articles],
        evidence=[Evidence(field="place", article_id=article, start=0, end=7, stage="events")
                  for article in articles],
    )


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    store = open_store(str(tmp_path / "r.db"))
    save_events(store, [event("e1", 50, "a1", "a2"), event("e2", 7, "a3")])
    return store


def one(store: Store, event_id: str) -> Event:
    return next(e for e in load_events(store) if e.id == event_id)


def test_an_edit_survives_the_merge_saving_its_events_again(store: Store) -> None:
    review_field(store, "e1", action="edit", field="fatalities_best", value=12, who="ana")
    save_events(store, [event("e1", 50, "a1", "a2"), event("e2", 7, "a3")])
    reviewed = one(store, "e1")
    assert reviewed.fatalities_best == 12
    assert reviewed.review["fatalities_best"]["status"] == "edited"
    assert reviewed.review["fatalities_best"]["machine"] == 50
    assert reviewed.review["fatalities_best"]["by"] == "ana"


def test_accepting_freezes_the_value_against_a_new_machine_value(store: Store) -> None:
    review_field(store, "e2", action="accept", field="fatalities_best")
    save_events(store, [event("e2", 9, "a3")])
    assert one(store, "e2").fatalities_best == 7


def test_reject_empties_the_field_and_reset_restores_the_machine(store: Store) -> None:
    review_field(store, "e1", action="reject", field="place")
    assert one(store, "e1").place is None
    review_field(store, "e1", action="reset", field="place")
    restored = one(store, "e1")
    assert restored.place is not None and restored.place.name == "Palmyre"
    assert "place" not in restored.review


def test_the_log_is_append_only_and_keeps_before_and_after(store: Store) -> None:
    review_field(store, "e1", action="edit", field="fatalities_best", value=40, who="ana")
    review_field(store, "e1", action="edit", field="fatalities_best", value=45, who="bob")
    rows = review_log(store, event_id="e1")
    assert [(r["who"], r["before"], r["after"]) for r in rows] == [("ana", 50, 40), ("bob", 40, 45)]
    assert one(store, "e1").review["fatalities_best"]["machine"] == 50


def test_place_and_actor_edits(store: Store) -> None:
    review_field(store, "e2", action="edit", field="place",
                 value={"name": "Tadmor", "lat": 34.55, "lon": 38.28})
    review_field(store, "e2", action="edit", field="actor1", value="Etat islamique; Wagner")
    reviewed = one(store, "e2")
    assert reviewed.place is not None
    assert (reviewed.place.name, reviewed.place.lat, reviewed.place.lon) == ("Tadmor", 34.55, 38.28)
    assert [a.canonical for a in reviewed.actor1] == ["Etat islamique", "Wagner"]


@pytest.mark.parametrize(
    ("field", "value"),
    [("fatalities_best", -1), ("fatalities_best", "beaucoup"), ("date", "hier"),
     ("place", {"lat": 123}), ("id", "x")],
)
def test_bad_values_are_refused_before_logging(store: Store, field: str, value: object) -> None:
    with pytest.raises(ReviewError):
        review_field(store, "e1", action="edit", field=field, value=value)
    assert review_log(store) == []


def test_merge_then_split(store: Store) -> None:
    merge_events(store, ["e1", "e2"])
    (merged,) = load_events(store)
    assert merged.id == "e1"
    assert sorted(m.split("#")[0] for m in merged.mentions) == ["a1", "a2", "a3"]
    row = split_event(store, "e1", articles=["a3"])
    events = {e.id: e for e in load_events(store)}
    assert set(events) == {"e1", row["after"]}
    assert [e.article_id for e in events[row["after"]].evidence] == ["a3"]
    assert sorted(e.article_id for e in events["e1"].evidence) == ["a1", "a2"]


def test_unknown_events_and_empty_splits(store: Store) -> None:
    with pytest.raises(UnknownEvent):
        review_field(store, "nope", action="accept")
    with pytest.raises(ReviewError):
        split_event(store, "e1", articles=["a1", "a2"])  # nothing would be left
    with pytest.raises(ReviewError):
        merge_events(store, ["e1", "e1"])


def test_filters_see_reviewed_values(store: Store) -> None:
    review_field(store, "e2", action="edit", field="date", value="2017-03-19")
    assert [e.id for e in load_events(store, since="2017")] == ["e2"]
    assert replace(one(store, "e2"), review={}).date == "2017-03-19"
