"""From a raw item to a new article: a content-hash id and what the container said of it."""

from __future__ import annotations

import hashlib

from .types import Article, DateClaim, RawItem
from .validate import check_date, page_date_reason


def article_id(item: RawItem) -> str:
    """A stable id: the hash of the content, the URL and the input's own id when it has one
    (the same input always has the same id; two records of the same text under two ids of
    their own stay two articles, the second marked a duplicate of the first)."""
    digest = hashlib.sha256()
    digest.update((item.url or "").encode("utf-8", "surrogatepass"))
    digest.update(b"\0")
    if item.external_id:
        digest.update(item.external_id.encode("utf-8", "surrogatepass") + b"\0id\0")
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
    meta = dict(item.meta)
    page_date, why = check_date(item.page_date)
    if page_date:
        claim = DateClaim(page_date=page_date, page_date_source=item.page_date_source)
    elif why is not None:  # kept as the raw claim with its reason, never as a typed date
        meta["page_date_raw"] = str(item.page_date)[:1000]
        claim = DateClaim(page_date_source=item.page_date_source,
                          reasons=[page_date_reason(str(item.page_date), item.page_date_source,
                                                    why)])
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
        meta=meta,
    )
