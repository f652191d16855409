"""Handlers for lengths and recurrences of time and for named periods: durations, sets,
quarters, deictic periods, holidays, seasons and clock times."""

from __future__ import annotations

import datetime as dt
import re

from . import calendar as cal
from . import values as v
from .context import _DURATION_BEFORE, Context, Result, _direction_word, _part_mod

_DETERMINER = re.compile(
    r"(?:^|[\s'])(?:le|la|les|l'|ses|des|ces|son|sa|nos|vos|un|une|leur|leurs|notre|votre|au|aux|du)"
    r"\s*$")


def h_duration(ctx: Context, m: re.Match[str]) -> Result | None:
    unit = ctx.lex.lookup("units", m["unit"])
    if m["vague"]:
        amount = None
    elif m["approx"]:
        amount = ctx.lex.lookup("approximate_numbers", m["approx"])
    elif m["frac"]:
        amount = ctx.lex.lookup("fractions", m["frac"])
    else:
        amount = v.number(ctx.lex, m["num"])
        if amount is None or amount > 10000:
            return None
    if m["half"] and amount is not None:
        amount += 0.5
    mod = ctx.lex.lookup("modifiers", m["mod"]) if m["mod"] else None
    if unit == "Y" and amount is not None and not m["mod"] and _is_age(ctx, m):
        return None
    if m["approx"] and mod is None:
        mod = "APPROX"
    if unit == "Y" and m["mod"] and _AGE_GROUP.search(ctx.text, max(0, m.start() - 6), m.start()):
        return None  # "les moins de 17 ans": an age group
    if m["num"] and m["num"].lower() == "un" and unit == "D" and not m["mod"]:
        before_word = ctx.text[max(0, m.start() - 16) : m.start()]
        if not _DURATION_BEFORE.search(before_word):
            return None  # "un jour" is "some day", not a day's length
    value = v.duration(amount, unit)
    if m["half"] and unit in ("TH", "TM") and amount is not None:
        value = f"PT{int(amount)}H30M" if unit == "TH" else f"PT{int(amount)}M30S"
    start = m.start()
    if m["ndet"] and (not m["adj"] or m["ndet"].lower() == "des"):
        start = m.start("num")  # "les deux ans de guerre", "au cours des dix derniers jours"
    before = ctx.text[max(0, m.start() - 12) : m.start()]
    offset = ctx.lex.offset_before.search(before)
    if offset and ctx.ref.year is not None and amount is not None and amount == int(amount):
        sign = ctx.lex.lookup("offsets", offset.group(1))
        start = m.start() - len(before) + offset.start()
        dated = _ago(ctx, sign * int(amount), unit)
        if dated:
            return Result("DATE", dated, start, m.end(), mod)
    after = ctx.lex.offset_after.match(ctx.text, m.end()) if ctx.lex.offset_after else None
    if after and ctx.anchor is not None and amount is not None and amount == int(amount) \
            and not (m["ndet"] or m["approx"] or m["vague"] or mod):
        # "deux jours plus tôt": counted from the day last told ("une dizaine de jours plus
        # tard" stays a length: no day is told)
        sign = ctx.lex.lookup("offsets_after", after.group(1))
        dated = _moved(ctx.anchor, sign * int(amount), unit)
        if dated:
            return Result("DATE", dated, start, after.end(), mod)
    return Result("DURATION", value, start, m.end(), mod)


_AGE_GROUP = re.compile(r"(?<![\w'])(?:les|des|aux)\s+$", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"(?:(?:^|[,(])\s*|âgée?s?\s+(?:de\s+|d')|(\w+)\s+(?:de\s+|d'))$",
                         re.IGNORECASE)
_AGE_AFTER = re.compile(
    r"\s*(?:de\s|d'|après|plus\s+tard|plus\s+tôt|auparavant|avant|durant|pendant)", re.IGNORECASE
)


