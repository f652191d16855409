"""What each shape of time expression means: one handler per pattern of the lexicon.

A handler gets the match and the tagging context (the reference date, the last date mentioned)
and returns the TIMEX3 type, value and span, or None when the match is not a time expression.
Days, weekdays, months and years are read here; lengths, recurrences and named periods in
:mod:`.periods`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from . import calendar as cal
from . import values as v
from .context import (
    _BOUNDARY,
    _DAY,
    _WORD_AFTER,
    _YEAR_MONTH,
    Context,
    Result,
    _dir,
    _direction_word,
    _part_mod,
    _with_time,
)
from .periods import (
    h_clock,
    h_duration,
    h_duration_word,
    h_fixed,
    h_holiday,
    h_period,
    h_period_part,
    h_quarter,
    h_ref_adjective,
    h_season,
    h_set,
    h_set_every,
)

__all__ = ["HANDLERS", "Context", "Result"]


def h_date(ctx: Context, m: re.Match[str]) -> Result | None:
    day = 1 if m["day"].lower() in ("1er", "premier") else int(m["day"])
    month = ctx.lex.lookup("months", m["mon"])
    if not 1 <= day <= 31 or month is None:
        return None
    if m["year"]:
        year = v.year_of(m["year"], ctx.ref)
        date = cal.safe_date(year, month, day) if year else None
        if date is None:
            return None
        value: str | None = cal.fmt(date)
    else:
        value = _weekday_year(ctx, m, month, day) or cal.day_month_near(
            ctx.ref, month, day, _dir(ctx, m), bound=_after_participle(ctx, m.start()))
    if value is None:
        return None
    kind, value = _with_time(ctx, m, value)
    start = m.start("day") if (m.groupdict().get("det") or "").lower() == "du" else m.start()
    return Result(kind, value, start, m.end())  # "du 3 au 6 avril": "du" is a preposition


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+(?:le\s+|du\s+)?$", re.IGNORECASE)


def _after_participle(ctx: Context, start: int) -> bool:
    """Whether a past participle stands right before the day ("menée le 7 octobre", "tués le
    3 mars": the day is when that happened), or a word of `since` ("depuis le 7 octobre": a
    day gone by)."""
    found = _WORD_BEFORE.search(ctx.text, max(0, start - 30), start)
    word = found.group(1).lower() if found is not None else ""
    return bool(word) and (word in ctx.lex.cues.since or ctx.lex.cues.is_participle(word))


def _weekday_year(ctx: Context, m: re.Match[str], month: int, day: int) -> str | None:
    """``vendredi 24 juillet``: of the years around the reference, the one where that day is a
    Friday (None when no weekday is written or none fits)."""
    weekday = ctx.lex.lookup("weekdays", m["wd"]) if m.groupdict().get("wd") else None
    if weekday is None or ctx.ref.year is None:
        return None
    fits = [d for y in (ctx.ref.year - 1, ctx.ref.year, ctx.ref.year + 1)
            if (d := cal.safe_date(y, month, day)) and d.isoweekday() == weekday]
    base = ctx.ref.date or cal.safe_date(ctx.ref.year, ctx.ref.month or 6, 15)
    if not fits or base is None:
        return None
    return cal.fmt(min(fits, key=lambda d: abs((d - base).days)))


def h_weekday_day(ctx: Context, m: re.Match[str]) -> Result | None:
    day = 1 if m["day"].lower() == "1er" else int(m["day"])
    weekday = ctx.lex.lookup("weekdays", m["wd"])
    if not 1 <= day <= 31:
        return None
    value = cal.weekday_with_day(ctx.ref, weekday, day, _dir(ctx, m))
    if value is None:
        return None
    kind, value = _with_time(ctx, m, value)
    return Result(kind, value, m.start(), m.end())


def h_numeric(ctx: Context, m: re.Match[str]) -> Result | None:
    if m["y3"]:
        year, month = int(m["y3"]), int(m["m3"])
        if not (1000 <= year <= 2199 and 1 <= month <= 12):
            return None
        return Result("DATE", f"{year:04d}-{month:02d}", m.start(), m.end())
    if m["y"]:
        year, month, day = int(m["y"]), int(m["m"]), int(m["d"])
    else:
        year_value = v.year_of(m["y2"], ctx.ref)
        if year_value is None:
            return None
        year, month, day = year_value, int(m["m2"]), int(m["d2"])
    date = cal.safe_date(year, month, day) if 1000 <= year <= 2199 else None
    if date is None:
        return None
    return Result("DATE", cal.fmt(date), m.start(), m.end())


def h_weekday(ctx: Context, m: re.Match[str]) -> Result | None:
    groups = m.groupdict()
    weekday = ctx.lex.lookup("weekdays", m["wd"])
    anchor = ctx.anchor
    ref = ctx.ref.date
    if ref is None:
        value = f"XXXX-WXX-{weekday}"
    elif groups.get("same") and anchor is not None and anchor.isoweekday() == weekday:
        value = cal.fmt(anchor)
    elif not groups.get("dir") and (known := _explicit(ctx, ref, weekday)):
        value = cal.fmt(known)
    else:
        direction = _direction_word(ctx, m)
        if direction is not None and ref.isoweekday() == weekday:
            # "vendredi dernier" written on a Friday is a week back, "vendredi prochain" ahead
            moved = cal.add_days(ref, 7 * direction)
            value = cal.fmt(moved) if moved else cal.fmt(ref)
        else:
            # a bare weekday that is the reference's own weekday is the day of writing, whatever
            # the tense: "les rebelles ont attaqué vendredi" in a Friday dispatch is today
            if direction is None:
                direction = ctx.direction(m.start(), m.end())
            value = cal.fmt(cal.weekday_near(ref, weekday, direction))
    kind, value = _with_time(ctx, m, value)
    return Result(kind, value, m.start(), m.end())


def _explicit(ctx: Context, ref: dt.date, weekday: int) -> dt.date | None:
    """A date written out in the document that falls on ``weekday`` within a week of ``ref``."""
    near = [d for d in ctx.explicit if d.isoweekday() == weekday and abs((d - ref).days) <= 7]
    return min(near, key=lambda d: abs((d - ref).days)) if near else None


def h_weekday_set(ctx: Context, m: re.Match[str]) -> Result | None:
    weekday = ctx.lex.lookup("weekdays", m["wd"]) or ctx.lex.lookup("weekdays", m["wd"][:-1])
    return Result("SET", f"XXXX-WXX-{weekday}", m.start(), m.end())


def h_weekday_habit(ctx: Context, m: re.Match[str]) -> Result | None:
    """``uniquement le mercredi``: in the present or future a weekday with "le" recurs; in a
    past narrative it is one day."""
    if ctx.direction(m.start(), m.end()) < 0:
        return h_weekday(ctx, m)
    weekday = ctx.lex.lookup("weekdays", m["wd"])
    part = ctx.lex.lookup("parts_of_day", m["part"]) if m["part"] else ""
    return Result("SET", f"XXXX-WXX-{weekday}" + (f"T{part}" if part else ""), m.start(), m.end())


def h_deictic(ctx: Context, m: re.Match[str]) -> Result | None:
    offset = ctx.lex.lookup("deictic_days", m["deic"])
    ref = ctx.ref.date
    plain = not (m["wd"] or m["day"] or m["part"] or m["clock"])
    if offset == 0 and plain and m["deic"][0].isupper():
        return Result("TIME", "PRESENT_REF", m.start(), m.end())
    if ref is None:
        names = {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}
        return Result("DATE", names[max(-1, min(1, offset))], m.start(), m.end())
    day = cal.add_days(ref, offset)
    if day is None:
        return None
    end = m.end()
    if m["day"] and not m["mon"] and not m["part"] and not m["clock"]:
        end = m.end("wd") if m["wd"] else m.end("deic")
    kind, value = _with_time(ctx, m, cal.fmt(day))
    return Result(kind, value, m.start(), end)


def h_part_of_day(ctx: Context, m: re.Match[str]) -> Result | None:
    """``la nuit du 5 au 6 juin`` (``2021`` after either day), ``le soir du 5 juin``, ``la
    soirée d'hier``."""
    part = ctx.lex.lookup("parts_of_day", m["part"])
    if m["deic"]:
        offset = ctx.lex.lookup("deictic_days", m["deic"])
        day = cal.add_days(ctx.ref.date, offset) if ctx.ref.date else None
        value = cal.fmt(day) if day else None
    else:
        month = ctx.lex.lookup("months", m["mon"] or m["mon2"] or "")
        number = 1 if m["day"].lower() == "1er" else int(m["day"])
        if month is None:  # "la nuit du 12 au 13": the latest such day up to the writing
            day = cal.day_of_month_before(ctx.ref.date, number) if ctx.ref.date else None
            if day is None:
                return None
            return Result("TIME", f"{cal.fmt(day)}T{part}" if part != "DT" else cal.fmt(day),
                          m.start(), m.end())
        year = m["year"] or m["year_end"]  # "la nuit du 4 au 5 juin 2021"
        if year:
            date = cal.safe_date(int(year), month, number)
            value = cal.fmt(date) if date else None
        else:
            value = cal.day_month_near(ctx.ref, month, number, _dir(ctx, m))
    if value is None:
        return None
    if part == "DT":  # "la journée d'hier" is that day
        return Result("DATE", value, m.start(), m.end())
    return Result("TIME", f"{value}T{part}", m.start(), m.end())


