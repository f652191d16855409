"""Helpers shared by the writers: JSON-encoding nested values, CSV over a binary stream, and
the check that an events-only format is asked for an events table."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any, BinaryIO

from ..errors import ExportError

#: Tables whose rows are built by :func:`chronique.export.rows.event_row`.
EVENT_TABLES = frozenset({"events", "event_mentions", "merged_events"})


def require_events(fmt: str, table: str) -> None:
    if table not in EVENT_TABLES:
        raise ExportError(f"format {fmt!r} writes events only, not table {table!r}; "
                          f"use jsonl, csv or parquet")


def flat(value: Any) -> Any:
    """A scalar for a table cell: lists and dicts as JSON text, None kept."""
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return value


def cell(value: Any) -> str:
    value = flat(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def write_csv(records: Iterable[dict[str, Any]], columns: Sequence[str], out: BinaryIO) -> int:
    """Write ``records`` as UTF-8 CSV with a header of ``columns``; returns rows written."""
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    writer = csv.writer(text)
    writer.writerow(columns)
    count = 0
    for record in records:
        writer.writerow([cell(record.get(column)) for column in columns])
        count += 1
    text.flush()
    text.detach()
    return count
