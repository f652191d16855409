"""Exports of events: ACLED and UCDP CSV, GeoJSON, Parquet, CSV and JSON Lines, with filters."""

from __future__ import annotations

import io
import json

import pandas as pd
import pyarrow.parquet as pq
import pytest

from chronique import registry
from chronique.errors import ExportError
from chronique.export.encode import flat
from chronique.merge.store import save_events
from chronique.store.sqlite import SQLiteStore
from chronique.types import (
    ActorMention,
    Article,
    Attribution,
    DateClaim,
    Event,
    EventMention,
    Evidence,
    Figure,
    Place,
)

ACLED = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
         "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
         "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
         "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
         "source_scale", "notes", "fatalities", "tags", "timestamp"]

TEXT = ("Lancée mercredi contre les forces du régime, cette attaque de HTS a déjà fait plus de "
        "240 morts à Alep selon l'OSDH. Si Alep venait à tomber, ce serait un revers.")


def _span(phrase: str) -> tuple[int, int]:
    start = TEXT.index(phrase)
    return start, start + len(phrase)


def _mention(**fields) -> EventMention:
    hts = ActorMention(*_span("HTS"), "actors", "HTS", actor_id="hts",
                       canonical="Hayat Tahrir al-Sham", sector="rebel")
    gov = ActorMention(*_span("forces du régime"), "actors", "forces du régime",
                       actor_id="sy-gov", canonical="Military Forces of Syria", sector="state",
                       side="Government of Syria")
    alep = Place(*_span("Alep"), "places", "Alep", name="Aleppo", lat=36.2021, lon=37.1343,
                 country="SY", admin1="Aleppo", where_prec=1, geo_precision=1, resolved=True)
    toll = Figure(*_span("plus de 240 morts"), "figures", "plus de 240 morts", kind="killed",
                  low=240, best=240, high=None)
    start, end = _span("cette attaque")
    base = dict(start=0, end=TEXT.index(". Si"), stage="events", text=TEXT[:TEXT.index(". Si")],
                kind="armed_clash", event_type="Battles", sub_event_type="Armed clash",
                disorder_type="Political violence", plover="FIGHT", trigger="attaque",
                actor1=[hts], actor2=[gov], place=alep, date="2024-11-27", date_precision=1,
                date_prec=1, figures=[toll],
                attribution=Attribution(*_span("selon l'OSDH"), "figures", "selon l'OSDH",
                                        source="OSDH", verb="selon"),
                evidence=[Evidence("trigger", "a1", start, end, "events", TEXT[start:end])])
    base.update(fields)
    return EventMention(**base)


@pytest.fixture
def store(tmp_path):
    hypothetical = _mention(kind="nonstate_overtakes", trigger="tomber", modality="hypothetical",
                            occurred=False, date="2024-11-29", figures=[], actor2=[])
    later = _mention(date="2024-12-05", kind="air_strike", event_type="Explosions/Remote violence",
                     sub_event_type="Air/drone strike", place=None, actor1=[], figures=[])
    article = Article(id="a1", text=TEXT, lang="fr", source="example.org",
                      url="https://example.org/a1", title="Offensive à Alep",
                      published=DateClaim(value="2024-11-29", precision="day"),
                      events=[_mention(), hypothetical, later])
    db = SQLiteStore(str(tmp_path / "events.db"))
    db.put([article])
    yield db
    db.close()


def _export(store, fmt: str, table: str = "events", **filters) -> bytes:
    rows = registry.tables.get(table)(store, **filters)
    out = io.BytesIO()
    registry.formats.get(fmt)(rows, out, table=table)
    return out.getvalue()


def test_acled_csv_has_acled_columns_first_in_order(store):
    frame = pd.read_csv(io.BytesIO(_export(store, "acled-csv")))
    assert list(frame.columns[: len(ACLED)]) == ACLED
    assert "evidence" in frame.columns[len(ACLED):]
    first = frame.iloc[0]
    assert first["event_date"] == "2024-11-27"
    assert first["actor1"] == "Hayat Tahrir al-Sham" and first["inter1"] == 2
    assert first["inter2"] == 1 and first["interaction"] == 12
    assert first["iso"] == 760 and first["country"] == "Syria" and first["region"] == "Middle East"
    assert first["fatalities"] == 240 and first["geo_precision"] == 1
    assert first["longitude"] == pytest.approx(37.1343)


def test_hypothetical_mentions_are_left_out_unless_asked(store):
    assert len(pd.read_csv(io.BytesIO(_export(store, "acled-csv")))) == 2
    rows = list(registry.tables.get("events")(store, include_all=True))
    assert len(rows) == 3
    only = list(registry.tables.get("events")(store, modality="hypothetical"))
    assert [row["kind"] for row in only] == ["nonstate_overtakes"]


@pytest.mark.parametrize(("filters", "count"), [
    ({"since": "2024-12"}, 1), ({"until": "2024-11-30"}, 1), ({"type": "air"}, 1),
    ({"type": "Battles"}, 1), ({"actor": "tahrir"}, 1), ({"place": "aleppo"}, 1),
    ({"place": "Homs"}, 0), ({}, 2),
])
def test_filters(store, filters, count):
    assert len(list(registry.tables.get("events")(store, **filters))) == count


