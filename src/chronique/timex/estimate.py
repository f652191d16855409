"""The date of an article whose page gives none, estimated from the dates its content writes.

News reports what happened lately: the article was most likely written on, or a day after, the
latest day it writes out that does not look forward (not a plan, a limit, a day in a name or in
a cited note). The year of a day written without one comes from the years the article writes
with a day, or from the weekday written with it ("lundi 21 février" falls on a Monday in 2011,
not in 2010 or 2012), among the years the article writes; a year written once long after all
the others is page furniture. When no year is firm, no day is guessed.

The day is believed (day precision) only when it is written with its weekday, is said to be
today ("aujourd'hui 18 septembre", "ce lundi 21 février") or yesterday ("hier, 20 février"),
follows another day written a day or two before it, or is the page's one time stamp ("3 juillet
2013 à 23h49"); "ce mercredi" after it moves it to that day of the week. Else only its month
is given. Cue words are in the language table ``time`` (``[dating]``, ``[deictic_days]``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from . import calendar as cal
from .handlers import Context
from .lexicon import Lexicon, alt

# a year written once, more than this many years after every other year written, is stray
STRAY_YEARS = 7


@dataclass(frozen=True)
class Mention:
    """A day of the month written in the text, with whatever comes with it."""

    start: int
    end: int
    text: str
    day: int
    month: int
    year: int | None
    weekday: int | None
    planned: bool  # after "jusqu'au", "prévu le"… or with "prochain": not a day reported
    named: bool  # part of a name ("la révolution du 25 janvier"): not a day being reported
    today: bool  # said to be today ("aujourd'hui 18 septembre", "ce lundi 21 février")
    offset: int | None  # days from the day of writing when said ("hier, 20 février": -1)
    stamp: bool  # followed by a clock time ("3 juillet 2013 à 23h49"): a time stamp
    caption: bool = False  # on a line that credits a photo ("Photo prise le 29 avril 2011")
    since: bool = False  # the start of a state that has lasted ("depuis le 22 mars")


@dataclass(frozen=True)
class Guess:
    date: dt.date
    precision: str  # "day" or "month"
    mention: Mention
    note: str


@cache
def _shapes(lex: Lexicon) -> list[tuple[str, re.Pattern[str]]]:
    patterns = dict(lex.patterns)
    return [(name, patterns[name]) for name in ("month_day_year", "date", "numeric")]


@cache
def _trigger(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(alt(lex.words("months")) + r"|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}",
                      re.IGNORECASE)


def _windows(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Stretches of ``text`` around month names and numeric dates, merged."""
    windows: list[tuple[int, int]] = []
    for match in _trigger(lex).finditer(text):
        start, end = max(0, match.start() - 30), min(len(text), match.end() + 40)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _year(text: str | None) -> int | None:
    if not text:
        return None
    digits = text.strip("'")
    if len(digits) == 2:
        return 2000 + int(digits) if int(digits) < 50 else 1900 + int(digits)
    year = int(digits)
    return year if 1900 <= year <= 2199 else None


def mentions(text: str, lex: Lexicon) -> list[Mention]:
    """Every day and month written in ``text`` ("21 février", "lundi 21 février 2011")."""
    ctx = Context(lex, text, cal.parse_ref(None), None)
    taken = bytearray(len(text) + 1)
    out: list[Mention] = []
    windows = _windows(text, lex)
    for name, pattern in _shapes(lex):
        for m in (m for start, end in windows for m in pattern.finditer(text, start, end)):
            if any(taken[m.start() : m.end()]):
                continue
            found = _mention(name, m, lex, ctx)
            if found is not None:
                taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
                out.append(found)
    out.sort(key=lambda x: x.start)
    return out


