"""What every backend shares: the article row written, the article read back, small helpers."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any, TypeVar

from ..errors import StoreError
from ..serde import from_dict, to_dict
from ..types import Article

T = TypeVar("T")

#: Columns copied out of the article for querying; everything else lives in ``data`` (JSON).
COLUMNS = (
    "external_id",
    "origin",
    "fmt",
    "url",
    "source",
    "title",
    "lang",
    "rejected",
    "duplicate_of",
    "similarity",
)

#: Rows (ids, statuses, events, episodes) read per query by the streaming readers.
PAGE = 500

#: Articles read per query by :meth:`~chronique.store.Store.iter_articles`: a whole analysed
#: article (text, raw, analysis) is about 0.1 MB, so a page is about 10 MB.
ARTICLE_PAGE = 100


def keyset(fetch: Any, select: str, first: str, second: str, *, mark: str,
           collate: str = "", page: int = PAGE) -> Iterator[Any]:
    """The rows of ``select`` ordered by ``first`` (NULL first), then ``second`` (unique),
    read ``page`` at a time, each page one query through ``fetch(sql, params)`` (no read
    stays open between pages). ``mark`` is the driver's placeholder ("?", "%s"); ``collate``
    what follows a column to order it byte-wise (' COLLATE "C"' on PostgreSQL)."""
    last: tuple[Any, Any] | None = None
    null = True  # the rows whose ``first`` is NULL come first
    one, two = f"{first}{collate}", f"{second}{collate}"
    while True:
        if null:
            where = f"{first} IS NULL" + (f" AND {two} > {mark}" if last else "")
            params = [last[1]] if last else []
        else:
            where = f"{first} IS NOT NULL" + (
                f" AND ({one} > {mark} OR ({first} = {mark} AND {two} > {mark}))"
                if last else "")
            params = [last[0], last[0], last[1]] if last else []
        rows = fetch(f"{select} WHERE {where} ORDER BY {one}, {two} LIMIT {page}", params)
        yield from rows
        if len(rows) == page:
            last = (rows[-1][first], rows[-1][second])
        elif null:
            null, last = False, None
        else:
            return


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def site_of(article: Article) -> str | None:
    """The site an article comes from: the URL's host, else its source name."""
    if article.url and "://" in article.url:
        host = article.url.split("://", 1)[1].split("/", 1)[0].lower()
        return host.removeprefix("www.")
    return article.meta.get("site") or article.source


def article_row(article: Article, version: str | None, phase: str) -> dict[str, Any]:
    """The row of ``article`` (``data``: its JSON without text and raw, which are columns);
    ``phase`` says which status columns the write sets: ``prepared`` (prepare phase done at
    ``version``, analysis pending), ``analyzed``, ``text-changed`` (analysis pending again) or
    ``links`` (status untouched)."""
    data = to_dict(article)
    data.pop("text")
    data.pop("raw")
    claim = article.published
    row: dict[str, Any] = {"id": article.id}
    row.update({column: getattr(article, column) for column in COLUMNS})
    row.update(
        site=site_of(article),
        page_date=claim.page_date if claim else None,
        published=claim.value if claim else None,
        text=article.text,
        raw=article.raw,
        text_hash=text_hash(article.text),
        data=json.dumps(data, ensure_ascii=False),
        updated=now(),
    )
    if phase == "prepared":  # fresh from the prepare phase: analysis to be (re)done
        row["prepared"] = version
        row["analyzed"] = None
    elif phase == "text-changed":  # a corpus pass changed the text: analysis is stale
        row["analyzed"] = None
    elif phase == "analyzed":
        row["analyzed"] = version
    elif phase != "links":  # links: only cross-article fields changed
        raise StoreError(f"unknown write phase {phase!r}")
    return row


def article_from(text: str, raw: str | bytes | None, data: str) -> Article:
    article = from_dict(Article, json.loads(data))
    article.text = text
    article.raw = raw
    return article


def names_of(origin: str | None, also: str | None) -> list[str]:
    """An article's names from its origin column and its ``meta.also_from`` JSON."""
    others = (json.loads(also) if also else None) or []
    return [name for name in [origin, *others] if name]


def chunks(items: Iterable[T], size: int = PAGE) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def decode_runs(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    result = []
    for row in rows:
        item = dict(row)
        for key in ("config", "inputs", "stats"):
            item[key] = json.loads(item[key]) if item[key] else None
        result.append(item)
    return result
