"""RSS and Atom feed files: one article per entry (content, else summary)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from .. import registry
from ..types import RawItem


def read_feed(data: bytes, origin: str) -> Iterator[RawItem]:
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = getattr(parsed, "bozo_exception", None) or "no entries"
        yield RawItem(origin=origin, fmt="feed", data=data, error=f"feed: {reason}")
        return
    site = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, start=1):
        yield _item(entry, f"{origin}#{number}", site)


def _item(entry: Any, where: str, site: str | None) -> RawItem:
    contents = entry.get("content") or []
    html = contents[0].get("value") if contents else entry.get("summary", "")
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    page_date = time.strftime("%Y-%m-%dT%H:%M:%S", stamp) if stamp else None
    return RawItem(
        origin=where,
        fmt="html",
        data=html or "",
        url=entry.get("link"),
        title=entry.get("title"),
        page_date=page_date,
        page_date_source="feed" if page_date else None,
        source=site,
        external_id=entry.get("id"),
    )


registry.sources.register("feed", read_feed)
