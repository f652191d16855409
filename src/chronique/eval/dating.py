"""Dating articles from their text alone, scored on cl-tls-fr (the folder name is the true date).

Layout: ``<root>/<topic>/<YYYY-MM-DD>/<file>.txt``. Each article is dated by
:func:`chronique.timex.dating.date_article` with no page date given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .. import registry
from ..timex import calendar as cal
from ..timex.dating import date_article


@dataclass
class DatingScores:
    articles: int = 0
    day: int = 0  # dated at day precision
    day_right: int = 0  # … within one day of the truth
    month: int = 0  # dated at day or month precision
    month_right: int = 0  # … in the right month
    rows: list[tuple[str, str, str | None, str]] = field(default_factory=list)

    def share(self, part: int, whole: int) -> float:
        return part / whole if whole else 0.0


def articles(root: Path) -> list[tuple[Path, str]]:
    """``(path, true date)`` of every article under ``root`` whose folder is a date."""
    out = []
    for path in sorted(Path(root).rglob("*.txt")):
        truth = cal.parse_ref(path.parent.name)
        if truth.date is not None:
            out.append((path, path.parent.name))
    return out


def topics(root: Path) -> list[str]:
    """The topic folders under ``root`` that hold dated articles (cl-tls-fr: egypt, libya…)."""
    return sorted({path.relative_to(root).parts[0] for path, _ in articles(root)
                   if len(path.relative_to(root).parts) > 2})


def evaluate(root: Path, *, lang: str = "fr", topic: str | None = None) -> DatingScores:
    """Date every article under ``root`` (or under its folder ``topic``) from its text alone."""
    scores = DatingScores()
    for path, truth in articles(root / topic if topic else root):
        claim = date_article(path.read_text(encoding="utf-8", errors="replace"), lang=lang)
        scores.articles += 1
        true_day = cal.parse_ref(truth).date
        assert true_day is not None
        value = claim.value or ""
        scores.rows.append((str(path), truth, claim.value, claim.precision))
        if claim.precision == "day" and (day := cal.parse_ref(value).date):
            scores.day += 1
            scores.day_right += abs((day - true_day).days) <= 1
        if claim.precision in ("day", "month") and len(value) >= 7:
            scores.month += 1
            scores.month_right += value[:7] == truth[:7]
    return scores


registry.evaluations.register("dating", evaluate)
