"""One bad article never stops a batch: failures are recorded against the article that caused
them, with their reason, and the others go on.

A batch that fails as a whole (a write the store refuses, a batched parse that raises) is
retried one article at a time; the article that still fails alone is stored as rejected with
the error as its reason, so it is not picked up again by the next run.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from ..errors import StageError
from ..ingest import article_from_raw
from ..sources.guard import escape_name
from ..store import Store
from ..types import Article, RawItem

log = logging.getLogger(__name__)


def reason_of(where: str, error: BaseException) -> str:
    return f"error:{where}: {type(error).__name__}: {error}"[:500]


def from_raw(item: RawItem) -> Article:
    """:func:`article_from_raw`, or a rejected article saying why it could not be built."""
    try:
        return article_from_raw(item)
    except Exception as error:  # noqa: BLE001 - recorded against the input
        log.warning("input %s could not be read: %s", item.origin, error)
        origin = escape_name(str(item.origin))
        return article_from_raw(RawItem(origin=origin, fmt=item.fmt,
                                        error=reason_of("ingest", error)))


def stub(article: Article, reason: str) -> Article:
    """What is kept of an article that cannot be stored whole: its identity and the reason."""
    def text(value: object) -> str | None:
        return None if value is None else escape_name(str(value))[:2000]

    return Article(id=article.id, external_id=text(article.external_id), url=text(article.url),
                   origin=text(article.origin), fmt=text(article.fmt),
                   source=text(article.source), rejected=reason)


def put(store: Store, articles: Sequence[Article], *, version: str, phase: str) -> list[Article]:
    """Write ``articles``; when the store refuses the batch, write them one by one and store
    the ones it still refuses as rejected with the store's reason. Returns what was written."""
    try:
        store.put(articles, version=version, phase=phase)
        return list(articles)
    except Exception as error:  # noqa: BLE001 - narrowed down below
        refused: Exception = error
        log.warning("writing %d article(s) failed (%s)", len(articles), error)
    written: list[Article] = []
    for article in articles:
        try:
            if len(articles) == 1:
                raise refused
            store.put([article], version=version, phase=phase)
            written.append(article)
        except Exception as error:  # noqa: BLE001 - recorded against the article
            log.warning("article %s (%s) could not be stored: %s", article.id, article.origin,
                        error)
            kept = stub(article, reason_of("store", error))
            store.put([kept], version=version, phase=phase)
            written.append(kept)
    return written


def apply(fn: Callable[[list[Article]], list[Article]], articles: list[Article],
          where: str) -> list[Article]:
    """``fn`` over the batch; when it raises, over each article alone, and an article that
    still raises comes back rejected with the error as its reason."""
    try:
        return fn(articles)
    except StageError:  # the pipeline's error policy is "raise": so be it
        raise
    except Exception as error:  # noqa: BLE001 - narrowed down below
        if len(articles) == 1:
            log.warning("article %s failed in %s: %s", articles[0].id, where, error)
            articles[0].rejected = reason_of(where, error)
            return articles
        log.warning("a batch of %d failed in %s (%s); one by one", len(articles), where, error)
    out: list[Article] = []
    for article in articles:
        try:
            out.extend(fn([article]))
        except StageError:
            raise
        except Exception as error:  # noqa: BLE001 - recorded against the article
            log.warning("article %s failed in %s: %s", article.id, where, error)
            article.rejected = reason_of(where, error)
            out.append(article)
    return out
