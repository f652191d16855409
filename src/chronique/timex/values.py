"""Turning the pieces of a matched expression into TIMEX3 values."""

from __future__ import annotations

import re

from . import calendar as cal
from .lexicon import Lexicon

_SPLIT = re.compile(r"\s+et\s+|-et-|-|\s+")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def number(lex: Lexicon, text: str) -> float | None:
    """``"12"``, ``"30,4"``, ``"vingt-cinq"``, ``"quatre-vingt-dix"`` → a number."""
    text = text.strip().lower()
    if text[:1].isdigit():
        try:
            return float(text.replace(",", "."))
        except ValueError:
            return None
    words = lex.words("numbers")
    total, current = 0.0, 0.0
    for piece in _SPLIT.split(text):
        if not piece:
            continue
        value = words.get(piece)
        if value is None:
            return None
        if value in (100, 1000):
            current = (current or 1) * value
            if value == 1000:
                total, current = total + current, 0.0
        elif value == 20 and current and current % 10 == 4 and current < 10:
            current *= 20
        else:
            current += value
    return total + current


def roman(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    total, previous = 0, 0
    for char in reversed(text.upper()):
        value = _ROMAN.get(char)
        if value is None:
            return None
        total += -value if value < previous else value
        previous = max(previous, value)
    return total


def fmt_number(value: float) -> str:
    if value == int(value):
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".")


def duration(amount: float | None, unit: str) -> str:
    """``(3, "D")`` → ``P3D``; ``(None, "TH")`` → ``PTXH``; ``(0.5, "100Y")`` → ``P50Y``."""
    clock = unit.startswith("T")
    core = unit[1:] if clock else unit
    letter = core[-1]
    factor = int(core[:-1]) if core[:-1] else 1
    if amount is None:
        qty = "X"
    else:
        value = amount * factor
        if value != int(value) and not clock and letter in "YMW":
            value, letter = _smaller(value, letter)
        qty = fmt_number(value)
    return f"PT{qty}{letter}" if clock else f"P{qty}{letter}"


def _smaller(value: float, letter: str) -> tuple[float, str]:
    if letter == "Y":
        return value * 12, "M"
    if letter == "M":
        return value * 30, "D"
    return value * 7, "D"


def year_of(text: str, ref: cal.Ref) -> int | None:
    """``1998`` / ``'98`` / ``98`` → a year (two digits: the century nearest the reference)."""
    digits = text.strip("'’")
    if not digits.isdigit():
        return None
    year = int(digits)
    if len(digits) == 4:
        return year if 1000 <= year <= 2199 else None
    base = ref.year or 2000
    candidates = [c * 100 + year for c in (base // 100 - 1, base // 100)]
    return min(candidates, key=lambda y: abs(y - base + 5))


def shift(ref: cal.Ref, unit: str, offset: int) -> str | None:
    """``(ref, "W", -1)`` → last week's ISO week; ``"Y"``, ``"M"``, ``"WE"``, seasons too."""
    if ref.year is None:
        return None
    if unit == "Y":
        return f"{ref.year + offset:04d}"
    if unit in ("SP", "SU", "FA", "WI"):
        return f"{ref.year + offset:04d}-{unit}"
    if unit == "M":
        if ref.month is None:
            return None
        year, month = cal.add_months(ref.year, ref.month, offset)
        return f"{year:04d}-{month:02d}"
    day = ref.date
    if day is None:
        return None
    moved = cal.add_days(day, 7 * offset)
    if moved is None:
        return None
    week = cal.iso_week(moved)
    return week + "-WE" if unit == "WE" else week


def holiday(code: str, year: int | None) -> str | None:
    if code.startswith("easter"):
        if year is None:
            return None
        days = int(code.split("+", 1)[1] or 0)
        moved = cal.add_days(cal.easter(year), days)
        return cal.fmt(moved) if moved else None
    return f"{year:04d}-{code}" if year else f"XXXX-{code}"


def clock_value(lex: Lexicon, text: str) -> str | None:
    """``"21 h 45"`` → ``21:45``; ``"midi"`` → ``12:00``; invalid hours → None."""
    fixed = lex.lookup("fixed", text)
    if fixed and fixed[0] == "CLOCK":
        return str(fixed[1])
    match = lex.clock.search(text)
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour > 24 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"
