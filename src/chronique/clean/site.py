"""Corpus-level furniture: lines that recur in many articles of one site."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ..types import Removed
from .text import Cleaned

_SPACE = re.compile(r"\s+")


def normalize_line(line: str) -> str:
    return _SPACE.sub(" ", line).strip().casefold()


def site_furniture(
    texts: Sequence[str], *, min_articles: int = 3, min_share: float = 0.3
) -> set[str]:
    """Normalized lines present in at least ``min_articles`` and ``min_share`` of ``texts``."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update({normalize_line(line) for line in text.splitlines() if line.strip()})
    needed = max(min_articles, min_share * len(texts))
    return {line for line, count in counts.items() if count >= needed}


def remove_lines(text: str, lines: set[str]) -> Cleaned:
    """``text`` without the lines whose normalized form is in ``lines``."""
    kept: list[str] = []
    removed: list[Removed] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        if line.strip() and normalize_line(line) in lines:
            removed.append(
                Removed(
                    line.rstrip("\n"), "site-furniture", offset, offset + len(line.rstrip("\n"))
                )
            )
        else:
            kept.append(line)
        offset += len(line)
    return Cleaned(text="".join(kept).strip(), removed=removed)