def h_day_current(ctx: Context, m: re.Match[str]) -> Result | None:
    """``le 12 courant``, ``du 3 du mois en cours``: that day of the month of writing."""
    ref = ctx.ref.date
    number = 1 if m["day"].lower() == "1er" else int(m["day"])
    day = cal.safe_date(ref.year, ref.month, number) if ref else None
    if day is None:
        return None
    kind, value = _with_time(ctx, m, cal.fmt(day))
    return Result(kind, value, m.start(), m.end())


def h_this_part(ctx: Context, m: re.Match[str]) -> Result | None:
    part = ctx.lex.lookup("parts_of_day", m["part"])
    ref = ctx.ref.date
    day = cal.fmt(ref) if ref else "XXXX-XX-XX"
    return Result("TIME", f"{day}T{part}", m.start(), m.end())


def h_part_edge(ctx: Context, m: re.Match[str]) -> Result | None:
    part = ctx.lex.lookup("parts_of_day", m["part"])
    day = ctx.anchored() or "XXXX-XX-XX"
    return Result("TIME", f"{day}T{part}", m.start(), m.end())


def h_the_part(ctx: Context, m: re.Match[str]) -> Result | None:
    part = ctx.lex.lookup("parts_of_day", m["part"])
    if part == "DT":
        return None
    direction = _direction_word(ctx, m)
    if direction == -1 and ctx.ref.date:  # "la nuit dernière": the one before the writing
        moved = cal.add_days(ctx.ref.date, -1)
        day = cal.fmt(moved) if moved else "XXXX-XX-XX"
    elif direction == 1 and ctx.anchor:  # "le soir suivant"
        moved = cal.add_days(ctx.anchor, 1)
        day = cal.fmt(moved) if moved else "XXXX-XX-XX"
    else:
        day = ctx.anchored() or "XXXX-XX-XX"
    return Result("TIME", f"{day}T{part}", m.start(), m.end())


