"""The ``places`` export table over a store."""

from __future__ import annotations

from pathlib import Path

from chronique import registry
from chronique.store.base import open_store
from chronique.types import Article, DateClaim, Place

DAMAS = Place(0, 5, "places", "Damas", name="Damascus", gazetteer_id="geonames:170654",
              lat=33.5102, lon=36.29128, country="SY", admin1="Damascus Governorate",
              kind="city", where_prec=2, geo_precision=2, resolved=True, confidence=1.0,
              part="est", candidates=("geonames:170654",))
UNKNOWN = Place(20, 27, "places", "Tripoli", resolved=False, confidence=0.5,
                candidates=("geonames:2210247", "geonames:266826"))
VILLAGE = Place(0, 11, "places", "Toukoulbila", name="Toukoulbila", lat=12.73, lon=-3.86,
                country="BF", admin1="Boucle du Mouhoun", admin2="Kossi", kind="village",
                where_prec=3, geo_precision=2, resolved=True, confidence=1.0,
                within="geonames:2359027")
DATELINE = Place(0, 6, "places", "BAMAKO", name="Bamako", gazetteer_id="geonames:2460596",
                 country="ML", kind="city", where_prec=1, geo_precision=1, resolved=True,
                 role="dateline")


def test_rows_carry_the_documented_columns(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "t.db"))
    text = "Damas est bombardée. Tripoli aussi."
    article = Article(id="a1", text=text, lang="fr", places=[DAMAS, UNKNOWN],
                      published=DateClaim(value="2017-03-19"))
    store.put([article])
    table = registry.tables.get("places")
    rows = list(table(store))
    assert [row["text"] for row in rows] == ["Damas", "Tripoli"]
    first = rows[0]
    for column in ("article_id", "start", "end", "text", "name", "gazetteer_id", "lat", "lon",
                   "country", "admin1", "where_prec", "geo_precision"):
        assert column in first
    assert (first["article_id"], first["start"], first["end"]) == ("a1", 0, 5)
    assert (first["country"], first["where_prec"], first["geo_precision"]) == ("SY", 2, 2)
    assert rows[1]["resolved"] is False
    assert rows[1]["candidates"] == "geonames:2210247|geonames:266826"
    assert [r["text"] for r in table(store, place="syr")] == []
    assert [r["text"] for r in table(store, place="SY")] == ["Damas"]
    assert list(table(store, since="2018")) == []
    assert len(list(table(store, until="2017-03"))) == 2
    store.close()


def test_a_village_at_its_container_and_a_dateline_keep_their_fields(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "t.db"))
    store.put([Article(id="b1", text="Toukoulbila", lang="fr", places=[VILLAGE]),
               Article(id="b2", text="BAMAKO (AFP) -", lang="fr", places=[DATELINE])])
    rows = {row["article_id"]: row for row in registry.tables.get("places")(store)}
    assert (rows["b1"]["within"], rows["b1"]["admin2"], rows["b1"]["kind"]) == (
        "geonames:2359027", "Kossi", "village")
    assert rows["b2"]["role"] == "dateline" and rows["b1"]["role"] is None
    store.close()
