"""The ``articles`` table: one row per article, rejected and duplicate ones included.

Stable fields: id, external_id, url, source, title, origin, page_date, page_date_source
(where the page date came from: meta, feed, jsonl, http, sidecar, option, file-name, path,
text-line), published,
published_precision, published_evidence, page_date_contradicted, text, lang, rejected,
duplicate_of, similarity, removed (list of {text, reason}).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .. import registry
from ..serde import to_dict
from ..store.base import Store
from ..types import Article


def article_row(article: Article) -> dict[str, Any]:
    claim = article.published
    return {
        "id": article.id,
        "external_id": article.external_id,
        "url": article.url,
        "source": article.source,
        "title": article.title,
        "origin": article.origin,
        "page_date": claim.page_date if claim else None,
        "page_date_source": claim.page_date_source if claim else None,
        "published": claim.value if claim else None,
        "published_precision": claim.precision if claim else "unknown",
        "published_evidence": to_dict(claim.evidence) if claim else [],
        "page_date_contradicted": claim.contradicted if claim else False,
        "page_date_contradiction": list(claim.reasons) if claim else [],
        "text": article.text,
        "lang": article.lang,
        "rejected": article.rejected,
        "duplicate_of": article.duplicate_of,
        "similarity": article.similarity,
        "removed": [{"text": piece.text, "reason": piece.reason} for piece in article.removed],
    }


def articles_table(
    store: Store, *, search: str | None = None, **_: Any
) -> Iterator[dict[str, Any]]:
    for article in store.iter_articles(search=search):
        yield article_row(article)


registry.tables.register("articles", articles_table)
