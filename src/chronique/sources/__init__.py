"""Sources: turn paths (files, folders, ``-`` for stdin) into :class:`~chronique.types.RawItem`.

Formats are registered by name in :data:`chronique.registry.sources`; each reader is a function
``(data: bytes, origin: str) -> Iterator[RawItem]``. A file's format is chosen from its name, then
from its first bytes. A reader never raises on bad content: it yields an item with ``error`` set,
so the run records the problem and goes on.
"""

from __future__ import annotations

from .files import detect_format, iter_paths, read_paths

__all__ = ["detect_format", "iter_paths", "read_paths"]
