"""Files, folders and stdin; format detection."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from .. import registry
from ..types import RawItem
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


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path | None]:
    """Every file under ``paths`` in a stable order (``-`` yields ``None`` for stdin)."""
    for given in paths:
        if str(given) == "-":
            yield None
            continue
        path = Path(given)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path).parts
                if child.is_file() and not any(part.startswith(HIDDEN) for part in relative):
                    yield child
        else:
            yield path


def read_paths(paths: Iterable[str | Path], *, fmt: str | None = None) -> Iterator[RawItem]:
    """Raw items from files, folders (recursive) and ``-`` (stdin)."""
    for path in iter_paths(paths):
        if path is None:
            yield from _read(sys.stdin.buffer.read(), "<stdin>", fmt)
            continue
        try:
            data = path.read_bytes()
        except OSError as error:
            yield storable(RawItem(origin=str(path), fmt=fmt or "text",
                                   error=f"unreadable: {error}"))
            continue
        yield from _read(data, str(path), fmt)


def _read(data: bytes, origin: str, fmt: str | None) -> Iterator[RawItem]:
    chosen = fmt or detect_format(origin, data[:2048])
    reader = registry.sources.get(chosen)
    log.debug("reading %s as %s", origin, chosen)
    yield from guarded(reader, data, origin, chosen)


def read_single(data: bytes, origin: str, fmt: str) -> Iterator[RawItem]:
    """A whole file is one article (plain text or HTML)."""
    yield RawItem(origin=origin, fmt=fmt, data=data)


registry.sources.register("text", lambda data, origin: read_single(data, origin, "text"))
registry.sources.register("html", lambda data, origin: read_single(data, origin, "html"))
