"""Line-level cleaning of plain text that still carries site furniture (placeholder rules)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..types import Removed


@dataclass(slots=True)
class Cleaned:
    """The cleaned text, what was removed (with offsets into the input) and metadata found."""

    text: str
    removed: list[Removed] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)


def clean_text(text: str) -> Cleaned:
    """Return ``text`` cleaned of furniture. Metadata keys: page_date, page_date_text, source."""
    return Cleaned(text=text.strip())
