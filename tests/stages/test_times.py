"""The times stage: expressions resolved against the believed date and linked to sentences."""

from __future__ import annotations

from collections.abc import Iterator

from chronique import registry
from chronique.stages.dating import DatingStage
from chronique.stages.sentences import SentenceStage
from chronique.stages.times import TimesStage
from chronique.types import Article, DateClaim


def analyzed(text: str, page_date: str | None, external_id: str | None = None) -> Article:
    article = Article(id="x1", text=text, lang="fr", external_id=external_id)
    article.published = DateClaim(page_date=page_date, page_date_source="meta")
    for step in (SentenceStage(), DatingStage(), TimesStage()):
        article = step(article)
    return article


def test_seed_004_lancee_mercredi_is_the_27th(seeds: dict[str, str]) -> None:
    article = analyzed(seeds["004"], "2024-11-29")
    mercredi = next(t for t in article.times if t.text == "mercredi")
    assert mercredi.value == "2024-11-27"
    sentence = article.text[mercredi.sentence_start : mercredi.sentence_end]
    assert sentence.startswith("Lancée mercredi")


def test_seed_000_relative_dates_use_the_believed_date(seeds: dict[str, str]) -> None:
    article = analyzed(seeds["000"], "2017-03")
    (dimanche,) = [t for t in article.times if t.text == "ce dimanche 19"]
    assert dimanche.value == "2017-03-19"


def test_weekday_of_the_page_date_is_that_day() -> None:
    text = ("Vendredi, des frappes ont touché Alep. Les secours sont arrivés vendredi soir. "
            "Une trêve avait été annoncée mardi.")
    article = analyzed(text, "2016-12-09")  # a Friday
    assert [(t.text, t.value) for t in article.times] == [
        ("Vendredi", "2016-12-09"), ("vendredi soir", "2016-12-09TEV"), ("mardi", "2016-12-06"),
    ]


def test_every_expression_sits_inside_its_sentence() -> None:
    text = (
        "Hier soir, deux obus sont tombés. Le 3 mai, une trêve avait été signée.\n"
        "Depuis trois jours, rien."
    )
    article = analyzed(text, "2017-05-10")
    assert [(t.text, t.value) for t in article.times] == [
        ("Hier soir", "2017-05-09TEV"), ("Le 3 mai", "2017-05-03"), ("trois jours", "P3D"),
    ]
    for expr in article.times:
        assert expr.sentence_start <= expr.start < expr.end <= expr.sentence_end
        assert text[expr.start : expr.end] == expr.text


class FakeStore:
    def __init__(self, articles: list[Article]) -> None:
        self.articles = articles

    def iter_articles(self, *, include_rejected: bool = True) -> Iterator[Article]:
        return iter(self.articles)


def test_times_table_rows() -> None:
    article = analyzed("Le 15 novembre 2016, Alep a été bombardée.", "2016-12-08", "doc-7")
    rows = list(registry.tables.get("times")(FakeStore([article])))
    assert rows == [
        {
            "article_id": "x1", "external_id": "doc-7", "start": 0, "end": 19,
            "text": "Le 15 novembre 2016", "type": "DATE", "value": "2016-11-15", "mod": None,
            "anchor": "2016-12-08", "sentence_start": 0, "sentence_end": 42,
            "sentence": "Le 15 novembre 2016, Alep a été bombardée.", "published": "2016-12-08",
        }
    ]
    assert list(registry.tables.get("times")(FakeStore([article]), type="DURATION")) == []
