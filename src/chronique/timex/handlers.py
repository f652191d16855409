"""What each shape of time expression means: one handler per pattern of the lexicon.

A handler gets the match and the tagging context (the reference date, the last date mentioned)
and returns the TIMEX3 type, value and span, or None when the match is not a time expression.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from . import calendar as cal
from . import values as v
from .lexicon import Cues, Lexicon

_DURATION_BEFORE = re.compile(
    r"(?<![\w'])(?:pendant|durant|depuis|en|plus\s+de|moins\s+de|environ|y\s+a|"
    r"toutes\s+les|dans|pr[èe]s\s+de|quelque|au\s+moins)\s*$",
    re.IGNORECASE,
)
_WORD_AFTER = re.compile(r"\s+([^\W\d][\w']*)")
_BOUNDARY = re.compile(r"[.!?;\n]")
_WORD = re.compile(r"\w+(?:['-]\w+)*")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_YEAR_MONTH = re.compile(r"^(\d{4})(?:-(\d{2}))?")


@dataclass
class Result:
    type: str
    value: str
    start: int
    end: int
    mod: str | None = None


@dataclass
class Context:
    lex: Lexicon
    text: str
    ref: cal.Ref
    anchor: dt.date | None
    explicit: list[dt.date] = field(default_factory=list)
    last: str = ""  # the value of the last date mentioned, at any granularity
    last_end: int = -1  # where it ended in the text
    _directions: dict[tuple[int, int], int] = field(default_factory=dict)

    def direction(self, start: int, end: int) -> int:
        """+1 when the nearest tense cue of the sentence looks forward, -1 back, 0 unknown."""
        key = (start, end)
        if key not in self._directions:
            self._directions[key] = self._direction(start, end)
        return self._directions[key]

    def _direction(self, start: int, end: int) -> int:
        left = max(self.text.rfind(c, max(0, start - 300), start) for c in ".!?\n") + 1
        right_match = _BOUNDARY.search(self.text, end, end + 300)
        right = right_match.start() if right_match else min(len(self.text), end + 300)
        words = list(_WORD.finditer(self.text, left, right))
        order = sorted(
            (start - w.end() if w.end() <= start else w.start() - end, index)
            for index, w in enumerate(words) if not start <= w.start() < end
        )
        for _distance, index in order:  # nearest first; a tie goes to the word on the left
            word = words[index].group()
            if word[0].isupper() and not word.isupper() and words[index].start() > left + 1:
                continue
            sign = _sign(self.lex.cues, word.lower(), words, index)
            if sign:
                return sign
        return 0

    def anchored(self) -> str | None:
        if self.anchor is not None:
            return cal.fmt(self.anchor)
        return None


def _sign(cues: Cues, word: str, words: list[re.Match[str]], index: int) -> int:
    """The tense cue of ``word``; a present auxiliary counts only before a past participle
    ("ont attaqué", not "ont rendez-vous"); "a-t-il" is read as "a"."""
    sign = cues.sign(word)
    head = word.split("-", 1)[0]
    if not sign and head != word:
        word, sign = head, cues.sign(head)
    if word not in cues.auxiliaries:
        return sign
    for following in words[index + 1 : index + 5]:
        nxt = following.group().lower().split("-", 1)[0]
        if nxt in cues.adverbs:
            continue
        return -1 if cues.is_participle(nxt) else 0
    return 0


def _direction_word(ctx: Context, m: re.Match[str]) -> int | None:
    word = m.groupdict().get("dir")
    return ctx.lex.lookup("direction", word) if word else None


def _dir(ctx: Context, m: re.Match[str]) -> int:
    explicit = _direction_word(ctx, m)
    return explicit if explicit is not None else ctx.direction(m.start(), m.end())


def _with_time(ctx: Context, m: re.Match[str], day: str) -> tuple[str, str]:
    """Add the clock time or the part of day of the match to a day value."""
    groups = m.groupdict()
    if groups.get("clock"):
        clock = v.clock_value(ctx.lex, groups["clock"])
        if clock:
            return "TIME", f"{day}T{clock}"
    if groups.get("part"):
        return "TIME", f"{day}T{ctx.lex.lookup('parts_of_day', groups['part'])}"
    return "DATE", day


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
            ctx.ref, month, day, _dir(ctx, m))
    if value is None:
        return None
    kind, value = _with_time(ctx, m, value)
    start = m.start("day") if (m.groupdict().get("det") or "").lower() == "du" else m.start()
    return Result(kind, value, start, m.end())  # "du 3 au 6 avril": "du" is a preposition


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
    return Result(kind, value, m.start(), m.end())


_DETERMINER = re.compile(
    r"(?:^|[\s'])(?:le|la|les|l'|ses|des|ces|son|sa|nos|vos|un|une|leur|leurs|notre|votre|au|aux|du)"
    r"\s*$")
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


def _part_mod(ctx: Context, m: re.Match[str]) -> str | None:
    word = m.groupdict().get("pp")
    return (ctx.lex.lookup("period_parts", word) or None) if word else None


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
        value = cal.month_near(ctx.ref, month, _direction_word(ctx, m) or 0)
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
    digits = m["dec"]
    if len(digits) == 2:
        digits = "19" + digits if digits != "00" else "200"
    return Result("DATE", digits[:3] + "X", m.start(), m.end(), _part_mod(ctx, m))


def h_century(ctx: Context, m: re.Match[str]) -> Result | None:
    number = v.roman(m["cent"])
    if not number or number > 21:
        return None
    return Result("DATE", f"{number - 1:02d}XX", m.start(), m.end(), _part_mod(ctx, m))


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
    year = f"{int(m['year']):04d}" if m["year"] else f"{ctx.ref.year:04d}" if ctx.ref.year else "XXXX"
    return Result("DATE", f"{year}-{letter}{number}", m.start(), m.end())


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
    if not det and not m["year"] and not (word[0].isupper() or re.search(r"en $", before)):
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


HANDLERS: dict[str, Callable[[Context, re.Match[str]], Result | None]] = {
    "date": h_date, "month_day_year": h_date, "range_start": h_date, "part_edge": h_part_edge,
    "night_of": h_weekday, "weekday_day": h_weekday_day, "numeric": h_numeric,
    "weekday": h_weekday, "weekday_set": h_weekday_set, "weekday_habit": h_weekday_habit,
    "ordinal_weekday": h_weekday_set, "deictic": h_deictic,
    "this_part": h_this_part, "the_part": h_the_part, "anaphoric": h_anaphoric,
    "anaphoric_period": h_anaphoric_period,
    "same_day": h_same_day, "that_moment": h_that_moment, "month": h_month, "year": h_year, "decade": h_decade,
    "century": h_century, "duration": h_duration, "duration_word": h_duration_word,
    "fixed": h_fixed, "ref_adjective": h_ref_adjective, "set": h_set, "set_every": h_set_every, "short_year": h_short_year,
    "quarter": h_quarter, "period": h_period, "period_part": h_period_part,
    "holiday": h_holiday, "season": h_season, "clock": h_clock,
}
