"""The date an event takes from its article when it has no time expression of its own."""

from __future__ import annotations

import pytest

from chronique.events.context import fallback_date
from chronique.types import Article, DateClaim


def article(value: str | None, precision: str) -> Article:
    return Article(id="a", text="", lang="fr",
                   published=DateClaim(value=value, precision=precision))


@pytest.mark.parametrize(
    ("value", "precision", "expected"),
    [
        ("2024-03-14", "day", ("2024-03-14", 2, 3)),  # around the article's day
        ("2024-03", "month", ("2024-03", 3, 4)),
        ("2024-03-10/2024-03-14", "range", ("2024-03-10", 2, 2)),  # a few days
        ("2024-03-01/2024-03-31", "range", ("2024-03-01", 3, 4)),  # a month
        ("2024-02-15/2024-11-30", "range", ("2024", 3, 5)),  # months of one year: the year
        ("2011-02-15/2014-12-31", "range", None),  # years wide: no date
        (None, "unknown", None),
    ],
)
def test_an_event_takes_its_articles_date_no_finer_than_it_is_known(
    value: str | None, precision: str, expected: tuple[str, int, int] | None
) -> None:
    assert fallback_date(article(value, precision)) == expected