def test_ucdp_csv_deaths_and_precision(store):
    frame = pd.read_csv(io.BytesIO(_export(store, "ucdp-csv")))
    first = frame.iloc[0]
    assert first["best"] == 240 and first["low"] == 240
    assert first["deaths_unknown"] == 240 and first["deaths_civilians"] == 0
    assert first["where_prec"] == 1 and first["date_prec"] == 1
    assert first["side_a"] == "Hayat Tahrir al-Sham" and first["side_b"] == "Government of Syria"
    assert first["type_of_violence"] == 1
    assert first["date_start"] == "2024-11-27"


def test_geojson_is_a_feature_collection_with_longitude_first(store):
    data = json.loads(_export(store, "geojson"))
    assert data["type"] == "FeatureCollection"
    located = [f for f in data["features"] if f["geometry"] is not None]
    assert located[0]["geometry"] == {"type": "Point", "coordinates": [37.1343, 36.2021]}
    assert all(f["type"] == "Feature" and "properties" in f for f in data["features"])
    assert any(f["geometry"] is None for f in data["features"])  # no event lost


def test_parquet_reads_back_equal(store):
    rows = list(registry.tables.get("events")(store))
    back = pq.read_table(io.BytesIO(_export(store, "parquet"))).to_pylist()
    assert back == [{key: flat(value) for key, value in row.items()} for row in rows]
    frame = pd.read_parquet(io.BytesIO(_export(store, "parquet")))
    assert len(frame) == len(rows)
    assert list(frame.columns) == list(rows[0])
    assert frame["date"].tolist() == [row["date"] for row in rows]
    assert [json.loads(value) for value in frame["evidence"]] == [row["evidence"] for row in rows]
    assert frame["killed_best"].iloc[0] == 240


def test_jsonl_keeps_evidence(store):
    lines = _export(store, "jsonl").decode().splitlines()
    first = json.loads(lines[0])
    assert first["evidence"][0]["text"] == "cette attaque"
    assert first["attribution"] == "OSDH"


@pytest.mark.parametrize("fmt", ["acled-csv", "ucdp-csv", "geojson"])
def test_event_formats_refuse_other_tables(fmt):
    with pytest.raises(ExportError):
        registry.formats.get(fmt)(iter([{"id": "x"}]), io.BytesIO(), table="articles")


def test_generic_csv_and_parquet_write_any_table():
    rows = [{"id": "x", "n": 1, "tags": ["a", "b"]}, {"id": "y", "n": None, "extra": "z"}]
    out = io.BytesIO()
    assert registry.formats.get("csv")(rows, out, table="whatever") == 2
    frame = pd.read_csv(io.BytesIO(out.getvalue()))
    assert list(frame.columns) == ["id", "n", "tags", "extra"]
    assert json.loads(frame["tags"][0]) == ["a", "b"]
    out = io.BytesIO()
    registry.formats.get("parquet")(rows, out, table="whatever")
    back = pq.read_table(io.BytesIO(out.getvalue())).to_pylist()
    assert back == [{"id": "x", "n": 1, "tags": '["a", "b"]', "extra": None},
                    {"id": "y", "n": None, "tags": None, "extra": "z"}]


def test_merged_events_use_the_same_writers(store):
    event = Event(id="ev1", kind="air_strike", event_type="Explosions/Remote violence",
                  sub_event_type="Air/drone strike", date="2024-11-28", date_precision=2,
                  place=Place(0, 4, "places", "Alep", name="Aleppo", lat=36.2, lon=37.1,
                              country="SY", geo_precision=1),
                  fatalities_low=20, fatalities_best=24, fatalities_high=30,
                  sources=["example.org", "other.net"], review={"status": "confirmed"})
    save_events(store, [event])
    frame = pd.read_csv(io.BytesIO(_export(store, "acled-csv", table="merged_events")))
    assert list(frame.columns[: len(ACLED)]) == ACLED
    assert frame.iloc[0]["fatalities"] == 20
    assert json.loads(frame.iloc[0]["review"]) == {"status": "confirmed"}
    ucdp = pd.read_csv(io.BytesIO(_export(store, "ucdp-csv", table="merged_events")))
    assert (ucdp.iloc[0]["low"], ucdp.iloc[0]["best"], ucdp.iloc[0]["high"]) == (20, 24, 30)


def test_an_event_without_its_own_place_keeps_its_articles_country(tmp_path):
    alep = Place(*_span("Alep"), "places", "Alep", name="Aleppo", lat=36.2021, lon=37.1343,
                 country="SY", where_prec=1, geo_precision=1, resolved=True)
    unplaced = _mention(place=None)
    article = Article(id="a2", text=TEXT, lang="fr", source="example.org", places=[alep],
                      published=DateClaim(value="2024-11-29", precision="day"),
                      events=[unplaced])
    db = SQLiteStore(str(tmp_path / "unplaced.db"))
    db.put([article])
    acled = pd.read_csv(io.BytesIO(_export(db, "acled-csv"))).iloc[0]
    assert acled["country"] == "Syria" and acled["iso"] == 760
    assert pd.isna(acled["location"]) and pd.isna(acled["latitude"])
    assert pd.isna(acled["geo_precision"])  # ACLED has no code for "country only"
    ucdp = pd.read_csv(io.BytesIO(_export(db, "ucdp-csv"))).iloc[0]
    assert ucdp["where_prec"] == 6 and ucdp["country"] == "Syria"
    save_events(db, [Event(id="ev2", kind="air_strike", event_type="Explosions/Remote violence",
                           date="2024-11-28", date_precision=1, country="SY")])
    merged = pd.read_csv(io.BytesIO(_export(db, "ucdp-csv", table="merged_events"))).iloc[0]
    assert merged["country"] == "Syria" and merged["where_prec"] == 6
    db.close()