def h_anaphoric_period(ctx: Context, m: re.Match[str]) -> Result | None:
    """``l'année suivante``, ``le mois précédent``: counted from the last date mentioned."""
    unit, offset = ctx.lex.lookup("anaphoric_periods", m["aperiod"])
    last = _YEAR_MONTH.match(ctx.last)
    if unit == "Y" and (last or ctx.ref.year):
        year = int(last[1]) if last else ctx.ref.year
        return Result("DATE", f"{year + offset:04d}", m.start(), m.end())
    if unit == "M" and last and last[2]:
        year, month = cal.add_months(int(last[1]), int(last[2]), offset)
        return Result("DATE", f"{year:04d}-{month:02d}", m.start(), m.end())
    base = ctx.anchor or ctx.ref.date
    if base is None:
        return None
    if unit == "D":
        moved = cal.add_days(base, offset)
        return Result("DATE", cal.fmt(moved), m.start(), m.end()) if moved else None
    value = v.shift(cal.Ref(base.year, base.month, base.day), unit, offset)
    return Result("DATE", value, m.start(), m.end()) if value else None


def h_anaphoric(ctx: Context, m: re.Match[str]) -> Result | None:
    if not m["adet"] and m["anaph"].lower().endswith("veille"):
        return None  # "un modérateur y veille": the verb
    offset = ctx.lex.lookup("anaphoric_days", m["anaph"])
    anchor = ctx.anchor
    of = _OF.match(ctx.text, m.end()) if not m["part"] else None
    if of is not None:
        # "la veille du 14 juillet" counts from that day; "au lendemain de la démission" dates
        # the clause it sits in, which is the day last mentioned
        following = _following_day(ctx, of.end())
        anchor, offset = (following, offset) if following else (anchor, 0)
    if anchor is None:
        return Result("DATE", "XXXX-XX-XX", m.start(), m.end())
    day = cal.add_days(anchor, offset)
    if day is None:
        return None
    kind, value = _with_time(ctx, m, cal.fmt(day))
    start = m.start("anaph") if (m["adet"] or "").lower() == "au" else m.start()
    return Result(kind, value, start, m.end())  # "au lendemain": "au" is a preposition


