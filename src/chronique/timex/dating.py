"""The article's date as a claim to verify: the page's date against the content's evidence."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import replace
from functools import cache
from importlib import resources

from ..types import DateCandidate, DateClaim, TimeExpr
from . import calendar as cal
from . import values
from .estimate import Guess, estimate, latest_reported
from .evidence import Window, event_windows, founded_windows, role_windows
from .lexicon import Lexicon, alt, lexicon
from .tagger import ascii_apostrophes, tag

HEAD_LINES = 25
_CLOCK = re.compile(r"\s*(?:à|,|-|\|)?\s*\d{1,2}\s*(?:h|:)\s*\d{2}", re.IGNORECASE)
_YEAR = re.compile(r"\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}")
# what closes a dateline after its date: the agency in brackets, then a dash ("Bamako, 14 mars
# 2024 -", "Goma, 3 mai 2023 (AFP) -")
_DATELINE_END = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?[-–—:]")


@cache
def _dateline_patterns(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    lex = lexicon(lang)
    mon = alt(lex.words("months"))
    wd = alt(lex.words("weekdays"))
    flags = re.IGNORECASE
    return [
        ("iso", re.compile(r"(?<!\d)(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d-])")),
        ("dmy", re.compile(rf"(?:{wd},?\s+)?(\d{{1,2}})(?:er)?\s+({mon})\s+(\d{{4}})", flags)),
        ("mdy", re.compile(rf"(?:{wd},?\s+)?({mon})\s+(\d{{1,2}}),?\s+(\d{{4}})", flags)),
        ("num", re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\d/.-])")),
    ]


def _parse(kind: str, match: re.Match[str], lex: Lexicon) -> str | None:
    months = lex.words("months")
    if kind == "iso":
        year, month, day = match.group(1), match.group(2), match.group(3)
        if not 1 <= int(month) <= 12 or not 1000 <= int(year) <= 2199:
            return None
        if day is None:
            return f"{year}-{month}"
        date = cal.safe_date(int(year), int(month), int(day))
        return cal.fmt(date) if date else None
    if kind == "dmy":
        day, month, year = int(match.group(1)), months.get(match.group(2).lower()), match.group(3)
    elif kind == "mdy":
        month, day, year = months.get(match.group(1).lower()), int(match.group(2)), match.group(3)
    else:
        day, month, year = int(match.group(1)), int(match.group(2)), match.group(3)
    if len(year) == 2:
        year = "20" + year
    date = cal.safe_date(int(year), month or 0, day) if 1000 <= int(year) <= 2199 else None
    return cal.fmt(date) if date else None


def find_date_line(text: str, *, lang: str = "fr") -> DateCandidate | None:
    """A line near the top that gives the page's date (" date 2017-03", "Publié le …")."""
    lex = lexicon(lang)
    cues = lex.data["dateline"]
    updated = tuple(cues["updated"])
    position = 0
    for number, line in enumerate(text.split("\n")):
        if number >= HEAD_LINES:
            break
        found = _line_date(line, lex, cues["cues"], updated, lang)
        if found:
            value, start, end = found
            return DateCandidate(value, "text-line", 1.0, position + start, position + end,
                                 line.strip()[:80])
        position += len(line) + 1
    return None


def _line_date(line: str, lex: Lexicon, cues: list[str], updated: tuple[str, ...],
               lang: str) -> tuple[str, int, int] | None:
    stripped = line.strip().lower()
    for kind, pattern in _dateline_patterns(lang):
        for match in pattern.finditer(line):
            value = _parse(kind, match, lex)
            if value is None:
                continue
            before = line[: match.start()].strip().lower()
            if before.endswith(updated):
                continue
            cue = next((c for c in cues if before.endswith(c)), None)
            # a cue far into the line counts when it starts a byline ("… Publié le 25 juin")
            cued = cue is not None and (len(before) < 40 or _bylined(line, match.start(), cue))
            # the dispatch's own dateline: a place, a comma, the date, a dash
            datelined = before.endswith(",") and 0 < len(before) < 40 \
                and not any(c.isdigit() for c in before) and _DATELINE_END.match(line, match.end())
            short = len(stripped) <= 120 and (
                _CLOCK.match(line, match.end()) or len(match.group(0)) >= 0.5 * len(stripped)
            )
            if (cued and (kind != "iso" or before.endswith("date"))) or short \
                    or (datelined and kind == "dmy"):
                return value, match.start(), match.end()
    return None


