"""JSON Lines: one JSON object per row, UTF-8, any table."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, BinaryIO

from .. import registry


def write_jsonl(rows: Iterable[dict[str, Any]], out: BinaryIO, *, table: str) -> int:
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, default=str).encode("utf-8") + b"\n")
        count += 1
    return count


registry.formats.register("jsonl", write_jsonl)