_OF = re.compile(r"\s+(?:de\s+(?:la\s+|l')?|du\s+|des\s+|d')", re.IGNORECASE)


def _following_day(ctx: Context, pos: int) -> dt.date | None:
    """The day written at ``pos`` ("14 juillet", "Noël"), if any."""
    for name, pattern in ctx.lex.patterns:
        if name in ("date", "holiday") and (match := pattern.match(ctx.text, pos)):
            result = HANDLERS[name](ctx, match)
            day = _DAY.match(result.value) if result else None
            if day:
                return cal.safe_date(int(day[1]), int(day[2]), int(day[3]))
    return None


def h_same_day(ctx: Context, m: re.Match[str]) -> Result | None:
    return Result("DATE", ctx.anchored() or "XXXX-XX-XX", m.start(), m.end())


def h_that_moment(ctx: Context, m: re.Match[str]) -> Result | None:
    """``à ce moment-là``: the date or time mentioned last."""
    if not ctx.last:
        return None
    return Result("TIME" if "T" in ctx.last else "DATE", ctx.last, m.start(), m.end())


def h_month(ctx: Context, m: re.Match[str]) -> Result | None:
    month = ctx.lex.lookup("months", m["mon"])
    if m["mon"].lower() in ("mars", "mai") and not (m["year"] or m["pp"] or m["det"]):
        before = ctx.text[max(0, m.start() - 12) : m.start()].lower()
        if not re.search(r"(?:en|de|d'|fin|début|mi-|depuis|dès|jusqu'en|et|ou|,)\s*$", before):
            return None
    if m["year"]:
        year = v.year_of(m["year"], ctx.ref)
        if year is None:
            return None
        value = f"{year:04d}-{month:02d}"
    elif not m["dir"] and (year := _sentence_year(ctx, m.start())):
        value = f"{year:04d}-{month:02d}"  # "en 1997 (en janvier, puis en octobre)"
    else:
        # a past tense when no word says which way: "En juin, une attaque avait fait 42 morts"
        # in a March article is last June (a future tense nearby may be another clause's:
        # "le recensement de mars, dont les résultats devraient être affinés")
        explicit = _direction_word(ctx, m)
        value = cal.month_near(ctx.ref, month, explicit if explicit is not None
                               else min(0, ctx.direction(m.start(), m.end())))
    return Result("DATE", value, m.start(), m.end(), _part_mod(ctx, m))


