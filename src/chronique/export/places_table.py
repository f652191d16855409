"""The ``places`` export table: one row per toponym span of every accepted article."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .. import registry
from ..merge.store import in_range, published
from ..types import Article, Place

COLUMNS = ("article_id", "start", "end", "text", "name", "gazetteer_id", "lat", "lon",
           "country", "admin1", "admin2", "kind", "part", "where_prec", "geo_precision",
           "resolved", "confidence", "candidates", "within", "role")


def place_row(article: Article, place: Place) -> dict[str, Any]:
    """The export row of one place of ``article``."""
    return {
        "article_id": article.id, "start": place.start, "end": place.end, "text": place.text,
        "name": place.name, "gazetteer_id": place.gazetteer_id, "lat": place.lat,
        "lon": place.lon, "country": place.country, "admin1": place.admin1,
        "admin2": place.admin2, "kind": place.kind, "part": place.part,
        "where_prec": place.where_prec, "geo_precision": place.geo_precision,
        "resolved": place.resolved, "confidence": place.confidence,
        "candidates": "|".join(place.candidates), "within": place.within, "role": place.role,
    }


def _matches(place: Place, wanted: str) -> bool:
    wanted = wanted.casefold()
    return any(value and wanted in value.casefold()
               for value in (place.text, place.name, place.country, place.admin1))


def places_table(store: Any, *, since: str | None = None, until: str | None = None,
                 place: str | None = None, **_: Any) -> Iterator[dict[str, Any]]:
    """Rows of the ``places`` table (filters: ``since``/``until`` on the article's date,
    ``place`` on the span, name, country or admin1; other filters do not apply)."""
    for article in store.iter_articles(include_rejected=False):
        if not in_range(published(article), since, until):
            continue
        for span in article.places:
            if place is None or _matches(span, place):
                yield place_row(article, span)


registry.tables.register("places", places_table)