def _is_age(ctx: Context, m: re.Match[str]) -> bool:
    """``Jean Dupont, 38 ans,`` / ``un chauffeur de 38 ans`` / ``âgé de 38 ans``: an age."""
    if _AGE_AFTER.match(ctx.text, m.end()):
        return False
    before = _AGE_BEFORE.search(ctx.text[max(0, m.start() - 30) : m.start()])
    if before is None:
        return False
    noun = before.group(1)
    return noun is None or noun.lower() not in ctx.lex.data["ages"]["not_before"]


def _moved(day: dt.date, amount: int, unit: str) -> str | None:
    """``day`` moved by ``amount`` units, at the unit's granularity (days, weeks, months,
    years)."""
    if unit in ("D", "W"):
        moved = cal.add_days(day, amount * (7 if unit == "W" else 1))
        return cal.fmt(moved) if moved else None
    if unit == "M":
        year, month = cal.add_months(day.year, day.month, amount)
        return f"{year:04d}-{month:02d}"
    if unit == "Y":
        return f"{day.year + amount:04d}"
    return None


def _ago(ctx: Context, amount: int, unit: str) -> str | None:
    """The reference moved by ``amount`` units (negative: back), at the unit's granularity."""
    ref = ctx.ref
    if unit in ("Y", "10Y", "100Y") and ref.year:
        factor = int(unit[:-1] or 1)
        return f"{ref.year + amount * factor:04d}"
    if unit == "M" and ref.year and ref.month:
        year, month = cal.add_months(ref.year, ref.month, amount)
        return f"{year:04d}-{month:02d}"
    if unit in ("D", "W") and ref.date:
        day = cal.add_days(ref.date, amount * (7 if unit == "W" else 1))
        if day is None:
            return None
        return cal.iso_week(day) if unit == "W" else cal.fmt(day)
    return None


def h_duration_word(ctx: Context, m: re.Match[str]) -> Result | None:
    value = ctx.lex.lookup("duration_words", m["dw"])
    mod = ctx.lex.lookup("modifiers", m["mod"]) if m["mod"] else None
    return Result("DURATION", value, m.start(), m.end(), mod)


def h_fixed(ctx: Context, m: re.Match[str]) -> Result | None:
    kind, value = ctx.lex.lookup("fixed", m["fixed"])
    return Result(kind, value, m.start(), m.end())


def h_ref_adjective(ctx: Context, m: re.Match[str]) -> Result | None:
    """``les prochaines échéances``, a heading's ``Prochains mariages``: only right after a
    determiner or at the start of a line, before the noun."""
    line = ctx.text.rfind("\n", 0, m.start()) + 1
    before = ctx.text[max(line, m.start() - 8) : m.start()].lower()
    if ctx.text[line : m.start()].strip() and not _DETERMINER.search(before):
        return None
    kind, value = ctx.lex.lookup("ref_adjectives", m["adj"])
    return Result(kind, value, m.start(), m.end())


def h_set(ctx: Context, m: re.Match[str]) -> Result | None:
    value = ctx.lex.lookup("sets", m["set"])
    words = ctx.lex.data["set_adjectives"]
    if m["set"].lower() in words["words"]:
        before = ctx.text[max(0, m.start() - 24) : m.start()].lower().split()
        if before and before[-1].split("'")[-1] in words["not_after"]:
            return None  # "la presse quotidienne", "le quotidien": a newspaper, not a recurrence
    if value.startswith("T"):
        value = "XXXX-XX-XX" + value
    start = m.start()
    if m["set"].lower().startswith("par "):
        start = m.start() + 4
    return Result("SET", value, start, m.end())


def h_set_every(ctx: Context, m: re.Match[str]) -> Result | None:
    """``tous les trois ans``, ``toutes les deux semaines``: a recurrence every N units."""
    amount = v.number(ctx.lex, m["num"])
    if amount is None or amount > 1000:
        return None
    return Result("SET", v.duration(amount, ctx.lex.lookup("units", m["unit"])), m.start(),
                  m.end())


