"""Every input accounted for: a reader that fails or finds nothing leaves a reason, and what
readers yield is made storable (lone surrogates replaced, undecodable file names escaped).

:func:`guarded` wraps a format reader: an exception from it ends that file with one error item
naming what was read before (the run goes on with the next file), and a file of a container
format with no record at all becomes one error item instead of vanishing.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

from ..types import RawItem

log = logging.getLogger(__name__)

Reader = Callable[[bytes, str], Iterator[RawItem]]

#: how deep a ``meta`` value may nest before it is kept as its JSON text
MAX_META_DEPTH = 32
REPLACEMENT = "\ufffd"
#: formats holding records (a file of them with none is reported); others are one article
CONTAINERS = ("jsonl", "feed", "warc")


def escape_name(name: str) -> str:
    """A file name as text, losslessly: bytes that are not UTF-8 (which Python carries as
    lone surrogates) are shown as ``\\xNN`` escapes."""
    if _encodable(name):
        return name
    return os.fsencode(name).decode("utf-8", "backslashreplace") if _escaped_only(name) \
        else name.encode("utf-8", "surrogatepass").decode("utf-8", "backslashreplace")


def _escaped_only(name: str) -> bool:
    return all(not 0xD800 <= ord(c) <= 0xDFFF or 0xDC80 <= ord(c) <= 0xDCFF for c in name)


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def scrub(text: str) -> tuple[str, int]:
    """``text`` with every lone surrogate replaced by U+FFFD, and how many were replaced."""
    if _encodable(text):
        return text, 0
    count = sum(1 for c in text if 0xD800 <= ord(c) <= 0xDFFF)
    return "".join(REPLACEMENT if 0xD800 <= ord(c) <= 0xDFFF else c for c in text), count


def _scrub_value(value: Any, depth: int = 0) -> tuple[Any, int]:
    if isinstance(value, str):
        return scrub(value)
    if depth >= MAX_META_DEPTH and isinstance(value, (dict, list)):
        import json

        return scrub(json.dumps(value, ensure_ascii=False)[:10_000])
    if isinstance(value, dict):
        total, out = 0, {}
        for key, item in value.items():
            clean_key, n = scrub(str(key))
            out[clean_key], m = _scrub_value(item, depth + 1)
            total += n + m
        return out, total
    if isinstance(value, list):
        total, items = 0, []
        for item in value:
            clean, n = _scrub_value(item, depth + 1)
            items.append(clean)
            total += n
        return items, total
    return value, 0


def storable(item: RawItem) -> RawItem:
    """``item`` with no string the store cannot write; replacements are counted in
    ``meta["replaced_surrogates"]``."""
    changes: dict[str, Any] = {}
    replaced = 0
    for name in ("data", "url", "title", "page_date", "page_date_source", "source",
                 "external_id", "error"):
        value = getattr(item, name)
        if isinstance(value, str):
            clean, n = scrub(value)
            if n:
                changes[name], replaced = clean, replaced + n
    origin = escape_name(item.origin)
    if origin != item.origin:
        changes["origin"] = origin
    meta, n = _scrub_value(item.meta)
    if n or _deep(item.meta):
        changes["meta"], replaced = meta, replaced + n
    if replaced:
        changes.setdefault("meta", dict(item.meta))["replaced_surrogates"] = replaced
    return replace(item, **changes) if changes else item


def _deep(value: Any, depth: int = 0) -> bool:
    if depth >= MAX_META_DEPTH:
        return isinstance(value, (dict, list))
    if isinstance(value, dict):
        return any(_deep(item, depth + 1) for item in value.values())
    if isinstance(value, list):
        return any(_deep(item, depth + 1) for item in value)
    return False


def guarded(reader: Reader, data: bytes, origin: str, fmt: str) -> Iterator[RawItem]:
    """The items of ``reader`` over one file, storable, with a reason when it fails or when a
    container (``jsonl``, ``feed``, ``warc``) holds no record."""
    origin = escape_name(origin)
    if fmt in CONTAINERS and not data.strip(b" \t\r\n\0"):
        yield RawItem(origin=origin, fmt=fmt, error=f"{fmt}: empty file")
        return
    count = 0
    try:
        for item in reader(data, origin):
            count += 1
            yield storable(item)
    except Exception as error:  # noqa: BLE001 - one bad file never stops the run
        log.warning("reading %s as %s failed after %d item(s): %s", origin, fmt, count, error)
        why = f"{type(error).__name__}: {error}"[:300]
        yield storable(RawItem(origin=f"{origin}#after-{count}", fmt=fmt,
                               error=f"{fmt}: reading failed after {count} item(s): {why}"))
        return
    if count == 0:
        reason = "empty file" if not data.strip() else f"no {fmt} record in the file"
        yield RawItem(origin=origin, fmt=fmt, error=f"{fmt}: {reason}")
