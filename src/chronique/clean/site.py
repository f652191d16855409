"""Corpus-level furniture: lines that recur across many articles of one site.

The caller groups articles by site (host name, feed, source): a paragraph shared by reprints on
different sites (a wire story) is content and must survive, so this module never looks across
sites by itself.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ..types import Removed
from .cues import norm
from .text import Cleaned, trimmed_lines

_LINE = re.compile(r"[^\n]+")
MIN_CHARS = 3  # shorter lines (bullets, pipes) are left to the line cleaner


def line_key(line: str) -> str:
    """The normalized form under which a line is compared across articles."""
    return norm(line)


def site_furniture(
    texts: Sequence[str], *, min_articles: int = 3, min_share: float = 0.3
) -> set[str]:
    """Normalized lines found in at least ``min_articles`` articles and ``min_share`` of them.

    ``texts`` are the raw (or line-cleaned) texts of the articles of ONE site.
    """
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update({line_key(m.group()) for m in _LINE.finditer(text)} - {""})
    needed = max(min_articles, int(min_share * len(texts) + 0.999999))
    return {key for key, n in counts.items() if n >= needed and len(key) >= MIN_CHARS}


def remove_lines(text: str, lines: set[str]) -> Cleaned:
    """Remove from ``text`` every line whose normalized form is in ``lines`` ("site-furniture")."""
    kept: list[tuple[int, int]] = []
    removed: list[Removed] = []
    for start, end in trimmed_lines(text):
        if line_key(text[start:end]) in lines:
            removed.append(Removed(text[start:end], "site-furniture", start, end))
        else:
            kept.append((start, end))
    return Cleaned(
        text="\n".join(text[s:e] for s, e in kept), removed=removed, meta={}, kept=kept
    )
