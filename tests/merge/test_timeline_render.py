"""The timeline of merged events: dated right, ranked on evidence, rendered safely."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from builders import article, reprint_001, seed_000, seed_001, seed_002, time_expr

from chronique.merge import merge_store
from chronique.merge.render import render_html, render_jsonl, render_text
from chronique.merge.timeline import build_timeline
from chronique.store import open_store
from chronique.store.base import Store


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    store = open_store(str(tmp_path / "t.db"))
    store.put([seed_000(), seed_001(), reprint_001(), seed_002()])
    merge_store(store)
    return store


def test_seed_timeline_is_dated_right(store: Store) -> None:
    days = {day.date: day for day in build_timeline(store)}
    assert sorted(days) == ["2016-12-08", "2017-02-26", "2017-03-19"]
    damas = days["2017-03-19"]
    assert {entry.kind for entry in damas.entries} == {"armed_clash", "suicide_bomb"}
    assert any("dimanche 19" in entry.summary for entry in damas.entries)
    alep = days["2016-12-08"]
    toll = next(entry for entry in alep.entries if entry.kind == "attack")
    assert toll.sources == ["afp.example", "reprint.example"]
    assert "killed 384 civilians selon OSDH" in toll.figures
    assert "killed 390 civilians selon Casques blancs" in toll.figures
    # the hypothetical conquest of Alep is not on the timeline
    assert not any("représenterait" in entry.summary for day in days.values()
                   for entry in day.entries)


def test_filters_select_days(store: Store) -> None:
    assert [d.date for d in build_timeline(store, place="Homs")] == ["2017-02-26"]
    assert [d.date for d in build_timeline(store, since="2017-03")] == ["2017-03-19"]
    assert [d.date for d in build_timeline(store, actor="HTS")] == ["2017-03-19"]
    assert [d.date for d in build_timeline(store, type="Battles")] == ["2016-12-08", "2017-03-19"]


def test_top_keeps_the_days_with_most_evidence(store: Store) -> None:
    # 2016-12-08: two sources, 384 killed; 2017-03-19: one source per event, two events
    assert [day.date for day in build_timeline(store, top=1)] == ["2016-12-08"]


def test_dates_referred_to_by_articles_make_entries_without_events(tmp_path: Path) -> None:
    lines = ["Le 11 février 2011, Hosni Moubarak quitte le pouvoir.",
             "Des milliers de manifestants fêtent la chute du régime.",
             "Le 25 janvier 2011, une manifestation est organisée au Caire."]
    text_a = "\n".join(lines)
    text_b = "Moubarak a quitté le pouvoir le 11 février 2011 sous la pression de la rue."
    a = article("e1", text_a, "2011-02-12", [], source="x", times=[
        time_expr("11 février 2011", text_a, "2011-02-11"),
        time_expr("25 janvier 2011", text_a, "2011-01-25")])
    b = article("e2", text_b, "2011-02-13", [], source="y", times=[
        time_expr("11 février 2011", text_b, "2011-02-11")])
    store = open_store(str(tmp_path / "e.db"))
    store.put([a, b])
    days = build_timeline(store, top=1)
    assert [day.date for day in days] == ["2011-02-11"]
    assert days[0].references == 2
    assert "Moubarak" in days[0].entries[0].summary


def test_html_is_self_contained_and_escaped(tmp_path: Path) -> None:
    text = "<script>alert(1)</script> Des frappes à Homs."
    evil = seed_002()
    evil.id, evil.text = "evil", text
    evil.events[0].start, evil.events[0].end = 0, 10
    evil.sentences = []
    evil.source = "<b>site</b>"
    store = open_store(str(tmp_path / "h.db"))
    store.put([evil])
    merge_store(store)
    page = render_html(build_timeline(store))
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<b>site</b>" not in page
    assert not re.search(r"(src|href)\s*=|https?://|@import|url\(", page)
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page


def test_text_and_jsonl_formats(store: Store) -> None:
    days = build_timeline(store)
    text = render_text(days)
    assert text.splitlines()[0].startswith("2016-12-08")
    rows = [json.loads(line) for line in render_jsonl(days).splitlines()]
    assert [row["date"] for row in rows] == ["2016-12-08", "2017-02-26", "2017-03-19"]
    assert rows[1]["entries"][0]["fatalities"] == 12


def test_export_tables(store: Store) -> None:
    from chronique import registry

    rows = list(registry.tables.get("merged_events")(store, since="2016-12"))
    toll = next(row for row in rows if row["kind"] == "attack")
    assert toll["fatalities_best"] == 384 and "390 civilians selon Casques blancs" in toll["claims"]
    assert all(row["summary"] and "représenterait" not in row["summary"] for row in rows)
    timeline = list(registry.tables.get("timeline")(store, place="Homs"))
    assert [row["date"] for row in timeline] == ["2017-02-26"]
    assert list(registry.tables.get("episodes")(store, until="2016"))[0]["area"] == "Alep"


@pytest.mark.parametrize(("line", "counted"), [
    ("Le 3 juillet 2013, l'armée a destitué le président Mohamed Morsi.", True),
    ("Publié le 3 juillet 2013 à 23h49", False),
    ("Joshua Keating — 3 juillet 2013 à 23h49 — article", False),
    ("Le Figaro.fr avec AFP, 3 juillet 2013 | Mise à jour : 12:00", False),
    ("3 juillet 2013", False),  # a bare header names no event
])
def test_page_stamps_are_not_references(tmp_path: Path, line: str, counted: bool) -> None:
    text = line
    a = article("s1", text, "2013-07-04", [], source="x",
                times=[time_expr("3 juillet 2013", text, "2013-07-03")])
    store = open_store(str(tmp_path / "s.db"))
    store.put([a])
    assert [day.date for day in build_timeline(store)] == (["2013-07-03"] if counted else [])


def test_dates_written_in_full_outweigh_resolved_ones(tmp_path: Path) -> None:
    full = "Le 3 juillet 2013, l'armée a destitué le président."
    relative = "Mercredi, des manifestants se sont rassemblés au Caire."
    store = open_store(str(tmp_path / "w.db"))
    store.put([
        article("f", full, "2013-07-10", [], source="x",
                times=[time_expr("3 juillet 2013", full, "2013-07-03")]),
        article("r", relative, "2013-07-05", [], source="y",
                times=[time_expr("Mercredi", relative, "2013-07-02")]),
    ])
    days = build_timeline(store, top=1)
    assert [(d.date, d.reference_weight) for d in days] == [("2013-07-03", 1.0)]


def test_episodes_are_listed_in_every_format(store: Store) -> None:
    from chronique.merge.timeline import episodes_within

    days = build_timeline(store)
    episodes = episodes_within(store, days)
    assert [e.area for e in episodes] == ["Alep", "Damas"]
    assert "Alep, 2016-12-08 → 2016-12-08" in render_text(days, episodes=episodes)
    assert render_html(days, episodes=episodes).count("<li>") == len(episodes) + sum(
        len(day.entries) for day in days)
    first = json.loads(render_jsonl(days, episodes=episodes).splitlines()[0])
    assert first["episode"]["area"] == "Alep"
