"""The ``actors`` export table: one row per actor mention of every accepted article."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .. import registry
from ..merge.store import in_range, published
from ..types import ActorMention, Article

COLUMNS = ("article_id", "start", "end", "text", "actor_id", "canonical", "kind", "sector",
           "country", "wikidata", "side", "acled", "how", "role", "label", "key", "note")


def actor_row(article: Article, mention: ActorMention) -> dict[str, Any]:
    """The export row of one actor mention of ``article``."""
    return {
        "article_id": article.id, "start": mention.start, "end": mention.end,
        "text": mention.text, "actor_id": mention.actor_id, "canonical": mention.canonical,
        "kind": mention.kind, "sector": mention.sector, "country": mention.country,
        "wikidata": mention.wikidata, "side": mention.side, "acled": mention.acled,
        "how": mention.how, "role": mention.role,
        "label": mention.label, "key": mention.key, "note": mention.note,
    }


def _matches(mention: ActorMention, wanted: str) -> bool:
    wanted = wanted.casefold()
    if mention.actor_id is not None and mention.actor_id.casefold() == wanted:
        return True
    return any(value and wanted in value.casefold() for value in (mention.text, mention.canonical))


def actors_table(store: Any, *, since: str | None = None, until: str | None = None,
                 actor: str | None = None, **_: Any) -> Iterator[dict[str, Any]]:
    """Rows of the ``actors`` table (filters: ``since``/``until`` on the article's date,
    ``actor`` on the id, the canonical name or the text; other filters do not apply)."""
    for article in store.iter_articles(include_rejected=False):
        if not in_range(published(article), since, until):
            continue
        for mention in article.actors:
            if actor is None or _matches(mention, actor):
                yield actor_row(article, mention)


registry.tables.register("actors", actors_table)