def _bylined(line: str, start: int, cue: str) -> bool:
    head = line[: start].rstrip()
    written = head[len(head) - len(cue) :]
    return len(cue) > 6 and written[:1].isupper()


def _window_of(value: str) -> tuple[dt.date, dt.date] | None:
    ref = cal.parse_ref(value)
    if ref.year is None:
        return None
    if ref.date:
        return ref.date, ref.date
    if ref.month:
        following = cal.safe_date(*cal.add_months(ref.year, ref.month, 1), 1)
        last = cal.add_days(following, -1) if following else None
        return dt.date(ref.year, ref.month, 1), last or dt.date(ref.year, ref.month, 28)
    return dt.date(ref.year, 1, 1), dt.date(ref.year, 12, 31)


def _weekday_days(text: str, lex: Lexicon) -> list[tuple[int, int, int, int]]:
    """``(weekday, day, start, end)`` for every "dimanche 19" without a month."""
    pattern = dict(lex.patterns)["weekday_day"]
    out = []
    for match in pattern.finditer(text):
        day = 1 if match["day"].lower() == "1er" else int(match["day"])
        weekday = lex.lookup("weekdays", match["wd"])
        if 1 <= day <= 31 and weekday:
            out.append((weekday, day, match.start(), match.end()))
    return out


def _fits(window: tuple[dt.date, dt.date], weekday: int, day: int) -> list[dt.date]:
    out: list[dt.date] = []
    year, month = window[0].year, window[0].month
    while (year, month) <= (window[1].year, window[1].month) and len(out) < 400:
        date = cal.safe_date(year, month, day)
        if date and window[0] <= date <= window[1] and date.isoweekday() == weekday:
            out.append(date)
        year, month = cal.add_months(year, month, 1)
    return out


def date_article(text: str, *, page_date: str | None = None, page_date_source: str | None = None,
                 lang: str = "fr") -> DateClaim:
    """Decide the date of an article from its page date and the evidence of its content."""
    plain = ascii_apostrophes(text)
    lex = lexicon(lang)
    claim = DateClaim(page_date=page_date, page_date_source=page_date_source)
    found: list[TimeExpr] | None = None  # the content's expressions, tagged when needed
    if not page_date:
        line = find_date_line(plain, lang=lang)
        found = tag(plain, reference=None, lang=lang)
        if line is not None and not _older_than_content(line, found, plain) \
                and not _before_reported(line, found, plain, lex):
            claim.page_date, claim.page_date_source = line.value, "text-line"
            claim.evidence.append(line)
    windows: list[Window] = role_windows(plain) + event_windows(plain, lex, values.number)
    if windows:
        found = found if found is not None else tag(plain, reference=None, lang=lang)
        latest = _latest_reported_day(plain, lex, found, lang)
        claim.evidence.extend(_as_evidence(w, latest) for w in windows)
        windows = [w for w in windows if latest is None or w.end >= latest]
    page = _window_of(claim.page_date) if claim.page_date else None
    if page is not None:
        for window in windows:
            if window.end < page[0] or window.start > page[1]:
                claim.contradicted = True
                claim.reasons.append(f"{window.candidate.note} contradicts the page date "
                                     f"{claim.page_date}")
    if page is None or claim.contradicted:
        # no page date to check: what the text names also bounds the day from below
        founded = founded_windows(plain, horizon())
        claim.evidence.extend(w.candidate for w in founded)
        windows += founded
    bounds = _intersect(windows)
    if page is not None and not claim.contradicted:
        _refine(claim, page, plain, lex)
    else:
        if found is None:
            found = tag(plain, reference=None, lang=lang)
        _estimate(claim, bounds, plain, lex, found)
    return claim


def _latest_reported_day(text: str, lex: Lexicon, found: list[TimeExpr],
                         lang: str) -> dt.date | None:
    """The latest day the text reports with its year, the page's date line aside (it is the
    claim being checked) unless it is stamped to the minute."""
    line = find_date_line(text, lang=lang)
    stamped = line is not None and _CLOCK.match(text, line.end)
    skip = _line_of(line, text) if line is not None and not stamped else (0, 0)
    return latest_reported(text, lex, _written_years(found), skip=skip)


def _as_evidence(window: Window, latest: dt.date | None) -> DateCandidate:
    """The window's evidence; a window that ends before a day the text reports is a person
    named for the past ("Moubarak, le président égyptien" in a story of his trial): it stays
    in the evidence, with no weight, and bounds nothing."""
    if latest is None or window.end >= latest:
        return window.candidate
    note = (f"{window.candidate.note}; named for the past: ends before {cal.fmt(latest)}, "
            f"a day the text reports")
    return replace(window.candidate, weight=0.0, note=note)