def _mention(name: str, m: re.Match[str], lex: Lexicon, ctx: Context) -> Mention | None:
    groups = m.groupdict()
    if name == "numeric":
        if groups["y3"]:
            return None
        year = _year(groups["y"] or groups["y2"])
        day, month = int(groups["d"] or groups["d2"]), int(groups["m"] or groups["m2"])
        weekday = None
    else:
        day = 1 if m["day"].lower() == "1er" else int(m["day"])
        month = lex.lookup("months", m["mon"])
        year = _year(groups.get("year"))
        if groups.get("year") and year is None:
            return None  # "le 4 juillet 1776": a day of another age
        if year and len(m["year"]) == 2 and _CLOCK_AFTER.match(ctx.text, m.end()):
            year = None  # "22 octobre 17:22": the hour, not the year
        weekday = lex.lookup("weekdays", m["wd"]) if groups.get("wd") else None
    if month is None or not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    if year is not None and cal.safe_date(year, month, day) is None:
        return None
    before, named_before, today_before = _before(lex)
    left = ctx.text[max(0, m.start() - 30) : m.start()]
    planned = _future_word(groups.get("dir"), lex) or bool(before.search(left))
    named = (year is None and bool(named_before.search(left))) or _in_note(ctx.text, m.start())
    today = bool(today_before.search(left)) or (groups.get("det") or "").lower() == "ce"
    deictic = _deictic(lex).search(left)
    offset = lex.lookup("deictic_days", deictic.group(1)) if deictic else (0 if today else None)
    stamp = bool(_STAMP.match(ctx.text, m.end()))
    return Mention(m.start(), m.end(), m.group(0), day, month, year, weekday, planned, named,
                   today, offset, stamp, _captioned(ctx.text, m.start(), m.end(), lex),
                   bool(_since(lex).search(left)))


_CLOCK_AFTER = re.compile(r"\s*[:h]\d{2}")
_STAMP = re.compile(r"\s*(?:[,|—–-]\s*)?(?:à\s+|@\s*)?\d{1,2}\s*(?:h|:)\s*\d{2}(?!\d)",
                    re.IGNORECASE)


_DAY_AFTER = re.compile(r"\s+(?:1er|\d{1,2})(?!\d)")
@cache
def _since(lex: Lexicon) -> re.Pattern[str]:
    words = sorted(lex.data["since"]["before"], key=len, reverse=True)
    return re.compile(r"(?<![\w'])(?:" + "|".join(_key(w) for w in words) + r")\s*$",
                      re.IGNORECASE)


@cache
def _credits(lex: Lexicon) -> re.Pattern[str]:
    words = sorted(lex.data["captions"]["credits"], key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, words)) + r")(?![\w])")


