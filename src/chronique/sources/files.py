"""Files, folders and stdin; format detection."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from .. import registry
from ..types import RawItem
from .bounded import ARTICLE_BYTES, from_bom, limit_for, read_at_most, read_file, walk
from .dates import DatePolicy, is_sidecar, with_dates
from .guard import guarded, storable

log = logging.getLogger(__name__)

SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".warc": "warc",
    ".arc": "warc",
}
HIDDEN = (".", "_", "~")


def detect_format(name: str, head: bytes) -> str:
    """The format of a file from its name, else from its first bytes (text when unsure)."""
    lower = name.lower()
    if lower.endswith((".warc.gz", ".arc.gz")):
        return "warc"
    suffix = Path(lower).suffix
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]
    sniff = head.lstrip()[:512].lower()
    if sniff.startswith(b"warc/"):
        return "warc"
    if b"<rss" in sniff or b"<feed" in sniff or b"<rdf:rdf" in sniff:
        return "feed"
    if sniff.startswith((b"<!doctype html", b"<html")) or b"<body" in sniff:
        return "html"
    if sniff.startswith(b"{"):
        return "jsonl"
    return "text"


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path | RawItem | None]:
    """Every file under ``paths`` in a stable order (``-`` yields ``None`` for stdin), and an
    error item for each entry of a folder that cannot be read as a file."""
    for given in paths:
        if str(given) == "-":
            yield None
            continue
        path = Path(given)
        if path.is_dir():  # files in a stable order; loops, FIFOs, devices: a reason each
            # (a sidecar of metadata is read with its article, never as one)
            yield from (child for child in walk(path, HIDDEN)
                        if isinstance(child, RawItem) or not is_sidecar(child))
        else:
            yield path


def read_paths(paths: Iterable[str | Path], *, fmt: str | None = None,
               dates: DatePolicy | None = None,
               max_bytes: int = ARTICLE_BYTES) -> Iterator[RawItem]:
    """Raw items from files, folders (recursive) and ``-`` (stdin); a file's items get the page
    date its sidecar, name or folders carry (see :mod:`chronique.sources.dates`); a file of one
    article (text, HTML) over ``max_bytes`` is rejected unread (see :mod:`.bounded`)."""
    dates = dates or DatePolicy()
    for path in iter_paths(paths):
        if isinstance(path, RawItem):
            yield storable(path)
            continue
        if path is None:
            data = read_at_most(sys.stdin.buffer, limit_for(fmt, max_bytes), "<stdin>", fmt)
            origin = "<stdin>"
        else:
            data = read_file(path, fmt, max_bytes)
            origin = str(path)
        if isinstance(data, RawItem):
            yield storable(data)
            continue
        yield from with_dates(_read(data, origin, fmt), path, dates)


def _read(data: bytes, origin: str, fmt: str | None) -> Iterator[RawItem]:
    data, encoding = from_bom(data)
    if encoding:
        log.debug("%s is %s with a byte-order mark: read as UTF-8", origin, encoding)
    chosen = fmt or detect_format(origin, data[:2048])
    reader = registry.sources.get(chosen)
    log.debug("reading %s as %s", origin, chosen)
    yield from guarded(reader, data, origin, chosen)


def read_single(data: bytes, origin: str, fmt: str) -> Iterator[RawItem]:
    """A whole file is one article (plain text or HTML)."""
    yield RawItem(origin=origin, fmt=fmt, data=data)


registry.sources.register("text", lambda data, origin: read_single(data, origin, "text"))
registry.sources.register("html", lambda data, origin: read_single(data, origin, "html"))
