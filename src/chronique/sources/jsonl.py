"""JSON Lines: one article per line.

Documented fields: ``id`` (the user's own id, kept as ``external_id``), ``text`` or ``html``,
``url``, ``title``, ``published`` (the page's date), ``source``. Other fields are kept in
``meta``. An invalid line becomes an item with an error naming the line; the others go on.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from .. import registry
from ..types import RawItem

KNOWN = ("id", "text", "html", "url", "title", "published", "source")


def read_jsonl(data: bytes, origin: str) -> Iterator[RawItem]:
    for number, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except (ValueError, RecursionError) as error:  # invalid, undecodable or nested too deep
            yield RawItem(
                origin=where, fmt="jsonl", data=line, error=f"jsonl: invalid JSON: {error}"
            )
            continue
        yield _item(record, where, line)


def _item(record: Any, where: str, line: bytes) -> RawItem:
    if not isinstance(record, dict):
        return RawItem(
            origin=where,
            fmt="jsonl",
            data=line,
            error=f"jsonl: expected an object, got {type(record).__name__}",
        )
    body = record.get("html") if record.get("html") else record.get("text")
    if not isinstance(body, str):
        return RawItem(
            origin=where, fmt="jsonl", data=line, error="jsonl: no 'text' or 'html' string field"
        )
    published = record.get("published")
    return RawItem(
        origin=where,
        fmt="html" if record.get("html") else "text",
        data=body,
        url=_str(record.get("url")),
        title=_str(record.get("title")),
        page_date=_str(published),
        page_date_source="jsonl" if published else None,
        source=_str(record.get("source")),
        external_id=_str(record.get("id")),
        meta={key: value for key, value in record.items() if key not in KNOWN},
    )


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


registry.sources.register("jsonl", read_jsonl)
