"""CSV and Parquet for any table: columns in first-seen order, nested values as JSON text.

A column whose values mix types (numbers and text) is written as text in Parquet so that any
table can be written; missing values are nulls (empty cells in CSV).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, BinaryIO

from .. import registry
from .encode import flat, write_csv


def _columns(rows: list[dict[str, Any]]) -> list[str]:
    return list(dict.fromkeys(key for row in rows for key in row))


def write_table_csv(rows: Iterable[dict[str, Any]], out: BinaryIO, *, table: str) -> int:
    materialized = list(rows)
    return write_csv(materialized, _columns(materialized), out)


def _column_values(rows: list[dict[str, Any]], column: str) -> list[Any]:
    values = [flat(row.get(column)) for row in rows]
    kinds = {type(v) for v in values if v is not None}
    if kinds == {int, float}:
        return [None if v is None else float(v) for v in values]
    if len(kinds) > 1:
        return [None if v is None else str(v) for v in values]
    return values


def write_parquet(rows: Iterable[dict[str, Any]], out: BinaryIO, *, table: str) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    materialized = list(rows)
    columns = _columns(materialized)
    arrays = {column: _column_values(materialized, column) for column in columns}
    arrow = pa.table(arrays) if columns else pa.table({})
    pq.write_table(arrow, out)
    return len(materialized)


registry.formats.register("csv", write_table_csv)
registry.formats.register("parquet", write_parquet)