def _line_of(candidate: DateCandidate, text: str) -> tuple[int, int]:
    """The line of ``text`` that holds ``candidate`` (a date line and its "mis à jour le …")."""
    end = text.find("\n", candidate.end)
    return text.rfind("\n", 0, candidate.start) + 1, len(text) if end < 0 else end


def _before_reported(line: DateCandidate, found: list[TimeExpr], text: str, lex: Lexicon) -> bool:
    """A date line of a day before the latest day the rest of the text reports (by more than
    the day it takes to write it up) is not the day of writing: news reports the past."""
    day = cal.parse_ref(line.value).date
    if day is None:
        return False
    latest = latest_reported(text, lex, _written_years(found), skip=_line_of(line, text))
    return latest is not None and (latest - day).days > 1


def _older_than_content(line: DateCandidate, found: list[TimeExpr], text: str) -> bool:
    """A date line years older than dates the content writes out is a heading, not a date
    (the dates of the line itself, such as its "mis à jour le …", do not count)."""
    line_start = text.rfind("\n", 0, line.start) + 1
    line_end = text.find("\n", line.end)
    line_end = len(text) if line_end < 0 else line_end
    years = [int(e.value[:4]) for e in found if e.type == "DATE" and e.value[:4].isdigit()
             and len(e.value) >= 7 and not line_start <= e.start < line_end]
    return bool(years) and int(line.value[:4]) < max(y for y in years if y <= 2199) - 1


def _intersect(windows: list[Window]) -> tuple[dt.date, dt.date] | None:
    if not windows:
        return None
    start = max(w.start for w in windows)
    end = min(w.end for w in windows)
    return (start, end) if start <= end else None


def _refine(claim: DateClaim, page: tuple[dt.date, dt.date], text: str, lex: Lexicon) -> None:
    assert claim.page_date is not None
    claim.value = claim.page_date
    claim.precision = {10: "day", 7: "month", 4: "year"}.get(len(claim.page_date), "unknown")
    if claim.precision == "day":
        return
    for weekday, day, start, end in _weekday_days(text, lex):
        fits = _fits(page, weekday, day)
        if len(fits) == 1:
            claim.value, claim.precision = cal.fmt(fits[0]), "day"
            claim.evidence.append(DateCandidate(claim.value, "weekday", 1.0, start, end,
                                                f"'{text[start:end]}' fits {claim.value}"))
            return


def _explicit(found: list[TimeExpr]) -> tuple[list, list[int]]:
    """Dates written out with their year (day or month precision), and lead weekdays."""
    explicit, weekdays = [], []
    for expr in found:
        lead = expr.start < LEAD and expr.type in ("DATE", "TIME")
        if lead and expr.value.startswith("XXXX-WXX-"):
            weekdays.append(int(expr.value[9:10]))
            continue
        if expr.type != "DATE" or not expr.value[:1].isdigit() or len(expr.value) < 7:
            continue
        window = _window_of(expr.value[:10])
        written = _YEAR.search(expr.text)
        if window is not None and written and expr.value[4:5] == "-" and expr.value[5:7].isdigit():
            explicit.append((window, expr))
    return explicit, weekdays


LEAD = 800


def _years(bounds: tuple[dt.date, dt.date] | None, found: list[TimeExpr]) -> range | None:
    """Years the article may date from: around the latest year it writes out, within bounds."""
    dated = [e for e in found if e.type == "DATE" and e.value[:4].isdigit() and _YEAR.search(e.text)
             and 1900 <= int(e.value[:4]) <= 2199]
    precise = [int(e.value[:4]) for e in dated if len(e.value) >= 7 and e.value[5:7].isdigit()]
    bare = [int(e.value[:4]) for e in dated]
    del bare
    year = max(precise) if precise else None
    low, high = (year - 1, year + 1) if year else (None, None)
    if bounds is not None:
        low = max(low or bounds[0].year, bounds[0].year)
        high = min(high or bounds[1].year, bounds[1].year)
    if low is None or high is None or high < low or high - low > 3:
        return None
    return range(low, high + 1)


