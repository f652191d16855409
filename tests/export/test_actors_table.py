"""The ``actors`` export table over a SQLite store."""

from __future__ import annotations

from chronique import registry
from chronique.store.sqlite import SQLiteStore
from chronique.types import ActorMention, Article, DateClaim


def _article(article_id: str, date: str, mentions: list[ActorMention]) -> Article:
    return Article(id=article_id, text="Le régime syrien et Sonia Khush.", lang="fr",
                   published=DateClaim(value=date), actors=mentions)


def test_rows_and_filters(tmp_path):
    store = SQLiteStore(str(tmp_path / "t.db"))
    regime = ActorMention(3, 16, "actors", "régime syrien", actor_id="syrian-government",
                          canonical="Gouvernement syrien", kind="government", sector="GOV",
                          country="SY", side="Government of Syria", key="syrian-government")
    khush = ActorMention(20, 31, "actors", "Sonia Khush", label="PER", how="ner", key="sonia-khush")
    store.put([_article("a1", "2016-12-08", [regime, khush]), _article("a2", "2019-01-01", [])])
    table = registry.tables.get("actors")
    rows = list(table(store))
    assert [(row["article_id"], row["text"], row["actor_id"]) for row in rows] == [
        ("a1", "régime syrien", "syrian-government"), ("a1", "Sonia Khush", None)]
    first = rows[0]
    assert {"article_id", "start", "end", "text", "actor_id", "canonical", "kind", "sector",
            "country", "wikidata", "side", "how"} <= set(first)
    assert (first["start"], first["end"], first["country"]) == (3, 16, "SY")
    assert [row["text"] for row in table(store, actor="syrian-government")] == ["régime syrien"]
    assert list(table(store, since="2017-01-01")) == []
