"""Calendar helpers: nearest dates, Easter, partial references."""

from __future__ import annotations

import datetime as dt

import pytest

from chronique.timex import calendar as cal


@pytest.mark.parametrize(
    ("reference", "weekday", "day", "expected"),
    [
        ("2017-03", 7, 19, "2017-03-19"),  # dimanche 19 in March 2017
        ("2016-12-08", 5, 2, "2016-12-02"),  # vendredi 2: the Friday the 2nd nearest 8 Dec 2016
        ("2016-12-08", 1, 19, "2016-12-19"),  # lundi 19
    ],
)
def test_weekday_with_day(reference: str, weekday: int, day: int, expected: str) -> None:
    assert cal.weekday_with_day(cal.parse_ref(reference), weekday, day, 0) == expected


@pytest.mark.parametrize(("year", "expected"), [(2016, "2016-03-27"), (2024, "2024-03-31")])
def test_easter(year: int, expected: str) -> None:
    assert cal.easter(year).isoformat() == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2016-12-08", cal.Ref(2016, 12, 8)), ("2016-02-30", cal.Ref(2016, 2)),
     ("2016-13", cal.Ref(2016)), ("0000", cal.Ref()), ("garbage", cal.Ref()), (None, cal.Ref())],
)
def test_parse_ref(value: str | None, expected: cal.Ref) -> None:
    assert cal.parse_ref(value) == expected


def test_weekday_near_same_day_is_the_reference() -> None:
    thursday = dt.date(2016, 12, 8)
    assert cal.weekday_near(thursday, 4, -1) == thursday
    assert cal.weekday_near(thursday, 3, -1) == dt.date(2016, 12, 7)
    assert cal.weekday_near(thursday, 3, 1) == dt.date(2016, 12, 14)


@pytest.mark.parametrize(
    ("reference", "month", "day", "direction", "bound", "expected"),
    [
        # told by a participle in the past: two months ahead is last year's day ("l'attaque
        # menée le 7 octobre" in an August article)
        ("2024-08-05", 10, 7, -1, True, "2023-10-07"),
        # … but a day just ahead stays this year's (a call, told in the past, to march tomorrow)
        ("2011-02-16", 2, 17, -1, True, "2011-02-17"),
        # a deadline a past verb sets is not bound by its tense ("a donné jusqu'au 30 juin")
        ("1999-05-21", 6, 30, -1, False, "1999-06-30"),
        # told in the future: a day two months back is next year's
        ("2024-03-05", 1, 10, 1, True, "2025-01-10"),
        # no tense: the nearest
        ("2024-08-05", 10, 7, 0, True, "2024-10-07"),
    ],
)
def test_day_month_near_leans_on_the_tense(reference: str, month: int, day: int,
                                           direction: int, bound: bool, expected: str) -> None:
    assert cal.day_month_near(cal.parse_ref(reference), month, day, direction,
                              bound=bound) == expected
