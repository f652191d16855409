"""Values from input checked at the door: a date is typed only when it is a real date.

An invalid value is never stored as a typed value: it is kept as the raw claim (in the
article's ``meta``) with a reason saying why it was refused, so that no later stage can trip
on it. The helpers here never raise, whatever string they are given.
"""

from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_to_datetime

from .timex.calendar import MAX_YEAR, MIN_YEAR

#: ``2016``, ``2016-02``, ``2016-02-10``, optionally followed by a time (``T…`` or `` …``)
_ISO_LIKE = re.compile(r"^\s*([+-]?\d+)(?:-(\d+)(?:-(\d+))?)?(?:([T ])(.*))?\s*$", re.DOTALL)
_TIME = re.compile(r"^(?:[01]?\d|2[0-3])(?::[0-5]\d(?::[0-5]\d(?:[.,]\d+)?)?)?\s*"
                   r"(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT)?$", re.IGNORECASE)
MAX_LENGTH = 100


def check_date(value: object) -> tuple[str | None, str | None]:
    """``(value, None)`` when ``value`` is a real date, else ``(None, reason)``.

    Accepted: ISO ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` with an optional time, the year within
    the calendar's range, and RFC 2822 dates (HTTP ``Last-Modified``); an accepted value is
    returned as given, stripped.
    """
    if value is None:
        return None, None
    if not isinstance(value, str):
        return None, f"not a date string ({type(value).__name__})"
    text = value.strip()
    if not text:
        return None, None
    if len(text) > MAX_LENGTH:
        return None, f"not a date: {len(text)} characters"
    if "\x00" in text or any(0xD800 <= ord(c) <= 0xDFFF for c in text):
        return None, "not a date: holds control or surrogate characters"
    match = _ISO_LIKE.match(text)
    if match:
        return _check_iso(text, match)
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        parsed = None
    if parsed is not None and MIN_YEAR <= parsed.year <= MAX_YEAR:
        return text, None
    return None, "not a date (ISO 8601 or RFC 2822 expected)"


def _check_iso(text: str, match: re.Match[str]) -> tuple[str | None, str | None]:
    year_text, month_text, day_text, sep, rest = match.groups()
    if len(year_text) != 4 or not year_text.isdigit():
        return None, f"year {year_text!r} is not four digits"
    year = int(year_text)
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None, f"year {year} is outside {MIN_YEAR}–{MAX_YEAR}"
    if month_text is not None:
        month = int(month_text)
        if len(month_text) > 2 or not 1 <= month <= 12:
            return None, f"month {month_text} is out of range"
        if day_text is not None:
            day = int(day_text)
            if len(day_text) > 2:
                return None, f"day {day_text} is out of range"
            try:
                dt.date(year, month, day)
            except ValueError as error:
                return None, f"{error}"
    if sep is not None and (day_text is None or not _TIME.match(rest or "")):
        return None, "not a date: unreadable time part"
    return text, None


def page_date_reason(value: str, source: str | None, why: str) -> str:
    """The reason kept with a refused page date: what was said, by whom, why refused."""
    shown = value if len(value) <= MAX_LENGTH else value[:MAX_LENGTH] + "…"
    return f"page date {shown!r}{f' ({source})' if source else ''} refused: {why}"


def iso_day(value: object) -> dt.date | None:
    """The day of an ISO date string (``YYYY-MM-DD…``), ``None`` when there is no valid one."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def valid_partial(value: object) -> str | None:
    """``value`` when it is a valid ISO date, full or partial (``YYYY[-MM[-DD]]…``), else None."""
    if not isinstance(value, str):
        return None
    checked, _ = check_date(value)
    return checked if checked is not None and _ISO_LIKE.match(checked) else None
