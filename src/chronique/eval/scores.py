"""Precision, recall and F1 from true positives, false positives and false negatives."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass


@dataclass
class Counts:
    """tp / fp / fn and the scores they give (0.0 where a ratio is undefined)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def set_aside(article_id: str) -> bool:
    """The articles of a collection that no rule or data entry is written from: those whose
    id's SHA-1, read as a number, is divisible by 3. Their figures are reported apart."""
    return int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % 3 == 0


@dataclass
class Share:
    """How many of a total were found (right): the share, and its text "3/4 = 0.750"."""

    found: int = 0
    total: int = 0

    @property
    def share(self) -> float:
        return self.found / self.total if self.total else 0.0

    def text(self) -> str:
        return f"{self.found}/{self.total} = {self.share:.3f}" if self.total else "-"