def _captioned(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """The day is on a line that credits a photo (a caption), of at most a few sentences."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    if len(line) <= 400 and _credits(lex).search(line):
        return True
    # "Un minibus quitte Benghazi, le 16 mars 2011.": a short line that ends on its day
    return (len(line) <= 150 and text[line_start:start].rstrip().endswith(",")
            and not text[end:line_end].strip(" .-–—\u00a0"))


_NOTE = re.compile(r"\s*[(\[]\d{1,3}[)\]]")


def _in_note(text: str, offset: int) -> bool:
    """The day is in a numbered note ("(12) Le Monde du 5 juillet 2013"): a source cited."""
    return bool(_NOTE.match(text, text.rfind("\n", 0, offset) + 1))


@cache
def _before(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    cues = lex.data["dating"]
    return tuple(  # type: ignore[return-value]
        re.compile(r"(?<![\w'])(?:" + "|".join(_key(w) for w in cues[name]) + r")\s*[(\[]?\s*$",
                   re.IGNORECASE)
        for name in ("not_anchor_before", "name_before", "today_before")
    )


@cache
def _deictic(lex: Lexicon) -> re.Pattern[str]:
    """"hier, 20 février", "aujourd'hui (18 septembre)": the word that places the day."""
    words = "|".join(_key(w) for w in sorted(lex.words("deictic_days"), key=len, reverse=True))
    return re.compile(rf"(?<![\w'-])({words})\s*[,(\[]?\s*$", re.IGNORECASE)


def _key(word: str) -> str:
    return r"\s+".join(re.escape(part) for part in word.split())


def _future_word(word: str | None, lex: Lexicon) -> bool:
    return word is not None and (lex.lookup("direction", word) or 0) > 0


def _fits(mention: Mention, year: int) -> dt.date | None:
    date = cal.safe_date(year, mention.month, mention.day)
    if date is None or (mention.weekday and date.isoweekday() != mention.weekday):
        return None
    return date


def article_year(found: list[Mention], written: list[int],
                 bounds: tuple[dt.date, dt.date] | None) -> tuple[int | None, bool]:
    """The year the article's days belong to, and whether it is firm: the latest year written
    with a day, or the one year written (or within the evidence's bounds) where the weekdays
    written with a day fit; else the latest year written (not firm)."""
    low, high = (bounds[0].year, bounds[1].year) if bounds else (1900, 2199)
    near = _without_stray_years([y for y in written if low <= y <= high])
    dated = [m.year for m in found if m.year and low <= m.year <= high
             and (not near or m.year <= max(near))]
    votes: Counter[int] = Counter()
    span = sorted({y + d for y in near for d in (-1, 0, 1)}) if near else range(low, high + 1)
    if near or len(span) <= 3:
        for m in found:
            if m.weekday and m.year is None:
                fits = [y for y in span if _fits(m, y) and low <= y <= high
                        and (not near or _written_for(y, m.month, near)
                             or y == _year_after(near))]
                if len(fits) == 1:
                    votes[fits[0]] += 1
    if dated:
        latest = max(dated)
        # a weekday that fits only a later year outweighs a year written with a day
        later = [y for y, n in votes.items() if y > latest and n >= 2]
        return (max(later) if later else latest), True
    if votes:
        return max(votes, key=lambda y: (votes[y], y)), True
    if bounds and bounds[0].year == bounds[1].year:
        return bounds[0].year, True
    if bounds and (one := _one_year_in(found, bounds)):
        return one, True
    if near:
        return max(near), False
    return None, False


def _year_after(years: list[int]) -> int | None:
    """The year after the latest year written, when the article also writes one of the two
    years before it (a run of recent years, not one year of history): news of a year often
    writes only the years before it."""
    latest = max(years)
    return latest + 1 if len({y for y in years if latest - 2 <= y <= latest}) >= 2 else None


def _one_year_in(found: list[Mention], bounds: tuple[dt.date, dt.date]) -> int | None:
    """The year when every day written falls within the evidence's bounds (less than two years
    long) in one year only, and in the same year ("le 30 mars" between May 2010 and October
    2011)."""
    if (bounds[1] - bounds[0]).days >= 730:
        return None
    years = set()
    for m in found:
        fits = [y for y in range(bounds[0].year, bounds[1].year + 1)
                if (d := _fits(m, y)) and bounds[0] <= d <= bounds[1]]
        if len(fits) != 1:
            return None
        years.add(fits[0])
    return years.pop() if len(years) == 1 else None


def _without_stray_years(years: list[int]) -> list[int]:
    """The distinct years written, less a year written once long after all the others (a link
    to a later page, a plan for a distant year)."""
    counts = Counter(years)
    kept = sorted(counts)
    while (len(kept) >= 2 and kept[-1] > kept[-2] + STRAY_YEARS and counts[kept[-1]] == 1
           and counts[kept[-2]] >= 2):
        kept.pop()
    return kept


def _written_for(year: int, month: int, written: list[int]) -> bool:
    """The article writes ``year``, or the next one in December, the previous one in January
    (the turn of the year)."""
    return (year in written or (month == 12 and year + 1 in written)
            or (month == 1 and year - 1 in written))


def resolve(mention: Mention, year: int, reference: dt.date | None) -> dt.date | None:
    """The date of ``mention`` in or next to ``year``, nearest ``reference`` when given."""
    if mention.year is not None:
        return _fits(mention, mention.year) or (
            cal.safe_date(mention.year, mention.month, mention.day) if not mention.weekday
            else None)
    options = [d for y in (year - 1, year, year + 1) if (d := _fits(mention, y))]
    if not options:
        return None
    if mention.weekday:
        if len(options) > 1:
            return None
        return options[0]
    base = reference or dt.date(year, 7, 1)
    return min(options, key=lambda d: abs((d - base).days))


def estimate(text: str, lex: Lexicon, written: list[int],
             bounds: tuple[dt.date, dt.date] | None) -> Guess | None:
    """The latest day written out that does not look forward, if the article's year is known."""
    found = mentions(text, lex)
    if not found:
        return None
    year, firm = article_year(found, written, bounds)
    if year is None or not firm:
        return None
    found, first_comment = _before_comments(found, text)
    kept = _without_stray_years(written)
    if kept:
        found = [m for m in found if m.year is None or m.year <= max(kept)]
    ahead = _Ahead(Context(lex, text, cal.parse_ref(None), None))
    limit = resolve(first_comment, year, None) if first_comment is not None else None
    dated = _dated(found, year, bounds, ahead, limit)
    stamps = [(d, m) for d, m in dated if m.stamp and not ahead(m)]
    if stamps and not _reported_after(stamps[0][0], stamps[0][1], found, text, ahead):
        # the first time stamp above the comments: the page's ("3 juillet 2013 à 23h49")
        date, mention = stamps[0]
        return Guess(date, "day", mention, f"first time stamp: '{mention.text}'")
    ordered = sorted(dated, key=lambda item: (item[0], -item[1].start), reverse=True)
    latest = next(((d, m) for d, m in ordered if not ahead(m)), None)
    if latest is None:
        return None
    placed = [(d - dt.timedelta(days=m.offset), m) for d, m in dated
              if m.offset is not None and not ahead(m) and d - dt.timedelta(days=m.offset)
              >= latest[0]]
    if placed:  # "hier, lundi 21 février": written the day after, and after all days written
        date, mention = max(placed, key=lambda item: (item[0], -item[1].start))
        return Guess(date, "day", mention, f"'{mention.text}' placed from the day of writing")
    date, mention = latest
    if mention.since:  # "depuis le 15 novembre": a lower bound only, the month may be later
        return None
    support = [m for d, m in dated if 1 <= (date - d).days <= 2 and not ahead(m)]
    echoed = _weekday_echo(text, lex, mention, date)
    guess = _confidence(date, mention, support, firm=firm, echoed=echoed)
    return _this_week(guess, text, lex) if guess.precision == "day" else guess


def _dated(found: list[Mention], year: int, bounds: tuple[dt.date, dt.date] | None,
           ahead: _Ahead, limit: dt.date | None) -> list[tuple[dt.date, Mention]]:
    """The date of each day written (not in a name) within the bounds: those of the evidence,
    and the first comment's day (``limit``: the article was written before its readers
    commented). Two days or more written after the evidence's end say the office holder was
    named for the past: then only the comments bound the article."""
    if limit is not None:
        low = bounds[0] if bounds else dt.date.min
        if low <= limit:
            bounds = (low, min(bounds[1], limit) if bounds else limit)
    full = sorted((d for m in found if m.year and (d := _fits(m, m.year))
                   and (bounds is None or bounds[0] <= d <= bounds[1]) and not ahead(m)),
                  reverse=True)
    reference = full[0] if full else None
    if bounds is not None:
        after = {d for m in found if not m.named and (d := resolve(m, year, reference))
                 and d > bounds[1] and (limit is None or d <= limit) and not ahead(m)}
        if len(after) >= 2:
            bounds = (bounds[0], limit or dt.date.max)
    dated = []
    for m in found:
        date = resolve(m, year, reference)
        if date is None or m.named:
            continue
        if bounds is not None and not bounds[0] <= date <= bounds[1]:
            continue
        dated.append((date, m))
    return dated


def _reported_after(day: dt.date, stamp: Mention, found: list[Mention], text: str,
                    ahead: _Ahead) -> bool:
    """The text reports, with its year, a day more than a day after ``day`` and within the
    year that follows (not on the stamp's own line, where "mis à jour le …" is, nor stamped
    itself: the updates of a live page): then the stamp is not the page's but that of an older
    piece it links to. Days years later are furniture of an archived page."""
    line_start = text.rfind("\n", 0, stamp.start) + 1
    line_end = text.find("\n", stamp.end)
    line_end = len(text) if line_end < 0 else line_end
    return any(
        m.year and not m.named and not m.stamp and not line_start <= m.start < line_end
        and (d := _fits(m, m.year)) and 1 < (d - day).days <= 366 and not ahead(m)
        for m in found)


def latest_reported(text: str, lex: Lexicon, written: list[int], *,
                    skip: tuple[int, int] = (0, 0)) -> dt.date | None:
    """The latest day the text writes out with its year as a day already reported (not a plan,
    a name or a cited note; not in a year written once long after all the others): news reports
    the past, so the article is not older than that day."""
    kept = _without_stray_years(written)
    ahead = _Ahead(Context(lex, text, cal.parse_ref(None), None))
    days = [d for m in mentions(text, lex) if m.year and not m.named
            and not skip[0] <= m.start < skip[1]
            and (not kept or m.year <= max(kept)) and (d := _fits(m, m.year)) and not ahead(m)]
    return max(days, default=None)


HEAD_LINES = 25


def _head_end(text: str) -> int:
    """Where the head of the page ends (its first lines): time stamps further down stamp
    readers' comments, written after the article."""
    end = -1
    for _ in range(HEAD_LINES):
        end = text.find("\n", end + 1)
        if end < 0:
            return len(text)
    return end


def _before_comments(found: list[Mention], text: str) -> tuple[list[Mention], Mention | None]:
    """The days written before the readers' comments, and the first comment's time stamp: a
    time stamp below the head of the page ("10 juillet @02h13") starts the comments."""
    head = _head_end(text)
    first = next((m for m in found if m.stamp and m.start >= head), None)
    if first is None:
        return found, None
    return [m for m in found if m.start < first.start], first


class _Ahead:
    """Whether a day written looks forward (a plan, a limit, a future tense), asked lazily:
    the tense of a sentence is read only for the days that may date the article."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.known: dict[int, bool] = {}

    def __call__(self, mention: Mention) -> bool:
        if mention.start not in self.known:
            self.known[mention.start] = mention.planned or (
                self.ctx.direction(mention.start, mention.end) > 0)
        return self.known[mention.start]


def _confidence(date: dt.date, mention: Mention, support: list[Mention], *, firm: bool,
                echoed: bool = False) -> Guess:
    """Day precision when the year is firm and the day is written with its weekday (or its
    weekday is named alone in the same paragraph), is said to be today, is a photo's, or
    follows another day written out a day or two before (a run of news, not one date
    recalled)."""
    strong = firm and (
        mention.weekday is not None or mention.today or bool(support) or mention.caption
        or echoed)
    precision = "day" if strong else "month"
    note = f"latest day written out: '{mention.text}'" + (" (photo caption)" if mention.caption
                                                         else "")
    return Guess(date, precision, mention, note)


def _weekday_echo(text: str, lex: Lexicon, mention: Mention, date: dt.date) -> bool:
    """The paragraph of the day names its weekday alone ("a annoncé jeudi" beside "le 3 mars
    2011", a Thursday): a day spoken of by its weekday is a day of the week of writing."""
    start = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end)
    end = len(text) if end < 0 else end
    for m in dict(lex.patterns)["weekday"].finditer(text, start, end):
        if m["dir"] or m["same"] or _DAY_AFTER.match(text, m.end()):
            continue
        if lex.lookup("weekdays", m["wd"]) == date.isoweekday():
            return True
    return False


def _this_week(guess: Guess, text: str, lex: Lexicon) -> Guess:
    """"ce mercredi" names a day of the week of writing: after the latest day written out
    ("dimanche 7 juillet" … "ce mercredi"), the article is of the last such day that follows it
    within six days."""
    ctx = Context(lex, text, cal.parse_ref(None), None)
    latest = guess.date
    found: re.Match[str] | None = None
    # written after the day (above it, "l'actu de ce mercredi" is the page's furniture)
    for m in dict(lex.patterns)["weekday"].finditer(text, guess.mention.end):
        if (m["det"] or "").lower() not in ("ce", "cet") or m["dir"] or m["same"]:
            continue
        if _DAY_AFTER.match(text, m.end()):  # "ce mercredi 3 juillet" is a day written out
            continue
        if ctx.direction(m.start(), m.end()) > 0:
            continue
        weekday = lex.lookup("weekdays", m["wd"])
        day = guess.date + dt.timedelta(days=(weekday - guess.date.isoweekday()) % 7)
        if day > latest:
            latest, found = day, m
    if found is None:
        return guess
    note = f"'{found.group(0)}' after '{guess.mention.text}': {cal.fmt(latest)}"
    return Guess(latest, "day", guess.mention, note)