def h_quarter(ctx: Context, m: re.Match[str]) -> Result | None:
    """``le premier trimestre 2002`` → ``2002-Q1``; ``le second semestre`` → ``<year>-H2``."""
    letter, count = ctx.lex.lookup("quarters", m["q"])
    number = ctx.lex.lookup("ordinals", m["ord"])
    number = count if number == -1 else number
    if not 1 <= number <= count:
        return None
    year = int(m["year"]) if m["year"] else ctx.ref.year
    return Result("DATE", f"{year:04d}-{letter}{number}" if year else f"XXXX-{letter}{number}",
                  m.start(), m.end())


def _period(ctx: Context, m: re.Match[str], table: str) -> Result | None:
    unit, offset = ctx.lex.lookup(table, m["period"])
    ref = ctx.ref.date
    if unit == "WE" and offset == 0 and ref and ref.isoweekday() <= 3:
        offset = -1 if ctx.direction(m.start(), m.end()) <= 0 else 0
    value = v.shift(ctx.ref, unit, offset)
    if value is None:
        return None
    return Result("DATE", value, m.start(), m.end(), _part_mod(ctx, m))


def h_period(ctx: Context, m: re.Match[str]) -> Result | None:
    return _period(ctx, m, "periods")


def h_period_part(ctx: Context, m: re.Match[str]) -> Result | None:
    return _period(ctx, m, "periods_after_part")


def h_holiday(ctx: Context, m: re.Match[str]) -> Result | None:
    code = ctx.lex.lookup("holidays", m["hol"])
    year = int(m["year"]) if m["year"] else ctx.ref.year
    value = v.holiday(code, year)
    return Result("DATE", value, m.start(), m.end()) if value else None


def h_season(ctx: Context, m: re.Match[str]) -> Result | None:
    season = ctx.lex.lookup("seasons", m["season"])
    det = (m["det"] or "").lower()
    before = ctx.text[max(0, m.start() - 4) : m.start()].lower()
    word = m["season"]
    if not det and re.search(r"(?<![\w'])au $", before):
        det = "l'"  # "au printemps": à + le, the spring of the reference's year
    after_en = re.search(r"(?<![\w'])en $", before)
    if not det and not m["year"] and not (word[0].isupper() or after_en):
        return None
    if m["year"]:
        value = f"{m['year']}-{season}"
    elif det in ("l'", "cet", "ce") and ctx.ref.year:
        value = f"{_season_year(ctx, season, _direction_word(ctx, m) or 0):04d}-{season}"
    else:
        value = f"XXXX-{season}"
    return Result("DATE", value, m.start(), m.end())


_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def _season_year(ctx: Context, season: str, direction: int) -> int:
    """``l'été prochain`` is the next summer to begin, ``l'été dernier`` the last one to end."""
    year, month = ctx.ref.year or 0, ctx.ref.month
    first, last = _SEASON_MONTHS.get(season, (0, 0))
    if last > 12 and month is not None and month <= last - 12:  # February is in last year's winter
        year, month = year - 1, month + 12
    if direction > 0:
        return year if month is not None and month < first else year + 1
    if direction < 0:
        return year if month is not None and month > last else year - 1
    return year


def h_clock(ctx: Context, m: re.Match[str]) -> Result | None:
    clock = v.clock_value(ctx.lex, m["clock"])
    if clock is None:
        return None
    before = ctx.text[max(0, m.start() - 16) : m.start()]
    if not m["approx"] and clock[0].isdigit() and _DURATION_BEFORE.search(before):
        hours, minutes = int(clock[:2]), int(clock[3:])
        value = f"PT{hours}H" + (f"{minutes}M" if minutes else "")
        return Result("DURATION", value, m.start(), m.end())
    if m["dpart"] and m["dpart"][-4:].lower() in ("soir", "midi") and int(clock[:2]) < 12:
        clock = f"{int(clock[:2]) + 12:02d}{clock[2:]}"  # "8 heures du soir" is 20:00
    day = ctx.anchored() or "XXXX-XX-XX"
    start = m.start()
    if m["approx"] and m["approx"][0].islower():
        start = m.start("clock")
    return Result("TIME", f"{day}T{clock}", start, m.end())