def _sentence_year(ctx: Context, start: int) -> int | None:
    """The year of the last date mentioned when it was written earlier in the same sentence."""
    if ctx.last_end < 0 or start - ctx.last_end > 120:
        return None
    if _BOUNDARY.search(ctx.text, ctx.last_end, start):
        return None
    last = _YEAR_MONTH.match(ctx.last)
    return int(last[1]) if last and last.end() == len(ctx.last) else None


def h_year(ctx: Context, m: re.Match[str]) -> Result | None:
    year = int(m["year"])
    if not (m["det"] or m["pp"]):
        after = _WORD_AFTER.match(ctx.text, m.end())
        if after and after.group(1).lower() not in ctx.lex.data["years"]["follow"]:
            return None
        before = ctx.text[max(0, m.start() - 14) : m.start()].lower().split()
        if before and before[-1] in ctx.lex.data["years"]["not_after"]:
            return None
    return Result("DATE", f"{year:04d}", m.start(), m.end(), _part_mod(ctx, m))


def h_short_year(ctx: Context, m: re.Match[str]) -> Result | None:
    """``en 97`` before punctuation or a word that may follow a year: 1997."""
    if not _SHORT_YEAR_END.match(ctx.text, m.end()):
        word = _WORD_AFTER.match(ctx.text, m.end())
        if word is None or word.group(1).lower() not in ctx.lex.data["years"]["follow"]:
            return None
    year = v.year_of(m["year"], ctx.ref)
    if year is None or ctx.ref.year is None or not -30 <= year - ctx.ref.year <= 0:
        return None  # "en 12" written in 1999 is a rank, not 1912; "en 14" in 2013 is 1914
    return Result("DATE", f"{year:04d}", m.start(), m.end())


_SHORT_YEAR_END = re.compile(r"\s*(?:[,;.:)(]|$)")


def h_decade(ctx: Context, m: re.Match[str]) -> Result | None:
    if m["decw"]:
        value = ctx.lex.lookup("decade_words", m["decw"]) + "X"
        return Result("DATE", value, m.start(), m.end(), _part_mod(ctx, m))
    digits = m["dec"]
    if len(digits) == 2:
        digits = "19" + digits if digits != "00" else "200"
    return Result("DATE", digits[:3] + "X", m.start(), m.end(), _part_mod(ctx, m))


def h_century(ctx: Context, m: re.Match[str]) -> Result | None:
    number = v.roman(m["cent"])
    if not number or number > 21:
        return None
    return Result("DATE", f"{number - 1:02d}XX", m.start(), m.end(), _part_mod(ctx, m))


HANDLERS: dict[str, Callable[[Context, re.Match[str]], Result | None]] = {
    "date": h_date, "month_day_year": h_date, "range_start": h_date, "part_edge": h_part_edge,
    "night_of": h_weekday, "part_of_day": h_part_of_day, "weekday_day": h_weekday_day,
    "day_current": h_day_current,
    "numeric": h_numeric, "weekday": h_weekday, "weekday_set": h_weekday_set,
    "weekday_habit": h_weekday_habit, "ordinal_weekday": h_weekday_set, "deictic": h_deictic,
    "this_part": h_this_part, "the_part": h_the_part, "anaphoric": h_anaphoric,
    "anaphoric_period": h_anaphoric_period, "same_day": h_same_day, "that_moment": h_that_moment,
    "month": h_month, "year": h_year, "decade": h_decade, "century": h_century,
    "duration": h_duration, "duration_word": h_duration_word, "fixed": h_fixed,
    "ref_adjective": h_ref_adjective, "set": h_set, "set_every": h_set_every,
    "short_year": h_short_year, "quarter": h_quarter, "period": h_period,
    "period_part": h_period_part, "holiday": h_holiday, "season": h_season, "clock": h_clock,
}