def _full_weekday_dates(text: str, lex: Lexicon, years: range,
                        within: tuple[dt.date, dt.date] | None = None, latest: bool = False,
                        ) -> list[tuple[dt.date, int, int]]:
    """"lundi 21 février" without a year: the one date of the years (and ``within`` the
    bounds, when given) that falls on that day; with ``latest``, the latest of several."""
    out = []
    for match in dict(lex.patterns)["date"].finditer(text):
        if not match["wd"] or match["year"]:
            continue
        weekday = lex.lookup("weekdays", match["wd"])
        month = lex.lookup("months", match["mon"])
        day = 1 if match["day"].lower() == "1er" else int(match["day"])
        dates = [d for y in years if (d := cal.safe_date(y, month, day))
                 and d.isoweekday() == weekday
                 and (within is None or within[0] <= d <= within[1])]
        if len(dates) == 1 or latest and dates:
            out.append((dates[-1], match.start(), match.end()))
    return out


def _estimate(claim: DateClaim, bounds: tuple[dt.date, dt.date] | None, text: str, lex: Lexicon,
              found: list[TimeExpr]) -> None:
    """No page date to trust: the latest day the content writes out (see :mod:`.estimate`);
    else the month of the latest date written out with its year; else the evidence's range."""
    explicit, _ = _explicit(found)
    if bounds is not None:
        explicit = [(w, e) for w, e in explicit if w[1] >= bounds[0] and w[0] <= bounds[1]]
    guess = estimate(text, lex, _written_years(found), bounds)
    if guess is None and not _written_years(found):
        guess = _bounded_weekday_date(text, lex, bounds)
    if guess is not None:
        mention = guess.mention
        claim.evidence.append(DateCandidate(cal.fmt(guess.date), "content",
                                            1.0 if guess.precision == "day" else 0.5,
                                            mention.start, mention.end, guess.note))
        claim.value = cal.fmt(guess.date) if guess.precision == "day" else cal.fmt(guess.date)[:7]
        claim.precision = guess.precision
        return
    if not explicit:
        if bounds is not None:
            claim.value = f"{cal.fmt(bounds[0])}/{cal.fmt(bounds[1])}"
            claim.precision = "range"
        return
    # a month written alone, with nothing to say the article is of that time, only says that
    # the article is not older: articles recall past months far more than they name their own
    window, expr = max(explicit, key=lambda item: (item[0][1], -item[1].start))
    claim.evidence.append(DateCandidate(expr.value, "content", 0.25, expr.start, expr.end,
                                        f"not older than the latest date written out: "
                                        f"'{expr.text}'"))
    if bounds is not None and window[0] <= bounds[1]:
        claim.value = f"{cal.fmt(max(window[0], bounds[0]))}/{cal.fmt(bounds[1])}"
        claim.precision = "range"


def _bounded_weekday_date(text: str, lex: Lexicon,
                          bounds: tuple[dt.date, dt.date] | None) -> Guess | None:
    """"lundi 3 mars" in an article that writes no year: the such day within the evidence's
    bounds (office holders, known starts, foundings), the first the text writes; when several
    years of the bounds fit, the latest (an undated page is read as the latest news the
    evidence allows). No evidence, no year."""
    if bounds is None or (bounds[1] - bounds[0]).days > 366 * 12:
        return None
    years = range(bounds[0].year, bounds[1].year + 1)
    for date, start, end in _full_weekday_dates(text, lex, years, within=bounds, latest=True)[:1]:
        written = text[start:end]
        return Guess(date, "day", _Span(start, end, written),  # type: ignore[arg-type]
                     f"'{written}' with no year: the latest such day within the evidence")
    return None


@cache
def horizon() -> dt.date:
    """The last day the package's reference data describe (``data/events/horizon.toml``)."""
    raw = resources.files("chronique.data.events").joinpath("horizon.toml").read_text("utf-8")
    return dt.date.fromisoformat(tomllib.loads(raw)["horizon"])


class _Span:
    __slots__ = ("start", "end", "text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start, self.end, self.text = start, end, text


def _written_years(found: list[TimeExpr]) -> list[int]:
    """Years written out (alone, with a month or with a day)."""
    return [int(e.value[:4]) for e in found if e.type == "DATE" and e.value[:4].isdigit()
            and _YEAR.search(e.text) and 1900 <= int(e.value[:4]) <= 2199]


def _set_day(claim: DateClaim, day: dt.date, start: int, end: int, note: str) -> None:
    claim.value, claim.precision = cal.fmt(day), "day"
    claim.evidence.append(DateCandidate(claim.value, "weekday", 1.0, start, end, note))
