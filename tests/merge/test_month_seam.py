"""Mentions a day apart across a month's end can be one event; the seam does not split them."""

from __future__ import annotations

from pathlib import Path

from builders import DAMAS, HTS, REGIME, article, mention

from chronique.merge import merge_store
from chronique.merge.mentions import blocks_of, records_of
from chronique.merge.store import load_events
from chronique.store import open_store

TEXT_A = "De violents combats ont opposé mercredi soir les rebelles de HTS aux forces du régime à Damas."
TEXT_B = "Des combats entre HTS et l'armée syrienne ont éclaté dans la nuit à Damas, jeudi."


def clash(text: str, trigger: str, date: str):
    return mention(trigger, text, text, kind="armed_clash", event_type="Battles", date=date,
                   place_attrs=DAMAS, actors1=[HTS], actors2=[REGIME])


def reports(day_a: str, day_b: str, published_b: str) -> list:
    return [
        article("seam-a", TEXT_A, day_a, [clash(TEXT_A, "violents combats", day_a)],
                source="afp.example"),
        article("seam-b", TEXT_B, published_b, [clash(TEXT_B, "combats", day_b)],
                source="lemonde.example"),
    ]


def test_a_clash_reported_on_the_30th_and_the_1st_is_one_event(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "m.db"))
    store.put(reports("2016-11-30", "2016-12-01", "2016-12-01"))
    merge_store(store)
    events = load_events(store)
    assert len(events) == 1
    assert sorted(events[0].sources) == ["afp.example", "lemonde.example"]


def test_the_same_clash_a_week_apart_stays_two_events(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "m.db"))
    store.put(reports("2016-11-30", "2016-12-07", "2016-12-07"))
    merge_store(store)
    assert len(load_events(store)) == 2


def test_a_run_of_daily_mentions_past_the_seam_is_cut_at_the_month_start() -> None:
    records = []
    for day in ["2016-11-30"] + [f"2016-12-{d:02d}" for d in range(1, 13)]:
        records += records_of(article(f"day-{day}", TEXT_A, day,
                                    [clash(TEXT_A, "violents combats", day)], source=day))
    months = {record.date: key.split("|")[2] for key, records in blocks_of(records).items()
              for record in records}
    assert months["2016-11-30"] == "2016-11"
    assert months["2016-12-01"] == "2016-12" and months["2016-12-12"] == "2016-12"


def test_the_first_days_follow_the_run_they_belong_to() -> None:
    records = []
    for day in ("2016-11-29", "2016-11-30", "2016-12-01", "2016-12-02", "2016-12-05"):
        records += records_of(article(f"day-{day}", TEXT_A, day,
                                      [clash(TEXT_A, "violents combats", day)], source=day))
    months = {record.date: key.split("|")[2] for key, records_in in blocks_of(records).items()
              for record in records_in}
    assert months == {"2016-11-29": "2016-11", "2016-11-30": "2016-11",
                      "2016-12-01": "2016-11", "2016-12-02": "2016-11", "2016-12-05": "2016-12"}
