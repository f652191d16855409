"""Bounded reading: what a path is decides how it is read, before any byte is.

- Folders are walked in a stable order without following a symlinked folder twice (a symlink
  loop is reported, not followed); hidden entries (``.``, ``_``, ``~``) are left out.
- Only regular files are read: FIFOs, devices and sockets get a row with their reason instead of
  blocking or streaming forever (a link to ``/dev/zero`` is a device).
- A file is stat'ed first: one larger than its limit (``max_bytes`` for a single article, a
  larger one for containers of articles) is rejected with its size and never read; the read
  itself stops at the limit, in case the file grows.
- Text in UTF-16 or UTF-32 with a byte-order mark is turned into UTF-8 at the door.

Every problem becomes a :class:`RawItem` with ``error`` set: each input has a row or a reason.
"""

from __future__ import annotations

import codecs
import errno
import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..types import RawItem
from .guard import escape_name

log = logging.getLogger(__name__)

#: the default limit of a file holding one article (the ``decode`` stage's ``max_bytes``)
ARTICLE_BYTES = 5_000_000
#: the limit of a file holding many (JSON Lines, feeds, WARC)
CONTAINER_BYTES = 1 << 30
SINGLE = ("text", "html")

_BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


def problem(path: Path | str, fmt: str | None, reason: str) -> RawItem:
    return RawItem(origin=escape_name(str(path)), fmt=fmt or "text", error=reason)


def walk(root: Path, hidden: tuple[str, ...]) -> Iterator[Path | RawItem]:
    """The files under ``root`` in a stable order, and a reason for every entry that is not
    one: a symlink loop, an unreadable folder, a FIFO or device."""
    seen: set[tuple[int, int]] = set()
    try:
        info = root.stat()
        seen.add((info.st_dev, info.st_ino))
    except OSError as error:
        yield problem(root, None, f"unreadable: {error.strerror or error}")
        return
    yield from _walk(root, hidden, seen)


def _walk(folder: Path, hidden: tuple[str, ...], seen: set[tuple[int, int]]
          ) -> Iterator[Path | RawItem]:
    try:
        with os.scandir(folder) as entries:
            names = sorted(entry.name for entry in entries)
    except OSError as error:
        yield problem(folder, None, f"unreadable: folder: {error.strerror or error}")
        return
    for name in names:
        if name.startswith(hidden):
            continue
        path = folder / name
        try:
            info = path.stat()  # follows links
        except OSError as error:
            if error.errno == errno.ELOOP:
                yield problem(path, None, "not-a-file: symlink loop")
            elif path.is_symlink():
                yield problem(path, None, f"not-a-file: broken symlink ({error.strerror})")
            else:
                yield problem(path, None, f"unreadable: {error.strerror or error}")
            continue
        if stat.S_ISDIR(info.st_mode):
            key = (info.st_dev, info.st_ino)
            if key in seen:
                yield problem(path, None, "not-a-file: symlink loop (folder already read)")
                continue
            seen.add(key)
            yield from _walk(path, hidden, seen)
        elif stat.S_ISREG(info.st_mode):
            yield path
        else:
            yield problem(path, None, f"not-a-file: {_kind(info.st_mode)}, skipped")


def limit_for(fmt: str | None, max_bytes: int) -> int:
    """A file of one article is limited to ``max_bytes``; one that may hold many (or whose
    format its name does not tell) to :data:`CONTAINER_BYTES`."""
    return max_bytes if fmt in SINGLE else max(max_bytes, CONTAINER_BYTES)


def format_by_name(name: str) -> str | None:
    from .files import SUFFIXES

    lower = name.lower()
    if lower.endswith((".warc.gz", ".arc.gz")):
        return "warc"
    return SUFFIXES.get(os.path.splitext(lower)[1])


def read_file(path: Path, fmt: str | None, max_bytes: int = ARTICLE_BYTES) -> bytes | RawItem:
    """The bytes of the regular file ``path``, or the reason it is not read. ``fmt`` is the
    format chosen for it (``None``: from its name); its limit is decided before reading."""
    try:
        info = path.stat()
    except OSError as error:
        reason = "not-a-file: symlink loop" if error.errno == errno.ELOOP else \
            f"unreadable: {error.strerror or error}"
        return problem(path, fmt, reason)
    if not stat.S_ISREG(info.st_mode):
        return problem(path, fmt, f"not-a-file: {_kind(info.st_mode)}, skipped")
    chosen = fmt or format_by_name(path.name)
    limit = limit_for(chosen, max_bytes)
    if info.st_size > limit:
        return problem(path, chosen, f"too-large: {info.st_size} bytes > limit {limit}")
    try:
        # O_NONBLOCK: should the file be swapped for a FIFO after the stat, open does not wait
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(descriptor, "rb") as handle:
            return read_at_most(handle, limit, path, chosen)
    except OSError as error:
        return problem(path, chosen, f"unreadable: {error.strerror or error}")


def read_at_most(handle: BinaryIO, limit: int, origin: Path | str,
                 fmt: str | None) -> bytes | RawItem:
    data = handle.read(limit + 1)
    if data is None:  # a non-blocking stream with nothing to read yet
        return problem(origin, fmt, "not-a-file: nothing to read")
    if len(data) > limit:
        return problem(origin, fmt, f"too-large: more than {limit} bytes")
    return data


def from_bom(data: bytes) -> tuple[bytes, str | None]:
    """UTF-16/UTF-32 text with a byte-order mark as UTF-8 (and the encoding it had)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).encode("utf-8", "surrogatepass"), encoding
            except UnicodeDecodeError:
                return data, None
    return data, None
