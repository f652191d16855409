"""Calendar arithmetic on partial ISO dates, never raising on impossible input."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MIN_YEAR, MAX_YEAR = 1000, 2999  # references outside are not dates of writing
_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


@dataclass(frozen=True, slots=True)
class Ref:
    """A reference date, possibly partial (year only, year-month) or unknown."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @property
    def date(self) -> dt.date | None:
        if self.year and self.month and self.day:
            return safe_date(self.year, self.month, self.day)
        return None


def parse_ref(value: str | None) -> Ref:
    """``2016-12-08`` / ``2016-12`` / ``2016`` → :class:`Ref`; anything else → unknown."""
    if not value:
        return Ref()
    match = _ISO.match(value.strip())
    if not match:
        return Ref()
    year = int(match.group(1))
    if not MIN_YEAR <= year <= MAX_YEAR:
        return Ref()
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    if month is not None and not 1 <= month <= 12:
        return Ref(year)
    if day is not None and safe_date(year, month or 1, day) is None:
        return Ref(year, month)
    return Ref(year, month, day)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None


def add_days(day: dt.date, days: int) -> dt.date | None:
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def fmt(day: dt.date) -> str:
    return day.isoformat()


def easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def weekday_near(ref: dt.date, weekday: int, direction: int) -> dt.date:
    """The ``weekday`` (1 = Monday) nearest ``ref``: the same day when it matches, else the
    previous one (``direction`` ≤ 0) or the next one (``direction`` > 0)."""
    delta = weekday - ref.isoweekday()
    if delta == 0:
        return ref
    if direction > 0:
        return ref + dt.timedelta(days=delta % 7)
    return ref - dt.timedelta(days=(-delta) % 7)


#: how far, in days, a day a participle tells of may lie on the side its tense does not point
#: to (a call to march the next day, told in the past), and what a day farther costs: more
#: than a year, so that a day of the other side always wins
AGAINST_TENSE_REACH = 31
AGAINST_TENSE_DAYS = 400


def day_month_near(ref: Ref, month: int, day: int, direction: int,
                   bound: bool = False) -> str | None:
    """Year for ``day``/``month`` nearest the reference, leaning on ``direction``; ``bound``:
    the day is what a participle right before it tells of ("l'attaque menée le 7 octobre"),
    so the tense binds it (not a deadline a past verb sets: "a donné jusqu'au 30 juin")."""
    if ref.year is None:
        return f"XXXX-{month:02d}-{day:02d}" if 1 <= day <= 31 else None
    base = ref.date or safe_date(ref.year, ref.month or 6, 15)
    if base is None:
        return None
    best: tuple[float, dt.date] | None = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        candidate = safe_date(year, month, day)
        if candidate is None:
            continue
        distance = (candidate - base).days
        cost = float(abs(distance))
        if (direction < 0 and distance > 0) or (direction > 0 and distance < 0):
            cost = cost * 3 + 30
            if bound and abs(distance) > AGAINST_TENSE_REACH:
                # far against the tense: only when no day of the other side exists
                # ("l'attaque menée le 7 octobre" in an August article is last October's)
                cost += AGAINST_TENSE_DAYS
        if best is None or cost < best[0]:
            best = (cost, candidate)
    return fmt(best[1]) if best else None


def day_of_month_before(ref: dt.date, day: int) -> dt.date | None:
    """Day ``day`` of the reference's month, else of the month before when that day is still
    to come ("la nuit du 12 au 13" written on the 14th, or on the 2nd)."""
    found = safe_date(ref.year, ref.month, day)
    if found is not None and found <= ref:
        return found
    year, month = add_months(ref.year, ref.month, -1)
    return safe_date(year, month, day)


def month_near(ref: Ref, month: int, direction: int) -> str:
    if ref.year is None:
        return f"XXXX-{month:02d}"
    if ref.month is None:
        return f"{ref.year:04d}-{month:02d}"
    year = ref.year
    if direction < 0 and month > ref.month + 1:
        year -= 1
    elif direction > 0 and month < ref.month - 1:
        year += 1
    elif direction == 0 and month - ref.month > 6:
        year -= 1
    elif direction == 0 and ref.month - month > 6:
        year += 1
    return f"{year:04d}-{month:02d}"


def weekday_with_day(ref: Ref, weekday: int, day: int, direction: int) -> str | None:
    """The date nearest the reference whose day of month is ``day`` and weekday ``weekday``."""
    if ref.year is None:
        return None
    base = ref.date or safe_date(ref.year, ref.month or 6, 15)
    if base is None:
        return None
    best: tuple[float, dt.date] | None = None
    year, month = base.year, base.month
    for offset in range(-14, 15):
        y, m = add_months(year, month, offset)
        candidate = safe_date(y, m, day)
        if candidate is None or candidate.isoweekday() != weekday:
            continue
        distance = (candidate - base).days
        cost = float(abs(distance))
        if (direction < 0 and distance > 0) or (direction > 0 and distance < 0):
            cost = cost * 2 + 15
        if best is None or cost < best[0]:
            best = (cost, candidate)
    return fmt(best[1]) if best else None
