"""From a raw item to a new article: a content-hash id and what the container said of it."""

from __future__ import annotations

import hashlib

from .types import Article, DateClaim, RawItem


def article_id(item: RawItem) -> str:
    """A stable id: the hash of the content and the URL (the same input always has the same id)."""
    digest = hashlib.sha256()
    digest.update((item.url or "").encode())
    digest.update(b"\0")
    data = item.data
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    digest.update(data or item.origin.encode())
    if item.error and not data:
        digest.update(item.error.encode())
    return digest.hexdigest()[:16]


def article_from_raw(item: RawItem) -> Article:
    """A new article carrying the raw input; rejected at once when the source could not read it."""
    claim = None
    if item.page_date:
        claim = DateClaim(page_date=item.page_date, page_date_source=item.page_date_source)
    return Article(
        id=article_id(item),
        raw=item.data,
        external_id=item.external_id,
        url=item.url,
        source=item.source,
        title=item.title,
        origin=item.origin,
        fmt=item.fmt,
        published=claim,
        rejected=item.error,
        meta=dict(item.meta),
    )
