"""Exports: tables (rows as dicts) and formats (how rows are written), both registered by name.

A table is ``fn(store, **filters) -> Iterator[dict]``; a format is
``fn(rows, out: BinaryIO, *, table: str) -> int`` returning the number of rows written.
:func:`export` joins the two; nothing is capped.
"""

from __future__ import annotations

from typing import Any, BinaryIO

from .. import registry
from ..store.base import Store


def export(store: Store, *, table: str, fmt: str, out: BinaryIO, **filters: Any) -> int:
    """Write table ``table`` of ``store`` to ``out`` in format ``fmt``; returns the row count."""
    rows = registry.tables.get(table)(store, **filters)
    return int(registry.formats.get(fmt)(rows, out, table=table))
